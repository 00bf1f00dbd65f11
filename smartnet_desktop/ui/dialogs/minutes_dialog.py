"""The minutes of the current meeting (issue 26 item 4): the organiser writes the
introduction and closing words beside a preview of the whole draft (the generated sections:
attendance, agenda and notes, polls, survey, matches, suggestions, next meeting); "Make
final" writes the PDF and freezes it; changing final minutes needs "Reopen" (audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.services import minutes
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.formatting import local_date, local_time
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations, attempt

PREVIEW_DPI = 72


def document_language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


class MinutesDialog(QDialog):
    def __init__(
        self, sessions, operations: Operations, event: EventRow, by: str, parent=None
    ) -> None:
        super().__init__(parent)
        self._sessions, self._operations, self._event, self._by = sessions, operations, event, by
        self.setWindowTitle(fill(self.tr("Minutes – %1"), event.title))
        self.resize(1150, 760)
        self.state = QLabel()
        self.introduction = QPlainTextEdit()
        self.introduction.setPlaceholderText(
            self.tr("Introduction or summary, written by the organisers")
        )
        self.closing = QPlainTextEdit()
        self.closing.setPlaceholderText(self.tr("Closing words, e.g. thanks to the hosts"))
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.write_button = QPushButton(self.tr("&Write PDF…"))
        self.final_button = QPushButton(self.tr("Make &final…"))
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_draft)
        self.write_button.clicked.connect(lambda: self.write_pdf(final=False))
        self.final_button.clicked.connect(lambda: self.write_pdf(final=True))
        self.reopen_button.clicked.connect(self.reopen)
        close_button.clicked.connect(self.accept)

        editor = QVBoxLayout()
        editor.addWidget(self.state)
        editor.addWidget(QLabel(self.tr("&Introduction / summary:"), buddy=self.introduction))
        editor.addWidget(self.introduction, 1)
        editor.addWidget(QLabel(self.tr("&Closing words:"), buddy=self.closing))
        editor.addWidget(self.closing, 1)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.write_button, self.final_button):
            buttons.addWidget(button)
        editor.addLayout(buttons)
        more = QHBoxLayout()
        more.addWidget(self.reopen_button)
        more.addStretch(1)
        more.addWidget(close_button)
        editor.addLayout(more)

        self.pages = QVBoxLayout()
        pages_widget = QWidget()
        pages_widget.setLayout(self.pages)
        preview = QScrollArea()
        preview.setWidget(pages_widget)
        preview.setWidgetResizable(True)
        preview.setAccessibleName(self.tr("Preview of the minutes"))

        layout = QHBoxLayout(self)
        left = QWidget()
        left.setLayout(editor)
        layout.addWidget(left, 2)
        layout.addWidget(preview, 3)
        self.reload()

    def reload(self) -> None:
        """The stored text and state, and the preview as the minutes stand."""
        data = attempt(
            self, self.tr("Minutes"), lambda: minutes.gather_minutes(self._sessions, self._event.id)
        )
        if data is None:
            return
        self.introduction.setPlainText(data.introduction)
        self.closing.setPlainText(data.closing)
        if data.final:
            moment = data.finalised_at
            when = f"{local_date(moment.astimezone())}, {local_time(moment)}" if moment else ""
            self.state.setText(fill(self.tr("Final since %1. Reopen to change it."), when))
        else:
            self.state.setText(self.tr("Draft: the generated sections follow the meeting."))
        for widget in (self.introduction, self.closing):
            widget.setReadOnly(data.final)
        self.save_button.setEnabled(not data.final)
        self.final_button.setEnabled(not data.final)
        self.reopen_button.setEnabled(data.final)
        self.show_preview()

    def show_preview(self) -> None:
        pdf = attempt(
            self,
            self.tr("Minutes"),
            lambda: minutes.preview_minutes(
                self._sessions,
                self._event.id,
                self.introduction.toPlainText(),
                self.closing.toPlainText(),
                document_language(),
            ),
        )
        if pdf is None:
            return
        from smartnet_desktop.ui.pdf_pages import page_count, page_image

        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        for index in range(page_count(pdf)):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(page_image(pdf, index, PREVIEW_DPI)))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(page)
        self.pages.addStretch(1)

    def save_draft(self) -> bool:
        intro, closing = self.introduction.toPlainText(), self.closing.toPlainText()
        done = self._operations.run(
            lambda: minutes.save_draft(self._sessions, self._event.id, intro, closing, self._by),
            report=lambda text: warn(self, self.tr("Minutes"), text),
        )
        if done is not None:
            self.show_preview()
        return done is not None

    def write_pdf(self, final: bool) -> None:
        """The PDF written (audited like an export); `final` freezes the minutes."""
        if final:
            answer = QMessageBox.question(
                self,
                self.tr("Make final"),
                self.tr(
                    "Final minutes are written as they are now and no longer follow the "
                    "meeting; changing them needs Reopen. Make them final?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self.introduction.isReadOnly() and not self.save_draft():
            return
        path = save_file_name(
            self, self.tr("Write the minutes"), "protokoll.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        sessions, event_id, by = self._sessions, self._event.id, self._by
        written = attempt(
            self,
            self.tr("Minutes"),
            lambda: minutes.write_minutes(
                sessions, event_id, Path(path), document_language(), final, by
            ),
        )
        if written is not None:
            self.reload()

    def reopen(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reopen"),
            self.tr(
                "The minutes become a draft again; the audit log records who reopened them. Reopen?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self._operations.run(
            lambda: minutes.reopen(self._sessions, self._event.id, self._by),
            report=lambda text: warn(self, self.tr("Minutes"), text),
        )
        if done is not None:
            self.reload()
