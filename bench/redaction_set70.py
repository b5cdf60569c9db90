"""Set 70: a held-out hand-written set for the redaction detector, six invented families in Kirklees and Calderdale.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set71.py
to bench/redaction_set73.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: of bench/redaction_set21.py
its first 30,000 characters (the docstring, the first family's records and first three documents), a list of its top-level lines
and its last 120 lines (the end of its last document and the module's end), and tests/test_redaction_set21.py in full (the layout
and marking conventions followed here); the docstrings of bench/redaction_set7.py
to bench/redaction_set69.py, printed only (never their bodies) and searched for the towns, districts and communities earlier sets
used as a family's home; bench/redaction_handwritten.py (its helpers, the first sets' records and documents); the checker, KINDS,
_NI, gold_counts and report of bench/redaction_heldout.py; the lines of bench/redaction_set15.py that import, start its
word lists and build its checker (which this set runs); and the ruff settings in pyproject.toml. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Kirklees and Calderdale, each from a town or district no earlier set (7 to 69) used as a family's home. Four of
the kinds most common in children's social care: a white British family in Ravensthorpe, Dewsbury, with a grandmother in
Thornhill Lees (Crowther / Ibbotson; a mother's cocaine use and neglect, a boy of 7 burnt making noodles with the kettle, found
on a bus at night with his sister of 3 trying to reach his nan, an initial child protection conference), a white British family
in Rastrick, Brighouse, with a father in Elland (Pickles / Hirst; a girl of 14 who took an overdose and self-harms, groomed
online by a man of 22 in Armley, missing overnight in Leeds, a stepfather, a child in need plan), a white British family in
Heckmondwike with grandparents in Liversedge and Roberttown (Blackburn / Spencer; a baby of 16 weeks with rib fractures and a
bruised ear while his young father gamed online, a neighbour who heard it, care proceedings) and a white British family in Sowerby
Bridge, with an aunt in Ripponden and a father in Rochdale (Lumb / Stansfield; a girl of 12 caring for her mother with multiple
sclerosis, collecting controlled drugs, a man who takes the mother's tablets, early help). Two from communities no earlier set
used: a Grenadian family in Birkby, Huddersfield, with a father in Fartown, a grandmother in Gouyave and an uncle in Brooklyn
(Charles / Mitchell; a boy of 15 criminally exploited, arrested with a knife and permanently excluded, a mother who wants to send
him to his grandmother in Grenada, a voice note in Grenadian Creole English), and a Mexican mother and white British father in
Mytholmroyd, with family in San Pedro Cholula, Puebla and Mexico City (Helliwell / Ramírez Ortega; coercive control, passports
kept in a van, a spouse visa used as a threat, a toddler with delayed speech, a WhatsApp chat in Spanish, the migrant victims of
domestic abuse concession). 24 documents, about half plain professional recording and half other writing, of types and styles
chosen to be new to these sets where possible: a primary school's CPOMS chronology export, a bus driver's incident report of
unaccompanied children, a social worker's report to an initial child protection conference (with a neighbour's note in Urdu
script), a mother's handwritten letter to the conference chair scanned and OCR'd (with its misspellings and a place split by a
hyphen at a line end), an appropriate adult's notes from a police interview, multi-agency child exploitation meeting minutes, a
grandmother's WhatsApp voice note transcribed in Grenadian Creole English, a headteacher's permanent exclusion letter, an IDVA's
case notes, two sisters' WhatsApp chat in Spanish typed up and translated, a health visitor's contact record, an immigration
adviser's email, a CAMHS crisis team letter to a GP, a girl's diary pages (lower case, a crossed-out name), a police missing
person report with its risk assessment and log, child in need review minutes, a paediatrician's child protection medical report,
a father's texts from a police phone download, a legal planning meeting record, a neighbour's MG11 witness statement, a young
carers' needs assessment, a community pharmacist's safeguarding email, a school nurse's notes typed fast on a phone, and early
help team around the family minutes with an action table.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Grenada, the United States, Mexico); NHS numbers and UPNs (LA numbers 382 for Kirklees and 381 for
Calderdale) pass their check digits; NI numbers have a valid format. Councils are invented (Colne Spen, Ryburn Calder), and so are
the schools Ings Grove Primary Academy and Scout Road Academy, the Calder Tots nursery, the Calder Valley Domestic Abuse Service,
Calder Language Services, Calder Homecare, the Ryburn Calder Young Carers Service, Wharf Street Pharmacy, Rosegrove Medical
Practice, Heckmondwike Family Practice, Valley Medical Centre and Rydings Hall Surgery; towns, districts, estates, villages, real
schools and colleges, NHS bodies, hospitals, police forces, custody suites, prisons, courts, charities, shops, brands, apps,
games, parks, pubs, landmarks, festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13). [[words|kind]]
is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Mister, Dr, PC, PCSO, DC, DS, DI, Insp, mr, Nan, nana, Mum, aunty, uncle, tía, señora) stay
outside the name span; a possessive 's and a bare s in texting ("jake"s, "Nicola"s) stay outside; every person's name is a name
in every form, record or not. "SURNAME, First" is one span ("IBBOTSON, Brooklyn", "RAMÍREZ ORTEGA, Guadalupe"), and so is
"SURNAME First" ("CHARLES-MITCHELL Jaden", "PICKLES Lily-Mae"); an initial with a surname is one span ("C. Batley", "K Crowther",
"A J Wormald"), and so is a first name with an initial after it ("Kyle W", "Jake H"); a collar or staff number stays outside
("PC 4417 Sugden"); a name, place, school or date broken by a line break is one span holding the break ("Heck-\nmondwike" keeps
its hyphen). A street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address, and so is a neighbour's bare flat or house number ("no. 38", "number 5", "Flat 6") and an address abroad ("Lower
Depradine Street", Gouyave; "Calle 5 de Mayo 214, Col. Centro", San Pedro Cholula, with its postcode "72760"); towns, cities,
villages, districts and estates are places at home or abroad ("Triangle", "Clifton", "Brooklyn", "Ciudad de México", "Hebden" for
Hebden Bridge); countries, counties, states, parishes and regions are not ("Grenada", "Mexico", "Kirklees", "Calderdale", "West
Yorkshire", "St John's" the Grenadian parish, "Pue." and "the state of Puebla"); organisations are not marked even when they hold
a town's or a person's name; a school's name is a school, and so is its short form ("Netherhall", "Ethos", "Bolton Brow",
"Ryburn Valley"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the
bare day in a range or a diary line ("6" in "6 to 10 October", "the 25th", "the 6th of November") is a date span of its own;
months, years and festivals alone are not marked; helplines are not; pets' names (Bane, Mitten) are not names; a firm named after
people marks only the names ("[[Sheard|name]] & Co"); parks, hills, pubs, arts centres and other landmarks stay unmarked
(Greenhead Park, Stoodley Pike, the Shoulder of Mutton, Square Chapel); a name that is also a word or a town is marked by what it
refers to (Brooklyn, Brook, Batley, Brighouse, Jordan, Senior, Dawn and Greenwood are names when they are people; Brooklyn,
Batley and Triangle are places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a proper name of a building,
health centre or organisation holding a town ("Dewsbury Town Hall", "Ravensthorpe Health Centre", "Mytholmroyd Community Centre",
"Todmorden Health Centre", "Huddersfield Youth Hub", "Sowerby Bridge Library", "Leeds General Infirmary", "Havertop", "the
Family Court at Huddersfield") stays unmarked, while a plain description of a branch, station, team, outreach or centre by its
town ("Brighouse bus station", "the Aldi in Heckmondwike", "the Halifax outreach", "Leeds District", "Sowerby Bridge NPT", "the
Batley family centre", "the consulate in London", the meeting area "HUDDERSFIELD", "Dewsbury and Mirfield Assessment Team")
marks the town; a surgery named by its street in plain words ("the Station Road surgery", "GP Station Rd") marks the street as an
address, while a pharmacy's trading name ("Wharf Street Pharmacy") is an organisation; a numbered trunk road ("the A644") is not
an address; a team's shared mailbox ("mash@ryburncalder.gov.uk") is not a person's email and is not marked; a street named after a
date ("5 de Mayo") is an address and not a date; a contact saved under a kinship word and a town ("Mammy Gouyave") marks only the
town, a contact saved as a kinship word alone ("Mam") is not a name, and one saved as a name with an emoji or a word ("Chlo ❤️",
"Dani 💜", "Aaron Xbox") marks the name; a nickname from a surname ("Crabby") and a name crossed out in a diary are names; a
Snapchat handle ("r.d.leeds_97") and a shop's nickname ("maccies") are not marked; a school's initials ("RVHS") are a school, as
its short form would be; a date of birth a man gives for himself at a pharmacy counter is dob; the surname Senior is a name, so
"senior" is not added to this set's after-name kinship words; case, crime, custody, exhibit and registration references
(DA/26/1187, URN 13/XK/4471/26, GMC and GPhC numbers, AA-219) are not marked.

Self-check without the detector: `python -m bench.redaction_set70` (and tests/test_redaction_set70.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words and its counties, regions,
parishes and countries, and prints the number of documents and gold spans per kind: 24 documents,
984 gold spans, 544 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Crowther / Ibbotson family (white British), Ravensthorpe, Dewsbury, with a grandmother in Thornhill Lees ----------

HOME_A = d.Address("36 Netherfield Road", "Ravensthorpe", "Dewsbury", "WF13 3JT")
NAN_A = d.Address("5 Brewery Lane", "Thornhill Lees", "Dewsbury", "WF12 9DL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Brooklyn", "Ibbotson")], dt.date(2019, 5, 14), addresses=[HOME_A], ids=["5717542364", "H382791117582"],
       schools=["Ings Grove Primary Academy"]),
    _p("s", "sibling", [("Maisie", "Crowther")], dt.date(2022, 11, 3), addresses=[HOME_A], ids=["7680276846"],
       schools=["Calder Tots Nursery"]),
    _p("m", "mother", [("Kayleigh", "Crowther")], dt.date(1997, 8, 22), addresses=[HOME_A], phones=["07823 416 905"],
       ids=["JK 27 41 93 B"]),
    _p("f", "father", [("Jordan", "Ibbotson")], dt.date(1995, 2, 9), addresses=[HOME_A], phones=["07961 238 447"]),
    _p("g", "grandparent", [("Sharon", "Crowther")], dt.date(1971, 6, 30), addresses=[NAN_A], phones=["01924 467 305"]),
    _p("p1", "professional", [("Hannah", "Brook")], phones=["01484 221 760"], emails=["hannah.brook@colnespen.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log exported from CPOMS, concerns only", """CPOMS - Student Chronology export
