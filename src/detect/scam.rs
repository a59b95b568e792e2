//! The `scam.*` rules: the scripts scammers use, from phrase tables in nine languages
//! (`src/data/scam.tsv`).
//!
//! A scam is a phrase that is one on its own ("double your bitcoin", "i am from imo
//! support", "send me the code you got"), or a group of parts close together, each
//! ordinary alone: a gift card near "code" or "send pictures", Western Union near "send
//! me", a code near "came" or "by sms" near "tell me", "support" near "this is" near
//! "imo" or "your bank". The parts of a group come in any order (in order for some), each
//! at most the group's window from the one before, with no sentence end between them;
//! the finding spans them all. Money sent to come back doubled ("send 250, get 750 back")
//! is found from the amounts.
//!
//! Each group has an anchor, its rarest part (the gift card, "support", the code): one
//! phrase search over the message finds the anchors and the phrases that stand alone, and
//! the other parts are looked for only in a window around an anchor. Words that say the
//! opposite ("never", "no") just before a finding, or before any part of a group,
//! cancel it.
//!
//! Phrase lists cannot name every way a script is worded, so a scam is also a
//! combination of cue classes anywhere in the message, sentence ends allowed: a story
//! (a wrong number, customs, guaranteed profit, work from home) with a payment channel
//! (USDT, Pix, a gift card, an IBAN) and a transfer verb; a fee with a prize, a loan or
//! a parcel and paying; the reader's account with a team and a threat; a code with a
//! request and its arrival ("you'll get an sms... tell me"); a password or a recovery
//! phrase right next to a request; followers next to a price. And the families of a
//! stranger's wording: a deposit or a recharge with paid tasks (liking videos, a VIP
//! level) and the money coming back; the app's or a marketplace's cut with a payment
//! channel ("avito takes a commission, send it to my card"); a payment that cannot be
//! taken back (Western Union, gift cards, USDT) with a sweetheart or a traveller stuck
//! at an airport and a request; a remote-screen tool (AnyDesk) with staff and the
//! reader's account or a threat; a blue tick with staff and "you were selected"; a
//! bank caller's "stay on the line" or "a courier will pick up your card" with a
//! suspicious charge, or "confirm your details" with a suspicious login; reviews with
//! paying for them ("$2 per review"). And the moves of the ninth round: a parent, child
//! or aunt on a new number ("it's me, new number") who needs money; a boss in a meeting
//! who wants gift cards; a notice about the reader's card, parcel, order or name with a
//! problem (blocked, held, expired, a debt) and a link, a number to call or a fee; a
//! moderator or a security service with the reader's account and a link or "or else"; a
//! tax refund from an official to claim; logging in through a link with "is this you in
//! this video" or a badge; verifying an account "or it will be deleted"; paying outside
//! the app; game currency at half price paid in gift cards; a guarantee with a return per
//! day or week; a sweetheart stuck at an airport with money; a job or a prize with a fee
//! to start or claim; paid liking of videos; a giveaway that asks to follow many
//! accounts. And of the tenth: a trading mentor or signals group with a return and
//! limited places; a return per day with a first deposit; scanning a QR code for an
//! account check or a giveaway; sharing the screen for a bank app or a game trade;
//! boosting a game rank for a price; "instead of the marketplace" with a payment
//! channel; half-price game currency for a payment channel; a job that asks for a
//! deposit or an activation fee. Each class is a
//! word list in nine languages (with the commonest German and Italian words), with stems where words inflect ("transf" for
//! transfiere, transfira, transférez; "заблок" for заблокируют; a stem may follow a
//! digit, for a price's currency: "40€", "900₽"). A word that says the opposite before
//! the app's name does not cancel it: "don't pay through the app" is the scam. Words
//! that make a message
//! ordinary near a finding (a birthday, the Wi-Fi, a door, a courier, paying on
//! delivery, followers earned) cancel a group's or a combination's finding, and a
//! combination adds a finding only where no phrase or group found the scam nearby
//! (or where it widens one).
//!
//! | rule | kinds |
//! |---|---|
//! | `scam.financial` | `gift_card`, `doubling`, `guaranteed_returns`, `off_platform`, `advance_fee`, `top_up`, `job_fee` |
//! | `scam.impersonation` | `staff`, `bank`, `celebrity`, `known_person` |
//! | `scam.credential_request` | `code`, `password`, `recovery_phrase` |
//! | `scam.fake_engagement` | `followers` |
//! | `teen.grooming` | `secrecy`, `isolation`, `flattery`, `gift`, `photo`, `alone` |
//! | `teen.meetup` | `meetup` |
//! | `teen.off_platform` | `app` |
//! | `teen.risky` | `dare`, `substance` |
//!
//! The teen rules' phrases ("don't tell your parents", "are you home alone", "add me on
//! snap", "wanna get drunk") are rows of the same table, read by the same code, but
//! build.rs writes them apart (the teen part) and a detector of their own searches them
//! ([`TeenPhrases`]), built at the first check that has one of those rules on: a check
//! with the teen rules off (an adult's, by default) neither builds nor searches them. A rule may have calm words of its own (calm rows that name it): they
//! then stand for the shared ones and cancel its phrases too, not only its groups (a
//! mother who knows about a meeting, a surprise for a father's birthday, a drink in a
//! TV show). A word that says the opposite inside another part of a group ("don't
//! tell" before "your parents") does not cancel it.

