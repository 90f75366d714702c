// The catalogues as written, for the tests that read their keys and parse
// them; the app loads them parsed at build time (see i18n.svelte.ts).
import esCL from "../../../assets/i18n/es-CL.ftl?raw";
import en from "../../../assets/i18n/en.ftl?raw";
import type { Language } from "./bindings";

export const SOURCES: Record<Language, string> = { "es-CL": esCL, en };
