// One static and one dynamic Prism mock per provider for the whole run, stopped in teardown.
// stop-on-exit.ts and prism-process.ts cover the runs that never reach teardown.
import type { TestProject } from "vitest/node";
import { type PrismServer, startPrism } from "./prism/start-prism.ts";
import { documentPath, PROVIDERS, type ProviderName } from "./provider-documents.ts";

/** Fixed, so dynamic-mode responses are the same on every run. */
export const DYNAMIC_SEED = "image-sdk-contract";

export interface PrismUrls {
  /** Examples (`Prefer: code=…, example=…`), request violations as errors. */
  static: string;
  /** Responses generated from the schemas (`--dynamic --seed`). */
  dynamic: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    prism: Record<ProviderName, PrismUrls>;
  }
}

const MODES = ["static", "dynamic"] as const;

export default async function setup(project: TestProject) {
  const wanted = PROVIDERS.flatMap((provider) => MODES.map((mode) => ({ provider, mode })));
  const settled = await Promise.allSettled(
    wanted.map(({ provider, mode }) =>
      startPrism({ document: documentPath(provider), ...(mode === "dynamic" ? { dynamicSeed: DYNAMIC_SEED } : {}) }),
    ),
  );
  const servers = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
  const failure = settled.find((result) => result.status === "rejected");
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  const urls = {} as Record<ProviderName, PrismUrls>;
  wanted.forEach(({ provider, mode }, i) => {
    (urls[provider] ??= { static: "", dynamic: "" })[mode] = (
      settled[i] as PromiseFulfilledResult<PrismServer>
    ).value.url;
  });
  project.provide("prism", urls);
  return stopAll;
}
