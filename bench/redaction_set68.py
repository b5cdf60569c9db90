"""Set 68: a held-out hand-written set for the redaction detector, six more invented families in Bedfordshire and Milton Keynes.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set66.py,
redaction_set67.py, redaction_set69.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's record and first document, and its closing word lists and checker
set-up; the middle of its documents was not read) and tests/test_redaction_set21.py in full (the layout and marking conventions
followed here); the docstrings only of bench/redaction_set7.py to redaction_set65.py, printed with ast.get_docstring to a scratch
file and searched there (never the bodies) for Bedfordshire and Milton Keynes towns and estates and for community names; the
list of function signatures of bench/redaction_handwritten.py; and the ruff settings as ruff applies them. Phone numbers were
checked with the phonenumbers library, UPNs made with python-stdnum and NHS numbers made with their modulus 11 check digit in a
small snippet. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set used as a family's home: a white British family on
Hillgrounds Road in Kempston, with a nan in Wootton (Pryor / Stannard; a toddler's unexplained bruise, a partner's cannabis
growing), a Burmese (Bamar) family in Fishermead, Milton Keynes, with a grandmother in Yangon (a boy of 12 left to care for a
sister, a mother working nights in a warehouse, a name in Burmese script), a Samoan family in Linslade, Leighton Buzzard (Faleolo
/ Tuilagi; a church minister's concern about a belt, a grandmother in Apia), a white British family on Tithe Farm in Houghton
Regis (Gurney / Ashby; neglect, a dog bite, a partner called Jordan "Jord" Ashby), a mixed white British and Black Caribbean
family in Brickhill, Bedford (Lovell / Bailey; a girl of 15 missing overnight in Luton) and a white British father alone in
Wolverton, Milton Keynes, with a daughter of 14 called Ivy (Mayhew; school refusal, a mother in Spain). Burmese and Samoan
families are communities no earlier set used. 24 documents, four per family. Document types: an initial contact record, a strategy
discussion note, a grandmother's Facebook Messenger messages typed up, a chronology, a boy's texts with his mother typed up, an
OCR'd secondary school attendance letter, an interpreter's own note after a home visit (Burmese), a housing officer's tenancy
contact notes, a church minister's email, a child protection conference summary, a recorded school phone call transcript, a
CPOMS safeguarding log export, a health visitor's note typed fast on a phone, a neighbour's handwritten note scanned, a child and
family assessment, a food bank referral form, a police return home interview after a missing episode, an early help assessment,
a girl's Snapchat chat from a police download, a father's letter, a family WhatsApp chat typed up, a school attendance meeting's
minutes, a father's own late-night email and a GP's referral letter.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Councils and organisations are invented or real and unmarked (Ouse
Vale Council, Ouzel Valley Council, Kempston Hub, Fishermead Medical Centre, Linslade Congregational Christian Church of Samoa,
Bedford Hospital, Milton Keynes University Hospital, Luton and Dunstable Hospital, Bedfordshire Police, Thames Valley Police,
Amazon).

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words (Mr, Mrs, Ms, Dr, PC, DC, Nan, Mum, Pastor, Rev, Daw, U, Ko, Ma, Tina, Tama) stay outside the name span; every person's
name is a name in every form; "SURNAME, First" is one span; a name broken by a line break is one span holding the break;
a street address is one span, its town a place, its postcode a postcode; towns, districts and estates are places at home and
abroad; countries, counties and regions are not; organisations are not marked even when they hold a town's name; a school's name
is a school; a date of birth is dob and any other calendar date with a day is date (a weekday stays outside); pets' names
are not names; parks and landmarks stay unmarked.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: the Burmese honorifics
"Daw", "U", "Ko" and "Ma" before a name are titles and stay outside the span, as "Mrs" does; a name in Burmese script is a
name; the Samoan kinship words "Tina" (mother) and "Tama" (father) are kinship words; a dog's name ("Tyson") is not a name; a
warehouse named by its site ("amazon marston gate") is an organisation's site and is not marked, but a bare town is a
place; "Tithe Farm" is an estate and so a place; the Burmese "Mae Mae" (mum) and "Phwar Phwar" (grandma) used as a contact
name or a reference are kinship words and are not names; a nickname made of initials ("JJ") is a name, though initials used as a
transcript's speaker labels ("JC", "LF") are not; a shopping centre ("the Harpur Centre") is a landmark; a surgery or health
centre named by its town or estate ("Fishermead Medical Centre", "Wolverton Health Centre") is an organisation, while a
service named by its town in lower-case words ("Linslade surgery", "MK housing") marks the town, and "MK" for Milton Keynes is
a place; a Snapchat username ("kai.lt0n") is not marked, but the display name "Kai" is; a Spanish postcode ("03181") is a
postcode; an interpreter's registration number and a voucher number are not marked.

Self-check without the detector: `python -m bench.redaction_set68` (and tests/test_redaction_set68.py) runs set 15's checker on
this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of documents and
gold spans per kind: 24 documents,
918 gold spans, 486 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pryor / Stannard family (white British), Kempston -------------------------------------------------------------------

HOME_A = d.Address("22 Hillgrounds Road", "", "Kempston", "MK42 8QS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Pryor")], dt.date(2024, 8, 14), addresses=[HOME_A], ids=["798 180 4787"]),
    _p("m", "mother", [("Shannon", "Pryor")], dt.date(2001, 2, 9), addresses=[HOME_A], phones=["07824 519 371"]),
    _p("f", "partner", [("Lewis", "Stannard")], dt.date(1998, 6, 21), addresses=[HOME_A], phones=["07971 264 402"]),
], "c")

DOCS_A = [
    ("initial contact record", """OUSE VALE COUNCIL - CHILDREN'S SERVICES - INITIAL CONTACT RECORD
Contact date: [[03/11/2026|date]]   Recorded by: [[Priya Mistry|name]], MASH social worker
Other children in household: none. Other adults: [[Lewis Stannard|name]] (DOB [[21.06.1998|dob]]). Ethnicity: White British.
Child: [[PRYOR, Alfie|name]]   DOB: [[14.08.2024|dob]]   NHS no: [[798 180 4787|nhs]]
Address: [[22 Hillgrounds Road|address]], [[Kempston|place]], [[MK42 8QS|postcode]]
Mother: [[Shannon Pryor|name]] ([[07824 519 371|phone]])   Mother's partner: [[Lewis Stannard|name]] ([[07971 264 402|phone]])
Referrer: [[Becky Lane|name]], health visitor, Kempston Hub, [[01234 357 218|phone]]

