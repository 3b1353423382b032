//! `newshound replay`: an archive of feed items through the real pipeline (parse →
//! normalise → store → analyse → outbox → email), with a simulated clock and a temporary
//! store, so a user can ask "what would this watchlist have sent me last month?" and a
//! labelled corpus can be scored in a second, without a network, a mail server or the
//! configured state directory.
//!
//! A labelled corpus is replayed exactly as the end-to-end scorer serves it: every item is
//! published at `now − (t_end − at_hours)` hours (`t_end` = the largest `at_hours` + 1),
//! one poll round per `phase` holding every item first seen by then (the latest version of
//! each GUID), then one idle round that must change nothing. An unlabelled archive is
//! polled on the configured `poll_interval`: each round fetches what was published since
//! the last one, and alerts go out when they fall due on the simulated clock.

pub mod archive;
pub mod score;

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::analyse::Analyser;
use crate::config::{Config, FeedConfig, WatchlistConfig};
use crate::store::reports::{self, DevelopmentRow, StoryRow};
use crate::store::{queries, StoreError};
use archive::{Archive, ArchiveError, When};
pub use score::Score;

/// Why a replay failed.
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    /// The archive is unreadable or malformed (exit 2).
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// The temporary store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The temporary directory or the mail dir could not be written.
    #[error("{0}")]
    Io(String),
}

/// What the user asked for besides the archive.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Write the would-be emails here as `.eml` files.
    pub mail_dir: Option<PathBuf>,
    /// Keep the store in this directory instead of a temporary one (for `explain`).
    pub keep_store: Option<PathBuf>,
}

/// One email the replay would have sent.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WouldSend {
    /// Simulated time it goes out.
    pub at: String,
    /// Recipient.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Developments it announces (the `X-Newshound-Development` header).
    pub developments: Vec<i64>,
    /// A digest of several developments.
    pub digest: bool,
    /// Message-ID.
    pub message_id: String,
    /// File written, with `--mail-dir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// Everything a replay found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    /// Archive path.
    pub archive: String,
    /// Items in the archive.
    pub items: usize,
    /// Feeds in the archive.
    pub feeds: usize,
    /// Poll rounds replayed (the idle round of a labelled corpus not counted).
    pub rounds: usize,
    /// Simulated clock at the first and the last round.
    pub clock: (String, String),
    /// The idle round changed nothing (labelled corpora; always true otherwise).
    pub idle_unchanged: bool,
    /// Watchlists replayed.
    pub watchlists: Vec<String>,
    /// Stories, as `stories --json` shows them.
    pub stories: Vec<StoryRow>,
    /// Developments, as `developments --json` shows them.
    pub developments: Vec<DevelopmentRow>,
    /// The emails it would have sent, in order.
    pub alerts: Vec<WouldSend>,
    /// The score against the labels, per the scorer's rules (labelled corpora only;
    /// the first watchlist's stories and developments).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
}

