//! Learned actor roles: per watchlist, how many items described each actor as a
//! go-between (mediator, broker, host). Kept in `meta` as JSON: statistics, like the term
//! frequencies, so a crash between batches at most forgets one batch's counts.

use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

use super::StoreError;

fn key(watchlist: &str) -> String {
    format!("mediator_cues:{watchlist}")
}

/// Items per actor that described it as a mediator, for one watchlist.
pub fn load(conn: &Connection, watchlist: &str) -> Result<HashMap<String, u32>, StoreError> {
    let v: Option<String> = conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([key(watchlist)], |r| r.get(0))
        .optional()?;
    Ok(v.and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default())
}

/// Stores the counts of one watchlist.
pub fn save(
    conn: &Connection,
    watchlist: &str,
    counts: &HashMap<String, u32>,
) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")?
        .execute(params![key(watchlist), serde_json::to_string(counts)?])?;
    Ok(())
}
