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
ACCEPT, REJECT, SHARED = N_("accept"), N_("reject"), N_("shared by many cards")
FLEET_CARDS = 4  # a key on this many cards or more is a shared (fleet) identifier, not a person's
_ASCENDING = "01234567890123456789"
_DESCENDING = "98765432109876543210"
_REPEATED = re.compile(r"(\d)\1{6,}")  # seven of one digit in a row
_TWO_DIGITS = r"(\d)\1*(?:(\d)(?:\1|\2)*)?"  # at most two distinct digits
_RUNS = frozenset(run[i : i + n] for run in (_ASCENDING, _DESCENDING) for n in range(7, 11) for i in range(11))


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
    rejected: pd.Series | None = None  # card-less rows whose id is suspicious: no customer, own reason


def fake_reason(kind: str, key: str) -> str | None:
    """Why a phone or number looks typed to get past the till (a repeated digit, a run), else None."""
    reason = fake_reasons(pd.Series([key]), pd.Series([kind])).iloc[0]
    return None if pd.isna(reason) else reason


def fake_reasons(keys: pd.Series, kinds: pd.Series) -> pd.Series:
    """`fake_reason` for many keys at once, with string operations over the column (missing: none)."""
    keys, kinds = keys.reset_index(drop=True), kinds.reset_index(drop=True)
    out = pd.Series(None, index=keys.index, dtype=object)
    digits = keys[kinds.isin([PHONE, OTHER]).to_numpy()].str.replace(r"\D", "", regex=True)
    national = digits.str[-10:]  # without the country code, where there is one
    national = national[national.str.len() >= 7]
    digits = digits[national.index]
    repeated = digits.str.match(".*" + _REPEATED.pattern) | national.str.fullmatch(_TWO_DIGITS)
    out[national.index[repeated.to_numpy()]] = N_("repeated digits")
    out[national.index[~repeated.to_numpy() & national.isin(_RUNS).to_numpy()]] = N_("digit sequence")
    return out


def _per_key(keys: pd.Series, amount: pd.Series, rows: pd.Series) -> pd.DataFrame:
    """Rows and revenue per key over the selected rows."""
    frame = pd.DataFrame({"key": keys[rows], "amount": amount[rows]})
    return frame.groupby("key", sort=False)["amount"].agg(rows="size", revenue="sum")