School: [[Ings Grove Primary Academy|school]]        Exported by: [[C. Batley|name]] (DSL)        Exported: [[02/11/2026|date]] 15:41
Student: [[IBBOTSON, Brooklyn|name]]   Year 2 (Class 2W)   DOB: [[14/05/2019|dob]]   UPN: [[H382791117582|upn]]
Known as: "[[Brook|name]]" / "[[Brookie|name]]"    Sibling in setting: none (sister [[Maisie|name]] at [[Calder Tots|school]])
Filter: categories = Safeguarding, Attendance, Neglect, Family; status = all

[[08/09/2026|date]] 08:52  Attendance / Late   Raised by: Mrs [[K. Wainwright|name]] (office)
Arrived 08:50 on his own, came through the side gate from [[Netherfield Road|address]]. Said mum "was still in bed". Walked
across [[Huddersfield Road|address]] by himself (the A644 - busy at that time). Actions: text to mum [[07823 416 905|phone]]. Alerted:
[[Claire Batley|name]].

[[09/09/2026|date]] 12:15  Neglect / Hunger   Raised by: Miss [[A. Lodge|name]] (class teacher)
Ate his own lunch and asked [[Ruby-Leigh|name]] for her crusts. Said "we had no tea because dad's money didn't come". Same
uniform as last week, shirt grey at the collar. Given toast at breakfast club (free place arranged by [[Claire|name]]).

[[17.09.26|date]] 15:25  Family / Collection   Raised by: Mr [[J. Haigh|name]] (TA)
Not collected at 15:15. Rang mum x3, dad ([[Jordan Ibbotson|name]], [[07961 238 447|phone]]) x2, no answer. Nan ([[Sharon Crowther|name]]
on [[01924 467 305|phone]]) came at 15:55 from [[Thornhill Lees|place]] on the bus with [[Maisie|name]] in the pushchair. Nan said
"our [[Kayleigh|name]]'s not well again". Nan smelt of cigarettes, was kind and calm with [[Brooklyn|name]].

Thu [[24th Sept|date]] 10:40  Safeguarding / Disclosure   Raised by: Miss [[A. Lodge|name]]
During circle time, [[Brooklyn|name]] said "mummy puts white stuff up her nose and then she's shouty". Did not ask more.
Wrote his words down and passed straight to DSL. Actions: [[C. Batley|name]] rang the Duty and Advice team 11:05, spoke to
[[Ryan Okafor|name]]; advised consent needed - mum rang, agreed "fine, do what you want". Referral sent [[24/09|date]] 13:20.

[[01/10/2026|date]] 09:10  Attendance   Raised by: office
[[Brooklyn|name]] absent, no call. Home visit by [[Claire Batley|name]] and Mr [[Haigh|name]] at 10:30: no answer. The neighbour at
[[no. 38|address]] (Mrs [[Nusrat Bi|name]]) said she saw "the little boy" at the window at 7 am. Returned at 11:45, mum
answered, children in pyjamas, strong smell of cannabis in the hallway, dog mess on the kitchen floor. Mum said [[Brook|name]] had
a temperature.

[[12-10-2026|date]] 08:45  Safeguarding / Injury   Raised by: Mrs [[R. Shaw|name]] (breakfast club)
Small burn (about 5p size) on the back of right hand. [[Brooklyn|name]] said he "made noodles in the kettle for me and
[[Maisie|name]]" because mum was asleep. Body map done. DSL informed. Social worker [[Hannah Brook|name]] told by phone at 09:20
([[01484 221 760|phone]]).

[[19/10/2026|date]] 14:00  Family   Raised by: [[C. Batley|name]]
Strategy meeting held (Teams). Outcome: s47 enquiry, ICPC to be booked. I will write the school report. Note: dad's
new partner [[Chantelle|name]] (surname not known, lives in [[Batley|place]]?) has been collecting [[Maisie|name]] from nursery.

[[30/10/2026|date]] 12:30  Neglect   Raised by: Miss [[A. Lodge|name]]
Head lice again, untreated, scalp sore. [[Brooklyn|name]] said "nana [[Shaz|name]] does it with the comb but mummy says no
because it makes me cry". Pack of lotion sent home. Attendance this half term: 84.2%.
"""),
    ("bus driver's incident report of a child travelling alone", """ARRIVA YORKSHIRE - DRIVER INCIDENT REPORT (DIR-3)
Depot: [[Dewsbury|place]]      Route: 202 ([[Dewsbury|place]] - [[Ravensthorpe|place]] - [[Mirfield|place]] - [[Huddersfield|place]])
Date of incident: Saturday [[7th November 2026|date]]       Time: approx 19:35       Running no. 14
Driver: [[Imran Lunat|name]]   Staff no. 40227     Vehicle: fleet 1572, reg [[YJ19 DXE|vehicle]]

Type of incident: Unaccompanied child / vulnerable passenger

Description (in driver's own words):
Boarded at the stop by the Co-op on [[Huddersfield Road|address]], [[Ravensthorpe|place]], a little lad about 7 with a
little girl about 3 or 4 in a pink coat, no adult with them. Lad said he was taking his sister "to my nana's in [[Thornhill
Lees|place]]" and had 2 pound coins. Said his name was [[Brooklyn|name]] and his sister was [[Maisie|name]]. Lady passenger
(Mrs [[Pat Hinchliffe|name]], regular on the 202, lives [[Staincliffe|place]]) sat with them. I radioed control at 19:38 ([[Dave
Senior|name]] on duty) who told me to hold at the bus station. Children were cold, girl had wet herself, no coat on the boy.
Boy said "mum's got friends round and they're being loud" and "[[Jordan|name]] went out".
At [[Dewsbury|place]] bus station 19:52 handed over to PC [[Lucy Ackroyd|name]] and PC [[Tom Dyson|name]] (West Yorkshire Police) in
stand 6. Boy gave his address as "[[36 Netherfield|address]]" and nana's phone number from memory, [[01924 467 305|phone]].
The nana, Mrs [[Crowther|name]], arrived in a taxi 20:15 very upset, said her daughter "will be off her face again".
CCTV: yes, saloon and front cameras, to be kept. Police ref: 13260 of [[07/11|date]].

Signed: [[I. Lunat|name]]           Controller: [[D. Senior|name]]           Received by depot: [[09/11/26|date]]
"""),
]

DOCS_A += [
    ("social worker's report to an initial child protection conference", """COLNE SPEN COUNCIL - CHILDREN'S SOCIAL CARE
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Brooklyn IBBOTSON|name]] (d.o.b. [[14 May 2019|dob]], NHS [[571 754 2364|nhs]]) and [[Maisie CROWTHER|name]]
(d.o.b. [[3 November 2022|dob]], NHS [[768 027 6846|nhs]])
Address: [[36 Netherfield Road|address]], [[Ravensthorpe|place]], [[Dewsbury|place]] [[WF13 3JT|postcode]]
Conference date: Wednesday [[18 November 2026|date]], 10.00, Dewsbury Town Hall (and Teams)
Author: [[Hannah Brook|name]], Social Worker, [[Dewsbury|place]] and [[Mirfield|place]] Assessment Team
Team manager: [[Gareth Oldroyd|name]]      Chair: [[Nasreen Akhtar|name]] (Independent Reviewing Officer)

1. Reason for the conference
1.1 On [[24 September 2026|date]] [[Brooklyn|name]] told his teacher that his mother "puts white stuff up her nose". On
[[12 October|date]] he had a burn from making noodles with the kettle while his mother slept, and on [[7 November|date]] he was
found on a [[Mirfield|place]]-bound bus at night with [[Maisie|name]], trying to reach his grandmother. A strategy discussion on
[[19 October|date]] (and again on [[9 November|date]]) agreed a section 47 enquiry.

2. The family
2.1 [[Kayleigh Crowther|name]] (29) is the mother of both children. [[Jordan Ibbotson|name]] (31) is [[Brooklyn|name]]'s father; he says
he is also [[Maisie|name]]'s father, though he is not on her birth certificate. [[Jordan|name]] has been living between the family
home and his new partner's flat in [[Batley|place]] ([[Chantelle Firth|name]], [[Track Road|address]]) since the summer.
2.2 The maternal grandmother, [[Sharon Crowther|name]] (55), lives at [[5 Brewery Lane|address]], [[Thornhill Lees|place]], and
is the family's main support. [[Sharon|name]]'s partner, [[Mick Greenough|name]], has a conviction for assault (2014).
2.3 [[Kayleigh|name]]'s brother, [[Liam Crowther|name]], is in HMP Leeds; the children call him "uncle [[Lee|name]]" and write to him.

3. What I found
3.1 I visited seven times between [[25 September|date]] and [[13 November 2026|date]], four of them unannounced. On
[[1 October|date]] and [[6 November|date]] the house smelt strongly of cannabis, there was dog faeces on the kitchen floor
(an XL bully, "Bane"), and the fridge held a bottle of milk and margarine. On the other visits the house was clean.
3.2 [[Kayleigh|name]] told me on [[30 October|date]] that she uses cocaine "at weekends, when [[Jordan|name]]'s mates come round",
and that she has been prescribed sertraline (her UC claim, NI [[JK 27 41 93 B|ni]], was sanctioned in October) by Dr [[Mistry|name]] at
Ravensthorpe Health Centre. She agreed to a referral to
Change Grow Live on [[Wakefield Road|address]]. She did not attend the first appointment on [[10/11/2026|date]].
3.3 The neighbour, Mrs [[Nusrat Bi|name]] at [[no. 38|address]], gave me a note written in Urdu, translated by her son
[[Imran|name]]: "[[نصرت|name]]: بچہ رات کو دروازے پر اکیلا تھا" ("the child was alone at the door at night").
3.4 [[Brooklyn|name]] drew his house for me with "mummy in bed, [[Maisie|name]] in the cot and me on the stairs". He said the
best place is "nana [[Shaz|name]]'s because she has Sky and fish fingers".

4. Analysis and recommendation
4.1 I recommend that both children be made subject to child protection plans under the category of neglect.
4.2 [[Sharon|name]] has offered to have the children from Friday to Sunday; this needs a check of Mr [[Greenough|name]]
first (PNC, and the 2014 incident at the Shoulder of Mutton in [[Hanging Heaton|place]]).

Signed: [[H. Brook|name]]    [[hannah.brook@colnespen.gov.uk|email]]    [[01484 221 760|phone]]      Dated: [[13/11/2026|date]]
"""),
    ("mother's handwritten letter to the conference chair, scanned and OCR'd", """[scanned [[16/11/2026|date]] by admin - 2 pages,
handwriting, OCR text below, not checked]

To the cheir of the meeting on wendsday ( Mrs [[Akhtar|name]] )

