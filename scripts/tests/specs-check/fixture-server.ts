import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FixtureRoute {
  status?: number;
  type?: string;
  body: string;
}

export interface FixtureServer {
  url(path: string): string;
  /** Paths requested, in order. */
  requests: string[];
  /** Replaces what a path serves (an upstream that changes between two checks). */
  serve(path: string, route: FixtureRoute): void;
  close(): Promise<void>;
}

/** A real HTTP server on loopback, on a free port, serving fixed documents; 404 for anything else. */
export async function startFixtureServer(routes: Record<string, FixtureRoute>): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push(path);
    const route = table.get(path) ?? { status: 404, type: "text/plain", body: "not found" };
    response.writeHead(route.status ?? 200, { "content-type": route.type ?? "application/json" });
    response.end(route.body);
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    serve: (path, route) => void table.set(path, route),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
}

/** A loopback URL nobody listens on: a port taken from the OS, then released. */
export async function refusedUrl(path: string): Promise<string> {
  const server = createServer();
  await listen(server);
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}${path}`;
}
