"""Set 193: a held-out hand-written set for the redaction detector, six invented families in north Northumberland, written in one
sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set190.py to bench/redaction_set192.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its docstring, its first family's record and first two documents' openings, its last family's
last documents and its closing lines: _PAIRS, NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet) and tests/test_redaction_set181.py
in full, whose layout and marking conventions (those of set 21) are followed here; of bench/redaction_set21.py only four
lines were seen (a grep for pets: its pets' names are left unmarked, and so are they here), and tests/test_redaction_set21.py
was not opened (set 181's docstring and documents were taken as the statement of set 21's conventions). The docstrings of
bench/redaction_set7.py to bench/redaction_set189.py were searched by a script (ast.get_docstring, case-insensitive substring)
for the towns, villages and communities considered, printing only the file
name and the word found, never the docstring or the documents. Hits: "Amble" (sets 11, 22, 36, 60, 86, 126, 136, 155; possibly
only as part of "preamble" or as a town named, not checked further, so no family here lives in Amble town itself), "Radcliffe"
(sets 58, 131, 136), "Whitton" (set 15), "Coquet" (set 36), and the communities Faroese, Sorbian, Tongan, Chamorro, Romansh,
Friulian, Aromanian, Frisian, Kalmyk, Ossetian, Tuvalu, Breton, Gagauz, Rusyn, Ladin, Setswana, Manx, Tatar, Buryat, Chuvash,
Komi (all set aside). No hit for Togston, Hauxley, Thropton, Rothbury, Wooler, Milfield, Chatton, Karakalpak, Sakha, Udmurt or
Livonian. No part of bench/redaction_handwritten.py was read beyond its use through set 181's lines; no part of pyproject.toml
was read (ruff was run with the project's settings). Phone numbers were checked with the phonenumbers library, and NHS numbers
and UPNs (LA 929) made and checked with python-stdnum, in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nothing was seen beyond this brief.
Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families in the villages around Amble, Rothbury and Wooler, each in a place no earlier docstring showed as a family's
home: a young white British mother and her partner in Togston, near Amble, with a nan in Amble (Rutter / Gair; neglect,
the mother's codeine and drink, a partner's drink-driving and a door banged at nan's, child protection plans); a Karakalpak
family (a Turkic people of Karakalpakstan, Uzbekistan; Karakalpak and Russian speakers) from Nukus in High Hauxley (Dauletov /
Seytmuratova; domestic abuse, a passport taken, a girl of 12 used as interpreter, a family chat in Karakalpak and Russian
with a grandmother in Nukus); a young carer of 14 in Thropton, near Rothbury (Brennan; a mother with bipolar disorder, a
little sister, falling attendance, a nan in Longframlington); a white British girl of 15 in Rothbury (Hindmarsh; missing to
Blyth, sexual and criminal exploitation, a Snapchat extract, a MACE panel); a disabled boy of 7 in Milfield, near Wooler
(Pringle; autism and nocturnal epilepsy, a mother's 3 a.m. email, short breaks); and a mother and two children in Chatton
(Douglas / Turnbull; strangulation, MARAC, a girl's diary, a sanctuary scheme). The Karakalpak community did not appear in
any earlier docstring searched. 24 documents, each with its own style label: a first school safeguarding chronology, a nan's
texts copied by the social worker, a health visitor's home visit record, a police domestic incident log, a family chat in
Karakalpak and Russian with a translation, a secondary school welfare referral form, a social worker's visit note with an
interpreter, a girl's English homework scanned with OCR (with its misreadings), a young carers' assessment, a GP practice
email, a social worker's phone notes typed in lower case, a middle school letter to a parent, a police missing person log, a
Snapchat messages extract, a return home interview, exploitation panel minutes, a short breaks application, a mother's email
at 3 a.m., an occupational therapist's home assessment, short breaks panel minutes, a MARAC referral form, a girl's diary,
initial child protection conference decisions and a housing officer's letter.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration (and
some street names: "Togston Terrace", "Links Road", "Physic Lane", "Addycombe", "Maelmin Cottages", "New Road", "Ryecroft
Way" may or may not exist). Phones are valid (phonenumbers), UK and foreign (Uzbekistan, +998); names and a town are also
written in Cyrillic ("Аружан", "Зульфие", "Джамиля", "Нукусе", "Эмбла"); NHS numbers and UPNs (LA 929) pass their check
digits. The council ("Coquet Vale" in an email domain), the Coquetdale practice, Little Puffins nursery, the maltings and the
short breaks house are invented or unmarked organisations; towns, villages, districts and estates are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 shows them. Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Miss, Dr, PC, DC, DI, Sgt, SW, HV, Nan, Nana, Auntie, Uncle, mam, and the Karakalpak "Ájapa" (grandmother));
a chat contact saved as a kinship word ("Mama", "Ájapa") is not a name; "SURNAME, First" and "SURNAME First" are one span
("RUTTER, Tyler", "DAULETOVA Aruzhan"); an initial with a surname is a name ("B. Pringle", "K. Renwick") but initials
alone are not; usernames ("deano_nd21", "chloe.h.x") are not marked; a neighbour's bare house number ("no. 6", "no 4") is an
address; organisations holding a town's name stay unmarked ("Amble First School" is a school, marked as school; "Wooler
clinic" marks only the town); counties, countries and regions stay unmarked ("Northumberland", "Uzbekistan",
"Karakalpakstan"); an OCR misreading keeps its kind ("2O/11/2O26" a date, "lsla" a name, "27 Apri1" a date); a road number
("the A1068") is not marked.

Choices this set had to make: a town written in Russian ("Эмбла" for Amble, "Нукусе" in the locative) is a place; a name in a
dative ("Зульфие") is a name; a chain's branch named by its town ("Amble Co-op", "Wooler Co-op") and a harbour ("Amble
Harbour") mark the town; "Amble Links" marks Amble; a pony ("Bramble") and dogs ("Rocky", "Biscuit") are not marked, as set 21
leaves pets' names unmarked; initials alone ("L.P.", "R.O.") are not marked, as in set 181; a contact "Mo 💰" marks only "Mo"; a
weekday stays outside a date ("sat 5th", "tues 10th").

Self-check without the detector: `python -m bench.redaction_set193` (and tests/test_redaction_set193.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 907 gold spans, 506 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Rutter / Gair family (white British), Togston, near Amble, nan in Amble ---------------------------------------------

HOME_A = d.Address("4 Togston Terrace", "Togston", "Morpeth", "NE65 0HR")
NAN_A = d.Address("22 Percy Street", "", "Amble", "NE65 0AQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Rutter")], dt.date(2018, 3, 14), addresses=[HOME_A], ids=["7016101886", "E929332612404"],
       schools=["Amble First School"]),
    _p("s", "sibling", [("Ellie-Mae", "Rutter")], dt.date(2023, 7, 9), addresses=[HOME_A], ids=["6479399935"]),
    _p("m", "mother", [("Shannon", "Rutter")], dt.date(1996, 11, 2), addresses=[HOME_A], phones=["07723 418 531"]),
    _p("f", "partner", [("Liam", "Gair")], dt.date(1993, 5, 21), addresses=[HOME_A], phones=["07841 662 309"]),
    _p("g", "grandparent", [("Lorraine", "Rutter")], dt.date(1971, 8, 17), addresses=[NAN_A], phones=["01665 712 448"]),
], "c")

DOCS_A = [
    ("first school safeguarding chronology", """AMBLE FIRST SCHOOL - SAFEGUARDING CHRONOLOGY (CPOMS export)
