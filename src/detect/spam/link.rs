//! `spam.link`: links worth a second look before they are sent or opened.
//!
//! The link finder ([`crate::detect::links`]) reads every link of the folded view;
//! this detector judges each one and reports it with the first reason that applies, most
//! dangerous first:
//!
//! | kind | the link |
//! |---|---|
//! | `blocked_domain` | goes to a domain the platform's policy blocks (`block.domains`) |
//! | `data_or_script` | is a `javascript:` or `data:` URL |
//! | `credential_in_url` | has user information before its host (`https://paypal.com@evil.example`) |
//! | `lookalike` | names a well-known brand's site that it is not (`paypa1.com`, `imazon.com`, `ebǎy.com`, `hsbcc.com/login`, `paypal-login.xyz`, `metamaskio.com`, `paypal.evil.example`) |
//! | `punycode` | has a punycode label that decodes to mixed scripts or letters that look Latin |
//! | `mixed_script` | has a label mixing scripts (`pаypal.com` with a Cyrillic `а`) |
//! | `ip_host` | goes to an IP address, plain or encoded (`http://3232235777/`) |
//! | `download` | downloads a program (`.apk`, `.exe`, ...) |
//! | `phishing_wording` | comes with a phishing message's pressure ("verify your account", "you won") |
//! | `adult`, `gambling` | goes to such a site, by its name or the words around it |
//! | `obfuscated` | is written to dodge filters (`example[.]com`, `hxxps://`, "example dot com") |
//! | `shortener` | hides its target behind a URL shortener |
//! | `abused_tld` | is on a top-level domain mostly used for abuse |
//! | `invite` | invites into another app's group, with promotion around it |
//!
//! An ordinary link to an ordinary site is no finding, and a policy's allow-listed
//! domains never are (the finding's value is the host); its blocked domains always are. In teen-safety mode an invite
//! into another app is also `teen.off_platform`, promotion or not.
//!
//! The tables are data: `src/data/link_hosts.tsv` (shorteners, brands and their
//! domains, abused top-level domains, program extensions, invite hosts, adult and
//! gambling host words) and `src/data/link_words.tsv` (the wording, in nine languages).

use crate::detect::domain::decode_punycode;
use crate::detect::links::{self, Host, Link, Scheme};
use crate::detect::{Context, Hit, Sink};
use crate::normalize::{confusable, Normalized};
use crate::RuleId;
use std::ops::Range;

mod letters;
mod wording;

use wording::{Cues, Wording};

// The tables, parsed by build.rs (see `link/table.rs`).
include!(concat!(env!("OUT_DIR"), "/link_tables.rs"));

/// A brand scammers imitate.
struct Brand {
    name: &'static str,
    /// Also an ordinary word (`brand_word`).
    word: bool,
    /// What follows the main label in each of its official domains (`com.br` of
    /// `itau.com.br`).
    suffixes: Vec<&'static str>,
}

/// A name look-alikes imitate: a brand's name, or the name of one of its official
/// domains ("safaricom" of M-Pesa's safaricom.co.ke, "zellepay" of Zelle's).
struct Target {
    name: &'static str,
    /// `name` as [`skeleton`] writes it, with and without pairs merged.
    skeleton: String,
    plain: String,
    /// Bit `i` set when the skeleton has the letter `a + i`: a quick bound on the
    /// edits between two names (each letter one has and the other lacks is one).
    letters: u32,
    plain_letters: u32,
    /// A shortening of the brand's name (`instagr` of instagr.am, `cash` of cash.app):
    /// near it are other words.
    short_form: bool,
    brand: usize,
    /// The brand's own name (not one of its domains').
    own: bool,
    /// Also an ordinary word (`brand_word`, `name_word`): a near name needs evidence.
    word: bool,
}

impl Target {
    /// True when a host one or two letters off this name is a look-alike by its name
    /// alone: a long name that is no ordinary word (any letter may be the changed
    /// one), or a name of five letters or more (seven for words) whose first letter
    /// is kept. Shorter names and words need evidence (a login path, ...).
    fn near_alone(&self, same_first: bool) -> bool {
        let n = self.name.len();
        !self.word && !self.short_form && n >= 6
            || self.own && same_first && (n >= 7 || !self.word && n >= 5)
    }

    /// True when ordinary names crowd around this one: three letters, or four for an
    /// ordinary word or a domain's name ("live", "bofa"), or a shortening of the
    /// brand's name ("youtu" of youtu.be). A name one edit off needs a
    /// digit or the brand's own top-level domain, not only a login path ("del.com/login"
    /// is no DHL).
    fn dense(&self) -> bool {
        let n = self.name.len();
        n <= 3 || n == 4 && (self.word || !self.own) || self.short_form
    }

