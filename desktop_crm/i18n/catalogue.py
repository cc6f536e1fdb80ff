"""Qt Linguist `.ts` files: read them without Qt, and write them back after an extraction."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desktop_crm.resources import resource

Key = tuple[str, str | None]  # (source text, disambiguation)


@dataclass
class Message:
    source: str
    disambiguation: str | None = None
    numerus: bool = False
    translations: list[str] = field(default_factory=list)  # one text, or every plural form
    finished: bool = False
    files: list[str] = field(default_factory=list)  # where the source uses it, for the translator

    @property
    def key(self) -> Key:
        return self.source, self.disambiguation


@dataclass
class Catalogue:
    language: str
    messages: dict[Key, Message] = field(default_factory=dict)

    def get(self, source: str, disambiguation: str | None = None, form: int = 0) -> str:
        """The finished translation ('' when there is none): unfinished ones are never shown."""
        message = self.messages.get((source, disambiguation))
        if message is None or not message.finished or not message.translations:
            return ""
        return message.translations[min(form, len(message.translations) - 1)]


def ts_path(language: str) -> Path:
    return resource(f"i18n/desktop_crm_{language}.ts")


@cache
def load_catalogue(language: str) -> Catalogue:
    path = ts_path(language)
    return read_ts(path) if path.exists() else Catalogue(language)


def read_ts(path: Path) -> Catalogue:
    root = ET.parse(path).getroot()
    catalogue = Catalogue(str(root.get("language", "")).split("_")[0])
    for element in root.iter("message"):
        translation = element.find("translation")
        numerus = element.get("numerus") == "yes"
        if translation is None:
            texts, state = [], "unfinished"
        elif numerus:
            texts, state = [f.text or "" for f in translation.iter("numerusform")], translation.get("type", "")
        else:
            texts, state = [translation.text or ""], translation.get("type", "")
        message = Message(
            source=element.findtext("source") or "",
            disambiguation=element.findtext("comment"),
            numerus=numerus,
            translations=texts,
            finished=state == "" and all(texts),
            files=[loc.get("filename", "") for loc in element.iter("location")],
        )
        catalogue.messages[message.key] = message
    return catalogue


def write_ts(catalogue: Catalogue, path: Path, context: str) -> None:
    """Write in lupdate's layout (sorted, one location per file) so diffs stay small."""
    root = ET.Element("TS", version="2.1", language=catalogue.language, sourcelanguage="en")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = context
    for message in sorted(
        catalogue.messages.values(), key=lambda m: (m.source.lower(), m.source, m.disambiguation or "")
    ):
        element = ET.SubElement(ctx, "message", numerus="yes") if message.numerus else ET.SubElement(ctx, "message")
        for name in sorted(set(message.files)):
            ET.SubElement(element, "location", filename=name)
        ET.SubElement(element, "source").text = message.source
        if message.disambiguation:
            ET.SubElement(element, "comment").text = message.disambiguation
        translation = ET.SubElement(element, "translation")
        if not message.finished:
            translation.set("type", "unfinished")
        if message.numerus:
            for text in message.translations:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = message.translations[0] if message.translations else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
