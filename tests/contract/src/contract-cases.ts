// The response tests one provider's document asks for. Each operation × status × media type ×
// example is one static case and each operation × status × media type one dynamic case, except that
// a response shared through `components/responses` (401, 404, 429, 500, `default` in a large API)
// is exercised once per media type and example: that one case covers the same items of every
// operation sharing it. Each operation keeps at least one case of its own, so every generated call
// runs. A case whose own answer (its example, or its generated answer) is on the provider's
// allowlist is dropped; an allowlisted operation or status item only excuses that item.
import type { CoverageAllowlist } from "./coverage-gate/coverage-allowlist.ts";
import { coverageKey } from "./coverage-gate/coverage-items.ts";
import type { DocumentedOperation, DocumentedResponse, NamedExample } from "./openapi/documented-operations.ts";

export interface ResponseCase {
  operation: DocumentedOperation;
  response: DocumentedResponse;
  /** The named example Prism is asked for; undefined for a response generated from the schema. */
  example: NamedExample | undefined;
  /** What a pass covers: this case's items, and those of the operations sharing its response. */
  covers: string[];
  /** Items covered through the shared response, each with the `$ref` it was shared by. */
  shared: Record<string, string>;
}

type Mode = "static" | "dynamic";

function caseItems(mode: Mode, operation: DocumentedOperation, response: DocumentedResponse, example?: NamedExample) {
  return mode === "static"
    ? [coverageKey.status(operation, response.status), coverageKey.example(operation, response, example?.name)]
    : [coverageKey.dynamic(operation, response)];
}

function responseCases(mode: Mode, operations: DocumentedOperation[], allowlist: CoverageAllowlist): ResponseCase[] {
  const cases: ResponseCase[] = [];
  const representatives = new Map<string, ResponseCase>();
  for (const operation of operations) {
    // An operation whose every response is shared still gets its first one as a case of its own.
    const ownFirst = operation.responses.every((response) => response.shared !== undefined)
      ? operation.responses[0]
      : undefined;
    for (const response of operation.responses) {
      const examples = mode === "static" && response.examples.length ? response.examples : [undefined];
      for (const example of examples) {
        const items = caseItems(mode, operation, response, example);
        // The case's own answer (an example or a generated one) allowlisted: no case for it.
        if (allowlist.allows(items.at(-1)!)) continue;
        const sharedKey =
          response.shared && response !== ownFirst
            ? `${response.shared} | ${response.mediaType} | ${example?.name ?? ""}`
            : undefined;
        const representative = sharedKey ? representatives.get(sharedKey) : undefined;
        if (representative) {
          representative.covers.push(...items);
          for (const item of items) {
            representative.shared[item] = `${response.shared} (exercised by ${representative.operation.key})`;
          }
          continue;
        }
        const testCase = {
          operation,
          response,
          example,
          covers: [coverageKey.operation(operation), ...items],
          shared: {},
        };
        cases.push(testCase);
        if (sharedKey) representatives.set(sharedKey, testCase);
      }
    }
  }
  return cases;
}

/** Examples selected with `__code=…&__example=…` (answers generated from the schema where none). */
export function staticCases(operations: DocumentedOperation[], allowlist: CoverageAllowlist): ResponseCase[] {
  return responseCases("static", operations, allowlist);
}

/** Answers the contract mock generates from each response's schema (`__dynamic=true`). */
export function dynamicCases(operations: DocumentedOperation[], allowlist: CoverageAllowlist): ResponseCase[] {
  return responseCases("dynamic", operations, allowlist);
}
