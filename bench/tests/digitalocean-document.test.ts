import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { DIGITALOCEAN_ROOT_FILE, findDigitalOceanDocument } from "../src/digitalocean-document.ts";

// The at-scale sections of `pnpm bench` run on a document the repository does not vendor: where it
// is absent they are skipped, saying what to fetch.
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "image-sdk-bench-do-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

it("finds the document where BENCH_DIGITALOCEAN_SPEC points, relative to the repo root", async () => {
  await mkdir(join(root, "do", "specification"), { recursive: true });
  await writeFile(join(root, "do", "specification", DIGITALOCEAN_ROOT_FILE), "openapi: 3.0.0\n");
  expect(await findDigitalOceanDocument({ BENCH_DIGITALOCEAN_SPEC: "do/specification" }, root)).toEqual({
    found: true,
    specification: join(root, "do", "specification"),
  });
});

it("when it is absent, says where it looked and what to fetch", async () => {
  const result = await findDigitalOceanDocument({ BENCH_DIGITALOCEAN_SPEC: "missing" }, root);
  expect(result).toEqual({
    found: false,
    reason: `DigitalOcean's API document is not at BENCH_DIGITALOCEAN_SPEC (${join(root, "missing")}) (no ${DIGITALOCEAN_ROOT_FILE}); to measure at scale: git clone --depth 1 https://github.com/digitalocean/openapi <dir>, then run \`BENCH_DIGITALOCEAN_SPEC=<dir>/specification pnpm bench\``,
  });
});