Reason for contact: on Monday [[2 November|date]] [[Becky|name]] saw a bruise about 2 cm on [[Alfie|name]]'s left ear at a
routine visit. [[Alfie|name]] is 2 and not yet talking much. [[Shannon|name]] said he "fell off the sofa at Nan's" in
[[Wootton|place]] on the weekend. Nan is [[Carol Pryor|name]] of [[7 Keeley Lane|address]], [[Wootton|place]]. [[Becky|name]]
also smelt cannabis strongly in the hall and saw a locked box room with a fan going. [[Lewis|name]] would not open it.
A neighbour at no. [[24|address]], Mr [[Dennis Bedford|name]], told [[Becky|name]] on the path that "the lad shouts at
that baby". The family dog, Tyson, was loose in the garden.
Decision: strategy discussion today; child to be seen at the hospital by the paediatrician, Dr [[Hannah Okoro|name]].
Previous contacts: [[12/03/2025|date]] anonymous call ("baby left crying"), NFA; [[19 January 2026|date]] police call-out
after Mr [[Bedford|name]] at no. [[24|address]] reported shouting. Other household members: none known. [[Shannon|name]]'s
sister, [[Kirsty Pryor|name]] of [[Kimbolton Avenue|address]], [[Bedford|place]], [[07532 441 890|phone]], is a possible
support. [[Alfie|name]]'s GP: Dr [[Ian Sherwood|name]], Kempston Hub. Nursery: none; on the list at [[Little Acorns|school]].
Checked by: [[Priya
Mistry|name]] on [[03.11.2026|date]]; manager [[Tom Keating|name]] agreed on [[3 Nov|date]].
"""),
    ("strategy discussion note", """Strategy discussion - [[Alfie Pryor|name]] - Tuesday [[3rd November 2026|date]], 15:30, Teams
Present: [[Priya Mistry|name]] (chair, Ouse Vale MASH), DS [[Gary Holt|name]] (Bedfordshire Police), [[Becky Lane|name]] (HV),
Dr [[Okoro|name]] (community paediatrician).
Info shared: [[Lewis STANNARD|name]], DOB [[21/06/1998|dob]], known to police for supply of cannabis in [[Bedford|place]]
in May 2023. No DA on [[Shannon|name]]. Vehicle seen at the address: grey Corsa [[KX19 BWD|vehicle]].
Dr [[Okoro|name]]: ear bruise not consistent with a fall from a sofa; skeletal survey to be done.
[[Carol|name]] (maternal nan) rang in on her own, [[07790 415 227|phone]]: [[Alfie|name]] has not been to hers since
[[the 18th|date]] of October.
Outcome: s47 to start. [[Alfie|name]] to stay with Nan at [[7 Keeley Lane|address]] under a safety plan;
[[Lewis|name]] not to have unsupervised contact. Review [[10/11/26|date]].
Actions: [[Priya|name]] to visit [[Carol|name]] in [[Wootton|place]] tonight and see [[Alfie|name]]; DS [[Holt|name]] to
arrange the ABE with [[Shannon|name]] on [[5 November|date]]; [[Becky|name]] to share the HV records. [[Becky Lane|name]] also
knows [[Lewis|name]]'s mother, [[Tracey Stannard|name]], from [[Elstow|place]], who rang the HV office on [[1st Nov|date]]
worried about [[Alfie|name]]. [[Tracey|name]]'s partner [[Glen Mardle|name]] lives at [[3 Church End|address]], [[Elstow|place]],
[[MK42 9XT|postcode]], and has offered to supervise contact; checks on [[Glen|name]] to be done by DS [[Holt|name]].
"""),
]


# --- B. Burmese (Bamar) family, Fishermead, Milton Keynes --------------------------------------------------------------------

HOME_B = d.Address("8 Gurnards Avenue", "Fishermead", "Milton Keynes", "MK6 2BL")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Htet", "Aung")], dt.date(2014, 5, 3), addresses=[HOME_B], ids=["650 378 5054", "X826278844368"],
       schools=["Oakgrove School"]),
    _p("s", "sibling", [("Su", "Myat")], dt.date(2019, 9, 27), addresses=[HOME_B], ids=["770 224 4453"]),
    _p("m", "mother", [("Thandar", "Win")], dt.date(1988, 1, 12), addresses=[HOME_B], phones=["07854 330 918"]),
], "c")

DOCS_B = [
    ("a boy's texts to his mother typed up", """Texts from [[Htet|name]]'s phone, typed up by [[Ruth Adeyemi|name]] (SW, Ouzel Valley) on
[[12/11/2026|date]] with [[Htet|name]]'s agreement. Mum saved as "Mae Mae". Times as shown.

Mae Mae 22:14: [[htet|name]] sleep now. [[su myat|name]] eat?
[[Htet|name]] 22:15: yes she ate noodles. mum when u come
Mae Mae 22:16: 6 morning. amazon marston gate. dont open door
[[Htet|name]] 22:40: someone knocking its ko [[zaw|name]] from downstairs flat
Mae Mae 22:41: no open. tell daw [[khin|name]] only
[[Htet|name]] 23:02: [[su myat|name]] crying she got hot head
Mae Mae 23:05: call [[khin khin|name]] [[07415 602 883|phone]]
[[Htet|name]] 23:30: she not answer. i gave calpol
Mae Mae 23:31: good boy. how much
[[Htet|name]] 23:32: 5ml. ko [[zaw|name]] knocking again
Mae Mae 05:48: sorry baby. Phwar Phwar say in [[yangon|place]] she pray for u

Note: "Daw [[Khin|name]]" is [[Khin Khin Lwin|name]], a family friend in [[Conniburrow|place]], at [[15 Marram Close|address]];
"Ko [[Zaw|name]]" is a neighbour, [[Zaw Min Oo|name]], at Flat [[2|address]]. Mother's name in her own script:
[[သန္တာဝင်း|name]] ([[Thandar Win|name]]). Grandmother ("Phwar Phwar") is Daw [[Myint Myint|name]];
she lives in [[Hlaing Thar Yar|place]], [[Yangon|place]], [[+95 9 421 735 608|phone]].
"""),
    ("school attendance letter, OCR'd", """[[OAKGROVE SCHOOL|school]]  [[Venturer Gate|address]], [[Middleton|place]],
[[Milton Keynes|place]]
Date: [[5 November 2026|date]]
Parent/Carer of [[Htet Aung|name]] (Year 8)
[[8 Gurnards Avenue|address]]
[[Fishermead|place]]
[[Milton Keynes|place]] [[MK6 2BL|postcode]]
UPN: [[X826278844368|upn]]

