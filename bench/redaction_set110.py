"""Set 110: a held-out hand-written set for the redaction detector, six more invented families in Stockport, written in one
sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set111.py, redaction_set112.py, redaction_set113.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, its first family's record and first three documents, the list of
its document labels, its last document, its word lists and its checker set-up; the rest was not read)
and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings only of
bench/redaction_set7.py to redaction_set109.py (printed with ast into a scratch file and searched there for Stockport's towns
and districts and for community names, to pick homes and communities no earlier set used; no earlier set's body was read or
searched), the names and signatures of bench/redaction_handwritten.py's helpers and the bodies of `_party` and `Records` (its `_parse` was
called once on a test string), and this set's own checker output. Phone numbers were made and checked with the phonenumbers library,
and NHS numbers and UPNs
made with their check digits (python-stdnum for the UPNs), in a small snippet. The record constructors (d.Party through
`_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector
on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Six families in Stockport, each from a district or estate no earlier set used as a family's home (earlier sets had Brinnington
and Reddish). Three white British families: a mother, a boy of 10 and a girl of 5 in Adswood with a nan in Shaw Heath (Birtles
/ Pickford; fingertip bruising from a mother's partner at the school gate, neglect, a mother's low mood, children hiding in a
wardrobe, an aunt in Cheadle Hulme), a father bringing up a girl of 15 and a boy of 12 alone in Offerton with their mother in
Hazel Grove (Marple / Swindells; a girl sexually exploited by a young man with an Audi and an older man with a flat in Heaton
Norris, missing episodes, a father's own letter), and a young mother and a baby of 15 weeks in Bredbury with a nan in Romiley
and a grandfather in Woodley (Hope / Cheadle; bruising to a non-mobile baby, a father's strangling of the mother, a safety plan
at nan's, pre-proceedings). A family with a Danish mother and an English father in Heald Green and Cheadle Hulme (Greenhalgh /
Kjærgaard; a boy of 12 found drunk in a park by police at night, a mother's drinking, a private law dispute over moving to
Aarhus, a grandmother's letter in Danish). Two from communities no earlier set used: a Kachin family resettled from Myanmar by
way of Malaysia in Lancashire Hill (Marip / N'Hkum / Lahtaw; a girl of 13 who cuts herself and interprets for her parents, a
father who beat her legs with a bamboo stick, a Kachin Baptist pastor, a grandmother in Myitkyina), and a Circassian family
from Jordan in Edgeley (Haghandoqa / Shogen; a husband's coercive and financial control, passports locked away, a boy of 10
who interprets and stands between his parents, a Ukrainian neighbour from Kharkiv, a cousin in Kfar Kama, names in Arabic
script). 24 documents, each in a style no other document of this set has; half plain professional recording (a strategy
discussion's minutes, an initial child protection conference report, a police missing person return home interview, a
child exploitation panel's minutes, a social worker's home visit note with an interpreter, a child in need review's
minutes, a GP's safeguarding referral letter, an IDVA's case notes, a section 7 report in a private law case, a paediatric
child protection medical report, a multi-agency chronology, a legal planning meeting's minutes) and half the other writing a
case file holds (a primary school's safeguarding log export, a Messenger chat between sisters typed up, Snapchat screenshots
printed and OCR'd with their misreads, a father's handwritten letter typed with its spelling, a pastor's email, a CAMHS referral
form, a mother's notes dictated into her phone in Arabic and translated, a social worker's notes typed fast on a phone in
lower case, a secondary school's email chain between a DSL and two parents, a police officer's pocket notebook scanned and
OCR'd, a grandmother's letter in Danish with its translation, and a nan's texts to a social worker copied from a work phone).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Myanmar, Jordan, Israel, Denmark, the United States); NHS numbers and UPNs (Stockport's
LA number, 356) pass their check digits; the NI number has a valid format. The council (Tame Goyt) is invented, and so are
Mirrlees Fold Primary, Goyt Bank Academy, Outwood Park High and the nursery (Banks Lane Juniors, Alexandra Park Primary, Heald
Green Primary, Lark Hill Primary, Heaton Mersey Academy and Katrinebjergskolen may be real names), the GP practices (Castle Street
Medical Centre, Vale
View Surgery, Adswood and Bredbury medical practices), the car wash, the translation firm and the Kachin fellowship; towns,
cities, villages, districts and estates, NHS bodies, hospitals, police forces, courts, council buildings (Fred Perry House,
Stopford House), shops, brands, apps, clubs, churches, programmes and laws are real or realistic and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, Sr, Rev., PC,
PCSO, DC, DI, District Judge, Nan, nana, uncle, mum, papa, mormor, the Danish "fru", the Jinghpaw "Wa" (father) and "Dwi"
(grandmother)) stay outside the name span and are not names when they stand alone; a possessive 's and a bare s in texting
("[[alfie|name]]s", "[[connor|name]]s") stay outside; every person's name is a name in every form, record or not. "SURNAME,
First" is one span ("BIRTLES, Kayden", "MARPLE, Tayla", "HAGHANDOQA, Nafset", "Greenhalgh, Oliver", "Bredbury, Hannah"); an
initial with a surname is one span ("J. Howarth", "S. P. Marip"), and so is a first name with an initial after it ("Lacey M");
initials alone ("OR") are not marked; a collar number after a name ("S. LORD 21877", "HAN 30442") stays outside; a name broken
by a line break is one span holding the break, and so is an address, a place and a school; social media handles
("jace.x.mcr", "taz_4life") are not marked, but a display name that is a person's plain name is ("TAYLA", "Kenzie", "Lacey
M"); a street address is one span, its town a place, its postcode a postcode; a flat number, a named block and a street number
given one after another are separate address spans ("Flat 7", "Wingate House", "40 Lancashire Hill"), as set 21's caravan and
park were; a street without a number is an address ("Greek Street", "Kenyon Lane", "Wellington Rd N"), and so is a neighbour's
bare house or flat number ("no. 16", "number 48", "no 17", "Flat 4") and an address abroad with its floor ("Frederiksgade 41,
3. th."); districts, estates, towns and villages are places, at home or abroad ("Adswood", "Trafford Park",
"Heaton Chapel", "Myitkyina", "Ampang", "Sweileh", "Wadi as-Sir", "Kfar Kama", "Trøjborg", "Risskov"), and so are local short
forms ("KL" for Kuala Lumpur, "brinny" for Brinnington); countries, counties, states and regions are not ("Derbyshire", "Kachin
State", "Malaysia", "Jordan", "Israel", "Denmark", "Danmark", "Indiana", "Greater Manchester"); organisations are not marked
even when they hold a town's or a person's name ("Stockport Homes", "Stockport NHS Foundation Trust", "the Family Court at
Stockport", "Stepping Hill", "Manchester Airport", "Edgeley Library", "Adswood Medical Practice", "Bredbury Medical Centre",
"Fred Perry House", "Kingsway Juniors", "St Paul's"), but a service, team or station named by its town marks the town
("[[Stockport|place]] South locality", "GMP [[Stockport|place]] district", "[[Cheadle Heath|place]] police station", "CAMHS
[[STOCKPORT|place]]"); landmarks, shopping centres and grounds stay unmarked ("Merseyway", "edgeley park"); a school's or
college's name is a school, and so is its short form, a nursery's name and a school named in lower case ("Mirrlees Fold",
"Goyt Bank", "Banks Lane", "Outwood Park", "Stockport College", "Little Acorns at Heaton Norris", "alex park school"); a date
of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and a bare day ("the 11th",
"the 23rd", "Mon 5th") is a date; months, years and festivals alone are not marked ("March", "Christmas"); a surname or first
name that is also a town or a word is marked by what it refers to: this set's professionals and neighbours are named after
Stockport's districts on purpose (Dr Hazel Grove, DC Mark Romiley, DC Naomi Brinnington, DI Rebecca Gatley, Olivia Reddish,
Rachel Offerton, Becky Woodley, Hannah Bredbury, Mr Bredbury, Kate Bramhall, Mrs Heaton, Dr Sian Marple, Fiona Cheadle,
District Judge Hyde, Liam Davenport), and the families are called Marple, Cheadle and Hope, while Marple, Cheadle, Hazel
Grove, Romiley, Woodley, Bredbury, Gatley, Reddish, Offerton, Brinnington and Hope (the Derbyshire village) are places when
they are places; a nickname that is a word ("Biscuit", "Pops", "Taz") is a name; names in another script (Arabic "أنزور",
"فاطمة"; Burmese "ဇော်တူ", "စိုင်းပန်") are names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Kachin name is written
clan name first; the whole name ("Marip Zau Tu", "N'Hkum Lu Ra") is one span, the given name alone ("Zau Tu", "Seng Pan") is
a name, and the clan name alone used as a family name ("the Marip family", "MARIP") is a name; a date written in
Arabic-Indic digits ("٢٠/١٠") is a date; in OCR'd text a misread name ("MAQNUS", "KAI BISC0E") is a name, a misread place
("heat0n norris", "0fferton", "stockp0rt", "Heald Gm") a place and a misread address ("23 Outw0od Rd") an address, and the
correct reading the typist added in curly brackets is marked as well; a Danish postcode ("8000") is a postcode and "Aarhus C"
(the city-centre postal district) a place; a Danish date ("15. november 2026") is a date; a GP surgery's reception number is a
phone, like any other number that reaches a named office; a collar number, a GMC number, a hospital number, a court case
number, a police log or missing-person reference, an IDVA reference and bus route numbers ("the 203", "the 383") are not
marked; "the Costa in Marple" marks the town; "Heaton Mersey Academy", "Heaton Mersey" (the district) and "Mrs Heaton" are a
school, a place and a name; a woman called Hope and the village of Hope are marked by what they are.

Self-check without the detector: `python -m bench.redaction_set110` (and tests/test_redaction_set110.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,116 gold spans, 643 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Birtles / Pickford family (white British), Adswood, Stockport, with a nan in Shaw Heath ---------------------------

HOME_A = d.Address("14 Bosden Close", "Adswood", "Stockport", "SK3 8LX")
NAN_A = d.Address("9 Greek Street", "Shaw Heath", "Stockport", "SK3 9BE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Birtles")], dt.date(2016, 8, 19), addresses=[HOME_A], ids=["624 273 3811", "A356035958462"],
       schools=["Mirrlees Fold Primary School"]),
    _p("s", "sibling", [("Poppy", "Pickford")], dt.date(2021, 2, 11), addresses=[HOME_A], ids=["478 243 6963"]),
    _p("m", "mother", [("Jodie", "Birtles")], dt.date(1995, 4, 2), addresses=[HOME_A], phones=["07993 674 818"],
       ids=["617 862 6347", "JT 26 81 44 B"]),
    _p("f", "father", [("Lee", "Pickford")], dt.date(1990, 12, 7), addresses=[HOME_A], phones=["07985 018 127"]),
    _p("g", "grandparent", [("Sandra", "Birtles")], dt.date(1971, 9, 23), addresses=[NAN_A], phones=["0161 427 7892"]),
    _p("p1", "professional", [("Kate", "Bramhall")], phones=["0161 414 8106"], emails=["kate.bramhall@tamegoyt.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school safeguarding log export (CPOMS style)", """[[MIRRLEES FOLD PRIMARY SCHOOL|school]] - SAFEGUARDING LOG - student:
[[BIRTLES, Kayden|name]] (Y5, class
Kestrels)   DOB [[19/08/2016|dob]]   UPN [[A356035958462|upn]]   Export run [[02/12/2026|date]] by [[J. Howarth|name]] (DSL)

