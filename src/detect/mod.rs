//! Development detection: which sentences say that a party *did* something that
//! moves the negotiation, who did it, and why every other candidate was ruled out.
//!
//! Pipeline per sentence: tokens → clauses (split at conjunctions, subordinators,
//! speech verbs) → trigger rules with object constraints → actor (subject, passive
//! agent, "accuses X of", anaphor → speaker → headline subject) → modality checks
//! (negation, denial, threat, conditional, modal/future, intent infinitive, question,
//! background, opinion).

pub mod rules;

use crate::text::{fold_punct, sentences, tokenize, Token};
use crate::watchlist::{Mention, Watchlist};
use rules::{object_matches, Frame, Rule, RuleIndex};

/// A development candidate found in one item.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Finding {
    /// Kind name.
    pub kind: String,
    /// Canonical actor names.
    pub actors: Vec<String>,
    /// Sentence that says so.
    pub sentence: String,
    /// Rule that fired.
    pub rule: String,
    /// Checks passed (for `explain`).
    pub checks: Vec<String>,
}

/// A candidate that a check ruled out, kept for `explain`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct RuledOut {
    /// Kind it would have been.
    pub kind: String,
    /// Rule that fired.
    pub rule: String,
    /// Sentence.
    pub sentence: String,
    /// Why it is not a development.
    pub reason: String,
}

/// What detection found in one item.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Detection {
    /// Developments reported as news.
    pub findings: Vec<Finding>,
    /// Candidates ruled out, with reasons.
    pub ruled_out: Vec<RuledOut>,
}

/// The detector for one watchlist's actors and the configured kinds.
pub struct Detector<'a> {
    watchlist: &'a Watchlist,
    index: &'a RuleIndex,
}

const SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "told",
    "tells",
    "tell",
    "informed",
    "informs",
    "confirmed",
    "confirms",
    "added",
    "adding",
    "stated",
    "claimed",
    "claims",
    "noted",
    "announced",
    "announces",
    "reported",
    "insisted",
    "insists",
    "argued",
    "wrote",
    "accused",
    "accuses",
    "accusing",
    "alleged",
    "alleges",
    "believes",
    "believed",
];
const CLAUSE_WORDS: &[&str] = &[
    "but",
    "however",
    "while",
    "whereas",
    "although",
    "though",
    "after",
    "before",
    "despite",
    "amid",
    "because",
    "since",
    "when",
    "which",
    "who",
    "whose",
    "where",
    "until",
    "unless",
    "if",
    "that",
    "following",
    "as",
    "even",
    "and",
    "or",
    "nor",
    "so",
];
const BACKGROUND_OPENERS: &[&str] = &[
    "after",
    "before",
    "since",
    "following",
    "despite",
    "amid",
    "when",
    "as",
    "because",
    "once",
];
const NEGATION: &[&str] = &[
    "not", "never", "no", "without", "cannot", "nor", "neither", "failed", "fails", "fail",
    "refused", "refuses", "refuse", "declined", "declines", "decline", "stopped", "hardly",
    "nothing",
];
const DENIAL: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "denial",
    "dismissed",
    "rejected",
    "refuted",
    "refutes",
    "false",
    "inaccurate",
    "untrue",
];
const THREAT: &[&str] = &[
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "threat",
    "warn",
    "warns",
    "warned",
    "warning",
    "vowed",
    "vows",
    "ultimatum",
];
const MODAL: &[&str] = &[
    "could",
    "would",
    "may",
    "might",
    "should",
    "must",
    "can",
    "shall",
    "'d",
    "will",
    "'ll",
    "wo",
    "going",
    "expected",
    "likely",
    "unlikely",
    "plans",
    "planning",
    "planned",
    "plan",
    "intends",
    "intend",
    "intended",
    "ready",
    "willing",
    "prepared",
    "hopes",
    "hope",
    "hoped",
    "seeks",
    "seek",
    "sought",
    "wants",
    "want",
    "wanted",
    "aims",
    "aim",
    "aimed",
    "considering",
    "considers",
    "consider",
    "weighing",
    "weighs",
    "mulls",
    "mulling",
    "poised",
    "possible",
    "possibly",
    "potential",
    "potentially",
    "about",
    "trying",
    "tries",
    "try",
    "attempt",
    "attempting",
    "urged",
    "urges",
    "urge",
    "calls",
    "called",
    "asked",
    "asks",
    "pressed",
    "pressing",
    "push",
    "pushing",
    "pushed",
    "set",
    "due",
    "scheduled",
    "reportedly",
    "rumoured",
    "rumored",
    "mooted",
    "discussed",
    "discussing",
    "discuss",
    "studying",
    "weigh",
    "whether",
    "ought",
    "need",
    "needs",
    "needed",
    "unless",
    "if",
    "once",
];
const DECIDE: &[&str] = &[
    "decided", "decides", "decide", "decision", "agreed", "agrees", "voted", "votes", "opted",
    "opts", "chose", "chooses", "moved", "moves", "began", "begins", "started", "starts",
    "resolved",
];
const BACKGROUND_PHRASES: &[&[&str]] = &[
    &["last", "week"],
    &["last", "month"],
    &["last", "year"],
    &["earlier", "this"],
    &["earlier", "in"],
    &["in", "the", "past"],
    &["previously"],
    &["ago"],
    &["has", "long"],
    &["have", "long"],
    &["had", "long"],
    &["long", "since"],
    &["once", "again"],
    &["in", "2023"],
    &["in", "2024"],
    &["in", "2025"],
    &["last", "time"],
    &["days", "earlier"],
    &["weeks", "earlier"],
    &["months", "earlier"],
    &["a", "year", "earlier"],
    &["repeatedly"],
    &["again", "and", "again"],
    &["first", "broke"],
    &["earlier", "on"],
    &["earlier", "that"],
    &["hours", "earlier"],
    &["formerly"],
];
const ANAPHORS: &[&str] = &[
    "it",
    "they",
    "we",
    "he",
    "she",
    "group",
    "movement",
    "militants",
    "government",
    "cabinet",
    "office",
    "country",
    "side",
    "leadership",
    "administration",
    "its",
    "their",
    "our",
    "his",
    "her",
    "i",
    "ministry",
    "militant",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "'s", "new",
    "such", "any", "no", "key", "main", "fresh", "latest", "of", "whose", "my", "your", "initial",
    "original",
];
const OPINION_MARKERS: &[&str] = &[
    "opinion",
    "analysis",
    "comment",
    "commentary",
    "editorial",
    "view",
    "column",
    "explainer",
    "letters",
    "review",
    "podcast",
    "watch",
    "video",
    "in pictures",
    "quiz",
];
const NEW_ADJ: &[&str] = &[
    "new",
    "additional",
    "fresh",
    "further",
    "extra",
    "more",
    "tougher",
    "added",
    "last-minute",
    "unexpected",
];

