// Reading and bundling a large multi-file document is seconds of single-threaded work (Redocly's
// resolver): the CLI loads NEW in a worker thread while the main thread loads OLD, so the two
// use two cores. The worker's answer is the same document, or the same error naming the source.
import { Worker } from "node:worker_threads";
import { DocumentSourceError } from "./source-error.ts";

type Json = Record<string, unknown>;

interface Answer {
  document?: Json;
  error?: { unusable: boolean; message: string };
}

export function loadDocumentInWorker(source: string): Promise<Json> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load-document-worker.ts", import.meta.url), { workerData: source });
    worker.once("message", ({ document, error }: Answer) => {
      if (document) resolve(document);
      else if (error?.unusable && error.message.startsWith(`${source}: `))
        reject(new DocumentSourceError(source, error.message.slice(source.length + 2)));
      else reject(new Error(error?.message ?? `loading ${source} in a worker failed`));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`loading ${source}: worker exited with code ${code}`));
    });
  });
}
