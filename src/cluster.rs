//! Story clustering: online, incremental grouping of a watchlist's items into stories.
//!
//! An item joins the best-scoring active story when the score clears a threshold;
//! otherwise it starts a story. The score combines TF-IDF cosine over headline + lead
//! (stems, with synonyms folded into concepts and actors as terms, IDF learned from the
//! store), shared development keys (kind + actor), and time decay. Items that report a
//! development the story does not hold need more evidence than reactions and analysis,
//! because a new development is usually a new story.

use std::collections::HashMap;

use crate::text::{is_stopword, match_words, sentences, stem};

/// Synonym concepts: paraphrases of the same event share these tokens.
const CONCEPTS: &[(&str, &[&str])] = &[
    (
        "~withdraw",
        &[
            "recall",
            "pull",
            "withdraw",
            "withdrew",
            "withdrawn",
            "exit",
            "quit",
            "left",
            "leave",
            "home",
            "walk",
            "walkout",
        ],
    ),
    (
        "~team",
        &["negotiator", "team", "delegation", "envoy", "mission"],
    ),
    (
        "~truce",
        &[
            "truce",
            "ceasefire",
            "cease-fire",
            "pause",
            "halt",
            "armistice",
        ],
    ),
    (
        "~proposal",
        &[
            "proposal",
            "plan",
            "framework",
            "roadmap",
            "outline",
            "offer",
            "text",
            "blueprint",
            "counteroffer",
            "initiative",
        ],
    ),
    (
        "~reject",
        &[
            "reject",
            "dismiss",
            "rebuff",
            "spurn",
            "refuse",
            "turn",
            "delusional",
            "rejection",
        ],
    ),
    (
        "~accept",
        &[
            "accept", "approv", "approve", "back", "yes", "agre", "embrace",
        ],
    ),
    (
        "~suspend",
        &[
            "suspend",
            "suspension",
            "freeze",
            "hold",
            "stop",
            "mediat",
            "role",
        ],
    ),
    (
        "~demand",
        &[
            "demand",
            "condition",
            "precondition",
            "requirement",
            "clarification",
        ],
    ),
    (
        "~hostage",
        &[
            "hostage", "captive", "prisoner", "detainee", "release", "free", "freed",
        ],
    ),
    (
        "~send",
        &[
            "send", "sent", "dispatch", "arrive", "travel", "join", "resume",
        ],
    ),
];

/// Features of one item for clustering.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ItemFeatures {
    /// Term → weight (term frequency, headline counted double).
    pub terms: HashMap<String, f32>,
    /// Development keys `kind|actor` the item reports.
    pub keys: Vec<String>,
    /// Normalised headline for exact-duplicate detection.
    pub title_key: String,
    /// Opinion/analysis piece.
    pub opinion: bool,
    /// A reaction or a statement ("Trump: …", "Egypt welcomes …").
    #[serde(default)]
    pub reaction: bool,
    /// MinHash signature of headline + lead word shingles (near-duplicate copies).
    #[serde(default)]
    pub sig: Vec<u32>,
}

/// Features of a story: the sum of its members'.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct StoryFeatures {
    /// Summed term weights (capped to the strongest terms).
    pub terms: HashMap<String, f32>,
    /// Development keys of its members.
    pub keys: Vec<String>,
    /// Headline keys of its members.
    pub title_keys: Vec<String>,
    /// Members.
    pub n: u32,
    /// MinHash signatures of the latest members (at most 8).
    #[serde(default)]
    pub sigs: Vec<Vec<u32>>,
}

/// Why an item joined (or did not join) a story.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct MergeEvidence {
    /// Final score.
    pub score: f32,
    /// Threshold it had to clear.
    pub threshold: f32,
    /// Weighted cosine of terms.
    pub cosine: f32,
    /// Shared development keys.
    pub shared_keys: Vec<String>,
    /// Same normalised headline.
    pub same_title: bool,
    /// Hours since the story's last item.
    pub gap_hours: f32,
    /// Time-decay factor applied.
    pub decay: f32,
    /// Strongest shared terms.
    pub shared_terms: Vec<String>,
    /// Highest MinHash Jaccard estimate against the story's members.
    #[serde(default)]
    pub minhash: f32,
}

