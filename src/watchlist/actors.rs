//! Actors: which configured parties a stretch of text names — by name, by a configured
//! alias, or through built-in knowledge (demonyms, leaders, institutions, capitals) for
//! the countries and movements the watchlist names.

use crate::config::WatchlistConfig;
use crate::text::Token;
use std::collections::{HashMap, HashSet};

/// One actor mention found in a token sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the actor in the watchlist.
    pub actor: usize,
    /// First token index.
    pub start: usize,
    /// One past the last token index.
    pub end: usize,
    /// Found through a place name (capital/city): as a destination it is no actor.
    pub place: bool,
    /// Part of a hyphenated word ("Hamas-backed"): a modifier, not a subject.
    pub in_compound: bool,
    /// The hyphenated word consists only of actors ("Israel-Hamas").
    pub compound_of_actors: bool,
}

/// Does a mention cover token `i` (is it a word of a party's name)?
pub fn in_mention(mentions: &[Mention], i: usize) -> bool {
    mentions.iter().any(|m| m.start <= i && i < m.end)
}

#[derive(Debug, Clone)]
struct Alias {
    words: Vec<String>,
    actor: usize,
    place: bool,
    /// Configured as a common noun ("the guild", "unions"): inside somebody else's name
    /// ("the Writers Guild of America") it is not this actor.
    common: bool,
    /// A name that stood after "the" ("the Union", "the Alliance"): without its article,
    /// in a sentence written in sentence case, only the capitalised word is this actor
    /// ("the Verdi union" is a trade union).
    cased: bool,
}

/// Finds configured actors (name, aliases, and built-in knowledge for countries).
#[derive(Debug, Clone)]
pub struct ActorMatcher {
    /// Canonical names, indexed by actor id.
    pub names: Vec<String>,
    aliases: Vec<Alias>,
    /// Per actor: a state (a country in the knowledge table, or an alias that names a
    /// government). "Congo rebels" are not the Congolese state; "M23 rebels" are M23.
    state: Vec<bool>,
    /// The actor a bare "the government" names, if any.
    government: Option<usize>,
    /// Institution heads ("council", "congress") that only one actor's configured name
    /// ends with, and that actor: "the council" is the "military council".
    heads: Vec<(String, usize)>,
    /// Plural nouns of members inside one actor's configured name only ("nurses" of "New
    /// Zealand Nurses Organisation", "engineers" of "Brotherhood of Locomotive Engineers"):
    /// "Nurses set out fresh terms" is that body speaking for its members.
    members: Vec<(String, usize)>,
    /// `topic::COMPOUND_PLACES` split into words once ("south sudan" → ["south", "sudan"]).
    compounds: Vec<Vec<String>>,
    /// The words of the states whose government is a watched actor ("UK government",
    /// "British government": "Britain", "UK", "London"). Never matched as that actor (the
    /// bare country is often a place or the territory at stake), but never an outsider
    /// either: "Britain and the EU agreed" is the watched government's deal.
    own_states: HashMap<Vec<String>, usize>,
    /// The names that head a watched government's name ("Sri Lanka" of "Sri Lanka
    /// Government", "NSW" of "NSW government", "Nepal" of "Government of Nepal"), with
    /// the own states' words: as the subject of a verb at the head of a sentence ("Sri
    /// Lanka offers teachers phased pay rise") the state acting is its government.
    subject_states: HashMap<Vec<String>, usize>,
    /// Per actor: an international body by its names (`BODY_WORDS`), a go-between by
    /// nature, never the armed group an item calls "the rebels".
    body: Vec<bool>,
    /// Per actor: a trade union by its names (`trade_union_flags`).
    trade_union: Vec<bool>,
    /// Per actor: a body of workers by its names (`ActorMatcher::is_labour_body`).
    labour_body: Vec<bool>,
    /// The watchlist's one-word context terms, lowercase ("nigeria*" a prefix): a name
    /// among them owns what the watched parties own ("Nigeria's government").
    context: Vec<String>,
    /// (actor, word) for each last word of a configured name of two words or more
    /// ("Mwai Kibaki", "President Hadi"): a surname, which a headline writes alone.
    surnames: HashSet<(usize, String)>,
    /// Office titles ("premier", "prime minister") that open a configured name of one
    /// actor only ("Premier Smith"): "the premier" of that watchlist is that actor.
    offices: Vec<(Vec<String>, usize)>,
    /// Lookup tables built once from `aliases` and `compounds`: `mentions` runs several
    /// times on every sentence of every item, and scanning every alias at every word was
    /// a tenth of the analysis time.
    index: AliasIndex,
}

/// Where each alias and compound place may start, and each one-word alias.
#[derive(Debug, Clone, Default)]
struct AliasIndex {
    /// First word → indices (ascending) of the multi-word aliases that open with it.
    multi_by_first: HashMap<String, Vec<usize>>,
    /// Word → the first one-word alias (in `aliases` order) that is that word.
    single: HashMap<String, usize>,
    /// First word → indices (ascending) of the compound places that open with it.
    compound_by_first: HashMap<String, Vec<usize>>,
    /// First and last words of multi-word aliases ("kim", "un" of "Kim Jong Un").
    end_words: HashSet<String>,
}

impl AliasIndex {
    fn new(aliases: &[Alias], compounds: &[Vec<String>]) -> AliasIndex {
        let mut index = AliasIndex::default();
        for (k, al) in aliases.iter().enumerate() {
            match al.words.as_slice() {
                [] => {}
                [one] => {
                    index.single.entry(one.clone()).or_insert(k);
                }
                [first, .., last] => {
                    index
                        .multi_by_first
                        .entry(first.clone())
                        .or_default()
                        .push(k);
                    index.end_words.insert(first.clone());
                    index.end_words.insert(last.clone());
                }
            }
        }
        for (k, words) in compounds.iter().enumerate() {
            if let Some(first) = words.first() {
                index
                    .compound_by_first
                    .entry(first.clone())
                    .or_default()
                    .push(k);
            }
        }
        index
    }

    /// (table index, word position) of every entry whose first word is at that position,
    /// in table order and then word order: the order a scan of every entry at every
    /// position would try them in.
    fn starts(table: &HashMap<String, Vec<usize>>, norms: &[String]) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = norms
            .iter()
            .enumerate()
            .filter_map(|(i, w)| table.get(w.as_str()).map(|ks| (i, ks)))
            .flat_map(|(i, ks)| ks.iter().map(move |&k| (k, i)))
            .collect();
        found.sort_unstable();
        found
    }
}

/// Words in an alias that make its actor a state.
const STATE_WORDS: &[&str] = &[
    "government",
    "republic",
    "kingdom",
    "president",
    "presidency",
    "ministry",
    "minister",
    "cabinet",
    "kremlin",
];

/// Heads after a state's name that make the phrase somebody else: "Congo rebels",
/// "Myanmar insurgents", "Colombian guerrillas".
const ARMED_HEADS: &[&str] = &[
    "rebel",
    "rebels",
    "insurgent",
    "insurgents",
    "militia",
    "militias",
    "guerrilla",
    "guerrillas",
    "paramilitary",
    "paramilitaries",
    "separatist",
    "separatists",
    "militant",
    "militants",
    "jihadists",
    "opposition",
    "dissidents",
    "junta",
    // ("Colombia's largest cartel agrees to move fighters into zones": a criminal armed
    // group is somebody else than the state it is named after)
    "cartel",
    "cartels",
    "gang",
    "gangs",
    // ("Kuwaiti jet hijackers", "Iranian embassy gunmen": those holding the hostages are
    // not the state whose plane or embassy they hold)
    "gunmen",
    "hijackers",
    "captors",
    "kidnappers",
    "hostage-takers",
];

/// Heads for which one plain word may stand between the state and the head ("Iranian
/// embassy gunmen", "Kuwaiti jet hijackers"): the place or the thing seized.
const CAPTOR_HEADS: &[&str] = &[
    "gunmen",
    "hijackers",
    "captors",
    "kidnappers",
    "hostage-takers",
];

/// After a state's possessive, an armed group of the country within three words:
/// "Nigeria's main militant group", "Sudan's largest rebel movement", "Colombia's
/// guerrillas" are somebody else, never the state.
fn possessed_armed_group(after: &[String]) -> bool {
    const GROUPS: &[&str] = &["group", "groups", "movement", "faction", "alliance", "army"];
    const ARMED: &[&str] = &[
        "militant",
        "rebel",
        "armed",
        "guerrilla",
        "insurgent",
        "separatist",
    ];
    let window = &after[..after.len().min(4)];
    window
        .iter()
        .take(3)
        .any(|w| ARMED_HEADS.contains(&w.as_str()))
        || window
            .windows(2)
            .any(|p| ARMED.contains(&p[0].as_str()) && GROUPS.contains(&p[1].as_str()))
}

/// Words in a party's names that make it an international body, a go-between by nature:
/// "the rebels" of an item about the OSCE's talks are never the OSCE.
const BODY_WORDS: &[&str] = &[
    "union",
    "nations",
    "organization",
    "organisation",
    "community",
    "league",
    "council",
    "authority",
    "commission",
    "see",
    "osce",
    "igad",
    "ecowas",
    "sadc",
    "nato",
    "un",
    "au",
    "eu",
    "vatican",
    "pope",
    "church",
];

/// One entry of the knowledge table.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Known {
    name: String,
    #[serde(default)]
    acts: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    /// An armed movement, no state.
    #[serde(default)]
    movement: bool,
    /// A region a conflict is named after ("Darfur", "Gaza"): it names another conflict's
    /// truce or talks (`known_name`), but is no state that signs or is asked anything
    /// ("Gaza, Israel agree truce" names a side by its land).
    #[serde(default)]
    region: bool,
}

#[derive(serde::Deserialize)]
struct KnowledgeFile {
    actor: Vec<Known>,
}

/// The built-in knowledge table (`knowledge.toml`), parsed once. It is compiled in and
/// checked by a test; were it ever unreadable, actors would still match by name and alias.
/// Is this (lowercase) word part of a name the knowledge table holds: a country or a
/// movement, its demonym or a leader, a capital ("pakistan", "pakistani", "sudan")?
pub(super) fn known_word(word: &str) -> bool {
    static WORDS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            knowledge()
                .iter()
                .filter(|k| !k.region)
                .flat_map(|k| {
                    std::iter::once(&k.name)
                        .chain(k.acts.iter())
                        .chain(k.places.iter())
                })
                .flat_map(|n| norm_words(n))
                .collect()
        });
    WORDS.contains(word)
}

fn knowledge() -> &'static [Known] {
    static TABLE: std::sync::LazyLock<Vec<Known>> = std::sync::LazyLock::new(|| {
        toml::from_str::<KnowledgeFile>(include_str!("knowledge.toml"))
            .map(|f| f.actor)
            .unwrap_or_else(|e| {
                tracing::error!("the built-in knowledge table is invalid: {e}");
                Vec::new()
            })
    });
    &TABLE
}

