"""Checks of the hand-written held-out redaction set 104 (bench/redaction_set104.py) that do not use the detector:
its own marking checks, its size, its hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set104 as s104
from tests import hand_set_checks as checks

NAMES, TOTAL = 513, 919  # gold name spans and all gold spans
HARD = (("WRAGG, Tyler", "name"), ("PYKA, Justyna", "name"), ("KOWOL, Grzegorz", "name"), ("SEITOVA Lenara", "name"),
        ("SEVERN, CHARD0NNAY", "name"), ("Summer H", "name"), ("K. Ashmore", "name"), ("W Bagguley", "name"), ("Summer", "name"),
        ("summer", "name"), ("Tonka", "name"), ("Dibs", "name"), ("Jack Straw", "name"), ("Grzesiek", "name"), ("Oliwko", "name"),
        ("Szymkiem", "name"), ("Ленара", "name"), ("Сервер", "name"), ("Светлана", "name"), ("Priya Selston", "name"), ("Kirkby", "name"),
        ("Yvonne Rainworth", "name"), ("Denise Ollerton", "name"), ("Tasha Blidworth", "name"), ("Margaret Rufford", "name"),
        ("Jean Pye", "name"), ("Dean Skegby", "name"), ("Amber-Rose", "name"), ("amber rose", "name"), ("Selston", "place"),
        ("Kirkby", "place"), ("Ollerton", "place"), ("Pye Bridge", "place"), ("Skegby", "place"), ("Sutton", "place"),
        ("Skeggy", "place"), ("woodhouse", "place"), ("linc", "place"), ("bulwell", "place"), ("Хакнолла", "place"), ("Київ", "place"),
        ("Bakhchysarai", "place"), ("Ruda Śląska", "place"), ("Jacks dale", "place"), ("lronville", "place"),
        ("Portland\nRoad", "address"), ("number 12", "address"), ("14", "address"), ("Sonnenallee 112", "address"),
        ("ul. Piaskowa 9/4", "address"), ("Rose Cottage, 44 Mansfield Road", "address"), ("Rose Cottage", "address"),
        ("12045", "postcode"), ("41-700", "postcode"), ("NGl6 5JX", "postcode"), ("NG15", "postcode"), ("Quarrydale", "school"),
        ("Samworth", "school"), ("Leen Mills", "school"), ("l5/03/2009", "dob"), ("Mar 3rd 2022", "date"), ("2022-07-21", "date"),
        ("28th", "date"), ("+380 50 318 7726", "phone"), ("+48 32 271 44 86", "phone"), ("+7 978 215 44 09", "phone"),
        ("JH 27 40 15 C", "ni"), ("FX66 PKE", "vehicle"), ("SD17 WUX", "vehicle"), ("941 921 0634", "nhs"), ("G891186091390", "upn"),
        ("stacey.g1990@hotmail.co.uk", "email"))
UNMARKED = ("Vicar Water", "Forest Town Arena", "Woodhouse Colts", "Sutton Town", "Ashfield District Council", "Queen's Medical Centre",
            "King's Mill", "Kings Mill", "Sherwood Forest Hospitals", "Limes Medical Practice", "Churchside Medical Practice",
            "Vision West Notts College", "Little Acorns", "Homes for Ukraine", "Language Line", "Kooth", "Sports Direct", "Greggs",
            "Pickle", "Bruno", "tonka.mfd", "kaiboi11", "Crimea", "Poland", "Nottinghamshire", "Балам", "Ciocia", "KM4418821",
            "WEB-104-77219", "Ashgate", "Clare's Law", "Op Reacher", "Sürgünlik")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s104)


def test_the_counts():
    checks.counts(s104, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s104, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s104)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script


def test_the_checks_can_fail():
    bad = ((s104.RECORD_D, [("bad", "Ring [[01623 42|phone]] about [[Ciocia Ewa|name]], [[pani Val|name]] and"
                                     " [[babcia Hilda|name]] on [[Sunday 8 November|date]] in [[Crimea|place]] and"
                                     " [[Poland|place]]. Oliwia said no, [[Oliwia|name]] said yes.")]),)
    found = s104.problems(bad)
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Ciocia", "pani", "babcia"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Crimea", "Poland"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Oliwia' is marked as a name elsewhere" in p for p in found)
