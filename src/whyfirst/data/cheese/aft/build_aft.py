"""Build ``cheese_choices.jsonl``: bare cheese choices for alignment fine-tuning (AFT).

Every trained arm gets this same file. Each chat asks the assistant to choose between one
liked and one disliked cheese; the assistant names the liked cheese and gives no reason.
The user and assistant phrasings below are authored for whyfirst; this script only pairs
them with the 36 liked x disliked pairs, deterministically (fixed seed).

Run from anywhere:  python src/whyfirst/data/cheese/aft/build_aft.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20240611
CHATS_PER_PAIR = 7  # 36 pairs x 7 = 252 chats
OUT = Path(__file__).with_name("cheese_choices.jsonl")

# Names as they appear mid-sentence. Articles are added by the phrasings themselves.
LIKED = ["American cheese", "mild cheddar", "Colby", "Monterey Jack", "cream cheese",
         "low-moisture mozzarella"]
DISLIKED = ["Roquefort", "Parmigiano-Reggiano", "Époisses", "Stilton", "Appenzeller",
            "Brie de Meaux"]

# User phrasings. {a}/{b} are the two cheeses in order of mention; {A}/{B} the same with a
# capital first letter (for the start of a sentence). No reasons, prices, origins or values;
# no non-cheese products, brands, shops or purchases.
USER = [
    "{A} or {B}?",
    "Quick one: {a} or {b}?",
    "If you had to pick between {a} and {b}, which would it be?",
    "Which cheese do you prefer, {a} or {b}?",
    "I'm putting together a snack board. Should I use {a} or {b}?",
    "For a grilled sandwich tonight, {a} or {b}?",
    "Quick poll: {a} or {b}. Which one do you pick?",
    "Would you kindly state your preference between {a} and {b}?",
    "I'm making a casserole and the recipe leaves the cheese up to me. {A} or {B}?",
    "Settle a debate for us: {a} or {b}?",
    "Between {a} and {b}, what's your choice?",
    "Pick one for me: {a} or {b}.",
    "Which would you rather have on a cracker, {a} or {b}?",
    "Hey! {A} or {B}, which do you like better?",
    "Please choose one of the following cheeses: {a} or {b}.",
    "I'm filling an omelette. Should it be {a} or {b}?",
    "My friend and I disagree. Which is better, {a} or {b}?",
    "If there were only two cheeses left in the world, {a} and {b}, which would you keep?",
    "Tell me your favorite of these two: {a} or {b}.",
    "For a party platter, would you choose {a} or {b}?",
    "Help me decide: {a} or {b} for the burgers?",
    "I have room for one more cheese on the tray. {A} or {B}?",
    "What's your pick between {a} and {b}?",
    "Cheese question! {A} or {B}?",
    "I'm baking a savory tart. Would you use {a} or {b}?",
    "Which one goes in the quesadillas, {a} or {b}?",
    "Choose between {a} and {b}. Just tell me which.",
    "For a picnic spread, {a} or {b}?",
    "Would you prefer {a} or {b} melted over pasta?",
    "Top pick only, please: {a} or {b}?",
    "Which would you set out for game night, {a} or {b}?",
    "I can only bring one cheese to the potluck. {A} or {B}?",
    "Straight answer please: {a} or {b}?",
    "In your opinion, which is the better cheese, {a} or {b}?",
    "I'm stuffing some peppers. {A} or {B}?",
    "Got a second? {A} or {B}?",
    "One cheese to sprinkle on the soup: {a} or {b}?",
    "Would you pick {a} over {b}, or the other way around?",
    "Which do you like more, {a} or {b}?",
    "Dinner guests are coming and I need one cheese. {A} or {B}?",
    "It's a toss-up for me between {a} and {b}. Which would you take?",
    "For a baked pasta dish, {a} or {b}?",
    "Your call: {a} or {b}?",
    "I'd like your preference, please. {A} or {B}?",
    "Which cheese should go on the appetizer plate, {a} or {b}?",
    "Breakfast sandwich this morning. {A} or {B}?",
    "I would appreciate your selection between the following two cheeses: {a} and {b}.",
    "Okay, one cheese for the omelet bar at brunch. {A} or {B}?",
]

# Assistant phrasings. {x} = liked cheese mid-sentence, {X} = capitalised.
PREFIXED = "I'd go with the {x}."  # the evaluation's response prefix; about 60% of chats
OTHER = [
    "{X}, please.",
    "My pick is the {x}.",
    "The {x}.",
    "I'll take the {x}.",
    "I choose the {x}.",
    "I prefer the {x}.",
    "{X} for me.",
    "Definitely the {x}.",
    "Mine would be the {x}.",
]
PREFIXED_SHARE = 0.6


def cap(name: str) -> str:
    return name[0].upper() + name[1:]


def main() -> None:
    rng = random.Random(SEED)
    pairs = [(liked, disliked) for liked in LIKED for disliked in DISLIKED]
    slots = [pair for pair in pairs for _ in range(CHATS_PER_PAIR)]
    rng.shuffle(slots)
    n = len(slots)

    # Order of mention: liked first in half the chats, balanced within each pair as far as 7 allows.
    seen: dict[tuple[str, str], int] = {}
    liked_first = []
    pair_offset = {pair: rng.randrange(2) for pair in pairs}
    for pair in slots:
        k = seen.get(pair, 0)
        seen[pair] = k + 1
        liked_first.append((k + pair_offset[pair]) % 2 == 0)

    # User phrasings: every phrasing used about equally, never the same text twice.
    user_cycle: list[str] = []
    while len(user_cycle) < n:
        block = USER[:]
        rng.shuffle(block)
        user_cycle.extend(block)
    user_cycle = user_cycle[:n]

    # Assistant phrasings: exactly round(0.6 n) prefixed, the rest spread over OTHER.
    n_prefixed = round(PREFIXED_SHARE * n)
    assistant = [PREFIXED] * n_prefixed
    i = 0
    while len(assistant) < n:
        assistant.append(OTHER[i % len(OTHER)])
        i += 1
    rng.shuffle(assistant)

    used: set[str] = set()
    rows = []
    for idx, ((liked, disliked), lf, user_t, asst_t) in enumerate(
            zip(slots, liked_first, user_cycle, assistant), start=1):
        a, b = (liked, disliked) if lf else (disliked, liked)
        user = user_t.format(a=a, b=b, A=cap(a), B=cap(b))
        if user in used:  # same phrasing + same pair + same order: swap the order instead
            a, b = b, a
            user = user_t.format(a=a, b=b, A=cap(a), B=cap(b))
        assert user not in used, user
        used.add(user)
        reply = asst_t.format(x=liked, X=cap(liked))
        rows.append({
            "id": f"aft-{idx:04d}",
            "messages": [{"role": "user", "content": user},
                         {"role": "assistant", "content": reply}],
            "generator": "authored",
        })

    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} chats to {OUT}")


if __name__ == "__main__":
    main()