My name is [[Kayleigh Crowther|name]] I am [[Brooklyn|name]] and [[Maisie|name]]s mum. I cant come in the room if [[Jordan|name]] is there
so I am writeing this. I no I have messed up. I am not a bad mum I love my kids more than any thing.
Since [[Jordan|name]] met [[Chantel|name]] I have not been coping and his mates [[Deano|name]] and [[Kyle W|name]] come round
and bring stuff, I never bought it my self. I have stopped now. I have been to CGL on the [[12th|date]] (I missed the
first one because the buses from [[Ravensthorpe|place]] are rubish and [[Maisie|name]] was poorly).

The burn on [[Brook|name]]s hand was a axident. He was hungry and I was a sleep after a night shift at the Card
factory in [[Heck-
mondwike|place]]. I no he shuld not use the kettle. I have bought a new kettle with a lock.

About the bus. I did not no they had gone. My friend [[Jade|name]] said she was watching them. I would never let
them go on a bus. When I found out I was screaming. My mum [[Sharon|name]] was the one who went.

Please let the kids stay with me. My mum will help, she lives at [[5 brewery lane|address]] and she can have them
weekends. [[Mick|name]] is not like that any more, that was years ago.

I have a new number because [[Jordan|name]] has the old one - its [[07535 201 648|phone]].

From [[Kayleigh|name]] ([[K Crowther|name]])
[[15.11.26|date]]

P.S. [[Brooklyn|name]] wants to know if he can still go to the foot ball at [[Savile Town|place]] with Mr [[Iqbal|name]] on
Saturdays. [[Hannah|name]] said she will ask.
"""),
]


# --- B. Charles / Mitchell family (Grenadian), Birkby, Huddersfield, with a father in Fartown and a grandmother in Gouyave -

HOME_B = d.Address("47 Blacker Road", "Birkby", "Huddersfield", "HD1 5HY")
DAD_B = d.Address("Flat 3, 88 Spaines Road", "Fartown", "Huddersfield", "HD2 2QA")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Charles-Mitchell")], dt.date(2011, 7, 2), addresses=[HOME_B],
       ids=["4109212618", "B382733118366"], schools=["Netherhall Learning Campus"]),
    _p("s", "sibling", [("Amara", "Mitchell")], dt.date(2017, 1, 28), addresses=[HOME_B], schools=["Birkby Junior School"]),
    _p("m", "mother", [("Cherise", "Charles")], dt.date(1986, 3, 19), addresses=[HOME_B], phones=["07412 860 379"]),
    _p("f", "father", [("Kendall", "Mitchell")], dt.date(1983, 10, 11), addresses=[DAD_B], phones=["07397 514 226"]),
    _p("g", "grandparent", [("Veronica", "Charles")], phones=["+1 473 440 2816"]),
    _p("p1", "professional", [("Sadia", "Rehman")], phones=["01484 538 216"], emails=["sadia.rehman@colnespen.gov.uk"]),
], "c")

DOCS_B = [
    ("appropriate adult's handwritten notes from a police interview, typed up", """Appropriate Adult Service (volunteer) - notes made
at the time, typed up after
AA: [[Beverley Armitage|name]] (vol. no. AA-219)        Called by: custody sgt, 01:50 Sunday [[01/11/26|date]]
Young person: [[CHARLES-MITCHELL Jaden|name]]  age 15  dob [[02.07.2011|dob]]   arrested 23:40 Sat, [[Greenhead Road|address]]
Why AA not parent: mum ([[Cherise|name]]) at hospital with the other boy's family? - NO, corrected: mum at home with little
sister [[Amara|name]], no childcare; dad ([[Kendall Mitchell|name]]) not answering [[07397 514 226|phone]]

