import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";

const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

export interface RedoclyResult {
  ok: boolean;
  output: string;
}

/** Runs the Redocly CLI (pinned in scripts/package.json) with the repo's redocly.yaml. */
export function redocly(args: readonly string[], root: string): Promise<RedoclyResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args, "--config", join(root, "redocly.yaml")],
      {
        cwd: root,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });
}

/** The first `file:line:col` Redocly reports, so a failure names where the problem is. */
export function firstLocation(output: string): string | undefined {
  return /^\[\d+\]\s+(\S+:\d+:\d+)/m.exec(output)?.[1];
}
