"""Set 82: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set83.py to bench/redaction_set85.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; the
middle of set 21's documents scrolled past unread, cut from the screen), the docstrings of bench/redaction_set7.py to
bench/redaction_set81.py, printed with ast and searched only for Bristol and South Gloucestershire place names and for
community names (to choose homes and communities no earlier set used), the list of helper functions in
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Bristol and South Gloucestershire, each from a district or town no earlier set used as a family's home
(earlier sets used Hartcliffe, Withywood, Easton and Kingswood only as other places or in other counties): two from
communities no earlier set used, a Nevisian family (from Nevis, in the Federation of St Kitts and Nevis) in Lockleaze
(Liburd / Huggins; a boy of 9 minding a baby at night while his mother works, a mother's partner who shouts, a grandmother
gone home to Charlestown who writes in her own words, a Seventh-day Adventist church in St Pauls that offers help, a great-
aunt in Easton, a step down to Early Help) and a Zanzibari family in Lawrence Weston (Said / Mohamed; a girl of 13 whose
father in Stone Town plans to marry her to a man of 24 in Mombasa, voice notes in Swahili, a grandmother in Mkokotoni who
writes against it and signs in Arabic script, an aunt who takes the girl in, a forced marriage protection order); and four
white British families: in Patchway (Tovey / Baber; domestic abuse, a father's bail breach, a belt used on a boy, a nan in
Little Stoke, a father's letter from remand with OCR errors), in Yate (Haskins / Cottle; a girl of 6 found at dawn on a
railway footbridge while her mother slept on bought pregabalin, a brother of 14 drawn into drug running from Kingswood and
Staple Hill, a nan in Chipping Sodbury, a family group conference), in Southmead (Rudd / Pople; a girl of 15 sexually
exploited through a flat in Brentry and a man who drives, missing episodes, a return home interview, a MACE panel) and in
Knowle West (Kingscott / Amesbury; a boy of 16 on a referral order for a robbery, knife carrying, a father in prison, a nan
in hospital). 24 documents; about half plain professional recording (a primary school's referral, a strategy discussion's
minutes, a chronology, an initial child protection conference report, a social worker's case note, a youth justice
assessment, a child in need review, a forced marriage protection order statement, core group minutes, a health visitor's
EMIS entries, a MACE panel's minutes, a referral order panel report) and the rest other writing a case file holds: a
grandmother's own letter from Nevis, a church pastor's email of support, WhatsApp voice notes transcribed and translated
from Swahili, a grandmother's Swahili letter with an Arabic-script signature, a police officer's body-worn video notes, a
father's letter from remand scanned and OCR'd with the errors kept ("Kenz1e", "Ja5on", "be1t"), a teenager's Snapchat
messages typed up by his nan, a family group conference plan written by the family, text messages between a mother and the
social worker, a return home interview form, a youth worker's notes typed fast on a phone after a detached session, and a
hospital discharge phone note with a nan's own note on the back of a menu.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (St Kitts and Nevis, Tanzania, Oman, Poland); NHS numbers and UPNs (the LA numbers
for Bristol, 801, and South Gloucestershire, 803) pass their check digits; NI numbers have a valid format. Towns, districts,
estates, villages, real schools and colleges, real charities, NHS bodies, hospitals, police forces and stations, prisons,
courts, councils, clubs, shops, brands, apps and laws are real or realistic and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, DI, Nan, Nanny, Uncle, Auntie, Pastor, Sister and Brother as church titles, Sheikh, Ustadh, shangazi) stay
outside the name span; a possessive 's and a bare s in texting ("[[autumn]]s", "[[jordy]]s", "[[Mason]]s") stay outside;
"SURNAME, First" is one span ("LIBURD, Kadeem", "ASHMAN, Dean Michael", "Haskins, Poppy"); an initial with a surname and a
first name with an initial are one span ("B Cottle", "riley k", "Pat A"); initials alone ("T", "V") are not marked; a
collar number after a name stays outside ("S. WILTSHIRE" 4471); a name or place broken by a line break is one span;
usernames ("kaiboi.bs15", "masonc_12") are not marked; a street without a number is an address, and so is a neighbour's bare
house number ("no. 16") and an address abroad ("Hamilton Estate", Gingerland; "House 4, Mtaa wa Malindi", Stone Town);
towns, districts and estates are places, at home or abroad, in lower case and in local short forms ("law west" for
Lawrence Weston, "bedmo" for Bedminster, "Weston" for Weston-super-Mare, "Dar" for Dar es Salaam, "cribbs"); countries,
counties, regions and islands that are not towns are not marked ("Somerset", "South Gloucestershire", "Nevis", "West
Indies", "Zanzibar", "Unguja", "England"); organisations are not marked even when they hold a town's or a person's name
("Bristol City Council", "Patchway Medical Centre", "Southmead Hospital", "Bristol Royal Infirmary", "HMP Bristol", "Bristol
Youth Court", "Yate Library", "Easton Jamia Masjid", "Merlin Housing", "Bradshaw airport", "Hengrove Leisure Centre"), while
a service or team named by its town in lower-case words marks the town ("[[Lockleaze]] neighbourhood team", "[[Yate]] and
[[Sodbury]] team", "[[Lockleaze]] surgery", "Brook, [[Bristol]]", "MACE PANEL - [[BRISTOL]] NORTH"); a school's name and its
short form are a school ("Brightstowe", "Orchard", "Coniston", "The Bridge", "Little Acorns"); a date of birth is dob, any
other calendar date with a day is a date (a weekday before it stays outside), and a bare day ("the 6th", "the 23rd", "8", "9")
is a date; months and years alone are not marked ("March 2025", "January 2027"); pets' names (the dogs Tyson, Bruno and Luna)
are not names though Tyson is also a person's surname here ("Myrtle Tyson"); parks and landmarks stay unmarked ("Hengrove
Park", "Aztec West business park"); a surname that is also a word, a town or a county is a name when it is a person ("Sam
Wiltshire", "Dr Hannah Yate", "Joy Rose", "Carys Hope", "Keith Summers", "miss bishop"), and a first name that is a word
("Summer", "Autumn", "Precious", "Brooklyn") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name in Arabic
script ("مواناجوما سعيد") is a name, like set 21's Urdu; OCR errors inside a name ("Kenz1e", "Ja5on") are still the name;
a nickname ("Pops", "mase", "Jordy", "Tommy", "Bren", "nas", "Dex", "Deano", "Pav") is a name; a part registration a child
remembers ("WX") is not a vehicle, and a car's make and colour ("blue corsa", "grey Octavia") are not marked; Cribbs
Causeway is a place (a locality) wherever it appears, and the Dings a district; a football club's name and nickname ("the
Rovers", "the Gas") are organisations; a police station named by its street or town is an organisation; a court, prisoner
or log reference is not marked; a shop named by a chain ("Tesco", "londis") is not marked, but the street it is on is an
address.

Self-check without the detector: `python -m bench.redaction_set82` (and tests/test_redaction_set82.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and
counties, regions, islands and countries, and prints the number of documents and gold spans per kind: 24 documents,
913 gold spans, 515 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Liburd / Huggins family (Nevisian), Lockleaze, Bristol ----------------------------------------------------------

HOME_A = d.Address("14 Gainsborough Square", "Lockleaze", "Bristol", "BS7 9XA")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kadeem", "Liburd")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["0830166130", "U801715167665"],
       schools=["Stoke Park Primary School"]),
    _p("m", "mother", [("Shernelle", "Liburd")], dt.date(1990, 8, 2), addresses=[HOME_A], phones=["07723 418 906"]),
    _p("g", "grandparent", [("Albertha", "Huggins")], dt.date(1958, 1, 30), phones=["+1 869 469 2754"]),
], "c")

DOCS_A = [
    ("primary school safeguarding referral", """[[STOKE PARK PRIMARY SCHOOL|school]] - REQUEST FOR SERVICES (FIRST RESPONSE,
[[BRISTOL|place]])
Child: [[LIBURD, Kadeem|name]]   DOB: [[09/04/2017|dob]]   Year 4   UPN [[U801715167665|upn]]   NHS [[083 016 6130|nhs]]
Address: [[14 Gainsborough Square|address]], [[Lockleaze|place]], [[Bristol|place]] [[BS7 9XA|postcode]]
Parent: Ms [[Shernelle Liburd|name]], mobile [[07723 418 906|phone]]
Referrer: Mrs [[Paula Dando|name]], DSL, [[0117 950 3318|phone]]

