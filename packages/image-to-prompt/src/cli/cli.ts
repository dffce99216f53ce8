#!/usr/bin/env node
// The image-to-prompt command. Exit codes: 0 every image got a prompt, 1 some failed, 2 usage
// error, 130 interrupted (Ctrl-C; 143 for SIGTERM): in-flight calls are cancelled, mocks stopped.
import { describeImage } from "../node.ts";
import { type CommandLine, parseCommandLine } from "./command-line.ts";
import { describeBatch, type Outcome } from "./describe-batch.ts";
import { type MockServers, MockUnavailableError, startMockServers } from "./mock-servers.ts";
import { outcomeJson, outcomeText } from "./outcome-output.ts";

const exitCodeOfSignal: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

async function run(commandLine: CommandLine, signal: AbortSignal): Promise<Outcome[]> {
  let mocks: MockServers | undefined;
  try {
    if (commandLine.mock) mocks = await startMockServers(commandLine.providers, signal);
    const interactive = process.stdout.isTTY === true && !commandLine.json;
    return await describeBatch(commandLine.images, {
      concurrency: commandLine.concurrency,
      interactive,
      describe: (image, onProgress) =>
        describeImage(image, {
          providers: commandLine.providers,
          signal,
          ...(commandLine.timeout === undefined ? {} : { timeout: commandLine.timeout }),
          ...mocks?.options,
          freepik: {
            ...mocks?.options.freepik,
            ...(commandLine.pollInterval === undefined ? {} : { pollInterval: commandLine.pollInterval }),
          },
          onProgress,
        }),
      onOutcome(outcome) {
        if (signal.aborted) return;
        if (commandLine.json) process.stdout.write(`${outcomeJson(outcome)}\n`);
        else if (!interactive) (outcome.result ? process.stdout : process.stderr).write(`${outcomeText(outcome)}\n`);
      },
    }).then((outcomes) => {
      // The display has ended: now the prompts, in the order the images were given.
      if (interactive && !signal.aborted)
        for (const outcome of outcomes)
          (outcome.result ? process.stdout : process.stderr).write(`${outcomeText(outcome)}\n`);
      return outcomes;
    });
  } finally {
    await mocks?.stop();
  }
}

async function main(): Promise<number> {
  const commandLine = parseCommandLine(process.argv.slice(2));
  if ("exitCode" in commandLine) return commandLine.exitCode;
  const controller = new AbortController();
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl-C does not wait for the cleanup (the exit handler still kills the mocks).
    if (interrupted) process.exit(exitCodeOfSignal[signal]);
    interrupted = signal;
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const outcomes = await run(commandLine, controller.signal);
    if (interrupted) throw controller.signal.reason;
    return outcomes.every((outcome) => outcome.result) ? 0 : 1;
  } catch (error) {
    if (interrupted) {
      process.stderr.write(`image-to-prompt: interrupted (${interrupted}); in-flight requests cancelled.\n`);
      return exitCodeOfSignal[interrupted] ?? 130;
    }
    process.stderr.write(`image-to-prompt: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof MockUnavailableError ? 2 : 1;
  }
}

const exitCode = await main();
// Exit once the output is written; nothing else (keep-alive sockets, timers) may hold the process.
process.stdout.write("", () => process.exit(exitCode));
