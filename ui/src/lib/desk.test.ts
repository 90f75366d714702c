import { describe, expect, it } from "vitest";
import type { PersonMatch } from "./bindings";
import { countByNeighbourhood, DeskSearch, deskKey, looksLikeRut, newPersonForm, personDraftOf } from "./desk";

const person = (fullName: string): PersonMatch => ({
  id: fullName,
  fullName,
  rut: null,
  neighbourhoodName: null,
  organizationName: null,
  forumsAttended: 0,
});

/** A search whose answers the test hands out, in any order. */
function controlledSearch() {
  const answers: Record<string, { resolve: (found: PersonMatch[]) => void; reject: (e: unknown) => void }> = {};
  const search = (query: string) =>
    new Promise<PersonMatch[]>((resolve, reject) => (answers[query] = { resolve, reject }));
  return { answers, search };
}

describe("the desk's search box", () => {
  it("asks the core on every keystroke for at most 8 people", async () => {
    const asked: [string, number][] = [];
    const desk = new DeskSearch(async (query, limit) => {
      asked.push([query, limit]);
      return [];
    });
    await desk.type("r");
    await desk.type("ro");
    expect(asked).toEqual([
      ["r", 8],
      ["ro", 8],
    ]);
  });

  it("highlights the first match and moves with the arrows, wrapping", async () => {
    const desk = new DeskSearch(async () => [person("Rosa"), person("Rosario"), person("Rosalía")]);
    await desk.type("ros");
    expect(desk.highlighted).toBe(0);
    expect(desk.current()?.fullName).toBe("Rosa");
    desk.move(1);
    expect(desk.current()?.fullName).toBe("Rosario");
    desk.move(-2);
    expect(desk.current()?.fullName).toBe("Rosalía");
    desk.move(1);
    expect(desk.current()?.fullName).toBe("Rosa");
  });

  it("starts at the first match again when the next keystroke's answer comes", async () => {
    const desk = new DeskSearch(async (q) => (q === "ro" ? [person("Rosa"), person("Rodrigo")] : [person("Rosa")]));
    await desk.type("ro");
    desk.move(1);
    await desk.type("ros");
    expect(desk.highlighted).toBe(0);
  });

  it("keeps the answer to the latest keystroke when an older one arrives late", async () => {
    const { answers, search } = controlledSearch();
    const desk = new DeskSearch(search);
    const first = desk.type("r");
    const second = desk.type("rosa n");
    answers["rosa n"].resolve([person("Rosa Núñez")]);
    await second;
    answers["r"].resolve([person("Ramón"), person("Rubén")]);
    await first;
    expect(desk.results.map((p) => p.fullName)).toEqual(["Rosa Núñez"]);
    expect(deskKey(desk, "Enter")).toEqual({ kind: "register", person: person("Rosa Núñez") });
  });

  it("ignores a late failure of an older keystroke, but reports the current one's", async () => {
    const { answers, search } = controlledSearch();
    const desk = new DeskSearch(search);
    const first = desk.type("r");
    const second = desk.type("ro");
    answers["r"].reject({ code: "storage" });
    await expect(first).resolves.toBeUndefined();
    answers["ro"].reject({ code: "storage" });
    await expect(second).rejects.toEqual({ code: "storage" });
  });

  it("tells the screen each time what it shows changed", async () => {
    let changes = 0;
    const desk = new DeskSearch(async () => [person("Ana"), person("Andrés")], () => changes++);
    await desk.type("an");
    desk.move(1);
    desk.clear();
    expect(changes).toBe(3);
  });

  it("does not ask the core for blank input, and clearing drops pending answers", async () => {
    let asked = 0;
    const desk = new DeskSearch(async () => {
      asked++;
      return [person("Ana")];
    });
    await desk.type("   ");
    expect(asked).toBe(0);
    const pending = desk.type("an");
    desk.clear();
    await pending;
    expect(desk.results).toEqual([]);
    expect(desk.query).toBe("");
  });
});

