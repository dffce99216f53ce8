// `pnpm new-provider <name> --spec <file-or-url>`: everything a new provider needs so that
// `npm run setup` and `npm test` build, type-check and contract-test it with no hand edit.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import type { JsonObject } from "../pipeline/json-ref.ts";
import { redocly } from "../pipeline/redocly.ts";
import { listProviders } from "../specs-check/upstream-sources.ts";
import { addLintEntries, type Relaxations, reviewItems, strictFindings } from "./lint-relaxations.ts";
import { type ProjectLinks, renderPackageFiles } from "./package-files.ts";
import { checkProviderName } from "./provider-name.ts";
import { renderReadme } from "./readme.ts";
import { RepoChanges } from "./repo-changes.ts";
import { runCommand } from "./run-command.ts";
import { ScaffoldError } from "./scaffold-error.ts";
import { renderOverlay, renderSourceManifest } from "./spec-files.ts";
import { readUpstreamTree, upstreamPath } from "./upstream-tree.ts";
import { addWorkspaceDependency, providerConsumers } from "./workspace-consumers.ts";

export interface NewProviderResult {
  /** Lint findings to correct in the overlay: one item per relaxed rule. */
  review: string[];
  /** Existing files the command edited (new files are under specs/<name>/ and packages/<name>/). */
  edited: string[];
}

async function writeNew(path: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents, { flag: "wx" });
}

/** Where the project lives, from core's manifest: the new package's page links to the same repository. */
async function projectLinks(root: string): Promise<ProjectLinks> {
  const core = JSON.parse(await readFile(join(root, "packages/core/package.json"), "utf8"));
  const { repository, homepage, bugs } = core as { repository?: { url?: string }; homepage?: string; bugs?: unknown };
  if (typeof repository?.url !== "string" || typeof homepage !== "string")
    throw new ScaffoldError(
      "packages/core/package.json",
      "names no repository.url and homepage to link the package to",
    );
  return { repositoryUrl: repository.url, homepage, bugs };
}

/** The versions the new package pins, taken from the existing providers so that all agree. */
async function pinnedOpenapiFetch(root: string, providers: string[]): Promise<string> {
  for (const provider of providers) {
    const manifest = JSON.parse(await readFile(join(root, "packages", provider, "package.json"), "utf8"));
    const version = manifest.dependencies?.["openapi-fetch"];
    if (typeof version === "string") return version;
  }
  const core = JSON.parse(await readFile(join(root, "packages/core/package.json"), "utf8"));
  const version = core.dependencies?.["openapi-fetch"] ?? core.peerDependencies?.["openapi-fetch"];
  if (typeof version !== "string")
    throw new ScaffoldError("packages/core/package.json", "names no openapi-fetch version");
  return version;
}

