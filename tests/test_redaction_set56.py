"""Checks of the hand-written held-out redaction set 56 (bench/redaction_set56.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set56 as s56
from tests import hand_set_checks as checks

NAMES, TOTAL = 530, 1003
# names that are words or towns; scripts; short forms; odd formats
HARD = (("BRINDLEY, Kai", "name"), ("ASHBY, Poppy Louise", "name"), ("KONDAPALLI, Sirisha", "name"), ("O'DONNELL, Niamh", "name"),
        ("N O'Donnell", "name"), ("Faith S", "name"), ("F. Stanton", "name"), ("Kai BRINDLEY", "name"), ("Shannon\nMahoney", "name"),
        ("Maureen Warwick", "name"), ("Warwick", "name"), ("Callum Rugby", "name"), ("Rugby", "name"), ("Ruby Meriden", "name"),
        ("Helen Brandon", "name"), ("Brandon", "name"), ("brandon", "name"), ("Lodge", "name"), ("Mistry", "name"), ("Faith", "name"),
        ("Ivy", "name"), ("Poppy", "name"), ("Gareth Lines", "name"), ("Becky Hale", "name"), ("tiz", "name"), ("kai", "name"),
        ("little d", "name"), ("Little D", "name"), ("Smurf", "name"), ("lee", "name"), ("jayden", "name"), ("shan", "name"),
        ("clo", "name"), ("jordan", "name"), ("ivy", "name"), ("tracey", "name"), ("kayleigh", "name"), ("faith", "name"),
        ("archie", "name"), ("ruby", "name"), ("alfie", "name"), ("gavin", "name"), ("millie", "name"), ("pops", "name"),
        ("NEIL", "name"), ("Mo", "name"), ("Trace", "name"), ("Gav", "name"), ("siri", "name"), ("Mani", "name"), ("Jade", "name"),
        ("NADIA", "name"), ("Aarav K0NDAPALLI", "name"), ("D. Am0s", "name"), ("GUMMADI", "name"), ("Venkata Lakshmi KONDAPALLI", "name"),
        ("Fatima Zohra", "name"), ("Fatima Zohra BENALI", "name"), ("Inès", "name"), ("Inès BENALI", "name"), ("Lily-Mae", "name"),
        ("Kaur-Bassi", "name"), ("Colin Ashworth-Pratt", "name"), ("శిరీష", "name"), ("ఆరవ్", "name"), ("హరిణి", "name"), ("రవి", "name"),
        ("كريم بن علي", "name"), ("Bell", "place"), ("bell", "place"), ("Bell Green", "place"), ("wood end", "place"),
        ("nuneaton", "place"), ("hinckley", "place"), ("bedworth", "place"), ("shirley", "place"), ("Shirley", "place"),
        ("Warwick", "place"), ("Rugby", "place"), ("Meriden", "place"), ("Bermuda", "place"), ("Coventry", "place"),
        ("Leamington", "place"), ("Solihull", "place"), ("Gaydon", "place"), ("Vijayawada", "place"), ("విజయవాడ", "place"),
        ("Labbipet", "place"), ("Banjara Hills", "place"), ("Oran", "place"), ("Haï Sabah", "place"), ("Oujda", "place"),
        ("Marseille", "place"), ("Cité Djamel", "place"), ("Stratford-upon-Avon", "place"), ("Ansley Common", "place"),
        ("Chase Meadow", "place"), ("deedmore", "address"), ("17 Deedmore Rd", "address"), ("Riley\nSquare", "address"),
        ("27 Church\nRd", "address"), ("22 ashby road", "address"), ("no. 29", "address"), ("no. 46", "address"), ("no. 19", "address"),
        ("Parade", "address"), ("Saltisford", "address"), ("Market Square", "address"), ("Door No. 40-7-21", "address"),
        ("Flat 402, Sri Sai Residency, Road No. 12", "address"), ("Cité Djamel, Bloc 12, n° 4", "address"),
        ("14 rue Félix Pyat", "address"), ("520010", "postcode"), ("31000", "postcode"), ("13003", "postcode"), ("CV2 1EF", "postcode"),
        ("Foxford", "school"), ("Lillington", "school"), ("Lillington", "place"), ("Little Owls", "school"),
        ("Little Pips Nursery", "school"), ("Rugby College", "school"), ("Emir Abdelkader", "school"), ("Daylesford\nPrimary", "school"),
        ("Westgate\nPrimary School", "school"), ("North Leamington", "school"), ("YR70", "vehicle"), ("WK22 XRE", "vehicle"),
        ("FV19 HKO", "vehicle"), ("07812446390", "phone"), ("+91 98490 31762", "phone"), ("+91 866 247 3150", "phone"),
        ("+213 41 32 18 06", "phone"), ("+213 661 23 45 67", "phone"), ("+33 6 12 48 73 90", "phone"), ("2/6/13", "dob"),
        ("Nineteenth November... nineteen eighty-four", "dob"), ("30/O3/2017", "dob"), ("08-01-2011", "dob"), ("24/11/2O26", "date"),
        ("23rd N0v", "date"), ("10/2/2026", "date"), ("11/18/2026", "date"), ("27 novembre 2026", "date"), ("8th nov", "date"),
        ("11th", "date"), ("13th", "date"), ("28th", "date"), ("19", "date"), ("24", "date"), ("14th Nov 2026", "date"),
        ("4th December 2026", "date"), ("JB 62 41 07 C", "ni"), ("NZ 18 52 63 B", "ni"), ("SK 40 17 86 D", "ni"), ("KB 27 03 80 C", "ni"),
        ("T331668835601", "upn"), ("J334741361655", "upn"), ("406 172 0716", "nhs"), ("tom.okafor@avonvale.gov.uk", "email"))
UNMARKED = ("GEORGE ELIOT HOSPITAL", "George Eliot", "WARWICK HOSPITAL", "Sydenham Surgery", "Hobs Moat Medical Centre",
            "Stockingford Medical Centre", "Chase Meadow Health Centre", "Stockingford Family Hub", "Rugby Family Hub",
            "Solihull Young Carers", "Warwick Lettings", "Warwickshire Police", "Mouloudia Oran", "Hope Centre", "University Hospital",
            "the Queen Elizabeth", "Broadgate House", "Shire Hall", "Ropewalk", "Whinfield", "Drayton Manor", "DIRFT", "Sri Venkateswara",
            "Diwali", "Allah yerhamou", "the Costa", "the Co-op", "Boots", "the big tesco", "Warwickshire", "Andhra Pradesh", "Morocco",
            "Amma", "Nanamma", "Ammamma", "Bava", "Yemma", "Baba", "Hadja", "Madame", "garu", "అన్నయ్య", "అత్తయ్య", "senior", "E.M.",
            "The 07455 number", "MF/3", "111-WM-2611-08842", "ID 55321", "Refuge hotline")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s56)


def test_the_counts():
    checks.counts(s56, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s56, HARD, UNMARKED, split=("name", "address", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s56)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Telugu and Arabic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a town in Telugu script


def test_the_checks_can_fail():
    marked = ("Ring [[01926 451 20|phone]] about [[Kondapalli|name]], [[Madame Marston|name]], [[Hadja Fatima|name]],"
              " [[Amma Sirisha|name]], [[Nanamma Lakshmi|name]], [[Srinivas garu|name]], [[Kiran uncle|name]]"
              " on [[Monday 23 November|date]] in [[Warwickshire|place]], [[Andhra Pradesh|place]] and [[Algeria|place]].\n"
              "NHS [[406 172 0717|nhs]], UPN [[A331668835601|upn]], NI [[DQ 12 34 56 E|ni]]. Kondapalli said no.")
    bad = ((s56.RECORD_E, [("bad", marked)]),)
    found = s56.problems(bad, record_ids=["4061720717"], record_phones=["01926 451 20"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("Madame", "Hadja", "Amma", "Nanamma"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    for word in ("garu", "uncle"):
        assert any("kinship word after a name" in p and word in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Warwickshire", "Andhra Pradesh", "Algeria"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 406 172 0717" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Kondapalli' is marked as a name elsewhere" in p for p in found)
