#!/usr/bin/env python3
"""A reference matcher for src/data/lexicons/*.tsv, used only to check that the pending test lines
(tests/data/pending/*.jsonl) and the lexicons agree. It is not the engine: it folds case and
accents (keeping ñ and ı), splits words on letters, digits and apostrophes, matches terms, stems,
infixes, phrases with slots, drops findings that overlap a quiet match or an allow word, and
merges overlapping findings into the longest span. Evasion lines (leet, spacing, look-alikes,
zero-width characters, markup: the note says so) are skipped; undoing those is the engine's job.

Usage: python3 scripts/lexicon_reference_match.py [repo root]   (prints mismatches)
Run once by a developer; builds and tests never run it.
"""
import glob, json, re, sys, unicodedata
ROOT = sys.argv[1] if len(sys.argv) > 1 else '.'
KEEP = {'ñ', 'ı'}
def fch(c):
    c = c.lower()[:1] if c != 'İ' else 'i'
    if c in KEEP: return c
    if c == 'ё': return 'е'
    if c in '’‘`´': return "'"
    d = unicodedata.normalize('NFD', c)
    base = ''.join(x for x in d if not unicodedata.combining(x))
    return base[:1] if base else c
def fold(s): return ''.join(fch(c) for c in s)
TOK = re.compile(r"(?:\{\w+\})?[\w\u0900-\u097F\u0600-\u06FF'.]*[\w\u0900-\u097F\u0600-\u06FF'](?:\{\w+\})?|\{\w+\}")
TTOK = re.compile(r"[\w\u0900-\u097F\u0600-\u06FF']+")
def etoks(t): return [x for x in re.findall(r"\{\w+\}[\w\u0900-\u097F\u0600-\u06FF'.]*\*?|[\w\u0900-\u097F\u0600-\u06FF'.]+\*?", fold(t)) if x]
AGE = r"(?:1[0-7]|[1-9])"
def wordpat(w):
    star = w.endswith('*'); w = w.rstrip('*')
    rx = re.escape(w).replace(re.escape('{age}'), AGE).replace(re.escape('{n}'), r"\d+")
    rx = rx.replace(r"\.", r"\.?")
    return re.compile('^' + rx + ('.*' if star else '') + '$')
class Lex:
    def __init__(self):
        self.e = []  # (rule, kind, text, file)
        self.fslots = {}
        self.allow = {}
        for f in glob.glob(ROOT + '/src/data/lexicons/*.tsv'):
            rows = [l.rstrip('\n').split('\t') for l in open(f, encoding='utf-8') if l.strip() and not l.startswith('#')]
            slots = self.fslots.setdefault(f, {})
            for r, k, t in rows:
                if k == 'slot':
                    name, _, vals = t.partition(': ')
                    slots.setdefault(name, []).extend(v for v in vals.split(' | '))
            for r, k, t in rows:
                if k == 'slot': continue
                if k == 'allow': self.allow.setdefault(r, set()).add(fold(t)); continue
                self.e.append((r, k, t, f))
        self.cache = {}
    def seq(self, t):
        out = []
        for w in etoks(t):
            m = re.fullmatch(r"\{(\w+)\}", w)
            if m and m.group(1) not in ('n', 'age'):
                out.append(('slot', m.group(1)))
            else:
                out.append(('w', wordpat(w)))
        return out
    def match_seq(self, seq, toks, i, depth=0):
        """yield end index j (exclusive) for matches of seq starting at token i"""
        if not seq: yield i; return
        kind, x = seq[0]
        if kind == 'w':
            if i < len(toks) and x.match(toks[i][2]):
                yield from self.match_seq(seq[1:], toks, i + 1)
        else:
            for v in self.slots.get(x, []):  # the current file's slots
                key = ('s', v, id(self.slots))
                if key not in self.cache: self.cache[key] = self.seq(v)
                for j in self.match_seq(self.cache[key], toks, i):
                    yield from self.match_seq(seq[1:], toks, j)
    def find(self, text, rule):
        ft = fold(text)
        toks = [(m.start(), m.end(), m.group()) for m in TTOK.finditer(ft)]
        found, quiet = [], []
        allow = self.allow.get(rule, set())
        for r, k, t, f in self.e:
            if r != rule: continue
            self.slots = self.fslots[f]
            if k == 'stem':
                st = fold(t)
                for s, e, w in toks:
                    if w.startswith(st) and w not in allow: found.append((s, e))
                if ' ' in st:
                    pass
                continue
            if k == 'infix':
                st = fold(t)
                for s, e, w in toks:
                    if st in w and w not in allow: found.append((s, e))
                continue
            key = ('e', t, f)
            if key not in self.cache: self.cache[key] = self.seq(t)
            sq = self.cache[key]
            for i in range(len(toks)):
                for j in self.match_seq(sq, toks, i):
                    if j > i:
                        span = (toks[i][0], toks[j - 1][1])
                        if k == 'quiet': quiet.append(span)
                        elif k in ('term', 'phrase'):
                            if k == 'term' and j - i == 1 and toks[i][2] in allow: continue
                            found.append(span)
        found = [f for f in found if not any(q[0] < f[1] and f[0] < q[1] for q in quiet)]
        # keep the longest of overlapping findings
        found = sorted(set(found), key=lambda s: (s[0], -(s[1] - s[0])))
        out = []
        for s in found:
            if out and s[0] < out[-1][1]:
                if s[1] > out[-1][1]: out[-1] = (out[-1][0], s[1])
                continue
            out.append(s)
        return out
EVASION = ('leet', 'spaced', 'separator', 'repeated', 'self-censor', 'markup', 'zero-width', 'cyrillic', 'full-width', 'look-alike', 'arabizi')
lex = Lex()
fails = 0; n = 0
for f in sorted(glob.glob(ROOT + '/tests/data/pending/*.jsonl')):
    for line in open(f, encoding='utf-8'):
        if not line.strip() or line.startswith('#'): continue
        o = json.loads(line); note = (o.get('note') or '').lower()
        if any(w in note for w in EVASION): continue
        raw = o['text']; plain = ''; marks = []; st = None
        for ch in raw:
            if ch == '⟦': st = len(plain)
            elif ch == '⟧': marks.append((st, len(plain)))
            else: plain += ch
        got = lex.find(plain, o['rule']); n += 1
        if got != marks:
            fails += 1
            print(o['rule'], '|', raw, '| got:', [plain[a:b] for a, b in got])
print('checked', n, 'mismatches', fails)
sys.exit(1 if fails else 0)
