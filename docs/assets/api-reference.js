// Renders the OpenAPI document embedded in the page with Scalar, configured for a site that must
// work offline: no web fonts (Scalar would load them from its CDN), no "try it" client (it would
// send requests to the provider), no telemetry, and no AI agent or MCP generator (Scalar offers
// both on localhost; they are services of Scalar's). Every tag starts open: by default Scalar
// shows only the first tag's operations and folds the other tags (and the webhooks) behind a
// "Show more" button, so a document with several tags would hide most of its operations from a
// reader scrolling the page, from the browser's find, and from tests/docs-site.
const documentText = document.getElementById("api-document").textContent;
globalThis.Scalar.createApiReference("#reference-root", {
  content: documentText,
  defaultOpenAllTags: true,
  withDefaultFonts: false,
  hideClientButton: true,
  hideTestRequestButton: true,
  telemetry: false,
  showDeveloperTools: "never",
  documentDownloadType: "none",
  agent: { disabled: true },
  mcp: { disabled: true },
});
