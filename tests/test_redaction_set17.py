"""Checks of the hand-written held-out redaction set 17 (bench/redaction_set17.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set17 as s17
from tests import hand_set_checks as checks

# spoken forms, names that are words or towns, scripts, odd formats
HARD = (("nine white rock close", "address"), ("T Q four, seven P L", "postcode"), ("eleventh of April ninety-eight", "dob"),
        ("w a one nine", "vehicle"), ("07826 301447", "phone"), ("Newton", "place"), ("Newton Abbot", "place"), ("Jess Newton", "name"),
        ("Kettering", "place"), ("Lorna Kettering", "name"), ("Ellie Bedford", "name"), ("bedford", "name"), ("Bedford", "place"),
        ("Mercedes Adjei", "name"), ("Mercedes", "name"), ("Ivy", "name"), ("Precious", "name"), ("Harris", "name"), ("Ashby", "name"),
        ("Tyler Bond", "name"), ("Hannah", "name"), ("Joel", "name"), ("Dochertys", "name"), ("Gallachers", "name"), ("Aggie", "name"),
        ("Bev", "name"), ("Jimmy", "name"), ("Stringy", "name"), ("K Dot", "name"), ("Smoke", "name"), ("Tia-Rose", "name"),
        ("holloway", "name"), ("Sandy Mudge", "name"), ("Behzad Rahimi", "name"), ("Rostam", "name"), ("Kaveh Navabi", "name"),
        ("Kwame Owusu-Bekoe", "name"), ("Amir HOSSEINI", "name"), ("LUSCOMBE, Jade", "name"), ("CHOUDHURY Tasnim", "name"),
        ("GRANT, Kyrie Marcus", "name"), ("Lowenna\nHarvey", "name"), ("Jubayer", "name"), ("Fernandes", "name"), ("Joelzinho", "name"),
        ("Lishu", "name"), ("Mudge", "name"), ("Whitcombe", "name"), ("Hale", "name"), ("tasnim", "name"), ("poppy", "name"),
        ("তাসনিম", "name"), ("আয়েশা", "name"), ("রেহানা", "name"), ("نگین", "name"), ("یاسی", "name"), ("یاسمن", "name"),
        ("John Madejski Academy", "school"), ("JMA", "school"), ("st joes", "school"), ("Tresham college", "school"),
        ("reading college", "school"), ("activate learning", "school"), ("Shahid Beheshti", "school"), ("BSG", "school"),
        ("Holy Rood", "school"), ("Queens Park Academy", "school"), ("13 Farvardin 1389", "dob"), ("13/01/1389", "dob"),
        ("01/01/2004", "dob"), ("30th jan", "dob"), ("10", "date"), ("14 aug", "date"), ("6.10", "date"), ("Loon-Plage", "place"),
        ("springbourne", "place"), ("calais", "place"), ("Market\nHarborough", "place"), ("SWINDON", "place"), ("Desborough", "place"),
        ("Boscombe", "place"), ("Old Town", "place"), ("Mehrshahr", "place"), ("Gohardasht", "place"), ("King Charles Street", "address"),
        ("Palace Avenue", "address"), ("NJ 482761C", "ni"), ("SE527019A", "ni"), ("+880 1911 384 027", "phone"),
        ("+91 832 271 4496", "phone"), ("+98 912 348 5071", "phone"), ("+351 912 604 381", "phone"), ("KN19 WDZ", "vehicle"),
        ("999 605 7305", "nhs"), ("B928707523691", "upn"))
UNMARKED = ("Clare's Law", "Merton", "Big Man", "Diesel", "Biscuit", "Peppa Pig", "Corby Cube", "Corby Town", "Celtic", "Wicksteed Park",
            "the Oracle", "Fisherman's Walk", "Reading Youth Court", "Reading railway station", "reading station",
            "Paignton Police Station", "HMP Exeter", "Exeter Crown Court", "Torbay Hospital", "Great Western Hospital",
            "Queens Park Health Centre", "Gordon Moody", "Boscombe Grace Church", "Chine Crest Hotel", "Change Grow Live",
            "Reading Borough Council", "St Brendan's", "Anthony Joshua", "Noah's ark", "Ave Maria", "St Francis", "allah", "Nowruz",
            "Ammu", "Avó", "Tia ", "Bhai", "khanom", " jan ❤️", "Kaka", "Rev.", "Mai", "Papa", "Torbay", "Goa", "St Catherine", "Jamaica",
            "Bangladesh", "Serbia", "Iran", "Dorset", "tummy mummy", "Hollie Guard", "Audi A3", "Life360", "Karma Nirvana",
            "Westward Housing", "GAMSTOP", "Moredon and Gorse Hill Medical Partnership", "Southside ABC", "Adopt Welland",
            "Wee Willie Winkie", "Migrant Help", "Clearsprings Ready Homes")


def test_the_hard_cases_are_there():
    checks.hard_cases(s17, HARD, UNMARKED)


def test_its_own_hard_cases():
    spans = checks.spans(s17)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali and Persian script
    assert any("-" in name and name[0].isupper() for name in names)  # hyphenated names
    for kind in ("place", "address", "school"):
        assert any(words.islower() for words, k in spans if k == kind), kind  # lower case in messages


def test_the_checks_can_fail():
    bad = ((s17.RECORD_F, [("bad", "Ring [[01202 12839|phone]] about [[Negin jan|name]], [[Jubayer Bhai|name]], [[Lucy khanom|name]],"
                                    " [[Nana Aggie|name]], [[Khale Mahnaz|name]], [[Rev. Coombes|name]] and [[Kaka Rostam|name]] on"
                                    " [[Fri 9 October|date]] in [[Goa|place]], [[Iran|place]], [[Dorset|place]] and [[Torbay|place]].\n"
                                    "NHS [[999 605 7306|nhs]], UPN [[A822292113181|upn]], NI [[QQ 12 34 56 E|ni]]. Negin said no.")]),)
    found = s17.problems(bad, record_ids=["9996057306"], record_phones=["01202 12839"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01202 12839" in p for p in found)
    for word in ("jan", "Bhai", "khanom"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    for word in ("Nana", "Khale", "Rev.", "Kaka"):
        assert any("title or kinship word" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Goa", "Iran", "Dorset", "Torbay"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 999 605 7306" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Negin' is marked as a name elsewhere" in p for p in found)
