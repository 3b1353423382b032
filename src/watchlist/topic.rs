//! The topic decision's vocabulary and its evidence: keyword families, other domains,
//! compound place names, newsletters and protests.

use super::Mention;
use crate::text::{match_words, Term, Token, WordPositions};

/// Why an item was taken or not.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TopicDecision {
    /// Taken into the watchlist?
    pub taken: bool,
    /// Only half the evidence is prominent: taken only if the item continues a story
    /// the watchlist already follows.
    #[serde(default)]
    pub borderline: bool,
    /// A borderline item whose prominent half is the context (the watched parties in the
    /// headline, the negotiation's words only in passing or not at all): it is about these
    /// parties, so it continues a story on less shared wording than an item whose
    /// prominent half is a keyword another conflict's news uses as well.
    #[serde(skip)]
    pub led_by_context: bool,
    /// The context is prominent but no keyword is: a development by one of the
    /// watchlist's actors stands for the keyword (see `settle`).
    #[serde(skip)]
    pub needs_development: bool,
    /// The headline negotiates with somebody this watchlist does not follow: what it
    /// reports is that other negotiation's act, never one of this watchlist's.
    #[serde(skip)]
    pub foreign: bool,
    /// The negotiation's words are prominent but no context term or actor occurs at all
    /// ("Creditor groups urge holders to join the deal"): headline-only follow-ups of a
    /// story name nobody, so such an item is taken only when it plainly continues a story
    /// of the last day by what it says.
    #[serde(skip)]
    pub keyword_only: bool,
    /// The headline names a country, movement or leader the watchlist does not follow: a
    /// borderline item so headed may continue a story by what it shares with it, but never
    /// follows one on thin evidence (see `analyse::story::follows`).
    #[serde(skip)]
    pub stranger: bool,
    /// Human-readable reason.
    pub reason: String,
}

impl TopicDecision {
    pub(super) fn new(taken: bool, borderline: bool, reason: String) -> TopicDecision {
        TopicDecision {
            taken,
            borderline,
            led_by_context: false,
            needs_development: false,
            foreign: false,
            keyword_only: false,
            stranger: false,
            reason,
        }
    }

    /// The decision when analysing the item failed (see `Analyser::prepare_guarded`).
    pub fn failed() -> TopicDecision {
        TopicDecision::new(false, false, "analysis failed on this item (logged)".into())
    }

    /// Settles a decision that waited for detection: a development by a watchlist actor
    /// is negotiation news about these parties ("Armenia agrees to hand back four
    /// villages"); without one the item is taken only as a follow-up of a story.
    pub fn settle(&mut self, development: Option<&str>) {
        if !self.needs_development {
            return;
        }
        self.needs_development = false;
        self.taken = true;
        match development {
            Some(d) => self.reason = format!("{}; it reports a development ({d})", self.reason),
            None => {
                self.borderline = true;
                self.led_by_context = true;
                self.reason = format!(
                    "{}; no development either: only as a follow-up",
                    self.reason
                );
            }
        }
    }
}

/// Families of negotiation vocabulary (word families, not only literal terms): a
/// configured keyword from a family admits the other members, so a watchlist that says
/// "ceasefire" also sees "cease-fire" and "truce", and one that says "proposal" also sees
/// "framework" and "proposes". Spelling variants and synonyms, not a topic model.
pub(super) const FAMILIES: &[&[&str]] = &[
    &[
        "ceasefire",
        "ceasefires",
        "cease-fire",
        "cease-fires",
        "cease fire",
        "truce",
        "truces",
        "armistice",
    ],
    &[
        "talks",
        "negotiat*",
        "dialogue",
        "peace talks",
        "peace process",
    ],
    &[
        "proposal",
        "proposals",
        "propose*",
        "counterproposal*",
        "counter-proposal*",
        "framework",
        "roadmap",
        "road map",
        "peace plan",
        "bridging text",
        "blueprint",
    ],
    &[
        "deal",
        "deals",
        "agreement",
        "agreements",
        "accord",
        "accords",
        "treaty",
        "treaties",
        "pact",
        "peace deal",
        "peace agreement",
        "peace treaty",
        "peace accord",
    ],
    &[
        "delegation*",
        "delegate*",
        "negotiators",
        "negotiating team",
        "envoy*",
        "emissar*",
    ],
    &["mediat*", "broker*", "facilitator*", "intermediar*"],
    &[
        "hostage*",
        "captive*",
        "prisoner swap",
        "prisoner exchange",
        "detainees",
    ],
    &["summit", "summits", "round of talks"],
];

