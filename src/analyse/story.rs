//! Placing an item in a story: candidates from the inverted index (shared rare terms,
//! development keys, the headline) and the stories active within hours, each scored by
//! `cluster::score`; the best above its threshold takes the item, else it starts a story.

use chrono::Duration;
use rusqlite::Connection;
use std::collections::HashMap;

use super::story_cache::StoryCache;
use super::{Analyser, PendingItem};
use crate::cluster::{self, ItemFeatures, MergeEvidence, StoryFeatures};
use crate::detect::{is_joint, Detection};
use crate::store::{stories, StoreError};
use crate::watchlist::{TopicDecision, Watchlist};

/// How many of an item's terms go into the story index.
const INDEXED_TERMS: usize = 10;

/// Stories whose span comes this close to an item are scored for it even when they
/// share none of its indexed terms.
const RECENT_HOURS: i64 = 12;

/// Width of a story-index time bucket, in seconds.
const INDEX_BUCKET: i64 = 6 * 3600;

/// Candidate stories scored per item.
const SCORED: usize = 16;

/// Cosine a borderline item (keyword or context only in passing) needs with the story
/// it would continue: it must continue it by what it says, not only by its time.
const BORDERLINE_COSINE: f32 = 0.10;

/// The same for a borderline item led by its context (the watched parties in its
/// headline: "Lima regrets Chilean answer, says its door stays open"): reactions and
/// follow-ups about these parties share few words with the development they discuss.
const CONTEXT_LED_COSINE: f32 = 0.03;

/// How close behind a context-led item must be: reactions, analyses and scene pieces about
/// the parties follow their development through the next day.
const CONTEXT_LED_HOURS: f32 = 24.0;

/// A borderline item led by its keyword (the negotiation's own words in the headline, the
/// parties only in passing) close behind the story it would continue: "India yet to take a
/// call on TRIPS compromise" hours after the compromise was tabled.
const KEYWORD_LED_COSINE: f32 = 0.07;

/// How close behind, in hours.
const KEYWORD_LED_HOURS: f32 = 6.0;

/// Cosine a keyword-only item (no context term, no actor) needs with the story it would
/// continue, and how close behind it must be (see `TopicDecision::keyword_only`).
/// Headline-only follow-ups ("Overnight session ends with pay accord" hours after the
/// mediation opened) share a handful of words with their story, and the other
/// negotiations' items that use the same words share fewer: over the own corpora, such
/// items at cosine 0.06–0.10 within the day were relevant six times in seven.
const KEYWORD_ONLY_COSINE: f32 = 0.06;
const KEYWORD_ONLY_HOURS: f32 = 24.0;

/// Does a borderline item continue the story it is closest to, by this evidence?
fn continues(decision: &TopicDecision, ev: &MergeEvidence) -> bool {
    if decision.keyword_only {
        return ev.minhash >= cluster::NEAR_DUPLICATE
            || (ev.cosine >= KEYWORD_ONLY_COSINE && ev.gap_hours <= KEYWORD_ONLY_HOURS);
    }
    ev.cosine >= BORDERLINE_COSINE
        || ev.minhash >= cluster::NEAR_DUPLICATE
        || (decision.led_by_context
            && ev.cosine >= CONTEXT_LED_COSINE
            && ev.gap_hours <= CONTEXT_LED_HOURS)
        || (!decision.foreign
            && ev.cosine >= KEYWORD_LED_COSINE
            && ev.gap_hours <= KEYWORD_LED_HOURS)
}

/// Looser evidence on which a borderline item led by the negotiation's words still follows
/// the story just before it: a reaction, a scene piece or a live-blog line hours after the
/// development shares only a few words with it (over the own corpora, keyword-led items at
/// a cosine of 0.03-0.07 within six hours of a story were relevant 220 times in 302). Such
/// an item joins the story as a follower: its evidence is too thin to make it the report
/// of a development of its own (see `Placement::Follower`).
const FOLLOWER_COSINE: f32 = 0.03;
const FOLLOWER_HOURS: f32 = 6.0;

