"""Set 152: a held-out hand-written set for the redaction detector, six invented families in Chester and Ellesmere Port.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
types through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the
files other helpers were writing at the same time (bench/redaction_set150.py, redaction_set151.py, redaction_set153.py and
their tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout, markup and
conventions followed here: set 21's docstring, records, helpers and word lists in full, and of its documents the first, part
of the second and the last, the rest unread), and the docstrings only of bench/redaction_set7.py to redaction_set149.py, printed
with ast.get_docstring and searched for Chester and Ellesmere Port districts and for community names (to choose homes and
communities no earlier set used; Blacon and Overpool had been used as homes, so they are not homes here; no body of an
earlier set was read or searched). The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Phone numbers were checked with the phonenumbers library, and NHS numbers
and UPNs made and checked with python-stdnum, in one small snippet. Nobody may tune the detector on this set: it is to be
scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct
only the marking and say so here.

Six families in Cheshire West, each from a district no earlier set used as a family's home. Four of the kinds common in
children's social care: a white British family on the Lache estate in Chester, with a grandmother in Handbridge and a father
staying with a friend in Saltney (Kelly / Tattersall; neglect, a cold house, a girl of 9 minding her brother, a domestic
incident with a thrown games console, attendance), a white British family in Great Sutton, Ellesmere Port, with a
grandmother in Little Sutton (Marsh / Doyle; domestic abuse, a DVPN, a toddler found alone on the pavement, a bruised ear at
nursery, a father back in the home), a white British father and his two children in Wolverham, Ellesmere Port, with the
mother in Flint (Heswall; a boy of 15 exploited in county lines into Rhyl and Wrexham, an NRM referral, threats against his
sister), and a care leaver of 19 and her new baby in Boughton, Chester, with a Welsh family in Flint, Mold and Connah's Quay
(Pritchard / Lloyd-Jones / Dodd; pre-birth assessment, a father just out of custody, former foster carers, a family group
conference). Two from communities no earlier set used: a Sri Lankan Burgher family from Colombo in Hoole (Ferdinands /
Van Langenberg; a controlling father who weighs his daughter, an eating disorder, a son locked out as punishment, a
grandmother in Wellawatte, an aunt in Melbourne, a neighbour's name in Sinhala script) and a Mapuche family from Temuco,
Chile, in Westminster Park (Painemal / Huenchullán; a girl of 15 missing to Rhyl with a man of 19, child sexual exploitation,
a grandmother in Padre Las Casas, family messages in Spanish with Mapudungun words). 24 documents, each with its own style
label: a home visit case note, a school attendance officer's letter, a mother's phone notes, police officer's domestic
incident notes; an initial child protection conference report, a CAMHS eating disorder clinic letter, a grandmother's
airmail letter, Instagram direct messages typed up; a return home interview, a MASH referral form, a family WhatsApp in
Spanish with translation, a police missing person log; a chronology, a nursery key worker's auto-transcribed voice note, a
neighbour's OCR'd handwritten note, a DVPN form; strategy meeting minutes, an NRM referral form, Snapchat messages typed up,
a father's late-night email; a pre-birth assessment, a maternity discharge summary, a family group conference plan, and a
care leaver's OCR'd diary.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Sri Lanka, Chile, Australia); NHS numbers and UPNs (LA number 896) pass their check
digits; the NI number has a valid format. The council (Deva Vale) is invented, and so are the nurseries (Sunbeams, Little
Acorns); towns, districts, estates, villages, real schools and colleges, NHS bodies, hospitals, surgeries, police forces,
prisons, courts, churches, charities, firms, brands, apps and festivals are real or stand for real ones and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, PCSO,
DS, DC, Supt, Nurse, Auntie, aunty, Nan, Nanna, Granny, Mum, Dad, Daddy, Mamá, Tía, nain, "Baby girl") stay outside the name
span, before or after the name ("Lautaro Huenchullán senior"); a possessive 's and a bare s in texting stay outside; every
person's name is a name in every form. "SURNAME, First" is one span ("TATTERSALL, Craig", "KELLY, Shannon", "PAINEMAL,
Rayén", "MARSH, Leanne"), and so is "SURNAME First" ("PAINEMAL Rayén"); an initial with a surname and a first name with an
initial after it are one span ("H. Brereton", "G. Parr", "Kai D", "Tom B"); initials alone ("HB", "J") are not marked; a name
broken by a line break is one span holding the break ("Gareth\\nParr", "Tyler\\nFox"), and so is a place ("Stanney\\nGrange");
usernames and handles ("keanu.vl11", "c.reece_08") are not marked, but a display name or sender that is a person's name or
short form is ("Rico", "Kai D", "mase", "Lauti"); a kinship word used as a sender ("Mamá Millaray") marks only the name. A
street address is one span, its town a place, its postcode a postcode; a street named without a number and a neighbour's
bare house number ("no. 18", "24", "16", "no. 12") are addresses, and so is an address abroad ("27 Hampden Lane",
Wellawatte; "Camino a Niágara 1450", Padre Las Casas); towns, cities, districts, estates and villages are places at home or
abroad ("Colombo 6", "Wellawatte", "Padre Las Casas", "Vicars Cross", "Talacre"), in any case ("handbridge", "ellesmere",
"wolverham", "connahs quay"); countries, counties and regions are not (Wales, North Wales, Cheshire, Sri Lanka, Chile; the
Spanish "Gales"); organisations are not marked even when they hold a town's or a person's name ("Countess of Chester",
"Hoole Road Surgery", "Boughton Medical Group", "Blacon Children's Centre", "Chester Magistrates", "North Wales Police",
"Dutch Burgher Union", "Ellesmere Port Police Station", "Chester railway station"); a school's, college's or nursery's name
is a school, and so is its short form ("Lache Primary", "Upton-by-Chester High", "Sunbeams Nursery", "Little Acorns");
a team or office named by its town marks the town, as set 21's "Plymouth PDU" did ("Chester" South Team, the "Ellesmere
Port" office), while a court, hospital, police station or railway station named after a town is an organisation or
landmark; a date of birth is dob (a baby's birth date on a discharge summary too), any other calendar date with a day is
date (a weekday before it stays outside), the bare day in a range or a list is a date span of its own ("21"-"22/06/2025",
"7"-"10 November 2026", "12", "13", "19" and "20 October"), and months and years alone ("Sept 2025", "April 2026", "the
January review") are not marked; pets ("Bruno") are not names; a surname or first name that is also a word or a town is
marked by what it refers to ("Heswall", "Marsh", "Dawn", "Frank", "Ruby", "Salt" and "Cross" are names as people, and
"Flint" and "Whitby" are places as places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a voice-to-text
mis-hearing of a name ("Lee Ann" for Leanne, "web" for Webb, "Rhianna") is a name; a nickname used as an insult ("Fatty
Tal") marks only the name; the kinship words of the families' languages ("Achchi", Sinhala for grandmother; "chuchu",
Mapudungun for grandmother; "nain", Welsh) are not names, nor is the Mapuche word "ngenechen" or the Mapuche new year
"Wiñoy Tripantu" (a festival, not a date); a neighbour's Sinhala-script name and its romanised form are two name spans; a
partial vehicle registration ("KN19") is a vehicle, as it narrows the plate; a slang name for a restaurant ("maccies") is
not a name; the Oaks (a local landmark) is unmarked; a police log's reference numbers, an interpreter's NRPSI number and a
DVPN's statutory reference are not marked.

Self-check without the detector: `python -m bench.redaction_set152` (and tests/test_redaction_set152.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words (before and after a name) and counties,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 916 gold spans, 520 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kelly / Tattersall family (white British), the Lache estate, Chester -------------------------------------------

HOME_A = d.Address("14 Lache Park Avenue", "Lache", "Chester", "CH4 8HX")
NAN_A = d.Address("6 Queens Park View", "Handbridge", "Chester", "CH4 7DB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ruby-Mae", "Kelly")], dt.date(2017, 4, 9), addresses=[HOME_A], ids=["6263190116", "C896125495225"],
       schools=["Lache Primary School"]),
    _p("s", "sibling", [("Tyler", "Tattersall")], dt.date(2020, 8, 30), addresses=[HOME_A], ids=["4890949577"]),
    _p("m", "mother", [("Shannon", "Kelly")], dt.date(1996, 2, 17), addresses=[HOME_A], phones=["07831 402 617"]),
    _p("f", "father", [("Craig", "Tattersall")], dt.date(1993, 10, 5), phones=["07942 158 360"]),
    _p("g", "grandparent", [("Bernadette", "Kelly")], dt.date(1968, 12, 1), addresses=[NAN_A], phones=["01244 381 652"]),
    _p("p1", "professional", [("Hollie", "Brereton")], phones=["01244 977 412"], emails=["hollie.brereton@devavale.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - Home visit (unannounced)
Child: [[Ruby-Mae Kelly|name]] (DOB [[09/04/2017|dob]])   Sibling: [[Tyler Tattersall|name]] (DOB [[30/08/2020|dob]])
Worker: [[Hollie Brereton|name]], Social Worker, [[Chester|place]] South Team   Date of visit: Tuesday [[3 November 2026|date]], 16:10-17:20

Address: [[14 Lache Park Avenue|address]], [[Lache|place]], [[Chester|place]] [[CH4 8HX|postcode]]

Present: Ms [[Kelly|name]] (mum), [[Ruby-Mae|name]], [[Tyler|name]], and a neighbour, [[Jodie Price|name]] from [[no. 18|address]], who
left when I arrived. Mr [[Tattersall|name]] was not there; [[Shannon|name]] said he is "stopping at his mate [[Wes|name]]'s in
[[Saltney|place]]" since the row on the [[28th|date]].

The house: front room tidy-ish, kitchen sink full, a smell of dog urine on the stairs. The Staffie ("Bruno") was shut in the
back yard. There were two black bags of rubbish by the back door and a broken stair gate. [[Ruby-Mae|name]] showed me her
bedroom: mattress on the floor, no bedding on it, she said she sleeps in with Mum "cos it's cold". The boiler has not worked
since [[16 October|date]]; Mum says she has rung Sanctuary Housing four times.

[[Ruby-Mae|name]] (9) was quiet at first. She told me she gets [[Tyler|name]] up for nursery "most days" and that Nanna
[[Bernie|name]] brings them tea on a Sunday. She said her dad "threw the Xbox" and "[[Tyler|name]] cried". She goes to
[[Lache Primary|school]] and likes Miss [[Okoro|name]]. She said she is not allowed to play out since a big lad called
[[Kian|name]] pushed her off her bike on [[Hartford Way|address]].

[[Tyler|name]] (6) had a cut above his eyebrow with a steri-strip; Mum said he fell off the sofa arm on Sunday and they went to
the Countess of Chester, where a Dr [[Walia|name]] saw him. I will check the ED record.

[[Shannon|name]] was tearful. She said [[Craig|name]] hits walls not people. She said her mum, Mrs [[Bernadette Kelly|name]] of
[[6 Queens Park View|address]], [[Handbridge|place]] ([[01244 381 652|phone]]), is "the only one who helps". She agreed to a referral to
Cheshire West Women's Aid and to me talking to the school and the health visitor, [[Pam Lightfoot|name]].

Household and network (from [[Shannon|name]], to be checked):
- [[Ruby-Mae Kelly|name]], 9, [[Lache Primary|school]]; best friend [[Ava Rimmer|name]] who lives on [[Circular Drive|address]].
- [[Tyler Tattersall|name]] ("[[Ty|name]]"), 6, [[Sunbeams Nursery|school]] mornings only.
- Mr [[Craig Tattersall|name]], father of both, currently in [[Saltney|place]] with [[Wesley Hough|name]]; his mum,
[[Lorraine Tattersall|name]], is in
  [[Blacon|place]] on [[Western Avenue|address]] but they "don't speak".
- Mrs [[Bernadette Kelly|name]] ("[[Bernie|name]]"), maternal nan, [[Handbridge|place]]; her partner [[Ray Latham|name]].
- [[Shannon|name]]'s brother [[Liam Kelly|name]], in [[Runcorn|place]], "in and out of trouble".
- Neighbour [[Jodie Price|name]], [[18 Lache Park Avenue|address]], and the lady at [[no. 12|address]], [[Maureen|name]], who babysits
sometimes.
- [[Ruby-Mae|name]]'s friend's mum, [[Stacey Rimmer|name]], [[07769 025 841|phone]], has had the children overnight twice
  ([[24|date]] and [[25 October|date]]).

Plan: ring housing re boiler; ED record; speak to Mr [[Tattersall|name]] ([[07942 158 360|phone]]); strategy discussion if
anything further about the [[28 October|date]] incident. Next visit [[10/11/2026|date]].
[[H. Brereton|name]]
"""),
    ("school attendance officer's formal letter", """[[Lache Primary School|school]]
[[Hawthorn Road|address]], [[Lache|place]], [[Chester|place]] [[CH4 8HX|postcode]]

[[12 November 2026|date]]

Ms [[S. Kelly|name]]
[[14 Lache Park Avenue|address]]
[[Chester|place]]
[[CH4 8HX|postcode]]

Dear Ms [[Kelly|name]]

Re: [[Ruby-Mae KELLY|name]], Year 5 (Class Willow), UPN [[C896125495225|upn]]

I am writing because [[Ruby-Mae|name]]'s attendance this term is 71.4%. She has missed 17 sessions, 11 of them not explained.
She was late on [[2|date]], [[4|date]] and [[5 November|date]], and on [[6 November|date]] she arrived at 10.40 with her brother
[[Tyler|name]], who should have been at [[Sunbeams Nursery|school]] on [[Cliveden Road|address]].

Mrs [[Ellis|name]], our Family Support WorkerMrs [[Ellis|name]], our Family Support Worker, has tried to call you on
[[07831 402 617|phone]] on [[9th|date]] and
[[10th November|date]] without an answer. [[Ruby-Mae|name]] has told her class teacher, Miss [[Adaeze Okoro|name]], that she "has to
do the mornings".

Her register shows absences on [[12|date]], [[13|date]], [[19|date]] and [[20 October|date]] and on [[3 November|date]]. On
[[20 October|date]]
your mother, Mrs [[Bernadette Kelly|name]], rang to say [[Ruby-Mae|name]] was "with her in [[Handbridge|place]]", and on
[[3 November|date]] a
Mr [[Hough|name]] rang to say she had a temperature. We do not have Mr [[Hough|name]] as a contact.

I would like to invite you to an attendance meeting on Thursday [[19 November|date]] at 9.15 with me and Mrs [[Ellis|name]].
You are welcome to bring someone with you, for example [[Ruby-Mae|name]]'s nan. If you need the meeting at another time please
ring the office on [[01244 675 209|phone]].

Yours sincerely

[[Martin Fairclough|name]]
Attendance and Welfare Officer
cc [[Hollie Brereton|name]], Deva Vale Children's Services
"""),
    ("mother's notes typed fast into her phone and sent to her social worker", """From [[Shannon|name]] (notes app screenshot, typed up by
HB [[13/11|date]])

notes for [[hollie|name]]
- boiler STILL not fixed, man came wed said part on order
- [[ruby|name]] dont want to go school cos of them girls [[Maisie|name]] & [[Lexi|name]], they said she smells. shes not dirty
- [[craig|name]] txted at 2am again, said hes coming for the tv. [[wes|name]] is egging him on
- me mum says we can stop at hers in [[handbridge|place]] but its 1 bedroom
- [[tyler|name]] eye is fine now
- dentist for [[ruby|name]] [[26th|date]] at the one on [[Lache Lane|address]]
- jodie from [[18|address]] keeps telling people my business. shes the one who rang u isnt she
- need food bank voucher, [[bernie|name]] cant keep paying
- ask about nursery for [[ty|name]] full days
- [[ruby|name]] wants to do brownies at st marks
"""),
    ("police domestic incident log typed from an officer's body-worn camera notes", """CHESHIRE CONSTABULARY - DOMESTIC INCIDENT - OFFICER
NOTES (typed from pocket notebook)
Incident: 0631 of [[28/10/2026|date]]      Location: [[14 Lache Park Avenue, Chester|address]]
Attending: PC 4417 [[Owain Jenkins|name]], PC 2209 [[Becky Stott|name]]

23:14 Call from neighbour [[Jodie PRICE|name]] ([[18 Lache Park Ave|address]]), [[07707 619 284|phone]], shouting and banging.
23:26 On scene. Male [[TATTERSALL, Craig|name]] (DOB [[05/10/1993|dob]]) at door, calm, smelling of intoxicants. States argument
over money. Female [[KELLY, Shannon|name]] (DOB [[17/02/1996|dob]]) in kitchen, crying, no visible injury, says he threw the games
console and it hit the wall. Two children present: [[KELLY, Ruby-Mae|name]] (9) awake on stairs, [[TATTERSALL, Tyler|name]] (6) asleep.
23:40 DASH completed: standard. Male agreed to leave, taken by a friend [[Wesley Hough|name]] to [[Boundary Lane|address]],
[[Saltney|place]] in a silver Corsa [[DX14 RVU|vehicle]].
23:45 Mother's phone shows 14 missed calls from "[[Craig|name]]" and texts from "[[Wes Hough|name]]". Nan [[Bernadette KELLY|name]]
      ([[01244 381 652|phone]]) contacted, will come in the morning from [[Handbridge|place]]. Neighbour at [[16|address]], Mr
[[Frank Heron|name]],
      says he heard "a big bang" at about 23:05 and a child shouting "Daddy stop". [[Craig|name]] denies. Note: [[Frank|name]] is the
      man who complained about the dog in August; his daughter [[Dawn Heron|name]] ([[07402 738 561|phone]]) lives with him.
23:55 Child [[Ruby-Mae|name]] said "Dad's not bad he's just loud". Referral to MASH. Cleared.
"""),
]