/// Word sequences drawn from the knowledge table, built once.
type WordSet = std::sync::LazyLock<std::collections::HashSet<Vec<String>>>;

/// Is this text (any case, one or more words) one of the set's entries?
fn in_set(set: &WordSet, text: &str) -> bool {
    let words = norm_words(text);
    !words.is_empty() && set.contains(&words)
}

/// Is this text (any case, one or more words) the name of a country or movement in the
/// knowledge table ("Libya", "South Sudan")? Used to recognise another conflict's truce,
/// never to add a party.
pub fn known_name(text: &str) -> bool {
    static NAMES: WordSet =
        std::sync::LazyLock::new(|| knowledge().iter().map(|k| norm_words(&k.name)).collect());
    in_set(&NAMES, text)
}

/// Is this text a state's name, one of its acting names ("Kremlin") or one of its places
/// ("Moscow") in the knowledge table? "Aliyev demands Moscow admit guilt" asks something of
/// a state, unlike "UNITA demands Huambo governorship", which asks for a post in a town.
pub fn known_state_word(text: &str) -> bool {
    static WORDS: WordSet = std::sync::LazyLock::new(|| {
        knowledge()
            .iter()
            .filter(|k| !k.region)
            .flat_map(|k| std::iter::once(&k.name).chain(&k.acts).chain(&k.places))
            .map(|n| norm_words(n))
            .collect()
    });
    in_set(&WORDS, text)
}

/// Per actor: is it a trade union, by a name or alias with "union" in it ("United
/// National Transport Union", "the rail workers' union")? Not a union of states ("European
/// Union", "African Union", "Soviet Union": a word of place or of states before it) nor a
/// state or a body the knowledge table knows.
fn trade_union_flags(cfg: &WatchlistConfig) -> Vec<bool> {
    const OF_STATES: &[&str] = &[
        "european",
        "african",
        "soviet",
        "eurasian",
        "customs",
        "monetary",
        "postal",
        "state",
        "states",
        "arab",
        "economic",
        "banking",
        "currency",
        "political",
    ];
    cfg.actors
        .iter()
        .map(|a| {
            std::iter::once(&a.name).chain(&a.aliases).any(|n| {
                let w = norm_words(n);
                w.iter().enumerate().any(|(i, x)| {
                    x == "union"
                        && !w[..i].iter().any(|p| OF_STATES.contains(&p.as_str()))
                        && !known_name(n)
                })
            })
        })
        .collect()
}

/// Per actor: is it a state (a country the knowledge table knows, not a movement, or an
/// alias with a state's word: "government", "ministry" …)?
fn state_flags(cfg: &WatchlistConfig) -> Vec<bool> {
    cfg.actors
        .iter()
        .map(|a| {
            let known = knowledge().iter().any(|k| {
                !k.movement
                    && a.aliases
                        .iter()
                        .any(|al| norm_words(al) == norm_words(&k.name))
            });
            known
                || a.aliases.iter().any(|al| {
                    norm_words(al)
                        .iter()
                        .any(|w| STATE_WORDS.contains(&w.as_str()))
                })
        })
        .collect()
}

impl ActorMatcher {
    /// Builds the alias table: configured aliases first, then built-in knowledge for
    /// actors the config names (never an alias another actor already claims).
    pub fn new(cfg: &WatchlistConfig) -> ActorMatcher {
        let names: Vec<String> = cfg.actors.iter().map(|a| a.name.clone()).collect();
        let aliases = alias_table(cfg);
        let state = state_flags(cfg);
        // the government of a watchlist: the first actor one of whose aliases names a
        // government (analysts list the parties before the go-betweens)
        let government = cfg.actors.iter().position(|a| {
            a.aliases
                .iter()
                .any(|al| norm_words(al).iter().any(|w| w == "government"))
        });
        let heads = INSTITUTION_HEADS
            .iter()
            .filter_map(|h| {
                let owners: std::collections::BTreeSet<usize> = aliases
                    .iter()
                    .filter(|al| al.words.len() >= 2 && al.words.last().is_some_and(|w| w == h))
                    .map(|al| al.actor)
                    .collect();
                let only = owners.iter().next().copied();
                (owners.len() == 1).then(|| (h.to_string(), only.unwrap_or_default()))
            })
            .collect();
        let members = member_nouns(&aliases);
        let compounds: Vec<Vec<String>> = super::topic::COMPOUND_PLACES
            .iter()
            .map(|p| p.split(' ').map(String::from).collect())
            .collect();
        let index = AliasIndex::new(&aliases, &compounds);
        let own_states = own_states(cfg);
        let subject_states = subject_states(cfg, &own_states);
        let body = cfg
            .actors
            .iter()
            .map(|a| {
                std::iter::once(&a.name).chain(&a.aliases).any(|n| {
                    n.split(|c: char| !c.is_alphanumeric())
                        .any(|w| BODY_WORDS.contains(&w.to_lowercase().as_str()))
                })
            })
            .collect();
        let surnames = surnames_of(cfg);
        let offices = offices_of(cfg);
        let trade_union = trade_union_flags(cfg);
        let labour_body = cfg
            .actors
            .iter()
            .map(|a| {
                std::iter::once(&a.name).chain(&a.aliases).any(|n| {
                    norm_words(n).iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "union"
                                | "unions"
                                | "confederation"
                                | "federation"
                                | "guild"
                                | "congress"
                        )
                    })
                })
            })
            .collect();
        ActorMatcher {
            trade_union,
            labour_body,
            names,
            surnames,
            offices,
            aliases,
            state,
            government,
            heads,
            members,
            compounds,
            own_states,
            subject_states,
            body,
            index,
            context: cfg
                .context
                .iter()
                .map(|c| crate::text::fold_lower(c))
                .filter(|c| !c.contains(' '))
                .collect(),
        }
    }

    /// Is this normalised word one of the watchlist's context terms?
    fn in_context(&self, norm: &str) -> bool {
        self.context.iter().any(|c| match c.strip_suffix('*') {
            Some(prefix) => norm.starts_with(prefix),
            None => c == norm,
        })
    }

    /// Is this (lowercase) word the first or last word of a multi-word alias ("kim" of
    /// "Kim Jong Un", "trump" of "Donald Trump")? Headlines call leaders by one name; such
    /// a word is never somebody the watchlist does not follow (it is not matched as the
    /// actor either: "Kim" alone may be another Kim).
    pub fn is_alias_end_word(&self, word: &str) -> bool {
        self.index.end_words.contains(&norm_token(word))
    }

    /// Is this text a name of the state whose government the watchlist follows
    /// ("Britain" for a "UK government" actor)?
    pub fn own_state_word(&self, text: &str) -> bool {
        self.own_states.contains_key(&norm_words(text))
    }

    /// The watched government whose state's name opens `norms` (lowercase words), and the
    /// name's length: "sri lanka offers …" → (the "Sri Lanka Government" actor, 2).
    pub fn state_at(&self, norms: &[String]) -> Option<(usize, usize)> {
        (1..=3.min(norms.len()))
            .rev()
            .find_map(|n| self.subject_states.get(&norms[..n]).map(|&a| (a, n)))
    }

    /// "Britain and the European Union agreed", "the EU and the UK resume talks": a watched
    /// government's bare country coordinated with another watched party is that government
    /// acting with it (alone it stays unmatched: a place or the territory at stake).
    fn coordinated_own_state(&self, norms: &[String], taken: &[bool], out: &mut Vec<Mention>) {
        if self.own_states.is_empty() {
            return;
        }
        let joins = |w: &str| matches!(w, "and" | "&" | ",");
        let mut found = Vec::new();
        for i in 0..norms.len() {
            let Some(&actor) = self.own_states.get(std::slice::from_ref(&norms[i])) else {
                continue;
            };
            if taken[i] {
                continue;
            }
            let partner_after = norms.get(i + 1).is_some_and(|w| joins(w))
                && out.iter().any(|m| {
                    !m.place && m.actor != actor && (m.start == i + 2 || m.start == i + 3)
                });
            let partner_before = i >= 2
                && joins(&norms[i - 1])
                && out
                    .iter()
                    .any(|m| !m.place && m.actor != actor && m.end == i - 1);
            if partner_after || partner_before {
                found.push(Mention {
                    actor,
                    start: i,
                    end: i + 1,
                    place: false,
                    in_compound: false,
                    compound_of_actors: false,
                });
            }
        }
        out.extend(found);
    }

    /// Is this (lowercase) word the surname of the actor's leader, written alone ("Kibaki"
    /// of "Mwai Kibaki")? A name, not a people's adjective, however it ends: "Kibaki offers
    /// PM post" is the "Kibaki government" acting.
    pub fn is_surname(&self, actor: usize, word: &str) -> bool {
        self.surnames.contains(&(actor, norm_token(word)))
    }

    /// "The premier rebuffed the union's offer": "the <office>" in a watchlist where one
    /// actor's configured name opens with that office ("Premier Danielle Smith") is that
    /// actor, unless a name or an "of" follows ("the president of the union" is somebody
    /// else) or a mention already covers it. Returns the added mentions.
    pub fn office_mentions(&self, tokens: &[Token], mentions: &[Mention]) -> Vec<Mention> {
        let mut out = Vec::new();
        if self.offices.is_empty() {
            return out;
        }
        for i in 1..tokens.len() {
            if tokens[i - 1].lower != "the" {
                continue;
            }
            for (words, actor) in &self.offices {
                let end = i + words.len();
                let fits = tokens.len() >= end
                    && tokens[i..end].iter().zip(words).all(|(t, w)| t.lower == *w)
                    && !tokens.get(end).is_some_and(|n| {
                        n.lower == "of"
                            || n.lower == "'s"
                            || n.text.chars().next().is_some_and(char::is_uppercase)
                    })
                    && !mentions.iter().any(|m| m.start < end && i < m.end);
                if fits {
                    out.push(Mention {
                        actor: *actor,
                        start: i,
                        end,
                        place: false,
                        in_compound: false,
                        compound_of_actors: false,
                    });
                }
            }
        }
        out
    }

    /// Is this actor a state (a country, or a party whose alias names a government)?
    pub fn is_state(&self, actor: usize) -> bool {
        self.state.get(actor).copied().unwrap_or(false)
    }

    /// The watchlist's trade unions, when it follows two or more: "unions reject the
    /// offer" is all of them (one union is its own aliases' business).
    pub fn trade_unions(&self) -> Vec<usize> {
        let unions: Vec<usize> = (0..self.trade_union.len())
            .filter(|&i| self.trade_union[i])
            .collect();
        if unions.len() >= 2 {
            unions
        } else {
            Vec::new()
        }
    }

    /// Is this actor a body of workers by its names (a union, a confederation or federation
    /// of unions, a guild)? "Akava unions" are that confederation's own.
    pub fn is_labour_body(&self, actor: usize) -> bool {
        self.labour_body.get(actor).copied().unwrap_or(false)
    }

    /// Is this actor an international body (a union, league, council of states …)?
    pub fn is_body(&self, actor: usize) -> bool {
        self.body.get(actor).copied().unwrap_or(false)
    }

    /// Every actor mention in the tokens, left to right, non-overlapping.
    /// Is the "'s" that ends this mention part of the name ("St. Luke's", "Children's")
    /// rather than an owner's mark? Only when no alias of the actor is the name without
    /// it: a watchlist listing both "Labor" and "Labor's" lists a possessive form.
    pub fn s_is_part_of_name(&self, tokens: &[Token], m: &Mention) -> bool {
        if m.end < m.start + 2 || tokens.get(m.end - 1).is_none_or(|t| t.lower != "'s") {
            return false;
        }
        let bare: Vec<String> = tokens[m.start..m.end - 1]
            .iter()
            .map(|t| norm_token(&t.lower))
            .collect();
        !self
            .aliases
            .iter()
            .any(|al| al.actor == m.actor && al.words == bare)
    }

    pub fn mentions(&self, tokens: &[Token]) -> Vec<Mention> {
        let norms: Vec<String> = tokens.iter().map(|t| norm_token(&t.lower)).collect();
        let mut taken = vec![false; tokens.len()];
        let mut out = Vec::new();
        for (k, i) in AliasIndex::starts(&self.index.multi_by_first, &norms) {
            let al = &self.aliases[k];
            if let Some(end) = match_alias(&norms, &taken, i, &al.words) {
                for t in taken.iter_mut().take(end).skip(i) {
                    *t = true;
                }
                out.push(Mention {
                    actor: al.actor,
                    start: i,
                    end,
                    place: al.place,
                    in_compound: false,
                    compound_of_actors: false,
                });
            }
        }
        // "Northern Ireland" is not "Ireland", "South Sudan" not "Sudan" (unless an alias
        // named the compound itself: those were matched above)
        for (k, i) in AliasIndex::starts(&self.index.compound_by_first, &norms) {
            let pw = &self.compounds[k];
            if i + pw.len() > norms.len() {
                continue;
            }
            if (0..pw.len()).all(|k| norms[i + k] == pw[k] && !taken[i + k]) {
                for t in taken.iter_mut().skip(i).take(pw.len()) {
                    *t = true;
                }
            }
        }
        // (capitals mark names only where the sentence is not written in title case)
        let sentence_case = tokens
            .iter()
            .skip(1)
            .any(|t| t.text.len() > 3 && t.text.starts_with(char::is_lowercase));
        // single words, including parts of hyphenated compounds
        for (i, norm) in norms.iter().enumerate() {
            if taken[i] || tokens[i].punct || head_of_a_longer_name(tokens, &norms, i) {
                continue;
            }
            let parts: Vec<&str> = if norm.contains('-') {
                norm.split('-').collect()
            } else {
                vec![norm.as_str()]
            };
            let compound = parts.len() > 1;
            let mut found = Vec::new();
            let mut whole = None;
            if compound {
                whole = self
                    .index
                    .single
                    .get(norm.as_str())
                    .map(|&k| &self.aliases[k]);
            }
            if let Some(al) = whole {
                found.push((al.actor, al.place));
            } else {
                for p in &parts {
                    if let Some(al) = self.index.single.get(*p).map(|&k| &self.aliases[k]) {
                        // ("Chad's junta" to a watchlist whose junta is Guinea's: a common
                        // noun owned by a name we do not follow is that name's)
                        let others = i >= 2
                            && tokens[i - 1].lower == "'s"
                            && tokens[i - 2].text.starts_with(char::is_uppercase)
                            && !taken[i - 2]
                            && !self.index.single.contains_key(norms[i - 2].as_str())
                            && !self.in_context(&norms[i - 2]);
                        if al.common
                            && !compound
                            && (inside_a_name(tokens, i, sentence_case) || others)
                        {
                            continue;
                        }
                        if al.cased
                            && sentence_case
                            && tokens[i].text.starts_with(char::is_lowercase)
                        {
                            continue;
                        }
                        found.push((al.actor, al.place));
                    }
                }
            }
            // ("Latin American exporters" are not the United States; "West German officials"
            // are West Germany's when an alias of it begins "West German")
            if after_region_word(tokens, &taken, i) {
                let own: Vec<usize> = self
                    .index
                    .multi_by_first
                    .get(norms[i - 1].as_str())
                    .into_iter()
                    .flatten()
                    .map(|&k| &self.aliases[k])
                    .filter(|al| al.words.get(1) == Some(norm))
                    .map(|al| al.actor)
                    .collect();
                found.retain(|(actor, _)| own.contains(actor));
            }
            let all_actors = compound && whole.is_none() && found.len() == parts.len();
            for (actor, place) in found {
                out.push(Mention {
                    actor,
                    start: i,
                    end: i + 1,
                    place,
                    in_compound: compound && whole.is_none(),
                    compound_of_actors: all_actors,
                });
            }
        }
        // "Andhra govt", "Lebanese government": a configured bare "government" after
        // another name is that name's government
        // ("the state government agreed to Rs 360 a quintal", "the regional government":
        // a sub-national government is not the one at the table)
        out.retain(|m| {
            let bare =
                m.end == m.start + 1 && matches!(norms[m.start].as_str(), "government" | "govt");
            let subnational = m.start > 0 && SUBNATIONAL.contains(&norms[m.start - 1].as_str());
            !(bare && (named_first_word(tokens, m.start) || subnational))
        });
        self.bare_government(tokens, &norms, &taken, &mut out);
        self.definite_head(tokens, &norms, &taken, &mut out);
        self.member_noun(tokens, &norms, &taken, &mut out);
        self.elliptical(tokens, &norms, &taken, &mut out);
        self.shared_plural_head(tokens, &norms, &taken, &mut out);
        self.coordinated_own_state(&norms, &taken, &mut out);
        self.plural_of_names(tokens, &norms, &taken, &mut out);
        out.sort_by_key(|m| (m.start, m.actor));
        self.state_before_armed_head(tokens, &norms, &mut out);
        out
    }
}

