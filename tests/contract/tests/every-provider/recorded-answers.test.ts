// Every recording of the provider's real answers (specs/<provider>/recordings/, written by
// `pnpm contract:record`) is checked twice: against today's openapi.json, so a document change
// that contradicts an observed answer fails with the recording named; and replayed by a loopback
// server to the provider's own client, so a client change that mishandles a real answer fails too.
import { relative } from "node:path";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";
import { describe, expect, test } from "vitest";
import { expectResultOfBody } from "../../src/expect-contract.ts";
import { providerUnderTest } from "../../src/provider-under-test.ts";
import { contractProvider } from "../../src/providers/contract-providers.ts";
import { checkExchange, responsesForStatus } from "../../src/record/check-exchange.ts";
import { readRecordings } from "../../src/record/recording-file.ts";
import { replayRecording } from "../../src/record/replay-recording.ts";

const { provider, document, operations, validator, calls } = await providerUnderTest();
const recordings = readRecordings(contractProvider(provider).paths.specDir);

describe(`${provider}: recorded answers`, () => {
  test(`specs/${provider}/recordings/ holds recordings of this provider's operations (${recordings.length})`, () => {
    for (const { file, recording } of recordings) {
      expect(recording.provider, file).toBe(provider);
      expect(
        operations.map((operation) => operation.key),
        file,
      ).toContain(recording.operation);
    }
  });

  for (const { file, recording } of recordings) {
    const name = relative(repoRoot, file);

    test(`${name}: packages/${provider}/openapi.json agrees with the recorded answer`, () => {
      const violations = checkExchange({ document, operations, validator }, recording);
      expect(violations, `${name} contradicts packages/${provider}/openapi.json`).toEqual([]);
    });

    test(`${name}: the client handles the recorded ${recording.response.status} answer`, async () => {
      const { result, request } = await replayRecording(calls, recording);
      expect(request.method).toBe(recording.request.method);
      expect(result.response.status).toBe(recording.response.status);
      const { body } = recording.response;
      if (body?.binary) {
        expect(result.error).toBeUndefined();
        expect((result.data as Blob).size).toBe(body.binary.size);
        return;
      }
      const operation = operations.find((candidate) => candidate.key === recording.operation)!;
      const mediaType = (result.response.headers.get("content-type") ?? "").split(";")[0]!.trim();
      const documented = responsesForStatus(operation, recording.response.status);
      const response = documented.find((candidate) => candidate.mediaType === mediaType) ?? documented[0]!;
      await expectResultOfBody(result, body?.json ?? body?.text, document, response);
    });
  }
});
