//! Analysis of stored items: watchlist decision → detection → story → novelty →
//! outbox, one transaction per item so a crash never leaves half an analysis and an
//! alert row exists exactly when its development does.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;

use crate::cluster::{self, ItemFeatures, MergeEvidence, StoryFeatures};
use crate::config::{AlertsConfig, Config};
use crate::detect::rules::RuleIndex;
use crate::detect::{is_joint, Detection, Detector, Finding};
use crate::store::queries::{parse_ts, ts};
use crate::store::StoreError;
use crate::watchlist::Watchlist;

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
}

/// Items analysed in one transaction.
const ANALYSIS_BATCH: usize = 128;

/// How many of an item's terms go into the story index.
const INDEXED_TERMS: usize = 10;

/// Pending document-frequency increments are written every this many terms.
const DF_FLUSH_EVERY: usize = 4096;

/// Document frequencies for IDF: read from `term_df` on first use, incremented in
/// memory and written in batches (they are statistics: a crash loses at most one batch,
/// which only nudges IDF weights).
#[derive(Default)]
struct DfStats {
    docs: Option<f64>,
    known: HashMap<String, u32>,
    pending: HashMap<String, u32>,
    pending_docs: u32,
}

impl DfStats {
    fn lookup(
        &mut self,
        tx: &Connection,
        terms: &[&String],
    ) -> Result<(f32, HashMap<String, f32>), StoreError> {
        if self.docs.is_none() {
            let d: Option<String> = tx
                .prepare_cached("SELECT value FROM meta WHERE key = 'docs'")?
                .query_row([], |r| r.get(0))
                .optional()?;
            self.docs = Some(d.and_then(|s| s.parse().ok()).unwrap_or(0.0));
        }
        let mut out = HashMap::with_capacity(terms.len());
        let mut q = tx.prepare_cached("SELECT df FROM term_df WHERE term = ?1")?;
        for t in terms {
            let v = match self.known.get(*t) {
                Some(v) => *v,
                None => {
                    let df: Option<i64> = q.query_row([t], |r| r.get(0)).optional()?;
                    let v = df.unwrap_or(0) as u32 + self.pending.get(*t).copied().unwrap_or(0);
                    if self.known.len() > 500_000 {
                        self.known.clear();
                    }
                    self.known.insert((*t).clone(), v);
                    v
                }
            };
            out.insert((*t).clone(), v as f32);
        }
        Ok((self.docs.unwrap_or(0.0) as f32, out))
    }

    fn add<'a>(&mut self, terms: impl Iterator<Item = &'a String>) {
        for t in terms {
            *self.pending.entry(t.clone()).or_insert(0) += 1;
            if let Some(v) = self.known.get_mut(t) {
                *v += 1;
            }
        }
        self.pending_docs += 1;
        self.docs = Some(self.docs.unwrap_or(0.0) + 1.0);
    }

    fn pending_len(&self) -> usize {
        self.pending.len()
    }

    fn flush(&mut self, tx: &Connection) -> Result<(), StoreError> {
        let mut up = tx.prepare_cached("INSERT INTO term_df(term, df) VALUES (?1, ?2) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df")?;
        for (t, n) in self.pending.drain() {
            up.execute(params![t, n])?;
        }
        tx.prepare_cached("INSERT INTO meta(key, value) VALUES ('docs', ?1) ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + ?1")?
            .execute([self.pending_docs])?;
        self.pending_docs = 0;
        Ok(())
    }
}

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

struct PendingItem {
    id: i64,
    title: String,
    text: String,
    event_time: DateTime<Utc>,
}

/// The CPU part of one item's analysis for one watchlist: topic decision, detection and
/// story features. It reads nothing from the store, so worker threads compute it while
/// the store thread writes the previous chunk.
struct Prepared {
    decision: crate::watchlist::TopicDecision,
    detection: Detection,
    detection_json: String,
    /// Story features (taken items only).
    feats: Option<ItemFeatures>,
}

