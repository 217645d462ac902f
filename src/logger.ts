import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Values never to print (tokens, secrets): replaced by `[redacted]` wherever they appear. */
  secrets?: readonly string[];
  /** Where to write; defaults to standard error, so standard output stays the chat. */
  destination?: DestinationStream;
}

/**
 * The one structured logger (pino, JSON lines). Secrets are scrubbed from every line, whatever
 * field or error message they hide in.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  const target = options.destination ?? pino.destination({ fd: 2, sync: true });
  const destination: DestinationStream =
    secrets.length === 0
      ? target
      : {
          write(line: string) {
            let clean = line;
            for (const secret of secrets) clean = clean.split(secret).join('[redacted]');
            target.write(clean);
          },
        };
  return pino({ level: options.level, base: null }, destination);
}

/** A logger that prints nothing: for tests and for the CLI's one-shot commands. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
