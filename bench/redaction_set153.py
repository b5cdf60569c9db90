"""Set 153: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set150.py,
redaction_set151.py and redaction_set152.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's records and first document, its last document, its word lists and
module tail) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the docstrings only
of bench/redaction_set7.py to redaction_set149.py, searched for the towns, districts and communities earlier sets used (no body
of an earlier set was read or searched); the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py; and
the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and
checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in Hastings, St Leonards and Bexhill, each from a district or estate no earlier set used as a family's home
(earlier sets used Broomgrove and Sidley as homes; Silverhill, the Baird estate, Bulverhythe, Tilekiln, Little Common and Clive
Vale appear in no earlier docstring). Four white British families: a young mother in Silverhill, St Leonards, with a
grandmother in Ore and a father in Eastbourne (Tester / Brazier; a boy of 7 pushed into a door by his mother's new partner, a
hole in the wall, a grandmother who insists on a referral, the children moved to her under a safety plan); a mother on the
Baird estate, Ore, with a father in Hastings and a grandmother in Rye (Mepham / Gurr; a boy of 14 going missing to Brighton and
Worthing and found in Croydon in county lines, an older youth and a car, a man dealing from the house, a sister of 9); a
mother in Little Common, Bexhill, with a grandfather in Cooden (Dengate / Hyland; a boy of 15 assaulted by his stepfather over
his phone, cycling to his grandfather at night, self-harm, CAMHS); and a mother of 24 in Clive Vale, Hastings, with a
grandmother nearby and the baby's father in Wishing Tree (Wenham / Coussens; a pre-birth referral, strangulation, cannabis,
a father breaking bail conditions a month after the birth, a neighbour who keeps a diary). Two from communities no earlier
set used (neither is named in any earlier docstring): a Garifuna family from Belize in Bulverhythe, St Leonards, with a
grandmother in Dangriga, an uncle in Belize, an aunt in Los Angeles and a father sent back to Belize City (Castillo / Nuñez;
neglect from poverty after the father's visa ended, a boy of 11 minding his sister of 6 while his mother works nights, a girl
not on any school roll, a Pentecostal fellowship that steps in) and a Chakma Buddhist family from Rangamati in the
Chittagong Hill Tracts in Tilekiln, Hastings, with an uncle in Khagrachari (Chakma; a boy of 13 beaten by other boys in a
racist attack, a girl of 8 losing weight and wetting the bed, a father who "showed the belt", a school and a health visitor
who help). 24 documents: a social worker's unannounced home visit case note, a school safeguarding system incident export in a
fixed-width layout, a mother's Facebook Messenger thread with her own mother typed up from screenshots, an initial child
protection conference report, a multi-agency chronology in a table, a youth justice worker's voice note auto-transcribed by a
phone, a return home interview form, an exploitation strategy meeting's minutes, a GP's referral form, a grandmother's letter
posted from Belize (with Garifuna), a pastor's email, a child and family assessment extract with a genogram, a health
visitor's contact record, a family WhatsApp chat in Bengali script and English typed up and translated, a head of year's
letter to parents, a child in need review report, a grandfather's handwritten letter scanned and OCR'd with its errors
("l" read as "1"), Snapchat chats typed up by a worker, a social worker's notes typed fast on a phone, a CAMHS letter to a
GP, a community midwife's pre-birth referral, a police body-worn video transcript, a mother's own letter to a conference,
and a child protection plan form with its contacts list.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Belize, United States, Bangladesh); NHS numbers and UPNs (the LA number 845 for East
Sussex) pass their check digits; the NI number has a valid format. The council (Brede Valley) is invented, and so are the
schools and nurseries Silverhill Green Primary, Little Acorns and Little Rainbows; towns, districts, estates, villages, real
schools and colleges, hospitals, surgeries, police forces, charities, programmes, apps and landmarks are real or real-sounding
and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, DC, DS,
Nan, Nanny, Mum, Uncle, Pastor, Sister, Brother, Mama (the Bengali maternal uncle, in "Mama Shanti"), the Bengali দিদি)
stay outside the name span; a possessive 's and a texting "s" stay outside only where an apostrophe separates them (the
apostrophe-less "Ryans" and "tegans" are marked whole); every person's name is a name in every form. "SURNAME, First" is one
span ("NUÑEZ, Dario", "CASTILLO, Yolanda", "WENHAM, Gemma Louise", "BRAZIER, Alfie"), an initial with a surname is one span
("J B Chakma", "S. Dengate", "G. Thwaites"), and so is a first name with an initial after it ("Ellis B", "nita b"); initials
alone ("KC", "GW", "RC", "PS", "H.G.") are not marked; a collar number after a name stays outside; a name, address, school or
place broken by a line break is one span holding the break. A street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address, and so is a neighbour's bare house or flat number ("no. 16", "No.
9", "No. 25", "Flat 2") and an address abroad ("18 Commerce Street", Dangriga; "4418 Crenshaw Boulevard", Los Angeles);
towns, districts, villages and estates are places, at home or abroad and in any script ("Ore", "Baird", "Cooden", "হেস্টিংস",
"রাঙ্গামাটি", "বেক্সহিল"); countries, counties, regions and local-government districts are not ("East Sussex", "Belize", "Stann
Creek", "Bangladesh", "the Chittagong Hill Tracts", "Rother"); organisations are not marked even when they hold a town's
name ("Conquest Hospital", "Harold Road Surgery", "Little Common Surgery", "Hastings Borough Council", "Bulverhythe
Community Hall", "Muriel Matters House", "Orbit", "CGL", "Language Line"); a school's, college's or nursery's name and its
short form is a school ("Silverhill Green", "West St Leonards", "Ore Village", "Hillcrest", "Little Rainbows", "Sussex Coast
College"); a date of birth is dob, any other calendar date with a day is date (a weekday stays outside), and a bare day
("the 8th", "the 15th", "the 2nd") is a date span of its own; months and years alone are not marked; a service or team
named by its town ("Hastings Family Safeguarding Team", "Bexhill CAMHS", "the Ore centre", "Hastings team") marks the town;
a surname or first name that is also a word or a town is marked by what it refers to ("Winter", "Hope", "Field", "Faith",
"Brook", "Wood", "June", "Pen", "Vine" and "Battle" are names of people where they are people, and "Battle" and "Rye" are
places where they are towns); a name in another script (Bengali "রূপালী", "আনন্দ", "স্নেহা", "জ্যোতি", "শোভা") is a name;
landmarks, parks and attractions stay unmarked ("the De La Warr", "Warrior Square" is an address, as a street).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: words an OCR engine misread
are marked by what they stand for ("Car1y" and "Mark Hy1and" are names, "Bexhi11-on-Sea", "Litt1e Common" and "Tunbridge
We11s" places); a date of birth spoken in a body-worn video transcript ("fourteenth of January two thousand") is a dob; a
Snapchat contact saved under a kinship word ("Mum 💛") is not a name, but one saved under a first name ("Gary 🚐",
"Lily-Mae", "Ellis B") is; a short form of a block's name ("Robsack" for Robsack House) and a lower-case street nickname ("the
ridge") are addresses; the names of peoples and languages (Garifuna, Garinagu, Kriol, Changma Kodha, Bengali) are not names,
although the family's surname is "Chakma"; Garifuna greetings in the grandmother's letter ("Buiti binafi", "Seremein") are
not names; a police, PPN or incident reference and a collar number are not marked; a chat title "Mama Shanti 🇧🇩" marks only
the name; "Pendleton "Pen" Castillo" with a nickname in quotes is one name span.

Self-check without the detector: `python -m bench.redaction_set153` (and tests/test_redaction_set153.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents,
932 gold spans, 509 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tester / Brazier family (white British), Silverhill, St Leonards ----------------------------------------------------

HOME_A = d.Address("14 Sedlescombe Road North", "Silverhill", "St Leonards-on-Sea", "TN37 7DA")
NAN_A = d.Address("6 Fairlight Road", "Ore", "Hastings", "TN35 5EB")
DAD_A = d.Address("Flat 3, 41 Seaside Road", "", "Eastbourne", "BN21 3PP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Brazier")], dt.date(2019, 6, 14), addresses=[HOME_A], ids=["663 341 1618", "L845486609086"],
       schools=["Silverhill Green Primary School"]),
    _p("s", "sibling", [("Poppy", "Tester")], dt.date(2023, 2, 2), addresses=[HOME_A], ids=["440 623 4969"],
       schools=["Little Acorns Nursery"]),
    _p("m", "mother", [("Shannon", "Tester")], dt.date(1999, 9, 21), addresses=[HOME_A], phones=["07713 482 906"],
       ids=["JT 22 64 19 B"]),
    _p("f", "father", [("Lee", "Brazier")], dt.date(1996, 4, 8), addresses=[DAD_A], phones=["07948 215 637"]),
    _p("g", "grandparent", [("Tina", "Tester")], dt.date(1972, 12, 1), addresses=[NAN_A], phones=["01424 718 243"]),
    _p("p1", "professional", [("Harriet", "Goble")], phones=["0300 333 6150"], emails=["harriet.goble@bredevalley.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (UNANNOUNCED)
Child: [[Alfie Brazier|name]]    DOB: [[14/06/2019|dob]]    NHS: [[663 341 1618|nhs]]
Address: [[14 Sedlescombe Road North|address]], [[Silverhill|place]], [[St Leonards-on-Sea|place]] [[TN37 7DA|postcode]]
Worker: [[Harriet Goble|name]], Brede Valley Children's Services    Date of visit: [[3 November 2026|date]], 16:10-17:05

Present: [[Shannon Tester|name]] (mother), [[Alfie|name]] (7), [[Poppy|name]] (3), and for the first 10 minutes a neighbour,
[[Dawn Kenward|name]], from [[no. 16|address]], who had come round to borrow the hoover and left when I explained who I was.

Purpose: follow-up of the referral from [[Silverhill Green Primary|school]] on [[30 October 2026|date]] ([[Alfie|name]] arrived at school
with a cut lip and said "[[Kyle|name]] pushed me into the door"). [[Shannon|name]] said [[Kyle|name]] is "just a mate",
[[Kyle Dunk|name]], who
lives in [[Hollington|place]] and has stayed "a few nights". She said he was not there when [[Alfie|name]] fell and that [[Alfie|name]]
"says things". I saw the lip; it has healed. [[Alfie|name]] showed me his bedroom, which he shares with [[Poppy|name]]. There was a
fist-sized hole in the plasterboard by the door, which [[Shannon|name]] said was "from before we moved in".

[[Alfie|name]] on his own (in the garden, [[Shannon|name]] in view at the window): he said he likes [[Kyle|name]] "sometimes" but
"when he's shouting Mummy cries". He said his Nanny [[Tina|name]] in [[Ore|place]] lets him play on the PlayStation and that
he wants to go to her house "for ever". He said his dad [[Lee|name]] "lives by the seaside in [[Eastbourne|place]]" and he has
not seen him since the summer, "at the caravan in [[Camber|place]]".

Mother's account of the family: [[Shannon|name]] grew up in [[Hollington|place]]; her mum [[Tina Tester|name]] lives at
[[6 Fairlight Road|address]], [[Ore|place]] ([[01424 718 243|phone]]). [[Alfie|name]]'s father is [[Lee Brazier|name]]
([[07948 215 637|phone]]);
[[Poppy|name]]'s father is "not involved" and she would not give his name. [[Shannon|name]]'s mobile is [[07713 482 906|phone]].

Plan agreed: [[Kyle|name]] not to stay overnight while the assessment goes on; I will speak with [[Tina|name]] on [[5 November|date]]
and with the school DSL, Mrs [[Pam Ashdown|name]], on [[6/11/26|date]]; next visit booked for Tuesday [[10 November|date]] at 4pm.
[[H Goble|name]], [[03/11/2026|date]]
"""),
    ("school safeguarding system incident export in a fixed-width layout", """CPOMS  -  INCIDENT EXPORT
[[SILVERHILL GREEN PRIMARY SCHOOL|school]]
Student        : [[BRAZIER, Alfie|name]]          Year: 3 (Mr [[Catt|name]])         UPN: [[L845486609086|upn]]
DOB            : [[14-06-2019|dob]]
Categories     : Physical injury; Concern about home; Disclosure

[[30/10/2026|date]] 08:52  Recorded by: [[Leanne Veness|name]] (TA)
  [[Alfie|name]] came in with a swollen top lip, dried blood. Said "[[Kyle|name]] pushed me into the door cos I was slow with
  my shoes". Asked who [[Kyle|name]] is: "mummy's friend, he's got a van". Body map done. Passed to DSL.
[[30/10/2026|date]] 09:30  Recorded by: [[Pam Ashdown|name]] (DSL)
  Rang mum ([[07713 482 906|phone]]) - no answer. Rang Nan [[Tina Tester|name]] (emergency contact 2, [[01424 718 243|phone]]) who
  said [[Shannon|name]] had "a new fella". Referral made to SPoA, ref not given yet.
[[30/10/2026|date]] 15:20  Recorded by: [[Pam Ashdown|name]] (DSL)
  Mum collected. Said it was [[Poppy|name]] who slammed the door. [[Alfie|name]] went quiet. Told mum about the referral.
[[02/11/2026|date]] 08:45  Recorded by: [[Chloe Muddle|name]] (class teacher cover)
  [[Alfie|name]] asleep in the reading corner. Said he was awake "cos of shouting". Said [[Kyle|name]] and Mummy had a fight
  and [[Kyle|name]] "broke the wall". Passed to DSL.
[[02/11/2026|date]] 10:05  Recorded by: [[Pam Ashdown|name]] (DSL)
  Emailed SW [[Harriet Goble|name]] ([[harriet.goble@bredevalley.gov.uk|email]]). Breakfast club place offered from
  [[4/11|date]]. Contact 3 added: [[Lee Brazier|name]] (dad), [[Flat 3, 41 Seaside Road|address]], [[Eastbourne|place]]
  [[BN21 3PP|postcode]].
[[05/11/2026|date]] 14:00  Recorded by: [[Pam Ashdown|name]] (DSL)
  Sibling [[Poppy Tester|name]] ([[02/02/2023|dob]]) attends [[Little Acorns|school]], not us. Info shared with [[Little Acorns|school]]
  manager [[Bev Gurney|name]] by phone.
"""),
    ("mother's Facebook Messenger thread with the grandmother, screenshots typed up by the worker", """Typed up from screenshots
[[Shannon|name]] showed me on her phone on [[10/11/2026|date]] and agreed I could copy. Spelling as written. H.G.

Mum ❤️
[[28 Oct|date]] 22:14
where r u? [[alfie|name]] rang me crying from ur phone

Me
[[28 Oct|date]] 22:31
hes fine mum [[kyle|name]] just lost it over the tv hes gone now

Mum ❤️
22:33
I told u about that one. [[Denise|name]] at bingo says he put [[Shelley|name]] in the conquest

Me
22:40
[[denise|name]] shud mind her own. hes not like that with me

Mum ❤️
[[29 Oct|date]] 07:02
bring the kids here after school im off. [[ray|name]] can pick [[poppy|name]] up from nursery in the van

Me
07:15
ok. dont say nothing to [[lee|name]] he'll go mad and come down from [[eastbourne|place]]

Mum ❤️
[[1 Nov|date]] 19:48
[[alf|name]] has told me [[kyle|name]] hit him. im not having it [[shan|name]]. either u ring the social or i do

Me
19:50
mum pls. the school have already rang them. some woman [[harriet|name]] is coming

Mum ❤️
19:51
good. [[alfie|name]] and [[pops|name]] can stop here in [[ore|place]] while u sort ur head out. [[ray|name]] says the
same

Me
[[2 Nov|date]] 08:12
fine. but [[kyle|name]] is allowed to see [[poppy|name]] hes been more of a dad to her than [[lee|name]] ever was to [[alfie|name]]

Mum ❤️
08:15
[[kyle dunk|name]] is not coming near my grandkids. [[sharon|name]] at [[no 16|address]] says the police was round on [[28th|date]] too
"""),
    ("initial child protection conference report by the social worker", """BREDE VALLEY COUNTY COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference: [[24 November 2026|date]], Muriel Matters House, [[Hastings|place]]        Chair: [[Gordon Pett|name]]
Children: [[Alfie BRAZIER|name]] ([[14.06.2019|dob]]), [[Poppy TESTER|name]] ([[02.02.2023|dob]])
Address: [[14 Sedlescombe Road North|address]], [[St Leonards-on-Sea|place]] [[TN37 7DA|postcode]]
Author: [[Harriet Goble|name]], Social Worker, [[Hastings|place]] Family Safeguarding Team

1. Reason for conference
[[Alfie|name]] said on [[30 October|date]] and again on [[2 November|date]] that his mother's partner, [[Kyle Dunk|name]] (date of
birth not known), had pushed him into a door and "broke the wall". Sussex Police hold two domestic incidents at the
address ([[19 September|date]] and [[28 October 2026|date]]); in the second a neighbour, Mrs [[Dawn Kenward|name]] of
[[no. 16|address]], rang 999 after hearing a child scream.

2. The family
[[Shannon Tester|name]] (27) is the mother of both children. [[Lee Brazier|name]] (30), [[Alfie|name]]'s father, lives in
[[Eastbourne|place]] and has asked to be assessed to have [[Alfie|name]] for weekends. [[Poppy|name]]'s father has not been
named. The maternal grandmother, [[Tina Tester|name]], and her partner [[Ray Colbran|name]] live in [[Ore|place]]; they have
cared for both children since [[11 November|date]] under a safety plan.

3. Views of the children
[[Alfie|name]] told me: "I want to live at Nanny's and see Mummy every day but not [[Kyle|name]]." [[Poppy|name]] is too young
to give a view; at [[Little Acorns|school]] her key person [[Jodie Pratt|name]] says she is "much calmer" since she moved to her nan's.

4. Recommendation
That [[Alfie|name]] and [[Poppy|name]] become subject to child protection plans under the category of physical abuse; that a
core group meets within 10 working days (proposed [[4 December 2026|date]] at [[Silverhill Green|school]]); that a
viability assessment of Mr [[Brazier|name]] and of Mrs [[Tester|name]] and Mr [[Colbran|name]] is completed by
[[18 December|date]].

5. Distribution
[[Shannon Tester|name]], [[14 Sedlescombe Road North|address]], [[TN37 7DA|postcode]] ([[07713 482 906|phone]]); [[Lee Brazier|name]],
[[Flat 3, 41 Seaside Road|address]], [[Eastbourne|place]] [[BN21 3PP|postcode]] ([[07948 215 637|phone]]); [[Tina Tester|name]] and
[[Ray Colbran|name]], [[6 Fairlight Road|address]], [[Ore|place]] [[TN35 5EB|postcode]]; [[Pam Ashdown|name]] ([[Silverhill
Green Primary|school]]); [[Jodie Pratt|name]] ([[Little Acorns|school]]); DS [[Wendy Crittenden|name]] (Sussex Police); Dr
[[Hamish Todd|name]] (GP, Beaconsfield Road Surgery, [[Hastings|place]]). Not to [[Kyle Dunk|name]].
"""),
]