[[08/09/2026|date]] 08:52  Category: Attendance / Neglect   Logged by: [[Carys Lomas|name]] (class teacher)
[[Kayden|name]] arrived 40 min late with no coat, same uniform as last week, smelled of smoke. Said "mum was asleep and [[Lee|name]]
had gone to work". Breakfast given in the Nurture Room by Mrs [[Dunn|name]].
Action: [[Jodie|name]] ([[07993 674 818|phone]]) rang 09:30, no answer. Nan ([[Sandra Birtles|name]]) rang on [[0161 427 7892|phone]] -
said she would
"have a word". Assigned to [[J. Howarth|name]].

[[15/09/2026|date]] 15:20  Category: Parental concern   Logged by: [[Ian Roebuck|name]] (site manager)
At home time a man known as [[Lee Pickford|name]] came in the gate shouting at [[Kayden|name]] for "mouthing off" and grabbed his arm
at the top. [[Kayden|name]] went white and would not go with him. [[Lee|name]] left with [[Poppy|name]] (reception, 5) in the buggy.
[[Kayden|name]] went home with his friend [[Harvey Kenyon|name]]'s mum, [[Leanne Kenyon|name]], who lives round the corner on [[Garners
Lane|address]].
Action: DSL informed 15:25. Phoned mum; she said [[Lee|name]] "doesn't mean it", and that [[Kayden|name]] can stay at [[Leanne|name]]'s.

[[16/09/2026|date]] 09:05  Category: Physical injury   Logged by: [[Carys Lomas|name]]
Four round bruises inside [[Kayden|name]]'s right upper arm, purple/yellow, like fingertips. [[Kayden|name]]: "[[Lee|name]] grabbed me
because I wouldn't get in the car." Body map done with [[J. Howarth|name]] present.
Action: Referral to the Front Door 09:40 (spoke to [[Kate Bramhall|name]], [[0161 414 8106|phone]]). Police informed (PC [[Ashworth|name]]).

[[23/09/2026|date]]  Category: Disclosure   Logged by: Mrs [[Dunn|name]] (TA, Nurture Room)
[[Kayden|name]] said he "hides in the wardrobe with [[Pops|name]]" when [[Lee|name]] and mum shout, and that [[Lee|name]] threw the Xbox
at the wall. He asked if he could live at nan's on [[Greek Street|address]]. Passed to DSL the same morning.

[[07/10/2026|date]]  Category: Attendance   Logged by: Office ([[Bev Slater|name]])
Absent Mon [[5th|date]] - Wed [[7th|date]]. Mum: "sickness bug". Nan says he was with her in [[Shaw Heath|place]] on
the [[6th|date]] and "fine". Home visit by [[Bev|name]] and [[J. Howarth|name]] on [[7 Oct|date]]: no answer at
[[14 Bosden Close|address]]; a neighbour at [[no. 16|address]]
(Mr [[Frank Cheetham|name]]) said "they're in, they just don't answer".

[[11/11/2026|date]]  Category: Child protection plan   Logged by: [[J. Howarth|name]]
Initial conference held [[10/11/2026|date]]; [[Kayden|name]] and [[Poppy|name]] subject to CP plans (category: neglect and physical
abuse). Lead social worker [[Kate Bramhall|name]] ([[kate.bramhall@tamegoyt.gov.uk|email]]). Core group set for [[24 November|date]]
at 2pm in the school's family room.
"""),
    ("strategy discussion minutes", """TAME GOYT COUNCIL - CHILDREN'S SERVICES - STRATEGY DISCUSSION (s.47), held on Teams
Date: Wednesday [[16 September 2026|date]], 12:30    Chair: [[Ruth Kershaw|name]], team manager, [[Stockport|place]] South locality
Children: [[Kayden BIRTLES|name]] (b. [[19.08.2016|dob]]) and [[Poppy PICKFORD|name]] (b. [[11.02.2021|dob]]), both at
[[14 Bosden Close|address]], [[Adswood|place]], [[Stockport|place]] [[SK3 8LX|postcode]]

Present: [[Ruth Kershaw|name]] (chair); [[Kate Bramhall|name]] (SW); DC [[Lewis Ashworth|name]] (Public Protection, [[Cheadle
Heath|place]] police station); [[J. Howarth|name]] (DSL, [[Mirrlees Fold|school]]); [[Nadia Rahman|name]] (health visitor for
[[Poppy|name]] until March); Dr [[Sian Marple|name]] (named GP, Adswood Medical Practice)
Apologies: [[Angela Fitton|name]] (school nurse)

1. Information shared
School: as in their log of [[15|date]] and [[16 September|date]]. [[Kayden|name]]'s attendance is 81% this year. He is often hungry.
Police: [[Lee PICKFORD|name]] (b. [[07/12/1990|dob]]) has a caution for assault (2019, a man outside a pub in [[Edgeley|place]])
and two domestic incidents with [[Jodie BIRTLES|name]] logged in 2025, both "verbal only". No firearms. A car, a grey Ford Focus
[[MA19 KZP|vehicle]], is registered to him at the address.
Health: [[Poppy|name]]'s immunisations are behind; a missed hearing test at Stepping Hill. [[Jodie|name]] told the GP in
August that she was "struggling" and was given sertraline.
Children's services: a referral in 2024 from nan ([[Sandra BIRTLES|name]], [[9 Greek Street|address]], [[Shaw Heath|place]],
[[SK3 9BE|postcode]]) about the state of the house, closed after a single assessment.

2. Decision
Threshold met for a s.47 enquiry, single agency (children's services) with police informed; joint visit not needed as
[[Kayden|name]]'s account is clear and [[Lee|name]] is to be spoken to by DC [[Ashworth|name]] on a voluntary basis.
[[Kayden|name]] to be seen alone at school today by [[Kate|name]]; [[Poppy|name]] seen at home. Safety plan: [[Kayden|name]] to stay at
nan's
tonight with [[Jodie|name]]'s agreement. Child protection medical not needed (bruising photographed; advice from Dr [[Patel|name]],
paediatrician on call).

3. Actions
- [[Kate Bramhall|name]]: see both children by 18:00 today; speak to [[Sandra|name]] on [[0161 427 7892|phone]].
- DC [[Ashworth|name]]: interview [[Lee|name]] ([[07985 018 127|phone]]) by [[18/09|date]].
- [[J. Howarth|name]]: daily check-in for [[Kayden|name]] with Mrs [[Dunn|name]].
- [[Ruth Kershaw|name]]: review outcome on [[30/09/2026|date]].
"""),
]

DOCS_A += [
    ("Facebook Messenger chat between two sisters, typed up", """[Messenger chat between [[Jodie Birtles|name]] and her sister
[[Chelsea Birtles|name]], given to the social worker by
[[Chelsea|name]] on [[19 November 2026|date]] and typed up as it reads; times as shown on the phone]

[[Chelsea|name]]  Thu 22:41  u ok hun?? mum said [[kayden|name]] was at hers again
[[Jodie|name]]  22:44  im fine. lee lost it again over the xbox. [[kayden|name]] wont stop gobbing off at him
[[Chelsea|name]]  22:45  jodes thats not ok he's 10
[[Jodie|name]]  22:47  i no. school have rang social services. some woman called kate came round
[[Chelsea|name]]  22:47  bramhall? she did our [[tyler|name]] years ago she's sound x
[[Jodie|name]]  22:49  ye thats her. she wants to see me on my own on tuesday. lee says dont tell her nothing
[[Chelsea|name]]  22:50  come to mine in [[cheadle hulme|place]]. ill get [[darren|name]] to pick u up
[[Jodie|name]]  22:53  cant. lee has the car and hes took my phone before. im on [[poppy|name]]s tablet
[[Chelsea|name]]  22:54  whats his reg ill tell [[darren|name]] to look out
[[Jodie|name]]  22:55  [[ma19 kzp|vehicle]] but dont do owt stupid
[[Chelsea|name]]  22:58  ring me on the landline at mums if u need me [[0161 427 7892|phone]] or mine [[07486 934 455|phone]]
[[Chelsea|name]]  23:02  and jodes u no [[dawn|name]] at no 12? she heard all of it last night she told mum
[[Jodie|name]]  23:04  [[dawn|name]] is a nosey cow
[[Chelsea|name]]  23:05  shes looking out for u
[[Jodie|name]]  23:20  he's back. ttyl x

[[Chelsea|name]]  Fri 07:15  did u sleep?? text me a thumbs up
[[Jodie|name]]  07:40  👍 hes gone to work. taking kayd to school. poppys got a temp
[[Chelsea|name]]  07:41  ill come at 12 and take pops to dr [[marple|name]] at the surgery
[[Chelsea|name]]  07:41  [[kayden|name]] can come to me for the weekend, [[darren|name]] will take him to the county match at edgeley park
[[Jodie|name]]  07:52  ok. dont tell mum im not coping
"""),
]

DOCS_A += [
    ("initial child protection conference report by the social worker", """TAME GOYT COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference: Tuesday [[10 November 2026|date]], 10:00, Fred Perry House, [[Stockport|place]] (and Teams)
Author: [[Kate Bramhall|name]], social worker, [[0161 414 8106|phone]]     Chair (IRO): [[Michelle Heap|name]]

Children                         DOB             NHS no.          School / setting
[[Kayden Birtles|name]]                   [[19/08/2016|dob]]      [[624 273 3811|nhs]]     [[Mirrlees Fold Primary School|school]] (Y5)
[[Poppy Pickford|name]]                   [[11/02/2021|dob]]      [[478 243 6963|nhs]]     [[Mirrlees Fold|school]] (Reception)
Mother: [[Jodie Birtles|name]], [[02/04/1995|dob]], NI [[JT 26 81 44 B|ni]], [[07993 674 818|phone]]
[[Poppy|name]]'s father / mother's partner: [[Lee Pickford|name]], [[07/12/1990|dob]], [[07985 018 127|phone]]
[[Kayden|name]]'s father: [[Shaun Mottram|name]], whereabouts not known (last heard of in [[Runcorn|place]], 2022); not told of conference
Maternal grandmother: [[Sandra Birtles|name]], [[9 Greek Street|address]], [[Shaw Heath|place]], [[Stockport|place]] [[SK3 9BE|postcode]]
Family home: [[14 Bosden Close|address]], [[Adswood|place]], [[Stockport|place]] [[SK3 8LX|postcode]] (Stockport Homes, 2-bed house)

1. Reason for conference
On [[16 September 2026|date]] [[Kayden|name]] had fingertip bruising to his right upper arm, which he said [[Lee|name]] caused the day
before at the school gate. The s.47 enquiry found a wider pattern: a home that is cold and short of food, a mother with low
mood who sleeps late, [[Lee|name]]'s shouting and throwing things, and [[Kayden|name]] and [[Poppy|name]] hiding in a wardrobe.

2. What the children say
[[Kayden|name]] (seen alone [[16/09|date]], [[01/10|date]], [[29/10|date]]): "[[Lee|name]]'s alright when he's not stressed." He wants
"to live at nan's and see mum at weekends". He worries about [[Pops|name]] ("she cries when they shout"). He named his best friend
[[Harvey|name]] and [[Harvey|name]]'s mum [[Leanne|name]] as safe people, and a neighbour, "[[Dawn|name]] at number 12", who "gives us
ice pops".
[[Poppy|name]] (seen at home and at school): chatty, showed me her bed (a mattress on the floor with one sheet). She said "[[Lee|name]]
shouts at [[Kayd|name]]".

