"""Set 93: a held-out hand-written set for the redaction detector, six invented families in Ipswich and East Suffolk, in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set90.py, redaction_set91.py, redaction_set92.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here), the docstrings of bench/redaction_set7.py to redaction_set89.py (printed alone, and searched only for town,
district and community words, to pick a family's home and communities no earlier set used), the `Records`, `HandSet` and
`party` helpers of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library and NHS numbers and a UPN made with python-stdnum and a small check-digit snippet. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records.
Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, each from a town, district or estate no earlier set (7 to 89) used as a family's home: a white British family
on the Ravenswood estate in Ipswich (Catchpole / Garrod; a boy of 5 with bruising, a mother's new partner), a white British
family in Leiston with a grandmother in Saxmundham (Tillett / Bloomfield; neglect, a girl of 13 missing school), a
Belizean family in Priory Heath, Ipswich, speaking Belizean Kriol, with family in Belize City and Dangriga (Flowers / Usher;
a boy of 15 exploited in county lines), a Turkmen family in Maidenhall, Ipswich, with family in Ashgabat and Mary (Atayev /
Nurmuradova; a mother isolated after a separation, a girl of 9 interpreting; names in Cyrillic), a white British family in
Trimley St Mary near Felixstowe (Rose / Green; a father's drinking, a crash), and a white British family in Hadleigh
(Sparrow / Kettle; a baby's head injury). Belizean and Turkmen are communities no earlier
set used. 24 documents, four per family, each with a style label no other document of the set has, about half plain
professional recording and half other writing: a police officer's pocket notebook typed up, strategy discussion minutes, a
mother's Facebook Messenger chat typed up, a child protection conference report extract; a school attendance officer's text
messages typed up, a grandmother's voicemails transcribed, an attendance panel letter, a school counsellor's session notes; a
youth offending worker's case note, an NRM referral form extract, WhatsApp voice notes transcribed and translated from
Belizean Kriol, a referral order panel report; an interpreter-assisted home visit record (names and places in Cyrillic), a
school EAL coordinator's email, a GP letter in an OCR'd scan (O for 0 and l for 1), a father's message from Turkmenistan in
Russian, translated; a mother's own letter to her social worker, a police road traffic collision report extract, a family
group conference plan, a child's own words form; a hospital safeguarding referral form, a health visitor's notes typed fast
on a phone, a chronology, a father's email to the social worker with the reply quoted.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Councils (Orwell Vale) and practices are invented; towns,
districts, estates, villages, real hospitals and police forces are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span; titles, roles and kinship
words stay outside a name span; "SURNAME, First" is one span; a name broken by a line break is one span holding the break;
a street address is one span, its town a place, its postcode a postcode; towns, villages, districts and estates are places;
counties, regions and countries ("Suffolk", "East Suffolk", "Belize", "Turkmenistan") are not; organisations ("Ipswich
Hospital", "Suffolk Constabulary", "Orwell Vale Children's Services") are not marked; a date of birth is dob, any other date
with a day is date (a weekday stays outside); pets' names are not names; a surname or first name that is also a word or a
town is marked by what it refers to (Rose, Green, Sparrow, Flowers are names when they are people).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a name in Cyrillic is a name,
and a town in Cyrillic is a place; a Belizean Kriol nickname ("Bwai") used as a kinship or pet word is not a name;
a police collar number and an incident log number are not marked; an OCR misreading inside a date, postcode, address or
place ("O5/1O/199O", "4l Stoke Park", "lpswich", "18/ll/2026") stays inside the span and keeps its kind; a place named in a
lower-case service or building ("the Ravenswood community centre", "Sudbury library", "Trimley St Mary village hall", "the
Ipswich missing service", "Gainsborough sports centre") marks the town or district, as set 21's "Totnes market" did, while a
capitalised organisation ("Ravenswood Medical Practice", "Stoke Park Medical Centre", "Hadleigh Health Centre", "the Ipswich
Community Hub", "West Suffolk Hospital", "Bergholt ward", the Mariners pub) is not marked; an estate named with "estate"
after it marks only its name ("Grange Farm" estate); a district of a foreign city in brackets ("Esenyurt") is a place; a
street abroad with a house number in its own script or transliteration ("Магтымгулы 112", "Görogly köçesi 48") is an
address and a Turkmen postcode ("744000") a postcode; a bare time ("6? no 7") is not a date; a one-letter street name
given as "Known as" ("J") is a name, not an initial; a trunk road ("the A14") is not an address; a pet's name is not a name.

Self-check without the detector: `python -m bench.redaction_set93` (and tests/test_redaction_set93.py) runs set 15's checker
on this set, adds this set's titles and kinship words and counties, regions and countries, and prints the number of
documents and gold spans per kind: 24
documents, 913 gold spans, 499 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party


# --- A. Catchpole / Garrod family (white British), Ravenswood, Ipswich --------------------------------------------------

HOME_A = d.Address("14 Bluebell Grove", "Ravenswood", "Ipswich", "IP3 9SQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Catchpole")], dt.date(2020, 5, 17), addresses=[HOME_A], ids=["4936182753"]),
    _p("m", "mother", [("Shannon", "Catchpole")], dt.date(1999, 2, 8), addresses=[HOME_A], phones=["07825 614 093"]),
    _p("x", "other", [("Lewis", "Garrod")], dt.date(1995, 9, 1), addresses=[HOME_A]),
], "c")

DOCS_A = [
    ("police officer's pocket notebook typed up", """SUFFOLK CONSTABULARY - PNB entries typed for the strategy discussion