/// Story features touched during one analysis run: read once, written once per chunk.
/// Valid for one run only (only the analyser writes stories, and a failed transaction
/// drops the whole cache with the run).
#[derive(Default)]
struct StoryCache {
    features: HashMap<i64, StoryFeatures>,
    dirty: std::collections::HashSet<i64>,
}

impl StoryCache {
    fn get(&mut self, tx: &Connection, sid: i64) -> Result<&mut StoryFeatures, StoreError> {
        if !self.features.contains_key(&sid) {
            if self.features.len() >= STORY_CACHE {
                // keep dirty entries (not yet written); drop the clean ones
                let dirty = &self.dirty;
                self.features.retain(|k, _| dirty.contains(k));
            }
            let j: String = tx
                .prepare_cached("SELECT features FROM stories WHERE id = ?1")?
                .query_row([sid], |r| r.get(0))?;
            self.features.insert(sid, serde_json::from_str(&j)?);
        }
        self.features
            .get_mut(&sid)
            .ok_or_else(|| StoreError::Other(format!("story {sid} vanished from the cache")))
    }

    /// Writes the features of every story changed since the last flush.
    fn flush(&mut self, tx: &Connection) -> Result<(), StoreError> {
        let mut up = tx.prepare_cached("UPDATE stories SET features = ?2 WHERE id = ?1")?;
        for sid in self.dirty.drain() {
            if let Some(sf) = self.features.get(&sid) {
                up.execute(params![sid, serde_json::to_string(sf)?])?;
            }
        }
        Ok(())
    }
}

/// Stories whose features one run keeps in memory.
const STORY_CACHE: usize = 4096;

impl Analyser {
    /// Compiles the config's watchlists and kinds.
    pub fn new(cfg: &Config) -> Analyser {
        Analyser {
            watchlists: cfg.watchlists.iter().map(Watchlist::new).collect(),
            rules: RuleIndex::new(&cfg.developments),
            alerts: cfg.alerts.clone(),
            params: cluster::Params::default(),
            df: Default::default(),
        }
    }

