import { dump } from "js-yaml";

/**
 * The text of a vendored upstream file: YAML as the providers' docs sites serve a single
 * operation (js-yaml's dump, which keeps the published key order, then the blank line the page
 * leaves before its closing fence). A test proves the rule reproduces every vendored file.
 */
export function renderVendored(document: Record<string, unknown>): string {
  return `${dump(document, { noRefs: true })}\n`;
}
