"""Builds a database with one event and N registered people (Core bulk insert, ~1 s)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.models import Event, Organization, Person, Registration
from smartnet_desktop.domain.search import name_sort_text, search_key
from smartnet_desktop.services.codes import ALPHABET, LENGTH

GIVEN = [
    "Anna",
    "Jürgen",
    "Łucja",
    "Ștefan",
    "Thi Lan",
    "Ingrid",
    "Björn",
    "Frauke",
    "Günther",
    "Paula",
    "Ralf",
    "Heike",
    "Mirko",
    "Émile",
    "Zoë",
    "Ólafur",
    "Kai",
    "Doris",
    "Emre",
    "Åsa",
]
FAMILY = [
    "Müller",
    "Weiß",
    "Öztürk",
    "Nguyễn",
    "Żółć",
    "Ødegård",
    "Popescu",
    "Schäfer",
    "Krüger",
    "Böhm",
    "Groß",
    "Łukasik",
    "Straßer",
    "Köhler",
    "Dvořák",
    "Yılmaz",
    "Søndergaard",
    "Fuß",
]


def build(path: Path, people: int = 20_000, seed: int = 7) -> int:
    """Returns the event id. Names are invented combinations with a running number."""
    rng = random.Random(seed)
    engine, sessions = open_database(path)
    now = datetime.now(UTC)
    with sessions.begin() as session:
        orgs = [
            {
                "name": f"Kommune {i:03d} Thüringen",
                "kind": "municipality",
                "town": f"Ort {i}",
                "profile_url": f"https://steckbriefe.example/k{i:03d}",
                "offers": "",
                "needs": "",
            }
            for i in range(200)
        ]
        session.execute(insert(Organization), orgs)
        event = Event(
            title="Großes Netzwerktreffen",
            date=date(2026, 12, 8),
            venue="Erfurt",
            photo_question="",
            contact_question="",
        )
        session.add(event)
        session.flush()
        persons, codes = [], set()
        for i in range(people):
            given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{i}"
            org = rng.randrange(200)
            email = f"person{i}@beispiel.example"
            persons.append(
                {
                    "id": i + 1,
                    "title": "",
                    "given_name": given,
                    "family_name": family,
                    "organization_id": org + 1,
                    "role": "Referent",
                    "email": email,
                    "phone": "",
                    "search_key": search_key(given, family, orgs[org]["name"]),
                    "sort_key": name_sort_text(family, given),
                    "contact_sharing": "not_asked",
                    "photo_objection_all_events": False,
                    "created_at": now,
                }
            )
        session.execute(insert(Person), persons)
        while len(codes) < people:
            codes.add("".join(rng.choice(ALPHABET) for _ in range(LENGTH)))
        session.execute(
            insert(Registration),
            [
                {
                    "event_id": event.id,
                    "person_id": i + 1,
                    "badge_code": code,
                    "walk_in": False,
                    "registered_at": now,
                    "checked_in_by": "",
                    "photo_objection": False,
                }
                for i, code in enumerate(sorted(codes))
            ],
        )
        event_id = event.id
    engine.dispose()
    return event_id


def open_window(location: str | None, settings, folder: Path):
    """The real main window on `location` (None: the demo), shown and filled, offscreen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SMARTNET_CONFIG_DIR"] = str(folder)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smartnet_desktop.app import open_context
    from smartnet_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    context = open_context(location, settings)
    window = MainWindow(
        context,
        lambda where: open_context(where, settings),
        QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat),
    )
    window.show()
    window._load_initial()
    app.processEvents()
    return app, window
