import path from 'node:path';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { createEngine, type Engine, type EngineOptions } from '../../src/engine/create-engine.js';
import { defaultCorpusDir } from '../../src/paths.js';

/** An engine on the bundled corpus (or a fixture folder); throws if the corpus is invalid. */
export async function engineOn(dir = defaultCorpusDir, options: EngineOptions = {}): Promise<Engine> {
  const result = await loadCorpus(dir);
  if (!result.ok) throw new Error(`invalid corpus ${dir}: ${result.problems.length} problems`);
  return createEngine(result.corpus, options);
}

export const fixtureDir = (name: string) => path.join('test', 'fixtures', name);
