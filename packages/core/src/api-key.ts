import { MissingApiKeyError } from "./errors.ts";

/** Reads an environment variable where there is one (Node, Deno, Bun); browsers have none. */
function fromEnvironment(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}

/**
 * The key from the options, else from the environment. Fails before any request is made, and
 * never repeats the key: a key with a character a header cannot carry would otherwise surface
 * verbatim in the Headers constructor's error.
 */
export function resolveApiKey(provider: string, fromOptions: string | undefined, envName: string): string {
  const key = fromOptions ?? fromEnvironment(envName);
  if (!key) {
    throw new MissingApiKeyError(
      `${provider}: no API key. Pass { apiKey } to the client or set the ${envName} environment variable.`,
    );
  }
  if (!/^[\x21-\x7e]+$/.test(key)) {
    const source = fromOptions === undefined ? `the ${envName} environment variable` : "the apiKey option";
    throw new MissingApiKeyError(
      `${provider}: the API key from ${source} contains whitespace or non-ASCII characters (not shown); check for a stray newline or space.`,
    );
  }
  return key;
}
