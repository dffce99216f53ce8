// Each request names the SDK that sent it, so a provider can tell its traffic apart and answer a
// support question with the version in hand. `User-Agent` where the runtime lets a script set
// it (Node, Deno, Bun); browsers own theirs (Chromium ignores a script's), so there the name
// goes in `x-image-sdk-version`. Both are ordinary default headers: a `headers` option or a
// call's `headers` with the same name replaces them.

export const inBrowser = (): boolean =>
  typeof (globalThis as { window?: unknown }).window !== "undefined" &&
  typeof (globalThis as { document?: unknown }).document !== "undefined";

/**
 * The identifying header for package `packageName` at `version`:
 * `User-Agent: image-sdk-flamel/0.1.0`, or `x-image-sdk-version: image-sdk-flamel/0.1.0` in a browser.
 */
export function sdkHeaders(packageName: string, version: string): Record<string, string> {
  const agent = `${packageName.replace(/^@image-sdk\//, "image-sdk-")}/${version}`;
  return inBrowser() ? { "x-image-sdk-version": agent } : { "user-agent": agent };
}

/** `provider` with the identifying header of its package (name and version from its package.json) added. */
export function identify<Provider extends { headers?: Readonly<Record<string, string>> }>(
  provider: Provider,
  packageJson: { name: string; version: string },
): Provider {
  return { ...provider, headers: { ...provider.headers, ...sdkHeaders(packageJson.name, packageJson.version) } };
}
