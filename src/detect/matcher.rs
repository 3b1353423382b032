//! Rule matching at one verb: is the word used as a verb at all, then the rule's frame —
//! the object after the verb (or before a passive participle), the object as subject, no
//! object, or a trip with a destination and a purpose.

use super::actors::first_group;
use super::clause::Clause;
use super::lexicon::*;
use super::rules::{self, object_matches, Frame, Rule};
use super::Detector;
use crate::text::Token;
use crate::watchlist::{in_mention, ActorMatcher, Mention};

/// A rule hit at a verb: `None` when the actor is the clause's subject; `Some(agents)`
/// when the sentence names them another way (a passive's "by X", the parties of "talks
/// between X and Y"; empty: the parties named in the sentence).
pub(super) type Hit = Option<Vec<usize>>;

/// What one match needs to see of the sentence.
pub(super) struct Ctx<'s> {
    pub(super) toks: &'s [Token],
    pub(super) lw: &'s [&'s str],
    /// `lw` with the words of party names blanked (`names_blanked`): what the modality
    /// checks read, since a name's own words hedge or negate nothing.
    pub(super) unnamed: &'s [&'s str],
    pub(super) mentions: &'s [Mention],
    pub(super) is_title: bool,
    /// The watchlist: its own keywords are never another business ("coalition talks" on
    /// a coalition watchlist).
    pub(super) watchlist: &'s crate::watchlist::Watchlist,
}

impl Ctx<'_> {
    /// A word of another business than this watchlist's ("trade", "loan"; not "coalition"
    /// when the analyst's keywords name coalitions).
    fn other_business(&self, i: usize) -> bool {
        off_domain_word(self.lw[i]) && !self.watchlist.own_word(self.lw[i])
    }
}

/// Past participles that do not end in -ed/-en.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "left",
    "sent",
    "brought",
    "struck",
    "set",
    "put",
    "laid",
    "drawn",
    "made",
    "withdrawn",
    "broken",
    "shot",
    "thrown",
    "held",
    "met",
    "signed",
];

/// Do the words after `at` read as this table entry? One word ("of"), or two ("to
/// #figure"), where "#figure" is any amount ("20%", "$1 billion", "N250,000"): "drop wage
/// ask to 20%" lowers the ask, "drop the demand" gives it up.
/// Pattern: a participle modifying the object ("turn down staggered pay deal", "rejects
/// sweetened offer"): right after the verb or its particle, and right before the object's
/// head or before one plain word and the head, it is no verb of its own ("had not yet
/// floated specific ideas", "wants US beef treated more favourably" are verbs). Not for a
/// rule that takes any object: there every word would be a head.
fn participle_modifies_object(r: &Rule, lw: &[&str], v: usize, j: usize, cl: &Clause) -> bool {
    let after_verb = j == v + 1 || r.particles.iter().any(|p| p == lw[j - 1]);
    let plain = |x: &&str| {
        x.chars().all(char::is_alphabetic)
            && !DETERMINERS.contains(x)
            && !matches!(
                *x,
                "to" | "by" | "of" | "for" | "with" | "in" | "on" | "at" | "from"
            )
    };
    lw[j].ends_with("ed")
        && after_verb
        && !r.objects.iter().any(|o| o == "*")
        && (j + 1..(j + 3).min(cl.end))
            .any(|i| object_matches(&r.objects, lw[i]) && lw[j + 1..i].iter().all(plain))
}

fn words_follow(entry: &str, lw: &[&str], at: usize) -> bool {
    entry
        .split(' ')
        .enumerate()
        .all(|(k, e)| lw.get(at + 1 + k).is_some_and(|w| word_is(e, w)))
}

fn word_is(entry: &str, w: &str) -> bool {
    if entry == "#figure" {
        return w.chars().take(2).any(|c| c.is_ascii_digit());
    }
    // ("@fresh": any word of that set in rules.toml)
    if let Some(set) = entry.strip_prefix('@') {
        return rules::word_set(set).iter().any(|x| x == w);
    }
    entry == w
}

fn is_participle(word: &str) -> bool {
    word.ends_with("ed") || word.ends_with("en") || IRREGULAR_PARTICIPLES.contains(&word)
}

/// States a verb of leaving puts its object in: "leaving the talks deadlocked".
const LEFT_STATES: &[&str] = &[
    "deadlocked",
    "stalled",
    "stuck",
    "hanging",
    "frozen",
    "paralysed",
    "paralyzed",
    "unresolved",
    "unfinished",
    "open",
    "intact",
    "alive",
    "adrift",
    "suspended",
    "stranded",
];

/// Words whose neighbours make them nouns: "conditions on refugee return to Abkhazia"
/// (whose return a noun names), "an end to UNITA aid", "welcomes end of the mediation",
/// "a halt to raids",
/// "gives the opposition veto power", "awaits start of negotiations".
fn noun_by_neighbours(word: &str, prev: &str, next: &str) -> bool {
    let whose_return = matches!(
        prev,
        "refugee"
            | "refugees"
            | "prisoner"
            | "prisoners"
            | "hostage"
            | "hostages"
            | "safe"
            | "voluntary"
            | "orderly"
    );
    // "veto power", "veto rights": a verb's stem before "power" or "right" is a noun
    let held = matches!(next, "power" | "powers" | "right" | "rights");
    let ending = (word == "end" && matches!(next, "to" | "of")) || (word == "halt" && next == "to");
    // "strike committee awaits start of negotiations": no verb of these takes "of"
    let beginning = matches!(word, "start" | "launch") && next == "of";
    // "Israel demands list of living hostages": a list "of" somebody is a noun
    let listed = matches!(word, "list" | "lists") && next == "of";
    // "placed on unpaid leave": time off, not a departure
    let time_off = word == "leave"
        && matches!(
            prev,
            "on" | "unpaid"
                | "paid"
                | "sick"
                | "medical"
                | "annual"
                | "administrative"
                | "maternity"
        );
    // "port employers' wage offers", "the union's pay demands": a plural after the noun of a
    // dossier is that dossier's noun, no verb ("wage" or "pay" heads no subject that acts)
    let dossier =
        word.ends_with('s') && matches!(prev, "wage" | "pay" | "salary" | "pension" | "contract");
    // "US investment demands would trigger a crisis": a plural before a modal is the
    // modal's subject, no verb (not "may", "will", "can": "proposes May deadline")
    let modal_follows = word.ends_with('s')
        && !word.ends_with("ss")
        && matches!(next, "would" | "could" | "might" | "should" | "must");
    (word == "return" && whose_return)
        || ending
        || beginning
        || listed
        || held
        || time_off
        || dossier
        || modal_follows
}

/// Verbs whose particle "back" undoes or refuses something ("walk back", "roll back",
/// "pull back", "scale back", "knock back" an offer): the word after them is no verb "to
/// back".
fn particle_back(prev: &str) -> bool {
    [
        "walk", "roll", "pull", "scale", "step", "push", "dial", "cut", "claw", "knock",
        // ("governments hold back deal text", "fought back"): to withhold or resist
        "hold", "keep", "fight", "fall", "take", "win",
    ]
    .iter()
    .any(|v| prev.starts_with(v) && prev.len() <= v.len() + 3)
        // "the union sent back a counter-proposal", "wrote back", "hit back": "back" is
        // the reply's direction, no support
        || matches!(
            prev,
            "send" | "sends" | "sent" | "sending" | "hand" | "hands" | "handed" | "wrote"
                | "write" | "writes" | "fired" | "fires" | "fire" | "hit" | "hits" | "shot"
                | "shoots" | "call" | "calls" | "called" | "come" | "comes" | "came"
                | "bring" | "brings" | "brought" | "went" | "goes" | "go" | "flew" | "fly"
                | "flies" | "got" | "get" | "gets" | "turned" | "turns" | "turn" | "headed"
                | "heads" | "kicked" | "kicks" | "passed" | "passes" | "held" | "kept"
                | "fought" | "fell" | "took" | "taken" | "won" | "gave" | "given" | "giving"
                | "set" | "sets" | "setting" | "sat"
        )
}