describe("keys in the search box", () => {
  it("arrows move, Escape clears, other keys are left to the input", async () => {
    const desk = new DeskSearch(async () => [person("Rosa")]);
    await desk.type("ro");
    expect(deskKey(desk, "ArrowDown")).toEqual({ kind: "move", step: 1 });
    expect(deskKey(desk, "ArrowUp")).toEqual({ kind: "move", step: -1 });
    expect(deskKey(desk, "Escape")).toEqual({ kind: "clear" });
    expect(deskKey(desk, "a")).toEqual({ kind: "none" });
    expect(deskKey(desk, "Tab")).toEqual({ kind: "none" });
  });

  it("Enter registers the highlighted person, not the first", async () => {
    const desk = new DeskSearch(async () => [person("Rosa"), person("Rosario"), person("Rosalía")]);
    await desk.type("ros");
    desk.move(1);
    desk.move(1);
    expect(deskKey(desk, "Enter")).toEqual({ kind: "register", person: person("Rosalía") });
  });

  it("Enter with nobody matching opens the new-person form with the typed name", async () => {
    const desk = new DeskSearch(async () => []);
    await desk.type("  Ñuñoa Pérez Ábalos ");
    expect(desk.current()).toBeNull();
    const action = deskKey(desk, "Enter");
    expect(action).toEqual({ kind: "new-person", typed: "Ñuñoa Pérez Ábalos" });
    const form = newPersonForm(action.kind === "new-person" ? action.typed : "", "barrio-1", "neighbour");
    expect(form.fullName).toBe("Ñuñoa Pérez Ábalos");
    expect(form.neighbourhoodId).toBe("barrio-1");
    expect(form.ageBand).toBe("adult");
    expect(form.role).toBe("neighbour");
  });

  it("Enter on an empty box does nothing; Ctrl+Enter opens the form even when someone matches", async () => {
    const desk = new DeskSearch(async () => [person("María González")]);
    expect(deskKey(desk, "Enter")).toEqual({ kind: "none" });
    await desk.type("María");
    expect(deskKey(desk, "Enter", true)).toEqual({ kind: "new-person", typed: "María" });
  });
});

describe("the new-person form", () => {
  it("takes typed RUT digits as the RUT, not as a name", () => {
    expect(looksLikeRut("12.345.678-5")).toBe(true);
    expect(looksLikeRut("12345678k")).toBe(true);
    expect(looksLikeRut("12.345")).toBe(true);
    expect(looksLikeRut("12")).toBe(false);
    expect(looksLikeRut("Rosa 12")).toBe(false);
    const form = newPersonForm("12.345.678-5", null, "leader");
    expect(form).toMatchObject({ fullName: "", rut: "12.345.678-5", role: "leader" });
  });

  it("sends the core a person draft without the role", () => {
    const draft = personDraftOf(newPersonForm("Ana", null, "official"));
    expect(draft).toEqual({
      fullName: "Ana",
      rut: "",
      neighbourhoodId: null,
      organizationName: "",
      ageBand: "adult",
      gender: null,
      guardian: null,
      genderConsent: null,
    });
  });

  it("sends a child's guardian consent only when the child is recorded with it (Ley 21.719)", () => {
    const form = { ...newPersonForm("Tomás", null, "neighbour", "05-12-2026", "Mesa"), ageBand: "child" as const };
    form.guardian = { ...form.guardian, guardianName: "Marta", relationship: "Madre" };
    expect(personDraftOf(form).guardian).toEqual({
      guardianName: "Marta",
      relationship: "Madre",
      givenOn: "05-12-2026",
      purpose: "Mesa",
      method: "signed_paper",
    });
    expect(personDraftOf({ ...form, guardianChoice: "anonymous" }).guardian).toBeNull();
    // An adult needs none.
    expect(personDraftOf({ ...form, ageBand: "adult" }).guardian).toBeNull();
  });

  it("sends a gender only with its express consent, a guardian's for a minor", () => {
    const form = { ...newPersonForm("Ema", null, "neighbour", "05-12-2026"), gender: "female" as const };
    expect(personDraftOf(form)).toMatchObject({ gender: null, genderConsent: null });
    const consented = { ...form, genderConsented: true };
    expect(personDraftOf(consented)).toMatchObject({
      gender: "female",
      genderConsent: { givenOn: "05-12-2026", givenBy: "person" },
    });
    expect(personDraftOf({ ...consented, ageBand: "adolescent" }).genderConsent?.givenBy).toBe("guardian");
  });
});

describe("attendance bars", () => {
  it("count per neighbourhood, most first, with a label for none", () => {
    const bars = countByNeighbourhood(
      [{ neighbourhoodName: "Pehuén" }, { neighbourhoodName: null }, { neighbourhoodName: "Pehuén" }],
      "Sin barrio",
    );
    expect(bars).toEqual([
      { label: "Pehuén", count: 2 },
      { label: "Sin barrio", count: 1 },
    ]);
  });

  it("order ties alphabetically, accents in their Spanish place", () => {
    const bars = countByNeighbourhood(
      [{ neighbourhoodName: "Ñuble" }, { neighbourhoodName: "Nueva" }, { neighbourhoodName: "Álamos" }],
      "",
    );
    expect(bars.map((b) => b.label)).toEqual(["Álamos", "Nueva", "Ñuble"]);
  });
});
