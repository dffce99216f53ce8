import { readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isolatedEnvironment } from "@image-sdk/publish-tests/isolated-environment";
import { startLocalRegistry } from "@image-sdk/publish-tests/local-registry";
import { tarInstalledPackage, uploadToRegistry } from "@image-sdk/publish-tests/registry-upload";
import {
  listPublicPackages,
  listRuntimeDependencies,
  packWorkspacePackage,
  type WorkspacePackage,
} from "@image-sdk/publish-tests/workspace-packages";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import pMap from "p-map";

/** The scenario and each runtime's entry, copied into the consumer project. */
const fixture = join(import.meta.dirname, "../fixtures/consumer");
/** The packages the scenario imports: this package's own workspace dependencies that are public. */
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
};

/** The packages of `names` among `available`, and every one of `available` they depend on, transitively. */
function withWorkspaceDependencies(available: WorkspacePackage[], names: string[]): WorkspacePackage[] {
  const byName = new Map(available.map((pkg) => [pkg.name, pkg]));
  const chosen = new Set(names.filter((name) => byName.has(name)));
  for (const name of chosen) {
    const { dependencies = {} } = JSON.parse(readFileSync(join(byName.get(name)!.path, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(dependencies)) if (byName.has(dependency)) chosen.add(dependency);
  }
  return available.filter((pkg) => chosen.has(pkg.name));
}

export interface ConsumerProject {
  /** The project folder, with the packages installed in node_modules. */
  dir: string;
  /** A scratch folder for runtimes' caches and bundles. */
  scratch: string;
  /** The environment to run consumer code in: nothing from the workspace. */
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

/**
 * A downstream project outside the workspace with every public package installed by npm from a
 * throwaway registry on loopback, published from the packed tarballs (`pnpm pack`, as `pnpm
 * publish` packs; the packages' registry dependencies are packed from what this workspace installed). The registry stops once the
 * install is done: nothing at run time may need it.
 */
export async function installConsumerProject(): Promise<ConsumerProject> {
  const work = await mkdtemp(join(tmpdir(), "image-sdk-runtimes-"));
  // Retried: a registry that has just stopped may still be writing its storage.
  const remove = () => rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  try {
    const registry = await startLocalRegistry(join(work, "registry"));
    try {
      const tarballs = join(work, "tarballs");
      await mkdir(tarballs);
      // Only what the scenario imports, and the public workspace packages those depend on (a
      // registry dependency is tarred from node_modules, which would keep `workspace:` ranges):
      // another public package's dependency tree (the MCP SDK's, say) would be published and
      // installed for nothing.
      const publicPackages = withWorkspaceDependencies(
        await listPublicPackages(),
        Object.keys(manifest.devDependencies),
      );
      const packed = await pMap(publicPackages, (pkg) => packWorkspacePackage(pkg.path, tarballs), { concurrency: 2 });
      const dependencies = await listRuntimeDependencies(
        publicPackages.map((pkg) => pkg.path),
        new Set(publicPackages.map((pkg) => pkg.name)),
      );
      const concurrency = 4;
      const thirdParty = await pMap(dependencies, (pkg) => tarInstalledPackage(pkg, tarballs), { concurrency });
      await pMap([...thirdParty, ...packed], (pkg) => uploadToRegistry(registry, pkg), { concurrency });

      const dir = join(work, "consumer");
      await cp(fixture, dir, { recursive: true });
      await writeFile(
        join(dir, "package.json"),
        `${JSON.stringify({ name: "runtime-consumer", private: true }, null, 2)}\n`,
      );
      await writeFile(join(work, "consumer.npmrc"), `registry=${registry.url}\n`);
      const env = isolatedEnvironment({ userconfig: join(work, "consumer.npmrc"), cache: join(work, "npm-cache") });
      await runCommand("npm", ["install", ...packed.map(({ manifest }) => manifest.name)], {
        cwd: dir,
        env,
        timeoutMs: 240_000,
      });
      const scratch = join(work, "scratch");
      await mkdir(scratch);
      return { dir, scratch, env, remove };
    } finally {
      await registry.stop();
    }
  } catch (error) {
    // The error that stopped the install is the one to report, not a failed clean-up.
    await remove().catch(() => {});
    throw error;
  }
}
