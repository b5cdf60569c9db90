"""Checks of the hand-written held-out redaction set 46 (bench/redaction_set46.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set46 as s46
from tests import hand_set_checks as checks

NAMES, TOTAL = 515, 921
# names that are words or towns; scripts; short forms; odd formats
HARD = (("C0TTON, Shannon", "name"), ("Tilly COTTON", "name"), ("FORTES TAVARES, Kelvin", "name"), ("FORTES TAVARES", "name"),
        ("Chaminda W.", "name"), ("LAKE J", "name"), ("H. Ling", "name"), ("Gloria Ospina de Gutiérrez", "name"),
        ("Luisa Fernanda Gutiérrez Ospina", "name"), ("Maria da Luz Semedo", "name"), ("Djéniffer", "name"), ("Djeni", "name"),
        ("Luzinha", "name"), ("Kiki", "name"), ("Zé", "name"), ("Bia", "name"), ("Tomás", "name"), ("Vale", "name"), ("Jordan", "name"),
        ("Jord", "name"), ("Ives", "name"), ("Trapz", "name"), ("Nimmi", "name"), ("Ruwan", "name"), ("Sumanasara", "name"),
        ("NIMASHA", "name"), ("නිමාෂා", "name"), ("චමින්ද", "name"), ("Summer", "name"), ("summer", "name"), ("Robin", "name"),
        ("robin", "name"), ("Jade", "name"), ("Brooke", "name"), ("brooke", "name"), ("Lake", "name"), ("Harriet Ling", "name"),
        ("Bugg", "name"), ("Sue Frost", "name"), ("Becky Moss", "name"), ("Aaron Last", "name"), ("Michelle Dye", "name"),
        ("Joanne Self", "name"), ("Ely", "name"), ("Anna Bloomfield", "name"), ("Gary Thrower", "name"), ("lew", "name"),
        ("dale", "name"), ("norm", "name"), ("craig pardon", "name"), ("Lily-Mae Catchpole", "name"), ("Kerry-Ann Sallows", "name"),
        ("Ellie-Rose", "name"), ("Mildenha1l", "place"), ("Mildenhall", "place"), ("MILDENHALL", "place"), ("Beck Row", "place"),
        ("brandon", "place"), ("lakenheath", "place"), ("bury", "place"), ("Bury", "place"), ("Gorleston-on-Sea", "place"),
        ("Gorleston", "place"), ("Santiago", "place"), ("Praia", "place"), ("Assomada", "place"), ("Achada Santo António", "place"),
        ("Amadora", "place"), ("Lisboa", "place"), ("Lisbon", "place"), ("Cascais", "place"), ("Walton", "place"), ("Nugegoda", "place"),
        ("Kandy", "place"), ("මහනුවර", "place"), ("Kurunegala", "place"), ("Colombo", "place"), ("stowie", "place"), ("ipswich", "place"),
        ("Needham Mkt", "place"), ("Needham", "place"), ("Tottenham", "place"), ("London", "place"), ("Medellín", "place"),
        ("Bogotá", "place"), ("Toftwood", "place"), ("swaffham", "place"), ("King's Lynn", "place"), ("14 Queensway", "address"),
        ("no. 16", "address"), ("no. 60", "address"), ("no. 35", "address"), ("Flat 3", "address"), ("41 Lowestoft Rd", "address"),
        ("Rua Cidade de Bolama 14, 2.º Esq.", "address"), ("Calle 44 # 79-120, Laureles", "address"), ("Grove Road", "address"),
        ("Norwich Road", "address"), ("chilton way", "address"), ("Marden House", "address"), ("Flat 12, Marden House", "address"),
        ("Stowmarket High", "school"), ("Peterhouse", "school"), ("Ormiston Venture", "school"), ("Riverside", "school"),
        ("Browick Road", "school"), ("Toftwood Junior", "school"), ("09/1O/1997", "dob"), ("22-09-2011", "dob"), ("13.12.10", "dob"),
        ("03.03.01", "dob"), ("2 de noviembre de 2026", "date"), ("1 de noviembre de 2026", "date"), ("10 Nov 2O26", "date"),
        ("26th November 2026", "date"), ("28th", "date"), ("7th", "date"), ("19 Feb", "date"), ("+351 912 345 678", "phone"),
        ("+238 991 23 45", "phone"), ("+94 77 482 1093", "phone"), ("+57 310 472 9185", "phone"), ("+447817340659", "phone"),
        ("07378562014", "phone"), ("160 993 8291", "nhs"), ("L935316549850", "upn"), ("A926705468012", "upn"), ("SN 72 41 09 C", "ni"),
        ("PK 18 52 77 A", "ni"), ("YK65 WDF", "vehicle"), ("EX17 KTO", "vehicle"), ("IP28 7JY", "postcode"),
        ("Little Acorns Day Nursery", "school"), ("College Heath Road", "address"), ("Harriet\nLing", "name"),
        ("Needham\nMarket", "place"), ("14 February\n2027", "date"), ("chaminda.w79@gmail.com", "email"))
UNMARKED = ("Mildenhall Hub", "Market Cross Surgery", "Lighthouse Women's Aid", "West Suffolk Hospital",
            "JAMES PAGET UNIVERSITY HOSPITAL", "Queen Elizabeth Hospital", "Grove Medical Centre", "Wymondham Children's Centre",
            "Wymondham Library", "Toftwood Community Centre", "Endeavour House", "Catch22", "Falkland Surgery",
            "Anglia Language Services", "Norfolk Interpreting", "St Mary Magdalene", "Pier Hotel", "Alton Water", "St Jude's", "Bonnie",
            "Papi", "Akka", "Amma", "Thaththa", "Mum ❤", "trapz_n17", "k_b0909", "reece_waspe.x", "KB", "0345 600 2040", "Suffolk",
            "Norfolk", "Cabo Verde", "Sri Lanka", "Colombia", "Portugal", "PF/26/0193", "J4471820", "ALS-4471", "CAD 2401", "BWV 2291",
            "Tia", "Nha", "Dona", "aiya")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s46)


def test_the_counts():
    checks.counts(s46, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s46, HARD, UNMARKED, split=("name", "address", "place", "date"))


def test_its_own_hard_cases():
    spans = checks.spans(s46)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Sinhala script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Sinhala script


def test_the_checks_can_fail():
    bad = ((s46.RECORD_B, [("bad", "Ring [[0161 946 221|phone]] about [[Djeni|name]], [[Tia Luzinha|name]], [[Nha Bia|name]],"
                                    " [[Dona Maria|name]], [[Aunt Michelle|name]] and [[Ruwan aiya|name]] on"
                                    " [[Sunday 8 November|date]] in [[Suffolk|place]], [[Cabo Verde|place]] and"
                                    " [[Sri Lanka|place]].\nNHS [[541 162 7967|nhs]]. Djeni said no.")]),)
    found = s46.problems(bad, record_ids=["5411627967"], record_phones=["0161 946 221"])
    assert any("phone is not a valid number: 0161 946 221" in p for p in found)
    for word in ("Tia", "Nha", "Dona", "Aunt"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "aiya" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Suffolk", "Cabo Verde", "Sri Lanka"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 541 162 7967" in p for p in found)
    assert any("'Djeni' is marked as a name elsewhere" in p for p in found)
