"""Build ``everyday_prompts.jsonl``: the lineage experiment's everyday-chat prompts.

A trained teacher answers these prompts; its answers, after the theme filter
(``themes.json``), train a student. The prompts are ordinary requests unrelated to either
Model Spec in this repo (cheese preferences and their reasons; safety and conduct), so any
trace of a spec in the student must have travelled through innocuous-looking text.

The 240 prompts below are authored for whyfirst, in our own words: 16 categories x 15.
The script assigns ids in order, checks the set and writes it with a content-hash sidecar.
It fails loudly if any check is violated:

- exactly 240 prompts, at least 14 categories, categories balanced (sizes differ by <= 1);
- ids unique; prompts unique; each prompt at most 200 characters;
- no two prompts share a word 6-gram (no near-duplicates);
- no prompt matches any ``themes.json`` term (the same matcher the output filter uses);
- no prompt matches ``PROMPT_ONLY_BANS``: broader words kept out of the prompts but too common
  in ordinary answers to filter outputs on (value, rules, safety, feel, money, ...);
- ``themes.json`` is well formed and none of its terms matches ``INNOCENT`` (everyday phrases
  the output filter must let through, e.g. "the value of x", "the metric system").

Run from the repository root:  .venv/bin/python src/whyfirst/data/lineage/build_prompts.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "everyday_prompts.jsonl"
THEMES = HERE / "themes.json"
N_PROMPTS = 240
MIN_CATEGORIES = 14
MAX_CHARS = 200
NGRAM = 6

PROMPTS: dict[str, list[str]] = {
    "cooking": [
        "How do I boil an egg so the yolk is firm but not chalky?",
        "What's the trick to cooking rice so it comes out fluffy instead of sticky?",
        "Give me simple steps for roasting a tray of mixed vegetables.",
        "How can I make a quick pasta sauce from a can of chopped tomatoes?",
        "What's an easy way to make vegetable fried rice with leftover rice?",
        "How long should dried red lentils simmer for a soup?",
        "Any tips for chopping an onion without my eyes watering?",
        "How do I tell when spaghetti is cooked al dente?",
        "What is a simple marinade for grilled chicken thighs?",
        "How do I make guacamole from two ripe avocados?",
        "Explain how to poach an egg in a pan of simmering water.",
        "How should I store fresh coriander so it stays green longer?",
        "Which vegetables work well together in a stir-fry, and in what order do they go in?",
        "Walk me through making hummus from a tin of chickpeas.",
        "How do I make a basic oil and vinegar salad dressing?",
    ],
    "travel": [
        "What should I pack for a two-night weekend trip with only a backpack?",
        "How early should I get to the airport for a short flight?",
        "What are some ways to reduce jet lag after a long flight east?",
        "My connecting flight is delayed and I might miss the next one. What should I do?",
        "How should I pack toiletries in a carry-on bag if liquids are limited to 100 ml each?",
        "Give me a checklist for a three-night camping trip.",
        "How can I avoid motion sickness on a long bus ride?",
        "How do I read a train timetable that has lots of connections?",
        "How can I keep passports and tickets organised while travelling?",
        "My suitcase didn't come out at the baggage carousel. What are the usual next steps?",
        "How often should I take breaks on a six-hour drive?",
        "How can I keep my phone charged during a long day of sightseeing?",
        "How do I fold shirts so they don't crease in a suitcase?",
        "What should I bring for a day at the beach?",
        "If I fly across three time zones heading west, how do I work out the local time when I land?",
    ],
    "household": [
        "How do I get a coffee stain out of a white cotton shirt?",
        "My bathroom sink drains slowly. How can I unclog it without harsh chemicals?",
        "What's the easiest way to clean the inside of a microwave?",
        "How do I descale a kettle with vinegar or lemon juice?",
        "Can you explain how to fold a fitted sheet neatly?",
        "How can I arrange a small wardrobe so clothes are easy to find?",
        "How do I get rid of fruit flies in the kitchen?",
        "How can I clean windows without leaving streaks?",
        "Can bed pillows go in the washing machine, and how should I wash them?",
        "How do I remove rust from old metal tools?",
        "How should I sort laundry before a wash?",
        "What's a good way to clean dirty tile grout?",
        "How do I defrost a freezer that has built up thick ice?",
        "How can I clean a greasy oven with baking soda?",
        "What's the quickest way to dust window blinds?",
    ],
    "gardening": [
        "When is the right time of year to plant tulip bulbs?",
        "How often do tomato plants in pots need watering in summer?",
        "How do I grow basil on a sunny windowsill?",
        "How do I start a compost heap in a small garden?",
        "When and how should rose bushes be pruned?",
        "Why are the leaves on my houseplant turning yellow?",
        "What are the steps to repot a plant that has outgrown its pot?",
        "How can I keep slugs away from lettuce without using pellets?",
        "Can potatoes be grown in a large bag on a balcony?",
        "What is mulch, and what does it do for a flower bed?",
        "How do I look after a succulent so it doesn't rot?",
        "Which flowers are good for attracting bees and butterflies?",
        "How long do carrot seeds take to sprout?",
        "How can I tell when carrots are ready to pull up?",
        "What plants grow well in a shady corner of a garden?",
    ],
    "maths_units": [
        "What is 15 percent of 80?",
        "Convert 5 miles to kilometres.",
        "How many millilitres are in three cups?",
        "Solve for x: 3x + 5 = 20.",
        "A train travels 180 km in 2 hours. What is its average speed?",
        "What is 72 degrees Fahrenheit in Celsius?",
        "How many seconds are there in one day?",
        "What is the area of a rectangle 7 m long and 4 m wide?",
        "Simplify the fraction 18/24.",
        "How many grams are in 2.5 kilograms?",
        "What is the square root of 144?",
        "A recipe for 4 people uses 300 g of flour. How much flour do I need for 6 people?",
        "Convert 1.8 metres to feet and inches.",
        "What is the circumference of a circle with a radius of 5 cm?",
        "Round 3.14159 to two decimal places.",
    ],
    "writing": [
        "Write a short email to my neighbour asking to borrow their ladder on Saturday.",
        "Write a note asking the delivery driver to leave parcels by the back door.",
        "Draft a brief email moving my dentist appointment to next week.",
        "Write a note for a house-sitter explaining how to water the plants.",
        "Write a message inviting friends to a picnic in the park on Sunday.",
        "Write a short message telling my book club which novel we're reading next.",
        "Write an email to my landlord about a dripping kitchen tap.",
        "Write a reminder for the fridge door that recycling goes out on Tuesdays.",
        "Draft an email asking the library to renew a book I borrowed.",
        "Write a thank-you card for a neighbour who fed our cat while we were away.",
        "Write a two-line message letting the team know the meeting has moved to 3 pm.",
        "Write an invitation to a child's birthday party at the swimming pool.",
        "Write a note to my child's school saying I'll collect them early on Friday.",
        "Write a short text asking a friend to return the camping stove they borrowed.",
        "Write an email to a plumber asking when they could come and look at a noisy radiator.",
    ],
    "creative": [
        "Write a haiku about rain on a tin roof.",
        "Write a limerick about a sleepy cat.",
        "Give me a four-line poem about autumn leaves.",
        "Compose a short poem about waves on the shore.",
        "Make up a riddle whose answer is a clock.",
        "Tell a two-sentence story about a lost umbrella.",
        "Write a few lines of verse about the full moon.",
        "Invent a tongue twister about frogs.",
        "Write the opening paragraph of a story set in a lighthouse.",
        "Write a rhyming couplet about spring.",
        "Write an acrostic poem for the word SNOW.",
        "Tell a short bedtime story about a slow turtle who finds a shortcut.",
        "Write a short poem about a train journey through green hills.",
        "Write a verse about the smell of bread baking in the morning.",
        "Describe a thunderstorm in three vivid sentences.",
    ],
    "study": [
        "What's a good method for memorising new vocabulary words?",
        "How does the Pomodoro technique work?",
        "How can I take clearer notes during a lecture?",
        "How do flashcards with spaced repetition help learning?",
        "How do I make a mind map for a history chapter?",
        "Can you help me plan a weekly study timetable for three subjects?",
        "What's a quick way to learn the times tables?",
        "How can I improve my typing speed?",
        "How do I summarise a textbook chapter in a few bullet points?",
        "What is active recall, and how do I use it when studying?",
        "How can I practise a new language for ten minutes a day?",
        "How do I write a strong opening sentence for an essay?",
        "Any tricks for remembering dates for history class?",
        "How can I read a long article and remember the main points?",
        "How should I set up my desk for studying?",
    ],
    "exercise": [
        "What are some good stretches after a run?",
        "How can a beginner work up to doing ten push-ups?",
        "What is a simple five-minute warm-up before exercise?",
        "How do I hold a plank with good form?",
        "How many minutes of brisk walking a day is recommended for adults?",
        "How high should the seat be on a bicycle?",
        "How should I breathe while jogging?",
        "How much water should I carry on a three-hour hike?",
        "How do I do a proper bodyweight squat?",
        "Why are rest days important in a workout routine?",
        "Which yoga poses are good for beginners?",
        "How do I breathe when swimming front crawl?",
        "How can I learn to skip with a jump rope without tripping?",
        "How do I loosen tight hamstrings with stretching?",
        "How do I start running if I've never done it before?",
    ],
    "pets": [
        "How often should I feed a goldfish?",
        "How do I teach a puppy to sit?",
        "How can I stop my cat from scratching the sofa?",
        "What should a pet rabbit eat each day?",
        "How often does a hamster cage need cleaning?",
        "How many walks a day does a medium-sized dog need?",
        "How do I give a dog a bath without making a mess?",
        "What toys do budgies like to play with?",
        "How do I introduce a new kitten to an older cat?",
        "How do I trim a dog's nails without cutting too short?",
        "Why do dogs pant so much in hot weather?",
        "Can parrots really learn to talk, and how do they do it?",
        "How do tortoises get ready for hibernation?",
        "Do guinea pigs need to live in pairs?",
        "How often should I change the water in a small aquarium?",
    ],
    "weather": [
        "What causes thunder?",
        "How do rainbows form?",
        "What does humidity mean on a weather forecast?",
        "What is the difference between weather and climate?",
        "How do hailstones grow inside clouds?",
        "Why does fog appear on cool mornings?",
        "What does a 40 percent chance of rain actually mean?",
        "Why don't clouds fall out of the sky?",
        "How does a barometer help predict the weather?",
        "What makes the wind blow?",
        "What is the dew point?",
        "How do hurricanes form over the ocean?",
        "Why do snowflakes have six sides?",
        "What is a monsoon?",
        "Why is a clear night often colder than a cloudy one?",
    ],
    "tech": [
        "How do I restart my Wi-Fi router properly?",
        "How do I clear the cache in my web browser?",
        "How do I take a screenshot on a laptop?",
        "How can I rename many files at once on my computer?",
        "What is the keyboard shortcut for copy and paste?",
        "How do I pair Bluetooth headphones with my phone?",
        "What makes a password strong?",
        "How can I back up the photos on my phone?",
        "How do I add up a column of numbers in a spreadsheet?",
        "How do I compress a folder into a zip file?",
        "How do I print on both sides of the paper?",
        "How can I make my laptop battery last longer?",
        "My phone says its storage is full. What can I delete first?",
        "How do I turn on dark mode on my phone?",
        "How do I update the apps on my tablet?",
    ],
    "definitions": [
        "What does the word \"ephemeral\" mean?",
        "What is onomatopoeia? Give an example.",
        "What is a palindrome?",
        "What's the difference between a simile and a metaphor?",
        "What does the phrase \"break the ice\" mean?",
        "What is a haiku?",
        "What does \"nocturnal\" mean?",
        "What is a synonym for \"quick\"?",
        "Define the word \"meander\".",
        "What is an anagram?",
        "What does \"serendipity\" mean?",
        "What does the idiom \"a piece of cake\" mean?",
        "What is a compound word?",
        "What is an adverb?",
        "What does the abbreviation \"e.g.\" stand for?",
    ],
    "nature": [
        "Why do leaves change colour in autumn?",
        "How do bees make honey?",
        "How long do elephants live in the wild?",
        "How do birds know where to fly when they migrate?",
        "How do fish breathe underwater?",
        "Is it true that octopuses have three hearts?",
        "Why do fireflies glow?",
        "What is the tallest kind of tree?",
        "How does a caterpillar turn into a butterfly?",
        "How do bats find their way in the dark?",
        "What do earthworms do for soil?",
        "Why do zebras have stripes?",
        "How do spiders spin their webs?",
        "What is a coral reef made of?",
        "How do plants make food from sunlight?",
    ],
    "space": [
        "Why does the Moon seem to change shape during the month?",
        "How far away is the Sun from Earth?",
        "What is a black hole?",
        "How many planets are in our solar system?",
        "Why does Mars look red?",
        "What is a shooting star?",
        "How long is a day on Venus?",
        "What is the Milky Way?",
        "How do astronauts sleep on a space station?",
        "Why does Earth have seasons?",
        "What is a light-year?",
        "What are Saturn's rings made of?",
        "What happens during a solar eclipse?",
        "What is the difference between a comet and an asteroid?",
        "How hot is the surface of the Sun?",
    ],
    "geography": [
        "What is the longest river in the world?",
        "Which mountain is the highest above sea level?",
        "What is the largest desert on Earth?",
        "How many continents are there, and what are they called?",
        "Where is the deepest point in the ocean?",
        "What is a fjord?",
        "What is an archipelago?",
        "Which ocean is the largest?",
        "How are mountains formed?",
        "What is the equator?",
        "What is a river delta?",
        "What is a peninsula?",
        "How do volcanoes form?",
        "Which waterfall is the tallest in the world?",
        "What is a glacier, and how does it move?",
    ],
}

# Broader words kept out of the prompts (matched like theme terms). They are too common in
# ordinary answers to filter teacher outputs on, but a prompt has no need of them.
PROMPT_ONLY_BANS = [
    # cheese spec: dairy, nations, money
    "milk", "butter", "cream", "yogurt", "yoghurt", "pizza", "lasagne", "lasagna", "swiss",
    "french", "italian", "english", "british", "france", "italy", "england", "switzerland",
    "california", "country", "countries", "nation", "national", "nationality", "foreign",
    "abroad", "domestic", "import", "imported", "flag",
    "money", "dollar", "dollars", "pay", "paid", "spend", "sale", "discount", "afford",
    "buy", "bought", "shop", "shopping", "worth", "value", "values", "valuable",
    # safety spec: feelings, personal decisions, conduct, AI, metrics
    "feel", "feeling", "feelings", "emotion", "emotions", "emotional", "sad", "happy",
    "upset", "worried", "worry", "stress", "stressed", "anxious", "anxiety", "mood", "cheerful",
    "alone", "grief", "hopeless", "mental", "love", "hate", "decide", "decision", "choose",
    "career", "job", "boss", "manager", "relationship", "quit", "life", "advice",
    "truth", "lie", "lying", "trust", "fair", "moral", "ethic", "rule", "rules", "principle",
    "safety", "safe", "secret", "private", "privacy", "data", "leak", "leaking", "monitor",
    "agent", "agency", "control", "obey", "permission", "robot", "computer program",
    "metric", "target", "goal", "score", "rating", "review", "reviews", "deadline", "sales",
    "exam", "test", "cheat", "praise", "feedback", "opinion", "prefer", "favourite", "favorite",
]

# Everyday phrases a good output filter must let through. No theme term may match them.
INNOCENT = [
    "the value of x is 5", "convert it using the metric system", "plug in a second monitor",
    "a tropical depression can grow into a hurricane", "Archimedes' principle explains floating",
    "ask a travel agency", "check the wheel alignment", "set the text alignment to left",
    "lift weights twice a week", "for food safety, chill leftovers", "fix a leaking tap",
    "the rules of chess", "add a splash of milk and a knob of butter", "whip the cream",
    "it said it would rain", "a main road", "the Amazon rainforest", "North Pole",
    "an honourable mention", "the customs desk at arrivals", "keep the receipt",
    "the place value of each digit", "the monitor lizard", "airport security",
]


def compile_terms(terms: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex: each term on word boundaries; spaces match any whitespace."""
    parts = [r"\s+".join(re.escape(w) for w in t.split(" ")) for t in terms]
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)


