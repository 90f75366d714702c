import { describe, expect, it, vi } from "vitest";
import { fakeBackend } from "./fake-backend";
import { tellFirstScreenReady } from "./readiness";

describe("the first screen's ready signal", () => {
  it("goes to the core once, after two frames, with the page's clock", async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    const uiReady = vi.fn<(pageMs: number) => Promise<void>>(async () => {});
    const backend = fakeBackend({ uiReady });

    tellFirstScreenReady(backend);
    tellFirstScreenReady(backend); // the list shown again: no second signal
    expect(uiReady).not.toHaveBeenCalled();
    frames.shift()?.(0);
    expect(uiReady).not.toHaveBeenCalled();
    frames.shift()?.(0);
    expect(uiReady).toHaveBeenCalledTimes(1);
    expect(uiReady.mock.calls[0]).toEqual([expect.any(Number)]);
    expect(frames).toHaveLength(0);
    vi.unstubAllGlobals();
  });
});
