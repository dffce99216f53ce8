// What the scaffold has changed so far, so that a failure at any step leaves nothing behind: new
// directories are removed, edited files get their old contents back.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export class RepoChanges {
  readonly #root: string;
  readonly #created: string[] = [];
  readonly #edited = new Map<string, string>();

  constructor(root: string) {
    this.#root = root;
  }

  /** A path (file or directory) the scaffold creates: removed on undo. */
  created(relativePath: string): string {
    this.#created.push(relativePath);
    return join(this.#root, relativePath);
  }

  /** An existing file the scaffold is about to edit: its contents now are restored on undo. */
  async editing(relativePath: string): Promise<string> {
    const path = join(this.#root, relativePath);
    if (!this.#edited.has(relativePath)) this.#edited.set(relativePath, await readFile(path, "utf8"));
    return path;
  }

  /** The existing files edited so far, relative to the root, in the order they were first edited. */
  get edited(): string[] {
    return [...this.#edited.keys()];
  }

  async undo(): Promise<void> {
    for (const path of this.#created.reverse()) await rm(join(this.#root, path), { recursive: true, force: true });
    for (const [path, contents] of this.#edited) await writeFile(join(this.#root, path), contents);
  }
}
