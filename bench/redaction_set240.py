"""Set 240: a held-out hand-written set for the redaction detector, six invented families in Shipston-on-Stour, Brailes and
Kineton (south Warwickshire), written in one short sitting.

Written on 2026-12-08 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as set 213 does), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set238.py, bench/redaction_set239.py, bench/redaction_set241.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at
no detector output. What was read: bench/redaction_set213.py (its docstring, its first two documents and its end: records,
_PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full,
and the signature of Records.party in bench/redaction_handwritten.py (by grep). The docstrings of bench/redaction_set7.py to
bench/redaction_set237.py were searched by script for the towns and for candidate communities, printing only lists of set
numbers: "Shipston", "Brailes" and "Kineton" are in none of them; "Mingrelian", "Megrelian", "Zugdidi" and "Abkhaz" are in
none ("Georgian" is in set 30's, so Georgian as such is not claimed as new). Phone numbers were checked with the
phonenumbers library; NHS numbers and UPNs (LA 937, Warwickshire) were made and checked with python-stdnum, in small
snippets. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families: a young white British mother in Shipston-on-Stour (Haynes / Tustin; neglect of a boy of 7 and a baby, a
partner who deals cannabis); a Mingrelian family from Zugdidi, Georgia, in Kineton (Shonia / Kvaratskhelia; domestic abuse
by a father who works at Gaydon, the mother's message in Georgian translated, a grandmother in Zugdidi on +995); a young
carer of 13 in Upper Brailes (Coombes; a mother with MS, a nan in Cherington); a white British and Black Caribbean boy of 15
in Kineton (Bailey-Morris; missing to Banbury, criminal exploitation); a British Pakistani family in Shipston-on-Stour
(Hussain; a mother with postnatal depression, her family in Alum Rock, Birmingham); and a white British girl of 14 in Lower
Brailes (Lloyd; a father drinking, self-harm, an aunt in Whichford). The community new to this set: Mingrelian (Megrelian)
speakers from Samegrelo, western Georgia (Zugdidi, Senaki, Martvili, Poti, Khobi, Tsalenjikha, the village of Chkhoria),
with Mingrelian and Georgian kin words (dida, bebia, babua, deida), names in Georgian script, and Georgian mobiles (+995).

24 documents, each with its own style label: a primary school safeguarding log, a health visitor's home visit note, a
mother's texts typed up, child protection conference minutes, a police domestic incident log, a mother's WhatsApp in Georgian
translated, a child's own words with a learning mentor, a MARAC referral, a young carer's own writing, a young carers'
assessment, an OCR'd scanned neurology letter (l for 1, O for 0, 0 for O, 1 for l, I for l), a social worker's phone notes, a
Snapchat extract typed up by police, a return home interview, contextual safeguarding panel minutes, a mother's complaint
email, a GP letter, a health visitor's email, a translated voice note (Urdu and English), family support notes, a WhatsApp
chat typed up by a school, a school nurse's note, a strategy discussion minute and a father's letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Towns, villages, districts and estates are real and marked as places; streets are marked as addresses.

Markup and conventions: those of bench/redaction_set213.py, WITH THE TWO CHANGES the brief sets for every new set: a pet's
name is NOT marked (the dog "Tank"); and a month with its year, a season or feast with its year, and a year alone are NOT
marked as dates ("in 2019", "the summer", "at Christmas" stay unmarked), while a day with its month ("14 January", "the
20th", "Christmas Day", "boxing day") and dates of birth are marked as before. Titles and kinship words stay outside a name
(Mr, Mrs, Dr, PC, DS, PCSO, HV, Nan, nanny, grandad, papa, dida, bebia, babua, Deida, Baji, Ammi-ji, Abbu, saas); "SURNAME,
First" is one span; usernames ("jb_kin", "ghost.x") are not marked, chat speaker labels ("harps:", "lils:") are names;
organisations holding a town's name stay unmarked ("Shipston Medical Centre", "Warwick Hospital", "Warwickshire Police",
"Warwickshire Young Carers"); countries and counties ("Georgia", "Warwickshire") are not places; an OCR misreading keeps its
kind.

Choices this set had to make: "Ellen Badger" (the Shipston hospital, named after a person) is an organisation and not marked,
while the town before it is; a shop, surgery or library named by its town in lower-case words ("the Kineton Co-op", "the
Shipston surgery", "Shipston library") marks the town only; "the co op" alone is not marked; the "Fosse Way" (a road) is
an address; "Kineton primary", "Kineton High" and "Shipston High" are schools, and "Kineton" alone after a pupil's year group
is a school; "Mariamoba" (a feast) is not marked but its day ("15 August") is; a name in Georgian script keeps its case
ending inside the span; "Levani" (the Georgian nominative of Levan) is a name; "Mrs Haynes senior" keeps "senior" outside;
"Mark Bellamy", "Sunil Grewal" and "Coombes" split across a line are one span each, as is "Long Compton".

Self-check without the detector: `python -m bench.redaction_set240` (and tests/test_redaction_set240.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 909 gold spans, 514 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Haynes / Tustin family (white British), Shipston-on-Stour -----------------------------------------------------------

HOME_A = d.Address("14 Tilemans Lane", "Shipston-on-Stour", "Warwickshire", "CV36 4HP")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Alfie", "Tustin")],
            dt.date(2019, 4, 11),
            addresses=[HOME_A],
            ids=["9005298502", "U937274618676"],
            schools=["Shipston-on-Stour Primary School"],
        ),
        _p("s", "sibling", [("Ruby-Mae", "Haynes")], dt.date(2025, 6, 23), addresses=[HOME_A], ids=["5130574893"]),
        _p("m", "mother", [("Kayleigh", "Haynes")], dt.date(2000, 1, 30), addresses=[HOME_A], phones=["07845 216 903"]),
    ],
    "c",
)

DOCS_A = [
    (
        "primary school safeguarding log",
        """[[SHIPSTON PRIMARY|school]] - SAFEGUARDING LOG (CPOMS export)
Child: [[TUSTIN, Alfie|name]]   DOB [[11/04/2019|dob]]   UPN [[U937274618676|upn]]   NHS [[900 529 8502|nhs]]
Parent: [[Kayleigh Haynes|name]], [[14 Tilemans Lane|address]], [[Shipston-on-Stour|place]] [[CV36 4HP|postcode]], mob
[[07845 216 903|phone]]

