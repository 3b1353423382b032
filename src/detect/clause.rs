//! Clauses: a sentence split at conjunctions, subordinators and speech verbs, each with
//! what its opening says (background opener, reported speech and its speaker, relative
//! antecedent, coordination without a subject of its own).

use super::actors::first_group_filtered;
use super::lexicon::*;
use super::Detector;
use crate::text::Token;
use crate::watchlist::{in_mention, Mention};

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
    /// A relative clause whose antecedent names no actor ("the movements that left the
    /// talks"): whoever acts in it is that unnamed antecedent, not the speaker.
    pub(super) relative_unnamed: bool,
}

impl<'a> Detector<'a> {
    /// A finite form of a rule verb ("scraps", "recalled"), not a base form or a gerund.
    pub(super) fn finite_verb(&self, w: &str) -> bool {
        (w.ends_with('s') || w.ends_with("ed")) && w.len() > 3 && !self.index.lookup(w).is_empty()
    }

    /// Splits a sentence into clauses.
    pub(super) fn clauses(&self, toks: &[Token], mentions: &[Mention]) -> Vec<Clause> {
        let mut out: Vec<Clause> = Vec::new();
        let mut cur = Clause::open(0, toks.len());
        let mut i = 0;
        while i < toks.len() {
            let w = toks[i].lower.as_str();
            // (not a bracket inside a party's name: "NSCN (IM) demands …"; the name's
            // first word is no bracket)
            let in_name = in_mention(mentions, i);
            let boundary_punct =
                (toks[i].punct && matches!(w, ";" | "—" | "–" | "(" | ")" | ":") && !in_name)
                    || self.comma_verb(toks, mentions, &cur, i);
            // ("once talks resumed": the time of another act, as "after" is; not "once
            // again", "once more", "at once")
            let once = w == "once"
                && toks.get(i + 1).is_some_and(|n| {
                    !matches!(n.lower.as_str(), "again" | "more" | "a" | "an" | "the")
                })
                && !matches!(toks[i - 1.min(i)].lower.as_str(), "at" | "all");
            let is_clause_word = (CLAUSE_WORDS.contains(&w) || once) && i > cur.start;
            let is_speech = i > cur.start && speech_verb(toks, mentions, i);
            let absolute = i > cur.start && absolute_with(toks, mentions, i);
            let own_subject = self.and_own_subject(toks, mentions, &cur, i);
            if self.relative_ends(toks, &cur, i) {
                // the main clause resumes: its subject is the one before the relative
                // pronoun (the previous clause's), as for a coordinated verb
                let mut next = Clause::open(i, toks.len());
                next.coordinated = true;
                next.reported = cur.reported;
                next.speaker = cur.speaker.clone();
                cur.end = i;
                out.push(cur);
                cur = next;
                i += 1;
                continue;
            }
            let split = absolute
                || own_subject
                || ((boundary_punct || is_clause_word || is_speech)
                    && !joins_words(toks, mentions, i));
            if split {
                cur.end = i;
                let speaker_before = if is_speech {
                    first_group_filtered(toks, mentions, cur.start, i)
                } else {
                    vec![]
                };
                let mut next = next_clause(
                    toks,
                    mentions,
                    &cur,
                    i,
                    is_speech,
                    boundary_punct,
                    speaker_before,
                );
                next.coordinated &= !own_subject;
                if cur.end > cur.start || !out.is_empty() {
                    out.push(cur);
                }
                cur = next;
            }
            i += 1;
        }
        cur.end = toks.len();
        out.push(cur);
        background_first_clause(toks, out)
    }

    /// "the Albanians asked for time and Serbia refused the plan": "and" before an actor
    /// and its finite verb, after a clause with a verb of its own, opens a clause with its
    /// own subject ("Israel and Hamas agree" has no verb before "and").
    fn and_own_subject(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        cur: &Clause,
        i: usize,
    ) -> bool {
        let verb_after = mentions
            .iter()
            .find(|m| m.start == i + 1 && !m.in_compound)
            .and_then(|m| toks.get(m.end))
            .is_some_and(|t| self.finite_verb(&t.lower));
        toks[i].lower == "and"
            && i > cur.start
            && verb_after
            && (cur.start..i).any(|j| self.finite_verb(&toks[j].lower))
    }

