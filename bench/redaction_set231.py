"""Set 231: a held-out hand-written set for the redaction detector, six invented families in Chipping Norton, Faringdon and
the villages around them (Oxfordshire), written in one short sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set230.py, bench/redaction_set232.py and bench/redaction_set233.py and their tests (written by other helpers at
the same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set213.py (its docstring, first two documents, one record and its end: _PAIRS,
NAME, _TITLES, _AFTER, _NOT_PLACES, HandSet), tests/test_redaction_set213.py and tests/hand_set_checks.py in full; the
signature lines of bench/redaction_handwritten.py (a grep for "def"); bench/redaction_set181.py was not read (set 213 follows
its conventions and was copied). The docstrings of the earlier bench/redaction_set*.py (not 230, 232, 233) were searched by
script for communities from Asia and for this set's towns, printing only a few lines around each hit: Hmong, Hazara, Uyghur,
Kazakh, Kyrgyz, Tajik, Ladakhi, Sherpa, Kachin, Zomi, Meitei, Ilocano, Cebuano, Akha, Bugis and others were found; Toraja was
in none; Shrivenham and Enstone hits were a street and a substring, and Chipping Norton, Faringdon, Charlbury, Watchfield and
Hook Norton were in none. Phone numbers were checked with the phonenumbers library; NHS numbers and UPNs (LA 931) were made
with python-stdnum. The set's own checker (set 15's, through HandSet) was run; it uses no detector. Nobody may tune the
detector on this set: it is to be scored once. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families:
- A. Hollis / Pratley (white British), Cotswold Crescent, Chipping Norton: a boy of 9 with a burn, a baby sister, mum's
  partner from Over Norton, a father in Banbury, a nan on Spring Street.
- B. Pasanda / Sampe (Torajan, from Rantepao, South Sulawesi, Indonesia), Gloucester Street, Faringdon: a boy of 13 hit with a
  belt, a family WhatsApp group in Indonesian, a grandmother in Rantepao and an aunt in Makale (+62 phones).
- C. Beale (white British), Queen Street, Hook Norton: a young carer of 12 for a father with MS, a nan in Bloxham.
- D. Kembrey / Dyer (white British), Watchfield and Shrivenham: a girl of 15 missing to Penhill, Swindon, exploitation.
- E. Coles / Stanton (white British), Charlbury: a baby of 7 months, domestic abuse, a father's mother in Chadlington.
- F. Lockwood / Tanner (white British), Folly View Road, Faringdon: a mother misusing alcohol, a boy of 9, a nan in Buckland.
The community new to the sets: Torajan (the Toraja people of the highlands of South Sulawesi, Indonesia), Christian, with
Indonesian as the family language.

24 documents, each with its own style label: a MASH referral from a primary school, a health visitor's home visit note, a
social worker's case note of a joint home visit, a father's email complaint, strategy discussion minutes, a family WhatsApp
group in Indonesian translated, a young person's own words typed by the advocate, a child and family assessment extract with
an interpreter, a young carers' assessment, a young carer's own writing, a GP letter to the social worker, a school attendance
officer's phone log, a police missing person log, a return home interview, Snapchat messages typed up by the school,
contextual safeguarding panel minutes, a police domestic abuse incident log, a health visitor's note of a new birth
follow-up, a mother's voice note transcribed, a MARAC referral, initial child protection conference minutes, a scanned school
letter with OCR misreadings, a parent's complaint to the council, and a grandmother's Facebook messages typed up.

Invented: every person, house number, phone number, NHS number, UPN, NI number, email address and vehicle registration.
Phones are valid (phonenumbers), UK and foreign (Indonesia +62); NHS numbers and UPNs pass their check digits (the OCR'd
letter keeps its UPN and phone digits right and misreads names, places and dates). Organisations are unmarked, also when they
hold a town's name ("Hook Norton Surgery", "FARlNGDON JUNlOR SCH0OL" as a letterhead, "THAMES VALLEY POLICE", "Coxwell Court",
"the Corner House", "Turning Point", "the John Radcliffe", "Youth Shield", McDonald's, Tesco); towns, villages, estates and
districts are marked as places; "Oxfordshire", "Indonesia", "Tana Toraja", "South Sulawesi" and "Vale" are regions, unmarked.

Markup and conventions: those of bench/redaction_set213.py (and so set 181). Titles and kinship words stay outside a name
(Mr, Mrs, Ms, Dr, PC, DC, DI, Rev, Pastor, Nan, Nanny, Uncle, Aunty, and the Indonesian Mama, Bapak, Tante, Om, Kak and the
Torajan Nene'); "SURNAME, First" is one span, and so is "First SURNAME"; an initial with a surname is one span; usernames are
not marked; a possessive 's and a bare s in texting stay outside the name ("harley"s, "oscar"s, "Lai'"s).

Choices this set had to make: chat speaker labels are names ("rubes:", "Val Lockwood"); a WhatsApp group named for the family
("Keluarga Pasanda") marks the surname; a pet's name ("Bruno", "Pip") is a name; local short forms of towns are places
("chippy" for Chipping Norton, "hooky" for Hook Norton, "shriv" for Shrivenham, "brize" for Brize Norton, "Stanford" for
Stanford in the Vale); "the Leys" (an estate in Chipping Norton) is a place; a school named loosely ("St Marys") is a school,
while "Chipping Norton school" marks only the town, as set 213's "Bulford library"; a block of flats ("Sedgebrook House") and
a cottage name ("Rose Cottage, Summertown") are addresses; "Enstone airfield" marks Enstone; a pub ("the Bell") is unmarked;
a part registration ("YD68") is a vehicle; a date of birth of someone outside the record is a dob; the Torajan name "Lai'"
keeps its glottal apostrophe inside the span; an OCR misreading keeps its kind ("HarIey", "BuckIand", "l9/ll/2O26"); a phone
written without spaces is a phone.

Self-check without the detector: `python -m bench.redaction_set231` (and tests/test_redaction_set231.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 911 gold spans, 499 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hollis / Pratley family (white British), Cotswold Crescent, Chipping Norton ------------------------------------------

HOME_A = d.Address("14 Cotswold Crescent", "", "Chipping Norton", "OX7 5DX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Pratley")], dt.date(2017, 6, 22), addresses=[HOME_A], ids=["0265933943", "J931122633038"],
       schools=["St Mary's CE Primary School"]),
    _p("s", "sibling", [("Poppy", "Pratley")], dt.date(2024, 1, 9), addresses=[HOME_A], ids=["6759461916"]),
    _p("m", "mother", [("Kayleigh", "Hollis")], dt.date(1998, 4, 3), addresses=[HOME_A], phones=["07723 415 906"]),
    _p("f", "father", [("Darren", "Pratley")], dt.date(1994, 12, 17), phones=["07856 302 471"]),
], "c")

DOCS_A = [
    ("MASH referral from a primary school", """MASH REFERRAL - OXFORDSHIRE CHILDREN'S SERVICES
