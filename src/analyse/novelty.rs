//! Novelty: is a finding a new development, or another report of one already known?
//!
//! 1. One act in one story is one development, by precedence: an "agreement" on the
//!    text of the side that made the story's proposal is the other side accepting it
//!    (a deal the sides strike stays theirs); a proposal or
//!    acceptance inside a story whose agreement holds the same sides is that agreement;
//!    the proposer "backing" its own proposal is that proposal.
//!    A withdrawal and a suspension by the same party in one story are one act, and
//!    talks that collapse in a story where a party walked out collapsed because of it.
//! 2. The same kind with an overlapping actor within `dedupe_window` is the same
//!    development (CONTRACT.md), reported again — unless it is plainly another one: in
//!    another story, a trip to another venue, or an extension or renewal of the deal.
//! 3. One party approving a deal made before the dedupe window ("parliament ratifies the
//!    accord", weeks later) accepts it; within the window the approval is that deal.
//! 4. A deal signed weeks after it was agreed or initialled ("the sides formally signed
//!    the accord a month after initialling it") is that deal: one act, whatever word
//!    each report uses. A deal signed after another *signed* one is another deal.
//! 5. Otherwise it is new, and its alerts are queued in the same transaction.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::{Analyser, PendingItem};
use crate::detect::{is_joint, Finding};
use crate::store::developments::{self, Known, New, Report};
use crate::store::{outbox, StoreError};
use crate::watchlist::Watchlist;

/// Words that make a later deal or trip another one, not a report of the first.
const RENEWAL: &[&str] = &[
    "extend",
    "extends",
    "extended",
    "extending",
    "extension",
    "prolong",
    "prolongs",
    "prolonged",
    "renew",
    "renews",
    "renewed",
    "renewal",
    "second",
    "another",
];

/// Capitalised places after "in", "to" or "at": the venue of a trip ("in Munich").
fn venues(sentence: &str) -> Vec<String> {
    let toks = crate::text::tokenize(sentence);
    let mut out = Vec::new();
    for w in toks.windows(2) {
        let cap = w[1].text.chars().next().is_some_and(|c| c.is_uppercase());
        if matches!(w[0].lower.as_str(), "in" | "to" | "at")
            && cap
            && !super::NOT_PLACES.contains(&w[1].lower.as_str())
        {
            out.push(w[1].lower.clone());
        }
    }
    out
}

/// Is `f` plainly another development than `k` of the same kind (see the module doc)?
fn another_one(f: &Finding, k: &Known, story: i64) -> bool {
    if k.story == story {
        return false;
    }
    let words = crate::text::match_words(&f.sentence);
    let renewal = words.iter().any(|w| RENEWAL.contains(&w.as_str()))
        && !crate::text::match_words(&k.evidence)
            .iter()
            .any(|w| RENEWAL.contains(&w.as_str()));
    let trip = f.kind == "delegation_dispatched" && {
        let (a, b) = (venues(&f.sentence), venues(&k.evidence));
        !a.is_empty() && !b.is_empty() && !a.iter().any(|v| b.contains(v))
    };
    renewal || trip
}

/// "UAW reaches tentative deal with Ford", then "UAW, Stellantis reach tentative deal": a
/// side bargaining with several counterparts (employers, hospitals, creditors) strikes one
/// deal with each. A deal that names a party the known one does not, while the known one
/// names a party this one does not, is another deal, even in the same story — when it
/// comes a day or more later: within hours it is the one deal, its sides named
/// differently ("Qatar says Afghanistan agreed" of the Pakistan–Afghanistan truce).
fn another_counterpart(f: &Finding, k: &Known, at: DateTime<Utc>) -> bool {
    let later =
        k.at.is_some_and(|t| (at - t).num_hours().abs() >= COUNTERPART_HOURS);
    later
        && f.kind == "agreement"
        && f.actors.len() == 2
        && k.actors.len() == 2
        && f.actors.iter().any(|a| k.actors.contains(a))
        && f.actors.iter().any(|a| !k.actors.contains(a))
        && k.actors.iter().any(|a| !f.actors.contains(a))
}

/// How long after a deal a deal with another counterpart is another one
/// (`another_counterpart`).
const COUNTERPART_HOURS: i64 = 12;

/// Pattern: the other side's proposal a day later ("Stern makes 'final offer'", then "Union
/// delivers its 'final' proposal to Stern"): a proposal naming only parties the known one
/// does not, `OTHER_SIDE_HOURS` or more later, is that side's own text. Within hours,
/// outlets crediting one text to different parties report the one proposal.
fn another_sides_proposal(wl: &Watchlist, f: &Finding, k: &Known, at: DateTime<Utc>) -> bool {
    let later =
        k.at.is_some_and(|t| (at - t).num_hours().abs() >= OTHER_SIDE_HOURS);
    later
        && f.kind == "proposal"
        && !f.actors.is_empty()
        && !k.actors.is_empty()
        && !f.actors.iter().any(|a| k.actors.contains(a))
        && !hands_on_their_text(wl, &f.sentence, &k.actors)
}