3. Parents' views
[[Jodie|name]] accepts the house is "a tip" and that she has not been well. She says [[Lee|name]] has "never laid a finger" on
[[Poppy|name]], and that [[Kayden|name]] "winds him up". She has agreed to see the GP again and to a referral to Talking Therapies.
[[Lee|name]] declined to meet me alone. He told DC [[Ashworth|name]] on [[17 September|date]] that he "took [[Kayden|name]]'s arm so he
didn't run into the road". He has been offered the Caring Dads programme.

4. Family and friends
[[Sandra|name]] (nan) looks after [[Kayden|name]] two or three nights a week and collects both children on Fridays. Mum's sister,
[[Chelsea Birtles|name]], lives in [[Cheadle Hulme|place]] with her partner [[Darren Hulme|name]] and has offered weekends.
[[Sandra|name]]'s partner, [[Keith Openshaw|name]], has a conviction for drink-driving (2015) and nothing else.

5. Analysis and recommendation
Both children have suffered significant harm through neglect, and [[Kayden|name]] through physical harm, with emotional harm from
living with conflict. Strengths: a close nan and aunt, a good school, [[Jodie|name]]'s honesty. I recommend child protection
plans under the categories of neglect and physical abuse, a family group conference (referral made [[4 November|date]]), and a
core group on [[24/11/2026|date]].

Signed [[K. Bramhall|name]]   Date [[3 November 2026|date]]   Countersigned [[R. Kershaw|name]]
"""),
]


# --- B. Marple / Swindells family (white British), Offerton, Stockport, with a mother in Hazel Grove ----------------------

HOME_B = d.Address("31 Lisburne Lane", "Offerton", "Stockport", "SK2 5RQ")
MUM_B = d.Address("6 Jackson's Edge Close", "Hazel Grove", "Stockport", "SK7 4NB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Marple")], dt.date(2011, 6, 30), addresses=[HOME_B], ids=["405 326 6343", "M356076720533"],
       phones=["07468 742 346"], schools=["Goyt Bank Academy"]),
    _p("s", "sibling", [("Alfie", "Marple")], dt.date(2014, 10, 5), addresses=[HOME_B], ids=["738 983 8558"]),
    _p("f", "father", [("Craig", "Marple")], dt.date(1983, 3, 14), addresses=[HOME_B], phones=["07932 731 755"],
       ids=["NH 48 20 73 C"]),
    _p("m", "mother", [("Gemma", "Swindells")], dt.date(1986, 1, 9), addresses=[MUM_B], phones=["07524 234 209"]),
    _p("p1", "professional", [("Aaron", "Dearden")], phones=["0161 432 7118"], emails=["aaron.dearden@tamegoyt.gov.uk"]),
], "c")

DOCS_B = [
    ("police missing person return home interview record", """GREATER MANCHESTER POLICE / TAME GOYT COUNCIL - MISSING FROM HOME: RETURN
HOME INTERVIEW (RHI)
Young person: [[MARPLE, Tayla|name]]   DOB: [[30/06/2011|dob]]   Age 15   Mobile: [[07468 742 346|phone]]
Address: [[31 Lisburne Lane|address]], [[Offerton|place]], [[Stockport|place]], [[SK2 5RQ|postcode]]   School: [[Goyt Bank Academy|school]]
Episode: reported missing by father ([[Craig Marple|name]]) Friday [[23/10/2026|date]] 23:40; found Sunday [[25/10/2026|date]] 14:05
Where found: a flat above a vape shop on [[Wellington Road North|address]], [[Heaton Norris|place]], by PC [[Dan Whitworth|name]] and
PCSO [[Hollie Bann|name]]. Police ref: MFH/26/118240
Interview by: [[Aaron Dearden|name]] (Complex Safeguarding Team), Tuesday [[27 October 2026|date]], at the
family home

