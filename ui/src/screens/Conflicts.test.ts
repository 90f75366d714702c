// @vitest-environment jsdom
// Conflictos: side by side, keep the other value, mark reviewed.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { Review } from "../lib/bindings";
import { canKeepOther } from "../lib/conflicts";
import { fakeBackend } from "../lib/fake-backend";
import Conflicts from "./Conflicts.svelte";

const CLASH: Review = {
  id: "r1",
  table: "person",
  rowId: "p1",
  kind: "same_field",
  label: "Rosa Núñez de B",
  fields: [
    { field: "full_name", thisLaptop: "Rosa Núñez de A", other: "Rosa Núñez de B", kept: "Rosa Núñez de B", clash: true },
    { field: "neighbourhood_id", thisLaptop: "n1", other: "n2", kept: "n2", clash: false },
  ],
  laptop: "l2",
  foundAt: "2026-12-03T12:00:00.000Z",
  reviewed: false,
  keptOther: false,
};
const PARALLEL: Review = {
  ...CLASH,
  id: "r2",
  kind: "parallel",
  label: "Foro en la plaza",
  table: "forum",
  fields: [{ field: "place", thisLaptop: "Sede", other: "Plaza", kept: "Plaza", clash: false }],
};

describe("the conflicts screen", () => {
  it("shows this laptop, the other and the value kept, and keeps the other value on request", async () => {
    const keepOtherValue = vi.fn(async () => ({ ...CLASH, reviewed: true, keptOther: true }));
    render(Conflicts, {
      backend: fakeBackend({ listConflicts: vi.fn(async () => [CLASH, PARALLEL]), keepOtherValue }),
    });
    const cards = await screen.findAllByTestId("conflict");
    expect(cards[0].textContent).toContain("Conflicto");
    expect(cards[0].textContent).toContain("Persona · Rosa Núñez de B");
    const first = screen.getAllByTestId("conflict-field")[0];
    expect(first.textContent).toContain("Nombre");
    expect(first.querySelector("[data-testid=conflict-this]")?.textContent).toBe("Rosa Núñez de A");
    expect(first.querySelector("[data-testid=conflict-kept]")?.textContent).toBe("Rosa Núñez de B");
    expect(screen.getAllByTestId("conflict-field")[1].textContent).toContain("(otro registro)");
    expect(cards[1].textContent).toContain("Actualización paralela");
    expect(cards[1].querySelector("[data-testid=conflict-keep-other]")).toBeNull();
    await fireEvent.click(screen.getAllByTestId("conflict-keep-other")[0]);
    await waitFor(() => expect(screen.getAllByTestId("conflict")).toHaveLength(1));
    expect(keepOtherValue).toHaveBeenCalledWith("r1");
    expect(screen.getByTestId("conflicts-notice").textContent).toContain("ahora vale el otro valor");
  });

  it("knows when keeping the other value would change nothing", () => {
    expect(canKeepOther(CLASH)).toBe(true);
    expect(canKeepOther(PARALLEL)).toBe(false);
    expect(canKeepOther({ ...CLASH, reviewed: true })).toBe(false);
    const deletedHere = { ...PARALLEL, kind: "deleted" as const, fields: [{ field: "deleted_at", thisLaptop: "x", other: null, kept: "x", clash: false }] };
    expect(canKeepOther(deletedHere)).toBe(true);
    expect(canKeepOther({ ...CLASH, fields: CLASH.fields.map((f) => ({ ...f, clash: false })) })).toBe(false);
  });
});
