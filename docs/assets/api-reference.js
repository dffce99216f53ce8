// Renders the OpenAPI document embedded in the page with Scalar, configured for a site that must
// work offline: no web fonts (Scalar would load them from its CDN), no "try it" client (it would
// send requests to the provider), no telemetry, and no AI agent or MCP generator (Scalar offers
// both on localhost; they are services of Scalar's).
const documentText = document.getElementById("api-document").textContent;
globalThis.Scalar.createApiReference("#reference-root", {
  content: documentText,
  withDefaultFonts: false,
  hideClientButton: true,
  hideTestRequestButton: true,
  telemetry: false,
  showDeveloperTools: "never",
  documentDownloadType: "none",
  agent: { disabled: true },
  mcp: { disabled: true },
});
