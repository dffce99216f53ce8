// The names derived from a provider's directory name (specs/<name>/, packages/<name>/), as the
// README's "Adding a provider" states them, in one place: the scaffold, the generators, the tests
// and the bench must agree on them.

export interface ProviderNames {
  /** The directory name under specs/ and packages/, e.g. `digital-ocean`. */
  name: string;
  /** `@image-sdk/digital-ocean` */
  packageName: string;
  /** `DigitalOcean`: the name split on non-alphanumerics, each part capitalised. */
  pascal: string;
  /** `digitalOcean`: the Pascal name with its first letter lower-cased (variables, `<camel>Provider`). */
  camel: string;
  /** `DIGITAL_OCEAN`: upper-cased, non-alphanumerics → `_`. */
  prefix: string;
  /** `createDigitalOceanClient` */
  factory: string;
  /** `DigitalOceanClient` */
  clientType: string;
  /** `DigitalOceanApiError` */
  errorType: string;
  /** Environment variables the client reads. */
  env: { apiKey: string; username: string; password: string; baseUrl: string };
}

export function deriveNames(name: string): ProviderNames {
  const pascal = name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => `${part[0]?.toUpperCase()}${part.slice(1)}`)
    .join("");
  const prefix = name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
  return {
    name,
    packageName: `@image-sdk/${name}`,
    pascal,
    camel: `${pascal.slice(0, 1).toLowerCase()}${pascal.slice(1)}`,
    prefix,
    factory: `create${pascal}Client`,
    clientType: `${pascal}Client`,
    errorType: `${pascal}ApiError`,
    env: {
      apiKey: `${prefix}_API_KEY`,
      username: `${prefix}_USERNAME`,
      password: `${prefix}_PASSWORD`,
      baseUrl: `${prefix}_BASE_URL`,
    },
  };
}
