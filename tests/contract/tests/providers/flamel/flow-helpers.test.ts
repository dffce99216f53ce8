// Flamel's helpers against its mock: what they send is accepted, what the document says comes back
// is what they return, and every documented error example comes out as a thrown typed error.
import { type CreateImageBody, createFlamelClient } from "@image-sdk/flamel";
import { describe, expect, test } from "vitest";
import { recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectAcceptedRequests, flowUnderTest } from "../../../src/flow-expectations.ts";

const flow = flowUnderTest("flamel", createFlamelClient);

describe("flamel helpers", () => {
  const imageToPrompt = flow.operation("POST /api/images/imageToPrompt");
  const create = flow.operation("POST /api/images/create");

  test("imageToPrompt returns the caption the mock answers with", async () => {
    const recorder = recordExchanges();
    const caption = await flow.client(recorder, { Prefer: "code=201" }).imageToPrompt("https://example.com/cat.png");
    const body = JSON.parse(recorder.exchanges[0]!.body) as { captionPrompt: string; captionTPrompt?: string };
    expect(caption).toEqual({ captionPrompt: body.captionPrompt, captionTPrompt: body.captionTPrompt });
    expectAcceptedRequests("flamel", recorder);
  });

  flow.throwsEveryDocumentedError("imageToPrompt", imageToPrompt, (client) =>
    client.imageToPrompt("https://example.com/cat.png"),
  );

  test.each(create.requestExamples.map((example) => [example.name, example] as const))(
    "createImage sends request example %s and returns the images",
    async (_name, example) => {
      const recorder = recordExchanges();
      const result = await flow
        .client(recorder, { Prefer: "code=201" })
        .createImage(example.value as unknown as CreateImageBody);
      expect(JSON.parse(recorder.exchanges[0]!.requestBody)).toEqual(example.value);
      expect(result).toEqual(JSON.parse(recorder.exchanges[0]!.body));
      expectAcceptedRequests("flamel", recorder);
    },
  );

  flow.throwsEveryDocumentedError("createImage", create, (client) =>
    client.createImage(create.requestExamples[0]!.value as unknown as CreateImageBody),
  );
});
