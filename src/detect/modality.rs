//! Modality: why a rule hit is not a development — a question, negation, denial, threat,
//! condition, plan or future, intent infinitive, or background (ConText-style cues with
//! clause scope).

use super::clause::Clause;
use super::lexicon::*;
use super::rules::Rule;
use super::Detector;
use crate::text::Token;

impl<'a> Detector<'a> {
    /// Why a hit is not a development, if it is not.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn modality(
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
}

pub(super) fn contains_seq(hay: &[&str], needle: &[&str]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}
