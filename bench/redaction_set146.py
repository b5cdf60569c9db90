"""Set 146: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set147.py
to bench/redaction_set149.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
and tests/test_redaction_set21.py (the layout and marking conventions followed here; set 21's module docstring, helpers and word
lists in full, and of its documents the first one and the last two, with the rest skimmed only by their style labels), the
docstrings of bench/redaction_set7.py to bench/redaction_set145.py (printed only, into scratch files, and searched there for
the names of Wolverhampton districts and of communities, with the sentences that held them printed, to see which earlier sets used
them), the HandSet class of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library
and NHS numbers and UPNs made and checked (NHS by the modulus 11 rule, UPNs with python-stdnum) in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake
in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Wolverhampton and Bilston, each from a district or estate no earlier set (7 to 145) used as a family's home:
a white British family in Whitmore Reans with a grandmother in Dunstall and a mother's partner bailed to his brother's in Low
Hill (Kettle / Birch; domestic abuse, a girl of 11 who is a young carer, a school's scanned concern form); a white British family
in Pendeford with a father in Wrocław (Sutton / Bird / Zieliński; a boy of 12 off school, gaming in his room, self-harm and
emotional harm by a mother's partner, a father who wants him for Christmas); a Black British Caribbean family in Fallings Park
with a father in Bushbury (Hope / Grant; a new baby, post-natal low mood, a father's abuse and messages, a grandmother from
Mandeville); and a white British kinship care family in Lanesfield, Bilston (Dudley / Walsh; a grandfather of 68 with COPD
raising two grandchildren, a mother in supported housing in Bilston, a great-aunt in Ettingshall). Two from communities no
earlier set used: an Iranian Bahá'í refugee family in Blakenhall (Rezaei / Sabet; a grandmother detained in Shiraz for the
family's faith, a father under strain who grabbed his daughter of 14, Persian script in family messages, an uncle in Toronto)
and a Pakistani Christian (Punjabi-speaking) family in Pennfields from Youhanabad, Lahore (Masih / Gill; a boy of 15 criminally
exploited and missing to Walsall and Telford, a pastor's referral, a father's threat to send him to his uncle in Lahore).
24 documents, each with its own style label, about half plain professional recording (a child and family assessment with its
chronology, a strategy discussion record, a police attendance log, a special guardianship assessment, a health visitor's new
birth record, core group minutes, a child protection conference report, a GP's letter, a CAMHS letter, a return home interview,
an interpreter's note, a foodbank e-referral) and the rest other writing a case file holds: a scanned and OCR'd handwritten
concern form (with OCR slips: "Pupi1", "D0B"), a mother's voice notes transcribed, a school behaviour-system export, a family's
Persian and English WhatsApp messages translated, a pastor's email, a boy's own written account on a worksheet, a grandmother's
letter, a father's Facebook messages screenshotted for court, a boy's Discord messages, a father's email from Poland with the
social worker's reply, an education welfare officer's notes typed fast on a phone, and a family group conference plan in the
family's own words with its phone list.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Iran, Pakistan, Canada, Poland); NHS numbers and UPNs (LA number 336, Wolverhampton) pass their check
digits; NI numbers have a valid format. The nurseries Little Wolves and Little Learners are invented and marked as schools; real
schools (Springdale, Colton Hills, Woodfield Junior, St Edmund's, Ormiston NEW Academy, Lanesfield Primary) are marked as schools.
Towns, districts, estates and villages, at home and abroad, are places; hospitals (New Cross), GP practices and health centres
(Pendeford Health Centre, Bilston Street Surgery, Penn Manor Medical Practice), NHS trusts, police forces, prisons (HMP Oakwood),
charities (Base 25, Black Country Women's Aid, Lullaby Trust), a foodbank, churches (New Testament Church of God), Bilston Town
Hall, football clubs (Wolves, Villa), brands and apps (Discord, CPOMS, WhatsApp, Facebook), faiths and laws stay unmarked.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS,
Fr, Pastor, Nan, Nana, Grandad, Auntie, Aunty, Uncle, Mum, Dad, Daddy, Dayi, Maman, baba, tata, Pops, and after a name bhai, baji,
khanum and jan) stay outside the name span; a possessive 's stays outside; every person's name is a name in every form, record or
not. "SURNAME, First" is one span ("KETTLE, Tayla", "BIRCH, Carl", "REZAEI, Nika", "GRANT, Malachi", "DUDLEY, Roy"), and so is
"First SURNAME" ("Harley SUTTON"); an initial with a surname is one span ("J Mander", "K Bhatti", "R Bowen", "C Doyle"); initials
alone ("KB", "Mr D") are not marked; a collar number after a name stays outside; a name, address, school or date broken by a line
break is one span holding the break; social media handles ("hxrley_wv8", "kuba_wro99", "olly_pend") are not marked, but a display
name that is a person's plain name or a short form of it is ("kuba", "Oliver", "Ty G"); a contact saved under a kinship word
("Maman") is not a name. A street address is one span, its town a place, its postcode a postcode; a street named without a number
is an address, and so is a neighbour's bare house or flat number ("no. 24", "number 20", "number 8", "flat 2", "31") and an address
abroad ("ul. Ogrodowa 7/12", Wrocław); countries and regions ("Jamaica", "Poland", "Pakistan", "the Black Country") are not marked;
a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside; Polish month names
"28 października 2026" and "19 grudnia 2013" are dates and a dob), and the bare day in a range or a letter ("3"-"9 March 2026",
"the 6th", "the 9th", "the 19th", "fri 20th") is a date span of its own; months and years alone are not marked; a name in
another script (Persian "مهسا", "نیکا", "فرهاد", "پروین") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a surname that is also a
town ("Dudley", the family F surname) is a name when it is a person, while "Dudley" as a town (in family B's messages) is a
place and "Dudley Road" an address; surnames that are words ("Hope", "Bird", "Birch", "Kettle", "Grant", "Bright") are names;
first names that are words ("Precious", "Poppy", "Val", "Roy") are names; a family nickname ("Nikoo", "Sami", "Mari", "Trace",
"shan", "gem", "harls", "Jase", "bernie", "Ty") is a name; the adult's street name "Little T" and "Kaz" are names, like an alias;
a GP surgery named after a street or a district stays unmarked as an organisation, while "the Lanesfield surgery" (a branch named
by its district in lower-case words) marks the district; a council team named by its districts ("Pendeford and Aldersley team")
marks the districts; the tower block "Holloway House" is an address; a Facebook display name made of a first name and an initial
("Ty G") is a name, as set 21's "Shloime L" was; the OCR'd "Pupi1" and "D0B" are left as scanned; a case or voucher reference
(MASH/26/88412, BFB-26-30917), an exhibit number (PH/1) and a collar number (22154) are not marked.

Self-check without the detector: `python -m bench.redaction_set146` (and tests/test_redaction_set146.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words (before and after a name)
and countries and regions, and prints the number of documents and gold spans per kind: 24 documents, 927 gold spans, 515 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kettle / Birch family (white British), Whitmore Reans, Wolverhampton -----------------------------------------------

HOME_A = d.Address("22 Avion Close", "Whitmore Reans", "Wolverhampton", "WV6 0QT")
NAN_A = d.Address("9 Gorsebrook Road", "Dunstall", "Wolverhampton", "WV6 0PE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Kettle")], dt.date(2015, 6, 3), addresses=[HOME_A], ids=["229 512 9419", "W336266417758"],
       schools=["Springdale Junior School"]),
    _p("s", "sibling", [("Reece", "Birch")], dt.date(2019, 2, 17), addresses=[HOME_A]),
    _p("m", "mother", [("Shannon", "Kettle")], dt.date(1996, 10, 8), addresses=[HOME_A], phones=["07700 822 048"]),
    _p("f", "partner", [("Carl", "Birch")], dt.date(1991, 4, 22), addresses=[HOME_A]),
    _p("g", "grandparent", [("Tracey", "Kettle")], dt.date(1971, 1, 30), addresses=[NAN_A], phones=["07812 947 737"]),
], "c")

DOCS_A = [
    ("school safeguarding lead's handwritten concern form, scanned and OCR'd", """SPRINGDALE JUNIOR SCHOOL - RECORD OF CONCERN (scan p1 of
2, OCR)
Pupi1 name: [[KETTLE, Tayla|name]]      D0B: [[03/06/2015|dob]]     Year: 6    UPN: [[W336266417758|upn]]
Date of concern: Tues [[6th Oct 2026|date]]     Time: 8.50am     Recorded by: [[J. Mander|name]] (class teacher)
What was seen / said (the child's words):
[[Tayla|name]] came in with no coat and the same top as Friday. She said "me and [[Reece|name]] slept at me nan's in [[Dunstall|place]]
cos [[Carl|name]] was shouting at mum and he smashed the telly." She said her nan [[Trace|name]] walked them to school down
[[Gorsebrook Road|address]]. She said she is "not allowed to say about [[Carl|name]]". She had a mark on her left fore-
arm, red, about the size of a 50p; she said she did it on the trampoline at [[Kieran|name]]'s.
Action taken: passed to DSL (Mrs [[Bev|name]] . . .) [OCR: text unclear]
Signed: [[J Mander|name]]
-- page 2 (DSL) --
DSL: [[Beverley O'Leary|name]]   Date: [[06.10.26|date]]
Rang mum [[Shannon|name]] on [[07700 822 048|phone]] at 9.40 - no answer. Rang nan ([[Tracey Kettle|name]], [[07812 947 737|phone]]), who
said [[Shannon|name]] and [[Carl Birch|name]] "had a do" on Sunday night and she took the kids. Nan lives at [[9 Gorsebrook Road|address]],
[[WV6 0PE|postcode]]. Nan said [[Carl|name]] drives a black Corsa [[FD18 WXK|vehicle]] and "parks it on the grass outside
[[no. 24|address]]"
(next door, Mrs [[Patel|name]]'s). Referral to MASH at 10.15, ref. MASH/26/88412. Also told [[Reece|name]]'s nursery,
[[Little Wolves|school]]
at [[Whitmore Reans|place]] children's centre (his key worker [[Natalie|name]]).
Nursery phone [[01902 350 234|phone]].
Follow-up [[7/10|date]]: [[Tayla|name]] in, coat on, "[[Carl|name]] has gone to his brother's in [[Low Hill|place]]".
Follow-up [[8/10|date]]: [[Reece|name]]'s key worker [[Natalie|name]] rang: [[Reece|name]] said "[[Carl|name]] kicked the door". Logged.
Follow-up [[13/10|date]]: [[Tayla|name]] told [[J Mander|name]] her nan is taking her to [[Rhyl|place]] at half term with her
cousin [[Kacey|name]] and Aunty [[Lou|name]]
"""),
    ("mother's voice notes to the family support worker, transcribed", """[Voice notes from [[Shannon Kettle|name]] to
[[Gemma Froggatt|name]] (family support worker), typed up word for word by
[[Gemma|name]] on [[12 October 2026|date]]. Times are when each note arrived.]
Fri [[9 Oct|date]] 21:14 (0:48) - hiya [[gem|name]] its me [[shan|name]] sorry its late. just to say [[carl|name]] come round again tonight
he was banging on the door at [[avion close|address]] an all the neighbours was out, [[mick|name]] from [[number 20|address]] told him to
do one. i didnt let him in i swear. the kids was in bed. [[tayla|name]] heard it tho
Fri [[9 Oct|date]] 21:20 (0:31) - he's sat in his car now on [[hordern road|address]] by the chippy. i rung 999, they said someone'll come
Fri [[9 Oct|date]] 21:26 (0:19) - [[jade|name]] is coming over from [[pendeford|place]]. she'll sit with me. sorry [[gem|name]]
Sat [[10 Oct|date]] 10:02 (1:05) - morning. police come about 11 last night, PC [[Dhillon|name]] i think her name was, shes nice. they took
him off. me mum [[trace|name]] is having the kids today at hers in [[dunstall|place]] cos i cant stop crying. can you ring
me on [[07700 822 048|phone]] not the old number
Sun [[11 Oct|date]] 18:40 (0:22) - [[reece|name]] keeps asking for [[carl|name]] cos he's his dad. what do i say to him
Mon [[12 Oct|date]] 07:55 (0:40) - sorry one more. can you tell mrs [[o'leary|name]] at [[springdale|school]] [[tayla|name]] will be late
she's
at the dentist in [[tettenhall|place]] at 8.30, Dr [[Kaur|name]]. thanks [[gem|name]] xx
"""),
]
DOCS_A += [
    ("child and family assessment analysis section", """WOLVERHAMPTON CHILDREN'S SERVICES - CHILD AND FAMILY ASSESSMENT (extract: analysis
and plan)
Child: [[Tayla Kettle|name]] (DOB [[3 June 2015|dob]], NHS [[229 512 9419|nhs]]) and [[Reece Birch|name]] (DOB [[17 February 2019|dob]])
Address: [[22 Avion Close|address]], [[Whitmore Reans|place]], [[Wolverhampton|place]] [[WV6 0QT|postcode]]
Social worker: [[Adaeze Nwosu|name]]    Team manager: [[Lisa Wheale|name]]    Started [[6 October 2026|date]], completed
[[30 October 2026|date]]
Analysis. [[Tayla|name]] and [[Reece|name]] live with their mother, [[Shannon Kettle|name]], 30. [[Reece|name]]'s father,
[[Carl Birch|name]],
moved out on [[10 October|date]] after police were called to the home; he is on bail not to contact Ms [[Kettle|name]] or attend
[[Avion Close|address]]. There have been four police call-outs since [[14 March 2026|date]]. [[Tayla|name]] describes [[Carl|name]] as
"alright when he's not drinking". She is a young carer for [[Reece|name]] in the mornings. Her maternal grandmother, [[Tracey
Kettle|name]], is a strong protective factor; Mrs [[Kettle|name]] lives ten minutes' walk away in [[Dunstall|place]] and has the children
most weekends. [[Shannon|name]]'s friend [[Jade Price|name]] from [[Pendeford|place]] also helps. The paternal family ([[Carl|name]]'s
brother [[Dean Birch|name]] in [[Low Hill|place]]) have not been seen.
Plan. Child in need plan; review on [[11 December 2026|date]] at the [[Whitmore Reans|place]] family hub. Refer [[Shannon|name]] to the
Recovery Toolkit group (starts [[5 November|date]]). Mr [[Birch|name]] to be offered a perpetrator programme via probation.
Chronology (from the case file, most recent last)
[[14/03/2026|date]] Police DA call-out, [[Avion Close|address]]; [[Carl|name]] left before police came. [[Tayla|name]] rang [[Tracey|name]].
[[02/05/2026|date]] [[Shannon|name]] to New Cross A&E with a cut lip; said she fell. Seen by Dr [[Amos|name]] (letter of [[3 May|date]]).
[[19/06/2026|date]] Neighbour [[Mick Griffiths|name]] rang 101 about shouting; no further action.
[[28/08/2026|date]] [[Reece|name]] started at [[Little Wolves|school]] (key worker [[Natalie Bould|name]]).
[[01/09/2026|date]] [[Tayla|name]] starts Year 6 at [[Springdale|school]]; class teacher [[Jo Mander|name]].
[[04/10/2026|date]] Sunday night row; children to [[Tracey|name]]'s at [[9 Gorsebrook Road|address]].
[[06/10/2026|date]] School concern; referral by [[Beverley O'Leary|name]]. Assessment opened; SW [[Adaeze|name]].
[[09/10/2026|date]] [[Carl|name]] arrested at [[Hordern Road|address]] (PC [[Ravinder Dhillon|name]]).
[[10/10/2026|date]] [[Carl|name]] bailed to [[Dean Birch|name]]'s address, [[41 Showell Road|address]], [[Low Hill|place]],
[[WV10 9LP|postcode]].
[[15/10/2026|date]] Home visit; [[Shannon|name]], [[Tayla|name]], [[Reece|name]] seen; [[Jade Price|name]] present.
[[21/10/2026|date]] [[Tayla|name]] seen alone at school; she drew her "safe people": Nan, [[Jade|name]], Mrs [[O'Leary|name]]
[[30/10/2026|date]] Assessment signed off by [[Lisa Wheale|name]].
"""),
    ("police domestic abuse attendance log, handwritten and scanned", """WEST MIDLANDS POLICE - DA ATTENDANCE (pocket notebook copy,
scanned)
[[09/10/26|date]] 2302 hrs. [[22 Avion Cl|address]]. Attended with PC [[Ravinder Dhillon|name]] 22154. Caller [[SHANNON KETTLE|name]]
(dob [[08/10/96|dob]]). Suspect [[BIRCH, Carl|name]] (dob [[22/04/91|dob]]) found in veh [[FD18 WXK|vehicle]] parked [[Hordern Rd|address]]
j/w [[Avion Cl|address]]. Smelt of intox. Arrested s.4 POA & breach. Transported to [[Oldbury|place]] custody.
Children present: [[Tayla|name]] 11, [[Reece|name]] 7 - both asleep upstairs - seen by me 2315, no injs.
Witness: [[Michael Griffiths|name]] ("[[Mick|name]]"), [[20 Avion Cl|address]], [[07946 620 264|phone]] - saw susp kicking door.
DASH: medium. Signed [[R Dhillon|name]] 22154
"""),
]
# --- B. Rezaei / Sabet family (Iranian Bahá'í), Blakenhall, Wolverhampton ---------------------------------------------------

HOME_B = d.Address("Flat 3, 118 Dudley Road", "Blakenhall", "Wolverhampton", "WV2 3DB")
GRAN_B = d.Address("Kuche Golestan 14", "Maaliabad", "Shiraz", "")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Nika", "Rezaei")], dt.date(2012, 9, 21), addresses=[HOME_B], ids=["503 648 6242", "X336216302764"],
       schools=["Colton Hills Community School"]),
    _p("s", "sibling", [("Arman", "Rezaei")], dt.date(2017, 4, 2), addresses=[HOME_B]),
    _p("m", "mother", [("Mahsa", "Sabet")], dt.date(1986, 12, 1), addresses=[HOME_B], phones=["07563 534 348"]),
    _p("f", "father", [("Farhad", "Rezaei")], dt.date(1981, 3, 15), addresses=[HOME_B], phones=["07405 988 348"]),
    _p("g", "grandparent", [("Parvin", "Sabet")], addresses=[GRAN_B], phones=["+98 912 418 3307"]),
], "c")

DOCS_B = [
    ("secondary school pastoral log exported from a behaviour system", """CPOMS-style export - [[Colton Hills|school]] - student:
[[REZAEI, Nika|name]] (Y9)  DOB [[21-09-2012|dob]]  UPN [[X336216302764|upn]]
[[02/11/2026|date]] 11:05 | [[K Bhatti|name]] (Head of Year) | Wellbeing | [[Nika|name]] upset in maths, said her grandmother in
[[Shiraz|place]] was
"taken for questioning" by the authorities because of the family's faith (Bahá'í). [[Nika|name]] has not slept. Offered the room.
[[02/11/2026|date]] 15:30 | [[K Bhatti|name]] | Parent contact | Rang mum [[Mahsa Sabet|name]] [[07563 534 348|phone]]. Mum confirmed:
[[Parvin|name]] khanum released on [[1 Nov|date]] but her shop in [[Maaliabad|place]] sealed. Mum says [[Nika|name]] is reading news all
night.
[[04/11/2026|date]] 08:40 | [[Sam Okafor|name]] (tutor) | Attendance | Late 40 min. Said dad ([[Farhad|name]]) shouted at her for
telling school "family business". Passed to DSL.
[[04/11/2026|date]] 12:10 | [[Helen Rudge|name]] (DSL) | Safeguarding | Spoke to [[Nika|name]]. She said dad grabbed her wrist last night,
"not hard". Small red mark. She begged me not to call home. Friend [[Leila Haddad|name]] was with her. Referral made to MASH.
[[05/11/2026|date]] 09:00 | [[Helen Rudge|name]] | External | Strategy discussion booked; SW [[Tom Aldridge|name]] allocated.
[[10/11/2026|date]] 14:20 | [[Sam Okafor|name]] | Wellbeing | [[Nika|name]] showed me her brother [[Arman|name]]'s drawing for
their grandmother; she wrote on it in Persian [[پروین|name]] ([[Parvin|name]]). Calmer today.
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION - RECORD     Date: [[5 November 2026|date]], 13:00 (Teams)     Chair:
[[Lisa Wheale|name]] (TM)
Child: [[Nika Rezaei|name]], born [[21.09.2012|dob]]; sibling [[Arman Rezaei|name]], born [[02.04.2017|dob]]
Address: [[Flat 3, 118 Dudley Road|address]], [[Blakenhall|place]], [[WV2 3DB|postcode]]
Present: [[Tom Aldridge|name]] (SW); DC [[Gareth Lowe|name]] (WMP); [[Helen Rudge|name]] (DSL, [[Colton Hills|school]]);
[[Ruth Ingram|name]]
(school nurse); apologies: Dr [[Farah Siddiqui|name]] (GP, Bilston Street Surgery).
Information. [[Nika|name]] (14) reports that her father [[Farhad Rezaei|name]] grabbed her wrist on [[3 November|date]]. No previous police
history. The family came from [[Shiraz|place]] in 2019 and have refugee status; Mr [[Rezaei|name]] was an engineer and now drives for a
delivery firm. The family are Bahá'ís and attend the local community's feasts at a house in [[Penn|place]]. Maternal grandmother,
[[Parvin Sabet|name]], was detained briefly in [[Shiraz|place]] on [[30 October|date]]; the family are under great strain.
Ms [[Sabet|name]] told school her husband "is not a violent man, he is frightened". [[Arman|name]] (9) attends [[Woodfield
Junior School|school]] ("[[Woodfield|school]]").
Decision: single-agency s.47 enquiry by CSC; no police investigation at present. Joint visit [[6 Nov|date]] by [[Tom|name]].
Interpreter (Farsi) booked: [[Shirin Tavakoli|name]].
Actions: [[Tom Aldridge|name]] - visit [[6 Nov|date]], see [[Nika|name]] and [[Arman|name]] alone; [[Helen Rudge|name]] - share attendance
and the
log from [[2 November|date]]; Dr [[Siddiqui|name]] - check records for [[Mahsa Sabet|name]] (Ms [[Sabet|name]] saw the GP about sleep on
[[14 October|date]]); DC [[Gareth Lowe|name]] - check PNC for [[Farhad Rezaei|name]], b. [[15/03/1981|dob]]. Next review:
[[26 November 2026|date]].
"""),
]
DOCS_B += [
    ("family's Persian and English WhatsApp messages, translated by the interpreter", """[Messages shown to the social worker by
[[Mahsa|name]] on [[6 November 2026|date]] and translated by [[Shirin Tavakoli|name]]. Names
in Persian script are kept as written; the translation follows in brackets.]
[[01/11/2026|date]], 07:12 - Maman: [[مهسا|name]] جان، آزادم کردند. نگران نباش. مغازه را بستند.
          ([[Mahsa|name]] dear, they released me. Don't worry. They closed the shop.)
[[01/11/2026|date]], 07:15 - [[Mahsa|name]]: خدا را شکر! به [[نیکا|name]] می گویم
          (Thank God! I will tell [[Nika|name]].)
[[01/11/2026|date]], 07:30 - Dayi [[Kourosh|name]]: I call you from [[Tehran|place]] tonight. my new number [[+98 21 8852 4416|phone]]
[[03/11/2026|date]], 22:41 - [[nika|name]]: mum baba is angry again. im in my room with [[arman|name]]
[[03/11/2026|date]], 22:43 - [[Mahsa|name]]: come to kitchen [[nika|name]] jan. he is sorry
[[04/11/2026|date]], 06:58 - Maman: [[فرهاد|name]] را آرام کن. بچه ها گناهی ندارند
          (Calm [[Farhad|name]] down. The children are not to blame.)
[[05/11/2026|date]], 19:02 - [[Roya|name]] (friend, [[Penn|place]]): feast at [[Golnar|name]]'s on Saturday, [[10 Tabriz Road|address]]? the
          kids can come early
[[07/11/2026|date]], 08:20 - [[Farhad|name]]: [[نیکا|name]] جان ببخشید
          ([[Nika|name]] dear, I am sorry)
[[07/11/2026|date]], 08:31 - [[nika|name]]: ok baba
[[08/11/2026|date]], 16:05 - [[Roya|name]] (friend, [[Penn|place]]): [[Mahsa|name]] jan the ladies from [[Sedgley|place]] and
[[Dudley|place]] are
          coming too, [[Golnar Vahdat|name]] is cooking. [[Arman|name]] can play with [[Navid|name]]
[Saved contacts: "Maman" is the grandmother, [[Parvin Sabet|name]], [[+98 912 418 3307|phone]]; "Dayi" means uncle.]
"""),
    ("Farsi interpreter's post-visit note", """INTERPRETER'S NOTE (for the social worker's file) - [[Shirin Tavakoli|name]], Farsi/Dari,
[[6 Nov 2026|date]]
Visit to [[Flat 3|address]], [[118 Dudley Rd|address]] with [[Tom Aldridge|name]]. Present: Mr [[Rezaei|name]], Mrs [[Sabet|name]],
[[Arman|name]].
1. Mr [[Rezaei|name]] several times used the word "aberu" (honour, face) - he is ashamed the school knows. I translated it as
"reputation"; [[Tom|name]] asked me to explain more, which I did.
2. Mrs [[Sabet|name]] asked me privately (in Farsi, in the kitchen) whether the council "tells the Iranian embassy". I told her to ask
[[Tom|name]]; she did. I note this because she may not ask again.
3. [[Arman|name]] spoke English to [[Tom|name]] and corrected my Farsi once ("[[Nika|name]] is [[Nikoo|name]] at home" - the family
nickname).
4. Mr [[Rezaei|name]] mentioned his brother [[Behnam|name]] in [[Toronto|place]] ([[+1 416 782 3391|phone]]) who "wants the kids to
come for summer".
Next booking: [[20 November|date]], 4pm, same address.
Bookings this case (for invoicing, [[Wolverhampton|place]] council, cost code held by [[Tom Aldridge|name]]):
[[06/11/2026|date]] home visit, [[Blakenhall|place]] - 1.5 h - Mr [[Rezaei|name]], Mrs [[Sabet|name]]
[[13/11/2026|date]] school meeting, [[Colton Hills|school]] - 1 h - Mrs [[Sabet|name]], [[Helen Rudge|name]]
[[20/11/2026|date]] home visit - 1.5 h - all the family; [[Nika|name]] asked for me not to be there for her part
[[27/11/2026|date]] phone, to Mr [[Rezaei|name]]'s brother [[Behnam Rezaei|name]] in [[Toronto|place]] - 0.5 h
[[04/12/2026|date]] GP, Bilston Street Surgery - Dr [[Siddiqui|name]] and Mrs [[Sabet|name]] - 1 h
"""),
]
# --- C. Masih / Gill family (Pakistani Christian, Punjabi-speaking), Pennfields, Wolverhampton -------------------------------

HOME_C = d.Address("57 Lea Road", "Pennfields", "Wolverhampton", "WV3 0LS")
UNCLE_C = d.Address("House 12, Street 4", "Youhanabad", "Lahore", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Samuel", "Masih")], dt.date(2011, 1, 9), addresses=[HOME_C], ids=["510 070 6279", "D336215907649"],
       schools=["St Edmund's Catholic Academy"]),
    _p("s", "sibling", [("Mariam", "Masih")], dt.date(2014, 7, 28), addresses=[HOME_C]),
    _p("m", "mother", [("Nasreen", "Gill")], dt.date(1984, 5, 5), addresses=[HOME_C], phones=["07984 610 250"]),
    _p("f", "father", [("Yousaf", "Masih")], dt.date(1979, 8, 19), addresses=[HOME_C], phones=["07711 264 393"]),
    _p("u", "uncle", [("Pervaiz", "Masih")], addresses=[UNCLE_C], phones=["+92 300 641 2287"]),
], "c")

DOCS_C = [
    ("church pastor's email to the front door", """From: Pastor [[Emmanuel Bhatti|name]] <[[pastor.ebhatti@gmail.com|email]]>
To: MASH Wolverhampton
Sent: Saturday, [[14 November 2026|date]] 23:02
Subject: worried about a boy from our church - [[Samuel|name]] ([[Sami|name]]) [[Masih|name]]
Dear Sir/Madam,
I am the pastor of a small Urdu and Punjabi speaking congregation that meets at a church hall in [[Pennfields|place]]. One of our
families, [[Yousaf|name]] and [[Nasreen|name]] (Mrs [[Gill|name]]), live at [[57 Lea Road|address]]. Their son [[Samuel|name]] is 15. Since
the summer he has stopped coming to youth group. Tonight our youth leader [[Daniel Sadiq|name]] saw him at [[Dunstall Hill|place]]
with older boys in a grey Audi ([[BV71 ZKP|vehicle]]), and [[Sami|name]] had a new phone and a lot of cash. Two weeks ago his
sister [[Mariam|name]] (12) told my wife [[Rubina|name]] that [[Sami|name]] stays out "till 3" and that there is "a man called
[[Kaz|name]]" who rings him. The parents are frightened and do not know who to call; their English is limited and they fear
the police. [[Yousaf|name]] bhai's number is [[07711 264 393|phone]]; [[Nasreen|name]] baji is on [[07984 610 250|phone]] (Punjabi).
My number is [[07723 994 863|phone]]. God bless,
P.S. I forgot: last month [[Samuel|name]] was seen by our member Mrs [[Shamim Javed|name]] at the Co-op on [[Penn Road|address]]
with a man of about 25 she called "[[Kaz|name]]" or "[[Kasim|name]]". Mrs [[Javed|name]] lives at [[63 Lea Road|address]]. Also
[[Mariam|name]]
says [[Sami|name]] has a second phone, number [[07563 208 441|phone]]. She saw it on Tuesday [[10th November|date]].
Pastor [[Emmanuel|name]]
"""),
    ("missing from home return interview", """RETURN HOME INTERVIEW (independent, Base 25 on behalf of the council)
Young person: [[Samuel Masih|name]]   DOB: [[09/01/2011|dob]]   Missing: Sun [[15/11|date]] 19:00 to Tue [[17/11|date]] 07:30
Found: [[Walsall|place]] (by police, at a flat on [[Caldmore Road|address]])   Interview: [[18 November 2026|date]], at school
Interviewer: [[Precious Mutasa|name]]
Where were you? "At a mate's in [[Walsall|place]], then [[Telford|place]] I think. Don't know the road." Who with? "[[Kaz|name]] and his
cousin, I only know him as [[Little T|name]]." He said [[Kaz|name]] gave him a phone and £200 for "driving round with them".
He slept on a sofa. Food: McDonald's. He denies carrying anything but would not say what was in the bag.
Who do you trust? "Me sister [[Mariam|name]]. And [[Daniel|name]] from church, he's safe." He does not trust the police because
"they took me dad's phone" (this is not known to us).
Push/pull: rows at home about school; his dad says he will send him to his uncle [[Pervaiz|name]] in [[Lahore|place]]
("[[Youhanabad|place]],
that's where me dad's from") if he doesn't stop. He was scared by this.
Risk: HIGH (CCE). Shared with the Exploitation Hub on [[18/11/26|date]]; NRM consideration.
"""),
]
DOCS_C += [
    ("young person's own written account on a school worksheet", """What happend - by [[sami masih|name]]   [[19.11.26|date]]
on sunday i went out about 7 cos me and dad was arguing about the school ([[st eds|school]]). [[kaz|name]] picked me up on
[[lea rd|address]] in the audi. we went to some flat in [[walsall|place]] and then a place near [[telford|place]]. i didnt do
nothing bad. [[little t|name]] had the bag. i was texting [[mariam|name]] so she knew i was ok, she told mum.
on tuesday the feds come and took me to [[bloxwich|place]] station and then home. dad was crying. mum said she will
take me to church for pastor [[emmanuel|name]] to pray.
i want to stay at [[st eds|school]] and do mechanics at college. i dont want to go to [[lahore|place]].
(Signed [[Samuel|name]].   Witnessed: Mr [[C Doyle|name]], Head of Year 11, [[St Edmund's Catholic Academy|school]])
"""),
    ("child protection conference report with a Punjabi interpreter's note", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Samuel Masih|name]] (b. [[9 January 2011|dob]], NHS [[510 070 6279|nhs]], UPN [[D336215907649|upn]]); [[Mariam Masih|name]]
(b. [[28 July 2014|dob]])
Parents: [[Yousaf Masih|name]] (b. [[19 August 1979|dob]]) and [[Nasreen Gill|name]] (b. [[5 May 1984|dob]]), both of
[[57 Lea Road|address]],
[[Pennfields|place]], [[WV3 0LS|postcode]]
Conference date: [[3 December 2026|date]].
Invited: [[Yousaf Masih|name]]; [[Nasreen Gill|name]]; [[Samuel Masih|name]] (views by [[Precious Mutasa|name]]); Mr [[Ciaran Doyle|name]]
([[St Edmund's|school]]);
[[Hannah Pugh|name]] (DSL, [[St Edmund's|school]]); DS [[Neil Corbett|name]] (Exploitation Hub); [[Zainab Akhtar|name]] (school nurse);
Dr [[Anil Mehta|name]] (GP, Penn Manor Medical Practice - report only); Pastor [[Emmanuel Bhatti|name]] (family's supporter, at the
parents' request).
Social worker: [[Owen Pritchard|name]]. Chair: [[Janet Oduya|name]]. Interpreter (Punjabi):
[[Amrik Sandhu|name]].
Summary. [[Samuel|name]] has been missing three times since [[21 September|date]] ([[21 Sept|date]], [[2 Nov|date]], [[15 Nov|date]]),
each time
with adults known for drug supply between [[Wolverhampton|place]], [[Walsall|place]] and [[Telford|place]]. The adult known as
"[[Kaz|name]]"
has been identified by police as [[Kasim Rafiq|name]] (b. [[14/03/2001|dob]]). Mr [[Masih|name]]'s threat to send [[Samuel|name]] to
Pakistan has been withdrawn.
Family and community. The family are Christians from [[Lahore|place]] who came in 2016; Mr [[Masih|name]] works nights at a bakery in
[[Bilston|place]]. Pastor [[Emmanuel Bhatti|name]] and his wife [[Rubina Bhatti|name]] are a strong support, as is the youth leader
[[Daniel Sadiq|name]]. Uncle [[Pervaiz Masih|name]] ([[+92 300 641 2287|phone]]) rang me from [[Lahore|place]] on [[26 November|date]]; he
said
the boy "is welcome but should finish school in England", and that [[Youhanabad|place]] "is not safe for him now".
Interpreter's note ([[A. Sandhu|name]]): Mrs [[Gill|name]] speaks Punjabi with Urdu words; she calls her son "[[Sami|name]]" and her
daughter "[[Mari|name]]"; she understood the plan and asked for it in writing in Urdu.
Chronology of missing episodes and contacts
[[21/09/2026|date]] 22:10 reported missing by Mr [[Masih|name]]; found [[22/09/2026|date]] 03:40 at [[Wolverhampton|place]] bus station by
PCSO
[[Gurpreet Bains|name]].
[[02/11/2026|date]] 18:00 missing; returned himself [[03/11/2026|date]] 11:00; said he was at "[[Tayo|name]]'s in [[Whitmore Reans|place]]".
[[14/11/2026|date]] Pastor [[Emmanuel Bhatti|name]]'s email to MASH.
[[15/11/2026|date]] 19:00 missing; found [[17/11/2026|date]] at [[Caldmore Road|address]], [[Walsall|place]] with [[Kasim Rafiq|name]] and a
male known as [[Little T|name]] (later named as [[Tariq Hussain|name]], b. [[30/06/2004|dob]]). Grey Audi [[BV71 ZKP|vehicle]] seized.
[[18/11/2026|date]] Return interview ([[Precious Mutasa|name]], Base 25).
[[19/11/2026|date]] [[Samuel|name]]'s own account at school, witnessed by Mr [[Doyle|name]].
[[24/11/2026|date]] Strategy meeting; s.47 started; [[Owen Pritchard|name]] allocated.
[[26/11/2026|date]] Call from uncle [[Pervaiz|name]], [[+92 300 641 2287|phone]]; his landline in [[Lahore|place]]
[[+92 42 3571 8840|phone]].
[[01/12/2026|date]] [[Mariam|name]] seen at [[St Edmund's|school]] (Year 7).
"""),
]
# --- D. Hope / Grant family (Black British Caribbean), Fallings Park, Wolverhampton -------------------------------------------

HOME_D = d.Address("31 Thorneycroft Lane", "Fallings Park", "Wolverhampton", "WV10 0NB")
DAD_D = d.Address("Flat 8, Holloway House", "Bushbury", "Wolverhampton", "WV10 8JE")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Malachi", "Grant")], dt.date(2025, 11, 2), addresses=[HOME_D], ids=["937 936 6574"]),
    _p("s", "sibling", [("Journee", "Hope")], dt.date(2021, 3, 14), addresses=[HOME_D]),
    _p("m", "mother", [("Precious", "Hope")], dt.date(2002, 6, 11), addresses=[HOME_D], phones=["07852 615 310"]),
    _p("f", "father", [("Tyrone", "Grant")], dt.date(2000, 9, 9), addresses=[DAD_D], phones=["07389 632 327"]),
    _p("g", "grandparent", [("Marcia", "Hope")], dt.date(1968, 2, 2), addresses=[HOME_D], phones=["01902 607 053"]),
], "c")

DOCS_D = [
    ("health visitor's new birth visit record", """HEALTH VISITING - NEW BIRTH VISIT (0-19 service, [[Wolverhampton|place]])     Visit
date: [[16/11/2025|date]]
Infant: [[GRANT, Malachi|name]]   DOB: [[02/11/2025|dob]]   NHS: [[937 936 6574|nhs]]   Birth weight 2.91 kg, born at New Cross
Mother: [[HOPE, Precious|name]] (23)   Father: [[GRANT, Tyrone|name]] (does not live at the address)
Address: [[31 Thorneycroft Lane|address]], [[Fallings Park|place]], [[WV10 0NB|postcode]]    Mobile: [[07852 615 310|phone]]
Household: mother, [[Malachi|name]], sister [[Journee|name]] (4, at [[Little Learners|school]] nursery on [[Old Fallings Lane|address]]),
maternal grandmother [[Marcia Hope|name]] (known as "Nana [[Marcia|name]]"), and [[Marcia|name]]'s partner [[Winston|name]].
Feeding: mixed. Sleep: Moses basket in mum's room; bed-sharing discussed - [[Precious|name]] said she "sometimes falls asleep with him
on the settee". Safer sleep advice given (Lullaby Trust leaflet).
Mood: EPDS 14. Tearful. Says [[Tyrone|name]] "comes and goes" and took her bank card. Routine enquiry: she disclosed he pushed her
against the fridge when she was 7 months pregnant (early September). Referral to MASH and the IDVA offered and accepted.
HV: [[Kerry-Ann Walters|name]], [[Bushbury|place]] health visiting team. Next contact [[30/11/2025|date]].
Previous contacts: antenatal [[22/09/2025|date]] (HV [[Kerry-Ann|name]]), midwife [[Aisha Begum|name]] [[20/10/2025|date]] and
[[3/11/2025|date]]; [[Journee|name]]'s 3-year review [[17/03/2024|date]] (HV [[Lorna Sylvester|name]]). GP: Dr [[Olu Adebayo|name]].
"""),
    ("grandmother's letter to the social worker", """[[31 Thorneycroft Lane|address]]
[[Fallings Park|place]]
[[Wolverhampton|place]]
[[WV10 0NB|postcode]]
Sunday [[14th December 2025|date]]
Dear Miss [[Ellis|name]],
I am writing as you asked me to, about my grandchildren [[Journee|name]] and baby [[Malachi|name]]. I am [[Precious|name]]'s mother,
[[Marcia
Hope|name]], I am 57 and I have lived on this lane since 1994. I came from [[Mandeville|place]], Jamaica when I was a little girl.
I want you to know my daughter is a good mother but she is tired and [[Tyrone|name]] is not good for her. He come to the house on the
[[6th|date]] and the [[9th|date]] when I was at work at the hospital and he took her money again. My partner [[Winston Clarke|name]] told
him to leave and he said he would "come back for the baby". I have told [[Precious|name]] that he cannot come here any more.
I can look after the children when [[Precious|name]] goes to her appointments. I do nights at New Cross on Ward C12 but I can change
my shifts. My sister [[Hyacinth|name]] in [[Handsworth|place]] will also help; her number is [[07534 579 091|phone]].
Please ring me on the house phone [[01902 607 053|phone]].
P.S. [[Tyrone|name]]'s mother [[Beverley Grant|name]] lives at [[Holloway House|address]] too, [[flat 2|address]], and his friend who
drives is
called [[Jermaine|name]] (a white Golf, [[WV68 KTA|vehicle]]). [[Journee|name]]'s birthday is [[14th March|date]] and she wants her daddy
there. I have not said yes. My pastor at the New Testament Church of God on [[Bushbury Lane|address]], Pastor [[Clive Morrison|name]],
knows our family since [[Precious|name]] was baptised on [[30th June 2002|date]].
Yours sincerely,
[[Marcia Hope|name]] (Mrs)
"""),
]
DOCS_D += [
    ("core group meeting minutes", """CORE GROUP MEETING - MINUTES   [[Malachi Grant|name]] and [[Journee Hope|name]]
[[8 January 2026|date]], [[Fallings
Park|place]] family hub
Present: [[Sophie Ellis|name]] (SW, chair); [[Precious Hope|name]] (mother); [[Marcia Hope|name]] (grandmother); [[Kerry-Ann Walters|name]]
(HV); [[Donna Reid|name]] (IDVA, Black Country Women's Aid); Mrs [[Angela Bright|name]]
([[Little Learners|school]] nursery manager). Apologies: [[Tyrone Grant|name]] (father) - did not reply.
1. Update. [[Precious|name]] has a non-molestation order (made [[22 December 2025|date]], return date [[19 January 2026|date]]).
[[Tyrone|name]] was arrested on [[2 Jan|date]] after he came to [[Thorneycroft Lane|address]]; released under investigation. He
now lives at [[Flat 8, Holloway House|address]], [[Bushbury|place]].
2. [[Journee|name]]: attendance 96%; happy; talks about "Daddy [[Ty|name]]"
3. [[Malachi|name]]: weight on the 25th centile; immunisations up to date.
4. Actions: [[Sophie|name]] to complete the Family Network meeting by [[5 February|date]]; [[Donna|name]] to support at court on the
[[19th|date]]; [[Angela|name]] to share the nursery's pick-up list (only [[Precious|name]], [[Marcia|name]], [[Winston Clarke|name]]).
Next core group: [[12/02/26|date]].
Attendance record for [[Journee|name]], [[Little Learners|school]] (shared by [[Angela Bright|name]]):
[[05/01/26|date]] in 8.55, collected 3.00 by [[Marcia|name]]
[[06/01/26|date]] in 9.10, collected 3.05 by [[Precious|name]] with [[Malachi|name]] in the pram
[[07/01/26|date]] absent - mum rang, [[Journee|name]] had a temperature
[[08/01/26|date]] in 8.50, collected 12.00 by [[Winston Clarke|name]] (on the list)
[[09/01/26|date]] in 9.00 - a man waited at the gate on [[Old Fallings Lane|address]] asking for [[Journee|name]]; staff did not open;
[[Precious|name]] rang and said it was [[Tyrone|name]]. Police informed (PC [[Hollie Banks|name]]).
"""),
    ("father's Facebook messages to the mother, screenshotted for court", """[Screenshots exhibited as PH/1 in the non-molestation
application; typed up by [[Donna Reid|name]], IDVA, [[20 December 2025|date]]]
[[Ty G|name]]: why u blockin me [[precious|name]]
[[Ty G|name]]: i kno ur at ur mums on [[thorneycroft|address]]
[[Ty G|name]]: tell [[marcia|name]] she aint stoppin me seein my son
[[Ty G|name]]: ill be at [[fallings park|place]] shops at 4 bring [[malachi|name]]
[[Ty G|name]]: u kno wat happens wen u chat to ur HV
[[Ty G|name]]: [[journee|name]] wants her dad an u no it
[[Ty G|name]]: im outside [[31|address]]
[[Ty G|name]]: [[marcia|name]] just looked out the window lol
[[Precious Hope|name]]: me mum is ringing 999
[[Ty G|name]]: im goin. tell [[jermaine|name]] i said nothin
[[Precious Hope|name]]: leave us alone [[tyrone|name]] im callin the police
[[Ty G|name]]: call them then. [[winston|name]] cant do nothin hes old
[Note: "[[Ty G|name]]" is [[Tyrone Grant|name]]'s Facebook display name, a short form of his name.]
"""),
]
# --- E. Sutton / Bird family (white British), Pendeford, Wolverhampton, with a father in Poland ----------------------------------

HOME_E = d.Address("14 Ryefield", "Pendeford", "Wolverhampton", "WV8 1XY")
DAD_E = d.Address("ul. Ogrodowa 7/12", "", "Wrocław", "50-213")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Harley", "Sutton")], dt.date(2013, 12, 19), addresses=[HOME_E], ids=["775 792 5916", "Z336241389527"],
       schools=["Ormiston NEW Academy"]),
    _p("s", "sibling", [("Poppy", "Bird")], dt.date(2020, 8, 5), addresses=[HOME_E]),
    _p("m", "mother", [("Leanne", "Sutton")], dt.date(1990, 3, 27), addresses=[HOME_E], phones=["07492 655 638"]),
    _p("f", "father", [("Marek", "Zieliński")], addresses=[DAD_E], phones=["+48 601 274 883"]),
    _p("sf", "partner", [("Jason", "Bird")], dt.date(1987, 7, 7), addresses=[HOME_E], phones=["07930 855 515"]),
], "c")

DOCS_E = [
    ("GP's letter to children's services", """Pendeford Health Centre
[[21 September 2026|date]]
Dear colleague,
Re: [[Harley SUTTON|name]], DOB [[19/12/2013|dob]], NHS No. [[775 792 5916|nhs]], of [[14 Ryefield|address]], [[Pendeford|place]],
[[WV8 1XY|postcode]]
I saw [[Harley|name]] (12) today with his mother, Ms [[Leanne Sutton|name]]. He has lost 4 kg since
his last weight in March and has not attended [[Ormiston NEW Academy|school]] since the start of term. His mother
says he "lives in his room" gaming and will not eat with the family since her partner [[Jason Bird|name]] moved in. [[Harley|name]]
said very little; when his mother left the room he told me "[[Jase|name]] calls me a fat waste of space" and that he wants to live with
his dad, [[Marek|name]], in [[Wrocław|place]]. He has scratches on both forearms which he said were from the cat.
I am worried about emotional harm and possible self-harm. I have referred to CAMHS and am sharing this with you today.
Dr [[Helen Ashby|name]], GP partner ([[01902 546 840|phone]])
cc: [[Leanne Sutton|name]] (with consent); school nurse [[Gail Pountney|name]]; SENCo, [[Ormiston NEW Academy|school]],
[[Marsh Lane|address]],
[[Fordhouses|place]]. Typed by [[Kelly Brough|name]] (KB), [[22/09/2026|date]].
"""),
    ("child's gaming group chat, screenshotted by his mother", """[Discord DMs, photographed on [[Leanne|name]]'s phone,
[[26 September 2026|date]]; handles are kept as they appear]
hxrley_wv8: cant sleep again
[[kuba|name]] (kuba_wro99): hey [[harls|name]]. its 2am here lol
[[kuba|name]] (kuba_wro99): bro u ok? my tata says ur tata called him
hxrley_wv8: yh dad rang from [[wroclaw|place]] he says i can come at xmas
hxrley_wv8: [[jase|name]] threw my headset down the stairs lol
[[kuba|name]] (kuba_wro99): wtf. tell ur mum
hxrley_wv8: she takes his side. [[poppy|name]] is the only one who talks to me
[[Oliver|name]] (olly_pend): come to mine on [[barnhurst lane|address]] tmrw we can play
hxrley_wv8: cant, not allowed out since friday
[[Oliver|name]] (olly_pend): my mum says u can have tea. [[ryefield|address]] isnt far
"""),
]
DOCS_E += [
    ("CAMHS choice appointment letter and clinician's note", """Black Country Healthcare NHS FT - CAMHS [[Wolverhampton|place]] - CHOICE
APPOINTMENT
Patient: [[Harley Sutton|name]]  DOB [[19.12.13|dob]]  NHS [[775 792 5916|nhs]]   Seen: [[13/10/2026|date]]   Clinician:
[[Nisha Chauhan|name]]
[[Harley|name]] attended with mum [[Leanne|name]] and his little sister [[Poppy|name]] (6). Low mood for about a year; worse since
[[Jason|name]] (mum's partner) moved in. Self-harm by scratching, no cutting. No plan. Protective: his dad [[Marek Zieliński|name]]
(he rings from Poland, [[+48 601 274 883|phone]]) and his online friend [[Kuba|name]]; [[Oliver Haines|name]] from school;
nan in [[Codsall|place]].
Plan: CBT 8 sessions from [[3 November|date]]; safety plan shared with school (SENCo Mr [[R Bowen|name]]).
Safety plan (written with [[Harley|name]]): people I can talk to - Dad ([[Marek|name]]), [[Kuba|name]], [[Oliver|name]], Nan [[Sheila|name]]
in [[Codsall|place]] ([[01902 483 916|phone]]), Mr [[Bowen|name]] at school, [[Poppy|name]] (she is 6 but she gets it). Places I feel OK -
Nan's,
[[Oliver|name]]'s house on [[Barnhurst Lane|address]], the library at [[Pendeford|place]]. Next appointment [[27/10/2026|date]]... moved to
[[3/11/2026|date]].
"""),
    ("father's email from abroad to the social worker", """From: [[Marek Zieliński|name]] <[[marek.zielinski@wp.pl|email]]>
To: [[Priya Lockley|name]]
Date: [[28 października 2026|date]]
Subject: My son [[Harley|name]] - please
Dear Mrs [[Lockley|name]],
My name is [[Marek|name]], I am father of [[Harley Sutton|name]] (born [[19 grudnia 2013|dob]]). I live in [[Wrocław|place]],
[[ul. Ogrodowa 7/12|address]],
[[50-213|postcode]] [[Wrocław|place]]. I work as a driver. I was living in [[Wolverhampton|place]],
in [[Pendeford|place]] until 2019 with [[Leanne|name]]. [[Harley|name]] calls me every night and he is very sad. He says [[Jason|name]] is
shouting. I want him to come to me for Christmas, from [[20 December|date]] to [[3 January|date]]. My mother [[Halina|name]] will be at
home also. My phone is [[+48 601 274 883|phone]] (WhatsApp). My English is not perfect, sorry.
[[Marek Zieliński|name]]
-----
Reply, [[29 October 2026|date]], from [[Priya Lockley|name]], social worker, [[Pendeford|place]] and [[Aldersley|place]] team:
Dear Mr [[Zieliński|name]], thank you. I have told [[Harley|name]] you wrote. Before any visit to [[Wrocław|place]] I need to speak with you
by video and with Ms [[Sutton|name]], who has parental responsibility. Could you do Tuesday [[3 November|date]] at 5pm UK time? Please
also send the address where [[Harley|name]] would sleep (is it [[ul. Ogrodowa 7/12|address]] or your mother [[Halina Zielińska|name]]'s
flat in [[Oleśnica|place]]?) and who else lives there. [[Harley|name]] asked me to say "[[Kuba|name]] says hi". Kind regards, [[Priya|name]]
"""),
]
# --- F. Dudley / Walsh family (white British, kinship care), Lanesfield, Bilston ------------------------------------------------

HOME_F = d.Address("6 Ward Grove", "Lanesfield", "Wolverhampton", "WV4 6PN")
MUM_F = d.Address("Room 4, 23 Church Street", "", "Bilston", "WV14 0AX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Walsh")], dt.date(2016, 5, 12), addresses=[HOME_F], ids=["320 257 5724", "Y336212201124"],
       schools=["Lanesfield Primary School"]),
    _p("s", "sibling", [("Lacey", "Walsh")], dt.date(2018, 10, 30), addresses=[HOME_F], ids=["965 025 6415", "T336286165425"]),
    _p("m", "mother", [("Kirsty", "Dudley")], dt.date(1995, 1, 16), addresses=[MUM_F], phones=["07817 244 078"]),
    _p("g", "grandparent", [("Roy", "Dudley")], dt.date(1958, 11, 4), addresses=[HOME_F], phones=["07440 554 749"]),
], "c")

