"""Set 109: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set106.py, redaction_set107.py and redaction_set108.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: the first 230 and the last 120 lines of
bench/redaction_set21.py (its docstring, first record and document, last documents, word lists and checker set-up; the
layout and marking conventions followed here) and tests/test_redaction_set21.py in full, the docstrings of
bench/redaction_set7.py to redaction_set105.py (printed alone, and searched only for town and community names, to see which
towns and communities earlier sets used), the module docstring and the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in the east Durham coalfield and north-west Durham, each from a village no earlier set (7 to 105) used as a
family's home: a white British family in Wheatley Hill with a grandmother in Thornley and a father's mother in Haswell
(Hutchinson / Armstrong; a bruise to a boy of 7, a mother's partner who drinks and punches doors, a girl of 12 who bolts
her own door); a Zaghawa family from Darfur in Blackhall Colliery (Abakar / Haroun; a girl of 14 told she will go to
Chad in the Easter holidays to meet the man she will marry, a mother who is against it, names in Arabic script); a Mizo
family from Mizoram in Annfield Plain (Ralte; a healthcare assistant on a work visa, a father gone back to Aizawl, a girl
of 5 found outside at 07:10 when a friend overslept, a church network in Newcastle); a white British family in Shotton
Colliery with a grandmother in Wingate (Tate / Fenwick; a young mother, a toddler who swallowed a tablet, a father
breaching bail); a white British family in Craghead with a father in South Moor (Robson / Dunn; a girl of 15 going
missing and exploited from a flat in Chester-le-Street); and a boy of 13 from Dipton in foster care in Castleside
(Wilkinson / Pratt). Both the Zaghawa and the Mizo communities are new to these sets. Documents (24,
four a family, each in its own style): a social worker's home visit case note, a mother's texts typed up,
strategy discussion minutes, a grandmother's voicemail transcribed by a duty worker; a school DSL's referral, interpreter-assisted visit
notes typed fast on a phone, a council solicitor's planning note
for a forced marriage protection order, a translated Arabic voice note from an aunt; a child and family assessment's
analysis, a Mizo mothers' WhatsApp group in Mizo and English with a translation, a nursery's letter, an out-of-hours duty
log entry; a multi-agency chronology, a grandmother's handwritten letter scanned with OCR errors ("Ca1lum", "Peter1ee",
"l5th", "Novemher"), a health visitor's contact record, a father's Messenger messages screenshotted and typed up;
initial child protection conference minutes, an email chain between school, police, social worker and mother, a
return home interview after a missing episode, a younger brother's drawing written up by a family support worker; a
looked-after review report, a foster carer's daily record form, the boy's own consultation form, and an independent
visitor's monthly note.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (phonenumbers), UK and foreign
(Chad, India); NHS numbers and UPNs (LA 840) pass their check digits. Councils are invented (Limestone Coast, Derwent
Dene); towns, villages, estates, real schools, hospitals, GP practices, police forces, charities, shops, clubs and apps are
real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and
kinship words (Mr, Mrs, Miss, Dr, DC, Nana, Grandad, Sheikh, and the Mizo "Pi" and "Pu", used as Mrs and Mr) stay outside
the name span; every person's name is a name in every form, record or not, lower case included; "SURNAME, First" is one
span, and so are "First SURNAME", an initial with a surname and a first name with an initial after it ("L Pinkney",
"Mary L", "Jaxon W"); a street address is one span, its town a place, its postcode a postcode; a neighbour's bare house
or flat number ("no. 16", "27", "Flat 3") is an address; towns, villages and districts are places at home or abroad;
countries, states and regions (Sudan, Darfur, Chad, India, Mizoram) are not; organisations are not marked even when they
hold a town's name (Wingate Medical Centre, Shotton Colliery Surgery, Oxhill Medical Group, Durham Constabulary, Consett
AFC, Castle Taxis, Hartlepool Hospital, Harbour, Word360, the Welfare Hall), and a ground (Belle Vue) is a landmark; a
school's name and short form is a school; a service named by its town ("Peterlee locality team", "Stanley Family Hub")
marks the town; a date of birth is dob and any other date with a day is date, the weekday outside, a bare day
("16th", "25th") its own date span; months and years alone are not marked; helplines and 999/101 are not marked; pets
(Tyson, Bella) are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR errors inside a
name, place or date ("Ca1lum", "Peter1ee", "l5th", "20th Novemher 2026") are marked as what they are; a WhatsApp group's
title naming a people and a region ("Mizo Nu-te NE") is not marked; a nickname ("Remi", "Sangi", "Puia", "Ruata",
"Tazz", "Brookie", "Den", "Al") is a name; "Hart" (the village near Hartlepool) is a place; "Easington Lane" and
"Pelton Fell" are places; the foster home's house name with its street ("Ladycroft, Front Street") is one address; a nursery chain's branch
named with its town ("Busy Bees Peterlee") is a school, whole; a person's nickname that is a word ("Biscuit", a man) is a
name; a kunya's "Um" ("Um Ibrahim", Ibrahim's mother) is a kinship word and stays outside; names written in Arabic script
("حواء هارون", "خديجة أبكر") are names; attractions and walks
(Beamish, the Derwent Walk, the Stadium of Light, Belle Vue) are landmarks; a month named as a festival (Ramadan) is not a
name; a GP practice named after towns ("Blackhall and Peterlee Practice") is an organisation; a partial registration
("YF6") is not a vehicle.

Self-check without the detector: `python -m bench.redaction_set109` (and tests/test_redaction_set109.py) runs set 15's
checker (which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
904 gold spans, 515 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hutchinson / Armstrong family (white British), Wheatley Hill ---------------------------------------------------

HOME_A = d.Address("14 Durham Street", "Wheatley Hill", "Durham", "DH6 3RJ")
NAN_A = d.Address("6 Cemetery Road", "Thornley", "Durham", "DH6 3DW")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Armstrong")], dt.date(2019, 6, 4), addresses=[HOME_A], ids=["4821937654"],
       schools=["Wheatley Hill Community Primary School"]),
    _p("s", "sibling", [("Ellie-Mae", "Hutchinson")], dt.date(2014, 2, 17), addresses=[HOME_A],
       ids=["4716220389", "N840234116201"]),
    _p("m", "mother", [("Shannon", "Hutchinson")], dt.date(1995, 9, 28), addresses=[HOME_A], phones=["07852 641 930"],
       ids=["JH 42 81 07 B"]),
    _p("f", "father", [("Lewis", "Armstrong")], dt.date(1993, 1, 9), addresses=[HOME_A], phones=["07913 284 576"]),
    _p("g", "grandparent", [("Carol", "Hutchinson")], dt.date(1968, 4, 2), addresses=[NAN_A], phones=["0191 518 2203"]),
    _p("p1", "professional", [("Gemma", "Tweddle")], phones=["07765 302 148"], emails=["gemma.tweddle@limestonecoast.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Kaiden ARMSTRONG|name]]   DOB [[04/06/2019|dob]]   NHS [[482 193 7654|nhs]]
Address: [[14 Durham Street|address]], [[Wheatley Hill|place]], [[DH6 3RJ|postcode]]
Date of visit: Thursday [[12 November 2026|date]], 15:40-16:55      Worker: [[Gemma Tweddle|name]] (SW, [[Peterlee|place]] locality team)
Present: [[Shannon Hutchinson|name]] (mother), [[Kaiden|name]], [[Ellie-Mae|name]] (12), and a neighbour, [[Tracey Bell|name]] from
[[no. 16|address]], who left soon after I arrived.

Purpose: follow-up to the school's referral of [[9 November|date]] ([[Kaiden|name]] came in with a bruise to his left cheek and
said "[[Lewis|name]] done it by accident").

Observations: house warm, tidy downstairs. Two Staffies (Tyson and Bella) shut in the yard. Kitchen had food in. Upstairs,
[[Kaiden|name]]'s room has a bed with no sheet and a pile of wet clothes; a hole in the door at fist height which [[Shannon|name]]
said was "from before". [[Ellie-Mae|name]]'s room is locked from inside with a bolt she fitted herself "because of [[Kai|name]]
getting my stuff".

[[Shannon|name]] said [[Lewis|name]] is "stopping at his mam's in [[Haswell|place]]" since Monday after they argued. She said the
bruise happened when [[Lewis|name]] was play fighting on the settee. She said her mam, [[Carol|name]], in [[Thornley|place]], has
the kids most weekends and is "the only one who helps". She mentioned a friend, [[Jodie Raine|name]], from [[Shotton|place]], who
she goes to bingo with at the Welfare Hall on a Friday.

[[Ellie-Mae|name]] spoke to me alone in the yard. She said [[Lewis|name]] "gets angry when he's had a drink" and shouts at Mam,
and that she takes [[Kaiden|name]] up to her room when it starts. She wants to live with Nana [[Carol|name]]. She said her friend
[[Lacey|name]] knows and "her mam said to tell someone". She asked me not to tell [[Lewis|name]] she said it.

[[Kaiden|name]] (7) was shy, showed me his Pokémon cards, said [[Lewis|name]] "threw the remote". He said his teacher Miss
[[Errington|name]] is "the best".

Actions: strategy discussion requested with Durham Constabulary for [[13/11/2026|date]]; speak to Nana [[Carol Hutchinson|name]]
([[0191 518 2203|phone]]) and to the father's mother, Mrs [[Brenda Armstrong|name]], at [[2 Front Street|address]],
[[Haswell|place]]; GP check with Wingate Medical Centre; school ([[Wheatley Hill Community Primary|school]]) to do a welfare
check on Monday [[16th|date]].
[[G. Tweddle|name]], [[12.11.26|date]]

Addendum, [[13.11.26|date]]: rang Mrs [[Brenda Armstrong|name]] ([[07913 284 578|phone]]). She said [[Lewis|name]] has been with her at
[[2 Front Street|address]], [[Haswell|place]] ([[DH6 2DR|postcode]]) "on and off", that he works for [[Gary Hindson|name]]'s scaffolding
firm in [[Seaham|place]] and that his brother [[Dale Armstrong|name]] lives in [[Murton|place]]. She said [[Shannon|name]] "winds him up"
and that her grandson [[Kaiden|name]] "is the apple of his eye". Spoke to [[Tracey Bell|name]] ([[16 Durham Street|address]]) on the
doorstep: she has heard "banging and screaming" about once a week since August and once saw [[Ellie-Mae|name]] sitting on the back step at
midnight. Her partner [[Rob Bell|name]] once went round.
"""),
    ("mother's texts to the social worker, typed up for the file", """Texts from [[Shannon|name]] ([[07852 641 930|phone]]) to
[[Gemma|name]]'s work mobile ([[07765 302 148|phone]]),
typed up by [[Gemma Tweddle|name]] on [[20 November 2026|date]]. Spelling as sent.

[[14/11/2026|date]] 21:14  [[shannon|name]]: [[gemma|name]] its [[shannon|name]] [[kaiden|name]]'s mam. [[lewis|name]] is outside
the house shouting he wants to see [[kai|name]]. i havnt let him in
[[14/11/2026|date]] 21:16  [[shannon|name]]: hes saying hes going to his mams in [[haswell|place]] then coming back with his
brother [[dale|name]]
[[14/11/2026|date]] 21:31  [[Gemma|name]]: [[Shannon|name]], if you feel unsafe ring 999 now. I am not on shift; the out of
hours team is 03000 267 979.
[[14/11/2026|date]] 21:40  [[shannon|name]]: police came. they took him. my mam is coming from [[thornley|place]]
[[15/11/2026|date]] 09:02  [[shannon|name]]: [[ellie|name]] stayed at [[lacey|name]]s in [[wheatley hill|place]] last night she
was crying
[[15/11/2026|date]] 09:05  [[shannon|name]]: [[lacey|name]]'s mam is [[donna|name]] [[07447 918 235|phone]] if you need her
[[17/11/2026|date]] 13:22  [[shannon|name]]: ive got an appointment with [[Rachel|name]] from Harbour on wed [[25th|date]] at the
childrens centre in [[Peterlee|place]]
[[17/11/2026|date]] 13:24  [[Gemma|name]]: That's great. Is your mam able to have [[Kaiden|name]] that day?
[[17/11/2026|date]] 13:30  [[shannon|name]]: yeah nana [[carol|name]] has him. [[lewis|name]] is stopping at [[44 Wordsworth
Avenue|address]] in [[blackhall|place]] now with his mate [[Stevie|name]] thats what his mam says
[[19/11/2026|date]] 18:02  [[shannon|name]]: [[kai|name]] asking for [[lewis|name]]. is he allowed to ring him. [[ellie|name]] says no way
[[19/11/2026|date]] 18:10  [[Gemma|name]]: Not yet please, I'll talk to you both tomorrow. Is [[Ellie|name]] ok?
[[19/11/2026|date]] 18:25  [[shannon|name]]: shes at nana [[carol|name]]s in [[thornley|place]] again. shes got a new friend [[Mya|name]]
from
[[Wellfield|school]] who lives in [[wingate|place]]
[[20/11/2026|date]] 08:40  [[shannon|name]]: sorry for all the texts [[gemma|name]] x
"""),
]


