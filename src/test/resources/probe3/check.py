#!/usr/bin/env python3
"""Validate the probe3 evaluation set: articles/*.txt and gold.tsv.

Usage: python3 check.py            (run from anywhere; paths are relative to this file)
Exit status 0 when no errors were found.
"""
import collections, datetime, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.tsv")
DEV_GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../shared/dev/gold.tsv")

HEADER = ["file", "a", "b", "relation", "status", "topic", "project", "date", "evidence"]
RELATIONS = {"cooperation", "agreement", "project", "aid"}
STATUSES = {"active", "proposed", "suspended", "ended"}
TOPICS = {"public_health", "vaccines", "climate", "clean_energy", "space", "malaria", "research",
          "education", "agriculture", "nuclear", "oceans", "digital", "biodiversity", "other"}
ORGS = {"UN", "WHO", "AU", "EU", "ESA", "IAEA", "UNEP", "UNESCO", "WMO", "FAO", "ASEAN", "CERN"}
# ISO 3166-1 alpha-3 (all officially assigned codes)
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM
BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR
CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB
GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA
MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS
SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON
TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())
# ISO 3166-3 codes of former countries (historical states)
ISO3_HIST = {"SUN", "YUG", "CSK", "DDR", "SCG", "ANT", "BUR", "DHY", "HVO", "NTZ", "TMP", "YMD", "ZAR", "VDR",
             "BYS", "PCZ", "ATB", "CTE", "JTN", "MID", "NHB", "PUS", "SKM", "WAK", "AFI", "FXX", "GEL", "RHO"}
CODES = ISO3 | ISO3_HIST | ORGS

FILE_RE = re.compile(r"^q\d\d_[a-z0-9_]+\.txt$")
HEAD_RE = re.compile(r"^date (\d{4}-\d{2}-\d{2}) (\S.*)$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
END_RE = re.compile(r"[.!?][”\"’)]*$")
# relative date expressions that justify a date not written as a year in the evidence
REL_DATE_RE = re.compile(r"\b(today|yesterday|tonight|on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                         r"last (year|month|week)|this (year|month)|next year|later this year|"
                         r"(in|on|of|since) (January|February|March|April|May|June|July|August|September|October|November|December)|"
                         r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)|"
                         r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})\b", re.I)

errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

def words(text):
    return len(text.split())

# ---------- articles ----------
articles = {}
for name in sorted(os.listdir(ART)):
    path = os.path.join(ART, name)
    if not FILE_RE.match(name):
        err(f"{name}: file name does not match q##_short_topic_words.txt")
    raw = open(path, encoding="utf-8").read()
    if "\t" in raw:
        err(f"{name}: contains a tab character")
    if "\r" in raw:
        err(f"{name}: contains a carriage return")
    lines = raw.split("\n")
    m = HEAD_RE.match(lines[0])
    if not m:
        err(f"{name}: line 1 is not 'date YYYY-MM-DD Title': {lines[0]!r}")
        continue
    try:
        pub = datetime.date.fromisoformat(m.group(1))
    except ValueError:
        err(f"{name}: invalid publication date {m.group(1)}")
        continue
    if len(lines) < 3 or lines[1].strip() != "":
        err(f"{name}: line 2 must be blank")
    body = "\n".join(lines[2:])
    if body.startswith("\n") or not body.strip():
        err(f"{name}: body must start on line 3")
    paras = [p for p in re.split(r"\n[ \t]*\n", body.strip("\n"))]
    for p in paras:
        if p != p.strip():
            err(f"{name}: paragraph with leading/trailing whitespace: {p[:40]!r}")
    n = words(body)
    if not 250 <= n <= 450:
        err(f"{name}: body has {n} words (must be 250-450)")
    articles[name] = {"pub": pub, "paras": [p.strip() for p in paras], "text": raw, "words": n}

if len(articles) != 15:
    err(f"expected 15 articles, found {len(articles)}")

# ---------- gold ----------
raw = open(GOLD, encoding="utf-8").read()
if not raw.endswith("\n"):
    warn("gold.tsv does not end with a newline")
glines = raw.rstrip("\n").split("\n")
header = glines[0].split("\t")
if header != HEADER:
    err(f"gold.tsv header {header} != {HEADER}")
