//! The feeds table as the scheduler sees it: one row per configured feed, with the
//! validators of conditional GET and the outcome and next time of its last poll.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::{parse_ts, ts, StoreError};
use crate::config::FeedConfig;

/// Per-feed state the scheduler needs.
#[derive(Debug, Clone)]
pub struct FeedState {
    /// Row id.
    pub id: i64,
    /// URL.
    pub url: String,
    /// ETag for If-None-Match.
    pub etag: Option<String>,
    /// Last-Modified for If-Modified-Since.
    pub last_modified: Option<String>,
    /// Failures in a row.
    pub consecutive_errors: u32,
    /// Next poll time.
    pub next_poll: Option<DateTime<Utc>>,
}

/// Makes sure every configured feed has a row (names are refreshed); returns their states.
pub fn sync_feeds(
    conn: &mut Connection,
    feeds: &[FeedConfig],
) -> Result<Vec<FeedState>, StoreError> {
    let tx = conn.transaction()?;
    for f in feeds {
        tx.execute(
            "INSERT INTO feeds(url, name) VALUES (?1, ?2) ON CONFLICT(url) DO UPDATE SET name = excluded.name",
            params![f.url, f.name],
        )?;
    }
    tx.commit()?;
    let mut out = Vec::new();
    for f in feeds {
        out.push(feed_state(conn, &f.url)?);
    }
    Ok(out)
}

/// One feed's state.
pub fn feed_state(conn: &Connection, url: &str) -> Result<FeedState, StoreError> {
    Ok(conn.query_row(
        "SELECT id, url, etag, last_modified, consecutive_errors, next_poll FROM feeds WHERE url = ?1",
        [url],
        |r| {
            Ok(FeedState {
                id: r.get(0)?,
                url: r.get(1)?,
                etag: r.get(2)?,
                last_modified: r.get(3)?,
                consecutive_errors: r.get::<_, i64>(4)? as u32,
                next_poll: r.get::<_, Option<String>>(5)?.as_deref().and_then(parse_ts),
            })
        },
    )?)
}

/// Records a 304: health only, no item work.
pub fn record_not_modified(
    conn: &mut Connection,
    feed_id: i64,
    etag: Option<&str>,
    now: DateTime<Utc>,
    next_poll: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE feeds SET etag = COALESCE(?2, etag), last_attempt = ?3, last_success = ?3, last_status = 304,
         consecutive_errors = 0, failing_since = NULL, next_poll = ?4, polls = polls + 1, not_modified = not_modified + 1,
         last_new_item = COALESCE(last_new_item, ?3) WHERE id = ?1",
        params![feed_id, etag, ts(now), ts(next_poll)],
    )?;
    Ok(())
}

/// Records a failed poll.
pub fn record_failure(
    conn: &mut Connection,
    feed_id: i64,
    error: &str,
    status: Option<u16>,
    now: DateTime<Utc>,
    next_poll: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.execute(
        "UPDATE feeds SET last_attempt = ?2, last_error = ?3, last_error_at = ?2, last_status = ?4,
         consecutive_errors = consecutive_errors + 1, failing_since = COALESCE(failing_since, ?2), next_poll = ?5, polls = polls + 1 WHERE id = ?1",
        params![feed_id, ts(now), error, status.map(|s| s as i64), ts(next_poll)],
    )?;
    Ok(())
}
