//! Rule matching at one verb: particles, prepositions and the object frame (object after
//! the verb, passive participle after the object, or the object as subject).

use super::actors::first_group;
use super::clause::Clause;
use super::lexicon::*;
use super::rules::{self, object_matches, Frame, Rule};
use super::Detector;
use crate::text::Token;
use crate::watchlist::Mention;

impl<'a> Detector<'a> {
    /// Checks the rule's object/particle constraints at verb position `v`.
    /// Returns None if no match; Some(None) for an active match; Some(Some(agents)) for
    /// a passive match (agents possibly empty).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn match_rule(
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
                            if r.kind == "agreement"
                                && rules::word_set("deal").iter().any(|d| d == w)
                            {
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
}
