"""The one-box person search: parsing what was typed, tolerant name matching, narrowing, and restrictions."""

import datetime as dt
import itertools

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from stdnum.gb import nhs

from hearth.access.models import Restriction
from hearth.core.codes import Sex
from hearth.people.models import NameKind, NameToken, PersonName, PersonNameWord
from hearth.people.names import normalise, tokens
from hearth.people.search import parse_query, search_people
from hearth.people.services import add_address, add_name, create_person

_serials = itertools.count(1)


def valid_nhs_number() -> str:
    """A valid NHS number in the 999 (test) range."""
    while True:
        base = f"999{next(_serials):06d}"
        for last in "0123456789":
            if nhs.is_valid(base + last):
                return base + last


def person(given: str, family: str, dob: dt.date | None = None, **extra):
    return create_person(actor=None, given_name=given, family_name=family, date_of_birth=dob, **extra)


def found(query: str, user=None) -> list[str]:
    return [r.full_name for r in search_people(user=user, query=query)]


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(username="searcher", password="x-Long-passw0rd")


# ---------------------------------------------------------------------------------------------------------
# parse_query


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2015", "12-3-2015", "2015-03-12", "12 March 2015", "12 Mar 2015", "12.03.2015", "12/03/15",
        "12th March 2015", "March 12, 2015",
    ],
)
def test_parse_date_formats(text):
    parsed = parse_query(text)
    assert parsed.dates == [dt.date(2015, 3, 12)]
    assert parsed.names == [] and parsed.errors == []


def test_parse_mixed_query():
    number = valid_nhs_number()
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    parsed = parse_query(f"Smith, John 12/03/2015 {spaced} ab12cd")
    assert parsed.names == ["smith", "john"]
    assert parsed.date_of_birth == dt.date(2015, 3, 12)
    assert parsed.nhs_number == number
    assert parsed.postcode == "AB12CD"
    assert parsed.errors == [] and parsed.hints == []


def test_parse_postcodes():
    assert parse_query("AB1 2CD").postcode == "AB12CD"
    assert parse_query("sw1a1aa").postcode == "SW1A1AA"
    outward = parse_query("Jones AB1")
    assert (outward.outward, outward.postcode, outward.names) == ("AB1", "", ["jones"])


def test_parse_initial_and_name():
    parsed = parse_query("J. Smith")
    assert parsed.names == ["smith"] and parsed.initials == ["j"]


def test_parse_invalid_date_gives_error_and_day_first_hint():
    parsed = parse_query("01/13/2015")
    assert parsed.dates == []
    assert parsed.errors == ["01/13/2015 is not a real date"]
    assert parsed.hints == ["Dates are read day first: did you mean 13/01/2015?"]
    assert parse_query("31/02/2015").errors == ["31/02/2015 is not a real date"]


def test_parse_invalid_nhs_number_is_an_error():
    number = valid_nhs_number()
    wrong = number[:9] + str((int(number[9]) + 1) % 10)
    parsed = parse_query(wrong)
    assert parsed.nhs_number == "" and "is not a valid NHS number" in parsed.errors[0]


def test_parse_short_or_unusable_queries():
    assert not parse_query("").is_searchable
    assert not parse_query("a").is_searchable and parse_query("a").hints == []
    lonely_year = parse_query("2015")
    assert not lonely_year.is_searchable and "full date of birth" in lonely_year.hints[0]


# ---------------------------------------------------------------------------------------------------------
# Names


@pytest.mark.django_db
def test_exact_and_typo_names():
    person("John", "Smith", dt.date(2010, 1, 5))
    person("Joan", "Smithers", dt.date(2011, 2, 6))
    assert found("John Smith")[0] == "John Smith"
    assert found("Jonh Smiht")[0] == "John Smith"
    assert found("Jhon Snith") == ["John Smith"]  # slips at the 2nd letter change the indexed initial


@pytest.mark.django_db
def test_phonetic_name():
    person("John", "Smith", dt.date(2010, 1, 5))
    results = search_people(user=None, query="John Smyth")
    assert [r.full_name for r in results] == ["John Smith"]
    assert "Sounds like: Smyth → Smith" in results[0].match_reasons
    person("Catherine", "Brown", dt.date(2012, 3, 4))
    assert found("Katherine Brown") == ["Catherine Brown"]


