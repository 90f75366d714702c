// @vitest-environment jsdom
// Ley 21.719's paperwork on the Data screen: the data controller's settings,
// the printable documents and the breach log, each against a fake core.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Breach, BreachDraft, Controller, IpcError } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import BreachLog from "./BreachLog.svelte";
import ControllerSettings from "./ControllerSettings.svelte";
import Documents from "./Documents.svelte";

const EMPTY: Controller = { name: "", unit: "", contact: "", address: "", purposes: [], retention: "" };
const MAIPU: Controller = {
  name: "Ilustre Municipalidad de Maipú",
  unit: "DIDECO",
  contact: "datos@ejemplo.cl",
  address: "",
  purposes: ["Registrar la participación en los foros", "Responder lo que plantean los vecinos"],
  retention: "Los contactos se borran tras 24 meses sin participar.",
};

const typeIn = (testid: string, value: string) => fireEvent.input(screen.getByTestId(testid), { target: { value } });
const value = (testid: string) => (screen.getByTestId(testid) as HTMLInputElement).value;
const text = (element: Element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "";

beforeEach(() => localStorage.clear());

describe("the data controller", () => {
  it("shows the Maipú examples as placeholders only, and saves what is typed, one purpose a line", async () => {
    const calls = {
      getController: vi.fn(async () => EMPTY),
      saveController: vi.fn(async (c: Controller) => ({ ...c, name: c.name.trim() })),
    };
    render(ControllerSettings, { backend: fakeBackend(calls) });
    await waitFor(() => expect(calls.getController).toHaveBeenCalled());
    const name = screen.getByTestId("controller-name") as HTMLInputElement;
    expect(name.placeholder).toBe("Ilustre Municipalidad de Maipú");
    expect(name.value, "an example, not an invented fact").toBe("");
    expect((screen.getByTestId("controller-unit") as HTMLInputElement).placeholder).toBe("DIDECO");

    await typeIn("controller-name", " Ilustre Municipalidad de Maipú ");
    await typeIn("controller-unit", "DIDECO");
    await typeIn("controller-contact", "datos@ejemplo.cl");
    await typeIn("controller-purposes", "Registrar la participación en los foros\n\n  Responder lo que plantean los vecinos ");
    await typeIn("controller-retention", "Los contactos se borran tras 24 meses sin participar.");
    await fireEvent.click(screen.getByTestId("controller-save"));
    expect((await screen.findByTestId("controller-notice")).textContent).toBe("Datos del responsable guardados.");
    expect(calls.saveController).toHaveBeenCalledWith({
      name: " Ilustre Municipalidad de Maipú ",
      unit: "DIDECO",
      contact: "datos@ejemplo.cl",
      address: "",
      purposes: ["Registrar la participación en los foros", "Responder lo que plantean los vecinos"],
      retention: "Los contactos se borran tras 24 meses sin participar.",
    });
    expect(value("controller-name"), "the form shows what was stored").toBe("Ilustre Municipalidad de Maipú");
  });

  it("shows what is recorded, and a refusal next to its field", async () => {
    const refusal: IpcError = { code: "invalid", messageKey: "error-too-long", details: { field: "contact", max: "200" } };
    render(ControllerSettings, {
      backend: fakeBackend({ getController: vi.fn(async () => MAIPU), saveController: vi.fn(async () => Promise.reject(refusal)) }),
    });
    await waitFor(() => expect(value("controller-name")).toBe("Ilustre Municipalidad de Maipú"));
    expect(value("controller-purposes")).toBe("Registrar la participación en los foros\nResponder lo que plantean los vecinos");
    await fireEvent.click(screen.getByTestId("controller-save"));
    const error = await screen.findByTestId("field-error");
    expect(error.id).toBe("controller-error-contact");
    expect(screen.getByTestId("controller-contact").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("controller-notice")).toBeNull();
  });
});

describe("the printable documents", () => {
  it("saves each document where asked, on the chosen paper, in the current language", async () => {
    const calls = {
      chooseSavePath: vi.fn(async (_title: string, file: string) => `/home/ana/${file}`),
      exportDocument: vi.fn(async () => {}),
      openPdf: vi.fn(async () => {}),
    };
    render(Documents, { backend: fakeBackend(calls) });
    await fireEvent.change(screen.getByTestId("documents-paper"), { target: { value: "letter" } });
    await fireEvent.click(screen.getByTestId("document-guardian_consent"));
    const notice = await screen.findByTestId("document-notice");
    expect(text(notice)).toContain("Documento guardado en /home/ana/consentimiento-apoderados.pdf");
    expect(calls.chooseSavePath).toHaveBeenCalledWith("Guardar el documento", "consentimiento-apoderados.pdf", "pdf");
    expect(calls.exportDocument).toHaveBeenCalledWith("guardian_consent", "/home/ana/consentimiento-apoderados.pdf", "letter", "es-CL");
    await fireEvent.click(screen.getByTestId("document-open"));
    expect(calls.openPdf).toHaveBeenCalledWith("/home/ana/consentimiento-apoderados.pdf");

    await typeIn("documents-save-to", "/media/usb/aviso.pdf");
    await fireEvent.click(screen.getByTestId("document-privacy_notice"));
    await waitFor(() => expect(calls.exportDocument).toHaveBeenCalledWith("privacy_notice", "/media/usb/aviso.pdf", "letter", "es-CL"));
    expect(calls.chooseSavePath).toHaveBeenCalledTimes(1);
  });

  it("says what the notice still needs when the controller is incomplete", async () => {
    const incomplete: IpcError = { code: "invalid", messageKey: "error-controller-incomplete", details: { field: "contact" } };
    render(Documents, {
      backend: fakeBackend({
        chooseSavePath: vi.fn(async () => "/home/ana/aviso.pdf"),
        exportDocument: vi.fn(async () => Promise.reject(incomplete)),
      }),
    });
    await fireEvent.click(screen.getByTestId("document-privacy_notice"));
    expect((await screen.findByTestId("error-message")).textContent).toBe(
      "Falta el contacto para solicitudes de derechos. Complételo en «Responsable de los datos» antes de imprimir el aviso de privacidad.",
    );
    expect(screen.queryByTestId("document-notice")).toBeNull();
  });
});

const breach = (extra: Partial<Breach> = {}): Breach => ({
  id: "b1",
  foundOn: "2026-12-02",
  whatHappened: "Se perdió la hoja de firmas de la mesa de niñas, niños y adolescentes.",
  whoseData: "Participantes de la mesa",
  peopleAffected: 14,
  dataKinds: "Nombres y edades",
  childrenData: true,
  sensitiveData: false,
  putAtRisk: true,
  actionsTaken: "Se buscó en la plaza.",
  agencyNotifiedOn: null,
  peopleNotifiedOn: null,
  notifiedHow: "",
  recordedAt: "2026-12-02T15:00:00Z",
  agencyNoticeRequired: true,
  peopleNoticeRequired: true,
  ...extra,
});

describe("the breach log", () => {
  it("always says when each person affected must be told, and lists who still must be", async () => {
    const minor = breach({
      id: "b2", foundOn: "2026-11-15", peopleAffected: null, putAtRisk: false, childrenData: false,
      agencyNoticeRequired: false, peopleNoticeRequired: false,
    });
    const told = breach({ id: "b3", foundOn: "2026-10-01", agencyNotifiedOn: "2026-10-02", peopleNotifiedOn: "2026-10-03" });
    render(BreachLog, { backend: fakeBackend({ listBreaches: vi.fn(async () => [breach(), minor, told]) }) });
    const rows = await screen.findAllByTestId("breach-row");
    expect(text(screen.getByTestId("breach-rule"))).toContain("niñas o niños menores de 14 años o datos sensibles");
    expect(rows.map((r) => [...r.querySelectorAll("td")].slice(0, 4).map(text))).toEqual([
      ["02-12-2026", breach().whatHappened, "14", "Falta avisar a la AgenciaFalta avisar a cada persona afectada"],
      ["15-11-2026", breach().whatHappened, "sin saber", "No exigido"],
      ["01-10-2026", breach().whatHappened, "14", "Comunicado"],
    ]);
  });

  it("records an incident as typed and reports what the core says must be done", async () => {
    const listed: Breach[] = [];
    const calls = {
      listBreaches: vi.fn(async () => [...listed]),
      recordBreach: vi.fn(async (draft: BreachDraft) => {
        const made = breach({ whatHappened: draft.whatHappened });
        listed.push(made);
        return made;
      }),
    };
    render(BreachLog, { backend: fakeBackend(calls) });
    expect(await screen.findByText("No hay incidentes registrados.")).toBeTruthy();
    await fireEvent.click(screen.getByTestId("breach-new"));
    expect(screen.getByTestId("breach-form").textContent).toContain("niñas o niños menores de 14 años");
    await typeIn("breach-found-on", "02-12-2026");
    await typeIn("breach-what", "Se perdió la hoja de firmas.");
    await typeIn("breach-whose", "Participantes de la mesa");
    await typeIn("breach-count", "14");
    await typeIn("breach-kinds", "Nombres y edades");
    await fireEvent.click(screen.getByTestId("breach-children"));
    await fireEvent.click(screen.getByTestId("breach-risk"));
    await typeIn("breach-actions", "Se buscó en la plaza.");
    await fireEvent.click(screen.getByTestId("breach-save"));
    const notice = await screen.findByTestId("breach-notice");
    expect([...notice.querySelectorAll("p")].map(text)).toEqual([
      "Incidente guardado.",
      "Este incidente debe comunicarse a la Agencia de Protección de Datos Personales.",
      "Debe comunicarse también a cada persona afectada (o a quien tenga su cuidado).",
    ]);
    expect(calls.recordBreach).toHaveBeenCalledWith({
      foundOn: "02-12-2026", whatHappened: "Se perdió la hoja de firmas.", whoseData: "Participantes de la mesa",
      peopleAffected: "14", dataKinds: "Nombres y edades", childrenData: true, sensitiveData: false, putAtRisk: true,
      actionsTaken: "Se buscó en la plaza.", agencyNotifiedOn: "", peopleNotifiedOn: "", notifiedHow: "",
    });
    expect(screen.queryByTestId("breach-form")).toBeNull();
    expect(await screen.findAllByTestId("breach-row")).toHaveLength(1);
  });

  it("shows a refusal next to its field, corrects an incident and prints its report", async () => {
    const refusal: IpcError = { code: "invalid", messageKey: "error-breach-notice-before-found", details: { field: "agencyNotifiedOn" } };
    const calls = {
      listBreaches: vi.fn(async () => [breach()]),
      updateBreach: vi.fn(async () => Promise.reject(refusal)),
      chooseSavePath: vi.fn(async (_title: string, file: string) => `/home/ana/${file}`),
      exportBreachReport: vi.fn(async () => {}),
    };
    render(BreachLog, { backend: fakeBackend(calls) });
    await fireEvent.click(await screen.findByTestId("breach-edit"));
    expect(value("breach-found-on")).toBe("02-12-2026");
    expect(value("breach-count")).toBe("14");
    await typeIn("breach-agency-on", "01-12-2026");
    await fireEvent.click(screen.getByTestId("breach-save"));
    const error = await screen.findByTestId("field-error");
    expect(error.id).toBe("breach-error-agencyNotifiedOn");
    expect(error.textContent).toBe("La comunicación no puede ser anterior a la fecha en que se detectó el incidente.");
    expect(calls.updateBreach).toHaveBeenCalledWith("b1", expect.objectContaining({ agencyNotifiedOn: "01-12-2026" }));

    await fireEvent.click(screen.getByTestId("breach-print"));
    expect((await screen.findByTestId("breach-notice")).textContent).toBe("Informe guardado en /home/ana/informe-incidente-02-12-2026.pdf");
    expect(calls.exportBreachReport).toHaveBeenCalledWith("b1", "/home/ana/informe-incidente-02-12-2026.pdf", "a4", "es-CL");
  });
});
