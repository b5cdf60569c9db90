"""Set 34: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set35.py
to bench/redaction_set37.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
(its docstring, its first family's record and first document, its last document, its word lists and checker wiring) and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here); of the docstrings of
bench/redaction_set7.py to bench/redaction_set33.py only searches for the towns, districts and communities considered here (to
be sure none was an earlier family's home, and that the two new communities were new); the first 70 lines of
bench/redaction_handwritten.py (its docstring and the `_party`, `Records` and `HandSet` helpers); and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library, and NHS numbers
and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address,
d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to
be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, chosen to look like a typical caseload in London's outer east and north (Havering, Enfield, Barking and Dagenham,
Redbridge, Barnet), each from a town, district or estate no earlier set used as a family's home. Four of the kinds most common
in children's social care: a young white British mother on Chatteris Avenue in Harold Hill, Romford, with a grandmother in
Hornchurch and an ex-partner in Rainham (Cotton / Pike; a boy of 2 bitten in the face by the family's XL bully type dog,
neglect, a hoarded garden, a child protection plan, a police dog legislation officer), a Polish family in Hainault, with a
grandmother in Wejherowo and an uncle in Gdynia (Wiśniewski / Kowalczyk; a father's drinking after losing his job, a boy of 11
who rang 999, a girl of 5 in Reception, a non-molestation order, a child in need plan, Christmas in Poland), a Nigerian (Igbo)
family in Upper Edmonton with a father in Lagos (Eze / Okonkwo; a boy of 15 trafficked on a county line to Great Yarmouth, a
debt, threats to his sister, a knife in his bag, an NRM referral, an exploitation panel) and a care leaver of 19 on the
Grahame Park estate, Colindale, with her partner's mother in Burnt Oak (Doherty / Amos; a pre-birth assessment, strangulation
by the baby's father, cannabis, a management move, a letter before proceedings). Two from communities no earlier set used: a
Greek Cypriot family in Palmers Green with a grandmother in Southgate and family in Limassol, Pachna and Larnaca
(Christodoulou / Georgiou; a father's gambling debts and violence, a girl of 15 who self-harms, a threat to take a boy of 11 to
Cyprus, a prohibited steps order, a Greek Saturday school, a grandmother's letter in Greek) and a Ugandan (Luganda-speaking)
family on the Thames View estate, Barking, with a mother in Ntinda, Kampala (Nalwoga / Ssempala / Nabirye; a boy of 14
privately fostered by his father's sister, a visa about to run out, a lodger who used him to carry drugs, the mother's voice
notes in Luganda). 24 documents, of types no earlier set used or in styles new to these sets where possible: an initial child
protection conference report, a mother's Facebook Messenger messages typed up, a police dog legislation officer's email chain,
core group minutes, strategy discussion minutes, a Greek community Saturday school teacher's email, a grandmother's handwritten
letter in Greek with the interpreter's translation, a CAMHS crisis assessment letter, a private fostering assessment, a
mother's WhatsApp voice notes in Luganda transcribed and translated, a scanned in-year school admission form, a private
fostering visit case note, a police Merlin public protection notice, a home-school contact book typed up (Polish and English),
child in need review minutes, a father's handwritten letter in English as a second language, a return home interview,
Instagram direct messages from a police phone download, a mother's email to a head teacher, exploitation (MACE) panel minutes,
a pre-birth assessment, a community midwife's handheld notes run through OCR (with the scanner's errors), a housing email chain
about a management move and a letter before proceedings under the Public Law Outline.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Cyprus, Uganda, Poland, Nigeria); NHS numbers and UPNs (the right LA number for the
area: 311, 308, 301) pass their check digits; NI numbers have a valid format. Councils are invented (Ingrebourne, Pymmes Brook,
Roding Reach, Fairlop, Salmons Brook, Silk Stream), and so are the housing bodies (Ingrebourne Homes, Silk Stream Homes), the
schools (Dagnam Brook Primary, Hilldene Tots, Bowes Park Academy, Hazelwood Lane Primary, Agia Paraskevi Greek Community School,
Thames Reach Academy, Bastable Primary, Fairlop Oaks Primary, Angel Road Academy, Little Acorns; St Kizito in Ntinda is named
as a Ugandan school), the surgeries and health centres (Gooshays Surgery, Fox Lane Surgery, Manford Way Health Centre, Thames
View Health Centre, Grahame Park HC), the care home (Rosewood Lodge), the church (Kampala Pentecostal Church UK) and the
boxing academy; towns, districts, estates, villages, real hospitals, NHS bodies, police forces, courts, prisons, charities,
brands, apps, games, programmes, foods, festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, DC, DI, Pastor, Nanny, Nan, Uncle, Auntie, aunty, Ssenga, Ssebo, Babcia, babcia, Ciocia,
Pappou, Yiayia, the Greek Κυρία and κυρία) stay outside the name span, before or after the name ("Mason junior"); a possessive
's and a bare s in texting or handwriting ("tyler"s, "Mason"s) stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("COTTON, Jade", "BROOKS, Aaron", "EZE, Chukwuemeka", "KOWALCZYK, Agnieszka"),
and so is "SURNAME First" ("DOHERTY Kay1eigh"); an initial with a surname is one span ("E. Marsh", "G.Royle", "K Asiedu"), and
so is a first name with an initial after it ("Bev C"); initials alone ("GW", "GR", "A.H.", "AH", "A.K.", "E.M.", "T.", the
display name "T") are not marked; a collar number after a name ("BROOKS, Aaron" then "6120EA") stays outside; a name broken
by a line break is one span holding the break ("Aaliyah\nRose"), and so is an address; social media usernames ("t1ny.n17",
"emekz.n18", "ifeoma_w", "marcus.el.14", "pst.tobe") are not marked, but a display name that is a person's plain name is
("Emeka", "Ifeoma Nwosu", "Jadey Cotton"); a family name alone is a name. A street address is one span, its town a place, its
postcode a postcode (a postcode district alone, "RM3", "N13", is a postcode; so is the Polish "84-200"); a street named
without a number is an address ("Fore Street", "Green Lanes", "Cannon Hill"), and so is a neighbour's bare flat or house
number ("no. 29", "no. 43", "Flat 14", "31") and an address abroad ("Plot 14, Kigoowa Road", "ul. Sobieskiego 31/4", "Odos
Agiou Andreou 118" and its Greek form); towns, cities, villages, districts and estates are places, at home or abroad and in
any script ("Thames View", "Grahame Park", "Broadwater Farm", "Λεμεσός", "Σάουθγκεϊτ"); countries, counties and regions are
not ("Cyprus", "Κύπρο", "Uganda", "Poland", "Nigeria", "England", "Norfolk", "Essex"); organisations are not marked even when
they hold a town's or a person's name ("Romford Town Hall", "Romford Police Station", "Harold Hill Family Hub", "Harold Hill
Food Bank", "Queen's Hospital", "Barnet Hospital", "Chase Farm Hospital", "Thames View Health Centre", "Grahame Park HC",
"Barkingside Magistrates' Court", "Kampala Pentecostal Church UK", "Edmonton Green Boxing Academy", "Enfield Homes", "Ford
Dagenham", "Fox Lane Surgery", "Manford Way Health Centre", "Rosewood Lodge"); a school's, college's, nursery's or
playgroup's name is a school, and so is its short form ("Dagnam Brook", "Bowes Park", "Hazelwood Lane", "Angel Road", "angel
road", "Hilldene Tots", "Little Acorns", "St Kizito Ntinda"); a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside), and a bare day in a diary line ("the 19th", "the 26th", "Sat 28th") is a date;
months and years alone are not marked ("in August", "June 2024"); helplines are not marked (Samaritans' 116 123); pets'
names ("Bruno") are not names; a firm named after people marks only the names ("[[Constantinou|name]] &
[[Pattichis|name]]"); parks, forests, markets, stations' own names and attractions are landmarks and stay unmarked
("Hainault Forest", "Fairlop Waters", "the Green", "Owino market", "the Science Museum"); a first name that is also an English
word or a place is marked by what it refers to ("Summer", "summer", "Precious", "Innocent", "Gift", "Blessing", "Joy", "Rose",
"Tiny", "Harold" and "Marsh" are names when they are people; "the summer" is a season; Harold Hill is a place); a name in
another script (Greek "Παναγιώτα Γεωργίου", "Ελένης") is a name, in any grammatical case; a service named by its town in
lower-case words ("Romford custody", "Barking station", "the Edmonton clinic") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR errors are marked as
what they stand for ("DOHERTY Kay1eigh", "G Roy1e", "21/l0/26", "Flat l4"); a street nickname an exploiter uses ("Tiny",
"tiny", "Shotta") is a name, like an alias, and so is a shop's owner or a lawyer named only by a Ugandan birth-order name or
surname ("Kato", "Namutebi"); Luganda kinship and courtesy words ("Ssenga" for a father's sister, "Ssebo" for sir, "Maama",
"Taata") and the Polish "babcia", "ciocia" and "tata" are not names; a Greek or Polish place or name in a grammatical case
("Λεμεσού", "Wejherowa", "Χρίστου", "Zosieńka", "Halinka") is a place or a name, but the Greek accusative of Cyprus ("Κύπρο")
is a country and is not marked; a short form or diminutive ("Tomek", "Kuba", "Christaki", "Aga") is a name; a family court
named only as "the family court" is not marked; a block's name used as the address ("Shrubbery House", "12 Nimrod House") is
an address; a police reference, a hospital number, a collar number, an interpreter's registration number and a tutor group
are not marked.

Self-check without the detector: `python -m bench.redaction_set34` (and tests/test_redaction_set34.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and countries, counties and regions, and prints the number of documents and gold spans per kind: 24 documents,
1,176 gold spans, 646 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Cotton / Pike family (white British), Harold Hill, Romford, with a grandmother in Hornchurch -------------------------

HOME_A = d.Address("27 Chatteris Avenue", "Harold Hill", "Romford", "RM3 8JX")
NAN_A = d.Address("5 Abbs Cross Lane", "", "Hornchurch", "RM12 4XD")
DAD_A = d.Address("Flat 9, Ferry Court, 60 Ferry Lane", "", "Rainham", "RM13 9YH")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler", "Cotton")],
            dt.date(2017, 5, 2),
            addresses=[HOME_A],
            ids=["859 030 6518", "Z311776721852"],
            schools=["Dagnam Brook Primary School"],
        ),
        _p(
            "s",
            "sibling",
            [("Summer-Rose", "Pike")],
            dt.date(2020, 2, 14),
            addresses=[HOME_A],
            ids=["645 198 2148"],
            schools=["Dagnam Brook Primary School"],
        ),
        _p("s2", "sibling", [("Alfie", "Pike")], dt.date(2024, 8, 30), addresses=[HOME_A], ids=["806 294 4654"]),
        _p("m", "mother", [("Jade", "Cotton")], dt.date(1995, 10, 9), addresses=[HOME_A], phones=["07932 418 076"], ids=["JC 62 41 09 B"]),
        _p("f", "father", [("Reece", "Pike")], dt.date(1993, 3, 21), addresses=[DAD_A], phones=["07841 602 339"]),
        _p("g", "grandparent", [("Sandra", "Cotton")], dt.date(1968, 6, 4), addresses=[NAN_A], phones=["01708 447 215"]),
        _p("p1", "professional", [("Ellie", "Marsh")], phones=["01708 432 918"], emails=["ellie.marsh@ingrebourne.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "initial child protection conference report",
        """INGREBOURNE COUNCIL - CHILDREN'S SOCIAL CARE
REPORT TO THE INITIAL CHILD PROTECTION CONFERENCE

Children:  [[Tyler COTTON|name]] (DOB [[02/05/2017|dob]], NHS [[859 030 6518|nhs]], UPN [[Z311776721852|upn]])
           [[Summer-Rose PIKE|name]] (DOB [[14/02/2020|dob]], NHS [[645 198 2148|nhs]])
           [[Alfie PIKE|name]] (DOB [[30/08/2024|dob]], NHS [[806 294 4654|nhs]])
