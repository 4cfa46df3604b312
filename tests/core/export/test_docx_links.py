"""Links in notes as Word hyperlinks, read back with python-docx as Word resolves them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from desktop.core.export.annotated_docx import write_annotated_docx
from desktop.core.export.docx import write_docx
from desktop.core.export.docx_links import LINK_COLOR
from desktop.core.export.model import ExportSet
from tests.core.export.factory import Library
from tests.core.export.readback import docx_text, read_docx

NOTE = (
    "见[国务院通知](https://www.gov.cn/a?b=1&c=2) 和 https://www.gov.cn/zhengce/。\n\n"
    "[点我](javascript:alert(1)) 写信 mailto:office@example.cn"
)
_WRITERS = {"docx": write_docx, "annotated-docx": write_annotated_docx}


def _export(writer: Callable[[ExportSet], bytes]) -> bytes:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=NOTE)
    return writer(library.export_set())


@pytest.mark.parametrize("writer", _WRITERS.values(), ids=_WRITERS.keys())
def test_links_are_hyperlinks_to_their_addresses(writer: Callable[[ExportSet], bytes]) -> None:
    document = read_docx(_export(writer))
    rels = document.part.rels
    links = []
    for element in document.element.body.iter(qn("w:hyperlink")):
        rel = rels[element.get(qn("r:id"))]
        assert rel.reltype == RELATIONSHIP_TYPE.HYPERLINK
        assert rel.is_external
        text = "".join(t.text for t in element.iter(qn("w:t")))
        links.append((text, rel.target_ref))
        colour = element.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:color')}")
        assert colour.get(qn("w:val")) == str(LINK_COLOR)
    assert links == [
        ("国务院通知", "https://www.gov.cn/a?b=1&c=2"),
        ("https://www.gov.cn/zhengce/", "https://www.gov.cn/zhengce/"),
        ("mailto:office@example.cn", "mailto:office@example.cn"),
    ]


@pytest.mark.parametrize("writer", _WRITERS.values(), ids=_WRITERS.keys())
def test_no_other_scheme_is_linked_and_the_words_read_on(
    writer: Callable[[ExportSet], bytes],
) -> None:
    data = _export(writer)
    targets = [rel.target_ref for rel in read_docx(data).part.rels.values() if rel.is_external]
    assert not [target for target in targets if "javascript" in target.lower()]
    text = docx_text(data)
    assert "见国务院通知 和 https://www.gov.cn/zhengce/。" in text  # the link's words in place
    assert "[点我](javascript:alert(1)) 写信 mailto:office@example.cn" in text