Child: [[PRATLEY, Tyler|name]]   DOB [[22/06/2017|dob]]   NHS [[026 593 3943|nhs]]   UPN [[J931122633038|upn]]
School: [[St Mary's CE Primary|school]], [[Chipping Norton|place]]. Referrer: DSL Mrs [[Anne-Marie Corbett|name]] ([[01608 643 219|phone]])
Address: [[14 Cotswold Crescent|address]], [[Chipping Norton|place]] [[OX7 5DX|postcode]]
Mother: [[Kayleigh Hollis|name]] ([[03/04/1998|dob]]), mob [[07723 415 906|phone]]. Father: [[Darren Pratley|name]], lives in
[[Banbury|place]], mob [[07856 302 471|phone]]. Sibling: [[Poppy|name]], born [[9 January 2024|dob]].
Concern: on Tuesday [[3rd November|date]] [[Tyler|name]] came in with a burn on his wrist. He told TA Miss [[Lowe|name]] that
"[[Poppy|name]] pulled the iron" and then that "[[Kieran|name]] did it". [[Kieran|name]] is mum's partner, [[Kieran Mobbs|name]],
believed to be from [[Over Norton|place]]. On [[5/11/26|date]] [[Tyler|name]] was collected at 4.40 by a neighbour, Mrs
[[Sheila Godden|name]] ([[no. 16|address]]), who said mum was "in [[Witney|place]] for the day".
Attendance 81%. Free school meals. Previous referral [[March 2025|date]] (closed to early help worker [[Jo Stringer|name]]).
Mum's friend "[[Tash|name]]" ([[Natasha Lyle|name]]) has been seen at the gate with [[Kieran|name]] in a blue van [[OU19 XKB|vehicle]].
Other children in the household: none. Mum's sister [[Kerry-Ann Hollis|name]] ([[Chadlington Road|address]], [[Chipping Norton|place]])
sometimes
collects. [[Tyler|name]]'s friends in class: [[Alfie W|name]], [[Rosie Dancer|name]], [[Zac|name]]. School nurse [[Pam Gullis|name]]
saw the burn
on [[4/11|date]] and advised GP. Consent: not sought from mum as [[Kieran|name]] was present when DSL rang at 15.10; discussed with
[[Mark Toft|name]] (MASH duty) on [[6 November 2026|date]], who agreed.
"""),
    ("health visitor's home visit note", """HV contact - [[Poppy Pratley|name]] ([[09/01/2024|dob]]) - [[10.11.2026|date]] - HV
[[Gwen Arkell|name]]
Seen at home, [[14 Cotswold Cres|address]]. Mum [[Kayleigh|name]] present, partner [[Kieran|name]] upstairs, did not come down.
[[Poppy|name]] (2y10m) in a vest only, house cold, dog loose. Speech: few words, says "[[Ty|name]]" for her brother.
Mum says [[Tyler|name]]'s burn was from the iron, [[Poppy|name]] knocked the board. Mum tearful, says [[Darren|name]] has not paid
since [[August|date]]. Her mum [[Lorraine Hollis|name]] lives at [[3 Spring Street|address]], [[Chipping Norton|place]] but "we don't
talk". Friend [[Natasha|name]] helps. GP: Dr [[Sandhu|name]] at the [[Chipping Norton|place]] health centre.
Plan: 2-year review overdue (was due [[Jan 2026|date]]); refer to speech and language; discuss with SW [[Imogen Feltham|name]].
Next visit [[24/11/2026|date]]. Mum's new number [[07723 415 906|phone]] (same as before - checked).
Addendum [[11/11/26|date]]: spoke to nan [[Lorraine|name]] on [[01608 645 902|phone]]. She said "[[Kayleigh|name]]'s not been right since
[[Darren|name]] went" and that [[Kieran|name]] "is a [[Mobbs|name]], they're all trouble in [[Chippy|place]]". She would have
[[Poppy|name]] and
[[Tyler|name]] but her house on [[Spring St|address]] is small. Her friend [[Maureen Clack|name]] in [[Salford|place]] could help with
school runs.
"""),
]

DOCS_A += [
    ("social worker's case note of a joint home visit", """CASE NOTE  [[12/11/2026|date]]  SW [[Imogen Feltham|name]] with PC
[[Holloway|name]] (TVP)
Visit to [[Cotswold Crescent|address]]. [[Kayleigh Hollis|name]] answered; [[Kieran Mobbs|name]] left by the back door towards
[[the Leys|place]]. [[Tyler|name]] seen alone in his bedroom: said [[Kieran|name]] "gets cross" and that he plays at his mate
[[Alfie Wadlow|name]]'s on [[Burford Road|address]]. He wants to see his dad [[Darren|name]] in [[Banbury|place]] and nan
[[Lorraine|name]]. Burn healing, photographed. Agreed: [[Tyler|name]] and [[Poppy|name]] to stay with nan [[Lorraine Hollis|name]]
at [[3 Spring St|address]] until the strategy meeting on [[13th|date]]. Mum agreed, signed. Checked [[Kieran|name]]: DOB
[[02/02/1993|dob]], address given [[Flat 4, 27 Horsefair|address]], [[Chipping Norton|place]] [[OX7 5AL|postcode]]; car
[[OU19 XKB|vehicle]].
Called [[Darren Pratley|name]] on [[07856 302 471|phone]]: he is with new partner [[Shannon|name]] at [[Bretch Hill|place]],
[[Banbury|place]],
and will come up on Saturday. Manager [[Rob Keevil|name]] agreed plan 17:20.
Later, 18:05: [[Natasha Lyle|name]] rang the duty line from [[07747 290 318|phone]] saying [[Kieran|name]] was "kicking off" at
[[Lorraine|name]]'s
door. PC [[Holloway|name]] and PC [[Sadia Munir|name]] attended [[Spring Street|address]]; [[Kieran|name]] gone on foot towards
[[Over Norton|place]]. Children asleep. [[Lorraine|name]]'s neighbour Mr [[Des Trinder|name]] has a doorbell camera.
"""),
    ("father's email complaint", """From: [[darrenpratley94@outlook.com|email]]
Sent: [[18 November 2026|date]] 22:41
To: [[imogen.feltham@oxfordshire.gov.uk|email]]
Subject: my kids

[[Imogen|name]] I want it on record nobody told me about [[Tyler|name]]s burn for a WEEK. I found out from [[Shannon|name]]s sister
who works at [[St Marys|school]]. [[Kayleigh|name]] has had that [[Kieran Mobbs|name]] round since the summer and I told the school in
[[July|date]]. I pay when I can. I live at [[22 Warwick Road|address]], [[Banbury|place]] [[OX16 2AN|postcode]] if anyone wants to
visit. My mum [[Carol Pratley|name]] in [[Hook Norton|place]] would have them too, shes on [[01608 737 284|phone]].
Also [[Lorraine|name]] is not well enough to have both of them, she has her knee op on [[the 30th|date]].
[[Darren Pratley|name]]
PS my number changed its [[07856 302 471|phone]] still but [[Shannon|name]]s is [[07394 612 058|phone]] if i dont answer.
[[Tyler|name]] can have the
small room at ours and go to [[Hill View Primary|school]] in [[Banbury|place]], [[Shannon|name]]s lad [[Mason Rigby|name]] goes there.
PPS [[Kayleigh|name]]s mate [[Tash|name]] is no good either, ask [[Lorraine|name]] or ask [[Kerry-Ann|name]].
"""),
]


# --- B. Pasanda / Sampe family (Torajan, from Rantepao, South Sulawesi, Indonesia), Gloucester Street, Faringdon -------------

HOME_B = d.Address("31 Gloucester Street", "", "Faringdon", "SN7 7HY")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Yosua", "Pasanda")], dt.date(2013, 9, 14), addresses=[HOME_B], ids=["0254450091", "R931091951523"],
       schools=["Faringdon Community College"]),
    _p("s", "sibling", [("Maria", "Pasanda")], dt.date(2018, 2, 27), addresses=[HOME_B], ids=["6070081250"]),
    _p("m", "mother", [("Debora", "Sampe")], dt.date(1986, 7, 5), addresses=[HOME_B], phones=["07918 264 530"]),
    _p("f", "father", [("Markus", "Pasanda")], dt.date(1982, 3, 19), addresses=[HOME_B], phones=["07934 581 026"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[PASANDA, Yosua|name]] ([[14/09/2013|dob]]) - [[20/11/2026|date]] 10:00, Teams
Chair: [[Helen Marchbank|name]] (team manager). Present: SW [[Tom Ockwell|name]]; DC [[Priya Sandford|name]] (TVP CAIT);
Mrs [[Janet Tewkesbury|name]], DSL, [[Faringdon Community College|school]]; school nurse [[Bethan Lloyd|name]]; Dr [[Okonjo|name]]
(named GP, [[Faringdon|place]] Medical Practice). Interpreter (Bahasa Indonesia): [[Linda Wijaya|name]].
Family: mother [[Debora Sampe|name]] ([[05/07/1986|dob]]), father [[Markus Pasanda|name]] ([[19/03/1982|dob]], NI [[JR 61 47 28 A|ni]]),
sister [[Maria|name]] ([[27.02.2018|dob]]). Address [[31 Gloucester Street|address]], [[Faringdon|place]] [[SN7 7HY|postcode]].
From [[Rantepao|place]], Tana Toraja; came [[2019|date]], father a care worker at Coxwell Court care home.
Information: on [[19 Nov|date]] [[Yosua|name]] showed PE teacher Mr [[Hinder|name]] belt marks on his back. He said
"bapak" (father) hit him because he came home late from [[Wantage|place]] with his friend
[[Callum Ferris|name]]. [[Yosua|name]] ("[[Yos|name]]") did not want police. Pastor [[Yohanes Tandirerung|name]] of the Torajan
fellowship in [[Swindon|place]] rang school to "help".
Decision: s47 joint; ABE not now; [[Yosua|name]] to stay with family friend [[Ribka Palimbong|name]], [[5 Canada Lane|address]],
[[Faringdon|place]] [[SN7 8AA|postcode]], tonight. Medical with Dr [[Carys Whiteman|name]] at the John Radcliffe on [[21/11|date]].
Information from police: [[Markus PASANDA|name]] no convictions; one call on [[3 August 2024|date]] from [[Swindon|place]]
([[Cricklade Road|address]])
about shouting, neighbour Mrs [[Okafor|name]]. School: [[Yosua|name]] on report for lateness; friends [[Callum Ferris|name]] and
[[Ethan Bickerstaff|name]]
of [[Shrivenham|place]]. Health: [[Maria|name]] seen by school nurse [[Bethan Lloyd|name]] [[20/11|date]], no marks.
Mother's phone [[07918 264 530|phone]]; father's [[07934 581 026|phone]]. Mrs [[Tewkesbury|name]] to tell [[Debora|name]] at pick-up.
"""),
    ("family WhatsApp group in Indonesian, translated", """WhatsApp group "Keluarga [[Pasanda|name]]" - screenshots given by [[Yosua|name]],
[[21/11/2026|date]]. Translated by [[Linda Wijaya|name]] [[22/11/2026|date]].

[[18/11/26|date]] 21:14 Mama [[Debora|name]]: [[Yos|name]] dimana? Sudah jam 9.
   ([[Yos|name]] where are you? It is already 9.)
[[18/11/26|date]] 21:20 [[yosua|name]]: di [[wantage|place]] sama [[callum|name]] ma, bis terakhir
   (in [[wantage|place]] with [[callum|name]] mum, last bus)
[[18/11/26|date]] 21:31 Bapak [[Markus|name]]: Pulang sekarang. Nanti bapak urus.
   (Come home now. Father will deal with it later.)
[[18/11/26|date]] 22:02 Nene' [[Lai'|name]] ([[+62 812 4531 7790|phone]]): [[Markus|name]], jangan pukul cucuku. Ingat [[Rantepao|place]].
   ([[Markus|name]], do not hit my grandson. Remember [[Rantepao|place]].)
[[19/11/26|date]] 06:50 Tante [[Yuli|name]] ([[+62 423 21456|phone]]): [[Deb|name]] telepon aku dari [[Makale|place]] ya
   ([[Deb|name]] ring me from [[Makale|place]] ok) - translator's note: the aunt lives in [[Makale|place]].
[[19/11/26|date]] 07:02 [[maria|name]]: 🙏 kak [[yos|name]]
[[19/11/26|date]] 07:30 Mama [[Debora|name]]: [[Markus|name]] sudah. Pastor [[Yohanes|name]] mau datang dari [[Swindon|place]] jam 7.
   ([[Markus|name]] enough. Pastor [[Yohanes|name]] wants to come from [[Swindon|place]] at 7.)
[[19/11/26|date]] 07:41 Om [[Yakob|name]] ([[+62 813 4270 1582|phone]]): [[Yos|name]] anak baik. Salam dari [[Makale|place]].
   (Uncle [[Yakob|name]]: [[Yos|name]] is a good boy. Greetings from [[Makale|place]].)
"""),
]