/// Modifiers that put a deal, a truce or talks in another domain than the negotiation
/// ("trade truce", "gas deal", "loan agreement"): one table for the topic decision and the
/// detector (which adds its own, `detect::lexicon::DETECT_OFF_DOMAIN`).
pub(crate) const OTHER_BUSINESS: &[&str] = &[
    "trade",
    "tariff",
    "tariffs",
    "tax",
    "loan",
    "credit",
    "debt",
    "energy",
    "gas",
    "oil",
    "lng",
    "pipeline",
    "rail",
    "railway",
    "railroad",
    "highway",
    "price",
    "pay",
    "wage",
    "wages",
    "labour",
    "labor",
    "union",
    "football",
    "soccer",
    "sports",
    "tourism",
    "investment",
    "business",
    "commercial",
    "climate",
    "aviation",
    "airline",
    "transfer",
    "budget",
    "coalition",
    "merger",
    "customs",
    "fishing",
    "defence",
    "defense",
    "accession",
    "deposit",
    "grant",
    "salvage",
    "grain",
    "migration",
    "deportation",
    "migrants",
    "flights",
    "currency",
    "bonds",
    "visa",
    "export",
    "exports",
    "import",
    "imports",
    "wheat",
    "fertiliser",
    "fertilizer",
    "insurance",
    "broadcasting",
    "streaming",
    "cost",
    "costs",
    "cooperation",
    "partnership",
    "offshore",
    "wind",
    "electricity",
    "science",
    "research",
    "fisheries",
    "steel",
    // commerce: an airline's aircraft purchase, a smelter's tolling contract, a coffee quota
    "airlines",
    "aircraft",
    "tolling",
    "quota",
    "quotas",
    "purchase",
    "procurement",
    "mining",
    // money lent or policed: "financing agreement", "deal on combating terrorism financing"
    "financing",
];

/// Other business only a headline's topic reads ("finance deal", "services pact").
/// (And missiles and constitutions: "missile treaty", "constitutional accord" — the
/// analyst's own keywords name them where they are the negotiation; for detection a
/// "missile barrage ends truce" is still the truce's end.)
const TOPIC_OFF_DOMAIN: &[&str] = &[
    "finance",
    "services",
    "missile",
    "missiles",
    "constitutional",
];

/// Is this word a modifier of another business (`OTHER_BUSINESS`, `TOPIC_OFF_DOMAIN`)?
fn off_domain_word(w: &str) -> bool {
    OTHER_BUSINESS.contains(&w) || TOPIC_OFF_DOMAIN.contains(&w)
}

/// Country names that end in another country's name: "South Sudan" is not "Sudan".
pub(super) const COMPOUND_PLACES: &[&str] = &[
    "northern ireland",
    "south sudan",
    "north korea",
    "south korea",
    "south africa",
    "north macedonia",
    "east timor",
    "papua new guinea",
    "new guinea",
    "new caledonia",
    "new zealand",
    "new mexico",
    "new york",
    "new jersey",
    "west virginia",
    "north carolina",
    "south carolina",
    "north dakota",
    "south dakota",
    "equatorial guinea",
    "central african republic",
];

/// Headline words of a protest or an appeal: people "calling for" a ceasefire write about
/// the war, not about the talks.
const ADVOCACY: &[&str] = &[
    "rally",
    "rallies",
    "protest",
    "protests",
    "protesters",
    "protestors",
    "march",
    "marches",
    "marchers",
    "demonstrators",
    "demonstration",
    "activists",
    "vigil",
    "petition",
    "diaspora",
    "campaigners",
];

/// Family members admitted by the configured keywords (those not configured already).
pub(super) fn family_of(keywords: &[Term]) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    for fam in FAMILIES {
        let members: Vec<Term> = fam.iter().map(|m| Term::new(m)).collect();
        let hit = keywords.iter().any(|k| {
            let kw = match_words(&k.source.replace('*', ""));
            members.iter().any(|m| {
                !m.find(&kw).is_empty()
                    || !k.find(&match_words(&m.source.replace('*', ""))).is_empty()
            })
        });
        if !hit {
            continue;
        }
        for m in members {
            let configured = keywords
                .iter()
                .any(|k| k.source.eq_ignore_ascii_case(&m.source));
            if !configured && !out.iter().any(|o| o.source == m.source) {
                out.push(m);
            }
        }
    }
    out
}

/// Words of a live entry's or an update's label ("LIVE 9:30:", "UPDATED:", "Watch:"):
/// the label of one story told as it happens, not of a list.
const LIVE_LABELS: &[&str] = &[
    "live",
    "watch",
    "updated",
    "update",
    "breaking",
    "urgent",
    "video",
    "developing",
];

