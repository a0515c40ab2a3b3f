/** `meetgate <args>` run in-process, as the executable runs it, with what it printed captured. */
import type { CliIo } from '../../../server/cli/io.js';
import { main } from '../../../server/cli/main.js';

/** What the test hands the command instead of the process. */
export interface CliInput {
  /** Standard input; without it, reading it fails as on a terminal. */
  stdin?: string;
  env?: Record<string, string>;
  /** Reads a file; without it, every read fails. */
  readFile?: (path: string) => Promise<string>;
  /** The version the executable hands in (`meetgate --version`). */
  version?: string;
}

/** Runs the command; its exit status and what it wrote to standard output and error. */
export async function runCli(args: string[], input: CliInput = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => {
      if (input.stdin === undefined) throw new Error('nothing on standard input');
      return input.stdin;
    },
    env: input.env ?? {},
    readFile: input.readFile ?? (async (path) => Promise.reject(new Error(`no file ${path} in this test`))),
  };
  const status = await main(args, io, input.version);
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}
