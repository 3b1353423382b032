//! Modality: why a rule hit is not a development — a question, negation, denial, threat,
//! condition, plan or future, intent infinitive, or background (ConText-style cues, each
//! with its scope: the clause, the stretch of the sentence up to the verb, or the
//! segment between "but", ";" and speech verbs).

use super::clause::Clause;
use super::lexicon::*;
use super::rules::{self, Rule};
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
        nominal: bool,
    ) -> Option<String> {
        if question {
            return Some("question".into());
        }
        if let Some(op) = &cl.background_opener {
            return Some(format!("background clause (\"{op} …\")"));
        }
        if let Some(rel) = relative_after_comma(toks, lw, v) {
            return Some(format!("relative clause describing a name (\", {rel} …\")"));
        }
        let seg = segment(toks, lw, v);
        negation(lw, v, cl)
            .or_else(|| negated_object(lw, v, r))
            .or_else(|| subjunctive(lw, v, cl))
            .or_else(|| denial(lw, v, seg, r))
            .or_else(|| threat(lw, v, seg))
            .or_else(|| under_way(lw, v, r))
            .or_else(|| gerund_judged(lw, v, cl))
            .or_else(|| gerund_of_a_noun(lw, v))
            .or_else(|| near_miss(lw, v))
            .or_else(|| conditional(lw, v, seg))
            .or_else(|| fronted_condition(lw, v))
            .or_else(|| modal(lw, v, cl, r))
            .or_else(|| intent(toks, lw, v, cl, nominal))
            .or_else(|| purpose_clause(lw, v, seg))
            .or_else(|| wished_done(lw, v, cl))
            .or_else(|| background(lw, v, cl))
            .or_else(|| standing_position(lw, v, cl, r))
    }
}

/// A near miss: "the talks nearly collapsed", "almost broke down", "had nearly walked
/// out". "nearly" or "almost" right before the verb says the act did not happen ("nearly
/// 200 nations adopt" qualifies the number, and "almost certainly rejected" the certainty:
/// neither stands right before the verb).
fn near_miss(lw: &[&str], v: usize) -> Option<String> {
    let before = v.checked_sub(1).map(|k| lw[k])?;
    matches!(before, "nearly" | "almost")
        .then(|| format!("a near miss (\"{before} …\"): the act did not happen"))
}

/// "… waiting on Canada, which turned down the formula", "Germany's BND, which brokered the
/// 2004 exchange": a relative clause after a comma describes its antecedent, mostly by
/// what it did before; the news is the sentence's own clause. ("which" or "who" at most
/// two plain words before the verb.)
fn relative_after_comma(toks: &[Token], lw: &[&str], v: usize) -> Option<&'static str> {
    let rel = (v.saturating_sub(3)..v)
        .rev()
        .find(|&i| matches!(lw[i], "which" | "who"))?;
    let plain = toks[rel + 1..v].iter().all(|t| !t.punct);
    (rel >= 1 && lw[rel - 1] == "," && plain)
        .then(|| if lw[rel] == "who" { "who" } else { "which" })
}

/// "hoped remaining issues could be resolved soon so that a balanced agreement is
/// concluded", "in order that talks can resume": what a clause of purpose wants done is
/// not done.
/// ("puts €40 million on the table to help countries ratify the treaty", "appointed a
/// conciliator to help Air Canada and the pilots' union reach a contract": the act a purpose
/// infinitive helps toward is somebody's aim, in the same stretch as "to help")
fn purpose_clause(lw: &[&str], v: usize, seg: (usize, usize)) -> Option<String> {
    let from = v.saturating_sub(10).max(seg.0);
    (from..v)
        .find(|&i| {
            matches!(
                (lw[i], lw.get(i + 1)),
                ("so", Some(&"that")) | ("in", Some(&"order"))
            ) || (lw[i] == "to"
                && lw.get(i + 1) == Some(&"help")
                && v <= i + 10
                && !lw[i..v].contains(&","))
        })
        .map(|i| format!("purpose, not done (\"{} {} …\")", lw[i], lw[i + 1]))
}

/// Pattern: an act wished done. "Washington wants the vessels and crews returned to
/// Ukraine", "Moscow wants the talks resumed", "Kyiv wants the deal signed first": a past
/// participle completing the object of "want" names what a side wishes done, not what was
/// done (within six words, no punctuation between).
fn wished_done(lw: &[&str], v: usize, cl: &Clause) -> Option<String> {
    if !lw[v].ends_with("ed") && !matches!(lw[v], "back" | "signed" | "made" | "held") {
        return None;
    }
    let from = v.saturating_sub(6).max(cl.start);
    let w = (from..v).rev().find(|&i| {
        matches!(lw[i], "want" | "wants" | "wanted" | "wanting")
            && lw[i + 1..v]
                .iter()
                .all(|x| !matches!(*x, "," | ";" | ":" | "to"))
    })?;
    // ("wanted a deal and returned home": a verb right after "and" is the next act)
    if matches!(lw[v - 1], "and" | "but" | "then") {
        return None;
    }
    Some(format!("wished done, not done (\"{} … {}\")", lw[w], lw[v]))
}

/// "Hamas chief says the unity deal is collapsing", "talks are falling apart": a collapse
/// told as under way is somebody's warning; the talks have not broken off yet.
fn under_way(lw: &[&str], v: usize, r: &Rule) -> Option<String> {
    const COLLAPSE: &[&str] = &[
        "collaps",
        "fall",
        "unravel",
        "crumbl",
        "break",
        "disintegrat",
        "falter",
    ];
    let progressive = v > 0
        && lw[v].ends_with("ing")
        && COLLAPSE.iter().any(|c| lw[v].starts_with(c))
        && matches!(lw[v - 1], "is" | "are" | "was" | "were" | "'s");
    // ("Putin says swap being finalised", "the accord is being drafted": a deal in the
    // making is not made yet)
    let in_the_making = v > 0
        && lw[v - 1] == "being"
        && matches!(r.kind.as_str(), "agreement" | "proposal_accepted");
    ((r.kind == "talks_suspended" && progressive) || in_the_making)
        .then(|| format!("under way, not done (\"{} {}\")", lw[v - 1], lw[v]))
}

/// Pattern: a gerund as the subject of a verdict. "Accepting the proposal is not an
/// option", "minister: yielding to hostage-takers 'not a wise idea'", "Rejecting the deal 'a
/// historic mistake'": an act named at the head of its clause, with no subject of its own,
/// and then judged (a copula, or "not a …") is weighed, not done ("Accepting the
/// proposal, Hamas said …" is done: its clause goes on after a comma).
fn gerund_judged(lw: &[&str], v: usize, cl: &Clause) -> Option<String> {
    if !lw[v].ends_with("ing") || lw[v].len() < 6 {
        return None;
    }
    let mut s = v;
    while s > cl.start && lw[s - 1] == "\"" {
        s -= 1;
    }
    if s > cl.start && lw[s - 1] != ":" {
        return None;
    }
    let end = (v + 1..cl.end).find(|&i| lw[i] == ",").unwrap_or(cl.end);
    let copula = |i: usize| {
        matches!(
            lw[i],
            "is" | "was" | "would" | "will" | "could" | "remains" | "isn't" | "wasn't"
        )
    };
    // (a headline drops the copula, and the tokens drop single quotes: "yielding to
    // hostage-takers 'not a wise idea'" reads "… hostage-takers not a wise idea")
    let verdict = |i: usize| {
        lw[i] == "not"
            && lw
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "a" | "an" | "the" | "acceptable"))
    };
    (v + 2..end)
        .find(|&i| copula(i) || verdict(i))
        .map(|i| format!("an act weighed, not done (\"{} … {}\")", lw[v], lw[i]))
}

