import { MissingApiKeyError } from "./errors.ts";

/**
 * The key from the options, else from the environment where there is one (Node, Deno, Bun;
 * browsers have none). Fails before any request is made, and never repeats the key: a key with a
 * character a header cannot carry would otherwise surface verbatim in the Headers constructor's error.
 */
export function resolveApiKey(provider: string, fromOptions: string | undefined, envName: string): string {
  const key =
    fromOptions ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[envName];
  const fromEnv = `the ${envName} environment variable`;
  if (!key) throw new MissingApiKeyError(`${provider}: no API key. Pass { apiKey } to the client or set ${fromEnv}.`);
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new MissingApiKeyError(
      `${provider}: the API key from ${fromOptions === undefined ? fromEnv : "the apiKey option"} contains whitespace or non-ASCII characters (not shown); check for a stray newline or space.`,
    );
  }
  return key;
}