/// An adjective by its ending ("unreasonable", "unrealistic", "maximalist" is not one):
/// what stands between a preposition and a noun.
fn adjective_shaped(w: &str) -> bool {
    w.len() > 5
        && ["able", "ible", "ic", "al", "ous", "ive", "ful", "less"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// "arrive in Istanbul for delayed talks", "turns down proposed Farmaajo trip": a
/// participle after a preposition or a verb's particle, before a noun, describes it; and
/// "an 'important starting point' for a return to talks": a participle naming a noun.
fn attributive_participle(word: &str, prev: &str, next: &str) -> bool {
    if word.ends_with("ing") && matches!(next, "point" | "points" | "line" | "position") {
        return true;
    }
    let after = matches!(
        prev,
        "for"
            | "of"
            | "in"
            | "on"
            | "at"
            | "with"
            | "after"
            | "before"
            | "over"
            | "about"
            | "into"
            | "down"
            | "out"
            | "off"
    );
    // ("members reject proposed contract", "weighs revised offer": right after a verb of
    // answering a text, the participle describes the text answered)
    let answered = matches!(
        prev.trim_end_matches('s'),
        "reject"
            | "accept"
            | "approve"
            | "endorse"
            | "back"
            | "ratifie"
            | "ratify"
            | "sign"
            | "spurn"
            | "dismisse"
            | "dismiss"
            | "oppose"
            | "weigh"
            | "review"
            | "studie"
            | "study"
            | "consider"
            | "welcome"
            | "rebuff"
            | "vote"
            | "mull"
    );
    word.ends_with("ed")
        && (after || answered)
        && !next.is_empty()
        && next.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(
            next,
            "by" | "to" | "and" | "or" | "in" | "on" | "at" | "for" | "with"
        )
}

/// The word at `v` is a noun or a title here, not a verb: "the offer", "delegation head:
/// 'no progress'", "the delegation head said", "for return to talks".
/// Verbs of ending or blocking something, whose object cannot be another verb ("blocks
/// start of EU accession talks": no talks start).
const ENDING_VERBS: &[&str] = &[
    "end",
    "ends",
    "ended",
    "ending",
    "lift",
    "lifts",
    "lifted",
    "lifting",
    "abandon",
    "abandons",
    "abandoned",
    "abandoning",
    "drop",
    "drops",
    "dropped",
    "dropping",
    "block",
    "blocks",
    "blocked",
    "blocking",
    "veto",
    "vetoes",
    "vetoed",
    "vetoing",
    "prevent",
    "prevents",
    "prevented",
    "preventing",
];

/// "ends boycott of peace talks", "lifted its blockade": what is ended is a noun.
fn ended_noun(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let prev = if v > cl.start { lw[v - 1] } else { "" };
    ENDING_VERBS.contains(&prev)
        || (v >= cl.start + 2
            && ENDING_VERBS.contains(&lw[v - 2])
            && matches!(prev, "its" | "their" | "his" | "her"))
}

/// Adjectives of what already stands, which no verb follows ("pending demands").
const STANDING_ADJ: &[&str] = &[
    "pending",
    "outstanding",
    "remaining",
    "unmet",
    "existing",
    "longstanding",
    "original",
];

/// A preposition or a determiner, then modifiers only, then the word: a noun.
fn noun_after_modifiers(lw: &[&str], v: usize, cl: &Clause) -> bool {
    // ("Latest proposal rejected by Hamas": a past participle is no noun, whatever stands
    // before it; "proposal" only ends like an adjective)
    if lw[v].ends_with("ed") {
        return false;
    }
    // "accuses the US of 'gangster-like' demands": a preposition or a determiner, then
    // hyphenated modifiers only, then the word: a noun ("talks on Gaza failed": one plain
    // word after a preposition may end the phrase before its verb, so not that)
    // ("accused India of unreasonable and unrealistic demands": adjectives by their
    // endings, joined by "and", modify the noun the same way)
    let mut b = v;
    // ("talk to the Centre on pending demands", "over outstanding conditions": adjectives
    // of standing demands modify the noun the same way)
    while b > cl.start
        && (lw[b - 1].contains('-')
            || adjective_shaped(lw[b - 1])
            || STANDING_ADJ.contains(&lw[b - 1])
            || (lw[b - 1] == "and" && b > cl.start + 1 && adjective_shaped(lw[b - 2])))
    {
        b -= 1;
    }
    if b > cl.start
        && b < v
        && (NOUN_PREPOSITIONS.contains(&lw[b - 1]) || DETERMINERS.contains(&lw[b - 1]))
    {
        return true;
    }
    // "Brussels blames late demands", "decries fresh conditions": what a side blames or
    // decries is the object of that verb, a noun, whoever made the demands
    let mut b = v;
    while b > cl.start && (LATE_ADJ.contains(&lw[b - 1]) || lw[b - 1].contains('-')) {
        b -= 1;
    }
    if b > cl.start && BLAME_VERBS.contains(&lw[b - 1]) {
        return true;
    }
    // Pattern: the object of a verb of deliberating ("Israeli cabinet discusses hijack
    // demands", "the council studies the union's terms"): what a side discusses or
    // weighs is somebody's demand, a noun, after at most one modifier
    (b > cl.start && DELIBERATE_VERBS.contains(&lw[b - 1]))
        || (b > cl.start + 1 && DELIBERATE_VERBS.contains(&lw[b - 2]))
}

/// Verbs of deliberating, whose object is a move somebody made.
const DELIBERATE_VERBS: &[&str] = &[
    "discuss",
    "discusses",
    "discussed",
    "discussing",
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "study",
    "studies",
    "studied",
    "studying",
    "examine",
    "examines",
    "examined",
    "examining",
    "debate",
    "debates",
    "debated",
    "debating",
    "mull",
    "mulls",
    "mulled",
    "mulling",
    "ponder",
    "ponders",
    "pondered",
    "pondering",
];

/// Adjectives of when or how much that modify a noun of demands ("late demands").
const LATE_ADJ: &[&str] = &[
    "late",
    "new",
    "fresh",
    "old",
    "excessive",
    "extra",
    "further",
    "additional",
    "latest",
];

/// Verbs of blame and criticism whose object is another's move.
pub(super) const BLAME_VERBS: &[&str] = &[
    "blame",
    "blames",
    "blamed",
    "blaming",
    "decry",
    "decries",
    "decried",
    "cite",
    "cites",
    "cited",
    "criticise",
    "criticises",
    "criticised",
    "criticize",
    "criticizes",
    "criticized",
    "slam",
    "slams",
    "slammed",
    "condemn",
    "condemns",
    "condemned",
];

/// The word is a noun by the verb before it: what a side calls or brands something, or a
/// participle between an infinitive and its noun.
fn noun_by_the_verb_before(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let word = lw[v];
    let prev = if v > cl.start { lw[v - 1] } else { "" };
    let next = lw.get(v + 1).copied().unwrap_or("");
    // "calls demands 'not sustainable'", "branded the conditions unacceptable": what a
    // side calls or brands something is said of a noun
    if word.ends_with('s')
        && matches!(
            prev,
            "calls"
                | "called"
                | "labels"
                | "labelled"
                | "labeled"
                | "brands"
                | "branded"
                | "deems"
                | "deemed"
                | "terms"
                | "termed"
        )
    {
        return true;
    }
    // Pattern: a verb of putting off or undoing right before ("South Korea suspends exit
    // from intelligence pact", "delays withdrawal from the deal", "reverses exit"): the
    // quit is its object noun, put off, not done
    let putting_off = [
        "suspend", "halt", "delay", "postpone", "defer", "freeze", "reverse", "revoke",
    ]
    .iter()
    .any(|stem| prev.starts_with(stem));
    if putting_off
        && matches!(
            word,
            "exit" | "withdrawal" | "quit" | "pullout" | "departure"
        )
    {
        return true;
    }
    // "expects to reach ratified contracts": a participle between an infinitive and its
    // noun describes the noun ("to have signed the deal" keeps its auxiliary)
    word.ends_with("ed")
        && v >= cl.start + 2
        && lw[v - 2] == "to"
        && !matches!(prev, "have" | "be" | "been" | "get" | "being")
        && !prev.ends_with("ed")
        && next.chars().next().is_some_and(char::is_alphabetic)
        && !matches!(
            next,
            "by" | "to" | "and" | "or" | "in" | "on" | "at" | "for" | "with" | "the" | "a"
        )
}

/// Words that date or qualify a text between a possessive and its noun.
const TEXT_QUALIFIERS: &[&str] = &[
    "final",
    "previous",
    "earlier",
    "last",
    "first",
    "second",
    "third",
    "initial",
    "original",
    "current",
    "formal",
    "written",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "Hamas's demands", "the Houthis' last-minute wage demands": no verb follows a possessive
/// and its adjectives ("Israel's prime minister demands" has a head noun).
fn after_a_possessive(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let prev = if v > cl.start { lw[v - 1] } else { "" };
    // ("Finland's right-wing parties strike deal": a plural noun right before the word is
    // its subject, not a modifier as "wage" is)
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    // ("the ministry's revised offers", "Israel's November demands": a word that dates or
    // qualifies a text)
    let qualifier =
        |w: &str| TEXT_QUALIFIERS.contains(&w) || rules::word_set("fresh").iter().any(|f| f == w);
    let adjectives = (cl.start..v).rev().take_while(|&i| lw[i] != "'s").all(|i| {
        lw[i].contains('-')
            || qualifier(lw[i])
            || (i + 1 == v && i > cl.start && lw[i - 1].contains('-') && !plural(lw[i]))
    });
    let possessive = (v.saturating_sub(3).max(cl.start)..v).any(|i| lw[i] == "'s");
    prev == "'s" || (possessive && adjectives)
}

/// "560 union demands", "Chile's demands", "accuses the US of 'gangster-like' demands": a
/// count, a possessive or modifiers after a preposition or a determiner before the word
/// make it a noun; a party's name before it does not ("DC 33 rejects", "Government of
/// Guinea-Bissau rejects": the name is the subject).
fn noun_by_what_precedes(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let lw = cx.lw;
    // (not the number ending a party's name: "DC 33 rejects", "Eesti 200 demands"; "12
    // Hamas demands" still counts them)
    let count = counted(lw, v, cl);
    let in_name = |n: usize| cx.mentions.iter().any(|m| m.start <= n && m.end == v);
    if lw[v].ends_with('s') && count.is_some_and(|n| !in_name(n)) {
        return true;
    }
    if after_a_possessive(lw, v, cl) {
        return true;
    }
    // ("Government of Guinea-Bissau rejects", "Kurdistan Regional Government rejects": a
    // party's name of several words right before the word is its subject, not modifiers
    // of a noun)
    let after_a_name = cx
        .mentions
        .iter()
        .any(|m| m.end == v && m.end - m.start >= 2 && !m.place);
    !after_a_name && noun_after_modifiers(lw, v, cl)
}

fn used_as_noun(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let lw = cx.lw;
    let word = lw[v];
    let prev = if v > cl.start { lw[v - 1] } else { "" };
    let next = lw.get(v + 1).copied().unwrap_or("");
    if attributive_participle(word, prev, next) {
        return true;
    }
    if noun_by_the_verb_before(lw, v, cl) {
        return true;
    }
    // ("signed guidelines and ground rules for the ceasefire": a compound noun)
    if prev == "ground" && word.starts_with("rule") {
        return true;
    }
    // (not a word of a party's name: the "A" of "SLM/A rejects")
    let prev_named = v > cl.start && cx.mentions.iter().any(|m| m.end == v);
    if DETERMINERS.contains(&prev)
        && prev != "no"
        && !prev_named
        && !(word.ends_with("ing") && prev == "of")
    {
        return true;
    }
    // "560 union demands settled", "three demands still unmet": a count before the word,
    // right before it or past one modifier, makes it a plural noun
    if noun_by_what_precedes(cx, v, cl) {
        return true;
    }
    // "its minimum demands", "their key conditions": a possessive determiner and one
    // adjective before the word make it a noun
    if v >= cl.start + 2
        && matches!(lw[v - 2], "its" | "their" | "his" | "her" | "our")
        && prev.chars().all(|c| c.is_alphabetic() || c == '-')
    {
        return true;
    }
    if noun_by_neighbours(word, prev, next) {
        return true;
    }
    if ended_noun(lw, v, cl) || governed_noun(lw, v, cl) {
        return true;
    }
    // "remains open to talks", "open for dialogue": the adjective, a stance and no act
    if word == "open" && matches!(next, "to" | "for") {
        return true;
    }
    // "an immediate return to dialogue", "a swift withdrawal": a determiner and an
    // adjective of timing or manner make a noun
    if v >= cl.start + 2
        && DETERMINERS.contains(&lw[v - 2])
        && matches!(
            prev,
            "immediate"
                | "swift"
                | "quick"
                | "early"
                | "possible"
                | "rapid"
                | "full"
                | "eventual"
                | "speedy"
                | "prompt"
                | "unconditional"
                | "planned"
                | "expected"
                | "gradual"
                | "phased"
                | "complete"
                | "partial"
                | "total"
        )
    {
        return true;
    }
    // "keep options open", "leave the door open": the adjective after its noun
    if word == "open"
        && (cl.start..v).rev().take(3).any(|i| {
            matches!(
                lw[i],
                "keep" | "keeps" | "kept" | "keeping" | "leave" | "leaves" | "left"
            )
        })
    {
        return true;
    }
    // "remains committed to the truce", "is fully committed to the deal": a stance
    if word == "committed"
        && v > cl.start
        && matches!(
            prev,
            "is" | "are"
                | "was"
                | "were"
                | "remains"
                | "remain"
                | "remained"
                | "stays"
                | "fully"
                | "firmly"
                | "still"
                | "'s"
                | "been"
                | "be"
        )
    {
        return true;
    }
    // "as head of government": a title
    if matches!(word, "head" | "heads") && next == "of" {
        return true;
    }
    // a title before a colon or a speech verb: "delegation head: …", "team head said"
    // (a participle before the colon is the kicker's verb: "Deal struck: hostages to go
    // free", "Ceasefire agreed: …")
    let participle = word.ends_with("ed") || matches!(word, "struck" | "done");
    if (next == ":" && !participle)
        || (v > cl.start && matches!(next, "said" | "says" | "told" | "tells"))
    {
        return true;
    }
    // "delegation head", "team chief": a title after a team noun
    let after_next = lw.get(v + 2).copied().unwrap_or("");
    // (a gerund after "to" is a task, "to overseeing the talks"; a name is a place:
    // "heads to Beijing")
    let name_after = cx
        .toks
        .get(v + 2)
        .is_some_and(|t| t.text.starts_with(char::is_uppercase));
    let going = matches!(next, "for" | "back" | "home" | "into" | "out")
        || (next == "to"
            && !INFINITIVE_VERBS.contains(&after_next)
            && (!after_next.ends_with("ing") || name_after)
            && after_next != "brief");
    if matches!(word, "head" | "heads" | "chief")
        && rules::word_set("team").iter().any(|t| t == prev)
        && !going
    {
        return true;
    }
    // a bare form right after a preposition is a noun ("conditions for return to
    // talks"), and so is a gerund ("preconditions for resuming talks")
    let bare = !word.ends_with("ing") && !word.ends_with("ed");
    let gerund =
        word.ends_with("ing") && matches!(prev, "for" | "about" | "on" | "without" | "before");
    // "brush off draft peace text": after another verb's particle a bare form is a noun
    let after_particle = matches!(prev, "off" | "aside" | "away");
    (bare && (NOUN_PREPOSITIONS.contains(&prev) || after_particle)) || gerund
}

/// Is a party named between the verb and the first of its particles ("gives the junta one
/// week", "gave Doha ten days")?
fn recipient_named(r: &Rule, cx: &Ctx, v: usize) -> bool {
    let Some(p) = (v + 1..cx.lw.len()).find(|&i| r.particles.iter().any(|p| p == cx.lw[i])) else {
        return false;
    };
    // ("Buhari gives education minister two weeks to end the strike": a side's order to
    // its own official is no term set for the other side)
    // ("UK lawmakers tell May to renegotiate the backstop": an order to change the text
    // on the table is the side's demand on the other)
    let subject = cx.mentions.iter().rfind(|m| m.end <= v).map(|m| m.actor);
    let change = cx.lw.get(p + 1).is_some_and(|w| {
        matches!(
            *w,
            "renegotiate" | "rewrite" | "reopen" | "amend" | "revise" | "scrap" | "ditch"
        )
    });
    cx.mentions
        .iter()
        .any(|m| m.start > v && m.end <= p && (Some(m.actor) != subject || change))
}

/// "approves Šimonytė as prime minister": one to three capitalised words, a person's
/// name, between the verb at `v` and "as" (not "approves budget as prime minister faces
/// revolt", where "as" opens another clause).
fn person_before_as(cx: &Ctx, v: usize) -> bool {
    let Some(k) = (v + 1..(v + 5).min(cx.lw.len())).find(|&i| cx.lw[i] == "as") else {
        return false;
    };
    k > v + 1
        && cx.toks[v + 1..k]
            .iter()
            .all(|t| !t.punct && t.text.chars().next().is_some_and(char::is_uppercase))
}

/// The word at `v` is the object of a verb of judging, answering or meeting terms, so a
/// noun: "U.S. accepts outline of Hanoi plan", "hands reply to Arab demands", "failing to
/// meet ANC demands".
fn governed_noun(lw: &[&str], v: usize, cl: &Clause) -> bool {
    let prev = if v > cl.start { lw[v - 1] } else { "" };
    // "U.S. accepts outline of Hanoi plan", "condemns veto of the resolution": what a
    // stand is taken on follows the stance verb
    if v > cl.start && stance_finite(prev) {
        return true;
    }
    // "hands reply to Arab demands", "response to US trade demands": the answered terms,
    // two modifiers allowed (words, not a comma or a conjunction)
    let answered = |t: usize| t >= 1 && lw[t] == "to" && REPLY_WORDS.contains(&lw[t - 1]);
    let plain = |t: usize| {
        lw[t].chars().next().is_some_and(char::is_alphanumeric)
            && !matches!(lw[t], "and" | "or" | "but" | "then")
    };
    if (1..=3).any(|k| v > cl.start + k && answered(v - k) && (v - k + 1..v).all(&plain)) {
        return true;
    }
    // "failing to meet ANC demands", "satisfies Western conditions": terms already set
    // (one modifier between, not "meet to agree", "meet, agree")
    let met = |t: usize| MEET_WORDS.contains(&lw[t]);
    let modifier = v >= cl.start + 2
        && lw[v - 1].chars().all(char::is_alphabetic)
        && !matches!(lw[v - 1], "to" | "and" | "or" | "but" | "then");
    v > cl.start && (met(v - 1) || (modifier && met(v - 2)))
}

/// "rebels launch offensive, Arusha talks halted": the verb took a common noun for object
/// before a comma, and past it (one comma, not a parenthesis's pair) the would-be object
/// is the next clause's subject. Not a list of actors ("invites Sudan's army, RSF to
/// talks") nor an adverbial ("rejected on Thursday, in general terms, the bill"). A comma
/// right after the verb ("reply already sent, Brazil minister says") leaves it no object.
fn object_before_comma(cx: &Ctx, v: usize, j: usize) -> bool {
    let lw = cx.lw;
    let commas = lw[v + 1..j].iter().filter(|w| **w == ",").count();
    let Some(c) = (v + 1..j).find(|&k| lw[k] == ",") else {
        return false;
    };
    // (a list of actors starts right after the verb: "invites Sudan's army, RSF"; a name
    // after a common noun and its preposition, "send uranium to Turkey, Turkish minister
    // says", is where the object goes, and the comma still closes the phrase)
    let list_start = (v + 1..c)
        .find(|&k| !matches!(lw[k], "the" | "a" | "an" | "both" | "all"))
        .unwrap_or(c);
    let named = cx
        .mentions
        .iter()
        .any(|m| m.start == list_start && m.start < c);
    let adverbial = matches!(
        lw[v + 1],
        "on" | "in"
            | "at"
            | "after"
            | "before"
            | "late"
            | "early"
            | "with"
            | "during"
            | "by"
            | "for"
            | "from"
            | "yesterday"
            | "today"
            | "again"
            | "also"
            | "instead"
            // ("agree to immediate, unconditional ceasefire": the verb's own preposition
            // opens one noun phrase, its adjectives listed with commas)
            | "to"
    );
    commas % 2 == 1 && !named && !adverbial
}

/// A "to" + bare verb between the verb and its would-be object ("sent to Bouaké to fetch
/// its ministers"): a lowercase word after "to" that is no determiner, no number and no
/// name opens an infinitive ("sent to the talks", "sent to Doha" do not).
fn infinitive_between(cx: &Ctx, v: usize, j: usize) -> bool {
    (v + 1..j.saturating_sub(1)).any(|k| {
        let next = &cx.toks[k + 1];
        cx.lw[k] == "to"
            && !next.punct
            && next.text.chars().next().is_some_and(char::is_lowercase)
            && next.lower.chars().all(char::is_alphabetic)
            && !DETERMINERS.contains(&next.lower.as_str())
            && !matches!(
                next.lower.as_str(),
                "its" | "their" | "his" | "her" | "our" | "both"
            )
            // ("invites the army, RSF to ceasefire talks": a noun of the talks or the
            // deal after "to" is a destination, not a verb)
            && !["talks", "deal", "truce"]
                .iter()
                .any(|set| rules::word_set(set).contains(&next.lower))
    })
}

/// "Paris welcomes Gbagbo speech backing peace accord": a participle right after a noun,
/// inside the clause, modifies that noun; who acts is the actor named right before the
/// noun, not the clause's subject.
fn reduced_relative_owner(cx: &Ctx, v: usize, cl: &Clause) -> Option<usize> {
    let lw = cx.lw;
    if !lw[v].ends_with("ing") || v < cl.start + 3 {
        return None;
    }
    let noun = lw[v - 1];
    let preposition = matches!(
        noun,
        "from"
            | "about"
            | "after"
            | "before"
            | "without"
            | "with"
            | "into"
            | "against"
            | "over"
            | "under"
            | "than"
            | "while"
            | "when"
            | "upon"
            | "through"
            | "despite"
    );
    if noun.len() <= 3
        || !noun.chars().all(char::is_alphabetic)
        || DETERMINERS.contains(&noun)
        || preposition
    {
        return None;
    }
    cx.mentions
        .iter()
        .find(|m| m.end + 1 == v && m.start > cl.start && !m.place && !m.in_compound)
        .map(|m| m.actor)
}

/// `word` is the demonym of the actor `name`: a singular adjective derived from the name's
/// stem ("iraqi" of Iraq, "palestinian" of the Palestinian Authority, "houthi" of the
/// Houthis), not the name itself nor its leader's surname ("Kibaki" of the "Kibaki
/// government", whom the watchlist also names "Mwai Kibaki").
pub(super) fn demonym_of(word: &str, actor: usize, actors: &ActorMatcher) -> bool {
    let Some(name) = actors.names.get(actor) else {
        return false;
    };
    if actors.is_surname(actor, word) {
        return false;
    }
    let name = crate::text::fold_lower(name);
    let stem: String = name.chars().take(4).collect();
    word != name && stem.chars().count() == 4 && word.starts_with(&stem) && demonym_ending(word)
}

/// "floats referendum on Ohrid amendments", "parliament debate on peace deal adjourned":
/// the object stands in another noun's topic phrase ("on", "about", "over"), so the act
/// is that noun's — a referendum floated, a debate adjourned. (Not "agreed in principle
/// on", nor a day: "on Monday".)
fn inside_topic_phrase(r: &Rule, lw: &[&str], from: usize, j: usize) -> bool {
    (from + 1..j).any(|k| {
        let noun = lw[k - 1];
        matches!(lw[k], "on" | "about" | "over" | "regarding")
            && !object_matches(&r.objects, noun)
            && noun.len() > 3
            && noun.chars().all(char::is_alphabetic)
            && !noun.ends_with("ly")
            && !matches!(noun, "principle" | "agreement" | "deal" | "accord" | "text")
            && !DETERMINERS.contains(&noun)
            && !lw.get(k + 1).is_some_and(|w| TIME_WORDS.contains(w) || w.ends_with("day"))
            // ("handed the meeting on Cambodia a blueprint": an indefinite article opens
            // the object's own phrase)
            && !lw[k + 1..j].iter().any(|w| matches!(*w, "a" | "an" | ","))
    })
}

impl<'a> Detector<'a> {
    /// Checks the rule's constraints at verb position `v`.
    pub(super) fn match_rule(&self, r: &Rule, cx: &Ctx, v: usize, cl: &Clause) -> Option<Hit> {
        let lw = cx.lw;
        if r.headline_only && !cx.is_title {
            return None;
        }
        // ("was a non-starter": a judging word is a noun or an adjective by nature)
        // (the state words of "talks on hold", "in limbo" are nouns after their preposition
        // by nature; the rule's own check reads them)
        let state_word = r.name == "talks on hold";
        if (used_as_noun(cx, v, cl) || self.after_demonym(cx, v))
            && !r.actor_is_speaker
            && !state_word
        {
            return None;
        }
        // "Iran's proposals walk back compromises", "rolled back its offer": "back" after a
        // verb of motion is that verb's particle (to retract), not "to back" (to support)
        // ("bringing Washington back into the accord": "back" before "into", "to" or
        // "from" is an adverb of return)
        if lw[v] == "back"
            && ((v > cl.start && particle_back(lw[v - 1]))
                || lw
                    .get(v + 1)
                    .is_some_and(|n| matches!(*n, "into" | "to" | "from")))
        {
            return None;
        }
        // ("Government backs off plan to ban strikes", "backed away from the offer": to
        // back off, away or down is to retreat, no support)
        if matches!(lw[v], "back" | "backs" | "backed" | "backing")
            && lw
                .get(v + 1)
                .is_some_and(|n| matches!(*n, "off" | "away" | "down"))
        {
            return None;
        }
        // "Kiev left out of Kozak deal": "leave out" is to exclude; whoever is left out
        // of a deal or the talks has not walked out of them
        // ("leaving audiovisual services out of the accord": what is left out may stand
        // between the verb and "out", a few plain words)
        let left_out = (v + 1..(v + 6).min(lw.len().saturating_sub(1))).find(|&k| {
            lw[k] == "out" && lw[k + 1] == "of" && !cx.toks[v + 1..k].iter().any(|t| t.punct)
        });
        if matches!(lw[v], "left" | "leave" | "leaves" | "leaving") && left_out.is_some() {
            return None;
        }
        // "Israel was presented with a plan": the subject received it; who gave it is
        // the "by" agent, if any, and this frame does not read agents
        if r.preposition.as_deref() == Some("with")
            && v > cl.start
            && matches!(
                lw[v - 1],
                "is" | "are" | "was" | "were" | "been" | "be" | "being"
            )
        {
            return None;
        }
        // "proposes signing a treaty": a gerund after another verb is what is proposed,
        // not an act of its own
        if lw[v].ends_with("ing") && v > cl.start {
            let prev = lw[v - 1];
            let aux = matches!(
                prev,
                "is" | "are" | "was" | "were" | "been" | "be" | "'s" | "'re"
            );
            if !aux && !self.index.lookup(prev).is_empty() && !DETERMINERS.contains(&prev) {
                return None;
            }
        }
        // "Israeli strikes shatter the truce": a plural noun before the verb
        let next = lw.get(v + 1).copied().unwrap_or("");
        // ("rejects call for a truce", "rejects calls to disarm": the next word is this
        // rule's object noun)
        let object_noun =
            matches!(lw.get(v + 2), Some(&"for") | Some(&"to")) && object_matches(&r.objects, next);
        // ("demands end to arrests", "urges halt to raids": a noun by its neighbours
        // follows a verb, as "an end to" would)
        let next_noun = noun_by_neighbours(next, lw[v], lw.get(v + 2).copied().unwrap_or(""));
        // ("Sadr steps back from negotiations": the next word is this rule's own particle)
        let own_particle = r.particles.iter().any(|p| p == next);
        // ("Lightfoot sweetens offer": a party named right before the -s word is its
        // subject, and the rule's object noun after it is what it acts on)
        // (a rule that takes any object is no evidence: "offers return of detainees")
        let named_subject_object = cx.mentions.iter().any(|m| m.end == v)
            && !r.objects.iter().any(|o| o == "*")
            && object_matches(&r.objects, next);
        if lw[v].ends_with('s')
            && !object_noun
            && !named_subject_object
            && !next_noun
            && !own_particle
            && !stance_finite(lw[v])
            && !self.index.lookup(next).is_empty()
            && !cx.toks.get(v + 1).is_some_and(|t| t.punct)
        {
            let next_is_verb =
                next.ends_with('s') || next.ends_with("ed") || !next.ends_with("ing");
            if next_is_verb && !DETERMINERS.contains(&next) && r.frame != Frame::SubjectIsObject {
                return None;
            }
        }
        // "stopped short of …" negates what follows; it is not itself a stop
        if lw[v].starts_with("stop") && lw.get(v + 1) == Some(&"short") {
            return None;
        }
        let hit = match r.frame {
            Frame::Bare => self.match_bare(r, cx, v, cl).then_some(None),
            Frame::Transitive if r.owned_move => owned_move(r, cx, v, cl).map(|_| None),
            Frame::Transitive => self.match_transitive(r, cx, v, cl),
            Frame::SubjectIsObject => match_subject_frame(r, cx, v, cl),
            Frame::Travel => match_travel(r, cx, v, cl),
        }?;
        let owner = reduced_relative_owner(cx, v, cl);
        // "vetoed a draft resolution calling for an immediate cease-fire": a participle
        // right after a text tells what the text says; nobody acts
        let texts_content = lw[v].ends_with("ing")
            && v > cl.start + 1
            && object_matches(rules::word_set("draft"), lw[v - 1]);
        if owner.is_none() && texts_content {
            return None;
        }
        Some(owner.map(|a| vec![a]).or(hit))
    }

    /// "Velayati: Iraqi demands 'outside resolution 598'", "Palestinian proposals": an
    /// actor's demonym right before the word is its adjective, and the word a noun (a
    /// people acting is plural: "Iraqis demand").
    fn after_demonym(&self, cx: &Ctx, v: usize) -> bool {
        cx.mentions.iter().any(|m| {
            m.end == v
                && m.start + 1 == v
                && !m.place
                && demonym_of(cx.lw[m.start], m.actor, &self.watchlist.actors)
        })
    }

    /// Does one of the rule's particles follow within the clause (and not "back to")?
    fn particle_ok(r: &Rule, lw: &[&str], from: usize, end: usize) -> bool {
        if r.particles.is_empty() {
            return true;
        }
        // ("a helicopter sent to fetch them came back empty": "back" after another verb
        // of motion is that verb's particle)
        let other_verb = |i: usize| {
            i > from
                && matches!(
                    lw[i - 1],
                    "came"
                        | "come"
                        | "comes"
                        | "coming"
                        | "went"
                        | "go"
                        | "goes"
                        | "going"
                        | "got"
                        | "get"
                        | "gets"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                )
        };
        // ("said no agreement had been reached": "no" before a noun is a determiner; the
        // answer "no" stands before "to" or alone)
        let determiner_no = |i: usize| {
            lw[i] == "no"
                && lw.get(i + 1).is_some_and(|n| {
                    n.chars().all(|c| c.is_alphabetic() || c == '-')
                        && !matches!(*n, "to" | "too" | "again" | "also" | "now" | "outright")
                })
        };
        // ("telling the union it had nothing more to give": past another finite verb the
        // particle is that verb's)
        let clause_between = |i: usize| {
            (from + 1..i).any(|j| {
                looks_finite_verb(lw[j], lw[j - 1])
                    || (matches!(lw[j - 1], "it" | "he" | "she" | "they" | "we") && lw[j] != "to")
            })
        };
        (from..end.max(from)).any(|i| {
            r.particles.iter().any(|p| p == lw[i])
                && !other_verb(i)
                && !clause_between(i)
                && !determiner_no(i)
                // (past a comma: "says 'yes, but'" is a condition, not a yes)
                && !r.particle_not_followed_by.iter().any(|n| {
                    lw.get(i + 1) == Some(&n.as_str())
                        || (lw.get(i + 1) == Some(&",") && lw.get(i + 2) == Some(&n.as_str()))
                })
                && (r.particle_followed_by.is_empty()
                    || (r
                        .particle_followed_by
                        .iter()
                        .any(|n| words_follow(n, lw, i))
                        && !r
                            .not_followed_by
                            .iter()
                            .any(|n| lw.get(i + 2) == Some(&n.as_str()))))
        })
    }

    /// No object: the verb itself must look like a verb ("Hamas demanded …").
    fn match_bare(&self, r: &Rule, cx: &Ctx, v: usize, cl: &Clause) -> bool {
        let (lw, word) = (cx.lw, cx.lw[v]);
        let prev = if v > cl.start { lw[v - 1] } else { "" };
        let Some(after) = bare_preposition(r, lw, v, cl) else {
            return false;
        };
        // "agree to continue talks" is no concession; "agree to" + a noun phrase is for
        if no_concession_after(lw, after, cl.end) {
            return false;
        }
        if r.name == "agree to a concession"
            && coordinated_subject(cx, v, cl)
            && joint_procedure(lw, after, cl.end)
        {
            return false;
        }
        // the object rules
        // "agree in Munich to keep working": the excluded word may come a few words on,
        // as an infinitive
        let stretch = (after..(after + 6).min(cl.end)).take_while(|&i| !cx.toks[i].punct);
        for i in stretch {
            let infinitive = i > after && lw[i - 1] == "to";
            if r.not_followed_by.iter().any(|n| n == lw[i]) && (i < after + 2 || infinitive) {
                return false;
            }
        }
        if r.preposition.is_some() && (after >= cl.end || cx.toks[after].punct) {
            return false;
        }
        // "agree to boost halal trade", "agreed to cut tariffs": what is agreed is another
        // business
        // (a truce or a deal named there is the object rules' to judge: "agrees to 30-day
        // energy ceasefire" is a truce)
        let span = after..(after + 5).min(cl.end);
        let deal_named = span
            .clone()
            .any(|i| rules::word_set("deal").iter().any(|d| d == lw[i]));
        if r.preposition.is_some()
            && domain_checked(r)
            && !deal_named
            && span
                .into_iter()
                .any(|i| off_domain_word(lw[i]) && !self.watchlist.own_word(lw[i]))
        {
            return false;
        }
        // (a particle may open the next clause: "must quit Sirte | before any truce")
        let reach = if cl.end < lw.len() && !cx.toks[cl.end].punct {
            cl.end + 1
        } else {
            cl.end
        };
        if !Self::particle_ok(r, lw, v + 1, (v + 9).min(reach)) {
            return false;
        }
        // the sides meet each other, not someone or something else ("meet Laos", "met
        // the Pope"): a name or a determiner right after is an object
        let object_next = cx.toks.get(v + 1).is_some_and(|t| {
            t.text.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    t.lower.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "him" | "them" | "us"
                )
        });
        // "both met him separately": each side met somebody else
        let separately = lw[v..cl.end].contains(&"separately");
        if r.joint_subject && (object_next || separately) {
            return false;
        }
        if r.named_subject && subject_mention(cx, v).is_none() {
            return false;
        }
        if r.named_recipient && !recipient_named(r, cx, v) {
            return false;
        }
        if r.name == "approve somebody as head of government" && !person_before_as(cx, v) {
            return false;
        }
        // "were given six months to secure a cease-fire": a passive's subject is who the
        // act is aimed at, not who does it
        let passive = v > cl.start
            && matches!(
                lw[v - 1],
                "is" | "are" | "was" | "were" | "been" | "be" | "being"
            )
            && is_participle(word);
        if passive {
            return false;
        }
        // "insists on a just and lasting peace": a value is not a demand
        if r.kind == "new_demands" && demands_a_value(lw, after, cl) {
            return false;
        }
        // "tells Kyiv to take Putin's offer": pressing a side to take a text on the table
        // moves it toward the talks and states no term of the speaker's own
        if r.kind == "new_demands" && presses_to_take_a_text(lw, after, cl) {
            return false;
        }
        // "Aliyev demands Moscow admit guilt": a demand of somebody outside the talks
        if r.kind == "new_demands" && outsider_at(cx, after) {
            return false;
        }
        if plural_noun_subject(cx, v, cl) {
            return false;
        }
        if opens_what_is_said(cx, v, cl) {
            return false;
        }
        // (a place ending the subject's phrase follows its plural head, no verb: "Leaders
        // of Hamas in Doha demand")
        let plural_head = plural_head_before(cx, v, cl);
        if name_after_another_verb(cx, v, cl) && !plural_head {
            return false;
        }
        if self.head_of_a_noun_phrase(lw, v, cl) {
            return false;
        }
        // the base form after anything but a pronoun, modal or "to" is a noun:
        // "rejects Israeli demand to disarm"
        // (not a verb of expecting or weighing, whose object is the noun: "Rutte sees return
        // to talks as unlikely", "Israel mulls return of its team")
        let plural_subject = (prev.len() > 3
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !EXPECTING_VERBS.contains(&prev))
            || irregular_plural(prev);
        let mention_before = cx.mentions.iter().any(|m| m.end == v);
        let verb_position = BASE_FORM_GOVERNORS.contains(&prev)
            || plural_subject
            || plural_head
            || coordinated_after_comma(cx, v, cl)
            || (r.joint_subject && mention_before)
            || ((matches!(
                r.kind.as_str(),
                "new_demands" | "proposal_rejected" | "proposal_accepted"
            ) || r.name == "agree to a concession")
                && coordinated_subject(cx, v, cl));
        // ("must" has no other form: it is always the verb)
        if r.verbs.iter().any(|l| l == word) && !verb_position && word != "must" {
            return false;
        }
        // "a memorandum demanding …" is a reduced relative describing the memorandum
        // (", demanding that the government pay": after a comma, the subject's own act)
        if word.ends_with("ing") && v > cl.start && !GERUND_GOVERNORS.contains(&prev) && prev != ","
        {
            return false;
        }
        true
    }

    /// The word heads a noun phrase, not a predicate: "rejects southern rebels' truce
    /// demands" (a possessive phrase right after another rule's verb is that verb's
    /// object) and "Meeting between the negotiators called off" (a gerund opening the
    /// clause before "between" is the subject's noun, not a meeting held).
    fn head_of_a_noun_phrase(&self, lw: &[&str], v: usize, cl: &Clause) -> bool {
        let owner = (v.saturating_sub(4).max(cl.start)..v)
            .rev()
            .find(|&i| lw[i] == "'s");
        let object = owner.is_some_and(|p| {
            (p.saturating_sub(4).max(cl.start)..p)
                .any(|i| lw[i].len() > 3 && !self.index.lookup(lw[i]).is_empty())
        });
        let gerund_subject =
            lw[v].ends_with("ing") && v == cl.start && lw.get(v + 1) == Some(&"between");
        object || gerund_subject
    }

    /// The object after the verb, or (passive) before the participle.
    fn match_transitive(&self, r: &Rule, cx: &Ctx, v: usize, cl: &Clause) -> Option<Hit> {
        let lw = cx.lw;
        let window_end = (v + 12).min(cl.end);
        let rule_verb = |w: &str| !self.index.lookup(w).is_empty();
        if takes_no_object(r, lw, v, cl) {
            return None;
        }
        if let Some(j) = object_after(r, cx, v, cl, window_end, &rule_verb) {
            // "dropped its objection to foreign mediation": an object inside another noun's
            // "to" phrase is that noun's, not the verb's
            if (v + 1..j).any(|k| {
                matches!(
                    lw[k],
                    "objection" | "objections" | "opposition" | "resistance"
                ) && lw.get(k + 1) == Some(&"to")
                    && !r.objects.iter().any(|o| o == lw[k])
            }) {
                return None;
            }
            if inside_topic_phrase(r, lw, v + 1, j) {
                return None;
            }
            // "announced cabinet's approval of the plan": the object is what a decision
            // noun decides on, and that noun is the act ("leaves the ceasefire goal in
            // doubt": a verb of leaving with its complement is no quitting)
            let decided = (v + 1..j).any(|k| {
                matches!(
                    lw[k],
                    "approval" | "acceptance" | "rejection" | "endorsement" | "ratification"
                ) && matches!(lw.get(k + 1), Some(&"of") | Some(&"to"))
            });
            // ("leaving the talks deadlocked": the state right after the object too)
            let left_in = matches!(lw[v], "leave" | "leaves" | "leaving" | "left")
                && (lw[j + 1..(j + 6).min(lw.len())].windows(2).any(|p| {
                    matches!(
                        (p[0], p[1]),
                        (
                            "in",
                            "doubt" | "limbo" | "tatters" | "question" | "jeopardy"
                        ) | ("on", "hold" | "ice")
                            // ("leaving the mediation at a standstill")
                            | ("a", "standstill")
                    )
                }) || lw.get(j + 1).is_some_and(|w| LEFT_STATES.contains(w)));
            // ("giving the Arab plan its chance": a determiner after the text makes the
            // text the recipient of what is given)
            let recipient = matches!(lw[v], "give" | "gives" | "gave" | "given" | "giving")
                && lw.get(j + 1).is_some_and(|w| {
                    matches!(
                        *w,
                        "its" | "their" | "a" | "an" | "the" | "his" | "her" | "some" | "more"
                    )
                });
            if recipient {
                return None;
            }
            // ("puts signature to peace plan" signs it: nothing is proposed)
            let signs = r.kind == "proposal"
                && (v + 1..j).any(|k| {
                    matches!(
                        lw[k],
                        "signature" | "signatures" | "initials" | "seal" | "name"
                    )
                });
            if decided || left_in || signs {
                return None;
            }
            if object_before_comma(cx, v, j) {
                return None;
            }
            // "brushed aside suggestions that its facilitator was biased": an allegation,
            // not a suggestion put on the table
            if matches!(lw[j], "suggestion" | "suggestions") && lw.get(j + 1) == Some(&"that") {
                return None;
            }
            let team = rules::word_set("team").iter().any(|t| t == lw[j]);
            // "recalls ambassador to Lebanon, expels envoy": an ambassador recalled is a
            // diplomatic protest, and what follows belongs to the next verb
            if team && (v + 1..j).any(|k| matches!(lw[k], "ambassador" | "ambassadors")) {
                return None;
            }
            if !team && domain_checked(r) && self.off_domain(cx, j, cl) {
                return None;
            }
            // "send rescue teams to quake-hit Turkey": no negotiators
            if team && j > 0 && NON_NEGOTIATING.contains(&lw[j - 1]) {
                return None;
            }
            // "a helicopter sent to Bouaké to fetch its ministers": a team after another
            // verb's infinitive is that verb's object
            // ("giving them seven days to agree on an autonomy plan": nothing is proposed)
            if (team || r.kind == "proposal") && infinitive_between(cx, v, j) {
                return None;
            }
            // "we reached no agreement", "sent no delegation"
            if lw[v + 1..j].contains(&"no") && !r.particles.iter().any(|p| p == "no") {
                return None;
            }
            if r.with_terms && !has_terms(&lw[v + 1..(j + 6).min(cl.end)]) {
                return None;
            }
            // "agree to X" is acceptance, handled by its own rule; "agreed to a ceasefire"
            // is an agreement; "propose to meet" is no proposal
            if r.preposition.is_none()
                && lw.get(v + 1) == Some(&"to")
                && r.kind == "proposal"
                && !r.particles.iter().any(|p| p == "yes" || p == "no")
            {
                return None;
            }
            // "froze its participation in CSTO", "its involvement in the security bloc":
            // participation in anything but talks is another forum's business
            if matches!(lw[j], "participation" | "involvement" | "membership")
                && matches!(lw.get(j + 1), Some(&"in") | Some(&"at"))
            {
                let talks = lw[j + 2..(j + 7).min(cl.end)].iter().any(|w| {
                    rules::word_set("talks").iter().any(|t| t == w)
                        || matches!(
                            *w,
                            "platform" | "track" | "format" | "process" | "negotiating"
                        )
                });
                if !talks {
                    return None;
                }
            }
            if Self::particle_ok(r, lw, v + 1, window_end) {
                if r.object_owner && !cx.mentions.iter().any(|m| m.start > v && m.end <= j) {
                    return None;
                }
                if r.actor_from_object {
                    return object_owners(r, cx, v, j, cl).map(Some);
                }
                return Some(None);
            }
        }
        if r.passive && is_participle(lw[v]) {
            return self.match_passive(r, cx, v, cl, window_end);
        }
        None
    }

    /// "truce agreed", "team was recalled by Netanyahu": the object just before a
    /// participle. In running text a bare participle after a noun is a reduced relative
    /// ("the paper presented in Rome"): background; headlines drop the auxiliary, but a
    /// participle after another verb's object is still a relative ("reach a deal
    /// brokered by Qatar").
    fn match_passive(
        &self,
        r: &Rule,
        cx: &Ctx,
        v: usize,
        cl: &Clause,
        window_end: usize,
    ) -> Option<Hit> {
        let lw = cx.lw;
        // "truce has reached a dead end": a perfect tense is active
        if v > cl.start && matches!(lw[v - 1], "has" | "have" | "had" | "'ve") {
            return None;
        }
        let mut b = v;
        let mut aux = false;
        while b > cl.start && PASSIVE_AUX.contains(&lw[b - 1]) {
            aux |= matches!(
                lw[b - 1],
                "is" | "was" | "were" | "are" | "been" | "being" | "be"
            );
            b -= 1;
        }
        if b == cl.start {
            return None;
        }
        // the object right before, or before its "of", "with", "between" or "in" phrase
        // ("meeting of Kosovo, Serbia leaders called off", "ceasefire with India
        // extended", "negotiations in Khartoum between the groups and the government have
        // been suspended")
        let object = if object_matches(&r.objects, lw[b - 1]) {
            b - 1
        } else {
            let of = (b.saturating_sub(12).max(cl.start + 1)..b - 1)
                .rev()
                .find(|&k| {
                    matches!(lw[k], "of" | "with" | "between" | "in")
                        && object_matches(&r.objects, lw[k - 1])
                })?;
            of - 1
        };
        if !Self::particle_ok(r, lw, v + 1, window_end) {
            return None;
        }
        // ("talks ended successfully": the words after the participle say how it ended)
        if r.not_followed_by.iter().any(|n| words_follow(n, lw, v)) {
            return None;
        }
        if inside_topic_phrase(r, lw, object.saturating_sub(4).max(cl.start), object) {
            return None;
        }
        // "the truce reached a dead end": a participle with its own object is active
        // ("truce reached a day after talks" is still a passive)
        let time = lw.get(v + 2).is_some_and(|w| TIME_WORDS.contains(w));
        if !time
            && lw
                .get(v + 1)
                .is_some_and(|w| matches!(*w, "a" | "an" | "the" | "its" | "their" | "his" | "her"))
        {
            return None;
        }
        // "the agreement initialled in Algiers remains the basis": a participle after "the"
        // with a finite verb of its own later is a noun phrase, the subject of that verb
        let noun_phrase = object > cl.start
            && matches!(lw[object - 1], "the" | "this" | "that")
            && lw[v + 1..cl.end].iter().any(|w| {
                matches!(
                    *w,
                    "remains" | "remain" | "is" | "are" | "was" | "were" | "has" | "have" | "will"
                )
            });
        let headline_passive =
            cx.is_title && !self.verb_before(lw, cl.start, object) && !noun_phrase;
        if !(aux || headline_passive) || (domain_checked(r) && self.off_domain(cx, object, cl)) {
            return None;
        }
        // ("was turned down by the delegation": the agent after the verb's particle)
        let mut by = v + 1;
        while by < cl.end && r.particles.iter().any(|p| p == lw[by]) {
            by += 1;
        }
        let mut agents = Vec::new();
        if lw.get(by) == Some(&"by") {
            agents = first_group(cx.toks, cx.mentions, by + 1, (by + 7).min(cl.end));
        }
        Some(Some(agents))
    }

    /// Does a verb of some rule stand in [from, to)? (Then a participle after its object
    /// is a relative clause, not a headline passive.)
    fn verb_before(&self, lw: &[&str], from: usize, to: usize) -> bool {
        (from..to).any(|i| {
            let w = lw[i];
            let after_determiner = i > from && DETERMINERS.contains(&lw[i - 1]);
            let adjective = w.ends_with("ed") && i + 1 < to && HEAD_NOUNS.contains(&lw[i + 1]);
            let is_verb = !self.index.lookup(w).is_empty();
            is_verb && !after_determiner && !adjective
        }) || (from..to).any(|i| matches!(lw[i], "says" | "say" | "hold" | "holds"))
    }

    /// Is the noun at `j` the deal or the talks of another domain ("trade truce", "loan
    /// agreement", "gas price deal", "labour talks")?
    /// ("an agreement on a $7 billion bailout", "talks on electoral reform", "Congo's mining
    /// ministry reached a deal" are other business too.)
    fn off_domain(&self, cx: &Ctx, j: usize, cl: &Clause) -> bool {
        let in_mention = |i: usize| in_mention(cx.mentions, i);
        // (not a word of the analyst's own keywords: "grain deal" is a grain-deal
        // watchlist's subject)
        let off = |i: usize| {
            off_domain_word(cx.lw[i])
                && !in_mention(i)
                && !self.watchlist.own_word(cx.lw[i])
                // "the oil blockade" on a watchlist whose keyword is "blockade": the
                // modifier names what the watched thing is about, not another business
                // (a "loan agreement" stays a loan's: deals and talks are every domain's)
                && !cx.lw.get(i + 1).is_some_and(|n| {
                    self.watchlist.keyword_word(n)
                        && !["deal", "talks", "draft"]
                            .iter()
                            .any(|set| rules::word_set(set).iter().any(|w| w == n))
                })
                // ("raises gas price demand" on a watchlist whose keyword is "gas": a
                // word after the watched thing is its property)
                && (i == 0 || !self.watchlist.keyword_word(cx.lw[i - 1]))
        };
        // ("Flemish parties seal regional coalition deal", "a coalition agreement for the
        // state government in Hanover": a region's or a city's government is another
        // government than the one negotiated, unless the analyst's keywords name it)
        let lower = |i: usize| {
            SUBNATIONAL.contains(&cx.lw[i])
                && !self.watchlist.keyword_word(cx.lw[i])
                && cx.lw.get(i + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "coalition" | "government" | "cabinet" | "administration"
                    )
                })
        };
        let off = |i: usize| off(i) || lower(i);
        let before = (j.saturating_sub(3).max(cl.start)..j).any(off);
        // "… on/over/about X": what the deal or the talks are about
        // ("negotiations with Zagreb on a trade agreement": the partner named first)
        let partner = |k: usize| {
            cx.lw[j + 1] == "with"
                && (j + 2..k).all(|i| in_mention(i) || DETERMINERS.contains(&cx.lw[i]))
        };
        let about_at = (j + 1..(j + 6).min(cx.lw.len())).find(|&k| {
            // ("signed four agreements, including visa exemption": what they are)
            matches!(
                cx.lw[k],
                "on" | "over" | "about" | "to" | "for" | "including"
            ) && (k == j + 1 || partner(k) || (k == j + 2 && cx.lw[j + 1] == ","))
        });
        // (the "on" phrase may run past the clause: "deal on sharing cost of US troops")
        let after = about_at.is_some_and(|k| (k + 1..(k + 5).min(cx.lw.len())).any(off));
        // the subject's own business: "mining ministry", "trade officials"
        let subject = (cl.start..j.saturating_sub(1))
            .take(6)
            .any(|i| off(i) && !NOT_SUBJECT_DOMAINS.contains(&cx.lw[i]));
        before || after || subject
    }
}

