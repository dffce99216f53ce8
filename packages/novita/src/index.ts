// Everything @image-sdk/core exports (error classes, `unwrap`, option types), so one import serves.
export * from "@image-sdk/core";
export { createNovitaClient } from "./client.ts";
export * from "./public-api.ts";