Officer: PC 1184 [[Callum Brame|name]]        Date: Sat [[07/11/26|date]]
1712 Attended [[14 Bluebell Grove|address]], [[Ravenswood|place]], [[IP3 9SQ|postcode]] re call from neighbour at no.
[[16|address]] (Mrs [[Pauline Mayhew|name]], [[01473 726 481|phone]]) - shouting, child crying.
1720 Door opened by female who gave name [[CATCHPOLE, Shannon|name]], DOB [[08/02/1999|dob]]. Male in kitchen, gave name
[[Lewis GARROD|name]], said he is the boyfriend, lives "between here and me mum's in
[[Whitton|place]]".
1726 Child [[Kai|name]] (5, DOB [[17.05.2020|dob]]) seen in bedroom. Fingertip bruising L upper arm x3. [[Kai|name]] said "[[Lew|name]]
grabbed me cos I spilt the Ribena". Mother said he fell off the trampoline at Nanna [[Sue|name]]'s.
1741 Spoke to DS [[Ellie Tovell|name]] (MASH) by phone. Agreed child to stay at grandmother [[Sue Catchpole|name]],
[[9 Nacton Road|address]], [[Ipswich|place]], tonight. [[Garrod|name]] arrested 1748, conveyed to Martlesham PIC.
1810 [[Kai|name]]'s NHS no. from mum's phone: [[493 618 2753|nhs]]. Vehicle outside [[RX19 KTE|vehicle]] ([[Garrod|name]]'s).
1822 Spoke to neighbour Mrs [[Mayhew|name]] at no. [[16|address]]. She said she has heard shouting "most Fridays" since
[[Lewis|name]] moved in around [[1 August|date]]. Her son [[Darren Mayhew|name]] ([[07588 145 672|phone]]) saw [[Garrod|name]]
push [[Shannon|name]] against the car on [[24/10|date]]. Other neighbour, [[Ted Kemball|name]] at [[12 Bluebell Grove|address]], did
not answer.
1840 Conveyed [[Kai|name]] and mother to [[9 Nacton Road|address]]. [[Sue Catchpole|name]] (DOB [[03/03/1968|dob]]) agreed to
have them. Her partner [[Terry Last|name]]? - no, [[Terry Laws|name]], also present; PNC no trace.
1905 Mother's mobile [[07825 614 093|phone]]. Her friend [[Jodie Mann|name]] of [[Gainsborough|place]] ([[07943 506 118|phone]])
rang her twice while we were there.
1930 Resumed. DASH completed: medium. Referral to MASH. [[Garrod|name]]'s bail address to be checked: [[22 Defoe Road|address]], [[IP1
6SE|postcode]].
"""),
]


# --- B. Tillett / Bloomfield family (white British), Leiston; grandmother in Saxmundham -------------------------------

HOME_B = d.Address("3 Haylings Road", "", "Leiston", "IP16 4DT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mia", "Tillett")], dt.date(2013, 1, 22), addresses=[HOME_B], ids=["W935211408317"]),
    _p("m", "mother", [("Kerry", "Tillett")], dt.date(1988, 6, 4), addresses=[HOME_B], phones=["07943 218 570"]),
    _p("g", "grandparent", [("Jean", "Bloomfield")], dt.date(1960, 3, 12), phones=["01728 832 694"]),
], "c")

DOCS_B = [
    ("school attendance officer's text messages typed up", """Texts between [[Dawn Kerridge|name]] (Attendance Officer, [[Alde
Valley|school]]) and [[Kerry Tillett|name]] ([[07943 218 570|phone]]), typed up for the attendance panel, UPN [[W935211408317|upn]]

Mon [[2 Nov|date]] 08:52 [[Dawn|name]]: Morning [[Kerry|name]], [[Mia|name]] not in again today. Is she poorly?
08:58 [[kerry|name]]: she wont get up [[dawn|name]] i cant drag her. shes at her nans in [[saxmundham|place]] tonite
09:01 [[Dawn|name]]: Thanks. Can I ring [[Jean|name]]? I have [[01728 832 694|phone]]
09:40 [[kerry|name]]: yeh ring nan. [[mia|name]] says [[jade|name]] and [[tegan|name]] keep on at her on snap
Tue [[3 Nov|date]] 08:45 [[Dawn|name]]: Hi [[Kerry|name]] - I can come to [[3 Haylings Road|address]] on Thursday [[5th|date]] at 10?
09:12 [[kerry|name]]: ok but dont bring [[sharon|name]] from social last time she upset [[mia|name]]
Thu [[5 Nov|date]] 11:20 [[Dawn|name]]: Lovely to see [[Mia|name]]. Bus from [[Leiston|place]] at 8.05 tomorrow, I'll meet her.
Fri [[6 Nov|date]] 07:58 [[Dawn|name]]: Morning! Is [[Mia|name]] ready for the bus?
08:03 [[kerry|name]]: shes gone with [[lily-mae|name]] mum [[Gemma|name]] is driving them from [[knodishall|place]]
08:05 [[Dawn|name]]: Brilliant, thank you [[Gemma|name]]! Have you got a number for her?
08:09 [[kerry|name]]: [[07712 338 905|phone]] [[gemma Clow|name]]
Mon [[9 Nov|date]] 09:14 [[Dawn|name]]: Hi [[Kerry|name]], [[Mia|name]] absent. Please ring me or Mrs [[Aldous|name]] in the office
09:50 [[kerry|name]]: at nans again. [[dean|name]] says shes lazy
10:02 [[Dawn|name]]: Who is [[Dean|name]]?
10:30 [[kerry|name]]: my fella. hes from [[aldeburgh|place]]. hes ok
"""),
]


# --- C. Flowers / Usher family (Belizean), Priory Heath, Ipswich ----------------------------------------------------------

HOME_C = d.Address("27 Raeburn Road", "Priory Heath", "Ipswich", "IP3 0EW")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Jaheim", "Flowers")], dt.date(2011, 4, 9), addresses=[HOME_C], ids=["6402731587"]),
    _p("m", "mother", [("Marisol", "Usher")], dt.date(1984, 12, 2), addresses=[HOME_C], phones=["07712 460 358"]),
    _p("g", "grandparent", [("Lorna", "Flowers")], dt.date(1958, 7, 30), phones=["+501 622-4815"]),
], "c")

DOCS_C = [
    ("youth offending worker's case note", """Orwell Vale Youth Justice Service - case note
Young person: [[FLOWERS, Jaheim|name]] (DOB [[09/04/2011|dob]])   Worker: [[Tobi Adeyemi|name]]   Date: [[12 November 2026|date]]

Saw [[Jaheim|name]] at home, [[27 Raeburn Road|address]], [[Priory Heath|place]], with his mum [[Marisol Usher|name]]. Mum
speaks English and Belizean Kriol; she calls him "Bwai" and "[[Jay-Jay|name]]". [[Jaheim|name]] was stopped by BTP at
[[Stowmarket|place]] station on [[3rd November|date]] with £340 and two phones; one phone had the contact "[[Dre|name]]" and a
[[London|place]] number. He says he was going to see a friend, [[Kofi|name]], in [[Needham Market|place]]. Mum wants to send him to his
granny, Miss [[Lorna Flowers|name]], in [[Dangriga|place]] ([[+501 622-4815|phone]]), or to his uncle [[Winston Usher|name]]
at [[14 Cemetery Road|address]], [[Belize City|place]]. I explained the NRM referral. Next visit [[19/11/26|date]], with
PC [[Amira|name]] from the Ipswich Exploitation team? No - with Sgt [[Dale Vincent|name]]. Mum's mobile
[[07712 460 358|phone]].

