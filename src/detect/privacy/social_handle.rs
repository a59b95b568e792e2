//! `privacy.social_handle`: handles on other apps given as a way to be contacted.
//!
//! Wakes at an app's name in the folded view (`src/data/social_handle.tsv`: "snapchat",
//! "snap", "insta", "ig", "telegram", "tg", "discord", "kik", "tiktok", "whatsapp",
//! "wechat", "zalo", "roblox", "телеграм", "انستا", common misspellings, case forms such
//! as "na snapie" and "instagram'dan", ...), reads optional separators, id words and link
//! words after it ("snap: ", "my insta is ", "line id: ", "mi insta es ", "ig aku ",
//! "snapchat? it's ", "discord as ", "snap - ", a line break) and then the handle:
//! `@name`, or a name of letters, digits, `_`, `.` and `-` (2 to 32 characters with a
//! letter), a Reddit user `u/name` (the name is reported), a Discord tag `name#1234` or
//! a Riot id `name#EUW`. The handle is reported, with its `@`, kind the
//! app (`snapchat`, `instagram`, `telegram`, `discord`, `whatsapp`, `tiktok`, `twitter`,
//! `line`, `wechat`, ...).
//!
//! How sure a name must be depends on how sure the app word is:
//! * a full app name ("instagram", "discord") takes any `@handle` or name with digits,
//!   `_` or `.`, and a plain word after a colon, an id word, or a link word when the word
//!   ends the clause ("my insta is jessica");
//! * a short name ("ig", "snap", "tg") takes the same, but a plain word only after a
//!   colon, an id word or a question and its answer ("snap? it's lchen", "snap? oui
//!   lchen 👻" with the app opening its line; "snap your fingers" is not a handle);
//! * a name that is also an ordinary word ("x", "line", "signal", "wa", "disc") takes an
//!   `@handle` after a colon or a link word, anything else only after an id word
//!   ("line id: ...", never "line 5").
//!
//! * a plain word (no `@`, digit, `_` or `.`) with nothing but its place to say it is a
//!   handle counts after an invitation ("add my sc wrose", "add me on snap jbigot"), or
//!   after a possessive and an app word with a copula ("mon snap c'est jbigot", "mi snap
//!   es ...", "ig aku ...", "mera snap ... hai") or with the app named in another script
//!   ("мой телеграм jbigot", "سنابي jbigot"), when it ends the clause; see
//!   [`SocialHandle::shared_plainly`]. After "me", "I'm" or "as" ("snap me at gbarrera",
//!   "find me on discord as jonathan48") it needs four letters or more.
//!
//! "my @ on twitter is ..." names the handle with its sign. An asking verb right before
//! the app invites when a colon or a possessive follows ("add line aku: ...", "follow ig
//! aku @x"; "follow tiktok trends" is talk); a name followed by an invitation after a
//! possessive app word is given too ("snapim jbigot ekle beni").
//!
//! When nothing of that follows the app word, the rest of its clause is read for an id
//! word, a word of looking up, the sender naming themself, an arrow, or a comma after
//! an invitation ("hmu on xbox, gt is ...", "i stream on twitch, search ... and drop a
//! follow"; the `ahead` module). After an invitation, a word one typing slip away from
//! an app's name is read as the app ("ajoute moi sur snapchta c'est ...").
//!
//! A handle may also come before the app's name ([`SocialHandle::handle_before`]): "i'm
//! lchen on snap", "follow me @x on tiktok", "cool_kid99 on ig", "lchen is my snap",
//! "je suis ldupont sur snap", "@lily.k (ig)", "lchen itu tiktok aku", when what stands
//! before it says it is the sender's ("me", "I'm" and its equivalents, the clause's
//! start, an asking verb).
//!
//! A plain word is never a common word: the stop list's chat words, states and fillers in
//! a dozen languages, asking verbs and words for the sender ("add", "beni"), the 2048
//! common English words of the BIP-39 list, English words in "-ing" and "-ly".
//! Common words ("discord is down", "my insta is private") and app names are never
//! handles. A name glued to `@domain` is an e-mail address (`privacy.email`), a name
//! followed by `/` is a link. `@everyone`, `@here` and @-mentions with no app word are
//! this chat's own mentions and are left alone.
//!
//! "add me on whatsapp", "me adiciona no insta", "напиши мне в телеграм": an invitation
//! phrase right before an app's name is reported whole, kind `invite`, when no handle
//! follows (with a handle, the handle is reported instead). An `@handle` right after an
//! invitation with no app named ("add me @cool_kid99", "hmu @x") is kind `handle`. Moving a conversation to
//! another app is also `teen.off_platform` (a later issue): the two rules may then mark
//! the same phrase.

mod ahead;

use crate::detect::chars::{alnum_after, alnum_before, is_unspaced_script};
use crate::detect::{Hit, Sink};
use crate::normalize::Normalized;
use crate::RuleId;
use std::ops::Range;

/// Longest handle read (bytes, without the `@`).
const MAX_HANDLE: usize = 32;

/// How sure an app word is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    App,
    Abbr,
    Amb,
    Invite,
}

/// A lexicon entry: its class, the app's kind name and whether the word holds a
/// possessive ("سنابي", my snap).
#[derive(Clone, Copy, Debug)]
struct Tag {
    class: Class,
    app: &'static str,
    owned: bool,
}

/// What stands before a handle: a possessive ("my snap", "mon snap", "мой телеграм")
/// or an invitation ("add my sc", "add me on snap"), and whether the app word is
/// written in a script other than Latin.
#[derive(Clone, Copy, Default, Debug)]
struct Before {
    owned: bool,
    invited: bool,
    script: bool,
    /// An id word and a preposition come before the app word ("мой ник в телеграме",
    /// "my username on insta"): what follows it is named as a handle.
    named: bool,
    /// An id word right before the app word ("nick zalo: ...", "pseudo discord : ..."): a
    /// plain word after the app needs a colon or a link word.
    marked: bool,
    /// An asking verb right before the app word ("add line aku aja: ...", "follow ig aku
    /// @x"): an invitation when a colon, a possessive or a line break follows the app.
    verb: bool,
    /// The app word opens the message or a line ("snap? lchen 👻").
    opens: bool,
}

// The table, parsed by build.rs (see `phrase_rules/table.rs`): `ENTRY_WORDS` and
// `ENTRY_TAGS`, `IDS`, `LINKS` and `MINE` (longest first), `STOP`, `OWN`, `ASK`, `TAIL`,
// `PREP`, `WEAK`, `ACCOUNTS`, `SELVES`, `SEARCH` and `FOUND` (longest first), `OTHERS`,
// `ME`, `FIRSTS`.
include!(concat!(env!("OUT_DIR"), "/social_handle_tables.rs"));

