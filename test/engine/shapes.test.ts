import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answered } from '../../src/engine/answer.js';
import { STATES_AS_OF } from '../../src/engine/compose-answer.js';
import type { Engine } from '../../src/engine/create-engine.js';
import { askingSentences } from '../../src/engine/decide.js';
import { placeWordsOf } from '../../src/engine/plan.js';
import { renderAnswerText } from '../../src/engine/render-text.js';
import { understand } from '../../src/engine/understand.js';
import { engineOn } from './helpers.js';

// Issue 14: the question plan, the premise check, cross-deal shapes, honest edges and /deal lookup.
let engine: Engine;
beforeAll(async () => {
  engine = await engineOn();
});

function answered(answer: Answer): Answered {
  if (answer.kind !== 'answered')
    throw new Error(`expected an answer, got no-answer (${answer.reason}) for "${answer.question}"`);
  return answer;
}

describe('premise check', () => {
  it("never corrects a pairing a deal's own fields make true", async () => {
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    const { defaultCorpusDir } = await import('../../src/index.js');
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('invalid corpus');
    const short = (name: string) => name.replace(/\s*\([^)]*\)/g, '').trim();
    const corrected: string[] = [];
    for (const deal of loaded.corpus.deals) {
      const customer = short(deal.customers[0] ?? deal.title);
      // "to be selected: …" names no provider: going with it is no pairing the fields make true.
      for (const provider of deal.providers
        .slice(0, 2)
        .map(short)
        .filter((p) => !/^to be /i.test(p)))
        for (const question of [
          `what's in ${customer}'s deal with ${provider}?`,
          `why did ${customer} go with ${provider}?`,
          `pourquoi ${customer} est passé à ${provider} ?`,
        ]) {
          const answer = engine.ask(question);
          if (answer.kind === 'answered' && answer.shape === 'correction')
            corrected.push(`${deal.id}: ${question}`);
        }
    }
    expect(corrected).toEqual([]);
  });

  it("never corrects a deal's own name in its own year", async () => {
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    const { defaultCorpusDir } = await import('../../src/index.js');
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('invalid corpus');
    const corrected: string[] = [];
    for (const deal of loaded.corpus.deals) {
      const year = deal.date.slice(0, 4);
      // "What was signed…" takes a signature as done: a deal whose facts say none is recorded is rightly
      // corrected there.
      const unsigned = deal.facts.some((f) => /\bno signature\b[^.]* recorded/.test(f.text));
      for (const alias of deal.aliases.slice(0, 2))
        for (const question of [
          ...(unsigned ? [] : [`what was signed in ${year} in ${alias}?`]),
          `what was agreed in ${year} for ${alias}?`,
          `qu'est-ce qui a été annoncé en ${year} pour ${alias} ?`,
        ]) {
          const answer = engine.ask(question);
          if (answer.kind === 'answered' && answer.shape === 'correction')
            corrected.push(`${deal.id}: ${question}`);
        }
    }
    expect(corrected).toEqual([]);
  });

  it.each([
    ['Why did MI5 choose Oracle?', 'en', /MI5's deal is with AWS, not Oracle/],
    ['Pourquoi le MI5 a-t-il choisi Oracle ?', 'fr', /AWS, pas avec Oracle/],
    ['When did Bleu sign with AWS?', 'en', /Microsoft, not AWS/],
    // The subject is the name asked about, not a word of the provider's own name ("T-Systems").
    ['Did Delos choose T-Systems?', 'en', /^Delos's deal is with .*, not T-Systems\.$/],
    // A country with few deals, none naming the provider.
    ['What did Indonesia sign with Alibaba?', 'en', /^Indonesia's deal is with .*, not Alibaba\.$/],
    ['La Suisse a-t-elle signé avec Huawei ?', 'fr', /^Suisse : l’accord est avec .*, pas avec Huawei\.$/],
    // A nationality names its country ("Italian" → Italy), the one all the deals found are in.
    [
      'Why did the Italian intelligence agencies choose AWS for top secret data?',
      'en',
      /^Italy's deal is with .*, not AWS\.$/,
    ],
    [
      'Pourquoi l’armée belge a-t-elle choisi LibreOffice ?',
      'fr',
      /^Belgique : l’accord est avec .*, pas avec LibreOffice\.$/,
    ],
    // Paying claims the pairing: a provider named only as a losing bidder is no payee.
    ['how much is Israel paying Microsoft?', 'en', /^Israel's deal is with .*, not Microsoft\.$/],
    // A customer written out in full names its deal, though its words are in other deals' names too.
    ['when did National Security Agency sign with Microsoft?', 'en', /deal is with AWS, not Microsoft\.$/],
    [
      'pourquoi la Direction générale de la sécurité intérieure a choisi Google ?',
      'fr',
      /Palantir.*, pas avec Google\.$/,
    ],
    // A country's one deal, whose facts name the provider only as a rival.
    ['why did Morocco pick AWS for its cloud regions?', 'en', /^Morocco's deal is with Oracle, not AWS\.$/],
    // "Split between" and "go with" claim the pairing; every claimed provider that is no party is named.
    [
      'why was the JEDI contract split between AWS, Google, Microsoft and Oracle?',
      'en',
      /^JEDI's deal is with Microsoft, not AWS, Google and Oracle\.$/,
    ],
    [
      'why did the swiss federal government go with google cloud for its public cloud contracts?',
      'en',
      /^Switzerland's deal is with .*, not Google\.$/,
    ],
    // "Passée sur" claims a move to the provider; a lower-case subject is named as the entry writes it.
    [
      'pourquoi la ville de lyon est passée sur microsoft 365 ?',
      'fr',
      /^L’accord de Lyon est avec .*, pas avec Microsoft\.$/,
    ],
    [
      'pourquoi la ville de lyon a-t-elle décidé de tout passer sous microsoft 365 en 2025 ?',
      'fr',
      /^L’accord de Lyon est avec .*, pas avec Microsoft\.$/,
    ],
    // Going to a provider; a possessive inside the subject's name kept, one ending it dropped.
    ["Why did the UK MoD's cloud go to AWS?", 'en', /^MoD's deals are with .*, not AWS\.$/],
    ["how did ibm end up running the CIA's C2S cloud", 'en', /^CIA's C2S's deal is with AWS, not IBM\.$/],
    ['pourquoi la NSA a choisi microsoft contre amazon ?', 'fr', /pas avec Microsoft\.$/],
    // Winning in other words: "landed", "bagged".
    ['when amazon landed the JEDI contract in oct 2019, what was the ceiling on it', 'en', /not AWS\.$/],
    // A few words between the moving verb and where to: "basculé tous ses agents sur".
    [
      'pourquoi lyon a basculé tous ses agents sur Microsoft 365 ?',
      'fr',
      /^L’accord de Lyon est avec .*, pas avec Microsoft\.$/,
    ],
    // A deal's name inside a longer run of capitals ("Deutschland-Stack AI", "IA du Deutschland-Stack").
    [
      'Why did Germany give the Deutschland-Stack AI cloud to Google?',
      'en',
      /^Deutschland-Stack's deal is with T-Systems, SAP and STACKIT \/ Schwarz Digits, not Google\.$/,
    ],
    [
      "Pourquoi l'Allemagne a confié le cloud IA du Deutschland-Stack à Google ?",
      'fr',
      /T-Systems, SAP et STACKIT \/ Schwarz Digits, pas avec Google\.$/,
    ],
    // The provider being replaced is the subject's real one; the one claimed is corrected.
    [
      'Pourquoi le Health Data Hub a-t-il choisi OVHcloud pour remplacer Azure ?',
      'fr',
      /pas avec OVHcloud\.$/,
    ],
    // "with" pairs a country's one deal with a provider too.
    ["why did kenya's big data centre project with amazon stall?", 'en', /not AWS\.$/],
    // The claimed provider leaves the deal too little covered to answer; its own name still corrects.
    ['Why did the Bundeswehr pick Oracle?', 'en', /^Bundeswehr's deals are with .*, not Oracle\.$/],
    [
      'Pourquoi S3NS a choisi Microsoft ?',
      'fr',
      /^L’accord de S3NS est avec Thales et Google, pas avec Microsoft\.$/,
    ],
  ])('corrects "%s" first, in its language, citing the real deal', (question, lang, sentence) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.lang).toBe(lang);
    expect(answer.statements[0]?.text).toMatch(sentence);
    expect(answer.statements[0]?.citations.length).toBeGreaterThan(0);
  });

  it.each([
    'La Banque de France stocke-t-elle ses données chez Google ?',
    // "Privacy" of the Data Privacy Framework is not Privacy International, who criticised the GCHQ deal.
    'what did Privacy International say about the AWS deal?',
  ])('never corrects a pairing on part of a longer name: "%s"', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answered' ? answer.shape : 'no-answer').not.toBe('correction');
  });

  it('corrects an event taken as done where a fact says none is recorded, not a question whether it happened', () => {
    for (const question of [
      "when did denmark's digital ministry finish replacing office with libreoffice?",
      "depuis que le datacenter d'olkaria tourne, quels ministères kényans l'utilisent ?",
    ]) {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('correction');
      // The fact cited is the one saying so.
      expect(answer.statements.map((s) => s.text).join(' ')).toMatch(
        /no [a-z ]+ is recorded|n[’']est (?:rapporté|connu|signalé|attesté)e?/i,
      );
    }
    for (const question of [
      'has the danish digital ministry finished its switch to libreoffice yet?',
      'le ministère danois du numérique devait avoir fini de passer à LibreOffice quand ?',
      'who signed the open letter against the bavarian microsoft deal?',
    ])
      expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it.each([
    // One shared ceiling, not one each.
    ['each of the 4 jwcc vendors got its own $9bn ceiling?'],
    // Selected on conditions.
    [
      "tokyo-based sakura internet got picked for japan's government cloud in nov 2023 - was it unconditional?",
    ],
    // Microsoft denied it.
    [
      "since microsoft admitted it cut off the icc prosecutor's email, is that what pushed the court to opendesk?",
    ],
    // Renewed in December 2025; the switch to ChapsVision came in 2026.
    ['pourquoi la DGSI a rompu avec Palantir en décembre 2025 ?'],
    // JEDI was cancelled in July 2021.
    ['pourquoi le Pentagone a reconfirmé JEDI pour Microsoft en juillet 2021 ?'],
    // Ahead of the 70% target, not short of it.
    ['singapore missed its 70% commercial cloud target for govt systems, what went wrong there?'],
    // AWS was the last to sign.
    [
      'aws was the first provider to sign a cloud mou with ccs under the one govt cloud strategy back in 2020 wasnt it',
    ],
    // Re-awarded to AWS, not taken by Microsoft.
    ['how did microsoft manage to take the nsa wildandstormy contract off aws after the re-evaluation'],
    // The motions were adopted.
    [
      'since dutch mps voted down the motions for a fully dutch-run national cloud in march 2025, is the govt just sticking w/ aws + msft?',
    ],
    // The other way round: USD 2.1bn from Microsoft, 1.5bn from Oracle (a French decimal comma).
    [
      "au LEAP 2023 Oracle a promis 2,1 milliards et Microsoft 1,5 milliard pour l'Arabie saoudite, c'est pour quoi faire ?",
    ],
    // Google signed the first OneGov agreement ("c'est AWS qui…" claims AWS).
    ["pourquoi c'est AWS qui a signé le tout premier accord OneGov avec la GSA en avril 2025 ?"],
    // Backup copies in Switzerland; the entry never mentions Ireland.
    ['why does microsoft keep backup copies of its critical code in ireland?'],
    // The Ministry of Defence's deal, not the Home Office's (another deal's customer).
    ['why did the home office sign that £400m sovereign cloud deal with google cloud in september 2025'],
    // Blocked, so never closed.
    ['when did kyndryl close the solvinity acquisition, and who runs digid now'],
    // The RBI lifted the restrictions.
    [
      'since mastercard is still barred by the rbi from signing new card customers in india, how are banks issuing mastercards these days?',
    ],
    // TIM, CDP, Leonardo and Sogei won; Fastweb and Aruba bid.
    ["how did fastweb and aruba end up winning italy's polo strategico nazionale tender"],
    // Renewed in December 2025 ("mis fin à").
    ['pourquoi la dgsi a mis fin à son contrat avec palantir en décembre 2025'],
    // Microsoft has no share in Bleu ("40 %" typed with a space).
    ['vu que microsoft détient 40 % de bleu, qui possède le reste du capital ?'],
    // "AWS came first (BRL 71.2m in 2019), followed by … Microsoft".
    [
      "serpro's very first cloud broker contract back in 2019 was with microsoft wasnt it? how much was that one worth",
    ],
    // S3NS's own entry (Thales holds the majority), not Google's list of European partners naming it.
    ['s3ns is majority owned by google cloud with thales as the minority partner, isnt it'],
    // The CISPE settlement did not cover Amazon.
    ['what did aws get out of the microsoft cispe settlement, were they compensated for licensing too?'],
    // SAP takes part in the AI gigafactories but does not lead them; a tag mid-sentence denies nothing.
    ['sap is leading the eu ai gigafactory push too isnt it, on top of the sovereign cloud money'],
    // The NZ region runs in third parties' data centres; BWI runs the air-gapped cloud in its own.
    ['aws built its own data centres out in west auckland for the nz region didnt it'],
    [
      "the bundeswehr's google air-gapped cloud is going to sit in google's own german datacenters, when is it due",
    ],
    // The approval took more than eighteen months.
    ['vestager waved the ipcei cloud project through in a couple of months, why was it so quick'],
    // The tiers were renamed in 2021.
    [
      'why did australia keep the "certified sovereign data centre" label when the DTA released the hosting certification framework in 2021',
    ],
    // AWS was left as the only bidder; the states voted against Delos Cloud.
    [
      "how many bidders were still in the race at the end when AWS beat them on price for hmrc's datacentre exit",
    ],
    [
      'the states voted to adopt delos cloud at the IT-Planungsrat special session in june 2024 - how far has the rollout got?',
    ],
    // Microsoft moved the ministries free of charge.
    ["combien microsoft a-t-il facturé à l'ukraine pour migrer ses ministères dans son cloud en 2022 ?"],
    ['how much did microsoft charge ukraine for the migration'],
    // GCHQ found no British provider; no Swiss provider won; Indonesia refused to pay.
    ['gchq went with a british cloud provider for mi5/mi6 top secret data, who was it'],
    ['why did the swiss government pick a swiss provider for the public clouds bund'],
    ["l'indonesie a payé combien au final aux hackers de brain cipher ?"],
    // Fabian Mehring is Bavaria's digital minister; WildandStormy went back to AWS.
    ['en baviere pourquoi le ministre des finances fabian mehring defend le deal microsoft 365 ?'],
    ["apres la decision du gao, la nsa a redonné wildandstormy a microsoft, c'etait quand ?"],
    // TIM's group won the PSN; Fastweb-Aruba's bid was beaten by pre-emption.
    ["pourquoi c'est fastweb qui a finalement remporté l'appel d'offres du PSN italien ?"],
    // Ireland, Sweden and the Netherlands argued against the requirements.
    [
      "dans la bagarre sur l'EUCS, l'irlande, la suède et les pays-bas défendaient les exigences de souveraineté contre la france, pourquoi ?",
    ],
    // The promise was not kept.
    [
      'comme véran a tenu sa promesse de sortir le HDH de microsoft en deux ans, où étaient hébergées les données ?',
    ],
    // 85% from the European Regional Development Fund.
    [
      "comme l'estonie a tout payé sur son budget national, combien lui a coûté son ambassade de données au luxembourg ?",
    ],
    // Google and AWS won; Microsoft's bid failed.
    ['so microsoft and google won project nimbus in 2021 and AWS lost out — did amazon appeal?'],
    // The first Japanese company selected, not the second.
    ["sakura internet was the second japanese firm approved for the government cloud wasn't it"],
    // Ahead of the target; the tag's "n't" denies nothing.
    ["singapore fell short of its 70% target for moving eligible systems onto commercial cloud, didn't it?"],
    // Not about saving on licences.
    ['the austrian army dumped ms office mainly to save on licences right? how much did they end up saving'],
    // A minority stake.
    ['why would microsoft pay 1.5bn for a controlling majority of G42'],
    // Microsoft has no share in Bleu.
    [
      "microsoft est actionnaire majoritaire de bleu aux côtés d'orange, non ? du coup c'est vraiment souverain ?",
    ],
    // JEDI went to Microsoft.
    ['jedi went to aws in oct 2019 didnt it'],
    // Renamed in 2021, not 2023.
    ["in 2023 the DTA renamed the 'certified sovereign data centre' tier, what's the new name?"],
    // Not among the winners.
    [
      'which swiss providers got a slice of the public clouds bund contracts? i heard infomaniak was one of the winners',
    ],
    ['why did the google + adesso consortium end up winning the deutschland-stack AI cloud contract'],
    // "No right to audit or inspect".
    ["the home office got the right to audit aws's datacentres in that 450m contract, right?"],
    // "Not about saving money".
    [
      'how much was the austrian army hoping to save by dumping ms office for libreoffice, given cost cutting was the whole point',
    ],
    // GCHQ led the procurement.
    ["MI6 ran the procurement for the british spy agencies' aws cloud, didn't it?"],
    // The StopCovid team picked Outscale.
    [
      "pour stopcovid ils avaient pris ovh parce que c'était le seul hébergeur secnumcloud à l'époque, c'est ça ?",
    ],
    // OVH led UGAP's 2024 orders.
    ["pourquoi microsoft est arrivé en tête des commandes cloud passées via l'UGAP en 2024"],
    // Signed while Iván Duque was president.
    [
      'why did petro sign nube publica iv with amazon google microsoft and oracle in 2021 if he wants a sovereign public cloud',
    ],
    // Rachel Noble is ASD's Director-General; Victoria Cope the MoD's commercial director.
    ['Prime Minister Rachel Noble said the ASD top-secret cloud with AWS would create jobs — how many?'],
    ["what did victoria cope, the MoD's chief information officer, say about the expanded oracle deal"],
    // 22 founding members, 11 of them German.
    ['gaia-x was founded by 22 german companies in 2020, which ones were they'],
    // Judge Wheeler decided in AWS's favour.
    ['why did judge wheeler side with ibm against amazon in the c2s fight'],
    // The MoD expanded its Oracle agreement in 2026.
    ['pourquoi le ministère britannique de la défense a laissé tomber oracle cloud en janvier 2026 ?'],
    // The promise was not kept.
    [
      'veran kept his word and got the health data hub off microsoft within two years, so where was it hosted from 2023?',
    ],
    // The complaint was withdrawn; the extension stands.
    [
      'infomaniak won its challenge against extending the public clouds bund contracts, so what happens to them now?',
    ],
    // The NSA re-awarded WildandStormy to AWS.
    [
      'when the nsa redid the wildandstormy evaluation after the gao decision, why did microsoft get it this time?',
    ],
    // France backed the sovereignty requirements.
    ['why was france so against putting sovereignty requirements in the eucs scheme?'],
    ["pourquoi la france était si hostile aux exigences de souveraineté de l'eucs"],
    // 22 founding members; the question's "combien" asks, its "30" claims.
    ['gaia-x avait 30 membres fondateurs en 2020, combien étaient français ?'],
    // Five vendors compete under C2E.
    ["the cia's c2e deal was just split between aws and microsoft, right?"],
    // No Swiss provider was among the Public Clouds Bund winners.
    ['which swiss cloud company won a piece of public clouds bund'],
    // Helsingør's ban was of Google's Chromebooks and Workspace; the entry never names Microsoft.
    ["pourquoi la cnil danoise a interdit microsoft teams dans les écoles d'helsingør"],
    // Indonesia refused to pay the ransom.
    ['how much did indonesia end up paying brain cipher to get its data centre back in 2024?'],
    // Microsoft, not Google, moved Ukraine's ministries for free ("migrer" pairs Google with the deal).
    [
      "comment google s'y est-il pris pour migrer gratuitement 16 des 17 ministères ukrainiens vers son cloud au début de l'invasion ?",
    ],
    // The CISPE settlement did not cover Amazon and left out Google Cloud.
    ['how much compensation did AWS pocket out of the microsoft–CISPE licensing settlement?'],
    ["l'accord microsoft-cispe de juillet 2024 il couvre aussi amazon et google cloud non ?"],
    // The DSK found lawful use could not be demonstrated, unanimously; the EDPS found infringements.
    ['la DSK allemande a conclu en nov 2022 que microsoft 365 etait conforme au rgpd, sur quelle base ?'],
    ["La DSK a jugé en novembre 2022 qu'on pouvait utiliser Microsoft 365 en toute conformité, non ?"],
    [
      "la position de la DSK de novembre 2022 sur microsoft 365 a été adoptée à la majorité, avec la bavière et la hesse qui ont voté contre, c'est ça ?",
    ],
    ["le CEPD a validé en mars 2024 l'utilisation de M365 par la commission, c'est bien ça ?"],
    // The General Court dismissed Latombe's action ("tore up" is annulling); GCHQ chose AWS, no British
    // provider; STACKIT is Schwarz's (Lidl's owner), not Aldi's; the Greek PM at the launch was not Tsipras.
    [
      "now that the general court tore up the data privacy framework after latombe's case, what are companies using instead",
    ],
    ["le GCHQ a pris un fournisseur cloud britannique pour ses données top secret, c'est lequel ?"],
    ["stackit is aldi's cloud isn't it lol"],
    ['why did tsipras go to the acropolis museum to announce the microsoft datacentre region in greece'],
    // Oracle's Moroccan regions are not placed in Rabat: a capital where something is located is a claim.
    ["oracle a signé avec le maroc pour une région cloud à rabat, c'est pour quand ?"],
    // The Commission's tender has four winners.
    ["which single provider walked away with the commission's EUR 180m sovereign cloud tender in april 2026"],
    // Microsoft took a minority stake in G42: neither bought outright nor controlling.
    ["microsoft bought g42 outright for $1.5bn back in april 2024, didn't it"],
    ['pourquoi microsoft a-t-il voulu prendre le contrôle majoritaire de G42 en 2024 ?'],
    // The rights groups asked Google to cancel its Dammam region; Google opened it.
    [
      "google's dammam cloud region got scrapped after the 39 human rights groups kicked off about it, right?",
    ],
    ["Google a fini par renoncer à sa région cloud de Dammam après l'appel des ONG de droits humains, non ?"],
    // Sakura Internet was selected, on conditions, not turned down.
    [
      "i saw sakura internet got turned down by japan's digital agency in 2023 - why was it rejected for the government cloud?",
    ],
    // Thales holds the majority of S3NS; it never handed it to Google.
    ['depuis que thales a cédé la majorité de S3NS à google, qui contrôle la coentreprise au quotidien ?'],
    ['since thales sold the majority of s3ns to google, who runs it day to day?'],
    // The clauses were upheld, whatever happened to the Privacy Shield.
    [
      'schrems II binned both the privacy shield and the standard contractual clauses, so what were companies meant to rely on?',
    ],
  ])('corrects what the entry records otherwise: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    // The fact the correction rests on is said once.
    const texts = answer.statements.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('answers a question about what a fact denies without correcting it', () => {
    for (const question of [
      "Can the Home Office audit AWS's data centres under its contract?",
      'how much of the JWCC ceiling does each vendor get?',
      "Combien d'économies Microsoft et la GSA prévoyaient-ils la première année avec OneGov ?",
      // The title dates the renaming 2021 (the deal itself is 2019).
      'why did australia drop the word "sovereign" from its data centre certification levels in 2021?',
      // "in charge of" asks who leads, not a payment; "commun…" words are no shared ceiling.
      'Who is in charge of Microsoft support in Ukraine?',
      'Why did each Helsingør school get its own budget for Chromebooks?',
      // "public sector" is a customer's description elsewhere, no one's name.
      "What principle does Spain's 2022 cloud strategy set for the public sector?",
      // The Privacy Shield was declared invalid: the clauses upheld are another thing.
      'why did schrems ii strike down the privacy shield',
      'did gchq lead the procurement of the aws cloud?',
      'why did the stopcovid team pick outscale',
      'why was c2e split between several vendors',
      'gaia-x had 22 founding members, how many were french',
      'which EU countries were against the EUCS sovereignty requirements?',
      'why did aws get the wildandstormy contract',
      "which judge sided w amazon in the fight over the cia's C2S contract",
      'who were the 11 german founding members of gaia-x',
      "pourquoi c'est TIM qui a finalement remporté l'appel d'offres du PSN ?",
      // Serpro's first partnership, AWS's in 2019, is dated that year.
      "au bresil serpro avait signé avec aws pour combien en 2019, c'etait le premier contrat non ?",
      "serpro's first hyperscaler contract was with aws in 2019, how much was it",
      // "from MS Office": Microsoft is what was left.
      'how many workstations did the austrian army (bundesheer) move from ms office to libreoffice',
      // A side contract a fact tells, with the question's figures.
      'combien microsoft avait touché pour le contrat de cloud privé azure de 23 mois signé avec le MoD britannique en mai 2020',
      'which two dutch MPs put out the note against dependence on big cloud',
      // "MoU" is in the title writing "MoUs": the AWS deal, not Morocco's Oracle MoU.
      'when did aws sign its cloud MoU with the crown commercial service',
      "so i'm writing something on the swiss public clouds bund tender (the one where no swiss provider won, ouch) - how did the feds actually weight the bids?",
      'what did ASD director-general Rachel Noble say about the cloud',
      'what did victoria cope say about the oracle deal',
      "what did bavaria's digital minister fabian mehring demand",
      'did gchq look for a british cloud provider',
      'pourquoi OVH est arrivé en tête des commandes UGAP en 2024',
      'why did duque sign nube publica iv',
      'dgsi is dropping palantir — who replaces it?',
    ])
      expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it.each([
    // A country or an agency is no leader in office.
    ['Why did Colombia sign Nube Pública IV with Amazon, Microsoft, Google and Oracle?'],
    ['Pourquoi la Colombie a signé Nube Pública IV ?'],
    // A passive sentence tells that choice ("all four providers chosen were US companies (…)").
    ['Japan picked Microsoft and Oracle for its Government Cloud in 2022'],
    ["Japan's fiscal-2022 round picked 4 American providers?"],
    // "numéro deux" claims no first place.
    ["Microsoft était numéro deux des commandes cloud de l'UGAP en 2024 ?"],
    // A minister is any kind of minister.
    ['Why did minister Fabian Mehring want the Bavaria Microsoft deal reassessed?'],
    ["Indonesia's digital minister Meutya Hafid said what about backups"],
    // The Privacy Shield decision is what was struck down.
    ["Schrems II invalidated the Commission's Privacy Shield decision, right?"],
    ['Pourquoi la Cour a-t-elle invalidé la décision de la Commission sur le Privacy Shield ?'],
    // AWS and Google were chosen first, in 2021.
    ["In 2021 Japan's Government Cloud was split between AWS and Google, right?"],
    // Both nationalities counted together.
    ['Gaia-X was founded by 22 French and German companies'],
    // Both new names keep "certified".
    ['Why did the DTA keep the word certified in the new hosting tier names?'],
  ])('does not correct what the entry supports: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it('corrects a head of government where the entry names a deputy', () => {
    expect(
      answered(engine.ask("what did Ukraine's Prime Minister Mykhailo Fedorov say about AWS")).shape,
    ).toBe('correction');
  });

  it.each([
    ["peng xiao signed the abu dhabi sovereign cloud deal as microsoft's ceo right?", 'correction'],
    [
      "satya nadella signed the abu dhabi sovereign cloud deal as microsoft's ceo, what did microsoft commit to",
      'single',
    ],
    ["peng xiao signed the abu dhabi deal as g42's ceo, right?", 'single'],
  ])('checks the company of a title claimed later in the question: "%s" → %s', (question, shape) => {
    expect(answered(engine.ask(question)).shape).toBe(shape);
  });

  it("corrects an owner claimed where the entry makes the deal another's subsidiary, not that owner", () => {
    expect(answered(engine.ask('Pourquoi Microsoft est-il propriétaire de Delos Cloud ?')).shape).toBe(
      'correction',
    );
    expect(answered(engine.ask('why does sap own delos cloud')).shape).not.toBe('correction');
  });

  it('corrects half of the capital claimed for a provider the entry gives no share', () => {
    for (const question of [
      "microsoft détient la moitié du capital de bleu c'est ça ?",
      'microsoft holds half of bleu right?',
      "how big is microsoft's shareholding in bleu, 49%?",
      'microsoft a la majorité du capital de bleu, non ? combien de pourcent',
      'microsoft a combien du capital de bleu, la moitié avec orange ?',
    ])
      expect(answered(engine.ask(question)).shape).toBe('correction');
  });

  it.each(['does microsoft have a stake in bleu?', 'what share of bleu do orange and capgemini hold?'])(
    '"%s": a stake asked about, or the owners\' own, is no such claim',
    (question) => {
      expect(answered(engine.ask(question)).shape).not.toBe('correction');
    },
  );

  it.each([
    [
      "depuis que la DGSI a arrêté palantir en 2022, elle utilise quoi comme outil d'analyse ?",
      /arrêté … 2022/,
    ],
    [
      "portugal already approved its national sovereign cloud plan back in 2024, didn't it?",
      /approved … 2024/,
    ],
    ['s3ns a décroché secnumcloud dès 2023, non ?', /décroché … 2023/],
    // Egress fees are banned from January 2027.
    [
      'egress fees for switching cloud provider have been flat-out banned under the data act since september 2025 right',
      /banned … 2025/,
    ],
    // The deal's own year (2019) is not the year the region opened (2021).
    [
      "google's warsaw region opened with OChK in 2019, how much did google end up investing",
      /opened … 2019/,
    ],
    [
      'pourquoi la DGSI a-t-elle signé son tout premier contrat avec Palantir en 2019 ?',
      /premier contrat … 2019/,
    ],
  ])('corrects an event claimed in a year no sentence telling it gives: "%s"', (question, typed) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.statements[0]?.text).toMatch(typed);
  });

  it('does not correct those events in the years the entry gives', () => {
    for (const question of [
      'when did portugal approve its sovereign cloud plan in 2026',
      "google's warsaw region opened in april 2021, how big is it",
      'egress fees are banned under the data act from 2027, right?',
      'why did the ipcei approval take so long',
      'where does BWI run the google air-gapped cloud',
      'is sap taking part in the eu ai gigafactory plans',
      'what did cispe members get out of the microsoft settlement',
      'la dgsi a signé son premier contrat avec palantir en 2016 ?',
      'pourquoi la dgsi a arrêté palantir',
    ])
      expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it('corrects a completion claimed in the year it was only planned for', () => {
    const wrong = answered(
      engine.ask("Microsoft a bouclé son EU Data Boundary fin 2022 comme promis, n'est-ce pas ?"),
    );
    expect(wrong.shape).toBe('correction');
    expect(wrong.statements.map((s) => s.text).join(' ')).toMatch(/février 2025/);
  });

  it('corrects a drastic event claimed in a year no sentence telling it gives, not in the year it gives', () => {
    const wrong = answered(engine.ask('pourquoi la dgsi a laissé tomber palantir en 2019'));
    expect(wrong.shape).toBe('correction');
    expect(wrong.statements[0]?.text).toMatch(/laissé tomber … 2019/);
    expect(answered(engine.ask('pourquoi la dgsi a laissé tomber palantir ?')).shape).not.toBe('correction');
  });

  it('corrects a company the corpus knows claimed to have won where it is none of the providers', () => {
    const wrong = answered(engine.ask('combien infomaniak a décroché dans les contrats public clouds bund'));
    expect(wrong.shape).toBe('correction');
    expect(wrong.statements[0]?.text).toMatch(/Infomaniak n’en est pas le fournisseur/);
    expect(
      answered(engine.ask('combien oracle a décroché dans les contrats public clouds bund')).shape,
    ).not.toBe('correction');
  });

  it('corrects a takeover claimed closed where it was blocked, and a stock exchange the entry never names', () => {
    for (const question of [
      "now that kyndryl has closed the solvinity acquisition, who's running digid's infrastructure",
      'ovh est entré au nasdaq en 2021, à quel cours ?',
    ])
      expect(answered(engine.ask(question)).shape).toBe('correction');
    expect(answered(engine.ask('ovh est entré sur euronext en 2021, à quel cours ?')).shape).not.toBe(
      'correction',
    );
  });

  it('corrects a name the entry writes only to deny it, and not the name it gives instead', () => {
    const wrong = answered(engine.ask("clarence is POST Luxembourg's joint venture with proximus, isn't it"));
    expect(wrong.shape).toBe('correction');
    expect(wrong.statements.map((s) => s.text).join(' ')).toMatch(/not POST Luxembourg/);
    const right = answered(engine.ask('clarence is a luxconnect and proximus jv right'));
    expect(right.shape).not.toBe('correction');
  });

  it('corrects a majority or control claimed for a party the entry gives none to, whatever the negation after it', () => {
    for (const question of [
      "S3NS c'est bien une filiale contrôlée par google cloud ?",
      'pourquoi s3ns est détenue majoritairement par google et pas par thales ?',
    ])
      expect(answered(engine.ask(question)).shape).toBe('correction');
    expect(answered(engine.ask('S3NS est contrôlée par Thales ?')).shape).not.toBe('correction');
    expect(answered(engine.ask("S3NS n'est pas détenue majoritairement par google ?")).shape).not.toBe(
      'correction',
    );
  });

  it('corrects a year the entry denies for a provider ("May 2020, not 2019"), not the year it gives another', () => {
    expect(answered(engine.ask('when in 2019 did OChK sign its partnership with microsoft?')).shape).toBe(
      'correction',
    );
    expect(answered(engine.ask('when did ochk sign with google in 2019')).shape).not.toBe('correction');
  });

  it("corrects a provider claimed in a year where the entry names it only in another year's round", () => {
    const answer = answered(
      engine.ask('in 2021 japan picked microsoft and oracle for its government cloud, why those two'),
    );
    expect(answer.shape).toBe('correction');
    expect(
      answered(engine.ask('in 2021 japan picked aws and google for its government cloud, why those two'))
        .shape,
    ).not.toBe('correction');
  });

  it('corrects amounts claimed the other way round between two providers, not as the entry gives them', () => {
    expect(
      answered(engine.ask('at LEAP 2023 why did oracle put in 2.1bn and microsoft just 1.5bn?')).shape,
    ).toBe('correction');
    expect(
      answered(engine.ask('at LEAP 2023 why did microsoft put in 2.1bn and oracle just 1.5bn?')).shape,
    ).not.toBe('correction');
  });

  it('corrects majority control claimed for a party the entry gives a minority stake', () => {
    expect(answered(engine.ask('how much did microsoft pay to get majority control of g42')).shape).toBe(
      'correction',
    );
    expect(answered(engine.ask('what did microsoft pay for its minority stake in g42')).shape).not.toBe(
      'correction',
    );
  });

  it('corrects "only" some of the providers an entry names, and not all of them named', () => {
    expect(answered(engine.ask('jwcc only went to aws and microsoft, correct?')).shape).toBe('correction');
    expect(
      answered(
        engine.ask('jwcc only ended up with aws and microsoft right? why did google and oracle get cut'),
      ).shape,
    ).toBe('correction');
    expect(answered(engine.ask('did jwcc go to aws, microsoft, google and oracle')).shape).not.toBe(
      'correction',
    );
  });

  it('corrects an assurance claimed where the entry says it could not be given, not a question about the refusal', () => {
    for (const question of [
      'microsoft france swore to the senate that french data would never end up with us authorities, how can they promise that',
      "microsoft france a juré devant le sénat que nos données ne partiraient jamais aux états-unis, c'est rassurant non ?",
    ])
      expect(answered(engine.ask(question)).shape).toBe('correction');
    expect(
      answered(engine.ask("why couldn't microsoft france guarantee that data would stay in france")).shape,
    ).not.toBe('correction');
  });

  it.each([
    'Pourquoi Google et Aramco ont-ils installé leur région cloud à Riyad ?',
    'la région microsoft en grèce est construite près de thessalonique, non ?',
  ])('reads a town by its French name: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('correction');
  });

  it("corrects a town claimed for what the entry's title places in another town, not that town", () => {
    expect(answered(engine.ask('why did google put its saudi cloud region in riyadh')).shape).toBe(
      'correction',
    );
    expect(answered(engine.ask("when did google's cloud region in dammam open")).shape).not.toBe(
      'correction',
    );
    expect(answered(engine.ask('oracle eu sovereign cloud region in frankfurt, when')).shape).not.toBe(
      'correction',
    );
  });

  it('corrects a provider claimed to be first where the entry makes another first, not "the first year"', () => {
    expect(
      answered(engine.ask('microsoft was the first to sign a OneGov deal with GSA, how big was the discount'))
        .shape,
    ).toBe('correction');
    expect(
      answered(engine.ask('google was the first to sign a onegov deal, how big was the discount')).shape,
    ).not.toBe('correction');
  });

  it.each([
    ['which british cloud company is hosting the top secret data of GCHQ, MI5 and MI6?', undefined],
    ["en 2021 le gchq a mis ses données classifiées chez un cloud britannique, c'était lequel ?", undefined],
    ['which japanese companies got picked for the government cloud in the fy2022 round?', undefined],
    ['how much of the public clouds bund pot ended up with swiss providers like infomaniak?', undefined],
  ])(
    '"%s": a company of a nationality claimed where the entry says there was none is corrected',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('correction');
      expect(renderAnswerText(answer)).toMatch(/found none|not a single|no Swiss provider|aucune? /i);
    },
  );

  it.each([
    'did gchq consider a british provider?',
    'which swiss company went after the extension of the federal public cloud contracts in 2025',
    'public clouds bund (the one where no swiss provider won) - how were the bids weighted?',
    'japan gov cloud, what was the budget through march 2022?',
    "Which providers did Japan's Digital Agency pick first for the Government Cloud?",
  ])(
    '"%s": asking whether there was one, a company of another role, or a country name is no such claim',
    (question) => {
      expect(answered(engine.ask(question)).shape).not.toBe('correction');
    },
  );

  it('takes the deal dated in the year a lower-case question claims an event in, when it covers the question as well', () => {
    const answer = answered(
      engine.ask('why was fujitsu the first japanese firm picked as a government cloud provider in 2023'),
    );
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('japan-sakura-internet-government-cloud-2023');
  });

  it.each([
    'pourquoi la DGSI a choisi Athea pour remplacer Palantir ?',
    'depuis que la DGSI a remplacé palantir par athea en 2023, où en est la migration ?',
    'DGSI ended its palantir contract in december 2025, right? who replaced them then',
  ])(
    '"%s": a replacement or an end the entry records otherwise (ChapsVision chosen, the contract renewed) is corrected',
    (question) => {
      expect(answered(engine.ask(question)).shape).toBe('correction');
    },
  );

  it.each([
    'why did the DGSI pick ChapsVision to replace Palantir?',
    'lyon ditching microsoft - what are they using instead of office?',
    'What is Lyon using instead of Microsoft Office?',
  ])('"%s": the destination the entry records, or one asked for, is no such claim', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it.each([
    'whats the deadline for the SMS investigations the CMA board opened into aws and microsoft cloud in march 2026',
    'after the CMA board opened SMS probes into aws and microsoft cloud in march 2026, whats the timeline for conduct requirements',
    'why did the cma decide in its july 2025 final decision that uk cloud competition is working fine',
  ])('"%s": what the CMA chose not to do, or found the contrary of, is corrected', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('uk-cma-cloud-market-investigation-2023-2025');
  });

  it('reads "…, what\'s the timeline for…" after a clause as asking when, of one deal, not for a timeline of deals', () => {
    expect(
      answered(engine.ask("after JEDI was cancelled, what's the timeline for its replacement?")).shape,
    ).toBe('single');
    // Opening the question, it asks for a timeline.
    expect(answered(engine.ask("what's the timeline for the opendesk rollout")).shape).toBe('timeline');
  });

  it('corrects a party claimed as stopped or banned where the facts telling that event name others', () => {
    expect(answered(engine.ask('when did the rbi stop visa from signing up new card customers')).shape).toBe(
      'correction',
    );
    expect(
      answered(engine.ask('when did the rbi stop mastercard from signing up new card customers')).shape,
    ).not.toBe('correction');
    // A noun ("ban") claims no event.
    expect(answered(engine.ask('rbi mastercard ban lifted when')).shape).not.toBe('correction');
  });

  it.each([
    [
      'now kyndryl owns solvinity, whos on the hook for digid hosting',
      'why did kyndryl want to buy solvinity',
    ],
    [
      "why is the edps case on the commission's microsoft 365 use still open",
      'when did the edps close the case',
    ],
    [
      'pourquoi singapour a raté son objectif de 70 % de systèmes sur le cloud commercial ?',
      'singapour a-t-il atteint son objectif de 70 % ?',
    ],
    [
      'pourquoi la colombie a renouvelé nube pública iv en 2025',
      'quand la colombie a mis fin à nube pública iv ?',
    ],
    [
      'now that bavaria signed the m365 deal end of 2025, whats the per user cost',
      'what would bavaria pay per user for m365',
    ],
  ])('corrects "%s", whose contrary the entry records, and not "%s"', (wrong, right) => {
    expect(answered(engine.ask(wrong)).shape).toBe('correction');
    expect(engine.ask(right)).not.toMatchObject({ shape: 'correction' });
  });

  it('corrects a count of vendors no fact gives where the entry names another number of them', () => {
    expect(
      answered(engine.ask('the cia split C2E between eight cloud vendors, who are all eight?')).shape,
    ).toBe('correction');
    expect(answered(engine.ask('the cia split C2E between five cloud vendors, who are they')).shape).not.toBe(
      'correction',
    );
  });

  it('corrects a provider claimed for the figures a fact gives of another provider', () => {
    expect(
      answered(engine.ask("how did google cloud manage to move 16 of ukraine's 17 ministries onto its cloud"))
        .shape,
    ).toBe('correction');
    expect(
      answered(engine.ask("how did microsoft move 16 of ukraine's 17 ministries onto its cloud")).shape,
    ).not.toBe('correction');
  });

  it('reads an amount in réais, accented or not', () => {
    expect(
      answered(
        engine.ask(
          'serpro a signé pour 712 millions de réais avec aws en 2019, pourquoi un montant pareil ?',
        ),
      ).shape,
    ).toBe('correction');
  });

  it('corrects a deal claimed given to a protester, whatever else the question says of the protest', () => {
    expect(
      answered(
        engine.ask(
          'why did the nsa end up giving wildandstormy to microsoft once GAO sustained the protest?',
        ),
      ).shape,
    ).toBe('correction');
    expect(
      answered(engine.ask('why did microsoft protest the nsa giving wildandstormy to aws')).shape,
    ).not.toBe('correction');
  });

  it('corrects a passive claimed where the entry says it can no longer be, not a question about the bar', () => {
    expect(
      answered(engine.ask("pourquoi secnumcloud 3.2 permet aux fournisseurs américains d'être qualifiés"))
        .shape,
    ).toBe('correction');
    expect(answered(engine.ask("why can't us providers be qualified under secnumcloud 3.2")).shape).not.toBe(
      'correction',
    );
  });

  it('corrects backing claimed for those a fact sets against the backers', () => {
    expect(
      answered(
        engine.ask(
          'why did ireland and the netherlands push so hard to get the sovereignty requirements into eucs',
        ),
      ).shape,
    ).toBe('correction');
    expect(
      answered(engine.ask('why did france, italy and spain back the eucs sovereignty requirements')).shape,
    ).not.toBe('correction');
  });

  it('corrects what a fact says someone or something was not ("Trump was not the trigger"), and reads "a" as an article in English', () => {
    expect(
      answered(
        engine.ask(
          "lyon's it director said trump getting elected was what triggered them leaving microsoft, right?",
        ),
      ).shape,
    ).toBe('correction');
    expect(answered(engine.ask('what triggered lyon leaving microsoft')).shape).not.toBe('correction');
    expect(
      answered(
        engine.ask(
          'microsoft made a load of sovereignty pledges to canada in dec 2025. who criticised that and what did they hold it up against?',
        ),
      ).shape,
    ).not.toBe('correction');
  });

  it.each([
    'Why did the CMA open strategic market status investigations into AWS and Microsoft cloud in March 2026?',
    "depuis que le board de la CMA a ouvert en mars 2026 des enquêtes SMS sur le cloud d'AWS et de Microsoft, où en est-on ?",
  ])(
    'corrects an investigation claimed opened where the entry says the board chose not to: "%s"',
    (question) => {
      expect(answered(engine.ask(question)).shape).toBe('correction');
    },
  );

  it.each([
    'Why did the CMA board decide against SMS investigations into AWS and Microsoft cloud?',
    "when did the cma open its sms investigation into microsoft's business software",
  ])('answers "%s" as it is', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it('never makes a lone letter or a provider-name fragment the subject of a correction', () => {
    const answer = engine.ask('Pourquoi Systems G a choisi T-Systems ?');
    expect(answer.kind === 'answered' ? answer.statements.map((s) => s.text).join(' ') : '').not.toMatch(
      /systems g|systems's/i,
    );
  });

  it('answers a true pairing and a provider asked about in another role as they are', () => {
    expect(answered(engine.ask('Why did MI5 choose AWS?')).shape).toBe('single');
    // AWS protested JEDI: it is named by JEDI's facts, in that role.
    expect(answered(engine.ask('Why did AWS protest JEDI?')).shape).toBe('single');
    // Microsoft protested the NSA award: asked in that role, no correction.
    expect(answered(engine.ask('Why did Microsoft protest the NSA cloud contract?')).shape).toBe('single');
    // The ICC is leaving Microsoft, which its facts name: a provider left is claimed nothing.
    expect(
      answered(engine.ask('how come the International Criminal Court is moving off Microsoft?')).shape,
    ).toBe('single');
    expect(answered(engine.ask('Why did the ICC move off Oracle?')).shape).toBe('correction');
    expect(answered(engine.ask('how much ransom did the hackers demand from indonesia?')).shape).toBe(
      'single',
    );
    // Whether any home-grown provider won is asked, not claimed.
    expect(answered(engine.ask('did any swiss provider win a piece of public clouds bund?')).shape).toBe(
      'single',
    );
    expect(
      answered(
        engine.ask(
          'so on the swiss public clouds bund tender (the one where no swiss provider won, ouch) - how did the feds weight the bids?',
        ),
      ).shape,
    ).toBe('single');
    // Someone running a tender is asked about, not a service claimed live.
    expect(answered(engine.ask('who at airbus is running the sovreign cloud tender thing')).shape).toBe(
      'single',
    );
    // Selected on conditions, asked as such.
    expect(
      answered(
        engine.ask('why was sakura internet only conditionally selected for the government cloud in 2023?'),
      ).shape,
    ).toBe('single');
  });

  it.each([
    // Microsoft's bid for Nimbus lost: a losing bidder is no party, even without a claiming verb.
    ["how much is microsoft getting from israel's project nimbus?", /not Microsoft\.$/],
    // Google appealed against being left out of the Swiss contracts.
    ['Pourquoi la Suisse a-t-elle attribué ses clouds publics à Google ?', /pas avec Google\.$/],
    // A deal's own name of several words, typed in lower case, is the subject.
    ['when does the health data hub finish moving to OVHcloud?', /not OVHcloud\.$/],
  ])(
    'corrects a provider the facts name only as a loser, or a lower-case subject: "%s"',
    (question, sentence) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('correction');
      expect(answer.statements[0]?.text).toMatch(sentence);
    },
  );

  it('names and cites a provider outside the known list in a correction', () => {
    const answer = answered(engine.ask('Pourquoi la DGSI a-t-elle remplacé Palantir par Capgemini ?'));
    expect(answer.shape).toBe('correction');
    expect(answer.statements[0]?.text).toMatch(/Palantir et ChapsVision, pas avec Capgemini/);
    // Some cited fact names the successor the sentence names.
    expect(answer.statements.slice(1).some((s) => /ChapsVision/.test(s.text))).toBe(true);
  });

  it.each([
    // An amount the entry never gives: the MoD's Google deal is GBP 400m.
    ['why is the UK MoD paying Google GBP 4bn for a sovereign cloud?', /gives no amount of GBP 4bn/],
    // A whole amount, without a scale word: a share price.
    [
      "ovhcloud est entré en bourse à 25 € l'action, ça valorisait le groupe à combien ?",
      /aucun montant de 25 €/,
    ],
    [
      "pourquoi la Commission a dépensé 180 milliards d'euros pour son cloud souverain ?",
      /aucun montant de 180 milliards d'euros/,
    ],
    // A year the entry never writes, for something the question claims happened then.
    ['why did the Pentagon award JWCC back in 2019?', /records nothing in 2019: it dates the deal 2022/],
    // The name claimed is never in that year where the entry names it (the 2016 contract was Palantir's).
    ['Pourquoi la DGSI a choisi ChapsVision en 2016 ?', /ne rapporte rien sur ChapsVision en 2016/],
    ["why did japan's digital agency go with sakura internet back in 2021?", /records nothing in 2021/],
    // A name the entry gives only as a tender candidate, claimed as the new party.
    ['pourquoi la DGSI a remplacé Palantir par Atos ?', /rapporte le contraire : Atos n’y est pas partie/],
    // An outcome the entry records the other way round: the takeover was blocked, the ransom refused.
    ["why did the Dutch government approve Kyndryl's takeover of Solvinity?", /records otherwise/],
    ["pourquoi l'Indonésie a payé la rançon de 8 millions de dollars ?", /rapporte le contraire/],
    // A ruling the other way round: the action to annul was dismissed, the protest upheld, the states voted against.
    ['why did the EU general court annul the data privacy framework in september 2025?', /records otherwise/],
    ["why did GAO throw out microsoft's protest against the NSA WildandStormy award?", /records otherwise/],
    ['why did the IT-Planungsrat approve delos cloud for the länder in june 2024?', /records otherwise/],
    // The same reversals in other words: a validity confirmed, a sale signed off, a ransom agreed to,
    // a suspension ordered, a decision struck down.
    ['why did the CJEU confirm the Privacy Shield was valid in Schrems II?', /records otherwise/],
    ['why did the Dutch ministry sign off on the Solvinity sale to Kyndryl?', /records otherwise/],
    ["pourquoi l'italie a filé le PSN à fastweb et aruba au final ?", /rapporte le contraire/],
    [
      'now that kyndryl has closed the solvinity buy, what happens to the digid hosting contract',
      /records otherwise/,
    ],
    // A bidder claimed to have beaten the winner; Oracle by its nickname.
    ['oracle beat palantir to the nhs federated data platform right?', /not Oracle/],
    ['why did nhs england pick big red over palantir for the fdp', /not Oracle/],
    // Another provider paid: Microsoft settled with CISPE, not Amazon.
    ["how much did amazon have to cough up to settle cispe's cloud licensing complaint", /records otherwise/],
    ['why did the dutch government wave the kyndryl takeover of solvinity through?', /records otherwise/],
    [
      'datatilsynet okd google workspace for the helsingor schools in 2022 so why cant we use it',
      /records otherwise/,
    ],
    ["why did Indonesia agree to pay Brain Cipher's ransom?", /records otherwise/],
    ["pourquoi le Conseil d'État a ordonné la suspension du Health Data Hub ?", /rapporte le contraire/],
    ['why did the general court strike down the data privacy framework?', /records otherwise/],
    // "Its deal with AWS" claims the pairing, though the entry mentions AWS as an earlier supplier.
    ["what's in the MoD's sovereign cloud deal with AWS?", /not AWS/],
    // The same figure compared the other way ("$54m above IBM's").
    ['AWS was about $54m cheaper than IBM on C2S, so why did IBM protest?', /records otherwise/],
    // On time where the entry records a delay; an extension to a year the entry never writes.
    ['how did AWS manage to open its Auckland region on schedule?', /records otherwise/],
    ["Pourquoi la Colombie a prolongé Nube Pública IV jusqu'en 2030 ?", /rien (?:sur Nube )?en 2030/],
    // A finding whose key word the entry's finding negates ("lacked effective competition").
    ['the CMA found in 2025 that UK cloud competition works fine, what did it say?', /records otherwise/],
    [
      'so the cma decided the uk cloud market is competitive and waved aws and microsoft through',
      /records otherwise/,
    ],
    // Still open, kept open, where the entry records it closed.
    [
      'the edps case on the commissions microsoft 365 is still dragging on with nothing fixed, right?',
      /records otherwise/,
    ],
    [
      "why is the EDPS still keeping the commission's microsoft 365 case open after july 2025?",
      /records otherwise/,
    ],
    // A stance the entry gives to the other side of the sentence ("France… backed them, while Ireland…").
    ['why did ireland push for the sovereignty requirements in EUCS?', /records otherwise/],
    ['why did France oppose the EUCS sovereignty requirements?', /records otherwise/],
    // One provider claimed alone where the deal has several.
    ['why did the CIA hand the whole C2E contract to AWS alone?', /AWS is not alone/],
    ['jwcc all went to aws as one 9bn contract, correct?', /AWS is not alone/],
    ["C2E is basically another single-vendor AWS deal like C2S, isn't it?", /AWS is not alone/],
    ['pourquoi le pentagone a tout filé à aws pour le jwcc ?', /AWS n’est pas seul/],
    ['pourquoi Microsoft seul gère Bleu ?', /Microsoft n’est pas seul/],
    // An investment claimed in a country the entry never writes.
    [
      'How much is AWS investing in its European Sovereign Cloud region in France?',
      /does not mention France/,
    ],
    // An amount in billions without a currency that the entry never gives.
    ['so each of the 4 JWCC vendors got its own 9bn ceiling, 36bn in total?', /gives no amount of 36bn/],
    // A payment to a provider the entry says worked for free; a cancelled deal claimed deployed; a
    // validity confirmed where the entry records an invalidation; a place the entry never writes.
    ['How much did Ukraine pay Microsoft to move its ministries to the cloud?', /records otherwise/],
    ['en quelle année le Pentagone a-t-il déployé le cloud JEDI ?', /rapporte le contraire/],
    ['on what grounds did the CJEU confirm the Privacy Shield?', /records otherwise/],
    ['Why did Estonia put its data embassy in Switzerland?', /does not mention Switzerland/],
    // A winner that is none of the deal's providers; a protest the entry gives to someone else.
    ['why did Amazon protest Microsoft winning the NSA contract?', /Microsoft is not its provider/],
    ['what did Google argue in its protest against the NSA WildandStormy award?', /records otherwise/],
    // A share the entry never writes; a year the entry never writes, for a law passed or a party replaced.
    ['SecNumCloud 3.2 lets a non-EU investor hold 49% of the provider?', /gives no figure of 49%/],
    ['why was the CLOUD Act passed in 2016?', /records nothing in 2016/],
    [
      'quand la DGSI a-t-elle remplacé Palantir par ChapsVision en 2021 ?',
      /ne rapporte rien sur ChapsVision en 2021/,
    ],
    // "How much… paying Brain Cipher?" claims a payment the entry says was refused.
    ['how much did indonesia end up paying brain cipher?', /records otherwise/],
    // A provider of the deal claimed excluded; a country the entry never writes, beside "adopted".
    ['quand la Suisse a-t-elle exclu Microsoft ?', /Microsoft en est l’un des fournisseurs/],
    ["pourquoi l'Autriche a-t-elle adopté openDesk ?", /ne parle pas de l’Autriche/],
    // A year the name claimed never has: Mastercard's restrictions were lifted in 2022.
    [
      "pourquoi l'Inde a levé l'interdiction de Mastercard en 2020 ?",
      /ne rapporte rien sur Mastercard en 2020/,
    ],
    // Ownership the entry denies: Microsoft has no share in Bleu.
    ['why is Bleu owned by Microsoft?', /records otherwise/],
    // A break-up the entry records nowhere.
    ['why did Thales leave S3NS?', /records nothing of the kind \(“leave”\)/],
    ['pourquoi Orange a-t-il quitté Bleu ?', /ne rapporte rien de tel \(« quitté »\)/],
    // A sale, a fine, a cancellation claimed after "who", in the passive, or in other words.
    ['who acquired Bleu?', /records nothing of the kind \(“acquired”\)/],
    ['how much was the Bundeswehr fined?', /records nothing of the kind \(“fined”\)/],
    ['why did the CIA cancel C2E?', /records nothing of the kind \(“cancel”\)/],
    // A losing bidder claimed the winner: TIM's promoters matched Fastweb-Aruba's offer and won.
    ["why did TIM's consortium lose the PSN tender to fastweb and aruba?", /records otherwise/],
    // An act the entry says could not be done.
    ['Quand Microsoft France a-t-il garanti au Sénat la protection des données ?', /rapporte le contraire/],
    // A country the entry is not in and never writes.
    [
      'Pourquoi le gouvernement belge a bloqué le rachat de Solvinity par Kyndryl ?',
      /ne parle pas de la Belgique/,
    ],
    // Money that went the other way: Microsoft pays CISPE, and put USD 1.5bn into G42.
    ['why did CISPE have to pay Microsoft to settle the licensing complaint?', /the other way round/],
    ['why did G42 buy a stake in Microsoft?', /the other way round/],
    // The one claimed to pay never pays in the entry; the other does (Microsoft paid CISPE).
    ['how much did amazon pay microsoft to settle the CISPE antitrust complaint?', /the other way round/],
    // A pairing across two deals: Japan's deal never names Fujitsu (HMRC's does).
    [
      'when did Japan pick Fujitsu as its first domestic government cloud provider?',
      /does not mention Fujitsu/,
    ],
    // A full name the corpus writes elsewhere, typed in lower case.
    [
      'when satya nadella announced the EU data boundary, what did he promise?',
      /does not mention satya nadella/,
    ],
    // A state the entry's status denies: a proposal claimed in force, a stalled project claimed running.
    [
      'now that the cloud and AI development act is in force, what must public bodies do?',
      /records nothing of the kind \(“in force”\): its status is proposed/,
    ],
    [
      'now that the microsoft g42 data centre in kenya is up and running, who uses it?',
      /its status is announced/,
    ],
    // …with a "yet" in another clause.
    [
      'the microsoft/g42 data centre in kenya is up and running now, has the kenyan govt moved onto it yet',
      /its status is announced/,
    ],
    // A move claimed the other way round; a year beside the deal's own name that the entry never writes.
    ['why did the austrian army go back from libreoffice to microsoft office?', /records otherwise/],
    ["why is denmark's digital ministry dropping libreoffice for office 365?", /records otherwise/],
    ['la loi SREN de 2022 dit quoi sur le cloud ?', /ne mentionne rien en 2022/],
    // A claim whose contrary the entry records: rejected (approved), ruled against (in its favour), the top
    // of the price range (the low end), encouraged (called for a halt).
    ['why did the commission reject the IPCEI cloud project?', /records otherwise/],
    ['why did the court of federal claims rule against amazon over C2S?', /records otherwise/],
    ["l'introduction en bourse d'OVH s'est faite en haut de fourchette, non ?", /rapporte le contraire/],
    [
      "pourquoi l'éducation nationale a encouragé les écoles à prendre office 365 gratuit ?",
      /rapporte le contraire/,
    ],
    // A closure nowhere recorded; a winner claimed after "to"; a well-known person the entry never writes.
    ['pourquoi oracle ferme sa région cloud de djeddah ?', /ne rapporte rien de tel/],
    ['pourquoi la NSA a réattribué WildandStormy à microsoft ?', /n’en est pas le fournisseur/],
    ['pourquoi obama a-t-il promulgué le cloud act ?', /ne mentionne pas obama/],
    // A town given as the deal's place that the entry never writes (GeoNames towns of 50,000 or more).
    // An approval where the entry records a breach; a vote for where it records a vote against; giving up
    // what the entry says was completed; a ransom claimed paid; a launch year the entry never writes.
    [
      "why did the edps give the commission's use of microsoft 365 a clean bill of health?",
      /records otherwise/,
    ],
    ['pourquoi les länder ont voté pour delos cloud au it-planungsrat ?', /rapporte le contraire/],
    ['why did microsoft give up on the eu data boundary before it was finished?', /records otherwise/],
    ["pourquoi microsoft a renoncé à l'eu data boundary ?", /rapporte le contraire/],
    [
      "une fois la rançon payée à brain cipher, l'indonésie a récupéré combien de services ?",
      /rapporte le contraire/,
    ],
    ['pourquoi le meity a attendu 2019 pour lancer meghraj ?', /ne mentionne rien en 2019/],
    // A count of something the entry counts otherwise (1,800 workstations).
    ["la CPI a fait passer ses 18 000 postes sur opendesk, ça s'est bien passé ?", /rapporte le contraire/],
    // A month the entry never gives for a year it dates things in.
    ['bleu was announced in march 2021 right?', /gives no date in March 2021/],
    // An amount the entry gives, but not to the provider named.
    ['microsoft pledged $9bn for a saudi hyperscale region at LEAP 2023, right?', /records otherwise/],
    // A company typed in lower case that the entry never writes.
    [
      'why did japan choose fujitsu as its first domestic government cloud provider?',
      /does not mention fujitsu/,
    ],
    // Lifting a ban the entry says was confirmed (a claim matching several pairs: "for good" too).
    [
      'after datatilsynet lifted the helsingør chromebook ban for good, did others go back to google?',
      /records otherwise/,
    ],
    // A reason the entry denies ("not saving money").
    ['the austrian army moved to libreoffice mainly to cut licence costs right?', /records otherwise/],
    // Dropping what the entry says was expanded.
    ['why did the ministry of defence drop oracle cloud in january 2026?', /records otherwise/],
    // A company the corpus never writes.
    ['why did switzerland pick swisscom for its public clouds bund contracts?', /does not mention swisscom/],
    // A losing bidder claimed given the contract.
    [
      'why did italy end up giving the PSN to fastweb and aruba?',
      /records otherwise: fastweb and aruba are not parties to it/,
    ],
    // An event granted by a clause ("since…", "now that…") that the entry never records.
    ['since google scrapped its dammam region, where do saudi customers go?', /records nothing of the kind/],
    ['since the Bundeswehr dropped Google Cloud, what do they use?', /records nothing of the kind/],
    // A move the entry records the other way round (it chose Scaleway to replace Azure).
    ['le HDH passe de Scaleway à Azure ?', /rapporte le contraire/],
    ['did the Health Data Hub move to Azure from Scaleway?', /records otherwise/],
    // An amount claimed for each, which the entry gives as one shared figure.
    ['did each JWCC vendor get a $9bn ceiling?', /records otherwise/],
    // What the entry says remains ("Windows would remain on many devices"), claimed replaced.
    [
      'since the danish digital ministry swapped windows for linux on all its pcs, how is it going?',
      /records otherwise/,
    ],
    // A provider the entry's sentence about those agreements says was not included.
    [
      'did microsoft become a provider under the november 2024 serpro and dataprev agreements?',
      /records otherwise/,
    ],
    // All of one country, where the entry's sentence about them names another ("11 French and 11 German").
    ["were all of gaia-x's founding members german?", /records otherwise/],
    // What the entry keeps on the government's own infrastructure, claimed on a provider's cloud.
    ["are singapore's air traffic control systems on azure?", /records otherwise/],
    // What the entry locates in another country ("stored the encryption keys … in China").
    ["apple kept the chinese icloud keys in the US, didn't it?", /records otherwise/],
    // Stalled is not suspended; restricting transfers is no ban; "never used Microsoft's e-mail".
    ['Why did Kenya suspend the data centre?', /records nothing of the kind/],
    ['Why did the EDPS ban Microsoft 365?', /records nothing of the kind/],
    ["Was Microsoft running the Austrian army's e-mail?", /not Microsoft/],
    // Dropping what the entry records adopted.
    ['since Lyon dropped OnlyOffice, what do they use?', /records otherwise/],
    ["pourquoi l'armée autrichienne a abandonné LibreOffice ?", /rapporte le contraire/],
    // A closure promised ("committed to ending the Microsoft hosting") is no closure recorded.
    [
      "now that the Conseil d'État shut down the Health Data Hub, where is the data?",
      /records nothing of the kind/,
    ],
    // A petition is no lawsuit.
    ['who sued over the Bavarian Microsoft deal?', /records nothing of the kind/],
    // A lawsuit asked about where the entry records none (its "application" is no court's).
    ['who sued over Delos Cloud?', /records nothing of the kind/],
    // A long subject between "did" and the event.
    ['why did the French State and public agencies cancel Bleu?', /records nothing of the kind/],
    // "open-ended reviews" end nothing.
    ['why did the German administrations cancel Delos Cloud?', /records nothing of the kind/],
    // A town naming the site of a facility ("Munich data centres") that the entry never writes.
    [
      "microsoft cloud deutschland ran out of telekom's munich data centres, correct?",
      /does not mention munich/,
    ],
    // A quote given to someone the fact telling it never names (Dataprev's president doubted, Serpro claimed).
    ["Serpro's president said Brazil's cloud sovereignty was only relative, why?", /records otherwise/],
    [
      'le président de Dataprev a dit que le cloud brésilien était souverain à 100 %, pourquoi ?',
      /rapporte le contraire/,
    ],
    // A ban or a suspension the entry records in none of its words.
    [
      'since the UK banned AWS from government work, who hosts the Home Office?',
      /records nothing of the kind/,
    ],
    // A vote "yes" where the entry records one against; an assurance sworn with "it can guarantee".
    ['the länder voted yes to Delos Cloud in 2024, when will they start?', /records otherwise/],
    [
      'Microsoft France swore to senators it can guarantee our data stays here, on what basis?',
      /records otherwise/,
    ],
    // Never doing what a fact says was done.
    [
      "la corée n'a jamais exigé de certification pour les clouds du secteur public, pourquoi ?",
      /rapporte le contraire/,
    ],
    // An annulment of what the entry says was upheld; a majority the entry gives to another party.
    [
      'since schrems II also struck down the standard contractual clauses, what can companies use?',
      /records otherwise/,
    ],
    ['pourquoi google détient la majorité du capital de S3NS ?', /rapporte le contraire/],
    ['is bleu majority owned by microsoft?', /records otherwise/],
    // A term the entry never gives; a signature the status denies.
    [
      "la convention avec polo strategico nazionale court sur 30 ans, c'est bien ça ?",
      /ne donne nulle part une durée de 30 ans/,
    ],
    [
      'why did the european commission sign a ten year contract with oracle for OCI?',
      /gives no term of ten year/,
    ],
    [
      'depuis que la bavière a signé son contrat microsoft 365, combien d’agents l’utilisent déjà ?',
      /ne rapporte rien de tel \(« a signé »\) : son statut est « proposé »/,
    ],
    [
      "microsoft's greek cloud region is being built up around thessaloniki isn't it?",
      /does not mention thessaloniki;/,
    ],
    [
      'gcbd, la boîte qui gère icloud en chine, appartient à la municipalité de shenzhen ?',
      /ne mentionne pas shenzhen/,
    ],
    // "Frankfurt am Main" is Frankfurt.
    [
      'aws launched the european sovereign cloud in frankfurt in jan 2026 — how many services did it start with?',
      /does not mention frankfurt;/,
    ],
    // "A-t-il obtenu": an inverted subject, and obtaining a contract is winning it.
    [
      'combien infomaniak a-t-il obtenu dans les contrats public clouds bund attribués en 2021 ?',
      /Infomaniak n’en est pas le fournisseur/,
    ],
    // "Can we…" negates nothing ("can't" does); "signed off as compliant" claims a finding.
    [
      'since the DSK signed off microsoft 365 as compliant in november 2022 can our german sites just roll it out?',
      /records otherwise/,
    ],
    // A provider of the deal claimed to have won what the entry's sentence of that year gives another.
    [
      "combien google a décroché dans l'accord-cadre de mars 2025 de l'éducation nationale ?",
      /rapporte le contraire/,
    ],
    // Several providers claimed first, where the entry makes others first.
    [
      'in 2021 the japan digital agency took microsoft and oracle as first government cloud providers no?',
      /records otherwise/,
    ],
    // Declining what the entry records approved.
    ['Why did the Commission decline the IPCEI on cloud?', /records otherwise/],
    // A pairing claimed in its own clause, before another.
    ['GCHQ went with Google, right? so why did they pick it', /not Google/],
    // A bid claimed of a provider the entry says withdrew.
    ["why did hmrc go with aws for the datacentre exit when google's bid was cheaper?", /records otherwise/],
    // A contract claimed cancelled that the entry records renewed.
    [
      'pourquoi la DGSI a-t-elle résilié son contrat avec palantir en décembre 2025 ?',
      /rapporte le contraire/,
    ],
  ])('corrects a claimed amount, year or party the entry does not support: "%s"', (question, sentence) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.statements[0]?.text).toMatch(sentence);
    expect(answer.statements[0]?.citations.length).toBeGreaterThan(0);
  });

  it.each([
    "Who won the Pentagon's JWCC contracts?",
    'When did the CJEU hand down Schrems II?',
    "How did TIM's group win the PSN tender when Fastweb-Aruba offered a bigger discount?",
    'How much was JEDI worth?',
    // An outcome asked for, or denied, is no claim of it.
    "Who asked the Conseil d'Etat to suspend the Doctolib vaccination partnership?",
    'Why did Indonesia refuse to pay the ransom?',
    'Why did Microsoft pay CISPE?',
    'how much did microsoft have to cough up to settle with cispe?',
    'palantir beat oracle to the nhs fdp, how?',
    "pourquoi l'italie a filé le PSN à TIM ?",
    // "can they…?" asks whether.
    'under that 450m home office deal can they even inspect amazons datacentres or vet the staff',
    'Why did Microsoft invest in G42?',
    // "la CNIL danoise" is the Danish authority, whatever its entry calls it.
    "Pourquoi la CNIL danoise a-t-elle interdit Google Workspace dans les écoles d'Helsingør ?",
    // A deal runs for years: a state in a later year is no claim of an event then.
    'Why did the Home Office use AWS in 2024?',
    // A currency code is no name; a passive names the payer after the verb; money asked for claims nothing.
    "Why did Israel's Nimbus cost USD 1.2bn?",
    'Why was CISPE paid by Microsoft?',
    'Why was G42 funded by Microsoft?',
    'How much did the government pay for the Cikarang data centre?',
    'Why did InterHop want the partnership suspended?',
    // The ruling as it was; a denial asked about; what was concluded asks, claims nothing.
    "why did GAO uphold Microsoft's protest?",
    "why did the general court dismiss Latombe's action?",
    "Why couldn't Microsoft France guarantee French data to the Senate?",
    "Qu'ont conclu les CNIL allemandes (DSK) sur Microsoft 365 ?",
    'Can an American cloud provider still get SecNumCloud 3.2?',
    'Why did the DGSI choose Palantir in 2016?',
    'Why did Fastweb lose the PSN tender to TIM?',
    "Combien le Brésil prévoit-il d'investir dans la Nuvem de Governo ?",
    "what does the UK MoD's deal with Google cover?",
    'when was JEDI cancelled?',
    'why did Estonia put its data embassy in Luxembourg?',
    'did Datatilsynet confirm the ban on Chromebooks?',
    // A stake denied to another party; a lawsuit is a protest too; an investment pays no one.
    'how much of Bleu does Capgemini own?',
    'why did Oracle protest JEDI?',
    'how much did the Ministry of Defence pay Google?',
    // A paid licence after a free offer; "pays" (French for country) is no payment; a provider paid for
    // its work is no ransom; another provider investing is no payment by the payee; a provider's full name.
    'how much did the education ministry pay Microsoft?',
    "how much did Apple's Chinese iCloud users pay Apple?",
    "how much did Indonesia's ministries pay Telkom?",
    'how much did the German public sector pay T-Systems?',
    'why did the government of Canada move to Amazon Web Services?',
    'How much is AWS investing in its European Sovereign Cloud in Germany?',
    'was the Auckland region delayed?',
    // A state to come, asked about, is no claim of it.
    "when is the ASD's top secret amazon cloud supposed to be up and running?",
    'is the Kenya data centre operational yet?',
    // A move the way the entry records it; a year the entry writes beside its name.
    'why did the austrian army move from microsoft office to libreoffice?',
    'what did the SREN law of 2024 change for cloud providers?',
    // The claim as the entry records it.
    'why did the commission approve the IPCEI cloud project?',
    'why did the austrian army ditch MS Office?',
    // The count and the month the entry gives.
    'the icc is moving 1,800 workstations to opendesk, when?',
    'bleu was announced in may 2021 right?',
    // Money spent for a provider, not by it.
    "where's schwarz digits building that 11 billion euro datacenter for stackit?",
    // Never doing what the entry says could not be done; what the entry never says was done.
    'why has microsoft never guaranteed french data to the senate?',
    'why did the cia never publish the c2e ceiling value?',
    // What was annulled, asked; the majority the entry gives.
    'schrems 2 what got struck down',
    'is bleu majority owned by orange and capgemini?',
    // A title is no name; a delay asked about is no claim of being on time.
    'which MP warned trump could switch off the dutch government with one button?',
    "combien de communes japonaises n'auront pas fini de standardiser leurs systèmes à temps ?",
    // A town the entry writes.
    'why did google put its saudi cloud region in dammam?',
    "AWS's C2S bid was $54m above IBM's, why did the CIA pick it?",
    'why was Nube Publica IV extended?',
    // A finding claimed as the entry has it, or itself negative.
    'the CMA found that the cloud market lacked competition, what remedies?',
    'the CMA concluded that competition was not working, why?',
    // The stance the entry gives the subject.
    'why did France back the EUCS sovereignty requirements?',
    'why did the Netherlands oppose the EUCS sovereignty requirements?',
    // The only bidder where the deal has one provider.
    'was AWS the only bidder for the HMRC contract?',
    // The deal's first provider in the deal's year, in any of its names; a body's generic word.
    "why did Singapore's government agencies sign with Amazon Web Services in 2018?",
    'why did the Digital Agency sign with Amazon Web Services in 2021?',
    'pourquoi la DGSI a choisi Palantir Technologies en 2016 ?',
    // The winner and the protester the entry has; a protest won is a ruling, not the contract.
    'how did Microsoft win JEDI?',
    'why did AWS protest JEDI?',
    "did IBM win its protest against the CIA's Amazon cloud award?",
    // A share and a year the entry writes.
    'SecNumCloud 3.2 caps a single non-EU shareholder at 24%, why?',
    'why did the CLOUD Act pass in 2018?',
    // An outcome a fact records as claimed; an outcome the entry states; a closure in other words.
    'When did Portugal approve its National Plan for Sovereign Cloud?',
    'when did the CIA confirm the C2E award?',
    'why did the CJEU invalidate the Privacy Shield?',
    'why did Microsoft shut down Cloud Deutschland?',
    // Leaving, buying and selling that the entry writes in other words.
    'why did Schleswig-Holstein leave Microsoft?',
    'Why did Google lose the Swiss tender?',
    'Who owns Bleu, and does Microsoft have a stake?',
    // "amazon" for an entry that writes AWS; staff dismissed is no deal event.
    "what was serpro's first partner deal with amazon worth, in reais?",
    'how many googlers got fired over the nimbus sit-ins?',
    'why did Microsoft lose the Health Data Hub?',
    'why did Microsoft buy a stake in G42?',
    // Asking about lawful use or compliance claims neither.
    'what did the DSK say about lawful use of microsoft 365?',
    'what did the DSK conclude about microsoft 365 compliance?',
    "l'UGAP a vendu pour combien de cloud en 2024 ?",
    // A review's misfires of this round's rules, each true: the provider beaten to a deal is no claimed party;
    // a single winner contrasted, not asked for; compliance or a vote of another year than the deal's, or
    // come true in a later fact; "whole of" and "full control by" claim no majority; "worth investing in"
    // asks a reason; "official" is no person; "migration to" pairs nothing.
    'How did Microsoft beat AWS to the JEDI contract?',
    'Microsoft landed JEDI over AWS — what happened next?',
    'Microsoft won JEDI over AWS — what happened next?',
    'AWS outbid Microsoft for the NSA deal, how much was it worth?',
    "Why did the Pentagon drop JEDI's single winner approach for JWCC?",
    'Was there a single winner for JWCC or several?',
    "In 2025 the Commission's Microsoft 365 use was found compliant — what changed?",
    'Hesse declared Microsoft 365 compliant in 2025, under what conditions?',
    'Le commissaire de Hesse a jugé Microsoft 365 conforme en 2025, à quelles conditions ?',
    "Which authorities voted against the DSK's 2020 Microsoft 365 assessment?",
    "Quels Länder ont voté contre en 2020 l'évaluation de Microsoft 365 ?",
    'Which states had voted against the 2020 working-group view on Microsoft 365?',
    'Is S3NS open to the whole of the French public sector on Google Cloud technology?',
    'Does S3NS run Google Cloud technology with full control by Thales?',
    'Why did Microsoft think G42 was worth investing in?',
    'Why was Solvinity worth buying for Kyndryl?',
    "What official status does Bleu's SecNumCloud application have?",
    "How did Microsoft react to the Austrian army's migration to LibreOffice?",
    // "move of" is "move off", typed in a hurry; a question granting a shortfall is no claim of success.
    'how many pcs did the austrian army move of ms office',
    "japan wanted every municipality moved onto standard systems and the government cloud by fiscal 2025, but i keep hearing it's going badly. how many towns are behind and what's the new target date?",
    // A source quoted ("d'après l'étude PwC") is no party the question pairs with Microsoft.
    "d'après l'étude pwc pour le ministère de l'intérieur allemand, quelle part des postes fédéraux tournait sous microsoft office ?",
    // A qualification granted to a joint venture of the providers named (S3NS), not the rule's own parties.
    "Quand l'ANSSI a-t-elle accordé SecNumCloud à l'offre de la coentreprise de Thales et Google ?",
    // Microsoft sided with as a protester ("donné raison à"); a departure promised, not claimed.
    'à quelle date le GAO a-t-il donné raison à microsoft contre le contrat cloud secret de la NSA attribué à amazon ?',
    'when did veran put in writing that the health data hub would leave microsoft in ~2 yrs (spoiler, didnt happen)',
    // A capital standing for a government the entry writes (the EU, the US, the UAE, Morocco).
    "In Brussels' EUR 180m procurement of sovereign cloud services for the EU institutions, what minimum assurance level did bidders have to reach?",
    "Who chaired the French Senate procurement inquiry at which Microsoft France admitted under oath it couldn't guarantee data would never be handed to Washington?",
    'ruto said one data centre in the geothermal project microsoft and the abu dhabi AI firm planned at olkaria would draw how many megawatts?',
    'combien oracle investit-il dans ses deux régions cloud au maroc, selon les chiffres de rabat ?',
    // The capital of the deal's own country, where nothing is claimed to be located.
    'who from the US embassy in bogota was meeting colombian congress members about the nube publica 5 tender?',
    // "won't" is no win; "FY2025" is the entry's "fiscal 2025"; NGOs and l'AO are no one's names.
    "latest count of japanese municipalities that won't finish the core systems move by end of FY2025?",
    "combien d'ONG de droits humains avaient demandé à google de renoncer à sa région cloud de dammam",
    "l'AO cloud souverain de la commission europeenne ça pese combien et sur combien d'annees",
  ])('answers a question whose names, amounts and years the entry has as it is: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('single');
  });

  it.each([
    ['what stake does atos hold in bleu alongside orange?', /does not mention atos/],
    [
      "pourquoi l'Estonie a choisi la Finlande pour son ambassade de données ?",
      /ne mentionne pas Finlande comme partie : l’accord est avec .*Luxembourg/,
    ],
    // A country given as the subject where the deal is elsewhere and its entry never writes that country.
    ['why did Germany ban Google Workspace in schools?', /does not mention Germany/],
    ["pourquoi l'Allemagne a interdit Google Workspace dans les écoles ?", /ne parle pas de l’Allemagne/],
    // A country's adjective no ending rule finds ("Finnish") is that country.
    [
      "estonia's data embassy is sitting in a finnish datacentre isn't it, when did they sign that",
      /does not mention Finland/,
    ],
    // A pairing verb in any of its forms ("winning", "décroché"): the PSN's rival bidders never won it.
    [
      'why did fastweb and aruba end up winning the PSN?',
      /records otherwise: fastweb and aruba are not parties/,
    ],
    ['pourquoi Fastweb et Aruba ont-ils décroché le PSN ?', /Fastweb et Aruba n’y sont pas parties/],
  ])('says the entry does not mention a name the question pairs with it: "%s"', (question, sentence) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.statements[0]?.text).toMatch(sentence);
    expect(answer.statements[0]?.citations.length).toBeGreaterThan(0);
  });
});

describe('a question about one deal, worded like a list', () => {
  it.each([
    "singapore's GCC runs everything on aws only, so what happens if aws has an outage?",
    'now that kyndryl owns solvinity, is digid basically sitting with an american company? what is the dutch govt doing about it',
    'the commission signed a ten-year deal with oracle for OCI in 2023 – what services do EU bodies get under it?',
    'why was oracle shut out of JWCC when aws, google and microsoft all got contracts?',
    'Did AWS and Microsoft both get contracts under JWCC?',
    'Did AWS, Google, Microsoft and Oracle all get JWCC contracts?',
  ])('is no list: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).not.toBe('list');
    expect(answer.rows.length).toBeLessThanOrEqual(1);
  });

  it("reads a sentence naming contracts and more as no list of a provider's deals", () => {
    const answer = engine.ask('google a contesté son éviction des contrats cloud de la confédération ?');
    expect(answer.kind === 'answered' ? answer.shape : 'no-answer').not.toBe('list');
  });

  it('lists the decisions a "which decisions…" question asks for', () => {
    const answer = answered(
      engine.ask(
        'which decisions by data protection authorities went against microsoft 365 or google school tools',
      ),
    );
    expect(answer.shape).toBe('list');
  });

  it('still lists what a country is doing about cloud', () => {
    expect(answered(engine.ask('what is the dutch government doing about cloud')).shape).toBe('list');
  });
});