/// Built-in kinds are negotiation acts, so a deal or talks of another business is not
/// theirs; a user's kind names its own domain ("slaps tariffs on steel") and is taken as
/// written.
fn domain_checked(r: &Rule) -> bool {
    rules::BUILTIN_KINDS.iter().any(|k| k.0 == r.kind)
}

/// A word that cannot start an infinitive ("to a deal", "to the talks", "to Cairo"):
/// determiners, numbers and capitalised-looking names are free of verbs.
fn self_verbs_free(w: &str) -> bool {
    DETERMINERS.contains(&w)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || !INFINITIVE_VERBS.contains(&w)
}

/// Terms of a truce: when it starts, how long it lasts, what it covers ("immediate",
/// "from midnight", "starting Sunday", "21-day", "three-month", "humanitarian",
/// "nationwide", "permanent", "formal").
fn has_terms(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "immediate"
                | "from"
                | "starting"
                | "humanitarian"
                | "nationwide"
                | "permanent"
                | "formal"
                | "unconditional"
                | "comprehensive"
        ) || ["-day", "-week", "-month", "-hour"]
            .iter()
            .any(|s| w.ends_with(s))
    })
}

/// "agreed to offer a truce", "agreed to pause their talks": after "to", a rule's verb
/// followed by its own object is an infinitive, and that verb's rule reads the act (not
/// "agreed to a pause"; "agree to swap 1,000 prisoners" stays the agreement).
/// ("agreed to plan their next session": any singular word right before an article or a
/// possessive is a verb too; "agreed to terms the mediators drafted" has a plural noun,
/// and "agreed to overhaul the trading arrangements" names a deal after the verb, which
/// the rule reads)
fn infinitive_at(lw: &[&str], k: usize, rule_verb: &dyn Fn(&str) -> bool) -> bool {
    let article = |n: &str| {
        matches!(
            n,
            "a" | "an" | "the" | "their" | "its" | "his" | "her" | "our" | "some" | "all"
        )
    };
    lw.get(k).is_some_and(|w| !DETERMINERS.contains(w)) && {
        let (w, n) = (lw[k], lw.get(k + 1).copied().unwrap_or(""));
        // ("agree to swap 1,000 prisoners": the people exchanged make it the sides' deal)
        let captives = lw[(k + 1).min(lw.len())..(k + 5).min(lw.len())]
            .iter()
            .any(|x| {
                matches!(
                    *x,
                    "prisoners" | "hostages" | "detainees" | "captives" | "pows" | "bodies"
                )
            });
        (rule_verb(w) && !captives && (article(n) || n.starts_with(|c: char| c.is_ascii_digit())))
            || (article(n)
                && !w.ends_with('s')
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !lw[(k + 2).min(lw.len())..(k + 6).min(lw.len())]
                    .iter()
                    .any(|x| object_matches(rules::word_set("deal"), x)))
    }
}

