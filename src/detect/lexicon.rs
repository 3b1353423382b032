//! Word lists the detector reads sentences with: speech and clause words, modality cues
//! (negation, denial, threat, modal and future, background), determiners, anaphors and
//! the nouns that head object phrases. Tables, not logic.

pub(super) const SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "told",
    "tells",
    "tell",
    "informed",
    "informs",
    "confirmed",
    "confirms",
    "added",
    "adding",
    "stated",
    "claimed",
    "claims",
    "noted",
    "announced",
    "announces",
    "reported",
    "insisted",
    "insists",
    "argued",
    "wrote",
    "accused",
    "accuses",
    "accusing",
    "alleged",
    "alleges",
    "believes",
    "believed",
];
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "but",
    "however",
    "while",
    "whereas",
    "although",
    "though",
    "after",
    "before",
    "despite",
    "amid",
    "during",
    "because",
    "since",
    "when",
    "which",
    "who",
    "whose",
    "where",
    "until",
    "unless",
    "if",
    "that",
    "following",
    "as",
    "even",
    "and",
    "or",
    "nor",
    "so",
];
pub(super) const BACKGROUND_OPENERS: &[&str] = &[
    "after",
    "before",
    "since",
    "following",
    "despite",
    "amid",
    "when",
    "as",
    "because",
    "once",
    "where",
];
/// Blocs and forums whose summits are their own gatherings ("the G8 summit", "the Arab
/// League summit"): a trip there is no trip to the watched talks unless the watchlist
/// names the bloc as an actor.
pub(super) const BLOCS: &[&str] = &[
    "g7",
    "g8",
    "g20",
    "nato",
    "eu",
    "european",
    "asean",
    "apec",
    "brics",
    "opec",
    "league",
    "commonwealth",
    "sco",
    "davos",
    "francophonie",
    "cop",
    "g77",
    "nam",
    "non-aligned",
    "oic",
    "gcc",
    "csto",
    "celac",
    "mercosur",
    "union",
];
pub(super) const NEGATION: &[&str] = &[
    "not", "never", "no", "without", "cannot", "nor", "neither", "failed", "fails", "fail",
    "refused", "refuses", "refuse", "declined", "declines", "decline", "stopped", "hardly",
    "barely", "scarcely", "nothing", "balks", "balked", "balk", "balking",
];
pub(super) const DENIAL: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "denial",
    "dismissed",
    "rejected",
    "refuted",
    "refutes",
    "false",
    "inaccurate",
    "untrue",
];
pub(super) const THREAT: &[&str] = &[
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "threat",
    "warn",
    "warns",
    "warned",
    "warning",
    "vowed",
    "vows",
    "ultimatum",
];
pub(super) const MODAL: &[&str] = &[
    "could",
    "would",
    "may",
    "might",
    "should",
    "must",
    "can",
    "shall",
    "'d",
    "will",
    "'ll",
    "wo",
    "going",
    "expected",
    "likely",
    "unlikely",
    "plans",
    "planning",
    "planned",
    "plan",
    "preparing",
    "prepares",
    "intends",
    "intend",
    "intended",
    "ready",
    "willing",
    "prepared",
    "hopes",
    "hope",
    "hoped",
    // ("Officials predict Syria will be back at the table within a week": a forecast of
    // somebody else's step, as a hope is)
    "predict",
    "predicts",
    "predicted",
    "expects",
    "expect",
    "forecast",
    "forecasts",
    "seeks",
    "seek",
    "sought",
    "wants",
    "want",
    "wanted",
    "aims",
    "aim",
    "aimed",
    // ("Rwanda eyes mid-June White House signing": what a side has its eye on is a plan)
    "eyes",
    "eyeing",
    "targets",
    "targeting",
    // ("the government talking of dissolving its team", "amid talk of resuming
    // negotiations": what is talked of is an idea; modal only before "of"/"about")
    "talk",
    "talking",
    "considering",
    "considers",
    "consider",
    "weighing",
    "weighs",
    "mulls",
    "mulling",
    "poised",
    "possible",
    "possibly",
    "potential",
    "potentially",
    "about",
    "trying",
    "tries",
    "try",
    "attempt",
    "attempting",
    "urged",
    "urges",
    "urge",
    "calls",
    "called",
    "asked",
    "asks",
    "pressed",
    "pressing",
    "push",
    "pushing",
    "pushed",
    "set",
    "due",
    "scheduled",
    "reportedly",
    "rumoured",
    "rumored",
    "mooted",
    "discussed",
    "discussing",
    "discuss",
    "studying",
    "weigh",
    "whether",
    "ought",
    "need",
    "needs",
    "needed",
    "unless",
    "if",
    "once",
];
pub(super) const DECIDE: &[&str] = &[
    "decided", "decides", "decide", "decision", "agreed", "agrees", "voted", "votes", "vote",
    "opted", "opts", "chose", "chooses", "moved", "moves", "began", "begins", "started", "starts",
    "resolved", "resolves",
];
pub(super) const BACKGROUND_PHRASES: &[&[&str]] = &[
    &["last", "week"],
    &["last", "month"],
    &["last", "year"],
    &["earlier", "this"],
    &["earlier", "in"],
    &["in", "the", "past"],
    &["previously"],
    &["ago"],
    &["has", "long"],
    &["have", "long"],
    &["had", "long"],
    &["long", "since"],
    &["once", "again"],
    &["in", "2023"],
    &["in", "2024"],
    &["in", "2025"],
    &["last", "time"],
    // "the two sides last met in Istanbul": the previous occasion
    &["last", "met"],
    &["last", "held"],
    &["last", "spoke"],
    &["last", "sat"],
    &["days", "earlier"],
    &["weeks", "earlier"],
    &["months", "earlier"],
    &["a", "year", "earlier"],
    &["repeatedly"],
    &["again", "and", "again"],
    &["first", "broke"],
    &["earlier", "on"],
    &["earlier", "that"],
    &["hours", "earlier"],
    &["formerly"],
    // "Iraq said at the time it accepted the text": the retrospective "then"
    &["at", "the", "time"],
    &["back", "then"],
];
pub(super) const ANAPHORS: &[&str] = &[
    "it",
    "they",
    "we",
    "he",
    "she",
    "group",
    "movement",
    "militants",
    "government",
    "cabinet",
    "office",
    "country",
    "side",
    "leadership",
    "administration",
    "its",
    "their",
    "our",
    "his",
    "her",
    "i",
    "ministry",
    "militant",
];
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "'s", "new",
    "such", "any", "no", "key", "main", "fresh", "latest", "of", "whose", "my", "your", "initial",
    "original",
];
pub(super) const OPINION_MARKERS: &[&str] = &[
    "opinion",
    "analysis",
    "comment",
    "commentary",
    "editorial",
    "view",
    "column",
    "explainer",
    "letters",
    "review",
    "podcast",
    "in pictures",
    "quiz",
];
pub(super) const NEW_ADJ: &[&str] = &[
    "new",
    "additional",
    "fresh",
    "further",
    "extra",
    "more",
    "tougher",
    "added",
    "last-minute",
    "unexpected",
];