describe('a provider winning', () => {
  it("never answers a win claimed in a deal described in other words with the list of that provider's deals", () => {
    const answer = engine.ask(
      "what share of the commission's €180m sovereign cloud framework went to aws, given it was one of the four winners?",
    );
    expect(answer.kind === 'answered' ? answer.shape : answer.kind).not.toBe('list');
  });
});

describe('the detail asked for', () => {
  it.each([
    ['quelle part du capital du polo strategico nazionale revenait à TIM', /45 %/],
    ["whats TIM's ownership share in italy's polo strategico nazionale", /45%/],
    [
      'rbi payment data localisation: what was the cutoff date for card networks etc to comply',
      /15 October 2018/,
    ],
    // Killing off is cancelling.
    ['when did the pentagon kill off jedi?', /6 July 2021/],
    // Hours are a duration.
    ['how long did the azure outage in singapore last?', /18-hour/],
    // "How many years" asks a duration.
    ['palantir nhs england data platform (FDP) - the contract is on how many years', /seven years/],
    // Chat filler ("exact date pls", "the MP wants to know") asks nothing of its own.
    [
      'when did aws actually flip the switch on the european sovereign cloud, exact date pls',
      /15 January 2026/,
    ],
    // A case or order reference.
    ['what is the case number of schrems ii', /C-311\/18/],
    ["numéro de l'affaire schrems II ?", /C-311\/18/],
    [
      "doctolib / aws covid booking case at the conseil d'etat - what was the order number? need it for our DPIA file",
      /450163/,
    ],
  ])('answers "%s" with the fact carrying it', (question, expected) => {
    expect(renderAnswerText(answered(engine.ask(question))).split('\n')[0]).toMatch(expected);
  });
});

