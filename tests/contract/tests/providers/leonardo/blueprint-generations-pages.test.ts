// The overlay's Relay-cursor pagination of GET /blueprint-executions/{id}/generations: `after` takes
// the previous page's `pageInfo.endCursor`, the items are `edges`, and an empty page ends the list.
// A loopback server answers with the document's own example pages (validated against its schema).
import { createLeonardoClient } from "@image-sdk/leonardo";
import type { Json } from "@image-sdk/scripts/pipeline/json-ref.ts";
import { type LoopbackServer, startLoopbackServer } from "@image-sdk/test-support/loopback-server";
import { afterEach, expect, test } from "vitest";
import { validatorFor } from "../../../src/openapi/schema-validator.ts";
import { loadDocument } from "../../../src/providers/contract-providers.ts";

const document = loadDocument("leonardo");
const paths = document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
const media = (
  paths["/blueprint-executions/{id}/generations"]!.get!.responses["200"] as {
    content: Record<string, { schema: Json; examples: Record<string, { value: PageBody }> }>;
  }
).content["application/json"]!;
interface PageBody {
  blueprintExecutionGenerations: { edges: Array<{ cursor: string }>; pageInfo: { endCursor: string | null } };
}
const first = media.examples.success!.value;
const empty = media.examples.notAccessible!.value;

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
});

test("paginate follows pageInfo.endCursor in `after` and stops on an empty page", async () => {
  const afters: Array<string | null> = [];
  server = await startLoopbackServer((request, response) => {
    const after = new URL(request.url ?? "/", "http://x").searchParams.get("after");
    afters.push(after);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(after ? empty : first));
  });
  const client = createLeonardoClient({ apiKey: "test-key", baseUrl: server.origin });
  const id = "1dbeb32f-44a1-4d3f-8789-d04bcaf3c72a";
  const edges = [];
  for await (const edge of client.paginate("/blueprint-executions/{id}/generations", { params: { path: { id } } }))
    edges.push(edge);
  expect(edges).toEqual(first.blueprintExecutionGenerations.edges);
  expect(afters).toEqual([null, first.blueprintExecutionGenerations.pageInfo.endCursor]);
  const validator = validatorFor(document);
  for (const page of [first, empty]) expect(validator.validate(media.schema, page)).toEqual({ valid: true });
});