Account ([[Tayla|name]]'s words where in quotes)
[[Tayla|name]] said she went to meet "[[Jace|name]]" at the bus station in town on Friday after school. She met him in August
at the Merseyway after her friend [[Kenzie|name]] ([[Mackenzie Shaw|name]], Y10) introduced them. She thinks he is 19 "or maybe
21". He drives a black Audi A3 ([[BK68 XRH|vehicle]]; she remembered the "BK" and her friend [[Lacey|name]] sent a photo).
"We went to his mate's flat in [[Heaton Norris|place]]. There were other girls, one from [[Denton|place]] called [[Shannon|name]]
and one I didn't know. We had vodka and some pills they said were just for chilling." She said she slept there both nights.
She said an older man the others called "[[Taz|name]]" came on Saturday and gave her £40 and a new phone.
She did not want to say more about what happened on Saturday night.
She said she turned her phone off because her dad "would go mental" and because [[Jace|name]] told her to.

Push and pull factors
At home: rows with dad since her mum moved to [[Hazel Grove|place]] with her new partner ([[Wayne Kitching|name]]) in May.
She says dad "spends all his time with [[Alfie|name]]" and that she "isn't allowed anything".
Pull: attention, vapes, lifts, money, "being looked after", the other girls.

Risks identified: child sexual exploitation (high), drugs, an older male with a car, new phone (number not known), missing
from school. Contact with mum: [[Gemma Swindells|name]] ([[07524 234 209|phone]]), who was not told until Saturday.

Actions: CE screening tool completed (score: significant); referral to the Complex Safeguarding hub; intelligence submitted
(vehicle, flat, "[[Jace|name]]", "[[Taz|name]]"); [[Tayla|name]] offered a worker from the Children's Society - agreed "if it's a woman".
Dad's number for the out of hours team: [[07932 731 755|phone]]. Next contact: [[3 November|date]].
"""),
]

DOCS_B += [
    ("Snapchat screenshots printed and OCR'd, with misreads", """[OCR text of 6 screenshots of [[Tayla|name]]'s Snapchat, printed by
her dad and handed to the social worker [[02/11/2026|date]].
Scanned at the office; OCR misreads left as they came out, with what the print shows in curly brackets]

--- screenshot 1 ---                                   4G 21:14
< jace.x.mcr
                 Today 20:51
JACE.X.MCR
ur dad is a weirdo lol
[[TAYLA|name]]
he took my phone charger so i cant go out 😂
JACE.X.MCR
ill pick u up at the top of [[lisburne|address]] by the chippy 10 mins
dont tell [[kenz|name]] this time

--- screenshot 2 ---
JACE.X.MCR
u coming to [[taz|name]]s sat? hes got the flat in [[heat0n norris|place]] {[[heaton norris|place]]}
he was asking about u
[[TAYLA|name]]
dunno my dads on one
JACE.X.MCR
tell him ur at [[lacey|name]]s in [[0fferton|place]] {[[offerton|place]]} lol

--- screenshot 3 --- (group chat "the gang 🖤")
[[Lacey M|name]]: who's going [[stockp0rt|place]] {[[stockport|place]]} tmrw
[[Shan|name]]: me n [[chloe|name]] getting the 203 from [[denton|place]]
[[Kenzie|name]]: not me mums grounded me
[[Tayla|name]]: tell [[taz|name]] i want the white one not the pink
[[Shan|name]]: 😂😂 greedy

--- screenshot 4 ---
JACE.X.MCR
new number dont save it under my name
[[07456 111 782|phone]]
put it as "[[Jess|name]] work"

--- screenshot 5 ---                       Snap Map
[[Tayla|name]] (me) - [[Heaton N0rris|place]] {[[Heaton Norris|place]]} - 2h ago
jace.x.mcr - [[Reddish|place]] - 1h ago
taz_4life - [[Wellington Rd N|address]], [[Stockport|place]] - now

--- screenshot 6 ---
[[TAYLA|name]]
can u pick me up from [[alfie|name]]s football at [[Lisburne Lane|address]] on sunday
dads there but he goes for a fag at half time
JACE.X.MCR
bring [[kenz|name]] this time. [[taz|name]] said

[Handwritten on the back of the last print, in dad's writing:] "This is her, [[Craig|name]]. The [[Jace|name]] one has been outside
twice this week in the black car. I got the reg [[BK68 XRH|vehicle]]. Her mum has not rung me back. [[07932 731 755|phone]]"
"""),
]

DOCS_B += [
    ("father's handwritten letter to the social worker, typed", """[Letter from [[Craig Marple|name]], handed in at Fred Perry House
[[5 Nov 2026|date]]; typed as written, spelling kept]

To [[Aaron Dearden|name]] the social worker,

Im writing this because I cant say it right on the phone and I get wound up. I am a good dad. I have had [[Tayla|name]] and
[[Alfie|name]] on my own since there mum went to live with [[Wayne|name]] in [[Hazel grove|place]]. I work days at the brewery in
[[Stockport|place]] and I get home at 4.

[[Tayla|name]] was a lovely girl. She done her prayers in church with her nana [[Marg|name]] every Sunday at St Thomas's till she was 12.
Since [[Jace|name]] came along she is not my girl. She comes in at all hours smelling of weed with a new phone and nails I did not
pay for. I took her charger off her yes because she was climbing out the window over the kitchen roof.

On the [[23rd|date]] I drove round [[Offerton|place]], [[Marple Bridge|place]], [[Hazel Grove|place]] and [[Reddish|place]] till 3 in the
morning. Nobody rang me back from the police till the saturday dinner time. Her mum ([[Gemma|name]]) did not even come out.
[[Alfie|name]] was sat on his own in the house and my neighbour [[Pat Grundy|name]] from [[no. 29|address]] went in to him.

I want to know what you are doing about this man. I gave the police his reg and the address of the flat on [[Wellington
Rd North|address]]. His mate is called [[Taz|name]] and I have seen him in a white BMW [[KX21 PLV|vehicle]] outside [[Goyt Bank|school]]
at home time.

I am not hiding anything. You can come to the house any time. I want help for her not a telling off for me.
Please ring me on [[07932 731 755|phone]] not the house phone. [[Alfie|name]]'s teacher is Mr [[Bredbury|name]] at
[[Banks Lane Juniors|school]] if you need him.

Yours,
[[Craig Marple|name]]
"""),
]

DOCS_B += [
    ("multi-agency child exploitation panel minutes", """TAME GOYT MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - MINUTES
(OFFICIAL-SENSITIVE)
Meeting: Thursday [[12th November 2026|date]], 09:30-12:00, Stopford House and Teams   Chair: DI [[Rebecca Gatley|name]], GMP
[[Stockport|place]] district
Case 4 of 7: [[Tayla MARPLE|name]] (15), DOB [[30.06.2011|dob]], NHS [[405 326 6343|nhs]], UPN [[M356076720533|upn]]

Attendees for this case: DI [[Gatley|name]] (chair); [[Aaron Dearden|name]] (Complex Safeguarding, lead worker); [[Priya Nair|name]]
(Children's Society, [[Tayla|name]]'s worker since [[6 November|date]]); [[Tom Gee|name]] (DSL, [[Goyt Bank Academy|school]]); DC [[Ellis
Fernley|name]] (Complex Safeguarding Team, police); [[Fiona Cheadle|name]] (CAMHS); [[Jo Moores|name]] (minutes)

1. Update since the last panel
Two further missing episodes: [[31/10|date]]-[[01/11|date]] (found at a hotel on the A6 at [[Hazel Grove|place]], with an
18-year-old girl, [[Shannon Daly|name]], of [[Denton|place]], who is known to Tameside) and [[7/11|date]] (returned herself at 02:00).
DC [[Fernley|name]]: "[[Jace|name]]" identified as [[Jason Riley ASPINALL|name]], 20, of [[Longsight|place]]; the Audi
[[BK68 XRH|vehicle]] is
his mother's. The flat on [[Wellington Road North|address]] is rented by [[Tariq Mahmood|name]] ("[[Taz|name]]"), 34, linked to the
white BMW [[KX21 PLV|vehicle]]. Both are named in other MACE cases. Child abduction warning notices served on [[Aspinall|name]]
on [[9 November|date]] and on [[Mahmood|name]] on [[10 November|date]].
School: attendance 62% this half term. [[Tayla|name]] has been in isolation twice for vaping. A girl in her year, [[Lacey Moss|name]],
has told staff that [[Tayla|name]] "owes" [[Taz|name]] money for the phone.
[[Priya|name]]: [[Tayla|name]] is engaging, has met her three times (once at
the Costa in [[Marple|place]]).

2. Risk rating: HIGH (unchanged)

3. Plan
- Police: disruption at the flat; ANPR markers on both vehicles; ask [[Tayla|name]]'s consent for a Section 2 ABE interview if she wants.
- [[Aaron|name]]: strategy meeting for [[Kenzie|name]] ([[Mackenzie Shaw|name]]) and [[Lacey|name]] as possible victims; speak to
  their parents. Visit mum ([[Gemma|name]]) at [[6 Jackson's Edge Close|address]], [[Hazel Grove|place]] [[SK7 4NB|postcode]] with dad's
  agreement.
- School: a reduced timetable is NOT agreed; a mentor (Mr [[Kyle Bent|name]]) and a safe space at break.
- CAMHS ([[Fiona|name]]): screening appointment offered for [[19/11/2026|date]] at the [[Stockport|place]] clinic.
- [[Alfie Marple|name]] (12, [[Banks Lane|school]]): a young carer's assessment; he is covering for his sister.
Next review: [[10 December 2026|date]].
"""),
]


# --- C. Marip / N'Hkum family (Kachin, from Myanmar by way of Malaysia), Lancashire Hill, Stockport --------------------------

HOME_C = d.Address("Flat 7, Wingate House, 40 Lancashire Hill", "Lancashire Hill", "Stockport", "SK4 1UB")
GRAN_C = d.Address("Shatapru Quarter, Du Kahtawng Road", "", "Myitkyina", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Seng Pan", "Marip")], dt.date(2013, 5, 21), addresses=[HOME_C], ids=["641 866 6380", "T356702569762"],
       schools=["Heaton Mersey Academy"]),
    _p("s", "sibling", [("Naw Awng", "Marip")], dt.date(2018, 1, 4), addresses=[HOME_C], ids=["661 812 4786"]),
    _p("s2", "sibling", [("Ja Seng", "Marip")], dt.date(2023, 9, 12), addresses=[HOME_C], ids=["798 807 7988"]),
    _p("f", "father", [("Zau Tu", "Marip")], dt.date(1982, 2, 17), addresses=[HOME_C], phones=["07720 763 378"]),
    _p("m", "mother", [("Lu Ra", "N'Hkum")], dt.date(1988, 11, 30), addresses=[HOME_C], phones=["07958 850 466"]),
    _p("g", "grandparent", [("Hkawn Nu", "Lahtaw")], addresses=[GRAN_C], phones=["+95 9 450 312 786"]),
    _p("p1", "professional", [("Hannah", "Bredbury")], phones=["0161 472 0263"], emails=["hannah.bredbury@tamegoyt.gov.uk"]),
], "c")

DOCS_C = [
    ("social worker's case note of a home visit with an interpreter", """CASE NOTE - home visit (announced) - Thursday
[[1 October 2026|date]] 16:30-18:10
Worker: [[Hannah Bredbury|name]], Children in Need team ([[Stockport|place]] North)     Interpreter: [[Roi Ja|name]] (Jinghpaw),
booked through the council's language line (in person)
Present: [[Marip Zau Tu|name]] (father; "[[Zau Tu|name]]" - the family use the clan name first, [[Marip|name]], as a surname);
[[N'Hkum Lu Ra|name]] (mother); [[Seng Pan|name]] (13); [[Naw Awng|name]] (8); [[Ja Seng|name]] (3). Family home: [[Flat 7|address]],
[[Wingate House|address]], [[40 Lancashire Hill|address]], [[Stockport|place]] [[SK4 1UB|postcode]]

Why I visited: [[Heaton Mersey Academy|school]] referred on [[28/09/2026|date]] after [[Seng Pan|name]] showed her form tutor
(Ms [[Oduya|name]]) cuts on her left forearm and said her father had hit her legs with a bamboo stick for a bad maths test.

The family came to the UK in 2023 on the UK Resettlement Scheme from [[Kuala Lumpur|place]], where they lived for six years
in [[Ampang|place]] after leaving [[Myitkyina|place]] (Kachin State) when the fighting came near [[Waingmaw|place]]. Mr [[Zau Tu|name]]
works nights at a warehouse in [[Trafford Park|place]]. Mrs [[Lu Ra|name]] cleans at the church in [[Heaton Chapel|place]] and is
learning English at the college.

Father: says that in Kachin families a child is "trained" with a stick, as he was. He did hit [[Seng Pan|name]] on the back of
the legs "three times, not hard". He was upset that the school went "behind his back" and said his pastor, Rev. [[Maran
La Awng|name]], should have been asked first. I explained the law in the UK and that it does not matter where a family is
from. He listened; he said "[[Hannah|name]], in Malaysia nobody helped us, here the government is watching my children". He
agreed not to use the stick again and signed a written agreement (copy on file).
Mother: quiet, spoke through the interpreter. She is worried about [[Seng Pan|name]]'s cutting, which she did not know about.
She said [[Seng Pan|name]] is "always on the phone to [[Ah Nu|name]] in Malaysia" (a cousin, [[Lahpai Ah Nu|name]], 16, in [[Klang|place]]).
She misses her own mother, [[Lahtaw Hkawn Nu|name]], in [[Myitkyina|place]] ([[+95 9 450 312 786|phone]]), and cries at night.

[[Seng Pan|name]] (seen alone in her room, in English, no interpreter by her choice): cuts started in the summer. She feels she is
"the family's English" - she reads the letters, rings the GP and the council for her parents. At school a girl, [[Ruby
Cheetham|name]], calls her "Chinese" and "flat face". Her best friend is [[Aung Myat|name]] from [[Reddish|place]]. She wants her dad
to "stop comparing me to [[Brang Seng|name]]" (a cousin who is at university in [[Yangon|place]]).
[[Naw Awng|name]]: shy, showed me his Lego, said "Wa (dad) shouts but he is nice". [[Ja Seng|name]] was asleep.

Plan: single assessment (day 3 of 45); a referral to the school nurse and to CAMHS for [[Seng Pan|name]]; English classes and
a Kachin or Burmese speaking family support worker if one can be found; a visit to the pastor with the family's consent.
Phones: father [[07720 763 378|phone]], mother [[07958 850 466|phone]].
"""),
]

DOCS_C += [
    ("church pastor's email to the social worker", """From: [[Maran La Awng|name]] <[[pastor.laawng@kachinchurchgm.org.uk|email]]>
Sent: [[05 October 2026|date]] 21:47
To: [[Bredbury, Hannah|name]] <[[hannah.bredbury@tamegoyt.gov.uk|email]]>
Cc: [[Zau Tu Marip|name]] <[[zautu.marip82@gmail.com|email]]>
Subject: RE: [[Marip|name]] family - meeting on Thursday

Dear Ms [[Bredbury|name]],

Thank you for your call. [[Zau Tu|name]] has asked me to write because his English is not strong for writing and he does not
want his daughter to write this for him (which I agree with).

I am the pastor of the Kachin Baptist fellowship that meets on Sunday afternoons at St Paul's in [[Heaton Chapel|place]]. There
are about 40 Kachin families in Greater Manchester, most in [[Stockport|place]], [[Longsight|place]] and [[Oldham|place]], and most came
the same way as the [[Marip|name]] family, through the camps and then [[KL|place]]. I have known [[Zau Tu|name]] and [[Lu Ra|name]] since
they arrived at Manchester Airport in March 2023.

I want you to know that [[Zau Tu|name]] is a good father. Where we come from, the stick is normal, and I have told him clearly,
as I tell all our families in the parenting group, that here it is against the law and against what we teach. He has
agreed. My wife, [[Kaw Nan|name]], runs the women's group and will visit [[Lu Ra|name]] every week. [[Lu Ra|name]] is lonely: her
mother is in [[Myitkyina|place]] and her sister [[Lu Bawk|name]] is in [[Fort Wayne|place]], Indiana, with the big Burmese community
there ([[+1 260 515 4472|phone]]).

About [[Seng Pan|name]]: she is a clever girl and she carries too much. The young people's leader, [[Bawm Ja|name]] (she is at the
university in [[Salford|place]]), says [[Seng Pan|name]] has stopped coming to youth on Fridays since the summer. I am worried
about the phone calls to Malaysia late at night. Her cousin [[Ah Nu|name]] in [[Klang|place]] is not a good influence, I am sorry to
say; the family there told me she has "a boyfriend who is much older".

I would be glad to come to any meeting. Please call me on [[07701 071 537|phone]].
In Myanmar script the father's name is written [[ဇော်တူ|name]] and [[Seng Pan|name]]'s [[စိုင်းပန်|name]], if the school needs it for
their records.

God bless,
Rev. [[La Awng|name]] ([[Maran La Awng|name]])
Kachin Baptist Fellowship, Greater Manchester
"""),
]

DOCS_C += [
    ("CAMHS referral form, filled in by the school nurse", """PENNINE CARE NHS FT - HEALTHY YOUNG MINDS (CAMHS) [[STOCKPORT|place]] -
REFERRAL FORM (v7)
Section 1 - the young person
Surname: [[MARIP|name]]                     Forename(s): [[SENG PAN|name]]             Known as: [[Pan|name]] ("[[Panny|name]]" at school)
DOB: [[21-05-2013|dob]]      NHS number: [[641 866 6380|nhs]]      Gender: F      Ethnicity: Other Asian (Kachin, Myanmar)
Address: [[Flat 7 Wingate House|address]], [[40 Lancashire Hill|address]], [[Stockport|place]]       Postcode: [[SK4 1UB|postcode]]
Language(s): Jinghpaw, Burmese, Malay, English   Interpreter for parents: YES (Jinghpaw)   For YP: NO
School: [[Heaton Mersey Academy|school]], Y9, tutor group 9MO       GP: Vale View Surgery
Parent/carer 1: [[Zau Tu MARIP|name]] (father) [[07720 763 378|phone]]   Parent/carer 2: [[Lu Ra N'HKUM|name]] (mother)
[[07958 850 466|phone]]   Social worker: [[Hannah Bredbury|name]] (CIN), [[0161 472 0263|phone]]

Section 2 - reason for referral (referrer's words)
Self-harm by cutting (left forearm, superficial, about 12 lines, some healed, some 2-3 days old when seen [[29/09/26|date]]).
[[Seng Pan|name]] says she cuts "when my head is loud", about twice a week since the summer holidays. No
overdose. Denies suicidal plans but said on [[6/10/26|date]] "sometimes I think they would be fine without me".
Triggers she names: being the family's interpreter, dad's expectations, racist comments at school (a girl in her year, now
dealt with), missing her grandmother (her "Dwi", in [[Myitkyina|place]]) and her life in [[Ampang|place]], where her best friend
[[Mary Nang|name]] still lives.

Section 3 - risk
Physical chastisement by father ([[24/09/26|date]]) - s.47 not needed, CIN plan in place, written agreement. Late-night
calls with a cousin in Malaysia who has an older boyfriend (online contact with adults not known). Sleep 4-5 hours.

Section 4 - what has been tried
School nurse ([[Amy Hough|name]]) 4 sessions from [[7 October|date]]; a wound care plan; the Kooth app; a time-out card;
a lunchtime club with Mrs [[Heaton|name]] (SENCo). The church youth leader ([[Bawm Ja|name]]) has offered to mentor her.

Section 5 - consent
Young person consents: YES (signed [[S. P. Marip|name]]). Parents consent: YES, explained through the interpreter [[Roi Ja|name]] on
[[13/10/2026|date]] at home.

Referrer: [[Amy Hough|name]], school nurse (0-19 service), [[amy.hough1@nhs.net|email]], [[07581 002 221|phone]]
Date of referral: [[14/10/2026|date]]
"""),
]

DOCS_C += [
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - [[MARIP|name]] FAMILY - minutes
Date: Monday [[30th November 2026|date]], 15:45, at [[Heaton Mersey Academy|school]] (room G12)
Chair: [[Hannah Bredbury|name]] (SW)   Minutes: [[Liam Davenport|name]] (family support worker)
Present: [[Zau Tu Marip|name]]; [[Lu Ra N'Hkum|name]]; [[Seng Pan Marip|name]] (for the first half); [[Roi Ja|name]] (interpreter);
[[Amy Hough|name]] (school nurse); Ms [[Oduya|name]] (form tutor); [[Kaw Nan|name]] (church women's group, at the family's request)
Apologies: Dr [[Thet Naing|name]] (CAMHS - letter read out); [[Carol Whitehead|name]] ([[Ja Seng|name]]'s nursery, [[Little Acorns at
Heaton Norris|school]])

1. Children
[[Seng Pan|name]] (13): no new cuts since [[2 November|date]] (checked with the nurse, with her consent). Attended her CAMHS
assessment on [[17/11|date]]; Dr [[Naing|name]] offers six sessions of CBT from January, with a Burmese
speaking assistant psychologist for the family session. Attendance 96%. She has joined the school's lunchtime Asian
Society and has a new friend, [[Hoa Tran|name]]. She told the meeting: "my dad has not used the stick. He says sorry in his way,
he buys me bubble tea at Merseyway". She still rings her cousin in [[Klang|place]] but "not after 10".
[[Naw Awng|name]] (8, [[Lark Hill Primary|school]]): well; football on Saturdays at [[Heaton Mersey|place]] with Mr [[Zau Tu|name]]'s
friend [[Gam Seng|name]].
[[Ja Seng|name]] (3): at nursery 15 hours; speech assessment due (she speaks Jinghpaw at home, English at nursery).

2. Parents
Mr [[Zau Tu|name]] has moved to day shifts at the warehouse so that he is home at night. He has done the first four sessions of
the parenting group at the church hall with the interpreter. Mrs [[Lu Ra|name]] has started ESOL Entry 2 at [[Stockport
College|school]]. She would like to visit her mother in [[Myitkyina|place]] but it is not safe to travel; she speaks to her on Viber
([[+95 9 450 312 786|phone]]) each Sunday. The family have asked for help with a letter from the Home Office about their
leave (passed to the council's resettlement officer, [[Gareth Leigh|name]], [[0161 419 2063|phone]]).

3. Outcome
Good progress. CIN plan to continue for three months with a review on [[1 March 2027|date]], then step down to Early Help
([[Liam|name]]) if progress holds. [[Hannah|name]] to write to the family (in English, read to them by [[Roi Ja|name]]) with the plan.
"""),
]


# --- D. Haghandoqa / Shogen family (Circassian, from Jordan), Edgeley, Stockport ------------------------------------------

HOME_D = d.Address("52 Castle Street", "Edgeley", "Stockport", "SK3 9AB")
GRAN_D = d.Address("Al-Amir Hamzah Street, building 17", "Sweileh", "Amman", "11910")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aslan", "Haghandoqa")], dt.date(2016, 3, 8), addresses=[HOME_D], ids=["719 636 1873", "Q356310840365"],
       schools=["Alexandra Park Primary School"]),
    _p("s", "sibling", [("Dana", "Haghandoqa")], dt.date(2020, 7, 19), addresses=[HOME_D], ids=["477 426 7708"]),
    _p("m", "mother", [("Nafset", "Haghandoqa"), ("Nafset", "Shogen")], dt.date(1991, 10, 2), addresses=[HOME_D],
       phones=["07968 473 428"], ids=["419 617 5007"]),
    _p("f", "father", [("Anzor", "Haghandoqa")], dt.date(1984, 6, 25), addresses=[HOME_D], phones=["07597 874 336"],
       ids=["SK 72 05 38 D"]),
    _p("g", "grandparent", [("Fatima", "Shogen")], addresses=[GRAN_D], phones=["+962 79 541 2287", "+962 6 552 3816"]),
    _p("p1", "professional", [("Olivia", "Reddish")], phones=["0161 412 2663"], emails=["olivia.reddish@tamegoyt.gov.uk"]),
], "c")

DOCS_D = [
    ("GP's safeguarding referral letter", """CASTLE STREET MEDICAL CENTRE
Dr [[A. Whitworth|name]] / Dr [[Hazel Grove|name]] / Dr [[M. Aziz|name]]
Tel [[0161 451 1614|phone]] (reception)

[[19 October 2026|date]]

Front Door (Children's Social Care), Tame Goyt Council
By secure email

Dear colleague,

Re: [[Aslan HAGHANDOQA|name]], DOB [[08/03/2016|dob]], NHS No [[719 636 1873|nhs]]
     [[Dana HAGHANDOQA|name]], DOB [[19/07/2020|dob]], NHS No [[477 426 7708|nhs]]
     Mother: [[Nafset HAGHANDOQA|name]] (née [[SHOGEN|name]]), DOB [[02/10/1991|dob]], NHS No [[419 617 5007|nhs]]
     [[52 Castle Street|address]], [[Edgeley|place]], [[Stockport|place]] [[SK3 9AB|postcode]]

I saw Mrs [[Haghandoqa|name]] today for a routine review of her asthma. She came with [[Aslan|name]] (10), who usually interprets
for her; I asked him to wait outside and used a telephone interpreter (Arabic) instead. She is Circassian, from [[Sweileh|place]]
in [[Amman|place]], and came to the UK in 2019 on a spouse visa; her first language is Adyghe, her second Arabic.

When alone she disclosed that her husband, [[Anzor Haghandoqa|name]], keeps her passport and the children's passports in a
locked box at work, controls all the money (she is given £20 a week for food and must show him the receipts), checks her
phone, and does not allow her to go to English classes or to the Circassian cultural evenings in [[Manchester|place]]. She said
he pushed her against the kitchen door in September when she asked to visit her mother, [[Fatima
Shogen|name]], in [[Amman|place]], who is unwell. She has bruising to her left upper arm today, which she said was from "the door".
She denied that he hurts the children but said that [[Aslan|name]] "stands in front of me when he shouts" and has begun wetting
the bed. [[Dana|name]] (6) is in Year 2 at [[Alexandra Park Primary|school]].

She agreed to my making this referral and to my sharing it with the police and an IDVA, but asked that her husband is not told
it came from her. She asked me to phone her only on Tuesdays and Thursdays between 10 and 12 on [[07968 473 428|phone]], when he
is at work, or to leave a message with her friend and neighbour [[Lyudmila Petrenko|name]] ([[07572 102 206|phone]]), who lives
at [[no. 48|address]].

DASH completed: 12 (medium); she did not feel the risk was high enough for a MARAC and I agree. I have given her the number
of the local domestic abuse service and we agreed a code word for the surgery.

Yours faithfully,
Dr [[Hazel Grove|name]]
GP partner and safeguarding lead
"""),
]

DOCS_D += [
    ("mother's own notes dictated into her phone, translated", """[Notes [[Nafset|name]] dictated in Arabic into the notes app on her
phone between [[20 October|date]] and [[2 November 2026|date]],
shown to the IDVA and translated by the interpreter ([[Rania Haddad|name]]) on [[3 November|date]]. Where she used Adyghe
words, these are kept. She wrote her husband's name in Arabic script as [[أنزور|name]] and her mother's as [[فاطمة|name]]]

[[٢٠/١٠|date]]
Today [[أنزور|name]] counted the receipts again. He said I bought the expensive yoghurt. [[Aslan|name]] said "Papa, it was me who
wanted it." He is ten and he is protecting me. I hate that.

[[٢٢/١٠|date]]
The lady from the council, [[Olivia|name]], came to the school to see [[Aslan|name]]. He told me after, "I didn't say
anything bad about Papa." I told him he can say the truth. Nana (my mother) rang from [[Sweileh|place]] on the landline
number [[+962 6 552 3816|phone]], my brother [[Murad|name]] held the phone for her. She is weaker. I cannot go. He has the passports.

[[24/10|date]]
[[Lyudmila|name]] from [[number 48|address]] brought borscht. She is from [[Kharkiv|place]], she understands what it is to be far from
your mother. She lets me use her laptop for the English course on the internet. If [[أنزور|name]] knew he would go mad.

[[26 October|date]]
He shouted because [[Dana|name]] spoke Arabic at dinner and not Adyghe. "Our children will not lose the language." I want them
to have the language too, but not like this. He says in [[Kfar Kama|place]] his cousin [[Zaur|name]]'s wife never goes out alone
and she is happy. His cousin's number is [[+972 4 676 2215|phone]] - [[Zaur Hatuqay|name]] - in case they call me.

[[29/10|date]]
At the Circassian evening he allowed, I spoke to [[Sati|name]], who is married to
[[Beslan Bzhedugh|name]]. She said "call me any time", [[07565 629 225|phone]]. She lives in [[Cheadle|place]].

[[1/11|date]]
He threw the plate. Not at me, at the wall. [[Dana|name]] cried, [[Aslan|name]] took her up to bed. I found the box key in his
jacket. The passports are in the office at the car wash on [[Shaw Heath|place]] where he is manager. I took a photo of the
numbers.

[[2/11|date]]
Tomorrow I see the lady [[Olivia|name]] and the lady from the service ([[Erin|name]]). I am afraid and I am ready.
"""),
]

DOCS_D += [
    ("independent domestic violence adviser's case notes", """IDVA SERVICE - CASE NOTES (export)   Client: [[HAGHANDOQA, Nafset|name]]
  Ref: IDVA-26-0917
Risk: DASH 12 -> 16 (re-scored [[03/11/2026|date]], now HIGH - referred to MARAC for [[19/11/2026|date]])
IDVA: [[Erin Whitehead|name]]   Safe contact: Tues/Thurs 10-12 only, [[07968 473 428|phone]]; or via [[Lyudmila Petrenko|name]]

[[21/10/2026|date]] 11:05 - phone, with interpreter (Arabic, [[Rania Haddad|name]]). Introduced service. [[Nafset|name]] confirmed
financial control, passports kept, phone checked, one push in September. Safety plan started. Code word agreed.

[[03/11/2026|date]] 10:15 - face to face at Edgeley Library (her "English class"), with [[Rania|name]] and SW [[Olivia Reddish|name]].
Went through her notes (copy on file). New: plate thrown [[1/11|date]]; husband's cousin abroad ([[Zaur Hatuqay|name]],
[[Kfar Kama|place]], Israel) may "call" her. Passports at his workplace, Speedy Hand Car Wash, [[Shaw Heath|place]]; she has
photographed the numbers. Re-scored DASH: 16. Discussed options: stay with a safety plan, refuge, non-molestation order,
occupation order. She wants to stay in the house with the children and for him to leave. She does not want to go back to
Jordan without the children; fears he would take [[Aslan|name]] and [[Dana|name]] to his family in [[Wadi as-Sir|place]].
Port alert discussed with police; DC [[Naomi Brinnington|name]] (DA unit, [[Stockport|place]]) to consider.

[[05/11/2026|date]] 14:30 - call from [[Lyudmila|name]] (on her own phone, [[07572 102 206|phone]]): [[Anzor|name]] came home early,
saw the laptop. Shouting heard through the wall. Police called by [[Lyudmila|name]] (999, log 1422). Officers attended
[[52 Castle Street|address]]; [[Anzor HAGHANDOQA|name]] ([[25/06/1984|dob]]) arrested for common assault; later bailed with conditions
not to contact [[Nafset|name]] or attend [[Castle Street|address]] or [[Edgeley|place]], to live at his friend's,
[[Timur Abaza|name]], [[18 Dale Street|address]], [[Heaton Moor|place]] [[SK4 4AQ|postcode]].

[[06/11/2026|date]] 09:40 - home visit with [[Rania|name]]. [[Nafset|name]] calm, the children at school. Target hardening
booked (locks, door chain) through the Sanctuary scheme. Passports: police recovered them from the car wash on
[[6 Nov|date]] and hold them. She rang her mother ([[+962 79 541 2287|phone]], mobile) for the first time without him in the room;
her brother [[Murad Shogen|name]] will send money for English classes. Referred to the Circassian women's group in
[[Manchester|place]] (contact [[Zarema Khatkh|name]], [[07594 396 948|phone]]).

[[19/11/2026|date]] MARAC: actions - police to apply for a DVPO if bail is breached; school to let only [[Nafset|name]] or
[[Lyudmila|name]] collect; health visitor to see [[Dana|name]]; IDVA to support a non-molestation order application (hearing
at Manchester Civil Justice Centre [[1 December|date]]).
"""),
]

DOCS_D += [
    ("social worker's notes typed fast on a work phone after a school visit", """notes typed on phone in the car outside
[[alex park school|school]] [[12/11|date]] 15:52 - tidy up later - OR

seen [[aslan|name]] alone in the library room 14.30-15.10, mrs [[higginbotham|name]] (dsl) nearby not in room
- [[aslan|name]] v chatty today, drew his family: mum, [[dana|name]], him, nana [[fatima|name]] "in [[amman|place]] far away", uncle
  [[murad|name]], and papa "at [[timur|name]]s house" with a sad face. said he misses papa but "the house is quiet now, mama sings"
- asked re [[5 nov|date]]: "papa broke the laptop that [[lyuda|name]] gave. I took [[dana|name]] upstairs and put the tv on loud".
  knows to ring 999, showed me the code word
- bedwetting "only 2 times" this wk (mum says less)
- worried papa will take him to jordan "to the big family in [[wadi seer|place]]" - he has heard papa say it on the phone to
  cousin [[zaur|name]]. told him passports are with police
- friends: [[kacper|name]] and [[oisin|name]] in his class, plays at [[kacper|name]]s on [[grenville st|address]] on sats. football
  at the edgeley park soccer school thurs - coach [[dean|name]]
- he asked if papa can come to his birthday in march. said i would ask mum + the court
- interpreting: says he doesn't do it "since [[rania|name]] came". good

rang mum 15.40 ([[07968 473 428|phone]]) - ok. [[anzor|name]] hasnt breached. DVPO not needed. bail to [[3 dec|date]]
rang dc [[brinnington|name]] 15.45 - voicemail. left msg re [[aslan|name]]s worry about jordan, ask re port alert
to do: contact w papa - supervised? ask [[erin|name]]. CIN or CP? talk to [[ruth|name]] tmrw. chase school re free
school meals ([[dana|name]] + [[aslan|name]]). check [[sati|name]] ([[07565 629 225|phone]]) is ok to be a safe adult for pick up
- [[cheadle|place]] is far tho
"""),
]


# --- E. Greenhalgh / Kjærgaard family (Danish mother, white British father), Heald Green, with a father in Cheadle Hulme --

HOME_E = d.Address("23 Outwood Road", "Heald Green", "Cheadle", "SK8 3LT")
DAD_E = d.Address("11 Hulme Hall Road", "Cheadle Hulme", "Cheadle", "SK8 6JZ")
MORMOR_E = d.Address("Frederiksgade 41, 3. th.", "", "Aarhus", "8000")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Magnus", "Greenhalgh")], dt.date(2014, 1, 27), addresses=[HOME_E, DAD_E],
       ids=["773 893 3836", "V356897330035"], phones=["07989 336 388"], schools=["Outwood Park High School"]),
    _p("s", "sibling", [("Freja", "Greenhalgh")], dt.date(2017, 4, 3), addresses=[HOME_E, DAD_E], ids=["754 978 7204"],
       schools=["Heald Green Primary School"]),
    _p("m", "mother", [("Mette", "Kjærgaard")], dt.date(1984, 8, 16), addresses=[HOME_E], phones=["07707 588 594"],
       emails=["mette.kjaergaard@outlook.dk"]),
    _p("f", "father", [("Oliver", "Greenhalgh")], dt.date(1981, 12, 1), addresses=[DAD_E], phones=["07756 072 836"],
       emails=["olly.greenhalgh@btinternet.com"]),
    _p("g", "grandparent", [("Birgitte", "Kjærgaard")], addresses=[MORMOR_E], phones=["+45 21 46 83 57", "+45 86 12 44 90"]),
    _p("p1", "professional", [("Rachel", "Offerton")], phones=["0161 413 4701"], emails=["rachel.offerton@tamegoyt.gov.uk"]),
], "c")