# --- B. Abakar / Haroun family (Zaghawa, from Darfur), Blackhall Colliery ----------------------------------------------

HOME_B = d.Address("29 Seventh Street", "Blackhall Colliery", "Hartlepool", "TS27 4EY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mariam", "Abakar")], dt.date(2012, 10, 3), addresses=[HOME_B], ids=["6193054278", "A840231122305"],
       schools=["St Joseph's Catholic Academy"]),
    _p("s", "sibling", [("Yousif", "Abakar")], dt.date(2017, 5, 21), addresses=[HOME_B], ids=["7334158628"]),
    _p("m", "mother", [("Hawa", "Haroun")], dt.date(1990, 3, 1), addresses=[HOME_B], phones=["07584 620 913"]),
    _p("f", "father", [("Adam", "Abakar")], dt.date(1984, 1, 1), addresses=[HOME_B], phones=["07931 507 264"]),
    _p("p1", "professional", [("Laura", "Pinkney")], phones=["07412 883 105"], emails=["laura.pinkney@limestonecoast.gov.uk"]),
], "c")

DOCS_B = [
    ("school designated safeguarding lead's referral to the front door", """REQUEST FOR SUPPORT / REFERRAL - FIRST CONTACT SERVICE
Referrer: Mr [[Paul Coxon|name]], DSL, [[St Joseph's Catholic Academy|school]] ([[St Joseph's, Blackhall|school]])
Date: Tuesday [[3 November 2026|date]]
Child: [[ABAKAR, Mariam|name]]   DOB: [[03.10.2012|dob]]   UPN: [[A840231122305|upn]]
Address: [[29 Seventh Street|address]], [[Blackhall Colliery|place]], [[TS27 4EY|postcode]]
Parents: [[Adam Abakar|name]] (father, [[07931 507 264|phone]]), [[Hawa Haroun|name]] (mother, [[07584 620 913|phone]]; speaks
Zaghawa and Sudanese Arabic, some English)
Other child in household: [[Yousif|name]] (9), at [[Blackhall Colliery Primary|school]]

Reason for referral: on [[2/11/26|date]] [[Mariam|name]] told her form tutor, Mrs [[Dobson|name]], that her father has said she
will go to [[N'Djamena|place]] in the Easter holidays to "meet the family of the man I will marry". She said her aunt [[Khadija|name]]
([[+235 66 24 81 37|phone]]) lives in [[Abéché|place]] and has "arranged everything". She showed a photo on her phone of a man
she called "[[Ibrahim|name]]", who she thinks is about 30. She was tearful and asked if the school could "keep my passport".

She said her mother does not want this and cried on the phone to her sister in [[Khartoum|place]]. [[Mariam|name]]'s friend
[[Chloe Stonehouse|name]] (Y9) was with her and said [[Mariam|name]] has talked about it "since summer".

Attendance 91%. No previous concerns. [[Mariam|name]] wants to be a doctor. She goes to Arabic and Qur'an class on Saturdays at the
mosque in [[Hartlepool|place]] with [[Yousif|name]]; the teacher there is Sheikh [[Abdelrahim|name]].

Consent: not sought (risk of forced marriage; parents not told, per guidance). Police (Durham Constabulary) and the Forced
Marriage Unit informed on [[3 Nov|date]].
Signed [[P. Coxon|name]]

Previous school information: [[Mariam|name]] joined from [[Bede Academy|school]], [[Blyth|place]] on [[4 September 2023|date]] (family
lived at [[Flat 12, Cowpen Road|address]], [[Blyth|place]], [[NE24 5TX|postcode]] after leaving the hotel in [[Wakefield|place]]). Before
that the family were in [[Tiné|place]] and then a camp near [[Farchana|place]] in Chad. Her EAL teacher at [[Bede|school]],
Mrs [[Sarah Hails|name]], described her as "exceptional". [[Yousif|name]] was at [[Morpeth Road Primary|school]].
GP: Blackhall and Peterlee Practice. Emergency contact on school system: [[Adam Abakar|name]] [[07931 507 264|phone]]; second
contact: Mrs [[Lumsden|name]] (neighbour) - we have asked mum for a second family contact.
"""),
    ("interpreter-assisted home visit notes typed fast on a phone", """visit notes [[5/11|date]] - [[L Pinkney|name]] w/ interp
[[Amna|name]] (Zaghawa/Arabic, via Word360) - typed on phone in car,
tidy later!!
- [[29 Seventh St|address]] [[blackhall|place]], mum [[Hawa|name]] + [[yousif|name]] home, dad at work (Hartlepool Hospital, porter)
- mum says "no marriage, [[Mariam|name]] is a child" - very clear. says [[Adam|name]]'s sister [[Khadija|name]] in [[abeche|place]]
pushing it, dad "listens to her"
- mum wrote her name for me in arabic: [[حواء هارون|name]]; the girl: [[مريم|name]]
- mum's brother [[Suleiman Haroun|name]] lives in [[Leeds|place]], [[Harehills|place]], [[07368 245 910|phone]] - she trusts him
- neighbours: Mrs [[Pat Lumsden|name]] next door at [[27|address]], helps with letters
- passports: mum says in a drawer, dad has key. [[yousif|name]] showed me his Sudan football shirt, chatty
- mum's old address in [[Nyala|place]], Darfur (for the file): near the hospital, no street names
- safety plan: mum will ring me [[07412 883 105|phone]] or 999; FMPO being considered by legal - call [[Dave Rutter|name]] tmrw
- next: strat [[6.11.26|date]] 10am [[Peterlee|place]] police station
- rang [[Suleiman|name]] after (no interp) - he says he will come up from [[leeds|place]] sat, staying w/ friend [[Osman Tahir|name]] in
[[Hartlepool|place]] ([[Owton Manor|place]]). His wife [[Fatima|name]] [[07412 883 107|phone]]
- dad rang me 16:40 angry: "who is [[Laura|name]]?? [[Mariam|name]] is my daughter". said he will "take her to [[Khartoum|place]] not
[[N'Djamena|place]] then". logged + told DS [[Karen Welsh|name]]
"""),
]


