import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { findInstalled, workspaceRoot } from "./workspace-packages.ts";

/**
 * The script behind a tool's command, as installed for the workspace root. Tests run it with the
 * Node running them rather than through the `.bin` shim, which starts another shell and Node.
 */
export async function packageBin(packageName: string, command: string): Promise<string> {
  const dir = await findInstalled(packageName, workspaceRoot);
  const { bin } = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as {
    bin?: string | Record<string, string>;
  };
  const script = typeof bin === "string" ? bin : bin?.[command];
  if (script === undefined) throw new Error(`${packageName} has no "${command}" command`);
  return join(dir, script);
}