/// How long after the story it would follow a commentary piece with half the topic
/// evidence (a question, an analysis, an explainer, a quoted headline: see
/// `cluster::is_commentary`) still follows it, whatever the words it shares. Such pieces
/// discuss the day's development in words of their own ("Will NEOS pull the plug?",
/// "Key questions: what the Vivaldi agreement leaves open") and name the watched parties
/// or the negotiation's words in the headline; over the own corpora, those the engine
/// dropped for sharing too little with the story a day before them were relevant 193
/// times in 204.
const COMMENTARY_HOURS: f32 = 24.0;

/// Does a borderline item follow the story, on the looser evidence?
fn follows(decision: &TopicDecision, ev: &MergeEvidence, commentary: bool) -> bool {
    if decision.foreign || decision.stranger {
        return false;
    }
    (commentary && ev.gap_hours <= COMMENTARY_HOURS)
        || (!decision.keyword_only
            && ev.cosine >= FOLLOWER_COSINE
            && ev.gap_hours <= FOLLOWER_HOURS)
}
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

/// Story features of a taken item: its terms, the watchlist's actors it names and the
/// development keys it reports.
pub(super) fn features(wl: &Watchlist, it: &PendingItem, det: &Detection) -> ItemFeatures {
    let lead = crate::text::lead(&it.text);
    let toks = crate::text::tokenize(&format!("{} . {}", it.title, lead));
    let mut actors: Vec<String> = Vec::new();
    for m in wl.actors.mentions(&toks) {
        let n = &wl.actors.names[m.actor];
        if !actors.contains(n) {
            actors.push(n.clone());
        }
    }
    // development keys; joint acts (agreements, proposals) also by kind alone, since
    // outlets name different parties of the same deal (not what a full article's later
    // paragraphs recall: those are earlier stories' acts)
    let news = || det.findings.iter().filter(|f| !f.deep);
    let mut keys: Vec<String> = news()
        .flat_map(|f| f.actors.iter().map(move |a| format!("{}|{}", f.kind, a)))
        .collect();
    keys.extend(
        news()
            .filter(|f| is_joint(&f.kind))
            .map(|f| format!("{}|*", f.kind)),
    );
    let opinion = det.ruled_out.iter().any(|r| r.rule == "item");
    ItemFeatures::new(&it.title, lead, &actors, keys, opinion)
}

/// The best story above its threshold, and the best below it (for `explain`).
type Scored = (Option<(i64, MergeEvidence)>, Option<(i64, MergeEvidence)>);

/// Where a taken item went.
pub(super) enum Placement {
    /// Into this story (an existing one or one it started).
    Placed(i64),
    /// Into this story as a follower: a borderline item that follows it on thin evidence
    /// (`follows`). It belongs to the story, but reports no development of its own.
    Follower(i64),
    /// Nowhere: a borderline item that continues no story. Carries the best story that
    /// scored above its threshold, else the best below it, so that `explain` can say how
    /// far the item was from continuing it.
    NotContinued(Option<(i64, MergeEvidence)>),
}

/// Why a borderline item continues no story, for the match's reason.
pub(super) fn not_continued_reason(closest: &Option<(i64, MergeEvidence)>) -> String {
    match closest {
        Some((sid, ev)) if ev.score >= ev.threshold => format!(
            "the closest, story {sid}, shares a cosine of {:.2} at {:.0} h: too little for a follow-up",
            ev.cosine, ev.gap_hours
        ),
        Some((sid, ev)) => format!(
            "the closest, story {sid}, scores below its threshold: a cosine of {:.2} at {:.0} h",
            ev.cosine, ev.gap_hours
        ),
        None => "no story of the watchlist is active within its window".into(),
    }
}

