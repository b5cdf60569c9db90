"""Checks of the hand-written held-out redaction set 103 (bench/redaction_set103.py) that do not use the detector:
its marking passes the shared checker, its size, its own hard cases and the strings it leaves unmarked, and that its
checks can fail."""

from bench import redaction_set103 as s103
from tests import hand_set_checks as checks

NAMES, TOTAL = 512, 918
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BRUMBY, Mason", "name"), ("MWANGI, Baraka", "name"), ("WAIRIMU, Amani", "name"), ("ODLING, Libby", "name"),
        ("Ellis KETTLEBOROUGH", "name"), ("Siriporn AINSWORTH", "name"), ("CHAIYASIT", "name"), ("Lily A", "name"), ("Olivia D", "name"),
        ("N Cawkwell", "name"), ("B Fowler", "name"), ("Lacey-Mae", "name"), ("Alfie-Jay", "name"), ("alfie jay", "name"),
        ("Nok", "name"), ("nok", "name"), ("นก", "name"), ("ศิริพร", "name"), ("ลิลี่", "name"), ("มาร์ติน", "name"),
        ("มะลิ ไชยสิทธิ์", "name"), ("Ploy", "name"), ("Stace Marie", "name"), ("Sandra Odling", "name"), ("Sowerbys", "name"),
        ("Ndungus", "name"), ("Dawn", "name"), ("brumby", "name"), ("Deano", "name"), ("Kett", "name"), ("Shaz", "name"),
        ("shaz", "name"), ("jaxy", "name"), ("Jax", "name"), ("Dara", "name"), ("Hartley", "name"), ("Tinsley", "name"),
        ("Crook", "name"), ("Callum stather", "name"), ("Tracy Rayner", "name"), ("Paige\nTorn", "name"), ("Grace\n   Wetherill", "name"),
        ("Kamau", "name"), ("mwangi", "name"), ("Wanjiru", "name"), ("Baraka", "name"), ("carol", "name"), ("jamie", "name"),
        ("Westcliff", "place"), ("westcliff", "place"), ("Frodingham", "place"), ("Ashby", "place"), ("ashby", "place"),
        ("Crowle", "place"), ("crowle", "place"), ("Crawl", "place"), ("Ealand", "place"), ("e land", "place"), ("ealing", "place"),
        ("Messingham", "place"), ("Barton-upon-Humber", "place"), ("barton", "place"), ("scunny", "place"), ("Ermine", "place"),
        ("ermine", "place"), ("Nunsthorpe", "place"), ("Udon Thani", "place"), ("udon", "place"), ("อุดร", "place"),
        ("Ban Dung", "place"), ("Thika", "place"), ("Juja", "place"), ("Kirton in Lindsey", "place"), ("Kirton Lindsey", "place"),
        ("BRIGG", "place"), ("SCUNTHORPE", "place"), ("Plot 114, Kenyatta Road", "address"), ("to Stonegate\ncottages", "address"),
        ("7 Wrawby\nStreet", "address"), ("Ashby High Street", "address"), ("Freeman Street", "address"), ("monks rd", "address"),
        ("41 enderby rd", "address"), ("no 43", "address"), ("no. 9", "address"), ("Room 6, 40 Monks Road", "address"),
        ("DN17 1QT", "postcode"), ("DN15 7NA", "postcode"), ("Riddings Vale", "school"), ("Sir John Nelthorpe", "school"),
        ("DN Colleges", "school"), ("Mang'u", "school"), ("Messingham\nPrimary", "school"), ("Little Owls", "school"),
        ("Tiny Acorns", "school"), ("19 พ.ย. 2569", "date"), ("19 Nov 2026", "date"), ("1/12/26", "date"), ("7th Dec", "date"),
        ("17th dec", "date"), ("Aug 14 2026", "date"), ("10th", "date"), ("25th", "date"), ("22/04/2017", "dob"), ("2.4.2007", "dob"),
        ("+66 81 462 7315", "phone"), ("+254 722 418 306", "phone"), ("+254 20 271 4480", "phone"), ("PH 48 19 63 C", "ni"),
        ("JX 73 18 42 B", "ni"), ("YK21 OWB", "vehicle"), ("FY68 KZT", "vehicle"), ("298 426 9632", "nhs"), ("V813268793515", "upn"),
        ("pauline.wadd61@hotmail.co.uk", "email"))
UNMARKED = ("Ancholme Vale Council", "Humberside Police", "Scunthorpe General Hospital", "Ashby Turn Practice",
            "Trent View Medical Practice", "Grimsby Combined Court", "HMP Humber", "Appleby-Frodingham", "Jesus Celebration Centre",
            "African Families\nNetwork", "Thai Orchid", "Humber Bridge Board", "Humber Youth Routes", "Church Square House",
            "Glanford Park", "St Oswald's", "Change Grow Live", "Caring Dads", "Roxy", "Pickle", "Biscuit", "Uingereza", "Thailand",
            "school in Kenya", "Isan", "Cucu", "Mam", "Shemeji", "Khun", "Pastor", "mister", "1 3 7", "K448120", "MISPER 26-4471",
            "WEB-CC-2026-118734", "July 2026")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s103)


def test_the_counts():
    checks.counts(s103, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s103, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s103)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Thai script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Thai script


def test_the_checks_can_fail():
    bad = ((s103.RECORD_E, [("bad", "Ring [[01724 296 51|phone]] about [[Mama Baraka|name]], [[Pastor Otieno|name]],"
                                     " [[Khun Dara|name]] and [[mister Hartley|name]] on [[Sunday 6 December|date]] in"
                                     " [[Kenya|place]], [[Thailand|place]] and [[North Lincolnshire|place]].\n"
                                     "NHS [[975 251 0966|nhs]]. Baraka said no.")]),)
    found = s103.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Mama", "Pastor", "Khun", "mister"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kenya", "Thailand", "North Lincolnshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit" in p for p in found)
    assert any("'Baraka' is marked as a name elsewhere" in p for p in found)
