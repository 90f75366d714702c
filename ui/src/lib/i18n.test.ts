import { describe, expect, it } from "vitest";
import { SOURCES, setLanguage, t } from "./i18n.svelte";
import { errorText } from "./errors";

const keys = (source: string) =>
  source
    .split("\n")
    .map((line) => /^([a-z][a-z0-9_-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key))
    .sort();

// Every screen and module, as text (Vite reads them; no Node APIs needed).
const screenSources = Object.entries(
  import.meta.glob<string>("../**/*.{ts,svelte}", { query: "?raw", import: "default", eager: true }),
)
  .filter(([path]) => !path.endsWith(".test.ts"))
  .map(([, text]) => text);

describe("the catalogue", () => {
  it("has the same keys in Spanish and English", () => {
    expect(keys(SOURCES.en)).toEqual(keys(SOURCES["es-CL"]));
  });

  it("has every key the screens use literally", () => {
    const known = new Set(keys(SOURCES["es-CL"]));
    const used = screenSources.flatMap((text) =>
      [...text.matchAll(/\bt\(\s*"([a-z0-9_-]+)"/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it("speaks Spanish first and English on request, with plurals and accents", () => {
    globalThis.document ??= { documentElement: {} } as Document;
    setLanguage("es-CL");
    expect(t("attendee-count", { count: 1 })).toBe("1 asistente");
    expect(t("attendee-count", { count: 3 })).toBe("3 asistentes");
    expect(errorText({ code: "already_registered", messageKey: "error-already-registered", details: {} })).toContain(
      "ya está registrada",
    );
    setLanguage("en");
    expect(t("attendee-count", { count: 3 })).toBe("3 attendees");
    expect(errorText({ code: "duplicate_rut", messageKey: "error-duplicate-rut", details: { rut: "12.345.678-5" } }))
      .toContain("12.345.678-5");
    setLanguage("es-CL");
  });
});
