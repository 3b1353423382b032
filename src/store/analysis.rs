//! The analysis queue, per-watchlist topic decisions, and the term statistics behind
//! the clustering's IDF weights.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::parse_ts;
use super::StoreError;

/// An item waiting for analysis.
pub struct Pending {
    /// Item id.
    pub id: i64,
    /// Headline.
    pub title: String,
    /// Text.
    pub text: String,
    /// When it happened: its publication time, never later than when it was first seen.
    pub event_time: DateTime<Utc>,
}

/// Every item waiting for analysis, oldest first.
pub fn pending(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<Pending>, StoreError> {
    // CROSS JOIN keeps the (small) queue as the outer loop: otherwise the planner may walk
    // every stored item in time order to find the queued ones
    let mut st = conn.prepare_cached(
        "SELECT i.id, i.title, i.text, i.published, i.first_seen FROM pending_analysis p
         CROSS JOIN items i ON i.id = p.item_id ORDER BY COALESCE(i.published, i.first_seen), i.id",
    )?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut v = Vec::new();
    for row in rows {
        let (id, title, text, published, first_seen) = row?;
        let fs = parse_ts(&first_seen).unwrap_or(now);
        let event_time = published
            .as_deref()
            .and_then(parse_ts)
            .map(|p| p.min(fs))
            .unwrap_or(fs);
        v.push(Pending {
            id,
            title,
            text,
            event_time,
        });
    }
    Ok(v)
}

/// Takes an analysed item off the queue.
pub fn done(tx: &Connection, item_id: i64) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM pending_analysis WHERE item_id = ?1")?
        .execute([item_id])?;
    Ok(())
}

/// Records a watchlist's decision and detection for an item.
pub fn record_match(
    tx: &Connection,
    item_id: i64,
    watchlist: &str,
    taken: bool,
    reason: &str,
    detection: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO matches(item_id, watchlist, taken, reason, detection) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(item_id, watchlist) DO UPDATE SET taken = excluded.taken, reason = excluded.reason, detection = excluded.detection",
    )?
    .execute(params![item_id, watchlist, taken, reason, detection])?;
    Ok(())
}

/// A borderline item that continues no story is not taken after all; `why` says how close
/// it came.
pub fn untake(tx: &Connection, item_id: i64, watchlist: &str, why: &str) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE matches SET taken = 0, reason = reason || ' — and it continues no story of the watchlist: ' || ?3 WHERE item_id = ?1 AND watchlist = ?2",
    )?
    .execute(params![item_id, watchlist, why])?;
    Ok(())
}

/// Notes in the match's reason that a taken item only follows its story: `explain` then
/// says why its sentences made no development.
pub fn note_follower(
    tx: &Connection,
    item_id: i64,
    watchlist: &str,
    why: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE matches SET reason = reason || ' — it follows a story on thin evidence: ' || ?3 WHERE item_id = ?1 AND watchlist = ?2",
    )?
    .execute(params![item_id, watchlist, why])?;
    Ok(())
}

/// The number of documents counted in the term statistics.
pub fn docs(tx: &Connection) -> Result<f64, StoreError> {
    let d: Option<String> = tx
        .prepare_cached("SELECT value FROM meta WHERE key = 'docs'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(d.and_then(|s| s.parse().ok()).unwrap_or(0.0))
}

/// Document frequency of a term (0 when unseen).
pub fn df(tx: &Connection, term: &str) -> Result<u32, StoreError> {
    let df: Option<i64> = tx
        .prepare_cached("SELECT df FROM term_df WHERE term = ?1")?
        .query_row([term], |r| r.get(0))
        .optional()?;
    Ok(df.unwrap_or(0) as u32)
}

/// Adds pending document-frequency increments and documents.
pub fn add_df(
    tx: &Connection,
    terms: impl Iterator<Item = (String, u32)>,
    docs: u32,
) -> Result<(), StoreError> {
    let mut up = tx.prepare_cached(
        "INSERT INTO term_df(term, df) VALUES (?1, ?2) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
    )?;
    for (t, n) in terms {
        up.execute(params![t, n])?;
    }
    tx.prepare_cached(
        "INSERT INTO meta(key, value) VALUES ('docs', ?1) ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + ?1",
    )?
    .execute([docs])?;
    Ok(())
}

/// Items waiting for analysis.
pub fn pending_count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM pending_analysis", [], |r| r.get(0))?)
}
