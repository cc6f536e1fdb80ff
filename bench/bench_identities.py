"""Identity linking benchmark: a million identifiers (plates, phones) with known owners (issue 20).

Cards with a plate and a phone; their card-less visits under the same plate or phone respelled
(case, dashes, Cyrillic look-alikes, an international phone form) or with one typo (two neighbours
swapped, a digit changed); fleet plates on many cards and fake phones. Each size runs in a fresh
process, so its peak RSS (VmHWM) is its own. It prints the time of `review_identities`, and the
acceptance numbers on that data: the precision of the automatic links, the share of the true near
matches among the candidates, and card-less rows of a suspicious identifier that were linked.

    python bench_identities.py [--ids 1000000 250000 ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

import numpy as np
import pandas as pd

from desktop_crm.core.idlink import review_identities

LATIN, CYRILLIC = "ABCEHKMOPTXY", "АВСЕНКМОРТХУ"


def _plates(rng: np.random.Generator, n: int) -> np.ndarray:
    letters = np.array(list(LATIN))[rng.integers(0, len(LATIN), (n, 3))]
    region = np.char.mod("%02d", rng.integers(1, 82, n))
    digits = np.char.mod("%03d", rng.integers(100, 1000, n))
    middle = np.char.add(np.char.add(letters[:, 0], letters[:, 1]), letters[:, 2])
    return np.char.add(np.char.add(np.char.add(region, " "), middle), np.char.add(" ", digits))


def _typo(text: str, rng: np.random.Generator) -> str:
    """Two neighbouring digits swapped, or one digit changed, in the last part of the identifier."""
    chars = list(text)
    spots = [i for i in range(len(chars) - 4, len(chars) - 1) if chars[i].isdigit() and chars[i + 1].isdigit()]
    i = int(rng.choice(spots))
    if chars[i] != chars[i + 1] and rng.random() < 0.5:
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    else:
        chars[i] = str((int(chars[i]) + 1 + rng.integers(8)) % 10)
    return "".join(chars)


def generate(n_ids: int, seed: int = 1) -> tuple[pd.DataFrame, dict[str, str]]:
    """Rows (customer_id or missing, alt_id, truth, date, amount) with about `n_ids` identifiers."""
    rng = np.random.default_rng(seed)
    n = n_ids * 10 // 41  # 4.1 identifiers a card
    cards = np.char.mod("C%07d", np.arange(n))
    plates = _plates(rng, n)
    phones = np.char.add(
        np.char.mod("05%02d ", rng.integers(30, 60, n)), np.char.mod("%07d", rng.integers(0, 10**7, n))
    )
    look = str.maketrans(LATIN, CYRILLIC)
    respelt = [
        p.lower() if i % 3 == 0 else p.translate(look) if i % 3 == 1 else p.replace(" ", "-")
        for i, p in enumerate(plates)
    ]
    intl = np.char.add("+90 ", np.char.lstrip(phones, "0"))
    picked = rng.choice(n, n // 10, replace=False)
    typos = {_typo(str(phones[i] if i % 2 else plates[i]), rng): str(cards[i]) for i in picked}
    parts = [
        (cards, plates, cards), (cards, phones, cards), (None, respelt, cards), (None, intl, cards),
        (None, list(typos), list(typos.values())),
    ]  # fmt: skip
    fleets = [f"06 FLT {100 + f}" for f in range(n // 1000)]
    for f, plate in enumerate(fleets):
        owners = cards[(f * 97 + np.arange(6)) % n]
        parts += [(owners, [plate] * 6, owners), (None, [plate] * 3, [None] * 3)]
    fakes = ["5555555555", "888-888-8888", "0 (500) 000 00 00", "1234567890"]
    parts += [(cards[:4], fakes, cards[:4]), (None, fakes * 5, [None] * 20)]
    frame = pd.concat(
        [pd.DataFrame({"customer_id": c, "alt_id": a, "truth": t}) for c, a, t in parts], ignore_index=True
    )
    frame["date"] = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 180, len(frame)), unit="D")
    frame["amount"] = rng.integers(5, 200, len(frame)).astype(float)
    taken = set(plates) | set(phones)  # a typo that is another card's id is no typo
    return frame, {k: v for k, v in typos.items() if k not in taken}


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def run(n_ids: int) -> None:
    rows, typos = generate(n_ids)
    t = time.perf_counter()
    review = review_identities(rows["customer_id"], rows["alt_id"], "TR", amount=rows["amount"], date=rows["date"])
    seconds = time.perf_counter() - t
    cardless = rows["customer_id"].isna()
    on_card = cardless & review.customer_id.isin(set(rows["customer_id"].dropna()))
    precision = (review.customer_id[on_card] == rows["truth"][on_card]).mean()
    is_typo = rows["alt_id"].isin(typos)
    truth = set(zip(review.row_key[is_typo], rows["truth"][is_typo], strict=True))
    found = set(zip(review.candidates["key"], review.candidates["card"], strict=True))
    fake_links = int((on_card & rows["truth"].isna()).sum())
    print(
        f"{len(rows):>9,} ids  review {seconds:6.1f} s  peak {_peak_mb():6.0f} MB  precision {precision:.4f}  "
        f"candidate recall {len(truth & found) / max(len(truth), 1):.3f}  suspicious linked {fake_links}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", type=int, nargs="*", default=[250_000, 1_000_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process runs one size
    args = parser.parse_args()
    if args.one:
        run(args.one)
        return
    for n in args.ids:
        subprocess.run([sys.executable, __file__, "--one", str(n)], check=True)


if __name__ == "__main__":
    main()