# --- B. Mepham / Gurr family (white British), the Baird estate, Ore, Hastings ----------------------------------------------

HOME_B = d.Address("22 Tower Road West", "Baird", "Hastings", "TN35 5NG")
DAD_B = d.Address("9 Malvern Way", "", "Hastings", "TN34 2AP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Gurr")], dt.date(2012, 3, 27), addresses=[HOME_B], ids=["420 066 8289", "E845431243852"],
       schools=["The Hastings Academy"]),
    _p("s", "sibling", [("Summer", "Mepham")], dt.date(2017, 8, 5), addresses=[HOME_B], ids=["539 592 0250"],
       schools=["Ore Village Primary Academy"]),
    _p("m", "mother", [("Kayleigh", "Mepham")], dt.date(1993, 1, 17), addresses=[HOME_B], phones=["07862 390 441"]),
    _p("f", "father", [("Darren", "Gurr")], dt.date(1988, 10, 30), addresses=[DAD_B], phones=["07532 118 604"]),
    _p("p1", "professional", [("Owen", "Sayers")], phones=["07411 927 350"], emails=["owen.sayers@bredevalley.gov.uk"]),
], "c")

DOCS_B = [
    ("multi-agency chronology in a table", """MULTI-AGENCY CHRONOLOGY - [[Tyler GURR|name]] (DOB [[27/03/2012|dob]]),
[[22 Tower Road West|address]], [[Hastings|place]] [[TN35 5NG|postcode]]
Compiled by [[Owen Sayers|name]] (SW), updated [[16/11/2026|date]]

Date       | Source            | Event                                                            | Significance
[[14/02/2025|date]] | School            | [[Tyler|name]] excluded 2 days, vape and knife (blade 3 cm) in bag.    | First weapon concern
[[03/06/2025|date]] | Police            | Stop and search, [[Warrior Square|address]], [[St Leonards|place]], with older youth
           |                   | [[Callum Jempson|name]] (18). Nothing found. £120 cash.                  | Older associates
[[21/09/2025|date]] | Mother            | Reported missing overnight; found in [[Bexhill|place]] at a flat on
           |                   | [[Sackville Road|address]] by PC [[Nadia Hollobone|name]].                | Missing 1
[[07/01/2026|date]] | Health            | A&E, Conquest Hospital: cut hand "from a fence". Seen by
           |                   | Dr [[Amir Shafi|name]]. Sister [[Summer|name]] (8) with him, no adult.  | Injury, unsupervised
[[12/04/2026|date]] | Police            | Found in [[Croydon|place]] with 14 wraps; NRM referral.                  | County lines
[[2/5/26|date]]    | Father            | [[Darren Gurr|name]] rang SPoA: [[Tyler|name]] "running for [[Jempson|name]]'s lot".  |
Father's worry
[[18/08/2026|date]] | Youth Justice     | Referral order starts; YJ worker [[Marcus Foord|name]].                | Statutory involvement
[[29/10/2026|date]] | Mother            | Missing 3 days; returned [[1/11/2026|date]]. Said he was in [[Brighton|place]].  | Missing 4
[[3rd Nov|date]]    | School            | Mrs [[Gill Thwaites|name]] (DSL, [[The Hastings Academy|school]]) - attendance 41%. | Education
[[11 Nov 2026|date]] | Neighbour         | Mr [[Stan Pankhurst|name]] of [[no. 24|address]] rang police: car outside every night,
           |                   | grey Golf [[GU19 KZT|vehicle]], lads going in and out.                     | Possible cuckooing
[[12/11/2026|date]] | Housing (Orbit)   | Tenancy officer [[Jade Pilbeam|name]]: [[Kayleigh|name]] asked for a move to [[Rye|place]] or
           |                   | [[Winchelsea Beach|place]], near nan [[Sheila Gurr|name]] ([[01797 226 418|phone]]).  | Wish to move
[[14/11/2026|date]] | Police            | [[Jason Pelling|name]] arrested at the address; [[Summer|name]] (9) at home with
           |                   | [[Tyler|name]]; [[Kayleigh|name]] at her friend [[Stacey Wood|name]]'s on [[Rock Lane|address]].
  | Cuckooing likely
[[15/11/2026|date]] | Father            | [[Darren|name]] and partner [[Kerry Gain|name]] take [[Summer|name]] for the weekend
           |                   | at [[9 Malvern Way|address]], [[Hastings|place]] [[TN34 2AP|postcode]].      | Family network
"""),
    ("youth worker's voice note, auto-transcribed by the phone and pasted into the record", """[Voice note from
[[Marcus Foord|name]], Youth Justice, sent [[13 November 2026|date]] 18:42, transcribed by the phone app, pasted unedited]

Hi [[Owen|name]] it's [[Marcus|name]] just left [[Tyler|name]] at the chip shop up [[the ridge|address]] so um quick one I'm driving so
excuse the the transcription. He was quiet today he did the session but he wouldn't talk about the car he says the grey golf
belongs to a lad called [[Tommy|name]] or [[Tomo|name]] from [[Hollington|place]] he wouldn't give a surname. Um he did say
mum's new friend [[Jase|name]] is there a lot and [[Summer|name]] doesn't like him. He said he'd stop at his dad's in [[Mal
vern way|address]] if his dad would have him but dad's girlfriend [[Kerry|name]] said no after last time. I've got a number
for dad it's the one you've got I think. Um he also said his
cousin [[Bradley|name]] in [[Ashford|place]] can get him work in a car wash which yeah no. I'll write it up properly on
child view tomorrow. Next session is Monday the [[16th|date]] at the [[Ore|place]] centre. Cheers bye.
"""),
    ("return home interview form after a missing episode", """RETURN HOME INTERVIEW (RHI)   -   Missing Person Team, Brede Valley
Young person: [[Tyler Gurr|name]]          D.O.B. [[27 Mar 2012|dob]]          UPN [[E845431243852|upn]]
Missing from: [[22 Tower Road West|address]], [[Baird|place]], [[Hastings|place]]     Date missing: [[29.10.2026|date]] 19:00
Date found/returned: [[01.11.2026|date]] 11:20   Found by: self-returned   Police ref: 47260188431
RHI offered: [[02.11.2026|date]]   RHI done: [[04.11.2026|date]]  at: McDonald's, [[Queens Road|address]]
Interviewer: [[Sasha Beaney|name]]

Where were you? ........ "[[Brighton|place]], then [[Worthing|place]], at a mate's"
Who were you with? ..... "[[Tomo|name]]." Later: "[[Tomo|name]] and his cousin [[Rhys|name]]." Would not give surnames.
How did you travel? .... Train from [[Hastings|place]], paid by [[Tomo|name]]. Back by coach.
Did you sleep? ......... "on a sofa in a flat by the station". Address not known. Mentioned [[Montague Street|address]].
Did anyone hurt you? ... No. Had a bruise under the left eye; said "football".
Money / phone ......... Has a second phone ("for work"). Number not given. Mum has the old one, [[07391 640 827|phone]].
Who can you talk to? ... "My nan [[Sheila|name]]" (paternal, lives in [[Rye|place]]), and [[Marcus|name]] at YJ.
Anything else? ......... Said he is worried for [[Summer|name]] because of "[[Jase|name]] and them lot". Asked for
                          his dad, [[Darren|name]], not to be told he had been in [[Worthing|place]].

Actions: intelligence form to Sussex Police re [[Tomo|name]], [[Rhys|name]] and the flat near [[Brighton|place]] station;
RHI shared with SW [[Owen Sayers|name]] and with Mrs [[G. Thwaites|name]]. Copy to [[Kayleigh Mepham|name]]
([[07862 390 441|phone]]) and [[Darren Gurr|name]] ([[07532 118 604|phone]]) by post; [[Tyler|name]] asked that [[Summer|name]] is not told.
"""),
    ("child exploitation strategy meeting minutes", """STRATEGY MEETING (CHILD EXPLOITATION) - MINUTES
Child: [[Tyler Gurr|name]] ([[27/3/2012|dob]]) and sibling [[Summer Mepham|name]] ([[5/8/2017|dob]])
Date: [[17 November 2026|date]], 10:00, MS Teams    Chair: [[Owen Sayers|name]] (SW)    Minutes: [[Becky Tickner|name]]

Present: [[Owen Sayers|name]] (SW); DC [[Lewis Akehurst|name]] (Sussex Police, Missing and Exploitation Team);
[[Marcus Foord|name]] (Youth Justice); [[Gill Thwaites|name]] (DSL, [[The Hastings Academy|school]]); [[Jo Tutt|name]] ([[Ore Village
Primary Academy|school]], for [[Summer|name]]); [[Sasha Beaney|name]] (Missing Person Team); [[Nita Bhandari|name]] (school nurse).
Apologies: [[Kayleigh Mepham|name]] (mother) - not invited to the strategy meeting, to be seen after.

1. Information shared
DC [[Akehurst|name]]: the grey Golf [[GU19 KZT|vehicle]] is registered to a woman in [[Hollington|place]]; seen in
[[Croydon|place]] on [[12 April|date]] when [[Tyler|name]] was found. "[[Tomo|name]]" is believed to be [[Thomas Ridley|name]]
(19). A man known as "[[Jase|name]]", [[Jason Pelling|name]], has been seen at the address; he has previous for supply.
[[Gill|name]]: [[Tyler|name]] has not been in since [[9 November|date]]. A boy in his year said [[Tyler|name]] "owes [[Tomo|name]]".
[[Jo|name]]: [[Summer|name]] said "[[Jase|name]] sleeps on our settee and there are bags in the shed". She is tired and hungry.
[[Nita|name]]: [[Summer|name]] has had head lice for 6 weeks; mum missed the optician on [[20 October|date]].

2. Decision: section 47 enquiries for both children. Joint visit SW and DC [[Akehurst|name]] on [[18/11/2026|date]].
[[Tyler|name]]'s father [[Darren Gurr|name]] ([[9 Malvern Way|address]], [[TN34 2AP|postcode]]) to be seen as a possible carer.
[[Kayleigh|name]] to be told at the visit. Next review [[1 December 2026|date]].
"""),
]


