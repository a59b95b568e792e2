//! The Rust surface of api.md: reports, policies and their errors, redaction.

use sendsafe::policy::parse_json;
use sendsafe::{CheckOptions, Filter, FilterOptions, Policy, Preset, RuleId, Verdict};

fn deserialize_policy(json: &str) -> Result<Policy, sendsafe::Error> {
    Policy::from_json(json)
}

fn filter(preset: Preset) -> Filter {
    Filter::with_options(FilterOptions {
        preset: Some(preset),
        ..Default::default()
    })
    .unwrap()
}

fn options(json: &str) -> Result<FilterOptions, sendsafe::Error> {
    FilterOptions::from_value(&parse_json(json, "options")?)
}

#[test]
fn empty_text_allows() {
    let r = filter(Preset::Default).check("", &CheckOptions::default());
    assert_eq!(r.verdict, Verdict::Allow);
    assert!(r.findings.is_empty());
}

#[test]
fn one_megabyte_message_with_findings_at_both_ends() {
    let mut text = String::from("DE89 3704 0044 0532 0130 00 ");
    while text.len() < 1 << 20 {
        text.push_str("just some ordinary chat text, nothing to see 12 34 — ");
    }
    text.push_str("ana@example.org");
    let r = filter(Preset::Imo).check(&text, &CheckOptions::default());
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|f| (f.rule, &text[f.bytes.range()]))
        .collect();
    assert_eq!(
        found,
        [
            (RuleId::PrivacyBankAccount, "DE89 3704 0044 0532 0130 00"),
            (RuleId::PrivacyEmail, "ana@example.org")
        ]
    );
    assert_eq!(r.findings[1].end, text.encode_utf16().count());
}

