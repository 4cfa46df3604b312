"""Reading W3C Web Annotation JSON back: our own backups, and annotations from other tools.

``parse_annotation_collection`` checks the shape and raises ``DocumentError`` naming the first
thing wrong (which annotation, which field) rather than importing half a file. It understands
the ``pizhu:`` extensions that ``web_annotation`` writes and falls back to the standard fields
(motivation, styleClass, bodyValue) for files made elsewhere.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.core.annotation import AnchorState, Annotation, AnnotationKind, Color, TextQuote
from desktop.core.errors import DocumentError
from desktop.core.export.web_annotation import ANNO_CONTEXT, style_colors

_RANGE_KINDS = {AnnotationKind.HIGHLIGHT, AnnotationKind.NOTE, AnnotationKind.SECTION_NOTE}
_MOTIVATION_KINDS = {"highlighting": AnnotationKind.HIGHLIGHT}


@dataclass(frozen=True, slots=True)
class SpeechRef:
    """What the file says about the speech an annotation was made on, to find it again."""

    source: str
    text_hash: str = ""
    title: str = ""
    index: int | None = None
    date: str = ""
    speaker: str = ""
    collection: str = ""
    collection_source: str = ""


@dataclass(frozen=True, slots=True)
class ParsedAnnotation:
    """One annotation read from a file, before it is matched to a speech of the library."""

    id: str
    kind: str
    speech: SpeechRef
    quote: TextQuote | None = None
    start: int | None = None
    end: int | None = None
    color: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    state: str = AnchorState.ANCHORED
    created: str = ""
    modified: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    marked_quote: str | None = None

    def to_annotation(self, speech_id: int) -> Annotation:
        """The annotation as it was saved, on a speech of the library (positions unchecked)."""
        quote = self.quote or TextQuote("", "", "")
        return Annotation(
            id=self.id,
            speech_id=speech_id,
            kind=self.kind,
            start=self.start,
            end=self.end,
            quote=quote,
            text_hash=self.speech.text_hash,
            color=self.color,
            note=self.note,
            tags=self.tags,
            state=self.state,
            created=self.created,
            modified=self.modified,
            extra=dict(self.extra),
            marked_quote=self.marked_quote,
        )


class _Invalid(Exception):
    """A problem in one annotation; becomes a DocumentError naming the annotation."""


def parse_annotation_collection(data: str | bytes | Mapping[str, Any]) -> list[ParsedAnnotation]:
    """The annotations of an AnnotationCollection (or a single AnnotationPage), in file order."""
    document = _load_json(data) if isinstance(data, str | bytes) else data
    items = _page_items(document)
    parsed: list[ParsedAnnotation] = []
    seen: set[str] = set()
    for number, raw in enumerate(items, 1):
        try:
            annotation = _parse_annotation(raw)
        except _Invalid as problem:
            label = raw.get("id") if isinstance(raw, dict) else None
            where = f"annotation {number}" + (f" ({label})" if isinstance(label, str) else "")
            raise DocumentError(f"{where}: {problem}", code="corrupt") from None
        if annotation.id in seen:
            raise DocumentError(f"annotation {number}: id {annotation.id} twice", code="corrupt")
        seen.add(annotation.id)
        parsed.append(annotation)
    return parsed


def _load_json(data: str | bytes) -> Any:
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as error:
        raise DocumentError("not UTF-8 JSON", code="encoding") from error
    if not text.strip():
        raise DocumentError("the file is empty", code="empty")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        raise DocumentError(message, code="corrupt") from error


def _types(value: Mapping[str, Any]) -> set[str]:
    kind = value.get("type", ())
    return {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()


def _page_items(document: Any) -> list[Any]:
    """Every annotation of the collection's pages (embedded pages only)."""
    if not isinstance(document, Mapping):
        raise DocumentError("not a Web Annotation collection (expected an object)", code="mismatch")
    context = document.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if ANNO_CONTEXT not in contexts:
        raise DocumentError(
            f"not Web Annotation JSON (no @context {ANNO_CONTEXT})", code="mismatch"
        )
    types = _types(document)
    if "AnnotationPage" in types:
        return _walk_pages(document)
    if "AnnotationCollection" not in types:
        raise DocumentError("expected an AnnotationCollection or AnnotationPage", code="mismatch")
    first = document.get("first")
    if first is None and not document.get("total"):
        return []
    if not isinstance(first, Mapping):
        raise DocumentError("the collection's pages are not in the file", code="corrupt")
    items = _walk_pages(first)
    total = document.get("total")
    if isinstance(total, int) and total != len(items):
        raise DocumentError(f"total says {total} annotations, found {len(items)}", code="corrupt")
    return items


def _walk_pages(page: Mapping[str, Any]) -> list[Any]:
    items: list[Any] = []
    while True:
        if "AnnotationPage" not in _types(page) or not isinstance(page.get("items"), list):
            raise DocumentError("an AnnotationPage without a list of items", code="corrupt")
        items.extend(page["items"])
        following = page.get("next")
        if following is None:
            return items
        if not isinstance(following, Mapping):
            raise DocumentError("a following page is not in the file", code="corrupt")
        page = following