Child: [[RUTTER, Tyler|name]]  DOB [[14/03/2018|dob]]  UPN [[E929332612404|upn]]  Y4
Mum [[Shannon Rutter|name]] [[07723 418 531|phone]]; mum's partner [[Liam Gair|name]] [[07841 662 309|phone]]
Home: [[4 Togston Terrace|address]], [[Togston|place]] [[NE65 0HR|postcode]]

[[07/09/2026|date]] [[Tyler|name]] arrived on the bus from [[Togston|place]] with no coat, no breakfast. Fed in class (Mrs
[[Storey|name]]).
[[14/09/2026|date]] [[Tyler|name]] said [[Liam|name]] "was sick on the settee again and mam was asleep". DSL
[[Hannah Forster|name]] told.
[[21.9.26|date]] Nan [[Lorraine|name]] collected, smelled of nothing, v. worried. Said [[Shannon|name]] "back on the tablets".
[[2 Oct|date]] [[Tyler|name]] hungry, took [[Noah Crisp|name]]'s lunch. Mrs [[Storey|name]] and TA [[Gemma Wake|name]] spoke to him.
[[5th October 2026|date]] Referral to the front door. SW [[Rachel Lyall|name]] allocated [[8/10|date]].
[[12/10/2026|date]] [[Tyler|name]] told [[Gemma|name]] that his sister [[Ellie-Mae|name]] "was crying all night" and he gave her
crisps. Passed to [[Rachel Lyall|name]] ([[rachel.lyall@coquetvale.gov.uk|email]]).
[[19/10/2026|date]] Absent. Home visit, [[Hannah|name]] and Mrs [[Storey|name]]: curtains shut; neighbour Mr [[Dave
Hume|name]] at [[no. 6|address]] said the car ([[NK17 WXA|vehicle]]) went to [[Alnwick|place]] at 8.
[[20/10|date]] [[Tyler|name]] back, said they stayed at [[Liam|name]]'s brother [[Scott|name]]'s in [[Broomhill|place]].
[[3/11/26|date]] Nan rang from [[01665 712 448|phone]]: [[Liam|name]] came to [[Percy Street|address]] shouting on Sunday
[[1st|date]]. PC [[Robson|name]] attended. [[Tyler|name]] quiet but ok. Friends [[Noah|name]] and [[Alfie Scott|name]] kind to him.
[[10/11/2026|date]] ICPC. [[Tyler|name]] and [[Ellie-Mae|name]] on CP plans (neglect).
[[17/11/2026|date]] [[Tyler|name]] wrote "my mam is poorly" in news book. Mrs [[Storey|name]] and [[Hannah|name]] spoke with him; he
said nan [[Lorraine|name]] and Auntie [[Jade|name]] ([[Jade Rutter|name]], [[Alnwick|place]]) are his safe grown-ups.
[[24.11.26|date]] Core group at [[Amble|place]] library. [[Liam Gair|name]] did not come. [[Shannon|name]] came with [[Jo Tait|name]].
[[1/12/2026|date]] [[Tyler|name]] in school, clean uniform from nan, said "[[Liam|name]] lives with uncle [[Scotty|name]] now".
[[2/12/2026|date]] Nan [[Lorraine|name]] and [[Jade|name]] came to the Christmas fair; [[Tyler|name]] sang with [[Noah Crisp|name]],
[[Alfie Scott|name]] and [[Ava-Rose Hume|name]]. [[Shannon|name]] came late with [[Ellie-Mae|name]]. Mrs [[Storey|name]] said he
was beaming.
"""),
    ("nan's texts copied by the social worker", """Texts from [[Lorraine Rutter|name]] (nan) to SW [[Rachel Lyall|name]], copied
[[4/11/26|date]]

Sat [[31 Oct|date]] 19:02  its [[lorraine|name]] [[tylers|name]] nan. [[shannon|name]] not answering, [[liam|name]] has her phone
Sat [[31 Oct|date]] 19:04  im at [[22 percy st|address]] [[amble|place]] if u need me. kids can come here
Sun [[1 Nov|date]] 09:30  [[tyler|name]] stopped at mine. [[ellie mae|name]] still at [[togston|place]] with them
Sun [[1 Nov|date]] 22:41  [[liam|name]] been here banging the door. police came. my neighbour [[brenda|name]] rang them
Mon [[2 Nov|date]] 07:55  shes dropping [[ellie|name]] at mine at 8. im taking [[tyler|name]] to school on the bus from [[amble|place]]
Mon [[2 Nov|date]] 16:10  [[shannon|name]] says she wants help with the drink. can u ring her on [[07723418531|phone]]
Tue [[3 Nov|date]] 12:12  rang u from the house phone. [[scotty gair|name]] says [[liam|name]] is stopping at his in
[[broomhill|place]]
Reply (SW [[R Lyall|name]], [[3 Nov|date]] 12:30): Thanks [[Lorraine|name]], I will visit [[Togston|place]] tomorrow with [[Jo|name]]
from the drug and alcohol service.
Wed [[4 Nov|date]] 18:20  thank u for going. [[shannon|name]] says [[jo|name]] was nice. [[tyler|name]] wants to stop at mine til sat
Thu [[5 Nov|date]] 08:01  [[brenda heslop|name]] says she saw [[liams|name]] car on [[queen st|address]] in [[amble|place]] last night
Fri [[6 Nov|date]] 17:45  [[ellie|name]] went to the doctors with [[shannon|name]], dr [[patel|name]] gave cream for her bum
Sat [[7 Nov|date]] 10:03  im taking them to the beach at [[warkworth|place]] with my friend [[maureen|name]] and her grandson
[[kai|name]]
Sat [[7 Nov|date]] 15:40  [[kai|name]] and [[tyler|name]] built a castle lol. [[ellie|name]] ate sand. [[maureen armstrong|name]]
says hi [[rachel|name]]
Sun [[8 Nov|date]] 20:02  [[shannon|name]] come for tea. no drink. [[liam|name]] rang her twice she didnt answer
Mon [[9 Nov|date]] 07:40  [[tyler|name]] has a tooth out. taking him to the dentist in [[alnwick|place]] tues [[10th|date]] w
[[jade|name]]
Mon [[9 Nov|date]] 07:41  my new mobile is [[07432 665 181|phone]] the house phone is playing up
"""),
    ("health visitor's home visit record", """HEALTH VISITING - HOME VISIT