DOCS_F = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (extract: the applicant and the children's relationship)
Applicant: [[Roy Dudley|name]], maternal grandfather, b. [[04/11/1958|dob]], of [[6 Ward Grove|address]], [[Lanesfield|place]],
[[WV4 6PN|postcode]]
Children: [[Kayden Walsh|name]] (b. [[12/05/2016|dob]]) and [[Lacey Walsh|name]] (b. [[30/10/2018|dob]])
Assessor: [[Bernadette Nolan|name]], kinship team. Visits: [[2 Sept|date]], [[16 Sept|date]], [[7 Oct|date]] and [[21 October
2026|date]].
Mr [[Dudley|name]] is 68 and a retired steelworker (the old [[Bilston|place]] steel works, then a foundry in [[Darlaston|place]]). He has
had
[[Kayden|name]] and [[Lacey|name]] since [[14 February 2025|date]], when their mother [[Kirsty Dudley|name]] was arrested in a flat in
[[Coseley|place]] with the children present and heroin paraphernalia. [[Kirsty|name]] now lives in supported housing at [[Room 4,
23 Church Street|address]], [[Bilston|place]], and sees the children at [[Roy|name]]'s on Sundays (supervised by [[Roy|name]]'s
sister, Auntie [[Jean Hickman|name]], from [[Ettingshall|place]]). The children's father, [[Ryan Walsh|name]], is in HMP Oakwood; he
has not asked for contact. [[Kayden|name]] calls his grandad "Pops";
[[Lacey|name]] calls him "Grandad [[Roy|name]]". Neighbours [[Val|name]] and [[Terry Morgan|name]] (at [[number 8|address]]) do the school
run
on [[Roy|name]]'s hospital days.
Finances. Mr [[Dudley|name]]'s state pension and a works pension; NI number [[JK 48 21 93 C|ni]]; [[Kirsty|name]]'s NI [[RT 27 64 10 B|ni]]
(child benefit moved to [[Roy|name]] from [[1 April 2025|date]]). Health: COPD; reviewed by Dr [[Nkemelu|name]] at the [[Lanesfield|place]]
surgery on [[8 October 2026|date]]; two admissions to New Cross ([[3|date]]-[[9 March 2026|date]], [[18 June 2026|date]]).
References: Fr [[Michael Doran|name]] of the Catholic church in [[Bilston|place]] and
Mrs [[Oyelaran|name]], head of [[Lanesfield Primary School|school]].
"""),
    ("foodbank referral voucher", """BILSTON FOODBANK - E-REFERRAL (printed)      Voucher no. BFB-26-30917      Issued: [[09/11/2026|date]]