/// "Qatar and Egypt hand US plan to Hamas negotiators", "mediators relay Israel's offer":
/// the text named by its owner, a party of the known proposal, is that proposal passed on.
fn hands_on_their_text(wl: &Watchlist, sentence: &str, owners: &[String]) -> bool {
    let toks = crate::text::tokenize(sentence);
    let texts = [
        "plan",
        "proposal",
        "proposals",
        "offer",
        "text",
        "draft",
        "framework",
        "blueprint",
        "roadmap",
        "initiative",
        "package",
    ];
    wl.actors.mentions(&toks).iter().any(|m| {
        let owned_by_known = wl
            .actors
            .names
            .get(m.actor)
            .is_some_and(|n| owners.contains(n));
        let mut i = m.end;
        if toks.get(i).is_some_and(|t| t.lower == "'s") {
            i += 1;
        }
        owned_by_known
            && (i..(i + 3).min(toks.len()))
                .take_while(|&j| !toks[j].punct)
                .any(|j| texts.contains(&toks[j].lower.as_str()))
    })
}

/// How long after a proposal another side's proposal is its own (`another_sides_proposal`).
const OTHER_SIDE_HOURS: i64 = 12;

/// Words that make a proposal a fresh text ("hands players revised proposal", "tables
/// improved offer", "new draft trimmed to 27 pages").
/// (Adjectives right before the text's noun; verbs of reworking it anywhere.)
const FRESH: &[&str] = &[
    "new",
    "revised",
    "improved",
    "sweetened",
    "updated",
    "fresh",
    "amended",
    "better",
    "final",
    "latest",
    "opening",
    "first",
];
const REWORKS: &[&str] = &["sweetens", "revises", "improves", "updates", "amends"];
const TEXTS: &[&str] = &[
    "offer",
    "offers",
    "proposal",
    "proposals",
    "plan",
    "draft",
    "drafts",
    "text",
    "package",
    "terms",
    "document",
    "counteroffer",
    "counterproposal",
    "framework",
    "formula",
];

/// Does the sentence tell of a reworked text ("revised proposal", "new pay offer",
/// "sweetens offer")?
fn fresh_text(sentence: &str) -> bool {
    let w = crate::text::match_words(sentence);
    w.iter().any(|x| REWORKS.contains(&x.as_str()))
        || w.iter().enumerate().any(|(i, x)| {
            FRESH.contains(&x.as_str())
                && w[i + 1..(i + 3).min(w.len())]
                    .iter()
                    .any(|n| TEXTS.contains(&n.as_str()))
        })
}

/// Pattern: a side's fresh text in another story, half a day or more after its known
/// proposal ("Boeing makes opening contract offer", days later "Boeing sweetens offer"): a
/// revised, improved or final text is the side's next move, not a report of the first.
/// (Within hours, or in the one story, a "new proposal" is the first one told again.)
fn a_fresh_text(f: &Finding, k: &Known, story: i64, at: DateTime<Utc>) -> bool {
    let later =
        k.at.is_some_and(|t| (at - t).num_hours().abs() >= OTHER_SIDE_HOURS);
    later && f.kind == "proposal" && k.story != story && fresh_text(&f.sentence)
}

/// Another development than `k` by who it names, what it says and when
/// (`another_counterpart`, `another_sides_proposal`, `a_fresh_text`).
fn other_parties(wl: &Watchlist, f: &Finding, k: &Known, story: i64, at: DateTime<Utc>) -> bool {
    another_counterpart(f, k, at)
        || another_sides_proposal(wl, f, k, at)
        || a_fresh_text(f, k, story, at)
}

/// What story-level precedence makes of a finding.
enum Folded {
    /// Record it as this finding (possibly re-kinded).
    As(Finding),
    /// It is this development of the story.
    Into(Known),
}

/// The kinds `fold_in_story` may fold, and the kinds of the story's developments it reads
/// to decide: any other finding stands as it is, without reading the story.
const FOLDED_KINDS: &[&str] = &[
    "agreement",
    "proposal",
    "proposal_accepted",
    "delegation_withdrawal",
    "talks_suspended",
];
const FOLDING_READS: &[&str] = &[
    "agreement",
    "proposal",
    "delegation_withdrawal",
    "talks_suspended",
];

/// "Trump, Netanyahu agree on plan": what the sides agree on is a text put forward, not a
/// deal they made ("Japan and South Korea strike 'comfort women' deal", "Britain and the EU
/// reached agreement on a package" stay the sides' agreement after either one's offer).
fn agreed_on_a_text(sentence: &str) -> bool {
    let w = crate::text::match_words(sentence);
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    has(&[
        "plan",
        "plans",
        "proposal",
        "proposals",
        "framework",
        "initiative",
        "blueprint",
        "roadmap",
    ]) && !has(&[
        "deal",
        "deals",
        "agreement",
        "agreements",
        "accord",
        "accords",
        "pact",
        "treaty",
    ])
}

