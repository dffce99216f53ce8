import { cp } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { createTempRepo, type TempRepo } from "../pipeline/temp-repo.ts";

export const upstreamPaths = { flamel: "/flamel/api-json", freepik: "/freepik/openapi.yaml" } as const;
/** The real providers these tests judge the rules on: the two with upstream documents, and Novita's authored one. */
const judgedProviders = [...Object.keys(upstreamPaths), "novita"];

/**
 * A scratch copy of the repo whose source.yaml files point upstream at the loopback fixture server
 * (each provider's one URL), with the package manifests sync reads. The real specs are never touched.
 */
export async function createUpstreamRepo(urlOf: (path: string) => string): Promise<TempRepo> {
  const repo = await createTempRepo(judgedProviders);
  for (const provider of judgedProviders) {
    await cp(join(repoRoot, "packages", provider, "package.json"), repo.path(`packages/${provider}/package.json`));
  }
  for (const provider of ["flamel", "freepik"] as const) {
    await repo.edit(`specs/${provider}/source.yaml`, (text) =>
      text.replace(/url: \S+/g, `url: ${urlOf(upstreamPaths[provider])}`),
    );
  }
  return repo;
}

export type { TempRepo };
