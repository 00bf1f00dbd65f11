"""A match's score in words ("braucht Unterstützung (stark), bietet viel Erfahrung (2),
beide heute hier") and who of an organisation is here, in German or English like every
output (reports/wording.py: the German lives in the translation file, context "Reports")."""

from __future__ import annotations

from functools import cache

from smartnet_desktop.domain.match_score import MatchScore
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

WORDS = {
    "need": {
        "weak": QT_TRANSLATE_NOOP("Reports", "needs support (weak)"),
        "medium": QT_TRANSLATE_NOOP("Reports", "needs support (medium)"),
        "strong": QT_TRANSLATE_NOOP("Reports", "needs support (strong)"),
    },
    # the survey's scale: 1 = very much experience ... 6 = none
    "offer": (
        QT_TRANSLATE_NOOP("Reports", "offers very much experience ({rating})"),
        QT_TRANSLATE_NOOP("Reports", "offers much experience ({rating})"),
        QT_TRANSLATE_NOOP("Reports", "offers some experience ({rating})"),
        QT_TRANSLATE_NOOP("Reports", "offers little experience ({rating})"),
        QT_TRANSLATE_NOOP("Reports", "offers very little experience ({rating})"),
        QT_TRANSLATE_NOOP("Reports", "offers help without experience ({rating})"),
    ),
    "offer_unrated": QT_TRANSLATE_NOOP("Reports", "offers help (experience not rated)"),
    "shared": QT_TRANSLATE_NOOP("Reports", "{count} topics in common"),
    "both_here": QT_TRANSLATE_NOOP("Reports", "both here today"),
    "both_registered": QT_TRANSLATE_NOOP("Reports", "both registered"),
    "someone": QT_TRANSLATE_NOOP("Reports", "someone from {organization}"),
}


def why(score: MatchScore, language: str, registered: bool = False) -> str:
    """The parts of the score that speak for the pair, in the order of the rule.
    `registered`: "here" means registered for the meeting (a sheet printed before it)."""
    return _why(
        score.need.value, score.offer_rating, score.shared, score.both_here, language, registered
    )


@cache  # a few hundred different texts for tens of thousands of matches
def _why(
    need: str, rating: int | None, shared: int, both_here: bool, language: str, registered: bool
) -> str:
    said = _words(language)
    parts = [said["need"][need]]
    if rating is None:
        parts.append(said["offer_unrated"])
    else:
        parts.append(said["offer"][rating - 1].replace("{rating}", str(rating)))
    if shared > 1:
        parts.append(said["shared"].replace("{count}", str(shared)))
    if both_here:
        parts.append(said["both_registered" if registered else "both_here"])
    return ", ".join(parts)


@cache
def _words(language: str) -> dict:
    return words(language, WORDS)


def someone_from(organization: str, language: str) -> str:
    """Who is here, for a person whose contact sharing is not granted."""
    return _words(language)["someone"].replace("{organization}", organization)
