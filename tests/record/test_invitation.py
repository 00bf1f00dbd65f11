"""The invitation to the next meeting (issue 26 item 5): einladung.ics read back with
icalendar, verteiler.csv and einladung.eml read back with the standard email package;
only people whose contact sharing is granted reach any of them."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.utils import getaddresses
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from smartnet_desktop.domain.errors import OutputRefused
from smartnet_desktop.domain.models import AuditEntry
from smartnet_desktop.services.invitation import write_invitation
from smartnet_desktop.services.minutes import write_minutes
from tests.record.meeting import GRANTED, NOT_GRANTED, make_meeting

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def meeting(sessions):
    return make_meeting(sessions)


def _calendar(folder):
    return icalendar.Calendar.from_ical((folder / "einladung.ics").read_bytes())


def _email(folder):
    return message_from_bytes((folder / "einladung.eml").read_bytes(), policy=policy.default)


def test_calendar_entry_is_at_berlin_time_with_its_timezone_summer_and_winter(meeting, tmp_path):
    """The summer meeting starts 09:30 CEST (07:30 UTC), the winter one 10:00 CET (09:00
    UTC); each names TZID Europe/Berlin and the file defines that zone itself."""
    for event, previous, local, utc_hour in (
        (meeting.following, meeting.previous, datetime(2023, 6, 15, 9, 30), 7.5),
        (meeting.previous, meeting.following, datetime(2022, 12, 8, 10, 0), 9),
    ):
        folder = tmp_path / f"out{event}"
        write_invitation(meeting.sessions, event, previous, folder)
        raw = (folder / "einladung.ics").read_text(encoding="utf-8")
        assert f"DTSTART;TZID=Europe/Berlin:{local:%Y%m%dT%H%M%S}" in raw
        calendar = _calendar(folder)
        assert str(calendar["method"]) == "PUBLISH" and str(calendar["version"]) == "2.0"
        zones = calendar.walk("VTIMEZONE")
        assert [str(z["tzid"]) for z in zones] == ["Europe/Berlin"]
        (entry,) = calendar.walk("VEVENT")
        start = entry.decoded("dtstart")
        assert start.replace(tzinfo=None) == local
        assert start.utcoffset() == local.replace(tzinfo=BERLIN).utcoffset()
        hour = start.astimezone(ZoneInfo("UTC"))
        assert hour.hour + hour.minute / 60 == utc_hour
        assert entry["uid"] and entry["dtstamp"] and entry.decoded("dtend") > start
        # RFC 5545 3.1: CR LF line ends, lines of at most 75 octets
        data = (folder / "einladung.ics").read_bytes()
        lines = data.split(b"\r\n")
        assert lines[-1] == b"" and all(b"\n" not in line and len(line) <= 75 for line in lines)
        # a second, independent reader (vobject) puts it at the same moment
        import vobject

        other = vobject.readOne(data.decode("utf-8")).vevent.dtstart.value
        assert other.utcoffset() == start.utcoffset() and other.replace(tzinfo=None) == local


def test_the_files_timezone_agrees_with_zoneinfo_for_years_to_come(meeting, tmp_path):
    """A calendar that reads only the file (Outlook) puts the meeting where zoneinfo does,
    on both sides of each change, 2022 to 2040."""
    write_invitation(meeting.sessions, meeting.following, meeting.previous, tmp_path / "o")
    zone = _calendar(tmp_path / "o").walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    moment = datetime(2022, 1, 1, 12)
    while moment.year < 2041:
        assert (
            moment.replace(tzinfo=zone).utcoffset() == moment.replace(tzinfo=BERLIN).utcoffset()
        ), moment
        moment += timedelta(days=3, hours=5)


def test_distribution_list_holds_only_the_granted_and_opens_in_german_excel(meeting, tmp_path):
    done = write_invitation(meeting.sessions, meeting.following, meeting.previous, tmp_path / "o")
    data = (tmp_path / "o" / "verteiler.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Anrede", "Titel", "Vorname", "Nachname", "Organisation", "E-Mail"]
    names = [f"{r[2]} {r[3]}" for r in rows[1:]]
    assert sorted(names) == sorted(GRANTED)
    text = data.decode("utf-8-sig")
    for name in NOT_GRANTED:
        assert name.split()[1] not in text
    assert "Guten Tag Dr. Anna Beispiel" in text
    formula = [r for r in rows if r[2] == "Frieda"][0]
    assert formula[4] == '\'=HYPERLINK("x")'  # never a formula in Excel
    assert (done.recipients, done.left_out) == (4, 3)


def test_email_draft_has_the_list_in_bcc_only_and_the_calendar_attached(meeting, tmp_path):
    write_invitation(meeting.sessions, meeting.following, meeting.previous, tmp_path / "o")
    message = _email(tmp_path / "o")
    bcc = {address for _name, address in getaddresses([str(message["Bcc"])])}
    assert bcc == {
        "anna@gera.example",
        "lucja@hs.example",
        "emil@suhl.example",
        "frieda@formel.example",
    }
    for header in ("To", "Cc"):
        shown = str(message.get(header, ""))
        for address in bcc | {"bernd@gera.example", "clara@greiz.example", "dora@jena.example"}:
            assert address not in shown
    raw = (tmp_path / "o" / "einladung.eml").read_bytes()
    for address in ("bernd@gera.example", "clara@greiz.example", "dora@jena.example"):
        assert address.encode() not in raw
    assert message["X-Unsent"] == "1"
    assert "6. Netzwerktreffen" in message["Subject"]
    assert "Einladung" in message["Subject"]
    attachments = list(message.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["text/calendar"]
    assert attachments[0].get_param("method") == "PUBLISH"
    assert attachments[0].get_filename() == "einladung.ics"
    assert attachments[0].get_content().encode() == (tmp_path / "o" / "einladung.ics").read_bytes()
    body = message.get_body(("plain",)).get_content()
    assert "15.06.2023, 09:30–14:00" in body and "Volkshaus" in body


def test_final_minutes_of_the_previous_meeting_are_attached(meeting, tmp_path):
    """A draft is not sent around; the minutes made final are, as they were frozen."""
    write_invitation(meeting.sessions, meeting.following, meeting.previous, tmp_path / "a")
    assert len(list(_email(tmp_path / "a").iter_attachments())) == 1
    write_minutes(meeting.sessions, meeting.previous, tmp_path / "p.pdf", final=True)
    done = write_invitation(meeting.sessions, meeting.following, meeting.previous, tmp_path / "b")
    assert done.minutes_attached
    pdfs = [
        a
        for a in _email(tmp_path / "b").iter_attachments()
        if a.get_content_type() == "application/pdf"
    ]
    assert len(pdfs) == 1 and pdfs[0].get_content() == (tmp_path / "p.pdf").read_bytes()


def test_a_foreign_folder_is_refused_untouched_and_our_own_is_rewritten(meeting, tmp_path):
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "einladung.ics").write_text("mine")
    (foreign / "brief.docx").write_text("mine too")
    with pytest.raises(OutputRefused):
        write_invitation(meeting.sessions, meeting.following, meeting.previous, foreign)
    assert sorted(p.name for p in foreign.iterdir()) == ["brief.docx", "einladung.ics"]
    assert (foreign / "einladung.ics").read_text() == "mine"
    ours = tmp_path / "einladung"
    for _ in range(2):  # the second run replaces what the first wrote
        write_invitation(meeting.sessions, meeting.following, meeting.previous, ours)
    assert {p.name for p in ours.iterdir()} >= {"einladung.ics", "verteiler.csv", "einladung.eml"}


def test_writing_the_invitation_is_audited_like_an_export(meeting, tmp_path):
    write_invitation(meeting.sessions, meeting.following, meeting.previous, tmp_path / "o")
    with meeting.sessions() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    details = [json.loads(e.details) for e in entries]
    assert [(d["what"], d["count"]) for d in details] == [("invitation", 4)]