/// Nouns of terms, whose "of" or "for" + gerund names what they are the terms of
/// ("conditions for resuming talks", "the price of returning to the table").
const TERMS_OF: &[&str] = &[
    "price",
    "condition",
    "conditions",
    "precondition",
    "preconditions",
    "terms",
    "prerequisite",
    "prerequisites",
    "requirement",
    "requirements",
];

/// Nouns of a prospect or of speech, whose "of" + gerund names an act thought of, not done
/// ("the prospect of resuming talks", "too early to speak of resuming talks").
const PROSPECT_OF: &[&str] = &[
    "prospect",
    "prospects",
    "possibility",
    "hope",
    "hopes",
    "idea",
    "talk",
    "speak",
    "question",
    "risk",
    "chance",
    "chances",
    "aim",
    "goal",
    "purpose",
    "intention",
    "threat",
    "fear",
    "fears",
    "option",
    "way",
    "ways",
    // (an expectation: "confident of signing a deal by December"; a task given: "puts
    // the two parties in charge of drafting a blueprint")
    "confident",
    "hopeful",
    "charge",
];

/// Pattern: a gerund that completes a noun of terms or of a prospect. "Unifor demands wage
/// parity as price of resuming bus talks", "GERB sets conditions for resuming talks", "too
/// early to speak of resuming talks": an act named as what a price, a condition or a
/// prospect is about is not done. (A listed noun only: "accused the BMA of refusing to
/// move", "weeks of halting dialogue" tell of acts done.)
fn gerund_of_a_noun(lw: &[&str], v: usize) -> Option<String> {
    if !lw[v].ends_with("ing") || v < 2 {
        return None;
    }
    let noun = lw[v - 2];
    let terms = matches!(lw[v - 1], "of" | "for") && TERMS_OF.contains(&noun);
    let prospect = lw[v - 1] == "of" && PROSPECT_OF.contains(&noun);
    (terms || prospect).then(|| {
        format!(
            "what a noun is about, not done (\"{noun} {} {}\")",
            lw[v - 1],
            lw[v]
        )
    })
}

/// The stretch of the sentence the verb belongs to: bounded by ";", "but" and a speech
/// verb that follows a comma ("…, says it may return if …").
fn segment(toks: &[Token], lw: &[&str], v: usize) -> (usize, usize) {
    let boundary = |i: usize| {
        lw[i] == ";"
            || lw[i] == "but"
            || lw[i] == "however"
            || (i > 0 && lw[i - 1] == "," && SPEECH.contains(&lw[i]))
            || (i > 1 && lw[i - 2] == "," && SPEECH.contains(&lw[i]) && !toks[i - 1].punct)
    };
    let start = (0..v)
        .rev()
        .find(|&i| boundary(i))
        .map(|i| i + 1)
        .unwrap_or(0);
    // "demanded that Bazoum be restored within seven days, warning they would use force if
    // the soldiers did not comply": a warning after a comma is a clause of its own, and its
    // condition is the threat's, not the verb's (only as the end of the verb's stretch: a
    // verb after it is inside the warning)
    let warning =
        |i: usize| lw[i - 1] == "," && matches!(lw[i], "warning" | "threatening" | "vowing");
    let end = (v + 1..lw.len())
        .find(|&i| boundary(i) || warning(i))
        .unwrap_or(lw.len());
    (start, end)
}

/// Pattern: a judgement of too little. "offer not enough", "your offer's not good enough",
/// "not nearly enough": "enough" under a negation, past the words that grade it, is a
/// verdict on a text (without the negation, "enough" judges nothing).
pub(super) fn judged_not_enough(lw: &[&str], v: usize) -> bool {
    if lw.get(v) != Some(&"enough") {
        return false;
    }
    let mut i = v;
    while i > 0
        && matches!(
            lw[i - 1],
            "good" | "nearly" | "remotely" | "quite" | "big" | "generous" | "far" | "strong"
        )
    {
        i -= 1;
    }
    i > 0 && (matches!(lw[i - 1], "not" | "nor" | "never") || lw[i - 1].ends_with("n't"))
}

/// "did not withdraw", "never accepted", "refused to sign": a negation shortly before.
fn negation(lw: &[&str], v: usize, cl: &Clause) -> Option<String> {
    // "the offer is not enough": the negation is the judgement itself (see
    // `judged_not_enough`), not an act denied
    if judged_not_enough(lw, v) {
        return None;
    }
    let from = v.saturating_sub(6).max(cl.start);
    // "calls the licence 'not negotiable', rebuffing the union": a participle after a
    // comma opens a clause of its own; a plain "not" before the comma is the other
    // clause's (a verb of refusing there still governs it: "refuses extension, leaving")
    let other_clause = |i: usize| {
        v >= 1
            && lw[v - 1] == ","
            && lw[v].ends_with("ing")
            && (matches!(lw[i], "not" | "never" | "no") || lw[i].ends_with("n't"))
    };
    // "the No camp", "the No vote": a referendum side's name, not a negation
    let a_side = |i: usize| {
        lw[i] == "no"
            && lw
                .get(i + 1)
                .is_some_and(|n| matches!(*n, "camp" | "vote" | "side" | "campaign" | "voters"))
    };
    // "seeking changes to the paper rather than rejecting it": the act set aside
    if v >= 2
        && matches!(
            (lw[v - 2], lw[v - 1]),
            ("rather", "than") | ("instead", "of")
        )
    {
        return Some(format!("negated (\"{} {}\")", lw[v - 2], lw[v - 1]));
    }
    // "none of the United List's politicians had called the proposal unacceptable": a
    // subject of none, however long, says nobody did it
    if let Some(i) = (cl.start..v).find(|&i| {
        lw[i] == "nobody" || (matches!(lw[i], "none" | "neither") && lw.get(i + 1) == Some(&"of"))
    }) {
        return Some(format!("negated (\"{}\")", lw[i]));
    }
    // "the engines fail, halting talks": a verb of failing or refusing closed by a comma
    // has nothing of its own to negate after it ("failed to", "refused to" do)
    let closed = |i: usize| {
        lw.get(i + 1) == Some(&",")
            && ["fail", "refus", "declin", "stopped", "balk"]
                .iter()
                .any(|p| lw[i].starts_with(p))
    };
    (from..v)
        .find(|&i| {
            (NEGATION.contains(&lw[i]) || lw[i].ends_with("n't"))
                && !a_side(i)
                && !closed(i)
                && !other_clause(i)
                && !negates_other_verb(lw, i, v)
        })
        .map(|i| format!("negated (\"{}\")", lw[i]))
}