02:35 arrived Havertop. Spoke with sgt [[Hollingworth|name]]. Offence: possession of a bladed article (kitchen knife, 8") -
found in his bag after a fight by the bandstand, Greenhead Park, 23:10. Another lad, [[Kai|name]] (surname? [[Kai Brayshaw|name]], 16),
cut on the arm, taken to HRI, not serious.
02:50 private consult w/ [[Jaden|name]] before solicitor. Cold, grey trackies, no jacket. Asked for his mum. Said he "had
it for protection" after a lad called "[[Tiny|name]]" from [[Fartown|place]] told him he owes £300 for "a pack that went missing".
03:20 Solicitor: Ms [[Naomi Achebe|name]] (duty, from [[Sheard|name]] & Co, [[Dewsbury|place]]).
03:45 - 04:30 interview. DC [[Sam Beaumont|name]], DC [[Priya Lockett|name]]. Advised no comment, he said no comment mostly,
but said "I didn't cut [[Kai|name]], [[Kai|name]]'s my boy". Cried when asked about his nan in Grenada.
I intervened once (04:05) - he had not had a drink since 9pm. Break given.
05:10 NFA for now / RUI. Bail not needed. Released to dad at 05:40, who came from [[Spaines Road|address]] in a taxi.
Dad said "I'm taking him to mine, his mum can't cope with him". [[Jaden|name]] said he wants to go home to [[Blacker Road|address]].
Referral for NRM? - sgt said CID will decide. I told [[Jaden|name]] about Childline and the YOT.

Signed [[B Armitage|name]]   time out 05:55
"""),
]

DOCS_B += [
    ("multi-agency child exploitation meeting minutes", """MULTI-AGENCY CHILD EXPLOITATION (MACE) MEETING - KIRKLEES NORTH AND
[[HUDDERSFIELD|place]]
Date: [[10 November 2026|date]]    Venue: Teams     Chair: DI [[Rachel Moorhouse|name]]    Minutes: [[Gemma Firth|name]]
Present: [[Sadia Rehman|name]] (social worker, Child Exploitation Team), DC [[Sam Beaumont|name]], [[Leon Campbell-Hart|name]] (youth
worker, Huddersfield Youth Hub), [[Jo Kenworthy|name]] (DSL, [[Netherhall|school]]), [[Martin Kaye|name]] (YOT), [[Farah Qureshi|name]]
(school nurse)
Apologies: Dr [[Ogunbiyi|name]] (CAMHS)

Young person: [[Jaden CHARLES-MITCHELL|name]], 15, [[Birkby|place]].     Mother: [[Cherise Charles|name]] ([[07412 860 379|phone]])

1. Intelligence (DC [[Beaumont|name]])
- [[Jaden|name]] has been seen four times since [[12 September|date]] with [[Marcus Bailey|name]] (19, "[[Tiny|name]]"),
[[Fartown|place]],
  believed to run a line from [[Huddersfield|place]] into [[Wakefield|place]] and [[Goole|place]]. [[Bailey|name]] drives a grey Audi A3,
  [[YF68 KWN|vehicle]].
- On [[3 October 2026|date]] [[Jaden|name]] was stopped at [[Goole|place]] railway station with a girl of 14 ([[Tiana|name]], from
  [[Sheepridge|place]]) and £420 in cash. Released to mum.
- The knife: after the fight on [[31/10|date]] in Greenhead Park. The other boy, [[Kai Brayshaw|name]], has given no statement.

2. School ([[Jo Kenworthy|name]])
- Suspended for 5 days from [[6 October|date]]; since then attendance 41%. Head is considering permanent exclusion (see the
  letter of [[5 November|date]]). He is bright - predicted a 6 in English. He is kind to the Year 7s.

3. Family ([[Sadia Rehman|name]])
- Mum works long shifts at the Royal Infirmary (HCA) and is exhausted. [[Amara|name]] (9) is at [[Birkby Junior|school]]; no
  worries there. Dad, [[Kendall|name]], lives in [[Fartown|place]] and has a new baby with [[Shanice Oduya|name]].
- Mum wants to send [[Jaden|name]] to his grandmother, Mrs [[Veronica Charles|name]], in [[Gouyave|place]], Grenada, "before
  they kill him". Dad opposes this and has said he will go to court. Uncle [[Desmond|name]] in [[Brooklyn|place]], [[New York|place]], has
  offered money for a ticket.

4. Risk and actions
Risk level agreed: HIGH (criminal exploitation). NRM referral to be made by [[Sadia|name]] by [[13/11|date]].
Actions: [[Leon|name]] to start weekly sessions (boxing at the Hudawi Centre); DC [[Beaumont|name]] to seek a CSE/CCE disruption notice
on [[Bailey|name]]; [[Martin|name]] to check out of court disposal options; [[Jo|name]] to ask the head about a managed move to
[[Rawthorpe|place]] rather than exclusion. Next MACE: [[8 December 2026|date]].
"""),
    ("grandmother's voice note from Grenada, transcribed by the social worker", """Voice note, WhatsApp, 3 min 12 s, received on mum's
phone Sun [[15 Nov|date]] 22:06 (UK). Played to me by [[Cherise|name]] on
[[16/11/2026|date]] and transcribed by me ([[S. Rehman|name]]) with her help. Sender saved as "Mammy [[Gouyave|place]]"
([[+1 473 440 2816|phone]]).
Grenadian Creole English as spoken; meaning in brackets where needed.

"[[Cherise|name]], is Mammy. Ah get yuh message. Doh cry, eh. Listen to me. Send de boy come. Send him come by me. He
could stay in de back room dat [[Desmond|name]] used to sleep. [[Gouyave|place]] quiet, nobody go trouble him here. He go
go school in [[Grenville|place]] or by de Anglican school, Mister [[Francis|name]] say he could take him. (Mr [[Francis|name]] is a
teacher)

[[Desmond|name]] say he go send de money for de ticket, he call me from [[Brooklyn|place]] yesterday. Tell [[Kendall|name]] he cyah
stop dat, is not he mother going an' mind de boy, is me. Ah mind all ah allyuh.

An' [[Amara|name]], she could come for Christmas an' Carnival. Tell she Granny say she must learn she tables.

Yuh remember Ms [[Lucille|name]] by de fish market? She son [[Andel|name]] went by allyuh side in England and he come back
and he doing good now, he fishing wit he uncle in [[Sauteurs|place]]. Dat is what ah want for [[Jaden|name]].

Call meh. Ah in de house all day. Or call [[Patsy|name]] next door, [[+1 473 415 3927|phone]], if meh phone dead. Ah
address is [[Lower Depradine Street|address]], [[Gouyave|place]], St John's, by de church, if yuh sending de papers. Bless allyuh."

Note: St John's is the parish (not the town). Mum says she has not decided. I explained that any plan to send [[Jaden|name]] to
Grenada would need the agreement of his father or a court order, and that we would need to think about his safety and
education there.
"""),
    ("headteacher's letter about a permanent exclusion", """[[Netherhall Learning Campus|school]]
[[St Andrew's Road|address]] ... (letterhead)

Private and confidential
Ms [[C. Charles|name]] and Mr [[K. Mitchell|name]]
[[47 Blacker Road|address]]
[[Birkby|place]]
[[Huddersfield|place]]
[[HD1 5HY|postcode]]

[[20th November 2026|date]]

Dear Ms [[Charles|name]] and Mr [[Mitchell|name]]

Re: [[Jaden Charles-Mitchell|name]] (Year 11, tutor group 11JB), date of birth [[2 July 2011|dob]], UPN [[B382733118366|upn]]

I am writing to tell you that I have decided to exclude [[Jaden|name]] permanently from [[Netherhall|school]], with effect from
[[23 November 2026|date]]. I did not take this decision lightly. [[Jaden|name]] has been at [[Netherhall|school]] since he joined us from
[[Hillhouse Academy|school]] in Year 7 and many staff, especially Mr [[Brighouse|name]] and Ms [[Kenworthy|name]], have worked hard for
him.

The reason is a serious breach of the school's behaviour policy: on [[13 November|date]] [[Jaden|name]] was found in the
Year 11 toilets with a lock knife, which he said he had been "asked to hold" by a pupil from another school. This
follows the incident in Greenhead Park on [[31 October|date]] (not on school premises) and a suspension from [[6|date]] to
[[10 October|date]].

You have the right to make representations to the governing board. The governors' meeting will be on Tuesday [[8th
December|date]] at 4.30 pm, chaired by Mrs [[Hilary Sykes|name]]. Please tell the clerk, Mr [[Ashraf Hussain|name]]
([[01484 221 390|phone]]), if you wish to attend.

From the sixth school day, [[Jaden|name]] will have a place at the Kirklees pupil referral service at [[Joseph Norton
Academy|school]]? (TO CONFIRM - [[Sadia|name]] says the council is offering [[Ethos|school]] at [[Dewsbury|place]]; ask her).

Yours sincerely

[[Andrew Pearce|name]]
Headteacher

cc. [[Sadia Rehman|name]], social worker; [[Martin Kaye|name]], YOT
"""),
]


# --- C. Helliwell / Ramírez family (Mexican and white British), Mytholmroyd, with family in Cholula and Mexico City -------

HOME_C = d.Address("140 Burnley Road", "Mytholmroyd", "Hebden Bridge", "HX7 5LH")
NAN_C = d.Address("Calle 5 de Mayo 214, Col. Centro", "San Pedro Cholula", "Puebla", "72760")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mateo", "Helliwell Ramírez"), ("Mateo", "Helliwell")], dt.date(2020, 2, 17), addresses=[HOME_C],
       ids=["7040443791"], schools=["Scout Road Academy"]),
    _p("s", "sibling", [("Ximena", "Helliwell")], dt.date(2024, 6, 8), addresses=[HOME_C], ids=["5990020864"]),
    _p("m", "mother", [("Guadalupe", "Ramírez Ortega"), ("Lupita", "Helliwell")], dt.date(1991, 12, 12), addresses=[HOME_C],
       phones=["07852 093 117"]),
    _p("f", "father", [("Craig", "Helliwell")], dt.date(1984, 4, 5), addresses=[HOME_C], phones=["07946 772 308"],
       ids=["NP 63 18 02 C"]),
    _p("g", "grandparent", [("María Elena", "Ortega")], addresses=[NAN_C], phones=["+52 222 419 3856"]),
    _p("p1", "professional", [("Jess", "Holroyd")], phones=["01422 884 196"], emails=["jess.holroyd@ryburncalder.gov.uk"]),
], "c")

DOCS_C = [
    ("independent domestic violence adviser's case notes", """IDVA CASE NOTES - Calder Valley Domestic Abuse Service       Case ref
DA/26/1187
Client: [[RAMÍREZ ORTEGA, Guadalupe|name]] (uses "[[Lupita|name]]"; married name [[Helliwell|name]])   DOB [[12/12/1991|dob]]
Safe number: [[07852 093 117|phone]] - text first, ONLY between 9.30 and 2.30 (he checks her phone in the evening)
Perpetrator: [[Craig HELLIWELL|name]], DOB [[05/04/1984|dob]], NI [[NP 63 18 02 C|ni]], same address. Vehicle: white Transit,
[[YE20 FZU|vehicle]]
Children: [[Mateo|name]] (6), [[Ximena|name]] (2)       MARAC: heard [[04/11/2026|date]] (Calderdale)       DASH: 16 (high)

[[21/10/26|date]] Referral from HV ([[Ruth Uttley|name]]). Rang safe no. 10.05, no answer. Text sent as "Dentist".
[[22/10/26|date]] Call 11.20, 25 mins, in Spanish/English; she declined an interpreter ("everyone knows everyone in
[[Hebden|place]]"). Says [[Craig|name]] has kept her passport and the children's in a locked tool box in the van since
August? - she said "since the summer, after Mexico". He says if she leaves he will ring the Home Office and she
will be "deported without the kids". Spouse visa ends [[14 March 2027|date]]. He controls all money; she gets £20 a week for
food from the Co-op in [[Mytholmroyd|place]]. Not allowed to go to the Spanish conversation group at the library in [[Hebden
Bridge|place]] since she made a friend there ([[Sofía Montoya|name]], Colombian).
[[27/10/26|date]] Met at the GP surgery (Valley Medical Centre) during [[Ximena|name]]'s jabs. Bruise on upper left arm, she
said he grabbed her on the walk up to Stoodley Pike on Sunday [[25th|date]] when she wanted to turn back with the buggy.
[[Mateo|name]] saw it and cried; [[Craig|name]] told him "mummy's being dramatic". DASH completed: 16.
[[29/10/26|date]] Spoke with [[Jess Holroyd|name]] (children's social care, [[01422 884 196|phone]]) - she will do a joint visit.
[[02/11/26|date]] [[Lupita|name]] rang from her mother-in-law's in [[Luddenden Foot|place]] (Mrs [[Pauline Helliwell|name]],
who "knows what he's like, his dad was the same"). Asked about refuges "not in [[Halifax|place]], he will find me".
[[04/11/26|date]] MARAC. Actions: police marker on [[140 Burnley Road|address]] ([[HX7 5LH|postcode]]); Sanctuary scheme; referral to
[[Tomás Barrera|name]] at the Migrant Help Yorkshire clinic for the MVDAC.
[[09/11/26|date]] She has a copy of her passport photo page on her email now ([[lupitaramirez.91@gmail.com|email]]); her sister
[[Daniela|name]] in [[Ciudad de México|place]] has the originals of the birth certificates.
"""),
    ("sisters' WhatsApp chat in Spanish, screenshots typed up and translated", """WhatsApp screenshots given by [[Guadalupe|name]] to
her IDVA on [[9/11/2026|date]]; typed up and translated by [[Laura Gil|name]]
(interpreter, Calder Language Services). The contact is saved as "[[Dani|name]] 💜" ([[+52 55 4139 8820|phone]]).

[[1/11/26|date]] 22:14 [[Dani|name]] 💜: ¿Cómo estás manita? ¿Ya te devolvió los pasaportes?
                   (How are you, sis? Has he given you the passports back yet?)
[[1/11/26|date]] 22:31 [[Lupita|name]]: no. dice que los tiene "seguros" en la camioneta
                   (no. he says he has them "safe" in the van)
[[1/11/26|date]] 22:32 [[Lupita|name]]: el domingo me jaló del brazo en el cerro enfrente de [[Mateo|name]]
                   (on Sunday he pulled me by the arm on the hill in front of [[Mateo|name]])
[[1/11/26|date]] 22:40 [[Dani|name]] 💜: 😡😡 Le voy a decir a mi mamá. Vente a [[Cholula|place]] con los niños
                   (I'm going to tell mum. Come to [[Cholula|place]] with the children)
[[2/11/26|date]] 07:03 [[Dani|name]] 💜: Mi mamá dice que tu cuarto está listo. La casa de la calle [[5 de Mayo|address]] nunca
                   se cierra para ti
                   (Mum says your room is ready. The house on [[5 de Mayo|address]] street is never closed to you)
[[2/11/26|date]] 07:05 [[Dani|name]] 💜: Y mi tía [[Chelo|name]] en [[Puebla|place]] dice que conoce a un abogado
                   (And aunt [[Chelo|name]] in [[Puebla|place]] says she knows a lawyer)
[[2/11/26|date]] 09:48 [[Lupita|name]]: no puedo llevarme a los niños sin su permiso, es ilegal aquí. La señora [[Jess|name]] de
                   servicios sociales me explicó
                   (I can't take the children without his permission, it's illegal here. [[Jess|name]] from social services
                   explained it to me)
[[2/11/26|date]] 09:50 [[Lupita|name]]: mi suegra [[Pauline|name]] me ayuda. ella me deja usar su teléfono
                   (my mother-in-law [[Pauline|name]] helps me. she lets me use her phone)
[[3/11/26|date]] 18:22 [[Dani|name]] 💜: ¿Y [[Sofi|name]]? La colombiana de la biblioteca
                   (And [[Sofi|name]]? The Colombian woman from the library)
[[3/11/26|date]] 18:40 [[Lupita|name]]: [[craig|name]] le dijo que si vuelve a la casa llama a la policía. Ella vive en
[[Todmorden|place]]
                   ahora
                   ([[craig|name]] told her that if she comes to the house again he'll call the police. She lives in
                   [[Todmorden|place]] now)
[[5/11/26|date]] 12:01 [[Dani|name]] 💜: Te mando la dirección de mi mamá para los papeles: [[Calle 5 de Mayo 214, Col. Centro|address]],
                   [[San Pedro Cholula|place]], Pue., C.P. [[72760|postcode]]. Tel. de mi mamá [[+52 222 419 3856|phone]]
[[5/11/26|date]] 12:02 [[Dani|name]] 💜: Te quiero mucho. Cuida a [[Xime|name]] y a [[Mateíto|name]] 🙏
                   (I love you lots. Look after [[Xime|name]] and little [[Mateo|name]])

Translator's note: "manita" (sis) and "mi suegra" (my mother-in-law) are not names; "Pue." is the abbreviation of the
state of Puebla, not the city.
"""),
]

DOCS_C += [
    ("health visitor's contact record", """0-19 PUBLIC HEALTH NURSING SERVICE (CALDERDALE) - CONTACT RECORD
Client: [[Ximena HELLIWELL|name]]   DOB [[08-06-2024|dob]]   NHS [[599 002 0864|nhs]]
Address: [[140 Burnley Rd|address]], [[Mytholmroyd|place]], [[HX7 5LH|postcode]]    GP: Valley Medical Centre, [[Hebden Bridge|place]]
Contact: 2 to 2.5 year review (late - two "was not brought")    Date: [[20.10.2026|date]]    Venue: Mytholmroyd Community
Centre (mother asked not to be seen at home)
Present: mum ([[Guadalupe Ramírez Ortega|name]], known as [[Lupita|name]]), [[Ximena|name]]. Practitioner: [[Ruth Uttley|name]], HV.

ASQ-3: communication 30 (refer zone), gross motor 55, fine motor 50, problem solving 45, personal-social 40. Says about 20
words, most in Spanish ("agua", "mamá", "no", "[[Teo|name]]" for her brother). Mum says dad does not like her to speak
Spanish to the children "because he can't follow it".
Growth: 12.1 kg (50th). Teeth: brushing once a day; one white spot lesion upper front. Referred to Smile Month group.
Immunisations: MMR2 and pre-school booster not yet due.

Maternal mood: PHQ-9 = 17, GAD-7 = 15. Tearful. Said "I am a ghost here". Asked about relationship (routine enquiry, dad not
present): she disclosed that her husband [[Craig|name]] "takes my passport", "counts my money" and "pushes me when he is
angry", most recently in the kitchen on [[17/10|date]] in front of [[Mateo|name]]. Consent given to refer to the IDVA and to
children's social care. Safe contact: mother-in-law's landline? - mum said no, her own mobile between 9.30 and 2.30
([[07852 093 117|phone]]).
[[Mateo|name]] (6, Year 2, [[Scout Road Academy|school]]): mum says he wets the bed again and has said "daddy shouts at mummy in
Spanish words". School nurse to be told ([[Kerry Stansfield|name]]).

Actions: MASH referral today (done 15.40, spoke to [[Owen Pickersgill|name]]); IDVA referral ([[Jess|name]] at the DA service? NO -
[[Jess Holroyd|name]] is the social worker; IDVA is [[Bryony Marsden|name]]); Speech and language drop-in at Todmorden
Health Centre on [[3rd Nov|date]]; perinatal/IAPT self-referral info given in Spanish.
Next contact: [[10 Nov 2026|date]]          Signed electronically: [[R Uttley|name]] HV, [[ruth.uttley@nhs.net|email]]
"""),
    ("immigration adviser's email about the domestic abuse concession", """From: [[Tomás Barrera|name]]
<[[t.barrera@migranthelp-yorks.org.uk|email]]>
To: [[Jess Holroyd|name]] <[[jess.holroyd@ryburncalder.gov.uk|email]]>; [[Bryony Marsden|name]]
Cc: [[lupitaramirez.91@gmail.com|email]]
Date: Thu, [[12 Nov 2026|date]] at 16:22
Subject: Mrs [[RAMIREZ ORTEGA|name]] - MVDAC application lodged / passports

Dear [[Jess|name]], dear [[Bryony|name]]

With [[Guadalupe|name]]'s consent (she is copied in), a short update after our appointment today at the [[Halifax|place]] outreach.

1. I have lodged an application under the Migrant Victims of Domestic Abuse Concession today. This gives her three months'
   leave outside the Rules with access to public funds, so she can go to a refuge or apply for housing. She will then
   need to apply for indefinite leave as a victim of domestic abuse (Appendix Victim of Domestic Abuse) before that ends.
2. Evidence: your letter ([[Jess|name]]), the MARAC referral ([[Bryony|name]]), the HV record of [[20 October|date]] and the police
   report (crime ref 13260543891) will be enough. Could you also ask [[Pauline Helliwell|name]], the mother-in-law, for a short
   statement? [[Lupita|name]] says she is willing.
3. Passports: the Mexican passports of [[Lupita|name]] and the children are still in Mr [[Helliwell|name]]'s van. The
   consulate in [[London|place]] can issue an emergency travel document but I would NOT advise that: he could read it as a plan to
   leave with the children and go for a prohibited steps order, which we have talked about. Better that the police ask him
   to hand them over, or that she asks for them through the family court.
4. [[Mateo|name]] and [[Ximena|name]] are British through their father; [[Lupita|name]] asks that we get their British passports
   too, as her mother ([[María Elena Ortega|name]]) hopes they can visit [[Cholula|place]] at Easter.

I am at the outreach on Tuesdays ([[Halifax|place]], Square Chapel) and Thursdays ([[Huddersfield|place]]). My direct line is
[[07719 485 026|phone]].

Kind regards
[[Tomás|name]]
[[Tomás Barrera|name]] | OISC Level 2 adviser | Migrant Help Yorkshire (a charity; not the Home Office)
"""),
]


# --- D. Pickles / Hirst family (white British), Rastrick, Brighouse, with a father in Elland ------------------------------

HOME_D = d.Address("22 Crowtrees Lane", "Rastrick", "Brighouse", "HD6 3LZ")
DAD_D = d.Address("14 Victoria Road", "", "Elland", "HX5 0AF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lily-Mae", "Pickles")], dt.date(2012, 4, 23), addresses=[HOME_D], ids=["4230560613", "G381220016937"],
       schools=["Rastrick High School"]),
    _p("s", "sibling", [("Tyler", "Hirst")], dt.date(2020, 8, 30), addresses=[HOME_D]),
    _p("m", "mother", [("Joanne", "Hirst"), ("Joanne", "Pickles")], dt.date(1982, 9, 1), addresses=[HOME_D],
       phones=["07768 342 910"]),
    _p("st", "step_parent", [("Gary", "Hirst")], dt.date(1979, 1, 16), addresses=[HOME_D]),
    _p("f", "father", [("Darren", "Pickles")], dt.date(1980, 5, 27), addresses=[DAD_D], phones=["07584 316 720"]),
    _p("p1", "professional", [("Kirsty", "Ambler")], phones=["01422 365 841"], emails=["kirsty.ambler@ryburncalder.gov.uk"]),
], "c")

DOCS_D = [
    ("CAMHS crisis team assessment letter to the GP", """Calderdale and Kirklees CAMHS - Crisis and Intensive Home Treatment Team
Calderdale Royal Hospital, [[Salterhebble|place]], [[Halifax|place]]

Dr [[F. Naylor|name]]
Rydings Hall Surgery
[[Church Lane|address]], [[Brighouse|place]]

[[28 September 2026|date]]

Dear Dr [[Naylor|name]]

Re: [[Lily-Mae PICKLES|name]], DOB [[23/04/2012|dob]], NHS No [[423 056 0613|nhs]]
[[22 Crowtrees Lane|address]], [[Rastrick|place]], [[Brighouse|place]] [[HD6 3LZ|postcode]]

I assessed [[Lily-Mae|name]] with my colleague [[Sam Whiteley|name]] (crisis practitioner) in the paediatric assessment unit on
[[26/09/2026|date]], after she took 16 paracetamol and 8 ibuprofen at home on the evening of the [[25th|date]]. Her mother,
Mrs [[Joanne Hirst|name]], found the packets in her bedroom bin and brought her in. Bloods at 4 hours were below the treatment
line.

She told us she took the tablets "to sleep and not wake up" after an argument with her stepfather, [[Gary|name]], about her
phone, and after an older boy she met online, "[[Reece|name]]" (she believes he is 17; police think he is 22 and lives in
[[Armley|place]], [[Leeds|place]]), stopped replying. She has been cutting her thighs since about Easter? - she said "since
year 9 started". She has missed 3 weeks of school ([[Rastrick High|school]]); her friend [[Evie|name]] ([[Evie Dyson|name]])
told her mum about the cutting.

Mental state: ... low mood, poor sleep, no psychotic features; ongoing thoughts of death but no current plan; protective
factors: her brother [[Tyler|name]] (6), her dad [[Darren|name]] in [[Elland|place]], her dog.
Risk: high to self (impulsive overdose, online exploitation); moderate from others.

Plan: daily contact for 7 days (Intensive Home Treatment); safety plan agreed with [[Lily-Mae|name]] and mum; medicines
locked away - mum to ask Mr [[Hirst|name]] to lock his co-codamol; referral to children's social care (sent [[26/09|date]],
[[Kirsty Ambler|name]] is now allocated); police told about "[[Reece|name]]" (PC [[Dan Illingworth|name]], Calderdale CSE
team).

Please do not prescribe more than 7 days of any medicine at a time.

Yours sincerely

Dr [[Anjali Rao|name]], Consultant Child and Adolescent Psychiatrist
Copy: [[Joanne Hirst|name]]; [[Kirsty Ambler|name]], social worker; school nurse ([[Rastrick High|school]])
"""),
    ("girl's diary pages, scanned and typed up", """[Pages from [[Lily-Mae|name]]'s diary, given by her to [[Kirsty|name]] on
[[13/10|date]] and copied with her agreement. Her spelling,
her lower case. Crossings-out shown as ~~ ~~. Page 1 is undated.]

p1
hate it here. [[gary|name]] says i'm "a princess" and took the door off my room. mum just does what he says. [[tyler|name]] is the
only good thing. he come in my bed when they shout. we watch bluey on my phone when i have one.

p2  sat [[12 sep|date]]
[[evie|name]] stayed over. we went to the rec and then maccies in [[brighouse|place]] (the mcdonalds by the canal lol, not
the one at the services). [[reece|name]] messaged me on snap he is going to take me to [[leeds|place]] for my birthday next year. he says
im mature for my age. ~~[[reece dawson|name]]~~ he said dont write his last name anywhere so i crossed it.

p3  [[21/9|date]]
went to dads in [[elland|place]]. dad and [[Nicola|name]] are ok. [[nicola|name]] bought me a hoodie from primark in
[[halifax|place]]. dad said i can live there if i want but his flat is tiny and [[Nicola|name]]s kids are there at weekends
([[Jayden|name]] and [[Skyla|name]]). [[gary|name]] says if i go i cant come back.

p4  [[25/9|date]]
[[reece|name]] blocked me. he said i was a little girl. i took them all. i'm sorry mum i'm sorry [[ty|name]]

p5  [[2 oct|date]]
back at school tuesday. mr [[bottomley|name]] was nice and said i can go to the hub when i want. [[kirsty|name]] the social
worker came, she has a car with a dog thing on the mirror. she wants me to write "3 good things". 1. [[tyler|name]] 2.
[[evie|name]] 3. nana [[jean|name]] at [[clifton|place]] with her chips on friday

p6  [[9/10|date]]
[[reece|name]] messaged from a new account. i didnt answer. ~~i want to~~. [[evie|name]] says if i go to [[leeds|place]] she is telling.
"""),
]

DOCS_D += [
    ("police missing person report with the risk assessment and log", """WEST YORKSHIRE POLICE - MISSING PERSON REPORT (extract from
the missing person record, printed [[19/10/2026|date]])
MISPER: [[PICKLES Lily-Mae|name]]   Age 14   DOB [[23/04/2012|dob]]   Sex F   Ethnicity W1
Home address: [[22 Crowtrees La|address]], [[Rastrick|place]], [[HD6 3LZ|postcode]]      Previous episodes: 0 (first)
Reported by: mother, Mrs [[Joanne HIRST|name]], tel [[07768 342 910|phone]]      Reported: [[17/10/2026|date]] 22:47
Last seen: 16:10 [[17/10/2026|date]], [[Brighouse|place]] bus station, by friend [[Evie DYSON|name]] (14), boarding a bus towards
[[Leeds|place]].
Description: 5'3", slim, long dark blonde hair in a claw clip, black North Face puffer, grey joggers, white Air Force 1s.
Phone: iPhone 11, number [[07403 991 258|phone]] - off since 16:40. Last cell site: [[Bramley|place]]/[[Armley|place]].

RISK ASSESSMENT (THRIVE)  Grade: HIGH   Reasons: overdose [[25/09/2026|date]] (CAMHS); self-harm; online contact with an adult
male believed to be [[Reece DAWSON|name]] (22), [[Whingate Road|address]], [[Armley|place]] - CSE intel; first episode; age 14.
Supervisor: Insp [[Carl Bentley|name]] (agreed HIGH 23:05)

LOG
22:55 PC 4417 [[Ruth Sugden|name]] to home address. Room searched with mum's consent: diary on the bed (p. 9/10 mention
      "[[reece|name]]" and "[[leeds|place]]"). Stepdad, [[Gary Hirst|name]], says she "storms off all the time". Told him this is not a
      storming off.
23:20 Father [[Darren PICKLES|name]], [[14 Victoria Road|address]], [[Elland|place]], checked - not there; he drove to
[[Halifax|place]] bus
      station and round [[Brighouse|place]] centre.
23:40 Friend [[Evie|name]] seen with her mum ([[Kerry Dyson|name]]) at [[Thornhills Beck Lane|address]]: [[Lily|name]] told her she was
"going to
      meet [[Reece|name]] at the big Tesco in [[Armley|place]]". [[Evie|name]] showed us a Snapchat name "r.d.leeds_97" - not marked on
report.
00:15 [[Leeds|place]] District asked to attend [[Whingate Rd|address]]. No reply at the flat. Neighbour at [[Flat 6|address]] said a
girl came up the
      stairs "about 7" with a lad.
01:30 [[Lily-Mae|name]]'s phone on again, one ping at [[Armley|place]]. Text from her to mum: "im safe dont ring the police".
02:10 FOUND. Officers PC [[Jamal Kazmi|name]] and PC [[Holly Foster|name]] ([[Leeds|place]]) found her walking along
[[Tong Road|address]] towards
      [[Wortley|place]], alone, crying. She said "he didn't do anything, he just shouted and made me leave". She had been drinking.
      Taken to Leeds General Infirmary A&E? - refused, checked by NWAS? no - YAS crew on scene, fine.
03:25 Returned home to mum by PC [[Kazmi|name]]. Mum and dad both present. Mum said "thank God", [[Gary|name]] stayed upstairs.
Return interview: requested from Calderdale Children's Services (social worker [[Kirsty Ambler|name]]).
Actions: intel on [[DAWSON|name]] to CSE team (DS [[Nadia Iqbal|name]]); Child Abduction Warning Notice to be considered.
Closed: [[18/10/2026|date]] 03:40, PC 4417 [[Sugden|name]]
"""),
]

DOCS_D += [
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Child: [[Lily-Mae Pickles|name]] (14)        Date: [[4 Nov 2026|date]], 4pm        Venue: [[Rastrick High School|school]], the Hub room
Chair / minutes: [[Kirsty Ambler|name]] (SW)
Present: [[Lily-Mae|name]] (first 20 mins), mum [[Joanne Hirst|name]], dad [[Darren Pickles|name]], Mr [[Craig Bottomley|name]] (Head of
Year 10), [[Sam Whiteley|name]] (CAMHS), [[Faye Ingham|name]] (school nurse), [[Rob Marsden|name]] (Calderdale Safer Internet / Police
Early Action)
Not present: Mr [[Gary Hirst|name]] (invited; "working")

1. [[Lily-Mae|name]]'s views (she spoke for herself, then left)
She said the best thing since the last meeting is that her bedroom door is back on. She goes to the Hub at break. She
wants to stay at home "if [[Gary|name]] stops going on about my phone" and to see her dad every other weekend in [[Elland|place]].
She does not want to talk about [[Reece|name]]. She is doing hair and beauty at [[Calderdale College|school]] on Fridays
from January (taster).

2. Safety
- No self-harm since [[18 October|date]] (CAMHS). CAMHS moving from crisis to the Core team in [[Halifax|place]]; first appt
  [[11/11|date]] with [[Gemma Crossley|name]].
- The Child Abduction Warning Notice was served on [[Reece Dawson|name]] on [[27 October|date]] (Police). He has since blocked her.
- Mum has moved the medicines into a lock box. Dad asked who has the key; mum said she does, not [[Gary|name]].

3. School
Attendance 79% since [[1/9|date]] (81% last review). Mr [[Bottomley|name]] said she is "one of our brightest" and is in
the top set for English. Friend [[Evie Dyson|name]]'s family have been "a godsend" (mum's words) - [[Kerry Dyson|name]] drives
both girls in on Mondays.

4. Home
- [[Tyler|name]] (6) at [[Woodhouse Primary|school]]; no concerns; he asked for "[[Lily|name]] to come to my assembly".
- Mum says she and [[Gary|name]] are "on and off". Dad is worried about [[Gary|name]]'s temper and says he will apply for
  [[Lily-Mae|name]] to live with him if things get worse. His partner, [[Nicola Bairstow|name]], was happy to join the next
  review.
- Maternal grandmother, Mrs [[Jean Holt|name]], in [[Clifton|place]], has [[Lily-Mae|name]] on Fridays after school.

5. Plan (updated)
Continue CIN for 3 months. Actions: [[Kirsty|name]] - 4 direct work sessions on online safety and healthy relationships;
[[Faye|name]] - weekly check-in; [[Darren|name]] and [[Joanne|name]] - agree contact plan by [[18/11/2026|date]]; [[Rob|name]] - group
session at school. Next review: Wednesday [[3rd February 2027|date]].
"""),
]


