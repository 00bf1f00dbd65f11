"""The window's message for an unexpected error when the error log cannot be written (the
data folder unwritable, a full disk): it says so instead of naming a log that is not there."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from smartnet_desktop.error_log import log_error, log_file
from smartnet_desktop.ui import error_handling


def _unwritable_data_folder(tmp_path, monkeypatch) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("", encoding="utf-8")
    monkeypatch.setenv("SMARTNET_DATA_DIR", str(in_the_way / "data"))  # cannot be made


def test_log_error_says_whether_it_wrote(tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTNET_DATA_DIR", str(tmp_path / "data"))
    assert log_error(RuntimeError("boom")) == log_file()
    _unwritable_data_folder(tmp_path, monkeypatch)
    assert log_error(RuntimeError("boom")) is None


def test_the_window_says_the_details_could_not_be_written(qapp, tmp_path, monkeypatch):
    _unwritable_data_folder(tmp_path, monkeypatch)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        error_handling._report(type(error), error, error.__traceback__)
    assert "Your data is safe" in shown[0] and "could not be written" in shown[0]
    assert str(log_file()) not in shown[0] and "Traceback" not in shown[0]
