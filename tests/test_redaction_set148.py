"""Checks of the hand-written held-out redaction set 148 (bench/redaction_set148.py) that do not use the detector:
its size, its own hard cases and its checker (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set148 as s148
from tests import hand_set_checks as checks

NAMES, TOTAL = 628, 1082
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BRINDLEY, Mason", "name"), ("HOLLIS, Kayleigh", "name"), ("BOSTOCK, Tayla Jade", "name"), ("HUGHES, Carys", "name"),
        ("MASIH, Samuel", "name"), ("BOSTOCK Tayla", "name"), ("Elmedin AJDINI", "name"), ("Kinsey, T", "name"), ("Derek H", "name"),
        ("Harper J", "name"), ("Shannon-Leigh C", "name"), ("Sabina AJDlNI", "name"), ("Heler Crookes", "name"), ("Tracey Bu11", "name"),
        ("Jaden-Lee", "name"), ("Amelia-Rose", "name"), ("Medo", "name"), ("mase", "name"), ("pops", "name"), ("kay", "name"),
        ("shan", "name"), ("tay", "name"), ("craig", "name"), ("Craigy", "name"), ("Jordy", "name"), ("J-Dot", "name"), ("Jord", "name"),
        ("Dani", "name"), ("Sami", "name"), ("Hy", "name"), ("Bernie", "name"), ("Jode", "name"), ("Ty", "name"), ("Leah Ripley", "name"),
        ("Olivia Chester", "name"), ("Paris", "name"), ("paris", "name"), ("Willow", "name"), ("Brooke", "name"), ("Pearl", "name"),
        ("Gill", "name"), ("Ajdini", "name"), ("Bhogal", "name"), ("Fenton", "name"), ("Kiane", "name"), ("Harrisa", "name"),
        ("Неџаде", "name"), ("Кијана", "name"), ("Медо", "name"), ("پروین", "name"), ("ایستھر", "name"), ("Ripley", "place"),
        ("Arnold", "place"), ("arnold", "place"), ("Alvastonu", "place"), ("Voždovcu", "place"), ("Restelice", "place"),
        ("Restelica", "place"), ("Dragaš", "place"), ("Beograd", "place"), ("Youhanabad", "place"), ("Liguanea", "place"),
        ("Ticknul", "place"), ("Ticknall", "place"), ("shelton lock", "place"), ("derby", "place"), ("Melbourne", "place"),
        ("Stenson Fields", "place"), ("Skegness", "place"), ("Rruga e Shkollës 12", "address"), ("14 Hope Road", "address"),
        ("8 chellaston rd", "address"), ("normanton rd", "address"), ("Normanton rd", "address"), ("Flat 3, 61 Station\nRoad", "address"),
        ("29", "address"), ("35", "address"), ("flat 4", "address"), ("Flat 2", "address"), ("The Old Forge, Repton Road", "address"),
        ("Sunnyside, 4 Main Street", "address"), ("DE24 OER", "postcode"), ("Noel-Baker\nAcademy", "school"), ("Lees Brook", "school"),
        ("Merrill", "school"), ("Ash Croft", "school"), ("Alvaston Junior", "school"), ("Little Lambs Nursery", "school"),
        ("Bemrose School", "school"), ("O9/O3/1988", "dob"), ("l9.0l.2013", "dob"), ("7 May", "dob"), ("17th of May", "dob"),
        ("6th of October", "dob"), ("lO/ll/2O26", "date"), ("21st of\nDecember", "date"), ("15.12.", "date"), ("08.11.2026", "date"),
        ("11-Feb-2022", "dob"), ("24-Nov-2026", "date"), ("4th", "date"), ("9 DECEMBER 2026", "date"), ("8-9 November 2026", "date"),
        ("15-19 February 2027", "date"), ("+383 44 218 506", "phone"), ("+381 63 814 2270", "phone"), ("+92 300 418 2763", "phone"),
        ("+1 876 927 4410", "phone"), ("+1 416 738 2291", "phone"), ("07893 615 870", "phone"), ("L831235719198", "upn"),
        ("730 227 4738", "nhs"), ("JT 62 48 11 B", "ni"), ("FN19 KXD", "vehicle"), ("YR68 TPX", "vehicle"),
        ("b.quinn@pact.org.uk", "email"))
UNMARKED = ("Royal Derby Hospital", "Alvaston Medlcal Centre", "Osmaston Surgery", "Chellaston Medical Centre",
            "Mackworth Health\nCentre", "Sinfin Family Hub", "Derby Cabs", "Derby Homes", "Derby Carers Centre", "Derby Women's Centre",
            "SITTING AT DERBY", "HMP Foston Hall", "Foston", "Bonsall wing", "Mackworth Juniors", "Allenton Boxing Club",
            "Sinfin Cricket Club", "Markeaton Park", "Staunton Harold Reservoir", "Toton Lane tram stop", "Zvezd", "Smudge",
            "Jamia Mosque", "St Thomas's", "Urdu Fellowship", "Trent Lettings", "JB Property Maintenance", "01332 888 091",
            "662-118-4409", "A4418EW", "MP/26/D/04417", "tay.tay.x12", "taylaaa_b", "j.dot.dbx", "Tata", "Nena", "Mama", "Papa", "Nani",
            "نانی جان", "khala", "amidža", "Kosovo", "Jamaica", "Pakistan", "Nottinghamshire", "Clarendon", "Gora", "GR", "Purple Visits")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s148)


def test_the_counts():
    checks.counts(s148, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s148, HARD, UNMARKED, split=("name", "address", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s148)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic and Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names


def test_the_checks_can_fail():
    bad = ((s148.RECORD_B, [("bad", "Ring [[01332 57 000|phone]] about [[Medo|name]], [[Nena Ferida|name]], [[Pastor Javed|name]],"
                                    " [[Saima khala|name]], [[Senad amidža|name]] and [[Mrs Ajdini|name]] on [[Friday 4 December|date]]"
                                    " in [[Kosovo|place]] and [[Derbyshire|place]].\nNHS [[928 143 6672|nhs]]. Medo said no.")]),)
    found = s148.problems(bad, record_ids=["9281436672"], record_phones=["01332 57 000"])
    assert any("phone is not a valid number" in p for p in found)
    assert any("NHS number fails its check digit" in p for p in found)
    for word in ("Nena", "Pastor", "Mrs"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("khala", "amidža"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kosovo", "Derbyshire"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Medo' is marked as a name elsewhere" in p for p in found)