/// "Polish government accepts strikers' demand for independent unions": what is accepted
/// is the other side's demand, a concession of its own, not the story's deal reported again.
fn accepts_a_demand(f: &Finding) -> bool {
    let w = crate::text::match_words(&f.sentence);
    let has = |set: &[&str]| w.iter().any(|x| set.contains(&x.as_str()));
    // (the other side's demand: not "dropped its demand", the side's own given up)
    let others_demand = w.iter().enumerate().any(|(i, x)| {
        matches!(
            x.as_str(),
            "demand" | "demands" | "condition" | "conditions"
        ) && !(i > 0 && matches!(w[i - 1].as_str(), "its" | "their" | "his" | "her" | "own"))
    });
    f.kind == "proposal_accepted"
        && others_demand
        && !has(&[
            "deal",
            "deals",
            "agreement",
            "agreements",
            "accord",
            "accords",
            "pact",
            "treaty",
            "truce",
            "ceasefire",
        ])
}

/// Applies the story's precedence to a finding (see the module doc, 1).
fn fold_in_story(story_devs: &[Known], f: &Finding) -> Folded {
    if f.kind == "agreement" {
        let proposers: Vec<&String> = story_devs
            .iter()
            .filter(|d| d.kind == "proposal")
            .flat_map(|d| d.actors.iter())
            .filter(|a| f.actors.contains(a))
            .collect();
        let story_agreement = story_devs.iter().any(|d| d.kind == "agreement");
        if !proposers.is_empty() && !story_agreement && agreed_on_a_text(&f.sentence) {
            let others: Vec<String> = f
                .actors
                .iter()
                .filter(|a| !proposers.contains(a))
                .cloned()
                .collect();
            if !others.is_empty() {
                return Folded::As(Finding {
                    kind: "proposal_accepted".into(),
                    actors: others,
                    rule: format!(
                        "{} (the proposer's agreement is the other side's acceptance)",
                        f.rule
                    ),
                    ..f.clone()
                });
            }
        }
    }
    if matches!(f.kind.as_str(), "proposal" | "proposal_accepted") && !accepts_a_demand(f) {
        if let Some(a) = story_devs.iter().find(|d| {
            d.kind == "agreement"
                && !f.actors.is_empty()
                && (d.actors.is_empty() || f.actors.iter().all(|x| d.actors.contains(x)))
        }) {
            return Folded::Into(a.clone());
        }
    }
    // "EU presidency unveils six-point plan", then "EU ministers back ceasefire plan": the
    // proposer endorsing its own text is that proposal reported again, not an acceptance
    if f.kind == "proposal_accepted" && !f.actors.is_empty() {
        if let Some(p) = story_devs
            .iter()
            .find(|d| d.kind == "proposal" && f.actors.iter().all(|a| d.actors.contains(a)))
        {
            return Folded::Into(p.clone());
        }
    }
    // a party that pulls out and "suspends its participation" does one thing; talks that
    // collapse when a party walks out collapse because of it
    let exit = |k: &str| matches!(k, "delegation_withdrawal" | "talks_suspended");
    if exit(&f.kind) {
        if let Some(d) = story_devs.iter().find(|d| {
            exit(&d.kind)
                && d.kind != f.kind
                && ((f.joint && f.kind == "talks_suspended")
                    || (f.actors.iter().any(|a| d.actors.contains(a)) && !walks_out_after(f, d)))
        }) {
            return Folded::Into(d.clone());
        }
    }
    Folded::As(f.clone())
}

/// "Bakassi talks end in deadlock", then "Cameroon delegation leaves Abuja early": one side
/// leaving after talks both sides ended is an act of its own.
/// Leaving the talks themselves ("Chisinau has pulled out of the process") is one side's
/// part in their suspension, and a team leaving "as talks end" goes home with everyone.
fn walks_out_after(f: &Finding, d: &Known) -> bool {
    if f.kind != "delegation_withdrawal" || d.kind != "talks_suspended" || d.actors.len() < 2 {
        return false;
    }
    let w = crate::text::match_words(&f.sentence);
    let early = w
        .iter()
        .any(|x| matches!(x.as_str(), "early" | "abruptly" | "prematurely"));
    let with_the_end = w.windows(3).any(|t| {
        t[0] == "as"
            && t[1..].iter().any(|x| {
                matches!(
                    x.as_str(),
                    "end" | "ends" | "ended" | "close" | "closes" | "closed"
                )
            })
    });
    f.rule != "pull/walk out of talks" && (early || !with_the_end)
}

/// Verbs of a party's institution approving a text.
const APPROVING: &[&str] = &[
    "approve", "approves", "approved", "ratify", "ratifies", "ratified", "endorse", "endorses",
    "endorsed", "adopt", "adopts", "adopted",
];

/// How far back a deal made earlier is looked for: ratifications follow within months.
const RATIFICATION_DAYS: i64 = 120;

/// How far back a full article's later paragraphs recall developments (`Finding::deep`).
const RECAP_DAYS: i64 = 120;

