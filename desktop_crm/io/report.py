"""The shareable report: the Overview, segment sizes, transitions and the recommended actions.

Built once as a list of blocks (headings, paragraphs, tables, SVG charts) in the user's language, then
written as a self-contained HTML page here, or as an A4 PDF by `gui/report_pdf.py` from the same
blocks. Tables are cut into pieces that fit a printed page; charts are vectors in both formats.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop_crm.core.dashboard import REVENUE_AT_RISK, Dashboard
from desktop_crm.core.overview import KPIS, PERIOD_TITLES
from desktop_crm.core.segmentation import SCHEME_TITLES, Segmentation
from desktop_crm.i18n import formats, language, tr
from desktop_crm.io import svg_charts
from desktop_crm.io.writers import atomic_path

ROWS_PER_TABLE = 24  # a printed A4 page holds a heading, a chart and about this many rows
MONEY_KPIS = ("revenue", "avg_basket")


@dataclass(frozen=True)
class Block:
    """One piece of the report. kind: "title", "h2", "p", "list", "table" or "chart"."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    svg: str = ""


@dataclass
class Report:
    title: str
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        """Every word of the report, for tests and search."""
        parts = [self.title]
        for b in self.blocks:
            parts += [b.text, *b.items, *b.header, *(cell for row in b.rows for cell in row)]
        return "\n".join(p for p in parts if p)


def build_report(segmentation: Segmentation, board: Dashboard, source: str = "") -> Report:
    """The report of one segmentation and its Overview, in the current language."""
    title = tr("Customer report") + (f": {source}" if source else "")
    period = tr(PERIOD_TITLES[board.period]).lower()
    report = Report(title)
    add = report.blocks.append
    add(Block("title", title))
    add(Block("p", tr("As of {date}; the last {period} against the one before.", date=formats.date(board.as_of),
                      period=period)))  # fmt: skip
    add(Block("h2", tr("How the business is doing")))
    add(Block("chart", svg=_kpi_chart(board)))
    add(Block("h2", tr("What changed")))
    changes = tuple(s.text() for s in board.changes) or (tr("No change large enough to matter."),)
    add(Block("list", items=changes))
    add(Block("h2", tr("Recommended actions")))
    report.blocks += _actions(board)
    for scheme in ("lifecycle", "rfm"):
        report.blocks += _segments(segmentation, scheme)
    report.blocks += _transitions(board)
    report.blocks += _cohorts(board)
    return report


def _kpi_chart(board: Dashboard) -> str:
    table = board.kpis.table
    titles, series, values, changes, tones = [], [], [], [], []
    for key, name in KPIS.items():
        titles.append(tr(name))
        series.append(table[key].to_numpy(dtype=float))
        values.append(_kpi_value(key, board.kpis.last(key)))
        changes.append(_change(board.kpis.change(key)))
        tones.append(_tone(board.kpis.change(key)))
    risk = board.revenue_at_risk
    if len(risk):
        titles.append(tr(REVENUE_AT_RISK))
        series.append(risk.to_numpy(dtype=float))
        values.append(formats.money(float(risk.iloc[-1]), 0))
        before = float(risk.iloc[-2]) if len(risk) > 1 else np.nan
        change = (float(risk.iloc[-1]) - before) / before if before else np.nan
        changes.append(_change(change))
        tones.append(_tone(-change))  # more revenue at risk is bad news
    return svg_charts.sparkline_grid(titles, series, values, changes, tones)


def _tone(change: float) -> str:
    if not np.isfinite(change) or abs(change) < 0.0005:
        return ""
    return "good" if change > 0 else "bad"


def _kpi_value(key: str, value: float) -> str:
    if key == "repeat_rate":
        return formats.percent(value)
    return formats.money(value, 0) if key in MONEY_KPIS else formats.number(value)


def _change(change: float) -> str:
    if not np.isfinite(change):
        return ""
    text = formats.percent(abs(change))
    return "±" + text if abs(change) < 0.0005 else ("+" if change > 0 else "−") + text


def _actions(board: Dashboard) -> list[Block]:
    if not board.actions:
        return [Block("p", tr("No action has enough customers yet."))]
    header = (tr("Action"), tr("Customers"), tr("Value at stake"), tr("Why"))
    rows = tuple((a.title, formats.number(a.customers), formats.money(a.value, 0), a.why) for a in board.actions)
    return [Block("table", header=header, rows=rows)]


