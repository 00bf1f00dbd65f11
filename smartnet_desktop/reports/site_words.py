"""Words of the published site beyond those it shares with the Steckbrief booklet
(network_labels): German in the translation file under "Reports", like every output."""

from __future__ import annotations

from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP

SITE_LABELS = {
    "kind_groups": {
        "municipality": QT_TRANSLATE_NOOP("Reports", "Municipalities"),
        "district": QT_TRANSLATE_NOOP("Reports", "Districts"),
        "region": QT_TRANSLATE_NOOP("Reports", "Associations and regions"),
        "research": QT_TRANSLATE_NOOP("Reports", "Universities and research"),
        "economic_development": QT_TRANSLATE_NOOP("Reports", "Economic development"),
        "representation": QT_TRANSLATE_NOOP("Reports", "State and EU representations"),
        "company": QT_TRANSLATE_NOOP("Reports", "Companies"),
        "other": QT_TRANSLATE_NOOP("Reports", "Other"),
    },
    "intro": QT_TRANSLATE_NOOP(
        "Reports", "The members of the network: what they offer and what they look for."
    ),
    "by_topic": QT_TRANSLATE_NOOP("Reports", "By topic"),
    "topic_offers": QT_TRANSLATE_NOOP("Reports", "Offer help"),
    "topic_needs": QT_TRANSLATE_NOOP("Reports", "Look for support"),
    # {need} and {offer} are links to the two organisations' pages
    "match_line": QT_TRANSLATE_NOOP("Reports", "{need} looks for support, {offer} offers it"),
    "no_matches": QT_TRANSLATE_NOOP("Reports", "No potential matches on this topic yet."),
    "fits": QT_TRANSLATE_NOOP("Reports", "Fits with"),
    "fits_offers": QT_TRANSLATE_NOOP("Reports", "offers {topics}"),
    "fits_needs": QT_TRANSLATE_NOOP("Reports", "looks for {topics}"),
    "imprint": QT_TRANSLATE_NOOP("Reports", "Imprint"),
    "privacy": QT_TRANSLATE_NOOP("Reports", "Privacy"),
    "office": QT_TRANSLATE_NOOP("Reports", "Network office"),
    "own_profile": QT_TRANSLATE_NOOP("Reports", "Own profile page"),
    "gone": QT_TRANSLATE_NOOP("Reports", "This profile is no longer published"),
}
