//! The alert outbox: one row per development and recipient.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::queries::ts;
use super::StoreError;

/// An alert to queue.
pub struct NewAlert<'a> {
    /// Development.
    pub development: i64,
    /// Watchlist.
    pub watchlist: &'a str,
    /// Recipient.
    pub recipient: &'a str,
    /// Its Message-ID.
    pub message_id: &'a str,
    /// "digest" for a digest row.
    pub batch: Option<&'a str>,
    /// When it falls due.
    pub due: DateTime<Utc>,
}

/// Queues an alert (once per development and recipient).
pub fn queue(tx: &Connection, a: &NewAlert, now: DateTime<Utc>) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO outbox(development_id, watchlist, recipient, message_id, batch, state, attempts, next_attempt, created)
         VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7)",
    )?
    .execute(params![a.development, a.watchlist, a.recipient, a.message_id, a.batch, ts(a.due), ts(now)])?;
    Ok(())
}
