// `node bench/src/set-size-budget.ts <provider>`: measures a provider's browser bundle (as
// bench/tests/size-budgets.test.ts does) and sets its budget in bench/size-budgets.json to that
// size + 2%, the file's rule. `pnpm new-provider` runs it once the new package is built.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { listProviders } from "@image-sdk/scripts/repo/providers.ts";
import { measureProviderSize } from "./bundle-size.ts";

const budgetsFile = fileURLToPath(new URL("../size-budgets.json", import.meta.url));
const headroom = 1.02;

const [name] = process.argv.slice(2);
const provider = listProviders().find((candidate) => candidate.name === name);
if (!provider) {
  process.stderr.write(`error: no provider \`${name ?? ""}\` (specs/<name>/source.yaml)\n`);
  process.exit(2);
}
const size = await measureProviderSize(provider);
const budgets = JSON.parse(await readFile(budgetsFile, "utf8")) as { gzipBytes: Record<string, number> };
const budget = Math.ceil((size.client.gzipBytes * headroom) / 10) * 10;
budgets.gzipBytes = Object.fromEntries(
  Object.entries({ ...budgets.gzipBytes, [provider.name]: budget }).sort(([a], [b]) => (a < b ? -1 : 1)),
);
await writeFile(budgetsFile, `${JSON.stringify(budgets, null, 2)}\n`);
process.stdout.write(`${provider.names.packageName}: ${size.client.gzipBytes} B gzipped, budget ${budget} B\n`);