/// "it" after accepting or rejecting stands for a text when the same sentence names one
/// before the verb ("X accepts the plan, Y rejects it").
fn anaphoric_text(r: &Rule, cx: &Ctx, v: usize) -> bool {
    // (only a verb that takes the text straight: "said it sets up no commission" is speech)
    matches!(r.kind.as_str(), "proposal_accepted" | "proposal_rejected")
        && r.particles.is_empty()
        && r.preposition.is_none()
        && (0..v).any(|i| {
            object_matches(&r.objects, cx.lw[i])
                && !cx.lw.get(i + 1).is_some_and(|n| HEAD_NOUNS.contains(n))
                // (the antecedent keeps the rule's required modifier: "paying the increase
                // … reject it" names no pay rise)
                && (r.preceded_by.is_empty()
                    || (i > 0 && r.preceded_by.iter().any(|p| p == cx.lw[i - 1])))
        })
}

/// Who acts for a rule whose actor is the object's owner: "talks stumbled over Israel's
/// demand" (the demand's owner). A text received ("received the draft from Hamas") was put
/// forward by its sender after "from"; received from nobody named, by nobody we can name,
/// never by the side that received it.
fn object_owners(r: &Rule, cx: &Ctx, v: usize, j: usize, cl: &Clause) -> Option<Vec<usize>> {
    let owners = first_group(cx.toks, cx.mentions, v + 1, j);
    if !owners.is_empty() || r.kind != "proposal" {
        return Some(owners);
    }
    let from = (j + 1..cl.end).find(|&i| cx.lw[i] == "from")?;
    let senders = first_group(cx.toks, cx.mentions, from + 1, cl.end);
    (!senders.is_empty()).then_some(senders)
}

/// Position of the rule's object in the active frame, if any.
/// Where the would-be object phrase breaks off before its head: punctuation other than a
/// comma; ", ending the truce" (a new participial clause); "stopped NATO envoys from
/// opening the accession process" (what somebody is kept from doing does not happen, and
/// the verb's object was the people kept from it).
fn object_phrase_broken(cx: &Ctx, j: usize, k: usize) -> bool {
    let (lw, w) = (cx.lw, cx.lw[j]);
    let next_ing = |min: usize| {
        lw.get(j + 1)
            .is_some_and(|n| n.len() > min && n.ends_with("ing"))
    };
    // ("Arab ministers back Lebanon, want draft rewritten": a party right after the verb,
    // then a comma and a lower-case word, was the whole object; what follows is the next
    // verb's. A capital after the comma lists more parties: "rejects UK, Dutch offer")
    let party_object = w == ","
        && cx
            .toks
            .get(j + 1)
            .is_some_and(|t| t.text.starts_with(char::is_lowercase))
        && cx
            .mentions
            .iter()
            .any(|m| m.start == k && m.end == j && !m.place);
    (cx.toks[j].punct && w != "," && w != "'")
        || (w == "," && next_ing(3))
        || (w == "from" && j > k && next_ing(4))
        || party_object
}

/// Where the object may start after a rule's required preposition ("agreed in principle
/// to"), or `None` when what follows the preposition is no object of the rule.
fn after_preposition(
    r: &Rule,
    cx: &Ctx,
    v: usize,
    cl: &Clause,
    p: &str,
    rule_verb: &dyn Fn(&str) -> bool,
) -> Option<usize> {
    let lw = cx.lw;
    // a particle or an adverbial may come between: "agreed in principle to", "agreed
    // in Istanbul on Tuesday to"; a date pushed is no push for anything ("pushed the
    // deadline for replies to June 14": a schedule moved)
    let moved = lw[v].starts_with("push")
        && lw[v + 1..(v + 4).min(cl.end)]
            .iter()
            .any(|w| matches!(*w, "deadline" | "date" | "vote" | "back"));
    if moved {
        return None;
    }
    let pos = (v + 1..(v + 8).min(cl.end))
        .take_while(|&j| !cx.toks[j].punct && (j == v + 1 || !looks_finite_verb(lw[j], lw[j - 1])))
        .find(|&j| lw[j] == p)?;
    let k = pos + 1;
    // ("offers partial return of deportees to revive the peace process": "to" + a
    // bare verb that is none of the objects is an infinitive of purpose)
    let bare_verb = lw.get(k).is_some_and(|w| {
        !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !DETERMINERS.contains(w)
            && !object_matches(&r.objects, w)
            && (rule_verb(w) || TALK_VERBS.contains(w) || EFFORT_VERBS.contains(w))
    });
    // (unless the rule's objects are acts and that verb is one: "offered to end the
    // protest" offers the act; "agreed to offer a pause" still agrees to act)
    let own_object = r.name == "offers to do something"
        && lw.get(k).is_some_and(|w| object_matches(&r.objects, w));
    if p == "to" && ((infinitive_at(lw, k, rule_verb) && !own_object) || bare_verb) {
        return None;
    }
    Some(k)
}

