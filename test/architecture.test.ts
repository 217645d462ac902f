import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder, with the module specifiers it imports. */
function importsUnder(folder: string): Array<{ file: string; specifiers: string[] }> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.map((f) => {
    const file = path.join(folder, f);
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
      (m) => m[1] as string,
    );
    return { file, specifiers };
  });
}

const CHAT_SDKS = ['@slack/', 'discord.js', '@discordjs/', 'dotenv'];

describe('dependency rule', () => {
  it('the core (src/) imports no adapter and no chat SDK', () => {
    for (const { file, specifiers } of importsUnder('src')) {
      for (const spec of specifiers) {
        expect(spec.includes('adapters/'), `${file} imports ${spec}`).toBe(false);
        expect(
          CHAT_SDKS.some((sdk) => spec.startsWith(sdk)),
          `${file} imports ${spec}`,
        ).toBe(false);
      }
    }
  });

  it('only the search index imports minisearch', () => {
    const importers = importsUnder('src').filter(({ specifiers }) =>
      specifiers.some((spec) => spec === 'minisearch' || spec.startsWith('minisearch/')),
    );
    expect(importers.map((i) => i.file)).toEqual([path.join('src', 'engine', 'search-index.ts')]);
  });

  it('the engine imports nothing from the conversation layer, the runtime or the store', () => {
    for (const { file, specifiers } of importsUnder(path.join('src', 'engine'))) {
      for (const spec of specifiers.filter((s) => s.startsWith('.'))) {
        const target = path.normalize(path.join(path.dirname(file), spec));
        for (const layer of ['conversation', 'runtime', 'store'])
          expect(target.startsWith(path.join('src', layer)), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('process.env is read only in the composition roots', () => {
    const roots = [
      path.join('adapters', 'main.ts'),
      path.join('adapters', 'discord', 'register.ts'),
      path.join('src', 'cli.ts'),
    ];
    for (const folder of ['src', 'adapters']) {
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.ts'),
      );
      for (const f of files) {
        const file = path.join(folder, f);
        // Code only: a doc comment may name process.env.
        const code = readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
          .join('\n');
        if (code.includes('process.env')) expect(roots, `${file} reads process.env`).toContain(file);
      }
    }
  });

  it('adapters import the core only through src/index.ts, and never each other', () => {
    for (const { file, specifiers } of importsUnder('adapters').filter(
      (i) => path.dirname(i.file) === 'adapters',
    )) {
      for (const spec of specifiers.filter((s) => s.startsWith('.'))) {
        const target = path.normalize(path.join(path.dirname(file), spec));
        // The composition root imports the core's index and starts the adapters (by dynamic import).
        expect(
          target === path.join('src', 'index.js') || target.startsWith(`adapters${path.sep}`),
          `${file} imports ${spec}`,
        ).toBe(true);
      }
    }
    for (const adapter of ['console', 'slack', 'discord']) {
      for (const { file, specifiers } of importsUnder(path.join('adapters', adapter))) {
        for (const spec of specifiers.filter((s) => s.startsWith('.'))) {
          const target = path.normalize(path.join(path.dirname(file), spec));
          const inCore = target.startsWith(`src${path.sep}`);
          if (inCore) expect(target, `${file} imports ${spec}`).toBe(path.join('src', 'index.js'));
          expect(target.startsWith(path.join('adapters', adapter)) || inCore, `${file} imports ${spec}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('the core has no import cycle (static or lazy imports alike)', () => {
    const graph = new Map(
      importsUnder('src').map(({ file, specifiers }) => [
        file,
        specifiers
          .filter((s) => s.startsWith('.'))
          .map((s) => path.normalize(path.join(path.dirname(file), s.replace(/\.js$/, '.ts')))),
      ]),
    );
    expect(findCycle(graph)).toEqual([]);
  });

  it('the cycle check finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });
});

/** The first import cycle found by depth-first search, as a path that ends where it starts; [] when none. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const done = new Set<string>();
  const visit = (file: string, trail: string[]): string[] => {
    const at = trail.indexOf(file);
    if (at >= 0) return [...trail.slice(at), file];
    if (done.has(file)) return [];
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next, [...trail, file]);
      if (cycle.length > 0) return cycle;
    }
    done.add(file);
    return [];
  };
  for (const file of graph.keys()) {
    const cycle = visit(file, []);
    if (cycle.length > 0) return cycle;
  }
  return [];
}
