// The one undo notice: after a delete, *Deshacer* for a few seconds. A new
// delete replaces the notice (its own undo is the one offered).
import type { Backend } from "./api";
import type { Deletion, IpcError } from "./bindings";

/** Long enough to read the notice and reach the button with the keyboard. */
export const UNDO_SECONDS = 10;

type Offer = { deletion: Deletion; message: string; undone: () => void };

export const undoNotice = $state<{ offer: Offer | null; done: string; failure: IpcError | null }>({
  offer: null,
  done: "",
  failure: null,
});

let timer: ReturnType<typeof setTimeout> | undefined;

export function offerUndo(deletion: Deletion, message: string, undone: () => void): void {
  clearTimeout(timer);
  undoNotice.offer = { deletion, message, undone };
  undoNotice.done = "";
  undoNotice.failure = null;
  timer = setTimeout(dismissUndo, UNDO_SECONDS * 1000);
}

export function dismissUndo(): void {
  clearTimeout(timer);
  undoNotice.offer = null;
}

/** Brings back what the offered delete removed; `true` when it did. */
export async function undoLast(backend: Backend, doneMessage: string): Promise<boolean> {
  const offer = undoNotice.offer;
  if (!offer) return false;
  clearTimeout(timer);
  try {
    await backend.undoDelete(offer.deletion);
    undoNotice.offer = null;
    undoNotice.done = doneMessage;
    timer = setTimeout(() => (undoNotice.done = ""), 4000);
    offer.undone();
    return true;
  } catch (error) {
    undoNotice.failure = error as IpcError;
    return false;
  }
}
