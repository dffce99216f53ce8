// Prism's static mock answers every status check of a Freepik task with the document's first
// example, "in progress", so a mocked task would never finish. The mock's fetch asks for the
// document's example of a completed task on status checks (GET), found by its value (a task whose
// status is COMPLETED), not by its name; creating the task still gets the first example.
import { readFileSync } from "node:fs";

type Node = { $ref?: string; [key: string]: unknown };

function completedExampleName(documentPath: string): string {
  const document = JSON.parse(readFileSync(documentPath, "utf8")) as Node;
  const resolve = (node: Node): Node =>
    node.$ref === undefined
      ? node
      : (node.$ref
          .slice(2)
          .split("/")
          .reduce<unknown>(
            (at, key) => (at as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
            document,
          ) as Node);
  for (const pathItem of Object.values((document.paths ?? {}) as Record<string, Node>)) {
    const examples = (pathItem.get as Node | undefined)?.responses as Record<string, Node> | undefined;
    const json = (examples?.["200"]?.content as Record<string, Node> | undefined)?.["application/json"];
    for (const [name, example] of Object.entries((json?.examples ?? {}) as Record<string, Node>)) {
      if ((resolve(example).value as { data?: { status?: unknown } })?.data?.status === "COMPLETED") return name;
    }
  }
  throw new Error(`${documentPath}: no GET example of a COMPLETED task to mock the end of polling with.`);
}

/** A fetch that asks the Freepik mock for a completed task on every status check. */
export function preferCompletedTasks(documentPath: string): typeof fetch {
  const prefer = `example=${completedExampleName(documentPath)}`;
  return (input, init) => {
    const request = new Request(input, init);
    if (request.method === "GET") request.headers.set("Prefer", prefer);
    return fetch(request);
  };
}