/// A clause: a token range with what we know about its opening.
#[derive(Debug, Clone)]
struct Clause {
    start: usize,
    end: usize,
    /// First token is a subordinator that makes it background ("after", "despite").
    background_opener: Option<String>,
    /// Follows a speech verb: reported speech (backshift allowed).
    reported: bool,
    /// Speaker actors of the speech verb that introduced this clause.
    speaker: Vec<usize>,
    /// Relative clause antecedent actor ("an Israeli paper that …").
    antecedent: Vec<usize>,
    /// Coordinated without its own subject ("…, but will send …").
    coordinated: bool,
}

impl<'a> Detector<'a> {
    /// A detector for one watchlist.
    pub fn new(watchlist: &'a Watchlist, index: &'a RuleIndex) -> Self {
        Detector { watchlist, index }
    }

    /// Detects developments in an item (headline + plain text).
    pub fn detect(&self, title: &str, text: &str) -> Detection {
        let mut det = Detection::default();
        let title = fold_punct(title);
        let lower_title = title.to_lowercase();
        if let Some(m) = OPINION_MARKERS.iter().find(|m| {
            lower_title.starts_with(&format!("{m}:"))
                || lower_title.starts_with(&format!("{m} |"))
                || lower_title.starts_with(&format!("{m} -"))
        }) {
            det.ruled_out.push(RuledOut {
                kind: "*".into(),
                rule: "item".into(),
                sentence: title.clone(),
                reason: format!("opinion/analysis piece ({m}:) reports no development"),
            });
            return det;
        }
        let mut sents: Vec<(String, bool)> = vec![(title.clone(), true)];
        for s in sentences(&fold_punct(text)) {
            sents.push((s, false));
        }
        // headline subject: the first actor group of the headline, for "the group", "it"
        let title_tokens = tokenize(&title);
        let title_mentions = self.watchlist.actors.mentions(&title_tokens);
        let headline_actor: Vec<usize> =
            first_group(&title_tokens, &title_mentions, 0, title_tokens.len());
        for (sent, is_title) in sents {
            self.detect_sentence(&sent, is_title, &headline_actor, &mut det);
        }
        // one finding per kind and overlapping actors within the item
        let mut merged: Vec<Finding> = Vec::new();
        for f in det.findings.drain(..) {
            if let Some(m) = merged.iter_mut().find(|m| {
                m.kind == f.kind
                    && (m.actors.iter().any(|a| f.actors.contains(a)) || is_joint(&f.kind))
            }) {
                for a in f.actors {
                    if !m.actors.contains(&a) {
                        m.actors.push(a);
                    }
                }
            } else {
                merged.push(f);
            }
        }
        // a party's acceptance reported together with the deal it produced is the deal
        // ("the cabinet backed the outline … the truce was agreed"): one development
        let agreed: Vec<String> = merged
            .iter()
            .filter(|f| f.kind == "agreement")
            .flat_map(|f| f.actors.clone())
            .collect();
        if !agreed.is_empty() {
            merged.retain(|f| {
                f.kind != "proposal_accepted" || !f.actors.iter().any(|a| agreed.contains(a))
            });
        }
        det.findings = merged;
        det
    }

