import { startPrism } from "@image-sdk/image-to-prompt/prism";

const t = Date.now();
try {
  const s = await startPrism({ document: "/tmp/do.json", startTimeoutMs: 240_000 });
  console.log("whole document listening after", Date.now() - t, "ms");
  await s.stop();
} catch (e) {
  console.log("whole document failed after", Date.now() - t, "ms", String(e).slice(0, 200));
}