DOCS_B += [
    ("young person's own words, typed by the advocate", """My words - [[Yosua Pasanda|name]], age 13, with [[Kezia|name]] from the
advocacy service, [[26.11.2026|date]]

my name is [[Yosua|name]] but everyone at school calls me [[Josh|name]] or [[Yos|name]]. i was born in [[rantepao|place]] which is
in the mountains. my nene [[Lai'|name]] still lives there and i talk to her on video every sunday.
bapak is strict. he says in Toraja a boy respects his father. he hit me with his belt because i went to [[Wantage|place]]
with [[Callum|name]] and [[Ethan B|name]] and came back late. it was not the first time. the first time was when we lived in
[[Swindon|place]] on [[Cricklade Road|address]].
i am staying at aunty [[Ribka|name]]s. she is not my real aunty she is from church. her son [[Daniel|name]] shares his xbox.
i want to go home but i want bapak to stop. mama [[Debora|name]] cries. [[Maria|name]] is 8 and she is ok.
[[Kezia|name]] wrote: [[Josh|name]] asked that his PE teacher Mr [[Hinder|name]] is told he is "ok".
when i grow up i want to be a footballer for [[Swindon|place]] or a nurse like mama was in [[Makassar|place]]. i want to go back to
[[Rantepao|place]] for nene [[Lai'|name]]s 80th in [[August|date]]. [[Ethan|name]]s mum Mrs [[Bickerstaff|name]] says i can stay at
theirs in
[[Shrivenham|place]] anytime.
"""),
    ("child and family assessment extract with an interpreter", """CHILD AND FAMILY ASSESSMENT (extract) - [[Yosua PASANDA|name]]
SW: [[Tom Ockwell|name]]. Interpreter [[Linda Wijaya|name]] (Bahasa Indonesia; father asked for no Toraja-speaking interpreter from
[[Swindon|place]] as "everyone knows everyone"). Visits: [[24/11/2026|date]], [[27/11/2026|date]], [[1st December|date]].
Father [[Markus|name]] works nights at a care home in [[Great Coxwell|place]]. He accepts hitting [[Yosua|name]] "two times".
He grew up in [[Sa'dan|place]] near [[Rantepao|place]]; his own father hit him with rattan. He has agreed to a parenting course with
[[Sue Pitson|name]] at the [[Faringdon|place]] family hub. Mother [[Debora|name]] ([[07918 264 530|phone]]) works at the
Tesco in [[Swindon|place]] on [[Ocotal Way|address]]. Her sister [[Yuliana Sampe|name]] ("Tante [[Yuli|name]]") is in
[[Makale|place]]. Father's mobile [[07934 581 026|phone]]. [[Maria Pasanda|name]] ([[27/2/2018|dob]]), NHS [[6070081250|nhs]], attends
[[Faringdon Infant School|school]]; teacher Miss [[Abbey Tranter|name]] has no worries. [[Yosua|name]]'s UPN [[R931091951523|upn]],
NHS [[025 445 0091|nhs]]. Family friend [[Ribka Palimbong|name]] ([[07702 318 645|phone]]) willing to be a support.
[[Yosua|name]] returned home on [[30/11/2026|date]] under a written agreement.
Genogram: paternal grandmother [[Lai' Tandiarrang|name]] (Nene' [[Lai'|name]]), [[Rantepao|place]], tel [[+62 812 4531 7790|phone]];
paternal uncle
[[Yakob Pasanda|name]], [[Makale|place]]; maternal aunt [[Yuliana Sampe|name]]. Church: the Torajan fellowship meets in [[Swindon|place]]
(Pastor [[Yohanes Tandirerung|name]]) and in [[Reading|place]].
"""),
]


