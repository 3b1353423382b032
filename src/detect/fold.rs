//! One act, one development: the findings of an item folded together.
//!
//! - The same kind with overlapping actors is one finding (its actors united); a joint
//!   kind (agreement, proposal) is one finding per item whoever is named.
//! - An agreement needs two parties. One party "agreeing to" a truce or "accepting" it
//!   is accepting a proposal; one party "declaring" or "announcing" a truce nobody else
//!   joined is a unilateral truce, not a development (a mediator announcing a deal
//!   between two others is the agreement).
//! - Precedence for one act: agreement > proposal accepted > proposal. Both sides
//!   accepting or agreeing on the same text is the agreement, so an acceptance or a
//!   "proposal" (agreeing on a plan) by actors of the agreement folds into it.

use super::{Detection, Finding, RuledOut};

/// Verbs of the "reach + deal" rule that one party alone can do without a partner:
/// these make a one-party agreement an acceptance.
const ACCEPT_LIKE: &[&str] = &[
    "agree",
    "agreed",
    "agrees",
    "agreeing",
    "consent",
    "consents",
    "consented",
    "commit",
    "commits",
    "committed",
];

/// Words of changing a text already on the table.
const CHANGES: &[&str] = &[
    "rewrite",
    "amend",
    "amendments",
    "modify",
    "modifications",
    "adjustments",
    "revise",
    "revisions",
    "renegotiate",
];

/// Verbs by which one party alone proclaims a truce.
const PROCLAIM: &[&str] = &[
    "declare",
    "declares",
    "declared",
    "declaring",
    "announce",
    "announces",
    "announced",
    "announcing",
];

/// Infinitives after "accept an invitation to …" that mean coming to the talks.
const RETURN_VERBS: &[&str] = &["resume", "attend", "join", "return", "rejoin", "restart"];

/// Words that make a truce one party's own.
const UNILATERAL: &[&str] = &["unilateral", "unilaterally", "one-sided", "one-way"];

fn words(s: &str) -> Vec<String> {
    crate::text::match_words(s)
}

/// "80% of the treaty agreed", "parts of the deal agreed": a share of a deal is progress,
/// not the deal.
fn partial(w: &[String]) -> bool {
    w.windows(2).any(|p| {
        p[1] == "of"
            && (p[0].ends_with('%')
                || p[0].chars().all(|c| c.is_ascii_digit())
                || matches!(
                    p[0].as_str(),
                    "percent"
                        | "part"
                        | "parts"
                        | "most"
                        | "half"
                        | "some"
                        | "much"
                        | "bulk"
                        | "majority"
                ))
    })
}

/// Reinterprets agreements named by one actor (see the module doc), in place.
fn one_party_agreements(det: &mut Detection) {
    let mut keep = Vec::new();
    for mut f in det.findings.drain(..) {
        if f.kind == "agreement" {
            let w = words(&f.sentence);
            if let Some(reason) = not_an_agreement(&f, &w) {
                det.ruled_out.push(RuledOut {
                    kind: f.kind,
                    rule: f.rule,
                    sentence: f.sentence,
                    reason: reason.into(),
                });
                continue;
            }
            if f.rule == "reach + deal" && one_party_acceptance(&f, &w) {
                f.kind = "proposal_accepted".into();
                f.rule = "one party agrees to a deal (an acceptance)".into();
            }
            // "Egypt initials the US-drafted agreement, Ethiopia absent": one side putting
            // its initials on a text endorses it; the deal needs the other's too
            let named_subject = f.checks.first().is_some_and(|c| c.contains("subject"));
            if f.rule == "initial a deal" && f.actors.len() == 1 && named_subject {
                f.kind = "proposal_accepted".into();
                f.rule = "one party initials a text (an acceptance)".into();
            }
        }
        keep.push(f);
    }
    det.findings = keep;
}

