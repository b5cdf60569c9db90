"""Checks of the hand-written held-out redaction set 164 (bench/redaction_set164.py) that do not use the detector:
its size, its own hard cases and failing checks (the checks every set shares are in test_redaction_hand_sets.py)."""

from bench import redaction_set164 as s164
from tests import hand_set_checks as checks

NAMES, TOTAL = 597, 1034
# names that are words or towns; scripts; short forms; odd formats
HARD = (('MOSS, Nicola', 'name'), ('PIMLOTT, Gary', 'name'), ('GARSIDE, Alfie', 'name'), ('GARSIDE, Ruby-Mae', 'name'),
        ('ROLLE, Deandra Shanice', 'name'), ('SUTTON, Gareth Paul', 'name'), ('SUTTON Kendrick', 'name'), ('SUTTON Asia', 'name'),
        ('Kai BRERETON', 'name'), ('Leah MOSS', 'name'), ('Tyler HOUGH', 'name'), ('3ЕЋИРИ Шпреса', 'name'), ('ZEĆIRI Špresa', 'name'),
        ('Zeqiri Shpresa', 'name'), ('Бериша', 'name'), ('Хава Зећири', 'name'), ('Д. Петровић', 'name'), ('D. Petrović', 'name'),
        ('Bećir Zećiri', 'name'), ('Ruby\nMae', 'name'), ('Priya\nNair', 'name'), ('Merita\nRexhepi', 'name'), ('Becky\nAstbury', 'name'),
        ('Karen\nDobson', 'name'), ('Joan Castle', 'name'), ('Castle', 'name'), ('Castle', 'place'), ('Moulton', 'name'),
        ('moulton', 'name'), ('Crewe', 'name'), ('Crewe', 'place'), ('crew', 'place'), ('barton', 'place'), ('prior nair', 'name'),
        ('pria', 'name'), ('Pria', 'name'), ('Chantelle Brooks', 'name'), ('chantelle brooks', 'name'), ('ruby may garside', 'name'),
        ('Asda', 'name'), ('Asha', 'name'), ('kai b', 'name'), ('Bezza', 'name'), ('bezza', 'name'), ('Tiny', 'name'), ('tiny', 'name'),
        ('Lee', 'name'), ('Frank Bolton', 'name'), ('frank bolton', 'name'), ('Sam Frodsham', 'name'), ('Brereton', 'name'),
        ('Brereton Green', 'place'), ('Asia', 'name'), ('asia', 'name'), ('Nova', 'name'), ('nova', 'name'), ('Precious', 'name'),
        ('precious', 'name'), ('Grace', 'name'), ('Dee', 'name'), ('DEE', 'name'), ('Mika', 'name'), ('mika', 'name'), ('Kenny', 'name'),
        ('Rudy', 'name'), ('Ivy', 'name'), ('Fadil', 'name'), ('Sutton', 'name'), ('gem', 'name'), ('ty', 'name'), ('Ty', 'name'),
        ('Alf', 'name'), ('Rubes', 'name'), ('Telle', 'name'), ('Jodie D', 'name'), ('Kyle', 'name'), ('Shannon Kyle', 'name'),
        ('Pauline Hope', 'name'), ('jordan', 'name'), ('Jordan', 'name'), ('Over', 'place'), ('Swanlow', 'place'), ('Darnhall', 'place'),
        ('Leftwich', 'place'), ('leftwich', 'place'), ('Winnington', 'place'), ('Barnton', 'place'), ('barnton', 'place'),
        ('Hartford', 'place'), ('Wharton', 'place'), ('wharton', 'place'), ('Fushë\nKosovë', 'place'), ('Fushë Kosovë', 'place'),
        ('Урошевац', 'place'), ('Урошевцу', 'place'), ('УРОШЕВАЦ', 'place'), ('Uroševac', 'place'), ('UROŠEVAC', 'place'),
        ('Ferizaj', 'place'), ('Gjilan', 'place'), ('Dortmund', 'place'), ('Fox Hill', 'place'), ('fox hill', 'place'),
        ('Nassau', 'place'), ('nassau', 'place'), ('Benidorm', 'place'), ('London', 'place'), ('NORTHWICH', 'place'),
        ('WINSFORD', 'place'), ('Northwich', 'place'), ('northwich', 'place'), ('winsford', 'place'), ('chester', 'place'),
        ('manchester', 'place'), ('Halton Lea', 'place'), ('Davenham', 'place'), ('davenham', 'place'), ('Runcorn', 'place'),
        ('runcorn', 'place'), ('widnes', 'place'), ('Hayhurst', 'school'), ('hayhurst', 'school'), ('dane bank', 'school'),
        ('Dane\nBank', 'school'), ('mid ches', 'school'), ('Mid Cheshire', 'school'), ('Mid Cheshire College', 'school'),
        ('Weaverham High', 'school'), ('Winsford Academy', 'school'), ('Barnton Fields', 'school'), ('Winnington Vale', 'school'),
        ('Darnhall Brook', 'school'), ('5 Runcorn\nRoad', 'address'), ('3 Bradford\nRoad', 'address'), ('5 runcorn rd', 'address'),
        ('swanlow lane', 'address'), ('#9 Step Street', 'address'), ('Step St', 'address'), ('Ц. Марковића 8', 'address'),
        ('8 Cara Markovića', 'address'), ('24', 'address'), ('22', 'address'), ('no. 19', 'address'), ('no 42', 'address'),
        ('no. 16', 'address'), ('The Drumber', 'address'), ('Market St', 'address'), ('Dene Drive', 'address'),
        ('Brunner Grove', 'address'), ('31 church st', 'address'), ('Flat 6, Kingsway House', 'address'), ('Kinderton Street', 'address'),
        ('12. 03. 1990', 'dob'), ('дванаести март хиљаду деветсто деведесете', 'dob'), ('twelfth March nineteen ninety', 'dob'),
        ('03/12/1990', 'dob'), ('2nd June', 'dob'), ('18/11/26', 'dob'), ('18-11-2026', 'dob'), ('4/9/1996', 'dob'),
        ('5\nNovember', 'date'), ('20. 03. 1990', 'date'), ('6th of Feb', 'date'), ('3rd Nov', 'date'), ('Feb 2nd 2027', 'date'),
        ('27.10.26', 'date'), ('Oct 17 2026', 'date'), ('Oct 25', 'date'), ('nov 12', 'date'), ('Nov 1', 'date'), ('25th', 'date'),
        ('26th', 'date'), ('13th', 'date'), ('15th', 'date'), ('3', 'date'), ('4 Oct', 'date'), ('20', 'date'), ('22 Nov', 'date'),
        ('Christmas Eve 2025', 'date'), ('18/11', 'date'), ('19/11', 'date'), ('2 Nov', 'date'), ('1st Sept', 'date'), ('4 Nov', 'date'),
        ('+383 44 218 593', 'phone'), ('+1 242 357 8814', 'phone'), ('+1 242 367 2280', 'phone'), ('+49 176 4821 9937', 'phone'),
        ('01606 557 214', 'phone'), ('FN19', 'vehicle'), ('FN19 XKC', 'vehicle'), ('KX18 UFD', 'vehicle'), ('YG20 HWN', 'vehicle'),
        ('LV14 ZRK', 'vehicle'), ('CX71 WPD', 'vehicle'), ('TB 57 20 81 C', 'ni'), ('685 627 1905', 'nhs'), ('784 546 5356', 'nhs'),
        ('V896392873601', 'upn'), ('U896222679419', 'upn'), ('c.maddock58@btinternet.com', 'email'),
        ('n.kowalczyk@winningtonvale.cheshire.sch.uk', 'email'))
