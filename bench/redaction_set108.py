"""Set 108: a held-out hand-written set for the redaction detector, six invented families in Oldham, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
106, 107 and 109 (written by other helpers at the same time), that did not run the detector or any bench script that runs it,
that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py and
tests/test_redaction_set21.py (the layout and marking conventions followed here), the docstrings of bench/redaction_set7.py to
redaction_set105.py (printed only, and searched only for Oldham towns and districts and for community names, to pick a home
and two communities no earlier set used), the opening of bench/redaction_handwritten.py (`_party`, `Records`, `HandSet`) and
the function names of bench/redaction_heldout.py. Phone numbers were checked with the phonenumbers library. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Written against a hard deadline, so the documents are short: six families, four documents each (24 documents, each
with its own style), with 337 gold spans rather than the 900 or more asked for, and no NHS numbers, UPNs or NI
numbers. The families' homes are Oldham districts and estates no earlier set used as a home:
Limeside, Derker, Holts, Sholver, Failsworth and Chadderton. Two communities no earlier set used: a Bajuni family (from the
islands off Kismayo, by way of Mombasa) in Limeside (Athman / Bwana; a mother who speaks Kibajuni, a boy of 13 missing
overnight, an uncle in Mombasa), and a Hmong family who came from France to Derker (Vang / Xiong; a girl of 15 kept off school
to help in a shop, a grandmother in Nîmes). The others: a white British family on the Holts estate (Buckley / Schofield;
neglect, a dog bite), a white British family in Sholver (Kershaw / Whitehead; a father's drinking, a sister in Royton), a
British Pakistani family in Failsworth (Butt / Aslam; a forced-marriage worry) and a white British grandmother caring for two
grandchildren in Chadderton (Lord / Ogden; kinship care). Documents: a police missing-person log typed up from a phone, a
social worker's note written fast on a phone, an OCR'd scanned school attendance letter, a text thread typed up, a
strategy discussion's minutes, a kinship carer's own letter, a MASH referral form, an attendance officer's email, a GP's
safeguarding letter, a case note, a child protection conference report, a chronology, an uncle's voice note
transcribed and translated, an interpreter's note, a 999 call transcript, a school pastoral log, a school nurse's text chat
export, a nursery admission form, a return home interview, a French school report, a dog warden's email, a
father's own message, a Forced Marriage Unit call note and a kinship assessment.

Invented: every person, address, phone number and email address (street names may be real or invented and carry invented
house numbers). Phone numbers are valid numbers (checked with phonenumbers), UK and foreign (Kenya, France). Councils and
schools are invented (Medlock Vale council, Limeside Brook Academy, Derker Fold Primary, Holts Lane Primary, Sholver Moor
Academy, Failsworth Park High, Chadderton Hall Junior,
Little Acorns Nursery); towns, districts, estates, hospitals, police forces and brands are
real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words (Mr, Mrs, Ms, PC, Nan, Mum, Auntie, Bibi, Niam tais) stay outside the name span; "SURNAME, First" is one span; a name
broken by a line break is one span; towns, districts, estates and villages are places, at home or abroad; countries,
counties and regions are not; organisations are not marked even when they hold a town's name ("Royal Oldham Hospital",
"Failsworth Health Centre", "Oldham Coliseum"); a school's name and its short form are a school; a date of birth is dob, any
other date with a day is date (a weekday before it stays outside); months and years alone are not marked; parks and
landmarks (Alexandra Park, Daisy Nook, the Tommyfield market, Piccadilly station and
Piccadilly Gardens) stay unmarked; pets' names (Bruno) are not names; a
neighbour's bare house number ("no. 50", "number 24") is an address; a vehicle registration is a vehicle.

Choices this set had to make: a shop named after its owner ("Vang's Asian Grocery") marks only the name; "Niam tais" (Hmong
for maternal grandmother) is a kinship word; a police log's incident reference is not marked.

Self-check without the detector: `python -m bench.redaction_set108` (and tests/test_redaction_set108.py) runs set 15's
checker on this set with this set's titles and counties, and prints the number of documents and gold spans per kind: 24 documents,
337 gold spans, 171 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party


# --- A. Athman / Bwana family (Bajuni), Limeside ---------------------------------------------------------------------------

HOME_A = d.Address("14 Kenyon Street", "Limeside", "Oldham", "OL8 3PQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Faraji", "Athman")], dt.date(2013, 5, 2), addresses=[HOME_A], schools=["Limeside Brook Academy"]),
    _p("m", "mother", [("Mwanaisha", "Bwana")], dt.date(1988, 9, 14), addresses=[HOME_A], phones=["07723 418 596"]),
], "c")

DOCS_A = [
    ("police missing person log typed up from an officer's phone", """GMP MISPER LOG - ref 26/118842 - typed from PC's phone notes
