// Tells the core, once per page, that the first screen is usable: the forum
// list has rendered its rows and two frames were drawn (the first paints
// them, the second shows the browser is free to answer input). The core logs
// it, and `make bench-startup` times a start by that line. Nothing waits on
// it: the call goes out after the frames and its answer is ignored.
import type { Backend } from "./api";

let told = false;

export function tellFirstScreenReady(backend: Backend): void {
  if (told) return;
  told = true;
  // Test environments without frames have no start to time.
  if (typeof requestAnimationFrame !== "function") return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      backend.uiReady(performance.now()).catch(() => {});
    }),
  );
}
