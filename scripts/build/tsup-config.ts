import { defineConfig, type Options } from "tsup";

/**
 * The one build recipe every published package uses: ESM + CJS + declarations, platform-neutral
 * (fetch only) so the same output serves Node >= 20 and browsers. `entry` maps output names to
 * sources, e.g. `{ index: "src/index.ts", node: "src/node.ts" }`. Dependencies stay imports.
 */
export function packageBuild(entry: Record<string, string>): Options {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    platform: "neutral",
    target: "es2022",
    sourcemap: true,
    splitting: false,
    silent: true,
  }) as Options;
}
