/** Why `pnpm new-provider` refused: names what it looked at (a name, file, URL or field) and why. */
export class ScaffoldError extends Error {
  constructor(subject: string, reason: string) {
    super(`${subject}: ${reason}`);
    this.name = "ScaffoldError";
  }
}
