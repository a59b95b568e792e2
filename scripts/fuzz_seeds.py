"""Seeds the fuzz corpora (tests/fuzz) from the test data: every tests/data text with a
mode byte in front for the `check` target, and the presets' policies plus small hand-made
ones for the `policy` target. Usage: python3 scripts/fuzz_seeds.py OUT_DIR SENDSAFE_CLI"""
import json
import pathlib
import subprocess
import sys

out, cli = pathlib.Path(sys.argv[1]), sys.argv[2]
root = pathlib.Path(__file__).resolve().parent.parent
check, policy = out / "check", out / "policy"
check.mkdir(parents=True, exist_ok=True)
policy.mkdir(parents=True, exist_ok=True)

n = 0
for path in sorted((root / "tests" / "data").glob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        text = row["text"].replace("\u27e6", "").replace("\u27e7", "")
        history = row.get("history") or []
        mode = n % 256
        body = "\u0001".join([text, *history]) if history else text
        if history:
            mode |= 8
        (check / f"{n:05}").write_bytes(bytes([mode]) + body.encode("utf-8"))
        n += 1

seeds = [
    subprocess.run([cli, "policy", "--preset", p], check=True, capture_output=True, text=True).stdout
    for p in ("default", "imo", "calimero")
]
seeds += [
    "{}",
    '{"name":"mine","locale":"pt-BR"}',
    '{"rules":{"privacy.email":{"adult":"off","teen":"block","guideline":"Contact","messages":{"en":"Careful."}}}}',
    '{"allow":{"domains":["imo.im"],"terms":["support@imo.im"]}}',
    '{"rules":{"spam.link":{"adult":"info"}},"allow":{"domains":["example.com"]}}',
]
for i, s in enumerate(seeds):
    (policy / f"{i:03}").write_text(s, encoding="utf-8")
print(f"fuzz seeds: {n} texts, {len(seeds)} policies in {out}")
