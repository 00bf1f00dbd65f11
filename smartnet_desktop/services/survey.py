"""The survey of offers, needs and experience: importing its long form (one statement per
row), and the figures of agenda item 4 (averages per process and per field of action,
the distribution of ratings, who wants support and why).

Long form, German or English headers:
    Organisation; Thema; Art; Erfahrung; Beschreibung
Art: Angebot/offer, Bedarf/need, Erfahrung/experience (Erfahrung then holds 1-6: 1 = very
much, 6 = none), Unterstützung/support (wanted; Beschreibung says why) or keine
Unterstützung/no support. Unknown organisations are created; topics go through the
catalogue, and words it does not know are reported. All-or-nothing, and importing the
same file again adds nothing.

The wide form (a survey tool's export: one row per respondent, one column per question) is
recognised by its lack of an "Art" column; services/survey_columns.py says which column
means what, services/survey_wide.py turns each row into the same lines.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import hold_write_lock
from smartnet_desktop.domain.enums import StatementKind, SupportWanted, SurveyKind, TopicArea
from smartnet_desktop.domain.errors import InvalidImport, InvalidInput
from smartnet_desktop.domain.models import Organization, Statement, Topic
from smartnet_desktop.domain.network_rows import AreaSummary, SurveySummary
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.search import name_sort_key, normalise
from smartnet_desktop.services import audit, network_settings, survey_wide, validation
from smartnet_desktop.services import survey_columns as wide_columns
from smartnet_desktop.services.organizations import new_organization
from smartnet_desktop.services.registry import find_organization
from smartnet_desktop.services.tabular_files import read_rows
from smartnet_desktop.services.topics import TopicIndex, topic_rows

MAX_WIDE_COLUMNS = 512  # a survey tool's export: a column per question and sub-question

HEADERS = {
    "organization": ["organisation", "organization", "einrichtung", "kommune", "name"],
    "topic": ["thema", "topic", "handlungsfeld", "prozess", "field", "process"],
    "kind": ["art", "kind", "type", "typ"],
    "rating": ["erfahrung", "experience", "rating", "bewertung", "punkte"],
    "description": ["beschreibung", "description", "kommentar", "comment", "anmerkung", "grund"],
}
_KINDS = {
    "angebot": SurveyKind.OFFER,
    "offer": SurveyKind.OFFER,
    "bedarf": SurveyKind.NEED,
    "need": SurveyKind.NEED,
    "erfahrung": SurveyKind.EXPERIENCE,
    "experience": SurveyKind.EXPERIENCE,
    "unterstutzung": SurveyKind.SUPPORT,
    "unterstutzung gewunscht": SurveyKind.SUPPORT,
    "support": SurveyKind.SUPPORT,
    "support wanted": SurveyKind.SUPPORT,
    "keine unterstutzung": SurveyKind.NO_SUPPORT,
    "no support": SurveyKind.NO_SUPPORT,
}


@dataclass(frozen=True, slots=True)
class SurveyLine:
    line: int
    organization: str
    topic: str
    kind: SurveyKind
    rating: int | None
    description: str


@dataclass
class SurveyImport:
    statements_new: int = 0
    statements_changed: int = 0
    organizations_new: list[str] = field(default_factory=list)
    unmapped: list[dict] = field(default_factory=list)  # line, topic: words the catalogue lacks
    form: str = "long"  # or "wide": a survey tool's export
    unmapped_columns: list[dict] = field(default_factory=list)  # column, header (wide form)
    mapping: dict | None = None  # the wide form's mapping in use (survey_wide.mapping_json)

    def to_json(self) -> dict:
        shown = {
            "statements_new": self.statements_new,
            "statements_changed": self.statements_changed,
            "organizations_new": self.organizations_new,
            "unmapped": self.unmapped,
            "form": self.form,
        }
        if self.form == "wide":
            shown["unmapped_columns"] = self.unmapped_columns
        return shown


def _columns(headers: list[str]) -> dict[int, str]:
    found = {}
    for index, header in enumerate(headers):
        key = normalise(header).rstrip(":")
        for name, aliases in HEADERS.items():
            if key in aliases and name not in found.values():
                found[index] = name
    return found


def _table(path: Path) -> tuple[list[list[str]], int]:
    """The file's rows and the index of its header (the first row not blank)."""
    table = read_rows(Path(path), max_columns=MAX_WIDE_COLUMNS)
    start = next((i for i, row in enumerate(table) if any(c.strip() for c in row)), None)
    if start is None:
        raise InvalidImport([{"line": 0, "field": "file", "code": "empty_file"}], code="empty_file")
    return table, start


