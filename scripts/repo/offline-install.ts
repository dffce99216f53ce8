// Installs a scratch copy of the checkout (whole or partial) from the pnpm store the checkout
// installed from, offline: a test's install never waits on the registry, wherever it is configured.
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, type Scalar } from "yaml";
import { dependencyFields, readLockfile, writeLockfile } from "./pnpm-lockfile.ts";
import { CommandError, runCommand } from "./run-command.ts";

export interface OfflineInstallOptions {
  /** The checkout whose store and pnpm the copy installs with. */
  checkout: string;
  /** The store to install from; the checkout's (`pnpm store path` in it) when omitted. */
  store?: string;
  /** The install's environment; the caller's when omitted. */
  env?: NodeJS.ProcessEnv;
  /** Default 10 minutes: linking a thousand packages takes 1 to 4 on a busy 2-core machine. */
  timeoutMs?: number;
}

type Manifest = Partial<Record<(typeof dependencyFields)[number], Record<string, string>>>;

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
  const lockfile = await readLockfile(root);
  const importers = lockfile.get("importers");
  if (!isMap(importers)) return;
  for (const { key, value: importer } of [...importers.items]) {
    const dir = String((key as Scalar).value);
    const manifestPath = join(root, dir, "package.json");
    const present = await access(manifestPath).then(
      () => true,
      () => false,
    );
    if (!present || !isMap(importer)) {
      importers.delete(key);
      continue;
    }
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Manifest;
    for (const field of dependencyFields) {
      const locked = importer.get(field);
      if (!isMap(locked)) continue;
      for (const { key: name } of [...locked.items])
        if (manifest[field]?.[String((name as Scalar).value)] === undefined) locked.delete(name);
      if (locked.items.length === 0) importer.delete(field);
    }
  }
  await writeLockfile(root, lockfile);
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
      timeoutMs: options.timeoutMs ?? 10 * 60_000,
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