describe('review of the round: true premises stay answered', () => {
  it.each([
    'How much did France pay for the PDN that the ransomware hit?',
    'Quel pays finance le centre de données indonésien touché par le rançongiciel ?',
    'Did Satya Nadella sign the Abu Dhabi deal, as the G42 chief executive did?',
    // A lawsuit the entry records as an urgent application to a court.
    'who sued to stop the doctolib covid vaccine booking partnership because of AWS?',
    'why did the US Department of Defense cancel JEDI?',
    'how did the Austrian armed forces drop Microsoft Office?',
    // A quote given to the one who said it; a question asking who said it.
    "Serpro's president said Brazil has a 100% sovereign cloud, did anyone disagree?",
    "which Dataprev boss said Brazil's sovereignty was only relative?",
    // Leaving, told by the entry as a move away from it.
    'why did the Austrian armed forces leave Microsoft Office?',
    "pourquoi l'armée autrichienne a quitté Microsoft Office ?",
    // An event refused is not claimed; a ban, a suspension, a drop, a closure in the entry's own words.
    "why did the Conseil d'État refuse to suspend the Health Data Hub?",
    "pourquoi le Conseil d'État a refusé de suspendre le Health Data Hub ?",
    'after the RBI banned Mastercard from adding new customers, when were the curbs lifted?',
    'why did the French education ministry ban Office 365 in schools?',
    'why did Microsoft suspend new sign-ups to Microsoft Cloud Deutschland?',
    'since the CIA dropped AWS as sole provider, who are the C2E vendors?',
    "since HMRC is closing its Fujitsu data centres, what's the AWS contract worth?",
    'what is the shared $9bn ceiling of JWCC for?',
    // Third review: "each" not governing the amount, "together" no shared figure, a region holding the
    // country, the other nationality named too, the question granting the government infrastructure.
    'Did JWCC award contracts to each of the four companies under a $9bn ceiling?',
    'Were the three OGVA2 contracts 36 months each, worth GBP 894m together?',
    'Were the Gaia-X founders all European?',
    'Were all 22 Gaia-X founders French or German?',
    'Singapore hosts defence systems on government-managed infrastructure and other systems on AWS?',
    // Asked whether: the fact that says is the answer.
    'is the danish digital ministry also ditching windows for linux?',
    // Another part of the entry does pair them.
    'how much did serpro pay microsoft in its 2019 partnership contract?',
    // "Of all places" claims nothing.
    "why luxembourg of all places for estonia's data embassy?",
    "were all the providers picked in japan's fy2022 government cloud round american?",
    // What the entry does put on commercial cloud.
    'singapore runs over 80% of its systems on commercial cloud, which providers?',
    // What the entry locates where the question does; the deal's own place.
    'apple stores the chinese icloud keys in china, why?',
    "pourquoi l'estonie a mis son ambassade de données au luxembourg plutôt qu'ailleurs",
    // A speaker named by place or as the deal's own customer, whom the entry names otherwise.
    'The Bundesheer said the aim of the switch was digital sovereignty?',
    "Kenya's president said the data centre project had stalled?",
    // Dropping what the entry records left.
    'why did the austrian army drop microsoft office?',
    // A provider the entry records being left, asked about as in use then; a case won is no deal won.
    "was Microsoft running the ICC's email?",
    "is Microsoft still supplying the ICC's email?",
    'did AWS win its JEDI lawsuit?',
    'who is winning the JEDI lawsuit for Amazon?',
    // An event granted by a clause that the entry does record.
    'after lyon dropped microsoft office, what did it use?',
    'since microsoft shut down cloud deutschland, where did customers go?',
    'why did the judge suspend JEDI?',
    'pourquoi le Danemark a interdit les Chromebooks ?',
    // A bid offered is a rival's role; "replacement" and "providers" are no pairing verbs.
    'what discount did fastweb and aruba offer in the PSN tender?',
    'which providers are on the replacement of JEDI?',
    // A loser named in another clause than the win; the contrary asked about itself ("declined"); a
    // stake asked for; a yes/no question asking whether there is any right at all.
    "fastweb-aruba had the bigger discount in the italian PSN tender so how did TIM's group end up winning it",
    'In March 2026 the CMA board declined SMS probes into AWS and Microsoft cloud. What did it opt for instead?',
    "italy's PSN, the one local health authorities move to - what stake does leonardo hold in it?",
    "Does the home office have any right to audit AWS's data centres under its 450m contract, or what does it get instead?",
    'how much did microsoft invest in g42',
    "combien microsoft a décroché dans l'accord-cadre de mars 2025 de l'éducation nationale ?",
    'how much did google win in the JWCC in 2022?',
    'why did the pentagon cancel jedi?',
    'why did hmrc pick aws when aws was the only bidder?',
    // Review of the round: a withdrawal asked about, the only bid left, an appeal withdrawn; a cancellation
    // only advised; a loser named in a "despite" phrase; a partnership another deal's fact tells.
    "Why was Google's bid withdrawn from HMRC's data-centre exit tender?",
    "Was AWS's bid the only one left in the HMRC data centre exit?",
    "Google's bid for the Swiss Public Clouds Bund was left out - why did it appeal?",
    'Why did Nuñez get advised to cancel the Palantir contract at the DGSI?',
    "Le groupe de TIM a-t-il fini par remporter le PSN malgré l'offre de Fastweb ?",
    'Why did Huawei invest in Saudi Arabia with Aramco?',
    // Renouncing what the entry records chosen not to be done.
    'Pourquoi la CMA a-t-elle renoncé aux enquêtes SMS sur AWS et Microsoft ?',
    // A provider named in another clause than the win.
    'IBM was one of the bidders, so why did Microsoft win JEDI?',
    'AWS was the favourite, but Microsoft won JEDI - why?',
    'in 2021 japan took aws and google as its first government cloud providers, right?',
    'how much is Microsoft investing in Kenya',
  ])('"%s" is no correction', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it('answers what a body recommended, not as an opinion', () => {
    expect(engine.ask('Did the GAO recommend a fresh competition for C2S?').kind).toBe('answered');
  });

  it('lists the examples in brackets when no wider list holds them all', () => {
    const ids = answered(
      engine.ask('Which sovereign cloud partnerships (e.g. S3NS, Delos) run on US technology?'),
    ).rows.map((r) => r.dealId);
    expect(ids).toEqual(
      expect.arrayContaining(['france-s3ns-thales-google-2021', 'germany-delos-cloud-sap-microsoft-2022']),
    );
  });
});

describe('what derailed a plan', () => {
  it('tells the event that shelved it', () => {
    const text = renderAnswerText(
      answered(
        engine.ask(
          "what derailed ovh's stock market listing plan right after they announced it in march 2021",
        ),
      ),
    );
    expect(text).toMatch(/fire/);
  });
});

describe('two deals covering a question alike', () => {
  it("prefers the one whose several-word name the question writes out ('le cloud souverain d'AWS')", () => {
    expect(answered(engine.ask("quand a ete lance le cloud souverain d'AWS")).deals[0]?.id).toBe(
      'eu-aws-european-sovereign-cloud',
    );
  });
});

describe('the place asked about', () => {
  it.each([
    'quelle ministre danoise a annoncé le passage à libreoffice ?',
    'which danish minister announced the passage to libreoffice?',
  ])('prefers the close deal in the place named to a better-ranked one elsewhere: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe('denmark-digital-affairs-ministry-libreoffice-2025');
  });

  it.each([
    'pour choisir scaleway au health data hub ils ont noté sur combien de critères techniques ?',
    'combien de critères techniques pour départager les candidats avant de choisir Scaleway pour le Health Data Hub ?',
  ])('prefers the provider’s own contract to an entry that tells of it too: "%s"', (question) => {
    expect(answered(engine.ask(question)).deals[0]?.id).toBe('france-health-data-hub-scaleway-2026');
  });

  it('keeps the deal best ranked when the providers named are not all in the other’s title', () => {
    expect(
      answered(engine.ask('how much has ottawa spent on aws, azure and google cloud since 2021?')).deals[0]
        ?.id,
    ).toBe('canada-federal-sovereign-cloud-push-2025');
  });
});

describe('place words', () => {
  it('reads a jurisdiction without the remarks in its brackets, but for a place they name', () => {
    expect(placeWordsOf('United Arab Emirates (Abu Dhabi)')).toEqual([
      'united',
      'arab',
      'emirates',
      'abu',
      'dhabi',
    ]);
    // …but for the place a remark names after "in".
    expect(placeWordsOf('Global (first customers in Europe)')).toEqual(['global', 'europe']);
    expect(placeWordsOf('Germany (notified by the federal government)')).toEqual(['germany']);
    expect(placeWordsOf('International (NATO); deployment for JATEC in Bydgoszcz, Poland')).toEqual([
      'international',
      'nato',
    ]);
  });
});

describe('cross-deal shapes', () => {
  it("gives a part the deal its own alias names when a shared name took another part's deal", () => {
    const answer = answered(
      engine.ask("compare la décision du conseil d'état sur doctolib et celle sur le health data hub"),
    );
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId)).toEqual([
      'france-doctolib-aws-vaccination-conseil-etat-2021',
      'france-health-data-hub-microsoft-azure',
    ]);
  });

  it('reads a first word that is a deal\'s own alias as that part\'s name ("Airbus vs Helsingør?")', () => {
    const answer = answered(engine.ask('Airbus vs Helsingør?'));
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId)).toEqual([
      'airbus-european-sovereign-cloud-tender-2025',
      'denmark-helsingor-google-workspace-ban-2022',
    ]);
  });

  it.each([
    [
      'bleu contre s3ns, comparez les deux modèles de cloud de confiance',
      ['france-bleu-orange-capgemini-microsoft-2021', 'france-s3ns-thales-google-2021'],
    ],
    [
      't-systems google sovereign cloud vs s3ns, which model gives the local partner more control',
      ['germany-t-systems-google-cloud-sovereign-cloud-2021', 'france-s3ns-thales-google-2021'],
    ],
  ])(
    'compares the deals "%s" names ("contre"; an alias written whole keeps its own deal)',
    (question, ids) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('compare');
      expect(answer.rows.map((r) => r.dealId).slice(0, 2)).toEqual(ids);
    },
  );

  it("compares a provider's version of what the other part names ('Amazon's and Oracle's EU sovereign clouds')", () => {
    expect(
      answered(engine.ask("compare amazon's and oracle's EU sovereign clouds")).rows.map((r) => r.dealId),
    ).toEqual(['eu-aws-european-sovereign-cloud', 'eu-oracle-eu-sovereign-cloud']);
  });

  it('compares the deal whose alias a part writes out, not one that shares its words', () => {
    const answer = answered(engine.ask('compare Cloud au centre and EU Data Boundary'));
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId)).toEqual([
      'france-cloud-au-centre-circular-2021',
      'eu-microsoft-eu-data-boundary',
    ]);
  });

  it('lists every matching deal newest first, each row a cited sentence, under a heading that reads as one', () => {
    const answer = answered(engine.ask('Which deals did AWS win in the UK?'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThanOrEqual(2);
    expect(answer.matched).toBe(answer.rows.length);
    expect(answer.statements).toHaveLength(answer.rows.length);
    for (const [i, row] of answer.rows.entries()) {
      expect(row.citations.length).toBeGreaterThan(0);
      expect(answer.statements[i]?.dealId).toBe(row.dealId);
      expect(row.providers.join(' ')).toMatch(/AWS|Amazon/);
      if (i > 0) expect(row.date <= (answer.rows[i - 1]?.date ?? '')).toBe(true);
    }
    expect(answer.heading).toMatch(/^The corpus has \d+ deals with AWS in the United Kingdom/);
    expect(answer.heading).not.toMatch(/\(\d+\/\d+\)/);
  });

  it('narrows a list to a sector its tags or names put a deal in ("spy agencies"), not an alternative of it', async () => {
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    const { defaultCorpusDir } = await import('../../src/index.js');
    const loaded = await loadCorpus(defaultCorpusDir);
    if (!loaded.ok) throw new Error('invalid corpus');
    const byId = new Map(loaded.corpus.deals.map((d) => [d.id, d]));
    const answer = answered(engine.ask('which spy agencies use aws?'));
    expect(answer.shape).toBe('list');
    for (const row of answer.rows) {
      const deal = byId.get(row.dealId);
      expect(deal?.tags.includes('intelligence') || /intelligence/i.test(deal?.title ?? '')).toBe(true);
      expect(row.providers.join(' ')).toMatch(/AWS|Amazon/);
    }
    const tagged = loaded.corpus.deals.filter(
      (d) => d.tags.includes('intelligence') && d.providers.some((p) => /AWS|Amazon/.test(p)),
    );
    expect(answer.rows.map((r) => r.dealId)).toEqual(expect.arrayContaining(tagged.map((d) => d.id)));
    // "governments or armies": the sector is one alternative, and narrows nothing.
    const either = answered(
      engine.ask('which governments or armies have ditched microsoft office for libreoffice'),
    );
    expect(either.rows.some((r) => !byId.get(r.dealId)?.tags.includes('defence'))).toBe(true);
  });

  it.each([
    'what do you know about saudi arabia',
    "what've you got on japan",
    "les pays-bas, qu'est-ce qu'il y a dans ta base ?",
    // Clumsy or inverted: no "do", the place first.
    'what you have about japan',
    'how many files you have about india',
    'et sur la belgique, il y a quoi ?',
  ])('reads "%s" as an overview of a country', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    'every military deal',
    'every single Google deal',
    'every cloud contract of the CIA or the NSA',
    'The MP sits on the defence committee - list every cloud arrangement involving the UK Ministry of Defence.',
  ])('lists "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('list');
  });

  it.each(['Tuesday?', 'Qatar?'])('anchors no deal on a day or a place typed alone: "%s"', (question) => {
    expect(engine.ask(question).kind).toBe('no-answer');
  });

  it.each(['is every UK deal with a US provider?', 'how much are all the HMRC contracts worth?'])(
    'reads "%s" as no list',
    (question) => {
      expect(answered(engine.ask(question)).shape).not.toBe('list');
    },
  );

  it('lists the deals of a name typed in lower case, whatever words surround it', () => {
    const capital = answered(engine.ask('which deals involve G42?'));
    const lower = answered(engine.ask('which deals is g42 mixed up in'));
    expect(lower.shape).toBe('list');
    expect(lower.rows.map((r) => r.dealId)).toEqual(capital.rows.map((r) => r.dealId));
  });

  it('lists the deals of a name and of the other name it gives in brackets ("G42 (or its unit Core42)")', () => {
    const both = answered(engine.ask('what deals involve G42 (or its unit core42)'));
    expect(both.shape).toBe('list');
    const ids = both.rows.map((r) => r.dealId);
    for (const one of ['which deals involve G42', 'which deals involve Core42']) {
      const alone = answered(engine.ask(one));
      const rows = alone.shape === 'list' ? alone.rows.map((r) => r.dealId) : [alone.deals[0]?.id];
      expect(ids).toEqual(expect.arrayContaining(rows));
    }
  });

  it.each([
    ['what do you have on the uk', /^uk-/],
    ['latin america - got anything? brazil, colombia etc', /^(?:brazil|colombia)-/],
    ['deals in south america', /^(?:brazil|colombia)-/],
    ["what's in there about denmark", /^denmark-/],
    ["tout ce que tu as sur l'arabie saoudite", /^saudi-/],
  ])('reads "%s" as an overview of a place, and lists only its deals', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of answer.rows) expect(row.dealId).toMatch(id);
  });

  it.each([
    ['what is Canada doing about sovereign cloud for its federal government?', /^canada-/],
    ['les coentreprises de cloud de confiance en france, lesquelles existent ?', /^france-/],
    ['what has the Danish public sector done about Microsoft and Google?', /^denmark-/],
    ["Qu'est-ce que le Danemark a décidé contre Microsoft et Google ?", /^denmark-/],
  ])('reads "%s" as an overview, either provider named will do', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of answer.rows) expect(row.dealId).toMatch(id);
  });

  it('lists an overview asked as a list, and reads "MS Office" as Microsoft\'s', () => {
    const g42 = answered(engine.ask('list everything involving G42'));
    expect(g42.shape).toBe('list');
    expect(g42.rows.length).toBeGreaterThanOrEqual(2);
    const either = answered(engine.ask('who is moving to opendesk or zendis'));
    expect(either.shape).toBe('list');
    expect(either.rows.length).toBeGreaterThanOrEqual(2);
    const moved = answered(
      engine.ask("who's ditched ms office for libreoffice? looking for public sector examples"),
    );
    expect(moved.shape).toBe('list');
    expect(moved.rows.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    'has any government actually awarded a cloud contract to alibaba',
    'dans quels projets huawei investit ou fournit la techno cloud',
  ])('lists the deals asked for, even one: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThanOrEqual(1);
  });

  it('lists where a name shows up, its facts counting as well as its names', () => {
    const answer = answered(engine.ask('where does proximus show up'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toContain('france-s3ns-thales-google-2021');
  });

  it('adds to a timeline of one deal the related deal that came after it, when what followed is asked', () => {
    const answer = answered(
      engine.ask('walk me through privacy shield being struck down and what replaced it'),
    );
    expect(answer.shape).toBe('timeline');
    expect(answer.rows.map((r) => r.dealId)).toEqual([
      'eu-cjeu-schrems-ii-2020',
      'eu-us-data-privacy-framework-2023',
    ]);
  });

  it("adds the later related deal of the same customer first ('whatever replaced it')", () => {
    for (const [question, ids] of [
      [
        'walk me through the pentagon cloud saga from jedi to whatever replaced it',
        ['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022'],
      ],
      [
        'timeline of the health data hub hosting saga, from azure to whatever replaced it',
        ['france-health-data-hub-microsoft-azure', 'france-health-data-hub-scaleway-2026'],
      ],
    ] as const) {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('timeline');
      expect(answer.rows.map((r) => r.dealId)).toEqual(ids);
    }
  });

  it('lists what a name has been part of, who swapped one product for another, and what goes on in a country', () => {
    const ids = (question: string) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape, question).toBe('list');
      return answer.rows.map((r) => r.dealId);
    };
    expect(ids('what has t-systems been part of')).toContain(
      'germany-t-systems-google-cloud-sovereign-cloud-2021',
    );
    expect(ids('who swapped microsoft office for libreoffice')).toContain(
      'austria-armed-forces-libreoffice-2025',
    );
    expect(ids('il se passe quoi côté luxembourg ?')).toEqual(
      expect.arrayContaining([
        'luxembourg-clarence-luxconnect-proximus-google-2023',
        'estonia-luxembourg-data-embassy-2017',
      ]),
    );
    expect(ids("gimme everything you've got on the uk")).toContain('uk-intelligence-agencies-aws-2021');
    expect(ids('whats going on in canada re government cloud')).toContain(
      'canada-government-cloud-framework',
    );
    expect(ids('how many of the deals involve G42 or its subsidiaries')).toContain(
      'kenya-microsoft-g42-data-centre-2024',
    );
    expect(ids('every deal g42 is mixed up in pls')).toEqual(
      expect.arrayContaining(['kenya-microsoft-g42-data-centre-2024', 'uae-microsoft-g42-investment-2024']),
    );
    expect(ids('who is using palantir')).toEqual(
      expect.arrayContaining(['uk-nhs-federated-data-platform-palantir-2023', 'france-dgsi-palantir-2016']),
    );
    // "all the … drama, on what day…" asks one date, not everything on something.
    expect(
      answered(
        engine.ask('so after all the consent drama, on what day did the AWS new zealand region go live?'),
      ).shape,
    ).toBe('single');
  });

  it("puts every deal of a customer named in a timeline, and only the named place's deals", () => {
    const cia = answered(engine.ask('timeline of the CIA and NSA cloud contracts'));
    expect(cia.shape).toBe('timeline');
    expect(cia.rows.map((r) => r.dealId)).toEqual(
      expect.arrayContaining(['cia-c2s-aws-2013', 'cia-c2e-multicloud-2020']),
    );
    const mod = answered(
      engine.ask('la chronologie des contrats cloud du ministère britannique de la défense stp'),
    );
    for (const row of mod.rows) expect(row.dealId).toMatch(/^uk-/);
  });

  it('lists no ruling or law as something a provider won', () => {
    const won = answered(engine.ask('Which deals did AWS win in the UK?'));
    expect(won.shape).toBe('list');
    expect(won.rows.length).toBeGreaterThan(0);
    for (const row of won.rows) expect(['ruling', 'regulation', 'statement']).not.toContain(row.kind);
    // Without "win", a ruling naming AWS is one of its deals.
    const all = answered(engine.ask('List the AWS deals in the UK'));
    expect(all.rows.length).toBeGreaterThanOrEqual(won.rows.length);
  });

  it.each(['which countries signed with Oracle?', 'quels pays ont signé avec Oracle ?'])(
    'lists the deals of a provider when the countries that signed with it are asked: "%s"',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('list');
      expect(answer.rows.length).toBeGreaterThan(1);
      for (const row of answer.rows) expect(row.providers.join(' ')).toMatch(/Oracle/);
    },
  );

  it("puts every deal a name points at in the name's timeline, whatever else it says of them", () => {
    const answer = answered(engine.ask("chronologie de l'hébergement du Health Data Hub ?"));
    expect(answer.shape).toBe('timeline');
    expect(answer.rows.map((r) => r.dealId)).toEqual([
      'france-health-data-hub-microsoft-azure',
      'france-health-data-hub-scaleway-2026',
    ]);
  });

  it('reads "from 2024" as dated 2024, "from 2020 to 2021" and "from 2021 onwards" as ranges', () => {
    const dated = answered(engine.ask('list every deal from 2024'));
    for (const row of dated.rows) expect(row.date.startsWith('2024')).toBe(true);
    const range = answered(engine.ask('deals from 2020 to 2021'));
    for (const row of range.rows) expect(['2020', '2021']).toContain(row.date.slice(0, 4));
    const onwards = answered(engine.ask('AWS deals from 2021 onwards'));
    for (const row of onwards.rows) expect(row.date >= '2021').toBe(true);
  });

  it("answers what is new with one deal's own name from that deal, not a list of those that mention it", () => {
    const answer = answered(engine.ask("what's new with Bleu?"));
    expect(answer.shape).toBe('single');
    expect(answer.deals.map((d) => d.id)).toEqual(['france-bleu-orange-capgemini-microsoft-2021']);
  });

  it('orders a timeline oldest first', () => {
    const answer = answered(engine.ask('Timeline of the CIA cloud contracts'));
    expect(answer.shape).toBe('timeline');
    const dates = answer.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([
    [
      "Bleu ou S3NS, c'est quoi la différence ?",
      ['france-bleu-orange-capgemini-microsoft-2021', 'france-s3ns-thales-google-2021'],
    ],
    // "Data Act" is the EU Data Act's own name, not the end of the CLOUD Act's long one.
    [
      "Data Act et loi SREN : qu'est-ce que chacun prévoit sur les frais de changement de fournisseur ?",
      ['eu-data-act-cloud-switching', 'france-sren-law-2024'],
    ],
  ])('compares the deals a difference question names: "%s"', (question, ids) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId).sort()).toEqual([...ids].sort());
  });

  it.each([
    ['everything involving G42', 'g42'],
    ["what's going on with the dutch government and the cloud?", 'netherlands'],
    ['quelles sont les coentreprises françaises qui proposent un cloud de confiance ?', 'france'],
  ])('lists the deals a broad question points at: "%s"', (question, word) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
    for (const row of answer.rows) expect(`${row.dealId} ${row.title}`.toLowerCase()).toContain(word);
  });

  it("compares a provider's deal named only by the provider ('celui d'Oracle') with the other part's words", () => {
    const answer = answered(
      engine.ask("cloud souverain européen d'aws vs celui d'oracle, c'est quoi les différences"),
    );
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId).sort()).toEqual([
      'eu-aws-european-sovereign-cloud',
      'eu-oracle-eu-sovereign-cloud',
    ]);
  });

  it('puts two named deals side by side, one row and one cited fact each', () => {
    const answer = answered(engine.ask('Compare Delos Cloud and Bleu'));
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId).sort()).toEqual([
      'france-bleu-orange-capgemini-microsoft-2021',
      'germany-delos-cloud-sap-microsoft-2022',
    ]);
    expect(renderAnswerText(answer).split('\n').length).toBeGreaterThan(2);
  });

  it.each([
    ["qu'est-ce que vous avez sur l'Inde ?", 'india'],
    ['openDesk deals?', 'opendesk'],
    ['dutch government cloud sovereignty stuff, what do you have?', 'netherlands'],
    ['which public bodies have dumped microsoft office for libreoffice?', 'libreoffice'],
    ['German stuff?', 'germany'],
    ['parlez-moi de Palantir', 'palantir'],
  ])('lists every deal an overview question points at: "%s"', (question, word) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
    // Every row is a deal whose own names carry the word asked about.
    for (const row of answer.rows)
      expect(`${row.dealId} ${row.title}`.toLowerCase().replace(/\s+/g, '')).toContain(word);
  });

  it('lists every deal a lower-case multi-word name points at, and heads the list with the name whole', () => {
    const answer = answered(engine.ask('tell me everything about the health data hub'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
    for (const row of answer.rows) expect(row.dealId).toContain('health-data-hub');
    expect(answer.heading).toContain('about health data hub');
  });

  it('heads a list of a place without repeating part of its name as a subject', () => {
    const answer = answered(engine.ask('what do you have on Saudi Arabia?'));
    expect(answer.heading).toMatch(/deals in Saudi Arabia/);
    expect(answer.heading).not.toMatch(/about/);
  });

  it.each([
    ['canada — whats in there', 'Canada'],
    ["saudi arabia, what's there", 'Saudi Arabia'],
    ["qu'est-ce qui concerne le luxembourg ?", 'Luxembourg'],
  ])('"%s" is an overview of a place: every deal there', (question, place) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    const there = engine.corpus.deals.filter((d) => d.jurisdiction.includes(place)).map((d) => d.id);
    expect(there.length).toBeGreaterThan(0);
    for (const id of there) expect(answer.rows.map((r) => r.dealId)).toContain(id);
  });

  it('reads "on the list of…" as a status, not a request for a list', () => {
    expect(answered(engine.ask("what's on the list of SecNumCloud qualified providers")).shape).toBe(
      'single',
    );
    expect(answered(engine.ask('list secnumcloud deals')).shape).toBe('list');
  });

  it('reads "list price" as a price, not a request for a list', () => {
    const answer = answered(
      engine.ask(
        "what sort of discount off list price did public buyers get going thru capgemini on ugap's nuage public?",
      ),
    );
    expect(answer.shape).toBe('single');
    expect(renderAnswerText(answer)).toMatch(/5% to 41%/);
  });

  it.each(['deals in kenya', 'china deals', 'kenya deals?'])(
    '"%s": a terse list with one match is a list of one, not "not covered"',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('list');
      expect(answer.rows).toHaveLength(1);
    },
  );

  it('matches a country by the name the corpus writes ("China"), not only its official one', () => {
    for (const question of ['list deals in china', 'quels accords en chine ?']) {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('list');
      expect(answer.rows.map((r) => r.dealId)).toContain('china-apple-icloud-gcbd-2018');
    }
  });

  it('reads "chrono" as a timeline: "la chrono du health data hub, d\'azure jusqu\'à scaleway"', () => {
    const answer = answered(engine.ask("la chrono du health data hub, d'azure jusqu'à scaleway"));
    expect(answer.shape).toBe('timeline');
    expect(answer.rows.map((r) => r.dealId)).toEqual(
      expect.arrayContaining([
        'france-health-data-hub-microsoft-azure',
        'france-health-data-hub-scaleway-2026',
      ]),
    );
  });

  it('reads "t-sys" as T-Systems in "where does t-sys show up in your stuff"', () => {
    const answer = answered(engine.ask('where does t-sys show up in your stuff'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toContain('germany-t-systems-google-cloud-sovereign-cloud-2021');
  });

  it.each(['all the g42 stuff u got pls', 'everything on g42'])(
    '"%s": a company in the title and among the parties of each of its deals names them all',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('list');
      const named = engine.corpus.deals
        .filter(
          (d) => /\bG42\b/.test(d.title) && [...d.customers, ...d.providers].some((p) => /\bG42\b/.test(p)),
        )
        .map((d) => d.id);
      expect(named.length).toBeGreaterThan(1);
      for (const id of named) expect(answer.rows.map((r) => r.dealId)).toContain(id);
    },
  );

  it("answers an overview of a deal's own name as that deal, not another that only mentions it", () => {
    const answer = answered(engine.ask('Tell me everything about Bleu'));
    expect(answer.deals.map((d) => d.id)).toEqual(['france-bleu-orange-capgemini-microsoft-2021']);
  });

  it.each([
    ['Which deals did Microsoft sign in Kenya and the UAE?', ['kenya-', 'uae-']],
    ['accords au Maroc ou au Kenya ?', ['morocco-', 'kenya-']],
  ])('lists the deals of either of two countries: "%s"', (question, places) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    // Every row is in one of the countries (the ids start with them), and each country has a row.
    const ids = answer.rows.map((r) => r.dealId);
    for (const id of ids) expect(places.some((p) => id.startsWith(p))).toBe(true);
    for (const p of places) expect(ids.some((id) => id.startsWith(p))).toBe(true);
  });

  it.each([
    ['deals in the UAE', 'uae-'],
    ['quels dossiers concernent le Canada ?', 'canada-'],
    ['how many dutch government cloud cases are there?', 'netherlands-'],
  ])('lists the deals of one country asked for as deals: "%s"', (question, place) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
    for (const row of answer.rows) expect(row.dealId.startsWith(place)).toBe(true);
  });

  it("answers 'what happened' with a deal's own name as that deal, and with only a place or year as a list", () => {
    const named = answered(
      engine.ask("what happened with latombe's lawsuit against the EU-US data privacy framework?"),
    );
    expect(named.shape).toBe('single');
    expect(named.deals.map((d) => d.id)).toEqual(['eu-us-data-privacy-framework-2023']);
    // A label some deal has ("government cloud") in another country than the one asked about is no name.
    expect(answered(engine.ask("what's going on with government cloud in canada?")).shape).toBe('list');
    expect(answered(engine.ask('What happened in 2021?')).shape).toBe('list');
  });

  it('lists the one deal an overview with a provider and a place asks for', () => {
    const answer = answered(engine.ask('tell me everything about AWS in Australia'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toEqual(['australia-asd-aws-top-secret-cloud-2024']);
  });

  it.each(['Tell me everything about JEDI', 'Anything about Delos?'])(
    'answers an overview of one deal\'s name as that deal: "%s"',
    (question) => {
      expect(answered(engine.ask(question)).shape).toBe('single');
    },
  );

  it('lists no ruling as a contract a provider won', () => {
    const answer = answered(engine.ask('Which contracts did Google win in 2025?'));
    for (const row of answer.rows) expect(['ruling', 'regulation', 'statement']).not.toContain(row.kind);
  });

  it('keeps an overview of one deal, or a specific question, a one-deal answer', () => {
    expect(answered(engine.ask('anything on GCHQ?')).shape).toBe('single');
    expect(
      answered(
        engine.ask(
          'what are the odds airbus gives itself of finding a european cloud for its sensitive stuff?',
        ),
      ).shape,
    ).toBe('single');
  });

  it('orders deals named one by one as a timeline, and compares deals that share a name', () => {
    const timeline = answered(engine.ask('chronologie de JEDI à JWCC'));
    expect(timeline.shape).toBe('timeline');
    expect(timeline.rows.map((r) => r.dealId)).toEqual(['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022']);
    const compared = answered(engine.ask("compare the MoD's google cloud and oracle cloud deals"));
    expect(compared.shape).toBe('compare');
    expect(compared.rows.map((r) => r.dealId).sort()).toEqual([
      'uk-mod-google-cloud-sovereign-2025',
      'uk-mod-oracle-cloud-2020-2026',
    ]);
  });

  it.each([
    ['whats there on the dutch government and its cloud/hosting situation', 'netherlands-'],
    ["qu'y a-t-il sur l'inde", 'india-'],
  ])('lists the deals of a place asked as an overview: "%s"', (question, prefix) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
    expect(answer.rows.every((r) => r.dealId.startsWith(prefix))).toBe(true);
  });

  it('lists a year asked as "anything from 2018?"', () => {
    const answer = answered(engine.ask('anything from 2018?'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
    expect(answer.rows.every((r) => r.date.startsWith('2018'))).toBe(true);
  });

  it('reads "the Emirates" / "les Émirats" as the United Arab Emirates', () => {
    for (const question of ['what deals are there in the emirates?', "qu'y a-t-il sur les émirats ?"]) {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('list');
      expect(answer.rows.every((r) => r.dealId.startsWith('uae-'))).toBe(true);
    }
  });

  it('lists where a provider appears, a deal whose facts name it included ("scaleway apparait dans quels dossiers ?")', () => {
    const ids = answered(engine.ask('scaleway apparait dans quels dossiers ?')).rows.map((r) => r.dealId);
    expect(ids).toContain('eu-gaia-x-founding');
    expect(ids).toContain('france-health-data-hub-scaleway-2026');
  });

  it('lists by a name written with capitals alone, the words around it being phrasing', () => {
    expect(
      answered(engine.ask("quelles affaires de cloud sont passées devant le Conseil d'État ?"))
        .rows.map((r) => r.dealId)
        .sort(),
    ).toEqual([
      'france-doctolib-aws-vaccination-conseil-etat-2021',
      'france-health-data-hub-microsoft-azure',
    ]);
  });

  it('reads names in brackets ending in "etc" as examples, not the whole list', () => {
    const ids = answered(
      engine.ask("list the french 'cloud de confiance' joint ventures (bleu, s3ns etc)"),
    ).rows.map((r) => r.dealId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'france-numspot-2022',
        'france-s3ns-thales-google-2021',
        'france-bleu-orange-capgemini-microsoft-2021',
      ]),
    );
  });

  it('lists the deals of a name in two places, one of them "les Émirats"', () => {
    const ids = answered(
      engine.ask(
        "je m'intéresse à G42, le groupe d'abou dhabi lié à cheikh tahnoun. dans quels accords il apparaît, au kenya, aux émirats ou ailleurs ?",
      ),
    ).rows.map((r) => r.dealId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'kenya-microsoft-g42-data-centre-2024',
        'uae-abu-dhabi-government-microsoft-core42-sovereign-cloud-2025',
        'uae-microsoft-g42-investment-2024',
      ]),
    );
  });

  it('lists the deals involving a place, those whose title names it included', () => {
    const ids = answered(engine.ask('deals involving ukraine?')).rows.map((r) => r.dealId);
    expect(ids).toContain('ukraine-government-data-cloud-migration-2022');
    expect(ids).toContain('nato-ncia-google-distributed-cloud-air-gapped-2025');
  });

  it('lists 2021 in French for a French question', () => {
    const answer = answered(engine.ask('Qu’est-ce qui s’est passé en 2021 ?'));
    expect(answer.lang).toBe('fr');
    expect(answer.shape).toBe('list');
    expect(answer.rows.every((r) => r.date.startsWith('2021'))).toBe(true);
  });
});

