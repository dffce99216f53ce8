// The one way the repository's tests start an HTTP server: real node:http on 127.0.0.1, on a free
// port the OS picks. The recording test server (http-test-server.ts), the scripts' fixture
// documents, the browser and docs-site pages, the publish test's Verdaccio and the bench's
// worker-thread server are built on it.
import { once } from "node:events";
import { createServer, type RequestListener, type Server, type ServerOptions } from "node:http";
import type { AddressInfo } from "node:net";

export interface LoopbackServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  port: number;
  /** Closes open connections too, so a stalled answer cannot hold the close. */
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1, on a free port. */
export async function startLoopbackServer(
  listener?: RequestListener,
  options: ServerOptions = {},
): Promise<LoopbackServer> {
  return listenOnLoopback(createServer(options, listener));
}

/** Listens with a server a library made (e.g. Verdaccio's) on 127.0.0.1, on a free port. */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    async close() {
      if (!server.listening) return;
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** A loopback URL nobody listens on (a port taken from the OS, then released): connections are refused. */
export async function refusedUrl(): Promise<{ url: string; port: number }> {
  const server = await startLoopbackServer();
  await server.close();
  return { url: server.origin, port: server.port };
}
