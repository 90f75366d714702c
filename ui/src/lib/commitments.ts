// Milestones on OGP's completion scale, and what their forms need.
import type { Milestone, MilestoneDraft } from "./bindings";
import { chileanDate } from "./format";

export { COMPLETIONS } from "./bindings";

/** A milestone as its edit form starts: dates as Chileans type them. */
export function milestoneDraftOf(m: Milestone): MilestoneDraft {
  return {
    commitmentId: m.commitmentId,
    title: m.title,
    plannedStart: m.plannedStart ? chileanDate(m.plannedStart) : "",
    plannedEnd: m.plannedEnd ? chileanDate(m.plannedEnd) : "",
  };
}

/**
 * The progress typed in a note: empty means "leave it as it is" (`null`), a
 * whole number from 0 to 100 (a trailing % is fine) is the new progress, and
 * anything else is `undefined`, so the form can say so before asking the core.
 */
export function parseProgress(typed: string): number | null | undefined {
  const text = typed.trim().replace(/\s*%$/, "");
  if (text === "") return null;
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 100 ? value : undefined;
}