@pytest.mark.django_db
def test_nicknames_both_ways():
    person("William", "Jones", dt.date(2009, 4, 1))
    person("Katherine", "Taylor", dt.date(2013, 6, 2))
    person("Bill", "Evans", dt.date(1980, 1, 1))
    bill = search_people(user=None, query="Bill Jones")
    assert [r.full_name for r in bill] == ["William Jones"]
    assert "Nickname: Bill → William" in bill[0].match_reasons
    assert found("Kate Taylor") == ["Katherine Taylor"]
    assert found("William Evans") == ["Bill Evans"]


@pytest.mark.django_db
def test_scores_rank_exact_above_nickname_above_phonetic_above_typo():
    person("Jon", "Baker", dt.date(2010, 1, 1))
    person("John", "Baker", dt.date(2010, 1, 2))
    person("Johnny", "Baker", dt.date(2010, 1, 3))
    person("Jhon", "Baker", dt.date(2010, 1, 4))
    results = search_people(user=None, query="John Baker")
    names = [r.full_name for r in results]
    assert names[0] == "John Baker"
    scores = {r.full_name: r.score for r in results}
    assert scores["John Baker"] == 100
    assert scores["John Baker"] > scores["Johnny Baker"] > scores["Jhon Baker"]
    assert scores["Jon Baker"] > scores["Jhon Baker"]


@pytest.mark.django_db
def test_reversed_order_finds_the_same_person():
    person("John", "Smith", dt.date(2010, 1, 5))
    assert found("Smith John") == ["John Smith"]
    assert found("smith, john") == ["John Smith"]


@pytest.mark.django_db
def test_two_words_must_both_match():
    person("John", "Smith", dt.date(2010, 1, 5))
    person("Peter", "Smith", dt.date(2011, 1, 5))
    assert found("John Smith") == ["John Smith"]
    assert found("Zebedee Smith") == []


@pytest.mark.django_db
def test_single_name_word_and_initial():
    person("John", "Smith", dt.date(2010, 1, 5))
    person("Peter", "Smith", dt.date(2011, 1, 5))
    assert sorted(found("Smith")) == ["John Smith", "Peter Smith"]
    assert found("J Smith") == ["John Smith"]


@pytest.mark.django_db
def test_compound_names():
    person("Mary-Jane", "O'Neill", dt.date(2012, 5, 5))
    person("Anna", "Smith-Jones", dt.date(2013, 5, 5))
    assert found("Mary O'Neill") == ["Mary-Jane O'Neill"]
    assert found("Mary Jane Oneill") == ["Mary-Jane O'Neill"]
    assert found("Maryjane ONeill") == ["Mary-Jane O'Neill"]
    assert found("Mery Oneil") == ["Mary-Jane O'Neill"]  # a slip in the first part of the compound too
    assert found("Anna Smith") == ["Anna Smith-Jones"]


@pytest.mark.django_db
def test_later_part_of_a_compound_name():
    person("Mary-Jane", "O'Neill", dt.date(2012, 5, 5))
    person("Anna", "Smith-Jones", dt.date(2013, 5, 5))
    person("Anna", "Brown", dt.date(2013, 6, 6))
    person("Jane", "Brown", dt.date(2011, 6, 6))
    assert found("Anna Jones") == ["Anna Smith-Jones"]
    assert found("Jones Anna") == ["Anna Smith-Jones"]
    assert found("Jane O'Neill") == ["Mary-Jane O'Neill"]
    assert found("Jane Oneil") == ["Mary-Jane O'Neill"]  # with a slip in the other word
    assert found("Ana Jnoes") == ["Anna Smith-Jones"]  # and slips in both
    assert found("Jones") == ["Anna Smith-Jones"]
    assert sorted(found("Jane")) == ["Jane Brown", "Mary-Jane O'Neill"]
    assert found("A Jones") == ["Anna Smith-Jones"]
    assert found("Jones 05/05/2013") == ["Anna Smith-Jones"]  # the loose path taken with a date of birth
    results = search_people(user=None, query="Anna Jones")
    assert "Name matches exactly" in results[0].match_reasons


@pytest.mark.django_db
def test_later_part_of_an_alias_or_previous_name():
    child = person("Lucy", "Walker", dt.date(2014, 7, 7))
    add_name(actor=None, person=child, kind=NameKind.PREVIOUS, given_name="Lucy", family_name="Green-Hart")
    results = search_people(user=None, query="Lucy Hart")
    assert [r.full_name for r in results] == ["Lucy Walker"]
    assert results[0].matched_name == "Lucy Green-Hart"


