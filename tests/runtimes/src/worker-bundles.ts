import { join } from "node:path";
import { build } from "esbuild";

/**
 * Bundles the consumer's worker entry as the platforms' own tools do (wrangler and Next.js bundle
 * with esbuild/webpack for a web platform, with the runtime's export conditions): no Node
 * built-ins are polyfilled, so a package that needs one fails the build or the run.
 */
export async function bundleEntry(
  consumer: string,
  entry: string,
  outfile: string,
  options: { format: "esm" | "iife"; conditions: string[] },
): Promise<string> {
  await build({
    absWorkingDir: consumer,
    entryPoints: [join(consumer, entry)],
    outfile,
    bundle: true,
    platform: "browser",
    format: options.format,
    conditions: options.conditions,
    target: "es2022",
    logLevel: "silent",
  });
  return outfile;
}
