import type { IpcError } from "./bindings";
import { t } from "./i18n.svelte";

/** The translated sentence for an error from the core. */
export function errorText(error: IpcError): string {
  return t(error.messageKey, error.details);
}

/** The field an error belongs next to, if any. */
export function errorField(error: IpcError): string | null {
  return error.code === "invalid" || error.code === "duplicate_rut" ? (error.details.field ?? null) : null;
}
