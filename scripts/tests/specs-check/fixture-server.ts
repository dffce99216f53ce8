import { refusedUrl as refusedOrigin, startLoopbackServer } from "@image-sdk/test-support/loopback-server";

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
  const server = await startLoopbackServer((request, response) => {
    const path = request.url ?? "/";
    requests.push(path);
    const route = table.get(path) ?? { status: 404, type: "text/plain", body: "not found" };
    response.writeHead(route.status ?? 200, { "content-type": route.type ?? "application/json" });
    response.end(route.body);
  });
  return {
    url: (path) => `${server.origin}${path}`,
    requests,
    serve: (path, route) => void table.set(path, route),
    close: server.close,
  };
}

/** A loopback URL of `path` nobody listens on. */
export async function refusedUrl(path: string): Promise<string> {
  return `${(await refusedOrigin()).url}${path}`;
}
