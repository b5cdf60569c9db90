"""Set 181: a held-out hand-written set for the redaction detector, six more invented families in mid Sussex, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set178.py to bench/redaction_set180.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; the middle
of set 21's documents was not printed, only its first family's opening and its last document's end), the docstrings of
bench/redaction_set7.py to bench/redaction_set177.py searched (through their printed docstrings only) for the towns, districts
and communities this set uses (set 59's docstring was printed around its Burgess Hill family, Leylands Park, so that estate is
not a home here), the `_party`, `Records` and `HandSet` lines of bench/redaction_handwritten.py (a grep of it also showed a few
lines of its first example document), and no part of pyproject.toml (ruff was run with the project's settings). A first choice
of communities (Mizo and Kashubian) was found in the docstrings of sets 109 and 119 and replaced before finishing. Phone numbers
were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Haywards Heath, Burgess Hill and the villages around them, each from a district or village the earlier
docstrings did not show as a family's home: a young white British mother and father on Franklands Village, Haywards Heath,
with a nan in Lindfield and an uncle living with her (Pollard / Budd; neglect, a bruised baby, a child protection plan); a
Hmar family (a Kuki-Chin people of Manipur and Mizoram, north-east India, who also speak Mizo) in Bolnore Village (Khawbung /
Darngawn; a girl of 13 beaten with a belt, cuts to her
arm, running away, a family chat in Mizo, a grandmother in Aizawl); a Goral (Polish highlander) family from Podhale in Brookleigh, Burgess
Hill's new estate (Gąsienica / Chowaniec / Stenka; overcrowding and damp, domestic abuse with strangulation, a boy of 11 used as
interpreter, a father in Poland); a white British girl of 16 in Cuckfield with a father in Burgess Hill (Ashdown / Verrall;
missing to Brighton, criminal exploitation, a mother's letter); a white British and British Pakistani family in Scaynes Hill
with a disabled boy of 9 (Hart / Malik; short breaks, a mother's 3 a.m. voice note); and a young carer of 13 in Ansty
(Killick; a mother with MS, a pharmacist's concern, falling attendance). The two communities, Hmar and Goral (Polish highlanders of
Podhale), did not
appear in any earlier docstring searched. 24 documents, each with its own style label: a school DSL chronology, a nan's texts
typed up, an initial conference decisions sheet, a health visitor's note, a school nurse's referral, a family chat in Mizo
and English translated, a police body-worn video transcript, a section 47 outcome letter, a housing visit note, a child's
worksheet scanned by OCR (with its misreadings), a GP's email, a MARAC referral, a return home interview, a Snapchat extract,
contextual safeguarding panel minutes, a mother's own letter, a short breaks application, a voice note transcribed, an OT
home assessment, short breaks panel minutes, a young carers' assessment, a pharmacy call log, a social worker's phone notes
and an attendance letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (India, Poland); a name is also written in Urdu script (a
grandmother's own hand, "نسرین ملک"); NHS numbers and UPNs (LA 938) pass their check digits.
The council ("Mid Downs") and its partnership, the lettings agent, the surgery at Brookleigh and the pharmacy are invented
or unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py. Titles and kinship words stay outside a name (Mr, Mrs,
Ms, Dr, Rev, Insp., PC, DC, Nanny, Uncle, Dadi, and the Hmar and Mizo Pi (grandmother) and Pa / Nu (father / mother)); a chat
contact saved as a kinship word ("Pa", "Nu", and the Polish "babcia", "tata") is not a name; "SURNAME, First" and "SURNAME
First" are one span ("BUDD, Harley", "GĄSIENICA Marta"); initials alone ("P.V.", "A.M.", "T") are not marked; usernames
("roccoboy_44", "poppzz.x") are not marked; a family name in a group chat's title ("Khawbung Chhungkaw") is a name; a
neighbour's bare house number ("no. 25", "no 8", "no. 3") and a caravan plot ("Plot 9") are addresses; a school's street
("Appledore Gardens") is an address; organisations holding a town's name stay unmarked ("Haywards Heath Health Visiting
Team", "Brookleigh Surgery", "Bolnore Village Pharmacy", "Hmar Christian Fellowship",
"Safe Space Sussex", "Mid Sussex District Council", "Cuckfield Medical Practice"), and so do states and counties ("Mizoram",
"Manipur", "Sussex",
"Podhale");
an OCR misreading keeps its kind ("l2.11.2O26" a date, "Burgess HilI" a place); a railway station named by its town marks
the town.

Choices this set had to make: a shop's proper name holding its village ("Bolnore Village Pharmacy") is an organisation and
stays unmarked, while a chain's branch named by its town in lower-case words ("the Lindfield Co-op", "Cuckfield Co-op") marks
the town, as set 21's "Totnes market" does; "the A23" and "the racecourse" are landmarks; a nickname of one letter ("T") is an
initial and not marked; Gatwick (the airport, as an employer) is an organisation.

Self-check without the detector: `python -m bench.redaction_set181` (and tests/test_redaction_set181.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 486 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pollard / Budd family (white British), Franklands Village, Haywards Heath, nan in Lindfield ----------------------

HOME_A = d.Address("14 Franklynn Road", "Franklands Village", "Haywards Heath", "RH16 3LA")
NAN_A = d.Address("6 Dukes Road", "Lindfield", "Haywards Heath", "RH16 2JQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Harley", "Budd")], dt.date(2019, 6, 2), addresses=[HOME_A], ids=["4829136057", "B938201304117"],
       schools=["Northlands Wood Primary Academy"]),
    _p("s", "sibling", [("Skye", "Pollard")], dt.date(2024, 2, 17), addresses=[HOME_A], ids=["5731049289"]),
    _p("m", "mother", [("Jodie", "Pollard")], dt.date(1997, 9, 23), addresses=[HOME_A], phones=["07723 418 256"]),
    _p("f", "father", [("Connor", "Budd")], dt.date(1995, 1, 8), addresses=[HOME_A], phones=["07841 306 927"]),
    _p("g", "grandparent", [("Sharon", "Pollard")], dt.date(1970, 4, 30), addresses=[NAN_A], phones=["01444 412 688"]),
], "c")

DOCS_A = [
    ("school designated safeguarding lead's chronology", """NORTHLANDS WOOD PRIMARY ACADEMY - DSL CHRONOLOGY
Pupil: [[BUDD, Harley|name]]   DOB [[02.06.2019|dob]]   UPN [[B938201304117|upn]]   Class: Kestrels (Y2)
Parents: [[Jodie Pollard|name]] ([[07723 418 256|phone]]), [[Connor Budd|name]] ([[07841 306 927|phone]])
Address: [[14 Franklynn Road|address]], [[Franklands Village|place]], [[Haywards Heath|place]] [[RH16 3LA|postcode]]