/// "Israeli parliament approves PLO accord 61-50", weeks after the signing: one party's
/// institution approving a deal made before the dedupe window accepts it; within the
/// window ("Israeli cabinet approves deal to free 50 hostages", the next day) the approval
/// is that deal.
fn ratification(
    tx: &Connection,
    wl: &Watchlist,
    it: &PendingItem,
    window: Duration,
    f: Finding,
) -> Result<Finding, StoreError> {
    // (the kind first: this runs for every finding, and only one party's deal is read)
    if f.kind != "agreement" || f.actors.len() != 1 {
        return Ok(f);
    }
    let words = crate::text::match_words(&f.sentence);
    if !words.iter().any(|w| APPROVING.contains(&w.as_str())) {
        return Ok(f);
    }
    let deals = |lo: DateTime<Utc>, hi: DateTime<Utc>| -> Result<bool, StoreError> {
        Ok(
            developments::of_kind_between(tx, &wl.name, "agreement", lo, hi)?
                .iter()
                .any(|k| k.actors.is_empty() || k.actors.contains(&f.actors[0])),
        )
    };
    // (a deal of its own within the window is the one approved: that deal, reported again)
    let t = it.event_time;
    let recent = deals(t - window, t)?;
    let older = deals(t - Duration::days(RATIFICATION_DAYS), t - window)?;
    if recent || !older {
        return Ok(f);
    }
    Ok(Finding {
        kind: "proposal_accepted".into(),
        rule: format!(
            "{} (one party approving a deal made earlier: its acceptance)",
            f.rule
        ),
        ..f
    })
}

/// Words of a formal signing.
const SIGNING: &[&str] = &[
    "sign",
    "signs",
    "signed",
    "signing",
    "ink",
    "inks",
    "inked",
    "countersign",
    "countersigned",
];

/// Words of a text initialled, to be signed later.
const INITIALLING: &[&str] = &[
    "initial",
    "initials",
    "initialled",
    "initialed",
    "initialling",
    "initialing",
];

/// Words of a truce, as against a settlement: a ceasefire agreed and a peace accord
/// signed weeks later are two deals.
const TRUCE_WORDS: &[&str] = &[
    "ceasefire",
    "cease",
    "truce",
    "armistice",
    "cessation",
    "halt",
    "pause",
];

/// How far back the agreement a signing formalises is looked for (initialled texts are
/// signed within weeks: a month is common).
const SIGNING_DAYS: i64 = 60;

/// Words that name no particular text: deal nouns, acts, connectives ("peace", "deal",
/// "with"). Signing and initialling words and weekdays name none either (`same_text`
/// reads `SIGNING`, `INITIALLING` and `text::WEEKDAYS` too).
const GENERIC_DEAL_WORDS: &[&str] = &[
    "the",
    "and",
    "with",
    "for",
    "from",
    "into",
    "that",
    "this",
    "its",
    "their",
    "his",
    "her",
    "after",
    "before",
    "over",
    "under",
    "between",
    "on",
    "in",
    "at",
    "to",
    "of",
    "by",
    "as",
    "a",
    "an",
    "s",
    "deal",
    "deals",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "pact",
    "peace",
    "final",
    "formal",
    "formally",
    "officially",
    "agree",
    "agrees",
    "agreed",
    "reach",
    "reaches",
    "reached",
    "seal",
    "seals",
    "sealed",
    "strike",
    "strikes",
    "struck",
    "government",
    "govt",
    "rebels",
    "rebel",
    "sides",
    "parties",
    "rivals",
    "rival",
    "factions",
    "foes",
    "neighbours",
    "neighbors",
    "leaders",
    "talks",
    "says",
    "said",
    "new",
    "first",
    "historic",
    "landmark",
    "today",
    "week",
    "month",
    "end",
    "ends",
    "ending",
    "war",
    "conflict",
    "fighting",
    "text",
    "draft",
];

/// Do two reports name the same text: a word they share that is no generic deal word
/// and no name of a party ("phase one trade deal" and "phase one deal"; the "peace
/// treaty" initialled and the "peace treaty" signed — not the "ancestral homeland"
/// deal and the "power-sharing pact")?
fn same_text(wl: &Watchlist, a: &[String], b: &[String]) -> bool {
    let party_word = |w: &str| {
        wl.config.actors.iter().any(|actor| {
            std::iter::once(&actor.name)
                .chain(actor.aliases.iter())
                .any(|al| crate::text::match_words(al).iter().any(|x| x == w))
        })
    };
    a.iter().any(|w| {
        let generic = [
            GENERIC_DEAL_WORDS,
            SIGNING,
            INITIALLING,
            crate::text::WEEKDAYS,
        ]
        .iter()
        .any(|set| set.contains(&w.as_str()));
        w.len() > 2 && !generic && b.contains(w) && !party_word(w)
    })
}

