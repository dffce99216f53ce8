import { cp } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { createTempRepo, type TempRepo } from "../pipeline/temp-repo.ts";

export const upstreamPaths = { flamel: "/flamel/api-json", freepik: "/freepik/openapi.yaml" } as const;

/**
 * A scratch copy of the named providers whose source.yaml files point upstream at the loopback
 * fixture server (each provider's one URL), with the package manifests sync reads. The real specs
 * are never touched.
 */
export async function createUpstreamRepo(
  urlOf: (path: string) => string,
  providers: readonly string[],
): Promise<TempRepo> {
  const repo = await createTempRepo(providers);
  for (const provider of providers) {
    await cp(join(repoRoot, "packages", provider, "package.json"), repo.path(`packages/${provider}/package.json`));
  }
  const fetched = Object.keys(upstreamPaths) as Array<keyof typeof upstreamPaths>;
  for (const provider of fetched.filter((name) => providers.includes(name))) {
    await repo.edit(`specs/${provider}/source.yaml`, (text) =>
      text.replace(/url: \S+/g, `url: ${urlOf(upstreamPaths[provider])}`),
    );
  }
  return repo;
}

export type { TempRepo };
