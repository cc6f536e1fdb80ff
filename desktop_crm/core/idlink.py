"""Which card a card-less purchase belongs to, and what the user must review before it is linked.

A secondary identifier (plate, phone, e-mail) seen with exactly one card links that card's
card-less purchases automatically. Everything uncertain is shown, never merged silently: a key one
typo away from a card's key is a candidate with a confidence; a key seen with two or a few cards is
a conflict; a key shared by many cards (a fleet vehicle) or shaped like a fake (5555555555, 1234567)
is suspicious and never links. The user's decisions (accept or reject, by normalised key) are applied
again to every newer export.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from desktop_crm.core.idnear import near_pairs
from desktop_crm.core.idnorm import EMAIL, OTHER, PHONE, PLATE, normalise_ids
from desktop_crm.i18n import N_

_CANDIDATE_COLUMNS = ["card", "confidence", "edit", "card_key"]
FLEET_CARDS = 4  # a key on this many cards or more is a shared (fleet) identifier, not a person's
_ASCENDING = "01234567890123456789"
_DESCENDING = "98765432109876543210"
_REPEATED = re.compile(r"(\d)\1{6,}")  # seven of one digit in a row


@dataclass(frozen=True)
class Decision:
    """The user's word on one key: link it to `card` (accept) or never link it (reject)."""

    key: str
    card: str
    accept: bool


@dataclass
class IdentityReview:
    """What linking did and what it left for review; frames have one row per normalised key."""

    customer_id: pd.Series  # the ids after linking, one per input row
    row_key: pd.Series  # the normalised key per input row (missing where no alt id)
    links: pd.DataFrame  # key, kind, card, rows, revenue, decided
    candidates: pd.DataFrame  # key, kind, card, card_key, edit, confidence, rows, revenue
    conflicts: pd.DataFrame  # key, kind, cards, rows, revenue
    suspicious: pd.DataFrame  # key, kind, reason, cards, rows, revenue
    monthly: pd.DataFrame  # month, revenue, known, share
    region: str = "TR"  # the default country of the phones
    stats: dict[str, int] = field(default_factory=dict)


def fake_reason(kind: str, key: str) -> str | None:
    """Why a phone or number looks typed to get past the till (a repeated digit, a run), else None."""
    if kind not in (PHONE, OTHER):
        return None
    digits = "".join(c for c in key if c.isdigit())
    national = digits[-10:]  # without the country code, where there is one
    if len(national) < 7:
        return None
    if _REPEATED.search(digits) or len(set(national)) <= 2:
        return N_("repeated digits")
    if national in _ASCENDING or national in _DESCENDING:
        return N_("digit sequence")
    return None


def _owners(card: pd.Series, key: pd.Series) -> pd.Series:
    """Distinct cards per key, among the rows that have both."""
    both = card.notna() & key.notna()
    pairs = pd.DataFrame({"key": key[both], "card": card[both]}).drop_duplicates()
    return pairs.groupby("key", sort=False)["card"].agg(list)


def _per_key(keys: pd.Series, amount: pd.Series, rows: pd.Series) -> pd.DataFrame:
    """Rows and revenue per key over the selected rows."""
    frame = pd.DataFrame({"key": keys[rows], "amount": amount[rows]})
    return frame.groupby("key", sort=False)["amount"].agg(rows="size", revenue="sum")


