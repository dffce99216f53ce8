// `turbo run build` of the published packages in a repo copy, as CI's build job runs it, with
// turbo's remote cache settings passed the way CI passes them (environment variables), and the
// run summary turbo writes (`--summarize`) read back.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface RemoteCacheSettings {
  api: string;
  token: string;
  team: string;
}

export interface TaskCache {
  taskId: string;
  hash: string;
  /** "HIT" or "MISS". */
  status: string;
  /** Where a hit came from: "LOCAL" or "REMOTE". */
  source?: string;
}

export interface TurboBuild {
  tasks: TaskCache[];
  output: string;
}

interface RunSummary {
  tasks: Array<{ taskId: string; hash: string; cache: { status: string; source?: string } }>;
}

/**
 * The caller's environment without any turbo setting it may carry (a turbo task runs this test),
 * nor a proxy: the cache server is on loopback, which a proxy set for the outside would intercept.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("TURBO_") && !/^(https?|all)_proxy$/i.test(name)),
  );
}

/** Builds the packages `filter` selects (turbo's `--filter` syntax); every package by default. */
export function turboBuild(root: string, cache: RemoteCacheSettings, filter = "./packages/*"): Promise<TurboBuild> {
  const args = ["run", "build", `--filter=${filter}`, "--summarize", "--output-logs=errors-only"];
  const env = {
    ...cleanEnvironment(),
    NO_COLOR: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    REDOCLY_TELEMETRY: "off",
    SCARF_ANALYTICS: "false",
    TURBO_API: cache.api,
    TURBO_TOKEN: cache.token,
    TURBO_TEAM: cache.team,
  };
  return new Promise((resolve, reject) => {
    execFile(
      join(root, "node_modules", ".bin", "turbo"),
      args,
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024 },
      async (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        const summaryPath = /Summary:\s+(\S+\.json)/.exec(output)?.[1];
        if (error || !summaryPath) {
          reject(new Error(`turbo ${args.join(" ")} failed in ${root}:\n${output.slice(-4000)}`));
          return;
        }
        try {
          const summary = JSON.parse(await readFile(summaryPath, "utf8")) as RunSummary;
          const tasks = summary.tasks.map(({ taskId, hash, cache: { status, source } }) => ({
            taskId,
            hash,
            status,
            ...(source === undefined ? {} : { source }),
          }));
          resolve({ tasks: tasks.sort((a, b) => a.taskId.localeCompare(b.taskId)), output });
        } catch (readError) {
          reject(readError);
        }
      },
    );
  });
}
