//! Read-side queries behind the web view: each page is a handful of indexed lookups
//! bounded by a limit, so a page costs the same with 100,000 stored items as with 100.

use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

use super::StoreError;

/// Stories and developments of one watchlist.
#[derive(Debug, Clone, Default)]
pub struct WatchlistSummary {
    /// Watchlist name.
    pub name: String,
    /// Stories stored.
    pub stories: i64,
    /// Developments detected.
    pub developments: i64,
    /// Latest story activity (RFC 3339).
    pub last_seen: Option<String>,
}

/// A story in lists.
#[derive(Debug, Clone)]
pub struct StorySummary {
    /// Story id.
    pub id: i64,
    /// Watchlist.
    pub watchlist: String,
    /// Headline of its first item.
    pub title: String,
    /// Earliest member time.
    pub first_seen: String,
    /// Latest member time.
    pub last_seen: String,
    /// Member items.
    pub items: i64,
    /// Distinct outlets among them.
    pub outlets: i64,
}

/// A development in lists.
#[derive(Debug, Clone)]
pub struct DevSummary {
    /// Development id.
    pub id: i64,
    /// Watchlist.
    pub watchlist: String,
    /// Story id.
    pub story: i64,
    /// Story headline.
    pub story_title: String,
    /// Kind.
    pub kind: String,
    /// Canonical actors.
    pub actors: Vec<String>,
    /// Evidence sentence.
    pub evidence: String,
    /// When it happened (first report).
    pub event_time: String,
    /// An alert was queued or sent.
    pub alerted: bool,
}

/// An item of a story or a report of a development.
#[derive(Debug, Clone)]
pub struct ItemView {
    /// Item id.
    pub id: i64,
    /// Outlet (feed name).
    pub outlet: String,
    /// Headline.
    pub title: String,
    /// Link as the feed gave it.
    pub link: Option<String>,
    /// Published (else first seen).
    pub at: String,
    /// Story merge record (JSON), for story pages.
    pub merge: Option<String>,
}

/// One report of a development with how it was read (the `explain` reasoning).
#[derive(Debug, Clone)]
pub struct ReportView {
    /// The reporting item.
    pub item: ItemView,
    /// Sentence it was detected in.
    pub sentence: String,
    /// Rule that fired.
    pub rule: String,
    /// Checks passed.
    pub checks: Vec<String>,
}

/// A development with its reports.
#[derive(Debug, Clone)]
pub struct DevDetail {
    /// The development.
    pub dev: DevSummary,
    /// Every report, oldest first.
    pub reports: Vec<ReportView>,
}

/// The overview page.
#[derive(Debug, Clone, Default)]
pub struct Overview {
    /// Per watchlist counts.
    pub watchlists: Vec<WatchlistSummary>,
    /// Latest developments, newest first.
    pub developments: Vec<DevSummary>,
    /// Most recently active stories.
    pub stories: Vec<StorySummary>,
}

/// A story on a watchlist's timeline.
#[derive(Debug, Clone)]
pub struct TimelineStory {
    /// The story.
    pub story: StorySummary,
    /// Its developments, oldest first.
    pub developments: Vec<DevSummary>,
    /// Its items grouped by outlet (outlets by first report; items oldest first).
    pub by_outlet: Vec<(String, Vec<ItemView>)>,
}

/// A story page.
#[derive(Debug, Clone)]
pub struct StoryPage {
    /// The story.
    pub story: StorySummary,
    /// Items of this page, oldest first, with merge records.
    pub items: Vec<ItemView>,
    /// Developments with their reports.
    pub developments: Vec<DevDetail>,
}

/// One outbox row as the development page shows it.
#[derive(Debug, Clone)]
pub struct AlertView {
    /// Outbox id.
    pub id: i64,
    /// Recipient.
    pub recipient: String,
    /// pending / sent / failed.
    pub state: String,
    /// Attempts so far.
    pub attempts: i64,
    /// Sent time.
    pub sent_at: Option<String>,
    /// Next attempt (pending).
    pub next_attempt: String,
    /// Last error.
    pub last_error: Option<String>,
    /// Digest or immediate.
    pub digest: bool,
}

const DEV_COLS: &str =
    "d.id, d.watchlist, d.story_id, s.title, d.kind, d.actors, d.evidence, d.event_time, d.alerted";

fn dev_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(DevSummary, String)> {
    Ok((
        DevSummary {
            id: r.get(0)?,
            watchlist: r.get(1)?,
            story: r.get(2)?,
            story_title: r.get(3)?,
            kind: r.get(4)?,
            actors: Vec::new(),
            evidence: r.get(6)?,
            event_time: r.get(7)?,
            alerted: r.get(8)?,
        },
        r.get(5)?,
    ))
}

