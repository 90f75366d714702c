// @vitest-environment jsdom
// The accountability screen: the quarterly meeting pack, earlier packs and
// sign-in sheets, against a fake core.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Backend } from "../lib/api";
import type { ForumKind, ForumSummary, IpcError, Language, PackDraft, PackRecord } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import Pack from "./Pack.svelte";

const forum = (id: string, kind: ForumKind, title: string, startsAt: string): ForumSummary => ({
  id,
  kind,
  title,
  startsAt,
  place: "Sede Pehuén",
  neighbourhoodName: "Pehuén",
  attendeeCount: 12,
});

// As the core lists them: newest first. "Today" is 10-11-2026 (see beforeEach).
const FEBRUARY = forum("q-feb", "quarterly_meeting", "Reunión trimestral de febrero", "2027-02-23T18:30:00");
const NOVEMBER = forum("q-nov", "quarterly_meeting", "Reunión trimestral de noviembre", "2026-11-24T18:30:00");
const PEHUEN = forum("f-pehuen", "co_creation_forum", "Foro Pehuén", "2026-11-20T19:00:00");
const AUGUST = forum("q-aug", "quarterly_meeting", "Reunión trimestral de agosto", "2026-08-25T18:30:00");
const FORUMS = [FEBRUARY, NOVEMBER, PEHUEN, AUGUST];

const EARLIER: PackRecord = {
  id: "p1",
  meetingDate: "2026-08-25",
  place: "Sede Pehuén",
  periodStart: "2026-05-01",
  periodEnd: "2026-07-31",
  language: "es-CL",
  paper: "a4",
  filePath: "/home/ana/packs/pack-25-08-2026.pdf",
  generatedAt: "2026-08-20T15:04:00Z",
};

/** The core's defaults for a meeting on `meetingDate` (dd-mm-aaaa). */
const defaults = (meetingDate: string, language: Language): PackDraft => ({
  meetingTitle: "Reunión trimestral de rendición de cuentas",
  meetingDate,
  place: meetingDate === "25-08-2026" ? "Liceo de Maipú" : "Sede Pehuén",
  agenda: "Bienvenida\nAvance de los compromisos",
  periodStart: meetingDate === "25-08-2026" ? "01-05-2026" : "01-08-2026",
  periodEnd: meetingDate === "25-08-2026" ? "31-07-2026" : "31-10-2026",
  language,
  paper: "a4",
  withContacts: false,
});

function packScreen(overrides: Partial<Backend> = {}, forums: ForumSummary[] = FORUMS) {
  const packs: PackRecord[] = [EARLIER];
  const calls = {
    listForums: vi.fn(async () => forums),
    listPacks: vi.fn(async () => [...packs]),
    packDefaults: vi.fn(async (meetingDate: string, language: Language) => defaults(meetingDate, language)),
    exportPack: vi.fn(async (draft: PackDraft, path: string): Promise<PackRecord> => {
      const made: PackRecord = {
        id: `p${packs.length + 1}`,
        meetingDate: draft.meetingDate.split("-").reverse().join("-"),
        place: draft.place,
        periodStart: "2026-08-01",
        periodEnd: "2026-10-31",
        language: draft.language,
        paper: draft.paper,
        filePath: path,
        generatedAt: "2026-11-10T15:00:00Z",
      };
      packs.unshift(made);
      return made;
    }),
    chooseSavePath: vi.fn(async (): Promise<string | null> => "/home/ana/Escritorio/elegido.pdf"),
    openPdf: vi.fn(async () => {}),
    exportSignInSheet: vi.fn(async () => {}),
    ...overrides,
  };
  render(Pack, { backend: fakeBackend(calls) });
  return calls;
}

const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;
const select = (testid: string) => screen.getByTestId(testid) as HTMLSelectElement;
const typeIn = (testid: string, value: string) => fireEvent.input(screen.getByTestId(testid), { target: { value } });
const loaded = () => waitFor(() => expect(input("pack-date").value).not.toBe(""));

