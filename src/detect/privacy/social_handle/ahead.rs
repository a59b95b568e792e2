//! Handles given a few words after the app's name, and app names misspelled after an
//! invitation.
//!
//! People often name the app, say something more, and only then give the handle: "hmu
//! on xbox, gt is ocook", "i only use signal now, username's lchen", "chat di wa aja,
//! username aku lchen", "i stream on twitch, search lchen and drop a follow", "look me
//! up on steam, lchen (the frog pfp)", "tg is easier for me -> @lchen", "vc tem
//! telegram? me chama lá, @lchen". [`SocialHandle::ahead`] reads the rest of the clause
//! after an app word that no handle follows directly (a few words, at most two commas,
//! one line) for what says a handle comes: an id word ("username", "gt", "kullanıcı
//! adım"), a word of looking up ("search", "such nach", "cari"), the sender naming
//! themself ("I'm", "soy", "я там"), an arrow, and after an invitation or a word for
//! the sender, a comma or a line break. Another app's name, the end of a sentence or an
//! @-mention in the middle of the clause ends the reading. The handle must end its
//! clause; a plain word (no `@`, digit, `_` or `.`) is never a common word.
//!
//! After an invitation ("add me on", "ajoute moi sur") a word that is one typing slip
//! away from an app's name ("snapchta", "instagarm", "telgram") is read as that app
//! ([`SocialHandle::misspelled_app`]).

use super::{skip_spaces, word_before, Before, Class, Handle, SocialHandle, Tag, MAX_HANDLE};
use std::ops::Range;

/// How far after the app word a handle is looked for, in bytes.
const REACH: usize = 100;

/// How many other words may stand between the app word and what names the handle.
const WORDS: usize = 8;

/// Id words that are also everyday words ("name", "id", "tag"): a few words after the
/// app they name a handle only after a possessive ("my name on it is ...", "nama aku").
const EVERYDAY_IDS: [&str; 14] = [
    "name", "nama", "naam", "nom", "nome", "nombre", "имя", "tag", "id", "user", "isim", "adi",
    "tên", "pangalan",
];

/// Self words that say how the sender is called ("ich heiße", "me llamo"): a plain
/// name after one is the sender's name there.
const CALLED: [&str; 9] = [
    "heiß ich",
    "heiße ich",
    "ich heiße",
    "me llamo",
    "me chamo",
    "eu me chamo",
    "mi chiamo",
    "je m'appelle",
    "меня зовут",
];

