"""The Qt binding must not leak references to None.

PySide6 6.12.0 on Python 3.11 returns None from void methods (QPainter.save, translate, drawRect, …)
without a reference of its own, so each call takes one of None's references away; after some
hundred thousand painter calls — a few minutes of charts being redrawn — Python aborts with
"deallocating None". Python 3.12+ makes None immortal, which hides it. pyproject.toml excludes that
release; this test fails on any release with the same bug.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

pytestmark = pytest.mark.gui


def test_void_painter_calls_keep_none_alive(qapp) -> None:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(500):
            painter.save()
            painter.translate(QPointF(1, 1))
            painter.setBrush(QColor("red"))
            painter.drawRect(QRectF(0, 0, 2, 2))
            painter.restore()
        drift = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert drift < 100, f"{drift} references to None lost in 2,500 painter calls: a broken PySide6 build"
