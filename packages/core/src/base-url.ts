import { fromOptionOrEnv } from "./environment.ts";
import { InvalidOptionError } from "./errors.ts";
import type { ServerConfig } from "./provider-config.ts";

/**
 * A server's URL with its variables filled (`chosen` over the document's defaults), without a
 * trailing slash. A variable with neither stays as `{name}`.
 */
export const serverUrl = (
  { url, variables = {} }: ServerConfig,
  chosen: Readonly<Record<string, string>> = {},
): string =>
  url.replace(/\{([^}]+)\}/g, (whole, name: string) => chosen[name] ?? variables[name] ?? whole).replace(/\/+$/, "");

/** The variables a server URL uses. */
export const serverVariableNames = ({ url }: ServerConfig): string[] =>
  [...url.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);

/** Whether a filled server URL can be requested as it is: absolute, every variable filled. */
export const isUsableServerUrl = (url: string): boolean => /^[a-z][a-z\d+.-]*:\/\/[^{}]*$/i.test(url);

/**
 * The `baseUrl` option, else `<PREFIX>_BASE_URL`, checked: an http(s) URL without credentials.
 * Undefined when neither is set (each operation then uses its documented server). The message
 * never repeats a password the URL carried.
 */
export function overrideBaseUrl(provider: string, option: string | undefined, envName: string): string | undefined {
  const value = fromOptionOrEnv(option, envName);
  if (value === undefined) return undefined;
  const source = option === undefined ? `the ${envName} environment variable` : "option baseUrl";
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (url && (url.username || url.password)) {
    url.username = url.username && "***";
    url.password = url.password && "***";
    throw new InvalidOptionError(
      `${provider}: ${source} must not carry credentials (${url.href}); pass them as client options.`,
    );
  }
  if (typeof value !== "string" || !url || !/^https?:$/.test(url.protocol)) {
    // Whatever precedes an "@" may be credentials, even in a malformed URL.
    const shown =
      typeof value === "string" ? JSON.stringify(value.slice(0, 80).replace(/[^/]*@/, "***@")) : String(value);
    throw new InvalidOptionError(`${provider}: ${source} must be an http(s) URL; got ${shown}.`);
  }
  return value.replace(/\/+$/, "");
}
