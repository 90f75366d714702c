//! Deleting a record, and undoing that delete. Nothing is removed: a delete
//! stamps `deleted_at` on the record and on everything it takes with it,
//! all with one stamp, unique to that delete; undo clears exactly the rows
//! carrying that stamp, so what had been deleted before on its own stays
//! deleted. Both move `updated_at`, so a tombstone and a revival travel by
//! sync like any edit (the later one wins).
//!
//! What each record takes with it (`cascades`):
//! - a forum: its sign-ins, its facilitators, its links to commitments and
//!   the feedback recorded at it, with their steps (a forum entered by
//!   mistake heard nothing real). A pack already made for it stays listed.
//! - a milestone: its notes and its evidence. Feedback about it stays (what
//!   a neighbour said still counts) and no longer names the milestone.
//! - a note: the evidence attached with it. When it was the latest note to
//!   move the milestone's level or progress, the milestone goes back to
//!   where the note found it (and forward again on undo).
//! - an evidence file: its record only; the copy stays in `evidence/`, so
//!   an undo finds it again.
//! - a feedback item: its steps.
//!
//! Sign-ins have their own removal (`attendance::remove`), and people their
//! erasure and merge (`rights`, `people`), which are not undone.

use chrono::{DateTime, Duration, SubsecRound, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::sql::stamp as format_stamp;
use super::{now, settings, Result, StoreError};
use crate::domain::kinds::Completion;

/// A record that can be deleted and brought back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Forum,
    Milestone,
    Note,
    Evidence,
    Feedback,
}

/// What a delete takes with its record, as the confirmation names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Taken {
    SignIns,
    Facilitators,
    Feedback,
    Notes,
    Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TakenCount {
    pub what: Taken,
    #[ts(type = "number")]
    pub count: i64,
}

/// What the confirmation shows before a delete: the record's own words
/// (title, name or the start of its text) and what goes with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletePreview {
    pub kind: RecordKind,
    pub id: Uuid,
    pub label: String,
    /// Only what there is some of, in the order of `cascades`.
    pub takes: Vec<TakenCount>,
}

/// A delete that happened: hand it back to `undo`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Deletion {
    pub kind: RecordKind,
    pub id: Uuid,
    /// The `deleted_at` every row of this delete carries.
    pub stamp: String,
}

/// Rows of `table` that go with the record whose id is `?1`. A cascade
/// without `what` is part of the record itself (a feedback item's steps)
/// and is not counted in the confirmation.
struct Cascade {
    table: &'static str,
    condition: &'static str,
    what: Option<Taken>,
}

const fn cascade(table: &'static str, condition: &'static str, what: Option<Taken>) -> Cascade {
    Cascade { table, condition, what }
}

const FORUM: &[Cascade] = &[
    cascade("attendance", "forum_id = ?1", Some(Taken::SignIns)),
    cascade("forum_facilitator", "forum_id = ?1", Some(Taken::Facilitators)),
    cascade("forum_commitment", "forum_id = ?1", None),
    cascade("feedback", "forum_id = ?1", Some(Taken::Feedback)),
    cascade("feedback_event", "feedback_id IN (SELECT id FROM feedback WHERE forum_id = ?1)", None),
];
const MILESTONE: &[Cascade] = &[
    cascade("milestone_note", "milestone_id = ?1", Some(Taken::Notes)),
    cascade("evidence", "milestone_id = ?1", Some(Taken::Evidence)),
];
const NOTE: &[Cascade] = &[cascade("evidence", "note_id = ?1", Some(Taken::Evidence))];
const FEEDBACK: &[Cascade] = &[cascade("feedback_event", "feedback_id = ?1", None)];

