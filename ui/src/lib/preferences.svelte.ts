// This laptop's preferences, loaded once at start and applied to the whole
// page: the language, and the large-text and high-contrast themes as
// attributes on <html> (app.css turns them into CSS variables, so every
// screen gets them, including screens added later).
import type { Preferences } from "./bindings";
import { setLanguage } from "./i18n.svelte";

export const DEFAULT_PREFERENCES: Preferences = {
  language: "es-CL",
  paper: "a4",
  leaderName: "",
  largeText: false,
  highContrast: false,
};

const current = $state({ value: { ...DEFAULT_PREFERENCES } });

export function preferences(): Preferences {
  return current.value;
}

/** Makes `chosen` the preferences in use and shows the page accordingly. */
export function applyPreferences(chosen: Preferences): void {
  current.value = { ...chosen };
  setLanguage(chosen.language);
  const root = document.documentElement;
  root.dataset.theme = chosen.highContrast ? "contrast" : "standard";
  root.dataset.text = chosen.largeText ? "large" : "standard";
}

/** The header's language switch changes only the language. */
export function applyLanguage(language: Preferences["language"]): void {
  current.value = { ...current.value, language };
  setLanguage(language);
}
