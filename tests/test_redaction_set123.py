"""Checks of the hand-written held-out redaction set 123 (bench/redaction_set123.py) that do not use the detector:
its marking passes the shared checker, its counts, its own hard cases and the strings it leaves unmarked."""

from bench import redaction_set123 as s123
from tests import hand_set_checks as checks

NAMES, TOTAL = 538, 1016
# names that are words or towns; scripts; short forms; odd formats
HARD = (("GILBEY, Alfie", "name"), ("SHARPE, Kayleigh", "name"), ("ABUBAKAR, Khadija", "name"), ("ASHBY, Rhian", "name"),
        ("QUILL, Jayden", "name"), ("DOYLE, Shannon", "name"), ("ASHCROFT, Beatriz", "name"), ("Mota-\nla", "name"),
        ("Kwame Boat-\neng", "name"), ("lsmail", "name"), ("Alsha", "name"), ("G. Penn", "name"), ("S Vora", "name"), ("Hope", "name"),
        ("Wells", "name"), ("wells", "name"), ("Rose", "name"), ("Chelsea", "name"), ("Del", "name"), ("Kash", "name"), ("kash", "name"),
        ("Dee", "name"), ("Bless", "name"), ("GAZZA", "name"), ("Bea-Bea", "name"), ("Penrose", "name"), ("Yates", "name"),
        ("Lily-Mae Brooks", "name"), ("Lorraine Achebe-Stott", "name"), ("mwanaisha", "name"), ("tammy", "name"), ("shilpi", "name"),
        ("moyna", "name"), ("জামাল", "name"), ("তাহমিনা", "name"), ("રૂકસાના", "name"), ("યુસુફ", "name"), ("Zuhura", "name"),
        ("Sharif", "name"), ("Rommel", "name"), ("Joy", "name"), ("Motala", "name"), ("Farouk", "name"), ("Merline", "name"),
        ("সিলেট", "place"), ("Sylhet", "place"), ("Baraawe", "place"), ("Brava", "place"), ("Mombasa", "place"),
        ("Mwembe Tayari", "place"), ("Kakuma", "place"), ("Kumintang Ilaya", "place"), ("Batangas City", "place"), ("Batangas", "place"),
        ("Lansbury Estate", "place"), ("Lansbury", "place"), ("Cubitt Town", "place"), ("Isle of Dogs", "place"),
        ("Bromley-\nby-Bow", "place"), ("Bromley-by-Bow", "place"), ("Limehouse", "place"), ("Wapping", "place"), ("WAPPING", "place"),
        ("romford", "place"), ("nairobi", "place"), ("eastleigh", "place"), ("chingford", "place"), ("Kingston", "place"),
        ("Liguanea", "place"), ("Golapganj", "place"), ("Flat 31, Pelling House", "address"), ("31 Pelling\nHouse", "address"),
        ("Pelling House", "address"), ("no. 29", "address"), ("Chrisp Street", "address"), ("The Highway", "address"),
        ("24 Manchester Road", "address"), ("Mwembe Tayari, near the Bohra mosque", "address"), ("14 Hope Road", "address"),
        ("Twenty-two Padstow House", "address"), ("Padstow", "address"), ("Cable St", "address"), ("commercial rd", "address"),
        ("BEN JONSON\nROAD", "address"), ("3 PRUSOM ST", "address"), ("E14", "postcode"), ("Lansbury\nLawrence", "school"),
        ("bishop c", "school"), ("bigland", "school"), ("George Green's", "school"), ("HERMITAGE", "school"), ("Langdon Park", "school"),
        ("9th of\n   November", "date"), ("O2/11/2O26", "date"), ("19.O4.2O13", "dob"), ("4 - 10 - 20", "dob"), ("2.2.23", "dob"),
        ("28NOV26", "date"), ("01-Dec-2026", "date"), ("21st", "date"), ("10th", "date"), ("+254 41 231 4470", "phone"),
        ("+252 61 5284 771", "phone"), ("+880 1711 482 935", "phone"), ("+1 876 927 4415", "phone"), ("+353 87 214 6630", "phone"),
        ("+63 917 825 4410", "phone"), ("07940 561278", "phone"), ("07824611903", "phone"), ("TK 48 21 67 B", "ni"),
        ("SH 21 09 77 D", "ni"), ("LD19 KXR", "vehicle"), ("KX17 FJD", "vehicle"), ("603 540 8265", "nhs"), ("W211269620191", "upn"),
        ("ybwana.madrasa@gmail.com", "email"))
UNMARKED = ("Poplar HARCA", "Bromley by Bow Centre", "Bromley-by-Bow Health Centre", "Aberfeldy Practice", "Island Health",
            "Limehouse Project", "Limehouse Basin", "Shadwell Basin", "Mudchute", "Kingsley Hall", "Tower Hamiets CAMHS",
            "East London NHS Foundation Trust", "Royal London", "Wapping Group", "THE WAPPING GROUP PRACTICE", "Leman Street", "leman st",
            "East London Family Court", "Chrisp Street Idea Store", "Harbour Family Centre", "Bravanese Community Madrasa",
            "Language Line", "Solace", "SOS+", "Jollibee", "Kenya", "Somalia", "Gujarat", "Cornwall", "essex", "PHILIPPINES", "Pampanga",
            "Dadima", "Nanay", "Lola", "Dadi", "JJ", "LC", "CH 2210", "lilsmae.x", "tammyy.u_", "sadia_syl", "26MIT004418",
            "FB-9W2K-77Q1", "4417HT", "ND/44871/ISM", "May 2026", "March 2025")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s123)


def test_the_counts():
    checks.counts(s123, NAMES, TOTAL)


def test_its_own_size_checks():
    docs = s123.sets()[s123.NAME]
    assert len({doc.text for doc in docs}) == 24


def test_the_hard_cases_are_there():
    checks.hard_cases(s123, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s123)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Bengali and Gujarati script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Bengali script


def test_the_checks_can_fail():
    bad = ((s123.RECORD_B, [("bad", "Ring [[0161 946 221|phone]] about [[Mzee Sharif|name]], [[Ustadh Yahya|name]],"
                                     " [[Tito Rommel|name]] and [[Mrs Motala senior|name]] on [[Sunday 8 November|date]] in"
                                     " [[Kenya|place]] and [[Pampanga|place]]. NHS [[446 807 9895|nhs]].")]),)
    found = s123.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Mzee", "Ustadh", "Tito", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kenya", "Pampanga"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 446 807 9895" in p for p in found)
