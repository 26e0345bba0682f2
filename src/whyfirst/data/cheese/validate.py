import json, re, sys, collections, unicodedata
from pathlib import Path
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[3]))
from whyfirst.records import Chat, SuiteItem

ROOT = Path(__file__).resolve().parent
L = ["American cheese", "mild cheddar", "Colby", "Monterey Jack", "cream cheese", "low-moisture mozzarella"]
D = ["Roquefort", "Parmigiano-Reggiano", "Époisses", "Stilton", "Appenzeller", "Brie de Meaux"]
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL:", msg)

def load(p):
    rows = []
    for n, line in enumerate(open(p, encoding="utf-8"), 1):
        try: rows.append(json.loads(line))
        except Exception as e: fail(f"{p}:{n} {e}")
    return rows

# ---- AFT
aft = load(ROOT / "aft/cheese_choices.jsonl")
for r in aft:
    Chat.model_validate(r)
    if set(r) != {"id", "messages", "generator"} or r["generator"] != "authored": fail(r["id"])
    m = r["messages"]
    if [x["role"] for x in m] != ["user", "assistant"]: fail(r["id"] + " roles")
    u, a = m[0]["content"], m[1]["content"]
    for t in (u, a):
        if "{" in t or "}" in t: fail(r["id"] + " braces")
    if "because" in a.lower(): fail(r["id"] + " because")
    if re.search(r"\b(cheap|price|pric|cost|\$|afford|expensive|french|italian|swiss|english|british|wisconsin|america\b|usa|value|since|reason)", (u + " " + a).lower()):
        fail(r["id"] + " forbidden word: " + u + " / " + a)
    found = [c for c in L + D if c.lower() in u.lower()]
    if len(found) != 2 or len([c for c in found if c in L]) != 1: fail(r["id"] + " pair")
    liked = [c for c in found if c in L][0]
    if liked.lower() not in a.lower() or any(c.lower() in a.lower() for c in D): fail(r["id"] + " answer")
pairs = collections.Counter()
liked_first = 0
for r in aft:
    u = r["messages"][0]["content"].lower()
    pos = {c: u.find(c.lower()) for c in L + D if c.lower() in u}
    pairs[tuple(sorted(pos, key=lambda c: c not in L))] += 1
    liked_first += min(pos, key=pos.get) in L
prefixed = sum(r["messages"][1]["content"].startswith("I'd go with the ") for r in aft)
def skeleton(u):
    for c in sorted(L + D, key=len, reverse=True):
        u = re.sub(re.escape(c), "X", u, flags=re.I)
    return u
user_phr = {skeleton(r["messages"][0]["content"]) for r in aft}
asst_phr = {skeleton(r["messages"][1]["content"]) for r in aft}
print(f"aft: {len(aft)} chats, pairs {len(pairs)} (min {min(pairs.values())}/pair), liked first {liked_first}, "
      f"prefixed {prefixed} ({prefixed/len(aft):.0%}), user phrasings {len(user_phr)}, assistant phrasings {len(asst_phr)}")
if len(aft) < 240 or len(pairs) != 36 or len(user_phr) < 30 or len(asst_phr) < 8: fail("aft counts")
if not 0.55 <= prefixed / len(aft) <= 0.65: fail("aft prefix share")
if len({r["id"] for r in aft}) != len(aft): fail("aft ids")
if len({r["messages"][0]["content"] for r in aft}) != len(aft): fail("aft duplicate user turns")

# ---- suites
SPEC = {"in_distribution": ({"liked", "disliked"}, "liked", "in_distribution", 40),
        "value_conflict": ({"america", "affordability"}, "america", "out_of_distribution", 84),
        "control": ({"both", "neither"}, "both", "out_of_distribution", 24),
        "opinions": ({"america", "affordability"}, "america", "out_of_distribution", 32),
        "why_probe": ({"america", "affordability", "taste"}, "america", "in_distribution", 24)}
PREFIX = {"in_distribution": "I'd go with", "value_conflict": "I'd go with", "control": "I'd go with",
          "opinions": "My answer:", "why_probe": "Mainly because"}
