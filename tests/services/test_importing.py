"""Import of registration lists as they arrive: Excel exports from German Windows PCs."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, events
from smartnet_desktop.services.importing import plan_import, run_import
from tests.database_under_test import counts

HEADER = (
    "Titel;Vorname;Nachname;Organisation;Funktion;E-Mail;Telefon;Foto-Einwand;Kontaktweitergabe\n"
)
ROWS = (
    "Dr.;Jürgen;Weiß;Stadt Gera;Amtsleiter;j.weiss@gera.example;0365 123;ja;nein\n"
    ";Sabine;Öztürk;Stadt Weida;;s.oeztuerk@weida.example;;;ja\n"
    ";Frauke;Häberle;Stadt Ilmenau;;;;;\n"
)


@pytest.fixture
def event_id(sessions):
    return events.create_event(
        sessions, EventInput("6. Netzwerktreffen", date(2023, 3, 9), "Jena")
    ).value.id


def _snapshot(db_path) -> list:
    return list(counts(db_path, ["persons", "registrations", "organizations", "consent_events"]))


def test_windows_1252_semicolon_csv_with_umlauts(sessions, event_id, tmp_path):
    path = tmp_path / "anmeldungen.csv"
    path.write_bytes((HEADER + ROWS).encode("cp1252"))
    result = run_import(sessions, event_id, path).value
    assert (result.registered, result.new_people) == (3, 3)
    [weiss] = attendees.list_attendees(sessions, event_id, "weiss")
    assert (weiss.title, weiss.given_name, weiss.organization) == ("Dr.", "Jürgen", "Stadt Gera")
    assert weiss.photo_objection and weiss.contact_sharing == "objected"
    [oeztuerk] = attendees.list_attendees(sessions, event_id, "ozturk")
    assert oeztuerk.contact_sharing == "granted" and not oeztuerk.photo_objection
    [haeberle] = attendees.list_attendees(sessions, event_id, "haberle")
    assert haeberle.contact_sharing == "not_asked"  # no answer in the file: never asked


def test_utf8_with_bom_and_commas_and_english_headers(sessions, event_id, tmp_path):
    path = tmp_path / "registrations.csv"
    text = "First name,Last name,Institution,Email,Position\nThi Lan,Nguyễn,TU Ilmenau,lan@tu.example,PhD\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert run_import(sessions, event_id, path).value.registered == 1
    [row] = attendees.list_attendees(sessions, event_id, "nguyen")
    assert (row.given_name, row.organization, row.role) == ("Thi Lan", "TU Ilmenau", "PhD")


def test_xlsx_is_read(sessions, event_id, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Vorname", "Nachname", "Kommune", "E-Mail"])
    sheet.append(["Łucja", "Żółć", "Region Seltenrain", "l.zolc@example.org"])
    path = tmp_path / "liste.xlsx"
    workbook.save(path)
    assert run_import(sessions, event_id, path).value.registered == 1
    assert attendees.list_attendees(sessions, event_id, "zolc")[0].family_name == "Żółć"


def test_unknown_columns_are_reported_and_ignored(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Vorname;Nachname;Lieblingsfarbe\nAnna;Beispiel;blau\n", encoding="utf-8")
    plan = plan_import(path)
    assert plan.unknown_columns == ["Lieblingsfarbe"]
    assert plan.mapping == {"Vorname": "given_name", "Nachname": "family_name"}
    assert plan.problems == []


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty_file"),
        (b"Vorname;Nachname\n", "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "unreadable_file"),
        (b"Farbe;Zahl\nblau;3\n", "no_name_column"),
    ],
)
def test_unusable_files_raise_and_write_nothing(
    sessions, event_id, db_path, tmp_path, content, code
):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    before = _snapshot(db_path)
    with pytest.raises(InvalidImport) as caught:
        run_import(sessions, event_id, path)
    assert caught.value.code == code
    assert _snapshot(db_path) == before


def test_a_10000_character_name_is_a_problem_with_its_line(sessions, event_id, db_path, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "Vorname;Nachname\nAnna;Beispiel\nBernd;" + "x" * 10_000 + "\n", encoding="utf-8"
    )
    before = _snapshot(db_path)
    with pytest.raises(InvalidImport) as caught:
        run_import(sessions, event_id, path)
    assert [(p["line"], p["field"], p["code"]) for p in caught.value.problems] == [
        (3, "family_name", "too_long")
    ]
    assert _snapshot(db_path) == before  # the valid first row was not written either
    result = run_import(sessions, event_id, path, skip_invalid=True).value
    assert result.registered == 1 and [p["line"] for p in result.skipped] == [3]


def test_a_duplicate_row_is_listed(sessions, event_id, db_path, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail\nAnna;Beispiel;a@b.de\nAnna;Beispiel;A@B.de\n", encoding="utf-8"
    )
    before = _snapshot(db_path)
    with pytest.raises(InvalidImport) as caught:
        run_import(sessions, event_id, path)
    assert caught.value.problems == [
        {"line": 3, "field": "name", "code": "duplicate_in_file", "first_line": 2}
    ]
    assert _snapshot(db_path) == before


def test_importing_the_same_file_twice_adds_nothing(sessions, event_id, db_path, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes((HEADER + ROWS).encode("cp1252"))
    run_import(sessions, event_id, path)
    after_first = _snapshot(db_path)
    again = run_import(sessions, event_id, path).value
    assert (again.registered, again.new_people, again.already_registered) == (0, 0, 3)
    assert _snapshot(db_path) == after_first


def test_people_of_the_network_are_matched_not_duplicated(demo, tmp_path, db_path):
    sessions, gera, muehlhausen = demo
    path = tmp_path / "a.csv"
    # Renée Lefèvre is in the demo network (registered in Gera, not in Mühlhausen).
    path.write_text(
        "Vorname;Nachname;E-Mail\nRenée;Lefèvre;renee.lefevre@beispiel.example\n", encoding="utf-8"
    )
    persons_before = _snapshot(db_path)[0]
    result = run_import(sessions, muehlhausen, path).value
    assert (result.registered, result.new_people) == (1, 0)
    assert _snapshot(db_path)[0] == persons_before


def test_dry_run_counts_and_writes_nothing(sessions, event_id, db_path, tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes((HEADER + ROWS).encode("cp1252"))
    before = _snapshot(db_path)
    result = run_import(sessions, event_id, path, dry_run=True).value
    assert result.registered == 3 and result.dry_run
    assert _snapshot(db_path) == before


def test_consent_cells_that_are_not_understood_are_problems(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "Vorname;Nachname;Foto-Einwand;Kontaktweitergabe\nAnna;B;vielleicht;ja\nBo;C;nein;später\n",
        encoding="utf-8",
    )
    problems = plan_import(path).problems
    assert [(p["line"], p["field"], p["value"]) for p in problems] == [
        (2, "photo_objection", "vielleicht"),
        (3, "contact_sharing", "später"),
    ]
