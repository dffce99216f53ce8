// A fetch over node:http, for the one request the global fetch cannot make: undici (Node's fetch)
// adds `accept-language: *` to every request that lacks the header, so a request missing Flamel's
// required Accept-Language only reaches the mock through a transport that sends headers as given.
import { request as httpRequest } from "node:http";

export async function nodeHttpFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const body = Buffer.from(await request.arrayBuffer());
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      request.url,
      {
        method: request.method,
        headers: { ...Object.fromEntries(request.headers), "content-length": String(body.length) },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", reject);
        incoming.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(value) ? value : [value ?? ""]) headers.append(name, one);
          }
          const status = incoming.statusCode ?? 0;
          // A Response of a null-body status (204, 304…) must be built without a body.
          const body = [101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks);
          try {
            resolve(new Response(body, { status, headers }));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