Reason for referral: on Tuesday [[3 November 2026|date]] [[Kadeem|name]] arrived at 9.40 with no coat, said he had
"minded the baby" ([[Tiana|name]], 14 months) while Mum was "at the night job" in [[Avonmouth|place]]. He told his teacher,
Mr [[Lewis Bright|name]], that Mum's friend "[[Dex|name]]" stays over and "shouts at the telly and at Mum". On
[[5/11|date]] he fell asleep in assembly. His attendance this term is 81%.
Mum came in on the [[6th|date]] and was upset: her mother, Mrs [[Albertha Huggins|name]], went home to [[Charlestown|place]]
in October and "there's nobody now". She gave Nan's number, [[+1 869 469 2754|phone]], and asked that we did not "call the
social". We explained we had to. The family attend the Seventh-day Adventist church in [[St Pauls|place]]; the youth leader,
Brother [[Clement Browne|name]], has offered lifts. Neighbour at no. [[16|address]], Mrs [[Joy Rose|name]], sometimes has the baby.
Previous involvement: Early Help in 2023 ([[Kadeem|name]]'s sleep and anger, worker [[Precious Ndlovu|name]]); a police
call on [[31/12/2025|date]] to a party at the flat, no crime. [[Tiana|name]]'s father is [[Dexter Hanley|name]] (dob
[[14/02/1994|dob]]), address unknown, thought to stay with his mother on [[Mina Road|address]], [[St Werburghs|place]].
Health: [[Kadeem|name]] has eczema; GP Dr [[Ruth Amoah|name]], [[Lockleaze|place]] surgery; [[Tiana|name]]'s HV is [[Grace Okafor|name]]
([[07519 746 230|phone]]). Siblings in Nevis: none. [[Kadeem|name]]'s father, [[Jermaine Liburd|name]], lives in
[[Basseterre|place]] and rings on birthdays ([[9th April|date]]).
"""),
    ("a grandmother's own letter from Nevis, handed in by the mother", """[[Hamilton Estate|address]], [[Gingerland|place]]
Nevis, West Indies
[[12th November 2026|date]]

To the Social Worker in Bristol for my grandson [[Kadeem|name]] and baby [[Tiana|name]],

Good day. My name is [[Albertha Huggins|name]] and I am the mother of [[Shernelle|name]]. She tell me on the phone
that the school send a paper to you because the boy was tired. I want you to know [[Shernelle|name]] is a good mother, she
is working two job since I leave [[Bristol|place]] in [[October 3rd|date]] and the man [[Dexter|name]] is not no help to
her. I tell her put him out. I am 68 and my sugar is bad but I can come back in January if the doctor let me.
My sister [[Icilda Maynard|name]] live in [[Easton|place]] on [[Stapleton Road|address]] and she can help with the baby
in the mornings, her number is [[07958 331 274|phone]]. Please call me any time at [[+1 869 469 2754|phone]], after 3 o'clock
your time.
God bless you,
[[A. Huggins|name]] (Mrs)
"""),
]


# --- B. Said / Mohamed family (Zanzibari), Lawrence Weston, Bristol -----------------------------------------------------

HOME_B = d.Address("Flat 3, 22 Long Cross", "Lawrence Weston", "Bristol", "BS11 0LP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Zuhura", "Said")], dt.date(2013, 6, 21), addresses=[HOME_B], ids=["1860913903"],
       schools=["Oasis Academy Brightstowe"]),
    _p("m", "mother", [("Mwanaisha", "Mohamed")], dt.date(1986, 2, 11), addresses=[HOME_B], phones=["07412 660 389"]),
    _p("f", "father", [("Salim", "Said")], dt.date(1980, 9, 5), phones=["+255 777 412 903"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """BRISTOL CITY COUNCIL - STRATEGY DISCUSSION (s47)   Date: Friday [[20 November 2026|date]]
Chair: [[Gemma Pritchard|name]] (team manager, First Response). Present: DC [[Ashok Varma|name]] (Avon and Somerset
Police, CAIT); [[Lucy Hale|name]] (school nurse); Mr [[Omar Jeffries|name]] (DSL, [[Oasis Academy Brightstowe|school]]); [[Halima Ali|name]]
(Swahili interpreter, by phone).
Child: [[Zuhura SAID|name]], 13 ([[21.06.2013|dob]]), of [[Flat 3, 22 Long Cross|address]], [[Lawrence Weston|place]]
[[BS11 0LP|postcode]]. Mother: [[Mwanaisha Mohamed|name]] ([[07412 660 389|phone]]). Father: [[Salim Said|name]], in
[[Stone Town|place]], [[+255 777 412 903|phone]].
1. Information: on [[19/11/2026|date]] [[Zuhura|name]] told her form tutor, Ms [[Kerry Ann Bishop|name]], that her
father has bought her a ticket to [[Dar es Salaam|place]] for [[18 December|date]] "to meet the family of [[Abdallah|name]]",
a man of 24 in [[Mombasa|place]]. She showed a photo on her phone. Her friend [[Nasra|name]] (not known to us) came with her.
2. Mother said she knew of "a visit to Bibi" (the grandmother, [[Mwanajuma Said|name]], in [[Mkokotoni|place]]) only.
3. Agreed: FMPO application to be considered; passport held by school? - no, police to advise; [[Zuhura|name]] to stay
with her aunt, [[Rehema Khamis|name]], [[31 Ridingleaze|address]], [[BS11 0QD|postcode]], until the review on
Thursday [[26 November|date]]. Not marked for sharing with the father.
4. Family and network (from the mother, through [[Halima|name]]): the family came from [[Stone Town|place]] in 2014 through
[[Muscat|place]], where [[Zuhura|name]]'s uncle, [[Khamis Said|name]], still lives. Her younger brothers, [[Hamza|name]] (9) and
[[Ali Said|name]] (6), attend [[Little Mead Primary|school]]; the head, Mrs [[Frances Oyelaran|name]], has no concerns. The
mother's cousin, [[Asha Mzee|name]], lives at [[12 Romney Avenue|address]], [[Lockleaze|place]], and is "like a sister".
[[Zuhura|name]] goes to madrasa on Saturdays at the Easton Jamia Masjid with Ustadh [[Yusuf Haji|name]]; her friend
[[Nasra Abdi|name]] of [[Avonmouth|place]] goes too.
5. Police checks (DC [[Varma|name]]): no trace of the father in the UK since [[5 March 2022|date]], when he flew from
[[Bristol|place]] to Zanzibar; [[Abdallah|name]] - no UK trace. Flight: [[18/12/2026|date]],
via [[Doha|place]]. Port alert to be set.
"""),
    ("WhatsApp voice notes transcribed and translated from Swahili", """[Voice notes from the father to [[Zuhura|name]]'s phone,
played to [[Gemma|name]] and [[Halima Ali|name]] on [[21 Nov 2026|date]] and typed up in Swahili and English by the interpreter.]

