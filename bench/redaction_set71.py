"""Set 71: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set70.py, redaction_set72.py, redaction_set73.py and their tests), that
did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here), the docstrings of bench/redaction_set7.py to redaction_set69.py (printed alone, and searched only as printed text, for
the towns, districts and communities earlier sets used as a family's home and their document types; no set's body was opened
or searched), bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum, in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in the boroughs of Rochdale, Bury and Tameside, each from a town, district or estate no earlier set (7 to 69)
used as a family's home. Four white British families: a young mother on the Kirkholt estate in Rochdale, with a grandmother
in Littleborough and an aunt in Smithy Bridge (Ashworth / Holt; a boy of 9 cut by a door slammed by the mother's partner, a
toddler's neglect, cannabis, a neighbour's online referral, a child protection plan), a single father in Stubbins,
Ramsbottom, with his mother in Summerseat and the children's mother in Tottington (Kenyon / Entwistle; a father drunk on the
floor, a boy of 11 who rang his nan, a row outside a pub, a grandmother of 68 with angina), a mother on the Ridge Hill
estate in Stalybridge with a grandfather in Mossley (Bardsley; a girl of 14 missing overnight and sexually exploited by a
man of 20 posing as "Kai", a boy of 10 left alone) and a care leaver of 20 in a block on Darnhill, Heywood, with a father in
Alkrington, Middleton, and a great-grandmother in Bamford (Nuttall / Greenhalgh; a bruise on a non-mobile baby, falling
weight, a mother's low mood and night-time voicemails, a family group conference). Two from communities no earlier set used:
a Tajik family from Khujand in Deeplish, Rochdale, with a grandmother in Khujand and an uncle in Moscow (Rahimov / Rahimova;
a girl of 13 beaten with a belt for walking home with a boy, a cousin of 17 to be married, a father who checks her phone,
term-time leave refused; Tajik and Russian in Cyrillic script) and a Tanzanian family in Waterloo, Ashton-under-Lyne, with a
grandmother in Mbeya (Mwakyusa / Kimaro; a boy of 15 hit with a cable by his stepfather, a deacon, and drawn into county
lines by older lads from Hyde; a pastor's offer of weekend care; Swahili). 24 documents, about half plain professional
recording (a home visit case note, initial child protection conference minutes, a single assessment extract, a school
attendance letter, a school's referral form to the children's front door, a chronology, strategy discussion minutes, a
police public protection notice, a return home interview, core group minutes, a GP's safeguarding letter, a family group
conference plan) and half the other writing a case file holds, in types or styles new to these sets where possible: a
mother's texts to a social worker typed up, a neighbour's online "report a concern" form, a Telegram chat in Tajik, Russian
and English typed up and translated (Cyrillic contact names and places), an interpreter booking email chain with an agency,
a pastor's email in church English with Swahili, a mother's own letter, a grandmother's handwritten note scanned and OCR'd
(with the scan's errors), a social worker's notes typed fast on a phone in a car, a girl's diary pages photographed and
typed up, a youth worker's voice note transcribed by duty admin, a mother's voicemails typed up and a housing officer's
email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers; "Ashfield House" and "Argyle Parade" are invented). Phone
numbers are valid numbers (checked with the phonenumbers library), UK and foreign (Tajikistan, Russia, Tanzania); NHS
numbers and UPNs (LA numbers 354, 357 and 351) pass their check digits; NI numbers have a valid format. Councils are
invented (Roch Vale, Irwell Vale, Tame Valley), and so are the interpreting agency (Pennine Language Link), the church
(Rehoboth Gospel Assembly) and its email domain, the housing provider's email domain, the GP practices (Kirkholt Medical
Practice, Argyle Street Medical Centre) and the nursery (Little Acorns); towns, districts, estates, villages, real schools,
real charities and services (Early Break, Achieve Bury, Healthy Young Minds, Sure Start), NHS bodies, hospitals (Rochdale
Infirmary, Tameside General, Royal Oldham Hospital), health centres, civic buildings (Number One Riverside, Stalybridge Civic
Hall, Heywood Civic Centre), police forces, shops (Tesco, the Co-op), pubs (the Corner Pin), brands, apps and laws are
real or generic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]]
is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DS, Pastor, Brother, Sister, Madam, Mama, Mzee, Imam, nanna, great-nan, mum,
dad, grandad, тётя, дядя, and "ака" after a name) stay outside the name span, whether they come before or after the name
("Mrs Kenyon senior", "Саид ака"); a possessive 's and a bare s in texting ("maryam"s, "kyron"s) stay outside; every
person's name is a name in every form, record or not. "SURNAME, First" is one span ("ASHWORTH, Tyler-Jay", "KENYON, Alfie",
"MWAKYUSA, Baraka", "LEIGH, Jordan"); an initial with a surname is one span ("B Crompton", "O. Haworth", "S Nuttall") and
so is a first name with an initial after it ("Karen D"); initials alone ("OH") are not marked, but "TJ" and "tj" used as a
boy's nickname are names; a name broken by a line break is one span holding the break, and so is an
address, a place (the OCR'd "Summer-" and "seat" across two lines), a school or a date; a contact or sender saved under a
kinship word ("Бибиҷон",
"Папа") is not a name, but a chat's title that is a person's name with an emoji ("Nilufar", "Maryam") is; a name in another
script ("Фируза Раҳимова", "Нилуфар", "Фаррух", "Гулнора", "Бехруз") is a name, and a name with an endearment suffix
("Парвинаҷон") is one name span. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's bare house or flat number ("no. 39", "no 7", "41", "43", "Flat 9",
"flat 6") and an address abroad ("ул. Профсоюзная, д. 56, кв. 12", Москва; "Mtaa wa Sokoine", Mbeya); towns, cities,
villages, districts and estates are places, at home or abroad and in any script ("Kirkholt", "Deeplish", "Waterloo",
"Stubbins", "Ridge Hill", "Darnhill", "Хуҷанд", "Душанбе", "Москва", "littlebro", "totty"); countries, counties, regions and
boroughs are not ("Tajikistan", "Sughd", "Tanzania", "Tameside"); organisations are not marked even when they hold a town's
or a person's name ("Rochdale Infirmary", "Ramsbottom Health Centre", "Heywood Health Centre", "Tameside General", "Achieve
Bury", "Stalybridge Civic Hall", "Heywood Civic Centre", "Kirkholt Medical Practice", "Deeplish Community Centre"); a
school's or college's name is a school, and so is its short form, a nursery's name and the lower-case forms in messages
("Kingsway Park", "Great Academy", "St Peter's", "Peel Brow", "copley", "kirkholt primary", "little acorns"); a date of
birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a list or
a diary line ("2", "3" and "4 November", "the 9th", "19th", "30th") is a date span of its own; months and years alone are
not marked; a police log number, a booking or PPN reference and a form reference are not marked; pets' names (the dog
Tilly) are not names; a surname or first name that is also an English word or a town is marked by what it refers to (Hope,
Grace, Precious, Lord, Shaw, Leigh, Heywood, Oldham, Holden and Pickup are names when they are people, and Heywood and
Oldham are places when they are places); a team, a service or a facility named by its town in lower-case words or a team's
heading ("Kirkholt & Rochdale South Team", "Bury North", "Ashton Locality Team", "GMP Bury PVP", "Bury District",
"Neighbourhood Team Ramsbottom", "Ashton bus station", "Rochdale interchange", "rochdale leisure centre", "Littleborough
clinic", "Darnhill community centre", "the kirkholt page") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a block of flats
named in an address ("Ashfield House") is an address wherever it appears, as set 21's holiday park was; "Peel Brow" is a
school when it names the school and an address when it names the street; a partial vehicle registration a child
remembered ("RV70") is a vehicle, since it narrows the car down; a partial postcode a scan's reader added ("BL0") is a
postcode; an OCR misreading of a date ("l2th Nov") is still a date; a hospital referred to by its town alone ("ward F6 at
Oldham") marks the town; an alias a man used with a girl ("Kai") is a name, as is his real name; a name inside a Swahili
sentence ("Mwambie Baraka bibi anampenda") is a name and "bibi" (grandmother) is a kinship word; an honorific before a
name in Swahili ("Mzee") stays outside the span.

Self-check without the detector: `python -m bench.redaction_set71` (and tests/test_redaction_set71.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,001 gold spans, 526 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Ashworth / Holt family (white British), Kirkholt estate, Rochdale -------------------------------------------------

HOME_A = d.Address("41 Kingsland Road", "Kirkholt", "Rochdale", "OL11 2RS")
NAN_A = d.Address("8 Calderbrook Road", "", "Littleborough", "OL15 9HW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Ashworth")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["581 316 1228", "X354265317392"],
       schools=["Kirkholt Community Primary School"]),
    _p("s", "sibling", [("Poppy", "Ashworth")], dt.date(2021, 8, 30), addresses=[HOME_A], ids=["765 897 1022"]),
    _p("m", "mother", [("Kayleigh", "Ashworth")], dt.date(1996, 12, 2), addresses=[HOME_A], phones=["07583 214 906"],
       ids=["JR 62 18 44 B"]),
    _p("pa", "other", [("Reece", "Holt")], dt.date(1993, 6, 21), phones=["07926 118 453"]),
    _p("g", "grandparent", [("Sandra", "Ashworth")], dt.date(1970, 3, 15), addresses=[NAN_A], phones=["01706 829 441"]),
    _p("p1", "professional", [("Bethany", "Crompton")], phones=["01706 643 218"], emails=["bethany.crompton@roch-vale.gov.uk"]),
], "c")

DOCS_A = [
    ("Home visit case note", """CASE NOTE - HOME VISIT (unannounced)          Recorded by: [[Bethany Crompton|name]], Social Worker,
