"""Checks of the hand-written held-out redaction set 174 (bench/redaction_set174.py) that do not use the detector:
its own hard cases and its marking (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set174 as s174


def _spans():
    return [(doc.text[start:end], kind) for doc in s174.sets()[s174.NAME] for start, end, kind in doc.gold]


def test_the_set_is_held_out_and_clean():
    assert "without reading the detector" in s174.NAME
    assert s174.problems() == []


def test_the_counts():
    n_docs, per_kind = s174.counts()
    assert n_docs == 24
    assert per_kind["name"] == NAMES
    assert sum(per_kind.values()) == TOTAL
    assert sum(per_kind.values()) >= 900
    styles = [doc.style for doc in s174.sets()[s174.NAME]]
    assert len(set(styles)) == len(styles) == 24  # each document has a style label of its own


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in chats and voice notes
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    for kind in ("name", "address", "date", "school"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in HARD:
        assert (words, kind) in spans, (words, kind)  # names that are towns; scripts; short forms; odd formats
    texts = "\n".join(doc.text for doc in s174.sets()[s174.NAME])
    for unmarked in UNMARKED:
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked


NAMES, TOTAL = 577, 1000

HARD = (("BESTWICK, Kayden", "name"), ("IVANOV, Ilarion", "name"), ("IVANOVA, Marfa", "name"), ("MAGOMEDOVA, Patimat", "name"),
        ("WRAGG, Tyler", "name"), ("PLANT, Amelia Rose", "name"), ("GADZHIEVA Khadizhat", "name"), ("HARDSTAFF G", "name"),
        ("BESTWICK", "name"), ("POPPY-MAE", "name"), ("K. Denby", "name"), ("Jade Ripley", "name"), ("Ripley", "name"),
        ("Ripley", "place"), ("Crich", "name"), ("Crich", "place"), ("Ryan Crich", "name"), ("Sutton", "name"), ("Sutton", "place"),
        ("Georgia Pinxton", "name"), ("Pinxton", "place"), ("Owen Shirland", "name"), ("Tom Alfreton", "name"),
        ("Alfreton", "place"), ("Rebecca Swanwick", "name"), ("Swanwick", "place"), ("Pete Codnor", "name"), ("Codnor", "name"),
        ("Codnor", "place"), ("Bramley", "name"), ("Bev Langley", "name"), ("Langley Mill", "place"), ("Helen Ashbourne", "name"),
        ("Hannah Kilburn", "name"), ("kilburn", "name"), ("Gary Aldercar", "name"), ("Chelsea", "name"), ("Oliver W", "name"),
        ("Jayden-Lee", "name"), ("Poppy-Mae", "name"), ("Sheila\nHopkinson", "name"), ("T.\nGoodall", "name"),
        ("Avdotya\nIvanova", "name"), ("Patimat\nMagomedova", "name"), ("kai", "name"), ("Kai", "name"), ("Deano", "name"),
        ("Trace", "name"), ("trace", "name"), ("Ty", "name"), ("tyler", "name"), ("TYLER", "name"), ("sandra", "name"),
        ("callum", "name"), ("cal", "name"), ("Cal", "name"), ("jordo", "name"), ("jordan", "name"), ("gem", "name"), ("Gem", "name"),
        ("Lace", "name"), ("Mase", "name"), ("Smithy", "name"), ("Larik", "name"), ("Larion", "name"), ("Dina", "name"),
        ("Maga", "name"), ("Dinulya", "name"), ("zarema", "name"), ("Агафья", "name"), ("Федот", "name"), ("Дуня", "name"),
        ("Никифор", "name"), ("Ивановых", "name"), ("Гаша", "name"), ("Марфуша", "name"), ("Динуля", "name"), ("Зарема", "name"),
        ("Магомед", "name"), ("Расул", "name"), ("Кирилл Сидоров", "name"), ("Тимур Алиев", "name"), ("Ефим", "name"),
        ("Ларион", "name"), ("Kirill Ivanovich Sidorov", "name"), ("K. I. Sidorov", "name"),
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
        ("Loscoe Hill Primary School", "school"), ("Heanor Gate", "school"), ("Somercotes Brook", "school"),
        ("David Nieper", "school"), ("Kimberley", "school"), ("Little Acorns", "school"), ("Busy Bees\nAlfreton", "school"),
        ("Aldercar High", "school"), ("Langley Mill Juniors", "school"), ("Ironville and Codnor Park Primary", "school"),
        ("14/O6/2O23", "dob"), ("20/1O/2026", "date"), ("19.10.26", "date"), ("12-Aug-2010", "dob"), ("3.2.2004", "dob"),
        ("24th", "date"), ("19th", "date"), ("17th", "date"), ("7th February", "date"), ("28th Nov 2026", "date"),
        ("14 January\n2027", "date"), ("20 October\n2026", "date"), ("22nd October 2026", "date"), ("12 December", "date"),
        ("08.11.2026", "date"), ("+40 740 512 386", "phone"), ("+40 240 513 742", "phone"), ("+7 928 547 31 62", "phone"),
        ("+49 1521 4738216", "phone"), ("07462938157", "phone"), ("07723 481906", "phone"), ("YN19 KXD", "vehicle"),
        ("FD68 WKT", "vehicle"), ("RV17 HPX", "vehicle"), ("734 417 8001", "nhs"), ("L830239276374", "upn"),
        ("JB 46 81 20 C", "ni"), ("kirstyplant91@gmail.com", "email"), ("m.tibshelf@alfretoncroft.derbyshire.sch.uk", "email"))

# organisations, landmarks, festivals, regions, handles, kinship words and references that are in the text but not marked
UNMARKED = ("Heanor Health Centre", "RIPLEY HOSPITAL", "Heanor Park Surgery", "Alfreton Leisure Centre", "Somercotes Medical Centre",
            "Jacksdale Medical Centre", "HMP Foston Hall", "Crown Court", "Derby Family Court", "Alfreton Council House",
            "Ironville Community Association", "Royal Derby", "Crich Tramway Village", "Aldercar Flash", "Pye Hill colliery",
            "mcarthurglen", "Bruno", "Easter", "Bonfire Night", "half term", "Christmas", "Христос воскресе", "Derbyshire", "Notts",
            "Dagestan", "Romania", "Germany", "Spain", "Amber Valley", "East Midlands", "Tulcea county", "dr33no_mfd", "tyw_12",
            "dina.gdz", "kaimartin2011", "nan x", "Mum x", "OS", "Safe Steps Derbyshire", "Starting Point", "LinguaMid", "Serco",
            "The Big Word", "trentbarton", "Morrisons", "A7731EL", "M2718834", "RTG 8830417", "CTL-141126-0093", "SP/114839",
            "2026/4418", "Baba", "Баба", "otets", "nana", "Great-grandma", "Auntie", "Papa", "Snapchat", "Telegram")
