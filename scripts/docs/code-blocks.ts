import type { Code, Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** A fenced TypeScript example found in a Markdown file. */
export interface CodeBlock {
  /** The Markdown file, as given. */
  file: string;
  /** 1-based line in `file` of the block's first code line (the line after the fence). */
  line: number;
  code: string;
  /** False for a block fenced as ```ts no-check: shown to readers, not compiled. */
  typeChecked: boolean;
  /** False for no-check blocks and blocks fenced as ```ts no-run: compiled, not run against a mock. */
  run: boolean;
}

const typeScriptLanguages = new Set(["ts", "typescript"]);
const noCheckMarker = "no-check";
const noRunMarker = "no-run";

/** Every ```ts / ```typescript block of `markdown`, in document order. */
export function extractTypeScriptBlocks(markdown: string, file: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  visit(fromMarkdown(markdown), (code) => {
    if (!code.lang || !typeScriptLanguages.has(code.lang.toLowerCase())) return;
    const fenceLine = code.position?.start.line;
    if (fenceLine === undefined) throw new Error(`${file}: a code block has no position`);
    const meta = (code.meta ?? "").split(/\s+/).filter(Boolean);
    const typeChecked = !meta.includes(noCheckMarker);
    blocks.push({
      file,
      line: fenceLine + 1,
      code: code.value,
      typeChecked,
      run: typeChecked && !meta.includes(noRunMarker),
    });
  });
  return blocks;
}

function visit(node: Nodes, onCode: (code: Code) => void): void {
  if (node.type === "code") onCode(node);
  if ("children" in node) for (const child of node.children) visit(child, onCode);
}