Dear Ms [[Win|name]],
[[Htet|name]]'s attendance since [[1 September|date]] is 71%. He arrived late on [[Thurs 15 Oct|date]], [[16 Oct|date]] and
[[the 22nd|date]], each time saying he had walked his sister [[Su Myat|name]] to [[Bradwell Village School|school]] first.
Mr [[Tom Leigh|name]], Head of Year, rang you on [[07854 330 918|phone]] but could not get through.
Please contact [[Annie Chau|name]], attendance officer, on [[01908 312 774|phone]] or [[a.chau@oakgrove.mk.sch.uk|email]].
A meeting is offered on Wed [[11/11|date]] at 3.30pm. If [[Su Myat|name]] needs a breakfast club place, Mrs [[Perry|name]]
at [[Bradwell Village|school]] can help. Our family liaison officer, [[Hnin Wai|name]], speaks Burmese.
Yours sincerely, [[T. Leigh|name]]
Head of Year 8, [[Oakgrove|school]]
cc: [[Ruth Adeyemi|name]], Ouzel Valley Council; [[Bradwell Village School|school]] (office: [[01908 320 651|phone]])
"""),
]


# --- C. Faleolo / Tuilagi family (Samoan), Linslade, Leighton Buzzard ------------------------------------------------------

HOME_C = d.Address("31 Southcourt Avenue", "Linslade", "Leighton Buzzard", "LU7 2QE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Sione", "Faleolo")], dt.date(2017, 3, 30), addresses=[HOME_C], ids=["668 854 7783", "H823487892881"],
       schools=["Southcott Lower School"]),
    _p("m", "mother", [("Losa", "Faleolo")], dt.date(1990, 10, 4), addresses=[HOME_C], phones=["07733 284 560"]),
    _p("f", "father", [("Iosefa", "Tuilagi")], dt.date(1986, 12, 19), addresses=[HOME_C], phones=["07532 118 964"]),
], "c")

DOCS_C = [
    ("a church minister's email", """From: Rev. [[Tavita Leavasa|name]] <[[tavita.leavasa@gmail.com|email]]>
To: MASH Central Beds <mash@ousevale.gov.uk>
Sent: Sunday, [[8 November 2026|date]] 19:02
Subject: concern for a boy in our congregation

Dear Sir/Madam,
I am the minister at the Linslade Congregational Christian Church of Samoa. Today after lotu one of our children, [[Sione|name]]
(age 9, goes to [[Southcott Lower|school]]), showed my wife [[Mele|name]] marks on the back of his legs and said his Tama
"used the belt" because he lost his tablet. His father is [[Iosefa Tuilagi|name]], people call him [[Sefa|name]]. His mother
[[Losa|name]] ([[07733 284 560|phone]]) is a good woman, she works at the care home in [[Dunstable|place]].
They live at [[31 Southcourt Avenue|address]], [[LU7 2QE|postcode]]. The grandmother, Tina [[Fetu|name]], lives in
[[Vaitele|place]] near [[Apia|place]] and wants [[Sione|name]] sent home to Samoa "to learn respect". I am worried.
Please call me on [[07946 773 205|phone]]. Our deacon, Mr [[Pita Lemalu|name]] of [[Heath and Reach|place]], also saw the marks.
His wife [[Salote Lemalu|name]] teaches [[Sione|name]] at Sunday school and says he has been quiet since [[1 November|date]].
Fa'afetai, [[Tavita|name]]
Rev. [[Tavita Leavasa|name]], [[2 Old Road|address]], [[Linslade|place]], [[LU7 2RB|postcode]]

P.S. The family also go to the Samoan fellowship in [[Luton|place]] on Saturdays, at the hall on [[Hitchin Road|address]].
The leader there is Pastor [[Malaki Vaifale|name]] ([[07871 306 552|phone]]). [[Sione|name]]'s cousin [[Lagi|name]], who is
13, told our youth leader [[Faith Tuiasosopo|name]] that uncle [[Sefa|name]] "beats all the boys". I have not told [[Losa|name]].
"""),
    ("child protection conference summary", """INITIAL CHILD PROTECTION CONFERENCE - SUMMARY
