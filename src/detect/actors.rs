//! Who acts: the subject group of a clause, passive agents, "accuses X of", relative
//! antecedents, anaphors resolved to the speaker or the headline subject, and the
//! coordination of mentions into groups ("Israel and Hamas").

use super::clause::Clause;
use super::lexicon::*;
use super::Detector;
use crate::text::Token;
use crate::watchlist::Mention;

impl<'a> Detector<'a> {
    /// The actor group of a clause's subject (tokens before `v`).
    pub(super) fn subject(
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
    pub(super) fn resolve(
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

/// The first group of coordinated actor mentions in [from, to): "Israel and Hamas".
pub(super) fn first_group(
    toks: &[Token],
    mentions: &[Mention],
    from: usize,
    to: usize,
) -> Vec<usize> {
    let ms: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .collect();
    group_from(toks, &ms)
}

/// Like `first_group`, but skipping modifiers inside compounds ("Hamas-backed") and
/// places after prepositions ("to Cairo"), and mentions governed by a preposition.
pub(super) fn first_group_filtered(
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

pub(super) fn group_from(toks: &[Token], ms: &[&Mention]) -> Vec<usize> {
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
pub(super) fn sentence_parties(toks: &[Token], mentions: &[Mention]) -> Vec<usize> {
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
