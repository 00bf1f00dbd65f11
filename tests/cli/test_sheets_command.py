"""`sheets --event ID --out FILE.pdf [--person ID ...] [--present]`: one page per person with a
match at the meeting, logged like every output naming people; refusals in one line, no file."""

from __future__ import annotations

import json

import pypdfium2
import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.services import audit, checkin
from tests.sheet_fixtures import by_family_name


def test_sheets_for_everyone_registered_one_page_each_and_logged(demo, db_path, tmp_path, capsys):
    sessions, gera, _ = demo
    out = tmp_path / "bögen.pdf"
    args = ["--db", str(db_path), "sheets", "--event", str(gera), "--out", str(out), "--json"]
    assert main(args) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["sheets"] == len(pypdfium2.PdfDocument(out.read_bytes())) > 10
    assert answer["without_matches"]  # the demo has people whose organisation fits nobody
    (entry,) = [
        e for e in audit.list_entries(sessions) if e.details.get("what") == "personal_sheets"
    ]
    assert (entry.event_id, entry.details["count"]) == (gera, answer["sheets"])


def test_one_person_on_a5_with_those_present(demo, db_path, tmp_path, capsys):
    sessions, gera, _ = demo
    holder = by_family_name(sessions, gera, "Ackerbauer")
    out = tmp_path / "ackerbauer.pdf"
    args = ["--db", str(db_path), "sheets", "--event", str(gera), "--out", str(out)]
    args += ["--person", str(holder.person_id), "--present", "--paper", "a5"]
    assert main(args) == 2  # not checked in yet
    assert "not checked in" in capsys.readouterr().err and not out.exists()
    checkin.check_in(sessions, holder.registration_id, "Desk 1")
    gera_person = by_family_name(sessions, gera, "Weißbach")
    checkin.check_in(sessions, gera_person.registration_id, "Desk 1")
    assert main(args) == 0
    document = pypdfium2.PdfDocument(out.read_bytes())
    assert len(document) == 1 and document[0].get_size() == pytest.approx((419.5, 595.3), abs=1)
    text = document[0].get_textpage().get_text_range()
    assert "Heute hier:" in text and "Stadt Gera" in text


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--out", "x.txt"], "must name a .pdf file"),
        (["--out", "x.pdf", "--person", "999999"], "not registered for event"),
        (["--out", "x.pdf", "--present"], "no match at this meeting"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    demo, db_path, tmp_path, capsys, monkeypatch, extra, said
):
    _, gera, _ = demo
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db_path), "sheets", "--event", str(gera), *extra]) == 2
    error = capsys.readouterr().err
    assert said in error and error.count("\n") == 1 and "Traceback" not in error
    assert list(tmp_path.glob("x.*")) == []
