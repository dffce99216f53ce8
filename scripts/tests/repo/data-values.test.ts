// The one answer to "is this $ref data" (scripts/repo/data-values.ts), its escape, and the escaped
// files the tools read (scripts/repo/escaped-files.ts).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  dataRefPaths,
  escapeDataRefs,
  hasDataRefs,
  restoreDataRefs,
  restoreRefKeys,
  roleOf,
} from "../../repo/data-values.ts";
import { escapeDataRefsInText, escapedMirror, prismDocumentFile } from "../../repo/escaped-files.ts";

const fixture = new URL("../fixtures/quirk-documents/refs-as-data.openapi.json", import.meta.url);

/** A document with data `$ref`s everywhere data may be, and references where names look like data. */
const document = {
  openapi: "3.1.0",
  paths: {
    "/users": {
      "x-internal": { $ref: "urn:paths-extension" },
      post: {
        "x-code-samples": [{ lang: "shell", source: { $ref: "./samples/create.sh" } }],
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/User" } } } },
        responses: {
          default: { $ref: "#/components/responses/Error" },
          "201": {
            description: "Created",
            content: {
              "application/json": {
                examples: { scim: { value: { schemas: [{ $ref: "urn:scim:User" }], tilde: { "~$ref": "kept" } } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    responses: { Error: { description: "An error" } },
    schemas: {
      User: {
        type: "object",
        // Property names that are data keywords elsewhere: their schemas' references stay references.
        properties: { example: { $ref: "#/components/schemas/Name" }, "x-id": { $ref: "#/components/schemas/Name" } },
        example: { $ref: "urn:example" },
        examples: [{ $ref: "urn:examples" }],
        default: { $ref: "urn:default" },
        const: { $ref: "urn:const" },
        enum: [{ $ref: "urn:enum" }],
      },
      Name: { type: "string" },
    },
  },
};

describe("roleOf: which values are data", () => {
  it("examples, defaults, consts, enums, Example values and extensions are data", () => {
    for (const key of ["example", "default", "const", "enum", "value", "x-scim"])
      expect(roleOf(key, {}, "keywords")).toBe("data");
    expect(roleOf("examples", [], "keywords")).toBe("data");
  });

  it("a media type's examples map, properties and responses are names; their entries keywords", () => {
    expect(roleOf("examples", {}, "keywords")).toBe("names");
    expect(roleOf("properties", {}, "keywords")).toBe("names");
    expect(roleOf("example", {}, "names", "properties")).toBe("keywords");
    expect(roleOf("default", {}, "names", "responses")).toBe("keywords");
    expect(roleOf("x-id", {}, "names", "properties")).toBe("keywords");
    // The Paths and Responses objects carry extensions beside their names.
    expect(roleOf("x-internal", {}, "names", "paths")).toBe("data");
  });

  it("finds every data value that holds a $ref, and nothing else", () => {
    expect(dataRefPaths(document).map((path) => path.join("/"))).toEqual([
      "paths//users/x-internal",
      "paths//users/post/x-code-samples",
      "paths//users/post/responses/201/content/application/json/examples/scim/value",
      "components/schemas/User/example",
      "components/schemas/User/examples",
      "components/schemas/User/default",
      "components/schemas/User/const",
      "components/schemas/User/enum",
    ]);
  });
});

describe("escapeDataRefs and restoreDataRefs", () => {
  const escaped = escapeDataRefs(document);

  it("renames data $ref keys (~$ref), keeps references, and leaves the document as it was", () => {
    const json = JSON.stringify(escaped);
    expect(json).not.toContain('"$ref":"urn:');
    expect(json).not.toContain('"$ref":"./samples');
    expect(json).toContain('"~$ref":"urn:scim:User"');
    // A key that already was `~$ref` gets one more `~`, so the escape can be undone.
    expect(json).toContain('"~~$ref":"kept"');
    expect(escaped.components.schemas.User.properties).toEqual(document.components.schemas.User.properties);
    expect(escaped.paths["/users"].post.responses.default).toEqual({ $ref: "#/components/responses/Error" });
    expect(JSON.stringify(document)).toContain('"$ref":"urn:scim:User"');
    expect(hasDataRefs(escaped)).toBe(true);
  });

  it("restores the document exactly", () => {
    expect(restoreDataRefs(escaped)).toEqual(document);
  });

  it("restores a served example body", () => {
    const body = { schemas: [{ "~$ref": "urn:scim:User" }], tilde: { "~~$ref": "kept" } };
    expect(restoreRefKeys(body)).toEqual({ schemas: [{ $ref: "urn:scim:User" }], tilde: { "~$ref": "kept" } });
  });

  it("a document without data $refs needs no escape", () => {
    const plain = { paths: { "/a": { get: { responses: { "200": { $ref: "#/components/responses/A" } } } } } };
    expect(hasDataRefs(plain)).toBe(false);
    expect(escapeDataRefs(plain)).toEqual(plain);
  });
});

describe("escapeDataRefsInText", () => {
  it("escapes a JSON document byte for byte otherwise, every line in its place", async () => {
    const text = await readFile(fixture, "utf8");
    const escaped = escapeDataRefsInText(text)!;
    const before = text.split("\n");
    const after = escaped.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, index) => (line === before[index] ? [] : [[before[index], line]]));
    expect(changed).toEqual([
      ['              "$ref": "./samples/create-user.sh"', '              "~$ref": "./samples/create-user.sh"'],
      [
        '                        "$ref": "urn:ietf:params:scim:schemas:core:2.0:User"',
        '                        "~$ref": "urn:ietf:params:scim:schemas:core:2.0:User"',
      ],
      [
        '                          "$ref": "urn:ietf:params:scim:schemas:core:2.0:User"',
        '                          "~$ref": "urn:ietf:params:scim:schemas:core:2.0:User"',
      ],
      [
        '          "$ref": "urn:ietf:params:scim:schemas:core:2.0:User"',
        '          "~$ref": "urn:ietf:params:scim:schemas:core:2.0:User"',
      ],
    ]);
    expect(JSON.parse(escaped)).toEqual(escapeDataRefs(JSON.parse(text)));
  });

  it("escapes YAML keys plain or quoted, and leaves a document without data $refs alone", () => {
    const yaml = [
      "components:",
      "  schemas:",
      "    A:",
      "      $ref: '#/components/schemas/B'",
      "    B:",
      "      type: object",
      "      example:",
      "        $ref: urn:plain",
      "        nested: {'$ref': urn:quoted}",
      "      x-code: {source: {$ref: ./code.sh}}",
      "",
    ].join("\n");
    const escaped = escapeDataRefsInText(yaml)!;
    expect(escaped).toContain("      $ref: '#/components/schemas/B'\n");
    expect(escaped).toContain("        ~$ref: urn:plain\n");
    expect(escaped).toContain("nested: {'~$ref': urn:quoted}");
    expect(escaped).toContain("x-code: {source: {~$ref: ./code.sh}}");
    expect(parse(escaped)).toEqual(escapeDataRefs(parse(yaml)));
    expect(escapeDataRefsInText("openapi: 3.1.0\npaths: {}\n")).toBeUndefined();
  });
});

describe("escaped files for the tools", () => {
  let root: string;
  let work: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "data-values-root-"));
    work = await mkdtemp(join(tmpdir(), "data-values-work-"));
    await mkdir(join(root, "specs/refs/upstream"), { recursive: true });
    await mkdir(join(root, "specs/plain"), { recursive: true });
    await writeFile(join(root, "redocly.yaml"), "extends: [recommended]\n");
    await writeFile(join(root, "specs/refs/upstream/openapi.json"), await readFile(fixture));
    await writeFile(join(root, "specs/refs/upstream/notes.txt"), "$ref: not a document\n");
    await writeFile(join(root, "specs/plain/openapi.yaml"), "openapi: 3.1.0\npaths: {}\n");
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it("a mirror holds the config and the folders, their documents escaped; none is needed without data $refs", async () => {
    expect(await escapedMirror(root, work, ["specs/plain"])).toBe(root);
    const mirror = await escapedMirror(root, work, ["specs/refs"]);
    expect(mirror).not.toBe(root);
    expect(await readFile(join(mirror, "redocly.yaml"), "utf8")).toBe("extends: [recommended]\n");
    expect(await readFile(join(mirror, "specs/refs/upstream/openapi.json"), "utf8")).toBe(
      escapeDataRefsInText(await readFile(fixture, "utf8")),
    );
    expect(await readFile(join(mirror, "specs/refs/upstream/notes.txt"), "utf8")).toBe("$ref: not a document\n");
  });

  it("Prism gets an escaped copy of a document with data $refs, else the document itself", async () => {
    const path = join(root, "specs/refs/upstream/openapi.json");
    const copy = await prismDocumentFile(path, join(work, "prism"));
    expect(copy).not.toBe(path);
    expect(JSON.parse(await readFile(copy, "utf8"))).toEqual(escapeDataRefs(JSON.parse(await readFile(path, "utf8"))));
    await writeFile(join(root, "plain.json"), JSON.stringify({ openapi: "3.1.0", paths: {} }));
    expect(await prismDocumentFile(join(root, "plain.json"), join(work, "prism"))).toBe(join(root, "plain.json"));
  });
});
