//! The search indexes (FTS5) are kept in step by triggers, one row at a
//! time. An import that writes tens of thousands of rows suspends those
//! triggers and rebuilds the indexes of the tables it wrote, inside its own
//! transaction: the same indexes, several times faster (one pass instead of
//! a trigger per row). A failed import rolls the triggers back too.

use rusqlite::Connection;

use super::Result;

/// Each indexed table, and how its index is built from it (what its
/// triggers do row by row: see the migrations).
const INDEXES: &[(&str, &str)] = &[
    (
        "person",
        "DELETE FROM person_search;
         INSERT INTO person_search(rowid, full_name, rut_digits)
         SELECT rowid, full_name, replace(coalesce(rut, ''), '-', '') FROM person WHERE deleted_at IS NULL;",
    ),
    (
        "forum",
        "DELETE FROM forum_search;
         INSERT INTO forum_search(rowid, title, place) SELECT rowid, title, place FROM forum WHERE deleted_at IS NULL;",
    ),
    (
        "feedback",
        "DELETE FROM feedback_search;
         INSERT INTO feedback_search(rowid, text, answer)
         SELECT rowid, text, coalesce(answer, '') FROM feedback WHERE deleted_at IS NULL;",
    ),
];

/// The index triggers taken away, to be put back by [`resume`].
#[must_use]
pub struct Suspended {
    triggers: Vec<String>,
}

/// Drops the index triggers. Call inside a transaction.
pub fn suspend(conn: &Connection) -> Result<Suspended> {
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_search\\_%' ESCAPE '\\'",
    )?;
    let found = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (name, _) in &found {
        conn.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
    }
    Ok(Suspended { triggers: found.into_iter().map(|(_, sql)| sql).collect() })
}

/// Rebuilds the index of every table `written` says was written, then puts
/// the triggers back as they were.
pub fn resume(conn: &Connection, suspended: Suspended, written: impl Fn(&str) -> bool) -> Result<()> {
    for (table, rebuild) in INDEXES {
        if written(table) {
            conn.execute_batch(rebuild)?;
        }
    }
    for sql in suspended.triggers {
        conn.execute_batch(&sql)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{search, Store};

    fn triggers(conn: &Connection) -> Vec<String> {
        let mut stmt = conn.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").expect("q");
        stmt.query_map([], |r| r.get(0)).expect("q").collect::<rusqlite::Result<_>>().expect("rows")
    }

    #[test]
    fn rows_written_while_suspended_are_found_and_the_triggers_come_back_the_same() {
        let mut store = Store::open_in_memory().expect("store");
        let before = triggers(store.conn());
        assert!(before.len() >= 9, "three triggers per index");
        let tx = store.conn_mut().transaction().expect("tx");
        let suspended = suspend(&tx).expect("suspend");
        assert!(triggers(&tx).iter().all(|sql| !sql.contains("_search")));
        tx.execute(
            "INSERT INTO person (id, full_name, created_at, updated_at) VALUES ('6f9619ff-8b86-4d11-b42d-00c04fc964ff', 'Begoña Ñirre', 'x', 'x')",
            [],
        )
        .expect("insert");
        assert!(search::everything(&tx, "nirre", 5).expect("search").people.is_empty(), "not indexed yet");
        resume(&tx, suspended, |table| table == "person").expect("resume");
        tx.commit().expect("commit");
        assert_eq!(triggers(store.conn()), before);
        let found = search::everything(store.conn(), "begona nir", 5).expect("search");
        assert_eq!(found.people.iter().map(|p| p.full_name.as_str()).collect::<Vec<_>>(), ["Begoña Ñirre"]);
        // The triggers work again for the next row.
        store
            .conn()
            .execute(
                "INSERT INTO person (id, full_name, created_at, updated_at) VALUES ('7f9619ff-8b86-4d11-b42d-00c04fc964ff', 'Tomás Ñirre', 'x', 'x')",
                [],
            )
            .expect("insert");
        assert_eq!(search::everything(store.conn(), "nirre", 5).expect("search").people.len(), 2);
    }
}