Subject: [[ATHMAN, Faraji|name]] (DOB [[02/05/2013|dob]]), 13 yrs
Home: [[14 Kenyon Street|address]], [[Limeside|place]], [[Oldham|place]] [[OL8 3PQ|postcode]]
Reported by mother Ms [[Mwanaisha Bwana|name]] [[07723 418 596|phone]] at 23:10 on Fri [[20/11/2026|date]]
2315 spoke w mum thru her nephew [[Hamisi|name]] (interprets, Kibajuni->Eng). [[Faraji|name]] left after tea,
said going to [[Yusuf|name]]s on [[Ashton Road|address]]. Not arrived.
2340 rang [[Yusuf Ali|name]]'s dad Mr [[Abdirahman Ali|name]] [[07958 230 671|phone]] - "not seen him since
school". Checked Alexandra Park, Daisy Nook car park, [[Hollinwood|place]] tram stop. Nil.
0120 uncle in [[Mombasa|place]] Mr [[Omar Bwana|name]] [[+254 722 418 305|phone]] rang mum: F messaged him on
snap at midnight asking for money. Says F wants to go to [[Manchester|place]] to see a lad called "[[Deka|name]]".
0305 found by PC [[Lisa Hurst|name]] at Piccadilly, cold, OK. Home 0420. Return interview to CSC.
School: [[Limeside Brook|school]] (head of year Mr [[Tom Stott|name]]).
"""),
]


# --- B. Vang / Xiong family (Hmong, from France), Derker -------------------------------------------------------------------

HOME_B = d.Address("7 Vulcan Street", "Derker", "Oldham", "OL1 4EP")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Pa Nhia", "Vang")], dt.date(2011, 2, 19), addresses=[HOME_B], schools=["Derker Fold Primary"]),
    _p("f", "father", [("Tou", "Vang")], dt.date(1979, 6, 1), addresses=[HOME_B], phones=["07412 886 035"]),
    _p("m", "mother", [("Mai", "Xiong")], dt.date(1983, 3, 8), addresses=[HOME_B]),
], "c")

DOCS_B = [
    ("social worker's note typed fast on a phone after a doorstep visit", """hv [[7 vulcan st|address]] [[24/11|date]] 1530ish
