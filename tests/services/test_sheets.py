"""The personal sheet's data: the partners of a person's organisation at the meeting
(registered before the day, checked in with `present`), a person named only while their
contact sharing is granted."""

from __future__ import annotations

from smartnet_desktop.services import checkin, consent, sheets
from tests.sheet_fixtures import by_family_name, registered

HOLDER = "Ackerbauer"  # Zweckverband Allianz "Thüringer Becken": seven partners in the demo


def test_partners_are_the_matches_of_the_holders_organisation_and_name_only_who_shares(demo):
    sessions, gera, _ = demo
    holder = by_family_name(sessions, gera, HOLDER)
    batch = sheets.personal_sheets(sessions, gera, [holder.person_id])
    (sheet,) = batch.sheets
    assert (sheet.person_id, sheet.present) == (holder.person_id, False)
    with sessions() as session:
        fitting = set()
        for m in sheets.ranked_matches(session, gera, present=False):
            if holder.organization in (m.need, m.offer):
                fitting.add(m.offer if m.need == holder.organization else m.need)
    people = registered(sessions, gera)
    at_meeting = {p.organization for p in people}
    assert {p.organization for p in sheet.partners} == fitting & at_meeting
    for partner in sheet.partners:
        theirs = [p for p in people if p.organization == partner.organization]
        assert sorted(partner.named) == sorted(p.name for p in theirs if p.granted)
        assert partner.unnamed == sum(not p.granted for p in theirs)
        assert partner.url.startswith("https://steckbriefe.example/")
        for topic in partner.topics:
            assert topic.reason != topic.said or not topic.said  # not quoted twice


def test_present_means_checked_in_both_for_the_holder_and_for_the_partners(demo):
    sessions, gera, _ = demo
    holder = by_family_name(sessions, gera, HOLDER)
    assert sheets.personal_sheets(sessions, gera, present=True).sheets == ()
    refused = sheets.personal_sheets(sessions, gera, [holder.person_id], present=True)
    assert refused.not_present == (holder.person_id,)

    gera_people = [p for p in registered(sessions, gera) if p.organization == "Stadt Gera"]
    unnamed = next(p for p in gera_people if not p.granted)
    for someone in (holder, unnamed):
        checkin.check_in(sessions, someone.registration_id, "Desk 1")
    found = {s.person_id: s for s in sheets.personal_sheets(sessions, gera, present=True).sheets}
    assert set(found) == {holder.person_id, unnamed.person_id}  # Gera fits the Allianz too
    sheet = found[holder.person_id]
    assert sheet.present
    (partner,) = sheet.partners  # of the holder's seven partners only Gera is here
    assert (partner.organization, partner.named, partner.unnamed) == ("Stadt Gera", (), 1)
    assert [p.organization for p in found[unnamed.person_id].partners] == [holder.organization]

    named = next(p for p in gera_people if p.granted)
    checkin.check_in(sessions, named.registration_id, "Desk 1")
    (sheet,) = sheets.personal_sheets(sessions, gera, [holder.person_id], present=True).sheets
    assert sheet.partners[0].named == (named.name,)


def test_a_withdrawn_contact_sharing_takes_the_name_off_the_next_sheet(demo):
    sessions, gera, _ = demo
    holder = by_family_name(sessions, gera, HOLDER)
    named = next(
        p for p in registered(sessions, gera) if p.organization == "Stadt Gera" and p.granted
    )
    consent.record_contact(sessions, named.person_id, "withdraw", "Desk 1")
    (sheet,) = sheets.personal_sheets(sessions, gera, [holder.person_id]).sheets
    gera_partner = next(p for p in sheet.partners if p.organization == "Stadt Gera")
    assert named.name not in gera_partner.named


def test_nobody_without_a_match_gets_a_sheet_and_strangers_are_named(demo):
    sessions, gera, _ = demo
    everyone = registered(sessions, gera)
    batch = sheets.personal_sheets(sessions, gera)
    assert {s.person_id for s in batch.sheets} | set(batch.without_matches) == {
        p.person_id for p in everyone
    }
    nobody = 999_999  # no such person, so not registered either
    assert sheets.personal_sheets(sessions, gera, [nobody]).not_registered == (nobody,)


def test_a_sheet_lists_its_partners_best_score_first_with_the_reason_in_words(demo):
    sessions, gera, _ = demo
    holder = by_family_name(sessions, gera, HOLDER)
    (sheet,) = sheets.personal_sheets(sessions, gera, [holder.person_id]).sheets
    with sessions() as session:
        ranked = sheets.ranked_matches(session, gera, present=False)
    assert [m.points for m in ranked] == sorted((m.points for m in ranked), reverse=True)
    whys = {m.why for m in ranked}
    shown = [topic.reason for partner in sheet.partners for topic in partner.topics]
    assert shown and all(reason in whys for reason in shown)
    assert any("angemeldet" in reason for reason in shown)  # before the meeting: registered
