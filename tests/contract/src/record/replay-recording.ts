// Replays a recording: a loopback server answers the operation's generated call with the recorded
// response (status, headers, body; a binary body as bytes of its recorded size), and the client
// must handle it: a result, not an exception, whatever the status.
import { startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import type { ContractCalls, RawResult } from "../contract-calls.ts";
import { bodyBytes, type Recording } from "./recording-file.ts";

/** Headers that describe the recorded transfer, not the answer: the replay sends its own. */
const TRANSFER_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
]);

export interface Replayed {
  result: RawResult;
  /** The request the client sent for the recording's operation (method and path). */
  request: { method: string; path: string };
}

export async function replayRecording(calls: ContractCalls<unknown>, recording: Recording): Promise<Replayed> {
  const operation = calls.operations[recording.operation];
  if (!operation) throw new Error(`${recording.operation}: not an operation of the generated contract calls`);
  const { response } = recording;
  let request: Replayed["request"] | undefined;
  const server = await startLoopbackServer((incoming, outgoing) => {
    request = { method: incoming.method ?? "", path: incoming.url ?? "" };
    incoming.resume();
    incoming.once("end", () => {
      const headers = Object.fromEntries(
        Object.entries(response.headers).filter(([name]) => !TRANSFER_HEADERS.has(name.toLowerCase())),
      );
      outgoing.writeHead(response.status, headers).end(bodyBytes(response.body));
    });
  });
  try {
    const client = calls.createClient({ baseUrl: server.origin, fetch });
    const result = await operation.call(client, { headers: {} });
    if (!request) throw new Error(`${recording.operation}: the client sent no request`);
    return { result, request };
  } finally {
    await server.close();
  }
}