@pytest.mark.django_db
def test_every_word_of_a_name_is_indexed():
    child = person("Mary-Jane Rose", "Smith-Jones", dt.date(2012, 5, 5))
    words = sorted(PersonNameWord.objects.filter(name__person=child).values_list("part", "position", "word"))
    assert words == [("f", 0, "smith"), ("f", 1, "jones"), ("g", 0, "mary"), ("g", 1, "jane"), ("g", 2, "rose")]


# ---------------------------------------------------------------------------------------------------------
# Letters Unicode does not decompose (ł, ø, ß, æ, đ) are transliterated


def test_normalise_transliterates_letters_that_do_not_decompose():
    assert normalise("Jagieło") == "jagielo"
    assert normalise("Søren-Ørsted") == "sorenorsted"
    assert normalise("Straße") == "strasse"
    assert tokens("Æsa Đorđević") == ["aesa", "dordevic"]
    assert tokens("Zoë O’Brien") == ["zoe", "obrien"]  # a typographic apostrophe too


@pytest.mark.django_db
def test_transliterated_names_are_found_typed_in_plain_letters():
    person("Jakub", "Jagieło", dt.date(2012, 1, 1))
    person("Søren", "Østergaard", dt.date(2013, 1, 1))
    person("Jürgen", "Straße", dt.date(2014, 1, 1))
    person("Đorđe", "Ćosić", dt.date(2015, 1, 1))
    assert found("Jakub Jagielo") == ["Jakub Jagieło"]
    assert found("Jagieło") == ["Jakub Jagieło"]
    assert found("Soren Ostergaard") == ["Søren Østergaard"]
    assert found("Jurgen Strasse") == ["Jürgen Straße"]
    assert found("Dorde Cosic") == ["Đorđe Ćosić"]


@pytest.mark.django_db(transaction=True)
def test_migration_renormalises_stored_names_and_indexes_their_words():
    """Names stored with the old normalisation (ł dropped) are found once migration 0003 has run."""
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("people", "0002_index_dates_of_birth")])
    old = executor.loader.project_state([("people", "0002_index_dates_of_birth")]).apps
    person_model = old.get_model("people", "Person")
    name_model = old.get_model("people", "PersonName")
    token_model = old.get_model("people", "NameToken")
    ola = person_model.objects.create(given_name="Ola", family_name="Jagieło-Nowak")
    # What the old code stored: NFKD alone dropped the ł.
    name_model.objects.create(person=ola, kind="legal", given_name="Ola", family_name="Jagieło-Nowak",
                              given_norm="ola", family_norm="jagieonowak")
    token_model.objects.bulk_create([token_model(token=t, phonetic="", initial=t[:2]) for t in ("ola", "jagieo", "nowak")])
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    name = PersonName.objects.get(person_id=ola.pk)
    assert (name.given_norm, name.family_norm) == ("ola", "jagielonowak")
    assert sorted(name.words.values_list("word", flat=True)) == ["jagielo", "nowak", "ola"]
    assert set(NameToken.objects.values_list("token", flat=True)) == {"ola", "jagielo", "nowak"}
    assert found("Ola Jagielo") == ["Ola Jagieło-Nowak"]
    assert found("Ola Nowak") == ["Ola Jagieło-Nowak"]


@pytest.mark.django_db
def test_previous_name_and_alias_are_searched_and_explained():
    child = person("Lucy", "Walker", dt.date(2014, 7, 7))
    add_name(actor=None, person=child, kind=NameKind.PREVIOUS, given_name="Lucy", family_name="Green")
    add_name(actor=None, person=child, kind=NameKind.ALIAS, given_name="Lulu", family_name="Walker")
    previous = search_people(user=None, query="Lucy Green")
    assert [r.full_name for r in previous] == ["Lucy Walker"]
    assert "Matched on previous name: Lucy Green" in previous[0].match_reasons
    assert previous[0].matched_name == "Lucy Green"
    alias = search_people(user=None, query="Lulu Walker")
    assert [r.full_name for r in alias] == ["Lucy Walker"]
    assert "Matched on alias: Lulu Walker" in alias[0].match_reasons
    legal = search_people(user=None, query="Lucy Walker")
    assert legal[0].score == 100 and legal[0].matched_name == ""
    assert not any("Matched on" in reason for reason in legal[0].match_reasons)


# ---------------------------------------------------------------------------------------------------------
# Date of birth, NHS number, postcode, combined


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["12/03/2015", "12-3-2015", "2015-03-12", "12 March 2015", "12 Mar 2015"])
def test_date_of_birth_alone(text):
    person("Amir", "Khan", dt.date(2015, 3, 12))
    person("Amira", "Khan", dt.date(2015, 3, 13))
    results = search_people(user=None, query=text)
    assert [r.full_name for r in results] == ["Amir Khan"]
    assert "Date of birth 12/03/2015" in results[0].match_reasons


