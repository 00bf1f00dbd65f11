"""Pages of the window's stack that are built when first shown (issue 24 item 5).

Building every view at start, and importing their modules (dialogs, renderers' services),
held the window and the desk's first screenful back; most views are never opened in a
morning at the desk. Each lazy page stands in the stack as an empty placeholder until it
is shown or asked for; then its factory builds it, it takes the placeholder's place (same
index, so the navigation and its keys stay as they are) and `on_built` brings it up to date
(the event, the rows already read, its empty-state hint).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages(QObject):
    """A child of the stack: Qt stops calling it when the stack goes (a window closed)."""

    def __init__(self, stack: QStackedWidget, on_built: Callable[[str, QWidget], None]) -> None:
        super().__init__(stack)
        self._stack = stack
        self._on_built = on_built
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._holders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._replacing = False
        stack.currentChanged.connect(self._shown)

    def add(self, name: str, factory: Callable[[], QWidget]) -> None:
        """A page built by `factory` (returning the page's widget) when first shown."""
        holder = QWidget()
        holder.setObjectName(f"lazy_{name}")
        self._factories[name] = factory
        self._holders[name] = holder
        self._stack.addWidget(holder)

    def get(self, name: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._built.get(name)
        return page if page is not None else self._build(name)

    def built(self, name: str) -> QWidget | None:
        """The page if it was built; None otherwise (it is brought up to date when it is)."""
        return self._built.get(name)

    def _shown(self, index: int) -> None:
        if self._replacing:
            return
        widget = self._stack.widget(index)
        for name, holder in self._holders.items():
            if holder is widget:
                self._build(name)
                return

    def _build(self, name: str) -> QWidget:
        # A factory that fails (a bug) leaves the placeholder and the factory in place: the
        # next showing tries again. Bringing the page up to date may fail too (its server is
        # away just now): the page takes its place all the same and reads when shown again.
        page = self._factories[name]()
        holder = self._holders.pop(name)
        del self._factories[name]
        self._built[name] = page
        try:
            # Brought up to date while still hidden: a view that reads when shown (Matches
            # ranks in showEvent) then reads once, for the right event, not twice.
            self._on_built(name, page)
        finally:
            self._swap(holder, page)
        return page

    def _swap(self, holder: QWidget, page: QWidget) -> None:
        index = self._stack.indexOf(holder)
        was_current = self._stack.currentWidget() is holder
        self._replacing = True
        try:
            self._stack.insertWidget(index, page)
            if was_current:
                self._stack.setCurrentIndex(index)
            self._stack.removeWidget(holder)
        finally:
            self._replacing = False
        holder.deleteLater()