#[test]
fn findings_sorted_and_verdict_is_the_strongest() {
    let mut f = FilterOptions {
        preset: Some(Preset::Default),
        ..Default::default()
    };
    f.policy = Some(
        deserialize_policy(r#"{"rules":{"privacy.bank_account":{"adult":"block"}}}"#).unwrap(),
    );
    let filter = Filter::with_options(f).unwrap();
    let r = filter.check(
        "b@x.org DE89370400440532013000 a@x.org",
        &CheckOptions::default(),
    );
    let starts: Vec<_> = r.findings.iter().map(|f| f.start).collect();
    assert_eq!(starts, [0, 8, 31]);
    assert_eq!(r.verdict, Verdict::Block);
}

#[test]
fn teen_mode_raises_severity() {
    let f = filter(Preset::Calimero);
    let adult = f.check("ana@example.org", &CheckOptions::default());
    let teen = f.check(
        "ana@example.org",
        &CheckOptions {
            teen: Some(true),
            ..Default::default()
        },
    );
    assert_eq!(
        (adult.verdict, teen.verdict),
        (Verdict::Warn, Verdict::Block)
    );
    assert_eq!(&*teen.findings[0].guideline, "No Harassment");
}

#[test]
fn bad_options_name_the_field() {
    let cases = [
        (r#"{"preset":"nope"}"#, "options.preset"),
        (r#"{"teen":"yes"}"#, "options.teen"),
        (r#"{"colour":1}"#, "colour"),
        (r#"{"locale":"english please"}"#, "options.locale"),
        (
            r#"{"policy":{"rules":{"privacy.emial":{}}}}"#,
            "privacy.emial",
        ),
        (
            r#"{"policy":{"rules":{"privacy.email":{"adult":"loud"}}}}"#,
            "options.policy.rules.privacy.email.adult",
        ),
        (
            r#"{"policy":{"rules":{"privacy.email":{"colour":"red"}}}}"#,
            "colour",
        ),
        (
            r#"{"policy":{"allow":{"domains":"imo.im"}}}"#,
            "options.policy.allow.domains",
        ),
        (
            r#"{"policy":{"allow":{"terms":["ok", 3]}}}"#,
            "options.policy.allow.terms[1]",
        ),
        (
            r#"{"policy":{"block":{"domains":["scam.example", " "]}}}"#,
            "options.policy.block.domains[1]",
        ),
        (r#"{"policy":{"block":{"terms":[]}}}"#, "terms"),
        (
            r#"{"policy":{"rules":{"privacy.email":{"messages":{"en":5}}}}}"#,
            "options.policy.rules.privacy.email.messages.en",
        ),
        (r#"{"policy":[]}"#, "options.policy"),
        (r#"[]"#, "options"),
        // A finding always has something to say (found by the policy fuzz target).
        (
            r#"{"policy":{"rules":{"privacy.email":{"messages":{"en":""}}}}}"#,
            "options.policy.rules.privacy.email.messages.en",
        ),
        (
            r#"{"policy":{"rules":{"privacy.email":{"messages":{"es@incoming":"  "}}}}}"#,
            "options.policy.rules.privacy.email.messages.es@incoming",
        ),
        (
            r#"{"policy":{"rules":{"privacy.email":{"guideline":""}}}}"#,
            "options.policy.rules.privacy.email.guideline",
        ),
    ];
    for (json, name) in cases {
        let err =
            options(json).and_then(|o| Filter::with_options(o).map(|_| FilterOptions::default()));
        let message = err.expect_err(json).to_string();
        assert!(
            message.contains(name),
            "{json}: {message:?} should name {name}"
        );
    }
}

#[test]
fn huge_allow_list_is_refused_by_name() {
    let domains: Vec<String> = (0..10_001).map(|i| format!("\"d{i}.example\"")).collect();
    let json = format!(r#"{{"allow":{{"domains":[{}]}}}}"#, domains.join(","));
    let err = deserialize_policy(&json).unwrap_err();
    assert_eq!(err.path(), "policy.allow.domains");
}

#[test]
fn allow_lists_and_severity_off() {
    let policy = deserialize_policy(
        r#"{"allow":{"domains":["imo.im"],"terms":["help@example.org"]},"rules":{"privacy.bank_account":{"adult":"off"}}}"#,
    )
    .unwrap();
    let f = Filter::with_options(FilterOptions {
        policy: Some(policy),
        ..Default::default()
    })
    .unwrap();
    let r = f.check(
        "support@imo.im, Help@Example.org, ana@example.org, DE89370400440532013000",
        &CheckOptions::default(),
    );
    let found: Vec<_> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(found, ["privacy.email"]);
    let teen = f.check(
        "DE89370400440532013000",
        &CheckOptions {
            teen: Some(true),
            ..Default::default()
        },
    );
    assert_eq!(
        teen.findings.len(),
        1,
        "the override only turned the adult severity off"
    );
}

#[test]
fn blocked_domains_are_always_links_to_warn_about() {
    let policy = deserialize_policy(
        r#"{"block":{"domains":["Rival-Chat.net", ".scam.example"]},"allow":{"domains":["partner.example"]}}"#,
    )
    .unwrap();
    let f = Filter::with_options(FilterOptions {
        policy: Some(policy),
        ..Default::default()
    })
    .unwrap();
    let text = "join me on rival-chat.net/room, see https://www.scam.example/x, partner.example/a, example.org";
    let r = f.check(text, &CheckOptions::default());
    let found: Vec<_> = r
        .findings
        .iter()
        .map(|x| {
            (
                &text[x.bytes.range()],
                x.rule.as_str(),
                x.kind.unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("rival-chat.net/room", "spam.link", "blocked_domain"),
            ("https://www.scam.example/x", "spam.link", "blocked_domain"),
        ]
    );
    // Without the policy none of them is a finding.
    let plain = filter(Preset::Default).check(text, &CheckOptions::default());
    assert!(plain.findings.is_empty(), "{:?}", plain.findings);
}

#[test]
fn policy_messages_and_locale() {
    let policy = deserialize_policy(r#"{"locale":"pt-BR","rules":{"privacy.email":{"messages":{"pt":"Isto parece um e-mail."}}}}"#).unwrap();
    let f = Filter::with_options(FilterOptions {
        policy: Some(policy),
        ..Default::default()
    })
    .unwrap();
    let r = f.check("ana@example.org", &CheckOptions::default());
    assert_eq!(&*r.findings[0].message, "Isto parece um e-mail.");
}

#[test]
fn preset_round_trips_through_json() {
    for preset in Preset::ALL {
        let json = serde_json::to_string(&Policy::preset(preset)).unwrap();
        assert_eq!(deserialize_policy(&json).unwrap(), Policy::preset(preset));
    }
}

#[test]
fn redaction_hides_and_is_stable() {
    let f = filter(Preset::Imo);
    let text = "IBAN DE89 3704 0044 0532 0130 00, mail ana at gmail dot com 😀";
    let red = f.redact(text);
    assert_eq!(
        red,
        "IBAN •••• •••• •••• •••• ••30 00, mail ••• •• ••••• ••• ••• 😀"
    );
    assert!(f.check(&red, &CheckOptions::default()).findings.is_empty());
    assert_eq!(f.redact(&red), red);
}

#[test]
fn check_options_name_the_field() {
    for (json, name) in [
        (r#"{"direction":"sideways"}"#, "check options.direction"),
        (r#"{"history":"hi"}"#, "check options.history"),
        (r#"{"teen":1}"#, "check options.teen"),
        (r#"{"lang":"en"}"#, "check options.lang"),
    ] {
        let err =
            CheckOptions::from_value(&parse_json(json, "check options").unwrap()).unwrap_err();
        assert!(err.to_string().starts_with(name), "{json}: {err}");
    }
    let ok = CheckOptions::from_value(
        &parse_json(
            r#"{"teen":true,"direction":"incoming","history":["a"]}"#,
            "x",
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        (ok.teen, ok.history.as_deref()),
        (Some(true), Some(&["a".to_string()][..]))
    );
}

#[test]
fn card_redaction_keeps_the_last_four_and_hides_the_code() {
    let f = filter(Preset::Default);
    let red = f.redact("card 4111 1111 1111 1111 exp 12/27 cvv 123");
    assert_eq!(red, "card •••• •••• •••• 1111 exp ••••• cvv •••");
}

#[test]
fn messages_follow_the_locale_option() {
    for (locale, start) in [
        ("es", "Esto parece"),
        ("pt-BR", "Isto parece"),
        ("hi", "यह"),
        ("ar", "يبدو"),
        ("id", "Ini tampaknya"),
        ("fr", "This looks"),
    ] {
        let f = Filter::with_options(FilterOptions {
            locale: Some(locale.into()),
            ..Default::default()
        })
        .unwrap();
        let r = f.check("ana@example.org", &CheckOptions::default());
        assert!(
            r.findings[0].message.starts_with(start),
            "{locale}: {}",
            r.findings[0].message
        );
    }
}

#[test]
fn checks_are_deterministic() {
    let f = filter(Preset::Default);
    let text = "a@b.io DE89370400440532013000 ana at gmail dot com";
    let first = f.check(text, &CheckOptions::default());
    for _ in 0..3 {
        assert_eq!(f.check(text, &CheckOptions::default()), first);
    }
}

#[test]
fn redaction_masks_private_data_but_not_a_request_for_it() {
    let teen = Filter::with_options(FilterOptions {
        teen: Some(true),
        ..Default::default()
    })
    .unwrap();
    let text = "what's your number? mine is +44 7911 123456";
    let r = teen.check(text, &CheckOptions::default());
    let rules: Vec<RuleId> = r.findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&RuleId::PrivacyRequest), "{rules:?}");
    assert!(rules.contains(&RuleId::PrivacyPhone), "{rules:?}");
    let red = teen.redact(text);
    assert!(red.starts_with("what's your number? mine is "), "{red}");
    assert!(!red.contains("7911"), "{red}");
}

/// Check options for received text, in teen-safety mode or not.
fn incoming(teen: bool) -> CheckOptions {
    CheckOptions {
        teen: Some(teen),
        direction: Some(sendsafe::Direction::Incoming),
        ..Default::default()
    }
}

#[test]
fn received_text_is_checked_with_messages_for_the_reader() {
    let f = filter(Preset::Imo);
    let scam = "hi, this is the security team. send me the 6-digit code we just texted you";
    let out = f.check(scam, &CheckOptions::default());
    let inc = f.check(scam, &incoming(false));
    let rule = |r: &sendsafe::Report| {
        r.findings
            .iter()
            .find(|f| f.rule == RuleId::ScamCredentialRequest)
            .map(|f| (f.severity, f.message.to_string(), f.start, f.end))
            .unwrap()
    };
    let (o, i) = (rule(&out), rule(&inc));
    // Same finding, same severity, other words.
    assert_eq!((o.0, o.2, o.3), (i.0, i.2, i.3));
    assert_ne!(o.1, i.1);
    assert!(i.1.contains("Whoever asks"), "{}", i.1);
    assert_eq!(out.verdict, inc.verdict);
}

#[test]
fn the_senders_own_details_are_only_info_for_the_reader() {
    let f = filter(Preset::Imo);
    let text = "my number is +44 7911 123456 and my iban DE89 3704 0044 0532 0130 00";
    for teen in [false, true] {
        let out = f.check(
            text,
            &CheckOptions {
                teen: Some(teen),
                ..Default::default()
            },
        );
        let inc = f.check(text, &incoming(teen));
        assert_eq!(out.findings.len(), inc.findings.len());
        assert_ne!(out.verdict, Verdict::Allow, "teen {teen}");
        assert_eq!(inc.verdict, Verdict::Allow, "teen {teen}");
        assert!(inc
            .findings
            .iter()
            .all(|f| f.severity == sendsafe::Severity::Info));
    }
    // A handle on another app, received by a teen, is the first step off the platform.
    let handle = "add me on snap: cool_kid99";
    let teen = f.check(handle, &incoming(true));
    assert!(teen
        .findings
        .iter()
        .any(|f| f.rule == RuleId::PrivacySocialHandle && f.severity == sendsafe::Severity::Block));
    let adult = f.check(handle, &incoming(false));
    assert_eq!(adult.verdict, Verdict::Allow);
}

/// A filter of the `default` preset with `policy` (JSON) merged over it.
fn with_policy(policy: &str) -> Filter {
    Filter::with_options(options(&format!(r#"{{"policy":{policy}}}"#)).unwrap()).unwrap()
}

/// `(found text, rule, UTF-16 start, UTF-16 end)` of each finding.
fn found(f: &Filter, text: &str) -> Vec<(String, String, usize, usize)> {
    f.check(text, &CheckOptions::default())
        .findings
        .iter()
        .map(|x| {
            (
                text[x.bytes.range()].to_string(),
                x.rule.as_str().to_string(),
                x.start,
                x.end,
            )
        })
        .collect()
}

#[test]
fn added_terms_are_found_through_disguises_with_exact_spans() {
    let f =
        with_policy(r#"{"rules":{"abuse.profanity":{"terms":["Frak","gorram*","smeg head"]}}}"#);
    let text = "😀 FR4AK, gorramit! ｆｒａｋ f.r.a.k fr*k smeg-head";
    let got = found(&f, text);
    let want = [
        ("FR4AK", 3, 8),
        ("gorramit", 10, 18),
        ("ｆｒａｋ", 20, 24),
        ("f.r.a.k", 25, 32),
        ("fr*k", 33, 37),
        ("smeg-head", 38, 47),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((text, rule, start, end), (w, s, e)) in got.iter().zip(want) {
        assert_eq!(
            (text.as_str(), rule.as_str(), *start, *end),
            (w, "abuse.profanity", s, e)
        );
    }
    // Whole words only, and nothing for another filter or the preset.
    for text in [
        "frakking",
        "afrak",
        "fra k",
        "gorra",
        "smeghead",
        "smeg the head",
    ] {
        assert_eq!(found(&f, text), [], "{text}");
    }
    assert_eq!(found(&filter(Preset::Default), "frak gorramit"), []);
}

#[test]
fn allow_words_silence_one_rule_only() {
    let plain = filter(Preset::Default);
    assert_eq!(found(&plain, "crap")[0].1, "abuse.profanity");
    let f = with_policy(
        r#"{"rules":{"abuse.profanity":{"allow":["crap"]},"abuse.harassment":{"terms":["frak"]},"abuse.hate":{"allow":["frak"]}}}"#,
    );
    for text in ["crap", "CRAP", "cr4p", "c r a p", "crrraap"] {
        assert_eq!(found(&f, text), [], "{text}");
    }
    // Another rule's term is still found, and the rule's other terms.
    assert_eq!(found(&f, "frak")[0].1, "abuse.harassment");
    assert_eq!(found(&f, "crap fuck")[0].0, "fuck");
    // Like a built-in allow line, it does not reach a starred spelling.
    assert_eq!(found(&f, "cr*p")[0].1, "abuse.profanity");
    let other = with_policy(r#"{"rules":{"abuse.harassment":{"allow":["crap"]}}}"#);
    assert_eq!(found(&other, "crap")[0].1, "abuse.profanity");
}

#[test]
fn filters_with_different_terms_do_not_share_them() {
    let a = with_policy(r#"{"rules":{"illegal.drugs":{"terms":["moonrock"]}}}"#);
    let b = with_policy(r#"{"rules":{"illegal.drugs":{"terms":["stardust"]}}}"#);
    let plain = filter(Preset::Default);
    assert_eq!(found(&a, "moonrock")[0].1, "illegal.drugs");
    assert_eq!(found(&a, "stardust"), []);
    assert_eq!(found(&b, "stardust")[0].1, "illegal.drugs");
    assert_eq!(found(&b, "moonrock"), []);
    assert_eq!(found(&plain, "moonrock stardust"), []);
    // The preset's own terms are unaffected.
    for f in [&a, &b, &plain] {
        assert_eq!(found(f, "what the fuck")[0].0, "fuck");
    }
}

#[test]
fn added_terms_follow_the_rules_severity() {
    let f = with_policy(
        r#"{"rules":{"abuse.profanity":{"terms":["frak"],"adult":"off","teen":"block"}}}"#,
    );
    assert_eq!(found(&f, "frak"), []);
    let teen = f.check(
        "frak",
        &CheckOptions {
            teen: Some(true),
            ..Default::default()
        },
    );
    assert_eq!(teen.verdict, Verdict::Block);
}

#[test]
fn added_terms_merge_over_presets() {
    let over =
        deserialize_policy(r#"{"rules":{"abuse.profanity":{"terms":["frak"],"allow":["crap"]}}}"#)
            .unwrap();
    for preset in Preset::ALL {
        let mut p = Policy::preset(preset);
        let guideline = p.rules[&RuleId::AbuseProfanity].guideline.clone();
        p.merge(over.clone());
        p.merge(over.clone());
        let r = &p.rules[&RuleId::AbuseProfanity];
        assert_eq!(r.terms, ["frak", "frak"]);
        assert_eq!(r.allow, ["crap"; 2]);
        assert_eq!(r.guideline, guideline);
        let f = Filter::new(p).unwrap();
        assert_eq!(found(&f, "frak crap")[0].0, "frak");
        assert_eq!(found(&f, "frak crap").len(), 1);
    }
    // A policy with terms round-trips through JSON.
    let json = serde_json::to_string(&over).unwrap();
    assert_eq!(deserialize_policy(&json).unwrap(), over);
    assert!(json.contains(r#""terms":["frak"]"#), "{json}");
}

#[test]
fn bad_terms_and_allow_words_name_the_field() {
    let long = "x".repeat(257);
    let many: Vec<String> = (0..10_001).map(|i| format!("\"w{i}\"")).collect();
    let many = many.join(",");
    let all: Vec<String> = (0..2_600).map(|i| format!("\"w{i}\"")).collect();
    let all = all.join(",");
    let cases = [
        (
            r#"{"rules":{"abuse.profanity":{"terms":"frak"}}}"#.to_string(),
            "options.policy.rules.abuse.profanity.terms: expected an array of strings",
        ),
        (
            r#"{"rules":{"abuse.profanity":{"terms":["frak",3]}}}"#.into(),
            "options.policy.rules.abuse.profanity.terms[1]: expected a string",
        ),
        (
            r#"{"rules":{"abuse.profanity":{"allow":{"crap":true}}}}"#.into(),
            "options.policy.rules.abuse.profanity.allow: expected an array",
        ),
        (
            r#"{"rules":{"abuse.profanity":{"terms":["frak",""]}}}"#.into(),
            "options.policy.rules.abuse.profanity.terms[1]: empty",
        ),
        (
            r#"{"rules":{"abuse.profanity":{"allow":["  "]}}}"#.into(),
            "options.policy.rules.abuse.profanity.allow[0]: empty",
        ),
        (
            format!(r#"{{"rules":{{"sexual.explicit":{{"terms":["{long}"]}}}}}}"#),
            "options.policy.rules.sexual.explicit.terms[0]: 257 bytes long",
        ),
        (
            format!(
                r#"{{"rules":{{"sexual.explicit":{{"terms":["{}"]}}}}}}"#,
                "ab".repeat(33)
            ),
            "options.policy.rules.sexual.explicit.terms[0]: over 4 words",
        ),
        (
            format!(r#"{{"rules":{{"illegal.drugs":{{"allow":[{many}]}}}}}}"#),
            "options.policy.rules.illegal.drugs.allow: 10001 entries",
        ),
        (
            format!(
                r#"{{"rules":{{"illegal.drugs":{{"allow":[{all}]}},"illegal.crime":{{"terms":[{all}]}}}}}}"#
            ),
            "options.policy.rules: over 5000 terms and allow words in all",
        ),
        (
            r#"{"rules":{"privacy.email":{"terms":["frak"]}}}"#.into(),
            "options.policy.rules.privacy.email.terms: only the lexicon rules",
        ),
        (
            r#"{"rules":{"spam.link":{"allow":["frak"]}}}"#.into(),
            "options.policy.rules.spam.link.allow: only the lexicon rules",
        ),
        (
            r#"{"rules":{"abuse.threat":{"terms":["f*ck"]}}}"#.into(),
            "options.policy.rules.abuse.threat.terms[0]: `*` only ends a term",
        ),
        (
            r#"{"rules":{"abuse.threat":{"terms":["*"]}}}"#.into(),
            "options.policy.rules.abuse.threat.terms[0]: `*` only ends a term",
        ),
        (
            r#"{"rules":{"abuse.threat":{"terms":["--"]}}}"#.into(),
            "options.policy.rules.abuse.threat.terms[0]: no letters or digits",
        ),
        (
            r#"{"rules":{"abuse.threat":{"terms":["one two three four five"]}}}"#.into(),
            "options.policy.rules.abuse.threat.terms[0]: over 4 words",
        ),
        (
            r#"{"rules":{"abuse.threat":{"terms":["fra*"]}}}"#.into(),
            "options.policy.rules.abuse.threat.terms[0]: a stem",
        ),
        (
            r#"{"rules":{"abuse.threat":{"terms":["frak off*"]}}}"#.into(),
            "options.policy.rules.abuse.threat.terms[0]: a stem",
        ),
        (
            r#"{"rules":{"abuse.threat":{"allow":["frak*"]}}}"#.into(),
            "options.policy.rules.abuse.threat.allow[0]: `*` only ends a term",
        ),
        (
            r#"{"rules":{"abuse.threat":{"block":["frak"]}}}"#.into(),
            "options.policy.rules.abuse.threat.block: unknown field `block`",
        ),
    ];
    for (policy, want) in cases {
        let err = options(&format!(r#"{{"policy":{policy}}}"#))
            .and_then(|o| Filter::with_options(o).map(|_| FilterOptions::default()))
            .expect_err(&policy[..policy.len().min(200)])
            .to_string();
        assert!(err.starts_with(want), "{err:?} should start with {want:?}");
    }
    // `Filter::new` validates a policy built in Rust the same way.
    let mut p = Policy::default();
    p.rules
        .get_or_default(RuleId::PrivacyPhone)
        .allow
        .push("frak".into());
    assert_eq!(
        Filter::new(p).err().unwrap().path(),
        "policy.rules.privacy.phone.allow"
    );
}
