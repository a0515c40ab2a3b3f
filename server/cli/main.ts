/** `meetgate <command>`: dispatches to the commands. */
import { inspectCommand } from './inspect.js';
import type { CliIo } from './io.js';

const USAGE = `Usage: meetgate <command> [options]
Commands:
  inspect   explain a Jitsi token or tokenized link (meetgate inspect --help)
  doctor    read a Jitsi deployment's configuration and say what will go wrong with tokens (meetgate doctor --help)
  mint      mint a token for a room (meetgate mint --help)
  simulate  run the local Jitsi deployment simulator (meetgate simulate --help)
Options:
  --help, -h     this text
  --version, -v  the installed version`;

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

/**
 * Runs the CLI; returns the exit status. Asked for (`--help`, `--version`), the usage and the
 * version go to standard output; a missing or unknown command is an error: usage on standard
 * error, status 2. `version` is the package's, handed in by the executable.
 */
export async function main(argv: string[], io: CliIo, version = 'unknown'): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(version);
    return 0;
  }
  // Own commands only: `constructor` or `toString` would find the object prototype's and crash.
  const load = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(name ? `meetgate: unknown command "${name}"\n${USAGE}` : USAGE);
    return 2;
  }
  return (await load())(rest, io);
}