# --- C. Castillo / Nuñez family (Garifuna, from Belize), Bulverhythe, St Leonards ------------------------------------------

HOME_C = d.Address("Flat 2, 7 Bexhill Road", "Bulverhythe", "St Leonards-on-Sea", "TN38 8AR")
NAN_C = d.Address("18 Commerce Street", "", "Dangriga", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Dario", "Nuñez")], dt.date(2015, 7, 19), addresses=[HOME_C], ids=["777 736 4200", "E845444996304"],
       schools=["West St Leonards Primary Academy"]),
    _p("s", "sibling", [("Keisha", "Nuñez")], dt.date(2020, 4, 11), addresses=[HOME_C], ids=["622 349 7830"]),
    _p("m", "mother", [("Yolanda", "Castillo")], dt.date(1990, 11, 2), addresses=[HOME_C], phones=["07798 301 662"]),
    _p("g", "grandparent", [("Eulalia", "Castillo")], dt.date(1958, 5, 30), addresses=[NAN_C], phones=["+501 622 4518"]),
    _p("p1", "professional", [("Fiona", "Heathfield")], phones=["01424 852 906"], emails=["fiona.heathfield@bredevalley.gov.uk"]),
], "c")

DOCS_C = [
    ("multi-agency referral form from a GP", """REFERRAL TO THE SINGLE POINT OF ADVICE (SPoA) - PROFESSIONAL REFERRAL
Referrer: Dr [[Oluwaseun Adeyemi|name]], GP, Harold Road Surgery    Tel: [[01424 211 574|phone]]    Date: [[02/10/2026|date]]

CHILD 1: [[NUÑEZ, Dario|name]]   DOB [[19/07/2015|dob]]   NHS [[777 736 4200|nhs]]   School: [[West St Leonards Primary
Academy|school]]
CHILD 2: [[NUÑEZ, Keisha|name]]  DOB [[11/04/2020|dob]]   NHS [[622 349 7830|nhs]]   School: none (not taken up a Reception place)
Parent: [[CASTILLO, Yolanda|name]]  DOB [[02/11/1990|dob]]  Mob [[07798 301 662|phone]]
Address: [[Flat 2, 7 Bexhill Road|address]], [[Bulverhythe|place]], [[St Leonards-on-Sea|place]] [[TN38 8AR|postcode]]
Languages: English, Belize Kriol, Garifuna. No interpreter needed.

Reason for referral:
Ms [[Castillo|name]] came to see me on [[1 October|date]] with [[Keisha|name]] (6), who has a chest infection. She told me she
has no money for the gas meter since her partner, [[Ricardo Nuñez|name]], the children's father, went back to [[Belize City|place]]
in August. She had been working nights at a care home in [[Bexhill|place]] and leaving [[Dario|name]] (11) to mind
[[Keisha|name]]. She is tearful, sleeping little, and says "my mother [[Eulalia|name]] in [[Dangriga|place]] tells me come home but
the children are British now". [[Keisha|name]] is not registered at any school. The flat has black mould in the children's
room. A church friend, [[Marcia Palacio|name]] ([[07823 645 119|phone]]), brought her to the appointment and is helping with food.
Consent: Ms [[Castillo|name]] agreed to this referral.
"""),
    ("grandmother's letter from Belize, posted and copied onto the file", """[Letter received by post [[20 October 2026|date]],
handed to me by [[Yolanda|name]] to copy. In English with some
Garifuna; translation of the Garifuna by [[Yolanda|name]]. F.H.]

[[18 Commerce Street|address]]
[[Dangriga Town|place]], Stann Creek
[[October 5th 2026|date]]

To the Social Worker in England

Buiti binafi (good morning). My name is [[Eulalia Castillo|name]] and I am the mother of [[Yolanda|name]] and the grandmother
of [[Dario|name]] and [[Keisha|name]]. My daughter tell me you are worried for the children. I want to say she is a good mother,
she raise [[Dario|name]] in [[Dangriga|place]] till he was four and every Sunday he was in church with me and at the drumming
with his Uncle [[Pen|name]]. Life is hard for her alone in that cold place by the sea, and [[Ricardo|name]] left her with nothing.

If the children need a home I can come to England or they can come to me. I have a house with three rooms and my
sister [[Aurelia Arana|name]] live next door at [[no. 20|address]]. My telephone is [[+501 622 4518|phone]] and my son
[[Pen|name]] ([[Pendleton Castillo|name]]) is [[+501 522 3107|phone]], he can read emails. My other daughter [[Marlene|name]] live
in [[Los Angeles|place]], [[4418 Crenshaw Boulevard|address]], and her phone is [[+1 213 847 2290|phone]].

I pray for you and for them. Seremein (thank you).
[[Eulalia Castillo|name]]
"""),
    ("pastor's email to the social worker", """From: Pastor [[Wilfred Ramos|name]] <[[wilf.ramos@gmail.com|email]]>
Sent: Thursday, [[12 November 2026|date]] 09:13
To: [[Fiona Heathfield|name]] <[[fiona.heathfield@bredevalley.gov.uk|email]]>
Cc: [[marcia.palacio@outlook.com|email]]
Subject: [[Yolanda|name]] and the children - church support

Good morning Ms [[Heathfield|name]],

Thank you for your call on Monday. I am the pastor of a small Pentecostal fellowship that meets on Sundays at the
Bulverhythe Community Hall; most of us are from Belize and the Caribbean and a few of us are Garinagu like [[Yolanda|name]]. With her
consent, here is what we can offer:

- Sister [[Marcia Palacio|name]] will collect [[Keisha|name]] from [[Yolanda|name]]'s on the nights she works (Tues, Weds) and
  keep her at her home, [[31 Filsham Road|address]], [[St Leonards|place]] [[TN38 0PA|postcode]], until morning.
- Brother [[Elvis Zuniga|name]] is a plumber and has looked at the boiler at [[Flat 2|address]]; he says the landlord,
  Mr [[Gary Hide|name]], has been told twice.
- My wife [[Cynthia|name]] will take [[Dario|name]] to the Garifuna drumming group in [[Brixton|place]] once a month with our
  boys, as he has asked.

[[Dario|name]] told me after service on the [[8th|date]] that he is "the man of the house now". I said he is a boy and his job is
school and football. He goes quiet when his father is mentioned. He would like to speak to his dad in [[Belize City|place]]
more often; [[Ricardo|name]]'s WhatsApp is on [[Yolanda|name]]'s phone.

Blessings,
Pastor [[Wilf|name]]
[[07480 516 272|phone]]
"""),
    ("child and family assessment extract with analysis", """CHILD AND FAMILY ASSESSMENT (extract: family history, analysis)
Children: [[Dario Nuñez|name]] ([[19.7.2015|dob]]); [[Keisha Nuñez|name]] ([[11.4.2020|dob]])
Assessing worker: [[Fiona Heathfield|name]]    Started [[5/10/2026|date]]    Completed [[20/11/2026|date]]

Family history. [[Yolanda Castillo|name]] was born in [[Dangriga|place]], Belize, in a Garifuna family; she moved to
[[Belize City|place]] at 17 and met [[Ricardo Nuñez|name]] there. [[Dario|name]] was born in [[Belize City|place]]; he lived
with his grandmother [[Eulalia|name]] in [[Dangriga|place]] until 2019, when the family came to the UK on [[Ricardo|name]]'s
work visa (care work in [[Eastbourne|place]], then [[Bexhill|place]]). [[Keisha|name]] was born at the Conquest Hospital. The
family lived first on [[Sea Road|address]], [[Bexhill|place]], and moved to [[Bulverhythe|place]] in March 2024.
[[Ricardo|name]] left for Belize on [[14 August 2026|date]] after his visa was not renewed; he sends money "when he can".

[[Dario|name]] says: "I do the bath for [[Keisha|name]] and I make the rice and beans." He is proud of it and tired by it.
His class teacher, Mr [[Ben Catt|name]] at [[West St Leonards|school]], says he falls asleep on Wednesdays. [[Keisha|name]]
started at [[West St Leonards|school]] on [[9 November|date]] after the admissions team placed her.

Analysis. This is neglect arising from poverty, isolation and a mother's low mood rather than a lack of love. [[Yolanda|name]]
has a strong network through the church ([[Marcia|name]], Pastor [[Ramos|name]]) and a grandmother abroad who offers care.
Recommendation: child in need plan; [[Yolanda|name]] to be helped to claim the benefits she is entitled to; [[Dario|name]] to
be offered a young carer's assessment (Carers' Hub, [[Sarah Dyke|name]]); the landlord to be referred to
Hastings Borough Council's private housing team.

Genogram (as drawn with [[Yolanda|name]] on [[5/10/2026|date]]): maternal grandmother [[Eulalia Castillo|name]] ([[Dangriga|place]],
[[+501 622 4518|phone]]); her sister [[Aurelia Arana|name]]; uncle [[Pendleton "Pen" Castillo|name]] ([[+501 522 3107|phone]]);
aunt [[Marlene Castillo-Reyes|name]] ([[Los Angeles|place]], [[+1 213 847 2290|phone]]); father [[Ricardo Nuñez|name]] (in
[[Belize City|place]], address not known, WhatsApp only); paternal grandmother [[Dolores Nuñez|name]] ([[Punta Gorda|place]]);
half-brother [[Kenroy Nuñez|name]] (17, [[Belmopan|place]]). Friends: [[Marcia Palacio|name]] ([[07823 645 119|phone]]),
Pastor [[Wilfred Ramos|name]] and [[Cynthia Ramos|name]].
"""),
]


