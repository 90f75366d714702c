// The rights-request register's vocabularies as the screens use them.
import { REQUEST_CHANNELS, REQUEST_RIGHTS, REQUEST_STATUSES } from "./bindings";

export { REQUEST_CHANNELS, REQUEST_RIGHTS, REQUEST_STATUSES };

/** The steps the screen offers: take it up, extend once, decide. */
export const REQUEST_STEPS = ["start", "extend", "answered", "refused"] as const;
export type RequestStepKind = (typeof REQUEST_STEPS)[number];

/** The kinds of data with a retention period (`RetentionRule`'s `kind`). */
export const RETENTION_KINDS = ["contact_details", "attendance_names", "childrens_names"] as const;