describe('a list asked after a lead-in', () => {
  it('lists every deal of a provider the request names, whatever the lead-in names', () => {
    const answer = answered(
      engine.ask('palantir is in the nhs AND french intelligence?? list every deal palantir is part of'),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['uk-nhs-federated-data-platform-palantir-2023', 'france-dgsi-palantir-2016']),
    );
  });
});

describe("a review of the round's checks: true premises and plain questions left alone", () => {
  it.each([
    // Several providers named, a negation, or another deal that had the provider alone.
    'why did israel give nimbus to just google and amazon?',
    "was japan's gov cloud just AWS and google in the first round?",
    'C2E replaced the single-vendor AWS deal C2S, right?',
    'did the JWCC ceiling all go to AWS, Google, Microsoft and Oracle?',
    'after JEDI all went to microsoft, what did JWCC change?',
    'JWCC replaced JEDI, which had all gone to microsoft - who won JWCC?',
    'JWCC is not just AWS, right?',
    'it wasnt just AWS for jwcc was it',
    // A case kept open until it closed; a closed network is no closed case.
    'why did the EDPS keep the microsoft 365 case open until july 2025?',
    "why is the DGSI's palantir dependency still dragging on?",
    // "ok d'accord" approves nothing; "okayed" is as true as "approved".
    "ok d'accord. et le rachat de solvinity par kyndryl, ça en est où ?",
    "portugal's govt okayed a sovereign cloud plan when?",
  ])('"%s" is no correction', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answered' && answer.shape === 'correction').toBe(false);
  });

  it.each([
    ['when was it awarded? talking about the HMRC contract', 'uk-hmrc-aws-datacentre-exit-2026'],
    ['who won? the JEDI one', 'us-dod-jedi-microsoft-2019'],
    [
      "what would you take away from the CMA's final decision?",
      'uk-cma-cloud-market-investigation-2023-2025',
    ],
    ["if you were in the UK, which deal covered the spies' cloud?", 'uk-intelligence-agencies-aws-2021'],
    ['who has bought a stake in G42?', 'uae-microsoft-g42-investment-2024'],
  ])('answers "%s" from its deal', (question, id) => {
    expect(answered(engine.ask(question)).deals[0]?.id).toBe(id);
  });

  it.each(['who coined digital sovereignty?', 'who invented signals intelligence?'])(
    'gives no answer to "%s" (a label, not a deal\'s name)',
    (question) => {
      expect(engine.ask(question).kind).toBe('no-answer');
    },
  );

  it.each(['compare: tech partners of bleu and s3ns', 'Comparez : statut de Bleu et S3NS'])(
    'compares the deals named after a colon: "%s"',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('compare');
      expect(answer.deals.map((d) => d.id)).toEqual([
        'france-bleu-orange-capgemini-microsoft-2021',
        'france-s3ns-thales-google-2021',
      ]);
    },
  );

  it('keeps a lead-in asked as a question as a constraint on the list', () => {
    const answer = answered(engine.ask('for the intelligence agencies?? list the AWS deals'));
    expect(answer.deals.map((d) => d.id)).not.toContain('uk-hmrc-aws-datacentre-exit-2026');
  });
});

describe("the deal's own event dated", () => {
  it('answers "when was it picked" with the selection itself', () => {
    const answer = answered(engine.ask("date sakura internet got picked by japan's digital agency?"));
    expect(answer.statements[0]?.text).toContain('28 November 2023');
  });
});

describe('what came after', () => {
  it.each([
    "when did the nsa redo the wildandstormy pick after gao upheld msft's protest",
    'after the gao protest mess, when did the nsa re-award wildandstormy and to whom',
  ])('answers with the later event, dated after the one the clause names: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.statements.map((st) => st.text).join(' ')).toContain('April 2022');
  });
});

describe('idioms', () => {
  it('reads "euro sovereign cloud" as European, not the currency', () => {
    const answer = answered(engine.ask('who heads up the aws euro sovereign cloud'));
    expect(answer.deals[0]?.id).toBe('eu-aws-european-sovereign-cloud');
  });

  it('reads "met sur la table" as an offer, naming no deal', () => {
    const answer = answered(engine.ask('combien AWS met sur la table pour son cloud souverain européen ?'));
    expect(answer.deals[0]?.id).toBe('eu-aws-european-sovereign-cloud');
  });
});

describe('a remark after the question', () => {
  it('narrows no list ("…in here? trying to size their footprint")', () => {
    const answer = answered(
      engine.ask("all of amzn's uk central gov contracts in here? trying to size their footprint"),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['uk-home-office-aws-2023', 'uk-hmrc-aws-datacentre-exit-2026']),
    );
  });
});

describe('sentences before the question', () => {
  it.each([
    [
      "We're setting award criteria weightings and I'd like a peer reference. In the Swiss federal Public Clouds Bund tender, how much weight did contract terms get?",
      '20%',
    ],
    [
      "For a brief I am drafting on US intelligence community cloud procurement, I am reconstructing the WildandStormy protest history. Microsoft challenged the NSA award in the summer of 2021. On what date did the GAO come down on Microsoft's side?",
      '29 October 2021',
    ],
    // The question proper names nothing: the sentence before keeps its deal's names, not its chatter.
    [
      'Japan is moving all municipalities onto its Government Cloud, a bit like what is discussed here for kommuner. In the latest count, how many of the 1,788 municipalities would not finish by the end of fiscal 2025?',
      '935',
    ],
  ])('weigh as a remark in choosing the deal: "%s"', (question, detail) => {
    const answer = answered(engine.ask(question));
    expect(answer.statements.map((s) => s.text).join(' ')).toContain(detail);
  });
});

describe('a provider named in another entry that tells the same event', () => {
  it("answers from the entry whose fact names it, uncorrected (UGAP's figures told to the Senate)", () => {
    const answer = answered(
      engine.ask(
        "Quel montant d'achats cloud le président de l'UGAP a-t-il déclaré devant la commission d'enquête du Sénat pour 2024, et quelle part pour OVH ?",
      ),
    );
    expect(answer.shape).not.toBe('correction');
    expect(answer.deals[0]?.id).toBe('france-ugap-nuage-public-cloud-framework-2020');
    expect(answer.statements.map((s) => s.text).join(' ')).toContain('19,5');
  });
});

describe('a closing remark', () => {
  it.each([
    // Why it is asked: a renewal, a framework's length, a product of one's own, auditors pushing.
    'The French education ministry said no to free Office 365 for years and then signed a Microsoft framework agreement in 2025. What were the ceiling and the max duration of that framework? we have a similar reseller framework coming up for renewal',
    'Clarence in Luxembourg (Proximus + LuxConnect, on Google Distributed Cloud Hosted) - how long does the contract between Google Cloud and Proximus run? trying to see if these partner models outlive a typical 4 yr framework',
    'Microsoft settled with CISPE over its cloud licensing. How long did Microsoft get to change its licensing practices under that deal? relevant bc we run Windows Server licences on a European host',
    // A yes/no question after a lead-in asks whether.
    'UK Home Office and its GBP 450m AWS contract - did the Home Office get any right to audit or inspect the AWS data centres? our internal auditors insist on on-site audit rights and the vendors push back',
  ])('claims nothing of the deal: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).not.toBe('correction');
  });

  it('that asks to confirm a claim, or tells hearsay, is checked', () => {
    for (const question of [
      'how much cash did the austrian army save by going libreoffice? cost cutting was the whole point right',
      'how much did the austrian army end up saving with libreoffice? i read cutting costs was the whole point of the switch',
    ])
      expect(answered(engine.ask(question)).shape).toBe('correction');
  });
});

describe('a win in other words', () => {
  it.each([
    'after GAO sustained the protest msft ended up with the nsa wildandstormy contract right?',
    'aws got the jedi contract in 2019 right?',
    'google walked away with the nsa contract after the re-evaluation?',
    'so oracle landed the HMRC deal?',
  ])('claimed of a provider that did not win is corrected: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('correction');
  });

  it.each([
    'how did aws end up with the HMRC contract?',
    'microsoft got the jedi contract in 2019 right?',
    'aws walked away with the nsa contract after the re-evaluation, how much is it worth?',
    'google landed the MoD sovereign cloud deal, when?',
  ])('claimed of the winner is no correction: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });
});

describe('a total contract value ("TCV")', () => {
  it('is the deal value', () => {
    const answer = answered(
      engine.ask('whats ASD spending with aws on the top secret cloud, ballpark TCV in AUD'),
    );
    expect(answer.statements[0]?.text).toContain('AUD 2bn');
  });
});

describe('claims the entry records the other way round', () => {
  it.each([
    'Now that the Dutch government has authorised the acquisition of Solvinity by Kyndryl, who will host DigiD in the future?',
    'is microsoft cloud deutschland (the t-systems trustee one) still open to new customers?',
    'Can a German agency still sign up for Microsoft Cloud Deutschland with T-Systems as the data trustee?',
    'now the Kyndryl takeover of Solvinity went through, what changes for DigiD?',
    'maintenant que le rachat de Solvinity par Kyndryl est finalisé, qui héberge DigiD ?',
    'In November 2022 the German DSK declared Microsoft 365 conform to data protection law. Which conditions did it fix?',
    'The Austrian army passed to LibreOffice in order to economise on licences; how much money did they save?',
    "Quel était le montant de l'appel d'offres dédié à l'issue duquel Microsoft Azure a été retenu pour héberger le Health Data Hub ?",
    'The German Länder voted in June 2024 to roll Delos Cloud out across state administrations. how far did that rollout get?',
    "le contrat WildandStormy de la NSA c'est une partie de C2E de la CIA, non ?",
    'how big is the solar farm meant to power the microsoft/G42 campus at olkaria?',
  ])('are corrected: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('correction');
  });

  it.each([
    'why did the Dutch government block the acquisition of Solvinity by Kyndryl?',
    'when did Microsoft stop offering Microsoft Cloud Deutschland to new customers?',
    'Was Microsoft Cloud Deutschland still signing up new customers in 2016?',
    'did the Kyndryl takeover of Solvinity go through?',
    'why did the DSK find Microsoft 365 non conform?',
    'which Canadian cloud provider is the only one pre-approved for federal use?',
    "le Health Data Hub a-t-il été attribué à Microsoft sans appel d'offres ?",
    'the home office aws contract was part of OGVA2, right?',
    'is the olkaria campus geothermal powered?',
    'the two air-gapped instances are part of the bwi google framework, right?',
  ])('as asked of the entry itself, are not: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it('reads "in order to" as a purpose, not a date order', () => {
    const answer = answered(
      engine.ask('the austrian army moved to libreoffice in order to be independent, when was it done?'),
    );
    expect(answer.shape).not.toBe('timeline');
  });
});

describe('a provider named in a lower-case short form', () => {
  it('is the party written in full ("ovh" of "OVHcloud"), not claimed a winner', () => {
    const answer = answered(engine.ask('did ovh win a part of the EC 180m sovereign cloud tender?'));
    expect(answer.shape).not.toBe('correction');
    expect(answer.deals[0]?.id).toBe('eu-commission-sovereign-cloud-tender-2026');
  });

  it('claimed the sole winner of a contract several won is corrected', () => {
    const answer = answered(
      engine.ask('ovh won the EC 180m sovereign cloud tender outright didnt they? sole award'),
    );
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('eu-commission-sovereign-cloud-tender-2026');
  });

  it('a month or a currency in a pairing names no subject ("…with AWS in September 2025")', () => {
    const answer = answered(
      engine.ask(
        'The UK MoD signed a GBP 400m sovereign cloud deal with AWS in September 2025 - what data sovereignty controls were written into it?',
      ),
    );
    expect(answer.shape).toBe('correction');
  });
});

describe('words of the question that are no part of it', () => {
  it.each([
    [
      'The sovereign cloud tender of the European Commission attributed in April 2026, what is its maximum amount and its duration?',
      'EUR 180m',
    ],
    [
      'At which date was Sakura Internet retained by the Japanese Digital Agency as government cloud provider? It was the first Japanese company, if I am not mistaken.',
      '28 November 2023',
    ],
    [
      'Bonjour, pourriez-vous me rappeler la date et le signataire de la circulaire « Cloud au centre » ?',
      'Jean Castex',
    ],
  ])('"%s" is answered (%s)', (question, detail) => {
    expect(
      answered(engine.ask(question))
        .statements.map((s) => s.text)
        .join(' '),
    ).toContain(detail);
  });

  it('a comparison in a closing remark asks for none, a short closing "compare" does', () => {
    const planned = answered(
      engine.ask(
        "Pour S3NS, la coentreprise Thales-Google, combien de centres de données étaient prévus au départ et dans quelle région ? c'est pour comparer avec nos exigences de localisation",
      ),
    );
    expect(planned.shape).toBe('single');
    expect(planned.statements[0]?.text).toContain('trois centres de données');
    const compared = answered(
      engine.ask(
        'aws european sovereign cloud ou oracle eu sovereign cloud, lequel est le plus isolé ? compare',
      ),
    );
    expect(compared.shape).toBe('compare');
  });

  it('examples given ("e.g. in a Frankfurt or Stockholm region") are no strangers to the deal', () => {
    const answer = engine.ask(
      'does the CLOUD Act cover data a US provider keeps outside the United States, e.g. in a Frankfurt or Stockholm region?',
    );
    expect(answer.kind === 'answered' && answer.shape === 'correction').toBe(false);
  });
});

describe('an English "but" and a pronoun', () => {
  it('"fine, but what did they do for staff…?" asks no reason and no overview', () => {
    const answer = answered(
      engine.ask(
        'the austrian army (bundesheer) moved everyone to libreoffice, fine, but what did they do for staff who still really need Microsoft features? which office version can those people apply for?',
      ),
    );
    expect(answer.shape).toBe('single');
    expect(answer.statements.map((s) => s.text).join(' ')).toContain('Office 2024 LTSC');
  });

  it('French "le but" still asks for a reason', () => {
    expect(understand('quel était le but de Gaia-X ?', 'fr').intent).toBe('reason');
  });
});

describe('a discount asked', () => {
  it.each([
    [
      "Pour le marché « Nuage public » de l'UGAP, quelles remises les acheteurs publics obtenaient-ils sur les prix publics ?",
      '41 %',
    ],
    ['what discount does the cabinet office get on aws under the OGVA2 agreement', '22%'],
  ])('is answered with the share off the price: "%s"', (question, share) => {
    expect(
      answered(engine.ask(question))
        .statements.map((s) => s.text)
        .join(' '),
    ).toContain(share);
  });
});

describe("a review of the round's new readings: true premises and plain questions left alone", () => {
  it.each([
    // "One of several" is no claim against "the only" (no such check is made).
    "Was Microsoft one of 5 vendors that won the CIA's C2E contract?",
    'AWS was one of several hyperscalers HMRC approached in June 2025, who withdrew?',
    // A tender of something else; a tender that did lead to the choice.
    "How much was the dedicated tender for the Health Data Hub's interim copy?",
    'Scaleway was picked for the HDH following a tender with 350 criteria, when?',
    // Still offered at a time before it stopped.
    'Was Microsoft Cloud Deutschland still available to new customers in 2017?',
    // How a vote went asks, claims nothing.
    'How did the states vote in June 2024 for Delos Cloud?',
    'Comment les Länder ont-ils voté en juin 2024 pour Delos Cloud ?',
    // Saving money where the entry caps costs.
    'Does the EU Data Act help customers economise when they switch cloud providers?',
    // A contract of the company's own, another contract, money ended up with.
    'Fujitsu landed the bridging contract from HMRC in 2025, how much is it worth?',
    "Deloitte got the contract for Mastercard's supplemental audit?",
    'IBM got the contract to move HMRC out of the three data centres by June 2022?',
    'Amazon ended up with USD 42m posted for the JEDI injunction?',
    // Owned outright is no win outright.
    'Under the 2022 plan, was Delos Cloud to be owned outright by a new German company, with Microsoft supplying the software?',
    // A challenge dismissed affirms what was challenged.
    'Did the CNIL authorise the EMC2 project on Azure?',
  ])('"%s" is no correction', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answered' && answer.shape === 'correction').toBe(false);
  });

  it.each([
    [
      'Solvinity hosts the national login. What did Barbara Kathmann warn?',
      'netherlands-solvinity-kyndryl-digid-2025',
    ],
    ['hmrc is moving off fujitsu. What did Owen Sayers warn about?', 'uk-hmrc-aws-datacentre-exit-2026'],
    ['Numspot was announced in 2022. What did Bruno Le Maire say about it?', 'france-numspot-2022'],
    [
      'following the nhs data platform story. How many Trusts are live on it?',
      'uk-nhs-federated-data-platform-palantir-2023',
    ],
    [
      're moroccan cloud plans. What did the Minister tell Reuters in July 2025?',
      'morocco-oracle-cloud-regions-cloud-first-2024',
    ],
    ['Which UK agencies use the AWS top-secret cloud, e.g. MI5 or MI6?', 'uk-intelligence-agencies-aws-2021'],
  ])('a deal named in a sentence before, or as an example, keeps its weight: "%s"', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each([
    'How long is the NHS FDP contract? I want to compare it with the HMRC AWS deal',
    'When was NumSpot announced? compare it with Bleu',
  ])('a closing remark naming what to compare with asks for a comparison: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('compare');
  });

  it.each([
    'How long does the JEDI contract run? my boss says AWS won it',
    'When did Scaleway take over the Health Data Hub? someone told me OVH won it',
  ])('hearsay in a closing remark is checked: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('correction');
  });
});

describe('a deal whose several-word names are written out', () => {
  it('comes before deals sharing the claimed place ("…lancé en France, à Paris")', () => {
    const answer = answered(
      engine.ask(
        "L'AWS European Sovereign Cloud a été lancé en France, à Paris, en janvier 2026 ; combien de services proposait-il ?",
      ),
    );
    expect(answer.deals[0]?.id).toBe('eu-aws-european-sovereign-cloud');
    expect(answer.shape).toBe('correction');
  });
});

describe("a second review of the round's narrowed checks", () => {
  it.each([
    'Scaleway replaced Microsoft at the Health Data Hub after a tender with 350 criteria; when does it take over?',
    'Microsoft got the contract from the MoD in May 2020, how much did it earn?',
    'Did the General Court uphold the Data Privacy Framework?',
    "Le Tribunal de l'UE a-t-il validé le cadre de protection des données ?",
    "Did the Conseil d'État uphold CNIL's authorisation of EMC2?",
    'Which providers did HMRC approach, e.g. Oracle or Google?',
    "Which hyperscalers withdrew from HMRC's process, e.g. Microsoft?",
  ])('"%s" is no correction', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answered' && answer.shape === 'correction').toBe(false);
  });

  it.each([
    'Fujitsu landed the HMRC contract, right?',
    "What is IBM's 2036 contract with HMRC worth?",
    'Did HMRC hire IBM in 2026 for the GBP 500m contract?',
  ])('"%s" is corrected', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('correction');
  });
});

describe('a closing sign-off', () => {
  it.each([
    ['How much is the Home Office AWS contract? Regards, John Smith', 'uk-home-office-aws-2023'],
    [
      "When did HMRC award AWS its contract? I'm writing for The Register",
      'uk-hmrc-aws-datacentre-exit-2026',
    ],
    ['How big is the UK MOD Google deal? Cheers from London', 'uk-mod-google-cloud-sovereign-2025'],
  ])('names nothing asked: "%s"', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
  });
});

describe('a sentence about the asker', () => {
  it.each([
    [
      'Je suis à Marseille. Quel fournisseur héberge le Health Data Hub ?',
      'france-health-data-hub-microsoft-azure',
    ],
    [
      'Which provider hosts the Health Data Hub? We use OVHcloud today.',
      'france-health-data-hub-microsoft-azure',
    ],
    ["I'm at Capgemini. When was Bleu created?", 'france-bleu-orange-capgemini-microsoft-2021'],
  ])('names no one asked about: "%s"', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each(['I know MI5 chose Oracle. Why?', 'We use OVHcloud. Why did MI5 choose Oracle?'])(
    'leaves a claim checked: "%s"',
    (question) => {
      expect(answered(engine.ask(question)).shape).toBe('correction');
    },
  );
});

describe('a court outcome claimed the other way round', () => {
  it.each([
    [
      'Since the Court of Justice validated the Privacy Shield in its Schrems II judgment, may we keep using it?',
      'eu-cjeu-schrems-ii-2020',
    ],
    [
      "Suite à l'annulation du Data Privacy Framework par le Tribunal de l'Union en septembre 2025, sur quelle base transférer ?",
      'eu-us-data-privacy-framework-2023',
    ],
  ])('is corrected: "%s"', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each([
    'Did the Commission validate the Data Privacy Framework in 2023?',
    'What led to the annulation of the Privacy Shield?',
  ])('is not read into a true one: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });
});

describe('exclusivity claimed where the entry says there is none', () => {
  it.each([
    'Since the NATO contract with Google Cloud is exclusive, NATO has no arrangement with AWS anymore?',
    "le contrat de l'OTAN avec Google est exclusif ?",
  ])('is corrected: "%s"', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('nato-ncia-google-distributed-cloud-air-gapped-2025');
  });

  it.each([
    "Is NATO's Google cloud deal exclusive?",
    "NATO bought Google's air-gapped cloud. Is that contract exclusive, or does NATO also work with AWS?",
  ])('is answered when asked: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('single');
  });

  it('is not read into an entry that writes "exclusive" of something else', () => {
    expect(
      answered(engine.ask('Is the data stored exclusively in India under the RBI rule?')).shape,
    ).not.toBe('correction');
  });
});

describe("a deal's own amount claimed of another provider", () => {
  it('is corrected to the provider of the contract of that amount', () => {
    const answer = answered(
      engine.ask(
        'Why has the UK Ministry of Defence signed its GBP 400m sovereign cloud contract with Oracle in September 2025?',
      ),
    );
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('uk-mod-google-cloud-sovereign-2025');
    expect(renderAnswerText(answer)).toContain('The GBP 400m contract is with Google');
  });

  it.each([
    'Why did the MoD sign its GBP 400m deal with Google?',
    'How much of the GBP 400m MoD contract goes to Google?',
  ])('leaves the true provider alone: "%s"', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });
});

describe('the second review of sentences about the asker, lists of files, amounts and outcomes', () => {
  it.each([
    ["I'm curious why MI5 chose Oracle. Can you explain?", 'uk-intelligence-agencies-aws-2021'],
    ["I'm convinced MI5 chose Oracle. Why?", 'uk-intelligence-agencies-aws-2021'],
    ["I'm at the Home Office, which signed with Microsoft. Why Microsoft?", 'uk-home-office-aws-2023'],
    ["I'm at the ICC, which moved to LibreOffice. Why?", 'icc-opendesk-2025'],
    [
      "I'm in London and the MoD chose Oracle for its GBP 400m deal. Why?",
      'uk-mod-google-cloud-sovereign-2025',
    ],
  ])('a claim beside the asker is still corrected: "%s"', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each([
    [
      "We're studying the Health Data Hub move to Scaleway. When is go-live?",
      'france-health-data-hub-scaleway-2026',
    ],
    ["I'm looking for info on Lyon leaving Microsoft. Can you help?", 'france-lyon-leaves-microsoft-2025'],
    [
      'I work for the MoD. Which provider got the GBP 400m sovereign cloud contract?',
      'uk-mod-google-cloud-sovereign-2025',
    ],
    ['What amount for the MoD Google contract is recorded?', 'uk-mod-google-cloud-sovereign-2025'],
    ['What reason for Lyon leaving Microsoft is documented?', 'france-lyon-leaves-microsoft-2025'],
    ['Which files did Doctolib encrypt?', 'france-doctolib-aws-vaccination-conseil-etat-2021'],
    ["Quels dossiers l'Ukraine a-t-elle migrés vers AWS ?", 'ukraine-government-data-cloud-migration-2022'],
    ["Did the MoD's GBP 400m deal replace its Oracle agreement?", 'uk-mod-google-cloud-sovereign-2025'],
    ['Why did the Court validate standard contractual clauses in Schrems II?', 'eu-cjeu-schrems-ii-2020'],
    ['Où en est le recours en annulation de Latombe contre le DPF ?', 'eu-us-data-privacy-framework-2023'],
    [
      'NATO keeps exclusive control of its data on the Google platform. How?',
      'nato-ncia-google-distributed-cloud-air-gapped-2025',
    ],
  ])('one deal answered as asked: "%s"', (question, id) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it('lists the sovereign deals documented, not one deal about "documented"', () => {
    const answer = answered(engine.ask('Which sovereign cloud deals are documented?'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(1);
  });
});

describe('a cancelled deal claimed still going', () => {
  it('is corrected from its status ("JEDI is still running under its 10-year term")', () => {
    const answer = answered(
      engine.ask('JEDI is still running under its 10-year term, how much has Microsoft billed?'),
    );
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('us-dod-jedi-microsoft-2019');
  });

  it.each([
    'since JWCC is still running, how much has been ordered under it?',
    'the JWCC contract is still in force, when does it end?',
    "is colombia's nube publica IV framework still running?",
  ])('is no claim about a deal still going, or asked whether: "%s"', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answered' && answer.shape === 'correction').toBe(false);
  });
});

describe('a kind of deal', () => {
  it('reads "joint venture" as a partnership, "joint-use" as no kind', () => {
    const answer = answered(engine.ask('every deal where the uk mod is a buyer, incl joint-use stuff'));
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['uk-mod-google-cloud-sovereign-2025', 'uk-mod-oracle-cloud-2020-2026']),
    );
    const ventures = answered(engine.ask('which joint ventures run sovereign clouds?'));
    expect(ventures.deals.map((d) => d.id)).toContain('france-bleu-orange-capgemini-microsoft-2021');
  });
});

describe('adopters asked for', () => {
  it.each([
    ["who's going for opendesk?", ['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025']],
    [
      "who has bought palantir's software?",
      ['uk-nhs-federated-data-platform-palantir-2023', 'france-dgsi-palantir-2016'],
    ],
  ])('lists who bought or went for it: "%s"', (question, ids) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(expect.arrayContaining(ids));
  });
});

describe('a stake asked of a party', () => {
  it.each([
    ['what stake does TIM hold in italys polo strategico nazionale', '45%'],
    ["leonardo's stake in polo strategico nazionale?", '25%'],
  ])('answers "%s" with the shareholding (%s)', (question, share) => {
    const answer = answered(engine.ask(question));
    expect(answer.statements[0]?.text).toContain(share);
  });
});

describe('a deal named in lower case by its multi-word alias', () => {
  it('answers when the detail asked is in its facts, however much else is said', () => {
    const answer = answered(
      engine.ask('when did the us cloud act get signed in, the law that lets washington grab our stuff'),
    );
    expect(answer.deals[0]?.id).toBe('us-cloud-act-2018');
  });
});

