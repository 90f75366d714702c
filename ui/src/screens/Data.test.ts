// @vitest-environment jsdom
// The Data screen: backups, spreadsheets in and out, and sync files, against
// a fake core.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Backend } from "../lib/api";
import type {
  BackupInfo,
  ForumSummary,
  ImportPlan,
  ImportRow,
  IpcError,
  Matched,
  RetentionCase,
  SyncReport,
} from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import { typedDate } from "../lib/format";
import Data from "./Data.svelte";

const FORUMS: ForumSummary[] = [
  {
    id: "f-nov",
    kind: "co_creation_forum",
    title: "Foro Pehuén",
    startsAt: "2026-11-20T19:00:00",
    place: "Sede Pehuén",
    neighbourhoodName: "Pehuén",
    attendeeCount: 12,
  },
  {
    id: "f-oct",
    kind: "childrens_roundtable",
    title: "Mesa de niñas, niños y adolescentes",
    startsAt: "2026-10-28T11:00:00",
    place: "Plaza Portal del Sol",
    neighbourhoodName: "Portal del Sol",
    attendeeCount: 7,
  },
];

const DIR = "/home/ana/.local/share/grupo-motor/backups";
const backup = (stamp: string, reason: string, size: number): BackupInfo => ({
  path: `${DIR}/grupo-motor-${stamp.replace(/[-:T]/g, "")}-${reason}.db`,
  takenAt: stamp,
  size,
  reason,
});
const BACKUPS: BackupInfo[] = [
  backup("2026-11-24T09:15:00", "daily", 1_258_291),
  backup("2026-11-23T17:40:12", "manual", 860_160),
  backup("2026-11-20T08:00:00", "before-migration", 900),
  backup("2026-11-19T08:00:00", "before-restore", 2048),
  backup("2026-11-18T08:00:00", "weekly", 4096),
];

const row = (line: number, fullName: string, extra: Partial<ImportRow> = {}): ImportRow => ({
  line,
  fullName,
  rut: null,
  neighbourhoodId: null,
  neighbourhoodName: null,
  organizationName: "",
  ageBand: null,
  gender: null,
  genderConsentOn: null,
  anonymous: false,
  role: "neighbour",
  contact: null,
  ...extra,
});
const matched = (r: ImportRow, existing: string): Matched => ({
  row: r,
  existing: { id: `p-${r.line}`, fullName: existing, rut: null, neighbourhoodName: "Pehuén", matchedBy: "name_and_neighbourhood" },
});

const PEOPLE_PLAN: ImportPlan = {
  forumId: null,
  toCreate: [
    row(2, "Rosa Núñez Peumo", { neighbourhoodId: "n1", neighbourhoodName: "Pehuén", rut: "12345678-5" }),
    row(3, "Juan Quillay"),
  ],
  matches: [matched(row(4, "Rosario Quillay"), "Rosario Quillay Soto")],
  alreadyRegistered: [],
  badRows: [{ line: 5, messageKey: "error-rut-check-digit", field: "rut", args: {} }],
  contactsDropped: 2,
  gendersDropped: 0,
  ignoredColumns: ["Observaciones", "Comentario"],
};

/** The Data screen on a core whose every other call fails the test. */
function dataScreen(overrides: Partial<Backend> = {}) {
  const calls = {
    listForums: vi.fn(async () => FORUMS),
    listBackups: vi.fn(async () => BACKUPS),
    retentionReview: vi.fn(async () => [] as RetentionCase[]),
    getController: vi.fn(async () => ({ name: "", unit: "", contact: "", address: "", purposes: [], retention: "" })),
    listBreaches: vi.fn(async () => []),
    ...overrides,
  };
  render(Data, { backend: fakeBackend(calls) });
  return calls;
}

