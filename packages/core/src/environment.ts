// Reading the environment: Node, Deno and Bun have `process.env`; browsers have none, and every
// variable then reads as absent.

const environment = () => (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

/**
 * A variable, or undefined when the runtime will not let the script read it: Deno without
 * `--allow-env` throws `NotCapable` for each read, and a client that was given its key needs no
 * variable, so that must not stop it.
 */
function readVariable(name: string): string | undefined {
  try {
    return environment()[name];
  } catch {
    return undefined;
  }
}

/** An option, else its environment variable; "" counts as absent, and so does a variable the runtime keeps from us. */
export function fromOptionOrEnv(option: string | undefined, envName: string): string | undefined {
  return (option ?? readVariable(envName)) || undefined;
}
