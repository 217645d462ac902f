// Reads the [Service] settings of a systemd unit that deploy/smoke.sh needs to run its command line the way
// systemd would. Only what deploy/sovbot.service uses: no specifiers (%h), no continuation lines, no
// ExecStart prefixes (-, @, +), double quotes only.

/** What systemd would run, and as whom. */
export interface ServiceUnit {
  /** ExecStart, split into the program (an absolute path, as systemd requires) and its arguments. */
  execStart: string[];
  workingDirectory: string | undefined;
  /** Every Environment= assignment, in order (a later one wins). */
  environment: Record<string, string>;
  user: string | undefined;
  group: string | undefined;
  /** StateDirectory=: systemd creates /var/lib/<name>, owned by User=. */
  stateDirectory: string | undefined;
  /** KillSignal=, default SIGTERM as in systemd. */
  killSignal: NodeJS.Signals;
  /** TimeoutStopSec= in seconds; systemd's default is 90. */
  timeoutStopSec: number;
}

/** Parses a unit file's text; throws naming the line when something it needs is missing or unreadable. */
export function readUnit(text: string, file = 'unit'): ServiceUnit {
  const service = new Map<string, string[]>();
  let section = '';
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1] as string;
      continue;
    }
    const equals = line.indexOf('=');
    if (equals < 1) throw new Error(`${file}:${index + 1}: not a "Key=value" line (${line}).`);
    if (section !== 'Service') continue;
    const key = line.slice(0, equals).trim();
    service.set(key, [...(service.get(key) ?? []), line.slice(equals + 1).trim()]);
  }
  const last = (key: string) => service.get(key)?.at(-1);
  const execStart = splitWords(last('ExecStart') ?? '');
  if (execStart.length === 0 || !execStart[0]?.startsWith('/')) {
    throw new Error(
      `${file}: [Service] needs ExecStart= with an absolute program path (${last('ExecStart')}).`,
    );
  }
  const environment: Record<string, string> = {};
  for (const value of service.get('Environment') ?? []) {
    for (const assignment of splitWords(value)) {
      const equals = assignment.indexOf('=');
      if (equals < 1) throw new Error(`${file}: Environment=: not a NAME=value assignment (${assignment}).`);
      environment[assignment.slice(0, equals)] = assignment.slice(equals + 1);
    }
  }
  const timeout = last('TimeoutStopSec') ?? '90';
  if (!/^\d+$/.test(timeout)) throw new Error(`${file}: TimeoutStopSec= in plain seconds only (${timeout}).`);
  return {
    execStart,
    workingDirectory: last('WorkingDirectory'),
    environment,
    user: last('User'),
    group: last('Group'),
    stateDirectory: last('StateDirectory'),
    killSignal: (last('KillSignal') ?? 'SIGTERM') as NodeJS.Signals,
    timeoutStopSec: Number(timeout),
  };
}

/** Whitespace-separated words, a double-quoted run counting as one word (quotes removed). */
function splitWords(value: string): string[] {
  return [...value.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}
