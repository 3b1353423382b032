//! Items: a poll's ingest (new items, revisions of edited ones, the analysis queue and
//! the feed's row, in one transaction), counts, and retention.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{parse_ts, ts, StoreError};
use crate::normalise::Item;

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
    let counts = store_items(&tx, feed_id, items, now)?;
    tx.execute(
        "UPDATE feeds SET etag = ?2, last_modified = ?3, last_attempt = ?4, last_success = ?4, last_status = ?5,
         consecutive_errors = 0, failing_since = NULL, next_poll = ?6, polls = polls + 1,
         last_new_item = CASE WHEN ?7 > 0 OR last_new_item IS NULL THEN ?4 ELSE last_new_item END WHERE id = ?1",
        params![feed_id, etag, last_modified, ts(now), status as i64, ts(next_poll), counts.new as i64],
    )?;
    tx.commit()?;
    Ok(counts)
}

/// New items are inserted and queued for analysis; an item whose content hash changed
/// keeps its old title and text as a revision and is queued again.
fn store_items(
    tx: &Connection,
    feed_id: i64,
    items: &[Item],
    now: DateTime<Utc>,
) -> Result<IngestCounts, StoreError> {
    let mut counts = IngestCounts::default();
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
    Ok(counts)
}

/// Items stored in total.
pub fn count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM items", [], |r| r.get(0))?)
}

/// Items of one feed first seen since `since` (adaptive polling's rate).
pub fn count_since(
    conn: &Connection,
    feed_id: i64,
    since: DateTime<Utc>,
) -> Result<i64, StoreError> {
    Ok(conn
        .prepare_cached("SELECT COUNT(*) FROM items WHERE feed_id = ?1 AND first_seen >= ?2")?
        .query_row(params![feed_id, ts(since)], |r| r.get(0))?)
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
