"""Set 66: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets 67
to 69 (written by other helpers at the same time), that did not run the detector or any bench script that runs it, that ran no
git command, and that looked at no detector output. What was read: bench/redaction_set21.py (its docstring, its first record,
the opening of its first document and the end of its sixth family's documents, its word lists and its HandSet wiring) and
tests/test_redaction_set21.py in full; the docstrings of sets 7 to 65, printed alone and searched only as printed text for towns
and communities; the `_party` and `Records` helpers of bench/redaction_handwritten.py. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum (and a check-digit sum) in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Wirral and Cheshire West, each from a town, district or estate no earlier set used as a family's home: a white
British family on the Woodchurch estate, Birkenhead, with a nan in Upton (Kavanagh / Birch; neglect, a dog bite, a mother's low
mood), an Uzbek family in Seacombe, Wallasey, with an uncle in Tashkent and a grandmother in Samarkand (Yusupova / Karimov; a
mother who speaks Uzbek and Russian, a father working in Moscow, a girl of 13 missing school to interpret), a white British
family in Blacon, Chester, with a father in Saltney (Hewitt / Lovelock; domestic abuse, a boy of 9 who ran to a shop), a
Tunisian family in Rudheath, Northwich, with a grandmother in Sfax (Ben Salah / Trabelsi; a baby's unexplained fracture, a
father's family in Marseille), a mixed white British and Jamaican heritage family in Liscard, Wallasey (Brennan / Campbell; a
girl of 15 going missing to Liverpool), and a white British family in Frodsham with a grandfather in Helsby (Dutton / Platt; a
boy of 6 with bruises, a father's drinking). The Uzbek and Tunisian communities are ones no earlier set used. 24 documents, four
per family: a social worker's case note, a mother's texts typed up, a family network section of an assessment, a nan's
handwritten letter typed up, an interpreted school referral, a typed-up Uzbek and Russian voice note (Latin and Cyrillic), a
school attendance officer's call log, a family support session record, a child protection conference report excerpt, notes typed
fast on a phone, a MARAC referral, a child's own words, a hospital safeguarding referral, a WhatsApp chat in Arabic and French
typed up, a strategy discussion record, a scanned health visitor's note, a missing-from-home chronology, an OCR'd scanned letter
from a mother (with OCR errors kept: "Doy1e", "Seavlew", "Winst0n", "Kingst0n"), a detached youth work session note, a return
home interview, core group minutes, an email chain, a GP record and a police officer's notebook entry.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid (UK, Uzbekistan, Tunisia, France, Russia,
Ireland, Jamaica); NHS numbers and UPNs (344 for Wirral, 896 for Cheshire West and Chester) pass their check digits. Councils
are invented (Dee Mersey Council, Weaver Vale Council), and so are the schools' trusts; towns, districts, estates, real schools,
hospitals, police forces, shops and brands are real or invented and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
Nan, Mum, Grandad, Uncle, Aunty, opa, buvi, amaki, jeddah, mémé) stay outside a name span; "SURNAME, First" is one span; a name
broken by a line break is one span holding the break; towns, villages, districts and estates are places, at home or abroad and
in any script; countries, counties and regions are not; organisations stay unmarked even when they hold a town's or a person's
name ("Arrowe Park Hospital", "Countess of Chester", "Victoria Infirmary", "Seacombe Ferry Terminal"); a school's name and its
short form is a school; a date of birth is dob, any other calendar date with a day is date (a weekday stays outside); months and
years alone are not marked; pets' names are not names; parks, rivers and landmarks stay unmarked ("Arrowe Park" as a park,
"the Mersey", "Marine Lake").

Choices this set had to make: a name or place mangled by OCR ("Doy1e", "Winst0n", "Kingst0n", "Wallasey Viliage", "MiIl Lane")
is marked by what it refers to; a collar number before a name ("PC 4471 Gareth Lloyd") stays outside; a railway station named
after its district ("New Brighton station"), a capitalised library or hub ("Wallasey Central Library", "Wallasey Family Hub")
and a GP practice called by its street ("the Fender Way practice") are organisations or landmarks and stay unmarked, while a
lower-case service or branch named by its town ("Upton library", "A&E Warrington", "Chester HQ") marks the town as set 21's
"Totnes market" does; a Russian postcode ("117393") and a Tunisian one ("3000") are postcodes; "Hale" is a name when it is a
teacher; "Mama", a contact saved under a kinship word, is not a name; an Arabic date with a day ("5 نوفمبر") and an Uzbek one
("20-dekabr") are dates; "Arrowe Park" is the hospital when it means the hospital and a park otherwise, both unmarked; a shop
named after its owner marks only the name ("Dilnoza's mini market" marks Dilnoza); a ferry terminal named after its district is
a landmark and stays unmarked; a Cyrillic or Arabic name is a name and a Cyrillic or Arabic town is a place.

Self-check without the detector: `python -m bench.redaction_set66` runs set 15's checker on this set with this set's titles and
regions, and prints the number of documents and gold spans per kind: 24 documents, 919 gold spans, 464 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kavanagh / Birch family (white British), Woodchurch, Birkenhead ---------------------------------------------------

HOME_A = d.Address("14 Home Farm Road", "Woodchurch", "Birkenhead", "CH49 8EZ")
NAN_A = d.Address("3 Salacre Lane", "Upton", "Wirral", "CH49 6LU")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Birch")], dt.date(2019, 4, 2), addresses=[HOME_A], ids=["485 120 7360"],
       schools=["Woodchurch Road Primary"]),
    _p("m", "mother", [("Shannon", "Kavanagh")], dt.date(1997, 9, 12), addresses=[HOME_A], phones=["07823 416 095"]),
    _p("g", "grandparent", [("Pauline", "Kavanagh")], addresses=[NAN_A], phones=["0151 638 4172"]),
], "c")

DOCS_A = [
    ("social worker's case note after a home visit", """CASE NOTE - Dee Mersey Council Children's Services
Child: [[BIRCH, Kayden|name]]  DOB [[02/04/2019|dob]]  NHS [[485 120 7360|nhs]]
Address: [[14 Home Farm Road|address]], [[Woodchurch|place]], [[Birkenhead|place]] [[CH49 8EZ|postcode]]
Visit: Tuesday [[3 November 2026|date]], 15:40, announced. Worker: [[Ffion Roberts|name]] (SW)

