"""docs/import.md is the user's reference: it names every rejection reason the importer can give."""

from __future__ import annotations

from pathlib import Path

from desktop_crm.io.importer import REASONS
from desktop_crm.io.sources import SUPPORTED, BadRow

DOC = Path(__file__).resolve().parent.parent / "docs" / "import.md"


def _reasons_table() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text.split("## Rejection reasons", 1)[1].split("\n## ", 1)[0]


def test_every_rejection_reason_is_documented_with_an_example() -> None:
    rows = [line for line in _reasons_table().splitlines() if line.startswith("| `")]
    documented = {line.split("`")[1]: line for line in rows}
    reasons = [r for r in REASONS if r] + [BadRow("").reason]
    missing = [r for r in reasons if r not in documented]
    assert not missing, f"add these to the Rejection reasons table of docs/import.md: {missing}"
    for reason in reasons:
        example = documented[reason].rstrip(" |").rsplit("|", 1)[1]
        assert "`" in example, f"no example for '{reason}'"


def test_every_supported_file_type_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert [s for s in SUPPORTED if f"`{s}`" not in text] == []