def read_survey(path: Path) -> list[SurveyLine]:
    """Every row checked; any problem (a rating that is no 1-6, an unknown kind, a missing
    organisation) stops the import before anything is written."""
    table, start = _table(path)
    return _long_lines(table, start)


def _long_lines(table: list[list[str]], start: int) -> list[SurveyLine]:
    columns = _columns(table[start])
    missing = [n for n in ("organization", "kind") if n not in columns.values()]
    if missing:
        problem = {"line": start + 1, "field": missing[0], "code": "missing_column"}
        raise InvalidImport([problem], code="missing_column")
    rows = [
        (
            number,
            {name: (cells[i].strip() if i < len(cells) else "") for i, name in columns.items()},
        )
        for number, cells in enumerate(table[start + 1 :], start=start + 2)
        if any(c.strip() for c in cells)
    ]
    return _checked(rows, {name: index + 1 for index, name in columns.items()})


def survey_lines(rows: list[dict]) -> list[SurveyLine]:
    """Rows given as dicts (the demo's survey), checked like a file's."""
    return _checked([(n, {k: str(v) for k, v in row.items()}) for n, row in enumerate(rows, 1)])


def _checked(
    rows: list[tuple[int, dict[str, str]]], columns: dict[str, int] | None = None
) -> list[SurveyLine]:
    """`columns` (field -> column, 1 = the first) places each problem in its cell."""
    lines, problems = [], []
    for number, values in rows:
        line, line_problems = _line(number, values)
        for found in line_problems:
            if columns and found["field"] in columns:
                found["column"] = columns[found["field"]]
        problems += line_problems
        if line is not None:
            lines.append(line)
    if problems:
        raise InvalidImport(problems)
    return lines


def _line(number: int, values: dict[str, str]) -> tuple[SurveyLine | None, list[dict]]:
    def problem(field_name: str, code: str, **params) -> dict:
        return {"line": number, "field": field_name, "code": code, **params}

    try:
        organization = validation.required_text("organization", values.get("organization"), 300)
        topic = validation.optional_text("topic", values.get("topic"), 200)
        description = validation.optional_text("description", values.get("description"), 2000)
    except InvalidInput as error:
        params = {k: v for k, v in error.params.items() if k != "field"}
        return None, [problem(error.field, error.code, **params)]
    kind = _KINDS.get(normalise(values.get("kind", "")))
    if kind is None:
        return None, [problem("kind", "unknown_value", value=values.get("kind", ""))]
    rating = None
    text_rating = values.get("rating", "")
    if kind == SurveyKind.EXPERIENCE or text_rating:
        try:
            rating = validation.whole_number("rating", text_rating, minimum=1)
        except InvalidInput:
            rating = None
        if rating is None or rating > 6:
            shown = text_rating if len(text_rating) <= 40 else text_rating[:40] + "…"
            return None, [problem("rating", "rating_out_of_range", value=shown)]
    if kind not in (SurveyKind.SUPPORT, SurveyKind.NO_SUPPORT) and not topic:
        return None, [problem("topic", "required")]
    return SurveyLine(number, organization, topic, kind, rating, description), []


