// `changeset version` with the committed .changeset/config.json, run on a copy of this workspace's
// manifests: a change to @image-sdk/core bumps core by its changeset, and bumps (patch) each public
// package whose published range on core the new version leaves, with changelog entries naming it.
import { access, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageBin } from "../src/package-bin.ts";
import { listWorkspacePackages, type WorkspacePackage, workspaceRoot } from "../src/workspace-packages.ts";

const core = "@image-sdk/core";
const runtimeDependencyFields = ["dependencies", "peerDependencies", "optionalDependencies"] as const;

interface Manifest {
  name: string;
  version?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface ChangesetsConfig {
  ignore: string[];
  privatePackages: { version: boolean };
  ___experimentalUnsafeOptions_WILL_CHANGE_IN_PATCH?: { updateInternalDependents?: "always" | "out-of-range" };
}

const config = JSON.parse(await readFile(join(workspaceRoot, ".changeset/config.json"), "utf8")) as ChangesetsConfig;
const changeset = await packageBin("@changesets/cli", "changeset");
const packages = await listWorkspacePackages();

describe.each(["patch", "minor"] as const)("changeset version after a %s change to @image-sdk/core", (bump) => {
  let copy: string;
  const before = new Map<string, Manifest>();
  const after = new Map<string, Manifest>();
  const summary = `A ${bump} change to core, from the changeset-version test.`;

  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), "image-sdk-changeset-"));
    await copyWorkspaceManifests(copy);
    const git = (...args: string[]) =>
      runCommand(
        "git",
        [
          "-c",
          "user.name=changeset test",
          "-c",
          "user.email=changeset-test@localhost",
          "-c",
          "commit.gpgsign=false",
          ...args,
        ],
        {
          cwd: copy,
        },
      );
    await git("init", "--quiet", "--initial-branch=main");
    await git("add", "--all");
    await git("commit", "--quiet", "--message", "workspace manifests");
    await writeFile(join(copy, ".changeset", `core-${bump}.md`), `---\n"${core}": ${bump}\n---\n\n${summary}\n`);
    await git("add", "--all");
    await git("commit", "--quiet", "--message", "changeset");

    for (const pkg of packages) before.set(pkg.name, await readManifest(copy, pkg));
    await runCommand(process.execPath, [changeset, "version"], { cwd: copy });
    for (const pkg of packages) after.set(pkg.name, await readManifest(copy, pkg));
  });

  afterAll(async () => {
    if (copy !== undefined) await rm(copy, { recursive: true, force: true });
  });

  const oldCore = () => before.get(core)?.version ?? "";
  const newCore = () => semver.inc(oldCore(), bump) ?? "";

  it("bumps @image-sdk/core by the changeset and writes its changelog entry", async () => {
    expect(after.get(core)?.version).toBe(newCore());
    const changelog = await readFile(join(copy, packageDir(core), "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`## ${newCore()}`);
    expect(changelog).toContain(summary);
  });

  it("bumps each public dependent of core exactly when the new version leaves its published range", async () => {
    const dependents = packages.filter(
      (pkg) => pkg.name !== core && !pkg.private && coreRange(before.get(pkg.name)) !== undefined,
    );
    expect(dependents.length).toBeGreaterThan(0);
    const always = config.___experimentalUnsafeOptions_WILL_CHANGE_IN_PATCH?.updateInternalDependents === "always";
    for (const pkg of dependents) {
      const old = before.get(pkg.name);
      const range = publishedRange(coreRange(old) ?? "", oldCore());
      const released = !config.ignore.includes(pkg.name) && (always || !semver.satisfies(newCore(), range));
      const expected = released ? semver.inc(old?.version ?? "", "patch") : old?.version;
      expect(after.get(pkg.name)?.version, `${pkg.name} (publishes ${core}@${range})`).toBe(expected);
      // The workspace protocol stays; pnpm publishes it as a range on the new core version.
      expect(coreRange(after.get(pkg.name))).toBe(coreRange(old));

      const changelogPath = join(copy, packageDir(pkg.name), "CHANGELOG.md");
      if (released) {
        const changelog = await readFile(changelogPath, "utf8");
        expect(changelog).toContain(`## ${expected}`);
        expect(changelog).toContain(`${core}@${newCore()}`);
      } else {
        await expect(access(changelogPath)).rejects.toThrow();
      }
    }
  });

  it("leaves private packages alone", () => {
    expect(config.privatePackages.version).toBe(false);
    for (const pkg of packages.filter((candidate) => candidate.private)) {
      expect(after.get(pkg.name), pkg.name).toEqual(before.get(pkg.name));
    }
  });

  it("consumes the changeset", async () => {
    expect(
      (await readdir(join(copy, ".changeset"))).filter((file) => file.endsWith(".md") && file !== "README.md"),
    ).toEqual([]);
  });
});

/**
 * The manifests, workspace file and changesets config: all `changeset version` reads. The
 * changelog generator is loaded from the workspace's install.
 */
async function copyWorkspaceManifests(copy: string): Promise<void> {
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json", ".changeset/README.md"]) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await cp(join(workspaceRoot, file), join(copy, file));
  }
  for (const pkg of packages) {
    const target = join(copy, relative(workspaceRoot, pkg.path));
    await mkdir(target, { recursive: true });
    await cp(join(pkg.path, "package.json"), join(target, "package.json"));
    const changelog = join(pkg.path, "CHANGELOG.md");
    if (
      await access(changelog).then(
        () => true,
        () => false,
      )
    )
      await cp(changelog, join(target, "CHANGELOG.md"));
  }
  await mkdir(join(copy, "node_modules"));
  await symlink(join(workspaceRoot, "node_modules/@changesets"), join(copy, "node_modules/@changesets"));
}

function packageDir(name: string): string {
  const pkg = packages.find((candidate) => candidate.name === name);
  if (pkg === undefined) throw new Error(`${name} is not a workspace package`);
  return relative(workspaceRoot, pkg.path);
}

async function readManifest(copy: string, pkg: WorkspacePackage): Promise<Manifest> {
  return JSON.parse(await readFile(join(copy, relative(workspaceRoot, pkg.path), "package.json"), "utf8")) as Manifest;
}

function coreRange(manifest: Manifest | undefined): string | undefined {
  for (const field of runtimeDependencyFields) {
    const range = manifest?.[field]?.[core];
    if (range !== undefined) return range;
  }
  return undefined;
}

/** The range pnpm publishes for a `workspace:` range when the dependency is at `version`. */
function publishedRange(range: string, version: string): string {
  if (!range.startsWith("workspace:")) return range;
  const spec = range.slice("workspace:".length);
  if (spec === "*") return version;
  if (spec === "^" || spec === "~") return `${spec}${version}`;
  return spec;
}