impl Analyser {
    /// Puts the item into its story (existing membership wins on re-analysis).
    /// Borderline items (topic only half prominent) join an existing story or are dropped.
    pub(super) fn place_in_story(
        &self,
        tx: &Connection,
        cache: &mut StoryCache,
        wl: &Watchlist,
        it: &PendingItem,
        feats: &ItemFeatures,
        decision: &TopicDecision,
    ) -> Result<Placement, StoreError> {
        if let Some(sid) = stories::of_item(tx, it.id, &wl.name)? {
            cache.grow(tx, &self.parsed, sid, feats, it.event_time)?;
            return Ok(Placement::Placed(sid));
        }
        let (n_docs, df) = {
            let mut st = self.df.lock().unwrap_or_else(|p| p.into_inner());
            let terms: Vec<&String> = feats.terms.keys().collect();
            st.lookup(tx, &terms)?
        };
        let idf = |t: &str| -> f32 {
            let d = df.get(t).copied().unwrap_or(0.0);
            let base = ((n_docs + 1.0) / (d + 1.0)).ln() + 1.0;
            match t.chars().next() {
                Some('@') => base * 0.7,
                Some('~') => base * 0.8,
                _ => base,
            }
        };
        let (best, best_below) = self.best_story(tx, cache, wl, it, feats, n_docs, &df, &idf)?;
        let mut follower = false;
        if decision.borderline && !best.as_ref().is_some_and(|b| continues(decision, &b.1)) {
            if !best
                .as_ref()
                .is_some_and(|b| follows(decision, &b.1, cluster::is_commentary(&it.title)))
            {
                return Ok(Placement::NotContinued(best.or(best_below)));
            }
            follower = true;
        }
        // document frequencies learn from every taken item
        {
            let mut st = self.df.lock().unwrap_or_else(|p| p.into_inner());
            st.add(feats.terms.keys());
            if st.pending_len() >= super::stats::DF_FLUSH_EVERY {
                st.flush(tx)?;
            }
        }
        let sid = match best {
            Some((sid, ev)) => {
                cache.grow(tx, &self.parsed, sid, feats, it.event_time)?;
                stories::add_item(tx, sid, it.id, &serde_json::to_string(&ev)?)?;
                sid
            }
            None => {
                let mut sf = StoryFeatures::default();
                sf.add(feats);
                let sid = stories::create(
                    tx,
                    &wl.name,
                    &it.title,
                    it.event_time,
                    &serde_json::to_string(&sf)?,
                )?;
                cache.insert_new(sid, sf);
                let evidence = serde_json::json!({
                    "started": "no active story scored above its threshold",
                    "closest_story": best_below.as_ref().map(|b| b.0),
                    "closest": best_below.map(|b| b.1),
                });
                stories::add_item(tx, sid, it.id, &evidence.to_string())?;
                sid
            }
        };
        self.index_story(tx, wl, it, feats, &idf, sid)?;
        stories::note_paced(tx, &wl.name, it.event_time, it.id)?;
        Ok(if follower {
            Placement::Follower(sid)
        } else {
            Placement::Placed(sid)
        })
    }

    /// Scores the candidate stories: those sharing the item's rarer terms, development
    /// keys or headline, and those active within hours of it.
    #[allow(clippy::too_many_arguments)]
    fn best_story(
        &self,
        tx: &Connection,
        cache: &mut StoryCache,
        wl: &Watchlist,
        it: &PendingItem,
        feats: &ItemFeatures,
        n_docs: f32,
        df: &HashMap<String, f32>,
        idf: &dyn Fn(&str) -> f32,
    ) -> Result<Scored, StoreError> {
        let window = Duration::from_std(self.alerts.story_window).unwrap_or(Duration::hours(72));
        let (lo, hi) = (it.event_time - window, it.event_time + window);
        // every term except the very common ones, whose posting lists would cost more
        // than they tell (a term in more than 1 % of the items, and at least 64)
        let common = (n_docs / 100.0).max(64.0);
        let mut keys: Vec<i64> = feats
            .terms
            .keys()
            .filter(|t| !t.starts_with('~') && df.get(*t).copied().unwrap_or(0.0) <= common)
            .map(|t| index_key(&wl.name, t))
            .collect();
        keys.extend(
            feats
                .keys
                .iter()
                .map(|k| index_key(&wl.name, &format!("#{k}"))),
        );
        keys.push(index_key(&wl.name, &format!("=title {}", feats.title_key)));
        // postings are keyed by term and time bucket: only the window is read, so the
        // cost does not grow with the size of the store
        let mut cands = stories::probe(tx, &keys, bucket(lo.timestamp()), hi.timestamp())?;
        let near = Duration::hours(RECENT_HOURS);
        for sid in stories::near(tx, &wl.name, it.event_time - near, it.event_time + near)? {
            match cands.iter_mut().find(|c| c.0 == sid) {
                Some(c) => c.1 += 1,
                None => cands.push((sid, 1)),
            }
        }
        cands.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let pace = self.pace(tx, wl, it)?;
        let (mut best, mut best_below): Scored = (None, None);
        let mut scored = 0;
        for (sid, _) in cands {
            if scored >= SCORED {
                break;
            }
            let Some((first, last)) = stories::span_within(tx, sid, lo, hi)? else {
                continue;
            };
            scored += 1;
            let gap = if it.event_time > last {
                it.event_time - last
            } else if it.event_time < first {
                first - it.event_time
            } else {
                Duration::zero()
            };
            let ev = cluster::score(
                feats,
                cache.get(tx, &self.parsed, sid)?,
                pace * gap.num_seconds() as f32 / 3600.0,
                pace * (it.event_time - first).num_seconds().max(0) as f32 / 3600.0,
                idf,
                &self.params,
            );
            let slot = if ev.score >= ev.threshold {
                &mut best
            } else {
                &mut best_below
            };
            if slot.as_ref().is_none_or(|b| ev.score > b.1.score) {
                *slot = Some((sid, ev));
            }
        }
        Ok((best, best_below))
    }