/// Words of a newsletter's label ("Morning Brief:", "Horn Weekly:", "Africa Week:").
const NEWSLETTER_LABELS: &[&str] = &[
    "brief",
    "briefing",
    "daily",
    "weekly",
    "week",
    "morning",
    "evening",
    "digest",
    "roundup",
    "round-up",
    "wrap",
    "newsletter",
    "bulletin",
];

/// A headline that lists several topics ("Morning Note: A; B; C", and after a
/// newsletter's label also "Horn Weekly: A, B, C"): its segments. Commas split only
/// after a newsletter label, since a news headline's commas join its parties ("Israel,
/// Hamas agree truce, hostages to be freed").
pub(super) fn multi_topic_segments(title: &str) -> Option<Vec<String>> {
    let label_colon = label_colon(title);
    let label_has = |head: &str, words: &[&str]| {
        head.split_whitespace()
            .any(|w| words.contains(&w.to_lowercase().as_str()))
    };
    let (body, newsletter, live) = match label_colon.map(|i| (&title[..i], &title[i + 1..])) {
        Some((head, rest)) if head.split_whitespace().count() <= 4 => (
            rest,
            label_has(head, NEWSLETTER_LABELS),
            label_has(head, LIVE_LABELS),
        ),
        _ => (title, false, false),
    };
    let separators: &[char] = if newsletter { &[';', ','] } else { &[';'] };
    let parts: Vec<String> = body
        .split(separators)
        .map(|p| p.trim().trim_start_matches("and ").to_string())
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    // two comma segments are one news item's two halves ("a mediator retired, a treaty
    // still unsigned"); a list of three is a newsletter's. So are two halves after a live
    // or update label ("UPDATED: Death toll rises in El Alto; miners head for La Paz"):
    // one entry tells one story, its cause and its next step
    let two_ok = if newsletter {
        body.contains(';')
    } else {
        !live
    };
    (parts.len() >= 3 || (parts.len() == 2 && label_colon.is_some() && two_ok)).then_some(parts)
}

/// The first colon that ends a label: not one inside a clock time ("9:28 p.m. — No deal
/// at deadline; strike goes ahead at 12:01 a.m." is a live entry's single item).
fn label_colon(title: &str) -> Option<usize> {
    let b = title.as_bytes();
    title.match_indices(':').map(|(i, _)| i).find(|&i| {
        let digit_before = i > 0 && b[i - 1].is_ascii_digit();
        let digit_after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
        !(digit_before && digit_after)
    })
}

/// Words after a crowd word in which its call or appeal must come.
const ADVOCACY_WINDOW: usize = 6;

/// A crowd's appeal in the lead: a protest word, then within a few words a call or an
/// urging ("rally calls for a ceasefire", "protesters in Kinshasa urge foreign troops out").
/// The crowd must be the one calling: a party that calls in its own right is news of the
/// talks even when a protest is named elsewhere in the lead ("Iran calls ambassador home
/// ... in protest", "Centre calls unions for talks" on a farmers' protest), and a call off,
/// home or back is a party's act, never an appeal.
pub(super) fn advocacy(lead: &[String]) -> bool {
    let is_call = |j: usize| {
        matches!(
            lead[j].as_str(),
            "call" | "calls" | "calling" | "urge" | "urges" | "urging"
        ) && !matches!(
            lead.get(j + 1).map(String::as_str),
            Some("off" | "home" | "back")
        )
    };
    lead.iter().enumerate().any(|(i, w)| {
        ADVOCACY.contains(&w.as_str())
            && (i + 1..lead.len().min(i + 1 + ADVOCACY_WINDOW)).any(is_call)
    })
}

/// How often the terms occur in the words, skipping matches inside a compound place
/// name ("Sudan" in "South Sudan").
pub(super) fn occurrences(terms: &[Term], words: &[String]) -> usize {
    terms
        .iter()
        .map(|t| {
            t.find(words)
                .into_iter()
                .filter(|&i| !inside_compound_place(words, i, t.len()))
                .count()
        })
        .sum()
}

fn inside_compound_place(words: &[String], i: usize, n: usize) -> bool {
    // split once: this runs at every keyword occurrence of every item
    static SPLIT: std::sync::LazyLock<Vec<Vec<&'static str>>> = std::sync::LazyLock::new(|| {
        COMPOUND_PLACES
            .iter()
            .map(|p| p.split(' ').collect())
            .collect()
    });
    SPLIT.iter().any(|pw| {
        let extra = pw.len().saturating_sub(n);
        extra > 0
            && i >= extra
            && i + n <= words.len()
            && words[i - extra..i + n]
                .iter()
                .map(String::as_str)
                .eq(pw.iter().copied())
    })
}

