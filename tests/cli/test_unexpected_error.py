"""A fault of the program itself (a bug, an unmapped driver error) on the command line: one
line on stderr naming the log, exit 70, the traceback in the error log, never on screen."""

from __future__ import annotations

from smartnet_desktop.cli import EXIT_INTERRUPTED, EXIT_UNEXPECTED, main
from smartnet_desktop.error_log import log_file
from smartnet_desktop.services import events


def _fails_with(error):
    def fail(*_args, **_kwargs):
        raise error

    return fail


def test_an_unexpected_error_is_one_line_and_logged(tmp_path, monkeypatch, capsys):
    db = tmp_path / "meeting.db"
    assert main(["--db", str(db), "demo-data"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(events, "list_events", _fails_with(RuntimeError("boom\nsecond line")))

    assert main(["--db", str(db), "events", "list"]) == EXIT_UNEXPECTED

    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "RuntimeError" in err and str(log_file()) in err
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: boom" in logged


def test_ctrl_c_is_one_line(tmp_path, monkeypatch, capsys):
    db = tmp_path / "meeting.db"
    assert main(["--db", str(db), "demo-data"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(events, "list_events", _fails_with(KeyboardInterrupt()))

    assert main(["--db", str(db), "events", "list"]) == EXIT_INTERRUPTED

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "interrupted" in err


def test_an_unexpected_error_says_when_its_details_could_not_be_written(
    tmp_path, monkeypatch, capsys
):
    db = tmp_path / "meeting.db"
    assert main(["--db", str(db), "demo-data"]) == 0
    capsys.readouterr()
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("", encoding="utf-8")
    monkeypatch.setenv("SMARTNET_DATA_DIR", str(in_the_way / "data"))  # cannot be made
    monkeypatch.setattr(events, "list_events", _fails_with(RuntimeError("boom")))

    assert main(["--db", str(db), "events", "list"]) == EXIT_UNEXPECTED

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "RuntimeError" in err and "could not be written" in err
    assert "were written to" not in err and str(log_file()) not in err