Roch Vale
Children's Services, [[Kirkholt|place]] & [[Rochdale|place]] South Team
Date of visit: Thursday [[5 November 2026|date]], 16:10-17:05       Date recorded: [[06/11/2026|date]]
Children: [[Tyler-Jay ASHWORTH|name]] (DOB [[09/04/2017|dob]]), [[Poppy ASHWORTH|name]] (DOB [[30/08/2021|dob]])
Address: [[41 Kingsland Road|address]], [[Kirkholt|place]], [[Rochdale|place]] [[OL11 2RS|postcode]]
Present: [[Kayleigh Ashworth|name]] (mother), both children, [[Reece Holt|name]] (mother's partner, arrived 16:40)

Purpose: follow-up to the school's concern of [[3rd November|date]] that [[TJ|name]] came in with a cut above his eye and said
"[[Reece|name]] pushed the door on me".

The front door was answered by [[Tyler-Jay|name]]. The hall smelt strongly of cannabis. [[Kayleigh|name]] was in the kitchen and
said she had "just got in" from her mum's in [[Littleborough|place]] and had not had time to tidy up.
[[Poppy|name]] was in a high chair in the front room eating dry cereal; her nappy was heavy and she had a sore red rash.

[[TJ|name]] showed me the cut. It is about 1.5 cm and healing, with a steri-strip put on at the walk-in centre at
Rochdale Infirmary on Sunday [[1st|date]]. He told me on his own in his bedroom that [[Reece|name]] "slammed the door when I was
behind it" because he would not turn his Xbox off, and that "mum was shouting at him to stop". He said he likes going to
"nanna [[Sandra|name]]'s" best because "there's a dog called Tilly and no shouting".

Mr [[Holt|name]] came in at 16:40. He was polite but would not sit down. He said the door thing was "an accident, ask
anyone", and that the neighbour at [[no. 39|address]], [[Shirley Butterworth|name]], "has it in for us". He gave his phone as
[[07926 118 453|phone]] and said he lives "between here and me brother's on [[Spotland Road|address]]".

Analysis: a second injury in six weeks with an account from the child that names the adult; low supervision of [[Poppy|name]];
cannabis. Discussed with my manager [[Imran Aslam|name]] on return: strategy discussion to be held tomorrow.
Household and network (updated at this visit):
- Mother: [[Kayleigh Ashworth|name]], DOB [[02/12/1996|dob]], NI [[JR 62 18 44 B|ni]], mobile [[07583 214 906|phone]]; works
  part-time at a bakery on [[Yorkshire Street|address]] in [[Rochdale|place]] town centre.
- Maternal grandmother: [[Sandra Ashworth|name]], [[8 Calderbrook Road|address]], [[Littleborough|place]]; her partner
[[Keith Tattersall|name]].
- Maternal aunt: [[Gemma Ashworth|name]] ("[[Gem|name]]"), lives in [[Smithy Bridge|place]], two children of her own.
- Birth father of both children: [[Liam Fletcher|name]], not in contact; believed to be in [[Blackpool|place]]; last address
  [[Flat 2, 88 Dickson Street|address]], [[Blackpool|place]] [[FY1 2AF|postcode]].
- Mother's partner: [[Reece Holt|name]], DOB [[21/06/1993|dob]]; his brother [[Connor Holt|name]] on [[Spotland Road|address]].
- Health visitor: [[Joanne Fielding|name]]; GP: Dr [[Farooq|name]], Kirkholt Medical Practice.
- School: [[Kirkholt Community Primary School|school]], class teacher Miss [[Laura Heywood|name]] (Year 4).
Next steps: strategy discussion [[6 Nov|date]]; ring [[Sandra Ashworth|name]] on [[01706 829 441|phone]] about the children
staying with her; check with health visitor [[Joanne Fielding|name]] about [[Poppy|name]]'s last development review.
"""),
    ("Mother's texts to the social worker typed up", """Texts between [[Kayleigh Ashworth|name]] ([[07583 214 906|phone]]) and the work
mobile of [[Bethany Crompton|name]]
([[07412 553 870|phone]]), copied into the record by [[B Crompton|name]] on [[09.11.2026|date]]. Spelling as sent.

[[06/11/2026|date]] 07:52 [[Kayleigh|name]]: is it u coming again today or that other one [[imran|name]]
[[06/11/2026|date]] 08:03 [[Bethany|name]]: Hi [[Kayleigh|name]], it's me. I'll ring you at 11 to explain what happens next.
[[06/11/2026|date]] 08:04 [[Kayleigh|name]]: [[reece|name]] as gone to his brothers on [[spotland rd|address]] so u can stop asking
[[06/11/2026|date]] 13:40 [[Kayleigh|name]]: me mum said she'll have [[tj|name]] and [[pops|name]] at hers in [[littlebro|place]] til
fri but she cant do school runs
[[06/11/2026|date]] 13:41 [[Kayleigh|name]]: she dont drive and the bus from [[littleborough|place]] is 2 buses
[[07/11/2026|date]] 21:15 [[Kayleigh|name]]: [[shirley|name]] next door is telling everyone on the [[kirkholt|place]] page im a
smackhead. im not
[[07/11/2026|date]] 21:16 [[Kayleigh|name]]: she was the one rang u wasnt she. [[no 39|address]]
[[07/11/2026|date]] 21:20 [[Kayleigh|name]]: and tell [[imran|name]] i aint missed no appointments, it was [[joanne|name]] who cancelled
[[08/11/2026|date]] 10:02 [[Bethany|name]]: I can't say who contacts us. Are [[Tyler-Jay|name]] and [[Poppy|name]] OK at your mum's?
[[08/11/2026|date]] 10:05 [[Bethany|name]]: Thanks [[Kayleigh|name]]. The conference is on [[24/11|date]] at 10am, I'll post the letter too.
[[08/11/2026|date]] 10:20 [[Kayleigh|name]]: post it to me mums [[8 calderbrook rd|address]] [[ol15 9hw|postcode]] im staying there
[[08/11/2026|date]] 10:30 [[Kayleigh|name]]: yea [[tj|name]] loves it there. he wants 2 stay for his birthday on the [[9th|date]] of
april lol
[[08/11/2026|date]] 10:31 [[Kayleigh|name]]: [[reece|name]] wants to see u, hes on [[07926 118 453|phone]]. hes not a bad person
"""),
    ("Initial child protection conference minutes", """ROCH VALE SAFEGUARDING CHILDREN PARTNERSHIP - INITIAL CHILD PROTECTION CONFERENCE
Children: [[ASHWORTH, Tyler-Jay|name]] ([[9.4.2017|dob]]) NHS [[581 316 1228|nhs]] UPN [[X354265317392|upn]];
[[ASHWORTH, Poppy|name]] ([[30.8.2021|dob]]) NHS [[765 897 1022|nhs]]
Date: [[24 November 2026|date]]    Venue: Number One Riverside, [[Rochdale|place]] (and MS Teams)
Chair: [[Gillian Whittaker|name]], Independent Reviewing Officer        Minutes: [[Nasreen Akhtar|name]]

Present: [[Kayleigh Ashworth|name]] (mother) with her advocate [[Leanne Schofield|name]]; [[Sandra Ashworth|name]] (maternal
grandmother); [[Bethany Crompton|name]] (social worker); [[Imran Aslam|name]] (team manager); Mrs [[Diane Whitworth|name]] (DSL,
[[Kirkholt Community Primary School|school]]); [[Joanne Fielding|name]] (health visitor); DC [[Paul Mellor|name]], GMP PVP.
Apologies: Dr [[Farooq|name]], Kirkholt Medical Practice.
Not invited: [[Reece Holt|name]] (see the police information, shared in the closed part of the meeting).

Police: Mr [[Holt|name]] (DOB [[21/06/1993|dob]]) has two call-outs at his former partner's address in [[Castleton|place]]
(2023, 2024) and a caution for possession. His car, a black Audi A3 [[MA19 KZT|vehicle]], was stopped on [[Queensway|address]]
last month.
School: [[Tyler-Jay|name]] attends 91%; he has been late on 14 mornings this term. Mrs [[Whitworth|name]] said he is a kind boy who
"looks after the little ones in the yard".
Health: [[Poppy|name]]'s two-year review was missed twice; seen at home by [[Joanne|name]] on [[16/11/26|date]]: severe nappy rash,
speech delay.
Grandmother: Mrs [[Ashworth|name]] can keep the children at [[8 Calderbrook Road|address]], [[Littleborough|place]]
[[OL15 9HW|postcode]] until Christmas.

Views of the children (from [[Bethany|name]]'s visits): [[TJ|name]] said "I want to live with nanna [[Sandra|name]] and see mum
every day, and [[Reece|name]] not to come." He drew his family: mum, [[Poppy|name]], nanna, [[Keith|name]], Tilly the dog, and his
friend [[Kian|name]] from [[Sparth Bottoms|address]]. [[Poppy|name]] is too young to say; at nanna's she "runs to the door" when
[[Kayleigh|name]] comes.
Mother: [[Kayleigh|name]] said she has finished with [[Reece|name]] and blocked him. She asked for help with her mental health and
for the referral to the Early Break drugs service to be redone. Her advocate Ms [[Schofield|name]] said [[Kayleigh|name]] was a
child in care herself, in [[Wardle|place]] and then at a children's home in [[Bacup|place]].
Decision: both children subject to a child protection plan, category neglect ([[Poppy|name]]) and physical abuse
([[Tyler-Jay|name]]). First core group by [[4 December|date]]; review conference [[24/02/2027|date]].

Outline plan (full plan to follow from the core group):
| Who | What | By when |
| [[Kayleigh|name]] | Self-refer to Early Break; attend every appointment | [[01/12/2026|date]] |
| [[Kayleigh|name]] | No contact between [[Reece Holt|name]] and the children | from today |
| [[Sandra|name]] / [[Keith|name]] | Care for [[Tyler-Jay|name]] and [[Poppy|name]] at [[Calderbrook Road|address]] | to
[[24/12/2026|date]] |
| [[Joanne Fielding|name]] | [[Poppy|name]]'s two-year review at [[Littleborough|place]] clinic; speech referral | [[11 Dec|date]] |
| [[Diane Whitworth|name]] | Daily check-in for [[TJ|name]]; taxi from [[Littleborough|place]] to school | from [[25/11|date]] |
| [[Bethany Crompton|name]] | Visits every 10 working days; viability assessment of [[Gemma Ashworth|name]] in [[Smithy Bridge|place]]
| [[8 January 2027|date]] |
"""),
    ("Neighbour's online referral form", """ROCH VALE COUNCIL - REPORT A CONCERN ABOUT A CHILD (online form, submitted
[[03/11/2026|date]] 22:47)
Reference: RVC-CF-0091442

About you
  Your name (optional): [[Shirley Butterworth|name]]
  Your phone (optional): [[01706 355 902|phone]]
  Your relationship to the child: neighbour
About the child or children
  Child's name(s): [[Tyler|name]] and the baby [[Poppy|name]] I think
  Child's address: [[41|address]] (next door to me) [[Kingsland Rd|address]], [[Kirkholt|place]]
  School (if known): [[kirkholt primary|school]]
What is worrying you?
  theres screaming most nights and a man called [[Reece|name]] who comes and goes in a black car. friday night the little lad
  was sat on the step in his pyjamas at 11pm crying. the baby is in a dirty nappy every time i see her. the mum [[Kayleigh|name]]
  is nice when shes well but she is not well. my daughter [[Tracey|name]] lives on [[Cawdor Walk|address]] and she has seen
  things too, you can ring her on [[07860 247 319|phone]].
Anything else? the man [[Reece|name]] told my husband [[Derek|name]] to "watch his back" on Sat [[31 Oct|date]], we have it on
  the ring doorbell. the other neighbour at [[43|address]], Mr [[Anwar Miah|name]], heard it as well.
Have you told anyone else? the school, the lady on the gate (Mrs [[Whitworth|name]]?)
Do you want us to contact you? yes but not in the day I work at the Co-op on [[Tweedale Street|address]]
"""),
]


# --- B. Rahimov / Rahimova family (Tajik), Deeplish, Rochdale --------------------------------------------------------------

HOME_B = d.Address("17 Trafalgar Street", "Deeplish", "Rochdale", "OL16 5DX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Parvina", "Rahimova")], dt.date(2013, 7, 22), addresses=[HOME_B], ids=["408 103 6098", "B354277975276"],
       schools=["Kingsway Park High School"]),
    _p("s", "sibling", [("Shahzod", "Rahimov")], dt.date(2018, 2, 3), addresses=[HOME_B], ids=["662 493 6622"]),
    _p("m", "mother", [("Firuza", "Rahimova")], dt.date(1989, 10, 11), addresses=[HOME_B], phones=["07713 902 644"]),
    _p("f", "father", [("Davron", "Rahimov")], dt.date(1984, 5, 27), addresses=[HOME_B], phones=["07507 381 226"],
       ids=["SK 40 73 19 A"]),
    _p("g", "grandparent", [("Mavjuda", "Nazarova")], phones=["+992 93 512 4480"]),
    _p("p1", "professional", [("Ruth", "Heap")], phones=["01706 643 218"], emails=["ruth.heap@roch-vale.gov.uk"]),
], "c")

DOCS_B = [
    ("Single assessment extract", """SINGLE ASSESSMENT (extract: family history and the child's voice)
Child: [[Parvina RAHIMOVA|name]]   DOB: [[22 July 2013|dob]]   NHS: [[408 103 6098|nhs]]   UPN: [[B354277975276|upn]]
Address: [[17 Trafalgar Street|address]], [[Deeplish|place]], [[Rochdale|place]] [[OL16 5DX|postcode]]
Assessing worker: [[Ruth Heap|name]]   Interpreter (Tajik/Russian): [[Zarina Yusupova|name]], by phone
Started: [[14/10/2026|date]]   Completed: [[25.11.2026|date]]

Family history. Mr [[Davron Rahimov|name]] and Mrs [[Firuza Rahimova|name]] are from [[Khujand|place]] in the north of Tajikistan.
Mr [[Rahimov|name]] worked for six years on building sites in [[Moscow|place]] and [[Yekaterinburg|place]], sending money home; the
family came to the UK in 2022 and were granted refugee status in 2024. They lived first in a hotel in [[Middleton|place]], then
in a flat on [[Milkstone Road|address]], and moved to [[Trafalgar Street|address]] in March 2025. [[Parvina|name]]'s grandmother,
[[Mavjuda Nazarova|name]], lives in [[Khujand|place]] ([[+992 93 512 4480|phone]]); her uncle [[Behruz|name]] is still in
[[Moscow|place]] ([[+7 916 482 3051|phone]]).

Surnames: Tajik women's surnames take an -a ([[Rahimova|name]]); [[Shahzod|name]] is registered as [[Shahzod Rahimov|name]], and at his
primary school as [[Shahzod RAHIMOV|name]]. The family also write their names in Cyrillic: [[Парвина|name]], [[Фируза Раҳимова|name]].

Reason for the assessment: on [[13 October|date]] [[Parvina|name]] told her form tutor, Mr [[Tom Lord|name]], at
[[Kingsway Park|school]] that her father had hit her with a belt because she had been seen walking home with a boy, [[Adam|name]],
from Year 9. She had a linear bruise on her upper arm, photographed by the school nurse.

Parents' views. Mr [[Rahimov|name]] (DOB [[27/05/1984|dob]], NI [[SK 40 73 19 A|ni]], mobile [[07507 381 226|phone]]) works
nights at a warehouse in [[Heywood|place]] and days as a delivery driver. He agreed that he hit [[Parvina|name]] "once, with the belt,
not hard" and said "in our country a father must protect the name of his daughter". Mrs [[Rahimova|name]] (DOB
[[11.10.1989|dob]], mobile [[07713 902 644|phone]]) cried and said she had told him to stop. She has no family here apart from a
friend, [[Dilnoza Karimova|name]], who lives on [[Kenion Road|address]] and whose son [[Timur|name]] is in [[Shahzod|name]]'s class at
[[Deeplish Primary Academy|school]]. The family attend the mosque on [[Tweedale Street|address]], where Imam [[Abdulaziz|name]] knows them.
Mr [[Rahimov|name]]'s brother [[Behruz Rahimov|name]] sends voice messages from [[Moscow|place]] most evenings; his address there is
[[ул. Профсоюзная, д. 56, кв. 12|address]], [[Москва|place]].
The child's voice. Seen alone on [[20/10/2026|date]] and [[3/11/2026|date]]. [[Parvina|name]] speaks good English and chose not to
have the interpreter. She said: "My dad is scared I will become English. In [[Khujand|place]] my cousin [[Nilufar|name]] got
married at 17." She loves her little brother and helps him with reading. She wants her dad to "stop checking my phone every
night" and would like to go to the youth club at Deeplish Community Centre with her friend [[Maryam|name]].
"""),
    ("Telegram chat typed up and translated", """Telegram messages shown by [[Parvina|name]] on her phone on [[3/11/2026|date]], with
her consent; typed up by [[R Heap|name]]
and translated from Tajik and Russian by [[Zarina Yusupova|name]] ([[05.11.2026|date]]). Contact names as saved on the phone.

Chat: "Бибиҷон" (Granny)
[[29.10.2026|date]] 19:02 Бибиҷон: [[Парвинаҷон|name]], how are you my soul? Did your father calm down?
[[29.10.2026|date]] 19:10 [[Parvina|name]]: yes bibi. he took my phone for 2 days
[[29.10.2026|date]] 19:12 Бибиҷон: Listen to him. In [[Хуҷанд|place]] girls don't walk with boys. Say hello to [[Фируза|name]].
Chat: "[[Nilufar|name]] 🌸"
[[30.10.2026|date]] 22:41 [[Нилуфар|name]]: they want me to marry [[Фаррух|name]] in the summer, he is 26 and lives in [[Душанбе|place]]
[[30.10.2026|date]] 22:43 [[Parvina|name]]: noooo. tell тётя [[Гулнора|name]]
[[30.10.2026|date]] 22:44 [[Нилуфар|name]]: she agreed already. your dad told дядя [[Бехруз|name]] you're next after school
Chat: "Папа"
[[31.10.2026|date]] 16:20 Папа: Where are you? I'm at [[Rochdale|place]] interchange. Come now.
[[31.10.2026|date]] 16:21 [[Parvina|name]]: at [[maryam|name]]s on [[oldham rd|address]]
[[31.10.2026|date]] 16:21 Папа: Which [[Maryam|name]]? Send the address.

Chat: "[[Maryam|name]] 💜"
[[01.11.2026|date]] 10:15 [[Maryam|name]]: r u coming to [[rochdale|place]] leisure centre with me and [[aisha|name]] tmrw
[[01.11.2026|date]] 10:19 [[Parvina|name]]: cant. dad says no. hes taking us to [[manchester|place]] to see [[Саид|name]] ака
[[01.11.2026|date]] 10:20 [[Maryam|name]]: who
[[01.11.2026|date]] 10:22 [[Parvina|name]]: his friend from [[Душанбе|place]]. he has a son [[Фаррух|name]] no not that one. another
[[farrukh|name]] lol
[[01.11.2026|date]] 10:24 [[Maryam|name]]: tell miss [[okafor|name]]. or mr [[lord|name]]
Note by the worker: "Бибиҷон" and "Папа" are kinship words (granny, dad) and not names. [[Gulnora|name]] is Mr [[Rahimov|name]]'s
sister in [[Khujand|place]].
"""),
    ("Interpreter booking email chain", """From: [[Ruth Heap|name]] <[[ruth.heap@roch-vale.gov.uk|email]]>
Sent: [[12 October 2026|date]] 16:58
To: bookings@pennine-language-link.co.uk
Cc: [[Imran Aslam|name]]
Subject: RE: URGENT Tajik interpreter - home visit [[Deeplish|place]] [[14/10|date]]

Hi, please can we book a Tajik (not Farsi/Dari) interpreter, female, for a home visit on Wednesday [[14 October|date]] at 10:00
at [[17 Trafalgar St|address]], [[OL16 5DX|postcode]]. Mother: [[Firuza Rahimova|name]]. Mr [[Rahimov|name]] also speaks Russian. If
face to face is not possible, by phone is OK. My mobile: [[07398 240 517|phone]]. Thanks, [[Ruth|name]]

> From: Bookings (Pennine Language Link)
> Sent: [[12/10/2026|date]] 17:31
> We have no Tajik speaker in the North West. We can offer [[Zarina Yusupova|name]] (Tajik, Russian, Uzbek), by phone, based in
> [[Leicester|place]]. Booking ref PLL-77104. [[Zarina|name]]'s number for the day: [[07752 436 981|phone]].
>> From: [[Zarina Yusupova|name]] <[[zarina.yusupova@gmail.com|email]]>
>> Sent: [[14 Oct 2026|date]] 08:12
>> Dear [[Ruth|name]], confirmed for 10am. Please note the family may be from [[Khujand|place]] (Sughd) - their Tajik is close to
>> Uzbek, and Mr [[Davron|name]] may prefer Russian. I am not related to or known to the family. Regards, [[Zarina|name]]

From: [[Ruth Heap|name]]
Sent: [[14 October 2026|date]] 12:40
To: [[Zarina Yusupova|name]]
Thank you [[Zarina|name]]. For the record: you interpreted for Mrs [[Rahimova|name]] and for [[Shahzod|name]] (8); Mr [[Rahimov|name]]
spoke to me in English and Russian. Next visit Tuesday [[20 October|date]], 16:00, with [[Parvina|name]] at [[Kingsway Park|school]]
and then at home. [[Ruth|name]]
"""),
    ("School attendance letter", """[[Kingsway Park High School|school]]
[[Turf Hill Road|address]], [[Rochdale|place]] [[OL16 4XA|postcode]]   Tel [[01706 360 714|phone]]

[[18th November 2026|date]]

To the parent/carer of [[Parvina Rahimova|name]] (Year 9, 9LD)
[[17 Trafalgar Street|address]]
[[Rochdale|place]]
[[OL16 5DX|postcode]]

Dear Mr [[Rahimov|name]] and Mrs [[Rahimova|name]],

I am writing because [[Parvina|name]]'s attendance this term is 84.6%. She was absent on [[2|date]], [[3|date]] and [[4 November|date]]
(no reason given) and on [[16/11/2026|date]] ("family trip to [[London|place]]"). Mr [[Rahimov|name]] has asked for term-time leave
from [[1 June
2027|date]] for four weeks to visit family in [[Khujand|place]]. I cannot agree this. I would like to meet you
with our Attendance Officer, Mrs [[Lorraine Kershaw|name]], and [[Parvina|name]]'s head of year, Miss [[Amara Okafor|name]], on
Tuesday [[24 November|date]] at 3.30pm. We will book an interpreter.

Please also note that [[Shahzod|name]]'s school, [[Deeplish Primary Academy|school]], has told us they share our concern about
absence; his teacher is Mrs [[Rukhsana Bibi|name]]. If you would like to speak to someone in Russian, our teaching assistant
[[Olena Kovalenko|name]] can help; please ring [[01706 360 714|phone]] and ask for her.

Yours sincerely,
[[D. Pilling|name]]
Deputy Headteacher (Pastoral) and Designated Safeguarding Lead
"""),
]


# --- C. Mwakyusa / Kimaro family (Tanzanian), Waterloo, Ashton-under-Lyne --------------------------------------------------

HOME_C = d.Address("62 Oldham Road", "Waterloo", "Ashton-under-Lyne", "OL7 9BQ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Baraka", "Mwakyusa")], dt.date(2011, 3, 14), addresses=[HOME_C], ids=["761 065 4345", "W357220468147"],
       schools=["Great Academy Ashton"]),
    _p("s", "sibling", [("Imani", "Kimaro")], dt.date(2020, 9, 5), addresses=[HOME_C], ids=["498 596 6851"]),
    _p("m", "mother", [("Neema", "Mwakyusa")], dt.date(1987, 1, 19), addresses=[HOME_C], phones=["07944 615 078"],
       ids=["PB 27 91 55 C"]),
    _p("st", "step_parent", [("Emmanuel", "Kimaro")], dt.date(1982, 11, 8), addresses=[HOME_C], phones=["07835 190 662"]),
    _p("g", "grandparent", [("Rehema", "Mwakyusa")], phones=["+255 754 318 902"]),
    _p("p1", "professional", [("Chloe", "Brierley")], phones=["0161 343 8827"], emails=["chloe.brierley@tame-valley.gov.uk"]),
], "c")

DOCS_C = [
    ("School referral to the front door", """TAME VALLEY CHILDREN'S FRONT DOOR - MULTI-AGENCY REFERRAL FORM
Referrer: [[Simon Hadfield|name]], DSL, [[Great Academy Ashton|school]]   Tel: [[0161 338 4106|phone]]   Date: [[2 Nov 2026|date]]
Child: [[MWAKYUSA, Baraka|name]]   DOB: [[14-03-2011|dob]]   Year 10   UPN: [[W357220468147|upn]]
Address: [[62 Oldham Road|address]], [[Waterloo|place]], [[Ashton-under-Lyne|place]] [[OL7 9BQ|postcode]]
Household: mother [[Neema Mwakyusa|name]] ([[07944 615 078|phone]]); stepfather [[Emmanuel Kimaro|name]]; half-sister
[[Imani Kimaro|name]] (6, [[St Peter's CE Primary|school]])
Language: Swahili and English (mother's English good, stepfather's limited)

Concern: [[Baraka|name]] came to school on Monday [[2 November|date]] with swelling to his left hand and said his stepfather hit
him with a cable on Saturday for "being disrespectful to the pastor". He has been seen at [[Ashton|place]] bus station late at
night with older boys from [[Hyde|place]] and [[Dukinfield|place]], and on [[29/10/2026|date]] he was stopped by police in
[[Stalybridge|place]] with £340 in cash. His friend [[Kacper Nowak|name]] told the head of year, Ms [[Rachel Oldham|name]], that
[[Baraka|name]] "runs bits for a lad called [[Dizzy|name]]". [[Baraka|name]] said he would rather "go back to Tanzania to my
bibi" than go home. His grandmother [[Rehema|name]] lives in [[Mbeya|place]].
Other information: [[Baraka|name]] told his tutor, Mr [[Daniel Broadbent|name]], that his mum works nights as a carer at a home in
[[Dukinfield|place]] and that he looks after [[Imani|name]] "till stepdad gets back". He has twice brought [[Imani|name]] to
[[St Peter's|school]] late. His form of address for his stepfather is "Mzee [[Kimaro|name]]". He named two older lads:
"[[Dizzy|name]]" (real name he thinks [[Desmond|name]]) and [[Kyle Rhodes|name]] from [[Gee Cross|place]]. Mother's NI (from the
free school meals form): [[PB 27 91 55 C|ni]]. Previous address: [[Flat 4, 19 Wellington Road|address]], [[Gorton|place]].
Consent: not sought from parents (risk of harm).
"""),
    ("Pastor's email to the social worker", """From: Pastor [[Joseph Mollel|name]] <[[pastor.mollel@rehobothashton.org.uk|email]]>
Date: Sat, [[7 Nov 2026|date]] 21:14
To: [[chloe.brierley@tame-valley.gov.uk|email]]
Subject: Brother [[Emmanuel|name]] and the boy

Dear Madam [[Chloe|name]],

Greetings in the name of our Lord. I am the pastor of Rehoboth Gospel Assembly which meets at the hall on [[Penny Meadow|address]].
Sister [[Neema|name]] asked me to write. Brother [[Emmanuel Kimaro|name]] is a deacon and a good man. He does not beat the
children, in our church we do not allow it. The boy [[Baraka|name]] has been troubled since he came from [[Dar es Salaam|place]],
his father [[Juma|name]] passed in 2019. He stays out late with boys from the estate. My wife [[Grace|name]] and I will take him to our
home in [[Droylsden|place]] at weekends if this helps ([[26 Greenside Lane|address]], [[M43 7QW|postcode]]).

Also Mama [[Rehema|name]] (grandmother) called me from [[Mbeya|place]] on [[+255 713 604 227|phone]] - she wants the boy sent to her. I
told her the council will decide. Her words in Swahili: "Mwambie [[Baraka|name]] bibi anampenda."

Mungu akubariki,
Pastor [[J. Mollel|name]]
[[07723 584 106|phone]]
"""),
    ("Chronology", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Baraka MWAKYUSA|name]] ([[14.03.2011|dob]]), NHS [[761 065 4345|nhs]]
Compiled by [[Chloe Brierley|name]], Tame Valley Children's Services, [[Ashton|place]] Locality Team; last updated [[30/11/2026|date]]

| Date | Event | Source |
| [[14.03.2011|dob]] | Born in [[Dar es Salaam|place]] | mother |
| 2019 | Father [[Juma Mwakyusa|name]] died in [[Moshi|place]] | mother |
| [[5 Sept 2020|date]] | Half-sister [[Imani|name]] born in [[Arusha|place]] | mother |
| [[11/01/2023|date]] | Family arrive in the UK on a family visa; live with Mr [[Kimaro|name]]'s cousin [[Godfrey Swai|name]],
[[Gorton|place]] | GP registration |
| [[20 June 2024|date]] | Move to [[62 Oldham Road|address]], [[Waterloo|place]] | housing |
| [[18/09/2025|date]] | School: fight at the bus stop on [[Stamford Street|address]]; exclusion 2 days | school |
| [[29/10/2026|date]] | Stopped by police in [[Stalybridge|place]], £340 cash, with [[Tayo Adeyemi|name]] (17) | GMP |
| [[2/11/2026|date]] | Swollen hand; says stepfather hit him with a cable | school referral |
| [[3/11/2026|date]] | Strategy discussion; s47; child protection medical at Tameside General by Dr [[Anjali Rao|name]] | CP medical |
| [[4/11/2026|date]] | Home visit, [[Chloe|name]] and [[Zuberi Mfinanga|name]] (Swahili interpreter); [[Imani|name]] seen alone | case
note |
| [[6/11/2026|date]] | [[Baraka|name]] stays two nights with [[Kacper|name]]'s family on [[Katherine Street|address]] | mother |
| [[7/11/2026|date]] | Email from Pastor [[Mollel|name]] offering weekend care in [[Droylsden|place]] | email |
| [[8/11/2026|date]] | Mr [[Kimaro|name]] interviewed under caution at [[Ashton|place]] police station; NFA, words of advice | GMP |
| [[9/11/2026|date]] | Call from grandmother [[Rehema Mwakyusa|name]], [[+255 754 318 902|phone]], via interpreter [[Zuberi|name]] |
case note |
| [[10/11/2026|date]] | NRM referral (county lines); [[Baraka|name]] missing overnight, found at [[Hattersley|place]] station | police |
| [[12/11/2026|date]] | Strategy: [[Baraka|name]] seen with [[Tayo Adeyemi|name]] and "[[Dizzy|name]]" on [[Market Street|address]],
[[Hyde|place]] | police |
| [[16/11/2026|date]] | ICPC; child protection plan (physical abuse; criminal exploitation); chair [[Margaret Lees|name]] | ICPC minutes |
| [[20/11/2026|date]] | Letter from mother (on file) | mother |
"""),
    ("Mother's own letter", """[[62 Oldham Rd|address]]
[[Ashton u Lyne|place]]
[[20-11-2026|date]]

To Miss [[Chloe|name]] the social worker,

I am [[Neema|name]] the mother of [[Baraka|name]] and [[Imani|name]]. I write because in the meeting I could not say everything, I was
crying too much. My husband [[Emmanuel|name]] he is strict but he is not a bad man. The cable, yes he did it and he is
sorry, the pastor spoke with him. In Tanzania we are raised like this but I know here it is not allowed and we will
stop.

My son is not a criminal. Since his father [[Juma|name]] died he is angry. The boys from [[Hyde|place]], one they call [[Dizzy|name]]
and one [[Kyle|name]], they give him money and trainers. I have seen the car, a grey Golf, the number is [[MX68 WFD|vehicle]].
Please tell the police.

My mother [[Rehema|name]] in [[Mbeya|place]] says send him to her. Her address is [[Mtaa wa Sokoine|address]], [[Mbeya|place]], you
can call her [[+255 754 318 902|phone]]. I don't want to lose him but I want him safe.

[[Imani|name]] is fine at school, her teacher Mrs [[Hope|name]] says she is reading well.

About the pastor's offer: [[Droylsden|place]] is far for school, and Pastor [[Joseph|name]] has five children of his own. My friend
[[Halima Said|name]] from church, she lives near on [[Park Parade|address]], she says [[Baraka|name]] can come to her after school
until I finish work. Her phone is [[07306 842 117|phone]]. Her son [[Juma|name]] (same name as my late husband) is at
[[Great Academy|school]] with [[Baraka|name]] and is a good boy.

Thank you,
[[Neema Mwakyusa|name]]
[[07944 615 078|phone]]
"""),
]


# --- D. Kenyon / Entwistle family (white British), Stubbins, Ramsbottom ------------------------------------------------------

HOME_D = d.Address("5 Bolton Road North", "Stubbins", "Ramsbottom", "BL0 0NA")
MUM_D = d.Address("14 Market Street", "", "Tottington", "BL8 3LL")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Kenyon")], dt.date(2015, 6, 1), addresses=[HOME_D], ids=["697 473 5634", "J351278118316"],
       schools=["Peel Brow Primary School"]),
    _p("s", "sibling", [("Isla", "Kenyon")], dt.date(2023, 1, 17), addresses=[HOME_D], ids=["457 121 3840"]),
    _p("f", "father", [("Gary", "Kenyon")], dt.date(1984, 9, 9), addresses=[HOME_D], phones=["07581 662 340"]),
    _p("m", "mother", [("Danielle", "Entwistle")], dt.date(1990, 4, 4), addresses=[MUM_D], phones=["07939 205 817"]),
    _p("g", "grandparent", [("Pat", "Kenyon")], dt.date(1958, 2, 28)),
    _p("p1", "professional", [("Owen", "Haworth")], phones=["0161 764 3319"], emails=["owen.haworth@irwell-vale.gov.uk"]),
], "c")

DOCS_D = [
    ("Strategy discussion minutes", """IRWELL VALE CHILDREN'S SERVICES - STRATEGY DISCUSSION (s47)
Date/time: Wednesday [[11th November 2026|date]], 14:00, by Teams     Chair: [[Karen Duckworth|name]], Team Manager, [[Bury|place]] North
Child: [[KENYON, Alfie|name]] (DOB [[01/06/2015|dob]]), [[KENYON, Isla|name]] (DOB [[17/01/2023|dob]])
Address: [[5 Bolton Road North|address]], [[Stubbins|place]], [[Ramsbottom|place]], [[BL0 0NA|postcode]]
Attendees: [[Owen Haworth|name]] (SW); DS [[Claire Lomax|name]] (GMP [[Bury|place]] PVP); [[Helen Mather|name]] (school nurse);
Mrs [[Amy Pickup|name]] (Head, [[Peel Brow|school]]); Dr [[Sarah Whitehead|name]] (named GP, Ramsbottom Health Centre)

Information: on [[10/11|date]] [[Alfie|name]] told his teacher, Mr [[Jack Holden|name]], that his dad had been "drunk again and fell
on [[Isla|name]]" on Sunday night and that he had rung his nana [[Pat|name]] in [[Summerseat|place]] to come. Mrs [[Pat
Kenyon|name]] (DOB [[28.2.1958|dob]]) confirmed to the school that she found Mr [[Gary Kenyon|name]] asleep on the kitchen floor and
[[Isla|name]] with a bump on her forehead. Mother [[Danielle Entwistle|name]] lives in [[Tottington|place]] ([[14 Market Street|address]],
[[BL8 3LL|postcode]]); she left in 2024 and sees the children on Saturdays.
Police: Mr [[Kenyon|name]] was arrested for drink driving on [[Bridge Street|address]], [[Ramsbottom|place]] on [[2 March 2025|date]]
(silver Vauxhall Insignia [[YG15 PUX|vehicle]]); one DA call-out from Ms [[Entwistle|name]] in 2023.
Mother: Ms [[Entwistle|name]] ([[07939 205 817|phone]]) rang the MASH on [[11 Nov|date]] and said [[Gary|name]] "has been drinking since
his dad died in [[Holcombe Brook|place]] last spring". She lives with [[Wayne Aspin|name]]; the school has no concerns about
him. [[Alfie|name]]'s best friend's mum, [[Sophie Ramsden|name]], told the school [[Alfie|name]] has slept at theirs on
[[Carr Street|address]] three times this month "because his dad's poorly". School nurse [[Helen|name]] said [[Isla|name]] is not
registered with a nursery; she was on the list at [[Little Acorns|school]], [[Edenfield|place]], but never started.
Decision: s47 (single agency, children's services), joint visit with the school nurse; [[Alfie|name]] and [[Isla|name]] to stay
with Mrs [[Kenyon|name]] senior in [[Summerseat|place]] tonight by agreement.
"""),
    ("Grandmother's handwritten note, scanned and OCR'd", """[Scanned from a handwritten note on lined paper, handed to
[[O. Haworth|name]] at the home visit on [[12/11/2026|date]]; OCR text
below, errors of the scan left in and marked [sic] where the word is unclear]

[[Summerseat|place]]  Thurs [[l2th Nov|date]]

To Mr [[Haworth|name]],

I am [[Gary|name]]'s mum. You asked me to write down what happend on Sunday. [[Alfie|name]] rang me at
ten past nine at night on my landline ([[0161 761 4402|phone]]) crying, he said Dad is on the floor and [[Isla|name]]
has banged her head. I got a taxi from [[Summer-
seat|place]] - I dont drive since my hip. When I got there [[Gary|name]] was snoring on the kitchen lino and
there was a bottle of vodka by the bin. Little [[Isla|name]] had a egg on her forehead but was laughing. [[Alfie|name]] had
put her in her cot and give her a bottle which is more than any boy of 1l should do.

[[Gary|name]] has not been right since [[Danni|name]] left. He is a good dad when he is sober. I will have the
children as long as needed but I am 68 and I have angina, my neighbour [[Maureen Brandwood|name]] at [[no 7|address]] helps me.
[[Danni|name]]'s new fella [[Wayne|name]] in [[Tottington|place]] is no better so please dont send them there.

My address is [[3 Kay Brow|address]], [[Summerseat|place]], [[BL9 5NX|postcode]] [sic - [[BL0|postcode]]?]

Yours faithfully
[[Patricia Kenyon|name]] (Mrs)

P.S. [[Alfie|name]]'s teacher Mr [[Holden|name]] and Mrs [[Pickup|name]] have been very good. [[Isla|name]]'s
clothes are at [[Danni|name]]'s mothers, Mrs [[Entwistle|name]] on [[Kirklees Street|address]], [[Tottington|place]].
"""),
    ("Police public protection notice", """GREATER MANCHESTER POLICE - PUBLIC PROTECTION NOTIFICATION (PPN) - CHILD CONCERN
PPN ref: PPN/26/BY/031177    Incident: 26/BY/14-11-2026-0233    Date of incident: [[14/11/2026|date]] 22:40
Officer: PC 9021 [[LEIGH, Jordan|name]], [[Bury|place]] District, Neighbourhood Team [[Ramsbottom|place]]

Subject child 1: [[Alfie KENYON|name]]   DOB: [[01/06/2015|dob]]   Gender: M
Subject child 2: [[Isla KENYON|name]]    DOB: [[17/01/2023|dob]]   Gender: F
Location of incident: [[Bolton Rd North|address]], [[Stubbins|place]], [[BL0 0NA|postcode]], outside the Corner Pin pub
Involved adult: [[Gary KENYON|name]] (father) DOB [[09/09/1984|dob]], tel [[07581 662 340|phone]]
Other: [[Danielle ENTWISTLE|name]] (mother) [[07939 205 817|phone]]; [[Wayne ASPIN|name]] (mother's partner), [[Tottington|place]]

Circumstances: call from a member of the public, [[Bilal Hussain|name]] (taxi driver, [[07846 713 092|phone]]), that a man was
shouting at a woman in a car outside the pub with a child crying in the back. On arrival Ms [[Entwistle|name]] was in her car (red
Kia Picanto [[PN21 OXG|vehicle]]) with [[Alfie|name]] in the back; she had collected the children from Mrs [[Kenyon|name]]'s without
telling her. Mr [[Kenyon|name]] had followed on foot from the pub and was shouting "you're not taking them to [[Wayne|name]]'s". No
assault. [[Isla|name]] was still at her grandmother's in [[Summerseat|place]]. Words of advice. [[Alfie|name]] returned to Mrs
[[Kenyon|name]] at [[3 Kay Brow|address]] by officers at 23:30.
Risk: MEDIUM. Shared with Irwell Vale MASH and [[Peel Brow Primary|school]].
"""),
    ("Social worker's notes typed fast on a phone", """notes [[16/11|date]] [[ramsbottom|place]] - typed on phone in car, tidy later (OH)

- [[pat|name]] v tired, says cant do another week, hip bad. kids fine. [[isla|name]] bump gone
- [[alfie|name]] quiet, asked if dads in trouble. wants to go to footy sat at [[peel brow|school]] field w/ [[harvey|name]] + [[mason|name]]
- rang [[gary|name]] 11.15 [[07581 662 340|phone]] - says hes booked in at Achieve Bury tues. has not drunk since sat
- [[danni|name]] rang back, wants kids at hers in [[totty|place]] w [[wayne|name]]. told her no decision yet. shes angry, said shell go
to solicitor (one in [[bury|place]]?)
- neighbour of [[pat|name]], [[maureen|name]] at [[no 7|address]], can do school run weds+thurs. her number [[07480 316 559|phone]]
- ring [[Karen D|name]] re FGC, ask dr [[whitehead|name]] re [[gary|name]]'s bloods
- [[isla|name]] nursery - [[little acorns|school]] cant take til jan. ask [[pat|name]]'s friend [[jean|name]] (childminder,
[[peel brow|address]]) ?
- [[alfie|name]] said [[wayne|name]] has a motorbike + took him to [[holcombe|place]] on it no helmet (!!) - tell [[danni|name]]
- PC [[leigh|name]] emailed PPN, [[danni|name]] collected kids sat night w/o telling [[pat|name]]. [[gary|name]] followed from pub
- next visit thurs [[19th|date]]
"""),
]


# --- E. Bardsley family (white British), Ridge Hill estate, Stalybridge ------------------------------------------------------

HOME_E = d.Address("23 Ridge Hill Lane", "Ridge Hill", "Stalybridge", "SK15 1BP")
GRAN_E = d.Address("9 Stamford Road", "", "Mossley", "OL5 0BE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Lacey-Mae", "Bardsley")], dt.date(2012, 5, 16), addresses=[HOME_E], ids=["491 204 2846", "Q357227376687"],
       schools=["Copley Academy"]),
    _p("s", "sibling", [("Harley", "Bardsley")], dt.date(2016, 10, 2), addresses=[HOME_E], ids=["549 585 5701"]),
    _p("m", "mother", [("Jodie", "Bardsley")], dt.date(1991, 8, 25), addresses=[HOME_E], phones=["07951 448 273"],
       ids=["NE 35 60 12 D"]),
    _p("g", "grandparent", [("Terry", "Bardsley")], dt.date(1963, 1, 7), addresses=[GRAN_E], phones=["0161 303 7719"]),
    _p("p1", "professional", [("Megan", "Swindells")], phones=["0161 330 6128"], emails=["megan.swindells@tame-valley.gov.uk"]),
], "c")