[[pa nhia|name]] answered, dad [[tou|name]] at the shop ([[Vang|name]]'s Asian Grocery on [[Featherstall Road|address]]).
mum [[mai|name]] in, no english, [[pa nhia|name]] interpreting (not ideal!!). PN says she does tills sat + sun and "some
weekdays when [[Kou|name]] is off". [[Kou|name]] = cousin [[Kou Xiong|name]], 19, lives [[Chadderton|place]].
PN not been in school since half term. was at [[derker fold|school]] til y6, now on roll at [[Oldham Academy North|school]]? check.
niam tais [[Yer|name]] lives [[Nîmes|place]], mum wants to send PN there over xmas, ph [[+33 6 42 18 77 05|phone]].
dad rang me after [[07412 886 035|phone]], cross, "in France she worked too". agreed meet tues [[1 Dec|date]] 10am w
interpreter. neighbour at no. 9 Mrs [[Shirley Dunkerley|name]] says PN "always in that shop".
"""),
]


# --- C. Buckley / Schofield family (white British), Holts ------------------------------------------------------------------

HOME_C = d.Address("22 Holts Lane", "Holts", "Oldham", "OL4 5RT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Buckley")], dt.date(2017, 10, 30), addresses=[HOME_C], schools=["Holts Lane Primary"]),
    _p("m", "mother", [("Jade", "Schofield")], dt.date(1995, 12, 4), addresses=[HOME_C], phones=["07850 117 492"]),
], "c")

DOCS_C = [
    ("OCR'd scanned school attendance letter with its scanning errors", """[[H0LTS LANE PRIMARY SCH0OL|school]]
Headteacher: Mrs [[R. Mellor|name]]
Ms [[Jade Schofie1d|name]]
[[22 Ho1ts Lane|address]]
[[0LDHAM|place]]  [[OL4 5RT|postcode]]                                   [[3rd December 2026|date]]
Dear Ms [[Schofield|name]],
Re: [[Kayden BUCKLEY|name]] - Year 4 - attendance 71.2%
[[Kayden|name]] has missed 19 sessions this term. On [[17.11.26|date]] he came in with a bandage on his
hand and told his teacher Miss [[Amber
Whitehead|name]] that "Bruno bit me". Our records
show this was not reported. We have also had three late collections, when [[Kayden|name]] was collected by a man
who gave his name as "[[Deano|name]]" and whom we do not have on our list.
Please ring the office on [[0161 624 3817|phone]].
Yours sincerely,
[[R Mellor|name]]
"""),
]


# --- D. Kershaw / Whitehead family (white British), Sholver ----------------------------------------------------------------

HOME_D = d.Address("5 Ruskin Crescent", "Sholver", "Oldham", "OL1 4NF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Macie", "Kershaw")], dt.date(2012, 8, 21), addresses=[HOME_D], schools=["Sholver Moor Academy"]),
    _p("f", "father", [("Gary", "Kershaw")], dt.date(1980, 1, 11), addresses=[HOME_D], phones=["07939 604 218"]),
    _p("a", "aunt", [("Dawn", "Whitehead")], dt.date(1978, 4, 2), phones=["07506 772 913"]),
], "c")

DOCS_D = [
    ("texts typed up from screenshots", """Screenshots given by [[Dawn Whitehead|name]] (aunt), typed up [[4/12/26|date]]
Contact saved as "[[macie|name]] 💜"
[[macie|name]] 💜: auntie dawn can u come get me dads off his head again
[[Dawn|name]]: where are u babe
[[macie|name]] 💜: at [[jess|name]]s on [[ruskin|address]] cant go home he smashed the telly
[[Dawn|name]]: stay there im coming from [[royton|place]] now. is [[Jess|name]]'s mum in
[[macie|name]] 💜: yeh [[karen|name]] is here shes ok
[[Dawn|name]]: ok. my number if ur phone dies [[07506 772 913|phone]]
[[macie|name]] 💜: dont tell [[gary|name]] i told u pls
[[Dawn|name]]: i wont. we'll go [[shaw|place]] to nans tomorrow
"""),
]


# --- E. Butt / Aslam family (British Pakistani), Failsworth ----------------------------------------------------------------

HOME_E = d.Address("31 Oldham Road", "Failsworth", "Manchester", "M35 0AA")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Hira", "Butt")], dt.date(2010, 7, 9), addresses=[HOME_E], schools=["Failsworth Park High"]),
    _p("m", "mother", [("Nasreen", "Aslam")], dt.date(1976, 11, 23), addresses=[HOME_E], phones=["07831 249 560"]),
], "c")

DOCS_E = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES
Child: [[BUTT, Hira|name]] (DOB [[09/07/2010|dob]])
Date: Wednesday [[2 December 2026|date]], 14:00, Teams
Present: [[Sana Iqbal|name]] (SW, chair); DS [[Paul Brierley|name]] (GMP); [[Helen Crowther|name]] (DSL,
[[Failsworth Park|school]]); [[Rukhsana Mir|name]] (school nurse)
1. [[Hira|name]] told Mrs [[Crowther|name]] on [[30 November|date]] that her mother Mrs [[Nasreen Aslam|name]] has
booked flights to [[Islamabad|place]] for [[19 December|date]] and that she is to be engaged to a cousin, [[Bilal|name]],
in [[Mirpur|place]]. Her older sister [[Amna Butt|name]] married at 17 in [[Dadyal|place]].
2. [[Hira|name]] is staying tonight with her friend [[Zoya|name]]'s family at [[12 Cedar Avenue|address]], [[Chadderton|place]]
(Mrs [[Farzana Hussain|name]], [[07597 361 048|phone]]).
Actions: FMU advice (DS [[Brierley|name]]); FMPO to be considered.
"""),
]


# --- F. Lord / Ogden family (white British), Chadderton --------------------------------------------------------------------

