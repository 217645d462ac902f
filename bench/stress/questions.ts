// The questions the stress scenarios ask: English and French, plain, terse or misspelt, and some that must end
// in a no-answer (off-topic, or about a deal the corpus does not hold). Question i is a base question wrapped in
// one of several openings and closings, so the first few thousand are all distinct strings.
import type { Lang } from '../../src/index.js';

export interface StressQuestion {
  text: string;
  lang: Lang;
  /** What the engine should make of it; the stress run counts both kinds but asserts neither. */
  expect: 'answer' | 'no-answer';
}

type Base = readonly [text: string, lang: Lang, expect: StressQuestion['expect']];

const BASES: readonly Base[] = [
  ['How much is the GCHQ AWS deal worth?', 'en', 'answer'],
  ["How much is Australia's ASD planning to spend on the AWS top secret cloud?", 'en', 'answer'],
  ['Why did Australia drop the word sovereign from its data centre certification levels?', 'en', 'answer'],
  ['What does comply or explain mean for Belgian federal services under the cloud policy?', 'en', 'answer'],
  ['How much is the CIA Commercial Cloud Enterprise deal worth?', 'en', 'answer'],
  ['Is the Danish digital ministry also dumping Windows for Linux?', 'en', 'answer'],
  ['How much is AWS investing in its European Sovereign Cloud?', 'en', 'answer'],
  ['Did Schrems II kill standard contractual clauses too?', 'en', 'answer'],
  ["Who won the European Commission's sovereign cloud tender?", 'en', 'answer'],
  ["What's the maximum notice period for switching cloud provider under the EU Data Act?", 'en', 'answer'],
  ['What is the high+ level in EUCS?', 'en', 'answer'],
  ['When did Microsoft complete the EU Data Boundary?', 'en', 'answer'],
  ['When was the EU-US Data Privacy Framework adopted?', 'en', 'answer'],
  ['Can an American cloud provider still get SecNumCloud 3.2?', 'en', 'answer'],
  ['Who signed the Cloud au centre circular?', 'en', 'answer'],
  ['Who runs Bleu?', 'en', 'answer'],
  ['What is Project Nimbus?', 'en', 'answer'],
  ['How many workstations did the Austrian army move to LibreOffice?', 'en', 'answer'],
  ['How many cloud providers does Shared Services Canada have framework agreements with?', 'en', 'answer'],
  ["When did the DTA publish Australia's Hosting Certification Framework?", 'en', 'answer'],
  ["Combien l'Australie va-t-elle dépenser pour le cloud top secret d'AWS ?", 'fr', 'answer'],
  ['Combien valait le contrat C2S entre la CIA et Amazon ?', 'fr', 'answer'],
  ["Quand la CJUE a-t-elle rendu l'arrêt Schrems II ?", 'fr', 'answer'],
  ["Qu'a conclu le CEPD sur l'usage de Microsoft 365 par la Commission ?", 'fr', 'answer'],
  ['Qui sont les actionnaires de Bleu ?', 'fr', 'answer'],
  ['Quels sont les trois piliers de la stratégie nationale pour le cloud ?', 'fr', 'answer'],
  ["Pourquoi l'équipe StopCovid a-t-elle choisi Outscale ?", 'fr', 'answer'],
  ["Quelle est la durée de l'accord-cadre entre la BWI et ZenDiS ?", 'fr', 'answer'],
  ['Combien vaut le projet Nimbus ?', 'fr', 'answer'],
  ['En quoi consiste Microsoft Sovereign Cloud ?', 'fr', 'answer'],
  ["C'est quoi NubeSARA ?", 'fr', 'answer'],
  ['Qui a remporté le contrat de plateforme de données du NHS ?', 'fr', 'answer'],
  ['Combien vaut le contrat entre le GCHQ et AWS ?', 'fr', 'answer'],
  ["C'est quoi FedRAMP 20x ?", 'fr', 'answer'],
  ['jwcc cap??', 'en', 'answer'],
  ['palantir nhs contarct how much', 'en', 'answer'],
  ['helsingor chromebook ban date', 'en', 'answer'],
  ['c2s ibm protest gao outcome', 'en', 'answer'],
  ['qui controle S3NS', 'fr', 'answer'],
  ['psn italie actionnaires', 'fr', 'answer'],
  ['Which cloud provider did the Polish army pick?', 'en', 'no-answer'],
  ["What's the value of Singapore GovTech's AWS contract?", 'en', 'no-answer'],
  ['What contract did Hetzner win from the German government?', 'en', 'no-answer'],
  ['What did AWS sign in Peru?', 'en', 'no-answer'],
  ['La DGSE héberge-t-elle ses données chez AWS ?', 'fr', 'no-answer'],
  ['Quel fournisseur cloud la ville de Marseille a-t-elle choisi ?', 'fr', 'no-answer'],
  ["L'Estonie a-t-elle confié son cloud d'État à Google ?", 'fr', 'no-answer'],
  ["What's the weather like in Paris tomorrow?", 'en', 'no-answer'],
  ['What is 17 times 23?', 'en', 'no-answer'],
  ['Raconte-moi une blague', 'fr', 'no-answer'],
  ['Quelle est la recette du bœuf bourguignon ?', 'fr', 'no-answer'],
];

const OPENINGS: Record<Lang, readonly string[]> = {
  en: ['', 'Hi, ', 'Quick question: ', 'Hey sovbot, ', 'Please tell me: ', 'Out of curiosity, ', 'So, '],
  fr: ['', 'Bonjour, ', 'Petite question : ', 'Salut sovbot, ', 'Dis-moi : ', 'Par curiosité, ', 'Alors, '],
};

const CLOSINGS: Record<Lang, readonly string[]> = {
  en: ['', ' Thanks!', ' Cheers.', ' (asking for a colleague)', ' Please.', ' 🙏', ' Thank you.'],
  fr: ['', ' Merci !', ' Merci d’avance.', ' (pour un collègue)', ' Stp.', ' 🙏', ' Bonne journée.'],
};

/** How many distinct questions `stressQuestion` gives before it repeats itself. */
export const distinctQuestions = BASES.length * 7 * 7;

/** The i-th stress question (0-based); i and i + `distinctQuestions` give the same one. */
export function stressQuestion(i: number): StressQuestion {
  const [text, lang, expect] = BASES[i % BASES.length] as Base;
  const variant = Math.floor(i / BASES.length);
  const openings = OPENINGS[lang];
  const closings = CLOSINGS[lang];
  const opening = openings[variant % openings.length] ?? '';
  const closing = closings[Math.floor(variant / openings.length) % closings.length] ?? '';
  return { text: `${opening}${text}${closing}`, lang, expect };
}

/** What people type in the /deal name box, keystroke by keystroke: empty, a few letters, a whole word. */
const PREFIXES = [
  '',
  'a',
  'aw',
  'aws',
  'bl',
  'bleu',
  'g',
  'gchq',
  'mic',
  'microsoft',
  'nim',
  'sec',
  'secnum',
  'fr',
  'france',
  'aus',
  'cia',
  'nhs',
  'gaia',
  'zz',
];

/** The i-th value typed into the autocompleted /deal name option. */
export function autocompleteValue(i: number): string {
  return PREFIXES[i % PREFIXES.length] ?? '';
}
