"""Checks of the hand-written held-out redaction set 130 (bench/redaction_set130.py) that do not use the detector: its
marking checks, its size, its own hard cases, organisations and landmarks left unmarked, and failing checks."""

from bench import redaction_set130 as s130
from tests import hand_set_checks as checks

NAMES, TOTAL = 597, 982
# names that are words or towns; scripts; short forms; odd formats
HARD = (("STYCH, Poppy", "name"), ("KUZMINS, Artjoms", "name"), ("SHELDON, Mark", "name"), ("SAMUEL Jaden", "name"), ("Simmy K", "name"),
        ("Kaci L", "name"), ("Lexi W", "name"), ("KEV B", "name"), ("RAJ", "name"), ("DEV", "name"), ("Denise St ych", "name"),
        ("Ethlyn\nAthill", "name"), ("popps", "name"), ("Aldridge", "name"), ("ALDRIDGE", "name"), ("HEATH", "name"), ("Brook", "name"),
        ("Summer Hodgkiss", "name"), ("Pearl", "name"), ("Paula Tyler", "name"), ("shane heath", "name"), ("ricky brook", "name"),
        ("kai", "name"), ("simran", "name"), ("gurvinder", "name"), ("rai", "name"), ("fullwood", "name"), ("Kez", "name"),
        ("Little Kez", "name"), ("Dima", "name"), ("Дима", "name"), ("Тёмы", "name"), ("Артёма", "name"), ("Оленька", "name"),
        ("Алису", "name"), ("Людой", "name"), ("Рианнон", "name"), ("Tyoma", "name"), ("Artyom", "name"), ("ਸੁਰਜੀਤ ਕੌਰ", "name"),
        ("ਹਰਜਿੰਦਰ ਸਿੰਘ ਕਲਸੀ", "name"), ("ਸਿਮਰਨ", "name"), ("Andris Bērziņš", "name"), ("Hadley", "name"), ("Kaur", "name"),
        ("Yvonne Edwards-Clarke", "name"), ("H. S. Kalsi", "name"), ("Aldridge", "place"), ("aldridge", "place"), ("clayhanger", "place"),
        ("walsall wood", "place"), ("Walsall\nWood", "place"), ("sirsa", "place"), ("cannock", "place"), ("coalpool", "place"),
        ("CANNOCK", "place"), ("WALSALL", "place"), ("Ригу", "place"), ("Даугавпилс", "place"), ("Liepāja", "place"), ("Riga", "place"),
        ("Daugavpils", "place"), ("St John's", "place"), ("St. John's", "place"), ("Gray's Farm", "place"), ("Bolans", "place"),
        ("Bhaini Sahib", "place"), ("Sri Jiwan Nagar", "place"), ("Delhi", "place"), ("Birmingham", "place"), ("Short Heath", "place"),
        ("Beechdale", "place"), ("Goscote", "place"), ("Alumwell", "place"), ("Bescot", "place"), ("Walsall", "place"),
        ("Willenhall", "place"), ("Bloxwich", "place"), ("Pelsall", "place"), ("Tanner Street", "address"), ("Gali No. 3", "address"),
        ("Rīgas iela 17-4", "address"), ("no. 19", "address"), ("no. 7", "address"), ("Flat 12", "address"), ("no 10", "address"),
        ("Lindon V1ew", "address"), ("Bloxwich\nRoad", "address"), ("High Street", "address"), ("Goscote Ln", "address"),
        ("Flat 11, Hollyhedge House", "address"), ("14 Old Birchills", "address"), ("Darwall Street", "address"), ("141126", "postcode"),
        ("LV-5401", "postcode"), ("WS8 7EF", "postcode"), ("Princess Margaret", "school"), ("Clare Hall", "school"),
        ("Ogley Vale", "school"), ("Lane Head", "school"), ("Goscote Vale", "school"), ("goscote vale", "school"),
        ("walsall college", "school"), ("Little Acorns\nPelsall", "school"), ("Pelsall Village\nSchool", "school"),
        ("Pelsall Village", "school"), ("Short Heath Juniors", "school"), ("Birchills C of E Community Academy", "school"),
        ("Shire Oak", "school"), ("+1 268 462 3187", "phone"), ("+1 268 464 9912", "phone"), ("+91 98152 46730", "phone"),
        ("+91 161 277 3894", "phone"), ("+371 2614 8830", "phone"), ("07723418905", "phone"), ("01543 372819", "phone"),
        ("02 / 06 / 2010", "dob"), ("2.6.2010", "dob"), ("07-07-2020", "dob"), ("27.08.2012", "dob"), ("14/02/2024", "dob"),
        ("23rd\nNovember 2026", "date"), ("2026-11-19", "date"), ("20-Nov-2026", "date"), ("26.11.26", "date"), ("nov 21", "date"),
        ("dec 2", "date"), ("14.11", "date"), ("16/11", "date"), ("29th", "date"), ("11-17 November", "date"), ("3-12-2026", "date"),
        ("1 Dec 2026", "date"), ("SJ 41 77 26 C", "ni"), ("PX 60 31 58 B", "ni"), ("FN67 WKT", "vehicle"), ("KE21 VXB", "vehicle"),
        ("VN68 LFE", "vehicle"), ("M335678182898", "upn"), ("829 412 2173", "nhs"), ("pastor.hazell@ntcgcaldmore.org.uk", "email"))
