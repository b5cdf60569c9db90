"""Checks of the hand-written held-out redaction set 160 (bench/redaction_set160.py) that do not use the detector:
its marking checks, its size, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set160 as s160
from tests import hand_set_checks as checks

NAMES, TOTAL = 541, 1012
# names that are words or towns; scripts; short forms; odd formats
HARD = (("CAMPBELL-DUNN, Kai", "name"), ("STEVENS, Tara", "name"), ("B00RMAN, Lacey-Rae", "name"), ("BOORMAN, Mas0n", "name"),
        ("SWAFFER, Jade", "name"), ("Anish THAPA MAGAR", "name"), ("Dil Bahadur THAPA MAGAR", "name"), ("HOLLIE BRENCHLEY", "name"),
        ("CHELSEA LOUISE", "name"), ("INEZA R.", "name"), ("S Ledger", "name"), ("J Prior", "name"), ("R. Kingsnorth", "name"),
        ("Pat Hythe", "name"), ("Dean Kennington", "name"), ("Harrison Wells", "name"), ("Daniel Marsh", "name"),
        ("Grace Okafor", "name"), ("Jordan", "name"), ("TJ", "name"), ("tj", "name"), ("Millie", "name"), ("Byiri", "name"),
        ("Ani", "name"), ("ani", "name"), ("Big Rico", "name"), ("T-Money", "name"), ("Hoad", "name"), ("DUNN-CAMPBELL", "name"),
        ("Carol\nBeeching", "name"), ("Dazza", "name"), ("सीता पुन मगर", "name"), ("अनिश", "name"), ("Nyirabagenzi", "name"),
        ("ryan kemsley", "name"), ("okafor", "name"), ("Hythe", "place"), ("Kennington", "place"), ("kennington", "place"),
        ("willesborough", "place"), ("Stanhope", "place"), ("STANHOPE", "place"), ("Hawkinge", "place"), ("Shorncliffe", "place"),
        ("पोखरा", "place"), ("Pokhara", "place"), ("Lekhnath", "place"), ("Mahama", "place"), ("Gatumba", "place"), ("Minembwe", "place"),
        ("Kiwatule", "place"), ("Kampala", "place"), ("Romney Marsh", "place"), ("Godinton Park", "place"), ("Folkest0ne", "place"),
        ("Cher1ton", "place"), ("Spanish Town", "place"), ("spanish town", "place"), ("London", "place"), ("Benidorm", "place"),
        ("ASHFORD", "place"), ("Plot 14, Kiwatule Road", "address"), ("Flat 6, 40 Broadmead\nRoad", "address"), ("no. 9", "address"),
        ("number 25", "address"), ("Coolinge Lane", "address"), ("Tannery Lane", "address"), ("faversham rd", "address"),
        ("trinity ct", "address"), ("Flat 6, 4O Broadmead Rd", "address"), ("TN29 OLA", "postcode"), ("Marsh Academy", "school"),
        ("Morehall", "school"), ("Little Marsh", "school"), ("Terlingham\nPrimary", "school"), ("M0rehall Primary", "school"),
        ("२०३९ मंसिर १५", "dob"), ("1/1/1979", "dob"), ("26/O9/2026", "date"), ("2", "date"), ("9", "date"), ("19th", "date"),
        ("12-Nov-2026", "date"), ("+977 984-1235678", "phone"), ("+256 772 418 903", "phone"), ("+250 788 314 206", "phone"),
        ("+1 876 984 2217", "phone"), ("+34 612 48 93 07", "phone"), ("07823 514902", "phone"), ("GK19 WTF", "vehicle"),
        ("YR17 KHV", "vehicle"), ("KX21 PLO", "vehicle"), ("JR 62 41 93 B", "ni"), ("PW 14 85 66 A", "ni"), ("185 629 5877", "nhs"),
        ("W886307702366", "upn"), ("a.tutt@kentrefugeeaction.org.uk", "email"))
UNMARKED = ("Ashford Food Bank", "ASHFORD FOOD BANK", "Ashford Gateway", "Willesborough Health Centre", "Hawkinge Surgery",
            "Lydd Medical Centre", "Dymchurch Medical Centre", "Kent Refugee Action Network", "Ashford United", "William Harvey Hospital",
            "Forward Trust", "Kenward Trust", "Kent Police", "Radnor Park", "the Three Hills", "Folkestone Central station",
            "Maidstone East station", "harbour arm", "stour centre", "Stanhope Pavilion", "Lydd & Dungeness Community Noticeboard",
            "~~Ship~~", "Sydenham House Medical Centre", "Canterbury Crown Court", "HMP Elmley", "Lingo Bridge", "Bruno", "Pickle",
            "Simba", "Nyogokuru", "9 Wye", "the Charing block", "Kent", "Nepal", "Rwanda", "South Kivu", "Helmand", "jamaica", "Brunei",
            "Afghanistan", "Mama", "Pasteur", "bhauju", "Maj (Retd)", "Cpl (Retd)", "Great-nan", "Daddy", "crime ref 46/201944/26",
            "AFB 26/4471", "37-26O926-1188", "ID 20931", "K4418207")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s160)


def test_the_counts():
    checks.counts(s160, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s160, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s160)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Devanagari
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Devanagari


def test_the_checks_can_fail():
    bad = ((s160.RECORD_C, [("bad", "Ring [[01233 62 491|phone]] about [[Ineza|name]], [[Pastor Eliezer|name]], [[Maj Hari|name]],"
                                    " [[Dil Bahadur ji|name]] on [[Monday 12 October|date]] in [[Rwanda|place]], [[Kent|place]]"
                                    " and [[South Kivu|place]].\nNHS [[508 093 0978|nhs]]. Ineza said no.")]),)
    found = s160.problems(bad, record_ids=["5080930978"], record_phones=["01233 62 491"])
    assert any("phone is not a valid number: 01233 62 491" in p for p in found)
    for word in ("Pastor", "Maj"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "ji" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Rwanda", "Kent", "South Kivu"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 508 093 0978" in p for p in found)
    assert any("'Ineza' is marked as a name elsewhere" in p for p in found)