const section = (testid: string) => within(screen.getByTestId(testid));
const typeIn = (testid: string, value: string) => fireEvent.input(screen.getByTestId(testid), { target: { value } });
const text = (element: Element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "";
const settle = () => new Promise((r) => setTimeout(r, 10));

beforeEach(() => localStorage.clear());

describe("the backups", () => {
  it("lists each backup's date, translated reason and size; a reason this version does not know shows as written", async () => {
    dataScreen();
    const rows = await screen.findAllByTestId("backup-row");
    const cells = rows.map((r) => [...r.querySelectorAll("td")].slice(0, 3).map(text));
    expect(cells).toEqual([
      ["24-11-2026 09:15", "Diaria", "1,2 MB"],
      ["23-11-2026 17:40", "Manual", "840 KB"],
      ["20-11-2026 08:00", "Antes de actualizar", "900 B"],
      ["19-11-2026 08:00", "Antes de restaurar", "2 KB"],
      ["18-11-2026 08:00", "weekly", "4 KB"],
    ]);
    expect(within(rows[0]).getByTestId("backup-restore").getAttribute("aria-label")).toBe("Restaurar la copia del 24-11-2026 09:15");
  });

  it("says so when there is none", async () => {
    const calls = dataScreen({ listBackups: vi.fn(async () => []) });
    await waitFor(() => expect(calls.listBackups).toHaveBeenCalled());
    expect(await screen.findByText("Todavía no hay copias de seguridad.")).toBeTruthy();
    expect(screen.queryByTestId("backup-list")).toBeNull();
  });

  it("«Hacer una copia ahora» makes one, says where, and lists it", async () => {
    const made = backup("2026-11-24T10:00:00", "manual", 1_300_000);
    const listed = [BACKUPS];
    const calls = dataScreen({
      listBackups: vi.fn(async () => listed[listed.length - 1]),
      makeBackup: vi.fn(async () => {
        listed.push([made, ...BACKUPS]);
        return made;
      }),
    });
    await screen.findAllByTestId("backup-row");
    await fireEvent.click(screen.getByText("Hacer una copia ahora"));
    const notice = await screen.findByTestId("backup-notice");
    expect(notice.textContent).toBe(`Copia guardada: ${made.path}`);
    expect(calls.makeBackup).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(6));
    expect(calls.listBackups).toHaveBeenCalledTimes(2);
  });

  it("says why a backup could not be made", async () => {
    dataScreen({ makeBackup: vi.fn(async () => Promise.reject({ code: "storage", messageKey: "error-file-access", details: {} })) });
    await screen.findAllByTestId("backup-row");
    await fireEvent.click(screen.getByTestId("backup-now"));
    expect((await section("backups").findByTestId("error-message")).textContent).toBe(
      "No se pudo leer o guardar el archivo. Revise que exista y que la carpeta se pueda usar.",
    );
    expect(screen.queryByTestId("backup-notice")).toBeNull();
  });

  it("restores only after «Sí, restaurar», and says where the state before was kept", async () => {
    const kept = `${DIR}/grupo-motor-20261124101500-before-restore.db`;
    const calls = dataScreen({ restoreBackup: vi.fn(async () => kept) });
    const rows = await screen.findAllByTestId("backup-row");
    await fireEvent.click(within(rows[1]).getByTestId("backup-restore"));

    const question = screen.getByRole("alertdialog");
    expect(text(question)).toContain(
      "¿Volver a la copia del 23-11-2026 17:40? Lo registrado después de esa fecha no estará. Antes se guarda una copia del estado actual.",
    );
    await settle();
    expect(calls.restoreBackup).not.toHaveBeenCalled();

    await fireEvent.click(within(question).getByText("Sí, restaurar"));
    await waitFor(() => expect(calls.restoreBackup).toHaveBeenCalledTimes(1));
    expect(calls.restoreBackup).toHaveBeenCalledWith(BACKUPS[1].path);
    expect((await screen.findByTestId("backup-notice")).textContent).toBe(
      `Copia restaurada. El estado anterior quedó guardado en ${kept}`,
    );
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls.listBackups).toHaveBeenCalledTimes(2);
  });

  it("«Cancelar» leaves everything as it was", async () => {
    const calls = dataScreen({ restoreBackup: vi.fn(async () => null) });
    const rows = await screen.findAllByTestId("backup-row");
    await fireEvent.click(within(rows[0]).getByTestId("backup-restore"));
    await fireEvent.click(within(screen.getByRole("alertdialog")).getByText("Cancelar"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await settle();
    expect(calls.restoreBackup).not.toHaveBeenCalled();
    expect(screen.queryByTestId("backup-notice")).toBeNull();
  });

  it("restores from a typed file, after asking, and says so when there was no state to keep", async () => {
    const calls = dataScreen({ restoreBackup: vi.fn(async () => null), chooseFile: vi.fn(async () => null) });
    await screen.findAllByTestId("backup-row");
    await typeIn("backup-file", "/media/pendrive/copia.db");
    await fireEvent.click(screen.getByTestId("backup-restore-file"));
    const question = await screen.findByRole("alertdialog");
    expect(text(question)).toContain("¿Volver a la copia /media/pendrive/copia.db? Lo registrado después no estará.");
    expect(calls.chooseFile).not.toHaveBeenCalled();
    expect(calls.restoreBackup).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("restore-confirm"));
    expect((await screen.findByTestId("backup-notice")).textContent).toBe("Copia restaurada.");
    expect(calls.restoreBackup).toHaveBeenCalledWith("/media/pendrive/copia.db");
    expect((screen.getByTestId("backup-file") as HTMLInputElement).value).toBe("");
  });

  it("with no file typed, asks for one; cancelling asks nothing more", async () => {
    const calls = dataScreen({ restoreBackup: vi.fn(async () => null), chooseFile: vi.fn(async () => null) });
    await screen.findAllByTestId("backup-row");
    await fireEvent.click(screen.getByTestId("backup-restore-file"));
    await waitFor(() => expect(calls.chooseFile).toHaveBeenCalledWith("Elegir una copia de seguridad"));
    await settle();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls.restoreBackup).not.toHaveBeenCalled();
  });

  it("shows why a restore failed", async () => {
    dataScreen({ restoreBackup: vi.fn(async () => Promise.reject({ code: "invalid", messageKey: "error-not-a-backup", details: {} })) });
    await typeIn("backup-file", "/media/pendrive/foto.jpg");
    await fireEvent.click(screen.getByTestId("backup-restore-file"));
    await fireEvent.click(await screen.findByTestId("restore-confirm"));
    expect((await section("backups").findByTestId("error-message")).textContent).toBe(
      "El archivo elegido no es una copia de seguridad de Grupo Motor, o está dañado.",
    );
    expect(screen.queryByTestId("backup-notice")).toBeNull();
  });
});