describe('honest edges', () => {
  it.each([
    ['What is the best sovereign cloud?', 'opinion'],
    ['Wer hat den Vertrag mit AWS unterschrieben?', 'other-language'],
    ['J U', 'off-topic'],
  ])('"%s" gets no answer (%s)', (question, reason) => {
    const answer = engine.ask(question);
    expect(answer).toMatchObject({ kind: 'no-answer', reason });
  });

  it.each([
    'which sovereign cloud would you recommend for a ministry?',
    'can you recommend a provider for our health data',
    'que me recommandes-tu comme cloud souverain ?',
    'vous recommandez quel fournisseur ?',
    'honestly aws or azure for a ministry, which one would you pick?',
    'à ta place tu prendrais bleu ou s3ns ?',
  ])('declines a recommendation asked of sovbot: "%s"', (question) => {
    expect(engine.ask(question)).toMatchObject({ kind: 'no-answer', reason: 'opinion' });
  });

  it.each([
    'is microsoft stock a good buy right now given all this sovereignty stuff',
    'is oracle stock a buy right now',
    'is ovhcloud stock worth buying?',
    "faut-il acheter l'action OVHcloud ?",
  ])('declines a question about buying a stock: "%s"', (question) => {
    expect(engine.ask(question)).toMatchObject({ kind: 'no-answer', reason: 'opinion' });
  });

  it.each([
    "qu'est-ce que les sénateurs de la commission d'enquête sur la commande publique ont fini par recommander ?",
    'what did the senate inquiry into public procurement recommend after hearing microsoft france?',
  ])('answers what a report recommended: "%s"', (question) => {
    expect(answered(engine.ask(question)).deals[0]?.id).toBe(
      'france-senate-microsoft-cloud-act-testimony-2025',
    );
  });

  it.each(['how do i reset my aws root account password?', 'comment je configure mon compte OVH ?'])(
    'declines a support question about a cloud account: "%s"',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.kind === 'no-answer' ? answer.reason : answer.kind).toBe('off-topic');
    },
  );

  it.each([
    'what did alibaba cloud sign with the malaysian government',
    'quel est le contrat cloud du gouvernement vietnamien avec alibaba',
  ])('abstains on the adjective of a country the corpus does not know: "%s"', (question) => {
    expect(engine.ask(question).kind).toBe('no-answer');
  });

  it("reads a capital the corpus never writes as its country's government ('quand Berne a prolongé…')", () => {
    expect(
      answered(
        engine.ask(
          'quand berne a prolongé les contrats public clouds bund, il restait combien sur le plafond',
        ),
      ).deals[0]?.id,
    ).toBe('switzerland-public-clouds-bund-2021');
  });

  it('answers a country adjective the corpus knows', () => {
    expect(answered(engine.ask('what did the kenyan government sign with microsoft')).deals[0]?.id).toMatch(
      /^kenya-/,
    );
  });

  it('declines "should Europe just ban American clouds, yes or no"', () => {
    expect(engine.ask('should europe just ban american clouds, yes or no')).toMatchObject({
      kind: 'no-answer',
      reason: 'opinion',
    });
  });

  it('abstains on a country the corpus does not know, however it is typed', () => {
    const answer = engine.ask('how much did mexico pay huawei for its government cloud?');
    expect(answer.kind === 'no-answer' && answer.reason).toBe('unknown-entity');
  });

  it('answers a bare name with its deal', () => {
    expect(answered(engine.ask('GCHQ')).deals[0]?.id).toBe('uk-intelligence-agencies-aws-2021');
    // A name only one deal's facts write (a losing bidder, no alias) points at that deal too.
    expect(answered(engine.ask('Fastweb?')).deals[0]?.id).toBe('italy-polo-strategico-nazionale-2022');
  });

  it('says the entry has no such detail rather than passing another fact off as the answer', () => {
    const answer = answered(engine.ask('How long is the Bleu contract?'));
    expect(answer.statements[0]?.text).toMatch(/no such detail/);
  });

  it('says an entry records no criticism rather than passing its headline off as one', () => {
    const answer = answered(engine.ask('Qui a critiqué Bleu ?'));
    expect(answer.statements[0]?.text).toMatch(/ne donne pas ce détail \(critique\)/);
  });

  it("answers JEDI's value with JEDI's own ceiling", () => {
    const answer = answered(engine.ask('How much was JEDI worth?'));
    expect(answer.deals[0]?.id).toBe('us-dod-jedi-microsoft-2019');
    expect(renderAnswerText(answer)).toMatch(/10bn/);
  });
});

describe('findDeals', () => {
  it.each([
    ['bleu', 'france-bleu-orange-capgemini-microsoft-2021'],
    ['gaia-x', 'eu-gaia-x-founding'],
    ['jedi', 'us-dod-jedi-microsoft-2019'],
  ])('puts the deal named "%s" first', (name, id) => {
    expect(engine.findDeals(name)[0]?.id).toBe(id);
  });
});

describe('dated figures', () => {
  it('says "as of" for every fact dated with asOf, in the card of each deal', () => {
    for (const deal of engine.corpus.deals) {
      const card = engine.dealCard(deal.id);
      for (const statement of card?.statements ?? []) {
        const fact = deal.facts.find((f) => f.id === statement.factId);
        if (fact?.asOf === undefined) continue;
        // A text that dates itself keeps its own date, and gets no second, contradicting one.
        if (STATES_AS_OF.test(fact.text)) {
          expect(statement.text, fact.id).not.toMatch(/\((?:as of|en) [^)]+\)\.$/);
          continue;
        }
        expect(statement.text, fact.id).toContain(fact.asOf.slice(0, 4));
      }
    }
  });
});

describe('confidence', () => {
  it('never gives a no-answer a higher figure than any answer carries', () => {
    const questions = [
      'Why did MI5 choose Oracle?',
      'How much was JEDI worth?',
      'GCHQ',
      'Which deals did AWS win in the UK?',
      'What did AWS sign in Peru?',
      'Who won the world cup?',
      'Wen did MI6 chose Amazn?',
      'What is the best sovereign cloud?',
    ];
    const answers = questions.map((q) => engine.ask(q));
    const lowestAnswer = Math.min(...answers.filter((a) => a.kind === 'answered').map((a) => a.confidence));
    const highestNoAnswer = Math.max(
      ...answers.filter((a) => a.kind === 'no-answer').map((a) => a.confidence),
    );
    expect(highestNoAnswer).toBeLessThan(lowestAnswer);
  });
});

describe('places the lexicon knows', () => {
  it('reads "the USA" as the deal\'s own place, and still declines it for a deal elsewhere', () => {
    expect(answered(engine.ask('Why did the USA cancel JEDI?')).deals[0]?.id).toBe(
      'us-dod-jedi-microsoft-2019',
    );
    const elsewhere = engine.ask('What did the USA sign with Huawei?');
    expect(elsewhere.kind).toBe('no-answer');
  });
});

describe('lists and unknown names', () => {
  it.each(['What did AWS sign in Peru?', 'Which deals did AWS win in Peru?'])(
    'lists nothing for a name the corpus does not know: "%s"',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.kind === 'no-answer' ? answer.reason : answer.kind).toBe('unknown-entity');
    },
  );
});

describe('overviews in chat words', () => {
  it.each([
    [
      'anything in there involving g42?',
      'uae-microsoft-g42-investment-2024',
      'kenya-microsoft-g42-data-centre-2024',
    ],
    [
      'list every deal g42 shows up in',
      'uae-microsoft-g42-investment-2024',
      'kenya-microsoft-g42-data-centre-2024',
    ],
    [
      'where does proximus show up',
      'luxembourg-clarence-luxconnect-proximus-google-2023',
      'eu-commission-sovereign-cloud-tender-2026',
    ],
    [
      "qu'est-ce que tu sais sur l'arabie saoudite",
      'saudi-google-aramco-cloud-region',
      'saudi-oracle-microsoft-cloud-investments-2023',
    ],
    ['qui a signé pour opendesk ?', 'icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025'],
    // A kind asked for gets its one deal as a list; "every tender", "announcements" ask for lists.
    ['which initiatives are in Germany?', 'germany-schleswig-holstein-open-source-2024'],
    ['what announcements were made in 2025?', 'sap-sovereign-cloud-investment-2025'],
    ["quels appels d'offres en 2026 ?", 'eu-commission-sovereign-cloud-tender-2026'],
    ['every tender in 2026', 'eu-commission-sovereign-cloud-tender-2026'],
    // "Que savez-vous sur…" asks for an overview.
    ["que savez-vous sur l'inde ?", 'india-rbi-payment-data-localisation-2018', 'india-meghraj-gi-cloud'],
    // "Signed with which clouds?" asks for the subject's deals.
    [
      'le ministère de la défense britannique, il a signé avec quels clouds ?',
      'uk-mod-google-cloud-sovereign-2025',
      'uk-mod-oracle-cloud-2020-2026',
    ],
    // "Orgs"; buying as adopting.
    [
      "which military / defence orgs bought google's air-gapped cloud",
      'nato-ncia-google-distributed-cloud-air-gapped-2025',
      'germany-bundeswehr-google-cloud-air-gapped-2025',
    ],
    // Words between "every"/"all the" and the deal noun.
    ["show me every UK deal you've got", 'uk-home-office-aws-2023', 'uk-intelligence-agencies-aws-2021'],
    ['all the german contracts pls', 'germany-delos-cloud-sap-microsoft-2022'],
    // Investments asked of a region are its deals.
    [
      'which cloud investments in Africa?',
      'morocco-oracle-cloud-regions-cloud-first-2024',
      'kenya-microsoft-g42-data-centre-2024',
    ],
    [
      'what investments were announced in the Gulf?',
      'saudi-oracle-microsoft-cloud-investments-2023',
      'uae-microsoft-g42-investment-2024',
    ],
    ['who signed up for opendesk?', 'icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025'],
  ])('lists every deal a name or place points at: "%s"', (question, ...expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    const ids = answer.rows.map((r) => r.dealId);
    for (const id of expected) expect(ids).toContain(id);
  });

  it('reads the Middle East as its countries', () => {
    const answer = answered(engine.ask('middle east cloud deals, all of them please'));
    expect(answer.shape).toBe('list');
    const ids = answer.rows.map((r) => r.dealId);
    expect(ids).toEqual(
      expect.arrayContaining(['israel-project-nimbus-2021', 'saudi-google-aramco-cloud-region']),
    );
    expect(ids.every((id) => /israel|saudi|uae/.test(id))).toBe(true);
  });
});

describe('timelines of a story', () => {
  it.each([
    [
      "chronologie du health data hub, d'azure à scaleway",
      ['france-health-data-hub-microsoft-azure', 'france-health-data-hub-scaleway-2026'],
    ],
    [
      'walk me through the health data hub hosting saga from azure onwards',
      ['france-health-data-hub-microsoft-azure', 'france-health-data-hub-scaleway-2026'],
    ],
    [
      'give me the timeline of the health data hub saga, from azure to whatever replaced it',
      ['france-health-data-hub-microsoft-azure', 'france-health-data-hub-scaleway-2026'],
    ],
    ["retrace l'histoire du JEDI jusqu'au JWCC", ['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022']],
    ["timline of the CIA's cloud contracts", ['cia-c2s-aws-2013', 'cia-c2e-multicloud-2020']],
    // "Dans l'ordre" asks for a timeline; a spaced dash separates the deals named.
    [
      "remets-moi dans l'ordre la doctrine française - stratégie nationale cloud, cloud au centre, secnumcloud 3.2, loi sren",
      [
        'france-national-cloud-strategy-2021',
        'france-cloud-au-centre-circular-2021',
        'france-anssi-secnumcloud-3-2-2022',
        'france-sren-law-2024',
      ],
    ],
    // "Pays-Bas" typed with its hyphen is the Netherlands.
    [
      'chronologie des histoires de cloud aux pays-bas svp',
      ['netherlands-government-cloud-policy', 'netherlands-solvinity-kyndryl-digid-2025'],
    ],
  ])('orders the deals of a story by date: "%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('timeline');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expected);
  });
});

describe('lists by place and by adopter', () => {
  it.each([
    [
      "qu'est-ce que tu as sur les émirats arabes unis",
      ['uae-microsoft-g42-investment-2024', 'uae-abu-dhabi-government-microsoft-core42-sovereign-cloud-2025'],
    ],
    ['who is rolling out opendesk', ['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025']],
    // Beside a place, "contracts" are any deals there.
    [
      'liste les contrats cloud publics en amérique latine',
      ['brazil-nuvem-de-governo-serpro-dataprev-2024', 'colombia-nube-publica-iv-framework-2021'],
    ],
    // The corpus's own words for its deals: files, dossiers, what is documented.
    [
      'Which Latin American countries have cloud deals?',
      ['brazil-nuvem-de-governo-serpro-dataprev-2024', 'colombia-nube-publica-iv-framework-2021'],
    ],
    [
      "quels dossiers concernent l'Amérique latine (Brésil, Colombie) ?",
      ['brazil-nuvem-de-governo-serpro-dataprev-2024', 'colombia-nube-publica-iv-framework-2021'],
    ],
    [
      'Which files concern the federal government of Canada and its cloud procurement?',
      ['canada-federal-sovereign-cloud-push-2025', 'canada-government-cloud-framework'],
    ],
    [
      'Which cloud regions or data centre projects on the African continent are documented?',
      ['kenya-microsoft-g42-data-centre-2024', 'morocco-oracle-cloud-regions-cloud-first-2024'],
    ],
  ])('lists every deal: "%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expect.arrayContaining(expected));
  });

  it('reads "Latin American" as no word of the United States', () => {
    const answer = answered(engine.ask('Which Latin American countries have cloud deals?'));
    expect(answer.rows.every((r) => !r.dealId.startsWith('us-'))).toBe(true);
  });
});

describe('comparisons in chat words', () => {
  it.each([
    [
      "the commission's oracle OCI contract vs its 2026 sovereign cloud tender — how do they stack up",
      ['eu-commission-oracle-oci-2023', 'eu-commission-sovereign-cloud-tender-2026'],
    ],
    [
      "mod's google cloud deal versus its oracle cloud deal, how do they compare",
      ['uk-mod-google-cloud-sovereign-2025', 'uk-mod-oracle-cloud-2020-2026'],
    ],
    // A part that writes out a multi-word alias of its own keeps it, whatever names the other part has.
    [
      'data embassy vs Commercial Cloud Enterprise?',
      ['estonia-luxembourg-data-embassy-2017', 'cia-c2e-multicloud-2020'],
    ],
    [
      'bleu or s3ns — how do the two french trusted cloud ventures differ?',
      ['france-bleu-orange-capgemini-microsoft-2021', 'france-s3ns-thales-google-2021'],
    ],
    [
      'bleu or s3ns - how do the two french "cloud de confiance" setups differ',
      ['france-bleu-orange-capgemini-microsoft-2021', 'france-s3ns-thales-google-2021'],
    ],
    // "The two X deals": a place with just two deals.
    [
      'compare the two Saudi deals',
      ['saudi-google-aramco-cloud-region', 'saudi-oracle-microsoft-cloud-investments-2023'],
    ],
    [
      'compare les deux accords néerlandais',
      ['netherlands-government-cloud-policy', 'netherlands-solvinity-kyndryl-digid-2025'],
    ],
    [
      "JEDI vs JWCC — how did the pentagon's two big cloud procurements differ?",
      ['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022'],
    ],
    // The points to compare after a dash name no deal ("secnumcloud" is another entry's name).
    [
      'bleu vs s3ns - ownership, tech partner and where each stands on secnumcloud',
      ['france-bleu-orange-capgemini-microsoft-2021', 'france-s3ns-thales-google-2021'],
    ],
    // "comparez…" after a colon closes the comparison; after a comma it is its cue.
    [
      'JEDI vs JWCC : comparez les deux marchés (montant, fournisseurs)',
      ['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022'],
    ],
    // A scene-setting lead-in before the request; "contrast" asks for a comparison.
    [
      'for my transfer impact assessments: compare Schrems II and the EU-US data privacy framework',
      ['eu-cjeu-schrems-ii-2020', 'eu-us-data-privacy-framework-2023'],
    ],
    [
      'contrast the microsoft-CISPE settlement with the UK CMA cloud investigation - who brought what?',
      ['microsoft-cispe-settlement-2024', 'uk-cma-cloud-market-investigation-2023-2025'],
    ],
  ])('puts the two deals side by side: "%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expected);
  });
});

describe('who leads', () => {
  it("reads a role's short name as asking who holds it, not as a name", () => {
    const answer = answered(engine.ask('who is the MD of the aws european soverign cloud'));
    expect(renderAnswerText(answer)).toMatch(/Stéphane Israël/);
  });

  it.each([
    'qui dirige Bleu, la coentreprise orange capgemini ?',
    'who did orange and capgemini pick as ceo for bleu?',
  ])('answers with the fact that gives a leader\'s role: "%s"', (question) => {
    expect(renderAnswerText(answered(engine.ask(question)))).toMatch(/Jean Coumaros/);
  });
});

describe('who went to court', () => {
  it('answers with the fact that says who brought the case', () => {
    const answer = answered(
      engine.ask("who were the groups that took doctolib + aws to the conseil d'etat over vaccine bookings?"),
    );
    expect(renderAnswerText(answer)).toMatch(/InterHop/);
  });
});

describe('a deal pointed at by its title', () => {
  it('answers when most of the question is found in one deal with a rare word of its title', () => {
    const answer = answered(engine.ask('why did the commission split its sovereign cloud award four ways?'));
    expect(answer.deals[0]?.id).toBe('eu-commission-sovereign-cloud-tender-2026');
  });
});

describe('a provider set aside, a sector of regulators', () => {
  it('lists the data protection rulings on the provider named, not on the one set aside', () => {
    const answer = answered(
      engine.ask(
        'list the formal decisions by data protection authorities on microsoft 365 itself (not google)',
      ),
    );
    const ids = answer.rows.map((r) => r.dealId);
    expect(ids).toEqual(
      expect.arrayContaining(['eu-edps-commission-microsoft-365-2024', 'germany-dsk-microsoft-365-2022']),
    );
    expect(ids).not.toContain('uk-cma-cloud-market-investigation-2023-2025');
  });
});

describe('who moved off a provider', () => {
  it('lists every deal with a fact recording a move away from the product named', () => {
    const answer = answered(
      engine.ask('who has moved off microsoft office to open source suites? give me all of them'),
    );
    expect(answer.shape).toBe('list');
    const ids = answer.rows.map((r) => r.dealId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'austria-armed-forces-libreoffice-2025',
        'denmark-digital-affairs-ministry-libreoffice-2025',
        'germany-schleswig-holstein-open-source-2024',
        'icc-opendesk-2025',
      ]),
    );
    expect(ids).not.toContain('france-health-data-hub-scaleway-2026');
  });

  it('takes every example in brackets as a destination', () => {
    const answer = answered(
      engine.ask(
        'who has ditched microsoft office for open source tools (libreoffice, opendesk, onlyoffice etc)?',
      ),
    );
    expect(answer.rows.map((r) => r.dealId)).toEqual(
      expect.arrayContaining(['france-lyon-leaves-microsoft-2025', 'icc-opendesk-2025']),
    );
  });

  it('leaves a timeline from one provider to another to the timeline', () => {
    const answer = answered(engine.ask('health data hub timeline please, from the azure choice to scaleway'));
    expect(answer.shape).toBe('timeline');
  });
});

describe('who chose a provider', () => {
  it('lists no ruling or law among the deals that chose it', () => {
    const answer = answered(engine.ask('which countries picked google for government cloud?'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).not.toContain('uk-cma-cloud-market-investigation-2023-2025');
  });
});

describe('a misspelt alias', () => {
  it('is read through its one nearest correction', () => {
    const answer = answered(engine.ask('whn did the clould act become law'));
    expect(answer.deals[0]?.id).toBe('us-cloud-act-2018');
  });
});

describe('by what means', () => {
  it('answers "how did X physically…" with the fact that tells the means', () => {
    const answer = answered(
      engine.ask("how did AWS physically get Ukraine's state data out when the invasion started?"),
    );
    expect(renderAnswerText(answer)).toMatch(/Snowball/);
  });
});

describe('what resumed, and short words for the detail', () => {
  it('answers "…again" with the fact that lifts the restriction, not the one that imposed it', () => {
    const answer = answered(
      engine.ask('when was mastercard allowed to sign up new indian cardholders again?'),
    );
    expect(answer.statements[0]?.text).toMatch(/removed the restrictions/);
  });

  it.each([
    ['where were the microsoft cloud deutschland DCs', /Frankfurt/],
    ['bwi zendis opendesk deal length?', /seven years/],
    ["who's constructing microsoft's spata data center in greece", /Renco-Terna/],
    ["numspot c'est qui derrière, quelles boîtes ?", /Docaposte/],
    // A five-letter name one typo away from a provider's ("Amazn"); no country's name is corrected.
    ['Wen did MI6 chose Amazn?', /MI6 had signed a contract with AWS/],
    // "montant" asks an amount, like "vaut": the deal named is JEDI, not JWCC whose fact writes the word.
    ['jedi montant', /10 milliards/],
    // A relative "qui" asks no party: "par quoi" asks what replaces it.
    ['lyon qui lâche microsoft, ils remplacent office par quoi exactement ?', /OnlyOffice/],
    // Member states asked for are countries a fact names; "row", "bagarre" are the entry's dispute;
    // "reqs" are requirements.
    ['which member states were pushing back on the sovereignty reqs in EUCS?', /Ireland, Sweden/],
    [
      'the eucs sovereignty requirements row, which member states pushed for them and which ones were against',
      /France, Italy and Spain/,
    ],
    ["dans la bagarre sur l'EUCS, quels États refusaient les critères de souveraineté ?", /l'Irlande/],
    // A sum asked as "what kind of money"; a person asked for before a "quand" clause.
    [
      'the eurostack report, what kind of money do they reckon europe has to put in and over what timeframe',
      /EUR 300 billion/,
    ],
    [
      'quel ministre japonais s’est félicité quand sakura internet a été retenu pour le cloud gouvernemental ?',
      /Taro Kono/,
    ],
  ])('reads chat words for the detail: "%s"', (question, detail) => {
    expect(renderAnswerText(answered(engine.ask(question)))).toMatch(detail);
  });

  it.each([
    ['how many meity empanelled cloud providers r there now', /26 commercial cloud providers/],
    ['what ransom did brain cipher ask indonesia for', /USD 8m/],
    [
      'did anybody else actually bid against aws for the HMRC datacentre exit or was it a one horse race',
      /only bidder/,
    ],
  ])('answers "%s" with the fact that carries it', (question, detail) => {
    expect(answered(engine.ask(question)).statements[0]?.text).toMatch(detail);
  });

  it.each([
    ['ouverture de la région aws en nouvelle-zélande ?', /2 septembre 2025/],
    ["jusqu'à quand la confédération a rallongé les contrats public clouds bund ?", /2031/],
    ["sakura internet got into japan's gov cloud - which minister commented on it", /Taro Kono/],
    ['singapore govt how much of its systems moved to commercial cloud', /%/],
    ['did the German states go along with Delos Cloud?', /voted against/],
    ['why did Microsoft shut down its Cloud Deutschland with T-Systems?', /demand had been weak/],
  ])('answers with the fact telling the event or the office asked for: "%s"', (question, detail) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.statements[0]?.text).toMatch(detail);
  });

  it('reads "latest count" as the latest figure of one deal, not a list of the newest deals', () => {
    const answer = answered(
      engine.ask(
        "how many japanese municipalities won't make the fy2025 deadline to standardise their systems, latest count?",
      ),
    );
    expect(answer.shape).toBe('single');
  });

  it('reads "app" as "application"', () => {
    expect(answered(engine.ask('first app on the deutschland-stack ki cloud')).statements[0]?.text).toMatch(
      /first application/,
    );
  });
});

describe('deals involving a provider', () => {
  it('lists the deals where it is a customer too', () => {
    const answer = answered(engine.ask('which deals involve SAP?'));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toContain('germany-stackit-schwarz-digits-2025');
  });
});

describe('deals involving a country', () => {
  it('lists the deals whose parties are of that country, wherever they are', () => {
    const answer = answered(engine.ask('which deals involve France?'));
    expect(answer.rows.map((r) => r.dealId)).toContain('indonesia-national-data-centre-pdn-ransomware-2024');
  });

  it('keeps "deals in France" to the deals there', () => {
    const answer = answered(engine.ask('which deals are in France?'));
    expect(answer.rows.map((r) => r.dealId)).not.toContain(
      'indonesia-national-data-centre-pdn-ransomware-2024',
    );
  });
});

describe('names listed one after another', () => {
  it.each([
    [
      'what are the big US intelligence and defence cloud contracts (CIA, NSA, pentagon)?',
      ['cia-c2s-aws-2013', 'cia-c2e-multicloud-2020', 'us-nsa-wildandstormy-aws-2021', 'us-dod-jwcc-2022'],
    ],
    [
      "list the french 'cloud de confiance' joint ventures (bleu, s3ns etc)",
      ['france-s3ns-thales-google-2021', 'france-bleu-orange-capgemini-microsoft-2021'],
    ],
  ])('lists every deal of each name: "%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expect.arrayContaining(expected));
  });
});

describe('the event asked by its verb', () => {
  it.each([
    ['y did estonia put its data embassy in luxembourg and not like anywhere else', /Tier 4/],
    ['did the edps ever wrap up the commission microsoft 365 case, and if so when', /11 July 2025/],
    ['after all the protest drama, when did the nsa hand wildandstormy back to aws', /April 2022/],
    [
      "on what day did the GAO back microsoft's protest against the nsa wildandstormy award?",
      /29 October 2021/,
    ],
    ['how did the whole helsingor chromebook saga even start', /December 2019/],
    [
      "colombia's procurement agency scrapped the nube publica 4 framework — on what date?",
      /1 September 2025/,
    ],
    // Short words for what the entry words otherwise: "DG" (directeur général), "ownership cap".
    ['qui est le DG de numspot qui dit que la plateforme est devenue agnostique', /Eric Haddad/],
    ['SecNumCloud 3.2 foreign ownership cap', /24%/],
    // "unveil" is "launch"'s kin, "conf" a conference.
    ['at which event did microsoft unveil cloud for sovereignty', /Inspire/],
  ])('answers "%s" with the fact that tells it', (question, detail) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('single');
    expect(answer.statements[0]?.text).toMatch(detail);
  });
});

describe('comparisons in other words', () => {
  it.each([
    [
      "how does the cia's c2e differ from the original c2s contract",
      ['cia-c2e-multicloud-2020', 'cia-c2s-aws-2013'],
    ],
    [
      "how does the aws european sovereign cloud stack up against oracle's eu sovereign cloud",
      ['eu-aws-european-sovereign-cloud', 'eu-oracle-eu-sovereign-cloud'],
    ],
  ])('compares "%s"', (question, ids) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('compare');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expect.arrayContaining(ids));
  });
});

describe("'aujourd'hui'", () => {
  it('is no word of what is asked', () => {
    const answer = answered(engine.ask("c'est qui le DG de numspot aujourd'hui"));
    expect(answer.statements.map((s) => s.text).join(' ')).toMatch(/Eric Haddad/);
  });
});

describe('an aside naming the subject', () => {
  it('answers what is asked, not the fact an aside about the subject repeats', () => {
    const answer = answered(
      engine.ask("qui préside g42, la boite d'abou dhabi où microsoft a investi 1,5 milliard"),
    );
    expect(answer.statements.map((s) => s.text).join(' ')).toMatch(/Tahnoun/);
  });
});

describe('the detail asked in chat words', () => {
  it.each([
    // "demand" asks for the ransom, not the data centre's cost.
    [
      "how much did the brain cipher crew demand after hitting indonesia's temporary national data centre",
      /USD 8m/,
    ],
    // "fits the bill" asks for no amount.
    ['what odds did airbus give itself of actually finding a european provider that fits the bill', /80\/20/],
    // "at best" is no opinion asked; "switch away" is "switch".
    [
      'who was the dataprev boss that called brazil\'s government cloud sovereignty "relative" at best',
      /Assumpção/,
    ],
    [
      'under the data act how long can a cloud provider make me wait on notice before i switch away',
      /two months/,
    ],
    // Hearsay and filler ("i heard something … happened") name nothing asked.
    [
      'i heard something embarrassing happened to altmaier when gaia-x got unveiled in dortmund, what was it',
      /fell off the stage/,
    ],
    // "when" after a "which judge" opener is a clause: the judge is asked, not a date.
    ['which judge sided with amazon when aws sued the govt over the CIA C2S deal', /Wheeler/],
    // "la suite Office" is the office suite, not "what came next".
    ['la ville de lyon remplace la suite office par quel logiciel de bureautique ?', /OnlyOffice/],
    // "vs the whole country" names no deal to compare with.
    [
      'ruto said the microsoft/g42 kenya datacentre stalled because of power.. how much power would it need vs the whole country',
      /1,000 MW/,
    ],
    // "how many services": the fact giving a number of services, wherever "how many" sits.
    [
      'roughly how many services were available on day one of the aws european sovereign cloud',
      /about 90 services/,
    ],
    // "commish" is a commissioner.
    [
      'who was the german federal data protection commish who said nobody really knows what data m365 hoovers up',
      /Kelber/,
    ],
    // "sur de l'infra" is "on infrastructure", no "sûr de" asking for an opinion.
    [
      "c qui le DG de numspot qui dit que la plateforme tournera jamais sur de l'infra américaine ou chinoise",
      /Haddad/,
    ],
  ])('"%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.statements.map((s) => s.text).join(' ')).toMatch(expected);
  });

  it('lists the deals of a year asked as "everything you\'ve got dated 2026"', () => {
    const answer = answered(engine.ask("everything you've got dated 2026"));
    expect(answer.shape).toBe('list');
    expect(answer.rows.length).toBeGreaterThan(0);
    for (const row of answer.rows) expect(row.date).toMatch(/^2026/);
  });
});

describe('French chat asking for lists', () => {
  it.each([
    ["t'as quoi sur le canada ?", ['canada-government-cloud-framework']],
    [
      "opendesk c'est utilisé par qui en fait ? genre quels deals",
      ['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025'],
    ],
  ])('"%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expect.arrayContaining(expected));
  });
});

describe('lists of every deal a name turns up in', () => {
  it.each([
    [
      'every deal where g42 turns up',
      ['kenya-microsoft-g42-data-centre-2024', 'uae-microsoft-g42-investment-2024'],
    ],
    ['how many deals is zendis/opendesk part of', ['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025']],
    [
      "what's the bundeswehr / BWI been signing lately",
      ['germany-bundeswehr-google-cloud-air-gapped-2025', 'germany-bwi-zendis-opendesk-2025'],
    ],
    // "us" before a word of government is the country; "intel" is intelligence.
    [
      'list the us defence + intel community cloud contracts you know about',
      ['us-dod-jwcc-2022', 'us-nsa-wildandstormy-aws-2021', 'cia-c2e-multicloud-2020', 'cia-c2s-aws-2013'],
    ],
  ])('"%s"', (question, expected) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.rows.map((r) => r.dealId)).toEqual(expect.arrayContaining(expected));
  });
});

describe('examples in brackets beside a constraint', () => {
  it('lists by the constraint, not by the bracketed examples', () => {
    const answer = answered(
      engine.ask("les contrats cloud du renseignement américain (cia, nsa) dans l'ordre chronologique"),
    );
    expect(answer.rows.map((r) => r.dealId)).toEqual(
      expect.arrayContaining(['cia-c2s-aws-2013', 'us-nsa-wildandstormy-aws-2021']),
    );
  });
});

describe('review of the round: lead-ins that carry the subject', () => {
  it.each([
    [
      "I'm writing about Japan's Government Cloud: compare AWS and Google Cloud",
      'japan-government-cloud-2021-2022',
    ],
    ['Sur le HDH : comparez Microsoft Azure et Scaleway', 'france-health-data-hub-microsoft-azure'],
  ])('keeps the lead-in that names the subject: "%s"', (question, id) => {
    expect(answered(engine.ask(question)).deals.map((d) => d.id)).toContain(id);
  });

  it('reads "combien d\'années" as the term asked for, which the entry gives', () => {
    expect(renderAnswerText(answered(engine.ask("Combien d'années dure la convention du PSN ?")))).toMatch(
      /13 ans/,
    );
  });
});

describe('names of a programme and of one of its providers', () => {
  it("compares Japan's Government Cloud itself, not the later domestic provider's entry", () => {
    const ids = answered(engine.ask('compare le government cloud japonais et le GCC de singapour')).rows.map(
      (r) => r.dealId,
    );
    expect(ids).toContain('japan-government-cloud-2021-2022');
  });

  it('reads "homegrown" as "domestic"', () => {
    const answer = answered(
      engine.ask("who was japan's first homegrown government cloud provider and when was it picked?"),
    );
    expect(answer.deals.map((d) => d.id)).toContain('japan-sakura-internet-government-cloud-2023');
  });
});

describe('review of the nationality, replacement, stake and CMA checks: what stays answered', () => {
  it.each([
    // A company of that nationality doing something else, or asked whether there was one.
    ['infomaniak, hébergeur suisse, a contesté quoi ?'],
    ['the swiss hosting company infomaniak challenged what?'],
    ['what did british hosting firms say about the gchq aws deal?'],
    ['how did british providers react to gchq picking aws?'],
    ['un hébergeur suisse a-t-il été retenu par la confédération ?'],
    // "No European call for tenders" is no European company said absent.
    ['the hdh picked a european cloud provider in 2026, which one?'],
    // Another year's round.
    ['quelles entreprises japonaises ont été retenues en 2023 ?'],
    // The destination asked for, or a nationality that names none.
    ['which european provider was chosen to replace azure for the snds?'],
    ['the hdh chose a french provider to replace azure, which one?'],
    // The market investigation the CMA did open; SMS probes only recommended; claims it reports.
    ['the market investigation the cma opened into cloud in 2023, what did it find?'],
    ['what did the cma investigation into the cloud market conclude?'],
    ['the cma recommended sms investigations into aws and microsoft, what happened next?'],
    ['aws claimed competition is working well, what did the cma answer?'],
    ['what did the cma say about whether competition works well'],
    // The question says there were none; asked by French inversion; an end planned or possible.
    ['GCHQ reacted to the lack of British providers by picking AWS'],
    ['les entreprises japonaises ont-elles été retenues en 2022 ?'],
    ['DGSI will end its Palantir contract once ChapsVision is ready'],
    ['the NHS can end its Palantir contract in 2027'],
  ])('"%s" is no correction', (question) => {
    const answer = engine.ask(question);
    expect(answer.kind === 'answered' ? answer.shape : answer.kind).not.toBe('correction');
  });

  it.each([
    ['when did the dgsi end its palantir contract?'],
    ["what's microsoft's shareholding in bleu?"],
    ['la moitié de bleu appartient à microsoft ?'],
    [
      'what are the two SMS investigations into aws and azure that the CMA board opened on 31 march 2026 looking at?',
    ],
    [
      "depuis que la CMA a ouvert en mars 2026 des enquêtes SMS sur le cloud d'AWS et de Microsoft, où en est-on ?",
    ],
    ['the CMA opened an SMS probe into Azure'],
    ['Bleu belongs to Microsoft'],
    [
      'I understand GCHQ only turned to AWS after the British cloud firm it had originally contracted failed to deliver. Which British provider was that?',
    ],
  ])('"%s" is corrected', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('correction');
  });

  it.each([
    ["what's the timeline for aws deals?"],
    ['whats the timeline for the jwcc and jedi contracts'],
    ["what's the timeline for bleu?"],
  ])('"%s" still asks for a timeline', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('timeline');
  });

  it.each([
    ["qu'est-ce qui concerne le luxembourg et google ?"],
    ['all the microsoft stuff with g42 how much invested'],
    ['canada — whats in there about budget 2025'],
  ])('"%s" asks about one deal, not for a list', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('single');
  });

  it.each([
    ['amzn a combien investi dans le cloud souverain européen ?', 'eu-aws-european-sovereign-cloud'],
    [
      'when did t-sys and google announce their sovereign cloud?',
      'germany-t-systems-google-cloud-sovereign-cloud-2021',
    ],
  ])('"%s": a ticker or a short name is the company', (question, deal) => {
    expect(answered(engine.ask(question)).deals[0]?.id).toBe(deal);
  });

  it('leaves a question too vague to point at a deal unanswered, whatever the ranking tie-breaks', () => {
    expect(engine.ask('when did the court rule?').kind).toBe('no-answer');
  });
});