DOCS_E = [
    ("Return home interview", """RETURN HOME INTERVIEW (missing from home)
Young person: [[Lacey-Mae BARDSLEY|name]]   DOB: [[16/05/2012|dob]]   NHS: [[491 204 2846|nhs]]
Missing episode: from 19:30 on Friday [[20 Nov 2026|date]] to 02:15 on Sat [[21/11/2026|date]] (reported by mother, [[Jodie|name]])
Interview by: [[Megan Swindells|name]], Missing from Home worker, Tame Valley Youth Service, on [[23.11.26|date]] at
[[Copley Academy|school]] ([[Lacey|name]]'s choice of place)

Where she went: got the 343 bus from [[Stalybridge|place]] to [[Ashton|place]], met a lad called "[[Kai|name]]" (she thinks 19) and his
mate [[Jaden|name]] at the bus station, then went in [[Kai|name]]'s car (white Mercedes, she knew part of the reg: "[[RV70|vehicle]]
something") to a flat above a takeaway in [[Openshaw|place]]. There were other girls there, one called [[Precious|name]] from
[[Denton|place]]. She was given vodka and "a bit of a vape". Police found her walking on [[Ashton Old Road|address]] at 01:50.

Her words: "[[Kai|name]] is my boyfriend, he buys me stuff, he's not like them." She said her mum "doesn't care, she's always at
[[Lee|name]]'s" ([[Lee Pownall|name]], mum's partner, who lives in [[Dukinfield|place]]). She wants to live with her grandad,
[[Terry|name]], in [[Mossley|place]]. She was upset that her phone was taken by police.
Her brother [[Harley|name]] (10) was at home alone until 22:00, when a neighbour, [[Bev Hollingworth|name]]
([[21 Ridge Hill Lane|address]]),
took him in.
Other adults named: [[Jaden|name]] (surname not known); "[[Kai|name]]"'s "auntie" [[Trish|name]], who opened the flat door; a
taxi driver from [[Hyde|place]] who took [[Lacey|name]] and [[Precious|name]] to the shop. [[Lacey|name]]'s best friend is
[[Skye|name]] (14), of
[[Stalybridge|place]]. [[Jodie|name]] (NI [[NE 35 60 12 D|ni]], [[07951 448 273|phone]]) told the police she "didn't know where
she was going" and that [[Lacey|name]] "has a key to her grandad's on [[Stamford Road|address]]".
Actions: CE screening tool completed (significant); share with GMP Tameside Complex Safeguarding Team; MACE panel [[3 December|date]].
"""),
    ("Girl's diary page photographed", """[Photo of a page from [[Lacey-Mae|name]]'s diary, given to [[Megan|name]] by [[Lacey|name]]
on [[30/11/2026|date]] and typed up with her
agreement; hearts and drawings left out; her spelling kept]

sun [[29th nov|date]]

mum says im grounded 4 ever lol. [[harley|name]] keeps coming in my room crying cos hes scared of [[lee|name]]. i told him go to grandads.
[[kai|name]] messaged on insta from a new account, he says the police r lying and his real name isnt even [[Kai|name]] its
[[Kyron|name]]. he said he'll pick me up from [[copley|school]] on tues. i dont know if i want to. [[Precious|name]] says hes got a
girlfriend in [[Gorton|place]] anyway.

[[megan|name]] is ok. she said i can ring her [[07415 907 621|phone]] any time even at weekend (not at weekend!!)

mon [[30th|date]]
[[megan|name]] came 2 school. told her about [[kyron|name]]s car and the flat in [[openshaw|place]] above the chicken shop on
[[ashton old rd|address]]. [[jaden|name]] lives in [[droylsden|place]] i think near the tram. [[skye|name]] says his nan is on
[[market st|address]] in [[hyde|place]]. mum and [[lee|name]] had a massive row. [[lee|name]] said hes going back to his mums in
[[dukinfield|place]].
grandad [[terry|name]] rang and said he'll get me from school weds. [[ellie-rae|name]]s mum ([[Kelly|name]]) said i can stay there fri
if mum says yes. her house is [[14 Ridge Hill Lane|address]] so near.

things i want
1. live at grandads in [[mossley|place]] (he said yes!!)
2. [[harley|name]] to come 2
3. my phone back
4. see [[Ellie-Rae|name]] and [[Skye|name]] from [[Ridge Hill|place]] at the park
"""),
    ("Core group minutes", """CORE GROUP MEETING - [[Lacey-Mae|name]] and [[Harley BARDSLEY|name]]
Date: [[08/12/2026|date]]   Place: Stalybridge Civic Hall, small meeting room 2
Present: [[Jodie Bardsley|name]] (mum); [[Terry Bardsley|name]] (grandad); [[Megan Swindells|name]] (MfH worker);
[[Ryan Ogden|name]] (SW, lead professional); Mrs [[Nicola Garside|name]] (DSL, [[Copley Academy|school]]); Mr [[Kwame Asante|name]]
(class teacher, [[Arlies
Primary|school]]); PC [[Shaw|name]] (Complex Safeguarding)
Apologies: [[Lee Pownall|name]] (not invited after the first meeting)

1. Update from mum: [[Jodie|name]] said [[Lacey|name]] has been home every night since [[1 December|date]]. [[Lee|name]] has moved back to
his mum's in [[Dukinfield|place]] "for now". Mum said she will change the locks.
2. Police: PC [[Shaw|name]] said the man known as "[[Kai|name]]" is [[Kyron BELL|name]], 20, of [[Openshaw|place]]; a Child Abduction
Warning Notice was served on [[4/12/2026|date]]. The white Mercedes ([[RV70 KHJ|vehicle]]) is registered to his sister.
3. School: [[Lacey|name]] attending 96% since the plan; she wants to do Year 10 work experience at a nursery in [[Hyde|place]].
[[Harley|name]] is "calmer" per Mr [[Asante|name]].
4. Grandad: Mr [[Bardsley|name]] offered for both children to stay at [[9 Stamford Road|address]], [[Mossley|place]] [[OL5 0BE|postcode]]
at weekends; landline [[0161 303 7719|phone]]. Agreed, with a viability check.
5. [[Lacey|name]]'s view (read out by [[Megan|name]]): "I want [[Kyron|name]] to leave me alone now. I want to go to [[Mossley|place]]
at weekends and take [[Harley|name]]. I want mum to stop seeing [[Lee|name]]." [[Harley|name]]'s view: he wants "his own room at
grandad's" and to keep going to football at [[Millbrook|place]] on Sundays with his mate [[Alfie-Jay|name]].
6. Health: school nurse [[Bernadette Kenny|name]] has offered [[Lacey|name]] a sexual health appointment at The Hub, [[Ashton|place]],
and a referral to Healthy Young Minds; [[Lacey|name]] said she'd think about it.
Next core group: [[12 January 2027|date]].
"""),
    ("Youth worker's voice note transcribed", """Voice note left by [[Megan Swindells|name]] on the team's duty phone, Sunday
[[13/12/2026|date]] 18:42, transcribed by duty
admin ([[Kerry|name]]) on Monday morning. Fillers left out.

"Hi, it's [[Megan|name]] from the youth service, this is about [[Lacey-Mae Bardsley|name]], [[Ridge Hill|place]]. Just to let the
duty worker know, [[Lacey|name]] rang me about half five from her grandad's in [[Mossley|place]], she's safe, but she said
[[Kyron|name]] has been messaging her friend [[Skye|name]], [[Skye Lomas|name]], she's fourteen as well, she lives on
[[Chapel Street|address]] in [[Stalybridge|place]], and he's said he'll be outside Tesco on [[Wakefield Road|address]] at eight. I've
rung 101, the log is 2712, and I've rung [[Skye|name]]'s mum, [[Carly|name]], on [[07737 290 485|phone]] but no answer. Can
someone ring [[Ryan|name]] or the out of hours, I'm on [[07415 907 621|phone]]. Thanks, bye."
"""),
]