    /// How many edits from this name a near name may be: two for a brand's long name,
    /// when the first letter is kept.
    fn max_edits(&self, same_first: bool) -> usize {
        if self.own
            && same_first
            && self.name.len() >= 9
            && !self.name.bytes().any(|b| b.is_ascii_digit())
        {
            2
        } else {
            1
        }
    }
}

/// The `spam.link` detector.
pub(crate) struct SpamLink {
    words: links::Words,
    shorteners: Keys,
    brands: Vec<Brand>,
    targets: Vec<Target>,
    /// Brand indices by name; target indices by skeleton.
    by_name: Keys,
    by_skeleton: Vec<(String, usize)>,
    /// Official domains' labels run together ("metamaskio", "ffgarena", "imoim"), with
    /// their brand.
    run_together: Vec<(String, usize)>,
    near_words: Keys,
    secure_words: Keys,
    /// Every official domain, with its brand.
    official: Keys,
    abused_tlds: Keys,
    downloads: Keys,
    /// (host, path prefix or "-" for the whole host)
    invites: Vec<(&'static str, &'static str)>,
    adult_parts: Vec<&'static str>,
    adult_words: Keys,
    gambling_parts: Vec<&'static str>,
    gambling_words: Keys,
    wording: Cues,
}

impl SpamLink {
    pub(crate) fn new() -> SpamLink {
        let mut d = SpamLink {
            words: crate::detect::apart(links::Words::new),
            shorteners: Keys::default(),
            brands: Vec::new(),
            targets: Vec::new(),
            by_name: Keys::default(),
            by_skeleton: Vec::new(),
            run_together: Vec::new(),
            near_words: Keys::default(),
            secure_words: Keys::default(),
            official: Keys::default(),
            abused_tlds: Keys::default(),
            downloads: Keys::default(),
            invites: Vec::new(),
            adult_parts: Vec::new(),
            adult_words: Keys::default(),
            gambling_parts: Vec::new(),
            gambling_words: Keys::default(),
            wording: crate::detect::apart(Cues::new),
        };
        let words = crate::detect::coded::rows;
        for (keys, list) in [
            (&mut d.shorteners, SHORTENERS()),
            (&mut d.abused_tlds, ABUSED_TLDS()),
            (&mut d.downloads, DOWNLOADS()),
            (&mut d.adult_words, ADULT_WORDS()),
            (&mut d.gambling_words, GAMBLING_WORDS()),
            (&mut d.near_words, NEAR_WORDS()),
            (&mut d.secure_words, SECURE_WORDS()),
        ] {
            for w in words(list) {
                keys.insert(w, 0);
            }
        }
        d.adult_parts = words(ADULT_PARTS()).collect();
        d.gambling_parts = words(GAMBLING_PARTS()).collect();
        d.invites = words(INVITE_HOSTS()).zip(words(INVITE_PATHS())).collect();
        let name_words: Vec<&str> = words(NAME_WORDS()).collect();
        for (name, &word) in words(BRANDS()).zip(&BRAND_WORD) {
            let b = d.brands.len();
            d.by_name.insert(name, b);
            d.add_target(name, b, true, word);
            d.brands.push(Brand {
                name,
                word,
                suffixes: Vec::new(),
            });
        }
        for (b, domains) in words(OFFICIAL()).enumerate() {
            for domain in domains.split(' ') {
                d.official.insert(domain, b);
                let labels: Vec<&'static str> = domain.split('.').collect();
                let m = main_label(&labels);
                let main = labels[m];
                // Where each label starts in `domain`.
                let mut starts = vec![0];
                for l in &labels {
                    starts.push(starts[starts.len() - 1] + l.len() + 1);
                }
                d.brands[b]
                    .suffixes
                    .push(&domain[(starts[m + 1]).min(domain.len())..]);
                if main.len() >= 4 {
                    d.add_target(main, b, false, name_words.contains(&main));
                }
                // "metamaskio", "ffgarena", "wwwpaypal": two labels or more run together.
                if main.len() >= 3 {
                    for i in 0..=m {
                        for j in m + 1..labels.len() {
                            let run = &domain[starts[i]..starts[j + 1] - 1];
                            d.run_together.push((run.replace('.', ""), b));
                        }
                        if i < m {
                            let run = &domain[starts[i]..starts[m + 1] - 1];
                            d.run_together.push((run.replace('.', ""), b));
                        }
                    }
                    let mut www = String::from("www");
                    www.push_str(main);
                    d.run_together.push((www, b));
                }
            }
        }
        for keys in [
            &mut d.shorteners,
            &mut d.abused_tlds,
            &mut d.downloads,
            &mut d.adult_words,
            &mut d.gambling_words,
            &mut d.near_words,
            &mut d.secure_words,
        ] {
            keys.finish();
        }
        d.by_name.finish();
        d.official.finish();
        // By skeleton, then target (a brand's own name comes before domains' names).
        d.by_skeleton = d
            .targets
            .iter()
            .enumerate()
            .map(|(t, target)| (target.skeleton.clone(), t))
            .collect();
        sort_pairs(&mut d.by_skeleton);
        sort_pairs(&mut d.run_together);
        d
    }