/// The social handle detector.
pub(crate) struct SocialHandle {
    entries: Vec<(&'static str, Tag)>,
    /// The app words on their own: a handle is never one ("insta e tiktok").
    apps: crate::detect::coded::WordSet,
    ids: Vec<&'static str>,
    links: Vec<&'static str>,
    /// Link words that are possessives after the app ("ig aku", "snap gue").
    mine: Vec<&'static str>,
    stop: crate::detect::coded::WordSet,
    /// Possessives before an app word ("my", "mi", "mon", "meu", "mein", "мой", "mera").
    own: crate::detect::coded::WordSet,
    /// Verbs that make "<verb> my <app>" an invitation ("add", "follow", "agrega").
    ask: crate::detect::coded::WordSet,
    /// Copulas written after the handle ("mera snap jbigot hai").
    tail: Vec<&'static str>,
    /// Prepositions between an id word and an app word ("ник в телеграме").
    prep: crate::detect::coded::WordSet,
    /// Link words after which a plain word is no handle ("I'm", "me at").
    weak: Vec<&'static str>,
    /// Id words that name an account, not a name ("account", "conta", "hesabım"): a plain
    /// word after one needs a colon or a link word.
    accounts: crate::detect::coded::WordSet,
    /// Weak link words in which the sender names themself ("I'm", "soy", "ich bin", "я
    /// там"): what follows is the sender's own.
    selves: Vec<&'static str>,
    /// Verbs that ask to look a name up, written before it ("search", "such nach",
    /// "busca", "cari", "найди"), longest first.
    search: Vec<&'static str>,
    /// The same written after the name ("diye arat", "search karo").
    found: Vec<&'static str>,
    /// Possessives of someone else before an id word ("his username", "tu usuario"):
    /// no handle of the sender follows.
    others: crate::detect::coded::WordSet,
    /// Words for the sender ("me", "moi", "mir", "aku", "мне") that make an @handle at the
    /// end of a clause about an app the sender's own.
    me: crate::detect::coded::WordSet,
    /// The first words of the id, search and self words, to look those up only where one
    /// may start ([`SocialHandle::ahead`]).
    firsts: crate::detect::coded::WordSet,
}

/// A handle found after an app word.
struct Handle {
    start: usize,
    end: usize,
}

impl SocialHandle {
    pub(crate) fn new() -> SocialHandle {
        let entries: Vec<(&str, Tag)> = crate::detect::coded::rows(ENTRY_WORDS())
            .zip(ENTRY_TAGS)
            .collect();
        SocialHandle {
            apps: entries
                .iter()
                .filter(|(_, t)| t.class != Class::Invite)
                .map(|(w, _)| *w)
                .collect(),
            entries,
            ids: crate::detect::coded::lines(IDS()),
            links: crate::detect::coded::lines(LINKS()),
            mine: crate::detect::coded::lines(MINE()),
            stop: crate::detect::coded::word_set(STOP()),
            own: crate::detect::coded::word_set(OWN()),
            ask: crate::detect::coded::word_set(ASK()),
            tail: crate::detect::coded::lines(TAIL()),
            prep: crate::detect::coded::word_set(PREP()),
            weak: crate::detect::coded::lines(WEAK()),
            accounts: crate::detect::coded::word_set(ACCOUNTS()),
            selves: crate::detect::coded::lines(SELVES()),
            search: crate::detect::coded::lines(SEARCH()),
            found: crate::detect::coded::lines(FOUND()),
            others: crate::detect::coded::word_set(OTHERS()),
            me: crate::detect::coded::word_set(ME()),
            firsts: crate::detect::coded::word_set(FIRSTS()),
        }
    }

