// Where the at-scale sections of `pnpm bench` find DigitalOcean's public API document (Apache-2.0,
// ~2,900 files), which the repository does not vendor: the folder named by
// BENCH_DIGITALOCEAN_SPEC, else ../shared/bench-specs/digitalocean/specification beside the
// checkout (where this project's machines keep it). When it is absent those sections are skipped,
// with what to fetch; nothing else (setup, tests) ever reads it.
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";

/** The document's root file, inside its `specification/` folder. */
export const DIGITALOCEAN_ROOT_FILE = "DigitalOcean-public.v2.yaml";

export const DIGITALOCEAN_FETCH_HINT =
  "git clone --depth 1 https://github.com/digitalocean/openapi <dir>, then run `BENCH_DIGITALOCEAN_SPEC=<dir>/specification pnpm bench`";

export type DigitalOceanDocument = { found: true; specification: string } | { found: false; reason: string };

export async function findDigitalOceanDocument(
  env: NodeJS.ProcessEnv = process.env,
  root: string = repoRoot,
): Promise<DigitalOceanDocument> {
  const configured = env.BENCH_DIGITALOCEAN_SPEC;
  const specification = configured
    ? resolve(root, configured)
    : join(root, "..", "shared", "bench-specs", "digitalocean", "specification");
  const present = await stat(join(specification, DIGITALOCEAN_ROOT_FILE)).then(
    (entry) => entry.isFile(),
    () => false,
  );
  if (present) return { found: true, specification };
  const where = configured ? `BENCH_DIGITALOCEAN_SPEC (${specification})` : specification;
  return {
    found: false,
    reason: `DigitalOcean's API document is not at ${where} (no ${DIGITALOCEAN_ROOT_FILE}); to measure at scale: ${DIGITALOCEAN_FETCH_HINT}`,
  };
}
