"""Draw the app icon (a card with segment bars) at every size the platforms need.

Writes resources/icons/desktop_crm_{16..512}.png, desktop_crm.ico for
Windows and desktop_crm.icns for macOS. Run it once after changing the design; the files are committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BARS = (("#22c55e", 0.80), ("#f59e0b", 0.58), ("#ec4899", 0.40), ("#38bdf8", 0.26))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    card = QPainterPath()
    card.addRoundedRect(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92), s * 0.18, s * 0.18)
    gradient = QLinearGradient(0, 0, 0, s)
    gradient.setColorAt(0, QColor("#1e40af"))
    gradient.setColorAt(1, QColor("#1e3a8a"))
    p.fillPath(card, gradient)
    left, top, height = s * 0.2, s * 0.22, s * 0.12
    for i, (colour, width) in enumerate(BARS):
        bar = QPainterPath()
        bar.addRoundedRect(QRectF(left, top + i * s * 0.15, s * 0.62 * width / 0.8, height), s * 0.03, s * 0.03)
        p.fillPath(bar, QColor(colour))
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"desktop_crm_{size}.png"))
    draw(256).save(str(OUT / "desktop_crm.ico"))
    draw(512).save(str(OUT / "desktop_crm.icns"))
    del app
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
