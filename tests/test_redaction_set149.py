"""Checks of the hand-written held-out redaction set 149 (bench/redaction_set149.py) that do not use the detector:
its marking passes the shared checkers, its size, its own hard cases, and the organisations and landmarks left unmarked."""

from bench import redaction_set149 as s149
from tests import hand_set_checks as checks

NAMES, TOTAL = 544, 1021
HARD = (("GWILLIAM, Rhys", "name"), ("MAGOR, Kelly", "name"), ("CRICK, Dale", "name"), ("MAHMOOD, Zayan", "name"),
        ("Ferati, Arijana", "name"), ("FERATI", "name"), ("Tegan", "name"), ("tegan", "name"), ("jase", "name"), ("Jase", "name"),
        ("ffion", "name"), ("donna", "name"), ("B. Rowlands", "name"), ("E. Morgan-Jones", "name"), ("Alfie-Jay", "name"),
        ("alfie jay", "name"), ("Kerry-Ann", "name"), ("Magor", "name"), ("Magor", "place"), ("magor", "place"), ("Hodan", "name"),
        ("Hodan", "place"), ("hodan", "name"), ("Barry", "place"), ("Ely", "place"), ("Tiny", "name"), ("tiny", "name"), ("zay", "name"),
        ("KEL", "name"), ("Shan", "name"), ("kace", "name"), ("Ari", "name"), ("ari", "name"), ("Fattoum", "name"), ("فاطمة", "name"),
        ("علي", "name"), ("العرادي", "name"), ("عباس", "name"), ("سترة", "place"), ("دبي", "place"), ("كاردف", "place"),
        ("Аријана Ферати", "name"), ("Љатифа", "name"), ("Љатифа Ферати", "name"), ("Dželadini", "name"), ("Dževad", "name"),
        ("dzevad", "name"), ("Cabdiraxmaan", "name"), ("Cali", "name"), ("Ubax", "name"), ("Hargeysa", "place"), ("Hargeisa", "place"),
        ("Beograd", "place"), ("Belgrade", "place"), ("restelica", "place"), ("dragash", "place"), ("Dragaš", "place"), ("Pill", "place"),
        ("pill", "place"), ("Sitra", "place"), ("Mogadishu", "place"), ("Wadajir", "place"), ("Dadyal", "place"), ("Mirpur", "place"),
        ("Llanishen", "place"), ("Ystrad Mynach", "place"), ("st julians", "place"), ("rogerstone", "place"), ("Ring1and", "place"),
        ("Bristo1", "place"), ("Da1e", "name"), ("Br00ke", "name"), ("Jord4n", "name"), ("Brook", "name"), ("Harrises", "name"),
        ("sagal ali far are", "name"), ("safia hearsay", "name"), ("pill gwenlly primary", "school"),
        ("Ysgol Gymraeg Ifor Hael", "school"), ("Ifor Hael", "school"), ("Ifor\nHael", "school"), ("Coleg Gwent", "school"),
        ("Nash", "place"), ("st julians primary", "school"), ("Caerleon Comp", "school"), ("number 78", "address"), ("no. 25", "address"),
        ("no. 80", "address"), ("no 44", "address"), ("no 76", "address"), ("41 cefn walk", "address"), ("80 Ringland Circ1e", "address"),
        ("Monnow Way", "address"), ("np10 9gw", "postcode"), ("NPl9 9PS", "postcode"), ("23ain Hydref 2026", "date"),
        ("26 Hydref", "date"), ("20-ka Diseembar", "date"), ("١٢ نوفمبر", "date"), ("3lst", "date"), ("lst Nov", "date"),
        ("6th Nov 2O26", "date"), ("05 12 26", "date"), ("eleventh of December", "date"), ("20.11.2026.", "date"), ("14-Feb-2011", "dob"),
        ("18.04.1982", "dob"), ("+973 3945 2716", "phone"), ("+971 50 418 2273", "phone"), ("+383 44 215 873", "phone"),
        ("+381 63 812 4470", "phone"), ("+252 61 548 2931", "phone"), ("+252 63 442 7190", "phone"), ("+92 300 5418726", "phone"),
        ("C801219034517", "upn"), ("JK 52 71 39 C", "ni"), ("CU68 WBF", "vehicle"), ("WU21 KHX", "vehicle"), ("CF19 0LP", "vehicle"),
        ("608 453 0370", "nhs"))
UNMARKED = ("Bettws Medical Centre", "Maindee Health Centre", "Pillgwenlly Health Centre", "Grange University", "the Royal Gwent",
            "Aneurin Bevan UHB", "Newport City Homes", "NEWPORT CITY HOMES", "Newport Live", "St Julians ABC", "Kingsway Centre",
            "Riverfront", "FAMILY COURT SITTING AT CARDIFF", "Jau prison", "Migrant Help", "Freedom\nfrom Torture",
            "Traumatic Stress Wales", "Cyfannol", "Flying Start", "Usk Estuary County Borough Council", "Gwent Police", "Lido beach",
            "Bella", "Tank", "Gora", "Kosovo", "Bahrain", "البحرين", "Somalia", "Azad Kashmir", "Germany", "arii_x14", "kacey_bltr",
            "Yumma", "Umm", "Hooyo", "Ayeeyo", "Habaryar", "Nain", "teta", "Dadi", "Sheikh", "TP/RG", "RJ", "Lidl",
            "Avon and Somerset Police")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s149)


def test_the_counts():
    checks.counts(s149, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s149, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s149)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Arabic and Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Arabic script