fn object_after(
    r: &Rule,
    cx: &Ctx,
    v: usize,
    cl: &Clause,
    window_end: usize,
    rule_verb: &dyn Fn(&str) -> bool,
) -> Option<usize> {
    let lw = cx.lw;
    // "the intelligence head and Qatar's minister": a noun in a list, no verb
    // ("accepted and signed the text" is a chain of verbs: it goes on)
    let next_is_verb = lw
        .get(v + 2)
        .is_some_and(|w| looks_finite_verb(w, "and") || (w.ends_with('s') && !w.ends_with("ss")));
    if matches!(lw.get(v + 1), Some(&"and") | Some(&"or")) && !next_is_verb {
        return None;
    }
    let k = match &r.preposition {
        Some(p) => after_preposition(r, cx, v, cl, p, rule_verb)?,
        None => v + 1,
    };
    if r.objects.iter().any(|o| o == "=party") {
        return party_object(cx, v, k);
    }
    let mut j = k;
    while j < window_end {
        let w = lw[j];
        // "pledged on Saturday to end hostilities": a day named is no object phrase
        if w == "on" && lw.get(j + 1).is_some_and(|d| WEEKDAYS.contains(d)) {
            j += 2;
            continue;
        }
        // "Mugabe's party accepts the SADC plan, Tsvangirai rejects it": a judgement whose
        // object is "it" judges the text an earlier clause of the sentence named
        if j == k && w == "it" && anaphoric_text(r, cx, v) {
            return Some(j);
        }
        if w == "to" && to_opens_another_verb(r, lw, v, j, k, rule_verb) {
            return None;
        }
        if object_phrase_broken(cx, j, k) {
            return None;
        }
        // ("gives up bid to form government": to give up is to abandon, nothing handed over)
        let gives = matches!(lw[v], "give" | "gives" | "gave" | "giving" | "given");
        if j == v + 1 && gives && w == "up" && matches!(r.kind.as_str(), "proposal" | "agreement") {
            return None;
        }
        // coordinated verbs share the object: "accepted and signed the text", "agreed on,
        // initialled and then formally signed the text"
        let chained = matches!(
            lw[j - 1],
            "and" | "," | "then" | "formally" | "also" | "later"
        );
        let coordinated = chained && lw[v..j].iter().all(|w| *w != "the") && !cx.toks[j].punct;
        // "rejects call for a ceasefire": right after the verb and before "for", a word
        // that could be a verb is the object noun
        // (a required modifier still stands before it: "rejects increase for safety staff"
        // names no pay rise; a required possessive does not, the bare noun is the
        // subject's own: "Communists set price for propping up Babis")
        if j == v + 1 && lw.get(j + 1) == Some(&"for") && object_matches(&r.objects, w) {
            let owned = r
                .preceded_by
                .iter()
                .all(|p| matches!(p.as_str(), "its" | "their" | "his" | "her"));
            return (owned || preceded_as_required(r, lw, j, k)).then_some(j);
        }
        let modifier = participle_modifies_object(r, lw, v, j, cl);
        if j >= k && looks_finite_verb(w, lw[j - 1]) && !coordinated && !modifier {
            return None;
        }
        if (j > v + 1 || r.preposition.is_none()) && OBJECT_STOPS.contains(&w) {
            return None;
        }
        // ("joins the ambition coalition at the climate talks": for a rule about the
        // talks, talks after "at" are where it happened; what was joined came before)
        if j > k && w == "at" && object_matches(&r.objects, "talks") {
            return None;
        }
        // "left for Sharm el-Sheikh for talks": leaving for a place is going to the talks
        if j == v + 1 && w == "for" && r.kind == "delegation_withdrawal" {
            return None;
        }
        // "ceasefire proposal", "truce talks": a modifier, not the head noun; "pause in
        // mediation" is a suspension, not a truce
        let next = lw.get(j + 1).copied().unwrap_or("");
        let suspending = r.kind == "talks_suspended";
        let modifier =
            j + 1 < cl.end && (modifies(w, next, suspending) || drafted_demands(w, next));
        if drafted_noun(r, lw, j, k) {
            return Some(j);
        }
        // ", officials said": the attribution's subject is no object of the verb
        let attribution =
            j > k && lw[j - 1] == "," && matches!(next, "said" | "says" | "say" | "told" | "tells");
        let excluded_next =
            j + 1 < cl.end && r.not_followed_by.iter().any(|n| words_follow(n, lw, j));
        // "backs Turkey's EU bid", "his re-election bid": a bid for membership or office is
        // no proposal to the other side
        let other_bid = w == "bid"
            && ((j > 0 && OTHER_BIDS.contains(&lw[j - 1]))
                || bid_to_do(cx.toks, lw, j)
                || bid_before_a_court(lw, cl.start, v, j));
        let head = !(modifier || attribution || excluded_next || other_bid);
        // "Istanbul moot on Afghan peace pushed back": a preposition right after a verb
        // that takes any object is no object; the word was a noun
        let any_head = r
            .objects
            .iter()
            .filter(|o| !o.starts_with('!'))
            .all(|o| o == "*");
        if j == k && any_head && NOUN_PREPOSITIONS.contains(&w) {
            return None;
        }
        // ("Kigali rejects US charges, blames Kinshasa for ceasefire breaches": a charge, a
        // claim or a criticism heads the object, and nothing put on the table follows it)
        // "its first round of counter-tariffs", "a round of strikes": a round is talks
        // only when it is a round of talks, the noun after "of" heads the phrase
        if matches!(w, "round" | "rounds") && lw.get(j + 1) == Some(&"of") {
            j += 2;
            continue;
        }
        if rules::object_excluded(&r.objects, w) || CHARGES.contains(&w) || proposition_head(cx, j)
        {
            return None;
        }
        // ("offers its good offices": a rule that takes any head with exclusions reads
        // past the determiners to the head the exclusions are about)
        if DETERMINERS.contains(&w) && r.objects.iter().any(|o| o.starts_with('!')) {
            j += 1;
            continue;
        }
        if head && object_matches(&r.objects, w) {
            return preceded_as_required(r, lw, j, k).then_some(j);
        }
        if phrase_ends_at(r, w, next, modifier, suspending) {
            return None;
        }
        j += 1;
    }
    None
}

/// Does the object phrase end at `w`, a head noun that is none of the rule's objects?
fn phrase_ends_at(r: &Rule, w: &str, next: &str, modifier: bool, suspending: bool) -> bool {
    if object_matches(&r.objects, w) {
        return false;
    }
    // "left the status of the talks unclear", "the fate of the deal": a state of
    // something heads the phrase, and the talks after "of" are only whose state it is
    if STATE_HEADS.contains(&w) && next == "of" {
        return true;
    }
    // "a list of demands", "a package of proposals": the head is the second noun
    let of_phrase = CONTAINER_NOUNS.contains(&w) && next == "of";
    // the object phrase ends at its head noun: "the US plan for a truce"
    let time_head = suspending && TIME_HEADS.contains(&w);
    !modifier && !of_phrase && (HEAD_NOUNS.contains(&w) || time_head)
}

/// The object head found: is what stands before it allowed ("ended two days of meetings"
/// closed a round, nothing ended) and, when the rule requires a word before it ("pay
/// rise"), there?
fn preceded_as_required(r: &Rule, lw: &[&str], j: usize, k: usize) -> bool {
    // ("ended two days of UN-sponsored talks": past the hyphenated modifiers)
    let mut before = j;
    while before > k + 1 && lw[before - 1].contains('-') {
        before -= 1;
    }
    // ("ends 4 days of Paris talks": past one plain modifier too, when what stands
    // before "of" is excluded as well; "ending three decades of Karabakh mediation"
    // ends it)
    let preceded = |i: usize| r.not_preceded_by.iter().any(|p| p == lw[i]);
    let of_modifier = before >= 3
        && before - 1 > k
        && lw[before - 2] == "of"
        && preceded(before - 2)
        && preceded(before - 3);
    if before > 0 && (preceded(before - 1) || of_modifier) {
        return false;
    }
    r.preceded_by.is_empty() || (before > 0 && r.preceded_by.iter().any(|p| p == lw[before - 1]))
}

/// The rule's verb is no act done here: a noun after a verb of expecting ("sees return to
/// talks as unlikely") or after a hyphenated participle ("UN-backed draft"), an act a verb of
/// preventing governs, or an act named as a noun and put off.
fn unreal_act(r: &Rule, lw: &[&str], v: usize, cl: &Clause) -> bool {
    // "Rutte sees return to talks as unlikely": a base form right after a verb of
    // expecting is that verb's object, a noun
    // ("rejects UN-backed draft peace text": after a hyphenated participle the base form
    // is the noun it describes)
    let base = r.verbs.iter().any(|l| l == lw[v]);
    let expected_noun = v > cl.start
        && base
        && (EXPECTING_VERBS.contains(&lw[v - 1])
            || (lw[v - 1].contains('-') && lw[v - 1].ends_with("ed")));
    // "votes to stop Belgium signing the pact", "bid to block Hamas sending a team": an
    // act a verb of preventing governs is the one that must not happen; "signing of the
    // deal postponed": an act named as a noun and put off did not happen
    let prevented = lw[v].ends_with("ing")
        && lw[v.saturating_sub(3).max(cl.start)..v]
            .iter()
            .any(|w| PREVENTING.contains(w));
    let put_off = lw[v].ends_with("ing")
        && lw.get(v + 1) == Some(&"of")
        && lw[v..cl.end].iter().any(|w| PUT_OFF.contains(w));
    // "Setting an ultimatum is not compatible with democracy", "Sending a team now would
    // be a mistake": a gerund opening the clause whose phrase is the subject of "is",
    // "was" or a modal names the act, it does not do it
    let opening = (cl.start..v).all(|i| !lw[i].chars().any(char::is_alphanumeric));
    let gerund_subject = lw[v].ends_with("ing")
        && opening
        && lw[v + 1..(v + 7).min(cl.end)]
            .iter()
            .any(|w| matches!(*w, "is" | "was" | "would" | "will" | "could" | "might"));
    // "Dacic and Thaci back in Brussels to thrash out plan": "back" before a preposition
    // of place is the adverb, the sides again somewhere, not an endorsement
    let adverb_back = lw[v] == "back"
        && r.kind == "proposal_accepted"
        && lw
            .get(v + 1)
            .is_some_and(|n| matches!(*n, "in" | "at" | "on" | "from" | "home" | "together"));
    expected_noun || prevented || put_off || gerund_subject || adverb_back
}

/// Verbs of stopping an act before it happens, every form.
const PREVENTING: &[&str] = &[
    "stop",
    "stops",
    "stopped",
    "stopping",
    "prevent",
    "prevents",
    "prevented",
    "preventing",
    "block",
    "blocks",
    "blocked",
    "blocking",
    "bar",
    "bars",
    "barred",
    "barring",
    "forbid",
    "forbids",
    "forbade",
    "forbidden",
];

/// Participles of putting an act off ("signing of the accord postponed").
const PUT_OFF: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "cancelled",
    "canceled",
    "scrapped",
    "rescheduled",
];

/// Third-person verbs of expecting, judging or weighing something: the word after one is
/// its object, a noun ("sees return to talks as unlikely"), not a plural subject's verb.
const EXPECTING_VERBS: &[&str] = &[
    "sees",
    "expects",
    "predicts",
    "foresees",
    "eyes",
    "fears",
    "doubts",
    "envisages",
    "envisions",
    "anticipates",
    "mulls",
    "weighs",
    "considers",
    "backs",
    "urges",
    "seeks",
    "plans",
    "welcomes",
    "hails",
    "rules",
    "demands",
];

/// "ceasefire proposal", "truce talks": a word before a head noun modifies it; "pause in
/// mediation" is a suspension, not a truce; after a verb of suspending, "truce start" is
/// the start's (`TIME_HEADS`).
fn modifies(w: &str, next: &str, suspending: bool) -> bool {
    HEAD_NOUNS.contains(&next)
        || (suspending && TIME_HEADS.contains(&next))
        || MEETING_HEADS.contains(&next)
        || (w == "pause" && matches!(next, "in" | "of"))
}

/// "says demands unchanged": right after a verb of speech, or opening its clause, an -s
/// word opens what is said, as its subject; not a verb coordinated after a comma with the
/// clause before's subject ("Blinken calls Lavrov, demands release of reporter"), and only
/// "demands" itself ("rejects the plan, insists on X" and "…, tells Y to" give the first
/// act's grounds, and analysts file them under that act).
fn opens_what_is_said(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let word = cx.lw[v];
    let prev = if v > cl.start { cx.lw[v - 1] } else { "" };
    let comma_coordinated =
        v == cl.start && cl.coordinated && v > 0 && cx.toks[v - 1].text == "," && word == "demands";
    word.ends_with('s') && ((v == cl.start && !comma_coordinated) || SPEECH.contains(&prev))
}

/// "Kiev turns down Gazprom's $250", "Cameroon accepts Nigeria's Bakassi delay", "rejects
/// Kiev's alternative route": right after another party's possessive, what a side accepts or
/// rejects is that party's move, whatever the noun (`NOT_MOVES` aside). The object phrase is
/// at most four words and ends before a preposition, a punctuation mark or a verb; its head
/// is the last.
fn owned_move(r: &Rule, cx: &Ctx, v: usize, cl: &Clause) -> Option<usize> {
    let lw = cx.lw;
    let mut at = v + 1;
    while at < cl.end && (r.particles.iter().any(|p| p == lw[at]) || lw[at] == "the") {
        at += 1;
    }
    let owner = cx.mentions.iter().find(|m| m.start == at)?;
    let own = cx
        .mentions
        .iter()
        .any(|m| m.start >= cl.start && m.end <= v && m.actor == owner.actor);
    // (an analyst may list the possessive itself as an alias: "Israel's")
    let from = if lw[owner.end - 1] == "'s" {
        owner.end
    } else if lw.get(owner.end) == Some(&"'s") {
        owner.end + 1
    } else {
        return None;
    };
    if own {
        return None;
    }
    // (quotes and adjectives joined by "and" are inside it: "Modi's 'provocative and
    // inflammatory' speech")
    let quote = |j: usize| matches!(lw[j], "'" | "\"");
    let words: Vec<usize> = (from..(from + 6).min(cl.end))
        .filter(|&j| !quote(j))
        .take_while(|&j| {
            !cx.toks[j].punct
                && !NOUN_PREPOSITIONS.contains(&lw[j])
                && !matches!(lw[j], "to" | "that" | "as" | "but" | "after" | "before")
                && (j == from || !looks_finite_verb(lw[j], lw[j - 1]))
        })
        .take(4)
        .collect();
    let head = *words.iter().rev().find(|&&j| lw[j] != "and")?;
    // ("rejects Rwanda's torture claims": a claim read as the verb of the next clause is
    // still the noun that heads the phrase)
    let claim_next = lw.get(head + 1).is_some_and(|w| NOT_MOVES.contains(w));
    (!NOT_MOVES.contains(&lw[head]) && !claim_next).then_some(head)
}

/// "regrets halt to Philippine talks", "a freeze on talks", "pause in talks": a halting
/// verb's bare form before "to"/"on"/"in" is its noun (the verbs take their object
/// directly).
fn noun_of_halting(r: &Rule, lw: &[&str], v: usize) -> bool {
    r.kind == "talks_suspended"
        && r.preposition.is_none()
        && r.particles.is_empty()
        && r.verbs.iter().any(|l| l == lw[v])
        && matches!(lw.get(v + 1), Some(&"to") | Some(&"on") | Some(&"in"))
}

