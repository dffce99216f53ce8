import { packageBuild } from "../../scripts/build/tsup-config.ts";

export default [
  packageBuild({ index: "src/index.ts", node: "src/node.ts" }),
  // The Prism launcher (`./prism`): Node-only, and it finds prism-process.js next to itself, which
  // the CommonJS build learns from tsup's import.meta.url shim.
  { ...packageBuild({ prism: "src/prism/start-prism.ts" }), platform: "node", shims: true },
  // The command and the process it runs Prism in: Node-only ESM files, run, never imported.
  {
    ...packageBuild({ cli: "src/cli/cli.ts", "prism-process": "src/prism/prism-process.ts" }),
    format: ["esm"],
    dts: false,
  },
];
