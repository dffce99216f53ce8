// The options every client shares (core's ClientOptions and RequestOptions) are documented once,
// in core's README, and each package built on core links there instead of repeating them: a copy
// drifts (a default changes in one README, not in the other three). This checks both halves:
// core's README has a table row for every field (read from the TypeScript source, so a new field
// without documentation fails), and no other package's README has a table row or heading for one.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import GithubSlugger from "github-slugger";
import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { toString as textOf } from "mdast-util-to-string";
import { gfmTable } from "micromark-extension-gfm-table";
import ts from "typescript";
import { repositoryWeb } from "./repository-web.ts";

const corePackage = "@image-sdk/core";
/** Where core declares the shared options, relative to core's package folder. */
const optionsSource = join("src", "client-options.ts");

/** The interfaces of the shared options, and the heading of core's README section that documents each. */
export const sharedOptionSections = { ClientOptions: "options", RequestOptions: "per-call-options" } as const;
type SharedInterface = keyof typeof sharedOptionSections;

/** Field names per interface, in declaration order. */
export type SharedOptions = Record<SharedInterface, string[]>;

export interface OptionDocProblem {
  file: string;
  line: number;
  problem: string;
}

/** The fields of ClientOptions and RequestOptions as `source` (a client-options.ts) declares them. */
export function readSharedOptions(source: string, file: string): SharedOptions {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Partial<SharedOptions> = {};
  for (const statement of parsed.statements) {
    if (!ts.isInterfaceDeclaration(statement) || !(statement.name.text in sharedOptionSections)) continue;
    if (statement.heritageClauses?.length)
      throw new Error(`${file}: ${statement.name.text} extends another type; list its fields here instead`);
    found[statement.name.text as SharedInterface] = statement.members.flatMap((member) =>
      ts.isPropertySignature(member) && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
        ? [member.name.text]
        : [],
    );
  }
  for (const name of Object.keys(sharedOptionSections) as SharedInterface[]) {
    if (!found[name]?.length) throw new Error(`${file}: no interface ${name} with fields`);
  }
  return found as SharedOptions;
}

/** The README as GitHub reads it, tables included (CommonMark has none). */
const parseReadme = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });

/** The option an inline code span names: `onStatus(task)` names onStatus, `.withResponse()` none. */
const optionNamed = (code: string): string | undefined => /^[A-Za-z_$][\w$]*/.exec(code)?.[0];

/** The option names in the first cell of each table row of `nodes`, with the row's line. */
function tableRowOptions(nodes: readonly RootContent[]): Array<{ name: string; line: number }> {
  const rows: Array<{ name: string; line: number }> = [];
  for (const node of nodes) {
    visit(node, (inner) => {
      if (inner.type !== "tableRow") return;
      const firstCell = inner.children[0];
      if (!firstCell) return;
      visit(firstCell, (span) => {
        const name = span.type === "inlineCode" ? optionNamed(span.value) : undefined;
        if (name) rows.push({ name, line: inner.position?.start.line ?? 0 });
      });
    });
  }
  return rows;
}

/** The top-level nodes under each `##` heading of `tree`, by the heading's GitHub anchor. */
function sectionsOf(tree: Root): Map<string, RootContent[]> {
  const slugger = new GithubSlugger();
  const sections = new Map<string, RootContent[]>();
  let current: RootContent[] | undefined;
  for (const node of tree.children) {
    if (node.type === "heading") {
      const anchor = slugger.slug(textOf(node));
      if (node.depth <= 2) {
        current = node.depth === 2 ? [] : undefined;
        if (current) sections.set(anchor, current);
        continue;
      }
    }
    current?.push(node);
  }
  return sections;
}