Address:   [[27 Chatteris Avenue|address]], [[Harold Hill|place]], [[Romford|place]] [[RM3 8JX|postcode]]
Conference: Thursday [[19 November 2026|date]], 10:00, Romford Town Hall, Committee Room 2 (and on Teams)
Author:    [[Ellie Marsh|name]], Social Worker, Assessment Team North ([[01708 432 918|phone]], [[ellie.marsh@ingrebourne.gov.uk|email]])
Team manager: [[Darren Oyelaran|name]]

1. Reason for conference
On [[28 October 2026|date]] [[Alfie|name]] (2) was bitten on the face by the family's dog, an unregistered XL bully cross called
Bruno, in the kitchen at home. He was taken by his mother to Queen's Hospital, [[Romford|place]], where he needed stitches to his
left cheek and lower lip under a general anaesthetic. The emergency department's safeguarding nurse, [[Nikki Fairweather|name]],
referred because (a) the dog had bitten [[Tyler|name]] on the hand in the summer and this was not reported, (b) the staff saw
that [[Alfie|name]] was in a nappy that had not been changed for a long time, with severe nappy rash, and (c) the mother said
she had "not been coping since [[Reece|name]] left". A strategy discussion on [[30 October|date]] agreed a section 47 enquiry.

2. Family and household
[[Jade Cotton|name]] (31, DOB [[09/10/1995|dob]], NI [[JC 62 41 09 B|ni]]) is the mother of all three children. [[Tyler|name]]'s father,
[[Lee Dunmore|name]],
has had no contact since 2019 and is believed to live in [[Basildon|place]]. [[Reece Pike|name]] (33) is the father of
[[Summer-Rose|name]] (known as "[[Summer|name]]") and [[Alfie|name]]. He moved out in August after an argument the police attended and now
lives at
[[Flat 9, Ferry Court, 60 Ferry Lane|address]], [[Rainham|place]] [[RM13 9YH|postcode]]. He sees the younger two on Saturdays at his
mother's.
The maternal grandmother, Mrs [[Sandra Cotton|name]], lives at [[5 Abbs Cross Lane|address]], [[Hornchurch|place]] [[RM12 4XD|postcode]]
([[01708 447 215|phone]]) and has the children most Sundays. A neighbour at [[no. 29|address]], [[Harold Bennett|name]], 78, has told the
housing officer he hears the dog "crying for hours" and the children shouting late at night.

3. What we found
The house: on my unannounced visit on [[2 November 2026|date]] with my colleague [[Kirsty Wragg|name]] the kitchen floor was
covered in dog faeces, the back garden had about 30 bags of rubbish, the children's bedroom had one mattress on the floor for
[[Tyler|name]] and [[Summer|name]] and there was no working cooker. The fridge held milk, squash and a pack of sausages.
Bruno had since been taken by the police dog unit under the Dangerous Dogs Act and is kennelled; Ms [[Cotton|name]] wants him
back. [[Tyler|name]]: [[Dagnam Brook Primary|school]] report attendance of 81% this term, 14 late marks, and that he is often hungry
and asks the kitchen for seconds. His teacher, Mrs [[Paula Ives|name]], said he told her on [[16 October|date]] that "[[Alfie|name]] cries
all night and Mum sleeps with her headphones in". [[Summer|name]] (Reception) is described as quiet, wears the same uniform all
week and has had head lice since September. [[Alfie|name]] attended [[Hilldene Tots|school]] playgroup twice in September and then stopped.
The health visitor, [[Joy Baker|name]], last saw him on [[11 June 2026|date]] (missed 2-year review twice).

4. The children's views
[[Tyler|name]] said he likes football and "Nan's roast". He said he is "a bit scared" of Bruno "when he's in a mood" and that he
sometimes makes cereal for [[Summer|name]] because Mum is "sick in bed". [[Summer|name]] drew her family and put Bruno and "Nanny
[[Sandra|name]]"
in it but not [[Reece|name]].

5. Recommendation
That all three children become subject to child protection plans under the category of neglect; that the dog is not returned to
the home; and that a core group meets by [[3 December 2026|date]].
[[E. Marsh|name]]  [[12/11/2026|date]]
""",
    ),
]

DOCS_A += [
    (
        "a mother's Facebook Messenger messages to the social worker, typed up for the file",
        """Messenger conversation between [[Jade Cotton|name]] (profile name "[[Jadey Cotton|name]]") and the work Facebook account of
[[Ellie Marsh|name]] (SW), typed up by [[E. Marsh|name]] on [[24/11/2026|date]] for the file. Spelling as sent. Photos described in
brackets.

[[5 Nov|date]] 21:14  [[Jadey Cotton|name]]: is this [[ellie|name]] the social worker
[[5 Nov|date]] 21:15  [[Jadey Cotton|name]]: its [[jade|name]], [[tyler|name]]s mum. i got ur card. can i have bruno back yet the kids are
devastated
[[6 Nov|date]] 09:02  [[Ellie Marsh|name]] (SW): Hi [[Jade|name]], yes it's me. I can't talk about Bruno on here but I'll ring you at 10.
Please
use my work phone [[01708 432 918|phone]] if you can.
[[6 Nov|date]] 09:40  [[Jadey Cotton|name]]: my phone ran out of credit. [[reece|name]] has took the charger aswell
[[9 Nov|date]] 22:51  [[Jadey Cotton|name]]: [[reece|name]] came round pissed and kicked off at mum's door in [[hornchurch|place]] cos she
wont let him take [[summer|name]]
to his for the night. she rang 999
[[9 Nov|date]] 22:52  [[Jadey Cotton|name]]: im not having him near the kids like that
[[9 Nov|date]] 22:58  [[Jadey Cotton|name]]: [photo of a front door with a cracked glass panel]
[[10 Nov|date]] 08:31 [[Ellie Marsh|name]] (SW): Thank you for telling me [[Jade|name]]. Is everyone ok? Are the children with you?
[[10 Nov|date]] 08:45 [[Jadey Cotton|name]]: yeh all here. [[tyler|name]] went to school, [[alfie|name]] at nans. [[summer-rose|name]] has a
temp
[[14 Nov|date]] 17:20 [[Jadey Cotton|name]]: [[bev|name]] from [[31|address]] helped me do the garden. 6 trips to the tip in her sons van.
[[sandra|name]] paid for a skip aswell
[[14 Nov|date]] 17:21 [[Jadey Cotton|name]]: [photo of a clear garden and a skip on the drive of [[27 chatteris|address]]]
[[14 Nov|date]] 17:22 [[Jadey Cotton|name]]: and [[harold|name]] next door is still moaning lol
[[17 Nov|date]] 13:05 [[Ellie Marsh|name]] (SW): That's brilliant, well done. I'll bring the bunk bed voucher on Thursday. Please ring the
health
visitor, [[Joy|name]], on [[01708 796 240|phone]] for [[Alfie|name]]'s review.
[[17 Nov|date]] 13:40 [[Jadey Cotton|name]]: ok. is conference thursday the [[19th|date]] or the [[26th|date]]? mum wants to come
[[17 Nov|date]] 13:41 [[Ellie Marsh|name]] (SW): The [[19th|date]], 10am, at the town hall. [[Sandra|name]] is welcome.
[[20 Nov|date]] 23:12 [[Jadey Cotton|name]]: why did that woman from the school say [[tyler|name]] steals food. he dont steal hes hungry at
lunch
cos he gives his crisps to [[kai|name]] and [[macie|name]]
[[20 Nov|date]] 23:13 [[Jadey Cotton|name]]: sorry its late. i cant sleep
[[21 Nov|date]] 08:50 [[Ellie Marsh|name]] (SW): No need to be sorry. Let's talk about it on Monday. If you are struggling at night you can
ring
Samaritans on 116 123.
[[22 Nov|date]] 19:02 [[Jadey Cotton|name]]: [[reece|name]] says hes going to court for the kids. his new girlfriend [[shannon|name]] has a
flat in
[[elm park|place]] with a garden and shes saying she'll have them. over my dead body
[[22 Nov|date]] 19:03 [[Jadey Cotton|name]]: her number is [[07466 351 920|phone]] if u need it. [[shannon maguire|name]]
""",
    ),
]

DOCS_A += [
    (
        "a police dog legislation officer's email about the seized dog, forwarded to the social worker",
        """From: [[Gary Winstanley|name]] <[[gary.winstanley@met.police.uk|email]]>
Sent: [[26 November 2026|date]] 16:07
To: [[Ellie Marsh|name]] <[[ellie.marsh@ingrebourne.gov.uk|email]]>
Cc: [[Faye Ormsby|name]] (Ingrebourne Homes, tenancy team)
Subject: FW: Seized dog "Bruno" - [[27 Chatteris Avenue|address]] [[RM3|postcode]] - DLO update

[[Ellie|name]],
As promised. Below is what I sent to our legal team. The short version: the dog will not be going back to [[Chatteris Avenue|address]].
Regards
PC [[Gary Winstanley|name]] 4471ER, Dog Legislation Officer, East Area BCU, Romford Police Station

----- Original message -----
From: [[Gary Winstanley|name]]
Sent: [[25 November 2026|date]] 11:32
Subject: Bruno - owner [[COTTON, Jade|name]] (DOB [[09.10.1995|dob]])

1. Seized under s.5(2) Dangerous Dogs Act 1991 on [[29/10/26|date]] from the address after the bite to [[Alfie PIKE|name]] (2 yrs).
Assessed by the police dog expert [[Sue Hargreaves|name]] on [[12/11/26|date]]: an XL bully type, male, 3 yrs, not exempted,
no microchip registered to the owner (chip traced to a breeder in [[Grays|place]], Mr [[Connor Dack|name]], [[07719 864 210|phone]], who
says
he sold it "to a lad called [[Reece|name]]" in 2023).
2. The owner's partner [[Reece PIKE|name]] (address given: [[Flat 9, Ferry Court|address]], [[Rainham|place]]) told me on the phone he
"doesn't want anything to do with the dog". Ms [[Cotton|name]] wants the dog back and says it was "provoked".
3. A second bite: the neighbour Mr [[Harold Bennett|name]] of [[29 Chatteris Avenue|address]] gave a statement that Bruno bit his
grandson [[Kyle|name]] (aged 12) on the calf in the street on [[4 July 2026|date]], not reported at the time. [[Kyle Bennett|name]]'s
mother, [[Lorraine Bennett|name]] of [[Upminster|place]], confirms. A third person, a delivery driver, [[Piotr Zając|name]], says the dog
went for him at the gate on [[2 October|date]].
4. Given the bites to two children, I will ask the court for a destruction order. The owner will be told by letter.
[[Sue|name]]'s report is attached. Please note the kennels' location is not to be given to the family.
GW
""",
    ),
]

DOCS_A += [
    (
        "core group meeting minutes",
        """INGREBOURNE COUNCIL - CORE GROUP MEETING (CHILD PROTECTION PLAN)
Children: [[Tyler Cotton|name]], [[Summer-Rose Pike|name]], [[Alfie Pike|name]]        Meeting: [[3 December 2026|date]], 15:30,
[[Dagnam Brook Primary School|school]], family room
Present: [[Jade Cotton|name]] (mother); [[Sandra Cotton|name]] (maternal grandmother); [[Ellie Marsh|name]] (social worker, chair);
[[Paula Ives|name]] (class teacher, [[Tyler|name]]); [[Maxine Okafor-Reid|name]] (DSL, [[Dagnam Brook|school]]); [[Joy Baker|name]] (health
visitor);
[[Faye Ormsby|name]] (tenancy officer, Ingrebourne Homes); [[Bev Cheshire|name]] (family support worker, Harold Hill Family Hub)
Apologies: [[Reece Pike|name]] (father; at work, will call E.M.); Dr [[Anjali Mistry|name]] (GP, Gooshays Surgery)

1. Since conference ([[19/11|date]])
- Garden cleared by [[Jade|name]] with help from a neighbour ([[Bev|name]] at [[no. 31|address]] - not [[Bev Cheshire|name]]) and
[[Sandra|name]]; skip paid
  by [[Sandra|name]]. Kitchen floor clean at the visit on [[30/11|date]]. Bunk beds delivered [[27 Nov|date]] (Ingrebourne Homes
  furniture scheme). Cooker still not fitted - Ingrebourne Homes to chase the gas engineer (ref. not needed here).
