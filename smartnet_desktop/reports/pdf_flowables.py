"""Two small flowables of the Steckbrief booklet: a QR code that is also a link to the page
it encodes, and an invisible anchor that notes on which page a profile starts (for the
contents) and makes it a link target and a PDF bookmark."""

from __future__ import annotations

from reportlab.platypus import Flowable

from smartnet_desktop.badges.qr import matrix
from smartnet_desktop.domain.addresses import is_web_address


class LinkedQR(Flowable):
    """The QR code of `url` as vector squares, `size` points wide, clickable (ReportLab
    linkURL) to the same address. Only a web address is ever encoded (rule 13)."""

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url if is_web_address(url) else ""
        self.size = size

    def wrap(self, available_width, available_height):
        return (self.size, self.size) if self.url else (0, 0)

    def draw(self) -> None:
        if not self.url:
            return
        modules = matrix(self.url)
        step = self.size / len(modules)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        for row, line in enumerate(modules):
            y = self.size - (row + 1) * step
            column = 0
            while column < len(line):  # one rectangle per run of dark modules
                if not line[column]:
                    column += 1
                    continue
                start = column
                while column < len(line) and line[column]:
                    column += 1
                canvas.rect(start * step, y, (column - start) * step, step, stroke=0, fill=1)
        canvas.restoreState()
        canvas.linkURL(self.url, (0, 0, self.size, self.size), relative=1, thickness=0)


class PageAnchor(Flowable):
    """Takes no room; where it is drawn it records its page in `pages[key]`, names the
    spot `key` for internal links (<a href="#key">) and adds `title` to the outline."""

    def __init__(self, key: str, title: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.key, self.title, self.pages = key, title, pages

    def wrap(self, available_width, available_height):
        return (0, 0)

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