HOME_F = d.Address("48 Broadway", "Chadderton", "Oldham", "OL9 9LE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lily-Mae", "Ogden")], dt.date(2016, 3, 3), addresses=[HOME_F], schools=["Chadderton Hall Junior"]),
    _p("s", "sibling", [("Alfie", "Ogden")], dt.date(2019, 12, 12), addresses=[HOME_F]),
    _p("g", "grandparent", [("Pauline", "Lord")], dt.date(1961, 7, 7), addresses=[HOME_F], phones=["0161 682 5549"]),
], "c")

DOCS_F = [
    ("a kinship carer's own handwritten letter to the social worker", """[[48 Broadway|address]]
[[Chadderton|place]]
[[5th Dec|date]]
Dear [[Sana|name]],
I am writing because you said to put it in writing. I have had [[Lily-Mae|name]] and [[Alfie|name]] since Easter Monday
when our [[Kelly|name]] went in hospital again. I am 65 and my hip is bad but I will not let them go in care. [[Lily|name]] is
doing well at [[Chadderton Hall|school]], Mrs [[Heap|name]] says her reading is up. [[Alfie|name]] starts nursery after
Christmas. My neighbour [[Brenda|name]] at [[no. 50|address]] helps with the school run. Their dad [[Craig Ogden|name]] is in
[[Middleton|place]] now and has not seen them since [[14 August|date]]. I need help with money as I only have my pension.
My phone is [[0161 682 5549|phone]].
From [[Pauline Lord|name]] (Nan)
"""),
]


DOCS_A += [
    ("MASH referral form filled in by a school", """MASH REFERRAL FORM - Medlock Vale Children's Services
Child's name: [[Faraji Athman|name]]        DOB: [[2 May 2013|dob]]
Address: [[14 Kenyon Street|address]], [[Limeside|place]], [[OL8 3PQ|postcode]]
School: [[Limeside Brook Academy|school]]
Parent/carer: [[Mwanaisha Bwana|name]] (mother) - speaks Kibajuni and some Swahili - tel [[07723 418 596|phone]]
Referrer: [[Tom Stott|name]], Head of Year 9, [[tom.stott@limesidebrook.sch.uk|email]], [[0161 633 2081|phone]]
Reason: [[Faraji|name]] has been missing from home twice ([[20 November|date]] and [[27 November|date]]). Friends say he
goes to [[Moston|place]] with older boys and a man called "[[Bigz|name]]". He had a new phone and £80. His uncle in
[[Kismayo|place]] sends money to the family. Mum says his father died in [[Mombasa|place]].
"""),
]

DOCS_B += [
    ("attendance officer's email", """From: [[Gill Taylor|name]] <[[gill.taylor@medlockvale.gov.uk|email]]>
To: [[Sana Iqbal|name]]
Sent: [[26 November 2026|date]] 09:12
Subject: [[Pa Nhia Vang|name]] - CME check

Hi [[Sana|name]], [[Pa Nhia|name]] ([[VANG|name]]) is not on roll anywhere in Oldham. The family came from [[Montpellier|place]]
in the summer; her last school was Collège [[Les Escholiers|school]]. Dad ([[Tou Vang|name]]) told me she is "home schooled
by her mother [[Mai|name]]". Neighbour Mr [[Keith Ashworth|name]] says she is in the shop on [[Featherstall Road|address]]
every day. Happy to do a joint visit.
[[Gill|name]]
"""),
]

DOCS_C += [
    ("GP safeguarding letter", """Failsworth Health Centre
[[8 December 2026|date]]
Re: [[Kayden Buckley|name]], DOB [[30/10/2017|dob]], [[22 Holts Lane|address]], [[Holts|place]], [[OL4 5RT|postcode]]
Dear [[Sana Iqbal|name]],
[[Kayden|name]] was seen by Dr [[Nkechi Obi|name]] on [[18 November|date]] with an infected dog bite to the left hand,
three days old. His mother [[Jade|name]] said the dog belongs to her partner [[Dean Walsh|name]] of [[Lees|place]].
Yours sincerely, Dr [[Obi|name]]
"""),
]

DOCS_D += [
    ("social worker's case note", """Case note - [[Macie Kershaw|name]] - home visit [[7 December 2026|date]]
Seen at [[5 Ruskin Crescent|address]], [[Sholver|place]] with dad [[Gary Kershaw|name]] ([[07939 604 218|phone]]).
[[Macie|name]] is staying with her aunt [[Dawn|name]] in [[Royton|place]] and her nan Mrs [[Irene Kershaw|name]] in
[[Shaw|place]]. [[Gary|name]] accepts he drinks; he has an appointment at Oldham Recovery Service. Friend's mum
[[Karen Holt|name]] confirmed [[Macie|name]] came to her house on [[3 December|date]].
"""),
]

