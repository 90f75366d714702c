// Vocabularies of the Data screen, as the core sends them.
import type { ConflictKind, RefusedWhy } from "./bindings";

/** The catalogue key of each kind of sync conflict (`ConflictKind::message_key`). */
export const CONFLICT_KEYS: Record<ConflictKind, string> = {
  same_rut: "sync-conflict-same-rut",
  same_link: "sync-conflict-same-link",
  erased: "sync-conflict-erased",
};

/** Why an evidence file in a sync file was refused (`RefusedWhy::message_key`). */
export const REFUSED_KEYS: Record<RefusedWhy, string> = {
  changed: "sync-file-refused-changed",
  too_large: "sync-file-refused-too-large",
  unknown: "sync-file-refused-unknown",
};

/** The fields a bad CSV row can be blamed on (`BadRow.field`). */
export const CSV_FIELDS = [
  "full_name",
  "rut",
  "neighbourhood",
  "organization_name",
  "age_band",
  "gender",
  "role",
  "phone",
  "email",
  "purpose",
  "consent",
  "row",
] as const;

/** Why a backup was made (the core's `backup::DAILY`, `MANUAL`…). */
export const BACKUP_REASONS = ["daily", "manual", "before-migration", "before-restore"] as const;
