import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { CommandError, runCommand } from "../../repo/run-command.ts";

const cwd = tmpdir();
const node = (script: string) => [process.execPath, ["-e", script]] as const;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("runCommand", () => {
  it("resolves to the command's stdout", async () => {
    expect(await runCommand(...node("process.stdout.write('hello')"), { cwd })).toBe("hello");
  });

  it("rejects with the command, its folder, exit code and output when it fails", async () => {
    const error = await runCommand(...node("console.log('out'); console.error('err'); process.exit(3)"), { cwd }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).message).toMatch(/ -e console\.log.* \(in .+\) failed: exit code 3\nout\nerr$/s);
  });

  it("stops a command that hangs, within seconds, and says what it waited for and how to set a proxy or CA", async () => {
    const started = Date.now();
    const script = "console.log(process.pid); setInterval(() => {}, 1000)";
    const error = (await runCommand(...node(script), { cwd, timeoutMs: 3_000, waitsFor: "the npm registry" }).then(
      () => undefined,
      (failure: unknown) => failure,
    )) as CommandError;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(CommandError);
    expect(error.timedOut).toBe(true);
    expect(error.message).toContain(`${process.execPath} -e ${script} (in ${cwd}) did not finish within 3 s`);
    expect(error.message).toContain("It was waiting for the npm registry.");
    for (const advice of [
      "HTTPS_PROXY",
      "NO_PROXY",
      "NODE_EXTRA_CA_CERTS",
      "npm config set cafile",
      "globalPassThroughEnv",
    ])
      expect(error.message).toContain(advice);
    const pid = Number(error.stdout.trim());
    expect(error.message).toContain(`Its output until then:\n${pid}`);
    expect(isAlive(pid)).toBe(false);
  });

  it("kills a command that ignores SIGTERM", async () => {
    const script = "process.on('SIGTERM', () => {}); console.log(process.pid); setInterval(() => {}, 1000)";
    const error = (await runCommand(...node(script), { cwd, timeoutMs: 3_000 }).catch(
      (failure) => failure,
    )) as CommandError;
    expect(error.message).toMatch(/did not finish within 3 s and was stopped\.\nIts output/);
    expect(isAlive(Number(error.stdout.trim()))).toBe(false);
  });

  it("returns when the stopped command's own children still hold its output open", async () => {
    const started = Date.now();
    const error = (await runCommand("sh", ["-c", "sleep 20; true"], { cwd, timeoutMs: 300 }).catch(
      (failure) => failure,
    )) as CommandError;
    expect(error.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("names a command that cannot start", async () => {
    await expect(runCommand("no-such-command-here", [], { cwd })).rejects.toThrow(
      `no-such-command-here (in ${cwd}) could not start: spawn no-such-command-here ENOENT`,
    );
  });
});