- [[Alfie|name]]'s 2-year review done by [[Joy|name]] at home [[1/12/26|date]]: weight on the 9th centile, speech delayed, cheek healing;
  plastic surgery clinic follow-up at Queen's on [[14th January|date]]. Nappy rash treated.
- [[Tyler|name]]: attendance since conference 100%, one late. Free breakfast club from [[23 Nov|date]]. Mrs [[Ives|name]]: "a
  different boy, he's been telling everyone his Nan is coming to the nativity".
- [[Summer|name]]: lice treated twice; new uniform from the school's swap shop. Quiet still. Ms [[Okafor-Reid|name]] to refer to the
  school's ELSA, [[Dawn Peach|name]].
- Police: the dog is to be destroyed (letter to [[Jade|name]] [[1 December|date]]). [[Jade|name]] upset but said "I know, after
  [[Kyle|name]]".

2. Father
[[Reece|name]] has applied for a child arrangements order. He lives with [[Shannon Maguire|name]] in [[Elm Park|place]]
([[14 Maybank Avenue|address]], [[RM12 5EQ|postcode]]); checks on Ms [[Maguire|name]] requested. [[Jade|name]] says [[Reece|name]] came
to [[Sandra|name]]'s in [[Hornchurch|place]] drunk on [[9 November|date]]; police reference given. E.M. to see [[Reece|name]]
on his own before the review.

3. Actions
[[Ellie|name]]: visit weekly, next [[8/12|date]]; see [[Reece|name]] by [[11 December|date]].  [[Joy|name]]: home visit [[15/12|date]].
[[Faye|name]]: cooker by [[10 December|date]].  [[Bev C|name]]: two sessions a week at home (routines, bedtime, budgeting); food bank
voucher
for Harold Hill Food Bank today.  [[Sandra|name]]: Sundays, and [[Alfie|name]] on Wednesdays.
Next core group: [[7 January 2027|date]], 15:30, same place.        Minutes: [[E. Marsh|name]]
""",
    ),
]


# --- B. Christodoulou / Georgiou family (Greek Cypriot), Palmers Green, with grandparents in Southgate and family in Limassol ---

HOME_B = d.Address("41 Fox Lane", "Palmers Green", "London", "N13 4AL")
YIAYIA_B = d.Address("12 Cannon Hill", "Southgate", "London", "N14 6BY")
CYPRUS_B = d.Address("Odos Agiou Andreou 118", "Agios Athanasios", "Limassol", "4102")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Maria", "Christodoulou")],
            dt.date(2011, 4, 17),
            addresses=[HOME_B],
            ids=["337 829 2962", "D308578214516"],
            schools=["Bowes Park Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Christos", "Christodoulou")],
            dt.date(2015, 9, 3),
            addresses=[HOME_B],
            ids=["863 319 1741", "B308578921605"],
            schools=["Hazelwood Lane Primary School"],
        ),
        _p("m", "mother", [("Eleni", "Georgiou")], dt.date(1984, 1, 28), addresses=[HOME_B], phones=["07958 213 604"]),
        _p(
            "f",
            "father",
            [("Andreas", "Christodoulou")],
            dt.date(1979, 7, 11),
            addresses=[HOME_B],
            phones=["07711 925 348"],
            ids=["SC 19 47 72 A"],
        ),
        _p("g", "grandparent", [("Panayiota", "Georgiou")], dt.date(1956, 8, 15), addresses=[YIAYIA_B], phones=["020 8886 4129"]),
        _p("p1", "professional", [("Hannah", "Wolde")], phones=["020 8379 5512"], emails=["hannah.wolde@pymmesbrook.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "strategy discussion minutes",
        """PYMMES BROOK COUNCIL - MULTI-AGENCY SAFEGUARDING HUB
STRATEGY DISCUSSION (s.47 Children Act 1989)  -  held by phone/Teams, Monday [[9 November 2026|date]], 14:00-14:50

Child:   [[Maria CHRISTODOULOU|name]]   DOB [[17.04.2011|dob]]   Year 10, [[Bowes Park Academy|school]]   NHS [[337 829 2962|nhs]]
Sibling: [[Christos CHRISTODOULOU|name]]   DOB [[03.09.2015|dob]]   Year 6, [[Hazelwood Lane Primary|school]]   UPN [[B308578921605|upn]]
Address: [[41 Fox Lane|address]], [[Palmers Green|place]], [[London|place]] [[N13 4AL|postcode]]
Mother:  [[Eleni GEORGIOU|name]] ([[07958 213 604|phone]])    Father: [[Andreas CHRISTODOULOU|name]] ([[07711 925 348|phone]], NI
[[SC 19 47 72 A|ni]])

