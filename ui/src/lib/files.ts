// Where to save or what to read: the path the person typed, or else the
// system dialog's answer (null when they cancel).
export async function pathOrAsk(typed: string, ask: () => Promise<string | null>): Promise<string | null> {
  const path = typed.trim();
  if (path) return path;
  return ask().catch(() => null);
}

/** "pack-24-11-2026.pdf": a file name without characters file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, "-").replace(/\s+/g, " ").trim();
}