/** Problems with core's README: a shared option without a row in the table of its section. */
export function checkCoreReadme(markdown: string, file: string, options: SharedOptions): OptionDocProblem[] {
  const sections = sectionsOf(parseReadme(markdown));
  const problems: OptionDocProblem[] = [];
  for (const [name, anchor] of Object.entries(sharedOptionSections) as Array<[SharedInterface, string]>) {
    const section = sections.get(anchor);
    if (!section) {
      problems.push({ file, line: 0, problem: `no "##" section with the anchor #${anchor} documents ${name}` });
      continue;
    }
    const documented = new Set(tableRowOptions(section).map((row) => row.name));
    for (const field of options[name]) {
      if (!documented.has(field))
        problems.push({ file, line: 0, problem: `${name}.${field} has no table row in the section #${anchor}` });
    }
  }
  return problems;
}

/**
 * Problems with the README of a package built on core: a table row or heading for a shared option
 * (it is core's to document), or no link to core's README (`coreReadmeUrl`, anchors allowed).
 */
export function checkPackageReadme(
  markdown: string,
  file: string,
  options: SharedOptions,
  coreReadmeUrl: string,
): OptionDocProblem[] {
  const owner = new Map<string, SharedInterface>();
  for (const [name, fields] of Object.entries(options) as Array<[SharedInterface, string[]]>)
    for (const field of fields) if (!owner.has(field)) owner.set(field, name);
  const tree = parseReadme(markdown);
  const problems: OptionDocProblem[] = [];
  const repeated = (name: string, line: number, where: string): void => {
    const shared = owner.get(name);
    if (!shared) return;
    const section = `${coreReadmeUrl}#${sharedOptionSections[shared]}`;
    problems.push({
      file,
      line,
      problem: `${where} documents \`${name}\`, core's ${shared} option: link to ${section} instead`,
    });
  };

  for (const { name, line } of tableRowOptions(tree.children)) repeated(name, line, "a table row");
  let linksToCore = false;
  visit(tree, (node) => {
    if (node.type === "heading") {
      const line = node.position?.start.line ?? 0;
      const named = new Set<string>([textOf(node).trim()]);
      visit(node, (span) => {
        const name = span.type === "inlineCode" ? optionNamed(span.value) : undefined;
        if (name) named.add(name);
      });
      for (const name of named) repeated(name, line, "a heading");
    }
    if ((node.type === "link" || node.type === "definition") && node.url.split("#")[0] === coreReadmeUrl)
      linksToCore = true;
  });
  if (!linksToCore)
    problems.push({
      file,
      line: 0,
      problem: `no link to core's README (${coreReadmeUrl}), where the shared options are`,
    });
  return problems;
}

interface PackageManifest {
  name?: string;
  repository?: { url?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Checks core's README and the README of every package under packages/ that depends on core. */
export async function checkSharedOptionDocs(root: string): Promise<OptionDocProblem[]> {
  const folders = (await readdir(join(root, "packages"), { withFileTypes: true })).filter((entry) =>
    entry.isDirectory(),
  );
  const manifests = await Promise.all(
    folders.map(async ({ name }) => ({
      folder: join("packages", name),
      manifest: JSON.parse(await readFile(join(root, "packages", name, "package.json"), "utf8")) as PackageManifest,
    })),
  );
  const core = manifests.find(({ manifest }) => manifest.name === corePackage);
  if (!core) throw new Error(`packages/: no folder holds ${corePackage}`);
  const coreReadme = join(core.folder, "README.md");
  const coreReadmeUrl = `${repositoryWeb(String(core.manifest.repository?.url))}/blob/main/${coreReadme}`;
  const sourceFile = join(core.folder, optionsSource);
  const options = readSharedOptions(await readFile(join(root, sourceFile), "utf8"), sourceFile);

  const problems = checkCoreReadme(await readFile(join(root, coreReadme), "utf8"), coreReadme, options);
  for (const { folder, manifest } of manifests) {
    const dependsOnCore = { ...manifest.dependencies, ...manifest.peerDependencies }[corePackage] !== undefined;
    if (manifest === core.manifest || !dependsOnCore) continue;
    const readme = join(folder, "README.md");
    problems.push(...checkPackageReadme(await readFile(join(root, readme), "utf8"), readme, options, coreReadmeUrl));
  }
  return problems;
}

function visit(node: Nodes, onNode: (node: Nodes) => void): void {
  onNode(node);
  if ("children" in node) for (const child of node.children) visit(child, onNode);
}