/// Nouns that head compounds whose first noun is itself an object word.
pub(super) const HEAD_NOUNS: &[&str] = &[
    // ("sent invitations to Israel and the Jordanian delegation": what is sent is the
    // invitations, not the delegation they go to)
    "invitations",
    "letters",
    "messages",
    // ("calls off next week's rail strikes to enter talks": the strikes are what is
    // called off)
    // (plurals only: "the strike committee" is a modifier)
    "strikes",
    "walkouts",
    "stoppages",
    "way",
    "door",
    "doors",
    "path",
    "pathway",
    "proposal",
    "proposals",
    "plan",
    "plans",
    "terms",
    "text",
    "offer",
    "framework",
    "talks",
    "negotiations",
    "deal",
    "agreement",
    "roadmap",
    "memorandum",
    "draft",
    "outline",
    "envoy",
    "team",
    "delegation",
    "negotiators",
    "mediation",
    "process",
    "efforts",
    "demands",
    "conditions",
    "commitments",
    "commitment",
    "bid",
    "initiative",
    "package",
    "document",
    "paper",
    "track",
    "round",
    "response",
    "reply",
    "answer",
    "position",
    "comments",
    "objections",
    "list",
    "resolution",
    "statement",
    // "postpones peace deal signing": the signing (a ceremony) is put off, not the deal
    "signing",
    "ceremony",
    // "withdraws its court case and arbitration claim": a claim or a case at law is
    // withdrawn, not the arbitration
    "claim",
    "claims",
    "case",
    "lawsuit",
    "ruling",
    "award",
];

/// Pattern: the time of a deal put off ("postponed the effective date of the agreement",
/// "delays truce start", "the entry into force"): after a verb of suspending, these head
/// the object, and the deal or the talks after them are not what was suspended. (Only
/// there: "accepted a ceasefire date" accepts the ceasefire.)
/// (And a quit put off: "delays withdrawal from the ceasefire deal" keeps the deal.)
pub(super) const TIME_HEADS: &[&str] = &[
    "date",
    "dates",
    "start",
    "deadline",
    "entry",
    "exit",
    "withdrawal",
    "pullout",
];

/// Nouns of meeting that make the word before them their modifier ("agree to cease-fire
/// meeting", "truce consultations"): a meeting, not a truce. (Not heads that end the
/// object search: "handed the meeting on Gaza a detailed proposal".)
pub(super) const MEETING_HEADS: &[&str] = &["meeting", "meetings", "discussions", "consultations"];

/// Adjectival participles that may stand inside an object noun phrase.
pub(super) const ADJ_PARTICIPLES: &[&str] = &[
    "revised",
    "updated",
    "proposed",
    "amended",
    "renewed",
    "phased",
    "detailed",
    "limited",
    "so-called",
    "agreed",
    "expanded",
    "improved",
    "modified",
    "united",
    "armed",
    "detained",
    "released",
    "negotiating",
    "bridging",
    "long-awaited",
    "staged",
    "sustained",
    "extended",
    "reworked",
    "planned",
    "existing",
    "opening",
    // (a craft or a building people are held in: "storm hijacked Airbus", "the besieged
    // school")
    "hijacked",
    "besieged",
    "occupied",
    // (people held: "seeks jailed leader's release", "demands freedom for kidnapped
    // engineers")
    "jailed",
    "imprisoned",
    "kidnapped",
    "abducted",
    "captured",
    "arrested",
];

