"""Near matches between identifiers in near-linear time, by deletion neighbourhoods.

Two keys one edit apart (a substitution, an insertion, a deletion or two swapped neighbours) share
at least one string obtained by deleting at most one character from each. Joining the keys on those
strings finds every such pair without comparing all pairs. The deletions are made column-wise with
Arrow, one position at a time, and the targets' deletions are kept only where a query has the same
one, so a million owned keys against the card-less typos take seconds, not a 10-million-row join.
The join's few false hits are dropped by an exact edit-distance check on the pairs found.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.i18n import N_

# characters read or typed for one another: a substitution between them is a likelier typo
_CONFUSABLE = {frozenset(p) for p in ("0O", "1I", "8B", "5S", "2Z", "6G", "0D", "4A", "7T")}

TRANSPOSED, LOOKALIKE, SUBSTITUTED = N_("transposed"), N_("look-alike"), N_("substituted")
INSERTED = N_("inserted/deleted")
CONFIDENCE = {TRANSPOSED: 0.9, LOOKALIKE: 0.9, SUBSTITUTED: 0.7, INSERTED: 0.6}


def _variants(keys: pa.Array, position: int) -> pa.Array:
    """Each key without its character at `position` (keys that short are left out)."""
    keys = pc.filter(keys, pc.greater(pc.utf8_length(keys), position))
    dropped = pc.binary_join_element_wise(
        pc.utf8_slice_codeunits(keys, 0, position), pc.utf8_slice_codeunits(keys, position + 1), ""
    )
    return pa.StructArray.from_arrays([dropped, keys], ["variant", "key"])


def _neighbourhood(keys: pd.Series, among: pa.Array | None = None) -> pd.DataFrame:
    """Every key with itself and each of its one-character deletions, as (variant, key) rows; only the
    variants found in `among`, when given (the other side's variants: the rest cannot join)."""
    distinct = pa.array(pd.unique(keys.dropna()).astype(str), pa.string())
    longest = pc.max(pc.utf8_length(distinct)).as_py() if len(distinct) else 0
    parts = [pa.StructArray.from_arrays([distinct, distinct], ["variant", "key"])]
    parts += [_variants(distinct, i) for i in range(longest)]
    rows = pa.concat_arrays(parts)
    if among is not None:
        rows = pc.filter(rows, pc.is_in(pc.struct_field(rows, [0]), value_set=among))
    return pa.table({"variant": pc.struct_field(rows, [0]), "key": pc.struct_field(rows, [1])}).to_pandas()


def one_edit(a: str, b: str) -> str | None:
    """What single edit turns `a` into `b` (None when they are equal or further apart)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    if len(a) != len(b):
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
        return INSERTED if short[i:] == long_[i + 1 :] else None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return LOOKALIKE if frozenset((a[diff[0]], b[diff[0]])) in _CONFUSABLE else SUBSTITUTED
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return TRANSPOSED
    return None


def near_pairs(queries: pd.Series, targets: pd.Series) -> pd.DataFrame:
    """Pairs (query, target, edit, confidence) of keys exactly one edit apart."""
    asked = _neighbourhood(queries)
    if asked.empty:
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in ("query", "target", "edit")})
        return empty.assign(confidence=pd.Series(dtype=float))
    offered = _neighbourhood(targets, pa.array(asked["variant"].unique(), pa.string()))
    joined = asked.merge(offered, on="variant", suffixes=("", "_target"))
    pairs = joined[["key", "key_target"]].drop_duplicates()
    pairs = pairs[pairs["key"] != pairs["key_target"]]
    edits = [one_edit(a, b) for a, b in zip(pairs["key"], pairs["key_target"], strict=True)]
    pairs = pairs.assign(edit=edits).dropna(subset=["edit"])
    pairs = pairs.rename(columns={"key": "query", "key_target": "target"}).reset_index(drop=True)
    return pairs.assign(confidence=pairs["edit"].map(CONFIDENCE).astype(float))