/// Pattern: the object negated. "The RKP has accepted neither paper", "the sides signed no
/// deal", "accepted none of the amendments": a quantifier of none right after the verb
/// says the act did not happen ("say no to" keeps its own particle; "demand no jail, no
/// extradition" demands a negative term).
fn negated_object(lw: &[&str], v: usize, r: &Rule) -> Option<String> {
    if r.kind == "new_demands" {
        return None;
    }
    let next = *lw.get(v + 1)?;
    let none = matches!(next, "neither" | "none" | "no" | "nothing");
    (none && !r.particles.iter().any(|p| p == next)).then(|| format!("negated object (\"{next}\")"))
}

/// "said it would not join the talks and demanded …": the negation belongs to the bare verb
/// right after it; a past form after "and" is another predicate, and so is one with an
/// auxiliary of its own after "and" ("never accepted and
/// signed" keeps it: no bare verb there).
fn negates_other_verb(lw: &[&str], n: usize, v: usize) -> bool {
    let bare = lw.get(n + 1).is_some_and(|w| {
        w.len() > 2
            && !w.ends_with("ed")
            && !w.ends_with('s')
            && !w.ends_with("ing")
            && !matches!(*w, "be" | "been" | "have" | "to" | "a" | "the" | "only")
    });
    // ("contacts had not succeeded and were halted": "and" with an auxiliary of its own
    // opens another predicate)
    let own_aux = lw[n + 1..v].windows(2).any(|w| {
        w[0] == "and" && matches!(w[1], "were" | "was" | "is" | "are" | "has" | "have" | "had")
    });
    (bare && lw[v].ends_with("ed") && lw[n + 1..v].contains(&"and")) || own_aux
}

/// "demanded the accord be scrapped", "insists the talks be moved": a bare "be" after a
/// noun is a subjunctive, what somebody wants done, not done.
fn subjunctive(lw: &[&str], v: usize, cl: &Clause) -> Option<String> {
    let bare_be = v >= cl.start + 2 && lw[v - 1] == "be";
    let governed = bare_be
        && (MODAL.contains(&lw[v - 2])
            || matches!(
                lw[v - 2],
                "to" | "not"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "must"
                    | "may"
                    | "might"
                    | "can"
                    | "shall"
                    | "'ll"
                    | "never"
                    | "also"
                    | "soon"
                    | "then"
            ));
    if bare_be && !governed {
        return Some("subjunctive (\"… be\"): wanted, not done".into());
    }
    mandative(lw, v)
}

/// "recommended that formal negotiations begin", "urged that the talks resume": a bare
/// verb after the "that" of a verb of asking is what is asked for, not done.
fn mandative(lw: &[&str], v: usize) -> Option<String> {
    const ASKING: &[&str] = &[
        "recommend",
        "urg",
        "propos",
        "suggest",
        "insist",
        "ask",
        "request",
        "advis",
        "demand",
        "order",
        "requir",
    ];
    const IRREGULAR_PAST: &[&str] = &[
        "met", "left", "sent", "held", "broke", "began", "came", "went", "took", "gave", "quit",
        "put", "set", "cut", "withdrew", "pulled", "agreed", "made",
    ];
    let w = lw[v];
    let bare = !(w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing")
        || IRREGULAR_PAST.contains(&w));
    // ("demanded on Tuesday that Sihanouk either take one of the seats or accept a
    // nominee": the asked-for verbs may run on)
    let Some(that) = (v.saturating_sub(24)..v).rev().find(|&i| lw[i] == "that") else {
        return mandative_without_that(lw, v, bare, ASKING);
    };
    let finite_between = (that + 1..v).any(|i| {
        MODAL.contains(&lw[i])
            || matches!(
                lw[i],
                "will"
                    | "would"
                    | "had"
                    | "have"
                    | "has"
                    | "to"
                    | "did"
                    | "do"
                    | "does"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
            )
    });
    let asks = (that.saturating_sub(4)..that).any(|i| ASKING.iter().any(|a| lw[i].starts_with(a)));
    (bare && !finite_between && asks)
        .then(|| format!("asked for (\"{} that … {w}\"), not done", lw[that - 1]))
}

/// Pattern: the mandative with its "that" left out, as headlines do ("Chains insist union
/// table a counteroffer", "Turkey insists enclaves be cleared first"): a verb of asking,
/// a short subject of plain words, then the bare verb. (Not "ask" or "urge", whose
/// object takes "to"; nor "urgent", nor "recommend", whose "members accept" the labels
/// read as the union's acceptance.)
fn mandative_without_that(lw: &[&str], v: usize, bare: bool, asking: &[&str]) -> Option<String> {
    if !bare || v < 2 {
        return None;
    }
    let plain = |w: &str| {
        !MODAL.contains(&w)
            && !matches!(
                w,
                "to" | "will"
                    | "would"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | ","
                    | ":"
                    | ";"
            )
    };
    let asker = (v.saturating_sub(5)..v - 1).rev().find(|&i| {
        let w = lw[i];
        asking.iter().any(|a| w.starts_with(a))
            && !w.starts_with("urg")
            && !w.starts_with("ask")
            // (a leadership recommending that members accept takes the offer: an
            // acceptance, as the labels read it)
            && !w.starts_with("recommend")
            // (a noun of asking: "at the White House's request and made an offer")
            && (i == 0 || !(lw[i - 1].ends_with("'s") || DETERMINERS.contains(&lw[i - 1])))
            && (w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || asking.contains(&w))
    })?;
    (lw[asker + 1..v].iter().all(|w| plain(w)))
        .then(|| format!("asked for (\"{} … {}\"), not done", lw[asker], lw[v]))
}

/// Verbs that wave a report off (as prefixes: "dismiss" for dismisses, dismissed …).
const WAVE_OFF: &[&str] = &[
    "dismiss", "reject", "rubbish", "refut", "debunk", "downplay", "brush", "scotch", "quash",
    "deride", "ridicule",
];

/// What is waved off: somebody's report of the act, not the act.
const REPORT_NOUNS: &[&str] = &[
    "charge",
    "charges",
    "accusation",
    "accusations",
    "assertion",
    "assertions",
    "report",
    "reports",
    "claim",
    "claims",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "suggestion",
    "suggestions",
    "allegation",
    "allegations",
    "talk",
    "speculation",
    "story",
    "stories",
    "leak",
    "leaks",
];