/// Signature length; Jaccard estimates have a standard error of about 0.09.
const SIG_LEN: usize = 32;

/// A near-verbatim copy: shingle Jaccard at least this high joins outright.
pub const NEAR_DUPLICATE: f32 = 0.5;

fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ceb9fe1a85ec53);
    x ^ (x >> 33)
}

/// MinHash over word unigrams and bigrams of a text.
pub fn minhash(text: &str) -> Vec<u32> {
    let words: Vec<String> = match_words(text)
        .into_iter()
        .filter(|w| !is_stopword(w))
        .collect();
    let mut shingles: Vec<u64> = Vec::new();
    // FNV-1a, continued over a bigram's bytes without building the "w1 w2" string
    let h = |seed: u64, s: &str| {
        s.bytes()
            .fold(seed, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
    };
    const FNV_START: u64 = 0xcbf29ce484222325;
    for (i, w) in words.iter().enumerate() {
        let one = h(FNV_START, w);
        shingles.push(one);
        if let Some(next) = words.get(i + 1) {
            shingles.push(h(h(one, " "), next));
        }
    }
    if shingles.is_empty() {
        return Vec::new();
    }
    (0..SIG_LEN as u64)
        .map(|k| {
            shingles
                .iter()
                .map(|&x| (mix(x ^ mix(k + 1)) >> 32) as u32)
                .min()
                .unwrap_or(u32::MAX)
        })
        .collect()
}

/// Estimated Jaccard similarity of two signatures.
pub fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f32 / a.len() as f32
}

