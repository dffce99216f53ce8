/** A document that cannot be used: names the file or URL and what is wrong with it. */
export class DocumentSourceError extends Error {
  readonly source: string;

  constructor(source: string, reason: string) {
    super(`${source}: ${reason}`);
    this.name = "DocumentSourceError";
    this.source = source;
  }
}
