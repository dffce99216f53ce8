import { packageBuild } from "../../scripts/build/tsup-config.ts";

export default [
  // shims: the CJS build gets import.meta.url, which provider discovery resolves from.
  { ...packageBuild({ index: "src/index.ts" }), shims: true },
  // The command: a Node-only ESM file, run, never imported.
  { ...packageBuild({ cli: "src/cli/cli.ts" }), format: ["esm"], dts: false, platform: "node" },
];
