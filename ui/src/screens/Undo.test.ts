// @vitest-environment jsdom
// Delete with its confirmation and undo; a search result opening its
// feedback item; the merge confirmation side by side; a step's date corrected.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DeletePreview, Deletion, FeedbackItem, MergeSide, SearchResults } from "../lib/bindings";
import { CONFIRM_KEYS, DELETED_KEYS, TAKEN_KEYS, takesText } from "../lib/deletion";
import { fakeBackend } from "../lib/fake-backend";
import { LANGUAGES, setLanguage } from "../lib/i18n.svelte";
import { SOURCES } from "../lib/i18n-sources";
import { dismissUndo } from "../lib/undo.svelte";
import DeleteButton from "./DeleteButton.svelte";
import Feedback from "./Feedback.svelte";
import MergeConfirm from "./MergeConfirm.svelte";
import SearchBox from "./SearchBox.svelte";
import UndoNotice from "./UndoNotice.svelte";

const PREVIEW: DeletePreview = {
  kind: "milestone",
  id: "m1",
  label: "Plan de barrio aprobado",
  takes: [
    { what: "notes", count: 3 },
    { what: "evidence", count: 1 },
  ],
};
const DELETION: Deletion = { kind: "milestone", id: "m1", stamp: "2026-12-02T15:00:00.000Z" };

const ITEM: FeedbackItem = {
  id: "fb1",
  forumId: null,
  forumTitle: null,
  personId: null,
  personName: null,
  text: "Hay un microbasural nuevo detrás de la cancha.",
  neighbourhoodId: "n1",
  neighbourhoodName: "Pehuén",
  commitmentId: null,
  commitmentNumber: null,
  milestoneId: null,
  milestoneTitle: null,
  kind: "concern",
  priority: "medium",
  status: "closed",
  forwardedTo: null,
  answer: null,
  answeredOn: null,
  receivedOn: "2026-08-02",
  ageDays: 120,
  history: [
    { id: "e1", status: "open", happenedOn: "2026-08-02", note: "" },
    { id: "e2", status: "closed", happenedOn: "2026-12-05", note: "" },
  ],
};

const feedbackCalls = {
  listNeighbourhoods: async () => [],
  listCommitments: async () => [],
  commitmentProgress: async () => [],
  listForums: async () => [],
};

beforeEach(() => {
  localStorage.clear();
  setLanguage("es-CL");
  dismissUndo();
});

describe("the words of a delete", () => {
  it("count what goes with the record, with plurals, in both languages", () => {
    expect(takesText(PREVIEW)).toBe("Se eliminarán también 3 notas y 1 archivo.");
    expect(takesText({ ...PREVIEW, takes: [{ what: "sign_ins", count: 1 }] })).toBe("Se eliminarán también 1 asistencia.");
    expect(takesText({ ...PREVIEW, takes: [] })).toBe("No se elimina nada más.");
    setLanguage("en");
    expect(takesText(PREVIEW)).toBe("This also deletes 3 notes and 1 file.");
  });

  it("have every key in both catalogues", () => {
    const keys = [...Object.values(CONFIRM_KEYS), ...Object.values(DELETED_KEYS), ...Object.values(TAKEN_KEYS)];
    for (const language of LANGUAGES) {
      const missing = keys.filter((key) => !new RegExp(`^${key} =`, "m").test(SOURCES[language]));
      expect(missing, language).toEqual([]);
    }
  });
});

describe("delete and undo", () => {
  it("asks first, naming what goes; deletes; then offers Deshacer, which brings it back", async () => {
    const deleteRecord = vi.fn(async () => DELETION);
    const undoDelete = vi.fn(async () => undefined);
    const backend = fakeBackend({ previewDelete: async () => PREVIEW, deleteRecord, undoDelete });
    const deleted = vi.fn();
    const undone = vi.fn();
    render(UndoNotice, { backend });
    render(DeleteButton, { backend, kind: "milestone", id: "m1", deleted, undone });

    await fireEvent.click(screen.getByTestId("delete-milestone"));
    const confirm = await screen.findByTestId("delete-confirm");
    expect(confirm.textContent).toContain("¿Eliminar el hito «Plan de barrio aprobado»?");
    expect(confirm.textContent).toContain("Se eliminarán también 3 notas y 1 archivo.");
    expect(document.activeElement).toBe(screen.getByTestId("delete-yes"));
    expect(deleteRecord).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId("delete-yes"));
    expect(deleteRecord).toHaveBeenCalledWith("milestone", "m1");
    await waitFor(() => expect(deleted).toHaveBeenCalled());
    const notice = await screen.findByTestId("undo-notice");
    expect(notice.textContent).toContain("Se eliminó el hito «Plan de barrio aprobado».");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("undo")), { timeout: 500 });

    await fireEvent.click(screen.getByTestId("undo"));
    expect(undoDelete).toHaveBeenCalledWith(DELETION);
    await waitFor(() => expect(undone).toHaveBeenCalled());
    expect((await screen.findByTestId("undo-done")).textContent).toContain("Se deshizo la eliminación.");
  });

  it("Esc on the confirmation keeps the record and gives focus back to the button", async () => {
    const deleteRecord = vi.fn(async () => DELETION);
    render(DeleteButton, {
      backend: fakeBackend({ previewDelete: async () => PREVIEW, deleteRecord }),
      kind: "milestone",
      id: "m1",
      deleted: vi.fn(),
      undone: vi.fn(),
    });
    await fireEvent.click(screen.getByTestId("delete-milestone"));
    await fireEvent.keyDown(await screen.findByTestId("delete-confirm"), { key: "Escape" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("delete-milestone")));
    expect(deleteRecord).not.toHaveBeenCalled();
  });
});

