"""Accent- and case-proof search keys.

SQLite's LIKE folds ASCII only, so each person carries a normalised key: "muller" finds
Müller, "weiss" Weiß, "zolc" Żółć, "odegard" Ødegård. German spellings without umlauts
("mueller") are added to the key as well, because staff type them that way.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base letter + accent.
_NON_DECOMPOSING = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ŀ": "l",
    }
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


class _LetterFolding(dict):
    """Each letter's decomposition without its marks, worked out once per letter: NFKD
    decomposes letter by letter and reorders only marks, which are dropped, so the text
    folds as its letters do (an import of 20,000 names spent a third of its time here)."""

    def __missing__(self, letter: str) -> str:
        kept = []
        for ch in unicodedata.normalize("NFKD", letter):
            category = unicodedata.category(ch)
            if category.startswith("M") or category == "Cf":  # accents, zero-width chars
                continue
            if category == "Cc" and not ch.isspace():  # NUL, BEL, ESC: never in a name
                continue
            kept.append(ch)
        self[letter] = folded = "".join(kept)
        return folded


_LETTERS = _LetterFolding()


def _strip_marks(text: str) -> str:
    return "".join(map(_LETTERS.__getitem__, text))


def normalise(text: str | None) -> str:
    """Fold case and accents, drop invisible characters, collapse white space."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():  # the common case, ten times faster
        return " ".join(text.lower().split())
    folded = _strip_marks(text.casefold()).translate(_NON_DECOMPOSING)
    return " ".join(folded.split())


def search_key(*parts: str | None) -> str:
    """The stored key of a person: every searchable part, folded, plus German spellings."""
    joined = " ".join(p for p in parts if p)
    key = normalise(joined)
    german = normalise(unicodedata.normalize("NFC", joined.casefold()).translate(_GERMAN))
    return key if german == key else f"{key} | {german}"


def search_words(text: str | None) -> list[str]:
    """The folded words of what staff typed into a search. Umlauts are spelt out ("fröhlich"
    -> "froehlich"), as the stored key holds both spellings of an umlaut name: so "Fröhlich",
    "Froehlich" and "Frohlich" find Fröhlich, and "Fröhlich" also finds a "Froehlich"."""
    if not text:
        return []
    return normalise(unicodedata.normalize("NFC", text.casefold()).translate(_GERMAN)).split()


# German spellings without umlauts, folded onto the plain vowel for comparing names.
_SPELT_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def name_fold(text: str | None) -> str:
    """A name as compared between people: case and accents folded, ß = ss, and ö = oe = o
    (also ä, ü), so that "Doris Froehlich" is the known "Doris Fröhlich"."""
    folded = normalise(text)
    for spelt, plain in _SPELT_UMLAUTS:
        folded = folded.replace(spelt, plain)
    return folded


def clean_text(text: str | None) -> str:
    """NFC-normalise and trim user text; zero-width characters inside names are kept."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", str(text)).strip()


@lru_cache(maxsize=200_000)
def _folded(text: str) -> str:
    return normalise(text)


def name_sort_text(family_name: str, given_name: str) -> str:
    """name_sort_key as one string, stored beside each person so that the database sorts
    in the same order (the separator sorts before every letter)."""
    return f"{_folded(family_name)}\x1f{_folded(given_name)}"


def name_sort_key(family_name: str, given_name: str) -> tuple[str, str]:
    """Alphabetical order as German lists expect it (DIN 5007-1): Ö with O, ß as ss, Ł with L,
    Ş with S, Ø with O. The one collation of every list of names: lists, badges, exports."""
    return _folded(family_name), _folded(given_name)


def identity_fold(text: str | None) -> str:
    """A name as the same-person rule compares it: case and accents folded, umlauts spelt
    out (ö = oe, ß = ss). Stricter than name_fold on purpose: this rule merges people
    without asking, so "Michael" and "Michal" must stay two people; the looser "Frohlich"
    for Fröhlich is what the walk-in dialog's likely matches show, for staff to choose."""
    if not text:
        return ""
    return normalise(unicodedata.normalize("NFC", text.casefold()).translate(_GERMAN))


def same_person_key(given_name: str, family_name: str, organization_id: int | None) -> tuple:
    """Two entries are the same person when this key is equal (or their e-mail addresses
    are, ignoring case): the one rule of import, walk-in, add and merge offers."""
    return identity_fold(given_name), identity_fold(family_name), organization_id


def slug_of(text: str) -> str:
    """A stable, readable part of a web address: "Stadt Mühlhausen" -> "stadt-muehlhausen"."""
    german = unicodedata.normalize("NFC", text.casefold()).translate(_GERMAN)
    folded = _strip_marks(german).translate(_NON_DECOMPOSING)
    words = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded).split()
    return "-".join(words)[:100] or "organisation"


def slug_from_url(url: str | None) -> str:
    """The last part of a web address's path as a slug ("https://x.example/gera" -> "gera"),
    so that an organisation's page in the generated site sits where its address points."""
    path = (url or "").split("#")[0].split("?")[0].rstrip("/")
    if "://" not in path or path.count("/") < 3:
        return ""
    return slug_of(path.rsplit("/", 1)[-1])
