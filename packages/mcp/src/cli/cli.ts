// The image-sdk-mcp command: parses the options, starts the mocks for --mock, and serves the tools
// over stdio (the default) or Streamable HTTP. Logs go to stderr: stdout is the protocol's.
import type { AddressInfo } from "node:net";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { providerPackages } from "../provider-packages.ts";
import { createImageSdkMcpServer, type ImageSdkMcpServerOptions } from "../server.ts";
import { redact } from "../tool-results.ts";
import { parseCommandLine } from "./command-line.ts";
import { serveHttp } from "./http-transport.ts";
import { startMocks } from "./mock-clients.ts";

const line = parseCommandLine(process.argv.slice(2));
const stopping = new AbortController();
const cleanups: Array<() => Promise<unknown>> = [];
const shutdown = async (code: number) => {
  stopping.abort();
  await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void shutdown(0));

try {
  const options: ImageSdkMcpServerOptions = {
    providers: line.providers,
    tools: line.tools,
    readOnly: line.readOnly,
    timeout: line.timeout,
  };
  // Built once before any mock starts, so a bad option fails fast.
  createImageSdkMcpServer(options);
  if (line.mock) {
    const packages = providerPackages().filter((pkg) => line.providers?.includes(pkg.name) ?? true);
    const mocks = await startMocks(packages, stopping.signal);
    cleanups.push(mocks.stop);
    options.clients = mocks.clients;
  }
  if (line.http === undefined) {
    const { server } = createImageSdkMcpServer(options);
    const transport = new StdioServerTransport();
    // The client closing stdin is how it stops a stdio server.
    process.stdin.once("end", () => void shutdown(0));
    await server.connect(transport);
  } else {
    const http = await serveHttp(line.http, () => createImageSdkMcpServer(options).server);
    cleanups.push(() => new Promise((resolve) => http.close(resolve)));
    process.stderr.write(`image-sdk-mcp: listening on http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp\n`);
  }
} catch (error) {
  process.stderr.write(`image-sdk-mcp: ${redact((error as Error).message)}\n`);
  await shutdown(1);
}