/// Replays `archive` with the analysis settings of `cfg`.
pub fn replay(cfg: &Config, archive: &Archive, opts: &Options) -> Result<Report, ReplayError> {
    let cfg = replay_config(cfg, archive)?;
    let tmp = tempfile::Builder::new()
        .prefix("newshound-replay-")
        .tempdir()
        .map_err(|e| ReplayError::Io(format!("cannot create a temporary store: {e}")))?;
    let db = match &opts.keep_store {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| ReplayError::Io(format!("cannot create {}: {e}", dir.display())))?;
            let db = dir.join("newshound.sqlite");
            if db.exists() {
                return Err(ReplayError::Io(format!(
                    "{} exists: --keep-store wants a new or empty directory",
                    db.display()
                )));
            }
            db
        }
        None => tmp.path().join("replay.sqlite"),
    };
    let mut conn = crate::store::open_db(&db)?;
    let feed_ids: Vec<i64> = queries::sync_feeds(&mut conn, &cfg.feeds)?
        .iter()
        .map(|s| s.id)
        .collect();
    let analyser = Analyser::new(&cfg);
    let plan = plan_rounds(&cfg, archive);
    let mut alerts = Vec::new();
    let mut last = plan.first().map(|r| r.at).unwrap_or_else(Utc::now);
    for round in &plan {
        for (f, idx) in round.feeds.iter().enumerate() {
            if !idx.is_empty() || archive.is_labelled() {
                ingest(
                    &mut conn,
                    feed_ids[f],
                    archive,
                    idx,
                    &round.published,
                    round.at,
                )?;
            }
        }
        analyser.run(&mut conn, round.at)?;
        alerts.extend(deliver(&mut conn, &cfg, round.at, opts)?);
        last = round.at;
    }
    // the scorer's idle round: the same feeds once more must create nothing
    let idle_unchanged = match plan.last() {
        Some(round) if archive.is_labelled() => {
            let at = last + Duration::seconds(1);
            let before = reports::developments(&conn, None)?.len();
            let mut changed = 0;
            for (f, idx) in round.feeds.iter().enumerate() {
                let c = ingest(&mut conn, feed_ids[f], archive, idx, &round.published, at)?;
                changed += c.new + c.updated;
            }
            let a = analyser.run(&mut conn, at)?;
            changed == 0 && a.items == 0 && reports::developments(&conn, None)?.len() == before
        }
        _ => true,
    };
    // digests and capped alerts that fall due after the archive ends
    alerts.extend(flush_later(&mut conn, &cfg, last, opts)?);
    let stories = reports::stories(&conn, None)?;
    let developments = reports::developments(&conn, None)?;
    let score = archive.labels.as_ref().map(|_| {
        let name = cfg
            .watchlists
            .first()
            .map(|w| w.name.as_str())
            .unwrap_or("");
        let st: Vec<StoryRow> = stories
            .iter()
            .filter(|s| s.watchlist == name)
            .cloned()
            .collect();
        let dv: Vec<DevelopmentRow> = developments
            .iter()
            .filter(|d| d.watchlist == name)
            .cloned()
            .collect();
        score::score(archive, &st, &dv)
    });
    Ok(Report {
        archive: archive.path.display().to_string(),
        items: archive.items.len(),
        feeds: archive.feeds.len(),
        rounds: plan.len(),
        clock: (
            plan.first().map(|r| queries::ts(r.at)).unwrap_or_default(),
            queries::ts(last),
        ),
        idle_unchanged,
        watchlists: cfg.watchlists.iter().map(|w| w.name.clone()).collect(),
        stories,
        developments,
        alerts,
        score,
    })
}

/// The config a replay runs with: the archive's feeds; its own watchlist when it brings
/// one; for a labelled corpus the scorer's `max_age` (90 days), since its rounds all
/// happen at one instant.
fn replay_config(cfg: &Config, archive: &Archive) -> Result<Config, ReplayError> {
    let mut c = cfg.clone();
    c.feeds = archive
        .feeds
        .iter()
        .enumerate()
        .map(|(i, f)| FeedConfig {
            url: format!("replay:{i}/{}", f.id),
            name: f.title.clone(),
            interval: cfg.daemon.poll_interval,
            expect_update: None,
            adaptive: None,
        })
        .collect();
    if let Some(block) = &archive.watchlist {
        c.watchlists = vec![watchlist_from_block(cfg, archive, block)?];
    }
    if c.watchlists.is_empty() {
        return Err(ArchiveError {
            path: archive.path.clone(),
            place: String::new(),
            message: format!(
                "nothing to replay against: the archive has no `watchlist` block and {} defines no [[watchlist]]",
                cfg.path.display()
            ),
        }
        .into());
    }
    if archive.is_labelled() {
        c.alerts.max_age = c
            .alerts
            .max_age
            .max(std::time::Duration::from_secs(90 * 86400));
    }
    Ok(c)
}