describe("importing a spreadsheet", () => {
  it("previews a people file: the summary, the bad rows with their reason, the new and known rows; nothing written yet", async () => {
    const calls = dataScreen({ previewPeopleImport: vi.fn(async () => PEOPLE_PLAN), applyImport: vi.fn() });
    await typeIn("import-file", " /home/ana/personas.csv ");
    await fireEvent.click(screen.getByTestId("import-preview"));
    const plan = await screen.findByTestId("import-plan");
    expect(calls.previewPeopleImport).toHaveBeenCalledWith("/home/ana/personas.csv");
    expect(text(plan)).toContain("Vista previa: todavía no se guardó nada.");
    expect(text(screen.getByTestId("import-summary"))).toBe("2 personas nuevas · una ya registrada · una fila con problemas");
    expect([...screen.getByTestId("import-bad-rows").querySelectorAll("li")].map(text)).toEqual([
      "Línea 5, RUT: El dígito verificador del RUT no corresponde. Revise el número.",
    ]);
    expect([...screen.getByTestId("import-new-rows").querySelectorAll("li")].map(text)).toEqual([
      "Línea 2: Rosa Núñez Peumo · Pehuén",
      "Línea 3: Juan Quillay",
    ]);
    expect([...screen.getByTestId("import-matched-rows").querySelectorAll("li")].map(text)).toEqual([
      "Línea 4: Rosario Quillay → Rosario Quillay Soto",
    ]);
    expect(text(plan)).toContain("Se omitieron el teléfono y el correo de 2 filas que no registran consentimiento.");
    expect(text(plan)).toContain("Columnas que no se usan: Observaciones, Comentario");
    expect(text(screen.getByTestId("import-confirm"))).toBe("Importar 2 filas (se omite una fila con problemas)");
    expect(calls.applyImport).not.toHaveBeenCalled();
  });

  it("confirming imports the very plan previewed, from the same file, and says what it did", async () => {
    const calls = dataScreen({
      previewPeopleImport: vi.fn(async () => structuredClone(PEOPLE_PLAN)),
      applyImport: vi.fn(async () => ({ created: 2, registered: 0, alreadyRegistered: 0, contactsSaved: 0, anonymous: 0 })),
    });
    await typeIn("import-file", "/home/ana/personas.csv");
    await fireEvent.click(screen.getByTestId("import-preview"));
    await fireEvent.click(await screen.findByTestId("import-confirm"));
    const notice = await screen.findByTestId("import-notice");
    expect(notice.textContent).toBe("Importación terminada: 2 personas nuevas, 0 asistencias registradas, 0 ya estaban registradas.");
    expect(calls.applyImport).toHaveBeenCalledTimes(1);
    expect(calls.applyImport).toHaveBeenCalledWith("/home/ana/personas.csv", PEOPLE_PLAN);
    expect(screen.queryByTestId("import-plan")).toBeNull();
    expect((screen.getByTestId("import-file") as HTMLInputElement).value).toBe("");
  });

  it("shows no confirm button when nothing is importable", async () => {
    const nothing: ImportPlan = { ...PEOPLE_PLAN, toCreate: [], badRows: [{ line: 2, messageKey: "error-csv-unknown-neighbourhood", field: "neighbourhood", args: {} }] };
    dataScreen({ previewPeopleImport: vi.fn(async () => nothing), applyImport: vi.fn() });
    await typeIn("import-file", "/home/ana/personas.csv");
    await fireEvent.click(screen.getByTestId("import-preview"));
    const plan = await screen.findByTestId("import-plan");
    expect(text(screen.getByTestId("import-summary"))).toBe("0 personas nuevas · una ya registrada · una fila con problemas");
    expect(text(screen.getByTestId("import-bad-rows"))).toBe("Línea 2, Barrio: El barrio no está en la lista de barrios de Maipú.");
    expect(screen.queryByTestId("import-confirm")).toBeNull();
    expect(text(plan)).toContain("No hay filas que importar.");
  });

  it("an attendance import passes the chosen forum, and counts the known people as importable", async () => {
    const known = matched(row(4, "Rosario Quillay"), "Rosario Quillay Soto");
    const signed = [matched(row(5, "Pedro Peumo"), "Pedro Peumo"), matched(row(6, "Ana Maipo"), "Ana Maipo Díaz")];
    const attendance: ImportPlan = {
      forumId: "f-oct",
      toCreate: [row(2, "Rosa Núñez Peumo"), row(3, "Juan Quillay")],
      matches: [known],
      alreadyRegistered: signed,
      badRows: [],
      contactsDropped: 0,
      gendersDropped: 0,
      ignoredColumns: [],
    };
    const calls = dataScreen({
      previewAttendanceImport: vi.fn(async () => attendance),
      previewPeopleImport: vi.fn(),
      applyImport: vi.fn(async () => ({ created: 2, registered: 3, alreadyRegistered: 2, contactsSaved: 0, anonymous: 0 })),
    });
    await fireEvent.change(screen.getByTestId("import-kind"), { target: { value: "attendance" } });
    const forum = (await screen.findByTestId("import-forum")) as HTMLSelectElement;
    await waitFor(() => expect(forum.value).toBe("f-nov"));
    expect([...forum.options].map((o) => o.textContent)).toEqual([
      "20-11-2026 · Foro Pehuén",
      "28-10-2026 · Mesa de niñas, niños y adolescentes",
    ]);
    await fireEvent.change(forum, { target: { value: "f-oct" } });
    await typeIn("import-file", "/home/ana/asistencia.csv");
    await fireEvent.click(screen.getByTestId("import-preview"));
    await screen.findByTestId("import-plan");
    expect(calls.previewAttendanceImport).toHaveBeenCalledWith("/home/ana/asistencia.csv", "f-oct");
    expect(calls.previewPeopleImport).not.toHaveBeenCalled();
    expect(text(screen.getByTestId("import-summary"))).toBe("2 personas nuevas · una ya registrada · 2 ya firmaron en este foro");
    expect(screen.queryByTestId("import-bad-rows")).toBeNull();
    expect(text(screen.getByTestId("import-confirm"))).toBe("Importar 3 filas");
    await fireEvent.click(screen.getByTestId("import-confirm"));
    expect((await screen.findByTestId("import-notice")).textContent).toBe(
      "Importación terminada: 2 personas nuevas, 3 asistencias registradas, 2 ya estaban registradas.",
    );
    expect(calls.applyImport).toHaveBeenCalledWith("/home/ana/asistencia.csv", attendance);
  });

  it("says «una» for one, counts the rows skipped on the confirm button, and uses the first forum listed by default", async () => {
    const one: ImportPlan = {
      forumId: "f-nov",
      toCreate: [row(2, "Rosa Núñez Peumo")],
      matches: [],
      alreadyRegistered: [matched(row(3, "Pedro Peumo"), "Pedro Peumo")],
      badRows: [
        { line: 4, messageKey: "error-csv-role", field: "role", args: {} },
        { line: 5, messageKey: "error-csv-extra-fields", field: "row", args: {} },
      ],
      contactsDropped: 0,
      gendersDropped: 0,
      ignoredColumns: [],
    };
    const calls = dataScreen({ previewAttendanceImport: vi.fn(async () => one) });
    await fireEvent.change(screen.getByTestId("import-kind"), { target: { value: "attendance" } });
    await typeIn("import-file", "/home/ana/asistencia.csv");
    await fireEvent.click(screen.getByTestId("import-preview"));
    const plan = await screen.findByTestId("import-plan");
    expect(text(screen.getByTestId("import-summary"))).toBe(
      "una persona nueva · 0 ya registradas · una ya firmó en este foro · 2 filas con problemas",
    );
    expect(text(screen.getByTestId("import-confirm"))).toBe("Importar una fila (se omiten 2 filas con problemas)");
    expect(text(plan)).toContain("Línea 3: Pedro Peumo → Pedro Peumo");
    expect(text(plan)).not.toContain("Se omitieron el teléfono");
    expect(text(plan)).not.toContain("Columnas que no se usan");
    expect(calls.previewAttendanceImport).toHaveBeenCalledWith("/home/ana/asistencia.csv", "f-nov");
    expect([...screen.getByTestId("import-bad-rows").querySelectorAll("li")].map(text)).toEqual([
      "Línea 4, Rol: El rol no se reconoce. Escriba vecino, dirigente, funcionario, monitor u observador.",
      "Línea 5, Fila: La fila tiene más celdas que la fila de encabezados.",
    ]);
  });

  it("asks for the file when none is typed, and previews nothing when cancelled", async () => {
    const calls = dataScreen({ chooseFile: vi.fn(async () => null), previewPeopleImport: vi.fn() });
    await fireEvent.click(screen.getByTestId("import-preview"));
    await waitFor(() => expect(calls.chooseFile).toHaveBeenCalledWith("Elegir la planilla"));
    await settle();
    expect(calls.previewPeopleImport).not.toHaveBeenCalled();
    expect(screen.queryByTestId("import-plan")).toBeNull();
  });

  it("shows why a file cannot be previewed", async () => {
    dataScreen({
      previewPeopleImport: vi.fn(async () =>
        Promise.reject({ code: "invalid", messageKey: "error-csv-missing-column", details: { column: "Nombre" } } satisfies IpcError),
      ),
    });
    await typeIn("import-file", "/home/ana/otra.csv");
    await fireEvent.click(screen.getByTestId("import-preview"));
    expect((await section("csv-import").findByTestId("error-message")).textContent).toBe(
      "Falta la columna «Nombre». La primera fila debe nombrar las columnas (Nombre, RUT, Barrio…).",
    );
    expect(screen.queryByTestId("import-plan")).toBeNull();
  });
});