impl ActorMatcher {
    /// Pattern: the plural of a name two parties share ("the two Koreas agree", "Sudans
    /// resume oil talks", "Congos sign border pact"): both parties, like "North
    /// Korea-South Korea". Only a capitalised word no alias matched, whose singular ends the
    /// names of two or more actors.
    fn plural_of_names(
        &self,
        tokens: &[Token],
        norms: &[String],
        taken: &[bool],
        out: &mut Vec<Mention>,
    ) {
        for (i, norm) in norms.iter().enumerate() {
            let Some(singular) = norm.strip_suffix('s') else {
                continue;
            };
            if taken[i]
                || singular.len() < 3
                || !tokens[i].text.starts_with(char::is_uppercase)
                || out.iter().any(|m| m.start <= i && i < m.end)
            {
                continue;
            }
            let sharing: Vec<usize> = (0..self.names.len())
                .filter(|&a| {
                    norm_words(&self.names[a])
                        .last()
                        .is_some_and(|last| last == singular)
                })
                .collect();
            if sharing.len() < 2 {
                continue;
            }
            for actor in sharing {
                out.push(Mention {
                    actor,
                    start: i,
                    end: i + 1,
                    place: false,
                    in_compound: true,
                    compound_of_actors: true,
                });
            }
        }
    }

    /// "Congo rebels", "Iranian embassy gunmen", "ethnic Albanian parties": marks a state's
    /// name before an armed group's head, or after "ethnic", as a modifier of somebody else.
    fn state_before_armed_head(&self, tokens: &[Token], norms: &[String], out: &mut [Mention]) {
        // "Congo rebels", "Sudanese militia", "Philippine Muslim rebels": a state's name
        // before an armed group's head (one modifier between at most) is a modifier of
        // somebody else
        let starts: Vec<usize> = out.iter().map(|m| m.start).collect();
        let spans: Vec<(usize, usize, usize)> =
            out.iter().map(|m| (m.start, m.end, m.actor)).collect();
        for m in out.iter_mut() {
            let at = |i: usize| norms.get(i).map(String::as_str).unwrap_or("");
            // (a capitalised modifier: "Muslim", "Tuareg-led"; never "and"; or an
            // adjective: "Bangladesh hill rebels", "Philippine communist guerrillas")
            let modifier = tokens.get(m.end).is_some_and(|t| {
                !t.punct
                    && (t.text.chars().next().is_some_and(char::is_uppercase)
                        || armed_modifier(&t.lower))
                    && !matches!(
                        t.lower.as_str(),
                        "and" | "or" | "of" | "the" | "'s" | "with"
                    )
            }) && !starts.contains(&m.end);
            // (the state by its name or demonym, "Iranian embassy gunmen"; a common noun
            // of it is a subject whose verb follows: "ministers refuse gunmen's demand")
            let plain = m.end > m.start
                && tokens[m.end - 1].text.starts_with(char::is_uppercase)
                && tokens
                    .get(m.end)
                    .is_some_and(|t| !t.punct && t.text.starts_with(char::is_lowercase))
                && !matches!(at(m.end), "and" | "or" | "of" | "the" | "with");
            let head = ARMED_HEADS.contains(&at(m.end))
                || (modifier && ARMED_HEADS.contains(&at(m.end + 1)))
                || (plain && CAPTOR_HEADS.contains(&at(m.end + 1)))
                || (at(m.end) == "s"
                    && possessed_armed_group(&norms[(m.end + 1).min(norms.len())..]));
            // "Philippine Muslim rebels" where "Muslim rebels" is itself a party's alias
            let before_armed_party = spans
                .iter()
                .any(|&(s, e, a)| s == m.end && a != m.actor && ARMED_HEADS.contains(&at(e - 1)));
            // ("Macedonia's ethnic Albanian parties", "ethnic Serb leaders": a people, not
            // its state; who acts is the head that follows)
            let ethnic = m.start > 0 && at(m.start - 1) == "ethnic";
            if self.state.get(m.actor).copied().unwrap_or(false)
                && (head || before_armed_party || ethnic)
            {
                m.in_compound = true;
                m.compound_of_actors = false;
            }
        }
    }