use crate::detect::chars::FnvBuild;
use crate::detect::lexicon::{ceil_boundary, floor_boundary, Lexicon};
use crate::detect::phrases::PhraseSet;
use crate::detect::scan::Classes;
use crate::detect::{apart, Context, Detector, Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::collections::hash_map::Entry as Slot;
use std::ops::Range;

// The table, parsed by build.rs (see `scam/table.rs`): `NOT`, `SEND`, `KINDS`, `CUES`
// with their `CUE_RUNS`, and of each part (the scam rules', and with `TEEN_` the teen
// rules') `GROUPS`, `PHRASES` with their `TAGS`, and `COMBOS`.
include!(concat!(env!("OUT_DIR"), "/scam_tables.rs"));

/// Most parts in a group.
const SLOTS: usize = 3;
/// How close a word that says the opposite must be, in bytes before a finding.
const NOT_WINDOW: usize = 16;
/// A combination at most this wide (in bytes between parts) keeps its parts in one
/// clause: no sentence end or comma between them ("the wifi password, tell me").
const CLOSE: usize = 48;
/// How near a finding a word that makes it ordinary counts, in bytes either side.
const CALM_WINDOW: usize = 40;
/// How much of the text after a claim to be staff is read for a word of `AFTER` (the
/// longest is 21 bytes), in bytes.
const AFTER_BYTES: usize = 32;
/// The longest part phrase, in bytes: the window around an anchor reaches this much
/// further per part.
const PART_BYTES: usize = 48;

/// What a phrase of the anchor search is.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// A scam on its own.
    Alone(RuleId, &'static str),
    /// The anchor of group `usize`.
    Anchor(usize),
}

/// A group: its rule and kind, the most bytes between two of its parts, whether its
/// parts come in order (a, b, c), its number of parts, which part is its anchor, and the
/// word lists of its parts (the anchor's is empty: the anchor search finds it). A
/// combination of cue classes is a group whose parts are `cues`, the classes of each
/// part as a bit set, found in the shared cue lexicon; its parts may lie in different
/// sentences of the message.
struct Group {
    rule: RuleId,
    kind: &'static str,
    window: usize,
    ordered: bool,
    slots: usize,
    anchor: usize,
    parts: [Vec<&'static str>; SLOTS],
    /// Its place in `Scam::groups`: its parts' words are tagged with it in
    /// `Scam::part_words`.
    id: u16,
    cues: Option<[u64; SLOTS]>,
}

/// The scam rules. Their phrase search is shared with the other phrase rules
/// ([`PhraseRules`](crate::detect::privacy::phrase_rules::PhraseRules)), which hands
/// [`Scam::scan`] the matches of [`Scam::phrases`].
pub(crate) struct Scam {
    /// The phrases that stand alone and the groups' anchors, searched together.
    phrases: Vec<&'static str>,
    /// For each phrase, what it is: a phrase may serve several rules.
    entries: Vec<Vec<Entry>>,
    groups: Vec<Group>,
    /// The words of every group's parts (but anchors), tagged `group << 2 | part`.
    part_words: Lexicon<u16>,
    /// Words that say the opposite.
    not: Lexicon<()>,
    /// Words that make a message ordinary near a group's finding: a birthday, the
    /// Wi-Fi, a door, paying on delivery, an account that is fine.
    calm: Lexicon<()>,
    /// Words that make a message ordinary near a finding of one rule only (a rule that has
    /// them reads these instead of [`Self::calm`], for its phrases too): a parent who
    /// knows about a meeting, a surprise kept from a mother, drinking in a TV show. Each
    /// with its rules as a bit set over [`Self::calm_rules`].
    /// (Its bit sets are `u64`, as the cue words' are: one copy of the search's code.)
    rule_calm: Lexicon<u64>,
    /// The rules with calm words of their own.
    calm_rules: &'static [RuleId],
    /// Whether the scam of money sent to come back doubled is looked for
    /// ([`doubled_amount`]): by the scam rules, not by the teen rules.
    amounts: bool,
    /// Words that, right after a claim to be staff ("ici le service client de X est
    /// fermé"), make it a statement about the service instead of one made as it.
    after: Lexicon<()>,
    /// Words of sending, investing and paying back, for [`doubled_amount`].
    doubling: Lexicon<()>,
    /// The words of the cue classes, each with its classes as a bit set.
    cues: Lexicon<u64>,
    /// The stems of the cue classes (word starts: "transf" for "transfiere",
    /// "transfira", "transférez"), each with its class as a bit set.
    stems: Vec<(&'static str, u64)>,
    /// The first two bytes of the stems, as a bit set (all pairs that begin with a stem of
    /// one byte): most word starts are passed over on one bit.
    stem_pairs: Box<[u64; 1024]>,
    /// The class of requests to the reader ("send me", "mándame"), as a bit set.
    asks: u64,
    /// The class of the app, platform or marketplace, as a bit set: a word that says the
    /// opposite before it does not cancel a part of it ("don't pay through the app, pix
    /// me" is the scam, not its opposite).
    platforms: u64,
}

/// Places in a list by word, for building the tables: the tables hold a few thousand
/// entries, so a place fits in `u16`, and the map is of the type the address words use
/// (one copy of a hash table's code in the wasm).
type Places = std::collections::HashMap<&'static str, u16, FnvBuild>;

/// One part of the table (build.rs writes each with its own statics): the scam rules'
/// rows, or the teen rules'.
struct Part {
    phrases: fn() -> &'static str,
    tags: &'static [u8],
    groups: &'static [(u8, u16, bool, u8, u8)],
    combos: &'static [(u8, u16, u8, [u64; 3])],
    rule_calm: fn() -> &'static str,
    rule_calm_masks: &'static [u8],
    calm_rules: &'static [RuleId],
    /// Whether it has the scam of money sent to come back doubled ([`doubled_amount`]).
    amounts: bool,
}

/// The scam rules' rows.
const SCAM: Part = Part {
    phrases: PHRASES,
    tags: &TAGS,
    groups: &GROUPS,
    combos: &COMBOS,
    rule_calm: RULE_CALM,
    rule_calm_masks: &RULE_CALM_MASKS,
    calm_rules: &CALM_RULES,
    amounts: true,
};

/// The teen rules' rows.
const TEEN: Part = Part {
    phrases: TEEN_PHRASES,
    tags: &TEEN_TAGS,
    groups: &TEEN_GROUPS,
    combos: &TEEN_COMBOS,
    rule_calm: TEEN_RULE_CALM,
    rule_calm_masks: &TEEN_RULE_CALM_MASKS,
    calm_rules: &TEEN_CALM_RULES,
    amounts: false,
};

impl Scam {
    /// The scam rules.
    pub(crate) fn new() -> Scam {
        Scam::of(&SCAM)
    }

    /// The teen rules written as phrases.
    fn teen() -> Scam {
        Scam::of(&TEEN)
    }

    fn of(part: &Part) -> Scam {
        // The cue words and the stems (without their `*`), each once with all its
        // classes, in runs of the same classes (build.rs merged them; the stems come
        // last, by their bytes, so in order of their first byte). Only a part with
        // combinations reads them.
        // (The loops that run long each go through `detect::each` or a builder called
        // through `detect::apart_with`, so that the wasm engine does not optimize this
        // whole function.)
        let mut cues: Vec<(&'static str, u64)> = Vec::new();
        let mut stems: Vec<(&'static str, u64)> = Vec::new();
        if !part.combos.is_empty() {
            let mut listed = crate::detect::coded::rows(CUES());
            let mut runs = CUE_RUNS().split(' ');
            crate::detect::each(CUE_RUNS().split(' ').count(), &mut |_| {
                let mut fields = runs.next().unwrap_or_default().split(',');
                let n: usize = fields.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                let mask = fields.fold(0u64, |m, c| {
                    m | c.parse::<usize>().map_or(0, |c| 1u64 << (c & 63))
                });
                for w in listed.by_ref().take(n) {
                    match w.strip_suffix('*') {
                        Some(stem) => stems.push((stem, mask)),
                        None => cues.push((w, mask)),
                    }
                }
            });
        }
        let mut phrases: Vec<&'static str> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        // Each phrase once, with every entry it has (a map from phrase to its place: a
        // linear look-up made building the tables quadratic, 4M instructions).
        // (Each map sized up front: growing them was a third of building the tables.)
        let mut places = sized(part.tags.len() + cues.len());
        let mut add = |phrase: &'static str, entry: Entry| match places.entry(phrase) {
            Slot::Occupied(at) => entries[usize::from(*at.get())].push(entry),
            Slot::Vacant(slot) => {
                slot.insert(phrases.len() as u16);
                phrases.push(phrase);
                entries.push(vec![entry]);
            }
        };
        for &(kind, window, ordered, anchor, slots) in part.groups {
            let (rule, kind) = KINDS[usize::from(kind)];
            groups.push(Group {
                rule,
                kind,
                window: usize::from(window),
                ordered,
                slots: usize::from(slots),
                anchor: usize::from(anchor),
                parts: Default::default(),
                id: groups.len() as u16,
                cues: None,
            });
        }
        let mut stem_pairs = Box::new([0u64; 1024]);
        crate::detect::each(stems.len(), &mut |i| {
            let w = stems[i].0.as_bytes();
            let seconds = match w.get(1) {
                Some(&y) => y..=y,
                None => 0..=255,
            };
            for y in seconds {
                let key = usize::from(w[0]) | usize::from(y) << 8;
                stem_pairs[key / 64] |= 1 << (key % 64);
            }
        });
        // The combinations each class anchors, as a bit set over `part.combos`.
        let mut anchoring = [0u64; 64];
        let first_combo = groups.len();
        for (c, &(kind, window, slots, masks)) in part.combos.iter().enumerate() {
            let mut classes = masks[0];
            while classes != 0 {
                anchoring[classes.trailing_zeros() as usize] |= 1 << (c & 63);
                classes &= classes - 1;
            }
            let (rule, kind) = KINDS[usize::from(kind)];
            groups.push(Group {
                rule,
                kind,
                window: usize::from(window),
                ordered: false,
                slots: usize::from(slots),
                anchor: 0,
                parts: Default::default(),
                id: groups.len() as u16,
                cues: Some(masks),
            });
        }
        // The anchors' words go to the shared phrase search, each with the combinations
        // it anchors, in their order.
        crate::detect::each(cues.len(), &mut |i| {
            let (word, mut classes) = cues[i];
            let mut combos = 0;
            while classes != 0 {
                combos |= anchoring[classes.trailing_zeros() as usize];
                classes &= classes - 1;
            }
            while combos != 0 {
                add(
                    word,
                    Entry::Anchor(first_combo + combos.trailing_zeros() as usize),
                );
                combos &= combos - 1;
            }
        });
        let mut rows = crate::detect::coded::rows((part.phrases)());
        crate::detect::each(part.tags.len(), &mut |t| {
            let (Some(phrase), tag) = (rows.next(), part.tags[t]) else {
                return;
            };
            if tag & 0x80 != 0 {
                let (rule, kind) = KINDS[usize::from(tag & 0x7F)];
                add(phrase, Entry::Alone(rule, kind));
            } else {
                let (g, k) = (usize::from(tag >> 2), usize::from(tag & 3));
                if k == groups[g].anchor {
                    add(phrase, Entry::Anchor(g));
                } else {
                    groups[g].parts[k].push(phrase);
                }
            }
        });
        let part_words = crate::detect::apart_with(part_lexicon, &groups);
        // A longer phrase that begins or ends with an anchor of a group or combination
        // ("пароль от", "ton mot de passe", "processing fee") hides the anchor from the
        // search, which finds the longest: it anchors that group or combination too.
        // (Read from the entries the shorter phrase has before this pass, then added.)
        let mut hidden: Vec<(usize, usize)> = Vec::new();
        crate::detect::each(phrases.len(), &mut |i| {
            let p = phrases[i];
            for (at, _) in p.match_indices(' ') {
                for shorter in [&p[..at], &p[at + 1..]] {
                    if let Some(&j) = places.get(shorter) {
                        for e in &entries[usize::from(j)] {
                            if let Entry::Anchor(g) = *e {
                                hidden.push((i, g));
                            }
                        }
                    }
                }
            }
        });
        crate::detect::each(hidden.len(), &mut |h| {
            let (i, g) = hidden[h];
            if !entries[i]
                .iter()
                .any(|e| matches!(e, Entry::Anchor(x) if *x == g))
            {
                entries[i].push(Entry::Anchor(g));
            }
        });
        Scam {
            phrases,
            entries,
            groups,
            part_words,
            not: words(&crate::detect::coded::lines(NOT())),
            calm: words(&crate::detect::coded::lines(CALM())),
            rule_calm: crate::detect::apart_with(rule_calm_lexicon, part),
            calm_rules: part.calm_rules,
            amounts: part.amounts,
            after: words(&crate::detect::coded::lines(AFTER())),
            doubling: words(&crate::detect::coded::lines(SEND())),
            cues: crate::detect::apart_with(cue_lexicon, &cues),
            stems,
            stem_pairs,
            asks: class_bit("ask"),
            platforms: class_bit("platf"),
        }
    }

    /// The bit of `rule` among the rules with calm words of their own (0 for one without).
    fn calm_bit(&self, rule: RuleId) -> u8 {
        self.calm_rules
            .iter()
            .position(|r| *r == rule)
            .map_or(0, |i| 1 << i)
    }

    /// The span of group `g` around its anchor at `anchor`, if every other part is near.
    fn around(
        &self,
        t: &str,
        classes: &Classes,
        g: &Group,
        anchor: Range<usize>,
        read: &mut Cues,
    ) -> Option<Range<usize>> {
        let reach = (g.window + PART_BYTES) * (g.slots - 1);
        let lo = floor_boundary(t, anchor.start.saturating_sub(reach));
        let hi = ceil_boundary(t, (anchor.end + reach).min(t.len()));
        // Every match of each other part in the window; the anchor's part is the anchor.
        let mut found: [Vec<Range<usize>>; SLOTS] = Default::default();
        // A combination's cue words in the window, with their classes.
        let mut cues: &[(u64, Range<usize>)] = &[];
        if let Some(masks) = g.cues {
            // First the ring one part away from the anchor, where one of the other parts
            // must be: most anchors stop there.
            let others = masks[1..g.slots].iter().fold(0, |m, x| m | x);
            let near = g.window + PART_BYTES;
            let ring = self.read(
                t,
                classes,
                read,
                anchor.start.saturating_sub(near),
                anchor.end + near,
            );
            if !ring.iter().any(|(m, _)| m & others != 0) {
                return None;
            }
            cues = self.read(t, classes, read, lo, hi);
        }
        for (k, list) in found.iter_mut().enumerate().take(g.slots) {
            *list = if k == g.anchor {
                vec![anchor.clone()]
            } else if let Some(masks) = g.cues {
                let list: Vec<Range<usize>> = cues
                    .iter()
                    .filter(|(m, _)| m & masks[k] != 0)
                    .map(|(_, r)| r.clone())
                    .take(16)
                    .collect();
                if list.is_empty() {
                    return None;
                }
                list
            } else {
                // (find_in gives ranges in t[lo..hi])
                let tag = g.id << 2 | k as u16;
                let list: Vec<Range<usize>> = self
                    .part_words
                    .find_in_where(t, lo, hi, classes, move |x| x == tag)
                    .map(|(_, r)| lo + r.start..lo + r.end)
                    .take(16)
                    .collect();
                if list.is_empty() {
                    return None;
                }
                list
            };
        }
        // A word that says the opposite just before a part cancels it ("kode verifikasi
        // 1234, jangan kasih siapa pun"), but for a part that is the app's name: each
        // match is checked once here, not once for every combination it is in.
        // A word that is itself inside a part ("don't tell" before "your parents") does
        // not count.
        let parts: Vec<Range<usize>> = found.iter().take(g.slots).flatten().cloned().collect();
        for (k, list) in found.iter_mut().enumerate().take(g.slots) {
            if g.cues.is_none_or(|m| m[k] & !self.platforms != 0) {
                list.retain(|p| {
                    self.negation(t, classes, p.start)
                        .is_none_or(|at| parts.iter().any(|q| q.contains(&at)))
                });
                if list.is_empty() {
                    return None;
                }
            }
        }
        // The closest combination that holds together.
        let mut best: Option<Range<usize>> = None;
        let empty = Vec::new();
        let third = if g.slots > 2 { &found[2] } else { &empty };
        for a in &found[0] {
            for b in &found[1] {
                let mut check = |parts: &[Range<usize>]| {
                    if let Some(span) = holds(t, parts, g) {
                        if best.as_ref().is_none_or(|x| span.len() < x.len()) {
                            best = Some(span);
                        }
                    }
                };
                if g.slots > 2 {
                    for c in third {
                        check(&[a.clone(), b.clone(), c.clone()]);
                    }
                } else {
                    check(&[a.clone(), b.clone()]);
                }
            }
        }
        best
    }

    /// The cue words of `t` from about `lo` to `hi` (widened to whole words), read where
    /// the windows before have not been (before or after what `read` holds, or all of
    /// it, away from that).
    fn read<'r>(
        &self,
        t: &str,
        classes: &Classes,
        read: &'r mut Cues,
        lo: usize,
        hi: usize,
    ) -> &'r [(u64, Range<usize>)] {
        let lo = floor_boundary(t, lo);
        let lo = if crate::detect::chars::alnum_before(t, lo) {
            word_end(t, lo)
        } else {
            lo
        };
        let hi = word_end(t, ceil_boundary(t, hi.min(t.len())));
        if lo > read.to || hi < read.from {
            read.found.clear();
            (read.from, read.to) = (lo, lo);
        }
        if lo < read.from {
            let mut before = Vec::new();
            self.read_cues(t, classes, lo, read.from, &mut before);
            read.found.splice(0..0, before);
            read.from = lo;
        }
        if hi > read.to {
            self.read_cues(t, classes, read.to, hi, &mut read.found);
            read.to = hi;
        }
        let first = read.found.partition_point(|(_, r)| r.start < lo);
        let last = read.found.partition_point(|(_, r)| r.start < hi);
        &read.found[first..last]
    }

    /// Appends the cue words and stems of `t[lo..hi]` (`lo` and `hi` word boundaries) to
    /// `found`, by where they start, with their classes.
    fn read_cues(
        &self,
        t: &str,
        classes: &Classes,
        lo: usize,
        hi: usize,
        found: &mut Vec<(u64, Range<usize>)>,
    ) {
        let before = found.len();
        found.extend(
            self.cues
                .find_in(t, lo, hi, classes)
                .map(|(m, r)| (m, lo + r.start..lo + r.end)),
        );
        // A stem where a word starts after a space, an ASCII sign or a digit (a price's
        // currency: "40€", "1500₽"; a word glued to an emoji is missed), only where its
        // first two bytes are a stem's.
        let b = t.as_bytes();
        let mut at = lo;
        while at + 1 < hi {
            let key = usize::from(b[at]) | usize::from(b[at + 1]) << 8;
            let starts = at == lo || b[at - 1].is_ascii() && !b[at - 1].is_ascii_alphabetic();
            if starts && self.stem_pairs[key / 64] >> (key % 64) & 1 != 0 {
                let first = self.stems.partition_point(|(w, _)| w.as_bytes()[0] < b[at]);
                for &(stem, mask) in self.stems[first..]
                    .iter()
                    .take_while(|(w, _)| w.as_bytes()[0] == b[at])
                {
                    if b[at..hi].starts_with(stem.as_bytes()) {
                        found.push((mask, at..word_end(t, at + stem.len())));
                    }
                }
            }
            at += 1;
        }
        crate::sort::sort_by_key(&mut found[before..], |(_, r)| r.start);
    }

    /// True when the finding `span` of `rule` is ordinary talk: a word of the rule's own
    /// [`Self::rule_calm`] in it or near it, or, for a rule with none, a word of
    /// [`Self::calm`] (for a payment, only with no request to the reader
    /// near: "buy steam cards for my niece's birthday and send me the codes" is still
    /// one), or, for a claim to be staff or a bank, a word of [`Self::after`] right
    /// after it.
    fn ordinary(&self, t: &str, rule: RuleId, span: &Range<usize>) -> bool {
        let lo = floor_boundary(t, span.start.saturating_sub(CALM_WINDOW));
        let hi = ceil_boundary(t, (span.end + CALM_WINDOW).min(t.len()));
        let own = self.calm_bit(rule);
        if own != 0 {
            return self
                .rule_calm
                .find(&t[lo..hi])
                .any(|(m, _)| m & u64::from(own) != 0);
        }
        if self.calm.any(&t[lo..hi]) {
            return rule != RuleId::ScamFinancial
                || !self.cues.find(&t[lo..hi]).any(|(m, _)| m & self.asks != 0);
        }
        // The words right after it, to the end of the word AFTER_BYTES on: the search
        // over all the rest went to the message's end for every finding (quadratic on a
        // long message with many).
        let rest = t[span.end..].trim_start_matches(' ');
        let rest = &rest[..word_end(rest, floor_boundary(rest, AFTER_BYTES.min(rest.len())))];
        rule == RuleId::ScamImpersonation
            && self
                .after
                .find(rest)
                .next()
                .is_some_and(|(_, r)| r.start == 0)
    }

    /// True when a word that says the opposite ends just before `start`.
    fn negated(&self, t: &str, classes: &Classes, start: usize) -> bool {
        self.negation(t, classes, start).is_some()
    }

    /// Where the word that says the opposite ending just before `start` starts, if any.
    fn negation(&self, t: &str, classes: &Classes, start: usize) -> Option<usize> {
        let lo = floor_boundary(t, start.saturating_sub(NOT_WINDOW));
        // From a word's start: the end of a word cut by the window is not a word ("не" of
        // "мне").
        let lo = if crate::detect::chars::alnum_before(t, lo) {
            word_end(t, lo).min(start)
        } else {
            lo
        };
        self.not
            .find_in(t, lo, start, classes)
            .last()
            .filter(|(_, r)| !t[lo + r.end..start].contains(&['.', '!', '?', ';', ','][..]))
            .map(|(_, r)| lo + r.start)
    }
}

impl Scam {
    /// The phrases the shared search looks for: those that stand alone and the anchors.
    pub(crate) fn phrases(&self) -> Vec<&'static str> {
        self.phrases.clone()
    }

    /// Reports the scams of `text`, given the matches of [`Self::phrases`] in its folded
    /// view (phrase index, range), left to right.
    pub(crate) fn scan(
        &self,
        text: &Normalized<'_>,
        hits: &[(u32, Range<usize>)],
        out: &mut Sink<'_>,
    ) {
        let view = text.folded();
        let t = view.text();
        let classes = text.classes();
        // Where each group's last finding ends: a group is reported once per place.
        let mut reported_to = vec![0usize; self.groups.len()];
        let mut read = Cues::default();
        // The findings of phrases and groups, and those of combinations, which are
        // reported where they widen one of those or are away from them.
        let mut found: Vec<(RuleId, Range<usize>)> = Vec::new();
        let mut combos: Vec<(&Group, Range<usize>)> = Vec::new();
        for (index, range) in hits {
            for e in &self.entries[*index as usize] {
                match *e {
                    Entry::Alone(rule, kind) => {
                        // (Only a rule with calm words of its own reads them for its
                        // phrases.)
                        let calm = self.calm_bit(rule) != 0 && self.ordinary(t, rule, range);
                        if !calm && !self.negated(t, classes, range.start) {
                            found.push((rule, range.clone()));
                            out.report(view, range.clone(), Hit::new(rule, 0.85).kind(kind));
                        }
                    }
                    Entry::Anchor(k) => {
                        if range.start < reported_to[k] {
                            continue;
                        }
                        let g = &self.groups[k];
                        if let Some(span) = self.around(t, classes, g, range.clone(), &mut read) {
                            if span.start >= reported_to[k] && !self.ordinary(t, g.rule, &span) {
                                reported_to[k] = span.end;
                                if g.cues.is_some() {
                                    combos.push((g, span));
                                } else {
                                    found.push((g.rule, span.clone()));
                                    out.report(view, span, Hit::new(g.rule, 0.8).kind(g.kind));
                                }
                            }
                        }
                    }
                }
            }
        }
        // The findings by where they start, with the longest one's length: a combination
        // is compared only with the findings that can reach it, so a long message with
        // many findings stays linear (all of them for each was quadratic).
        crate::sort::sort_by_key(&mut found, |(_, r)| r.start);
        crate::sort::sort_by_key(&mut combos, |(_, r)| r.start);
        let mut longest = found.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
        // The combinations reported, by where they start (they come in that order).
        let mut added: Vec<(RuleId, Range<usize>)> = Vec::new();
        for (g, span) in combos {
            let from = span.start.saturating_sub(CALM_WINDOW + longest);
            let to = span.end + CALM_WINDOW;
            // One that overlaps a finding of its rule widens it; one only near it would
            // be a second highlight of the same scam.
            let (mut overlaps, mut near) = (false, false);
            for list in [&found, &added] {
                let first = list.partition_point(|(_, r)| r.start < from);
                for (rule, r) in list[first..].iter().take_while(|(_, r)| r.start < to) {
                    if *rule == g.rule {
                        overlaps |= r.start < span.end && span.start < r.end;
                        near |= span.start < r.end + CALM_WINDOW;
                    }
                }
            }
            if overlaps || !near {
                longest = longest.max(span.len());
                added.push((g.rule, span.clone()));
                out.report(view, span, Hit::new(g.rule, 0.8).kind(g.kind));
            }
        }
        if let Some(span) = self
            .amounts
            .then(|| doubled_amount(t, text.marks(), &self.doubling))
            .flatten()
        {
            out.report(
                view,
                span,
                Hit::new(RuleId::ScamFinancial, 0.75).kind("doubling"),
            );
        }
    }
}

/// The teen rules written as phrases (`teen.grooming`, `teen.meetup`,
/// `teen.off_platform`, `teen.risky`: the teen part of the table), searched apart from
/// the scam rules' phrases. The registry builds it at its first check that has one of
/// those rules on (by default, the first check in teen-safety mode): only such checks
/// need these rows, some four thousand, so an adult filter neither builds their tables
/// nor searches them in every message.
pub(crate) struct TeenPhrases {
    set: PhraseSet,
    rows: Scam,
}

/// The rules of [`TeenPhrases`].
pub(crate) const TEEN_PHRASE_RULES: &[RuleId] = &TEEN_RULES;

impl TeenPhrases {
    pub(crate) fn new() -> TeenPhrases {
        let rows = apart(Scam::teen);
        TeenPhrases {
            set: PhraseSet::new(&[rows.phrases()]),
            rows,
        }
    }
}

impl Detector for TeenPhrases {
    fn rules(&self) -> &'static [RuleId] {
        TEEN_PHRASE_RULES
    }

    fn detect(&self, text: &Normalized<'_>, _ctx: &Context<'_>, out: &mut Sink<'_>) {
        let hits = self.set.find_in(text.folded().text(), text.classes());
        self.rows.scan(text, &hits[0], out);
    }
}