Child: [[Ellie-Mae Rutter|name]]   NHS no. [[647 939 9935|nhs]]   DOB [[09.07.2023|dob]]
Address: [[4 Togston Terrace|address]], [[Togston|place]], [[NE65 0HR|postcode]]
Visit [[04/11/2026|date]] 10.15 by HV [[Claire Dodds|name]] with SW [[Rachel Lyall|name]] and [[Jo Tait|name]] (drug & alcohol)
Mum [[Shannon|name]] present, tearful. [[Liam Gair|name]] not present (staying [[Broomhill|place]]).
Seen: [[Ellie-Mae|name]] in a dirty nappy, nappy rash, weight on 9th centile (was 50th at 2 yrs, [[12/07/2025|date]]).
Kitchen: no milk, empty cans. Dog ("Rocky") mess on the stairs.
[[Shannon|name]] said she takes codeine bought off [[Liam|name]]'s mate "[[Gaz|name]]" in [[Amble|place]], and drinks "when he's
here". Agreed: GP appt (Dr [[Patel|name]]) [[6th Nov|date]]; nursery place at Little Puffins, [[Amble|place]], from
[[16 November|date]].
Next visit [[18/11/2026|date]]. Copy to [[Hannah Forster|name]] (DSL), [[Tyler|name]]'s school.
Visit [[18/11/2026|date]] 14.00 ([[C. Dodds|name]]): [[Ellie-Mae|name]] clean, rash better, weight up. Nan [[Lorraine Rutter|name]]
present; she stays Mon to Thurs. [[Shannon|name]] said she has a script from Dr [[Patel|name]] and sees [[Jo|name]] on Fridays in
[[Alnwick|place]]. Neighbour [[Kath Bruce|name]] ([[no. 2|address]]) helps with the washing. [[Liam|name]] texted [[Shannon|name]]
from a
new number [[07920 417 388|phone]]? (to check with [[Rachel|name]]).
"""),
    ("police domestic incident log", """NORTHUMBRIA POLICE - DOMESTIC INCIDENT - DASH completed
Occurred: [[01/11/2026|date]] 22:35   Location: [[22 Percy Street|address]], [[Amble|place]] [[NE65 0AQ|postcode]]
Caller: [[Brenda Heslop|name]], neighbour, [[no. 24|address]]
Suspect: [[GAIR, Liam|name]]  DOB [[21/05/1993|dob]]  NI [[JT 48 62 17 C|ni]]  Veh [[NK17 WXA|vehicle]] (silver Astra)
Victim/occupant: [[Lorraine Rutter|name]] (DOB [[17/08/1971|dob]]), grandchild [[Tyler Rutter|name]] (8) present.
Officers: PC [[Robson|name]] 4471, PC [[Kerr|name]] 5102.
Account: [[Gair|name]] banging door demanding [[Shannon|name]]. Left in vehicle toward [[Hauxley|place]] before arrival.
Stopped [[02/11/2026|date]] 01:10 on the A1068 near [[Warkworth|place]], over limit. Child referral to MASH. Risk: medium.
Previous: [[14/06/2025|date]] [[Gair|name]] and [[Shannon Rutter|name]], verbal, [[Togston|place]]; [[30/12/2025|date]]
[[Gair|name]] and
ex-partner [[Stacey Wilkin|name]], [[Broomhill|place]]. Brother [[Scott Gair|name]] of [[7 Hadston Road|address]], [[Broomhill|place]]
[[NE65 9AE|postcode]] gave an address for bail. Officer in case: DC [[Milburn|name]]. Reviewed by Sgt [[Anderson|name]]
[[02/11/2026|date]].
Witnesses: [[Brenda Heslop|name]] (statement), [[Maureen Armstrong|name]] of [[no. 20|address]] (declined). Child seen by PC
[[Kerr|name]]:
[[Tyler|name]] said "[[Liam|name]] was shouting for mam". Nan said [[Shannon|name]] and [[Ellie-Mae|name]] were at [[Togston|place]].
"""),
]


# --- B. Dauletov / Seytmuratova family (Karakalpak, from Nukus, Uzbekistan), High Hauxley ---------------------------------

HOME_B = d.Address("9 Links Road", "High Hauxley", "Morpeth", "NE65 0JS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Aruzhan", "Dauletova")], dt.date(2014, 4, 27), addresses=[HOME_B], ids=["4929764904", "G929466610074"],
       schools=["James Calvert Spence College"]),
    _p("s", "sibling", [("Timur", "Dauletov")], dt.date(2020, 1, 19), addresses=[HOME_B], ids=["5594271449"]),
    _p("m", "mother", [("Gulnara", "Seytmuratova")], dt.date(1989, 6, 5), addresses=[HOME_B], phones=["07395 214 870"]),
    _p("f", "father", [("Azamat", "Dauletov")], dt.date(1985, 10, 30), addresses=[HOME_B], phones=["07467 301 852"]),
], "c")

DOCS_B = [
    ("family chat in Karakalpak and Russian with a translation", """WhatsApp chat "Dauletovlar semyasi", shown by [[Aruzhan|name]]
to her
tutor, typed and translated by interpreter [[Dilnoza Rakhimova|name]] on [[16/11/2026|date]]

