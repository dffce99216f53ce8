// Path and query parameters in OpenAPI's default styles: path `simple` (arrays and objects as
// comma-separated lists), query `form` with explode (an array repeats its name) and `deepObject`
// for objects (`filter[size]=2`), as openapi-fetch serializes them. Written here rather than taken
// from openapi-fetch: its serializers carry every style and cost browser apps ~0.8 kB gzipped.

const encode = (value: unknown) => encodeURIComponent(String(value));

/** `template` with each `{name}` replaced by its encoded value; a name without a value stays as it is. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) return whole;
    if (Array.isArray(value)) return value.map(encode).join(",");
    if (typeof value === "object") return Object.entries(value).flat().map(encode).join(",");
    return encode(value);
  });
}

/** The query string (without `?`) of `values`; undefined and null values are left out. */
export function serializeQuery(values: Record<string, unknown>): string {
  const pairs: string[] = [];
  const add = (name: string, value: unknown) => {
    if (value !== undefined && value !== null) pairs.push(`${name}=${encode(value)}`);
  };
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) for (const item of value) add(encode(name), item);
    else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) add(`${encode(name)}[${encode(key)}]`, item);
    } else add(encode(name), value);
  }
  return pairs.join("&");
}
