import { packageBuild } from "../../scripts/build/tsup-config.ts";

export default packageBuild(
  { index: "src/index.ts", internal: "src/internal.ts", "internal-node": "src/internal-node.ts" },
  { splitting: true },
);
