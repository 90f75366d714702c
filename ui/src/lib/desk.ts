// The sign-in desk's search box: every keystroke searches, the latest
// keystroke's answer wins, the first match is highlighted and arrows move.
import type { PersonMatch } from "./bindings";

export const RESULTS_SHOWN = 8;

export class DeskSearch {
  query = "";
  results: PersonMatch[] = [];
  highlighted = 0;
  private asked = 0;

  constructor(
    private readonly search: (query: string, limit: number) => Promise<PersonMatch[]>,
    private readonly changed: () => void = () => {},
  ) {}

  /** Searches for what is typed now; an older answer arriving late is ignored. */
  async type(query: string): Promise<void> {
    this.query = query;
    const ticket = ++this.asked;
    const found = query.trim() === "" ? [] : await this.search(query, RESULTS_SHOWN);
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
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
