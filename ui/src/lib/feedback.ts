// The feedback loop's vocabulary and its steps: open → forwarded to a
// directorate → answered → closed (and reopened when an answer falls short).
// The vocabularies and the steps come from the core (bindings.ts).
import { FEEDBACK_NEXT, type FeedbackFilter, type FeedbackStatus } from "./bindings";

export { FEEDBACK_KINDS, FEEDBACK_STATUSES, PRIORITIES } from "./bindings";

/** What the list shows: what still waits for an answer, everything, or one status. */
export type FeedbackShow = "waiting" | "all" | FeedbackStatus;

export function filterFor(
  show: FeedbackShow,
  commitmentId: string | null,
  neighbourhoodId: string | null,
): FeedbackFilter {
  return {
    commitmentId,
    neighbourhoodId,
    status: show === "waiting" || show === "all" ? null : show,
    waitingOnly: show === "waiting",
  };
}

/** The statuses an item can move to from where it is, the usual next step first. */
export function nextStatuses(status: FeedbackStatus): FeedbackStatus[] {
  return FEEDBACK_NEXT[status];
}
