//! Clauses: a sentence split at conjunctions, subordinators and speech verbs, each with
//! what its opening says (background opener, reported speech and its speaker, relative
//! antecedent, coordination without a subject of its own).

use super::actors::first_group_filtered;
use super::lexicon::*;
use super::Detector;
use crate::text::Token;
use crate::watchlist::Mention;

/// A clause: a token range with what we know about its opening.
#[derive(Debug, Clone)]
pub(super) struct Clause {
    pub(super) start: usize,
    pub(super) end: usize,
    /// First token is a subordinator that makes it background ("after", "despite").
    pub(super) background_opener: Option<String>,
    /// Follows a speech verb: reported speech (backshift allowed).
    pub(super) reported: bool,
    /// Speaker actors of the speech verb that introduced this clause.
    pub(super) speaker: Vec<usize>,
    /// Relative clause antecedent actor ("an Israeli paper that …").
    pub(super) antecedent: Vec<usize>,
    /// Coordinated without its own subject ("…, but will send …").
    pub(super) coordinated: bool,
}

impl<'a> Detector<'a> {
    /// A finite form of a rule verb ("scraps", "recalled"), not a base form or a gerund.
    fn finite_verb(&self, w: &str) -> bool {
        (w.ends_with('s') || w.ends_with("ed")) && w.len() > 3 && !self.index.lookup(w).is_empty()
    }

    /// Splits a sentence into clauses.
    pub(super) fn clauses(&self, toks: &[Token], mentions: &[Mention]) -> Vec<Clause> {
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
            // ", scraps the meeting" after a clause with its own verb: a second verb of the
            // sentence's subject ("Baku says US risks losing its role, scraps meeting")
            // (not "agreed on, initialled and signed the text": a chain of verbs)
            // (a relative clause ", which chairs ASEAN," ends at its comma too)
            let relative = cur
                .background_opener
                .as_deref()
                .is_some_and(|o| o.starts_with(", "));
            let comma_verb = w == ","
                && !(i > 0 && matches!(toks[i - 1].lower.as_str(), "on" | "to" | "upon" | "with"))
                && i + 1 < toks.len()
                && (self.finite_verb(&toks[i + 1].lower)
                    || (!toks[i + 1].lower.ends_with("ing")
                        && !self.index.lookup(&toks[i + 1].lower).is_empty()))
                && (relative
                    || (cur.start..i).any(|j| {
                        let t = toks[j].lower.as_str();
                        self.finite_verb(t)
                            || matches!(t, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                            || (t.ends_with('s') && mentions.iter().any(|m| m.end == j))
                    }));
            let boundary_punct =
                (toks[i].punct && matches!(w, ";" | "—" | "–" | "(" | ")" | ":")) || comma_verb;
            let is_clause_word = CLAUSE_WORDS.contains(&w) && i > cur.start;
            let next_w = if i + 1 < toks.len() {
                toks[i + 1].lower.as_str()
            } else {
                ""
            };
            // "added conditions" adds something; "added that" / "he added," speaks
            let adds_object = matches!(w, "added" | "adding" | "adds")
                && !matches!(
                    next_w,
                    "that" | "," | "it" | "they" | "he" | "she" | "we" | ""
                )
                && !mentions.iter().any(|m| m.start == i + 1);
            let is_speech = SPEECH.contains(&w)
                && i > cur.start
                && !adds_object
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
                    if (prev_mention && next_mention && w != "as")
                        || (!next_comma_prev && w != "as")
                    {
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
}