Addendum, [[13 November 2026|date]]: [[Marisol|name]] rang. [[Jaheim|name]] did not come home last night. She found him at
[[Kofi|name]]'s aunt's flat, [[Flat 3, 9 Clapgate Lane|address]], [[Ipswich|place]] [[IP3 0RE|postcode]], at 07:00. The aunt, Ms
[[Abena Mensah|name]], said the boys were gaming. [[Jaheim|name]] had a new phone, number [[07961 220 874|phone]]. Missing
episode reported to Suffolk Constabulary (PC [[Dale|name]]? - the officer was PC [[Hollie Dale|name]]). Return home interview
booked with [[Chloe Fenn|name]] of the [[Ipswich|place]] missing service on [[16/11|date]].
[[Jaheim|name]] said "[[Dre|name]] don't know where I
live" and that his mate [[Tyrese|name]] from [[Chantry|place]] "got robbed" in [[Colchester|place]] on the [[8th|date]].
Addendum, [[17 November 2026|date]]: return home interview done by [[Chloe Fenn|name]]. [[Jaheim|name]] named "[[Big T|name]]"
as [[Tremaine|name]], surname unknown, from [[Brixton|place]]. He said [[Tyrese Osei|name]] from [[Chantry|place]] and a boy called
[[Kian|name]] from [[Stowupland|place]] also ran for [[Dre|name]]. Shared with DC [[Mark Pallant|name]] (exploitation team).
"""),
]


# --- D. Atayev / Nurmuradova family (Turkmen), Maidenhall, Ipswich --------------------------------------------------------

HOME_D = d.Address("Flat 6, 41 Stoke Park Drive", "Maidenhall", "Ipswich", "IP2 9TH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aýna", "Atayeva")], dt.date(2017, 8, 14), addresses=[HOME_D]),
    _p("m", "mother", [("Gulshat", "Nurmuradova")], dt.date(1990, 10, 5), addresses=[HOME_D], phones=["07588 302 941"]),
    _p("f", "father", [("Merdan", "Atayev")], dt.date(1986, 1, 19), phones=["+993 65 41 27 93"]),
], "c")

DOCS_D = [
    ("interpreter-assisted home visit record", """HOME VISIT RECORD (interpreter present)
Child: [[Aýna Atayeva|name]] ([[Айна|name]]), 9      Address: [[Flat 6, 41 Stoke Park Drive|address]], [[Maidenhall|place]],
[[Ipswich|place]] [[IP2 9TH|postcode]]
Date of visit: Tuesday [[10 November 2026|date]]   Social worker: [[Hannah Last|name]]   Interpreter (Turkmen/Russian):
[[Jeren
Orazova|name]]

Mother [[Gulshat Nurmuradova|name]] ([[Гульшат Нурмурадова|name]]) said the father, [[Merdan Atayev|name]], went back to
[[Ashgabat|place]] ([[Ашхабад|place]]) in August and phones from [[+993 65 41 27 93|phone]]. Her sister [[Ogulgerek|name]] lives in
[[Mary|place]]. [[Aýna|name]] has been reading the mother's letters from the council to her, and translating at the GP
(Stoke Park Medical Centre). The neighbour upstairs, [[Bev|name]] at [[Flat 8|address]], helps with shopping. Mother asked for
ESOL at Suffolk New College. Mother's phone [[07588 302 941|phone]]. [[Aýna|name]] said her best friend is [[Rose|name]].

Also present part of the time: the mother's friend Mrs [[Jemal Berdiyeva|name]] ([[Джемал|name]]), who lives at
[[Chantry|place]] ([[07588 617 033|phone]]), and her son [[Dovlet|name]]. [[Jemal|name]] said the father's brother, [[Serdar Atayev|name]],
lives in [[Istanbul|place]] ([[Esenyurt|place]]), phone [[+90 532 418 27 65|phone]], and "sends messages". Mother showed me one:
"[[Гульшат|name]], вернись в [[Мары|place]]" ("[[Gulshat|name]], come back to [[Mary|place]]"). [[Aýna|name]]'s school is
[[Maidenhall Primary|school]]; her teacher is Mr [[Okonjo|name]]. Next visit [[24/11/2026|date]]; interpreter booked again
([[Jeren|name]]).
Visit [[24/11/2026|date]]: [[Aýna|name]] showed me her room; her cousin [[Aýgül|name]] in [[Türkmenabat|place]] video-calls her.
[[Bev|name]] from [[Flat 8|address]] (surname [[Sallows|name]]) came down with a casserole. Mother gave her sister's address as
[[Magtymguly şaýoly 12|address]], [[Mary|place]] ([[Мары|place]]).
"""),
]


# --- E. Rose / Green family (white British), Trimley St Mary, near Felixstowe ---------------------------------------------

HOME_E = d.Address("8 Goslings Way", "Trimley St Mary", "Felixstowe", "IP11 0XN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Green")], dt.date(2015, 6, 3), addresses=[HOME_E]),
    _p("m", "mother", [("Leanne", "Rose")], dt.date(1991, 4, 27), addresses=[HOME_E], phones=["07961 537 204"]),
    _p("f", "father", [("Gary", "Green")], dt.date(1987, 11, 11), addresses=[HOME_E]),
], "c")

DOCS_E = [
    ("a mother's own letter to her social worker", """[[8 Goslings Way|address]]
[[Trimley St Mary|place]]
[[IP11 0XN|postcode]]
[[23rd Nov 2026|date]]

Dear [[Nadia|name]],

I am writing because I cant say it on the phone with [[Gary|name]] there. Since the crash on the A14 at [[Levington|place]] on
the [[14th|date]] he has been drinking again and I know you said [[Poppy|name]] cant go in the car with him. [[Poppy|name]] is
staying at my mums in [[Walton|place]] on school nights, my mum is [[Carol Rose|name]] and her number is [[01394 284 617|phone]].
My friend [[Stacey|name]] from the Co-op in [[Felixstowe|place]] can have her on Saturdays. Mr [[Green|name]] (thats [[Gary|name]]s
dad, [[Ron|name]]) says I am making it up but I am not.

Please ring me on [[07961 537 204|phone]] after 3.
[[Leanne Rose|name]]

P.S. [[Gary|name]]'s brother [[Wayne Green|name]] came round on the [[20th|date]] shouting at me. He lives on the [[Grange
Farm|place]] estate in [[Kesgrave|place]]. His van is [[WU16 OKD|vehicle]]. Please dont tell [[Gary|name]] I wrote this.
P.P.S. [[Poppy|name]]'s teacher Mrs [[Sparkes|name]] at [[Trimley St Mary Primary|school]] knows. So does my neighbour [[June|name]]
at no. [[10|address]].
"""),
]


# --- F. Sparrow / Kettle family (white British), Hadleigh ---------------------------------------------------------------

HOME_F = d.Address("5 Angel Street", "", "Hadleigh", "IP7 5EY")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Theo", "Sparrow")], dt.date(2026, 7, 30), addresses=[HOME_F]),
    _p("m", "mother", [("Abbie", "Kettle")], dt.date(2004, 3, 15), addresses=[HOME_F], phones=["01473 823 156"]),
], "c")

DOCS_F = [
    ("hospital safeguarding referral form", """IPSWICH HOSPITAL - CHILD SAFEGUARDING REFERRAL (paediatric ED)
