"""Checks of the hand-written held-out redaction set 102 (bench/redaction_set102.py) that do not use the detector:
its size, its own hard cases and its marking checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set102 as s102


def _spans():
    return [(doc.text[start:end], kind) for doc in s102.sets()[s102.NAME] for start, end, kind in doc.gold]


def test_the_set_is_clean_and_its_size_is_known():
    assert "without reading the detector" in s102.NAME  # (its scoring is recorded in the name once it is scored)
    assert s102.problems() == []
    spans = _spans()
    assert len(s102.sets()[s102.NAME]) == 24
    assert len({doc_label for _record, docs in s102._PAIRS for doc_label, _text in docs}) == 24  # one style label each
    assert sum(1 for _words, kind in spans if kind == "name") == 523
    assert len(spans) == 1004


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages and notes typed on a phone
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Urdu script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any("\n" in words for words, k in spans if k == "school")  # a school split across a line break
    for words, kind in (("TOLLEY, Kayleigh", "name"), ("HICKMAN, Darren James", "name"), ("HOLLAND, Ryan", "name"),
                        ("Yarnold, Megan", "name"), ("Leanne\nMoss", "name"), ("Hana\nProuse", "name"),
                        ("Okot Patrick", "name"), ("Aber Joy", "name"), ("Lamunu Florence", "name"), ("MaNdlovu", "name"),
                        ("Khumalo", "name"), ("Thoko", "name"), ("Lulu", "name"), ("Lihle", "name"), ("Sithe", "name"),
                        ("Summer", "name"), ("summer", "name"), ("Grace", "name"), ("Joy", "name"), ("joy", "name"),
                        ("Precious", "name"), ("Dawn", "name"), ("Dawn Kings", "name"), ("Jean Malvern", "name"),
                        ("Jordan Studley", "name"), ("Kane Studley", "name"), ("Chantelle Hands", "name"),
                        ("Craig Bishop", "name"), ("Nathan Eden", "name"), ("Gavin Share", "name"), ("Kathy Lane", "name"),
                        ("Dee", "name"), ("Ty", "name"), ("Pol", "name"), ("San", "name"), ("san", "name"), ("mase", "name"),
                        ("kaylz", "name"), ("jords", "name"), ("Jord", "name"), ("jamie c", "name"), ("Craig B", "name"),
                        ("Gemma R", "name"), ("K. Tolley", "name"), ("Hüseyin Aydın", "name"), ("Lily-Rose", "name"),
                        ("lily-rose", "name"), ("حفصہ", "name"), ("نازیہ", "name"), ("Muhammad Rafiq", "name"),
                        ("Abdul Ghafoor", "name"), ("Sahota", "name"), ("Webb", "name"), ("Tyler", "name"),
                        ("Studley", "place"), ("Malvern", "place"), ("Malvern Link", "place"), ("malvern link", "place"),
                        ("Hampton", "place"), ("Evesham", "place"), ("evesham", "place"), ("brommy", "place"),
                        ("Kiddy", "place"), ("Bromsgr0ve", "place"), ("kampala", "place"), ("leeds", "place"),
                        ("pershore", "place"), ("Nketa 6", "place"), ("Bulawayo", "place"), ("Gulu", "place"),
                        ("Dadyal", "place"), ("St Peter's", "place"), ("Hindlip", "place"), ("Wyre Piddle", "place"),
                        ("Headless Cross", "place"), ("Warndon Villages", "place"), ("Batchley", "place"),
                        ("Charford", "place"), ("Bengeworth", "place"), ("Matchborough", "place"), ("Offmore", "place"),
                        ("Leicester", "place"), ("31 Austin R0ad", "address"), ("sixty-three Offmore Road", "address"),
                        ("9 Evesham Road", "address"), ("House 14, Street 3, Sector B", "address"), ("no 16", "address"),
                        ("no. 18", "address"), ("Flat 4", "address"), ("flat 4", "address"), ("31", "address"),
                        ("flat 3 port st", "address"), ("abbey croft", "address"), ("KC1", "school"),
                        ("Nunnery Wood", "school"), ("little acorns", "school"), ("LITTLE ACORNS", "school"),
                        ("Batchley\nBrook", "school"), ("Matchborough\nFirst School", "school"),
                        ("Fourteen, ten, two thousand eleven", "dob"), ("2nd Nov 1989", "dob"), ("4/7/98", "dob"),
                        ("Christmas Day 2022", "date"), ("14", "date"), ("15 November", "date"), ("12th", "date"),
                        ("10th", "date"), ("11th", "date"), ("12.11.26", "date"), ("+263 77 412 8835", "phone"),
                        ("+256 772 418 903", "phone"), ("+27 82 614 3390", "phone"), ("+92 300 5821 647", "phone"),
                        ("ZB 41 62 77 C", "ni"), ("WU68 KXN", "vehicle"), ("LJ19 ZRV", "vehicle"), ("997 838 8273", "nhs"),
                        ("V885246780707", "upn"), ("tenancy@lickeyhomes.org.uk", "email"), ("Kidderminster College", "school")):
        assert (words, kind) in spans, (words, kind)  # names that are words or towns; scripts; short forms; odd formats
    texts = "\n".join(doc.text for doc in s102.sets()[s102.NAME])
    for unmarked in ("Winyates Health Centre", "Woodrow Medical Centre", "Batchley Family Hub", "REDDITCH FOOD BANK",
                     "Citizens Advice Bromsgrove and Redditch", "St Luke's Church hall", "the Kingfisher",
                     "Kidderminster Magistrates'", "Ridgeway Surgery", "Charford Colts", "Sanders Park", "Lickey Homes",
                     "Worcestershire Royal", "Tolladine Community Centre", "REDEEMED LIFE FELLOWSHIP (WORCESTER)",
                     "St Martin's", "Midlands Language Link", "Mukuru", "Alexandra Hospital",
                     "Matchborough Christian Fellowship", "Bengeworth Kebab and Pizza", "Abbey Road Children's Centre",
                     "abbey medical", "Polski Sklep", "Baxter Community Centre",
                     "Kidderminster Town station", "Brookside Central", "District Mirpur", "Azad Kashmir", "Worcestershire",
                     "this is England", "Lok pa Acholi", "March 2023", "July 2025", "Gogo 💛", "masonT_2017", "CH + LR",
                     "A.M.", "bhai", "bhabi", "sahib", "Pastor", "Deaconess", "Haji", "Qari", "chacha", "phuppo",
                     "Baba", "Nanny", "LH-0044718", "22WM/118406/26", "RFB 26/11/0451"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked


def test_the_checks_can_fail():
    bad = ((s102.RECORD_C, [("bad", "Ring [[01905 843 12|phone]] about [[Gogo MaNdlovu|name]], [[Pastor Ndlovu|name]],"
                                    " [[Haji Muhammad Rafiq|name]] and [[Zubair bhai|name]] on [[Monday 5 October|date]] in"
                                    " [[Worcestershire|place]] and [[Pakistan|place]]. Lulu said no, [[Lulu|name]] said yes.")]),)
    found = s102.problems(bad, record_ids=[], record_phones=[])
    assert any("phone is not a valid number" in p for p in found)
    for word in ("Gogo", "Pastor", "Haji"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "bhai" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Worcestershire", "Pakistan"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("'Lulu' is marked as a name elsewhere" in p for p in found)