impl SocialHandle {
    /// A handle a few words after the app word ending at `p` (see the module's notes);
    /// `class` and `before` as for [`SocialHandle::handle_after`].
    pub(super) fn ahead(&self, t: &str, p: usize, class: Class, before: Before) -> Option<Handle> {
        let b = t.as_bytes();
        let limit = (p + REACH).min(t.len());
        let mut q = skip_spaces(b, p);
        // The app asked about: "vc tem telegram? me chama lá, @x".
        let asked = t[q..].starts_with('?');
        q += usize::from(asked);
        // An invitation, and a word for the sender ("me", "aku", "mir"), read so far.
        let (mut invited, mut me) = (before.invited, before.owned || before.invited);
        let (mut words, mut commas) = (0, 0);
        while q < limit && words <= WORDS {
            q = skip_spaces(b, q);
            let rest = &t[q..];
            let Some(c) = rest.chars().next() else { break };
            if c.is_alphanumeric() {
                let n = rest
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(rest.len());
                let word = &rest[..n];
                if self.firsts.contains(word) {
                    if let Some(h) = self.named_ahead(t, q, class, before, me) {
                        return Some(h);
                    }
                }
                if (me || invited) && Self::word_at(&self.weak, t, q).is_some() {
                    // "catch me on twitch, i stream as lchen", "schreib mir auf insta, bin
                    // da als lchen": the sender's name after "as".
                    let next = Before {
                        owned: true,
                        ..Before::default()
                    };
                    let h = self.settled(t, self.handle_after(t, q, Class::App, next), 1);
                    if h.is_some() {
                        return h;
                    }
                }
                if self.apps.contains(word) {
                    return None; // another app's clause: "snap is dead, my insta is ..."
                }
                me |=
                    self.me.contains(word) || self.own.contains(word) || self.mine.contains(&word);
                invited |= self.ask.contains(word);
                words += 1;
                q += n;
                continue;
            }
            let sep = ["->", "=>", "→", "👉"]
                .into_iter()
                .find(|s| rest.starts_with(*s));
            if sep.is_some() {
                // "tg is way easier for me -> @x": an arrow points at the sender's handle.
                if !(me || invited) {
                    return None;
                }
                return self.settled(t, self.handle_after(t, q, Class::App, Before::default()), 1);
            }
            match c {
                ',' | ';' | ':' => {
                    commas += 1;
                    if commas > 2 {
                        return None;
                    }
                    // An asking verb before the app and a word for the sender after it:
                    // "follow la tiktok aku, lchen", "add fb mình đi, lchen".
                    let invited = invited || (before.verb && me);
                    if invited || me {
                        // "look me up on steam, lchen (the frog pfp)", "vc tem telegram? me
                        // chama lá, @x", "sc pe add kr le, lchen naam se hu".
                        let next = Before {
                            invited,
                            owned: before.owned,
                            ..Before::default()
                        };
                        // After an invitation and its app, the comma is a colon.
                        let class = if invited { Class::App } else { class };
                        let found = self
                            .settled(
                                t,
                                self.handle_after(t, q + 1, class, next),
                                usize::from(invited),
                            )
                            .or_else(|| self.name_before_id(t, skip_spaces(b, q + 1)));
                        if found.is_some() {
                            return found;
                        }
                    }
                    q += 1;
                }
                '\n' | '\r' => {
                    // "пиши в тг лучше\n@x": the handle alone on the next line; after
                    // words read here only ("snap is better\n..."), a name no word is.
                    return (words <= 3 && (invited || me))
                        .then(|| {
                            let next = Before {
                                invited: true,
                                owned: before.owned,
                                ..Before::default()
                            };
                            self.handle_after(t, q, class, next)
                        })
                        .flatten()
                        .filter(|h| before.invited || before.owned || strong(&t[h.start..h.end]));
                }
                '.' | '!' | '?' if t[q + 1..].chars().next().is_none_or(|c| c.is_whitespace()) => {
                    return None; // the sentence ends
                }
                '@' => return None, // a mention in the clause: "on discord with @kevin"
                _ => q += c.len_utf8(),
            }
        }
        None
    }

    /// A handle after an id word, a word of looking up or the sender naming themself at
    /// `q`, a few words after the app word.
    fn named_ahead(
        &self,
        t: &str,
        q: usize,
        class: Class,
        before: Before,
        me: bool,
    ) -> Option<Handle> {
        let (prev, _) = word_before(t, q);
        if let Some(id) = Self::word_at(&self.ids, t, q).filter(|id| !self.accounts.contains(id)) {
            // "..., username's lchen", "..., kullanıcı adım lchen", "..., nama aku lchen";
            // not "..., his username is ..." or "what's your name".
            let next = skip_spaces(t.as_bytes(), q + id.len());
            let owned = self.own.contains(prev)
                || Self::word_at(&self.mine, t, next).is_some()
                || (me && prev.is_empty());
            if self.others.contains(prev) || (EVERYDAY_IDS.contains(&id) && !owned) {
                return None;
            }
            let after = Before {
                owned: before.owned,
                ..Before::default()
            };
            return self.settled(t, self.handle_after(t, q, class, after), 1);
        }
        if let Some(verb) = Self::word_at(&self.search, t, q) {
            // "search lchen and drop a follow", "such einfach nach lchen", "cari lchen
            // aja"; not "I search ..." (the sender looking for someone).
            if self.me.contains(prev) {
                return None;
            }
            // The name in quotes perhaps: "cherche « lchen »", "search "lchen"".
            let mut s = skip_spaces(t.as_bytes(), q + verb.len());
            if let Some(q) = ['"', '“', '«', '\'']
                .into_iter()
                .find(|c| t[s..].starts_with(*c))
            {
                s = skip_spaces(t.as_bytes(), s + q.len_utf8());
            }
            return self.settled(t, self.name_at(t, s), 6);
        }
        if let Some(w) = Self::word_at(&self.selves, t, q) {
            // "whatsapp hab ich nicht mehr, aber dort bin ich @x"; after a verb of being
            // called, a plain name of five letters or more too ("..., da heiß ich lchen").
            let next = Before {
                owned: true,
                ..Before::default()
            };
            let plain = if CALLED.contains(&w) { 5 } else { 0 };
            return self.settled(t, self.handle_after(t, q, class, next), plain);
        }
        None
    }

