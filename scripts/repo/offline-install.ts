// Installs a scratch copy of the checkout (whole or partial) from the pnpm store the checkout
// installed from, offline: a test's install never waits on the registry, wherever it is configured.
import { access, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { CommandError, runCommand } from "./run-command.ts";

export interface OfflineInstallOptions {
  /** The checkout whose store and pnpm the copy installs with. */
  checkout: string;
  /** The store to install from; the checkout's (`pnpm store path` in it) when omitted. */
  store?: string;
  /** The install's environment; the caller's when omitted. */
  env?: NodeJS.ProcessEnv;
  /** Default 5 minutes: linking a thousand packages on a busy 2-core machine takes about one. */
  timeoutMs?: number;
}

type Importer = Partial<Record<(typeof dependencyFields)[number], Record<string, unknown>>>;
type Manifest = Partial<Record<(typeof dependencyFields)[number], Record<string, string>>>;

const dependencyFields = ["dependencies", "devDependencies", "optionalDependencies"] as const;

const pnpm = (checkout: string) => join(checkout, "node_modules", ".bin", "pnpm");

/** Where the checkout's packages come from: pnpm's `store-dir` as the checkout resolves it. */
export async function checkoutStore(checkout: string): Promise<string> {
  return (await runCommand(pnpm(checkout), ["store", "path"], { cwd: checkout, timeoutMs: 60_000 })).trim();
}

/**
 * A partial copy keeps the checkout's lockfile, which still lists the packages left out and the
 * workspace links to them: drop those, so the lockfile fits the copy and a frozen install (which
 * resolves nothing, so needs no package metadata) accepts it.
 */
export async function fitLockfileToCopy(root: string): Promise<void> {
  const path = join(root, "pnpm-lock.yaml");
  const lockfile = parse(await readFile(path, "utf8")) as { importers?: Record<string, Importer> };
  for (const [dir, importer] of Object.entries(lockfile.importers ?? {})) {
    const manifestPath = join(root, dir, "package.json");
    const present = await access(manifestPath).then(
      () => true,
      () => false,
    );
    if (!present) {
      delete lockfile.importers?.[dir];
      continue;
    }
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Manifest;
    for (const field of dependencyFields) {
      const locked = importer[field];
      if (!locked) continue;
      for (const name of Object.keys(locked)) if (manifest[field]?.[name] === undefined) delete locked[name];
      if (Object.keys(locked).length === 0) delete importer[field];
    }
  }
  await writeFile(path, stringify(lockfile, { lineWidth: 0 }));
}

/**
 * `pnpm install --offline --frozen-lockfile` in `root` from the checkout's store. A package the
 * store lacks fails at once (pnpm never asks the registry), saying what to do about it.
 */
export async function installOffline(root: string, options: OfflineInstallOptions): Promise<void> {
  const store = options.store ?? (await checkoutStore(options.checkout));
  await fitLockfileToCopy(root);
  const args = [
    "install",
    "--offline",
    "--frozen-lockfile",
    `--config.store-dir=${store}`,
    "--config.confirm-modules-purge=false",
  ];
  try {
    await runCommand(pnpm(options.checkout), args, {
      cwd: root,
      env: options.env,
      timeoutMs: options.timeoutMs ?? 5 * 60_000,
    });
  } catch (error) {
    if (!(error instanceof CommandError) || !/ERR_PNPM_NO_OFFLINE/.test(error.message)) throw error;
    throw new CommandError(
      `the offline install of ${root} from the store ${store} failed: it holds only what the checkout ` +
        `installed, so run \`npm run setup\` in ${options.checkout} first (tests never install from the registry).\n` +
        error.message,
      error.stdout,
      error.stderr,
      false,
    );
  }
}