# --- B. Ferdinands / Van Langenberg family (Sri Lankan Burgher), Hoole, Chester ----------------------------------------

HOME_B = d.Address("41 Westminster Road", "Hoole", "Chester", "CH2 3NQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Talia", "Van Langenberg")], dt.date(2014, 6, 22), addresses=[HOME_B], ids=["5438601119", "P896972563575"],
       schools=["Hoole CofE Primary School"]),
    _p("s", "sibling", [("Keanu", "Van Langenberg")], dt.date(2011, 1, 14), addresses=[HOME_B], ids=["1126605638"],
       schools=["Upton-by-Chester High School"]),
    _p("m", "mother", [("Charmaine", "Ferdinands")], dt.date(1983, 9, 3), addresses=[HOME_B], phones=["07563 228 941"]),
    _p("f", "father", [("Andre", "Van Langenberg")], dt.date(1979, 3, 27), addresses=[HOME_B], phones=["07889 310 452"]),
    _p("g", "grandparent", [("Rosalind", "Ferdinands")], dt.date(1952, 5, 30), phones=["+94 11 258 1947"]),
    _p("p1", "professional", [("Imran", "Chaudhry")], phones=["01244 977 412"], emails=["imran.chaudhry@devavale.gov.uk"]),
], "c")

DOCS_B = [
    ("initial child protection conference report", """DEVA VALE CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: [[24 November 2026|date]]        Chair: [[Gillian Moorcroft|name]]
Author: [[Imran Chaudhry|name]], Social Worker ([[imran.chaudhry@devavale.gov.uk|email]], [[01244 977 412|phone]])

1. The children
[[Talia Van Langenberg|name]], born [[22.06.2014|dob]], Year 7 (moved up with a delayed transfer), NHS [[543 860 1119|nhs]]
[[Keanu Van Langenberg|name]], born [[14.01.2011|dob]], Year 11 at [[Upton-by-Chester High School|school]], NHS [[112 660 5638|nhs]]
Both live with their parents, [[Charmaine Ferdinands|name]] and [[Andre Van Langenberg|name]], at [[41 Westminster Road|address]],
[[Hoole|place]], [[Chester|place]] [[CH2 3NQ|postcode]].

2. Family background
The family are Burghers from [[Colombo|place]] (Mrs [[Ferdinands|name]]'s family from [[Wellawatte|place]], Mr [[Van Langenberg|name]]'s
from [[Dehiwala|place]]). They came to the UK in 2016 and lived first in [[Crewe|place]], then [[Hoole|place]] from 2019.
Mrs [[Ferdinands|name]] works nights as a healthcare assistant; Mr [[Van Langenberg|name]] is a self-employed IT consultant. The
maternal grandmother, Mrs [[Rosalind Ferdinands|name]] ("Granny [[Ros|name]]"), lives at [[27 Hampden Lane|address]],
[[Wellawatte|place]], [[Colombo 6|place]] ([[+94 11 258 1947|phone]]). An aunt, [[Nilukshi de Kretser|name]], lives in
[[Melbourne|place]] ([[+61 412 583 906|phone]]) and speaks to [[Talia|name]] most weekends.

3. Reason for conference
On [[2 November 2026|date]] [[Talia|name]] collapsed at [[Hoole CofE Primary|school]]'s after-school club (she still attends it
while waiting for a secondary place). The paramedic found her BMI very low and she was admitted to the Countess of Chester.
She told a nurse, [[Jenna|name]], that her father weighs her "every Sunday" and calls her "Fatty [[Tal|name]]" if the number goes
up, and that [[Keanu|name]] had been "locked out" in the garden in the rain as a punishment in October. [[Keanu|name]] confirmed
this to his Head of Year, Mr [[Kinsella|name]], on [[4 November|date]]. Mr [[Van Langenberg|name]] denies both.

4. Views
[[Talia|name]]: "I just want to eat without him looking." She wants to see Granny [[Ros|name]] at Christmas.
[[Keanu|name]]: wants to stay at his friend [[Callum Reece|name]]'s house on [[Faulkner Street|address]] "when it kicks off".
Mrs [[Ferdinands|name]]: says "[[Andre|name]] is strict the way his father was in [[Moratuwa|place]]"; she is frightened of him
losing his temper but does not want him to leave.
Mr [[Van Langenberg|name]]: says the weighing was advised by a dietitian. (The dietitian, [[Sarah Whitlow|name]], says it was not.)

Agency information
School nurse [[Donna Ashworth|name]]: saw [[Talia|name]] on [[15 September|date]] and [[13 October 2026|date]]; weight fell 2.4 kg.
[[Upton-by-Chester High|school]] (Mr [[Mark Kinsella|name]]): [[Keanu|name]] has stopped eating at school too; he told his friend
[[Callum|name]] he sleeps "with a chair against the door".
GP (Dr [[Helen Marwood|name]]): [[Charmaine|name]] attended on [[29 October|date]] with a bruised wrist, said she fell at work.
Police (DC [[Hayley Morris|name]]): no previous call-outs to [[41 Westminster Road|address]]; one call in 2018 at the family's old
flat on [[Edleston Road|address]], [[Crewe|place]], where a neighbour, Mr [[Tadeusz Nowak|name]], reported a man shouting.
Hospital (ward sister [[Jenna Farrell|name]]): [[Talia|name]] admitted [[2|date]]-[[9 November 2026|date]]; father visited
daily and "checked her plate".
Church: the family attend St Barnabas, [[Hoole|place]]; Father [[Tony Cavanagh|name]] has offered to host a meeting.

5. Recommendation
Both children to be subject to child protection plans under the category of emotional abuse.
"""),
    ("CAMHS eating disorder service clinic letter", """Cheshire and Wirral Partnership NHS Foundation Trust
Community Eating Disorder Service (CYP), Bowmere Hospital site

Date dictated: [[30/11/2026|date]]   Date typed: [[01/12/2026|date]]

To: Dr [[Helen Marwood|name]], Hoole Road Surgery
Cc: Parents; [[Imran Chaudhry|name]] (Social Worker); school nurse [[Donna Ashworth|name]]

Re: [[Talia VAN LANGENBERG|name]]   DOB [[22/06/2014|dob]]   NHS No [[543 860 1119|nhs]]
[[41 Westminster Rd|address]], [[Hoole|place]], [[CH2 3NQ|postcode]]

Dear Dr [[Marwood|name]],

I saw [[Talia|name]] today with her mother and, for part of the appointment, alone. Weight 31.2 kg, height 148 cm (%mBMI 78).
HR 52 lying, 78 standing. She described restricting since the summer and said eating in front of her father is "the worst
bit". She named her best friend [[Amara|name]] and her cousin [[Zoe de Kretser|name]] in [[Melbourne|place]] as the people she talks to.

She asked me to write down that she does not want her weight read out at home. I have agreed weights will be blind and done only
here, by Nurse [[Lou|name]]... correction: by our nurse [[Louise Tranter|name]].

She also said that her brother [[Keanu|name]] "gets it worse" and that her mother works nights at the Countess, so at
weekends it is "just Dad". Her friend [[Amara Okafor|name]]'s mother, Mrs [[Grace Okafor|name]], has offered for her to stay on
Fridays. Her Year 6 teacher Mrs [[Lowe|name]] at [[Hoole CofE Primary|school]] first raised concern on [[8 July 2026|date]].

Plan: weekly review; meal plan via the family; dietitian [[Sarah Whitlow|name]] to contact [[Charmaine|name]] on
[[07563 228 941|phone]]. Next appointment Monday [[7 December|date]].

Yours sincerely
Dr [[Priyanka Raman|name]], Consultant Child and Adolescent Psychiatrist
"""),
    ("grandmother's airmail letter from Colombo, scanned", """[[27 Hampden Lane|address]]
[[Wellawatte|place]]
[[Colombo 6|place]]
Sri Lanka
[[18th November 2026|date]]

To the Social Worker Mr. [[Imran|name]],

My daughter [[Charmaine|name]] gave me your name. I am [[Talia|name]] and [[Keanu|name]]'s grandmother, [[Rosalind Ferdinands|name]], widow
of the late [[Clarence Ferdinands|name]] of the Dutch Burgher Union. I am 74 and I cannot travel so easily but I will come
if the children need me.

I must tell you that [[Andre|name]] was a good boy when they married at St. Mary's in [[Dehiwala|place]] but his father
[[Percival|name]] was very hard on him and I think he is doing the same. When they stayed with me in 2023 he made [[Talia|name]]
leave the table because she took a second helping of lamprais. I said nothing and I am sorry for it.

[[Talia|name]] telephones me on WhatsApp. Last month she was crying and said "Achchi" (she calls me that, like the Sinhala
children) "he says I am fat". My neighbour Mrs [[නිලූකා පෙරේරා|name]] ([[Niluka Perera|name]]) heard also.

You can telephone me at [[+94 11 258 1947|phone]] or my mobile [[+94 77 314 2286|phone]] (after 3 p.m. your time please).
My sister-in-law Mrs [[Yvonne Toussaint|name]] in [[Negombo|place]] also knows everything.

God bless you,
[[R. Ferdinands|name]] (Mrs)
"""),
    ("Instagram direct messages typed up from screenshots a friend's mother brought in", """Screenshots handed in at
[[Upton-by-Chester High|school]] by
Mrs [[Reece|name]] on [[05/11/2026|date]], typed up by DSL [[Mark Kinsella|name]]. Usernames left as shown.

keanu.vl11: bro can i stay at urs again fri
c.reece_08: ye deffo my mum said its fine
keanu.vl11: dont say nothing to [[tal|name]] she'll tell mum
c.reece_08: is ur dad still doing the scales thing
keanu.vl11: ye every sunday. he put me out the back door for 2 hrs last time cos i said it was weird
keanu.vl11: [[talia|name]] ate nothing at aunty [[nilu|name]]s birthday call lol not lol
c.reece_08: tell [[kinsella|name]]
keanu.vl11: no way he'll ring my dad
c.reece_08: my mum will. shes messaging [[imran|name]] or whoever
keanu.vl11: k. if he finds out im dead
c.reece_08: ur not. come to [[faulkner st|address]] after footy, the rec at 4
"""),
]


