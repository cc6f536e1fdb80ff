"""Identity linking: normalised keys, automatic links, candidates, conflicts, suspicious ids (issue 20)."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_crm.core.idlink import Decision, fake_reason, review_identities
from desktop_crm.core.idnear import near_pairs, one_edit
from desktop_crm.core.idnorm import EMAIL, PHONE, PLATE, default_region, normalise, normalise_ids
from tests.identities_data import generate


@pytest.mark.parametrize("text", ["34 abc 123", "34-ABC-123", "34АВС123", " 34abc123 "])
def test_spellings_of_one_plate_are_one_key(text):
    assert normalise(text, "TR") == (PLATE, "34ABC123")


def test_plates_of_other_countries_keep_their_format():
    assert normalise("А123ВС 77", "RU") == (PLATE, "A123BC77")
    assert normalise("WA 12345", "PL") == (PLATE, "WA12345")
    assert normalise("KR 1A234", "PL") == (PLATE, "KR1A234")


@pytest.mark.parametrize(
    ("text", "region", "key"),
    [
        ("0532 123 45 67", "TR", "+905321234567"),
        ("532 123 4567", "TR", "+905321234567"),
        ("+90 (532) 123-45-67", "RU", "+905321234567"),
        ("8 912 345-67-89", "RU", "+79123456789"),
        ("512 345 678", "PL", "+48512345678"),
    ],
)
def test_phones_reach_e164_with_the_default_region(text, region, key):
    assert normalise(text, region) == (PHONE, key)


def test_emails_ignore_case_and_spaces():
    assert normalise("  Ayse.Kaya@Example.COM ", "TR") == (EMAIL, "ayse.kaya@example.com")


def test_region_follows_currency_then_language():
    assert default_region("PLN", "tr") == "PL"
    assert default_region(None, "ru_RU") == "RU"
    assert default_region(None, None) == "TR"


@pytest.mark.parametrize("key", ["+905555555555", "+18888888888", "+905000000000", "+901234567890"])
def test_fake_looking_phones_are_suspicious(key):
    assert fake_reason(PHONE, key)


def test_a_real_phone_is_not_suspicious():
    assert fake_reason(PHONE, "+905321234567") is None


def test_one_edit_tells_the_edit():
    assert one_edit("34ABC123", "34ABC132") == "transposed"
    assert one_edit("34ABC123", "34ABC128") == "substituted"
    assert one_edit("34ABC123", "34A8C123") == "look-alike"
    assert one_edit("34ABC123", "34ABC1234") == "inserted/deleted"
    assert one_edit("34ABC123", "34ABD132") is None


def test_near_pairs_find_exactly_the_keys_one_edit_apart():
    pairs = near_pairs(pd.Series(["34ABC132", "99ZZZ999", "34ABX123"]), pd.Series(["34ABC123", "06XYZ456"]))
    assert set(zip(pairs["query"], pairs["target"], strict=True)) == {
        ("34ABC132", "34ABC123"),
        ("34ABX123", "34ABC123"),
    }


@pytest.fixture(scope="module")
def generated():
    data = generate()
    rows = data.rows
    review = review_identities(rows["customer_id"], rows["alt_id"], "TR", amount=rows["amount"], date=rows["date"])
    return data, review


def test_automatic_links_are_precise(generated):
    data, review = generated
    rows = data.rows
    linked = rows["customer_id"].isna() & review.customer_id.isin(set(rows["customer_id"].dropna()))
    precision = (review.customer_id[linked] == rows["truth"][linked]).mean()
    assert linked.sum() > 3000
    assert precision >= 0.99


def test_candidates_hold_the_true_near_matches(generated):
    data, review = generated
    keys = review.row_key[data.rows["alt_id"].isin(data.typo_keys)]
    typed = data.rows.loc[keys.index, "alt_id"]
    truth = {(keys[i], data.typo_keys[typed[i]]) for i in keys.index}
    found = set(zip(review.candidates["key"], review.candidates["card"], strict=True))
    assert len(truth) > 300
    assert len(truth & found) / len(truth) >= 0.95
    assert review.candidates["confidence"].between(0, 1).all()


def test_typos_are_never_linked_without_review(generated):
    data, review = generated
    typo_rows = data.rows["alt_id"].isin(data.typo_keys)
    assert not review.customer_id[typo_rows].isin(set(data.rows["customer_id"].dropna())).any()


def test_no_suspicious_identifier_links_two_customers(generated):
    data, review = generated
    bad = review.row_key.isin(set(review.suspicious["key"]))
    cardless = data.rows["customer_id"].isna()
    assert (bad | ~cardless)[data.rows["truth"].isna()].all()  # every fleet and fake row is caught
    assert review.customer_id[bad & cardless].isna().all()
    assert {"shared by many cards", "repeated digits", "digit sequence"} <= set(review.suspicious["reason"])


def test_revenue_share_per_month(generated):
    _, review = generated
    monthly = review.monthly
    assert len(monthly) == 6
    assert monthly["share"].between(0.5, 1).all()
    assert (monthly["known"] <= monthly["revenue"]).all()


def test_a_plate_on_two_cards_is_a_conflict_not_a_merge():
    ids = pd.Series(["C1", "C2", None])
    alt = pd.Series(["34 ABC 123", "34abc123", "34-ABC-123"])
    review = review_identities(ids, alt, "TR")
    assert list(review.conflicts["key"]) == ["34ABC123"]
    assert review.customer_id[2] == "34ABC123"  # kept under the plate itself, on no card


def test_decisions_accept_a_candidate_and_reject_a_link():
    ids = pd.Series(["C1", None, "C2", None])
    alt = pd.Series(["34 ABC 123", "34 ABC 132", "06 XYZ 456", "06 XYZ 456"])
    review = review_identities(ids, alt, "TR")
    assert list(review.candidates["key"]) == ["34ABC132"]
    assert review.customer_id[3] == "C2"
    decisions = [Decision("34ABC132", "C1", True), Decision("06XYZ456", "C2", False)]
    decided = review_identities(ids, alt, "TR", decisions=decisions)
    assert decided.customer_id[1] == "C1"
    assert decided.customer_id[3] == "06XYZ456"
    assert decided.candidates.empty


def _two_cards_one_plate():
    ids = pd.Series(["C1", "C2", None, "C3", None, None])
    alt = pd.Series(["34 ABC 123", "34abc123", "34-ABC-123", "0555 555 55 55", "0555 555 55 55", "555 555 55 55"])
    return ids, alt


def test_accepting_a_conflict_merges_its_cards_into_the_chosen_one():
    ids, alt = _two_cards_one_plate()
    review = review_identities(ids, alt, "TR", decisions=[Decision("34ABC123", "C2", True)])
    assert review.customer_id[:3].tolist() == ["C2", "C2", "C2"]
    assert review.conflicts.empty
    link = review.links.set_index("key").loc["34ABC123"]
    assert link["card"] == "C2" and link["decided"]


def test_rejecting_a_conflict_keeps_the_cards_apart_and_marks_it():
    ids, alt = _two_cards_one_plate()
    review = review_identities(ids, alt, "TR", decisions=[Decision("34ABC123", "", False)])
    assert review.customer_id[:3].tolist() == ["C1", "C2", "34ABC123"]
    assert review.conflicts[["key", "decision"]].values.tolist() == [["34ABC123", "reject"]]


def test_a_suspicious_id_marked_real_links_and_a_confirmed_one_stays_out():
    ids, alt = _two_cards_one_plate()
    review = review_identities(ids, alt, "TR")
    assert review.customer_id[4:].isna().all() and review.rejected[4:].all() and not review.rejected[:4].any()
    real = review_identities(ids, alt, "TR", decisions=[Decision("+905555555555", "", True)])
    assert real.customer_id[4:].tolist() == ["C3", "C3"]  # on one card: linked to it
    assert not real.rejected.any()
    assert real.suspicious.set_index("key").loc["+905555555555", "decision"] == "accept"
    confirmed = review_identities(ids, alt, "TR", decisions=[Decision("+905555555555", "", False)])
    assert confirmed.customer_id[4:].isna().all() and confirmed.rejected[4:].all()
    assert confirmed.suspicious.set_index("key").loc["+905555555555", "decision"] == "reject"


def test_column_normalisation_matches_one_by_one():
    """The vectorised, shape-grouped path gives what parsing each identifier alone gives."""
    values = pd.concat([generate(300).rows["alt_id"], pd.Series([None, " A@b.COM ", "x@y", "34 АВС 123"])])
    digits = [f"{i * 7919 % 10**9:09d}" for i in range(400)]
    values = pd.concat([values, pd.Series([f"0{d}" for d in digits] + [f"+48 {d}" for d in digits])])
    for region in ("TR", "RU", "PL", "US", "BR"):
        fast = normalise_ids(values, region)
        for (kind, key), value in zip(fast.itertuples(index=False), values, strict=True):
            if pd.isna(value):
                assert pd.isna(kind) and pd.isna(key)
            else:
                assert (kind, key) == normalise(value, region)


def test_nothing_to_review_gives_empty_lists():
    review = review_identities(pd.Series(["C1", "C2", None]), pd.Series(["34 ABC 123", "06 XYZ 456", None]), "TR")
    assert review.candidates.empty and review.conflicts.empty and review.suspicious.empty
    assert set(review.links["key"]) == {"34ABC123", "06XYZ456"}
