import { describe, expect, it } from "vitest";
import { chileanDate, displayRut, localTime, quarterOf, typedDate } from "./format";

describe("how Chileans read it", () => {
  it("shows dates as dd-mm-yyyy and times as HH:MM", () => {
    expect(chileanDate("2026-11-24T18:30:00")).toBe("24-11-2026");
    expect(chileanDate("2026-01-05")).toBe("05-01-2026");
    expect(localTime("2026-11-24T18:30:00")).toBe("18:30");
    expect(typedDate(new Date(2026, 10, 24))).toBe("24-11-2026");
  });

  it("shows a RUT with dots", () => {
    expect(displayRut("12345678-5")).toBe("12.345.678-5");
    expect(displayRut("1234567-K")).toBe("1.234.567-K");
    expect(displayRut(null)).toBe("");
  });

  it("knows the calendar quarter of a day", () => {
    expect(quarterOf(new Date(2026, 10, 25))).toEqual({ from: "01-10-2026", to: "31-12-2026" });
    expect(quarterOf(new Date(2024, 1, 29))).toEqual({ from: "01-01-2024", to: "31-03-2024" });
  });
});