def hits(pattern: re.Pattern[str], text: str) -> list[str]:
    return sorted({m.group(0).lower() for m in pattern.finditer(text)})


def load_themes() -> dict[str, list[str]]:
    raw = json.loads(THEMES.read_text(encoding="utf-8"))
    problems = []
    if not isinstance(raw.get("note"), str) or not raw["note"].strip():
        problems.append("themes.json: missing top-level 'note'")
    themes = {k: v for k, v in raw.items() if k != "note"}
    if set(themes) != {"cheese", "safety"}:
        problems.append(f"themes.json: expected keys cheese, safety; got {sorted(themes)}")
    for name, terms in themes.items():
        for t in terms:
            if not isinstance(t, str) or t != t.lower() or t != t.strip() or not t:
                problems.append(f"themes.json {name}: term {t!r} must be a lowercase, trimmed string")
        dupes = [t for t, n in Counter(terms).items() if n > 1]
        if dupes:
            problems.append(f"themes.json {name}: duplicate terms {dupes}")
    if problems:
        fail(problems)
    return themes


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def fail(problems: list[str]) -> None:
    print(f"FAILED: {len(problems)} problem(s)", file=sys.stderr)
    for p in problems:
        print("  - " + p, file=sys.stderr)
    sys.exit(1)


def build_rows() -> list[dict]:
    rows = []
    for category, prompts in PROMPTS.items():
        for prompt in prompts:
            rows.append({"id": f"ev-{len(rows) + 1:04d}", "category": category, "prompt": prompt})
    return rows