    /// The first of `words` written at `p` as a whole word.
    fn word_at(words: &[&'static str], t: &str, p: usize) -> Option<&'static str> {
        let rest = &t[p..];
        // Words of scripts written without spaces end anywhere, and a Latin name glued to
        // them starts where they end ("LINEのIDはlchen").
        words.iter().copied().find(|w| {
            rest.starts_with(w)
                && (!w.ends_with(|c: char| c.is_alphanumeric() && !is_unspaced_script(c))
                    || !rest[w.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() && !is_unspaced_script(c)))
        })
    }

    /// The handle after an app word of `class` ending at `p`, if one is given; `before`
    /// says what stands before the app word.
    fn handle_after(&self, t: &str, p: usize, class: Class, mut before: Before) -> Option<Handle> {
        let b = t.as_bytes();
        let (mut colon, mut marked, mut linked) =
            (false, before.named || before.marked, before.named);
        // Only an id word before the app says a handle follows ("ign ko sa ml ..."): a plain
        // word then ends its clause ("ign ko sa ml nakalimutan ko" is talk).
        let mut named_only = before.named;
        // Marked by an id word that names a name ("username", not "account").
        let mut titled = before.named;
        // The last link word is "me" or a weak one ("snap me at", "I'm").
        let mut me_link = false;
        // Linked by a weak word ("I'm"): only an @handle or a strong name counts.
        let mut weak = false;
        // A question mark after the app ("snapchat? it's lchen") and a line break crossed
        // ("my snap:\nlchen"; the handle must then be alone on its line).
        let (mut asked, mut lined, mut bracket) = (false, false, false);
        // An answer's first word read ("snap? yeah ...").
        let mut yes = false;
        // A possessive after the app ("ig aku") and a word of the sender naming themself
        // ("soy", "ich bin") read.
        let (mut mine_linked, mut selfed) = (false, false);
        // A comma or a sentence's end crossed ("on tiktok, user kevin22 ...").
        let mut crossed = false;
        // A Turkish case ending glued to the app's name: "instagram'dan ekle: ...".
        let ending = case_ending(&t[p..]);
        // A case ending makes a name that is also a word the app's: "steam'de ...".
        let class = if ending > 0 && class == Class::Amb {
            Class::App
        } else {
            class
        };
        // A profile link: "twitch.tv/lchen", "instagram.com/lchen" (the app word is the
        // site's address); the name is given as after a colon, and no path word is one.
        let url = t[p..].starts_with('/')
            && t.as_bytes()[p.saturating_sub(4)..p]
                .iter()
                .any(|&c| c == b'.' || c == b'/');
        let mut p = skip_spaces(b, p + ending + usize::from(url));
        colon |= url;
        for _ in 0..5 {
            let rest = &t[p..];
            if let Some(sep) = [":", "=>", "=", "->", "→", "➡", "👉", "|"]
                .into_iter()
                .find(|s| rest.starts_with(*s))
            {
                colon = true;
                named_only = false;
                p += sep.len();
            } else if rest.starts_with('?') {
                asked = true;
                p += rest.len() - rest.trim_start_matches('?').len();
            } else if let Some(n) = line_break(rest).filter(|_| !lined) {
                lined = true;
                p += n;
            } else if let Some(n) = self.and_app(rest) {
                // Two apps, one handle: "my snap and ig are lchen", "snap/ig: lchen".
                p += n;
            } else if rest.starts_with('@') && rest[1..].starts_with([' ', ':']) {
                // "my ig @ is lchen", "insta @: lchen": the @ names the handle.
                marked = true;
                titled = true;
                p += 1;
            } else if let Some(w) = Self::word_at(&self.ids, t, p).filter(|w| {
                t[p + w.len()..].starts_with(&[' ', '\t', ':', '=', '-'][..])
                    || w.ends_with(is_unspaced_script)
                    || ["'s ", "’s "]
                        .iter()
                        .any(|s| t[p + w.len()..].starts_with(s))
            }) {
                marked = true;
                titled |= !self.accounts.contains(w);
                p += w.len();
            } else if let Some(w) = Self::word_at(&self.links, t, p).filter(|w| {
                (!OWNED_LINKS.contains(w) || before.owned || before.named || before.marked)
                    // A dash between two words is a hyphen: "whatsapp-gold.net".
                    && !(matches!(*w, "-" | "–" | "—")
                        && alnum_before(t, p)
                        && alnum_after(t, p + w.len()))
            }) {
                linked = true;
                named_only = false;
                // A dash with a space before or after it is a colon: "snap - lchen", "sc-
                // lchen" ("ig-nore" is a word).
                colon |= matches!(w, "-" | "–" | "—")
                    && ((p > 0 && b[p - 1] == b' ') || b.get(p + w.len()) == Some(&b' '));
                weak |= self.weak.contains(&w);
                me_link = w == "me" || self.weak.contains(&w);
                mine_linked |= self.mine.contains(&w);
                selfed |= self.selves.contains(&w);
                before.owned |= self.mine.contains(&w) || self.selves.contains(&w);
                // An asking verb inside a link word makes an invitation: "snap pe add
                // karo ...", "snap'ten ekle ...".
                before.invited |= w.split(' ').any(|v| self.ask.contains(v));
                p += w.len();
            } else if let Some(n) =
                stops(rest).filter(|&n| self.names_next(t, skip_spaces(b, p + n)))
            {
                // "add me on snap, it's ...", "text me on whatsapp, my username is ...",
                // "add me on snapchat!! username: ...": a comma or the end of a sentence
                // before a link word or an id word.
                crossed = true;
                p += n;
            } else if let Some(n) = Some(word_len(rest))
                .filter(|&n| linked && n > 0 && self.me.contains(&rest[..n]) && rest[..n] != *"i")
            {
                // The object of an asking verb: "instagram'dan ekle beni: ...", "snap pe add
                // karo mujhe: ...".
                p += n;
            } else if let Some(n) = self.own_before_id(t, p) {
                // "my" before an id word: "..., my username is ...", "pisz na dc, mój nick
                // to ...": what follows is the sender's own.
                before.owned = true;
                p += n;
            } else if let Some(n) = self.prep_before_own_id(t, p) {
                // "insta pe mera naam ... hai", "snap en mi usuario es ...".
                p += n;
            } else if let Some(n) = self.filler(t, p).filter(|&(_, next)| match next {
                Some(b':') => true,
                Some(b'@' | b'(') => before.owned || before.invited,
                _ => asked && !linked,
            }) {
                // An answer's first word, a chat word before a colon or after a possessive
                // or an invitation: "sc? oh it's lchen", "insta? yes: @x", "ig aku ya: ...",
                // "ig aku ya kak @x", "sígueme en tiktok porfa (...)".
                p += n.0;
            } else if let Some(n) = Some(word_len(rest)).filter(|&n| {
                asked && !linked && !yes && n > 0 && self.stop.contains(&rest[..n]) && {
                    let q = p + n + usize::from(b.get(p + n) == Some(&b','));
                    let q2 = skip_spaces(b, q);
                    q2 > q && alnum_after(t, q2)
                }
            }) {
                // An answer's first word before the name: "tiktok? yeah lchen", "insta?
                // sí, lchen".
                yes = true;
                p += n + usize::from(b.get(p + n) == Some(&b','));
            } else if rest.starts_with('(') && !bracket {
                // "snap (cool_kid99)", "add me on snap (lchen)".
                bracket = true;
                p += 1;
            } else if let Some(n) = symbols(rest) {
                // An emoji between the app and the handle: "insta 📸 @x", "snap 👻: lchen".
                p += n;
            } else {
                break;
            }
            p = skip_spaces(b, p);
        }
        // An asking verb right before the app makes an invitation when a colon, a
        // possessive or a line break follows the app ("add line aku aja: ...", "follow ig
        // aku ya @x"); "follow tiktok trends" is talk.
        before.invited |= before.verb && (colon || mine_linked || lined);
        // A handle in quotes: "my snap is 'lchen'".
        let quote = ['"', '\'', '“', '‘', '«']
            .into_iter()
            .find(|q| t[p..].starts_with(*q))
            .map_or(0, char::len_utf8);
        let p = p + quote;
        // A Reddit user, "u/lchen", is written as an @handle is; the name is reported.
        let reddit = t[p..].starts_with("u/") && !alnum_before(t, p);
        let p = p + if reddit { 2 } else { 0 };
        let at = reddit || b.get(p) == Some(&b'@');
        let name_start = p + usize::from(at && !reddit);
        let mut end = name_start;
        while end < b.len()
            && end - name_start <= MAX_HANDLE
            && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'_' | b'.' | b'-'))
        {
            end += 1;
        }
        while end > name_start && matches!(b[end - 1], b'.' | b'-') {
            end -= 1; // sentence punctuation, not part of the name
        }
        // A Discord tag, name#1234, or a Riot id's tagline, name#EUW.
        let tag_len = b
            .get(end + 1..)
            .unwrap_or_default()
            .iter()
            .take(6)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let tagged = b.get(end) == Some(&b'#')
            && ((tag_len == 4 && b[end + 1..end + 5].iter().all(u8::is_ascii_digit))
                || ((3..=5).contains(&tag_len) && b[end + 1].is_ascii_alphabetic()));
        let name = &t[name_start..end];
        if tagged {
            end += 1 + tag_len;
        }
        if !self.may_be_handle(name, at)
            || t[end..].starts_with(|c: char| {
                // An address, a link, a call in code ("tg = require('telegraf')"); a word
                // of a script written without spaces may follow ("lchen야 추가해줘").
                matches!(c, '@' | '/' | '(' | '[')
                    || (c.is_alphanumeric() && !is_unspaced_script(c))
            })
        {
            return None;
        }
        let adjacent = !(at || colon || marked || linked);
        // A word of looking the name up after it: "steam'de lchen diye arat".
        let looked_up =
            Self::word_at(&self.found, t[end..].trim_start_matches([' ', '\t']), 0).is_some();
        if adjacent
            && (!name.starts_with(|c: char| c.is_ascii_alphabetic())
                || is_version(name)
                || (name.len() < 5 && !tagged && !looked_up))
        {
            return None; // "fb 2fa", "ig v2.10.3", "fortnite ch5"
        }
        let strong = tagged
            || name
                .bytes()
                .any(|c| c.is_ascii_digit() || c == b'_' || c == b'.');
        let mut after = &t[end..];
        if quote > 0 {
            let q = ['"', '\'', '”', '’', '»']
                .into_iter()
                .find(|q| after.starts_with(*q))?;
            after = &after[q.len_utf8()..];
        }
        let after = after.trim_start_matches(&[' ', '\t'][..]);
        // Across a line break, the handle is alone on its line and something before said
        // one follows: "discord\n@kevin what do you think" is a mention.
        if lined
            && (after
                .chars()
                .take_while(|c| *c != '\n')
                .any(char::is_alphanumeric)
                || !(colon || asked || marked || linked || before.owned || before.invited))
        {
            return None;
        }
        // A word of the app word's script follows, when that is not Latin; after a space
        // it ends a Latin name's clause: "ไลน์ไอดี lchen แอดมาได้เลย", "мій нік «lchen» додавай".
        let script_end =
            before.script && after.starts_with(|c: char| !c.is_ascii() && c.is_alphabetic());
        let ends_clause = clause_ends(after)
            || self.next_clause(after)
            || (script_end && matches!(b.get(t.len() - after.len() - 1), Some(b' ' | b'\t')));
        let tail = self.tail_follows(after);
        let plain = !at && !strong;
        // In brackets, the name closes them; a plain word only after a possessive or an
        // invitation ("snap (the app)", "discord (nitro)" are talk).
        if bracket
            && (!after.starts_with(')') || (plain && !(before.owned || before.invited || me_link)))
        {
            return None;
        }
        // A plain word that is a common word is talk, not a name ("snapchat? it's broken").
        let common = plain && self.common(name);
        // A profile link is the sender's when it ends its clause and the words before it
        // name the sender or ask ("i stream at twitch.tv/lchen", "follow me
        // instagram.com/lchen"); "x.com/elonmusk said ..." is someone else's.
        if url
            && (common
                || after.starts_with(['=', '#'])
                || !ends_clause
                || !self.sender_before(t, p))
        {
            return None; // "youtube.com/watch?v=...", "instagram.com/p/..."
        }
        // The app asked about alone on its line and a name of five letters or more that
        // ends it: a question and its answer ("snap? lchen 👻"; "snap? nah" is talk).
        let answer = before.opens
            && !linked
            && !common
            && name.len() >= 5
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && after
                .chars()
                .take_while(|c| *c != '\n')
                .all(|c| !c.is_alphanumeric());
        let ok = match (class, at, strong) {
            (Class::App | Class::Abbr, true, _) | (Class::App | Class::Abbr, _, true) => true,
            // After a colon, a common word must end the clause: "snap: ocean", not
            // "whatsapp -> trust me".
            (Class::App, false, false) => {
                (colon && (ends_clause || !common))
                    || (linked && (ends_clause || tail) && !common)
                    || (asked && answer)
            }
            (Class::Abbr, false, false) => {
                (colon && (ends_clause || !common))
                    || (asked && linked && ends_clause && !common)
                    || (asked && answer)
            }
            // "hit me up on x @lchen": an invitation names the app.
            (Class::Amb, true, _) => colon || marked || linked || before.invited,
            // "my steam is kevin22", "add me on steam: kevin22", "no face eu sou jorge86"
            // ("x = a_1" is code; "in line i'm 3rd" is no name).
            (Class::Amb, false, true) => {
                marked
                    || ((colon || linked)
                        && (before.owned || before.invited)
                        && (!selfed || name.starts_with(|c: char| c.is_ascii_alphabetic())))
            }
            (Class::Amb, false, false) | (Class::Invite, ..) => false,
        };
        // After an id word, a plain word comes after a colon or a link word, or ends the
        // clause after a word that names a name ("line id: omandasari", "my sc username is
        // eburton", "mera snapchat id sosamelchor hai"), never "my discord name changed" or
        // "instagram hesabım kapandı".
        let ok = ok
            || (plain
                && marked
                && class != Class::Invite
                && (colon || linked || tail || (titled && ends_clause))
                && !common);
        // "my snap\nlchen", "add me on snap\njwalker": the line break after the app word is
        // a colon.
        let ok = ok
            || (plain
                && lined
                && (before.owned || before.invited)
                && !common
                && name.len() >= 3
                && name.starts_with(|c: char| c.is_ascii_alphabetic()));
        let ok = ok
            || (plain
                && !common
                && name.len() >= 3
                && name.starts_with(|c: char| c.is_ascii_alphabetic())
                && self.shared_plainly(
                    class,
                    before,
                    linked || self.asks(after),
                    tail,
                    after,
                    ends_clause || script_end,
                ));
        // After "me", "me at" or "I'm", a plain word is a name when it is no common word,
        // has four letters or more and closes the clause, a "there" or a chat word may
        // follow: "snap me at gbarrera", "whatsapp me, I'm fsitompul there", not "I'm
        // bored", "whatsapp me at night"; other plain words after a weak word are talk.
        let said_self = plain
            && me_link
            && (class != Class::Amb || (selfed && self.invites_after(after)))
            && name.len() >= 4
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && !common
            && self.closes(after);
        let ok = (ok || said_self)
            && !(weak && plain && !colon && !marked && !said_self)
            && (!named_only || !plain || ends_clause || tail);
        // Past a comma, with no colon, the handle ends its clause: "on tiktok, user kevin22
        // posted it" is talk.
        let ok = ok
            && (!crossed
                || colon
                || ends_clause
                || closes_after(after)
                || tail
                || self.asks(after));
        ok.then_some(Handle { start: p, end })
    }

