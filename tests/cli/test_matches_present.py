"""`matches --event ID --present` (issue 25 item 1): the matches of organisations that both
have someone checked in, best first, in the shape of `matches --json` plus who of each
organisation is here; a person's name only while their contact sharing is granted."""

from __future__ import annotations

import json

import pytest

from smartnet_desktop.services import attendees
from tests.cli.test_cli import run

WEIDA, ILMENAU = "Stadt Weida", "Stadt Ilmenau"


def _people(sessions, event_id) -> dict[str, object]:
    return {r.family_name: r for r in attendees.list_attendees(sessions, event_id)}


def _present(capsys, db_path, gera, *more):
    code, out, err = run(
        capsys, "--db", str(db_path), "matches", "--event", str(gera), "--present", *more
    )
    assert (code, err) == (0, "")
    return out


def _weida_ilmenau(found: list[dict]) -> dict:
    return next(m for m in found if (m["need"], m["offer"]) == (WEIDA, ILMENAU))


def test_nobody_is_named_who_did_not_grant_contact_sharing(demo, db_path, capsys):
    sessions, gera, _ = demo
    people = _people(sessions, gera)
    # Weida needs Digitale Verwaltung, Ilmenau offers it. Öztürk-Fiktiv (Weida) was never
    # asked; Kühnemund (Ilmenau) objected.
    for name in ("Öztürk-Fiktiv", "Kühnemund"):
        assert (
            run(
                capsys,
                "--db",
                str(db_path),
                "checkin",
                "--event",
                str(gera),
                people[name].badge_code,
            )[0]
            == 0
        )
    assert people["Öztürk-Fiktiv"].contact_sharing == "not_asked"
    assert people["Kühnemund"].contact_sharing == "objected"

    out = _present(capsys, db_path, gera, "--json")
    found = json.loads(out)
    assert found, "Weida and Ilmenau both have someone here"
    match = _weida_ilmenau(found)
    assert match["need_here"] == ["jemand von Stadt Weida"]
    assert match["offer_here"] == ["jemand von Stadt Ilmenau"]
    assert "Öztürk" not in out and "Kühnemund" not in out and "Sabine" not in out
    assert match["score_parts"]["both_here"] is True and "beide heute hier" in match["why"]
    # Only organisations with someone here.
    assert {o for m in found for o in (m["need"], m["offer"])} == {WEIDA, ILMENAU}

    text = _present(capsys, db_path, gera)  # the human-readable form says the same
    assert "jemand von Stadt Weida <- jemand von Stadt Ilmenau" in text
    assert "Öztürk" not in text and "Kühnemund" not in text


def test_a_name_appears_while_the_grant_stands_and_goes_when_it_is_withdrawn(demo, db_path, capsys):
    sessions, gera, _ = demo
    people = _people(sessions, gera)
    for name in ("Öztürk-Fiktiv", "Häberle", "Kühnemund"):
        run(capsys, "--db", str(db_path), "checkin", "--event", str(gera), people[name].badge_code)
    person = str(people["Öztürk-Fiktiv"].person_id)
    assert (
        run(capsys, "--db", str(db_path), "consent", "contacts", "--person", person, "--grant")[0]
        == 0
    )

    match = _weida_ilmenau(json.loads(_present(capsys, db_path, gera, "--json")))
    assert match["need_here"] == ["Sabine Öztürk-Fiktiv"]  # granted now
    # Häberle granted (named), Kühnemund objected (one "someone" for all the others).
    assert match["offer_here"] == ["Frauke Häberle", "jemand von Stadt Ilmenau"]

    assert (
        run(capsys, "--db", str(db_path), "consent", "contacts", "--person", person, "--withdraw")[
            0
        ]
        == 0
    )
    out = _present(capsys, db_path, gera, "--json")
    assert _weida_ilmenau(json.loads(out))["need_here"] == ["jemand von Stadt Weida"]
    assert "Öztürk" not in out


def test_the_shape_is_that_of_matches_json_plus_who_is_here_and_english_on_request(
    demo, db_path, capsys
):
    sessions, gera, _ = demo
    people = _people(sessions, gera)
    for name in ("Öztürk-Fiktiv", "Kühnemund"):
        run(capsys, "--db", str(db_path), "checkin", "--event", str(gera), people[name].badge_code)
    present = json.loads(_present(capsys, db_path, gera, "--json", "--lang", "en"))
    code, out, _ = run(capsys, "--db", str(db_path), "matches", "--json")
    every = json.loads(out)
    assert code == 0 and set(every[0]) | {"need_here", "offer_here"} == set(present[0])
    match = _weida_ilmenau(present)
    assert match["need_here"] == ["someone from Stadt Weida"]
    assert "both here today" in match["why"]
    assert "both_here" in match["score_parts"] and not any(
        m["score_parts"]["both_here"] for m in every
    )  # without a meeting nobody is here


def test_nobody_here_gives_no_matches(demo, db_path, capsys):
    _sessions, gera, _ = demo
    assert json.loads(_present(capsys, db_path, gera, "--json")) == []
    assert _present(capsys, db_path, gera).strip() == "(no matches)"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["matches", "--present"], "--present needs --event"),
        (["matches", "--event", "999", "--present"], "999"),
        (["matches", "--event", "x", "--present"], "invalid int value"),
    ],
)
def test_a_present_list_without_a_known_meeting_is_refused_in_one_line(
    demo, db_path, capsys, args, said
):
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code == 2 and out == "" and said in err and len(err.strip().splitlines()) == 1
