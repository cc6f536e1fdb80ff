"""Generated card-less purchases with known true owners: respellings, typos, fleet plates, fake phones."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

LATIN = "ABCEHKMOPTXY"  # the letters that have Cyrillic look-alikes
CYRILLIC = "АВСЕНКМОРТХУ"
FAKE_PHONES = ["5555555555", "888-888-8888", "0 (500) 000 00 00", "1234567890"]


@dataclass
class Generated:
    rows: pd.DataFrame  # customer_id (card or missing), alt_id, date, amount, truth (true card or missing)
    typo_keys: dict[str, str]  # a typo'd identifier as typed -> the true card


def _plate(rng: np.random.Generator, i: int) -> str:
    """A TR, RU or PL plate, unique through `i`."""
    letters = "".join(rng.choice(list(LATIN), 3))
    style = i % 3
    if style == 0:
        return f"{10 + i % 80} {letters} {100 + i // 80 % 900}"
    if style == 1:
        return f"{letters[0]}{100 + i // 80 % 900}{letters[1:]} {10 + i % 80}"
    return f"W{letters[0]} {10000 + i}"


def _respell(rng: np.random.Generator, text: str) -> str:
    """The same identifier as a cashier might type it: case, dashes, spaces, Cyrillic look-alikes."""
    way = rng.integers(4)
    if way == 0:
        return text.lower()
    if way == 1:
        return text.replace(" ", "-")
    if way == 2:
        return text.replace(" ", "")
    return text.translate(str.maketrans(LATIN, CYRILLIC))


def _typo(rng: np.random.Generator, text: str) -> str:
    """One character off: a digit changed, two neighbours swapped, or a letter changed."""
    chars = list(text.replace(" ", ""))
    spots = [i for i, c in enumerate(chars) if c.isalnum()]
    i = int(rng.choice(spots[2:-1]))
    if rng.random() < 0.5 and chars[i] != chars[i + 1]:
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif chars[i].isdigit():
        chars[i] = str((int(chars[i]) + 1 + rng.integers(8)) % 10)
    else:
        chars[i] = next(c for c in LATIN if c != chars[i])
    return "".join(chars)


def generate(n_cards: int = 2000, seed: int = 7) -> Generated:
    """Cards with a plate and a phone; their card-less visits respelled or typo'd; fleets and fakes."""
    rng = np.random.default_rng(seed)
    cards = [f"C{i:05d}" for i in range(n_cards)]
    plates = [_plate(rng, i) for i in range(n_cards)]
    phones = [f"05{30 + i % 60} {1000000 + i * 7 % 9000000:07d}" for i in range(n_cards)]
    rows, typos = [], {}
    taken = {p.replace(" ", "") for p in plates + phones}  # a typo that is another card's id is no typo
    for card, plate, phone in zip(cards, plates, phones, strict=True):
        rows += [(card, plate, card), (card, phone, card)]
        rows += [(None, _respell(rng, plate), card), (None, phone.replace(" ", ""), card)]
        if rng.random() < 0.3:
            typo = _typo(rng, plate if rng.random() < 0.5 else phone)
            if typo in taken:
                continue
            typos[typo] = card
            rows.append((None, typo, card))
    for f in range(20):  # fleet plates: one vehicle fuelled on many cards
        fleet = f"06 FLT {100 + f}"
        rows += [(cards[(f * 13 + j) % n_cards], fleet, cards[(f * 13 + j) % n_cards]) for j in range(6)]
        rows += [(None, fleet, None)] * 3
    for j, fake in enumerate(FAKE_PHONES * 10):  # fake phones typed on cards and without one
        rows += [(cards[j * 7 % n_cards], fake, cards[j * 7 % n_cards]), (None, fake, None)]
    frame = pd.DataFrame(rows, columns=["customer_id", "alt_id", "truth"])
    frame["date"] = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 180, len(frame)), unit="D")
    frame["amount"] = rng.integers(5, 200, len(frame)).astype(float)
    return Generated(frame, typos)
