"""Checks of the hand-written held-out redaction set 118 (bench/redaction_set118.py) that do not use the detector:
its own marking checks, its size, its hard cases and the strings it leaves unmarked, and that its checks can fail."""

from bench import redaction_set118 as s118
from tests import hand_set_checks as checks

NAMES, TOTAL = 564, 1033
# names that are words or towns; scripts; short forms; odd formats
HARD = (("ROWNTREE, Kacie", "name"), ("MOLEFE, Lorato", "name"), ("MARLEY, Richard", "name"), ("DLAMINI, SIBUSISO MUSA", "name"),
        ("Tweddle, Brooklyn", "name"), ("Skelton", "name"), ("Kacie R", "name"), ("D\nPearson", "name"), ("A.\nHorsley", "name"),
        ("Tony\nBell", "name"), ("R. LAIDLER", "name"), ("Kacey ROWE", "name"), ("黃美玲", "name"), ("Wong Mei-ling", "name"),
        ("wong mei ling", "name"), ("May", "name"), ("may", "name"), ("Brooklyn", "name"), ("Brook", "name"), ("Tommy-Lee", "name"),
        ("tommy lee", "name"), ("Ruby-Mae", "name"), ("Evie-Rose", "name"), ("Ellie-Jo Winspear", "name"), ("Helen Durham", "name"),
        ("Lee Hart", "name"), ("Hart", "name"), ("Lee HART", "name"), ("Joy Adeyemi", "name"), ("Neo", "name"), ("Lolo", "name"),
        ("lolo", "name"), ("Kagi", "name"), ("Ona", "name"), ("Molefe", "name"), ("Peggy", "name"), ("Dino", "name"), ("dino", "name"),
        ("Kase", "name"), ("Dazza", "name"), ("Ellz", "name"), ("vula", "name"), ("kayleigh", "name"), ("ridley", "name"),
        ("zwane", "name"), ("pounder", "name"), ("Nxumalo", "name"), ("Hart", "place"), ("hart", "place"), ("Seaton", "place"),
        ("seaton", "place"), ("Darlo", "place"), ("darlo", "place"), ("owton manor", "place"), ("Headland", "place"),
        ("Rift House", "place"), ("RIFT HOUSE", "place"), ("Throston Grange", "place"), ("Greatham", "place"), ("Seal Sands", "place"),
        ("Seaton\nCarew", "place"), ("Hart1epoo1", "place"), ("C1avering", "place"), ("Midd1esbrough", "place"), ("Tlokweng", "place"),
        ("Mochudi", "place"), ("Gaborone", "place"), ("Francistown", "place"), ("Manzini", "place"), ("siteki", "place"),
        ("Fairview", "place"), ("Lobamba", "place"), ("Dubai", "place"), ("Johannesburg", "place"),
        ("Plot 118, Fairview North", "address"), ("Plot 2214", "address"), ("The Front", "address"), ("no. 31", "address"),
        ("29", "address"), ("No 7", "address"), ("no 8", "address"), ("6 the green", "address"), ("40 The\nCliff", "address"),
        ("Flat 3, 61 Linthorpe Road", "address"), ("hart lane", "address"), ("5 Marine Cresent", "address"),
        ("Unit 4, Brenda Road Enterprise Park", "address"), ("Rift House\nPrimary", "school"), ("Rift House", "school"),
        ("dyke house", "school"), ("clavering", "school"), ("Little Acorns", "school"), ("High Tunstall", "school"),
        ("St Hild's", "school"), ("St Helens", "school"), ("12/11/2O26", "date"), ("O4/O2/2OO4", "dob"), ("3O/O5/2O12", "dob"),
        ("1 March\n2027", "date"), ("3", "date"), ("7", "date"), ("14", "date"), ("5th", "date"), ("24th", "date"), ("20th", "date"),
        ("22nd Nov", "date"), ("19th dec", "date"), ("02-10-1996", "dob"), ("19 JUL 2011", "dob"), ("+267 72 418 633", "phone"),
        ("+268 2505 4417", "phone"), ("07944 263 235", "phone"), ("01429 214 253", "phone"), ("NP 62 19 04 D", "ni"),
        ("NL19 KXE", "vehicle"), ("YX67 FHD", "vehicle"), ("VX21 OTR", "vehicle"), ("453 158 6557", "nhs"), ("L805288389910", "upn"),
        ("pastor.zwane@swazifellowshipne.org.uk", "email"), ("ona.molefe89@gmail.com", "email"))
UNMARKED = ("HARTLEPOOL FOODBANK", "Citizens Advice Hartlepool", "Hartlepool Recovery Hub", "Headland Medical Centre", "Greatham Surgery",
            "Greatham Community Centre", "Throston Community Hall", "Rift House community centre", "Elwick Grange",
            "Middleton Grange shopping centre", "Teesside Park", "Mill House", "the Raby Arms", "Golden Dragon", "Nice 'n' Sharp",
            "Thirteen Group", "HMP Holme House", "IN THE FAMILY COURT SITTING AT", "HEADLAND & TOWN PRIVATE HIRE", "HEADLAND PHARMACY",
            "NORTH TEES AND HARTLEPOOL NHS FOUNDATION TRUST", "North Tees", "north tees", "Teesside Homecare", "Bay View House",
            "SWAZI FELLOWSHIP", "Bethel Setswana fellowship", "NorthEast Language Services", "Ocean Harvest",
            "NEWCASTLE INTERNATIONAL AIRPORT", "Hartlepool Fuel Poverty scheme", "the boro", "Bella", "Nkhono", "Babe", "umalume",
            "umfundisi", "Gogo", "Make", "Mma", "Rra", "@vulaa.dl_", "@elliejo.w", "Eswatini", "hong kong", "Cleveland Police",
            "Hartness", "March 2023", "spring of 2028", "in 2019", "feb", "nana c", "b's back", "Miss R", "D - ask", "Mark 1",
            "CS-805-22917", "HFB-26-11-0384", "PA/FM/26/11-2207", "MB26F00871", "H0783311", "GPhC 2071448", "PNB 0041877", "EK 36",
            "CH-26-44810", "the Spar", "Paw Patrol", "The Gruffalo")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s118)


def test_the_counts():
    checks.counts(s118, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s118, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s118)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Chinese script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+267") for words, kind in spans if kind == "phone")  # Botswana
    assert any(words.startswith("+268") for words, kind in spans if kind == "phone")  # Eswatini
    assert any(words.islower() for words, k in spans if k == "school")


def test_the_checks_can_fail():
    bad = ((s118.RECORD_D, [("bad", "Ring [[01429 214 25|phone]] about [[Lorato|name]], [[Mma Molefe|name]], [[Rra Sebego|name]],"
                                    " [[Gogo Simelane|name]], [[Make Dlamini|name]], [[Rev. Zwane|name]] on"
                                    " [[Monday 9 November|date]] in [[Botswana|place]], [[Eswatini|place]] and [[Teesside|place]].\n"
                                    "NHS [[557 801 0874|nhs]], UPN [[A805288389910|upn]], NI [[SK 30 71 52 Q|ni]]. Lorato said no.")]),)
    found = s118.problems(bad, record_ids=["5578010874"], record_phones=["01429 214 25"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01429 214 25" in p for p in found)
    for word in ("Mma", "Rra", "Gogo", "Make"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Botswana", "Eswatini", "Teesside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 557 801 0874" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Lorato' is marked as a name elsewhere" in p for p in found)