# --- C. Painemal / Huenchullán family (Mapuche, from Temuco, Chile), Westminster Park, Chester -------------------------

HOME_C = d.Address("9 Nicholas Avenue", "Westminster Park", "Chester", "CH4 7QR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Rayén", "Painemal")], dt.date(2011, 3, 8), addresses=[HOME_C], ids=["8133570158", "E896359352032"],
       schools=["The Catholic High School, Chester"]),
    _p("s", "sibling", [("Lautaro", "Huenchullán")], dt.date(2018, 7, 19), addresses=[HOME_C], ids=["5959358042"]),
    _p("m", "mother", [("Ayelén", "Painemal")], dt.date(1989, 11, 12), addresses=[HOME_C], phones=["07415 906 273"]),
    _p("g", "grandparent", [("Millaray", "Painemal")], dt.date(1961, 1, 20), phones=["+56 9 6184 3027"]),
    _p("p1", "professional", [("Niamh", "Gallagher")], phones=["01244 977 412"], emails=["niamh.gallagher@devavale.gov.uk"]),
], "c")

DOCS_C = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - completed by the independent RHI worker, Catch22
Cheshire
Young person: [[Rayén Painemal|name]] ([[Rayen|name]] on school system)   DOB: [[08/03/2011|dob]]   Age 15
Missing from: [[9 Nicholas Avenue|address]], [[Westminster Park|place]], [[Chester|place]] [[CH4 7QR|postcode]]
Missing: Fri [[13 Nov|date]] 19:30 to Sun [[15 Nov 2026|date]] 11:05 (found by police at [[Rhyl|place]] station)
Interview: [[17.11.26|date]] at school, by [[Callie Dunne|name]]

