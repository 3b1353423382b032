//! Developments: what happened, who did it, the items that report it.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::ts;
use super::StoreError;

/// A stored development as novelty and story-level folding see it.
#[derive(Debug, Clone)]
pub struct Known {
    /// Development id.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// Actors.
    pub actors: Vec<String>,
    /// Story it was first reported in.
    pub story: i64,
    /// Evidence sentence of its first report.
    pub evidence: String,
    /// When it happened (its first report's event time), if the stored time reads.
    pub at: Option<DateTime<Utc>>,
}

fn rows(
    q: &mut rusqlite::CachedStatement,
    p: impl rusqlite::Params,
) -> Result<Vec<Known>, StoreError> {
    let mut out = Vec::new();
    for r in q.query_map(p, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })? {
        let (id, kind, actors, story, evidence, at) = r?;
        out.push(Known {
            id,
            kind,
            actors: serde_json::from_str(&actors)?,
            story,
            evidence,
            at: super::parse_ts(&at),
        });
    }
    Ok(out)
}

/// The watchlist's developments of one kind whose event time is in [lo, hi], latest first.
pub fn of_kind_between(
    tx: &Connection,
    watchlist: &str,
    kind: &str,
    lo: DateTime<Utc>,
    hi: DateTime<Utc>,
) -> Result<Vec<Known>, StoreError> {
    let mut q = tx.prepare_cached(
        "SELECT id, kind, actors, story_id, evidence, event_time FROM developments WHERE watchlist = ?1 AND kind = ?2 AND event_time >= ?3 AND event_time <= ?4
         ORDER BY event_time DESC",
    )?;
    rows(&mut q, params![watchlist, kind, ts(lo), ts(hi)])
}

/// The developments of these kinds first reported in a story with an event time in
/// [lo, hi], in time order: a story reported for weeks holds hundreds of developments,
/// and folding reads only a few kinds near the new report.
pub fn of_story_of_kinds(
    tx: &Connection,
    story: i64,
    kinds: &[&str],
    (lo, hi): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<Known>, StoreError> {
    let marks: Vec<String> = (0..kinds.len()).map(|i| format!("?{}", i + 4)).collect();
    let mut q = tx.prepare_cached(&format!(
        "SELECT id, kind, actors, story_id, evidence, event_time FROM developments
         WHERE story_id = ?1 AND event_time >= ?2 AND event_time <= ?3 AND kind IN ({}) ORDER BY event_time",
        marks.join(", ")
    ))?;
    let (lo, hi) = (ts(lo), ts(hi));
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![&story, &lo, &hi];
    values.extend(kinds.iter().map(|k| k as &dyn rusqlite::ToSql));
    rows(&mut q, values.as_slice())
}

/// The sentences of every report of a development, first report first.
pub fn report_sentences(tx: &Connection, id: i64) -> Result<Vec<String>, StoreError> {
    let mut q = tx.prepare_cached(
        "SELECT sentence FROM development_items WHERE development_id = ?1 ORDER BY rowid",
    )?;
    let out = q
        .query_map(params![id], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(out)
}

/// Sets a development's actors (they grow as more reports name more parties).
pub fn set_actors(tx: &Connection, id: i64, actors: &[String]) -> Result<(), StoreError> {
    tx.prepare_cached("UPDATE developments SET actors = ?2 WHERE id = ?1")?
        .execute(params![id, serde_json::to_string(actors)?])?;
    Ok(())
}

/// One report of a development: the item, its sentence, rule and checks.
pub struct Report<'a> {
    /// Item id.
    pub item: i64,
    /// Evidence sentence.
    pub sentence: &'a str,
    /// Rule that fired.
    pub rule: &'a str,
    /// Checks passed (JSON).
    pub checks: &'a str,
}

/// Records that an item reports a development (once per item).
pub fn add_report(tx: &Connection, id: i64, r: &Report) -> Result<(), StoreError> {
    tx.prepare_cached("INSERT OR IGNORE INTO development_items(development_id, item_id, sentence, rule, checks) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![id, r.item, r.sentence, r.rule, r.checks])?;
    Ok(())
}

/// A new development.
pub struct New<'a> {
    /// Watchlist.
    pub watchlist: &'a str,
    /// Story.
    pub story: i64,
    /// Kind.
    pub kind: &'a str,
    /// Actors.
    pub actors: &'a [String],
    /// Evidence sentence.
    pub evidence: &'a str,
    /// Rule.
    pub rule: &'a str,
    /// When it was seen.
    pub now: DateTime<Utc>,
    /// When it happened.
    pub event_time: DateTime<Utc>,
    /// Alert queued.
    pub alerted: bool,
}

/// Creates a development; returns its id.
pub fn create(tx: &Connection, d: &New) -> Result<i64, StoreError> {
    tx.prepare_cached(
        "INSERT INTO developments(watchlist, story_id, kind, actors, evidence, rule, first_seen, event_time, alerted)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        d.watchlist,
        d.story,
        d.kind,
        serde_json::to_string(d.actors)?,
        d.evidence,
        d.rule,
        ts(d.now),
        ts(d.event_time),
        d.alerted
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Developments per kind, by kind name.
pub fn count_by_kind(conn: &Connection) -> Result<Vec<(String, i64)>, StoreError> {
    let mut q =
        conn.prepare("SELECT kind, COUNT(*) FROM developments GROUP BY kind ORDER BY kind")?;
    let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