/// Strips wire prefixes/suffixes so re-posts compare equal:
/// "UPDATE 2-", "LIVE:", "Exclusive:", "- Reuters", "| Outlet".
pub fn title_key(title: &str) -> String {
    let mut t = title.trim().to_string();
    loop {
        let lower = t.to_lowercase();
        let mut changed = false;
        for p in [
            "update",
            "updated",
            "live",
            "exclusive",
            "breaking",
            "watch",
            "analysis",
            "corrected",
            "refile",
        ] {
            if lower.starts_with(p) {
                let Some(rest) = t.get(p.len()..) else {
                    continue;
                };
                let rest2 = rest.trim_start_matches(|c: char| {
                    c.is_ascii_digit() || c == ' ' || c == '-' || c == ':' || c == '|'
                });
                if rest2.len() < rest.len() && !rest2.is_empty() {
                    t = rest2.to_string();
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            break;
        }
    }
    for sep in [" - ", " | ", " – ", " — "] {
        if let Some(p) = t.rfind(sep) {
            let tail = &t[p + sep.len()..];
            if tail.split_whitespace().count() <= 3 {
                t.truncate(p);
            }
        }
    }
    match_words(&t).join(" ")
}

/// Headline forms of pieces that discuss news rather than report it: labelled sections
/// ("Analysis:", "Explainer:", "Watch:", "Live:", a newsletter's "Weekly:" or
/// "Brief:"), questions, and "what we know / why / how" explainers. They join the story
/// they discuss even a day later, when a news report would start a new one.
pub fn is_discussion(title: &str) -> bool {
    let t = title.trim();
    let lower = t.to_lowercase();
    if lower.ends_with('?') || lower.ends_with("?'") || lower.ends_with("?\"") {
        return true;
    }
    const LEADS: &[&str] = &[
        "analysis",
        "explainer",
        "explained",
        "opinion",
        "comment",
        "commentary",
        "editorial",
        "watch",
        "video",
        "live",
        "in pictures",
        "q&a",
        "podcast",
        "fact check",
        "factbox",
        "timeline",
        "view",
        "column",
    ];
    const OPENERS: &[&str] = &[
        "what we know",
        "what's in",
        "what is in",
        "what to know",
        "why ",
        "how ",
        "what ",
        "who ",
        "inside ",
        "five questions",
        "three questions",
        "key questions",
    ];
    const SERIES: &[&str] = &[
        "brief",
        "briefing",
        "weekly",
        "daily",
        "monitor",
        "wrap",
        "newsletter",
        "digest",
        "roundup",
        "round-up",
        "bulletin",
        "note",
        "dispatch",
    ];
    if OPENERS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    // "Label: …" where the label is a section name or a newsletter series
    if let Some((head, _)) = lower.split_once(':') {
        let head = head.trim();
        if head.split_whitespace().count() <= 4
            && (LEADS.contains(&head)
                || head
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| SERIES.contains(&w)))
        {
            return true;
        }
    }
    LEADS
        .iter()
        .any(|l| lower.starts_with(&format!("{l} |")) || lower.starts_with(&format!("{l} -")))
}

/// Headline forms of commentary on the news rather than news: a question ("Will the truce
/// hold?"), a labelled analysis, explainer or opinion piece, a "what / why / how" opener,
/// or a quoted headline ("'We will not sign this'"). Unlike `is_discussion` this leaves
/// out video, live and newsletter sections, which carry any news of the day.
pub fn is_commentary(title: &str) -> bool {
    let t = title.trim();
    let lower = t.to_lowercase();
    if lower.ends_with('?') || lower.ends_with("?'") || lower.ends_with("?\"") {
        return true;
    }
    if t.starts_with('\'')
        || t.starts_with('"')
        || t.starts_with('\u{2018}')
        || t.starts_with('\u{201C}')
    {
        return true;
    }
    const LABELS: &[&str] = &[
        "analysis",
        "explainer",
        "explained",
        "opinion",
        "comment",
        "commentary",
        "editorial",
        "column",
        "view",
        "factbox",
        "fact check",
        "q&a",
    ];
    const OPENERS: &[&str] = &[
        "what we know",
        "what's in",
        "what is in",
        "what to know",
        "why ",
        "how ",
        "what ",
        "who ",
        "five questions",
        "three questions",
        "key questions",
    ];
    if OPENERS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    lower
        .split_once(':')
        .is_some_and(|(head, _)| LABELS.contains(&head.trim()))
}

/// Headline forms of reactions and statements: a quote ("Trump: …", "Hamas: '…'", "'…' –
/// army statement"), or someone welcoming, condemning or commenting. They join the
/// development they react to, like discussion pieces.
pub fn is_reaction(title: &str) -> bool {
    let t = title.trim();
    let quoted = t.starts_with('\'')
        || t.starts_with('"')
        || t.starts_with('\u{2018}')
        || t.starts_with('\u{201C}');
    let speaker = t.split_once(':').is_some_and(|(head, rest)| {
        head.split_whitespace().count() <= 4 && !rest.trim().is_empty()
    });
    let lower = t.to_lowercase();
    let reacting = REACTION_VERBS
        .iter()
        .any(|v| lower.split_whitespace().any(|w| w == *v));
    quoted || speaker || reacting
}

/// Verbs of a reaction headline ("Egypt welcomes …", "UN chief hails …").
const REACTION_VERBS: &[&str] = &[
    "welcomes",
    "welcome",
    "hails",
    "praises",
    "condemns",
    "slams",
    "criticises",
    "criticizes",
    "decries",
    "reacts",
    "surprised",
    "celebrate",
    "celebrates",
    "celebrations",
    "relief",
];

/// Terms of a text: stems without stopwords, plus synonym concepts.
pub fn terms_of(text: &str, weight: f32, out: &mut HashMap<String, f32>) {
    for w in match_words(text) {
        if w.len() < 2 || is_stopword(&w) || w.chars().all(|c| c.is_ascii_digit()) && w.len() > 3 {
            continue;
        }
        let st = stem(&w);
        match out.get_mut(&st) {
            Some(v) => *v += weight,
            None => {
                out.insert(st.clone(), weight);
            }
        }
        for (concept, words) in CONCEPTS {
            if words.iter().any(|c| st.starts_with(c) || w.starts_with(c)) {
                *out.entry(concept.to_string()).or_insert(0.0) += weight * 0.5;
                break;
            }
        }
    }
}

impl ItemFeatures {
    /// Features from headline, text, actors named and development keys.
    pub fn new(
        title: &str,
        text: &str,
        actors: &[String],
        keys: Vec<String>,
        opinion: bool,
    ) -> ItemFeatures {
        let mut terms = HashMap::new();
        terms_of(title, 2.0, &mut terms);
        let lead: Vec<String> = sentences(text).into_iter().take(2).collect();
        terms_of(&lead.join(" "), 1.0, &mut terms);
        for a in actors {
            *terms.entry(format!("@{a}")).or_insert(0.0) += 1.0;
        }
        let sig = minhash(&format!("{} {}", title_key(title), lead.join(" ")));
        ItemFeatures {
            terms,
            keys,
            title_key: title_key(title),
            opinion: opinion || is_discussion(title),
            reaction: is_reaction(title),
            sig,
        }
    }
}

impl StoryFeatures {
    /// Adds an item's features.
    pub fn add(&mut self, it: &ItemFeatures) {
        for (t, w) in &it.terms {
            *self.terms.entry(t.clone()).or_insert(0.0) += w;
        }
        for k in &it.keys {
            if !self.keys.contains(k) {
                self.keys.push(k.clone());
            }
        }
        if !it.title_key.is_empty() && !self.title_keys.contains(&it.title_key) {
            self.title_keys.push(it.title_key.clone());
        }
        // bounded: a long-running story (a live blog) must not grow its record forever
        if self.keys.len() > 64 {
            self.keys.drain(..self.keys.len() - 64);
        }
        if self.title_keys.len() > 32 {
            self.title_keys.drain(..self.title_keys.len() - 32);
        }
        self.n += 1;
        if !it.sig.is_empty() {
            self.sigs.push(it.sig.clone());
            if self.sigs.len() > 8 {
                self.sigs.remove(0);
            }
        }
        if self.terms.len() > 200 {
            // (ties broken by the term: the map's order differs from one process to the
            // next, and which of two equal terms is kept decides later merges)
            let mut v: Vec<(String, f32)> = self.terms.drain().collect();
            v.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v.truncate(150);
            self.terms = v.into_iter().collect();
        }
    }
}

/// Clustering parameters.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// Threshold for an item reporting a development the story lacks.
    pub new_development: f32,
    /// Threshold for follow-ups, repeats and reactions.
    pub follow_up: f32,
    /// Threshold for an item whose development is of another kind than any the story
    /// holds, once `other_act_after_hours` have passed since the story's last item.
    pub other_act: f32,
    /// See `other_act`.
    pub other_act_after_hours: f32,
    /// See `other_act`: also once this long has passed since the story's first item,
    /// however recent its last one. A negotiation covered hour by hour for days (a
    /// conference abroad, live pages, reactions in between) never leaves a gap, and the
    /// next day's walk-out or offer would otherwise chain onto the first day's story.
    pub other_act_after_age_hours: f32,
    /// Threshold for opinion and analysis pieces.
    pub opinion: f32,
    /// Hours after the story's last item before content decay starts.
    pub grace_hours: f32,
    /// Content decay time constant in hours.
    pub tau_hours: f32,
    /// Bonus for an item within hours of the story, whatever words it shares.
    pub time_bonus: f32,
    /// Time constant of that bonus, in hours.
    pub time_tau_hours: f32,
    /// Cosine below which the time bonus does not apply.
    pub link_min: f32,
    /// Bonus for a shared development key.
    pub key_bonus: f32,
    /// Grace and decay (hours) for follow-ups that report no development of their own.
    pub follow_grace_hours: f32,
    /// See `follow_grace_hours`.
    pub follow_tau_hours: f32,
    /// Time-bonus constant for discussion pieces.
    pub follow_time_tau_hours: f32,
    /// Time-bonus constant for reactions and statements.
    pub reaction_time_tau_hours: f32,
    /// The usual hours between two of a watchlist's items. Every time constant above is
    /// set for news at about this pace; when a crisis brings items faster (a siege: one
    /// every half hour) an hour counts for more (see `pace`), because a few hours of such
    /// news hold several developments, each its own story, and closeness in time alone
    /// would chain them all into one.
    pub pace_reference_hours: f32,
    /// How far back the pace is measured, in hours: a week, so that one busy day in a
    /// slow negotiation (the signing and its reactions) does not count as a crisis.
    pub pace_window_hours: f32,
    /// Earlier items the window needs before its pace is trusted.
    pub pace_min_items: usize,
    /// The shortest span the pace is measured over, in hours: the first few items of a
    /// watchlist, or of a busy day after quiet ones, come close together in any news.
    pub pace_min_span_hours: f32,
    /// The most an hour may count for.
    pub pace_max: f32,
}