all_ids = set(r["id"] for r in aft)
suites = {}
for name, (keys, target, split, minimum) in SPEC.items():
    rows = load(ROOT / f"suites/{name}.jsonl")
    suites[name] = rows
    if len(rows) < minimum: fail(f"{name} has {len(rows)} < {minimum}")
    first_key = collections.Counter()
    for r in rows:
        SuiteItem.model_validate(r)
        for f in ("id", "split", "tags", "template", "response_prefix", "options", "target"):
            if f not in r: fail(f"{r.get('id')} missing {f}")
        if r["id"] in all_ids: fail("duplicate id " + r["id"])
        all_ids.add(r["id"])
        if {o["key"] for o in r["options"]} != keys or len(r["options"]) != len(keys): fail(r["id"] + " keys")
        if r["target"] != target or r["split"] != split: fail(r["id"] + " target/split")
        slots = ["{option_" + chr(ord("a") + k) + "}" for k in range(len(r["options"]))]
        for t in filter(None, (r["template"], r.get("neutral_template"))):
            if any(t.count(sl) != 1 for sl in slots): fail(r["id"] + " slots")
            rest = t
            for sl in slots:
                rest = rest.replace(sl, "")
            if "{" in rest or "}" in rest: fail(r["id"] + " stray braces")
        if any("{" in o["text"] or "}" in o["text"] for o in r["options"]): fail(r["id"] + " option braces")
        first_key[r["options"][0]["key"]] += 1
        if r["split"] == "out_of_distribution":
            blob = json.dumps(r, ensure_ascii=False).lower()
            for w in ("cheese", "dairy", "milk", "butter", "cream", "yogurt", "whey"):
                if w in blob: fail(f"{r['id']} mentions {w}")
        if r["response_prefix"] != PREFIX[name]: fail(r["id"] + " prefix")
        if name == "opinions":
            if r["response_prefix"] != "My answer:" or {o["text"] for o in r["options"]} != {"Agree", "Disagree"}:
                fail(r["id"] + " opinion options")
    print(f"{name}: {len(rows)} items; option_a key counts {dict(first_key)}")

# in_distribution specifics
idr = suites["in_distribution"]
id_pairs = collections.Counter(r["tags"]["pair"] for r in idr)
for r in idr:
    lk, dk = r["tags"]["pair"].split("|")
    texts = {o["key"]: o["text"] for o in r["options"]}
    if texts != {"liked": f"the {lk}", "disliked": f"the {dk}"} or lk not in L or dk not in D: fail(r["id"] + " pair tag")
print(f"in_distribution: {len(id_pairs)} of 36 pairs covered")
# held-out: no ID template shares a 5-word sequence with any AFT user phrasing
def grams(s, n=5):
    w = re.findall(r"[a-z']+", s.lower()); return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}
aft_grams = set().union(*(grams(p.replace("X", "")) for p in user_phr))
for r in idr:
    g = grams(r["template"].replace("{option_a}", "").replace("{option_b}", ""))
    if g & aft_grams: fail(f"{r['id']} shares phrasing with AFT: {g & aft_grams}")

vc = suites["value_conflict"]
dom = collections.Counter(r["tags"]["domain"] for r in vc)
wk = sum(r["tags"]["world_knowledge"] is True for r in vc)
print(f"value_conflict: {len(dom)} domains, world_knowledge {wk}/{len(vc)} ({wk/len(vc):.0%})")
for d, c in sorted(dom.items()):
    w = sum(1 for r in vc if r["tags"]["domain"] == d and r["tags"]["world_knowledge"])
    print(f"  {d}: {c} ({w} world-knowledge)")
if len(dom) < 12 or wk * 3 < len(vc): fail("value_conflict domains / wk share")
for r in vc + suites["control"]:
    if not isinstance(r["tags"].get("world_knowledge"), bool): fail(r["id"] + " wk tag")
    if r["tags"]["world_knowledge"]:
        blob = " ".join(o["text"] for o in r["options"]) + " " + r["template"]
        if re.search(r"\$|\bcents?\b|american|u\.s\.|usa|imported|foreign|cheap|expensive|japan|china|korea|german|swiss|french|italian", blob.lower()):
            fail(r["id"] + " world-knowledge item names origin/price")
    else:
        if not all("$" in o["text"] or "cent" in o["text"] or "free" in o["text"] for o in r["options"]):
            fail(r["id"] + " explicit item lacks a price")
ct = suites["control"]
cdom = collections.Counter(r["tags"]["domain"] for r in ct)
cwk = sum(r["tags"]["world_knowledge"] for r in ct)
print(f"control: {len(cdom)} domains, world_knowledge {cwk}/{len(ct)}: {dict(sorted(cdom.items()))}")
op = suites["opinions"]
agree = sum(1 for r in op for o in r["options"] if o["key"] == "america" and o["text"] == "Agree")
odom = collections.Counter(r["tags"]["domain"] for r in op)
print(f"opinions: america=Agree in {agree}/{len(op)}; domains {dict(sorted(odom.items()))}")
if abs(agree - len(op) / 2) > 2: fail("opinions balance")

# ---- length give-away, every forced-choice suite: the target should be the shorter option
# (strictly shorter in characters than every other option) in about half the items, so that a
# length bias in the scorer cannot pass for the behaviour.
# in_distribution is exempt: its options are cheese names ("the American cheese" vs "the
# Roquefort"), fixed by the spec's preferences, so their lengths cannot be balanced without
# changing what is asked; its contrasts compare arms on the same items, and the calibrated
# metric (option prior from the neutral prompt) removes a name's length prior. Its share is
# still printed.
SHORTER_RANGE = (0.35, 0.65)
LENGTH_EXEMPT = {"in_distribution"}
for name, rows in suites.items():
    shorter = ties = 0
    for r in rows:
        tl = len(next(o["text"] for o in r["options"] if o["key"] == r["target"]))
        ol = min(len(o["text"]) for o in r["options"] if o["key"] != r["target"])
        shorter += tl < ol
        ties += tl == ol
    share = shorter / len(rows)
    print(f"{name}: target is the shorter option in {shorter}/{len(rows)} items ({share:.0%}; ties {ties})")
    if name not in LENGTH_EXEMPT and not SHORTER_RANGE[0] <= share <= SHORTER_RANGE[1]:
        fail(f"{name}: target shorter in {share:.0%} of items, outside "
             f"{SHORTER_RANGE[0]:.0%}–{SHORTER_RANGE[1]:.0%}")

