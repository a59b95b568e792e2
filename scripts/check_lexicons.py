#!/usr/bin/env python3
"""Checks the lexicons and the pending test data: TSV fields, rules, kinds, slots; JSONL parse, marks."""
import glob, json, re, sys
RULES = set("""abuse.profanity abuse.harassment abuse.hate abuse.threat sexual.explicit sexual.minor
sexual.nonconsensual violence.extremism violence.gore illegal.drugs illegal.weapons illegal.gambling
illegal.crime self_harm.risk self_harm.encouragement""".split())
KINDS = {"term", "stem", "infix", "allow", "veiled", "phrase", "quiet", "slot"}
BUILTIN = {"n", "age"}
bad = 0
def err(*a):
    global bad; bad += 1; print(*a)
root = sys.argv[1] if len(sys.argv) > 1 else "."
for f in sorted(glob.glob(root + "/src/data/lexicons/*.tsv")):
    slots, uses = {}, []
    for i, line in enumerate(open(f, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"): continue
        parts = line.split("\t")
        if len(parts) != 3: err(f, i, "fields", len(parts)); continue
        r, k, t = parts
        if r not in RULES: err(f, i, "rule", r)
        if k not in KINDS: err(f, i, "kind", k)
        if t != t.strip() or "  " in t or not t: err(f, i, "spacing", repr(t))
        if k == "slot":
            name, _, vals = t.partition(": ")
            if not re.fullmatch(r"[a-z_]+", name) or not vals: err(f, i, "slot syntax", t[:40])
            slots[name] = vals
            for v in vals.split(" | "):
                uses += [(i, s) for s in re.findall(r"\{(\w+)\}", v)]
        else:
            if t != t.lower(): err(f, i, "not lower case", t)
            uses += [(i, s) for s in re.findall(r"\{(\w+)\}", t)]
            if re.search(r"\{(\w+)\}", t) and k not in ("phrase", "quiet"): err(f, i, "slot outside phrase/quiet", t)
            if k == "stem" and len(t.replace(" ", "")) < 4: err(f, i, "stem shorter than 4 letters", t)
        if "{" in t.replace("{", "", 0) and t.count("{") != t.count("}"): err(f, i, "braces", t)
    for i, s in uses:
        if s not in slots and s not in BUILTIN: err(f, i, "undefined slot", s)
for f in sorted(glob.glob(root + "/tests/data/pending/*.jsonl")):
    rule = f.rsplit("/", 1)[1][:-6]
    for i, line in enumerate(open(f, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"): continue
        try: o = json.loads(line)
        except Exception as e: err(f, i, "json", e); continue
        if "text" not in o or "rule" not in o: err(f, i, "missing text/rule")
        if o.get("rule") != rule: err(f, i, "rule differs from file name", o.get("rule"))
        depth = 0
        for ch in o.get("text", ""):
            if ch == "⟦":
                depth += 1
                if depth > 1: err(f, i, "nested mark")
            elif ch == "⟧":
                depth -= 1
                if depth < 0: err(f, i, "unbalanced mark")
        if depth: err(f, i, "unclosed mark")
        if "⟦⟧" in o.get("text", ""): err(f, i, "empty mark")
print("problems:", bad)
sys.exit(1 if bad else 0)
