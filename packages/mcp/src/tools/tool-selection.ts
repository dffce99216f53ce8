// Which tools are exposed: the providers chosen, the tools whose names match a --tools glob, and
// in read-only mode only GET operations and describe_image, unless a tool is named in full
// (a glob never turns on an operation that spends credits or changes something).

/** Which tools the server lists: by provider, by name glob, and read-only. */
export interface ToolSelection {
  /** Provider names; all when undefined. */
  providers?: readonly string[] | undefined;
  /** Globs over tool names (`*`, `?`); all when undefined. */
  tools?: readonly string[] | undefined;
  /** Only GET operations and describe_image, plus any tool `tools` names in full. */
  readOnly?: boolean | undefined;
}

const globPattern = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );

/** Whether a tool of `provider` (undefined for a cross-provider tool) named `name` is exposed. */
export function isSelected(
  selection: ToolSelection,
  name: string,
  provider: string | undefined,
  safe: boolean,
): boolean {
  const { providers, tools, readOnly = false } = selection;
  if (provider !== undefined && providers !== undefined && !providers.includes(provider)) return false;
  const named = tools?.includes(name) ?? false;
  if (readOnly && !safe && !named) return false;
  return tools === undefined || named || tools.some((glob) => globPattern(glob).test(name));
}