def import_survey(
    sessions: sessionmaker[Session],
    path: Path,
    by: str = "",
    progress: Callable[[int, int], None] | None = None,
    mapping: dict[str, str] | None = None,
) -> Done[SurveyImport]:
    """Reads the whole file, then writes it in one transaction. Only the network's data
    change (no attendee or badge shows a survey answer). `progress(done, 2)`: read, written
    (the window runs it off the GUI thread with a bar). The wide form's columns are mapped
    by `mapping` (header -> role), else by the mapping remembered for files of this shape,
    else guessed; the mapping used is remembered with the import."""
    table, start = _table(path)
    wide = wide_columns.is_wide(table[start], set(_columns(table[start]).values()))
    lines = [] if wide else _long_lines(table, start)
    if progress is not None:
        progress(1, 2)
    with sessions.begin() as session:
        # As the attendee import: "which organisations and statements exist already" stays
        # true until the commit, so two imports of one file run one after the other.
        hold_write_lock(session)
        plan = None
        if wide:
            plan = wide_plan(session, table[start], mapping)
            lines = _wide_lines(plan, table, start)
        result = apply_survey(session, lines)
        if plan is not None:
            result.form = "wide"
            result.unmapped_columns = survey_wide.unmapped(plan)
            result.mapping = survey_wide.mapping_json(plan)
            key = wide_columns.shape_key(table[start])
            network_settings.store(session, key, json.dumps(result.mapping, ensure_ascii=False))
        audit.record(
            session, "survey_import", by, None, None, file=Path(path).name, **result.to_json()
        )
    if progress is not None:
        progress(2, 2)
    return Done(result)


def survey_columns(
    sessions: sessionmaker[Session], path: Path, mapping: dict[str, str] | None = None
) -> list[wide_columns.ColumnRole] | None:
    """The wide form's columns with their roles, as an import would take them (the window
    lets staff map the unmapped ones first); None for the long form."""
    table, start = _table(path)
    if not wide_columns.is_wide(table[start], set(_columns(table[start]).values())):
        return None
    with sessions() as session:
        return wide_plan(session, table[start], mapping)


def wide_plan(
    session: Session, headers: list[str], mapping: dict[str, str] | None
) -> list[wide_columns.ColumnRole]:
    """Given roles first, then the remembered ones, then guesses. A given role naming a
    topic the catalogue lacks refuses the import (a saved mapping from another catalogue);
    a remembered one is dropped (the topic was removed since)."""
    rows = topic_rows(session)
    lookup = wide_columns.topic_lookup(rows)
    remembered = network_settings.stored_value(session, wide_columns.shape_key(headers))
    checked = {}
    for header, role in (json.loads(remembered).get("columns", {}) if remembered else {}).items():
        # A topic removed from the catalogue since: the column is unmapped again.
        if (valid := wide_columns.valid_role(role, lookup)) is not None:
            checked[header] = valid
    for header, role in (mapping or {}).items():
        valid = wide_columns.valid_role(role, lookup)
        if valid is None:
            problem = {"line": 0, "field": "file", "code": "bad_mapping"}
            problem["reason"] = f"{header}: {role}"[:120]
            raise InvalidImport([problem], code="bad_mapping")
        checked[header] = valid
    return wide_columns.plan_columns(headers, rows, checked)


def _wide_lines(
    plan: list[wide_columns.ColumnRole], table: list[list[str]], start: int
) -> list[SurveyLine]:
    """Each respondent's answers as lines; the last answer of an organisation on a topic
    wins (two people of one town answered), so a second import finds nothing to change."""
    if not any(r.role == wide_columns.ORGANIZATION for r in plan):
        problem = {"line": start + 1, "field": "organization", "code": "missing_column"}
        raise InvalidImport([problem], code="missing_column")
    lines: dict[tuple, SurveyLine] = {}
    problems = []
    for number, cells in enumerate(table[start + 1 :], start=start + 2):
        if not any(c.strip() for c in cells):
            continue
        values, found = survey_wide.respondent_values(plan, cells)
        problems += [{"line": number, **p} for p in found]
        for fields, places in values:
            line, line_problems = _line(number, fields)
            for p in line_problems:
                p["column"] = places.get(p["field"], 0)
            problems += line_problems
            if line is not None:
                key = (normalise(line.organization), normalise(line.topic), line.kind)
                lines.pop(key, None)
                lines[key] = line
    if problems:
        raise InvalidImport(problems)
    return list(lines.values())


