//! Read-side queries behind `stories`, `developments` and `explain`.

use rusqlite::{params, Connection, OptionalExtension};

use super::StoreError;

/// A story as the contract's JSON shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StoryRow {
    /// Story id.
    pub id: i64,
    /// Watchlist.
    pub watchlist: String,
    /// Headline of its first item.
    pub title: String,
    /// Member links as the feeds gave them.
    pub items: Vec<String>,
    /// Earliest member time.
    pub first_seen: String,
    /// Latest member time.
    pub last_seen: String,
}

/// A development as the contract's JSON shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DevelopmentRow {
    /// Development id.
    pub id: i64,
    /// Watchlist.
    pub watchlist: String,
    /// Story id.
    pub story: i64,
    /// Kind.
    pub kind: String,
    /// Canonical actor names.
    pub actors: Vec<String>,
    /// Links of every reporting item.
    pub items: Vec<String>,
    /// Evidence sentence.
    pub evidence: String,
    /// When newshound first saw it.
    pub first_seen: String,
    /// When it happened (first report's publication time).
    pub event_time: String,
    /// Rule that fired.
    pub rule: String,
    /// An alert was sent or queued.
    pub alerted: bool,
}

fn links(conn: &Connection, sql: &str, id: i64) -> Result<Vec<String>, StoreError> {
    let mut q = conn.prepare_cached(sql)?;
    let rows = q.query_map([id], |r| r.get::<_, Option<String>>(0))?;
    let mut out = Vec::new();
    for r in rows {
        if let Some(l) = r? {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    Ok(out)
}

/// Stories, optionally of one watchlist.
pub fn stories(conn: &Connection, watchlist: Option<&str>) -> Result<Vec<StoryRow>, StoreError> {
    let mut q = conn.prepare("SELECT id, watchlist, title, first_seen, last_seen FROM stories WHERE ?1 IS NULL OR watchlist = ?1 ORDER BY first_seen, id")?;
    let rows: Vec<(i64, String, String, String, String)> = q
        .query_map(params![watchlist], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (id, watchlist, title, first_seen, last_seen) in rows {
        let items = links(conn, "SELECT i.link FROM story_items si JOIN items i ON i.id = si.item_id WHERE si.story_id = ?1 ORDER BY COALESCE(i.published, i.first_seen)", id)?;
        out.push(StoryRow {
            id,
            watchlist,
            title,
            items,
            first_seen,
            last_seen,
        });
    }
    Ok(out)
}

/// Developments, optionally of one watchlist.
pub fn developments(
    conn: &Connection,
    watchlist: Option<&str>,
) -> Result<Vec<DevelopmentRow>, StoreError> {
    let mut q = conn.prepare(
        "SELECT id, watchlist, story_id, kind, actors, evidence, first_seen, event_time, rule, alerted FROM developments
         WHERE ?1 IS NULL OR watchlist = ?1 ORDER BY event_time, id",
    )?;
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        i64,
        String,
        i64,
        String,
        String,
        String,
        String,
        String,
        String,
        bool,
    )> = q
        .query_map(params![watchlist], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (id, watchlist, story, kind, actors, evidence, first_seen, event_time, rule, alerted) in
        rows
    {
        let items = links(conn, "SELECT i.link FROM development_items di JOIN items i ON i.id = di.item_id WHERE di.development_id = ?1 ORDER BY COALESCE(i.published, i.first_seen)", id)?;
        out.push(DevelopmentRow {
            id,
            watchlist,
            story,
            kind,
            actors: serde_json::from_str(&actors)?,
            items,
            evidence,
            first_seen,
            event_time,
            rule,
            alerted,
        });
    }
    Ok(out)
}

/// Everything `explain` shows for one item.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Explanation {
    /// Item title.
    pub title: String,
    /// Link.
    pub link: Option<String>,
    /// Feed name.
    pub feed: String,
    /// Per watchlist: decision, detection, story and its merge evidence.
    pub watchlists: Vec<serde_json::Value>,
    /// Developments this item reports.
    pub developments: Vec<serde_json::Value>,
}

/// Explains an item found by its link (as given, or canonical).
pub fn explain(conn: &Connection, link: &str) -> Result<Option<Explanation>, StoreError> {
    let canonical = crate::normalise::canonical_link(link);
    let row: Option<(i64, String, Option<String>, String)> = conn
        .query_row(
            "SELECT i.id, i.title, i.link, f.name FROM items i JOIN feeds f ON f.id = i.feed_id
             WHERE i.link = ?1 OR i.canonical_link = ?2 OR i.guid = ?1 ORDER BY i.id LIMIT 1",
            params![link, canonical],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((id, title, link, feed)) = row else {
        return Ok(None);
    };
    let mut wls = Vec::new();
    let mut q =
        conn.prepare("SELECT watchlist, taken, reason, detection FROM matches WHERE item_id = ?1")?;
    let rows: Vec<(String, bool, String, Option<String>)> = q
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (wl, taken, reason, detection) in rows {
        let story: Option<(i64, String, String)> = conn
            .query_row(
                "SELECT s.id, s.title, si.evidence FROM story_items si CROSS JOIN stories s ON s.id = si.story_id WHERE si.item_id = ?1 AND s.watchlist = ?2",
                params![id, wl],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let det: serde_json::Value = detection
            .as_deref()
            .map(serde_json::from_str)
            .transpose()?
            .unwrap_or(serde_json::Value::Null);
        wls.push(serde_json::json!({
            "watchlist": wl,
            "taken": taken,
            "reason": reason,
            "story": story.as_ref().map(|s| serde_json::json!({"id": s.0, "title": s.1, "merge": serde_json::from_str::<serde_json::Value>(&s.2).unwrap_or(serde_json::Value::Null)})),
            "detection": det,
        }));
    }
    let mut devs = Vec::new();
    let mut q = conn.prepare(
        "SELECT d.id, d.kind, d.actors, di.sentence, di.rule, di.checks, d.alerted FROM development_items di JOIN developments d ON d.id = di.development_id WHERE di.item_id = ?1",
    )?;
    let rows: Vec<(i64, String, String, String, String, String, bool)> = q
        .query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    for (did, kind, actors, sentence, rule, checks, alerted) in rows {
        devs.push(serde_json::json!({
            "id": did, "kind": kind, "actors": serde_json::from_str::<serde_json::Value>(&actors)?,
            "sentence": sentence, "rule": rule, "checks": serde_json::from_str::<serde_json::Value>(&checks)?, "alerted": alerted,
        }));
    }
    Ok(Some(Explanation {
        title,
        link,
        feed,
        watchlists: wls,
        developments: devs,
    }))
}