describe("exporting a spreadsheet", () => {
  it("of a period passes the typed dates, no forum, and the language", async () => {
    const calls = dataScreen({
      chooseSavePath: vi.fn(async () => "/home/ana/asistencia-periodo.csv"),
      exportAttendanceCsv: vi.fn(async () => {}),
    });
    await fireEvent.click(screen.getByLabelText("Asistencia de un periodo"));
    await typeIn("export-from", "15-03-2025");
    await typeIn("export-to", "30-06-2025");
    await fireEvent.click(screen.getByTestId("export-csv"));
    const notice = await screen.findByTestId("export-notice");
    expect(notice.textContent).toBe("Planilla guardada en /home/ana/asistencia-periodo.csv");
    expect(calls.chooseSavePath).toHaveBeenCalledWith("Guardar la planilla", "asistencia-periodo.csv", "csv");
    expect(calls.exportAttendanceCsv).toHaveBeenCalledWith("/home/ana/asistencia-periodo.csv", null, "15-03-2025", "30-06-2025", "es-CL");
  });

  it("of people, with contacts when ticked; nothing when the dialog is cancelled", async () => {
    const answers: (string | null)[] = [null, "/home/ana/personas.csv"];
    const calls = dataScreen({
      chooseSavePath: vi.fn(async () => answers.shift() ?? null),
      exportPeopleCsv: vi.fn(async () => {}),
    });
    await fireEvent.click(screen.getByTestId("export-csv"));
    await waitFor(() => expect(calls.chooseSavePath).toHaveBeenCalledTimes(1));
    await settle();
    expect(calls.exportPeopleCsv).not.toHaveBeenCalled();
    expect(screen.queryByTestId("export-notice")).toBeNull();

    await fireEvent.click(screen.getByTestId("export-contacts"));
    await fireEvent.click(screen.getByTestId("export-csv"));
    await screen.findByTestId("export-notice");
    expect(calls.chooseSavePath).toHaveBeenLastCalledWith("Guardar la planilla", "personas.csv", "csv");
    expect(calls.exportPeopleCsv).toHaveBeenCalledWith("/home/ana/personas.csv", true, "es-CL");
  });
});