# --- C. Beale family (white British), young carer, Hook Norton --------------------------------------------------------------

HOME_C = d.Address("6 Queen Street", "", "Hook Norton", "OX15 5PH")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jessica", "Beale")], dt.date(2014, 10, 2), addresses=[HOME_C], ids=["5036158504", "E931499766621"],
       schools=["Chipping Norton School"]),
    _p("f", "father", [("Martin", "Beale")], dt.date(1975, 5, 30), addresses=[HOME_C], phones=["07811 470 293"]),
    _p("s", "sibling", [("Noah", "Beale")], dt.date(2019, 8, 11), addresses=[HOME_C], ids=["8855612670"]),
], "c")

DOCS_C = [
    ("young carers' assessment", """YOUNG CARERS ASSESSMENT - [[BEALE, Jessica|name]] ("[[Jess|name]]")  DOB [[02/10/2014|dob]]
Address: [[6 Queen Street|address]], [[Hook Norton|place]], [[OX15 5PH|postcode]]. School: [[Chipping Norton School|school]] (Y7).
Assessed by [[Maddie Culverhouse|name]], Oxfordshire young carers service, on [[2 December 2026|date]].
Cared-for: dad [[Martin Beale|name]] (multiple sclerosis, uses a wheelchair since [[spring 2025|date]]); brother [[Noah|name]], 7.
Mum [[Stacey|name]] left in [[2023|date]] and lives in [[Cheltenham|place]] with [[Gary Oldfield|name]]; contact is "now and then".
[[Jess|name]] does: getting [[Noah|name]] to [[Hook Norton CE Primary|school]], meals, dad's tablets, shopping at the [[Hook Norton|place]]
shop, helping dad transfer. She is up at 6. Her friend [[Isla Shepherd|name]] from [[Sibford Ferris|place]] knows.
Support: Nan [[June Beale|name]] in [[Bloxham|place]] ([[01295 720 318|phone]]) twice a week; neighbour Mr [[Alan Priddy|name]]
([[no. 8|address]]).
District nurse [[Kath Wooldridge|name]]; OT [[Sam Ferreira|name]] (hoist ordered). Dad's mobile [[07811 470 293|phone]].
Plan: [[Jess|name]] to join the [[Chipping Norton|place]] young carers group on Tuesdays (worker [[Ollie Batts|name]]); after-school
club for
[[Noah|name]] at [[Hook Norton CE Primary|school]] funded; review on [[2 March 2027|date]]. Uncle [[Peter Beale|name]]
([[07825 613 094|phone]]) of
[[Great Rollright|place]] to be emergency contact. Mum [[Stacey Beale|name]] rang [[4/12|date]] from [[Cheltenham|place]] and agreed.
Others who know the family: Rev [[Clare Poulton|name]] (vicar); neighbours [[Alan|name]] and [[Brenda Priddy|name]]; [[Isla|name]]'s mum
[[Karen Shepherd|name]], who gives [[Jess|name]] lifts.
"""),
    ("a young carer's own writing", """about me by [[jess beale|name]]

i live in [[hooky|place]] with my dad and [[noah|name]]. dad has ms. i do the tea most nights and on fridays nan [[june|name]] does it.
at school in [[chippy|place]] i get tired. mrs [[kendrick|name]] lets me go to the quiet room. i used to do dance at [[Charlbury|place]]
with [[isla|name]] and [[Maisy-Lou|name]] but i stopped because of the bus.
mum lives in [[cheltenham|place]] with [[gary|name]]. i went at half term. [[gary|name]]s dog is called [[Bruno|name]].
i want a break and i want dad to get the new chair. i want [[noah|name]] to have someone to play with after school.
my best day was when uncle [[pete|name]] took us to the brewery open day in [[Hook Norton|place]] and dad came too.
my friends are [[isla|name]], [[poppy-mae|name]] and [[kenzie|name]]. [[kenzie|name]] lives in [[swerford|place]]. sometimes i get the
bus with
[[isla|name]] to [[banbury|place]] on saturdays. my teacher mr [[kendrick|name]] is nice. nan [[june|name]] says im her star.
"""),
]