/// Why an agreement finding is none: part of a deal, one side extending its own truce
/// ("Israel extends its unilateral truce"), or one side declaring a truce alone.
fn not_an_agreement(f: &Finding, w: &[String]) -> Option<&'static str> {
    if partial(w) {
        return Some("part of a deal agreed is progress, not the agreement");
    }
    let unilateral = w.iter().any(|x| UNILATERAL.contains(&x.as_str()));
    let single = f.actors.len() == 1;
    match f.rule.as_str() {
        "extend the truce or deal" => {
            let named_subject = f.checks.first().is_some_and(|c| c.contains("subject"));
            (unilateral || (single && named_subject))
                .then_some("one side extending its own truce is not an agreement")
        }
        "reach + deal" => {
            let between = w.iter().any(|x| x == "between");
            let proclaimed = w.iter().any(|x| PROCLAIM.contains(&x.as_str()));
            // ("Delegates in Comrat adopted a declaration of independence": a declaration
            // one party adopts alone is its own text; not a joint one)
            let own_declaration = w.iter().any(|x| x.starts_with("adopt"))
                && w.iter().any(|x| x == "declaration")
                && !w.iter().any(|x| x == "joint");
            if single && !between && own_declaration {
                return Some("a declaration one party adopts alone is its own text");
            }
            (unilateral || (single && !between && proclaimed))
                .then_some("a truce one party declares alone is not an agreement")
        }
        _ => None,
    }
}

/// One named party, acting, "agrees to" a deal: its acceptance.
fn one_party_acceptance(f: &Finding, w: &[String]) -> bool {
    let between = w.iter().any(|x| x == "between");
    let active = f
        .checks
        .first()
        .is_some_and(|c| !c.contains("names them") && !c.contains("parties named"));
    f.actors.len() == 1
        && !between
        && active
        && !signs_with_a_side(w)
        && !agrees_a_deal_with_a_side(w)
        && !coordinated_subject(&f.sentence, w)
        && !agrees_the_deal_itself(w)
        && w.iter().any(|x| ACCEPT_LIKE.contains(&x.as_str()))
}

/// Pattern: one party "agrees" the deal as its object, with no "to" ("Pakistan agrees
/// Sharia law deal", "DUP agrees outline deal", "doctors' leaders agree deal to end
/// strikes", "agreed a cease-fire"): the deal is made, with the other side the news need
/// not name; "agrees to a truce" accepts one put to it. (Only a verb with the deal's noun
/// within three words after it: "agreed on Monday to the Gulf plan" stays an acceptance.)
fn agrees_the_deal_itself(w: &[String]) -> bool {
    w.iter().enumerate().any(|(i, x)| {
        matches!(x.as_str(), "agree" | "agrees" | "agreed")
            && w.get(i + 1)
                .is_some_and(|n| !matches!(n.as_str(), "to" | "in" | "on" | "with" | "that"))
            && w[i + 1..(i + 4).min(w.len())].iter().any(|n| {
                DEAL_NOUNS.contains(&n.as_str())
                    || matches!(n.as_str(), "cease-fire" | "pause" | "swap")
            })
    })
}

/// "Macedonia, rebels agree truce", "Government and guerrillas both commit to truce": a
/// subject of two coordinated nouns (one of them no configured actor) before a plural or
/// "both" verb is the two sides acting together, not one party accepting. Only a short
/// subject of names and "the" ("After talks with Egypt and Qatar, Hamas agreed" is not).
fn coordinated_subject(sentence: &str, w: &[String]) -> bool {
    let Some(v) = w.iter().position(|x| ACCEPT_LIKE.contains(&x.as_str())) else {
        return false;
    };
    let subject = &w[..v];
    // (the words drop punctuation: the comma is looked for in the sentence's opening)
    let opening = sentence.split_whitespace().take(v).collect::<Vec<_>>();
    let joined = subject.iter().any(|x| matches!(x.as_str(), "and" | "&"))
        || opening.iter().filter(|x| x.ends_with(',')).count() == 1;
    let plural = subject.last().is_some_and(|x| x == "both") || !w[v].ends_with('s');
    let names_only = subject
        .iter()
        .all(|x| !FUNCTION_WORDS.contains(&x.as_str()));
    // ("The government and the country's largest federal union agreed", "the Writers
    // Guild of America and the AMPTP agreed": a name of a few words, "of" inside it)
    (2..=9).contains(&v) && joined && plural && names_only
}