describe("sync files", () => {
  it("exports for a colleague (the name trimmed) to a typed path, and says how many records", async () => {
    const calls = dataScreen({ syncExport: vi.fn(async () => ({ rows: 42, since: "2026-11-01T12:00:00Z", files: 0, fileBytes: 0 })), chooseSavePath: vi.fn() });
    await typeIn("sync-colleague", "  Marta  ");
    await typeIn("sync-save-to", "/media/pendrive/para-marta.gmsync");
    await fireEvent.click(screen.getByTestId("sync-export"));
    const done = await screen.findByTestId("sync-exported");
    expect(done.textContent).toBe("Se exportaron 42 registros a /media/pendrive/para-marta.gmsync.");
    expect(calls.syncExport).toHaveBeenCalledWith("/media/pendrive/para-marta.gmsync", "Marta");
    expect(calls.chooseSavePath).not.toHaveBeenCalled();
    expect((screen.getByTestId("sync-save-to") as HTMLInputElement).value).toBe("");
  });

  it("with no colleague, exports everything (null), asking where with a dated name", async () => {
    const calls = dataScreen({
      syncExport: vi.fn(async () => ({ rows: 7, since: null, files: 0, fileBytes: 0 })),
      chooseSavePath: vi.fn(async () => "/media/pendrive/todo.gmsync"),
    });
    await typeIn("sync-colleague", "   ");
    await fireEvent.click(screen.getByTestId("sync-export"));
    expect((await screen.findByTestId("sync-exported")).textContent).toBe("Se exportaron 7 registros a /media/pendrive/todo.gmsync.");
    expect(calls.chooseSavePath).toHaveBeenCalledWith(
      "Guardar el archivo de sincronización",
      `grupo-motor-todo-${typedDate(new Date())}.gmsync`,
      "gmsync",
    );
    expect(calls.syncExport).toHaveBeenCalledWith("/media/pendrive/todo.gmsync", null);
  });

  it("imports a file and shows the report and each conflict in a sentence", async () => {
    const report: SyncReport = {
      laptop: "notebook-marta",
      exportedAt: "2026-11-24T20:00:00Z",
      added: 3,
      changed: 2,
      unchanged: 10,
      conflicts: [
        { table: "person", id: "p9", otherId: "p1", kind: "same_rut", kept: "this_laptop", label: "Rosa Núñez Peumo" },
        { table: "attendance", id: "a9", otherId: "a1", kind: "same_link", kept: "file", label: "Foro Pehuén" },
        { table: "person", id: "p8", otherId: null, kind: "erased", kept: "this_laptop", label: "" },
      ],
      filesReceived: 2,
      filesAlreadyHere: 0,
      filesRefused: [{ name: "acta.pdf", reason: "changed" }],
      reviews: [],
    };
    const calls = dataScreen({ syncImport: vi.fn(async () => report), chooseFile: vi.fn() });
    await typeIn("sync-file", "/media/pendrive/de-marta.gmsync");
    await fireEvent.click(screen.getByTestId("sync-import"));
    const shown = await screen.findByTestId("sync-report");
    expect(calls.syncImport).toHaveBeenCalledWith("/media/pendrive/de-marta.gmsync");
    expect(calls.chooseFile).not.toHaveBeenCalled();
    expect(text(shown)).toContain("Sincronización terminada: 3 agregados, 2 actualizados, 10 sin cambios, 3 conflictos.");
    expect(text(shown)).toContain("Conflictos y cómo se resolvieron");
    expect([...screen.getByTestId("sync-conflicts").querySelectorAll("li")].map(text)).toEqual([
      "Rosa Núñez Peumo: dos fichas con el mismo RUT; se mantuvo el de este computador. La otra quedó sin RUT: fusiónelas en Personas.",
      "Foro Pehuén: el mismo registro se hizo en los dos computadores; se tomó el del archivo.",
      "Una persona pidió que se eliminaran sus datos y el archivo trae cambios para ella: la eliminación se mantiene y su nombre no se muestra.",
    ]);
    expect(text(screen.getByTestId("sync-files"))).toBe("Llegaron 2 archivos de evidencia, revisados con su SHA-256.");
    expect(text(screen.getByTestId("sync-files-refused"))).toContain("Se rechazó el archivo de evidencia «acta.pdf»: su contenido no coincide con su SHA-256");
    expect((screen.getByTestId("sync-file") as HTMLInputElement).value).toBe("");
  });

  it("tells the size of the evidence files before exporting, for everyone or for a colleague", async () => {
    const syncExportPlan = vi.fn(async (colleague: string | null) => ({
      rows: colleague ? 12 : 900,
      since: null,
      files: { files: colleague ? 1 : 200, bytes: colleague ? 2048 : 50 * 1024 * 1024, unavailable: colleague ? 0 : 1 },
    }));
    dataScreen({ syncExportPlan });
    await waitFor(() =>
      expect(text(screen.getByTestId("sync-plan"))).toBe(
        "Este archivo llevará 900 registros y 200 archivos de evidencia (50 MB). Un archivo de evidencia registrado no está en este computador (o cambió) y no se enviará.",
      ),
    );
    await typeIn("sync-colleague", "Marta");
    await waitFor(() =>
      expect(text(screen.getByTestId("sync-plan"))).toBe("Este archivo llevará 12 registros y un archivo de evidencia (2 KB)."),
    );
    expect(syncExportPlan).toHaveBeenLastCalledWith("Marta");
  });

  it("a report without conflicts lists none", async () => {
    dataScreen({
      syncImport: vi.fn(async () => ({ laptop: "x", exportedAt: "2026-11-24T20:00:00Z", added: 0, changed: 0, unchanged: 15, conflicts: [], filesReceived: 0, filesAlreadyHere: 0, filesRefused: [], reviews: [] })),
    });
    await typeIn("sync-file", "/media/pendrive/de-marta.gmsync");
    await fireEvent.click(screen.getByTestId("sync-import"));
    expect(text(await screen.findByTestId("sync-report"))).toBe("Sincronización terminada: 0 agregados, 0 actualizados, 15 sin cambios, 0 conflictos.");
    expect(screen.queryByTestId("sync-conflicts")).toBeNull();
  });

  it("shows why a file could not be imported, and imports nothing when the dialog is cancelled", async () => {
    const calls = dataScreen({
      chooseFile: vi.fn(async () => null),
      syncImport: vi.fn(async () => Promise.reject({ code: "invalid", messageKey: "error-sync-truncated", details: {} })),
    });
    await fireEvent.click(screen.getByTestId("sync-import"));
    await waitFor(() => expect(calls.chooseFile).toHaveBeenCalledWith("Elegir el archivo de sincronización"));
    await settle();
    expect(calls.syncImport).not.toHaveBeenCalled();

    await typeIn("sync-file", "/media/pendrive/a-medias.gmsync");
    await fireEvent.click(screen.getByTestId("sync-import"));
    expect((await section("sync").findByTestId("error-message")).textContent).toBe(
      "El archivo de sincronización está incompleto o dañado (¿se copió a medias?). No se cambió nada: pida que lo exporten de nuevo.",
    );
    expect(screen.queryByTestId("sync-report")).toBeNull();
  });
});

