"""The desk's read-from-a-metre parts: the coloured result band with the person card, the
counters and the list."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.rows import AttendeeRow, EventCounts
from smartnet_desktop.services import codes
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.models.desk_model import DeskTableModel


class Outcome(StrEnum):
    """What the last key at the desk did; each has its colour."""

    CHECKED_IN = "checked_in"  # green
    ALREADY = "already"  # amber: already checked in
    CHOOSE = "choose"  # amber: several match, or a question waits for Enter
    NOT_FOUND = "not_found"  # red: nobody, an unknown code, another meeting's badge, an error
    INFO = "info"  # neutral: undone, recorded, cancelled


_COLOURS = {
    Outcome.CHECKED_IN: ("#1b5e20", "#e8f5e9"),
    Outcome.ALREADY: ("#8a5a00", "#fff4d6"),
    Outcome.CHOOSE: ("#8a5a00", "#fff4d6"),
    Outcome.NOT_FOUND: ("#b00020", "#fdecee"),
    Outcome.INFO: ("#263238", "#eceff1"),
}


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HEADLINE_PT, SENTENCE_PT = 17, 12
SHORT_HEADLINE = 48  # characters: "Bereits eingecheckt um 09:41", "Unbekannter Code: …"
BREAK = "\u200b"  # zero-width space: a place to wrap a path without showing anything

# lupdate finds the strings in translate("DeskPanels", "...") calls.
translate = QCoreApplication.translate


class ResultBand(QFrame):
    """A large coloured headline (the result) above the card of the person it concerns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk_result")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome: Outcome | None = None
        self.is_new = lambda _row: False  # the desk's newcomer marks ("neu" on the card)
        self._idle_text: str | None = None  # what to do first, while nobody is registered
        self.headline = QLabel()
        self.headline.setObjectName("desk_result_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.card = QLabel()
        self.card.setObjectName("desk_result_card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.card, 1)
        self.setMinimumHeight(150)
        self.clear()

    def show_result(
        self, outcome: Outcome, headline: str, row: AttendeeRow | None = None, sound: bool = False
    ) -> None:
        self.outcome = outcome
        ink, paper = _COLOURS[outcome]
        self.setStyleSheet(
            f"#desk_result {{ background: {paper}; border: 3px solid {ink}; border-radius: 6px; }}"
            f"#desk_result_headline {{ color: {ink}; }}"
        )
        self._set_headline(headline)
        self.card.setText(person_card(row, self.is_new(row)) if row is not None else "")
        if sound:
            _beep(outcome)

    def _set_headline(self, text: str) -> None:
        """A result in a few words stands large; a sentence (where a file was saved) in a
        smaller size, its path breakable after each folder, so that the band still shows
        the whole card at 1024×700 (a path has no spaces to wrap at)."""
        font = self.headline.font()
        font.setPointSize(HEADLINE_PT if len(text) <= SHORT_HEADLINE else SENTENCE_PT)
        self.headline.setFont(font)
        self.headline.setText(re.sub(r"([/\\_])", "\\1" + BREAK, text))

    def add_to_card(self, html: str) -> None:
        """More about the person shown, found after the result (desk_matches)."""
        self.card.setText(self.card.text() + html)

    def clear(self) -> None:
        self.outcome = None
        self.setStyleSheet("")
        self._set_headline(
            self._idle_text or translate("DeskPanels", "Ready: type a name or scan a badge.")
        )
        self.card.clear()

    def set_idle_text(self, text: str | None) -> None:
        """What the band says when it has no result to show (None: "Ready")."""
        self._idle_text = text
        if self.outcome is None:
            self.clear()

    def text(self) -> str:
        """Headline and card as plain text (for tests and screen readers)."""
        return f"{self.headline.text().replace(BREAK, '')}\n{self.card.text()}"


def person_card(row: AttendeeRow, new: bool = False) -> str:
    """Name (with title) large, then organisation, the registration's note (what the desk
    must not miss: "VIP — tell the host"), photo objection and contact sharing."""
    no_photos = translate("DeskPanels", "NO PHOTOS")
    photo = (
        f"<span style='color:#b00020; font-weight:bold'>{no_photos}</span>"
        if row.photo_objection
        else translate("DeskPanels", "Photos: no objection recorded")
    )
    contact = translate("DeskPanels", "Contact sharing: %1").replace(
        "%1", formatting.contact_text(row.contact_sharing)
    )
    note = translate("DeskPanels", "Note: %1").replace("%1", row.note) if row.note else ""
    if note:
        note = (
            "<p style='font-size:15pt; font-weight:bold; color:#8a5a00; margin:2px 0'>"
            f"{_html(note)}</p>"
        )
    if new:  # at the first meeting of the series: the moderator introduces them
        mark = _html(translate("DeskPanels", "NEW: first meeting"))
        note = f"<p style='font-size:13pt; font-weight:bold; color:#1f5fa8; margin:2px 0'>{mark}</p>{note}"
    return (
        f"<p style='font-size:20pt; font-weight:bold; margin:0'>{_html(row.display_name)}</p>"
        f"<p style='font-size:13pt; margin:2px 0'>{_html(row.organization)}</p>"
        f"{note}<p style='margin:0'>{photo}<br>{_html(contact)}</p>"
    )


def _beep(outcome: Outcome) -> None:
    """One short sound for a check-in, two for anything that needs a look."""
    QApplication.beep()
    if outcome is not Outcome.CHECKED_IN:
        QTimer.singleShot(180, QApplication.beep)


class Counter(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSize(18)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Counters(QWidget):
    """Registered (walk-ins included), checked in, of them walk-ins, still expected: the
    definitions of services.events.event_counts, shared with the status bar and the CLI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registered = Counter(translate("DeskPanels", "registered"))
        self.checked_in = Counter(translate("DeskPanels", "checked in"))
        self.walk_ins = Counter(translate("DeskPanels", "of them walk-ins"))
        self.expected = Counter(translate("DeskPanels", "still expected"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, counter in enumerate(
            (self.registered, self.checked_in, self.walk_ins, self.expected)
        ):
            grid.addWidget(counter, index // 2, index % 2)

    def show_counts(self, counts: EventCounts) -> None:
        self.registered.value.setText(str(counts.registered))
        self.checked_in.value.setText(str(counts.checked_in))
        self.walk_ins.value.setText(str(counts.walk_ins))
        self.expected.value.setText(str(counts.expected))


def _short_column_width(table: QTableView, index: int, column: Column) -> int:
    """Room for the heading and for the widest text the column can show."""
    samples = {
        Column.BADGE_CODE: ["W" * codes.LENGTH],
        Column.STATUS: formatting.status_samples(),
        Column.PHOTO: [formatting.photo_text(True)],
        Column.CONTACT: [formatting.contact_text(s) for s in ("granted", "objected", "")],
    }[column]
    heading = table.model().headerData(index, Qt.Orientation.Horizontal)
    header = table.horizontalHeader()
    cells = max(table.fontMetrics().horizontalAdvance(text) for text in samples) + 16
    return max(cells, header.fontMetrics().horizontalAdvance(heading) + 20)


def desk_table(parent: QWidget) -> tuple[QTableView, DeskTableModel]:
    """The desk's list: rows picked, never edited; the search field keeps the focus."""
    columns = [
        Column.NAME,
        Column.ORGANIZATION,
        Column.BADGE_CODE,
        Column.STATUS,
        Column.PHOTO,
        Column.CONTACT,
    ]
    model = DeskTableModel(columns, parent)
    table = QTableView()
    table.setObjectName("desk_table")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the focus
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    model.sort(0)
    model.modelReset.connect(lambda: _span_separator(table, model))
    # Name and organisation share what is left; the short columns are as wide as their
    # widest possible text, so every column stays on screen at 1024 pixels. (Measured
    # once: letting Qt measure 20,000 rows after every check-in cost 100 ms.)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for index, column in enumerate(columns):
        if column in (Column.NAME, Column.ORGANIZATION):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(index, _short_column_width(table, index, column))
    return table, model


def _span_separator(table: QTableView, model: DeskTableModel) -> None:
    """The separator's words run across the whole row, not cut at the name column."""
    table.clearSpans()
    row = model.separator_row()
    if row >= 0:
        table.setSpan(row, 0, 1, model.columnCount())


@dataclass(frozen=True)
class Offer:
    """A question in the band that Enter answers with yes (Esc or typing: no)."""

    accept: Callable[[], None]
