"""Checks of the hand-written held-out redaction set 258 (bench/redaction_set258.py) that do not use the detector:
its marking is clean, its size, and its own hard cases (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set258 as s258
from tests import hand_set_checks as checks

NAMES, TOTAL = 486, 843
HARD = (("TASKER, Kayden", "name"), ("DOWLING, Shannon", "name"), ("RANDS, Tyler", "name"), ("ONCHIRI, Brian", "name"),
        ("CRAMPTON, Ellie-Mai", "name"), ("LAWSON, Tegan", "name"), ("COOTE, Jasmine", "name"), ("DEEKES, Ryan", "name"),
        ("Tegan LAWSON", "name"), ("Kerry PETCH", "name"), ("KOWALCZYK, Oliwer", "name"), ("COUPLAND, Stacey", "name"),
        ("HURST, Lee", "name"), ("LEE HURST", "name"), ("KAYDEN", "name"), ("Graham\nWaddingham", "name"),
        ("Hannah\nFotherby", "name"), ("Paul\nGrimoldby", "name"), ("Imran\nQureshi", "name"), ("Becca\nLingard", "name"),
        ("0liwer", "name"), ("Kowa1czyk", "name"), ("M. 0sei", "name"), ("Wisniewska", "name"), ("Ellie-Mai C", "name"),
        ("Riley H", "name"), ("ty", "name"), ("shan", "name"), ("tegs", "name"), ("ellie belly", "name"), ("bev rands", "name"),
        ("kaydens", "name"), ("Nyanchama", "name"), ("Moraa", "name"), ("Kerubo", "name"), ("Tomek", "name"), ("Zuzia", "name"),
        ("Martin", "place"), ("Martin Dales", "name"), ("Woodhall\nSpa", "place"), ("Thimbleby", "place"), ("thimbleby", "place"),
        ("Kirkstead", "place"), ("kirkstead", "place"), ("Bilsby", "place"), ("bilsby", "place"), ("Willoughby", "place"),
        ("Willoughby", "name"), ("willoughby", "place"), ("West Ashby", "place"), ("West Ashbv", "place"),
        ("Hornc astle", "place"), ("L0uth", "place"), ("Kirkby on Bain", "place"), ("kirkby on bain", "place"), ("skeg", "place"),
        ("skeggy", "place"), ("Well", "place"), ("Kisii", "place"), ("kisii", "place"), ("Keroka", "place"), ("Nyamira", "place"),
        ("ogembo", "place"), ("Gdańsk", "place"), ("Kraków", "place"), ("Plot 14, Golden Sands", "address"),
        ("boston rd", "address"), ("no. 7", "address"), ("no 4", "address"), ("Flat 3, 20 High Street", "address"),
        ("LN9 5RD", "postcode"), ("LN13 9PY", "postcode"), ("spendluffe", "school"), ("QEGS", "school"),
        ("Banovallum", "school"), ("l8 November 2O26", "date"), ("l2/ll/2O26", "date"), ("2l January", "date"),
        ("l9.O6.2Ol7", "dob"), ("8 october", "dob"), ("12th", "date"), ("15th", "date"), ("+254 722 418 306", "phone"),
        ("+254 711 593 284", "phone"), ("+254 733 902 617", "phone"), ("01526 352 741", "phone"), ("NP 31 72 58 B", "ni"),
        ("128 632 3908", "nhs"), ("H925367670563", "upn"), ("FN18 WZK", "vehicle"), ("FL21 OKV", "vehicle"),
        ("aga.wisniewska88@gmaiI.com", "email"), ("p.okoth@nhs.net", "email"))
UNMARKED = ("Kenya", "Poland", "Lincolnshire", "Horncastle Medical Group", "Pilgrim Hospital", "Woodhall Spa Surgery",
            "LINCOLNSHIRE POLICE", "Wolds and Marsh Council", "Rolo", "Bramble", "Pickle", "Bursztyn", "jaz_xo", "Tata", "Guku",
            "Babcia", "Dziadek", "Christmas", "2023", "22:10")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s258)


def test_the_counts():
    checks.counts(s258, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s258, HARD, UNMARKED, split=("name", "place"))