/// Words that make a stretch more than a coordinated subject ("after", "with", "said").
const FUNCTION_WORDS: &[&str] = &[
    "after", "before", "with", "without", "in", "on", "at", "to", "for", "from", "by", "said",
    "says", "that", "which", "who", "under", "despite", "as", "it", "they", "he", "she", "we",
    "also", "now", "finally",
];

/// "TNLA signs ceasefire with regime, agrees to leave two towns": signing with a side the
/// sentence does not name is the joint act, whatever else the party agrees to.
fn signs_with_a_side(w: &[String]) -> bool {
    static SIGNING: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| super::forms_of(&["sign", "ink"]));
    let words: Vec<&str> = w.iter().map(String::as_str).collect();
    words.iter().enumerate().any(|(i, x)| {
        SIGNING.iter().any(|s| s == x) && super::lexicon::with_unnamed_side_after(&words[i + 1..])
    })
}

/// Pattern: a deal agreed with the other side ("the TTP said it had agreed an open-ended
/// ceasefire with Pakistan's government", "agreed a truce with the rebels"). "Agree" with
/// its deal as a direct object and a side after "with" is both sides making it; "agrees to
/// the plan for a truce with the rebels" accepts a text, and stays an acceptance.
///
/// The side after "with" may be a party the watchlist names ("Ukraine agrees debt deal
/// with creditors", "Israel agrees truce deal with Hamas"): a deal noun between the verb and
/// "with" says the two made it together.
fn agrees_a_deal_with_a_side(w: &[String]) -> bool {
    let words: Vec<&str> = w.iter().map(String::as_str).collect();
    words.iter().enumerate().any(|(i, x)| {
        let after = &words[i + 1..];
        let deal_then_with = after
            .iter()
            .take(5)
            .position(|w| *w == "with")
            .is_some_and(|k| after[..k].iter().any(|w| DEAL_NOUNS.contains(w)));
        matches!(*x, "agree" | "agreed" | "agrees" | "agreeing")
            && !matches!(words.get(i + 1), Some(&"to") | Some(&"on") | Some(&"with"))
            && (deal_then_with || super::lexicon::with_unnamed_side_after(after))
    })
}

/// Nouns of a deal made together ("debt deal", "truce", "accord").
const DEAL_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "pact",
    "truce",
    "ceasefire",
    "settlement",
    "treaty",
];

/// Pattern: the whole forum agreeing ("nearly 200 countries agree to transition away from
/// fossil fuels", "the parties agree to extend the truce"): a collective subject of all
/// the sides makes the agreement, not one party's acceptance.
fn forum_agrees(findings: &mut [Finding]) {
    for f in findings
        .iter_mut()
        .filter(|f| f.kind == "proposal_accepted")
    {
        let w = words(&f.sentence);
        // (an adverb may stand between: "members provisionally agree")
        let at = |i: usize| w.get(i).map_or("", String::as_str);
        let collective = (0..w.len()).any(|i| {
            matches!(
                at(i),
                "countries" | "nations" | "states" | "parties" | "sides" | "members"
            ) && (at(i + 1).starts_with("agree")
                || (at(i + 1).ends_with("ly") && at(i + 2).starts_with("agree")))
        });
        if collective {
            f.kind = "agreement".into();
            f.rule = format!("{} (the whole forum)", f.rule);
        }
    }
}