Attendees: [[Rebecca Lindqvist|name]] (MASH team manager, chair); [[Hannah Wolde|name]] (social worker, minutes); DC [[Tom Ashdown|name]]
(Enfield and Haringey CAIT); [[Sophia Karamanli|name]] (DSL, [[Bowes Park Academy|school]]); [[Kelly Ng|name]] (school nurse);
Dr [[Yusuf Demir|name]] - see below; [[Niamh Brennan|name]] (IDVA, Solace Women's Aid)

Note: Dr [[Demir|name]] could not join; his practice (Fox Lane Surgery) sent a summary by email.

Information shared
School (Ms [[Karamanli|name]]): on Friday [[6 November|date]] [[Maria|name]] was seen by the school counsellor, [[Andrea Lowe|name]],
after a friend, [[Zeynep|name]], told a teacher that [[Maria|name]] was cutting. [[Maria|name]] showed fresh cuts to her left forearm
(superficial, steri-strips by the school nurse). She said she cuts "when Dad's shouting", that her father "grabbed Mum by the
throat" in the kitchen on Thursday night after "the bank rang about the money", and that he has said he will "take
[[Christos|name]] to [[Limassol|place]] and you'll never see him". She asked that her mother not be told because "Mum will get it worse".
School nurse: [[Maria|name]] is known for headaches and missed meals; weight down 4 kg since May.
Police (DC [[Ashdown|name]]): two previous calls to the address, [[14/02/2025|date]] (verbal argument, no crime) and
[[21/08/2026|date]] (a neighbour, Mrs [[Ayse Mehmet|name]] at [[no. 43|address]], heard screaming; Mr [[Christodoulou|name]] left before
police
arrived; Ms [[Georgiou|name]] said "just a row about money"). Mr [[Christodoulou|name]] has a caution for criminal damage (2018, a
betting shop in [[Wood Green|place]]). He holds a Cypriot passport; the children have British and Cypriot passports, kept by him.
GP summary: Ms [[Georgiou|name]] seen [[2 October 2026|date]] with low mood and a bruise to the upper arm "from the car door";
[[Christos|name]] seen for bed-wetting, new since the summer.
IDVA: no previous referral.

Decisions
1. Threshold met for a joint s.47 enquiry (single agency social care lead, police to consider a crime for the assault).
2. [[Hannah Wolde|name]] and DC [[Ashdown|name]] to see Ms [[Georgiou|name]] at school pick-up today, away from the home, with
   a Greek-speaking interpreter if she wishes ([[Kyriaki Panayi|name]], LanguageLine, booked); not at home.
3. [[Christos|name]] to be seen at [[Hazelwood Lane|school]] tomorrow. [[Maria|name]] to be seen again at school tomorrow by
   [[Hannah|name]].
4. Abduction risk: police to advise the mother on a port alert and a prohibited steps order; the maternal grandmother,
   Mrs [[Panayiota Georgiou|name]] ([[12 Cannon Hill|address]], [[Southgate|place]], [[N14 6BY|postcode]]; [[020 8886 4129|phone]]) may be a
safe place.
5. CAMHS: urgent referral for [[Maria|name]] by the school nurse today.
Next review: [[16 November 2026|date]].    Chair: [[R. Lindqvist|name]]
""",
    ),
]

DOCS_B += [
    (
        "a Greek community Saturday school teacher's email to the social worker",
        """From: [[Stella Hadjipetrou|name]] <[[s.hadjipetrou@agiaparaskevischool.org.uk|email]]>
Date: Sat, [[14 Nov 2026|date]] at 13:26
To: [[hannah.wolde@pymmesbrook.gov.uk|email]]
Subject: [[Christos|name]] [[Christodoulou|name]] (Class Δ') - as we discussed

Dear Ms [[Wolde|name]],

Thank you for ringing on Thursday. I teach [[Christos|name]] Greek language and history on Saturday mornings at
[[Agia Paraskevi Greek Community School|school]] (we use the hall of the church on [[Green Lanes|address]], [[Palmers Green|place]]).
His sister [[Maria|name]] was also our pupil until last year, when she passed her GCSE Greek with a 9 - we were very proud.

What I have seen, as you asked:
- [[Christos|name]] (we call him "[[Christaki|name]]", everyone does, even his friends) has been quieter since the summer. On
  [[7 November|date]] he cried during the reading and said "μπαμπάς" ("dad") was "angry with everyone". He would not say more.
- His father usually brings him. On [[31 October|date]] his father came in late and smelled of drink; he spoke roughly to
  [[Christaki|name]] in the car park in front of other parents (one parent, Mrs [[Androulla Kyriacou|name]], told me).
- Today his grandmother brought him. Κυρία [[Παναγιώτα|name]] - Mrs [[Yiota Georgiou|name]] - asked me to write to you because she
  does not write English well. She says her daughter [[Eleni|name]] and the children may move to her in [[Southgate|place]]
  and that "[[Andreas|name]] is telling people in the kafeneio he is going back to Cyprus with the boy for Christmas".
- The boy told the class last week he is going to "Pappou [[Costas|name]]'s village" at Christmas. I understood this is his
  father's father, in [[Pachna|place]], near [[Lemesos|place]]. (Σημ.: [[Πάχνα|place]], επαρχία [[Λεμεσού|place]].)

I also write on behalf of our head teacher, Mrs [[Despina Loizou|name]] ([[07904 617 251|phone]]), that the school will not hand
[[Christos|name]] to anyone except his mother or his grandmother until we hear from you. We have changed his collection list.

Με εκτίμηση / With regards,
[[Στέλλα Χατζηπέτρου|name]]
[[Stella Hadjipetrou|name]], Class Δ' teacher
""",
    ),
]

DOCS_B += [
    (
        "a grandmother's handwritten letter in Greek, with the interpreter's translation",
        """[Handwritten letter in Greek, 2 pages, handed to [[Hannah Wolde|name]] by Mrs [[Panayiota Georgiou|name]] on [[18/11/2026|date]].
Translated by
[[Kyriaki Panayi|name]], LanguageLine, [[19/11/2026|date]]. Greek text typed as written; translation below.]

[[Σάουθγκεϊτ|place]], [[17 Νοεμβρίου 2026|date]]
Αγαπητή κυρία [[Χάνα|name]],
Είμαι η μάνα της [[Ελένης|name]] και η γιαγιά της [[Μαρίας|name]] και του [[Χρίστου|name]]. Ο [[Αντρέας|name]] δεν είναι κακός άνθρωπος
αλλά τα χαρτιά και το στοίχημα τον έχουν τρελάνει. Χρωστάει λεφτά στον [[Σάββα|name]] του καφενείου και σε ανθρώπους στην
Κύπρο. Η κόρη μου δεν θα σας πει τίποτα γιατί ντρέπεται. Το σπίτι μου στο [[Cannon Hill|address]] έχει τρία δωμάτια.
Να έρθουν σε μένα. Ο άντρας μου ο [[Κώστας|name]] πέθανε πέρσι και είμαι μόνη. Το τηλέφωνό μου [[020 8886 4129|phone]].
Η αδελφή μου η [[Ροδού|name]] στη [[Λάρνακα|place]] λέει ότι ο [[Αντρέας|name]] έστειλε μήνυμα στον αδελφό του για εισιτήρια.
Ο αδελφός του ο [[Νίκος|name]] μένει [[Οδός Αγίου Ανδρέου 118|address]], [[Άγιος Αθανάσιος|place]], [[Λεμεσός|place]] - εκεί θα πάει το
παιδί.
Με σεβασμό,
[[Παναγιώτα Γεωργίου|name]]

TRANSLATION
[[Southgate|place]], [[17 November 2026|date]]
Dear Mrs [[Hannah|name]],
I am the mother of [[Eleni|name]] and the grandmother of [[Maria|name]] and [[Christos|name]]. [[Andreas|name]] is not a bad man but cards
and
betting have driven him mad. He owes money to [[Savvas|name]] from the coffee shop and to people in Cyprus. My daughter will not tell
you anything because she is ashamed. My house on [[Cannon Hill|address]] has three bedrooms. Let them come to me. My husband
[[Kostas|name]] died last year and I am alone. My telephone is [[020 8886 4129|phone]].
My sister [[Rodou|name]] in [[Larnaca|place]] says that [[Andreas|name]] sent a message to his brother about tickets. His brother
[[Nikos|name]] lives at [[Odos Agiou Andreou 118|address]], [[Agios Athanasios|place]], [[Limassol|place]] - that is where the child would
go.
With respect,
[[Panayiota Georgiou|name]]

Translator's notes: "Κύπρο" is Cyprus. "καφενείο" is a Cypriot coffee shop and social club.
The brother's mobile, added in the margin in another pen: [[+357 99 648213|phone]].
[[Κώστας|name]] is not the same person as the children's paternal grandfather ("Pappou [[Costas|name]]" in the teacher's email).
""",
    ),
]

DOCS_B += [
    (
        "a CAMHS crisis assessment letter to the GP",
        """North Central London CAMHS - Enfield Crisis and Home Treatment Team
Chase Farm Hospital, The Ridgeway, Enfield EN2 8JL

Dr [[Yusuf Demir|name]]
Fox Lane Surgery
[[London|place]] [[N13|postcode]]
                                                                           Date: [[20th November 2026|date]]
Dear Dr [[Demir|name]],

Re: [[Maria Christodoulou|name]], DOB [[17/04/2011|dob]], NHS No. [[337 829 2962|nhs]]
[[41 Fox Lane|address]], [[London|place]] [[N13 4AL|postcode]] (currently staying with her grandmother at [[12 Cannon Hill|address]],
[[N14 6BY|postcode]])

I saw [[Maria|name]] with her mother, Ms [[Eleni Georgiou|name]], and later on her own, on [[19 November|date]] at the [[Edmonton|place]]
clinic,
after an urgent referral from the school nurse at [[Bowes Park|school]], [[Kelly Ng|name]]. Her social worker, [[Hannah Wolde|name]],
joined the end of the appointment.

Presenting difficulty. [[Maria|name]] is 15. She began cutting her forearms in June, about once a week, more often since
October. The cuts are superficial; she uses a pencil-sharpener blade and cleans them. She has never taken an overdose. She
describes low mood, poor sleep and eating one meal a day ("I'm not hungry when it's loud at home"). She says she does not want
to die but that cutting "makes the noise stop". Protective factors: her grandmother ("Yiayia"), her friends
[[Zeynep|name]] and [[Ruby|name]], her dance classes, and her plan to study medicine.

Family. [[Maria|name]], her mother and her brother [[Christos|name]] (11) moved to her grandmother's in [[Southgate|place]] on
[[13 November|date]].
Her father, Mr [[Andreas Christodoulou|name]], remains at the family home. A prohibited steps order was made by the family court on
[[16 November|date]]; the children's passports are now held by the mother's solicitor,
[[Theo Constantinou|name]] of [[Constantinou|name]] & [[Pattichis|name]]. [[Maria|name]] said she misses her dad "when he's normal".

Risk. Low to moderate; no plans or intent. Safety plan agreed with [[Maria|name]] and her mother (copy attached).

Plan. Six sessions with our CBT therapist, [[Ioanna Petridou|name]], starting [[26/11/2026|date]]; I will review in January.
Please see her for her weight and bloods.

Yours sincerely,
Dr [[Liesl van der Berg|name]], Consultant Child and Adolescent Psychiatrist
cc: Ms [[E. Georgiou|name]]; [[Hannah Wolde|name]], Pymmes Brook Children's Services; [[Bowes Park Academy|school]] (DSL)
""",
    ),
]


# --- C. Nalwoga / Ssempala family (Ugandan, Luganda-speaking), Thames View, Barking, with a mother in Kampala ---------------

HOME_C = d.Address("22 Bastable Avenue", "Thames View", "Barking", "IG11 0LG")
MUM_C = d.Address("Plot 14, Kigoowa Road", "Ntinda", "Kampala", "")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Ivan", "Ssempala")],
            dt.date(2012, 6, 5),
            addresses=[HOME_C, MUM_C],
            ids=["619 432 6573", "D301716020273"],
            schools=["Thames Reach Academy"],
        ),
        _p(
            "s",
            "other child",
            [("Precious", "Namubiru")],
            dt.date(2017, 12, 1),
            addresses=[HOME_C],
            ids=["187 675 2742", "B301318814507"],
            schools=["Bastable Primary School"],
        ),
        _p(
            "a",
            "private foster carer",
            [("Harriet", "Nalwoga")],
            dt.date(1981, 3, 9),
            addresses=[HOME_C],
            phones=["07459 813 267"],
            ids=["HN 30 12 81 C"],
        ),
        _p("m", "mother", [("Rose", "Nabirye")], dt.date(1988, 11, 22), addresses=[MUM_C], phones=["+256 772 418 593"]),
        _p("p1", "professional", [("Sinéad", "Fallon")], phones=["020 8227 3641"], emails=["sinead.fallon@rodingreach.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "private fostering assessment (regulation 4 visit and suitability report)",
        """RODING REACH COUNCIL - PRIVATE FOSTERING ASSESSMENT
Children (Private Arrangements for Fostering) Regulations 2005

Child privately fostered:  [[Ivan SSEMPALA|name]] (also "[[Ivan Mukasa Ssempala|name]]" on his Ugandan passport)
DOB: [[5 June 2012|dob]]   Age: 14   NHS: [[619 432 6573|nhs]]   UPN: [[D301716020273|upn]]
Private foster carer:      Mrs [[Harriet NALWOGA|name]], his father's sister ("Ssenga"), DOB [[09/03/1981|dob]], NI [[HN 30 12 81 C|ni]]
Address:                   [[22 Bastable Avenue|address]], [[Thames View|place]], [[Barking|place]] [[IG11 0LG|postcode]]   Tel.
[[07459 813 267|phone]]
Other household:           [[Precious NAMUBIRU|name]] (carer's daughter, 8, [[Bastable Primary|school]]); lodger Mr
[[Innocent Tumusiime|name]]
                           (27, bus driver, room at the back - checks requested)
Parent:                    Ms [[Rose NABIRYE|name]] (mother), [[Plot 14, Kigoowa Road|address]], [[Ntinda|place]], [[Kampala|place]];
WhatsApp
                           [[+256 772 418 593|phone]]. Father deceased ([[Godfrey Ssempala|name]], died 2021 in [[Masaka|place]]).
Notified by:               [[Thames Reach Academy|school]] (in-year admission form, [[3 September 2026|date]]), not by the carer
Assessing social worker:   [[Sinéad Fallon|name]], [[020 8227 3641|phone]], [[sinead.fallon@rodingreach.gov.uk|email]]

1. How the arrangement began
[[Ivan|name]] arrived at Heathrow on [[19 August 2026|date]] on a six-month visitor visa with his aunt, who had gone to [[Kampala|place]]
for
his grandmother's burial in [[Mukono|place]]. His mother asked her to take him "for a good school". Mrs [[Nalwoga|name]] did not know she
had
to tell the council; she learned it when the school's admissions officer, [[Gloria Mensah-Bonsu|name]], asked who had parental
responsibility. She says the plan is for [[Ivan|name]] to stay "until he finishes school". His visa runs out on [[18 February 2027|date]].

2. Visits
[[24/09/2026|date]] (notification visit, within 7 days): home clean, three bedrooms. [[Ivan|name]] shares with no one; [[Precious|name]]
sleeps with
her mother. I saw [[Ivan|name]] alone in his room. He was polite, quiet, called me "madam", and said he is "happy, but it is cold".
[[15/10/2026|date]]: seen at school with his head of year, Mr [[Kwame Asiedu|name]]. He has made a friend, [[Gift Adeyemi|name]],
and joined the football club. He told me he does most of the cooking and takes [[Precious|name]] to school and collects her
because "Ssenga works nights" at a care home in [[Dagenham|place]]. He has not been registered with a GP.
[[05/11/2026|date]]: unannounced. Mr [[Tumusiime|name]] opened the door; [[Ivan|name]] and [[Precious|name]] were alone with him until
Mrs [[Nalwoga|name]] came home at 08:10. Mr [[Tumusiime|name]] said he "keeps an eye". [[Ivan|name]] said Mr [[Tumusiime|name]] is "fine"
and "he lets me use the PlayStation".

3. The mother's view
I spoke to Ms [[Nabirye|name]] by WhatsApp video on [[28 October|date]] with an interpreter (Luganda), [[Agnes Nantongo|name]]. She
agrees to the arrangement, wants [[Ivan|name]] to stay in England and study, and sent a voice note with her consent (typed up on
file). She did not know about the visa. She lives with her sister, [[Sarah Nakimuli|name]], in [[Ntinda|place]], and sells clothes at
Owino market.

4. Suitability and recommendation
Mrs [[Nalwoga|name]] is warm and committed. Concerns: the lodger is not checked; [[Ivan|name]] carries a carer's load for [[Precious|name]];
no GP; immigration advice needed urgently. Recommendation: the arrangement may continue with the conditions below; a private
fostering review on [[20 January 2027|date]].
Conditions: DBS and references for Mr [[Tumusiime|name]] or he moves out; the children are not left with him overnight; GP
registration at Thames View Health Centre by [[30 November|date]]; an immigration advice referral to the Refugee and Migrant
Forum of Essex and London.
[[S. Fallon|name]]   [[12 November 2026|date]]
""",
    ),
]

DOCS_C += [
    (
        "a mother's WhatsApp voice notes in Luganda, transcribed and translated by the interpreter",
        """TRANSCRIPT OF VOICE NOTES (WhatsApp), sent by Ms [[Rose Nabirye|name]] ([[+256 772 418 593|phone]]) to Mrs
[[Harriet Nalwoga|name]] and
forwarded by Mrs [[Nalwoga|name]] to the social worker on [[29/10/2026|date]]. Transcribed and translated by [[Agnes Nantongo|name]]
(Luganda interpreter), [[2 Nov 2026|date]]. Luganda as heard, then English. [inaudible] where not clear.

Voice note 1 - [[28/10/2026|date]], 21:47 (1 min 52 s)
"Ssenga [[Harriet|name]], gyebale ko nnyo. Nze [[Nabirye|name]]. Omukyala wa gavumenti [[Sinéad|name]] ampeereza essimu leero, ne
njogera ne [[Agnes|name]] omuvvuunuzi. Nze nzikiriza [[Ivan|name]] abeere naawe e [[Barking|place]] asome. Taata we [[Ssempala|name]] bwe
yafa, saalina ssente za fizi. Ssebo [[Kato|name]] ku dduuka e [[Kireka|place]] yali amuyamba ... [inaudible] ... naye kati tewali."
"Aunt [[Harriet|name]], thank you very much. It is me, [[Nabirye|name]]. The government lady [[Sinéad|name]] called me today, and I spoke
with [[Agnes|name]] the interpreter. I agree that [[Ivan|name]] stays with you in [[Barking|place]] and studies. When his father
[[Ssempala|name]] died, I had no money for fees. Mr [[Kato|name]] at the shop in [[Kireka|place]] was helping him ... [inaudible] ... but
now there is nothing."

Voice note 2 - [[28/10/2026|date]], 21:51 (0 min 40 s)
"[[Ivan|name]] wange, wulira Ssenga. Tolemesa [[Precious|name]]. Osome nnyo. Maama akwagala."
"My [[Ivan|name]], listen to Aunty. Don't trouble [[Precious|name]]. Study hard. Mummy loves you."

Voice note 3 - [[30/10/2026|date]], 07:12 (2 min 05 s)
"[[Harriet|name]], abantu b'e [[Masaka|place]] bampa obuzibu ku ttaka lya [[Godfrey|name]]. Muganda we [[Mukasa|name]] ayagala ettaka. Bwe
banaakubuuza, gamba nti [[Ivan|name]] ye musika. Ennamba ya loya [[Namutebi|name]] eri [[+256 414 530 218|phone]]. Era
[[Sarah|name]] agamba nti empapula za [[Ivan|name]] ez'e [[St Kizito Ntinda|school]] ziri mu nsawo eya bbulu."
"[[Harriet|name]], the people in [[Masaka|place]] are giving me problems over [[Godfrey|name]]'s land. His brother [[Mukasa|name]] wants
the land. If they ask you, say that [[Ivan|name]] is the heir. The lawyer [[Namutebi|name]]'s number is [[+256 414 530 218|phone]].
And [[Sarah|name]] says [[Ivan|name]]'s papers from [[St Kizito Ntinda|school]] are in the blue bag."

Interpreter's notes: "Ssenga" means a father's sister (aunt) and "Ssebo" means sir/Mr; neither is a name. "[[Kato|name]]" is a
common name given to the second-born of twins; here it is a shopkeeper. "[[Mukasa|name]]" is also part of [[Ivan|name]]'s own name on
his passport; in voice note 3 it is his uncle, [[Godfrey|name]]'s brother, [[Mukasa Lwanga|name]] (name given by Mrs [[Nalwoga|name]]).
[[A. Nantongo|name]], Reg. NRPSI 17206
""",
    ),
]

DOCS_C += [
    (
        "a secondary school in-year admission form, filled in by hand and scanned",
        """THAMES REACH ACADEMY - IN-YEAR ADMISSION FORM (scanned, handwriting typed by the admissions office)      Rec'd [[03/09/26|date]]

SECTION 1 - THE CHILD
Surname: [[SSEMPALA|name]]          First name(s): [[IVAN MUKASA|name]]          Known as: [[Ivan|name]]
Date of birth: [[05 / 06 / 2012|dob]]     Sex: M     Year group applied for: 9 (school says Year 10 by age - see note)
Home address: [[22 Bastable Ave|address]]
              [[Thames View|place]] [[Barking|place]]
Postcode: [[IG11 0LG|postcode]]        Date moved to this address: [[19-08-2026|date]]
Previous school: [[St. Kizito Secondary School Ntinda|school]], [[Kampala|place]], Uganda (S2)
First language: Luganda / English        Religion: Catholic

SECTION 2 - PARENT / CARER
Name: Mrs [[Harriet NALWOGA|name]]         Relationship to child: AUNTY (father's sister)
Parental responsibility?  [ ] Yes  [x] No  - "his mother [[Rose|name]] is in Uganda"
Mobile: [[07459 813 267|phone]]       Home: none        Email: [[hnalwoga81@gmail.com|email]]
Work: night care assistant, Rosewood Lodge care home, [[Chadwell Heath|place]]
2nd contact: Mr [[INNOCENT TUMUSIIME|name]] (lodger / family friend)   Mobile [[07398 226 540|phone]]
3rd contact: Pastor [[Emmanuel Ssekandi|name]], Kampala Pentecostal Church UK ([[07951 364 882|phone]])

SECTION 3 - SIBLINGS AT THIS SCHOOL OR NEARBY
[[Precious Namubiru|name]] (cousin) - [[Bastable Primary School|school]], Year 4

SECTION 4 - MEDICAL
Doctor: "not yet"     Allergies: groundnuts (mild)     Vaccinations: Ugandan card seen (copy attached)

SECTION 5 - DECLARATION
Signed: [[H. Nalwoga|name]]       Date: [[2nd Sept 2026|date]]

OFFICE USE
Checked by: [[G. Mensah-Bonsu|name]]    PR: NO - private fostering? told DSL (Mr [[K Asiedu|name]]) [[3/9|date]]; DSL rang Roding Reach
front door [[04/09/2026|date]]. Proof of address: council tax letter in Mrs [[Nalwoga|name]]'s name. Passport seen: UG, valid to
[[11 March 2031|date]]. Start date: [[8 September 2026|date]], tutor group 9AS.
""",
    ),
]

DOCS_C += [
    (
        "case note of a private fostering visit",
        """CASE NOTE - [[Ivan Ssempala|name]] - Private fostering visit        Recorded by [[Sinéad Fallon|name]] (SW) on
[[4th December 2026|date]]
Date/time of visit: Thursday [[3/12/2026|date]], 16:15-17:30, at [[22 Bastable Avenue|address]]   Present: [[Ivan|name]], Mrs
[[Nalwoga|name]],
[[Precious|name]]; Mr [[Tumusiime|name]] not present (has moved out, see below)

Purpose: six-weekly statutory visit; conditions from the assessment; immigration.

[[Ivan|name]] seen alone in his bedroom for 25 minutes. He showed me his football medal (the borough schools' cup, under
14s) and his maths book (he is in the top set). He said he is "much better" since "Uncle [[Innocent|name]]" left, because "now I
can sleep before twelve". I asked what he meant. He said Mr [[Tumusiime|name]] used to play FIFA with him until late and bring
"friends from [[Beckton|place]]" round when Ssenga was at work, who smoked "the weed" in the garden, and once gave him £20 to take a
bag to a man at [[Barking|place]] station. He did not open the bag. He said nobody touched him or hurt him. He did not want to say the
friends' names; he said one is called "[[Shotta|name]]". I told him I would have to share this and why; he was worried about
"trouble for Ssenga". I reassured him.

Mrs [[Nalwoga|name]] said she asked Mr [[Tumusiime|name]] to leave on [[20 November|date]] after the neighbour, Mrs [[Blessing Oduya|name]]
from
[[no. 24|address]], told her about the "boys in the garden". He now stays with a cousin in [[Beckton|place]] (address not known);
his phone is [[07398 226 540|phone]]. She cried and said she did not know. She has moved to day shifts at Rosewood Lodge.

[[Precious|name]] (8) seen with her mother: chatty, showed me her reading book; says [[Ivan|name]] "makes the best rolex" (a chapati
and egg roll).

GP: both registered at Thames View Health Centre on [[25/11/2026|date]]; [[Ivan|name]]'s new patient check [[10 Dec|date]].
Immigration: appointment with the advice service on [[9 December|date]]; Mrs [[Nalwoga|name]] has a letter from Ms [[Nabirye|name]] and
the father's death certificate from [[Masaka|place]].

Analysis and actions: [[Ivan|name]] may have been used to carry drugs. A strategy discussion is needed (asked my manager,
[[Olu Bamidele|name]], today); a referral to the exploitation panel and an NRM referral to be considered; police intelligence
on Mr [[Tumusiime|name]] and "[[Shotta|name]]". [[Ivan|name]] to have the school's youth worker, [[Ricky Dunne|name]], weekly.
Next visit: by [[14/01/2027|date]].    [[S. Fallon|name]]
""",
    ),
]


# --- D. Wiśniewski / Kowalczyk family (Polish), Hainault, with a grandmother in Wejherowo ------------------------------------

HOME_D = d.Address("8 Manford Way", "Hainault", "Chigwell", "IG7 4DF")
BABCIA_D = d.Address("ul. Sobieskiego 31/4", "", "Wejherowo", "84-200")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Jakub", "Wiśniewski")],
            dt.date(2015, 2, 19),
            addresses=[HOME_D],
            ids=["232 441 4813", "T317528221413"],
            schools=["Fairlop Oaks Primary School"],
        ),
        _p(
            "s",
            "sibling",
            [("Zofia", "Wiśniewska")],
            dt.date(2021, 7, 7),
            addresses=[HOME_D],
            ids=["984 636 4857", "Q317335321564"],
            schools=["Fairlop Oaks Primary School"],
        ),
        _p("m", "mother", [("Agnieszka", "Kowalczyk")], dt.date(1989, 5, 30), addresses=[HOME_D], phones=["07824 306 519"]),
        _p(
            "f",
            "father",
            [("Tomasz", "Wiśniewski")],
            dt.date(1986, 12, 2),
            addresses=[HOME_D],
            phones=["07415 772 908"],
            ids=["TW 86 12 02 D"],
        ),
        _p("g", "grandparent", [("Halina", "Kowalczyk")], dt.date(1962, 4, 1), addresses=[BABCIA_D], phones=["+48 601 284 377"]),
        _p("p1", "professional", [("Marcus", "Lyle")], phones=["020 8708 3318"], emails=["marcus.lyle@fairlop.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "police public protection notice (domestic abuse) sent to the MASH",
        """METROPOLITAN POLICE SERVICE - MERLIN PUBLIC PROTECTION NOTICE (PPN)  -  DOMESTIC ABUSE / CHILD COME TO NOTICE
Report ref: 26MER041877      Created: [[22/10/2026|date]] 03:14      BCU: East Area (EA)      Sent to: Fairlop MASH

OFFICER: PC 6120EA [[BROOKS, Aaron|name]]    Attending: PC [[Hollie Nguyen|name]]

LOCATION: [[8 MANFORD WAY|address]], [[HAINAULT|place]], [[CHIGWELL|place]], [[IG7 4DF|postcode]]

SUBJECTS
1. [[KOWALCZYK, Agnieszka|name]]   DOB [[30/05/1989|dob]]   Polish   Tel [[07824 306 519|phone]]   (victim)
2. [[WISNIEWSKI, Tomasz|name]]     DOB [[02/12/1986|dob]]   Polish   Tel [[07415 772 908|phone]]   (suspect)   NI [[TW 86 12 02 D|ni]]
PNC: 1 previous (drink drive 2022)
3. [[WISNIEWSKI, Jakub|name]]      DOB [[19/02/2015|dob]]   (child, present, awake)
4. [[WISNIEWSKA, Zofia|name]]      DOB [[07/07/2021|dob]]   (child, present, asleep)

CIRCUMSTANCES
Call at 01:52 from the child [[Jakub|name]] (11) on his mother's phone, whispering, "my dad is drunk and breaking things, my mum
is crying". On arrival the suspect was in the front garden, heavily intoxicated, shouting in Polish. Kitchen: a broken chair and
a smashed glass door on a cabinet. The victim had a red mark to her left cheek which she said was from "the door". Through the
force's telephone interpreter (Polish, ID 40221) she said they argued because he came home from the Polish club at
[[Gants Hill|place]] after losing his job at the builders' yard in [[Hainault|place]] and she took his car keys. She declined to
make a statement. The suspect said "nothing happened, my wife is hysterical". Arrested for criminal damage and drunk and
disorderly; taken to [[Romford|place]] custody. Vehicle on the drive, silver Skoda Octavia [[LK17 WFX|vehicle]], keys seized for safe
keeping.
[[Jakub|name]] (known as "[[Kuba|name]]") spoke to me in good English in his bedroom: he said "it's every Friday now" and
that he hides [[Zosia|name]] in his bed with headphones when dad "goes crazy". He said he has a Polish friend, [[Oliwer|name]], in
the next road, and his teacher is "Miss [[Amber|name]]".

DASH: 11 yes answers - MEDIUM. Victim aware of the referral to the IDVA service and to children's social care.
Family living nearby: the victim's cousin [[Marta Zielińska|name]], [[Barkingside|place]], [[07531 908 214|phone]] (attended at 03:00 and
stayed with the children). Maternal grandmother in Poland: [[Halina Kowalczyk|name]], [[Wejherowo|place]].
Schools: both children at [[Fairlop Oaks Primary|school]]. GP: Manford Way Health Centre.

Officer's view: children at risk of emotional harm; escalating; previous call [[06/09/2026|date]] (verbal, no crime).
[[A. Brooks|name]] 6120EA
""",
    ),
]

DOCS_D += [
    (
        "a home-school contact book, handwritten pages photographed and typed up",
        """[[Fairlop Oaks Primary|school]] - HOME-SCHOOL CONTACT BOOK - [[Zosia Wiśniewska|name]] - Reception, Class Robins
(pages from [[8 October|date]] to [[19 November 2026|date]], photographed by the DSL and typed up for children's social care on
[[20/11/2026|date]]; handwriting as written, Polish with the office's translation)

[[8/10|date]] (school): [[Zosia|name]] had a lovely day. She painted a pumpkin. Please send wellies for forest school on Friday. - Miss
[[A. Hart|name]]
[[9/10|date]] (home): ok. wellies in bag. [[Aga|name]]
[[13/10|date]] (school): [[Zosia|name]] was very tired today and fell asleep at story time. Is everything ok? - Miss [[Amber Hart|name]]
[[14/10|date]] (home): Ona nie spała bo tata był głośno. Przepraszam. [[A. Kowalczyk|name]]
          [office: "She did not sleep because dad was loud. Sorry."]
[[21/10|date]] (school): [[Zosia|name]] told Mrs [[Begum|name]] (TA) "tata broke the chair". We would like to talk to you please. - A.H.
[[23/10|date]] (home, different handwriting): Everything is fine. My wife is ill. Do not ask child questions. [[T. Wiśniewski|name]]
[[3/11|date]] (school): Welcome back after half term. [[Zosia|name]] had a nosebleed at lunch, stopped after 5 min. - A.H.
[[4/11|date]] (home): Dziękuję. Babcia [[Halina|name]] przyjeżdża z [[Wejherowa|place]] w sobotę na miesiąc!! [[Zosia|name]] bardzo
szczęśliwa. [[Aga|name]]
          [office: "Thank you. Grandma [[Halina|name]] is coming from [[Wejherowo|place]] on Saturday for a month!! [[Zosia|name]] very
happy."]
[[10/11|date]] (school): [[Zosia|name]] was picked up by a lady who said she is "Ciocia [[Marta|name]]". She is not on our list. Please
          add her or tell us. - Miss [[Hart|name]]
[[11/11|date]] (home): [[Marta Zielińska|name]] my cousin, tel [[07531 908 214|phone]], ok to collect. Also babcia
[[Halina Kowalczyk|name]].
          [[Kuba|name]] and [[Zosia|name]] sleep at [[Marta|name]] flat in [[Barkingside|place]] Tue and Wed. [[Aga|name]]
[[17/11|date]] (school): Thank you. [[Zosia|name]] read her first book alone today - "Pip and Tess". So proud! - AH
[[18/11|date]] (home): Brawo [[Zosieńka|name]]! Babcia [[Halinka|name]] ([[Halina|name]])
[[19/11|date]] (home): Please [[Kuba|name]] does not go home with dad on Friday. Only me or [[Marta|name]]. I explain to Mrs
[[Priestley|name]]. A.K.
""",
    ),
]

DOCS_D += [
    (
        "child in need review meeting minutes",
        """FAIRLOP COUNCIL CHILDREN'S SERVICES - CHILD IN NEED REVIEW
[[Jakub Wiśniewski|name]] ([[19.02.2015|dob]]) and [[Zofia Wiśniewska|name]] ([[07.07.2021|dob]]) - [[8 Manford Way|address]],
[[Hainault|place]] [[IG7 4DF|postcode]]
Date: [[2 December 2026|date]], 16:00, [[Fairlop Oaks Primary School|school]], meeting room. Polish interpreter: [[Ewa Dąbrowska|name]] (in
person)

Present: [[Agnieszka Kowalczyk|name]] (mother); Mrs [[Halina Kowalczyk|name]] (maternal grandmother, visiting from Poland);
[[Marcus Lyle|name]]
(social worker, chair, [[020 8708 3318|phone]]); [[Amber Hart|name]] (Reception teacher); [[Claire Priestley|name]] (DSL);
[[Joanne Mbatha|name]]
(IDVA, Hestia); [[Tomasz Wiśniewski|name]] (father) joined by phone for item 3 only
Not present: [[Kuba|name]]'s teacher, Mr [[Oscar Dell|name]] (report given)

1. Since the assessment
[[Marcus|name]] summarised: the father was charged with criminal damage, pleaded guilty at Barkingside Magistrates' Court on
[[13 November|date]] and has a community order with an alcohol treatment requirement (Change Grow Live, [[Ilford|place]]). A
non-molestation order was granted on [[24 November 2026|date]]. He has lived with a friend, [[Darek Nowak|name]], at
[[Flat 3, 112 Fencepiece Road|address]], [[IG6 2LA|postcode]] since [[23 October|date]]. [[Agnieszka|name]] changed the locks with the help
of the
IDVA. The car ([[LK17 WFX|vehicle]]) was sold.

2. The children
[[Kuba|name]]: Mr [[Dell|name]] writes that [[Kuba|name]] is "a bright, anxious boy" who has been coming in early and
asking to stay in at play. He joined the school's Polish club run by Mrs [[Basia Lis|name]] and "lights up". He said to
[[Marcus|name]] on [[25/11|date]] that he wants to see his dad "in McDonald's, not at home" and "only if he's not drinking".
[[Zosia|name]]: Miss [[Hart|name]] - settled, reading, sleeping better ("no more naps at story time"). Nosebleeds stopped.
Mrs [[Kowalczyk|name]] (through [[Ewa|name]]): the children are "calmer, eating well"; she goes back to [[Wejherowo|place]] on
[[12 December|date]] and would take them for Christmas if their father agrees; her address is [[ul. Sobieskiego 31/4|address]],
[[84-200|postcode]] [[Wejherowo|place]], tel. [[+48 601 284 377|phone]].

3. Father (by phone)
Mr [[Wiśniewski|name]] said he is "four weeks dry", attends CGL on Tuesdays and AA in Polish at a church in [[Leytonstone|place]]
on Sundays. He wants to see the children at his mother-in-law's before she leaves. He does not agree to Christmas in Poland
"without me". He asked for his new number [[07415 772 908|phone]] to be given to the school - refused while the order stands.

4. Plan (CIN, review in 3 months)
Contact supervised by [[Marta Zielińska|name]] at Fairlop Waters café? - NOT agreed by [[Agnieszka|name]]; instead at the family
centre, Saturdays, from [[12/12|date]]. [[Kuba|name]]: a referral to the young carers' group and to Barnardo's for a domestic abuse
group. [[Agnieszka|name]]: Freedom Programme in Polish (Hestia), English classes at Redbridge Institute. Christmas travel:
[[Agnieszka|name]] to get legal advice before booking.
Next review: [[3 March 2027|date]].      [[M. Lyle|name]]
""",
    ),
]

DOCS_D += [
    (
        "a father's letter to the social worker, handwritten in English",
        """[[Tomasz Wiśniewski|name]]
c/o [[Flat 3, 112 Fencepiece Road|address]]
[[Barkingside|place]]
[[Ilford|place]] [[IG6 2LA|postcode]]
                                                         [[28.11.2026|date]]
Mr [[Marcus Lyle|name]]
Social Worker, Fairlop Council

Dear Mr [[Lyle|name]]

I am writing because you said I can write what I want to say, my English is not perfect sorry. I am father of [[Jakub|name]] and
[[Zofia|name]]. I know I made very big mistake on [[22 of October|date]]. I was drinking after I lost job and I broke chair
and the cabinet and my son call police. I am ashamed. I never hit my wife this is true, she fall on the door. But I know
for the kids it was very bad and [[Kuba|name]] was scared. I am sorry for this.

Now I am not drinking from [[2 November|date]]. I go to CGL every Tuesday, my worker is [[Dorota|name]], and AA. My friend
[[Darek|name]] give me his sofa. I found work in a warehouse in [[Dagenham|place]] (Ford Dagenham? no - the Amazon one) from next
Monday. I have my own money for my kids, I want to pay for school trip for [[Kuba|name]] to the Science Museum.

I ask only to see my children. [[Zosia|name]] birthday I missed and [[Kuba|name]] football match at Hainault Forest. My mother
in law [[Halina|name]] can watch, she is fair woman even she is angry with me. Christmas: my brother [[Paweł|name]] in [[Gdynia|place]]
([[+48 512 430 776|phone]]) says come to him for Wigilia, [[24th December|date]], with the kids and [[Agnieszka|name]] too if she wants,
it is 20 minutes from her mother in [[Wejherowo|place]]. I promise no alcohol.

Please tell [[Agnieszka|name]] I am sorry.

Thank you
[[Tomasz Wiśniewski|name]] ("[[Tomek|name]]")
tel. [[07415 772 908|phone]]
""",
    ),
]


# --- E. Eze / Okonkwo family (Nigerian, Igbo), Upper Edmonton, with a father in Lagos -----------------------------------------

HOME_E = d.Address("Flat 36, Shrubbery House, Joyce Avenue", "Upper Edmonton", "London", "N18 2TW")
DAD_E = d.Address("14 Adeniyi Jones Avenue", "Ikeja", "Lagos", "")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Chukwuemeka", "Eze")],
            dt.date(2011, 1, 23),
            addresses=[HOME_E],
            ids=["971 105 6526", "J308612019204"],
            schools=["Angel Road Academy"],
        ),
        _p(
            "s",
            "sibling",
            [("Adaeze", "Eze")],
            dt.date(2014, 10, 6),
            addresses=[HOME_E],
            ids=["265 754 0945"],
            schools=["Angel Road Academy"],
        ),
        _p(
            "m",
            "mother",
            [("Chiamaka", "Eze")],
            dt.date(1982, 8, 14),
            addresses=[HOME_E],
            phones=["07949 310 628"],
            emails=["chiamaka.eze82@outlook.com"],
        ),
        _p("f", "father", [("Obinna", "Okonkwo")], dt.date(1977, 2, 2), addresses=[DAD_E], phones=["+234 803 415 2298"]),
        _p("p1", "professional", [("Jordan", "Achterberg")], phones=["020 8379 8802"], emails=["jordan.achterberg@salmonsbrook.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "a return home interview after a missing episode",
        """SALMONS BROOK COUNCIL - RETURN HOME INTERVIEW (RHI)   (offered within 72 hours of return)

Young person: [[Chukwuemeka EZE|name]] (prefers "[[Emeka|name]]")   DOB: [[23/01/2011|dob]]   Age: 15   NHS: [[971 105 6526|nhs]]
Home: [[Flat 36, Shrubbery House, Joyce Avenue|address]], [[Upper Edmonton|place]], [[N18 2TW|postcode]]
Missing from: home        Reported missing: Friday [[6 Nov 2026|date]] 23:40 by mother        Found: Monday [[9/11/2026|date]] 14:05
Where found: by Norfolk Police at a flat in [[Great Yarmouth|place]] (drugs warrant; 2 adults arrested); returned by police to
[[Edmonton|place]] the same night. Missing episode no. 4 this year.
RHI by: [[Jordan Achterberg|name]], Missing and Exploitation Worker, on Wed [[11/11/2026|date]], 15:30-16:40, at a café on
[[Fore Street|address]] (his choice; not at home, not at school)

What [[Emeka|name]] said (his words where I could write them)
He went "country" with an older boy he knows as "[[Tiny|name]]" ([[Trey|name]]?), from [[Tottenham|place]], who "looks after" him.
"[[Tiny|name]]"
picked him up outside [[Angel Road|school]] on the Friday in a grey Mercedes ([[LD68 KHN|vehicle]] - [[Emeka|name]] remembered the plate
because it has his initials' letters in it). They went by train to [[Norwich|place]], then a taxi. He stayed
in a flat belonging to a woman he called "Auntie [[Stacey|name]]" who was "always out of it". He was given a phone (the "line") and
answered it and took "shots" to people at the door. He did not sleep much; he ate chicken and chips. He says he was not hurt but
that "[[Tiny|name]]" told him he owes £600 because police took the drugs in the raid - "so now I have to work it off". He said a boy
from [[Enfield Lock|place]], [[Marcus|name]] (14), was also there.
He said he goes because "at home it's just arguments", because his dad is in [[Lagos|place]] and "doesn't care", and because
"[[Tiny|name]] buys me stuff". He showed me new trainers.
Worries he named: his sister [[Ada|name]] (12) - "they know where I live"; his mum finding out about the debt.
Good things: his pastor's son [[Tobenna|name]], football at the Leisure Centre, his cousin [[Ifeoma|name]] in [[Woolwich|place]].

Risk indicators: exploitation (CCE), county lines, a debt, an adult associate, unexplained gifts, a trafficking journey.
Information to share: "[[Tiny|name]]"/[[Trey|name]], [[Tottenham|place]]; the car [[LD68 KHN|vehicle]]; the flat in [[Great Yarmouth|place]]
(address in
police log: [[Flat 2, 19 Northgate Street|address]], [[NR30 1BP|postcode]]); the adult "[[Stacey|name]]"; his new Snapchat name (not
recorded here); phone number he was given: [[07458 193 420|phone]].
Actions: a strategy discussion (requested); an NRM referral (first responder: police); the exploitation panel; his mother
told today by phone ([[07949 310 628|phone]]); school DSL Mr [[Femi Adebayo|name]] told.
[[J. Achterberg|name]]
""",
    ),
]

DOCS_E += [
    (
        "Instagram direct messages from a police phone download, typed up for the exploitation panel",
        """EXTRACT - Instagram direct messages on the handset of [[EZE, Chukwuemeka|name]] (exhibit JA/3), downloaded by the Met's
digital team on [[10/11/2026|date]], given to children's social care for safeguarding only. Usernames kept as shown; display
names in brackets. Times UTC. Emojis described.

Thread 1: "t1ny.n17" (display name: "T") <-> "emekz.n18" (display name: "[[Emeka|name]]")
[[05/11/2026|date]] 19:02 t1ny.n17: u free fri bro
[[05/11/2026|date]] 19:04 emekz.n18: my mum wont let me out after 9
[[05/11/2026|date]] 19:04 t1ny.n17: i aint askin ur mum lol. outside [[angel road|school]] 3.30 dont be late
[[05/11/2026|date]] 19:05 t1ny.n17: bring ur charger. tell [[ada|name]] say nothing
[[05/11/2026|date]] 19:07 emekz.n18: ok
[[09/11/2026|date]] 22:48 t1ny.n17: feds took the pack so thats 6 on u now. we'll talk
[[09/11/2026|date]] 22:48 t1ny.n17: [skull emoji]
[[10/11/2026|date]] 07:15 t1ny.n17: u know where ur sis walks to school innit

Thread 2: "ifeoma_w" (display name: "[[Ifeoma Nwosu|name]]") <-> "emekz.n18"
[[08/11/2026|date]] 12:30 ifeoma_w: [[emeka|name]] where are u?? aunty [[chi|name]] is crying she rang my mum
[[08/11/2026|date]] 12:31 ifeoma_w: ur dad called from [[lagos|place]] too. everyone is looking
[[08/11/2026|date]] 16:02 emekz.n18: im ok cuz. in [[yarmouth|place]]. dont tell them
[[08/11/2026|date]] 16:03 ifeoma_w: [[YARMOUTH|place]]??? where is that even
[[08/11/2026|date]] 16:05 emekz.n18: by the sea lol. come get me from [[woolwich|place]] in ur car when u pass ur test

Thread 3: "marcus.el.14" (display name: "[[Marcus Lindo|name]]") <-> "emekz.n18"
[[09/11/2026|date]] 09:11 marcus.el.14: they got me at the door bruv. im in the police station in [[yarmouth|place]]
[[09/11/2026|date]] 09:12 marcus.el.14: my nan in [[enfield lock|place]] is gonna kill me
[[09/11/2026|date]] 09:20 emekz.n18: say nothing about [[tiny|name]]

Thread 4: "pst.tobe" (display name: "[[Tobenna Obi|name]]") <-> "emekz.n18"
[[07/11/2026|date]] 10:00 pst.tobe: yo no ball today? coach [[Kwesi|name]] asked
[[07/11/2026|date]] 21:40 pst.tobe: my dad is praying for u at fellowship. ring me [[07538 661 024|phone]]

Analyst's note: "6" is taken to mean £600. "[[angel road|school]]" is the school ([[Angel Road Academy|school]]). "[[ada|name]]" is his
sister
[[Adaeze|name]]. "aunty [[chi|name]]" is his mother, [[Chiamaka Eze|name]].
""",
    ),
]

DOCS_E += [
    (
        "a mother's email to the head teacher about her son's exclusion, forwarded to the social worker",
        """From: [[Chiamaka Eze|name]] <[[chiamaka.eze82@outlook.com|email]]>
Sent: Tuesday, [[November 24, 2026|date]] 6:52 AM
To: Head Teacher
Cc: [[jordan.achterberg@salmonsbrook.gov.uk|email]]
Subject: My son [[Chukwuemeka Eze|name]] 10B - suspension letter

Dear Mrs [[Oduya-Clarke|name]],

I am writing about the letter I received yesterday that my son [[Chukwuemeka|name]] ([[Emeka|name]]) is suspended for 5 days because a
knife was found in his bag on [[23rd November|date]]. I am not making excuse for a knife, I am a nurse at the North Middlesex and I
have seen what knives do to our boys. I have not slept.

But I want you to know what is happening to my son. Since September men are using him. A boy called "[[Tiny|name]]" took him to
[[Great Yarmouth|place]] in November and now says he owes them money. They sent a message that they know where his sister walks to
school. He told me on Sunday night that he carries the knife because two boys from [[Tottenham|place]] chased him on the
[[Fore Street|address]] side of the Green on [[19 November|date]] and he was scared. If you send him home for 5 days, he is not safe at
home,
the flat is on the ground floor and everyone knows it. [[Tiny|name]] is waiting for exactly this.

Please, can he do the 5 days in the school's inclusion room, or at another school for a few days. Mr [[Adebayo|name]] knows everything
and the social worker [[Jordan|name]] knows. Also please let [[Adaeze|name]] ([[Ada|name]], 7C) leave 5 minutes early with her friend
[[Chidinma|name]] whose mother, Mrs [[Nkem Okafor|name]], collects them both ([[07723 584 160|phone]]).

My husband, [[Emeka|name]]'s father, Mr [[Obinna Okonkwo|name]], is in [[Lagos|place]] since 2023. He has said that he can take
[[Emeka|name]] to his family in [[Enugu|place]] for the rest of the school year "to be safe". I do not want this, I want him to finish his
GCSEs here. His father's number is [[+234 803 415 2298|phone]] if the school needs to speak to him.

Thank you. God bless you.
[[Chiamaka Eze|name]] (Mrs)
[[Flat 36, Shrubbery House
Joyce Avenue|address]], [[N18 2TW|postcode]]
[[07949 310 628|phone]]
""",
    ),
]

DOCS_E += [
    (
        "exploitation panel (MACE) minutes",
        """SALMONS BROOK MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - MINUTES, case 4 of 7
Date: [[1 December 2026|date]]    Chair: DI [[Rachel Okwu|name]] (North Area BCU) and [[Priti Sandhu|name]] (Head of Safeguarding)

Young person: [[EZE, Chukwuemeka|name]] ("[[Emeka|name]]")  [[23.01.2011|dob]]  15  UPN [[J308612019204|upn]]
Address: [[Flat 36, Shrubbery House|address]], [[Upper Edmonton|place]]   Allocated: [[Jordan Achterberg|name]] (missing/exploitation);
[[Lola Fashanu|name]] (social worker, Adolescent Safeguarding Team)
Sibling: [[Adaeze EZE|name]], [[06.10.2014|dob]], same school

Present for this item: [[Femi Adebayo|name]] (DSL, [[Angel Road Academy|school]]); PC [[Danny Kerrigan|name]] (Youth Engagement);
[[Sabrina Cole|name]]
(YJS); [[Owen Pritchard|name]] (St Giles Trust); [[Karin Halvorsen|name]] (Community Safety, [[Edmonton Green|place]] ward)

1. Update. NRM referral made by police [[12/11/2026|date]]; reasonable grounds decision received [[20/11|date]]. Two adults charged
in Norfolk ([[Great Yarmouth|place]] flat); "[[Stacey Brett|name]]" (42) is a tenant there and is herself vulnerable - passed to
Norfolk. The car [[LD68 KHN|vehicle]] is registered to a hire company in [[Walthamstow|place]]; the hirer was [[Trey Bassey|name]] (19), of
[[Broadwater Farm|place]], [[Tottenham|place]], believed to be "[[Tiny|name]]". A knife was found in [[Emeka|name]]'s bag on
[[23 Nov|date]];
the school suspended for 5 days but let him serve it in the inclusion room after his mother's email. Police took no action
on the knife (a kitchen knife; a trauma-informed approach agreed with the youth offending service).
2. Threats. [[Emeka|name]]'s phone shows threats that refer to his sister's route to school. [[Ada|name]] now walks with
[[Chidinma Okafor|name]] and her
mother. Safety plan: a different route via [[Silver Street|address]]; a taxi on Fridays paid for by the council.
3. Places. The Green and the bus station, the chicken shop "Dixy" on [[Fore Street|address]], and a block on the [[Joyce Avenue|address]]
estate stairwell ([[Shrubbery House|address]], 2nd floor) where older boys gather. Community Safety to ask for CCTV and a dispersal order.
4. Father. Mr [[Okonkwo|name]] rang [[Lola|name]] from [[Lagos|place]] on [[27 November|date]]: wants [[Emeka|name]] to go to
[[Enugu|place]]. Panel view: a
move abroad must not happen without a plan; passport held by the mother; legal advice.
5. Disruption and support. St Giles caseworker [[Owen|name]] to start weekly; a place at the Edmonton Green Boxing Academy; a
mentor through the church (Pastor [[Chukwudi Obi|name]], [[Tobenna|name]]'s father). Housing: a management transfer for the family
supported by the panel (letter to Enfield Homes, [[Karin|name]]). Review: [[12 January 2027|date]].
Minutes: [[M. Reyes|name]], panel coordinator
""",
    ),
]


# --- F. Doherty / Amos family (white British and Black British Caribbean), Grahame Park, Colindale, with a grandmother in Burnt Oak

HOME_F = d.Address("Flat 12, Nimrod House, Lanacre Avenue", "Grahame Park", "London", "NW9 5FN")
NAN_F = d.Address("63 Gervase Road", "Burnt Oak", "Edgware", "HA8 0NR")
RECORD_F = d.CaseRecord(
    [
        _p("c", "unborn", [("Baby", "Doherty")], addresses=[HOME_F]),
        _p("s", "sibling", [("Mia-Jade", "Doherty")], dt.date(2023, 5, 16), addresses=[HOME_F], ids=["880 241 8411"]),
        _p(
            "m",
            "mother",
            [("Kayleigh", "Doherty")],
            dt.date(2007, 3, 3),
            addresses=[HOME_F],
            phones=["07956 443 017"],
            ids=["872 427 2566", "KL 07 03 03 A"],
        ),
        _p("f", "father", [("Mason", "Amos")], dt.date(2004, 9, 12), addresses=[NAN_F], phones=["07583 204 916"]),
        _p("g", "grandparent", [("Beverley", "Amos")], dt.date(1979, 1, 30), addresses=[NAN_F], phones=["07432 958 106"]),
        _p("p1", "professional", [("Noor", "Haddadi")], phones=["020 8359 4472"], emails=["noor.haddadi@silkstream.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "pre-birth assessment",
        """SILK STREAM COUNCIL - FAMILY SERVICES - PRE-BIRTH ASSESSMENT (single assessment, unborn child)

Unborn child of: [[Kayleigh DOHERTY|name]] (DOB [[03/03/2007|dob]], 19, NHS [[872 427 2566|nhs]], NI [[KL 07 03 03 A|ni]]) and
[[Mason AMOS|name]] (DOB [[12/09/2004|dob]])
EDD: [[21 January 2027|date]]      Booked at: Barnet Hospital (maternity)
Sibling: [[Mia-Jade DOHERTY|name]] (DOB [[16/05/2023|dob]], NHS [[880 241 8411|nhs]]) - lives with her mother
Address: [[Flat 12, Nimrod House, Lanacre Avenue|address]], [[Grahame Park|place]], [[Colindale|place]], [[NW9 5FN|postcode]]
Social worker: [[Noor Haddadi|name]] ([[020 8359 4472|phone]], [[noor.haddadi@silkstream.gov.uk|email]])    Started [[5/10/2026|date]],
completed [[30/11/2026|date]]

1. Why we are assessing
[[Kayleigh|name]] is a care leaver (Personal Adviser: [[Tanisha Blake|name]], Leaving Care Service). She was in care from 11 to 18,
mostly with foster carers, [[Pat|name]] and [[Derek Noble|name]], in [[Mill Hill|place]]. [[Mia-Jade|name]] was subject to a child
protection plan
from June 2024 to March 2025 (neglect; a fractured arm at 10 months, explained). In September the midwife,
[[Gemma Royle|name]], referred because [[Kayleigh|name]] booked late (22 weeks), said the baby's father had "put his hands round her neck"
in the summer, and disclosed daily cannabis use.

2. What we know about the parents
[[Kayleigh|name]]: warm and playful with [[Mia-Jade|name]] (seen on 6 visits), the flat clean and warm at each visit; [[Mia|name]]'s
two-year check done
([[Mia|name]] is on track). Her own mother, [[Lisa Doherty|name]], lives in [[Luton|place]] and uses heroin; they are not in touch.
[[Kayleigh|name]]'s
best friend, [[Chantelle|name]], lives in the next block and helps with [[Mia|name]]. She reduced cannabis to "a bit at night" and agreed
hair strand testing (result [[12/11|date]]: use at a reduced level).
[[Mason|name]]: 22, lives with his mother, [[Beverley Amos|name]], at [[63 Gervase Road|address]], [[Burnt Oak|place]], [[Edgware|place]]
[[HA8 0NR|postcode]].
Police: 3 call-outs to [[Kayleigh|name]]'s flat between April and July 2026, one for assault (no further action as
[[Kayleigh|name]] withdrew). [[Mason|name]] denies strangulation, says they "both push each other". He works at a car wash in
[[Hendon|place]] and plays for a Sunday league team. He says he wants to be "a better dad than mine was". He is not [[Mia-Jade|name]]'s
father; hers is [[Jermaine Ricketts|name]], now in HMP Pentonville, no contact.
Mrs [[Amos|name]] ("[[Bev|name]]") is a teaching assistant at a primary school in [[Stonegrove|place]]; she is positive and offers
support and, if needed, a home for the baby.

3. Analysis
The main risk is domestic abuse with strangulation (a high-risk marker) in a relationship that continues, with a young mother
who has little family support and a history of neglect for [[Mia-Jade|name]] that she has largely overcome. Strengths: her care of
[[Mia-Jade|name]] now, her honesty about cannabis, her engagement, and [[Bev|name]].

4. Recommendation
An initial child protection conference before the birth (by [[18 December 2026|date]]); a referral to the Family Drug and Alcohol
Court team is not needed; a parent and baby placement is not recommended at this stage; a legal planning meeting to consider
pre-proceedings (PLO) because of the domestic abuse; a Caring Dads place for [[Mason|name]]; an IDVA for [[Kayleigh|name]].
[[N. Haddadi|name]], Social Worker         Countersigned: [[Graham Ekwueme|name]], Team Manager, [[1 December 2026|date]]
""",
    ),
]

DOCS_F += [
    (
        "a community midwife's handwritten antenatal notes, scanned and run through OCR",
        """[OCR of scanned pages from the hand-held maternity notes ("purple book"), pp. 14-16. OCR text kept as read by the scanner,
errors included; [?] where the scanner could not read.]

ANTENATAL C0NTACTS          Name: [[DOHERTY Kay1eigh|name]]        Hosp no. BH 2291047        NHS: [[872 427 2566|nhs]]
                            DOB: [[03-03-07|dob]]      G2 P1       EDD: [[21/1/27|date]]

Date       Gest   Where        Notes                                                            Sign
[[23/9/26|date]]    22+5   Home         Booking (late). [[Kayleigh|name]] reports relationship with [[Mason|name]]          [[G.Royle|name]]
MW
                                (FOB) "on and off". Asked alone: in Aug he "had me by the
                                throat" in the flat, police came. Cannabis daily. [[Mia|name]] (3)
                                present, happy, well cared for. Referred to SW + MASH.
[[7/10/26|date]]    24+5   Grahame Park HC   BP 112/70. FH 24. FM+. Declined CO test. Nan of baby         GR
                                ("[[Bev|name]]", [[Mason|name]]'s mum) brought her, lovely.
[[21/l0/26|date]]   26+5   Home         Not in. Neighbour [[Flat l4|address]] (Mrs [[Aziz|name]]) says K at her friend
                                [[Chantelle|name]]'s in [[Barnet|place]]. Rang [[07956 443 017|phone]] - no ans.
[[G Roy1e|name]]
[[23/10/26|date]]   27     Home         Seen. Sorry re Tues. Cannabis "cut down". Mood low, PHQ-9 = 11.   GR
                                Ref to perinatal MH (Dr [[Farooqui|name]]). [[Mason|name]] not present.
[[4/11/26|date]]    28+5   Grahame Park HC   Anti-D given. GTT normal. Fe low - ferrous fumarate.
                                Student MW [[Ellie-Mae Tran|name]] present (consent given).    [[GRoyle|name]] /[[ETran|name]]
[[18/11/26|date]]   30+5   Home         Well. Nursery set up. Cot from [[Bev|name]]. SW [[Noor|name]] visited today          GR
                                also. Discussed birth plan: wants [[Bev|name]] + [[Chantelle|name]] as
                                birth partners, NOT [[Mason|name]] ("he can come after").
[[2/12/26|date]]    32+5   Home         BP 118/74. Mentioned M "kicked the door in" on Sat [[28th|date]]       [[G. Royle|name]]
                                - police not called. [[Mia|name]] at nursery ([[Little Acorns|school]], [[Hendon|place]]).
                                Discussed with SW same day.

Birth plan (p. 16, patient's own writing, OCR): "I want music, I want my Nan [[Bev|name]] (not my nan, [[Mason|name]]s mum
but she is like my mum) and [[Chantel|name]]. I dont want [[Mason|name]] in the room. If baby is a girl she is [[Aaliyah
Rose|name]], if boy [[Mason|name]] junior lol no [[Kai|name]]."
""",
    ),
]

DOCS_F += [
    (
        "a housing email chain about a management move, forwarded to the social worker",
        """From: [[Dwayne Fairclough|name]] <[[dwayne.fairclough@silkstreamhomes.org.uk|email]]>
Sent: [[08 December 2026|date]] 10:14
To: [[Noor Haddadi|name]] <[[noor.haddadi@silkstream.gov.uk|email]]>
Subject: RE: RE: Management move - [[Kayleigh Doherty|name]], [[12 Nimrod House|address]]

Hi [[Noor|name]],
Good news of a sort. Panel agreed the move on [[4/12|date]] (DA, safety). We can offer a 2-bed on the first floor at
[[Flat 5, Ruthin Close|address]], [[The Hyde|place]], [[NW9 6LT|postcode]], ready for viewing from [[14 December|date]]. It's a 10-min walk
to
Mrs [[Amos|name]]'s on [[Gervase Road|address]], which I know isn't ideal if [[Mason|name]] is there - your call. The other option is
[[Flat 31, Ellesmere Court|address]] in [[New Barnet|place]] ([[EN5 1QA|postcode]]), further away but 3rd floor with a lift that breaks.
We need [[Kayleigh|name]]'s answer by [[11th Dec|date]]. Removals can be paid from the care leaver's grant (I've copied [[Tanisha|name]]).
Cheers, [[Dwayne|name]] - Tenancy Sustainment, Silk Stream Homes, 07[?] - ring the office

-----Original Message-----
From: [[Noor Haddadi|name]]
Sent: [[03 December 2026|date]] 17:40
To: [[Dwayne Fairclough|name]]; [[Tanisha Blake|name]] <[[tanisha.blake@silkstream.gov.uk|email]]>
Subject: RE: Management move - [[Kayleigh Doherty|name]], [[12 Nimrod House|address]]

[[Dwayne|name]], [[Tanisha|name]] - an urgent update. On Saturday ([[28 November|date]]) [[Mason Amos|name]] kicked in the door of
[[Flat 12|address]]
while [[Kayleigh|name]] and [[Mia-Jade|name]] were inside. The police were not called; the midwife heard about it on [[2/12|date]].
[[Kayleigh|name]] has agreed to a move and to a non-molestation order. The neighbour in [[Flat 14|address]], Mrs [[Shabnam Aziz|name]], has
offered [[Kayleigh|name]] her spare key and her number ([[07401 667 385|phone]]). Please do not give the new address to [[Mason|name]] or
to his mother (who is otherwise a good support). [[Kayleigh|name]]'s number is [[07956 443 017|phone]]; best after 11.
[[Noor|name]]

-----Original Message-----
From: [[Tanisha Blake|name]]
Sent: [[26 November 2026|date]] 09:05
Subject: Management move - [[Kayleigh Doherty|name]], [[12 Nimrod House|address]]

Morning both. [[Kay|name]] asked me to put in for a move because of the damp in [[Mia|name]]'s room and because "everyone on
[[Grahame Park|place]] knows [[Mason|name]]". She'd like [[Mill Hill|place]] (near [[Pat|name]] and [[Derek|name]], her old carers) or
[[Edgware|place]]. She
won't go to [[Luton|place]] near her mum. Baby due [[21/01|date]]. T.
""",
    ),
]

DOCS_F += [
    (
        "a letter before proceedings under the Public Law Outline",
        """SILK STREAM COUNCIL - FAMILY SERVICES
[[2 Bristol Avenue|address]], [[Colindale|place]], [[NW9 4EW|postcode]]

PRIVATE AND CONFIDENTIAL - BY HAND
Ms [[Kayleigh Doherty|name]]
[[Flat 12, Nimrod House|address]]
[[Lanacre Avenue|address]]
[[London|place]] [[NW9 5FN|postcode]]
                                                                                [[10 December 2026|date]]
Dear Ms [[Doherty|name]],

LETTER BEFORE PROCEEDINGS: your unborn baby (due [[21 January 2027|date]]) and [[Mia-Jade Doherty|name]] (born [[16.05.2023|dob]])

This is an important letter. Please take it to a solicitor straight away. You are entitled to free legal advice; a list of
solicitors is enclosed. The meeting is on Friday [[18 December 2026|date]] at 11:00 at the address above.

We are very worried about your children because of the violence in your relationship with Mr [[Mason Amos|name]]. In
August he put his hands round your neck; on [[28 November 2026|date]] he kicked in your front door while you and [[Mia-Jade|name]]
were inside. Strangulation is very dangerous. A baby or a small child could be badly hurt during an incident like this.

We also recognise a lot that is good. You care for [[Mia-Jade|name]] well, you have worked with the midwife, Ms [[Royle|name]], and with
your Personal Adviser, [[Tanisha Blake|name]], and you have told us honestly about cannabis.

What we need you to do: keep to the non-molestation order; do not let Mr [[Amos|name]] into your home; move to the new flat
offered; go to the Freedom Programme at the Family Hub in [[Burnt Oak|place]] (starting [[13 January|date]]); keep testing.
What we will do: support your move; arrange the IDVA, [[Precious Oyelowo|name]]; help with baby equipment; ask Mrs [[Beverley Amos|name]]
and your friend [[Chantelle Walsh|name]] to be assessed as support.

If things do not change we may ask the court to decide what is best for your children.

Yours sincerely,
[[Graham Ekwueme|name]], Team Manager, Family Services (West)
cc: Mr [[Mason Amos|name]], [[63 Gervase Road|address]], [[Burnt Oak|place]], [[HA8 0NR|postcode]]; Silk Stream Legal Services
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 34 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:45 UTC, read since)"


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
    "cllr",
    "hhj",
    "nurse",
    "sister",
    "coach",
    "pastor",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "cuz",
    "madam",
    "yiayia",
    "pappou",
    "κυρία",
    "κύριος",
    "κυρ",
    "γιαγιά",
    "παππούς",
    "θεία",
    "ssenga",
    "ssebo",
    "jjajja",
    "maama",
    "taata",
    "babcia",
    "ciocia",
    "tata",
    "wujek",
    "pani",
    "pan",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "essex",
    "norfolk",
    "london borough",
    "barking and dagenham",
    "havering",
    "redbridge",
    "waltham forest",
    "enfield and haringey",
    "cyprus",
    "κύπρο",
    "κύπρος",
    "greece",
    "uganda",
    "poland",
    "polska",
    "nigeria",
    "europe",
    "africa",
}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Κυρία
# Παναγιώτα", "Pappou Costas", "Ssenga", "Ssebo Kato", "Babcia Halina", "Ciocia Marta", "Pastor Emmanuel Ssekandi", "Uncle
# Innocent", "Auntie Stacey", "aunty chi"; and after one: "Mason junior") and countries, counties and regions ("Cyprus",
# "Κύπρο", "Uganda", "Poland", "Nigeria", "England", "Norfolk").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
