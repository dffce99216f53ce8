import { defineConfig, type Options } from "tsup";

/**
 * The one build recipe every published package uses: ESM + CJS + declarations, platform-neutral
 * (fetch only) so the same output serves Node >= 20 and browsers. `entry` maps output names to
 * sources, e.g. `{ index: "src/index.ts", node: "src/node.ts" }`. Dependencies stay imports.
 * `splitting` puts modules that several entries share in one chunk instead of a copy per entry:
 * needed where entries share state or classes (core's error classes must be one class, whichever
 * entry a module was imported from).
 */
export function packageBuild(entry: Record<string, string>, { splitting = false } = {}): Options {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    platform: "neutral",
    target: "es2022",
    sourcemap: true,
    splitting,
    silent: true,
  }) as Options;
}