# --- C. Lalremruati / Zothanpuia family (Mizo, from Mizoram), Annfield Plain ------------------------------------------

HOME_C = d.Address("8 Kip Hill Court", "Annfield Plain", "Stanley", "DH9 7UB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Lalthansangi", "Ralte")], dt.date(2021, 8, 14), addresses=[HOME_C], ids=["4071283599"],
       schools=["Little Acorns Nursery"]),
    _p("m", "mother", [("Lalremruati", "Ralte")], dt.date(1994, 12, 5), addresses=[HOME_C], phones=["07506 118 472"]),
    _p("f", "father", [("Zothanpuia", "Ralte")], dt.date(1991, 7, 30), addresses=[HOME_C], phones=["+91 98621 45037"]),
    _p("p1", "professional", [("Sophie", "Maddison")], emails=["sophie.maddison@derwentdene.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment, analysis section", """CHILD AND FAMILY ASSESSMENT - ANALYSIS AND PLAN (extract)
Child: [[RALTE, Lalthansangi|name]] (known as "[[Sangi|name]]")   DOB [[14 August 2021|dob]]   NHS [[407 128 3599|nhs]]
Home: [[8 Kip Hill Court|address]], [[Annfield Plain|place]], [[DH9 7UB|postcode]]    Assessor: [[Sophie Maddison|name]]
Completed: [[27 November 2026|date]]

[[Sangi|name]] lives with her mother, [[Lalremruati Ralte|name]] ("[[Remi|name]]" to friends), who came from [[Aizawl|place]] in
Mizoram in [[March 2024|date]] on a Health and Care Worker visa as a healthcare assistant at University Hospital of North Durham.
Her father, [[Zothanpuia|name]] ("[[Puia|name]]"), went back to [[Aizawl|place]] in August to look after his own father and has
not returned; he calls from India on [[+91 98621 45037|phone]]. [[Lalremruati|name]] works long days and nights. On [[4 October|date]]
[[Sangi|name]] (then 5) was found by a neighbour, Mr [[Ken Lowes|name]] of [[Flat 3|address]], outside the block at 07:10 in her
nightdress, looking for her mum, who had left for a 07:00 shift believing a friend, [[Mary Lalhmingliani|name]], would come at 06:45.
[[Mary|name]] overslept.

Strengths: [[Sangi|name]] is loved, clean, well fed, and doing well at [[Little Acorns|school]] in [[Catchgate|place]], where her
key person, [[Beth Peart|name]], describes her as "bright and bossy in the best way". The Mizo church group that meets in
[[Newcastle|place]] (at a church hall in [[Fenham|place]]) is close and practical: [[Rosangpuii|name]] and her husband
[[Vanlalruata|name]] have offered to have [[Sangi|name]] on night shifts, as has [[Mary|name]].

Worries: no second adult in the house; a mother who is exhausted and isolated in a village with no bus before 06:30; her fear that
contact with children's services will cost her the visa; [[Sangi|name]]'s father's absence.

Plan: child in need plan; a written childcare rota with names and numbers; a referral to the [[Stanley|place]] Family Hub; the
nursery's breakfast club from [[1 December|date]]; review on [[19/01/2027|date]].

Network (names and numbers confirmed [[25/11/2026|date]]): [[Rosangpuii Khiangte|name]], [[Fenham|place]], [[07840 316 553|phone]];
[[Vanlalruata Khiangte|name]] ("[[Ruata|name]]"), same address, [[14 Brighton Grove|address]], [[Newcastle upon Tyne|place]],
[[NE4 5NS|postcode]]; [[Mary Lalhmingliani|name]], [[Ushaw Moor|place]], [[07840 316 552|phone]]; [[Zoremi Sailo|name]] ("Pi
[[Zoremi|name]]"), [[Consett|place]]. Father: [[Zothanpuia Ralte|name]], [[Chaltlang|place]], [[Aizawl|place]], [[+91 98621 45037|phone]];
his father, [[Lalthanzuala Ralte|name]], is in hospital in [[Aizawl|place]]. Mother's sister [[Lalnunmawii|name]] is a nurse in
[[Coventry|place]] and has offered to come for Christmas.
"""),
    ("family group chat in Mizo and English, typed up and translated", """WhatsApp group "Mizo Nu-te NE" (Mizo mothers in the North East)
- messages [[4 Oct 2026|date]], copied by [[Lalremruati|name]]
for the social worker, translation in brackets by [[Rosangpuii|name]]

[[Remi|name]]: Ka fanu [[Sangi|name]] chu [[Mary|name]] a lo kal lo, a pawnah a chhuak ta. Ka tap hle
       (My daughter [[Sangi|name]] - [[Mary|name]] didn't come, she went outside. I am crying)
[[Mary L|name]]: Ka ngaidam rawh, ka muthilh palh. Ka tlan mek
       (Forgive me, I overslept. I am running now)
[[Rosangpuii|name]]: [[Remi|name]] don't cry. [[Ruata|name]] can come from [[Benwell|place]] tonight and every night shift
Pi [[Zoremi|name]]: Ka tawngtaisak ang che. [[Sangi|name]] can stay with me in [[Consett|place]] on Saturdays
       (I will pray for you.)
[[Remi|name]]: Ka lawm e. Shift on Tues [[6th|date]] and Wed [[7th|date]] - who can do 6.30am? 🙏
[[Mary L|name]]: Me. I will sleep at yours the night before, no more oversleeping!! my new number [[07840 316 552|phone]]
[[Rosangpuii|name]]: Pu [[Ruata|name]] will drive [[Sangi|name]] to [[Little Acorns|school]] on Thursday
[[Remi|name]]: Thank you [[Puii|name]] 🙏 and [[Ruata|name]]. [[Puia|name]] called from [[Aizawl|place]], his Pa is a bit better
Pi [[Zoremi|name]]: Lawmawm e! Sunday service at [[Fenham|place]] 2pm, [[Sangi|name]] can sit with my granddaughter [[Mawii|name]]
[[Mary L|name]]: [[Sangi|name]] told me she wants to be a nurse like her mum 😂
"""),
]