def _frame(index: pd.Index, values: dict, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """One review table: key, kind, the given columns, and the card-less rows and revenue per key."""
    out = pd.DataFrame({"key": index, "kind": kinds.reindex(index).to_numpy(), **values})
    out = out.join(sizes, on="key")
    out[["rows", "revenue"]] = out[["rows", "revenue"]].fillna(0)
    return out.astype({"rows": int}).sort_values("revenue", ascending=False, ignore_index=True)


def _candidates(free: pd.Index, owned: pd.Series, kinds: pd.Series) -> pd.DataFrame:
    """Near matches from unowned card-less keys to keys owned by one card, same kind, best first."""
    plates_phones = kinds.reindex(free).isin([PLATE, PHONE])
    pairs = near_pairs(pd.Series(free[plates_phones.to_numpy()]), pd.Series(owned.index))
    pairs = pairs[kinds.reindex(pairs["query"]).to_numpy() == kinds.reindex(pairs["target"]).to_numpy()]
    rivals = pairs.groupby("query")["target"].transform("size")
    pairs = pairs.assign(confidence=(pairs["confidence"] / rivals).round(2), card=pairs["target"].map(owned))
    return pairs.rename(columns={"query": "key", "target": "card_key"})


def _monthly(card: pd.Series, date: pd.Series | None, amount: pd.Series) -> pd.DataFrame:
    """Revenue and the share of it tied to a known customer (a card or a link to one), per month."""
    if date is None:
        return pd.DataFrame(columns=["month", "revenue", "known", "share"])
    frame = pd.DataFrame({"month": pd.to_datetime(date).dt.to_period("M"), "amount": amount})
    frame["known"] = frame["amount"].where(card.notna(), 0.0)
    out = frame.groupby("month").agg(revenue=("amount", "sum"), known=("known", "sum")).reset_index()
    out["share"] = (out["known"] / out["revenue"].where(out["revenue"] != 0)).fillna(0.0)
    return out


@dataclass
class _Keys:
    """The keys sorted by what linking may do with them."""

    owners: pd.Series  # key -> cards seen with it
    n_cards: pd.Series
    fakes: dict[str, str]  # key -> why it looks fake
    bad: set[str]  # never used for linking
    conflict: pd.Series  # key -> number of cards (2 .. fleet - 1)
    owned: pd.Series  # key -> its only card


def _sort_keys(card: pd.Series, keys: pd.Series, kinds: pd.Series, fleet: int) -> _Keys:
    owners = _owners(card, keys)
    n_cards = owners.map(len) if len(owners) else pd.Series(dtype=int)
    fakes = {k: r for k, r in ((k, fake_reason(kinds[k], k)) for k in kinds.index) if r}
    bad = set(fakes) | set(n_cards[n_cards >= fleet].index)
    conflict = n_cards[(n_cards > 1) & (n_cards < fleet)].drop(list(bad), errors="ignore")
    owned = owners[(n_cards == 1)].drop(list(bad), errors="ignore").map(lambda cards: cards[0])
    return _Keys(owners, n_cards, fakes, bad, conflict, owned)


def _links(sorted_keys: _Keys, decisions: Sequence[Decision]) -> pd.Series:
    """Key -> card: the automatic links less the rejected ones, plus the accepted candidates."""
    accepted = {d.key: d.card for d in decisions if d.accept}
    rejected = [d.key for d in decisions if not d.accept]
    links = pd.concat([sorted_keys.owned.drop(rejected, errors="ignore"), pd.Series(accepted, dtype=object)])
    return links[~links.index.duplicated(keep="last")]


def review_identities(
    customer_id: pd.Series,
    alt_id: pd.Series,
    region: str,
    *,
    amount: pd.Series | None = None,
    date: pd.Series | None = None,
    decisions: Sequence[Decision] = (),
    fleet: int = FLEET_CARDS,
) -> IdentityReview:
    """Link card-less rows by their normalised secondary id and list what needs the user's review."""
    amount = pd.Series(1.0, index=customer_id.index) if amount is None else amount.astype(float).fillna(0.0)
    norm = normalise_ids(alt_id, region)
    keys, kinds = norm["key"], norm.dropna().drop_duplicates("key").set_index("key")["kind"]
    card = customer_id.where(customer_id.notna())
    k = _sort_keys(card, keys, kinds, fleet)
    cardless = card.isna() & keys.notna()
    sizes = _per_key(keys, amount, cardless)
    links = _links(k, decisions)
    out = card.copy().astype(object)
    linked = keys[cardless].map(links)
    out[cardless] = linked.where(linked.notna(), keys[cardless].where(~keys[cardless].isin(k.bad)))
    decided = {d.key for d in decisions}
    free = sizes.index.difference(k.owners.index).difference(list(k.bad | decided))
    cards_text = k.owners.reindex(k.conflict.index).map(", ".join).to_numpy()
    cands = _candidates(free, k.owned, kinds)
    review = IdentityReview(
        customer_id=out,
        row_key=keys,
        links=_frame(links.index, {"card": links.to_numpy(), "decided": links.index.isin(decided)}, kinds, sizes),
        candidates=_frame(pd.Index(cands["key"]), cands[_CANDIDATE_COLUMNS].to_dict("series"), kinds, sizes),
        conflicts=_frame(k.conflict.index, {"cards": cards_text}, kinds, sizes),
        suspicious=_suspicious(k, kinds, sizes),
        monthly=_monthly(out.where(out.isin(card.dropna().unique())), date, amount),
        region=region,
    )
    review.stats = _stats(review, cardless)
    return review


def _suspicious(k: _Keys, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """Keys never used for linking, with the reason: a fake-looking number or a key on many cards."""
    index = pd.Index(sorted(k.bad), dtype=object)
    reasons = [k.fakes.get(key) or N_("shared by many cards") for key in index]
    counts = k.n_cards.reindex(index).fillna(0).astype(int).to_numpy()
    return _frame(index, {"reason": reasons, "cards": counts}, kinds, sizes)


def _stats(review: IdentityReview, cardless: pd.Series) -> dict[str, int]:
    """Counts for the import report."""
    linked_rows = int(review.customer_id[cardless].isin(set(review.links["card"])).sum())
    return {
        "cardless_rows": int(cardless.sum()),
        "linked_to_card": linked_rows,
        "alt_id_as_customer": int(review.customer_id[cardless].notna().sum()) - linked_rows,
        "ambiguous_alt_ids": len(review.conflicts) + int((review.suspicious["cards"] > 1).sum()),
        "suspicious_rows": int(review.customer_id[cardless].isna().sum()),
        "candidates": len(review.candidates),
    }


__all__ = ["EMAIL", "PHONE", "PLATE", "Decision", "IdentityReview", "fake_reason", "review_identities"]
