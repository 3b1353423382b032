//! Development detection: which sentences say that a party *did* something that
//! moves the negotiation, who did it, and why every other candidate was ruled out.
//!
//! Pipeline per sentence: tokens → clauses (split at conjunctions, subordinators,
//! speech verbs) → trigger rules with object constraints → actor (subject, passive
//! agent, "accuses X of", anaphor → speaker → headline subject) → modality checks
//! (negation, denial, threat, conditional, modal/future, intent infinitive, question,
//! background, opinion).

mod actors;
mod clause;
mod lexicon;
mod matcher;
mod modality;
pub mod rules;

use crate::text::{fold_punct, sentences, tokenize};
use crate::watchlist::Watchlist;
use actors::{first_group, sentence_parties};
use lexicon::*;
use rules::RuleIndex;

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
    pub(crate) watchlist: &'a Watchlist,
    pub(crate) index: &'a RuleIndex,
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
}

/// Agreements and proposals are joint acts: one per story and kind whoever is named.
pub fn is_joint(kind: &str) -> bool {
    matches!(kind, "agreement" | "proposal")
}

#[cfg(test)]
mod tests;
