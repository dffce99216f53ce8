// Reading the environment: Node, Deno and Bun have `process.env`; browsers have none, and every
// variable then reads as absent.

const environment = () => (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

/** An option, else its environment variable; "" counts as absent. */
export function fromOptionOrEnv(option: string | undefined, envName: string): string | undefined {
  return (option ?? environment()[envName]) || undefined;
}