/// "denies agreeing", "rejected reports that …", and "reports that X accepted are
/// false": a denial before the verb in its segment, or a falsity word anywhere in it.
fn denial(lw: &[&str], v: usize, seg: (usize, usize), r: &Rule) -> Option<String> {
    // "dismissing reports that it had turned the proposal down", "rubbishes a report that
    // Riyadh froze the talks", "plays down reports": reports waved off, even by a verb that
    // elsewhere rejects a text; the report noun within a few words of the verb
    let waved_off = (seg.0..v).find(|&i| {
        WAVE_OFF.iter().any(|p| lw[i].starts_with(p))
            && lw[i + 1..(i + 4).min(v)]
                .iter()
                .any(|n| REPORT_NOUNS.contains(n))
    });
    if let Some(i) = waved_off {
        return Some(format!("denial (\"{} … reports\")", lw[i]));
    }
    // ("rejected the map and demanded a withdrawal": a rejection with its own object,
    // then "and" and the next verb, denies nothing of that verb)
    let own_verb_after_and = v > seg.0 && lw[v - 1] == "and";
    if let Some(w) = lw[seg.0..v].iter().find(|w| DENIAL.contains(*w)) {
        let rejection = matches!(*w, "rejected" | "dismissed");
        if !((r.kind == "proposal_rejected" || own_verb_after_and) && rejection) {
            return Some(format!("denial (\"{w}\")"));
        }
    }
    if let Some(w) = lw[v..seg.1].iter().find(|w| FALSITY.contains(*w)) {
        return Some(format!("denial (\"{w}\")"));
    }
    // "Reports that Gagauz demanded a separate police force are wrong": reports called
    // wrong (the plain word, which elsewhere judges a text, only after reports or claims)
    let reports = lw[seg.0..v].iter().any(|w| {
        matches!(
            *w,
            "reports" | "claims" | "suggestions" | "rumours" | "rumors"
        )
    });
    if reports && lw[v..seg.1].contains(&"wrong") {
        return Some("denial (reports called \"wrong\")".into());
    }
    // "Arafat says PLO, Israeli officials met; Israel denies": a denial closing the
    // sentence, with no object of its own, denies what came before it
    let last = lw
        .iter()
        .rposition(|w| w.chars().any(char::is_alphanumeric));
    if last.is_some_and(|l| {
        l > v + 1 && matches!(lw[l], "denies" | "denied" | "disputes" | "disagrees")
    }) {
        return Some("denial (a closing \"… denies\")".into());
    }
    // "Mauritius pushing for more cash, sources claim", "…, report alleges": an outlet
    // that closes on "claims" keeps its distance; it is somebody's claim, not the news
    // (the attribution is a short subject after the comma: "…, citing territorial claims"
    // closes on a noun)
    if last.is_some_and(|l| {
        l > v + 1
            && matches!(
                lw[l],
                "claim" | "claims" | "claimed" | "alleges" | "alleged"
            )
            && lw[l.saturating_sub(4).max(v)..l]
                .iter()
                .rposition(|w| *w == ",")
                .is_some_and(|c| {
                    let from = l.saturating_sub(4).max(v) + c + 1;
                    lw[from..l]
                        .iter()
                        .all(|w| !w.ends_with("ing") && !ADJ_CLAIMS.contains(w))
                })
    }) {
        return Some("a claim, not the news (a closing \"… claims\")".into());
    }
    // "…, a claim the ministry denied"
    (v..lw.len())
        .find(|&i| {
            matches!(
                lw[i],
                "denied" | "denies" | "dismissed" | "rejected" | "disputed"
            ) && lw[v..i]
                .iter()
                .rev()
                .take(5)
                .any(|w| matches!(*w, "claim" | "report" | "reports" | "account" | "assertion"))
        })
        .map(|i| format!("denial (\"a claim … {}\")", lw[i]))
}

/// "threatened to walk out", "warned it would suspend": a threat before the verb.
/// ("fire warning shots, demand fuel": "warning" before the noun it modifies, a shot or a
/// sign, is the noun's kind, nobody warning)
fn threat(lw: &[&str], v: usize, seg: (usize, usize)) -> Option<String> {
    let modifier = |i: usize| {
        lw[i] == "warning"
            && lw.get(i + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "shot" | "shots" | "sign" | "signs" | "light" | "lights" | "label" | "labels"
                )
            })
    };
    (seg.0..v)
        .filter(|&i| !modifier(i))
        .map(|i| &lw[i])
        .find(|w| THREAT.contains(*w))
        .map(|w| format!("threat or warning (\"{w}\")"))
}

/// "will sign if …", "unless Israel …": a condition in the verb's segment; "until
/// mediators confirm Hamas has accepted": what follows "until" has not happened yet.
fn conditional(lw: &[&str], v: usize, seg: (usize, usize)) -> Option<String> {
    // "on the understanding that Russia returns", "on condition that", "as long as" (the
    // phrase may open the verb's clause just before its segment)
    let from = seg.0.saturating_sub(4);
    let phrase = (from..v).find(|&i| {
        matches!(
            (
                lw[i],
                lw.get(i + 1).copied().unwrap_or(""),
                lw.get(i + 2).copied().unwrap_or("")
            ),
            ("understanding", "that", _) | ("condition", "that", _) | ("as", "long", "as")
        )
    });
    if let Some(i) = phrase {
        return Some(format!("conditional (\"{} {}\")", lw[i], lw[i + 1]));
    }
    // ("asked whether the UN could restrain Rhee and demanded that …": an indirect question
    // before "and" and another verb is what was asked, no condition on that verb)
    let asked = |i: usize| {
        i > 0
            && i < v
            && matches!(lw[i], "if" | "whether")
            && matches!(lw[i - 1], "asked" | "asks" | "ask" | "asking" | "wondered")
            && lw[i + 1..v].contains(&"and")
    };
    // "offers Ukraine $250 if a contract is signed by midnight": after an offer made, the
    // condition is the offer's own terms ("would offer … if" stays a hypothetical)
    // (not "proposes": "Thant proposes economic pressure if Katanga balks" is a threat)
    // ("Elders offer to bring back American without ransom if boys go free": the plural
    // present too, unless a modal makes it a hypothetical)
    let modal_before = v > 0
        && matches!(
            lw[v - 1],
            "would" | "could" | "might" | "may" | "will" | "to" | "should"
        );
    let offered = matches!(lw[v], "offers" | "offered") || (lw[v] == "offer" && !modal_before);
    (seg.0..seg.1)
        .find(|&i| {
            (matches!(lw[i], "if" | "unless" | "provided" | "whether" | "whenever")
                && !asked(i)
                && !(i > v && (offered || threat_between(lw, v, i))))
                || (lw[i] == "until" && i < v)
                // "will return to the table only once the railway opens up", "only when":
                // a condition set, not a return
                || (lw[i] == "only" && matches!(lw.get(i + 1).copied(), Some("once" | "when")))
                // "agreed to the pay terms only as part of a settlement": accepted inside a
                // package the other side has not accepted, a condition (after the verb)
                || (lw[i] == "only"
                    && i > v
                    && lw.get(i + 1..i + 4) == Some(&["as", "part", "of"][..]))
                // "will go back to the table when the employer meets our demand": "when"
                // after a verb in the future sets the condition too
                // (not after a comma: "will send a team on Monday, when talks resume" dates it)
                || (matches!(lw[i], "when" | "once")
                    && i > v
                    && v > 0
                    && matches!(lw[v - 1], "will" | "would" | "'ll")
                    && !lw[v..i].contains(&","))
                // "counter-tariffs in case talks collapse", "in the event that the truce
                // fails": a contingency provided for, not what happened
                || (lw[i] == "in"
                    && (lw.get(i + 1) == Some(&"case")
                        || lw.get(i + 1..i + 3) == Some(&["the", "event"][..])))
        })
        .map(|i| format!("conditional (\"{}\")", lw[i]))
}