UNMARKED = ("Walsall Manor Hospital", "Brownhills Medical Centre", "Rushall Dental Care", "Willenhall Cars",
            "Pelsall Village Noticeboard", "Walsall Harriers", "New Testament Church of God", "Staffordshire Police",
            "Birmingham Dental Hospital", "BIRMINGHAM CHILDREN'S HOSPITAL", "Goscote Lane Children's Centre", "Fiveways Private Hire",
            "Whitehouse Lettings", "the Beacon Centre", "Fingerpost", "Polski sklep", "Tyson", "Antigua", "India", "Punjab", "Latvia",
            "Staffordshire", "Mummy G", "Babushka", "bhua", "ਬੀਜੀ", "Мама", "Nan to the kids", "NAN'S", "RB", "HL?", "S.B.",
            "FMU/26/4471", "NRPSI 30417", "PCSO 7731", "#086", "Namdhari", "the mela")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s130)


def test_the_counts():
    checks.counts(s130, NAMES, TOTAL)


def test_its_own_size_checks():
    spans = checks.spans(s130)
    assert len(spans) >= 900


def test_the_hard_cases_are_there():
    checks.hard_cases(s130, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s130)
    names = [words for words, kind in spans if kind == "name"]
    assert any(all("\u0a00" <= c <= "\u0a7f" or c == " " for c in name) for name in names)  # names in Gurmukhi
    assert any(all("\u0400" <= c <= "\u04ff" for c in name) for name in names)  # names in Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Cyrillic


def test_the_checks_can_fail():
    bad = ((s130.RECORD_B, [("bad", "Ring [[01922 45 906|phone]] about [[Jaden|name]], [[Sister Pearl|name]],"
                                    " [[Pastor Hazell|name]], [[Uncle Clive|name]], [[Madam Fullwood|name]], [[Gurmeet ji|name]],"
                                    " [[Babushka Valentina|name]] on [[Friday 11 December|date]] in [[Antigua|place]], [[Punjab|place]]"
                                    " and [[Latvia|place]].\n"
                                    "NHS [[605 207 6578|nhs]], UPN [[A335678182898|upn]], NI [[DQ 12 34 56 E|ni]]. Jaden said no.")]),)
    found = s130.problems(bad, record_ids=["6052076578"], record_phones=["01922 45 906"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Sister", "Pastor", "Uncle", "Madam", "Babushka"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "ji" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Antigua", "Punjab", "Latvia"):
        assert any(region in p and "marked as a place" in p for p in found), region
    assert any("NHS number fails its check digit: 605 207 6578" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Jaden' is marked as a name elsewhere" in p for p in found)