# --- E. Blackburn / Spencer family (white British), Heckmondwike, with grandparents in Liversedge and Roberttown -----------

HOME_E = d.Address("Flat 7, Cawley Court, 31 Westgate", "", "Heckmondwike", "WF16 0EH")
GPS_E = d.Address("63 Halifax Road", "", "Liversedge", "WF15 6JR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Freddie", "Blackburn")], dt.date(2026, 7, 19), addresses=[HOME_E], ids=["5829480808"]),
    _p("m", "mother", [("Chloe", "Spencer")], dt.date(2006, 3, 3), addresses=[HOME_E], phones=["07845 213 669"]),
    _p("f", "father", [("Callum", "Blackburn")], dt.date(2004, 11, 21), addresses=[HOME_E], phones=["07491 602 583"],
       ids=["SH 52 90 17 D"]),
    _p("g", "grandparent", [("Andrea", "Blackburn"), ("Steve", "Blackburn")], addresses=[GPS_E], phones=["01924 502 648"]),
    _p("g2", "grandparent", [("Tracy", "Spencer")]),
    _p("p1", "professional", [("Owen", "Tetley")], phones=["01484 221 760"], emails=["owen.tetley@colnespen.gov.uk"]),
], "c")

DOCS_E = [
    ("paediatrician's child protection medical report", """Mid Yorkshire Teaching NHS Trust - Dewsbury and District Hospital
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT

Name: [[Freddie BLACKBURN|name]]    DOB: [[19/07/2026|dob]] (age 16 weeks)    NHS: [[582 948 0808|nhs]]
Address: [[Flat 7, Cawley Court, 31 Westgate|address]], [[Heckmondwike|place]] [[WF16 0EH|postcode]]
Date of examination: [[09/11/2026|date]], 14:30-16:10, Children's Ward 4
Examining doctor: Dr [[Helen Quarmby|name]], Consultant Paediatrician (named doctor for safeguarding)
Present: mother ([[Chloe Spencer|name]], 20), father ([[Callum Blackburn|name]], 21), social worker [[Owen Tetley|name]], ward nurse
[[Becky Royston|name]]. Consent: both parents (PR), written.

Referral: from the GP (Dr [[Kapoor|name]], Heckmondwike Family Practice) after the health visitor ([[Lorraine Firth|name]]) saw a
bruise on the left ear on [[08/11/2026|date]] at a home visit.

History (from the parents, separately and together): [[Freddie|name]] was born at 39 weeks at Pinderfields, 3.4 kg, no
problems. Bottle fed. Lives with both parents. Mother works three evenings at the Aldi in [[Heckmondwike|place]]; the father
cares for him then. The father said that on the evening of [[6th November|date]] [[Freddie|name]] "screamed for hours" and "must
have caught his ear on the cot bars". He said he may have "held him a bit tight" when winding him. The mother said she
first saw the ear when she got home at 22:15 and that [[Callum|name]] "was really stressed, he'd been on the Xbox with [[Jake|name]]
and [[Aaron|name]] and they'd been messaging him".

Examination: alert, well-grown baby (weight 6.7 kg, 50th). Bruising: (1) left pinna, purple, petechial, 2 x 1.5 cm,
back and front of the ear; (2) two round bruises 1 cm each on the right chest wall; (3) a 0.5 cm bruise on the left
upper gum by the frenulum. No other marks; body map completed.
Skeletal survey ([[09/11|date]], reported by Dr [[Adeyemi|name]], radiologist): healing posterior fractures of the LEFT 6th and
7th ribs (about 10-14 days old) and an acute fracture of the RIGHT 5th rib. CT head: normal. Ophthalmology (Mr [[Raza|name]]):
no retinal haemorrhages. Bloods: normal FBC and clotting.

Opinion: the bruising to the ear and the rib fractures are not explained by the history and, in my opinion, are most likely
to be the result of inflicted injury: squeezing of the chest on at least two occasions, about 10-14 days apart, and a
blow or pinch to the ear. A baby of this age is not independently mobile.

Recommendations: [[Freddie|name]] should not return home while enquiries continue; the maternal grandmother, [[Tracy Spencer|name]]
([[Roberttown|place]]), and the paternal grandparents, [[Andrea|name]] and [[Steve Blackburn|name]] ([[63 Halifax Road|address]],
[[Liversedge|place]]), have offered to care for him; the team will advise. Repeat skeletal survey on [[23/11/2026|date]].

Signed [[H. Quarmby|name]]     GMC 4411782      [[10 November 2026|date]]
"""),
]

