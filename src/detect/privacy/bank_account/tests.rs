//! Unit tests of the whole detector: which kind each value gets, and what stays quiet.

use super::*;

fn found(text: &str) -> Vec<(String, &'static str)> {
    let d = BankAccount::new();
    let n = Normalized::new(text);
    let mut sink = Sink::new(text);
    let ctx = Context::plain(false);
    d.detect(&n, &ctx, &mut sink);
    let mut out: Vec<_> = sink
        .into_candidates()
        .into_iter()
        .map(|c| (text[c.span.range()].to_string(), c.hit.kind.unwrap_or("")))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn one(text: &str, value: &str, kind: &str) {
    assert_eq!(found(text), vec![(value.to_string(), kind)], "{text:?}");
}

fn none(text: &str) {
    assert_eq!(found(text), vec![], "{text:?}");
}

#[test]
fn accounts_next_to_words() {
    one("my account number is 1234567890", "1234567890", "account");
    one("A/C no. 0123-4567-8901 thanks", "0123-4567-8901", "account");
    one("Kontonummer: 532013000", "532013000", "account");
    one(
        "nº de cuenta 0049 1500 0512 3456",
        "0049 1500 0512 3456",
        "account",
    );
    one("norek 1234567890 a/n budi", "1234567890", "account");
    one("खाता संख्या 12345678901", "12345678901", "account");
    one("رقم الحساب 1234567890", "1234567890", "account");
    one(
        "номер счёта 40817810099910004312",
        "40817810099910004312",
        "account",
    );
    one(
        "账号：6222021234567890123",
        "6222021234567890123",
        "account",
    );
    one("계좌번호는 110-123-456789", "110-123-456789", "account");
    one("numer konta 12345678", "12345678", "account");
}

#[test]
fn account_negatives() {
    none("account 2 of 3");
    none("my account was hacked 2 days ago");
    none("account since 2019");
    none("transfer 5000 to my account");
    none("account opened 2024-05-12");
    none("account 2024-05-12");
    none("account 12/05/2024");
    none("account balance 1500000");
    none("account $1,299.99");
    none("my account phone is 9876543210");
    none("account 12345");
    none("accounting 12345678");
    none("bank 1234567");
    none("account 123456.78");
}

#[test]
fn routing_sort_code_ifsc_swift() {
    one("routing number: 021000021", "021000021", "routing");
    one("ABA 011000015", "011000015", "routing");
    none("routing number 021000022");
    none("routing 151000014");
    one("sort code 12-34-56", "12-34-56", "sort_code");
    assert_eq!(
        found("sort code 12-34-56 acc 12345678"),
        [
            ("12-34-56".into(), "sort_code"),
            ("12345678".into(), "account")
        ]
    );
    one(
        "pay 12-34-56 12345678 pls",
        "12-34-56 12345678",
        "sort_code",
    );
    none("sort code please");
    none("the date 12-05-24");
    one("IFSC: SBIN0001234", "SBIN0001234", "ifsc");
    one("ifsc abcd0123456", "abcd0123456", "ifsc");
    one("send to HDFC0001234 branch", "HDFC0001234", "ifsc");
    none("code ABCD0123456");
    one("SWIFT: DEUTDEFF", "DEUTDEFF", "swift");
    one("bic code deutdeff500", "deutdeff500", "swift");
    one("my bank COBADEFFXXX", "COBADEFFXXX", "swift");
    none("the bank BUILDING is closed");
    none("BANK DEUTSCHE IS CLOSED");
    none("swift BUILDING");
    none("DEUTDEFF");
}

#[test]
fn clabe_cbu_upi_pix() {
    // A bare CLABE standing alone counts (less surely); as an id, an order or tracking
    // number, in a URL or a mention it does not.
    one("032180000118359719", "032180000118359719", "clabe");
    one(
        "aquí está (032180000118359719).",
        "032180000118359719",
        "clabe",
    );
    none("user id 032180000118359719");
    none("discord 032180000118359719");
    none("order 032180000118359719");
    none("tracking: 032180000118359719");
    none("número de pedido 032180000118359719");
    none("# 032180000118359719");
    none("https://discord.com/channels/032180000118359719/5");
    none("https://x.com/ana/status/032180000118359719");
    none("?id=032180000118359719");
    none("<@032180000118359719>");
    none("032180000118359719/a");
    none("032180000118359719abc");
    none("032180000118359719.5");
    one(
        "transferencia a 032180000118359719",
        "032180000118359719",
        "clabe",
    );
    one("032 180 00011835971 9", "032 180 00011835971 9", "clabe");
    one(
        "clabe: 130 387 86669316133 2",
        "130 387 86669316133 2",
        "clabe",
    );
    none("032180000118359718");
    none("order 999180000118359711");
    one(
        "mi CBU 2850590940090418135201",
        "2850590940090418135201",
        "cbu",
    );
    none("2850590940090418135202");
    one("gpay me at ravi.k@okhdfcbank", "ravi.k@okhdfcbank", "upi");
    one("chave pix: 390.533.447-05", "390.533.447-05", "pix");
    one("pix (11) 91234-5678", "(11) 91234-5678", "pix");
    one("meu pix é ana@gmail.com", "ana@gmail.com", "pix");
    one(
        "pix 123e4567-e89b-42d3-a456-426614174000",
        "123e4567-e89b-42d3-a456-426614174000",
        "pix",
    );
    none("faz um pix de 50 reais");
    none("pix 390.533.447-06");
}

#[test]
fn iban_still_works() {
    one(
        "account DE89 3704 0044 0532 0130 00",
        "DE89 3704 0044 0532 0130 00",
        "iban",
    );
    one(
        "cuenta de ES91 2100 0418 4502 0005 1332",
        "ES91 2100 0418 4502 0005 1332",
        "iban",
    );
}

#[test]
fn redaction_hides_every_value_of_the_test_data() {
    let filter = crate::Filter::with_options(crate::FilterOptions::default()).unwrap();
    let data = include_str!("../../../../tests/data/privacy.bank_account.jsonl");
    for line in data.lines().filter(|l| l.starts_with('{')) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text: String = v["text"]
            .as_str()
            .unwrap()
            .chars()
            .filter(|&c| c != '⟦' && c != '⟧')
            .collect();
        let red = filter.redact(&text);
        assert_eq!(filter.redact(&red), red, "{text:?}");
        let after = filter.check(&red, &crate::CheckOptions::default());
        assert!(
            after.findings.iter().all(|f| !f.rule.is_redacted()),
            "{text:?} -> {red:?}: {:?}",
            after.findings
        );
    }
}

