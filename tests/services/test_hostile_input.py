"""Names with emoji, right-to-left text, combining and zero-width characters survive a round
trip through the database and are found by search."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, events, registry

NAMES = [
    ("Zoë 🎉", "Smiley😀Müller", "smiley"),
    ("محمد", "الأحمد", "الأحمد"),
    ("שרה", "כהן", "כהן"),
    ("Jose\u0301", "Nun\u0303ez", "nunez"),  # combining accents
    ("Ann\u200ba", "Zero\u200dWidth", "zerowidth"),  # zero-width space and joiner
    ("Ǆemal", "ǅurić", "dzuric"),
]


@pytest.mark.parametrize(("given", "family", "query"), NAMES)
def test_round_trip_and_search(sessions, given, family, query):
    event = events.create_event(
        sessions, EventInput("Treffen 🎉 ☕", date(2024, 1, 1), "Ort")
    ).value
    row = registry.add_attendee(
        sessions, event.id, registry.PersonInput(given_name=given, family_name=family)
    ).value
    [found] = attendees.list_attendees(sessions, event.id, query)
    assert found.person_id == row.person_id
    assert found.given_name == unicodedata.normalize("NFC", given)
    assert found.family_name == unicodedata.normalize("NFC", family)
    assert events.get_event(sessions, event.id).title == "Treffen 🎉 ☕"


def test_control_characters_are_refused(sessions):
    event = events.create_event(sessions, EventInput("T", date(2024, 1, 1), "Ort")).value
    with pytest.raises(InvalidInput):
        registry.add_attendee(
            sessions, event.id, registry.PersonInput(given_name="A\x00B", family_name="C")
        )


def test_cli_takes_hostile_titles(capsys, db_path):
    title = "5. Treffen ‮ltr‬ 👩‍💻 e\u0301"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "events",
                "add",
                "--title",
                title,
                "--date",
                "2024-01-01",
                "--venue",
                "Ort",
                "--json",
            ]
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert created["title"] == unicodedata.normalize("NFC", title)


# -- the one text rule: what XML 1.0 cannot hold is refused on input, never written ------------

FORBIDDEN = ["\ufffe", "\uffff", "\x0b", "\x1f", "\x85"]


@pytest.mark.parametrize("character", FORBIDDEN)
def test_an_import_refuses_a_character_no_file_can_hold_with_line_and_column(
    db_path, sessions, tmp_path, capsys, character
):
    from smartnet_desktop.services.importing import plan_import

    event = events.create_event(sessions, EventInput("T", date(2024, 1, 1), "Ort")).value
    path = tmp_path / "liste.csv"
    path.write_text(f"Vorname;Nachname\nAnna;Gut\nBert;Bö{character}se\n", encoding="utf-8")
    [problem] = plan_import(path).problems
    assert (problem["line"], problem["column"], problem["field"]) == (3, 2, "family_name")
    assert problem["code"] in ("forbidden_character", "control_character")
    assert main(["--db", str(db_path), "import", "--event", str(event.id), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 3, column 2" in err and character not in err
    assert attendees.list_attendees(sessions, event.id) == []


def test_the_refusal_names_the_character(tmp_path):
    from smartnet_desktop.domain.errors import InvalidImport
    from smartnet_desktop.messages import problem_line
    from smartnet_desktop.services.importing import run_import

    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Nachname\nAnna;Gu\uffffte\n", encoding="utf-8")
    with pytest.raises(InvalidImport) as refused:
        run_import(None, 1, path)
    assert problem_line(refused.value.problems[0]) == (
        "line 2, column 2: Last name: contains the character U+FFFF, which no file can hold."
    )


def test_a_survey_refuses_them_too(db_path, tmp_path, capsys):
    path = tmp_path / "umfrage.csv"
    path.write_text(
        "Organisation;Thema;Art;Erfahrung;Beschreibung\nStadt A;Tourismus;Bedarf;;Alt\ufffe\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "survey", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2, column 5" in err and "U+FFFE" in err


def test_a_lone_surrogate_from_the_command_line_is_refused_in_one_line(db_path, capsys):
    """Undecodable bytes in an argument arrive as lone surrogates (surrogateescape)."""
    code = main(
        ["--db", str(db_path), "events", "add", "--title", "T\udcff", "--date", "2024-01-01",
         "--venue", "Ort"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_an_export_never_writes_them_even_when_stored(demo, tmp_path):
    """Stored by a version before the rule: the workbook still opens, the character
    replaced by U+FFFD."""
    from openpyxl import load_workbook
    from sqlalchemy import text

    from smartnet_desktop.services import exporting

    sessions, gera, _ = demo
    with sessions.begin() as session:
        session.execute(
            text("UPDATE persons SET family_name = :n WHERE id = 1"), {"n": "Bö\ufffese\uffff"}
        )
    out = tmp_path / "x.xlsx"
    assert main(["--db", str(sessions.kw["bind"].url.render_as_string(hide_password=False)),
                 "export", "attendees", "--event", str(gera), "--out", str(out)]) == 0  # fmt: skip
    names = [c.value for c in next(load_workbook(out).active.iter_cols(min_col=3, max_col=3))]
    assert "Bö\ufffdse\ufffd" in names
    csv_out = tmp_path / "x.csv"
    exporting.export_attendees(sessions, gera, csv_out)
    written = csv_out.read_text(encoding="utf-8-sig")
    assert "\ufffe" not in written and "\uffff" not in written and "Bö\ufffdse\ufffd" in written