describe('a closing remark saying what the answer is for', () => {
  it.each([
    [
      'bundesheer libreoffice migration - how many workstations did they finish? is for a speech in Strasbourg',
      '16,000',
    ],
    [
      'which odds did Airbus give itself for finding a European provider? the MEP wants to quote it in ITRE',
      '80/20',
    ],
  ])('"%s": its names are the occasion, not the question', (question, figure) => {
    expect(renderAnswerText(answered(engine.ask(question)))).toContain(figure);
  });

  it("a remark about the asker's occasion leaves an overview an overview", () => {
    const answer = answered(
      engine.ask('Netherlands: which dossiers you have? the MEP meets a dutch colleague from Renew tomorrow'),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id).every((id) => id.startsWith('netherlands-'))).toBe(true);
  });

  it('a remark naming what is asked about still says what is asked', () => {
    expect(answered(engine.ask('when was it awarded? talking about the HMRC contract')).deals[0]?.id).toBe(
      'uk-hmrc-aws-datacentre-exit-2026',
    );
  });
});

describe('"all"/"every" before the kind of body asked for', () => {
  it('lists every deal of those bodies', () => {
    const answer = answered(
      engine.ask('give me all public bodies that are moving from Microsoft Office to LibreOffice'),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'austria-armed-forces-libreoffice-2025',
        'denmark-digital-affairs-ministry-libreoffice-2025',
        'germany-schleswig-holstein-open-source-2024',
      ]),
    );
  });

  it('a yes/no question about all of them is no list', () => {
    const answer = engine.ask('did all the ministries sign with Microsoft?');
    expect(answer.kind === 'answered' ? answer.shape : answer.kind).not.toBe('list');
  });
});

describe('a place describing the name just before it', () => {
  it.each([
    'in which deals is G42 from Abu Dhabi involved?',
    'all the deals where G42 (the emirati AI company) is involved pls',
  ])('"%s" does not narrow the deals to that place', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toContain('kenya-microsoft-g42-data-centre-2024');
  });
});

describe('"which is bigger, X or Y?"', () => {
  it.each([
    [
      "Which is the bigger commitment, AWS's European Sovereign Cloud investment or SAP's sovereign cloud investment?",
      ['eu-aws-european-sovereign-cloud', 'sap-sovereign-cloud-investment-2025'],
    ],
    [
      'which is bigger, the Home Office AWS contract or the HMRC AWS datacentre exit contract?',
      ['uk-home-office-aws-2023', 'uk-hmrc-aws-datacentre-exit-2026'],
    ],
  ])('"%s" compares the two deals', (question, deals) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id)).toEqual(expect.arrayContaining(deals));
  });
});

describe('a saving claimed or asked', () => {
  it.each([
    ['Did the Austrian army move to LibreOffice to cut costs?', 'single'],
    ['the austrian army switched to libreoffice to cut costs; how much did it save?', 'correction'],
  ])(
    '"%s" is answered with the fact saying it was not about money (asked: answered; claimed: corrected)',
    (question, shape) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe(shape);
      expect(renderAnswerText(answer)).toContain('not saving money');
    },
  );
});

describe('a state asked of a deal not yet carried out', () => {
  it.each([
    'By when should the top secret cloud of the Australian ASD with AWS be operational, and in how many data centres?',
    "cloud top secret de l'ASD australien avec aws, opérationnel pour quand ?",
    'How many persons had signed the petition against the Microsoft 365 agreement of the Free State of Bavaria by December 2025?',
  ])('"%s" asks, and is answered', (question) => {
    expect(answered(engine.ask(question)).shape).not.toBe('correction');
  });

  it('counts people when asked of persons', () => {
    const answer = answered(
      engine.ask(
        'How many persons had signed the petition against the Bavarian Microsoft 365 deal by December 2025?',
      ),
    );
    expect(renderAnswerText(answer)).toContain('144,000');
  });

  it('claimed, is still corrected', () => {
    expect(answered(engine.ask('now that the ASD top secret cloud is operational, who runs it?')).shape).toBe(
      'correction',
    );
  });
});

describe('the second review of this round', () => {
  it.each(['is the Saudi google cloud region running?', 'is the AWS auckland region running'])(
    '"%s": running is asked as opened',
    (question) => {
      expect(renderAnswerText(answered(engine.ask(question)))).toMatch(/opened/);
    },
  );

  it('"Jan" is a name, not January', () => {
    expect(engine.ask('what did Jan say about the Solvinity takeover?').kind).toBe('no-answer');
  });

  it.each([
    'do you know a joke about Gaia-X?',
    'a joke about the Pentagon cloud please',
    "What's the price of 2 TB on Google Drive? I lost my old plan",
  ])('"%s" is still off-topic', (question) => {
    expect(engine.ask(question)).toMatchObject({ kind: 'no-answer', reason: 'off-topic' });
  });

  it.each([
    'Must all ministries in France use a SecNumCloud cloud for sensitive data?',
    'all EU institutions can use the sovereign cloud tender?',
    'May all EU institutions use the Oracle OCI contract?',
    'Which provider has the larger market share in the UK, AWS or Microsoft?',
  ])('"%s" asks about one deal', (question) => {
    expect(answered(engine.ask(question)).shape).toBe('single');
  });

  it('a remark naming more of the subject keeps it', () => {
    const answer = answered(
      engine.ask('What is the value of the HMRC AWS contract? the boss wants the Home Office figure too'),
    );
    expect(answer.deals.map((d) => d.id)).toContain('uk-home-office-aws-2023');
  });

  it('a state claimed before "should" is still corrected', () => {
    const answer = answered(
      engine.ask(
        'The ASD top secret cloud is operational and should create 2,000 jobs, how many were created?',
      ),
    );
    expect(answer.shape).toBe('correction');
  });
});

describe('a closing remark about what the asker is doing', () => {
  it.each([
    "Who's adopting openDesk, the ZenDiS suite? we're preparing a briefing for the ministry",
    'Which cases involve a data centre fire? our DR plan is under review',
  ])('"%s" is a remark', (question) => {
    expect(understand(question, 'en').remark).toBeDefined();
  });

  it.each(['quels dossiers vous avez en Australie ?', 'accords en Australie et en Nouvelle-Zélande ?'])(
    '"%s" lists every deal of the place, whatever its names say',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.shape).toBe('list');
      expect(answer.deals.map((d) => d.id)).toContain('australia-asd-aws-top-secret-cloud-2024');
    },
  );
});

describe('who is taking up a product', () => {
  it.each([
    "who's buying opendesk from zendis",
    "who's gone for opendesk instead of microsoft 365",
    'opendesk from zendis - which organisations are taking it?',
  ])('"%s" lists every deal that takes it up, not only the deal it is the name of', (question) => {
    const answer = answered(engine.ask(question));
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025']),
    );
  });
});

describe('the third review of this round', () => {
  it.each([
    ['did the AWS European Sovereign Cloud launch in Jan 2026?', 'eu-aws-european-sovereign-cloud'],
    [
      'which is the bigger commitment, Microsoft in the UAE or Microsoft in Kenya?',
      'kenya-microsoft-g42-data-centre-2024',
    ],
    ['when did the ICC switch to openDesk? our CIO likes Nextcloud', 'icc-opendesk-2025'],
    ['did anyone make a joke about Gaia-X?', 'eu-gaia-x-founding'],
    ['Microsoft a fermé Cloud Deutschland quand ?', 'germany-microsoft-cloud-deutschland-2015'],
  ])('"%s" is answered from %s', (question, deal) => {
    expect(answered(engine.ask(question)).deals.map((d) => d.id)).toContain(deal);
  });

  it('"list the Google Workspace deals" lists the Workspace deals, not every Google deal', () => {
    const answer = answered(engine.ask('list the Google Workspace deals'));
    expect(answer.deals.map((d) => d.id)).toContain('denmark-helsingor-google-workspace-ban-2022');
    expect(answer.deals.length).toBeLessThanOrEqual(3);
  });

  it('a recommendation the entry records is no claim to correct', () => {
    expect(answered(engine.ask('Was Nuñez recommended to stop using Palantir?')).shape).not.toBe(
      'correction',
    );
  });

  it('"who has signed up for" a provider lists its own deals, not every deal naming it', () => {
    const answer = answered(engine.ask('who has signed up for STACKIT?'));
    expect(answer.deals.map((d) => d.id)).not.toContain('singapore-government-on-commercial-cloud-gcc');
  });

  it('data lost in TB is no storage-plan question', () => {
    expect(engine.ask('How much data did Indonesia lose, in TB, from the PDN storage?')).not.toMatchObject({
      reason: 'off-topic',
    });
  });
});

describe('"la stratégie nationale" is France\'s national cloud strategy', () => {
  it('is listed in a French timeline of the French cloud texts', () => {
    const answer = answered(
      engine.ask(
        'chronologie de la doctrine cloud française, de la stratégie nationale de 2021 à la loi SREN',
      ),
    );
    expect(answer.deals.map((d) => d.id)).toContain('france-national-cloud-strategy-2021');
  });

  it("does not take over Spain's national strategy", () => {
    expect(answered(engine.ask('que dit la stratégie nationale espagnole sur le cloud ?')).deals[0]?.id).toBe(
      'spain-cloud-strategy-nubesara',
    );
  });
});

describe('what a question sets aside claims nothing', () => {
  it('a name denied in brackets is no party claimed', () => {
    const answer = answered(
      engine.ask("Estonia's data embassy in Luxembourg (the country, not the Court): what does it cost?"),
    );
    expect(answer.shape).not.toBe('correction');
    expect(answer.deals[0]?.id).toBe('estonia-luxembourg-data-embassy-2017');
  });

  it('what a product is an alternative to is no party claimed', () => {
    expect(
      answered(engine.ask('openDesk, the alternative to M365: what did BWI sign for the Bundeswehr?')).shape,
    ).not.toBe('correction');
  });

  it('a provider chosen instead of the one named is still corrected', () => {
    expect(answered(engine.ask('Why did MI5 choose Oracle rather than Google?')).shape).toBe('correction');
  });

  it("people who had signed a petition are not the deal's signature", () => {
    expect(
      answered(engine.ask('by December 2025 how many people had signed against the Bavarian M365 deal?'))
        .shape,
    ).not.toBe('correction');
  });

  it('"seven member states" counts the states the entry counts', () => {
    expect(
      answered(engine.ask('how much state aid may the seven member states grant under IPCEI-CIS?')).shape,
    ).not.toBe('correction');
  });
});

describe('a judgement in a remark is not what is asked', () => {
  it('answers the question beside a remark that praises a codename', () => {
    const answer = engine.ask('WildandStormy, the best codename ever. When was it re-awarded to AWS?');
    expect(answered(answer).deals[0]?.id).toBe('us-nsa-wildandstormy-aws-2021');
  });

  it('declines a judgement asked after the question, as a request or a phrase', () => {
    for (const q of [
      'Bleu or S3NS? the best one pls',
      'Bleu ou S3NS ? dites-moi le meilleur',
      'Is the AWS European Sovereign Cloud sovereign? Recommend the safest option.',
      'Who won JEDI? Was it the right decision',
      'Tell me which is best. Bleu or S3NS?',
    ])
      expect(engine.ask(q)).toMatchObject({ kind: 'no-answer', reason: 'opinion' });
  });

  it('still declines an opinion asked after the question mark', () => {
    for (const q of [
      'Bleu or S3NS? Which is best.',
      'Should the Bund leave Microsoft? Give me your view, yes or no.',
      'Faut-il quitter Microsoft ? Votre avis m’intéresse.',
    ])
      expect(engine.ask(q)).toMatchObject({ kind: 'no-answer', reason: 'opinion' });
  });
});

describe('amounts written the German or French way', () => {
  it('"Mio" and "Mds" are scales, not unknown names', () => {
    for (const q of [
      'the 180 Mio sovereign cloud tender of the Commission: which SEAL level was required?',
      'le marché de 0,18 Mds du cloud souverain de la Commission, quel niveau SEAL ?',
    ])
      expect(answered(engine.ask(q)).deals[0]?.id).toBe('eu-commission-sovereign-cloud-tender-2026');
  });
});

describe('an outcome claimed that the entry says did not happen', () => {
  it('"still infringing" after the EDPS closed its case is corrected', () => {
    expect(
      answered(engine.ask("the Commission's M365 use is still infringing, says the EDPS - what now?")).shape,
    ).toBe('correction');
  });

  it('"ordonné en octobre 2020 la suspension" is an outcome claimed, with a date between', () => {
    expect(
      answered(
        engine.ask(
          "Pourquoi le Conseil d'État a-t-il ordonné en octobre 2020 la suspension du Health Data Hub ?",
        ),
      ).shape,
    ).toBe('correction');
  });
});

describe('a person named in full is listed wherever the facts quote them', () => {
  it('lists every deal whose facts quote the minister, in English and French', () => {
    for (const q of [
      'which deals mention Bruno Le Maire?',
      'dans quels dossiers Bruno Le Maire intervient-il ?',
    ]) {
      const ids = answered(engine.ask(q)).deals.map((d) => d.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'france-numspot-2022',
          'uk-intelligence-agencies-aws-2021',
          'france-national-cloud-strategy-2021',
        ]),
      );
    }
  });

  it('"quels dossiers parlent de" a person reads the facts too', () => {
    expect(
      answered(engine.ask('quels dossiers parlent de Philippe Latombe ?')).deals.map((d) => d.id),
    ).toContain('eu-us-data-privacy-framework-2023');
  });
});

describe('the question chooses the language of the answer, not a closing remark', () => {
  it('answers an English question in English despite a French remark', () => {
    const answer = answered(
      engine.ask('when was the Nube Pública IV framework terminated? mon directeur veut la date exacte'),
    );
    expect(answer.lang).toBe('en');
  });

  it('answers a French question in French despite an English sign-off', () => {
    expect(answered(engine.ask('quand Bleu a-t-il été annoncé ? thanks a lot')).lang).toBe('fr');
  });
});

describe('lists of what cites or takes up a name', () => {
  it('"which cases cite Schrems II?" lists the cases whose facts cite it', () => {
    const ids = answered(engine.ask('which cases cite Schrems II?')).deals.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'france-doctolib-aws-vaccination-conseil-etat-2021',
        'eu-edps-commission-microsoft-365-2024',
      ]),
    );
  });

  it('"which organisations adopted" a product lists every deal taking it up', () => {
    const ids = answered(engine.ask('which organisations adopted openDesk?')).deals.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025']));
  });
});

describe('round-ten readings', () => {
  it('a tender claimed where the entry says there was none is corrected, in French too', () => {
    for (const q of [
      "le Health Data Hub sur Azure a été attribué après quel appel d'offres ?",
      'after which tender was Azure chosen for the Health Data Hub?',
    ])
      expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it('"still the go-to for new customers" of an offer that stopped is corrected', () => {
    expect(
      answered(engine.ask('is Microsoft Cloud Deutschland still the first choice for new public customers?'))
        .shape,
    ).toBe('correction');
  });

  it('"X-gate" is the deal X', () => {
    expect(answered(engine.ask('DigiD-gate: when was the Solvinity takeover blocked?')).deals[0]?.id).toBe(
      'netherlands-solvinity-kyndryl-digid-2025',
    );
  });

  it('"G42 or its unit Core42 pls" lists the deals of both', () => {
    const ids = answered(engine.ask('every deal with G42 or its daughter Core42 pls')).deals.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(['kenya-microsoft-g42-data-centre-2024', 'uae-microsoft-g42-investment-2024']),
    );
  });
});

describe('what a list question sets aside', () => {
  it('"the alternative to M365" narrows no list of who signed up for openDesk', () => {
    const ids = answered(
      engine.ask(
        'openDesk is the German alternative to M365. Which organisations have signed up for it so far?',
      ),
    ).deals.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025']));
  });
});

describe('an award claimed with "attribute"', () => {
  it('"attribute JEDI to AWS" is corrected like "award JEDI to AWS"', () => {
    const answer = answered(engine.ask('Why did the Pentagon attribute the JEDI contract to AWS in 2019?'));
    expect(answer.shape).toBe('correction');
    expect(answer.statements[0]?.text).toMatch(/Microsoft/);
  });

  it('names the subject without the verb between its names', () => {
    const text = answered(engine.ask('Why did the Pentagon award JEDI to AWS?')).statements[0]?.text;
    expect(text).not.toMatch(/award JEDI/);
  });

  it('names no provider tail as the subject', () => {
    const text = answered(engine.ask('Why did the Pentagon attribute JEDI to Amazon Web Services?'))
      .statements[0]?.text;
    expect(text).not.toMatch(/Web Services's deal/);
  });
});

describe('a story named as the topic, then one detail asked', () => {
  it('answers the detail of the one deal, not a timeline', () => {
    for (const q of [
      "l'histoire de la localisation des données de paiement en Inde : Mastercard a été bloqué quand ?",
      'the OVHcloud IPO story: how much did it raise?',
    ])
      expect(answered(engine.ask(q)).shape).toBe('single');
  });

  it('still tells the story asked for', () => {
    expect(answered(engine.ask('tell me the whole story of JEDI')).shape).toBe('timeline');
  });
});

describe('comparisons asked in other words', () => {
  it('compares two named deals asked "what are the differences" or "which one" between them', () => {
    for (const q of [
      'C2S and C2E: what are the differences in vendors?',
      'Between S3NS and Bleu, which one has the SecNumCloud qualification?',
      "Japan's Government Cloud and Singapore's GCC: which providers are used in each programme?",
    ])
      expect(answered(engine.ask(q)).shape).toBe('compare');
  });

  it('two providers "between" which one won a deal is no comparison', () => {
    expect(answered(engine.ask('between Microsoft and Google, which one won the NATO deal?')).shape).not.toBe(
      'compare',
    );
  });
});

describe("a body the corpus does not know is not its country's deals", () => {
  it('abstains on an unknown Austrian body paired with a provider', () => {
    expect(
      engine.ask('What did the Austrian Bundesrechenzentrum (BRZ) pay Google Cloud in 2023?'),
    ).toMatchObject({ kind: 'no-answer' });
  });

  it("still corrects a country's pairing", () => {
    expect(answered(engine.ask('Did Indonesia choose Microsoft?')).shape).toBe('correction');
  });
});

describe('round-ten review regressions', () => {
  it('a past "still infringing" is no claim against the later remedy', () => {
    for (const q of [
      'was the Commission still infringing in 2024?',
      'In 2024, was the Commission still in breach with M365?',
    ])
      expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });

  it('a yes/no question of one tender awarded to a provider is checked, not listed', () => {
    expect(answered(engine.ask('Was the EU sovereign cloud tender attributed to AWS?')).shape).toBe(
      'correction',
    );
  });

  it('a name denied outside brackets stays the subject', () => {
    expect(answered(engine.ask('Did Microsoft pay OVHcloud, not CISPE?')).shape).toBe('correction');
  });

  it('"member states" of an entry that counts members is checked against the members', () => {
    expect(answered(engine.ask('Why did 11 member states found Gaia-X?')).shape).toBe('correction');
  });

  it("a replacement's tender is no claim against the first choice made without one", () => {
    expect(answered(engine.ask('Through which tender was Azure replaced at the HDH?')).shape).not.toBe(
      'correction',
    );
  });

  it("a language asked for in a closing remark is the answer's", () => {
    expect(answered(engine.ask('Who won JEDI? réponse en français merci')).lang).toBe('fr');
    expect(answered(engine.ask('Quand S3NS a-t-il été créé ? it is for an English newsletter')).lang).toBe(
      'en',
    );
  });

  it('an organisation named in full is no person quoted in the facts', () => {
    expect(
      answered(engine.ask('Anything on Joint Enterprise Defense Infrastructure?')).deals.map((d) => d.id),
    ).toEqual(['us-dod-jedi-microsoft-2019']);
  });

  it('"a provider as an alternative to Microsoft" lists only the moves to it', () => {
    const ids = answered(
      engine.ask('Which cities chose LibreOffice as an alternative to Microsoft?'),
    ).deals.map((d) => d.id);
    expect(ids).not.toContain('microsoft-cispe-settlement-2024');
  });

  it('a provider set aside as an alternative is no pairing claimed', () => {
    expect(engine.ask('Did the Bundeswehr pick openDesk instead of Google Workspace?')).not.toMatchObject({
      shape: 'correction',
    });
  });
});

describe('round-ten second review', () => {
  it('"in French" or "en anglais" inside the question asks for no language', () => {
    expect(answered(engine.ask('Is the HDH data now stored in French data centres?')).lang).toBe('en');
    expect(answered(engine.ask('Quel est le nom en anglais du Health Data Hub ?')).lang).toBe('fr');
  });

  it('"the … contract" with no name or place is not checked as one deal', () => {
    expect(answered(engine.ask('Was the 10bn contract awarded to Microsoft?')).shape).not.toBe('correction');
  });

  it('a judgement of an option before the question still asks an opinion', () => {
    for (const q of [
      'Most trustworthy provider for the MoD. Who would that be?',
      'The best provider for NATO. Google?',
    ])
      expect(engine.ask(q)).toMatchObject({ kind: 'no-answer', reason: 'opinion' });
  });

  it("a provider's product or a vocative after the provider is no unknown body", () => {
    for (const q of ['Why did NATO pick AWS Outposts?', 'Did Kenya pick AWS or Google, Sherlock?'])
      expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it('a whole story asked "from when … to now" is a timeline', () => {
    expect(
      answered(engine.ask('I want the whole saga of the HDH, when it started and where it stands now')).shape,
    ).toBe('timeline');
  });

  it('providers, places or years "between … and …" are no deals to compare', () => {
    for (const q of [
      'Between Google Cloud and AWS, which one won Nimbus?',
      'France and Germany: what are the differences in their cloud strategies?',
      'Between 2021 and 2023, which one did Japan add?',
    ])
      expect(engine.ask(q)).not.toMatchObject({ shape: 'compare' });
  });

  it('a name beginning with a common word is no person', () => {
    expect(
      answered(engine.ask('Which deals mention Executive Order 12333?')).deals.length,
    ).toBeLessThanOrEqual(2);
  });

  it('keeps "Ministry of Digital Affairs" whole as a correction\'s subject', () => {
    expect(
      answered(engine.ask('Did the Danish Ministry of Digital Affairs pick Microsoft?')).statements[0]?.text,
    ).toMatch(/^Ministry of Digital Affairs/);
  });
});

describe('amounts written "540 Mio GBP" are checked like "GBP 540m"', () => {
  it('corrects a figure the entry does not give', () => {
    expect(answered(engine.ask('Home Office AWS contract 540 Mio GBP?')).shape).toBe('correction');
  });

  it('answers the figure the entry gives', () => {
    expect(answered(engine.ask('Home Office AWS contract 450 Mio GBP?')).shape).not.toBe('correction');
  });
});

describe('a payment whose object is a pronoun', () => {
  it('"having paid it" is no payment by the name before the verb', () => {
    expect(
      answered(engine.ask('how much had the Home Office paid AWS between 2017 and 2022, per CICTAR?')).shape,
    ).not.toBe('correction');
  });

  it('still corrects a payment claimed the other way round', () => {
    expect(answered(engine.ask('Why did CISPE pay Microsoft?')).shape).toBe('correction');
  });
});

describe('named deals asked "in date order" or "dans quel ordre"', () => {
  it.each([
    [
      'Could you sort JEDI, C2S and JWCC by date?',
      ['cia-c2s-aws-2013', 'us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022'],
    ],
    [
      'In what order did S3NS, NumSpot and Bleu come?',
      [
        'france-bleu-orange-capgemini-microsoft-2021',
        'france-s3ns-thales-google-2021',
        'france-numspot-2022',
      ],
    ],
    [
      'dans quel ordre : JWCC, C2E, C2S ?',
      ['cia-c2s-aws-2013', 'cia-c2e-multicloud-2020', 'us-dod-jwcc-2022'],
    ],
  ])('%s', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('timeline');
    expect(answer.deals.map((d) => d.id)).toEqual(ids);
  });
});

describe('a provider compared with, or a body reporting on a choice, is claimed no party', () => {
  it.each([
    'For C2S, was Amazon more costly than IBM?',
    "C2S : l'offre d'Amazon était-elle plus chère qu'IBM ?",
    'What did the GAO conclude about the CIA choosing Amazon over IBM?',
  ])('%s', (q) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).not.toBe('correction');
    expect(answer.deals.map((d) => d.id)).toContain('cia-c2s-aws-2013');
  });

  it('still corrects a pairing claimed outright', () => {
    expect(answered(engine.ask('Why did the CIA pick IBM for C2S?')).shape).toBe('correction');
  });
});

describe('a place whose entry moves off a provider', () => {
  it.each([
    'Why did Schleswig-Holstein pick Microsoft 365?',
    'Pourquoi le Schleswig-Holstein a-t-il retenu Microsoft 365 ?',
  ])('corrects "%s"', (q) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('correction');
    expect(answer.deals.map((d) => d.id)).toContain('germany-schleswig-holstein-open-source-2024');
  });

  it.each([
    'Why did Schleswig-Holstein get rid of Microsoft Office?',
    'Does Schleswig-Holstein still use Microsoft Outlook?',
    'When did Schleswig-Holstein drop Microsoft?',
  ])('answers "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });
});

describe('a long question told around its asking sentence', () => {
  it.each([
    [
      'My cousin in Linz swears the Austrian army dropped Office. I can hardly believe it. How many PCs did the Bundesheer move to LibreOffice?',
      'austria-armed-forces-libreoffice-2025',
    ],
    [
      'Who are the shareholders of NumSpot? Somebody at the Tuesday lunch said La Poste, of all things.',
      'france-numspot-2022',
    ],
  ])('answers the asking sentence: %s', (q, id) => {
    const answer = answered(engine.ask(q));
    expect(answer.deals.map((d) => d.id)).toEqual([id]);
    expect(answer.question).toBe(q);
  });

  it('not when the told sentences pair the deal with a provider it does not have', () => {
    expect(
      engine.ask(
        'For a piece on Five Eyes clouds I need to know why ASD went with Oracle for its secret cloud while GCHQ chose AWS. What was ASD’s reasoning?',
      ),
    ).not.toMatchObject({ kind: 'answered', shape: 'single' });
  });

  it('the asking sentences are those ending with a question mark, when others tell around them', () => {
    expect(askingSentences('Context first. the MoD deal keeps data in the UK right? fine by me')).toBe(
      'the MoD deal keeps data in the UK right?',
    );
    expect(askingSentences('When was JEDI cancelled?')).toBeUndefined();
  });
});

describe('an owner asked for', () => {
  it('gets the fact saying whom the company belongs to', () => {
    expect(
      answered(engine.ask('who is the owner of GCBD, the iCloud operator in China - private or state?'))
        .statements[0]?.text,
    ).toMatch(/belongs to the Guizhou provincial government/);
  });
});

describe('true premises no longer corrected', () => {
  it('an adverb after the auxiliary is no claimed verb ("a encore été renouvelé")', () => {
    expect(
      answered(
        engine.ask(
          'Le contrat de Palantir avec la DGSI a encore été renouvelé en 2025 : pour combien de temps ?',
        ),
      ).shape,
    ).not.toBe('correction');
  });

  it("a deal named by its own several-word name that has the providers is the question's subject", () => {
    const answer = answered(
      engine.ask('Deutschland-Stack award: what share went to the telekom/sap consortium?'),
    );
    expect(answer.shape).not.toBe('correction');
    expect(answer.deals[0]?.id).toBe('germany-deutschland-stack-ai-cloud-2026');
  });

  it('still corrects a provider that deal does not have', () => {
    expect(answered(engine.ask('Why did the Deutschland-Stack pick AWS?')).shape).toBe('correction');
  });
});

describe('a title before a conjunction is another person’s', () => {
  it('"the Greek Prime Minister and Brad Smith" gives Brad Smith no title', () => {
    expect(
      answered(
        engine.ask(
          'Where did the Greek Prime Minister and Brad Smith present the Microsoft data-centre plan in 2020?',
        ),
      ).shape,
    ).not.toBe('correction');
  });
});

describe('a subject and a provider given as alternatives', () => {
  it('"M365 or Google Workspace" pairs nothing', () => {
    expect(engine.ask('which rulings went against M365 or Google Workspace?')).not.toMatchObject({
      shape: 'correction',
    });
  });

  it('a provider claimed outright is still corrected', () => {
    expect(answered(engine.ask('Why did MI5 choose Oracle?')).shape).toBe('correction');
  });
});

describe('a list asked, then a remark', () => {
  it('keeps the list the asking sentence asks for', () => {
    const answer = answered(
      engine.ask(
        'Which Pentagon cloud contracts are in your files? The Department of Defense itself, not the spy agencies.',
      ),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022']),
    );
  });

  it('a list asked after a sentence naming the deal stays that deal', () => {
    const answer = answered(
      engine.ask(
        'Solvinity being bought by Kyndryl worries us. When the takeover came up, what did the Dutch state secretary say about the government contracts?',
      ),
    );
    expect(answer.deals[0]?.id).toBe('netherlands-solvinity-kyndryl-digid-2025');
  });
});

describe('providers given as alternatives in a list', () => {
  it('"against Microsoft 365 or Google Workspace" lists the rulings on either product', () => {
    const answer = answered(
      engine.ask('which regulators decided against Microsoft 365 or Google Workspace?'),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'eu-edps-commission-microsoft-365-2024',
        'germany-dsk-microsoft-365-2022',
        'denmark-helsingor-google-workspace-ban-2022',
      ]),
    );
  });
});

describe('round-eleven review', () => {
  it('"in what order" of one deal’s steps stays that deal’s question', () => {
    for (const q of [
      'In what order did the Danish digital ministry switch its staff to LibreOffice?',
      'In what order did Schleswig-Holstein roll out LibreOffice and Open-Xchange?',
    ])
      expect(answered(engine.ask(q)).shape).toBe('single');
  });

  it('an alternative or a provider passed over is claimed nothing of a place', () => {
    for (const q of [
      'Did Schleswig-Holstein move its mail to Open-Xchange or Microsoft Exchange?',
      'Why did Schleswig-Holstein choose Open-Xchange over Microsoft Exchange?',
    ])
      expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });

  it('a remark naming one deal of the list keeps that deal', () => {
    expect(
      answered(engine.ask('Which contracts did AWS win with the CIA? Only C2S matters to me.')).deals.map(
        (d) => d.id,
      ),
    ).toEqual(['cia-c2s-aws-2013']);
  });

  it('a told sentence naming a body the corpus does not know is not dropped', () => {
    expect(
      engine.ask(
        'Sorry for the long message. The FBI gave WildandStormy to AWS. When was WildandStormy re-awarded?',
      ),
    ).toMatchObject({ kind: 'no-answer' });
  });

  it('a provider after "regarding" is still claimed', () => {
    expect(
      answered(
        engine.ask("What did the Conseil d'État decide regarding the Health Data Hub on Google Cloud?"),
      ).shape,
    ).toBe('correction');
  });

  it('"belonged to the consortium" is no owner', () => {
    expect(
      answered(engine.ask('Who owns the company that runs iCloud in China?')).statements[0]?.text,
    ).not.toMatch(/data centre belonged/);
  });
});

describe('awards a bidder contested', () => {
  it('lists every deal with a fact of a bidder contesting the award', () => {
    const answer = answered(
      engine.ask('which tenders were contested by a losing bidder in court or by protest?'),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'cia-c2s-aws-2013',
        'us-dod-jedi-microsoft-2019',
        'us-nsa-wildandstormy-aws-2021',
      ]),
    );
  });

  it('a body named narrows the list to the facts naming it', () => {
    const answer = answered(engine.ask('which contracts went before the GAO as bid protests?'));
    expect(answer.deals.map((d) => d.id).sort()).toEqual([
      'cia-c2s-aws-2013',
      'us-nsa-wildandstormy-aws-2021',
    ]);
  });

  it('one award challenged is that deal’s question', () => {
    expect(answered(engine.ask('Why did AWS challenge the JEDI award?')).shape).not.toBe('list');
  });
});

describe("a provider's product narrows its deals", () => {
  it('"the Google air-gapped deals" are those whose facts write it', () => {
    const answer = answered(engine.ask('list the Google air-gapped deals'));
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'nato-ncia-google-distributed-cloud-air-gapped-2025',
        'germany-bundeswehr-google-cloud-air-gapped-2025',
      ]),
    );
    expect(answer.deals.map((d) => d.id)).not.toContain('us-dod-jwcc-2022');
  });

  it('a verb after the provider narrows nothing', () => {
    expect(
      answered(engine.ask('which public sector deals has palantir landed?')).deals.length,
    ).toBeGreaterThan(1);
  });
});

describe('a story told "from … in 2019 until …"', () => {
  it('starts in that year rather than keeping to it', () => {
    const answer = answered(
      engine.ask('Health Data Hub hosting chronology please, from Azure in 2019 until the move to Scaleway'),
    );
    expect(answer.deals.map((d) => d.id)).toEqual([
      'france-health-data-hub-microsoft-azure',
      'france-health-data-hub-scaleway-2026',
    ]);
  });
});

describe('a compared part standing for the thing the first part names', () => {
  it('"the one announced by SAP" borrows "investment" from the first part', () => {
    expect(
      answered(
        engine.ask(
          'Compare the investment AWS announced for its European Sovereign Cloud with the one announced by SAP',
        ),
      ).deals.map((d) => d.id),
    ).toEqual(['eu-aws-european-sovereign-cloud', 'sap-sovereign-cloud-investment-2025']);
  });
});

describe('round-eleven second review', () => {
  it('a bidder’s challenge is asked as such, or of a provider named', () => {
    expect(answered(engine.ask('Which awards did Microsoft protest?')).deals.map((d) => d.id)).toEqual([
      'us-nsa-wildandstormy-aws-2021',
    ]);
    expect(answered(engine.ask('Which cloud deals were protested by workers?')).shape).not.toBe('list');
  });

  it('the Deutschland-Stack procurement complaint is a bidder’s challenge', () => {
    expect(
      answered(engine.ask('Which cloud contracts were challenged by a losing bidder?')).deals.map(
        (d) => d.id,
      ),
    ).toContain('germany-deutschland-stack-ai-cloud-2026');
  });

  it('"which customers use X" stays the product’s own question', () => {
    expect(answered(engine.ask('Which customers use the AWS European Sovereign Cloud?')).shape).toBe(
      'single',
    );
  });

  it('a story’s start that none of its deals has is checked', () => {
    expect(
      answered(
        engine.ask('Walk me through the Health Data Hub, from its 2017 launch until the Scaleway choice.'),
      ).shape,
    ).toBe('correction');
  });

  it('"plutôt qu’AWS" passes AWS over', () => {
    expect(
      answered(engine.ask("Pourquoi le Pentagone a-t-il choisi Microsoft plutôt qu'AWS pour JEDI ?")).shape,
    ).not.toBe('correction');
  });
});

describe('work claimed to go on under a cancelled deal', () => {
  it.each([
    'How far along is Microsoft with building JEDI now?',
    'How much has the Pentagon spent on JEDI so far?',
  ])('corrects "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it.each([
    'How much had the Pentagon spent on JEDI before it was cancelled?',
    'Où en est le contrat JEDI ?',
  ])('answers "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });
});

describe('something claimed not had yet that the entry records granted', () => {
  it.each([
    "S3NS still hasn't got SecNumCloud, why?",
    "Pourquoi S3NS n'est-il toujours pas qualifié SecNumCloud ?",
  ])('corrects "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it('answers it of a deal that has not had it', () => {
    expect(answered(engine.ask('Why does Bleu still not have SecNumCloud?')).shape).not.toBe('correction');
  });
});

describe('a yes/no question after a lead-in or another clause asks whether', () => {
  it.each([
    'In the Home Office contract with AWS, had the ministry some right to audit or to inspect the data centres?',
    'New Zealand AWS region in Auckland: does Amazon own the buildings?',
  ])('answers "%s" with the fact that says no', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('single');
  });

  it('still corrects the same thing claimed', () => {
    expect(
      answered(engine.ask("The Home Office got the right to audit AWS's data centres, right?")).shape,
    ).toBe('correction');
  });
});