describe("retention", () => {
  const CASES: RetentionCase[] = [
    {
      rule: { kind: "contact_details", months: 24 },
      people: [{ id: "p1", fullName: "Rosa Núñez Peumo", lastSeen: "2024-03-01" }],
    },
    { rule: { kind: "attendance_names", years: 5 }, people: [] },
    {
      rule: { kind: "childrens_names", months: 12 },
      people: [{ id: "c1", fullName: "Benito Peumo", lastSeen: "2025-06-01" }],
    },
  ];

  it("lists who passed each period and anonymises only on the second, explicit press", async () => {
    const calls = dataScreen({
      retentionReview: vi.fn(async () => CASES),
      applyRetention: vi.fn(async () => 1),
    });
    const contacts = within(await screen.findByTestId("retention-contact_details"));
    expect(text(contacts.getByTestId("retention-count"))).toBe("1 persona pasó el plazo.");
    expect(text(contacts.getByRole("list"))).toContain("Rosa Núñez Peumo · visto por última vez el 01-03-2024");
    await fireEvent.click(contacts.getByTestId("retention-apply"));
    expect(calls.applyRetention).not.toHaveBeenCalled();
    expect(text(contacts.getByTestId("retention-apply"))).toBe("Confirmar: borrar los contactos de 1 persona");
    await fireEvent.click(contacts.getByTestId("retention-apply"));
    await waitFor(() => expect(calls.applyRetention).toHaveBeenCalledWith({ kind: "contact_details", months: 24 }));
    expect(text(await screen.findByTestId("retention-notice"))).toBe("Se borraron los contactos de 1 persona.");
  });

  it("saves a new period and shows the list it gives", async () => {
    const calls = dataScreen({
      retentionReview: vi.fn(async () => CASES),
      setRetention: vi.fn(async () => CASES),
    });
    const names = within(await screen.findByTestId("retention-attendance_names"));
    await fireEvent.input(names.getByTestId("retention-period"), { target: { value: "3" } });
    await fireEvent.click(names.getByRole("button", { name: "Guardar" }));
    await waitFor(() => expect(calls.setRetention).toHaveBeenCalledWith({ kind: "attendance_names", years: 3 }));
    expect(names.queryByTestId("retention-apply")).toBeNull();

    const children = within(screen.getByTestId("retention-childrens_names"));
    expect(text(children.getByRole("heading"))).toContain("menores de 14 años");
    await fireEvent.input(children.getByTestId("retention-period"), { target: { value: "6" } });
    await fireEvent.click(children.getByRole("button", { name: "Guardar" }));
    await waitFor(() => expect(calls.setRetention).toHaveBeenCalledWith({ kind: "childrens_names", months: 6 }));
    expect(text(children.getByTestId("retention-apply"))).toBe("Anonimizar a estas niñas y niños");
  });
});