Child's name: [[SPARROW, Theo|name]]          DOB: [[30-07-2026|dob]]        Sex: M
Address: [[5 Angel Street|address]], [[Hadleigh|place]], [[IP7 5EY|postcode]]
Parent/carer: [[Abbie Kettle|name]] (mother) tel [[01473 823 156|phone]]; father [[Jordan
Sparrow|name]] (not present)
Date/time seen: [[29/11/2026|date]] 02:14     Referrer: Dr [[Priya Sandhu|name]], ST4 paediatrics
Reason: 4-month-old with a boggy swelling over the right parietal bone. Mother says he rolled off the sofa on
[[27.11.26|date]] while she was at the door talking to a neighbour, Mr [[Sparrow|name]]? - no, the neighbour is [[Mick
Hales|name]] from next door. CT head booked. Health visitor [[Jo Kettle|name]] (no relation) informed.
Examination: alert, feeding, no other bruises. Skeletal survey requested. Eyes: ophthalmology (Dr [[Rana|name]]) to see on
[[30/11/2026|date]].
Previous attendances: none at Ipswich; West Suffolk Hospital ([[Bury|place]]) [[14/09/2026|date]], "cough".
Other children in the household: none. Mother's mother [[Tracy Kettle|name]] ([[07825 330 196|phone]]) is with her.
Father's address per mother: [[12 Girling Street|address]], [[Sudbury|place]] [[CO10 1NB|postcode]] (his mum [[Denise Sparrow|name]]).
Referral sent to Orwell Vale MASH [[29/11/2026|date]] 03:05 by [[P. Sandhu|name]].
Addendum [[29/11/2026|date]] 09:10, Dr [[Sandhu|name]]: paternal grandmother [[Denise Sparrow|name]] rang ward (Bergholt ward?
- no, Children's Ward) from [[07961 448 302|phone]]? - that is the father's number; she was with him in [[Sudbury|place]].
"""),
]


DOCS_A += [
    ("strategy discussion minutes", """ORWELL VALE CHILDREN'S SERVICES - STRATEGY DISCUSSION (s47) - MINUTES
Child: [[Kai Catchpole|name]], DOB [[17/05/2020|dob]], [[14 Bluebell Grove|address]], [[Ipswich|place]] [[IP3 9SQ|postcode]]
Date: Monday [[9th November 2026|date]], 10:00, by Teams
Present: [[Ruth Pettit|name]] (Team Manager, chair), [[Nadia Okafor|name]] (social worker), DS [[Ellie Tovell|name]] (MASH),
[[Gemma Scarff|name]] (Designated Safeguarding Lead, [[Ravenswood Primary|school]]), [[Sam Woollard|name]] (school nurse)
Minutes: [[Beth Cant|name]]

1. Police: [[Lewis Garrod|name]] (DOB [[01/09/1995|dob]]) interviewed on [[8/11|date]], released on bail, conditions not to
   attend [[Bluebell Grove|address]] or contact [[Kai|name]]. Bail address his mother's, [[22 Defoe Road|address]], [[Whitton|place]].
   Previous: DA call in [[Colchester|place]] (Essex?) with a former partner, [[Kayleigh Dunnett|name]], 2023.
2. School: [[Kai|name]] told his teacher Miss [[Lott|name]] on [[2 November|date]] that "[[Lew|name]] is scary". Logged on CPOMS.
3. Health: [[Kai|name]]'s GP is at Ravenswood Medical Practice. Child protection medical at Ipswich Hospital on the [[8th|date]]:
   bruising consistent with grip.
4. Mother [[Shannon|name]] said she will not let [[Lewis|name]] back. Grandmother [[Sue Catchpole|name]] to stay at the house.
Decision: s47 enquiry by [[Nadia|name]]; ICPC within 15 working days.
5. Other household members and contacts: [[Shannon|name]]'s brother [[Jake Catchpole|name]] (19) stays some weekends; he
   lives at [[Flat 2, 80 Felixstowe Road|address]], [[Ipswich|place]] [[IP3 8DY|postcode]]. [[Kai|name]]'s paternal grandmother,
   Mrs [[Linda Moye|name]], lives in [[Stowmarket|place]] ([[01449 612 447|phone]]) and would like contact.
6. Actions: [[Nadia|name]] to see [[Kai|name]] alone by [[11/11/2026|date]]; DS [[Tovell|name]] to get the 999 recording of
   [[07/11|date]]; Miss [[Lott|name]] to send the CPOMS log to [[nadia.okafor@orwellvale.gov.uk|email]]; [[Sam Woollard|name]] to
   check [[Kai|name]]'s immunisations. Next strategy review [[20 November|date]] (chair [[Ruth Pettit|name]]).
7. Chair's note added [[10/11/2026|date]] by [[R. Pettit|name]]: [[Lewis Garrod|name]] is also known as "[[Lew|name]]" and
"[[Gaz|name]]"; his sister [[Chelsea Garrod|name]] lives at [[Whitehouse|place]], [[Ipswich|place]].
"""),
]

DOCS_B += [
    ("grandmother's voicemail transcribed", """Voicemail left on the duty line, [[16/11/2026|date]] 19:02,
caller ID [[01728 832 694|phone]], typed by
[[Lucy Reeve|name]] (duty):
"Hello, it's [[Jean Bloomfield|name]], [[Mia|name]] [[Tillett|name]]'s nan, I'm at [[11 Rendham Road|address]], [[Saxmundham|place]],
[[IP17 1DZ|postcode]]. [[Mia|name]]'s been with me since Friday, her mum [[Kerry|name]] hasn't come for her, and there's no food at
[[Haylings Road|address]], I went round. [[Kerry|name]]'s new man, [[Dean|name]] someone, [[Dean Cattermole|name]] I think, he's
from [[Aldeburgh|place]], he's in and out. [[Mia|name]] says she's not going back. The lady from school, [[Dawn|name]], she knows.
My neighbour [[Pat Friend|name]] can drive her to [[Leiston|place]] if need be. Ring me back, love, [[07943 218 570|phone]] is
[[Kerry|name]]'s, mine is the house phone. Thank you."
Second voicemail, [[17/11/2026|date]] 08:20: "It's [[Jean|name]] again. [[Kerry|name]] came last night with
[[Dean|name]], he sat in the car, a black Astra, [[GN18 WZP|vehicle]], and she took [[Mia|name]]'s school bag but left
[[Mia|name]] with me. [[Mia|name]] says he's got a mate called [[Spud|name]] who lives in [[Thorpeness|place]]. I've rung my
daughter [[Lisa|name]] in [[Lowestoft|place]], [[07943 882 016|phone]], she says she can help. Bye, love."
Actioned by [[L. Reeve|name]]: passed to [[Nadia Okafor|name]]? - no, [[Mia|name]]'s worker is [[Sharon Baldry|name]].
Third voicemail, [[18/11/2026|date]] 21:47: "[[Jean|name]] here. [[Dean Cattermole|name]] rang my house phone from
[[07712 815 440|phone]] saying [[Mia|name]] has to come home. I said no. My son-in-law [[Phil Reynolds|name]] was here, he heard it.
[[Mia|name]]'s at her friend [[Lily-Mae|name]]'s in [[Knodishall|place]] tomorrow, [[2 Judith Avenue|address]]. Night night."
"""),
]

DOCS_C += [
    ("NRM referral form extract", """NATIONAL REFERRAL MECHANISM - first responder form (extract)
Potential victim: Surname [[FLOWERS|name]]   Forenames [[Jaheim Marcus|name]]   Known as: [[J|name]], [[Jay-Jay|name]]
DOB [[9 April 2011|dob]]   Nationality: British / Belizean   NHS [[640 273 1587|nhs]]
Address [[27 Raeburn Road|address]], [[Ipswich|place]], [[IP3
0EW|postcode]]
Exploitation: criminal (county lines), [[Ipswich|place]] - [[Stowmarket|place]] - [[Bury St Edmunds|place]] - [[Lewisham|place]].
Persons of concern: "[[Dre|name]]" (phone [[07588 761 204|phone]]), [[Kofi Mensah|name]] (16, [[Needham Market|place]]), a white
Ford Fiesta [[AV68 UZP|vehicle]] seen at [[Greenwich Avenue|address]], [[Ipswich|place]] on [[01/11/2026|date]].
First responder: [[Tobi Adeyemi|name]], Orwell Vale Youth Justice Service, [[tobi.adeyemi@orwellvale.gov.uk|email]]
Account (in [[Jaheim|name]]'s words, [[12/11/2026|date]]): "[[Dre|name]] gave me the phone at [[Ipswich|place]] station. I
went to [[Stowmarket|place]] and [[Bury|place]], sometimes [[Felixstowe|place]]. A man called [[Big T|name]] picked me up from
[[Ransomes|place]] in a grey Golf. I stayed one night in a flat in [[Lewisham|place]], on [[Lewisham Way|address]], with a girl
called [[Kiki|name]]. I didn't want to. They said they'd hurt my mum at [[Raeburn Road|address]]."
Mother: [[Marisol Usher|name]], [[07712 460 358|phone]]. Grandmother (Belize): [[Lorna Flowers|name]], [[+501 622-4815|phone]].
Single Competent Authority decision due: [[9 December 2026|date]]. Copy to [[Marisol Usher|name]] and to [[Jaheim|name]]'s
school, [[Chantry Academy|school]] (DSL [[Paula Kerr|name]]).
"""),
]

DOCS_D += [
    ("school EAL coordinator's email", """From: [[Gwen Sheldrake|name]] <[[g.sheldrake@maidenhallprimary.example.sch.uk|email]]>
Sent: [[17 November 2026|date]] 15:31
To: [[Hannah Last|name]]
Subject: [[Aýna|name]] A. - Year 5

Hi [[Hannah|name]], quick update on [[Ayna|name]] (we spell it without the accent on SIMS). She is at [[Maidenhall Primary|school]]
since [[4 September 2024|date]]. She is tired and says she does "papers for mama" at night. Her friend [[Rose Hammond|name]]'s mum,
[[Kelly Hammond|name]], has been giving her lunch. The family in [[Mary|place]] sent a parcel - [[Aýna|name]] showed me a card from her
grandmother [[Bägül Atayeva|name]] with an address in [[Ashgabat|place]]: [[Görogly köçesi 48|address]], [[744000|postcode]].
I will refer mum to the ESOL class at the Ipswich Community Hub. [[Gwen|name]]

P.S. [[Ayna|name]]'s mum came to parents' evening on [[12 November|date]] with [[Jemal Berdiyeva|name]]. [[Jemal|name]]'s
daughter [[Maysa|name]] is in Year 3 with us. Mum wrote her name for me as "[[Гульшат|name]]" and her new mobile as
[[07588 302 941|phone]]. Class teacher: Mr [[Okonjo|name]]; TA [[Precious Ndlovu|name]].
P.P.S. [[Ayna|name]] and [[Maysa|name]] go to the Saturday club at [[Gainsborough|place]] with [[Jemal|name]]'s husband
[[Bayram Berdiyev|name]]. [[Gwen|name]]
"""),
]

DOCS_E += [
    ("police road traffic collision report extract", """RTC REPORT (extract) - Suffolk Constabulary
Date: [[14/11/2026|date]] 17:40   Location: A14 eastbound near [[Levington|place]]
Vehicle 1: [[EO17 HNB|vehicle]], driver [[GREEN, Gary|name]], DOB [[11/11/1987|dob]], [[8 Goslings Way|address]],
[[Trimley St Mary|place]], [[Felixstowe|place]] [[IP11 0XN|postcode]]. Breath test positive (62). Passenger: [[Poppy Green|name]],
11, rear seat, no injury. Vehicle 2: [[YK21 FMA|vehicle]], driver [[Tomasz Wrobel|name]] of [[Kesgrave|place]], whiplash.
Witness: [[Andrew Bird|name]], [[07825 901 447|phone]]. Child collected by grandmother [[Carol Rose|name]] from
[[Walton|place]]. Referral to Orwell Vale MASH.
Notes: driver [[Green|name]] said he was taking his daughter to her nan's in [[Walton|place]] and had "two pints" at the
Mariners in [[Trimley St Martin|place]]. Partner [[Leanne Rose|name]] ([[07961 537 204|phone]]) informed at 18:15. Officer:
PC 2290 [[Amy Cobbold|name]]; supervisor Sgt [[Neil Rush|name]]. Collision ref not for disclosure. Second witness Mrs
[[Margaret Sago|name]] of [[Nacton|place]], [[01473 659 218|phone]].
"""),
]

DOCS_F += [
    ("health visitor's phone notes", """HV notes (typed on phone, [[30/11|date]]) - [[Jo Kettle|name]] HV
visit [[theo|name]] @ [[5 angel st|address]] [[hadleigh|place]] 10.15. mum [[abbie|name]] + her mum [[Tracy Kettle|name]]. dad
[[jordan|name]] not there - at his mums in [[Sudbury|place]]. [[theo|name]] home from [[ipswich|place]] hosp last night, CT = small skull
fracture, no bleed. [[abbie|name]] says dog (Bonnie) jumped on sofa. neighbour [[mick|name]] ([[no 7|address]]) heard crying
[[27th|date]] eve. GP Hadleigh Health Centre. next visit tues [[1/12|date]]. sw [[Nadia|name]]? no - sw is [[Ollie
Grimwade|name]].
[[1/12|date]] tel call w [[tracy|name]] ([[abbie|name]]s mum) [[07825 330 196|phone]] - [[theo|name]] staying w her at [[19
benton st|address]] now per plan. [[jordan|name]] texted [[abbie|name]] at
2am. [[abbie|name]]s mate [[chloe|name]] from [[layham|place]] also
visiting. 6-8 wk check done [[14/9|date]] by [[Jo|name]]. weight 6.9kg. next [[8/12|date]].
"""),
]


DOCS_A += [
    ("mother's Facebook Messenger chat typed up", """Messenger chat, [[shannon catchpole|name]] and [[Sue Catchpole|name]] (screenshots
given by [[Sue|name]] on [[10/11/26|date]])

[[Shannon|name]]: mum can u have [[kai|name]] sat
[[Sue|name]]: yes love bring him to mine. is [[lew|name]] there
[[Shannon|name]]: no hes at [[jodie|name]]s in [[gainsborough|place]]
[[Sue|name]]: good. i saw [[kai|name]]s arm. dont lie to me [[shan|name]]
[[Shannon|name]]: he fell off [[tyler|name]]s trampoline at [[ravenswood|place]] park
[[Sue|name]]: [[Tyler Lambert|name]] hasnt got a trampoline. ive told [[nadia|name]]
[[Shannon|name]]: he didnt mean it mum
[[Sue|name]]: [[Terry|name]] will come for you both at 6. and [[jake|name]] says hes coming too
[[Shannon|name]]: dont send [[jake|name]] he will kick off wiv [[lewis|name]]
[[Sue|name]]: then come to mine. [[9 nacton rd|address]]. i mean it [[shan|name]]
[[Shannon|name]]: ok. [[jodie|name]] says i can stay at hers at [[hawthorn drive|address]] if u cant
[[Sue|name]]: you are coming here. [[kai|name]] needs his nanny
[[Shannon|name]]: ok mum. tell [[terry|name]] 6? no 7
[[Sue|name]]: 7 then. love u [[shan|name]] xx
"""),
    ("child protection conference report extract", """INITIAL CHILD PROTECTION CONFERENCE - report of the social worker (extract)
Child: [[Kai Catchpole|name]] (5)   Conference date: [[23 November 2026|date]]   Chair: [[Ian Grimsey|name]]
Author: [[Nadia Okafor|name]], Orwell Vale Children's Services, [[01473 265 119|phone]], [[nadia.okafor@orwellvale.gov.uk|email]]

Family: mother [[Shannon Catchpole|name]] ([[07825 614 093|phone]]); maternal grandmother [[Sue Catchpole|name]]; [[Kai|name]]'s
father [[Reece Moye|name]] lives in [[Bury St Edmunds|place]] and has not seen him since 2022. Mother's partner
[[Lewis Garrod|name]] is on bail. [[Kai|name]] attends [[Ravenswood Primary|school]] (Year 1) and the after-school club at
the [[Ravenswood|place]] community centre.
[[Kai|name]] said to me on [[16/11/2026|date]]: "I like Nanny's house because it's quiet and [[Lew|name]] isn't there."
Recommendation: child protection plan, category physical abuse.
Those consulted: [[Gemma Scarff|name]] (DSL), Miss [[Jess Lott|name]] (class teacher), Dr [[Helen Farrow|name]] (GP,
Ravenswood Medical Practice), [[Sam Woollard|name]] (school nurse), DS [[Ellie Tovell|name]]; [[Reece Moye|name]] by phone on
[[18 November|date]] ([[07712 594 031|phone]]), who said he would like to see [[Kai|name]] at his mother's in
[[Stowmarket|place]], [[6 Bury
Road|address]].
Family network: maternal uncle [[Jake Catchpole|name]]; [[Sue Catchpole|name]]'s partner [[Terry Laws|name]]; friend [[Jodie Mann|name]]
([[Hawthorn Drive|address]], [[Gainsborough|place]]).
"""),
]

DOCS_B += [
    ("attendance panel letter", """Orwell Vale Council - Education Welfare
Ms [[K Tillett|name]]
[[3 Haylings Road|address]]
[[Leiston|place]]
[[IP16
4DT|postcode]]
[[24 November 2026|date]]

Dear Ms [[Tillett|name]],
Re: [[Mia Tillett|name]], DOB [[22/01/2013|dob]], Year 8, [[Alde Valley School|school]]
[[Mia|name]]'s attendance this term is 61%. You are invited to an attendance panel on Wednesday [[9 December 2026|date]] at 2pm at
the school. You may bring a friend or family member, for example Mrs [[Bloomfield|name]]. [[Mia|name]] has told us she finds
the bus from [[Leiston|place]] hard because of two girls; the school is looking into it.
Yours sincerely,
[[Dawn Kerridge|name]], Attendance Officer, [[01728 830 482|phone]]
cc: [[Sharon Baldry|name]], social worker; [[Rob Aldous|name]], DSL, [[Alde Valley|school]]; Mrs [[Jean Bloomfield|name]],
[[11 Rendham Road|address]], [[Saxmundham|place]] [[IP17 1DZ|postcode]] (with [[Kerry|name]]'s consent, given by text on
[[23/11/2026|date]]).
Panel members: [[Dawn Kerridge|name]]; [[Rob Aldous|name]]; Cllr [[Pam Southgate|name]]. Venue: [[Alde Valley School|school]],
[[Seaward Avenue|address]], [[Leiston|place]] [[IP16 4BG|postcode]].
"""),
    ("school counsellor's session notes", """Counselling notes - M.T. (Yr 8) - session 3 - [[26/11/2026|date]] - [[Fran Ellwood|name]]
[[Mia|name]] talked about [[Dean|name]] ("mum's bloke") shouting. She likes staying at nan's in [[Sax|place]]. Friends: [[Lily-Mae|name]]
from [[Knodishall|place]]; [[Jade|name]] and [[Tegan|name]] not friends now. Worried about mum. Wants to go to [[Sizewell|place]] beach
with nan's dog Pip. No disclosure of harm. Safeguarding: passed to DSL [[Rob Aldous|name]] re [[Dean|name]].
Session 4 - [[3/12/2026|date]] - [[Mia|name]] said [[Dean|name]] took her phone. She has a new SIM from nan, [[07588 934 217|phone]].
She said [[Jade|name]] [[Pipe|name]] posted a photo of her. Passed to [[Rob|name]]. [[Mia|name]] wants to stay at [[Saxmundham|place]] and
move to [[Saxmundham Free School|school]]? - she means [[Thomas Mills|school]] in [[Framlingham|place]]; her cousin [[Ellie|name]] goes.
"""),
]


DOCS_C += [
    ("WhatsApp voice notes transcribed and translated from Belizean Kriol", """WhatsApp voice notes on [[Marisol Usher|name]]'s phone,
played to the worker on [[20/11/2026|date]], transcribed and
translated by [[Tobi Adeyemi|name]] with mum's help (Kriol, then English)

Granny [[Lorna|name]] ([[+501 622-4815|phone]]), [[18 Nov|date]]: "Weh di bwai deh? Tell [[Jaheim|name]] Granny seh kom back a
[[Dangriga|place]] fi Christmas." (Where is the boy? Tell [[Jaheim|name]] Granny says come back to [[Dangriga|place]] for Christmas.)
Uncle [[Winston|name]], [[19 Nov|date]]: "Ah wahn [[Jay-Jay|name]] come stay wid me a [[Belize City|place]], [[Cemetery
Road|address]]. Ih wah safe." (I want [[Jay-Jay|name]] to come and stay with me in [[Belize City|place]], [[Cemetery Road|address]].
He'll be safe.)
Cousin [[Shanice Flowers|name]] (in [[Peckham|place]], [[07712 903 518|phone]]), [[19 Nov|date]]: "Ah si [[Dre|name]] da [[Deptford|place]]
yestideh." (I saw [[Dre|name]] in [[Deptford|place]] yesterday.)
Mum [[Marisol|name]] to Granny, [[20 Nov|date]]: "Mama, [[Jaheim|name]] deh yah wid me. Di sowshal worker [[Tobi|name]] gud."
(Mama, [[Jaheim|name]] is here with me. The social worker [[Tobi|name]] is good.)
Aunty [[Dalia|name]] ([[Dalia Usher|name]], [[Orange Walk|place]], [[+501 610-3382|phone]]), [[21 Nov|date]]: "Sen di bwai kom, wi wah
luk afta ahn." (Send the boy, we will look after him.)
"""),
    ("youth panel referral order report", """Referral Order panel report - [[Jaheim FLOWERS|name]] - panel [[2nd December 2026|date]]