impl Params {
    /// How much an hour counts for, given how many of the watchlist's items the pace
    /// window holds before the item being placed and how many hours before it the oldest
    /// happened: the reference gap over the window's mean gap, never below 1 (slower news
    /// keeps the constants).
    pub fn pace(&self, count: usize, oldest_hours_before: f32) -> f32 {
        if count < self.pace_min_items {
            return 1.0;
        }
        let span = oldest_hours_before.max(self.pace_min_span_hours);
        let mean_gap = (span / count as f32).max(0.01);
        (self.pace_reference_hours / mean_gap).clamp(1.0, self.pace_max)
    }
}

impl Default for Params {
    fn default() -> Self {
        Params {
            new_development: 0.11,
            follow_up: 0.10,
            other_act: 0.3,
            other_act_after_hours: 6.0,
            other_act_after_age_hours: 24.0,
            opinion: 0.08,
            grace_hours: 4.0,
            tau_hours: 14.0,
            time_bonus: 0.4,
            time_tau_hours: 2.0,
            link_min: 0.0,
            key_bonus: 0.25,
            follow_grace_hours: 12.0,
            follow_tau_hours: 14.0,
            follow_time_tau_hours: 24.0,
            reaction_time_tau_hours: 6.0,
            pace_reference_hours: 5.0,
            pace_window_hours: 168.0,
            pace_min_items: 4,
            pace_min_span_hours: 24.0,
            pace_max: 6.0,
        }
    }
}