# --- F. Nuttall / Greenhalgh family (white British), Darnhill, Heywood --------------------------------------------------------

HOME_F = d.Address("Flat 6, Ashfield House, Argyle Parade", "Darnhill", "Heywood", "OL10 3RY")
DAD_F = d.Address("31 Kirkway", "Alkrington", "Middleton", "M24 1LN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Oakley", "Nuttall")], dt.date(2026, 7, 20), addresses=[HOME_F], ids=["733 020 2428"]),
    _p("m", "mother", [("Stacey", "Nuttall")], dt.date(2006, 2, 11), addresses=[HOME_F], phones=["07828 066 134"],
       ids=["TH 81 44 07 A"]),
    _p("f", "father", [("Brandon", "Greenhalgh")], dt.date(2004, 12, 19), addresses=[DAD_F], phones=["07592 114 378"]),
    _p("g", "other", [("Louise", "Ormerod")], phones=["01706 369 552"]),
    _p("p1", "professional", [("Hannah", "Chadwick")], phones=["01706 643 218"], emails=["hannah.chadwick@roch-vale.gov.uk"]),
], "c")

DOCS_F = [
    ("GP safeguarding letter", """Argyle Street Medical Centre
[[Heywood|place]]

[[1st December 2026|date]]

Dear Ms [[Chadwick|name]],

Re: [[Oakley NUTTALL|name]]  DOB [[20/07/2026|dob]]  NHS No. [[733 020 2428|nhs]]
Mother: [[Stacey NUTTALL|name]]  DOB [[11/02/2006|dob]]
Address: [[Flat 6, Ashfield House, Argyle Parade|address]], [[Darnhill|place]], [[Heywood|place]] [[OL10 3RY|postcode]]

Father: [[Brandon Greenhalgh|name]] (DOB [[19/12/2004|dob]]), [[31 Kirkway|address]], [[Alkrington|place]], [[Middleton|place]]
[[M24 1LN|postcode]], tel [[07592 114 378|phone]]; not registered with us.

I saw [[Oakley|name]] with his mother on [[27 November|date]] for his 12-week immunisations, which were five weeks late. He
weighed 5.1 kg, which has dropped from the 50th to the 9th centile since the 8-week check at Heywood Health Centre. He had a
small bruise on his left cheek which [[Stacey|name]] said was from "his dummy clip". Bruising in a non-mobile baby needs a
child protection medical and I have referred him to the paediatric team at Royal Oldham Hospital today.

[[Stacey|name]] is 20 and a care leaver; her personal adviser is [[Louise Ormerod|name]] ([[01706 369 552|phone]]). She told me
[[Oakley|name]]'s father, [[Brandon Greenhalgh|name]], "is back on the scene" and stays over from [[Middleton|place]]. I am
concerned about her mood (PHQ-9: 17).

Her health visitor, [[Tasha Lord|name]], has also raised the weight loss; the midwife at discharge from Royal Oldham was
[[Kate Winterbottom|name]]. [[Stacey|name]]'s NI (on the benefits letter she showed me) is [[TH 81 44 07 A|ni]]. I will see
[[Oakley|name]] again on [[11/12/2026|date]].

Yours sincerely

Dr [[Priya Venkatesh|name]]
GP Partner and Safeguarding Lead
"""),
    ("Voicemails from the mother typed up", """Voicemails left by [[Stacey Nuttall|name]] ([[07828 066 134|phone]]) on
[[Hannah Chadwick|name]]'s work phone, typed up by
[[H Chadwick|name]] on [[03/12/2026|date]].

1) Wed [[2 Dec|date]], 08:17: "It's [[Stacey|name]]. I'm not going to no hospital with him, he's fine, the doctor's chatting
shit. [[Brandon|name]]'s mum said all babies bruise. Ring me."
2) Wed [[2 Dec|date]], 11:02: "Sorry about before. [[Louise|name]] said I should go. Can [[Bran|name]] come with me? He's at his mum's in
[[Alkrington|place]]. Her number is [[07871 553 906|phone]], she's called [[Jackie|name]]."
3) Wed [[2 Dec|date]], 23:48 (crying): "I can't do this. [[Oakley|name]] won't stop. The lady upstairs, [[Agnieszka|name]], is banging
on the
floor. I've rung me nan in [[Bamford|place]] but she's not answering. I'm scared I'll hurt him."
4) Thu [[3 Dec|date]], 09:40: "Me nan [[Irene|name]] says I can stop at hers on [[Bamford Rd|address]] with [[Oakley|name]]. Is that
alright? [[Bran|name]] says he'll pay for the taxi. Ring me on this number or [[Demi|name]]'s, [[07562 913 408|phone]]."
5) Thu [[3 Dec|date]], 12:12: "It's [[Demi|name]], [[Stacey|name]]'s mate, she's at the hospital with [[Oakley|name]], ward F6 at
[[Oldham|place]],
her phone's dead. They said the bruise is from his dummy clip maybe. [[Brandon|name]]'s here, he's kicking off."
Action taken [[03/12|date]] 08:30: rang EDT log - they sent police for a welfare check at 00:20; [[Oakley|name]] safe, [[Stacey|name]]'s nan
[[Irene Nuttall|name]] came at 01:00.
"""),
    ("Housing officer's email", """From: [[Dean Fitton|name]] <[[dean.fitton@rochvalehomes.org.uk|email]]>
Sent: [[4 December 2026|date]] 10:26
To: [[Hannah Chadwick|name]]
Subject: [[Ashfield House|address]] flat 6 - [[S Nuttall|name]]

Hi [[Hannah|name]],

Following our call. The tenancy at [[flat 6|address]] is in [[Stacey|name]]'s sole name (care leaver priority, started
[[14/03/2025|date]]). Rent arrears £612. We have had three noise reports since October from [[Flat 9|address]] (above). Our
neighbourhood officer [[Sam Whitehead|name]] visited on [[19 Nov|date]]: no answer, a man's voice inside. CCTV at the block entrance
shows a male (we think [[Brandon Greenhalgh|name]]) coming and going most nights with a grey Seat Leon [[MK17 YDA|vehicle]].

[[Stacey|name]] has asked to move nearer her nan on [[Bamford Road|address]]. We can look at the [[Hopwood|place]] or [[Bamford|place]]
lists but not before the arrears are on a plan.

Before she moved in, [[Stacey|name]] was in supported lodgings with Mrs [[Pamela Ogden|name]] on [[Rochdale Road|address]],
[[Heywood|place]],
and before that at [[Sunnybank Road|address]] in [[Bury|place]]. The flat was let furnished through the care leavers' scheme; the
cot came from the baby bank at [[Darnhill|place]] community centre. My manager is [[Andrea Healey|name]] ([[0161 762 9914|phone]]).

Regards, [[Dean|name]]
Tenancy Sustainment Officer
"""),
    ("Family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN for [[Oakley Nuttall|name]] (born [[20.7.2026|dob]])
Held: [[10 December 2026|date]], Heywood Civic Centre. Coordinator: [[Fiona Mills|name]] (independent)

Family and friends at the meeting: [[Stacey|name]] (mum); [[Irene Nuttall|name]] (great-nan, [[Bamford|place]]); [[Brandon|name]] (dad);
[[Jackie Greenhalgh|name]] (paternal nan, [[Alkrington|place]], [[Middleton|place]]); [[Stacey|name]]'s friend [[Demi Cropper|name]];
[[Louise Ormerod|name]] (personal adviser, for the information part only).

Our plan:
1. [[Oakley|name]] and [[Stacey|name]] stay with great-nan [[Irene|name]] at [[47 Bamford
Road|address]], [[Heywood|place]], [[OL10 4QA|postcode]] from tonight until the review on [[21 January 2027|date]].
2. [[Brandon|name]] sees [[Oakley|name]] at his mum's house ([[31 Kirkway|address]], [[M24 1LN|postcode]]) on Saturdays, with
[[Jackie|name]]
there. He will not stay overnight at [[Darnhill|place]].
3. [[Demi|name]] will take [[Stacey|name]] to the baby clinic at Heywood Health Centre on Tuesdays and to the Sure Start group.
4. [[Stacey|name]] will see her GP, Dr [[Venkatesh|name]], about her mood, and ring the perinatal team.
5. If [[Irene|name]] is poorly, [[Jackie|name]] will have [[Oakley|name]]; her mobile [[07871 553 906|phone]].
Agreed by: [[S. Nuttall|name]], [[B. Greenhalgh|name]], [[I. Nuttall|name]], [[J. Greenhalgh|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 71 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:30 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "brother", "pastor", "deacon", "imam", "mzee",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma",
           "grandad", "grandpa", "great-nan", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "madam", "mama",
           "baba", "bibi", "babu", "shangazi", "dada", "kaka", "тётя", "дядя", "бибиҷон", "бибӣ", "папа", "мама", "апа", "ака"}
_AFTER = {"senior", "junior", "jon", "ҷон", "ака"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "greater manchester",
               "lancashire", "cheshire", "the north west", "north west", "tameside", "rochdale borough", "bury borough",
               "tajikistan", "sughd", "russia", "uzbekistan", "tanzania", "kilimanjaro", "mbeya region", "east africa",
               "africa", "europe", "central asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor Joseph
# Mollel", "Mama Rehema", "Mzee Kimaro", "тётя Гулнора", "дядя Бехруз", "great-nan Irene"; and after one: "Kenyon senior", "Саид ака") and
# counties, regions and countries ("Tameside", "Tajikistan", "Sughd", "Tanzania").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