    /// "Macedonian and ethnic Albanian leaders": the first adjective shares the second's
    /// head noun, so "Macedonian leaders" is named too when that is an alias.
    fn elliptical(
        &self,
        tokens: &[Token],
        norms: &[String],
        taken: &[bool],
        out: &mut Vec<Mention>,
    ) {
        let mut found = Vec::new();
        for m in out.iter().filter(|m| m.end >= m.start + 2 && m.start >= 2) {
            let adj = m.start - 2;
            let capitalised = tokens[adj]
                .text
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if norms[m.start - 1] != "and" || taken[adj] || !capitalised {
                continue;
            }
            // the adjective with the head ("Macedonian leaders") or with the rest of the
            // phrase ("Greek and Turkish Cypriot leaders": "Greek Cypriot leaders")
            let head = vec![norms[adj].clone(), norms[m.end - 1].clone()];
            let rest: Vec<String> = std::iter::once(norms[adj].clone())
                .chain(norms[m.start + 1..m.end].iter().cloned())
                .collect();
            let named = |al: &&Alias| (al.words == head || al.words == rest) && al.actor != m.actor;
            if let Some(al) = self.aliases.iter().find(named) {
                found.push(Mention {
                    actor: al.actor,
                    start: adj,
                    end: adj + 1,
                    place: false,
                    in_compound: false,
                    compound_of_actors: false,
                });
            }
        }
        out.extend(found);
    }

    /// Pattern: two adjectives sharing a plural head ("the UK and Irish governments",
    /// "British and Irish governments table draft"): each adjective with the singular
    /// head names its actor when both are aliases of two different actors.
    fn shared_plural_head(
        &self,
        tokens: &[Token],
        norms: &[String],
        taken: &[bool],
        out: &mut Vec<Mention>,
    ) {
        let capitalised = |k: usize| tokens[k].text.starts_with(char::is_uppercase);
        let mut found = Vec::new();
        for i in 3..norms.len() {
            let Some(singular) = norms[i].strip_suffix('s') else {
                continue;
            };
            let (a, b) = (i - 3, i - 1);
            if norms[i - 2] != "and"
                || !capitalised(a)
                || !capitalised(b)
                || (a..=i).any(|k| taken[k] || in_mention(out, k))
            {
                continue;
            }
            let actor_of = |adj: usize| {
                let words = [norms[adj].clone(), singular.to_string()];
                self.aliases
                    .iter()
                    .find(|al| al.words == words && !al.place)
                    .map(|al| al.actor)
            };
            if let (Some(x), Some(y)) = (actor_of(a), actor_of(b)) {
                if x != y {
                    found.push((x, a, a + 1));
                    found.push((y, b, i + 1));
                }
            }
        }
        out.extend(found.into_iter().map(|(actor, start, end)| Mention {
            actor,
            start,
            end,
            place: false,
            in_compound: false,
            compound_of_actors: false,
        }));
    }

    /// "the council had decided to stop negotiating": a definite institution head that only
    /// one actor's configured name ends with ("military council") is that actor, as a bare
    /// "the government" is the watchlist's government (in a headline without its article).
    fn definite_head(
        &self,
        tokens: &[Token],
        norms: &[String],
        taken: &[bool],
        out: &mut Vec<Mention>,
    ) {
        for (i, n) in norms.iter().enumerate() {
            let Some((_, actor)) = self.heads.iter().find(|(h, _)| h == n) else {
                continue;
            };
            // ("Samsung wage talks break down as union walks out": a headline drops the
            // article; the head follows a conjunction)
            let opens = i > 0
                && matches!(
                    norms[i - 1].as_str(),
                    "the" | "as" | "after" | "while" | "when" | "but" | "and"
                );
            if taken[i] || !opens || in_mention(out, i) || head_of_a_longer_name(tokens, norms, i) {
                continue;
            }
            out.push(Mention {
                actor: *actor,
                start: i,
                end: i + 1,
                place: false,
                in_compound: false,
                compound_of_actors: false,
            });
        }
    }

    /// "Wynn workers ratify contract", "Belgian socialists rejoin talks": a plural noun of
    /// members that only one actor's configured name holds is that actor, written as a
    /// common noun (lowercase, or opening the text), and not opening another body's name
    /// ("Nurses Union of Kenya").
    fn member_noun(
        &self,
        tokens: &[Token],
        norms: &[String],
        taken: &[bool],
        out: &mut Vec<Mention>,
    ) {
        for (i, n) in norms.iter().enumerate() {
            let Some((_, actor)) = self.members.iter().find(|(w, _)| w == n) else {
                continue;
            };
            let common = tokens[i].text.starts_with(char::is_lowercase)
                || i == 0
                || (i > 0 && tokens[i - 1].text == ":");
            let name_follows = tokens
                .get(i + 1)
                .is_some_and(|t| t.text.starts_with(char::is_uppercase) && !t.punct);
            // ("Colombia and ELN rebels": armed men after a party's name are that party's;
            // after a state's, "Mali rebels", they are the rebels fighting it)
            let owned = ARMED_HEADS.contains(&n.as_str())
                && out.iter().any(|m| {
                    m.end == i && !m.place && !self.state.get(m.actor).copied().unwrap_or(false)
                });
            if taken[i] || in_mention(out, i) || !common || name_follows || owned {
                continue;
            }
            out.push(Mention {
                actor: *actor,
                start: i,
                end: i + 1,
                place: false,
                in_compound: false,
                compound_of_actors: false,
            });
        }
    }

    /// "The government said …", "a government team": the watchlist's government, when the
    /// word stands bare (not "Sudan's government", "the Cuban government", "government-held").
    fn bare_government(
        &self,
        tokens: &[Token],
        norms: &[String],
        taken: &[bool],
        out: &mut Vec<Mention>,
    ) {
        let Some(actor) = self.government else {
            return;
        };
        for (i, n) in norms.iter().enumerate() {
            if taken[i] || !matches!(n.as_str(), "government" | "govt") {
                continue;
            }
            let prev = if i > 0 {
                tokens[i - 1].text.as_str()
            } else {
                ""
            };
            let named_before =
                prev == "'s" || named_first_word(tokens, i) || out.iter().any(|m| m.end == i);
            // "the rebel government", "the nationalist provisional government": a
            // government of the other side, not the watchlist's
            let rival = norms[i.saturating_sub(2)..i].iter().any(|w| {
                ARMED_HEADS.contains(&w.as_str())
                    || matches!(w.as_str(), "nationalist" | "exile" | "shadow" | "parallel")
            }) || (i > 0 && SUBNATIONAL.contains(&norms[i - 1].as_str()));
            // "the government in Port Louis", "the government of Mauritius": the place or
            // the country named right after says whose
            let named_after = norms
                .get(i + 1)
                .is_some_and(|w| matches!(w.as_str(), "in" | "of"))
                .then(|| out.iter().find(|m| m.start == i + 2).map(|m| m.actor))
                .flatten();
            if !named_before && !rival {
                out.push(Mention {
                    actor: named_after.unwrap_or(actor),
                    start: i,
                    end: i + 1,
                    place: false,
                    in_compound: false,
                    compound_of_actors: false,
                });
            }
        }
    }
}

/// Words that make a bare "government" a sub-national one ("the state government", "the
/// provincial government"): not the government at the table.
const SUBNATIONAL: &[&str] = &[
    "state",
    "provincial",
    "regional",
    "local",
    "municipal",
    "county",
    "city",
];

/// Lowercase words of an alias, normalised like tokens.
fn norm_words(s: &str) -> Vec<String> {
    crate::text::tokenize(s)
        .iter()
        .filter(|t| !t.punct)
        .map(|t| norm_token(&t.lower))
        .collect()
}

/// A capitalised word right before token `i` that names somebody ("Andhra govt"): not a
/// determiner or a label opening the sentence ("The government").
fn named_first_word(tokens: &[Token], i: usize) -> bool {
    i > 0 && {
        let prev = &tokens[i - 1];
        !prev.punct
            && prev.text.chars().next().is_some_and(|c| c.is_uppercase())
            && !matches!(
                prev.lower.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "its"
                    | "their"
                    | "our"
                    | "his"
                    | "her"
                    | "new"
                    | "interim"
                    | "royal"
                    | "federal"
                    | "national"
            )
    }
}

/// Pattern: a common noun inside somebody else's name ("The Writers Guild of America",
/// "the Transport Workers Union") — written with a capital after another name's word, in a
/// sentence written in sentence case — is that other body, not the actor the bare noun
/// stands for ("the guild", "the union").
fn inside_a_name(tokens: &[Token], i: usize, sentence_case: bool) -> bool {
    // ("Bulgarian Socialists refuse to back the cabinet": a demonym before the noun is
    // where the party is from, no other body's name)
    let demonym = i > 0 && {
        let prev = tokens[i - 1].lower.as_str();
        known_word(prev)
            && ["an", "ese", "ish", "i", "ic"]
                .iter()
                .any(|e| prev.ends_with(e))
    };
    sentence_case
        && tokens[i].text.starts_with(char::is_uppercase)
        && named_first_word(tokens, i)
        && !demonym
}

/// Pattern: a capitalised compass or region word before a name makes another name
/// ("Latin American exporters" are not American, "South Korean" is not "Korean", "Central
/// African" not "African"), unless an alias named the whole (matched before, and taken)
/// or an alias of the same actor begins with both words ("West German government": then
/// "West German officials" are its people).
const REGION_WORDS: &[&str] = &[
    "latin", "south", "north", "east", "west", "central", "southern", "northern", "eastern",
    "western",
];

fn after_region_word(tokens: &[Token], taken: &[bool], i: usize) -> bool {
    i > 0
        && !taken[i - 1]
        && REGION_WORDS.contains(&tokens[i - 1].lower.as_str())
        && tokens[i - 1].text.starts_with(char::is_uppercase)
        && tokens[i].text.starts_with(char::is_uppercase)
}

/// Pattern: a capitalised word followed by "of" and a capitalised word that names no
/// state heads a longer proper name ("the Council of Ministers" is not "the Council", "the
/// League of Women Voters" not "the League"); "the Government of Kenya" keeps its
/// government.
fn head_of_a_longer_name(tokens: &[Token], norms: &[String], i: usize) -> bool {
    let capital = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.text.starts_with(char::is_uppercase))
    };
    capital(i)
        && i > 0
        && norms.get(i + 1).is_some_and(|w| w == "of")
        && capital(i + 2)
        && !known_word(&norms[i + 2])
}

/// Token normal form for alias matching: trailing dots dropped, "'s" → "s".
pub fn norm_token(lower: &str) -> String {
    if lower == "'s" {
        return "s".into();
    }
    lower.trim_end_matches('.').to_string()
}

/// Plural nouns of people that name no one body: every side has leaders and members
/// (only words `people_plural` lets through need listing).
const GENERIC_MEMBERS: &[&str] = &[
    "leaders",
    "negotiators",
    "ministers",
    "members",
    "governments",
    "others",
    "partners",
    "powers",
];