UNMARKED = ('Weaver Vale Council', 'Weaver Homes', 'Victoria Infirmary', 'Leighton Hospital', 'Northwich Victoria', 'Winsford Utd',
            'Anderton Boat Lift', 'Marbury', 'marbury', 'Salt Museum', 'Swanlow Med Centre', 'Wharton Community Centre',
            'Barnton Surgery', 'Danebridge Medical Centre', 'Winnington Park juniors', 'Chester Magistrates',
            'the Family Court at Chester', 'Red Lion', 'Balkan Market', 'Verdin Exchange', 'Wyvern House', 'Hamilton House', 'Montagu',
            'Junkanoo', 'Boxing Day', 'Tank', 'leahh.mxx', 'Kosovo', 'Spain', 'Grammy', 'grammy', 'Mummy', 'gjyshja', 'xhaxhi', 'Nanna',
            'Nanny', 'Uncle', 'KL', 'S.B.', 'NRPSI 20417', 'CMLAP/26/0733/DR', 'WH/CAS/22/0091', 'CFD-26-118204', 'Christ Church', 'Lidl',
            'Tata', 'Cheshire Without Abuse', 'Trussell Trust', 'Bahamas High Commission', 'the Weaver', 'Catch22', 'NYAS', 'Bahamian',
            'Ashkali', 'YUGOSLAVIA', 'Big Word', 'Wetherspoons', 'Morrisons', 'Tesco', 'Staffie', 'Passat', 'Audi', 'FaceTime',
            'western union', 'Kenny boy', '0944/20NOV', '2600481173', 'PC 4471')


