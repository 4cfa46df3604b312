"""Collections named so that those of one title can be told apart, in today's language.

``core.collection_names`` finds what tells same-titled collections apart (a file's name, or
when each was imported); this words it once for every place that names a collection: the
library tree's second line, the annotations dock's group headings and the breadcrumb.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.core.collection_names import CollectionDistinction, collection_distinctions
from desktop.core.records import CollectionRecord
from desktop.core.text_templates import fill

translate = QCoreApplication.translate


def distinction_text(distinction: CollectionDistinction) -> str:
    """What tells a collection apart, as a line says it: a file's name, or "Imported 27 Nov"."""
    if distinction.file_name:
        return distinction.file_name
    moment = distinction.imported
    if moment is None:
        return ""
    shown = moment.strftime("%Y-%m-%d %H:%M" if distinction.with_time else "%Y-%m-%d")
    return fill(translate("CollectionNames", "Imported %1"), shown)


def collection_distinction_texts(collections: Sequence[CollectionRecord]) -> dict[int, str]:
    """For each collection whose title another bears, the text that tells it apart."""
    return {
        collection_id: distinction_text(distinction)
        for collection_id, distinction in collection_distinctions(collections).items()
    }
