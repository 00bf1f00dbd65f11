from __future__ import annotations

import csv
from datetime import date

from openpyxl import load_workbook

from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events, exporting, registry


def test_formula_like_cells_are_written_as_text(sessions, tmp_path):
    event = events.create_event(sessions, EventInput("T", date(2023, 1, 1), "V")).value
    registry.add_attendee(
        sessions,
        event.id,
        registry.PersonInput(
            given_name='=HYPERLINK("http://evil")',
            family_name="+49",
            organization="@Stadt",
            role="-1",
        ),
    )
    csv_path, xlsx_path = tmp_path / "a.csv", tmp_path / "a.xlsx"
    assert exporting.export_attendees(sessions, event.id, csv_path) == 1
    exporting.export_attendees(sessions, event.id, xlsx_path)

    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle, delimiter=";"))
    values = dict(zip(header, row, strict=True))
    assert values["Vorname"] == '\'=HYPERLINK("http://evil")'
    assert (
        values["Nachname"] == "'+49"
        and values["Organisation"] == "'@Stadt"
        and values["Funktion"] == "'-1"
    )

    sheet = load_workbook(xlsx_path).active
    cells = {sheet.cell(1, c).value: sheet.cell(2, c) for c in range(1, sheet.max_column + 1)}
    assert cells["Vorname"].data_type == "s" and cells["Vorname"].value.startswith("=HYPERLINK")
    assert all(cell.data_type != "f" for cell in cells.values())


def test_international_phone_numbers_keep_their_plus_in_csv(sessions, tmp_path):
    event = events.create_event(sessions, EventInput("T", date(2023, 1, 1), "V")).value
    registry.add_attendee(
        sessions,
        event.id,
        registry.PersonInput(given_name="Ina", family_name="Klein", phone="+49 361 123456"),
    )
    out = tmp_path / "a.csv"
    exporting.export_attendees(sessions, event.id, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle, delimiter=";"))
    assert dict(zip(header, row, strict=True))["Telefon"] == "+49 361 123456"