# --- D. Chakma family (Chakma Buddhist, from the Chittagong Hill Tracts), Tilekiln, Hastings -------------------------------

HOME_D = d.Address("5 Winchelsea Road", "Tilekiln", "Hastings", "TN35 4LG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ananda", "Chakma")], dt.date(2013, 1, 9), addresses=[HOME_D], ids=["712 867 0890", "D845343786253"],
       schools=["Hillcrest School"]),
    _p("s", "sibling", [("Sneha", "Chakma")], dt.date(2018, 9, 24), addresses=[HOME_D], ids=["720 804 6662"]),
    _p("m", "mother", [("Rupali", "Chakma")], dt.date(1987, 3, 3), addresses=[HOME_D], phones=["07957 284 013"]),
    _p("f", "father", [("Jyoti Bikash", "Chakma")], dt.date(1982, 6, 16), addresses=[HOME_D], phones=["07875 402 118"]),
    _p("p1", "professional", [("Rachel", "Winter")], phones=["01424 437 908"], emails=["rachel.winter@bredevalley.gov.uk"]),
], "c")

DOCS_D = [
    ("health visitor's record of a home contact", """HEALTH VISITING - CONTACT RECORD (SystmOne print)
Patient: [[CHAKMA, Sneha|name]]   DOB: [[24 Sep 2018|dob]]   NHS No: [[720 804 6662|nhs]]
Usual address: [[5 Winchelsea Road|address]], [[Hastings|place]], [[TN35 4LG|postcode]]
Contact: [[10-Oct-2026|date]] 10:30, home visit, by [[Rosie Baldock|name]] (Specialist Community Public Health Nurse)

Seen with mother [[Rupali Chakma|name]] and father [[Jyoti Bikash Chakma|name]]; big brother [[Ananda|name]] (13) at home, said
he had "a stomach ache" (school day). Family speak Changma Kodha and Bengali at home; father good English, mother some. Father
interpreted, mother agreed.

Reason: school nurse transfer. [[Sneha|name]] (8) is not toilet trained at night and has lost weight (3rd to 0.4th centile).
Father said she "will not eat rice since the trouble". Asked what trouble: father said [[Ananda|name]] was beaten by boys on
the [[Tilekiln|place]] field on [[2 October|date]] and called names, and since then [[Sneha|name]] will not go to the park or
school. Mother showed me a mark on [[Ananda|name]]'s upper arm, 4 cm, yellow, healing.

Family history: from [[Rangamati|place]] in the Chittagong Hill Tracts, Bangladesh; came to the UK in 2019 (father a chef,
now at a restaurant in [[Battle|place]]). Mother's brother [[Shanti Moy Chakma|name]] lives in [[Khagrachari|place]]
([[+880 1819 442310|phone]]). Family go to the Buddhist vihara in [[Crawley|place]] at festivals.

Plan: paediatric referral (weight) to Dr [[Kwame Osei-Bonsu|name]], Conquest Hospital; enuresis clinic; share with school
nurse [[Nita Bhandari|name]]; discuss with SW [[Rachel Winter|name]] (bullying, [[Ananda|name]]'s injury, non-attendance).
"""),
    ("family WhatsApp messages in Bengali script and English, typed up and translated", """Typed from [[Jyoti Bikash|name]]'s
phone with his consent on [[6 November 2026|date]]. Bengali script copied as written;
translation by the interpreter [[Mitali Barua|name]] (Language Line, by phone) in brackets. R.W.

Chat: "Mama [[Shanti|name]] 🇧🇩"
[[30/10/2026|date]] 21:02  [[Shanti|name]]: [[আনন্দ|name]] কেমন আছে? [[রূপালী|name]] কাঁদছিল ফোনে
                       (How is [[Ananda|name]]? [[Rupali|name]] was crying on the phone)
[[30/10/2026|date]] 21:10  Me: ভালো না। স্কুলে যেতে চায় না। ছেলেরা ওকে মেরেছে [[হেস্টিংস|place]] এ
                       (Not good. He does not want to go to school. Boys hit him in [[Hastings|place]])
[[30/10/2026|date]] 21:14  [[Shanti|name]]: ওদের [[রাঙ্গামাটি|place]] পাঠিয়ে দাও। মা দেখবে
                       (Send them to [[Rangamati|place]]. Mother will look after them)
[[31/10/2026|date]] 07:45  Me: না দাদা। [[স্নেহা|name]] এর স্কুল এখানে
                       (No brother. [[Sneha|name]]'s school is here)
[[2/11/2026|date]] 18:30  [[Shanti|name]]: [[Tuhin|name]] says in [[Khagrachari|place]] also problem. Stay in UK. Call the
                       police about boys
[[2/11/2026|date]] 18:31  Me: police came. PC [[Ellie Gower|name]]. she is kind
[[4/11/2026|date]] 22:50  [[Shanti|name]]: [[জ্যোতি|name]] তুমি রাগ করো না ছেলের উপর
                       ([[Jyoti|name]], don't be angry with the boy)
[[4/11/2026|date]] 22:52  Me: আমি রাগ করি নাই। শুধু বেল্ট দেখিয়েছি
                       (I was not angry. I only showed the belt)
[[5/11/2026|date]] 08:05  [[Shanti|name]]: [[Tuhin|name]] এর নম্বর দিলাম, [[Birmingham|place]] এ থাকে: [[07391 205 874|phone]]
                       (I gave you [[Tuhin|name]]'s number, he lives in [[Birmingham|place]]: [[07391 205 874|phone]])
[[5/11/2026|date]] 08:20  Me: ধন্যবাদ মামা। [[রূপালী|name]] আর [[স্নেহা|name]] [[বেক্সহিল|place]] এ [[শোভা|name]] দিদির বাসায় যাবে
                       (Thank you uncle. [[Rupali|name]] and [[Sneha|name]] will go to sister [[Shova|name]]'s house in
                       [[Bexhill|place]])
"""),
    ("head of year's letter to the parents", """[[Hillcrest School|school]]
[[Rye Road|address]], [[Hastings|place]]

[[12 November 2026|date]]

Mr [[J B Chakma|name]] and Mrs [[R Chakma|name]]
[[5 Winchelsea Road|address]]
[[Hastings|place]]
[[TN35 4LG|postcode]]

Dear Mr and Mrs [[Chakma|name]],

Re: [[Ananda Chakma|name]], Year 9, UPN [[D845343786253|upn]]

Thank you for meeting me and Mr [[Sunny Hope|name]], our Assistant Head (Inclusion), on [[10 November|date]]. I am writing to
confirm what we agreed.

1. The three students involved in the assault on [[Ananda|name]] on the field at [[Tilekiln|place]] on [[2 October|date]] have been
   dealt with under our behaviour policy, and police (PC [[Gower|name]]) have spoken to them and their families. I cannot share
   their names with you, but I can tell you that one has been moved to another tutor group.
2. [[Ananda|name]] will have a safe space at break and lunch in the library with Mrs [[Faith Doherty|name]], and a
   trusted-adult check-in every morning with me.
3. His attendance this term is 62%. We agree to a part-time timetable until [[27 November|date]], then full time.
4. We talked about discipline at home. [[Ananda|name]] told his tutor, Mr [[Grant Field|name]], that his father "showed the belt".
   As we explained, we have to share this with children's services; Ms [[Winter|name]] will contact you.

5. [[Sneha|name]]'s move to [[Ore Village|school]] (from [[Ore Village Primary
Academy|school]]'s head, Mrs [[Jo Tutt|name]]) starts on [[16 November|date]]; [[Ananda|name]] can walk her there on
   [[16|date]] and [[23 November|date]] with Mr [[Field|name]]'s permission to arrive late.

Please ring me on [[01424 755 330|phone]] if anything worries you.

Yours sincerely,
[[Lorna Hoad|name]]
Head of Year 9
"""),
    ("child in need review meeting report", """CHILD IN NEED REVIEW - [[ANANDA CHAKMA|name]] ([[09/01/2013|dob]]) AND
[[SNEHA CHAKMA|name]] ([[24/09/2018|dob]])
Review date: [[26/11/2026|date]]     Venue: [[Hillcrest School|school]], [[Hastings|place]]     SW: [[Rachel Winter|name]]
Attended: [[Jyoti Bikash Chakma|name]]; [[Rupali Chakma|name]]; [[Ananda|name]] (part); [[Lorna Hoad|name]] ([[Hillcrest|school]]);
[[Rosie Baldock|name]] (HV); interpreter [[Mitali Barua|name]] (Bengali, in person)

Progress since [[29 October|date]]:
- [[Ananda|name]]: back full-time from [[23/11|date]]; no further incidents; joined the chess club run by Mr [[Field|name]].
  He said: "I'm OK now. Dad doesn't do the belt." Mr [[Chakma|name]] has done the Triple P group at the [[Hastings|place]]
children's centre.
- [[Sneha|name]]: weight up (0.4th to 2nd centile). Seen by Dr [[Osei-Bonsu|name]] on [[17 November|date]]. Dry most nights.
  Started at [[Ore Village|school]]'s nurture group (place found by [[Rosie|name]]).
- Mrs [[Chakma|name]]: registered for ESOL at [[Sussex Coast College|school]]; feels less alone since meeting [[Shova Talukdar|name]], a
  mother from the Hill Tracts in [[Bexhill|place]] ([[07760 218 594|phone]]), through the vihara.

Family's view ([[Jyoti Bikash|name]], through the interpreter): "We came for safety and then our son was beaten here. Now the school
is helping. We want the case closed in spring."

Plan: continue as child in need to [[25 February 2027|date]]; [[Ananda|name]] to meet the youth worker [[Sam Tong|name]]
at the [[Ore|place]] centre; HV to discharge to school nurse; next review [[25/2/27|date]].
"""),
]