def _parse_annotation(raw: Any) -> ParsedAnnotation:
    if not isinstance(raw, Mapping) or "Annotation" not in _types(raw):
        raise _Invalid("not an object of type Annotation")
    note, tags = _parse_bodies(raw)
    target = _first_target(raw.get("target"))
    quote, start, end = _parse_selectors(target.get("selector"))
    kind = _parse_kind(raw, has_range=quote is not None)
    if kind in _RANGE_KINDS and quote is None:
        raise _Invalid(f"a {kind} needs a TextQuoteSelector")
    return ParsedAnnotation(
        id=_parse_id(raw.get("id")),
        kind=kind,
        speech=_parse_speech(target),
        quote=quote,
        start=start,
        end=end,
        color=_parse_color(raw, target),
        note=note,
        tags=tags,
        state=_parse_state(raw.get("pizhu:state")),
        created=_parse_time(raw.get("created"), "created"),
        modified=_parse_time(raw.get("modified"), "modified"),
        extra=_parse_extra(raw.get("pizhu:extra")),
        marked_quote=_parse_marked_quote(raw.get("pizhu:markedQuote")),
    )


def _parse_id(value: Any) -> str:
    """Our ids are UUIDs (``urn:uuid:…``); another tool's IRI maps to a stable UUID of its own."""
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("no id")
    text = value.strip()
    bare = text.removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(bare))
    except ValueError:
        if bare != text:
            raise _Invalid(f"bad urn:uuid id {text!r}") from None
        return str(uuid.uuid5(uuid.NAMESPACE_URL, text))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _parse_bodies(raw: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    notes: list[str] = []
    tags: list[str] = []
    body_value = raw.get("bodyValue")
    if body_value is not None:
        if not isinstance(body_value, str):
            raise _Invalid("bodyValue is not text")
        notes.append(body_value)
    for body in _as_list(raw.get("body")):
        # Bodies that are not text (an image, a web page) have no place in a note: skipped.
        if not isinstance(body, Mapping) or "value" not in body:
            continue
        value = body["value"]
        if not isinstance(value, str):
            raise _Invalid("a TextualBody's value is not text")
        purposes = _as_list(body.get("purpose"))
        (tags if "tagging" in purposes else notes).append(value)
    return "\n\n".join(notes), tuple(tags)


def _first_target(value: Any) -> Mapping[str, Any]:
    targets = _as_list(value)
    if not targets:
        raise _Invalid("no target")
    target = targets[0]
    if isinstance(target, str):
        return {"source": target}
    if not isinstance(target, Mapping) or not isinstance(target.get("source"), str):
        raise _Invalid("the target has no source")
    return target


def _parse_selectors(value: Any) -> tuple[TextQuote | None, int | None, int | None]:
    quote: TextQuote | None = None
    start: int | None = None
    end: int | None = None
    for selector in _as_list(value):
        if not isinstance(selector, Mapping):
            raise _Invalid("a selector is not an object")
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds:
            quote = _parse_quote(selector)
        elif "TextPositionSelector" in kinds:
            start, end = _parse_position(selector)
    return quote, start, end


def _parse_quote(selector: Mapping[str, Any]) -> TextQuote:
    parts = [selector.get(key, "") for key in ("exact", "prefix", "suffix")]
    if not all(isinstance(part, str) for part in parts) or not parts[0]:
        raise _Invalid("a TextQuoteSelector needs exact text (and text prefix and suffix)")
    return TextQuote(exact=parts[0], prefix=parts[1], suffix=parts[2])


def _parse_position(selector: Mapping[str, Any]) -> tuple[int, int]:
    start, end = selector.get("start"), selector.get("end")
    valid = all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end))
    if not valid or not 0 <= start <= end:  # type: ignore[operator]
        raise _Invalid("a TextPositionSelector needs whole numbers 0 <= start <= end")
    return start, end  # type: ignore[return-value]


def _parse_kind(raw: Mapping[str, Any], *, has_range: bool) -> str:
    declared = raw.get("pizhu:kind")
    if declared is not None:
        try:
            return AnnotationKind(declared).value
        except ValueError:
            raise _Invalid(f"unknown pizhu:kind {declared!r}") from None
    if "highlighting" in _as_list(raw.get("motivation")) and has_range:
        return AnnotationKind.HIGHLIGHT.value
    return (AnnotationKind.NOTE if has_range else AnnotationKind.SPEECH_NOTE).value


def _parse_color(raw: Mapping[str, Any], target: Mapping[str, Any]) -> str | None:
    declared = raw.get("pizhu:color")
    if declared is not None:
        try:
            return Color(declared).value
        except ValueError:
            raise _Invalid(f"unknown pizhu:color {declared!r}") from None
    styles = style_colors()
    for style_class in _as_list(target.get("styleClass")):
        if style_class in styles:
            return styles[style_class]
    return None


def _parse_state(value: Any) -> str:
    if value is None:
        return AnchorState.ANCHORED.value
    try:
        return AnchorState(value).value
    except ValueError:
        raise _Invalid(f"unknown pizhu:state {value!r}") from None


def _parse_time(value: Any, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise _Invalid(f"{name} is not an ISO 8601 time: {value!r}")


def _parse_extra(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise _Invalid("pizhu:extra is not an object of text values")
    return dict(value)


def _parse_marked_quote(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _Invalid(f"pizhu:markedQuote is not text: {value!r}")
    return value


def _parse_speech(target: Mapping[str, Any]) -> SpeechRef:
    facts = target.get("pizhu:speech") or {}
    text_hash = target.get("pizhu:textHash") or ""
    if not isinstance(facts, Mapping) or not isinstance(text_hash, str):
        raise _Invalid("pizhu:speech or pizhu:textHash has the wrong shape")
    index = facts.get("index")

    def text(key: str) -> str:
        value = facts.get(key)
        return value if isinstance(value, str) else ""

    return SpeechRef(
        source=target["source"],
        text_hash=text_hash,
        title=text("title"),
        index=index if isinstance(index, int) and not isinstance(index, bool) else None,
        date=text("date"),
        speaker=text("speaker"),
        collection=text("collection"),
        collection_source=text("collectionSource"),
    )