DOCS_E = [
    ("secondary school safeguarding email chain between the DSL and the parents", """From: [[Greenhalgh, Oliver|name]]
<[[olly.greenhalgh@btinternet.com|email]]>
Sent: Sunday, [[October 4, 2026|date]] 11:02 PM
To: [[Dave Brennan|name]] (DSL) <[[d.brennan@outwoodpark.stockport.sch.uk|email]]>
Cc: [[mette.kjaergaard@outlook.dk|email]]
Subject: [[Magnus|name]] - Friday night

Mr [[Brennan|name]],

I need to let the school know that [[Magnus|name]] was brought home to me by the police at 1am on Saturday after being found
drunk in the park by the [[Kenyon Lane|address]] shops in [[Heald Green|place]] with two other Y8 boys ([[Joel Seddon|name]] and a boy he
calls "[[Biscuit|name]]", real name [[Kai Biscoe|name]] I think). He was sick and could not stand. He said he took the vodka from his
mum's, where he was supposed to be that weekend. His mother did not know he was out. She was, as she often is these days,
"asleep" at 9pm. [[Freja|name]] (9) was in the house with her.

I have told [[Mette|name]] that the children stay with me until we sort this out. I'm copying her in so there is no
confusion. I'd be grateful if you'd keep an eye on him this week.
[[Oliver Greenhalgh|name]]
[[07756 072 836|phone]]

-----
From: [[Mette Kjærgaard|name]] <[[mette.kjaergaard@outlook.dk|email]]>
Sent: [[05/10/2026|date]] 06:48
To: [[Oliver Greenhalgh|name]]; [[Dave Brennan|name]]
Subject: RE: [[Magnus|name]] - Friday night

Mr [[Brennan|name]], I am sorry for this email so early. [[Olly|name]] is telling half the story. I was not drunk, I took a
sleeping tablet because I work nights at the airport on Thursdays. [[Magnus|name]] told me he was going to [[Joel|name]]'s house on
[[Bolshaw Road|address]] and the mother, [[Karen Seddon|name]], texted me to say he was there. It is not true the children stay
with him - we have a court order from March
that they live with me in the week. [[Freja|name]] goes back to school from my house today. My mother [[Birgitte|name]] flies in from
[[Aarhus|place]] on Thursday [[8th|date]] to help me.
[[Mette|name]]
Sent from my iPhone

-----
From: [[Dave Brennan|name]]
Sent: [[05 October 2026|date]] 12:30
To: [[Oliver Greenhalgh|name]]; [[Mette Kjærgaard|name]]
Cc: [[Sue Tatton|name]] (Head of Year 8); [[Lisa Pownall|name]] (DSL, [[Heald Green Primary|school]])
Subject: RE: [[Magnus|name]] - Friday night

Dear Mr [[Greenhalgh|name]] and Ms [[Kjærgaard|name]],

Thank you both. I have seen [[Magnus|name]] this morning; he is tired and embarrassed and has agreed to see our school
counsellor ([[Anna Moss|name]]) on Wednesday. I am sharing this with children's services today as I must (an under-13 found
intoxicated at night by police), and I have let [[Lisa|name]] at [[Freja|name]]'s school know so that they can support her too.
Please can you both stop copying each other into emails to the school about the other parent's care; the children's
welfare comes first and I would like a meeting with you both, separately if you prefer. I am free on Friday [[9 October|date]]
at 8.30.
[[Dave Brennan|name]], Assistant Head and DSL, [[Outwood Park High School|school]], [[Heald Green|place]]
"""),
]