/// A past-tense verb ends the object search: "approved contained terms" has no object.
pub(super) fn looks_finite_verb(w: &str, prev: &str) -> bool {
    // "US-backed", "Egyptian-brokered": compound adjectives inside the object phrase
    if ADJ_PARTICIPLES.contains(&w) || DETERMINERS.contains(&prev) || w.contains('-') {
        return false;
    }
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "is" | "was" | "were" | "are" | "said" | "says" | "met" | "left" | "sent" | "told"
        )
}

/// Heads that name a workforce or its union ("British Airways pilots", "Verizon union"):
/// an employer's name right before one only says whose.
pub(super) const WORKFORCE_HEADS: &[&str] = &[
    "workers",
    "employees",
    "staff",
    "pilots",
    "lecturers",
    "teachers",
    "nurses",
    "doctors",
    "drivers",
    "dockers",
    "dockworkers",
    "miners",
    "crew",
    "crews",
    "attendants",
    "machinists",
    "players",
    "engineers",
    "union",
    "unions",
    "members",
];

/// Prepositions that open a clause's adjunct of place or time ("Off Saint-Hélier, …",
/// "After a night of talks, …"): a comma closes the phrase and the subject follows.
pub(super) const OPENING_ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "off",
    "from",
    "near",
    "outside",
    "inside",
    "after",
    "before",
    "during",
    "amid",
    "despite",
    "following",
    "on",
    "under",
    "since",
    "across",
    "behind",
    "beyond",
    "over",
    "with",
    "without",
    "for",
];

/// Prepositions after which a bare verb form is a noun ("conditions for return").
pub(super) const NOUN_PREPOSITIONS: &[&str] = &[
    "for", "of", "on", "upon", "about", "over", "after", "before", "without", "with", "against",
    "from", "at", "in", "amid", "despite", "during", "within",
];

/// Verbs of taking a stand on something: the word right after their finite form is what
/// the stand is on, a noun ("accepts outline of Hanoi plan", "condemns veto of the
/// resolution", "welcomed return of the envoys"). Not words that are plural nouns as
/// often ("protests", "studies").
pub(super) const STANCE_VERBS: &[&str] = &[
    "accept",
    "reject",
    "welcome",
    "back",
    "endorse",
    "condemn",
    "denounce",
    "slam",
    "hail",
    "praise",
    "criticise",
    "criticize",
    "dismiss",
    "rebuff",
    "oppose",
    "consider",
    "receive",
    "approve",
    "blast",
    "decry",
    "mull",
    "weigh",
];

/// Is `w` a finite form (-s, -ed) of a stance verb?
pub(super) fn stance_finite(w: &str) -> bool {
    let stems = [
        w.strip_suffix("es"),
        w.strip_suffix('s'),
        w.strip_suffix("ed"),
        w.strip_suffix('d'),
    ];
    stems
        .iter()
        .flatten()
        .any(|stem| STANCE_VERBS.contains(stem))
}

/// Words of answering: what follows "reply to" is the other side's, a noun ("hands reply
/// to Arab demands", "response to the conditions").
pub(super) const REPLY_WORDS: &[&str] = &[
    "reply",
    "replies",
    "response",
    "responses",
    "answer",
    "answers",
    "respond",
    "responds",
    "responded",
    "responding",
    "reacting",
    "reaction",
];

/// Verbs of meeting terms already set: what follows is those terms, a noun ("failing to
/// meet ANC demands", "satisfies Western conditions").
pub(super) const MEET_WORDS: &[&str] = &[
    "meet",
    "meets",
    "satisfy",
    "satisfies",
    "satisfied",
    "satisfying",
    "fulfil",
    "fulfill",
    "fulfils",
    "fulfills",
    "fulfilled",
    "fulfilling",
    "heed",
    "heeds",
    "heeded",
    "heeding",
    "accommodate",
    "accommodates",
    "accommodated",
    "accommodating",
];

/// Words after which a base verb form is still a verb: pronouns, modals, "to", "and".
pub(super) const BASE_FORM_GOVERNORS: &[&str] = &[
    "to",
    "will",
    "would",
    "we",
    "they",
    "i",
    "you",
    "'ll",
    "also",
    "and",
    "must",
    "may",
    "could",
    "should",
    "can",
    "not",
    "n't",
    "did",
    "does",
    "do",
    // (a negated auxiliary written as one word governs the base form as much: "won't free")
    "won't",
    "can't",
    "cannot",
    "wouldn't",
    "don't",
    "doesn't",
    "didn't",
    "couldn't",
    "shouldn't",
];

/// Words after which an -ing form is still the verb of its clause.
pub(super) const GERUND_GOVERNORS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "by", "and", "also", "now", "still", "'s", "while",
];

