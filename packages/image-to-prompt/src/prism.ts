// The `./prism` entry: the repository's one Prism launcher (src/prism/). A file of this name
// because every package builds `dist/<name>.js` from `src/<name>.ts`, which the docs site and the
// API reports rely on to find an export's source.
export * from "./prism/start-prism.ts";
