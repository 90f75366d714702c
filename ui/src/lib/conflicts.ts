// The Conflictos screen's rules, testable without a window.
import type { Review, ReviewField } from "./bindings";

/** Columns the review names in words; any other shows as "otro dato". */
export const FIELD_KEYS = new Set([
  "full_name",
  "rut",
  "phone",
  "email",
  "neighbourhood_id",
  "organization_id",
  "age_band",
  "gender",
  "is_driving_group",
  "title",
  "place",
  "starts_at",
  "kind",
  "agenda",
  "minutes",
  "text",
  "status",
  "priority",
  "answer",
  "completion",
  "progress",
  "planned_start",
  "planned_end",
  "role",
  "deleted_at",
  "name",
]);

export function fieldKey(field: string): string {
  return FIELD_KEYS.has(field) ? `conflicts-field-${field}` : "conflicts-field-other";
}

/** Whether there is another value to keep: a field changed on both, or a deletion. */
export function canKeepOther(review: Review): boolean {
  return !review.reviewed && review.fields.some((f) => f.clash || f.field === "deleted_at");
}

/** A value as shown: a reference is not a value a person reads. */
export function shown(field: ReviewField, value: string | null, empty: string, reference: string, deleted: string): string {
  if (value === null || value === "") return empty;
  if (field.field === "deleted_at") return deleted;
  if (field.field.endsWith("_id")) return reference;
  return value;
}

/** The kinds of review (`ReviewKind`), for their labels. */
export const REVIEW_KINDS = ["parallel", "same_field", "deleted"] as const;

/** The tables that travel in sync files (`sync::tables::TABLES`), for their labels. */
export const SYNCED_TABLES = [
  "neighbourhood",
  "organization",
  "person",
  "commitment",
  "milestone",
  "milestone_note",
  "evidence",
  "forum",
  "forum_commitment",
  "forum_facilitator",
  "attendance",
  "feedback",
  "feedback_event",
  "meeting_pack",
] as const;
