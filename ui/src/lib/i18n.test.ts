import { FluentBundle, FluentResource } from "@fluent/bundle";
import { REVIEW_KINDS, SYNCED_TABLES } from "./conflicts";
import { describe, expect, it } from "vitest";
import { LANGUAGES, setLanguage, t } from "./i18n.svelte";
import { SOURCES } from "./i18n-sources";
import esParsed from "../../../assets/i18n/es-CL.ftl";
import enParsed from "../../../assets/i18n/en.ftl";
import { errorText } from "./errors";
import { AGE_BANDS, GENDERS, ROLES } from "./desk";
import { FORUM_KINDS, INVITATIONS } from "./forums";
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, PRIORITIES } from "./feedback";
import { COMPLETIONS } from "./commitments";
import { BACKUP_REASONS, CONFLICT_KEYS, CSV_FIELDS } from "./transfer";
import { CONSENT_GIVERS, CONSENT_METHODS, type ReviewReason } from "./bindings";

const REVIEW_REASONS: ReviewReason[] = ["child_without_guardian", "gender_without_consent"];

import { REQUEST_CHANNELS, REQUEST_RIGHTS, REQUEST_STATUSES, REQUEST_STEPS, RETENTION_KINDS } from "./requests";

const keys = (source: string) =>
  source
    .split("\n")
    .map((line) => /^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key))
    .sort();

// Every screen and module, as text (Vite reads them; no Node APIs needed).
const screenSources = Object.entries(
  import.meta.glob<string>("../**/*.{ts,svelte}", { query: "?raw", import: "default", eager: true }),
)
  .filter(([path]) => !path.endsWith(".test.ts") && !path.endsWith("bindings.ts"))
  .map(([, text]) => text);

/** The keys a vocabulary's labels are looked up by: `t(`prefix${value}`)`. */
const VOCABULARIES: Record<string, readonly string[]> = {
  "forum-kind-": FORUM_KINDS,
  "invitation-": INVITATIONS,
  "age-band-": AGE_BANDS,
  "gender-": GENDERS,
  "role-": ROLES,
  "feedback-kind-": FEEDBACK_KINDS,
  "feedback-status-": FEEDBACK_STATUSES,
  "priority-": PRIORITIES,
  "completion-": COMPLETIONS,
  "language-": LANGUAGES,
  "csv-field-": CSV_FIELDS,
  "backup-reason-": BACKUP_REASONS,
  "consent-method-": CONSENT_METHODS,
  "consent-giver-": CONSENT_GIVERS,
  "review-": REVIEW_REASONS,

  "request-right-": REQUEST_RIGHTS,
  "request-channel-": REQUEST_CHANNELS,
  "request-status-": REQUEST_STATUSES,
  "requests-step-": REQUEST_STEPS,
  "retention-rule-": RETENTION_KINDS,
  "retention-period-": RETENTION_KINDS,
  "retention-apply-": RETENTION_KINDS,
  "retention-confirm-": RETENTION_KINDS,
  "retention-done-": RETENTION_KINDS,
  "conflicts-kind-": REVIEW_KINDS,
  "conflicts-table-": SYNCED_TABLES,
};

// The error keys the core sends (src-tauri/src/commands/error.rs and the domain rules).
const CORE_ERRORS = [
  "error-child-needs-guardian",
  "error-gender-needs-consent",
  "error-gender-needs-guardian",
  "error-person-blocked",
  "error-person-not-blocked",
  "error-required",
  "error-too-long",
  "error-control-characters",
  "error-name-letters",
  "error-rut-format",
  "error-rut-check-digit",
  "error-date-format",
  "error-date-out-of-range",
  "error-time-format",
  "error-unknown-reference",
  "error-already-registered",
  "error-duplicate-rut",
  "error-sync-folder-missing",
  "error-sync-folder-none",
  "error-conflict-keep-other",
  "error-not-found",
  "error-storage",
  "error-too-new",
  "error-progress-range",
  "error-end-before-start",
  "error-unexpected",
  "error-pdf-missing",
  "error-pdf-no-viewer",
  "error-status-step",
  "error-before-last-step",
  "error-after-next-step",
  "error-date-in-future",
  "error-csv-changed",
  "error-agenda-too-long",
  "error-date-in-future",
  "error-request-requester",
  "error-request-before-step",
  "error-request-step",
  "error-request-extension-blocking",
  "error-request-extended-twice",
  "error-request-extension-late",
  "error-request-extension-reason",
  "error-request-reasons",
  "error-request-no-person",
  "error-request-not-export",
  "error-retention-period",
  ...Object.values(CONFLICT_KEYS),
  "error-csv-age-band",
  "error-csv-duplicate-column",
  "error-csv-empty",
  "error-csv-extra-fields",
  "error-csv-gender",
  "error-csv-missing-column",
  "error-csv-no-rows",
  "error-csv-repeated",
  "error-csv-role",
  "error-csv-too-large",
  "error-csv-unknown-neighbourhood",
  "error-csv-unreadable",
  "error-file-access",
  "error-pack-font",
  "error-pack-write",
  "error-sync-bad-row",
  "error-sync-missing-reference",
  "error-sync-not-sync-file",
  "error-sync-too-new",
  "error-sync-truncated",
  "error-damaged",
  "error-already-open",
  "error-not-a-backup",
  "error-output-database",
  "error-output-backup",
  "error-output-evidence",
  "error-output-folder",
  "error-output-device",
  "error-output-pipe",
  "error-output-socket",
  "error-output-no-folder",
  "error-output-full",
  "error-output-read-only",
  "error-output-permission",
  "error-output-write",
  "error-sync-bad-value",
  "error-sync-future-stamp",
  "error-no-database",
  "error-database-folder",
  "error-db-read-only",
  "error-db-full",
  "error-db-cannot-open",
  "error-db-busy",
  "error-db-io",
  "error-date-impossible",
  "error-csv-unclosed-quote",
  "error-csv-not-a-file",
  "error-controller-incomplete",
  "error-controller-purposes-many",
  "error-breach-future",
  "error-breach-notice-before-found",
  "error-breach-count",
  "error-breach-notified-how",
];

