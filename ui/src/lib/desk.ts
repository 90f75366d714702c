// The sign-in desk's logic, kept out of the Svelte screen so it can be
// tested without a window: every keystroke searches, the latest keystroke's
// answer wins, the first match is highlighted, arrows move, Enter registers
// the highlighted person or, with nobody to register, opens the new-person
// form with what was typed.
import type { AgeBand, AttendanceRole, GuardianConsentDraft, PersonDraft, PersonMatch } from "./bindings";
import { typedDate } from "./format";

export const RESULTS_SHOWN = 8;

export { AGE_BANDS, GENDERS, ROLES } from "./bindings";

export class DeskSearch {
  query = "";
  results: PersonMatch[] = [];
  highlighted = 0;
  private asked = 0;

  constructor(
    private readonly search: (query: string, limit: number) => Promise<PersonMatch[]>,
    private readonly changed: () => void = () => {},
  ) {}

  /**
   * Searches for what is typed now; an older answer (or failure) arriving
   * after a newer keystroke is ignored.
   */
  async type(query: string): Promise<void> {
    this.query = query;
    const ticket = ++this.asked;
    let found: PersonMatch[];
    try {
      found = query.trim() === "" ? [] : await this.search(query, RESULTS_SHOWN);
    } catch (error) {
      if (ticket !== this.asked) return;
      throw error;
    }
    if (ticket !== this.asked) return;
    this.results = found;
    this.highlighted = 0;
    this.changed();
  }

  move(step: number): void {
    if (this.results.length === 0) return;
    const count = this.results.length;
    this.highlighted = (this.highlighted + step + count) % count;
    this.changed();
  }

  /** Points at a result (the mouse hovering it). */
  point(index: number): void {
    if (index < 0 || index >= this.results.length || index === this.highlighted) return;
    this.highlighted = index;
    this.changed();
  }

  /** The person Enter would register, if any. */
  current(): PersonMatch | null {
    return this.results[this.highlighted] ?? null;
  }

  clear(): void {
    this.asked++;
    this.query = "";
    this.results = [];
    this.highlighted = 0;
    this.changed();
  }
}

/** What a key pressed in the search box does. */
export type DeskAction =
  | { kind: "move"; step: 1 | -1 }
  | { kind: "register"; person: PersonMatch }
  | { kind: "new-person"; typed: string }
  | { kind: "clear" }
  | { kind: "none" };

/**
 * ArrowDown/ArrowUp move the highlight; Enter registers the highlighted
 * person, or opens the new-person form when nobody matches; Ctrl+Enter
 * always opens the form (a new person whose name resembles someone's);
 * Escape clears.
 */
export function deskKey(desk: DeskSearch, key: string, ctrl = false): DeskAction {
  switch (key) {
    case "ArrowDown":
      return { kind: "move", step: 1 };
    case "ArrowUp":
      return { kind: "move", step: -1 };
    case "Escape":
      return { kind: "clear" };
    case "Enter": {
      const typed = desk.query.trim();
      const person = desk.current();
      if (!ctrl && person) return { kind: "register", person };
      return typed || ctrl ? { kind: "new-person", typed } : { kind: "none" };
    }
    default:
      return { kind: "none" };
  }
}

/** Digits, dots, a dash and maybe a K: what someone types when searching by RUT. */
export function looksLikeRut(text: string): boolean {
  return /^\d[\d.\s]*(-?[\dkK])?$/.test(text.trim()) && /\d{3}/.test(text.replace(/\D/g, ""));
}

/**
 * The person, plus the role they sign in with (kept together as the form's
 * draft). Under Ley 21.719 a child is recorded by name only with the
 * guardian's consent typed inline, or anonymously; a gender only when its
 * express consent is ticked.
 */
export type NewPersonForm = Omit<PersonDraft, "guardian" | "genderConsent"> & {
  role: AttendanceRole;
  guardianChoice: "consent" | "anonymous";
  guardian: GuardianConsentDraft;
  genderConsented: boolean;
};

/** Children under 14: by name only with a guardian's consent. */
export const needsGuardian = (band: AgeBand | null): boolean => band === "child";

/** A minor's gender needs their guardian's consent (the bands put 14–15 with 16–17). */
export const isMinor = (band: AgeBand | null): boolean => band === "child" || band === "adolescent";

/**
 * The new-person form as it opens: what was typed becomes the name (or the
 * RUT, when digits were typed), the forum's neighbourhood is the likely one,
 * most people are adults, and the role is the desk's current role. A
 * guardian's consent, if asked for, is dated today.
 */
export function newPersonForm(
  typed: string,
  neighbourhoodId: string | null,
  role: AttendanceRole,
  today: string = typedDate(new Date()),
  purpose = "",
): NewPersonForm {
  const text = typed.trim();
  const rut = looksLikeRut(text);
  return {
    fullName: rut ? "" : text,
    rut: rut ? text : "",
    neighbourhoodId,
    organizationName: "",
    ageBand: "adult",
    gender: null,
    role,
    guardianChoice: "consent",
    guardian: { guardianName: "", relationship: "", givenOn: today, purpose, method: "signed_paper" },
    genderConsented: false,
  };
}

/** The draft the core expects: without the role, with only the consents that apply. */
export function personDraftOf(form: NewPersonForm): PersonDraft {
  const { role: _role, guardianChoice, guardian, genderConsented, ...person } = form;
  void _role;
  const withGuardian = needsGuardian(person.ageBand) && guardianChoice === "consent";
  const gender = genderConsented ? person.gender : null;
  return {
    ...person,
    gender,
    guardian: withGuardian ? guardian : null,
    genderConsent: gender
      ? { givenOn: guardian.givenOn, givenBy: isMinor(person.ageBand) ? "guardian" : "person" }
      : null,
  };
}

/** Attendees per neighbourhood, most first, for the desk's bars. */
export function countByNeighbourhood(
  attendees: { neighbourhoodName: string | null }[],
  none: string,
): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of attendees) {
    const label = a.neighbourhoodName ?? none;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "es"));
}