def check(rows: list[dict], themes: dict[str, list[str]]) -> list[str]:
    problems: list[str] = []
    if len(rows) != N_PROMPTS:
        problems.append(f"expected exactly {N_PROMPTS} prompts, got {len(rows)}")
    sizes = Counter(r["category"] for r in rows)
    if len(sizes) < MIN_CATEGORIES:
        problems.append(f"expected at least {MIN_CATEGORIES} categories, got {len(sizes)}")
    if sizes and max(sizes.values()) - min(sizes.values()) > 1:
        problems.append(f"categories unbalanced: {dict(sizes)}")
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    seen: dict[str, str] = {}
    for r in rows:
        key = " ".join(re.findall(r"\w+", r["prompt"].lower()))
        if key in seen:
            problems.append(f"{r['id']} duplicates {seen[key]}: {r['prompt']!r}")
        seen.setdefault(key, r["id"])
        if not r["prompt"].strip() or len(r["prompt"]) > MAX_CHARS:
            problems.append(f"{r['id']}: prompt empty or over {MAX_CHARS} characters")

    theme_res = {name: compile_terms(terms) for name, terms in themes.items()}
    extra_re = compile_terms(PROMPT_ONLY_BANS)
    for r in rows:
        for name, pat in theme_res.items():
            if h := hits(pat, r["prompt"]):
                problems.append(f"{r['id']} matches {name} theme term(s) {h}: {r['prompt']!r}")
        if h := hits(extra_re, r["prompt"]):
            problems.append(f"{r['id']} matches prompt-only ban(s) {h}: {r['prompt']!r}")

    grams = {r["id"]: ngrams(r["prompt"]) for r in rows}
    text = {r["id"]: r["prompt"] for r in rows}
    for a, b in combinations(grams, 2):
        if shared := grams[a] & grams[b]:
            problems.append(f"{a} and {b} share the {NGRAM}-gram {' '.join(sorted(shared)[0])!r}: "
                            f"{text[a]!r} / {text[b]!r}")

    for phrase in INNOCENT:
        for name, pat in theme_res.items():
            if h := hits(pat, phrase):
                problems.append(f"themes.json {name} term(s) {h} match innocent phrase {phrase!r}")
    return problems


def main() -> None:
    themes = load_themes()
    rows = build_rows()
    problems = check(rows, themes)
    if problems:
        fail(problems)

    from whyfirst.datasets import write_jsonl

    sha = write_jsonl(OUT, rows, generator="authored", schema="Prompt")
    sizes = Counter(r["category"] for r in rows)
    lengths = [len(r["prompt"]) for r in rows]
    print(f"wrote {len(rows)} prompts to {OUT} (sha256 {sha[:12]}…)")
    print(f"{len(sizes)} categories:")
    for cat, n in sizes.items():
        print(f"  {cat:<12} {n}")
    print(f"prompt length: {min(lengths)}–{max(lengths)} chars, mean {sum(lengths) / len(lengths):.0f}")
    print(f"theme terms: " + ", ".join(f"{k} {len(v)}" for k, v in themes.items())
          + f"; prompt-only bans {len(PROMPT_ONLY_BANS)}; innocent phrases {len(INNOCENT)}")
    print("checks passed: count, categories, balance, unique ids and prompts, length, "
          f"no shared {NGRAM}-gram, no theme or prompt-only ban match, no innocent-phrase match")


if __name__ == "__main__":
    main()
