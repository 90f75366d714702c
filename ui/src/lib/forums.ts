// The forum vocabularies, in the order the form offers them (from the core).
export { FORUM_KINDS, INVITATIONS } from "./bindings";
