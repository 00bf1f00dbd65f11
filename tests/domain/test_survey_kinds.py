"""The survey's kinds of line are an enum beside StatementKind: a statement's kind or
whether support is wanted; nothing else reaches the database."""

from __future__ import annotations

from smartnet_desktop.domain.enums import StatementKind, SupportWanted, SurveyKind
from smartnet_desktop.services import survey


def test_every_statement_kind_is_a_survey_kind():
    assert {k.value for k in StatementKind} <= {k.value for k in SurveyKind}
    assert {k.value for k in SurveyKind} - {k.value for k in StatementKind} == {
        "support",
        "no_support",
    }


def test_read_lines_carry_survey_kinds_and_support_is_stored_as_support_wanted(sessions):
    lines = survey.survey_lines(
        [
            {"organization": "Stadt Gera", "topic": "Tourismus", "kind": "Angebot"},
            {"organization": "Stadt Gera", "topic": "Mobilität", "kind": "Erfahrung", "rating": 2},
            {"organization": "Stadt Gera", "kind": "Unterstützung", "description": "Zeit"},
            {"organization": "Stadt Jena", "kind": "keine Unterstützung"},
        ]
    )
    assert [type(line.kind) for line in lines] == [SurveyKind] * 4
    assert [line.kind for line in lines] == [
        SurveyKind.OFFER,
        SurveyKind.EXPERIENCE,
        SurveyKind.SUPPORT,
        SurveyKind.NO_SUPPORT,
    ]
    with sessions.begin() as session:
        survey.apply_survey(session, lines)
    figures = survey.summary(sessions)
    assert figures.support == (
        ("Stadt Gera", SupportWanted.YES, "Zeit"),
        ("Stadt Jena", SupportWanted.NO, ""),
    )