Referrer: [[Bernadette Nolan|name]], [[Wolverhampton|place]] kinship team, [[bernadette.nolan@wolverhampton.gov.uk|email]]
Client: [[DUDLEY, Roy|name]]     Address: [[6 Ward Grove|address]], [[WV4 6PN|postcode]]     Tel: [[07440 554 749|phone]]
Household: 1 adult, 2 children ([[Kayden|name]] 10, [[Lacey|name]] 8)
Reason: benefit delay (kinship allowance not yet paid; Universal Credit childcare element stopped [[31/10|date]])
Collect from: the centre on [[Mount Pleasant|address]], Tues or Fri 10-12. Dietary: [[Lacey|name]] - no nuts.
Notes: Mr D is proud and will not ask twice. [[Val Morgan|name]] next door may collect on his behalf.
Previous vouchers: [[12/06/2026|date]] ([[Roy Dudley|name]]), [[03/09/2026|date]] ([[Roy Dudley|name]]); a third in a year needs a
manager's note - approved by [[Sue Gwilt|name]], [[09/11/2026|date]]. Delivery not possible ([[Ward Grove|address]] is outside the
driver's round); [[Terry Morgan|name]] will fetch it in his van ([[YX15 HDL|vehicle]]).
"""),
]
DOCS_F += [
    ("education welfare officer's doorstep notes typed on a phone", """EWO notes - [[Lanesfield|place]] - Tues [[17 Nov|date]] - typed on