def test_the_set_is_clean_and_held_out():
    checks.clean_and_held_out(s164)


def test_the_counts():
    checks.counts(s164, NAMES, TOTAL)


def test_the_hard_cases_are_there():
    checks.hard_cases(s164, HARD, UNMARKED, split=("name", "address", "place", "date", "school"))


def test_its_own_hard_cases():
    spans = checks.spans(s164)
    names = [words for words, kind in spans if kind == "name"]
    assert any(not any(c.isascii() for c in name) for name in names)  # a name in Serbian Cyrillic
    assert any("-" in name and name[0].isupper() for name in names)  # double-barrelled names
    assert any(words.islower() for words, k in spans if k == "school")
    assert any(not any(c.isascii() for c in words) for words, k in spans if k == "place")  # places in Cyrillic


def test_the_checks_can_fail():
    bad = ((s164.RECORD_F, [("bad", "Ring [[01606 123|phone]] about [[Deandra|name]], [[Grammy Ivy|name]], [[xhaxhi Fadil|name]],"
                                     " [[gjyshja Hava|name]], [[Uncle Rudy|name]], [[Nanna Sutton|name]] and [[Kenny boy|name]] on"
                                     " [[Sunday 1 November|date]] in [[Kosovo|place]], [[the Bahamas|place]], [[Cheshire|place]] and"
                                     " [[Spain|place]].\nNHS [[148 730 9059|nhs]], UPN [[A896398503811|upn]], NI [[TB 12 34 56 E|ni]]."
                                     " Deandra said no.")]),)
    found = s164.problems(bad, record_ids=["1487309059"], record_phones=["01606 123"])
    assert any("record phone is not a valid number" in p for p in found)
    assert any("record NHS number fails its check digit" in p for p in found)
    assert any("phone is not a valid number: 01606 123" in p for p in found)
    for word in ("Grammy", "xhaxhi", "gjyshja", "Uncle", "Nanna"):
        assert any("title or kinship word" in p and f"'{word} " in p for p in found), word
    assert any("kinship word after a name" in p and "boy" in p for p in found)
    assert any("weekday inside a date span" in p for p in found)
    for region in ("Kosovo", "the Bahamas", "Cheshire", "Spain"):
        assert any("country, county or region" in p and region in p for p in found), region
    assert any("NHS number fails its check digit: 148 730 9059" in p for p in found)
    assert any("UPN fails its check letter" in p for p in found)
    assert any("NI number has a bad format" in p for p in found)
    assert any("'Deandra' is marked as a name elsewhere" in p for p in found)