    /// "the armed groups that signed a peace accord in February have agreed to …": in a
    /// relative clause that already has its verb, an auxiliary or modal before another
    /// verb is the main clause's predicate coming back.
    fn relative_ends(&self, toks: &[Token], cur: &Clause, i: usize) -> bool {
        let relative = cur.is_relative();
        // (active only: "news that the sides had initialled a text was met with hope"
        // is a passive whose subject is the news)
        let aux = matches!(toks[i].lower.as_str(), "have" | "has" | "will" | "would");
        if !relative || !aux || i < cur.start + 2 {
            return false;
        }
        let own_verb = (cur.start..i).any(|j| {
            let w = toks[j].lower.as_str();
            self.finite_verb(w) || (w.ends_with("ed") && w.len() > 4)
        });
        let verb_next = toks.get(i + 1).is_some_and(|t| {
            let w = t.lower.as_str();
            w != "been" && (w.ends_with("ed") || !self.index.lookup(w).is_empty())
        });
        own_verb && verb_next
    }

    /// ", scraps the meeting" after a clause with its own verb: a second verb of the
    /// sentence's subject ("Baku says US risks losing its role, scraps meeting"), not
    /// "agreed on, initialled and signed the text" (a chain of verbs). ", Tsvangirai
    /// rejects it" is a second clause with a subject of its own ("Mugabe camp accepts SADC
    /// plan, …"; "Israel, Hamas agree" has no verb before its comma). A relative clause
    /// ", which chairs ASEAN," ends at its comma too.
    fn comma_verb(&self, toks: &[Token], mentions: &[Mention], cur: &Clause, i: usize) -> bool {
        let relative = cur
            .background_opener
            .as_deref()
            .is_some_and(|o| o.starts_with(", "));
        let own_subject = mentions.iter().find(|m| m.start == i + 1).map(|m| m.end);
        // ("…, Cairo talks halted": a name, its noun and a participle are a clause too)
        let participle_after_noun = |k: usize| {
            toks.get(k + 1)
                .is_some_and(|t| t.lower.ends_with("ed") && !self.index.lookup(&t.lower).is_empty())
                && toks.get(k).is_some_and(|t| !t.punct)
        };
        let verb_follows = match own_subject {
            Some(k) => {
                toks.get(k).is_some_and(|t| self.finite_verb(&t.lower)) || participle_after_noun(k)
            }
            None => {
                i + 1 < toks.len()
                    && ((i + 1..i + 3).any(|k| {
                        participle_after_noun(k)
                            && toks[i + 1..=k]
                                .iter()
                                .all(|t| !t.punct && !DETERMINERS.contains(&t.lower.as_str()))
                    }) || self.finite_verb(&toks[i + 1].lower)
                        || (!toks[i + 1].lower.ends_with("ing")
                            && !self.index.lookup(&toks[i + 1].lower).is_empty()))
            }
        };
        // "ETA says peace process 'in crisis', demands end to arrests": a headline's
        // verbless report, then a present-tense verb of the speaker's own
        let reported_then_verb = cur.reported
            && !cur.speaker.is_empty()
            && own_subject.is_none()
            && toks.get(i + 1).is_some_and(|t| {
                t.lower.ends_with('s') && !t.lower.ends_with("ss") && self.finite_verb(&t.lower)
            });
        toks[i].lower == ","
            && !(i > 0 && matches!(toks[i - 1].lower.as_str(), "on" | "to" | "upon" | "with"))
            && verb_follows
            && (relative
                || reported_then_verb
                || (cur.start..i).any(|j| {
                    let t = toks[j].lower.as_str();
                    self.finite_verb(t)
                        || matches!(t, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                        || (t.ends_with('s') && mentions.iter().any(|m| m.end == j))
                }))
    }
}

impl Clause {
    /// A relative clause ("the groups that signed …"), its antecedent named or not.
    pub(super) fn is_relative(&self) -> bool {
        !self.antecedent.is_empty() || self.relative_unnamed
    }