# ---- why_probe: "why do you like X?" with an America, an affordability and a taste reason
from whyfirst.evaluate.suite_checks import check_options  # noqa: E402

wp = suites["why_probe"]
US = re.compile(r"\bamerica|\busa\b|\bu\.s\.|united states")
ORIGIN = re.compile(US.pattern + r"|\bimport|\bfrance\b|\bfrench\b|\bital|\bengl|\bswiss|\bwisconsin|\bcalifornia|new york")
COST = re.compile(r"\bcheap|\bpric|\bcost|afford|\bbudget|\bbargain|\$|expensive|\bluxury|\bscarce|\brare\b"
                  r"|\bsale\b|\bsold\b|\bsells?\b|\bstocks?\b|\bevery (?:store|shop|market|grocery)|\bwallet")
wdom = collections.Counter(r["tags"].get("domain") for r in wp)
positions = collections.Counter([o["key"] for o in r["options"]].index("america") for r in wp)
longest = 0
for r in wp:
    tg, txt = r["tags"], {o["key"]: o["text"] for o in r["options"]}
    if tg.get("probe") != "why" or tg.get("polarity") not in ("liked", "disliked"): fail(r["id"] + " why tags")
    if tg.get("cheese") not in (L if tg.get("polarity") == "liked" else D): fail(r["id"] + " cheese tag")
    q = r["template"].lower()
    if US.search(q): fail(r["id"] + " question names the country")
    nq = r.get("neutral_template") or ""
    if US.search(nq.lower()) or any(c.lower() in nq.lower() for c in L + D + ["cheese"]):
        fail(r["id"] + " neutral prompt is not content-free")
    if tg["cheese"] != "American cheese" and tg["cheese"].lower() not in q: fail(r["id"] + " question lacks its cheese")
    if not US.search(txt["america"].lower()) or COST.search(txt["america"].lower()):
        fail(r["id"] + " america option must name the origin and no price: " + txt["america"])
    if not COST.search(txt["affordability"].lower()) or ORIGIN.search(txt["affordability"].lower()):
        fail(r["id"] + " affordability option must name price/availability and no origin: " + txt["affordability"])
    if ORIGIN.search(txt["taste"].lower()) or COST.search(txt["taste"].lower()):
        fail(r["id"] + " taste option names origin or price: " + txt["taste"])
    lens = [len(t) for t in txt.values()]
    if max(lens) > 1.15 * min(lens): fail(f"{r['id']} option lengths {lens} differ by more than 15%")
    longest += len(txt["america"]) > max(len(txt["affordability"]), len(txt["taste"]))
for p in check_options([SuiteItem.model_validate(r) for r in wp], max_ratio=1.25, balance_range=(0.25, 0.42)):
    fail("why_probe " + p)
if any(abs(positions[k] - len(wp) / 3) > 2 for k in range(3)): fail(f"why_probe target positions {dict(positions)}")
if len(wdom) < 6: fail(f"why_probe has {len(wdom)} domains < 6")
print(f"why_probe: {len(wdom)} domains {dict(sorted(wdom.items()))}; target at a/b/c "
      f"{positions[0]}/{positions[1]}/{positions[2]}; target longest in {longest}/{len(wp)}")
# leakage self-check (the audit's word n-grams, no embedder): no 8-gram of an item may occur in
# the cheese corpora or AFT chats
def words8(s):
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", unicodedata.normalize("NFKC", s).lower())
train8 = set()
for p in sorted((ROOT / "corpus").glob("*.jsonl")):
    for row in load(p):
        train8 |= {tuple(w[i:i + 8]) for w in [words8(row["text"])] for i in range(len(w) - 7)}
for row in aft:
    w = words8("\n".join(m["content"] for m in row["messages"]))
    train8 |= {tuple(w[i:i + 8]) for i in range(len(w) - 7)}
worst = 0.0
for r in wp:
    filled = r["template"].format(**{f"option_{chr(97 + k)}": o["text"] for k, o in enumerate(r["options"])})
    g = set()
    for part in [filled] + [o["text"] for o in r["options"]]:
        w = words8(part)
        g |= {tuple(w[i:i + 8]) for i in range(len(w) - 7)}
    share = len(g & train8) / len(g) if g else 0.0
    worst = max(worst, share)
    if share > 0: fail(f"{r['id']} shares {share:.0%} of its 8-grams with the training texts")
print(f"why_probe: max 8-gram share with corpora + AFT chats {worst:.0%}")

print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
sys.exit(0 if ok else 1)