    fn detect_sentence(
        &self,
        sent: &str,
        is_title: bool,
        headline_actor: &[usize],
        det: &mut Detection,
    ) {
        let toks = tokenize(sent);
        if toks.is_empty() {
            return;
        }
        let lw: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
        let mentions = self.watchlist.actors.mentions(&toks);
        let question = sent.trim_end().ends_with('?')
            || sent.trim_end().ends_with("?\"")
            || (is_title
                && matches!(
                    lw[0],
                    "can"
                        | "will"
                        | "is"
                        | "are"
                        | "does"
                        | "do"
                        | "should"
                        | "would"
                        | "could"
                        | "has"
                        | "have"
                        | "what"
                        | "why"
                        | "how"
                        | "who"
                        | "whether"
                        | "did"
                ));
        let conditional = lw
            .iter()
            .any(|w| matches!(*w, "if" | "unless" | "provided" | "whether"));
        // headline speaker "Qatar: …" and trailing attribution "…, X said."
        let mut sentence_speaker: Vec<usize> = Vec::new();
        if let Some(colon) = toks.iter().position(|t| t.text == ":") {
            if colon <= 4 {
                sentence_speaker = mentions
                    .iter()
                    .filter(|m| m.end <= colon)
                    .map(|m| m.actor)
                    .collect();
            }
        }
        if sentence_speaker.is_empty() {
            if let Some(last_comma) = toks.iter().rposition(|t| t.text == ",") {
                if toks[last_comma + 1..]
                    .iter()
                    .any(|t| SPEECH.contains(&t.lower.as_str()))
                    && toks.len() - last_comma <= 10
                {
                    sentence_speaker = first_group(&toks, &mentions, last_comma + 1, toks.len());
                }
            }
        }
        let clauses = self.clauses(&toks, &mentions);
        let mut prev_subject: Vec<usize> = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let mut clause_subject_cache: Option<Vec<usize>> = None;
            for v in cl.start..cl.end {
                let t = &toks[v];
                if t.punct {
                    continue;
                }
                let mut hits: Vec<(usize, Option<Vec<usize>>)> = Vec::new(); // rule, passive agent / nominal actor
                for ri in self.index.lookup(&t.lower) {
                    if let Some(h) = self.match_rule(
                        &self.index.rules[ri],
                        &toks,
                        &lw,
                        v,
                        cl,
                        &mentions,
                        is_title,
                    ) {
                        hits.push((ri, h));
                    }
                }
                // nominal: "new demands/conditions"
                let mut nominal = false;
                if hits.is_empty() && NEW_ADJ.contains(&t.lower.as_str()) && v + 1 < cl.end {
                    let next = toks[v + 1].lower.as_str();
                    let next2 = if v + 2 < cl.end {
                        toks[v + 2].lower.as_str()
                    } else {
                        ""
                    };
                    if [
                        "demands",
                        "conditions",
                        "preconditions",
                        "requirements",
                        "stipulations",
                        "guarantees",
                    ]
                    .contains(&next)
                        || (["israeli", "hamas", "us", "american"].contains(&next)
                            && ["demands", "conditions"].contains(&next2))
                    {
                        if let Some(ri) = self
                            .index
                            .rules
                            .iter()
                            .position(|r| r.kind == "new_demands")
                        {
                            hits.push((ri, None));
                            nominal = true;
                        }
                    }
                }
                for (ri, agent) in hits {
                    let r = &self.index.rules[ri];
                    let kind_allowed = self.watchlist.config.developments.is_empty()
                        || self.watchlist.config.developments.contains(&r.kind);
                    if !kind_allowed {
                        continue;
                    }
                    // modality
                    if let Some(reason) =
                        self.modality(&toks, &lw, v, cl, r, question, conditional, nominal)
                    {
                        det.ruled_out.push(RuledOut {
                            kind: r.kind.clone(),
                            rule: r.name.clone(),
                            sentence: sent.to_string(),
                            reason,
                        });
                        continue;
                    }
                    // actor
                    let (actors, how) = match agent {
                        Some(a) if !a.is_empty() => (a, "passive agent".to_string()),
                        Some(_) => {
                            // agentless passive: the parties named in the sentence
                            let all = sentence_parties(&toks, &mentions);
                            (all, "parties named in the sentence (agentless)".to_string())
                        }
                        None => {
                            let subj = clause_subject_cache
                                .get_or_insert_with(|| self.subject(&toks, &lw, &mentions, cl, v))
                                .clone();
                            self.resolve(
                                subj,
                                &lw,
                                cl,
                                v,
                                &sentence_speaker,
                                &prev_subject,
                                headline_actor,
                            )
                        }
                    };
                    let mut actors: Vec<usize> = actors;
                    actors.dedup();
                    if actors.is_empty() {
                        det.ruled_out.push(RuledOut {
                            kind: r.kind.clone(),
                            rule: r.name.clone(),
                            sentence: sent.to_string(),
                            reason: "no watchlist party acts (third party or unknown actor)".into(),
                        });
                        continue;
                    }
                    let names: Vec<String> = actors
                        .iter()
                        .map(|&a| self.watchlist.actors.names[a].clone())
                        .collect();
                    if !r.actors.is_empty() && !names.iter().any(|n| r.actors.contains(n)) {
                        continue;
                    }
                    let mut checks = vec![
                        format!("actor by {how}"),
                        "not negated or denied".to_string(),
                        "not a threat, condition, plan or question".to_string(),
                        "not background".to_string(),
                    ];
                    if cl.reported {
                        checks.push("reported speech".into());
                    }
                    det.findings.push(Finding {
                        kind: r.kind.clone(),
                        actors: names,
                        sentence: sent.to_string(),
                        rule: r.name.clone(),
                        checks,
                    });
                }
            }
            let subj = clause_subject_cache
                .unwrap_or_else(|| self.subject(&toks, &lw, &mentions, cl, cl.end));
            if !subj.is_empty() {
                prev_subject = subj;
            } else if ci == 0 {
                prev_subject.clear();
            }
        }
    }

    /// Splits a sentence into clauses.
    fn clauses(&self, toks: &[Token], mentions: &[Mention]) -> Vec<Clause> {
        let mut out: Vec<Clause> = Vec::new();
        let mut cur = Clause {
            start: 0,
            end: toks.len(),
            background_opener: None,
            reported: false,
            speaker: vec![],
            antecedent: vec![],
            coordinated: false,
        };
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].lower.as_str();
            let boundary_punct = toks[i].punct && matches!(w, ";" | "—" | "–" | "(" | ")" | ":");
            let is_clause_word = CLAUSE_WORDS.contains(&w) && i > cur.start;
            let next_w = if i + 1 < toks.len() {
                toks[i + 1].lower.as_str()
            } else {
                ""
            };
            let is_speech = SPEECH.contains(&w)
                && i > cur.start
                && !matches!(next_w, "yes" | "no")
                && !(w.starts_with("insist") && next_w == "on")
                && !(w.starts_with("announc")
                    && !matches!(next_w, "that" | "it" | "they" | "its" | "on" | "in")
                    && !mentions.iter().any(|m| m.start == i + 1));
            if boundary_punct || is_clause_word || is_speech {
                // "and"/"or" only split before a verb-like continuation or a new subject, not inside "Israel and Hamas"
                if matches!(w, "and" | "or" | "nor" | "so" | "as" | "even") {
                    let prev_mention = mentions.iter().any(|m| m.end == i);
                    let next_mention = mentions.iter().any(|m| m.start == i + 1);
                    let next_comma_prev = i > 0 && toks[i - 1].text == ",";
                    if (prev_mention && next_mention) || (!next_comma_prev && w != "as") {
                        i += 1;
                        continue;
                    }
                    let next_cap = i + 1 < toks.len()
                        && toks[i + 1]
                            .text
                            .chars()
                            .next()
                            .map(|c| c.is_uppercase())
                            .unwrap_or(false);
                    if w == "as"
                        && !next_comma_prev
                        && i + 1 < toks.len()
                        && !DETERMINERS.contains(&toks[i + 1].lower.as_str())
                        && !mentions.iter().any(|m| m.start == i + 1)
                        && !next_cap
                    {
                        i += 1;
                        continue;
                    }
                }
                if w == "that" && i > 0 && DETERMINERS.contains(&toks[i - 1].lower.as_str()) {
                    i += 1;
                    continue;
                }
                cur.end = i;
                let speaker_before = if is_speech {
                    first_group_filtered(toks, mentions, cur.start, i)
                } else {
                    vec![]
                };
                let prev_reported = cur.reported;
                let prev_speaker = cur.speaker.clone();
                if cur.end > cur.start || !out.is_empty() {
                    out.push(cur);
                }
                let start = i + 1;
                let mut next = Clause {
                    start,
                    end: toks.len(),
                    background_opener: None,
                    reported: false,
                    speaker: vec![],
                    antecedent: vec![],
                    coordinated: false,
                };
                if is_speech {
                    next.reported = true;
                    next.speaker = if speaker_before.is_empty() {
                        prev_speaker
                    } else {
                        speaker_before
                    };
                    // "told Qatar's prime minister that …": skip the addressee up to "that"
                    let mut j = start;
                    let addressee = matches!(w, "told" | "tells" | "tell" | "informed" | "informs");
                    while addressee && j < toks.len() && j < start + 14 {
                        if toks[j].lower == "that" {
                            next.start = j + 1;
                            break;
                        }
                        if toks[j].punct {
                            break;
                        }
                        j += 1;
                    }
                    if matches!(w, "told" | "tells" | "tell" | "informed" | "informs")
                        && next.start == start
                    {
                        // "told his team … to return": keep the addressee in the clause
                        next.start = start;
                    }
                } else if BACKGROUND_OPENERS.contains(&w) {
                    next.background_opener = Some(w.to_string());
                    next.reported = prev_reported;
                } else if matches!(w, "which" | "who" | "whose") && i > 0 && toks[i - 1].text == ","
                {
                    // ", who brokered the truce," describes someone: background
                    next.background_opener = Some(format!(", {w}"));
                    next.reported = prev_reported;
                    next.speaker = prev_speaker;
                } else if matches!(w, "which" | "who" | "that" | "whose") {
                    // antecedent: nearest non-place actor just before
                    if let Some(m) = mentions
                        .iter()
                        .rev()
                        .find(|m| m.end <= i && m.end + 6 >= i && !m.place)
                    {
                        next.antecedent = vec![m.actor];
                    }
                    next.reported = prev_reported;
                    next.speaker = prev_speaker;
                } else if matches!(w, "but" | "and" | "or" | "while" | "however" | "so")
                    || boundary_punct
                {
                    next.coordinated = true;
                    next.reported = prev_reported;
                    next.speaker = prev_speaker;
                } else {
                    next.reported = prev_reported;
                    next.speaker = prev_speaker;
                }
                cur = next;
            }
            i += 1;
        }
        cur.end = toks.len();
        out.push(cur);
        // "Since Israel withdrew its team, the talks …": the opening clause is background
        if let Some(first) = toks.first() {
            let w = first.lower.as_str();
            if BACKGROUND_OPENERS.contains(&w) || w == "while" {
                if let Some(comma) = toks.iter().position(|t| t.text == ",") {
                    let mut fixed = Vec::new();
                    for c in out {
                        if c.start < comma && c.end > comma {
                            let mut a = c.clone();
                            a.end = comma;
                            let mut b = c.clone();
                            b.start = comma + 1;
                            b.background_opener = None;
                            fixed.push(a);
                            fixed.push(b);
                        } else {
                            fixed.push(c);
                        }
                    }
                    out = fixed;
                    for c in out.iter_mut() {
                        if c.end <= comma {
                            c.background_opener = Some(w.to_string());
                        }
                    }
                }
            }
        }
        out
    }

    /// Checks the rule's object/particle constraints at verb position `v`.
    /// Returns None if no match; Some(None) for an active match; Some(Some(agents)) for
    /// a passive match (agents possibly empty).
    #[allow(clippy::too_many_arguments)]
    fn match_rule(
        &self,
        r: &Rule,
        toks: &[Token],
        lw: &[&str],
        v: usize,
        cl: &Clause,
        mentions: &[Mention],
        is_title: bool,
    ) -> Option<Option<Vec<usize>>> {
        let prev = if v > cl.start { lw[v - 1] } else { "" };
        let word = lw[v];
        let participle = word.ends_with("ed")
            || word.ends_with("en")
            || matches!(
                word,
                "left"
                    | "sent"
                    | "brought"
                    | "struck"
                    | "set"
                    | "put"
                    | "laid"
                    | "drawn"
                    | "made"
                    | "withdrawn"
                    | "broken"
                    | "shot"
                    | "thrown"
            );
        // noun/adjective use: "the offer", "these demands", "the agreed list"
        let nounish = DETERMINERS.contains(&prev) && !matches!(prev, "no");
        if nounish && !(word.ends_with("ing") && prev == "of") {
            return None;
        }
        // "stopped short of …" negates what follows; it is not itself a stop
        if word.starts_with("stop") && v + 1 < lw.len() && lw[v + 1] == "short" {
            return None;
        }
        let window_end = (v + 9).min(cl.end);
        let particle_ok = |from: usize| -> bool {
            r.particles.is_empty()
                || lw[from..window_end.max(from)]
                    .iter()
                    .any(|w| r.particles.iter().any(|p| p == w))
        };
        match r.frame {
            Frame::Bare => {
                if let Some(p) = &r.preposition {
                    if v + 1 >= cl.end || lw[v + 1] != p {
                        return None;
                    }
                }
                // a bare verb must look like a verb: "demands" after a determiner was excluded;
                // a plural noun subject position ("demands by Hamas") is excluded too
                if word.ends_with('s')
                    && !word.ends_with("ss")
                    && (v + 1 < lw.len()
                        && matches!(
                            lw[v + 1],
                            "by" | "of" | "for" | "from" | "are" | "were" | "have" | "that"
                        ))
                {
                    return None;
                }
                if v == cl.start && word.ends_with('s') {
                    return None;
                }
                // "rejects Hamas demands": a party's name right after another verb makes
                // this the head noun of the object, not a verb
                if let Some(m) = mentions.iter().find(|m| m.end == v) {
                    if m.start > cl.start {
                        let before = lw[m.start - 1];
                        if before.len() > 3
                            && (before.ends_with('s') || before.ends_with("ed"))
                            && !DETERMINERS.contains(&before)
                        {
                            return None;
                        }
                    }
                }
                // the base form after anything but a pronoun, modal or "to" is a noun:
                // "rejects Israeli demand to disarm"
                if r.verbs.iter().any(|l| l == word)
                    && !matches!(
                        prev,
                        "to" | "will"
                            | "would"
                            | "we"
                            | "they"
                            | "i"
                            | "you"
                            | "'ll"
                            | "also"
                            | "and"
                            | "must"
                            | "may"
                            | "could"
                            | "should"
                            | "can"
                            | "not"
                            | "n't"
                            | "did"
                            | "does"
                            | "do"
                    )
                {
                    return None;
                }
                // "a memorandum demanding …" is a reduced relative describing the memorandum
                if word.ends_with("ing")
                    && v > cl.start
                    && !matches!(
                        prev,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "by"
                            | "and"
                            | "also"
                            | "now"
                            | "still"
                            | "'s"
                            | "while"
                    )
                {
                    return None;
                }
                Some(None)
            }
            Frame::Transitive => {
                // active: object after the verb within the window, not past a new verb clause
                let mut k = v + 1;
                if let Some(p) = &r.preposition {
                    // allow a particle/adverb between: "agreed in principle to"
                    let pos = (v + 1..(v + 4).min(cl.end)).find(|&j| lw[j] == p)?;
                    k = pos + 1;
                }
                let mut j = k;
                while j < window_end {
                    let w = lw[j];
                    if toks[j].punct && w != "," && w != "'" {
                        break;
                    }
                    if j >= k && looks_finite_verb(w, lw[j - 1]) {
                        break;
                    }
                    if j > v + 1
                        && matches!(
                            w,
                            "as" | "while"
                                | "after"
                                | "before"
                                | "but"
                                | "because"
                                | "since"
                                | "when"
                                | "amid"
                                | "despite"
                                | "following"
                                | "until"
                                | "unless"
                                | "if"
                        )
                    {
                        break;
                    }
                    // "ceasefire proposal", "truce talks": a modifier, not the head noun;
                    // "pause in mediation" is a suspension, not a truce
                    let modifier = j + 1 < cl.end
                        && (HEAD_NOUNS.contains(&lw[j + 1])
                            || (w == "pause" && matches!(lw[j + 1], "in" | "of")));
                    if !modifier
                        && object_matches(&r.objects, w)
                        && !(j + 1 < cl.end && r.not_followed_by.iter().any(|n| n == lw[j + 1]))
                    {
                        // "pause in mediation" is not a truce; "talks" as a modifier of a noun is fine
                        if r.preposition.is_none()
                            && lw[v + 1] == "to"
                            && r.kind != "delegation_withdrawal"
                            && r.kind != "talks_suspended"
                            && !r.particles.iter().any(|p| p == "yes" || p == "no")
                        {
                            // "agree to X" is acceptance, handled by its own rule
                            if r.kind == "agreement" && rules::word_set("deal").iter().any(|d| d == w) {
                                // "agreed to a ceasefire" is an agreement
                            } else if r.kind == "proposal" {
                                return None;
                            }
                        }
                        if particle_ok(v + 1) {
                            return Some(None);
                        }
                    }
                    // the object phrase ends at its head noun: "the US plan for a truce"
                    if !modifier && HEAD_NOUNS.contains(&w) && !object_matches(&r.objects, w) {
                        break;
                    }
                    j += 1;
                }
                // passive: object just before a participle ("truce agreed", "team was recalled")
                if r.passive && participle {
                    let mut b = v;
                    let mut aux = false;
                    while b > cl.start
                        && matches!(
                            lw[b - 1],
                            "is" | "was"
                                | "were"
                                | "are"
                                | "been"
                                | "has"
                                | "have"
                                | "had"
                                | "being"
                                | "be"
                                | "reportedly"
                                | "formally"
                                | "officially"
                                | "finally"
                                | "now"
                                | "'"
                        )
                    {
                        aux |= matches!(
                            lw[b - 1],
                            "is" | "was" | "were" | "are" | "been" | "being" | "be"
                        );
                        b -= 1;
                    }
                    // a bare participle after a noun in running text is a reduced relative
                    // ("the paper presented in Rome"): background, not news; headlines drop the aux
                    if b > cl.start
                        && (aux || is_title)
                        && object_matches(&r.objects, lw[b - 1])
                        && particle_ok(v + 1)
                    {
                        // agent: "by X"
                        let mut agents = Vec::new();
                        if v + 1 < cl.end && lw[v + 1] == "by" {
                            agents = first_group(toks, mentions, v + 2, (v + 8).min(cl.end));
                        }
                        return Some(Some(agents));
                    }
                }
                None
            }
            Frame::SubjectIsObject => {
                // the object noun heads the subject: "Israeli negotiators have left"
                let from = v.saturating_sub(6).max(cl.start);
                let subj_has = (from..v).any(|j| object_matches(&r.objects, lw[j]));
                if !subj_has {
                    return None;
                }
                if v + 1 < cl.end && r.not_followed_by.iter().any(|n| n == lw[v + 1]) {
                    return None;
                }
                if !particle_ok(v + 1) {
                    None
                } else if r.kind == "talks_suspended" {
                    // "talks collapsed": nobody in particular; the parties named
                    Some(Some(vec![]))
                } else {
                    Some(None)
                }
            }
        }
    }

    /// Why a hit is not a development, if it is not.
    #[allow(clippy::too_many_arguments)]
    fn modality(
        &self,
        toks: &[Token],
        lw: &[&str],
        v: usize,
        cl: &Clause,
        r: &Rule,
        question: bool,
        conditional: bool,
        nominal: bool,
    ) -> Option<String> {
        if question {
            return Some("question".into());
        }
        if let Some(op) = &cl.background_opener {
            return Some(format!("background clause (\"{op} …\")"));
        }
        let pre = &lw[cl.start..v];
        let near = &lw[v.saturating_sub(6).max(cl.start)..v];
        if let Some(w) = near
            .iter()
            .find(|w| NEGATION.contains(*w) || w.ends_with("n't"))
        {
            return Some(format!("negated (\"{w}\")"));
        }
        if let Some(w) = lw[..v].iter().find(|w| DENIAL.contains(*w)) {
            if !(r.kind == "proposal_rejected" && matches!(*w, "rejected" | "dismissed")) {
                return Some(format!("denial (\"{w}\")"));
            }
        }
        if let Some(w) = lw[..v].iter().find(|w| THREAT.contains(*w)) {
            return Some(format!("threat or warning (\"{w}\")"));
        }
        if conditional {
            return Some("conditional (if/unless/whether in the sentence)".into());
        }
        for (i, w) in pre.iter().enumerate() {
            if MODAL.contains(w) {
                if (*w == "will" || *w == "'ll") && r.future_ok {
                    continue;
                }
                // "set" and "called" are also trigger verbs/particles; only as auxiliaries here
                if matches!(*w, "set" | "called" | "calls" | "about" | "once")
                    && !(i + 1 < pre.len() && pre[i + 1] == "to")
                    && *w != "about"
                {
                    continue;
                }
                if *w == "about" && !(i + 1 < pre.len() && pre[i + 1] == "to") {
                    continue;
                }
                if (*w == "plan" || *w == "plans") && !(i + 1 < pre.len() && pre[i + 1] == "to") {
                    continue;
                }
                return Some(format!("hypothetical, future or plan (\"{w}\")"));
            }
        }
        // infinitive of intent: "trying to broker", "met … to hammer out"
        if !nominal && v > cl.start && lw[v - 1] == "to" {
            let gov = lw[cl.start..v - 1]
                .iter()
                .rev()
                .take(4)
                .find(|w| DECIDE.contains(*w));
            let prior_to = v >= 2 && matches!(lw[v - 2], "agreed" | "decided" | "voted");
            if gov.is_none() && !prior_to {
                return Some("infinitive of intent or purpose (\"to …\")".into());
            }
        }
        // headline "X to send team": future headline style (not "X agrees to send team")
        if v > 1
            && lw[v - 1] == "to"
            && !DECIDE.contains(&lw[v - 2])
            && cl.start == 0
            && toks.iter().take(v).all(|t| !t.punct)
            && !nominal
        {
            return Some("headline future (\"to …\")".into());
        }
        // background tense and time phrases
        let had = pre.contains(&"had");
        if had && !cl.reported {
            return Some("background (past perfect \"had …\")".into());
        }
        let sent_words = lw;
        for ph in BACKGROUND_PHRASES {
            if contains_seq(&sent_words[cl.start..cl.end], ph) {
                return Some(format!("background (\"{}\")", ph.join(" ")));
            }
        }
        None
    }

    /// The actor group of a clause's subject (tokens before `v`).
    fn subject(
        &self,
        toks: &[Token],
        lw: &[&str],
        mentions: &[Mention],
        cl: &Clause,
        v: usize,
    ) -> Vec<usize> {
        // "accuses X of …"
        for (j, w) in lw.iter().enumerate().take(v).skip(cl.start) {
            if matches!(
                *w,
                "accuses" | "accused" | "accusing" | "accuse" | "blames" | "blamed" | "blaming"
            ) {
                let g = first_group(toks, mentions, j + 1, v);
                if !g.is_empty() {
                    return g;
                }
            }
        }
        if cl.start == 0 && v > 0 {
            // headline "Qatar: …" handled by the speaker; skip a leading "X:" here
            if let Some(colon) = toks[..v].iter().position(|t| t.text == ":") {
                return first_group_filtered(toks, mentions, colon + 1, v);
            }
        }
        first_group_filtered(toks, mentions, cl.start, v)
    }

    /// Resolves the actor for an active hit.
    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &self,
        subj: Vec<usize>,
        lw: &[&str],
        cl: &Clause,
        v: usize,
        sentence_speaker: &[usize],
        prev_subject: &[usize],
        headline_actor: &[usize],
    ) -> (Vec<usize>, String) {
        if !subj.is_empty() {
            return (subj, "subject".into());
        }
        if !cl.antecedent.is_empty() {
            return (cl.antecedent.clone(), "relative clause antecedent".into());
        }
        let span: Vec<&str> = lw[cl.start..v]
            .iter()
            .copied()
            .filter(|w| {
                !DETERMINERS.contains(w)
                    || *w == "its"
                    || *w == "their"
                    || *w == "his"
                    || *w == "her"
                    || *w == "our"
            })
            .collect();
        let anaphoric = span.iter().any(|w| ANAPHORS.contains(w));
        let content = span.iter().any(|w| {
            w.chars().next().map(|c| c.is_alphabetic()).unwrap_or(false)
                && !ANAPHORS.contains(w)
                && !matches!(
                    *w,
                    "also"
                        | "then"
                        | "now"
                        | "has"
                        | "have"
                        | "had"
                        | "is"
                        | "was"
                        | "were"
                        | "are"
                        | "formally"
                        | "officially"
                        | "finally"
                        | "quickly"
                        | "unanimously"
                        | "both"
                        | "later"
                        | "on"
                        | "thursday"
                        | "friday"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "saturday"
                        | "sunday"
                        | "today"
                        | "yesterday"
                        | "tonight"
                        | "just"
                        | "already"
                        | "still"
                        | "been"
                        | "be"
                )
        });
        // a named non-party subject ("UN Security Council backs …") is nobody we follow,
        // unless the subject noun is a role of a party ("the prime minister's office")
        if content && !anaphoric && !cl.coordinated {
            // possessive/demonym on the object: "withdrew its team" handled as anaphor; "Israeli team" is a subject mention
            return (vec![], "non-party subject".into());
        }
        if cl.coordinated && !prev_subject.is_empty() && !content {
            return (
                prev_subject.to_vec(),
                "subject of the coordinated clause".into(),
            );
        }
        if !cl.speaker.is_empty() {
            return (cl.speaker.clone(), "speaker (reported speech)".into());
        }
        if !sentence_speaker.is_empty() {
            return (sentence_speaker.to_vec(), "speaker (attribution)".into());
        }
        if anaphoric || !content {
            if !prev_subject.is_empty() && !content {
                return (prev_subject.to_vec(), "previous clause subject".into());
            }
            if !headline_actor.is_empty() {
                return (headline_actor.to_vec(), "headline subject (anaphor)".into());
            }
        }
        (vec![], "none".into())
    }
}