# --- D. Tate / Fenwick family (white British), Shotton Colliery, with a grandmother in Wingate -------------------------

HOME_D = d.Address("3 Bevan Crescent", "Shotton Colliery", "Durham", "DH6 2NA")
NAN_D = d.Address("11 Moor Lane", "Wingate", "Durham", "TS28 5EQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Harley", "Tate")], dt.date(2024, 11, 2), addresses=[HOME_D], ids=["6529174036"]),
    _p("m", "mother", [("Chelsea", "Tate")], dt.date(2005, 6, 12), addresses=[HOME_D], phones=["07412 883 106"],
       ids=["TJ 71 30 52 C"]),
    _p("f", "father", [("Callum", "Fenwick")], dt.date(2003, 3, 18), phones=["07584 620 914"]),
    _p("g", "grandparent", [("Maureen", "Tate")], dt.date(1962, 8, 25), addresses=[NAN_D], phones=["0191 586 4417"]),
], "c")

DOCS_D = [
    ("multi-agency chronology", """CHRONOLOGY - [[Harley TATE|name]] (DOB [[02/11/2024|dob]], NHS [[652 917 4036|nhs]])
[[3 Bevan Crescent|address]], [[Shotton Colliery|place]], [[DH6 2NA|postcode]]       Compiled by [[Naomi Kirtley|name]], SW,
[[18 Nov 2026|date]]

Date         | Source        | Event
[[02.11.2024|date]]   | Midwifery     | [[Harley|name]] born at University Hospital of North Tees; mother [[Chelsea Tate|name]] aged 19.
[[14.01.2025|date]]   | Health visitor| [[Angela Ridley|name]] HV: home clean, mother low in mood; father [[Callum Fenwick|name]] not
present.
[[30.05.2025|date]]   | Police        | Argument at [[Wingate|place]] address ([[11 Moor Lane|address]]), [[Callum|name]] arrested, NFA.
[[21.09.2025|date]]   | GP            | [[Chelsea|name]] seen at Shotton Colliery Surgery, sertraline started.
[[08.03.2026|date]]   | ED            | [[Harley|name]] (16 months) brought to Sunderland Royal by grandmother [[Maureen Tate|name]] after
                               swallowing a tablet (mother's sertraline). Discharged next day.
[[09.03.2026|date]]   | Hospital SW   | Referral by [[Liam Oxley|name]], hospital social worker.
[[26.06.2026|date]]   | Police        | [[Callum|name]] seen at the house breaching bail; taken to [[Peterlee|place]] custody.
[[02.10.2026|date]]   | Nursery       | Bump to forehead, mother said a fall at the park in [[Easington Lane|place]].
[[15.11.2026|date]]   | Neighbour     | Anonymous caller (believed to be [[Sandra Wake|name]], [[no. 5|address]]) said a baby crying
                               for hours and a man shouting "[[Chels|name]]".
[[17.11.2026|date]]   | Children's SC  | Visit by [[Naomi Kirtley|name]]; [[Chelsea|name]] says [[Callum|name]] stays at his mother's,
                               Mrs [[Lorraine Fenwick|name]], [[9 Office Street|address]], [[Easington Colliery|place]]
([[SR8 3LN|postcode]]).
[[18.11.2026|date]]   | Nursery       | [[Busy Bees Peterlee|school]]: [[Harley|name]] absent 4 days; manager [[Tina Burn|name]] rang
mother.
[[20.11.2026|date]]   | Family        | Letter from grandmother [[Maureen Tate|name]] (see file) offering care in [[Wingate|place]].
[[21.11.2026|date]]   | Police        | PC [[Dan Hutchinson|name]] (no relation) attended [[3 Bevan Crescent|address]] 01:10;
[[Callum|name]]
                               gone on arrival; [[Chelsea|name]] declined DASH. Her friend [[Jade Liddle|name]] stayed.
"""),
    ("grandmother's handwritten letter, scanned with OCR errors", """[scanned letter, OCR text, errors left as scanned]
[[11 Moor Lane|address]]
[[Wingate|place]]
[[TS28 5EQ|postcode]]
[[20th Novemher 2026|date]]

Dear Mrs [[Kirtley|name]]
I am writeing about my grandson [[Harley|name]] and my daughter [[Chelsea|name]]. I am not a grass but I have to say
something. [[Ca1lum|name]] is back at the house every night and [[Chelsea|name]] is frightened of him, she rang me at 2 in
the morning on Sunday [[l5th|date]] crying. I went up in a taxi (the driver was [[Geoff|name]] from Castle Taxis he knows
us). [[Harley|name]] was in his cot wet through.
I can have [[Harley|name]] here with me. I have a spare room since my husband [[Brian|name]] passed. My other daughter [[Kerry
Tate|name]] in [[Peter1ee|place]] will help and her lad [[Connor|name]] is 16 and good with babys.
My number is [[0191 586 4417|phone]] I am in most days except Tuesday when I go to [[Hart|place]] to see my sister [[Ivy|name]].
Yours sincerly
[[Maureen Tate|name]] (Mrs)
"""),
]