describe("the catalogue", () => {
  it("has the same keys in Spanish and English, each once", () => {
    for (const language of LANGUAGES) {
      const all = keys(SOURCES[language]);
      expect(all.filter((key, i) => all.indexOf(key) !== i), `duplicates in ${language}`).toEqual([]);
    }
    expect(keys(SOURCES.en)).toEqual(keys(SOURCES["es-CL"]));
  });

  it("is loaded as the files say: the entries parsed at build time are Fluent's own", () => {
    const parsed = { "es-CL": esParsed, en: enParsed };
    for (const language of LANGUAGES) {
      const entries = JSON.parse(parsed[language]);
      expect(entries.length, language).toBeGreaterThan(500);
      expect(entries, language).toEqual(new FluentResource(SOURCES[language]).body);
    }
  });

  it("parses without errors: every message in the files reaches the bundle", () => {
    for (const language of LANGUAGES) {
      const bundle = new FluentBundle(language, { useIsolating: false });
      expect(bundle.addResource(new FluentResource(SOURCES[language]))).toEqual([]);
      expect(keys(SOURCES[language]).filter((key) => !bundle.hasMessage(key)), language).toEqual([]);
    }
  });

  it("has every key the screens use literally", () => {
    const known = new Set(keys(SOURCES["es-CL"]));
    const used = screenSources.flatMap((text) =>
      [...text.matchAll(/\bt\(\s*(["'])([a-zA-Z0-9_-]+)\1/g)].map((m) => m[2]),
    );
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used.filter((key) => !known.has(key)))]).toEqual([]);
  });

  it("has a label for every value of every vocabulary the screens look up by prefix", () => {
    const known = new Set(keys(SOURCES["es-CL"]));
    const prefixes = new Set(
      screenSources.flatMap((text) => [...text.matchAll(/\bt\(\s*`([a-z0-9_-]*)\$\{/g)].map((m) => m[1])),
    );
    expect([...prefixes].filter((p) => !(p in VOCABULARIES)), "a prefix with no vocabulary in this test").toEqual([]);
    const missing = Object.entries(VOCABULARIES).flatMap(([prefix, values]) =>
      values.map((value) => prefix + value).filter((key) => !known.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it("has every error the core sends", () => {
    const known = new Set(keys(SOURCES["es-CL"]));
    expect(CORE_ERRORS.filter((key) => !known.has(key))).toEqual([]);
  });

  it("speaks Spanish first and English on request, with plurals and accents", () => {
    globalThis.document ??= { documentElement: {} } as Document;
    setLanguage("es-CL");
    expect(t("attendee-count", { count: 1 })).toBe("1 asistente");
    expect(t("attendee-count", { count: 3 })).toBe("3 asistentes");
    expect(t("desk-forums-attended", { count: 5 })).toBe("5 foros");
    expect(errorText({ code: "already_registered", messageKey: "error-already-registered", details: {} })).toContain(
      "ya está registrada",
    );
    expect(t("desk-no-match", { query: "Ñuñoa" })).toBe("Nadie coincide con «Ñuñoa». Presione Enter para registrarla como persona nueva.");
    const badValue = { line: "4", field: "full_name", rule: "error-too-long", max: "120" };
    expect(errorText({ code: "invalid", messageKey: "error-sync-bad-value", details: badValue })).toContain(
      "línea 4 del archivo de sincronización trae un valor que los formularios no aceptan: Es demasiado largo: como máximo 120 caracteres.",
    );
    expect(t("sync-report", { added: 1, changed: 1, unchanged: 0, conflicts: 1 })).toBe(
      "Sincronización terminada: 1 agregado, 1 actualizado, 0 sin cambios, 1 conflicto.",
    );
    setLanguage("en");
    expect(t("attendee-count", { count: 3 })).toBe("3 attendees");
    expect(errorText({ code: "duplicate_rut", messageKey: "error-duplicate-rut", details: { rut: "12.345.678-5" } }))
      .toContain("12.345.678-5");
    setLanguage("es-CL");
  });

  it("never shows isolation marks around arguments", () => {
    globalThis.document ??= { documentElement: {} } as Document;
    setLanguage("es-CL");
    expect(t("desk-remove-confirm", { name: "José" })).toBe("¿Quitar a José?");
    expect(t("feedback-age", { days: 0 })).toBe("recibida hoy");
    expect(t("feedback-age", { days: 12 })).toBe("hace 12 días");
  });

  it("falls back to the key itself rather than failing on an unknown key", () => {
    expect(t("no-such-key")).toBe("no-such-key");
  });
});