/// How often negotiation words occur, except where a modifier puts them in another
/// domain ("trade truce", "deposit agreement") or inside a compound place name.
/// Words that make a capitalised context term an organisation's or a place's name, not
/// a person's ("Players Association", "Federal Mediation and Conciliation Service").
const NOT_PERSONS: &[&str] = &[
    "association",
    "union",
    "league",
    "committee",
    "council",
    "service",
    "party",
    "front",
    "congress",
    "board",
    "bank",
    "fund",
    "club",
    "house",
    "office",
    "ministry",
    "commission",
    "court",
    "assembly",
    "group",
    "forces",
    "army",
    "movement",
    "alliance",
    "coalition",
    "agreement",
    "accord",
    "street",
    "square",
    "palace",
    "island",
    "islands",
    "sea",
    "river",
    "city",
    "state",
    "states",
    "republic",
    "kingdom",
    "nations",
    "national",
    "federal",
    "united",
    "new",
    "north",
    "south",
    "east",
    "west",
    "central",
    "general",
    "of",
    "and",
];

/// The surnames of the persons among the context terms: a term of two or three
/// capitalised words, none of an organisation or a place ("David Stern" → "Stern").
pub(super) fn surnames(context: &[String]) -> Vec<String> {
    context
        .iter()
        .filter_map(|t| {
            let words: Vec<&str> = t.split_whitespace().collect();
            let person = (2..=3).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                        && w.chars().any(char::is_lowercase)
                        && !NOT_PERSONS.contains(&w.to_lowercase().as_str())
                        && !super::actors::known_word(&w.to_lowercase())
                });
            let last = words.last()?;
            (person && last.chars().count() >= 3).then(|| last.to_string())
        })
        .collect()
}

/// Domains of business: (words that show a watchlist is about it, words of it). On a
/// watchlist whose keywords show the domain ("strike*", "wage*"; "tariff*"), the domain's
/// words are its own business, not another's: "teachers strike over pay" is a labour
/// watchlist's news, "trade delegation" a trade negotiation's team.
const DOMAINS: &[(&[&str], &[&str])] = &[
    (
        &[
            "strike",
            "strikes",
            "wage",
            "wages",
            "bargaining",
            "bargain",
            "lockout",
            "picket",
        ],
        &[
            "pay", "wage", "wages", "labour", "labor", "union", "unions", "salary", "salaries",
            "pension", "pensions", "overtime", "raise", "raises",
        ],
    ),
    (
        &[
            "tariff", "tariffs", "trade", "customs", "duties", "exports", "export",
        ],
        &[
            "trade", "tariff", "tariffs", "customs", "duties", "export", "exports", "import",
            "imports",
        ],
    ),
    (
        &["gas", "oil", "pipeline", "energy", "lng"],
        &[
            "gas", "oil", "pipeline", "energy", "lng", "transit", "price",
        ],
    ),
    (
        &[
            "debt",
            "loan",
            "loans",
            "bailout",
            "imf",
            "creditors",
            "bondholders",
        ],
        &[
            "debt",
            "loan",
            "loans",
            "credit",
            "bailout",
            "imf",
            "creditors",
            "bondholders",
        ],
    ),
];

/// The words of every domain the keywords show (see `DOMAINS`).
pub(super) fn own_domain_words(keywords: &[Term]) -> Vec<&'static str> {
    DOMAINS
        .iter()
        .filter(|(signs, _)| signs.iter().any(|w| keywords.iter().any(|k| k.has_word(w))))
        .flat_map(|(_, words)| words.iter().copied())
        .collect()
}

#[cfg(test)]
pub(super) fn topical_occurrences(terms: &[Term], words: &[String]) -> usize {
    topical_occurrences_own(terms, &WordPositions::new(words), &|_| false)
}

/// `topical_occurrences`, where `own` exempts the watchlist's own keyword words as
/// modifiers ("nuclear talks" are the subject of a watchlist whose keywords say "nuclear").
pub(super) fn topical_occurrences_own(
    terms: &[Term],
    at: &WordPositions,
    own: &dyn Fn(&str) -> bool,
) -> usize {
    let words = at.words();
    // "an agreement to deposit $1 billion", "a deal on deportation flights"
    let about = |i: usize, n: usize| {
        words
            .get(i + n)
            .is_some_and(|w| matches!(w.as_str(), "to" | "on" | "over" | "for"))
            && words
                .get(i + n + 1)
                .is_some_and(|w| off_domain_word(w) && !own(w))
    };
    // "it would deal with the decision", "they will talk": after a modal the word is a
    // verb, and the negotiation noun it shares a spelling with is not there
    let verb = |i: usize| {
        i > 0
            && matches!(
                words[i - 1].as_str(),
                "would" | "will" | "can" | "could" | "must" | "should" | "might" | "shall"
            )
    };
    terms
        .iter()
        .map(|t| {
            t.find_in(at)
                .into_iter()
                .filter(|&i| !qualified_away(words, i, own) && !about(i, t.len()) && !verb(i))
                .filter(|&i| !inside_compound_place(words, i, t.len()))
                .count()
        })
        .sum()
}

