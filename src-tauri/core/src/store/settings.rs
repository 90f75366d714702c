//! This laptop's own preferences (never synced).

use rusqlite::{params, Connection, OptionalExtension};

use super::Result;

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| row.get(0)).optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_setting_is_replaced_not_doubled() {
        let store = crate::store::Store::open_in_memory().expect("store");
        assert_eq!(super::get(store.conn(), "language").expect("get"), None);
        super::set(store.conn(), "language", "en").expect("set");
        super::set(store.conn(), "language", "es-CL").expect("set");
        assert_eq!(super::get(store.conn(), "language").expect("get").as_deref(), Some("es-CL"));
    }
}
