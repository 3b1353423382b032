//! Analysis of stored items: watchlist decision → detection → story → novelty →
//! outbox. Items are analysed in order, in chunks of one transaction each, so a crash
//! never leaves half an analysis and an alert row exists exactly when its development
//! does. The CPU part (topic, detection, features) runs on worker threads a few chunks
//! ahead of the store thread, which only reads candidates and writes.

mod novelty;
mod stats;
mod story;
mod story_cache;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::cluster::{self, ItemFeatures};
use crate::config::{AlertsConfig, Config};
use crate::detect::rules::RuleIndex;
use crate::detect::{Detection, Detector};
use crate::store::analysis::{self, Pending};
use crate::store::StoreError;
use crate::watchlist::{TopicDecision, Watchlist};
use stats::DfStats;
use story_cache::{ParsedStories, StoryCache};

/// Everything analysis needs from the config, compiled once.
pub struct Analyser {
    /// Compiled watchlists.
    pub watchlists: Vec<Watchlist>,
    /// Trigger rules.
    pub rules: RuleIndex,
    /// Alert policy.
    pub alerts: AlertsConfig,
    /// Clustering parameters.
    pub params: cluster::Params,
    df: std::sync::Mutex<DfStats>,
    /// Story features parsed in earlier runs (see `story_cache`).
    parsed: std::sync::Mutex<ParsedStories>,
}

/// Items analysed in one transaction.
const ANALYSIS_BATCH: usize = 128;

/// Substrings of texts that may describe a go-between (a prefilter for `mediator_cues`).
const MEDIATOR_HINTS: &[&str] = &[
    "mediat",
    "broker",
    "host",
    "facilitat",
    "-led",
    "sponsor",
    "intermediar",
    "go-between",
];

/// Items that must describe an actor as a mediator before detection treats it as one.
const MEDIATOR_ITEMS: u32 = 2;

/// Capitalised words after "in"/"to" that are no venue ("in March", "to The").
const NOT_PLACES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
];

/// What one analysis pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct AnalysisCounts {
    /// Items analysed.
    pub items: usize,
    /// Items taken by some watchlist.
    pub taken: usize,
    /// New developments.
    pub developments: usize,
    /// Alerts queued.
    pub alerts: usize,
}

impl std::ops::AddAssign for AnalysisCounts {
    fn add_assign(&mut self, o: AnalysisCounts) {
        self.items += o.items;
        self.taken += o.taken;
        self.developments += o.developments;
        self.alerts += o.alerts;
    }
}

type PendingItem = Pending;

/// The CPU part of one item's analysis for one watchlist: topic decision, detection and
/// story features. It reads nothing from the store, so worker threads compute it while
/// the store thread writes the previous chunk.
struct Prepared {
    decision: TopicDecision,
    detection: Detection,
    detection_json: String,
    /// Story features (taken items only).
    feats: Option<ItemFeatures>,
}

/// Chunks prepared on worker threads, by chunk index.
type PreparedChunk = (usize, Vec<Vec<Prepared>>);

impl Analyser {
    /// Compiles the config's watchlists and kinds.
    pub fn new(cfg: &Config) -> Analyser {
        Analyser {
            watchlists: cfg.watchlists.iter().map(Watchlist::new).collect(),
            rules: RuleIndex::new(&cfg.developments),
            alerts: cfg.alerts.clone(),
            params: cluster::Params::default(),
            df: Default::default(),
            parsed: Default::default(),
        }
    }

