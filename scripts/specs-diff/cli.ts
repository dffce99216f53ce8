// `pnpm specs:diff OLD NEW [--json] [--fail-on breaking|any] [--package DIR | --current-version X] [--typecheck]`
// Lists every change between two OpenAPI documents (files or http(s) URLs), whether it breaks code
// written against OLD, and the semver bump it calls for. Exit 0 unless --fail-on trips (1);
// 2 for bad usage or a document that cannot be read.
import { processIo } from "./command-io.ts";
import { specsDiff } from "./specs-diff-command.ts";

process.exitCode = await specsDiff(process.argv.slice(2), processIo());
