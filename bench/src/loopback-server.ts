// The bench's API stand-in: test-support's loopback server (127.0.0.1, free port) with keep-alive,
// answering every request with the same JSON after reading the request body. It runs in a worker
// thread, so it has its own event loop (and core) instead of competing with the clients measured.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { startLoopbackServer as startServer } from "@image-sdk/test-support/loopback-server";

export interface LoopbackServer {
  url: string;
  stop(): Promise<void>;
}

export async function startLoopbackServer(responseText: string): Promise<LoopbackServer> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { responseText } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`loopback server worker exited with code ${code} before listening`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const { responseText } = workerData as { responseText: string };
  const body = Buffer.from(responseText);
  const server = await startServer(
    (request, response) => {
      request.resume();
      request.on("end", () => {
        response.writeHead(200, { "content-type": "application/json", "content-length": body.byteLength });
        response.end(body);
      });
    },
    { keepAliveTimeout: 60_000 },
  );
  parentPort.postMessage(server.port);
}
