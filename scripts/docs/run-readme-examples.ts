// Runs every ```ts block of the READMEs (default: the root one and each packages/*/README.md, or
// the files given) against Prism mocks of the provider documents they import: each block is
// transpiled and run by Node as its own module, with <PREFIX>_BASE_URL pointing at the mock and
// test credentials in <PREFIX>_API_KEY / _USERNAME / _PASSWORD, so an example that throws fails.
// Blocks fenced ```ts no-run (compiled, not run: a browser-only example, a server, a wait that
// Prism's first example never ends) and ```ts no-check are listed, not run.
// Needs the packages built. Exit 1 when any block fails.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ProviderConfig } from "@image-sdk/core/internal";
import { type PrismServer, startPrism } from "@image-sdk/image-to-prompt/prism";
import ts from "typescript";
import { repoRoot } from "../pipeline/provider-spec.ts";
import { prismDocumentFile } from "../repo/escaped-files.ts";
import { listProviders } from "../repo/providers.ts";
import { type CodeBlock, extractTypeScriptBlocks } from "./code-blocks.ts";
import { readmePaths } from "./readme-files.ts";
import { linkWorkspacePackages } from "./type-check-examples.ts";

const blockTimeoutMs = 60_000;
const guard = fileURLToPath(new URL("./loopback-only-fetch.ts", import.meta.url));
/** The files examples read (`./photos/…`), copied into the directory they run in. */
const exampleFiles = fileURLToPath(new URL("./readme-files-fixture/", import.meta.url));

/** The providers a block imports (`@image-sdk/<name>` of the repository model). */
function providersOf(block: CodeBlock, root: string): string[] {
  const names = new Set([...block.code.matchAll(/from\s+["']@image-sdk\/([a-z0-9-]+)/g)].map((match) => match[1]!));
  return listProviders(root)
    .map((provider) => provider.name)
    .filter((name) => names.has(name));
}

function runBlock(path: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", guard, path], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(killed after ${blockTimeoutMs} ms)`;
      child.kill("SIGKILL");
    }, blockTimeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ ok: code === 0, output });
    });
  });
}

export interface RunResult {
  ran: number;
  notRun: CodeBlock[];
  failures: Array<{ block: CodeBlock; output: string }>;
}

export async function runReadmeExamples(files: string[], root = repoRoot): Promise<RunResult> {
  const blocks: CodeBlock[] = [];
  for (const file of files) blocks.push(...extractTypeScriptBlocks(await readFile(file, "utf8"), relative(root, file)));
  const runnable = blocks.filter((block) => block.run);
  const dir = await mkdtemp(join(tmpdir(), "readme-runs-"));
  const result: RunResult = { ran: 0, notRun: blocks.filter((block) => !block.run), failures: [] };
  try {
    await linkWorkspacePackages(dir, root);
    await cp(exampleFiles, dir, { recursive: true });
    // Blocks grouped by the providers they import, so each group's mocks run once and alone.
    const groups = new Map<string, Array<[number, CodeBlock]>>();
    for (const [index, block] of runnable.entries()) {
      const key = providersOf(block, root).join(" ");
      groups.set(key, [...(groups.get(key) ?? []), [index, block]]);
    }
    for (const [key, members] of groups) {
      const providers = key ? key.split(" ") : [];
      const mocks: PrismServer[] = [];
      const env: NodeJS.ProcessEnv = { ...process.env };
      try {
        for (const provider of providers) {
          // A document whose examples or extensions hold a `$ref` (data) is served escaped: Prism would follow it.
          const document = await prismDocumentFile(join(root, "packages", provider, "openapi.json"), dir);
          const mock = await startPrism({ document });
          mocks.push(mock);
          // The variable names the client reads, from its generated configuration.
          const generated = join(root, "packages", provider, "src", "generated", "provider.ts");
          const names = ((await import(pathToFileURL(generated).href)) as { provider: ProviderConfig }).provider.env;
          Object.assign(env, {
            [names.baseUrl]: mock.url,
            [names.apiKey]: "readme-example-key",
            [names.username]: "readme-example-user",
            [names.password]: "readme-example-password",
          });
        }
        for (const [index, block] of members) {
          const path = join(dir, `example-${index + 1}.mjs`);
          const js = ts.transpileModule(`${block.code}\nexport {};\n`, {
            compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
          }).outputText;
          await writeFile(path, js);
          const { ok, output } = await runBlock(path, dir, env);
          result.ran++;
          if (!ok) result.failures.push({ block, output });
        }
      } finally {
        for (const mock of mocks) await mock.stop();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

if (import.meta.main) {
  const files =
    process.argv.length > 2 ? process.argv.slice(2).map((file) => resolve(file)) : await readmePaths(repoRoot);
  const { ran, notRun, failures } = await runReadmeExamples(files);
  for (const { block, output } of failures) {
    process.stderr.write(
      `${block.file}:${block.line}: the example failed when run against its Prism mock:\n${output.trim()}\n\n`,
    );
  }
  for (const block of notRun) process.stdout.write(`not run (no-run / no-check): ${block.file}:${block.line}\n`);
  process.stdout.write(`README examples: ${ran} run against Prism mocks, ${failures.length} failed\n`);
  if (failures.length) process.exitCode = 1;
}