Where were you? "At [[Jordan|name]]'s, then his cousin's in [[Rhyl|place]]." [[Jordan|name]] is 19 (she says "nearly 20"); she met him
at the bus station in [[Chester|place]] in September. She did not want to give his surname. She later said "[[Jordan Parry|name]]"
but then said that might not be right. He drives a black Audi; she knew part of the plate, "[[KN19|vehicle]] something".
She stayed in a flat "above a vape shop" on [[High Street|address]], [[Rhyl|place]], with [[Jordan|name]], his cousin "[[Deano|name]]" and a
girl called [[Skye|name]], about 16, from [[Prestatyn|place]].

Why did you go? Rows with Mum about her phone and about going to see [[Jordan|name]]. "She doesn't get it, she thinks it's still
[[Temuco|place]]." She misses her grandmother, her "chuchu" [[Millaray|name]], and says she was happier in [[Padre Las Casas|place]].

Did anyone hurt you? Says no. Said she "had to be nice" to [[Deano|name]]'s friend because he paid for the train. She did not
eat much and slept on a sofa. Phone was taken off her "for safe keeping" by [[Jordan|name]].

People she named: [[Jordan|name]] ("J"); "[[Deano|name]]"; [[Skye|name]]; a man called "Uncle [[Mo|name]]" who owns
the flat; [[Evie Roberts|name]] and [[Grace Lomas|name]] from school; her old friend [[Antonella|name]] in [[Temuco|place]] on Instagram.
She said she got a train from [[Chester|place]] to [[Flint|place]] on [[13 November|date]], then a lift to [[Rhyl|place]]. She gave
[[Jordan|name]]'s
number as [[07862 315 740|phone]] and said he also uses a number starting +44 7 she could not remember.
She wants to go home to [[Padre Las Casas|place]] for Wiñoy Tripantu in June; the family mark the Mapuche new year at her
grandmother's.