    /// Adds `name` as a target of brand `b`, unless it is one already.
    fn add_target(&mut self, name: &'static str, b: usize, own: bool, word: bool) {
        if self.targets.iter().any(|t| t.name == name) {
            return;
        }
        let skeleton = skeleton(name);
        let plain = skeleton_with(name, false);
        self.targets.push(Target {
            name,
            letters: letters(&skeleton),
            skeleton,
            plain_letters: letters(&plain),
            plain,
            short_form: !own && self.brands[b].name.starts_with(name),
            brand: b,
            own,
            word,
        });
    }

    /// The target whose name has `skeleton` as its skeleton (the first in the table).
    fn by_skeleton(&self, skeleton: &str) -> Option<usize> {
        find_pair(&self.by_skeleton, skeleton)
    }

    /// Why `link` deserves a warning, if it does.
    fn judge(
        &self,
        link: &Link,
        t: &str,
        original_host: &str,
        wording: &Wording,
        blocked: &[String],
    ) -> Option<&'static str> {
        if !blocked.is_empty() && self.under(&link.name, |h| blocked.iter().any(|d| d == h)) {
            return Some("blocked_domain");
        }
        if link.scheme == Scheme::Inline {
            return Some("data_or_script");
        }
        if link.userinfo.is_some() {
            return Some("credential_in_url");
        }
        if link.host_kind != Host::Domain {
            return Some("ip_host");
        }
        let labels: Vec<&str> = link.name.split('.').collect();
        if let Some(kind) = self.host_script(&labels, original_host) {
            return Some(kind);
        }
        let path = &t[link.path.clone()];
        let near = wording.near(link.range.clone());
        let invite = near.promotes() && self.is_invite(link, t);
        // A free game currency next to an invite promotes the group (the `invite` kind);
        // elsewhere it lures into phishing.
        let phishing = near.phishing(!invite);
        let evidence = || self.secure_path(path) || phishing;
        if self.lookalike(&link.name, &labels, &evidence) {
            return Some("lookalike");
        }
        if self.is_download(path) {
            return Some("download");
        }
        if phishing {
            return Some("phishing_wording");
        }
        if near.adult() || self.host_has(&labels, &self.adult_parts, &self.adult_words) {
            return Some("adult");
        }
        if near.gambling() || self.host_has(&labels, &self.gambling_parts, &self.gambling_words) {
            return Some("gambling");
        }
        if link.disguised {
            return Some("obfuscated");
        }
        // A short link carries a code after the host; the bare name of the service is talk
        // about it ("use bit.ly"), and one of them is a phrase people type ("fuck.it").
        let has_code = !path.trim_matches('/').is_empty();
        if has_code && self.under(&link.name, |h| self.shorteners.contains(h)) {
            return Some("shortener");
        }
        if self.abused_tlds.contains(link.tld()) {
            return Some("abused_tld");
        }
        if invite {
            return Some("invite");
        }
        None
    }

    /// `punycode` or `mixed_script` when a label hides other scripts' letters, or
    /// `lookalike` when a label in another script or with accents only looks like a
    /// brand.
    fn host_script(&self, labels: &[&str], original_host: &str) -> Option<&'static str> {
        for label in labels {
            if let Some(unicode) = decode_punycode(label) {
                if mixes_scripts(&unicode) || looks_latin(&unicode) || self.shows_name(&unicode) {
                    return Some("punycode");
                }
            }
        }
        // The folded view writes look-alike letters as Latin in a word that also has
        // Latin letters; the text as typed shows what they were.
        let typed = crate::normalize::lowercase(original_host);
        for label in typed.split(|c: char| c == '.' || !crate::detect::chars::is_label_char(c)) {
            if mixes_scripts(label) {
                return Some("mixed_script");
            }
            if self.shows_name(label) {
                return Some("lookalike");
            }
        }
        None
    }

    /// True when `label`, not ASCII, reads as a brand's name in plain Latin letters
    /// (`ebǎȳ`, `тікток`, `аррӏе`), or, when it has Latin letters of its own, as a name
    /// one letter off (two for long names): its letters were chosen to look like one.
    fn shows_name(&self, label: &str) -> bool {
        let Some(plain) = letters::plain_label(label) else {
            return false;
        };
        let sk = skeleton(&plain);
        let flat = skeleton_with(&plain, false);
        if self
            .by_skeleton(&sk)
            .is_some_and(|t| self.targets[t].name.len() >= 3)
        {
            return true;
        }
        // Only Latin letters with marks, or Latin and ASCII: not a word of another script.
        if !label.chars().any(|c| script(c) == 1) {
            return false;
        }
        self.targets.iter().any(|t| {
            let long = t.name.len() >= 7 && !t.name.bytes().any(|b| b.is_ascii_digit());
            t.name.len() >= 3 && sk.len() >= 3 && self.near(&sk, &flat, t, if long { 2 } else { 1 })
        })
    }

    /// True when skeleton `sk` is at most `max` edits from target `t`'s, and not its.
    /// `sk` is a label's skeleton, `plain` its skeleton without pairs merged.
    fn near(&self, sk: &str, plain: &str, t: &Target, max: usize) -> bool {
        sk != t.skeleton
            && (close(sk, &t.skeleton, t.letters, max)
                || close(plain, &t.plain, t.plain_letters, max))
    }

    /// True when `host` (folded, plain dots) imitates a brand it does not belong to.
    /// `evidence` says whether the link shows something else phishing links show (a
    /// login path, phishing wording around it), which short names and words need.
    fn lookalike(&self, host: &str, labels: &[&str], evidence: &dyn Fn() -> bool) -> bool {
        if labels.len() < 2 || self.under(host, |h| self.official.contains(h)) {
            return false;
        }
        let main_at = main_label(labels);
        let main = labels[main_at];
        let tld = labels[labels.len() - 1];
        let suffix = &host[host.len()
            - labels[main_at + 1..]
                .iter()
                .map(|l| l.len() + 1)
                .sum::<usize>()
            + 1..];
        // The labels before the main one, with their dots ("ff." of "ff.garena.com").
        let prefix = &host[..labels[..main_at].iter().map(|l| l.len() + 1).sum::<usize>()];
        let prefix = prefix.strip_prefix("www.").unwrap_or(prefix);
        let sk = skeleton(main);
        if let Some(t) = self.by_skeleton(&sk) {
            let target = &self.targets[t];
            // "paypa1", "g00gle", "0ffice", "cas-h": look-alike letters. The exact name
            // counts on a top-level domain of its own ("paypal.xyz"), not on a
            // country's, where it is often the brand's own or an unrelated local site,
            // unless it is the brand's country ("barclays.uk" for barclays.co.uk).
            let n = target.name.len();
            // A brand with domains in a country's second level only (barclays.co.uk,
            // not google.de) has no reason to be on the country's first.
            let on_own_tld = main_at == labels.len() - 2
                && (tld.len() > 2
                    || self.brand_suffix(target.brand, &|s| s.len() > 3 && s.ends_with(tld))
                        && !self.brand_suffix(target.brand, &|s| s.len() == 2));
            if main != target.name {
                // A short name needs more than the letters `rn`, `cl`, `i` for `l`
                // ("inno" reads as "imo"): a digit, a hyphen, or, unless ordinary names
                // crowd around it, evidence.
                if n >= 5
                    || main.bytes().any(|b| b.is_ascii_digit() || b == b'-')
                    || !target.dense() && evidence()
                {
                    return true;
                }
            } else if (target.own || target.near_alone(true)) && on_own_tld {
                return true;
            }
        }
        // "paypal.evil.example", "login.paypal.com.evil.example"; a brand that is a word
        // only with its domain after it ("apple.com.evil.example") or evidence, since
        // "apple.stackexchange.com" and "chase.wordpress.com" are sites of their own.
        if labels[..main_at].iter().enumerate().any(|(i, l)| {
            self.by_name.get(l).is_some_and(|b| {
                let brand = &self.brands[b];
                let next = labels[i + 1];
                brand.name.len() >= 3
                    && (!brand.word
                        || matches!(next, "com" | "net" | "org" | "co")
                        || brand
                            .suffixes
                            .iter()
                            .any(|s| s.split('.').next() == Some(next))
                        || evidence())
            })
        }) {
            return true;
        }
        // "mi.crosoft.com", "o.kx.com", "ff.g.arena.com": the name split across labels;
        // "trez.or.io": split where a country's second level might be.
        let before_tld = &labels[..labels.len() - 1];
        if main_at + 2 < labels.len() {
            let all: String = before_tld
                .iter()
                .filter(|l| **l != "www")
                .copied()
                .collect();
            if self
                .by_skeleton(&skeleton(&all))
                .is_some_and(|t| self.targets[t].name.len() >= 3)
            {
                return true;
            }
        }
        let joined: String = labels[..=main_at]
            .iter()
            .filter(|l| **l != "www")
            .copied()
            .collect();
        if main_at > 0
            && joined.len() > main.len()
            && (self
                .by_skeleton(&skeleton(&joined))
                .is_some_and(|t| self.targets[t].name.len() >= 3)
                || find_pair(&self.run_together, &joined).is_some())
        {
            return true;
        }
        // Ordinary words near a name ("cloud", "finance") are no look-alikes by their
        // name.
        if self.near_words.contains(main) {
            return false;
        }
        // "paypalcom.net", "wwwpaypal.com", "metamaskio.com", "imo-im.com": the name
        // run together with what surrounds it.
        let bare: String = main.chars().filter(|&c| c != '-').collect();
        let bare = bare.as_str();
        if find_pair(&self.run_together, bare).is_some() {
            return true;
        }
        let stripped = bare.strip_prefix("www").unwrap_or(bare);
        let stripped = ["com", "net", "org", "co"]
            .iter()
            .find_map(|t| stripped.strip_suffix(t))
            .unwrap_or(stripped);
        if stripped.len() < bare.len()
            && self
                .by_name
                .get(stripped)
                .is_some_and(|b| self.brands[b].name.len() >= 3)
        {
            return true;
        }
        // "paypal-login", "secure-paypal", "micros0ft-support", "apple-verify",
        // "paypallogin": the name with other words, one of them a login word for short
        // names and ordinary words.
        let parts: Vec<&str> = main.split('-').collect();
        let secure = parts.iter().any(|p| self.secure_words.contains(p));
        if parts.len() > 1
            && parts.iter().any(|part| {
                self.by_skeleton(&skeleton(part)).is_some_and(|t| {
                    let t = &self.targets[t];
                    !t.word && t.name.len() >= 5 || secure && t.name.len() >= 3
                })
            })
        {
            return true;
        }
        if self.targets.iter().any(|t| {
            t.name.len() >= 4
                && (main
                    .strip_prefix(t.name)
                    .is_some_and(|r| self.secure_words.contains(r))
                    || main
                        .strip_suffix(t.name)
                        .is_some_and(|r| self.secure_words.contains(r)))
        }) {
            return true;
        }
        // "paypall", "amazom", "imazon", "hsbc1.com", "chasse.com/login": one edit away
        // (two for long names).
        if main.len() < 3 {
            return false;
        }
        let first = sk.chars().next().unwrap_or(' ');
        let flat = skeleton_with(main, false);
        let digit = main.bytes().any(|b| b.is_ascii_digit());
        self.targets.iter().any(|t| {
            let n = t.name.len();
            if n < 3 {
                return false;
            }
            let same_first = t.skeleton.starts_with(first);
            if !self.near(&sk, &flat, t, t.max_edits(same_first)) {
                // "amazeson", "whatsesapp": two letters put inside a long name (at
                // its end they make words: "officers", "revolutie").
                return n >= 6
                    && !t.short_form
                    && main.len() == n + 2
                    && inside(main, t.name)
                    && (!t.word || evidence());
            }
            if t.near_alone(same_first)
                || digit && !t.name.bytes().any(|b| b.is_ascii_digit())
                || self.brand_suffix(t.brand, &|s| {
                    !matches!(s, "com" | "net" | "org") && s == suffix
                })
                || !t.dense() && sk.len() >= 4 && evidence()
            {
                return true;
            }
            // "hsbcy", "xbbox", "ebvay": every letter of the name kept, one put in; "bbwa",
            // "xfox": one bit of one letter flipped. Few words are either. A brand's own
            // name that crowds with words ("dhl", "wise") takes them with a login path;
            // a domain's name that is a word ("live") does not ("lives", "alive").
            let added = main.len() == n + 1 && added(main, t.name);
            (added || bit_flip(main, t.name) || swapped(main, t.name)) && !t.word && !t.dense()
                // "cchase", "ddhl": a letter typed twice (other letters put in make words:
                // "chaser", "apples", "stream").
                || added
                    && (n >= 5 || !t.word && (t.own || !t.dense()))
                    && !t.short_form
                    && doubled(main, t.name)
                // "dhlk.com/account", "okxq.com/verify": with a login path, unless a
                // vowel put into three letters makes a syllable ("limo", "dahl").
                || added
                    && t.own
                    && (n >= 4 || vowels(main) == vowels(t.name) && vowels(main) <= 1)
                    && evidence()
                // "ff.girena.com": the rest of an official domain kept ("ff.garena.com").
                || !prefix.is_empty()
                    && self
                        .official
                        .contains(&format!("{prefix}{}.{suffix}", t.name))
        })
    }

    /// True when the part after the main label of one of brand `b`'s domains passes `is`
    /// (`com.br` of `itau.com.br`).
    fn brand_suffix(&self, b: usize, is: &dyn Fn(&str) -> bool) -> bool {
        self.brands[b].suffixes.iter().any(|s| is(s))
    }

    /// True when the path names a login or an account's page (`/login`, `/verify`,
    /// `/account/secure`).
    fn secure_path(&self, path: &str) -> bool {
        path.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| self.secure_words.contains(w))
    }

    /// True when `host` or one of its parent domains passes `is`.
    fn under(&self, host: &str, is: impl Fn(&str) -> bool) -> bool {
        let mut h = host;
        loop {
            if is(h) {
                return true;
            }
            match h.find('.') {
                Some(k) => h = &h[k + 1..],
                None => return false,
            }
        }
    }

    /// A path whose last segment is a program: `/app.apk`, `/setup.exe?x=1`.
    fn is_download(&self, path: &str) -> bool {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let last = path.rsplit('/').next().unwrap_or_default();
        last.rsplit_once('.')
            .is_some_and(|(name, ext)| !name.is_empty() && self.downloads.contains(ext))
    }

    /// A host word of `parts` inside a label, or one of `words` as a part of a label of
    /// several or with digits (`sex-chat`, `slots4u`, `slot777`; alone, `bet.com` is a TV
    /// channel).
    fn host_has(&self, labels: &[&str], parts: &[&str], words: &Keys) -> bool {
        let host_labels = &labels[..labels.len() - 1];
        host_labels.iter().any(|l| {
            let mut split = l
                .split(|c: char| c == '-' || c.is_ascii_digit())
                .filter(|p| !p.is_empty());
            parts.iter().any(|p| l.contains(p))
                || (split.clone().count() > 1 || l.bytes().any(|b| b.is_ascii_digit()))
                    && split.any(|part| words.contains(part))
        })
    }

    /// An invitation into another app's group or chat.
    fn is_invite(&self, link: &Link, t: &str) -> bool {
        let path = &t[link.path.clone()];
        self.invites.iter().any(|&(host, prefix)| {
            (link.name == host
                || link
                    .name
                    .strip_suffix(host)
                    .is_some_and(|r| r.ends_with('.')))
                && (prefix == "-" && path.len() > 1 || prefix != "-" && path.starts_with(prefix))
        })
    }
}

