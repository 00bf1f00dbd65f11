"""The survey as survey tools export it: one row per respondent, one column per question.
A file shaped like each tool's export (LimeSurvey CSV, Microsoft Forms XLSX, Google Forms
CSV) is built here, in each encoding, imported through the command line into a real
database and read back; then what staff map, the saved mapping, and hostile files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.domain.models import Organization, Statement, Topic
from smartnet_desktop.services import survey
from smartnet_desktop.services.survey_wide import rating
from tests.database_under_test import counts

TABLES = ("organizations", "statements")

LIMESURVEY = [
    [
        "Antwort ID", "Datum Abgeschickt", "Letzte Seite", "Startsprache",
        "Name Ihrer Organisation", "Erfahrung [Mobilität]", "Erfahrung [Tourismus]",
        "Erfahrung [Smart Parking]", "Wo wünschen Sie Unterstützung?",
        "Was können Sie anbieten?", "Wünschen Sie Unterstützung?", "Warum?",
    ],
    ["1", "2026-11-02 10:00:00", "3", "de", "Stadt Gera", "sehr viel Erfahrung",
     "keine Erfahrung", "2", "Tourismus;Fördermittel", "Mobilität", "Ja", "Kein Personal"],
    ["2", "2026-11-02 11:00:00", "3", "de", "Landkreis Greiz", "eher wenig Erfahrung", "",
     "", "Mobilität", "Tourismus;Digitale Verwaltung", "Nein", ""],
]  # fmt: skip
FORMS = [
    [
        "ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
        "Name der Organisation / Kommune", "Mobilität", "Tourismus",
        "Wo wünschen Sie Unterstützung?", "Was können Sie anbieten?",
    ],
    ["1", "11/2/26 10:00:01", "11/2/26 10:04:12", "anna@gera.de", "Anna Beispiel", "",
     "Stadt Gera", "Sehr viel Erfahrung", "Keine Erfahrung", "Tourismus;Fördermittel;",
     "Mobilität;"],
    ["2", "11/2/26 11:00:01", "11/2/26 11:03:40", "bo@greiz.de", "Bo Muster", "",
     "Landkreis Greiz", "Eher wenig Erfahrung", "", "Mobilität;",
     "Tourismus;Digitale Verwaltung;"],
]  # fmt: skip
GOOGLE = [
    [
        "Zeitstempel", "E-Mail-Adresse", "Organisation", "Erfahrung [Mobilität]",
        "Erfahrung [Tourismus]", "Wo wünschen Sie Unterstützung?", "Was können Sie anbieten?",
    ],
    ["02.11.2026 10:00:00", "anna@gera.de", "Stadt Gera", "1 - sehr viel Erfahrung",
     "6 - keine Erfahrung", "Tourismus, Fördermittel", "Mobilität"],
    ["02.11.2026 11:00:00", "bo@greiz.de", "Landkreis Greiz", "4", "", "Mobilität",
     "Tourismus, Digitale Verwaltung"],
]  # fmt: skip
# What every one of the three says, read back: (organisation, topic, kind, rating).
EXPECTED = {
    ("Stadt Gera", "Mobilität", "experience", 1),
    ("Stadt Gera", "Tourismus", "experience", 6),
    ("Stadt Gera", "Tourismus", "need", None),
    ("Stadt Gera", "Finanzierung/Fördermittel (EU)", "need", None),
    ("Stadt Gera", "Mobilität", "offer", None),
    ("Landkreis Greiz", "Mobilität", "experience", 4),
    ("Landkreis Greiz", "Mobilität", "need", None),
    ("Landkreis Greiz", "Tourismus", "offer", None),
    ("Landkreis Greiz", "Digitale Verwaltung", "offer", None),
}


def _csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def _xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _statements(sessions) -> set[tuple]:
    with sessions() as session:
        rows = session.execute(
            Statement.__table__.select()
            .with_only_columns(Organization.name, Topic.name, Statement.kind, Statement.rating)
            .join(Organization, Organization.id == Statement.organization_id)
            .join(Topic, Topic.id == Statement.topic_id)
        ).all()
    return {(o, t, str(k), r) for o, t, k, r in rows}


def _support(sessions) -> dict[str, tuple]:
    with sessions() as session:
        return {
            o.name: (str(o.support_wanted), o.support_reasons)
            for o in session.query(Organization).all()
        }


def _import(db_path, path: Path, *options: str) -> int:
    return main(["--db", str(db_path), "survey", "import", str(path), *options])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize(
    ("tool", "rows", "delimiter"), [("limesurvey", LIMESURVEY, ";"), ("google", GOOGLE, ",")]
)
def test_a_csv_export_of_each_tool_in_each_encoding(
    db_path, sessions, tmp_path, capsys, tool, rows, delimiter, encoding
):
    path = _csv(tmp_path / f"{tool}.csv", rows, encoding, delimiter)
    assert _import(db_path, path, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["form"] == "wide" and shown["statements_new"] == len(EXPECTED)
    assert shown["organizations_new"] == ["Stadt Gera", "Landkreis Greiz"]
    assert _statements(sessions) == EXPECTED
    if tool == "limesurvey":  # the one column whose topic the catalogue lacks is named
        assert shown["unmapped_columns"] == [{"column": 8, "header": "Erfahrung [Smart Parking]"}]
        assert _support(sessions) == {
            "Stadt Gera": ("yes", "Kein Personal"),
            "Landkreis Greiz": ("no", ""),
        }
    else:
        assert shown["unmapped_columns"] == []
    # A second import of the same file changes nothing.
    before = counts(db_path, TABLES)
    assert _import(db_path, path, "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["statements_new"], again["statements_changed"], again["organizations_new"]) == (
        0,
        0,
        [],
    )
    assert counts(db_path, TABLES) == before and _statements(sessions) == EXPECTED


def test_a_microsoft_forms_workbook(db_path, sessions, tmp_path, capsys):
    """Forms writes XLSX, its respondent's own name in "Name" (no organisation) and a
    ";" after every choice."""
    path = _xlsx(tmp_path / "Netzwerkumfrage(1-2).xlsx", FORMS)
    assert _import(db_path, path) == 0
    out = capsys.readouterr().out
    assert "imported: 9 new statements, 0 changed, 2 new organisations" in out
    assert "not mapped" not in out
    assert _statements(sessions) == EXPECTED
    assert "Anna Beispiel" not in {o for o, *_ in _statements(sessions)}


def test_unmapped_columns_are_reported_one_line_each_and_left_out(db_path, tmp_path, capsys):
    rows = [
        row + extra
        for row, extra in zip(
            GOOGLE, [["Lieblingsfarbe", "Anmerkungen"], ["blau", "x"], ["rot", ""]], strict=True
        )
    ]
    assert _import(db_path, _csv(tmp_path / "g.csv", rows, "utf-8", ",")) == 0
    out = capsys.readouterr().out.splitlines()
    assert "column 8: not mapped to a topic (left out): Lieblingsfarbe" in out
    assert "column 9: not mapped to a topic (left out): Anmerkungen" in out


def test_a_saved_mapping_maps_what_the_catalogue_cannot_and_is_written_back(
    db_path, sessions, tmp_path, capsys
):
    path = _csv(tmp_path / "lime.csv", LIMESURVEY, "utf-8", ";")
    written = tmp_path / "mapping.json"
    assert _import(db_path, path, "--write-mapping", str(written)) == 0
    mapping = json.loads(written.read_text(encoding="utf-8"))
    assert mapping["columns"]["Erfahrung [Mobilität]"] == "experience:Mobilität"
    assert mapping["columns"]["Antwort ID"] == "ignore"
    assert "Erfahrung [Smart Parking]" not in mapping["columns"]
    # Staff say "Smart Parking" is mobility, save it, and import with it.
    mapping["columns"]["Erfahrung [Smart Parking]"] = "experience:Mobility"
    mapping["columns"]["Erfahrung [Mobilität]"] = "ignore"
    written.write_text(json.dumps(mapping), encoding="utf-8")
    capsys.readouterr()
    again = tmp_path / "again.json"
    options = ("--mapping", str(written), "--write-mapping", str(again), "--json")
    assert _import(db_path, path, *options) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["unmapped_columns"] == [] and shown["statements_changed"] == 1
    # Gera rated Smart Parking 2: the mobility rating now comes from that column.
    assert ("Stadt Gera", "Mobilität", "experience", 2) in _statements(sessions)
    columns = json.loads(again.read_text(encoding="utf-8"))["columns"]
    assert columns["Erfahrung [Smart Parking]"] == "experience:Mobilität"


def test_the_mapping_in_use_is_remembered_for_the_next_file_of_that_shape(
    db_path, sessions, tmp_path, capsys
):
    path = _csv(tmp_path / "lime.csv", LIMESURVEY, "utf-8", ";")
    mapping = {"Erfahrung [Smart Parking]": "experience:Mobilität"}
    survey.import_survey(sessions, path, mapping=mapping)
    later = LIMESURVEY[:2] + [["3", "", "", "", "Stadt Jena", "", "", "5", "", "", "", ""]]
    path = _csv(tmp_path / "spaeter.csv", later, "utf-8", ";")
    assert _import(db_path, path, "--json") == 0
    assert json.loads(capsys.readouterr().out)["unmapped_columns"] == []
    assert ("Stadt Jena", "Mobilität", "experience", 5) in _statements(sessions)
    columns = survey.survey_columns(sessions, path)
    assert [c.role for c in columns if c.header == "Erfahrung [Smart Parking]"] == [
        "experience:Mobilität"
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("sehr viel Erfahrung", 1),
        ("Viel Erfahrung", 2),
        ("etwas Erfahrung", 3),
        ("eher wenig Erfahrung", 4),
        ("wenig Erfahrung", 5),
        ("keine Erfahrung", 6),
        ("Very much experience", 1),
        ("no experience", 6),
        ("3 - mittel", 3),
        ("keine Angabe", None),
        ("", None),
    ],
)
def test_ratings_in_words(words, expected):
    assert rating(words) == expected


def test_a_bad_answer_refuses_the_whole_file_naming_row_and_column(db_path, tmp_path, capsys):
    rows = [list(r) for r in GOOGLE]
    rows[2][3] = "ziemlich gut vielleicht"
    path = _csv(tmp_path / "g.csv", rows, "utf-8", ",")
    assert _import(db_path, path) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "line 3, column 4:" in err and "ziemlich gut vielleicht" in err
    assert counts(db_path, TABLES) == (0, 0)


def test_a_respondent_without_organisation_is_refused_with_its_cell(db_path, tmp_path, capsys):
    rows = [list(r) for r in GOOGLE]
    rows[2][2] = ""
    assert _import(db_path, _csv(tmp_path / "g.csv", rows, "utf-8", ",")) == 2
    assert "line 3, column 3: Organisation: please enter a value." in capsys.readouterr().err
    assert counts(db_path, TABLES) == (0, 0)


def test_an_export_without_an_organisation_column_is_refused(db_path, tmp_path, capsys):
    rows = [[c for i, c in enumerate(r) if i != 2] for r in GOOGLE]
    assert _import(db_path, _csv(tmp_path / "g.csv", rows, "utf-8", ",")) == 2
    assert "The file has no column for Organisation." in capsys.readouterr().err


def test_a_broken_mapping_file_is_refused_before_anything_is_written(db_path, tmp_path, capsys):
    path = _csv(tmp_path / "g.csv", GOOGLE, "utf-8", ",")
    broken = tmp_path / "m.json"
    for text in ("{", '{"columns": ["x"]}', '{"columns": {"Organisation": "experience:Schach"}}'):
        broken.write_text(text, encoding="utf-8")
        assert _import(db_path, path, "--mapping", str(broken)) == 2
        err = capsys.readouterr().err
        assert "mapping of the survey's columns cannot be used" in err and err.count("\n") == 1
    assert counts(db_path, TABLES) == (0, 0)


# -- hostile files ---------------------------------------------------------------------------


def test_a_huge_cell_is_refused_with_its_place(db_path, tmp_path, capsys):
    rows = [list(r) for r in GOOGLE]
    rows[1][5] = "Tourismus, " * 4000  # 44,000 characters: more than a cell of Excel holds
    assert _import(db_path, _csv(tmp_path / "g.csv", rows, "utf-8", ",")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2, column 6" in err
    assert counts(db_path, TABLES) == (0, 0)


def test_formula_cells_are_never_taken_as_answers(db_path, sessions, tmp_path, capsys):
    """A workbook's formula is not run; without a value saved beside it the cell is empty,
    so the organisation is missing and the row refused. In a CSV it is text: no rating."""
    rows = [list(r) for r in FORMS]
    rows[1][6] = '=HYPERLINK("https://evil.example","Stadt Gera")'
    assert _import(db_path, _xlsx(tmp_path / "f.xlsx", rows)) == 2
    assert "line 2, column 7: Organisation: please enter a value." in capsys.readouterr().err
    rows = [list(r) for r in GOOGLE]
    rows[1][3] = "=1+5"
    assert _import(db_path, _csv(tmp_path / "g.csv", rows, "utf-8", ",")) == 2
    assert "line 2, column 4:" in capsys.readouterr().err
    assert counts(db_path, TABLES) == (0, 0)


def test_hundreds_of_unknown_columns_are_reported_not_imported(db_path, sessions, tmp_path):
    extra = [f"Frage {n}" for n in range(300)]
    rows = [GOOGLE[0] + extra] + [r + ["Antwort"] * 300 for r in GOOGLE[1:]]
    result = survey.import_survey(sessions, _csv(tmp_path / "g.csv", rows, "utf-8", ",")).value
    assert len(result.unmapped_columns) == 300
    assert result.unmapped_columns[0] == {"column": 8, "header": "Frage 0"}
    assert _statements(sessions) == EXPECTED


def test_the_long_form_is_still_the_long_form(sessions, tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text("Organisation;Thema;Art;Erfahrung\nStadt Gera;Mobilität;Erfahrung;2\n")
    result = survey.import_survey(sessions, path).value
    assert result.form == "long" and result.statements_new == 1
    with pytest.raises(InvalidImport):
        survey.import_survey(
            sessions, _csv(tmp_path / "x.csv", [["Organisation"], ["A"]], "utf-8", ";")
        )


def test_a_remembered_topic_removed_from_the_catalogue_leaves_its_column_unmapped(
    sessions, tmp_path
):
    from smartnet_desktop.services import topics

    path = _csv(tmp_path / "lime.csv", LIMESURVEY, "utf-8", ";")
    survey.import_survey(
        sessions, path, mapping={"Erfahrung [Smart Parking]": "experience:Energie"}
    )
    energy = next(t for t in topics.list_topics(sessions) if t.name == "Energie")
    topics.remove_topic(sessions, energy.id)
    result = survey.import_survey(sessions, path).value
    assert result.unmapped_columns == [{"column": 8, "header": "Erfahrung [Smart Parking]"}]


def test_a_column_staff_name_as_the_organisation(sessions, tmp_path):
    rows = [["Zeitstempel", "Stadt/Gemeinde", "Erfahrung [Mobilität]"], ["x", "Stadt Gera", "3"]]
    path = _csv(tmp_path / "g.csv", rows, "utf-8", ",")
    columns = survey.survey_columns(sessions, path)
    assert [c.role for c in columns] == ["ignore", None, "experience:Mobilität"]
    with pytest.raises(InvalidImport):
        survey.import_survey(sessions, path)
    survey.import_survey(sessions, path, mapping={"Stadt/Gemeinde": "organization"})
    assert _statements(sessions) == {("Stadt Gera", "Mobilität", "experience", 3)}


def test_a_long_form_without_its_kind_column_stays_refused_as_the_long_form(sessions, tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text("Organisation;Thema;Erfahrung\nStadt Gera;Mobilität;2\n", encoding="utf-8")
    with pytest.raises(InvalidImport) as refused:
        survey.import_survey(sessions, path)
    assert refused.value.problems[0]["code"] == "missing_column"
    assert refused.value.problems[0]["field"] == "kind"