/// Pattern: "captors demand ransom, threaten American if attacked", "demands a ransom and
/// warns it will kill him if …": the condition after a threat or a warning coordinated
/// with the verb is the threat's, not a condition on the verb's act.
fn threat_between(lw: &[&str], v: usize, i: usize) -> bool {
    (v + 1..i).any(|c| {
        matches!(lw[c], "," | "and" | "but")
            && lw[c + 1..i].iter().take(2).any(|w| {
                matches!(
                    *w,
                    "threaten"
                        | "threatens"
                        | "threatened"
                        | "threatening"
                        | "warn"
                        | "warns"
                        | "warned"
                        | "warning"
                        | "vow"
                        | "vows"
                        | "vowed"
                )
            })
    })
}

/// "If members vote no, union says it returns to the table", "Unless Hamas responds, Israel
/// recalls its team": a condition that opens the sentence governs its main clause, after
/// the comma that closes it ("If anything, …" is no condition).
fn fronted_condition(lw: &[&str], v: usize) -> Option<String> {
    let open = lw
        .first()
        .copied()
        .filter(|w| matches!(*w, "if" | "unless"))?;
    if lw.get(1) == Some(&"anything") {
        return None;
    }
    let comma = lw.iter().position(|w| *w == ",")?;
    (comma < v).then(|| format!("conditional (\"{open} …,\" opens the sentence)"))
}

/// "could", "plans to", "is expected to": hypothetical, future or a plan before the verb
/// in its clause. An announced trip ("will send a team") is news, unless it is far off
/// ("next week").
fn modal(lw: &[&str], v: usize, cl: &Clause, r: &Rule) -> Option<String> {
    let pre = &lw[cl.start..v];
    // "Posts on social media claimed the Chinese team had walked out": what is claimed or
    // alleged is reported as somebody's claim, not as what happened
    let hedged = cl.reported
        && (cl.start.saturating_sub(2)..cl.start).any(|k| {
            matches!(
                lw[k],
                "claimed" | "claim" | "claiming" | "alleged" | "alleging"
            )
        });
    if hedged {
        return Some("a claim, not the news (\"claimed …\")".into());
    }
    // Pattern: an -ing form opening its clause with a modal of its own after it
    // ("Cavusoglu: meeting with Syrian counterpart could be in early February"): the -ing
    // form heads the modal's subject, a meeting planned, not one held
    let opens = v == cl.start || (v > 0 && lw[v - 1] == ":");
    if opens && lw[v].ends_with("ing") {
        let own_modal = lw[v + 1..cl.end.min(v + 9)]
            .iter()
            .find(|w| matches!(**w, "could" | "would" | "might" | "will" | "should"));
        if let Some(w) = own_modal {
            return Some(format!("a planned act as a modal's subject (\"… {w}\")"));
        }
    }
    // Pattern: a present tense with a time ahead ("the two sides meet again tomorrow",
    // "talks resume next week"): news style tells a schedule in the present; only a
    // trip of the day is news
    // (and a weekday right after a present verb: "talks resume Monday", "negotiators
    // meet again Thursday"; a day's own news says "resumed" or "today")
    let weekday_next = {
        let k = if lw.get(v + 1) == Some(&"again") {
            v + 2
        } else {
            v + 1
        };
        lw.get(k).is_some_and(|w| WEEKDAYS.contains(w))
    };
    let ahead = weekday_next
        || lw[cl.start..cl.end].windows(2).any(|w| {
            matches!(w, ["next", "week" | "month"]) || w[0] == "tomorrow" || w[1] == "tomorrow"
        });
    if r.kind == "delegation_dispatched" && ahead && !lw[v].ends_with("ed") {
        return Some("a schedule told in the present (\"… tomorrow\")".into());
    }
    // "a round that was to bring Abdi back to Damascus": what was to happen was planned
    if let Some(i) = (cl.start..v.saturating_sub(1))
        .find(|&i| matches!(lw[i], "was" | "were") && lw[i + 1] == "to")
    {
        return Some(format!("planned, not done (\"{} to\")", lw[i]));
    }
    // "Sinwar said Hamas would keep its weapons, dismissing demands to disarm": a participle
    // after the comma is the speaker's own act; the modal belongs to what was reported
    // (only acts done by speaking: "…, ending the talks" after "could" is the consequence
    // of what might happen)
    let spoken = matches!(
        r.kind.as_str(),
        "proposal_rejected" | "proposal_accepted" | "new_demands"
    );
    let speaker_participle = spoken && v > cl.start && lw[v - 1] == "," && lw[v].ends_with("ing");
    for (i, w) in pre.iter().enumerate() {
        if !MODAL.contains(w) || past_after_and(pre, i, lw[v]) {
            continue;
        }
        // "UK's May rejects EU draft": a modal takes a bare verb, so "may"/"will" before
        // "rejects" or "rejected" is somebody's name
        // (and "May's deal", or "May and Corbyn hold talks": a possessive, or a clause's
        // first word joined to another subject, is no modal either)
        let next = lw.get(cl.start + i + 1).copied();
        let named = next == Some("'s") || (i == 0 && matches!(next, Some("and" | ",")));
        if matches!(*w, "may" | "will") && (named || finite_form(next)) {
            continue;
        }
        if speaker_participle && (cl.reported || pre[..i].iter().any(|x| SPEECH.contains(x))) {
            continue;
        }
        let to_follows = i + 1 < pre.len() && pre[i + 1] == "to";
        if (*w == "will" || *w == "'ll") && r.future_ok && !far_future(lw, cl) {
            continue;
        }
        // "set", "called", "about" and "plans" are also trigger verbs or nouns: only as
        // auxiliaries ("set to", "plans to") are they modal
        if matches!(
            *w,
            "set" | "called" | "calls" | "about" | "once" | "plan" | "plans"
        ) && !to_follows
        {
            continue;
        }
        // "push", "pressed", "need" are modal before "to"/"for" only: "peace push snags"
        let next = pre.get(i + 1).copied().unwrap_or("");
        if matches!(
            *w,
            "push" | "pushing" | "pushed" | "pressing" | "pressed" | "need" | "needs"
        ) && !matches!(next, "to" | "for")
        {
            continue;
        }
        // ("talk of Homeland conditions is 'fabrication', negotiations resume": only the
        // act talked of, the gerund right after "of", is hedged)
        if matches!(*w, "talk" | "talking")
            && !(matches!(next, "of" | "about") && i + 2 == pre.len())
        {
            continue;
        }
        // "planned meeting … called off": the meeting was planned, its cancellation is news
        if matches!(*w, "planned" | "scheduled" | "expected" | "intended")
            && (crate::detect::rules::object_matches(&r.objects, next)
                || crate::detect::rules::word_set("talks")
                    .iter()
                    .any(|t| t == next))
        {
            continue;
        }
        // "due in Cairo today" is a trip of the day (the travel rule checks the day)
        if *w == "due" && r.future_ok && !to_follows {
            continue;
        }
        return Some(format!("hypothetical, future or plan (\"{w}\")"));
    }
    if r.future_ok && lw[v] == "due" && far_future(lw, cl) {
        return Some("a trip announced for later".into());
    }
    shared_modal(lw, v, cl)
}

