"""The score that ranks a potential match (issue 25 item 5), as one stated rule:

- the need's strength from the survey: 10 (named), 15 (medium), 20 (strong). One step up
  for saying "Unterstützung gewünscht: ja", one for rating its own experience in the topic
  4 to 6 (little to none);
- the offering side's experience in the topic on the survey's scale (1 = very much ...
  6 = none): 3 × (7 − rating), so 18 for 1 down to 3 for 6; 0 when it gave no rating;
- topics shared (one needs what the other offers): 4 for each beyond the first, at most 12;
- both present today (someone of each organisation checked in): 50. The rest adds up to
  at most 50 and differs by at most 40, so a pair that can meet now always comes first.

At most 100 points. Pure: the services read the survey and who is here, this decides."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

NEED_POINTS = {"weak": 10, "medium": 15, "strong": 20}
OFFER_POINTS_PER_STEP = 3  # × (7 − rating)
SHARED_POINTS = 4  # per shared topic beyond the first
SHARED_CAP = 12
BOTH_HERE_POINTS = 50
MAX_POINTS = max(NEED_POINTS.values()) + 6 * OFFER_POINTS_PER_STEP + SHARED_CAP + BOTH_HERE_POINTS
LITTLE_EXPERIENCE = 4  # a rating from here to 6 is a gap worth filling


class NeedStrength(StrEnum):
    WEAK = "weak"  # named as a need, nothing more
    MEDIUM = "medium"
    STRONG = "strong"


def need_strength(support_wanted: str, own_rating: int | None) -> NeedStrength:
    """How strongly an organisation needs help in a topic it named as a need: stronger for
    wanting support at all (SupportWanted "yes") and for little or no experience of its
    own in that topic."""
    steps = (support_wanted == "yes") + (own_rating is not None and own_rating >= LITTLE_EXPERIENCE)
    return (NeedStrength.WEAK, NeedStrength.MEDIUM, NeedStrength.STRONG)[steps]


@dataclass(frozen=True, slots=True)
class MatchScore:
    """The points and what they were given for (worded by reports/match_reasons.py)."""

    points: int
    need: NeedStrength
    offer_rating: int | None  # 1 = very much experience ... 6 = none; None: not rated
    shared: int
    both_here: bool

    def to_json(self) -> dict:
        return {
            "points": self.points,
            "need_strength": self.need.value,
            "offer_rating": self.offer_rating,
            "shared": self.shared,
            "both_here": self.both_here,
        }


def match_score(
    need: NeedStrength, offer_rating: int | None, shared: int, both_here: bool
) -> MatchScore:
    if offer_rating is not None and not 1 <= offer_rating <= 6:
        raise ValueError(f"experience rating {offer_rating} is not on the scale 1..6")
    points = (
        NEED_POINTS[need.value]
        + (OFFER_POINTS_PER_STEP * (7 - offer_rating) if offer_rating is not None else 0)
        + min(SHARED_CAP, SHARED_POINTS * max(0, shared - 1))
        + (BOTH_HERE_POINTS if both_here else 0)
    )
    return MatchScore(points, NeedStrength(need), offer_rating, shared, both_here)