    /// Analyses every pending item, oldest first. Each item commits on its own.
    pub fn run(
        &self,
        conn: &mut Connection,
        now: DateTime<Utc>,
    ) -> Result<AnalysisCounts, StoreError> {
        let mut counts = AnalysisCounts::default();
        let pending: Vec<PendingItem> = {
            // CROSS JOIN keeps the (small) queue as the outer loop: otherwise the planner
            // may walk every stored item in time order to find the queued ones
            let mut st = conn.prepare_cached(
                "SELECT i.id, i.title, i.text, i.published, i.first_seen FROM pending_analysis p
                 CROSS JOIN items i ON i.id = p.item_id ORDER BY COALESCE(i.published, i.first_seen), i.id",
            )?;
            let rows = st.query_map([], |r| {
                let published: Option<String> = r.get(3)?;
                let first_seen: String = r.get(4)?;
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    published,
                    first_seen,
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
                v.push(PendingItem {
                    id,
                    title,
                    text,
                    event_time,
                });
            }
            v
        };
        // items are analysed in order, up to ANALYSIS_BATCH per transaction: a crash rolls
        // back a whole chunk (its items stay pending and are analysed again), never half of
        // one, and a poll of a large feed costs a handful of commits, not one per item.
        // The CPU part (topic, detection, features) runs on worker threads, a few chunks
        // ahead of this (the store) thread, which only reads candidates and writes.
        // who mediates: learned from the store and this batch, before detection reads it
        let roles = self.learn_roles(conn, &pending)?;
        let roles = &roles;
        let chunks: Vec<&[PendingItem]> = pending.chunks(ANALYSIS_BATCH).collect();
        let mut cache = StoryCache::default();
        // statistics are written when a batch of several items ends
        let stats_at_end = pending.len() > 1;
        // prepare and write each chunk in turn (one chunk, or no worker thread)
        let inline = |conn: &mut Connection,
                      cache: &mut StoryCache,
                      counts: &mut AnalysisCounts|
         -> Result<(), StoreError> {
            for (ci, chunk) in chunks.iter().enumerate() {
                let last = stats_at_end && ci + 1 == chunks.len();
                self.apply_chunk(
                    conn,
                    cache,
                    chunk,
                    self.prepare_chunk(chunk, roles),
                    last,
                    now,
                    counts,
                )?;
            }
            Ok(())
        };
        if chunks.len() <= 1 {
            inline(conn, &mut cache, &mut counts)?;
            return Ok(counts);
        }
        let workers = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 8);
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| -> Result<(), StoreError> {
            let (send, recv) =
                std::sync::mpsc::sync_channel::<(usize, Vec<Vec<Prepared>>)>(workers * 2);
            let mut spawned = 0;
            for _ in 0..workers {
                let (send, next, chunks) = (send.clone(), &next, &chunks);
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
                return inline(conn, &mut cache, &mut counts);
            }
            // chunks arrive in any order; they are written in order
            let mut ready: std::collections::BTreeMap<usize, Vec<Vec<Prepared>>> =
                Default::default();
            let mut want = 0;
            for (ci, p) in recv {
                ready.insert(ci, p);
                while let Some(p) = ready.remove(&want) {
                    let last = want + 1 == chunks.len();
                    self.apply_chunk(conn, &mut cache, chunks[want], p, last, now, &mut counts)?;
                    want += 1;
                }
            }
            if want < chunks.len() {
                return Err(StoreError::Other("an analysis worker stopped early".into()));
            }
            Ok(())
        })?;
        Ok(counts)
    }

    /// Per watchlist, the actors described as go-betweens in at least two items (stored
    /// counts plus this batch's), which detection must not take for parties.
    fn learn_roles(
        &self,
        conn: &mut Connection,
        pending: &[PendingItem],
    ) -> Result<Vec<Vec<usize>>, StoreError> {
        let mut out = Vec::new();
        let tx = conn.transaction()?;
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
            out.push(
                (0..wl.actors.names.len())
                    .filter(|&a| {
                        counts.get(&wl.actors.names[a]).copied().unwrap_or(0) >= MEDIATOR_ITEMS
                    })
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
                    .map(|(wl, mediators)| self.prepare(wl, mediators, it))
                    .collect()
            })
            .collect()
    }

    fn prepare(&self, wl: &Watchlist, mediators: &[usize], it: &PendingItem) -> Prepared {
        let mut decision = wl.decide(&it.title, &it.text);
        let detection = if decision.taken || decision.needs_development {
            Detector::new(wl, &self.rules)
                .with_mediators(mediators)
                .detect(&it.title, &it.text)
        } else {
            Detection::default()
        };
        // the context is there but no keyword: a development by a watchlist actor is the
        // negotiation vocabulary the keywords missed
        let first = detection
            .findings
            .first()
            .map(|f| format!("{} by {}", f.kind, f.actors.join(", ")));
        decision.settle(first.as_deref());
        // a Detection is plain data: serialising it cannot fail
        let detection_json = serde_json::to_string(&detection).unwrap_or_default();
        let feats = decision.taken.then(|| features(wl, it, &detection));
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
            exec(
                &tx,
                "DELETE FROM pending_analysis WHERE item_id = ?1",
                [it.id],
            )?;
            counts.items += 1;
            *counts += c;
        }
        cache.flush(&tx)?;
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
            let Prepared {
                decision,
                detection,
                detection_json,
                feats,
            } = p;
            exec(tx,
                "INSERT INTO matches(item_id, watchlist, taken, reason, detection) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(item_id, watchlist) DO UPDATE SET taken = excluded.taken, reason = excluded.reason, detection = excluded.detection",
                params![it.id, wl.name, decision.taken, decision.reason, detection_json],
            )?;
            let Some(feats) = feats else {
                continue;
            };
            let Some(story) =
                self.place_in_story(tx, cache, wl, it, &feats, decision.borderline)?
            else {
                exec(tx,
                    "UPDATE matches SET taken = 0, reason = reason || ' — and it continues no story of the watchlist' WHERE item_id = ?1 AND watchlist = ?2",
                    params![it.id, wl.name],
                )?;
                continue;
            };
            counts.taken = 1;
            for f in &detection.findings {
                let (new, alert) = self.record_finding(tx, wl, it, story, f, now)?;
                counts.developments += new as usize;
                counts.alerts += alert;
            }
        }
        Ok(counts)
    }

    /// Puts the item into its story (existing membership wins on re-analysis).
    /// Borderline items (topic only half prominent) join an existing story or are dropped.
    fn place_in_story(
        &self,
        tx: &Connection,
        cache: &mut StoryCache,
        wl: &Watchlist,
        it: &PendingItem,
        feats: &ItemFeatures,
        borderline: bool,
    ) -> Result<Option<i64>, StoreError> {
        let existing: Option<i64> = tx
            .prepare_cached("SELECT si.story_id FROM story_items si CROSS JOIN stories s ON s.id = si.story_id WHERE si.item_id = ?1 AND s.watchlist = ?2")?
            .query_row(params![it.id, wl.name], |r| r.get(0))
            .optional()?;
        if let Some(sid) = existing {
            cache.get(tx, sid)?.add(feats);
            self.touch_story(tx, cache, sid, it.event_time)?;
            return Ok(Some(sid));
        }

        // IDF from the store (statistics cached in memory, flushed in batches)
        let (n_docs, df_cache) = {
            let mut st = self.df.lock().unwrap_or_else(|p| p.into_inner());
            let terms: Vec<&String> = feats.terms.keys().collect();
            st.lookup(tx, &terms)?
        };
        let idf = |t: &str| -> f32 {
            let df = df_cache.get(t).copied().unwrap_or(0.0);
            let base = ((n_docs + 1.0) / (df + 1.0)).ln() + 1.0;
            if t.starts_with('@') {
                base * 0.7
            } else if t.starts_with('~') {
                base * 0.8
            } else {
                base
            }
        };

        // candidates from the inverted index: stories sharing the item's rarest terms,
        // its development keys or its headline key, active around the item's time
        let window = Duration::from_std(self.alerts.story_window).unwrap_or(Duration::hours(72));
        let lo = ts(it.event_time - window);
        let hi = ts(it.event_time + window);
        // every term except the very common ones, whose posting lists would cost more
        // than they tell (a term in more than 1 % of the items, and at least 64)
        let common = (n_docs / 100.0).max(64.0);
        let mut probe_keys: Vec<i64> = feats
            .terms
            .keys()
            .filter(|t| !t.starts_with('~') && df_cache.get(*t).copied().unwrap_or(0.0) <= common)
            .map(|t| index_key(&wl.name, t))
            .collect();
        probe_keys.extend(
            feats
                .keys
                .iter()
                .map(|k| index_key(&wl.name, &format!("#{k}"))),
        );
        probe_keys.push(index_key(&wl.name, &format!("=title {}", feats.title_key)));
        let mut best: Option<(i64, MergeEvidence)> = None;
        let mut best_below: Option<(i64, MergeEvidence)> = None;
        {
            let mut shared: HashMap<i64, u32> = HashMap::new();
            {
                // postings are keyed by term and time bucket: only the window is read, so
                // the cost does not grow with the size of the store, and a story posts a
                // term at most once per bucket, however many copies of a report it holds
                let mut q = tx.prepare_cached("SELECT story_id FROM story_index WHERE term_hash = ?1 AND at BETWEEN ?2 AND ?3 LIMIT 256")?;
                let (lo_s, hi_s) = (
                    bucket((it.event_time - window).timestamp()),
                    (it.event_time + window).timestamp(),
                );
                let mut of_key: Vec<i64> = Vec::new();
                for k in &probe_keys {
                    of_key.clear();
                    for r in q.query_map(params![k, lo_s, hi_s], |r| r.get::<_, i64>(0))? {
                        of_key.push(r?);
                    }
                    of_key.sort_unstable();
                    of_key.dedup();
                    // candidates rank by the number of probe keys they share
                    for sid in &of_key {
                        *shared.entry(*sid).or_insert(0) += 1;
                    }
                }
            }
            // stories active within hours of the item are candidates whatever words they
            // share: a reaction or an explainer joins the development it discusses
            {
                let mut q = tx.prepare_cached(
                    "SELECT id FROM stories WHERE watchlist = ?1 AND last_seen >= ?2 AND first_seen <= ?3 ORDER BY last_seen DESC LIMIT 8",
                )?;
                let near = Duration::hours(RECENT_HOURS);
                for r in q.query_map(
                    params![wl.name, ts(it.event_time - near), ts(it.event_time + near)],
                    |r| r.get::<_, i64>(0),
                )? {
                    *shared.entry(r?).or_insert(0) += 1;
                }
            }
            let mut cands: Vec<(i64, u32)> = shared.into_iter().collect();
            cands.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
            let mut q = tx.prepare_cached("SELECT first_seen, last_seen FROM stories WHERE id = ?1 AND last_seen >= ?2 AND first_seen <= ?3")?;
            let mut scored = 0;
            for (sid, _) in cands {
                if scored >= 16 {
                    break;
                }
                let Some((first, last)) = q
                    .query_row(params![sid, lo, hi], |r| {
                        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                    })
                    .optional()?
                else {
                    continue;
                };
                scored += 1;
                let sf = cache.get(tx, sid)?;
                let first = parse_ts(&first).unwrap_or(it.event_time);
                let last = parse_ts(&last).unwrap_or(it.event_time);
                let gap = if it.event_time > last {
                    (it.event_time - last).num_seconds()
                } else if it.event_time < first {
                    (first - it.event_time).num_seconds()
                } else {
                    0
                } as f32
                    / 3600.0;
                let ev = cluster::score(feats, sf, gap, &idf, &self.params);
                if ev.score >= ev.threshold
                    && best.as_ref().map(|b| ev.score > b.1.score).unwrap_or(true)
                {
                    best = Some((sid, ev));
                } else if ev.score < ev.threshold
                    && best_below
                        .as_ref()
                        .map(|b| ev.score > b.1.score)
                        .unwrap_or(true)
                {
                    best_below = Some((sid, ev));
                }
            }
        }
        // a borderline item must continue a story by what it says, not only by its time
        if borderline
            && best.as_ref().is_none_or(|b| {
                b.1.cosine < BORDERLINE_COSINE && b.1.minhash < cluster::NEAR_DUPLICATE
            })
        {
            return Ok(None);
        }
        // document frequencies learn from every taken item
        {
            let mut st = self.df.lock().unwrap_or_else(|p| p.into_inner());
            st.add(feats.terms.keys());
            if st.pending_len() >= DF_FLUSH_EVERY {
                st.flush(tx)?;
            }
        }
        let index_story = |sid: i64| -> Result<(), StoreError> {
            let mut ins = tx.prepare_cached(
                "INSERT OR IGNORE INTO story_index(term_hash, at, story_id) VALUES (?1, ?2, ?3)",
            )?;
            let at = bucket(it.event_time.timestamp());
            // the item's rarest terms: enough for later items to find the story, and
            // few enough that one item touches a handful of index pages
            let mut rare: Vec<(&String, f32)> = feats
                .terms
                .keys()
                .filter(|t| !t.starts_with('~'))
                .map(|t| (t, idf(t)))
                .collect();
            rare.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
            for (t, _) in rare.into_iter().take(INDEXED_TERMS) {
                ins.execute(params![index_key(&wl.name, t), at, sid])?;
            }
            for k in &feats.keys {
                ins.execute(params![index_key(&wl.name, &format!("#{k}")), at, sid])?;
            }
            ins.execute(params![
                index_key(&wl.name, &format!("=title {}", feats.title_key)),
                at,
                sid
            ])?;
            Ok(())
        };
        match best {
            Some((sid, ev)) => {
                index_story(sid)?;
                cache.get(tx, sid)?.add(feats);
                self.touch_story(tx, cache, sid, it.event_time)?;
                exec(tx,
                    "INSERT OR IGNORE INTO story_items(story_id, item_id, evidence) VALUES (?1, ?2, ?3)",
                    params![sid, it.id, serde_json::to_string(&ev)?],
                )?;
                Ok(Some(sid))
            }
            None => {
                let mut sf = StoryFeatures::default();
                sf.add(feats);
                exec(tx,
                    "INSERT INTO stories(watchlist, title, first_seen, last_seen, features) VALUES (?1, ?2, ?3, ?3, ?4)",
                    params![wl.name, it.title, ts(it.event_time), serde_json::to_string(&sf)?],
                )?;
                let sid = tx.last_insert_rowid();
                cache.features.insert(sid, sf);
                index_story(sid)?;
                exec(
                    tx,
                    "INSERT INTO story_items(story_id, item_id, evidence) VALUES (?1, ?2, ?3)",
                    params![
                        sid,
                        it.id,
                        serde_json::json!({
                            "started": "no active story scored above its threshold",
                            "closest_story": best_below.as_ref().map(|b| b.0),
                            "closest": best_below.map(|b| b.1),
                        })
                        .to_string()
                    ],
                )?;
                Ok(Some(sid))
            }
        }
    }

    /// Widens the story's time span now; its features are written with the chunk.
    fn touch_story(
        &self,
        tx: &Connection,
        cache: &mut StoryCache,
        sid: i64,
        t: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        exec(tx,
            "UPDATE stories SET first_seen = MIN(first_seen, ?2), last_seen = MAX(last_seen, ?2) WHERE id = ?1",
            params![sid, ts(t)],
        )?;
        cache.dirty.insert(sid);
        Ok(())
    }

    /// Attaches the finding to an existing development (novelty window) or creates one
    /// and queues its alerts. Returns (created, alerts queued).
    fn record_finding(
        &self,
        tx: &Connection,
        wl: &Watchlist,
        it: &PendingItem,
        story: i64,
        f: &Finding,
        now: DateTime<Utc>,
    ) -> Result<(bool, usize), StoreError> {
        let window = Duration::from_std(self.alerts.dedupe_window).unwrap_or(Duration::hours(72));
        let lo = ts(it.event_time - window);
        let hi = ts(it.event_time + window);
        let mut found: Option<(i64, Vec<String>)> = None;
        {
            let mut q = tx.prepare_cached(
                "SELECT id, actors, story_id FROM developments WHERE watchlist = ?1 AND kind = ?2 AND event_time >= ?3 AND event_time <= ?4
                 ORDER BY event_time DESC",
            )?;
            let rows = q.query_map(params![wl.name, f.kind, lo, hi], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?;
            for row in rows {
                let (id, aj, sid) = row?;
                let actors: Vec<String> = serde_json::from_str(&aj)?;
                let overlap = actors.iter().any(|a| f.actors.contains(a));
                if overlap || (is_joint(&f.kind) && sid == story) {
                    found = Some((id, actors));
                    break;
                }
            }
        }
        let checks = serde_json::to_string(&f.checks)?;
        if let Some((id, mut actors)) = found {
            let mut grew = false;
            for a in &f.actors {
                if !actors.contains(a) {
                    actors.push(a.clone());
                    grew = true;
                }
            }
            if grew {
                exec(
                    tx,
                    "UPDATE developments SET actors = ?2 WHERE id = ?1",
                    params![id, serde_json::to_string(&actors)?],
                )?;
            }
            exec(tx,
                "INSERT OR IGNORE INTO development_items(development_id, item_id, sentence, rule, checks) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, it.id, f.sentence, f.rule, checks],
            )?;
            return Ok((false, 0));
        }
        let max_age = Duration::from_std(self.alerts.max_age).unwrap_or(Duration::hours(48));
        let fresh = it.event_time >= now - max_age;
        let alert = fresh && !wl.config.recipients.is_empty();
        exec(tx,
            "INSERT INTO developments(watchlist, story_id, kind, actors, evidence, rule, first_seen, event_time, alerted)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![wl.name, story, f.kind, serde_json::to_string(&f.actors)?, f.sentence, f.rule, ts(now), ts(it.event_time), alert],
        )?;
        let id = tx.last_insert_rowid();
        exec(tx,
            "INSERT INTO development_items(development_id, item_id, sentence, rule, checks) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, it.id, f.sentence, f.rule, checks],
        )?;
        let mut queued = 0;
        if alert {
            for r in &wl.config.recipients {
                let mid = crate::outbox::message_id(id, r);
                let (batch, due) = match &wl.config.delivery {
                    crate::config::Delivery::Digest(sched) => (
                        Some("digest"),
                        crate::outbox::next_digest(now, *sched, self.alerts.timezone),
                    ),
                    crate::config::Delivery::Immediate { .. } => (None, now),
                };
                exec(
                    tx,
                    "INSERT OR IGNORE INTO outbox(development_id, watchlist, recipient, message_id, batch, state, attempts, next_attempt, created)
                     VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7)",
                    params![id, wl.name, r, mid, batch, ts(due), ts(now)],
                )?;
                queued += 1;
            }
        }
        Ok((true, queued))
    }
}