/// Pattern: a bare verb coordinated after a modal's verb shares the modal ("Lula said
/// Maduro could call a fresh vote …, or form a coalition government"): the second verb is
/// as hypothetical as the first. A finite verb has a tense of its own ("would talk, and
/// walked out").
fn shared_modal(lw: &[&str], v: usize, cl: &Clause) -> Option<String> {
    let bare = !(lw[v].ends_with('s') || lw[v].ends_with("ed") || lw[v].ends_with("ing"));
    // the conjunction right before the verb (commas aside), in this clause or closing
    // the one before
    let conj = (v.saturating_sub(3)..v)
        .rev()
        .take_while(|&i| matches!(lw[i], "," | "and" | "or"))
        .find(|&i| matches!(lw[i], "and" | "or"));
    let conj = conj.filter(|_| cl.coordinated && bare && cl.start + 3 >= v)?;
    lw[conj.saturating_sub(25)..conj]
        .iter()
        .rev()
        .take_while(|w| !matches!(**w, ";" | ":" | "." | "but"))
        .find(|w| {
            matches!(
                **w,
                "could" | "would" | "might" | "should" | "can" | "may" | "will"
            )
        })
        .map(|w| format!("hypothetical, future or plan (\"{w} …, {} …\")", lw[conj]))
}

/// "said he would not join the talks and demanded that troops leave": a past form after
/// "and" is a predicate of its own; the modal governs bare verbs ("would be signed and
/// ratified" keeps its "would" through the auxiliary).
fn past_after_and(pre: &[&str], i: usize, verb: &str) -> bool {
    let aux = pre[i + 1..]
        .iter()
        .find(|w| !matches!(**w, "not" | "n't" | "never"))
        .is_some_and(|w| matches!(*w, "be" | "been" | "have" | "has" | "had"));
    // ("the drafts of May and June were rejected": "and" right after is no predicate's)
    let own_verb = pre.get(i + 1).is_some_and(|w| *w != "and");
    verb.ends_with("ed") && !aux && own_verb && pre[i + 1..].contains(&"and")
}

/// "next week", "in the coming days", "later this month": a plan, not today's news.
fn far_future(lw: &[&str], cl: &Clause) -> bool {
    // (a time clause may follow: "will resume | after the break")
    let c = &lw[cl.start..(cl.end + 3).min(lw.len())];
    FAR_FUTURE.iter().any(|ph| contains_seq(c, ph)) || dated_plan(c)
}

/// Pattern: a start told in the present for a later time ("Negotiations in the seven
/// regions begin in mid-November", "talks on a full agreement start in the autumn",
/// "the second phase opens next month"): the present of a timetable is a schedule, not
/// today's round. (Not a weekday: "Talks resume on Sunday" in a headline is the day's.)
pub(super) fn scheduled_start(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let present = matches!(
        lw[v],
        "open"
            | "opens"
            | "begin"
            | "begins"
            | "start"
            | "starts"
            | "resume"
            | "resumes"
            | "reopen"
            | "reopens"
            | "restart"
            | "restarts"
    );
    let c = &lw[v..(cl.end + 3).min(lw.len())];
    let season = c.windows(2).any(|w| {
        matches!(w[0], "the" | "this" | "in" | "next")
            && matches!(w[1], "autumn" | "spring" | "summer" | "winter" | "fall")
    });
    let later = FAR_FUTURE
        .iter()
        .filter(|ph| ph[0] != "on")
        .any(|ph| contains_seq(c, ph));
    present && (season || later || dated_plan(c))
}

/// Pattern: a calendar date after a future ("will join EU leaders in Brussels on 7
/// March", "could be in early February", "will come back to Geneva in January"): a dated plan is for later; today's trip is
/// told by the day ("today", "this morning"), not by a date.
fn dated_plan(c: &[&str]) -> bool {
    let month = |w: &str| MONTHS.contains(&w.trim_start_matches("mid-"));
    let day = |w: &str| !w.is_empty() && w.len() <= 2 && w.chars().all(|ch| ch.is_ascii_digit());
    c.windows(3).any(|w| match w {
        ["on", a, b] => (day(a) && month(b)) || (month(a) && day(b)),
        ["in", "early" | "mid" | "late", m] => month(m),
        _ => false,
    }) || c.windows(2).any(|w| w[0] == "in" && month(w[1]))
}

