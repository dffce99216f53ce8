import { Document, isMap, isSeq, Scalar, visit } from "yaml";

// The docs sites serialize with js-yaml's dump (lineWidth 80, indent 2). These rules are that
// dump's choices, written for `yaml` so the repository has one YAML library: a string too long
// for its line (width max(40, 80 - 2 * depth)) is folded (`>-`), a multi-line one is literal
// (`|-`) unless one of its lines is too long. `yaml` itself does not fold (lineWidth 0): it breaks
// folded lines elsewhere than js-yaml, so `foldBlocks` breaks them where js-yaml does.
const LINE_WIDTH = 80;
const MIN_WIDTH = 40;

const widthAt = (indent: number) => Math.max(MIN_WIDTH, LINE_WIDTH - indent);

function blockStyle(value: string, width: number): Scalar.Type | undefined {
  const lines = value.split("\n");
  const tooLong = lines.some((line) => line.length > width && !line.startsWith(" "));
  if (tooLong) return Scalar.BLOCK_FOLDED;
  return lines.length > 1 ? Scalar.BLOCK_LITERAL : undefined;
}

/** js-yaml's foldLine: breaks a line at spaces so each piece fits `width`, never at a leading space. */
function foldLine(line: string, width: number): string {
  if (line === "" || line.startsWith(" ")) return line;
  const breakAt = / [^ ]/g;
  let [start, current, result] = [0, 0, ""];
  for (let match = breakAt.exec(line); match; match = breakAt.exec(line)) {
    const next = match.index;
    if (next - start > width) {
      const end = current > start ? current : next;
      result += `\n${line.slice(start, end)}`;
      start = end + 1;
    }
    current = next;
  }
  result += "\n";
  result +=
    line.length - start > width && current > start
      ? `${line.slice(start, current)}\n${line.slice(current + 1)}`
      : line.slice(start);
  return result.slice(1);
}

/** Folds the content lines of every `>` block scalar in `text` as js-yaml does. */
function foldBlocks(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    out.push(line);
    if (!/ >[-+]?$/.test(line)) continue;
    const parentIndent = line.length - line.trimStart().length;
    while (index + 1 < lines.length) {
      const content = lines[index + 1] as string;
      const indent = content.length - content.trimStart().length;
      if (content !== "" && indent <= parentIndent) break;
      index++;
      const body = content.slice(indent);
      out.push(
        ...foldLine(body, widthAt(indent))
          .split("\n")
          .map((piece) => (piece ? " ".repeat(indent) + piece : piece)),
      );
    }
  }
  return out.join("\n");
}

/**
 * The text of a vendored upstream file: YAML as the providers' docs sites serve a single
 * operation (js-yaml's dump, which keeps the published key order, then the blank line the page
 * leaves before its closing fence). A test proves the rule reproduces every vendored file.
 */
export function renderVendored(document: Record<string, unknown>): string {
  // YAML 1.1, as js-yaml: it quotes strings such as '1:1' that 1.1 would read as numbers.
  const doc = new Document(document, { aliasDuplicateObjects: false, version: "1.1" });
  visit(doc, {
    Scalar(key, node, path) {
      if (key === "key" || typeof node.value !== "string") return;
      const depth = path.filter((ancestor) => isMap(ancestor) || isSeq(ancestor)).length;
      const style = blockStyle(node.value, widthAt(2 * depth));
      if (style) node.type = style;
    },
  });
  return `${foldBlocks(doc.toString({ lineWidth: 0, minContentWidth: 0, singleQuote: true }))}\n`;
}
