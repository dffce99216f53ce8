/**
 * What to tell someone whose command or fetch waited on `remote` in vain: how tools here reach
 * it through a proxy, and through a proxy that re-signs TLS with its own CA.
 */
export function networkAdvice(remote: string): string {
  return [
    `It was waiting for ${remote}. If this machine reaches it through a proxy, set HTTPS_PROXY and HTTP_PROXY`,
    "(and NO_PROXY=127.0.0.1,localhost), or npm's `proxy`/`https-proxy` settings; Node's fetch follows",
    "them with NODE_USE_ENV_PROXY=1. If the proxy re-signs TLS, point NODE_EXTRA_CA_CERTS (and npm's",
    "`cafile`: `npm config set cafile <file>`) at its CA certificate. turbo passes these variables to",
    "tasks only when turbo.json's globalPassThroughEnv names them.",
  ].join("\n");
}
