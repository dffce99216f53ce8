import { packageBuild } from "../../scripts/build/tsup-config.ts";

export default packageBuild({ index: "src/index.ts" });