/// The corpus's `watchlist` block, validated by the config parser itself (so its rules
/// and messages are the config's), with the configured recipients and custom kinds.
fn watchlist_from_block(
    cfg: &Config,
    archive: &Archive,
    block: &Value,
) -> Result<WatchlistConfig, ReplayError> {
    let bad = |message: String| ArchiveError {
        path: archive.path.clone(),
        place: "watchlist: ".into(),
        message,
    };
    let mut w = block.as_object().cloned().unwrap_or_default();
    w.retain(|_, v| !v.is_null());
    let name = w
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    if !w.contains_key("recipients") {
        let same = cfg.watchlists.iter().find(|x| x.name == name);
        let recipients = same
            .or(cfg.watchlists.first())
            .map(|x| x.recipients.clone())
            .unwrap_or_else(|| vec!["analyst@localhost".into()]);
        w.insert("recipients".into(), recipients.into());
    }
    let kinds: Vec<Value> = cfg
        .developments
        .iter()
        .map(|d| {
            serde_json::json!({"name": d.name, "description": d.description, "triggers": d.triggers,
                               "objects": d.objects, "actors": d.actors})
        })
        .collect();
    let doc = serde_json::json!({"watchlist": [Value::Object(w)], "development": kinds});
    let text =
        toml::to_string(&doc).map_err(|e| bad(format!("cannot be read as a watchlist: {e}")))?;
    let parsed = Config::parse(&text, &archive.path).map_err(|e| {
        let msg = match e {
            crate::config::ConfigError::Invalid { key, message, .. } => format!("{key}: {message}"),
            crate::config::ConfigError::Syntax { message, .. } => message,
            other => other.to_string(),
        };
        bad(msg)
    })?;
    parsed
        .watchlists
        .into_iter()
        .next()
        .ok_or_else(|| bad("holds no watchlist".into()).into())
}

/// One simulated poll: its time and, per feed, the archive items its document holds.
struct Round {
    at: DateTime<Utc>,
    feeds: Vec<Vec<usize>>,
    /// Publication time of every archive item (shared by all rounds).
    published: std::rc::Rc<Vec<Option<DateTime<Utc>>>>,
}

/// Rounds of a labelled corpus (by phase, as the scorer serves them) or of a real
/// archive (by `poll_interval` on the items' own times).
fn plan_rounds(cfg: &Config, archive: &Archive) -> Vec<Round> {
    let nfeeds = archive.feeds.len();
    if archive.is_labelled() {
        // the scorer's clock: now, to the second; rounds follow each other by seconds
        let now = DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_else(Utc::now);
        let hours = |w: &When| match w {
            When::Hours(h) => *h,
            _ => 0.0,
        };
        let t_end = archive
            .items
            .iter()
            .map(|i| hours(&i.when))
            .fold(f64::MIN, f64::max)
            + 1.0;
        let published: Vec<Option<DateTime<Utc>>> = archive
            .items
            .iter()
            .map(|i| {
                Some(now - Duration::milliseconds(((t_end - hours(&i.when)) * 3_600_000.0) as i64))
            })
            .collect();
        let published = std::rc::Rc::new(published);
        let mut phases: Vec<u32> = archive.items.iter().filter_map(|i| i.phase).collect();
        phases.sort_unstable();
        phases.dedup();
        return phases
            .iter()
            .enumerate()
            .map(|(k, &ph)| {
                // every item first seen by this phase, the latest version of each GUID
                let mut latest: HashMap<String, usize> = HashMap::new();
                for (i, it) in archive.items.iter().enumerate() {
                    let p = it.phase.unwrap_or(1);
                    if p > ph {
                        continue;
                    }
                    let key = it
                        .guid
                        .clone()
                        .or_else(|| it.link.clone())
                        .unwrap_or_else(|| format!("#{i}"));
                    let newer = latest
                        .get(&key)
                        .map(|&j| p >= archive.items[j].phase.unwrap_or(1))
                        .unwrap_or(true);
                    if newer {
                        latest.insert(key, i);
                    }
                }
                let mut feeds = vec![Vec::new(); nfeeds];
                for &i in latest.values() {
                    feeds[archive.items[i].feed].push(i);
                }
                for f in feeds.iter_mut() {
                    f.sort_by(|a, b| {
                        hours(&archive.items[*b].when).total_cmp(&hours(&archive.items[*a].when))
                    });
                }
                Round {
                    at: now + Duration::seconds(k as i64),
                    feeds,
                    published: published.clone(),
                }
            })
            .collect();
    }
    // a real archive: the clock ticks every poll_interval from the first publication
    let step = Duration::from_std(cfg.daemon.poll_interval)
        .unwrap_or(Duration::minutes(10))
        .max(Duration::seconds(1));
    let known: Vec<DateTime<Utc>> = archive
        .items
        .iter()
        .filter_map(|i| match i.when {
            When::At(t) => Some(t),
            _ => None,
        })
        .collect();
    let origin = known.iter().min().copied().unwrap_or_else(Utc::now);
    let published: Vec<Option<DateTime<Utc>>> = archive
        .items
        .iter()
        .map(|i| match i.when {
            When::At(t) => Some(t),
            _ => None,
        })
        .collect();
    let mut by_tick: std::collections::BTreeMap<i64, Vec<Vec<usize>>> = Default::default();
    for (i, it) in archive.items.iter().enumerate() {
        let t = published[i].unwrap_or(origin);
        // the first poll at or after publication fetches it
        let k =
            ((t - origin).num_seconds() + step.num_seconds() - 1).div_euclid(step.num_seconds());
        by_tick
            .entry(k.max(0))
            .or_insert_with(|| vec![Vec::new(); nfeeds])[it.feed]
            .push(i);
    }
    let published = std::rc::Rc::new(published);
    by_tick
        .into_iter()
        .map(|(k, feeds)| Round {
            at: origin + step * k as i32,
            feeds,
            published: published.clone(),
        })
        .collect()
}

