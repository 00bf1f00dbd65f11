"""the change sequence is followed by transaction, not by id: several desks write it at once
(issue 24 item 3)

PostgreSQL: every entry of `changes` keeps the id of the transaction that wrote it
(`xact`, filled in by the column's default, so every writer does so without knowing it),
and a desk following the sequence keeps as its position the oldest transaction still
running at its last look (pg_snapshot_xmin: nothing older can still commit) plus the entries
it was already told of from younger ones, so an entry that commits late is reported at the
next look, never skipped (services/desk_sync.py, db_server.changes_after). The
change-order lock (advisory lock 5008), which made the four desks' commits queue one behind
another for the same purpose, is no longer taken: the check-in function is replaced by the
same one without it. SQLite has one writer at a time and follows the ids as before.

The check-in function's transaction sends no NOTIFY either (a notifying commit holds a
database-wide lock through its WAL flush, so the desks' commits queued there): it sets
`smartnet.quiet_change` for its one insert into `changes`, the trigger function skips its
pg_notify then, and the desk nudges the others after the commit from its follower's
connection (desk_sync.Follower.nudge_others). Every other writer still notifies; a
check-in without a follower (the command line) is seen by the desks' poll.

The new function also finds a badge code through the code's own unique index and then
holds it against the event: asked for both at once, a planner with a statistic from before
an import read the event's every registration (0.7 ms for 2,000, measured with EXPLAIN
ANALYZE in benchmarks/desks.py's database).

Revision ID: 0018_change_feed
Revises: 0017_minutes
Create Date: 2026-12-01

Frozen history: the functions below are copies of 0015's (with and without the lock), as
they stood when this was written.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_change_feed"
down_revision = "0017_minutes"
branch_labels = None
depends_on = None

# Existing entries get the migration's own transaction id: all of them are older than any
# position a desk takes after the upgrade.
ADD_COLUMN = (
    "ALTER TABLE changes ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id()",
    "CREATE INDEX changes_by_transaction ON changes (xact)",
)
DROP_COLUMN = (
    "DROP INDEX IF EXISTS changes_by_transaction",
    "ALTER TABLE changes DROP COLUMN IF EXISTS xact",
)

CHECK_IN_FUNCTION = """
CREATE OR REPLACE FUNCTION smartnet_check_in(
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
        -- A badge code is unique across events: found through its own index, then held
        -- against the event (asked together, a stale statistic let the planner read the
        -- event's every registration through the (event, person) index instead).
        SELECT r.id, r.event_id, r.person_id, r.badge_code
            INTO found_id, found_event, found_person, found_code
            FROM registrations r WHERE r.badge_code = p_code;
        IF found_event IS DISTINCT FROM p_event THEN
            found_id := NULL;
        END IF;
        IF found_id IS NULL AND p_person IS NOT NULL THEN
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
    -- No NOTIFY from this transaction: the desk nudges the others after the commit
    -- (smartnet_notify_change). Switched on for this one insert only.
    PERFORM set_config('smartnet.quiet_change', 'on', true);
    INSERT INTO changes (kind, event_id, person_id, at)
        VALUES ('check_in', found_event, found_person, p_now);
    PERFORM set_config('smartnet.quiet_change', '', true);
    RETURN QUERY SELECT 'checked_in'::text, found_id;
END
$$
"""

# Every writer of the sequence still notifies, except the check-in function's one insert.
QUIET_NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION smartnet_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('smartnet.quiet_change', true) IS DISTINCT FROM 'on' THEN
        PERFORM pg_notify('smartnet_changes', NEW.id::text);
    END IF;
    RETURN NULL;
END $$
"""

# 0010's, to the space (its body's text is the schema's).
NOTIFY_FUNCTION = """CREATE OR REPLACE FUNCTION smartnet_notify_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('smartnet_changes', NEW.id::text);
                RETURN NULL;
            END $$"""

CHECK_IN_FUNCTION_WITH_LOCK = """
CREATE OR REPLACE FUNCTION smartnet_check_in(
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


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for statement in ADD_COLUMN:
            connection.execute(sa.text(statement))
        connection.exec_driver_sql(CHECK_IN_FUNCTION)
        connection.exec_driver_sql(QUIET_NOTIFY_FUNCTION)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(CHECK_IN_FUNCTION_WITH_LOCK)
        connection.exec_driver_sql(NOTIFY_FUNCTION)
        for statement in DROP_COLUMN:
            connection.execute(sa.text(statement))
