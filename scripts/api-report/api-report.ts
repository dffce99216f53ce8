// The API report of the package in the current directory: one `api/<entry>.api.md` per `exports`
// entry that has types, written by API Extractor from the built declarations, so every change to
// what a package exports shows in review as a diff of that file.
//   node ../../scripts/api-report/api-report.ts          rewrite the reports (after a deliberate change)
//   node ../../scripts/api-report/api-report.ts --check  fail, with the diff, if a report is stale
// The check runs in each package's `npm test` (turbo builds the package first).
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";
import { createPatch } from "diff";
import { type TypedEntry, typedEntries } from "./typed-entries.ts";

const check = process.argv.includes("--check");
const quietMessages = new Set<string>([
  "console-preamble",
  "console-compiler-version-notice",
  "console-api-report-not-copied",
  "console-api-report-changed",
  "console-api-report-copied",
  "console-api-report-created",
]);
const packageDir = process.cwd();
const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
const reportFolder = join(packageDir, "api");
await mkdir(reportFolder, { recursive: true });
const tempFolder = await mkdtemp(join(tmpdir(), "api-report-"));
const stale: string[] = [];
const entries = typedEntries(manifest);
/** API Extractor's settings for one entry: its declarations in, its report out. */
function prepare(entry: TypedEntry): ExtractorConfig {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: packageDir,
      // API Extractor's default is CRLF; the repository's text files are LF.
      newlineKind: "lf",
      mainEntryPointFilePath: join(packageDir, entry.types),
      compiler: {
        // The declarations are built; only how to read them matters here.
        overrideTsconfig: {
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2022", "DOM"],
            module: "ESNext",
            moduleResolution: "Bundler",
            strict: true,
            types: [],
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFolder,
        reportTempFolder: tempFolder,
        reportFileName: `${entry.reportName}.api.md`,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Release tags (@public, @beta) are not used here: what is exported is public.
        extractorMessageReporting: {
          "ae-missing-release-tag": { logLevel: ExtractorLogLevel.None },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(packageDir, "package.json"),
  });
}
try {
  // One TypeScript program over every entry's declarations, shared by the entries' runs: each run
  // would otherwise build its own program (the DOM lib included), the bulk of the time.
  const configs = entries.map(prepare);
  const compilerState = CompilerState.create(configs[0]!, {
    additionalEntryPoints: configs.slice(1).map((config) => config.mainEntryPointFilePath),
  });
  for (const [index, entry] of entries.entries()) {
    const reportPath = join(reportFolder, `${entry.reportName}.api.md`);
    const before = await readFile(reportPath, "utf8").catch(() => "");
    const result = Extractor.invoke(configs[index]!, {
      compilerState,
      localBuild: !check,
      messageCallback: (message) => {
        // Notices this script replaces: the compiler version, and "report changed" (by the diff below).
        if (quietMessages.has(message.messageId)) message.handled = true;
      },
    });
    if (check && result.apiReportChanged) {
      const after = await readFile(join(tempFolder, `${entry.reportName}.api.md`), "utf8");
      stale.push(createPatch(relative(packageDir, reportPath), before, after, "committed", "built"));
    } else if (!result.succeeded) {
      throw new Error(`${manifest.name} (${entry.subpath}): API Extractor reported ${result.errorCount} errors`);
    }
  }
} finally {
  await rm(tempFolder, { recursive: true, force: true });
}
if (stale.length > 0) {
  process.stderr.write(
    `${manifest.name}: the public API differs from its committed report. If the change is deliberate, run ` +
      "`pnpm --filter " +
      `${manifest.name} run api-report\` and commit api/.\n${stale.join("\n")}`,
  );
  process.exitCode = 1;
}