[[08/09/2026|date]]  [[Alfie|name]] in Year 2 with Mrs [[Cheshire|name]]. Shoes split, no coat. Spare uniform given by TA
[[Lou Packer|name]].
[[15/09/2026|date]]  [[Alfie|name]] fell asleep in phonics. Said baby [[Ruby-Mae|name]] "screams all night and mummy shouts at
[[Tyler|name]]".
[[17/09/2026|date]]  Who is [[Tyler|name]]? Mum: her partner [[Tyler Grainger|name]], lives between hers and his mum's in
[[Ilmington|place]].
[[1 Oct|date]]  Nursery at [[Tidmington|place]] rang: [[Ruby-Mae|name]] not brought for 3 weeks. HV [[Steph Ranger|name]] aware.
[[6th October 2026|date]]  DSL [[Mark\nBellamy|name]] referred to Warwickshire MASH. SW [[Harriet Oduya|name]] allocated [[9/10|date]].
[[20/10/2026|date]]  [[Alfie|name]] collected by [[Tyler|name]] in a white Transit [[KX17 WNB|vehicle]]; smelt of weed. [[Alfie|name]] said
"[[Ty|name]] let me sit in the front".
[[3/11/26|date]]  Mum's friend [[Shannon Pegg|name]] ([[Darlingscott Road|address]]) collected. Mum at [[Stratford|place]] hospital with
[[Ruby|name]].
[[10/11/2026|date]]  [[Alfie|name]] told Mrs [[Cheshire|name]] nanny [[Jackie|name]] in [[Long Compton|place]] gives him tea on Sundays.
[[12/11/2026|date]]  Nan = [[Jacqueline Haynes|name]], [[3 Crockwell Street|address]], [[Long Compton|place]], [[CV36 5JN|postcode]], tel
[[01608 663 418|phone]].
[[24/11/2026|date]]  [[Alfie|name]] had a bruise on his cheek. Said [[Tyler|name]] "flicked" him. Strategy called same day. Mr
[[Bellamy|name]]
and [[Harriet|name]] spoke to [[Alfie|name]] at 2.10.
[[26/11/2026|date]]  Core group at the [[Shipston|place]] Ellen Badger site. Mum came with [[Shannon|name]]. Next on the [[17th|date]].
[[1/12/2026|date]]  Nan [[Jackie|name]] rang from [[01608 663 418|phone]]: [[Alfie|name]] stayed at hers; [[Kayleigh|name]] and
[[Tyler|name]] rowed.
[[2/12/26|date]]  [[Alfie|name]] said [[Ty|name]]'s friend "[[Macca|name]]" ([[Liam McAllister|name]]?) sleeps on the sofa. Told SW
[[Harriet|name]].
[[4.12.26|date]]  [[Alfie|name]] and [[Harry Birt|name]] from [[Barcheston|place]] played well. Mrs [[Birt|name]] offered tea on Fridays.
[[7/12/2026|date]]  [[ALFIE|name]] wrote "[[TY|name]] IS MEAN" on his whiteboard. Mrs [[Cheshire|name]] kept it. Mum [[Kayliegh|name]]
(sic, on the
sign-in sheet) collected at 3.20 with [[Shannon|name]]'s boyfriend [[Reece Hurrell|name]], who is not on the list.
""",
    ),
    (
        "health visitor's home visit note",
        """HV contact - [[Ruby-Mae HAYNES|name]] (DOB [[23/06/2025|dob]], NHS [[5130574893|nhs]])
Seen at [[14 Tilemans Lane|address]], [[Shipston|place]] on [[29/10/2026|date]] by [[Steph Ranger|name]], HV.
Present: mum [[Kayleigh|name]], [[Ruby-Mae|name]], mum's partner [[Tyler|name]] (asleep upstairs, not seen), dog "Tank".
Home: dog mess on kitchen floor, bins not out, no steriliser. [[Ruby|name]] in a soaked nappy. Weight dropped to 9th centile.
[[Kayleigh|name]] says she is "doing her best" and that [[Tyler|name]]'s sister [[Courtney Grainger|name]] from [[Halford|place]] helps.
Missed 12 month review on [[14/07/2026|date]] and [[2/9/26|date]]. [[Kayleigh|name]] said she had no lift from [[Shipston|place]] to
[[Stratford|place]] and the bus at the [[Sheep Street|address]] stop is too early.
Neighbour Mrs [[Dot Whitlock|name]] at [[no. 16|address]] came round during the visit, said she hears the baby "for hours".
Plan: GP Dr [[Anand|name]] at the [[Shipston|place]] surgery to see [[Ruby-Mae|name]] by [[5 Nov|date]]; HV to visit again on
[[12/11|date]].
Shared with SW [[Harriet Oduya|name]] ([[harriet.oduya@warwickshire.gov.uk|email]]).
[[12/11/2026|date]]  Revisit. [[Tyler Grainger|name]] present this time; he said his mum [[Denise Grainger|name]] in [[Ilmington|place]]
would have [[Ruby-Mae|name]] "if it comes to it". [[Courtney|name]] had been the day before. Kitchen cleaner. [[Ruby|name]] weighed 7.9kg.
[[Kayleigh|name]] asked about the baby group at [[Shipston|place]] library and about nursery in [[Tidmington|place]] again.
Mrs [[Whitlock|name]]'s daughter [[Carol|name]] said [[Kayleigh|name]] used to live at her nan's in [[Long
Compton|place]] and moved to
[[Shipston|place]] when [[Alfie|name]] was born.
""",
    ),
    (
        "mother's text messages to the social worker typed up",
        """Texts from [[Kayleigh Haynes|name]] ([[07845 216 903|phone]]) to SW
[[Harriet Oduya|name]]

