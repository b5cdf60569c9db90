"""Checks of the hand-written held-out redaction set 65 (bench/redaction_set65.py) that do not use the detector:
its marking is clean, its size, its own hard cases and the organisations and landmarks it leaves unmarked."""

from bench import redaction_set65 as s65
from tests import hand_set_checks as checks

NAMES, TOTAL = 516, 941
# names that are words or towns; scripts; short forms; odd formats
HARD = (("HARGREAVES, Tyler", "name"), ("ASHCROFT, Hollie", "name"), ("SEITKALIYEV Yerlan Nurlanovich", "name"),
        ("OMAROVA Zhanar Serikovna", "name"), ("J Kirkham", "name"), ("D Hesketh", "name"), ("G. Pilkington", "name"),
        ("Shannon H", "name"), ("Dean O", "name"), ("Teg", "name"), ("Robbo", "name"), ("Big Si", "name"), ("Lacey-Mae", "name"),
        ("Ellie-Rose", "name"), ("Garsides", "name"), ("Cow", "name"), ("sour butts", "name"), ("Joanne Kirkham", "name"),
        ("Stuart Kirkham", "name"), ("Poulton", "name"), ("Hayley Poulton", "name"), ("Lytham", "name"), ("Daniel Lytham", "name"),
        ("Cheryl Preston", "name"), ("Preston", "name"), ("Tom Singleton", "name"), ("Singleton", "name"), ("Summer", "name"),
        ("Joy Fletcher", "name"), ("Imogen Frost", "name"), ("Crook", "name"), ("Fiona Kitchen", "name"), ("Jack Bamber", "name"),
        ("Ġużeppi", "name"), ("Ċensu", "name"), ("Madina lbraeva", "name"), ("ASHCR0FT", "name"), ("YERLANULY", "name"),
        ("ЕРЛАНҰЛЫ", "name"), ("СЕЙІТҚАЛИЕВ", "name"), ("Әлихан Сейітқалиев", "name"), ("Гүлнара Омарова", "name"), ("Аружан", "name"),
        ("Алиш", "name"), ("Seitkaliyeva", "name"), ("Омаровтар", "name"), ("mason singleton", "name"), ("ruby", "name"),
        ("robbo", "name"), ("Sandra\nLeadbetter", "name"), ("Antoine\nCamilleri", "name"), ("Fenwick", "name"), ("Hall", "name"),
        ("Kirkham", "place"), ("kirkham", "place"), ("Poulton", "place"), ("Preston", "place"), ("Thornton", "place"),
        ("Thornton-Cleveleys", "place"), ("Thornton-Cleveley s", "place"), ("Lytham St Annes", "place"), ("Knott End", "place"),
        ("Knott End-on-Sea", "place"), ("Barrow-in-\nFurness", "place"), ("clevs", "place"), ("clevelys", "place"), ("mereside", "place"),
        ("Шымкент", "place"), ("Престона", "place"), ("Астане", "place"), ("Рибблтон", "place"), ("Żabbar", "place"),
        ("Marsaskala", "place"), ("Santa Venera", "place"), ("Al-Farabi", "place"), ("Squires Gate", "place"), ("Manchester", "place"),
        ("12, Triq il-Kbira", "address"), ("мкр. Нурсат, дом 112, кв. 45", "address"), ("Kirkstall Avenue 64", "address"),
        ("Flat 3, Triq San Pawl", "address"), ("no 43", "address"), ("no. 10", "address"), ("Broad way", "address"),
        ("Poulton\nRoad", "address"), ("I9 Meadows Ave", "address"), ("ZBR 1530", "postcode"), ("MSK 2150", "postcode"),
        ("Mereside", "school"), ("Layton", "school"), ("carr hill", "school"), ("kirkham grammar", "school"), ("School No. 41", "school"),
        ("Larkholme\nPrimary", "school"), ("Rossall", "school"), ("Rossall", "place"), ("12 желтоқсан", "date"), ("3 декабря", "date"),
        ("21-го", "date"), ("20", "date"), ("23.11.2026", "date"), ("26th\nNovember 2026", "date"), ("I9/11/2026", "date"),
        ("28/11/2O26", "date"), ("O4.06.2014", "date"), ("14th", "date"), ("18", "date"), ("20 dec", "date"), ("2l/06/2011", "dob"),
        ("30th jan 2012", "dob"), ("twenty seventh of May two thousand and fourteen", "dob"), ("21-Jun-2011", "dob"),
        ("+7 701 438 2917", "phone"), ("+7 725 253 4410", "phone"), ("+356 7942 1180", "phone"), ("+356 2148 3376", "phone"),
        ("01253 872540", "phone"), ("PK19 XWF", "vehicle"), ("PN68 KUW", "vehicle"), ("YX17 OPL", "vehicle"), ("JX 41 62 07 B", "ni"),
        ("644 837 7875", "nhs"), ("Y890252601815", "upn"), ("dorianne.vella@gov.mt", "email"))
UNMARKED = ("HMP Kirkham", "Blackpool Victoria Hospital", "Pleasure Beach", "North Pier", "Manchester Square", "Coral Island", "Sealife",
            "Marine Hall", "Freeport", "Jubilee Gardens", "Mythic Coast", "Laser Quest", "Strawbury Duck", "Mereside Family Hub",
            "Layton Family Hub", "Wesham Community Centre", "Wesham Fire Station", "Lytham Family Centre", "Royal Preston Hospital",
            "Preston North End", "Blackpool Central Library", "Thornton Medical Centre", "Crescent Surgery", "Aġenzija Appoġġ",
            "Lingua Fylde", "Tower Coast Council", "Lancashire Constabulary", "Blackpool Teaching Hospitals", "Kazakhstan", "Malta",
            "Lancashire", "Fylde Locality", "Ferret", "Biscuits", "miġnuna", "Әже", "Ата", "Nannu", "ziju", "deano_fy5", "summ3r.xo",
            "si.h.1988", "tegsxx", "A4471FK", "MISPER 26-4418", "CIOL 61304", "0873341", "JK", "Blackpool tower", "Блэкпул мұнарасы",
            "the Blackpool tower")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s65)


def test_the_counts():
    checks.counts(s65, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s65, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s65)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Kazakh and Russian Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled first names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s65.RECORD_C, [("bad", "Ring [[01253 402 61|phone]] about [[Nannu Ċensu|name]], [[ziju Mario|name]], [[Әже Гүлнара|name]]"
                                    " and [[Mrs Omarova|name]] on [[Tuesday 8 December|date]] in [[Kazakhstan|place]] and"
                                    " [[Malta|place]]. NHS [[454 026 1488|nhs]]. Aruzhan said no, [[Aruzhan|name]] said yes.")]),)
    found = s65.problems(bad, record_ids=["4540261488"], record_phones=["01253 402 61"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Nannu", "ziju", "Әже", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kazakhstan", "Malta"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 454 026 1488" in p for p in found)
    assert any("'Aruzhan' is marked as a name elsewhere" in p for p in found)