def apply_survey(session: Session, lines: list[SurveyLine]) -> SurveyImport:
    """Writes checked survey lines inside a caller's transaction (the import, the demo)."""
    result = SurveyImport()
    topics = TopicIndex(session)
    for line in lines:
        organization = find_organization(session, line.organization)
        if organization is None:
            organization = new_organization(session, line.organization)
            result.organizations_new.append(organization.name)
        if line.kind in (SurveyKind.SUPPORT, SurveyKind.NO_SUPPORT):
            wanted = line.kind == SurveyKind.SUPPORT
            organization.support_wanted = SupportWanted.YES if wanted else SupportWanted.NO
            if line.description:
                organization.support_reasons = line.description
            continue
        topic = topics.find(line.topic)
        if topic is None:
            result.unmapped.append({"line": line.line, "topic": line.topic})
            continue
        kind = StatementKind(line.kind)
        statement = session.scalar(
            select(Statement).where(
                Statement.organization_id == organization.id,
                Statement.topic_id == topic.id,
                Statement.kind == kind,
            )
        )
        if statement is None:
            session.add(
                Statement(
                    organization_id=organization.id,
                    topic_id=topic.id,
                    kind=kind,
                    rating=line.rating,
                    description=line.description,
                )
            )
            session.flush()
            result.statements_new += 1
        elif (statement.rating, statement.description) != (line.rating, line.description):
            statement.rating, statement.description = line.rating, line.description
            result.statements_changed += 1
    return result


# -- the figures ------------------------------------------------------------------------------


def summary(sessions: sessionmaker[Session]) -> SurveySummary:
    """Averages are over every rating in the area (1 = very much experience, 6 = none)."""
    with sessions() as session:
        return summary_in(session)


def summary_in(session: Session) -> SurveySummary:
    """The figures, read in the caller's transaction (the report reads all it prints in one)."""
    ratings = session.execute(
        select(Topic.area, Topic.name, Statement.rating)
        .join(Topic, Topic.id == Statement.topic_id)
        .where(Statement.kind == StatementKind.EXPERIENCE, Statement.rating.is_not(None))
    ).all()
    support = tuple(
        (o.name, o.support_wanted, o.support_reasons)
        for o in session.scalars(
            select(Organization)
            .where(Organization.support_wanted != "")
            .order_by(Organization.name)
        )
    )
    answering = session.scalars(select(Statement.organization_id).distinct()).all()
    return SurveySummary(
        _area(TopicArea.PROCESS, [(n, r) for a, n, r in ratings if a == TopicArea.PROCESS]),
        _area(TopicArea.FIELD, [(n, r) for a, n, r in ratings if a == TopicArea.FIELD]),
        support,
        len(answering),
    )


def _area(area: str, ratings: list[tuple[str, int]]) -> AreaSummary:
    by_topic: dict[str, list[int]] = {}
    for name, rating in ratings:
        by_topic.setdefault(name, []).append(rating)
    values = [r for _n, r in ratings]
    return AreaSummary(
        area=area,
        average=statistics.fmean(values) if values else None,
        count=len(values),
        per_topic=tuple(
            (name, statistics.fmean(rs), len(rs))
            for name, rs in sorted(by_topic.items(), key=lambda item: name_sort_key(item[0], ""))
        ),
        distribution=tuple(values.count(n) for n in range(1, 7)),
    )
