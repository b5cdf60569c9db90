"""Checks of the hand-written held-out redaction set 156 (bench/redaction_set156.py) that do not use the detector:
its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set156 as s156
from tests import hand_set_checks as checks

NAMES, TOTAL = 580, 1010
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BAGNALL, Shannon", "name"), ("WHITEHOUSE, Ricky", "name"), ("SANDHU, Gurleen", "name"), ("DOHERTY, R0ISIN", "name"),
        ("Tyler-Jay WHITEHOUSE", "name"), ("Jace KENDRICK", "name"), ("G Orton", "name"), ("R. Doherty", "name"), ("A. Friesen", "name"),
        ("Sophie A", "name"), ("Ollie B", "name"), ("Sky e", "name"), ("TJ", "name"), ("Dazza", "name"), ("T-Bone", "name"),
        ("Lil Rees", "name"), ("Mo", "name"), ("Hollie Street", "name"), ("Warren Fox", "name"), ("Craig Kettle", "name"),
        ("Owen Salt", "name"), ("Kelsey\nBird", "name"), ("Amanda Read", "name"), ("Kirsty Pye", "name"), ("Yvonne Ash", "name"),
        ("Lorraine Hood", "name"), ("Peter", "name"), ("Hoekstra", "name"), ("Baukje Dijkstra-Wiersma", "name"), ("Sjoukje", "name"),
        ("van der Meer", "name"), ("Isaak\nKlassen", "name"), ("AUNNA\nKLASSEN", "name"), ("Susa", "name"), ("Pádraig", "name"),
        ("Oisín", "name"), ("Rosa Díaz", "name"), ("ਗੁਰਲੀਨ", "name"), ("ਸੁਰਜੀਤ ਕੌਰ", "name"), ("Surjit Kaur Sandhu", "name"),
        ("kiran kaur", "name"), ("kaycee", "name"), ("t-bone", "name"), ("harper", "name"), ("mo", "name"), ("Harper", "name"),
        ("Sandhu", "name"), ("Isaak Klassen", "name"), ("ISAAK KLASSEN", "name"), ("stoney", "place"), ("two gates", "place"),
        ("handsworth", "place"), ("Grou", "place"), ("Grouw", "place"), ("Ljouwert", "place"), ("Leeuwarden", "place"),
        ("Snits", "place"), ("Sneek", "place"), ("Riva Palacio", "place"), ("Campo 14", "place"), ("Nuevo Durango", "place"),
        ("Cuauhtémoc", "place"), ("Santa Cruz de la Sierra", "place"), ("Winkler", "place"), ("Hoek van Holland", "place"),
        ("Harwich", "place"), ("Hockley", "place"), ("Kingsbury", "place"), ("Letterkenny", "place"), ("Jalandhar", "place"),
        ("Stonyde1ph", "place"), ("TAMW0RTH", "place"), ("Sutton\nColdfield", "place"), ("Boley Park", "place"), ("Chadsmead", "place"),
        ("Glascote", "place"), ("41 E11erbeck", "address"), ("Tsjerkepaad 7", "address"), ("Kleasterlaan 22", "address"),
        ("no. 24", "address"), ("no. 14", "address"), ("Ventura Park", "address"), ("Tinkers Green\nRoad", "address"),
        ("3 MILL LN", "address"), ("8401 CX", "postcode"), ("9001 AB", "postcode"), ("KEVI", "school"), ("Rawlett", "school"),
        ("rawlett", "school"), ("south staffs college", "school"), ("Stonydelph\nMeadows", "school"), ("Little Acorns", "school"),
        ("LITTLE ACORNS DAY NURSERY", "school"), ("Nether Stowe", "school"), ("Leomansley", "school"), ("18 novimber 2026", "date"),
        ("3 desimber", "date"), ("30. Novemba", "date"), ("O8/11/2026", "date"), ("8\nFebruary 2027", "date"), ("3-17 Dec", "date"),
        ("19th", "date"), ("3rd", "date"), ("7/12", "date"), ("17/O3/1988", "dob"), ("19-May-2026", "dob"), ("2-8-2015", "dob"),
        ("+31 58 213 4467", "phone"), ("+31 6 2087 5193", "phone"), ("+591 7 318 4425", "phone"), ("+52 625 581 2204", "phone"),
        ("+353 86 214 7730", "phone"), ("+91 98140 52716", "phone"), ("+1 204 822 4391", "phone"), ("01827 61 4073", "phone"),
        ("LR19", "vehicle"), ("FN70 ZKE", "vehicle"), ("KM17 HTV", "vehicle"), ("975 398 9229", "nhs"), ("C860158396185", "upn"),
        ("JR 44 81 26 B", "ni"), ("JK 20 57 93 D", "ni"), ("h.jepson@stonydelphmeadows.staffs.sch.uk", "email"))
UNMARKED = ("Marmion House", "Glascote Health Centre", "Wilnecote Surgery", "Aldergate Medical Practice",
            "Fazeley and Mile Oak Medical Centre", "Boley Park surgery", "Queen's Hosp1tal Burton", "Good Hope", "Sir Robert Peel",
            "Lichfield Adolescent Team", "Tamworth 0-19 team", "CGL Tamworth", "Tame Valley Rangers", "Tame Vale MASH", "Catch22",
            "Change Grow Live", "Let's Talk Wellbeing", "Staffordshire Young Carers", "District Council House", "Beacon Park", "snowdome",
            "Staffordshire Police", "Friesland", "Bolivia", "Manitoba", "tj_gamer2015", "Biji", "didi", "mummy ji", "bhua ji", "beppe",
            "pake", "Ohm", "Mumtje", "Grossmame", "6 Familje", "26/1184/DA", "BM", "B.M.", "senior", "(OHM)")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s156)


def test_the_counts():
    checks.counts(s156, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s156, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s156)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Gurmukhi
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s156.RECORD_F, [("bad", "Ring [[01827 614|phone]] about [[Ohm Isaak|name]], [[Nanna Mo|name]], [[Sr Ashby|name]],"
                                     " [[Mrs Sandhu senior|name]] on [[Monday 30 November|date]] in [[Friesland|place]],"
                                     " [[Bolivia|place]] and [[Staffordshire|place]].\n"
                                     "NHS [[440 260 6625|nhs]]. Maria said no, and [[Maria|name]] said yes.")]),)
    found = s156.problems(bad, record_ids=["4402606625"], record_phones=["01827 614"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Ohm", "Nanna", "Sr", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "senior" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Friesland", "Bolivia", "Staffordshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Maria' is marked as a name elsewhere" in p for p in found)
