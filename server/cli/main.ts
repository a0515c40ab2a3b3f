/** `meetgate <command>`: dispatches to the commands. */
import { inspectCommand } from './inspect.js';
import type { CliIo } from './io.js';

const USAGE = `Usage: meetgate <command> [options]
Commands:
  inspect   explain a Jitsi token or tokenized link (meetgate inspect --help)
  doctor    read a Jitsi deployment's configuration and say what will go wrong with tokens (meetgate doctor --help)
  mint      mint a token for a room (meetgate mint --help)
  simulate  run the local Jitsi deployment simulator (meetgate simulate --help)`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Commands load lazily so that `inspect` starts fast and needs nothing of the others. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  inspect: async () => inspectCommand,
  mint: async () => (await import('../mint/cli.js')).mintCommand,
  doctor: async () => (await import('../doctor/cli.js')).doctorCommand,
  simulate: async () => {
    const { simulateCommand } = await import('../dev/simulator/cli.js');
    return (args, io) => simulateCommand(args, { out: io.stdout, err: io.stderr });
  },
};

/** Runs the CLI; returns the exit status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(name && name !== '--help' && name !== '-h' ? `meetgate: unknown command "${name}"\n${USAGE}` : USAGE);
    return name === '--help' || name === '-h' ? 0 : 2;
  }
  return (await load())(rest, io);
}