DOCS_E += [
    ("initial child protection conference report extract", """INITIAL CHILD PROTECTION CONFERENCE - [[10 December 2026|date]]
Child: [[Hira Butt|name]]   School: [[Failsworth Park High|school]]
Chair: [[Andrea Lees|name]]
[[Hira|name]] remains with Mrs [[Hussain|name]] in [[Chadderton|place]]. Her mother Mrs [[Aslam|name]] and uncle
[[Tariq Aslam|name]] ([[07446 905 127|phone]]) deny any plan for marriage; [[Tariq|name]] says the trip to [[Islamabad|place]] was
for a wedding in [[Rawalakot|place]].
"""),
]

DOCS_F += [
    ("chronology extract", """CHRONOLOGY - [[OGDEN|name]] children
[[12/12/2019|dob]]  [[Alfie Ogden|name]] born, Royal Oldham Hospital.
[[06/04/2026|date]]  Mother [[Kelly Ogden|name]] admitted to hospital; children to maternal nan [[Pauline Lord|name]].
[[14/08/2026|date]]  Father [[Craig Ogden|name]] last contact, at Oldham Coliseum panto queue.
[[05/12/2026|date]]  Letter from Mrs [[Lord|name]] asking for support.
"""),
]


DOCS_A += [
    ("voice note transcribed", """[Voice note, WhatsApp, from [[+254 722 418 305|phone]] (uncle [[Omar Bwana|name]]),
[[28/11/2026|date]], Kibajuni, translated by [[Hamisi Athman|name]]]
"[[Mwanaisha|name]], listen. The boy rang me again from the number [[07850 992 314|phone]]. He says he is with [[Bigz|name]] in
[[Rochdale|place]]. I told him to go home to [[Limeside|place]]. If he wants to come to [[Mombasa|place]] he can stay with me at
[[Mtwapa|place]], near the mosque, but not like this. Tell [[Faraji|name]] his grandmother [[Mwanahawa|name]] in [[Faza|place]]
cries for him."
"""),
]

DOCS_B += [
    ("interpreter's note after a home visit", """Interpreter's note (Hmong/French) - [[Chue Lor|name]], [[1 December 2026|date]]
Visit to [[7 Vulcan Street|address]], [[Derker|place]], [[OL1 4EP|postcode]]. Present: Mr [[Tou Vang|name]], Mrs [[Mai Xiong|name]],
[[Pa Nhia|name]], social worker [[Sana Iqbal|name]]. Mrs [[Xiong|name]] spoke Hmong Dawb; Mr [[Vang|name]] French. Mrs [[Xiong|name]]
said her mother in [[Nîmes|place]] is unwell and wants [[Pa Nhia|name]] to come. She asked about ESOL at the college.
"""),
]

DOCS_C += [
    ("999 call transcript", """TRANSCRIPT - call [[19/11/2026|date]] 21:47
CALLER: It's next door, [[24 Holts Lane|address]], the little lad is screaming, the dog's going mad.
OPERATOR: What's your name?
CALLER: [[Sheila Mayall|name]], [[number 24|address]], [[Holts|place]]. The mum's [[Jade|name]], the boy's [[Kayden|name]].
OPERATOR: Is there an adult there?
CALLER: Her fella, [[Dean|name]], I think, his van's outside, [[MX19 KTE|vehicle]].
"""),
]

DOCS_D += [
    ("school pastoral log", """[[Sholver Moor Academy|school]] - pastoral log - [[KERSHAW, Macie|name]] 8F
[[01/12/26|date]] [[Macie|name]] upset in form, says dad smashed the TV. Told Ms [[Priya Shah|name]] (form tutor).
[[02/12/26|date]] Friend [[Jessica Holt|name]] says [[Macie|name]] slept at theirs.
[[04/12/26|date]] Aunt [[Dawn Whitehead|name]] rang ([[07506 772 913|phone]]); [[Macie|name]] to stay in [[Royton|place]] for now.
"""),
]

