// One fixture per provider, written as a user writes against the built package, with a marker at
// each hover the issue names and what that hover must show. Type-level narrowing checks sit in the
// same file: its compiler errors fail the test.
import type { ProviderUnderTest } from "./providers.ts";

export interface HoverExpectation {
  label: string;
  /** Texts the hover must contain (names, documented statuses and codes). */
  contains: string[];
  /** Texts it must not contain (an undocumented status, another status's codes, an expansion). */
  excludes: string[];
  maxLength: number;
}

export interface ProviderFixture {
  source: string;
  expectations: HoverExpectation[];
}

/**
 * The most a hover may take besides the documented statuses and codes it must list: a declaration
 * keyword, the name and one or two type names fit in well under 200 characters, while the generic
 * expansions a name replaces run to 800–1,600.
 */
const hoverBudget = 200;

/** How a hover shows an object type it expands instead of naming (`{ a: string }`, or one member a line). */
const expansion = ["{ ", "{\n"];

/** What a list of codes takes in a union: the quotes and the ` | ` between them. */
const unionLength = (codes: readonly string[]) => codes.reduce((sum, code) => sum + code.length + 5, 0);

/** The first HTTP error status the provider does not document. */
function undocumentedStatus(provider: ProviderUnderTest): number {
  for (let status = 400; status < 600; status++) if (!provider.documented.has(String(status))) return status;
  throw new Error(`${provider.names.packageName}: documents every error status`);
}

export function providerFixture(provider: ProviderUnderTest, helpers: readonly string[]): ProviderFixture {
  const { names, documented, operations } = provider;
  const expectations: HoverExpectation[] = [];
  const expect = (label: string, contains: string[], excludes: string[], extra = 0) =>
    expectations.push({ label, contains, excludes, maxLength: hoverBudget + extra });
  const statuses = [...documented.keys()].filter((status) => /^\d+$/.test(status));
  const allCodes = [...new Set([...documented.values()].flat())];
  const undocumented = undocumentedStatus(provider);
  const lines = [
    `import { ${names.factory}, is${names.pascal}ApiError, type ApiError, type ErrorCodes } from "${names.packageName}";`,
    "type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;",
    `const client = ${names.factory}({ apiKey: "key" });`,
  ];

  for (const [index, { method, path, inlineDataLength }] of operations.entries()) {
    const call = `${method} ${path}`;
    lines.push(
      `declare const rawArgs${index}: Parameters<typeof client.${method}<"${path}">>;`,
      `const /*@${call}: result*/result${index} = await client.${method}(...rawArgs${index});`,
      `result${index}./*@${call}: result.data*/data;`,
      `result${index}./*@${call}: result.error*/error;`,
    );
    expect(`${call}: result`, [names.errorType], expansion);
    // The data is the operation's JSON body: named where the document names its schemas, else the
    // inline shape the document writes, which no name can replace.
    expect(`${call}: result.data`, [], [], inlineDataLength);
    expect(`${call}: result.error`, [names.errorType], expansion);
  }
  for (const helper of helpers) {
    lines.push(
      `declare const ${helper}Args: Parameters<typeof client.${helper}>;`,
      `const /*@${helper}()*/${helper}Result = await client.${helper}(...${helper}Args);`,
    );
    // A generated job or page helper returns the document's own body: inline where it is inline.
    const inline = provider.generatedHelperLengths.get(helper) ?? 0;
    expect(`${helper}()`, [], inline ? [] : expansion, inline);
  }

  lines.push(
    "try {",
    `  await Promise.resolve();`,
    "} catch (err) {",
    `  if (is${names.pascal}ApiError(err)) {`,
    "    /*@err*/err;",
    "    err./*@err.status*/status;",
    "    err./*@err.code*/code;",
  );
  expect("err", [names.errorType], expansion);
  expect("err.status", statuses, [String(undocumented)]);
  expect(
    "err.code",
    allCodes.map((code) => JSON.stringify(code)),
    [],
    unionLength(allCodes),
  );
  for (const status of statuses) {
    const codes = documented.get(status) ?? [];
    const others = allCodes.filter((code) => !codes.includes(code));
    lines.push(
      `    if (err.status === ${status}) {`,
      `      err./*@err.code when status is ${status}*/code;`,
      // Narrowing by status leaves exactly the documented member: that status, its codes or any text.
      `      const narrowed${status}: Equal<typeof err, ApiError<${status}, ErrorCodes[${status}] | (string & {})>> = true;`,
      "    }",
    );
    expect(
      `err.code when status is ${status}`,
      codes.map((code) => JSON.stringify(code)),
      others.map((code) => JSON.stringify(code)),
      unionLength(codes),
    );
  }
  lines.push(
    `    if (err.status === ${undocumented}) {`,
    `      const status: Equal<typeof err.status, ${undocumented}> = true;`,
    // An undocumented status carries any code text.
    "      const anyCode: string extends NonNullable<typeof err.code> ? true : false = true;",
    "    }",
    "  }",
    "}",
    "export {};",
  );
  return { source: `${lines.join("\n")}\n`, expectations };
}
