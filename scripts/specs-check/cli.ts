// `pnpm specs:check [provider] [--root DIR]`
// Fetches each provider's published OpenAPI document (specs/<provider>/source.yaml `upstream`),
// restricts it to the operations we vendor, and compares it with specs/<provider>/upstream/;
// also lists overlay actions the published documents no longer match.
// Exit 0: no drift; 1: drift; 2: a document could not be fetched or read, or bad usage.
import { processIo } from "../specs-diff/command-io.ts";
import { specsCheck } from "./specs-check-command.ts";

process.exitCode = await specsCheck(process.argv.slice(2), processIo());
