/** What a CLI command needs from the process, passed in so tests can run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input; rejects when there is none to read (a terminal). */
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  readFile: (path: string) => Promise<string>;
}

/** The real process. */
export async function processIo(): Promise<CliIo> {
  const { readFile } = await import('node:fs/promises');
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readStdin: async () => {
      if (process.stdin.isTTY) throw new Error('no token given and nothing on standard input');
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    env: process.env,
    readFile: (path) => readFile(path, 'utf8'),
  };
}