[[27 Nov|date]] 21:14  hiya its [[kayleigh|name]] [[alfies|name]] mum. [[ty|name]] never touched him he was messing with [[alf|name]]
[[27 Nov|date]] 21:16  hes gone back to his mums in [[ilmington|place]] anyway so whats the problem
[[28 Nov|date]] 08:02  can u not tell my mum she will go mental. she lives in [[long compton|place]] she dont need to know
[[28 Nov|date]] 08:05  [[shan|name]] will take [[alfie|name]] to school for me im at the docs with [[rubes|name]]
[[29 Nov|date]] 13:40  [[tylers|name]] sister [[courtney|name]] said ur lot been to her house in [[halford|place]]?? thats out of order
[[30 Nov|date]] 10:11  sorry. i no ur helping. can we do meeting at [[shipston|place]] not [[stratford|place]] i got no car
[[1 Dec|date]] 17:20  [[alfie|name]] says his mate [[harry|name]] from [[barcheston|place]] can come for tea is that allowed lol
[[1 Dec|date]] 17:24  and [[macca|name]] is not living here he just stops sometimes. [[tyler|name]] says hes ok
[[2 Dec|date]] 09:12  my mum [[jackie|name]] says she can have [[alf|name]] fridays. and [[shannon|name]] can do mondays
[[3 Dec|date]] 22:40  [[ruby|name]] got a temp of 38. going to [[stratford|place]] walk in. [[ty|name]] driving
""",
    ),
    (
        "child protection conference minutes",
        """INITIAL CHILD PROTECTION CONFERENCE - [[08/12/2026|date]]
Children: [[Alfie TUSTIN|name]] (DOB [[11.04.2019|dob]]), [[Ruby-Mae HAYNES|name]] (DOB [[23.06.2025|dob]])
Address: [[14 Tilemans Lane|address]], [[Shipston-on-Stour|place]], [[CV36 4HP|postcode]]
Chair: [[Beverley Naylor|name]]. Present: [[Kayleigh Haynes|name]] (mother), [[Jacqueline Haynes|name]] (maternal grandmother),
SW [[Harriet Oduya|name]], DSL [[Mark Bellamy|name]], HV [[Steph Ranger|name]], PC [[Joe Ashdown|name]]. Apologies: Dr [[Anand|name]].
Father of [[Alfie|name]]: [[Darren Tustin|name]], last known in [[Banbury|place]]; not invited, no contact since the boy was 2.
Mr [[Tustin|name]]'s mother, [[Sandra Tustin|name]] of [[Brailes|place]], asks to be kept informed.
[[Tyler Grainger|name]] (DOB [[02/05/1998|dob]]) - PC [[Ashdown|name]] said police know him for cannabis supply around [[Shipston|place]]
and
[[Moreton-in-Marsh|place]]. Vehicle [[KX17 WNB|vehicle]] stopped on the [[Fosse Way|address]] on [[18/08/2026|date]].
[[Jacqueline|name]] offered to have [[Alfie|name]] weekends in [[Long Compton|place]]. Mrs [[Haynes|name]] senior has a spare room.
Decision: both children subject to a child protection plan, category neglect. Review [[2 March|date]].
[[Shannon Pegg|name]] (friend, [[Darlingscott Road|address]]) sent a letter of support, read by [[Harriet|name]].
Core group members: [[Kayleigh|name]], [[Jacqueline|name]], [[Harriet|name]], [[Mark Bellamy|name]], [[Steph Ranger|name]]. First core group
[[15 December|date]] at [[Shipston|place]]. [[Ruby-Mae|name]]'s nursery place at [[Tidmington|place]] to restart.
""",
    ),
]


# --- B. Shonia / Kvaratskhelia family (Mingrelian, from Zugdidi, Georgia), Kineton -----------------------------------------

HOME_B = d.Address("7 Banbury Road", "Kineton", "Warwick", "CV35 0JY")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Luka", "Shonia")],
            dt.date(2015, 2, 17),
            addresses=[HOME_B],
            ids=["9283380681", "P937390317090"],
            schools=["Kineton Church of England Primary School"],
        ),
        _p("m", "mother", [("Nino", "Kvaratskhelia")], dt.date(1988, 9, 4), addresses=[HOME_B], phones=["07412 658 370"]),
        _p("f", "father", [("Levan", "Shonia")], dt.date(1985, 12, 21), addresses=[HOME_B], phones=["07983 104 526"]),
    ],
    "c",
)

DOCS_B = [
    (
        "police domestic incident log",
        """WARWICKSHIRE POLICE - DOMESTIC INCIDENT   Ref 43260714402
Date: Fri [[06/11/2026|date]] 22:31   At: [[7 Banbury Road|address]], [[Kineton|place]], [[CV35 0JY|postcode]]
Victim: [[KVARATSKHELIA, Nino|name]] DOB [[04/09/1988|dob]] tel [[07412 658 370|phone]]
Suspect: [[SHONIA, Levan|name]] DOB [[21/12/1985|dob]] tel [[07983 104 526|phone]] NI [[PK 52 71 38 D|ni]]
Child: [[Luka|name]] ("[[Lukiko|name]]") aged 11, present upstairs.
Officers: PC [[Amy Rudge|name]], PC [[Sunil\nGrewal|name]]. Called by neighbour Mr [[Keith Dunkley|name]] ([[no. 9|address]]).
[[Nino|name]] says [[Levan|name]] came back from his shift at [[Gaydon|place]] drunk, threw a chair and pulled her hair. [[Luka|name]] rang
his bebia [[Manana Kvaratskhelia|name]] in [[Zugdidi|place]] on WhatsApp ([[+995 591 27 48 36|phone]]).
[[Levan|name]] arrested, taken to [[Leamington|place]] custody. His car, a silver Passat [[FH66 OZR|vehicle]].
Interpreter by phone: [[Tamar Gegechkori|name]] (Georgian). [[Nino|name]] speaks Mingrelian at home; Georgian with officers.
Previous: [[13/06/2026|date]] argument at the [[Kineton|place]] Co-op car park (PC [[Rudge|name]]). Bail address: [[Levan|name]]'s cousin
[[Giorgi Shonia|name]], [[22 Lighthorne Road|address]], [[Wellesbourne|place]].
[[Luka|name]] told PC [[Grewal|name]]: "papa hit the chair not dida". Aunt [[Eka|name]] rang back from [[Senaki|place]] at 23:40.
Neighbour [[Keith Dunkley|name]]'s wife [[Maureen|name]] took [[Nino|name]] and [[Luka|name]] in until 01:00.
Note by PC [[Rudge|name]]: [[SHONIA|name]] gave his name as "[[Levani|name]]" on arrest. [[Giorgi|name]] ([[Giorgi Shonia|name]])
collected his
work boots on [[07/11/2026|date]]; [[Giorgi|name]]'s wife [[Natia|name]] drove, car [[AV21 KDE|vehicle]].
""",
    ),
    (
        "mother's message in Georgian translated by an interpreter",
        """WhatsApp from [[Nino|name]] to her sister [[Eka Kvaratskhelia|name]]