/// Auxiliaries and adverbs between a passive's object and its participle.
pub(super) const PASSIVE_AUX: &[&str] = &[
    "is",
    "was",
    "were",
    "are",
    "been",
    "has",
    "have",
    "had",
    "being",
    "be",
    "reportedly",
    "formally",
    "officially",
    "finally",
    "now",
    "'",
];

/// Governments below the one negotiated: "regional coalition", "state government".
pub(super) const SUBNATIONAL: &[&str] = &[
    "regional",
    "provincial",
    "state",
    "municipal",
    "local",
    "city",
    "county",
    "district",
    "cantonal",
    "prefectural",
];

/// Modifiers of another business that only the detector reads, on top of the shared
/// `watchlist::OTHER_BUSINESS` ("mining ministry", "bailout talks", "NATO bid").
pub(super) const DETECT_OFF_DOMAIN: &[&str] = &[
    // a state's armament: "Trump approves South Korea's plan to build nuclear-powered
    // submarine"
    "submarine",
    "submarines",
    "pricing",
    "salary",
    "sport",
    "broadcast",
    "sponsorship",
    "licensing",
    "transport",
    "bailout",
    "royalties",
    "subsidies",
    "electoral",
    "election",
    "elections",
    "investors",
    "staff-level",
    "cobalt",
    "sugar",
    "arms-sales",
    "mutual",
    "raw",
    "materials",
    "lithium",
    "restructuring",
    "bondholders",
    "creditors",
    "eurobond",
    "nato",
    "membership",
    // a bloc's budget: "a compromise offer on Britain's EEC contributions"
    "contributions",
    // money given: "signed an agreement to fund shelter and food for flood victims"
    "fund",
    "funds",
    "funding",
    // works paid for: "signed deals for emergency repairs to power plants", "rebuilding
    // contracts"
    // commodities traded: "a deal to supply rice", "coffee agreement"
    "rice",
    "coffee",
    "cocoa",
    "cotton",
    "timber",
    "coal",
    "steel",
    "repairs",
    "repair",
    "contracts",
    "contract",
    "rebuilding",
    // a company's plans: "rejects BYD's EV plant proposal"
    // aid pledged: "Somalia and donors sign New Deal compact"
    "donors",
    "donor",
    "ev",
    "factory",
    "factories",
    "carmaker",
    "automaker",
    // a company's owners: "sign amended shareholder agreement"
    "shareholder",
    "shareholders",
    // economic policy: "unveils stimulus package", "austerity plan"
    "stimulus",
    "austerity",
    // cooperation of states at peace: "sign police data-sharing agreements", "military
    // intelligence-sharing pact", "help for irrigation projects", "mackerel talks", "talks on
    // food security"
    "data-sharing",
    "intelligence-sharing",
    "irrigation",
    "mackerel",
    "food",
];

/// Does this word put a deal, a truce or talks in another domain than the negotiation
/// ("trade truce", "loan agreement", "gas price deal", "labour talks")?
pub(super) fn off_domain_word(w: &str) -> bool {
    crate::watchlist::OTHER_BUSINESS.contains(&w) || DETECT_OFF_DOMAIN.contains(&w)
}

/// Values a party may insist on without demanding anything of the other side.
pub(super) const VALUES: &[&str] = &[
    "peace",
    "sovereignty",
    "dignity",
    "justice",
    "independence",
    "integrity",
    "unity",
    "principles",
    "principle",
    "rights",
    "right",
    "stability",
    "respect",
    "freedom",
    "democracy",
    "values",
    "self-determination",
    // ("insists on a partnership of equals", "on reciprocity": how the sides should deal
    // with each other, nothing the other side could hand over)
    "partnership",
    "equality",
    "fairness",
    "reciprocity",
];

/// Words that may stand before a value ("a just and lasting peace", "full sovereignty").
pub(super) const VALUE_MODIFIERS: &[&str] = &[
    "just",
    "lasting",
    "durable",
    "comprehensive",
    "full",
    "complete",
    "genuine",
    "real",
    "fair",
    "own",
    "territorial",
    "national",
    "sustainable",
    "true",
    "equal",
    "mutual",
    "its",
    "their",
    "his",
    "her",
    "our",
];

/// Words that end an object search for verbs that take no preposition: the object
/// stands before them ("end with a pledge to keep negotiating" has no object).
pub(super) const OBJECT_STOPS: &[&str] = &[
    "across",
    "throughout",
    "around",
    "as",
    "while",
    "after",
    "before",
    "but",
    "because",
    "since",
    "when",
    "amid",
    "despite",
    "following",
    "until",
    "unless",
    "if",
    "with",
    "by",
    "against",
    "without",
    "via",
    "toward",
    "towards",
    "under",
    "ahead",
    // a modal opens another predicate ("a deal that leaves it worse off and could leave the
    // table": the table is the modal verb's, not the object of "leaves")
    "could",
    "would",
    "will",
    "can",
    "cannot",
    "may",
    "might",
    "should",
    "must",
    "shall",
];

