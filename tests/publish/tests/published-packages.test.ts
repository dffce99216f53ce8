// What a downstream team does: install the clients from a registry into a project of its own,
// type-check against them, run them as ESM and CJS on the Node it has, and call the API (a Prism
// mock of the spec the package ships). The registry is a throwaway Verdaccio on loopback holding
// exactly what this test published, so the published packages must be complete on their own.
import { access, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
// The contract suite's Prism harness (loopback, free port, stopped even if this process is killed).
import { type PrismServer, startPrism } from "@image-sdk/contract-tests/prism";
import { providerNames } from "@image-sdk/scripts/pipeline/provider-names.ts";
import { exports as resolveExports } from "resolve.exports";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolatedEnvironment } from "../src/isolated-environment.ts";
import { type LocalRegistry, startLocalRegistry } from "../src/local-registry.ts";
import { runCommand } from "../src/run-command.ts";
import { type NodeBinary, repoNode, systemNode } from "../src/system-node.ts";
import {
  findInstalled,
  listPublicPackages,
  listRuntimeDependencies,
  type PackedPackage,
  packInstalledPackage,
  packWorkspacePackage,
  readInstalled,
  workspaceRoot,
} from "../src/workspace-packages.ts";

const fixture = join(import.meta.dirname, "../fixtures/consumer");
/** The consumer's own toolchain, at the versions this repo pins. */
const consumerTools = ["typescript", "@types/node"];
const apiKey = "publish-test-key";
const imageUrl = "https://example.com/cat.png";

interface ConsumerOutput {
  entries: Record<string, string>;
  clients: Record<string, string>;
  created: { status: number; data: unknown };
  forbidden: { status: number; errorStatus: unknown; errorBody: unknown };
}

