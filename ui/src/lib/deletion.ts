// The words of a delete's confirmation and of its undo notice, from what the
// core says the delete takes with it (store/deletion.rs).
import type { DeletePreview, RecordKind, Taken } from "./bindings";
import { t } from "./i18n.svelte";

export const CONFIRM_KEYS: Record<RecordKind, string> = {
  forum: "delete-confirm-forum",
  milestone: "delete-confirm-milestone",
  note: "delete-confirm-note",
  evidence: "delete-confirm-evidence",
  feedback: "delete-confirm-feedback",
};

export const DELETED_KEYS: Record<RecordKind, string> = {
  forum: "deleted-forum",
  milestone: "deleted-milestone",
  note: "deleted-note",
  evidence: "deleted-evidence",
  feedback: "deleted-feedback",
};

export const TAKEN_KEYS: Record<Taken, string> = {
  sign_ins: "delete-takes-sign-ins",
  facilitators: "delete-takes-facilitators",
  feedback: "delete-takes-feedback",
  notes: "delete-takes-notes",
  evidence: "delete-takes-evidence",
};

/** "¿Eliminar el hito «Plan de barrio»?" */
export function confirmText(preview: DeletePreview): string {
  return t(CONFIRM_KEYS[preview.kind], { label: preview.label });
}

/** "Se eliminarán también 3 notas y 1 archivo." */
export function takesText(preview: DeletePreview): string {
  const parts = preview.takes.map(({ what, count }) => t(TAKEN_KEYS[what], { count }));
  if (parts.length === 0) return t("delete-takes-nothing");
  const list =
    parts.length === 1 ? parts[0] : t("delete-and", { first: parts.slice(0, -1).join(", "), last: parts[parts.length - 1] });
  return t("delete-takes", { list });
}

export function deletedText(preview: DeletePreview): string {
  return t(DELETED_KEYS[preview.kind], { label: preview.label });
}
