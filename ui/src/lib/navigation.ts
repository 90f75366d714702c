// Which screen is showing. Kept as plain data so screens can be unit-tested.
export type View =
  | { name: "forums" }
  | { name: "forum-new" }
  | { name: "forum-edit"; forumId: string }
  | { name: "desk"; forumId: string; paper?: boolean }
  | { name: "people" }
  | { name: "person"; personId: string }
  | { name: "feedback"; itemId?: string }
  | { name: "commitments" }
  | { name: "dashboard" }
  | { name: "pack" }
  | { name: "data" }
  | { name: "requests" }
  | { name: "conflicts" }
  | { name: "settings" };

export type Navigate = (view: View) => void;
