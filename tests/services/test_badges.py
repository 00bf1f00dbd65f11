"""Which badges get printed, their QR content, and reprints after a change."""

from __future__ import annotations

import json

from smartnet_desktop.cli import main
from smartnet_desktop.services import attendees, badges, checkin, consent, registry


def test_qr_opens_the_profile_with_the_badge_code_or_is_the_badge_code(demo):
    """One code for desk and profile: the fragment carries the badge code, which a browser
    never sends to the server and the desk finds in the scanned text."""
    sessions, gera, _ = demo
    data = {b.family_name: b for b in badges.badge_data(sessions, gera)}
    mueller = data["Müllerschön"]
    assert mueller.qr_content == f"https://steckbriefe.example/gera#{mueller.badge_code}"
    tu = data["Nguyễn"]  # no address of its own: the network's base URL + its slug
    assert tu.qr_content == (
        f"https://steckbriefe.example/technische-universitaet-ilmenau#{tu.badge_code}"
    )
    alone = data["Ohneorga"]  # no organisation: the site's index, never a bare code
    assert alone.qr_content == f"https://steckbriefe.example/#{alone.badge_code}"
    codes = badges.badge_data(sessions, gera, qr_mode="code")
    assert all(b.qr_content == b.badge_code for b in codes)


def test_selections_and_reprint_after_a_change(demo):
    sessions, gera, _ = demo
    everyone = badges.badge_data(sessions, gera)
    assert len(everyone) == 40
    row = attendees.list_attendees(sessions, gera, "weissbach")[0]
    checkin.check_in(sessions, row.registration_id, "Desk")
    assert [b.family_name for b in badges.badge_data(sessions, gera, "checked-in")] == ["Weißbach"]
    badges.mark_printed(sessions, everyone)
    assert badges.badge_data(sessions, gera, "unprinted") == []
    assert badges.badge_data(sessions, gera, "checked-in") == []

    consent.record_photo(
        sessions, row.person_id, gera, True, by="Desk"
    )  # the marker is missing now
    data = registry.person_input(
        sessions, attendees.list_attendees(sessions, gera, "zolc")[0].person_id
    )
    registry.update_person(
        sessions,
        attendees.list_attendees(sessions, gera, "zolc")[0].person_id,
        registry.PersonInput(
            **{
                **{f: getattr(data, f) for f in registry.PersonInput.__slots__},
                "role": "Vizepräsidentin",
            }
        ),
    )
    reprint = {b.family_name for b in badges.badge_data(sessions, gera, "unprinted")}
    assert reprint == {"Weißbach", "Żółćińska"}
    assert all(
        r.needs_reprint == (r.family_name in reprint)
        for r in attendees.list_attendees(sessions, gera)
    )
    assert badges.badge_data(sessions, gera, person_ids=[row.person_id])[0].photo_objection


def test_badges_command(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo-data"])
    capsys.readouterr()
    out = tmp_path / "badges.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "badges",
                "--event",
                "1",
                "--out",
                str(out),
                "--layout",
                "herma-4412",
                "--mark-printed",
                "--json",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert (result["badges"], result["pages"], result["layout"]) == (40, 4, "herma-4412")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "badges",
                "--event",
                "1",
                "--out",
                str(out),
                "--only",
                "unprinted",
            ]
        )
        == 2
    )
    assert "no badge" in capsys.readouterr().err
    assert main(["--db", str(db_path), "badges", "layouts", "--json"]) == 0
    names = {layout["name"] for layout in json.loads(capsys.readouterr().out)}
    assert {"a4-insert-90x55", "durable-1456", "herma-4412", "a6-single", "a4-foldable"} <= names
    assert (
        main(
            ["--db", str(db_path), "badges", "--event", "1", "--out", str(out), "--layout", "nope"]
        )
        == 2
    )


def test_the_command_line_starts_on_a_free_label_and_refuses_a_skip_past_the_sheet(
    demo, db_path, tmp_path, capsys
):
    sessions, gera, _ = demo
    out = tmp_path / "rest.pdf"
    args = ["--db", str(db_path), "badges", "--event", str(gera), "--out", str(out)]
    assert main([*args, "--skip", "7", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 6  # 1 on the used sheet, 39 after
    assert main([*args, "--skip", "8"]) == 2
    assert "--skip must be 0 to 7" in capsys.readouterr().err


def _change_offers(sessions, organization_name: str) -> None:
    """The organisation now offers exactly one other topic than before."""
    from sqlalchemy import select

    from smartnet_desktop.domain.models import Topic
    from smartnet_desktop.domain.network_rows import ProfileInput
    from smartnet_desktop.services import organizations

    [org] = [o for o in organizations.list_organizations(sessions) if o.name == organization_name]
    with sessions() as session:
        topics = session.execute(select(Topic.id, Topic.name)).all()
    new = next(topic_id for topic_id, name in topics if name not in org.offers)
    organizations.save_profile(sessions, org.id, ProfileInput(kind=org.kind, offers=(new,)))


def test_a_changed_offer_flags_a_badge_printed_with_ask_me_about_for_reprint(
    demo, db_path, tmp_path, capsys
):
    """Issue 23 item 5: the "Fragen Sie mich zu" line is part of what a badge showed."""
    sessions, gera, _ = demo
    asking = [b for b in badges.badge_data(sessions, gera, ask_me_about=True) if b.ask_me_about]
    with_line, without_line = asking[0], asking[-1]
    assert with_line.organization != without_line.organization
    args = ["--db", str(db_path), "badges", "--event", str(gera), "--mark-printed"]
    person = {r.registration_id: r.person_id for r in attendees.list_attendees(sessions, gera)}
    out = str(tmp_path / "b.pdf")
    pid = person[with_line.registration_id]
    assert main([*args, "--out", out, "--person", str(pid), "--ask-me-about"]) == 0
    other = person[without_line.registration_id]
    assert main([*args, "--out", out, "--person", str(other)]) == 0  # printed without the line
    capsys.readouterr()
    assert badges.badge_data(sessions, gera, "unprinted", [pid, other]) == []

    _change_offers(sessions, with_line.organization)
    _change_offers(sessions, without_line.organization)
    rows = {r.person_id: r for r in attendees.list_attendees(sessions, gera)}
    assert rows[pid].needs_reprint  # its badge offers what the organisation no longer does
    assert not rows[other].needs_reprint  # its badge never showed the offers
    reprint = badges.badge_data(sessions, gera, "unprinted", [pid, other], ask_me_about=True)
    assert [b.registration_id for b in reprint] == [with_line.registration_id]


def test_the_command_line_says_when_a_sheet_cannot_hold_the_ask_me_line(
    demo, db_path, tmp_path, capsys
):
    """Issue 23 item 2: not dropped silently; one line on stderr, the PDF still written."""
    _, gera, _ = demo
    out = tmp_path / "dymo.pdf"
    args = ["--db", str(db_path), "badges", "--event", str(gera), "--out", str(out)]
    assert main([*args, "--layout", "dymo-11356", "--ask-me-about", "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    [line] = captured.err.splitlines()
    assert "Fragen Sie mich zu" in line and "dymo-11356" in line
    assert result["ask_me_about"]["dropped"] + result["ask_me_about"]["shortened"] > 0
    assert str(result["ask_me_about"]["dropped"]) in line
    assert main([*args, "--layout", "dymo-11356"]) == 0
    assert capsys.readouterr().err == ""  # not asked for: nothing to say