def _segments(segmentation: Segmentation, scheme: str) -> list[Block]:
    summary = segmentation.summary(scheme)
    summary = summary[summary["customers"] > 0]
    names = [tr(str(s)) for s in summary["segment"]]
    figures = [
        f"{formats.number(c)} ({formats.percent(s)})"
        for c, s in zip(summary["customers"], summary["share_of_customers"], strict=True)
    ]
    blocks = [
        Block("h2", tr("Segments: {scheme}", scheme=tr(SCHEME_TITLES[scheme]))),
        Block("chart", svg=svg_charts.bar_chart(names, summary["customers"].tolist(), figures)),
    ]
    header = (tr("Segment"), tr("Customers"), tr("Revenue"), tr("Share of revenue"), tr("Mean recency (days)"))
    rows = [
        (name, formats.number(r.customers), formats.money(r.revenue, 0), formats.percent(r.share_of_revenue),
         formats.number(r.mean_recency_days))
        for name, r in zip(names, summary.itertuples(), strict=True)
    ]  # fmt: skip
    return blocks + _tables(header, rows)


def _transitions(board: Dashboard) -> list[Block]:
    move = board.transition()
    if move is None:
        return []
    counts = move.counts.loc[:, (move.counts.sum(axis=0) > 0)]
    counts = counts.loc[counts.sum(axis=1) > 0]
    moved = move.summary().set_index("direction")["customers"]
    text = tr(
        "Lifecycle segments from {start} to {end}: {up} up, {down} down, {same} unchanged, {new} new.",
        start=formats.date(move.date_from), end=formats.date(move.date_to), up=formats.number(moved["upgrade"]),
        down=formats.number(moved["downgrade"]), same=formats.number(moved["same"]), new=formats.number(moved["new"]),
    )  # fmt: skip
    values = counts.to_numpy(dtype=float)
    texts = [[formats.number(v) if v else "" for v in row] for row in values]
    chart = svg_charts.heatmap([tr(str(r)) for r in counts.index], [tr(str(c)) for c in counts.columns],
                               np.where(values > 0, values, np.nan), texts, tr("from \\ to"))  # fmt: skip
    return [Block("h2", tr("How customers moved")), Block("p", text), Block("chart", svg=chart)]


def _cohorts(board: Dashboard) -> list[Block]:
    retention = board.cohorts["retention"]
    sizes = board.cohorts["size"]
    keep = sizes.to_numpy() > 0
    if not keep.any():
        return []
    retention = retention[keep]
    rows = [f"{d:%Y-%m} ({formats.number(n)})" for d, n in zip(retention.index, sizes[keep], strict=True)]
    values = retention.to_numpy(dtype=float)
    texts = [[formats.percent(v, 0) if np.isfinite(v) else "" for v in row] for row in values]
    chart = svg_charts.heatmap(rows, [str(c) for c in retention.columns], values, texts, tr("cohort"))
    return [
        Block("h2", tr("Cohort retention")),
        Block("p", tr("Share of each month's new customers who bought again 0, 1, 2, … months later.")),
        Block("chart", svg=chart),
    ]


def _tables(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[Block]:
    """A long table cut into pieces that each fit a printed page, every piece with the header."""
    return [
        Block("table", header=header, rows=tuple(rows[i : i + ROWS_PER_TABLE]))
        for i in range(0, max(len(rows), 1), ROWS_PER_TABLE)
    ]


# --------------------------------------------------------------------------- HTML


STYLE = """
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; color: #1f2937; max-width: 720px; margin: 24px auto;
       font-size: 13px; line-height: 1.45; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 22px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { color: #6b7280; font-weight: normal; }
svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; } h2 { break-after: avoid; } svg, table { break-inside: avoid; } }
"""


def block_html(block: Block) -> str:
    """One block as HTML; the PDF writer lays out the same fragments."""
    esc = html.escape
    if block.kind == "title":
        return f"<h1>{esc(block.text)}</h1>"
    if block.kind == "h2":
        return f"<h2>{esc(block.text)}</h2>"
    if block.kind == "p":
        return f"<p>{esc(block.text)}</p>"
    if block.kind == "list":
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in block.items) + "</ul>"
    if block.kind == "table":
        head = "".join(f'<th align="left">{esc(h)}</th>' for h in block.header)
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f'<table cellspacing="0" cellpadding="3" width="100%"><tr>{head}</tr>{body}</table>'
    if block.kind == "chart":
        return f"<div>{block.svg}</div>"
    raise ValueError(f"unknown block kind {block.kind}")


def to_html(report: Report) -> str:
    body = "\n".join(block_html(b) for b in report.blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">'
        f"<title>{html.escape(report.title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n"
    )


def write_html(report: Report, path: Path) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(to_html(report), encoding="utf-8")
