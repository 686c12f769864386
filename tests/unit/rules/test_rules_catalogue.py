"""The rule catalogue: dated versions, parameters in force, and validation of the records."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from simulator.rules.catalogue import Catalogue, Kind, NotInForce, load_catalogue

D = dt.date


def test_catalogue_has_at_least_twenty_rules_with_sources() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.rules) >= 20
    for rule in catalogue.rules:
        for version in rule.versions:
            assert version.source.law
            assert version.source.refs, rule.id


@pytest.mark.parametrize(
    ("day", "age"),
    [
        (D(2012, 12, 31), 60),
        (D(2013, 1, 1), 55),
        (D(2013, 6, 30), 55),
        (D(2013, 7, 1), 60),
        (D(2025, 12, 31), 60),
        (D(2026, 1, 1), 60),
    ],
)
def test_exemption_age_follows_the_2013_versions(day: dt.date, age: int) -> None:
    assert load_catalogue().parameter("legevakt-exemption-age", "age", day) == age


def test_exemption_age_before_2013_came_from_agreements() -> None:
    rule = load_catalogue().rule("legevakt-exemption-age")
    assert rule.version_on(D(2010, 1, 1)).kind is Kind.tariff_agreement
    assert rule.version_on(D(2020, 1, 1)).kind is Kind.law


def test_rest_between_work_periods_is_eight_hours() -> None:
    assert load_catalogue().parameter("rest-between-work-periods", "hours", D(2026, 3, 1)) == 8


def test_no_version_before_the_first_raises() -> None:
    with pytest.raises(NotInForce, match="kad-somatic"):
        load_catalogue().parameter("kad-somatic", "patients", D(2015, 12, 31))


def test_fastlegeforskriften_2025_replaces_2012_on_new_year_2026() -> None:
    rule = load_catalogue().rule("list-ceiling-max")
    assert rule.version_on(D(2025, 12, 31)).source.lovdata == "FOR-2012-08-29-842"
    assert rule.version_on(D(2026, 1, 1)).source.lovdata == "FOR-2025-12-02-2405"


def test_unknown_rule_names_the_command_that_lists_ids() -> None:
    with pytest.raises(KeyError, match="rules list"):
        load_catalogue().rule("no-such-rule")


def _catalogue(versions: list[dict]) -> dict:
    rule = {
        "id": "r",
        "title": {"nb": "r", "en": "r"},
        "evaluator": "x",
        "checks": ["scenario"],
        "subject": "physician",
        "versions": versions,
    }
    return {"rules": [rule]}


def _version(start: str, end: str | None = None, **extra: object) -> dict:
    source = {"law": "l", "refs": ["L1"]}
    return {"valid_from": start, "valid_to": end, "kind": "law", "source": source, **extra}


def test_overlapping_versions_are_rejected() -> None:
    data = _catalogue([_version("2020-01-01", "2021-01-01"), _version("2020-06-01")])
    with pytest.raises(ValidationError, match="overlap"):
        Catalogue.model_validate(data)


def test_unverified_version_needs_a_note() -> None:
    with pytest.raises(ValidationError, match="needs a note"):
        Catalogue.model_validate(_catalogue([_version("2020-01-01", verified=False)]))


def test_versions_must_share_parameter_names() -> None:
    data = _catalogue(
        [
            _version("2020-01-01", "2020-12-31", parameters={"a": 1}),
            _version("2021-01-01", parameters={"b": 1}),
        ]
    )
    with pytest.raises(ValidationError, match="same parameters"):
        Catalogue.model_validate(data)
