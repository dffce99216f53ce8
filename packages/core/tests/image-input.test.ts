// The image-input blocks provider helpers share (`/internal` and, for file paths, `/internal/node`):
// base64 both ways, what a string image is, bytes from any binary input, and file reading whose
// failures are InvalidInputErrors in the caller's words.
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../src/index.ts";
import {
  base64ToBytes,
  bytesToBase64,
  imageBytes,
  isBinaryImage,
  isDataUrl,
  isHttpUrl,
  isSchemeUrl,
  unsupportedImage,
} from "../src/internal.ts";
import { readImageFile } from "../src/internal-node.ts";

describe("base64", () => {
  it("matches Node's Buffer both ways, across the argument-count chunk", () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    const base64 = Buffer.from(bytes).toString("base64");
    expect(bytesToBase64(bytes)).toBe(base64);
    expect(base64ToBytes(base64)).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array())).toBe("");
  });
});

describe("string images", () => {
  it.each([
    ["https://example.com/a.png", true, false, true],
    ["HTTP://example.com/a.png", true, false, true],
    ["ftp://example.com/a.png", false, false, true],
    ["data:image/png;base64,AAAA", false, true, false],
    ["./cat.png", false, false, false],
    ["C:\\images\\cat.png", false, false, false],
  ])("%s: http %s, data %s, scheme URL %s", (image, http, data, scheme) => {
    expect([isHttpUrl(image), isDataUrl(image), isSchemeUrl(image)]).toEqual([http, data, scheme]);
  });
});

describe("binary images", () => {
  it("reads bytes, ArrayBuffers and Blobs as Uint8Array, a Blob's size checked before it is read", async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await imageBytes(bytes)).toBe(bytes);
    expect(await imageBytes(bytes.buffer)).toEqual(bytes);
    const sizes: number[] = [];
    expect(await imageBytes(new Blob([bytes]), (size) => sizes.push(size))).toEqual(bytes);
    expect(sizes).toEqual([3]);
    const refused = new Blob([bytes]);
    refused.arrayBuffer = () => Promise.reject(new Error("read although refused"));
    await expect(
      imageBytes(refused, () => {
        throw new InvalidInputError("too big");
      }),
    ).rejects.toThrow("too big");
  });

  it("tells binary images from other values, and names a value that is none", () => {
    for (const image of [new Uint8Array(), Buffer.alloc(1), new ArrayBuffer(1), new Blob([])])
      expect(isBinaryImage(image)).toBe(true);
    for (const image of ["data:,", 42, {}, null, [1, 2]]) expect(isBinaryImage(image)).toBe(false);
    const error = unsupportedImage(42, "bytes or a Blob", "Acme: ");
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toBe("Acme: unsupported image [object Number]; pass bytes or a Blob.");
  });
});

describe("readImageFile (Node)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "core-image-file-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const message = (problem: string) => `the file ${problem}.`;

  it("returns the file's bytes", async () => {
    const file = join(dir, "pixel.png");
    await writeFile(file, new Uint8Array([137, 80, 78, 71]));
    const bytes = await readImageFile(file, { message });
    expect(bytes).toEqual(new Uint8Array([137, 80, 78, 71]));
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
  });

  it.each([
    ["a missing file", () => join(dir, "missing.png"), "the file does not exist."],
    ["a directory", () => dir, "the file is a directory, not an image file."],
    [
      "a path through a file",
      () => join(dir, "pixel.png", "inner.png"),
      /^the file (is not a path to a file|does not exist)/,
    ],
  ])(
    "words %s in the caller's message, as an InvalidInputError with the fs error as cause",
    async (_what, path, text) => {
      await writeFile(join(dir, "pixel.png"), "x");
      const error = await readImageFile(path(), { message }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(text);
      expect((error as Error).cause).toBeInstanceOf(Error);
    },
  );

  it("lets checkSize refuse a file by its size before reading it", async () => {
    const file = join(dir, "huge.png");
    await writeFile(file, "");
    await truncate(file, 64 * 1024 * 1024);
    const refusal = new InvalidInputError("huge");
    const sizes: number[] = [];
    const check = (size: number) => {
      sizes.push(size);
      throw refusal;
    };
    await expect(readImageFile(file, { message, checkSize: check })).rejects.toBe(refusal);
    expect(sizes).toEqual([64 * 1024 * 1024]);
  });

  it("throws the abort of its signal as it is, not as an InvalidInputError", async () => {
    const file = join(dir, "pixel.png");
    await writeFile(file, "x");
    const controller = new AbortController();
    controller.abort();
    const error = await readImageFile(file, { message, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(InvalidInputError);
    expect((error as Error).name).toBe("AbortError");
  });
});