/// Nouns whose head is the noun after "of": "a list of demands".
pub(super) const CONTAINER_NOUNS: &[&str] = &[
    "list", "set", "series", "package", "raft", "number", "batch", "slate",
];

/// Nouns of a state, a prospect or hearsay that head an "of" phrase: "the status of the
/// talks", "the fate of the truce", "rejects talk of failure in the negotiations" (whose
/// state, or what is said of it, not the thing).
pub(super) const STATE_HEADS: &[&str] = &[
    "status",
    "fate",
    "future",
    "outcome",
    "prospects",
    "state",
    "talk",
    "rumours",
    "rumors",
    "speculation",
];

/// A trip's negotiating purpose: "for talks", "for a ceasefire push", "ahead of talks".
pub(super) const PURPOSE_NOUNS: &[&str] = &[
    "session",
    "sessions",
    "talks",
    "negotiations",
    "negotiation",
    "round",
    "meeting",
    "meetings",
    "summit",
    "dialogue",
    "push",
    "truce",
    "ceasefire",
    "cease-fire",
    "deal",
    "mediation",
    "discussions",
    "peace",
    "negotiating",
    "consultation",
    "mediate",
    "mediating",
    // ("King Hussein flies to Gaza to break Hebron deadlock": a trip to end the talks'
    // impasse is one to the talks)
    "deadlock",
    "impasse",
    "stalemate",
];

/// Time words that make an announced trip today's news ("due in Cairo today").
pub(super) const SAME_DAY: &[&str] = &[
    "today",
    "tonight",
    "later",
    "morning",
    "afternoon",
    "evening",
];

/// Words opening a question headline ("Will Hamas accept?", "Can the truce hold").
pub(super) const QUESTION_OPENERS: &[&str] = &[
    "can", "will", "is", "are", "does", "do", "should", "would", "could", "has", "have", "what",
    "why", "how", "who", "whether", "did",
];

/// Heads of a demand phrase ("new demands", "fresh conditions").
pub(super) const DEMAND_NOUNS: &[&str] = &[
    "demands",
    "conditions",
    "preconditions",
    "requirements",
    "stipulations",
    "guarantees",
];

/// Words that deny what the segment reports: "reports that X accepted are false".
pub(super) const FALSITY: &[&str] = &[
    "false",
    "untrue",
    "baseless",
    "fabricated",
    "inaccurate",
    "unfounded",
    "incorrect",
    "erroneous",
];

/// Phrases of a later, not a present, time.
pub(super) const FAR_FUTURE: &[&[&str]] = &[
    &["next", "week"],
    &["next", "month"],
    &["next", "year"],
    &["coming", "days"],
    &["coming", "weeks"],
    &["coming", "months"],
    &["later", "this", "week"],
    &["later", "this", "month"],
    &["later", "this", "year"],
    &["tomorrow"],
    &["on", "monday"],
    &["on", "tuesday"],
    &["on", "wednesday"],
    &["on", "thursday"],
    &["on", "friday"],
    &["on", "saturday"],
    &["on", "sunday"],
    // a round that "will resume after the break" is adjourned; its restart is for later
    &["after", "the", "break"],
    &["after", "a", "break"],
    &["after", "the", "recess"],
    &["after", "a", "recess"],
    &["after", "the", "holidays"],
    // an open date: "will resume in the near future", "at a later date", "soon"
    &["near", "future"],
    &["later", "date"],
    &["soon"],
    &["in", "due", "course"],
];

