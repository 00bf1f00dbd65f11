"""Several desks on one PostgreSQL server.

4 desk processes check in 500 attendees each (2,000 registered), through the same service
call the desk uses, each with its request id, and each with its follower as the desk window
has (nudging the others after each check-in); a fifth process follows the change sequence
the way every desk window does (services.desk_sync.Follower, woken by NOTIFY).

Prints: check-in latency median and p99 (targets 20 ms / 60 ms) beside the floor of one
bare psycopg UPDATE + commit on the same server; the time until another desk has the
change, median and p99 (target p99 <= 1 s) beside a bare NOTIFY round trip; and the proof
that every registration was checked in exactly once.

Run: python benchmarks/desks.py   (starts a throw-away server with Debian's postgresql;
or set SMARTNET_BENCH_POSTGRESQL=postgresql+psycopg://user@host:port/postgres)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
DESKS, PER_DESK = 4, 500

DESK = """
import json, os, sys, time
from smartnet_desktop.db import open_database
from smartnet_desktop.services import checkin, desk_sync
from smartnet_desktop.services.requests import new_request_id
url, event, desk, *codes = sys.argv[1:]
_e, sessions = open_database(url)
if os.environ.get("SMARTNET_BENCH_STATEMENTS"):  # the old path, a dozen statements each
    from smartnet_desktop.services import server_check_in
    server_check_in.on_server = lambda sessions: False
# As the desk's window: a follower of its own, woken by the others, nudging them after each
# check-in (the check-in's own transaction sends no NOTIFY).
follower = desk_sync.Follower(
    sessions, desk_sync.latest_change(sessions), lambda c: None, lambda r: None
)
follower.start()
time.sleep(0.5)  # listening before the first check-in
out = []
for code in codes:
    start = time.perf_counter()
    row = checkin.check_in_code(sessions, int(event), code, desk, new_request_id()).value
    out.append([time.perf_counter() - start, time.time(), row.person_id])
    follower.nudge_others()
follower.stop()
print(json.dumps(out))
"""

OBSERVER = """
import json, sys, time, threading
from smartnet_desktop.db import open_database
from smartnet_desktop.services import desk_sync
url, expected = sys.argv[1], int(sys.argv[2])
_e, sessions = open_database(url)
seen, done = {}, threading.Event()
def changes(found):
    now = time.time()
    for person in found.person_ids:
        seen.setdefault(person, now)
    if len(seen) >= expected:
        done.set()
follower = desk_sync.Follower(sessions, desk_sync.latest_change(sessions), changes, lambda r: None)
follower.start()
print("ready", flush=True)
done.wait(120)
follower.stop()
print(json.dumps(seen))
"""


def server_url() -> tuple[str, callable]:
    given = os.environ.get("SMARTNET_BENCH_POSTGRESQL")
    if given:
        return given, lambda: None
    folder = tempfile.mkdtemp(prefix="smartnet-bench-pg-")
    script = ROOT / ".ci" / "postgres-server"
    url = subprocess.run(
        ["bash", str(script), "start", folder, "54377"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stop = lambda: subprocess.run(["bash", str(script), "stop", folder], check=False)  # noqa: E731
    return url.rsplit("/", 1)[0] + "/postgres", stop


def fresh_database(admin_url: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def registered(url: str) -> tuple[int, list[str]]:
    from smartnet_desktop.db import open_database
    from smartnet_desktop.domain.rows import EventInput
    from smartnet_desktop.services import attendees, events
    from smartnet_desktop.services.importing import run_import

    engine, sessions = open_database(url)
    event = events.create_event(
        sessions, EventInput("5. Netzwerktreffen", date(2026, 12, 3), "Mühlhausen")
    ).value
    listing = Path(tempfile.mkdtemp()) / "anmeldungen.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail"]
    lines += [
        f"Ina;Groß{i};Kommune {i % 90};ina{i}@beispiel.example" for i in range(DESKS * PER_DESK)
    ]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_import(sessions, event.id, listing)
    codes = [r.badge_code for r in attendees.list_attendees(sessions, event.id)]
    engine.dispose()
    return event.id, codes


def bare_update_floor(url: str) -> float:
    import psycopg

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    times = []
    with psycopg.connect(plain) as connection:
        for i in range(300):
            start = time.perf_counter()
            connection.execute(
                "UPDATE registrations SET checked_in_by = checked_in_by WHERE id = %s", (1 + i,)
            )
            connection.commit()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def notify_round_trip(url: str) -> float:
    import psycopg

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    listener = psycopg.connect(plain, autocommit=True)
    listener.execute("LISTEN bench")
    sender = psycopg.connect(plain, autocommit=True)
    times = []
    for _ in range(100):
        start = time.perf_counter()
        sender.execute("NOTIFY bench")
        for _notice in listener.notifies(timeout=5, stop_after=1):
            times.append(time.perf_counter() - start)
    listener.close()
    sender.close()
    return statistics.median(times)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    admin, stop = server_url()
    try:
        url = fresh_database(admin)
        event_id, codes = registered(url)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        observer = subprocess.Popen(
            [sys.executable, "-c", OBSERVER, url, str(len(codes))],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert observer.stdout.readline().strip() == "ready"
        time.sleep(0.5)
        started = time.perf_counter()
        desks = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    DESK,
                    url,
                    str(event_id),
                    f"Desk {n + 1}",
                    *codes[n * PER_DESK : (n + 1) * PER_DESK],
                ],
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for n in range(DESKS)
        ]
        results = [json.loads(desk.communicate(timeout=600)[0]) for desk in desks]
        wall = time.perf_counter() - started
        seen = {int(k): v for k, v in json.loads(observer.communicate(timeout=180)[0]).items()}

        latencies = [r[0] for desk in results for r in desk]
        committed = {r[2]: r[1] for desk in results for r in desk}
        delays = [seen[p] - t for p, t in committed.items() if p in seen]
        floor = bare_update_floor(url)
        notify = notify_round_trip(url)

        engine = create_engine(url)
        with engine.connect() as connection:
            per_registration = connection.execute(
                text(
                    "SELECT count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n <> 1) FROM "
                    "(SELECT r.id, count(a.id) AS n FROM registrations r LEFT JOIN audit_entries a "
                    "ON a.action = 'check_in' AND a.person_id = r.person_id "
                    "AND a.event_id = r.event_id GROUP BY r.id) AS counted"
                )
            ).one()
            not_in = connection.scalar(
                text("SELECT count(*) FROM registrations WHERE checked_in_at IS NULL")
            )
        engine.dispose()

        print(
            f"{DESKS} desk processes x {PER_DESK} check-ins on one PostgreSQL server, {wall:.1f} s"
        )
        median, p99 = statistics.median(latencies), percentile(latencies, 0.99)
        print(
            f"check-in latency: median {median * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms (targets 20 / 60 ms)"
        )
        print(
            f"  floor, one bare psycopg UPDATE + commit: {floor * 1000:.2f} ms (ratio {median / floor:.1f}x)"
        )
        print(
            f"another desk has the change: median {statistics.median(delays) * 1000:.0f} ms, "
            f"p99 {percentile(delays, 0.99) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms "
            f"(target p99 <= 1000 ms; {len(delays)} of {len(committed)} seen)"
        )
        print(f"  floor, a bare NOTIFY round trip: {notify * 1000:.2f} ms")
        print(
            f"exactly once: {per_registration[0]} registrations with one check-in, "
            f"{per_registration[1]} with another number, {not_in} not checked in"
        )
    finally:
        stop()


if __name__ == "__main__":
    main()