    fn open(start: usize, end: usize) -> Clause {
        Clause {
            start,
            end,
            background_opener: None,
            reported: false,
            speaker: vec![],
            antecedent: vec![],
            coordinated: false,
            relative_unnamed: false,
        }
    }
}

/// "Talks break down as Athens rejects extension text": "as", a party and a verb in the
/// present tense tell what happens at the same time, the news too (not "as talks
/// resumed", told as the time of something else); so does "after" with a party and a
/// present tense.
fn concurrent(toks: &[Token], mentions: &[Mention], i: usize) -> bool {
    let Some(first) = mentions.iter().find(|m| m.start == i + 1) else {
        return talks_act_after(toks, i);
    };
    // ("as VVD, CDA, D66 and ChristenUnie start talks": a coordinated group of parties is
    // one plural subject; its verb follows the last of them)
    let (m, group) = (first, coordinated_group_end(toks, mentions, first));
    // ("signed as Yerevan proposes": "as" before a verb of wanting is a manner)
    let manner = |w: &str| {
        matches!(
            w,
            "proposes"
                | "wants"
                | "demands"
                | "says"
                | "insists"
                | "suggests"
                | "requests"
                | "expects"
                | "hopes"
                | "wishes"
                | "seeks"
                | "asks"
                | "urges"
                | "calls"
        )
    };
    // ("Nicaragua dialogue suspended after government rejects agenda": "after", a party
    // and a present tense is a headline's cause, news of the same day; told in the past,
    // "after Hamas rejected", it recalls the earlier step)
    // (a verb with an object of its own is the act, not the manner: "deal in jeopardy as
    // Mauritius demands changes")
    let object_after = |end: usize| {
        toks.get(end + 1).is_some_and(|t| {
            !t.punct
                && !matches!(
                    t.lower.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "to"
                        | "in"
                        | "on"
                        | "at"
                        | "by"
                        | "for"
                        | "with"
                        | "that"
                )
        })
    };
    let object_follows = object_after(m.end);
    // ("as Albanians boycott session": a plural party takes the base form, and with an
    // object of its own it is the act too)
    let plural_party = !std::ptr::eq(group, first)
        || (toks[m.end - 1].lower.ends_with('s') && !toks[m.end - 1].lower.ends_with("ss"));
    let base_form_act = toks[i].lower == "as"
        && plural_party
        && object_after(group.end)
        && toks.get(group.end).is_some_and(|t| {
            !t.punct
                && t.lower.chars().all(|c| c.is_ascii_lowercase())
                && !t.lower.ends_with('s')
                && !t.lower.ends_with("ed")
                && !t.lower.ends_with("ing")
                && !matches!(
                    t.lower.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "to"
                        | "are"
                        | "were"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "must"
                        | "have"
                        | "had"
                        | "do"
                        | "did"
                )
        });
    matches!(toks[i].lower.as_str(), "as" | "after")
        && toks.get(m.end).is_some_and(|t| {
            (t.lower.ends_with('s')
                && !t.lower.ends_with("ss")
                && !t.lower.ends_with("'s")
                && (!manner(&t.lower) || object_follows))
                || base_form_act
        })
}

/// "strike to go ahead after weekend talks collapse": "after" and the talks (a modifier or
/// two before them) with a verb of their course in the present tense is the headline's
/// cause, news of the same day (told in the past, "after talks collapsed", it recalls).
fn talks_act_after(toks: &[Token], i: usize) -> bool {
    // ("a week after talks fail": a distance in time recalls the end)
    let distance = i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "hours"
                | "shortly"
                | "soon"
                | "long"
        );
    let course = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "collapse" | "fail" | "stall" | "falter" | "founder" | "break" | "end"
        )
    };
    // ("after talks with studios collapse", "after talks between the sides fail": the
    // talks' own phrase may name who talks, up to the verb)
    let phrase_then_course = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "with" | "between" | "on" | "over"))
            && (k + 2..(k + 7).min(toks.len()))
                .take_while(|&j| !toks[j].punct)
                .any(|j| course(&toks[j]))
    };
    toks[i].lower == "after"
        && !distance
        && (i + 1..(i + 4).min(toks.len())).any(|k| {
            matches!(toks[k].lower.as_str(), "talks" | "negotiations")
                && (toks.get(k + 1).is_some_and(course) || phrase_then_course(k))
        })
}