    /// Whether `name` (folded, without its `@`) may be a handle at all: 2 to 32
    /// characters with a letter, not a common word of the stop list, not an app's name,
    /// not a chat's own mention (`@everyone`), not a file's name.
    fn may_be_handle(&self, name: &str, at: bool) -> bool {
        let mention = at && matches!(name, "everyone" | "here" | "channel" | "all" | "online");
        let word = self.stop.contains(name) || self.apps.contains(name) || is_file_name(name);
        (2..=MAX_HANDLE).contains(&name.len())
            && name.bytes().any(|c| c.is_ascii_alphabetic())
            && !mention
            && !word
    }

    /// Whether a plain word is a common word: in the stop list, an asking verb, one of the BIP-39 list's
    /// 2048 common English words, or an English word in "-ing" ("glitching") or "-ly"
    /// ("mostly"; a name in "-ly" such as "emily" needs the stronger places). A word
    /// that opens with two consonants no English word opens with is an initial and a
    /// name ("zkelly", "jfleming"), not an English word.
    fn common(&self, name: &str) -> bool {
        self.stop.contains(name)
            || self.ask.contains(name)
            || self.me.contains(name)
            || (((name.len() >= 5 && name.ends_with("ing"))
                || (name.len() >= 6 && name.ends_with("ly")))
                && english_onset(name))
            || ((3..=8).contains(&name.len())
                && crate::detect::privacy::crypto_secret::bip39_words()
                    .binary_search(&name)
                    .is_ok())
    }

    /// Whether a new clause starts at `after` with no punctuation before it: an asking
    /// verb or a joining or chat word ("my ig is lchen follow me", "add me on snap lchen
    /// pls", "my snap is lchen and my insta ..."); not "lol" ("my snap is jake lol") or
    /// "so" ("my insta is jake so what").
    fn next_clause(&self, after: &str) -> bool {
        let n = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        let word = &after[..n];
        n > 0 && (self.ask.contains(word) || NEXT_CLAUSE.contains(&word))
    }

    /// Whether a copula written after the handle follows and ends the clause ("mera
    /// snap jbigot hai").
    fn tail_follows(&self, after: &str) -> bool {
        Self::word_at(&self.tail, after, 0).is_some_and(|w| {
            let rest = after[w.len()..].trim_start_matches(&[' ', '\t'][..]);
            // "... jbigot hai", "... jbigot hai, follow kar lo", "... hai dekh lena".
            rest.chars().next().is_none_or(|c| !c.is_alphanumeric()) || self.next_clause(rest)
        })
    }

    /// The length of a joining word and another app's name at the start of `rest` ("and
    /// ig", "/ig", "y tiktok"), if they are there: one handle given for two apps.
    fn and_app(&self, rest: &str) -> Option<usize> {
        const AND: [&str; 14] = [
            "and", "&", "/", "+", "y", "e", "et", "und", "i", "и", "dan", "ve", "or", "ou",
        ];
        let word = &rest[..word_len(rest).max(usize::from(rest.starts_with(['&', '/', '+'])))];
        if !AND.contains(&word) {
            return None;
        }
        let next = skip_spaces(rest.as_bytes(), word.len());
        let n = word_len(&rest[next..]);
        (n > 0 && self.apps.contains(&rest[next..next + n])).then_some(next + n)
    }

    /// Whether one of the words in the 48 bytes before the link that holds `at` is a
    /// word for the sender, a possessive or an asking verb ("i", "me", "my", "follow"),
    /// and none names someone else ("follow him ...").
    fn sender_before(&self, t: &str, at: usize) -> bool {
        let start = t[..at].rfind(' ').unwrap_or(0);
        let from = start.saturating_sub(48);
        word_in(t, from, start, &[&self.me, &self.own, &self.ask])
            && !word_in(t, from, start, &[&self.others])
    }

    /// Whether the clause ends at `after`, after a closing chat word perhaps, or an
    /// asking verb follows, after a laugh perhaps ("... kkkk segue lá", "soy lchen
    /// agrégame").
    fn closes(&self, after: &str) -> bool {
        closes_after(after) || self.asks(after[closer(after)..].trim_start_matches([' ', '\t']))
    }

    /// Whether an invitation follows, after a comma perhaps: "..., me add lá", ", add me".
    fn invites_after(&self, after: &str) -> bool {
        let after = after.trim_start_matches([',', ' ']);
        let n = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        self.asks(after)
            || (self.me.contains(&after[..n])
                && self.asks(after[n..].trim_start_matches([' ', '-'])))
    }

    /// Whether `after` starts with an asking verb ("ekle beni", "add me"): an invitation
    /// after a name ("snapim jbigot ekle beni").
    fn asks(&self, after: &str) -> bool {
        let n = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        n > 0 && self.ask.contains(&after[..n])
    }

    /// The length of an answer's first word at `p` ("oh", "yes", "sí": a word of the
    /// stop list) when a link word, a colon, an `@` or a bracket follows it, or another
    /// such word and then one of those ("ya kak @x"); and the byte that follows them.
    fn filler(&self, t: &str, p: usize) -> Option<(usize, Option<u8>)> {
        let b = t.as_bytes();
        let (mut q, mut first) = (p, 0);
        for _ in 0..2 {
            let n = word_len(&t[q..]);
            if n == 0 || !self.stop.contains(&t[q..q + n]) {
                return None;
            }
            q = skip_spaces(b, q + n);
            if first == 0 {
                first = q - p;
            }
            // An emoji after the word: "follow my tiktok pls 🥺 @x".
            if let Some(m) = symbols(&t[q..]) {
                q = skip_spaces(b, q + m);
            }
            if t[q..].starts_with([':', '@', '(']) || Self::word_at(&self.links, t, q).is_some() {
                return Some((first, b.get(q).copied()));
            }
        }
        None
    }