impl RecordKind {
    fn table(self) -> &'static str {
        match self {
            RecordKind::Forum => "forum",
            RecordKind::Milestone => "milestone",
            RecordKind::Note => "milestone_note",
            RecordKind::Evidence => "evidence",
            RecordKind::Feedback => "feedback",
        }
    }

    fn cascades(self) -> &'static [Cascade] {
        match self {
            RecordKind::Forum => FORUM,
            RecordKind::Milestone => MILESTONE,
            RecordKind::Note => NOTE,
            RecordKind::Evidence => &[],
            RecordKind::Feedback => FEEDBACK,
        }
    }

    /// The column the confirmation quotes.
    fn label_column(self) -> &'static str {
        match self {
            RecordKind::Forum | RecordKind::Milestone => "title",
            RecordKind::Note | RecordKind::Feedback => "text",
            RecordKind::Evidence => "original_name",
        }
    }

    /// The record this one belongs to, which must be there for an undo.
    fn parent(self) -> Option<(&'static str, &'static str)> {
        match self {
            RecordKind::Milestone => Some(("commitment_id", "commitment")),
            RecordKind::Note | RecordKind::Evidence => Some(("milestone_id", "milestone")),
            RecordKind::Forum | RecordKind::Feedback => None,
        }
    }

    fn entity(self) -> &'static str {
        match self {
            RecordKind::Note => "note",
            other => other.table(),
        }
    }
}

/// Long texts are quoted by their start.
const LABEL_CHARS: usize = 80;

pub fn preview(conn: &Connection, kind: RecordKind, id: Uuid) -> Result<DeletePreview> {
    let label: String = conn
        .query_row(
            &format!("SELECT {} FROM {} WHERE id = ?1 AND deleted_at IS NULL", kind.label_column(), kind.table()),
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound { entity: kind.entity() })?;
    let label = if label.chars().count() > LABEL_CHARS {
        format!("{}…", label.chars().take(LABEL_CHARS).collect::<String>().trim_end())
    } else {
        label
    };
    let mut takes = Vec::new();
    for cascade in kind.cascades() {
        let Some(what) = cascade.what else { continue };
        let count: i64 = conn.query_row(
            &format!("SELECT count(*) FROM {} WHERE deleted_at IS NULL AND ({})", cascade.table, cascade.condition),
            [id.to_string()],
            |r| r.get(0),
        )?;
        if count > 0 {
            takes.push(TakenCount { what, count });
        }
    }
    Ok(DeletePreview { kind, id, label, takes })
}