baba ([[+255 777 412 903|phone]]), [[17/11/26|date]] 21:04
"[[Zuhura|name]] mwanangu, tiketi iko tayari. Utafika [[Dar|place]] tarehe [[18|date]], shangazi [[Fatma|name]] atakupokea."
(My daughter [[Zuhura|name]], the ticket is ready. You arrive in [[Dar|place]] on the [[18th|date]], aunt [[Fatma|name]] will
meet you.)
baba, [[17/11/26|date]] 21:06
"usimwambie mama yako wala mwalimu. [[abdallah|name]] ni kijana mzuri, familia yake iko [[mombasa|place]]"
(Don't tell your mother or the teacher. [[Abdallah|name]] is a good young man, his family is in [[Mombasa|place]].)
[[zuhura|name]] (typed reply), [[18/11/26|date]] 07:12
"baba nataka kumaliza shule. mimi ni mtoto"
(dad I want to finish school. I am a child)
baba, [[18/11/26|date]] 07:30
"usilete shida. mama yako hajui kitu. nitampigia [[rehema|name]]"
(don't make trouble. your mother knows nothing. I will call [[Rehema|name]])
[[zuhura|name]] (typed reply to her friend [[nasra|name]], [[18/11/26|date]] 07:41, shown at the same time)
"[[nas|name]] my dad is sending me to marry some guy in [[mombasa|place]] im not joking. dont tell miss [[bishop|name]] yet"
"""),
]


# --- C. Tovey / Baber family (white British), Patchway, South Gloucestershire --------------------------------------------

HOME_C = d.Address("8 Coniston Road", "Patchway", "Bristol", "BS34 5JB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Tovey")], dt.date(2015, 10, 14), addresses=[HOME_C], ids=["9960308243", "R803908753810"],
       schools=["Coniston Primary School"]),
    _p("m", "mother", [("Jade", "Tovey")], dt.date(1995, 3, 27), addresses=[HOME_C], phones=["07867 205 914"]),
    _p("f", "father", [("Craig", "Baber")], dt.date(1991, 12, 1), phones=["07590 114 736"]),
], "c")

DOCS_C = [
    ("chronology extract", """SOUTH GLOUCESTERSHIRE COUNCIL - CHRONOLOGY OF SIGNIFICANT EVENTS - [[TOVEY, Tyler|name]] ([[14/10/2015|dob]])
NHS [[996 030 8243|nhs]]   UPN [[R803908753810|upn]]   [[8 Coniston Road|address]], [[Patchway|place]] [[BS34 5JB|postcode]]

[[02.02.2026|date]]  Police DA notification: [[Craig Baber|name]] (father) pushed [[Jade Tovey|name]] down the stairs.
[[Tyler|name]] present. PC [[Sam Wiltshire|name]] attended. [[Craig|name]] bailed to an address in [[Filton|place]].
[[17.03.2026|date]]  GP (Dr [[Hannah Yate|name]], Patchway Medical Centre): [[Jade|name]] reports low mood; prescribed.
[[9 April 2026|date]]  [[Tyler|name]] excluded for 2 days from [[Coniston Primary School|school]] for hitting a TA, Mrs [[Dawn Pike|name]].
[[24/05/26|date]]  Maternal nan, [[Carol Tovey|name]], of [[Little Stoke|place]] ([[07305 882 147|phone]]), rings: [[Craig|name]]
is back "most nights", his van (silver Transit, [[WU19 KXD|vehicle]]) outside.
[[1st June|date]]  Strategy discussion; s47 agreed. [[Tyler|name]] told SW [[Nia Morgan|name]] "Dad said not to say".
[[03/06/2026|date]]  Child protection medical at Southmead Hospital (Dr [[Olusegun Adeyemi|name]]): linear marks to the
            back of the thighs, consistent with a belt; older bruise L shin. Paternal grandmother, [[Irene Baber|name]],
            of [[Stoke Gifford|place]] ([[07842 513 097|phone]] - number later found to be [[Craig|name]]'s friend
            [[Jason Fry|name]]'s), denies any smacking "at mine".
[[11 June 2026|date]]  ICPC. CP plan (physical abuse, emotional abuse). Chair [[Alun Price|name]]. [[Craig|name]] attended by phone.
[[27.6.26|date]]    [[Craig BABER|name]] (NI [[JT 48 22 91 B|ni]]) charged: assault on [[Jade|name]] and ABH on [[Tyler|name]].
[[2 July|date]]     [[Jade|name]] asks for [[Tyler|name]]'s name to go on the waiting list at [[Callicroft Primary|school]] "to get him away
            from the [[Baber|name]]s". School place declined; stays at [[Coniston|school]].
[[14/07|date]]      Nan [[Carol Tovey|name]] takes [[Tyler|name]] to [[Weston|place]] for the day with his cousin [[Kenzie|name]];
            [[Craig|name]]'s sister, [[Leanne Baber|name]], "turned up on the beach". Reported to SW the same evening.
[[15/07/2026|date]]  Core group (see minutes).
"""),
    ("police officer's notes typed from a body-worn video log", """BWV notes - PC [[S. WILTSHIRE|name]] 4471
Incident: [[24/05/2026|date]] 22:47, [[8 Coniston Road|address]], [[Patchway|place]]. Log ref 5226/118402 (not marked).
22:47 arr. with PC [[Oakley|name]] 3390. Door opened by child, male ~10, gives name [[Tyler|name]], says "mum's upstairs
crying". Smell of cannabis. Male in kitchen, IDs as [[Craig BABER|name]] dob [[01/12/1991|dob]], says he "just popped
round for his charger". Bail conds: not to attend [[Coniston Rd|address]] - breach. Arrested 22:53.
22:58 [[Jade TOVEY|name]] dob [[27/03/1995|dob]], mob [[07867 205 914|phone]]: red mark L cheek, says "walked into door",
then "he grabbed me face". DASH done - high. Neighbour at no. [[10|address]], Mr [[Gary Cole|name]], rang it in; says
"[[Craig|name]]'s been here every night since Easter" (sic, BWV caption).
23:20 Nan [[Carol|name]] attends from [[Little Stoke|place]] to sit with [[Tyler|name]]. Child says Dad "did the belt"
on him at Easter at Nanny [[Baber|name]]'s in [[Stoke Gifford|place]]. Referral to First Response (South Glos) via PPN.
"""),
]


# --- D. Haskins / Cottle family (white British), Yate, South Gloucestershire ---------------------------------------------

HOME_D = d.Address("27 Shireway", "", "Yate", "BS37 8YP")
NAN_D = d.Address("5 Kennedy Way", "", "Chipping Sodbury", "BS37 6EA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Haskins")], dt.date(2020, 7, 18), addresses=[HOME_D], ids=["6281948211"],
       schools=["Little Acorns Nursery"]),
    _p("s", "sibling", [("Mason", "Cottle")], dt.date(2012, 5, 3), addresses=[HOME_D], ids=["H803542347362"],
       schools=["Brimsham Green School"]),
    _p("m", "mother", [("Stacey", "Haskins")], dt.date(1993, 11, 22), addresses=[HOME_D], phones=["07481 973 520"]),
    _p("g", "grandparent", [("Brenda", "Cottle")], dt.date(1964, 4, 6), addresses=[NAN_D], phones=["01454 862 410"]),
], "c")

DOCS_D = [
    ("initial child protection conference report (social worker's section)", """INITIAL CHILD PROTECTION CONFERENCE -
[[17 August 2026|date]]
Children: [[Poppy Haskins|name]] (dob [[18.07.2020|dob]], NHS [[628 194 8211|nhs]]) and [[Mason Cottle|name]]
(dob [[03.05.2012|dob]], UPN [[H803542347362|upn]], Year 10 at [[Brimsham Green|school]])
Home: [[27 Shireway|address]], [[Yate|place]] [[BS37 8YP|postcode]]. Mother: Ms [[Stacey Haskins|name]], [[07481 973 520|phone]].
Author: [[Rhiannon Payne|name]], social worker, South Gloucestershire Council. Chair: [[Martin Ellery|name]].

Reason for conference: on [[30 July 2026|date]] [[Poppy|name]] (6) was found by a dog walker, Mr [[Keith Summers|name]], on
the footbridge over the railway at [[Yate|place]] station at 06:10, in her nightie. Ms [[Haskins|name]] was asleep after
taking pregabalin bought from "a lad in [[Sodbury|place]]". [[Mason|name]] (14) had been out all night with friends in
[[Kingswood|place]] - one, "[[Kai|name]]", is known to the exploitation team.
Family and network: maternal grandmother Mrs [[Brenda Cottle|name]], [[5 Kennedy Way|address]], [[Chipping
Sodbury|place]] [[BS37 6EA|postcode]] ([[01454 862 410|phone]]); [[Poppy|name]]'s father, [[Liam Heath|name]], lives in
[[Swindon|place]] and has not seen her since [[Christmas Eve 2024|date]]; [[Mason|name]]'s father, [[Dean Cottle|name]], died in 2019.
Views: [[Mason|name]]: "I look after [[Pops|name]] more than Mum does." Ms [[Haskins|name]]: "I'm not a junkie, I've got a bad back."
[[Little Acorns Nursery|school]] (manager [[Sharon Hillier|name]]) report [[Poppy|name]] often late and hungry.
Agency reports: school ([[Brimsham Green|school]], head of year Mr [[Owain Pugh|name]]): [[Mason|name]]'s attendance 71%,
missing on [[8|date]], [[9|date]] and [[10 July|date]]; police (PC [[Harriet Bird|name]], [[Yate|place]] neighbourhood team): [[Mason|name]]
stopped with [[Kai Denning|name]] and [[Ryan Webb|name]] in [[Staple Hill|place]] on [[25/07/2026|date]], cash £340 found;
GP (Dr [[Alasdair Ng|name]]): mother registered since [[01/02/2019|date]], pregabalin not prescribed; housing (Merlin
Housing) - rent arrears of £1,200, notice served [[4 June 2026|date]]. Recommendation: child
protection plans under neglect for both children.
"""),
    ("a teenager's Snapchat messages, screenshotted by his nan and typed up", """[Screenshots brought in by Mrs
[[Cottle|name]] on [[2/9/26|date]]. Typed by [[R Payne|name]]. Usernames left as shown; spelling as written.]

[[kai|name]] (kaiboi.bs15): u comin [[kingswood|place]] 2nite or wat
[[mase|name]] (masonc_12): cant my nan got me. shes proper on one
[[kai|name]]: tell her ur at [[tayla|name]]s. [[jordan|name]] needs u to drop sumink to [[staple hill|place]] ill pay u 40
[[mase|name]]: wer
[[kai|name]]: the [[dings|place]] by the chippy. [[ryan|name]] will pick u up in the blue corsa at [[yate|place]] shopping centre
[[mase|name]]: nah [[pops|name]] is at nans 2, cant leave her
[[kai|name]]: ur such a baby lol. [[jordan|name]] wont be happy
Nan [[Brenda|name]] (added by [[Mason|name]]): who is this. leave my grandson alone or im phoning police
"""),
]


# --- E. Rudd / Pople family (white British), Southmead, Bristol ---------------------------------------------------------

HOME_E = d.Address("41 Arnside Road", "Southmead", "Bristol", "BS10 6AT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Summer", "Rudd")], dt.date(2011, 1, 9), addresses=[HOME_E], ids=["9935181901", "D801675326682"],
       schools=["Orchard School Bristol"]),
    _p("m", "mother", [("Kelly", "Rudd")], dt.date(1985, 6, 30), addresses=[HOME_E], phones=["07934 562 018"]),
    _p("f", "father", [("Wayne", "Pople")], dt.date(1982, 2, 17), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("social work case note of a home visit", """Case note - [[Summer RUDD|name]] ([[09/01/2011|dob]])   Visit: Monday
[[12 October 2026|date]], 16:30
Worker: [[Jess Halloran|name]], Children and Families (North), Bristol City Council.
Seen at home, [[41 Arnside Road|address]], [[Southmead|place]], [[BS10 6AT|postcode]], with Mum ([[Kelly|name]]) and
stepdad [[Wayne Pople|name]]. [[Summer|name]] (15) seen alone in her room for 25 minutes.
[[Summer|name]] said she has been going to a flat in [[Henbury|place]] belonging to "[[Deano|name]]", who is "about 20", with
her friend [[Autumn Chivers|name]]. She said they get vapes and "a lift home sometimes". She would not give the flat number;
later said it is "near the [[Crow Lane|address]] shops". She has not been to [[Orchard School|school]] since [[28/9|date]]; the
attendance officer, Mrs [[Carys Hope|name]], has visited twice.
Mum said [[Summer|name]]'s dad, [[Lee Spratt|name]], lives in [[Weston-super-Mare|place]] and "lets her do what she wants".
[[Wayne|name]] said little; he works nights at the Amazon site in [[Avonmouth|place]]. Home warm, food in, dog (Bruno) friendly.
Actions: CE screening tool; referral to the Safer Options team; meeting with [[Summer|name]] and Ms [[Hope|name]] at school
on [[19th October|date]]; check with the police about [[Deano|name]] (DS [[Imran Farooq|name]]).
Background (from the file): [[Summer|name]] was on a CIN plan in 2019 when she lived with Mum in [[Lawrence Weston|place]]
at [[Ridingleaze|address]]; worker then was [[Mandy Coles|name]]. Her half-brother, [[Connor Spratt|name]] (19), lives with
their dad in [[Weston-super-Mare|place]] and she stayed there over the summer, from [[22 July|date]] to [[9 August|date]];
[[Lee|name]]'s partner, [[Tanya Gould|name]], rang the duty line on [[10/08/2026|date]] to say [[Summer|name]] had "gone off
with a lad in a car" on the seafront. Maternal nan, [[Sandra Rudd|name]], [[88 Long Cross|address]], [[BS11 0NA|postcode]],
landline [[0117 982 4471|phone]], has her most weekends.
"""),
    ("text messages between a mother and the social worker, typed up", """[Texts from Ms [[Rudd|name]]'s phone ([[07934 562 018|phone]])
to the worker's work mobile, typed up by [[J. Halloran|name]] on [[22/10/26|date]]. Times kept.]

[[20/10|date]] 23:41 [[Kelly|name]]: shes not home. not answering. [[autumn|name]]s mum says they got in a car at [[cribbs|place]]
[[20/10|date]] 23:42 [[Kelly|name]]: its that [[deano|name]] i no it is
[[20/10|date]] 23:58 [[Jess|name]] (EDT worker [[Mo|name]] covering): Please ring 999 now and report [[Summer|name]] missing. I'll let
the police know too.
[[21/10|date]] 02:15 [[Kelly|name]]: police found her at a flat on [[Passage Rd|address]] [[brentry|place]]. shes at home asleep.
[[wayne|name]] is fuming
[[21/10|date]] 08:03 [[Jess|name]]: Thanks [[Kelly|name]]. Glad she's safe. I'll come at 4 with PC [[Lauren Tapp|name]] for a return
interview.
[[21/10|date]] 08:10 [[Kelly|name]]: ok. [[summer|name]] says she wants [[jess|name]] only not police
[[21/10|date]] 08:12 [[Kelly|name]]: also [[autumn|name]]s mum [[tina|name]] wants ur number is that ok. shes [[07388 204 617|phone]]
[[21/10|date]] 08:30 [[Jess|name]]: I'll ring [[Tina|name]] myself, thanks. Please keep [[Summer|name]] off her phone today if you can.
[[24/10|date]] 19:02 [[Kelly|name]]: [[summer|name]] went to my mums in [[law west|place]] 2nite. [[sandra|name]] says she can stop the wk
[[24/10|date]] 19:05 [[Kelly|name]]: and [[wayne|name]] says sorry for shouting at [[jess|name]] on weds. hes on nights at amazon again
[[25/10|date]] 10:14 [[Jess|name]]: No problem. Enjoy the half term, see you Tues [[27th|date]] at 4.
"""),
]


# --- F. Kingscott / Amesbury family (white British), Knowle West, Bristol -----------------------------------------------

HOME_F = d.Address("63 Filwood Broadway", "Knowle West", "Bristol", "BS4 1JN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Riley", "Kingscott")], dt.date(2009, 12, 2), addresses=[HOME_F], ids=["9378657974"],
       schools=["Merchants' Academy"]),
    _p("m", "mother", [("Donna", "Kingscott")], dt.date(1978, 3, 15), addresses=[HOME_F], phones=["07546 218 309"]),
    _p("g", "grandparent", [("Pat", "Amesbury")], dt.date(1952, 10, 8), addresses=[HOME_F], phones=["0117 959 7741"]),
], "c")

DOCS_F = [
    ("youth offending service referral and assessment summary", """BRISTOL YOUTH JUSTICE SERVICE - ASSESSMENT SUMMARY (AssetPlus extract)
Young person: [[KINGSCOTT, Riley|name]]   DOB [[2 December 2009|dob]]   NHS [[937 865 7974|nhs]]
Address: [[63 Filwood Broadway|address]], [[Knowle West|place]], [[Bristol|place]] [[BS4 1JN|postcode]]
Lives with: mother [[Donna Kingscott|name]] ([[07546 218 309|phone]]) and maternal grandmother [[Pat Amesbury|name]]
(landline [[0117 959 7741|phone]]). Case manager: [[Tomasz Nowicki|name]]. Court: Bristol Youth Court, [[14/09/2026|date]].

Offence: robbery of a phone from a boy of 14 at Hengrove Park on [[3rd August 2026|date]], with two others,
"[[Brooklyn|name]]" and [[Kane Marsh|name]]. Referral order, 9 months.
Background: [[Riley|name]] was excluded from [[Merchants' Academy|school]] in Year 9 and attends [[The Bridge Learning Campus|school]]. His
father, [[Shaun Kingscott|name]], is in HMP Bristol; visits on [[12/10|date]] and [[26/10|date]] went ahead. His older
brother [[Jordan Kingscott|name]] ([[Jordy|name]]) lives in [[Bedminster|place]] with his girlfriend [[Chelsea Brain|name]].
[[Riley|name]] says he carries "for protection" since he was stabbed at in [[Totterdown|place]] in May. He boxes at the club
on [[Leinster Avenue|address]] with coach [[Vince Baker|name]], who is "the only one he listens to".
Nan ([[Pat|name]]) said: "[[Riley|name]] is a good boy when he's with me. It's the phone and them lot from [[Hartcliffe|place]]."
Education: attends [[The Bridge|school]] 3 days a week; tutor [[Kirsty Vowles|name]] says he is "bright, especially at maths".
Wants to go to City of Bristol College for plumbing in September. Careers adviser [[Jon Pearce|name]] to see him on
[[27 October|date]].
Risk of harm: medium. Concerns: carrying a knife; association with [[Kane Marsh|name]] (dob [[30/06/2010|dob]], of
[[Inns Court|address]]) and [[Brooklyn Hurley|name]]; [[Brooklyn|name]]'s brother [[Jaydon Hurley|name]] is an adult of
concern to the police (DC [[Lisa Pring|name]], Trinity Road police station). Victim safety: [[Riley|name]] not to go near
Hengrove Leisure Centre or the victim's school, [[Oasis Academy John Williams|school]].
"""),
    ("a youth worker's notes typed on a phone after a detached session", """detached - fri [[6 nov|date]] - [[filwood broadway|address]]
by the green
w/ [[Aisha|name]] (YW) + [[tomasz|name]] (yjs, came by 8ish)
- [[riley k|name]] + 4 others by the bus shelter opp the library. [[riley|name]] v quiet, hood up, said his nan was in the
  BRI since tues (fall). hes been staying at [[jordy|name]]s in [[bedmo|place]] but [[chelsea|name]] kicked him out
- [[brooklyn|name]] (think surname [[Hurley|name]]?) did most of the talking, new trainers, 2 phones. said [[riley|name]] owes
  "T" 200 quid. flagged to [[tomasz|name]]
- one of the younger ones ([[alfie|name]], 12ish, lives [[Inns Court|address]]?) asked for a lift to [[Withywood|place]]. said no
- rang [[Donna|name]] [[07546 218 309|phone]] 21:10 - no answer. left vm
- [[riley|name]] said he'll come to the gym Tues if [[Vince|name]] is there
- 2 girls ([[Lacey|name]] + [[Paige Tuck|name]]?) said [[brooklyn|name]]s older bro [[Jaydon|name]] is "running" [[knowle west|place]]
  + [[hartcliffe|place]] now. gave to [[tomasz|name]] + police (PCSO [[Fern|name]])
- shop man at the londis (Mr [[Sandhu|name]]) came out, said the lads were in his doorway every night, not [[riley|name]] tho
- next session fri [[13th|date]], [[Aisha|name]] off so need cover
"""),
]

DOCS_A += [
    ("a church pastor's letter of support, emailed", """From: Pastor [[Winston Claxton|name]] <[[w.claxton@stpaulssda.org.uk|email]]>
To: [[Bethan Llewellyn|name]] <[[bethan.llewellyn@bristol.gov.uk|email]]>
Sent: Wednesday, [[18 November 2026|date]] 10:12
Subject: [[Shernelle Liburd|name]] and children - letter of support

Dear Ms [[Llewellyn|name]],

I write at the request of Sister [[Shernelle Liburd|name]], who has worshipped with us at [[Grosvenor Road|address]],
[[St Pauls|place]], since she came from [[Charlestown|place]] as a girl of twelve. I have known her mother, Sister
[[Albertha Huggins|name]], for thirty years; I married [[Shernelle|name]]'s parents' friends, the [[Liburds|name]] of
[[Cotton Ground|place]], when I was a young minister on the island.
The church can offer: a Sabbath school place for [[Kadeem|name]] with Sister [[Myrtle Tyson|name]]; lifts from
[[Lockleaze|place]] on Saturdays (Brother [[Clement Browne|name]], [[07791 640 523|phone]]); and two evenings' childcare a
week for [[Tiana|name]] at the home of our deaconess, Mrs [[Verona Daniel-Phipps|name]], [[9 Ashley Hill|address]],
[[BS6 5JA|postcode]].
We are also aware of Mr [[Dexter Hanley|name]]. He is not a member here, and we have told [[Shernelle|name]] that if she
wants him to leave, the men's ministry will help her change the locks.
Yours in His service,
Pastor [[W. A. Claxton|name]]
[[0117 903 1188|phone]] (church office, Tues-Thurs)
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - [[Kadeem|name]] and [[Tiana Liburd|name]]
Date: [[8th December 2026|date]], 15:30, at [[Stoke Park Primary|school]]
Present: [[Bethan Llewellyn|name]] (SW, chair); Ms [[Shernelle Liburd|name]] (mother); Mrs [[Paula Dando|name]] (DSL);
Mr [[Lewis Bright|name]] (class teacher); [[Grace Okafor|name]] (health visitor for [[Tiana|name]]); Mrs [[Icilda
Maynard|name]] (great-aunt); Brother [[Clement Browne|name]] (church, for item 3 only).
Apologies: Mrs [[Albertha Huggins|name]] (grandmother, sent a voice note from Nevis - see below).

1. [[Kadeem|name]]: attendance up to 94% since [[16 November|date]]. Mr [[Bright|name]] says he is "back to himself", reading
with the Year 6 buddy, [[Harvey|name]]. He told the SW he likes Sabbath school and "Auntie [[Icilda|name]]'s dumplings".
2. Home: Ms [[Liburd|name]] has ended the relationship with Mr [[Hanley|name]]; he left on [[21st Nov|date]] and the locks
were changed on the [[23rd|date]]. He has texted from [[07425 318 660|phone]]; she has kept the texts. PCSO [[Dan Keel|name]]
([[Lockleaze|place]] neighbourhood team) aware.
3. Support: great-aunt has [[Tiana|name]] Mon, Wed and Fri mornings at [[14 Stapleton Road|address]], [[Easton|place]];
Ms [[Liburd|name]] now on day shifts at the warehouse in [[Avonmouth|place]]. The church lifts continue.
4. Grandmother's voice note (played with consent): she will fly from Bradshaw airport on [[12 January 2027|date]] and
stay "till [[Tiana|name]] walks good". Ms [[Liburd|name]] said "Mummy is the boss".
5. [[Kadeem|name]]'s wishes (seen alone by [[Bethan|name]] on [[1 December|date]], with his drawing): "I want Nan to live in
[[Lockleaze|place]] for ever, and [[Dex|name]] not to come back, and to go to [[Charlestown|place]] for Carnival with
[[Jaden|name]] and [[Kyrie Liburd|name]]" (cousins, in [[Cotton Ground|place]]). He asked if his friend [[Ollie Pym|name]] from
[[Gainsborough Square|address]] could come to Sabbath school too.
Outcome: step down to Early Help from January 2027; family support worker [[Rachel Burge|name]] to take over.
Next review: none. Minutes: [[B. Llewellyn|name]].
"""),
]

DOCS_B += [
    ("a grandmother's letter in Swahili with Arabic-script names, translated", """[Letter in Swahili, posted from Zanzibar
to [[Mwanaisha Mohamed|name]] and handed by her to the social worker on [[2 December 2026|date]]. Translated by [[Halima
Ali|name]] (interpreter). The grandmother signs in Arabic script as well, as older Zanzibaris often do; kept as written.]

[[Mkokotoni|place]], Unguja
[[25/11/2026|date]]

Mwanangu [[Mwanaisha|name]],
Salamu nyingi kutoka kwetu. Nimesikia habari za [[Zuhura|name]] kutoka kwa [[Rehema|name]]. Mimi sikubali mambo haya ya
[[Salim|name]]. [[Zuhura|name]] ni mtoto, asome kwanza. Nimemwambia [[Salim|name]] mbele ya Sheikh [[Abdulrahman Haji|name]]
pale msikitini [[Donge|place]].
(My child [[Mwanaisha|name]], many greetings from us. I have heard the news of [[Zuhura|name]] from [[Rehema|name]]. I do not
agree with [[Salim|name]]'s plans. [[Zuhura|name]] is a child, let her study first. I told [[Salim|name]] in front of Sheikh
[[Abdulrahman Haji|name]] at the mosque in [[Donge|place]].)

Mjomba wake [[Khamis|name]] yuko [[Muscat|place]], namba yake ni [[+968 9214 3307|phone]].
(Her uncle [[Khamis|name]] is in [[Muscat|place]], his number is [[+968 9214 3307|phone]].)

Bibi yako,
[[Mwanajuma Said|name]]   [[مواناجوما سعيد|name]]
"""),
    ("forced marriage protection order application - applicant's statement (extract)", """IN THE FAMILY COURT AT BRISTOL
Case no. BS26F01172 (not marked)
IN THE MATTER OF AN APPLICATION UNDER PART 4A OF THE FAMILY LAW ACT 1996
Person to be protected: [[ZUHURA SAID|name]] (born [[21 June 2013|dob]])
Respondents: (1) [[SALIM SAID|name]] (2) [[ABDALLAH OMAR JUMA|name]]

STATEMENT OF [[GEMMA PRITCHARD|name]], TEAM MANAGER, BRISTOL CITY COUNCIL
1. I make this statement in support of the local authority's application, made on [[24 November 2026|date]].
2. [[Zuhura|name]] lives with her mother, [[Mwanaisha Mohamed|name]], at [[Flat 3, 22 Long Cross|address]], [[Lawrence
Weston|place]], [[Bristol|place]] [[BS11 0LP|postcode]], and attends [[Brightstowe|school]] in [[Shirehampton|place]].
3. The first respondent is her father. He lives at [[House 4, Mtaa wa Malindi|address]], [[Stone Town|place]], and has used
the numbers [[+255 777 412 903|phone]] and [[+255 715 308 214|phone]]. He holds a British passport.
4. The second respondent, [[Abdallah Omar Juma|name]], is believed to be 24 and to live in [[Old Town|place]], [[Mombasa|place]].
[[Zuhura|name]] knows him only from video calls arranged by her paternal aunt, [[Fatma Said|name]], of [[Tanga|place]].
5. On [[20 November 2026|date]] [[Zuhura|name]] told DC [[Varma|name]] in an ABE interview at Southmead police station
that her father said she would "go for a wedding, not a holiday". I exhibit the voice notes as GP/3.
6. Other family: the mother's sister, [[Rehema Khamis|name]], [[31 Ridingleaze|address]], [[Lawrence Weston|place]]
[[BS11 0QD|postcode]] ([[0117 966 3125|phone]]), has cared for [[Zuhura|name]] since [[20 November|date]]. [[Zuhura|name]]'s
paternal grandmother, [[Mwanajuma Said|name]], of [[Mkokotoni|place]], has written opposing the plan (exhibit GP/4). The
imam of the family's mosque in [[Easton|place]], Sheikh [[Idris Mwinyi|name]], has offered to speak to the first respondent.
7. I ask the court to order that [[Zuhura|name]]'s passport be surrendered and that she is not removed from England.
"""),
]

DOCS_C += [
    ("core group meeting minutes", """SOUTH GLOUCESTERSHIRE - CORE GROUP MEETING   [[Tyler Tovey|name]]   [[15/07/2026|date]]   the Hub,
[[Patchway|place]]
Present: [[Nia Morgan|name]] (SW); [[Jade Tovey|name]] (Mum); [[Carol Tovey|name]] (Nan); Mrs [[Dawn Pike|name]] (TA) and Mr
[[Rob Sealy|name]] (head) for [[Coniston|school]]; [[Ffion Rees|name]] (Next Link IDVA); [[Becky|name]] from the Families
Plus service. Not invited: Mr [[Baber|name]] (bail conditions; seen separately on [[10th July|date]]).
Plan progress:
- Safety: [[Craig|name]] charged on [[27 June|date]]; trial at Bristol Magistrates' on [[21 September 2026|date]]. Restraining
  order sought. No contact seen since the arrest. [[Jade|name]] has a Ring doorbell fitted by the council.
- [[Tyler|name]]: calmer in class; sees the school counsellor, [[Meg|name]], Thursdays. Said in his three houses ("worries,
  good things, dreams") that he misses "Dad's dog Tyson".
- [[Jade|name]]: freedom programme at the Patchway Community Centre, started [[7/7|date]]. GP review with Dr [[Yate|name]]
  on the [[30th|date]].
- Nan [[Carol|name]] to have [[Tyler|name]] every Saturday in [[Little Stoke|place]]; his cousin [[Kenzie Tovey|name]] (11)
  there too.
- [[Carol|name]]'s partner, [[Mick Hollister|name]], to be DBS-checked before overnight stays ([[Nia|name]], by [[31/07|date]]).
- IDVA ([[Ffion|name]]): MARAC on [[22 July 2026|date]]; [[Jade|name]]'s new mobile [[07956 481 302|phone]] not to be shared with
  the [[Baber|name]] family; [[Tyler|name]] to use the code word with [[Kenzie|name]] and Nan.
Next core group: [[9 September|date]] at [[Coniston|school]]. Mins: [[N. Morgan|name]].
"""),
    ("a father's letter from remand, scanned and OCR'd (errors kept)", """[Scanned letter, OCR'd by the business support team on
[[03/10/2026|date]]; OCR errors kept as they came out. Sent to [[Tyler|name]] care of the social worker; NOT passed to him.]

HMP Bristol   [[C. BABER|name]]   A6621EX
[[28-9-26|date]]

Alright mate its Dad,
I no your Mum and that social [[Nia|name]] wont let you see this but I got to try. I am sorry for what hapened at
Nannys. I aint ment to hit you with the be1t it was the drink. When I get out we can go to the Gas with
Uncle [[Lee|name]] like we sed, and see the Rovers. Tell your Nan [[Carol|name]] I said sorry to her and all.
Your cousin [[Kenz1e|name]] can come. I got a job lined up with [[Dazza Fry|name]] in [[Bradley Stoke|place]] doing
drives. Write to me here, or get Mum to ring [[07590 114 736|phone]], my mate [[Ja5on|name]] has got my phone.
love Dad
xxx [[CRAIG|name]]
"""),
]

DOCS_D += [
    ("health visitor's record of a home visit (EMIS entry)", """[[Haskins, Poppy|name]] ([[18-Jul-2020|dob]])   NHS No. [[628 194 8211|nhs]]
[[10-Sep-2026|date]] 14:05  Home visit - Health Visiting ([[Yate|place]] and [[Sodbury|place]] team)   Author: [[Jo Cuthbert|name]] HV
Seen at [[27 Shireway|address]] with mother [[Stacey|name]] and MGM [[Brenda|name]]. Also present: [[Stacey|name]]'s new
friend "[[Marcus|name]]" (declined surname; said he lives "off [[Station Road|address]], [[Yate|place]]") - left after 5 mins.
O/E [[Poppy|name]]: weight 17.1 kg (9th centile, was 25th in March 2025 - see growth chart); dental decay to
upper front teeth; head lice; clothes clean. Chatty, showed me her "sparkly shoes from Nanny [[Bren|name]]".
Mum: says she has stopped the tablets; GP Dr [[Alasdair Ng|name]] at the West Gate surgery in [[Yate|place]] to review on [[17/09|date]].
Home: smells of smoke, kitchen cleaner than last time, fridge has food. Dog (Luna) shut in yard.
Plan: dental referral (Community Dental, [[Kingswood|place]]); weigh in 4 weeks at [[Little Acorns|school]]; share with
SW [[Rhiannon Payne|name]] by email [[rhiannon.payne@southglos.gov.uk|email]]. Next visit [[08/10/2026|date]].
[[24-Sep-2026|date]] 09:40  Telephone - [[J Cuthbert|name]] HV. Call from [[Sharon|name]] at [[Little Acorns|school]]: [[Poppy|name]]
arrived with [[Mason|name]] at 9.30, no breakfast; [[Mason|name]] said Mum "won't wake up". Rang Ms [[Haskins|name]]
x3 on [[07481 973 520|phone]], no answer; rang MGM [[Brenda|name]] on [[01454 862 410|phone]], who went round from
[[Chipping Sodbury|place]] and found [[Stacey|name]] "drowsy but talking". Ambulance not called. SW [[Rhiannon|name]] and her
manager [[Martin Ellery|name]] informed 10:15. Neighbour at no. [[25|address]], Mrs [[Olive Bevan|name]], told [[Brenda|name]]
a man "with a Welsh accent" had been at the house till 3am.
[[01-Oct-2026|date]] 16:00  Strategy discussion (by Teams) - attended. Outcome: s47 re-opened. [[Poppy|name]] and
[[Mason|name]] to stay with MGM at [[5 Kennedy Way|address]] until the FGC on [[3 October|date]].
"""),
    ("family group conference plan written by the family", """OUR FAMILY PLAN for [[Poppy|name]] and [[Mason|name]] - made at
our family group conference on Saturday [[3rd October|date]] at Yate Library (the room upstairs)
Written by: [[Brenda Cottle|name]] (Nan) with help from [[Kerry|name]] the coordinator

Who came: me ([[Brenda|name]]), [[Stacey|name]], [[Mason|name]], my sister [[Maureen Tanner|name]] from [[Frampton
Cotterell|place]], my son [[Lee Cottle|name]] ([[Mason|name]]s uncle) and his wife [[Shelley|name]], and [[Stacey|name]]s friend
from school [[Gemma-Louise Bracey|name]]. [[Poppy|name]] did a drawing.

1. Mornings. [[Lee|name]] or [[Shelley|name]] will take [[Pops|name]] to nursery Mon to Thurs on their way to [[Thornbury|place]].
Fri is me. If [[Stacey|name]] isnt up, we have a key. [[Shelley|name]]s mobile [[07863 220 415|phone]].
2. Nights. [[Mason|name]] in by 9 on school nights, 10 weekends. If hes not in, [[Stacey|name]] rings me, I ring [[Lee|name]], [[Lee|name]]
goes looking - [[Kingswood|place]] first, then the skate park at [[Yate|place]]. After 11 we ring the police. We know about [[Kai|name]].
3. [[Stacey|name]]. She will go to the drugs service (the one in [[Kingswood|place]]) on Tuesday [[6th|date]]. [[Maureen|name]] will go
with her.
4. If it goes wrong: [[Poppy|name]] comes to me at [[5 Kennedy Way|address]]. She has her own bed here.
Signed: [[B Cottle|name]], [[S Haskins|name]], [[M Cottle|name]], [[L. Cottle|name]]
"""),
]

DOCS_E += [
    ("return home interview form", """RETURN HOME INTERVIEW - MISSING EPISODE
Young person: [[RUDD|name]]          First name(s): [[Summer Leigh|name]]
DOB: [[09 / 01 / 2011|dob]]          UPN: [[D801675326682|upn]]
Address: [[41 Arnside Rd|address]], [[Southmead|place]]                Postcode: [[BS10 6AT|postcode]]
Missing from: [[20.10.26|date]] approx 19:00          Found: [[21.10.26|date]] 01:50    Where: flat, [[Passage Road|address]],
[[Brentry|place]]
Found by: Avon & Somerset Police (PC [[L. Tapp|name]] 2281)      RHI done by: [[Shannon Lear|name]] (Barnardo's)    On: [[23.10.26|date]]
Who was she with? [[Autumn Chivers|name]] (friend, 15); "[[Deano|name]]" (m, 20s) - she now says his real name is [[Dean
Ashman|name]]; a man called "[[Pav|name]]" who drove; two girls she did not know from [[Lawrence Hill|place]].
How did she get there? picked up in a car at [[Cribbs Causeway|place]] (outside the cinema) by [[Pav|name]]. Could not give
the reg but said it started "WX".
What happened? vapes, vodka, "chilling". Said [[Deano|name]] took photos. Would not say more.
Any harm? bruise on upper arm - "[[Autumn|name]] grabbed me in the car". Has not eaten since lunch.
Her words: "Mum and [[Wayne|name]] are always on at me. [[Jess|name]]'s alright."
Who does she trust? [[Jess Halloran|name]] (SW), Nan [[Sandra Rudd|name]] in [[Lawrence Weston|place]], PE teacher Miss
[[Kaye|name]].
Shared with: SW; MET hub; school DSL Mr [[Ben Acton|name]] ([[ben.acton@orchardschoolbristol.org|email]]).
"""),
    ("multi-agency child exploitation (MACE) meeting minutes", """MACE PANEL - [[BRISTOL|place]] NORTH   [[5 November 2026|date]]
Minutes (restricted)
Chair: DI [[Helen Marsh|name]]. Present: [[Jess Halloran|name]] (CSC); [[Shannon Lear|name]] (Barnardo's BASE); [[Ben Acton|name]]
([[Orchard|school]]); Dr [[Priya Nair|name]] (Brook, [[Bristol|place]]); [[Tom Curtis|name]] (Safer Options).
Young people discussed: [[Summer RUDD|name]] (15), [[Autumn CHIVERS|name]] (15), [[Kayla-Marie Dyer|name]] (14).
Persons of concern: [[ASHMAN, Dean Michael|name]] dob [[12/03/2005|dob]], of [[Flat 7, 19
Passage Road|address]],
[[Brentry|place]] [[BS10 7TJ|postcode]]; "[[Pav|name]]" - now identified as [[Pavel Dudek|name]], 31, vehicle
[[WX22 HNF|vehicle]] (grey Octavia), registered to an address in [[Kingswood|place]]; his Polish phone [[+48 512 384 907|phone]].
Locations: the flat; [[Cribbs Causeway|place]] bus station; a car wash on [[Southmead Road|address]]; the park at [[Henbury|place]].
Actions: 1. Disruption: CAWN to [[Ashman|name]] (DS [[Farooq|name]]) by [[12 Nov|date]]. 2. [[Summer|name]] and [[Autumn|name]]
to be seen together by [[Shannon|name]] weekly. 3. Check [[Kayla-Marie|name]]'s address ([[Sea Mills|place]]?).
Updates since October (by agency):
- Police (DS [[Farooq|name]]): [[Ashman|name]] arrested [[30/10/2026|date]] for possession with intent; bailed to his
  mother's, [[22 Doncaster Road|address]], [[Southmead|place]] [[BS10 5PP|postcode]] - 400 m from [[Summer|name]]'s home.
  [[Dudek|name]]'s car seen on ANPR in [[Patchway|place]] and at Aztec West business park on [[1 Nov|date]].
- Barnardo's ([[Shannon|name]]): [[Autumn|name]] has disclosed that "[[Pav|name]]" drove her to a flat in [[Swindon|place]] on
  the [[26th|date]]; [[Summer|name]] was not with her. [[Kayla-Marie|name]] now at [[Sea Mills|place]] with her aunt [[Gina
  Dyer|name]], [[7 Shirehampton Road|address]].
- School ([[Ben|name]]): [[Summer|name]] 3 days in; the Year 11 head, Mrs [[Ellie Carpenter|name]], says she is "exhausted".
- Health ([[Priya|name]]): [[Summer|name]] and [[Autumn|name]] seen at Brook on [[2.11.26|date]]; details not shared.
Next: [[3 December 2026|date]]. Minutes: [[Jordan Ames|name]].
"""),
]

DOCS_F += [
    ("referral order panel report", """REFERRAL ORDER - INITIAL PANEL REPORT
Young person: [[Riley Kingscott|name]]   Age 16   Order made: [[14.09.26|date]]   Panel: [[1st October 2026|date]], Knowle
Community Centre
Panel members: [[Barbara Hemmings|name]] and [[Jack Osei|name]] (community volunteers); [[Tomasz Nowicki|name]] (YJS).
Victim: a boy of 14 (name withheld at his family's request; referred to as "V"). His mother, Mrs [[Nicola Broad|name]], gave a
statement to the victim worker, [[Sue Whitlock|name]], on [[22/9|date]]: her son has not gone to [[Hengrove|place]] since
and "jumps when his phone buzzes".
[[Riley|name]]'s account: he says "[[Brooklyn|name]] ([[Brooklyn Hurley|name]]) done the talking, I just stood there". He
accepts he took the phone and sold it to a man at the market on [[Bedminster Parade|address]] for £60.
Family: attended with his mum, Ms [[Donna Kingscott|name]], and his nan, Mrs [[Pat Amesbury|name]], who said she has known
the panel member Mrs [[Hemmings|name]] "since we was at [[Connaught|school]] together in the sixties".
Contract agreed: letter of apology; 12 hours' reparation with the [[Filwood|place]] community garden (supervisor [[Graham
Tuck|name]]); boxing three times a week with [[Vince Baker|name]] at the gym on [[Leinster Avenue|address]]; a knife crime
session with [[Ahmed Yusuf|name]] of the Youth Moves programme; no contact with [[Kane Marsh|name]].
Next panel: the [[3rd of December|date]].
"""),
    ("a hospital discharge phone call note and the nan's own note", """Telephone note - [[19/11/2026|date]] 11:20 - [[T. Nowicki|name]]
Call from Ward 9 (Bristol Royal Infirmary) discharge coordinator [[Ffion|name]]: Mrs [[Pat AMESBURY|name]]
(dob [[08/10/1952|dob]]) going home Friday [[20th|date]] after a fractured wrist. She has asked that "my grandson [[Riley|name]]"
is told and that he stays with her, not with his brother in [[Bedminster|place]]. Ms [[Kingscott|name]] not answering
[[07546 218 309|phone]]. Left a message with the neighbour at no. [[65|address]], Mr [[Derek Fudge|name]].
Discharge details given: home care ([[Bristol|place]] reablement) twice a day from [[21/11|date]]; carer [[Marta
Kowalczyk|name]]; OT [[Sian Rowley|name]] to visit on Monday [[23rd|date]]. [[Pat|name]]'s NI no. [[NH 52 71 09 C|ni]] given for the
blue badge form. Her son [[Shaun|name]] (in HMP Bristol) "not to be told" - her words. I told [[Riley|name]] at 15:40 by
phone ([[07714 035 862|phone]]); he said he would get the bus to [[Knowle West|place]] and "sort the house for Nan".

[Note written by Mrs [[Amesbury|name]] on the back of a hospital menu, handed to [[Tomasz|name]] on [[20/11|date]]:]
[[Tommy|name]] - thank you for ringing [[Donna|name]]. [[Riley|name]] can stay at mine, he can have [[Jordan|name]]s old room. I can't
do the shopping with my arm so he can go to the Tesco on [[Wells Road|address]]. Tell him no friends round after
9 and nothing from that [[Brooklyn|name]]. My number is still [[0117 959 7741|phone]]. [[Pat A|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 82 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "brother", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "stepdad", "aunty", "auntie", "uncle", "bibi", "babu", "baba",
           "mama", "shangazi", "mjomba", "pastor", "elder", "tanty", "sheikh", "ustadh", "bi", "bwana"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "gloucestershire",
               "south gloucestershire", "south glos", "somerset", "north somerset", "wiltshire", "avon", "the south west",
               "south west", "nevis", "st kitts", "st kitts and nevis", "the caribbean", "caribbean", "west indies",
               "zanzibar", "unguja", "pemba", "tanzania", "kenya", "east africa", "oman", "jamaica", "poland"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Brother Clement", "Sister
# Myrtle", "shangazi Fatma", "Pastor Winston", "Sheikh Idris", "Ustadh Yusuf") and counties, regions, islands and countries
# ("South Gloucestershire", "Somerset",
# "Nevis", "West Indies", "Zanzibar", "Pemba", "Tanzania").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