[[08/09/2026|date]]  First day back. [[Harley|name]] in the same uniform as July, shoes split. Mrs [[Amberley|name]] (class
teacher) told.
[[15/09/2026|date]]  Late 4 times. Nan ([[Sharon Pollard|name]], [[Lindfield|place]]) collecting; she said "[[Jodie|name]]'s not
coping since the baby".
[[22/09/2026|date]]  [[Harley|name]] told TA [[Becky Nye|name]] that "[[Connor|name]] shouted and the telly broke". Logged on
CPOMS by [[B. Nye|name]]. DSL ([[Fiona Latter|name]]) rang mum - no answer.
[[29.9.26|date]]  Mum came in with [[Skye|name]] in the buggy; small bruise under the baby's left eye, said she rolled off the
sofa. Referral to the MASH the same day.
[[1 Oct|date]]  Strategy discussion. SW [[Tamsin Redford|name]] allocated.
[[6th October 2026|date]]  [[Harley|name]] asked to stay in at lunch: "I don't want to go to Nanny [[Sharon|name]]'s no more
cos Uncle [[Kev|name]] is there". (Mum says [[Kev|name]] = [[Kevin Pollard|name]], her brother, living at nan's since August.)
[[13/10/2026|date]]  Core group at school. [[Connor|name]] did not come. [[Jodie|name]] said she and the kids may move in with
her friend [[Kayleigh Stenning|name]] at [[Flat 11, Cleveland House|address]], [[Burgess Hill|place]] ([[RH15 8LS|postcode]]).
[[14/10/2026|date]]  Mum rang from [[Kayleigh|name]]'s: [[Harley|name]] to be collected by nan. [[Sharon|name]] came at 3.15 with
her neighbour [[Pauline Tulley|name]] from [[no 8|address]] [[Dukes Road|address]].
[[20.10.26|date]]  [[Harley|name]] drew a picture of "[[Kev|name]]" with a big hand. Shown to [[Tamsin|name]].
[[2/11/26|date]]  Absent. Mum texted from [[07723 418 256|phone]]: "[[harley|name]] got a temp". Home visit by [[Fiona|name]] and
Mrs [[Amberley|name]] at 10:15 ([[Franklynn Road|address]]): no answer; neighbour Mrs [[Pat Weller|name]] at [[no. 16|address]] said
the family went to
[[Brighton|place]] "to [[Connor|name]]'s cousin [[Ricky|name]]'s" on Friday [[30th|date]].
[[3rd Nov|date]]  [[Harley|name]] back. Said he slept in a car "at the seaside" with [[Skye|name]] and [[Dazza|name]]. Passed to
[[Tamsin Redford|name]] ([[tamsin.redford@middowns.gov.uk|email]]) at 09:20.
[[10/11/2026|date]]  [[Harley|name]] said "[[Dazza|name]] is [[Darren|name]]" - believed [[Darren Hobbs|name]], [[Connor|name]]'s
friend from
[[Burgess Hill|place]]. Told [[Tamsin|name]]. [[Harley|name]]'s friends [[Alfie Moon|name]] and [[Ruby-Mae Chapman|name]] are his "safe
people" at lunch; Mrs [[Amberley|name]] and Mr [[Brook|name]] (PE) are his trusted adults.
[[17/11/2026|date]]  Nan [[Sharon|name]] rang from [[01444 412 688|phone]]: [[Connor|name]] came to [[Dukes Road|address]] drunk on
Sunday [[15th|date]]; police called (PC [[Ashby|name]]). [[Harley|name]] in school, quiet.
"""),
]

DOCS_A += [
    ("nan's text messages typed up by the social worker", """Texts from [[Sharon Pollard|name]] (nan) to SW [[Tamsin Redford|name]],
copied from the work mobile on [[12/10/26|date]]

Sat [[10 Oct|date]] 21:14  hi its [[sharon|name]] [[harley|name]]s nan. [[jodie|name]] wont answer me, [[connor|name]] took her phone
again. can u ring her
Sat [[10 Oct|date]] 21:15  im at [[6 dukes rd|address]] if u need me, kids can stay here but [[kev|name]] is here till weds
Sun [[11 Oct|date]] 08:02  [[harley|name]] slept at mine. [[skye|name]] still at [[franklands|place]] with them
Sun [[11 Oct|date]] 08:40  [[connor|name]]s mate [[Dazza|name]] drove them to [[burgess hill|place]] in the white van [[KX19 FWD|vehicle]]
Sun [[11 Oct|date]] 09:10  ring me on [[01444 412 688|phone]] not mobile its broke. [[Pauline|name]] next door at [[no 8|address]] has
seen him shouting in the street
Mon [[12 Oct|date]] 07:30  [[jodie|name]] rang me crying. shes at [[kayleigh|name]]s in [[burgess hill|place]] with [[skye|name]].
[[connor|name]]
smashed the tv. im taking [[harley|name]] to school. sorry [[tamsin|name]] x
Mon [[12 Oct|date]] 07:41  pls dont tell [[connor|name]] i told u. his mum [[denise|name]] will go mad
"""),
    ("child protection conference decisions sheet", """MID DOWNS SAFEGUARDING PARTNERSHIP - INITIAL CHILD PROTECTION CONFERENCE -
DECISIONS
Children: [[Harley Budd|name]] ([[2 June 2019|dob]]), [[Skye Pollard|name]] ([[17 February 2024|dob]], NHS [[573 104 9289|nhs]])
Date: Thursday [[22 October 2026|date]] at Oaklands, [[Haywards Heath|place]]   Chair: [[Gillian Stroud|name]]
Present: [[Jodie Pollard|name]] (mother); [[Connor Budd|name]] (father, left at 11:05); [[Tamsin Redford|name]] (SW);
[[Fiona Latter|name]] ([[Northlands Wood|school]] DSL); HV [[Priya Carden|name]]; DC [[Mark
Wheeler|name]], Sussex Police; [[Sharon Pollard|name]] (maternal grandmother) for the first part.
Decision: both children subject to a child protection plan, category neglect (both) and physical abuse ([[Skye|name]]).
[[Kevin Pollard|name]] not to have unsupervised contact. Core group: [[29/10/2026|date]], 4pm, at the school.
Review conference: [[21 January 2027|date]].
Views: [[Harley|name]] (through [[Fiona Latter|name]]): wants to live with mum and [[Skye|name]], and see nan; does not want
[[Kev|name]] or [[Dazza|name]] at the house. [[Jodie|name]]: agrees to the plan; asks for help with a nursery place for [[Skye|name]]
at [[Little Acorns|school]] in [[Franklands|place]]. [[Connor|name]]: "this is a stitch-up" (before he left).
Plan contacts: [[Tamsin Redford|name]], mobile
[[07395 128 605|phone]].
Minute taker: [[Debbie Ockenden|name]]. Apologies: GP (Dr [[Sandhu|name]], Newtons Practice); [[Kevin Pollard|name]] not invited.
Father's new address given as c/o his mother, Mrs [[Denise Budd|name]], [[31 Broad Street|address]], [[Cuckfield|place]]
[[RH17 5DX|postcode]], phone [[01444 245 918|phone]].
"""),
    ("health visitor's record of a new birth visit follow-up", """HV contact - [[Skye POLLARD|name]] - NHS [[5731049289|nhs]] -
