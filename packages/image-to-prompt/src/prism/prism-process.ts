// Runs the Prism CLI inside this process, launched by start-prism.ts. Prism itself outlives a
// parent that dies without cleaning up (SIGKILL, OOM), so this wrapper ties its life to the pipe on
// its stdin: the kernel closes that pipe whenever the parent goes, however it goes, and this
// process then exits, taking the mock and its port with it.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismCli = require.resolve("@stoplight/prism-cli/dist/index.js");

process.stdin.on("end", () => process.exit(0));
process.stdin.on("close", () => process.exit(0));
process.stdin.resume();

// Prism's CLI parses process.argv when it loads, so it must see its own command line.
process.argv = [process.execPath, prismCli, ...process.argv.slice(2)];
require(prismCli);