Panel members: [[Derek Sillitoe|name]], [[Ann Pryke|name]] (community volunteers); YOT officer [[Tobi Adeyemi|name]]
Offence: possession with intent (Class A), [[Stowmarket|place]] railway station, [[03/11/2026|date]].
[[Jaheim|name]] lives with mum at [[Priory Heath|place]] and attends [[Chantry Academy|school]] (reduced timetable since [[14 Sept|date]]).
His football coach [[Lee Brame|name]] at [[Gainsborough|place]] sports centre speaks well of him. Mum's partner [[Curtis Reid|name]]
moved out in October.
Contract agreed: [[Jaheim|name]] to attend sessions with [[Tobi|name]] weekly at the YOT office, do 12 hours of reparation
at the [[Gainsborough|place]] community garden; to stay away from [[Kofi Mensah|name]]
unless at school; curfew agreed with mum at [[27 Raeburn Road|address]] 9pm. Next panel [[3 March 2027|date]]. Panel chair
[[D. Sillitoe|name]]. Mentor: [[Kwame Boateng|name]] ([[07943 118 670|phone]]).
Victim view: none (no identified victim). Community member [[Ann Pryke|name]] lives in [[Stowmarket|place]] and knows
the station; she asked [[Jaheim|name]] about his sister [[Keisha|name]] ([[Keisha Flowers|name]], 19, in [[Norwich|place]]).
"""),
]

DOCS_D += [
    ("GP letter in OCR'd scan", """Stoke Park Medical Centre                     [[01473 602 118|phone]]
