"""How a PostgreSQL server's refusals reach the user (db_server re-exports these): a server
that cannot be reached, a login refused, a database missing, a login that may not write,
and a server that is there but stores nothing now, each as the program's own
DatabaseProblem with its cause. Apart from db_server.py to keep that module short."""

from __future__ import annotations

import re

from smartnet_desktop.domain.errors import DatabaseProblem


def translate_server_errors(context) -> None:
    """A server's refusals as the application's own errors, each with its real cause: a
    server that cannot be reached (stopped, network gone; the desk then works offline), a
    login refused (wrong name or password), a database that does not exist, a login
    that may not write, and a server that is there but stores nothing now (read-only, its
    disk full, short of memory). Other errors stay what they are."""
    error = context.original_exception
    engine = context.engine  # None for a failure of the connection pool itself
    location = engine.url.render_as_string(hide_password=True) if engine else ""
    reason = (str(error).splitlines() or [""])[0]
    code = None
    if getattr(error, "sqlstate", None) == "42501":  # insufficient_privilege
        code = "permission_denied"
    elif context.is_disconnect or is_connection_failure(error):
        code = _connection_failure_code(str(error))
    else:
        code = cannot_store_code(getattr(error, "sqlstate", None))
    if code is not None:
        user = engine.url.username if engine else ""
        database = engine.url.database if engine else ""
        raise DatabaseProblem(
            code, location=location, reason=reason, user=user or "", database=database or ""
        ) from error


# States in which the server is there but stores nothing now. The statement failed, so the
# transaction is rolled back whole: the user is told that nothing was changed, and why.
_CANNOT_STORE = {
    "25006": "server_read_only",  # read_only_sql_transaction: a hot standby, or maintenance
    "53100": "server_disk_full",
    "58030": "server_io_error",  # the server's own disk failed a read or write
}


def cannot_store_code(sqlstate: str | None) -> str | None:
    """The error code for a server that cannot take a write now, or None for another
    state. Class 53 (insufficient resources): out of memory, too many connections, a
    configured limit; class 58's io_error: the server's disk."""
    if not sqlstate:
        return None
    if sqlstate in _CANNOT_STORE:
        return _CANNOT_STORE[sqlstate]
    if sqlstate.startswith("53"):
        return "server_short_of_resources"
    return None


# A failed connection carries no SQLSTATE in libpq, only the server's message (in the
# server's language: English and German are recognised; anything else counts as
# "unreachable", as before).
_LOGIN_REFUSED = re.compile(
    r"password authentication failed|no password supplied|role .* does not exist|"
    r"no pg_hba\.conf entry|Passwort-Authentifizierung|Rolle .* existiert nicht|"
    r"kein Passwort angegeben|kein pg_hba\.conf-Eintrag",
    re.IGNORECASE,
)
_DATABASE_MISSING = re.compile(
    r"database .* does not exist|Datenbank .* existiert nicht", re.IGNORECASE
)


def _connection_failure_code(message: str) -> str:
    if _LOGIN_REFUSED.search(message):
        return "login_refused"
    if _DATABASE_MISSING.search(message):
        return "database_missing"
    return "server_unreachable"


def is_connection_failure(error: BaseException) -> bool:
    """A driver's own error (not translated by an engine) that says the server could not be
    reached or dropped the connection."""
    try:
        import psycopg
    except ModuleNotFoundError:
        return False
    return isinstance(error, psycopg.OperationalError) and error.sqlstate in (
        None,
        "57P01",
        "57P02",
        "57P03",
        "08000",
        "08001",
        "08003",
        "08004",
        "08006",
    )