DOCS_E += [
    ("section 7 welfare report extract in a private law case", """IN THE FAMILY COURT AT STOCKPORT
                                    Case no. SK26P00412
[[GREENHALGH|name]] v [[KJÆRGAARD|name]] - Children Act 1989, section 7 report (local authority)
Children: [[Magnus Oliver GREENHALGH|name]] (b. [[27 January 2014|dob]]), [[Freja Birgitte GREENHALGH|name]] (b. [[3 April 2017|dob]])
Applicant (father): [[Oliver James GREENHALGH|name]], [[11 Hulme Hall Road|address]], [[Cheadle Hulme|place]], [[SK8 6JZ|postcode]]
Respondent (mother): [[Mette KJÆRGAARD|name]], [[23 Outwood Road|address]], [[Heald Green|place]], [[Cheadle|place]], [[SK8 3LT|postcode]]
Author: [[Rachel Offerton|name]], social worker, Family Court Team; report date [[23 November 2026|date]]; hearing [[14/12/2026|date]]

1. The applications
The father applies to vary the child arrangements order made by District Judge [[Hyde|name]] on [[12 March 2026|date]] so that the
children live with him. The mother applies for permission to remove the children permanently to [[Aarhus|place]], Denmark,
where she grew up and where her mother, Mrs [[Birgitte Kjærgaard|name]], lives at [[Frederiksgade 41, 3. th.|address]], [[8000|postcode]]
[[Aarhus C|place]].

2. Enquiries made
Seen: both parents (twice each, at home); [[Magnus|name]] (alone, at school, [[3/11|date]]; at McDonald's in [[Cheadle|place]],
[[17/11|date]]); [[Freja|name]] (alone at school [[3/11|date]], with each parent at home). Spoken to: [[Dave Brennan|name]] (DSL,
[[Outwood Park|school]]); [[Lisa Pownall|name]] (DSL, [[Heald Green Primary|school]]); Dr [[Orla Keane|name]] (GP); PC [[Simon Lord|name]]
([[Cheadle|place]] neighbourhood team); the father's partner, [[Gemma Hyde|name]]; the maternal grandmother by video call
([[+45 21 46 83 57|phone]]).
Checks: police (one call-out, [[3 October|date]], [[Magnus|name]] found intoxicated); no previous social care involvement.

3. The children
[[Magnus|name]] (12) is a bright, sporty boy who plays for Kingsway Juniors on Sundays. He said: "Mum's fun but she drinks
wine every night and falls asleep. Dad's strict and [[Gemma|name]] is alright. I don't want to live in Denmark, all my mates
are here." He has not drunk alcohol again, he says, and he is "grounded forever".
[[Freja|name]] (9) speaks Danish with her mother and mormor and calls [[Aarhus|place]] "mormor's town". She said: "I want to live with
Mummy, but I want Daddy on Saturdays." She misses her best friend [[Isla Pownall|name]] when she is at her father's.

4. Analysis
Both parents love the children and both have shown poor judgement in drawing the school into their dispute. The mother's
drinking is a real concern: she accepts drinking "a bottle most nights" and has agreed to hair strand testing (results due
[[7 December|date]]) and to see the drug and alcohol service in [[Stockport|place]]. The father's home is stable. The relocation
plan is not detailed: no school place in [[Aarhus|place]], no contact plan beyond "summer in [[Hulme Hall Road|address]]", and
[[Magnus|name]] is firmly against it.

5. Recommendation
No relocation at present. The children to live with their mother in the week pending the test results, with a written
agreement that she will not drink when caring for them, and with their father from Friday to Sunday; [[Magnus|name]] to choose
extra time. If the tests show excessive drinking, the arrangements should be reversed. A family assistance order for six months.

[[Rachel Offerton|name]]   [[rachel.offerton@tamegoyt.gov.uk|email]]   [[0161 413 4701|phone]]
"""),
]