# --- E. Robson / Dunn family (white British), Craghead, with a father in South Moor -------------------------------------

HOME_E = d.Address("21 Edward Street", "Craghead", "Stanley", "DH9 6DX")
DAD_E = d.Address("7 Quarry Road", "South Moor", "Stanley", "DH9 7QS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Brooke", "Robson")], dt.date(2011, 4, 9), addresses=[HOME_E], ids=["5483061721", "Q840220419104"],
       schools=["Tanfield School"]),
    _p("s", "sibling", [("Riley", "Dunn")], dt.date(2016, 12, 1), addresses=[HOME_E], ids=["3917742055"]),
    _p("m", "mother", [("Nicola", "Dunn")], dt.date(1987, 10, 22), addresses=[HOME_E], phones=["07852 641 931"]),
    _p("f", "father", [("Craig", "Robson")], dt.date(1985, 2, 3), addresses=[DAD_E], phones=["01207 283 519"]),
    _p("p1", "professional", [("Hannah", "Brass")], emails=["hannah.brass@derwentdene.gov.uk"]),
], "c")

DOCS_E = [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Held: Wednesday [[25 November 2026|date]], 10:00, Civic Centre, [[Stanley|place]] (and on Teams)
Chair: [[Raj Kaur-Bell|name]] (IRO)      Minutes: [[Lindsay Hume|name]]
Children: [[Brooke ROBSON|name]] ([[09/04/2011|dob]]), [[Riley DUNN|name]] ([[01/12/2016|dob]])
Address: [[21 Edward Street|address]], [[Craghead|place]], [[DH9 6DX|postcode]]

Present: [[Nicola Dunn|name]] (mother); [[Craig Robson|name]] (father of [[Brooke|name]]; by phone from [[South Moor|place]]);
[[Hannah Brass|name]] (SW); [[Mark Lister|name]] (Head of Year 10, [[Tanfield School|school]]); [[Jo Pattinson|name]] (school
nurse); DC [[Sam Heslop|name]] (Durham Constabulary); [[Ruth Allan|name]] (Headteacher, [[Craghead Primary|school]]).
Apologies: Dr [[Fiona Greenwell|name]] (GP, Oxhill Medical Group).

1. Reasons for conference
[[Hannah|name]] explained that [[Brooke|name]] (15) disclosed on [[6 November|date]] that she has been going to a flat in
[[Chester-le-Street|place]] with older boys and a man known as "[[Tazz|name]]" (believed to be [[Tarik Ahmed|name]], 24), been given
vodka and cannabis, and been sent home in taxis at 3am. She was reported missing on [[8/11|date]], [[12/11|date]] and
[[14/11|date]] and found on the [[14th|date]] at [[Front Street|address]], [[Pelton Fell|place]].

2. School: Mr [[Lister|name]] said attendance has fallen to 62%. [[Brooke|name]]'s friend [[Tegan|name]] has also been missing.
[[Riley|name]] (9) is settled at [[Craghead Primary|school]]; Mrs [[Allan|name]] said he has said "[[Brookie|name]] cries at night".

3. Mother: [[Nicola|name]] said she works at the Tesco in [[Stanley|place]] until 10 pm and her partner [[Jason Wardle|name]] is
at the house. She said [[Jason|name]] is "good with [[Riley|name]]" but [[Brooke|name]] "can't stand him".

4. Father: [[Craig|name]] said [[Brooke|name]] can live with him at [[7 Quarry Road|address]], [[South Moor|place]]
([[DH9 7QS|postcode]]), tel. [[01207 283 519|phone]].

Decision: both children subject to a child protection plan, category: neglect ([[Brooke|name]] also at risk of criminal and
sexual exploitation). Review conference: [[17 February 2027|date]].

Actions: [[Hannah Brass|name]] - core group by [[9 December|date]], at the school; DC [[Heslop|name]] - disruption of the address in
[[Chester-le-Street|place]] and the vehicle; [[Mark Lister|name]] - daily attendance calls to [[Nicola|name]] ([[07852 641 931|phone]]);
[[Jo Pattinson|name]] - sexual health drop-in with [[Brooke|name]]; referral to the ERASE team (exploitation) by [[Hannah|name]].
[[Brooke|name]]'s views (read out by [[Hannah|name]]): "I'm not a kid. [[Tazz|name]] isn't what you think. I want to stay at me dad's."
Minutes approved by the chair, [[R. Kaur-Bell|name]], [[30/11/2026|date]].
"""),
    ("email chain between school, police and social worker", """From: [[Mark Lister|name]] <[[m.lister@tanfield.durham.sch.uk|email]]>
Sent: [[27/11/2026|date]] 08:12
To: [[Hannah Brass|name]] <[[hannah.brass@derwentdene.gov.uk|email]]>; [[Sam Heslop|name]]
Subject: RE: [[Brooke R|name]] - missing again?

[[Hannah|name]], [[Brooke|name]] not in today. [[Tegan Morrow|name]] is also absent. Another girl, [[Amelia|name]] in Y11, says they
were picked up outside the Lidl in [[Stanley|place]] last night in a black Golf, reg something like [[NK19 OVX|vehicle]].
[[Mark|name]]

From: [[Sam Heslop|name]]
Sent: [[27/11/2026|date]] 09:40
[[NK19 OVX|vehicle]] is registered to a [[Kieran Peel|name]], [[16 Bede Close|address]], [[Chester-le-Street|place]]. We will do a welfare
check at [[Tarik|name]]'s flat now. Mum rang 101 at 07:50.

From: [[Hannah Brass|name]]
Sent: [[27/11/2026|date]] 11:05
Found - [[Brooke|name]] is at her dad's in [[South Moor|place]], she went there herself at 6am. [[Craig|name]] rang me. I'm going out
with [[Nicola|name]] at 1.

From: [[Nicola Dunn|name]] <[[nicoladunn87@hotmail.co.uk|email]]>
Sent: [[27/11/2026|date]] 11:30
To: [[Hannah Brass|name]]
[[hannah|name]] thank god. shes at [[craig|name]]s. i will come with you. [[jason|name]] has gone to his brother [[lee|name]]s in [[annfield
plain|place]] for a few days like you asked. [[riley|name]] is at school. [[tegan|name]]s mam [[Kerry Morrow|name]] rang me shes home too.
[[Nicola|name]] x
"""),
]


# --- F. Wilkinson family (white British), Dipton, a boy in foster care in Castleside -------------------------------------

HOME_F = d.Address("5 Pont Street", "Dipton", "Stanley", "DH9 9DA")
FC_F = d.Address("Ladycroft, Front Street", "Castleside", "Consett", "DH8 9AR")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Jaxon", "Wilkinson")], dt.date(2013, 7, 19), addresses=[FC_F, HOME_F],
       ids=["4821937662", "R840214520712"], schools=["Consett Academy"]),
    _p("m", "mother", [("Stacey", "Wilkinson")], dt.date(1989, 5, 6), addresses=[HOME_F], phones=["07931 507 265"]),
    _p("fc", "carer", [("Denise", "Pratt")], addresses=[FC_F], phones=["07506 118 473"]),
], "c")

DOCS_F = [
    ("looked-after child review report by the IRO", """CHILD LOOKED AFTER REVIEW - SECOND REVIEW
Child: [[WILKINSON, Jaxon|name]]   DOB [[19-07-2013|dob]]   UPN [[R840214520712|upn]]
Placement: foster carers [[Denise|name]] and [[Alan Pratt|name]], [[Ladycroft, Front Street|address]], [[Castleside|place]],
[[DH8 9AR|postcode]] (since [[2 June 2026|date]])
Review date: [[1st December 2026|date]]      IRO: [[Kate Dinsdale|name]]       SW: [[Owen Hindmarsh|name]]

[[Jaxon|name]] (13) chose to chair part of his own review. He told me he likes living with "[[Den|name]] and [[Al|name]]" and
their dog, that he has joined Consett AFC's under-14s, and that he wants to see his mum more. He is in Year 9 at [[Consett
Academy|school]], where his mentor Mr [[Hardy|name]] says he is "a different lad". He misses his friend [[Kyle
Summerson|name]] from [[Dipton|place]].

