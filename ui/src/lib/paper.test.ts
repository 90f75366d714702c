import { describe, expect, it } from "vitest";
import type { PaperSheet, PersonMatch } from "./bindings";
import { blankRow, codeOf, lineByCode, nextBlank, paperSearch } from "./paper";

const sheet: PaperSheet = {
  forumId: "f",
  lines: [
    { number: 1, code: "K7P", personId: "p1", fullName: "Ana Boldo", neighbourhoodName: "Pehuén", organizationName: null },
    { number: 2, code: "ANA", personId: "p2", fullName: "Rosa Núñez", neighbourhoodName: null, organizationName: null },
  ],
  firstBlank: 3,
  blankRows: 20,
  signed: [],
};

describe("paper mode", () => {
  it("reads a typed code as printed, and never takes 0, O, 1 or I", () => {
    expect(codeOf(" k7p ")).toBe("K7P");
    expect(codeOf("AB2C")).toBe("AB2C");
    expect(codeOf("A0B")).toBeNull();
    expect(codeOf("Rosa")).toBeNull();
    expect(codeOf("ab")).toBeNull();
  });

  it("finds the line of a code, and the blank rows by number", () => {
    expect(lineByCode(sheet, "k7p")?.fullName).toBe("Ana Boldo");
    expect(lineByCode(sheet, "XYZ")).toBeNull();
    expect(blankRow(sheet, "3")).toBe(3);
    expect(blankRow(sheet, "#22")).toBe(22);
    expect(blankRow(sheet, "2")).toBeNull();
    expect(blankRow(sheet, "23")).toBeNull();
    expect(nextBlank(sheet, 0)).toBe(3);
    expect(nextBlank(sheet, 20)).toBeNull();
  });

  it("answers a code with its person alone, and anything else with the usual search", async () => {
    const asked: string[] = [];
    const search = async (query: string): Promise<PersonMatch[]> => {
      asked.push(query);
      return [];
    };
    const find = paperSearch(() => sheet, search);
    expect((await find("ana", 8)).map((p) => p.id)).toEqual(["p2"]);
    expect(await find("5", 8)).toEqual([]);
    await find("ana bol", 8);
    expect(asked).toEqual(["ana bol"]);
    await paperSearch(() => null, search)("k7p", 8);
    expect(asked).toEqual(["ana bol", "k7p"]);
  });
});