/// Scores an item against a story, `gap_hours` after (or before) its nearest item and
/// `age_hours` after its first. `idf` gives a term's inverse document frequency.
/// Fixed-point units per 1.0 of a summed term weight.
const FIXED_SCALE: f64 = (1u64 << 24) as f64;

/// A term's share of a sum, in fixed point: integer sums are the same in any order. Term
/// maps iterate in an order that differs from one process to the next, and a float sum
/// taken in another order can differ in its last bit, which is enough to flip a merge
/// that sits on its threshold: the same feed must give the same stories every time.
fn fixed(x: f32) -> i64 {
    (f64::from(x) * FIXED_SCALE).round() as i64
}

fn unfixed(x: i64) -> f32 {
    (x as f64 / FIXED_SCALE) as f32
}

pub fn score(
    it: &ItemFeatures,
    st: &StoryFeatures,
    gap_hours: f32,
    age_hours: f32,
    idf: &dyn Fn(&str) -> f32,
    p: &Params,
) -> MergeEvidence {
    let same_title = !it.title_key.is_empty() && st.title_keys.contains(&it.title_key);
    let (mut dot, mut na) = (0i64, 0i64);
    let mut shared: Vec<(String, f32)> = Vec::new();
    for (t, w) in &it.terms {
        let i = idf(t);
        let a = w * i;
        na += fixed(a * a);
        if let Some(sw) = st.terms.get(t) {
            let b = sw * i;
            dot += fixed(a * b);
            shared.push((t.clone(), a * b));
        }
    }
    let nb = unfixed(
        st.terms
            .iter()
            .map(|(t, w)| fixed((w * idf(t)).powi(2)))
            .sum(),
    );
    let (dot, na) = (unfixed(dot), unfixed(na));
    let cosine = if na > 0.0 && nb > 0.0 {
        dot / (na.sqrt() * nb.sqrt())
    } else {
        0.0
    };
    let shared_keys: Vec<String> = it
        .keys
        .iter()
        .filter(|k| st.keys.contains(k))
        .cloned()
        .collect();
    let reports_new = it.keys.iter().any(|k| !st.keys.contains(k));
    // a follow-up (no development of its own, or only ones the story holds) stays
    // linked longer than a report of something new, which usually starts a story
    let (grace, tau) = if it.opinion {
        (p.follow_grace_hours, p.follow_tau_hours)
    } else {
        (p.grace_hours, p.tau_hours)
    };
    let decay = (-(gap_hours - grace).max(0.0) / tau).exp();
    let key_bonus = if shared_keys.is_empty() {
        0.0
    } else {
        p.key_bonus
    };
    let time_tau = if it.opinion {
        p.follow_time_tau_hours
    } else if it.reaction {
        p.reaction_time_tau_hours
    } else {
        p.time_tau_hours
    };
    let time = if cosine >= p.link_min {
        p.time_bonus * (-gap_hours / time_tau.max(0.1)).exp()
    } else {
        0.0
    };
    let minhash = st
        .sigs
        .iter()
        .map(|s| jaccard(&it.sig, s))
        .fold(0.0f32, f32::max);
    let score = if same_title {
        1.0
    } else if minhash >= NEAR_DUPLICATE {
        // a syndicated or re-posted copy: the same story whatever the wording around it
        minhash.max((cosine + key_bonus) * decay + time)
    } else {
        (cosine + key_bonus) * decay + time
    };

    // an act of another kind than any the story holds, hours after its last item, is
    // usually the next development ("talks open" then, next day, "truce agreed"; a truce,
    // then a mediator's offer): only strong shared wording keeps it in the story
    let kind_of = |k: &str| k.split('|').next().unwrap_or(k).to_string();
    let other_act = reports_new
        && !st.keys.is_empty()
        && it
            .keys
            .iter()
            .all(|k| !st.keys.iter().any(|s| kind_of(s) == kind_of(k)));
    let threshold = if it.opinion {
        p.opinion
    } else if other_act
        && (gap_hours >= p.other_act_after_hours || age_hours >= p.other_act_after_age_hours)
    {
        p.other_act
    } else if reports_new {
        p.new_development
    } else {
        p.follow_up
    };
    shared.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    MergeEvidence {
        score,
        threshold,
        cosine,
        shared_keys,
        same_title,
        gap_hours,
        decay,
        shared_terms: shared.into_iter().take(6).map(|s| s.0).collect(),
        minhash,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commentary_is_a_question_a_label_an_opener_or_a_quote_not_a_video_or_a_report() {
        for t in [
            "Will the truce hold?",
            "Analysis: why the second round matters",
            "Explainer: the three phases of the plan",
            "What the new draft leaves out",
            "How the mediators got both sides back",
            "'We will not sign this text'",
            "\u{201C}No deal without the port\u{201D}, says minister",
        ] {
            assert!(is_commentary(t), "{t}");
        }
        for t in [
            "Watch: delegations arrive at the venue",
            "Live: talks enter second day",
            "Weekly brief: ceasefire, budget and more",
            "Hamas rejects the proposal",
            "Minister: talks to resume on Monday",
        ] {
            assert!(!is_commentary(t), "{t}");
        }
    }

    fn idf(_: &str) -> f32 {
        1.0
    }

    #[test]
    fn title_keys_strip_wire_noise() {
        assert_eq!(
            title_key("UPDATE 2-Israel recalls team - Reuters"),
            "israel recalls team"
        );
        assert_eq!(
            title_key("LIVE: Israel recalls team"),
            "israel recalls team"
        );
        assert_eq!(
            title_key("Exclusive: Israel recalls team | Meridian"),
            "israel recalls team"
        );
    }

    #[test]
    fn a_capped_story_keeps_the_same_terms_whatever_the_map_order() {
        // 250 terms of equal weight: which 150 survive the cap must not depend on the
        // order the map hands them out (it differs between processes, and replays of the
        // same feed must give the same stories)
        let it = ItemFeatures {
            terms: (0..250).map(|i| (format!("t{i:03}"), 1.0)).collect(),
            ..ItemFeatures::default()
        };
        let mut sf = StoryFeatures::default();
        sf.add(&it);
        let mut kept: Vec<&String> = sf.terms.keys().collect();
        kept.sort();
        let want: Vec<String> = (0..150).map(|i| format!("t{i:03}")).collect();
        assert_eq!(kept, want.iter().collect::<Vec<_>>());
    }

    #[test]
    fn minhash_finds_near_verbatim_copies() {
        let a = minhash("Israel pulls Mossad team out of Qatar talks as Gaza fighting resumes. Israeli negotiators left Doha after efforts to revive the pause reached a dead end.");
        let b = minhash("Israel pulls Mossad team out of Qatar talks. Israel's negotiators have left Doha after efforts to revive the pause reached a dead end.");
        let c = minhash("Hamas rejects bridging proposal as tilted to Netanyahu's terms. The group said the text adopted Israeli conditions.");
        assert!(jaccard(&a, &b) >= NEAR_DUPLICATE, "{}", jaccard(&a, &b));
        assert!(jaccard(&a, &c) < 0.2, "{}", jaccard(&a, &c));
    }

    #[test]
    fn paraphrases_score_above_unrelated() {
        let a = ItemFeatures::new(
            "Israel recalls negotiators from Doha",
            "",
            &["Israel".into()],
            vec!["delegation_withdrawal|Israel".into()],
            false,
        );
        let b = ItemFeatures::new(
            "Netanyahu pulls team from Qatar truce talks",
            "",
            &["Israel".into()],
            vec!["delegation_withdrawal|Israel".into()],
            false,
        );
        let c = ItemFeatures::new(
            "Hamas rejects bridging proposal",
            "",
            &["Hamas".into()],
            vec!["proposal_rejected|Hamas".into()],
            false,
        );
        let mut st = StoryFeatures::default();
        st.add(&a);
        let p = Params::default();
        let sb = score(&b, &st, 1.0, 1.0, &idf, &p);
        assert!(sb.score >= sb.threshold, "{sb:?}");
        // within hours, the story takes what happens next (time decides); half a day
        // later only what shares its words does
        let sc = score(&c, &st, 1.0, 1.0, &idf, &p);
        assert!(sc.score >= sc.threshold, "{sc:?}");
        let sb12 = score(&b, &st, 12.0, 12.0, &idf, &p);
        let sc12 = score(&c, &st, 12.0, 12.0, &idf, &p);
        assert!(sb12.score >= sb12.threshold, "{sb12:?}");
        assert!(sc12.score < sc12.threshold, "{sc12:?}");
        let late = score(&b, &st, 60.0, 60.0, &idf, &p);
        assert!(late.score < sb.score);
    }

    #[test]
    fn hours_count_for_more_only_when_news_comes_faster_than_usual() {
        let p = Params::default();
        // too few earlier items to tell
        assert_eq!(p.pace(3, 1.0), 1.0);
        // a negotiation's usual pace: a few items a day
        assert_eq!(p.pace(6, 100.0), 1.0);
        // a siege: forty items in the last twenty hours
        assert!(p.pace(40, 19.5) > 4.0, "{}", p.pace(40, 19.5));
        // never more than the cap, however fast
        assert_eq!(p.pace(400, 4.0), p.pace_max);
        // a first busy morning is measured over a day, not over its own few hours
        assert_eq!(p.pace(4, 2.0), 1.0);
    }

    #[test]
    fn another_kind_of_act_hours_later_needs_strong_wording() {
        let truce = ItemFeatures::new(
            "Israel and Hamas agree Gaza truce",
            "",
            &["Israel".into(), "Hamas".into()],
            vec!["agreement".into()],
            false,
        );
        let offer = ItemFeatures::new(
            "US offers to host Gaza truce talks",
            "",
            &["United States".into()],
            vec!["proposal|United States".into()],
            false,
        );
        let mut st = StoryFeatures::default();
        st.add(&truce);
        let p = Params::default();
        // the same words score the same; only the bar differs with the time since
        let soon = score(&offer, &st, 3.0, 3.0, &idf, &p);
        let later = score(&offer, &st, 8.0, 8.0, &idf, &p);
        assert_eq!(soon.threshold, p.new_development);
        assert_eq!(later.threshold, p.other_act);
        // an item of the story's own kind keeps the ordinary bar
        let again = ItemFeatures::new(
            "Gaza truce agreed, mediators say",
            "",
            &[],
            vec!["agreement".into()],
            false,
        );
        assert_eq!(
            score(&again, &st, 8.0, 8.0, &idf, &p).threshold,
            p.follow_up
        );
        // a story kept busy for a day by other items: its age counts, not only the gap
        let next_day = score(&offer, &st, 1.0, 26.0, &idf, &p);
        assert_eq!(next_day.threshold, p.other_act);
        assert_eq!(
            score(&offer, &st, 1.0, 10.0, &idf, &p).threshold,
            p.new_development
        );
    }
}