Family time: [[Jaxon|name]] sees his mother, [[Stacey Wilkinson|name]], every Saturday at the family centre in [[Consett|place]];
she missed [[14 November|date]] and [[21 November|date]]. [[Stacey|name]] lives at [[5 Pont Street|address]], [[Dipton|place]]
([[DH9 9DA|postcode]]) with her partner [[Wayne Carr|name]], who has convictions for violence; [[Jaxon|name]] may not be at the
house while he is there. His maternal grandfather, [[Norman Wilkinson|name]] ([[Delves Lane|place]]), sees him at [[Denise|name]]'s
on Sundays.

Health: review health assessment done [[10/10/2026|date]] by [[Claire Oliphant|name]] (LAC nurse). Dental check due.

Decisions: placement to continue; [[Owen|name]] to ask [[Stacey|name]] about a Wednesday tea-time family time; next review
[[1 June 2027|date]].

Attendance at review: [[Jaxon|name]]; [[Denise Pratt|name]]; [[Alan Pratt|name]]; [[Owen Hindmarsh|name]]; [[Norman Wilkinson|name]]
(grandad, [[14 Oakdale Road|address]], [[Delves Lane|place]], [[DH8 7BG|postcode]]); supervising social worker [[Bev Lonsdale|name]]
(Derwent Dene fostering). Not present: [[Stacey Wilkinson|name]] (did not reply; texted [[07931 507 265|phone]] on [[24/11|date]] and
[[30/11|date]]).
"""),
    ("foster carer's daily recording form", """FOSTER CARER DAILY RECORD
Child: [[Jaxon W|name]]      Carer: [[Denise Pratt|name]]      Week beginning: [[23/11/26|date]]
Mon  | School ok. Football training 6-7.30 (Belle Vue). Said [[Kyle|name]] messaged him from [[Dipton|place]]. Bed 9.45.
Tue  | Upset after phone call with mam ([[Stacey|name]]). Said "[[Wayne|name]] is there again". Rang [[Owen|name]] 8pm, left msg.
Wed  | [[Owen H|name]] rang back. Grandad [[Norman|name]] picked him up 4pm for tea in [[Delves Lane|place]], back 7.
Thu  | Detention (phone in class). Mr [[Hardy|name]] emailed. Quiet at tea. [[Al|name]] took him to the chippy in [[Leadgate|place]].
Fri  | Sleepover at [[Finn Tweddle|name]]'s in [[Blackhill|place]], [[Finn|name]]'s mum [[Joanne|name]] [[07913 284 577|phone]], DBS n/a
(approved
     | by [[Owen|name]] by text [[26.11|date]]).
Sat  | Family time at the family centre - mam came!! 10-12. [[Jaxon|name]] happy after.
Sun  | Grandad [[Norman|name]] came for dinner. [[Jaxon|name]] asked if he can stay here "till I'm 18".
Signed [[D Pratt|name]]
Notes for SW: [[Jaxon|name]] asked to phone [[Kyle|name]] ([[Kyle Summerson|name]], 14, lives [[Pont Street|address]], [[Dipton|place]]) -
I said ask [[Owen|name]]. [[Alan|name]] to take him to the barber's in [[Stanley|place]] Sat [[5th|date]]. School trip to Beamish
[[9 Dec|date]] - consent form signed by [[Owen Hindmarsh|name]].
"""),
]


DOCS_A += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s47) - MINUTES
Date: [[13/11/2026|date]] 11:00 (Teams)    Chair: [[Andrea Lamb|name]], Team Manager, [[Peterlee|place]]
Attendees: [[Gemma Tweddle|name]] (SW); DS [[Phil Gowland|name]] (Durham Constabulary, CAIU); [[Kirsty Iley|name]] (DSL,
[[Wheatley Hill
Community Primary|school]]); [[Anne Bainbridge|name]] (school nurse); [[Helen Orde|name]] (health visitor, Wingate Medical Centre)
Child: [[Kaiden Armstrong|name]] ([[4.6.19|dob]]), sibling [[Ellie-Mae Hutchinson|name]] ([[17.2.14|dob]])

Information shared:
- Police: three DA call-outs to [[14 Durham Street|address]] in 2026 ([[2 March|date]], [[19 July|date]], [[14 Nov|date]] - the last
  after this meeting was booked, added by the chair). [[Lewis Armstrong|name]] ([[09/01/1993|dob]]) has a caution for assault
  (2019, on a former partner, [[Danielle Hope|name]], in [[Easington Colliery|place]]).
- School: [[Kaiden|name]]'s attendance 88%; comes in hungry on Mondays. Miss [[Errington|name]] saw a bruise on [[9 Nov|date]];
  [[Kaiden|name]] said "[[Lewis|name]] done it". [[Ellie-Mae|name]] is at [[Wellfield|school]] (Y8); the DSL there, Mr [[Copeland|name]],
  could not attend.
- Health: [[Kaiden|name]] missed his last dental appointment; [[Ellie-Mae|name]] seen by the school nurse for headaches.
Decision: s47 enquiry, single agency (children's services) with police support; joint visit [[16/11|date]]; Nana [[Carol|name]]
to be spoken to about the children staying in [[Thornley|place]] if needed.
"""),
]

DOCS_B += [
    ("forced marriage protection order application note from council legal", """LEGAL PLANNING NOTE - PRIVILEGED
Matter: [[Mariam Abakar|name]] (d.o.b. [[3 October 2012|dob]])      Our ref: LCC/CP/2026/0917
Prepared by: [[Dave Rutter|name]], solicitor, for [[Laura Pinkney|name]], social worker, [[9 November 2026|date]]

1. The application (without notice) is to the Family Court sitting at Newcastle. The respondents are the father, [[Adam Abakar|name]],
of [[29 Seventh Street|address]], [[Blackhall Colliery|place]], and his sister [[Khadija Abakar|name]], of [[Abéché|place]], Chad
(telephone [[+235 66 24 81 37|phone]]), and any person acting for them, including a man known as [[Ibrahim Yacoub|name]].
2. The mother, [[Hawa Haroun|name]], supports the order and has given a statement through the interpreter, [[Amna Idriss|name]].
3. Orders sought: surrender of [[Mariam|name]]'s and [[Yousif|name]]'s passports to the police at [[Peterlee|place]] within 24 hours;
no removal from England and Wales; no arrangement of a marriage or engagement; no contact with [[Ibrahim Yacoub|name]].
4. Evidence: the school's referral of [[3/11/2026|date]]; [[L Pinkney|name]]'s visit notes of [[5/11|date]]; the photo of the
ticket booking ([[N'Djamena|place]], departing [[28 March 2027|date]]) found by the mother.
5. The mother's brother, [[Suleiman Haroun|name]] of [[Harehills|place]], [[Leeds|place]], may be asked to give a statement.
"""),
]