Dr [[A. Whitmore|name]]
To whom it may concern                           [[18/ll/2026|date]]
Re: Mrs [[Gulshat Nurmuradova|name]], DOB [[O5/1O/199O|dob]], [[Flat 6, 4l Stoke Park|address]]
[[Drive|address]], [[lpswich|place]]
This lady attends with her daughter [[Ayna|name]] (9) who interprets. I have asked for a professional Turkmen interpreter for
future appointments; the patient's friend Mrs [[Jemal Berdiyeva|name]] ([[Chantry|place]]) brings her. Low mood; referred to
Wellbeing Suffolk.
Previous GP: Dr [[N. Hojayeva|name]], polyclinic No. 3, [[Ashgabat|place]]. Registered here [[O2/O9/2O24|date]].
Children: [[Aýna Atayeva|name]] (DOB [[14/O8/2O17|dob]]). Next of kin given: [[Jemal Berdiyeva|name]], [[Chantry|place]],
[[07588 617 033|phone]].
cc: [[Hannah Last|name]], Orwell Vale Children's Services; health visitor [[Rachel Ling|name]]
"""),
    ("father's message from Turkmenistan, translated", """Message from [[Merdan Atayev|name]] ([[Мердан Атаев|name]]) to
the social worker by Imo, [[25.11.2026|date]], translated from
Russian by [[Jeren Orazova|name]]:
"Здравствуйте. Я отец [[Айны|name]]. Живу в [[Ашхабаде|place]], улица [[Магтымгулы 112|address]]. Телефон
[[+993 65 41 27 93|phone]]."
(Hello. I am [[Aýna|name]]'s father. I live in [[Ashgabat|place]], [[Magtymguly 112|address]]. Phone as above.) He says he cannot
come to the UK, that his mother [[Bägül|name]] wants [[Aýna|name]] for the summer in [[Mary|place]], and that [[Gulshat|name]]
should not "shame the family" by speaking to the council.
Reply sent by [[Hannah Last|name]] on [[26.11.2026|date]] (through [[Jeren|name]]): thanked him; explained that [[Aýna|name]]
lives with her mother at [[Maidenhall|place]], that no one is "taking" her, and that the family court in [[Ipswich|place]]
would decide about travel. He replied: "Передайте [[Айне|name]] привет от бабушки [[Бягуль|name]]" (Give [[Aýna|name]] greetings
from Grandma [[Bägül|name]]), and gave his brother [[Serdar|name]]'s number in [[Istanbul|place]], [[+90 532 418 27 65|phone]].
"""),
]


DOCS_E += [
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN - [[Poppy Green|name]]
Held at [[Trimley St Mary|place]] village hall, Saturday [[28 November 2026|date]]. Coordinator: [[Marcus Hollis|name]]
Who came: [[Leanne Rose|name]] (mum), [[Gary Green|name]] (dad), Nanny [[Carol Rose|name]], Grandad [[Ron Green|name]] and Nana
[[Brenda Green|name]] (of [[Kirton|place]]), Auntie [[Kelly Rose|name]] (from [[Woodbridge|place]]), family friend [[Stacey Lambert|name]].
Our plan:
1. [[Poppy|name]] stays at Nanny [[Carol|name]]'s, [[41 Church Lane|address]], [[Walton|place]], [[Felixstowe|place]]
   [[IP11 9QR|postcode]], Sunday to Thursday until [[1 February|date]].
2. Dad does not drive [[Poppy|name]] anywhere. Grandad [[Ron|name]] drives her to [[Trimley St Mary Primary|school]].
3. Dad goes to Turning Point in [[Ipswich|place]] every Tuesday. Auntie [[Kelly|name]] texts mum if worried: [[07943 675 021|phone]].
Signed: [[L. Rose|name]]  [[G. Green|name]]  [[C Rose|name]]
4. If [[Poppy|name]] is worried she can ring Auntie [[Kelly|name]] or Nanny [[Carol|name]] on [[01394 284 617|phone]].
5. [[Leanne|name]] and [[Gary|name]] to meet [[Nadia Okafor|name]] on [[8 December|date]] at [[Trimley|place]].
6. Nana [[Brenda|name]] will have [[Poppy|name]] on Friday nights at [[3 Bucklesham Road|address]], [[Kirton|place]], [[IP10
0PA|postcode]].
Review FGC: [[15 January 2027|date]].
Witnessed by coordinator [[M. Hollis|name]] on [[28/11/2026|date]]; copies to [[Nadia Okafor|name]], Mrs [[Sparkes|name]]
([[Trimley St Mary Primary|school]]), and [[Kelly Rose|name]], [[15 Deben Road|address]], [[Woodbridge|place]] [[IP12 1AZ|postcode]].
"""),
    ("child's own words form", """MY WORDS - what I want people to know  (filled in by [[Poppy|name]], age 11, with [[Nadia|name]])
My name is: [[poppy green|name]]
I live with: mum and dad and our dog Rusty. I stay at nanny [[carols|name]] in [[walton|place]] now
My school: [[trimley st mary|school]]
My best friends: [[Ruby|name]] and [[Isla-Rose|name]]
What worries me: the crash. daddy smelt like beer. I dont want to go in the car
Who I can talk to: Mrs [[Sparkes|name]] my teacher, Nanny, Auntie [[Kel|name]]
What would make things better: dad stops beer. going to [[Felixstowe|place]] beach with Nana [[Brenda|name]] and [[Ruby|name]]
My signature: [[Poppy G|name]]     Date: [[4/12/26|date]]
Helped by: [[Nadia Okafor|name]], [[Trimley St Mary|place]], [[4 Dec|date]]
"""),
]