/// Acts agreed to that concede nothing: "agreed to step up joint action against
/// guerrillas" steps up cooperation ("agreed to step down" concedes); "agree to return to
/// the bargaining table" resumes the talks ("agreed to return the islands", "to return to
/// the 1967 lines" are concessions).
fn no_concession_after(lw: &[&str], after: usize, end: usize) -> bool {
    // (the rule's own "to" may still stand first: "the sides agreed to plan …")
    let after = if lw.get(after) == Some(&"to") {
        after + 1
    } else {
        after
    };
    let stepped_up = lw.get(after) == Some(&"step") && lw.get(after + 1) == Some(&"up");
    let talks_within = |from: usize, to: usize| {
        (from..to.min(end)).any(|i| {
            matches!(lw[i], "table" | "consultations")
                || rules::word_set("talks").iter().any(|t| t == lw[i])
        })
    };
    let back_to_talks = matches!(lw.get(after), Some(&"return") | Some(&"go"))
        && matches!(lw.get(after + 1), Some(&"to") | Some(&"back"))
        && talks_within(after + 2, after + 5);
    // "five parties agree to open coalition talks", "agreed to start six weeks of
    // consultations": the talks begin, nothing is conceded ("agrees to open the crossing"
    // concedes)
    // ("agree to relaunch FTA talks", "to fast-track restart of talks", "to convene talks
    // in Paris": talks started again are talks too)
    let talks_begin = matches!(
        lw.get(after),
        Some(
            &"open"
                | &"start"
                | &"begin"
                | &"launch"
                | &"hold"
                | &"restart"
                | &"relaunch"
                | &"revive"
                | &"reopen"
                | &"convene"
                | &"fast-track"
        )
    ) && talks_within(after + 1, after + 6);

    // "agreed to plan their next session", "agree to schedule another round", "agreed to
    // meet again", "to speak again", "to reconvene next week", "to keep talking": a date
    // for the next meeting is a calendar, nothing is conceded
    let next_meeting = (matches!(
        lw.get(after),
        Some(&"plan") | Some(&"schedule") | Some(&"arrange") | Some(&"set") | Some(&"fix")
    ) && talks_within(after + 1, after + 5))
        || (matches!(lw.get(after), Some(&"meet" | &"speak" | &"talk"))
            && matches!(lw.get(after + 1), Some(&"again") | Some(&"next")))
        // ("agreed to reconvene next week", "agreed to keep talking"; "agreed to recess",
        // "to adjourn until Monday": a break in the calendar concedes nothing either)
        || matches!(lw.get(after), Some(&"reconvene" | &"recess" | &"adjourn"))
        || (matches!(lw.get(after), Some(&"keep" | &"continue"))
            && matches!(lw.get(after + 1), Some(&"talking" | &"negotiating" | &"meeting")));
    // "agreed to run for the party chairmanship", "to stand for election": a candidacy is
    // a party's own business, nothing conceded to the other side
    let candidacy =
        matches!(lw.get(after), Some(&"run" | &"stand")) && lw.get(after + 1) == Some(&"for");
    stepped_up || back_to_talks || talks_begin || next_meeting || candidacy
}

/// The verb at `v` takes no object of the rule's here: a phrasal verb of the opposite
/// sense, an act not real, a noun of halting, or a calendar agreed to.
fn takes_no_object(r: &Rule, lw: &[&str], v: usize, cl: &Clause) -> bool {
    // "backs out of the deal", "backed away from the plan", "backs down": a particle
    // right after a verb of acceptance turns it into its opposite ("sets out
    // conditions", "signs off on" keep theirs)
    let phrasal = r.kind == "proposal_accepted"
        && r.particles.is_empty()
        && lw
            .get(v + 1)
            .is_some_and(|n| matches!(*n, "out" | "away" | "down"));
    // "agreed to recess at the North's request": what is agreed to is the calendar; the
    // request past it is not the object
    let calendar = r.preposition.as_deref() == Some("to")
        && lw.get(v + 1) == Some(&"to")
        && no_concession_after(lw, v + 1, cl.end);
    phrasal || calendar || unreal_act(r, lw, v, cl) || noun_of_halting(r, lw, v)
}