/// "Deal agreed 'in principle'": the text is settled, the deal is not yet made — a draft
/// of both sides (`proposal`); one side agreeing in principle accepts it.
fn in_principle(findings: &mut [Finding]) {
    let bare = |x: &String| x.trim_matches(|c| c == '\'' || c == '"').to_string();
    for f in findings.iter_mut().filter(|f| f.kind == "agreement") {
        let w = words(&f.sentence);
        // ("agreed on the terms …, pending approval in the three capitals", "subject to
        // ratification": a text the governments have still to approve is settled, not made)
        let pending = w.windows(2).any(|p| {
            matches!(p[0].as_str(), "pending" | "subject")
                && matches!(
                    p[1].as_str(),
                    "approval" | "ratification" | "endorsement" | "to"
                )
        }) && w
            .iter()
            .any(|x| matches!(x.as_str(), "approval" | "ratification" | "endorsement"));
        let principle = w
            .windows(2)
            .any(|p| bare(&p[0]) == "in" && bare(&p[1]) == "principle");
        // ("Zambia and bondholders reach agreement in principle", "Britain, Japan agree in
        // principle on trade deal", "leaders announce an agreement in principle": two sides
        // settling one together is their deal, as the labels of five corpora read it; a
        // "draft" agreed in principle stays a text)
        // ("US envoy says Hamas deal agreed 'in principle'": a deal only said to be agreed,
        // its participle after it, stays a text)
        let said_agreed = w.windows(2).any(|p| {
            matches!(
                bare(&p[0]).as_str(),
                "deal"
                    | "agreement"
                    | "accord"
                    | "pact"
                    | "truce"
                    | "ceasefire"
                    | "is"
                    | "was"
                    | "been"
            ) && bare(&p[1]) == "agreed"
        });
        let draft = said_agreed || w.iter().any(|x| x == "draft");
        // ("Zambia reaches agreement in principle with bondholders": the other side may be
        // one the watchlist does not name)
        let two_sided = f.actors.len() >= 2 || w.iter().any(|x| x == "with");
        if pending || (principle && (draft || !two_sided)) {
            f.kind = if f.actors.len() == 1 {
                "proposal_accepted".into()
            } else {
                "proposal".into()
            };
            f.rule = "agreed in principle (a draft, not the deal)".into();
        }
    }
}