phone, tidy later
- 0915 [[6 ward grove|address]]. no answer. curtains shut. [[kayden|name]] 71% att, [[lacey|name]] 78%.
- 0925 spoke to neighbour [[val|name]] (no 8). says [[roy|name]] in new cross since sat, chest. kids stopping w/ their mum?? at
[[church st|address]]
- 0940 rang [[kirsty|name]] [[07817 244 078|phone]], no ans. rang [[roy|name]] [[07440 554 749|phone]] - answered from ward, confirmed
kids w auntie [[jean|name]]
  in [[ettingshall|place]] NOT with mum. [[jean|name]]'s no [[01902 345 127|phone]]
- 1010 [[lanesfield primary|school]]: kids both in by 0950, late mark. told head Mrs [[Oyelaran|name]].
- action: tell SW [[bernie|name]]. dont escalate to fines - grandad in hosp.
- Wed [[18 Nov|date]] 0850 [[hickman|name]] house, [[14 Dovedale Road|address]], [[ettingshall|place]] [[wv4 6qg|postcode]]: [[jean|name]]
driving kids to
  school in her car ([[FV62 OEW|vehicle]]). [[lacey|name]] had no reading book, [[kayden|name]] no PE kit. both fine, chatty.
  [[kayden|name]] said grandad is coming home on fri [[20th|date]].
