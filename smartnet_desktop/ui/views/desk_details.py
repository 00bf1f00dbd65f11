"""F2 at the desk (a part of CheckinView, as a function of the view): the shown person's
details and this meeting's note in a small dialog, saved through the runner; the band then
shows the person with the note. Ctrl+Z in the empty field offers to undo it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.views.desk_panels import Outcome

translate = QCoreApplication.translate


def edit_shown(view) -> None:
    """The person in the band, or else the single match or the row picked in the list."""
    from smartnet_desktop.ui.dialogs.desk_details_dialog import DeskDetailsDialog

    row = view._shown or _listed(view)
    if row is None or view.current_event is None:
        view._show(
            Outcome.INFO,
            fill(
                translate(
                    "CheckinView",
                    "%1 edits the details of the person shown: check someone in or pick them first.",
                ),
                key_of("desk.edit_details"),
            ),
        )
        return
    dialog = DeskDetailsDialog(
        row, lambda details, report: view.writes.edit_details(row, details, report), view
    )
    if dialog.exec() and dialog.saved is not None:
        view._show(Outcome.INFO, translate("CheckinView", "Details saved"), dialog.saved)
    view.back_from_dialog()


def _listed(view):
    view._filter_now()
    picked = view.table.currentIndex()
    if view._picked and picked.isValid() and not view.model.is_other(picked.row()):
        return view.model.row_at(picked.row())
    return view.model.row_at(0) if view.model.registered_count() == 1 else None