([[+995 595 48 21 73|phone]]) in [[Senaki|place]], [[07/11/2026|date]], shown to SW [[Callum Reece|name]] with her consent.

«[[ეკა|name]], [[ლევანი|name]] ისევ დალია. [[ლუკამ|name]] ყველაფერი ნახა. ბებიას არ უთხრა.»

Translation (by [[Tamar Gegechkori|name]], interpreter, [[09/11/2026|date]]):
"[[Eka|name]], [[Levani|name]] drank again. [[Luka|name]] saw everything. Don't tell grandma. Here in [[Kineton|place]] only
[[Siobhan|name]] from the school gate talks to me. I want to take [[Luka|name]] home to [[Zugdidi|place]] to dida's house in
[[Chkhoria|place]] but [[Levan|name]] has the passports."
Note: "dida" = mother (Mingrelian), "bebia" = grandmother. [[Siobhan|name]] = [[Siobhan Quill|name]], a parent at
[[Kineton primary|school]].
Later, [[10/11/2026|date]]: "Deida [[Lali|name]] says come to [[Poti|place]]." (Deida = aunt.) [[Lali|name]] is [[Lali Shonia|name]],
[[Levan|name]]'s
sister. [[Eka|name]]'s number [[+995 595 48 21 73|phone]]; [[Manana|name]]'s [[+995 591 27 48 36|phone]].
Further message, [[11/11/2026|date]]: "[[Manana|name]] says bebia will send money. Babua [[Tengiz|name]] is angry with [[Levan|name]]."
[[Tengiz|name]] is [[Levan|name]]'s father (in [[Martvili|place]]); bebia [[Manana|name]] is [[Nino|name]]'s mother (in [[Zugdidi|place]]).
[[Nino|name]] also named places at home: [[Khobi|place]], [[Tsalenjikha|place]] and the market in [[Zugdidi|place]] on [[15 August|date]]
(Mariamoba).
""",
    ),
    (
        "child's own words recorded by the school learning mentor",
        """My worries - [[Luka Shonia|name]], year 6, [[Kineton|school]]
(written with Miss [[Farrow|name]], [[12/11/2026|date]])

i am [[luka|name]]. at home we speak megrelian and my mum calls me [[lukiko|name]]. my papa [[levan|name]] works at the car factory at
[[gaydon|place]]. when he drinks he is loud. on friday he broke the chair and dida cried. i hid with my lego.
i rang bebia [[manana|name]] in [[zugdidi|place]]. she said be brave. i want to go to georgia for summer to see babua [[tengiz|name]]
and my cousin [[sandro|name]] in [[senaki|place]].
my best friend is [[Oscar Pruett|name]], he lives in [[combrook|place]]. his mum [[Jo|name]] takes me swimming in [[Wellesbourne|place]].
Miss [[Farrow|name]] wrote: [[Luka|name]] drew his house on [[Banbury Road|address]] with a big black cloud on papa.
i like [[Kineton|place]] because of the big field and [[Oscar|name]]. i dont like when papa is at home on sundays.
my deida [[lali|name]] lives in [[poti|place]] near the sea. she sends me churchkhela.
[[Oscar|name]]s dad [[Pete|name]] has a tractor at [[butlers marston|place]]. i went there on the [[1st|date]] of november.
""",
    ),
    (
        "MARAC referral form",
        """MARAC REFERRAL - South Warwickshire   Date [[10/11/2026|date]]