# --- E. Dengate / Hyland family (white British), Little Common, Bexhill -----------------------------------------------------

HOME_E = d.Address("3 Meads Road", "Little Common", "Bexhill-on-Sea", "TN39 4SY")
GRAN_E = d.Address("11 Cooden Drive", "Cooden", "Bexhill-on-Sea", "TN39 3AB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jake", "Dengate")], dt.date(2011, 5, 3), addresses=[HOME_E], ids=["698 608 7799", "J845227360975"],
       schools=["Bexhill Academy"]),
    _p("m", "mother", [("Carly", "Dengate")], dt.date(1986, 2, 19), addresses=[HOME_E], phones=["07934 518 226"]),
    _p("f", "stepfather", [("Mark", "Hyland")], dt.date(1980, 8, 25), addresses=[HOME_E]),
    _p("g", "grandparent", [("Sidney", "Dengate")], dt.date(1950, 7, 7), addresses=[GRAN_E], phones=["01424 846 301"]),
    _p("p1", "professional", [("Kelly", "Crouch")], phones=["01424 726 915"], emails=["kelly.crouch@bredevalley.gov.uk"]),
], "c")

DOCS_E = [
    ("grandfather's handwritten letter, scanned and OCR'd with its errors", """[Scanned to file [[19/11/2026|date]]. OCR text
below, uncorrected; the original is in the paper file. K.C.]

[[11 Cooden Drive|address]]
[[Cooden|place]], [[Bexhi11-on-Sea|place]]
[[TN39 3AB|postcode]]
[[16th Nov. 2026|date]]

Dear Mrs [[Crouch|name]],

I am [[Jake|name]]'s grandfather, [[Sidney Dengate|name]], and I am 76. I do not do emai1s so I am writing. [[Jake|name]]
came to me on Sunday night, the [[15th|date]], at 11 pm, on his bike in the rain from [[Litt1e Common|place]] with no coat.
He had b1ood on his 1ip and he said [[Mark|name]] had "had a go" at him over his phone. He slept in my back room and I
took him to schoo1 Monday. My daughter [[Car1y|name]] rang me at 7 am crying and said [[Jake|name]] is lying and he
fell off the bike. I have never liked [[Mark Hy1and|name]] and I will say so. Since he moved in with them at
[[3 Meads Road|address]] in the spring the boy has changed.

[[Jake|name]] can live with me. I have room, and my neighbour Mrs [[Joan Battle|name]] at [[No. 9|address]] (a retired
teacher) says she wi11 help with his homework. My phone is [[01424 846 301|phone]], and my son [[Gary|name]] in
[[Tunbridge We11s|place]] can come down at weekends (his mobi1e is
[[07956 330 418|phone]]).

Yours faithfu11y,
[[S. Dengate|name]] ([[Sid|name]])
"""),
    ("Snapchat messages shown by the young person, typed up by the worker", """Typed up by [[Kelly Crouch|name]] from
[[Jake|name]]'s phone at school on [[17 November 2026|date]], with his agreement.
Display names as on screen. Emojis described in brackets.

Chat saved as "Mum 💛"
Mum 💛: where r u. [[mark|name]] is going spare
Me: at grandads
Mum 💛: come home now [[jakey|name]] or hes gonna come to [[cooden|place]] and get u
Me: im not coming back while hes there
Mum 💛: he said sorry. he didnt mean the lip. pls dont tell [[sid|name]] nothing else
Me: already did

Chat with "[[Ellis B|name]]" (friend, Year 10)
[[Ellis B|name]]: bro ur lip 💀 was it [[mark|name]] again
Me: ye. took my phone and smashed my head on the door frame
[[Ellis B|name]]: u shud tell [[crouch|name]] or [[kelly|name]] the sw
[[Ellis B|name]]: my mum says u can stay at ours in [[sidley|place]] if ur grandad cant
Me: nah grandads fine. [[Joanie|name]] next door made me lasagne lol

Chat with "[[Lily-Mae|name]]"
[[Lily-Mae|name]]: r u ok? saw ur story
Me: not rly
[[Lily-Mae|name]]: i'm at the De La Warr on sat with [[Tegan|name]] come
Me: cant. grandad wants me in [[cooden|place]] by 6
[[Lily-Mae|name]]: [[tegans|name]] mum can drop u back. shes got the car [[HJ71 WXO|vehicle]] lol u know the yellow one
[[Lily-Mae|name]]: or come [[bexhill|place]] library tmrw after sch, [[ellis|name]] + [[kai|name]] + [[maisie|name]] r going

Chat with "[[Gary|name]] 🚐" (uncle)
[[Gary|name]]: [[jake|name]] mate grandad told me. im down sat from [[tunbridge wells|place]]. we'll get ur stuff from [[meads rd|address]]
Me: [[mark|name]] will be there
[[Gary|name]]: leave [[mark|name]] to me. only joking. ive rang [[kelly|name]] the sw she said do it with [[carly|name]] when hes at work
"""),
    ("social worker's notes typed fast on a phone between visits", """notes - KC - phone - [[18/11|date]]
- 0915 rang [[carly d|name]] [[07934 518 226|phone]] no ans. vm left
- 0940 sch: [[jake|name]] in. lip swollen. DSL mr [[nick rumsey|name]] says [[jake|name]] wont go home. photo taken by sch nurse
  [[nita b|name]]? no - [[nita|name]] is [[hastings|place]]. [[bexhill|place]] nurse = [[Sue Pocock|name]]
- 1020 pol: PC [[Dan Vidler|name]] 1887 - [[mark hyland|name]] dob [[25/8/80|dob]] has DV hist w ex partner in
  [[eastbourne|place]] 2019. PPN being done
- 1100 grandad [[sid dengate|name]] rang - happy to keep J. address [[11 cooden dr|address]]. checked: not known to us
- 1130 mgr [[Priya Salter|name]] ok'd S47 + sec 20 w grandad if mum agrees
- 1300 hv to [[3 meads rd|address]]: [[carly|name]] + [[mark|name]] present. [[mark|name]] says "I grabbed his phone, he fell".
[[carly|name]]
  agrees [[jake|name]] stays at grandads. [[mark|name]] to stay at his bros in [[pebsham|place]] tonight?? he refused.
- 1530 [[jake|name]] told re plan. relieved. wants his bike + xbox from [[little common|place]]. asked if [[ellis|name]] can
  visit. yes
- todo: strat disc tomorrow [[19/11|date]] 10am; [[jake|name]] ABE? ; [[sid|name]] DBS; ask [[Joan Battle|name]] re checks
"""),
    ("child and adolescent mental health service letter to the GP", """NHS Sussex Partnership - Child and Adolescent Mental
Health Services, [[Bexhill|place]] and Rother CAMHS

Dr [[Ian Pankhurst|name]]
Little Common Surgery
[[Shepherds Close|address]], [[Bexhill-on-Sea|place]] [[TN39 4LB|postcode]]

[[30 November 2026|date]]

Dear Dr [[Pankhurst|name]],

Re: [[Jake DENGATE|name]], DOB [[03/05/2011|dob]], NHS [[698 608 7799|nhs]]
c/o [[11 Cooden Drive|address]], [[Cooden|place]], [[Bexhill-on-Sea|place]] [[TN39 3AB|postcode]]

I saw [[Jake|name]] on [[26 November 2026|date]] with his grandfather, Mr [[Sidney Dengate|name]], and his social worker,
[[Kelly Crouch|name]]. [[Jake|name]] has lived with his grandfather since [[15 November|date]], after an assault by his
stepfather, [[Mark Hyland|name]], which is being investigated.

[[Jake|name]] came because a girl in his year, [[June|name]], told him to "get help". He told me he has been cutting his forearms
about twice a week since the summer, more since his stepfather moved in. There is no
current suicidal plan. He sleeps badly and is frightened his mother will "choose [[Mark|name]]". He is close to his friend [[Ellis
Bowler|name]] and his girlfriend [[Lily-Mae|name]].

Plan: six sessions with our practitioner [[Daisy Vine|name]] at [[Bexhill|place]] CAMHS, starting [[8 December 2026|date]]; safety plan
shared with Mr [[Dengate|name]] and the school ([[Bexhill Academy|school]], Mr [[Rumsey|name]]). Please review him if his mood worsens.

Yours sincerely,
Dr [[Amara Okafor-Finch|name]], Consultant Child and Adolescent Psychiatrist
"""),
]


