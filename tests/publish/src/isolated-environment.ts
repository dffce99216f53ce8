import { join } from "node:path";

/**
 * The environment for npm, and for consumer code, in a test: the caller's minus everything
 * `pnpm test` adds that would reach back into the workspace (npm/pnpm settings, NODE_PATH, which
 * the workspace's node shim points at its store), plus a userconfig and private cache, so what
 * runs depends only on the files the test wrote. Proxy variables go too: every registry a test
 * talks to is on loopback, which a proxy set for the outside would intercept.
 */
export function isolatedEnvironment(
  paths: { userconfig: string; cache: string },
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|node_path$|node_options$|https?_proxy$|all_proxy$)/i.test(name)) env[name] = value;
  }
  return {
    ...env,
    npm_config_userconfig: paths.userconfig,
    npm_config_globalconfig: join(paths.cache, "global-npmrc"),
    npm_config_cache: paths.cache,
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    npm_config_fund: "false",
    ...extra,
  };
}