/// One feed's document for a round, as RSS (what the scorer serves), through the real
/// parser, normaliser and store.
fn ingest(
    conn: &mut Connection,
    feed_id: i64,
    archive: &Archive,
    idx: &[usize],
    published: &[Option<DateTime<Utc>>],
    now: DateTime<Utc>,
) -> Result<queries::IngestCounts, ReplayError> {
    let xml = render_rss(archive, idx, published);
    let entries = crate::parse::parse_feed(xml.as_bytes(), Some("application/rss+xml"))
        .map_err(|e| ReplayError::Io(format!("an archive feed could not be read back: {e}")))?;
    let items = crate::normalise::normalise(entries, now);
    Ok(queries::record_success(
        conn,
        feed_id,
        &items,
        None,
        None,
        200,
        now,
        now + Duration::hours(1),
    )?)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// RSS 2.0 with the items in the given order; an item without a time has no pubDate.
fn render_rss(archive: &Archive, idx: &[usize], published: &[Option<DateTime<Utc>>]) -> String {
    // (the channel is titled with the feed's name, as the scorer serves it)
    let site = idx
        .first()
        .and_then(|&i| archive.feeds.get(archive.items[i].feed))
        .map_or("replay", |f| f.title.as_str());
    let mut x = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>{}</title><link>http://replay.invalid/</link><description>replay</description>",
        xml_escape(site)
    );
    for &i in idx {
        let it = &archive.items[i];
        x.push_str("<item><title>");
        x.push_str(&xml_escape(&it.title));
        x.push_str("</title>");
        if let Some(l) = &it.link {
            x.push_str(&format!("<link>{}</link>", xml_escape(l)));
        }
        if let Some(g) = &it.guid {
            x.push_str(&format!(
                "<guid isPermaLink=\"false\">{}</guid>",
                xml_escape(g)
            ));
        }
        if let Some(p) = published[i] {
            x.push_str(&format!("<pubDate>{}</pubDate>", p.to_rfc2822()));
        }
        x.push_str(&format!(
            "<description>{}</description></item>",
            xml_escape(&it.summary)
        ));
    }
    x.push_str("</channel></rss>\n");
    x
}

/// Sends (on paper, or into `--mail-dir`) every alert due at `now`, the way `once`
/// does: claim, compose, record.
fn deliver(
    conn: &mut Connection,
    cfg: &Config,
    now: DateTime<Utc>,
    opts: &Options,
) -> Result<Vec<WouldSend>, ReplayError> {
    let delivery: HashMap<String, crate::config::Delivery> = cfg
        .watchlists
        .iter()
        .map(|w| (w.name.clone(), w.delivery.clone()))
        .collect();
    let due = crate::outbox::claim_due(
        conn,
        now,
        false,
        cfg.alerts.retry_base,
        usize::MAX >> 1,
        &delivery,
    )?;
    let pres = crate::email::Presentation::new(cfg);
    let mut out = Vec::new();
    for d in due {
        let mid = d.message_id().to_string();
        let msg = d
            .compose(&cfg.email.from, &pres)
            .map_err(|e| ReplayError::Io(format!("cannot compose alert {mid}: {e}")))?;
        let file = match &opts.mail_dir {
            Some(dir) => Some(
                crate::email::write_eml(dir, &mid, &msg.formatted())
                    .map_err(|e| ReplayError::Io(e.to_string()))?
                    .display()
                    .to_string(),
            ),
            None => None,
        };
        for id in &d.ids {
            crate::outbox::mark_sent(conn, *id, now)?;
        }
        out.push(WouldSend {
            at: queries::ts(now),
            to: d
                .messages
                .first()
                .map(|m| m.recipient.clone())
                .unwrap_or_default(),
            subject: match (&d.digest, d.messages.first()) {
                (None, Some(m)) => m.subject(&pres),
                _ => format!("digest of {} development(s)", d.messages.len()),
            },
            developments: d.messages.iter().map(|m| m.development_id).collect(),
            digest: d.digest.is_some(),
            message_id: mid,
            file,
        });
    }
    Ok(out)
}