/// "trying to broker", "met … to hammer out", headline "X to send team".
fn intent(toks: &[Token], lw: &[&str], v: usize, cl: &Clause, nominal: bool) -> Option<String> {
    if nominal {
        return None;
    }
    // "urges Myanmar parties to stop fighting, return to talks": a comma may join the
    // urged infinitives too (the comma opens a clause of its own)
    if v == cl.start
        && v >= 2
        && lw[v - 1] == ","
        && urged_infinitive(lw, v.saturating_sub(10), v - 1)
        && (v.saturating_sub(5)..v - 1).any(|i| lw[i] == "to")
    {
        return Some("urged, not done (\"urge … to …, …\")".into());
    }
    // "authorises his deputy to negotiate, sign the deal": a bare verb after a comma
    // that follows "to" and a verb is coordinated with that infinitive
    let bare = !lw[v].ends_with('s') && !lw[v].ends_with("ed");
    if v == cl.start && v >= 3 && lw[v - 1] == "," && lw[v - 3] == "to" && bare {
        return Some("infinitive of intent or purpose (\"to …, …\")".into());
    }
    if v == cl.start {
        return None;
    }
    // "urging both sides to stop at the front lines and return to talks": a verb
    // coordinated with an urged infinitive is urged too
    // ("told both delegations to stop the shelling, free detainees and resume talks": the
    // list may run over commas that open clauses of their own)
    let list_from = (v.saturating_sub(14)..v)
        .rev()
        .find(|&i| matches!(lw[i], ";" | "but" | "." | "while" | "as"))
        .map_or(v.saturating_sub(14), |i| i + 1)
        .min(cl.start);
    // ("asked Sudan to restore ties and proposed a border force": a past form after "and"
    // is the asker's own next act, unless it joins a participle: "get it signed and ratified")
    let own_past = lw[v].ends_with("ed") && v >= 2 && !lw[v - 2].ends_with("ed");
    let joined =
        matches!(lw[v - 1], "and" | "or") || (lw[v - 1] == "," && bare && !lw[v].ends_with("ing"));
    if joined && !own_past && urged_infinitive(lw, list_from, v - 1) {
        return Some("urged, not done (\"urge … to … and …\")".into());
    }
    // "to reopen", and the passive "call for talks to be reopened"
    let to = if lw[v - 1] == "to" {
        v - 1
    } else if v >= cl.start + 2 && lw[v - 1] == "be" && lw[v - 2] == "to" {
        v - 2
    } else if v >= 3 && matches!(lw[v - 1], "and" | "or") && lw[v - 3] == "to" && bare {
        // "authorises his deputy to negotiate and sign the deal": a verb coordinated with
        // an infinitive is one too
        v - 3
    } else {
        return None;
    };
    let gov = lw[cl.start.min(to)..to]
        .iter()
        .rev()
        .take(4)
        .find(|w| DECIDE.contains(*w));
    let prior_to = to >= 1
        && matches!(
            lw[to - 1],
            "agreed"
                | "decided"
                | "voted"
                | "agree"
                | "agrees"
                | "decide"
                | "decides"
                | "vote"
                | "votes"
        );
    if headline_boycott(toks, lw, v, to, cl) {
        return None;
    }
    // Pattern: a hedged report ("Israel said to accept US package", "owners reported to
    // turn down pledge"): the infinitive after "said"/"reported"/"believed" is the act the
    // sources tell of, no intent
    // (not "said to be seeking": a stance told in the progressive)
    if to >= 1 && to + 1 == v && HEDGED_REPORT.contains(&lw[to - 1]) {
        return None;
    }
    if gov.is_none() && !prior_to {
        return Some("infinitive of intent or purpose (\"to …\")".into());
    }
    // "the two sides agreed to meet again in Beijing": the round that just ended set up
    // the next one, a plan rather than a meeting
    if prior_to && next_round(lw, v, cl) {
        return Some("plan of another round (\"agreed to meet again\")".into());
    }
    // headline "X to send team": future headline style (not "X agrees to send team", nor
    // "members vote overwhelmingly to accept": an adverb may stand between)
    // ("members vote 85% to accept", "board votes 7-2 to spurn", "caucus votes 92.4 percent
    // to recommend": a vote's tally stands between it and the act, as an adverb does)
    let tally = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            || matches!(w, "%" | "-" | "per" | "cent" | "percent" | "." | ",")
    };
    let decided = (cl.start..to)
        .rev()
        .find(|&i| {
            let adverb = lw[i].len() > 4 && lw[i].ends_with("ly");
            !(adverb || tally(lw[i]))
        })
        .is_some_and(|i| DECIDE.contains(&lw[i]));
    if to > 0 && !decided && cl.start == 0 && toks.iter().take(v).all(|t| !t.punct) {
        return Some("headline future (\"to …\")".into());
    }
    None
}

/// "meet again", "hold talks again", "hold a second round": a meeting verb whose clause
/// says the meeting is the next one.
fn next_round(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let after = &lw[v + 1..cl.end.min(v + 5)];
    let next = |w: &&str| {
        matches!(
            *w,
            "another" | "next" | "second" | "third" | "fourth" | "fifth" | "further" | "new"
        )
    };
    matches!(
        lw[v],
        "meet" | "talk" | "convene" | "reconvene" | "hold" | "resume"
    ) && (after.contains(&"again")
        || after
            .windows(2)
            .any(|p| next(&p[0]) && matches!(p[1], "round" | "session" | "meeting")))
}

/// Is there "urge/call on/ask <somebody> to <verb>" in [from, to)?
fn urged_infinitive(lw: &[&str], from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        lw[i] == "to"
            && i > from
            && lw[i.saturating_sub(5).max(from)..i].iter().any(|w| {
                matches!(
                    *w,
                    "urge"
                        | "urges"
                        | "urged"
                        | "urging"
                        | "asked"
                        | "asks"
                        | "asking"
                        | "pressed"
                        | "pressing"
                        | "presses"
                        | "called"
                        | "calls"
                        | "calling"
                        | "appealed"
                        | "appeals"
                        | "order"
                        | "orders"
                        | "ordered"
                        | "ordering"
                        | "told"
                        | "tells"
                        | "telling"
                        | "instructed"
                        | "instructs"
                        | "invited"
                        | "invites"
                        | "inviting"
                        // (an ultimatum's list: "gave France 48 hours to pay a ransom,
                        // accept the truce offer and pledge …" asks each act)
                        | "hours"
                        | "days"
                        | "weeks"
                        | "deadline"
                        | "ultimatum"
                )
            })
    })
}

