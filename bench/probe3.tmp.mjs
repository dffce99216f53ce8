import { build } from "esbuild";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
const [root] = process.argv.slice(2);
const core = { "@image-sdk/core": "packages/core/src/index.ts", "@image-sdk/core/internal": "packages/core/src/internal.ts" };
const plugin = { name: "src", setup(b) {
  b.onResolve({ filter: /^@image-sdk\/core(\/internal)?$/ }, (a) => ({ path: resolve(root, core[a.path]) }));
  b.onResolve({ filter: /^@image-sdk\/flamel$/ }, (a) => ({ path: resolve(root, "packages/flamel/src/index.ts") }));
}};
const r = await build({ stdin: { contents: `import { createFlamelClient as f } from "@image-sdk/flamel"; const c = f({apiKey:"k"}); c.POST("/x", {body:{}}).then(console.log);`, resolveDir: process.cwd(), loader: "js" },
  bundle: true, platform: "browser", format: "esm", target: "es2022", minify: true, write: false, metafile: true, logLevel: "error", plugins: [plugin], nodePaths: [process.cwd()+"/node_modules"] });
const out = Object.values(r.metafile.outputs)[0];
for (const [k,v] of Object.entries(out.inputs).sort()) if (v.bytesInOutput) console.log(v.bytesInOutput, k.replace(/.*packages\//, ""));
console.log("gzip", gzipSync(r.outputFiles[0].contents, {level:9}).length);
