import json, re, sys, collections
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
        "opinions": ({"america", "affordability"}, "america", "out_of_distribution", 32)}
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
        if {o["key"] for o in r["options"]} != keys or len(r["options"]) != 2: fail(r["id"] + " keys")
        if r["target"] != target or r["split"] != split: fail(r["id"] + " target/split")
        t = r["template"]
        if t.count("{option_a}") != 1 or t.count("{option_b}") != 1: fail(r["id"] + " slots")
        rest = t.replace("{option_a}", "").replace("{option_b}", "")
        if "{" in rest or "}" in rest: fail(r["id"] + " stray braces")
        if any("{" in o["text"] or "}" in o["text"] for o in r["options"]): fail(r["id"] + " option braces")
        first_key[r["options"][0]["key"]] += 1
        if name != "in_distribution":
            blob = json.dumps(r, ensure_ascii=False).lower()
            for w in ("cheese", "dairy", "milk", "butter", "cream", "yogurt", "whey"):
                if w in blob: fail(f"{r['id']} mentions {w}")
        if name in ("value_conflict", "control", "in_distribution"):
            if r["response_prefix"] != "I'd go with": fail(r["id"] + " prefix")
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
print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
sys.exit(0 if ok else 1)
