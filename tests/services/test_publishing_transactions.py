"""Publishing reads everything it prints in one transaction and closes it before it
renders or writes a file: no database connection is held while files are written (a slow
disk or a network share never keeps a lock or a server connection open)."""

from __future__ import annotations

from smartnet_desktop import outputs
from smartnet_desktop.services import publishing


def _watch(sessions, monkeypatch) -> tuple[list[int], list[str]]:
    """Connections checked out at each file write, and every transaction begun."""
    from sqlalchemy import event

    engine = sessions.kw["bind"]
    held: list[int] = []
    begun: list[str] = []
    # A folder's files are each written in full under a temporary name (outputs._staged)
    # before any takes its name; that write is the one watched.
    real_write = outputs._staged

    def write_file(target, data, *args, **kwargs):
        held.append(engine.pool.checkedout())
        return real_write(target, data, *args, **kwargs)

    monkeypatch.setattr(outputs, "_staged", write_file)
    event.listen(engine, "begin", lambda connection: begun.append("begin"))
    return held, begun


def test_the_site_is_written_with_no_transaction_open(demo, tmp_path, monkeypatch):
    sessions, _, _ = demo
    held, begun = _watch(sessions, monkeypatch)
    pages = publishing.write_site(sessions, tmp_path / "site")
    written = list((tmp_path / "site").rglob("index.html"))  # the index, topics, profiles
    assert len(written) > len(pages) + 1
    assert (tmp_path / "site" / "netzwerk.svg").is_file()
    assert len(held) == len(written) + 3  # every page, the network picture, the marker twice
    assert set(held) == {0}
    assert len(begun) == 2  # one read, then the audit entry


def test_the_survey_report_reads_in_one_transaction(demo, tmp_path, monkeypatch):
    sessions, _, _ = demo
    _held, begun = _watch(sessions, monkeypatch)
    publishing.write_survey_report(sessions, tmp_path / "umfrage.pdf")
    assert len(begun) == 2  # one read, then the audit entry with its file
