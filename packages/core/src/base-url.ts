import { fromOptionOrEnv } from "./environment.ts";
import { InvalidOptionError } from "./errors.ts";
import type { ServerConfig } from "./provider-config.ts";

/** A server's URL with its variables at their defaults, without a trailing slash. */
export const serverUrl = ({ url, variables = {} }: ServerConfig): string =>
  url.replace(/\{([^}]+)\}/g, (whole, name: string) => variables[name] ?? whole).replace(/\/+$/, "");

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