DOCS_E += [
    ("police officer's pocket notebook pages, scanned and OCR'd", """[Scanned copy of PC [[S. LORD|name]] 21877's pocket notebook,
pages 41-43, disclosed to children's services; OCR text,
line breaks as in the notebook, OCR errors left in]

Sat [[03/10/26|date]]
00.42  Attd [[Kenyon Ln|address]] shops / rec, [[Heald Gm|place]], re call from
       resident ([[D. FAIRCLOUGH|name]], [[7 Kenyon Ln|address]], tel [[07747 806 901|phone]]) of
       youths shouting + 1 lad "collapsed".
00.49  3 x males approx 12-13 yrs on bench by the
       swings. 1 vomiting, unsteady, slurred - says name
       [[MAQNUS|name]] [[GREENHALGH|name]] 12 yrs, DOB [[27/01/14|dob]]. Address given
       [[23 Outw0od Rd|address]]. Other 2: [[JOEL SEDDON|name]] 12,
       [[Bolshaw Rd|address]] - and [[KAI BISC0E|name]] 13, [[Finney Dr|address]],
       [[Gatley|place]]. Half bottle vodka (Smirnoff 70cl)
       seized + poured away in presence of PC [[HAN|name]] 30442.
00.55  NWAS called - adv. by phone: keep warm, recovery
       position, take home if responsive. Responsive.
01.05  Tried mother by phone ([[07707 588 594|phone]]) x3 - no
       ans. Attd [[23 Outwood Rd|address]] 01.12 - lights on, no
       ans for 6 mins. Younger child ([[Freja|name]], 9) came
       to door in pyjamas, said "Mummy's asleep on the
       sofa, I can't wake her". Mother ([[METTE KJAERGAARD|name]])
       woken by me 01.20 - drowsy, smelt of intoxicants,
       2 empty wine bottles in kitchen. Says took a
       sleeping tablet. Not fit to care in my view.
01.31  Father ([[OLIVER GREENHALGH|name]], [[07756 072 836|phone]]) rang - attd
       01.50 from [[Cheadle Hulme|place]]. Both kids to father's
       addr with mother's agreement. [[Joel|name]] + [[Kai|name]] taken home
       by PC [[HAN|name]] to parents ([[Karen Seddon|name]]; [[Lee
       Biscoe|name]]).
02.20  PPN (child) submitted. [[S. Lord|name]] 21877
"""),
]

DOCS_E += [
    ("maternal grandmother's letter in Danish, with the court translator's English", """[Letter received by the social worker
[[20 November 2026|date]], handwritten in Danish; the English below is by the
translator, [[Jens Holm|name]]. Both printed in full]

[[Birgitte Kjærgaard|name]]
[[Frederiksgade 41, 3. th.|address]]
[[8000|postcode]] [[Aarhus C|place]], Danmark
Tlf. [[+45 86 12 44 90|phone]] / mobil [[+45 21 46 83 57|phone]]

[[Aarhus|place]], den [[15. november 2026|date]]

Kære fru [[Offerton|name]],

Jeg er mormor til [[Magnus|name]] og [[Freja|name]]. Min datter [[Mette|name]] har bedt mig skrive om vores familie. Jeg bor i
[[Aarhus|place]], hvor [[Mette|name]] voksede op i [[Trøjborg|place]]. Jeg er pensioneret sygeplejerske. Min mand, [[Poul|name]], døde
i 2022.
Jeg ved, at [[Mette|name]] drikker for meget, siden [[Olly|name]] gik. Jeg har sagt det til hende. Hun har lovet mig at stoppe.
Hvis børnene kommer hertil, kan [[Freja|name]] gå på [[Katrinebjergskolen|school]], hvor [[Mette|name]] selv gik, og min søster
[[Inger Bach|name]] i [[Risskov|place]] vil hjælpe. Men jeg forstår godt, at [[Magnus|name]] vil blive i England.

Med venlig hilsen
[[Birgitte Kjærgaard|name]]

--- translation ---
[[Birgitte Kjærgaard|name]], [[Frederiksgade 41, 3rd floor right|address]], [[8000|postcode]] [[Aarhus C|place]], Denmark
Tel. [[+45 86 12 44 90|phone]] / mobile [[+45 21 46 83 57|phone]]
[[Aarhus|place]], [[15 November 2026|date]]

Dear Mrs [[Offerton|name]],
I am [[Magnus|name]] and [[Freja|name]]'s mormor (mother's mother). My daughter [[Mette|name]] has asked me to write about our family.
I live in [[Aarhus|place]], where [[Mette|name]] grew up in [[Trøjborg|place]]. I am a retired nurse. My husband, [[Poul|name]], died
in 2022.
I know that [[Mette|name]] has drunk too much since [[Olly|name]] left. I have told her so. She has promised me to stop.
If the children come here, [[Freja|name]] can go to [[Katrinebjerg School|school]], where [[Mette|name]] went herself, and my sister
[[Inger Bach|name]] in [[Risskov|place]] will help. But I understand well that [[Magnus|name]] wants to stay in England.

Yours sincerely,
[[Birgitte Kjærgaard|name]]

[Translator's note: "mormor" is kept; "fru" is Mrs. I do not know the family. [[J. Holm|name]],
[[jens.holm@nordictranslate.co.uk|email]]]
"""),
]


# --- F. Hope / Cheadle family (white British), Bredbury, with a nan in Romiley and a grandad in Woodley ---------------------

HOME_F = d.Address("Flat 3, 27 Ashton Road", "Bredbury", "Stockport", "SK6 2QN")
NAN_F = d.Address("15 Compstall Road", "Romiley", "Stockport", "SK6 4DE")
GRANDAD_F = d.Address("4 Hyde Road", "Woodley", "Stockport", "SK6 1NF")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Hope")], dt.date(2026, 7, 30), addresses=[HOME_F], ids=["682 366 0570"]),
    _p("m", "mother", [("Shannon", "Hope")], dt.date(2004, 2, 18), addresses=[HOME_F], phones=["07409 296 273"],
       ids=["634 484 5104", "PW 19 63 27 A"]),
    _p("f", "father", [("Ryan", "Cheadle")], dt.date(2001, 9, 9), addresses=[HOME_F, GRANDAD_F], phones=["07477 312 265"],
       ids=["647 230 1123"]),
    _p("g", "grandparent", [("Tracy", "Hope")], dt.date(1979, 5, 4), addresses=[NAN_F], phones=["07975 140 799"]),
    _p("g2", "grandparent", [("Stuart", "Cheadle")], addresses=[GRANDAD_F], phones=["0161 460 1737"]),
    _p("p1", "professional", [("Becky", "Woodley")], phones=["0161 414 0097"], emails=["becky.woodley@tamegoyt.gov.uk"]),
], "c")

DOCS_F = [
    ("paediatric child protection medical report", """STOCKPORT NHS FOUNDATION TRUST - STEPPING HILL HOSPITAL - CHILD PROTECTION
MEDICAL ASSESSMENT
Child: [[Maisie HOPE|name]]     DOB: [[30/07/2026|dob]]   Age: 15 weeks     NHS no: [[682 366 0570|nhs]]   Hosp no: S2461187
Address: [[Flat 3|address]], [[27 Ashton Road|address]], [[Bredbury|place]], [[Stockport|place]] [[SK6 2QN|postcode]]
Date/time of examination: [[13/11/2026|date]] 14:20    Examining doctor: Dr [[Priyanka Shah|name]], consultant paediatrician
Referred by: [[Becky Woodley|name]], social worker (Front Door), after a bruise was seen by the health visitor
Present: mother [[Shannon Hope|name]]; maternal grandmother [[Tracy Hope|name]]; [[Becky Woodley|name]]; chaperone Sr [[Jo Kinder|name]]
Father ([[Ryan Cheadle|name]]) not present; he was at work in [[Denton|place]] and spoke to me by phone ([[07477 312 265|phone]]) at 15:40.

History (from mother, grandmother and the health visitor's referral)
On [[12 November|date]] at a routine visit to the flat the health visitor, [[Kerry Ollerenshaw|name]], saw a 1.5 cm bruise on
[[Maisie|name]]'s
left cheek. Mother said [[Maisie|name]] "must have done it with her dummy clip" or when "[[Ryan|name]] was changing her on the sofa" on
the evening of the [[11th|date]]. [[Ryan|name]] on the phone: he noticed "a red mark" when he picked her up from the Moses basket
the next morning, he thought it was from the strap on the bouncer. [[Maisie|name]] is not rolling. No history of bleeding in the family.
[[Maisie|name]] was born at Stepping Hill at 37 weeks; neonatal jaundice only. Immunisations up to date.

Examination
Alert, well, feeding. Weight 6.1 kg (50th centile). Left cheek: a 1.5 x 1.0 cm oval blue-purple bruise over the zygoma.
Right upper arm, inner side: two 0.5 cm round faint bruises (not seen by the health visitor). Frenulum intact. No other
marks. Fontanelle soft. Eyes: retinal examination by the ophthalmologist, Mr [[Shafiq|name]], on [[14/11/2026|date]]: normal.
Skeletal survey ([[14/11|date]]) and CT head: reported by Dr [[Ewan Lyme|name]] (radiology) as normal; a follow-up survey is due
on [[28/11/2026|date]]. Bloods (clotting, FBC, bone) normal.

Opinion
Bruising in a non-mobile baby of 15 weeks is rare. The cheek bruise is not explained by the dummy clip or the bouncer strap,
and the two round bruises on the inner upper arm are in keeping with fingertip gripping. In my opinion these injuries are
likely to be inflicted. [[Maisie|name]] is medically fit for discharge to a safe place.

Plan discussed with [[Becky Woodley|name]] and the police (DC [[Mark Romiley|name]]): [[Maisie|name]] to go home with her mother to nan's,
[[15 Compstall Road|address]], [[Romiley|place]] [[SK6 4DE|postcode]], under a written safety plan, with no unsupervised care by
[[Ryan|name]]
pending the strategy meeting. Copy to GP (Bredbury Medical Centre) and health visitor.

Dr [[P. Shah|name]], GMC 7065432, Safeguarding Children Team, bleep 4417 / [[07762 305 176|phone]]
"""),
]