Risk: CSE screening tool completed - significant. Shared with the social worker [[Niamh Gallagher|name]] and PC [[Ffion Rowlands|name]]
(missing from home coordinator) on [[17/11|date]].
Her brother [[Lautaro|name]] (8) was very worried, Mum says; he told his teacher at [[Overleigh St Mary's|school]] "my sister ran away".
"""),
    ("MASH referral form from a secondary school", """CHESHIRE WEST AND CHESTER - MULTI-AGENCY REFERRAL FORM
Section 1: Child
Surname: [[PAINEMAL|name]]       Forename(s): [[RAYÉN|name]]          Known as: [[Ray|name]]
Full name as written: [[PAINEMAL, Rayén|name]]         DOB: [[8-3-2011|dob]]         Gender: F
UPN: [[E896359352032|upn]]   Address: [[9 Nicholas Ave|address]], [[Chester|place]], [[CH4 7QR|postcode]]
First language: Spanish (family also speak Mapudungun)

Section 2: Parent/carer
[[Ayelén Painemal|name]] (mother), [[07415 906 273|phone]]. Father: [[Lautaro Huenchullán|name]] senior -> father of [[Lautaro|name]]
only, lives
in [[Santiago|place]], no contact. [[Rayén|name]]'s father is not named.

Section 3: Reason for referral
On Monday [[9 November 2026|date]] a Year 10 pupil ([[Evie Roberts|name]]) showed staff a TikTok of [[Rayén|name]] in a car with an older
male, and said [[Rayén|name]] had told her she was "going to Wales" with him. [[Rayén|name]] has been late or absent 9 times
since [[19/10|date]]. She has new trainers and two phones. Form tutor Mr [[Dominic Hale|name]] saw her picked up from the
[[Vicars Cross|place]] bus stop on [[6/11|date]].

Referrer: [[Bernadette O'Hara|name]], DSL, [[The Catholic High School, Chester|school]], [[bohara@chs.cheshire.sch.uk|email]]
"""),
    ("family WhatsApp messages in Spanish and Mapudungun, typed up with the interpreter's translation", """WhatsApp export shared by
Ms [[Painemal|name]] on [[20/11/2026|date]]; translated by [[Tomás Ulloa|name]] (interpreter, reg. NRPSI 20417). Original left, English
after //.

[[15/11/26|date]], 07:12 - Mamá [[Millaray|name]]: Mari mari ñaña, ¿apareció la [[Rayén|name]]? // Hello daughter, has [[Rayén|name]]
turned up?
[[15/11/26|date]], 07:15 - [[Ayelén|name]]: No mami, la policía está buscando. Dicen que está en Gales, en [[Rhyl|place]] // No mum, the
police are looking. They say she is in Wales, in [[Rhyl|place]]
[[15/11/26|date]], 07:16 - Mamá [[Millaray|name]]: Que el ngenechen la cuide. Llámame al [[+56 9 6184 3027|phone]] o a la casa de la
tía [[Elisa|name]] [[+56 45 221 4718|phone]] // May ngenechen look after her. Call me on ... or at aunt [[Elisa|name]]'s house
[[15/11/26|date]], 08:02 - [[Lauti|name]] (tablet): mami donde esta la [[Rayén|name]] // mum where is [[Rayén|name]]
[[15/11/26|date]], 08:30 - Tía [[Elisa|name]]: [[Ayelén|name]], el [[Wenu|name]] dice que la amiga, la [[Evie|name]], sabe algo //
[[Ayelén|name]], [[Wenu|name]] says
her friend [[Evie|name]] knows something
[[15/11/26|date]], 08:31 - [[Ayelén|name]]: Ya hablé con la mamá de [[Evie|name]], [[Claire|name]]. Nada // I already spoke to
[[Evie|name]]'s mum, [[Claire|name]]. Nothing
[[15/11/26|date]], 11:20 - [[Ayelén|name]]: La encontraron!! // They found her!!
[[15/11/26|date]], 09:10 - [[Ayelén|name]]: La policía de [[Rhyl|place]] llamó. Un hombre [[Jordan Parry|name]] // The [[Rhyl|place]]
police rang. A man [[Jordan Parry|name]]
[[15/11/26|date]], 09:12 - Mamá [[Millaray|name]]: ¿Y el papá de [[Lauti|name]]? ¿[[Lautaro|name]] sabe? // And [[Lauti|name]]'s dad? Does
[[Lautaro|name]] know?
[[15/11/26|date]], 09:14 - [[Ayelén|name]]: No le digas nada al [[Lautaro|name]], está en [[Santiago|place]] // Don't tell
[[Lautaro|name]], he's in [[Santiago|place]]
[[15/11/26|date]], 11:21 - [[Lauti|name]] (tablet): ray esta bien? // is ray ok?
[[15/11/26|date]], 11:40 - [[Ayelén|name]]: Sí [[Lauti|name]]. La trae la policía. Ese [[Jordan|name]] no la va a ver nunca más // Yes
[[Lauti|name]]. The police are bringing her. That [[Jordan|name]] will never see her again
[[16/11/26|date]], 20:02 - Mamá [[Millaray|name]]: Mándala a [[Padre Las Casas|place]] conmigo, acá en [[Camino a Niágara 1450|address]]
tiene su pieza // Send her to [[Padre Las Casas|place]] with me, here at [[Camino a Niágara 1450|address]] she has her room
"""),
    ("police missing person log extract", """MISSING PERSON REPORT - extract (COMPACT)   Ref MP/26/48112   Grading: HIGH (raised from
medium 14/11 02:00)
Subject: [[PAINEMAL Rayén|name]]   DOB [[08MAR2011|dob]]   Height 5'3", slim, long black hair, grey North Face coat
Home: [[9 NICHOLAS AVENUE, CHESTER|address]] [[CH4 7QR|postcode]]   Reporting person: mother [[PAINEMAL Ayelén|name]] [[07415906273|phone]]
[[13/11/2026|date]] 22:47 Reported by mother. Last seen 19:30 leaving home "to [[Evie|name]]'s". [[Evie ROBERTS|name]] (15) of
[[Hough Green|address]] spoken to by PC [[Rowlands|name]]: not seen her.
[[14/11/2026|date]] 01:30 Cell site: phone last in [[Queensferry|place]] area 21:10. ANPR hit [[KN19 OXF|vehicle]] (black Audi A3,
registered keeper [[Jordan PARRY|name]], [[Flat 2, 77 Wellington Road|address]], [[Rhyl|place]] [[LL18 1LE|postcode]]) A55 westbound 21:16.
[[15/11/2026|date]] 10:58 Found by PCSO [[Meinir Hughes|name]] at [[Rhyl|place]] railway station, with a female [[Skye BEVAN|name]]
(16, [[Prestatyn|place]]). Returned home by DC [[Gareth Lloyd|name]] 13:40. Safe and well check done.
[[15/11/2026|date]] 14:30 Debrief by DC [[Lloyd|name]]: [[Rayén|name]] says she stayed at [[Flat 2, 77 Wellington Road|address]]. Occupants
[[Jordan PARRY|name]] (19), [[Dean WILLIAMS|name]] aka "[[Deano|name]]" (24), [[Mohammed ALI|name]] aka "[[Mo|name]]" (38, tenant).
[[16/11/2026|date]] 09:00 Intel shared with North Wales Police (DS [[Carys Pugh|name]]). CAWN considered for [[PARRY|name]] and
[[WILLIAMS|name]].
[[16/11/2026|date]] 16:10 Mother reports [[Rayén|name]] back at school; brother [[Lautaro HUENCHULLÁN|name]] (8) seen by PC
[[Rowlands|name]].
"""),
]


# --- D. Marsh / Doyle family (white British), Great Sutton, Ellesmere Port ---------------------------------------------

HOME_D = d.Address("22 Sycamore Drive", "Great Sutton", "Ellesmere Port", "CH66 2LT")
NAN_D = d.Address("3 Chester Road", "Little Sutton", "Ellesmere Port", "CH66 1QF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Doyle")], dt.date(2023, 5, 2), addresses=[HOME_D], ids=["5379644414"]),
    _p("s", "sibling", [("Poppy", "Marsh")], dt.date(2019, 12, 11), addresses=[HOME_D], ids=["9613637397", "D896781577674"],
       schools=["Sutton Green Primary School"]),
    _p("m", "mother", [("Leanne", "Marsh")], dt.date(1998, 6, 6), addresses=[HOME_D], phones=["07974 552 018"]),
    _p("f", "father", [("Jamie", "Doyle")], dt.date(1995, 4, 23), phones=["07826 144 390"]),
    _p("g", "grandparent", [("Carol", "Marsh")], dt.date(1971, 8, 14), addresses=[NAN_D], phones=["0151 339 7410"]),
    _p("p1", "professional", [("Rhiannon", "Webb")], phones=["01244 977 412"], emails=["rhiannon.webb@devavale.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Alfie DOYLE|name]] ([[02/05/2023|dob]]) and
[[Poppy MARSH|name]] ([[11/12/2019|dob]])
Compiled by [[Rhiannon Webb|name]], SW, [[Ellesmere Port|place]] Team, for the pre-proceedings meeting. Source in brackets.

[[11/12/2019|date]]  [[Poppy|name]] born, Countess of Chester. Mother [[Leanne Marsh|name]] (21). Father unknown on certificate. (Health)
[[14/02/2022|date]]  [[Leanne|name]] and [[Jamie Doyle|name]] move into [[22 Sycamore Drive|address]], [[Great Sutton|place]]
[[CH66 2LT|postcode]]. (Housing)
[[02/05/2023|date]]  [[Alfie|name]] born. (Health)
[[30/09/2024|date]]  Police called by neighbour [[Glenys Parr|name]] ([[no. 24|address]]): shouting, [[Poppy|name]] heard screaming. No
             arrests. (Police ref 0455)
[[03/01/2025|date]]  [[Jamie|name]] arrested for assault on [[Leanne|name]] at her mum's, [[3 Chester Road|address]],
[[Little Sutton|place]]. NFA
             as she withdrew. (Police)
[[21|date]]-[[22/06/2025|date]]  [[Alfie|name]] at Arrowe Park ED twice - scalded hand, then a fall. Explanations consistent. (ED)
Sept 2025   [[Poppy|name]] starts Reception at [[Sutton Green Primary|school]]. (Education)
[[17/03/2026|date]]  DVPN served on [[Jamie|name]]; DVPO granted at Chester Magistrates for 28 days. (Police)
April 2026  [[Jamie|name]] back in the home per neighbour; [[Leanne|name]] denies. (SW)
[[09/08/2026|date]]  [[Alfie|name]] found by Mrs [[Parr|name]] alone on the pavement on [[Sycamore Dr|address]] at 07:10 in a nappy.
(Police)
[[12/10/2026|date]]  Nursery ([[Little Acorns|school]]) note a bruise to [[Alfie|name]]'s ear. Child protection medical by Dr
[[Kapoor|name]]:
             "likely non-accidental". (Health)
[[15/10/2026|date]]  Strategy meeting; ICPC [[4 November|date]]; both children on plans. (SW)
[[05/12/2026|date]]  Mrs [[Carol Marsh|name]] rang SW: [[Leanne|name]] and the children at hers in [[Little Sutton|place]] for the weekend;
             [[Jamie|name]] "sent 60 texts". [[Carol|name]] says her partner [[Phil Mercer|name]] will "sort him out". (SW)
[[06/12/2026|date]]  [[Jamie|name]]'s sister [[Kerry Doyle|name]] ([[07590 216 473|phone]]... no: that is [[Angharad|name]]'s;
[[Kerry|name]] is on [[07402 738 561|phone]])
             rang to say [[Jamie|name]] is staying with her on [[Rossmore Road East|address]]. (SW)
[[02/12/2026|date]]  [[Jamie|name]] seen leaving the house at 06:00 in his white Transit [[CV68 HWK|vehicle]] by PCSO [[Dan Mottram|name]].
"""),
    ("nursery key worker's voice note, auto-transcribed by the phone", """[Voice note from [[Kayleigh|name]], key worker,
[[Little Acorns|school]] Day Nursery, to the
manager; auto-transcribed on [[12 Oct 2026|date]], 09:41; not corrected]

hi [[Trace|name]] its me [[Kayleigh|name]] just letting you know about [[alfie|name]] [[doyle|name]] he come in this morning with his nan
[[carol|name]] and when I took his hat off there's a massive bruise on his left ear like purple and yellow all the way round
and the nan said he banged it on the cot but um he's been really clingy won't go to anyone and he flinched when [[Jade|name]] picked
him up so I've done the body map and I've put it on the system can you ring the social worker it's [[Rhianna|name]] no [[Rhiannon|name]]
[[web|name]] I think and the dad picked him up Friday and he was shouting in the car park at [[Lee Ann|name]] sorry at [[Leanne|name]] so
yeah can you ring me back I'm in the baby room thanks bye
"""),
    ("neighbour's handwritten note, scanned and OCR'd", """[scanned A5 note, pushed through the door of the [[Ellesmere Port|place]]
office [[03/12/26|date]]; OCR text, errors left]

To the socal worker for [[Leanne|name]] and the kids at
[[22 Sycamore|address]]

I dont want to get invoved but I am at [[24|address]] and I have to say. He is still
there. The van (white, [[CV68 HWK|vehicle]]) is there every night and goes
at 6 in the morning. Last Saturday [[28th|date]] there was a lot of banging and the little girl
[[Poppy|name]] was at the window crying at 11 oclock. I rang [[Leanne|name]]s mum [[Carol|name]] in
[[Little Sutton|place]] but she said mind my own.

I have lived here 30 years. I am not a nosey person. My son [[Gareth
Parr|name]] says to ring you. My
number is [[0151 355 2184|phone]] if you want. Please dont tell them it was me.

[[G. Parr|name]] (Mrs)
"""),
    ("police domestic violence protection notice form", """DOMESTIC VIOLENCE PROTECTION NOTICE (s.24 Crime and Security Act 2010)
Issued to: Surname [[DOYLE|name]]    Forenames [[JAMIE LEE|name]]    DOB [[23/04/1995|dob]]
Of: No fixed abode, c/o [[14 Rivacre Road|address]], [[Ellesmere Port|place]] [[CH65 6JS|postcode]]
Phone: [[07826 144 390|phone]]     NI: [[JK 51 82 44 C|ni]]
Person to be protected: [[MARSH, Leanne|name]]    DOB [[06/06/1998|dob]]
Address to be protected: [[22 Sycamore Drive, Great Sutton|address]], [[CH66 2LT|postcode]]
Children in the household: [[Poppy Marsh|name]] (6), [[Alfie Doyle|name]] (2)

Authorising officer: Supt [[Nadia Khan|name]], [[17/03/2026|date]] 14:20
Served by: PC 1932 [[Liam O'Sullivan|name]] at Ellesmere Port Police Station, [[17/03/2026|date]] 15:05
Hearing: Chester Magistrates' Court, [[18/03/2026|date]] at 10:00

Previous addresses of the recipient: [[14 Rivacre Road|address]] (his mother, Mrs [[Pauline Doyle|name]]); [[Flat 9, Marina Court|address]],
[[Ellesmere Port|place]] [[CH65 2AB|postcode]] (2019-2021); [[Rossmore Road East|address]] (his sister [[Kerry Doyle|name]]).
Witness to the breach on [[16/03/2026|date]]: Mrs [[Glenys Parr|name]], [[24 Sycamore Drive|address]], [[0151 355 2184|phone]]; and
[[Tony Pickering|name]],
delivery driver, who saw [[Jamie|name]] kick the door at about 19:40.

Conditions: not to enter or come within 100 metres of [[22 Sycamore Drive|address]]; not to contact [[Leanne Marsh|name]] by any means,
including via [[Carol Marsh|name]] ([[0151 339 7410|phone]]) or [[Poppy|name]]'s school.
"""),
]


# --- E. Heswall family (white British), Wolverham, Ellesmere Port -----------------------------------------------------

HOME_E = d.Address("7 Wolverham Road", "Wolverham", "Ellesmere Port", "CH65 5AN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mason", "Heswall")], dt.date(2011, 2, 3), addresses=[HOME_E], ids=["6212723974", "Q896361722669"],
       schools=["Ellesmere Port Catholic High School"]),
    _p("s", "sibling", [("Lily", "Heswall")], dt.date(2014, 9, 27), addresses=[HOME_E], ids=["1385960973"]),
    _p("f", "father", [("Dean", "Heswall")], dt.date(1982, 7, 15), addresses=[HOME_E], phones=["07521 367 809"],
       ids=["JH 27 60 15 B"]),
    _p("m", "mother", [("Kirsty", "Heswall")], dt.date(1985, 1, 9), phones=["07936 481 225"]),
    _p("p1", "professional", [("Tom", "Brightwell")], phones=["01244 977 412"], emails=["tom.brightwell@devavale.gov.uk"]),
], "c")