DOCS_E += [
    ("father's text messages from a police phone download, typed up for the strategy meeting", """West Yorkshire Police - Kirklees
Safeguarding Unit - extract from the download of [[Callum BLACKBURN|name]]'s phone
(Samsung A14, exhibit JT/3), messages with "[[Chlo|name]] ❤️" ([[07845 213 669|phone]]), [[24 Oct|date]] to [[8 Nov 2026|date]].
Typed up by DC [[Jodie Thackray|name]] for the strategy meeting; times UK; spelling as in the original. Relevant messages only.

[[24/10/2026|date]] 19:02  [[Callum|name]]: hes not stopping crying [[chlo|name]] what do i do
[[24/10/2026|date]] 19:03  [[Chlo|name]] ❤️: have u tried the dummy n rocking him. ill be back 10
[[24/10/2026|date]] 19:40  [[Callum|name]]: ffs he wont take the bottle. im gonna go mad
[[24/10/2026|date]] 19:41  [[Callum|name]]: sorry. hes asleep now
[[24/10/2026|date]] 22:31  [[Chlo|name]] ❤️: why is he making that noise when he breathes. did u drop him
[[24/10/2026|date]] 22:33  [[Callum|name]]: no!! hes fine stop it
[[28/10/2026|date]] 17:15  [[Chlo|name]] ❤️: ur mum says can she have [[freddie|name]] sat so we can go to [[jake|name]]s party
[[28/10/2026|date]] 17:20  [[Callum|name]]: ye. tell [[andrea|name]] to get him at 2 not my dad he smokes in the car
[[01/11/2026|date]] 20:07  [[Callum|name]]: [[aaron|name]] n [[jake|name]] r on, im playing, hes in the bouncer
[[01/11/2026|date]] 20:58  [[Callum|name]]: ur mum came round. told her to get lost
[[01/11/2026|date]] 20:59  [[Chlo|name]] ❤️: [[callum|name]] she was bringing the formula from [[Roberttown|place]] on 2 buses!!!
[[06/11/2026|date]] 19:55  [[Callum|name]]: he WONT STOP. ive had enough of this baby
[[06/11/2026|date]] 19:56  [[Callum|name]]: i put him in the cot and shut the door
[[06/11/2026|date]] 20:30  [[Chlo|name]] ❤️: shall i ask [[Mandy|name]] next door to go in? the lady at [[number 5|address]]?
[[06/11/2026|date]] 20:31  [[Callum|name]]: dont u dare. shes a grass
[[06/11/2026|date]] 22:20  [[Chlo|name]] ❤️: whats wrong with his ear???
[[07/11/2026|date]] 09:12  [[Callum|name]]: tell the hv he did it on the cot. i mean it
[[08/11/2026|date]] 13:48  [[Chlo|name]] ❤️: [[lorraine|name]] saw it. shes phoning the doctor. im scared
[[08/11/2026|date]] 13:50  [[Callum|name]]: dont say i was on the xbox

Messages with "[[Jake H|name]]" ([[07867 330 415|phone]]) and "[[Aaron|name]] Xbox" on the same evenings are in the full report.
Also in the download: WhatsApp contact "Mam" ([[01924 502 648|phone]]; the landline of [[Andrea Blackburn|name]] in
[[Liversedge|place]]) - no relevant messages.
"""),
]