    /// A plain word (no `@`, digit, `_` or `.`) given as a handle with nothing but its
    /// place to say so: after an invitation ("add my sc wrose", "add me on snap jbigot"),
    /// or after a possessive and an app word with a copula ("mon snap c'est jbigot", "ig
    /// aku jbigot", "mera snap jbigot hai") or in another script ("мой телеграм jbigot").
    /// The word must end the clause (`ends_clause`: a word of the app word's script may
    /// follow it) or a copula follow it; the caller has checked that it has three letters
    /// or more and is no common word ("my snap is broken", "add my sc later", "my insta
    /// is glitching"). After an app word, a name followed by a
    /// word of looking it up counts too ("tiktokta jbigot diye arat"). A name that is
    /// also an ordinary word ("x", "line", "signal") takes it only after an invitation:
    /// "my x is dave" is about someone's ex.
    fn shared_plainly(
        &self,
        class: Class,
        before: Before,
        linked: bool,
        tail: bool,
        after: &str,
        ends_clause: bool,
    ) -> bool {
        // "tiktokta jbigot diye arat" (search for jbigot on tiktok).
        let searched = class != Class::Amb && Self::word_at(&self.found, after, 0).is_some();
        let placed = before.invited
            || searched
            || (before.owned && class != Class::Amb && (linked || tail || before.script));
        // After an invitation a closing chat word may follow: "follow ig aku jbigot ya".
        let closed = before.invited && closes_after(after);
        placed && (ends_clause || tail || searched || closed)
    }

    /// Whether a link word, an id word, or a possessive and an id word start at `p`.
    fn names_next(&self, t: &str, p: usize) -> bool {
        Self::word_at(&self.links, t, p).is_some()
            || Self::word_at(&self.ids, t, p).is_some()
            || self.own_before_id(t, p).is_some()
    }