/// A plural noun of people by its ending ("workers", "socialists", "students", "medics"),
/// or one of the few that end otherwise ("nurses", "pilots"): not "bonds" or "games".
fn people_plural(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ers", "ors", "ists", "ians", "ants", "ents", "ics", "ees", "ites",
    ];
    w.len() > 4
        && w.chars().all(char::is_alphabetic)
        && (ENDINGS.iter().any(|e| w.ends_with(e))
            || matches!(
                w,
                "nurses" | "pilots" | "rebels" | "crews" | "militias" | "guerrillas"
            ))
}

/// The member nouns of `ActorMatcher::members`: a plural word of people in a
/// configured name of two words or more, that no other actor's name holds and that is no
/// one-word alias itself.
fn member_nouns(aliases: &[Alias]) -> Vec<(String, usize)> {
    let mut owners: HashMap<&str, std::collections::BTreeSet<usize>> = HashMap::new();
    let mut inner: HashSet<&str> = HashSet::new();
    for al in aliases {
        for w in &al.words {
            owners.entry(w.as_str()).or_default().insert(al.actor);
            if al.words.len() > 1
                && !al.place
                && people_plural(w)
                && !MEDIATOR_WORDS.contains(&w.as_str())
            {
                inner.insert(w.as_str());
            }
        }
    }
    let single = |w: &str| {
        aliases
            .iter()
            .any(|al| al.words.len() == 1 && al.words[0] == w)
    };
    let mut out: Vec<(String, usize)> = owners
        .into_iter()
        .filter(|(w, o)| {
            o.len() == 1 && inner.contains(w) && !single(w) && !GENERIC_MEMBERS.contains(w)
        })
        .filter_map(|(w, o)| o.into_iter().next().map(|a| (w.to_string(), a)))
        .collect();
    out.sort();
    out
}

/// Pattern: a union's members by its own words ("primary teachers' union" → "primary
/// teachers reject revised pay offer"): the people a union's common name is of are that
/// union on the page, when no other actor's name opens with them.
fn union_members(
    cfg: &WatchlistConfig,
    configured: &std::collections::HashSet<Vec<String>>,
) -> Vec<(Vec<String>, usize)> {
    let mut out = Vec::new();
    for (i, a) in cfg.actors.iter().enumerate() {
        for al in a
            .aliases
            .iter()
            .filter(|al| al.starts_with(char::is_lowercase))
        {
            let Some(members) = members_of_a_union(&norm_words(al)) else {
                continue;
            };
            let elsewhere = cfg.actors.iter().enumerate().any(|(j, b)| {
                j != i
                    && b.aliases
                        .iter()
                        .chain(std::iter::once(&b.name))
                        .any(|x| norm_words(x).starts_with(&members))
            });
            if !elsewhere && !configured.contains(&members) {
                out.push((members, i));
            }
        }
    }
    out
}

/// The people a union's common name is of, two words or more ("primary teachers" of
/// "primary teachers' union", "rail workers" of "the rail workers' union"); one word is
/// `member_nouns`' business.
fn members_of_a_union(words: &[String]) -> Option<Vec<String>> {
    let words = match words {
        [first, rest @ ..] if first == "the" => rest,
        _ => words,
    };
    let (head, people) = words.split_last()?;
    let union = matches!(
        head.as_str(),
        "union" | "unions" | "association" | "federation" | "guild"
    );
    // ("teachers' union": the plural possessive, a token of its own, is no people's word)
    let people: Vec<String> = match people {
        [rest @ .., s] if s == "s" => rest.to_vec(),
        _ => people.to_vec(),
    };
    let plural = people.last().is_some_and(|w| people_plural(w));
    (union && people.len() >= 2 && plural).then_some(people)
}

/// Numbers an alias may open with ("four Arab states").
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
];

/// Heads of a body's name that "the <head>" may stand for ("the military council", "the
/// General National Congress"), when only one actor is so named.
/// A lowercase word that describes an armed group between a state's name and its head:
/// "hill", "tribal", "communist", "separatist", "right-wing" (an adjective by its ending or
/// a hyphen; never a verb, so "Ethiopia told rebels" keeps its subject).
fn armed_modifier(w: &str) -> bool {
    matches!(w, "hill" | "tribal" | "armed" | "ethnic" | "rebel")
        || (w.contains('-') && !w.ends_with("ed"))
        || (w.len() > 5
            && ["ist", "al", "ian", "ic", "ern"]
                .iter()
                .any(|x| w.ends_with(x)))
}

const INSTITUTION_HEADS: &[&str] = &[
    "council",
    "congress",
    "parliament",
    "assembly",
    "junta",
    "alliance",
    "coalition",
    "committee",
    "commission",
    "front",
    "platform",
    // "the bloc wants Bazoum back within a week": the one actor called "… bloc"
    "bloc",
    // "CP said the union … turned down an offer": the one actor called "… union"
    "union",
    "guild",
];

/// Words that name a go-between.
const MEDIATOR_WORDS: &[&str] = &[
    "mediator",
    "mediators",
    "mediation",
    "mediating",
    "broker",
    "brokers",
    "facilitator",
    "facilitators",
    "intermediary",
    "intermediaries",
    "go-between",
    "go-betweens",
    "host",
    "hosts",
];

/// Compound endings that make the first part a go-between ("US-brokered", "Qatari-mediated").
const MEDIATOR_COMPOUNDS: &[&str] = &[
    "-brokered",
    "-mediated",
    "-hosted",
    "-facilitated",
    "-sponsored",
    "-led",
];

impl ActorMatcher {
    /// Actors a text describes as go-betweens: "Qatari mediators", "mediators Egypt and
    /// Qatar", "US-brokered talks", "talks hosted by Kazakhstan". Learned per watchlist over
    /// many items, this tells the mediators from the parties, which the config does not.
    pub fn mediator_cues(&self, tokens: &[Token]) -> Vec<usize> {
        let lw: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        let mut out = Vec::new();
        let mentions = self.mentions(tokens);
        let in_mention = |i: usize| in_mention(&mentions, i);
        // coordination glue and the other actors of a group ("Egyptian and Qatari mediators")
        let glue = |i: usize| matches!(lw[i], "and" | "," | "&" | "the") || in_mention(i);
        for m in &mentions {
            // ("Saudi-led bloc", "US-led coalition": a group somebody leads is no
            // go-between; "-led" names one only before the talks it leads)
            let led_talks = lw.get(m.start + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "talks"
                        | "negotiations"
                        | "mediation"
                        | "process"
                        | "efforts"
                        | "effort"
                        | "initiative"
                        | "dialogue"
                        | "round"
                )
            });
            let compound = MEDIATOR_COMPOUNDS
                .iter()
                .any(|c| lw[m.start].ends_with(c) && (*c != "-led" || led_talks));
            // after: "Qatari mediators", "Egyptian and Qatari mediation", "Qatar, the mediator"
            let next = (m.end..lw.len()).find(|&i| !glue(i));
            // ("Chisinau and the mediators": "and the" opens another group, the go-betweens)
            let other_group =
                next.is_some_and(|n| (m.end + 1..n).any(|i| lw[i] == "the" && lw[i - 1] == "and"));
            // ("Djibouti-Eritrea mediation deal", "role as Djibouti-Eritrea mediator": a
            // compound of parties before the word names the sides mediated between)
            let after = next.is_some_and(|i| MEDIATOR_WORDS.contains(&lw[i]))
                && !other_group
                && !m.compound_of_actors;
            // before: "mediators Egypt and Qatar", "brokered by Qatar", "hosted by Scholz"
            let prev = (0..m.start).rev().find(|&i| !glue(i));
            let before = prev
                .is_some_and(|i| matches!(lw[i], "mediators" | "mediator" | "facilitators"))
                || prev.is_some_and(|i| {
                    lw[i] == "by"
                        && i > 0
                        && matches!(
                            lw[i - 1],
                            "brokered" | "mediated" | "hosted" | "facilitated"
                        )
                });
            if (compound || after || before) && !out.contains(&m.actor) {
                out.push(m.actor);
            }
        }
        out
    }
}

/// For an actor named "<demonym> government" (a demonym the knowledge table knows), the
/// country's forms: "<country> government" (a possessive matches too) and "government of
/// <country>".
fn government_by_country(name: &str) -> Vec<Vec<String>> {
    let Some((_, Some(country))) = government_demonym(name) else {
        return vec![];
    };
    let gov = "government".to_string();
    vec![
        [country.clone(), vec![gov.clone()]].concat(),
        [vec![gov, "of".to_string()], country].concat(),
    ]
}

/// "Central African government" is also "the Central African authorities": the same state
/// under its other collective name, for each configured "<X> government" alias.
fn authorities(aliases: &[String]) -> Vec<Vec<String>> {
    aliases
        .iter()
        .map(|al| norm_words(al))
        .filter(|w| w.len() >= 2 && w.last().is_some_and(|l| l == "government"))
        .map(|mut w| {
            if let Some(last) = w.last_mut() {
                *last = "authorities".to_string();
            }
            w
        })
        .collect()
}

/// "Venezuelan Government" → the demonym ("venezuelan") and, when the knowledge table knows
/// it, the country's words (["venezuela"]); `None` for any other kind of name.
fn government_demonym(name: &str) -> Option<(Option<String>, Option<Vec<String>>)> {
    let words = norm_words(name);
    // "Government of Nepal": the country named outright (its offices: "Nepal PM")
    if let Some(country) = words.strip_prefix(&["government".to_string(), "of".to_string()]) {
        return (!country.is_empty()).then(|| (None, Some(country.to_vec())));
    }
    // ("Iraqi Interim Government", "Somali Transitional Federal Government": the
    // demonym's government whatever its standing)
    let (demonym, gov) = match words.as_slice() {
        [demonym, gov] => (demonym, gov),
        [demonym, q, gov] | [demonym, q, _, gov] if STANDING.contains(&q.as_str()) => {
            (demonym, gov)
        }
        _ => return None,
    };
    if gov != "government" || words.len() == 4 && !STANDING.contains(&words[2].as_str()) {
        return None;
    }
    let country = knowledge()
        .iter()
        .find(|k| k.acts.iter().any(|a| norm_words(a) == [demonym.clone()]))
        .map(|k| norm_words(&k.name))
        .or_else(|| country_of_demonym(demonym).map(|c| vec![c]));
    // (a standing word needs a real demonym before it: "Transitional National
    // Government" names no country)
    if words.len() > 2 && country.is_none() {
        return None;
    }
    Some((Some(demonym.clone()), country))
}

/// Words of a government's standing between its demonym and "government" ("Iraqi Interim
/// Government", "Somali Transitional Federal Government").
const STANDING: &[&str] = &[
    "interim",
    "transitional",
    "provisional",
    "federal",
    "national",
    "caretaker",
    "unity",
    "military",
    "revolutionary",
];

