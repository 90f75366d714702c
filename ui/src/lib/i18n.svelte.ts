// One catalogue for the UI and the core: the Fluent files in assets/i18n,
// parsed at build time (see ui/fluent-catalogues.ts).
import { FluentBundle, type FluentVariable } from "@fluent/bundle";
import esCL from "../../../assets/i18n/es-CL.ftl";
import en from "../../../assets/i18n/en.ftl";
import type { Language } from "./bindings";

export const LANGUAGES: Language[] = ["es-CL", "en"];
const PARSED: Record<Language, string> = { "es-CL": esCL, en };

function bundleFor(language: Language): FluentBundle {
  // No isolation marks: they would show up in copied text.
  const bundle = new FluentBundle(language, { useIsolating: false });
  bundle.addResource({ body: JSON.parse(PARSED[language]) });
  return bundle;
}

// Read on first use: a start in Spanish never pays for the English catalogue.
const bundles: Partial<Record<Language, FluentBundle>> = {};
const bundleOf = (language: Language): FluentBundle => (bundles[language] ??= bundleFor(language));
const current = $state({ language: "es-CL" as Language });

export function language(): Language {
  return current.language;
}

export function setLanguage(language: Language): void {
  current.language = language;
  document.documentElement.lang = language;
}

/** The message for `key` in the current language (the key itself if missing). */
export function t(key: string, args?: Record<string, FluentVariable>): string {
  const bundle = bundleOf(current.language);
  const message = bundle.getMessage(key);
  if (!message?.value) return key;
  return bundle.formatPattern(message.value, args);
}
