// `pnpm new-provider <name> --spec <file-or-url>` (see the README's "Adding a provider"), or
// `pnpm new-provider <name>=<file-or-url> …` to add several providers with one install and build.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { type NewProviderResult, newProviders, type ProviderToAdd } from "./new-provider.ts";
import { isRefusal } from "./scaffold-error.ts";

const usage =
  "usage: pnpm new-provider <name> --spec <file-or-url> [--root <repo>]\n" +
  "       pnpm new-provider <name>=<file-or-url> [<name>=<file-or-url> …] [--root <repo>]\n";

let parsed: ReturnType<
  typeof parseArgs<{ options: { spec: { type: "string" }; root: { type: "string" } }; allowPositionals: true }>
>;
try {
  parsed = parseArgs({ options: { spec: { type: "string" }, root: { type: "string" } }, allowPositionals: true });
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { spec: given, root: givenRoot } = parsed.values;
// pnpm runs the script in the repo root; a relative path means what it meant where pnpm was called.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const root = givenRoot ? resolve(callerDir, givenRoot) : repoRoot;
const located = (spec: string) => (/^https?:\/\//i.test(spec) ? spec : resolve(callerDir, spec));
const pairs = parsed.positionals.map((positional) => positional.split(/=(.*)/s, 2) as [string, string?]);
let adding: ProviderToAdd[];
if (given !== undefined && pairs.length === 1 && pairs[0]![1] === undefined) {
  adding = [{ name: pairs[0]![0], spec: located(given) }];
} else if (given === undefined && pairs.length > 0 && pairs.every(([name, spec]) => name && spec)) {
  adding = pairs.map(([name, spec]) => ({ name, spec: located(spec!) }));
} else {
  process.stderr.write(usage);
  process.exit(2);
}

try {
  const results = await newProviders(adding, root, (line) => process.stdout.write(`${line}\n`));
  const names = adding.map(({ name }) => name).join(", ");
  process.stdout.write(
    `\n${names} ${adding.length === 1 ? "is" : "are"} ready: run \`npm run setup\` and \`npm test\`, then commit the new files and:\n`,
  );
  for (const file of results[0]!.edited) process.stdout.write(`  ${file}\n`);
  for (const [index, result] of results.entries()) printReview(adding[index]!.name, result);
} catch (error) {
  if (!isRefusal(error)) throw error;
  process.stderr.write(`error: ${error.message}\nnothing was changed\n`);
  process.exitCode = 1;
}

function printReview(name: string, result: NewProviderResult): void {
  if (result.review.length) {
    process.stdout.write(
      `\nReview: the document fails these lint rules, relaxed for ${name} only in redocly.yaml.\n` +
        `Correct each in specs/${name}/overlay.yaml (with the evidence), then delete its relaxation:\n`,
    );
    for (const item of result.review) process.stdout.write(`- ${item}\n`);
  }
  if (result.defects.length) {
    process.stdout.write(
      `\nReview: upstream defects found in ${name}'s document; correct each in the overlay (the finding is its evidence),\n` +
        "then delete its allowlist entry, if it has one:\n",
    );
    for (const item of result.defects) process.stdout.write(`- ${item}\n`);
  }
  if (result.notVendored.length) {
    process.stdout.write(`\nReview: not vendored from ${name}'s document, so not checked against it:\n`);
    for (const item of result.notVendored) process.stdout.write(`- ${item}\n`);
  }
}
