// Bundles grow only for packages that use a flow (issue 23): a provider client's one-call browser
// bundle keeps core's jobs, pagination and event-stream modules only when its generated client
// wires that flow in (withJobs, withPagination, the provider's eventStream hook); every other
// package tree-shakes them out. Read from esbuild's metafile by module, not from byte counts.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { listProviders, type Provider } from "@image-sdk/scripts/repo/providers.ts";
import { expect, test } from "vitest";
import { coreModulesInBundle } from "../src/core-modules-in-bundle.ts";

const providers = listProviders();

/** The flows (core's folders) a provider's generated client uses, from its generated code. */
async function flowsOf(provider: Provider): Promise<string[]> {
  const generated = join(repoRoot, "packages", provider.name, "src/generated");
  const client = await readFile(join(generated, "client.ts"), "utf8");
  const config = await readFile(join(generated, "provider.ts"), "utf8");
  return [
    ...(/\bwithJobs\b/.test(client) ? ["jobs"] : []),
    ...(/\bwithPagination\b/.test(client) ? ["pagination"] : []),
    ...(/\bstreamResult\b/.test(config) ? ["streams"] : []),
  ];
}

test("some provider uses no flow and some uses one, so both sides below are tested", async () => {
  const flows = await Promise.all(providers.map(flowsOf));
  expect(flows.some((used) => used.length === 0)).toBe(true);
  expect(flows.some((used) => used.length > 0)).toBe(true);
});

test.for(providers)(
  "$name: the one-call bundle holds core's flow modules only for the flows its client uses",
  { timeout: 60_000 },
  async (provider) => {
    const modules = await coreModulesInBundle(provider);
    // The request path is there: the probe did resolve core from its sources.
    expect(modules).toContain("send-request.ts");
    const used = await flowsOf(provider);
    const flowModules = (flow: string) => modules.filter((module) => module.startsWith(`${flow}/`));
    for (const flow of ["jobs", "pagination", "streams"]) {
      if (used.includes(flow)) expect(flowModules(flow), `${flow} is used`).not.toEqual([]);
      else expect(flowModules(flow), `${provider.name} uses no ${flow}`).toEqual([]);
    }
  },
);