/// Deletes the record and what it takes with it, all under one new stamp.
pub fn delete(tx: &Transaction<'_>, kind: RecordKind, id: Uuid) -> Result<Deletion> {
    let live: Option<i64> = tx
        .query_row(
            &format!("SELECT 1 FROM {} WHERE id = ?1 AND deleted_at IS NULL", kind.table()),
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    if live.is_none() {
        return Err(StoreError::NotFound { entity: kind.entity() });
    }
    let stamp = unique_stamp(tx, kind)?;
    if kind == RecordKind::Note {
        move_milestone(tx, id, Direction::Back, &stamp)?;
    }
    // The root last: a cascade's condition may read through it.
    for cascade in kind.cascades().iter().rev() {
        tx.execute(
            &format!(
                "UPDATE {} SET deleted_at = ?2, updated_at = ?2 WHERE deleted_at IS NULL AND ({})",
                cascade.table, cascade.condition
            ),
            params![id.to_string(), stamp],
        )?;
    }
    tx.execute(
        &format!("UPDATE {} SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", kind.table()),
        params![id.to_string(), stamp],
    )?;
    Ok(Deletion { kind, id, stamp })
}

/// Brings back exactly what `deletion` removed. Refused when the record is
/// no longer as that delete left it (already brought back, changed by a
/// sync) or when what it belongs to has been deleted since.
pub fn undo(tx: &Transaction<'_>, deletion: &Deletion) -> Result<()> {
    let kind = deletion.kind;
    let id = deletion.id.to_string();
    let parent_column = kind.parent().map_or("NULL", |(column, _)| column);
    let found: Option<Option<String>> = tx
        .query_row(
            &format!("SELECT {parent_column} FROM {} WHERE id = ?1 AND deleted_at = ?2", kind.table()),
            params![id, deletion.stamp],
            |r| r.get(0),
        )
        .optional()?;
    let Some(parent) = found else {
        return Err(StoreError::NotFound { entity: kind.entity() });
    };
    if let (Some((_, parent_table)), Some(parent_id)) = (kind.parent(), parent) {
        let alive: Option<i64> = tx
            .query_row(
                &format!("SELECT 1 FROM {parent_table} WHERE id = ?1 AND deleted_at IS NULL"),
                [parent_id],
                |r| r.get(0),
            )
            .optional()?;
        if alive.is_none() {
            return Err(StoreError::NotFound { entity: parent_table });
        }
    }
    let revived = now();
    tx.execute(
        &format!("UPDATE {} SET deleted_at = NULL, updated_at = ?3 WHERE id = ?1 AND deleted_at = ?2", kind.table()),
        params![id, deletion.stamp, revived],
    )?;
    for cascade in kind.cascades() {
        tx.execute(
            &format!(
                "UPDATE {} SET deleted_at = NULL, updated_at = ?3 WHERE deleted_at = ?2 AND ({})",
                cascade.table, cascade.condition
            ),
            params![id, deletion.stamp, revived],
        )?;
    }
    if kind == RecordKind::Note {
        move_milestone(tx, deletion.id, Direction::Forward, &revived)?;
    }
    Ok(())
}

/// A stamp later than any earlier delete's on this laptop, so no two
/// deletes share one even within a millisecond.
fn unique_stamp(conn: &Connection, kind: RecordKind) -> Result<String> {
    const KEY: &str = "last_delete_stamp";
    // Compared as stored (to the millisecond): text order is time order.
    let mut at = Utc::now().trunc_subsecs(3);
    let mut stamp = format_stamp(at);
    let last = settings::get(conn, KEY)?.and_then(|last| DateTime::parse_from_rfc3339(&last).ok());
    // A sign-in removed on its own in the same millisecond carries the
    // stamp too, and an undo would bring it back: step past it as well.
    while last.is_some_and(|last| at <= last) || stamp_in_use(conn, kind, &stamp)? {
        at += Duration::milliseconds(1);
        stamp = format_stamp(at);
    }
    settings::set(conn, KEY, &stamp)?;
    Ok(stamp)
}

fn stamp_in_use(conn: &Connection, kind: RecordKind, stamp: &str) -> Result<bool> {
    let tables = std::iter::once(kind.table()).chain(kind.cascades().iter().map(|c| c.table));
    for table in tables {
        let found: Option<i64> = conn
            .query_row(&format!("SELECT 1 FROM {table} WHERE deleted_at = ?1 LIMIT 1"), [stamp], |r| r.get(0))
            .optional()?;
        if found.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    /// The note is going: the milestone returns to where the note found it.
    Back,
    /// The note is back: the milestone moves as the note moved it.
    Forward,
}

/// Keeps a milestone's current standing in step with its notes when the
/// latest note to move it goes or comes back. The current standing is the
/// one the latest written note left (`milestones::add_note`).
fn move_milestone(tx: &Transaction<'_>, note_id: Uuid, direction: Direction, stamp: &str) -> Result<()> {
    let note = note_id.to_string();
    let (milestone_id, completion, progress): (String, Completion, i64) = tx.query_row(
        "SELECT m.id, m.completion, m.progress FROM milestone_note n JOIN milestone m ON m.id = n.milestone_id
         WHERE n.id = ?1",
        [&note],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let end = if direction == Direction::Back { "before" } else { "after" };
    let latest = |column: &str| -> Result<bool> {
        let id: Option<String> = tx
            .query_row(
                &format!(
                    "SELECT id FROM milestone_note WHERE milestone_id = ?1 AND deleted_at IS NULL
                       AND {column}_after IS NOT NULL ORDER BY created_at DESC, rowid DESC LIMIT 1"
                ),
                [&milestone_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(id.as_deref() == Some(note.as_str()))
    };
    let (moved_completion, moved_progress) = (latest("completion")?, latest("progress")?);
    if !moved_completion && !moved_progress {
        return Ok(());
    }
    let (note_completion, note_progress): (Option<Completion>, Option<i64>) = tx.query_row(
        &format!("SELECT completion_{end}, progress_{end} FROM milestone_note WHERE id = ?1"),
        [&note],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let completion = if moved_completion { note_completion.unwrap_or(completion) } else { completion };
    let progress = if moved_progress { note_progress.unwrap_or(progress) } else { progress };
    // Level and progress agree (domain/milestones.rs), whichever one moved.
    let progress = completion.clamp_progress(progress);
    tx.execute(
        "UPDATE milestone SET completion = ?2, progress = ?3, updated_at = ?4 WHERE id = ?1",
        params![milestone_id, completion, progress, stamp],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests;
