//! The SQL the rest of the program uses, one function per operation, all synchronous
//! (they run on the store thread inside `Store::call`).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::StoreError;
use crate::config::FeedConfig;
use crate::normalise::Item;

/// RFC 3339 with seconds, the one timestamp format stored.
pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Parses a stored timestamp.
pub fn parse_ts(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

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

/// What one poll stored.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct IngestCounts {
    /// Items never seen before.
    pub new: usize,
    /// Items whose title or text changed.
    pub updated: usize,
    /// Items seen again unchanged.
    pub unchanged: usize,
}

/// Stores a successful poll in one transaction: items (new or revised), validators, health.
#[allow(clippy::too_many_arguments)]
pub fn record_success(
    conn: &mut Connection,
    feed_id: i64,
    items: &[Item],
    etag: Option<&str>,
    last_modified: Option<&str>,
    status: u16,
    now: DateTime<Utc>,
    next_poll: DateTime<Utc>,
) -> Result<IngestCounts, StoreError> {
    let tx = conn.transaction()?;
    let mut counts = IngestCounts::default();
    {
        // the hash decides; the old text is read only to keep it as a revision
        let mut find = tx.prepare_cached(
            "SELECT id, content_hash FROM items WHERE feed_id = ?1 AND identity = ?2",
        )?;
        let mut old = tx.prepare_cached("SELECT title, text FROM items WHERE id = ?1")?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO items(feed_id, identity, guid, link, canonical_link, title, text, published, first_seen, updated_at, content_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10)",
        )?;
        // new and edited items queue for analysis (in the same transaction)
        let mut queue =
            tx.prepare_cached("INSERT OR IGNORE INTO pending_analysis(item_id) VALUES (?1)")?;
        let mut revise = tx.prepare_cached(
            "INSERT INTO item_revisions(item_id, title, text, seen_at) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut update = tx.prepare_cached(
            "UPDATE items SET title = ?2, text = ?3, link = ?4, canonical_link = ?5, updated_at = ?6, content_hash = ?7,
             published = COALESCE(published, ?8) WHERE id = ?1",
        )?;
        for it in items {
            let existing: Option<(i64, String)> = find
                .query_row(params![feed_id, it.identity], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let published = it.published.map(ts);
            match existing {
                None => {
                    insert.execute(params![
                        feed_id,
                        it.identity,
                        it.guid,
                        it.link,
                        it.canonical_link,
                        it.title,
                        it.text,
                        published,
                        ts(now),
                        it.content_hash
                    ])?;
                    queue.execute([tx.last_insert_rowid()])?;
                    counts.new += 1;
                }
                Some((id, hash)) if hash != it.content_hash => {
                    let (old_title, old_text): (String, String) =
                        old.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                    revise.execute(params![id, old_title, old_text, ts(now)])?;
                    update.execute(params![
                        id,
                        it.title,
                        it.text,
                        it.link,
                        it.canonical_link,
                        ts(now),
                        it.content_hash,
                        published
                    ])?;
                    queue.execute([id])?;
                    counts.updated += 1;
                }
                Some(_) => counts.unchanged += 1,
            }
        }
    }
    tx.execute(
        "UPDATE feeds SET etag = ?2, last_modified = ?3, last_attempt = ?4, last_success = ?4, last_status = ?5,
         consecutive_errors = 0, failing_since = NULL, next_poll = ?6, polls = polls + 1,
         last_new_item = CASE WHEN ?7 > 0 OR last_new_item IS NULL THEN ?4 ELSE last_new_item END WHERE id = ?1",
        params![feed_id, etag, last_modified, ts(now), status as i64, ts(next_poll), counts.new as i64],
    )?;
    tx.commit()?;
    Ok(counts)
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

/// What the retention job removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PruneCounts {
    /// Items whose text was dropped (the row, identity and links stay, so they never come back as new).
    pub items: usize,
    /// Old revisions deleted.
    pub revisions: usize,
}

/// Retention: drops the text of analysed items older than `cutoff` and old revisions,
/// keeps stories, developments and alerts, and gives free pages back to the file system.
pub fn prune(conn: &mut Connection, cutoff: DateTime<Utc>) -> Result<PruneCounts, StoreError> {
    let c = ts(cutoff);
    let tx = conn.transaction()?;
    let items = tx.execute("UPDATE items SET text = '' WHERE text != '' AND COALESCE(published, first_seen) < ?1 AND id NOT IN (SELECT item_id FROM pending_analysis)", [&c])?;
    let revisions = tx.execute("DELETE FROM item_revisions WHERE seen_at < ?1", [&c])?;
    tx.commit()?;
    conn.execute_batch("PRAGMA incremental_vacuum(2000);")?;
    Ok(PruneCounts { items, revisions })
}

/// Runs [`prune`] unless it already ran in the last 24 hours.
pub fn prune_if_due(
    conn: &mut Connection,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<PruneCounts, StoreError> {
    let last: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'last_prune'", [], |r| {
            r.get(0)
        })
        .optional()?;
    if last
        .as_deref()
        .and_then(parse_ts)
        .map(|t| now - t < chrono::Duration::hours(24))
        .unwrap_or(false)
    {
        return Ok(PruneCounts::default());
    }
    let counts = prune(conn, cutoff)?;
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('last_prune', ?1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [ts(now)],
    )?;
    Ok(counts)
}
