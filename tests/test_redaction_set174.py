"""Checks of the hand-written held-out redaction set 174 (bench/redaction_set174.py) that do not use the detector:
its own hard cases and its marking (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set174 as s174
from tests import hand_set_checks as checks

NAMES, TOTAL = 577, 1000
# names that are towns; scripts; short forms; odd formats
HARD = (("BESTWICK, Kayden", "name"), ("IVANOV, Ilarion", "name"), ("IVANOVA, Marfa", "name"), ("MAGOMEDOVA, Patimat", "name"),
        ("WRAGG, Tyler", "name"), ("PLANT, Amelia Rose", "name"), ("GADZHIEVA Khadizhat", "name"), ("HARDSTAFF G", "name"),
        ("BESTWICK", "name"), ("POPPY-MAE", "name"), ("K. Denby", "name"), ("Jade Ripley", "name"), ("Ripley", "name"),
        ("Ripley", "place"), ("Crich", "name"), ("Crich", "place"), ("Ryan Crich", "name"), ("Sutton", "name"), ("Sutton", "place"),
        ("Georgia Pinxton", "name"), ("Pinxton", "place"), ("Owen Shirland", "name"), ("Tom Alfreton", "name"), ("Alfreton", "place"),
        ("Rebecca Swanwick", "name"), ("Swanwick", "place"), ("Pete Codnor", "name"), ("Codnor", "name"), ("Codnor", "place"),
        ("Bramley", "name"), ("Bev Langley", "name"), ("Langley Mill", "place"), ("Helen Ashbourne", "name"), ("Hannah Kilburn", "name"),
        ("kilburn", "name"), ("Gary Aldercar", "name"), ("Chelsea", "name"), ("Oliver W", "name"), ("Jayden-Lee", "name"),
        ("Poppy-Mae", "name"), ("Sheila\nHopkinson", "name"), ("T.\nGoodall", "name"), ("Avdotya\nIvanova", "name"),
        ("Patimat\nMagomedova", "name"), ("kai", "name"), ("Kai", "name"), ("Deano", "name"), ("Trace", "name"), ("trace", "name"),
        ("Ty", "name"), ("tyler", "name"), ("TYLER", "name"), ("sandra", "name"), ("callum", "name"), ("cal", "name"), ("Cal", "name"),
        ("jordo", "name"), ("jordan", "name"), ("gem", "name"), ("Gem", "name"), ("Lace", "name"), ("Mase", "name"), ("Smithy", "name"),
        ("Larik", "name"), ("Larion", "name"), ("Dina", "name"), ("Maga", "name"), ("Dinulya", "name"), ("zarema", "name"),
        ("Агафья", "name"), ("Федот", "name"), ("Дуня", "name"), ("Никифор", "name"), ("Ивановых", "name"), ("Гаша", "name"),
        ("Марфуша", "name"), ("Динуля", "name"), ("Зарема", "name"), ("Магомед", "name"), ("Расул", "name"), ("Кирилл Сидоров", "name"),
        ("Тимур Алиев", "name"), ("Ефим", "name"), ("Ларион", "name"), ("Kirill Ivanovich Sidorov", "name"), ("K. I. Sidorov", "name"),
        ("Loscoe", "place"), ("Marlpool", "place"), ("Leabrooks", "place"), ("leabrooks", "place"), ("somercotes", "place"),
        ("mansfield", "place"), ("alfreton", "place"), ("riddings", "place"), ("pinxton", "place"), ("ironville", "place"),
        ("langley mill", "place"), ("Somercotes", "place"), ("Ironville", "place"), ("Heanor", "place"), ("Sarichioi", "place"),
        ("Jurilovca", "place"), ("Slava Rusă", "place"), ("Tulcea", "place"), ("Makhachkala", "place"), ("Khunzakh", "place"),
        ("Kizlyar", "place"), ("Bielefeld", "place"), ("St Ann's", "place"), ("Eastwood", "place"), ("Kirkby-in-Ashfield", "place"),
        ("ladybrook", "place"), ("Matlock Bath", "place"), ("31 Stanier Way", "address"), ("stanier way", "address"),
        ("6 Thorpes rd", "address"), ("27", "address"), ("8", "address"), ("2", "address"), ("9", "address"), ("16", "address"),
        ("Flat 3, 14 Station Road", "address"), ("Flat 7, Kirkland Court", "address"), ("Kirkland Ct", "address"),
        ("birchwood ln", "address"), ("stoneleigh st", "address"), ("Stoneleigh\nStreet", "address"), ("walker st", "address"),
        ("Greenhill Lane", "address"), ("DE75 7RG", "postcode"), ("NG16 4BQ", "postcode"), ("Loscoe Hill", "school"),
        ("Loscoe Hill Primary School", "school"), ("Heanor Gate", "school"), ("Somercotes Brook", "school"), ("David Nieper", "school"),
        ("Kimberley", "school"), ("Little Acorns", "school"), ("Busy Bees\nAlfreton", "school"), ("Aldercar High", "school"),
        ("Langley Mill Juniors", "school"), ("Ironville and Codnor Park Primary", "school"), ("14/O6/2O23", "dob"),
        ("20/1O/2026", "date"), ("19.10.26", "date"), ("12-Aug-2010", "dob"), ("3.2.2004", "dob"), ("24th", "date"), ("19th", "date"),
        ("17th", "date"), ("7th February", "date"), ("28th Nov 2026", "date"), ("14 January\n2027", "date"), ("20 October\n2026", "date"),
        ("22nd October 2026", "date"), ("12 December", "date"), ("08.11.2026", "date"), ("+40 740 512 386", "phone"),
        ("+40 240 513 742", "phone"), ("+7 928 547 31 62", "phone"), ("+49 1521 4738216", "phone"), ("07462938157", "phone"),
        ("07723 481906", "phone"), ("YN19 KXD", "vehicle"), ("FD68 WKT", "vehicle"), ("RV17 HPX", "vehicle"), ("734 417 8001", "nhs"),
        ("L830239276374", "upn"), ("JB 46 81 20 C", "ni"), ("kirstyplant91@gmail.com", "email"),
        ("m.tibshelf@alfretoncroft.derbyshire.sch.uk", "email"))
UNMARKED = ("Heanor Health Centre", "RIPLEY HOSPITAL", "Heanor Park Surgery", "Alfreton Leisure Centre", "Somercotes Medical Centre",
            "Jacksdale Medical Centre", "HMP Foston Hall", "Crown Court", "Derby Family Court", "Alfreton Council House",
            "Ironville Community Association", "Royal Derby", "Crich Tramway Village", "Aldercar Flash", "Pye Hill colliery",
            "mcarthurglen", "Bruno", "Easter", "Bonfire Night", "half term", "Christmas", "Христос воскресе", "Derbyshire", "Notts",
            "Dagestan", "Romania", "Germany", "Spain", "Amber Valley", "East Midlands", "Tulcea county", "dr33no_mfd", "tyw_12",
            "dina.gdz", "kaimartin2011", "nan x", "Mum x", "OS", "Safe Steps Derbyshire", "Starting Point", "LinguaMid", "Serco",
            "The Big Word", "trentbarton", "Morrisons", "A7731EL", "M2718834", "RTG 8830417", "CTL-141126-0093", "SP/114839", "2026/4418",
            "Baba", "Баба", "otets", "nana", "Great-grandma", "Auntie", "Papa", "Snapchat", "Telegram")


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s174)


def test_the_counts():
    checks.counts(s174, NAMES, TOTAL)


def test_its_own_size_checks():
    n_docs, per_kind = s174.counts()
    assert sum(per_kind.values()) >= 900


def test_the_hard_cases_are_there():
    checks.hard_cases(s174, HARD, UNMARKED, split=("name", "address", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s174)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