@pytest.mark.django_db
def test_expected_date_of_birth():
    due = dt.date.today() + dt.timedelta(days=40)
    person("Baby", "Okafor", expected_date_of_birth=due)
    results = search_people(user=None, query=f"okafor {due:%d/%m/%Y}")
    assert [r.full_name for r in results] == ["Baby Okafor"]
    assert results[0].is_unborn and results[0].age is None
    assert f"Expected date of birth {due:%d/%m/%Y}" in results[0].match_reasons


@pytest.mark.django_db
def test_nhs_number_with_spaces_alone_and_with_a_name():
    number = valid_nhs_number()
    person("Grace", "Hopper", dt.date(2011, 12, 9), nhs_number=number)
    person("Grace", "Hooper", dt.date(2011, 12, 10), nhs_number=valid_nhs_number())
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    results = search_people(user=None, query=spaced)
    assert [r.full_name for r in results] == ["Grace Hopper"]
    assert results[0].nhs_number == spaced
    assert found(f"grace hopper {number}") == ["Grace Hopper"]
    assert found(f"grace jones {number}") == []


@pytest.mark.django_db
def test_postcode_full_and_outward():
    ada = person("Ada", "Lovelace", dt.date(2010, 12, 10))
    add_address(actor=None, person=ada, line_1="1 High Street", postcode="AB1 2CD")
    bob = person("Bob", "Lovelace", dt.date(2012, 1, 1))
    add_address(actor=None, person=bob, line_1="9 Low Road", postcode="AB1 9ZZ")
    far = person("Cal", "Lovelace", dt.date(2013, 1, 1))
    add_address(actor=None, person=far, line_1="3 Long Lane", postcode="AB10 1AA")
    full = search_people(user=None, query="ab12cd")
    assert [r.full_name for r in full] == ["Ada Lovelace"]
    assert full[0].current_postcode == "AB1 2CD"
    assert "Lives at AB1 2CD" in full[0].match_reasons
    assert found("AB1 2CD") == ["Ada Lovelace"]
    assert sorted(found("AB1")) == ["Ada Lovelace", "Bob Lovelace"]
    assert found("lovelace AB10") == ["Cal Lovelace"]
    assert found("AB1 10/12/2010") == ["Ada Lovelace"]
    assert found("AB1 11/12/2010") == []


@pytest.mark.django_db
def test_previous_address_matches_below_current():
    mover = person("Dan", "Moss", dt.date(2010, 2, 2))
    add_address(actor=None, person=mover, line_1="1 Old Road", postcode="CD3 4EF", started_on=dt.date(2015, 1, 1))
    add_address(actor=None, person=mover, line_1="2 New Road", postcode="GH5 6JK", started_on=dt.date(2020, 1, 1))
    stayer = person("Eve", "Moss", dt.date(2011, 3, 3))
    add_address(actor=None, person=stayer, line_1="5 Old Road", postcode="CD3 4EF", started_on=dt.date(2016, 1, 1))
    results = search_people(user=None, query="CD3 4EF")
    assert [r.full_name for r in results] == ["Eve Moss", "Dan Moss"]
    assert results[0].score > results[1].score
    assert "Matched on previous address: CD3 4EF" in results[1].match_reasons
    assert results[1].current_postcode == "GH5 6JK"


@pytest.mark.django_db
def test_same_name_told_apart_by_date_of_birth():
    older = person("Sam", "Patel", dt.date(2008, 8, 8), sex=Sex.MALE)
    younger = person("Sam", "Patel", dt.date(2016, 6, 16), sex=Sex.FEMALE)
    add_address(actor=None, person=older, line_1="1 Elm Street", postcode="EF1 1AA")
    results = search_people(user=None, query="Sam Patel")
    assert {r.date_of_birth for r in results} == {older.date_of_birth, younger.date_of_birth}
    by_dob = {r.date_of_birth: r for r in results}
    assert by_dob[older.date_of_birth].sex == "Male" and by_dob[older.date_of_birth].current_postcode == "EF1 1AA"
    assert by_dob[younger.date_of_birth].current_postcode == ""
    assert by_dob[younger.date_of_birth].age == younger.age()
    narrowed = search_people(user=None, query="Sam Patel 16/06/2016")
    assert [r.person.pk for r in narrowed] == [younger.pk]
    assert narrowed[0].score == 100


