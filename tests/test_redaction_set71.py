"""Checks of the hand-written held-out redaction set 71 (bench/redaction_set71.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set71 as s71


def test_the_set_is_clean_and_its_size():
    assert "without reading the detector" in s71.NAME
    assert s71.problems() == []
    documents, per_kind = s71.counts()
    assert documents == 24
    assert per_kind["name"] == 526
    assert sum(per_kind.values()) == 1001


def test_the_hard_cases_are_there():
    spans = [(doc.text[start:end], kind) for doc in s71.sets()[s71.NAME] for start, end, kind in doc.gold]
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in texts, a chat, a diary and phone notes
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Cyrillic script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic script
    for kind in ("name", "address", "place", "date", "school"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in (("ASHWORTH, Tyler-Jay", "name"), ("ASHWORTH, Poppy", "name"), ("KENYON, Alfie", "name"),
                        ("MWAKYUSA, Baraka", "name"), ("LEIGH, Jordan", "name"), ("B Crompton", "name"), ("O. Haworth", "name"),
                        ("S Nuttall", "name"), ("Karen D", "name"), ("Pat\nKenyon", "name"), ("TJ", "name"), ("tj", "name"),
                        ("pops", "name"), ("reece", "name"), ("maryam", "name"), ("lord", "name"), ("okafor", "name"),
                        ("Hope", "name"), ("Grace", "name"), ("Precious", "name"), ("Tom Lord", "name"), ("Shaw", "name"),
                        ("Laura Heywood", "name"), ("Rachel Oldham", "name"), ("Holden", "name"), ("Pickup", "name"),
                        ("Kai", "name"), ("Kyron BELL", "name"), ("Dizzy", "name"), ("Nilufar", "name"), ("Фируза Раҳимова", "name"),
                        ("Парвинаҷон", "name"), ("Нилуфар", "name"), ("Фаррух", "name"), ("Гулнора", "name"), ("Бехруз", "name"),
                        ("Саид", "name"), ("farrukh", "name"), ("Kimaro", "name"), ("Rehema", "name"), ("Heywood", "place"),
                        ("Oldham", "place"), ("Kirkholt", "place"), ("kirkholt", "place"), ("Deeplish", "place"),
                        ("Waterloo", "place"), ("Stubbins", "place"), ("Ridge Hill", "place"), ("Darnhill", "place"),
                        ("Summer-\nseat", "place"), ("littlebro", "place"), ("totty", "place"), ("Хуҷанд", "place"),
                        ("Душанбе", "place"), ("Москва", "place"), ("Khujand", "place"), ("Mbeya", "place"),
                        ("Dar es Salaam", "place"), ("Ashton u Lyne", "place"), ("Bury", "place"), ("Ashton", "place"),
                        ("no. 39", "address"), ("no 7", "address"), ("41", "address"), ("43", "address"), ("Flat 9", "address"),
                        ("flat 6", "address"), ("Ashfield House", "address"), ("peel brow", "address"),
                        ("ул. Профсоюзная, д. 56, кв. 12", "address"), ("Mtaa wa Sokoine", "address"),
                        ("47 Bamford\nRoad", "address"), ("spotland rd", "address"), ("Peel Brow", "school"),
                        ("peel brow", "school"), ("copley", "school"), ("kirkholt primary", "school"), ("little acorns", "school"),
                        ("Little Acorns", "school"), ("Arlies\nPrimary", "school"), ("Kingsway Park", "school"),
                        ("RV70", "vehicle"), ("RV70 KHJ", "vehicle"), ("BL0", "postcode"), ("ol15 9hw", "postcode"),
                        ("l2th Nov", "date"), ("1 June\n2027", "date"), ("2", "date"), ("9th", "date"), ("19th", "date"),
                        ("29th nov", "date"), ("14.03.2011", "dob"), ("+992 93 512 4480", "phone"), ("+7 916 482 3051", "phone"),
                        ("+255 754 318 902", "phone"), ("JR 62 18 44 B", "ni"), ("408 103 6098", "nhs"),
                        ("X354265317392", "upn"), ("zarina.yusupova@gmail.com", "email")):
        assert (words, kind) in spans, (words, kind)  # names that are words or towns; scripts; short forms; odd formats
    texts = "\n".join(doc.text for doc in s71.sets()[s71.NAME])
    for unmarked in ("Rochdale Infirmary", "Ramsbottom Health Centre", "Heywood Health Centre", "Tameside General",
                     "Royal Oldham Hospital", "Achieve Bury", "Stalybridge Civic Hall", "Heywood Civic Centre",
                     "Kirkholt Medical Practice", "Argyle Street Medical Centre", "Deeplish Community Centre",
                     "Number One Riverside", "Early Break", "Healthy Young Minds", "Rehoboth Gospel Assembly",
                     "Pennine Language Link", "Corner Pin", "Co-op", "Tesco", "Tilly", "Бибиҷон", "Папа", "тётя", "дядя",
                     "ака", "Mzee", "bibi", "Pastor", "Madam", "Tameside", "Tajikistan", "Sughd", "Tanzania", "OH",
                     "PPN/26/BY/031177", "PLL-77104", "RVC-CF-0091442", "Roch Vale", "Irwell Vale", "Tame Valley"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked


def test_the_checks_can_fail():
    bad = ((s71.RECORD_B, [("bad", "Ring [[0161 946 221|phone]] about [[Parvina|name]], [[тётя Гулнора|name]],"
                                    " [[Pastor Joseph|name]], [[Mzee Kimaro|name]], [[Саид ака|name]] on"
                                    " [[Monday 2 November|date]] in [[Tajikistan|place]] and [[Tameside|place]].\n"
                                    "NHS [[408 103 6099|nhs]]. Parvina said no.")]),)
    found = s71.problems(bad, record_ids=["4081036099"], record_phones=["0161 946 221"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    for word in ("тётя", "Pastor", "Mzee"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "ака" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Tajikistan", "Tameside"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Parvina' is marked as a name elsewhere" in p for p in found)