DOCS_E += [
    ("legal planning meeting record", """LEGAL GATEWAY / PUBLIC LAW OUTLINE PLANNING MEETING - RECORD OF DECISION
Child: [[Freddie Blackburn|name]], born [[19.07.2026|dob]]         Meeting: Monday [[16th November 2026|date]], 13:00, Civic Centre 3
Chair: [[Lesley Haworth|name]] (Service Manager)    Legal: [[Priya Chauhan|name]] (solicitor, Colne Spen Legal Services)
Social worker: [[Owen Tetley|name]] ([[owen.tetley@colnespen.gov.uk|email]])   Team manager: [[Mark Fearnley|name]]
IRO: [[Angela Bray|name]]

Summary of the evidence
- Medical: Dr [[Quarmby|name]]'s report ([[10/11/2026|date]]): three rib fractures of two ages and bruising to the left ear and
  chest, most likely inflicted. Repeat survey booked [[23/11|date]].
- Police: [[Callum Blackburn|name]] (NI [[SH 52 90 17 D|ni]]) arrested [[12/11/2026|date]] on suspicion of GBH (s.18), released on bail
to [[2 Feb 2027|date]] with
  conditions not to have unsupervised contact with any child and to live at his parents' address, [[63 Halifax Rd|address]],
  [[Liversedge|place]]. His phone download (DC [[Thackray|name]]) shows he was alone with [[Freddie|name]] on [[24 October|date]] and
  [[6 November|date]] when the baby "would not stop crying".
- Mother: [[Chloe Spencer|name]] has said she "doesn't know what to believe"; she is staying at her mother's in
  [[Roberttown|place]] with [[Freddie|name]] under a safety plan (no contact with [[Callum|name]]). Mrs [[Tracy Spencer|name]] (44) is a
  school cook at [[Roberttown CE|school]] (J&I) and has no police or social care history.
- Paternal grandparents: [[Andrea|name]] and [[Steve Blackburn|name]] asked to be assessed; but [[Callum|name]] lives with them now,
  so not a placement option while he is on bail there.

Decision: the threshold for care proceedings is met. Issue an application for an interim care order with a plan for
[[Freddie|name]] to stay with his mother at the maternal grandmother's under a written agreement, with a parent and child
assessment. Letter before proceedings is not appropriate (urgency). Issue by [[20/11/2026|date]] at the Family Court at
Huddersfield. Viability assessment of Mrs [[Spencer|name]] by [[Sophie Atha|name]] (kinship team), report by
[[27 Nov|date]]. Notify Cafcass.

Contact: [[Callum|name]] - twice weekly, supervised at the [[Batley|place]] family centre ([[Cross Bank|address]]). Mother and father
to be told
of the decision today by [[Owen|name]] and [[Mark|name]] ([[01484 221 760|phone]]).
"""),
    ("neighbour's witness statement to the police", """WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal
Procedure Rules 2020, r 16.2)
                                                                                                            URN 13/XK/4471/26
Statement of: [[Amanda Jane WORMALD|name]]
Age if under 18: over 18           Occupation: care assistant

This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge and belief...
Signature: [[A J Wormald|name]]                                         Date: [[14/11/2026|date]]

I live at [[Flat 5, Cawley
Court|address]], [[Westgate|address]], [[Heckmondwike|place]], and have done for six years. Everyone in the
block calls me [[Mandy|name]]. My flat is next door to [[Flat 7|address]] where [[Chloe|name]] and [[Callum|name]] live with their baby
[[Freddie|name]]. The walls are thin and I can hear most things.

Since about the end of October I have heard the baby crying a lot in the evenings when [[Chloe|name]] is at work. I know
when she is at work because she waves to me from the car park and her friend [[Shannon|name]] picks her up in a red
Corsa. On the night of Friday the [[6th|date]] of November, from about half seven, the baby was screaming. I could hear
[[Callum|name]] shouting "shut up, shut UP" and then a bang like a door and then the baby went quiet very suddenly. It
was the quiet that worried me. I texted [[Chloe|name]] at 20:25 to ask if everything was OK (my number is [[07397 102 844|phone]]).

About ten minutes later I heard the baby crying again, a different cry, high. I went and knocked. [[Callum|name]] opened
the door a crack and said "he's fine, he's teething, mind your own". I could smell weed. I could hear a game on the TV
and another lad laughing through a headset.

I did not ring the police then because I did not want to cause trouble, and [[Chloe|name]] is a lovely girl. On the
Sunday I told my daughter, [[Gemma Wormald|name]], who is a nurse at the Infirmary in [[Huddersfield|place]], and she told
me to tell someone. I rang 101 on the Monday ([[9 November|date]]).

I have also seen [[Callum|name]]'s mum ([[Andrea|name]]) come with shopping on Saturdays. I have never seen [[Callum|name]]
hurt the baby. I am willing to go to court.

Statement taken by: DC [[Jodie Thackray|name]] 7721 at [[Flat 5|address]], [[14th Nov 2026|date]], 10:05-11:20
"""),
]


# --- F. Lumb / Stansfield family (white British), Sowerby Bridge, with an aunt in Ripponden and a father in Rochdale -----

HOME_F = d.Address("Flat 2, 19 Tuel Lane", "", "Sowerby Bridge", "HX6 2ND")
AUNT_F = d.Address("4 Royd Lane", "", "Ripponden", "HX6 4JL")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Skye", "Lumb")], dt.date(2014, 3, 9), addresses=[HOME_F], ids=["4611229564", "M381148717709"],
       schools=["Ryburn Valley High School"]),
    _p("s", "sibling", [("Rowan", "Lumb")], dt.date(2018, 6, 2), addresses=[HOME_F], ids=["4206377995", "D381872219127"],
       schools=["Bolton Brow Primary Academy"]),
    _p("m", "mother", [("Amber", "Lumb")], dt.date(1985, 10, 14), addresses=[HOME_F], phones=["07741 358 206"],
       ids=["JX 38 51 72 A"]),
    _p("f", "father", [("Lee", "Stansfield")], dt.date(1983, 2, 19), phones=["07956 184 327"]),
    _p("a", "aunt_uncle", [("Dawn", "Lumb")], addresses=[AUNT_F], phones=["01422 824 593"]),
    _p("p1", "professional", [("Nadia", "Farrar")], phones=["01422 365 841"], emails=["nadia.farrar@ryburncalder.gov.uk"]),
], "c")

DOCS_F = [
    ("young carers' assessment", """RYBURN CALDER YOUNG CARERS SERVICE - YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act
2014, s.17ZA)
Young carer: [[Skye LUMB|name]]     Date of birth: [[09/03/2014|dob]]     UPN: [[M381148717709|upn]]     Age: 12     School:
[[Ryburn Valley High School|school]] (Year 8)
Address: [[Flat 2, 19 Tuel Lane|address]], [[Sowerby Bridge|place]], [[HX6 2ND|postcode]]
Person cared for: mother, [[Amber Lumb|name]] (41) - relapsing-remitting multiple sclerosis (diagnosed 2019), depression
Also in the home: brother [[Rowan Lumb|name]] (8), Year 4, [[Bolton Brow|school]]. Cat ("Mitten").
Assessor: [[Nadia Farrar|name]], Young Carers Worker     Visits: [[22 October 2026|date]] (home) and [[29 October 2026|date]] (school)

1. What [[Skye|name]] does (in her words, from the "My Week" sheet)
"I get [[Rowan|name]] up and do his breakfast and walk him to school then I go for the bus to [[Ripponden|place]] (my school). I'm
late most days. After school I do tea (pasta or beans or chicken nuggets), I help mum in the shower when her legs are bad
and I do her tablets in the box on Sundays. I pick up her medicine from the chemist on [[Wharf Street|address]]. I do the washing. On
Fridays I do the big shop at Morrisons with mum's card. I help [[Rowan|name]] with his reading. At night I check on mum if
she falls."

2. What it does to her
Hours caring: about 35 a week. School says she is late 3-4 days a week and falls asleep in lessons (Mr [[Haigh|name]], form
tutor). She has stopped going to Guides at [[Triangle|place]] and does not see her friend [[Poppy Ingham|name]] out of school.
She says she "worries all day that mum has fallen". Stress scale (MACA-YC18): 22 - high.

3. The family and support
- Dad, [[Lee Stansfield|name]], lives in [[Rochdale|place]] with his partner and stopped the weekend visits in the summer. [[Skye|name]]
  says "he says it's because of the bus fares". He sends £40 a month "when he remembers".
- Aunt [[Dawn Lumb|name]] (mum's sister), [[4 Royd Lane|address]], [[Ripponden|place]], visits on Sundays and takes [[Rowan|name]]
  swimming. She works full time at the Co-op in [[Elland|place]].
- Mum's friend [[Shaun|name]] ([[Shaun Crabtree|name]]) "stays over sometimes" and "borrows" mum's tablets (see the pharmacy
  referral of [[3rd November|date]]). [[Skye|name]] does not like him.
- Mum has no care package. The MS nurse ([[Julie Pollard|name]], Calderdale Royal) last saw her in June.

4. What [[Skye|name]] wants
"For mum to have a carer that isn't me in the mornings", "to go back to Guides", "for [[Shaun|name]] to not come round",
"a holiday like [[Poppy|name]]'s (to [[Filey|place]])".

5. Outcome
Eligible for support: YES. Carer's Allowance is not payable under 16; mum's own claim (NI [[JX 38 51 72 A|ni]]) to be checked.
Referrals: adult social care (Care Act needs assessment for mum, sent [[30/10/2026|date]]);
Young Carers group on Tuesdays at the Hub, Sowerby Bridge Library (transport arranged); school young carer card;
early help assessment - family agreed. Worker's phone: [[01422 365 841|phone]] / [[nadia.farrar@ryburncalder.gov.uk|email]].
"""),
]