/// Past perfect outside reported speech, and time phrases of the past ("last week",
/// "in 2022", "in November 2023", "has long accepted").
fn background(lw: &[&str], v: usize, cl: &Clause) -> Option<String> {
    // "After meeting QUINT ambassadors, Kurti said …": a sentence-opening "after …" phrase,
    // up to its comma, tells what came before the news
    // (or up to a headline's colon: "Since talks collapsed in October: a timeline")
    if lw.first().is_some_and(|w| BACKGROUND_OPENERS.contains(w))
        && lw
            .iter()
            .position(|w| *w == "," || *w == ":")
            .is_some_and(|c| v < c)
    {
        return Some(format!("background clause (\"{} …\")", lw[0]));
    }
    // "Since then several rounds of talks have failed": a sentence opened by "since then"
    // sums up the time between, with or without its comma
    if lw.starts_with(&["since", "then"]) {
        return Some("background (\"since then …\")".into());
    }
    if lw[cl.start..v].contains(&"had") && !cl.reported {
        return Some("background (past perfect \"had …\")".into());
    }
    // Pattern: a person named by a past act ("replaced the envoy who initialled the July
    // protocols", "fired the negotiator who signed the truce"): "who" + a past tense tells
    // who somebody is, not what happened today
    let opened_by_who = lw.get(cl.start) == Some(&"who")
        || (cl.start > 0 && lw[cl.start - 1] == "who" && cl.is_relative());
    if opened_by_who && v >= cl.start && lw[v].ends_with("ed") {
        return Some("background (\"who\" + a past act names a person)".into());
    }
    let c = &lw[cl.start..cl.end];
    if let Some(ph) = BACKGROUND_PHRASES.iter().find(|ph| contains_seq(c, ph)) {
        return Some(format!("background (\"{}\")", ph.join(" ")));
    }
    // "said Israel had said yes to the offer last December", "rejected it last summer": a
    // month or a season gone by dates a recap, as "last month" does
    let last_season = c.windows(2).find(|w| {
        w[0] == "last"
            && (MONTHS.contains(&w[1])
                || matches!(w[1], "spring" | "summer" | "autumn" | "fall" | "winter"))
    });
    if let Some(w) = last_season {
        return Some(format!("background (\"{} {}\")", w[0], w[1]));
    }
    // "said the bloc had already made concrete proposals", "the sides have already met
    // more times today": a perfect with "already" recalls what was done before the news
    let already = v >= cl.start + 2
        && lw[v - 1] == "already"
        && matches!(lw[v - 2], "has" | "have" | "had" | "'d" | "'ve");
    if already {
        return Some("background (\"already\" with a perfect)".into());
    }
    // "a step Cairo has demanded for nearly four years", "Hamas has sought for months": a
    // perfect held for a stretch of time is a standing position (not "agreed a truce for
    // 60 days", whose stretch is the truce's)
    let perfect = v > cl.start && matches!(lw[v - 1], "has" | "have" | "had");
    // ("agreed to the plea for 48 more hours": hours and days are the object's)
    let after = &lw[v + 1..(v + 10).min(cl.end)];
    let stretch = after.iter().enumerate().any(|(i, w)| {
        *w == "for"
            && after[i + 1..(i + 4).min(after.len())]
                .iter()
                .any(|u| matches!(*u, "years" | "months" | "decades" | "year" | "decade"))
    });
    if perfect && stretch {
        return Some("background (a perfect held \"for\" a stretch of time)".into());
    }
    // "… that Azerbaijan has demanded since the 1990s": a verb before "since" tells
    // what has long been so
    // ("the first talks since the clashes" is news)
    let first = lw[cl.start..(v + 4).min(lw.len())].contains(&"first");
    let since = lw[v + 1..(v + 4).min(lw.len())]
        .iter()
        .chain(lw[v + 1..cl.end].iter())
        .find(|w| **w == "since");
    if let Some(w) = since.filter(|_| !first) {
        return Some(format!("background (\"{w} …\")"));
    }
    // "the armed groups that signed a peace deal in February began talks": a relative
    // clause whose act is dated to a month names who the antecedent is, not news (the
    // month right after the act; the main verb after it stays news)
    let dated = lw[v + 1..(v + 8).min(cl.end)]
        .windows(2)
        .find(|w| w[0] == "in" && MONTHS.contains(&w[1]));
    if let Some(w) = dated.filter(|_| cl.is_relative()) {
        return Some(format!(
            "background (a relative clause dated \"{} {}\")",
            w[0], w[1]
        ));
    }
    // Pattern: earlier instances as the subject ("Previous deals with the TTP collapsed
    // within months", "past truces with the NPA have frayed quickly"): what happened to
    // deals or rounds before this one is a recap, not news
    let recap_subject = lw[cl.start..v].windows(2).any(|w| {
        // (plural or not: "truces", "ceasefires")
        let one = w[1].strip_suffix('s').unwrap_or(w[1]);
        matches!(w[0], "previous" | "earlier" | "past" | "prior")
            && ["deal", "held"]
                .iter()
                .any(|set| rules::word_set(set).iter().any(|d| d == w[1] || d == one))
    });
    if recap_subject {
        return Some("background (earlier deals or rounds as the subject)".into());
    }
    // "in 2022", "in November 2023", "since 2020"
    for (i, w) in c.iter().enumerate() {
        let year = w.len() == 4
            && w.chars().all(|ch| ch.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"));
        if !year || i == 0 {
            continue;
        }
        let before = c[i - 1];
        let month_before =
            i >= 2 && MONTHS.contains(&before) && matches!(c[i - 2], "in" | "since" | "of");
        if matches!(before, "in" | "since") || month_before {
            return Some(format!("background (\"{before} {w}\")"));
        }
    }
    None
}

pub(super) fn contains_seq(hay: &[&str], needle: &[&str]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// "still insists on", "reiterated its demand", "continues to demand": a position held
/// before, not a new demand.
fn standing_position(lw: &[&str], v: usize, cl: &Clause, r: &Rule) -> Option<String> {
    // ("Tesla still refuses to sign a collective agreement", "continues to reject the
    // plan": a refusal that goes on is the side's position told again, as for a demand;
    // "again rejects" may turn down a new version, so only going on counts)
    let standing: &[&str] = match r.kind.as_str() {
        "new_demands" => STANDING,
        "proposal_rejected" => &["still", "continues", "continued"],
        _ => return None,
    };
    // (only a finite verb's own words: "say Filipino still held, set July 20 deadline"
    // holds the hostage still, not the demand; "still consulting, seeking a fresh mandate"
    // goes on seeking)
    let from = v.saturating_sub(3).max(cl.start);
    let from = if lw[v].ends_with("ing") {
        from
    } else {
        (from..v)
            .rev()
            .find(|&k| lw[k] == ",")
            .map_or(from, |k| k + 1)
    };
    let near = &lw[from..v];
    // ("Fujimori repeats: troops must leave first": the speaker's verb before a colon)
    let colon = lw[..v].iter().position(|w| *w == ":").filter(|&c| c <= 6);
    let speaker_verb = colon.map_or(&lw[0..0], |c| &lw[..c]);
    near.iter()
        .chain(std::iter::once(&lw[v]))
        .chain(speaker_verb.iter())
        .find(|w| standing.iter().any(|s| w.starts_with(s)))
        .map(|w| format!("a standing position, not a new move (\"{w}\")"))
}

/// A verb form no modal takes: third person ("rejects", "says") or past ("rejected").
fn finite_form(w: Option<&str>) -> bool {
    w.is_some_and(|w| {
        w.len() > 3
            && !matches!(w, "also" | "always" | "perhaps" | "thus" | "this" | "yes")
            && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                // (not "may need", "will proceed", "will succeed")
                || (w.ends_with("ed") && !w.ends_with("eed") && w.len() > 4))
    })
}

/// Modifiers of "claims" the noun ("territorial claims"), not subjects of "claims" the verb.
const ADJ_CLAIMS: &[&str] = &[
    "territorial",
    "land",
    "maritime",
    "sovereignty",
    "false",
    "rival",
];

/// Headline "X to boycott the talks": staying away is decided when it is announced, so the
/// headline future reports the boycott itself ("Syrian rebels to boycott Astana talks";
/// not "urges rebels to boycott", "threatens to boycott", which press or warn).
fn headline_boycott(toks: &[Token], lw: &[&str], v: usize, to: usize, cl: &Clause) -> bool {
    let headline_future = cl.start == 0 && toks.iter().take(v).all(|t| !t.punct);
    let boycott = matches!(lw[v], "boycott" | "snub" | "shun");
    let pressed = lw[..to]
        .iter()
        .any(|w| PRESSING.iter().any(|p| w.starts_with(p)));
    headline_future && boycott && !pressed
}

/// Stems of verbs that press, warn or plan rather than decide ("urges", "threatens").
const PRESSING: &[&str] = &[
    "urg", "ask", "call", "tell", "told", "want", "threat", "warn", "plan", "consider", "weigh",
    "may", "might", "could", "set", "poised", "expect", "likely", "prepar", "pressur", "push",
];
