// deploy/sovbot.service, read as deploy/smoke.sh reads it: the unit must keep naming the built entry point,
// the data folder systemd creates, and a stop timeout longer than sovbot's own 10 s drain.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readUnit } from '../../bench/deploy/read-unit.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const unitFile = path.join(repoRoot, 'deploy', 'sovbot.service');

describe('readUnit on deploy/sovbot.service', () => {
  const unit = readUnit(readFileSync(unitFile, 'utf8'), unitFile);

  it('starts node on the built entry point, relative to WorkingDirectory', () => {
    const [program, script, ...rest] = unit.execStart;
    expect(path.basename(program ?? '')).toBe('node');
    expect(rest).toEqual([]);
    // WorkingDirectory is the install (the repository root); `npm run build` writes the script there.
    expect(unit.workingDirectory).toMatch(/^\//);
    expect(path.isAbsolute(script ?? '/')).toBe(false);
    expect(script).toMatch(/^dist\//);
    // …compiled from this source file by `npm run build`.
    const source = (script ?? '').replace(/^dist\//, '').replace(/\.js$/, '.ts');
    expect(existsSync(path.join(repoRoot, source))).toBe(true);
  });

  it('keeps the data in the folder StateDirectory= creates, as a non-root user', () => {
    expect(unit.stateDirectory).toBeDefined();
    expect(unit.environment.SOVBOT_DATA_DIR).toBe(`/var/lib/${unit.stateDirectory}`);
    expect(unit.user).toBeDefined();
    expect(unit.user).not.toBe('root');
  });

  it('stops with SIGTERM and waits longer than sovbot drains (10 s) before systemd kills it', () => {
    expect(unit.killSignal).toBe('SIGTERM');
    expect(unit.timeoutStopSec).toBeGreaterThan(10);
  });
});

describe('readUnit', () => {
  it('reads quoted and repeated Environment= assignments; a later one wins', () => {
    const unit = readUnit(
      '[Service]\nExecStart=/usr/bin/node "a b.js" --x\nEnvironment="A=one two" B=2\nEnvironment=B=3\n',
    );
    expect(unit.execStart).toEqual(['/usr/bin/node', 'a b.js', '--x']);
    expect(unit.environment).toEqual({ A: 'one two', B: '3' });
    expect(unit.timeoutStopSec).toBe(90);
  });

  it('refuses a unit without an absolute ExecStart, naming the file', () => {
    expect(() => readUnit('[Unit]\nDescription=x\n', 'x.service')).toThrow(
      /^x\.service: \[Service\] needs ExecStart=/,
    );
    expect(() => readUnit('[Service]\nExecStart=node main.js\n', 'x.service')).toThrow(
      /absolute program path/,
    );
  });
});