# --- F. Wenham / Coussens family (white British), Clive Vale, Hastings -------------------------------------------------------

HOME_F = d.Address("27 Mount Pleasant Road", "Clive Vale", "Hastings", "TN34 3SB")
DAD_F = d.Address("Flat 6, Robsack House", "Wishing Tree", "St Leonards-on-Sea", "TN38 9TD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Coussens")], dt.date(2026, 9, 30), addresses=[HOME_F], ids=["570 233 1532"]),
    _p("s", "sibling", [("Harley", "Wenham")], dt.date(2021, 12, 12), addresses=[HOME_F], ids=["627 767 9171"],
       schools=["Little Rainbows Nursery"]),
    _p("m", "mother", [("Gemma", "Wenham")], dt.date(2002, 4, 28), addresses=[HOME_F], phones=["07411 928 775"],
       ids=["531 619 5612", "PW 38 71 22 D"]),
    _p("f", "father", [("Ryan", "Coussens")], dt.date(2000, 1, 14), addresses=[DAD_F], phones=["07713 604 259"]),
    _p("p1", "professional", [("Adele", "Brook")], phones=["01424 724 380"], emails=["adele.brook@bredevalley.gov.uk"]),
], "c")

DOCS_F = [
    ("community midwife's pre-birth safeguarding referral", """MATERNITY SAFEGUARDING REFERRAL (pre-birth)   East Sussex
Healthcare NHS Trust - Community Midwifery, [[Hastings|place]] team
Date: [[14/07/2026|date]]      Referrer: [[Zoe Hollands|name]], Community Midwife      Tel: [[01424 724 380|phone]]

Woman: [[WENHAM, Gemma Louise|name]]   DOB: [[28/04/2002|dob]]   NHS: [[531 619 5612|nhs]]   EDD: [[3 October 2026|date]]
Address: [[27 Mount Pleasant Road|address]], [[Clive Vale|place]], [[Hastings|place]] [[TN34 3SB|postcode]]
Mobile: [[07411 928 775|phone]]    NI: [[PW 38 71 22 D|ni]]    GP: Harold Road Surgery
Other children: [[Harley WENHAM|name]], DOB [[12/12/2021|dob]] (father [[Connor Fairhall|name]], no contact)
Father of baby: [[COUSSENS, Ryan|name]], DOB [[14/01/2000|dob]], [[Flat 6, Robsack House|address]], [[Wishing Tree|place]],
[[St Leonards-on-Sea|place]] [[TN38 9TD|postcode]]

Concerns: booked late (24 weeks). Smells of cannabis at every appointment. Said at the 28-week check on [[7 July|date]] that
[[Ryan|name]] "put his hands round my neck in May when he was off his head" and that she has "sorted it" by him moving back to
his mum's. Her mum, [[Karen Wenham|name]], who came to the appointment, said [[Ryan|name]] is "still round every night". Previous
involvement with [[Harley|name]] in 2023 (Child in Need, closed).

Consent: [[Gemma|name]] agreed to the referral after discussion.
"""),
    ("police body-worn video transcript of a domestic incident", """SUSSEX POLICE - BODY WORN VIDEO TRANSCRIPT (prepared for the
strategy discussion, not evidential)
Officer: PC 2214 [[Jordan Swaine|name]]    Second officer: PC 991 [[Hollie Dann|name]]
Location: [[27 Mount Pleasant Road|address]], [[Hastings|place]]    Date: [[22/10/2026|date]]    Start: 23:41
Persons: [[Gemma WENHAM|name]] (GW); [[Ryan COUSSENS|name]] (RC); neighbour [[Pauline Sinden|name]] of [[No. 25|address]] (PS)

23:41 PS: It's next door, it's been going half an hour, the baby's screaming. I'm [[Pauline|name]], I rang you.
23:42 PC [[Swaine|name]]: Police! Open the door please.
23:42 GW: It's fine, it's fine, we was just arguing.
23:43 PC [[Swaine|name]]: Who else is in the house?
23:43 GW: Just me, [[Ryan|name]], the baby - [[Ivy|name]] - and [[Harley|name]]'s asleep upstairs.
23:44 RC: I'm not even meant to be here, am I, so I'm going.
23:44 PC [[Dann|name]]: Stay there please [[Ryan|name]]. What's your full name and date of birth?
23:44 RC: [[Ryan Coussens|name]], [[fourteenth of January two thousand|dob]].
23:45 PC [[Dann|name]]: And where do you live?
23:45 RC: My mum's. [[Robsack|address]]. [[Flat 6|address]].
23:47 GW: He never touched me. I hit him first. Look at his face.
23:48 PC [[Swaine|name]]: [[Gemma|name]], there's a red mark on your neck.
23:48 GW: That's from [[Ivy|name]], she scratches.
23:50 (PC [[Dann|name]] upstairs) [[Harley|name]] awake, crying, says "Daddy [[Ryan|name]] shouted at Mummy".
23:53 GW: Ring my mum, [[Karen|name]], she's in [[Clive Vale|place]], [[Athelstan Road|address]]. [[07532 904 617|phone]].
23:58 RC arrested (assault by beating, breach of bail condition not to attend [[Mount Pleasant Road|address]]).
00:04 PS: I've heard it before, the [[2nd|date]], and the [[9th|date]], I wrote it down. [[Pauline Sinden|name]], [[07760 491 338|phone]].
00:06 PC [[Dann|name]]: [[Pauline|name]], what's your address for the statement?
00:06 PS: [[25 Mount Pleasant Road|address]]. I'm there with my husband [[Terry|name]]. Our daughter [[Lisa|name]] is on
      [[Clive Vale|place]] too, she heard it on the [[2nd|date]] from the garden.
00:08 RC (in the car): Tell [[Gemma|name]] I'm sorry. Tell her ring my mum [[Lorraine|name]].
00:11 [[Karen Wenham|name]] arrives; children to stay with GW and Nan overnight. PPN submitted [[23.10.26|date]].
"""),
    ("mother's own handwritten letter to the child protection conference, typed up", """[Typed up exactly from [[Gemma|name]]'s
letter, handed in at the start of conference on [[10 November 2026|date]]. A.B.]

To everyone at the meeting about my kids

My name is [[Gemma|name]] and I am [[Harley|name]] and [[Ivy|name]]'s mum. I am 24. I know I have made mistakes with
[[Ryan|name]]. I let him come back because [[Ivy|name]] was 3 weeks old and I was on my own and I thought he changed. He
didnt. I have now blocked him on everything and my mum has changed the locks.

I want you to know what I do for my kids. [[Harley|name]] goes to [[Little Rainbows|school]] every morning, I walk him down [[Mount
Pleasant Road|address]] and up to [[Elphinstone Road|address]] in all weathers. [[Ivy|name]] is feeding good and the health
visitor [[Tasha|name]] says she is on the 50th line. I have stopped smoking weed since [[1st November|date]], you can test me.
I go to the Freedom Programme at the childrens centre on Tuesdays with my friend [[Abbie Lusted|name]].

Please dont take them. My mum [[Karen|name]] said she will have us all at hers in [[Athelstan Road|address]] if thats what you want.
My nan [[Brenda Wenham|name]] in [[Fairlight|place]] will have [[Harley|name]] at weekends. [[Ryans|name]] mum [[Lorraine|name]] is
not safe, she lets him do what he wants, please dont let the kids go to [[Robsack|address]].

thank you for reading this
[[Gemma Wenham|name]]   [[gemmaw02@icloud.com|email]]
"""),
    ("child protection plan form with the contacts list", """CHILD PROTECTION PLAN - outline plan agreed at conference on
[[10/11/2026|date]]
Children: [[Harley Wenham|name]] ([[12.12.2021|dob]]); [[Ivy Coussens|name]] ([[30.09.2026|dob]], NHS [[570 233 1532|nhs]])
Category: Emotional abuse (domestic abuse)     Lead SW: [[Adele Brook|name]]     Chair: [[Gordon Pett|name]]

OUTCOME 1 - The children are safe from domestic abuse at home.
| Action                                                      | Who                          | By when
| [[Ryan|name]] not to come to [[27 Mount Pleasant Road|address]] | [[Ryan Coussens|name]]       | now
| Safety plan with [[Gemma|name]] and Nan [[Karen|name]]       | [[Adele Brook|name]] (SW)    | [[17/11/2026|date]]
| IDVA support                                               | [[Martina Kohl|name]] (IDVA)  | [[13/11/26|date]]
| Ring 999 if [[Ryan|name]] comes; neighbour [[Pauline|name]] agreed | [[Gemma|name]], [[Pauline Sinden|name]] | ongoing
OUTCOME 2 - [[Harley|name]]'s and [[Ivy|name]]'s needs are met.
| Health visitor visits fortnightly                           | [[Tasha Fermor|name]] (HV)   | from [[12/11|date]]
| [[Harley|name]] at nursery 5 mornings                        | [[Gemma|name]] / [[Little Rainbows|school]]
([[Kim Elphick|name]]) | ongoing
| Drug test, then monthly                                     | [[Gemma|name]] / CGL         | [[20 Nov|date]]
| Perpetrator programme offered                               | Probation ([[Steve Beck|name]])| [[1/12/2026|date]]

CONTACT LIST
Mother      [[Gemma Wenham|name]]      [[07411 928 775|phone]]   [[27 Mount Pleasant Road|address]], [[TN34 3SB|postcode]]
Father (I)  [[Ryan Coussens|name]]     [[07713 604 259|phone]]   [[Flat 6, Robsack House|address]], [[TN38 9TD|postcode]]
Father (H)  [[Connor Fairhall|name]]   not known                 [[Folkestone|place]]?
Gran        [[Karen Wenham|name]]      [[07532 904 617|phone]]   [[14 Athelstan Road|address]], [[Hastings|place]] [[TN35 5JE|postcode]]
SW          [[Adele Brook|name]]       [[01424 724 380|phone]]   [[adele.brook@bredevalley.gov.uk|email]]
Core group: [[24/11/2026|date]] 2pm, [[Hastings|place]] children's centre; then every 4 weeks ([[22/12|date]], [[19/1/27|date]]).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 153 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "brother", "pastor", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny",
           "grandma", "grandad", "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "dada", "mama",
           "dadu", "didi", "madam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "sussex", "east sussex",
               "kent", "belize", "stann creek", "the caribbean", "caribbean", "central america", "bangladesh",
               "chittagong hill tracts", "the chittagong hill tracts", "rother", "california", "usa", "america", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words ("Pastor Wilf", "Brother Elvis",
# "Mama Shanti") and counties, regions and countries ("East Sussex", "Belize", "Stann Creek", "Bangladesh", "the Chittagong
# Hill Tracts").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