    /// Analyses every pending item, oldest first.
    pub fn run(
        &self,
        conn: &mut Connection,
        now: DateTime<Utc>,
    ) -> Result<AnalysisCounts, StoreError> {
        let mut counts = AnalysisCounts::default();
        let pending = analysis::pending(conn, now)?;
        if pending.is_empty() {
            return Ok(counts);
        }
        // who mediates: learned from the store and this batch, before detection reads it
        let roles = self.learn_roles(conn, &pending)?;
        let chunks: Vec<&[PendingItem]> = pending.chunks(ANALYSIS_BATCH).collect();
        let mut cache = StoryCache::default();
        // statistics are written when a batch of several items ends
        let stats_at_end = pending.len() > 1;
        let workers = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 8);
        if chunks.len() <= 1 || workers == 1 {
            for (ci, chunk) in chunks.iter().enumerate() {
                let last = stats_at_end && ci + 1 == chunks.len();
                let prepared = self.prepare_chunk(chunk, &roles);
                self.apply_chunk(conn, &mut cache, chunk, prepared, last, now, &mut counts)?;
            }
            return Ok(counts);
        }
        self.run_parallel(conn, &mut cache, &chunks, &roles, workers, now, &mut counts)?;
        Ok(counts)
    }

    /// Worker threads prepare chunks ahead; this (the store) thread writes them in order.
    #[allow(clippy::too_many_arguments)]
    fn run_parallel(
        &self,
        conn: &mut Connection,
        cache: &mut StoryCache,
        chunks: &[&[PendingItem]],
        roles: &[Vec<usize>],
        workers: usize,
        now: DateTime<Utc>,
        counts: &mut AnalysisCounts,
    ) -> Result<(), StoreError> {
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| -> Result<(), StoreError> {
            let (send, recv) = std::sync::mpsc::sync_channel::<PreparedChunk>(workers * 2);
            let mut spawned = 0;
            for _ in 0..workers {
                let (send, next) = (send.clone(), &next);
                let work = move || loop {
                    let ci = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(chunk) = chunks.get(ci) else { break };
                    // the receiver is gone when the store thread failed: stop
                    if send.send((ci, self.prepare_chunk(chunk, roles))).is_err() {
                        break;
                    }
                };
                // without a thread (the system refused one) the others do the work
                spawned += std::thread::Builder::new()
                    .name("newshound-prep".into())
                    .spawn_scoped(s, work)
                    .is_ok() as usize;
            }
            drop(send);
            if spawned == 0 {
                for (ci, chunk) in chunks.iter().enumerate() {
                    let prepared = self.prepare_chunk(chunk, roles);
                    self.apply_chunk(
                        conn,
                        cache,
                        chunk,
                        prepared,
                        ci + 1 == chunks.len(),
                        now,
                        counts,
                    )?;
                }
                return Ok(());
            }
            // chunks arrive in any order; they are written in order
            let mut ready: std::collections::BTreeMap<usize, Vec<Vec<Prepared>>> =
                Default::default();
            let mut want = 0;
            for (ci, p) in recv {
                ready.insert(ci, p);
                while let Some(p) = ready.remove(&want) {
                    let last = want + 1 == chunks.len();
                    self.apply_chunk(conn, cache, chunks[want], p, last, now, counts)?;
                    want += 1;
                }
            }
            if want < chunks.len() {
                return Err(StoreError::Other("an analysis worker stopped early".into()));
            }
            Ok(())
        })
    }

    /// Per watchlist, the actors described as go-betweens in at least two items (stored
    /// counts plus this batch's), which detection must not take for parties.
    fn learn_roles(
        &self,
        conn: &mut Connection,
        pending: &[PendingItem],
    ) -> Result<Vec<Vec<usize>>, StoreError> {
        let tx = conn.transaction()?;
        let mut out = Vec::new();
        for wl in &self.watchlists {
            let mut counts = crate::store::roles::load(&tx, &wl.name)?;
            let mut changed = false;
            for it in pending {
                // cheap prefilter: most items name no go-between at all
                let head: String = it.text.chars().take(600).collect();
                let probe = format!("{} {}", it.title, head).to_lowercase();
                if !MEDIATOR_HINTS.iter().any(|h| probe.contains(h)) {
                    continue;
                }
                let lead: Vec<String> = crate::text::sentences(&it.text)
                    .into_iter()
                    .take(2)
                    .collect();
                let toks = crate::text::tokenize(&format!("{}. {}", it.title, lead.join(" ")));
                for a in wl.actors.mediator_cues(&toks) {
                    *counts.entry(wl.actors.names[a].clone()).or_insert(0) += 1;
                    changed = true;
                }
            }
            if changed {
                crate::store::roles::save(&tx, &wl.name, &counts)?;
            }
            let names = &wl.actors.names;
            out.push(
                (0..names.len())
                    .filter(|&a| counts.get(&names[a]).copied().unwrap_or(0) >= MEDIATOR_ITEMS)
                    .collect(),
            );
        }
        tx.commit()?;
        Ok(out)
    }

    /// Topic decision, detection and story features of each item for each watchlist.
    fn prepare_chunk(&self, chunk: &[PendingItem], roles: &[Vec<usize>]) -> Vec<Vec<Prepared>> {
        chunk
            .iter()
            .map(|it| {
                self.watchlists
                    .iter()
                    .zip(roles)
                    .map(|(wl, mediators)| self.prepare_guarded(wl, mediators, it))
                    .collect()
            })
            .collect()
    }

    /// `prepare`, but a bug in a rule that panics on some text costs that item its
    /// analysis (logged, stored, not taken), never the daemon.
    fn prepare_guarded(&self, wl: &Watchlist, mediators: &[usize], it: &PendingItem) -> Prepared {
        let run = std::panic::AssertUnwindSafe(|| self.prepare(wl, mediators, it));
        std::panic::catch_unwind(run).unwrap_or_else(|_| {
            tracing::error!(
                item = it.id,
                watchlist = %wl.name,
                "analysing this item panicked (a bug: please report it with `newshound explain`); the item is stored but not taken"
            );
            Prepared {
                decision: crate::watchlist::TopicDecision::failed(),
                detection: Detection::default(),
                detection_json: String::new(),
                feats: None,
            }
        })
    }

    fn prepare(&self, wl: &Watchlist, mediators: &[usize], it: &PendingItem) -> Prepared {
        let mut decision = wl.decide(&it.title, &it.text);
        let mut detection = if decision.taken || decision.needs_development {
            Detector::new(wl, &self.rules)
                .with_mediators(mediators)
                .detect(&it.title, &it.text)
        } else {
            Detection::default()
        };
        if decision.foreign {
            detection.set_aside(
                "the headline is another negotiation's: its acts are not this watchlist's",
            );
        }
        // the context is there but no keyword: a development by a watchlist actor is the
        // negotiation vocabulary the keywords missed
        let first = detection
            .findings
            .first()
            .map(|f| format!("{} by {}", f.kind, f.actors.join(", ")));
        decision.settle(first.as_deref());
        // a Detection is plain data: serialising it cannot fail
        let detection_json = serde_json::to_string(&detection).unwrap_or_default();
        let feats = decision.taken.then(|| story::features(wl, it, &detection));
        Prepared {
            decision,
            detection,
            detection_json,
            feats,
        }
    }

    /// Writes one chunk's analysis in one transaction.
    #[allow(clippy::too_many_arguments)]
    fn apply_chunk(
        &self,
        conn: &mut Connection,
        cache: &mut StoryCache,
        chunk: &[PendingItem],
        prepared: Vec<Vec<Prepared>>,
        last: bool,
        now: DateTime<Utc>,
        counts: &mut AnalysisCounts,
    ) -> Result<(), StoreError> {
        let tx = conn.transaction()?;
        for (it, p) in chunk.iter().zip(prepared) {
            let c = self.analyse_item(&tx, cache, it, p, now)?;
            analysis::done(&tx, it.id)?;
            counts.items += 1;
            *counts += c;
        }
        cache.flush(&tx, &self.parsed)?;
        if last {
            // a batch (a poll cycle) ends: write the statistics with it
            self.df
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .flush(&tx)?;
        }
        tx.commit()?;
        Ok(())
    }

    fn analyse_item(
        &self,
        tx: &Connection,
        cache: &mut StoryCache,
        it: &PendingItem,
        prepared: Vec<Prepared>,
        now: DateTime<Utc>,
    ) -> Result<AnalysisCounts, StoreError> {
        let mut counts = AnalysisCounts::default();
        for (wl, p) in self.watchlists.iter().zip(prepared) {
            analysis::record_match(
                tx,
                it.id,
                &wl.name,
                p.decision.taken,
                &p.decision.reason,
                &p.detection_json,
            )?;
            let Some(feats) = p.feats else {
                continue;
            };
            let (story, follower) =
                match self.place_in_story(tx, cache, wl, it, &feats, &p.decision)? {
                    story::Placement::Placed(sid) => (sid, false),
                    story::Placement::Follower(sid) => (sid, true),
                    story::Placement::NotContinued(closest) => {
                        let why = story::not_continued_reason(&closest);
                        analysis::untake(tx, it.id, &wl.name, &why)?;
                        continue;
                    }
                };
            counts.taken = 1;
            if follower {
                analysis::note_follower(
                    tx,
                    it.id,
                    &wl.name,
                    "it joins the story, but reports no development of its own",
                )?;
                continue;
            }
            for f in &p.detection.findings {
                let (new, alert) = self.record_finding(tx, wl, it, story, f, now)?;
                counts.developments += new as usize;
                counts.alerts += alert;
            }
        }
        Ok(counts)
    }
}
