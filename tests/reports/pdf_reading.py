"""Reading a rendered PDF back as a reader would meet it: the text of each page and where
a piece of text stands (pypdfium2), the document's /Lang, information and links (pypdf)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdf import PdfReader

A4_HEIGHT = 841.89


@dataclass(frozen=True)
class Box:
    """Where a text stands on its page, in points from the page's top left corner."""

    page: int  # 1-based
    left: float
    top: float
    right: float
    bottom: float


def page_texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            document[i].get_textpage().get_text_range().replace("\r\n", "\n")
            for i in range(len(document))
        ]
    finally:
        document.close()


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def find(pdf: bytes, text: str) -> list[Box]:
    """Every place `text` stands, page by page, top to bottom."""
    document = pdfium.PdfDocument(pdf)
    found = []
    try:
        for number in range(len(document)):
            page = document[number]
            height = page.get_height()
            textpage = page.get_textpage()
            searcher = textpage.search(text, match_case=True)
            while (hit := searcher.get_next()) is not None:
                start, count = hit
                boxes = [textpage.get_charbox(start + i) for i in range(count)]
                found.append(
                    Box(
                        number + 1,
                        min(b[0] for b in boxes),
                        height - max(b[3] for b in boxes),
                        max(b[2] for b in boxes),
                        height - min(b[1] for b in boxes),
                    )
                )
    finally:
        document.close()
    return found


def language(pdf: bytes) -> str:
    return str(PdfReader(io.BytesIO(pdf)).trailer["/Root"].get("/Lang", ""))


def info(pdf: bytes) -> dict:
    metadata = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {key: str(value) for key, value in metadata.items()}


def links(pdf: bytes) -> list[tuple[int, str]]:
    """(page, address) of every link annotation to an address (URI actions)."""
    found = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and action.get("/URI") is not None:
                found.append((number, str(action["/URI"])))
    return found


def internal_links(pdf: bytes) -> list[tuple[int, int, tuple[float, ...]]]:
    """(page of the link, page it leads to, the link's rectangle) of every link inside the
    document."""
    reader = PdfReader(io.BytesIO(pdf))
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    found = []
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            destination = annotation.get("/Dest")
            if destination is not None:
                target = numbers[destination[0].idnum]
                found.append((number, target, tuple(float(v) for v in annotation["/Rect"])))
    return found
