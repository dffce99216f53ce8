// --mock: one Prism mock per provider, started from the openapi.json that provider's package ships,
// on 127.0.0.1 with a free port, and stopped when the command ends, however it ends.
import { createRequire } from "node:module";
import { PrismUnavailableError, startPrism } from "../prism/start-prism.ts";
import type { ProviderName, ProviderOptions } from "../providers/index.ts";
import { preferCompletedTasks } from "./freepik-mock-completion.ts";

/** --mock cannot run here (no Prism installed, or a Node too old for it): a usage error, exit 2. */
export class MockUnavailableError extends Error {}

export interface MockServers {
  /** Options pointing each provider at its mock. */
  options: ProviderOptions;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);
const START_TIMEOUT_MS = 60_000;

export async function startMockServers(names: readonly ProviderName[], signal: AbortSignal): Promise<MockServers> {
  const documents = names.map((name) => require.resolve(`@image-sdk/${name}/openapi.json`));
  const starts = await Promise.allSettled(
    documents.map((document) => startPrism({ document, startTimeoutMs: START_TIMEOUT_MS, signal })),
  );
  const servers = starts.flatMap((start) => (start.status === "fulfilled" ? [start.value] : []));
  const stop = () => Promise.all(servers.map((server) => server.stop())).then(() => {});
  const failed = starts.find((start) => start.status === "rejected");
  if (failed) {
    // A failed start leaves no process; the mocks that did start are stopped here.
    await stop();
    if (failed.reason instanceof PrismUnavailableError)
      throw new MockUnavailableError(`--mock: ${failed.reason.message}`);
    throw failed.reason;
  }
  const options: ProviderOptions = {};
  names.forEach((name, i) => {
    const baseUrl = servers[i]!.url;
    // Any key will do for a mock; Freepik's mock is asked for a finished task when polled.
    options[name] =
      name === "freepik"
        ? { baseUrl, apiKey: "mock", fetch: preferCompletedTasks(documents[i]!) }
        : { baseUrl, apiKey: "mock" };
  });
  return { options, stop };
}