Present: Mum [[Shannon Kavanagh|name]], [[Kayden|name]], and mum's friend [[Dawn|name]] from next door (no. 16). The dog,
Bruno, was shut in the kitchen. [[Shannon|name]] said the bite to [[Kayden|name]]'s forearm on the [[29th|date]] happened when
he pulled Bruno's tail; she took him to Arrowe Park that night and the wound was glued. Nan [[Pauline|name]] in
[[Upton|place]] has offered to have the dog.
The house was cold; the meter showed £1.20. [[Shannon|name]] said her low mood is worse since [[Jordan Birch|name]] (dad) moved to
[[Rock Ferry|place]]. She sees Dr [[Okafor|name]] at the Fender Way practice on [[10 Nov|date]].
School: [[Woodchurch Road|school]] say attendance is 81%; the class teacher Mrs [[Hughes|name]] rang me on [[2.11.26|date]].
Plan: food bank voucher; referral to Wirral Family Matters; next visit [[17/11/2026|date]]. Ring nan on [[0151 638 4172|phone]].
Contacts noted on the visit: [[Dawn Mills|name]] (no. 16) [[07823 509 117|phone]]; [[Courtney Kavanagh|name]], [[Greasby|place]];
[[Jordan Birch|name]], [[Rock Ferry|place]], [[07591 446 230|phone]]; school office, [[Woodchurch Road Primary|school]],
[[0151 677 3231|phone]]. Previous workers: [[Gareth Pugh|name]] (2023), [[Leanne Hope|name]] ([[14/06/2024|date]] closure).
[[Kayden|name]]'s friends named: [[Leo|name]], [[Harley|name]] and [[Marcus|name]] from [[Arrowe Park Road|address]].
Nan's landline [[0151 638 4172|phone]]; nan's friend [[Irene Doyle|name]] sometimes collects him from [[Upton|place]] library.
Dad's mother, [[Sandra Birch|name]], [[Hoylake|place]], last saw [[Kayden|name]] on [[25 December 2025|date]].
"""),
    ("mother's texts to the social worker typed up from a screenshot", """Screenshot pasted by [[Ffion Roberts|name]] SW,
[[5 November 2026|date]]
[[Shannon|name]] (mobile [[07823 416 095|phone]]):
hiya [[ffion|name]] its [[shannon|name]]. [[kayden|name]]s arm is ok the nurse at the walk in on [[moreton rd|address]] said its healing
nan [[pauline|name]] took bruno to hers in [[upton|place]] last nite so thats done x
can u ring me after 3 not b4 im at the job centre in [[birkenhead|place]]
[[jordan|name]] says hes coming sat to take [[kayden|name]] to [[new brighton|place]] but i dont want him driving the
car hes got, the reg is [[CX18 KWN|vehicle]] and hes no insurance
also [[dawn|name]] says theres a flat going in [[Noctorum|place]] on [[Noctorum
Avenue|address]] if we get the points
[[Ffion Roberts|name]] reply [[5 November 2026|date]] 16:02: ok [[Shannon|name]], will ring at 3.15. Is [[Jordan|name]] at
[[Bedford Road|address]] still?
[[Shannon|name]]: ye with [[chelsea|name]]. her mum [[tracy|name]] lives in [[bebington|place]] they go there sundays
[[Shannon|name]]: also my mate [[jodie|name]] from [[prenton|place]] can have [[kayden|name]] wed after school
[[Shannon|name]]: sorry i mean [[kayden|name]] lol. he wants to go [[west kirby|place]] for his bday on the [[2nd|date]]
[[Ffion Roberts|name]]: Ok. Please don't let [[Jordan|name]] drive him. Speak tomorrow, [[6/11|date]].
[[Shannon|name]]: ok x
"""),
]


# --- B. Yusupova / Karimov family (Uzbek), Seacombe, Wallasey ----------------------------------------------------------

HOME_B = d.Address("Flat 3, 22 Brighton Street", "Seacombe", "Wallasey", "CH44 6QJ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Madina", "Karimova")], dt.date(2013, 6, 21), addresses=[HOME_B], ids=["612 803 9472", "K344261045193"],
       schools=["Oldershaw Academy"]),
    _p("m", "mother", [("Gulnora", "Yusupova")], dt.date(1988, 1, 30), addresses=[HOME_B], phones=["07591 338 204"]),
    _p("f", "father", [("Rustam", "Karimov")], phones=["+7 916 482 31 07"]),
], "c")

DOCS_B = [
    ("referral from a school's designated safeguarding lead, made through an interpreter", """MULTI-AGENCY REFERRAL FORM
Referrer: [[Siobhan McGinn|name]], DSL, [[Oldershaw Academy|school]]   Tel [[0151 691 2047|phone]]
Date of referral: [[9 November 2026|date]]
Child: [[KARIMOVA, Madina|name]]   DOB: [[21.06.2013|dob]]   UPN: [[K344261045193|upn]]   NHS: [[612 803 9472|nhs]]
Address: [[Flat 3, 22 Brighton Street|address]], [[Seacombe|place]], [[Wallasey|place]], [[CH44 6QJ|postcode]]
Mother: [[Gulnora Yusupova|name]], [[07591 338 204|phone]] (speaks Uzbek and Russian; interpreter needed)
Father: [[Rustam Karimov|name]], working in [[Moscow|place]], [[+7 916 482 31 07|phone]]

Concern: [[Madina|name]] has missed 19 days since September, mostly to go with her mother to appointments at Arrowe Park and
the Jobcentre as her interpreter. On [[4 November|date]] she told her form tutor Mr [[Dale Marsh|name]] she has to look after her
brother [[Timur|name]] (4) while mum works at [[Dilnoza|name]]'s mini market on [[Poulton Road|address]]. The shop owner
[[Dilnoza Rakhimova|name]] confirmed [[Gulnora|name]] works there until 9pm. Uncle [[Bakhtiyor|name]] in [[Tashkent|place]]
([[+998 90 317 44 28|phone]]) sends money. Interpreter for the call: [[Nodira Saidova|name]] (Uzbek).
Other adults: [[Gulnora|name]]'s friend [[Shahnoza Ergasheva|name]], [[Oxton|place]]; neighbour [[Irina|name]] ([[Flat 4|address]]);
aunt [[Zarina Yusupova|name]] in [[Bukhara|place]]. Previous school: [[School No. 12|school]], [[Samarkand|place]] (records in Russian).
Arrived in the UK [[3 March 2024|date]]; moved from [[Tranmere|place]] to [[Brighton Street|address]] on [[1 July 2025|date]].
"""),
    ("a mother's Uzbek and Russian voice note typed up and translated by the interpreter", """Voice note from [[Gulnora|name]],
