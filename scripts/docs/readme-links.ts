// Checks the links of the packages' READMEs as the registry's package page shows them: there a
// relative link (`../core/README.md`) points nowhere, so every link must be absolute or an anchor
// of the same README. A link into this repository (the package.json `repository`) must name a file
// that exists, and its `#anchor` a heading of that file, so a moved file or a renamed heading
// fails the check instead of a reader's click.
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import GithubSlugger from "github-slugger";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as textOf } from "mdast-util-to-string";

export interface LinkProblem {
  file: string;
  line: number;
  url: string;
  problem: string;
}

/** The GitHub anchors of a Markdown document's headings, as GitHub computes them. */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(fromMarkdown(markdown), (node) => {
    if (node.type === "heading") anchors.add(slugger.slug(textOf(node)));
  });
  return anchors;
}

/**
 * Problems with the links of `file` (relative to `root`); `repositoryWeb` is the repository's web
 * address (`https://github.com/owner/name`), whose `blob/main/` and `tree/main/` links are resolved in `root`.
 */
export async function checkReadmeLinks(root: string, file: string, repositoryWeb: string): Promise<LinkProblem[]> {
  const markdown = await readFile(join(root, file), "utf8");
  const problems: LinkProblem[] = [];
  const links: { url: string; line: number }[] = [];
  visit(fromMarkdown(markdown), (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition")
      links.push({ url: node.url, line: node.position?.start.line ?? 0 });
  });
  for (const { url, line } of links) {
    const problem = await linkProblem(root, markdown, url, repositoryWeb);
    if (problem) problems.push({ file, line, url, problem });
  }
  return problems;
}

async function linkProblem(
  root: string,
  markdown: string,
  url: string,
  repositoryWeb: string,
): Promise<string | undefined> {
  if (url.startsWith("#")) {
    return headingAnchors(markdown).has(decodeURIComponent(url.slice(1))) ? undefined : "no heading has this anchor";
  }
  if (!/^(https?:|mailto:)/.test(url))
    return `relative link: it breaks on the registry's page (make it ${repositoryWeb}/…)`;
  const inRepository = new RegExp(`^${escapeRegExp(repositoryWeb)}/(?:blob|tree)/main/([^#?]+)(?:#(.*))?$`).exec(url);
  if (!inRepository) return undefined; // elsewhere, or the repository's issues: not ours to resolve
  const [, path, anchor] = inRepository as unknown as [string, string, string | undefined];
  const target = join(root, decodeURIComponent(path));
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (!exists) return `${path} does not exist in the repository`;
  if (anchor === undefined || !path.endsWith(".md")) return undefined;
  const anchors = headingAnchors(await readFile(target, "utf8"));
  return anchors.has(decodeURIComponent(anchor)) ? undefined : `${path} has no heading with the anchor #${anchor}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function visit(node: Nodes, onNode: (node: Nodes) => void): void {
  onNode(node);
  if ("children" in node) for (const child of node.children) visit(child, onNode);
}
