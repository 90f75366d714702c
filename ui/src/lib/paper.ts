// The desk's "paper" mode: a signed paper sheet typed back. A code printed
// beside a name (three or four characters) finds that person at once; the
// number of a blank row opens the new-person form for that row; anything
// else searches by name or RUT as the desk always does.
import type { PaperSheet, PersonMatch, SheetLine } from "./bindings";

/** The characters codes are made of (the core's `sheet_code::ALPHABET`). */
const CODE = /^[A-HJ-NP-Z2-9]{3,4}$/;

/** What was typed, read as a printed code: trimmed, upper case; null if it cannot be one. */
export function codeOf(typed: string): string | null {
  const code = typed.trim().toUpperCase();
  return CODE.test(code) ? code : null;
}

/** The sheet's line whose code was typed. */
export function lineByCode(sheet: PaperSheet, typed: string): SheetLine | null {
  const code = codeOf(typed);
  return code ? (sheet.lines.find((l) => l.code === code) ?? null) : null;
}

/** The number of a blank row of the sheet, when that is what was typed. */
export function blankRow(sheet: PaperSheet, typed: string): number | null {
  const text = typed.trim().replace(/^#/, "");
  if (!/^\d{1,3}$/.test(text)) return null;
  const row = Number(text);
  return row >= sheet.firstBlank && row < sheet.firstBlank + sheet.blankRows ? row : null;
}

/** A sheet line as the desk's results show a person. */
export function matchOf(line: SheetLine): PersonMatch {
  return {
    id: line.personId,
    fullName: line.fullName,
    rut: null,
    neighbourhoodName: line.neighbourhoodName,
    organizationName: line.organizationName,
    forumsAttended: 0,
  };
}

/**
 * The desk's search in paper mode: a code answers with its person alone, a
 * blank row's number with nobody (Enter then opens the form), anything else
 * goes to the usual search.
 */
export function paperSearch(
  sheet: () => PaperSheet | null,
  search: (query: string, limit: number) => Promise<PersonMatch[]>,
): (query: string, limit: number) => Promise<PersonMatch[]> {
  return async (query, limit) => {
    const current = sheet();
    if (current) {
      const line = lineByCode(current, query);
      if (line) return [matchOf(line)];
      if (blankRow(current, query) !== null) return [];
    }
    return search(query, limit);
  };
}

/** The next blank row not yet typed, after `typed` of them were. */
export function nextBlank(sheet: PaperSheet, typed: number): number | null {
  return typed < sheet.blankRows ? sheet.firstBlank + typed : null;
}
