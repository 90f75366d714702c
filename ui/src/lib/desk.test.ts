import { describe, expect, it } from "vitest";
import type { PersonMatch } from "./bindings";
import { countByNeighbourhood, DeskSearch } from "./desk";

const person = (fullName: string): PersonMatch => ({
  id: fullName,
  fullName,
  rut: null,
  neighbourhoodName: null,
  organizationName: null,
  forumsAttended: 0,
});

describe("the desk's search box", () => {
  it("highlights the first match and moves with the arrows, wrapping", async () => {
    const desk = new DeskSearch(async () => [person("Rosa"), person("Rosario"), person("Rosalía")]);
    await desk.type("ros");
    expect(desk.current()?.fullName).toBe("Rosa");
    desk.move(1);
    expect(desk.current()?.fullName).toBe("Rosario");
    desk.move(-2);
    expect(desk.current()?.fullName).toBe("Rosalía");
  });

  it("keeps the answer to the latest keystroke when an older one arrives late", async () => {
    const answers: Record<string, (found: PersonMatch[]) => void> = {};
    const desk = new DeskSearch((query) => new Promise((resolve) => (answers[query] = resolve)));
    const first = desk.type("r");
    const second = desk.type("rosa n");
    answers["rosa n"]([person("Rosa Núñez")]);
    await second;
    answers["r"]([person("Ramón"), person("Rubén")]);
    await first;
    expect(desk.results.map((p) => p.fullName)).toEqual(["Rosa Núñez"]);
  });

  it("has nobody to register when nothing matches, so Enter opens the new-person form", async () => {
    const desk = new DeskSearch(async () => []);
    await desk.type("Ñuñoa Pérez");
    expect(desk.current()).toBeNull();
    expect(desk.query).toBe("Ñuñoa Pérez");
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
});