[[13/11/2026|date]] 20:11 Ájapa [[Roza|name]] ([[+998 61 222 47 18|phone]]): [[Gulnara|name]], nege telefondı almaysań?
  (Why don't you answer the phone?)
[[13/11/2026|date]] 20:15 Mama: [[Azamat|name]] ashıwlı. Keyin. ([[Azamat|name]] is angry. Later.)
[[13/11/2026|date]] 20:16 [[Aruzhan|name]]: Апа, папа маму толкнул, я испугалась. (Grandma, papa pushed mama, I was scared.)
[[13/11/2026|date]] 20:20 Ájapa: [[Аружан|name]], жаным, позвони тёте [[Зульфие|name]] в [[Нукусе|place]]. ([[Aruzhan|name]],
darling, ring
  aunt [[Zulfiya|name]] in [[Nukus|place]].)
[[14/11/2026|date]] 07:02 [[Azamat|name]] ([[+998 90 724 15 63|phone]]): Hámmeń úyde otırıńlar. (Everyone stay at home.)
[[14/11/2026|date]] 07:40 [[Timur|name]] (voice, 0:04): "[[Aru|name]]! [[Aru|name]]!"
Translator's note: "Ájapa" is grandmother (not a name); "Mama" is the mother's contact. [[Zulfiya|name]] is the mother's
sister in [[Nukus|place]], Karakalpakstan.
[[14/11/2026|date]] 21:30 [[Gulnara|name]]: Мама, я не могу говорить. [[Джамиля|name]] из [[Эмбла|place]] поможет. (Mama, I can't talk.
  [[Jamila|name]] from [[Amble|place]] will help.)
Translator's note: [[Джамиля|name]] / [[Jamila|name]] is [[Jamila Yusupova|name]], a friend in [[Amble|place]]; "Эмбла" is the town
  written in Russian.
"""),
    ("secondary school welfare referral form", """JAMES CALVERT SPENCE COLLEGE - WELFARE CONCERN FORM
Student: [[DAULETOVA Aruzhan|name]]   DOB [[27.04.2014|dob]]   UPN [[G929466610074|upn]]   Tutor 8S (Mr [[Sewell|name]])
Address: [[9 Links Road|address]], [[High Hauxley|place]], [[NE65 0JS|postcode]]
Date/time: [[16/11/2026|date]] 08:50   Staff: Miss [[Laura Pigg|name]] (EAL)
What was seen/said: [[Aruzhan|name]] showed me her phone. Dad ([[Azamat Dauletov|name]]) pushed mum ([[Gulnara|name]]) into the
door frame on Friday [[13th|date]]. She interprets for mum at the GP in [[Amble|place]] and at the Jobcentre in [[Alnwick|place]].
Her brother [[Timur|name]] (6) at [[Amble|place]] First. Friend [[Isla Tweddle|name]] walked her to the bus.
Mum's mobile [[07395 214 870|phone]]. Dad's [[07467 301 852|phone]]. Dad works nights at the fish factory in
[[Amble|place]] Harbour; family came from [[Nukus|place]] via [[Tashkent|place]] in 2024.
Action: DSL [[Mark Elliott|name]] told 09:05; MASH call 09:30 ([[Sue Charlton|name]]). Interpreter needed - NOT [[Aruzhan|name]].
Follow-up [[17/11/2026|date]]: [[Aruzhan|name]] said papa took mum's passport and her cousin [[Perizat|name]]'s number. Mum's friend
[[Jamila Yusupova|name]] ([[07546 182 073|phone]]) drove them to [[Amble|place]] Co-op. [[Isla|name]]'s mum Mrs [[Tweddle|name]]
offered a bed. Logged by [[M. Elliott|name]].
[[18/11/2026|date]] [[Aruzhan|name]] absent; [[Timur|name]]'s teacher Mrs [[Bell|name]] at [[Amble First School|school]] says
[[Timur|name]] came with
[[Jamila|name]]. Dad rang reception ([[Azamat Dauletov|name]]) asking where [[Aruzhan|name]] was, "very angry" (receptionist
[[Tracy Grey|name]]).
"""),
    ("social worker's visit note with an interpreter", """Home visit [[19/11/2026|date]] - [[9 Links Rd|address]],
[[High Hauxley|place]]
SW [[Katie Renwick|name]]; interpreter (Russian) [[Dilnoza Rakhimova|name]] by phone; [[Azamat|name]] at work.
[[Gulnara Seytmuratova|name]] (DOB [[05/06/1989|dob]]) spoke alone. Said [[Azamat|name]] controls money and her phone since
they came. Bruise on her left arm. Wants to go to her cousin [[Perizat Orazbaeva|name]] in [[Newcastle|place]]
([[Flat 3, 41 Westgate Road|address]], [[NE1 1SE|postcode]]).
[[Timur|name]] (NHS [[5594271449|nhs]]) seen, playing, fine. [[Aruzhan|name]] at school.
Neighbour Mrs [[Jean Armstrong|name]] at [[no. 11|address]] has let [[Gulnara|name]] use her phone.
Plan: IDVA referral ([[Nicola Brewis|name]]); strategy meeting [[23 November|date]]; GP Dr [[Hall|name]] told.
Family history: married in [[Nukus|place]] [[12 May 2012|date]]. [[Azamat|name]]'s brother [[Bakhtiyar Dauletov|name]] lives in
[[Sunderland|place]]. [[Gulnara|name]]'s mother [[Roza Seytmuratova|name]] in [[Nukus|place]], ul. [[Dosnazarov 44|address]], kv. 12.
Family car [[NK18 UZB|vehicle]]. [[Azamat|name]] NI [[SZ 21 84 63 A|ni]].
Worker's reflection: [[Gulnara|name]] asked that [[Aruzhan|name]] not be told first. She asked for a female Karakalpak
interpreter; [[Dilnoza|name]] speaks Uzbek and Russian only. Manager [[Ian Coxon|name]] agreed to ask [[Jamila Yusupova|name]]? No -
a friend cannot interpret. [[K. Renwick|name]] [[19/11/2026|date]] 17:30.
"""),
    ("a girl's English homework scanned with OCR", """[[Aruzhan Dauletova|name]] 8S  Engl1sh  [[2O/11/2O26|date]]
My home tovvn by [[Aruzhan|name]]
I was b0rn in [[Nukus|place]]. lt is hot in summer and my grandma [[Roza|name]] has apricot trees. Now I live in [[High
Hauxley|place]] next to the sea. My frend [[lsla|name]] has a dog called Biscuit. My brother [[Timur|name]] is 6. ln
[[Nukus|place]] my aunty [[Zulfiya|name]] is a teacher. Sometimes I am scared at home but I like school and Miss [[Pigg|name]].
When I grow up I want to live in [[Newcastle|place]] or [[Tashkent|place]] and be a doctor.
(teacher: lovely work [[Aru|name]]! - L.P.)
P.S. My dad [[Azamat|name]] shouts. My mum [[Gulnara|name]] crys. [[Timur|name]] hides under the bed with his lego. I want to go to
[[lsla|name]]s house on [[5th Desember|date]] for her birthday at [[Amble|place]] Links.
My best teacher is Mr [[Sevvell|name]]. My grandma [[Roza|name]] phoned on my birthday [[27 Apri1|date]] and sang.
[[Timur|name]] and me vvalk to the bus vvith [[lsla Tvveddle|name]] and her brother [[Finn|name]] from [[Hauxley|place]].
"""),
]


# --- C. Brennan family (white British), Thropton, near Rothbury; young carer ---------------------------------------------

HOME_C = d.Address("2 Physic Lane", "Thropton", "Morpeth", "NE65 7HU")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kieran", "Brennan")], dt.date(2012, 9, 8), addresses=[HOME_C], ids=["6996735394", "B929419411374"],
       schools=["Dr Thomlinson Middle School"]),
    _p("m", "mother", [("Nicola", "Brennan")], dt.date(1984, 2, 13), addresses=[HOME_C], phones=["07512 938 604"]),
    _p("s", "sibling", [("Poppy", "Brennan")], dt.date(2019, 12, 1), addresses=[HOME_C]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT   [[Kieran Brennan|name]] (14)   DOB [[08/09/2012|dob]]
Address: [[2 Physic Lane|address]], [[Thropton|place]], [[NE65 7HU|postcode]]   Mum: [[Nicola Brennan|name]] [[07512 938 604|phone]]
[[Kieran|name]] cares for mum (bipolar disorder, in and out of hospital at St George's, [[Morpeth|place]]) and sister
[[Poppy|name]] (6).
Dad ([[Jason Brennan|name]]) lives in [[Ashington|place]]; sees the kids at Christmas.
What [[Kieran|name]] said: "When mam is high she doesn't sleep and spends all the money. When she's low I do everything. Last time
she went in was [[14th August|date]]." He gets [[Poppy|name]] ready, walks her to school in [[Rothbury|place]], cooks.
Friend: [[Jack Purvis|name]], [[Whitton|place]]. Goes to the youth club at [[Rothbury|place]] on Thursdays.
Assessed by [[Emma Laidler|name]] on [[24.11.2026|date]]. CPN: [[Simon Bell|name]] ([[01669 620 317|phone]]).
Review [[24 February 2027|date]].
Mum's view ([[Nicola|name]]): "[[Kieran|name]] is my rock, I feel awful." She wants help from her sister [[Lisa Coulson|name]] in
[[Alnwick|place]] and nan [[Sheila|name]] in [[Longframlington|place]]. [[Poppy|name]]'s teacher Miss [[Dunn|name]] at
[[Rothbury First|school]]
says [[Poppy|name]] is doing well. Neighbour [[Bob Telfer|name]] at [[4 Physic Lane|address]] keeps a key.
[[Kieran|name]]'s wishes: a night off a week, to play for [[Rothbury|place]] juniors with [[Jack|name]] and [[Callum Pratt|name]],
and for
mum's nurse [[Simon|name]] to "tell me what's going on". Signed [[E. Laidler|name]] / [[Kieran|name]] / [[Nicola Brennan|name]].
"""),
    ("GP practice email to the social worker", """From: [[ruth.oliver@nhs.net|email]]
To: SW [[Emma Laidler|name]]
Sent: [[25 November 2026|date]] 11:02
Subject: [[Nicola Brennan|name]] ([[13/02/1984|dob]]) and children - [[Thropton|place]]
Hi [[Emma|name]], Dr [[Ruth Oliver|name]] here at the Coquetdale practice. [[Nicola|name]]'s lithium levels were not done on
[[17th Nov|date]]. Her son [[Kieran|name]] (NHS [[699 673 5394|nhs]]) came in alone to collect her meds; our receptionist
[[Maureen|name]] was worried. [[Poppy|name]] missed her asthma review on [[18/11|date]]. Nan [[Sheila Brennan|name]] in
[[Longframlington|place]] used to help but had a fall. Can we talk? Surgery [[01669 621 905|phone]].
[[Ruth|name]]
P.S. [[Kieran|name]] said mum's friend "[[Des|name]]" ([[Desmond Hope|name]], [[Thropton|place]]) has been taking her to the bookies
in [[Morpeth|place]] (also seen with [[Nicola|name]] in [[Rothbury|place]] by our nurse [[Janet Rowe|name]] on [[20th November|date]]).
I have told the CPN [[Simon|name]]. - R.O.
"""),
    ("social worker's phone notes typed in lower case", """phone notes [[kieran b|name]] - [[26/11|date]]
- rang [[nicola|name]] 9am, flat voice, says [[kieran|name]] did the shopping in [[rothbury|place]] yesterday
- rang school [[thomlinson|school]] - mrs [[gilroy|name]] says attendance 78%, late most days after dropping [[poppy|name]]
- [[jason|name]] (dad) mob [[07788 245 119|phone]], in [[ashington|place]] w partner [[kelly|name]], says can have kids weekends
- nan [[sheila|name]] in [[longframlington|place]] landline [[01665 830 266|phone]] - hip, cant drive
- neighbour mr [[telfer|name]] at [[no 4|address]] says [[kieran|name]] up at 6 walking the dog
- [[kieran|name]] wants to keep going to football at [[snitter|place]] w [[jack|name]]
- chk w [[simon bell|name]] CPN re crisis plan, nxt visit [[3/12|date]]
- [[kieran|name]] texted me 8pm from [[07811 594 027|phone]]?? no - thats [[gareth|name]]s, check. [[kieran|name]]s is on file
- [[des hope|name]] - neighbour says hes round most nights, chk PNC
- [[lisa coulson|name]] (auntie) will come sat [[5th|date]]
- [[poppy|name]] says [[des|name]] shouts at [[kieran|name]]. tell [[emma|name]] + [[paul dixon|name]]? (duty [[3/12|date]])
"""),
    ("middle school letter to a parent", """[[Dr Thomlinson Church of England Middle School|school]], [[Rothbury|place]]
[[27 November 2026|date]]
Ms [[N Brennan|name]], [[2 Physic Lane|address]], [[Thropton|place]], [[NE65 7HU|postcode]]
Dear Ms [[Brennan|name]],
Re: [[Kieran Brennan|name]], Year 8, UPN [[B929419411374|upn]]
We know from Mrs [[Laidler|name]] that [[Kieran|name]] helps care for you and [[Poppy|name]]. We would like to meet on
[[8th December|date]] at 3.30pm. Please ring Mrs [[Gilroy|name]] on [[01669 620 317|phone]] or email
[[office@thomlinson.example.org|email]].
Yours sincerely, [[A. Gilroy|name]], Pastoral Lead
cc [[Emma Laidler|name]] (Young Carers); Miss [[Dunn|name]], [[Rothbury First School|school]] (for [[Poppy Brennan|name]]).
Late marks: [[2 Nov|date]], [[4 Nov|date]], [[9 Nov|date]], [[10 Nov|date]], [[16/11|date]], [[17/11|date]], [[23/11|date]].
"""),
]


