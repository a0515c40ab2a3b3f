/**
 * `--secret-env <VAR>`: the secret is read from an environment variable so that it stays out of
 * shell history and process lists. People sometimes type the secret itself there; the value of
 * this option is therefore never printed, not even in an error.
 */

/** A POSIX environment variable name. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads the secret named by `--secret-env`; `fail` receives a message that never quotes the option's value. */
export function readSecretEnv(name: string, env: Readonly<Record<string, string | undefined>>, fail: (message: string) => Error): string {
  if (!VARIABLE_NAME.test(name)) {
    throw fail('--secret-env takes the NAME of an environment variable (letters, digits and _), not the secret itself; its value is not shown');
  }
  const secret = env[name];
  if (!secret) throw fail('the environment variable named by --secret-env is empty or not set (its name is not shown, in case it is the secret)');
  return secret;
}