export async function newProvider(
  name: string,
  spec: string,
  root: string,
  log: (line: string) => void,
): Promise<NewProviderResult> {
  const names = await checkProviderName(name, root);
  const tree = await readUpstreamTree(spec);
  const info = (tree.root.parsed as { info?: { title?: unknown } }).info;
  const title = typeof info?.title === "string" && info.title.trim() !== "" ? info.title.trim() : names.pascal;
  const providers = await listProviders(root);
  const bin = (tool: string) => join(root, "node_modules", ".bin", tool);

  const changes = new RepoChanges(root);
  const work = await mkdtemp(join(tmpdir(), `image-sdk-new-${name}-`));
  try {
    const specDir = changes.created(join("specs", name));
    const packageDir = changes.created(join("packages", name));
    for (const file of tree.files) await writeNew(upstreamPath(specDir, file), file.bytes);
    // The file's name only: where it lay on this machine means nothing to the next reader.
    await writeNew(join(specDir, "source.yaml"), renderSourceManifest(name, tree, tree.url ?? basename(spec)));
    await writeNew(join(specDir, "overlay.yaml"), renderOverlay(title));
    log(`vendored ${tree.files.length} upstream file${tree.files.length === 1 ? "" : "s"} in specs/${name}/upstream/`);

    // Which strict rules the document fails, as published and once bundled (the overlay is empty,
    // so the corrected document is the bundle), each becoming this provider's relaxation.
    const entry = `specs/${name}/upstream/${tree.root.path}`;
    const published = await strictFindings(root, join(root, entry), work);
    const bundled = join(work, "bundled.json");
    const bundle = await redocly(
      ["bundle", entry, "--ext", "json", "-o", bundled],
      root,
      join(work, "strict-redocly.yaml"),
    );
    if (!bundle.ok) throw new ScaffoldError(entry, `Redocly cannot bundle it:\n${bundle.output}`);
    const bundlePath = join(packageDir, "openapi.json");
    await writeNew(bundlePath, `${JSON.stringify(JSON.parse(await readFile(bundled, "utf8")), null, 2)}\n`);
    const corrected: Relaxations = await strictFindings(root, bundlePath, work);
    await changes.editing("redocly.yaml");
    await addLintEntries(
      root,
      name,
      { root: entry, relaxations: published },
      { root: `packages/${name}/openapi.json`, relaxations: corrected },
    );

    // The pipeline's own steps, as turbo runs them (loaded here: bad input is refused without them).
    const [{ lintSpec }, { bundleSpec }, { generateTypes }] = await Promise.all([
      import("../pipeline/lint-spec.ts"),
      import("../pipeline/bundle-spec.ts"),
      import("../pipeline/generate-types.ts"),
    ]);
    await lintSpec(name, root);
    await bundleSpec(name, root);
    await generateTypes(name, root);
    const document = JSON.parse(await readFile(bundlePath, "utf8")) as JsonObject;
    const openapiFetch = await pinnedOpenapiFetch(root, providers);
    const links = await projectLinks(root);
    for (const file of renderPackageFiles(names, title, { openapiFetch }, links))
      await writeNew(join(packageDir, file.path), file.contents);
    await writeNew(join(packageDir, "README.md"), renderReadme(document, names, title));
    log(`wrote packages/${name}/ (${names.packageName}, ${names.factory})`);

    const providerPackages = await Promise.all(
      providers.map(async (provider) => {
        const manifest = JSON.parse(await readFile(join(root, "packages", provider, "package.json"), "utf8"));
        return manifest.name as string;
      }),
    );
    const consumers = await providerConsumers(root, providerPackages);
    for (const file of consumers) {
      await changes.editing(file);
      changes.created(join(dirname(file), "node_modules", names.packageName));
      await addWorkspaceDependency(root, file, names.packageName, providerPackages);
    }
    if (consumers.length) log(`added ${names.packageName} to ${consumers.join(", ")}`);

    // The repo's own formatter and linter (`pnpm run lint` is the first step of `npm test`).
    await runCommand(bin("biome"), ["check", "--write", `specs/${name}`, `packages/${name}`, ...consumers], root);
    await changes.editing("pnpm-lock.yaml");
    log("pnpm install (the lockfile gains the new package)");
    await runCommand(
      bin("pnpm"),
      ["install", "--prefer-offline", "--no-frozen-lockfile", "--config.confirm-modules-purge=false"],
      root,
    );
    log(`turbo run build --filter=${names.packageName}`);
    await runCommand(bin("turbo"), ["run", "build", `--filter=${names.packageName}`], root);
    // The package's first API report, which its `npm test` checks from then on.
    await runCommand(process.execPath, [join(root, "scripts/api-report/api-report.ts")], packageDir);
    await changes.editing("bench/size-budgets.json");
    log((await runCommand(process.execPath, ["bench/src/set-size-budget.ts", name], root)).trim());

    return {
      // Where the published document has the finding, that is what the overlay corrects.
      review: reviewItems(new Map([...corrected, ...published])),
      edited: ["redocly.yaml", ...consumers, "pnpm-lock.yaml", "bench/size-budgets.json"],
    };
  } catch (error) {
    await changes.undo();
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