/** A call the test answers when it wants to. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 10, 10, 12, 0));
});
afterEach(() => vi.useRealTimers());

describe("the meeting pack form", () => {
  it("starts on the next quarterly meeting, not the newest, with the core's defaults in the form", async () => {
    const calls = packScreen();
    await loaded();
    expect(calls.packDefaults).toHaveBeenCalledTimes(1);
    expect(calls.packDefaults).toHaveBeenCalledWith("24-11-2026", "es-CL");

    const meeting = select("pack-meeting");
    expect(meeting.value).toBe("q-nov");
    expect([...meeting.options].map((o) => o.textContent?.trim())).toEqual([
      "23-02-2027 18:30 · Reunión trimestral de febrero",
      "24-11-2026 18:30 · Reunión trimestral de noviembre",
      "25-08-2026 18:30 · Reunión trimestral de agosto",
      "Otra fecha",
    ]);
    expect(input("pack-title").value).toBe("Reunión trimestral de rendición de cuentas");
    expect(input("pack-date").value).toBe("24-11-2026");
    expect(input("pack-place").value).toBe("Sede Pehuén");
    expect(input("pack-agenda").value).toBe("Bienvenida\nAvance de los compromisos");
    expect(input("pack-from").value).toBe("01-08-2026");
    expect(input("pack-to").value).toBe("31-10-2026");
    expect(select("pack-paper").value).toBe("a4");
    expect(input("pack-contacts").checked).toBe(false);
    expect(input("pack-open").checked).toBe(true);
    expect(input("pack-save-to").value).toBe("");
  });

  it("lists the earlier packs, and reopens one", async () => {
    const calls = packScreen();
    const row = await screen.findByTestId("pack-row");
    const text = row.textContent?.replace(/\s+/g, " ") ?? "";
    expect(text).toContain("25-08-2026");
    expect(text).toContain("Sede Pehuén");
    expect(text).toContain("del 01-05-2026 al 31-07-2026");
    const reopen = within(row).getByTestId("pack-reopen");
    expect(reopen.getAttribute("aria-label")).toBe("Abrir el pack del 25-08-2026");
    await fireEvent.click(reopen);
    expect(calls.openPdf).toHaveBeenCalledWith("/home/ana/packs/pack-25-08-2026.pdf");
  });

  it("says so when no pack was exported yet", async () => {
    packScreen({ listPacks: vi.fn(async () => []) });
    await loaded();
    expect(screen.getByText("Todavía no se ha exportado ningún pack.")).toBeTruthy();
    expect(screen.queryByTestId("pack-history")).toBeNull();
  });

  it("when every quarterly meeting is past, starts on the latest one", async () => {
    vi.setSystemTime(new Date(2027, 2, 1, 12, 0));
    const calls = packScreen();
    await loaded();
    expect(calls.packDefaults).toHaveBeenCalledWith("23-02-2027", "es-CL");
    expect(select("pack-meeting").value).toBe("q-feb");
  });

  it("with no quarterly meeting recorded, asks the defaults for today under «Otra fecha»", async () => {
    const calls = packScreen({}, [PEHUEN]);
    await loaded();
    expect(calls.packDefaults).toHaveBeenCalledWith("10-11-2026", "es-CL");
    expect(select("pack-meeting").value).toBe("");
    expect(select("pack-meeting").selectedOptions[0].textContent).toBe("Otra fecha");
  });

  it("counts a meeting later today as the next one, by the laptop's clock (not UTC)", async () => {
    vi.stubEnv("TZ", "America/Santiago");
    try {
      // 22:00 on the 24th in Maipú is already the 25th in UTC.
      vi.setSystemTime(new Date(2026, 10, 24, 22, 0));
      expect(new Date().getUTCDate()).toBe(25);
      const calls = packScreen();
      await loaded();
      expect(calls.packDefaults).toHaveBeenCalledWith("24-11-2026", "es-CL");
      expect(select("pack-meeting").value).toBe("q-nov");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("choosing another meeting reloads the defaults for its date", async () => {
    const calls = packScreen();
    await loaded();
    await fireEvent.change(select("pack-meeting"), { target: { value: "q-aug" } });
    await waitFor(() => expect(input("pack-date").value).toBe("25-08-2026"));
    expect(calls.packDefaults).toHaveBeenLastCalledWith("25-08-2026", "es-CL");
    expect(calls.packDefaults).toHaveBeenCalledTimes(2);
    expect(input("pack-place").value).toBe("Liceo de Maipú");
    expect(input("pack-from").value).toBe("01-05-2026");
    expect(input("pack-to").value).toBe("31-07-2026");
  });

  it("under «Otra fecha», a typed meeting date reloads the defaults for that date", async () => {
    const calls = packScreen();
    await loaded();
    await fireEvent.change(select("pack-meeting"), { target: { value: "" } });
    await waitFor(() => expect(calls.packDefaults).toHaveBeenCalledTimes(2));
    expect(calls.packDefaults).toHaveBeenLastCalledWith("24-11-2026", "es-CL");
    await fireEvent.input(input("pack-date"), { target: { value: "15-12-2026" } });
    await fireEvent.change(input("pack-date"));
    await waitFor(() => expect(calls.packDefaults).toHaveBeenLastCalledWith("15-12-2026", "es-CL"));
  });
});

describe("exporting the pack", () => {
  it("to a typed path: no dialog, the draft as edited, a progress status while the PDF is made, then where it went", async () => {
    const pending = later<PackRecord>();
    const exportPack = vi.fn((_draft: PackDraft, _path: string) => pending.promise);
    const calls = packScreen({ exportPack });
    await loaded();
    await typeIn("pack-title", "Rendición de cuentas de noviembre");
    await typeIn("pack-save-to", "  /home/ana/pack-noviembre.pdf  ");
    await fireEvent.click(screen.getByTestId("pack-export"));

    const progress = await screen.findByTestId("pack-progress");
    expect(progress.getAttribute("role")).toBe("status");
    expect(progress.textContent?.trim()).toBe("Preparando el PDF…");
    const button = screen.getByTestId("pack-export") as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(calls.chooseSavePath).not.toHaveBeenCalled();
    expect(exportPack).toHaveBeenCalledTimes(1);
    expect(exportPack).toHaveBeenCalledWith(
      {
        meetingTitle: "Rendición de cuentas de noviembre",
        meetingDate: "24-11-2026",
        place: "Sede Pehuén",
        agenda: "Bienvenida\nAvance de los compromisos",
        periodStart: "01-08-2026",
        periodEnd: "31-10-2026",
        language: "es-CL",
        paper: "a4",
        withContacts: false,
      },
      "/home/ana/pack-noviembre.pdf",
    );
    // A second click while it works does nothing.
    await fireEvent.submit(screen.getByTestId("pack-form"));
    expect(exportPack).toHaveBeenCalledTimes(1);
    expect(calls.listPacks).toHaveBeenCalledTimes(1);

    pending.resolve({ ...EARLIER, id: "p2", meetingDate: "2026-11-24", periodStart: "2026-08-01", periodEnd: "2026-10-31", filePath: "/home/ana/pack-noviembre.pdf" });
    const notice = await screen.findByTestId("pack-notice");
    expect(notice.textContent).toBe("Pack guardado en /home/ana/pack-noviembre.pdf");
    expect(screen.queryByTestId("pack-progress")).toBeNull();
    expect(button.disabled).toBe(false);
    expect(input("pack-save-to").value).toBe("");
    expect(calls.listPacks).toHaveBeenCalledTimes(2);
    expect(calls.openPdf).toHaveBeenCalledWith("/home/ana/pack-noviembre.pdf");
  });

  it("refreshes the list of packs with the new one", async () => {
    const calls = packScreen();
    await loaded();
    expect(screen.getAllByTestId("pack-row")).toHaveLength(1);
    await typeIn("pack-save-to", "/home/ana/pack.pdf");
    await fireEvent.click(screen.getByTestId("pack-export"));
    await waitFor(() => expect(screen.getAllByTestId("pack-row")).toHaveLength(2));
    expect(calls.listPacks).toHaveBeenCalledTimes(2);
    const rows = screen.getAllByTestId("pack-row").map((r) => r.textContent?.replace(/\s+/g, " ") ?? "");
    expect(rows[0]).toContain("24-11-2026");
    expect(rows[0]).toContain("del 01-08-2026 al 31-10-2026");
    expect(rows[1]).toContain("25-08-2026");
  });

  it("with «Guardar en» empty, asks where first, and does not open the PDF when told not to", async () => {
    const calls = packScreen();
    await loaded();
    await fireEvent.click(input("pack-open"));
    expect(input("pack-open").checked).toBe(false);
    await fireEvent.click(screen.getByTestId("pack-export"));
    await waitFor(() => expect(calls.exportPack).toHaveBeenCalledTimes(1));
    expect(calls.chooseSavePath).toHaveBeenCalledWith("Guardar el pack de la reunión", "pack-24-11-2026.pdf", "pdf");
    expect(calls.exportPack).toHaveBeenCalledWith(expect.objectContaining({ meetingDate: "24-11-2026" }), "/home/ana/Escritorio/elegido.pdf");
    expect((await screen.findByTestId("pack-notice")).textContent).toBe("Pack guardado en /home/ana/Escritorio/elegido.pdf");
    expect(calls.openPdf).not.toHaveBeenCalled();
  });

  it("exports nothing when the save dialog is cancelled", async () => {
    const calls = packScreen({ chooseSavePath: vi.fn(async () => null) });
    await loaded();
    await fireEvent.click(screen.getByTestId("pack-export"));
    await waitFor(() => expect(calls.chooseSavePath).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.exportPack).not.toHaveBeenCalled();
    expect(calls.openPdf).not.toHaveBeenCalled();
    expect(screen.queryByTestId("pack-progress")).toBeNull();
    expect(screen.queryByTestId("pack-notice")).toBeNull();
    expect(screen.queryByTestId("error-message")).toBeNull();
  });

  it("shows an error about the period's end next to that field, not in the banner", async () => {
    const invalid: IpcError = { code: "invalid", messageKey: "error-end-before-start", details: { field: "periodEnd" } };
    const calls = packScreen({ exportPack: vi.fn(async () => Promise.reject(invalid)) });
    await loaded();
    await typeIn("pack-to", "01-07-2026");
    await typeIn("pack-save-to", "/home/ana/pack.pdf");
    await fireEvent.click(screen.getByTestId("pack-export"));
    const error = await screen.findByTestId("field-error");
    expect(error.textContent?.trim()).toBe("El término no puede ser anterior al inicio.");
    expect(input("pack-to").getAttribute("aria-describedby")).toBe(error.id);
    expect(input("pack-to").getAttribute("aria-invalid")).toBe("true");
    expect(input("pack-from").getAttribute("aria-invalid")).toBe("false");
    expect(screen.getAllByTestId("field-error")).toHaveLength(1);
    expect(screen.queryByTestId("error-message")).toBeNull();
    expect(screen.queryByTestId("pack-notice")).toBeNull();
    expect((screen.getByTestId("pack-export") as HTMLButtonElement).disabled).toBe(false);
    // What was typed stays, to be corrected.
    expect(input("pack-to").value).toBe("01-07-2026");
    expect(input("pack-save-to").value).toBe("/home/ana/pack.pdf");
    expect(calls.openPdf).not.toHaveBeenCalled();
  });

  it("shows any other error in the banner, translated", async () => {
    const failed: IpcError = { code: "storage", messageKey: "error-pack-write", details: {} };
    packScreen({ exportPack: vi.fn(async () => Promise.reject(failed)) });
    await loaded();
    await typeIn("pack-save-to", "/sin/permiso/pack.pdf");
    await fireEvent.click(screen.getByTestId("pack-export"));
    const banner = await screen.findByTestId("error-message");
    expect(banner.textContent).toBe("No se pudo guardar el PDF. Revise que la carpeta exista y se pueda escribir en ella.");
    expect(screen.queryByTestId("field-error")).toBeNull();
  });

  it("shows an invalid field the form has no place for in the banner", async () => {
    const invalid: IpcError = { code: "invalid", messageKey: "error-too-long", details: { field: "language", max: "200" } };
    packScreen({ exportPack: vi.fn(async () => Promise.reject(invalid)) });
    await loaded();
    await typeIn("pack-save-to", "/home/ana/pack.pdf");
    await fireEvent.click(screen.getByTestId("pack-export"));
    expect((await screen.findByTestId("error-message")).textContent).toBe("Es demasiado largo: como máximo 200 caracteres.");
    expect(screen.queryByTestId("field-error")).toBeNull();
  });
});

describe("the sign-in sheet", () => {
  it("prints the next forum's sheet on A4 in Spanish to a typed path, and opens it", async () => {
    const calls = packScreen();
    await loaded();
    expect(select("sheet-forum").value).toBe("f-pehuen");
    await typeIn("sheet-save-to", "/home/ana/firmas.pdf");
    await fireEvent.click(screen.getByTestId("sheet-export"));
    const notice = await screen.findByTestId("sheet-notice");
    expect(notice.textContent).toBe("Hoja de firmas guardada en /home/ana/firmas.pdf");
    expect(calls.exportSignInSheet).toHaveBeenCalledWith("f-pehuen", "/home/ana/firmas.pdf", "a4", "es-CL");
    expect(calls.chooseSavePath).not.toHaveBeenCalled();
    expect(calls.openPdf).toHaveBeenCalledWith("/home/ana/firmas.pdf");
    expect(input("sheet-save-to").value).toBe("");
  });

  it("for another forum on letter paper, asks where with a name from its date and title", async () => {
    const calls = packScreen();
    await loaded();
    await fireEvent.change(select("sheet-forum"), { target: { value: "q-aug" } });
    await fireEvent.change(select("sheet-paper"), { target: { value: "letter" } });
    await fireEvent.click(input("sheet-open"));
    await fireEvent.click(screen.getByTestId("sheet-export"));
    await screen.findByTestId("sheet-notice");
    expect(calls.chooseSavePath).toHaveBeenCalledWith(
      "Guardar la hoja de firmas",
      "firmas-25-08-2026-Reunión trimestral de agosto.pdf",
      "pdf",
    );
    expect(calls.exportSignInSheet).toHaveBeenCalledWith("q-aug", "/home/ana/Escritorio/elegido.pdf", "letter", "es-CL");
    expect(calls.openPdf).not.toHaveBeenCalled();
    expect(calls.exportPack).not.toHaveBeenCalled();
  });

  it("prints nothing when the dialog is cancelled, and shows the core's error otherwise", async () => {
    const calls = packScreen({
      chooseSavePath: vi.fn(async () => null),
      exportSignInSheet: vi.fn(async () => Promise.reject({ code: "storage", messageKey: "error-pack-write", details: {} })),
    });
    await loaded();
    await fireEvent.click(screen.getByTestId("sheet-export"));
    await waitFor(() => expect(calls.chooseSavePath).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.exportSignInSheet).not.toHaveBeenCalled();

    await typeIn("sheet-save-to", "/sin/permiso/firmas.pdf");
    await fireEvent.click(screen.getByTestId("sheet-export"));
    expect((await screen.findByTestId("error-message")).textContent).toContain("No se pudo guardar el PDF.");
    expect(calls.exportSignInSheet).toHaveBeenCalledWith("f-pehuen", "/sin/permiso/firmas.pdf", "a4", "es-CL");
    expect(screen.queryByTestId("sheet-notice")).toBeNull();
    expect(calls.openPdf).not.toHaveBeenCalled();
  });
});