[[03/11/2026|date]] - home visit
Seen at [[14 Franklynn Rd|address]] with mum [[Jodie|name]] and [[Harley|name]] (off school, "tummy ache"). Dad not present; mum says
[[Connor|name]] is "staying at his mum's in [[Cuckfield|place]]". [[Skye|name]] weighed 9.4kg, alert, bruise seen on
[[29/9|date]] has gone. Kitchen cleaner, fridge had food; [[Sharon|name]] had been shopping at the [[Lindfield|place]] Co-op.
Mum asked about nursery for [[Skye|name]] at [[Little Acorns|school]].
Mum said [[Kevin|name]] has moved out of nan's to a room in [[Lewes|place]] ("[[Kev|name]]'s mate [[Stuart|name]]'s") from [[1st
November|date]]. Next visit [[17.11.26|date]]. [[P. Carden|name]] HV, Haywards Heath
Health Visiting Team, [[01444 245 917|phone]].
Discussed with [[Tamsin|name]] on [[4/11|date]]. Mum's friend [[Kayleigh Stenning|name]] was there; she said she's at
[[Cleveland House|address]] in [[Burgess Hill|place]] and can have [[Skye|name]] one day a week.
"""),
]


# --- B. Khawbung / Darngawn family (Hmar, from Manipur by way of Mizoram), Bolnore Village, Haywards Heath -------------

HOME_B = d.Address("3 Foxhill Mews", "Bolnore Village", "Haywards Heath", "RH16 4QZ")
GRAN_B = d.Address("House No. 41, Chanmari West", "", "Aizawl", "796007")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Lalrinpuii", "Khawbung")], dt.date(2012, 11, 14), addresses=[HOME_B], ids=["6194827319", "N938197215602"],
       schools=["Oathall Community College"]),
    _p("s", "sibling", [("Vanlalruata", "Khawbung")], dt.date(2016, 3, 5), addresses=[HOME_B], ids=["7042158369"]),
    _p("m", "mother", [("Zothanpuii", "Darngawn")], dt.date(1987, 7, 19), addresses=[HOME_B], phones=["07962 551 083"]),
    _p("f", "father", [("Lalthlamuana", "Khawbung")], dt.date(1984, 2, 1), addresses=[HOME_B], phones=["07513 274 690"]),
    _p("g", "grandparent", [("Lalbiakzuali", "Darngawn")], addresses=[GRAN_B], phones=["+91 98201 45367"]),
], "c")

DOCS_B = [
    ("school nurse's referral form", """SCHOOL NURSING SERVICE - REFERRAL TO CHILDREN'S SOCIAL CARE