DOCS_E = [
    ("strategy meeting minutes on child criminal exploitation", """STRATEGY MEETING - MINUTES
Child: [[Mason Heswall|name]] (15), DOB [[03/02/2011|dob]]     Date: [[25 November 2026|date]], 10:00, Teams
Chair: [[Zara Whitehead|name]] (Team Manager)   Minutes: [[Amy Lyons|name]] (business support)
Present: [[Tom Brightwell|name]] (SW); DS [[Karl Beddows|name]] (Cheshire Police, Complex Exploitation); [[Sinéad Carr|name]] (YJS);
[[Paul Ogden|name]] (Head of Year 11, [[Ellesmere Port Catholic High|school]]); Dr [[Ruth Ince|name]] (school nurse team)

1. Information shared
DS [[Beddows|name]]: [[Mason|name]] was stopped on [[20/11|date]] at Chester railway station with £340 and two phones; a third phone
in his sock. A contact saved as "[[Rico|name]]" sent 41 messages that day. Police believe "[[Rico|name]]" is [[Enrico Salt|name]], 23, of
[[Anfield|place]], [[Liverpool|place]], linked to a line running from [[Birkenhead|place]] into [[Ellesmere Port|place]] and [[Mold|place]].
[[Mason|name]] was also seen on [[Whitby Road|address]] with [[Kai Dunbar|name]] (17) who was stabbed on [[2 October|date]].
[[Tom|name]]: Dad, Mr [[Dean Heswall|name]], is trying hard; works shifts at Vauxhall; [[Mason|name]]'s mum [[Kirsty|name]] moved to
[[Flint|place]] with her new partner in 2025. [[Lily|name]] (12) is scared for her brother and has found cash in his room.
[[Paul Ogden|name]]: attendance 62%; [[Mason|name]] excluded for a day on [[16 Nov|date]] for threatening a Year 9, [[Jayden Cross|name]].
[[Sinéad|name]]: on a referral order since August 2026; missed two appointments.

Actions from the last meeting ([[11 November|date]]):
- [[Tom|name]] to visit [[Kirsty Heswall|name]] in [[Flint|place]] - done [[18/11|date]]; she lives with [[Darren Pye|name]] at
[[Halkyn Street|address]] and
  says [[Mason|name]] can stay "if he behaves".
- [[Sinéad|name]] to link with [[Rhyl|place]] YJS ([[Bethan Price|name]]) - done.
- DS [[Beddows|name]] to check [[Kai Dunbar|name]]'s address - [[Kai|name]] is at his nan's, Mrs [[Irene Dunbar|name]],
[[Grace Road|address]],
  [[Whitby|place]]; [[Kai|name]]'s older brother [[Connor Dunbar|name]] (20) is known to police.
- [[Paul Ogden|name]] to move [[Mason|name]] to the nurture base with Miss [[Leah Sumner|name]] - done from [[23 November|date]].
- [[Zara|name]] to ask the Youth Service ([[Jordan Tweedale|name]]) about the boxing club at Stanlow - outstanding.

2. Decisions
NRM referral by [[Tom|name]] today. Section 47 for [[Mason|name]]; [[Lily|name]] to be seen alone by [[Tom|name]] at school (Year 8).
Police to serve a CAWN on [[Salt|name]]. Next meeting [[9 December|date]].
"""),
    ("National Referral Mechanism online referral form, printed", """NATIONAL REFERRAL MECHANISM - FIRST RESPONDER REFERRAL (child) -
printed [[25/11/2026|date]]
Potential victim
  Family name: [[HESWALL|name]]
  Given name(s): [[Mason Dean|name]]
  Date of birth: [[2011-02-03|dob]]
  Nationality: British
  Current address: [[7 Wolverham Road|address]], [[Wolverham|place]], [[Ellesmere Port|place]], [[CH65 5AN|postcode]]
  Parent or carer: father [[Dean Heswall|name]], [[07521 367 809|phone]]
Type of exploitation: criminal (county lines, drug supply)
Account: [[Mason|name]] says he "owes" a man he knows as "[[Rico|name]]" £600 after he was robbed of drugs in [[Wrexham|place]] on
[[7 November|date]]. He was taken to a flat on [[Beaumaris Court|address]], [[Rhyl|place]] for three nights
([[7|date]]-[[10 November 2026|date]])
and made to sell. A man called "[[Big Lew|name]]" took his trainers. He was driven back by [[Kai|name]] in a grey Golf [[MA17 ZPF|vehicle]].
First responder: [[Tom Brightwell|name]], Deva Vale Council, [[tom.brightwell@devavale.gov.uk|email]]
"""),
    ("Snapchat messages photographed by a father and typed up", """Photos of [[Mason|name]]'s Snapchat shown to [[Tom B|name]] by Mr
[[Heswall|name]]
on [[23/11/2026|date]]; typed up by [[Tom B|name]]. Display names as shown; handles not copied.

[[Rico|name]]: where u at
[[Rico|name]]: u got 2 go [[ellesmere|place]] 2nite. [[kai|name]] will grab u from the mcdonalds
[[mase|name]]: cant my dads off work
[[Rico|name]]: dont care. u still owe. i know where [[lily|name]] goes school
[[mase|name]]: dont go near her
[[Rico|name]]: then dont make me. 9pm. [[wolverham|place]] shops
[[Kai D|name]]: bro just come its calm, im outside [[jayden|name]]s on [[stanney lane|address]]
[[mase|name]]: my dad is gonna kill me
[[Lily|name]] 🌸: [[mase|name]] where r u dad is going mad
[[mase|name]]: at [[kai|name]]s tell him im at [[ryan roscoe|name]]s
[[Lily|name]] 🌸: he rang [[ryan|name]]s dad already
[[Rico|name]]: nah il kill u first lol. bring the work
"""),
    ("father's own email to the social worker", """From: [[Dean Heswall|name]] <[[deanheswall82@hotmail.co.uk|email]]>
Sent: [[26 November 2026|date]] 23:51
To: [[tom.brightwell@devavale.gov.uk|email]]
Subject: [[mason|name]]

[[Tom|name]],

sorry for the time. i cant sleep. [[Mason|name]] went out again at 10 and his phone is off. i drove round [[Wolverham|place]], [[Stanney
Grange|place]] and down to the Oaks but nothing. i rang the police, the lady said they will log it. ref is 1189.

His mum [[Kirsty|name]] wont pick up. shes in [[Flint|place]] on [[Halkyn Street|address]] if he goes there but i doubt it. her
number is [[07936 481 225|phone]]. [[Lily|name]] is in bits. shes at my sisters [[Joanne|name]] tonight in [[Whitby|place]].

I have been at Vauxhall 20 years, im on nights till the [[14th|date]]. my boss [[Steve Garnett|name]] says i can swap but only
till christmas. my mate [[Andy Roscoe|name]] on [[Overpool Road|address]] said [[Mason|name]] can stop at his with his lad [[Ryan|name]].

That [[Kai|name]] lad came to the door on sunday and said [[Mason|name]] "owes" them. i told him to get lost and he laughed. i have
his face on the ring doorbell. I will bring it in.

I know you said I did right calling but i feel like ive lost him.
[[Dean|name]]
"""),
]


