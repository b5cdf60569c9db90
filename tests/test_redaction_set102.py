"""Checks of the hand-written held-out redaction set 102 (bench/redaction_set102.py) that do not use the detector:
its size, its own hard cases and its marking checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set102 as s102
from tests import hand_set_checks as checks

NAMES, TOTAL = 523, 1004
# names that are words or towns; scripts; short forms; odd formats
HARD = (("TOLLEY, Kayleigh", "name"), ("HICKMAN, Darren James", "name"), ("HOLLAND, Ryan", "name"), ("Yarnold, Megan", "name"),
        ("Leanne\nMoss", "name"), ("Hana\nProuse", "name"), ("Okot Patrick", "name"), ("Aber Joy", "name"), ("Lamunu Florence", "name"),
        ("MaNdlovu", "name"), ("Khumalo", "name"), ("Thoko", "name"), ("Lulu", "name"), ("Lihle", "name"), ("Sithe", "name"),
        ("Summer", "name"), ("summer", "name"), ("Grace", "name"), ("Joy", "name"), ("joy", "name"), ("Precious", "name"),
        ("Dawn", "name"), ("Dawn Kings", "name"), ("Jean Malvern", "name"), ("Jordan Studley", "name"), ("Kane Studley", "name"),
        ("Chantelle Hands", "name"), ("Craig Bishop", "name"), ("Nathan Eden", "name"), ("Gavin Share", "name"), ("Kathy Lane", "name"),
        ("Dee", "name"), ("Ty", "name"), ("Pol", "name"), ("San", "name"), ("san", "name"), ("mase", "name"), ("kaylz", "name"),
        ("jords", "name"), ("Jord", "name"), ("jamie c", "name"), ("Craig B", "name"), ("Gemma R", "name"), ("K. Tolley", "name"),
        ("Hüseyin Aydın", "name"), ("Lily-Rose", "name"), ("lily-rose", "name"), ("حفصہ", "name"), ("نازیہ", "name"),
        ("Muhammad Rafiq", "name"), ("Abdul Ghafoor", "name"), ("Sahota", "name"), ("Webb", "name"), ("Tyler", "name"),
        ("Studley", "place"), ("Malvern", "place"), ("Malvern Link", "place"), ("malvern link", "place"), ("Hampton", "place"),
        ("Evesham", "place"), ("evesham", "place"), ("brommy", "place"), ("Kiddy", "place"), ("Bromsgr0ve", "place"),
        ("kampala", "place"), ("leeds", "place"), ("pershore", "place"), ("Nketa 6", "place"), ("Bulawayo", "place"), ("Gulu", "place"),
        ("Dadyal", "place"), ("St Peter's", "place"), ("Hindlip", "place"), ("Wyre Piddle", "place"), ("Headless Cross", "place"),
        ("Warndon Villages", "place"), ("Batchley", "place"), ("Charford", "place"), ("Bengeworth", "place"), ("Matchborough", "place"),
        ("Offmore", "place"), ("Leicester", "place"), ("31 Austin R0ad", "address"), ("sixty-three Offmore Road", "address"),
        ("9 Evesham Road", "address"), ("House 14, Street 3, Sector B", "address"), ("no 16", "address"), ("no. 18", "address"),
        ("Flat 4", "address"), ("flat 4", "address"), ("31", "address"), ("flat 3 port st", "address"), ("abbey croft", "address"),
        ("KC1", "school"), ("Nunnery Wood", "school"), ("little acorns", "school"), ("LITTLE ACORNS", "school"),
        ("Batchley\nBrook", "school"), ("Matchborough\nFirst School", "school"), ("Fourteen, ten, two thousand eleven", "dob"),
        ("2nd Nov 1989", "dob"), ("4/7/98", "dob"), ("Christmas Day 2022", "date"), ("14", "date"), ("15 November", "date"),
        ("12th", "date"), ("10th", "date"), ("11th", "date"), ("12.11.26", "date"), ("+263 77 412 8835", "phone"),
        ("+256 772 418 903", "phone"), ("+27 82 614 3390", "phone"), ("+92 300 5821 647", "phone"), ("ZB 41 62 77 C", "ni"),
        ("WU68 KXN", "vehicle"), ("LJ19 ZRV", "vehicle"), ("997 838 8273", "nhs"), ("V885246780707", "upn"),
        ("tenancy@lickeyhomes.org.uk", "email"), ("Kidderminster College", "school"))
UNMARKED = ("Winyates Health Centre", "Woodrow Medical Centre", "Batchley Family Hub", "REDDITCH FOOD BANK",
            "Citizens Advice Bromsgrove and Redditch", "St Luke's Church hall", "the Kingfisher", "Kidderminster Magistrates'",
            "Ridgeway Surgery", "Charford Colts", "Sanders Park", "Lickey Homes", "Worcestershire Royal", "Tolladine Community Centre",
            "REDEEMED LIFE FELLOWSHIP (WORCESTER)", "St Martin's", "Midlands Language Link", "Mukuru", "Alexandra Hospital",
            "Matchborough Christian Fellowship", "Bengeworth Kebab and Pizza", "Abbey Road Children's Centre", "abbey medical",
            "Polski Sklep", "Baxter Community Centre", "Kidderminster Town station", "Brookside Central", "District Mirpur",
            "Azad Kashmir", "Worcestershire", "this is England", "Lok pa Acholi", "March 2023", "July 2025", "Gogo 💛", "masonT_2017",
            "CH + LR", "A.M.", "bhai", "bhabi", "sahib", "Pastor", "Deaconess", "Haji", "Qari", "chacha", "phuppo", "Baba", "Nanny",
            "LH-0044718", "22WM/118406/26", "RFB 26/11/0451")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s102)


def test_the_counts():
    checks.counts(s102, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s102, HARD, UNMARKED, split=("name", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s102)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")


def test_the_checks_can_fail():
    bad = ((s102.RECORD_C, [("bad", "Ring [[01905 843 12|phone]] about [[Gogo MaNdlovu|name]], [[Pastor Ndlovu|name]],"
                                    " [[Haji Muhammad Rafiq|name]] and [[Zubair bhai|name]] on [[Monday 5 October|date]] in"
                                    " [[Worcestershire|place]] and [[Pakistan|place]]. Lulu said no, [[Lulu|name]] said yes.")]),)
    found = s102.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Gogo", "Pastor", "Haji"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "bhai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Worcestershire", "Pakistan"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Lulu' is marked as a name elsewhere" in p for p in found)