/// The words of each state whose government is a watched actor ("UK government":
/// "Britain", "UK", "London"), each to that actor.
fn own_states(cfg: &WatchlistConfig) -> HashMap<Vec<String>, usize> {
    let mut own_states = HashMap::new();
    for (i, a) in cfg.actors.iter().enumerate() {
        let known = std::iter::once(&a.name)
            .chain(&a.aliases)
            .filter_map(|n| government_demonym(n))
            .find_map(|(demonym, country)| {
                knowledge().iter().find(|k| {
                    country.as_ref().is_some_and(|c| norm_words(&k.name) == *c)
                        || demonym
                            .as_ref()
                            .is_some_and(|d| k.acts.iter().any(|a| norm_words(a) == [d.clone()]))
                })
            });
        if let Some(k) = known {
            for n in std::iter::once(&k.name).chain(&k.acts).chain(&k.places) {
                own_states.entry(norm_words(n)).or_insert(i);
            }
        }
    }
    own_states
}

/// Words before "government" that name no state: "state government", "Coalition
/// government", "the interim government".
const NOT_A_STATE: &[&str] = &[
    "the",
    "a",
    "state",
    "federal",
    "national",
    "central",
    "coalition",
    "interim",
    "transitional",
    "military",
    "new",
    "provincial",
    "regional",
    "local",
    "unity",
    "caretaker",
    "current",
    "incoming",
    "outgoing",
    "minority",
    "majority",
    "our",
    "their",
    "its",
];

/// The state words of each watched government (`own_states`), and the name before
/// "government" or after "Government of" in its names, written as a proper name
/// ("NSW government", "Sri Lanka Government", "Government of Nepal").
fn subject_states(
    cfg: &WatchlistConfig,
    own_states: &HashMap<Vec<String>, usize>,
) -> HashMap<Vec<String>, usize> {
    let mut out = own_states.clone();
    for (i, a) in cfg.actors.iter().enumerate() {
        for n in std::iter::once(&a.name).chain(&a.aliases) {
            let words: Vec<&str> = n.split_whitespace().collect();
            let state: &[&str] = match words.as_slice() {
                ["Government" | "government", "of", rest @ ..] => rest,
                [rest @ .., "Government" | "government"] => rest,
                _ => continue,
            };
            let proper = !state.is_empty()
                && state.len() <= 3
                && state.iter().all(|w| w.starts_with(char::is_uppercase))
                && !NOT_A_STATE.contains(&state[0].to_lowercase().as_str());
            if proper {
                out.entry(norm_words(&state.join(" "))).or_insert(i);
            }
        }
    }
    out
}

/// The country a regular demonym names, for countries the knowledge table lacks:
/// "Tunisian" → "tunisia", "Kenyan" → "kenya", "Sudanese" → "sudan", "Yemeni" →
/// "yemen" ("Tunisia's prime minister", "Tunisia PM" act for the Tunisian government). An
/// irregular demonym gives a word no headline writes ("mexica"), which matches nothing.
fn country_of_demonym(demonym: &str) -> Option<String> {
    let stem = if let Some(s) = demonym.strip_suffix("ese") {
        s.to_string()
    } else if demonym.ends_with("an") {
        demonym[..demonym.len() - 1].to_string()
    } else if let Some(s) = demonym.strip_suffix('i') {
        s.to_string()
    } else {
        return None;
    };
    (stem.len() >= 4).then_some(stem)
}

/// The alias table: configured aliases first, then their other spellings and built-in
/// knowledge for actors the config names (never an alias another actor already claims),
/// longest first.
fn alias_table(cfg: &WatchlistConfig) -> Vec<Alias> {
    let mut aliases: Vec<Alias> = Vec::new();
    let mut claimed: std::collections::HashSet<Vec<String>> = Default::default();
    // a configured alias that is a known capital or seat of government ("Doha",
    // "Kinshasa") is a place too: "talks in Doha" is a venue, not Qatar acting
    let known_places: std::collections::HashSet<Vec<String>> = knowledge()
        .iter()
        .flat_map(|k| k.places.iter().map(|p| norm_words(p)))
        .collect();
    // the configured aliases' words, and the one-word names that stood after "the"
    let configured: std::collections::HashSet<Vec<String>> = cfg
        .actors
        .iter()
        .flat_map(|a| a.aliases.iter().map(|al| norm_words(al)))
        .collect();
    let mut cased: Vec<(Vec<String>, usize)> = Vec::new();
    // every alias is claimed once, by the first actor that brings it
    let mut add = |words: Vec<String>, actor: usize, place: bool, common: bool| {
        if !words.is_empty() && claimed.insert(words.clone()) {
            aliases.push(Alias {
                words,
                actor,
                place,
                common,
                cased: false,
            });
        }
    };
    for (i, a) in cfg.actors.iter().enumerate() {
        for al in &a.aliases {
            let words = norm_words(al);
            let place = known_places.contains(&words);
            let common = al.starts_with(char::is_lowercase);
            add(words, i, place, common);
        }
    }
    // "Al-Shabaab" is also "Al Shabaab", "Kim Jong Un" also "Kim Jong-un", "N'Djamena"
    // also "Ndjamena": outlets write a name's hyphens, spaces and apostrophes their own
    // way (names only, with a capital somewhere: a lowercase alias is a common noun)
    for (i, a) in cfg.actors.iter().enumerate() {
        for al in a
            .aliases
            .iter()
            .filter(|al| al.chars().any(char::is_uppercase))
        {
            let words = norm_words(al);
            let place = known_places.contains(&words);
            for variant in spelling_variants(&words) {
                add(variant, i, place, false);
            }
            // ("Advisory, Conciliation and Arbitration Service", "NSCN (IM)": a name
            // written with a comma or in brackets matches with them, where they stand)
            if al.contains([',', '(', ')']) {
                let with_marks: Vec<String> = crate::text::tokenize(al)
                    .iter()
                    .map(|t| norm_token(&t.lower))
                    .collect();
                add(with_marks, i, place, false);
            }
        }
    }
    // "Guinean opposition" is also "Guinea opposition" and "Guinea's opposition",
    // "Egyptian ambassador" also "Egypt's ambassador": headlines name a body by its
    // state's name as often as by its adjective (`state_name_variants`)
    for (i, a) in cfg.actors.iter().enumerate() {
        for variant in a.aliases.iter().flat_map(|al| state_name_variants(al)) {
            add(variant, i, false, false);
        }
    }
    // "the rebels", "the junta": headlines drop the article ("Rebels demand …")
    for (i, a) in cfg.actors.iter().enumerate() {
        for al in &a.aliases {
            let words = norm_words(al);
            if words.len() >= 2 && words[0] == "the" {
                let named = al
                    .get(4..)
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
                if named && words.len() == 2 && !configured.contains(&words[1..]) {
                    cased.push((words[1..].to_vec(), i));
                }
                add(
                    words[1..].to_vec(),
                    i,
                    false,
                    al.starts_with(char::is_lowercase),
                );
            }
        }
    }
    for (members, i) in union_members(cfg, &configured) {
        add(members, i, false, true);
    }
    for (words, i, place) in known_aliases(cfg) {
        add(words, i, place, false);
    }
    // "Venezuelan Government" is also "Venezuela's government" and "the government of
    // Venezuela": the same words with the country for its demonym (never the bare
    // country, which is often a place or another side's territory)
    // (and "Iraqi Interim Government" with an alias "Iraqi government": an alias naming
    // the government by a country's demonym brings the same forms, "Iraqi PM",
    // "Iraq's prime minister", when the demonym names a country the table knows)
    for (i, a) in cfg.actors.iter().enumerate() {
        let names = std::iter::once(&a.name).chain(a.aliases.iter().filter(|al| {
            matches!(government_demonym(al), Some((Some(d), Some(_)))
                if !NOT_A_STATE.contains(&d.as_str()))
        }));
        for n in names {
            for words in government_by_country(n)
                .into_iter()
                .chain(government_offices(n))
            {
                add(words, i, false, false);
            }
        }
    }
    for (i, a) in cfg.actors.iter().enumerate() {
        for words in authorities(&a.aliases) {
            add(words, i, false, false);
        }
    }
    for (words, i) in uncounted_aliases(cfg) {
        add(words, i, false, true);
    }
    // Pattern: a one-word name that is also an everyday word ("Said" of a pirate leader,
    // "May" of a prime minister, "UP" of a party): in sentence-case text only the
    // capitalised word names the actor, never "said", "may" or "up"
    for a in aliases.iter_mut() {
        let everyday_name =
            !a.common && a.words.len() == 1 && crate::text::is_stopword(&a.words[0]);
        a.cased = everyday_name
            || cased
                .iter()
                .any(|(w, actor)| *w == a.words && *actor == a.actor);
    }
    // longest aliases first so "White House" wins over "White"
    aliases.sort_by_key(|a| std::cmp::Reverse(a.words.len()));
    aliases
}

/// (actor, surname) for each configured name of two capitalised words or more ("Mwai
/// Kibaki", "President Hadi"): its last word, which headlines write alone.
fn surnames_of(cfg: &WatchlistConfig) -> HashSet<(usize, String)> {
    cfg.actors
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                // (a person's name: capitalised words only, never "government of
                // Sudan", whose last word is a country)
                .filter(|n| {
                    n.split_whitespace()
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                })
                .map(move |n| (i, norm_words(n)))
        })
        .filter(|(_, w)| w.len() >= 2)
        .filter_map(|(i, mut w)| w.pop().map(|last| (i, last)))
        .collect()
}

/// The built-in knowledge's names for the actors the config names by a known name:
/// (words, actor, a place?).
fn known_aliases(cfg: &WatchlistConfig) -> Vec<(Vec<String>, usize, bool)> {
    let mut out = Vec::new();
    for (i, a) in cfg.actors.iter().enumerate() {
        let known = knowledge().iter().find(|k| {
            a.aliases
                .iter()
                .any(|al| norm_words(al) == norm_words(&k.name))
        });
        if let Some(k) = known {
            for (list, place) in [(&k.acts, false), (&k.places, true)] {
                out.extend(list.iter().map(|al| (norm_words(al), i, place)));
            }
        }
    }
    out
}

/// "four Arab states", "the three guarantors": the count is the analyst's; a headline says
/// "Arab states issue 13 demands" (two words at least remain, so "two sides" gives no bare
/// "sides").
fn uncounted_aliases(cfg: &WatchlistConfig) -> Vec<(Vec<String>, usize)> {
    let mut out = Vec::new();
    for (i, a) in cfg.actors.iter().enumerate() {
        for al in &a.aliases {
            let words = norm_words(al);
            if words.len() >= 3 && COUNT_WORDS.contains(&words[0].as_str()) {
                out.push((words[1..].to_vec(), i));
            }
        }
    }
    out
}