DOCS_C += [
    ("GP letter to the social worker", """Hook Norton Surgery
Dr [[M. Ashworth-Kemp|name]], GP                                                        [[3rd December 2026|date]]
Dear Ms [[Culverhouse|name]],
Re: [[Martin BEALE|name]], DOB [[30/05/1975|dob]], [[6 Queen St|address]], [[Hook Norton|place]] [[OX15 5PH|postcode]]
and his children [[Jessica|name]] (NHS [[503 615 8504|nhs]]) and [[Noah|name]] (NHS [[885 561 2670|nhs]]).
Mr [[Beale|name]] has relapsing MS and is under Dr [[Fennimore|name]] at the neurology clinic in [[Oxford|place]]. His mobility
has declined since [[January|date]]. I am concerned that [[Jessica|name]], aged 12, gives him his evening injections. Our practice
nurse [[Lucy Hambidge|name]] saw [[Jessica|name]] on [[26/11/2026|date]]; she appeared tired and said she had not been to
[[Chipping Norton|place]] school for three days. I would support a carers' assessment for Mr [[Beale|name]] and a package of care.
His mother Mrs [[June Beale|name]] of [[Bloxham|place]] has agreed that I share this letter.
Yours sincerely, [[M. Ashworth-Kemp|name]]
cc [[martin.beale75@gmail.com|email]]
Mr [[Beale|name]]'s community MS nurse is [[Fiona Rook|name]] ([[fiona.rook@nhs.net|email]]). The hoist was requested by OT
[[Sam Ferreira|name]]
on [[18/11/2026|date]]. Please contact me on [[01608 737 410|phone]].
"""),
    ("school attendance officer's phone log", """ATTENDANCE - [[Jessica Beale|name]] 7KN - UPN [[E931499766621|upn]]
[[23/11|date]] 08:50 Absent. Rang dad [[07811 470 293|phone]]: [[Jess|name]] "helping me, I had a fall". AO [[Dawn Rathbone|name]].
[[24/11|date]] 09:05 Absent. No answer. Rang nan [[June|name]] [[01295 720 318|phone]]: she will go over from [[Bloxham|place]].
[[25/11|date]] 09:10 Absent. Nan says [[Jess|name]] stayed to mind [[Noah|name]] (tummy bug). [[Noah|name]]'s school
[[Hook Norton Primary|school]] confirm he was off too; Mrs [[Ellery|name]] there.
[[26/11/26|date]] Late 10.40, came on the [[Banbury|place]] bus with [[Isla|name]]. Seen by head of year Mr [[Kendrick|name]].
[[30/11/26|date]] Present. Said uncle [[Peter Beale|name]] from [[Great Rollright|place]] is staying this week.
[[1/12/26|date]] Present. Referred to young carers; email sent to [[maddie.culverhouse@oxfordshire.gov.uk|email]].
[[2/12/26|date]] Present. Met with [[Maddie Culverhouse|name]] (young carers) and [[Jess|name]]. [[Jess|name]] asked that her tutor Mrs
[[Dunkley|name]] is told. Nan [[June Beale|name]] to drive her from [[Hook Norton|place]] on Mondays and Wednesdays.
"""),
]


# --- D. Kembrey / Dyer family (white British), Watchfield and Shrivenham: a girl of 15 missing to Swindon ----------------------

HOME_D = d.Address("19 Pennycress Road", "", "Watchfield", "SN6 8TQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ruby", "Kembrey")], dt.date(2011, 4, 16), addresses=[HOME_D], ids=["3585415415", "D931195946857"],
       schools=["Faringdon Community College"], phones=["07462 915 380"]),
    _p("m", "mother", [("Lisa", "Dyer")], dt.date(1984, 1, 25), addresses=[HOME_D], phones=["07588 203 649"]),
    _p("o", "stepfather", [("Wayne", "Dyer")], dt.date(1980, 9, 8), addresses=[HOME_D]),
], "c")