if os.path.exists(DEV_GOLD):
    dev_header = open(DEV_GOLD, encoding="utf-8").readline().rstrip("\n").split("\t")
    if dev_header != header:
        err(f"gold.tsv header differs from the dev set header {dev_header}")

def at_sentence_boundary(par, ev):
    """evidence must be a whole sentence: start at paragraph start or after sentence-final punctuation,
    end with sentence-final punctuation followed by whitespace or paragraph end."""
    start = 0
    while True:
        i = par.find(ev, start)
        if i < 0:
            return False
        j = i + len(ev)
        before = par[:i]
        ok_start = before.strip() == "" or re.search(r"([.!?][”\"’)]*|\n)\s*$", before) is not None
        ok_end = j == len(par) or par[j].isspace()
        if ok_start and ok_end:
            return True
        start = i + 1

rows, keys = [], set()
seen_rows = set()
per_file = collections.Counter()
for ln, line in enumerate(glines[1:], start=2):
    cols = line.split("\t")
    if len(cols) != 9:
        err(f"gold line {ln}: {len(cols)} columns, expected 9")
        continue
    f, a, b, rel, st, top, proj, date, ev = cols
    where = f"gold line {ln} ({f} {a} {b} {rel})"
    if line in seen_rows:
        err(f"{where}: duplicate row")
    seen_rows.add(line)
    if any(c != c.strip() for c in cols):
        err(f"{where}: a field has leading/trailing whitespace")
    if f not in articles:
        err(f"{where}: unknown article file")
        continue
    art = articles[f]
    # codes
    if a not in CODES:
        err(f"{where}: a={a!r} is not an allowed code")
    if b != "*" and b not in CODES:
        err(f"{where}: b={b!r} is not an allowed code or '*'")
    if a == b:
        err(f"{where}: a and b are the same")
    if rel not in RELATIONS:
        err(f"{where}: relation {rel!r} not allowed")
    if st not in STATUSES:
        err(f"{where}: status {st!r} not allowed")
    if top not in TOPICS:
        err(f"{where}: topic {top!r} not allowed")
    # pair order / project rows
    if rel == "project":
        if b != "*":
            err(f"{where}: project rows must have b='*'")
        if not proj:
            err(f"{where}: project rows must name the project")
    elif rel != "aid" and b != "*" and not a < b:
        err(f"{where}: pair order must be alphabetical ({b} {a})")
    # project name written in the article
    if proj and proj not in art["text"]:
        err(f"{where}: project name {proj!r} not found in the article")
    # date
    if date:
        if not DATE_RE.match(date):
            err(f"{where}: bad date format {date!r}")
        else:
            parts = [int(x) for x in date.split("-")]
            try:
                datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
            except ValueError:
                err(f"{where}: impossible date {date!r}")
            if date[:4] not in ev and not REL_DATE_RE.search(ev):
                err(f"{where}: date {date} has no support (year or relative expression) in the evidence")
    # evidence
    if not ev:
        err(f"{where}: empty evidence")
    elif not any(ev in p for p in art["paras"]):
        err(f"{where}: evidence not found verbatim inside one paragraph: {ev[:80]!r}")
    else:
        if not END_RE.search(ev):
            err(f"{where}: evidence does not end like a sentence: ...{ev[-30:]!r}")
        if not any(at_sentence_boundary(p, ev) for p in art["paras"] if ev in p):
            err(f"{where}: evidence is not a whole sentence (boundary check): {ev[:80]!r}")
    rows.append(cols)
    per_file[f] += 1
    keys.add((f, a, b, rel) if rel == "aid" else (f, *sorted([a, b]), rel))

for f in articles:
    if per_file[f] == 0:
        warn(f"{f}: no gold rows")

# ---------- report ----------
print(f"articles: {len(articles)}  words: {sum(a['words'] for a in articles.values())} "
      f"(min {min(a['words'] for a in articles.values())}, max {max(a['words'] for a in articles.values())})")
print(f"gold rows: {len(rows)}  distinct (file, a, b, relation) keys: {len(keys)}")
for f in sorted(articles):
    k = sum(1 for x in keys if x[0] == f)
    print(f"  {f:48s} words {articles[f]['words']:3d}  rows {per_file[f]:3d}  keys {k:3d}")
print("by relation:", dict(collections.Counter(r[3] for r in rows)))
print("by status:  ", dict(collections.Counter(r[4] for r in rows)))
print("by topic:   ", dict(collections.Counter(r[5] for r in rows)))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
