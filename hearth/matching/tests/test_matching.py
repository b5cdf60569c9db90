"""Matching a referral's child against the people already known: each kind of error, unknown children, twins."""

import datetime as dt
import itertools

import pytest
from stdnum.gb import nhs

from hearth.access.models import Restriction
from hearth.matching import scoring
from hearth.matching.services import find_matches
from hearth.people.models import NameKind, Person
from hearth.people.services import add_address, add_name, create_person

_serials = itertools.count(500)


def nhs_number() -> str:
    while True:
        base = f"999{next(_serials):06d}"
        for last in "0123456789":
            if nhs.is_valid(base + last):
                return base + last


def known(given, family, dob, *, sex="M", postcode="", number="", **extra) -> Person:
    person = create_person(actor=None, given_name=given, family_name=family, date_of_birth=dob, sex=sex,
                           nhs_number=number, **extra)
    if postcode:
        add_address(actor=None, person=person, line_1="1 Test Street", postcode=postcode,
                    started_on=dt.date(2020, 1, 1))
    return person


@pytest.fixture
def people(db):
    """A small population with the look-alikes that make matching hard."""
    return {
        "william": known("William", "Jones", dt.date(2012, 4, 3), postcode="AB1 2CD", number=nhs_number()),
        "wilma": known("Wilma", "Jones", dt.date(2009, 8, 21), sex="F", postcode="AB1 2CD"),
        "mary_jane": known("Mary-Jane", "Smith-Jones", dt.date(2014, 11, 2), sex="F", postcode="CD3 4EF"),
        "oliver": known("Oliver", "Smith", dt.date(2015, 6, 17), postcode="EF5 6GH", number=nhs_number()),
        "oliver_senior": known("Oliver", "Smith", dt.date(1980, 2, 9), postcode="EF5 6GH"),
        "jagielo": known("Zofia", "Jagieło", dt.date(2016, 1, 25), sex="F", postcode="GH7 8JK"),
        "emma": known("Emma", "Brown", dt.date(2017, 5, 30), sex="F", postcode="JK9 1LM"),
    }


def match(**fields):
    fields.setdefault("sex", "")
    return find_matches(**fields)


def top(outcome):
    return outcome.candidates[0].person if outcome.candidates else None


def reasons(outcome):
    return outcome.candidates[0].reasons


def test_exact_details_are_certain(people):
    william = people["william"]
    outcome = match(given_name="William", family_name="Jones", date_of_birth=dt.date(2012, 4, 3),
                    nhs_number=william.nhs_number, postcode="AB1 2CD", sex="M")
    assert outcome.decision == "certain" and top(outcome) == william
    assert outcome.candidates[0].score > 0.999
    assert "NHS number: same (+16.6)" in reasons(outcome)
    assert len(outcome.candidates) <= 5
    assert all(0 <= c.score <= 1 for c in outcome.candidates)


@pytest.mark.parametrize(
    ("given", "family", "expected_reason"),
    [
        ("Wiliam", "Jones", "First name: Wiliam is spelt like William"),
        ("William", "Jnoes", "Last name: Jnoes is spelt like Jones"),
        ("Bill", "Jones", "First name: Bill is a short form of William"),
        ("Jones", "William", "Names: first and last names swapped"),
        ("WILLIAM", "jones", "First name: same (William)"),
    ],
)
def test_name_errors_are_still_certain(people, given, family, expected_reason):
    outcome = match(given_name=given, family_name=family, date_of_birth=dt.date(2012, 4, 3), postcode="AB1 2CD",
                    sex="M")
    assert outcome.decision == "certain"
    assert top(outcome) == people["william"]
    assert any(r.startswith(expected_reason) for r in reasons(outcome)), reasons(outcome)


def test_day_and_month_swapped(people):
    outcome = match(given_name="William", family_name="Jones", date_of_birth=dt.date(2012, 3, 4), sex="M")
    assert outcome.decision == "certain" and top(outcome) == people["william"]
    assert "Date of birth: day and month swapped (04/03/2012 for 03/04/2012) (+7.6)" in reasons(outcome)


def test_missing_nhs_number_and_a_new_address(people):
    outcome = match(given_name="Oliver", family_name="Smith", date_of_birth=dt.date(2015, 6, 17), postcode="ZZ9 9ZZ",
                    sex="M")
    assert outcome.decision == "certain" and top(outcome) == people["oliver"]
    assert "NHS number: none given (0)" in reasons(outcome)
    assert any(r.startswith("Postcode: ZZ9 9ZZ is not an address on the record (moved?) (-") for r in reasons(outcome))


def test_later_part_of_a_compound_and_transliteration(people):
    jane = match(given_name="Jane", family_name="Jones", date_of_birth=dt.date(2014, 11, 2), sex="F")
    assert jane.decision == "certain" and top(jane) == people["mary_jane"]
    zofia = match(given_name="Zofia", family_name="Jagielo", date_of_birth=dt.date(2016, 1, 25))
    assert zofia.decision == "certain" and top(zofia) == people["jagielo"]
    assert "Last name: same (Jagieło) (+8.2)" in reasons(zofia)


def test_found_by_name_when_the_date_of_birth_is_a_slip(people):
    outcome = match(given_name="Zofia", family_name="Jagieło", date_of_birth=dt.date(2016, 1, 26), postcode="GH7 8JK")
    assert top(outcome) == people["jagielo"]
    assert any(r.startswith("Date of birth: one slip (26/01/2016 for 25/01/2016)") for r in reasons(outcome))