describe('reading round 12', () => {
  it('reads "IaaS" as a common noun, in a told sentence too', () => {
    const answer = answered(
      engine.ask(
        "Context: we're scoping a 3-yr IaaS commitment for our ministry. For the UK Home Office AWS deal, what was the committed minimum spend vs the max?",
      ),
    );
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe('uk-home-office-aws-2023');
  });

  it('reads a German "Land" as no party', () => {
    expect(
      answered(engine.ask('bavaria M365 deal, what did the open letter reckon it would cost the Land')).shape,
    ).toBe('single');
  });

  it('leaves a place in a closing remark to the asker', () => {
    const answer = answered(
      engine.ask(
        'Why did Microsoft stop the Cloud Deutschland with T-Systems as data trustee? I want to understand the lessons for a trustee model here in Spain.',
      ),
    );
    expect(answer.deals[0]?.id).toBe('germany-microsoft-cloud-deutschland-2015');
    expect(answer.shape).not.toBe('correction');
  });

  it('reads a year after "pour" as the period a figure covers', () => {
    expect(
      answered(
        engine.ask(
          "Quel montant d'achats cloud le président de l'UGAP a-t-il indiqué pour 2024 devant la commission d'enquête du Sénat ?",
        ),
      ).shape,
    ).not.toBe('correction');
  });

  it('reads "5yr" as a term', () => {
    const answer = answered(
      engine.ask('home office AWS 5yr hosting contract from dec 2023, whats the max value on it'),
    );
    expect(answer.shape).toBe('correction');
    expect(answer.statements[0]?.text).toContain('5 years');
  });

  it('corrects a figure said confirmed that no party confirmed, unless the question says so', () => {
    expect(
      answered(
        engine.ask(
          'GCHQ publicly confirmed that its contract with AWS is worth GBP 1bn. Over how many years?',
        ),
      ).shape,
    ).toBe('correction');
    expect(
      answered(
        engine.ask(
          'I appreciate that neither GCHQ nor AWS ever confirmed a figure, but what range did industry experts put on it?',
        ),
      ).shape,
    ).not.toBe('correction');
  });
});

describe('lists and comparisons round 12', () => {
  const ids = (q: string) => answered(engine.ask(q)).deals.map((d) => d.id);

  it('a kind offered beside a word that names none narrows nothing', () => {
    expect(ids('Australia: list every deal or policy you have from there.')).toEqual(
      expect.arrayContaining([
        'australia-asd-aws-top-secret-cloud-2024',
        'australia-hosting-strategy-certification-framework',
      ]),
    );
  });

  it.each([
    "What does the corpus hold on Canada's federal government and the cloud?",
    'Which Indian measures on government cloud or data localisation does the corpus cover?',
    'Which Latin American government cloud arrangements are recorded?',
  ])('"%s" is a list', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('list');
  });

  it('names offered as alternatives list the deals of either', () => {
    expect(ids('Every deal where G42 or its Core42 unit is involved?')).toEqual(
      expect.arrayContaining([
        'kenya-microsoft-g42-data-centre-2024',
        'uae-abu-dhabi-government-microsoft-core42-sovereign-cloud-2025',
        'uae-microsoft-g42-investment-2024',
      ]),
    );
  });

  it('common words offered as alternatives still narrow together', () => {
    expect(ids("which armed forces or military alliances bought Google's air-gapped cloud?")).toEqual([
      'nato-ncia-google-distributed-cloud-air-gapped-2025',
      'germany-bundeswehr-google-cloud-air-gapped-2025',
    ]);
  });

  it('aspects after a colon name no deal of a comparison', () => {
    expect(
      ids(
        'Pourriez-vous comparer Bleu et S3NS : actionnariat, technologie sous-jacente et état de la qualification SecNumCloud ?',
      ),
    ).toEqual(['france-bleu-orange-capgemini-microsoft-2021', 'france-s3ns-thales-google-2021']);
  });

  it.each([
    'For a workshop I need a comparison between SecNumCloud 3.2, the European EUCS and the Korean CSAP.',
    'Merci de mettre en regard la décision du CEPD sur Microsoft 365 et la position de la DSK sur ce même logiciel.',
  ])('"%s" compares', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('compare');
  });

  it('"over time" asks for a timeline', () => {
    expect(answered(engine.ask('CIA cloud contracts over time: C2S then C2E.')).shape).toBe('timeline');
  });

  it("a place's deals asked in date order are its timeline, one deal's steps are not", () => {
    expect(
      answered(
        engine.ask(
          'For a note on the Netherlands: set out in date order the Dutch government cloud matters recorded.',
        ),
      ).shape,
    ).toBe('timeline');
    expect(answered(engine.ask('In what order did Denmark switch its staff?')).shape).toBe('single');
  });
});

describe('a review of round 12: facts asked, not opinions or corrections', () => {
  it.each([
    'Selon vous, quand S3NS a-t-il été annoncé ?',
    'In your view, how much is the Home Office AWS contract worth?',
    'Would Scaleway be a safer option than Azure, according to the Health Data Hub?',
    'Did Lyon consider open source a safer bet?',
  ])('answers "%s"', (q) => {
    expect(engine.ask(q).kind).toBe('answered');
  });

  it.each([
    'What did the Home Office spend with AWS in the 5yrs before the contract?',
    'What happened with the Health Data Hub over the last five years?',
    'openDesk keeps coming up as the German alternative to M365. Which organisations have signed up for openDesk so far?',
  ])('does not correct "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });

  it.each([
    'The Home Office signed its AWS contract for 2021, right?',
    'For 2019, which providers won Israel’s Project Nimbus?',
  ])('still corrects "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it('one deal asked "over time" is that deal’s question', () => {
    expect(answered(engine.ask('How did the Dutch government cloud policy evolve over time?')).shape).toBe(
      'single',
    );
  });

  it('"décisions ou réglementations" keeps both kinds', () => {
    const ids = answered(engine.ask('Quelles décisions ou réglementations concernent Microsoft ?')).deals.map(
      (d) => d.id,
    );
    expect(ids).toContain('germany-dsk-microsoft-365-2022');
    expect(ids).not.toContain('france-health-data-hub-scaleway-2026');
  });

  it('an overview of one deal’s several-word name is that deal', () => {
    expect(answered(engine.ask('What does the corpus hold on the Data Act?')).deals.map((d) => d.id)).toEqual(
      ['eu-data-act-cloud-switching'],
    );
  });
});

describe('a majority claimed in French, or of "MS"', () => {
  it.each([
    'Pourquoi Google détient-il la majorité du capital de S3NS ?',
    'pourquoi MS détient la majorité du capital de Bleu ?',
  ])('corrects "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });
});

describe('an appositive between commas describes a name', () => {
  it('narrows a list by none of its providers or kinds', () => {
    expect(
      answered(
        engine.ask(
          'Je cherche tous les dossiers où S3NS, la coentreprise Thales-Google, intervient comme fournisseur.',
        ),
      ).deals.map((d) => d.id),
    ).toEqual(
      expect.arrayContaining(['eu-commission-sovereign-cloud-tender-2026', 'france-s3ns-thales-google-2021']),
    );
  });
});

describe('a second review of round 12', () => {
  it('"hold on X and Y" wants both providers', () => {
    const ids = answered(engine.ask('Which deals does the corpus hold on Oracle and Microsoft?')).deals.map(
      (d) => d.id,
    );
    expect(ids).not.toContain('france-health-data-hub-scaleway-2026');
    expect(ids).toContain('saudi-oracle-microsoft-cloud-investments-2023');
  });

  it('M365 names Microsoft 365, not every Microsoft deal', () => {
    expect(answered(engine.ask('Which deals involve M365?')).deals.map((d) => d.id)).not.toContain(
      'us-dod-jedi-microsoft-2019',
    );
  });

  it.each([
    'According to critics, is openDesk a safer choice than Microsoft 365?',
    'Did the ICC consider openDesk a safer option than Microsoft?',
  ])('asks a fact: "%s"', (q) => {
    const answer = engine.ask(q);
    expect(answer.kind === 'no-answer' && answer.reason).not.toBe('opinion');
  });
});

describe('reading round 13', () => {
  it.each([
    [
      'Je voudrais comparer le Brésil et la Colombie : comment chacun achète-t-il le cloud ?',
      ['brazil-nuvem-de-governo-serpro-dataprev-2024', 'colombia-nube-publica-iv-framework-2021'],
    ],
    [
      "Keeping a state running from abroad: how does Estonia's data embassy compare with what Ukraine did?",
      ['estonia-luxembourg-data-embassy-2017', 'ukraine-government-data-cloud-migration-2022'],
    ],
  ])('a compared place with one deal names it: "%s"', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id).sort()).toEqual([...ids].sort());
  });

  it('reads "first" of a several-word alias as phrasing in a timeline', () => {
    const answer = answered(
      engine.ask(
        'japan govt cloud story in order pls, from the first hyperscaler picks to the first japanese provider',
      ),
    );
    expect(answer.shape).toBe('timeline');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'japan-government-cloud-2021-2022',
        'japan-sakura-internet-government-cloud-2023',
      ]),
    );
  });

  it('reads names listed alone between commas as examples', () => {
    const ids = answered(
      engine.ask('pls list every us defence / intel cloud contract u know of - cia, nsa, pentagon, the lot'),
    ).deals.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(['cia-c2s-aws-2013', 'us-nsa-wildandstormy-aws-2021', 'us-dod-jwcc-2022']),
    );
  });

  it.each([
    'And Denmark, which cases do you have there? We also look at Scandinavian municipalities.',
    'which uk govt deals has aws actually landed? i know hmrc and the home office, what else is there',
  ])('keeps the list asked: "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('list');
  });

  it.each([
    'Colombia has prolonged its Nube Pública IV framework until 2030. Which providers are on it?',
    'the uk mod signed a 400m sovereign cloud deal with oracle last september. what exactly is oracle delivering?',
    'Since Schrems II also declared the standard contractual clauses invalid, on which legal basis can we transfer data?',
    'Now the EU General Court annulled the Data Privacy Framework in September 2025, what does that mean for transfers?',
  ])('corrects "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it.each([
    'Why did the CJEU annul the Privacy Shield in Schrems II?',
    'The court invalidated the Privacy Shield in 2020; what was the reasoning?',
    "Latombe's case against the DPF was dismissed; what were his arguments?",
  ])('does not correct a ruling told as the entry tells it: "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });
});

describe('a review of round 13', () => {
  it('compares two places alone after a lead-in', () => {
    expect(
      answered(engine.ask('Sovereignty by design: how does Italy compare with Portugal?'))
        .deals.map((d) => d.id)
        .sort(),
    ).toEqual(['italy-polo-strategico-nazionale-2022', 'portugal-national-sovereign-cloud-plan-2026']);
  });

  it('names no deal by a place with several', () => {
    const answer = engine.ask('Open source at the ministry level: how does Austria compare with Denmark?');
    expect(answer.kind === 'answered' ? answer.deals.map((d) => d.id) : []).not.toContain(
      'france-lyon-leaves-microsoft-2025',
    );
  });

  it.each([
    'GAO struck down the NSA contract with AWS, right?',
    'The DGSI prolonged Palantir until 2028, right?',
    'Un contrat de 6 millions pour le Health Data Hub ?',
  ])('does not correct a true claim: "%s"', (q) => {
    const answer = engine.ask(q);
    expect(answer.kind === 'answered' && answer.shape).not.toBe('correction');
  });

  it('lists the deals a lone alias word names', () => {
    const answer = answered(engine.ask('list every hyperscaler deal'));
    expect(answer.shape).toBe('list');
    expect(answer.deals.length).toBeGreaterThan(1);
  });
});

describe('founders claimed', () => {
  it.each([
    'Amazon et Google faisaient partie des membres fondateurs de Gaia-X en septembre 2020. Quel rôle jouaient-ils dans l’association ?',
    'Was Amazon a founding member of Gaia-X?',
  ])('corrects a provider the founders list leaves out: "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it.each(['Who were the founding members of Gaia-X?', 'Was OVH a founding member of Gaia-X?'])(
    'answers "%s"',
    (q) => {
      expect(answered(engine.ask(q)).shape).not.toBe('correction');
    },
  );
});

describe('share prices now or to come', () => {
  it.each([
    "Quel sera le cours de l'action OVHcloud à la fin de l'année 2027 ?",
    "Combien vaut l'action Microsoft ce matin à Wall Street ?",
  ])('are no corpus matter: "%s"', (q) => {
    expect(engine.ask(q)).toMatchObject({ kind: 'no-answer' });
  });

  it("answers the IPO's first day", () => {
    expect(answered(engine.ask("How did OVHcloud's shares do on day one?")).deals[0]?.id).toBe(
      'france-ovhcloud-euronext-ipo-2021',
    );
  });
});

describe('reading round 14', () => {
  it.each([
    [
      'on what date did the hague formally stop kyndryl from buying solvinity',
      'netherlands-solvinity-kyndryl-digid-2025',
    ],
    [
      "is there even one canadian-owned cloud outfit that's pre-approved for federal workloads in ottawa?",
      'canada-government-cloud-framework',
    ],
  ])('reads a capital as its government too: "%s"', (q, id) => {
    expect(answered(engine.ask(q)).deals[0]?.id).toBe(id);
  });

  it('keeps an overview of a place when a later sentence names its capital', () => {
    const answer = answered(
      engine.ask(
        "Qu'est-ce que vous avez sur le Canada? Au ministère on veut voir ce qu'Ottawa a fait côté infonuagique",
      ),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.every((d) => d.id.startsWith('canada-'))).toBe(true);
  });
});

describe('a share claimed small', () => {
  it.each([
    'the Dutch Court of Audit found that very few of the cloud providers used by ministries were American, so why all the fuss?',
    'la Cour des comptes néerlandaise a trouvé que très peu des fournisseurs cloud des ministères sont américains, alors pourquoi tout ce débat à La Haye ?',
  ])('is corrected when the entry gives more than half: "%s"', (q) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('netherlands-government-cloud-policy');
  });

  it.each([
    "Very few of the Dutch government's cloud services were from Microsoft?",
    'Very few of the cloud providers in use by Dutch ministries were European, right?',
    'Très peu de ministères néerlandais utilisent vraiment le cloud public ?',
    "Very few Singapore government systems would stay on the government's own cloud?",
  ])('is not corrected when the large share says nothing against it: "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).not.toBe('correction');
  });

  it('is not corrected when the entry gives no large share of it', () => {
    expect(
      answered(
        engine.ask(
          'Very few of the bidders in the Swiss Public Clouds Bund tender were Swiss. Which ones won?',
        ),
      ).shape,
    ).not.toBe('correction');
  });
});

describe('a review of the round-14 sets', () => {
  it.each([
    "I understood that the TIM-led group did not have the best offer in the tender for Italy's Polo Strategico Nazionale. How did they win it anyway?",
    'italy PSN: fastweb-aruba had the better discount, so how did the TIM group end up winning??',
    'italian PSN tender: if Fastweb-Aruba had the best offer, how the TIM group won it at the end?',
  ])('reads a ranking reported of a bid as no opinion asked, nor a party claimed: "%s"', (q) => {
    expect(answered(engine.ask(q))).toMatchObject({
      shape: 'single',
      deals: [{ id: 'italy-polo-strategico-nazionale-2022' }],
    });
  });

  it('still declines a ranking asked for', () => {
    expect(engine.ask('which provider has the best offer?')).toMatchObject({
      kind: 'no-answer',
      reason: 'opinion',
    });
  });

  it.each([
    [
      'Has Google an exclusive position at NATO with this NCIA contract, or is another hyperscaler also in the game?',
      'nato-ncia-google-distributed-cloud-air-gapped-2025',
    ],
    [
      'Why has Defense Secretary Esper stepped back from the JEDI review shortly before the award? Some conflict of interest?',
      'us-dod-jedi-microsoft-2019',
    ],
    [
      'Airbus went to Google Workspace in 2018 but could not move everything. What stayed behind, and on which software?',
      'airbus-european-sovereign-cloud-tender-2025',
    ],
  ])('answers without a correction: "%s"', (q, id) => {
    expect(answered(engine.ask(q))).toMatchObject({ shape: 'single', deals: [{ id }] });
  });

  it('still corrects a contract claimed gone to a provider the entry names only as a bidder', () => {
    expect(answered(engine.ask('JEDI went to AWS in 2019, how much was it worth?')).shape).toBe('correction');
  });

  it('compares the deals a question names after a lead-in and a colon', () => {
    const answer = answered(
      engine.ask(
        'UK Ministry of Defence: how does the Google Cloud sovereign deal compare to the Oracle MODCLOUD agreement, in value and scope?',
      ),
    );
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id).sort()).toEqual([
      'uk-mod-google-cloud-sovereign-2025',
      'uk-mod-oracle-cloud-2020-2026',
    ]);
  });
});

describe('decisions and a story told from end to end', () => {
  it.each([
    "Could you put Japan's Government Cloud decisions in date order, from the first hyperscalers to the first Japanese provider?",
    'How did the Japanese Government Cloud develop over time, from the first hyperscaler selection to the first domestic provider?',
  ])('orders the deals between the ends named: "%s"', (q) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('timeline');
    expect(answer.deals.map((d) => d.id)).toEqual([
      'japan-government-cloud-2021-2022',
      'japan-sakura-internet-government-cloud-2023',
    ]);
  });

  it('reads decisions as rulings beside a ruling body', () => {
    const ids = answered(
      engine.ask('which decisions by data protection authorities went against Microsoft 365?'),
    ).deals.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(['eu-edps-commission-microsoft-365-2024', 'germany-dsk-microsoft-365-2022']),
    );
  });

  it("reads a government's decisions in a place as its deals, whatever their kind", () => {
    const answer = answered(
      engine.ask(
        'Pays-Bas : quels dossiers avez-vous sur les décisions du gouvernement néerlandais en matière de cloud ?',
      ),
    );
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'netherlands-government-cloud-policy',
        'netherlands-solvinity-kyndryl-digid-2025',
      ]),
    );
  });
});

describe('lists of a story, of intelligence services, and outside a place', () => {
  it('orders the deals of a story with the places it names', () => {
    const answer = answered(
      engine.ask(
        'Microsoft and G42: put the deals of this story in date order, Abu Dhabi and Kenya included.',
      ),
    );
    expect(answer.shape).toBe('timeline');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['uae-microsoft-g42-investment-2024', 'kenya-microsoft-g42-data-centre-2024']),
    );
  });

  it('lists the intelligence services asked for', () => {
    const answer = answered(
      engine.ask(
        'Which intelligence services, in any country, have put classified data on Amazon Web Services?',
      ),
    );
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'uk-intelligence-agencies-aws-2021',
        'australia-asd-aws-top-secret-cloud-2024',
        'cia-c2s-aws-2013',
      ]),
    );
  });

  it.each([
    [
      'quels services de renseignement en dehors des États-Unis ont choisi AWS pour le top secret ?',
      'hors États-Unis',
    ],
    ['which AWS deals outside the US?', 'outside the United States'],
  ])('leaves out the place set outside: "%s"', (q, heading) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('list');
    expect(answer.deals.length).toBeGreaterThan(0);
    expect(answer.deals.every((d) => !d.id.startsWith('us-') && !d.id.startsWith('cia-'))).toBe(true);
    expect(renderAnswerText(answer)).toContain(heading);
  });

  it('lists the agreements of a customer asked "according to your sources"', () => {
    const answer = answered(
      engine.ask('What agreements has the Bundeswehr (through BWI) concluded, according to your sources?'),
    );
    expect(answer.deals.map((d) => d.id).sort()).toEqual([
      'germany-bundeswehr-google-cloud-air-gapped-2025',
      'germany-bwi-zendis-opendesk-2025',
    ]);
  });
});

describe('a review of round 14', () => {
  it.each([
    'What deals involve Dublin?',
    'Did Dublin ban Microsoft 365?',
    'what did dublin decide about microsoft 365',
  ])('reads no Irish government into Dublin, where providers keep their offices: "%s"', (q) => {
    const answer = engine.ask(q);
    if (answer.kind === 'answered')
      expect(answer.deals.map((d) => d.id)).not.toContain('eu-edps-commission-microsoft-365-2024');
  });

  it.each([
    'the ICC in the hague is apparently moving its ~1,800 workstations off microsoft onto some german open source suite. what actually pushed the court to drop microsoft office?',
    'la CPI à La Haye passe à openDesk, le changement concerne combien de postes de travail ?',
  ])('reads a capital after "in" as where something is: "%s"', (q) => {
    expect(answered(engine.ask(q))).toMatchObject({ shape: 'single', deals: [{ id: 'icc-opendesk-2025' }] });
  });

  it.each([
    'UK Ministry of Defence: how does the AWS deal compare to the Oracle agreement?',
    'UK Ministry of Defence: how does the Google deal compare to the Microsoft deal?',
    "Ministère des Armées britannique : comment l'accord avec Google Cloud se compare-t-il à celui avec Oracle ?",
    "Denmark: how does the Helsingør ban compare to the ministry's LibreOffice move?",
    'France: compare the Microsoft deal with the Google deal',
  ])('compares no deal outside the lead-in, nor one of a provider not named: "%s"', (q) => {
    const answer = engine.ask(q);
    if (answer.kind === 'answered' && answer.shape === 'compare') {
      expect(answer.deals.every((d) => !d.id.startsWith('saudi-') && !d.id.startsWith('germany-'))).toBe(
        true,
      );
      expect(answer.deals.map((d) => d.id)).not.toContain('uk-mod-google-cloud-sovereign-2025');
    }
  });

  it('keeps the MoD comparison a lead-in names', () => {
    const answer = answered(
      engine.ask(
        'Regarding the UK Ministry of Defence, how does the Google Cloud deal compare to the Oracle MODCLOUD agreement?',
      ),
    );
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id).sort()).toEqual([
      'uk-mod-google-cloud-sovereign-2025',
      'uk-mod-oracle-cloud-2020-2026',
    ]);
  });

  it.each([
    'decisions in the EU',
    'For our transfer impact assessment: the EU decisions on EU-US data transfers, in date order please.',
  ])('reads EU decisions as rulings and regulations: "%s"', (q) => {
    const answer = answered(engine.ask(q));
    expect(answer.deals.length).toBeLessThan(20);
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['eu-cjeu-schrems-ii-2020', 'eu-us-data-privacy-framework-2023']),
    );
  });

  it('names a place once in a heading', () => {
    const text = renderAnswerText(
      answered(
        engine.ask(
          "Japan's Government Cloud decisions in date order, from the first hyperscalers to the first Japanese provider",
        ),
      ),
    );
    expect(text).not.toContain('in Japan or in Japan');
  });

  it('reads "Abou Dhabi" as a place, not a subject', () => {
    expect(renderAnswerText(answered(engine.ask('Quels accords concernent Abou Dhabi ?')))).not.toContain(
      'liés à Abou',
    );
  });

  it('reads a nationality of providers beside another place as whose clouds', () => {
    const ids = answered(engine.ask('What has The Hague done to reduce dependence on US clouds?')).deals.map(
      (d) => d.id,
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('netherlands-'))).toBe(true);
  });
});

describe('chat words and German procurement words', () => {
  it('answers what a platform took over from without reading a dropping claimed', () => {
    expect(
      answered(
        engine.ask('nhs FDP (the palantir one) - what earlier covid-era platform did it take over from?'),
      ).shape,
    ).toBe('single');
  });

  it('reads "Einstufung" as a classification', () => {
    expect(
      answered(engine.ask('up to which Einstufung (classification level) is the pCloudBw accredited?'))
        .deals[0]?.id,
    ).toBe('germany-bundeswehr-google-cloud-air-gapped-2025');
  });

  it('reads the Five Eyes as the intelligence services of its five countries', () => {
    const ids = answered(
      engine.ask(
        'Which signals-intelligence agencies of the Five Eyes have cloud deals in your data, and with which provider?',
      ),
    ).deals.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'us-nsa-wildandstormy-aws-2021',
        'uk-intelligence-agencies-aws-2021',
        'australia-asd-aws-top-secret-cloud-2024',
      ]),
    );
    expect(ids).not.toContain('france-dgsi-palantir-2016');
  });

  it('reads "w/" as "with" and corrects the provider claimed', () => {
    expect(
      answered(engine.ask("the UK MoD £400m sovereign cloud deal w/ AWS, when's it supposed to go live?"))
        .shape,
    ).toBe('correction');
  });
});

describe('an outcome told as done, in a noun', () => {
  it.each([
    "Après la suspension du Health Data Hub par le Conseil d'État en octobre 2020, où les données de santé ont-elles été déplacées ?",
    "After the suspension of the Health Data Hub by the Conseil d'État in 2020, where did the data go?",
  ])('is corrected when the entry records it refused: "%s"', (q) => {
    expect(answered(engine.ask(q))).toMatchObject({
      shape: 'correction',
      deals: [{ id: 'france-health-data-hub-microsoft-azure' }],
    });
  });

  it('a suspension asked for is no outcome claimed', () => {
    expect(
      answered(
        engine.ask("Après la demande de suspension du Health Data Hub, qu'a décidé le Conseil d'État ?"),
      ).shape,
    ).toBe('single');
  });
});

describe('"tous les" before no kind of deal', () => {
  it('asks no list: "…interdit déjà tous les frais de changement…"', () => {
    const answer = answered(
      engine.ask(
        'Puisque le Data Act interdit déjà tous les frais de changement de fournisseur depuis septembre 2025, pourquoi notre fournisseur nous facture-t-il encore des frais de sortie ?',
      ),
    );
    expect(answer.shape).not.toBe('list');
    expect(answer.deals[0]?.id).toBe('eu-data-act-cloud-switching');
  });

  it.each(['toutes les migrations vers libreoffice svp', 'tous les accords de Google'])(
    'still lists: "%s"',
    (q) => {
      expect(answered(engine.ask(q)).shape).toBe('list');
    },
  );
});

describe('a second review of round 14', () => {
  it('reads a French nationality after a providers noun as whose clouds', () => {
    const ids = answered(
      engine.ask("Qu'a fait La Haye face à la dépendance aux clouds américains ?"),
    ).deals.map((d) => d.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('netherlands-'))).toBe(true);
  });

  it.each(['tous les services de renseignement', 'tous les services de renseignement qui utilisent AWS'])(
    'lists intelligence services asked with "tous les": "%s"',
    (q) => {
      const answer = answered(engine.ask(q));
      expect(answer.shape).toBe('list');
      expect(answer.deals.map((d) => d.id)).toEqual(
        expect.arrayContaining(['uk-intelligence-agencies-aws-2021', 'cia-c2s-aws-2013']),
      );
    },
  );
});

describe('reading round 15', () => {
  it.each([
    [
      'Quelles ententes impliquent Proximus?',
      ['eu-commission-sovereign-cloud-tender-2026', 'luxembourg-clarence-luxconnect-proximus-google-2023'],
    ],
    [
      "Qu'est-ce qui se passe aux Pays-Bas côté infonuagique gouvernementale? Donne-moi tout ce que t'as.",
      ['netherlands-government-cloud-policy', 'netherlands-solvinity-kyndryl-digid-2025'],
    ],
    ['openDesk deployments you know of?', ['germany-bwi-zendis-opendesk-2025', 'icc-opendesk-2025']],
    [
      'Qui a choisi openDesk de ZenDiS, selon vos sources ?',
      ['germany-bwi-zendis-opendesk-2025', 'icc-opendesk-2025'],
    ],
    [
      'openDesk from ZenDiS: which organisations have contracted it according to your data?',
      ['germany-bwi-zendis-opendesk-2025', 'icc-opendesk-2025'],
    ],
    [
      'All UK contracts or agreements with AWS',
      [
        'uk-aws-one-government-value-agreement-2020',
        'uk-hmrc-aws-datacentre-exit-2026',
        'uk-home-office-aws-2023',
        'uk-intelligence-agencies-aws-2021',
      ],
    ],
    ['UK contracts or partnerships with Oracle', ['uk-mod-oracle-cloud-2020-2026']],
    [
      'Gulf states: which cloud deals in Saudi Arabia and the United Arab Emirates do you know?',
      [
        'saudi-google-aramco-cloud-region',
        'saudi-oracle-microsoft-cloud-investments-2023',
        'uae-abu-dhabi-government-microsoft-core42-sovereign-cloud-2025',
        'uae-microsoft-g42-investment-2024',
      ],
    ],
    ['Les accords dans les pays du Golfe avec Google ?', ['saudi-google-aramco-cloud-region']],
  ])('lists every deal asked for: "%s"', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('list');
    const listed = answer.deals.map((d) => d.id);
    for (const id of ids) expect(listed).toContain(id);
  });

  it('keeps a place and a provider offered as alternatives apart, and examples in brackets narrow nothing', () => {
    const either = answered(engine.ask('Deals in Canada or with Oracle')).deals.map((d) => d.id);
    expect(either).toEqual(
      expect.arrayContaining(['canada-government-cloud-framework', 'uk-mod-oracle-cloud-2020-2026']),
    );
    const bund = answered(
      engine.ask(
        "suisse, les contrats public clouds bund (alibaba, aws, msft etc) : prolonges jusqu'a quelle annee?",
      ),
    );
    expect(bund.shape).toBe('single');
    expect(bund.deals[0]?.id).toBe('switzerland-public-clouds-bund-2021');
  });

  it.each([
    'What decisions did Germany take on open source?',
    'Quels accords sur le logiciel libre en Allemagne ?',
  ])('narrows a place to its open-source deals: "%s"', (q) => {
    const listed = answered(engine.ask(q)).deals.map((d) => d.id);
    expect(listed).toContain('germany-schleswig-holstein-open-source-2024');
    expect(listed).not.toContain('germany-t-systems-google-cloud-sovereign-cloud-2021');
  });

  it('leaves Israel out of the Gulf states, and the USA stays a name when nothing there pairs', () => {
    expect(answered(engine.ask('deals in the Gulf?')).deals.map((d) => d.id)).not.toContain(
      'israel-project-nimbus-2021',
    );
    const elsewhere = engine.ask('What did the USA sign with Huawei?');
    expect(elsewhere.kind === 'no-answer' ? elsewhere.reason : elsewhere.kind).toBe('unknown-entity');
  });

  it('reads "chronologically" of deals as a timeline, and of one deal as its story', () => {
    expect(
      answered(engine.ask("Microsoft's sovereignty announcements for Europe, chronologically.")).shape,
    ).toBe('timeline');
    const story = answered(engine.ask('chronologically, what happened with JEDI?'));
    expect(story.shape).toBe('single');
    expect(story.deals[0]?.id).toBe('us-dod-jedi-microsoft-2019');
  });

  it.each([
    'Sequence from the Azure hosting to Scaleway at the Health Data Hub?',
    'Sequence from Safe Harbour to the Data Privacy Framework?',
  ])('asks no timeline of deals with "sequence": "%s"', (q) => {
    const answer = engine.ask(q);
    expect(answer.kind === 'answered' ? answer.shape : 'none').not.toBe('timeline');
  });

  it.each([
    ['who chairs G42?', 'Tahnoon'],
    [
      'For my feature on Asian government clouds: when Digital Agency selected AWS and Google Cloud in October 2021, how many requirements they had to satisfy, according to the official?',
      '350',
    ],
    [
      "Doctolib/AWS vaccine bookings case - per the Conseil d'État judge, how long was appointment data kept before deletion?",
      'three months',
    ],
    ['NZ refreshed Cloud First: highest data classification allowed in public cloud?', 'RESTRICTED'],
    [
      "Ahead of the ITRE exchange of views with DG DIGIT I need one precise point: what minimum Sovereignty Effectiveness Assurance Level did bidders have to reach in the Commission's sovereign cloud tender?",
      'SEAL-2',
    ],
    [
      "In presenting the Cloud and AI Development Act, what share of the EU's digital products, services and infrastructure did EVP Virkkunen say comes from non-EU providers?",
      '80%',
    ],
    [
      'Which Member States argued that the sovereignty requirements have no place in a cybersecurity certification scheme?',
      'Ireland',
    ],
    ['Which countries did AWS say would get sovereign Local Zones next?', 'Portugal'],
  ])('finds the fact carrying the detail asked: "%s"', (q, words) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('single');
    expect(renderAnswerText(answer)).toContain(words);
  });

  it('keeps an English question with a French name in English', () => {
    expect(
      answered(engine.ask("per the Conseil d'État judge, how long was Doctolib appointment data kept?")).lang,
    ).toBe('en');
    expect(answered(engine.ask('Séquence de Schrems II au Data Privacy Framework ?')).lang).toBe('fr');
  });

  it.each([
    [
      'A German colleague recommends Microsoft Cloud Deutschland with T-Systems as data trustee. How does a new public customer sign up for it today?',
      'germany-microsoft-cloud-deutschland-2015',
    ],
    [
      "prospect in bogotá wants to buy our stuff thru nube pública IV this year (2026), that framework's still open right? how do we get listed",
      'colombia-nube-publica-iv-framework-2021',
    ],
    [
      'The Health Data Hub picked Azure after a big European tender in 2019. Who were the other bidders?',
      'france-health-data-hub-microsoft-azure',
    ],
    [
      "La Commission a attribué en avril 2026 son marché de cloud souverain de 180 M EUR au seul OVHcloud : comment justifie-t-elle le choix d'un prestataire unique ?",
      'eu-commission-sovereign-cloud-tender-2026',
    ],
    [
      "L'accord entre Microsoft et le CISPE en 2024 protège aussi Amazon, non ? Qu'est-ce qu'Amazon en retire ?",
      'microsoft-cispe-settlement-2024',
    ],
  ])('corrects a false premise: "%s"', (q, id) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it('answers, without correcting, whether a move was made to save money; the claim stated is still corrected', () => {
    expect(answered(engine.ask('Did the Bundesheer switch to LibreOffice to save money?')).shape).toBe(
      'single',
    );
    expect(
      answered(
        engine.ask(
          'the bundesheer switched to libreoffice mostly to save on licence money right? do we know how much they saved per year',
        ),
      ).shape,
    ).toBe('correction');
  });

  it.each([
    "is colombia's nube publica IV framework still running?",
    'Does the Microsoft Cloud Deutschland entry say when it stopped taking new customers?',
  ])('answers, without correcting, a question asking whether an offer goes on: "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('single');
  });

  it.each([
    [
      'Le Home Office (2023) et le HMRC (2026) ont tous deux signé avec AWS. Pourriez-vous mettre ces deux contrats en regard : montants, durée, critiques ?',
      ['uk-home-office-aws-2023', 'uk-hmrc-aws-datacentre-exit-2026'],
    ],
    [
      "How do Bleu, S3NS and Delos Cloud compare? They all seem to be the same 'US tech, local operator' model.",
      [
        'france-bleu-orange-capgemini-microsoft-2021',
        'france-s3ns-thales-google-2021',
        'germany-delos-cloud-sap-microsoft-2022',
      ],
    ],
    [
      'mettre ces deux contrats en regard : montants, durée (C2S, WildandStormy)',
      ['cia-c2s-aws-2013', 'us-nsa-wildandstormy-aws-2021'],
    ],
    [
      "Comparez le Polo Strategico Nazionale italien, NubeSARA en Espagne et le plan portugais de cloud souverain, s'il vous plaît.",
      [
        'italy-polo-strategico-nazionale-2022',
        'spain-cloud-strategy-nubesara',
        'portugal-national-sovereign-cloud-plan-2026',
      ],
    ],
  ])('compares exactly the deals named: "%s"', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id).sort()).toEqual([...ids].sort());
  });
});

