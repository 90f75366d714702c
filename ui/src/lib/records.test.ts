import { describe, expect, it } from "vitest";
import type { Milestone } from "./bindings";
import { milestoneDraftOf, parseProgress } from "./commitments";
import { filterFor, nextStatuses } from "./feedback";

describe("the feedback list's filters", () => {
  it("waiting means open or forwarded; a status shows only that status", () => {
    expect(filterFor("waiting", null, null)).toEqual({
      commitmentId: null,
      neighbourhoodId: null,
      status: null,
      waitingOnly: true,
    });
    expect(filterFor("all", "c1", "n1")).toEqual({ commitmentId: "c1", neighbourhoodId: "n1", status: null, waitingOnly: false });
    expect(filterFor("answered", null, null)).toMatchObject({ status: "answered", waitingOnly: false });
  });

  it("offer the usual next step first and never the status an item already has", () => {
    expect(nextStatuses("open")[0]).toBe("forwarded");
    expect(nextStatuses("forwarded")[0]).toBe("answered");
    expect(nextStatuses("answered")[0]).toBe("closed");
    expect(nextStatuses("closed")).toEqual(["open"]);
    for (const s of ["open", "forwarded", "answered", "closed"] as const) expect(nextStatuses(s)).not.toContain(s);
  });
});

describe("milestone forms", () => {
  it("start from the milestone with dates typed the Chilean way", () => {
    const m: Milestone = {
      id: "m",
      commitmentId: "c",
      title: "Mesa territorial",
      plannedStart: "2026-03-01",
      plannedEnd: null,
      completion: "limited",
      progress: 30,
      late: false,
      notes: [],
      evidence: [],
    };
    expect(milestoneDraftOf(m)).toEqual({ commitmentId: "c", title: "Mesa territorial", plannedStart: "01-03-2026", plannedEnd: "" });
  });

  it("read the typed progress: empty keeps it, 0 to 100 sets it, anything else is refused", () => {
    expect(parseProgress("")).toBeNull();
    expect(parseProgress("  ")).toBeNull();
    expect(parseProgress("0")).toBe(0);
    expect(parseProgress("75 %")).toBe(75);
    expect(parseProgress("100")).toBe(100);
    expect(parseProgress("101")).toBeUndefined();
    expect(parseProgress("-5")).toBeUndefined();
    expect(parseProgress("5,5")).toBeUndefined();
    expect(parseProgress("mucho")).toBeUndefined();
  });
});