describe("the published packages, installed by a downstream project", () => {
  let work: string;
  let registry: LocalRegistry | undefined;
  let prism: PrismServer | undefined;
  let consumer: string;
  let consumerEnv: NodeJS.ProcessEnv;
  let packed: PackedPackage[];
  /** The provider clients (public packages that ship an openapi.json). */
  let clients: string[];
  let machineNode: NodeBinary;

  beforeAll(async () => {
    machineNode = await systemNode();
    work = await mkdtemp(join(tmpdir(), "image-sdk-publish-"));
    registry = await startLocalRegistry(join(work, "registry"));
    const tarballs = join(work, "tarballs");
    await mkdir(tarballs);

    const publicPackages = await listPublicPackages();
    packed = [];
    for (const pkg of publicPackages) packed.push(await packWorkspacePackage(pkg.path, tarballs));
    clients = [];
    for (const pkg of publicPackages) {
      if (await exists(join(pkg.path, "openapi.json"))) clients.push(pkg.name);
    }

    // No uplinks: every registry package the clients and the consumer's toolchain need is
    // published from what this workspace installed, byte for byte the files npm served it.
    const toolDirs = await Promise.all(consumerTools.map((name) => findInstalled(name, workspaceRoot)));
    const tools = await Promise.all(toolDirs.map(readInstalled));
    const dependencies = await listRuntimeDependencies(
      [...publicPackages.map((pkg) => pkg.path), ...toolDirs],
      new Set(publicPackages.map((pkg) => pkg.name)),
    );
    const publishEnv = isolatedEnvironment({ userconfig: registry.userconfig, cache: join(work, "npm-cache-publish") });
    const thirdParty = await Promise.all(
      [...tools, ...dependencies].map((pkg) => packInstalledPackage(pkg, tarballs, publishEnv)),
    );
    const target = registry;
    await Promise.all([...thirdParty, ...packed].map(({ tarball, manifest }) => target.publish(tarball, manifest)));

    consumer = join(work, "consumer");
    await cp(fixture, consumer, { recursive: true });
    await writeFile(
      join(consumer, "package.json"),
      `${JSON.stringify({ name: "image-sdk-consumer", private: true }, null, 2)}\n`,
    );
    await writeFile(join(work, "consumer.npmrc"), `registry=${registry.url}\n`);
    consumerEnv = isolatedEnvironment({
      userconfig: join(work, "consumer.npmrc"),
      cache: join(work, "npm-cache-consumer"),
    });
    await runCommand(
      "npm",
      ["install", ...clients, ...tools.map((tool) => `${tool.name}@${tool.version}`), "--registry", registry.url],
      {
        cwd: consumer,
        env: consumerEnv,
      },
    );
    // JavaScript for the run tests; whether it type-checks is a test of its own below.
    await runCommand(process.execPath, [tsc(consumer), "-p", "tsconfig.node16.json", "--noCheck"], {
      cwd: consumer,
      env: consumerEnv,
    });
    prism = await startPrism({ document: join(consumer, "node_modules/@image-sdk/flamel/openapi.json") });
  });

  afterAll(async () => {
    await prism?.stop();
    await registry?.stop();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it("packs workspace: ranges as ranges the published versions satisfy", () => {
    const versions = new Map(packed.map(({ manifest }) => [manifest.name, manifest.version]));
    for (const { manifest } of packed) {
      for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        expect(range, `${manifest.name} depends on ${name}`).not.toMatch(/^workspace:/);
        const version = versions.get(name);
        if (version !== undefined)
          expect(semver.satisfies(version, range), `${name}@${version} satisfies ${manifest.name}'s ${range}`).toBe(
            true,
          );
      }
    }
  });

  it("installs the clients outside the workspace, with every dependency from the local registry", async () => {
    expect(relative(workspaceRoot, consumer).startsWith("..")).toBe(true);
    // npm ls exits non-zero on a missing or invalid dependency anywhere in the tree.
    const tree = JSON.parse(
      await runCommand("npm", ["ls", "--all", "--json"], { cwd: consumer, env: consumerEnv }),
    ) as {
      dependencies: Record<string, { version: string; resolved: string }>;
    };
    for (const name of clients) {
      const published = packed.find(({ manifest }) => manifest.name === name)?.manifest;
      expect(tree.dependencies[name]?.version).toBe(published?.version);
      expect(tree.dependencies[name]?.resolved.startsWith(registry?.url ?? "")).toBe(true);
    }
  });

  it.each(["bundler", "node16"])(
    "type-checks consumer code in strict mode under moduleResolution %s",
    async (resolution) => {
      await runCommand(process.execPath, [tsc(consumer), "-p", `tsconfig.${resolution}.json`, "--noEmit"], {
        cwd: consumer,
        env: consumerEnv,
      });
    },
  );

  it.each([
    { format: "esm", runtime: "machine's" },
    { format: "cjs", runtime: "machine's" },
    { format: "esm", runtime: "repo's" },
    { format: "cjs", runtime: "repo's" },
  ] as const)(
    "runs as $format on the $runtime Node and calls the mock through the published client",
    async ({ format, runtime }) => {
      const node = runtime === "machine's" ? machineNode : repoNode();
      for (const name of clients) {
        const engines = packed.find(({ manifest }) => manifest.name === name)?.manifest.engines?.node ?? "*";
        expect(
          semver.satisfies(node.version, engines),
          `${node.path} ${node.version} is a Node ${name} supports (${engines})`,
        ).toBe(true);
      }
      const script = format === "esm" ? "out/esm.mjs" : "out/cjs.cjs";
      const stdout = await runCommand(node.path, [script], {
        cwd: consumer,
        env: {
          ...consumerEnv,
          MOCK_URL: prism?.url,
          IMAGE_URL: imageUrl,
          FLAMEL_API_KEY: apiKey,
          CLIENT_FACTORIES: JSON.stringify(
            Object.fromEntries(clients.map((name) => [name, providerNames(name.replace(/^@image-sdk\//, "")).factory])),
          ),
        },
      });
      const output = JSON.parse(stdout) as ConsumerOutput;

      for (const name of clients) {
        const manifest = packed.find((pkg) => pkg.manifest.name === name)?.manifest;
        const [entry] = resolveExports(manifest ?? {}, ".", { require: format === "cjs" }) ?? [];
        expect(output.entries[name], `${name} loaded through its ${format} entry`).toBe(
          join(consumer, "node_modules", name, entry ?? ""),
        );
      }
      expect(output.clients).toEqual(Object.fromEntries(clients.map((name) => [name, "function"])));

      const created = await callMock(prism?.url ?? "");
      expect(output.created).toEqual({ status: created.status, data: created.body });
      const forbidden = await callMock(prism?.url ?? "", "code=403");
      expect(forbidden.status).toBe(403);
      expect(output.forbidden).toEqual({
        status: forbidden.status,
        errorStatus: forbidden.status,
        errorBody: forbidden.body,
      });
    },
  );
});

/** The consumer's own TypeScript compiler. */
function tsc(consumerDir: string): string {
  return join(consumerDir, "node_modules/typescript/bin/tsc");
}

/** The request the consumer makes, sent by hand: what the client returns must be what the API said. */
async function callMock(baseUrl: string, prefer?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL("/api/images/imageToPrompt", baseUrl), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": apiKey,
      "accept-language": "en",
      ...(prefer === undefined ? {} : { prefer }),
    },
    body: JSON.stringify({ image: imageUrl }),
  });
  return { status: response.status, body: await response.json() };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
