import { readFileSync } from "node:fs";
import { startContractMock } from "./src/mock/contract-mock.ts";
import { operationGroups } from "./src/mock/operation-groups.ts";

const path = process.argv[2]!;
const document = JSON.parse(readFileSync(path, "utf8"));
const groups = operationGroups(document);
console.log(
  "groups",
  groups.length,
  groups
    .map((g) => `${g.name}:${g.operations.length}:${Math.round(JSON.stringify(g.document ?? {}).length / 1024)}KiB`)
    .join(" "),
);
const t = Date.now();
const mock = await startContractMock({
  documentPath: path,
  document,
  startTimeoutMs: 180_000,
  concurrency: Number(process.argv[3] ?? 2),
});
console.log("all groups listening after", Date.now() - t, "ms");
const r = await fetch(`${mock.url}/v2/account?__code=200`, {
  headers: { authorization: "Bearer x", accept: "application/json" },
});
console.log("GET /v2/account", r.status, (await r.text()).slice(0, 120));
await mock.stop();