DOCS_D = [
    ("police missing person log", """THAMES VALLEY POLICE - MISSING PERSON LOG   Ref 43260001923
Reported: Fri [[27/11/2026|date]] 23:05 by mother [[DYER, Lisa|name]] ([[07588 203 649|phone]]).
Missing: [[KEMBREY, Ruby|name]], DOB [[16/04/2011|dob]], 15 yrs, of [[19 Pennycress Road|address]], [[Watchfield|place]],
[[SN6 8TQ|postcode]].
Mobile [[07462 915 380|phone]] (off). Last seen 17:30 at the bus stop by [[Shrivenham|place]] memorial hall with friend
[[Kacey Brind|name]].
Believed with "[[Zee|name]]", an older male, possibly [[Zane Okoro-Hills|name]] (19) of [[Penhill|place]], [[Swindon|place]]. Vehicle
seen before: silver Corsa [[WR17 PZE|vehicle]]. Risk: high (CSE/CCE markers). Stepfather [[Wayne Dyer|name]] drove round
[[Faringdon|place]] and [[Highworth|place]].
Enquiries: PC [[Maisie Barnard|name]] spoke to [[Kacey|name]]'s mum [[Tina Brind|name]] at [[4 Star Lane|address]], [[Watchfield|place]].
[[Kacey|name]] says [[Ruby|name]] got into the Corsa at the [[Shrivenham Road|address]] roundabout.
[[28/11/2026|date]] 03:40 Found by BTP at [[Swindon|place]] railway station with [[Zane|name]]; returned home by PC [[Ojo|name]] 05:15.
[[Ruby|name]] had £240 cash and a second phone ([[07395 618 204|phone]]). RHI requested.
Previous episodes: [[12/10/2026|date]] (found [[Highworth|place]]), [[31/10/2026|date]] (found [[Swindon|place]] bus station by PCSO
[[Lydia Farr|name]]). Father [[Craig Kembrey|name]], [[Wantage|place]], informed 23:40. Nan [[Pauline Kembrey|name]]
([[01793 782 406|phone]])
checked her house at [[Manor Lane|address]]. [[Ruby|name]]'s UPN [[D931195946857|upn]]; NHS [[358 541 5415|nhs]].
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Ruby Kembrey|name]] - [[30/11/2026|date]] - worker [[Leanne Sturt|name]]
Where: McDonald's in [[Faringdon|place]] ([[Ruby|name]]'s choice). [[Ruby|name]] ("[[Rubes|name]]") said she went to [[Swindon|place]]
to see
[[Zee|name]] and his cousin "[[Deej|name]]". They went to a flat in [[Penhill|place]], [[Flat 9, Sedgebrook House|address]].
She says she "just held a bag". A girl called [[Mercedes|name]] or [[Sadie|name]] was there, maybe from [[Stratton|place]].
Home: she hates her stepdad [[Wayne|name]]; mum [[Lisa|name]] "takes his side". Her real dad [[Craig Kembrey|name]] lives in
[[Wantage|place]] on [[Mably Way|address]]; she would like to live with him. Her nan [[Pauline Kembrey|name]] in
[[Shrivenham|place]] is "the only one who listens".
School: [[Faringdon Community College|school]]; she likes Miss [[Oyelaran|name]] (art). Friends [[Kacey|name]], [[Amber-Lily Stone|name]].
Shared with SW [[Craig Nuttall|name]] and the exploitation lead [[Aisha Merritt|name]].
[[Ruby|name]] agreed the interview could go to PC [[Maisie Barnard|name]]. She gave [[Zee|name]]'s Snapchat but not his number. She said
[[Deej|name]] drives a black Audi, "[[YD68|vehicle]] something". Worker's view: exploitation indicators; discussed with
[[Craig Nuttall|name]] 16:10.
[[Ruby|name]] also named [[Tyrell|name]], [[Kai-Jay|name]] and "[[Little Mo|name]]" as boys at the flat, and a woman called [[Donna|name]]
who "owns" it.
"""),
]

DOCS_D += [
    ("Snapchat messages typed up by the school", """Snapchat messages shown by [[Kacey Brind|name]] to the DSL,
[[Faringdon Community College|school]], [[1/12/26|date]]
(usernames not copied)

[[rubes|name]]: kace u cant tell my mum about sat
[[kacey|name]]: i wont but [[ruby|name]] he is 19
[[rubes|name]]: [[zee|name]] is safe hes picking me up from [[shriv|place]] again fri
[[kacey|name]]: where u going
[[rubes|name]]: [[swindon|place]] then maybe [[oxford|place]] with [[deej|name]]
[[kacey|name]]: my mum says [[wayne|name]] was driving round [[watchfield|place]] all nite
[[rubes|name]]: dont care. my nan [[pauline|name]] is the only one
[[rubes|name]]: if anyone asks i was at [[amber-lily|name]]s in [[highworth|place]]
[[kacey|name]]: k x
[[kacey|name]]: also mr [[averill|name]] was asking where u were
[[rubes|name]]: tell him i was at my dads in [[wantage|place]] lol
[[kacey|name]]: [[amber|name]] says [[deej|name]] has a gun pic on his story
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - VALE - [[4 December 2026|date]]
Chair DI [[Rachel Goodenough|name]]. Present: [[Craig Nuttall|name]] (SW), [[Leanne Sturt|name]] (RHI), PC [[Maisie Barnard|name]],
[[Aisha Merritt|name]], Mr [[Colin Averill|name]] (DSL). Apologies: [[Tim Wastie|name]] (youth service).
Young people: [[Ruby KEMBREY|name]] ([[16.04.2011|dob]]); [[Kacey BRIND|name]] ([[2 March 2011|dob]]).
Locations of concern: the bus stop by the memorial hall, [[Shrivenham|place]]; the skate park, [[Faringdon|place]]; [[Penhill|place]] and
[[Stratton St Margaret|place]], [[Swindon|place]]; [[Sedgebrook House|address]].
Adults of concern: [[Zane Okoro-Hills|name]] ([[11/05/2007|dob]]), [[Demarco Hills|name]] ("[[Deej|name]]"); cars [[WR17 PZE|vehicle]]
and [[YD68 HMT|vehicle]].
Actions: disruption notice to [[Zane|name]] (PC [[Barnard|name]]); [[Ruby|name]] to be offered a place with the Youth Shield project;
SW to speak to father [[Craig Kembrey|name]] ([[07929 406 175|phone]]) about [[Ruby|name]] staying in [[Wantage|place]] at weekends;
nan [[Pauline|name]] at [[2 Manor Lane|address]], [[Shrivenham|place]] [[SN6 8AJ|postcode]] to be a safe place. Next:
[[8th January|date]].
Update from school: [[Ruby|name]] and [[Kacey|name]] seen with [[Amber-Lily Stone|name]] and an older girl, "[[Sadie|name]]", by the
[[Faringdon|place]] skate park on [[2/12|date]]. Youth worker [[Josh Pettifer|name]] to do detached work in [[Watchfield|place]] and
[[Shrivenham|place]]. Mother [[Lisa Dyer|name]] to be offered the parents' group run by [[Bev Amos|name]].
"""),
]


# --- E. Coles / Stanton family (white British), Charlbury: a baby and domestic abuse ------------------------------------------

HOME_E = d.Address("2 Ticknell Piece Road", "", "Charlbury", "OX7 3TW")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Freddie", "Stanton")], dt.date(2026, 3, 30), addresses=[HOME_E], ids=["7006500664"]),
    _p("m", "mother", [("Amy", "Coles")], dt.date(2003, 8, 14), addresses=[HOME_E], phones=["07506 839 142"]),
    _p("f", "father", [("Jordan", "Stanton")], dt.date(2000, 11, 2), phones=["07984 126 357"]),
], "c")