DOCS_F += [
    ("community pharmacist's safeguarding email", """From: [[Paresh Mistry|name]] <[[paresh.mistry1@nhs.net|email]]>
Sent: [[03 November 2026|date]] 18:12
To: Calderdale MASH <mash@ryburncalder.gov.uk>
Cc: [[Nadia Farrar|name]]
Subject: Safeguarding concern - a child collecting controlled drugs - [[LUMB|name]]

Dear MASH team

I am the responsible pharmacist and owner of Wharf Street Pharmacy, [[Sowerby Bridge|place]]. I want to raise a concern
about a child of about 12, [[Skye Lumb|name]], who collects prescriptions for her mother, [[Amber Lumb|name]] (DOB
[[14.10.1985|dob]], [[Flat 2, 19 Tuel Lane|address]]), which include pregabalin 300 mg (a Schedule 3 controlled drug) and
oxycodone MR, a Schedule 2 drug. We should not hand Schedule 2 drugs to a child, and my locum ([[Ellen Sykes|name]]) did so
on [[27/10|date]] by mistake; I have reported that internally and to the CD accountable officer.

The pattern that worries me:
1. Mrs [[Lumb|name]] has asked for her pregabalin early three times since [[14 September|date]] ("lost", "dropped down the
   sink", "the cat knocked them in the bin"). The surgery (Rosegrove Medical Practice? - no, it is the [[Station Road|address]]
   surgery) has now moved her to weekly dispensing.
2. On [[31/10/2026|date]] a man came in with [[Skye|name]] and tried to collect for Mrs [[Lumb|name]], saying he was her
   partner. He gave his name as [[Shaun Crabtree|name]] and gave a date of birth, [[04/04/1979|dob]], and a mobile,
   [[07852 611 390|phone]]. I refused. He was angry and [[Skye|name]] apologised for him. Our counter assistant, [[Kath|name]],
   knows him as "[[Crabby|name]]" and says he "sells on" tablets in [[King Cross|place]] and [[Halifax|place]].
3. [[Skye|name]] told [[Kath|name]] that "mum falls asleep at the table on her tablets" and that she has to wake her to
   take [[Rowan|name]] to school.

I have not spoken to the mother yet about this email. I have told the GP practice (Dr [[Haley Greenwood|name]]) today by
phone. I can be reached on the pharmacy number, [[01422 831 654|phone]], until 6.30 pm, or on my mobile [[07958 402 716|phone]].

Kind regards
[[Paresh Mistry|name]] MRPharmS, GPhC 2049173
Wharf Street Pharmacy, [[27 Wharf Street|address]], [[Sowerby Bridge|place]] [[HX6 2AF|postcode]]
"""),
]

DOCS_F += [
    ("school nurse's notes typed fast on a phone after a drop-in", """notes - sch nurse drop in [[RVHS|school]] - wed [[4/11|date]] -
typed on phone, to tidy up for SystmOne later
seen: [[skye lumb|name]] yr8 (self referral, came w friend [[poppy|name]] who waited outside)
- pale, tired, hair not brushed, says shes fine "just tired"
- said mum had a "bad fall" sun night in the bathroom, [[skye|name]] couldnt lift her, rang aunty [[dawn|name]] in
  [[ripponden|place]] who came at midnight. didnt ring 999 "coz mum said no they'll take us off her"
- mums friend [[shaun|name]] was there?? asleep on sofa, "didnt help"
- [[skye|name]] took [[rowan|name]] to [[bolton brow|school]] mon + tue, late both days
- asked about food - "we have stuff, i do pasta". free sch meals yes. no breakfast today
- has a "tablet box job" on sundays. knows mums meds names better than me tbh - pregabalin, baclofen, sertraline,
  "the oxy ones [[Shaun|name]] likes"
- no self harm. sleeping 5-6 hrs. worried about sats for [[Rowan|name]]? (hes yr4 - no sats - she means times tables test)
- likes art + Miss [[Hussain|name]]. wants to do a young carers trip to [[scarborough|place]] w [[nadia|name]]
- gave her my number ([[07831 527 406|phone]]) - work mob, not personal - and kooth card

actions:
1 ring [[nadia farrar|name]] young carers - done 13.20, she already knows re fall? NO she didnt. she'll ring mum
2 DSL Mr [[Crossley|name]] told 13.35 (he'll add to CPOMS + ring MASH re [[Shaun|name]] + the meds)
3 check w GP [[Station Rd|address]] (Dr [[Greenwood|name]]) re falls clinic/OT for mum
4 see [[skye|name]] again fri [[6th|date]] period 3

[[K. Brear|name]] SN
"""),
]

DOCS_F += [
    ("early help team around the family meeting minutes", """EARLY HELP - TEAM AROUND THE FAMILY (TAF) MEETING
Family: [[Lumb|name]]      Lead professional: [[Nadia Farrar|name]] (Young Carers)      Date: Thursday [[26th November 2026|date]], 3.30pm
Venue: [[Flat 2, 19 Tuel Lane|address]] (at mum's request - her legs were bad)        Minutes: [[Tom Brear|name]] (Early Help)
Attendees: [[Amber Lumb|name]] (mum), [[Skye|name]] (12), [[Dawn Lumb|name]] (aunt), [[Karen Brear|name]] (school nurse, [[Ryburn
Valley|school]]), Mr [[Stuart Crossley|name]] (DSL, [[Ryburn Valley High|school]]), Mrs [[Jo Whitworth|name]] (Year 4 teacher,
[[Bolton Brow Primary Academy|school]]), [[Ian Pearson|name]] (adult social care, Care Act assessor)
Apologies: [[Lee Stansfield|name]] (dad - rang [[Nadia|name]] from [[Rochdale|place]], working); Dr [[Greenwood|name]] (GP)

1. Update since the referral
- Adult social care ([[Ian|name]]) assessed mum on [[17/11/2026|date]]: eligible. A care agency (Calder Homecare) will start
  on Monday [[30 November|date]] - 45 mins each morning (7.15-8.00) and 30 mins at teatime. Grab rails and a shower seat
  fitted [[20/11|date]] by Staying Put. The OT ([[Liz Moorhouse|name]]) will review the stairs to the flat.
- The MS nurse saw mum on [[19 Nov|date]] and has changed her medicines. Mum said she is "off the oxy now" and has asked the
  GP to stop early prescriptions. The pharmacy ([[Paresh|name]]) has put her on weekly blister packs, delivered.
- Mum told the meeting that [[Shaun|name]] no longer has a key. [[Dawn|name]] changed the lock on [[21/11|date]]. Police
  (PCSO [[Gill Hanson|name]], [[Sowerby Bridge|place]] NPT) gave advice; he is "barred" from the flat. [[Skye|name]] said she feels
  safer.

2. [[Skye|name]]
- Late to school: 2 times in the last fortnight (was 3-4 a week). [[Karen|name]] says she looks "brighter".
- Back at Guides in [[Triangle|place]] on Wednesdays; [[Dawn|name]] drives her.
- [[Skye|name]] said she still wants to do mum's tablet box "because I know it", and everyone agreed she can, with the
  carer checking it.

3. [[Rowan|name]]
- Mrs [[Whitworth|name]] said he is happier, reading at the expected level, on time since [[Dawn|name]] started doing the
  Tuesday and Thursday school run. He wants to join the cubs at [[Copley|place]].

4. Dad
- [[Lee|name]] told [[Nadia|name]] he will restart visits from [[12 December|date]], every other Saturday, at his mum's in
  [[Littleborough|place]] (Mrs [[Stansfield|name]], [[01706 379 218|phone]]). [[Skye|name]] said "I'll believe it when I see it".

Actions
| Who | What | By |
| [[Nadia|name]] | Young Carers trip to [[Scarborough|place]] - send consent form | [[4 Dec|date]] |
| [[Ian|name]] | Review the care package after 4 weeks | [[28/12/2026|date]] |
| Mr [[Crossley|name]] | Young carer card; a later start on Mondays if needed | [[1 Dec|date]] |
| [[Amber|name]] | Ring [[Lee|name]] about Christmas | [[11 Dec|date]] |
Next TAF: [[14th January 2027|date]], 3.30pm, same place.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 70 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:30 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "mister", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "mammy",
           "dad", "daddy", "aunty", "auntie", "uncle", "tanty", "tantie", "cousin", "little", "tía", "tia", "tío", "tio",
           "señora", "sra", "sr", "doña", "don", "abuela", "abuelita", "mamá", "papá", "cllr", "coach", "sir"}
_AFTER = {"uncle", "aunty", "auntie", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "yorkshire", "west yorkshire", "kirklees",
               "kirklees north", "calderdale", "the calder valley", "calder valley", "grenada", "st john's", "st john",
               "st patrick's", "carriacou and petite martinique", "the caribbean", "caribbean", "west indies", "mexico",
               "méxico", "pue.", "colombia", "usa", "america", "the states", "europe", "lancashire"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mister
# Francis", "Mammy", "tía Chelo", "señora Jess", "little Mateo", "nana Shaz"; and after one) and counties, regions,
# parishes and countries ("Kirklees", "Calderdale", "West Yorkshire", "Grenada", "St John's", "Mexico", "Pue.").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