DOCS_F += [
    ("strategy meeting chronology", """CHRONOLOGY - [[Theo Sparrow|name]] (DOB [[30/07/2026|dob]])
[[30.07.2026|date]]  Born at Ipswich Hospital, 36 weeks. Mother [[Abbie Kettle|name]], 22.
[[12.08.2026|date]]  New birth visit, HV [[Jo Kettle|name]], [[5 Angel Street|address]], [[Hadleigh|place]]. No concerns.
[[03.10.2026|date]]  Father [[Jordan Sparrow|name]] cautioned for assault on a man in [[Sudbury|place]] ([[Callum Nunn|name]]).
[[27.11.2026|date]]  Reported fall from sofa (mother). Neighbour [[Mick Hales|name]] ([[7 Angel Street|address]]) hears crying.
[[29.11.2026|date]]  ED, Ipswich Hospital: parietal skull fracture. Referral by Dr [[Priya Sandhu|name]].
[[30.11.2026|date]]  Strategy discussion. [[Theo|name]] to stay with maternal grandmother [[Tracy Kettle|name]],
                    [[19 Benton
                    Street|address]], [[Hadleigh|place]] [[IP7 5AT|postcode]].
[[01.12.2026|date]]  HV [[Jo Kettle|name]] visits [[Theo|name]] at [[19 Benton Street|address]]. Father emails SW [[Ollie Grimwade|name]].
[[02.12.2026|date]]  Police speak to [[Mick Hales|name]] and his partner [[Debbie Pryor|name]]. [[Abbie|name]]'s friend [[Chloe Nunn|name]]
                    ([[Layham|place]]) says [[Jordan|name]] was at the flat on [[27/11|date]].
[[03.12.2026|date]]  Skeletal survey clear. Dr [[Sandhu|name]] and Dr [[Rana|name]] report.
[[04.12.2026|date]]  Father [[Jordan Sparrow|name]] meets [[Ollie Grimwade|name]] in [[Sudbury|place]] with his mother
                    [[Denise Sparrow|name]]; gives new address [[Flat 1, 3 Gainsborough Street|address]], [[Sudbury|place]].
"""),
    ("father's email to the social worker", """From: [[jordan sparrow|name]] <[[jordsparra04@hotmail.co.uk|email]]>
To: [[ollie.grimwade@orwellvale.gov.uk|email]]
Date: [[1 Dec 2026|date]] 23:12
Subject: my son

[[ollie|name]] i never touched [[theo|name]]. im at me mum [[Denise|name]]s in [[sudbury|place]], [[12 Girling St|address]]. ask
[[abbies|name]] neighbour [[mick|name]] what he seen. i want to see my son. my number is [[07961 448 302|phone]]
[[jord|name]]

On [[2 Dec 2026|date]] 07:40 [[Ollie Grimwade|name]] wrote:
> Dear [[Jordan|name]], thank you for your email. I would like to meet you at [[Sudbury|place]] library on Friday [[4 December|date]] at
> 11am. You can bring your mum, [[Denise Sparrow|name]]. Please call me on [[01473 265 804|phone]]. [[Ollie|name]]

> [[Ollie Grimwade|name]], Social Worker, Orwell Vale Children's Services, [[Hadleigh|place]] office
> [[ollie.grimwade@orwellvale.gov.uk|email]] | [[01473 265 804|phone]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 93 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 05:20 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nurse", "our", "me", "nan", "nana",
           "nanna", "nanny", "gran", "granny", "grandad", "mum", "mummy", "dad", "aunty", "auntie", "uncle", "madam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "britain", "suffolk", "east suffolk", "west suffolk", "east anglia", "norfolk", "essex",
               "belize", "turkmenistan", "russia"}


# Checks of the marking itself (no detector involved); an empty list when all is well. Set 15's checker does the parsing,
# stray-markup, span, check-digit, NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and
# country-as-place checks; this adds this set's titles and kinship words and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