/// Month names, for dated background ("in November 2023").
pub(super) const MONTHS: &[&str] = &[
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Verbs whose object is the actor of what follows: "accuses Israel of adding …".
pub(super) const ACCUSE: &[&str] = &[
    "accuses", "accused", "accusing", "accuse", "blames", "blamed", "blaming",
];

/// Words that make a mention an object, not the subject ("to Cairo", "urged Israel"),
/// ditransitive verbs among them: in "the law gave Jakarta too much room … and demanded"
/// the name after "gave" is the first object, never the subject of what follows.
pub(super) const GOVERNORS: &[&str] = &[
    "in",
    "to",
    "at",
    "into",
    "toward",
    "towards",
    "near",
    "via",
    "through",
    "with",
    "against",
    "on",
    "over",
    "about",
    "after",
    "by",
    "for",
    "between",
    "than",
    "under",
    "without",
    "urges",
    "urged",
    "told",
    "tells",
    "informed",
    "informs",
    "asked",
    "met",
    "meets",
    "called",
    "pressed",
    "accused",
    "blamed",
    "gave",
    "gives",
    "give",
    "giving",
    "handed",
    "hands",
    "granted",
    "grants",
    "allowed",
    "allows",
    "denied",
    "denies",
    "offered",
    "offers",
    "sent",
    "sends",
    "send",
    "sending",
    // ("a group holding Americans in Beirut demanded …", "gunmen detaining Kenyan officials
    // seek …": who is held is the captors' object, never their name)
    "holding",
    "detaining",
    "kidnapping",
    "abducting",
    "seizing",
];

/// Verbs of leaving: what follows "from" is what is left, not who acts.
pub(super) const DEPARTURE_VERBS: &[&str] = &[
    "withdraw",
    "withdraws",
    "withdrew",
    "withdrawn",
    "withdrawing",
    "exit",
    "exits",
    "exited",
    "exiting",
    "quit",
    "quits",
    "quitting",
    "retreat",
    "retreats",
    "retreated",
    "return",
    "returns",
    "returned",
    "returning",
    "depart",
    "departs",
    "departed",
    "departing",
    "leave",
    "leaves",
    "left",
    "leaving",
    "recalled",
    "recalls",
    "recall",
    "pulled",
    "pulls",
    "pull",
];

/// Words between coordinated mentions of one group.
pub(super) const GROUP_GLUE: &[&str] = &[
    "and", ",", "&", "both", "the", "as", "well", "along", "with", "plus", "'s",
];

/// Role nouns that may follow a party inside a coordinated subject ("the Colombian
/// government and ELN negotiators", "Israeli and Lebanese officials").
pub(super) const ROLE_NOUNS: &[&str] = &[
    "acting",
    "deputy",
    "interim",
    "former",
    "senior",
    "government",
    "governments",
    "govt",
    "negotiators",
    "officials",
    "delegation",
    "delegations",
    "leaders",
    "leader",
    "forces",
    "rebels",
    "ministers",
    "minister",
    "sides",
    "authorities",
    "team",
    "teams",
    "representatives",
    "envoys",
    "president",
    "presidents",
    "army",
    "military",
    "foreign",
    "defence",
    "defense",
    "prime",
    "chief",
    "chiefs",
    "head",
    "heads",
];

/// Heads that name a side without naming it ("the rebels", "the regime", "six armed
/// groups"): coordinated with a named party, or as the one it signs with, they are the other
/// side of a joint act ("Myanmar military, rebels agree ceasefire").
pub(super) const UNNAMED_SIDE_HEADS: &[&str] = &[
    "rebels",
    "rebel",
    "insurgents",
    "militants",
    "guerrillas",
    "guerrilla",
    "separatists",
    "government",
    "govt",
    "army",
    "military",
    "junta",
    "regime",
    "opposition",
    "militia",
    "militias",
    "groups",
    "alliance",
    "movement",
    "coalition",
    "fighters",
];

/// The words after a signing verb name the other signer as an unnamed side: "with" within
/// five words, then a head of `UNNAMED_SIDE_HEADS` within three, after articles or "armed"
/// only ("a ceasefire with the regime", "deal with six armed groups"). Shared by the
/// detector (on a clause) and the item fold (on a finding's sentence).
pub(super) fn with_unnamed_side_after(after: &[&str]) -> bool {
    after
        .iter()
        .take(5)
        .position(|w| *w == "with")
        .is_some_and(|i| {
            let rest = &after[i + 1..];
            let head = rest
                .iter()
                .take(3)
                .position(|w| UNNAMED_SIDE_HEADS.contains(w));
            // ("a ceasefire with Pakistan's government", "with the Israeli government": an
            // owner or a demonym before the head says whose side; a preposition or a
            // conjunction starts something else)
            head.is_some_and(|h| {
                rest[..h].iter().all(|w| {
                    !matches!(
                        *w,
                        "and" | "or" | "of" | "in" | "on" | "for" | "to" | "from" | "by" | "at"
                    )
                })
            })
        })
}

/// Heads of a subject phrase that is not a party itself, even when a party names it:
/// "Qatar Airways pilots", "Ukraine's football federation", "truckers' union".
pub(super) const NON_STATE_HEADS: &[&str] = &[
    "coach",
    "manager",
    "squad",
    "referee",
    "airways",
    "airlines",
    "airline",
    "federation",
    "association",
    "union",
    "unions",
    "league",
    "club",
    "company",
    "firm",
    "corporation",
    "bank",
    "pilots",
    "workers",
    "truckers",
    "drivers",
    "players",
    "fans",
    "students",
    "teachers",
    "doctors",
    "nurses",
    // ("BA cabin crew reject airline's offer", "Boeing machinists vote …": the employer's
    // workforce, like its pilots)
    "crew",
    "crews",
    "staff",
    "employees",
    "attendants",
    "machinists",
    "dockers",
    "dockworkers",
    "miners",
    "farmers",
    "protesters",
    "demonstrators",
    // "Gunmen seized a U.S. linguist and demanded …": armed men unnamed are nobody we follow
    "gunmen",
    // "Colombian warlords quit peace process": the demonym names the country, not its state
    "warlords",
    "warlord",
    "militiamen",
    // "South Korean survivors reject deal": the victims are no side of the talks
    "survivors",
    "victims",
    "relatives",
    "veterans",
    "activists",
    "rally",
    "marchers",
    "court",
    "judge",
    "university",
    "energy",
    "petroleum",
    "telecom",
    "exchange",
    "stock",
    "market",
    "markets",
    "investors",
    "traders",
    // ("Argentina's main creditors reject final offer", "Ukraine's bondholders"): the
    // debtor's creditors are the other side of its debt talks
    "creditors",
    "bondholders",
    "lenders",
    // "Gbagbo supporters demanded …": a leader's followers are not his party
    "supporters",
    "sympathisers",
    "sympathizers",
    "youths",
    "crowd",
    "crowds",
    "mob",
    "voters",
    "residents",
];

/// Heads of a collective subject ("the two sides", "the warring parties").
pub(super) const COLLECTIVE_HEADS: &[&str] = &[
    "sides",
    "parties",
    "factions",
    "rivals",
    "generals",
    "foes",
    "enemies",
    "adversaries",
    "belligerents",
    "neighbours",
    "neighbors",
    "countries",
    "nations",
    "leaders",
    "camps",
    "delegations",
    "governments",
    "powers",
];

/// What makes those heads mean "the parties to the talks".
pub(super) const COLLECTIVE_MARKERS: &[&str] = &[
    "two",
    "both",
    "warring",
    "rival",
    "opposing",
    "feuding",
    "the",
    "all",
    "sides",
    "parties",
    // heads that name both sides by themselves ("South Sudan rivals sign deal")
    "rivals",
    "foes",
    "adversaries",
    "belligerents",
    "factions",
];

/// Subject words that name nobody: adverbs, auxiliaries, days.
pub(super) const EMPTY_SUBJECT_WORDS: &[&str] = &[
    "also",
    "then",
    "now",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "formally",
    "officially",
    "finally",
    "quickly",
    "unanimously",
    "both",
    "later",
    "on",
    "thursday",
    "friday",
    "monday",
    "tuesday",
    "wednesday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "just",
    "already",
    "still",
    "been",
    "be",
];

/// Verbs that start an infinitive clause after "to" ("left for Qatar to resume talks").
pub(super) const INFINITIVE_VERBS: &[&str] = &[
    "resume",
    "continue",
    "discuss",
    "negotiate",
    "hold",
    "attend",
    "join",
    "meet",
    "sign",
    "seek",
    "push",
    "press",
    "finalise",
    "finalize",
    "conclude",
    "broker",
    "secure",
    "reach",
    "revive",
    "salvage",
    "work",
    "try",
    "help",
    "end",
    "stop",
    "halt",
    "keep",
    "start",
    "begin",
    "launch",
    "take",
    "make",
    "present",
    "deliver",
    "hand",
    "review",
    "study",
    "consider",
    "explore",
    "avoid",
    // purpose: "halting operations to give peace efforts a chance"
    "give",
    "allow",
    "pave",
    "enable",
    "facilitate",
    "create",
    "ease",
    "bring",
    "support",
];

/// Words of a position held before ("still insists", "reiterated", "maintains").
pub(super) const STANDING: &[&str] = &[
    "still",
    "reiterat",
    "maintain",
    "continues",
    "continued",
    "repeat",
    "again",
    // ("restates opening demands", "reaffirmed its conditions", "reasserts its claim")
    "restat",
    "reaffirm",
    "reassert",
];

/// Off-domain words that name a party's own office in a subject ("Defence Minister
/// Umerov", "the security cabinet"): not a sign of other business there.
pub(super) const NOT_SUBJECT_DOMAINS: &[&str] = &[
    "defence",
    "defense",
    "mutual",
    "security",
    "cooperation",
    "election",
    "elections",
    "electoral",
    "transport",
    "budget",
    "coalition",
    "union",
];

/// Nouns of time after a determiner: "a day after", "the week before" are no object.
pub(super) const TIME_WORDS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "night",
    "morning",
    "evening",
    "afternoon",
    "hour",
    "hours",
    "fortnight",
    "decade",
    "few",
];

