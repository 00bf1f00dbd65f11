"""Hostile files: whatever the importer is fed, it imports validated rows in one transaction
or raises the application's own error with the database unchanged."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, events
from smartnet_desktop.services.importing import run_import
from tests.database_under_test import counts

HEADERS = [
    "Vorname",
    "Nachname",
    "E-Mail",
    "Organisation",
    "Foto-Einwand",
    "Kontaktweitergabe",
    "Telefon",
]

cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
rows = st.lists(st.lists(cells, min_size=0, max_size=8), max_size=6)
delimiters = st.sampled_from([";", ",", "\t", "|"])


def _counts(path) -> tuple:
    return counts(
        path, ("persons", "registrations", "organizations", "consent_events", "audit_entries")
    )


def _check(sessions, db_path, event_id, path) -> None:
    before = _counts(db_path)
    try:
        result = run_import(sessions, event_id, path, skip_invalid=True).value
    except InvalidImport:
        assert _counts(db_path) == before
        return
    after = _counts(db_path)
    assert after[1] - before[1] == result.registered
    for row in attendees.list_attendees(sessions, event_id):
        assert (row.given_name or row.family_name).strip()  # only validated people got in


settings_ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@settings_
@given(st.binary(max_size=400))
def test_random_bytes(sessions, db_path, tmp_path_factory, payload):
    event_id = _event(sessions)
    path = tmp_path_factory.mktemp("fuzz") / "x.csv"
    path.write_bytes(payload)
    _check(sessions, db_path, event_id, path)


@settings_
@given(
    rows, delimiters, st.booleans(), st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1"])
)
def test_random_tables_with_mixed_delimiters(
    sessions, db_path, tmp_path_factory, table, delimiter, header, encoding
):
    event_id = _event(sessions)
    lines = ([delimiter.join(HEADERS)] if header else []) + [delimiter.join(r) for r in table]
    data = "\n".join(lines).encode(encoding, errors="replace")
    path = tmp_path_factory.mktemp("fuzz") / "x.csv"
    path.write_bytes(data)
    _check(sessions, db_path, event_id, path)


@settings_
@given(st.binary(max_size=60), st.integers(0, 50))
def test_nul_bytes_and_invalid_utf8_inside_a_valid_file(
    sessions, db_path, tmp_path_factory, junk, position
):
    event_id = _event(sessions)
    good = b"Vorname;Nachname\nAnna;Beispiel\n"
    position = min(position, len(good))
    path = tmp_path_factory.mktemp("fuzz") / "x.csv"
    path.write_bytes(good[:position] + junk + b"\xff\xfe\x00" + good[position:])
    _check(sessions, db_path, event_id, path)


@settings_
@given(st.binary(max_size=300))
def test_random_bytes_named_xlsx(sessions, db_path, tmp_path_factory, payload):
    event_id = _event(sessions)
    path = tmp_path_factory.mktemp("fuzz") / "x.xlsx"
    path.write_bytes(b"PK\x03\x04" + payload)
    _check(sessions, db_path, event_id, path)


def _event(sessions) -> int:
    existing = events.list_events(sessions)
    if existing:
        return existing[0].id
    return events.create_event(sessions, EventInput("Fuzz", date(2024, 1, 1), "Ort")).value.id