DOCS_E = [
    ("police domestic abuse incident log", """TVP DOMESTIC INCIDENT - Sun [[15/11/2026|date]] 01:12 -
[[2 Ticknell Piece Road|address]], [[Charlbury|place]] [[OX7 3TW|postcode]]
Victim: [[COLES, Amy|name]] DOB [[14/08/2003|dob]] mob [[07506 839 142|phone]]
Suspect: [[STANTON, Jordan|name]] DOB [[02/11/2000|dob]] mob [[07984 126 357|phone]] NI [[NE 73 20 95 C|ni]]
Child: [[Freddie STANTON|name]], DOB [[30/03/2026|dob]], in his cot upstairs.
Caller: neighbour Ms [[Rosalind Acott|name]] ([[no. 4|address]]) heard screaming. Officers PC [[Jamal Hussain|name]] and PC [[Eve
Lambourne|name]]. [[Amy|name]] had a red mark to her cheek; said [[Jordan|name]] threw his phone at her after a night at the
Bell in [[Charlbury|place]]. [[Jordan|name]] left before arrival in a white Transit [[OV21 LKD|vehicle]], believed to his
mum's in [[Chadlington|place]] ([[Debbie Stanton|name]], [[Brook End|address]]). Arrested [[15/11|date]] 09:30 at [[Enstone|place]] airfield
where he works. DASH medium. [[Amy|name]]'s mum [[Gail Coles|name]] came from [[Finstock|place]] to stay.
Officer notes: [[Amy|name]] said [[Jordan|name]]'s friend "[[Robbo|name]]" ([[Dean Robson|name]]) of [[Leafield|place]] was in the car. Baby
[[Freddie|name]] checked by PC [[Hussain|name]]: asleep, no marks. Photos taken. [[Gail Coles|name]] tel [[01993 868 275|phone]].
"""),
    ("health visitor's note of a new birth follow-up", """HV note - [[Freddie Stanton|name]] NHS [[700 650 0664|nhs]] -
[[19/11/2026|date]] - [[Kirsty Emberlin|name]] HV
Home visit [[Charlbury|place]]. Mum [[Amy|name]] and grandmother [[Gail|name]] present. [[Freddie|name]] 7 months, thriving, weight
on 50th centile. Mum discussed the incident of [[15th November|date]]. She says it is the third time; the first was in
[[Woodstock|place]] when she was pregnant ([[Dec 2025|date]]). Routine enquiry done. Mum has a support worker from the DA service,
[[Hannah Prew|name]]. [[Jordan|name]] is on bail not to come to [[Ticknell Piece Rd|address]]. His mum [[Debbie|name]] has been texting
asking to see [[Freddie|name]]. [[Amy|name]]'s friend [[Chloe Tarrant|name]] from [[Spelsbury|place]] is helping with lifts to
the baby group at the Corner House. Next contact [[3/12/2026|date]]; 1-year review booked [[30 March 2027|date]].
Safety plan shared with [[Amy|name]]; GP Dr [[Imrie|name]] at the surgery in [[Charlbury|place]] informed. SW [[Farah Quigley|name]]
allocated
[[20/11/2026|date]]. [[Freddie|name]]'s nan [[Gail|name]] will stay until [[Jordan|name]]'s court date on [[14 January|date]].
Baby group contacts: [[Chloe|name]], [[Sienna Hobbs|name]] and her baby [[Arlo|name]], and [[Megan Drinkwater|name]] from
[[Finstock|place]].
"""),
]

DOCS_E += [
    ("mother's voice note transcribed", """Voice note from [[Amy Coles|name]] to DA worker [[Hannah Prew|name]], [[22/11/2026|date]]
20:14, transcribed by [[Hannah|name]]

"Hiya [[Hannah|name]] it's [[Amy|name]]. Um. [[Jordan|name]]'s mum [[Debbie|name]] come round today, to the door, I didn't let her
in, she was saying [[Jordan|name]]'s sorry and he's staying at his mate [[Liam|name]]'s in [[Spelsbury|place]]... no, [[Ascott|place]],
[[Ascott-under-Wychwood|place]]. And she said he's gonna go for [[Freddie|name]] in court. My mum's here. [[Chloe|name]]'s
coming tomorrow. Can you ring me back on this number, [[07506 839 142|phone]], that's [[07506 839142|phone]]. Also he messaged
me from a new number, [[07482 551 903|phone]], saying 'miss you babe'. I screenshotted it. OK. Bye. Oh and the police lady, PC
[[Lambourne|name]], said to tell you. Bye."
[Second voice note, 20:19] "Sorry it's me again. [[Debbie|name]] said [[Jordan|name]]'s staying with [[Robbo|name]] in
[[Leafield|place]] not
[[Ascott|place]]. I don't know. [[Chloe|name]] says she saw his van at the garage in [[Enstone|place]] this morning."
"""),
    ("MARAC referral", """MARAC REFERRAL - OXFORDSHIRE - [[25/11/2026|date]]
Victim: [[Amy COLES|name]] ([[14.08.2003|dob]]), [[2 Ticknell Piece Rd|address]], [[Charlbury|place]], [[OX7 3TW|postcode]], safe number
[[07506 839 142|phone]] (text first). Children: [[Freddie Stanton|name]] ([[30.03.2026|dob]]).
Perpetrator: [[Jordan STANTON|name]] ([[02.11.2000|dob]]), bail address c/o [[Debbie Stanton|name]], [[7 Brook End|address]],
[[Chadlington|place]], [[OX7 3NF|postcode]]. Works: contractor at [[Enstone|place]]. Vehicle [[OV21 LKD|vehicle]]. New number
[[07482 551 903|phone]].
History: [[Dec 2025|date]] [[Woodstock|place]] (push, not reported); [[June 2026|date]] [[Charlbury|place]] (verbal, neighbour
[[Rosalind Acott|name]] called); [[15/11/2026|date]] (assault). Breach of bail contact on [[22/11|date]] (texts).
Referrer: [[Hannah Prew|name]], IDVA ([[hannah.prew@idva-oxon.org.uk|email]]). Social worker: [[Farah Quigley|name]].
Other people: perpetrator's mother [[Debbie Stanton|name]]; associate [[Dean Robson|name]] ("[[Robbo|name]]"), [[Leafield|place]]. Victim's
mother [[Gail Coles|name]], [[Finstock|place]]. Friend [[Chloe Tarrant|name]], [[Spelsbury|place]]. HV [[Kirsty Emberlin|name]].
"""),
]


# --- F. Lockwood / Tanner family (white British), Faringdon: a mother misusing alcohol, a boy of 9, a nan in Buckland ------------

HOME_F = d.Address("11 Folly View Road", "", "Faringdon", "SN7 7DH")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Harley", "Tanner")], dt.date(2017, 2, 8), addresses=[HOME_F], ids=["5127035669", "L931728251859"],
       schools=["Faringdon Junior School"]),
    _p("m", "mother", [("Gemma", "Lockwood")], dt.date(1991, 10, 12), addresses=[HOME_F], phones=["07853 917 246"]),
    _p("o", "grandmother", [("Valerie", "Lockwood")], dt.date(1963, 6, 1), phones=["01367 870 512"]),
], "c")

