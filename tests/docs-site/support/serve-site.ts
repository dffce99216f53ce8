import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import sirv from "sirv";

/** The built site from a static file server on 127.0.0.1, as GitHub Pages would serve it. */
export async function serveSite(siteDir: string): Promise<LoopbackServer> {
  const files = sirv(siteDir, { dev: true, etag: false });
  return startLoopbackServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    }),
  );
}
