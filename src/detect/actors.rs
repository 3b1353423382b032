//! Who acts: the subject group of a clause, passive agents, "accuses X of", relative
//! antecedents, collective subjects ("the two sides", "the warring parties"), anaphors
//! resolved to the speaker or the headline subject, and the coordination of mentions
//! into groups ("Israel and Hamas", "the Colombian government and ELN negotiators").

use super::clause::Clause;
use super::lexicon::*;
use super::{At, Detector};
use crate::text::Token;
use crate::watchlist::Mention;

impl<'a> Detector<'a> {
    /// The actor group of a clause's subject (tokens before `v`); empty when the subject
    /// is somebody else ("Qatar Airways pilots", "the football federation").
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
            // ("blamed by Seoul for the sinking": a passive names the accuser)
            if ACCUSE.contains(w) && lw.get(j + 1) != Some(&"by") {
                let g = first_group(toks, mentions, j + 1, v);
                if !g.is_empty() {
                    return g;
                }
            }
        }
        // "the rebels' decision to call off the talks": the possessor decides
        if let Some(owner) = decision_owner(lw, mentions, cl, v) {
            return owner;
        }
        let mut from = cl.start;
        if cl.start == 0 && v > 0 {
            // headline "Qatar: …" is handled by the speaker; skip a leading "X:" here
            if let Some(colon) = toks[..v].iter().position(|t| t.text == ":") {
                from = colon + 1;
            }
        }
        // "Off Saint-Hélier, Norman crews demand …", "In Doha, Petro holds …": a clause
        // opening on a prepositional phrase closed by a comma is an adjunct of place or
        // time; the subject stands after the comma
        if lw
            .get(from)
            .is_some_and(|w| OPENING_ADJUNCT_PREPOSITIONS.contains(w))
        {
            if let Some(c) = lw[from..v].iter().position(|w| *w == ",") {
                from += c + 1;
            }
        }
        // the subject opens on a head that is nobody we follow, the mention only in its
        // modifiers: "Protesters waving Greek flags demanded …", "Supporters of the
        // president marched …", "Crowds outside the Nairobi venue …"
        let opening = lw[from..v].iter().find(|w| !DETERMINERS.contains(*w));
        let first_mention = mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= v)
            .map(|m| m.start)
            .min();
        // ("Teachers' union FAE reaches tentative deal": a descriptor before the name that
        // stands right before the verb is the name's apposition, not another subject)
        let apposition = first_mention.is_some_and(|m| {
            mentions.iter().any(|x| x.start == m && x.end == v)
                && lw[from..m].iter().all(|w| {
                    !w.ends_with("ing")
                        && !matches!(
                            *w,
                            "of" | "for"
                                | "from"
                                | "in"
                                | "with"
                                | "at"
                                | "near"
                                | "outside"
                                | "against"
                                | "by"
                                | "and"
                                | ","
                        )
                })
        });
        if let (Some(head), Some(m)) = (opening, first_mention) {
            if NON_STATE_HEADS.contains(head) && lw[from..m].contains(head) && !apposition {
                return vec![];
            }
        }
        // "South Korea says won't scrap Japan's deal …": a clause opening on an auxiliary
        // has dropped its subject (the speaker's); the names after the verb are objects
        // (lowercase only: "May and Corbyn hold talks" names somebody)
        let auxiliary = toks.get(from).is_some_and(|t| {
            OPENING_AUXILIARIES.contains(&t.lower.as_str())
                && t.text.starts_with(char::is_lowercase)
        });
        if auxiliary && from < v {
            return vec![];
        }
        // "South Korea says won't scrap Japan's deal but wants more", "rejects Israel's
        // map and demands …": a verb coordinated after the clause's first verb shares its
        // subject, which stands before that verb (the names after it are its object)
        let v = coordinated_after_verb(lw, from, v).unwrap_or(v);
        let group = first_group_filtered(toks, mentions, from, v);
        // the head of the subject phrase is not the actor: "Qatar Airways pilots",
        // "Ukraine's football federation", "Colombia's truckers' union"
        if let Some(last) = mentions
            .iter()
            .filter(|m| m.start >= from && m.end <= v)
            .map(|m| m.end)
            .max()
        {
            // (a participle or a relative clause right after the name modifies it: "the
            // union representing its train crews" is the union)
            let modified = lw
                .get(last)
                .is_some_and(|w| w.ends_with("ing") || matches!(*w, "who" | "which" | "that"));
            // ("Argentina's three main creditor groups": the creditors' own bodies)
            let creditor_body = lw[last..v].windows(2).any(|w| {
                matches!(w[0], "creditor" | "bondholder" | "lender")
                    && matches!(w[1], "group" | "groups" | "committee" | "bloc" | "blocs")
            });
            if !modified
                && (creditor_body || lw[last..v].iter().any(|w| NON_STATE_HEADS.contains(w)))
            {
                return vec![];
            }
        }
        group
    }

    /// "Unions reject Transnet's pay offer", "Transnet unions turn down revised offer": the
    /// unions, unnamed, are all the unions the watchlist follows (an employer's name before
    /// them only says whose; not "Akava unions", a confederation's own, nor "Nordic unions",
    /// somebody else's name before them).
    fn unnamed_unions(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        start: usize,
        v: usize,
        span: &[&str],
    ) -> Option<Vec<usize>> {
        let unions = self.watchlist.actors.trade_unions();
        let someone_elses =
            (start..v).any(
                |i| match mentions.iter().find(|m| m.start <= i && i < m.end) {
                    Some(m) => self.watchlist.actors.is_labour_body(m.actor),
                    None => i > start && toks[i].text.starts_with(char::is_uppercase),
                },
            );
        (!unions.is_empty()
            && span.len() <= 3
            && span.last() == Some(&"unions")
            && !someone_elses
            && !span.iter().any(|w| matches!(*w, "," | ";" | ":")))
        .then_some(unions)
    }

    /// Resolves the actor of an active hit: the subject, else a relative antecedent, a
    /// collective ("both sides") as the parties named, the previous clause's subject, the
    /// speaker, or the headline subject for an anaphor ("the group", "it").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn resolve(
        &self,
        subj: Vec<usize>,
        toks: &[Token],
        lw: &[&str],
        mentions: &[Mention],
        at: &At,
        sentence_speaker: &[usize],
        headline: &super::Headline,
    ) -> (Vec<usize>, String) {
        let headline_actor = headline.actor.as_slice();
        let (cl, v, prev_subject) = (at.cl, at.v, at.prev_subject);
        if !subj.is_empty() {
            return (subj, "subject".into());
        }
        if !cl.antecedent.is_empty() {
            return (cl.antecedent.clone(), "relative clause antecedent".into());
        }
        if cl.relative_unnamed {
            return (vec![], "relative clause about somebody unnamed".into());
        }
        let span: Vec<&str> = lw[cl.start..v]
            .iter()
            .copied()
            .filter(|w| {
                !DETERMINERS.contains(w) || matches!(*w, "its" | "their" | "his" | "her" | "our")
            })
            .collect();
        // "Yemen's rivals", "Sudan's warring parties": the sides of a country's war
        let possessive = lw[cl.start..v]
            .windows(2)
            .any(|w| w[0] == "'s" && COLLECTIVE_HEADS.contains(&w[1]));
        // "Both governments said they accepted the ruling": "they" are the speakers, the
        // sides, not the headline's first subject
        let anaphor_of_sides = cl.reported
            && cl.speaker.is_empty()
            && span.iter().all(|w| ANAPHORS.contains(w))
            && collective_speaker(lw, cl.start);
        if let Some(unions) = self.unnamed_unions(toks, mentions, cl.start, v, &span) {
            return (
                unions,
                "the unions the watchlist follows (\"unions\")".into(),
            );
        }
        if collective(&span) || possessive || anaphor_of_sides || meeting_agrees(&span, lw[v]) {
            let mut parties = named_parties(toks, mentions, sentence_speaker);
            parties.retain(|a| !self.mediators.contains(a));
            if parties.len() >= 2 {
                return (
                    parties,
                    "the sides named in the sentence (collective subject)".into(),
                );
            }
            let mut sides = headline.sides.clone();
            sides.retain(|a| !self.mediators.contains(a));
            if sides.len() >= 2 {
                return (sides, "the headline's sides (collective subject)".into());
            }
            // "Yemen's warring parties agree to a truce": the sides, unnamed (a joint act
            // only: see `not_a_party`)
            return (vec![], UNNAMED_SIDES.into());
        }
        let names_somebody = head_names_somebody(toks, lw, mentions, cl.start, v);
        // ("a group holding Americans in Beirut demanded …", "another group said …": an
        // indefinite head brings in somebody new; it refers back to nobody)
        let indefinite_head = (cl.start + 1..v).any(|i| {
            // ("a group of leaders led by the interim president": a quantity of them)
            ANAPHORS.contains(&lw[i])
                && matches!(lw[i - 1], "a" | "an" | "another")
                && lw.get(i + 1) != Some(&"of")
        });
        let anaphoric =
            span.iter().any(|w| ANAPHORS.contains(w)) && !names_somebody && !indefinite_head;
        let content = indefinite_head
            || span.iter().any(|w| {
                w.chars().next().is_some_and(|c| c.is_alphabetic())
                    && !ANAPHORS.contains(w)
                    && !EMPTY_SUBJECT_WORDS.contains(w)
            });
        // a named non-party subject ("UN Security Council backs …") is nobody we follow;
        // after a headline's "Speaker:" too ("Egypt: Fatah returns to the table" is not
        // Egypt's return), though the clause counts as coordinated there
        let after_colon = cl.start > 0 && toks[cl.start - 1].text == ":";
        // ("…, while growers' groups backed the agreement": a subject owned by a plural
        // common noun is its own, in a coordinated clause too)
        let plural_owner = (cl.start + 1..v).any(|i| {
            lw[i] == "'s"
                && lw[i - 1].ends_with('s')
                && toks[i - 1].text.starts_with(char::is_lowercase)
        });
        if content && !anaphoric && (!cl.coordinated || after_colon || plural_owner) {
            return (vec![], "non-party subject".into());
        }
        // "Baku says US risks losing its role, scraps meeting": after a reported clause, a
        // comma-coordinated verb belongs to the speaker
        // (", and demanded the release …" too: the comma before the "and")
        let after_comma = (cl.start > 0 && toks[cl.start - 1].text == ",")
            || (cl.start > 1
                && toks[cl.start - 1].lower == "and"
                && toks[cl.start - 2].text == ",");
        if cl.coordinated && cl.reported && after_comma && !cl.speaker.is_empty() && !content {
            return (
                cl.speaker.clone(),
                "speaker (verb coordinated after reported speech)".into(),
            );
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
        // "The group accepted the plan, Egyptian officials said": the group is the
        // headline's subject, not the one who tells
        if anaphoric && !content && prev_subject.is_empty() && !headline_actor.is_empty() {
            return (headline_actor.to_vec(), "headline subject (anaphor)".into());
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

/// Does the subject's anaphor head ("group", "government") name somebody rather than refer
/// back? A capitalised name that is no party right before it, or a possessive name that is
/// no party before it and its adjectives.
fn head_names_somebody(
    toks: &[Token],
    lw: &[&str],
    mentions: &[Mention],
    start: usize,
    v: usize,
) -> bool {
    // "the group", "the movement" refer back; "Yemen's Houthi movement", "the Taliban
    // group" name somebody (a capitalised name that is no party right before the head)
    let named_head = (start + 1..v).any(|i| {
        ANAPHORS.contains(&lw[i])
            && toks[i - 1]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !mentions.iter().any(|m| m.start < i && i - 1 < m.end)
            && !DETERMINERS.contains(&lw[i - 1])
            && !ANAPHORS.contains(&lw[i - 1])
    });
    // ("Britain's new government offers train drivers a pay deal": a possessive name
    // that is no party, before the head and its adjectives, names somebody too)
    let owned_head = (start + 1..v).any(|i| {
        ANAPHORS.contains(&lw[i])
            && (start + 1..i).any(|j| {
                lw[j] == "'s"
                    && toks[j - 1]
                        .text
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                    && !mentions.iter().any(|m| m.start < j && j - 1 < m.end)
            })
    });
    named_head || owned_head
}

/// Auxiliaries and modals that open a clause whose subject was dropped ("says won't …").
const OPENING_AUXILIARIES: &[&str] = &[
    "won't", "wo", "will", "would", "can't", "cannot", "could", "should", "must", "may", "might",
    "has", "have", "had", "did", "does", "'ll",
];

/// Where the clause's first verb stands, when `v` is coordinated after it by "but" or
/// "and" (the subject is before that verb).
fn coordinated_after_verb(lw: &[&str], from: usize, v: usize) -> Option<usize> {
    if v < from + 2 || !matches!(lw[v - 1], "but" | "and") {
        return None;
    }
    (from..v - 1).find(|&j| {
        let w = lw[j];
        matches!(
            w,
            "won't" | "wo" | "will" | "would" | "can't" | "cannot" | "n't" | "has" | "have" | "had"
        ) || ((w.ends_with("es") || w.ends_with("ed")) && w.len() > 4 && j > from)
    })
}

/// "the two sides", "both parties", "the warring factions", "rival generals": the
/// parties together, whoever they are.
/// The words right before the speech verb that opens a reported clause are a collective
/// subject ("both governments said …", "the two sides told reporters …").
fn collective_speaker(lw: &[&str], start: usize) -> bool {
    let Some(speech) = (start.saturating_sub(4)..start)
        .rev()
        .find(|&i| SPEECH.contains(&lw[i]))
    else {
        return false;
    };
    let from = speech.saturating_sub(4);
    let span: Vec<&str> = lw[from..speech].to_vec();
    collective(&span) && !span.iter().any(|w| matches!(*w, "," | ";" | ":"))
}

/// Pattern: the meeting as the subject of its outcome ("Normandy summit agrees full
/// ceasefire", "Grozny talks agree three-day extension of truce", "participants in the
/// talks agreed to hold elections"): what a round of talks agrees, the sides at its table
/// agree. (Only agreeing: "Doha talks stall" says what became of the talks, not who acted.
/// Not a conference: "the 52-nation conference agreed to merge the mediations" is a wider
/// forum deciding about the talks.)
fn meeting_agrees(span: &[&str], verb: &str) -> bool {
    verb.starts_with("agree")
        && span.len() <= 4
        && !span.iter().any(|w| matches!(*w, "," | ";" | ":"))
        && span
            .last()
            .is_some_and(|w| matches!(*w, "talks" | "summit" | "negotiations"))
}

fn collective(span: &[&str]) -> bool {
    // "Nations agree $300bn climate finance deal", "almost 200 countries adopted the
    // goal": states or parties with nothing to single some out, alone or counted, are all
    // the parties at the table
    // (and "Delegations sit down at Panmunjom", "the two delegations met": the teams at
    // the table, unnamed, are the sides')
    let states = |w: &&str| {
        matches!(
            *w,
            "nations" | "countries" | "parties" | "governments" | "delegations"
        )
    };
    let counted = span.iter().any(|w| w.parse::<u32>().is_ok_and(|n| n >= 2));
    if (span.len() == 1 || (counted && span.len() <= 3)) && span.last().is_some_and(states) {
        return true;
    }
    let numbered = span.iter().any(|w| numbered_sides(w));
    (span.iter().any(|w| COLLECTIVE_HEADS.contains(w))
        && (numbered || span.iter().any(|w| COLLECTIVE_MARKERS.contains(w))))
        // "six-party talks reach deal", "four-way talks agree": talks counted by their
        // sides are those sides at the table
        || (numbered && span.contains(&"talks"))
}

/// "six", "four-party", "three-way", "six-nation": a count of the sides. A multilateral
/// negotiation's reports name its parties by their number ("six powers agree").
pub(super) fn numbered_sides(w: &str) -> bool {
    let (count, unit) = w.split_once('-').unwrap_or((w, ""));
    COUNTS.contains(&count)
        && matches!(
            unit,
            "" | "party" | "nation" | "way" | "power" | "country" | "sided"
        )
}

const COUNTS: &[&str] = &[
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "two",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The sides a sentence names: "between X and Y", else every actor mention that is not a
/// destination or a speaker.
fn named_parties(toks: &[Token], mentions: &[Mention], speaker: &[usize]) -> Vec<usize> {
    let between = toks.iter().position(|t| t.lower == "between");
    if let Some(b) = between {
        let g = first_group(toks, mentions, b + 1, toks.len());
        if g.len() >= 2 {
            return g;
        }
    }
    sentence_parties(toks, mentions, speaker)
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

/// Is the mention governed by a preposition or a verb that makes it an object ("to
/// Cairo", "told Qatar", "urged Israel"), or a place after "from"/"of"?
fn governed(toks: &[Token], m: &Mention, from: usize) -> bool {
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
    // "withdraw from Ukraine talks", "pull out of Congo talks": what is left is no actor
    let left = (p1 == "from"
        && (DEPARTURE_VERBS.contains(&p2) || matches!(p2, "out" | "away" | "back")))
        || (p1 == "of" && p2 == "out");
    // "the SPLM-N faction led by al-Hilu said …", "a delegation headed by the foreign
    // minister": the leader names the group the subject is
    let leader = p1 == "by" && LEADER_PARTICIPLES.contains(&p2);
    (GOVERNORS.contains(&p1) && !leader)
        || left
        // ("the", or a quantifier: "nursing staff at many NHS employers", "talks with
        // several Hamas officials")
        || (matches!(
            p1,
            "the" | "a" | "an" | "many" | "some" | "several" | "most" | "all" | "both" | "other"
        ) && GOVERNORS.contains(&p2))
        || (m.place
            && (matches!(p1, "from" | "of") || (p1 == "the" && matches!(p2, "from" | "of"))))
}

/// Like `first_group`, but skipping modifiers inside compounds ("Hamas-backed") and
/// mentions governed by a preposition or an object-taking verb.
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
        .filter(|m| !governed(toks, m, from))
        // ("Moscow gunmen spurn Kremlin offer": a city right before another party's noun
        // is where that party is, not its own state acting)
        .filter(|m| !place_before_party(mentions, m))
        .filter(|m| !owner_of_a_relation(toks, m))
        .collect();
    group_from(toks, &ms)
}

/// Is `m` the owner of somebody named by their relation to it ("Leterme's cartel partner
/// turned down his plan", "Netanyahu rival Gantz agrees")? The partner or the rival
/// acts, not the party named for it (not "allies": "Merkel's allies" are her own camp).
fn owner_of_a_relation(toks: &[Token], m: &Mention) -> bool {
    const RELATIONS: &[&str] = &[
        "partner",
        "partners",
        "rival",
        "rivals",
        "opponent",
        "opponents",
        "critic",
        "critics",
        "foe",
        "foes",
        "successor",
        "predecessor",
        "challenger",
        "challengers",
    ];
    let possessive = toks
        .get(m.end)
        .is_some_and(|t| t.lower == "'s" || t.lower == "'");
    // ("cartel partner": the party's name modifying the relation is no subject either)
    let modifier = toks
        .get(m.end)
        .is_some_and(|t| RELATIONS.contains(&t.lower.as_str()));
    modifier
        || (possessive
            // (the relation heads the possessed phrase: "Reform's price for partners"
            // owns a price, and the partners after "for" are somebody else)
            && (m.end + 1..(m.end + 4).min(toks.len()))
                .take_while(|&i| {
                    !toks[i].punct
                        && !matches!(
                            toks[i].lower.as_str(),
                            "for" | "of" | "to" | "with" | "on" | "in" | "and" | "from"
                        )
                })
                .any(|i| RELATIONS.contains(&toks[i].lower.as_str())))
}

/// Is `m` a place name right before the mention of another party ("Moscow gunmen",
/// "Doha Hamas office")?
fn place_before_party(mentions: &[Mention], m: &Mention) -> bool {
    m.place
        && mentions
            .iter()
            .any(|o| o.start == m.end && o.actor != m.actor && !o.place)
}

/// Coordinated mentions from the first: joined by "and", ",", "&" or role nouns
/// ("the Colombian government and ELN negotiators").
pub(super) fn group_from(toks: &[Token], ms: &[&Mention]) -> Vec<usize> {
    let Some(first) = ms.first() else {
        return vec![];
    };
    let mut out = vec![first.actor];
    let mut end = first.end;
    for m in &ms[1..] {
        let same_token = m.start < end;
        let between = if same_token {
            &toks[0..0]
        } else {
            &toks[end..m.start]
        };
        let joined = between
            .iter()
            .any(|t| matches!(t.lower.as_str(), "and" | "," | "&" | "plus"));
        let glue = !same_token
            && between.iter().enumerate().all(|(k, t)| {
                GROUP_GLUE.contains(&t.lower.as_str())
                    || ROLE_NOUNS.contains(&t.lower.as_str())
                    // "and the Iran-aligned Houthis": a compound modifier
                    || (t.lower.contains('-') && t.lower.len() > 3)
                    // "the government and the ethnic Albanian guerrillas": after the
                    // "and", the next party's adjectives (capitalised, or "ethnic")
                    || (k > 0 && (proper_adjective(t) || t.lower == "ethnic"))
                    // "Touadera and leaders of 14 armed groups": the party whose
                    // leaders they are
                    || (t.lower == "of"
                        && k > 0
                        && ROLE_NOUNS.contains(&between[k - 1].lower.as_str()))
            })
            // "Congolese President Felix Tshisekedi": one actor named twice needs no "and"
            && (joined
                || out.last() == Some(&m.actor)
                || between
                    .iter()
                    .all(|t| GROUP_GLUE.contains(&t.lower.as_str())));
        // "Colombia's ELN", "Yemen's Houthis": the possessor only places the group (also
        // through a plain lowercase modifier or two before a party named by a common noun:
        // "South Korea's wartime labour victims"; a name there is itself a modifier, "the
        // UAW's national Ford council")
        // (a bare "government" or "officials" there is the possessor's own: "Chile's
        // military government")
        let common_noun = toks[m.start..m.end]
            .iter()
            .all(|t| t.text.chars().all(|c| !c.is_uppercase()))
            && !toks[m.start..m.end].iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "government"
                        | "cabinet"
                        | "ministry"
                        | "administration"
                        | "authorities"
                        | "officials"
                        | "junta"
                        | "regime"
                        | "leadership"
                        | "president"
                        | "parliament"
                )
            });
        let possessive = !same_token
            && between.first().is_some_and(|t| t.lower == "'s")
            && (between.len() == 1 || (between.len() <= 3 && common_noun))
            && between[1..].iter().all(|t| {
                t.text.chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(
                        t.lower.as_str(),
                        "and" | "or" | "of" | "the" | "to" | "in" | "for" | "with" | "by" | "at"
                    )
            });
        // "British Airways pilots", "Verizon union": an employer's name right before the
        // name of its workforce, with nothing between, only says whose workforce; the
        // workforce is who acts ("FACT rebels" or "opposition deputies" name one side)
        // ("BA cabin crew": through a plain lowercase noun or two of the workforce's own)
        let plain_nouns = between.len() <= 2
            && between.iter().all(|t| {
                t.text.chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(
                        t.lower.as_str(),
                        "and" | "or" | "of" | "the" | "to" | "in" | "for" | "with" | "by" | "at"
                    )
            });
        let modifier = !same_token
            && plain_nouns
            && m.end > m.start
            && toks
                .get(m.end - 1)
                .is_some_and(|t| WORKFORCE_HEADS.contains(&t.lower.as_str()));
        if (possessive || modifier) && out.len() == 1 && out[0] != m.actor {
            out[0] = m.actor;
            end = m.end;
            continue;
        }
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

/// A capitalised adjective of a people ("Albanian", "Pakistani", "Sudanese").
fn proper_adjective(t: &Token) -> bool {
    !t.punct && t.text.chars().next().is_some_and(char::is_uppercase) && demonym_ending(&t.lower)
}

/// Parties named in a sentence, for agentless passives ("Israel-Hamas truce agreed"):
/// the speaker of "X: …" when there is one, else every mention that is not a place after
/// a preposition nor a recipient ("handed to Israel and Hamas").
pub(super) fn sentence_parties(
    toks: &[Token],
    mentions: &[Mention],
    speaker: &[usize],
) -> Vec<usize> {
    if !speaker.is_empty() && toks.iter().take(6).any(|t| t.text == ":") {
        // the speaker, and the sides of a compound ("Israel-Hamas truce agreed")
        let mut out = speaker.to_vec();
        for m in mentions.iter().filter(|m| m.compound_of_actors) {
            if !out.contains(&m.actor) {
                out.push(m.actor);
            }
        }
        return out;
    }
    let mut out = Vec::new();
    for m in mentions {
        // ("Senegal-Casamance talks postponed": a compound of names is the sides, the one
        // we follow among them; "Hamas-backed" is a modifier)
        let names_only = toks[m.start]
            .text
            .split('-')
            .all(|p| p.starts_with(|c: char| c.is_uppercase()));
        if m.in_compound && !m.compound_of_actors && !names_only {
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
        // recipients, absentees and counterparts are not the actors: "handed to Israel",
        // "opened without the army", "terms with Washington" ("between" names the sides)
        if p1 != "between"
            && governed(toks, m, 0)
            && !matches!(p1, "by" | "through" | "for" | "after")
        {
            continue;
        }
        // "under Egyptian and Qatari mediation": named as mediators
        let after: Vec<&str> = toks[m.end..(m.end + 4).min(toks.len())]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        let mediating = after
            .iter()
            .take_while(|w| !matches!(**w, "," | "." | ";"))
            .any(|w| w.starts_with("mediat"));
        if mediating
            && after
                .first()
                .is_some_and(|w| w.starts_with("mediat") || *w == "and")
        {
            continue;
        }
        // "the sides accepted the Security Council framework", "… the Egyptian
        // proposal": the proposer named in the text's name is not one of the sides
        let head = match toks.get(m.end).map(|t| t.lower.as_str()) {
            Some("'s") => toks.get(m.end + 1),
            _ => toks.get(m.end),
        };
        if head.is_some_and(|t| super::rules::word_set("draft").contains(&t.lower)) {
            continue;
        }
        // "talks open in Geneva as UN seeks a lasting truce": the subject of a
        // subordinate clause is not a side of this one (an attribution's speaker is kept:
        // "deal reached, Qatar says" is the mediator announcing both)
        if matches!(p1, "as" | "while" | "when" | "whereas") {
            continue;
        }
        if !out.contains(&m.actor) {
            out.push(m.actor);
        }
    }
    out
}

/// How a collective subject that names nobody is resolved: the sides, unnamed.
pub(super) const UNNAMED_SIDES: &str = "the sides, unnamed (collective subject)";

/// "the rebels' decision to call off the talks", "Hamas's refusal to send a team": the
/// act is the possessor's, whoever the clause's subject is. `None` when the verb is no
/// such complement or the possessor is "its"/"their" (then the subject decides).
fn decision_owner(lw: &[&str], mentions: &[Mention], cl: &Clause, v: usize) -> Option<Vec<usize>> {
    if v < cl.start + 3 || lw[v - 1] != "to" || !DECISION_NOUNS.contains(&lw[v - 2]) {
        return None;
    }
    let p = (v.saturating_sub(5).max(cl.start)..v - 2)
        .rev()
        .find(|&p| matches!(lw[p], "'s" | "'" | "its" | "their" | "his" | "her"))?;
    if !matches!(lw[p], "'s" | "'") {
        return None;
    }
    // ("the Israeli government's decision to suspend": the name, then the head it
    // qualifies, own the decision)
    let owned_through = |m: &Mention| {
        m.end < p && p <= m.end + 2 && lw[m.end..p].iter().all(|w| OWNER_HEADS.contains(w))
    };
    Some(
        mentions
            .iter()
            .filter(|m| m.end == p || owned_through(m))
            .map(|m| m.actor)
            .collect(),
    )
}

/// Heads after a party's name that still name the party as an owner ("the Israeli
/// government's decision", "the Palestinian side's refusal").
const OWNER_HEADS: &[&str] = &[
    "government",
    "cabinet",
    "side",
    "team",
    "delegation",
    "leadership",
    "administration",
    "authorities",
    "negotiators",
    "leaders",
    "president",
    "minister",
    "prime",
];
