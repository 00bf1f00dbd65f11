"""The survey as survey tools export it (one row per respondent, one column per question),
turned into the long form's lines: each answer becomes a statement. Every cell is checked
before anything is written; a bad one refuses the file naming its row and column."""

from __future__ import annotations

import json
import re
from pathlib import Path

from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.domain.search import normalise
from smartnet_desktop.services import survey_columns as columns
from smartnet_desktop.services.survey_columns import ColumnRole

MAX_MAPPING_BYTES = 1024 * 1024

# Ratings in words (1 = very much experience, 6 = none), folded; the word "Erfahrung" and
# what follows a leading figure ("1 - sehr viel") are taken off first.
RATING_WORDS = {
    1: ("sehr viel", "sehr hoch", "sehr gut", "sehr groß", "very much", "very high", "a lot"),
    2: ("viel", "hoch", "gut", "groß", "much", "high", "good"),
    3: ("eher viel", "eher hoch", "etwas", "mittel", "mittelmäßig", "durchschnittlich", "some",
        "moderate", "medium"),
    4: ("eher wenig", "eher gering", "eher niedrig", "little", "fair"),
    5: ("wenig", "gering", "niedrig", "sehr wenig", "sehr gering", "very little", "low"),
    6: ("keine", "keinerlei", "gar keine", "none", "no", "nein"),
}  # fmt: skip
_RATINGS = {normalise(w): n for n, words in RATING_WORDS.items() for w in words}
NO_ANSWER = frozenset(
    normalise(w)
    for w in ("keine Angabe", "k. A.", "k.A.", "weiß nicht", "n/a", "n.a.", "not applicable",
              "don't know", "no answer", "-")
)  # fmt: skip
YES = frozenset(
    normalise(w)
    for w in ("ja", "yes", "y", "j", "x", "1", "true", "wahr", "ausgewählt", "selected")
)
NO = frozenset(
    normalise(w) for w in ("nein", "no", "n", "0", "false", "falsch", "nicht ausgewählt")
)
_LEADING_FIGURE = re.compile(r"^([1-6])(\s*[-–:.)]\s*.*|\s+.*)?$")
_FILLER = re.compile(r"\b(erfahrung|experience|vorhanden)\b")


def rating(text: str) -> int | None:
    """1-6 from "2", "2 - viel Erfahrung", "sehr viel Erfahrung"; None: no answer.
    ValueError for words that are no rating."""
    key = normalise(text).strip()
    if not key or key in NO_ANSWER:
        return None
    figure = _LEADING_FIGURE.match(key)
    if figure:
        return int(figure.group(1))
    words = " ".join(_FILLER.sub(" ", key).split())
    if words in _RATINGS:
        return _RATINGS[words]
    raise ValueError(text)


def chosen_topics(text: str) -> list[str]:
    """A multiple choice: the tools join with ";" (Forms, LimeSurvey) or ", " (Google)."""
    separator = ";" if ";" in text else ","
    return [part.strip() for part in text.split(separator) if part.strip()]


