//! The alert outbox: one row per development and recipient.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::queries::ts;
use super::StoreError;

/// Queues an alert (once per development and recipient).
pub fn queue(
    tx: &Connection,
    development: i64,
    watchlist: &str,
    recipient: &str,
    message_id: &str,
    batch: Option<&str>,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO outbox(development_id, watchlist, recipient, message_id, batch, state, attempts, next_attempt, created)
         VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7)",
    )?
    .execute(params![development, watchlist, recipient, message_id, batch, ts(due), ts(now)])?;
    Ok(())
}