/// An alias of a state's adjective and common nouns ("Guinean opposition", "Iranian
/// ambassador", "Jordanian army") written with the state's name instead: "Guinea
/// opposition" and "Guinea's opposition". The adjective must be one the knowledge table
/// gives the state and look like one (a people's ending: "-an", "-ese", "-ish", "-i"), so
/// a leader's name before a noun ("Trump administration") is left as it is.
fn state_name_variants(alias: &str) -> Vec<Vec<String>> {
    let mut parts = alias.split_whitespace();
    let (Some(first), rest) = (parts.next(), parts.collect::<Vec<_>>()) else {
        return Vec::new();
    };
    let adjective = first.starts_with(char::is_uppercase)
        && ["an", "ese", "ish", "i"].iter().any(|e| first.ends_with(e));
    let common_rest = !rest.is_empty() && rest.iter().all(|w| w.starts_with(char::is_lowercase));
    if !adjective || !common_rest {
        return Vec::new();
    }
    let Some(state) = knowledge()
        .iter()
        .find(|k| !k.movement && k.acts.iter().any(|a| a == first))
    else {
        return Vec::new();
    };
    let name = norm_words(&state.name);
    let rest: Vec<String> = rest.iter().flat_map(|w| norm_words(w)).collect();
    let plain: Vec<String> = name.iter().chain(&rest).cloned().collect();
    let owned: Vec<String> = name
        .iter()
        .cloned()
        .chain(std::iter::once("s".to_string()))
        .chain(rest)
        .collect();
    vec![plain, owned]
}

/// Other spellings of a name's words: its hyphens as spaces ("al shabaab"), two of its
/// words joined by a hyphen ("kim jong-un"), its apostrophes dropped ("ndjamena").
fn spelling_variants(words: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let split: Vec<String> = words
        .iter()
        .flat_map(|w| w.split('-').filter(|p| !p.is_empty()).map(String::from))
        .collect();
    out.push(split);
    let alphabetic = |w: &String| w.chars().all(char::is_alphabetic);
    if (2..=3).contains(&words.len()) && words.iter().all(alphabetic) {
        for j in 0..words.len() - 1 {
            let mut joined = words[..j].to_vec();
            joined.push(format!("{}-{}", words[j], words[j + 1]));
            joined.extend_from_slice(&words[j + 2..]);
            out.push(joined);
        }
    }
    out.push(words.iter().map(|w| w.replace('\'', "")).collect());
    out.retain(|v| v.as_slice() != words);
    out
}

/// Office titles a watchlist's configured names open with ("President Kibaki", "Premier
/// Smith", "Prime Minister Takaichi"), each with its actor when only one actor has it.
fn offices_of(cfg: &WatchlistConfig) -> Vec<(Vec<String>, usize)> {
    const OFFICES: &[&str] = &[
        "president",
        "premier",
        "prime minister",
        "chancellor",
        "foreign minister",
        "foreign secretary",
        "secretary of state",
        "taoiseach",
        "emir",
        "king",
    ];
    let mut owners: HashMap<Vec<String>, Option<usize>> = HashMap::new();
    for (i, a) in cfg.actors.iter().enumerate() {
        for n in std::iter::once(&a.name).chain(&a.aliases) {
            let words = norm_words(n);
            for o in OFFICES {
                let title: Vec<String> = o.split(' ').map(String::from).collect();
                if words.len() > title.len() && words.starts_with(&title) {
                    let e = owners.entry(title).or_insert(Some(i));
                    if *e != Some(i) {
                        *e = None;
                    }
                }
            }
        }
    }
    let mut out: Vec<(Vec<String>, usize)> = owners
        .into_iter()
        .filter_map(|(t, a)| a.map(|a| (t, a)))
        .collect();
    // (longest first, so "foreign minister" is tried before a shorter title it contains)
    out.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    out
}

/// For an actor named "<demonym> government", the offices that act for it: "<demonym>
/// president", "<demonym> prime minister", "<demonym> army" ("Afghan president rejects
/// prisoner release" is the Afghan government's act). State offices only: "<demonym>
/// officials" or "negotiators" may be either side of a civil war.
fn government_offices(name: &str) -> Vec<Vec<String>> {
    let Some((demonym, country)) = government_demonym(name) else {
        return vec![];
    };
    const OFFICES: &[&str] = &[
        "president",
        "presidency",
        "prime minister",
        "premier",
        "pm",
        "foreign minister",
        "foreign ministry",
        "army",
        "armed forces",
        "military",
        "cabinet",
        "chief negotiator",
        "authorities",
    ];
    // "Afghan president" and, where the knowledge table knows the country, "Venezuela's
    // chief negotiator" (a possessive matches either way)
    let heads: Vec<Vec<String>> = demonym
        .map(|d| vec![d])
        .into_iter()
        .chain(country)
        .collect();
    heads
        .iter()
        .flat_map(|h| {
            OFFICES.iter().map(move |o| {
                h.iter()
                    .cloned()
                    .chain(o.split(' ').map(String::from))
                    .collect()
            })
        })
        .collect()
}