    /// How much an hour counts for at this item (`cluster::Params::pace`), from when the
    /// watchlist's items placed in the week before it happened.
    fn pace(&self, tx: &Connection, wl: &Watchlist, it: &PendingItem) -> Result<f32, StoreError> {
        let p = &self.params;
        let window = Duration::seconds((p.pace_window_hours * 3600.0) as i64);
        // past this many items the pace is at its most whatever the span
        let enough =
            (p.pace_max * p.pace_window_hours / p.pace_reference_hours).ceil() as usize + 1;
        let (count, oldest) =
            stories::items_between(tx, &wl.name, it.event_time - window, it.event_time, enough)?;
        let hours = oldest.map_or(0.0, |o| (it.event_time - o).num_seconds() as f32 / 3600.0);
        Ok(p.pace(count, hours))
    }

    /// Posts the story under the item's rarest terms (enough for later items to find it,
    /// few enough that one item touches a handful of index pages), its development keys
    /// and its headline.
    fn index_story(
        &self,
        tx: &Connection,
        wl: &Watchlist,
        it: &PendingItem,
        feats: &ItemFeatures,
        idf: &dyn Fn(&str) -> f32,
        sid: i64,
    ) -> Result<(), StoreError> {
        let mut rare: Vec<(&String, f32)> = feats
            .terms
            .keys()
            .filter(|t| !t.starts_with('~'))
            .map(|t| (t, idf(t)))
            .collect();
        rare.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        let mut keys: Vec<i64> = rare
            .into_iter()
            .take(INDEXED_TERMS)
            .map(|(t, _)| index_key(&wl.name, t))
            .collect();
        keys.extend(
            feats
                .keys
                .iter()
                .map(|k| index_key(&wl.name, &format!("#{k}"))),
        );
        keys.push(index_key(&wl.name, &format!("=title {}", feats.title_key)));
        stories::index(tx, &keys, bucket(it.event_time.timestamp()), sid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(cosine: f32, gap_hours: f32) -> MergeEvidence {
        MergeEvidence {
            score: cosine,
            threshold: 0.3,
            cosine,
            shared_keys: Vec::new(),
            same_title: false,
            gap_hours,
            decay: 1.0,
            shared_terms: Vec::new(),
            minhash: 0.0,
        }
    }

    #[test]
    fn explain_says_how_far_a_dropped_follow_up_was_from_its_closest_story() {
        let mut above = evidence(0.04, 30.0);
        above.threshold = 0.01;
        let why = not_continued_reason(&Some((7, above)));
        assert!(
            why.contains("story 7") && why.contains("0.04") && why.contains("30 h"),
            "{why}"
        );
        assert!(why.contains("too little"), "{why}");
        let mut below = evidence(0.2, 2.0);
        below.threshold = 0.5;
        let why = not_continued_reason(&Some((3, below)));
        assert!(
            why.contains("below its threshold") && why.contains("0.20"),
            "{why}"
        );
        assert!(not_continued_reason(&None).contains("no story"));
    }

    #[test]
    fn a_keyword_led_follow_up_close_behind_continues_its_story() {
        let kw_led = TopicDecision {
            taken: true,
            borderline: true,
            led_by_context: false,
            needs_development: false,
            foreign: false,
            keyword_only: false,
            stranger: false,
            reason: "keyword; context in passing".into(),
        };
        // hours behind the story, a few shared words: a follow-up
        assert!(continues(&kw_led, &evidence(0.08, 3.0)));
        // a day behind, the same few words: no longer
        assert!(!continues(&kw_led, &evidence(0.08, 30.0)));
        assert!(!continues(&kw_led, &evidence(0.03, 1.0)));
        // another negotiation's truce never continues on so little
        let foreign = TopicDecision {
            foreign: true,
            ..kw_led.clone()
        };
        assert!(!continues(&foreign, &evidence(0.08, 3.0)));
        assert!(continues(&foreign, &evidence(0.12, 30.0)));
    }

    #[test]
    fn a_keyword_led_item_hours_behind_follows_on_fewer_words() {
        let kw_led = TopicDecision {
            taken: true,
            borderline: true,
            led_by_context: false,
            needs_development: false,
            foreign: false,
            keyword_only: false,
            stranger: false,
            reason: "keyword; context in passing".into(),
        };
        assert!(!continues(&kw_led, &evidence(0.04, 2.0)));
        assert!(follows(&kw_led, &evidence(0.04, 2.0), false));
        assert!(!follows(&kw_led, &evidence(0.04, 8.0), false));
        assert!(!follows(&kw_led, &evidence(0.02, 1.0), false));
        for other in [
            TopicDecision {
                foreign: true,
                ..kw_led.clone()
            },
            TopicDecision {
                keyword_only: true,
                ..kw_led.clone()
            },
            TopicDecision {
                stranger: true,
                ..kw_led.clone()
            },
        ] {
            assert!(!follows(&other, &evidence(0.05, 2.0), false));
        }
    }

    #[test]
    fn a_commentary_piece_follows_the_story_of_the_last_day_whatever_it_shares() {
        let kw_only = TopicDecision {
            taken: true,
            borderline: true,
            led_by_context: false,
            needs_development: false,
            foreign: false,
            keyword_only: true,
            stranger: false,
            reason: "keyword, but no context term".into(),
        };
        assert!(follows(&kw_only, &evidence(0.0, 20.0), true));
        assert!(!follows(&kw_only, &evidence(0.0, 20.0), false));
        assert!(!follows(&kw_only, &evidence(0.0, 30.0), true));
        // another negotiation's commentary, or one headed by a stranger, never
        for other in [
            TopicDecision {
                foreign: true,
                ..kw_only.clone()
            },
            TopicDecision {
                stranger: true,
                ..kw_only.clone()
            },
        ] {
            assert!(!follows(&other, &evidence(0.0, 2.0), true));
        }
    }

    #[test]
    fn a_context_led_reaction_continues_a_story_of_the_last_day_on_few_words() {
        let ctx_led = TopicDecision {
            taken: true,
            borderline: true,
            led_by_context: true,
            needs_development: false,
            foreign: false,
            keyword_only: false,
            stranger: false,
            reason: "context in the headline; no keyword".into(),
        };
        assert!(continues(&ctx_led, &evidence(0.04, 20.0)));
        assert!(!continues(&ctx_led, &evidence(0.04, 30.0)));
        assert!(!continues(&ctx_led, &evidence(0.02, 2.0)));
    }

    #[test]
    fn a_keyword_only_item_continues_only_a_story_of_the_last_day_it_plainly_follows() {
        let kw_only = TopicDecision {
            taken: true,
            borderline: true,
            led_by_context: false,
            needs_development: false,
            foreign: false,
            keyword_only: true,
            stranger: false,
            reason: "keyword, but no context term".into(),
        };
        assert!(continues(&kw_only, &evidence(0.2, 5.0)));
        // a headline-only follow-up shares few words with its story: a handful is enough
        // within the day, a word or two is not
        assert!(continues(&kw_only, &evidence(0.07, 3.0)));
        assert!(!continues(&kw_only, &evidence(0.04, 3.0)));
        // two days behind, whatever it shares
        assert!(!continues(&kw_only, &evidence(0.3, 48.0)));
    }
}