DOCS_C += [
    ("nursery's letter to the social worker", """[[Little Acorns Nursery|school]]
[[Catchgate|place]], [[Stanley|place]]

[[30th November 2026|date]]

Dear Ms [[Maddison|name]],

Re: [[Lalthansangi Ralte|name]] ([[Sangi|name]]), date of birth [[14.08.2021|dob]]

Thank you for asking for our view for [[Sangi|name]]'s plan. [[Sangi|name]] has attended since [[6 January 2025|date]], four days a week.
She is happy, speaks English and Mizo, and is learning to write her name. Her key person, [[Beth Peart|name]], has no concerns about
her care. Her mother, [[Lalremruati|name]], is always polite and pays on time, but twice this term ([[13 October|date]] and
[[3 November|date]]) [[Sangi|name]] was brought by a lady from the church, [[Mary|name]], who we did not have on the collection list;
on [[3 November|date]] a man called [[Ruata|name]] came to pick her up and we kept her until mum rang. Please can mum add them both.

We can offer breakfast club from 7.15 from [[1st December|date]], and a funded place at our holiday club in [[Annfield Plain|place]].
Yours sincerely,
[[Joanne Bewick|name]], Manager
"""),
]

DOCS_D += [
    ("health visitor's contact record", """HEALTH VISITING - CONTACT RECORD (SystmOne print)
Patient: [[TATE, Harley|name]]   NHS No: [[652 917 4036|nhs]]   D.O.B. [[2 Nov 2024|dob]]
Contact: [[19-Nov-2026|date]] 10:30, home, [[3 Bevan Cres|address]], [[Shotton Colliery|place]]   HV: [[Angela Ridley|name]]
Mother [[Chelsea|name]] ([[07412 883 106|phone]]) present; maternal grandmother Mrs [[M. Tate|name]] present (from [[Wingate|place]]).
[[Harley|name]] 24 months: weight 12.1 kg (50th), walking well, 10+ words ("nana", "car", "dog"). Nappy rash++. Bruise 2 cm left
shin, mum says fell off the step at Nana's. Mum disclosed [[Callum|name]] "comes round when he's drunk" and has "grabbed" her; she
does not want police. Given Harbour leaflet, discussed Clare's Law. Mum's friend [[Jade Liddle|name]] from [[Haswell Plough|place]]
was at the house, left before I raised DA.
Plan: 2 yr review ASQ booked [[3.12.26|date]]; share with SW [[Naomi Kirtley|name]] today; GP (Dr [[Ahmed|name]]) informed re mum's mood.
Healthy Start application completed with mum: [[Chelsea Tate|name]], NI [[TJ 71 30 52 C|ni]], [[Harley|name]] on the form.
"""),
]

DOCS_E += [
    ("police missing person return interview record", """RETURN HOME INTERVIEW - MISSING EPISODE
Young person: [[Brooke Robson|name]]   D.o.B [[9 April 2011|dob]]   Episode: [[12/11/2026|date]] 18:00 - [[13/11/2026|date]] 02:40
Interviewer: [[Kelly Forster|name]], Return Interview Worker ([[Stanley|place]] locality)   Date: [[16/11/2026|date]], at
[[Tanfield School|school]]

Where did you go? "Went to [[Tazz|name]]'s flat in [[Chester le Street|place]], the one above the bookies on [[Front St|address]]. Me,
[[Tegan|name]] and a lad called [[Reece|name]] from [[Ouston|place]]."
Who else was there? Men she didn't know. One called "[[Big Mo|name]]". [[Tazz|name]] gave them vodka and a vape. She said [[Tazz|name]]
"sorts the taxis" - Castle Taxis? No, "some lad [[Kieran|name]] drives".
How did you get home? [[Kieran|name]] dropped her at the Co-op in [[Craghead|place]] at 2.30.
What would help? "If [[Jason|name]] wasn't living with us." She wants to live at her dad's in [[South Moor|place]]. She said her nana
[[Sheila Robson|name]] in [[Quaking Houses|place]] used to have her "before she got ill".
Phone: she has a second phone, number she gave: [[07768 290 415|phone]].
Shared with: [[Hannah Brass|name]] (SW), DC [[Sam Heslop|name]].
Other young people named: [[Tegan Morrow|name]] (15, [[Craghead|place]]); [[Reece Gibbon|name]] (16, [[Ouston|place]]); a girl called
[[Kenzie|name]] from [[Sacriston|place]]; "[[Big Mo|name]]" (adult, not known). Flat: above the bookmaker's, [[Front Street|address]],
[[Chester-le-Street|place]] ([[DH3 3AZ|postcode]]). Car: black Golf, [[NK19 OVX|vehicle]]; a white Corsa, part reg "YF6".
Next interview if missing again; [[Kelly|name]] on [[07765 302 147|phone]].
"""),
]

DOCS_F += [
    ("child's own words form filled in before his review", """MY REVIEW - WHAT I WANT TO SAY   (young person's consultation form)
My name: [[jaxon|name]]     How old: 13     Where I live: with [[den|name]] and [[al|name]] in [[castleside|place]]
Who is my social worker: [[owen|name]]
What is going well: footy, my mate [[finn|name]], [[Den|name]]s lasagne, school is ok, Mr [[Hardy|name]] is sound
What is not going well: mam missing family time. i want [[wayne|name]] gone. i miss [[kyle|name]] and going down [[dipton|place]] park
Who do I want at my review: grandad [[norman|name]], mam, [[Den|name]] and [[Al|name]], NOT [[wayne|name]]
Anything else: can i have a phone contract so mam can ring me. my old school was [[Tanfield Lea
Primary|school]] and Mrs [[Kell|name]] was the best teacher ever
"""),
]


DOCS_A += [
    ("grandmother's voicemail transcribed by a duty worker", """Voicemail left on the duty line, [[21/11/2026|date]] 19:52, transcribed by
[[Liz Hodgson|name]] (duty SW). Caller
gave her name as [[Carol Hutchinson|name]], "the kids' nana from [[Thornley|place]]".

"Hiya, it's [[Carol|name]], [[Carol Hutchinson|name]], I'm ringing about our [[Shannon|name]]'s bairns, [[Kaiden|name]] and
[[Ellie|name]]. [[Gemma|name]] said ring this number if it's after five. Right, [[Lewis|name]] has been back at [[Durham
Street|address]], I know because [[Ellie|name]] texted us, she's at mine now, she walked it from [[Wheatley Hill|place]] in the dark,
that's two mile. [[Kaiden|name]]'s still there with his mam. I've rang [[Shannon|name]] and she's not answering. My neighbour
[[Pauline|name]] at [[number 8|address]] will run us up in the car if someone tells us to fetch him. My number's
[[0191 518 2203|phone]] or the mobile [[07765 302 149|phone]]. It's [[Carol|name]]. Ta."

Action: rang [[Carol|name]] back 20:05; police asked to attend [[14 Durham Street|address]]; [[Gemma Tweddle|name]] emailed.
Outcome (police log, PC [[Lisa Storey|name]]): [[Lewis Armstrong|name]] not present; [[Kaiden|name]] asleep; [[Shannon|name]] said
[[Lewis|name]] had come for his work boots. [[Kaiden|name]] taken to [[Thornley|place]] by [[Pauline Robinson|name]] and Nana [[Carol|name]]
at 21:30 with his mam's agreement; [[Shannon|name]] went too. Next visit: [[23/11/2026|date]].
"""),
]

