"""Checks of the hand-written held-out redaction set 51 (bench/redaction_set51.py) that do not use the detector:
its marking passes its own checker, its size, its own hard cases and the strings it leaves unmarked (the checks every set
shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set51 as s51


def _spans():
    return [(doc.text[start:end], kind) for doc in s51.sets()[s51.NAME] for start, end, kind in doc.gold]


def test_the_set_is_held_out_and_clean():
    assert "without reading the detector" in s51.NAME
    assert s51.problems() == []


def test_the_size():
    docs = s51.sets()[s51.NAME]
    spans = _spans()
    assert len(docs) == 24
    assert len(spans) == 1068
    assert sum(1 for _words, kind in spans if kind == "name") == 601


def test_the_hard_cases_are_there():
    spans = _spans()
    names = [words for words, kind in spans if kind == "name"]
    assert any("\n" in name for name in names)  # a name split across a line break
    assert any(name.islower() for name in names)  # lower-case names in messages and phone notes
    assert any("," in name and name.split(",")[0].isupper() for name in names)  # SURNAME, First
    assert any(not any(c.isascii() for c in name) for name in names)  # names in Uyghur (Arabic) script
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.startswith("+") and not words.startswith("+44") for words, kind in spans if kind == "phone")  # foreign
    assert any(words.islower() for words, k in spans if k == "place")  # lower case in messages
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(words.islower() for words, k in spans if k == "address")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # a place in Uyghur script
    for kind in ("name", "address", "place", "date", "school"):
        assert any("\n" in words for words, k in spans if k == kind), kind  # split across a line break
    for words, kind in (("MEMET, Ablikim", "name"), ("TURSUN, Gulnar", "name"), ("ABDUKERIM, Memet", "name"),
                        ("BRADING, Harley", "name"), ("Brading J", "name"), ("Harley B.", "name"), ("Yusmary R", "name"),
                        ("Memet", "name"), ("Ab", "name"), ("Adil", "name"), ("Nurgul", "name"), ("Nurgül", "name"),
                        ("گۈلنار", "name"), ("دىلنۇر", "name"), ("ئەركىن", "name"), ("Vale", "name"), ("Santi", "name"),
                        ("Kersey", "name"), ("TJ", "name"), ("tj", "name"), ("kay", "name"), ("bev", "name"), ("ivy", "name"),
                        ("Summer", "name"), ("summer", "name"), ("Amber", "name"), ("amber", "name"), ("Ivy", "name"),
                        ("Pink", "name"), ("Gareth Pink", "name"), ("Hannah Fairweather", "name"), ("Liam Fry", "name"),
                        ("Owen Haddock", "name"), ("Hatch", "name"), ("Tiny", "name"), ("tiny", "name"), ("TINY", "name"),
                        ("Kaiiii", "name"), ("reeceys", "name"), ("Reecey", "name"), ("shel", "name"), ("cal", "name"),
                        ("stace", "name"), ("jade", "name"), ("Lacey\nSperring", "name"), ("NEWNHAM", "name"),
                        ("Ghulja", "place"), ("Yining", "place"), ("غۇلجا", "place"), ("Zeytinburnu", "place"), ("Istanbul", "place"),
                        ("Almaty", "place"), ("Maracaibo", "place"), ("Tierra Negra", "place"), ("Madrid", "place"),
                        ("Paderborn", "place"), ("Tapa", "place"), ("sornerford", "place"), ("bournmouth", "place"),
                        ("pokesdown", "place"), ("turlin moor", "place"), ("portland", "place"), ("weymouth", "place"),
                        ("calmore", "place"), ("Boyatt\nWood", "place"), ("Canford\nHeath", "place"), ("Picket Twenty", "place"),
                        ("Leigh Park", "place"), ("Bishopstoke", "place"), ("Hamworthy", "place"), ("East Cowes", "place"),
                        ("E. Cowes", "place"), ("Somerford", "place"), ("Tidworth", "place"), ("Havant", "place"),
                        ("Andover", "place"), ("Cobbs Quay", "address"), ("cobbs quay", "address"), ("58. Sokak", "address"),
                        ("Calle\nde Toledo", "address"), ("Am Rosenhang 7", "address"), ("33104", "postcode"),
                        ("twenty-seven Tilbury Walk", "address"), ("52 Furr-", "address"), ("longs", "address"),
                        ("33 blandford rd n", "address"), ("no. 16", "address"), ("Flat 2", "address"), ("no. 8", "address"),
                        ("Barrack Road", "address"), ("Broadway", "address"), ("Chickerell Road", "address"),
                        ("Havant Downs", "school"), ("harbourside", "school"), ("Lansdowne", "school"),
                        ("Bournemouth and Poole College", "school"), ("PICKET TWENTY PRIMARY SCHOOL", "school"),
                        ("18 de octubre de 2026", "date"), ("5 de octubre", "date"), ("8", "date"), ("12", "date"),
                        ("19 October", "date"), ("12th of october", "date"),
                        ("08-Jul-2026", "dob"), ("5.3.2010", "dob"), ("19/2/03", "dob"),
                        ("31\nOctober", "date"), ("31 OCT", "date"), ("+90 532 418 27 63", "phone"), ("+58 412 537 2910", "phone"),
                        ("+34 612 448 935", "phone"), ("+49 151 2384 7716", "phone"), ("410 423 5881", "nhs"),
                        ("H835271640388", "upn"), ("TH 27 59 13 B", "ni"), ("HF68 OWR", "vehicle"), ("HW17 DZK", "vehicle"),
                        ("yusmary.rondon90@gmail.com", "email")):
        assert (words, kind) in spans, (words, kind)  # names that are words; scripts; short forms; odd formats
    texts = "\n".join(doc.text for doc in s51.sets()[s51.NAME])
    for unmarked in ("Hengistbury Head", "Andover Guildhall", "Tidworth Garrison", "Royal Bournemouth", "Southampton General",
                     "Princess Anne", "St Mary's Hospital", "Queen\nAlexandra Hospital", "Staunton Surgery", "Grove Surgery",
                     "Stokewood Surgery", "East Cowes Medical Centre", "Hamworthy Boxing Club", "Hampshire Young Carers Alliance",
                     "Southcoast Language Services", "Red Funnel", "Coram Voice", "Emmaus", "Swan Centre", "Meon Water Council",
                     "Stour Bay Council", "Kleen", "Peggy", "Bisket", "Hazel", "Kingfishers", "Treetops", "Xinjiang", "Turkey",
                     "Estonia", "Germany", "Afghanistan", "Ucrania", "Hampshire", "Dorset", "Isle of Wight", "Mami", "Mama",
                     "Ella", "bk.detailing_bmth", "vale.src_", "kaichubbz_11", '"B"', "Mar-Sep 2026", "March-April",
                     "Jun 2015", "0300 555 1373", "SLS-4471", "MASH/26/99120", "DP-26-118840", "30144872", "GMC 7033412",
                     "K1177420", "5512", "in the summer"):
        assert unmarked in texts, unmarked
        assert all(unmarked not in words for words, _kind in spans), unmarked
