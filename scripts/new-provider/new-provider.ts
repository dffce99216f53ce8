// `pnpm new-provider <name> --spec <file-or-url>`: everything a new provider needs so that
// `npm run setup` and `npm test` build, type-check and contract-test it with no hand edit. The
// scaffold is a list of named steps over one context; RepoChanges records what each one creates or
// edits, so a failure at any step undoes them all.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { loadProviderSpec } from "../pipeline/provider-spec.ts";
import type { ProviderNames } from "../repo/provider-names.ts";
import { listProviders, type Provider, providerAt, readProviderDocument } from "../repo/providers.ts";
import { runCommand } from "../repo/run-command.ts";
import { eachConcurrently } from "./each-concurrently.ts";
import { addLintEntries, type Relaxations, reviewItems, strictFindings } from "./lint-relaxations.ts";
import { lockNewPackage } from "./lock-new-package.ts";
import { type ProjectLinks, renderPackageFiles } from "./package-files.ts";
import { checkProviderName } from "./provider-name.ts";
import { renderReadme } from "./readme.ts";
import { RepoChanges } from "./repo-changes.ts";
import { isRefusal, ScaffoldError } from "./scaffold-error.ts";
import { renderOverlay, renderSourceManifest } from "./spec-files.ts";
import { findUpstreamDefects, renderAllowlist, type UpstreamDefect } from "./upstream-defects.ts";
import { readUpstreamTree, type UpstreamTree, upstreamPath } from "./upstream-tree.ts";
import { addWorkspaceDependency, providerConsumers } from "./workspace-consumers.ts";

export interface NewProviderResult {
  /** Lint findings to correct in the overlay: one item per relaxed rule. */
  review: string[];
  /** Existing files the command edited (new files are under specs/<name>/ and packages/<name>/). */
  edited: string[];
  /** What the document names that could not be vendored (an externalValue), to check by hand. */
  notVendored: string[];
  /** Upstream defects found statically, each a finding at its place (allowlisted where no test can pass). */
  defects: string[];
}

/** What every step reads, and the little that steps hand on to later ones. */
interface ScaffoldContext {
  root: string;
  /** The file or URL the document came from, as given. */
  spec: string;
  /** The provider being added; its files do not exist until the steps write them. */
  provider: Provider;
  names: ProviderNames;
  /** The document's `info.title`, or the Pascal name. */
  title: string;
  tree: UpstreamTree;
  /** The providers there were before this one. */
  existing: Provider[];
  changes: RepoChanges;
  /** A scratch directory, removed at the end. */
  work: string;
  log: (line: string) => void;
  /** Rule → findings, for the rules the document fails as published and once bundled (set by `relax lint rules`). */
  relaxed: { published: Relaxations; corrected: Relaxations };
  /** Manifests of the packages that use every provider (set by `add to the consumers`). */
  consumers: string[];
  /** Set by `find upstream defects`. */
  defects: UpstreamDefect[];
}

interface Step {
  name: string;
  run(context: ScaffoldContext): Promise<void>;
}

interface SharedStep {
  name: string;
  run(contexts: ScaffoldContext[]): Promise<void>;
}

const minutes = (count: number) => count * 60_000;

async function writeNew(path: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, contents, { flag: "wx" });
}

const bin = (context: ScaffoldContext, tool: string) => join(context.root, "node_modules", ".bin", tool);

/** How the scaffold runs the repo's tools: in the root, quiet, bounded in time. */
const tool = (context: ScaffoldContext, timeoutMs: number, waitsFor?: string) => ({
  cwd: context.root,
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" },
  timeoutMs,
  waitsFor,
});

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

