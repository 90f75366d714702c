// Where the focus goes after a save, so the next Tab starts at the person's
// next action and never from the top of the page (as the desk already does).
import { tick } from "svelte";

/** After the next render, focuses the first element `selector` finds in `root`. */
export async function focusNext(root: ParentNode | null | undefined, selector: string): Promise<void> {
  await tick();
  (root ?? document).querySelector<HTMLElement>(selector)?.focus();
}

/**
 * After a failed save: the field the error names (marked `aria-invalid`),
 * else the error banner (given `tabindex="-1"`), so the message is read and
 * the next Tab continues from there.
 */
export async function focusFailure(root: ParentNode | null | undefined): Promise<void> {
  await tick();
  const scope = root ?? document;
  const target =
    scope.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    document.querySelector<HTMLElement>('[data-testid="error-message"]');
  target?.focus();
}

/** True when an input event came from the field the current error is about: the person is correcting it. */
export function correcting(event: Event): boolean {
  return (event.target as HTMLElement | null)?.getAttribute?.("aria-invalid") === "true";
}
