"""The matches' score (issue 25 item 5): each part of the rule moves a match up, and being
both here today outranks everything else a pair can have."""

from __future__ import annotations

import itertools

import pytest

from smartnet_desktop.domain.match_score import (
    MAX_POINTS,
    NeedStrength,
    match_score,
    need_strength,
)


def _points(need=NeedStrength.WEAK, offer_rating=None, shared=1, both_here=False) -> int:
    return match_score(need, offer_rating, shared, both_here).points


def test_the_need_is_stronger_with_support_wanted_and_little_own_experience():
    assert need_strength("", None) is NeedStrength.WEAK  # only named in the survey
    assert need_strength("no", 6) is NeedStrength.MEDIUM  # no experience of its own
    assert need_strength("yes", 1) is NeedStrength.MEDIUM  # wants support, knows the field
    assert need_strength("yes", 4) is NeedStrength.STRONG
    assert need_strength("yes", None) is NeedStrength.MEDIUM
    assert need_strength("", 3) is NeedStrength.WEAK  # some experience: not a gap


def test_a_stronger_need_ranks_higher():
    assert _points(NeedStrength.STRONG) > _points(NeedStrength.MEDIUM) > _points(NeedStrength.WEAK)


def test_more_experience_on_the_offering_side_ranks_higher_and_unrated_lowest():
    # 1 = very much experience ... 6 = none: the survey's scale
    ranked = [_points(offer_rating=r) for r in (1, 2, 3, 4, 5, 6, None)]
    assert ranked == sorted(ranked, reverse=True) and len(set(ranked)) == 7


def test_more_shared_topics_rank_higher_up_to_a_cap():
    ranked = [_points(shared=n) for n in (4, 3, 2, 1)]
    assert ranked == sorted(ranked, reverse=True) and len(set(ranked)) == 4
    assert _points(shared=9) == _points(shared=4)  # a long list does not outweigh the rest


def test_being_both_here_today_outranks_the_best_pair_that_is_not():
    best_absent = _points(NeedStrength.STRONG, 1, 9, False)
    worst_present = _points(NeedStrength.WEAK, None, 1, True)
    assert worst_present > best_absent


def test_the_order_of_a_few_pairs_as_staff_would_read_it():
    pairs = {
        "here, weak need": (NeedStrength.WEAK, None, 1, True),
        "strong need, expert offer": (NeedStrength.STRONG, 1, 1, False),
        "strong need, unrated offer": (NeedStrength.STRONG, None, 1, False),
        "weak need, expert offer, three topics": (NeedStrength.WEAK, 1, 3, False),
        "weak need, weak offer": (NeedStrength.WEAK, 6, 1, False),
    }
    order = sorted(pairs, key=lambda name: -match_score(*pairs[name]).points)
    assert order == [
        "here, weak need",
        "strong need, expert offer",
        "weak need, expert offer, three topics",
        "strong need, unrated offer",
        "weak need, weak offer",
    ]


def test_the_points_stay_within_the_stated_range():
    every = [
        _points(need, rating, shared, here)
        for need, rating, shared, here in itertools.product(
            NeedStrength, (1, 2, 3, 4, 5, 6, None), (1, 2, 3, 4, 5), (False, True)
        )
    ]
    assert max(every) == MAX_POINTS == 100 and min(every) > 0


@pytest.mark.parametrize("rating", [0, 7])
def test_a_rating_off_the_survey_scale_is_refused(rating):
    with pytest.raises(ValueError):
        match_score(NeedStrength.WEAK, rating, 1, False)