DOCS_F += [
    ("multi-agency chronology for a baby", """TAME GOYT COUNCIL - MULTI-AGENCY CHRONOLOGY - [[Maisie HOPE|name]] (b.
[[30 Jul 2026|dob]]) - compiled by [[B. Woodley|name]], SW
Sources: health (maternity, HV, GP), police, children's social care, housing, the family. Key: HV = health visitor.

Date          Source       Event                                                                     Significance
[[2025-11-20|date]]    Maternity    Booking at 16 weeks, Stepping Hill. Mother [[Shannon Hope|name]] (21), lives with partner
      Late booking
                           [[Ryan Cheadle|name]] (24) at his dad's, [[4 Hyde Road|address]], [[Woodley|place]]. Smokes 10 a day.
[[2026-01-08|date]]    Police       Call from [[Stuart Cheadle|name]] ([[0161 460 1737|phone]]): son and girlfriend "screaming at each
   DA - first
                           other" at [[Hyde Road|address]]. No injuries; words of advice. DASH standard.              incident
[[2026-03-15|date]]    Housing      Couple given [[Flat 3|address]], [[27 Ashton Road|address]], [[Bredbury|place]] (one bed, first floor).
[[2026-05-02|date]]    Police       Neighbour at [[Flat 4|address]] (Mrs [[Gail Ward|name]]) reports a bang and a     DA - second
                           woman crying. [[Shannon|name]] (30 wks pregnant) says she fell. Refuses DASH.          incident, pregnant
[[2026-07-30|date]]    Maternity    [[Maisie|name]] born, 37+2 weeks, 2.9 kg. Nan ([[Tracy Hope|name]]) at the birth.
[[2026-08-04|date]]    HV           New birth visit ([[Kerry Ollerenshaw|name]]). Flat cold, ashtrays on the side, Moses basket.
   Safe sleep
                           Safe sleep advice. [[Ryan|name]] "on nights" at a distribution centre in [[Denton|place]].
[[2026-09-22|date]]    GP           Mother, 6-week check late: low mood, PHQ-9 of 16; sertraline.                Maternal mood
[[2026-10-10|date]]    Family       Nan says [[Ryan|name]] "puts his hands round [[Shannon|name]]'s neck" when drunk (told to HV by
                           [[Tracy|name]] on [[14 Oct|date]]; [[Shannon|name]] denies).                                         DA -
non-fatal
                                                                                                                     strangulation?
[[2026-10-14|date]]    HV           Referral to the Front Door. Closed with advice after a call with [[Shannon|name]].        Missed chance
[[2026-11-12|date]]    HV           1.5 cm bruise on [[Maisie|name]]'s left cheek. Same-day referral.                      Non-mobile baby
[[2026-11-13|date]]    Health       CP medical, Dr [[P. Shah|name]]: cheek bruise + 2 fingertip bruises, likely inflicted.
   Significant harm
[[2026-11-13|date]]    CSC/Police   Strategy meeting. s.47 (joint). [[Maisie|name]] and mother to nan's in [[Romiley|place]]. [[Ryan|name]]
                           not to have unsupervised care; arrested [[14/11|date]], interviewed, released under
                           investigation. He is staying with a friend, [[Connor Lees|name]],
                           in [[Brinnington|place]].
[[2026-11-20|date]]    CSC          Initial child protection conference: CP plan, physical abuse. Legal planning meeting
                           requested.
"""),
]

DOCS_F += [
    ("grandmother's text messages to the social worker, copied from the work phone", """[Texts between [[Tracy Hope|name]] (saved as
"Nan [[Tracy|name]]" in the work phone) and [[Becky Woodley|name]], SW, copied from the work phone
[[23/11/2026|date]] for the file. Times as on the phone]

Sat [[14 Nov|date]]
Nan [[Tracy|name]] 19:02  Hi [[Becky|name]] its [[Tracy|name]] [[maisie|name]]s nan. Were settled in at mine. Shes had her bottle.
[[Shan|name]] is in bits
[[Becky|name]] 19:10  Thanks [[Tracy|name]]. Remember the plan - [[Ryan|name]] can't see [[Maisie|name]] without you there and only at
yours. Any
problems ring the out of hours team on the number I gave you
Nan [[Tracy|name]] 19:12  i no. he wont come here anyway he knows what our [[gary|name]] thinks of him

Sun [[15 Nov|date]]
Nan [[Tracy|name]] 10:41  [[Ryan|name]]s dad [[stu|name]] rang me. says [[Ryan|name]] wants to see the baby today. can he come at 2 if
im here
[[Becky|name]] 11:05  Yes if you are in the room the whole time. Not more than an hour. Please jot down how it goes
Nan [[Tracy|name]] 15:30  he came with his dad. was ok. held her nicely. cried. [[Shannon|name]] went upstairs. he left at 3.
[[stu|name]] says he can have him at [[woodley|place]] not at [[connor|name]]s in [[brinny|place]] cos [[connor|name]]s lot are druggies

Tue [[17 Nov|date]]
Nan [[Tracy|name]] 22:48  sorry its late. [[Shannon|name]] has gone out. says to see [[Keeley|name]] in [[Marple|place]] but i think
shes gone to
meet him at the chippy in [[Bredbury|place]]. ive got [[maisie|name]]
[[Becky|name]] 08:15  Thanks for telling me. Is [[Shannon|name]] back? Is [[Maisie|name]] ok?
Nan [[Tracy|name]] 08:20  back at 1am. [[maisie|name]] fine. i told her straight. shes 22 and shes a mum now
Nan [[Tracy|name]] 08:21  she says hes changed. hes not. my neighbour [[Hope|name]] from [[no 17|address]] saw him in his car outside
at midnight
Nan [[Tracy|name]] 08:22  the silver corsa [[FY16 WTK|vehicle]]

Thu [[19 Nov|date]]
[[Becky|name]] 12:30  Hi [[Tracy|name]], conference is tomorrow at 10 at Fred Perry House. Can you bring [[Shannon|name]]? You can have
a lift if needed.
Nan [[Tracy|name]] 12:42  we will get the 383 from [[Romiley|place]]. can i bring my sister [[Bev|name]] for support shes in [[Hope|place]]
(the village near [[Castleton|place]] lol) but shes driving over tomorrow
[[Becky|name]] 12:44  Yes that's fine.

Mon [[23 Nov|date]]
Nan [[Tracy|name]] 09:15  [[Becky|name]] we need to talk about the long term. i cant do this forever, im doing 3 days at the care home in
[[Werneth|place]]. work wont let me have my phone on so text me on my mobile [[07975 140 799|phone]]
"""),
]

DOCS_F += [
    ("legal planning meeting minutes (pre-proceedings)", """TAME GOYT COUNCIL - LEGAL GATEWAY / LEGAL PLANNING MEETING - LEGALLY PRIVILEGED
Date: Thursday, [[26 November 2026|date]] 14:00 (Teams)     Child: [[Maisie Hope|name]], [[30.07.2026|dob]]
Chair: [[Helen Marsland|name]], Head of Service     Legal: [[Nathan Birch|name]], solicitor     SW: [[Becky Woodley|name]]
Team manager: [[Sam Pennington|name]]     IRO: [[Michelle Heap|name]]     Minutes: [[Zoe Booth|name]]

1. Summary (SW)
[[Maisie|name]] (17 weeks) had a bruise to the cheek and two fingertip bruises to the arm on [[12/11|date]]; the CP medical (Dr
[[Shah|name]]) found them likely inflicted. Neither parent gives an explanation that fits. The father, [[Ryan CHEADLE|name]], has
two police-recorded DA incidents with the mother, [[Shannon HOPE|name]], one while she was pregnant, and the maternal grandmother
reports he strangled her. He is released under investigation; the police OIC is DC [[Mark Romiley|name]]. [[Maisie|name]] and her
mother have lived with the maternal grandmother, [[Tracy Hope|name]], at [[15 Compstall Road|address]], [[Romiley|place]], since
[[13/11|date]].
The mother went out to meet the father on [[17/11|date]], leaving [[Maisie|name]] with [[Tracy|name]]. [[Tracy|name]] says she cannot
keep this up
beyond Christmas.

2. Legal advice
Threshold for care proceedings is met on the medical evidence. The safety plan at the grandmother's is holding but is
fragile. Options: (a) PLO pre-proceedings with a parent and child assessment and a viability assessment of [[Tracy Hope|name]]
and of the paternal grandfather, [[Stuart Cheadle|name]] ([[4 Hyde Road|address]], [[Woodley|place]], [[SK6 1NF|postcode]]); (b) issue
now for an interim care order with a placement with mother at a residential assessment unit. [[Nathan|name]] advises (a) with
a letter before proceedings, given [[Tracy|name]]'s support, and to issue at once if the mother leaves again with [[Maisie|name]] or
lets [[Ryan|name]] have unsupervised contact.

3. Decision
PLO. Letter before proceedings to both parents by [[1 December|date]]; pre-proceedings meeting on [[10/12/2026|date]] at 10:00.
Viability assessments: [[Tracy Hope|name]] and her sister [[Beverley Ashton|name]] (of [[Hope|place]], Derbyshire);
[[Stuart Cheadle|name]]. Family group conference to be booked by [[Zoe|name]]. Parent assessment of [[Shannon|name]] by the
residential unit's outreach team at home. [[Ryan|name]]: a domestic abuse perpetrator assessment (he has agreed). Police to
share the outcome of their investigation; a joint protocol request to DC [[Romiley|name]].

4. Contact
[[Ryan|name]]: supervised by [[Tracy|name]] or [[Stuart|name]] at [[Compstall Road|address]], up to three times a week; no contact
in [[Brinnington|place]]. Mother's partner's friend [[Connor Lees|name]] is not to be present.

Next review: [[7 January 2027|date]]. Action owners as above. Minutes checked by [[H. Marsland|name]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 110 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:11 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "sr", "rev", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum",
           "mummy", "mam", "mama", "dad", "daddy", "papa", "aunty", "auntie", "uncle", "cousin", "wa", "nu", "dwi", "mormor",
           "morfar", "fru", "hr", "district judge", "judge"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "greater manchester",
               "cheshire", "lancashire", "derbyshire", "the north west", "north west", "tameside", "myanmar", "burma",
               "kachin state", "malaysia", "selangor", "jordan", "israel", "the caucasus", "circassia", "ukraine", "denmark",
               "danmark", "jutland", "indiana", "usa", "america", "europe", "asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Rev. La Awng",
# "Sr Jo Kinder", "fru Offerton", "nana Fatima", "Nan Tracy", "uncle Murad"; the Jinghpaw "Wa" and "Dwi" and the Danish "mormor"
# stand alone) and counties, regions and countries ("Derbyshire", "Kachin State", "Jordan", "Israel", "Denmark", "Danmark",
# "Indiana", "Greater Manchester").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