/// Agreements and proposals are joint acts: one per story and kind whoever is named.
pub fn is_joint(kind: &str) -> bool {
    matches!(kind, "agreement" | "proposal")
}

fn contains_seq(hay: &[&str], needle: &[&str]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The first group of coordinated actor mentions in [from, to): "Israel and Hamas".
fn first_group(toks: &[Token], mentions: &[Mention], from: usize, to: usize) -> Vec<usize> {
    let ms: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .collect();
    group_from(toks, &ms)
}

/// Like `first_group`, but skipping modifiers inside compounds ("Hamas-backed") and
/// places after prepositions ("to Cairo"), and mentions governed by a preposition.
fn first_group_filtered(
    toks: &[Token],
    mentions: &[Mention],
    from: usize,
    to: usize,
) -> Vec<usize> {
    let ms: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .filter(|m| !m.in_compound || m.compound_of_actors)
        .filter(|m| {
            let p1 = if m.start > from {
                toks[m.start - 1].lower.as_str()
            } else {
                ""
            };
            let p2 = if m.start > from + 1 {
                toks[m.start - 2].lower.as_str()
            } else {
                ""
            };
            let preps = [
                "in", "to", "at", "into", "toward", "towards", "near", "via", "through", "with",
                "against", "on", "over", "about", "after", "by", "for", "between", "than", "under",
                "without", "urges", "urged", "told", "tells", "informed", "informs", "asked",
                "met", "meets", "called", "pressed", "accused", "blamed",
            ];
            let place_preps = ["from", "of"];
            let governed = preps.contains(&p1)
                || (p1 == "the" && preps.contains(&p2))
                || (m.place
                    && (place_preps.contains(&p1) || (p1 == "the" && place_preps.contains(&p2))));
            !governed
        })
        .collect();
    group_from(toks, &ms)
}

fn group_from(toks: &[Token], ms: &[&Mention]) -> Vec<usize> {
    let Some(first) = ms.first() else {
        return vec![];
    };
    let mut out = vec![first.actor];
    let mut end = first.end;
    for m in &ms[1..] {
        // coordinated if only "and", ",", "&", "'s"-less glue stands between
        let same_token = m.start < end;
        let glue = !same_token
            && toks[end..m.start].iter().all(|t| {
                matches!(
                    t.lower.as_str(),
                    "and" | "," | "&" | "both" | "the" | "as" | "well" | "along" | "with" | "plus"
                )
            });
        if glue || same_token {
            if !out.contains(&m.actor) {
                out.push(m.actor);
            }
            end = end.max(m.end);
        } else {
            break;
        }
    }
    out
}

/// Parties named in a sentence, for agentless passives ("Israel-Hamas truce agreed").
fn sentence_parties(toks: &[Token], mentions: &[Mention]) -> Vec<usize> {
    let mut out = Vec::new();
    for m in mentions {
        if m.in_compound && !m.compound_of_actors {
            continue;
        }
        let p1 = if m.start > 0 {
            toks[m.start - 1].lower.as_str()
        } else {
            ""
        };
        if m.place && ["in", "to", "at", "from", "into", "for"].contains(&p1) {
            continue;
        }
        if !out.contains(&m.actor) {
            out.push(m.actor);
        }
    }
    out
}

/// Nouns that head compounds whose first noun is itself an object word.
const HEAD_NOUNS: &[&str] = &[
    "proposal",
    "proposals",
    "plan",
    "plans",
    "terms",
    "text",
    "offer",
    "framework",
    "talks",
    "negotiations",
    "deal",
    "agreement",
    "roadmap",
    "memorandum",
    "draft",
    "outline",
    "envoy",
    "team",
    "delegation",
    "negotiators",
    "mediation",
    "process",
    "efforts",
    "demands",
    "conditions",
    "bid",
    "initiative",
    "package",
    "document",
    "paper",
    "track",
    "round",
    "response",
    "reply",
    "answer",
    "position",
    "comments",
    "objections",
    "list",
    "resolution",
    "statement",
];

/// Adjectival participles that may stand inside an object noun phrase.
const ADJ_PARTICIPLES: &[&str] = &[
    "revised",
    "updated",
    "proposed",
    "amended",
    "renewed",
    "phased",
    "detailed",
    "limited",
    "so-called",
    "agreed",
    "expanded",
    "improved",
    "modified",
    "united",
    "armed",
    "detained",
    "released",
    "negotiating",
    "bridging",
    "long-awaited",
    "staged",
    "sustained",
    "extended",
    "reworked",
    "planned",
    "existing",
    "opening",
];

/// A past-tense verb ends the object search: "approved contained terms" has no object.
fn looks_finite_verb(w: &str, prev: &str) -> bool {
    // "US-backed", "Egyptian-brokered": compound adjectives inside the object phrase
    if ADJ_PARTICIPLES.contains(&w) || DETERMINERS.contains(&prev) || w.contains('-') {
        return false;
    }
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "is" | "was" | "were" | "are" | "said" | "says" | "met" | "left" | "sent" | "told"
        )
}

#[cfg(test)]
mod tests;
