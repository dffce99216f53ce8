// What a downstream team does: install the clients from a registry into a project of its own,
// type-check against them, run them as ESM and CJS on the Node it has, and call the API (a Prism
// mock of the spec the package ships). The registry is a throwaway Verdaccio on loopback holding
// exactly what this test published, so the published packages must be complete on their own.
import { access, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
// The repository's one Prism launcher (loopback, free port, stopped even if this process is killed).
import { type PrismServer, startPrism } from "@image-sdk/image-to-prompt/prism";
import { deriveNames } from "@image-sdk/scripts/repo/provider-names.ts";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import pMap from "p-map";
import { exports as resolveExports } from "resolve.exports";
import semver from "semver";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isolatedEnvironment } from "../src/isolated-environment.ts";
import { type LocalRegistry, startLocalRegistry } from "../src/local-registry.ts";
import { tarInstalledPackage, uploadToRegistry } from "../src/registry-upload.ts";
import { type NodeBinary, repoNode, systemNode } from "../src/system-node.ts";
import {
  findInstalled,
  listRuntimeDependencies,
  type PackedPackage,
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
  described: { provider: string; prompt: string; fileEntry: string };
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
  /** The public packages built on the clients (no openapi.json of their own), e.g. image-to-prompt. */
  let onClients: string[];
  let machineNode: NodeBinary;

  beforeAll(async () => {
    machineNode = await systemNode();
    work = await mkdtemp(join(tmpdir(), "image-sdk-publish-"));
    registry = await startLocalRegistry(join(work, "registry"));
    const tarballs = join(work, "tarballs");
    await mkdir(tarballs);

    // Every public package, packed once for the run by src/global-setup.ts.
    const publicPackages = inject("packedPackages");
    packed = publicPackages;
    clients = [];
    onClients = [];
    for (const pkg of publicPackages) {
      if (await exists(join(pkg.path, "openapi.json"))) clients.push(pkg.manifest.name);
      else if (pkg.manifest.name !== "@image-sdk/core") onClients.push(pkg.manifest.name);
    }

    // No uplinks: every registry package the clients and the consumer's toolchain need is
    // published from what this workspace installed, byte for byte the files npm served it.
    const toolDirs = await Promise.all(consumerTools.map((name) => findInstalled(name, workspaceRoot)));
    const tools = await Promise.all(toolDirs.map(readInstalled));
    const dependencies = await listRuntimeDependencies(
      [...publicPackages.map((pkg) => pkg.path), ...toolDirs],
      new Set(publicPackages.map((pkg) => pkg.manifest.name)),
    );
    // The registry packages (dozens) are tarred and uploaded from this process: an npm pack and an
    // npm publish process each cost a minute or more in all on a busy 2-core machine. This
    // workspace's own packages go through `npm publish`, as a release sends them.
    const concurrency = 4;
    const thirdParty = await pMap([...tools, ...dependencies], (pkg) => tarInstalledPackage(pkg, tarballs), {
      concurrency,
    });
    const target = registry;
    await pMap(thirdParty, (pkg) => uploadToRegistry(target, pkg), { concurrency });
    await pMap(packed, ({ tarball, manifest }) => target.publish(tarball, manifest), { concurrency: 2 });

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
      // Every public package, so each one's entries can be imported (the clients bring core anyway).
      [
        "install",
        ...packed.map(({ manifest }) => manifest.name),
        ...tools.map((tool) => `${tool.name}@${tool.version}`),
        "--registry",
        registry.url,
      ],
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
    // Dozens of packages go through npm pack, npm publish and npm install: minutes on a busy machine.
  }, 900_000);

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

  // The types promise these names; a build that drops a chained `export *` (esbuild did, for
  // @image-sdk/novita/node in ESM) compiles the README's examples and crashes them.
  it.each(["esm", "cjs"] as const)(
    "exports at run time (%s) every value each entry's .d.ts declares, for every exports subpath",
    { timeout: 300_000 },
    async (format) => {
      const entries: Array<{ specifier: string; types: string }> = [];
      for (const { manifest } of packed) {
        for (const subpath of Object.keys((manifest.exports ?? {}) as Record<string, unknown>)) {
          const conditions = { require: format === "cjs", conditions: ["types"] };
          const [types] = resolveExports(manifest, subpath, conditions) ?? [];
          if (!types || !/\.d\.[cm]?ts$/.test(types)) continue; // ./package.json, ./openapi.json
          const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
          entries.push({ specifier, types: join(consumer, "node_modules", manifest.name, types) });
        }
      }
      // One compiler program and one Node process per format for every entry, rather than one
      // of each per entry: dozens of each cost a minute on a busy 2-core machine.
      const declaredByFile = declaredValueNames(entries.map((entry) => entry.types));
      const specifiers = JSON.stringify(entries.map((entry) => entry.specifier));
      const load = format === "esm" ? "await import(specifier)" : "require(specifier)";
      const script = `(async () => {
        const keys = {};
        for (const specifier of ${specifiers}) {
          try { keys[specifier] = Object.keys(${load}); }
          catch (error) { throw new Error(\`loading \${specifier}: \${error.message}\`); }
        }
        console.log(JSON.stringify(keys));
      })().catch((error) => { console.error(error); process.exitCode = 1; });`;
      const args = format === "esm" ? ["--input-type=module", "-e", script] : ["-e", script];
      const actualBySpecifier = JSON.parse(
        await runCommand(repoNode().path, args, { cwd: consumer, env: consumerEnv }),
      ) as Record<string, string[]>;
      const checked: string[] = [];
      const declaredCount = new Map<string, number>();
      for (const { specifier, types } of entries) {
        const declared = declaredByFile.get(types) ?? [];
        const actual = actualBySpecifier[specifier] ?? [];
        const missing = declared.filter((name) => !actual.includes(name));
        expect(missing, `${specifier} (${format}) lacks names its ${types} declares`).toEqual([]);
        checked.push(specifier);
        declaredCount.set(specifier, declared.length);
      }
      // Every public package's entries were looked at, including the providers' subpaths.
      expect(checked).toEqual(expect.arrayContaining(["@image-sdk/core", "@image-sdk/novita/node", ...clients]));
      // An `export *` the compiler could not resolve would declare nothing: the Node entry
      // re-exports all of core, so it must declare more names than core does.
      expect(declaredCount.get("@image-sdk/novita/node")).toBeGreaterThan(declaredCount.get("@image-sdk/core")!);
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
          OTHER_PACKAGES: JSON.stringify(onClients),
          CLIENT_FACTORIES: JSON.stringify(
            Object.fromEntries(clients.map((name) => [name, deriveNames(name.replace(/^@image-sdk\//, "")).factory])),
          ),
        },
      });
      const output = JSON.parse(stdout) as ConsumerOutput;

      const entries = [
        ...[...clients, ...onClients].map((name) => ({ name, subpath: "." })),
        { name: "@image-sdk/image-to-prompt", subpath: "./node" },
      ];
      for (const { name, subpath } of entries) {
        const manifest = packed.find((pkg) => pkg.manifest.name === name)?.manifest;
        const [entry] = resolveExports(manifest ?? {}, subpath, { require: format === "cjs" }) ?? [];
        const specifier = subpath === "." ? name : `${name}/${subpath.slice(2)}`;
        expect(output.entries[specifier], `${specifier} loaded through its ${format} entry`).toBe(
          join(consumer, "node_modules", name, entry ?? ""),
        );
      }
      expect(output.clients).toEqual(Object.fromEntries(clients.map((name) => [name, "function"])));

      const created = await callMock(prism?.url ?? "");
      expect(output.created).toEqual({ status: created.status, data: created.body });
      // describeImage reached the same mock through the published Flamel client.
      expect(output.described).toEqual({
        provider: "flamel",
        prompt: (created.body as { captionPrompt: string }).captionPrompt,
        fileEntry: "function",
      });
      const forbidden = await callMock(prism?.url ?? "", "code=403");
      expect(forbidden.status).toBe(403);
      expect(output.forbidden).toEqual({
        status: forbidden.status,
        errorStatus: forbidden.status,
        errorBody: forbidden.body,
      });
    },
  );

  it("runs the image-to-prompt bin on the machine's Node; --mock without Prism (an optional peer) exits 2 saying what to install", async () => {
    const bin = join(consumer, "node_modules/.bin/image-to-prompt");
    const help = await runCommand(machineNode.path, [bin, "--help"], { cwd: consumer, env: consumerEnv });
    expect(help).toContain("--mock");
    const mock = await runCommand(machineNode.path, [bin, "--mock", "a.png"], { cwd: consumer, env: consumerEnv }).then(
      () => "exit code 0",
      (error: Error) => error.message,
    );
    expect(mock).toContain("exit code 2");
    expect(mock).toContain("npm install --save-dev @stoplight/prism-cli@5.16.0");
  });

  it("runs the MCP server's bin on the machine's Node: the installed SDK's client lists its tools over stdio", async () => {
    const mcp = packed.find(({ manifest }) => /\/mcp$/.test(manifest.name))?.manifest as
      | { name: string; bin?: Record<string, string> }
      | undefined;
    const [binPath] = Object.values(mcp?.bin ?? {});
    expect(binPath).toBeDefined();
    const bin = join(consumer, "node_modules", mcp!.name, binPath!);
    // A downstream agent's side, written against the SDK the server's install brought.
    const script = `
      import { Client } from "@modelcontextprotocol/sdk/client/index.js";
      import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
      const transport = new StdioClientTransport({ command: process.execPath, args: [${JSON.stringify(bin)}] });
      const client = new Client({ name: "consumer", version: "0.0.0" });
      await client.connect(transport);
      const { tools } = await client.listTools();
      const missing = await client.callTool({ name: tools.find((tool) => tool.name !== "describe_image").name, arguments: {} });
      console.log(JSON.stringify({ names: tools.map((tool) => tool.name), missing }));
      await client.close();`;
    const stdout = await runCommand(machineNode.path, ["--input-type=module", "-e", script], {
      cwd: consumer,
      env: consumerEnv,
    });
    const { names, missing } = JSON.parse(stdout) as { names: string[]; missing: { isError?: boolean } };
    expect(names).toContain("describe_image");
    for (const name of clients)
      expect(names.some((tool) => tool.startsWith(`${name.replace(/^@image-sdk\//, "").replace(/-/g, "_")}_`))).toBe(
        true,
      );
    // No key in the consumer's environment: a tool error, not a crash.
    expect(missing.isError).toBe(true);
  });
});

/** The value (not type-only) names each declaration file exports, as the TypeScript checker sees them. */
function declaredValueNames(declarationFiles: readonly string[]): Map<string, string[]> {
  const program = ts.createProgram([...declarationFiles], {
    noEmit: true,
    skipLibCheck: true,
    types: [],
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
  });
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();
  for (const declarationFile of declarationFiles) {
    const source = program.getSourceFile(declarationFile);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${declarationFile}: not a module`);
    const values = checker
      .getExportsOfModule(moduleSymbol)
      .filter((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return (target.flags & ts.SymbolFlags.Value) !== 0;
      })
      .map((symbol) => symbol.name)
      .sort();
    names.set(declarationFile, values);
  }
  return names;
}

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
