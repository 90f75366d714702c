// @vitest-environment jsdom
// The sign-in desk, as a leader uses it: keyboard only, against a fake core.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Attendee, AttendanceRole, Forum, IpcError, PaperSheet, PersonDraft, PersonMatch } from "../lib/bindings";
import { fakeBackend } from "../lib/fake-backend";
import SignInDesk from "./SignInDesk.svelte";

const FORUM: Forum = {
  id: "f1",
  kind: "co_creation_forum",
  title: "Foro de prueba Señora Núñez",
  startsAt: "2026-11-24T18:30:00",
  place: "Plaza de Maipú",
  neighbourhoodId: "n-pehuen",
  neighbourhoodName: "Pehuén",
  commitmentIds: [],
  invitation: "open_call",
  agenda: "",
  minutes: "",
};

const person = (id: string, fullName: string, extra: Partial<PersonMatch> = {}): PersonMatch => ({
  id,
  fullName,
  rut: null,
  neighbourhoodName: "Pehuén",
  organizationName: null,
  forumsAttended: 2,
  ...extra,
});

const ROSA = person("p1", "Rosa Núñez Peumo", { rut: "12345678-5", organizationName: "Junta de Vecinos Pehuén" });
const ROSARIO = person("p2", "Rosario Quillay", { neighbourhoodName: "Maipú Centro" });
const PEOPLE = [ROSA, ROSARIO];

/** A core that keeps the forum's attendees in memory. */
function desk(overrides: Record<string, unknown> = {}, paper = false) {
  const attendees: Attendee[] = [];
  let clock = 0;
  const signIn = (personId: string, fullName: string, neighbourhoodName: string | null, role: AttendanceRole) => {
    const attendee: Attendee = {
      attendanceId: `a${++clock}`,
      personId,
      fullName,
      anonymous: false,
      ageBand: null,
      neighbourhoodName,
      organizationName: null,
      role,
      arrivedAt: `2026-11-24T21:${String(clock).padStart(2, "0")}:00Z`,
    };
    attendees.unshift(attendee);
    return attendee;
  };
  const calls = {
    getForum: vi.fn(async () => FORUM),
    listAttendees: vi.fn(async () => [...attendees]),
    listNeighbourhoods: vi.fn(async () => [
      { id: "n-pehuen", name: "Pehuén", sectorCode: null },
      { id: "n-centro", name: "Maipú Centro", sectorCode: null },
    ]),
    listOrganizations: vi.fn(async () => [{ id: "o1", name: "Junta de Vecinos Pehuén", kind: "neighbourhood_council" as const, neighbourhoodId: null }]),
    searchPeople: vi.fn(async (query: string) =>
      PEOPLE.filter((p) => p.fullName.toLowerCase().startsWith(query.trim().toLowerCase())),
    ),
    registerAttendance: vi.fn(async (_forumId: string, personId: string, role: AttendanceRole) => {
      if (attendees.some((a) => a.personId === personId)) {
        throw { code: "already_registered", messageKey: "error-already-registered", details: {} } satisfies IpcError;
      }
      const p = PEOPLE.find((x) => x.id === personId)!;
      return signIn(p.id, p.fullName, p.neighbourhoodName, role);
    }),
    registerNewPerson: vi.fn(async (_forumId: string, draft: PersonDraft, role: AttendanceRole) => {
      if (draft.rut === "12.345.678-4") {
        throw { code: "invalid", messageKey: "error-rut-check-digit", details: { field: "rut" } } satisfies IpcError;
      }
      return signIn(`new-${clock}`, draft.fullName, draft.neighbourhoodId === "n-pehuen" ? "Pehuén" : null, role);
    }),
    removeAttendance: vi.fn(async (attendanceId: string) => {
      attendees.splice(
        attendees.findIndex((a) => a.attendanceId === attendanceId),
        1,
      );
    }),
    ...overrides,
  };
  const navigate = vi.fn();
  render(SignInDesk, { backend: fakeBackend(calls), navigate, forumId: "f1", paper });
  return { calls, navigate, attendees };
}