/// Modifiers of a mission or a team that does not negotiate.
pub(super) const NON_NEGOTIATING: &[&str] = &[
    "humanitarian",
    "medical",
    "rescue",
    "aid",
    "relief",
    "disaster",
    "emergency",
    "forensic",
    "peacekeeping",
    "observer",
    "observers",
    "monitoring",
    "verification",
    "fact-finding",
    "inspection",
    "election",
    "electoral",
    "trade",
    "investment",
    "football",
    "national",
    "olympic",
];

/// Nouns whose "to" complement is their owner's act: "the rebels' decision to call off".
pub(super) const DECISION_NOUNS: &[&str] = &[
    "decision",
    "move",
    "plan",
    "bid",
    "refusal",
    "attempt",
    "threat",
    "pledge",
    "promise",
    "order",
    "offer",
    "readiness",
    "willingness",
    "intention",
    "call",
];

/// Verbs of effort after "agree to": the parties promise to try, nothing is settled yet
/// ("agree to keep pushing for a truce", "agreed to work towards a deal", "agree to
/// continue contacts").
pub(super) const EFFORT_VERBS: &[&str] = &[
    // "agree to draft a joint document": a text still to be written
    "draft",
    "prepare",
    "keep",
    "continue",
    "push",
    "work",
    "seek",
    "pursue",
    "strive",
    "press",
    "coordinate",
    "cooperate",
    "explore",
    "study",
    "consider",
    "try",
    "step",
    "form",
    // "agree to aim for a 'July package'": the package is still ahead
    "aim",
    "endeavour",
    "endeavor",
];

