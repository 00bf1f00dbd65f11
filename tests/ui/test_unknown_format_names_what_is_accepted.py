"""A file type a command does not take is refused with the types that command really takes,
in English and German: the contact list also as vCard, the photo list also as PDF, the
minutes only as PDF, an import also as .txt (not ".csv or .xlsx" everywhere)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from smartnet_desktop.domain.errors import InvalidImport, InvalidInput
from smartnet_desktop.messages import format_error, problem_line
from smartnet_desktop.services import consent_exports, exporting, minutes, tabular_files


def _german(app):
    from smartnet_desktop.ui.i18n import install_translators

    installed = install_translators(app, "de")
    return installed, lambda text: QCoreApplication.translate("Messages", text)


@pytest.mark.parametrize(
    ("call", "english", "german"),
    [
        (
            lambda s, out: consent_exports.export_contacts(s, out),
            "use .vcf, .csv or .xlsx",
            "bitte .vcf, .csv oder .xlsx verwenden",
        ),
        (
            lambda s, out: consent_exports.export_photo_objections(s, 1, out),
            "use .pdf, .csv or .xlsx",
            "bitte .pdf, .csv oder .xlsx verwenden",
        ),
        (lambda s, out: minutes.write_minutes(s, 1, out), "use .pdf.", "bitte .pdf verwenden"),
        (
            lambda s, out: exporting.export_attendees(s, 1, out),
            "use .csv or .xlsx",
            "bitte .csv oder .xlsx verwenden",
        ),
        (
            lambda s, out: exporting.write_table([["a"]], out, ".ods"),
            "use .csv or .xlsx",
            "bitte .csv oder .xlsx verwenden",
        ),
    ],
)
def test_each_output_names_the_types_it_takes(qapp, demo, tmp_path, call, english, german):
    sessions, _, _ = demo
    with pytest.raises(InvalidInput) as refused:
        call(sessions, tmp_path / "liste.ods")
    assert refused.value.code == "unknown_format"
    assert english in format_error(refused.value)
    assert "'.ods'" in format_error(refused.value)
    installed, translate = _german(qapp)
    try:
        assert german in format_error(refused.value, translate)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert not list(tmp_path.glob("liste*"))


def test_an_import_names_txt_too(tmp_path):
    path = Path(tmp_path / "liste.ods")
    path.write_bytes(b"x")
    with pytest.raises(InvalidImport) as refused:
        tabular_files.read_rows(path)
    (problem,) = refused.value.problems
    assert "use .csv, .txt or .xlsx" in problem_line(problem)