/// The last mention of a group coordinated from `first` by ",", "and" or "&" ("VVD, CDA,
/// D66 and ChristenUnie"), or `first` itself.
fn coordinated_group_end<'a>(
    toks: &[Token],
    mentions: &'a [Mention],
    first: &'a Mention,
) -> &'a Mention {
    let mut last = first;
    while let Some(next) = mentions.iter().find(|n| {
        n.start > last.end
            && n.start <= last.end + 2
            && toks[last.end..n.start]
                .iter()
                .all(|t| matches!(t.lower.as_str(), "," | "and" | "&"))
    }) {
        last = next;
    }
    last
}

/// A speech verb that opens reported speech: not "added conditions" (adds something),
/// "said yes", "insisted on" or "announced a pause" (an act, not speech).
fn speech_verb(toks: &[Token], mentions: &[Mention], i: usize) -> bool {
    // ("Ali Said Abdella", "Mutu Say Poe": a word of a party's name says nothing)
    if in_mention(mentions, i) {
        return false;
    }
    let w = toks[i].lower.as_str();
    let next_w = toks.get(i + 1).map_or("", |t| t.lower.as_str());
    let adds_object = matches!(w, "added" | "adding" | "adds")
        && !matches!(
            next_w,
            "that" | "," | "it" | "they" | "he" | "she" | "we" | ""
        )
        && !mentions.iter().any(|m| m.start == i + 1);
    let insists_on = w.starts_with("insist") && (next_w == "on" || subjunctive_after(toks, i));
    let announces_act = w.starts_with("announc")
        && !matches!(next_w, "that" | "it" | "they" | "its" | "on" | "in")
        && !mentions.iter().any(|m| m.start == i + 1);
    let answers = matches!(next_w, "yes" | "no");
    // "Owners said to turn down pledge": a hedged report, its infinitive the act told of
    // (not "said to reporters", "said to the BBC")
    let hedged = HEDGED_REPORT.contains(&w)
        && next_w == "to"
        && toks.get(i + 2).is_some_and(|t| {
            let x = t.lower.as_str();
            !t.punct
                && !DETERMINERS.contains(&x)
                && !mentions.iter().any(|m| m.start == i + 2)
                && (!x.ends_with('s') || x.ends_with("ss"))
                && !matches!(x, "him" | "her" | "them" | "us" | "me" | "you" | "it")
        });
    // "Russia tells Japan to accept the war's outcome": telling a party to act commands it
    let commands = matches!(w, "tell" | "tells" | "told" | "telling")
        && mentions
            .iter()
            .any(|m| m.start == i + 1 && toks.get(m.end).is_some_and(|t| t.lower == "to"));
    SPEECH.contains(&w)
        && !(adds_object || answers || insists_on || announces_act || commands || hedged)
}

