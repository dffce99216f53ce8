// --mock: one Prism mock per provider, from the openapi.json its package ships, and the client
// options that point each provider at its mock (any key will do for a mock). Prism is started by
// image-to-prompt's launcher, the one the repository's --mock, contract tests and bench share.
import type { ClientOptions } from "@image-sdk/core";
import { startPrism } from "@image-sdk/image-to-prompt/prism";
import type { ProviderPackage } from "../provider-packages.ts";

export interface MockClients {
  clients: Record<string, ClientOptions>;
  stop(): Promise<void>;
}

export async function startMocks(packages: readonly ProviderPackage[], signal: AbortSignal): Promise<MockClients> {
  const starts = await Promise.allSettled(packages.map((pkg) => startPrism({ document: pkg.documentPath, signal })));
  const servers = starts.flatMap((start) => (start.status === "fulfilled" ? [start.value] : []));
  const stop = () => Promise.all(servers.map((server) => server.stop())).then(() => {});
  const failed = starts.find((start) => start.status === "rejected");
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const clients: Record<string, ClientOptions> = {};
  packages.forEach((pkg, i) => {
    clients[pkg.name] = { baseUrl: servers[i]!.url, apiKey: "mock" };
  });
  return { clients, stop };
}
