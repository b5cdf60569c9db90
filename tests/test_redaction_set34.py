"""Checks of the hand-written held-out redaction set 34 (bench/redaction_set34.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set34 as s34
from tests import hand_set_checks as checks

NAMES, TOTAL = 646, 1176
# names that are words or towns; scripts; short forms; odd formats
HARD = (("COTTON, Jade", "name"), ("BROOKS, Aaron", "name"), ("EZE, Chukwuemeka", "name"), ("KOWALCZYK, Agnieszka", "name"),
        ("WISNIEWSKA, Zofia", "name"), ("DOHERTY Kay1eigh", "name"), ("G Roy1e", "name"), ("G.Royle", "name"), ("E. Marsh", "name"),
        ("K Asiedu", "name"), ("Bev C", "name"), ("Aaliyah\nRose", "name"), ("Summer", "name"), ("summer", "name"),
        ("summer-rose", "name"), ("Summer-Rose", "name"), ("Jadey Cotton", "name"), ("harold", "name"), ("Harold Bennett", "name"),
        ("Joy", "name"), ("Ellie Marsh", "name"), ("Precious", "name"), ("Innocent", "name"), ("Gift Adeyemi", "name"),
        ("Blessing Oduya", "name"), ("Rose Nabirye", "name"), ("Tiny", "name"), ("tiny", "name"), ("Shotta", "name"), ("Kato", "name"),
        ("Mukasa", "name"), ("IVAN MUKASA", "name"), ("Emeka", "name"), ("emeka", "name"), ("chi", "name"), ("ada", "name"),
        ("Christaki", "name"), ("Costas", "name"), ("Kuba", "name"), ("Zosia", "name"), ("Zosieńka", "name"), ("Halinka", "name"),
        ("Tomek", "name"), ("Aga", "name"), ("Παναγιώτα", "name"), ("Παναγιώτα Γεωργίου", "name"), ("Στέλλα Χατζηπέτρου", "name"),
        ("Ελένης", "name"), ("Χρίστου", "name"), ("Constantinou", "name"), ("Pattichis", "name"), ("Harold Hill", "place"),
        ("elm park", "place"), ("hornchurch", "place"), ("enfield lock", "place"), ("yarmouth", "place"), ("YARMOUTH", "place"),
        ("lagos", "place"), ("Thames View", "place"), ("Grahame Park", "place"), ("Broadwater Farm", "place"),
        ("Upper Edmonton", "place"), ("Edmonton Green", "place"), ("The Hyde", "place"), ("Ntinda", "place"), ("Kireka", "place"),
        ("Wejherowa", "place"), ("Wejherowo", "place"), ("Gdynia", "place"), ("Pachna", "place"), ("Πάχνα", "place"),
        ("Λεμεσού", "place"), ("Λεμεσός", "place"), ("Σάουθγκεϊτ", "place"), ("Romford", "place"), ("Barking", "place"),
        ("31", "address"), ("no. 29", "address"), ("Flat 14", "address"), ("Flat l4", "address"), ("27 chatteris", "address"),
        ("Shrubbery House", "address"), ("Flat 36, Shrubbery House\nJoyce Avenue", "address"), ("Plot 14, Kigoowa Road", "address"),
        ("ul. Sobieskiego 31/4", "address"), ("Οδός Αγίου Ανδρέου 118", "address"), ("Green Lanes", "address"), ("84-200", "postcode"),
        ("RM3", "postcode"), ("N13", "postcode"), ("angel road", "school"), ("Hilldene Tots", "school"), ("Little Acorns", "school"),
        ("St Kizito Ntinda", "school"), ("Agia Paraskevi Greek Community School", "school"), ("19th", "date"), ("26th", "date"),
        ("28th", "date"), ("21/l0/26", "date"), ("November 24, 2026", "date"), ("17 Νοεμβρίου 2026", "date"), ("22 of October", "date"),
        ("2nd Sept 2026", "date"), ("05 / 06 / 2012", "dob"), ("03-03-07", "dob"), ("+357 99 648213", "phone"),
        ("+256 772 418 593", "phone"), ("+256 414 530 218", "phone"), ("+48 601 284 377", "phone"), ("+234 803 415 2298", "phone"),
        ("HN 30 12 81 C", "ni"), ("LK17 WFX", "vehicle"), ("LD68 KHN", "vehicle"), ("337 829 2962", "nhs"), ("Z311776721852", "upn"),
        ("hnalwoga81@gmail.com", "email"))
UNMARKED = ("Romford Town Hall", "Romford Police Station", "Harold Hill Family Hub", "Harold Hill Food Bank", "Queen's Hospital",
            "Barnet Hospital", "Chase Farm Hospital", "North Middlesex", "Thames View Health Centre", "Grahame Park HC",
            "Barkingside Magistrates' Court", "Kampala Pentecostal Church UK", "Edmonton Green Boxing Academy", "Enfield Homes",
            "Ford Dagenham", "Fox Lane Surgery", "Gooshays Surgery", "Manford Way Health Centre", "Rosewood Lodge", "Solace Women's Aid",
            "St Giles Trust", "Hainault Forest", "Fairlop Waters", "Owino market", "Science Museum", "Bruno", "Cyprus", "Κύπρο", "Uganda",
            "Norfolk", "Essex", "Ssenga", "Ssebo", "babcia", "Ciocia", "Pappou", "Yiayia", "Κυρία", "junior", "t1ny.n17", "emekz.n18",
            "ifeoma_w", "A.H.", "E.M.", "6120EA", "116 123", "NRPSI 17206", "26MER041877", "BH 2291047", "June 2024")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s34)


def test_the_counts():
    checks.counts(s34, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s34, HARD, UNMARKED, split=("name", "address"))


def test_its_own_hard_cases():
    spans = checks.spans(s34)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Greek script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Greek script


def test_the_checks_can_fail():
    bad = (
        (
            s34.RECORD_C,
            [
                (
                    "bad",
                    "Ring [[020 8886 412|phone]] about [[Ssenga Harriet|name]], [[Pappou Costas|name]], [[Κυρία Παναγιώτα|name]],"
                    " [[Babcia Halina|name]], [[Pastor Emmanuel Ssekandi|name]] and [[Mason junior|name]] on"
                    " [[Friday 18 December|date]] in [[Cyprus|place]], [[Uganda|place]] and [[Norfolk|place]].\n"
                    "NHS [[337 829 2963|nhs]], NI [[DQ 12 34 56 E|ni]]. Precious said no.",
                )
            ],
        ),
    )
    found = s34.problems(bad, record_ids=["3378292963"], record_phones=["020 8886 412"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 020 8886 412" in p for p in found)
    for word in ("Ssenga", "Pappou", "Κυρία", "Babcia", "Pastor"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "junior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Cyprus", "Uganda", "Norfolk"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 337 829 2963" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
