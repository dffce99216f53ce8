// The names derived from a provider's directory name (README, "Adding a provider"), on a range of names.
import { describe, expect, it } from "vitest";
import { deriveNames } from "../../repo/provider-names.ts";

describe("deriveNames", () => {
  it("splits on non-alphanumerics and capitalises each part", () => {
    expect(deriveNames("digital-ocean")).toEqual({
      name: "digital-ocean",
      packageName: "@image-sdk/digital-ocean",
      pascal: "DigitalOcean",
      camel: "digitalOcean",
      prefix: "DIGITAL_OCEAN",
      factory: "createDigitalOceanClient",
      clientType: "DigitalOceanClient",
      errorType: "DigitalOceanApiError",
      env: {
        apiKey: "DIGITAL_OCEAN_API_KEY",
        username: "DIGITAL_OCEAN_USERNAME",
        password: "DIGITAL_OCEAN_PASSWORD",
        baseUrl: "DIGITAL_OCEAN_BASE_URL",
      },
    });
  });

  const words = ["a", "flamel", "x2", "open", "ai", "v3", "image", "to", "prompt", "k8s"];
  const names = Array.from({ length: 60 }, (_, seed) =>
    Array.from({ length: 1 + (seed % 4) }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join("-"),
  );

  it.each(names)("%s: identifiers and variable names are well formed and keep every letter", (name) => {
    const names = deriveNames(name);
    expect(names.pascal).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    expect(names.camel).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(names.pascal.toLowerCase()).toBe(name.replace(/-/g, ""));
    expect(names.prefix).toBe(name.toUpperCase().replace(/-/g, "_"));
    expect(names.env.apiKey).toMatch(/^[A-Z][A-Z0-9_]*_API_KEY$/);
    expect(names.factory).toBe(`create${names.pascal}Client`);
  });
});
