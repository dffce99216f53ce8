import { describe, expect, it } from "vitest";
import { comparePatterns } from "../../specs-diff/pattern-order.ts";

// JSON Schema patterns are unanchored ECMAScript regexes. Whatever order comparePatterns claims must
// hold for every string: "wider" means each string the old pattern accepts the new one accepts too.
const patterns = [
  "^[a-z]+$",
  "^[a-z0-9]+$",
  "[a-z]",
  ".*",
  "^.+$",
  "^[A-Z]{2}$",
  "^[A-Z]{2,3}$",
  "^[A-Z]{2}$|^[A-Z]{3}$",
  "^\\d{3,4}x\\d{3,4}$",
  "\\d",
  "^a",
  "b$",
  "^(?:ab|cd)+$",
  "^[^x]*$",
  "^(a)\\1$",
  "^(a+)\\1$",
];

/** A deterministic pseudo-random source (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function samples(count: number): string[] {
  const next = random(14);
  const alphabet = "abcdxAZQ0189- \n";
  const words = ["", "ab", "abcd", "AB", "ABC", "ABCD", "123x4567", "12x34", "aa", "xb", "a\nb"];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 9);
    words.push(Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""));
  }
  return words;
}

describe("comparePatterns", () => {
  const words = samples(1500);
  it.each(patterns.flatMap((before) => patterns.map((after) => ({ before, after }))))(
    "`$before` → `$after`: the claimed order holds on every sampled string",
    ({ before, after }) => {
      const order = comparePatterns(before, after);
      const [old, now] = [new RegExp(before, "u"), new RegExp(after, "u")];
      for (const word of words) {
        if (order === "wider" || order === "equal")
          expect([word, old.test(word) && !now.test(word)]).toEqual([word, false]);
        if (order === "narrower" || order === "equal")
          expect([word, now.test(word) && !old.test(word)]).toEqual([word, false]);
      }
    },
  );

  it.each([
    { before: "^[a-z]+$", after: ".*", order: "wider" },
    { before: "^[a-z]+$", after: "^[a-z0-9]+$", order: "wider" },
    { before: "^[a-z]+$", after: "[a-z]", order: "wider" },
    { before: "^[A-Z]{2}$", after: "^[A-Z]{2}$|^[A-Z]{3}$", order: "wider" },
    { before: "^[A-Z]{2,3}$", after: "^[A-Z]{2}$|^[A-Z]{3}$", order: "equal" },
    { before: "^[a-z0-9]+$", after: "^[a-z]+$", order: "narrower" },
    { before: "^[a-z]+$", after: "^\\d{3,4}x\\d{3,4}$", order: "unrelated" },
    // refa resolves a constant backreference (`(a)\1` is `aa`); one that is not regular claims no order.
    { before: "^(a)\\1$", after: ".*", order: "wider" },
    { before: "^(a+)\\1$", after: ".*", order: "unrelated" },
  ])("`$before` → `$after` is $order", ({ before, after, order }) => {
    expect(comparePatterns(before, after)).toBe(order);
  });
});
