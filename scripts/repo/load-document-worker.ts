// Worker-thread entry of loadDocumentInWorker (load-in-worker.ts): loads one document and posts
// it back, or the reason it cannot be used.
import { parentPort, workerData } from "node:worker_threads";
import { loadDocument } from "./load-document.ts";
import { DocumentSourceError } from "./source-error.ts";

const source = workerData as string;
try {
  parentPort?.postMessage({ document: await loadDocument(source) });
} catch (error) {
  const unusable = error instanceof DocumentSourceError;
  parentPort?.postMessage({ error: { unusable, message: (error as Error).message } });
}
