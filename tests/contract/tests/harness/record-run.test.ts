// `contract:record` end to end against a loopback "real API" playing Freepik as its document
// describes it, except where a test bends one answer: the calls go through Freepik's own generated
// client with the key from FREEPIK_API_KEY, paid operations are called only when record.yaml names
// them (the server counts every hit), answers are written as redacted recordings and checked.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import type { ContractCalls } from "../../src/contract-calls.ts";
import { generateContractCalls, generatedDirectory } from "../../src/generate-calls/cli.ts";
import { documentedOperations } from "../../src/openapi/documented-operations.ts";
import { validatorFor } from "../../src/openapi/schema-validator.ts";
import { contractProvider, loadDocument } from "../../src/providers/contract-providers.ts";
import { checkExchange } from "../../src/record/check-exchange.ts";
import { parseRecordArguments, runRecord } from "../../src/record/cli.ts";
import { type DocumentedApi, startDocumentedApi } from "../../src/record/documented-api.ts";
import { parseRecordConfig, type RecordConfig } from "../../src/record/record-config.ts";
import { recordProvider } from "../../src/record/record-provider.ts";
import { readRecordings } from "../../src/record/recording-file.ts";

const provider = contractProvider("freepik");
const document = loadDocument("freepik");
const KEY = "fpk_live_4f9a8c2e71d04b3aa6c1";
const LIST = "GET /v1/ai/image-to-prompt";
const TASK = "GET /v1/ai/image-to-prompt/{task-id}";
const CREATE = "POST /v1/ai/image-to-prompt";

let calls: ContractCalls<unknown>;
const scratch = mkdtempSync(join(tmpdir(), "image-sdk-record-run-"));
let runs = 0;

beforeAll(async () => {
  generateContractCalls(["freepik"]);
  calls = ((await import(join(generatedDirectory, "freepik.ts"))) as { default: ContractCalls<unknown> }).default;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
});

const config = (paid: RecordConfig["paid"] = []): RecordConfig => ({
  file: "specs/freepik/record.yaml",
  paid,
  redact: [],
});

async function record(api: DocumentedApi, recordConfig: RecordConfig, only?: string[]) {
  vi.stubEnv("FREEPIK_API_KEY", KEY);
  const specDir = join(scratch, `run-${++runs}`);
  const report = await recordProvider({
    provider,
    document,
    calls,
    config: recordConfig,
    baseUrl: api.origin,
    secrets: [KEY],
    only,
    specDir,
  });
  return { report, specDir };
}