const steps: Step[] = [
  {
    name: "vendor the upstream document",
    async run({ root, spec, provider, tree, title, changes, log }) {
      const specDir = changes.created(relative(root, provider.paths.specDir));
      for (const file of tree.files) await writeNew(upstreamPath(specDir, file), file.bytes);
      // The file's name only: where it lay on this machine means nothing to the next reader.
      await writeNew(provider.paths.source, renderSourceManifest(provider.name, tree, tree.url ?? basename(spec)));
      await writeNew(join(specDir, "overlay.yaml"), renderOverlay(title));
      log(
        `vendored ${tree.files.length} upstream file${tree.files.length === 1 ? "" : "s"} in specs/${provider.name}/upstream/`,
      );
    },
  },
  {
    // The pipeline's own bundle (its overlay is empty yet), written once: the build keeps it.
    name: "bundle the document",
    async run({ root, provider, changes, work }) {
      const { bundleCorrected } = await import("../pipeline/bundle-spec.ts");
      changes.created(relative(root, provider.paths.packageDir));
      await writeNew(provider.paths.document, await bundleCorrected(await loadProviderSpec(provider.name, root), work));
    },
  },
  {
    // Defects the document has as published never stop the scaffold: each is reviewed, and an
    // example no contract test can pass is allowlisted with the finding as its reason.
    name: "find upstream defects",
    async run(context) {
      const { provider, changes, log } = context;
      context.defects = findUpstreamDefects(await readProviderDocument(provider));
      const allowlist = renderAllowlist(context.defects);
      if (!allowlist) return;
      const file = join("tests/contract/allowlist", `${provider.name}.json`);
      await writeNew(changes.created(file), allowlist);
      log(`allowlisted in ${file} what upstream defects leave no contract test to pass`);
    },
  },
  {
    // Which strict rules the document fails, as published and once bundled, each becoming this
    // provider's relaxation.
    name: "relax the lint rules it fails",
    async run(context) {
      const { root, provider, tree, changes, work } = context;
      const entry = `specs/${provider.name}/upstream/${tree.root.path}`;
      const published = await strictFindings(root, join(root, entry), work);
      const corrected = await strictFindings(root, provider.paths.document, work);
      context.relaxed = { published, corrected };
      await changes.editing("redocly.yaml");
      await addLintEntries(
        root,
        provider.name,
        { root: entry, relaxations: published },
        { root: `packages/${provider.name}/openapi.json`, relaxations: corrected },
      );
    },
  },
  {
    // The pipeline's lint (the published documents, now with their relaxations) and its generator,
    // as turbo runs them (loaded here: bad input is refused without them).
    name: "lint and generate",
    async run({ root, provider }) {
      const [{ lintSpec }, { generateTypes }] = await Promise.all([
        import("../pipeline/lint-spec.ts"),
        import("../pipeline/generate-types.ts"),
      ]);
      await lintSpec(provider.name, root);
      await generateTypes(provider.name, root);
    },
  },
  {
    name: "write the package",
    async run({ root, provider, names, title, log }) {
      const links = await projectLinks(root);
      for (const file of renderPackageFiles(names, title, links))
        await writeNew(join(provider.paths.packageDir, file.path), file.contents);
      const document = await readProviderDocument(provider);
      await writeNew(
        join(provider.paths.packageDir, "README.md"),
        renderReadme(document, names, title, links.repositoryUrl),
      );
      log(`wrote packages/${provider.name}/ (${names.packageName}, ${names.factory})`);
    },
  },
  {
    name: "add it to the packages that use every provider",
    async run(context) {
      const { root, names, existing, changes, log } = context;
      const providerPackages = await Promise.all(
        existing.map(async (provider) => {
          const manifest = JSON.parse(await readFile(join(provider.paths.packageDir, "package.json"), "utf8"));
          return manifest.name as string;
        }),
      );
      context.consumers = await providerConsumers(root, providerPackages);
      for (const file of context.consumers) {
        await changes.editing(file);
        changes.created(join(dirname(file), "node_modules", names.packageName));
        await addWorkspaceDependency(root, file, names.packageName, providerPackages);
      }
      if (context.consumers.length) log(`added ${names.packageName} to ${context.consumers.join(", ")}`);
    },
  },
];

/**
 * The steps run once for every provider added together: one install, one build, then each
 * package's API report and size budget (installing and building per provider would repeat the
 * slowest work once per document).
 */
