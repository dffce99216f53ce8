// Whether one JSON Schema `pattern` accepts more strings than another, decided on the languages
// (refa's finite automata), not the text: `^[a-z]+$` → `^[a-z0-9]+$` or → `.*` is wider, the
// reverse narrower. A pattern refa cannot model (backreferences, lookarounds, too many states) is
// `unrelated`: its direction is not proven, so the rules treat it as breaking both ways.
import { DFA, isDisjointWith, JS, NFA } from "refa";

export type PatternOrder = "equal" | "wider" | "narrower" | "unrelated";

/**
 * JSON Schema patterns are unanchored searches: each top-level alternative without `^` may have
 * anything before it, without `$` anything after. Rewritten so the whole string must match.
 */
function asWholeStringMatch(pattern: string): string {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(pattern.slice(start));
  return alternatives
    .map((alternative) => {
      const anchoredStart = alternative.startsWith("^");
      const body = anchoredStart ? alternative.slice(1) : alternative;
      const escapes = /(\\*)\$$/.exec(body)?.[1]?.length;
      const anchoredEnd = escapes !== undefined && escapes % 2 === 0;
      const core = anchoredEnd ? body.slice(0, -1) : body;
      return `(?:${anchoredStart ? "" : "[^]*"}(?:${core})${anchoredEnd ? "" : "[^]*"})`;
    })
    .join("|");
}

function automaton(pattern: string, flags: string): NFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source: asWholeStringMatch(pattern), flags }).parse();
  return NFA.fromRegex(expression, { maxCharacter });
}

function isSubset(inner: NFA, outer: NFA): boolean {
  // refa's default node limits bound the work: past them it throws, and the order is `unrelated`.
  const outside = DFA.fromFA(outer);
  outside.complement();
  return isDisjointWith(inner, outside);
}

export function comparePatterns(before: string, after: string): PatternOrder {
  for (const flags of ["u", ""]) {
    let languages: [NFA, NFA];
    try {
      languages = [automaton(before, flags), automaton(after, flags)];
    } catch {
      continue; // not valid with these flags, or not a regular language refa models
    }
    try {
      const [old, now] = languages;
      const widened = isSubset(old, now);
      const narrowed = isSubset(now, old);
      return widened && narrowed ? "equal" : widened ? "wider" : narrowed ? "narrower" : "unrelated";
    } catch {
      return "unrelated";
    }
  }
  return "unrelated";
}
