import { packageBuild } from "../../scripts/build/tsup-config.ts";

export default [
  packageBuild({ index: "src/index.ts", node: "src/node.ts" }),
  // The command and the process it runs Prism in: Node-only ESM files, run, never imported.
  {
    ...packageBuild({ cli: "src/cli/cli.ts", "prism-process": "src/cli/prism-process.ts" }),
    format: ["esm"],
    dts: false,
  },
];
