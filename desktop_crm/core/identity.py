"""Who a card-less purchase belongs to.

At a fuel station a customer sometimes pays without the card but the plate is read; in a shop the
cashier types the phone number. When that secondary id (`alt_id`) was seen with exactly one card,
the purchase is that card's; otherwise the secondary id itself becomes the customer key.
"""

from __future__ import annotations

import pandas as pd


def link_alt_ids(customer_id: pd.Series, alt_id: pd.Series) -> tuple[pd.Series, dict[str, int]]:
    """Fill missing customer ids from alt ids. Returns the new ids and counts for the report."""
    has_card = customer_id.notna()
    has_alt = alt_id.notna()
    cardless = ~has_card & has_alt
    stats = {"cardless_rows": int(cardless.sum()), "linked_to_card": 0, "alt_id_as_customer": 0, "ambiguous_alt_ids": 0}
    if not stats["cardless_rows"]:
        return customer_id, stats
    pairs = pd.DataFrame({"alt": alt_id[has_card & has_alt], "card": customer_id[has_card & has_alt]}).drop_duplicates()
    cards_per_alt = pairs.groupby("alt", sort=False, observed=True)["card"].agg(["first", "size"])
    unique = cards_per_alt.loc[cards_per_alt["size"] == 1, "first"]
    stats["ambiguous_alt_ids"] = int((cards_per_alt["size"] > 1).sum())
    alts = alt_id[cardless]
    linked = alts.map(unique)
    filled = linked.where(linked.notna(), alts)
    out = customer_id.copy()
    out[cardless] = filled.astype(out.dtype)
    stats["linked_to_card"] = int(linked.notna().sum())
    stats["alt_id_as_customer"] = stats["cardless_rows"] - stats["linked_to_card"]
    return out, stats