describe('reading round 16', () => {
  it.each([
    [
      "Madame, Monsieur, je me souviens avoir lu dans Le Monde que M. Olivier Véran s'était engagé à faire sortir le Health Data Hub de chez Microsoft. Dans quel délai ?",
      'france-health-data-hub-microsoft-azure',
    ],
    [
      'Korea NIRS data centre fire, Sept 2025: how much G-Drive data was lost?',
      'south-korea-csap-cloud-security-grading-2023',
    ],
    [
      "Pour la Ville de Lyon, l'élection de Donald Trump a-t-elle été l'élément déclencheur de la sortie de Microsoft ? Que répond le DSI de la ville ?",
      'france-lyon-leaves-microsoft-2025',
    ],
    [
      "c'est qui chez msft france qui a lâché au sénat qu'il pouvait pas garantir que les données finissent pas chez les américains ?",
      'france-senate-microsoft-cloud-act-testimony-2025',
    ],
    ['What policy did Belgium adopt?', 'belgium-federal-cloud-policy-2023'],
    [
      "I am reviewing the Home Office's arrangement with AWS. To the best of your knowledge, when did it take effect?",
      'uk-home-office-aws-2023',
    ],
  ])('answers, without correcting, what names a publication, a month, a title or a hedge: "%s"', (q, id) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each([
    [
      'which Spanish and Portuguese cloud policies do you cover?',
      ['spain-cloud-strategy-nubesara', 'portugal-national-sovereign-cloud-plan-2026'],
    ],
    [
      'Côté péninsule ibérique, quelles politiques cloud des administrations espagnole et portugaise couvrez-vous ?',
      ['spain-cloud-strategy-nubesara', 'portugal-national-sovereign-cloud-plan-2026'],
    ],
    ['Korean deals?', ['south-korea-csap-cloud-security-grading-2023']],
    [
      'quels accords luxembourgeois ?',
      ['luxembourg-clarence-luxconnect-proximus-google-2023', 'estonia-luxembourg-data-embassy-2017'],
    ],
    [
      'Dans quels dossiers Scaleway figure-t-il parmi les prestataires ?',
      [
        'eu-commission-sovereign-cloud-tender-2026',
        'france-health-data-hub-microsoft-azure',
        'france-health-data-hub-scaleway-2026',
        'france-ugap-nuage-public-cloud-framework-2020',
      ],
    ],
  ])('lists every deal asked for: "%s"', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('list');
    const listed = answer.deals.map((d) => d.id);
    for (const id of ids) expect(listed).toContain(id);
  });

  it.each([
    [
      'politiques cloud espagnoles et portugaises',
      ['spain-cloud-strategy-nubesara', 'portugal-national-sovereign-cloud-plan-2026'],
    ],
    [
      'Japan: all the Government Cloud provider selections you have.',
      ['japan-government-cloud-2021-2022', 'japan-sakura-internet-government-cloud-2023'],
    ],
    [
      'Our Canadian counterparts are coming in next week. Which Canada items are in your data?',
      ['canada-federal-sovereign-cloud-push-2025', 'canada-government-cloud-framework'],
    ],
  ])('lists a kind or the items of places: "%s"', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(expect.arrayContaining(ids));
  });

  it('reads "policies" of the EU as no list of every European initiative', () => {
    const answer = answered(engine.ask('What policies has the EU adopted on cloud?'));
    expect(answer.deals.map((d) => d.id)).not.toContain('france-lyon-leaves-microsoft-2025');
  });

  it.each([
    [
      'Mastercard complied with the RBI circular, so when were the curbs lifted?',
      'india-rbi-payment-data-localisation-2018',
    ],
  ])('answers one deal, uncorrected: "%s"', (q, id) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it('lists only the deals a provider provides when asked "among the providers"', () => {
    const listed = answered(
      engine.ask('Dans quels dossiers Scaleway figure-t-il parmi les prestataires ?'),
    ).deals;
    expect(listed.map((d) => d.id)).not.toContain('eu-gaia-x-founding');
  });

  it('keeps a year asked exact when a remark closing the question says "à"', () => {
    const answer = answered(
      engine.ask(
        'Quels dossiers français datent de 2021 ? Je prépare une formation destinée à des acheteurs publics.',
      ),
    );
    expect(answer.shape).toBe('list');
    expect(answer.rows?.length).toBeGreaterThan(0);
    for (const row of answer.rows ?? []) expect(row.date.slice(0, 4)).toBe('2021');
  });

  it.each([
    ['CIA cloud contracts, oldest first?', ['cia-c2s-aws-2013', 'cia-c2e-multicloud-2020']],
    ['Tell me the JEDI story in time order.', ['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022']],
    [
      'List the Microsoft deals in date order.',
      ['germany-microsoft-cloud-deutschland-2015', 'us-dod-jwcc-2022'],
    ],
    [
      'Pourriez-vous reconstituer chronologiquement les accords impliquant à la fois Microsoft et G42 ?',
      [
        'uae-microsoft-g42-investment-2024',
        'kenya-microsoft-g42-data-centre-2024',
        'uae-abu-dhabi-government-microsoft-core42-sovereign-cloud-2025',
      ],
    ],
  ])('puts deals in date order: "%s"', (q, ids) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('timeline');
    const listed = answer.deals.map((d) => d.id);
    for (const id of ids) expect(listed).toContain(id);
    const dates = (answer.rows ?? []).map((row) => row.date);
    expect(dates.length).toBe(answer.deals.length);
    expect(dates).toEqual([...dates].sort());
  });

  it('compares deals set "next to each other"', () => {
    const answer = answered(
      engine.ask(
        "Both Australia's ASD and the British spy agencies went to AWS for top-secret cloud. Can you set the two deals next to each other?",
      ),
    );
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'australia-asd-aws-top-secret-cloud-2024',
        'uk-intelligence-agencies-aws-2021',
      ]),
    );
  });

  it.each([
    [
      "d'apres le DSI de lyon c'est l'election de trump qui a declenché la sortie de microsoft, il a dit quoi exactement ?",
      'france-lyon-leaves-microsoft-2025',
    ],
    [
      "What justified the CIA's choice to make C2E another single-vendor award to AWS, just like C2S?",
      'cia-c2e-multicloud-2020',
    ],
    [
      "Après la suspension par le Conseil d'État, en mars 2021, du partenariat entre l'État et Doctolib pour la prise de rendez-vous vaccinaux, comment les réservations ont-elles été organisées ?",
      'france-doctolib-aws-vaccination-conseil-etat-2021',
    ],
    [
      "Given that the EDPS concluded in March 2024 that the Commission's use of Microsoft 365 complied with Regulation 2018/1725, why did the Commission nonetheless bring proceedings?",
      'eu-edps-commission-microsoft-365-2024',
    ],
  ])('corrects a false premise: "%s"', (q, id) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each([
    'Why did the Reserve Bank of India permanently bar Mastercard from issuing new cards in India? I had understood the restriction was never lifted.',
    "why did CISPE turn down Microsoft's 2024 settlement and keep its EU complaint going?",
    "depuis quand amazon siège au conseil d'administration de gaia-x ?",
    "La DGSI ayant mis fin à son contrat avec Palantir en 2022, quel outil utilise-t-elle depuis pour l'analyse de ses données ?",
  ])('corrects a claim the entry records the contrary of: "%s"', (q) => {
    expect(answered(engine.ask(q)).shape).toBe('correction');
  });

  it('corrects a suite claimed recommended where the entry records it ruled out', () => {
    const answer = answered(
      engine.ask(
        "Pourquoi le ministère de l'Éducation nationale a recommandé Office 365 gratuit dans les écoles en 2021?",
      ),
    );
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('france-education-ministry-free-office365-google-workspace-2022');
  });

  it.each([
    [
      'AWS European Sovereign Cloud opened in Frankfurt in 2025, how many services were there at start?',
      'eu-aws-european-sovereign-cloud',
    ],
    [
      "La première région de l'AWS European Sovereign Cloud est à Madrid, c'est ça ? Elle a ouvert quand exactement ?",
      'eu-aws-european-sovereign-cloud',
    ],
    ['Is the AWS European Sovereign Cloud in Frankfurt?', 'eu-aws-european-sovereign-cloud'],
    ["Oracle EU Sovereign Cloud's first region is in Brandenburg?", 'eu-oracle-eu-sovereign-cloud'],
  ])(
    'checks a place claimed of a deal named in full against that deal, not another provider\'s: "%s"',
    (q, id) => {
      const answer = engine.ask(q);
      expect(answer.kind === 'answered' ? answer.shape : 'declined').not.toBe('single');
      if (answer.kind === 'answered') expect(answer.deals[0]?.id).toBe(id);
    },
  );

  it('lists nothing asked by what it holds without a place, provider, year or kind', () => {
    const answer = engine.ask('All the sovereign cloud selections you have');
    expect(answer.kind === 'answered' ? answer.shape : 'declined').not.toBe('list');
  });

  it.each([
    ['Is the RBI ban on Mastercard still in force?', 'india-rbi-payment-data-localisation-2018'],
    ['Who sits on the board of Gaia-X?', 'eu-gaia-x-founding'],
  ])('answers whether, or who, without correcting: "%s"', (q, id) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).not.toBe('correction');
    expect(answer.deals[0]?.id).toBe(id);
  });

  it.each([
    [
      'how much did france pay microsoft for hosting the health data hub?',
      'france-health-data-hub-scaleway-2026',
      '10.547',
    ],
    [
      "Gaia-X tends to be framed as Europe's grand answer to the hyperscalers, yet my impression is that the association started on a shoestring. What was its initial yearly budget?",
      'eu-gaia-x-founding',
      '1.5m',
    ],
    ['need the case number for schrems 2 for a footnote', 'eu-cjeu-schrems-ii-2020', 'C-311/18'],
    [
      'austrian army goes LibreOffice - how many PCs did the Bundesheer switch over? ballpark is fine but exact is better',
      'austria-armed-forces-libreoffice-2025',
      '16,000',
    ],
  ])('finds the entry and fact carrying the detail: "%s"', (q, id, words) => {
    const answer = answered(engine.ask(q));
    expect(answer.deals[0]?.id).toBe(id);
    expect(renderAnswerText(answer)).toContain(words);
  });

  it.each([
    'In which deals does the MoD appear as a customer or user?',
    'every deal where the uk mod is a buyer, incl joint-use stuff',
  ])('lists every deal a body is party to, by its short name: "%s"', (q) => {
    const listed = answered(engine.ask(q)).deals.map((d) => d.id);
    expect(listed).toEqual(
      expect.arrayContaining([
        'uk-mod-google-cloud-sovereign-2025',
        'uk-mod-oracle-cloud-2020-2026',
        'uk-intelligence-agencies-aws-2021',
      ]),
    );
  });

  it('writes "en Corée du Sud" and "à Singapour"', () => {
    expect(renderAnswerText(answered(engine.ask('quels accords coréens ?')))).toContain('en Corée du Sud');
    expect(renderAnswerText(answered(engine.ask('quels accords singapouriens ?')))).toContain('à Singapour');
  });
});

describe('reading round 17', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn();
  });
  const ids = (q: string) => answered(engine.ask(q)).deals.map((d) => d.id);

  it('lists the deals of a theme the tags carry: data-centre incidents, air-gapped clouds', () => {
    const incidents = answered(engine.ask('Which data centres were hit by a fire or ransomware?'));
    expect(incidents.shape).toBe('list');
    expect(incidents.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'france-ovhcloud-euronext-ipo-2021',
        'indonesia-national-data-centre-pdn-ransomware-2024',
        'south-korea-csap-cloud-security-grading-2023',
      ]),
    );
    for (const deal of incidents.deals)
      expect(engine.corpus.deals.find((d) => d.id === deal.id)?.tags).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(?:fire|ransomware)$/u)]),
      );
    // Ransomware asked: only the deals tagged so.
    for (const deal of answered(engine.ask('which data centres were hit by ransomware?')).deals)
      expect(engine.corpus.deals.find((d) => d.id === deal.id)?.tags).toContain('ransomware');
    // Every listed deal carries the tag of the theme asked.
    for (const deal of answered(engine.ask("Which governments or militaries run Google's air-gapped cloud?"))
      .deals)
      expect(engine.corpus.deals.find((d) => d.id === deal.id)?.tags).toContain('air-gapped');
    // A technology narrows beside a customer sector.
    expect(ids("which armed forces or military alliances bought Google's air-gapped cloud?")).toEqual([
      'nato-ncia-google-distributed-cloud-air-gapped-2025',
      'germany-bundeswehr-google-cloud-air-gapped-2025',
    ]);
  });

  it.each([
    [
      'What came first: JEDI, JWCC or C2S?',
      ['cia-c2s-aws-2013', 'us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022'],
    ],
    [
      "Remettez dans l'ordre : Schrems II, le CLOUD Act et le Data Privacy Framework.",
      ['us-cloud-act-2018', 'eu-cjeu-schrems-ii-2020', 'eu-us-data-privacy-framework-2023'],
    ],
    [
      "Order these: the Danish ministry's LibreOffice switch, the Austrian army's migration, Schleswig-Holstein's decision.",
      [
        'germany-schleswig-holstein-open-source-2024',
        'denmark-digital-affairs-ministry-libreoffice-2025',
        'austria-armed-forces-libreoffice-2025',
      ],
    ],
  ])('orders the deals named one by one: "%s"', (q, expected) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('timeline');
    expect(answer.deals.map((d) => d.id)).toEqual(expected);
  });

  it.each([
    'Will Bleu get SecNumCloud before 2027, do you think?',
    'Le CADA sera-t-il adopté avant 2028, selon vous ?',
    'Who will win the next Commission cloud tender?',
  ])('declines a forecast: "%s"', (q) => {
    const answer = engine.ask(q);
    expect(answer.kind === 'no-answer' && answer.reason).toBe('opinion');
  });

  it('answers "when will…" from the entry: a date it records is no forecast', () => {
    expect(answered(engine.ask('When will the Data Act ban switching charges?')).deals[0]?.id).toBe(
      'eu-data-act-cloud-switching',
    );
  });

  it.each([
    [
      'Combien la France a-t-elle versé à Microsoft pour héberger le Health Data Hub ?',
      'france-health-data-hub-scaleway-2026',
      '10,547',
    ],
    [
      "Selon le président de l'UGAP entendu par le Sénat, combien de commandes cloud en 2024 ?",
      'france-ugap-nuage-public-cloud-framework-2020',
      '44',
    ],
    [
      "When did ANSSI accept Bleu's SecNumCloud application?",
      'france-bleu-orange-capgemini-microsoft-2021',
      '17 April 2025',
    ],
  ])('answers from the entry whose fact tells what is asked: "%s"', (q, id, words) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('single');
    expect(answer.deals[0]?.id).toBe(id);
    expect(renderAnswerText(answer)).toContain(words);
  });

  it.each([
    [
      'How many workstations did the Austrian army move to LibreOffice? We compare with our own Forsvaret.',
      'austria-armed-forces-libreoffice-2025',
    ],
    [
      'AO cloud souverain de la Commission : quel niveau SEAL minimal était exigé ?',
      'eu-commission-sovereign-cloud-tender-2026',
    ],
  ])('answers past the asker\'s own body and common abbreviations: "%s"', (q, id) => {
    expect(answered(engine.ask(q)).deals[0]?.id).toBe(id);
  });

  it.each([
    [
      'which govs / armies dropped MS Office for LibreOffice?',
      [
        'austria-armed-forces-libreoffice-2025',
        'denmark-digital-affairs-ministry-libreoffice-2025',
        'germany-schleswig-holstein-open-source-2024',
      ],
    ],
    [
      'Which organisations have signed on for openDesk?',
      ['icc-opendesk-2025', 'germany-bwi-zendis-opendesk-2025'],
    ],
    [
      'Dans quels marchés publics Palantir est-il le fournisseur retenu ?',
      ['uk-nhs-federated-data-platform-palantir-2023', 'france-dgsi-palantir-2016'],
    ],
  ])('lists: "%s"', (q, expected) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('list');
    expect(answer.deals.map((d) => d.id)).toEqual(expect.arrayContaining(expected));
  });

  it('corrects a provider claimed with "tourne sur"', () => {
    const answer = answered(engine.ask('NumSpot tourne sur Microsoft Azure, non ?'));
    expect(answer.shape).toBe('correction');
    expect(answer.deals[0]?.id).toBe('france-numspot-2022');
  });

  it('answers "S3NS or Bleu, which is qualified?" from the entry of qualified providers, not from one of the two', () => {
    expect(ids('which is SecNumCloud qualified, S3NS or Bleu?')).toEqual([
      'france-secnumcloud-qualified-providers',
    ]);
  });

  it('compares the sides named before the aspect asked', () => {
    expect(ids('Compare Bleu and S3NS on the SecNumCloud qualification')).toEqual([
      'france-bleu-orange-capgemini-microsoft-2021',
      'france-s3ns-thales-google-2021',
    ]);
  });
});

describe('reading round 18', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn();
  });
  const ids = (q: string) => answered(engine.ask(q)).deals.map((d) => d.id);

  it.each([
    "cloud souverain d'AWS contre celui d'Oracle en Europe, c'est quoi les différences ?",
    "Quelles différences entre le cloud souverain européen d'AWS et celui d'Oracle (implantations, exploitation) ?",
  ])('compares the like-for-like offer a provider side stands for: "%s"', (q) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('compare');
    expect(answer.deals.map((d) => d.id)).toEqual([
      'eu-aws-european-sovereign-cloud',
      'eu-oracle-eu-sovereign-cloud',
    ]);
  });

  it('reads "se comparent" as a comparison, and brackets naming the sides as the sides', () => {
    const swiss = answered(
      engine.ask(
        "Comment se comparent le cadre suisse Public Clouds Bund et l'accord-cadre colombien Nube Pública IV ?",
      ),
    );
    expect(swiss.shape).toBe('compare');
    expect(swiss.deals.map((d) => d.id)).toEqual([
      'switzerland-public-clouds-bund-2021',
      'colombia-nube-publica-iv-framework-2021',
    ]);
    expect(ids('can u compare these two (jedi and jwcc)?')).toEqual([
      'us-dod-jedi-microsoft-2019',
      'us-dod-jwcc-2022',
    ]);
    // A side's own place wins over the words it borrows from the other side.
    expect(ids("Compare Google's trusted cloud in France and Microsoft's in Germany.")).toEqual([
      'france-s3ns-thales-google-2021',
      'germany-delos-cloud-sap-microsoft-2022',
    ]);
    expect(ids('Bleu contre S3NS : où en est chacun côté qualification SecNumCloud ?')).toEqual([
      'france-bleu-orange-capgemini-microsoft-2021',
      'france-s3ns-thales-google-2021',
    ]);
  });

  it('still corrects a place that is the subject beside that full name', () => {
    const answer = answered(engine.ask('Why did Bavaria sign up for the AWS European Sovereign Cloud?'));
    expect(answer.shape).toBe('correction');
  });

  it('does not pair a place with a provider named inside the full name of its own deal', () => {
    const answer = engine.ask(
      'AWS European Sovereign Cloud is in Bavaria, near Munich — why did AWS pick that region?',
    );
    // Never "Bavaria's deal is with Microsoft, not AWS", nor an answer taking Bavaria for granted.
    if (answer.kind === 'answered') {
      expect(answer.deals.map((d) => d.id)).not.toContain('germany-bavaria-microsoft-365-2025');
      expect(answer.shape).toBe('correction');
    }
  });

  it.each([
    // A negation in another clause of the fact ("whose date was not captured, State Secretary … said").
    [
      'When the Dutch state secretary explored a sovereign government cloud, how many market parties had they talked to?',
      '69',
    ],
    // SNC is SecNumCloud, written out in the entry.
    ["S3NS (Thales/Google) : date exacte de la qualif SNC 3.2 de l'offre PREMI3NS ?", '17 décembre 2025'],
    // A refusal asked about, in the negative or left open, is what the entry records.
    [
      "Pourquoi le juge des référés du Conseil d'État n'a-t-il pas suspendu le partenariat entre Doctolib et AWS en mars 2021 ?",
      '450163',
    ],
    [
      "doctolib + AWS for the covid vaccination bookings: the Conseil d'Etat suspended the partnership in 2021 or not?",
      '450163',
    ],
    [
      "Sauriez-vous me rappeler le numéro de l'ordonnance par laquelle le juge des référés du Conseil d'État a refusé de suspendre le partenariat Doctolib ?",
      '450163',
    ],
    // Asking where something stands claims nothing.
    ['Pis Bleu (Orange/Capgemini), y’en sont rendus où avec la qualification SecNumCloud?', 'SecNumCloud'],
  ])('answers a true premise as asked, not as a correction: "%s"', (q, word) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('single');
    expect(renderAnswerText(answer)).toContain(word);
  });

  it.each([
    [
      "Order these moves away from Microsoft's office software: Schleswig-Holstein, the Danish digital ministry, the Austrian army finishing its migration, and the ICC.",
      [
        'germany-schleswig-holstein-open-source-2024',
        'denmark-digital-affairs-ministry-libreoffice-2025',
        'austria-armed-forces-libreoffice-2025',
        'icc-opendesk-2025',
      ],
    ],
    [
      'order pls: cia c2e award, jedi award, jwcc award',
      ['us-dod-jedi-microsoft-2019', 'cia-c2e-multicloud-2020', 'us-dod-jwcc-2022'],
    ],
  ])('orders items named by a place of one deal or described by their country: "%s"', (q, expected) => {
    const answer = answered(engine.ask(q));
    expect(answer.shape).toBe('timeline');
    expect(answer.deals.map((d) => d.id)).toEqual(expected);
  });

  it("reads an item naming only a provider as the heading's subject's deal with it", () => {
    expect(
      ids(
        'Chronologie du Health Data Hub : hébergement sur Azure, audition de Microsoft au Sénat, choix de Scaleway.',
      ),
    ).toEqual([
      'france-health-data-hub-microsoft-azure',
      'france-senate-microsoft-cloud-act-testimony-2025',
      'france-health-data-hub-scaleway-2026',
    ]);
  });

  it('keeps a place that locates the story, and places said to be included, out of the items', () => {
    // "…offers in Europe" locates; the timeline stays Microsoft's, never another provider's deal.
    const offers = answered(
      engine.ask(
        "timeline of microsoft's own sovereign cloud / data residency offers in europe, from cloud deutschland onwards",
      ),
    );
    expect(offers.deals.map((d) => d.id)).toContain('germany-microsoft-cloud-deutschland-2015');
    for (const deal of offers.deals)
      expect(engine.corpus.deals.find((d) => d.id === deal.id)?.providers.join(' ')).toMatch(/Microsoft/u);
    // "Abu Dhabi and Kenya included" adds to the G42 story; it names no item of its own.
    expect(
      ids('Microsoft and G42: put the deals of this story in date order, Abu Dhabi and Kenya included.'),
    ).toEqual(
      expect.arrayContaining(['kenya-microsoft-g42-data-centre-2024', 'uae-microsoft-g42-investment-2024']),
    );
  });

  it("lists a body's rulings from the facts that tell them, whatever the deal's kind", () => {
    for (const q of ["quelles décisions du Conseil d'État ?", "which Conseil d'Etat rulings do you have?"])
      expect(ids(q), q).toEqual(
        expect.arrayContaining([
          'france-doctolib-aws-vaccination-conseil-etat-2021',
          'france-health-data-hub-microsoft-azure',
        ]),
      );
    // A fact that only cites the body ("following Schrems II") is no ruling of its.
    for (const deal of answered(engine.ask("quelles décisions du Conseil d'État ?")).deals)
      expect(deal.id).toMatch(/^france-/u);
  });

  it('reads "qu\'ont-ils fait" as an overview', () => {
    expect(ids("Et nos voisins néerlandais, qu'ont-ils fait côté cloud souverain pour l'État ?")).toEqual(
      expect.arrayContaining([
        'netherlands-government-cloud-policy',
        'netherlands-solvinity-kyndryl-digid-2025',
      ]),
    );
  });

  it('lists the fires by their everyday words', () => {
    for (const q of ['which data centres burned down?', 'which data centres have gone up in flames?']) {
      const answer = answered(engine.ask(q));
      expect(answer.shape).toBe('list');
      for (const deal of answer.deals)
        expect(engine.corpus.deals.find((d) => d.id === deal.id)?.tags).toContain('fire');
    }
  });

  it("lists where a name pops up, reading an owner's possessive as a description", () => {
    expect(ids("Where does SAP's Delos Cloud pop up across the deals?")).toEqual(
      expect.arrayContaining([
        'germany-delos-cloud-sap-microsoft-2022',
        'sap-sovereign-cloud-investment-2025',
      ]),
    );
    expect(ids("Where does the Schwarz Group's STACKIT show up in public deals?")).toEqual(
      expect.arrayContaining([
        'germany-stackit-schwarz-digits-2025',
        'eu-commission-sovereign-cloud-tender-2026',
      ]),
    );
  });

  it('corrects an amount claimed per year that the entry spreads over years, and only that', () => {
    for (const q of [
      'Estonia pays Luxembourg about EUR 2.2 million every year for its data embassy, doesn’t it?',
      "L'Estonie paie 2,2 millions d'euros par an pour son ambassade de données ?",
      'Chacun des quatre titulaires du JWCC a son propre plafond de 9 milliards de dollars ?',
    ])
      expect(answered(engine.ask(q)).shape, q).toBe('correction');
    for (const q of [
      'The Estonian data embassy: EUR 2.2m over five years, incl. about EUR 236,000 a year for rent. Where does the money come from?',
      'A year after Estonia signed with Luxembourg, was the EUR 2.2 million budget already set?',
      'Each of the four JWCC vendors has its own IDIQ contract under the shared $9bn ceiling, correct?',
    ])
      expect(answered(engine.ask(q)).shape, q).not.toBe('correction');
  });

  it('still corrects the false premise beside those forms', () => {
    // "or not" leaves open its own clause, not a lead-in taken for granted.
    expect(
      answered(
        engine.ask(
          "After the Conseil d'État suspended Doctolib's partnership in 2021, did Doctolib leave AWS or not?",
        ),
      ).shape,
    ).toBe('correction');
    // A provider's places narrow its timeline; none of them is an item of its own.
    expect(ids("Timeline of Microsoft's deals: Kenya, Greece, Saudi Arabia")).toEqual(
      expect.arrayContaining([
        'kenya-microsoft-g42-data-centre-2024',
        'saudi-oracle-microsoft-cloud-investments-2023',
      ]),
    );
    expect(
      answered(engine.ask("Pourquoi le Conseil d'État a-t-il suspendu le partenariat Doctolib-AWS ?")).shape,
    ).toBe('correction');
    expect(ids('Why did Thales team up with Microsoft to create S3NS?')).toContain(
      'france-s3ns-thales-google-2021',
    );
  });
});

describe('reading round 19', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn();
  });
  const ids = (q: string) => answered(engine.ask(q)).deals.map((d) => d.id);

  it('compares two deals each named by a name of its own, when no side names its deal in full', () => {
    const hmrc = answered(
      engine.ask('How compares the HMRC AWS deal of 2026 with the Home Office AWS contract of 2023?'),
    );
    expect(hmrc.shape).toBe('compare');
    expect(hmrc.deals.map((d) => d.id).sort()).toEqual([
      'uk-hmrc-aws-datacentre-exit-2026',
      'uk-home-office-aws-2023',
    ]);
    const five = answered(
      engine.ask(
        "Set the UK intelligence agencies' AWS arrangement of 2021 against Australia's ASD top-secret cloud, value and term.",
      ),
    );
    expect(five.shape).toBe('compare');
    expect(five.deals.map((d) => d.id)).toEqual([
      'uk-intelligence-agencies-aws-2021',
      'australia-asd-aws-top-secret-cloud-2024',
    ]);
  });

  it('reads "set off … against" and a comparison with the asker\'s own as no comparison', () => {
    expect(
      answered(engine.ask("what set off the danish regulator's case against chromebooks in the schools?"))
        .shape,
    ).not.toBe('compare');
    const onegov = answered(
      engine.ask(
        'GSA OneGov google workspace discount, what %? my boss wants to compare with our state pricing',
      ),
    );
    expect(onegov.shape).toBe('single');
    expect(renderAnswerText(onegov)).toContain('71%');
  });

  it('lists rulings for regulators, data protection for privacy, and Google Distributed Cloud users', () => {
    const regulators = answered(
      engine.ask('which privacy regulators went after Google Workspace or Microsoft 365?'),
    );
    expect(regulators.shape).toBe('list');
    expect(regulators.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'eu-edps-commission-microsoft-365-2024',
        'germany-dsk-microsoft-365-2022',
        'denmark-helsingor-google-workspace-ban-2022',
      ]),
    );
    expect(ids('every deal built on google distributed cloud?')).toEqual(
      expect.arrayContaining([
        'brazil-nuvem-de-governo-serpro-dataprev-2024',
        'luxembourg-clarence-luxconnect-proximus-google-2023',
        'nato-ncia-google-distributed-cloud-air-gapped-2025',
      ]),
    );
    const fire = answered(engine.ask('any datacenters in your data that got hit by a fire?'));
    expect(fire.shape).toBe('list');
    expect(fire.deals.map((d) => d.id).sort()).toEqual([
      'france-ovhcloud-euronext-ipo-2021',
      'south-korea-csap-cloud-security-grading-2023',
    ]);
  });

  it('reads a nationality or an apposition describing a name as no place to narrow to', () => {
    expect(ids('Dans quels dossiers le belge Proximus apparaît-il ?')).toEqual(
      expect.arrayContaining([
        'luxembourg-clarence-luxconnect-proximus-google-2023',
        'eu-commission-sovereign-cloud-tender-2026',
      ]),
    );
    expect(ids("Tous les accords où figure G42, le groupe d'Abu Dhabi ?")).toContain(
      'kenya-microsoft-g42-data-centre-2024',
    );
  });

  it('asks a timeline with "step by step" and one detail of "the … saga: how many"', () => {
    const steps = answered(engine.ask('From JEDI to JWCC, what happened step by step?'));
    expect(steps.shape).toBe('timeline');
    expect(steps.deals.map((d) => d.id)).toEqual(['us-dod-jedi-microsoft-2019', 'us-dod-jwcc-2022']);
    const petition = answered(engine.ask('the bavaria microsoft 365 saga: how many signed the petition?'));
    expect(petition.shape).toBe('single');
    expect(renderAnswerText(petition)).toContain('144,000');
  });

  it('corrects an amount without currency, a region never written, swapped shares and a provider claimed alone', () => {
    const tender = answered(
      engine.ask("L'appel d'offres de 250 millions de la Commission pour le cloud souverain dure combien ?"),
    );
    expect(tender.shape).toBe('correction');
    const bavaria = answered(
      engine.ask('aws european sovereign cloud, its first region is in bavaria right?'),
    );
    expect(bavaria.shape).toBe('correction');
    expect(bavaria.deals.map((d) => d.id)).toEqual(['eu-aws-european-sovereign-cloud']);
    const shares = answered(engine.ask('Is the PSN company 45% Leonardo and 25% TIM?'));
    expect(shares.shape).toBe('correction');
    expect(renderAnswerText(shares)).toContain('45% by TIM');
    const alone = answered(
      engine.ask('OVHcloud won the whole Commission sovereign cloud tender on its own, how?'),
    );
    expect(alone.shape).toBe('correction');
    expect(alone.deals.map((d) => d.id)).toEqual(['eu-commission-sovereign-cloud-tender-2026']);
  });

  it('leaves true shares and a provider among several alone', () => {
    expect(answered(engine.ask('Is the PSN company 45% TIM and 25% Leonardo?')).shape).not.toBe('correction');
    expect(
      answered(engine.ask('Which four winners shared the Commission sovereign cloud tender with OVHcloud?'))
        .shape,
    ).not.toBe('correction');
  });

  it('checks a claim against the deal whose own name opens the question', () => {
    const numspot = answered(
      engine.ask('NumSpot, launched by Orange and Capgemini in 2022: any public customers yet?'),
    );
    expect(numspot.shape).toBe('correction');
    expect(numspot.deals.map((d) => d.id)).toEqual(['france-numspot-2022']);
  });

  it('reads "est." before an English word as "estimated", keeping the answer in English', () => {
    const jwcc = answered(engine.ask('jwcc est. completion date? for our tracker'));
    expect(jwcc.lang).toBe('en');
    expect(renderAnswerText(jwcc)).toContain('8 June 2028');
  });
});

describe('reading round 20', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn();
  });
  const ids = (q: string) => answered(engine.ask(q)).deals.map((d) => d.id);

  it('answers a named deal whose closing remark alone left it too little covered', () => {
    const schrems = answered(engine.ask('schrems 2 case number?? my professor wants the exact reference'));
    expect(schrems.deals.map((d) => d.id)).toEqual(['eu-cjeu-schrems-ii-2020']);
    expect(renderAnswerText(schrems)).toContain('C-311/18');
  });

  it('reads "who replaced X with Y", "par quels acheteurs" and "every UK public sector contract" as lists', () => {
    const libre = answered(engine.ask('who replaced microsoft office with libreoffice?'));
    expect(libre.shape).toBe('list');
    expect(libre.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'austria-armed-forces-libreoffice-2025',
        'denmark-digital-affairs-ministry-libreoffice-2025',
        'germany-schleswig-holstein-open-source-2024',
      ]),
    );
    const scaleway = answered(engine.ask('Scaleway a été choisi par quels clients publics ?'));
    expect(scaleway.shape).toBe('list');
    expect(scaleway.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'france-health-data-hub-scaleway-2026',
        'eu-commission-sovereign-cloud-tender-2026',
      ]),
    );
    // Not moves the corpus does not record, a detail beside "par quels clients", nor "customers" of a law.
    expect(engine.ask('who replaced Google with Microsoft for schools?').kind).toBe('no-answer');
    expect(
      answered(engine.ask('par quels clients AWS a-t-il été choisi pour du top secret ?')).shape,
    ).not.toBe('list');
    expect(ids('customers of the Data Act?')).toEqual(['eu-data-act-cloud-switching']);
    const uk = answered(engine.ask('every UK public sector contract with AWS please'));
    expect(uk.shape).toBe('list');
    expect(uk.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['uk-home-office-aws-2023', 'uk-hmrc-aws-datacentre-exit-2026']),
    );
  });

  it('reads "wich came first", "sequence of events" and an opening "dans l\'ordre" as timelines', () => {
    expect(ids('cloud act, schrems ii, data privacy framework: wich came first?')).toEqual([
      'us-cloud-act-2018',
      'eu-cjeu-schrems-ii-2020',
      'eu-us-data-privacy-framework-2023',
    ]);
    const sequence = answered(
      engine.ask('Schrems II, then the Data Privacy Framework: the sequence of events?'),
    );
    expect(sequence.shape).toBe('timeline');
    expect(sequence.deals.map((d) => d.id)).toEqual([
      'eu-cjeu-schrems-ii-2020',
      'eu-us-data-privacy-framework-2023',
    ]);
    const order = answered(engine.ask("Dans l'ordre : SecNumCloud 3.2, S3NS et Bleu, avec les dates"));
    expect(order.shape).toBe('timeline');
    expect(order.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining(['france-anssi-secnumcloud-3-2-2022', 'france-s3ns-thales-google-2021']),
    );
  });

  it('checks the claims of a title subject typed first, or by its initials', () => {
    const delos = answered(
      engine.ask('Delos Cloud is the Orange and Capgemini venture, right? when does it go live?'),
    );
    expect(delos.shape).toBe('correction');
    expect(delos.deals[0]?.id).toBe('germany-delos-cloud-sap-microsoft-2022');
    const icc = answered(
      engine.ask('La CPI passe de Microsoft Office à LibreOffice, pour combien de postes ?'),
    );
    expect(icc.shape).toBe('correction');
    expect(icc.deals[0]?.id).toBe('icc-opendesk-2025');
    // Two names asked between are no claim of the first.
    expect(answered(engine.ask('Bleu or S3NS, who got the SecNumCloud qualification first?')).shape).not.toBe(
      'correction',
    );
  });

  it('puts the deal covering far more of the question before a provider pairing ranked just above it', () => {
    const tender = answered(engine.ask("why did aws win the eu commission's 180m sovereign cloud tender?"));
    expect(tender.shape).toBe('correction');
    expect(tender.deals[0]?.id).toBe('eu-commission-sovereign-cloud-tender-2026');
  });

  it('declines a deal asked of Czechia, and the weather whatever place it names', () => {
    expect(engine.ask('czech army cloud contract with oracle - what value?').kind).toBe('no-answer');
    expect(engine.ask('les ministères tchèques ont signé avec Oracle ?').kind).toBe('no-answer');
    const weather = engine.ask('weather in bydgoszcz tomorrow? we visit the JATEC');
    expect(weather.kind === 'no-answer' && weather.reason).toBe('off-topic');
  });

  it('reads names listed before "who else?" or after a colon as examples of the list', () => {
    const airGapped = answered(engine.ask('air-gapped cloud deals you have - bundeswehr, nato, who else?'));
    expect(airGapped.shape).toBe('list');
    expect(airGapped.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'germany-bundeswehr-google-cloud-air-gapped-2025',
        'nato-ncia-google-distributed-cloud-air-gapped-2025',
        'luxembourg-clarence-luxconnect-proximus-google-2023',
      ]),
    );
    const defence = answered(engine.ask('defence customers of google cloud: ministries, armies, NATO'));
    expect(defence.shape).toBe('list');
    expect(defence.deals.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'uk-mod-google-cloud-sovereign-2025',
        'nato-ncia-google-distributed-cloud-air-gapped-2025',
      ]),
    );
    // A question after the colon is no list of examples.
    const audit = answered(
      engine.ask(
        'Home Office AWS contract from 2023: has the Home Office a right to audit, and is staff vetting required?',
      ),
    );
    expect(audit.shape).toBe('single');
    expect(audit.deals[0]?.id).toBe('uk-home-office-aws-2023');
  });
});