describe("a feedback search result", () => {
  it("shows barrio, status and date, and opens that item itself", async () => {
    const found: SearchResults = {
      people: [],
      forums: [],
      feedback: [
        { id: "fb1", text: ITEM.text, status: "closed", receivedOn: "2026-08-02", neighbourhoodName: "Pehuén" },
      ],
    };
    const navigate = vi.fn();
    render(SearchBox, { backend: fakeBackend({ searchEverything: async () => found }), navigate });
    await fireEvent.input(screen.getByTestId("global-search"), { target: { value: "microbasural" } });
    const hit = await screen.findByTestId("global-hit");
    expect(hit.textContent).toContain("Opinión · Pehuén · Cerrada · recibida el 02-08-2026");
    await fireEvent.keyDown(screen.getByTestId("global-search"), { key: "Enter" });
    expect(navigate).toHaveBeenCalledWith({ name: "feedback", itemId: "fb1" });
  });

  it("opens Feedback on that item even when it is closed, until all are asked for", async () => {
    const listFeedback = vi.fn(async () => []);
    render(Feedback, {
      backend: fakeBackend({ ...feedbackCalls, getFeedback: async () => ITEM, listFeedback }),
      navigate: vi.fn(),
      itemId: "fb1",
    });
    expect((await screen.findByTestId("feedback-item-text")).textContent).toBe(ITEM.text);
    expect(screen.getByTestId("feedback-item-status").textContent).toContain("Cerrada");
    expect(listFeedback).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("feedback-show-every"));
    await waitFor(() => expect(listFeedback).toHaveBeenCalled());
  });

  it("corrects a step's date, and shows a refusal under the field", async () => {
    const corrected = { ...ITEM, history: [ITEM.history[0], { ...ITEM.history[1], happenedOn: "2026-11-20" }] };
    const correctFeedbackStep = vi
      .fn()
      .mockRejectedValueOnce({ code: "invalid", messageKey: "error-date-in-future", details: { field: "on" } })
      .mockResolvedValueOnce(corrected);
    render(Feedback, {
      backend: fakeBackend({ ...feedbackCalls, getFeedback: async () => ITEM, correctFeedbackStep }),
      navigate: vi.fn(),
      itemId: "fb1",
    });
    const buttons = await screen.findAllByTestId("step-correct");
    await fireEvent.click(buttons[1]);
    const input = screen.getByTestId("step-correct-on") as HTMLInputElement;
    expect(input.value).toBe("05-12-2026");
    await fireEvent.input(input, { target: { value: "06-12-2026" } });
    await fireEvent.click(screen.getByTestId("step-correct-save"));
    expect((await screen.findByTestId("field-error")).textContent).toContain("La fecha del paso no puede ser posterior a hoy");
    await fireEvent.input(input, { target: { value: "20-11-2026" } });
    await fireEvent.click(screen.getByTestId("step-correct-save"));
    expect(correctFeedbackStep).toHaveBeenLastCalledWith("e2", "20-11-2026");
    await waitFor(() => expect(screen.queryByTestId("step-correct-form")).toBeNull());
    expect(screen.getAllByTestId("feedback-event")[1].textContent).toContain("20-11-2026");
  });
});

describe("the merge confirmation", () => {
  it("shows both records side by side", async () => {
    const side = (id: string, rut: string | null, barrio: string | null, forums: number): MergeSide => ({
      id,
      fullName: "Agustín Litre Mañío",
      rut,
      neighbourhoodName: barrio,
      organizationName: id === "a" ? "Junta de Vecinos Pehuén" : null,
      forumsAttended: forums,
      firstSeen: forums ? "2026-03-10" : null,
      lastSeen: forums ? "2026-10-20" : null,
    });
    const confirm = vi.fn();
    render(MergeConfirm, {
      backend: fakeBackend({ mergeSides: async () => [side("a", "12.345.678-5", "Pehuén", 2), side("b", null, null, 0)] }),
      survivor: "a",
      duplicate: "b",
      confirm,
      cancel: vi.fn(),
    });
    const kept = (await screen.findByTestId("merge-survivor")).textContent?.replace(/\s+/g, " ") ?? "";
    for (const part of ["Se conserva", "12.345.678-5", "Pehuén", "Junta de Vecinos Pehuén", "2", "10-03-2026", "20-10-2026"]) {
      expect(kept).toContain(part);
    }
    const other = screen.getByTestId("merge-duplicate").textContent ?? "";
    expect(other).toContain("Se fusiona en la anterior");
    expect(other).toContain("—");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("merge-confirm")));
    await fireEvent.click(screen.getByTestId("merge-confirm"));
    expect(confirm).toHaveBeenCalled();
  });
});