fn with_actors(rows: Vec<(DevSummary, String)>) -> Result<Vec<DevSummary>, StoreError> {
    rows.into_iter()
        .map(|(mut d, a)| {
            d.actors = serde_json::from_str(&a)?;
            Ok(d)
        })
        .collect()
}

fn story_summary(conn: &Connection, id: i64) -> Result<Option<StorySummary>, StoreError> {
    let row = conn
        .prepare_cached(
            "SELECT id, watchlist, title, first_seen, last_seen FROM stories WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(StorySummary {
                id: r.get(0)?,
                watchlist: r.get(1)?,
                title: r.get(2)?,
                first_seen: r.get(3)?,
                last_seen: r.get(4)?,
                items: 0,
                outlets: 0,
            })
        })
        .optional()?;
    let Some(mut s) = row else { return Ok(None) };
    let (n, o): (i64, i64) = conn
        .prepare_cached(
            "SELECT COUNT(*), COUNT(DISTINCT i.feed_id) FROM story_items si JOIN items i ON i.id = si.item_id WHERE si.story_id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    s.items = n;
    s.outlets = o;
    Ok(Some(s))
}

/// The most recently active stories of a watchlist (newest first), by the
/// (watchlist, last_seen) index.
fn recent_story_ids(
    conn: &Connection,
    watchlist: &str,
    limit: usize,
) -> Result<Vec<i64>, StoreError> {
    let mut q = conn.prepare_cached(
        "SELECT id FROM stories WHERE watchlist = ?1 ORDER BY last_seen DESC, id DESC LIMIT ?2",
    )?;
    let ids = q
        .query_map(params![watchlist, limit as i64], |r| r.get(0))?
        .collect::<Result<Vec<i64>, _>>()?;
    Ok(ids)
}

/// The overview: every watchlist (configured or stored), the latest developments and
/// the most recently active stories.
pub fn overview(
    conn: &Connection,
    configured: &[String],
    limit: usize,
) -> Result<Overview, StoreError> {
    let mut wls: Vec<WatchlistSummary> = configured
        .iter()
        .map(|n| WatchlistSummary {
            name: n.clone(),
            ..Default::default()
        })
        .collect();
    let mut q = conn.prepare_cached(
        "SELECT watchlist, COUNT(*), MAX(last_seen) FROM stories GROUP BY watchlist",
    )?;
    for r in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))? {
        let (name, n, last): (String, i64, Option<String>) = r?;
        match wls.iter_mut().find(|w| w.name == name) {
            Some(w) => {
                w.stories = n;
                w.last_seen = last;
            }
            None => wls.push(WatchlistSummary {
                name,
                stories: n,
                last_seen: last,
                developments: 0,
            }),
        }
    }
    let mut q =
        conn.prepare_cached("SELECT watchlist, COUNT(*) FROM developments GROUP BY watchlist")?;
    for r in q.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
        let (name, n): (String, i64) = r?;
        if let Some(w) = wls.iter_mut().find(|w| w.name == name) {
            w.developments = n;
        }
    }
    let developments = with_actors(
        conn.prepare_cached(&format!(
            "SELECT {DEV_COLS} FROM developments d JOIN stories s ON s.id = d.story_id ORDER BY d.event_time DESC, d.id DESC LIMIT ?1"
        ))?
        .query_map([limit as i64], dev_row)?
        .collect::<Result<_, _>>()?,
    )?;
    let mut stories = Vec::new();
    for w in &wls {
        for id in recent_story_ids(conn, &w.name, limit)? {
            stories.extend(story_summary(conn, id)?);
        }
    }
    stories.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then(b.id.cmp(&a.id)));
    stories.truncate(limit);
    Ok(Overview {
        watchlists: wls,
        developments,
        stories,
    })
}

