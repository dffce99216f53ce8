import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { providerNames } from "@image-sdk/scripts/pipeline/provider-names.ts";
import { repoRoot } from "@image-sdk/scripts/pipeline/provider-spec.ts";

export interface Provider {
  /** Directory name under specs/ and packages/, e.g. `novita`. */
  name: string;
  /** npm name, e.g. `@image-sdk/novita`. */
  packageName: string;
  /** The client factory the package exports (client contract), e.g. `createNovitaClient`. */
  factory: string;
  /** The spec's first operation, so benches call a real path of that provider. */
  firstOperation: { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; path: string };
  /** The spec's first server, the client's default base URL. */
  baseUrl: string;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Every provider package: a packages/<name>/ with the bundled openapi.json the pipeline writes. */
export async function listProviders(root = repoRoot): Promise<Provider[]> {
  const providers: Provider[] = [];
  for (const name of (await readdir(join(root, "specs"))).sort()) {
    const packageDir = join(root, "packages", name);
    let document: { servers?: Array<{ url: string }>; paths?: Record<string, Record<string, unknown>> };
    let manifest: { name: string };
    try {
      document = JSON.parse(await readFile(join(packageDir, "openapi.json"), "utf8"));
      manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
    } catch {
      continue; // a spec folder without a package (yet) is not a provider client
    }
    const firstOperation = Object.entries(document.paths ?? {})
      .flatMap(([path, item]) => METHODS.filter((method) => method in item).map((method) => ({ method, path })))
      .at(0);
    const baseUrl = document.servers?.[0]?.url;
    if (!firstOperation || !baseUrl)
      throw new Error(`packages/${name}/openapi.json: needs at least one server and one operation`);
    providers.push({
      name,
      packageName: manifest.name,
      factory: providerNames(name).factory,
      firstOperation: {
        method: firstOperation.method.toUpperCase() as Provider["firstOperation"]["method"],
        path: firstOperation.path,
      },
      baseUrl,
    });
  }
  return providers;
}
