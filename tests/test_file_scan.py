"""The block-wise file scan (threads, characters cut by block ends) equals one strict decode of the file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.io import structure

PIECES = st.one_of(
    st.text(alphabet='ab;"\n', min_size=1, max_size=6).map(str.encode),
    st.text(alphabet="çğışöüЖжąęł€😀", min_size=1, max_size=3).map(str.encode),
    st.binary(min_size=1, max_size=2),  # anything: lone continuation bytes, cut sequences, surrogates, 0xff
)


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=25))
def test_scan_equals_a_whole_file_decode(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(structure, "CHUNK", 5)  # every character can be cut, and big files use threads
        path = Path(folder) / "export.csv"
        path.write_bytes(data)
        scan = structure.scan_file(path)
        assert structure.is_utf8_buffer(memoryview(data)) is _decodes(data)
    assert scan.utf8 is _decodes(data)
    assert scan.last_quote == data.rfind(b'"')


def test_a_character_cut_by_every_block_end(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(structure, "CHUNK", 5)
    path = tmp_path / "names.csv"
    path.write_bytes(("Gül;Жанна;😀;" * 40).encode())
    assert structure.scan_file(path).utf8
    path.write_bytes(("Gül;Жанна;😀;" * 40).encode() + "Gül".encode("cp1254"))
    assert not structure.scan_file(path).utf8
