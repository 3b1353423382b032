//! Stories: clusters of items, their features, and the inverted index that finds the
//! active stories sharing an item's terms.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::StoreError;
use super::{parse_ts, ts};

/// The story a watchlist already put an item in (re-analysis keeps membership).
pub fn of_item(tx: &Connection, item_id: i64, watchlist: &str) -> Result<Option<i64>, StoreError> {
    Ok(tx
        .prepare_cached("SELECT si.story_id FROM story_items si CROSS JOIN stories s ON s.id = si.story_id WHERE si.item_id = ?1 AND s.watchlist = ?2")?
        .query_row(params![item_id, watchlist], |r| r.get(0))
        .optional()?)
}

/// A story's feature record (JSON).
pub fn features(tx: &Connection, sid: i64) -> Result<String, StoreError> {
    Ok(tx
        .prepare_cached("SELECT features FROM stories WHERE id = ?1")?
        .query_row([sid], |r| r.get(0))?)
}

/// Writes a story's feature record.
pub fn set_features(tx: &Connection, sid: i64, json: &str) -> Result<(), StoreError> {
    tx.prepare_cached("UPDATE stories SET features = ?2 WHERE id = ?1")?
        .execute(params![sid, json])?;
    Ok(())
}

/// Stories posted under any of `keys` in the time buckets [lo, hi], each with the number
/// of keys it shares (at most 256 stories per key: a term that common tells little).
pub fn probe(
    tx: &Connection,
    keys: &[i64],
    lo: i64,
    hi: i64,
) -> Result<Vec<(i64, u32)>, StoreError> {
    let mut shared: std::collections::HashMap<i64, u32> = Default::default();
    let mut q = tx.prepare_cached(
        "SELECT story_id FROM story_index WHERE term_hash = ?1 AND at BETWEEN ?2 AND ?3 LIMIT 256",
    )?;
    let mut of_key: Vec<i64> = Vec::new();
    for k in keys {
        of_key.clear();
        for r in q.query_map(params![k, lo, hi], |r| r.get::<_, i64>(0))? {
            of_key.push(r?);
        }
        of_key.sort_unstable();
        of_key.dedup();
        for sid in &of_key {
            *shared.entry(*sid).or_insert(0) += 1;
        }
    }
    Ok(shared.into_iter().collect())
}

/// Notes that an item of the watchlist, placed in a story, happened at `t`.
pub fn note_paced(
    tx: &Connection,
    watchlist: &str,
    t: DateTime<Utc>,
    item_id: i64,
) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT OR IGNORE INTO pace(watchlist, at, item_id) VALUES (?1, ?2, ?3)")?
        .execute(params![watchlist, t.timestamp(), item_id])?;
    Ok(())
}

/// How fast the watchlist's news is coming in: how many of its placed items happened in
/// [lo, hi), and the oldest. The count stops at `enough` (past it the pace is the most it
/// can be, whatever the span), so the cost is one short index range per item placed,
/// however busy the store.
pub fn items_between(
    tx: &Connection,
    watchlist: &str,
    lo: DateTime<Utc>,
    hi: DateTime<Utc>,
    enough: usize,
) -> Result<(usize, Option<DateTime<Utc>>), StoreError> {
    let (count, oldest): (i64, Option<i64>) = tx
        .prepare_cached(
            "SELECT COUNT(*), MIN(at) FROM (SELECT at FROM pace
               WHERE watchlist = ?1 AND at >= ?2 AND at < ?3 ORDER BY at LIMIT ?4)",
        )?
        .query_row(
            params![
                watchlist,
                lo.timestamp(),
                hi.timestamp(),
                i64::try_from(enough).unwrap_or(i64::MAX)
            ],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
    Ok((
        usize::try_from(count).unwrap_or(0),
        oldest.and_then(|s| DateTime::from_timestamp(s, 0)),
    ))
}

/// The watchlist's stories whose span comes within [lo, hi] (at most 8, latest first).
pub fn near(
    tx: &Connection,
    watchlist: &str,
    lo: DateTime<Utc>,
    hi: DateTime<Utc>,
) -> Result<Vec<i64>, StoreError> {
    let mut q = tx.prepare_cached(
        "SELECT id FROM stories WHERE watchlist = ?1 AND last_seen >= ?2 AND first_seen <= ?3 ORDER BY last_seen DESC LIMIT 8",
    )?;
    let rows = q.query_map(params![watchlist, ts(lo), ts(hi)], |r| r.get::<_, i64>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A time span: first and last.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// A story's span, if it overlaps [lo, hi].
pub fn span_within(
    tx: &Connection,
    sid: i64,
    lo: DateTime<Utc>,
    hi: DateTime<Utc>,
) -> Result<Option<Span>, StoreError> {
    let row: Option<(String, String)> = tx
        .prepare_cached("SELECT first_seen, last_seen FROM stories WHERE id = ?1 AND last_seen >= ?2 AND first_seen <= ?3")?
        .query_row(params![sid, ts(lo), ts(hi)], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.and_then(|(f, l)| Some((parse_ts(&f)?, parse_ts(&l)?))))
}

/// Posts a story under index keys for the time bucket `at`.
pub fn index(tx: &Connection, keys: &[i64], at: i64, sid: i64) -> Result<(), StoreError> {
    let mut ins = tx.prepare_cached(
        "INSERT OR IGNORE INTO story_index(term_hash, at, story_id) VALUES (?1, ?2, ?3)",
    )?;
    for k in keys {
        ins.execute(params![k, at, sid])?;
    }
    Ok(())
}

/// A new story of one item; returns its id.
pub fn create(
    tx: &Connection,
    watchlist: &str,
    title: &str,
    t: DateTime<Utc>,
    features: &str,
) -> Result<i64, StoreError> {
    tx.prepare_cached("INSERT INTO stories(watchlist, title, first_seen, last_seen, features) VALUES (?1, ?2, ?3, ?3, ?4)")?
        .execute(params![watchlist, title, ts(t), features])?;
    Ok(tx.last_insert_rowid())
}

/// Adds an item to a story with the evidence of the decision.
pub fn add_item(tx: &Connection, sid: i64, item_id: i64, evidence: &str) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO story_items(story_id, item_id, evidence) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![sid, item_id, evidence])?;
    Ok(())
}

/// Widens a story's span to include `t`.
pub fn touch(tx: &Connection, sid: i64, t: DateTime<Utc>) -> Result<(), StoreError> {
    tx.prepare_cached("UPDATE stories SET first_seen = MIN(first_seen, ?2), last_seen = MAX(last_seen, ?2) WHERE id = ?1")?
        .execute(params![sid, ts(t)])?;
    Ok(())
}

/// Stories in total.
pub fn count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM stories", [], |r| r.get(0))?)
}