/// Nouns that name a dossier whatever the watchlist's keywords: "military cooperation
/// agreement" is another dossier even where "agreement" is no keyword.
pub(super) fn dossier_nouns() -> &'static [Term] {
    static NOUNS: std::sync::LazyLock<Vec<Term>> = std::sync::LazyLock::new(|| {
        [
            "deal",
            "agreement",
            "accord",
            "pact",
            "treaty",
            "memorandum",
            "talks",
        ]
        .iter()
        .map(|w| Term::new(w))
        .collect()
    });
    &NOUNS
}

/// How often negotiation words occur qualified into another business ("fishing quota
/// deal", "energy cooperation pact", "a $300m agreement"). A headline whose only
/// negotiation words are such names another dossier; its lead's "negotiators" and
/// "agreements" are that dossier's too.
pub(super) fn off_domain_occurrences(
    terms: &[Term],
    words: &[String],
    own: &dyn Fn(&str) -> bool,
) -> usize {
    terms
        .iter()
        .map(|t| {
            t.find(words)
                .into_iter()
                .filter(|&i| qualified_away(words, i, own))
                .count()
        })
        .sum()
}

/// Is the negotiation word at `i` qualified into another business by one of the two words
/// before it ("trade truce", "gas price deal", a sum of money) or a lender near it — unless
/// the qualifier is one of the analyst's own keyword words (`own`)?
fn qualified_away(words: &[String], i: usize, own: &dyn Fn(&str) -> bool) -> bool {
    let off = |back: usize| i >= back && other_business(&words[i - back]) && !own(&words[i - back]);
    off(1) || off(2) || lender_near(words, i, own)
}

/// Capitalised words that name nobody: labels, wire slugs, days and months.
const NOT_NAMES: &[&str] = &[
    "live",
    "watch",
    "update",
    "updated",
    "exclusive",
    "analysis",
    "explainer",
    "opinion",
    "breaking",
    "video",
    "photos",
    "ap",
    "afp",
    "q&a",
    "faq",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i",
    "we",
    // titles written as capitals: "talks with PM" names nobody new
    "pm",
    "fm",
    "mp",
    "mps",
    "dpm",
    "govt",
    "peace",
    "truce",
    "ceasefire",
    "talks",
    "deal",
];

