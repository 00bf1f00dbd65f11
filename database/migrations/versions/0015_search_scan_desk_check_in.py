"""the persons' search scans the stored keys: the FTS5 trigram index goes on SQLite; on
PostgreSQL a desk's check-in is one server-side function (one round trip)

Measured (benchmarks/search.py, issue 24 item 2): the desk's search through the index was
not 5x faster than a plain LIKE scan of the same rows at 20,000 or at 200,000 people, since
the first hundred matches in name order need every match joined and sorted either way; the
index also cost every write of a person three trigger statements and crashed Debian's
SQLite 3.40 on some queries. PostgreSQL's trigram index (0010) is not touched.

PostgreSQL: smartnet_check_in does in one call what a check-in (by registration id, or by
badge code or person id at an event) did in a dozen statements (issue 24 item 3: four desks under load waited 46 ms median): the
shared write lock, the request id's lock and its earlier application, the event, the
registration, the conditional update, the applied request, the audit row, the change-order
lock and the change row. It answers (outcome, registration id): checked_in, repeated,
already (another desk was first: nothing written), not_found, no_event.

Revision ID: 0015_search_scan_desk_check_in
Revises: 0014_badge_targets
Create Date: 2026-12-01

Frozen history: the SQLite statements below are copies of 0002's; the function names its
advisory locks by number (5007 the write lock, 5008 the change order, as db_server's
AdvisoryLock had them when this was written).
"""

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0015_search_scan_desk_check_in"
down_revision = "0014_badge_targets"
branch_labels = None
depends_on = None

DROP = (
    "DROP TRIGGER IF EXISTS person_search_insert",
    "DROP TRIGGER IF EXISTS person_search_delete",
    "DROP TRIGGER IF EXISTS person_search_update",
    "DROP TABLE IF EXISTS person_search",
)
CREATE = (
    "CREATE VIRTUAL TABLE person_search USING fts5(search_key, content='persons', "
    "content_rowid='id', tokenize='trigram')",
    """CREATE TRIGGER person_search_insert AFTER INSERT ON persons BEGIN
            INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END""",
    """CREATE TRIGGER person_search_delete AFTER DELETE ON persons BEGIN
            INSERT INTO person_search(person_search, rowid, search_key)
            VALUES ('delete', old.id, old.search_key); END""",
    """CREATE TRIGGER person_search_update AFTER UPDATE OF search_key ON persons BEGIN
            INSERT INTO person_search(person_search, rowid, search_key)
            VALUES ('delete', old.id, old.search_key);
            INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END""",
    "INSERT INTO person_search(person_search) VALUES ('rebuild')",
)


CHECK_IN_FUNCTION = """
CREATE FUNCTION smartnet_check_in(
    p_event integer, p_registration integer, p_code text, p_person integer, p_by text,
    p_request text, p_now timestamp, p_at timestamp, p_details text)
RETURNS TABLE (outcome text, registration_id integer)
LANGUAGE plpgsql AS $$
DECLARE
    found_id integer;
    found_event integer;
    found_person integer;
    found_code text;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(5007);
    IF p_request IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext(p_request));
        SELECT a.registration_id INTO found_id
            FROM applied_requests a WHERE a.request_id = p_request;
        IF FOUND THEN
            RETURN QUERY SELECT 'repeated'::text, found_id;
            RETURN;
        END IF;
    END IF;
    IF p_registration IS NOT NULL THEN
        SELECT r.id, r.event_id, r.person_id, r.badge_code
            INTO found_id, found_event, found_person, found_code
            FROM registrations r WHERE r.id = p_registration;
    ELSE
        PERFORM 1 FROM events WHERE id = p_event;
        IF NOT FOUND THEN
            RETURN QUERY SELECT 'no_event'::text, NULL::integer;
            RETURN;
        END IF;
        SELECT r.id, r.event_id, r.person_id, r.badge_code
            INTO found_id, found_event, found_person, found_code
            FROM registrations r WHERE r.event_id = p_event AND r.badge_code = p_code;
        IF NOT FOUND AND p_person IS NOT NULL THEN
            SELECT r.id, r.event_id, r.person_id, r.badge_code
                INTO found_id, found_event, found_person, found_code
                FROM registrations r WHERE r.event_id = p_event AND r.person_id = p_person;
        END IF;
    END IF;
    IF found_id IS NULL THEN
        RETURN QUERY SELECT 'not_found'::text, NULL::integer;
        RETURN;
    END IF;
    UPDATE registrations SET checked_in_at = p_at, checked_in_by = p_by
        WHERE id = found_id AND checked_in_at IS NULL;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'already'::text, found_id;
        RETURN;
    END IF;
    IF p_request IS NOT NULL THEN
        INSERT INTO applied_requests (request_id, kind, registration_id, person_id, at)
            VALUES (p_request, 'check_in', found_id, NULL, p_now);
    END IF;
    INSERT INTO audit_entries (at, actor, action, event_id, person_id, details)
        VALUES (p_now, p_by, 'check_in', found_event, found_person,
                '{"badge_code": ' || to_json(found_code)::text || p_details);
    PERFORM pg_advisory_xact_lock(5008);
    INSERT INTO changes (kind, event_id, person_id, at)
        VALUES ('check_in', found_event, found_person, p_now);
    RETURN QUERY SELECT 'checked_in'::text, found_id;
END
$$
"""
DROP_CHECK_IN_FUNCTION = (
    "DROP FUNCTION IF EXISTS smartnet_check_in("
    "integer, integer, text, integer, text, text, timestamp, timestamp, text)"
)


def _has_trigram(connection) -> bool:
    return connection.dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 34)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in DROP:
            connection.execute(sa.text(statement))
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(CHECK_IN_FUNCTION)


def downgrade() -> None:
    connection = op.get_bind()
    if _has_trigram(connection):
        for statement in CREATE:
            connection.execute(sa.text(statement))
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(DROP_CHECK_IN_FUNCTION)
