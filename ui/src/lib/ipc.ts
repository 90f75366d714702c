// How a command is invoked: every failure arrives as an IpcError, whatever
// the core (or Tauri itself) rejected with.
import { invoke } from "@tauri-apps/api/core";
import type { IpcError } from "./bindings";

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "messageKey" in value;
}

/** Whatever a failed call rejected with, as an IpcError. */
export function toIpcError(value: unknown): IpcError {
  if (isIpcError(value)) return { ...value, details: value.details ?? {} };
  return { code: "unexpected", messageKey: "error-unexpected", details: {} };
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toIpcError(error);
  }
}