fn story_items(
    conn: &Connection,
    story: i64,
    offset: usize,
    limit: usize,
) -> Result<Vec<ItemView>, StoreError> {
    let mut q = conn.prepare_cached(
        "SELECT i.id, f.name, i.title, i.link, COALESCE(i.published, i.first_seen) AS at, si.evidence
         FROM story_items si JOIN items i ON i.id = si.item_id JOIN feeds f ON f.id = i.feed_id
         WHERE si.story_id = ?1 ORDER BY at, i.id LIMIT ?2 OFFSET ?3",
    )?;
    let rows = q
        .query_map(params![story, limit as i64, offset as i64], |r| {
            Ok(ItemView {
                id: r.get(0)?,
                outlet: r.get(1)?,
                title: r.get(2)?,
                link: r.get(3)?,
                at: r.get(4)?,
                merge: r.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// Developments of some stories of one watchlist, oldest first, by story.
fn story_developments(
    conn: &Connection,
    watchlist: &str,
    stories: &[i64],
) -> Result<HashMap<i64, Vec<DevSummary>>, StoreError> {
    let mut out: HashMap<i64, Vec<DevSummary>> = HashMap::new();
    if stories.is_empty() {
        return Ok(out);
    }
    // one pass over the watchlist's developments (the novelty index starts with the
    // watchlist), instead of one scan per story
    let rows = with_actors(
        conn.prepare_cached(&format!(
            "SELECT {DEV_COLS} FROM developments d JOIN stories s ON s.id = d.story_id WHERE d.watchlist = ?1 ORDER BY d.event_time, d.id"
        ))?
        .query_map([watchlist], dev_row)?
        .filter(|r| r.as_ref().map(|(d, _)| stories.contains(&d.story)).unwrap_or(true))
        .collect::<Result<_, _>>()?,
    )?;
    for d in rows {
        out.entry(d.story).or_default().push(d);
    }
    Ok(out)
}

/// A watchlist's timeline: its most recently active stories, each with developments
/// and items grouped by outlet (at most `items_per_story` items each).
pub fn timeline(
    conn: &Connection,
    watchlist: &str,
    limit: usize,
    items_per_story: usize,
) -> Result<Vec<TimelineStory>, StoreError> {
    let ids = recent_story_ids(conn, watchlist, limit)?;
    let mut devs = story_developments(conn, watchlist, &ids)?;
    let mut out = Vec::new();
    for id in ids {
        let Some(story) = story_summary(conn, id)? else {
            continue;
        };
        let mut by_outlet: Vec<(String, Vec<ItemView>)> = Vec::new();
        for it in story_items(conn, id, 0, items_per_story)? {
            match by_outlet.iter_mut().find(|(o, _)| *o == it.outlet) {
                Some((_, v)) => v.push(it),
                None => by_outlet.push((it.outlet.clone(), vec![it])),
            }
        }
        out.push(TimelineStory {
            story,
            developments: devs.remove(&id).unwrap_or_default(),
            by_outlet,
        });
    }
    Ok(out)
}

fn reports(conn: &Connection, dev: i64) -> Result<Vec<ReportView>, StoreError> {
    let mut q = conn.prepare_cached(
        "SELECT i.id, f.name, i.title, i.link, COALESCE(i.published, i.first_seen) AS at, di.sentence, di.rule, di.checks
         FROM development_items di JOIN items i ON i.id = di.item_id JOIN feeds f ON f.id = i.feed_id
         WHERE di.development_id = ?1 ORDER BY at, i.id LIMIT 200",
    )?;
    let rows: Vec<(ItemView, String, String, String)> = q
        .query_map([dev], |r| {
            Ok((
                ItemView {
                    id: r.get(0)?,
                    outlet: r.get(1)?,
                    title: r.get(2)?,
                    link: r.get(3)?,
                    at: r.get(4)?,
                    merge: None,
                },
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(item, sentence, rule, checks)| {
            Ok(ReportView {
                item,
                sentence,
                rule,
                checks: serde_json::from_str(&checks).unwrap_or_default(),
            })
        })
        .collect()
}

/// A story page: the story, one page of its items (`page_size` from `offset`) with
/// their merge records, and every development with its reports.
pub fn story_page(
    conn: &Connection,
    id: i64,
    offset: usize,
    page_size: usize,
) -> Result<Option<StoryPage>, StoreError> {
    let Some(story) = story_summary(conn, id)? else {
        return Ok(None);
    };
    let items = story_items(conn, id, offset, page_size)?;
    let devs = story_developments(conn, &story.watchlist, &[id])?
        .remove(&id)
        .unwrap_or_default();
    let mut developments = Vec::new();
    for d in devs {
        developments.push(DevDetail {
            reports: reports(conn, d.id)?,
            dev: d,
        });
    }
    Ok(Some(StoryPage {
        story,
        items,
        developments,
    }))
}

/// A development with its reports and the alerts sent (or queued) for it.
pub fn development_page(
    conn: &Connection,
    id: i64,
) -> Result<Option<(DevDetail, Vec<AlertView>)>, StoreError> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {DEV_COLS} FROM developments d JOIN stories s ON s.id = d.story_id WHERE d.id = ?1"
        ))?
        .query_row([id], dev_row)
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    let dev = with_actors(vec![row])?.remove(0);
    let mut q = conn.prepare_cached(
        "SELECT id, recipient, state, attempts, sent_at, next_attempt, last_error, batch IS NOT NULL
         FROM outbox WHERE development_id = ?1 ORDER BY id",
    )?;
    let alerts = q
        .query_map([id], |r| {
            Ok(AlertView {
                id: r.get(0)?,
                recipient: r.get(1)?,
                state: r.get(2)?,
                attempts: r.get(3)?,
                sent_at: r.get(4)?,
                next_attempt: r.get(5)?,
                last_error: r.get(6)?,
                digest: r.get(7)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Some((
        DevDetail {
            reports: reports(conn, id)?,
            dev,
        },
        alerts,
    )))
}