    /// The length of a possessive at `p` followed by an id word ("my username"), if
    /// there is one.
    fn own_before_id(&self, t: &str, p: usize) -> Option<usize> {
        let n = t[p..]
            .find(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .unwrap_or(t.len() - p);
        (n > 0
            && self.own.contains(&t[p..p + n])
            && Self::word_at(&self.ids, t, skip_spaces(t.as_bytes(), p + n)).is_some())
        .then_some(n)
    }

    /// The length of a preposition at `p` and the spaces after it when a possessive and an
    /// id word follow ("pe mera naam", "en mi usuario").
    fn prep_before_own_id(&self, t: &str, p: usize) -> Option<usize> {
        let n = t[p..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(t.len() - p);
        let q = skip_spaces(t.as_bytes(), p + n);
        (n > 0 && self.prep.contains(&t[p..p + n]) && self.own_before_id(t, q).is_some())
            .then_some(q - p)
    }

    /// What stands right before the app word starting at `start`: a possessive, and
    /// before it an asking verb ("add my sc"), or an id word and a preposition ("ник в
    /// телеграме"); one or two words back, read in the folded view.
    fn before(&self, t: &str, start: usize) -> Before {
        let (own, rest) = word_before(t, start);
        if self.prep.contains(own) {
            let (mut id, is) = word_before(t, rest);
            // A possessive written after the id word: "ign ko sa ml ...", "id ku di ...".
            if matches!(id, "ko" | "ku" | "ku'") {
                id = word_before(t, is).0;
            }
            // "my @ on twitter is ...": the @ names the handle.
            let at = t[..rest].trim_end_matches(' ');
            let at = at.ends_with('@') && !alnum_before(at, at.len() - 1);
            return Before {
                named: at || (!id.is_empty() && self.ids.contains(&id)),
                ..Before::default()
            };
        }
        if !self.own.contains(own) {
            // A particle after the verb: "follow la tiktok aku", "add lah ig aku".
            let verb = if matches!(own, "la" | "lah" | "dong") {
                word_before(t, rest).0
            } else {
                own
            };
            return Before {
                marked: !own.is_empty() && self.ids.contains(&own) && !self.accounts.contains(own),
                verb: !verb.is_empty() && self.ask.contains(verb),
                ..Before::default()
            };
        }
        let (verb, vs) = word_before(t, rest);
        // "add my sc", and through a preposition: "sub to my yt channel".
        let verb = if matches!(verb, "to" | "a" | "al" | "à" | "ke") {
            word_before(t, vs).0
        } else {
            verb
        };
        Before {
            owned: true,
            invited: !verb.is_empty() && self.ask.contains(verb),
            ..Before::default()
        }
    }
}

/// The word that ends right before `at` (spaces between skipped, at most two), and where
/// it starts; "" when a letter or digit is glued to `at` or none comes before.
fn word_before(t: &str, at: usize) -> (&str, usize) {
    let head = &t[..at];
    let spaced = head.trim_end_matches(' ');
    if at - spaced.len() > 2 || (spaced.len() == at && at > 0) {
        return ("", at);
    }
    let start = spaced
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '\'' || *c == '’')
        .last()
        .map_or(spaced.len(), |(i, _)| i);
    (&spaced[start..], start)
}

impl SocialHandle {
    /// An `@handle` or a Discord tag right after an invitation ("add me @cool_kid99",
    /// "hmu: @x", "add me lchen#1234").
    fn bare_handle_after(&self, t: &str, p: usize) -> Option<Handle> {
        let rest = t[p..].trim_start_matches(&[' ', ':'][..]);
        // The same reading as after an app's name, which takes any @handle; a Discord
        // tag needs no app's name either ("add me lchen#1234").
        self.handle_after(t, t.len() - rest.len(), Class::App, Before::default())
            .filter(|h| {
                let handle = &t[h.start..h.end];
                handle.starts_with('@') || {
                    let b = handle.as_bytes();
                    b.len() > 5
                        && b[b.len() - 5] == b'#'
                        && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
                }
            })
    }
}

/// Whether a word (letters, digits, apostrophes; any char that is not ASCII counts as a
/// letter) in `t[from..to]` is in one of `sets`; `to` is a char boundary.
fn word_in(t: &str, mut from: usize, to: usize, sets: &[&crate::detect::coded::WordSet]) -> bool {
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let b = t.as_bytes();
    let mut i = from;
    while i < to {
        let start = i;
        while i < to && (b[i].is_ascii_alphanumeric() || b[i] == b'\'' || b[i] >= 0x80) {
            i += 1;
        }
        for set in sets {
            if i > start && set.contains(&t[start..i]) {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Whether `word` may open as an English word does: a vowel in its first two letters,
/// or two consonants English words open with ("st", "br"); not "zk" or "jf", an
/// initial glued to a surname.
fn english_onset(word: &str) -> bool {
    const ONSETS: &[u8] = b"blbrchclcrdrdwflfrglgngrknphplprpsquscshskslsmsnspstswthtrtwwhwr";
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    match word.as_bytes() {
        [a, b, ..] => vowel(*a) || vowel(*b) || ONSETS.chunks(2).any(|o| *o == [*a, *b]),
        _ => true,
    }
}

/// A file's name: "kevin.jpg on insta" names a picture, not a handle.
fn is_file_name(name: &str) -> bool {
    const EXTENSIONS: [&str; 14] = [
        "jpg", "jpeg", "png", "gif", "webp", "heic", "mp4", "mov", "mp3", "pdf", "txt", "zip",
        "apk", "exe",
    ];
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext))
}

/// `v2.10.3`, `v12`, `season2`, `ch5`: a version or a game's season, not a name.
fn is_version(name: &str) -> bool {
    let rest = [
        "season", "chapter", "level", "lvl", "patch", "part", "ch", "v", "s",
    ]
    .into_iter()
    .find_map(|w| name.strip_prefix(w))
    .unwrap_or(name);
    !rest.is_empty() && rest.bytes().all(|c| c.is_ascii_digit() || c == b'.')
}

/// What comes before a handle written before the app's name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// Nothing: the message, a line or a clause starts ("cool_kid99 on snap").
    Start,
    /// "me" after an asking verb ("follow me @x on tiktok", "add me jperez77 on snap");
    /// not "kevin me bloqueou no insta".
    Me,
    /// A weak link word or a possessive after the app, the sender saying who they are
    /// ("i'm lchen on snap", "je suis ldupont sur snap", "aku putriayu di tiktok"): the
    /// app word must end the clause ("je suis kevin22 sur insta depuis longtemps" is "I
    /// follow").
    Am,
    /// "it's" ("it's lchen on snap", "c'est lchen sur snap"); another link word takes
    /// only a name with a digit, `_`, `.` or an `@` ("the best is kevin on tiktok").
    Said { its: bool },
    /// An asking verb opening the clause ("add jperez77 on snap"): only a name with a
    /// digit, `_`, `.` or an `@` (a plain name is mostly someone else: "add jessica on
    /// snap, she's new").
    Ask,
}

impl SocialHandle {
    /// A handle written before the app's name at `start..end`: before a preposition
    /// ("i'm lchen on snap", "follow me @x on tiktok", "cool_kid99 on ig", "ich bin
    /// lmueller auf insta"), before a link word and a possessive ("lchen is my snap",
    /// "@x, that's my insta"), before a dash or a bracket ("@lily.k (ig)"), or alone right
    /// before it ("@lily.k insta"). What stands before the name must say it is the
    /// sender's ([`Cue`]); a plain name needs "me", "I'm", "it's" or the start of the
    /// message or a line, the app word ending the clause, and no common word: "I told
    /// luke96 about the discord update", "I saw kevin on tiktok", "I'm bored on snap",
    /// "is marco88 on snap?" and "jessica on insta is so funny" are talk.
    fn handle_before(&self, t: &str, start: usize, end: usize, class: Class) -> Option<Handle> {
        let b = t.as_bytes();
        let (w, ws) = word_before(t, start);
        let (mut signed, mut bare) = (false, false);
        // A possessive after the app: "<name> itu tiktok aku" ("<name> is my tiktok").
        let mine = Self::word_at(&self.mine, t, skip_spaces(b, end))
            .map_or(0, |m| skip_spaces(b, end) - end + m.len());
        let linked_mine = mine > 0
            && w.chars().nth(1).is_some()
            && !matches!(w, "was" | "me")
            && !OWNED_LINKS.contains(&w)
            && (self.links.contains(&w) || matches!(w, "itu" | "ini"));
        let e = if (!w.is_empty() && self.prep.contains(w)) || linked_mine {
            ws
        } else if !w.is_empty() && self.own.contains(w) {
            // "<name> is my snap", "<name>, that's my insta", "<name> c'est mon snap".
            let (link, ls) = word_before(t, ws);
            if link.is_empty()
                || !(self.links.contains(&link) || link.ends_with("'s") || link.ends_with("’s"))
            {
                return None;
            }
            let (that, ts) = word_before(t, ls);
            if matches!(that, "that" | "this" | "it") {
                ts
            } else {
                ls
            }
        } else {
            // "@lily.k (ig)", "@lily.k - insta": a mark right before the app word;
            // "@lily.k insta", "cool_kid99 sc": the name right before it.
            let head = t[..start].trim_end_matches(' ');
            signed = true;
            if head.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_') && head.len() < start
            {
                bare = true;
                head.len()
            } else if !head.ends_with(['(', '-', '–', '—', '|'])
                || (head.ends_with('(') && !t[end..].starts_with(')'))
            {
                return None;
            } else {
                head.len() - head.chars().next_back().map_or(0, char::len_utf8)
            }
        };
        let e = t[..e]
            .trim_end_matches([' ', '\t', ',', '-', '–', '—', '='])
            .len();
        // A Discord tag: name#1234.
        let tagged = e >= 5 && b[e - 5] == b'#' && b[e - 4..e].iter().all(u8::is_ascii_digit);
        let name_end = if tagged { e - 5 } else { e };
        let mut s = name_end;
        while s > 0
            && name_end - s <= MAX_HANDLE
            && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'_' | b'.' | b'-'))
        {
            s -= 1;
        }
        let at = s > 0 && b[s - 1] == b'@';
        let hs = s - usize::from(at);
        let name = &t[s..name_end];
        // Glued to what comes before: an e-mail address, a link, a word of another script.
        let glued = t[..hs].chars().next_back().is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '@' | '/' | '.' | '#' | '_' | '-' | '\'' | '’')
        });
        if glued
            || !self.may_be_handle(name, at)
            || name.starts_with(['.', '-'])
            || name.ends_with(['.', '-'])
            || is_version(name)
        {
            return None;
        }
        let strong = tagged
            || name
                .bytes()
                .any(|c| c.is_ascii_digit() || c == b'_' || c == b'.');
        let plain = !at && !strong;
        let head = t[..hs].trim_end_matches([' ', '\t']);
        let cue = if head.is_empty()
            || head.ends_with(|c: char| {
                matches!(c, '\n' | '\r' | ':' | ',' | '.' | '!' | '?' | '(' | '-')
                    || (!c.is_ascii() && !c.is_alphanumeric())
            }) {
            Cue::Start
        } else if ends_with_word(head, "me") && {
            let (verb, _) = word_before(t, head.len() - 2);
            !verb.is_empty() && (self.ask.contains(verb) || matches!(verb, "hit" | "look"))
        } {
            Cue::Me
        } else if self
            .weak
            .iter()
            .chain(&self.mine)
            .any(|w| ends_with_word(head, w))
            || self.ids.iter().any(|w| {
                // "мой ник lchen в телеге", "my username lchen on insta".
                ends_with_word(head, w) && {
                    let (own, _) = word_before(t, head.len() - w.len());
                    !own.is_empty() && self.own.contains(own)
                }
            })
        {
            Cue::Am
        } else if let Some(w) = self.links.iter().find(|w| {
            // Not "was" ("it was kevin22 on snap"), a one-letter word ("ana e joao no
            // insta"), "to" ("talk to kevin22 on discord") or "me" ("kevin me bloqueou").
            w.chars().nth(1).is_some()
                && !matches!(**w, "was" | "me")
                && !OWNED_LINKS.contains(w)
                && ends_with_word(head, w)
        }) {
            Cue::Said {
                its: matches!(
                    *w,
                    "it's" | "it’s" | "its" | "it is" | "c'est" | "c’est" | "это"
                ),
            }
        } else {
            let (verb, vs) = word_before(t, hs);
            let (first, _) = word_before(t, vs);
            let opens =
                first.is_empty() || matches!(first, "pls" | "plz" | "please" | "and" | "so");
            // Verbs of writing to someone take the other person ("message kevin22 on
            // discord"); adding and following take the sender's own name.
            if verb.is_empty()
                || !self.ask.contains(verb)
                || matches!(
                    verb,
                    "text" | "message" | "msg" | "dm" | "hmu" | "напиши" | "пиши"
                )
                || !opens
            {
                return None;
            }
            Cue::Ask
        };
        let mut after = t[end + mine..].trim_start_matches([' ', '\t']);
        if after.starts_with('?') {
            return None; // a question: "is marco88 on snap?"
        }
        // Someone else's account recommended: "follow lori86 on tiktok, he makes ...";
        // after "me" or "I'm" the name is the sender's ("aku lchen di tiktok, kamu?").
        let next = after.trim_start_matches([',', ' ']);
        if !matches!(cue, Cue::Me | Cue::Am) && self.others.contains(&next[..word_len(next)]) {
            return None;
        }
        if signed && !bare && t[..start].ends_with('(') {
            // "lchen (snap)": the clause goes on after the bracket.
            after = after[1..].trim_start_matches([' ', '\t']);
        }
        if after.starts_with('.') && alnum_after(after, 1) {
            return None; // code: "log(kevin22 on ig.user)"
        }
        // An id word after the app: "lchen is my snap username".
        if let Some(w) = Self::word_at(&self.ids, after, 0) {
            after = after[w.len()..].trim_start_matches([' ', '\t']);
        }
        // The clause ends after the app word, or after one closing chat word ("dsilva on
        // snap lol"); after the clause's start, a question ("@kevin on discord tonight?")
        // is no share.
        let closes =
            |rest: &str| clause_ends(rest) && !(cue == Cue::Start && rest.starts_with('?'));
        let ends = closes(after) || {
            let n = closer(after);
            n > 0 && closes(after[n..].trim_start_matches([' ', '\t']))
        };
        let ok = ends || matches!(cue, Cue::Me | Cue::Said { .. });
        let ok = ok
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && if plain {
                class != Class::Amb
                    && (!signed || (cue == Cue::Start && t[..start].ends_with('(')))
                    // A plain name alone opens the message or a line ("lchen on snap");
                    // after a sentence it is talk ("so funny. kevin on tiktok!").
                    && match cue {
                        Cue::Start => opens_line(head),
                        Cue::Me | Cue::Am | Cue::Said { its: true } => true,
                        Cue::Said { its: false } | Cue::Ask => false,
                    }
                    && ends
                    && name.len() >= 3
                    && !self.common(name)
            } else {
                (class != Class::Amb
                    || matches!(cue, Cue::Me | Cue::Am)
                    || (at && matches!(cue, Cue::Said { .. })))
                    && !(bare && (cue != Cue::Start || !ends))
            };
        ok.then_some(Handle { start: hs, end: e })
    }
}

