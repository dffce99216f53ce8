// `pnpm new-provider <name> --spec <file-or-url>` (see the README's "Adding a provider").
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { newProvider } from "./new-provider.ts";
import { isRefusal } from "./scaffold-error.ts";

const usage = "usage: pnpm new-provider <name> --spec <file-or-url> [--root <repo>]\n";

let parsed: ReturnType<
  typeof parseArgs<{ options: { spec: { type: "string" }; root: { type: "string" } }; allowPositionals: true }>
>;
try {
  parsed = parseArgs({ options: { spec: { type: "string" }, root: { type: "string" } }, allowPositionals: true });
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [name, ...extra] = parsed.positionals;
const { spec: given, root: givenRoot } = parsed.values;
// pnpm runs the script in the repo root; a relative path means what it meant where pnpm was called.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const root = givenRoot ? resolve(callerDir, givenRoot) : repoRoot;
const spec = given && !/^https?:\/\//i.test(given) ? resolve(callerDir, given) : given;
if (!name || !spec || extra.length) {
  process.stderr.write(usage);
  process.exit(2);
}

try {
  const result = await newProvider(name, spec, root, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`\n${name} is ready: run \`npm run setup\` and \`npm test\`, then commit the new files and:\n`);
  for (const file of result.edited) process.stdout.write(`  ${file}\n`);
  if (result.review.length) {
    process.stdout.write(
      `\nReview: the document fails these lint rules, relaxed for ${name} only in redocly.yaml.\n` +
        `Correct each in specs/${name}/overlay.yaml (with the evidence), then delete its relaxation:\n`,
    );
    for (const item of result.review) process.stdout.write(`- ${item}\n`);
  }
  if (result.defects.length) {
    process.stdout.write(
      "\nReview: upstream defects found in the document; correct each in the overlay (the finding is its evidence),\n" +
        "then delete its allowlist entry, if it has one:\n",
    );
    for (const item of result.defects) process.stdout.write(`- ${item}\n`);
  }
  if (result.notVendored.length) {
    process.stdout.write("\nReview: not vendored, so not checked against the document:\n");
    for (const item of result.notVendored) process.stdout.write(`- ${item}\n`);
  }
} catch (error) {
  if (!isRefusal(error)) throw error;
  process.stderr.write(`error: ${error.message}\nnothing was changed\n`);
  process.exitCode = 1;
}