[[11.11.2026|date]], 2 min 14 s. Typed and translated by [[Nodira Saidova|name]].
[Uzbek] Assalomu alaykum, [[Ffion|name]] opa emas... kechirasiz, [[Megan|name]] opa. Men [[Gulnora|name]]. [[Madina|name]] bugun maktabga
bordi. [[Timur|name]]ni [[Dilnoza|name]] opa olib qoldi.
(Hello, not [[Ffion|name]]... sorry, [[Megan|name]]. I am [[Gulnora|name]]. [[Madina|name]] went to school today. [[Dilnoza|name]] kept
[[Timur|name]].)
[Russian] Мой муж [[Рустам|name]] в [[Москве|place]], он звонит по субботам. Мама в [[Самарканде|place]], [[Мавлюда|name]], болеет.
(My husband [[Rustam|name]] is in [[Moscow|place]], he rings on Saturdays. My mother in [[Samarkand|place]], [[Mavlyuda|name]], is ill.)
[Uzbek] [[Samarqand|place]]ga [[20-dekabr|date]] borishimiz kerak, [[Madina|name]] ham. Telefonim: [[07591 338 204|phone]].
(We must go to [[Samarkand|place]] on [[20 December|date]], [[Madina|name]] too. My phone: [[07591 338 204|phone]].)
Note: "[[Mavlyuda|name]]" and "[[Мавлюда|name]]" are the grandmother; the trip date given in English is [[20 December|date]].
Interpreter's note: [[Gulnora|name]] says the children's grandfather, [[Akbar Yusupov|name]], lives with [[Mavlyuda|name]] at
[[ул. Регистан, 14|address]], [[Самарканд|place]]; his mobile is [[+998 71 245 18 09|phone]]. [[Рустам|name]] ([[Rustam|name]]) will
fly from [[Москва|place]] to [[Samarkand|place]] on [[21 December|date]]. [[Madina|name]] would return on [[4 January|date]].
[Uzbek, end of note] Rahmat, [[Megan|name]] opa. [[Shahnoza|name]] ham salom aytdi. Xayr.
(Thank you, [[Megan|name]]. [[Shahnoza|name]] says hello too. Bye.)
"""),
]


# --- C. Hewitt / Lovelock family (white British), Blacon, Chester ---------------------------------------------------------

HOME_C = d.Address("41 Western Avenue", "Blacon", "Chester", "CH1 5PR")
DAD_C = d.Address("7 High Street", "Saltney", "Chester", "CH4 8SN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Archie", "Lovelock")], dt.date(2017, 2, 8), addresses=[HOME_C], ids=["703 361 2885", "J896240338172"],
       schools=["Dee Point Primary School"]),
    _p("m", "mother", [("Jade", "Hewitt")], dt.date(1992, 12, 1), addresses=[HOME_C], phones=["07940 127 683"],
       ids=["JH 42 61 08 B"]),
    _p("f", "father", [("Lee", "Lovelock")], dt.date(1989, 3, 17), addresses=[DAD_C], phones=["07758 204 319"]),
], "c")

DOCS_C = [
    ("initial child protection conference report, an excerpt", """INITIAL CHILD PROTECTION CONFERENCE - REPORT OF THE SOCIAL WORKER
Weaver Vale Council. Conference date: Thursday [[19 November 2026|date]], [[Chester|place]] HQ. Chair: [[Gwen Parry|name]] (IRO)
Child: [[Archie LOVELOCK|name]], born [[8 February 2017|dob]], [[Dee Point Primary|school]], UPN [[J896240338172|upn]]
Mother: [[Jade Hewitt|name]], NI [[JH 42 61 08 B|ni]], of [[41 Western Avenue|address]], [[Blacon|place]], [[CH1 5PR|postcode]]
Father: [[Lee Lovelock|name]], [[7 High Street|address]], [[Saltney|place]], [[CH4 8SN|postcode]], mob [[07758 204 319|phone]]

1. On the evening of [[1 November|date]] [[Archie|name]] (9) ran from the house to the Spar on [[Western Avenue|address]] and told the shop
assistant, [[Karen Price|name]], that "dad is hurting mum". PC [[Tom Elford|name]] and PC [[Sara Nolan|name]] of Cheshire
Constabulary attended; [[Lee|name]] had left in a white van, [[DK21 HWP|vehicle]]. He was arrested in [[Saltney|place]] on the [[2nd|date]].
2. [[Jade|name]] told me she had been hit before, in [[Ellesmere Port|place]] when they lived on [[Stanney Lane|address]].
Her sister [[Rose Hewitt|name]] in [[Hoole|place]] has offered a bed. Nan, [[Carol|name]], lives in [[Flint|place]].
3. [[Archie|name]]'s words: "I want mum to be safe and I want to see my dad at the football but not at home."
4. Agencies: school ([[Dee Point|school]], DSL Mrs [[Wendy Hale|name]]); health visitor for [[Poppy|name]], [[Ruth Acton|name]];
IDVA [[Bethan Hughes|name]]. [[Jade|name]]'s previous address: [[22 Stanney Lane|address]], [[Ellesmere Port|place]], [[CH65 9AE|postcode]]
(left [[12 January 2025|date]]). [[Lee|name]]'s previous partner [[Stacey Marsh|name]], [[Buckley|place]], has a non-molestation order
dated [[9 September 2022|date]]. Recommendation: child protection plan, category emotional abuse.
5. Chronology: [[2 Nov 2026|date]] [[Lee|name]] charged; [[3 Nov 2026|date]] bail to [[Bev Lovelock|name]]'s address,
[[9 Maes Gwern|address]],
[[Mold|place]], [[CH7 1XY|postcode]]; [[10 Nov 2026|date]] [[Jade|name]] seen by GP Dr [[Lindsay Moore|name]]; [[12 Nov 2026|date]]
[[Archie|name]] seen at school by [[Gwen Parry|name]] and me ([[Chloe Barker|name]], SW, [[chloe.barker@weavervale.gov.uk|email]]).
"""),
    ("social worker's notes typed fast on a phone after a call", """notes - call w [[jade|name]] [[24/11|date]] 16.10