/// "rejects Hamas demands": a party's name right after another verb makes the word at `v`
/// the head noun of that verb's object, not a verb of its own.
fn name_after_another_verb(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    // ("slams 'gangster-like' US demands": adjectives and quotes may come between)
    let lw = cx.lw;
    if let Some(m) = cx.mentions.iter().find(|m| m.end == v) {
        // ("a 'necessary condition' for meeting U.S. demands": a gerund too)
        let verb_like =
            |w: &str| w.len() > 3 && (w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing"));
        let before = (m.start.saturating_sub(4).max(cl.start)..m.start)
            .rev()
            .filter(|&i| !cx.toks[i].punct)
            .take(3)
            .find(|&i| verb_like(lw[i]))
            .map(|i| lw[i]);
        if let Some(before) = before {
            if before.len() > 3
                && (before.ends_with('s') || before.ends_with("ed") || before.ends_with("ing"))
                && !DETERMINERS.contains(&before)
            {
                return true;
            }
        }
    }
    false
}

/// Pattern: both sides settling procedure. "Britain and US agree to Dutch venue for
/// trial", "the four agree to draw up a roadmap": where to meet and a text still to be
/// written are arrangements of the talks, not what one side concedes nor their deal (one
/// side taking the other's venue does concede it: "LTTE agrees to Geneva venue").
fn joint_procedure(lw: &[&str], after: usize, end: usize) -> bool {
    let venue = (after..(after + 4).min(end)).any(|i| matches!(lw[i], "venue" | "venues"));
    let to = if lw.get(after) == Some(&"to") {
        after + 1
    } else {
        after
    };
    let drafting = matches!(lw.get(to), Some(&"draw" | &"draft" | &"prepare" | &"write"))
        && (to + 1..(to + 5).min(end)).any(|i| rules::word_set("draft").iter().any(|d| d == lw[i]));
    venue || drafting
}

/// "rejects suggestion Canada got nothing", "dismissed the idea that the talks had
/// failed": a suggestion or an idea followed by a clause states something about the
/// world; nothing was put on the table ("rejects the idea of a truce" is a proposal).
fn proposition_head(cx: &Ctx, j: usize) -> bool {
    let lw = cx.lw;
    if !matches!(
        lw[j],
        "suggestion" | "suggestions" | "idea" | "ideas" | "notion" | "assertion" | "impression"
    ) {
        return false;
    }
    let Some(next) = lw.get(j + 1) else {
        return false;
    };
    let verb_at = |k: usize| {
        lw.get(k).is_some_and(|v| {
            looks_finite_verb(v, lw[k - 1])
                || matches!(
                    *v,
                    "got"
                        | "had"
                        | "has"
                        | "have"
                        | "would"
                        | "could"
                        | "will"
                        | "did"
                        | "made"
                        | "gave"
                        | "won"
                        | "lost"
                        | "can"
                        | "should"
                        | "must"
                        | "might"
                )
        })
    };
    let verb_after = verb_at(j + 2);
    let named = cx.toks.get(j + 1).is_some_and(|t| {
        t.text.chars().next().is_some_and(char::is_uppercase)
            || matches!(*next, "it" | "he" | "she" | "they" | "we")
    });
    // ("rejects suggestion aid is tied to the deal", "the idea the talks were dead": a
    // common noun with a copula after it is a clause's subject too)
    let copula = |k: usize| {
        lw.get(k)
            .is_some_and(|v| matches!(*v, "is" | "are" | "was" | "were"))
    };
    let det = matches!(*next, "the" | "its" | "his" | "her" | "their" | "our");
    // ("rejected suggestions the union had dropped its call": a determiner, a noun and
    // a verb)
    *next == "that"
        || (named && verb_after)
        || copula(j + 2)
        || (det && (copula(j + 3) || verb_at(j + 3)))
}

/// Does the "to" at `j` (`k`: where the object may start) open another verb's phrase,
/// so that the words after it are that verb's object and not the rule's?
fn to_opens_another_verb(
    r: &Rule,
    lw: &[&str],
    v: usize,
    j: usize,
    k: usize,
    rule_verb: &dyn Fn(&str) -> bool,
) -> bool {
    let next = lw.get(j + 1).copied().unwrap_or("");
    // "agreed to step up joint action", "to set up a commission": a word followed by its
    // particle right after "to" is another verb
    if j == v + 1 && lw.get(j + 2).is_some_and(|p| matches!(*p, "up" | "down")) {
        return true;
    }
    // (the rule's own particle is no other verb: "agree to end the war")
    if r.particles.iter().any(|p| p == next) {
        return false;
    }
    if infinitive_at(lw, j + 1, rule_verb) || TALK_VERBS.contains(&next) {
        return true;
    }
    // "agree to keep pushing for a ceasefire", "agreed to work towards a deal": an effort
    // promised, not the deal
    if j == v + 1 && EFFORT_VERBS.contains(&next) {
        return true;
    }
    // "left for Qatar to resume negotiations": an infinitive starts another clause; so
    // does "to" + a word + an article or a possessive, whatever that word is ("breaking
    // off his campaign to chair a cabinet meeting": no noun after "to" takes an article)
    // (once a head noun stands before "to": "agreed on Monday to overhaul the
    // arrangements" has only a day there, and what is agreed comes after)
    let head_before = (k..j).any(|x| {
        !DETERMINERS.contains(&lw[x])
            && !WEEKDAYS.contains(&lw[x])
            && !NOUN_PREPOSITIONS.contains(&lw[x])
    });
    let article_after = head_before
        && lw.get(j + 2).is_some_and(|d| {
            matches!(
                *d,
                "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
            )
        });
    j > k
        && j + 1 < lw.len()
        && (!self_verbs_free(next) || (article_after && !DETERMINERS.contains(&next)))
}

/// The party named right before the verb, its subject: "Hamas must", "Russian troops
/// must" (one plural noun of armed men may stand between).
pub(super) fn subject_mention(cx: &Ctx, v: usize) -> Option<usize> {
    let lw = cx.lw;
    let end = if v >= 1 && TROOPS.contains(&lw[v - 1]) {
        v - 1
    } else {
        v
    };
    cx.mentions
        .iter()
        .find(|m| m.end == end && !m.in_compound)
        .map(|m| m.actor)
}

/// Plural nouns of armed men between a party's name and its verb ("Russian troops must").
const TROOPS: &[&str] = &[
    "troops",
    "forces",
    "fighters",
    "rebels",
    "militants",
    "soldiers",
];

/// The object heads the subject: "Israeli negotiators have left", "talks between X and
/// Y resumed". Talks and truces are nobody's in particular: their agents are the actors
/// the subject phrase names ("Israel-Hamas truce", "between Ethiopia and the TPLF").
/// "Israel-Hamas summit", "Trump-Kim summit": a summit is the sides' own meeting when their
/// paired names stand right before it; a regional bloc's or another forum's summit ending
/// without a deal is one gathering over, not the talks failed. A summit named by the
/// watchlist's own context ("Camp David summit", "Mideast summit" when the analyst follows
/// those talks) is the watched talks' summit too.
fn sides_summit(cx: &Ctx, head: usize) -> bool {
    let named_by_context = (1..=2).filter(|&k| head >= k).any(|k| {
        let words = &cx.toks[head - k..head];
        words[0].text.chars().next().is_some_and(char::is_uppercase)
            && cx.watchlist.is_context_word(
                &words
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
    });
    named_by_context
        || cx
            .mentions
            .iter()
            .any(|m| m.end == head && m.compound_of_actors)
}

fn match_subject_frame(r: &Rule, cx: &Ctx, v: usize, cl: &Clause) -> Option<Hit> {
    let lw = cx.lw;
    // "the offer is enough" judges nothing; only "not enough" is a verdict
    if lw[v] == "enough" && !super::modality::judged_not_enough(lw, v) {
        return None;
    }
    // "talks starting on August 14" is a reduced relative, not talks that started
    if lw[v].ends_with("ing")
        && !(v > cl.start && matches!(lw[v - 1], "is" | "are" | "was" | "were"))
    {
        return None;
    }
    // "the Russian delegation headed by Antonov has left Geneva": a participle before "by"
    // names who leads or made the subject; it is no act of the subject's
    if lw.get(v + 1) == Some(&"by") && (lw[v].ends_with("ed") || lw[v] == "led") {
        return None;
    }
    let from = v.saturating_sub(10).max(cl.start);
    let head = (from..v)
        .rev()
        .find(|&j| object_matches(&r.objects, lw[j]))?;
    // "the Salisbury delegation's acceptance leaves the Front under pressure": a possessor
    // is not the subject
    if lw.get(head + 1) == Some(&"'s") {
        return None;
    }
    if r.kind == "talks_suspended" && lw[head] == "summit" && !sides_summit(cx, head) {
        return None;
    }
    // "Sudan-US consultations on Geneva talks end without agreement": the noun in another
    // noun's "on" phrase is what that one is about; the other noun is the subject
    let about = (head.saturating_sub(3).max(cl.start)..head)
        .rev()
        .find(|&k| {
            matches!(lw[k], "on" | "about" | "over")
                && k > cl.start
                && !DETERMINERS.contains(&lw[k - 1])
        });
    if about.is_some_and(|k| {
        k > cl.start
            && matches!(
                lw[k - 1],
                "consultations" | "contacts" | "briefing" | "report" | "talk" | "vote" | "debate"
            )
    }) {
        return None;
    }
    // "truce monitors pull out as the rebels' deadline expires": a conjunction between the
    // noun and the verb opens another clause with a subject of its own
    if lw[head + 1..v].iter().any(|w| {
        matches!(
            *w,
            "as" | "while" | "after" | "when" | "because" | "since" | "but" | "although" | "amid"
        )
    }) {
        return None;
    }
    // a judgement of a proposal ("the offer is unacceptable", "the reply 'a non-starter'")
    // stands right by it: "the reply contained non-starters" judges nothing as a whole
    // ("the offer on plates 'not acceptable'": a short prepositional phrase may follow the
    // head)
    let mut after_head = head + 1;
    if after_head < v && matches!(lw[after_head], "on" | "for" | "of" | "over" | "from") {
        after_head = (after_head + 1..(after_head + 4).min(v))
            .find(|&k| matches!(lw[k], "is" | "was" | "are" | "were" | "'" | "as"))
            .unwrap_or(v);
    }
    // ("your offer's not good enough": the negation and its grading words are the verdict)
    let verdict = if lw[v] == "enough" {
        (after_head..v)
            .find(|&k| matches!(lw[k], "not" | "nor" | "never") || lw[k].ends_with("n't"))
            .unwrap_or(v)
    } else {
        v
    };
    if r.actor_is_speaker
        && !lw[after_head..verdict].iter().all(|w| {
            matches!(
                *w,
                "is" | "was"
                    | "are"
                    | "were"
                    | "a"
                    | "an"
                    | "totally"
                    | "simply"
                    | "completely"
                    | "utterly"
                    | "as"
                    | "'s"
                    | "'"
            )
        })
    {
        return None;
    }
    if lw
        .get(v + 1)
        .is_some_and(|n| r.not_followed_by.iter().any(|x| x == n))
    {
        return None;
    }
    if !Detector::particle_ok(r, lw, v + 1, (v + 9).min(cl.end)) {
        return None;
    }
    let in_mention = |i: usize| in_mention(cx.mentions, i);
    // ("talks between the transport ministry and truckers' unions": the sides named after
    // the noun are of another business too)
    let between_end = if lw.get(head + 1) == Some(&"between") {
        v
    } else {
        head
    };
    if (from..between_end).any(|i| cx.other_business(i) && !in_mention(i)) {
        return None;
    }
    let team = rules::word_set("team").iter().any(|t| t == lw[head]);
    if team && !negotiating_team(lw, head, cl.start) {
        return None;
    }
    if team {
        return Some(None);
    }
    // the actors of the subject phrase: compounds and demonyms before the head, or
    // "between X and Y" after it
    let mut agents: Vec<usize> = Vec::new();
    // "talks between X and Y": exactly those sides
    if let Some(b) = (cl.start..v).find(|&i| lw[i] == "between") {
        let sides = super::actors::first_group(cx.toks, cx.mentions, b + 1, v);
        if sides.len() >= 2 {
            return Some(Some(sides));
        }
    }
    for m in cx
        .mentions
        .iter()
        .filter(|m| m.start >= cl.start && m.end <= v && (!m.in_compound || m.compound_of_actors))
    {
        // places are the venue ("Istanbul talks", "talks in Doha"), not a side, and so is
        // a country after "in" ("talks with the US in Sweden")
        let venue = m.start > cl.start && matches!(lw[m.start - 1], "in" | "at");
        if !m.place && !venue && !agents.contains(&m.actor) {
            agents.push(m.actor);
        }
    }
    Some(Some(agents))
}

/// Pattern: coming back from the talks. "The jirga returned to Peshawar after two days of
/// talks", "the prime minister returns to Aden under the power-sharing deal": a return
/// after a round, or made under a deal, is going home or carrying the deal out, not a
/// team setting out for the table ("negotiators return to Doha for a new round" is).
fn comes_back_from_talks(lw: &[&str], v: usize, dir: usize) -> bool {
    let returning = lw[v].starts_with("return") || lw[v] == "back";
    if !returning {
        return false;
    }
    // ("after" opens a clause of its own: the words read run past the clause's end)
    let rest = &lw[dir..(dir + 10).min(lw.len())];
    rest.iter().enumerate().any(|(i, w)| {
        let near = &rest[i + 1..(i + 6).min(rest.len())];
        (*w == "after"
            && near
                .iter()
                .any(|n| rules::word_set("held").iter().any(|h| h == n)))
            || (*w == "under"
                && near
                    .iter()
                    .any(|n| rules::word_set("deal").iter().any(|d| d == n)))
    })
}

/// The trip's errand right after the destination: "to rework", "to press", "to seal" ….
fn errand_after(lw: &[&str], dest: usize, stop: usize) -> bool {
    (dest + 1..stop.min(dest + 5)).any(|i| {
        // ("flies to Tehran to help defuse the crisis": helping to is the errand too)
        let verb = if lw.get(i + 1) == Some(&"help") {
            i + 2
        } else {
            i + 1
        };
        lw[i] == "to"
            && lw.get(verb).is_some_and(|w| {
                matches!(
                    *w,
                    "rework"
                        | "discuss"
                        | "negotiate"
                        | "press"
                        | "push"
                        | "seal"
                        | "finalise"
                        | "finalize"
                        | "revive"
                        | "salvage"
                        | "save"
                        | "seek"
                        | "secure"
                        | "close"
                        | "hammer"
                        | "broker"
                        | "present"
                        | "deliver"
                        | "clinch"
                        // ("heads to Pakistan in bid to defuse Davis standoff"): to end the
                        // crisis the talks are about
                        | "defuse"
                        | "resolve"
                        | "settle"
                        | "end"
                        | "rescue"
                        | "mediate"
                        | "unblock"
                )
            })
    })
}

/// A trip: the team or the party travels to a place ("heads to Doha", "arrives in
/// Muscat", "leaves for the UAE ahead of talks", "due in Cairo today") with a
/// negotiating purpose in the sentence; never home ("heads home", "for consultations").
/// Pattern: a team bound for a sporting event ("Lebanese and Israeli teams left for the
/// Olympics", "heads to the Asian Games", "in Doha for the World Cup"): a team of
/// athletes plays; it does not negotiate. The event is the destination after the verb.
pub(super) fn bound_for_the_games(lw: &[&str], v: usize) -> bool {
    let end = (v + 4).min(lw.len());
    let Some(dir) = (v + 1..end).find(|&j| matches!(lw[j], "to" | "in" | "for" | "at")) else {
        return false;
    };
    let dest = dir + 1 + usize::from(lw.get(dir + 1) == Some(&"the"));
    let at = |k: usize| lw.get(dest + k).copied().unwrap_or("");
    matches!(at(0), "olympics" | "olympic" | "paralympics" | "games")
        || matches!(
            at(1),
            "games" | "olympics" | "cup" | "championship" | "championships"
        )
}

fn match_travel(r: &Rule, cx: &Ctx, v: usize, cl: &Clause) -> Option<Hit> {
    let lw = cx.lw;
    // "a trade team flies to Washington to seek lower tariffs": other business
    let in_mention = |i: usize| in_mention(cx.mentions, i);
    let other_business = (cl.start..(v + 10).min(cl.end))
        .any(|i| cx.other_business(i) && !NOT_SUBJECT_DOMAINS.contains(&lw[i]) && !in_mention(i));
    if other_business {
        return None;
    }
    // the destination follows the verb ("heads to", "flew back to", "arrived today in"),
    // not an object ("left the table in Jeddah")
    let end = (v + 3).min(cl.end);
    let dir = (v + 1..end).find(|&j| matches!(lw[j], "to" | "in" | "for" | "at" | "into"))?;
    // ("flies out for last-ditch Japan push": flying out sets off; "workers walked out in
    // Louisville" struck)
    let flies_out = lw[v + 1] == "out" && matches!(lw[v], "fly" | "flies" | "flew" | "flying");
    if dir == v + 2
        && !flies_out
        && !matches!(
            lw[v + 1],
            "back" | "today" | "tonight" | "again" | "early" | "late" | "straight"
        )
    {
        return None;
    }
    if (v + 1..dir).any(|j| matches!(lw[j], "home" | "from" | "away"))
        || lw.get(dir + 1) == Some(&"home")
    {
        return None;
    }
    // a place follows: "to Doha", "in the UAE" (not "to brief", "in charge"); and
    // "back" is the trip itself only after its traveller ("team back in Cairo"), not
    // after a verb of motion ("flew back to Nairobi")
    let place = |i: usize| {
        cx.toks
            .get(i)
            .is_some_and(|t| t.text.chars().next().is_some_and(char::is_uppercase))
    };
    let dest = if matches!(lw.get(dir + 1), Some(&"the") | Some(&"a")) {
        dir + 2
    } else {
        dir + 1
    };
    // ("EU and US heading for 15% tariff deal": heading for an outcome is no trip; the
    // purpose that makes one is a meeting)
    let for_purpose = lw[dir] == "for"
        && PURPOSE_NOUNS
            .iter()
            .filter(|p| !matches!(**p, "deal" | "truce" | "ceasefire" | "cease-fire" | "peace"))
            .any(|p| lw[dest..(dest + 3).min(lw.len())].contains(p));
    if !(place(dest) || for_purpose) {
        return None;
    }
    if lw[v] == "back"
        && v > cl.start
        && !cx.mentions.iter().any(|m| m.end == v)
        && !rules::word_set("team").iter().any(|t| t == lw[v - 1])
    {
        return None;
    }
    if lw.windows(2).any(|w| w == ["for", "consultations"]) {
        return None;
    }
    if comes_back_from_talks(lw, v, dir) {
        return None;
    }
    // "returned to their camps": their own place
    if lw
        .get(dir + 1)
        .is_some_and(|w| matches!(*w, "their" | "its" | "his" | "her" | "our"))
    {
        return None;
    }
    // "to" + verb is a purpose, not a destination ("head to sign"): the next word
    // must not be a base verb of a rule
    let next = lw.get(dir + 1).copied().unwrap_or("");
    if lw[dir] == "to" && matches!(next, "sign" | "meet" | "discuss" | "agree" | "negotiate") {
        return None;
    }
    // the trip's own purpose, not a later participial clause (", ending a kidnapping that
    // rattled the peace talks")
    let stop = (v..lw.len())
        .find(|&i| lw[i] == "," && lw.get(i + 1).is_some_and(|n| n.ends_with("ing")))
        .unwrap_or(lw.len());
    // ("crossed into Gaza at the head of a large delegation": who leads a team travels as one)
    let heads_a_team = lw[v..stop].windows(3).any(|w| w == ["at", "the", "head"])
        && (v..stop).any(|j| negotiating_team(lw, j, v));
    // ("Abdulsalami, Sultan of Sokoto depart for Niamey as ECOWAS envoys": who travels as a
    // team is one)
    let as_team = (v..stop).any(|j| {
        lw[j] == "as"
            && (j + 1..(j + 4).min(stop))
                .any(|t| rules::word_set("team").iter().any(|w| w == lw[t]))
    });
    let team_subject =
        (cl.start..v).any(|j| negotiating_team(lw, j, cl.start)) || heads_a_team || as_team;
    // ("arrives in Tehran on first visit": a visit to a capital of a party is a trip to
    // that party; the same word to any other place is not)
    let party_capital = cx.mentions.iter().any(|m| m.place && m.start == dest);
    // ("Tusk travels to Ankara to rework Turkish migrant plan": to the other party's
    // capital with an errand of the talks is a trip to them)
    let errand = errand_after(lw, dest, stop);
    // ("ECOWAS mediator arrives in Bamako": a go-between arriving where a party sits is
    // on its shuttle, whatever else the sentence says)
    let go_between = rules::word_set("go_between");
    let shuttle = (cl.start..v)
        .any(|j| go_between.iter().any(|g| g == lw[j]) || matches!(lw[j], "envoy" | "envoys"))
        && cx.mentions.iter().any(|m| m.start == dest);
    // ("Kerry arrives in Pakistan to seek Davis release": to a party's own country with an
    // errand of the talks is a trip to that party too)
    let party_country = cx.mentions.iter().any(|m| m.start == dest);
    let purpose = lw[v..stop].iter().any(|w| PURPOSE_NOUNS.contains(w))
        || to_join_the_negotiators(cx, v, stop)
        || shuttle
        || (party_country && errand)
        || (party_capital && lw[v..stop].iter().any(|w| matches!(*w, "visit" | "visits")));
    // "flew back to Nairobi" goes home unless the sentence says it goes to talks, and so
    // does a team that "left the Brussels negotiations and returned to Washington"
    let left_first = v > cl.start
        && lw[v - 1] == "and"
        && (cl.start..v).any(|i| DEPARTURE_VERBS.contains(&lw[i]) || lw[i] == "left");
    let going_back = (v + 1..dir).any(|j| lw[j] == "back") || left_first;
    if !(purpose || (team_subject && !going_back))
        || !Detector::particle_ok(r, lw, v + 1, (v + 9).min(cl.end))
    {
        return None;
    }
    // "due in Cairo" is news the same day only
    if lw[v] == "due" && !lw.iter().any(|w| SAME_DAY.contains(w)) {
        return None;
    }
    Some(None)
}

/// Pattern: a trip whose errand is to take part in the bargaining ("Roshal arrives in
/// Beslan to join the crisis team", "flies in to join the mediators", "arrives to talk to
/// the hijackers", "lands in Kyiv to negotiate"): the traveller joins the talks. Talking
/// is bargaining only with a party of the watchlist ("to talk to residents" is not).
fn to_join_the_negotiators(cx: &Ctx, v: usize, stop: usize) -> bool {
    let lw = cx.lw;
    let go_between = rules::word_set("go_between");
    let team = rules::word_set("team");
    let party_at = |from: usize| {
        cx.mentions
            .iter()
            .any(|m| m.start >= from && m.start < (from + 3).min(stop))
    };
    (v..stop.saturating_sub(1)).any(|k| {
        lw[k] == "to"
            && match lw[k + 1] {
                "negotiate" => true,
                "talk" => matches!(lw.get(k + 2), Some(&"to" | &"with")) && party_at(k + 3),
                "join" => lw[k + 2..(k + 5).min(stop)].iter().any(|w| {
                    *w == "crisis"
                        || go_between.iter().any(|g| g == w)
                        || team.iter().any(|t| t == w)
                }),
                _ => false,
            }
    })
}

/// The first content word after a demand verb is a value ("peace", "sovereignty",
/// "dignity"), not something the other side could give.
fn demands_a_value(lw: &[&str], after: usize, cl: &Clause) -> bool {
    let end = (after + 8).min(cl.end);
    let mut i = after;
    while i < end
        && (DETERMINERS.contains(&lw[i])
            || VALUE_MODIFIERS.contains(&lw[i])
            || lw[i] == "'s"
            || lw[i] == "and")
    {
        i += 1;
    }
    // "Lebanon's sovereignty": skip the owner
    if i + 1 < end && lw[i + 1] == "'s" {
        i += 2;
    }
    // ("demand independence vote before signing", "sovereignty guarantee": a value before
    // a noun modifies what is demanded; "peace talks", "a just peace in Gaza" stay values)
    let modifies = |n: &str| {
        n.chars().all(char::is_alphabetic)
            && !VALUES.contains(&n)
            && !matches!(
                n,
                "and"
                    | "or"
                    | "of"
                    | "in"
                    | "for"
                    | "to"
                    | "with"
                    | "at"
                    | "on"
                    | "by"
                    | "from"
                    | "as"
                    | "before"
                    | "after"
                    | "now"
                    | "first"
                    // ("a just and durable peace that addresses …", "sovereignty over
                    // every inch": a relative clause or a place after the value)
                    | "that"
                    | "which"
                    | "over"
                    | "across"
                    | "within"
                    | "throughout"
            )
            && !["deal", "held", "talks"]
                .iter()
                .any(|set| rules::word_set(set).iter().any(|w| w == n))
    };
    // ("demand freedom for 17 jailed": freedom for somebody is their release, a term)
    // (not "freedom for members to strike their own deals": a liberty to act)
    let release = lw[i..].first() == Some(&"freedom")
        && lw.get(i + 1) == Some(&"for")
        && !lw[i + 2..(i + 6).min(lw.len())].contains(&"to");
    // ("demand independence for Chechnya": a territory's independence is something the
    // other side could concede, not a value)
    let secession = i < end
        && matches!(lw[i], "independence" | "self-determination")
        && lw.get(i + 1) == Some(&"for");
    i < end
        && VALUES.contains(&lw[i])
        && !lw.get(i + 1).is_some_and(|n| modifies(n))
        && !release
        && !secession
}

/// "Greens offer concessions", "Ministers offer the unions talks": a plural noun right
/// before a bare form makes it the verb ("European offer", "Iglesias offer of a coalition",
/// "talks offer", "proposals offer no guarantees" keep the noun).
pub(super) fn plural_subject_before(prev: &str, next: &str) -> bool {
    prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && prev.chars().all(|c| c.is_alphabetic())
        && !NOT_PLURAL_SUBJECTS.contains(&prev)
        && !rules::word_set("draft")
            .iter()
            .any(|d| d == prev || prev.strip_suffix('s') == Some(d.as_str()))
        && !matches!(next, "of" | "for" | "from" | "by")
}

/// Words ending in "s" that are no plural subject before a bare verb form.
const NOT_PLURAL_SUBJECTS: &[&str] = &[
    "talks",
    "terms",
    "news",
    "this",
    "thus",
    "always",
    "perhaps",
    "sometimes",
    "whereas",
    "demands",
    "ideas",
    "plans",
    "proposals",
    "negotiations",
    "its",
    "his",
    "hers",
    "ours",
    "theirs",
    "yours",
    "does",
    "was",
    "has",
    "is",
    "as",
    "us",
    "yes",
    "across",
    "unless",
    "besides",
    "towards",
    "afterwards",
    "means",
    "series",
    "species",
    "politics",
    "economics",
];

/// A plural noun in subject position: "demands by Hamas", "demands are …", "the demands
/// that Hamas made" (right after a party's name, "Hamas demands that Israel withdraw",
/// "that" opens what is demanded).
fn plural_noun_subject(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let word = cx.lw[v];
    // (an adverb may stand between: "Hamas now demands that …")
    let name_end = if v > cl.start + 1
        && matches!(
            cx.lw[v - 1],
            "now" | "also" | "again" | "still" | "then" | "formally"
        ) {
        v - 1
    } else {
        v
    };
    let after_name = v > cl.start && cx.mentions.iter().any(|m| m.end == name_end);
    word.ends_with('s')
        && !word.ends_with("ss")
        && match cx.lw.get(v + 1).copied().unwrap_or("") {
            "by" | "of" | "for" | "from" | "are" | "were" | "have" => true,
            "that" => !after_name,
            _ => false,
        }
}

/// A word that makes what follows a text put forward, whatever its head noun: "a draft
/// framework agreement", "the proposed accord", "U.N.-proposed unity government", "the
/// US-drafted text", "Macedonia's proposed name" (for rules whose objects are drafts).
fn drafted_noun(r: &Rule, lw: &[&str], j: usize, k: usize) -> bool {
    let (w, next) = (lw[j], lw.get(j + 1).copied().unwrap_or(""));
    if !object_matches(&r.objects, "draft") {
        return false;
    }
    let word_follows = !next.is_empty() && next.chars().all(char::is_alphabetic);
    // "a draft framework agreement", "the proposed accord": a draft whatever its head
    if matches!(w, "draft" | "proposed") && HEAD_NOUNS.contains(&next) && !drafted_demands(w, next)
    {
        return true;
    }
    // "rejects U.N.-proposed unity government": a compound naming who proposed it
    if (w.ends_with("-proposed") || w.ends_with("-drafted")) && word_follows {
        return true;
    }
    // "rejects Macedonia's proposed name", "turned down the mediator's proposed
    // sequence": whatever a determiner's "proposed" qualifies is a proposal
    let qualifier = j > k && (DETERMINERS.contains(&lw[j - 1]) || lw[j - 1] == "'s");
    w == "proposed"
        && qualifier
        && word_follows
        && !DETERMINERS.contains(&next)
        && !matches!(
            next,
            "by" | "to" | "for" | "in" | "on" | "at" | "and" | "that"
        )
}

/// Pattern: demands drafted ("table draft demands", "submitted draft requirements"): the
/// draft is a modifier, the demands are what is put on the table.
fn drafted_demands(w: &str, next: &str) -> bool {
    matches!(w, "draft" | "proposed") && rules::word_set("demands").iter().any(|d| d == next)
}

/// Pattern: "in a bid to" ("set out in fresh bid to free American", "in a last-ditch bid
/// to end the strike") states an attempt's purpose; a bid to somebody ("in its bid to the
/// union") is an offer made to them, and "rejects Soviet bid to tie Cuba to Turkey" a
/// proposal. A lower-case word after "to" that is no determiner is the attempt's verb.
fn bid_to_do(toks: &[crate::text::Token], lw: &[&str], j: usize) -> bool {
    let (Some(&"to"), Some(after), Some(t)) = (lw.get(j + 1), lw.get(j + 2), toks.get(j + 2))
    else {
        return false;
    };
    let lower = t.text.chars().next().is_some_and(|c| c.is_lowercase());
    let in_a_bid = lw[j.saturating_sub(3)..j].contains(&"in");
    lower
        && in_a_bid
        && !matches!(
            *after,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
        )
}

/// Pattern: a court or an industrial umpire ruling on a side's "bid to" act ("Labour Court
/// throws out Amcu bid to stop SMS offers", "umpire rejects state's bid to stop rail
/// action", "the judge rejected her bid to end the case") decides an application; no
/// offer to the other side is turned down.
fn bid_before_a_court(lw: &[&str], start: usize, v: usize, j: usize) -> bool {
    lw.get(j + 1) == Some(&"to")
        && lw[start..v].iter().any(|w| {
            matches!(
                *w,
                "court" | "courts" | "judge" | "judges" | "tribunal" | "umpire" | "arbitrator"
            )
        })
}

/// What a "bid" is for when it is no proposal: membership, office, a takeover.
const OTHER_BIDS: &[&str] = &[
    "eu",
    "nato",
    "membership",
    "accession",
    "election",
    "re-election",
    "reelection",
    "presidential",
    "leadership",
    "olympic",
    "takeover",
    "world",
    "cup",
    "hosting",
];

/// Verbs of talking something over: "agree to negotiate the autonomy plan" agrees to
/// talks on the plan, not to the plan.
const TALK_VERBS: &[&str] = &[
    "negotiate",
    "discuss",
    "study",
    "consider",
    "examine",
    "explore",
    "review",
    "talk",
];

/// Is the word at `j` a negotiating team that acts? Not a humanitarian or monitoring
/// mission ("handed to a humanitarian mission and flown to Valledupar"), and not the
/// object of a preposition ("handed to a mission").
fn negotiating_team(lw: &[&str], j: usize, from: usize) -> bool {
    if !rules::word_set("team").iter().any(|t| t == lw[j]) {
        return false;
    }
    let before = |k: usize| if j >= from + k { lw[j - k] } else { "" };
    let (p1, p2) = (before(1), before(2));
    let modifier = NON_NEGOTIATING.contains(&p1) || NON_NEGOTIATING.contains(&p2);
    let article = matches!(p1, "a" | "an" | "the");
    let governed = matches!(if article { p2 } else { p1 }, "to" | "by" | "with" | "from");
    !modifier && !governed
}

/// Is the token at `i` a state that is none of the watchlist's actors ("Moscow" when
/// Russia is not followed)? A capitalised word that is no mention and that the knowledge
/// table knows as a state: "demands Huambo governorship" names what is demanded, a town's post.
fn outsider_at(cx: &Ctx, i: usize) -> bool {
    let Some(t) = cx.toks.get(i) else {
        return false;
    };
    let capitalised = t.text.chars().next().is_some_and(char::is_uppercase);
    capitalised
        && !t.punct
        && !in_mention(cx.mentions, i)
        && !DETERMINERS.contains(&t.lower.as_str())
        && !matches!(
            t.lower.as_str(),
            "that" | "the" | "a" | "an" | "it" | "they" | "he" | "she" | "we"
        )
        && crate::watchlist::known_state_word(&t.text)
}

/// The rule a side's "no more talks" is reported under (`no_more_talks`).
pub(super) const NO_MORE_TALKS: &str = "no more talks";

/// "No more talks with banned party, cabinet decides", "Rueda: no more dialogue with the
/// governor": "no more" or "no further" right before the talks shuts them, when no
/// condition follows ("no more talks until the money arrives", "unless the union moves":
/// a term or a threat) and no future or plan is told.
pub(super) fn no_more_talks(lw: &[&str], v: usize) -> bool {
    let shut = lw[v] == "no"
        && matches!(lw.get(v + 1), Some(&"more" | &"further"))
        && matches!(
            lw.get(v + 2),
            Some(&"talks" | &"negotiations" | &"dialogue")
        );
    if !shut {
        return false;
    }
    // ("there had been no further talks with BALPA": no talks held is a fact told, not a
    // decision)
    let told = v > 0 && matches!(lw[v - 1], "been" | "had" | "have" | "has");
    let rest = &lw[v + 3..];
    // ("Vince Ready will keep probing, but no further talks are scheduled": a calendar
    // with nothing on it says no one shut the talks)
    let calendar = rest.iter().take(3).any(|w| {
        matches!(
            *w,
            "scheduled" | "planned" | "set" | "arranged" | "booked" | "expected"
        )
    });
    let condition = rest
        .iter()
        .take_while(|w| !matches!(**w, ";" | "—" | "–"))
        .any(|w| {
            matches!(
                *w,
                "until" | "unless" | "if" | "while" | "before" | "till" | "without"
            )
        });
    !told && !calendar && !condition
}

/// The rule a verbless headline trip is reported under (`verbless_trip`).
pub(super) const VERBLESS_TRIP: &str = "a team at the venue (headline without a verb)";

/// "US, Iranian negotiators in Doha for indirect talks", "Hamas team in Cairo for truce
/// talks": a headline with no verb puts the team at the venue (a leader "in Brussels for
/// talks" is as often a meeting already told, or a live page's title: not read). Only
/// names and connectors stand
/// before it, so no other verb's object is read as a traveller ("hosted the Iranian team
/// in Doha"), and a negotiating purpose or a visit to a party's capital follows.
pub(super) fn verbless_trip(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let lw = cx.lw;
    if !cx.is_title || !matches!(lw.get(v + 1), Some(&"in") | Some(&"at")) {
        return false;
    }
    let in_mention = |i: usize| {
        cx.mentions
            .iter()
            .any(|m| m.start <= i && i < m.end && !m.place)
    };
    let team = negotiating_team(lw, v, cl.start) && (cl.start..v).any(in_mention);
    // ("Tshisekedi in Washington today for peace talks": a party's leader there today or
    // tomorrow is the trip announced; without the day, a leader "in Brussels for talks" is
    // as often a meeting already told)
    // (the word after is "in" or "at", checked above: the name ends at `v`)
    let leader = in_mention(v) && !in_mention(v + 1);
    if !team && !leader {
        return false;
    }
    let connector = |i: usize| {
        in_mention(i)
            || matches!(
                lw[i],
                "," | "and" | "'s" | "top" | "senior" | "chief" | "lead"
            )
            || cx.toks[i].text.starts_with(char::is_uppercase)
    };
    if !(cl.start..v).all(connector) {
        return false;
    }
    let dest = if lw.get(v + 2) == Some(&"the") {
        v + 3
    } else {
        v + 2
    };
    let Some(place) = cx.toks.get(dest) else {
        return false;
    };
    if !place.text.starts_with(char::is_uppercase) {
        return false;
    }
    let rest = &lw[dest + 1..(dest + 7).min(cl.end)];
    let today = matches!(rest.first(), Some(&"today" | &"tomorrow" | &"tonight"));
    if !team && !today {
        return false;
    }
    let purpose = rest.windows(2).enumerate().any(|(k, w)| {
        w[0] == "for"
            && rest[k + 1..]
                .iter()
                .take(3)
                .any(|p| PURPOSE_NOUNS.contains(p))
    });
    // ("Kurdish delegation in Baghdad to discuss new oil export mechanism": a team there
    // to negotiate)
    let to_negotiate = team
        && rest.windows(2).any(|w| {
            w[0] == "to" && matches!(w[1], "discuss" | "negotiate" | "meet" | "talk" | "hold")
        });
    let party_capital = cx.mentions.iter().any(|m| m.place && m.start == dest);
    let visit = party_capital && rest.iter().any(|w| matches!(*w, "visit" | "visits"));
    purpose || to_negotiate || visit
}

/// Coordinated names right before the word are a plural subject, and a plural subject
/// takes the base form: "France, Germany, UK and US demand Iran reverse the bar",
/// "Egypt and Qatar demand that Israel reopen the crossing" (a lone name before the base
/// form is a noun's modifier: "rejects US demand"). Used for demands and for answers to a
/// text ("KIO and NMSP decline to sign"): what two sides "agree to" together has joint
/// rules of its own, and measured here it read meetings and venues agreed as deals.
/// Is `w` a plural head noun ("hijackers", "families"), not "-ss" nor a short word?
fn plural_word(w: &str) -> bool {
    (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(char::is_alphabetic))
        || irregular_plural(w)
}

/// Plurals without an -s ("Embassy gunmen demand release of 91 prisoners", "Villagers
/// and fishermen demand …", "Women demand seats at the table"): "-men" (not "omen"), and
/// the people a headline names as a crowd.
fn irregular_plural(w: &str) -> bool {
    (w.len() > 4
        && w.ends_with("men")
        && !w.ends_with("omen")
        && w.chars().all(char::is_alphabetic))
        || matches!(w, "men" | "women" | "people" | "children" | "police")
}

/// Pattern: a plural subject with its prepositional phrase before a base form ("Hijackers
/// of Kuwaiti jet demand …", "Workers at the Lenin shipyard demand …"): the plural head
/// opens the clause, its phrase names no verb, so the base form is the head's verb (not
/// "rejects Israeli demand": a verb stands before that noun).
fn plural_head_before(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let lw = cx.lw;
    let head_end = cx
        .mentions
        .iter()
        .find(|m| m.start == cl.start && !m.place)
        .map_or(cl.start + 1, |m| m.end);
    // ("Hamas negotiators in Cairo demand": the party's name, then its plural noun)
    let head_end = if head_end < v && plural_word(lw[head_end]) {
        head_end + 1
    } else {
        head_end
    };
    if head_end >= v || !plural_word(lw[head_end - 1]) {
        return false;
    }
    // ("Tens of thousands of Kaiser workers walk out": a count heads the phrase, and the
    // workforce it counts strikes)
    if matches!(
        lw[head_end - 1],
        "tens" | "hundreds" | "thousands" | "millions" | "dozens" | "scores" | "lots"
    ) {
        return false;
    }
    let phrase = &lw[head_end..v];
    matches!(phrase[0], "of" | "at" | "from" | "aboard" | "on" | "in")
        && phrase.len() <= 5
        && phrase[1..].iter().enumerate().all(|(k, w)| {
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !looks_finite_verb(w, if k == 0 { phrase[0] } else { phrase[k] })
        })
}

/// Pattern: headline verbs coordinated by a comma ("Hijackers fire warning shots, demand
/// fuel"): the comma's clause opened with a plural subject and its base-form verb, so a
/// base form right after the comma is that subject's next verb.
fn coordinated_after_comma(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let lw = cx.lw;
    let _ = cl;
    let Some(comma) = v.checked_sub(1).filter(|&c| lw[c] == ",") else {
        return false;
    };
    // the first clause: a plural subject (one word or a party's name) and a base form
    let head_end = cx
        .mentions
        .iter()
        .find(|m| m.start == 0 && !m.place)
        .map_or(1, |m| m.end);
    // ("Hamas fighters fire …": the party's name, then its plural noun)
    let head_end = if lw.get(head_end).is_some_and(|w| plural_word(w)) {
        head_end + 1
    } else {
        head_end
    };
    let Some(first_verb) = lw.get(head_end) else {
        return false;
    };
    // (a party named: "Settlers protest outside Knesset, demand Begin keep …" has no party
    // for subject, and the name after the verb is whom the demand is of)
    let named = cx.mentions.iter().any(|m| m.start == 0 && !m.place);
    let plural_head = named && plural_word(lw[head_end - 1]);
    plural_head
        && head_end < comma
        && first_verb.len() > 2
        && first_verb.chars().all(char::is_alphabetic)
        && !first_verb.ends_with('s')
        && !first_verb.ends_with("ed")
        && !first_verb.ends_with("ing")
        && !DETERMINERS.contains(first_verb)
        // ("Morcha negotiators back at the table, insist …": an adverb, no verb)
        && !matches!(
            *first_verb,
            "back" | "home" | "out" | "up" | "down" | "together" | "again" | "still" | "now"
        )
        && !matches!(*first_verb, "of" | "at" | "from" | "in" | "on" | "and" | "for" | "to")
        && !lw[head_end + 1..comma].contains(&",")
}

fn coordinated_subject(cx: &Ctx, v: usize, cl: &Clause) -> bool {
    let Some(last) = cx.mentions.iter().find(|m| m.end == v && !m.in_compound) else {
        return false;
    };
    let Some(conj) = last.start.checked_sub(1).filter(|&c| c > cl.start) else {
        return false;
    };
    matches!(cx.lw[conj], "and" | "&" | ",") && cx.mentions.iter().any(|m| m.end == conj)
}

/// "to take/accept/grab <a text on the table>" right after the recipient: pressing a
/// side to take an offer, a deal or a plan ("Trump tells Kyiv to take Putin's offer";
/// "Russia tells Japan to accept WWII outcome" states a term: an outcome is no text).
fn presses_to_take_a_text(lw: &[&str], after: usize, cl: &Clause) -> bool {
    let Some(to) = (after..(after + 4).min(cl.end)).find(|&i| lw[i] == "to") else {
        return false;
    };
    let taking = lw
        .get(to + 1)
        .is_some_and(|w| matches!(*w, "take" | "accept" | "grab" | "embrace"));
    let text = |w: &str| {
        rules::word_set("draft").iter().any(|d| d == w)
            || rules::word_set("deal").iter().any(|d| d == w)
    };
    taking && (to + 2..(to + 6).min(cl.end)).any(|i| text(lw[i]))
}

/// Where a count stands right before the word at `v`, or one word before it ("560 union demands",
/// "three demands", "a dozen conditions").
fn counted(lw: &[&str], v: usize, cl: &Clause) -> Option<usize> {
    let number = |w: &str| {
        (w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
            || matches!(
                w,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "dozen"
                    | "dozens"
                    | "hundreds"
                    | "several"
                    | "numerous"
            )
    };
    // (past one modifier only: "frees three, demands more" counts the freed)
    let modifier = |w: &str| {
        w.chars().all(|c| c.is_alphabetic() || c == '-') && !matches!(w, "and" | "or" | "but")
    };
    if v > cl.start && number(lw[v - 1]) {
        Some(v - 1)
    } else if v > cl.start + 1 && number(lw[v - 2]) && modifier(lw[v - 1]) {
        Some(v - 2)
    } else {
        None
    }
}

/// "Assad rebuffs Erdogan", "Berlin rebuffs Athens": for a rule whose object is "=party",
/// another watched party named right after the verb (at `k`), for that party's move. The
/// side that acts must be named ("Militants rebuff FG amnesty" gives no side).
fn party_object(cx: &Ctx, v: usize, k: usize) -> Option<usize> {
    let subject = cx.mentions.iter().rfind(|m| m.end <= v).map(|m| m.actor)?;
    cx.mentions
        .iter()
        .find(|m| m.start == k && !m.in_compound && m.actor != subject)
        .map(|m| m.start)
}

/// Where a bare rule's object starts: right after the verb, or after its preposition
/// ("agreed on Monday night to nominate", "agreed late on Friday to": a time phrase may
/// stand between the verb and the preposition).
fn bare_preposition(r: &Rule, lw: &[&str], v: usize, cl: &Clause) -> Option<usize> {
    let Some(p) = &r.preposition else {
        return Some(v + 1);
    };
    let at = time_phrase_end(lw, v + 1, cl.end);
    (lw.get(at) == Some(&p.as_str())).then_some(at + 1)
}

/// The first word at or after `i` past a short time phrase ("on Monday night", "late on
/// Friday", "overnight", "earlier this week"); `i` itself when there is none.
fn time_phrase_end(lw: &[&str], i: usize, end: usize) -> usize {
    let timeish = |w: &str| {
        WEEKDAYS.contains(&w)
            || matches!(
                w,
                "on" | "late"
                    | "early"
                    | "earlier"
                    | "later"
                    | "overnight"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "night"
                    | "morning"
                    | "evening"
                    | "afternoon"
                    | "this"
                    | "last"
                    | "week"
                    | "weekend"
            )
    };
    let mut j = i;
    while j < end.min(i + 4) && timeish(lw[j]) {
        j += 1;
    }
    // a phrase of time words only, ending on a day or a part of it ("on" alone is the
    // preposition "agree on")
    if j > i && !matches!(lw[j - 1], "on" | "this" | "last" | "late" | "early") {
        j
    } else {
        i
    }
}
