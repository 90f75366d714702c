// How Chileans read dates, times and RUTs.

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-24" or "2026-11-24T18:30:00" → "24-11-2026". */
export function chileanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return d && m && y ? `${d}-${m}-${y}` : iso;
}

/** "2026-11-24T18:30:00" → "18:30". */
export function localTime(iso: string): string {
  return iso.length >= 16 ? iso.slice(11, 16) : "";
}

/** A UTC instant → the local "HH:MM" it happened at on this laptop. */
export function arrivalTime(utc: string): string {
  const at = new Date(utc);
  return Number.isNaN(at.getTime()) ? "" : `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A day as the core expects it typed: "24-11-2026". */
export function typedDate(day: Date): string {
  return `${pad(day.getDate())}-${pad(day.getMonth() + 1)}-${day.getFullYear()}`;
}

/** "12345678-5" → "12.345.678-5". */
export function displayRut(rut: string | null): string {
  if (!rut) return "";
  const [body, check] = rut.split("-");
  if (!body || check === undefined) return rut;
  return `${body.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}-${check}`;
}

/** First and last day of the calendar quarter holding `day`, typed. */
export function quarterOf(day: Date): { from: string; to: string } {
  const first = Math.floor(day.getMonth() / 3) * 3;
  return {
    from: typedDate(new Date(day.getFullYear(), first, 1)),
    to: typedDate(new Date(day.getFullYear(), first + 3, 0)),
  };
}

/** A file's size as people read it: "840 KB", "1,2 MB" (Spanish decimals). */
export function fileSize(bytes: number, language: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
