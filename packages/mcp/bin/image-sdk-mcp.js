#!/usr/bin/env node
// The bin is this small file, not dist/cli.js itself: it exists before the first build, so a package
// manager links `image-sdk-mcp` in a fresh clone of the workspace too (pnpm skips a bin whose
// target is missing at install time). The server is built to dist/cli.js.
import "../dist/cli.js";