describe("contract:record against a loopback real API", () => {
  test("an API that behaves as documented: free operations recorded, nothing reported, paid ones never called", async () => {
    const api = await startDocumentedApi(document);
    try {
      const { report, specDir } = await record(api, config());
      expect(report.ok).toBe(true);
      expect(report.exchanges.map((exchange) => [exchange.operation, exchange.status, exchange.violations])).toEqual([
        [LIST, 200, []],
        [TASK, 200, []],
      ]);
      expect(report.skipped).toEqual([{ key: CREATE, reason: expect.stringContaining("not named in") }]);
      expect(api.hits.get(CREATE)).toBeUndefined();
      expect(Object.fromEntries(api.hits)).toEqual({ [LIST]: 1, [TASK]: 1 });

      const recordings = readRecordings(specDir);
      expect(recordings.map(({ file }) => file.slice(specDir.length))).toEqual([
        "/recordings/get-v1-ai-image-to-prompt-task-id.json",
        "/recordings/get-v1-ai-image-to-prompt.json",
      ]);
      for (const { file } of recordings) expect(readFileSync(file, "utf8")).not.toContain(KEY);
      const task = recordings.find(({ recording }) => recording.operation === TASK)!.recording;
      expect(task.request.headers["x-freepik-api-key"]).toBe("[redacted]");
      expect(task.request.path).toBe("/v1/ai/image-to-prompt/046b6c7f-0b8a-43b9-b35d-6489e6daee91");
      expect(task.response.body?.json).toMatchObject({ data: { status: expect.any(String) } });
      expect(Date.parse(task.recordedAt)).not.toBeNaN();
    } finally {
      await api.close();
    }
  });

  test("a paid operation named in record.yaml is called, at most its cap", async () => {
    const api = await startDocumentedApi(document);
    try {
      const paid = [{ key: CREATE, body: undefined, maxCalls: 1, cost: "1 credit" }];
      const { report } = await record(api, config(paid), [CREATE]);
      expect(report.exchanges.map((exchange) => [exchange.operation, exchange.status])).toEqual([[CREATE, 200]]);
      expect(Object.fromEntries(api.hits)).toEqual({ [CREATE]: 1 });
    } finally {
      await api.close();
    }
  });

  test("a drifted answer is reported with its JSON pointer and the overlay action that would align the document", async () => {
    const api = await startDocumentedApi(document, {
      answer: (operation, documented) =>
        operation.key === TASK
          ? { ...documented, body: { data: { task_id: "046b6c7f-0b8a-43b9-b35d-6489e6daee91", status: "COMPLETED" } } }
          : documented,
    });
    try {
      const { report } = await record(api, config());
      expect(report.ok).toBe(false);
      const task = report.exchanges.find((exchange) => exchange.operation === TASK)!;
      expect(task.violations).toEqual([
        {
          kind: "body",
          pointer: "/response/body/data/generated",
          expected: "present (required)",
          actual: "(missing)",
          message: "required field /data/generated is missing",
        },
      ]);
      expect(task.overlay).toEqual([
        {
          target: "$.components.schemas.ImageToPromptTask.allOf[1].required",
          description: expect.stringContaining(task.recording),
          remove: true,
        },
      ]);
    } finally {
      await api.close();
    }
  });
  test("a drift past the recording's cut is still reported; the recording is cut, says where, and checks clean", async () => {
    const tasks = Array.from({ length: 30 }, (_, index) => ({
      task_id: `046b6c7f-0b8a-43b9-b35d-6489e6dae${String(index).padStart(3, "0")}`,
      status: index === 25 ? "PAUSED" : "COMPLETED",
    }));
    const api = await startDocumentedApi(document, {
      answer: (operation, documented) =>
        operation.key === LIST ? { ...documented, body: { data: tasks } } : documented,
    });
    try {
      const { report, specDir } = await record(api, config(), [LIST]);
      const [list] = report.exchanges;
      expect(list!.violations).toMatchObject([
        { kind: "body", pointer: "/response/body/data/25/status", actual: "PAUSED" },
      ]);
      const recordings = readRecordings(specDir);
      expect(recordings).toHaveLength(1);
      const { recording } = recordings[0]!;
      const body = recording.response.body!;
      expect(body.truncated).toEqual(["/data"]);
      expect((body.json as { data: unknown[] }).data).toEqual([...tasks.slice(0, 20), "…[truncated: 10 more items]"]);
      // What the recorder cut is not held against the document when the recording is checked again.
      const operations = documentedOperations(document);
      expect(checkExchange({ document, operations, validator: validatorFor(document) }, recording)).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe("contract:record's command line", () => {
  test("parses operations, --dry-run and --json, and refuses what it does not know", () => {
    expect(
      parseRecordArguments(["flamel", "--operations", `${CREATE}, ${TASK}`, "--dry-run", "--json", "r.json"]),
    ).toEqual({
      provider: "flamel",
      operations: [CREATE, TASK],
      dryRun: true,
      freeOnly: false,
      json: "r.json",
    });
    expect(() => parseRecordArguments(["flamel", "--everything"])).toThrow(/unknown option --everything/);
    expect(() => parseRecordArguments([])).toThrow(/usage: contract:record <provider>/);
  });

  test("--dry-run says what would be called and what it costs, and calls nothing", async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      const api = await startDocumentedApi(document);
      try {
        const code = await runRecord(["freepik", "--dry-run"], { FREEPIK_BASE_URL: api.origin });
        expect(code).toBe(0);
        expect(api.hits.size).toBe(0);
      } finally {
        await api.close();
      }
    } finally {
      log.mockRestore();
    }
    expect(lines.join("\n")).toContain(`  ${LIST}: free (read-only)`);
    expect(lines.join("\n")).toMatch(/not called: POST \/v1\/ai\/image-to-prompt \(may spend credits/);
  });

  test("flamel's record.yaml names its paid operations with a cap and a cost", async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      expect(await runRecord(["flamel", "--dry-run"], {})).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(lines.join("\n")).toMatch(/POST \/api\/images\/imageToPrompt: .+ per call, at most 1 call\(s\)/);
    lines.length = 0;
    const free = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      expect(await runRecord(["flamel", "--dry-run", "--free-only"], {})).toBe(0);
    } finally {
      free.mockRestore();
    }
    expect(lines.join("\n")).toContain(
      "not called: POST /api/images/imageToPrompt (may spend credits or change state; --free-only)",
    );
  });
});

describe("record.yaml", () => {
  test("a bad entry is an error naming the file, the field and the value", () => {
    expect(() =>
      parseRecordConfig("operations:\n  POST /things:\n    maxCalls: 0\n    cost: 1 credit\n", "specs/x/record.yaml"),
    ).toThrow('specs/x/record.yaml: operations["POST /things"].maxCalls: must be a whole number ≥ 1, not 0');
    expect(() => parseRecordConfig("operations:\n  POST /things:\n    maxCalls: 2\n", "r.yaml")).toThrow(
      'r.yaml: operations["POST /things"].cost: must say what one call costs',
    );
    expect(() => parseRecordConfig("redact:\n  - pattern: '('\n", "r.yaml")).toThrow(/r\.yaml: redact\[0\]\.pattern: /);
    expect(() => parseRecordConfig("operations:\n  things: {}\n", "r.yaml")).toThrow(
      /the key must be "<METHOD> <path>"/,
    );
  });
});
