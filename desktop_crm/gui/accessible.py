"""Names for screen readers: every view is named by its title in the navigation, and a control that no
label names (a buddy) is named by the caption just before it in its layout, its tooltip or placeholder, or
else the view's title, so assistive technology never says only "combo box", "table" or "chart".
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)

from desktop_crm.gui.charts import InteractiveChart
from desktop_crm.i18n import tr

CONTROLS = (QComboBox, QAbstractSpinBox, QSlider, QLineEdit, QAbstractItemView, InteractiveChart)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the widget's own, or the text of the label it is the buddy of
    (Qt on Linux passes a combo box's label as a relation and its current text as the name)."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    labels = interface.relations(QAccessible.RelationFlag.Label)
    return " ".join(label.text(QAccessible.Text.Name) for label, _ in labels)


def is_control(widget: QWidget) -> bool:
    """A control a user reaches on its own (not the line edit inside a spin box or a table's header)."""
    internal = isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_")
    return isinstance(widget, CONTROLS) and not internal


def name_for_screen_readers(view: QWidget, title: str) -> None:
    """Name the view by its title, and each unnamed control in it by its caption, tooltip or placeholder."""
    view.setAccessibleName(title)
    labelled = {id(label.buddy()) for label in view.findChildren(QLabel) if label.buddy() is not None}
    for widget in view.findChildren(QWidget):
        if not is_control(widget) or id(widget) in labelled:
            continue
        if isinstance(widget, InteractiveChart) and widget.accessibleName() == tr("Chart"):
            widget.setAccessibleName(f"{title}: {tr('Chart')}")
        elif not widget.accessibleName():
            hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            widget.setAccessibleName((_caption(widget) or widget.toolTip() or hint or title).split("\n")[0])


def _caption(widget: QWidget) -> str:
    """The text of a label placed just before the widget in its layout (a caption above a table)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    index = layout.indexOf(widget)
    before = layout.itemAt(index - 1).widget() if index > 0 else None
    caption = isinstance(before, QLabel) and before.buddy() is None and not before.wordWrap()  # not a message
    return before.text().replace("&", "") if caption else ""