/// Words with a value (a brand's index, or nothing: 0), sorted once and looked up by
/// binary search: the tables are short, and one sorted list is less code in the wasm
/// than a hash map per key type.
#[derive(Default)]
struct Keys {
    entries: Vec<(&'static str, usize)>,
}

impl Keys {
    fn insert(&mut self, key: &'static str, value: usize) {
        self.entries.push((key, value));
    }

    /// Sorts the keys; of a key given twice, the first value stays.
    fn finish(&mut self) {
        let order = sorted_order(self.entries.iter().map(|(k, _)| *k));
        let mut sorted: Vec<(&'static str, usize)> = Vec::with_capacity(order.len());
        for i in order {
            if sorted.last().is_none_or(|(k, _)| *k != self.entries[i].0) {
                sorted.push(self.entries[i]);
            }
        }
        self.entries = sorted;
    }

    fn get(&self, key: &str) -> Option<usize> {
        let i = self.entries.partition_point(|(k, _)| *k < key);
        self.entries
            .get(i)
            .filter(|(k, _)| *k == key)
            .map(|&(_, v)| v)
    }

    fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// Sorts `(key, value)` pairs by key, then value.
fn sort_pairs(pairs: &mut Vec<(String, usize)>) {
    let order = sorted_order(pairs.iter().map(|(k, _)| k.as_str()));
    *pairs = order.into_iter().map(|i| pairs[i].clone()).collect();
}

/// The value of `key` among pairs sorted by [`sort_pairs`] (the first, if several).
fn find_pair(pairs: &[(String, usize)], key: &str) -> Option<usize> {
    let i = pairs.partition_point(|(k, _)| k.as_str() < key);
    pairs.get(i).filter(|(k, _)| k == key).map(|&(_, v)| v)
}

/// True when `host` is `name` with one run of letters put in somewhere (`hsbcy`,
/// `hsbbc`, `amazeson`): all of the name's letters kept, in order.
fn added(host: &str, name: &str) -> bool {
    added_bytes(host.as_bytes(), name.as_bytes())
}

/// [`added`], on bytes.
fn added_bytes(h: &[u8], n: &[u8]) -> bool {
    if h.len() <= n.len() {
        return false;
    }
    let head = h.iter().zip(n).take_while(|(a, b)| a == b).count();
    let tail = h
        .iter()
        .rev()
        .zip(n.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    head + tail >= n.len()
}

/// True when `host` is `name` with one run of letters put in with two of the name's
/// letters on either side (`amaz-es-on`; near the end they make words: "googlade").
fn inside(host: &str, name: &str) -> bool {
    let (h, n) = (host.as_bytes(), name.as_bytes());
    h.len() > n.len()
        && n.len() >= 4
        && h[..2] == n[..2]
        && h[h.len() - 2..] == n[n.len() - 2..]
        && added_bytes(&h[2..h.len() - 2], &n[2..n.len() - 2])
}

/// True when `host`, [`added`] of `name`, has one of its letters twice more (`cchase`).
fn doubled(host: &str, name: &str) -> bool {
    let (h, n) = (host.as_bytes(), name.as_bytes());
    let i = h.iter().zip(n).take_while(|(a, b)| a == b).count();
    // Where the two part, `h[i]` is the letter put in, or the last of a run of one letter
    // it joined ("chasse").
    i > 0 && h.get(i) == h.get(i - 1)
}

/// How many of `s`'s letters are the vowels `a e i o u`.
fn vowels(s: &str) -> usize {
    s.bytes().filter(|b| b"aeiou".contains(b)).count()
}

/// True when `host` is `name` with two neighbouring letters swapped (`hscb`).
fn swapped(host: &str, name: &str) -> bool {
    let (h, n) = (host.as_bytes(), name.as_bytes());
    let Some(i) = h.iter().zip(n).position(|(a, b)| a != b) else {
        return false;
    };
    h.len() == n.len()
        && i + 1 < n.len()
        && h[i] == n[i + 1]
        && h[i + 1] == n[i]
        && h[i + 2..] == n[i + 2..]
}

/// True when `host` is `name` with one bit of one letter flipped (`bbwa` of `bbva`):
/// bit-squatting, names registered for the requests a faulty memory sends astray.
fn bit_flip(host: &str, name: &str) -> bool {
    host.len() == name.len()
        && host
            .bytes()
            .zip(name.bytes())
            .map(|(a, b)| (a ^ b).count_ones())
            .sum::<u32>()
            == 1
}

/// True when `a` is at most `max` edits from `b`, whose letters are `b_letters`: first
/// the quick bounds of their lengths and letters, then [`within_edits`].
fn close(a: &str, b: &str, b_letters: u32, max: usize) -> bool {
    let l = letters(a);
    a.len().abs_diff(b.len()) <= max
        && (b_letters & !l).count_ones() as usize <= max
        && (l & !b_letters).count_ones() as usize <= max
        && within_edits(a, b, max)
}

/// The letters of `s` as bits (`a` is bit 0).
fn letters(s: &str) -> u32 {
    s.bytes()
        .filter(u8::is_ascii_lowercase)
        .fold(0, |m, b| m | 1 << (b - b'a'))
}

/// The indices of `keys` in the order of the keys, equal keys in their order: the one
/// sort of the tables (each call of a generic sort is more code in the wasm).
fn sorted_order<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let keys: Vec<&str> = keys.collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| (keys[i], i));
    order
}

impl SpamLink {
    /// The link finder's words.
    pub(crate) fn words(&self) -> &links::Words {
        &self.words
    }