const searchBox = () => screen.getByTestId("desk-search") as HTMLInputElement;
const typeInSearch = (text: string) => fireEvent.input(searchBox(), { target: { value: text } });
const press = (key: string, extra: Record<string, unknown> = {}) =>
  fireEvent.keyDown(document.activeElement ?? document.body, { key, ...extra });

beforeEach(() => localStorage.clear());

describe("the sign-in desk", () => {
  it("opens with the forum's title, date and place, and the search box focused", async () => {
    desk();
    await waitFor(() => expect(screen.getByTestId("desk-title").textContent).toBe(FORUM.title));
    expect(screen.getByTestId("desk-when").textContent).toContain("24-11-2026 · 18:30 · Plaza de Maipú · Pehuén");
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    expect(screen.getByTestId("attendee-count").textContent).toBe("0 asistentes");
    // Busy until the attendees are in, so that nobody (nor a test) reads a list still loading.
    await waitFor(() => expect(screen.getByTestId("attendees").getAttribute("aria-busy")).toBe("false"));
  });

  it("searches on every keystroke, shows RUT and forums, highlights the first and registers the highlighted on Enter", async () => {
    const { calls } = desk();
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    await typeInSearch("ros");
    const results = await screen.findAllByTestId("desk-result");
    expect(calls.searchPeople).toHaveBeenLastCalledWith("ros", 8);
    expect(results.map((r) => r.querySelector("strong")?.textContent)).toEqual(["Rosa Núñez Peumo", "Rosario Quillay"]);
    expect(results[0].textContent).toContain("12.345.678-5 · Pehuén · Junta de Vecinos Pehuén");
    expect(results[0].textContent).toContain("2 foros");
    expect(results[0].getAttribute("aria-selected")).toBe("true");
    expect(searchBox().getAttribute("aria-activedescendant")).toBe("desk-result-0");

    await press("ArrowDown");
    expect(searchBox().getAttribute("aria-activedescendant")).toBe("desk-result-1");
    expect(screen.getAllByTestId("desk-result")[1].getAttribute("aria-selected")).toBe("true");
    await press("Enter");

    await waitFor(() => expect(screen.getByTestId("attendee-count").textContent).toBe("1 asistente"));
    expect(calls.registerAttendance).toHaveBeenCalledWith("f1", "p2", "neighbour");
    expect(screen.getByTestId("attendee-row").textContent).toContain("Rosario Quillay");
    expect(screen.getByTestId("save-status").textContent).toContain("Guardado");
    expect(searchBox().value).toBe("");
    expect(document.activeElement).toBe(searchBox());
  });

  it("shows the answer to the latest keystroke even when an older one arrives last", async () => {
    const pending: Record<string, (found: PersonMatch[]) => void> = {};
    desk({ searchPeople: vi.fn((query: string) => new Promise((resolve) => (pending[query] = resolve))) });
    await typeInSearch("r");
    await typeInSearch("rosar");
    pending["rosar"]([ROSARIO]);
    await screen.findByText("Rosario Quillay");
    pending["r"]([ROSA, ROSARIO]);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.getAllByTestId("desk-result")).toHaveLength(1);
    expect(screen.getByTestId("desk-result").textContent).toContain("Rosario Quillay");
  });

  it("a child's age band asks for the guardian's consent inline, or signs the child in anonymously (Ley 21.719)", async () => {
    const sent: PersonDraft[] = [];
    const { calls } = desk({
      registerNewPerson: vi.fn(async (_f: string, draft: PersonDraft, role: AttendanceRole) => {
        sent.push(draft);
        const anonymous = draft.ageBand === "child" && !draft.guardian;
        return {
          attendanceId: `a${sent.length}`,
          personId: `p${sent.length}`,
          fullName: anonymous ? "" : draft.fullName,
          anonymous,
          ageBand: draft.ageBand,
          neighbourhoodName: "Pehuén",
          organizationName: null,
          role,
          arrivedAt: "2026-11-24T21:00:00Z",
        } satisfies Attendee;
      }),
    });
    for (const [name, choice] of [["Tomasa Peumo", "consent"], ["Benito Litre", "anonymous"]] as const) {
      await typeInSearch(name);
      await screen.findByTestId("desk-no-match");
      await press("Enter");
      await screen.findByTestId("person-name");
      expect(screen.queryByTestId("guardian-consent")).toBeNull();
      await fireEvent.change(screen.getByTestId("person-age-band"), { target: { value: "child" } });
      await screen.findByTestId("guardian-consent");
      if (choice === "consent") {
        await fireEvent.input(screen.getByTestId("guardian-name"), { target: { value: "Marta Peumo" } });
        await fireEvent.input(screen.getByTestId("guardian-relationship"), { target: { value: "Madre" } });
        expect((screen.getByTestId("guardian-purpose") as HTMLInputElement).value).toBe(
          "Participar en los foros del Gobierno Abierto de Maipú",
        );
      } else {
        await fireEvent.click(screen.getByTestId("guardian-anonymous"));
        expect(screen.getByTestId("guardian-anonymous-help").textContent).toContain("el nombre no se guarda");
      }
      // Enter on the radio saves, keyboard only.
      await fireEvent.keyDown(screen.getByTestId(choice === "consent" ? "guardian-with-consent" : "guardian-anonymous"), {
        key: "Enter",
      });
      await waitFor(() => expect(screen.queryByTestId("person-form")).toBeNull());
    }
    expect(calls.registerNewPerson).toHaveBeenCalledTimes(2);
    expect(sent[0].guardian).toMatchObject({ guardianName: "Marta Peumo", relationship: "Madre", method: "signed_paper" });
    expect(sent[1].guardian).toBeNull();
    const rows = screen.getAllByTestId("attendee-row").map((r) => r.textContent ?? "");
    expect(rows[0]).toContain("Participante anónimo");
    expect(rows[0]).toContain("Niña o niño");
    expect(rows[0]).not.toContain("Benito");
    expect(rows[1]).toContain("Tomasa Peumo");
    expect(screen.getByTestId("save-status").textContent).toContain("participante anónimo");
  });

  it("keeps a gender only when its express consent is ticked", async () => {
    const { calls } = desk();
    await typeInSearch("Ema Boldo");
    await screen.findByTestId("desk-no-match");
    await press("Enter");
    const gender = (await screen.findByTestId("person-gender")) as HTMLSelectElement;
    expect(gender.disabled).toBe(true);
    await fireEvent.click(screen.getByTestId("person-gender-consent"));
    expect(gender.disabled).toBe(false);
    await fireEvent.change(gender, { target: { value: "female" } });
    await fireEvent.submit(screen.getByTestId("person-form"));
    await waitFor(() => expect(calls.registerNewPerson).toHaveBeenCalled());
    const draft = calls.registerNewPerson.mock.calls[0][1] as PersonDraft;
    expect(draft.gender).toBe("female");
    expect(draft.genderConsent?.givenBy).toBe("person");
  });

  it("Escape clears the search", async () => {
    desk();
    await typeInSearch("ros");
    await screen.findAllByTestId("desk-result");
    await press("Escape");
    expect(searchBox().value).toBe("");
    expect(screen.queryAllByTestId("desk-result")).toHaveLength(0);
  });

  it("says so when a person is already registered, and counts them once", async () => {
    desk();
    for (let i = 0; i < 2; i++) {
      await typeInSearch("rosa n");
      await screen.findByTestId("desk-result");
      await waitFor(() => expect(document.activeElement).toBe(searchBox()));
      await press("Enter");
      await waitFor(() => expect(screen.getByTestId("attendee-count").textContent).toBe("1 asistente"));
    }
    const banner = await screen.findByTestId("error-message");
    expect(banner.textContent).toBe("Esta persona ya está registrada en este foro.");
    expect(screen.getAllByTestId("attendee-row")).toHaveLength(1);
    expect(screen.getByTestId("save-status").textContent).not.toContain("Guardado");
  });

  it("with no match, Enter opens the new-person form with the typed name, in the forum's neighbourhood", async () => {
    const { calls } = desk();
    await waitFor(() => expect(screen.getByTestId("desk-title").textContent).toBe(FORUM.title));
    await typeInSearch("Ñuñoa Pérez Ábalos");
    await screen.findByTestId("desk-no-match");
    await press("Enter");

    const name = (await screen.findByTestId("person-name")) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.value).toBe("Ñuñoa Pérez Ábalos");
    expect((screen.getByTestId("person-neighbourhood") as HTMLSelectElement).selectedOptions[0].textContent).toBe("Pehuén");
    expect((screen.getByTestId("person-age-band") as HTMLSelectElement).selectedOptions[0].textContent).toContain("Adulto");
    expect((screen.getByTestId("person-role") as HTMLSelectElement).value).toBe("neighbour");

    // Tab order: exactly the fields, in this order, then the buttons.
    const order = [...screen.getByTestId("person-form").querySelectorAll("input, select, button")].map((e) =>
      e.getAttribute("data-testid"),
    );
    expect(order).toEqual([
      "person-name",
      "person-neighbourhood",
      "person-organization",
      "person-age-band",
      "person-rut",
      "person-gender-consent",
      "person-gender",
      "person-role",
      "person-save",
      "person-cancel",
    ]);

    await fireEvent.submit(screen.getByTestId("person-form"));
    await waitFor(() => expect(screen.getByTestId("attendee-count").textContent).toBe("1 asistente"));
    expect(calls.registerNewPerson).toHaveBeenCalledWith(
      "f1",
      {
        fullName: "Ñuñoa Pérez Ábalos",
        rut: "",
        neighbourhoodId: "n-pehuen",
        organizationName: "",
        ageBand: "adult",
        gender: null,
        guardian: null,
        genderConsent: null,
      },
      "neighbour",
    );
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    expect(screen.queryByTestId("person-form")).toBeNull();
    expect(localStorage.getItem("draft:person:f1")).toBeNull();
  });

  it("shows a wrong RUT next to the RUT field, translated, and keeps what was typed", async () => {
    desk();
    await typeInSearch("José Ñirre");
    await screen.findByTestId("desk-no-match");
    await press("Enter");
    const rut = (await screen.findByTestId("person-rut")) as HTMLInputElement;
    await fireEvent.input(rut, { target: { value: "12.345.678-4" } });
    await fireEvent.submit(screen.getByTestId("person-form"));

    const error = await screen.findByTestId("field-error");
    expect(error.textContent).toBe("El dígito verificador del RUT no corresponde. Revise el número.");
    expect(error.id).toBe(rut.getAttribute("aria-describedby"));
    expect(rut.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByTestId("error-message")).toBeNull();
    expect((screen.getByTestId("person-name") as HTMLInputElement).value).toBe("José Ñirre");
    await waitFor(() => expect(document.activeElement).toBe(rut));
  });

  it("keeps a half-typed new person if the app closes, and Escape discards it", async () => {
    const first = desk();
    await typeInSearch("Ana");
    await screen.findByTestId("desk-no-match");
    await press("Enter");
    await fireEvent.input(await screen.findByTestId("person-organization"), { target: { value: "Club Adulto Mayor" } });
    expect(JSON.parse(localStorage.getItem("draft:person:f1") ?? "{}")).toMatchObject({
      fullName: "Ana",
      organizationName: "Club Adulto Mayor",
    });
    void first;

    document.body.innerHTML = "";
    desk();
    const name = (await screen.findByTestId("person-name")) as HTMLInputElement;
    expect(name.value).toBe("Ana");
    expect((screen.getByTestId("person-organization") as HTMLInputElement).value).toBe("Club Adulto Mayor");

    await fireEvent.keyDown(name, { key: "Escape" });
    await screen.findByTestId("desk-search");
    expect(localStorage.getItem("draft:person:f1")).toBeNull();
  });

  it("Ctrl+Enter opens the form even when someone matches", async () => {
    desk();
    await typeInSearch("Rosa");
    await screen.findAllByTestId("desk-result");
    await press("Enter", { ctrlKey: true });
    expect(((await screen.findByTestId("person-name")) as HTMLInputElement).value).toBe("Rosa");
  });

  it("removes an attendee only after a yes, and Escape keeps them", async () => {
    const { calls } = desk();
    await typeInSearch("rosa n");
    await screen.findByTestId("desk-result");
    await press("Enter");
    await waitFor(() => expect(screen.getAllByTestId("attendee-row")).toHaveLength(1));

    await fireEvent.click(screen.getByTestId("remove-attendee"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("remove-yes")));
    expect(screen.getByTestId("attendee-row").textContent).toContain("¿Quitar a Rosa Núñez Peumo?");
    await fireEvent.keyDown(screen.getByTestId("remove-yes"), { key: "Escape" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("remove-attendee")));
    expect(calls.removeAttendance).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId("remove-attendee"));
    await fireEvent.click(await screen.findByTestId("remove-yes"));
    await waitFor(() => expect(screen.queryAllByTestId("attendee-row")).toHaveLength(0));
    expect(calls.removeAttendance).toHaveBeenCalledWith("a1");
    expect(screen.getByTestId("attendee-count").textContent).toBe("0 asistentes");
  });

  it("draws attendance by neighbourhood from the list", async () => {
    desk();
    for (const query of ["rosa", "rosar"]) {
      await typeInSearch(query);
      await screen.findAllByTestId("desk-result");
      await press("Enter");
      await waitFor(() => expect(searchBox().value).toBe(""));
    }
    await waitFor(() => expect(screen.getAllByTestId("attendee-row")).toHaveLength(2));
    const bars = [...document.querySelectorAll(".bars li")].map((li) => li.textContent?.replace(/\s+/g, " ").trim());
    expect(bars).toEqual(["Maipú Centro 1", "Pehuén 1"]);
  });

  it("in paper mode ticks a person by the code printed beside the name, and types a blank row as a new person", async () => {
    const sheet: PaperSheet = {
      forumId: "f1",
      lines: [
        { number: 1, code: "K7P", personId: "p1", fullName: ROSA.fullName, neighbourhoodName: "Pehuén", organizationName: null },
        { number: 2, code: "W3X", personId: "p2", fullName: ROSARIO.fullName, neighbourhoodName: null, organizationName: null },
      ],
      firstBlank: 3,
      blankRows: 20,
      signed: [],
    };
    const { calls } = desk({ paperSheet: vi.fn(async () => sheet) }, true);
    await waitFor(() => expect(screen.getByTestId("paper-progress").textContent).toBe("0 de 2 marcados"));
    await waitFor(() => expect(document.activeElement).toBe(searchBox()));
    await typeInSearch("w3x");
    await waitFor(() => expect(screen.getByTestId("desk-result").textContent).toContain("Rosario Quillay"));
    await press("Enter");
    await waitFor(() => expect(screen.getByTestId("paper-progress").textContent).toBe("1 de 2 marcados"));
    expect(calls.registerAttendance).toHaveBeenCalledWith("f1", "p2", "neighbour");
    expect(calls.searchPeople).not.toHaveBeenCalled();
    expect(screen.getByTestId("paper-next-blank").textContent).toContain("Siguiente fila en blanco: 3.");

    await typeInSearch("3");
    await press("Enter");
    await waitFor(() => expect(screen.getByTestId("person-form-title").textContent).toContain("Fila 3: persona nueva"));
    const name = screen.getByTestId("person-name") as HTMLInputElement;
    expect(name.value).toBe("");
    await fireEvent.input(name, { target: { value: "Luz Arrayán" } });
    await fireEvent.submit(screen.getByTestId("person-form"));
    await waitFor(() => expect(screen.getByTestId("paper-next-blank").textContent).toContain("Siguiente fila en blanco: 4."));
    expect(calls.registerNewPerson).toHaveBeenCalledWith("f1", expect.objectContaining({ fullName: "Luz Arrayán" }), "neighbour");
  });
});
