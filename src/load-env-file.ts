import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { defaultEnvFile } from './paths.js';

/**
 * Reads the `.env` file into `env` (variables already set win, as with dotenv): the one way `npm start`
 * and `npx sovbot` both get their configuration. The file is `SOVBOT_ENV_FILE` when set, else `.env` in
 * the sovbot folder, wherever the command is started. Returns the file read, or undefined when there is
 * none (not an error: the environment alone may configure everything).
 */
export function loadEnvFile(env: Record<string, string | undefined>): string | undefined {
  const file = path.resolve(env.SOVBOT_ENV_FILE ?? defaultEnvFile);
  if (!existsSync(file)) return undefined;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8'))))
    if (env[name] === undefined) env[name] = value;
  return file;
}
