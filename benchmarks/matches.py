"""Ranked matches of a big survey beside a same-run floor (issue 25 "Speed": 500
organisations x 40 topics in under 2 s).

The survey: 500 organisations, a catalogue of 40 topics, every organisation rating its
experience in all 40 (as a wide survey export has it) and naming 3 needs and 3 offers
(23,000 statements, about 56,000 matches); one meeting where someone of 300 of them is
checked in. Measured, three times each, medians printed:
- floor: a plain SELECT of the same survey rows (the joins the matches read), fetched;
- services.matches.potential_matches: every match ranked, with its reason in words;
- the same for the meeting (presence counts; who of each organisation is here);
- present_matches: only pairs that are both here, best first;
- matches_here_for: the desk card's look-up for one person (one query).
Run: python benchmarks/matches.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, insert, select  # noqa: E402

from smartnet_desktop.db import open_database  # noqa: E402
from smartnet_desktop.domain.models import (  # noqa: E402
    Event,
    Organization,
    Person,
    Registration,
    Statement,
    Topic,
)
from smartnet_desktop.domain.search import name_sort_text, search_key  # noqa: E402
from smartnet_desktop.services import matches  # noqa: E402

ORGANIZATIONS, TOPICS, NEEDS, OFFERS, HERE = 500, 40, 3, 3, 300
ROUNDS = 3
TARGET_S = 2.0


def build(path: Path, seed: int = 25):
    """The survey and the meeting; returns (sessions, event id, a person checked in)."""
    rng = random.Random(seed)
    engine, sessions = open_database(path)
    now = datetime.now(UTC)
    with sessions.begin() as session:
        session.execute(delete(Statement))
        session.execute(delete(Topic))
        session.execute(
            insert(Topic),
            [
                {"name": f"Thema {t:02d}", "area": "field" if t % 2 else "process"}
                for t in range(TOPICS)
            ],
        )
        topics = list(session.scalars(select(Topic.id)))
        session.execute(
            insert(Organization),
            [
                {
                    "name": f"Kommune {i:03d} Thüringen",
                    "kind": "municipality",
                    "support_wanted": rng.choice(["yes", "no", ""]),
                }
                for i in range(ORGANIZATIONS)
            ],
        )
        organizations = list(session.scalars(select(Organization.id)))
        statements = []
        for org in organizations:
            statements += [
                {
                    "organization_id": org,
                    "topic_id": t,
                    "kind": "experience",
                    "rating": rng.randint(1, 6),
                }
                for t in topics
            ]
            chosen = rng.sample(topics, NEEDS + OFFERS)
            statements += [
                {"organization_id": org, "topic_id": t, "kind": "need", "description": "Bedarf"}
                for t in chosen[:NEEDS]
            ] + [
                {"organization_id": org, "topic_id": t, "kind": "offer", "description": "Angebot"}
                for t in chosen[NEEDS:]
            ]
        session.execute(insert(Statement), statements)
        event_id = session.execute(
            insert(Event)
            .values(title="Netzwerktreffen", date=date(2026, 12, 8))
            .returning(Event.id)
        ).scalar_one()
        here = rng.sample(organizations, HERE)
        people = [
            {
                "given_name": "Anna",
                "family_name": f"Müller {i}",
                "organization_id": org,
                "contact_sharing": "granted" if i % 2 else "not_asked",
                "search_key": search_key("Anna", f"Müller {i}"),
                "sort_key": name_sort_text(f"Müller {i}", "Anna"),
            }
            for i, org in enumerate(here)
        ]
        session.execute(insert(Person), people)
        person_ids = list(session.scalars(select(Person.id)))
        session.execute(
            insert(Registration),
            [
                {
                    "event_id": event_id,
                    "person_id": p,
                    "badge_code": f"B{p:05d}",
                    "checked_in_at": now,
                    "checked_in_by": "Desk 1",
                }
                for p in person_ids
            ],
        )
    return engine, sessions, event_id, person_ids[0]


def median_s(call: Callable[[], object]) -> tuple[float, float, object]:
    """Median wall-clock and CPU seconds of ROUNDS calls (the CPU time shows what the
    figure is worth on a machine shared with other work), and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(ROUNDS):
        wall, cpu = time.perf_counter(), time.process_time()
        result = call()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def python_loop_s() -> float:
    """The machine's pace: a plain 10M-iteration loop (shared/TESTING.md: 1.55 s)."""
    start = time.perf_counter()
    for _ in range(10_000_000):
        pass
    return time.perf_counter() - start


def floor_read(sessions) -> list:
    with sessions() as session:
        return session.execute(
            select(
                Statement.kind,
                Topic.name,
                Organization.name,
                Statement.description,
                Statement.rating,
                Organization.support_wanted,
            )
            .join(Topic, Topic.id == Statement.topic_id)
            .join(Organization, Organization.id == Statement.organization_id)
        ).all()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions, event_id, person_id = build(Path(folder) / "matches.db")
        pace = python_loop_s()
        floor = median_s(lambda: floor_read(sessions))
        every = median_s(lambda: matches.potential_matches(sessions))
        meeting = median_s(lambda: matches.potential_matches(sessions, event_id=event_id))
        present = median_s(lambda: matches.present_matches(sessions, event_id))
        card = median_s(lambda: matches.matches_here_for(sessions, event_id, person_id))
        engine.dispose()
    print(
        f"survey: {ORGANIZATIONS} organisations x {TOPICS} topics, {len(floor[2]):,} "
        f"statements; {HERE} organisations here. Pace: 10M-loop {pace:.2f} s (1.55 s idle)"
    )
    print(f"median of {ROUNDS}, wall / CPU seconds, ratio to the floor's wall time:")
    for label, (wall, cpu, _result) in (
        ("floor, plain SELECT of the survey rows", floor),
        (f"every match ranked ({len(every[2]):,})", every),
        ("the same for a meeting (who is here)", meeting),
        (f"only pairs both here ({len(present[2]):,})", present),
        (f"the desk card's look-up ({len(card[2])})", card),
    ):
        print(f"  {label:42} {wall:6.3f} / {cpu:6.3f}   {wall / floor[0]:5.1f}x")
    print(f"target: every match ranked in under {TARGET_S:.0f} s")


if __name__ == "__main__":
    main()
