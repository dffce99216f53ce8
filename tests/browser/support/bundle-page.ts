import { builtinModules } from "node:module";
import { build, type Plugin } from "esbuild";

// Matches `fs`, `fs/promises`, `node:fs`, … : esbuild's browser platform would only call these
// "not found"; this names the module that imported one.
const nodeBuiltin = new RegExp(
  `^(node:.*|(${builtinModules.map((name) => name.replace(/[/.]/g, "\\$&")).join("|")})(/.*)?)$`,
);

const rejectNodeBuiltins: Plugin = {
  name: "reject-node-builtins",
  setup(build) {
    build.onResolve({ filter: nodeBuiltin }, (args) => ({
      errors: [
        {
          text: `${args.importer || "<entry>"} imports the Node built-in "${args.path}", which does not exist in browsers`,
        },
      ],
    }));
  },
};

/**
 * Bundles a page script for browsers as a reader's bundler would: the packages' published entries
 * (their `exports`, "browser"/"import" conditions, so the built dist/ ESM), and no Node built-ins.
 */
export async function bundlePage(entry: string | { contents: string; resolveDir: string }): Promise<string> {
  const result = await build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { ...entry, loader: "ts" } }),
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [rejectNodeBuiltins],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no output");
  return output.text;
}
