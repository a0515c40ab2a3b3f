/**
 * docker-jitsi-meet's `.env`, read with the `dotenv` package's parser (the syntax Docker Compose
 * accepts for env files), keeping each variable's line.
 */
import { parse } from 'dotenv';

/** One variable; the last assignment wins, as with Compose. */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
}

/** What the reader found, and the lines it could not read as `KEY=value`. */
export interface DotenvFile {
  entries: Map<string, EnvEntry>;
  /** Lines that are neither a variable, a comment nor blank: dotenv (and Compose) skip them. */
  ignored: { line: number; text: string }[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** The variable a line assigns, or null for comments, blanks and continuation lines. */
function nameOnLine(line: string): string | null | undefined {
  const trimmed = line.trim().replace(/^export\s+/, '');
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const eq = trimmed.search(/[=:]/);
  const name = eq > 0 ? trimmed.slice(0, eq).trim() : '';
  return NAME.test(name) ? name : undefined;
}

/** Parses `.env` text. dotenv's syntax has no fatal errors; unreadable lines are listed. */
export function parseDotenv(text: string): DotenvFile {
  const values = parse(text);
  const entries = new Map<string, EnvEntry>();
  const ignored: DotenvFile['ignored'] = [];
  // dotenv gives values only; find each variable's (last) line so findings can point at it.
  const lines = text.split(/\r?\n/);
  let inQuoted = false;
  lines.forEach((raw, i) => {
    if (inQuoted) {
      if (/["'`]\s*(#.*)?$/.test(raw)) inQuoted = false;
      return;
    }
    const name = nameOnLine(raw);
    if (name === null) return;
    if (name === undefined) {
      ignored.push({ line: i + 1, text: raw.trim().slice(0, 60) });
      return;
    }
    const after = raw.slice(raw.indexOf(name) + name.length).replace(/^\s*[=:]\s*/, '');
    if (/^["'`]/.test(after) && !new RegExp(`^${after[0]}.*${after[0]}\\s*(#.*)?$`).test(after)) inQuoted = true;
    const value = values[name];
    if (value !== undefined) entries.set(name, { key: name, value, line: i + 1 });
  });
  return { entries, ignored };
}
