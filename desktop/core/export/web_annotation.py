"""Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), and back.

The file is a lossless backup: ``parse_web_annotations`` (in ``web_annotation_parse``) reads it
back, and the import command restores or merges by id and re-anchors by quote.

Shape::

    AnnotationCollection {label, generated, total, first: AnnotationPage {items: [Annotation…]}}
    Annotation {
      id: "urn:uuid:…", created, modified, motivation: highlighting | commenting | tagging,
      body: [TextualBody {value: note, format: text/markdown, purpose: commenting},
             TextualBody {value: tag, purpose: tagging}…],
      target: {source: "urn:pizhu:speech:<collection source or title>#<speech index>",
               styleClass: "pizhu-yellow",
               selector: [TextQuoteSelector {exact, prefix, suffix},
                          TextPositionSelector {start, end}]},
      stylesheet: CssStylesheet (the colour as CSS, the model's own way to style a target)
    }

The model has no words for what else Pizhu keeps, so those go in extension properties under the
``pizhu:`` prefix, declared in the ``@context`` (``urn:pizhu:ns:``), as the model's section on
extensions asks: ``pizhu:kind``, ``pizhu:color``, ``pizhu:state`` and ``pizhu:extra`` on the
annotation; ``pizhu:textHash`` (SHA-256 of the speech text the positions refer to) and
``pizhu:speech`` (title, index, date, speaker, collection, collectionSource) and ``pizhu:section``
(the headings it is under, outermost first) on the target.
Positions are Python ``str`` indices, i.e. Unicode code points, as TextPositionSelector requires.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from desktop.core.annotation import Annotation, AnnotationKind
from desktop.core.colors import COLOR_TABLE, color_info
from desktop.core.export import labels
from desktop.core.export.model import ExportItem, ExportSet
from desktop.core.export.words import GENERATOR
from desktop.core.records import CollectionRecord, SpeechRecord

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PIZHU_NS = "urn:pizhu:ns:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"pizhu": PIZHU_NS}]
SPEECH_URN = "urn:pizhu:speech:"
STYLE_PREFIX = "pizhu-"


def write_web_annotations(data: ExportSet) -> str:
    """The export as an AnnotationCollection (JSON text, UTF-8 characters kept).

    One annotation per line: a backup of thousands stays readable and diffs line by line, and
    each line is encoded by the json module's fast C encoder (an indented dump is all Python).
    """
    return "".join(web_annotation_pieces(data))


def web_annotation_pieces(data: ExportSet) -> Iterator[str]:
    """The JSON text in pieces, an annotation each, which joined are the whole file: no single
    call dumps or joins megabytes while the window waits for the interpreter."""
    head: dict[str, Any] = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": data.scope_title,
        "generated": data.generated,
        "generator": {"type": "Software", "name": GENERATOR},
        "total": data.annotation_total(),
    }
    fields = "".join(f"  {_json(key)}: {_json(value)},\n" for key, value in head.items())
    yield "{\n" + fields + '  "first": {"type": "AnnotationPage", "startIndex": 0, "items": [\n'
    separator = ""
    for item in data.each_item():
        yield f"{separator}    {_json(annotation_json(item))}"
        separator = ",\n"
    yield "\n  ]}\n}\n"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def annotation_json(item: ExportItem) -> dict[str, Any]:
    """One annotation in the Web Annotation model."""
    note = item.annotation
    result: dict[str, Any] = {"id": f"urn:uuid:{note.id}", "type": "Annotation"}
    if note.created:
        result["created"] = note.created
    if note.modified:
        result["modified"] = note.modified
    result["motivation"] = motivation(note.kind, bool(note.note.strip()), bool(note.tags))
    bodies = _bodies(note.note, note.tags)
    if bodies:
        result["body"] = bodies
    result["target"] = _target(item)
    info = color_info(note.color)
    if info is not None:
        result["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{STYLE_PREFIX}{info.color.value} {{ background-color: {info.fill}; }}",
        }
    result["pizhu:kind"] = str(note.kind)
    if note.color:
        result["pizhu:color"] = note.color
    result["pizhu:state"] = str(note.state)
    if note.extra:
        result["pizhu:extra"] = dict(note.extra)
    if note.marked_quote:
        result["pizhu:markedQuote"] = note.marked_quote  # the words first marked, since edited
    return result


def motivation(kind: str, has_note: bool, has_tags: bool) -> str:
    """The W3C motivation: highlighting a range, commenting with a note, or only tagging."""
    if kind == AnnotationKind.HIGHLIGHT:
        return "highlighting"
    if not has_note and has_tags:
        return "tagging"
    return "commenting"


def _bodies(note: str, tags: tuple[str, ...]) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = []
    if note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": note,
                "format": "text/markdown",
                "language": "zh",
                "purpose": "commenting",
            }
        )
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in tags)
    return bodies


def _target(item: ExportItem) -> dict[str, Any]:
    note = item.annotation
    target: dict[str, Any] = {"source": speech_uri(item.speech, item.collection)}
    info = color_info(note.color)
    if info is not None:
        target["styleClass"] = f"{STYLE_PREFIX}{info.color.value}"
    selectors = _selectors(note)
    if selectors:
        target["selector"] = selectors
    target["pizhu:textHash"] = note.text_hash
    target["pizhu:speech"] = _speech_facts(item.speech, item.collection)
    if item.section_path:  # the headings it sits under, outermost first, as CSV's section gives
        target["pizhu:section"] = list(item.section_path)
    return target


def _selectors(note: Annotation) -> list[dict[str, Any]]:
    """The quote whenever there is one (an orphan keeps its words but has no place), and the
    position when the annotation has one."""
    selectors: list[dict[str, Any]] = []
    if note.quote.exact:
        selectors.append(
            {
                "type": "TextQuoteSelector",
                "exact": note.quote.exact,
                "prefix": note.quote.prefix,
                "suffix": note.quote.suffix,
            }
        )
    if note.start is not None and note.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": note.start, "end": note.end})
    return selectors


def _speech_facts(speech: SpeechRecord, collection: CollectionRecord) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "title": speech.title,
        "index": speech.index,
        "collection": collection.title,
    }
    for key, value in (
        ("date", speech.date),
        ("speaker", speech.speaker),
        ("collectionSource", labels.source_name(collection) if collection.source else None),
    ):
        if value:
            facts[key] = value
    return facts


def speech_uri(speech: SpeechRecord, collection: CollectionRecord) -> str:
    """A stable name for a speech: its collection's file name (or URL, or title) and its index."""
    key = labels.source_name(collection)
    return f"{SPEECH_URN}{quote(key, safe='')}#{speech.index}"


def style_colors() -> dict[str, str]:
    """``styleClass`` value → colour value, for reading a target's style back."""
    return {f"{STYLE_PREFIX}{color.value}": color.value for color in COLOR_TABLE}
