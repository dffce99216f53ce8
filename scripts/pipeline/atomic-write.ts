import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes every file or none: each goes to a temp file beside its target first and is renamed over
 * it only once all temp files are written, so a failure never leaves a half-written output.
 */
export async function writeFilesAtomically(files: ReadonlyArray<{ path: string; contents: string }>): Promise<void> {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const { path, contents } of files) {
      await mkdir(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      staged.push({ temp, path });
      await writeFile(temp, contents);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged) await rename(temp, path);
}