def respondent_values(
    plan: list[ColumnRole], cells: list[str]
) -> tuple[list[tuple[dict[str, str], dict[str, int]]], list[dict]]:
    """One respondent's row as long-form values (field -> text) with each field's column,
    and the problems of its cells (code, field, column; the caller adds the line)."""

    def cell(role: ColumnRole) -> str:
        return cells[role.column - 1].strip() if role.column <= len(cells) else ""

    by_role: dict[str, list[ColumnRole]] = {}
    for role in plan:
        if role.role:
            by_role.setdefault(role.role.partition(":")[0], []).append(role)
    organization = next(iter(by_role.get(columns.ORGANIZATION, [])), None)
    org_text = cell(organization) if organization else ""
    org_column = organization.column if organization else 0
    values, problems = [], []

    def statement(kind: str, topic: str, column: int, rating_text: str = "", why: str = "") -> None:
        fields = {"organization": org_text, "topic": topic, "kind": kind}
        fields |= {"rating": rating_text, "description": why}
        values.append((fields, {"organization": org_column, "topic": column, "rating": column}))

    for role in by_role.get("experience", []):
        text = cell(role)
        try:
            value = rating(text)
        except ValueError:
            shown = text if len(text) <= 40 else text[:40] + "…"
            problem = {"field": "rating", "code": "rating_out_of_range", "value": shown}
            problems.append({**problem, "column": role.column})
            continue
        if value is not None:
            statement("erfahrung", role.role.partition(":")[2], role.column, str(value))
    for kind, word in (("offer", "angebot"), ("need", "bedarf")):
        for role in by_role.get(kind, []):
            topic = role.role.partition(":")[2]
            key = normalise(cell(role)).strip()
            if key in YES or key == normalise(topic) or key == normalise(role.header).strip():
                statement(word, topic, role.column)
            elif key and key not in NO and key not in NO_ANSWER:
                problem = {"field": "kind", "code": "unknown_value", "value": cell(role)[:40]}
                problems.append({**problem, "column": role.column})
    for list_role, word in (("offers", "angebot"), ("needs", "bedarf")):
        for role in by_role.get(list_role, []):
            for topic in chosen_topics(cell(role)):
                statement(word, topic, role.column)
    _support(by_role, cell, statement, problems)
    if (values or problems) and not org_text:
        problems.append({"field": "organization", "code": "required", "column": org_column})
    return values, problems


def _support(by_role: dict, cell, statement, problems: list[dict]) -> None:
    """The yes/no support question and its reasons, as a support statement (or a problem)."""
    support = next(iter(by_role.get(columns.SUPPORT, [])), None)
    reasons = " ".join(cell(r) for r in by_role.get(columns.SUPPORT_REASONS, []) if cell(r))
    if support is not None and cell(support):
        key = normalise(cell(support)).strip()
        if key in YES:
            statement("unterstutzung", "", support.column, why=reasons)
        elif key in NO:
            statement("keine unterstutzung", "", support.column)
        elif key not in NO_ANSWER:
            problem = {"field": "kind", "code": "unknown_value", "value": cell(support)[:40]}
            problems.append({**problem, "column": support.column})
    elif reasons:  # a reason without the yes: the reason says support is wanted
        reason_column = by_role[columns.SUPPORT_REASONS][0].column
        statement("unterstutzung", "", reason_column, why=reasons)


def read_mapping(path: Path) -> dict[str, str]:
    """A saved mapping (header -> role). Anything else is refused as a whole."""

    def refused(reason: str) -> InvalidImport:
        problem = {"line": 0, "field": "file", "code": "bad_mapping", "reason": reason}
        return InvalidImport([problem], code="bad_mapping")

    try:
        if Path(path).stat().st_size > MAX_MAPPING_BYTES:
            raise refused("larger than 1 MB")
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise refused(error.strerror or str(error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise refused(f"no JSON ({type(error).__name__})") from None
    found = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(found, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in found.items()
    ):
        raise refused('no "columns" object of header -> role')
    return found


def mapping_json(plan: list[ColumnRole]) -> dict:
    """The mapping in use, as `--write-mapping` writes it and `--mapping` reads it back."""
    return {
        "format": "smartnet-survey-mapping",
        "version": 1,
        "columns": {r.header: r.role for r in plan if r.role and r.header.strip()},
    }


def unmapped(plan: list[ColumnRole]) -> list[dict]:
    return [{"column": r.column, "header": r.header} for r in plan if r.role is None]


def write_mapping(path: Path, mapping: dict) -> Path:
    """Written under a temporary name and renamed over a regular file only (outputs)."""
    from smartnet_desktop import outputs

    data = json.dumps(mapping, ensure_ascii=False, indent=2) + "\n"
    return outputs.write_file(path, data.encode("utf-8"))