def test_found_by_nhs_number_alone(people):
    oliver = people["oliver"]
    outcome = match(given_name="Ollie", family_name="Smyth", nhs_number=oliver.nhs_number)
    assert outcome.decision == "certain" and top(outcome) == oliver


def test_an_unknown_child_gives_none(people):
    outcome = match(given_name="Priya", family_name="Chakraborty", date_of_birth=dt.date(2013, 9, 9),
                    postcode="LM1 1AA", sex="F")
    assert outcome == type(outcome)("none", [])


def test_a_new_sibling_at_a_known_address_is_not_linked(people):
    """Same last name and address as a known child, different first name and date of birth."""
    outcome = match(given_name="Harry", family_name="Jones", date_of_birth=dt.date(2019, 2, 14), postcode="AB1 2CD",
                    sex="M")
    assert outcome.decision == "none"


def test_an_unknown_twin_is_never_linked_automatically(people):
    """Emma's twin sister Ella: same last name, date of birth and address; only the first name differs."""
    outcome = match(given_name="Ella", family_name="Brown", date_of_birth=dt.date(2017, 5, 30), postcode="JK9 1LM",
                    sex="F")
    assert outcome.decision == "uncertain"
    assert top(outcome) == people["emma"]
    assert any(r.startswith("First name: Ella is not Emma (-") for r in reasons(outcome))


def test_a_near_miss_is_uncertain_with_reasons_for_each_field(people):
    outcome = match(given_name="Wiliam", family_name="Jone", date_of_birth=dt.date(2012, 4, 5), postcode="XY1 1XY",
                    sex="M")
    assert outcome.decision == "uncertain"
    assert top(outcome) == people["william"]
    fields = [r.split(":")[0] for r in reasons(outcome)]
    assert fields == ["First name", "Last name", "Date of birth", "NHS number", "Sex", "Postcode"]
    assert all(r.endswith(")") and "(" in r for r in reasons(outcome))
    assert 0 < outcome.candidates[0].score < 0.5


def test_father_and_son_of_the_same_name_are_told_apart(people):
    son = match(given_name="Oliver", family_name="Smith", date_of_birth=dt.date(2015, 6, 17))
    assert son.decision == "certain" and top(son) == people["oliver"]
    no_date = match(given_name="Oliver", family_name="Smith", postcode="EF5 6GH")
    assert no_date.decision == "uncertain"  # two equally good records: a worker chooses
    assert {c.person for c in no_date.candidates[:2]} == {people["oliver"], people["oliver_senior"]}


def test_alias_and_previous_names_are_matched(people):
    add_name(actor=None, person=people["emma"], kind=NameKind.PREVIOUS, given_name="Emma", family_name="Green")
    outcome = match(given_name="Emma", family_name="Green", date_of_birth=dt.date(2017, 5, 30))
    assert outcome.decision == "certain" and top(outcome) == people["emma"]
    assert "Last name: same (Green, previous name) (+8.2)" in reasons(outcome)


def test_restricted_records_are_still_matched(people):
    Restriction.objects.create(person=people["oliver"], reason="Relative of staff")
    outcome = match(given_name="Oliver", family_name="Smith", date_of_birth=dt.date(2015, 6, 17))
    assert outcome.decision == "certain" and top(outcome) == people["oliver"]


def test_merged_away_and_excluded_people_are_skipped(people):
    duplicate = known("William", "Jones", dt.date(2012, 4, 3))
    both = match(given_name="William", family_name="Jones", date_of_birth=dt.date(2012, 4, 3))
    assert both.decision == "uncertain"  # two records of one child: a worker must look (and merge them)
    Person.objects.filter(pk=duplicate.pk).update(merged_into=people["william"])
    after = match(given_name="William", family_name="Jones", date_of_birth=dt.date(2012, 4, 3))
    assert after.decision == "certain" and duplicate not in [c.person for c in after.candidates]
    excluded = match(given_name="William", family_name="Jones", date_of_birth=dt.date(2012, 4, 3),
                     exclude_ids=[people["william"].pk])
    assert people["william"] not in [c.person for c in excluded.candidates]


def test_a_different_nhs_number_is_never_certain(people):
    outcome = match(given_name="William", family_name="Jones", date_of_birth=dt.date(2012, 4, 3),
                    nhs_number=nhs_number(), postcode="AB1 2CD")
    assert outcome.decision == "uncertain"
    assert "NHS number: different (-7.6)" in reasons(outcome)


def test_unborn_record_matches_the_born_child(people):
    due = dt.date.today() - dt.timedelta(days=3)
    unborn = create_person(actor=None, given_name="Baby", family_name="Okafor", expected_date_of_birth=due)
    outcome = match(given_name="Baby", family_name="Okafor", date_of_birth=due + dt.timedelta(days=5))
    assert top(outcome) == unborn


def test_query_count_is_small(people, django_assert_max_num_queries):
    with django_assert_max_num_queries(5):  # name variants, blocking, candidates with names, postcodes, people
        match(given_name="Wiliam", family_name="Jones", date_of_birth=dt.date(2012, 4, 3), postcode="AB1 2CD")


def test_weights_follow_from_m_and_u():
    assert scoring.Level("x", 0.5, 0.25).weight == pytest.approx(1.0)
    assert scoring.MISSING.weight == 0
    for table in (scoring.FIRST_NAME, scoring.LAST_NAME, scoring.DATE_OF_BIRTH, scoring.POSTCODE):
        ordered = [level.weight for level in table.values()]
        assert ordered[0] == max(ordered) and ordered[-1] == min(ordered) < 0