Victim: [[Nino KVARATSKHELIA|name]]  DOB [[4 September 1988|dob]]  [[7 Banbury Road|address]], [[Kineton|place]] [[CV35 0JY|postcode]]
Safe number: [[07412 658 370|phone]] (not when [[Levan|name]] is home). Language: Georgian / Mingrelian.
Perpetrator: [[Levan SHONIA|name]]  DOB [[21.12.1985|dob]]; now at [[22 Lighthorne Road|address]], [[Wellesbourne|place]].
Children: [[Luka Shonia|name]] ([[17/02/2015|dob]]), NHS [[928 338 0681|nhs]].
Referrer: IDVA [[Rosie Hatherell|name]]. DASH 16. [[Nino|name]]'s only friend locally is [[Siobhan Quill|name]]; [[Levan|name]]'s workmate
[[Dato Japaridze|name]] from [[Southam|place]] has been driving past the house in [[FH66 OZR|vehicle]] ([[Levan|name]]'s car).
Family abroad: mother [[Manana|name]] in [[Zugdidi|place]]; sister [[Eka|name]] in [[Senaki|place]]; [[Levan|name]]'s father
[[Tengiz Shonia|name]]
in [[Martvili|place]].
Other agencies: [[Kineton primary|school]] (DSL Mrs [[Wetherall|name]]); GP Dr [[Helen Fairclough|name]], [[Kineton|place]] surgery.
[[Nino|name]]'s friend [[Siobhan Quill|name]] lives at [[11 Southam Street|address]], [[Kineton|place]]; safe to leave messages there.
Risks: [[Levan|name]] knows [[Siobhan|name]]'s address; [[Dato|name]] ([[Dato Japaridze|name]]) has messaged [[Nino|name]] in Georgian.
""",
    ),
]


# --- C. Coombes family (white British), Upper Brailes, young carer ------------------------------------------------------

HOME_C = d.Address("5 Gillett's Lane", "Upper Brailes", "Banbury", "OX15 5AZ")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Maisie", "Coombes")],
            dt.date(2013, 10, 2),
            addresses=[HOME_C],
            ids=["9691540177", "V937349218255"],
            schools=["Shipston High School"],
        ),
        _p("m", "mother", [("Karen", "Coombes")], dt.date(1976, 3, 15), addresses=[HOME_C], phones=["01295 678 219"]),
    ],
    "c",
)

DOCS_C = [
    (
        "young carer's own writing for her assessment",
        """me and my mum by [[Maisie Coombes|name]] age 13

i live in [[upper brailes|place]] with my mum [[karen|name]] who has MS. my dad [[Rob|name]] lives in [[Banbury|place]] with [[Stacey|name]]
and my little brother [[Jack|name]]. i do mums tablets and i help her in the shower. in the morning i get the 7.20 bus at
[[lower brailes|place]] to [[shipston|place]]. sometimes i am late because mum falls.
my best mate is [[Evie Rainbow|name]] from [[winderton|place]]. her mum [[Sharon|name]] picks me up sometimes.
on [[boxing day|date]] mum fell and i rang 999. the ambulance took ages from [[Banbury|place]]. nanny [[pam|name]] in [[cherington|place]]
came at 11. i want to go to [[Evie|name]]s party on the [[20th|date]].
when mum is good we watch strictly and [[Evie|name]] comes over. [[Jack|name]] is 4 and he is funny.
i would like a break. [[Kirsty|name]] says there is a club in [[stratford|place]] for young carers.
nanny [[pam|name]]s house has a cat and a piano. grandad [[ken|name]] died last year.
""",
    ),
    (
        "young carers' assessment",
        """YOUNG CARER ASSESSMENT (Warwickshire Young Carers)
Young person: [[COOMBES, Maisie|name]]  DOB [[02/10/2013|dob]]  UPN [[V937349218255|upn]]  NHS [[969 154 0177|nhs]]
Address: [[5 Gillett's Lane|address]], [[Upper Brailes|place]], [[Banbury|place]] [[OX15 5AZ|postcode]]. Home tel [[01295 678 219|phone]]
Assessor: [[Kirsty Mabbett|name]], [[16/11/2026|date]]. School: [[Shipston High|school]] (head of year Mr [[Odell|name]]).
[[Maisie|name]] cares for her mother [[Karen Coombes|name]] (relapsing MS). Maternal grandmother [[Pamela Ruck|name]] in
[[Cherington|place]]
helps twice a week; she does not drive since her stroke.
Father [[Robert Coombes|name]] ([[07531 946 082|phone]]) lives in [[Banbury|place]] with partner [[Stacey Lund|name]] and son [[Jack|name]].
[[Maisie|name]] is late most days from [[Brailes|place]]; missed 19 sessions. Mr [[Odell|name]] says she "sleeps in form".
Plan: care agency carers ([[Tysoe|place]] based) mornings from [[30/11|date]]; [[Maisie|name]] to youth group in [[Shipston|place]] on
Thursdays with worker [[Dan Iliffe|name]].
[[Maisie|name]]'s friend [[Evie Rainbow|name]] and [[Evie|name]]'s mum [[Sharon|name]] ([[Winderton|place]]) give lifts. Neighbour
Mr [[Ruck|name]] at [[no. 7|address]] is no relation. Review with [[Karen|name]] and [[Maisie|name]] on [[14 January|date]].
Care agency visits from [[30/11/2026|date]] to [[31/01/2027|date]]; respite at [[Whichford|place]] and [[Tysoe|place]] village halls.
""",
    ),
    (
        "OCR'd scanned neurology letter",
        """Warwick Hospital - Neuro1ogy Department
[[2O November 2O26|date]]

Dear Dr [[Saltmarsh|name]],
Re: [[Karen COOMBES|name]], DOB [[l5/O3/l976|dob]], [[5 GiIlett's Lane|address]], [[Upper BraiIes|place]], [[OX15 5AZ|postcode]]
I saw Mrs [[C0ombes|name]] in c1inic on [[l8/ll/2O26|date]] with her daughter [[Maisie|name]] and her mother Mrs [[Pame1a Ruck|name]].
She has had three fa1ls since [[l2 0ctober|date]]. Her daughter, aged l3, is her main carer. I have asked [[Kirsty Mabbett|name]] of
the young carers service to be in touch. Mrs [[Coomb\nes|name]] would benefit from the day unit at [[Shipst0n|place]] Ellen Badger.
Yours sincerely
Dr [[A. Prendergast|name]], Consu1tant Neuro1ogist
cc: [[Karen Coombes|name]]; Dr [[Saltmarsh|name]], [[Brailes|place]] surgery
PS: Mrs [[Coombes|name]]'s mother Mrs [[Ruck|name]] (tel [[01608 684 307|phone]]) asked for the 1etter to go to [[Cheringt0n|place]] too.
""",
    ),
    (
        "social worker's phone notes",
        """Phone notes - SW [[Callum Reece|name]] re [[Maisie Coombes|name]]
[[23/11/2026|date]] 10:05  Rang mum [[Karen|name]] on [[01295 678 219|phone]]: [[Maisie|name]] upset, stayed at nan's in
[[Cherington|place]].
[[23/11/2026|date]] 10:40  Rang nan [[Pam Ruck|name]]: [[Maisie|name]] fine, [[Pam|name]]'s neighbour [[Glenys Ward|name]] drove her to
school.
[[24/11/2026|date]] 14:15  Rang dad [[Rob Coombes|name]] ([[07531 946 082|phone]]). He can have [[Maisie|name]] in [[Banbury|place]]
weekends but [[Stacey|name]] "isn't keen". Address [[41 Cherwell Drive|address]], [[Grimsbury|place]], [[Banbury|place]]
[[OX16 3LT|postcode]].
[[25/11/2026|date]] 09:30  Rang [[Evie Rainbow|name]]'s mum [[Sharon Rainbow|name]] in [[Winderton|place]]: happy to help on Tuesdays.
[[26/11/2026|date]] 16:00  [[Maisie|name]] rang me from [[Lower Brailes|place]] bus stop: "can [[Kirsty|name]] come on the [[3rd|date]]?"
[[27/11/2026|date]] 11:00  Rang Mr [[Odell|name]] at [[Shipston High|school]]: [[Maisie|name]] in today, tired. Friend [[Evie|name]] with
her.
[[27/11/2026|date]] 12:20  Rang [[Kirsty Mabbett|name]]: she will see [[Maisie|name]] and [[Karen|name]] on [[3 Dec|date]] at
[[Upper Brailes|place]].
[[28/11/2026|date]] 09:00  Address check for nan: [[Pam Ruck|name]], [[6 Rectory Close|address]], [[Cherington|place]],
[[CV36 5HR|postcode]].
""",
    ),
]


# --- D. Bailey-Morris family (white British and Black Caribbean), Kineton, criminal exploitation ----------------------------

HOME_D = d.Address("19 Manor Lane", "Kineton", "Warwick", "CV35 0LA")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Jayden", "Bailey-Morris")],
            dt.date(2011, 7, 28),
            addresses=[HOME_D],
            ids=["5825301399", "Q937242617102"],
            schools=["Kineton High School"],
        ),
        _p("m", "mother", [("Leanne", "Bailey")], dt.date(1990, 5, 9), addresses=[HOME_D], phones=["07766 381 254"]),
    ],
    "c",
)

DOCS_D = [
    (
        "Snapchat messages typed up by police",
        """Snapchat extract from [[Jayden|name]]'s phone (typed up by DC [[Nisha Kaur|name]],
[[02/11/2026|date]])

jb_kin: yo [[dre|name]] u in [[banbury|place]] 2nite
ghost.x: ye come [[grimsbury|place]] bruv [[kez|name]] got the ting
jb_kin: cant my mum on me since [[leamington|place]]
ghost.x: tell [[leanne|name]] ur at [[mikeys|name]] in [[gaydon|place]] lol
jb_kin: [[mikey|name]] snitched tho
ghost.x: say [[kineton|place]] den. i send [[tre|name]] wiv the car [[DY19 XKA|vehicle]] at the co op
jb_kin: [[tre|name]] drivin? hes 17 lmao
ghost.x: jus come [[jay|name]]. [[kez|name]] pays 200
Note: "jb_kin" = [[Jayden Bailey-Morris|name]]; "ghost.x" believed [[Andre Tomlinson|name]], 19, of [[Grimsbury|place]], [[Banbury|place]].
jb_kin: [[mikey|name]] says [[kez|name]] is in [[leam|place]] not [[banbury|place]]
ghost.x: ye [[kez|name]] movin to [[southam|place]] nxt wk
jb_kin: bet. tell [[tayla|name]] im comin
""",
    ),
    (
        "return home interview",
        """RETURN HOME INTERVIEW - [[BAILEY-MORRIS, Jayden|name]] DOB [[28/07/2011|dob]]
Missing: [[31/10/2026|date]] 19:00 to [[01/11/2026|date]] 14:20. Found by PC [[Lydia Storr|name]] at [[Banbury|place]] bus station.
Interviewer: [[Marcus Fenn|name]] (Compass), at [[19 Manor Lane|address]], [[Kineton|place]] [[CV35 0LA|postcode]], [[03/11/2026|date]].
[[Jayden|name]] said he went to [[Banbury|place]] "to see a girl", [[Tayla|name]], from [[Bretch Hill|place]]. He would not give her
surname.
He admitted [[Andre|name]] ("[[Dre|name]]") gave him a phone and £50. He stayed at a flat on [[Warwick Road|address]] above a shop.
He knows [[Kieran Holt|name]] ("[[Kez|name]]") from [[Leamington|place]] - "everyone knows [[Kez|name]]".
Mum [[Leanne Bailey|name]] ([[07766 381 254|phone]]) and her partner [[Wayne Pickering|name]] present. [[Jayden|name]]'s dad
[[Delroy Morris|name]] lives in [[Coventry|place]]; [[Jayden|name]] stays there some weekends. Grandma [[Hyacinth Morris|name]] in
[[Foleshill|place]] "is the only one who gets me", he said.
[[Jayden|name]] said [[Mikey|name]] ([[Mikey Dunne|name]]) and [[Trey|name]] were "not involved". He wants to go to [[Coventry|place]] to
his
dad's for [[Christmas Day|date]]. Follow-up with [[Jayden|name]] at [[Kineton High|school]] on [[10 Nov|date]].
[[JAYDEN|name]] was quiet. He said "[[Kez|name]]'s boys" would "do" him if he talked. Mum's partner [[Wayne|name]] said [[Jay|name]] owes
[[Andre|name]] £300. [[Wayne Pickering|name]]'s own son [[Callum Pickering|name]], 19, lives in [[Gaydon|place]].
""",
    ),
    (
        "contextual safeguarding panel minutes",
        """CONTEXTUAL SAFEGUARDING PANEL (South Warwickshire) - [[19/11/2026|date]]
Chair: [[Gill Upton|name]]. Present: DC [[Nisha Kaur|name]], [[Marcus Fenn|name]], SW [[Priti Mehra|name]], Mr [[Sam Okafor|name]]
([[Kineton High|school]]), PCSO [[Ben Holloway|name]].
Young people discussed: [[Jayden Bailey-Morris|name]] (15), [[Mikey Dunne|name]] (15, [[Gaydon|place]]), [[Trey Allsop|name]] (17,
[[Wellesbourne|place]]).
Locations: the [[Kineton|place]] Co-op and the bus shelter on [[Warwick Road|address]]; the park behind [[Market Square|address]];
[[Grimsbury|place]] and [[Bretch Hill|place]] in [[Banbury|place]]; the station in [[Leamington Spa|place]].
Vehicle [[DY19 XKA|vehicle]] seen in [[Kineton|place]] four times; registered keeper [[Chantel Allsop|name]], [[Trey|name]]'s mum.
[[Andre Tomlinson|name]] and [[Kieran Holt|name]] are adults of concern. Next panel [[17 December|date]].
Actions: PCSO [[Holloway|name]] to patrol [[Market Square|address]] Fridays; Mr [[Okafor|name]] to speak to [[Mikey|name]]'s mum
[[Donna Dunne|name]]; DC [[Kaur|name]] to check [[Andre|name]]'s address in [[Grimsbury|place]]; [[Marcus|name]] to see [[Trey|name]].
Other places named by young people: the skate park at [[Wellesbourne|place]], the [[Edge Hill|place]] woods, [[Radway|place]] lay-by,
[[Pillerton Hersey|place]] bus stop, [[Little Kineton|place]]. Reviews on [[7 January|date]] and [[4 February|date]].
""",
    ),
    (
        "mother's complaint email",
        """From: [[Leanne Bailey|name]] <[[leanne.bailey90@hotmail.co.uk|email]]>
To: complaints@warwickshire.gov.uk   Date: [[24 Nov 2026|date]]
Subject: my son [[Jayden|name]]

I want to complain about the way [[Jay|name]] was treated. PC [[Storr|name]] put him in the back of a car at [[Banbury|place]] in front of
everyone. Then a social worker, [[Priti Mehra|name]], rang me at work at the [[Gaydon|place]] site and told my manager [[Clive|name]].
My son is a victim. [[Andre|name]] and that [[Kieran|name]] are grooming him and nobody stops them. His dad [[Delroy|name]] in
[[Coventry|place]] agrees with me. I am going to my MP. My number is [[07766 381 254|phone]]. Our address is
[[19 Manor Lane|address]], [[Kineton|place]].
[[Leanne|name]]
PS [[Jayden|name]]'s nan [[Hyacinth|name]] wants a meeting in [[Coventry|place]]. Her number is [[07488 316 529|phone]].
""",
    ),
]


# --- E. Hussain family (British Pakistani), Shipston-on-Stour, postnatal depression -------------------------------------

HOME_E = d.Address("2 Oldbutt Road", "Shipston-on-Stour", "Warwickshire", "CV36 4EJ")
RECORD_E = d.CaseRecord(
    [
        _p("c", "subject", [("Zayan", "Hussain")], dt.date(2026, 5, 3), addresses=[HOME_E], ids=["2761124588"]),
        _p(
            "s",
            "sibling",
            [("Hafsa", "Hussain")],
            dt.date(2020, 1, 14),
            addresses=[HOME_E],
            ids=["7629985843", "G937491614824"],
            schools=["Shipston-on-Stour Primary School"],
        ),
        _p("m", "mother", [("Amina", "Hussain")], dt.date(1995, 8, 27), addresses=[HOME_E], phones=["07809 527 163"]),
    ],
    "c",
)

DOCS_E = [
    (
        "GP letter to the health visiting team",
        """Shipston Medical Centre
[[17 November 2026|date]]
Dear [[Steph Ranger|name]],
Re: Mrs [[Amina HUSSAIN|name]] (DOB [[27/08/1995|dob]]) and baby [[Zayan|name]] (DOB [[03/05/2026|dob]], NHS [[276 112 4588|nhs]]),
[[2 Oldbutt Road|address]], [[Shipston-on-Stour|place]] [[CV36 4EJ|postcode]]
I saw [[Amina|name]] today with her husband [[Imran|name]]. She has low mood since [[Zayan|name]]'s birth, is not sleeping and says she
sometimes thinks the family would be better without her. No plan. Her mother-in-law, [[Shamim Hussain|name]], lives with them
and does most of the care. [[Amina|name]]'s own family are in [[Alum Rock|place]], [[Birmingham|place]]; her sister [[Rukhsana Begum|name]]
([[07393 840 615|phone]]) visits on Saturdays.
I have referred to the perinatal team at [[Leamington|place]] and started sertraline. Please visit this week.
Dr [[Faisal Mirza|name]], GP
cc: [[Imran Hussain|name]] (with consent); perinatal team, [[Leamington|place]].
PS [[Zayan|name]]'s 6-8 week check was done by Dr [[Mirza|name]] on [[19/06/2026|date]]; [[Hafsa|name]]'s NHS no. [[762 998 5843|nhs]],
UPN [[G937491614824|upn]].
""",
    ),
    (
        "health visitor's email to the social worker",
        """From: [[Steph Ranger|name]] <[[steph.ranger@nhs.net|email]]>
To: [[Callum Reece|name]]   Sent: [[19/11/2026|date]] 16:02
Subject: [[Hussain|name]], [[Oldbutt Road|address]]

[[Callum|name]] - saw [[Amina|name]] and [[Zayan|name]] today. [[Zayan|name]] thriving, 50th centile. [[Amina|name]] tearful, says
[[Imran|name]] works nights at the warehouse in [[Moreton|place]] and his mum "runs the house". [[Hafsa|name]] (6) at
[[Shipston Primary|school]]
is fine per Mrs [[Cheshire|name]]. [[Amina|name]] asked me not to tell her saas. I've given her the number for the perinatal team
and [[Rukhsana|name]]'s in [[Alum Rock|place]]. Mum's mobile [[07809 527 163|phone]]. Home visit again on [[26 Nov|date]].
[[Steph|name]]
PS [[Amina|name]]'s neighbour [[Becky Lomax|name]] at [[no. 4|address]] is a good support. [[Imran|name]]'s brother [[Tariq|name]]
lives in [[Stratford|place]].
""",
    ),
    (
        "translated voice note",
        """Voice note from [[Amina|name]] to her sister [[Rukhsana|name]], in Urdu and English, played to HV on
[[26/11/2026|date]],
translated by [[Nasreen Akhtar|name]] (interpreter):
"Baji, I'm so tired. Ammi-ji ([[Shamim|name]]) says I'm lazy. [[Imran|name]] doesn't see. [[Zayan|name]] cries and I just sit.
[[Hafsa|name]]
keeps asking why I cry. Can you come Saturday? Bring [[Noor|name]]. Don't tell Abbu. Maybe I come to [[Alum Rock|place]] for a week,
[[Shipston|place]] is too quiet, no one knows me here except [[Becky|name]] next door."
Note: Baji = older sister; Ammi-ji = mother-in-law here; Abbu = father. [[Becky|name]] = [[Rebecca Lomax|name]], [[4 Oldbutt Road|address]].
[[Rukhsana|name]] replied: "I'm coming Saturday with [[Noor|name]] and [[Bilal|name]]. Tell [[Imran|name]] nothing."
""",
    ),
    (
        "family support worker's notes",
        """Family support - [[Hussain|name]] family - worker [[Jodie Tranter|name]]
[[01/12/2026|date]]  Home visit, [[2 Oldbutt Road|address]]. [[Amina|name]], [[Zayan|name]], [[Shamim|name]] present. [[Hafsa|name]] at
school.
Took [[Amina|name]] and [[Zayan|name]] to the baby group at [[Shipston|place]] library; met [[Lauren Kite|name]] (mum of twins from
[[Honington|place]]). [[Amina|name]] smiled for the first time.
[[04/12/2026|date]]  [[Imran Hussain|name]] ([[07458 172 903|phone]]) rang: unhappy about "outsiders". Explained. Agreed I'd visit Fridays.
[[07/12/2026|date]]  [[Rukhsana|name]] visited with daughter [[Noor|name]]; offered to have [[Amina|name]] and baby in
[[Birmingham|place]] over
[[Christmas Day|date]]. [[HUSSAIN, Amina|name]] agreed to the perinatal nurse, [[Grace Okonjo|name]], calling on the [[10th|date]].
[[08/12/2026|date]]  [[Shamim|name]] said [[Amina|name]] "has always been soft"; [[Hafsa|name]] drew a picture of "mummy sad". Shared with
SW [[Callum Reece|name]] and HV [[Steph|name]].
[[09/12/2026|date]]  [[Lauren Kite|name]] messaged [[Amina|name]] to meet at the [[Shipston|place]] baby group again. [[Zayan|name]]'s
weight up. [[Imran|name]] at home, polite. [[Hafsa|name]] showed me her reading book from Mrs [[Cheshire|name]].
[[11/12/2026|date]]  Cancelled: [[Amina|name]] at her sister's in [[Alum Rock|place]] until [[14/12|date]]. Next visit [[18 Dec|date]].
""",
    ),
]


# --- F. Lloyd family (white British), Lower Brailes, alcohol and self-harm ------------------------------------------------

HOME_F = d.Address("3 Castle Hill Cottages", "Lower Brailes", "Banbury", "OX15 5HS")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Harper", "Lloyd")],
            dt.date(2012, 2, 6),
            addresses=[HOME_F],
            ids=["4883064948", "D937328516064"],
            schools=["Shipston High School"],
        ),
        _p("f", "father", [("Craig", "Lloyd")], dt.date(1981, 6, 19), addresses=[HOME_F], phones=["07912 605 348"]),
    ],
    "c",
)

DOCS_F = [
    (
        "WhatsApp chat typed up by the school",
        """WhatsApp between [[Harper|name]] and her friend [[Lily-Ann|name]], shown to DSL Mrs
[[Tallis|name]] on [[18/11/2026|date]]

[[harps|name]]: dad drunk again. he smashed the tele
[[lils|name]]: omg come to mine in [[stourton|place]]
[[harps|name]]: cant no bus from [[lower brailes|place]] after 6
[[lils|name]]: ask [[connor|name]] he drives
[[harps|name]]: [[connor|name]] dumped me remember. hes with [[skye|name]] from [[tysoe|place]] now
[[lils|name]]: [[skye|name]] is a rat
[[harps|name]]: i did my arm again [[lil|name]]. dont tell [[tallis|name]]
[[lils|name]]: im telling my mum. she knows ur aunty [[gemma|name]] in [[whichford|place]]
Note: "[[lils|name]]" = [[Lily-Ann Pratley|name]], year 9, of [[Stourton|place]]. [[Connor|name]] = [[Connor Blay|name]], 16.
[[lils|name]]: my mum says u can sleep at ours fri. [[harps|name]] pls
[[harps|name]]: ok. dad wont notice
""",
    ),
    (
        "school nurse's note",
        """SCHOOL NURSE - [[Shipston High|school]] - [[19/11/2026|date]]
Student: [[LLOYD, Harper|name]], DOB [[06/02/2012|dob]], NHS [[488 306 4948|nhs]], UPN [[D937328516064|upn]]
Seen by [[Annie Vokes|name]] (school nurse) with DSL Mrs [[Tallis|name]]. Superficial cuts left forearm, cleaned. [[Harper|name]] says
dad [[Craig|name]] drinks "from dinner time" since mum [[Nikki|name]] left for [[Cheltenham|place]] with [[Steve|name]] in the summer.
Aunt [[Gemma Lloyd|name]], [[Whichford|place]], tel [[07564 839 210|phone]], collected. [[Harper|name]] asked to stay with her.
Referral to CAMHS (Rise) and to MASH. Dad rang at 15:40 from [[07912 605 348|phone]], slurring.
[[Harper|name]]'s friend [[Lily-Ann Pratley|name]] and [[Lily-Ann|name]]'s mother [[Tanya Pratley|name]] raised the concern.
[[Harper|name]]'s
ex, [[Connor Blay|name]], is at [[Stratford|place]] college.
Follow-up [[26/11/2026|date]]: [[Harper|name]] seen again by [[Annie|name]]; no new cuts. [[Gemma|name]] brought her; [[Gemma|name]]'s
partner
[[Dean Harte|name]] waited in the car.
""",
    ),
    (
        "strategy discussion minute",
        """STRATEGY DISCUSSION - [[20/11/2026|date]] 10:00 (Teams)
Child: [[Harper LLOYD|name]] (14), [[3 Castle Hill Cottages|address]], [[Lower Brailes|place]], [[OX15 5HS|postcode]]
Present: [[Teresa Bright|name]] (team manager, chair), SW [[Callum Reece|name]], DS [[Owen Marlow|name]], Mrs [[Tallis|name]],
[[Annie Vokes|name]].
Police: [[Craig Lloyd|name]] (DOB [[19/06/1981|dob]]) arrested in 2019? - no, drink-drive in [[Shipston|place]], car [[OE14 HGU|vehicle]];
neighbour Mr [[Len Hobday|name]] reported shouting on [[15/11|date]]. Mother [[Nicola Lloyd|name]] now at [[12 Hatherley Road|address]],
[[Cheltenham|place]], [[GL51 6EB|postcode]], with partner [[Steven Parfitt|name]].
Decision: s47 enquiry. [[Harper|name]] to stay with aunt [[Gemma|name]] in [[Whichford|place]] meanwhile. SW to see [[Harper|name]] on
[[21 Nov|date]].
[[Harper|name]]'s friend [[Lily-Ann|name]]'s mum [[Tanya Pratley|name]] of [[Stourton|place]] offered a bed. DS [[Marlow|name]] to speak to
[[Connor Blay|name]] about the images [[Harper|name]] sent him. [[Gemma Lloyd|name]]'s address: [[2 Long Street|address]],
[[Whichford|place]], [[CV36 5PG|postcode]].
""",
    ),
    (
        "father's letter to the social worker",
        """[[3 Castle Hill Cottages|address]]
[[Lower Brailes|place]]
Sunday [[22nd Nov|date]]
Mr [[Reece|name]],
I know I have let [[Harper|name]] down. Since [[Nikki|name]] went I have been drinking too much. I have been to the GP, Dr
[[Saltmarsh|name]] in [[Brailes|place]], and I am going to the group in [[Stratford|place]] on Tuesdays. My brother [[Paul Lloyd|name]] from
[[Sutton-under-Brailes|place]] is going to check on me. I want [[Harps|name]] home for her birthday on the [[6th|date]] of
February. Please tell [[Gemma|name]] I am sorry. My mobile is [[07912 605 348|phone]].
[[Craig Lloyd|name]]
PS [[Harper|name]]s nan, my mum [[Brenda Lloyd|name]], lives in [[Stretton-on-Fosse|place]]. She wants to see her at Christmas.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 240 (written 2026-12-08 without reading the detector; held out until scored on 2026-12-08 at 01:43 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "rev",
    "sw",
    "hv",
    "nurse",
    "our",
    "nan",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "aunt",
    "uncle",
    "grandad",
    "papa",
    "dida",
    "bebia",
    "babua",
    "deida",
    "baji",
    "ammi-ji",
    "abbu",
    "saas",
    "idva",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "warwickshire", "south warwickshire", "georgia", "cotswolds"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("bebia", "dida", "Deida Lali", "Baji") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
