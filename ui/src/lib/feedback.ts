// The feedback loop's vocabulary and its steps: open → forwarded to a
// directorate → answered → closed (and reopened when an answer falls short).
import type { FeedbackFilter, FeedbackKind, FeedbackStatus, Priority } from "./bindings";

export const FEEDBACK_KINDS: FeedbackKind[] = ["concern", "proposal", "question", "recognition"];
export const PRIORITIES: Priority[] = ["high", "medium", "low"];

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
  switch (status) {
    case "open":
      return ["forwarded", "answered", "closed"];
    case "forwarded":
      return ["answered", "closed", "open"];
    case "answered":
      return ["closed", "open"];
    case "closed":
      return ["open"];
  }
}

export const FEEDBACK_STATUSES: FeedbackStatus[] = ["open", "forwarded", "answered", "closed"];
