"""The shareable report: an A4 PDF and an HTML page in each language, from the same blocks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.cli import main
from desktop_crm.core.dashboard import compute_dashboard
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.i18n import set_language, tr
from desktop_crm.io.report import build_report, to_html
from desktop_crm.pipeline import demo_paths, load_demo

# A heading and a segment name each language must show in its own words
EXPECTED = {
    "en": ("What changed", "Sleeping"),
    "tr": ("Neler değişti", "Uyuyan"),
    "ru": ("Что изменилось", "Спящие"),
    "pl": ("Co się zmieniło", "Uśpieni"),
}


@pytest.fixture(scope="module")
def demo() -> tuple:
    data = load_demo()
    tx = data.transactions.frame
    seg = segment_customers(tx, data.customers.frame, SegmentSettings(clusters=False))
    return seg, compute_dashboard(tx, seg)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_pdf_pages_and_text(qapp, demo: tuple, language: str, tmp_path: Path) -> None:
    from desktop_crm.gui.report_pdf import write_pdf

    seg, board = demo
    set_language(language)
    report = build_report(seg, board, "demo")
    pages = write_pdf(report, tmp_path / "r.pdf")
    reader = PdfReader(tmp_path / "r.pdf")
    assert len(reader.pages) == pages >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)  # A4
    text = " ".join(page.extract_text() for page in reader.pages)
    heading, segment = EXPECTED[language]
    assert tr("What changed") == heading
    flat = "".join(text.split())  # words wrapped in table cells come back split
    assert tr("Sleeping") == segment
    words = (heading, segment, tr("Recommended actions"), tr("Cohort retention"), report.blocks[0].text)
    for word in (*words, board.actions[0].title):  # the top action, translated
        assert "".join(word.split()) in flat, word
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically


def test_html_is_self_contained_with_vector_charts(demo: tuple) -> None:
    seg, board = demo
    page = to_html(build_report(seg, board))
    assert page.startswith("<!DOCTYPE html>") and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    charts = page.count("<svg ")
    assert charts >= 4  # KPIs, two segment schemes, transitions, cohorts
    start = 0
    for _ in range(charts):  # every chart is well-formed SVG
        begin = page.index("<svg ", start)
        end = page.index("</svg>", begin) + len("</svg>")
        ET.fromstring(page[begin:end])
        start = end


def test_report_names_only_what_changed(demo: tuple) -> None:
    seg, board = demo
    report = build_report(seg, board)
    items = next(b.items for b in report.blocks if b.kind == "list")
    assert list(items) == [s.text() for s in board.changes]
    table = next(b for b in report.blocks if b.kind == "table")
    assert len(table.rows) == len(board.actions)


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_cli_report(suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    tx_path, customers_path = demo_paths()
    out = tmp_path / f"report{suffix}"
    assert main(["--lang", "pl", "report", str(tx_path), "--customers", str(customers_path), "-o", str(out)]) == 0
    assert out.stat().st_size > 1000
    if suffix == ".html":
        assert "Co się zmieniło" in out.read_text(encoding="utf-8")
    assert "zapisano do" in capsys.readouterr().out  # CLI messages follow --lang, as the exports do


def test_cli_report_refuses_other_formats(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    tx_path, _ = demo_paths()
    assert main(["report", str(tx_path), "-o", str(tmp_path / "r.docx")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and ".pdf or .html" in err[0]
