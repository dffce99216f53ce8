import type { paths } from "./generated/openapi.ts";

type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** `header` with `Name` made optional, and itself optional when nothing in it remains required. */
type OptionalHeader<Header, Name extends string> = Omit<Header, Name> & Partial<Pick<Header, Name & keyof Header>>;
type WithOptionalHeader<Parameters, Name extends string> = Parameters extends { header: infer Header }
  ? RequiredKeysOf<Omit<Header, Name>> extends never
    ? Omit<Parameters, "header"> & { header?: OptionalHeader<Header, Name> }
    : Omit<Parameters, "header"> & { header: OptionalHeader<Header, Name> }
  : Parameters;

/**
 * Flamel's paths with the `Accept-Language` header optional: the spec marks it required, and the
 * client sends it on every request (option `acceptLanguage`), so a call may still override it.
 */
export type FlamelPaths = {
  [Path in keyof paths]: {
    [Method in keyof paths[Path]]: paths[Path][Method] extends { parameters: infer Parameters }
      ? Omit<paths[Path][Method], "parameters"> & { parameters: WithOptionalHeader<Parameters, "Accept-Language"> }
      : paths[Path][Method];
  };
};