- Fri [[20 Nov|date]] rang [[roy|name]], home, tired. [[val|name]] doing shopping. [[kirsty|name]] rang school asking for [[lacey|name]]'s
  photo order, told Mrs [[Oyelaran|name]] she is "[[kirsty dudley|name]], [[lacey walsh|name]]'s mum".
"""),
    ("family group conference plan written in the family's own words", """OUR FAMILY PLAN - for [[Kayden|name]] and [[Lacey|name]]
Family group conference, [[25 November 2026|date]], Bilston Town Hall
Coordinator: [[Imran Qureshi|name]] (independent)
Who came: Grandad [[Roy|name]]; Mum ([[Kirsty|name]]); Auntie [[Jean|name]] and Uncle [[Derek Hickman|name]]; [[Val|name]] and
[[Terry|name]] (next door);
[[Kirsty|name]]'s cousin [[Stacey Parkes|name]] from [[Sedgley|place]]; and on the phone [[Kayden|name]]'s godmother [[Michelle|name]]
from [[Rhyl|place]].
What we are worried about: Grandad being poorly and the kids having nowhere to go. Mum staying clean.
Our plan:
1. If Grandad goes in hospital, the kids go to Auntie [[Jean|name]]'s in [[Ettingshall|place]] (not [[Church Street|address]]).
[[Jean|name]] has a key.
2. [[Stacey|name]] will do tea on Wednesdays and take [[Lacey|name]] to Brownies at the church in [[Sedgley|place]].
3. [[Kirsty|name]] will see the kids on Sundays at Grandad's and on [[Lacey|name]]'s birthday ([[30th October|date]]) and Christmas Day.
4. [[Terry|name]] will fix the back door and the smoke alarm by [[1 December|date]].
5. [[Kayden|name]] wants to go to the Wolves v Villa game with Uncle [[Derek|name]] on Saturday [[12th|date]]
Signed by everybody. Review: [[20 January 2027|date]].
Phone list: Grandad [[Roy|name]] [[07440 554 749|phone]]; [[Kirsty|name]] [[07817 244 078|phone]]; Auntie [[Jean|name]]
[[01902 345 127|phone]];
[[Stacey|name]] [[07563 534 348|phone]]; [[Val|name]] and [[Terry|name]] - knock at [[number 8|address]]; [[Michelle|name]] in
[[Rhyl|place]]
[[07534 579 091|phone]]; [[Imran|name]] (coordinator) [[01902 483 916|phone]]; social worker [[Bernadette Nolan|name]] ("[[Bernie|name]]").
"""),
]
_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 146 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:37 UTC, read since)"
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "sgt", "pastor", "nan", "nana", "nanna", "grandad", "grandma",
           "auntie", "aunty", "uncle", "mum", "mummy", "mam", "dad", "daddy", "me", "our", "dayi", "maman", "baba", "tata", "pops",
           "fr", "father"}
_AFTER = {"bhai", "baji", "khanum", "jan", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "united kingdom", "west midlands", "the black country",
               "black country", "staffordshire", "shropshire", "jamaica", "poland", "pakistan", "punjab", "iran", "canada",
               "ontario", "europe"}

# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor Emmanuel",
# "Dayi Kourosh", "Auntie Jean", "Nana Marcia"; and after one: "Yousaf bhai", "Nasreen baji", "Parvin khanum", "nika jan") and
# counties, regions and countries ("Jamaica", "Poland", "Pakistan", "Iran", "the Black Country").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts

if __name__ == "__main__":
    _SET.main()