# --- F. Pritchard family (white British and Welsh), a care leaver and her baby, Boughton, Chester ----------------------

HOME_F = d.Address("Flat 6, Kingsway Court, 30 Boughton", "Boughton", "Chester", "CH3 5AG")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Seren", "Pritchard")], dt.date(2026, 10, 21), addresses=[HOME_F], ids=["6607734618"]),
    _p("m", "mother", [("Caitlin", "Pritchard")], dt.date(2007, 5, 18), addresses=[HOME_F], phones=["07718 263 594"],
       ids=["2005942081", "JC 18 05 07 A"]),
    _p("f", "father", [("Reece", "Lloyd-Jones")], dt.date(2005, 2, 11), phones=["07852 904 136"]),
    _p("g", "grandparent", [("Angharad", "Pritchard")], dt.date(1984, 3, 2), phones=["07590 216 473"]),
    _p("p1", "professional", [("Grace", "Adeyemi")], phones=["01244 977 412"], emails=["grace.adeyemi@devavale.gov.uk"]),
], "c")

DOCS_F = [
    ("pre-birth assessment summary", """PRE-BIRTH ASSESSMENT - SUMMARY AND ANALYSIS
Unborn baby of [[Caitlin Pritchard|name]] (DOB [[18/05/2007|dob]], a care leaver, 19), EDD [[28/10/2026|date]]
Assessing worker: [[Grace Adeyemi|name]], Social Worker; Personal Adviser: [[Jess Holroyd|name]] (Leaving Care Team)
Completed: [[6 October 2026|date]]

[[Caitlin|name]] lives alone at [[Flat 6, Kingsway Court|address]], [[30 Boughton|address]], [[Boughton|place]], [[Chester|place]]
[[CH3 5AG|postcode]].
She came into care aged 11 from her mother, Ms [[Angharad Pritchard|name]], in [[Flint|place]] after neglect and her mother's
alcohol use; she lived with foster carers Mr and Mrs [[Dodd|name]] in [[Hoole|place]] until 18 and still sees "Auntie [[Bev|name]]"
[[Dodd|name]] weekly. She was at [[Queen's Park High School|school]] and now studies childcare part-time at
[[West Cheshire College|school]].

The father is [[Reece Lloyd-Jones|name]] (21), of [[Garden Lane|address]], [[Chester|place]]. [[Reece|name]] has a conviction for
possession with intent (2024) and was on remand at HMP Altcourse until [[3 July 2026|date]]. [[Caitlin|name]] says they are "on and
off". His mother, Mrs [[Siân Lloyd-Jones|name]] of [[Connah's Quay|place]], wants to help and has offered a cot.

Strengths: [[Caitlin|name]] has attended every midwife appointment with [[Hannah Prothero|name]] and the Family Nurse,
[[Rosie Gwynne|name]]; she has kept the flat well; she has named [[Bev Dodd|name]] and her friend [[Chloe Ashton|name]]
([[07402 738 561|phone]])
as support. Worries: [[Reece|name]] at the flat late at night; a police call on [[12 September|date]] (argument, no injury); her
low mood since her nan, [[Megan Pritchard|name]], died in [[Holywell|place]] on [[1 August 2026|date]].

Recommendation: child in need plan from birth, not child protection; review at 6 weeks.
"""),
    ("community midwife's discharge letter to the GP and health visitor", """Countess of Chester Hospital NHS Foundation Trust - Maternity
POSTNATAL DISCHARGE SUMMARY
Mother: [[Caitlin PRITCHARD|name]]   DOB [[18.05.2007|dob]]   NHS [[200 594 2081|nhs]]   Tel [[07718 263 594|phone]]
Baby: Baby girl [[PRITCHARD|name]] - named [[Seren|name]]   Born [[21.10.2026|dob]] 03:17   NHS [[660 773 4618|nhs]]   3.02 kg
Address on discharge: [[6 Kingsway Ct, Boughton|address]], [[Chester|place]] [[CH3 5AG|postcode]]
GP: Boughton Medical Group    HV: [[Marie Cottrell|name]]
Delivery: SVD, midwife-led unit. Birth partner: [[Chloe Ashton|name]] (friend). Father [[Reece|name]] visited [[22/10|date]] pm.

Safeguarding: known to CSC (SW [[Grace Adeyemi|name]]). Plan shared. Day 2 - midwife [[Hannah Prothero|name]] noted [[Reece|name]]
raised his voice on the ward when asked to leave at 8pm; security attended. [[Caitlin|name]] calm, feeding well.
Visitors logged: [[Reece Lloyd-Jones|name]] ([[22/10|date]], [[23/10|date]]); [[Siân Lloyd-Jones|name]] ([[23/10|date]]);
[[Bev Dodd|name]] ([[22/10|date]]);
[[Chloe Ashton|name]] (birth partner). Ms [[Angharad Pritchard|name]] rang the ward on [[23/10|date]] asking for [[Caitlin|name]]; not put
through
at [[Caitlin|name]]'s request.
Discharged [[24/10/2026|date]] with [[Seren|name]]. Community midwife visit booked [[25 Oct|date]].
"""),
    ("family group conference family plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN for [[Seren|name]]
Held [[19 November 2026|date]] at Blacon Children's Centre. Coordinator: [[Gwen Hardcastle|name]] (independent)
Who came: [[Caitlin|name]] (mum); [[Reece|name]] (dad); [[Bev Dodd|name]] and [[Tony Dodd|name]] ([[Caitlin|name]]'s former foster carers);
[[Siân Lloyd-Jones|name]] ([[Reece|name]]'s mum); [[Chloe Ashton|name]] (friend); Nain - [[Angharad|name]]'s mother's sister,
[[Eirlys Roberts|name]],
from [[Mold|place]], by video. [[Angharad|name]] did not come.

OUR PLAN (written by the family in private time)
1. [[Bev|name]] will come round every Mon and Thurs mornings and ring [[Caitlin|name]] every night at 7.
2. [[Reece|name]] will not stay overnight until the January review. He will see [[Seren|name]] at his mum's in [[Connah's Quay|place]]
   on Saturdays, with [[Siân|name]] there.
3. If there is an argument [[Caitlin|name]] will ring [[Chloe|name]] ([[07402 738 561|phone]]) or [[Bev|name]] ([[07948 513 270|phone]]) and
   [[Reece|name]] will leave.
4. [[Eirlys|name]] will teach [[Caitlin|name]] to drive in her car ([[CX15 KLD|vehicle]]) in spring so she can get to college.
5. Contact with [[Angharad|name]]: only if she is sober and only at [[Bev|name]]'s on [[Dee Banks|address]].
What the family will do if the plan goes wrong: [[Tony|name]] will collect [[Caitlin|name]] and [[Seren|name]] and bring them to
[[Dee Banks|address]]; [[Siân|name]] will tell [[Reece|name]] to stay away; [[Chloe|name]] will ring [[Grace Adeyemi|name]] on
[[01244 977 412|phone]] or
the emergency duty team. [[Eirlys Roberts|name]] (her number is on the fridge) will come from [[Mold|place]].
Next review: [[17 December 2026|date]] at [[Bev|name]] and [[Tony|name]]'s.
Professionals who came in at the start: [[Grace Adeyemi|name]] (SW), [[Jess Holroyd|name]] (PA), [[Rosie Gwynne|name]] (FNP).
Signed: [[C Pritchard|name]], [[R Lloyd-Jones|name]], [[B Dodd|name]], [[S Lloyd-Jones|name]]
"""),
    ("care leaver's handwritten diary pages, photographed and OCR'd with her consent", """[photographed pages from [[Caitlin|name]]'s
diary, given to [[Grace|name]] [[02/12/2026|date]] for the review; OCR, spelling kept]

Tues [[17th Nov|date]]
[[seren|name]] 4 weeks old!! she smiled at me (wind says [[chloe|name]] lol). [[reece|name]] came
round with maccies at 11 even tho the plan says no nights. i told him to go
and he did. proud of myself.

Sat [[21st|date]]
[[seren|name]] at [[sian|name]]s in [[connahs quay|place]]. [[reece|name]] was good with her. his mate [[Tyler
Fox|name]] was there smoking in the garden, not near her.

Weds [[25th|date]]
mum rang from [[Flint|place]] drunk at 2pm asking for money. [[bev|name]] said dont answer next time.
nain [[eirlys|name]] sent a card with a £20 in, and a photo of me at [[seren|name]]s age at [[Talacre|place]].

sun [[29th|date]]
crap night. [[seren|name]] up every 2 hrs. [[grace|name]] comes tues. i just want to get to christmas x
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 152 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "supt", "insp", "cm", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "achchi", "mamá", "mami", "tía", "tia", "chuchu", "nain", "taid", "baby girl"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "north wales", "scotland", "britain", "uk", "cheshire", "cheshire west", "merseyside",
               "flintshire", "denbighshire", "sri lanka", "ceylon", "chile", "araucanía", "araucania", "gales", "australia"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds
# this set's titles and kinship words (before a name: "Auntie Bev", "Nurse Lou", "Mamá Millaray", "nain eirlys", "Supt Nadia
# Khan"; and after one: "Lautaro Huenchullán senior") and counties, regions and countries ("Wales", "Cheshire", "Flintshire",
# "Sri Lanka", "Chile").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
