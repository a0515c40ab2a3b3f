/** Reading command-line options with `node:util` parseArgs, and saying what went wrong in plain words. */
import { safe } from './format.js';

/**
 * parseArgs's own messages are written for programmers ("Unknown option '--romo'. To specify a
 * positional argument starting with a '-', place it at the end…", with an unbalanced quote);
 * these say the same to a person. Returns null for errors that are not about the arguments.
 */
export function argumentProblem(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-[^'\s]*)/.exec((error as Error).message)?.[1];
  const name = option ? safe(option.slice(0, 60)) : 'an option';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${name}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test((error as Error).message)) return `${name} needs a value`;
      // `--room -standup`: parseArgs will not take a value that looks like a flag (never echoed: it may be a secret).
      if (/ambiguous/.test((error as Error).message)) return `${name} needs a value; for one that starts with "-", write ${name}=<value>`;
      return `${name} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      // A stray word could be a secret typed after a misspelt flag: never echo it.
      return 'unexpected argument: every value follows its --flag';
    default:
      return 'the options could not be read';
  }
}