DOCS_F = [
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - [[TANNER, Harley|name]] -
[[1 December 2026|date]], [[Abingdon|place]]
Chair: [[Geraldine Oakhurst|name]]. Minutes: [[Sophie Kitching|name]].
Present: [[Gemma Lockwood|name]] (mother); [[Valerie Lockwood|name]] (maternal grandmother); SW [[Nadia Brackstone|name]];
Mrs [[Helen Yeo|name]] (DSL, [[Faringdon Junior School|school]]); [[Ben Tidmarsh|name]] (Turning Point); PC [[Adeyemi|name]].
Child: [[Harley Tanner|name]], DOB [[08/02/2017|dob]], NHS [[512 703 5669|nhs]], UPN [[L931728251859|upn]], of
[[11 Folly View Road|address]],
[[Faringdon|place]] [[SN7 7DH|postcode]]. Father: [[Lee Tanner|name]], whereabouts unknown (last known [[Carterton|place]]).
Concerns: mother found unconscious from drink on [[14/10/2026|date]] by [[Harley|name]], who ran to neighbour [[Mick Sealy|name]]
([[no. 13|address]]). Ambulance; [[Harley|name]] stayed with nan [[Val|name]] at [[Rose Cottage, Summertown|address]], [[Buckland|place]],
[[SN7 8QN|postcode]]. Since then two more incidents ([[2/11|date]], [[20/11|date]]). [[Gemma|name]]'s partner [[Rhys Gadsby|name]] from
[[Stanford in the Vale|place]] drinks with her.
[[Harley|name]]'s views (via Mrs [[Yeo|name]]): "I like it at nanny [[Val|name]]'s because she has [[Pip|name]] (dog) and I can walk to see
[[Oscar|name]]". Decision: child protection plan, neglect. Core group [[15/12/2026|date]]. Review conference [[1 March 2027|date]].
Mother's view: [[Gemma|name]] said she has cut down and is working with [[Ben|name]]. Grandmother [[Valerie Lockwood|name]]
([[01367 870 512|phone]]) said she would have [[Harley|name]] "for as long as it takes". [[Harley|name]]'s best friend [[Oscar Wenman|name]]
lives in [[Buckland|place]]; his mum [[Sandra Wenman|name]] helps. Mother's mobile [[07853 917 246|phone]].
"""),
    ("scanned school letter with OCR misreadings", """[OCR of a scanned letter - misreadings kept]
FARlNGDON JUNlOR SCH0OL
[[2O November 2O26|date]]
Dear Ms [[Brackst0ne|name]],
Re: [[HarIey Tanner|name]] (D0B [[O8/O2/2Ol7|dob]]), Year 5, UPN [[L931728251859|upn]]
I am writing as DSL to share our concerns. [[HarIey|name]] has been late l4 times this half term. 0n [[l9/ll/2O26|date]] he
said mum was "asleep on the f1oor" and he got himself to sch0ol from [[F0lly View R0ad|address]]. His nan Mrs [[VaIerie
L0ckwood|name]] from [[BuckIand|place]] collects on Fridays. Our learning mentor Mr [[0wen Gillard|name]] has done work with
him about his dad [[Lee|name]] who he has not seen since [[Faringd0n|place]] carnival in [[June 2O25|date]].
Yours sincerely, Mrs [[H. Ye0|name]], Designated Safeguarding Lead, tel [[01367 240 583|phone]]
cc: [[Nadia Brackst0ne|name]], SW; Mrs [[VaIerie L0ckwood|name]]; school nurse [[Jenny P1ummer|name]]. [[HarIey|name]] sits with
[[0scar|name]] and [[Ti11y Marsh|name]] at lunch.
"""),
]

DOCS_F += [
    ("a parent's complaint to the council", """Complaint form - online - submitted [[06/12/2026|date]] 23:58
Name: [[gemma lockwood|name]]   Email: [[gemlockwood91@hotmail.co.uk|email]]   Phone: [[07853 917 246|phone]]
Address: [[11 folly view rd|address]] [[faringdon|place]] [[sn7 7dh|postcode]]

my complaint is about the social worker [[NADIA BRACKSTONE|name]] and the conference on [[1st dec|date]]. the minutes say i was
unconcious on
[[14th oct|date]], i was not i was asleep and [[harley|name]] panicked. my neighbour [[mick|name]] will say. also they wrote that
[[rhys|name]]
drinks with me, he does not he is a mechanic in [[Stanford|place]] and works all hours. my mum [[val|name]] only had [[harley|name]]
because i
asked her. i want a new social worker and i want the chair [[Geraldine|name]] to ring me. my support worker from turning point [[ben|name]]
says i am doing well, i have been going to the group in [[wantage|place]] every thursday. i also want it noted that [[harley|name]]s dad
[[lee tanner|name]] has never paid a penny and nobody has looked for him, hes in [[carterton|place]] or [[brize|place]] with [[Jodie|name]].
pls reply to [[gemlockwood91@hotmail.co.uk|email]] or text [[07853917246|phone]]. [[gemma|name]]
"""),
    ("grandmother's Facebook messages typed up", """Facebook messages from [[Val Lockwood|name]] to SW [[Nadia Brackstone|name]] (shown
by [[Val|name]] on [[7/12/2026|date]])
Messages between [[Val|name]] and her daughter:

[[Val Lockwood|name]] Sat [[5 Dec|date]] 18:22: [[gem|name]] ive got [[harley|name]] tonight dont worry hes had his tea
[[Gemma Lockwood|name]] 18:40: ok mum thanks. [[rhys|name]] is taking me to [[swindon|place]]
[[Val Lockwood|name]] 18:41: please dont drink love. remember the conference
[[Gemma Lockwood|name]] 22:57: im fine. [[rhys|name]]s brother [[craig|name]] is driving us back
[[Val Lockwood|name]] Sun [[6 Dec|date]] 09:15: [[harley|name]] wants to go to [[oscar|name]]s party in [[buckland|place]] at 2 can u come
[[Gemma Lockwood|name]] 11:48: cant my heads banging. get [[sandra|name]] to take him
[[Val Lockwood|name]] 11:50: [[sandra|name]] is in [[Littleworth|place]] at her sisters. ill take him. ring me on the landline
[[01367 870 512|phone]] when ur up
[[Gemma Lockwood|name]] 13:02: sorry mum. tell [[harley|name]] love him. [[rhys|name]] says sorry to [[sandra|name]] and [[oscar|name]]
[[Val Lockwood|name]] 13:05: ok. he had a lovely time. [[oscar|name]]s dad [[Gavin|name]] did a bbq. see u at [[faringdon|place]] tues x
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 231 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 23:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "rev", "sw", "hv", "nurse",
           "nan", "nanny", "nene", "nene'", "gran", "granny", "mum", "mummy", "mama", "dad", "daddy", "bapak", "aunty", "auntie",
           "uncle", "tante", "om", "kak", "aunt", "pastor"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "oxfordshire", "indonesia", "tana toraja", "toraja", "south sulawesi", "sulawesi", "vale"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Nene' Lai'", "Tante Yuli", "Bapak Markus") and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