# --- D. Hindmarsh family (white British), Rothbury town; teenager missing and exploited --------------------------------------

HOME_D = d.Address("17 Addycombe", "", "Rothbury", "NE65 7RG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Chloe", "Hindmarsh")], dt.date(2011, 5, 22), addresses=[HOME_D], ids=["5452616497", "Z929438710931"],
       schools=["Duchess's Community High School"]),
    _p("m", "mother", [("Amanda", "Hindmarsh")], dt.date(1982, 7, 3), addresses=[HOME_D], phones=["07920 417 388"]),
], "c")

DOCS_D = [
    ("police missing person log", """MISSING PERSON - MEDIUM RISK
Name: [[HINDMARSH, Chloe|name]]   DOB [[22/05/2011|dob]]   NHS [[5452616497|nhs]]
Home: [[17 Addycombe|address]], [[Rothbury|place]] [[NE65 7RG|postcode]]   Reported by mum [[Amanda Hindmarsh|name]]
[[07920 417 388|phone]]
Last seen [[20/11/2026|date]] 16:20 at the bus stop in [[Rothbury|place]] getting into a black Golf ([[ND21 KZO|vehicle]]), driver
male 20s
known as "[[Deano|name]]" (poss. [[Dean Ridley|name]], [[Blyth|place]]).
[[20/11|date]] 23:50 ping on [[Chloe|name]]'s phone [[07546 182 073|phone]] near [[Cramlington|place]].
[[21/11/2026|date]] 03:15 found by PC [[Walton|name]] and PC [[Ahmed|name]] at a flat, [[Flat 9, Ridley Court|address]],
[[Blyth|place]],
with [[Kayla Scott|name]] (16). Returned home 05:40.
Friend [[Maisie Charlton|name]] told mum [[Chloe|name]] met "[[deano|name]]" on snap.
Previous missing: [[03/10/2026|date]] ([[Morpeth|place]] bus station), [[24/10/2026|date]] ([[Ashington|place]], with [[Kayla|name]]).
Mum's partner [[Neil Crozier|name]] ([[07983 126 454|phone]]) drove round [[Thropton|place]] and [[Whitton|place]]. Nana [[Pat
Hindmarsh|name]] at [[6 Bondgate Without|address]], [[Alnwick|place]] [[NE66 1PR|postcode]] checked.
Risk factors: older males, cannabis, [[Chloe|name]] not in school since [[16/11|date]]. Teacher Mrs [[Rutherford|name]] informed.
Officer: PC [[Walton|name]] 3391. Supervisor: Sgt [[Cairns|name]]. SW [[Paul Dixon|name]] informed [[21/11/2026|date]] 08:30.
Places searched: [[Rothbury|place]] riverside, [[Pauperhaugh|place]], [[Longhorsley|place]] bus stop, [[Morpeth|place]] station.
[[Maisie|name]]'s address: [[11 Hillside Road|address]], [[Rothbury|place]] [[NE65 7PT|postcode]].
"""),
    ("Snapchat messages extract", """Snapchat extract from [[Chloe|name]]'s phone (consent of mum), [[22/11/2026|date]], DC
[[Reay|name]]
deano_nd21: u still in [[rothbury|place]] lol
chloe.h.x: ye boring here
deano_nd21: come [[blyth|place]] sat, [[kayla|name]] will be there, bring ur mate
chloe.h.x: [[maisie|name]] cant her mam is strict
deano_nd21: wat about that [[ellie|name]] from [[thropton|place]]
chloe.h.x: idk. can u get me from the [[haugh|place]]
deano_nd21: 7 at the bridge. delete this
(usernames not names; "deano" believed [[Dean Ridley|name]], DOB [[14/02/2003|dob]])
chloe.h.x: [[mo|name]] said i owe him
deano_nd21: dont worry bout [[mo|name]]. sat [[28th|date]]?
chloe.h.x: ok. tell [[kayla|name]] to bring my charger
deano_nd21: [[kayla|name]] says [[maisie|name]] grassed. block her
chloe.h.x: wateva. im at nana [[pats|name]] in [[alnwick|place]] sat anyway
chloe.h.x: she never. [[maisie|name]] is my best mate since [[rothbury first|school]]
"""),
    ("return home interview", """RETURN HOME INTERVIEW   [[Chloe Hindmarsh|name]] (15)   held [[23/11/2026|date]] at
[[Duchess's|school]], [[Alnwick|place]]
Worker: [[Lynsey Marr|name]] (Barnardo's)
[[Chloe|name]] said she went with [[Deano|name]] because he "buys stuff", vapes and a phone. She went to a party at [[Kayla|name]]'s
in [[Blyth|place]] and a man called [[Mo|name]] wanted her to take a bag to [[Newcastle|place]]. She said no.
Safe people: mum, her nana [[Pat Hindmarsh|name]] in [[Alnwick|place]], her friend [[Maisie|name]].
She wants to see her dad [[Stephen Hindmarsh|name]] in [[Hexham|place]] more.
Shared with SW [[Paul Dixon|name]] and the exploitation panel. Next meeting [[7/12/2026|date]].
[[Chloe|name]]'s words: "[[Maisie|name]]'s mam thinks I'm a bad influence. Mam's boyfriend [[Neil|name]] is ok. I just get bored in
[[Rothbury|place]]." She would like to go to the youth bus in [[Wooler|place]] with [[Ellie|name]].
Worker: [[Chloe|name]] was open. She showed me her messages from "[[Deano|name]]" and a contact saved as "[[Mo|name]] 💰". She
agreed to see
[[Jill Oates|name]] about sexual health. Mum [[Amanda|name]] joined at the end, with nana [[Pat|name]].
"""),
    ("exploitation panel minutes", """MACE panel - minutes [[25 November 2026|date]]
Present: DI [[Shaw|name]] (chair), [[Paul Dixon|name]] (SW), [[Lynsey Marr|name]], Mrs [[Rutherford|name]] ([[Duchess's|school]]),
[[Jill Oates|name]] (school nurse)
1. [[Chloe Hindmarsh|name]] - CSE/CCE risk high. Vehicle [[ND21 KZO|vehicle]] linked to [[Dean Ridley|name]] and [[Kayla Scott|name]].
   Locations: [[Blyth|place]], [[Cramlington|place]], the bridge at [[Rothbury|place]].
2. Disruption: CAWN to [[Ridley|name]]; licensing visit to [[Flat 9, Ridley Court|address]].
3. [[Maisie Charlton|name]] and [[Ellie Hall|name]] ([[Thropton|place]]) to be safeguarded as peers.
Actions: [[Paul|name]] to visit [[Amanda|name]] [[27/11|date]]; DI [[Shaw|name]] review on [[9 December|date]].
4. Intelligence: [[Mo|name]] believed [[Mohammed Tariq|name]], DOB [[02/08/1998|dob]], of [[Byker|place]], [[Newcastle|place]];
   [[Kayla Scott|name]] reported missing from [[Cramlington|place]] [[22/11|date]].
5. [[Amanda Hindmarsh|name]] to be offered parent support (PACE, [[Ruth Lumsden|name]]). [[Stephen Hindmarsh|name]] to be invited.
   Minute-taker: [[Beth Nixon|name]]. Next panel [[23 December 2026|date]].
"""),
]


