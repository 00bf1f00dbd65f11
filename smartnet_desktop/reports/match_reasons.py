"""A match's score in words ("braucht Unterstützung (stark), bietet viel Erfahrung (2),
beide heute hier") and who of an organisation is here, in German or English like every
output (reports/wording.py: the German lives in the translation file, context "Reports")."""

from __future__ import annotations

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
    said = words(language, WORDS)
    parts = [said["need"][score.need.value]]
    if score.offer_rating is None:
        parts.append(said["offer_unrated"])
    else:
        parts.append(
            said["offer"][score.offer_rating - 1].replace("{rating}", str(score.offer_rating))
        )
    if score.shared > 1:
        parts.append(said["shared"].replace("{count}", str(score.shared)))
    if score.both_here:
        parts.append(said["both_registered" if registered else "both_here"])
    return ", ".join(parts)


def someone_from(organization: str, language: str) -> str:
    """Who is here, for a person whose contact sharing is not granted."""
    return words(language, WORDS["someone"]).replace("{organization}", organization)
