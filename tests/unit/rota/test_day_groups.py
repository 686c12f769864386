"""A rota asks about exemptions and competence once per group of days, not once per day
(`duty.by_versions`, `duty.by_situation`): the answers must be those of asking every day."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.rota.competence import competent_alone, lacking_days
from simulator.rota.pool import exempt_days, exemption_on
from simulator.rules.duty import by_versions
from simulator.scenario.physicians import Competence, Physician
from tests.unit.rota.builders import doctor


def spans(first: dt.date, last: dt.date) -> st.SearchStrategy[list[dt.date]]:
    """Runs of consecutive days starting between `first` and `last`."""
    return st.tuples(st.dates(first, last), st.integers(1, 500)).map(
        lambda span: [span[0] + dt.timedelta(days=i) for i in range(span[1])]
    )


# around 1 July 2013, when the exemption age went from 55 to 60
EXEMPTION_YEARS = (dt.date(2012, 9, 1), dt.date(2014, 3, 1))
exemptions = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["age", "pregnancy", "breastfeeding", "health", "social"]),
        "granted": st.booleans(),
    },
    optional={
        "period": st.tuples(st.dates(*EXEMPTION_YEARS), st.integers(0, 200), st.booleans()).map(
            lambda p: {"from": p[0], "to": p[0] + dt.timedelta(days=p[1]) if p[2] else None}
        )
    },
)
physicians = st.builds(
    lambda age, born, excused, opted_in: Physician.model_validate(
        doctor(1, age=age, birth_date=born, exemptions=excused, opted_in=opted_in)
    ),
    st.integers(50, 65),
    st.none() | st.dates(dt.date(1952, 1, 1), dt.date(1959, 12, 31)),  # 55 or 60 meanwhile
    st.lists(exemptions, max_size=3),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(physicians, spans(*EXEMPTION_YEARS))
def test_exempt_days_are_the_days_on_which_the_doctor_is_exempt(
    physician: Physician, days: list[dt.date]
) -> None:
    every_day = {day: why for day in days if (why := exemption_on(physician, day))}
    assert exempt_days(physician, by_versions(days)) == every_day


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries({flag: st.booleans() for flag in Competence.model_fields}),
    spans(dt.date(2015, 1, 1), dt.date(2027, 1, 1)),  # the competence rule came in meanwhile
)
def test_lacking_days_are_the_days_without_competence_to_work_alone(
    flags: dict[str, bool], days: list[dt.date]
) -> None:
    physician = Physician.model_validate(doctor(1, competence=flags))
    every_day = [day for day in days if not competent_alone(physician, day)]
    assert lacking_days(physician, by_versions(days)) == every_day