/// Whether `head` (the text before a name, spaces trimmed) is empty or ends a line or a
/// label ("my accounts:\nlchen on snap", "snap: ..."), after emoji perhaps ("🎮 lchen is my
/// psn").
fn opens_line(head: &str) -> bool {
    let line = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
    line.is_empty() || line.ends_with(['\r', ':']) || symbols(line) == Some(line.len())
}

/// Whether `head` ends with `word` as a whole word.
fn ends_with_word(head: &str, word: &str) -> bool {
    word.starts_with(|c: char| c.is_alphanumeric())
        && head.ends_with(word)
        && !head[..head.len() - word.len()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Chat words that may close a clause after a handle or the app word ("dsilva on snap
/// lol", "I'm fsitompul there", "procura fsitompul lá", "cari fsitompul aja", Tagalog
/// "@x yan", "@x po").
const CLOSERS: [&str; 28] = [
    "lol", "pls", "plz", "please", "too", "btw", "ok", "okay", "xd", "ya", "thx", "ty", "haha",
    "xx", "there", "here", "lá", "là", "lì", "ahí", "aí", "aja", "dort", "tam", "wahan", "yan",
    "yun", "po",
];

/// The length of a closing chat word at the start of `after`, 0 if none.
fn closer(after: &str) -> usize {
    let n = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    if CLOSERS.contains(&&after[..n]) || laugh(&after[..n]) {
        n
    } else {
        0
    }
}

/// Whether `word` is a laugh written out: "kkkk", "hahaha", "jajaja", "wkwk", "rsrs".
fn laugh(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && matches!(b[0], b'h' | b'j' | b'k' | b'w' | b'r')
        && b.iter().enumerate().all(|(i, &c)| c == b[i % 2])
}

/// Whether the clause ends at the start of `after`, or after one closing chat word.
fn closes_after(after: &str) -> bool {
    clause_ends(after) || {
        let n = closer(after);
        n > 0 && clause_ends(after[n..].trim_start_matches([' ', '\t']))
    }
}

/// Words that start a new clause after a handle with no punctuation before them
/// ("... lchen and ...", "... lchen pero ...").
const NEXT_CLAUSE: [&str; 26] = [
    "btw", "pls", "plz", "please", "too", "thx", "ty", "and", "if", "or", "but", "y", "e", "et",
    "und", "dan", "ve", "и", "aur", "dont", "pero", "mais", "aber", "tapi", "lekin", "но",
];

/// Link words that say "is" only after a possessive and an app word: Polish "mój snap to
/// kasia_n" (elsewhere "to" is the English preposition: "add me on snap to talk"); and
/// "are" after two apps, "my snap and ig are lchen" ("tiktok and ig are toxic" is talk);
/// Tagalog "ay" ("username ko sa tiktok ay ..."; "ang tiktok ay nakakaadik" is talk).
const OWNED_LINKS: [&str; 5] = ["to", "are", "sind", "são", "ay"];

/// The length of a line break at the start of `rest` ("\n" or "\r\n"), if there is one.
fn line_break(rest: &str) -> Option<usize> {
    if rest.starts_with('\n') {
        Some(1)
    } else if rest.starts_with("\r\n") {
        Some(2)
    } else {
        None
    }
}

/// The length of a Turkish case ending written after an apostrophe at the start of `rest`
/// ("'dan", "’da", "'tan": "instagram'dan ekle"), 0 if there is none. "'s" is a link
/// word, not an ending.
fn case_ending(rest: &str) -> usize {
    let Some(word) = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’')) else {
        return 0;
    };
    let n = word
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(word.len());
    if (2..=4).contains(&n) && !word[n..].starts_with(|c: char| c.is_alphanumeric()) {
        rest.len() - word.len() + n
    } else {
        0
    }
}

/// The length of the signs that are no letter (emoji, at most four) at the start of
/// `rest`, if there are any.
fn symbols(rest: &str) -> Option<usize> {
    let n: usize = rest
        .chars()
        .take(4)
        .take_while(|c| !c.is_ascii() && !c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    (n > 0).then_some(n)
}

/// Whether the clause ends at the start of `after` (spaces already skipped): the text
/// ends, or a line break, closing punctuation or a sign that is no letter (an emoji)
/// comes.
fn clause_ends(after: &str) -> bool {
    after.chars().next().is_none_or(|c| {
        // '(' and ':' open an aside or a smiley: "my snap is lchen (no caps)", "... :)".
        matches!(
            c,
            '\n' | '\r' | '.' | '!' | '?' | ',' | ';' | ')' | '(' | ':'
        ) || (!c.is_ascii() && !c.is_alphanumeric())
    })
}

/// The length of a comma, or of the end of a sentence ("!", "!!", "...", ";") and the
/// space after it, at the start of `rest`, if there is one.
fn stops(rest: &str) -> Option<usize> {
    if rest.starts_with(',') {
        return Some(1);
    }
    let n = rest.len() - rest.trim_start_matches(['!', '.', ';']).len();
    (n > 0 && n <= 4 && rest[n..].starts_with(' ')).then_some(n)
}

/// The length of the word of letters and digits at the start of `rest`.
fn word_len(rest: &str) -> usize {
    rest.find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len())
}

/// Skips spaces and tabs from `p`, at most 8 bytes.
fn skip_spaces(b: &[u8], mut p: usize) -> usize {
    let start = p;
    while p < b.len() && p - start < 8 && matches!(b[p], b' ' | b'\t') {
        p += 1;
    }
    p
}

impl SocialHandle {
    /// The app words and invitations, folded, for the shared phrase pass; `hits` indexes
    /// this list.
    pub(crate) fn phrases(&self) -> Vec<&str> {
        self.entries.iter().map(|(w, _)| *w).collect()
    }

    /// Reports the handles and invitations after the app words at `hits` (the folded
    /// view's matches of [`SocialHandle::phrases`]).
    pub(crate) fn scan(
        &self,
        text: &Normalized<'_>,
        hits: &[(u32, Range<usize>)],
        out: &mut Sink<'_>,
    ) {
        let view = text.folded();
        let t = view.text();
        let mut hits = hits
            .iter()
            .map(|(i, r)| (self.entries[*i as usize].1, r.clone()))
            .peekable();
        let mut done = 0;
        while let Some((tag, range)) = hits.next() {
            if range.start < done {
                continue;
            }
            if tag.class != Class::Invite {
                if t[..range.start].ends_with('.')
                    && alnum_before(t, range.start - 1)
                    && !t[..range.start].ends_with("www.")
                {
                    continue; // code: "self.snap = snap_id"
                }
                let mut before = self.before(t, range.start);
                before.owned |= tag.owned;
                before.script = !t[range.clone()].is_ascii();
                before.opens = opens_line(t[..range.start].trim_end_matches([' ', '\t']));
                // A handle after the app, before it (then nothing up to the app's end is
                // read again), or a few words after it.
                let found = self
                    .handle_after(t, range.end, tag.class, before)
                    .map(|h| (h.end, h))
                    .or_else(|| {
                        self.handle_before(t, range.start, range.end, tag.class)
                            .filter(|h| h.start >= done)
                            .map(|h| (range.end, h))
                    })
                    .or_else(|| {
                        self.ahead(t, range.end, tag.class, before)
                            .map(|h| (h.end, h))
                    });
                if let Some((end, h)) = found {
                    out.report(
                        view,
                        h.start..h.end,
                        Hit::new(RuleId::PrivacySocialHandle, 0.8).kind(tag.app),
                    );
                    done = end;
                }
                continue;
            }
            // An invitation with an @handle and no app: "add me @cool_kid99".
            if let Some(h) = self.bare_handle_after(t, range.end) {
                out.report(
                    view,
                    h.start..h.end,
                    Hit::new(RuleId::PrivacySocialHandle, 0.7).kind("handle"),
                );
                done = h.end;
                continue;
            }
            // An invitation: the app's name must come right after it, or after a
            // possessive ("add me on my snap", "me segue no meu insta"); or a name one
            // typing slip away from an app's ("ajoute moi sur snapchta").
            let next = hits.peek().cloned().filter(|(app, app_range)| {
                let gap = &t[range.end..app_range.start];
                let owned = {
                    let (own, start) = word_before(t, app_range.start);
                    start >= range.end && !own.is_empty() && self.own.contains(own)
                };
                let gap_ok = if owned {
                    gap.len() <= 20 && gap.trim_matches(' ').bytes().all(|c| c != b' ')
                } else {
                    // "add me on snap", "hmu: snap ...", "add me - insta ...".
                    gap.len() <= 3 && gap.bytes().all(|c| matches!(c, b' ' | b':' | b'-'))
                };
                app.class != Class::Invite && gap_ok
            });
            let listed = next.is_some();
            let Some((app, app_range)) = next.or_else(|| self.misspelled_app(t, range.end)) else {
                continue;
            };
            if listed {
                hits.next();
            }
            let owned = {
                let (own, start) = word_before(t, app_range.start);
                start >= range.end && !own.is_empty() && self.own.contains(own)
            };
            let before = Before {
                owned: owned || app.owned,
                invited: true,
                script: !t[app_range.clone()].is_ascii(),
                ..Before::default()
            };
            if let Some(h) = self
                .handle_after(t, app_range.end, app.class, before)
                .or_else(|| self.ahead(t, app_range.end, app.class, before))
            {
                out.report(
                    view,
                    h.start..h.end,
                    Hit::new(RuleId::PrivacySocialHandle, 0.8).kind(app.app),
                );
                done = h.end;
            } else if t[app_range.end..]
                .trim_start_matches(&[' ', ':', '@', '-'][..])
                .starts_with(crate::MASK)
            {
                // A handle that redaction has already hidden: nothing more to hide.
            } else if app.class != Class::Amb || {
                let after = t[app_range.end..].trim_start_matches(&[' ', '\t'][..]);
                after.chars().next().is_none_or(|c| !c.is_alphanumeric())
            } {
                out.report(
                    view,
                    range.start..app_range.end,
                    Hit::new(RuleId::PrivacySocialHandle, 0.6).kind("invite"),
                );
                done = app_range.end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handle(t: &str, class: Class) -> Option<&str> {
        let d = SocialHandle::new();
        d.handle_after(t, 0, class, Before::default())
            .map(|h| &t[h.start..h.end])
    }

    #[test]
    fn table_parses() {
        let d = SocialHandle::new();
        assert!(d.stop.contains("down"));
        assert!(d.ids.contains(&"username"));
        assert!(d.apps.contains("insta"));
    }

    #[test]
    fn handles_by_strength() {
        assert_eq!(handle(": cool_kid99", Class::Abbr), Some("cool_kid99"));
        assert_eq!(handle(" @ana.b", Class::Amb), None);
        assert_eq!(handle(": @ana.b", Class::Amb), Some("@ana.b"));
        assert_eq!(handle(" your fingers", Class::Abbr), None);
        assert_eq!(handle(" is jessica", Class::App), Some("jessica"));
        assert_eq!(handle(" is jessica lol", Class::App), None);
        assert_eq!(handle(" name#1234", Class::App), Some("name#1234"));
        assert_eq!(handle(" is down", Class::App), None);
        assert_eq!(handle(" 5", Class::Amb), None);
        assert_eq!(handle(" id: sakura_77", Class::Amb), Some("sakura_77"));
        assert_eq!(handle(" is ana@mail.com", Class::App), None);
        assert_eq!(handle(" @everyone", Class::Abbr), None);
        assert_eq!(handle(" u/lchen", Class::App), Some("lchen"));
        assert_eq!(handle(" lchen#EUW", Class::App), Some("lchen#EUW"));
        assert_eq!(handle(" lchen#1ab", Class::App), None);
        assert_eq!(handle(" @ is lchen", Class::Abbr), Some("lchen"));
        assert_eq!(handle("!! username is lchen", Class::App), Some("lchen"));
        assert_eq!(handle(" -> trust me", Class::App), None);
    }
    fn before_app<'a>(t: &'a str, app: &str, class: Class) -> Option<&'a str> {
        let d = SocialHandle::new();
        let start = t.rfind(app)?;
        d.handle_before(t, start, start + app.len(), class)
            .map(|h| &t[h.start..h.end])
    }

    #[test]
    fn handles_before_the_app() {
        assert_eq!(
            before_app("i'm lchen on snap", "snap", Class::Abbr),
            Some("lchen")
        );
        assert_eq!(
            before_app("follow me @x_y on tiktok", "tiktok", Class::App),
            Some("@x_y")
        );
        assert_eq!(
            before_app("cool_kid99 on ig", "ig", Class::Abbr),
            Some("cool_kid99")
        );
        assert_eq!(
            before_app("lchen is my snap", "snap", Class::Abbr),
            Some("lchen")
        );
        assert_eq!(
            before_app("add jp77 on snap", "snap", Class::Abbr),
            Some("jp77")
        );
        assert_eq!(before_app("add jessica on snap", "snap", Class::Abbr), None);
        assert_eq!(
            before_app("I saw kevin22 on tiktok", "tiktok", Class::App),
            None
        );
        assert_eq!(before_app("I'm bored on snap", "snap", Class::Abbr), None);
        assert_eq!(
            before_app("mike on snap said hi", "snap", Class::Abbr),
            None
        );
        assert_eq!(
            before_app("@kevin on discord?", "discord", Class::App),
            None
        );
        assert_eq!(before_app("im dave on line", "line", Class::Amb), None);
        assert_eq!(
            before_app("im @dave on line", "line", Class::Amb),
            Some("@dave")
        );
    }

    #[test]
    fn small_readers() {
        assert_eq!(case_ending("'dan ekle"), 4);
        assert_eq!(case_ending("’da"), "’da".len());
        assert_eq!(case_ending("'s lchen"), 0);
        assert_eq!(case_ending("'danger"), 0);
        assert!(is_version("season2") && is_version("ch5") && is_version("v2.10.3"));
        assert!(!is_version("steve12") && !is_version("s"));
        assert_eq!(line_break("\r\nx"), Some(2));
        assert_eq!(
            (stops(", x"), stops("!! x"), stops("!!x")),
            (Some(1), Some(2), None)
        );
        assert!(closes_after("lol!") && closes_after("there") && !closes_after("said hi"));
        let d = SocialHandle::new();
        assert!(d.common("broken") && d.common("mostly") && d.common("glitching"));
        assert!(!d.common("lchen") && !d.common("jessica"));
    }

    /// The table is used as written: its words must be as the folded view writes them.
    #[test]
    fn words_are_written_folded() {
        for line in include_str!("../../data/social_handle.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let word = line.rsplit('\t').next().unwrap_or_default();
            assert_eq!(word, Normalized::new(word).folded().text(), "{word:?}");
        }
    }
}
