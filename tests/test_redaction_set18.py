"""Checks of the hand-written held-out redaction set 18 (bench/redaction_set18.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set18 as s18
from tests import hand_set_checks as checks

# names that are towns or words, places that are names, scripts, odd formats
HARD = (("UNSWORTH, Paisley-Mae", "name"), ("Paisley", "name"), ("Bentley", "name"), ("Leigh Fairclough", "name"), ("Leigh", "place"),
        ("Dom Atherton", "name"), ("Atherton", "place"), ("Bedford", "place"), ("Bradshaw", "name"), ("Bradshawgate", "address"),
        ("no. 19", "address"), ("number 11", "address"), ("Gráinne Doherty", "name"), ("Chantelle\nBOARDMAN", "name"), ("Hume", "name"),
        ("Hume", "place"), ("Humes", "name"), ("Kev Hume", "name"), ("Ord", "name"), ("Hetherington", "name"), ("Stace", "name"),
        ("Berwick", "place"), ("Berwick-upon-Tweed", "place"), ("Coldstream", "place"), ("Kelso", "place"),
        ("Coldstream Primary", "school"), ("Newtown St Boswells", "place"), ("TWEEDSIDE MIDDLE SCHOOL", "school"),
        ("Spittal Links", "school"), ("Spittal", "place"), ("Sandgate", "address"), ("018907 51 384", "phone"), ("SN21 VOK", "vehicle"),
        ("Mehwish BIBI", "name"), ("ہادیہ", "name"), ("زیان", "name"), ("مہوش جاوید", "name"), ("Pind Dadan Khan", "place"),
        ("Jhelum", "place"), ("Nabila", "name"), ("Imran", "name"), ("Mohammed Aslam", "name"), ("Qureshi", "name"), ("Anwar", "name"),
        ("Walsall College", "school"), ("Whitehouse", "name"), ("Preston Caddick", "name"), ("Preston", "name"), ("Preston", "place"),
        ("Preston's", "school"), ("Cartmell", "name"), ("2nd of July", "dob"), ("Nova", "name"), ("Nova PLATT", "name"),
        ("PLATT, Tayla", "name"), ("Aylin", "name"), ("Ердинч", "name"), ("24 февруари 2011", "dob"), ("K 4471 AM", "vehicle"),
        ('OU "Hristo Botev"', "school"), ('ul. "Treti mart" 27', "address"), ("Erdi", "name"), ("Dzhebel", "place"), ("Kirkovo", "place"),
        ("Momchilgrad", "place"), ("Kardzhali", "place"), ("Sofia", "place"), ("Wood", "name"), ("theo.macauley", "name"),
        ("T. Kallon", "name"), ("freetown", "place"), ("wellington", "place"), ("Wellington", "place"), ("Waterloo", "place"),
        ("Kissy", "place"), ("grace", "name"), ("Grace", "name"), ("Grace Kamara-Macauley", "name"),
        ("MACAULEY, Theophilus Ebenezer", "name"), ("Theophilus", "name"), ("MACAULEY", "name"), ("Olive", "name"), ("Memuna", "name"),
        ("Foday", "name"), ("Brussels", "place"), ("Unit 4, Cobden Street", "address"), ("Unit 3, 52 Nantwich Road", "address"),
        ("Kolev", "name"), ("Wigan", "place"), ("+232 76 418 902", "phone"), ("+359 88 741 2093", "phone"), ("+92 321 5478309", "phone"),
        ("07738204519", "phone"), ("SX480327C", "ni"), ("9 Kiln Hill", "address"), ("TD15 2BQ", "postcode"), ("09.08.15", "dob"),
        ("17.01.2024", "dob"), ("L355900315397", "upn"), ("637 505 8279", "nhs"), ("St Edward's RC Primary", "school"))
UNMARKED = ("Royal Albert Edward Infirmary", "Leigh Leopards", "Coldstream Guards", "Berwick\n   Rangers", "Shielfield Park",
            "Preston North End", "Walsall Manor Hospital", "Family Court at Birmingham", "Birmingham Airport", "Bedford Medical Practice",
            "Longridge Health Centre", "Swinton Medical Centre", "Salford CID", "Turnpike House", "Black Country Women's Aid",
            "Eagle Bridge Health and Wellbeing Centre", "Rope Green Medical Centre", "Lancashire Women", "Change Grow Live",
            "Manchester City", "Haaland", "ALLAH", "SMOOTHWALL MONITOR", "fatme.hasanova89", "0808 800 5000", "BF8814", "7AL", "Dadi",
            "Ammi", "Phupho", "Qari", "Haji", "hoca", "teyze", "amca", "бате", "Prophetess", "Aunty", "Northumberland", "Bulgaria",
            "Sierra Leone", "Pakistan", "Cheshire", "Horrid Henry", "You Are My Sunshine", "Cow & Gate", "Sahara Travel", "NHS Borders",
            "Fire of Pentecost Deliverance Ministry", "MASJID GHAUSIA RIZVIA", "Caldmore Medical Practice")


def test_the_hard_cases_are_there():
    checks.hard_cases(s18, HARD, UNMARKED, split=("name",))


def test_its_own_hard_cases():
    spans = checks.spans(s18)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not name.isascii() and any(c.isascii() for c in name) for name in names)  # diacritics
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    for kind in ("place", "name"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in a child's typing


def test_the_checks_can_fail():
    bad = ((s18.RECORD_E, [("bad", "Ring [[01270 3715|phone]] about [[Aylin|name]], [[Nazife teyze|name]], [[Sezgin amca|name]],"
                                    " [[Qari Imran|name]], [[hoca Ismail|name]], [[Prophetess Adama|name]] and [[Pa Foday|name]] on"
                                    " [[Wed 21 October|date]] in [[Bulgaria|place]], [[Northumberland|place]], [[Sierra Leone|place]] and"
                                    " [[the Black Country|place]].\n"
                                    "NHS [[724 036 9901|nhs]], UPN [[B895864713461|upn]], NI [[DQ 12 34 56 E|ni]]. Aylin said no.")]),)
    found = s18.problems(bad, record_ids=["7240369901"], record_phones=["01270 37"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01270 3715" in p for p in found)
    assert any("kinship word after a name" in p and "teyze" in p for p in found)
    assert any("kinship word after a name" in p and "amca" in p for p in found)
    for title in ("Qari", "hoca", "Prophetess", "Pa"):
        assert any("title or kinship word" in p and title in p for p in found), title
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Bulgaria", "Northumberland", "Sierra Leone", "the Black Country"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 724 036 9901" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Aylin' is marked as a name elsewhere" in p for p in found)