/// The negotiation in a headline is with somebody the watchlist does not follow: a name
/// in a party's slot that is no party of it. Two slots: coordinated with a party at the
/// head of the headline ("Colombia and FARC dissidents launch talks", "Egypt, IMF reach
/// deal") and the counterpart of a negotiation word ("opens talks with the Clan del
/// Golfo", "suspends ceasefire with FARC dissidents"). Hosts and mediators named elsewhere
/// in the headline do not make it ours ("Israel and Hezbollah agree truce brokered by US
/// and France"). Returns the name.
pub(super) fn foreign_counterpart(
    src: &str,
    toks: &[Token],
    mentions: &[Mention],
    is_keyword: &dyn Fn(&str) -> bool,
    is_context: &dyn Fn(&str) -> bool,
    is_name_in_text: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let capitalised = |t: &Token| t.text.chars().next().is_some_and(|c| c.is_uppercase());
    let long: Vec<&Token> = toks
        .iter()
        .filter(|t| !t.punct && t.text.len() > 3)
        .collect();
    let title_case =
        !long.is_empty() && long.iter().filter(|t| capitalised(t)).count() * 10 >= long.len() * 6;
    let named = |i: usize| super::in_mention(mentions, i);
    let proper = |i: usize| -> bool {
        let Some(t) = toks.get(i) else { return false };
        let acronym = t.text.len() >= 2
            && t.text.chars().all(|c| c.is_ascii_uppercase() || c == '.')
            && t.text.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2;
        !t.punct
            && !named(i)
            && !t.text.contains('-')
            && !is_context(&t.lower)
            && !NOT_NAMES.contains(&t.lower.as_str())
            // (in a title-case headline every word has a capital: a name is one the item's
            // text writes with one inside a sentence too, "the Clan del Golfo")
            && (acronym || (capitalised(t) && (!title_case || is_name_in_text(&t.text))))
    };
    // after a "Label:" opener the headline starts again
    let opener = toks
        .iter()
        .position(|t| t.text == ":")
        .filter(|&p| p <= 4)
        .map_or(0, |p| p + 1);
    // "<party> and <name> …", "<party>, <name> …" (a capital opening the headline acts for
    // its state: "Damascus and SDF agree ceasefire")
    if let Some(m) = mentions.iter().find(|m| m.start == opener) {
        // (the tokenizer drops a bare "&": look at the text between the words)
        let ampersand = match (toks.get(m.end - 1), toks.get(m.end)) {
            (Some(a), Some(b)) => src.get(a.end..b.start).is_some_and(|g| g.contains('&')),
            _ => false,
        };
        let joined = ampersand
            || toks
                .get(m.end)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "," | "&"));
        let next = if ampersand { m.end } else { m.end + 1 };
        if joined && proper(next) {
            return Some(toks[next].text.clone());
        }
    }
    // "<name> and <party> …": the same pair the other way round ("Japan and North Korea
    // held secret talks", "Lebanon, Israel to hold border talks")
    // (a comma joins only a country's name: a headline's first word has a capital anyway)
    let state = |i: usize| proper(i) && super::actors::known_name(&toks[i].text);
    let joiner = |i: usize| {
        toks.get(i)
            .is_some_and(|t| matches!(t.lower.as_str(), "and" | "&"))
            || (toks.get(i).is_some_and(|t| t.text == ",") && state(i - 1))
    };
    if proper(opener)
        && !is_keyword(&toks[opener].lower)
        && joiner(opener + 1)
        && mentions.iter().any(|m| m.start == opener + 2 && !m.place)
    {
        return Some(toks[opener].text.clone());
    }
    // "<state> and <state> agree …" with no party at all: two countries the knowledge
    // table knows, neither followed here, head the headline and make a deal or talks of
    // their own ("Pakistan and Afghanistan agree ceasefire after talks in Doha"; not
    // members of a multilateral round: "India, Nigeria lead outcry")
    let bilateral = |i: usize| {
        (i..(i + 4).min(toks.len())).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "agree"
                    | "agreed"
                    | "sign"
                    | "signed"
                    | "talks"
                    | "truce"
                    | "ceasefire"
                    | "deal"
                    | "pact"
                    | "accord"
                    | "meet"
                    | "met"
            )
        })
    };
    if state(opener) && joiner(opener + 1) && state(opener + 2) && bilateral(opener + 3) {
        return Some(toks[opener].text.clone());
    }
    // "Trump-Kim summit ends without a deal": a pair of names joined by a hyphen before
    // a negotiation word, one a party and the other nobody the watchlist follows
    if let Some(name) = hyphen_pair(toks, mentions, opener, is_keyword, is_context) {
        return Some(name);
    }
    // "<negotiation word> with <name>"; "normalise ties with <name>" is a dossier too
    let dossier = |w: &str| is_keyword(w) || matches!(w, "ties" | "relations");
    for k in (opener..toks.len()).filter(|&k| dossier(&toks[k].lower)) {
        if let Some(w) = (k + 1..(k + 3).min(toks.len())).find(|&w| toks[w].lower == "with") {
            let first = if toks.get(w + 1).is_some_and(|t| t.lower == "the") {
                w + 2
            } else {
                w + 1
            };
            if proper(first) {
                return Some(toks[first].text.clone());
            }
        }
    }
    None
}

/// "<party>-<Name> summit/talks" (see `foreign_counterpart`): two capitalised names
/// joined by a hyphen, exactly one of them a party, a meeting or negotiation word right
/// after. Returns the pair. Not combining forms ("Sino-US talks", "Franco-German").
fn hyphen_pair(
    toks: &[Token],
    mentions: &[Mention],
    opener: usize,
    is_keyword: &dyn Fn(&str) -> bool,
    is_context: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let meeting = |i: usize| {
        toks.get(i).is_some_and(|t| {
            is_keyword(&t.lower) || matches!(t.lower.as_str(), "summit" | "meeting")
        })
    };
    (opener..toks.len().saturating_sub(1)).find_map(|i| {
        let t = &toks[i];
        let parts: Vec<&str> = t.text.split('-').collect();
        let names = parts.len() == 2
            && parts.iter().all(|p| {
                p.len() > 1
                    && p.chars().next().is_some_and(char::is_uppercase)
                    && !COMBINING_FORMS.contains(&p.to_lowercase().as_str())
            });
        let here: Vec<&Mention> = mentions.iter().filter(|m| m.start == i).collect();
        let one_party =
            here.len() == 1 && here[0].in_compound && !here[0].compound_of_actors && !here[0].place;
        let foreign_part = parts.iter().any(|p| {
            let lower = p.to_lowercase();
            // (not an acronym: "U.S.-Taliban deal", "UN-AU talks" name the go-betweens of
            // the watchlist's own negotiation as often as anybody else's)
            let acronym = p.chars().all(|c| c.is_ascii_uppercase() || c == '.');
            !acronym
                && !is_context(&lower)
                && !is_keyword(&lower)
                && !NOT_NAMES.contains(&lower.as_str())
        });
        (names && one_party && foreign_part && meeting(i + 1)).then(|| t.text.clone())
    })
}