    /// Judges the links `found` in `text`.
    pub(crate) fn detect(
        &self,
        text: &Normalized<'_>,
        found: &[Link],
        ctx: &Context<'_>,
        out: &mut Sink<'_>,
    ) {
        let view = text.folded();
        let t = view.text();
        if found.is_empty() {
            return;
        }
        let wording = Wording::new(&self.wording, t, text.classes(), found);
        // A message of many copies of one link judges it once (its wording aside,
        // which is near them all or, in a long message, rarely).
        let mut last: Option<(Range<usize>, Option<&'static str>)> = None;
        for link in found {
            let original_host = if link.host.is_empty() {
                ""
            } else {
                &text.original()[view.to_original(link.host.clone(), text.original()).range()]
            };
            let kind = match &last {
                Some((r, kind))
                    if t[r.clone()] == t[link.range.clone()] && original_host.is_ascii() =>
                {
                    *kind
                }
                _ => self.judge(link, t, original_host, &wording, ctx.blocked_domains),
            };
            last = Some((link.range.clone(), kind));
            if let Some(kind) = kind {
                let confidence = if kind == "invite" { 0.7 } else { 0.9 };
                let hit = Hit::new(RuleId::SpamLink, confidence)
                    .kind(kind)
                    .value(link.name.clone());
                out.report(view, link.range.clone(), hit);
            }
            // A teacher's link for a class: the app's contacts, not the words, tell a
            // teacher from a stranger, but a message that addresses a class at school is
            // what a teacher writes.
            if ctx.teen
                && self.is_invite_host(link, t)
                && !wording.near(link.range.clone()).school()
            {
                let hit = Hit::new(RuleId::TeenOffPlatform, 0.9)
                    .kind("invite")
                    .value(link.name.clone());
                out.report(view, link.range.clone(), hit);
            }
        }
    }
}

impl SpamLink {
    /// An invitation link, promotion or not.
    fn is_invite_host(&self, link: &Link, t: &str) -> bool {
        link.host_kind == Host::Domain && self.is_invite(link, t)
    }
}

/// Where the registrable name is among `labels`: the one before the top-level domain,
/// or before a country's second level (`example.co.uk`, `example.com.br`).
fn main_label(labels: &[&str]) -> usize {
    let n = labels.len();
    if n >= 3
        && labels[n - 1].len() == 2
        && matches!(
            labels[n - 2],
            "co" | "com"
                | "net"
                | "org"
                | "gov"
                | "edu"
                | "ac"
                | "or"
                | "ne"
                | "go"
                | "gob"
                | "mil"
                | "nic"
                | "ltd"
                | "plc"
                | "sch"
        )
    {
        n - 3
    } else {
        n.saturating_sub(2)
    }
}

/// A label as it looks: look-alike letters of other scripts and digits made the Latin
/// letters they resemble (`0` `o`, `1` and `i` `l`, `rn` and `nn` `m`, `vv` `w`, `cl` `d`),
/// hyphens dropped.
fn skeleton(label: &str) -> String {
    skeleton_with(label, true)
}

/// [`skeleton`], with the pairs of letters that look like one (`rn`, `cl`) merged or
/// not: an edit can make or break a pair ("kucion" has a `cl` that "kucoin" has not),
/// so near names are compared both ways.
fn skeleton_with(label: &str, merge: bool) -> String {
    let mut out = String::with_capacity(label.len());
    // The letter before, as typed: `lc` reads as `k`, `ic` does not ("icloud").
    let mut before = ' ';
    for c in label.chars() {
        let typed = confusable(c).unwrap_or(c).to_ascii_lowercase();
        let c = match typed {
            '0' => 'o',
            '1' | 'i' | '!' | '|' => 'l',
            '3' => 'e',
            '4' | '@' => 'a',
            '5' | '$' => 's',
            '7' => 't',
            '8' => 'b',
            '9' => 'g',
            '-' => continue,
            c => c,
        };
        out.push(c);
        let after_l = matches!(before, 'l' | '1');
        before = typed;
        if !merge {
            continue;
        }
        for (pair, one) in [
            ("rn", 'm'),
            ("nn", 'm'),
            ("vv", 'w'),
            ("cl", 'd'),
            ("lc", 'k'),
        ] {
            if out.ends_with(pair) && (one != 'k' || after_l) {
                out.truncate(out.len() - 2);
                out.push(one);
            }
        }
    }
    out
}

/// A coarse script of a letter, enough to see two scripts mixed in one label.
fn script(c: char) -> u8 {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => 1, // Latin
        0x370..=0x3FF | 0x1F00..=0x1FFF => 2,                            // Greek
        0x400..=0x52F | 0x1C80..=0x1C8F | 0xA640..=0xA69F => 3,          // Cyrillic
        0x530..=0x58F => 4,                                              // Armenian
        0x13A0..=0x13FF | 0xAB70..=0xABBF => 5,                          // Cherokee
        _ if c.is_alphabetic() => 6,                                     // another script
        _ => 0,                                                          // digits, marks, hyphens
    }
}

/// True when `label` has letters of Latin and of Greek, Cyrillic, Armenian or Cherokee.
fn mixes_scripts(label: &str) -> bool {
    let mut seen = 0u8;
    for c in label.chars() {
        seen |= match script(c) {
            0 | 6 => 0,
            s => 1 << s,
        };
    }
    seen.count_ones() > 1 && seen & 0b10 != 0
}

/// True when every letter of a non-Latin `label` has a Latin look-alike (`аррӏе`).
fn looks_latin(label: &str) -> bool {
    let mut letters = 0;
    for c in label.chars().filter(|c| c.is_alphabetic()) {
        if script(c) == 1 || confusable(c).is_none() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

/// True when `a` and `b` are at most `max` edits apart (insert, delete, replace, or
/// swap two neighbours): a band of the edit-distance table, `2 * max + 1` wide.
fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let big = max + 1;
    // rows[k][j]: distance between a[..i] and b[..j], for the last three rows i.
    let mut prev2 = vec![big; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(big)).collect();
    for i in 1..=a.len() {
        let mut cur = vec![big; b.len() + 1];
        cur[0] = i.min(big);
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(b.len());
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d.min(big);
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests;