const finishingSteps: SharedStep[] = [
  {
    // The repo's own formatter and linter (`pnpm run lint` is the first step of `npm test`), over
    // every provider's files in one run.
    name: "format",
    async run(contexts) {
      const paths = new Set(
        contexts.flatMap(({ provider, consumers }) => [
          `specs/${provider.name}`,
          `packages/${provider.name}`,
          ...consumers,
        ]),
      );
      await runCommand(bin(contexts[0]!, "biome"), ["check", "--write", ...paths], tool(contexts[0]!, minutes(2)));
    },
  },
  {
    name: "install",
    async run(contexts) {
      const [{ root, changes, log }] = contexts as [ScaffoldContext];
      await changes.editing("pnpm-lock.yaml");
      // Locked from what the lockfile holds, the install links offline; otherwise pnpm resolves.
      let locked = true;
      for (const context of contexts)
        locked = (await lockNewPackage(root, `packages/${context.provider.name}`, context.consumers)) && locked;
      const what = contexts.length === 1 ? "the new package" : "the new packages";
      log(`pnpm install (the lockfile gains ${what}${locked ? ", from versions it already locks" : ""})`);
      await runCommand(
        bin(contexts[0]!, "pnpm"),
        ["install", "--prefer-offline", "--no-frozen-lockfile", "--config.confirm-modules-purge=false"],
        tool(contexts[0]!, minutes(10), "the npm registry (package metadata and tarballs missing from the pnpm store)"),
      );
    },
  },
  {
    name: "build",
    async run(contexts) {
      const filters = contexts.map((context) => `--filter=${context.names.packageName}`);
      contexts[0]!.log(`turbo run build ${filters.join(" ")}`);
      await runCommand(bin(contexts[0]!, "turbo"), ["run", "build", ...filters], tool(contexts[0]!, minutes(15)));
    },
  },
  {
    // Each package's first API report, which its `npm test` checks from then on: one API Extractor
    // process per package, as many at once as there are cores.
    name: "write the API report",
    async run(contexts) {
      await eachConcurrently(contexts, availableParallelism(), async (context) => {
        await runCommand(process.execPath, [join(context.root, "scripts/api-report/api-report.ts")], {
          ...tool(context, minutes(5)),
          cwd: context.provider.paths.packageDir,
        });
      });
    },
  },
  {
    name: "set the size budget",
    async run(contexts) {
      for (const context of contexts) {
        await context.changes.editing("bench/size-budgets.json");
        const args = ["bench/src/set-size-budget.ts", context.provider.name];
        context.log((await runCommand(process.execPath, args, tool(context, minutes(2)))).trim());
      }
    },
  },
];

/** One document to add: the provider's name and the file or URL of its published document. */
export interface ProviderToAdd {
  name: string;
  spec: string;
}

/** Runs `step`, naming it in an error that is not a refusal (a refusal names its culprit already). */
async function runStep<T>(name: string, run: () => Promise<T>, provider?: string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isRefusal(error)) throw error;
    const which = provider ? ` (${provider})` : "";
    throw new Error(`new-provider: step "${name}"${which} failed: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Adds every document in `providers`, in order, as if one `newProvider` ran after the other, but
 * installs and builds once. A failure at any step undoes every provider's changes.
 */
export async function newProviders(
  providers: readonly ProviderToAdd[],
  root: string,
  log: (line: string) => void,
): Promise<NewProviderResult[]> {
  const changes = new RepoChanges(root);
  const contexts: ScaffoldContext[] = [];
  try {
    for (const { name, spec } of providers) {
      const names = await checkProviderName(name, root);
      const tree = await readUpstreamTree(spec);
      const info = (tree.root.parsed as { info?: { title?: unknown } }).info;
      const title = typeof info?.title === "string" && info.title.trim() !== "" ? info.title.trim() : names.pascal;
      const context: ScaffoldContext = {
        root,
        spec,
        provider: providerAt(name, root),
        names,
        title,
        tree,
        existing: listProviders(root),
        changes,
        work: await mkdtemp(join(tmpdir(), `image-sdk-new-${name}-`)),
        log,
        relaxed: { published: new Map(), corrected: new Map() },
        consumers: [],
        defects: [],
      };
      contexts.push(context);
      for (const step of steps)
        await runStep(step.name, () => step.run(context), providers.length > 1 ? name : undefined);
    }
    for (const step of finishingSteps) await runStep(step.name, () => step.run(contexts));
    return contexts.map((context) => {
      const { published, corrected } = context.relaxed;
      // Where the published document has the finding, that is what the overlay corrects.
      return {
        review: reviewItems(new Map([...corrected, ...published])),
        edited: changes.edited,
        notVendored: context.tree.reported,
        defects: context.defects.map(
          ({ at, finding, item }) => `${at}: ${finding}${item ? ` (allowlisted: ${item})` : ""}`,
        ),
      };
    });
  } catch (error) {
    await changes.undo();
    throw error;
  } finally {
    for (const context of contexts) await rm(context.work, { recursive: true, force: true });
  }
}
