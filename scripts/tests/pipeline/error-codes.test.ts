import { describe, expect, it } from "vitest";
import {
  codeOfTemplate,
  documentedErrorStatuses,
  documentedErrors,
  renderErrorsModule,
} from "../../pipeline/error-codes.ts";

describe("codeOfTemplate", () => {
  it.each([
    ["not_enough_credit", "not_enough_credit"],
    ["no_style_with_that_id (:styleId)", "no_style_with_that_id"],
    ["premium_collection(:imageId)", "premium_collection"],
    ["no_prompt_exception(:sup, :main, :sub)", "no_prompt_exception"],
    // A sentence with parameters and no leading identifier stands for itself.
    ["no b2b style(:styleId) in admin for user(:userId).", "no b2b style(:styleId) in admin for user(:userId)."],
    ["Invalid API key", "Invalid API key"],
  ])("%s → %s", (text, code) => {
    expect(codeOfTemplate(text)).toBe(code);
  });
});

describe("documentedErrors", () => {
  const envelope = {
    type: "object",
    "x-image-sdk-error-code": "data",
    properties: { data: { type: "string" } },
  };
  const document = {
    paths: {
      "/a": {
        post: {
          responses: {
            "201": { content: { "application/json": { examples: { ok: { value: { data: "ignored" } } } } } },
            "403": {
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Envelope" },
                  examples: {
                    credit: { value: { data: "not_enough_credit" } },
                    style: { $ref: "#/components/examples/NoStyle" },
                  },
                },
              },
            },
          },
        },
      },
      "/b": {
        get: { responses: { "403": { $ref: "#/components/responses/Forbidden" } } },
      },
    },
    components: {
      schemas: { Envelope: envelope },
      examples: { NoStyle: { value: { data: "no_style_with_that_id (:styleId)" } } },
      responses: {
        Forbidden: {
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/Envelope" },
              examples: {
                login: { value: { data: "not_logged_in" } },
                credit: { value: { data: "not_enough_credit" } },
              },
            },
          },
        },
      },
    },
  };

  it("collects codes by status across operations, through $refs, without duplicates", () => {
    expect(documentedErrors(document)).toEqual({
      property: "data",
      codesByStatus: { "403": ["no_style_with_that_id", "not_enough_credit", "not_logged_in"] },
      templates: { no_style_with_that_id: "no_style_with_that_id (:styleId)" },
    });
  });

  it("finds nothing in a document whose error schemas do not name a code property", () => {
    const bare = structuredClone(document);
    delete (bare.components.schemas.Envelope as Partial<typeof envelope>)["x-image-sdk-error-code"];
    expect(documentedErrors(bare)).toBeUndefined();
    expect(renderErrorsModule(undefined)).toContain("export interface ErrorCodes {}");
  });

  it("types errors by status alone where no code property is named: each documented status, no code", () => {
    const bare = structuredClone(document);
    delete (bare.components.schemas.Envelope as Partial<typeof envelope>)["x-image-sdk-error-code"];
    expect(documentedErrorStatuses(bare)).toEqual(["403"]);
    const source = renderErrorsModule(documentedErrors(bare), documentedErrorStatuses(bare));
    expect(source).toContain("export interface ErrorCodes {\n  403: never;\n}");
    expect(source).toContain("export const errorCodeProperty: string | undefined = undefined;");
  });

  it("renders a status → code union that TypeScript can narrow on", () => {
    const source = renderErrorsModule(documentedErrors(document));
    expect(source).toContain('export const errorCodeProperty: string | undefined = "data";');
    expect(source).toContain('  403: "no_style_with_that_id" | "not_enough_credit" | "not_logged_in";');
  });
});
