// What the overlays promise readers of every bundled document (and of the types generated from
// it): schema names that say what a schema is, and an English description wherever upstream
// wrote one only in another script. Providers come from the repository model.
import { describe, expect, it } from "vitest";
import { findProvider, listProviders, readProviderDocument } from "../../repo/providers.ts";

const providers = listProviders().map((provider) => provider.name);

function bundled(provider: string): Promise<Record<string, unknown>> {
  return readProviderDocument(findProvider(provider));
}

/** Every string under a `description`, `summary` or `title` key, with its JSON path. */
function prose(value: unknown, path = "$"): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => prose(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === "string" && ["description", "summary", "title"].includes(key)
      ? [[`${path}.${key}`, item] as [string, string]]
      : prose(item, `${path}.${key}`),
  );
}

describe.each(providers)("packages/%s/openapi.json", (provider) => {
  it("names its schemas in PascalCase, not with generator artefacts (`task-detail_1`, `*_200_response`)", async () => {
    const schemas = Object.keys(((await bundled(provider)).components as { schemas?: object })?.schemas ?? {});
    expect(schemas.filter((name) => !/^[A-Z][A-Za-z0-9]*$/.test(name))).toEqual([]);
  });

  it("has English wherever a description, summary or title is in Hangul", async () => {
    const untranslated = prose(await bundled(provider)).filter(
      ([, text]) => /\p{Script=Hangul}/u.test(text) && !/[A-Za-z]{2,}/.test(text.replace(/\([^)]*\)/g, "")),
    );
    expect(untranslated).toEqual([]);
  });
});