/// The agreement a signing formalises (see the module doc, 4): the latest agreement of
/// the same sides in the last `SIGNING_DAYS` that names the same text, of the same sort
/// (truce or settlement), unless the signing is of an extension or a second deal. The
/// earlier deal must have been initialled, or only reached: once any report of it says
/// it was signed, a later signing of a text like it ("a truce on the Rafah crossing"
/// after "the Gaza truce") is another deal.
fn formalised_deal(
    tx: &Connection,
    wl: &Watchlist,
    it: &PendingItem,
    f: &Finding,
) -> Result<Option<Known>, StoreError> {
    if f.kind != "agreement" {
        return Ok(None);
    }
    let words = crate::text::match_words(&f.sentence);
    let has = |ws: &[String], set: &[&str]| ws.iter().any(|w| set.contains(&w.as_str()));
    if !has(&words, SIGNING) || has(&words, RENEWAL) {
        return Ok(None);
    }
    let t = it.event_time;
    let earlier = developments::of_kind_between(
        tx,
        &wl.name,
        "agreement",
        t - Duration::days(SIGNING_DAYS),
        t,
    )?;
    for k in earlier {
        let theirs = crate::text::match_words(&k.evidence);
        let sides = k.actors.is_empty()
            || f.actors.is_empty()
            || k.actors.iter().any(|a| f.actors.contains(a));
        if !(sides
            && same_text(wl, &theirs, &words)
            && has(&theirs, TRUCE_WORDS) == has(&words, TRUCE_WORDS))
        {
            continue;
        }
        if has(&theirs, SIGNING) {
            continue;
        }
        if has(&theirs, INITIALLING) {
            return Ok(Some(k));
        }
        // a deal any report already called signed is not the one being signed now
        let signed = developments::report_sentences(tx, k.id)?
            .iter()
            .any(|s| has(&crate::text::match_words(s), SIGNING));
        if !signed {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

/// Is the finding (in `story`) another report of the known development `k` of its kind?
fn same_development(f: &Finding, k: &Known, story: i64) -> bool {
    let joint = is_joint(&f.kind) || f.joint;
    // "the sides", unnamed, are whoever the other report names
    let unnamed = (joint && (f.actors.is_empty() || k.actors.is_empty()))
        || (k.actors.is_empty() && k.story == story);
    let overlap = unnamed || k.actors.iter().any(|a| f.actors.contains(a));
    // talks stop once: "mediators suspended the talks" and "talks between the army and the
    // RSF have been suspended" in one story are one suspension, whoever each report names
    // (when one report names the sides or the mediators together; two parties each
    // suspending on its own, "Hamas suspends talks", "Qatar suspends talks", stay two)
    let sides = f.actors.len() >= 2 || k.actors.len() >= 2;
    let once = (joint && !(f.kind == "proposal" && counters(&f.sentence)))
        || (f.kind == "talks_suspended" && sides);
    (overlap || (once && k.story == story)) && !another_one(f, k, story)
}

/// Words of a proposal made in answer to the other side's ("Loyalists counter with
/// 'federal' model", "Players hand NHL counterproposal"): another party's proposal in the
/// story is not this one.
const COUNTERING: &[&str] = &[
    "counter",
    "counters",
    "countered",
    "countering",
    "counteroffer",
    "counteroffers",
    "counterproposal",
    "counterproposals",
    "counter-offer",
    "counter-offers",
    "counter-proposal",
    "counter-proposals",
    "counterbid",
];

/// One act by several sides: the kinds in which another side doing the same, in the same
/// story within hours, is the same development told again with its actors grown ("Israel
/// also rejects the Egyptian paper" hours after Hamas did; each coalition partner's board
/// backing the offer, both sides accepting one text; two parties' demands for the ship's
/// release; the talks halted by the mediator and by a party). Over the own corpora such a
/// second development of these kinds was the labelled event's duplicate or no event at
/// all 103 times and a distinct event 11 times. Not a proposal: the other side's proposal
/// hours later is its counter-proposal. Not a team's trip or its recall: each side's
/// delegation is its own development (`gaza-2025.json` labels Israel's recall and the US
/// envoy's, the same day, as two).
const ONE_ACT_KINDS: &[&str] = &[
    "new_demands",
    "proposal_accepted",
    "proposal_rejected",
    "talks_suspended",
];

/// How close in time the same act by another side is that act (see `ONE_ACT_KINDS`).
const ONE_ACT_HOURS: i64 = 6;

/// Does the sentence tell of a counter-proposal?
fn counters(sentence: &str) -> bool {
    crate::text::match_words(sentence)
        .iter()
        .any(|w| COUNTERING.contains(&w.as_str()))
}

impl Analyser {
    /// Attaches the finding to an existing development or creates one and queues its
    /// alerts. Returns (created, alerts queued).
    pub(super) fn record_finding(
        &self,
        tx: &Connection,
        wl: &Watchlist,
        it: &PendingItem,
        story: i64,
        f: &Finding,
        now: DateTime<Utc>,
    ) -> Result<(bool, usize), StoreError> {
        // one act is one development within the dedupe window: the same span in which a
        // second report of the same kind would be the same development
        let window = Duration::from_std(self.alerts.dedupe_window).unwrap_or(Duration::hours(72));
        let near = (it.event_time - window, it.event_time + window);
        let story_devs = if FOLDED_KINDS.contains(&f.kind.as_str()) {
            developments::of_story_of_kinds(tx, story, FOLDING_READS, near)?
        } else {
            Vec::new()
        };
        let f = match fold_in_story(&story_devs, f) {
            Folded::Into(k) => return self.report(tx, it, f, k).map(|_| (false, 0)),
            Folded::As(f) => f,
        };
        let f = ratification(tx, wl, it, window, f)?;
        if let Some(k) = formalised_deal(tx, wl, it, &f)? {
            self.report(tx, it, &f, k)?;
            return Ok((false, 0));
        }
        let known = developments::of_kind_between(
            tx,
            &wl.name,
            &f.kind,
            it.event_time - window,
            it.event_time + window,
        )?;
        let same = known.into_iter().find(|k| {
            same_development(&f, k, story) && !other_parties(wl, &f, k, story, it.event_time)
        });
        if let Some(k) = same {
            self.report(tx, it, &f, k)?;
            return Ok((false, 0));
        }
        if let Some(k) = self.same_act_by_another_side(tx, wl, it, story, &f)? {
            self.report(tx, it, &f, k)?;
            return Ok((false, 0));
        }
        // a full article's later paragraph recalling an earlier development ("Israel
        // recalled its negotiators from Doha last month …"): that development, reported
        // again, however long ago
        if f.deep {
            let earlier = developments::of_kind_between(
                tx,
                &wl.name,
                &f.kind,
                it.event_time - Duration::days(RECAP_DAYS),
                it.event_time - window,
            )?;
            if let Some(k) = earlier.into_iter().find(|k| {
                same_development(&f, k, story) && !other_parties(wl, &f, k, story, it.event_time)
            }) {
                self.report(tx, it, &f, k)?;
                return Ok((false, 0));
            }
        }
        let max_age = Duration::from_std(self.alerts.max_age).unwrap_or(Duration::hours(48));
        let alert = it.event_time >= now - max_age && !wl.config.recipients.is_empty();
        let id = developments::create(
            tx,
            &New {
                watchlist: &wl.name,
                story,
                kind: &f.kind,
                actors: &f.actors,
                evidence: &f.sentence,
                rule: &f.rule,
                now,
                event_time: it.event_time,
                alerted: alert,
            },
        )?;
        let checks = serde_json::to_string(&f.checks)?;
        let report = Report {
            item: it.id,
            sentence: &f.sentence,
            rule: &f.rule,
            checks: &checks,
        };
        developments::add_report(tx, id, &report)?;
        let queued = if alert {
            self.queue_alerts(tx, wl, id, now)?
        } else {
            0
        };
        Ok((true, queued))
    }

    /// The development of the same kind in the same story within `ONE_ACT_HOURS` of the
    /// finding, whoever it names (see `ONE_ACT_KINDS`).
    fn same_act_by_another_side(
        &self,
        tx: &Connection,
        wl: &Watchlist,
        it: &PendingItem,
        story: i64,
        f: &Finding,
    ) -> Result<Option<Known>, StoreError> {
        if !ONE_ACT_KINDS.contains(&f.kind.as_str()) {
            return Ok(None);
        }
        let near = Duration::hours(ONE_ACT_HOURS);
        let known = developments::of_kind_between(
            tx,
            &wl.name,
            &f.kind,
            it.event_time - near,
            it.event_time + near,
        )?;
        Ok(known.into_iter().find(|k| k.story == story))
    }

    /// Another report of a known development: its items grow, its actors too.
    fn report(
        &self,
        tx: &Connection,
        it: &PendingItem,
        f: &Finding,
        mut k: Known,
    ) -> Result<(), StoreError> {
        let before = k.actors.len();
        for a in &f.actors {
            if !k.actors.contains(a) {
                k.actors.push(a.clone());
            }
        }
        if k.actors.len() > before {
            developments::set_actors(tx, k.id, &k.actors)?;
        }
        let checks = serde_json::to_string(&f.checks)?;
        developments::add_report(
            tx,
            k.id,
            &Report {
                item: it.id,
                sentence: &f.sentence,
                rule: &f.rule,
                checks: &checks,
            },
        )
    }

    /// One outbox row per recipient, due now or at the next digest.
    fn queue_alerts(
        &self,
        tx: &Connection,
        wl: &Watchlist,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        for r in &wl.config.recipients {
            let mid = crate::outbox::message_id(id, r);
            let (batch, due) = match &wl.config.delivery {
                crate::config::Delivery::Digest(sched) => (
                    Some("digest"),
                    crate::outbox::next_digest(now, *sched, self.alerts.timezone),
                ),
                crate::config::Delivery::Immediate { .. } => (None, now),
            };
            let alert = outbox::NewAlert {
                development: id,
                watchlist: &wl.name,
                recipient: r,
                message_id: &mid,
                batch,
                due,
            };
            outbox::queue(tx, &alert, now)?;
        }
        Ok(wl.config.recipients.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: i64, kind: &str, actors: &[&str], story: i64, evidence: &str) -> Known {
        Known {
            id,
            kind: kind.into(),
            actors: actors.iter().map(|a| a.to_string()).collect(),
            story,
            evidence: evidence.into(),
            at: None,
        }
    }

    fn finding(kind: &str, actors: &[&str], sentence: &str) -> Finding {
        Finding {
            kind: kind.into(),
            actors: actors.iter().map(|a| a.to_string()).collect(),
            sentence: sentence.into(),
            rule: "r".into(),
            checks: vec![],
            joint: false,
            deep: false,
        }
    }

    #[test]
    fn one_act_in_one_story_is_one_development() {
        let plan = [known(
            1,
            "proposal",
            &["United States"],
            7,
            "Trump unveils plan",
        )];
        let f = finding(
            "agreement",
            &["United States", "Israel"],
            "Trump, Netanyahu agree on plan",
        );
        match fold_in_story(&plan, &f) {
            Folded::As(g) => assert_eq!(
                (g.kind.as_str(), g.actors),
                ("proposal_accepted", vec!["Israel".to_string()])
            ),
            Folded::Into(_) => panic!("should be an acceptance"),
        }
        // a deal the sides strike after one side's offer stays their agreement
        let f = finding(
            "agreement",
            &["United States", "Israel"],
            "Washington and Israel strike security deal",
        );
        match fold_in_story(&plan, &f) {
            Folded::As(g) => assert_eq!(g.kind, "agreement"),
            Folded::Into(_) => panic!("should stay the agreement"),
        }
        let deal = [known(
            2,
            "agreement",
            &["Israel", "Hamas"],
            9,
            "Israel and Hamas agree the first phase",
        )];
        let f = finding(
            "proposal_accepted",
            &["Israel", "Hamas"],
            "both signed off on the plan",
        );
        assert!(matches!(fold_in_story(&deal, &f), Folded::Into(k) if k.id == 2));
        // the proposer backing its own plan is the plan; the other side backing it accepts
        let plan = [known(
            3,
            "proposal",
            &["European Union"],
            4,
            "EU unveils plan",
        )];
        let own = finding(
            "proposal_accepted",
            &["European Union"],
            "EU ministers back plan",
        );
        assert!(matches!(fold_in_story(&plan, &own), Folded::Into(k) if k.id == 3));
        let other = finding("proposal_accepted", &["Russia"], "Moscow endorses the plan");
        assert!(
            matches!(fold_in_story(&plan, &other), Folded::As(g) if g.kind == "proposal_accepted")
        );
    }

    #[test]
    fn accepting_the_other_sides_demand_after_a_deal_is_its_own_act() {
        let deal = [known(
            1,
            "agreement",
            &["Government", "Strikers"],
            2,
            "Strikers sign agreement with government",
        )];
        let demand = finding(
            "proposal_accepted",
            &["Government"],
            "Government accepts strikers' demand for independent unions",
        );
        assert!(matches!(fold_in_story(&deal, &demand), Folded::As(_)));
        // the side's own demand given up, or the deal itself backed, is the deal
        for s in [
            "Government dropped its demand and agreed to the terms",
            "Government backs the deal",
        ] {
            let f = finding("proposal_accepted", &["Government"], s);
            assert!(matches!(fold_in_story(&deal, &f), Folded::Into(_)), "{s}");
        }
    }

    #[test]
    fn talks_are_suspended_once_per_story() {
        let by_mediators = known(
            1,
            "talks_suspended",
            &["Saudi Arabia", "United States"],
            13,
            "Saudi and US mediators have suspended the talks",
        );
        let between = finding(
            "talks_suspended",
            &["Sudanese Armed Forces", "Rapid Support Forces"],
            "Negotiations between the army and the RSF have been suspended",
        );
        assert!(same_development(&between, &by_mediators, 13));
        assert!(
            !same_development(&between, &by_mediators, 14),
            "another story with other actors is another suspension"
        );
        let qatar = known(
            3,
            "talks_suspended",
            &["Qatar"],
            5,
            "Qatar suspends the talks",
        );
        let hamas_too = finding("talks_suspended", &["Hamas"], "Hamas suspends the talks");
        assert!(
            !same_development(&hamas_too, &qatar, 5),
            "two parties each suspending on its own are two developments"
        );
        let withdrawal = known(
            2,
            "delegation_withdrawal",
            &["Israel"],
            3,
            "Israel recalls team",
        );
        let hamas = finding("delegation_withdrawal", &["Hamas"], "Hamas quits the talks");
        assert!(
            !same_development(&hamas, &withdrawal, 3),
            "each side walks out on its own"
        );
    }

    #[test]
    fn the_other_side_s_proposal_a_day_later_is_its_own() {
        let wl = Watchlist::new(&crate::watchlist::tests::gaza());
        let t0 = Utc::now();
        let plan = Known {
            at: Some(t0),
            ..known(
                1,
                "proposal",
                &["United States"],
                4,
                "Trump unveils Gaza plan",
            )
        };
        let counter = finding(
            "proposal",
            &["Hamas"],
            "Hamas delivers its own proposal to the mediators",
        );
        assert!(other_parties(
            &wl,
            &counter,
            &plan,
            4,
            t0 + Duration::hours(20)
        ));
        assert!(
            !other_parties(&wl, &counter, &plan, 4, t0 + Duration::hours(3)),
            "hours apart, outlets credit one text to different parties"
        );
        // (the go-betweens passing the known side's text on, named by its owner, and the
        // same party's text told again, are that proposal)
        let relayed = finding(
            "proposal",
            &["Qatar", "Egypt"],
            "Qatar and Egypt hand US plan to Hamas negotiators",
        );
        assert!(!other_parties(
            &wl,
            &relayed,
            &plan,
            4,
            t0 + Duration::hours(20)
        ));
        let again = finding(
            "proposal",
            &["United States"],
            "Washington repeats its plan",
        );
        assert!(!other_parties(
            &wl,
            &again,
            &plan,
            4,
            t0 + Duration::hours(20)
        ));
    }

    /// A side's revised, improved or final text in another story half a day or more
    /// later is its next move; within hours, or in the same story, it is the known one.
    #[test]
    fn a_side_s_revised_text_in_another_story_is_its_next_move() {
        let wl = Watchlist::new(&crate::watchlist::tests::gaza());
        let t0 = Utc::now();
        let offer = Known {
            at: Some(t0),
            ..known(1, "proposal", &["Israel"], 4, "Israel makes opening offer")
        };
        let revised = finding(
            "proposal",
            &["Israel"],
            "Israel hands mediators revised proposal",
        );
        assert!(other_parties(
            &wl,
            &revised,
            &offer,
            7,
            t0 + Duration::hours(30)
        ));
        assert!(!other_parties(
            &wl,
            &revised,
            &offer,
            4,
            t0 + Duration::hours(30)
        ));
        assert!(!other_parties(
            &wl,
            &revised,
            &offer,
            7,
            t0 + Duration::hours(4)
        ));
        let again = finding("proposal", &["Israel"], "Israel's offer still on the table");
        assert!(!other_parties(
            &wl,
            &again,
            &offer,
            7,
            t0 + Duration::hours(30)
        ));
    }

    #[test]
    fn a_counter_proposal_is_another_proposal() {
        let offer = known(
            1,
            "proposal",
            &["Gazprom"],
            8,
            "Gazprom offers Ukraine $250 gas price",
        );
        // outlets credit one text to different parties: one proposal in the story
        let credited = finding(
            "proposal",
            &["Ukraine"],
            "Ukraine gets a new gas price offer",
        );
        assert!(same_development(&credited, &offer, 8));
        // the other side answering with a text of its own makes another one
        for s in [
            "Kiev turns down the $250 and counters with $235",
            "Ukraine tables a counterproposal on transit fees",
            "Ukraine hands Gazprom a counter-offer",
        ] {
            let counter = finding("proposal", &["Ukraine"], s);
            assert!(!same_development(&counter, &offer, 8), "{s}");
        }
        // (the same party improving its own offer is still one proposal reported again)
        let again = finding(
            "proposal",
            &["Gazprom"],
            "Gazprom counters with a better price",
        );
        assert!(same_development(&again, &offer, 8));
    }

    #[test]
    fn a_team_leaving_after_the_talks_ended_walks_out_on_its_own() {
        let deadlock = [known(
            4,
            "talks_suspended",
            &["Nigeria", "Cameroon"],
            6,
            "Bakassi talks end in deadlock",
        )];
        let leave = |rule: &str, sentence: &str| Finding {
            rule: rule.into(),
            ..finding("delegation_withdrawal", &["Cameroon"], sentence)
        };
        let early = leave("team leaves", "Cameroon delegation leaves Abuja early");
        assert!(matches!(fold_in_story(&deadlock, &early), Folded::As(_)));
        let with_all = leave(
            "team leaves",
            "Cameroon delegation leaves Abuja as talks end",
        );
        assert!(matches!(fold_in_story(&deadlock, &with_all), Folded::Into(k) if k.id == 4));
        let its_part = leave(
            "pull/walk out of talks",
            "Cameroon pulled out of the process",
        );
        assert!(matches!(fold_in_story(&deadlock, &its_part), Folded::Into(k) if k.id == 4));
    }

    #[test]
    fn a_deal_with_another_counterpart_days_later_is_another_deal() {
        let t0 = Utc::now();
        let ford = Known {
            at: Some(t0),
            ..known(
                1,
                "agreement",
                &["UAW", "Ford"],
                3,
                "UAW reaches tentative deal with Ford",
            )
        };
        let stellantis = finding(
            "agreement",
            &["UAW", "Stellantis"],
            "UAW, Stellantis reach tentative deal",
        );
        assert!(same_development(&stellantis, &ford, 3));
        assert!(another_counterpart(
            &stellantis,
            &ford,
            t0 + Duration::days(3)
        ));
        assert!(
            !another_counterpart(&stellantis, &ford, t0 + Duration::hours(2)),
            "hours apart, the sides of one deal are named differently"
        );
        let both = finding(
            "agreement",
            &["UAW", "Ford", "Stellantis"],
            "UAW's deals with Ford and Stellantis",
        );
        assert!(!another_counterpart(&both, &ford, t0 + Duration::days(3)));
        let one_side = finding("agreement", &["UAW"], "UAW reaches tentative deal");
        assert!(!another_counterpart(
            &one_side,
            &ford,
            t0 + Duration::days(3)
        ));
    }

    #[test]
    fn another_venue_or_an_extension_is_another_development() {
        let munich = known(
            1,
            "delegation_dispatched",
            &["Armenia"],
            3,
            "Aliyev and Pashinyan meet in Munich",
        );
        let berlin = finding(
            "delegation_dispatched",
            &["Armenia"],
            "The ministers begin talks in Berlin",
        );
        assert!(another_one(&berlin, &munich, 4));
        assert!(
            !another_one(&berlin, &munich, 3),
            "the same story is the same trip"
        );
        let deal = known(
            2,
            "agreement",
            &["Sudanese Armed Forces"],
            5,
            "The sides signed a week-long truce",
        );
        let ext = finding(
            "agreement",
            &["Sudanese Armed Forces"],
            "The sides agreed to extend the truce by five days",
        );
        assert!(another_one(&ext, &deal, 6));
        let again = finding(
            "agreement",
            &["Sudanese Armed Forces"],
            "The truce signed on Saturday holds",
        );
        assert!(!another_one(&again, &deal, 6));
    }
}