/// First halves of compound adjectives of peoples: "Sino-US" names no third party.
const COMBINING_FORMS: &[&str] = &[
    "sino", "anglo", "franco", "indo", "afro", "euro", "russo", "austro", "greco", "turco",
    "italo", "german", "judeo", "arab", "pan", "afghan", "pak",
];

/// A word that puts the next negotiation word in another business: an `OTHER_BUSINESS`
/// modifier ("gas deal") or a sum of money ("a $300m agreement", "€2.7 billion deal"):
/// peace agreements are not priced in their headlines, loans and purchases are.
fn other_business(word: &str) -> bool {
    off_domain_word(word) || money(word)
}

/// "billion", "bn", "300m", "15bn": an amount of money as the tokenizer leaves it.
fn money(word: &str) -> bool {
    if matches!(
        word,
        "billion" | "million" | "trillion" | "bn" | "mln" | "bln"
    ) {
        return true;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &word[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(unit, "m" | "bn" | "b" | "mn")
}

/// Lenders: an agreement or talks the IMF, the World Bank, a development bank or
/// creditors hold with a country are about its money ("IMF staff reach agreement with Armenia", "creditors to
/// restart debt talks"), whatever negotiation word the wire uses.
/// (A lender the analyst follows, a party or a keyword of the watchlist, is the
/// negotiation's own business: "IMF reaches staff-level deal with Ghana" on a watchlist of
/// Ghana's debt talks with the IMF.)
fn lender_near(words: &[String], i: usize, own: &dyn Fn(&str) -> bool) -> bool {
    let from = i.saturating_sub(10);
    let lender = |k: usize| match words[k].as_str() {
        "imf" | "creditors" | "bondholders" | "lenders" | "adb" => true,
        "monetary" => words.get(k + 1).is_some_and(|w| w == "fund"),
        "bank" => k > 0 && matches!(words[k - 1].as_str(), "world" | "development"),
        "staff" => words.get(k + 1).is_some_and(|w| w == "level"),
        _ => false,
    };
    // (the cheap word test first: `own` reads the watchlist's terms)
    (from..i).any(|k| lender(k) && !own(&words[k]))
}

/// A headline about another business: it names a `BUSINESS_HEADLINE` word or a lender
/// ("Thai trade team flies to Washington to seek lower US tariff", "Saudi Arabia pledges
/// $1.2bn to prop up Yemen government budget", "IMF staff visit Beirut") and no negotiation word of its own. Such a
/// headline's lead talks of *its* negotiations ("another round of negotiations before the
/// deadline"), so only a negotiation word in the headline itself makes it the
/// watchlist's news (the caller checks that). `own` exempts the watchlist's own keyword words ("grain" of "grain deal").
pub(super) fn business_headline(title: &[String], own: &dyn Fn(&str) -> bool) -> bool {
    title.iter().enumerate().any(|(k, w)| {
        (BUSINESS_HEADLINE.contains(&w.as_str()) && !own(w)) || lender_near(title, k + 1, own)
    })
}

/// The `OTHER_BUSINESS` words that make a whole headline another business. Not the words a
/// war report uses too ("oil terminal", "Saudi-led coalition", "flights carry prisoners",
/// "pledges $3 billion"): those only qualify the negotiation word they stand before.
const BUSINESS_HEADLINE: &[&str] = &[
    "trade",
    "tariff",
    "tariffs",
    "loan",
    "debt",
    "budget",
    "investment",
    "business",
    "commercial",
    "customs",
    "currency",
    "bonds",
    "tourism",
    "football",
    "soccer",
    "sports",
    "climate",
    "finance",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_among_the_context_terms_is_named_by_surname() {
        let ctx: Vec<String> = [
            "David Stern",
            "Port Sudan",
            "Tehrik-e-Taliban Pakistan",
            "Players Association",
            "Air Canada",
            "NBPA",
            "Noor Wali Mehsud",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(surnames(&ctx), vec!["Stern", "Mehsud"]);
    }

    #[test]
    fn families_follow_the_configured_keywords() {
        let kw = vec![Term::new("ceasefire"), Term::new("peace treaty")];
        let fam: Vec<String> = family_of(&kw).into_iter().map(|t| t.source).collect();
        assert!(
            fam.contains(&"cease-fire".to_string()) && fam.contains(&"truce".to_string()),
            "{fam:?}"
        );
        assert!(
            fam.contains(&"treaty".to_string()) && fam.contains(&"agreement".to_string()),
            "{fam:?}"
        );
        assert!(!fam.contains(&"ceasefire".to_string()));
        assert!(!fam.iter().any(|f| f.starts_with("mediat")), "{fam:?}");
    }

    #[test]
    fn other_domains_and_compound_places_do_not_count() {
        let fam = vec![Term::new("truce"), Term::new("deal")];
        assert_eq!(
            topical_occurrences(&fam, &match_words("US and China agree trade truce")),
            0
        );
        assert_eq!(
            topical_occurrences(&fam, &match_words("climate finance deal in Baku")),
            0
        );
        assert_eq!(
            topical_occurrences(&fam, &match_words("Sudan truce talks")),
            1
        );
        // lenders and prices make it another business
        let agreement = vec![Term::new("agreement"), Term::new("talks")];
        for other in [
            "IMF staff reach agreement with Armenia on review",
            "World Bank, Ethiopia sign $300m agreement",
            "Serbia to buy jets in 2.7 billion agreement",
            "creditors to restart talks",
            "ADB and Nepal reach agreement on road project",
            "Asian Development Bank signs agreement with Jakarta",
        ] {
            assert_eq!(
                topical_occurrences(&agreement, &match_words(other)),
                0,
                "{other}"
            );
        }
        assert_eq!(
            topical_occurrences(
                &agreement,
                &match_words("Armenia and Azerbaijan reach agreement")
            ),
            1
        );
        let own = |_: &str| false;
        assert!(business_headline(
            &match_words("Thai trade team flies to Washington"),
            &own
        ));
        assert!(business_headline(
            &match_words("IMF staff end visit to Beirut"),
            &own
        ));
        assert!(!business_headline(
            &match_words("Houthi drones hit oil terminal"),
            &own
        ));
        let sudan = vec![Term::new("Sudan")];
        assert_eq!(
            occurrences(&sudan, &match_words("South Sudan peace talks open")),
            0
        );
        assert_eq!(
            occurrences(&sudan, &match_words("Sudan's army and the RSF")),
            1
        );
    }

    #[test]
    fn newsletters_and_protests() {
        assert_eq!(
            multi_topic_segments(
                "Morning Note: debt deal in sight; Turkey run-off; Sudan truce talks grind on"
            )
            .map(|s| s.len()),
            Some(3)
        );
        assert!(multi_topic_segments("Israel, Hamas agree truce; hostages to be freed").is_none());
        // after a newsletter's label, commas list topics too; two halves are one item
        assert_eq!(
            multi_topic_segments("Horn Weekly: Somalia votes, drought deepens, Tigray truce holds")
                .map(|s| s.len()),
            Some(3)
        );
        assert!(
            multi_topic_segments("Caucasus Weekly: a mediator retired, a treaty unsigned")
                .is_none()
        );
        assert!(multi_topic_segments("Gaza: Israel, Hamas agree truce, hostages freed").is_none());
        // a clock time's colon labels nothing
        assert!(multi_topic_segments(
            "9:28 p.m. — No deal at deadline; PSAC strike goes ahead at 12:01 a.m."
        )
        .is_none());
        // a live entry's or an update's two halves are one story; three are a list
        assert!(multi_topic_segments("Live 9:30: talks resume; strike goes ahead").is_none());
        assert!(multi_topic_segments(
            "UPDATED: Death toll rises in El Alto; miners head for La Paz"
        )
        .is_none());
        assert_eq!(
            multi_topic_segments("Live: talks resume; strike goes ahead; markets slide")
                .map(|s| s.len()),
            Some(3)
        );
        assert_eq!(
            multi_topic_segments("Gaza: talks resume; Lebanon truce holds").map(|s| s.len()),
            Some(2)
        );
        assert!(advocacy(&match_words(
            "Sudanese diaspora rally in London calls for ceasefire"
        )));
        assert!(!advocacy(&match_words("Hamas calls for talks to resume")));
        // the party calls, and the protest is the occasion or a word of its own act
        assert!(!advocacy(&match_words(
            "Iran calls ambassador home over verdict; protesters gather outside embassy"
        )));
        assert!(!advocacy(&match_words(
            "Union calls off protest after minister agrees to reopen talks"
        )));
        assert!(advocacy(&match_words(
            "Parents rally outside the assembly, call on both sides to settle"
        )));
    }
}