# --- E. Pringle family (white British), Milfield, near Wooler; disabled child -------------------------------------------------

HOME_E = d.Address("3 Maelmin Cottages", "Milfield", "Wooler", "NE71 6JD")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Pringle")], dt.date(2019, 8, 11), addresses=[HOME_E], ids=["6824115517", "E929407813038"],
       schools=["Glendale Middle School"]),
    _p("m", "mother", [("Rebecca", "Pringle")], dt.date(1990, 3, 28), addresses=[HOME_E], phones=["07432 665 180"]),
    _p("f", "father", [("Gareth", "Pringle")], dt.date(1988, 12, 16), addresses=[HOME_E], phones=["07811 594 027"]),
], "c")

DOCS_E = [
    ("short breaks application", """SHORT BREAKS APPLICATION
Child: [[Oscar Pringle|name]]  DOB [[11/08/2019|dob]]  NHS [[682 411 5517|nhs]]  UPN [[E929407813038|upn]]
Address: [[3 Maelmin Cottages|address]], [[Milfield|place]], [[Wooler|place]] [[NE71 6JD|postcode]]
Parents: [[Rebecca Pringle|name]] ([[Becky|name]]) [[07432 665 180|phone]]; [[Gareth Pringle|name]] [[07811 594 027|phone]]
Needs: autism, epilepsy (nocturnal seizures), non-verbal. Sleeps 3-4 hours. Paediatrician Dr [[Nwosu|name]], [[Alnwick|place]].
Siblings: [[Isla Pringle|name]] (11) at [[Glendale|school]].
What would help: overnight breaks at [[Morpeth|place]]; a carer at home Saturdays (family friend [[Sarah Ord|name]] in
[[Wooler|place]]).
Signed [[B. Pringle|name]] [[26/11/2026|date]]
Other support: grandmother [[Carol Weatherson|name]], [[Chatton|place]]; Portage worker [[Ann Lisle|name]]; SENCO Mrs [[Hardy|name]]
(for [[Isla|name]]). [[Gareth|name]] works shifts at the maltings in [[Berwick|place]]. [[Oscar|name]]'s NHS no. [[6824115517|nhs]].
Previous respite: [[Oscar|name]] stayed with aunt [[Louise Pringle|name]] at [[Akeld|place]] on [[14 September|date]] - one night only.
Referrer: HV [[Claire Dodds|name]], [[Wooler|place]] clinic, [[01668 283 016|phone]]? no - that is nan [[Jean|name]]'s; clinic to
confirm.
"""),
    ("mother's email at 3 a.m.", """From: [[beckypringle88@gmail.com|email]]
Sent: [[27/11/2026|date]] 03:12
To: [[Hazel Moffat|name]] (disabled children's team)
hi [[hazel|name]] sorry for the time. [[oscar|name]] has had 3 seizures since midnight and [[gaz|name]] is at work in [[berwick|place]]
til 6. [[isla|name]] was up helping me and she has school. we cant keep doing this. my mam [[carol|name]] in [[chatton|place]] is
poorly herself. please can we talk about the overnight place. im at home all day. [[becky|name]]
sent from my phone. ps the community nurse [[fiona|name]] said she would ring u. and [[graham|name]] the OT is coming [[1st dec|date]]
Reply [[27/11/2026|date]] 09:14 from [[Hazel Moffat|name]]: Morning [[Becky|name]], I'm so sorry. I'll ring at 11. I'll speak to
[[Yvonne|name]] about panel on [[3rd December|date]] and ask Dr [[Nwosu|name]] for a letter. Is [[Isla|name]] ok to go to school?
Reply 09:31 [[becky|name]]: ye [[gaz|name]] took her. thank u x
"""),
    ("occupational therapist's home assessment", """OT HOME ASSESSMENT - [[Oscar Pringle|name]] - [[1/12/2026|date]]
Address: [[3 Maelmin Cottages|address]], [[Milfield|place]]   OT: [[Graham Tully|name]]
Present: mum [[Becky|name]], dad [[Gareth|name]], [[Isla|name]]. [[Oscar|name]] (7) climbing the stair gate.
Recommend: safe space bed, wet room downstairs, window restrictors. Landlord (Mr [[Thornton|name]], [[Ford|place]]) agrees.
Grandmother [[Carol Weatherson|name]] ([[01668 281 594|phone]]) visits Tuesdays from [[Chatton|place]].
Car adaptation: family car [[NL66 PRY|vehicle]]. Next visit [[15th December|date]].
Notes: [[Isla|name]] says [[Oscar|name]] woke her four times on [[30/11|date]]. [[Gareth|name]] asked about a grant; referred to
[[Hazel Moffat|name]]. Sign: [[G. Tully|name]].
cc Dr [[Nwosu|name]]; [[Hazel Moffat|name]]; Mrs [[Hardy|name]] ([[Glendale|school]]); [[Ann Lisle|name]] (Portage).
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL [[3 December 2026|date]]
Chair: [[Yvonne Straughan|name]]. Present: [[Hazel Moffat|name]] (SW), [[Graham Tully|name]] (OT), Dr [[Nwosu|name]].
[[Oscar Pringle|name]], 7, [[Milfield|place]]. Agreed: 2 nights a month at the short breaks house in [[Morpeth|place]] from
[[January 11th 2027|date]]; 6 hrs/wk personal assistant ([[Sarah Ord|name]] approved). Young carer referral for [[Isla|name]]
([[Emma Laidler|name]]). Review [[3/6/2027|date]].
Next: [[Hazel|name]] to tell [[Becky|name]] and [[Gareth|name]] by phone [[4/12|date]]; Dr [[Nwosu|name]] to write re rescue meds.
Other cases at panel: none for [[Milfield|place]]. Minutes: [[Tom Beattie|name]]. Sent to [[Rebecca Pringle|name]] and
[[Gareth Pringle|name]].
Address for letters: [[3 Maelmin Cottages|address]], [[Milfield|place]], [[NE71 6JD|postcode]]. PA start date [[4 January 2027|date]];
first overnight [[11/01/2027|date]]; review of rescue meds plan [[1 March 2027|date]].
"""),
]