/// Pattern: the subjunctive of a demand ("insists the PLO leave first", "insisted that
/// names be decided in Kabul"): after the verb and a subject of one or more words, "be"
/// or a bare verb with a singular subject (a name, or a noun not in -s: "Haddad keep",
/// "the other go"). A modal, "to" or a pronoun before it makes a tensed or infinitive
/// verb, which the form alone cannot tell from a stated fact. The insisting is then an
/// act, a term set, not speech reported.
pub(super) fn subjunctive_after(toks: &[Token], v: usize) -> bool {
    const BARE: &[&str] = &[
        "keep",
        "leave",
        "remain",
        "stay",
        "withdraw",
        "go",
        "return",
        "pay",
        "hand",
        "drop",
        "accept",
        "release",
        "free",
        "hold",
        "retain",
        "step",
        "pull",
        "quit",
        "resign",
        "come",
        "disarm",
        "cancel",
        "scrap",
        "halt",
        "stop",
        "end",
        "recognise",
        "recognize",
        "table",
        "submit",
        "sign",
        "provide",
        "give",
        "allow",
        "lift",
        "reopen",
        "apologise",
        "apologize",
        "compensate",
        "include",
        "exclude",
        "guarantee",
        "commit",
    ];
    const NOT_SUBJECT: &[&str] = &[
        "will",
        "would",
        "must",
        "can",
        "could",
        "should",
        "may",
        "might",
        "shall",
        "to",
        "not",
        "cannot",
        "i",
        "we",
        "they",
        "you",
        "he",
        "she",
        "it",
        "that",
        "and",
        "or",
        "talks",
        "negotiations",
    ];
    let lw = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    // (a name in -s is singular: "Hamas table a list")
    let named = |i: usize| toks[i].text.chars().next().is_some_and(char::is_uppercase);
    let start = v + 1 + usize::from(lw(v + 1) == "that");
    // ("insists any troop-cost deal stay within the framework": a rule for whatever deal
    // comes, a stance, not a term of this one)
    if matches!(lw(start), "any" | "every" | "no") {
        return false;
    }
    let end = (start + 7).min(toks.len());
    let stop = (start..end).find(|&i| toks[i].punct).unwrap_or(end);
    // (the word before the verb ends its subject: no determiner or preposition, "insists
    // on a return", "the aim is a return"; and no modal or copula on the way, "must
    // eventually come", "is a return")
    let tensed =
        |w: &str| NOT_SUBJECT[..10].contains(&w) || matches!(w, "is" | "are" | "was" | "were");
    (start + 1..stop).any(|i| {
        let prev = lw(i - 1);
        !NOT_SUBJECT.contains(&prev)
            && !DETERMINERS.contains(&prev)
            && !matches!(
                prev,
                "on" | "of" | "in" | "for" | "with" | "at" | "by" | "from" | "as"
            )
            && !prev.ends_with("ly")
            && !(start..i).any(|k| tensed(lw(k)))
            && (lw(i) == "be" || (BARE.contains(&lw(i)) && (!prev.ends_with('s') || named(i - 1))))
    })
}

/// "talks ended with Australia offering personnel": "with", an actor and a participle
/// make an absolute clause whose subject is that actor, not the sentence's.
fn absolute_with(toks: &[Token], mentions: &[Mention], i: usize) -> bool {
    toks[i].lower == "with"
        && mentions
            .iter()
            .find(|m| m.start == i + 1 && !m.in_compound)
            .and_then(|m| toks.get(m.end))
            .is_some_and(|t| t.lower.len() > 5 && t.lower.ends_with("ing"))
}

/// A would-be boundary word that joins words instead: "and"/"or" inside "Israel and
/// Hamas" or without a comma before, "as" before a bare noun, "that" after a determiner.
fn joins_words(toks: &[Token], mentions: &[Mention], i: usize) -> bool {
    let w = toks[i].lower.as_str();
    if matches!(w, "and" | "or" | "nor" | "so" | "as" | "even") {
        let prev_mention = mentions.iter().any(|m| m.end == i);
        let next_mention = mentions.iter().any(|m| m.start == i + 1);
        let next_comma_prev = i > 0 && toks[i - 1].text == ",";
        if (prev_mention && next_mention && w != "as") || (!next_comma_prev && w != "as") {
            return true;
        }
        let next_cap = toks
            .get(i + 1)
            .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase));
        if w == "as"
            && !next_comma_prev
            && i + 1 < toks.len()
            && !DETERMINERS.contains(&toks[i + 1].lower.as_str())
            && !mentions.iter().any(|m| m.start == i + 1)
            && !next_cap
        {
            return true;
        }
    }
    w == "that" && i > 0 && DETERMINERS.contains(&toks[i - 1].lower.as_str())
}

/// "Harold Keke, the Weathercoast commander who stayed away from the talks, said …": a
/// relative pronoun inside an appositive (", the … who") describes someone, as ", who"
/// does.
fn appositive(toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(6)..i.saturating_sub(1)).any(|c| {
        toks[c].text == ","
            && matches!(toks[c + 1].lower.as_str(), "the" | "a" | "an")
            && toks[c + 2..i].iter().all(|t| !t.punct)
    })
}