@pytest.mark.django_db
def test_name_and_postcode_narrow_together():
    one = person("Tom", "Price", dt.date(2010, 1, 1))
    add_address(actor=None, person=one, line_1="1 A Road", postcode="JK1 1AA")
    two = person("Tom", "Price", dt.date(2011, 1, 1))
    add_address(actor=None, person=two, line_1="1 B Road", postcode="LM2 2BB")
    assert [r.person.pk for r in search_people(user=None, query="tom price jk1 1aa")] == [one.pk]
    assert [r.person.pk for r in search_people(user=None, query="tom price LM2")] == [two.pk]


# ---------------------------------------------------------------------------------------------------------
# Restrictions, nonsense, limits, query count


@pytest.mark.django_db
def test_restricted_record_hidden_unless_named(staff):
    named = get_user_model().objects.create_user(username="named", password="x-Long-passw0rd")
    secret = person("Harry", "Secret", dt.date(2012, 2, 2), nhs_number=valid_nhs_number())
    person("Harry", "Secrett", dt.date(2013, 3, 3))
    restriction = Restriction.objects.create(person=secret, reason="Relative of staff")
    restriction.named_staff.add(named)
    for query in ("Harry Secret", "02/02/2012", secret.nhs_number):
        assert secret.pk not in [r.person.pk for r in search_people(user=staff, query=query)]
        assert secret.pk in [r.person.pk for r in search_people(user=named, query=query)]
    assert found("Harry Secret") == ["Harry Secrett"]  # no user: restricted records never show


@pytest.mark.django_db
def test_nonsense_and_short_queries_return_nothing():
    person("John", "Smith", dt.date(2010, 1, 5))
    assert found("Xqzvbn Wprtkl") == []
    assert found("qqqqq") == []
    assert found("j") == []
    assert found("") == []
    assert found("01/13/2015") == []


@pytest.mark.django_db
def test_wrong_part_is_left_out_and_reported():
    person("John", "Smith", dt.date(2010, 1, 5))
    assert found("John Smith 31/02/2010") == ["John Smith"]
    assert parse_query("John Smith 31/02/2010").errors == ["31/02/2010 is not a real date"]


@pytest.mark.django_db
def test_limit_and_truncation():
    for day in range(1, 8):
        person("Olly", "Reed", dt.date(2010, 1, day))
    results = search_people(user=None, query="Olly Reed", limit=3)
    assert len(results) == 3 and results.truncated


@pytest.mark.django_db
def test_query_count_is_small_and_fixed():
    for day in range(1, 11):
        child = person("Nina", "Wood", dt.date(2010, 1, day))
        add_name(actor=None, person=child, kind=NameKind.PREVIOUS, given_name="Nina", family_name="Oak")
        add_address(actor=None, person=child, line_1=f"{day} Wood Lane", postcode="NP1 1AA")
    with CaptureQueriesContext(connection) as names:
        results = search_people(user=None, query="Nena Wod")
    assert len(results) == 10
    # restricted and merged ids, name tokens, candidates, later parts of compound names, then the page:
    # people with their current address
    assert len(names.captured_queries) <= 5
    with CaptureQueriesContext(connection) as postcode:
        results = search_people(user=None, query="NP1 1AA")
    assert len(results) == 10 and len(postcode.captured_queries) <= 4
    with CaptureQueriesContext(connection) as page:
        assert all(r.person.current_address.postcode == "NP1 1AA" for r in results)
    assert page.captured_queries == []  # the current address came with the page


@pytest.mark.django_db
def test_demo_generator_bulk_path_indexes_every_word():
    from hearth.demo.generate import DEMO_SPEC, generate, with_children

    result = generate(with_children(DEMO_SPEC, 30), today=dt.date(2025, 3, 12))
    names = list(PersonName.objects.all())
    expected = sorted((n.pk, w.part, w.position, w.word) for n in names for w in PersonNameWord.for_name(n))
    stored = sorted(PersonNameWord.objects.values_list("name_id", "part", "position", "word"))
    assert stored == expected
    assert 0 < result.counts["name_words"] <= len(expected)  # the rest: names the demo adds through the services
    # A later part of a generated compound name ("Udeen" in "Badr Udeen Latif" with this seed) is found on its own.
    compound = next(n for n in names if len(tokens(n.given_name)) > 1 or len(tokens(n.family_name)) > 1)
    given, family = tokens(compound.given_name), tokens(compound.family_name)
    query = f"{given[-1]} {family[0]}" if len(given) > 1 else f"{given[0]} {family[-1]}"
    assert compound.person_id in [r.person.pk for r in search_people(user=None, query=query, limit=100)]