# --- F. Douglas / Turnbull family (white British), Chatton, near Wooler; domestic abuse -------------------------------------

HOME_F = d.Address("5 New Road", "Chatton", "Alnwick", "NE66 5PU")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Millie", "Turnbull")], dt.date(2015, 10, 4), addresses=[HOME_F], ids=["5214684401", "N929235216428"],
       schools=["Wooler First School"]),
    _p("m", "mother", [("Kirsty", "Douglas")], dt.date(1991, 1, 25), addresses=[HOME_F], phones=["07983 126 454"]),
    _p("f", "father", [("Craig", "Turnbull")], dt.date(1989, 9, 9), phones=["07395 214 871"]),
], "c")

DOCS_F = [
    ("MARAC referral form", """MARAC REFERRAL
Victim: [[DOUGLAS, Kirsty|name]]  DOB [[25/01/1991|dob]]  [[5 New Road|address]], [[Chatton|place]] [[NE66 5PU|postcode]]
[[07983 126 454|phone]]
Perpetrator: [[Craig Turnbull|name]]  DOB [[09/09/1989|dob]]  lives [[Belford|place]]
Children: [[Millie Turnbull|name]] (11, NHS [[5214684401|nhs]]), [[Lewis Douglas|name]] (4)
Incident [[28/11/2026|date]]: [[Craig|name]] came to the house, strangled [[Kirsty|name]] in the kitchen; [[Millie|name]] ran to
neighbour [[Margaret Scott|name]] at [[no. 7|address]]. DASH 17. Referrer: IDVA [[Nicola Brewis|name]].
Previous: [[Craig|name]] breached a non-molestation order on [[02/10/2026|date]] at [[Wooler|place]] Co-op. His van
[[NK20 TRB|vehicle]].
His new partner [[Gemma Rowell|name]] in [[Belford|place]] has a baby. Mum's mum [[Jean Douglas|name]], [[Wooler|place]].
Children's school: [[Wooler First School|school]], UPN [[N929235216428|upn]] ([[Millie|name]]); [[Lewis|name]] at nursery.
Contact phone for [[Craig|name]]: [[07395 214 871|phone]]. Police ref via PC [[Bolam|name]] ([[Wooler|place]]).
"""),
    ("a girl's diary", """my diary by [[Millie|name]] [[29th november|date]]
dad came and shouted at mam and grabbed her neck. i ran to [[margaret|name]]s. [[lewis|name]] was crying. mam says we might go
to nana [[jean|name]]s in [[wooler|place]]. i dont want to leave [[chatton|place]] cos of [[sophie|name]] and my pony Bramble.
mrs [[Fairbairn|name]] at school is nice. i want dad to stop.
[[30th november|date]] we stayed at nana [[jean|name]]s. [[lewis|name]] slept in my bed. [[sophie|name]] texted me. i miss Bramble.
[[1st december|date]] mam said dad is not allowed in [[chatton|place]]. PC [[bolam|name]] came. [[margaret|name]] fed Bramble for me.
[[sophie|name]]s mam [[tracey|name]] took me and [[sophie|name]] to [[belford|place]] for chips. i felt normal.
[[2nd december|date]] back at school. mrs [[Fairbairn|name]] let me and [[sophie|name]] and [[ruby|name]] do art at dinner.
[[3rd december|date]] nana [[jean|name]] says we can have christmas at hers in [[wooler|place]] with uncle [[andy|name]] and
[[kerry|name]].
[[4th december|date]] big meeting. mam said [[danny|name]] the social worker is kind. [[lewis|name]] drew a rainbow for [[zoe|name]].
"""),
    ("initial child protection conference decisions", """ICPC - [[Millie Turnbull|name]] and [[Lewis Douglas|name]] -
[[4/12/2026|date]]
Chair [[Alison Wake|name]]. Present: [[Kirsty Douglas|name]], SW [[Danny Forbes|name]], Mrs [[Fairbairn|name]]
([[Wooler First|school]]),
PC [[Bolam|name]], HV [[Claire Dodds|name]]. [[Craig Turnbull|name]] excluded (bail, not to enter [[Chatton|place]]).
Decision: CP plans, emotional abuse. Safety plan: nana [[Jean Douglas|name]] ([[01668 283 016|phone]]) at [[12 Ryecroft Way|address]],
[[Wooler|place]] as back-up. Core group [[18/12/2026|date]].
[[Millie|name]]'s view (via Mrs [[Fairbairn|name]]): wants to stay in [[Chatton|place]] near [[Sophie Gray|name]]; scared of dad.
[[Lewis|name]] (NHS to confirm) at nursery in [[Wooler|place]] with [[Zoe Patterson|name]] (key person).
Dissent: none. [[Kirsty|name]] agreed with the plan; she wants [[Craig|name]] to see the kids only at a contact centre in
[[Alnwick|place]]. Minute-taker [[Hayley Moore|name]]. Report to [[Kirsty Douglas|name]] and [[Craig Turnbull|name]] (by post,
[[Belford|place]]).
"""),
    ("housing officer's letter", """[[7 December 2026|date]]
Ms [[K. Douglas|name]], [[5 New Road|address]], [[Chatton|place]], [[NE66 5PU|postcode]]
Dear Ms [[Douglas|name]], following our call with [[Danny Forbes|name]] we can fit a sanctuary scheme (new locks, door chain) on
[[10th December|date]]. If you prefer to move, we have a property at [[Wooler|place]] near your mother [[Jean|name]].
[[S. Younger|name]], Housing Officer
cc [[Nicola Brewis|name]] (IDVA); SW [[Danny Forbes|name]]. Fitter [[Kev Lough|name]] will ring from [[01665 830 266|phone]].
Reference: KD/CHT/5. Your tenancy began [[3 March 2021|date]]. Please tell us if [[Millie|name]] or [[Lewis|name]] need a room
at [[Wooler|place]] on [[14th December|date]] viewing.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 193 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy",
           "dad", "daddy", "mam", "aunty", "auntie", "uncle", "ájapa", "apa", "mama", "papa"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "northumberland",
               "north northumberland", "uzbekistan", "karakalpakstan", "russia"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nan Lorraine", "Ájapa Roza") and regions ("Karakalpakstan").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