/// The clause opened by the boundary at `i`, with what its opening word says.
fn next_clause(
    toks: &[Token],
    mentions: &[Mention],
    cur: &Clause,
    i: usize,
    is_speech: bool,
    boundary_punct: bool,
    speaker_before: Vec<usize>,
) -> Clause {
    let w = toks[i].lower.as_str();
    let report_at = (w == "that")
        .then(|| report_after_adverbials(toks, i))
        .flatten();
    let mut next = Clause::open(i + 1, toks.len());
    next.reported = cur.reported;
    next.speaker = cur.speaker.clone();
    if is_speech {
        next.reported = true;
        if !speaker_before.is_empty() {
            next.speaker = speaker_before;
        }
        next.start = after_addressee(toks, i);
    } else if BACKGROUND_OPENERS.contains(&w) && !concurrent(toks, mentions, i) {
        next.background_opener = Some(w.to_string());
        next.speaker = vec![];
    } else if matches!(w, "which" | "who" | "whose")
        && i > 0
        && (toks[i - 1].text == "," || appositive(toks, i))
    {
        // ", who brokered the truce," describes someone: background
        next.background_opener = Some(format!(", {w}"));
    } else if let Some(s) = report_at {
        // "Sihanouk said on Sunday after talks with Hun Sen that all four sides had
        // agreed": the "that" of the speech verb, after the adverbials between
        next.reported = true;
        next.speaker = first_group_filtered(toks, mentions, 0, s);
    } else if matches!(w, "which" | "who" | "that" | "whose") {
        // antecedent: nearest non-place actor just before, with no speech verb between
        // ("the delegation said the movements that left": the movements, unnamed)
        let spoken = |from: usize| {
            toks[from..i]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "said" | "says" | "say" | "told" | "tells"))
        };
        if matches!(w, "which" | "that")
            && i > 0
            && THINGS_THAT_ACT.contains(&toks[i - 1].lower.as_str())
        {
            // Pattern: a text's own doing ("a position paper that opens the talks", "a deal
            // which ends the strike"): the text is no party
            next.relative_unnamed = true;
        } else if let Some(m) = mentions
            .iter()
            .rev()
            .find(|m| m.end <= i && m.end + 6 >= i && !m.place)
            .filter(|m| !spoken(m.end))
        {
            next.antecedent = vec![m.actor];
        } else if w == "that" && i > 0 && toks[i - 1].lower.ends_with('s') && !toks[i - 1].punct {
            // "the parties that refused to sign", "the movements that left": a plural noun
            // right before "that" is the antecedent (after a verb "that" opens a report)
            next.relative_unnamed = !opens_report(&toks[i - 1].lower);
        }
    } else if matches!(w, "but" | "and" | "or" | "while" | "however" | "so") || boundary_punct {
        next.coordinated = true;
    }
    next
}

/// Texts and steps a relative clause may describe as acting ("a paper that opens the
/// talks"); not words whose "that" opens their content ("a statement that …", "news that …").
const THINGS_THAT_ACT: &[&str] = &[
    "paper",
    "text",
    "document",
    "letter",
    "plan",
    "proposal",
    "offer",
    "deal",
    "agreement",
    "accord",
    "declaration",
    "decision",
    "move",
    "step",
    "vote",
    "ruling",
    "resolution",
    "bill",
    "law",
    "draft",
    "package",
    "memorandum",
    "framework",
    "roadmap",
];