/// Where a multi-word alias matching at token `i` ends. A possessive is optional on
/// either side: "Yemen's government" matches "Yemen government" and the other way
/// round, "government delegation" matches "the government's delegation". Not one that
/// ends the alias: "Tehran's" (the state acting, "Tehran's reply") must not match a bare
/// "Tehran", which is a place ("Truss visits Tehran").
fn match_alias(norms: &[String], taken: &[bool], i: usize, words: &[String]) -> Option<usize> {
    let (mut j, mut k) = (i, 0);
    while k < words.len() {
        if j < norms.len() && !taken[j] && norms[j] == words[k] {
            j += 1;
            k += 1;
        } else if words[k] == "s" && k > 0 && k + 1 < words.len() {
            k += 1;
        } else if k > 0 && j < norms.len() && !taken[j] && norms[j] == "s" {
            j += 1;
        } else {
            return None;
        }
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A capital whose state's acting names include its possessive ("Tehran's") is still
    /// a place when it stands bare: the destination of a visit, not the state acting.
    #[test]
    fn a_bare_capital_is_a_place_and_its_possessive_acts() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "Iran".into(),
                aliases: vec!["Iran".into(), "Tehran".into()],
            },
            crate::config::ActorConfig {
                name: "United Kingdom".into(),
                aliases: vec!["UK".into(), "Truss".into()],
            },
        ];
        for with_capital in [true, false] {
            if !with_capital {
                // (the capital from the knowledge table only)
                cfg.actors[0].aliases = vec!["Iran".into()];
            }
            let m = ActorMatcher::new(&cfg);
            let places = |s: &str| -> Vec<(usize, bool)> {
                m.mentions(&crate::text::tokenize(s))
                    .iter()
                    .map(|x| (x.actor, x.place))
                    .collect()
            };
            assert_eq!(places("Truss visits Tehran"), [(1, false), (0, true)]);
            assert_eq!(
                places("UK rejects Tehran's reply"),
                [(1, false), (0, false)]
            );
        }
    }

    /// An alias of a state's adjective and a common noun ("Guinean opposition") also
    /// names its body by the state's name ("Guinea opposition", "Guinea's opposition");
    /// a leader's name before a noun is left alone, and so is another noun.
    #[test]
    fn a_body_by_its_states_adjective_is_also_named_by_the_state() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "Forces Vives".into(),
                aliases: vec!["Guinean opposition".into()],
            },
            crate::config::ActorConfig {
                name: "United States".into(),
                aliases: vec!["Trump administration".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(found("Guinea opposition hands mediator its demands"), [0]);
        assert_eq!(found("Guinea's opposition boycotts the meeting"), [0]);
        assert_eq!(found("The Guinean opposition said no"), [0]);
        assert!(found("Guinea's junta holds firm").is_empty());
        assert!(found("United States administration officials said").is_empty());
    }

    /// A one-word name that is also an everyday word names its actor only capitalised:
    /// "the owners said" is no pirate leader called Said, "may" no prime minister.
    #[test]
    fn a_name_that_is_an_everyday_word_counts_only_capitalised() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "Pirates".into(),
                aliases: vec!["pirates".into(), "Said".into()],
            },
            crate::config::ActorConfig {
                name: "United Kingdom".into(),
                aliases: vec!["UK".into(), "May".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert!(found("The owners said the talks may resume on Monday").is_empty());
        assert_eq!(found("Said told reporters that May had called him"), [0, 1]);
        assert_eq!(found("The pirates said the deal was done"), [0]);
    }

    /// Two adjectives sharing a plural head name two parties when each with the singular
    /// head is an alias: "the UK and Irish governments" are the UK's and Ireland's.
    #[test]
    fn two_adjectives_sharing_a_plural_head_name_both_parties() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "UK Government".into(),
                aliases: vec!["UK government".into(), "British government".into()],
            },
            crate::config::ActorConfig {
                name: "Irish Government".into(),
                aliases: vec!["Irish government".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            let mut v: Vec<usize> = m
                .mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect();
            v.dedup();
            v
        };
        assert_eq!(found("UK and Irish governments table draft deal"), [0, 1]);
        assert_eq!(found("the British and Irish governments said"), [0, 1]);
        // (an adjective no alias has shares nothing)
        assert_eq!(
            found("the Scottish and Irish governments said"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn a_unions_people_are_the_union() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "NZEI".into(),
                aliases: vec!["NZEI".into(), "primary teachers' union".into()],
            },
            crate::config::ActorConfig {
                name: "PPTA".into(),
                aliases: vec![
                    "Post Primary Teachers' Association".into(),
                    "secondary teachers' union".into(),
                ],
            },
            crate::config::ActorConfig {
                name: "Ministry".into(),
                aliases: vec!["the ministry".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(
            found("Primary teachers reject the ministry's offer"),
            [0, 2]
        );
        assert_eq!(found("secondary teachers vote to strike"), [1]);
        // (one word is no union's people: "teachers" are both unions')
        assert_eq!(found("teachers reject offer"), Vec::<usize>::new());
    }

    #[test]
    fn the_union_is_the_one_actor_called_a_union() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "CN".into(),
                aliases: vec!["CN".into(), "Canadian National".into()],
            },
            crate::config::ActorConfig {
                name: "TCRC".into(),
                aliases: vec!["Teamsters".into(), "rail union".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(found("CN said the union turned down an offer"), [0, 1]);
        // a headline without the article, after a conjunction; not another union's name
        assert_eq!(found("CN talks break down as union walks out"), [0, 1]);
        assert_eq!(found("CN talks with trade union break down"), [0]);
        cfg.actors.push(crate::config::ActorConfig {
            name: "ILWU".into(),
            aliases: vec!["dockworkers' union".into()],
        });
        let two = ActorMatcher::new(&cfg);
        let n = two
            .mentions(&crate::text::tokenize(
                "CN said the union turned down an offer",
            ))
            .len();
        assert_eq!(n, 1, "with two unions, the union names neither");
    }

    #[test]
    fn a_name_after_the_article_is_capitalised_without_it() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![crate::config::ActorConfig {
            name: "CDU/CSU".into(),
            aliases: vec!["CDU".into(), "the Union".into()],
        }];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| m.mentions(&crate::text::tokenize(s)).len();
        // a headline may drop the article; the name keeps its capital
        assert_eq!(found("Union rejects SPD call for rotating chancellors"), 1);
        assert_eq!(found("Talks stall as the Union digs in over taxes"), 1);
        // in sentence case, the lowercase word is a trade union
        assert_eq!(
            found("The firm will cut jobs; the Verdi union demanded talks."),
            0
        );
    }

    #[test]
    fn a_region_word_before_a_name_makes_another_name() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "United States".into(),
                aliases: vec!["American".into(), "Washington".into()],
            },
            crate::config::ActorConfig {
                name: "West Germany".into(),
                aliases: vec!["West German government".into(), "German".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let actors = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(actors("American exporters reject the plan"), vec![0]);
        assert!(actors("Latin American exporters reject the plan").is_empty());
        // an alias of the same actor begins with both words: its people
        assert_eq!(actors("West German officials offer cash"), vec![1]);
        assert!(actors("East German officials offer cash").is_empty());
    }

    #[test]
    fn a_common_noun_inside_another_name_is_not_the_actor() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![crate::config::ActorConfig {
            name: "SAG-AFTRA".into(),
            aliases: vec!["the guild".into(), "actors' union".into()],
        }];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| m.mentions(&crate::text::tokenize(s)).len();
        assert_eq!(
            found("The Writers Guild of America reached a deal with the studios"),
            0
        );
        assert_eq!(found("The guild rejected the studios' offer on Monday"), 1);
        assert_eq!(
            found("Studios Reject Guild Offer"),
            1,
            "title case marks no names"
        );
    }

    #[test]
    fn a_common_noun_owned_by_a_name_we_do_not_follow_is_that_name_s() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![crate::config::ActorConfig {
            name: "Guinea".into(),
            aliases: vec!["Guinea".into(), "junta".into(), "Doumbouya".into()],
        }];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| m.mentions(&crate::text::tokenize(s)).len();
        assert_eq!(found("Chad's junta and rebels open talks in Doha"), 0);
        assert_eq!(found("The junta rejects the bloc's timetable"), 1);
        assert_eq!(found("Guinea's junta rejects the bloc's timetable"), 2);
    }

    #[test]
    fn a_state_government_is_not_the_government_at_the_table() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "Government of India".into(),
                aliases: vec!["government".into(), "Centre".into()],
            },
            crate::config::ActorConfig {
                name: "Farm unions".into(),
                aliases: vec!["farm unions".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            let mut v: Vec<usize> = m
                .mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect();
            v.dedup();
            v
        };
        assert_eq!(found("The government met the farm unions"), [0, 1]);
        assert_eq!(
            found("The state government agreed to a higher cane price"),
            [0usize; 0]
        );
        assert_eq!(
            found("The provincial government and the farm unions met"),
            [1]
        );
    }

    /// A government named with its standing ("Iraqi Interim Government") or named so only
    /// in an alias ("Somali government") is still acted for by its country's offices:
    /// "Iraqi PM", "Iraq's prime minister", "Somali president". A standing word without a
    /// country's demonym ("Transitional National Government") brings no offices.
    #[test]
    fn a_government_by_its_standing_or_its_alias_has_its_offices() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "Iraqi Interim Government".into(),
                aliases: vec![],
            },
            crate::config::ActorConfig {
                name: "Transitional National Government".into(),
                aliases: vec!["Somali government".into()],
            },
            crate::config::ActorConfig {
                name: "Mahdi Army".into(),
                aliases: vec!["Sadr".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(found("Iraqi PM demands Sadr leave the shrine"), [0, 2]);
        assert_eq!(found("Iraq's prime minister demands Sadr leave"), [0, 2]);
        assert_eq!(found("Somali president arrives for Kenya peace talks"), [1]);
        assert!(found("The transitional president spoke").is_empty());
    }

    #[test]
    fn a_government_is_also_its_authorities() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "CAR government".into(),
                aliases: vec!["Central African government".into()],
            },
            crate::config::ActorConfig {
                name: "Armed groups".into(),
                aliases: vec!["armed groups".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(
            found("The Central African authorities and the armed groups agreed"),
            [0, 1]
        );
        assert_eq!(
            found("Central African armed groups met"),
            [1],
            "no state office there"
        );
    }

    #[test]
    fn a_regular_demonym_names_its_country_s_offices() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![crate::config::ActorConfig {
            name: "Tunisian government".into(),
            aliases: vec![],
        }];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| m.mentions(&crate::text::tokenize(s)).len();
        assert_eq!(found("Tunisia PM rejects opposition demands"), 1);
        assert_eq!(found("Tunisia's prime minister said on Monday"), 1);
        assert_eq!(found("the government of Tunisia said"), 1);
        assert_eq!(
            found("Tunisia beat Mali in the final"),
            0,
            "never the bare country"
        );
        assert_eq!(country_of_demonym("kenyan").as_deref(), Some("kenya"));
        assert_eq!(country_of_demonym("sudanese").as_deref(), Some("sudan"));
        assert_eq!(country_of_demonym("yemeni").as_deref(), Some("yemen"));
        assert_eq!(country_of_demonym("spanish"), None);
    }

    #[test]
    fn an_alias_with_an_article_is_named_without_it() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "Peru".into(),
                aliases: vec!["Peruvian government".into()],
            },
            crate::config::ActorConfig {
                name: "MRTA".into(),
                aliases: vec!["the rebels".into(), "Tupac Amaru".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        // the actors named as somebody, not as a modifier of somebody else
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .filter(|x| !x.in_compound)
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(found("Rebels demand release of jailed comrades"), [1]);
        assert_eq!(found("Peru rebels insist on prisoner offer"), [1]);
        assert_eq!(
            found("The rebels rejected the Peruvian government offer"),
            [1, 0]
        );
    }

    #[test]
    fn a_rebel_government_is_not_the_watchlists_government() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = vec![
            crate::config::ActorConfig {
                name: "FLN".into(),
                aliases: vec!["Algerian rebels".into()],
            },
            crate::config::ActorConfig {
                name: "France".into(),
                aliases: vec!["French government".into()],
            },
        ];
        let m = ActorMatcher::new(&cfg);
        let found = |s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        assert_eq!(found("The government said"), [1]);
        assert!(found("Envoys of the rebel government said").is_empty());
        assert!(found("The nationalist provisional government said").is_empty());
    }

    #[test]
    fn go_betweens_are_named_as_such() {
        let mut cfg = crate::watchlist::tests::gaza();
        cfg.actors = ["Moldova", "Transnistria", "OSCE", "Qatar", "Egypt"]
            .iter()
            .map(|n| crate::config::ActorConfig {
                name: n.to_string(),
                aliases: vec![n.to_string()],
            })
            .collect();
        let m = ActorMatcher::new(&cfg);
        let cues = |s: &str| m.mediator_cues(&crate::text::tokenize(s));
        assert_eq!(cues("Qatar and Egypt, the mediators, met Hamas"), [3, 4]);
        assert_eq!(cues("talks brokered by OSCE resumed"), [2]);
        assert_eq!(cues("Qatar, the intermediary, relayed the reply"), [3]);
        // "X and the mediators" names two groups: X is a side
        assert!(cues("Moldova and the mediators met in Vienna").is_empty());
        assert!(cues("talks between Transnistria and the OSCE mediators").contains(&2));
        // "-led" names a go-between before the talks it leads, not a group it leads
        assert_eq!(cues("Qatar-led talks resumed in Doha"), [3]);
        assert!(cues("Egypt-led bloc rejects the reply").is_empty());
        assert!(cues("Egypt-led coalition says the reply is negative").is_empty());
        // a compound of the sides before "mediation" names who is mediated between
        assert!(cues("AU chief welcomes Moldova-Transnistria mediation deal").is_empty());
        assert!(cues("Qatar ends role as Moldova-Transnistria mediator").is_empty());
    }

    #[test]
    fn the_council_is_the_one_actor_so_named() {
        let cfg_with = |actors: &[(&str, &str)]| {
            let mut cfg = crate::watchlist::tests::gaza();
            cfg.actors = actors
                .iter()
                .map(|(n, a)| crate::config::ActorConfig {
                    name: n.to_string(),
                    aliases: vec![a.to_string()],
                })
                .collect();
            ActorMatcher::new(&cfg)
        };
        let found = |m: &ActorMatcher, s: &str| -> Vec<usize> {
            m.mentions(&crate::text::tokenize(s))
                .iter()
                .map(|x| x.actor)
                .collect()
        };
        let one = cfg_with(&[("TMC", "military council"), ("FFC", "protest alliance")]);
        assert_eq!(
            found(&one, "the council had decided to stop negotiating"),
            [0]
        );
        assert!(
            found(&one, "a council of elders met").is_empty(),
            "not definite"
        );
        let two = cfg_with(&[
            ("TMC", "military council"),
            ("AU", "Peace and Security Council"),
        ]);
        assert!(
            found(&two, "the council had decided").is_empty(),
            "two councils"
        );
        // an alias with a count: the headline drops it
        let quartet = cfg_with(&[("Quartet", "four Arab states"), ("Qatar", "Doha")]);
        assert_eq!(
            found(&quartet, "Arab states issue 13 demands to Doha"),
            [0, 1]
        );
        // a regional organisation configured as "the West African bloc"
        let bloc = cfg_with(&[
            ("ECOWAS", "West African bloc"),
            ("Junta", "military rulers"),
        ]);
        assert_eq!(
            found(&bloc, "the bloc wants the president back within a week"),
            [0]
        );
    }

    #[test]
    fn knowledge_table_is_valid() {
        let table: KnowledgeFile = toml::from_str(include_str!("knowledge.toml")).unwrap();
        assert!(table.actor.len() >= 40, "{}", table.actor.len());
        let mut names = std::collections::HashSet::new();
        for k in &table.actor {
            assert!(names.insert(k.name.clone()), "{} appears twice", k.name);
            assert!(
                !k.acts.is_empty() || !k.places.is_empty(),
                "{} knows nothing",
                k.name
            );
            for a in k.acts.iter().chain(&k.places) {
                assert!(!norm_words(a).is_empty(), "{}: empty alias", k.name);
            }
        }
    }
}
