import { describe, expect, it } from "vitest";
import { arrivalTime, chileanDate, displayRut, fileSize, localTime, quarterOf, typedDate } from "./format";

describe("how Chileans read it", () => {
  it("shows dates as dd-mm-yyyy and times as HH:MM", () => {
    expect(chileanDate("2026-11-24T18:30:00")).toBe("24-11-2026");
    expect(chileanDate("2026-01-05")).toBe("05-01-2026");
    expect(chileanDate("")).toBe("");
    expect(localTime("2026-11-24T18:30:00")).toBe("18:30");
    expect(localTime("2026-11-24")).toBe("");
    expect(typedDate(new Date(2026, 10, 24))).toBe("24-11-2026");
    expect(typedDate(new Date(2026, 0, 5))).toBe("05-01-2026");
  });

  it("shows the arrival instant (UTC) at this laptop's local time", () => {
    const instant = new Date(Date.UTC(2026, 10, 24, 21, 5));
    const expected = `${String(instant.getHours()).padStart(2, "0")}:${String(instant.getMinutes()).padStart(2, "0")}`;
    expect(arrivalTime("2026-11-24T21:05:00Z")).toBe(expected);
    expect(arrivalTime("not a time")).toBe("");
  });

  it("shows a RUT with dots", () => {
    expect(displayRut("12345678-5")).toBe("12.345.678-5");
    expect(displayRut("1234567-K")).toBe("1.234.567-K");
    expect(displayRut("123-4")).toBe("123-4");
    expect(displayRut(null)).toBe("");
    expect(displayRut("odd")).toBe("odd");
  });

  it("knows the calendar quarter of a day", () => {
    expect(quarterOf(new Date(2026, 10, 25))).toEqual({ from: "01-10-2026", to: "31-12-2026" });
    expect(quarterOf(new Date(2024, 1, 29))).toEqual({ from: "01-01-2024", to: "31-03-2024" });
  });

  it("shows file sizes with the language's decimals", () => {
    expect(fileSize(900, "es-CL")).toBe("900 B");
    expect(fileSize(2048, "es-CL")).toBe("2 KB");
    expect(fileSize(1.25 * 1024 * 1024, "es-CL")).toBe("1,3 MB");
    expect(fileSize(1.25 * 1024 * 1024, "en")).toBe("1.3 MB");
  });
});