/// Merges findings of the same kind and overlapping actors.
fn merge_same(findings: Vec<Finding>) -> Vec<Finding> {
    let mut merged: Vec<Finding> = Vec::new();
    for f in findings {
        let joint = super::is_joint(&f.kind);
        if let Some(m) = merged.iter_mut().find(|m| {
            m.kind == f.kind
                && (joint || unnamed_sides(m, &f) || m.actors.iter().any(|a| f.actors.contains(a)))
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
    merged
}

/// Two joint readings of one act, one naming nobody ("Ceasefire talks adjourned" read by
/// two rules): the unnamed sides are whoever the other names.
fn unnamed_sides(a: &Finding, b: &Finding) -> bool {
    a.joint && b.joint && (a.actors.is_empty() || b.actors.is_empty())
}

/// Drafts: three or more actors agreeing on one ("officials from the United States, Qatar
/// and Egypt agreed on a framework") are mediators presenting a proposal; a bilateral
/// negotiation has two sides.
const DRAFTS: &[&str] = &[
    "framework",
    "outline",
    "plan",
    "proposal",
    "blueprint",
    "roadmap",
    "initiative",
];

/// Rules of one side taking up what another put forward.
const ACCEPTING_RULES: &[&str] = &[
    "accept + proposal",
    "back + proposal",
    "agree to + proposal",
];

/// "Peru and Ecuador accept guarantors' plan", "Voronin, Smirnov endorse Russian federation
/// plan": both sides taking up a third party's plan, formula or offer accept it, each of
/// them (the deal is made when the text is signed or the truce agreed); both accepting "a
/// ceasefire" or "the deal" itself is the agreement.
const ACCEPTED_DRAFTS: &[&str] = &[
    "plan",
    "plans",
    "proposal",
    "proposals",
    "formula",
    "framework",
    "modalities",
    "roadmap",
    "blueprint",
    "offer",
    "initiative",
    "bases",
];

/// A joint "agree" ("Trump and Netanyahu agree on the plan") by a mediator and a party is
/// the party accepting the mediator's plan; by two parties it is their agreement; by
/// mediators alone it is their proposal. Mediators are dropped from an agreement's sides.
fn mediators_are_not_sides(det: &mut Detection, mediators: &[String]) {
    if mediators.is_empty() {
        return;
    }
    for f in det.findings.iter_mut() {
        let joint_agree = f.rule == "the sides agree" || f.rule == "agree on a framework";
        if !(f.kind == "agreement" || joint_agree)
            || !f.actors.iter().any(|a| mediators.contains(a))
        {
            continue;
        }
        let parties: Vec<String> = f
            .actors
            .iter()
            .filter(|a| !mediators.contains(a))
            .cloned()
            .collect();
        match parties.len() {
            0 if joint_agree => f.kind = "proposal".into(),
            0 => {}
            1 if joint_agree => {
                f.kind = "proposal_accepted".into();
                f.actors = parties;
            }
            1 => {}
            _ => {
                f.kind = "agreement".into();
                f.actors = parties;
            }
        }
    }
}

/// "AU sets the Sudans a three-month deadline", "the UN text demands an end to attacks":
/// a go-between's demands press the sides toward a deal; new demands are a side's own terms
/// for one, so demands made only by mediators are no development. (Their refusals stay:
/// reading "rules out amendments" by a mediator as none cost three corpora whose learned
/// mediators include a party.)
fn go_betweens_do_not_demand(det: &mut Detection, mediators: &[String]) {
    let (keep, out): (Vec<Finding>, Vec<Finding>) = std::mem::take(&mut det.findings)
        .into_iter()
        .partition(|f| {
            f.kind != "new_demands"
                || f.actors.is_empty()
                || !f.actors.iter().all(|a| mediators.contains(a))
        });
    det.findings = keep;
    for f in out {
        det.ruled_out.push(RuledOut {
            kind: f.kind,
            rule: f.rule,
            sentence: f.sentence,
            reason: "a mediator's demands press the sides; they are not a side's terms".into(),
        });
    }
}

/// "Ethnic Albanians sign Kosovo deal; Serbs say no", "Kosovo Albanians sign accord alone":
/// one side signing what the other refuses (in the same item) or signing alone accepts the
/// text; the deal needs both.
fn signed_alone(det: &mut Detection) {
    let refusers: Vec<String> = det
        .findings
        .iter()
        .filter(|f| f.kind == "proposal_rejected")
        .flat_map(|f| f.actors.clone())
        .collect();
    for f in det.findings.iter_mut() {
        if f.kind != "agreement" || f.actors.len() != 1 {
            continue;
        }
        let alone = words(&f.sentence)
            .iter()
            .any(|w| w == "alone" || w == "unilaterally");
        let other_refuses = refusers.iter().any(|r| !f.actors.contains(r));
        if alone || other_refuses {
            f.kind = "proposal_accepted".into();
            f.rule = format!(
                "{} (one side signs, the other refuses: an acceptance)",
                f.rule
            );
        }
    }
}

/// "Teacher talks collapse as ATA walks away from table", "wage talks break down as union
/// walks out of eighth round": the talks stopping by themselves (a joint stop, nobody's
/// decision) and a side leaving them, told in one sentence, are one act, and the side's
/// leaving is the one that says who did it. Precedence: withdrawal over a joint stop.
fn collapse_told_with_its_walkout(findings: &mut Vec<Finding>) {
    let walkouts: Vec<String> = findings
        .iter()
        .filter(|f| f.kind == "delegation_withdrawal" && !f.actors.is_empty())
        .map(|f| f.sentence.clone())
        .collect();
    findings
        .retain(|f| !(f.kind == "talks_suspended" && f.joint && walkouts.contains(&f.sentence)));
}

/// The item's findings, one per act.
pub(super) fn fold_item(det: &mut Detection, mediators: &[String]) {
    one_party_agreements(det);
    signed_alone(det);
    mediators_are_not_sides(det, mediators);
    go_betweens_do_not_demand(det, mediators);
    for f in det.findings.iter_mut() {
        if f.kind == "agreement" && f.actors.len() >= 3 {
            let w = words(&f.sentence);
            if w.iter().any(|x| DRAFTS.contains(&x.as_str())) {
                f.kind = "proposal".into();
            }
        }
    }
    // a party proposing changes to a text demands them ("delivers written proposals to
    // rewrite the accord", "proposed adjustments"); a mediator's changes bridge the gaps
    for f in det.findings.iter_mut() {
        if f.kind == "proposal" && !f.actors.iter().any(|a| mediators.contains(a)) {
            let w = words(&f.sentence);
            if w.iter().any(|x| CHANGES.contains(&x.as_str())) {
                f.kind = "new_demands".into();
                f.rule = "proposes changes to a text (demands)".into();
            }
        }
    }
    let mut merged = merge_same(std::mem::take(&mut det.findings));
    // both sides agreeing on, or accepting, the same plan or text is the agreement
    for f in merged.iter_mut() {
        let agreed_plan = f.kind == "proposal" && f.rule == "agree on a framework";
        let w = words(&f.sentence);
        let invitation = w.iter().any(|x| x.starts_with("invit"));
        // accepting an invitation to resume talks is returning to them, and so is taking
        // up a mediator's request to ("agreed to Herman's request to restart
        // negotiations", "accepted a request from the federal mediator to return to the
        // bargaining table")
        let asked = w
            .iter()
            .any(|x| matches!(x.as_str(), "request" | "requests"));
        if f.kind == "proposal_accepted"
            && (invitation || asked)
            && w.iter().any(|x| RETURN_VERBS.contains(&x.as_str()))
        {
            f.kind = "delegation_dispatched".into();
            continue;
        }
        let plan_accepted = ACCEPTING_RULES.contains(&f.rule.as_str())
            && w.iter().any(|x| ACCEPTED_DRAFTS.contains(&x.as_str()));
        if (agreed_plan || (f.kind == "proposal_accepted" && !plan_accepted))
            && f.actors.len() == 2
            && !invitation
        {
            // mediators agreeing among themselves on a framework present a proposal
            if !w.iter().any(|x| x.starts_with("mediat") || x == "brokers") {
                f.kind = "agreement".into();
            }
        }
        // Pattern: two sponsors agreeing a resolution for a council to vote ("U.S. and
        // France agree on draft UN resolution", "agreed a new version of their
        // resolution"): a text put to others, their proposal, not a deal between them
        let sponsors = matches!(f.rule.as_str(), "agree on a framework" | "the sides agree");
        if f.kind == "agreement" && sponsors && w.iter().any(|x| x == "resolution") {
            f.kind = "proposal".into();
        }
    }
    in_principle(&mut merged);
    collapse_told_with_its_walkout(&mut merged);
    forum_agrees(&mut merged);
    let mut merged = merge_same(merged);
    let agreed: Vec<String> = merged
        .iter()
        .filter(|f| f.kind == "agreement")
        .flat_map(|f| f.actors.clone())
        .collect();
    if !agreed.is_empty() {
        // an acceptance or an agreed plan reported with the deal it produced is the deal
        // (and so is both sides' signing in the deal's own sentence, whoever else the
        // sentence names: "have agreed on the plan, Trump said, adding that both sides
        // signed it")
        let deals: Vec<(String, Vec<String>)> = merged
            .iter()
            .filter(|f| f.kind == "agreement")
            .map(|f| (f.sentence.clone(), f.actors.clone()))
            .collect();
        let same_sentence_sides = |f: &Finding| {
            f.rule == "sign a proposal"
                && deals.iter().any(|(s, sides)| {
                    *s == f.sentence && sides.iter().filter(|a| f.actors.contains(a)).count() >= 2
                })
        };
        merged.retain(|f| {
            !matches!(f.kind.as_str(), "proposal_accepted" | "proposal")
                || !(f.actors.iter().all(|a| agreed.contains(a)) || same_sentence_sides(f))
        });
    }
    det.findings = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(actor: &str, sentence: &str) -> Finding {
        Finding {
            kind: "proposal_accepted".into(),
            actors: vec![actor.into()],
            sentence: sentence.into(),
            rule: "agree to a concession".into(),
            checks: Vec::new(),
            joint: false,
            deep: false,
        }
    }

    #[test]
    fn the_whole_forum_agreeing_is_the_agreement() {
        let mut f = vec![
            accepted("WTO", "WTO members agree to curb harmful fishing subsidies"),
            accepted(
                "COP29",
                "Nearly 200 countries agree to triple climate finance",
            ),
            accepted("Hamas", "Hamas agrees to extend the truce by two days"),
            accepted(
                "WTO",
                "WTO members provisionally agree to extend the moratorium",
            ),
        ];
        forum_agrees(&mut f);
        let kinds: Vec<&str> = f.iter().map(|x| x.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["agreement", "agreement", "proposal_accepted", "agreement"]
        );
    }
}
