import { describe, expect, it } from "vitest";
import { toIpcError } from "./api";
import { errorField } from "./errors";

describe("errors from the core", () => {
  it("keep their code, key and details", () => {
    const error = toIpcError({ code: "invalid", messageKey: "error-rut-check-digit", details: { field: "rut" } });
    expect(error).toEqual({ code: "invalid", messageKey: "error-rut-check-digit", details: { field: "rut" } });
  });

  it("get empty details when the core sent none", () => {
    expect(toIpcError({ code: "not_found", messageKey: "error-not-found" })).toEqual({
      code: "not_found",
      messageKey: "error-not-found",
      details: {},
    });
  });

  it("anything else becomes a translated unexpected error, never raw text", () => {
    for (const raw of ["thread panicked at src/lib.rs", undefined, null, 42, new Error("boom"), { message: "x" }]) {
      expect(toIpcError(raw)).toEqual({ code: "unexpected", messageKey: "error-unexpected", details: {} });
    }
  });
});

describe("where an error is shown", () => {
  const invalid = (field: string) => ({ code: "invalid" as const, messageKey: "error-required", details: { field } });

  it("next to the field it names, when the form shows that field", () => {
    expect(errorField(invalid("full_name"), ["full_name", "rut"])).toBe("full_name");
    expect(errorField(invalid("title"))).toBe("title");
  });

  it("a duplicate RUT goes next to the RUT", () => {
    const duplicate = toIpcError({
      code: "duplicate_rut",
      messageKey: "error-duplicate-rut",
      details: { rut: "12.345.678-5", field: "rut" },
    });
    expect(errorField(duplicate, ["full_name", "rut"])).toBe("rut");
  });

  it("in the banner when the form has no such field, or the error is about no field", () => {
    expect(errorField(invalid("minutes"), ["title", "date"])).toBeNull();
    expect(errorField({ code: "already_registered", messageKey: "error-already-registered", details: {} })).toBeNull();
    expect(errorField({ code: "storage", messageKey: "error-storage", details: { field: "rut" } }, ["rut"])).toBeNull();
  });
});