/// The speech verb whose "that" stands at `i` after adverbials only ("said on Sunday after
/// talks with Hun Sen that …"): the word after the verb opens a time or place phrase, and
/// no other "that" or clause punctuation comes between. ("said the mediators that brokered
/// the deal …": a noun phrase after the verb, and "that" is a relative pronoun.)
fn report_after_adverbials(toks: &[Token], i: usize) -> Option<usize> {
    let s = (i.saturating_sub(16)..i)
        .rev()
        .take_while(|&j| {
            !matches!(toks[j].lower.as_str(), "that" | ";" | ":" | "—" | "–")
                && toks[j].text != "\""
        })
        .find(|&j| SPEECH.contains(&toks[j].lower.as_str()))?;
    let next = toks.get(s + 1)?.lower.as_str();
    let adverbial = matches!(
        next,
        "on" | "in"
            | "at"
            | "after"
            | "before"
            | "following"
            | "during"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "yesterday"
            | "today"
            | "overnight"
    );
    (adverbial && s + 1 < i).then_some(s)
}

/// "told Qatar's prime minister that …": reported speech starts after the addressee, and
/// so it does at a subject pronoun after it ("told the United Nations it accepts": "it" is
/// the speaker, not the addressee); "told his team … to return" (no "that", no pronoun)
/// keeps the addressee in the clause.
fn after_addressee(toks: &[Token], i: usize) -> usize {
    let start = i + 1;
    if !matches!(
        toks[i].lower.as_str(),
        "told" | "tells" | "tell" | "informed" | "informs"
    ) {
        return start;
    }
    let mut j = start;
    while j < toks.len() && j < start + 14 {
        if toks[j].lower == "that" {
            return j + 1;
        }
        if j > start && matches!(toks[j].lower.as_str(), "it" | "they" | "he" | "she" | "we") {
            return j;
        }
        if toks[j].punct {
            break;
        }
        j += 1;
    }
    start
}

/// "Since Israel withdrew its team, the talks …": the opening clause is background.
/// "Addressing the conference on its first day, the rebel leader demanded …": an opening
/// participle phrase ends at its comma and is no subject; the clause after it has its own.
fn background_first_clause(toks: &[Token], out: Vec<Clause>) -> Vec<Clause> {
    let Some(first) = toks.first() else {
        return out;
    };
    let w = first.lower.as_str();
    let background = BACKGROUND_OPENERS.contains(&w) || w == "while";
    let participle = w.len() > 5 && w.ends_with("ing") && !first.punct;
    if !(background || participle) {
        return out;
    }
    let Some(comma) = toks.iter().position(|t| t.text == ",") else {
        return out;
    };
    let mut fixed = Vec::new();
    for c in out {
        if c.start < comma && c.end > comma {
            let mut a = c.clone();
            a.end = comma;
            let mut b = c;
            b.start = comma + 1;
            b.background_opener = None;
            fixed.push(a);
            fixed.push(b);
        } else {
            fixed.push(c);
        }
    }
    // ("Meeting in Geneva under UN auspices, the two sides agreed …": the meeting is the
    // circumstance of the act, not news of its own)
    let circumstance = matches!(
        w,
        "meeting"
            | "speaking"
            | "talking"
            | "addressing"
            | "visiting"
            | "arriving"
            // ("Leaving the Labour session, the NZ First leader said …": where the words
            // were said, the session over, not a walkout)
            | "leaving"
            | "emerging"
    );
    // (leaving or emerging from a session is where words were said; leaving the palace
    // "after confirming that the parties will resume talks" still tells news)
    let opener = &toks[..comma];
    let circumstance = circumstance
        && (!matches!(w, "leaving" | "emerging")
            || (opener.iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "session" | "meeting" | "meetings" | "talks" | "negotiations" | "round"
                )
            }) && !opener.iter().any(|t| t.lower == "that")));
    for c in fixed.iter_mut().filter(|_| background || circumstance) {
        if c.end <= comma {
            c.background_opener = Some(w.to_string());
        }
    }
    fixed
}

/// A verb after which "that" opens a report, not a relative clause: speech (`SPEECH`) or
/// a verb of thinking, hoping or showing ("believes that", "shows that").
fn opens_report(w: &str) -> bool {
    SPEECH.contains(&w)
        || matches!(
            w,
            "adds"
                | "warns"
                | "thinks"
                | "hopes"
                | "argues"
                | "suggests"
                | "stresses"
                | "notes"
                | "reports"
                | "shows"
                | "means"
                | "denies"
                | "fears"
                | "knows"
                | "feels"
                | "expects"
        )
}
