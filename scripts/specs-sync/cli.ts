// `pnpm specs:sync <provider> [--root DIR]`
// Rewrites specs/<provider>/upstream/ from what the provider publishes (restricted to the
// operations in source.yaml, as its docs site serves them) and records each file's hash there,
// regenerates and rebuilds the package, refreshes the API reports it affects, and writes a
// changeset whose bump accounts for the contract change and the public API change.
// Exit 0: synced (or already in sync); 1: files updated but the package failed to regenerate or build;
// 2: a document could not be fetched or read, or bad usage.
import { processIo } from "../specs-diff/command-io.ts";
import { specsSync } from "./specs-sync-command.ts";

process.exitCode = await specsSync(process.argv.slice(2), processIo());