    /// A name at `q` followed by an id word: "lchen naam se hu", "lchen username hai".
    fn name_before_id(&self, t: &str, q: usize) -> Option<Handle> {
        self.name_at(t, q).filter(|h| {
            let next = skip_spaces(t.as_bytes(), h.end);
            next > h.end
                && Self::word_at(&self.ids, t, q).is_none()
                && Self::word_at(&self.ids, t, next).is_some()
        })
    }

    /// A handle written at `q`: an `@handle` or a name (a letter first) that may be one,
    /// not glued to a word, an address or a link after it; a plain name is no common word.
    fn name_at(&self, t: &str, q: usize) -> Option<Handle> {
        let b = t.as_bytes();
        let at = b.get(q) == Some(&b'@');
        let start = q + usize::from(at);
        let mut end = start;
        while end < b.len()
            && end - start <= MAX_HANDLE
            && (b[end].is_ascii_alphanumeric() || matches!(b[end], b'_' | b'.' | b'-'))
        {
            end += 1;
        }
        while end > start && matches!(b[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let name = &t[start..end];
        (self.may_be_handle(name, at)
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && (at || strong(name) || self.plain_name(name))
            && !t[end..].starts_with(|c: char| matches!(c, '@' | '/') || c.is_alphanumeric()))
        .then_some(Handle { start: q, end })
    }

    /// `h` when its clause ends after it ([`SocialHandle::settles`]) and it is an
    /// `@handle`, a name with a digit, `_` or `.`, or a plain name of `plain` letters or
    /// more (0: none) that may be one.
    fn settled(&self, t: &str, h: Option<Handle>, plain: usize) -> Option<Handle> {
        let h = h?;
        let name = &t[h.start..h.end];
        (self.settles(t, h.end)
            && (strong(name) || (plain > 0 && name.len() >= plain && self.plain_name(name))))
        .then_some(h)
    }

    /// Whether a plain word may be a name: four letters or more, a letter first, no
    /// common word.
    fn plain_name(&self, name: &str) -> bool {
        name.len() >= 4 && name.starts_with(|c: char| c.is_ascii_alphabetic()) && !self.common(name)
    }

    /// Whether the clause ends after a handle ending at `end`: the text or the clause
    /// ends, a new clause or a copula follows ("... and drop a follow", "... hai"), an
    /// asking verb ("ekle beni"), a word of looking up ("diye arat") or an id word
    /// ("... naam se hu").
    fn settles(&self, t: &str, end: usize) -> bool {
        let after = t[end..].trim_start_matches([' ', '\t']);
        self.closes(after)
            || self.next_clause(after)
            || self.asks(after)
            || self.tail_follows(after)
            || Self::word_at(&self.found, after, 0).is_some()
    }

    /// An app's name written one typing slip away (a letter left out, added, changed in
    /// a name of seven letters or more, or two letters swapped; the first letter kept)
    /// at `p`, after an invitation and perhaps a possessive ("add me on my snpachat");
    /// not a common word. Names of five letters or more are read.
    pub(super) fn misspelled_app(&self, t: &str, p: usize) -> Option<(Tag, Range<usize>)> {
        let b = t.as_bytes();
        let mut q = skip_spaces(b, p);
        let n = |q: usize| {
            t[q..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(t.len() - q)
        };
        if self.own.contains(&t[q..q + n(q)]) {
            q = skip_spaces(b, q + n(q));
        }
        let word = &t[q..q + n(q)];
        if !(5..=13).contains(&word.len())
            || !word.bytes().all(|c| c.is_ascii_lowercase())
            || self.common(word)
        {
            return None;
        }
        self.entries
            .iter()
            .find(|(app, tag)| {
                // The app's own name or its short form ("insta"), not a listed
                // misspelling ("twiter": "twister" is no slip of "twitter").
                tag.class == Class::App
                    && tag.app.starts_with(app)
                    && app.len() >= 5
                    && app.bytes().all(|c| c.is_ascii_lowercase())
                    && app.as_bytes()[0] == word.as_bytes()[0]
                    && one_slip(word.as_bytes(), app.as_bytes())
            })
            .map(|(_, tag)| (*tag, q..q + word.len()))
    }
}

/// Whether a handle holds what no word does: an `@`, a digit, `_`, `.` or a Discord tag.
fn strong(handle: &str) -> bool {
    handle.starts_with('@')
        || handle
            .bytes()
            .any(|c| c.is_ascii_digit() || c == b'_' || c == b'.')
}

/// Whether `word` is `name` with one typing slip: a letter left out or added, two
/// neighbouring letters swapped, or (in a name of six letters or more) one letter
/// changed for a key next to it ("insragram", not "twister" or "discard"). Equal words
/// are no slip.
fn one_slip(word: &[u8], name: &[u8]) -> bool {
    let same = word.iter().zip(name).take_while(|(a, b)| a == b).count();
    let (w, n) = (&word[same..], &name[same..]);
    match (w.len() as isize) - (n.len() as isize) {
        0 => {
            !w.is_empty()
                && ((n.len() >= 2 && w[0] == n[1] && w[1] == n[0] && w[2..] == n[2..])
                    || (name.len() >= 6 && w[1..] == n[1..] && keys_touch(w[0], n[0])))
        }
        1 => w[1..] == *n,
        -1 => *w == n[1..],
        _ => false,
    }
}

/// Whether two letters are neighbouring keys of a QWERTY keyboard.
fn keys_touch(a: u8, b: u8) -> bool {
    const ROWS: [&[u8]; 3] = [b"qwertyuiop", b"asdfghjkl", b"zxcvbnm"];
    let place = |c: u8| {
        ROWS.iter().enumerate().find_map(|(r, row)| {
            row.iter()
                .position(|&k| k == c)
                .map(|i| (r as isize, i as isize))
        })
    };
    let (Some((ra, ca)), Some((rb, cb))) = (place(a), place(b)) else {
        return false;
    };
    // Each row sits half a key to the right of the row above it.
    match rb - ra {
        0 => (ca - cb).abs() == 1,
        1 => cb == ca || cb == ca - 1,
        -1 => cb == ca || cb == ca + 1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{keys_touch, one_slip};

    #[test]
    fn slips() {
        let slip = |w: &str, n: &str| one_slip(w.as_bytes(), n.as_bytes());
        assert!(slip("snapchta", "snapchat"));
        assert!(slip("telgram", "telegram"));
        assert!(slip("instagrram", "instagram"));
        assert!(slip("insragram", "instagram"));
        assert!(!slip("snapchat", "snapchat"));
        assert!(!slip("tender", "tinder"));
        assert!(!slip("snapcat", "snapchta"));
        assert!(slip("tidner", "tinder"));
        assert!(slip("discotd", "discord"));
        assert!(!slip("twister", "twitter") && !slip("discard", "discord"));
        assert!(keys_touch(b'a', b'q') && keys_touch(b'a', b'z') && keys_touch(b's', b'w'));
        assert!(keys_touch(b'g', b'b') && !keys_touch(b'a', b'x') && !keys_touch(b't', b's'));
    }
}
