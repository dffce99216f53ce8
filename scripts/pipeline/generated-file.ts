// What one kind of generated file is: a name under src/generated/ and the one template that
// renders it. generate-types.ts runs a list of them; adding a kind of file is adding an entry.
import type { OpenAPI3 } from "openapi-typescript";

/** What every template renders from: the provider, its corrected document and its package. */
export interface GenerateInput {
  /** The directory name under specs/ and packages/. */
  provider: string;
  /** The corrected, bundled document (packages/<provider>/openapi.json). */
  document: OpenAPI3;
  /** packages/<provider>/: a template may read the package's hand-written sources. */
  packageDir: string;
  /** The repo root: messages name files relative to it. */
  root: string;
  /** How messages name the document: its path relative to the repo root. */
  label: string;
}

export interface GeneratedFile {
  /** The file's name in packages/<provider>/src/generated/. */
  name: string;
  /** The file's contents; undefined: the document needs no such file (e.g. jobs.ts without jobs). */
  render(input: GenerateInput): string | undefined | Promise<string | undefined>;
}