Young person: [[KHAWBUNG, Lalrinpuii|name]] (known as "[[Puii|name]]")   DOB: [[14/11/2012|dob]]   NHS: [[619 482 7319|nhs]]
School: [[Oathall Community College|school]], Y9      Address: [[3 Foxhill Mews|address]], [[Bolnore Village|place]], [[Haywards
Heath|place]] [[RH16 4QZ|postcode]]
Parents: [[Lalthlamuana Khawbung|name]] (father, [[07513 274 690|phone]]); [[Zothanpuii Darngawn|name]] (mother, [[07962 551 083|phone]]).
Hmar family (from Churachandpur, then Aizawl); they speak Hmar and Mizo and good English; church: Hmar Christian Fellowship,
[[Crawley|place]].
Reason: at drop-in on [[09/11/2026|date]] [[Puii|name]] showed cuts to her left forearm, some fresh. She said her father beat her
with a belt on Saturday [[7th|date]] after he read her messages with a boy, [[Ethan Marsh|name]] (Y10). She asked me not to tell her
mum "because Pi [[Biaki|name]] will hear in [[Aizawl|place]]". Her brother [[Mawia|name]] ([[Vanlalruata|name]], 10) "saw everything".
Past: a bruise on her cheek seen by form tutor Mrs [[Hollingdale|name]] on Fri [[15 May 2026|date]], and she was absent from
[[Oathall|school]] on [[18|date]]-[[22 May|date]] "visiting an aunt in [[Reading|place]]".
Referrer: [[Hannah Gorringe|name]], school nurse, [[hannah.gorringe@nhs.net|email]].
Other people named by [[Puii|name]]: her best friend [[Jessie Tanner|name]] (Y9, lives in [[Wivelsfield Green|place]]); her
uncle [[Rohmingthanga|name]] ("[[Mingthanga|name]]") in [[Reading|place]]; church youth
leader [[Esther Lalhmangaihi|name]] ([[07513 274 690|phone]] is dad's, not hers).
Seen again [[10.11.26|date]]; GP at Newtons Practice not yet told.
"""),
]

DOCS_B += [
    ("family chat in Mizo and English typed up and translated", """Messenger group "[[Khawbung|name]] Chhungkaw" (the [[Khawbung|name]]
household) - photos shown by [[Puii|name]], typed up by SW
[[Hattie Luxford|name]] on [[11/11/2026|date]]; Mizo lines translated by Mr [[Lalmuanpuia|name]] (interpreter)

Pa: [[Puii|name]] khawnge i awm? (where are you?)  [[10/11|date]] 17:02
[[puii|name]]: [[jessie|name]] ho ah ka awm (I'm at [[jessie|name]]'s)  17:05
Pa: tunah haw rawh (come home now)
[[mawia|name]]: pa, [[puii|name]] chu [[haywards heath|place]] station ah a awm (pa, [[puii|name]] is at [[haywards heath|place]] station)
Nu: ka fanu, i tha em? (my daughter, are you ok?)
Pi [[Biaki|name]] (from [[Aizawl|place]], [[+91 98201 45367|phone]]): Pathian in a humhim ang che (God will protect you)
[[Mingthanga|name]] ([[Reading|place]]): [[puii|name]] ka hmu ang, [[reading|place]] ah lo kal rawh (I'll see you, come to reading)
[[puii|name]]: ka pa chuan min vua (my dad beat me)  [[10/11|date]] 18:31
[[jessie|name]] (added by [[puii|name]]): she's with me at [[haywards heath|place]] x
[[Mingthanga|name]]: [[Jessie|name]] thank you. [[Lalthlamuana|name]], ka u, i fanu vua suh (elder brother, don't beat your daughter)
[[Ruatfela|name]] (cousin, [[Aizawl|place]]): [[puii|name]] ka ngai che (i miss you)  [[11/11|date]] 06:02
[[Zothanpuii|name]] (Nu, [[07962 551 083|phone]]): [[Hattie|name]] social worker a lo kal ang (the social worker [[Hattie|name]] is
coming)
"""),
]

DOCS_B += [
    ("police body-worn video transcript extract", """SUSSEX POLICE - BWV TRANSCRIPT (extract) - PC 4417 [[Sam Whitlock|name]] -
[[10/11/2026|date]] 19:48
Location: [[Haywards Heath|place]] railway station, platform 2, then [[3 Foxhill Mews|address]], [[Bolnore|place]]

PC [[WHITLOCK|name]]: Hiya, are you [[Lalrinpuii|name]]? Your mum's rung us. You're not in trouble.
FEMALE ([[KHAWBUNG|name]]): Just [[Puii|name]]. I'm not going home.
PC [[WHITLOCK|name]]: Who's this with you?
FEMALE: [[Jessica|name]]. [[Jessie Tanner|name]]. I was at hers, in [[Wivelsfield|place]].
PC [[WHITLOCK|name]]: Has anyone hurt you, [[Puii|name]]?
FEMALE: My dad. With his belt. Last Saturday...
[Later, at the address]
MALE ([[KHAWBUNG, Lalthlamuana|name]], DOB given [[01/02/1984|dob]]): We discipline our children. In Mizoram this is normal.
PC [[WHITLOCK|name]]: Sir, in this country it's an assault. I'm arresting you on suspicion of assault on [[Lalrinpuii Khawbung|name]].
FEMALE ([[DARNGAWN|name]]): Please, he is a good father. [[Mawia|name]], go upstairs.
CHILD ([[Vanlalruata|name]]): Dad hit [[Puii|name]] with the belt on [[the 7th|date]]. And before, at Christmas too.
PC [[WHITLOCK|name]] (to radio): Control, one arrested, [[Foxhill Mews|address]], [[Bolnore|place]], for custody at [[Crawley|place]].
Also present: PC 9021 [[Ellie Drummond|name]]; neighbour [[Graham Tester|name]] of [[no. 5|address]] (came out to ask).
[Note added by PC [[Whitlock|name]], [[11/11/26|date]]: [[Jessica Tanner|name]], 14, [[Wivelsfield Green|place]], taken home to her mum
[[Caroline Tanner|name]] at 20:40; the [[Khawbung|name]] children's uncle [[Rohmingthanga Khawbung|name]] rang from [[Reading|place]]
at 22:05.]
"""),
    ("section 47 enquiry outcome letter to parents", """Mr [[L. Khawbung|name]] and Ms [[Z. Darngawn|name]]
[[3 Foxhill Mews|address]]
[[Bolnore Village|place]]
[[Haywards Heath|place]]
[[RH16 4QZ|postcode]]                                                  [[24 November 2026|date]]

Dear Mr [[Khawbung|name]] and Ms [[Darngawn|name]],
Outcome of the child protection enquiry about [[Lalrinpuii|name]] and [[Vanlalruata|name]]
(born [[14/11/2012|dob]] and [[05/03/2016|dob]]; NHS [[704 215 8369|nhs]] for [[Vanlalruata|name]])
I met you both on [[12|date]] and [[19 November|date]] with the interpreter Mr [[Lalmuanpuia|name]]. [[Lalrinpuii|name]] is staying
with family friends, Rev [[Joseph Zothansanga|name]] and his wife, at [[22 Oakhurst Lane|address]], [[Burgess Hill|place]], under a
written agreement. We will hold an initial child protection conference on [[8 December 2026|date]].
[[Vanlalruata|name]] remains at home with you. You told me that [[Lalrinpuii|name]]'s grandmother, Mrs [[Lalbiakzuali Darngawn|name]],
of [[House No. 41, Chanmari West|address]], [[Aizawl|place]] [[796007|postcode]], has been told, and that your brother
[[Rohmingthanga|name]] in [[Reading|place]] has offered to help. Mr [[Khawbung|name]]'s bail conditions (not to contact
[[Lalrinpuii|name]], not to go to [[Oathall|school]]) last until [[5 January 2027|date]].
Cc: [[Hannah Gorringe|name]] (school nurse); [[Esther Lalhmangaihi|name]] (church, at the family's request); file.
Yours sincerely, [[Hattie Luxford|name]], Social Worker, [[hattie.luxford@middowns.gov.uk|email]]
"""),
]


# --- C. Chowaniec / Gąsienica family (Goral, Polish highlanders from Podhale), Brookleigh, Burgess Hill -------------------------

HOME_C = d.Address("27 Freek's Lane", "Brookleigh", "Burgess Hill", "RH15 9TN")
BABCIA_C = d.Address("ul. Kolejowa 12", "", "Nowy Targ", "34-400")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kacper", "Gąsienica")], dt.date(2015, 8, 21), addresses=[HOME_C], ids=["3859261479", "P938203318845"],
       schools=["London Meed Community Primary School"]),
    _p("s", "sibling", [("Zuzanna", "Gąsienica")], dt.date(2021, 12, 3), addresses=[HOME_C], ids=["2917345861"]),
    _p("m", "mother", [("Marta", "Gąsienica")], dt.date(1990, 5, 11), addresses=[HOME_C], phones=["07480 915 362"]),
    _p("f", "father", [("Tomasz", "Chowaniec")], dt.date(1986, 10, 27), phones=["+48 601 234 567"]),
], "c")

DOCS_C = [
    ("housing officer's visit note about overcrowding and damp", """MID SUSSEX DISTRICT COUNCIL - HOUSING - HOME VISIT NOTE
Tenant: [[Marta GĄSIENICA|name]]   Tel [[07480 915 362|phone]]   Visit: Mon [[2 Nov 26|date]]
Address: [[27 Freek's Lane|address]], [[Brookleigh|place]], [[Burgess Hill|place]] [[RH15 9TN|postcode]] (2-bed, private let via
[[Greenaway|name]] Lettings)
Household: [[Marta|name]], [[Kacper|name]] (11), [[Zuzanna|name]] ("[[Zuzia|name]]", 4), and since September mum's partner
[[Dawid Stenka|name]] and his brother [[Łukasz|name]]. Five in two bedrooms. Black mould in the children's room.
[[Kacper|name]] sleeps on the sofa. Mum speaks the Goral dialect and Polish; [[Kacper|name]] interpreted - not appropriate, noted.
[[Dawid|name]]'s van ([[GK68 ZTU|vehicle]]) parked on the pavement outside [[no. 25|address]]. Mrs [[Wickens|name]] says he
"revs it at 2am". [[Łukasz Stenka|name]] said he works
at a car wash in [[Haywards Heath|place]] and will move to his girlfriend [[Ola|name]]'s in [[Crawley|place]] "soon".
Next visit: [[16/11/2026|date]] with a Polish interpreter ([[Beata Klinkosz|name]]), not [[Kacper|name]].
Seen on [[16/11/2026|date]]: [[Marta|name]] alone with [[Zuzanna|name]]. She said [[Dawid|name]] "went to [[Crawley|place]]" and that
his brother [[Łukasz|name]] has gone back to [[Zakopane|place]]. She would like to move near her cousin [[Agnieszka|name]] in
[[Horsham|place]] ([[Roffey|place]]). She has been to the food bank in the church hall on
[[Park Road|address]] - with her friend [[Kasia Krzeptowska|name]].
Landlord contact: Mr [[Greenaway|name]], [[01273 524 913|phone]]. Officer: [[Neil Harte|name]].
Neighbours: [[Joy Wickens|name]] ([[no. 25|address]]) says she hears shouting most nights; the family at [[no. 29|address]]
(Mr and Mrs [[Oduya|name]]) called police on [[31 October|date]]. Mum's cousin [[Agnieszka Bachleda|name]] in [[Horsham|place]]
([[07962 551 083|phone]]? - mum not sure) may take the children. Mum's mother, [[Krystyna Gąsienica|name]], lives at
[[ul. Kolejowa 12|address]], [[34-400|postcode]] [[Nowy Targ|place]].
Mum said in the Goral dialect to [[Kacper|name]] ("[[Kacperk|name]]", she calls him) that [[Dawid|name]] "is not to know" about the visit;
[[Kacper|name]] told me this later
at [[London Meed|school]], with his teacher Mr [[Pike|name]] present, on [[3/11/26|date]].
"""),
]

DOCS_C += [
    ("child's own drawing-and-words worksheet scanned by OCR", """[scanned worksheet, OCR text, spelling as written]
MY THREE HOUSES   name: [[Kacper B|name]]   date: [[l2.11.2O26|date]]
House of worries: [[Dawid|name]] shouts at mum. [[Lukasz|name]] drinks the beer and sleeps in my bed. [[Zuzia|name]] cries.
House of good things: babcia in [[Nowy Targ|place]] (my nan) and her dog. football with [[Olek|name]] at
[[London Meed|school]]. Mr [[Pike|name]] my teacher.
House of dreams: tata ([[Tomek|name]]) comes back from [[Krakow|place]] and we live in [[Burgess HilI|place]] together.
worker: [[A. Okafor|name]] (FSW)
[note on the back, in pen:] [[Kacper|name]] says [[Dawid|name]] has a big car now. [[Zuzia|name]] at [[Little Oaks|school]] nursery
on [[Royal George Road|address]]. Teacher Mr [[Pike|name]]'s email: [[d.pike@londonmeed.org|email]]
"""),
]

DOCS_C += [
    ("GP practice email to the social worker", """From: Dr [[Rachel Ives|name]] <[[rachel.ives1@nhs.net|email]]>
To: [[Amaka Okafor|name]] <[[amaka.okafor@middowns.gov.uk|email]]>
Sent: [[19 November 2026|date]] 14:07
Subject: RE: [[Kacper Gąsienica|name]] DOB [[21/08/2015|dob]] / [[Zuzanna Gąsienica|name]] DOB [[03/12/2021|dob]]

Dear [[Amaka|name]],
(forwarding my note of [[17th November|date]] as asked by [[Neil Harte|name]] in housing)
[[Zuzanna|name]] (NHS [[291 734 5861|nhs]]) was seen by our nurse [[Kelly Dench|name]] on [[16/11|date]] with a chest infection; mum
said the damp at [[Freek's Lane|address]] is worse. [[Kacper|name]] (NHS [[385 926 1479|nhs]]) has missed his asthma review twice.
Mum told me that [[Dawid|name]] pushed her on [[the 14th|date]]. She gave her ex-partner's number in Poland, [[+48 601 234 567|phone]]
([[Tomasz Chowaniec|name]]), and her mother's landline in [[Nowy Targ|place]], [[+48 18 264 23 45|phone]].
Best wishes, [[Rachel|name]] (signed "R.I.") - Brookleigh Surgery (the practice at [[Hammonds Ridge|address]])
"""),
    ("MARAC referral form", """MARAC REFERRAL - MID SUSSEX
Victim: [[GĄSIENICA Marta|name]]   DOB [[11-05-1990|dob]]   Tel (safe?) [[07480 915 362|phone]] - text only
Address: [[27 Freek's Lane|address]], [[Burgess Hill|place]] [[RH15 9TN|postcode]]
Perpetrator: [[STENKA, Dawid|name]] (aka "[[Dawidek|name]]")   DOB [[04/04/1988|dob]]   NI [[SP 27 61 04 B|ni]]   Vehicle:
[[GK68 ZTU|vehicle]]
Children: [[Kacper|name]] 11, [[Zuzanna|name]] 4.   DASH score 16.
Schools: [[London Meed Community Primary|school]] ([[Kacper|name]]); [[Little Oaks|school]] ([[Zuzanna|name]]).
Incidents: [[31/10/26|date]] pushed into a door frame; [[14.11.26|date]] grabbed by throat in front of [[Kacper|name]]; he ran to a
neighbour, Mrs [[Joy Wickens|name]] at [[no. 25|address]], who rang 999.
[[03/11/26|date]] threatened to take [[Zuzanna|name]] to [[Zakopane|place]]; mum's cousin [[Agnieszka Bachleda|name]] heard it on
speaker from [[Horsham|place]].
Referrer: IDVA [[Sophie Marchant|name]], Safe Space Sussex.   Date: [[20/11/2026|date]]
Other risks: [[Dawid|name]]'s previous partner [[Ewelina Rogowska|name]] ([[Crawley|place]], 2023) - police call-outs.
Children's father [[Tomasz Chowaniec|name]] lives in [[Kraków|place]] ([[+48 601 234 567|phone]]); no concerns from him.
"""),
]


# --- D. Ashdown / Verrall family (white British), Cuckfield, father in Burgess Hill -------------------------------------

HOME_D = d.Address("9 Glebe Road", "", "Cuckfield", "RH17 5BQ")
DAD_D = d.Address("Flat 3, 41 Church Road", "", "Burgess Hill", "RH15 9AE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Verrall")], dt.date(2010, 4, 9), addresses=[HOME_D], ids=["8361045295", "X938210042763"],
       schools=["Warden Park Secondary Academy"]),
    _p("m", "mother", [("Claire", "Ashdown")], dt.date(1981, 12, 12), addresses=[HOME_D], phones=["07938 620 417"]),
    _p("f", "father", [("Lee", "Verrall")], dt.date(1979, 6, 6), addresses=[DAD_D], phones=["07752 803 146"]),
], "c")

DOCS_D = [
    ("missing episode return home interview", """RETURN HOME INTERVIEW - [[Poppy VERRALL|name]] ([[09/04/2010|dob]]) - missing from
14:00 Fri [[6/11|date]]
Found: Sun [[8 Nov|date]], 02:30, by BTP at [[Brighton|place]] station with [[Tyler|name]] ("T"), 19, and a man called [[Rocco|name]].
Interviewer: [[Jess Brook|name]] (Missing Children Worker), at [[Warden Park|school]], [[11/11/2026|date]].
[[Poppy|name]] said she went to [[Tyler|name]]'s flat in [[Whitehawk|place]] ("near the racecourse"). [[Rocco|name]] gave her vodka
and a phone, [[07412 559 208|phone]], and asked her to "drop something" in [[Hassocks|place]]. She said mum ([[Claire|name]]) and
her partner [[Gary Penfold|name]] were "always on at her" and that dad ([[Lee|name]]) in [[Burgess Hill|place]] "doesn't answer".
She stayed one night at [[Rocco|name]]'s cousin's in [[Moulsecoomb|place]], [[Flat 6, Bristol Gate|address]]? (she was not sure),
and was driven back through [[Hassocks|place]] and [[Ditchling|place]] by a man called "[[Bash|name]]". She named another girl,
[[Kayla Simmonds|name]] (15, [[Haywards Heath|place]]), who "does runs too". Her phone number is now [[07938 620 417|phone]] (mum's old
one).Her friend [[Rose Baker|name]] from [[Cuckfield|place]] covered for her. [[Poppy|name]] agreed to a referral to the exploitation
team.
Triggers she named: rows at home with [[Gary|name]]; dad not answering; seeing [[Tyler|name]] at the [[Haywards Heath|place]] skate
park; [[Rocco|name]]'s messages. Protective: nan ([[Pam Ashdown|name]], [[Ditchling|place]]); [[Rose|name]]; her tutor Mr [[Fenn|name]].
Missing before: [[3/10/2026|date]] (returned same night) and [[24.10.26|date]] (found by dad at [[Burgess Hill|place]] station).
Copies: [[Kirsty Dyke|name]] (SW); [[Nadia Farrow|name]] (DSL, [[Warden Park|school]]); [[Claire Ashdown|name]]; [[Lee Verrall|name]],
[[Flat 3, 41 Church Road|address]], [[Burgess Hill|place]] [[RH15 9AE|postcode]].
"""),
]

DOCS_D += [
    ("Snapchat messages from a police phone download", """PHONE EXTRACT (Snapchat, chat with "roccoboy_44") - exhibit JB/2 -
downloaded [[16/11/2026|date]]
roccoboy_44 ([[Rocco|name]]): u still in [[cuckfield|place]]??
poppzz.x ([[Poppy|name]]): ye at home. mum n [[gaz|name]] rowing again
roccoboy_44: [[tyler|name]] will get u from [[haywards heath|place]] 8pm bring the bag
poppzz.x: i cant [[rosie|name]] says her mum knows
roccoboy_44: u owe me 200 p. [[tyler|name]] knows were u live [[glebe rd|address]]
poppzz.x: [[rocco|name]] im 16 leave me alone
roccoboy_44: [[bash|name]] is outside [[warden park|school]] 3.15 tmrw. dont tell [[kirsty|name]] or ur dad
poppzz.x: pls dont. ill come saturday [[14th|date]]
"""),
]

DOCS_D += [
    ("exploitation panel minutes", """MID DOWNS CONTEXTUAL SAFEGUARDING PANEL - MINUTES - [[25.11.2026|date]]
Chair: Insp. [[Ray Colbourne|name]]. Minutes: [[Lorna Gatland|name]]. Present: [[Jess Brook|name]]; [[Owen Lusted|name]] (YOS);
[[Nadia Farrow|name]] ([[Warden Park|school]]);
[[Chris Tully|name]] (BTP); SW [[Kirsty Dyke|name]].
Item 3 - P.V. ([[Poppy Verrall|name]], 16). Home: [[9 Glebe Road|address]], [[Cuckfield|place]]. DOB [[9 Apr 2010|dob]]. NHS
[[836 104 5295|nhs]]. Linked to [[ROCCO|name]] (believed [[Rocco Ferreira|name]], [[12/2/2001|dob]]) and
[[Tyler Mepham|name]]. Vehicle seen: [[LD21 OKE|vehicle]], silver Golf, at [[Glebe Road|address]] on [[19|date]] and [[21 Nov|date]].
Known addresses: [[Flat 6, Bristol Gate|address]], [[Whitehawk|place]]; a caravan at [[Plot 9|address]], off the A23 at
[[Pyecombe|place]].
[[Poppy|name]]'s grandmother ([[Pam Ashdown|name]], [[Ditchling|place]]) is the family's choice of a safe place; dad's partner
[[Shannon Reeve|name]] ([[41 Church Road|address]], [[Burgess Hill|place]]) does not agree to [[Poppy|name]] staying there.
Actions: disruption notice ([[Chris Tully|name]]); [[Poppy|name]] to [[St Paul's Catholic College|school]] for a managed move? -
[[Nadia|name]] to ask. Dad [[Lee Verrall|name]] ([[07752 803 146|phone]]) to be invited to the next meeting.
Item 4 - [[Kayla Simmonds|name]] (15), named by [[Poppy|name]]; DOB [[30.01.2011|dob]]; school [[Oathall|school]]; mum
[[Sarah Simmonds|name]], [[12 Sunnywood
Drive|address]], [[Haywards Heath|place]]. Referral to MASH by [[Jess Brook|name]] on [[26/11/2026|date]].
Next panel: [[23 December 2026|date]].
Distribution: [[ray.colbourne@sussex.police.uk|email]]; [[jess.brook@middowns.gov.uk|email]]; [[kirsty.dyke@middowns.gov.uk|email]].
"""),
    ("mother's own letter to the social worker", """[[Claire Ashdown|name]]
[[9 Glebe Rd|address]], [[Cuckfield|place]] [[RH17 5BQ|postcode]]
[[30th November|date]]

Dear [[Kirsty|name]],
I am writing because I cant say it on the phone with [[Poppy|name]] listening. I know you think [[Gary|name]] is the problem but he
has been good to her, its [[Lee|name]] who let her go to [[Brighton|place]] on her own when she stayed at his in [[Burgess Hill|place]].
My mum in [[Ditchling|place]] (Mrs [[Pam Ashdown|name]], [[01273 845 210|phone]]) says she can have [[Poppy|name]] in the holidays.
[[Gary|name]] works at the garage on [[Broad Street|address]] and he picked her up from [[Brighton|place]] on [[the 8th|date]] when
[[Lee|name]] wouldnt. [[Lee|name]]s girlfriend [[Shannon|name]] doesnt want [[Poppy|name]] there, thats the truth of it. Ask Mrs
[[Bates|name]] next door to me at [[11 Glebe Rd|address]], she sees everything.
Please ring me on [[07938 620 417|phone]] after 6. I want my girl safe.
P.S. [[Rose Baker|name]]s mum ([[Tracey|name]]) says [[Tyler|name]] was outside [[Warden Park|school]] again on
Weds [[2nd|date]] in a black car, [[LD21 OKE|vehicle]] she thinks. And [[Poppy|name]] had a new phone, the number
ends 604 - I've written it all down for PC [[Adams|name]] from [[Burgess Hill|place]] police station.
[[Claire|name]]
"""),
]


# --- E. Hart / Malik family (white British and British Pakistani), Scaynes Hill, near Haywards Heath ----------------------

HOME_E = d.Address("2 Anchor Cottages", "Scaynes Hill", "Haywards Heath", "RH17 7NE")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ayaan", "Malik")], dt.date(2017, 1, 26), addresses=[HOME_E], ids=["4573819266", "K938194473021"],
       schools=["Chailey Heritage School"]),
    _p("m", "mother", [("Kerry", "Hart")], dt.date(1988, 3, 4), addresses=[HOME_E], phones=["07411 862 305"]),
    _p("f", "father", [("Imran", "Malik")], dt.date(1985, 9, 15), addresses=[HOME_E], phones=["07586 240 913"]),
], "c")

DOCS_E = [
    ("short breaks panel application form", """SHORT BREAKS - APPLICATION FOR A PANEL DECISION
Child: [[MALIK, Ayaan Imran|name]]   DOB: [[26 Jan 2017|dob]]   NHS no: [[457 381 9266|nhs]]   UPN: [[K938194473021|upn]]
Address: [[2 Anchor Cottages|address]], [[Scaynes Hill|place]], [[RH17 7NE|postcode]]
Previous address: [[Flat 2, 88 Sussex Road|address]], [[Haywards Heath|place]] [[RH16 4EA|postcode]] (to June 2023)
School: [[Chailey Heritage|school]] (day pupil; transport by [[Hazel Ruddock|name]], escort)
Previous school: [[Sheddingdean|school]] nursery (2020-2021) before the move from [[Burgess Hill|place]].
Needs: cerebral palsy (GMFCS V), gastrostomy, epilepsy. Sleeps 2-3 hours a night.
Parents: [[Kerry Hart|name]] (mum, [[07411 862 305|phone]]) and [[Imran Malik|name]] (dad, [[07586 240 913|phone]]), who works
nights at Gatwick. Paternal grandmother, Dadi [[Nasreen|name]], lives in [[Crawley|place]] ([[Ifield|place]]) but has a bad hip.
Sibling: none. Cousins in [[Crawley|place]]: [[Zara|name]] and [[Hamza Malik|name]]. Request: overnight breaks at the respite unit, 2
nights a month, and a
personal assistant ([[Dana Whitfield|name]], who already knows [[Ayaan|name]] from [[Blackthorns|school]] holiday club).
Social worker: [[Marcus Oyelaran|name]]   Date: [[04/11/2026|date]]
Family network meeting held [[28/10/2026|date]] at [[Scaynes Hill|place]] village hall with [[Kerry|name]], [[Imran|name]], Dadi
[[Nasreen|name]], [[Linda Hart|name]], [[Stacey Duffield|name]] (friend) and the vicar, Rev [[Tim Goodchild|name]], who knows them.
"""),
]

DOCS_E += [
    ("voice note transcribed by the social worker", """Voice note from [[Kerry Hart|name]] on WhatsApp, [[16/11/2026|date]] 03:12,
transcribed by [[M. Oyelaran|name]]
"[[Marcus|name]] it's [[Kerry|name]]. Sorry it's three in the morning. [[Ayaan|name]]'s had three fits since midnight and
[[Imran|name]]'s on nights so it's just me. I rang the ambulance, they said wait. I've not slept since Thursday [[the 12th|date]].
[[Imran|name]]'s mum keeps saying bring him to [[Crawley|place]] but she can't lift him. And [[Imran|name]]'s brother
[[Faisal|name]] in [[Luton|place]] says [[Ayaan|name]] should go to a home. I'm not putting him in a home, [[Marcus|name]]. My friend
[[Stacey|name]] from the school
gate came round at ten. If I don't get a break I'm going to drop him, I'm scared I'm going to drop him. Sorry. Ring me."
Second voice note, 07:48: "Me again. The paramedics came at half four, [[Craig|name]] and a lady called [[Jo|name]], they were
lovely. They took him to the Princess Royal. [[Imran|name]] met us there. Dr [[Okonkwo|name]] says it might be his meds. My mum's
coming from [[Uckfield|place]], she's [[Linda Hart|name]], her number's [[01444 412 689|phone]]? no that's wrong, I'll text it."
"""),
    ("occupational therapist's home assessment", """COMMUNITY OT - HOME ASSESSMENT - [[Ayaan MALIK|name]] - seen [[20 November 2026|date]]
Present: mum ([[Kerry|name]]), Dadi [[Nasreen Malik|name]] (visiting from [[Ifield|place]]), OT [[Lucy Bramble|name]].
[[2 Anchor Cottages|address]]: a rented 2-up 2-down on the main road through [[Scaynes
Hill|place]]; steep stairs; mum carries [[Ayaan|name]] (24kg) up each night. Landlord Mr [[Stevens|name]] of
[[Freshfield|place]] (agent [[Pat Godsmark|name]], [[01444 412 690|phone]])
will not agree to a stairlift. Neighbour [[Bob Goacher|name]] at [[no. 3|address]] helps with the wheelchair on Sundays.
Plan: hoist and profiling bed downstairs; letter to housing for a ground-floor home in [[Haywards Heath|place]] or [[Lindfield|place]].
Equipment: wheelchair from the Posture and Mobility service (ref not recorded), supplier [[Jon Pelling|name]] ([[07752 803 147|phone]]).
Mum asked that letters go to [[Kerry Hart|name]] at [[2 Anchor Cottages|address]], not to [[Imran|name]]'s work. Dadi [[Nasreen|name]]
lives at [[17 Rusper Road|address]], [[Ifield|place]], [[Crawley|place]] [[RH11 0HN|postcode]]; her phone is [[07841 306 928|phone]].
[[L. Bramble|name]], OT, [[lucy.bramble@nhs.net|email]], [[20/11/2026|date]].
(Dadi wrote her name for the equipment form in Urdu, "[[نسرین ملک|name]]", and [[Imran|name]] wrote it out as [[Nasreen
Malik|name]]. She asked that the Urdu-speaking carer, [[Shabana|name]] from the [[Crawley|place]] agency, come on her days.)
Next OT visit: Thurs [[10/12|date]], with [[Kerry|name]] and the landlord Mr [[Stevens|name]] if he agrees.
"""),
    ("short breaks panel decision minutes", """SHORT BREAKS PANEL - [[1 December 2026|date]] - MINUTES (extract)
Chair: [[Helen Crouch|name]]. Members: Dr [[Sam Aziz|name]], [[Ruth Penn|name]], [[Marcus Oyelaran|name]] (presenting).
Case 4: A.M. - [[Ayaan Malik|name]], 9, [[Scaynes Hill|place]]. Mother [[Kerry Hart|name]], father [[Imran Malik|name]];
grandmothers Mrs [[Nasreen Malik|name]] ([[Ifield|place]]) and Mrs [[Linda Hart|name]] ([[Uckfield|place]]). Panel heard of the night
of [[16th November|date]] and mum's
voice note. Agreed: 2 nights a month at the respite unit from [[4 January 2027|date]]; direct payment for a PA (named by family:
[[Dana Whitfield|name]]); review in 6 months. [[Marcus|name]] to tell [[Kerry|name]] and [[Imran|name]] by [[3/12|date]].
Case 5: T.K. - deferred: [[Tegan Killick|name]] (young carer, [[Ansty|place]]) - needs assessment by [[Leanne Hobden|name]]
to come back on [[15 December|date]] with the OT report on [[Donna Killick|name]]'s home.
Next panel: Tues [[5th Jan|date]], on Teams.
Circulation: [[helen.crouch@middowns.gov.uk|email]]; [[marcus.oyelaran@middowns.gov.uk|email]]; family copy to [[Kerry Hart|name]],
[[2 Anchor Cottages|address]], [[Scaynes Hill|place]] [[RH17 7NE|postcode]].
"""),
]


# --- F. Killick family (white British), Ansty, near Cuckfield; a young carer ---------------------------------------------

HOME_F = d.Address("5 Deaks Lane", "Ansty", "Haywards Heath", "RH17 5AS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Killick")], dt.date(2013, 7, 30), addresses=[HOME_F], ids=["K938206651339"],
       schools=["Oathall Community College"]),
    _p("m", "mother", [("Donna", "Killick")], dt.date(1976, 10, 2), addresses=[HOME_F], phones=["07395 128 604"]),
], "c")

DOCS_F = [
    ("young carers' service needs assessment", """YOUNG CARERS' NEEDS ASSESSMENT
Young carer: [[Tegan Killick|name]] ("[[Teg|name]]")   DOB [[30/07/2013|dob]]   UPN [[K938206651339|upn]]
Address: [[5 Deaks Lane|address]], [[Ansty|place]], [[RH17 5AS|postcode]]   School: [[Oathall|school]] Y8
GP: Dr [[Osei|name]], Cuckfield Medical Practice.   Referred by school ([[A. Cheal|name]]).
Cared-for person: mum, [[Donna Killick|name]] (MS, relapsing; uses a wheelchair outdoors). Brother [[Jayden|name]] (19) works in
[[Crawley|place]] and is "hardly home". Dad ([[Wayne Killick|name]]) lives in [[Peacehaven|place]], no contact since [[Christmas Day
2024|date]].
[[Tegan|name]] does: meds, catheter supplies, shopping at [[Cuckfield|place]] Co-op, washing, mum's pads. Misses school on bad days.
What [[Teg|name]] said: "I like [[Oathall|school]] but I worry about mum falling. Last time was [[17th October|date]] and I
found her on the kitchen floor. [[Jayden|name]] was at his girlfriend's in [[Three Bridges|place]]." Her best friend is
[[Mia|name]]; she goes to the young carers' club at the youth centre in [[Haywards Heath|place]]
on Wednesdays.
Assessed by [[Leanne Hobden|name]] on [[13.11.2026|date]]. Friend [[Mia Saunders|name]] and her mum help with lifts.
Support: [[Donna|name]]'s MS nurse [[Alison Croft|name]] ([[01444 831 407|phone]]); carer agency visits twice a day ([[Precious|name]]
and [[Dorota|name]]). Nan [[June Killick|name]] lives at [[8 Manor Hall Road|address]], [[Southwick|place]] [[BN42 4NH|postcode]].
Plan: young carers' club at the youth centre; school to know; review [[February 12th 2027|date]].
Signed: [[L. Hobden|name]] / [[Tegan|name]] ("[[tegan k|name]]" in her own writing) / [[Donna Killick|name]].
Shared with: [[Oathall|school]] (Mr [[Cheal|name]]); GP (Dr [[Osei|name]]); MS nurse [[Alison Croft|name]]; [[Nina Kowalczyk|name]] (SW).
"""),
    ("pharmacist's concern call log", """PHARMACY SAFEGUARDING CONCERN - phone log - Bolnore Village Pharmacy
[[18/11/26|date]] 16:40 Child ([[Tegan|name]], 13, school uniform) collecting [[Donna Killick|name]]'s controlled drugs again; said
mum "can't get out". Pharmacist [[Raj Sohal|name]] rang mum on [[07395 128 604|phone]]: slurred, said [[Tegan|name]] is fine.
[[18/11/26|date]] 16:55 Rang MASH, spoke to [[Gemma|name]]. Ref not given.
[[19/11/26|date]] 09:10 [[Gemma Rowland|name]] (MASH) rang back: passed to the [[Haywards Heath|place]] team, SW [[Nina Kowalczyk|name]].
[[23/11/26|date]] 17:20 [[Tegan|name]] in again with her friend [[Mia Saunders|name]] and [[Mia|name]]'s mum [[Lorraine|name]]
([[07411 862 306|phone]]),
who said she will collect the prescriptions from now on. Dispenser [[Jo Heasman|name]] present.
"""),
]

DOCS_F += [
    ("social worker's quick notes typed on a phone", """notes [[Teg K|name]] - [[24/11|date]] - typed in car, tidy later
- hv w [[donna|name]] 10am, [[tegan|name]] off sch again ("headache"). house cold, heating off, mum says oil run out
- [[jayden|name]] came in 10.40, said he pays for oil, [[wayne|name]] owes
- neighbour mrs [[hollis|name]] ([[4 deaks ln|address]]) says [[teg|name]] at the shop in [[ansty|place]] at 7am buying milk most days
- rang [[Oathall|school]] - Mr [[Cheal|name]] attendance 71%
- call OT re wheelchair, call [[Leanne|name]] YC, call GP (Dr [[Osei|name]])
- [[donna|name]] says [[wayne|name]]'s new number is [[07480 915 363|phone]], lives [[peacehaven|place]] w/ partner [[Shelley|name]]
- [[teg|name]] wants to go to nan [[june|name]]s? ([[June Killick|name]], [[Southwick|place]]) at xmas - check
- nxt visit [[1/12|date]] w [[Leanne|name]]
- [[jayden|name]] mob [[07586 240 914|phone]], girlfriend [[Keeley|name]] in [[three bridges|place]], he might move back
- [[mia|name]]s mum [[lorraine saunders|name]] happy to be named as support, lives [[bolney|place]]
- chk w [[Nina|name]] re CIN? or early help ([[Jo Kember|name]])
"""),
    ("attendance fast-track warning letter", """[[Oathall Community College|school]], [[Appledore Gardens|address]],
[[Haywards Heath|place]]
[[27 November 2026|date]]
Mrs [[D Killick|name]]
[[5 Deaks Lane|address]]
[[Ansty|place]]
[[RH17 5AS|postcode]]
Dear Mrs [[Killick|name]],
Re: [[Tegan Killick|name]], Year 8 - attendance 71% since [[2 September 2026|date]]
We know from Ms [[Hobden|name]] of the young carers' service that [[Tegan|name]] helps to care for you. Before any fast-track
meeting we would like to meet you at home on Tuesday [[8th December|date]]. Please ring Mr [[Cheal|name]] on [[01444 831 406|phone]].
Copy to: [[Leanne Hobden|name]] (Young Carers); SW [[Nina Kowalczyk|name]], Mid Downs Children's Services.
Appointment: [[8th December|date]] at 10am at [[5 Deaks Lane|address]]. Ref: TK/Y8/ATT.
Yours sincerely, [[A. Cheal|name]], Attendance Officer
Absences: [[7 Oct|date]], [[8 Oct|date]], [[17 Oct|date]] (mum's fall), [[3 Nov|date]], [[9 Nov|date]], [[18/11|date]] (pharmacy
in [[Bolnore|place]] at 16:40 - after school), [[24/11|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 181 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 18:29 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "pi", "pu", "pa", "nu", "babcia", "dziadek", "tata",
           "mama"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "sussex", "west sussex",
               "east sussex", "mid sussex", "india", "mizoram", "north-east india", "poland", "podhale", "manipur", "lesser poland",
               "europe", "pakistan"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Pi Biaki", "Rev Joseph Zothansanga", "Insp. Ray Colbourne")
# and states, counties and countries ("Mizoram", "Manipur", "Podhale", "West Sussex").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