/// The cue words of the stretch of a message read so far (`from..to`), by where they
/// start: each anchor's window is read only where the windows before it have not been,
/// so a message with many anchors is read about once.
#[derive(Default)]
struct Cues {
    found: Vec<(u64, Range<usize>)>,
    from: usize,
    to: usize,
}

/// Where the word that goes on at byte `at` of `t` ends.
fn word_end(t: &str, at: usize) -> usize {
    t[at..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(t.len(), |(i, _)| at + i)
}

/// An empty [`Places`] with room for `n` words.
fn sized(n: usize) -> Places {
    Places::with_capacity_and_hasher(n, FnvBuild::default())
}

/// The bit of the cue class named `name` (none when the table has no such class).
fn class_bit(name: &str) -> u64 {
    CUE_CLASS_NAMES
        .iter()
        .position(|c| *c == name)
        .map_or(0, |i| 1 << i)
}

/// Every group's parts in one table, each word tagged with its group and part.
fn part_lexicon(groups: &[Group]) -> Lexicon<u16> {
    Lexicon::new(groups.iter().enumerate().flat_map(|(g, group)| {
        group
            .parts
            .iter()
            .enumerate()
            .flat_map(move |(k, words)| words.iter().map(move |w| (*w, (g as u16) << 2 | k as u16)))
    }))
}

/// The calm words of single rules of `part`, each with its rules as a bit set.
fn rule_calm_lexicon(part: &Part) -> Lexicon<u64> {
    Lexicon::new(
        crate::detect::coded::rows((part.rule_calm)())
            .zip(part.rule_calm_masks.iter().map(|&m| u64::from(m))),
    )
}

/// The cue words, each with its classes as a bit set.
fn cue_lexicon(cues: &[(&'static str, u64)]) -> Lexicon<u64> {
    Lexicon::new(cues.iter().copied())
}

/// A lexicon of `list` (one function, so that the wasm holds one copy of the build).
fn words(list: &[&'static str]) -> Lexicon<()> {
    Lexicon::new(list.iter().map(|w| (*w, ())))
}

/// The span of `parts` (one range per part, in part order) when they do not overlap,
/// each is at most the group's window from the one before (by where they start), no
/// sentence ends between them, and, for an ordered group, they come in part order.
fn holds(t: &str, parts: &[Range<usize>], g: &Group) -> Option<Range<usize>> {
    // At most three parts, by where they start (of two that start together, the first
    // part first): an insertion sort, less code than a sort call.
    let mut seen: [(usize, &Range<usize>); SLOTS] = [(0, &parts[0]); SLOTS];
    let seen = &mut seen[..parts.len().min(SLOTS)];
    for (k, r) in parts.iter().enumerate().take(SLOTS) {
        let mut at = k;
        while at > 0 && seen[at - 1].1.start > r.start {
            seen[at] = seen[at - 1];
            at -= 1;
        }
        seen[at] = (k, r);
    }
    if g.ordered && seen.iter().enumerate().any(|(i, (k, _))| i != *k) {
        return None;
    }
    for pair in seen.windows(2) {
        let (a, b) = (pair[0].1, pair[1].1);
        if a.end > b.start
            || b.start - a.end > g.window
            || g.cues.is_none() && t[a.end..b.start].contains(&['.', '!', '?', ';', '\n'][..])
            || g.cues.is_some()
                && g.window <= CLOSE
                && t[a.end..b.start].contains(&['.', '!', '?', ';', '\n', ','][..])
        {
            return None;
        }
    }
    Some(seen[0].1.start..seen.iter().map(|(_, r)| r.end).max()?)
}

/// Money sent to be sent back multiplied: an amount, and within a sentence after it the
/// same amount doubled (or times three, five or ten), with a word of sending, investing
/// or paying back among `words` near ("send 500 usdt, get 1000 back", "kirim 100rb,
/// besok jadi 200rb"). The amounts are the digit runs of `marks` (the check's digit runs
/// and `@`s). The span runs from the first amount to the second.
fn doubled_amount(t: &str, marks: &[usize], words: &Lexicon<()>) -> Option<Range<usize>> {
    let b = t.as_bytes();
    let mut amounts: Vec<(Range<usize>, f64)> = Vec::new();
    for &start in marks {
        if b[start] == b'@' || start > 0 && matches!(b[start - 1], b'.' | b',') {
            continue;
        }
        // The value, read as it goes: "1,000" is a thousand, "0.05" a twentieth.
        let (mut i, mut v, mut scale) = (start, 0f64, 0f64);
        while i < b.len() {
            match b[i] {
                d @ b'0'..=b'9' => {
                    if scale > 0.0 {
                        scale /= 10.0;
                        v += f64::from(d - b'0') * scale;
                    } else {
                        v = v * 10.0 + f64::from(d - b'0');
                    }
                }
                b'.' if scale == 0.0 && b.get(i + 1).is_some_and(u8::is_ascii_digit) => scale = 1.0,
                b',' if scale == 0.0 && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
                _ => break,
            }
            i += 1;
        }
        if v > 0.0 {
            amounts.push((start..i, v));
        }
        if amounts.len() >= 256 {
            break;
        }
    }
    for (k, (first, x)) in amounts.iter().enumerate() {
        for (second, y) in amounts[k + 1..].iter().take(4) {
            let between = &t[first.end..second.start];
            if second.start - first.end > 120 || between.contains(&['.', '!', '?', ';', '\n'][..]) {
                break;
            }
            let ratio = y / x;
            if [2.0, 3.0, 5.0, 10.0]
                .iter()
                .any(|m| (ratio - m).abs() < 1e-6)
            {
                let lo = floor_boundary(t, first.start.saturating_sub(60));
                let hi = floor_boundary(t, (second.end + 60).min(t.len()));
                if words.any(&t[lo..hi]) {
                    return Some(first.start..second.end);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_has_its_detector() {
        use crate::detect::Detector;
        let listed = crate::detect::privacy::phrase_rules::PhraseRules::new().rules();
        assert!(RULES.iter().all(|r| listed.contains(r)), "{RULES:?}");
        assert!(TEEN_RULES.iter().all(|r| r.family() == "teen"));
        assert!(!listed.iter().any(|r| r.family() == "teen"));
    }

    #[test]
    fn stems_come_last_in_order() {
        // `Scam::read_cues` looks a stem up by its first byte among stems in byte order.
        let s = Scam::new();
        assert!(!s.stems.is_empty());
        assert!(s
            .stems
            .windows(2)
            .all(|w| w[0].0.as_bytes()[0] <= w[1].0.as_bytes()[0]));
        let words: Vec<&str> = crate::detect::coded::rows(CUES()).collect();
        let first = words.iter().position(|w| w.ends_with('*')).unwrap();
        assert!(words[first..].iter().all(|w| w.ends_with('*')));
    }

    #[test]
    fn places_fit_in_u16() {
        // `Places` holds places in the phrase and cue lists as `u16`.
        assert!(TAGS.len() < usize::from(u16::MAX));
        assert!(TEEN_TAGS.len() < usize::from(u16::MAX));
        assert!(crate::detect::coded::rows(CUES()).count() < usize::from(u16::MAX));
    }

    fn found(text: &str) -> Vec<(String, RuleId, &'static str)> {
        use crate::detect::{Context, Detector};
        let d = crate::detect::privacy::phrase_rules::PhraseRules::new();
        let n = Normalized::new(text);
        let mut sink = Sink::new(text);
        let ctx = Context::plain(false);
        d.detect(&n, &ctx, &mut sink);
        sink.into_candidates()
            .into_iter()
            .filter(|c| c.hit.rule.family() == "scam")
            .map(|c| {
                (
                    text[c.span.range()].to_string(),
                    c.hit.rule,
                    c.hit.kind.unwrap_or(""),
                )
            })
            .collect()
    }

    #[test]
    fn phrases_and_pairs() {
        assert_eq!(
            found("Send 0.1 BTC and I will double it!")[0].1,
            RuleId::ScamFinancial
        );
        assert_eq!(
            found("pay me with a steam card")[0].0,
            "pay me with a steam card"
        );
        assert_eq!(
            found("get a steam card and send me the code")[0].0,
            "steam card and send me the code"
        );
        assert_eq!(found("I am Elon Musk")[0].2, "celebrity");
        assert_eq!(
            found("buy 1000 instagram followers")[0].0,
            "buy 1000 instagram followers"
        );
        assert_eq!(
            found("please enter your seed phrase to sync")[0].2,
            "recovery_phrase"
        );
        assert_eq!(
            found("Hi, I'm from imo support")[0].1,
            RuleId::ScamImpersonation
        );
    }

    #[test]
    fn ordinary_talk() {
        for text in [
            "I got a gift card for my birthday",
            "send me the code for the discount",
            "I am a big fan of Elon Musk",
            "I'd buy it. She likes it",
            "I used western union to pay my rent last year",
            "my seed phrase is safe offline, never share it",
            "bitcoin doubled in price this year",
            "the support team fixed my problem",
            "never share your recovery phrase",
            "there are no guaranteed returns",
            "read the reviews before you buy",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn table_is_folded() {
        // Every row that is not, with its folded form, so one run names them all.
        let mut unfolded = Vec::new();
        for line in data!("src/data/scam.tsv").lines() {
            let cells: Vec<&str> = line.split('\t').collect();
            if let [_, _, role, phrase] = cells[..] {
                if !matches!(role, "window" | "ordered") {
                    let folded = Normalized::new(phrase).folded().text().to_string();
                    if folded != phrase {
                        unfolded.push((phrase, folded));
                    }
                }
            }
        }
        assert!(unfolded.is_empty(), "scam.tsv: {unfolded:?}");
    }
}