DOCS_B += [
    ("Arabic voice note from the aunt, translated by the interpreter", """Translation of a WhatsApp voice note (Sudanese Arabic, 2 min 14
s) sent to [[Hawa Haroun|name]] on [[7 November 2026|date]]
from [[+235 66 24 81 37|phone]] (saved in her phone as "[[خديجة أبكر|name]]"). Translated by [[Amna Idriss|name]],
[[10/11/2026|date]].

"[[Hawa|name]], peace be upon you. Why is [[Adam|name]] telling me the school called the police? Who told them? Was it [[Mariam|name]]?
You have made us ashamed in front of [[Ibrahim|name]]'s family in [[Abéché|place]]. His father [[Yacoub|name]] has already paid
for the tickets. The girl will come before Ramadan, and if you don't want to
come, stay in that cold place, in [[Blackhall|place]]. Our mother in [[Tiné|place]] is sick and crying. Send me the
girl's passport number. Greet [[Yousif|name]]."

Interpreter's note: the speaker uses the Zaghawa word for "engagement" twice.
Names heard in the note: [[Ibrahim|name]], [[Yacoub|name]] (his father), [[Hawa|name]], [[Adam|name]], [[Mariam|name]], [[Yousif|name]],
and "Um [[Ibrahim|name]]" ([[Ibrahim|name]]'s mother). Places: [[Abéché|place]], [[Tiné|place]], [[Blackhall|place]], and "[[Bara|place]]"
(not clear which). The number [[+249 912 345 678|phone]] was read out at the end as "[[Ibrahim|name]]'s number in [[Khartoum|place]]".
"""),
]

DOCS_C += [
    ("out-of-hours duty log entry", """EDT LOG  Sat [[05/12/2026|date]]  02:14  Worker: [[Tom Ainsley|name]]
Caller: PC 3390 [[Jenna Curry|name]], Durham Constabulary, [[Stanley|place]] response. Re: [[RALTE Lalthansangi|name]] ("[[Sangi|name]]"),
[[14/08/2021|dob]], of [[8 Kip Hill Court|address]], [[Annfield Plain|place]].
Neighbour [[Ken Lowes|name]] (Flat 3) rang 999 at 01:40: child crying alone. Police attended: [[Sangi|name]] alone, asleep
again by arrival, warm, fed. Mother at work (night shift, ward 12, University Hospital of North Durham), reached on [[07506 118 472|phone]]:
she said [[Mary Lalhmingliani|name]] was meant to sleep over and left at 00:30 after a call from her own son in [[Lunglei|place]].
Plan agreed: [[Rosangpuii|name]] ([[07840 316 553|phone]]) came from [[Fenham|place]] at 02:50 and stayed. Mother home 08:00.
Passed to day team ([[Sophie Maddison|name]]) for Monday [[7th|date]].
"""),
]

DOCS_D += [
    ("father's message on Facebook Messenger screenshotted by the mother", """[screenshots sent by [[Chelsea|name]] to [[Naomi|name]],
[[22/11/2026|date]], typed up]

[[Callum Fenwick|name]]  Today 00:48
open the door [[chels|name]] i no ur in
[[Callum Fenwick|name]]  00:51
im not going back to me mams in [[easington|place]] so u can forget it
[[Callum Fenwick|name]]  00:55
tell ur mam [[maureen|name]] to keep her nose out or il go round to [[wingate|place]]
[[Chelsea Tate|name]]  00:57
go away [[callum|name]] hes asleep. im ringing the police
[[Callum Fenwick|name]]  01:02
go on then. [[harls|name]] is my son to
[[Chelsea Tate|name]]  01:05
ur not on his birth certificate [[callum|name]]. ive told [[naomi|name]] the social worker everything
[[Callum Fenwick|name]]  01:09
[[naomi kirtley|name]] from [[peterlee|place]]? shes a grass. ill get me cousin [[Jordan|name]] to come round
[[Callum Fenwick|name]]  01:22
sorry [[chels|name]] i love u and [[harley|name]]. meet us at the Spar in [[Shotton|place]] tomorrow 10
"""),
]

DOCS_E += [
    ("sibling's drawing and words written up by a family support worker", """Direct work with [[Riley Dunn|name]], 9, at
[[Craghead Primary|school]], [[30 Nov 2026|date]]. Worker: [[Amy Kipling|name]] (family
support). [[Riley|name]] drew his house and the people in it.

Inside the house: "me, mam, [[Brookie|name]] (when she's there), [[Jason|name]] and [[Biscuit|name]]" - [[Riley|name]] said
[[Biscuit|name]] is
"[[Jason|name]]'s brother, not a dog!" (this is [[Lee Wardle|name]], who sometimes stays).
Outside the house: "my dad [[Steve|name]] in [[Sunderland|place]]", "Nanna [[Irene|name]]", and "[[Tazz|name]] in the black car".
Worries: "When [[Brooke|name]]'s not home mam cries and [[Jason|name]] goes out looking." Three wishes: "[[Brooke|name]] stays home,
a PS5, go to [[Seaburn|place]] with my dad."
"""),
]

DOCS_F += [
    ("independent visitor's monthly report", """INDEPENDENT VISITOR - MONTHLY NOTE (volunteer scheme)
Young person: [[Jaxon|name]]        Visitor: [[Graham Coulthard|name]]        Month: November 2026
Visits: [[7 November|date]] (walk on the Derwent Walk from [[Shotley Bridge|place]], chips in [[Consett|place]]) and
[[28 November|date]] (Sunderland v Stoke at the Stadium of Light).
[[Jaxon|name]] talked a lot about his mam, and said he saw her on the bus to [[Newcastle|place]] with [[Wayne|name]] on the [[20th|date]]
but she didn't see him. He said [[Den|name]] lets him make his own tea on Fridays. He wants to be a joiner like his grandad
[[Norman|name]]. He asked if I knew his old neighbour Mrs [[Ridley|name]] from [[Pont Street|address]] - I don't.
Scheme coordinator: [[Moira Dodds|name]], [[moira.dodds@derwentdene.gov.uk|email]], [[01207 283 520|phone]].
Next visit: [[12/12/2026|date]]. [[G. Coulthard|name]]
Contact for the scheme: [[Graham Coulthard|name]], [[31 Derwent Street|address]], [[Blackhill|place]], [[DH8 8LT|postcode]],
[[07584 620 915|phone]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 109 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "sheikh", "pi", "pu", "um"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "durham", "county durham",
               "the north east", "north east", "tyneside", "wearside", "sudan", "darfur", "chad", "india", "mizoram",
               "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# earlier sets') with this set's titles and kinship words ("Nana Carol", "Sheikh Abdelrahim", "Pi Zoremi", "Pu Ruata") and
# counties, regions and countries ("Darfur", "Mizoram", "Chad").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