- [[jade|name]] says [[lee|name]] txtd her from new no [[07412 906 551|phone]], sent to police (DC [[Amrit Gill|name]])
- [[archie|name]] ok at school, mrs [[Parkinson|name]] says quiet
- [[rose|name]] (sis) in [[hoole|place]] will have [[archie|name]] wkend [[28th|date]]-[[29th|date]]
- [[lee|name]]'s mum [[Bev Lovelock|name]] rang [[jade|name]] from [[Mold|place]] shouting
- [[jade|name]] wants move to [[northwich|place]] near her mate [[Kerry|name]], asked re housing
- next: strat [[26.11.26|date]] 10am, ring [[Gwen|name]]
- [[jade|name]]'s new mob if she changes: will give. nan [[carol|name]] [[01352 731 406|phone]]
- [[archie|name]]'s mate [[kai|name]] mum [[lauren|name]] offered to do sat mornings, lives [[Highfield Road|address]] [[blacon|place]]
- dc [[gill|name]] says bail to [[Mold|place]] address of [[bev|name]] till [[10/12|date]]
- [[rose|name]] [[07823 118 402|phone]] / [[rose.hewitt91@gmail.com|email]]
- school rang 16.40 (mrs [[hale|name]]) [[archie|name]] asked if dad can come to bonfire night, said no
"""),
]


# --- D. Ben Salah / Trabelsi family (Tunisian), Rudheath, Northwich -------------------------------------------------------

HOME_D = d.Address("9 Middlewich Road", "Rudheath", "Northwich", "CW9 7DT")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Yassine", "Ben Salah")], dt.date(2026, 7, 14), addresses=[HOME_D], ids=["458 907 2149"]),
    _p("m", "mother", [("Amel", "Trabelsi")], dt.date(1995, 5, 5), addresses=[HOME_D], phones=["01606 41 8826"]),
    _p("f", "father", [("Mehdi", "Ben Salah")], dt.date(1990, 10, 23), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("hospital safeguarding referral about a baby's fracture", """SAFEGUARDING REFERRAL - Paediatric Emergency, Leighton Hospital
Date/time: [[30/10/2026|date]] 22:15. Referrer: Dr [[Hannah Whitlock|name]], ST5 Paediatrics, bleep 4412
Patient: [[BEN SALAH, Yassine|name]]  DOB [[14/07/2026|dob]]  NHS [[458 907 2149|nhs]]
Home: [[9 Middlewich Road|address]], [[Rudheath|place]], [[Northwich|place]] [[CW9 7DT|postcode]]; home tel [[01606 41 8826|phone]]
Parents: [[Amel Trabelsi|name]] (mother, speaks Tunisian Arabic and French) and [[Mehdi Ben Salah|name]] (father).

X-ray: spiral fracture of the left femur. Parents say no fall. Mother said that on [[28 October|date]] her cousin [[Sonia|name]]
and [[Sonia|name]]'s husband [[Karim Jaziri|name]] from [[Winnington|place]] minded the baby for three hours. Paternal grandmother
[[Fatma Ben Salah|name]] lives in [[Sfax|place]], [[+216 22 418 731|phone]]; she visited [[Northwich|place]] in September.
Skeletal survey and CT head booked; strategy discussion requested. Nurse in charge: [[Joanne Lowe|name]].
Other children who have had contact: [[Sonia|name]]'s children [[Ines|name]] (6) and [[Adam Jaziri|name]] (3), [[Winnington|place]].
Parents' previous address: [[Apt 4, 16 Rue Habib Thameur|address]], [[Sfax|place]] [[3000|postcode]] (until [[2 May 2025|date]]).
Father's work: night shift, [[Lostock Gralam|place]]; mobile [[07940 552 381|phone]]. Mother's friend [[Salma|name]] from
[[Hartford|place]].
Interpreter booked for the family: [[Leila Haddad|name]] (Arabic, French), [[07591 802 663|phone]]. Religious leader known to the
family: Imam [[Youssef Cherif|name]], [[Northwich|place]]. Family friends: [[Walid|name]] and [[Nour Gharbi|name]] of [[Davenham|place]].
"""),
    ("family WhatsApp chat in Arabic and French typed up by the interpreter", """WhatsApp "عائلة بن صالح" exported [[2 Nov 2026|date]];
typed and translated by [[Leila Haddad|name]].
[[01/11/2026|date]] 20:02 - [[Mehdi|name]]: ماما، [[ياسين|name]] في السبيطار في [[كرو|place]]
   (Mum, [[Yassine|name]] is in hospital in [[Crewe|place]])
[[01/11/2026|date]] 20:05 - Mama: يا ربي! شنوة صار؟ (Oh God! What happened?)
[[01/11/2026|date]] 20:09 - [[Amel|name]]: On ne sait pas, maman. [[Sonia|name]] l'a gardé à [[Winnington|place]] le [[28|date]].
[[01/11/2026|date]] 20:11 - Tonton [[Hédi|name]]: Je vous appelle de [[Marseille|place]], [[+33 6 12 48 77 19|phone]], ou au
   bureau [[+216 71 842 305|phone]] à [[Tunis|place]].
