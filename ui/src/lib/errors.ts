import type { IpcError } from "./bindings";
import { t } from "./i18n.svelte";

/** The translated sentence for an error from the core. */
export function errorText(error: IpcError): string {
  const { rule, ...details } = error.details;
  // A rule a value broke arrives as its own message key (a sync file's bad value).
  return t(error.messageKey, rule === undefined ? details : { ...details, rule: t(rule, details) });
}

/**
 * The field an error belongs next to, if the form shows that field. An error
 * about a field the form does not show (or about no field) gets `null`, so
 * the screen shows it in its banner instead: no error is ever swallowed.
 */
export function errorField(error: IpcError, shown?: readonly string[]): string | null {
  if (error.code !== "invalid" && error.code !== "duplicate_rut") return null;
  const field = error.details.field ?? null;
  if (field === null) return null;
  return !shown || shown.includes(field) ? field : null;
}
