import { describe, expect, it } from "vitest";
import { fillPath, serializeQuery } from "../src/url-parameters.ts";

describe("path parameters (style simple)", () => {
  it.each([
    [{ id: "7" }, "/items/7/parts/{part}"],
    [{ id: "a b/c", part: 3 }, "/items/a%20b%2Fc/parts/3"],
    [{ id: ["x", "y"], part: { k: "v" } }, "/items/x,y/parts/k,v"],
  ])("%o → %s", (values, expected) => {
    expect(fillPath("/items/{id}/parts/{part}", values)).toBe(expected);
  });
});

describe("query parameters (form, exploded; deepObject)", () => {
  it.each([
    [{ limit: 2, tag: ["a", "b"] }, "limit=2&tag=a&tag=b"],
    [{ q: "cats & dogs", empty: undefined, none: null }, "q=cats%20%26%20dogs"],
    [{ filter: { size: 2, kind: "photo" } }, "filter[size]=2&filter[kind]=photo"],
    [{ flag: false, zero: 0 }, "flag=false&zero=0"],
  ])("%o → %s", (values, expected) => {
    expect(serializeQuery(values)).toBe(expected);
  });
});