/// Delivers what falls due after the last round (digests, alerts over an hourly cap),
/// each at its own time.
fn flush_later(
    conn: &mut Connection,
    cfg: &Config,
    from: DateTime<Utc>,
    opts: &Options,
) -> Result<Vec<WouldSend>, ReplayError> {
    let mut out = Vec::new();
    let mut now = from;
    // each pass sends at least one email or stops; bounded for safety
    for _ in 0..10_000 {
        let Some(next) = crate::outbox::next_due(conn)? else {
            break;
        };
        now = now.max(next);
        let sent = deliver(conn, cfg, now, opts)?;
        if sent.is_empty() {
            break;
        }
        out.extend(sent);
    }
    Ok(out)
}

/// The human report: what would have been sent, when and why; the score when labelled.
pub fn print_text(r: &Report, out: &mut impl std::io::Write) -> std::io::Result<()> {
    writeln!(
        out,
        "replayed {}: {} item(s) from {} feed(s) in {} poll round(s), clock {} → {}",
        r.archive, r.items, r.feeds, r.rounds, r.clock.0, r.clock.1
    )?;
    for w in &r.watchlists {
        let st = r.stories.iter().filter(|s| &s.watchlist == w).count();
        let items: usize = r
            .stories
            .iter()
            .filter(|s| &s.watchlist == w)
            .map(|s| s.items.len())
            .sum();
        let dv = r.developments.iter().filter(|d| &d.watchlist == w).count();
        writeln!(
            out,
            "watchlist {w}: {items} item(s) taken in {st} story(ies), {dv} development(s)"
        )?;
    }
    writeln!(out, "\nwould have sent {} email(s):", r.alerts.len())?;
    for a in &r.alerts {
        writeln!(out, "  {}  to {}  {}", a.at, a.to, a.subject)?;
        for id in &a.developments {
            if let Some(d) = r.developments.iter().find(|d| d.id == *id) {
                writeln!(
                    out,
                    "      why: {} by {} — \"{}\" (rule: {}; {} report(s))",
                    d.kind,
                    d.actors.join(", "),
                    d.evidence,
                    d.rule,
                    d.items.len()
                )?;
            }
        }
        if let Some(f) = &a.file {
            writeln!(out, "      written to {f}")?;
        }
    }
    if !r.idle_unchanged {
        writeln!(
            out,
            "\nproblem: the idle round (nothing new served) changed the store"
        )?;
    }
    if let Some(s) = &r.score {
        writeln!(out, "\nscore against the labels:")?;
        writeln!(
            out,
            "  developments P={:.2} R={:.2} ({}/{} events, {} false) | stories B3 P={:.2} R={:.2} F1={:.2} | topic P={:.2} R={:.2}",
            s.dev_precision, s.dev_recall, s.matched, s.events, s.r#false.len(),
            s.story_b3_precision, s.story_b3_recall, s.story_b3_f1, s.topic_precision, s.topic_recall
        )?;
        if !s.missed.is_empty() {
            writeln!(out, "  missed events: {}", s.missed.join("; "))?;
        }
        if !s.r#false.is_empty() {
            writeln!(
                out,
                "  false or duplicate developments: {}",
                s.r#false.join("; ")
            )?;
        }
    }
    Ok(())
}

/// Reads `path` and replays it: the `replay` command's work, off the async runtime.
pub fn run(cfg: &Config, path: &Path, opts: &Options) -> Result<Report, ReplayError> {
    let archive = Archive::load(path)?;
    replay(cfg, &archive, opts)
}
