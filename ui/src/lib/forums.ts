// The forum vocabularies, in the order the form offers them.
import type { ForumKind, InvitationMethod } from "./bindings";

export const FORUM_KINDS: ForumKind[] = [
  "co_creation_forum",
  "multi_stakeholder_forum",
  "interim_session",
  "quarterly_meeting",
  "childrens_roundtable",
  "consultation",
];

export const INVITATIONS: InvitationMethod[] = ["random_invitation", "open_call", "invited_leaders"];
