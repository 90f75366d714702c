import { describe, expect, it } from "vitest";
import { toIpcError } from "./api";

describe("errors from the core", () => {
  it("keep their code, key and details", () => {
    const error = toIpcError({ code: "invalid", messageKey: "error-rut-check-digit", details: { field: "rut" } });
    expect(error).toEqual({ code: "invalid", messageKey: "error-rut-check-digit", details: { field: "rut" } });
  });

  it("anything else becomes a translated unexpected error, never raw text", () => {
    expect(toIpcError("thread panicked at src/lib.rs")).toEqual({
      code: "unexpected",
      messageKey: "error-unexpected",
      details: {},
    });
    expect(toIpcError(undefined).messageKey).toBe("error-unexpected");
  });
});
