// Core's public API (error classes and guards, `unwrap`, option and result types), so one import serves.
export * from "@image-sdk/core";
export { createNovitaClient } from "./generated/client.ts";
export * from "./public-api.ts";