/// Story features of a taken item: its terms, the watchlist's actors it names and the
/// development keys it reports.
fn features(wl: &Watchlist, it: &PendingItem, det: &Detection) -> ItemFeatures {
    let toks = crate::text::tokenize(&format!("{} . {}", it.title, it.text));
    let mut actors: Vec<String> = Vec::new();
    for m in wl.actors.mentions(&toks) {
        let n = &wl.actors.names[m.actor];
        if !actors.contains(n) {
            actors.push(n.clone());
        }
    }
    // development keys; joint acts (agreements, proposals) also by kind alone, since
    // outlets name different parties of the same deal
    let mut keys: Vec<String> = det
        .findings
        .iter()
        .flat_map(|f| f.actors.iter().map(move |a| format!("{}|{}", f.kind, a)))
        .collect();
    keys.extend(
        det.findings
            .iter()
            .filter(|f| is_joint(&f.kind))
            .map(|f| format!("{}|*", f.kind)),
    );
    let opinion = det.ruled_out.iter().any(|r| r.rule == "item");
    ItemFeatures::new(&it.title, &it.text, &actors, keys, opinion)
}

/// Substrings of texts that may describe a go-between (a prefilter for `mediator_cues`).
const MEDIATOR_HINTS: &[&str] = &["mediat", "broker", "host", "facilitat", "-led", "sponsor"];

/// Items that must describe an actor as a mediator before detection treats it as one.
const MEDIATOR_ITEMS: u32 = 2;

/// Cosine a borderline item (keyword or context only in passing) needs with the story
/// it would continue.
const BORDERLINE_COSINE: f32 = 0.10;

/// Stories whose span comes this close to an item are scored for it even when they
/// share none of its indexed terms.
const RECENT_HOURS: i64 = 12;

/// Width of a story-index time bucket, in seconds.
const INDEX_BUCKET: i64 = 6 * 3600;

/// Start of the index bucket holding Unix time `t`.
fn bucket(t: i64) -> i64 {
    t.div_euclid(INDEX_BUCKET) * INDEX_BUCKET
}

/// Inverted-index key: FNV-1a of watchlist and term, as SQLite's signed integer.
fn index_key(watchlist: &str, term: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in watchlist.bytes().chain([0u8]).chain(term.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h as i64
}

fn exec(c: &Connection, sql: &str, p: impl rusqlite::Params) -> rusqlite::Result<usize> {
    c.prepare_cached(sql)?.execute(p)
}
