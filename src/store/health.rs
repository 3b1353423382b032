//! Feed health: the `feeds` command's report, the state behind operations notices
//! (a feed failing or silent, one email each way) and the count of failing feeds.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{ts, StoreError};

/// A row of the `feeds` command.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FeedHealth {
    /// URL.
    pub url: String,
    /// Name.
    pub name: String,
    /// Last success.
    pub last_success: Option<String>,
    /// Last error message.
    pub last_error: Option<String>,
    /// When it happened.
    pub last_error_at: Option<String>,
    /// Failures in a row.
    pub consecutive_errors: i64,
    /// Next poll.
    pub next_poll: Option<String>,
    /// Last HTTP status.
    pub last_status: Option<i64>,
    /// Items stored from it.
    pub items: i64,
    /// Items first seen in the last 7 days.
    pub items_last_week: i64,
}

/// Health of every feed in the store.
pub fn feed_health(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<FeedHealth>, StoreError> {
    let week = ts(now - chrono::Duration::days(7));
    let mut st = conn.prepare(
        "SELECT f.url, f.name, f.last_success, f.last_error, f.last_error_at, f.consecutive_errors, f.next_poll, f.last_status,
                (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id),
                (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id AND i.first_seen >= ?1)
         FROM feeds f ORDER BY f.name",
    )?;
    let rows = st.query_map([week], |r| {
        Ok(FeedHealth {
            url: r.get(0)?,
            name: r.get(1)?,
            last_success: r.get(2)?,
            last_error: r.get(3)?,
            last_error_at: r.get(4)?,
            consecutive_errors: r.get(5)?,
            next_poll: r.get(6)?,
            last_status: r.get(7)?,
            items: r.get(8)?,
            items_last_week: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What an operations notice is decided from (timestamps as stored, RFC 3339).
#[derive(Debug, Clone)]
pub struct OpsState {
    /// Feed name.
    pub name: String,
    /// Start of the current run of failures.
    pub failing_since: Option<String>,
    /// Last error message.
    pub last_error: Option<String>,
    /// When the feed last brought a new item.
    pub last_new_item: Option<String>,
    /// The notice already sent: `failing`, `silent`, or none.
    pub ops_alerted: Option<String>,
    /// Last successful poll.
    pub last_success: Option<String>,
}

/// The notice state of one feed, if it has a row.
pub fn ops_state(conn: &Connection, url: &str) -> Result<Option<OpsState>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT name, failing_since, last_error, last_new_item, ops_alerted, last_success FROM feeds WHERE url = ?1")?
        .query_row([url], |r| {
            Ok(OpsState {
                name: r.get(0)?,
                failing_since: r.get(1)?,
                last_error: r.get(2)?,
                last_new_item: r.get(3)?,
                ops_alerted: r.get(4)?,
                last_success: r.get(5)?,
            })
        })
        .optional()?)
}

/// Records the notice sent for a feed (None: it recovered).
pub fn set_ops_alerted(
    conn: &Connection,
    url: &str,
    state: Option<&str>,
) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "UPDATE feeds SET ops_alerted = ?2 WHERE url = ?1",
        params![url, state],
    )?)
}

/// Feeds whose last poll failed.
pub fn failing_count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM feeds WHERE consecutive_errors > 0",
        [],
        |r| r.get(0),
    )?)
}