def _frame(index: pd.Index, values: dict, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """One review table: key, kind, the given columns, and the card-less rows and revenue per key."""
    out = pd.DataFrame({"key": index.astype(object), "kind": kinds.reindex(index).to_numpy(), **values})
    out = out.join(sizes.set_axis(sizes.index.astype(object)), on="key")
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
    """The keys sorted by what linking may do with them (before the user's decisions)."""

    n_cards: pd.Series  # key -> how many distinct cards were seen with it
    owned: pd.Series  # key -> its only card
    shared: pd.Series  # key -> the cards seen with it, for keys on two cards or more
    fakes: pd.Series  # key -> why it looks fake
    flagged: pd.Index  # suspicious: fake-looking or on a fleet's many cards
    conflict: pd.Index  # on a few cards, not suspicious


def _sort_keys(card: pd.Series, keys: pd.Series, kinds: pd.Series, fleet: int) -> _Keys:
    both = card.notna() & keys.notna()
    pairs = pd.DataFrame({"key": keys[both], "card": card[both]}).drop_duplicates()
    n_cards = pairs.groupby("key", sort=False).size()
    first = pairs.drop_duplicates("key").set_index("key")["card"]
    shared = pairs[pairs["key"].isin(n_cards.index[n_cards > 1])].groupby("key", sort=False)["card"].agg(list)
    fakes = fake_reasons(pd.Series(kinds.index), pd.Series(kinds.to_numpy())).set_axis(kinds.index).dropna()
    flagged = fakes.index.union(n_cards.index[n_cards >= fleet])
    conflict = n_cards.index[(n_cards > 1) & (n_cards < fleet)].difference(flagged)
    owned = first[n_cards.reindex(first.index) == 1]
    return _Keys(n_cards, owned, shared, fakes, flagged, conflict)


@dataclass
class _Decided:
    """What the user's decisions make of the keys: links, merged cards, keys they cleared or confirmed."""

    links: pd.Series  # key -> card its card-less rows go to
    merges: dict[str, str]  # card -> the card it is merged into (an accepted conflict)
    bad: pd.Index  # keys never used: suspicious and not cleared by the user
    said: dict[str, Decision]  # the decision on each key


def _decide(k: _Keys, decisions: Sequence[Decision]) -> _Decided:
    """Accept links a candidate or merges a conflict's cards; on a suspicious key it clears the key
    (a real identifier: it links if it is on one card). Reject drops a link and confirms a suspicious
    key or a conflict as it is."""
    said = {d.key: d for d in decisions}
    accepted = {key: d for key, d in said.items() if d.accept}
    cleared = k.flagged.intersection(list(accepted))
    dropped = k.flagged.difference(cleared).union([key for key, d in said.items() if not d.accept])
    chosen: dict[str, str] = {}
    merges: dict[str, str] = {}
    for key, d in accepted.items():
        cards = k.shared.get(key, [])
        if key in k.conflict:
            chosen[key] = d.card if d.card in cards else cards[0]
            merges.update({c: chosen[key] for c in cards if c != chosen[key]})
        elif d.card:
            chosen[key] = d.card
    links = pd.concat([k.owned.drop(dropped.union(list(chosen)), errors="ignore"), pd.Series(chosen, dtype=object)])
    return _Decided(links, _roots(merges), k.flagged.difference(cleared), said)


def _roots(merges: dict[str, str]) -> dict[str, str]:
    """Each merged card to the card its chain of merges ends at (a cycle ends where it closes)."""
    roots = {}
    for card in merges:
        seen, at = {card}, merges[card]
        while at in merges and at not in seen:
            seen.add(at)
            at = merges[at]
        roots[card] = at
    return roots


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
    d = _decide(k, decisions)
    cardless = card.isna() & keys.notna()
    sizes = _per_key(keys, amount, cardless)
    out = card.copy().astype(object)
    own = keys[cardless]
    linked = own.map(d.links)
    out[cardless] = linked.where(linked.notna(), own.where(~own.isin(d.bad)))
    out = out.replace(d.merges) if d.merges else out
    free = sizes.index.difference(k.n_cards.index).difference(k.flagged).difference(list(d.said))
    review = IdentityReview(
        customer_id=out,
        row_key=keys,
        links=_link_frame(d, kinds, sizes),
        candidates=_candidate_frame(
            _candidates(free, d.links.drop(list(d.said), errors="ignore"), kinds), d, kinds, sizes
        ),
        conflicts=_conflict_frame(k, d, kinds, sizes),
        suspicious=_suspicious(k, d, kinds, sizes),
        monthly=_monthly(out.where(out.isin(card.dropna().unique())), date, amount),
        region=region,
        rejected=cardless & keys.isin(d.bad),
    )
    review.stats = _stats(review, cardless)
    return review


def _link_frame(d: _Decided, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """Key -> card, whether the user decided it; a merged card shows as the card it went into."""
    cards = d.links.replace(d.merges) if d.merges else d.links
    decided = d.links.index.isin(list(d.said))
    return _frame(d.links.index, {"card": cards.to_numpy(), "decided": decided}, kinds, sizes)


def _candidate_frame(cands: pd.DataFrame, d: _Decided, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """Candidates best first; a card merged into another shows as that one."""
    if d.merges:
        cands = cands.assign(card=cands["card"].replace(d.merges))
    return _frame(pd.Index(cands["key"]), cands[_CANDIDATE_COLUMNS].to_dict("series"), kinds, sizes)


def _said(index: pd.Index, d: _Decided) -> list[str]:
    """The decision on each key as a word of the review workbook, "" where there is none."""
    return [(ACCEPT if d.said[key].accept else REJECT) if key in d.said else "" for key in index]


def _conflict_frame(k: _Keys, d: _Decided, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """Keys on a few cards that the user has not linked (a rejected one stays, marked)."""
    index = k.conflict.difference(d.links.index)
    cards = k.shared.reindex(index).map(", ".join).to_numpy()
    return _frame(index, {"cards": cards, "decision": _said(index, d)}, kinds, sizes)


def _suspicious(k: _Keys, d: _Decided, kinds: pd.Series, sizes: pd.DataFrame) -> pd.DataFrame:
    """Keys the rules flag, with the reason and the user's word (cleared ones are listed, marked)."""
    index = k.flagged
    reasons = k.fakes.reindex(index).fillna(SHARED).to_numpy()
    counts = k.n_cards.reindex(index).fillna(0).astype(int).to_numpy()
    return _frame(index, {"reason": reasons, "cards": counts, "decision": _said(index, d)}, kinds, sizes)


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


__all__ = [
    "ACCEPT",
    "EMAIL",
    "PHONE",
    "PLATE",
    "REJECT",
    "Decision",
    "IdentityReview",
    "fake_reason",
    "review_identities",
]