#[test]
fn redactions_keep_the_tail_of_numbers_and_hide_keys_whole() {
    let filter = crate::Filter::with_options(crate::FilterOptions::default()).unwrap();
    for (text, want) in [
        ("UPI: 9876543210@ybl", "UPI: ••••••••••••••"),
        ("sort code 12-34-56 74039560", "sort code ••-••-•• ••••9560"),
        ("SWIFT: DEUTDEFF", "SWIFT: ••••DEFF"),
        (
            "mi CLABE: 130 387 86669316133 2",
            "mi CLABE: ••• ••• ••••••••133 2",
        ),
        ("chave pix: 390.533.447-05", "chave pix: ••••••••••••••"),
        ("IFSC: SBIN0001234", "IFSC: •••••••1234"),
        ("routing 021000021", "routing •••••0021"),
        ("account 1234-5678-9012", "account ••••-••••-9012"),
    ] {
        assert_eq!(filter.redact(text), want);
    }
}

#[test]
fn data_tables_parse() {
    let d = BankAccount::new();
    assert_eq!(d.bic_countries.len(), 250, "ISO 3166 alpha-2 and XK");
    assert!(d.bic_countries.contains(b"DE") && !d.bic_countries.contains(b"UK"));
    assert!(d.clabe_banks.len() >= 100 && d.clabe_banks.contains(b"002"));
    assert!(d.ifsc_banks.len() >= 60 && d.ifsc_banks.contains(b"SBIN"));
    assert!(d.fillers.len() >= 100 && d.fillers.contains("número"));
    assert!(d.words.any("nº de cuenta") && d.words.any("계좌번호"));
}

#[test]
fn generated_messages_never_panic_and_redact_cleanly() {
    const PIECES: &[&str] = &[
        "account",
        "acct",
        "a/c",
        "no",
        "#",
        ":",
        " ",
        "  ",
        "-",
        ".",
        "/",
        "12",
        "34",
        "0800",
        "1234",
        "5678",
        "021000021",
        "032180000118359719",
        "٣",
        "१२",
        "账号",
        "계좌",
        "é",
        "\u{200B}",
        "😀",
        "\r\n",
        "@",
        "ybl",
        "okhdfcbank",
        "ravi",
        "pix",
        "chave",
        "(11)",
        "+55",
        "390.533.447-05",
        "SWIFT",
        "swift",
        "bank",
        "DEUTDEFF",
        "deutdeff",
        "XXX",
        "sort code",
        "12-34-56",
        "ifsc",
        "SBIN0001234",
        "sbin",
        "0",
        "clabe",
        "cbu",
        "2850590940090418135201",
        "habitantes",
        "ABA",
        "БИК",
        "04",
        "•",
        "DE89",
        "3704",
    ];
    let filter = crate::Filter::with_options(crate::FilterOptions::default()).unwrap();
    let mut x: u64 = 0x5eed_ba4c;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for _ in 0..3000 {
        let len = next() % 24;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let report = filter.check(&text, &crate::CheckOptions::default());
        for f in &report.findings {
            assert!(text.is_char_boundary(f.bytes.start) && text.is_char_boundary(f.bytes.end));
        }
        let red = filter.redact(&text);
        assert_eq!(filter.redact(&red), red, "{text:?}");
        let after = filter.check(&red, &crate::CheckOptions::default());
        assert!(
            after.findings.iter().all(|f| !f.rule.is_redacted()),
            "{text:?} -> {red:?}: {:?}",
            after.findings
        );
    }
}