Child: [[FALEOLO, Sione|name]]   DOB [[30/03/2017|dob]]   UPN [[H823487892881|upn]]   NHS [[668 854 7783|nhs]]
Address: [[31 Southcourt Avenue|address]], [[Linslade|place]], [[Leighton Buzzard|place]], [[LU7 2QE|postcode]]
Date of conference: [[26.11.2026|date]]   Chair: [[Margaret Oyelaran|name]]
Attended: [[Losa Faleolo|name]] (mother), [[Iosefa Tuilagi|name]] (father), [[Ruth Adeyemi|name]] (SW),
[[Jess Carrow|name]] (class teacher, [[Southcott Lower School|school]]), PC [[Dan Rigby|name]], Rev. [[Leavasa|name]].
Summary: On [[9 November|date]] [[Sione|name]] told Ms [[Carrow|name]] that Dad hits him with a belt "when he is naughty".
Reports: [[Ruth Adeyemi|name]] (SW), [[Jess Carrow|name]] and [[Kofi Ndlovu|name]] (school), PC [[Dan Rigby|name]], and
the school nurse [[Amelia Fonoti|name]]. Apologies: Dr [[Grace Whitlock|name]] (GP, [[Linslade|place]] surgery), [[Pita Lemalu|name]].
[[Sione|name]]'s sister [[Malia Faleolo|name]] (3, DOB [[14/01/2023|dob]], NHS [[631 856 9995|nhs]]) was also discussed;
no marks seen on [[Malia|name]] at the nursery, [[Little Explorers|school]], on [[10/11/2026|date]] or [[24/11/2026|date]].
Mr [[Tuilagi|name]] accepted this and said it is how he was raised in [[Faleasi'u|place]]. He has started a parenting course
at the church hall in [[Leighton Buzzard|place]]. [[Losa|name]] said she will take [[Sione|name]] to her cousin
[[Ana Sapolu|name]] at [[4 Stoke Road|address]], [[Linslade|place]] if it happens again.
Decision: child protection plan, category physical abuse. Review conference [[25 February 2027|date]].
Core group: [[Losa|name]], [[Iosefa|name]], [[Ruth Adeyemi|name]], [[Jess Carrow|name]], Rev. [[Tavita Leavasa|name]],
[[Ana Sapolu|name]] (aunt, [[07955 118 247|phone]]). First core group [[10 December 2026|date]] at the school.
Mr [[Tuilagi|name]]'s NI number, given for the parenting course: [[PW 26 81 44 A|ni]]. His mother, Tina [[Fetu Tuilagi|name]]
([[+685 7284 115|phone]]), to be told of the plan by [[Iosefa|name]], not by the church. [[Sione|name]] said to the chair:
"I want Dad at home but no belt". Minutes by [[Kelly O'Hare|name]], [[27/11/2026|date]].
"""),
]


# --- D. Gurney / Ashby family (white British), Tithe Farm, Houghton Regis ---------------------------------------------------

HOME_D = d.Address("56 Tithe Farm Road", "Tithe Farm", "Houghton Regis", "LU5 5JD")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Mason", "Gurney")], dt.date(2020, 7, 7), addresses=[HOME_D], ids=["459 580 4741"],
       schools=["Tithe Farm Primary School"]),
    _p("s", "sibling", [("Lacey", "Ashby")], dt.date(2025, 4, 18), addresses=[HOME_D], ids=["725 723 0080"]),
    _p("m", "mother", [("Kayleigh", "Gurney")], dt.date(2002, 11, 25), addresses=[HOME_D], phones=["07481 390 662"]),
    _p("f", "partner", [("Jordan", "Ashby")], dt.date(2000, 3, 3), addresses=[HOME_D], phones=["07309 845 117"]),
], "c")

DOCS_D = [
    ("health visitor's note typed fast on a phone", """HV note 13/11 - typed on phone in car, tidy later
visit [[56 tithe farm rd|address]] 10.20. [[kayleigh|name]] in bed, [[jord|name]] answered. [[lacey|name]] (7mo) in cot,
soaked nappy, bottle of cold formula from last nite. house strong dog smell, staffy (Tyson) not shut away. [[mason|name]]
has plaster on hand - [[jord|name]] says dog bit him sat [[7th|date]], went to L&D A&E. [[mason|name]] not at [[tithe
farm primary|school]] today "cos of his hand". fridge: milk + ketchup only. [[kayleigh|name]] got up, tearful, says
[[jordan|name]] out all nite most nites. next door ([[58|address]]) lady [[Bev|name]] brings food in sometimes.
actions - ring [[Sam|name]] at MASH [[01582 866 431|phone]]; chase A&E letter; food bank voucher. nxt visit [[20/11|date]]
pm update: rang [[kayleigh|name]]s mum [[tracy gurney|name]] in [[dunstable|place]] [[07592 614 338|phone]] - she will take
[[mason|name]] to school weds n thurs. [[mason|name]]s nan on dads side ([[sue|name]]) lives [[parkside|place]].
[[jord|name]] came back at 3. said hes working for his mate [[Dwayne|name]] on a site in [[Toddington|place]]. [[jordan|name]]
DOB given as [[3/3/00|dob]]. reg on his car [[MW13 HKF|vehicle]]. told them both about the CP referral. [[kayleigh|name]] ok,
[[jordan|name]] swore at me. [[Claire|name]]
[[Claire Doyle|name]] HV
"""),
    ("neighbour's handwritten note, scanned", """[scanned, handwritten, pushed through the office door at the family centre,
found [[16 Nov 2026|date]]]

To who it may concern
I live next door to [[Kayleigh|name]] and her boyfriend [[Jordan|name]] at [[Tithe Farm Rd|address]]. I aint a grass
but them kids are not right. The little boy [[Mason|name]] was in the street in his pants last
Saturday [[14th|date]] at 9 at night crying and [[Jordan|name]] was shouting at him. The baby [[Lacey|name]] cries
all day. The dog has bit [[Mason|name]] before. Me and my husband [[Keith|name]] have took food round. Please help
them not take them off her she is only young.
I have known [[Kayleigh|name]] since she was little, her nan [[Rita Gurney|name]] lived at [[41 Sundon Road|address]] before
she passed on [[3rd of June 2019|date]] and [[Kayleigh|name]] was always round there.
[[Beverley Chalk|name]]
[[58 Tithe Farm Road|address]] [[Houghton Regis|place]]   [[07710 223 468|phone]]

P.S. the man at the shop on [[Bedford Square|address]], [[Raj|name]], says [[Jordan|name]] owes everyone money. The other
neighbour Mrs [[Kinsella|name]] at [[54|address]] wont say nothing because of the dog. I done this on Sunday [[15th|date]].
"""),
]


# --- E. Lovell / Bailey family (white British and Black Caribbean), Brickhill, Bedford --------------------------------------

HOME_E = d.Address("9 Kimbolton Road", "Brickhill", "Bedford", "MK41 8AB")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jade", "Lovell")], dt.date(2011, 6, 2), addresses=[HOME_E], ids=["711 263 3567", "X822694029438"],
       schools=["Biddenham International School"]),
    _p("m", "mother", [("Donna", "Lovell")], dt.date(1982, 8, 17), addresses=[HOME_E], phones=["07955 641 380"]),
    _p("f", "father", [("Marcus", "Bailey")], dt.date(1979, 1, 29), phones=["07427 915 203"]),
], "c")

DOCS_E = [
    ("police missing person return interview", """RETURN HOME INTERVIEW - MISSING EPISODE
Young person: [[Jade LOVELL|name]]  ("[[JJ|name]]")   DOB: [[02-06-2011|dob]]   Age 15
NHS: [[711 263 3567|nhs]]   UPN: [[X822694029438|upn]]   School: [[Biddenham International School|school]], [[Biddenham|place]]
Missing from: [[9 Kimbolton Road|address]], [[Brickhill|place]], [[Bedford|place]] [[MK41 8AB|postcode]]
Reported missing: Friday [[20/11/2026|date]] 23:10 by mother [[Donna Lovell|name]] ([[07955 641 380|phone]])
Found: Saturday [[21/11/2026|date]] 14:00, [[Marsh Farm|place]], [[Luton|place]], by PC [[Aisha Begum|name]]
Interviewer: [[Kerry-Ann Walsh|name]], independent return interview worker
Also present: [[Donna Lovell|name]] (mother) for the first ten minutes; Ms [[Pereira|name]] from the Barnardo's service.
[[Jade|name]] said she went with her friend [[Tiana|name]] ([[Tiana Mensah|name]], 16, of [[Goldington|place]]) on the bus to
[[Luton|place]] to see "[[Kai|name]]", 19, who she met on Snapchat. They stayed at his cousin's flat on [[Leagrave High
Street|address]]. She said nobody hurt her but [[Kai|name]] gave them vapes and bottles and asked [[Jade|name]] to "take a bag
to [[Dunstable|place]]" next week. Her dad [[Marcus Bailey|name]] ([[07427 915 203|phone]]) lives in [[Kempston|place]] and she
wants to stay with him. She goes to [[Biddenham|school]] (Year 11) and was not there on Friday the [[20th|date]].
Risk: CCE concerns; referral to the exploitation panel. Intelligence submitted re "[[Kai|name]]", car [[LR70 KXD|vehicle]].
Who she was with: [[Tiana|name]]; "[[Kai|name]]" (believed [[Kai Lawton|name]], 19, of [[Lewsey Farm|place]]); his cousin
"[[Dee|name]]" ([[Deandre|name]]?), about 20; a girl called [[Precious|name]] who "lives in [[Stopsley|place]]". She said
[[Kai|name]]'s mum Mrs [[Lawton|name]] was at the flat and cooked for them. Phone: [[Jade|name]] has a second phone, number
[[07309 552 716|phone]], that [[Kai|name]] gave her. Mum [[Donna|name]] did not know about it.
[[Jade|name]] agreed to see [[Kerry-Ann|name]] again on [[27 November|date]] at the library in [[Bedford|place]].
Shared with: PC [[Begum|name]]; [[Olu Adebayo|name]]; DSL at [[Biddenham International School|school]], [[Helen Marsh|name]].
Mother's view ([[Donna Lovell|name]], by phone [[22/11/2026|date]]): "I thought she was at [[Tiana|name]]'s. I work at the
care home in [[Clapham|place]] till 8am". [[Donna|name]] said [[Jade|name]] went missing once before, on [[4 July 2026|date]],
to [[Milton Keynes|place]] with a boy called [[Reece|name]]. Interview held at [[9 Kimbolton Road|address]] on
[[23/11/2026|date]], 16:00, with [[Jade|name]]'s agreement and [[Donna|name]] in the kitchen.
"""),
    ("early help assessment", """EARLY HELP ASSESSMENT (Ouse Vale Council)   Completed [[30 Nov 2026|date]]
Family: [[Donna Lovell|name]] (mum), [[Jade Lovell|name]] (15), [[Marcus Bailey|name]] (dad, lives apart, [[4 Bunyan Road|address]],
[[Kempston|place]] [[MK42 8HL|postcode]])
Lead professional: [[Olu Adebayo|name]], family worker
Address: [[9 Kimbolton Road|address]], [[Brickhill|place]], [[Bedford|place]], [[MK41 8AB|postcode]]; mum [[07955 641 380|phone]],
dad [[07427 915 203|phone]], [[Jade|name]] [[07532 904 611|phone]]. [[Jade|name]]'s DOB [[2 June 2011|dob]].
Child's voice: [[Jade|name]] says "Mum's always at work and Nan [[Pearl|name]] is in Jamaica so no one cares". She misses her
nan, [[Pearl Bailey|name]], who moved back to [[Mandeville|place]] in March 2025.
Strengths: [[Donna|name]] works hard (nights at Bedford Hospital) and loves [[Jade|name]]. [[Marcus|name]] is willing to help
with school runs to [[Biddenham International|school]].
Plan: weekly sessions; youth club at the Salvation Army on Thursday [[3 December|date]]; review [[15/01/2027|date]].
Genogram notes: [[Donna|name]]'s parents, [[Brian|name]] and [[Val Lovell|name]], live in [[Biggleswade|place]]
([[01767 315 264|phone]]); [[Donna|name]]'s brother [[Wayne Lovell|name]] in [[Sandy|place]]. [[Marcus|name]]'s sister
[[Simone Bailey-Grant|name]] is not to be confused with his partner [[Simone|name]] ([[Simone Okafor|name]]).
[[Jade|name]]'s friend [[Tiana|name]]'s mother, [[Abena Mensah|name]], of [[Putnoe|place]], rang on [[28/11|date]] to say the
girls will not be allowed out together. [[Jade|name]] signed: "[[JJ|name]] x".
"""),
]


# --- F. Mayhew family (white British), Wolverton, Milton Keynes -------------------------------------------------------------

HOME_F = d.Address("27 Windsor Street", "", "Wolverton", "MK12 5AN")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Mayhew")], dt.date(2012, 4, 11), addresses=[HOME_F], ids=["530 656 2361"],
       schools=["The Radcliffe School"]),
    _p("f", "father", [("Craig", "Mayhew")], dt.date(1978, 9, 6), addresses=[HOME_F], phones=["01908 225 419"]),
    _p("m", "mother", [("Nicola", "Mayhew")], dt.date(1980, 5, 23), phones=["+34 612 48 73 95"]),
], "c")

DOCS_F = [
    ("family WhatsApp chat typed up", """WhatsApp "Mayhews" - exported by [[Craig Mayhew|name]] and given to the school on
[[2/12/2026|date]]
Members: [[Craig|name]] ([[01908 225 419|phone]]), [[Nicola|name]] ([[+34 612 48 73 95|phone]]), [[Ivy|name]]
([[07955 402 187|phone]]).

[[01/12/2026|date]], 07:41 - [[Craig|name]]: [[ivy|name]] ur bus is at 8 get up
[[01/12/2026|date]], 07:58 - [[Ivy|name]]: not going. feel sick
[[01/12/2026|date]], 08:03 - [[Nicola|name]]: [[ivy|name]] darling please go, dad cant lose another day at work
[[01/12/2026|date]], 08:10 - [[Ivy|name]]: u live in [[torrevieja|place]] u dont get a say
[[01/12/2026|date]], 08:12 - [[Nicola|name]]: thats not fair. ring me later [[+34 612 48 73 95|phone]]
[[01/12/2026|date]], 12:30 - [[Craig|name]]: Mrs [[Oduya|name]] rang again from [[radcliffe|school]]
[[01/12/2026|date]], 12:31 - [[Ivy|name]]: tell her im dead
[[01/12/2026|date]], 18:20 - [[Nicola|name]]: [[Craig|name]] shes 14 she needs help not shouting
[[01/12/2026|date]], 18:22 - [[Craig|name]]: easy for u [[nic|name]]. ur not here
[[01/12/2026|date]], 18:30 - [[Ivy|name]]: can i go to [[maisie|name]]s in [[stony|place]] sat
[[01/12/2026|date]], 18:31 - [[Craig|name]]: if [[jo|name]] says ok. and u go in monday
[[01/12/2026|date]], 18:40 - [[Nicola|name]]: [[ivy|name]] my friend [[Lorraine|name]] is coming to [[newport pagnell|place]] at
christmas she can bring ur present
[[02/12/2026|date]], 02:13 - [[Ivy|name]]: sorry dad
[[02/12/2026|date]], 06:50 - [[Craig|name]]: love u [[ives|name]]. we'll sort it x
"""),
    ("GP referral letter", """Wolverton Health Centre, [[Gloucester Road|address]], [[Wolverton|place]]
[[4th December 2026|date]]
Dear Colleague, re: [[Ivy MAYHEW|name]], DOB [[11/04/2012|dob]], NHS No [[530 656 2361|nhs]]
[[27 Windsor Street|address]], [[Wolverton|place]], [[MK12 5AN|postcode]]
I saw [[Ivy|name]] today with her father [[Craig|name]] ([[01908 225 419|phone]]). She has missed most of this term at
[[The Radcliffe School|school]]. She described low mood since her mother moved to [[Torrevieja|place]] in the summer, and
cuts to her thighs, the last on Sunday [[29th November|date]]. Her friend [[Maisie Rowe|name]] from [[Stony Stratford|place]]
told her tutor Mrs [[Oduya|name]]. I have referred to CAMHS and to children's social care.
[[Ivy|name]]'s mother, [[Nicola Mayhew|name]], emailed the surgery on [[1 Dec|date]] asking for the records; I have not sent them.
Previous: overdose of paracetamol [[22/08/2026|date]] at her aunt [[Gail|name]]'s in [[Loughton|place]]; seen at Milton Keynes
University Hospital, discharged [[23/08/2026|date]].
Yours sincerely, Dr [[Rachel Ifeanyi|name]], GP
cc: [[Grace Oduya|name]], [[The Radcliffe School|school]], [[Aylesbury Street West|address]], [[Wolverton|place]],
[[MK12 5BT|postcode]]; Mrs [[Nicola Mayhew|name]], [[Calle Apolo 14|address]], [[03181|postcode]] [[Torrevieja|place]]
([[+34 612 48 73 95|phone]]). Next appointment [[18/12/2026|date]]. Dictated [[04/12/26|date]], typed by [[Anne Skelton|name]].
"""),
]


DOCS_A += [
    ("a grandmother's Messenger messages typed up", """Facebook Messenger, [[Carol Pryor|name]] to [[Priya Mistry|name]] (SW),
copied into the file [[9 Nov 2026|date]]

[[Carol Pryor|name]] 06/11 21:17
hiya [[priya|name]] its [[carol|name]] [[alfies|name]] nan. hes fine here eating well. [[shan|name]] came at 5 with [[lew|name]]
which i know hes not ment to be here but what can i do he sat in the car outside [[keeley lane|address]] the whole time

[[Carol Pryor|name]] 07/11 09:02
also my neighbour [[Jean|name]] at [[no 9|address]] says she saw [[lewis|name]] car (the grey one) up [[Wootton|place]]
at 2am. i dont want trouble. my number is [[07790 415 227|phone]] or the house [[01234 841 602|phone]]

[[Carol Pryor|name]] 08/11 18:40
[[alfie|name]] said "[[lewis|name]] shouted" and pointed at his ear. thought u shud know. [[shannon|name]] says im stirring.
my sister [[Maureen Tebbutt|name]] in [[Cranfield|place]] can have him weds if i'm at work at the co-op in [[kempston|place]]

[[Priya Mistry|name]] 08/11 19:02
Thank you [[Carol|name]]. I'll ring you tomorrow. Please don't let [[Lewis|name]] in. If he comes, ring 999.

[[Carol Pryor|name]] 09/11 07:15
[[priya|name]] sorry to msg early. [[lewis|name]] mum [[tracey|name]] turned up at mine last nite shouting that [[shan|name]]
grassed. [[jean|name]] next door rang the police. PC [[Hussain|name]] came, nice lad. he gave me a number [[01234 275 330|phone]]
"""),
    ("chronology", """CHRONOLOGY - [[PRYOR, Alfie|name]] ([[14/08/2024|dob]]) - compiled by [[P. Mistry|name]]
[[14.08.2024|dob]]  Born at the hospital to [[Shannon Pryor|name]]; father not named on the birth certificate.
[[02.10.2025|date]]  HV [[Becky Lane|name]] notes [[Lewis Stannard|name]] has moved in to [[22 Hillgrounds Rd|address]].
[[19.01.2026|date]]  Police at the address after a report of shouting from neighbour Mr [[D. Bedford|name]]; no further action.
[[1 Nov 2026|date]]   [[Alfie|name]] at Nan's, [[7 Keeley Lane|address]], [[Wootton|place]], [[MK43 9HR|postcode]], overnight.
[[02/11/2026|date]]  Bruise to the left ear seen by HV; contact to MASH on [[03/11/2026|date]].
[[04/11/2026|date]]  Skeletal survey clear; Dr [[H. Okoro|name]] says the bruise is likely inflicted.
[[04/11/2026|date]]  [[Shannon|name]] tells SW [[Priya Mistry|name]] the ear was hurt when [[Lewis|name]] "grabbed him off the
stairs" on [[31 Oct|date]]; she had not said because she was scared.
[[05/11/2026|date]]  [[Lewis|name]] arrested (cultivation); 14 plants found in the box room. Released under investigation.
[[06/11/2026|date]]  [[Carol Pryor|name]] messages: [[Lewis|name]] parked outside her house; [[Jean Collis|name]] next door
saw him at 2am. Car [[KX19 BWD|vehicle]].
[[07/11/2026|date]]  HV [[Becky|name]] and SW [[Priya|name]] joint visit to [[Carol|name]]'s; [[Alfie|name]] well.
[[08/11/2026|date]]  [[Tracey Stannard|name]] at [[Carol|name]]'s door shouting; PC [[Hussain|name]] attends.
[[10/11/2026|date]]  Review: [[Shannon|name]] agrees [[Lewis|name]] will live with his brother [[Ryan Stannard|name]] at
[[Flat 3, 41 Ampthill Road|address]], [[Bedford|place]] [[MK42 9JP|postcode]]. NI no. on file for [[Lewis|name]]: [[JT 48 21 76 B|ni]].
"""),
]
DOCS_B += [
    ("an interpreter's own note after a home visit", """Interpreter's note (Burmese), Ouzel Valley Council, visit of
[[13 November 2026|date]]
Interpreter: [[Nang Seng|name]], reg. no. 22910     Social worker: [[Ruth Adeyemi|name]]
Family: Daw [[Thandar Win|name]] ([[သန္တာဝင်း|name]]), son [[Htet Aung|name]] ([[ထက်အောင်|name]]), daughter [[Su Myat|name]]
([[စုမြတ်|name]]).
Mother spoke Burmese only. She said she came from [[Mandalay|place]] in 2021 through Thailand and has leave to remain. Her husband
U [[Aung Kyaw|name]] stayed in [[Mandalay|place]] and she has not heard from him since [[14 March 2024|date]]. She works nights
at a warehouse through an agency; the agency man, [[Darren|name]], picks her up at the corner of [[Gurnards Avenue|address]]
at 21:30. She asked me not to say to the social worker that she leaves the children, but I must interpret everything and I
told her so. She wants help with a nursery for [[Su Myat|name]]. Her friend Daw [[Khin Khin Lwin|name]] (number
[[07415 602 883|phone]]) could mind the children but works too. I note the mother was ashamed and cried.
[[Htet|name]] spoke some Burmese and mostly English. He said his grandmother ("Phwar Phwar") in [[Yangon|place]] was
Daw [[Myint Myint|name]] and his uncle Ko [[Thet Naing|name]] is in [[Mae Sot|place]] in Thailand ([[+66 81 734 2298|phone]]).
He said "[[Su Myat|name]] cries when Mum goes" and that Mr [[Zaw Min Oo|name]] downstairs once gave them rice.
[[Nang Seng|name]], [[13/11/2026|date]]
Follow-up call booked for [[20 November|date]] with [[Thandar|name]] at Fishermead Medical Centre, with [[Htet|name]] not to be
used to interpret.
"""),
    ("housing officer's contact notes", """[[MK|place]] housing - tenancy contact notes - [[8 Gurnards Ave|address]], [[Fishermead|place]]
[[MK6 2BL|postcode]]
Tenant: [[WIN, Thandar|name]]   tel [[07854 330 918|phone]]
[[17/11/26|date]] Visit with SW. Mould in the back bedroom where [[Htet|name]] and [[Su Myat|name]] sleep. Window catch broken.
Neighbour at Flat [[2|address]] (Mr [[Zaw Min Oo|name]]) says the children are alone every night and he hears the girl cry.
[[19/11/26|date]] Repair raised. Tenant asked about a transfer to [[Bletchley|place]] or [[Beanhill|place]] to be near
Daw [[Khin Khin Lwin|name]]. Advised to bid.
[[20/11/26|date]] Email from SW [[Ruth Adeyemi|name]] ([[ruth.adeyemi@ouzelvalley.gov.uk|email]]): asks for priority banding.
Landlord for Flat [[2|address]] is private; [[Zaw Min Oo|name]]'s son [[Kyaw Zin|name]] ([[07427 330 584|phone]]) says the
pipes in [[Gurnards Avenue|address]] leak into the flat below.
[[24.11.2026|date]] Contractor ([[Gary|name]], DPS) fitted the window catch. [[Htet|name]] let him in at 16:10, no adult home.
[[26/11/26|date]] Tenant rang ([[Htet|name]] interpreting). Wants to swap with a friend, Ma [[Ei Phyu|name]], at
[[22 Pencarrow Place|address]], [[Fishermead|place]]. Told her a mutual exchange form is needed. [[Htet|name]] said his mum
"sleeps in the day" and he does the shopping at the Lidl in [[Bletchley|place]].
"""),
]
DOCS_C += [
    ("a phone call transcript", """Transcript of a recorded call, [[Southcott Lower School|school]] DSL line, [[10/11/2026|date]] 08:47
Speakers: JC = [[Jess Carrow|name]]; LF = [[Losa Faleolo|name]]

JC: Morning, is that [[Losa|name]]? It's [[Jess|name]], [[Sione|name]]'s teacher.
LF: Yes. Is [[Sione|name]] OK?
JC: He's fine, he's in class. I wanted to say the social worker, [[Ruth|name]], will ring you today.
LF: [[Sefa|name]] is very sorry. He told the pastor. In [[Apia|place]] we all got the belt, my Tina too.
JC: I understand. Is [[Sione|name]] going to be at his auntie [[Ana|name]]'s tonight?
LF: Yes, [[Ana|name]]'s in [[Stoke Road|address]]. Her number is [[07532 118 964|phone]]... no sorry that is [[Sefa|name]]'s.
JC: No problem. And his nana in [[Vaitele|place]], is she coming over?
LF: She wants him there, in Samoa. I said no. He is born here, in [[Luton|place]], on the [[30th of March|dob]].
JC: OK. And can I check the number we have for you, [[07733 284 560|phone]]?
LF: Yes. And the house is [[31 Southcourt|address]], not [[13|address]], the letter came wrong.
JC: Thank you, [[Losa|name]]. Mrs [[Loader|name]] will be at the gate at three.
"""),
    ("school safeguarding log", """CPOMS export - [[FALEOLO, Sione|name]] - Year 4 - [[Southcott|school]]
[[09/11/2026|date]] 09:15 [[J Carrow|name]]: [[Sione|name]] came in limping. Said "my Tama used the belt" on Saturday.
[[09/11/2026|date]] 09:40 [[K Ndlovu|name]] (DSL): body map done with Mrs [[Loader|name]] present. 4 linear marks back of legs.
[[09/11/2026|date]] 10:05 [[K Ndlovu|name]]: MASH rang, [[01582 866 431|phone]], ref given.
[[12/11/2026|date]] 15:20 [[J Carrow|name]]: [[Sione|name]] collected by [[Ana Sapolu|name]]; says he is staying with her.
[[13/11/2026|date]] 08:50 [[J Carrow|name]]: Mum rang. [[Iosefa|name]] has moved to his brother [[Tavita Tuilagi|name]]'s in
[[Leighton|place]] ([[12 Hockliffe Street|address]]).
[[16/11/2026|date]] 09:05 [[K Ndlovu|name]]: strategy meeting invite from [[Ruth Adeyemi|name]] for [[17.11.2026|date]].
[[20/11/2026|date]] 12:30 [[L Loader|name]]: at lunch [[Sione|name]] said [[Tavita|name]] (uncle) "is nice, he has a PS5".
[[23/11/2026|date]] 08:45 [[J Carrow|name]]: [[Sione|name]] dropped off by [[Sefa|name]] at the gate on [[Church Square|address]].
"""),
]


DOCS_D += [
    ("child and family assessment", """CHILD AND FAMILY ASSESSMENT - Ouse Vale Council - Children in Need team ([[Dunstable|place]] office)
Children: [[Mason Gurney|name]] (DOB [[07/07/2020|dob]], NHS [[459 580 4741|nhs]]), [[Lacey Ashby|name]] (DOB [[18/04/2025|dob]],
NHS [[725 723 0080|nhs]])   Address: [[56 Tithe Farm Road|address]], [[Houghton Regis|place]], [[LU5 5JD|postcode]]
Social worker: [[Samira Haq|name]]   Started [[16 November 2026|date]], completed [[8 December 2026|date]]
Parents: [[Kayleigh Gurney|name]] (mother, 24, [[07481 390 662|phone]]); [[Jordan Ashby|name]] ([[Lacey|name]]'s father,
[[07309 845 117|phone]]). [[Mason|name]]'s father, [[Connor Whitbread|name]], lives in [[Toddington|place]] and has not seen him
since 2023; his mother, Nanny [[Sue Whitbread|name]], sees [[Mason|name]] at [[Parkside|place]] most Sundays.
Analysis: [[Kayleigh|name]] has low mood and no money for gas; [[Jordan|name]] works cash-in-hand and spends nights in [[Luton|place]].
[[Mason|name]] was bitten by the dog on [[7 November|date]] and treated at Luton and Dunstable Hospital. The neighbours,
[[Bev|name]] and [[Keith Chalk|name]] at no. [[58|address]], give food. [[Mason|name]] attended [[Tithe Farm Primary|school]] 62%
of sessions. NI no. for [[Kayleigh|name]] (benefits): [[SK 73 05 19 C|ni]].
Outcome: child in need plan; dog to be rehomed (Tyson went to a rescue in [[Leagrave|place]] on [[5 Dec|date]]).
Family network: maternal grandmother [[Tracy Gurney|name]], [[19 Hambling Place|address]], [[Dunstable|place]],
[[LU6 3NJ|postcode]]; paternal (for [[Lacey|name]]) grandfather [[Steve Ashby|name]] in [[Caddington|place]]; [[Kayleigh|name]]'s
friend [[Chantelle Birch|name]] of [[Toddington Road|address]], [[Houghton Regis|place]]. Family group conference booked with
[[Femi Adeleke|name]] (FGC coordinator) for [[12 January 2027|date]]. [[Mason|name]] said: "I want Tyson back and I want
Mum to get up". [[Lacey|name]] was seen asleep in her cot on [[16/11|date]], [[23/11|date]] and [[30/11|date]].
"""),
    ("food bank referral form", """FOOD BANK VOUCHER / REFERRAL (agency copy)    Voucher no. HR-4471
Referrer: [[Claire Doyle|name]], health visitor   Agency phone: [[01582 602 915|phone]]
Client name: [[GURNEY Kayleigh|name]]   Postcode: [[LU5 5JD|postcode]]   Adults 2  Children 2 (ages 6 and 0)
Address: [[56 Tithe Farm Road|address]], [[Tithe Farm|place]], [[Houghton Regis|place]]   Phone: [[07481 390 662|phone]]
Collection point: the church on [[Bedford Square|address]], [[Houghton Regis|place]]   Date issued: [[13-11-2026|date]]
Notes: baby formula needed (stage 1). Partner [[J. Ashby|name]] may collect. Nappies size 4.
Signed: [[C Doyle|name]]
Second adult in the household: [[Jordan Ashby|name]], DOB [[03/03/2000|dob]].   Children: [[Mason|name]] ([[07/07/2020|dob]]),
[[Lacey|name]] ([[18/04/2025|dob]]).   Previous vouchers: [[02/10/2026|date]], [[29/10/2026|date]].
"""),
]
DOCS_E += [
    ("a girl's Snapchat messages from a police download", """Extract - device of [[Jade Lovell|name]] - Snapchat chat with user
"kai.lt0n" (display name "[[Kai|name]]")
[[19/11/2026|date]] 20:11 kai.lt0n: u comin 2moro
[[19/11/2026|date]] 20:12 [[Jade|name]]: yh wiv [[tiana|name]] lol. where
[[19/11/2026|date]] 20:15 kai.lt0n: [[marsh farm|place]] by the shops. my cuz [[dee|name]] got a flat on [[leagrave high st|address]]
[[19/11/2026|date]] 20:17 [[Jade|name]]: my mum will kill me
[[19/11/2026|date]] 20:18 kai.lt0n: tell her ur at [[tiana|name]]s in [[goldington|place]]
[[20/11/2026|date]] 22:51 [[Jade|name]]: my dad keeps ringin
[[21/11/2026|date]] 11:02 kai.lt0n: next wk u take a lil bag to [[dunstable|place]] ez money
[[21/11/2026|date]] 11:05 [[Jade|name]]: idk. [[dee|name]] scares me
[[21/11/2026|date]] 11:06 kai.lt0n: [[dee|name]] is safe. [[precious|name]] does it every week
[[22/11/2026|date]] 19:40 [[Jade|name]]: the police lady [[aisha|name]] took my other phone lol
[[22/11/2026|date]] 19:41 kai.lt0n: wat u tell her
[[22/11/2026|date]] 19:44 [[Jade|name]]: nothing. said i was at [[tiana|name]]s. my dad [[marcus|name]] is comin from [[kempston|place]]
[[22/11/2026|date]] 19:50 kai.lt0n: dont chat to [[tiana|name]] or [[kerry ann|name]] or whoever
[[23/11/2026|date]] 08:02 [[Jade|name]]: blocked
Extract prepared by DC [[Sean Whitfield|name]], Bedfordshire Police, [[24/11/2026|date]].
"""),
    ("father's letter to the social worker", """[[4 Bunyan Road|address]]
[[Kempston|place]]
[[MK42 8HL|postcode]]
[[25th Nov 2026|date]]

Dear Mr [[Adebayo|name]],
I am [[Jade|name]]'s dad, [[Marcus Bailey|name]]. I want her to come and live with me. Her mum [[Donna|name]] works nights and
[[Jade|name]] is on her own in [[Brickhill|place]] too much. My partner [[Simone|name]] and her son [[Reuben|name]] (12) are happy
for [[Jade|name]] to have the back room. I work at the depot in [[Elstow|place]] days only. My mum [[Pearl|name]] rings from
[[Mandeville|place]] every Sunday on [[+1 876 552 9134|phone]] and she says the same.
You can ring me on [[07427 915 203|phone]].
Yours faithfully
[[M. Bailey|name]]

P.S. [[Donna|name]]'s new boyfriend [[Lee|name]] (from the Harpur Centre car wash) is round there a lot and [[Jade|name]]
doesn't like him. His van is [[YB68 RZT|vehicle]].
"""),
]
DOCS_F += [
    ("school attendance meeting minutes", """[[The Radcliffe School|school]] - attendance support meeting - [[7 December 2026|date]]
Present: [[Grace Oduya|name]] (tutor), [[Mark Ellison|name]] (attendance lead), [[Craig Mayhew|name]] (father),
[[Ivy Mayhew|name]], [[Nicola Mayhew|name]] (mother, by WhatsApp video from [[Torrevieja|place]]).
[[Ivy|name]] ([[11.04.2012|dob]]) attended 38% this term. [[Ivy|name]] said she hates the bus from [[Old Wolverton|place]] and
that [[Maisie|name]] is the only one who talks to her. [[Craig|name]] works shifts at the rail works and cannot drive her.
Agreed: part-time timetable from Monday [[14 Dec|date]];
key worker Mrs [[Oduya|name]]; referral to the school nurse, [[Leanne Price|name]]. Next meeting [[18/01/2027|date]].
Contact details checked: home [[27 Windsor Street|address]], [[Wolverton|place]]; father [[01908 225 419|phone]];
mother [[+34 612 48 73 95|phone]], [[nicola.mayhew80@gmail.com|email]]. Emergency contact: aunt [[Gail Mayhew|name]],
[[Loughton|place]], [[07481 226 950|phone]]. [[Ivy|name]]'s UPN: [[T826917350264|upn]].
[[Mark Ellison|name]] will speak to the bus company about the driver, [[Pete|name]], whom [[Ivy|name]] said was rude.
"""),
    ("a father's own email to children's services", """From: [[craig.mayhew78@hotmail.co.uk|email]]
Sent: [[5 December 2026|date]] 23:14
To: childrens.services@ouzelvalley.gov.uk
Subject: [[Ivy Mayhew|name]] - please help

hi, im [[Ivy|name]]'s dad. the GP dr [[ifeanyi|name]] said you'd call but no one has. [[ivy|name]] has cut herself again
tonight, not deep, i cleaned it. her mum [[nicky|name]] is in spain and just says take her phone off her. i dont know what im
doing. we live at [[27 windsor st|address]], [[wolverton|place]]. my mobile is [[07946 773 205|phone]] - no wait thats my old
one, use the house [[01908 225 419|phone]]. her friend [[maisie|name]]'s mum [[Jo Rowe|name]] said she'll have her
weekends at theirs in [[stony|place]].
P.S. her old school was [[bushfield|school]] in [[wolverton|place]] and she was happy there, miss [[kemp|name]] was lovely.
[[Craig|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 68 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:40 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "rev", "pastor", "nan", "nana", "nanny",
           "gran", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "daw", "u", "ko", "ma", "tina", "tama",
           "deacon"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "bedfordshire", "central bedfordshire", "central beds", "beds", "buckinghamshire", "myanmar",
               "burma", "samoa", "jamaica", "spain"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker with this set's titles
# and kinship words (before a name: "Daw", "Ko", "Tina", "Rev"; after one: "senior") and counties and countries ("Myanmar",
# "Samoa", "Jamaica", "Spain", "Central Beds").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