/// Forums whose call for a truce is advocacy, not an offer ("UN Security Council calls for
/// an immediate ceasefire", "EU leaders … at their summit").
pub(super) const FORUMS: &[&str] = &[
    "council",
    "assembly",
    "leaders",
    "summit",
    "g7",
    "g20",
    "parliament",
    "lawmakers",
    "pope",
];

/// Where a text goes for ratification at home ("hands the accord to Congress").
pub(super) const LEGISLATURES: &[&str] = &[
    "congress",
    "parliament",
    "senate",
    "lawmakers",
    "legislature",
    "mps",
    "deputies",
    "knesset",
    "bundestag",
    "duma",
];

/// Institutions and contests a party may leave without leaving the talks ("pulls its
/// ministers out of the executive", "withdraws from the race").
pub(super) const INSTITUTIONS: &[&str] = &[
    "executive",
    "government",
    "cabinet",
    "coalition",
    "parliament",
    "assembly",
    "legislature",
    "race",
    "election",
    "elections",
    "league",
    "tournament",
    "championship",
    "olympics",
];

/// Endings of a people's singular adjective ("Albanian", "Iraqi", "Sudanese", "Turkish").
const DEMONYM_ENDINGS: &[&str] = &["an", "i", "ese", "ish"];

/// Does the lowercase word end like a demonym (see `DEMONYM_ENDINGS`)?
pub(super) fn demonym_ending(word: &str) -> bool {
    DEMONYM_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Participles that name a group by its leader ("the faction led by al-Hilu").
pub const LEADER_PARTICIPLES: &[&str] = &["led", "headed", "commanded"];

/// What a side says about the judge, or holds as its own, is no move on the table: "rejects
/// Caracas's characterisation of the talks", "accepts Kyiv's apology".
/// What one side says of the other ("rejects US charges", "dismisses accusations"): an object
/// head after which nothing put on the table follows.
/// (not a claim: "gave up its claim to the corridor" concedes it)
/// (nor an outlet's report waved off: "dismisses report it has frozen its mediation" ends
/// its object at the report, whatever the report says was done)
pub(super) const CHARGES: &[&str] = &[
    "report",
    "reports",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "speculation",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "criticism",
    "criticisms",
];
pub(super) const NOT_MOVES: &[&str] = &[
    "claim",
    "claims",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "characterisation",
    "characterization",
    "criticism",
    "criticisms",
    "version",
    "account",
    "assertion",
    "assertions",
    "remarks",
    "comments",
    "narrative",
    "interpretation",
    "portrayal",
    "description",
    "denial",
    "denials",
    "ambitions",
    "sovereignty",
    "membership",
    "independence",
    "existence",
    "legitimacy",
    "role",
    "presence",
    "help",
    "aid",
    "apology",
    "resignation",
    "credentials",
    "victory",
    "election",
    "results",
    "right",
    "rights",
    "report",
    "reports",
    "threat",
    "threats",
    "warning",
    "warnings",
    "speech",
    "speeches",
    "rhetoric",
    "words",
    "tweet",
    "tweets",
    "outburst",
    "propaganda",
    "lies",
];

/// What a recommendation of terms names within a few words: a pay rise, a truce, a
/// coalition, a status, a formula ("recommends 12% raise", "recommends 'orange-blue'
/// coalition", "recommends 'special status'").
pub(super) const RECOMMENDED_TERMS: &[&str] = &[
    "raise",
    "raises",
    "rise",
    "rises",
    "increase",
    "increases",
    "%",
    "percent",
    "pay",
    "truce",
    "ceasefire",
    "coalition",
    "status",
    "formula",
    "compromise",
    "exemption",
    "referendum",
    "autonomy",
    "arbitration",
    "framework",
    "timetable",
    "solution",
];

/// Words of a recommendation on how to vote on what is already on the table, on
/// industrial action or on the side's own demand ("recommends acceptance", "recommend
/// members accept", "recommends the deal", "to recommend it", "negotiators recommend
/// strike", "the board recommended seeking 6 percent"): it puts no terms of its own.
pub(super) const RECOMMENDED_BALLOT: &[&str] = &[
    "accept",
    "acceptance",
    "accepting",
    "yes",
    "no",
    "reject",
    "rejection",
    "rejecting",
    "ratify",
    "ratification",
    "ratifying",
    "approve",
    "approval",
    "approving",
    "backing",
    "back",
    "vote",
    "deal",
    "offer",
    "agreement",
    "contract",
    "pact",
    "settlement",
    "it",
    "this",
    "members",
    "strike",
    "strikes",
    "ta",
    "seeking",
    "demanding",
];

/// Participles that report an act through unnamed sources ("said to accept").
pub(super) const HEDGED_REPORT: &[&str] = &[
    "said",
    "reported",
    "believed",
    "understood",
    "thought",
    "rumoured",
    "rumored",
    "alleged",
];

/// Day names: an adverbial skipped between a verb and its object, and a day ahead after a
/// present verb ("talks resume Monday").
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
