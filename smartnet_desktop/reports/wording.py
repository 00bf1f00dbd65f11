"""The words of the printed outputs (agenda handout, lists, Steckbriefe, profile site,
survey report, calibration page) in English or German.

The English text is the source; the German lives in the window's translation file under
the context "Reports", so the completeness test (tests/test_translations.py) covers it and
translators find every word in one place. Reports stay free of Qt: this module reads the
.ts file itself (defusedxml, once per process) instead of going through QTranslator.
"""

from __future__ import annotations

from functools import cache

from smartnet_desktop import paths
from smartnet_desktop.messages import QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "words"]

CONTEXT = "Reports"


def words(language: str, english: object) -> object:
    """`english` (a string, or dicts, tuples and lists of them) in `language`: English for
    "en", German for anything else (German is the outputs' first language). Always a new
    structure: callers may change what they get."""
    if language == "en":
        return _mapped(english, lambda text: text)
    german = _german()
    return _mapped(english, lambda text: german.get(text, text) if text else text)


def _mapped(value: object, text):
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {key: _mapped(item, text) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return type(value)(_mapped(item, text) for item in value)
    return value


@cache
def _german() -> dict[str, str]:
    """Source -> finished German translation of the context "Reports"."""
    from defusedxml.ElementTree import parse

    root = parse(paths.require(paths.TRANSLATIONS / "smartnet_de.ts")).getroot()
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue
            found[message.findtext("source") or ""] = "".join(translation.itertext())
    return found
