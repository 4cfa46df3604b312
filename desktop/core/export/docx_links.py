"""Hyperlinks in Word documents: a ``w:hyperlink`` whose relationship names the URL.

python-docx reads hyperlinks but has no call to write one: the relationship is added to the
document part (external, so Word opens the address rather than looking for a part) and the run
is placed inside the ``w:hyperlink`` element, coloured and underlined as Word's own Hyperlink
style draws one (the default template has no such style to refer to).
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

LINK_COLOR = RGBColor(0x05, 0x63, 0xC1)  # Word's Hyperlink blue


def add_hyperlink(paragraph: Paragraph, url: str, run: Run) -> None:
    """Make ``run`` (the paragraph's last) a link to ``url``, which must be safe to open
    (``note_markup.safe_url``: http(s) or mailto, percent-encoded)."""
    relationship = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = etree.SubElement(paragraph._p, qn("w:hyperlink"))
    link.set(qn("r:id"), relationship)
    link.set(qn("w:history"), "1")  # Word's own: the link turns "visited" once followed
    link.append(run._r)  # moved from the paragraph into the link
    run.font.color.rgb = LINK_COLOR
    run.font.underline = True