DOCS_E += [
    ("school nurse's text chat export", """ChatHealth export - conversation 55102 - [[29/11/2026|date]]
User: hi its [[hira|name]] from [[failsworth park|school]] can u help
User: my mum and my uncle [[tariq|name]] r taking me to pakistan on the [[19th|date]] and i dont want to go
Nurse [[Rukhsana|name]]: Thank you for telling me [[Hira|name]]. Are you safe right now?
User: yeh im at [[zoya|name]]s
"""),
]

DOCS_F += [
    ("nursery admission form", """[[Little Acorns Nursery|school]] - admission form
Child: [[Alfie Ogden|name]]   Date of birth: [[12.12.2019|dob]]
Carer: [[Pauline Lord|name]] (grandmother)   Tel: [[0161 682 5549|phone]]
Address: [[48 Broadway|address]], [[Chadderton|place]], [[OL9 9LE|postcode]]
Other person who may collect: [[Brenda Hilton|name]], [[50 Broadway|address]]
Start date: [[5 January 2027|date]]
"""),
]


DOCS_A += [
    ("return home interview record", """RETURN HOME INTERVIEW - Medlock Vale Missing From Home Team
Young person: [[Faraji ATHMAN|name]] ("[[Fara|name]]")   Interviewer: [[Jodie Kenworthy|name]]
Date: [[30 November 2026|date]], at [[Limeside Brook|school]]
Where were you? "Piccadilly Gardens then [[Cheetham Hill|place]], at [[Bigz|name]]'s cousin's flat, [[Flat 6|address]], over the barbers."
Who with? [[Deka|name]], [[Abdi|name]] and "[[Little K|name]]". [[Fara|name]] says [[Bigz|name]] is 19 and drives a black Golf,
[[BD68 WXR|vehicle]].
"""),
]

DOCS_B += [
    ("French school report", """Collège [[Les Escholiers|school]], [[Montpellier|place]] - bulletin, 3e trimestre
Élève : [[VANG Pa Nhia|name]], née le [[19/02/2011|dob]]
Adresse : [[12 rue des Tilleuls|address]], [[34070|postcode]] [[Montpellier|place]]
Professeur principal : M. [[Laurent Fabre|name]]
(Translated by family friend [[Nou Her|name]], [[nou.her@orange.fr|email]]): "Good pupil, absent often in June."
"""),
]

DOCS_C += [
    ("dog warden's email", """From: Dog Warden Service
Sent: [[20 November 2026|date]]
Re: XL bully type at [[22 Holts Lane|address]] / [[Dean Walsh|name]]
The dog ("Bruno") is registered to Mr [[Walsh|name]] at [[3 Lees Road|address]], [[Lees|place]], [[OL4 3BQ|postcode]]. Exemption
certificate not found. Neighbour Mrs [[Mayall|name]] reports it loose on [[Holts Lane|address]] on [[17 November|date]].
"""),
]

DOCS_D += [
    ("a father's own message to the social worker", """hiya [[sana|name]] its [[gary kershaw|name]]. i no i messed up. ive been
to the drop in at [[shaw|place]] and ive not had a drink since the [[3rd|date]]. can [[macie|name]] come home for xmas. her nan
[[irene|name]] will be here. ring me on [[07939 604 218|phone]] pls
"""),
]

DOCS_E += [
    ("FMU call note", """FMU advice call - [[3 December 2026|date]] - DS [[Paul Brierley|name]] with caseworker [[Joanne|name]]
Subject: [[Hira BUTT|name]], DOB [[9 July 2010|dob]]. Family address [[31 Oldham Road|address]], [[Failsworth|place]],
[[M35 0AA|postcode]]. Family in [[Dadyal|place]] and [[Rawalakot|place]]. Uncle [[Tariq Aslam|name]] holds both passports.
"""),
]

DOCS_F += [
    ("kinship assessment extract", """Kinship (Connected Person) Assessment - Mrs [[Pauline LORD|name]]
Home: [[48 Broadway|address]], [[Chadderton|place]]. Born [[07/07/1961|dob]] in [[Hollinwood|place]]. Her late husband
[[Derek Lord|name]] died in 2022. Her son [[Wayne Lord|name]] lives in [[Failsworth|place]] and visits on Sundays.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 108 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 07:15 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ds", "nan", "mum", "auntie", "dad", "bibi", "niam", "tais", "head"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "greater manchester", "lancashire", "kenya", "somalia", "france", "pakistan", "laos",
               "azad kashmir", "kashmir"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker, then this set's
# titles and kinship words and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