[[01/11/2026|date]] 20:14 - [[Mehdi|name]]: [[كريم|name]] ما يجاوبش ([[Karim|name]] isn't answering)
[[01/11/2026|date]] 20:20 - Mama: نجي من [[صفاقس|place]] نهار [[5 نوفمبر|date]] (I'll come from [[Sfax|place]] on [[5 November|date]])
[[01/11/2026|date]] 20:22 - [[Amel|name]]: Non maman, reste. [[Hédi|name]] vient de [[Marseille|place]] le [[4|date]].
[[02/11/2026|date]] 07:03 - [[Sonia|name]]: [[Amel|name]] je te jure on l'a pas touché. [[Karim|name]] est chez sa soeur [[Rym|name]] à
   [[Crewe|place]].
"Mama" is the saved contact of [[Fatma Ben Salah|name]] and is not marked.
[[02/11/2026|date]] 09:15 - [[Mehdi|name]]: [[Leila|name]] the interpreter says social worker [[Owen|name]] comes Tuesday.
[[02/11/2026|date]] 09:17 - Tonton [[Hédi|name]]: Je prends le vol [[Marseille|place]]-[[Manchester|place]] le [[4 novembre|date]].
"""),
]


# --- E. Brennan / Campbell family (white British and Jamaican heritage), Liscard, Wallasey ---------------------------------

HOME_E = d.Address("27 Seaview Road", "Liscard", "Wallasey", "CH45 4LF")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tia-Mae", "Campbell")], dt.date(2011, 8, 30), addresses=[HOME_E], ids=["634 219 5706"],
       schools=["St Mary's Catholic College"]),
    _p("m", "mother", [("Lisa", "Brennan")], dt.date(1986, 4, 11), addresses=[HOME_E], phones=["07958 311 624"]),
], "c")

DOCS_E = [
    ("missing-from-home chronology", """CHRONOLOGY OF MISSING EPISODES - [[CAMPBELL, Tia-Mae|name]] (DOB [[30/08/2011|dob]])
[[27 Seaview Road|address]], [[Liscard|place]], [[Wallasey|place]] [[CH45 4LF|postcode]]. School: [[St Mary's|school]]
[[12.09.2026|date]]  Reported missing 23:00 by mum [[Lisa Brennan|name]]; found 02:10 at a flat in [[Kirkdale|place]],
            [[Liverpool|place]], with [[Reece|name]] (18, surname unknown). Return interview by [[Caitlin Doyle|name]] (Catch22).
[[3 Oct 2026|date]]  Missing from school; seen by PCSO [[Mark Ellis|name]] at New Brighton station with two older boys.
[[17/10/26|date]]    Missing overnight. Returned herself to nan [[Hyacinth Campbell|name]] in [[Toxteth|place]] at 07:30.
[[2 November|date]]  Strategy meeting; CE screening tool scored high. Dad [[Winston Campbell|name]] in [[Kingston|place]],
            Jamaica, rang in on [[+1 876 555 0142|phone]].
[[9 Nov|date]]       [[Tia-Mae|name]] told her youth worker [[Jess|name]] that "[[Reece|name]] and [[Big Dee|name]]" give her vapes.
[[13 Nov|date]]      NRM referral considered; [[Reece|name]] named by Merseyside Police as [[Reece Halligan|name]] ([[04/02/2008|dob]]),
            of [[Stanley Road|address]], [[Kirkdale|place]], [[L5 2QA|postcode]]. [[Big Dee|name]] not identified.
[[16 Nov|date]]      Mum's letter received (OCR). [[Lisa|name]]'s partner [[Gary Stott|name]] ([[Egremont|place]]) not living there.
[[20 Nov|date]]      Multi-agency CE meeting: [[Rhys Morgan|name]] (SW), DC [[Sian Kelly|name]], [[Caitlin Doyle|name]],
[[Jess Kinsella|name]],
            [[St Mary's|school]] DSL Mr [[Paul Heaney|name]]. [[Tia-Mae|name]]'s phone [[07823 771 486|phone]] to be checked.
"""),
    ("scanned handwritten letter from the mother, read by OCR", """[OCR of scanned letter, received [[16 Nov 2026|date]]; errors left as
scanned]
To Mrs [[Doy1e|name]] and the socia1 worker,
I am [[Lisa Brennan|name]] of [[27 Seavlew Road|address]] [[Liscard|place]]. I want it wrote down that
I have rang the po1ice every time [[Tia-
Mae|name]] has gone. My mum [[Hyacinth|name]] says
she can 1ive with her in [[Toxteth|place]] but I dont want her near [[Granby street|address]]
where them lads are. My number is [[07958 311 624|phone]]. Please ring not text.
Signed [[L. Brennan|name]]  [[15/11/26|date]]
PS [[Tia-Mae|name]]s friend [[Summer|name]] lives with her aunty on [[MiIl Lane|address]] and the 1ads pick them both up
from the bus stop by the [[Wallasey Viliage|place]] shops. Her dad [[Winst0n|name]] is in [[Kingst0n|place]].
[[Lisa Brennan|name]], [[27 Seaview Road|address]], [[CH45 4LF|postcode]]. Copy to Cllr [[Pat Rimmer|name]].
"""),
]


# --- F. Dutton / Platt family (white British), Frodsham ---------------------------------------------------------------

HOME_F = d.Address("5 Churchfield Road", "", "Frodsham", "WA6 6RD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Platt")], dt.date(2020, 1, 19), addresses=[HOME_F], ids=["721 056 8344"],
       schools=["Frodsham Manor House Primary"]),
    _p("m", "mother", [("Kelly", "Dutton")], dt.date(1994, 6, 6), addresses=[HOME_F], phones=["01244 381 540"]),
    _p("f", "father", [("Craig", "Platt")], dt.date(1991, 2, 27), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("core group minutes", """CORE GROUP MEETING - MINUTES
[[Oscar Platt|name]] (DOB [[19/01/2020|dob]]), [[5 Churchfield Road|address]], [[Frodsham|place]], [[WA6 6RD|postcode]]
Date: Monday [[23 November 2026|date]], Frodsham Community Centre. Minutes: [[Sam Ireland|name]] (business support)
Present: [[Nia Evans|name]] (SW, chair); [[Kelly Dutton|name]] (mother); [[Craig Platt|name]] (father); Mrs [[Joy Hart|name]]
(headteacher, [[Manor House|school]]); [[Priya Shah|name]] (health visitor); Grandad [[Frank Platt|name]] ([[Helsby|place]]).
1. Bruises. The school saw two more small bruises on [[Oscar|name]]'s upper arm on [[16 November|date]]. [[Craig|name]] said
they were from play fighting with his cousin [[Riley|name]] at grandad's in [[Helsby|place]]. [[Nia|name]] asked for a body map.
2. Drinking. [[Craig|name]] has started with CGL in [[Winsford|place]]; next appointment [[1 December|date]].
3. Actions: [[Kelly|name]] to take [[Oscar|name]] to the GP by [[30/11/2026|date]]; [[Priya|name]] to visit [[4.12.26|date]].
Next core group: [[14 December 2026|date]].
Apologies: [[Tom Hendry|name]] (school nurse), [[Kerry-Ann Walsh|name]] (Early Years). Distribution: all present, plus
[[Aisling Byrne|name]] (GP). [[Craig|name]]'s CGL worker [[Marcus Bell|name]] sent a report dated [[20/11/2026|date]].
[[Evie|name]] (2) attends [[Little Acorns|school]] in [[Helsby|place]] on Mondays; [[Riley|name]] is [[Frank|name]]'s grandson by
[[Craig|name]]'s
brother [[Jason Platt|name]] of [[Elton|place]].
Addresses held: [[Frank Platt|name]], [[12 Chester Road|address]], [[Helsby|place]], [[WA6 0PG|postcode]], [[01928 723 550|phone]];
[[Jason Platt|name]], [[Elton|place]]; [[Natalie Dutton|name]], [[Runcorn|place]].
"""),
    ("email chain between the school and the social worker", """From: [[Joy Hart|name]] <[[j.hart@manorhouse-frodsham.sch.uk|email]]>
To: [[Nia Evans|name]] <[[nia.evans@weavervale.gov.uk|email]]>
Sent: [[25 November 2026|date]] 08:47
Subject: [[Oscar P|name]] - this morning

[[Nia|name]], [[Oscar|name]] came in with [[Frank|name]] (grandad) today, not mum. He said "daddy was shouting at
mummy in the car". The car was grandad's silver Corsa, [[MA16 YTV|vehicle]]. Our learning mentor Mr [[Dean Frodsham|name]]
sat with him at breakfast club. [[Kelly|name]]'s mobile is off; landline [[01244 381 540|phone]] rang out.
[[Joy|name]]

From: [[Nia Evans|name]]
Sent: [[25 November 2026|date]] 09:20
Thanks [[Joy|name]]. I'm going out to [[Churchfield Road|address]] now, then to [[Helsby|place]] to see [[Frank|name]].

From: [[Joy Hart|name]]
Sent: [[25 November 2026|date]] 15:31
[[Nia|name]], [[Kelly|name]] rang at lunch from her sister [[Natalie|name]]'s in [[Runcorn|place]]. [[Oscar|name]] and [[Evie|name]] going
there tonight; address given as [[44 Greenway Road|address]], [[WA7 4NW|postcode]]. Mobile [[07758 630 924|phone]]. [[Joy|name]]

From: [[Nia Evans|name]]
Sent: [[26 November 2026|date]] 08:02
Cc: [[Rachel Hurst|name]]; [[Priya Shah|name]] <[[priya.shah2@nhs.net|email]]>
[[Joy|name]], I saw [[Oscar|name]] and [[Evie|name]] at [[Natalie|name]]'s in [[Runcorn|place]] last night with [[Kelly|name]].
[[Craig|name]] is at
[[Frank|name]]'s in [[Helsby|place]]. [[Oscar|name]] will be back at [[Manor House|school]] on Monday [[30 November|date]]. [[Nia|name]]
"""),
]


DOCS_A += [
    ("child and family assessment, the family network section", """CHILD AND FAMILY ASSESSMENT - FAMILY NETWORK (section 4)
Child: [[Kayden Birch|name]] ([[02.04.2019|dob]]). Assessing worker: [[Ffion Roberts|name]]. Completed [[20 November 2026|date]].
Mother: [[Shannon Kavanagh|name]], [[07823 416 095|phone]]. Father: [[Jordan Birch|name]], now at [[Flat 6, 31 Bedford Road|address]],
[[Rock Ferry|place]], [[CH42 2AT|postcode]]; his partner is [[Chelsea Lamb|name]]. Maternal nan: [[Pauline Kavanagh|name]],
[[3 Salacre Lane|address]], [[Upton|place]], [[CH49 6LU|postcode]]; grandad [[Tony Kavanagh|name]] died [[4 March 2024|date]].
Aunt [[Courtney Kavanagh|name]] lives in [[Greasby|place]] with her boys [[Mason|name]] and [[Alfie|name]]; Uncle [[Liam|name]] works
in [[Prestatyn|place]]. Neighbour [[Dawn Mills|name]] at no. 16 ([[16 Home Farm Road|address]]) does school runs. Family friend
[[Hope|name]] (surname [[Lewis|name]]) from the [[Ford|place]] estate babysits. Health visitor [[Marie Tran|name]]; GP Dr
[[Chidi Okafor|name]]. [[Kayden|name]] said: "my nan [[Pauline|name]] has Bruno now and I go [[Upton|place]] on Sundays."
Dates seen: [[21/10/2026|date]], [[3 November 2026|date]], [[12.11.26|date]], Monday [[16 Nov|date]].
Genogram: maternal great-grandmother [[Margaret Kavanagh|name]] ([[Moreton|place]]), died
[[30.01.2019|date]]; great-aunt [[Bernadette Quinn|name]] in [[Dublin|place]], [[+353 87 214 6638|phone]]; father's brother
[[Kyle Birch|name]]
in [[Bidston|place]] (prison release due [[18 March 2027|date]]).
"""),
]

DOCS_B += [
    ("school attendance officer's phone log", """ATTENDANCE OFFICER CALL LOG - [[Oldershaw|school]] - [[KARIMOVA Madina|name]] (Y9)
[[02/11/2026|date]] 08:55 rang mum [[07591 338 204|phone]], no answer. Texted.
[[03/11/2026|date]] 09:10 mum answered, via [[Madina|name]]: gone with mum to Arrowe Park (mum's scan).
[[05/11/2026|date]] 09:02 [[Dilnoza Rakhimova|name]] at the shop on [[Poulton Road|address]] answered [[Gulnora|name]]'s phone.
[[06/11/2026|date]] 08:50 home visit with [[Dale Marsh|name]]: [[Timur|name]] at home with [[Madina|name]]; neighbour [[Irina|name]]
  at [[Flat 4|address]] said she helps. Dad [[Rustam|name]] rang from [[Москва|place]] on [[+7 916 482 31 07|phone]].
[[10/11/2026|date]] spoke to uncle [[Bakhtiyor Yusupov|name]], [[Tashkent|place]] ([[Ташкент|place]]), [[+998 90 317 44 28|phone]];
  he says [[Gulnora|name]] can bring the children to [[Chilonzor|place]], [[12 Bunyodkor ko'chasi|address]], for the winter.
[[12/11/2026|date]] [[Madina|name]] in school, spoke to [[Siobhan McGinn|name]]. Nursery place for [[Timur|name]] at
  [[Somerville|school]] from [[4 January 2027|date]].
[[13/11/2026|date]] 08:45 [[Madina|name]] late, said [[Timur|name]] was sick; mum's friend [[Shahnoza|name]] took him. [[Madina|name]]'s
  friend [[Amelia Roberts|name]] says [[Madina|name]] is "always tired". Attendance now 84%.
[[17/11/2026|date]] letter to dad [[Rustam Karimov|name]] at [[ул. Профсоюзная, 56, кв. 12|address]], [[Москва|place]] [[117393|postcode]].
"""),
]

DOCS_C += [
    ("MARAC referral form, domestic abuse", """MARAC REFERRAL - Cheshire West and Chester
Victim: [[HEWITT, Jade|name]]  DOB [[01/12/1992|dob]]  Tel [[07940 127 683|phone]] (safe to call after 3pm)
Address: [[41 Western Avenue|address]], [[Blacon|place]], [[Chester|place]] [[CH1 5PR|postcode]]
Perpetrator: [[LOVELOCK, Lee|name]]  DOB [[17/03/1989|dob]]  [[7 High Street|address]], [[Saltney|place]] [[CH4 8SN|postcode]]
Vehicle: [[DK21 HWP|vehicle]]. Children: [[Archie|name]] ([[08/02/2017|dob]]); [[Lee|name]]'s daughter [[Poppy Lovelock|name]]
(lives with her mother [[Stacey Marsh|name]] in [[Buckley|place]]).
DASH score 17. Incidents: [[01/11/2026|date]] (assault, [[Blacon|place]]); [[14 Aug 2026|date]] (threats, [[Chester|place]] city
centre); [[3rd May 2025|date]] (criminal damage at [[Stanney Lane|address]], [[Ellesmere Port|place]]).
Referrer: IDVA [[Bethan Hughes|name]] (through the IDVA office switchboard).
Support: sister [[Rose Hewitt|name]] ([[Hoole|place]]), friend [[Kerry Jones|name]] ([[Northwich|place]]), mum [[Carol Hewitt|name]]
([[Flint|place]]).
Children's schools: [[Archie|name]], [[Dee Point Primary School|school]]; [[Poppy|name]], [[Drury|school]] nursery in [[Buckley|place]].
MARAC date: [[10 December 2026|date]]. Chair: DI [[Neil Crossley|name]].
"""),
]

DOCS_D += [
    ("strategy discussion record", """STRATEGY DISCUSSION - [[Yassine Ben Salah|name]] ([[14.07.2026|dob]]) - [[31 October 2026|date]]
11:00 (Teams)
Chair: [[Rachel Hurst|name]] (Team Manager). Present: [[Owen Pritchard|name]] (SW), DS [[Lucy Marsden|name]] (Cheshire Police
PVP), Dr [[Hannah Whitlock|name]] (Leighton), [[Amy Clegg|name]] (health visitor), interpreter [[Leila Haddad|name]].
Parents: [[Amel Trabelsi|name]] and [[Mehdi Ben Salah|name]], [[9 Middlewich Road|address]], [[Rudheath|place]].
Carers in the period: cousin [[Sonia Jaziri|name]] and [[Karim Jaziri|name]], [[18 Woodland Road|address]], [[Winnington|place]],
[[CW8 4AU|postcode]]; neighbour Mrs [[Pat Dean|name]] (no. 11); [[Mehdi|name]]'s friend [[Nabil|name]] from [[Middlewich|place]].
Paternal uncle [[Hédi Ben Salah|name]] in [[Marseille|place]]; grandmother [[Fatma|name]] in [[Sfax|place]] ([[صفاقس|place]]).
Outcome: section 47 enquiry; [[Yassine|name]] to stay in hospital until [[3 November|date]]; no unsupervised care by
[[Karim|name]]; ICPC by [[21/11/2026|date]]. Police to seize [[Karim|name]]'s phone ([[07412 906 551|phone]] given by [[Sonia|name]]).
Actions: [[Owen Pritchard|name]] to visit [[Winnington|place]] by [[2 November|date]]; DS [[Lucy Marsden|name]] to interview
[[Karim Jaziri|name]]
and [[Sonia Jaziri|name]] by [[5 November|date]]; [[Amy Clegg|name]] to share HV records; Dr [[Hannah Whitlock|name]] to ask Dr
[[Iqbal|name]] (radiology, [[Crewe|place]]) to date the fracture.
"""),
]

DOCS_E += [
    ("youth worker's notes of a detached session, typed up", """Detached youth work session, [[Liscard|place]] -
[[7th November 2026|date]], 19:00-21:30
Workers: [[Jess Kinsella|name]], [[Ade Bankole|name]].
Met [[Tia-Mae|name]] and her friend [[Summer|name]] outside the chippy on [[Liscard Road|address]]. [[Summer|name]] said she lives
on [[Mill Lane|address]] with her aunt. [[Tia-Mae|name]] said "[[Reece|name]]'s got a new flat in [[Bootle|place]]" and that
"[[Big Dee|name]]" (real name possibly [[Dwayne|name]]) drives a black Golf, [[KP19 XRL|vehicle]]. Said she'd been to
[[Everton|place]] and [[Anfield|place]] with them. Nan [[Hyacinth|name]] rang [[Jess|name]] at 21:05 from [[Toxteth|place]].
Passed to [[Caitlin Doyle|name]] and SW [[Rhys Morgan|name]] on [[8 Nov|date]].
Also seen: [[Kacey|name]] (about 15, from [[Seacombe|place]]), and a lad called [[Tyrone|name]] on a bike, from [[Poulton|place]].
[[Summer|name]]'s aunt [[Michelle Quayle|name]] rang back on [[07958 204 771|phone]].
Next session: [[14th November 2026|date]], [[Liscard|place]] then [[New Brighton|place]] prom. [[Ade Bankole|name]] to bring [[Jess|name]]'s
notes to [[Rhys Morgan|name]]. [[Tia-Mae|name]]'s nan [[Hyacinth Campbell|name]] asked for a call on [[0151 709 4823|phone]].
"""),
]

DOCS_F += [
    ("GP safeguarding record, typed from the practice system", """Frodsham Medical Centre - consultation
[[PLATT, Oscar|name]] [[19-Jan-2020|dob]] NHS [[721 056 8344|nhs]]. [[5 Churchfield Road|address]], [[Frodsham|place]] [[WA6 6RD|postcode]]
[[27-Nov-2026|date]] Dr [[Aisling Byrne|name]]: seen with mum [[Kelly Dutton|name]] and grandad [[Frank Platt|name]].
Two 1cm bruises L upper arm, fading. Mum says play fighting with cousin [[Riley Platt|name]] ([[Helsby|place]]). Dad
[[Craig|name]] not present. Sibling [[Evie Platt|name]] ([[11-Mar-2024|dob]]) also seen, no marks. Body map sent to SW [[Nia Evans|name]].
Previous: [[03-Jun-2025|date]] A&E [[Warrington|place]], head bump at Castle Park?? - recorded by locum Dr [[Qureshi|name]].
Next review: [[11-Dec-2026|date]]. Safeguarding lead: Dr [[Rob Tierney|name]]. Letter to HV [[Priya Shah|name]] sent [[27-Nov-2026|date]].
"""),
]


DOCS_A += [
    ("nan's own letter to the social worker, typed from her handwriting", """[[3 Salacre Lane|address]]
[[Upton|place]]
Wirral [[CH49 6LU|postcode]]
Sunday [[8th Nov|date]]

Dear Miss [[Roberts|name]],
I am [[Kayden|name]]'s nan, [[Pauline Kavanagh|name]]. I have got Bruno here now and he is no bother. I want to
say our [[Shannon|name]] is a good mum but she has not been right since [[Jordan|name]] left and went to that
[[Chelsea|name]] in [[Rock Ferry|place]]. I can have [[Kayden|name]] every weekend and take him to school on Mondays from
[[Upton|place]], my neighbour [[Brian Lyle|name]] will drive us. I was born in [[Bidston|place]] and I have
lived on the Wirral all my life. My phone is [[0151 638 4172|phone]] but I am deaf so ring twice.
Yours sincerely
[[P. Kavanagh|name]] (Mrs)
"""),
]

DOCS_B += [
    ("family support worker's session record", """FAMILY SUPPORT SESSION RECORD - Wallasey Family Hub
Family: [[Yusupova|name]] / [[Karimov|name]]. Worker: [[Megan Tierney|name]]. Session 3, [[18 November 2026|date]], home visit.
Present: [[Gulnora|name]], [[Timur|name]] (4), interpreter [[Nodira Saidova|name]]. [[Madina|name]] at school.
Work done: filled in the nursery form for [[Timur|name]] ([[Somerville|school]]); booked [[Gulnora|name]] onto ESOL at
Wallasey Central Library on Tuesdays from [[24 Nov|date]]; talked about [[Madina|name]] not interpreting.
[[Gulnora|name]] said her friend [[Shahnoza|name]] in [[Birkenhead|place]] ([[Оксфорд|place]]? - she meant [[Oxton|place]]) can go with
her to the GP instead. The trip to [[Samarqand|place]] is now [[22-dekabr|date]]; [[Madina|name]] would miss 2 days.
Next session: [[25/11/2026|date]].
Contact list updated: [[Gulnora|name]] [[07591 338 204|phone]]; [[Shahnoza Ergasheva|name]] [[07823 640 215|phone]];
[[Dilnoza Rakhimova|name]]
(shop), [[Poulton Road|address]], [[CH44 9DQ|postcode]].
"""),
]

DOCS_C += [
    ("child's own words recorded by the school's learning mentor", """My wishes and feelings - [[Archie|name]], class 5P,
[[Dee Point|school]]. Written with Mr [[Ollie Grant|name]], [[20.11.2026|date]]
Who is in my family: me, mum ([[Jade|name]]), my dad [[Lee|name]], my sister [[Poppy|name]] in [[Buckley|place]], my auntie [[Rose|name]],
nanny [[Carol|name]] in [[Flint|place]], and Biscuit (hamster).
What I worry about: dad coming to [[Blacon|place]]. Mum crying.
What makes me happy: going to [[Rose|name]]'s in [[Hoole|place]], Chester Zoo, football with [[Kai|name]] and [[Mason Reid|name]].
What I want: to live with mum and see dad at the [[Saltney|place]] football on Saturdays.
Signed: [[Archie|name]] (and a drawing of [[Kai|name]], [[Poppy|name]] and Biscuit).
"""),
]

DOCS_D += [
    ("health visitor's new birth visit notes, scanned", """HV NEW BIRTH VISIT (scanned) - [[YASSINE BEN SALAH|name]]  d.o.b. [[14/7/26|dob]]
Visit [[28/7/26|date]] at [[9 Middlewich Rd|address]], [[Rudheath|place]]. HV [[Amy Clegg|name]].
Mum [[Amel|name]] well, breastfeeding. Dad [[Mehdi|name]] works nights at the depot in [[Lostock Gralam|place]].
Grandmother [[Fatma|name]] visiting from [[Sfax|place]] until [[20 Sept|date]]. Cousin [[Sonia|name]] ([[Winnington|place]]) helps.
Weight 3.9 kg. No concerns. Next contact 6-8 week check [[8/9/26|date]]. GP: Dr [[Oladele|name]].
Addendum [[8/9/26|date]]: seen with [[Fatma|name]] and [[Sonia|name]]; [[Adam|name]] ([[Sonia|name]]'s son) had a cold. Mum asked about
the mosque playgroup in [[Winsford|place]]. Dad's mobile [[07940 552 381|phone]]. HV [[A. Clegg|name]].
"""),
]

DOCS_E += [
    ("return home interview form", """RETURN HOME INTERVIEW
Young person: [[Tia-Mae Campbell|name]]  DOB [[30.08.2011|dob]]  NHS [[634 219 5706|nhs]]
Episode: missing [[17/10/2026|date]] 18:00 to [[18/10/2026|date]] 07:30. Interviewer: [[Caitlin Doyle|name]] (Catch22), [[20/10/2026|date]].
Where were you? "[[Reece|name]]'s, in [[Kirkdale|place]], then my nan's in [[Toxteth|place]]."
Who were you with? "[[Reece|name]], [[Big Dee|name]], a girl called [[Kacey|name]] from [[Seacombe|place]]."
How did you get there? "Ferry from [[Seacombe|place]], then a taxi." Mum [[Lisa|name]] informed. Dad [[Winston|name]] told by phone.
"""),
]

DOCS_F += [
    ("police officer's pocket notebook entry, typed up", """PNB entry - PC 4471 [[Gareth Lloyd|name]]
[[22/11/26|date]] 23:40 attended [[5 Churchfield Rd|address]] [[Frodsham|place]] re verbal argument, caller neighbour
Mrs [[June Ashworth|name]] (no. 7). Spoke to [[Kelly DUTTON|name]] and [[Craig PLATT|name]] ([[27/02/1991|dob]]), who
smelt of alcohol. Children [[Oscar|name]] and [[Evie|name]] asleep upstairs, seen. [[Craig|name]] agreed to go to his
dad [[Frank Platt|name]] in [[Helsby|place]] for the night; driven there by [[Frank|name]] in [[MA16 YTV|vehicle]]. DASH: standard.
[[23/11/26|date]] 00:25 left. Info to [[Nia Evans|name]] (SW) and [[Joy Hart|name]] via Op Encompass. Neighbour at no. 9, Mr
[[Stan Wilde|name]],
heard nothing. Ref to [[Craig|name]]'s sister [[Leanne Platt|name]] of [[Kingsley|place]], [[07958 415 302|phone]], who will ring
[[Kelly|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 66 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nan", "nana", "nanny", "gran", "grandad",
           "mum", "dad", "aunty", "auntie", "uncle", "opa", "buvi", "amaki", "mama", "tonton", "mémé", "jeddah"}
_AFTER = {"opa", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "uk", "cheshire", "wirral", "the wirral", "merseyside", "jamaica", "uzbekistan", "russia",
               "tunisia", "france"}

_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
