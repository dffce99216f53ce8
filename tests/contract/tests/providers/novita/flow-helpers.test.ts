// Novita's imageToPrompt against its mock: the documented request for an image's bytes, the
// prompt of every success example, and every documented error as a thrown typed error.
import { createNovitaClient } from "@image-sdk/novita";
import { describe, expect, test } from "vitest";
import { recordExchanges } from "../../../src/exchange-recorder.ts";
import { expectAcceptedRequests, flowUnderTest, preferring } from "../../../src/flow-expectations.ts";

const flow = flowUnderTest("novita", createNovitaClient);

describe("novita imageToPrompt", () => {
  const img2prompt = flow.operation("POST /v3/img2prompt");
  const [success] = img2prompt.responses.filter((response) => response.status === "200");
  const requestExample = img2prompt.requestExamples[0]!;
  const imageBytes = Buffer.from((requestExample.value as { image_file: string }).image_file, "base64");

  test.each(success!.examples.map((example) => [example.name, example] as const))(
    "sends the documented request for the image's bytes and returns the prompt of example %s",
    async (_name, example) => {
      const recorder = recordExchanges();
      const prompt = await flow
        .client(recorder, preferring(success!, example))
        .imageToPrompt(new Uint8Array(imageBytes));
      expect(JSON.parse(recorder.exchanges[0]!.requestBody)).toEqual(requestExample.value);
      expect(prompt).toBe((example.value as { prompt: string }).prompt);
      expectAcceptedRequests("novita", recorder);
    },
  );

  flow.throwsEveryDocumentedError("imageToPrompt", img2prompt, (client) =>
    client.imageToPrompt(new Uint8Array(imageBytes)),
  );
});
