"""Set 121: a held-out hand-written set for the redaction detector, six invented families in Redcar and Cleveland, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set118.py, redaction_set119.py and redaction_set120.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed
here), the module docstrings only of bench/redaction_set7.py to redaction_set117.py (printed with ast and searched, as printed
text, for the towns, districts and communities earlier sets used; no earlier set's documents were read or searched), the names
of the top-level statements of bench/redaction_set15.py (not its documents or functions' bodies), the `_party`, `Records`,
`HandSet`, `word_problems` and `_parse` helpers and the opening docstring of bench/redaction_handwritten.py, and the ruff settings
in pyproject.toml. Phone numbers were made and checked with the phonenumbers library, UPNs with python-stdnum, and NHS numbers
with their mod-11 check digit, in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord)
are imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored
once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families, chosen to look like a caseload in Redcar and Cleveland, each from a town, district or estate that no earlier
set's docstring names as a family's home (set 60's docstring names Dormanstown, Galley Hill in Guisborough and Grangetown as
homes, with relatives in Skelton and on the Lakes Estate; no other earlier docstring names a family's home in the borough). Four
white British families: a mother, her partner and two children on Normanby Road in South Bank, with a nana in Normanby
(Hindmarch / Coulson; a hoarded house, persistent absence, head lice, a boy of 9 sleeping in his mother's bed, a father who
shouts, a child in need plan); a girl of 15 on the jewel streets of Saltburn-by-the-Sea with a father in New Marske (Rigg /
Lowther; an overdose on the Valley Gardens, self-harm, a man of 19 from Redcar and his friend with a car and a flat, child
sexual exploitation); a baby of four months in Loftus with a nan in Carlin How (Agar / Featherstone; non-fatal strangulation of
the mother, a bottle thrown at the baby's bouncer, bail conditions, MARAC); and a boy of 15 in California, Eston, living with
his father after his mother's remand, then with an aunt in Lazenby (Metcalfe / Garbutt; criminal exploitation, a drug debt, an
NRM referral, a referral order, a kinship viability assessment). Two from communities no earlier set used (no earlier docstring
names Burkina Faso, the Burkinabé or Mooré, or Nicaragua): a Burkinabé family who speak Mooré and French on Lord Street in
Newcomen, Redcar, with a grandmother in Ouagadougou, an uncle in Bobo-Dioulasso and an aunt in Vénissieux, Lyon (Ouédraogo /
Sawadogo / Compaoré; a boy of 11 beaten with a belt after a school report, a father on a skilled worker visa who accepts it,
a strategy meeting, a child in need outcome, the father's own letter in French), and a Nicaraguan family in Boosbeck with a
grandmother in León, a father in Managua and family in Masaya, Ciudad Sandino and Costa Rica (López Rivas / Castillo /
Wilkinson; a girl of 13 who runs from a controlling stepfather who keeps the passports, a mother on a spouse visa, money sent for
flights to Managua, a prohibited steps order). 24 documents, twelve of them plain professional recording (a school attendance
officer's home visit note, child in need review minutes, a CAMHS crisis assessment, an emergency department safeguarding
liaison form, a police domestic abuse incident log, a health visitor's visit record, a connected person viability assessment, a
youth justice referral order panel report, strategy meeting minutes, a single assessment extract, a report to an initial child
protection conference and legal planning meeting minutes), the rest the other writing a file holds, of types no earlier set
used where possible: a Facebook Messenger chat copied out, an environmental health officer's email, a school counsellor's
handwritten notes scanned with OCR (with OCR misreadings: "HUNTC1IFF SCH00L", "A1fie", "Guisb0rough", "29/1O/26"), a girl's own
notes-app list printed by her mother, a 999 call transcript, a grandmother's voicemails typed up, a bus company's CCTV email, a
father's WhatsApp voice notes put through the phone's speech-to-text (with its mis-hearings), a primary school's CPOMS export, a
father's letter in French with the council's translation, a WhatsApp chat in Spanish with an interpreter's translation, and a
pupil's Google Forms concern with the pastoral team's response sheet.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Burkina Faso, France, Nicaragua); NHS numbers pass their check digit and UPNs their check
letter (with Redcar and Cleveland's LA number, 807); NI numbers have a valid format. The council (Teesmouth Council), the
primary school on Lawson Street, Wilton Lane Academy, the nursery (Boosbeck Bumblebees), the bus company's domain, the
solicitors (Iveson & Co) and Greystone Medical Centre are invented; towns, districts, estates, villages, real schools (Huntcliff
School, Freebrough Academy, Newcomen Primary School), NHS bodies, hospitals, police forces, prisons, courts, clubs, shops,
brands, apps, programmes, landmarks, festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, Nan, nana, mam, Auntie, Monsieur, Madame, Tonton, Tantie, Tata, Doña, Abuela, Yaaba, Papa, Maman, Mami) stay
outside the name span; a possessive 's and a bare s in texting ("[[dazza|name]]s") stay outside; every person's name is a name in
every form, record or not. "SURNAME, First" is one span ("COULSON, Tyler-Jay", "AGAR, Shannon Louise", "Barker, Tom"), and so
is "First SURNAME" ("Hope RIGG", "Issouf OUÉDRAOGO") and "SURNAME First"; an initial with a surname is one span ("K Metcalfe",
"H. Rigg", "A. Lord"); initials alone ("H", "k") are not marked; a collar or staff number after a name stays outside; a name,
address, place, date or school broken by a line break is one span holding the break; a contact saved under a kinship word
("Abuelita ❤️", "abue") is not a name, but a display name that is a person's plain name ("Kayleigh Hin") is; a family name in
the plural ("Rudds") is a name. A street address is one span, its town a place, its postcode a postcode; a street named without
a number is an address, and so is a neighbour's bare house number ("no. 39", "39", "37", "14") and an address abroad ("Secteur
30, rue 30.217, porte 14", Ouagadougou, and its translation); towns, cities, villages, districts and estates are places, at home
or abroad ("California", "Newcomen", "Dassasgho", "Reparto Fundeci", "Ciudad Sandino", "Ouaga", "Bobo", "Skinny", "dormo");
countries, counties and regions are not ("Cleveland", "North Yorkshire", "Burkina", "Nicaragua", "Costa Rica", "England",
"Angleterre"); organisations are not marked even when they hold a town's or a person's name ("Eston Grange Medical Centre",
"Loftus Health Centre", "Saltburn Health Centre", "Redcar and Cleveland House", "Redcar and Cleveland College", "James Cook
University Hospital", "HMP Low Newton", "Teesside Youth Court", "ASEC Mimosas", "Middlesbrough" the football club); a school's
name is a school, and so is its short form ("Wilton Lane", "huntcliff", "Lawson Street Primary"); a date of birth is dob, any
other calendar date with a day is date (a weekday before it stays outside), and a bare day ("the 11th") is a date; months and
years alone are not marked; helplines are not marked; pets' names (Bruno) are not names; a firm named after people marks only
the names ("[[Iveson|name]] & Co"); parks, beaches, piers, stations' buildings, airports and other landmarks stay unmarked (the
Valley Gardens, the Cliff Lift, the Stray, the Esplanade, Eston Nab, Heathrow); a surname or first name that is also an English
word or a town is marked by what it refers to (Loftus, Kirby, Whitby, Lord, Hope, Precious, Dawn, Ruby, Brooke, Pat and Ward are
names when they are people, and Loftus and Whitby are places and Lord Street an address when they are those); a service or
branch named by its town in lower-case words ("the South Bank family hub", "the Eston precinct", "Middlesbrough custody",
"Darlington station", "the Redcar missing team") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a works or mine named by its
village ("the Wilton site", "Lackenby", "the Boulby potash mine", "boulby") marks the village as a place, as a service named by
its town does, while a brand-named site ("the Teesworks site") is an organisation; the Nicaraguan way of giving an address from a
landmark ("Del Colegio Rubén Darío, 2 cuadras al lago, casa 41", "del colegio ruben dario 2 c al lago" and its translation) is an
address, not a school, since it locates a home; a child's nickname made of initials that the family uses as a name ("tj") is a
name, unlike a writer's initials for a person ("H", "k"); in a 999 transcript a spoken address ("sixteen Deepdale Avenue") is an
address and a spoken date of birth a dob; in speech-to-text a mis-heard place ("lazy be", "Dormans town", "Grange town") is a
place and a mis-heard name ("jack oh") a name; OCR misreadings are marked by what they stand for; a car model that is also a town
("Seat Leon") is not a place, while a child's unaccented "Leon" for León is; a girl's birthday written in a chat ("17 de
febrero") is a dob; a referral, incident or staff number, a BACP registration and an interpreter number are not marked.

Self-check without the detector: `python -m bench.redaction_set121` (and tests/test_redaction_set121.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents,
1,006 gold spans, 542 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Hindmarch / Coulson family (white British), South Bank, with a nana in Normanby -----------------------------------

HOME_A = d.Address("41 Normanby Road", "South Bank", "Middlesbrough", "TS6 6RS")
NAN_A = d.Address("9 Flatts Lane", "Normanby", "Middlesbrough", "TS6 0PN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Coulson")], dt.date(2017, 6, 2), addresses=[HOME_A], ids=["1396298258", "Z807237457163"],
       schools=["Lawson Street Primary School"]),
    _p("s", "sibling", [("Brooke", "Hindmarch")], dt.date(2022, 1, 27), addresses=[HOME_A], ids=["4260962078"]),
    _p("m", "mother", [("Kayleigh", "Hindmarch")], dt.date(1995, 4, 18), addresses=[HOME_A], phones=["07356 484001"],
       ids=["JK 48 21 93 B"]),
    _p("f", "father", [("Darren", "Coulson")], dt.date(1991, 9, 9), addresses=[HOME_A], phones=["07915 836800"]),
    _p("g", "grandparent", [("Sandra", "Hindmarch")], dt.date(1968, 12, 1), addresses=[NAN_A], phones=["01642 553063"]),
    _p("p1", "professional", [("Becky", "Trattles")], phones=["01642 566039"], emails=["becky.trattles@teesmouth.gov.uk"]),
], "c")

DOCS_A = [
    ("school attendance officer's home visit note", """LAWSON STREET PRIMARY SCHOOL - ATTENDANCE HOME VISIT RECORD
Pupil: [[COULSON, Tyler-Jay|name]]    Year 4    DOB [[02.06.2017|dob]]    UPN [[Z807237457163|upn]]
Address: [[41 Normanby Road|address]], [[South Bank|place]], [[TS6 6RS|postcode]]    Attendance this term: 71.4% (persistent absence)
Visit by: Mrs [[Pam Gaskin|name]] (Attendance Officer) with Mr [[Liam Bousfield|name]] (Learning Mentor)
Date: Tuesday [[6 October 2026|date]], 09:40

No answer at first. A neighbour at [[no. 39|address]], Mrs [[Irene Dobing|name]], came out and said "[[Kayleigh|name]] will be in, she
never goes out before dinner" and that the little one, [[Brooke|name]], had been "shouting through the letterbox" at 8 o'clock. After ten
minutes Ms [[Hindmarch|name]] opened the door in her dressing gown. She said [[Tyler-Jay|name]] had "a bad belly" and that [[Darren|name]]
(Mr [[Coulson|name]], his dad) had taken the car to [[Eston|place]] for work. The hallway was stacked with black bags to shoulder
height and there was a strong smell of dog mess; a Staffie (Bruno) was shut in the kitchen. [[Tyler-Jay|name]] came to the door in
his school polo shirt from yesterday, said he was "fine" and asked if he could come with us. Mrs [[Gaskin|name]] explained the
fixed penalty process and that we would ask the family support worker, [[Becky Trattles|name]], to call. Ms [[Hindmarch|name]] gave
her mobile as [[07356 484001|phone]] and said her mam, [[Sandra|name]], in [[Normanby|place]], "does the school run when I'm bad".
Nana's number was taken from the office file: [[01642 553063|phone]].

[[Tyler-Jay|name]] was in school by 10:35 (Mr [[Bousfield|name]] walked him). He ate two rounds of toast at breakfast club and had
head lice. He told Mr [[Bousfield|name]] that "me and [[Brookie|name]] sleep in mam's bed because our room's got the bags" and that
his dad "shouts at the dog and at mam". Logged on CPOMS; DSL Mrs [[Fiona Loftus|name]] informed at 11:00.

Previous visits: [[14/09/2026|date]] (no answer), [[22nd September 2026|date]] (letter left). Next: attendance panel
[[20 October 2026|date]] at Redcar and Cleveland House.
"""),
    ("child in need plan review minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Tyler-Jay Coulson|name]] (dob [[2 June 2017|dob]], NHS [[139 629 8258|nhs]]) and [[Brooke Hindmarch|name]] (dob
[[27/01/2022|dob]],
NHS [[426 096 2078|nhs]])
Date: [[3 November 2026|date]]    Venue: the [[South Bank|place]] family hub, [[Middlesbrough Road|address]]
Chair: [[Becky Trattles|name]], Family Support Worker, Teesmouth Council ([[becky.trattles@teesmouth.gov.uk|email]],
[[01642 566039|phone]])
Present: [[Kayleigh Hindmarch|name]] (mother); [[Darren Coulson|name]] (father, left at 10:20); [[Sandra Hindmarch|name]] (maternal
grandmother); Mrs [[Fiona Loftus|name]] (DSL, [[Lawson Street Primary|school]]); [[Nicola Wanless|name]] (health visitor); [[Gemma
Readman|name]] (Environmental Health); Mr [[Liam Bousfield|name]] (learning mentor)
Apologies: Dr [[Arjun Menon|name]] (GP, Greystone Medical Centre)

1. Home conditions. [[Gemma|name]] visited on [[28 October|date]] with the council's housing team. The back bedroom has been
cleared by [[Darren|name]] and his brother [[Shaun|name]] with a skip from [[Grangetown|place]]; the front room and hall still have
bags. [[Kayleigh|name]] said the clutter built up after she lost her baby in [[March 2025|date]] and that she "can't throw stuff
out". A referral to the hoarding support group at the Eston Hub (Redcar and Cleveland Mind) was agreed.
2. School. Attendance up from 71% to 84% since half term. Mrs [[Loftus|name]] said [[Tyler-Jay|name]] is "a different lad" when
his nana brings him. [[Sandra|name]] does Monday, Wednesday and Friday from [[Normanby|place]] on the 63 bus.
3. Health. [[Brooke|name]] missed her 3-year review twice; [[Nicola|name]] will visit on Thursday [[12 November|date]]. Head lice
treated. [[Brooke|name]] has a speech delay and says about 20 words; a referral to speech and language therapy at Redcar Primary
Care Hospital was made on [[30/10/2026|date]].
4. Father. [[Darren|name]] said he works cash-in-hand for a scaffolder in [[Teesville|place]] and is not at home in the day.
[[Kayleigh|name]] said there had been "no arguments worth talking about". Mr [[Bousfield|name]] shared what [[Tyler-Jay|name]] said on
[[6 October|date]]; [[Darren|name]] said "he's a kid, he makes things up" and left.
5. The dog. Bruno to be kept out of the children's bedroom; the RSPCA gave advice on [[1 November|date]].

Actions: [[Becky|name]] to visit weekly (next Tuesday [[10 November|date]]); [[Gemma|name]] to re-inspect by [[24 November 2026|date]];
[[Sandra|name]] (nana's mobile not given; landline [[01642 553063|phone]]) to keep the school runs. Next review
[[15 December 2026|date]].
"""),
    ("Facebook Messenger chat between a mother and a family support worker, copied out", """Messenger - copied from the work phone into
the file by [[B. Trattles|name]], [[9 November 2026|date]]
Chat with: [[Kayleigh Hin|name]] (profile name [[Kayleigh Hin|name]])

[[Kayleigh Hin|name]]  Thu 08:12   [[becky|name]] can u come fri not tues, [[darren|name]] back tues and hes in a mood wiv me
[[Becky Trattles|name]]  Thu 08:30   Morning [[Kayleigh|name]]! Friday is fine, 10am? Is everything ok at home?
[[Kayleigh Hin|name]]  Thu 08:31   ye fine. just dnt want him there when u come. he kicked off bout the skip
[[Kayleigh Hin|name]]  Thu 08:31   nana [[sand|name]] says shell have the kids fri night
[[Becky Trattles|name]]  Thu 08:35   OK. If you ever don't feel safe ring 999. Is [[Tyler-Jay|name]] at school today?
[[Kayleigh Hin|name]]  Thu 08:36   yes me mam took him. [[brooke|name]] is here watchin peppa
[[Kayleigh Hin|name]]  Thu 08:40   also [[shauna|name]] from next door (the one at [[37|address]]) sed she rang the council about the
bags.
                                   shes a grass
[[Becky Trattles|name]]  Thu 08:41   It wasn't [[Shauna|name]] who rang, honestly - it was [[Gemma|name]] following up. See you Friday
[[Kayleigh Hin|name]]  Thu 22:58   can u not tell school what [[tj|name]] said. [[darren|name]] seen the letter
[[Kayleigh Hin|name]]  Thu 23:02   hes gone to his mates in [[dormo|place]]. im ok
[[Kayleigh Hin|name]]  Fri 07:15   sorry bout last nite. [[tj|name]] n [[brooke|name]] at me mams in [[normanby|place]], im walkin up
[[Becky Trattles|name]]  Fri 07:20   Thanks for letting me know. I'll come to your mam's at [[9 flatts lane|address]] instead, 10am x
[[Kayleigh Hin|name]]  Fri 07:21   ok. dont bring the man from housing

Note: "[[tj|name]]" is [[Tyler-Jay|name]]; "[[dormo|place]]" is [[Dormanstown|place]]; "nana [[sand|name]]" is
[[Sandra Hindmarch|name]]. [[Darren|name]]'s friend in
[[Dormanstown|place]] is believed to be [[Kyle Pounder|name]]; the message about the letter was passed to the team manager, [[Ruth
Sowerby|name]], on [[6 November|date]].
"""),
    ("environmental health officer's email to children's services", """From: [[Gemma Readman|name]]
<[[gemma.readman@teesmouth.gov.uk|email]]>
Sent: Wednesday, [[28 October 2026|date]] 15:51
To: [[Becky Trattles|name]] <[[becky.trattles@teesmouth.gov.uk|email]]>
Cc: [[Paul Rudd|name]] (Housing Standards); [[Ian Kitching|name]] (Pest Control)
Subject: [[41 Normanby Road|address]], [[TS6 6RS|postcode]] - [[Hindmarch|name]] - inspection today

Hi [[Becky|name]],

As promised, a quick note from this morning. I went with [[Ian|name]] after the neighbour's report (Mrs [[Dobing|name]] at [[39|address]],
who rang on [[26/10|date]] about rats in the back yard; she also mentioned that a lad from [[Eston|place]], "[[Kyle|name]]", sleeps
there some weekends).

- Hall and front room: bags of clothes and rubbish to about 1.2 m, a single path through. Fire risk. I have asked Cleveland
  Fire Brigade to do a safe and well visit; their booking is Monday [[2 November|date]].
- Back bedroom: now clear (thanks to Mr [[Coulson|name]] and his brother [[Shaun Coulson|name]], who lives in [[Eston|place]]).
- Kitchen: dog fouling, no working fridge. [[Kayleigh|name]] says the fridge came from the British Heart Foundation shop in
  [[Redcar|place]] and "just stopped".
- Yard: rat runs, droppings. [[Ian|name]] baited on the day; the landlord, Mr [[Tariq Aslam|name]] ([[07949 769622|phone]]), has been
  told to fix the broken drain by [[11 November|date]].

The landlord says the tenancy is in [[Darren|name]]'s name only. He also has a flat at [[12 Kings Road|address]], [[North Ormesby|place]]
that he might offer them "if she sorts herself out". I did not raise the children with him.

[[Gemma|name]]
[[Gemma Readman|name]] | Environmental Health Officer | Teesmouth Council | [[01642 566039|phone]] (via switchboard)
"""),
]


# --- B. Rigg / Lowther family (white British), the jewel streets in Saltburn, with a father in New Marske ----------------

HOME_B = d.Address("14 Garnet Street", "", "Saltburn-by-the-Sea", "TS12 1EU")
DAD_B = d.Address("22 Birch Avenue", "New Marske", "Redcar", "TS11 8BD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Hope", "Rigg")], dt.date(2011, 3, 8), addresses=[HOME_B], ids=["6579325267", "M807293117889"],
       schools=["Huntcliff School"]),
    _p("s", "sibling", [("Alfie", "Rigg")], dt.date(2019, 8, 21), addresses=[HOME_B], ids=["1536872512"]),
    _p("m", "mother", [("Joanne", "Rigg")], dt.date(1984, 10, 30), addresses=[HOME_B], phones=["07416 190641"],
       ids=["NP 62 07 15 C"]),
    _p("f", "father", [("Craig", "Lowther")], dt.date(1982, 2, 11), addresses=[DAD_B], phones=["07381 272879"]),
    _p("p1", "professional", [("Dr Sunita", "Rao")], phones=["01642 566039"], emails=["sunita.rao@nhs.net"]),
], "c")

DOCS_B = [
    ("CAMHS crisis team assessment", """TEES, ESK AND WEAR VALLEYS - CAMHS CRISIS AND HOME TREATMENT - ASSESSMENT
Name: [[Hope RIGG|name]]    DOB: [[08/03/2011|dob]] (15)    NHS No: [[657 932 5267|nhs]]
Address: [[14 Garnet Street|address]], [[Saltburn-by-the-Sea|place]] [[TS12 1EU|postcode]]    School: [[Huntcliff School|school]], Year 11
Seen: Saturday [[17 October 2026|date]], 21:10, paediatric assessment unit, James Cook University Hospital
Assessed by: [[Owen Carrick|name]] (CAMHS crisis practitioner) with Dr [[Sunita Rao|name]] (ST5)    Mother present for part.

Presenting: brought by ambulance from the Valley Gardens after a friend, [[Ruby Trenholme|name]], rang 999 at 19:40. [[Hope|name]] had
taken about 16 paracetamol with vodka on the bench below the Cliff Lift. Paracetamol level at 4 hours below the line.

[[Hope|name]]'s account (seen alone): she had argued with her mum about "[[Kieran|name]]", a man of 19 from [[Redcar|place]] she met at
the skate park in [[Marske|place]] in the summer. Mum took her phone on Thursday. [[Hope|name]] said she "just wanted everything to
stop for a bit". She denied wanting to die, then said "I don't know". She has cut her thighs since she was
13; last cut four days ago. She said [[Kieran|name]] picks her up "in his mate's Corsa" (she did not know the plate) and takes
her to a flat "near the Stray, by the [[Coatham|place]] bit". She was vague about what happens there; said he gives her vapes and weed.

Mother ([[Joanne Rigg|name]], [[07416 190641|phone]]): [[Hope|name]] lives with her and [[Alfie|name]] (7). Dad, [[Craig Lowther|name]],
lives in [[New Marske|place]]; [[Hope|name]] stays with him alternate weekends, "but he lets her do what she wants". [[Joanne|name]] found
messages from [[Kieran|name]] offering to "sort" [[Hope|name]] a room. She reported him to Cleveland Police on [[15/10/26|date]].

Risk: high (impulsive overdose with alcohol, ongoing self-harm, exploitation concerns). Plan: admit to ward 23 overnight for
medical review; home treatment team to visit [[19 October|date]] and [[21 October|date]]; safeguarding referral to children's
services tonight (done 22:30, spoke to [[Lucy Garbutt|name]], EDT); school DSL Mr [[Gary Kirby|name]] to be told Monday; mum to
lock away medicines. Friend [[Ruby|name]] (also 15) was very shaken; her mum, [[Dawn Trenholme|name]], took her home to [[Amber
Street|address]].
"""),
    ("school counsellor's handwritten session notes, scanned with OCR", """[[HUNTC1IFF SCH00L|school]] - Counselling service - session
notes (scanned [[23/10/2026|date]], OCR, not corrected)

Client: [[H. Rigg|name]] (Yr 11)        Session 3        Date: [[22 Oct|date]] 2026        Counsellor: [[M. Wardle|name]]

H came in late from form (Mr [[Kirby|name]] brought her). Quiet, sleeves down. Talked abt
the weekend - "the hospital was shit, the nurse [[Precious|name]] was nice". Says she is not
allowed out after 6 now + mam has her phone. Misses [[Kier-
an|name]] "more than anything". Says he is "not like they say", he bought
her a hoodie + took her to [[Whitby|place]] on the train on [[3rd oct|date]] (she told mam she
was at [[Ruby|name]]'s on [[Pearl St|address]]).
Talked abt dad. She goes to [[New Marsk e|place]] every other wknd + his girlfriend
[[Chantelle|name]] "hates me". Dad drinks at the Ship in [[Saltburn|place]] on Sat + leaves
her + [[A1fie|name]] at the flat. (? [[Alfie|name]] is 7)
Said [[Kieran|name]]'s mate "[[Dazza|name]]" has a car + "a flat at [[Warrenby|place]] or
somewhere" + other girls go there. One is [[Mia|name]] from [[Guisb0rough|place]] who is 14.
Safeguarding: told H I must pass this on. She was upset but agreed. Passed to
DSL (Mr [[G. Kirby|name]]) 11.40 same day. [[Kirby|name]] to ring [[Lucy Garbutt|name]] (SW).
Next session [[29/1O/26|date]] - Thurs P3.

[[M. Wardle|name]]   BACP reg. 00418821
"""),
    ("emergency department safeguarding liaison referral", """SOUTH TEES HOSPITALS - EMERGENCY DEPARTMENT / PAU - SAFEGUARDING CHILDREN
LIAISON FORM
Completed by: [[Carol Ditchburn|name]], Safeguarding Liaison Nurse        Date: [[19.10.2026|date]]
Sent to: Teesmouth Council MACH (secure email); GP (Saltburn Health Centre); school nurse team ([[Redcar|place]] and East)

Child: [[RIGG, Hope|name]]        DOB: [[08.03.2011|dob]]        NHS: [[657 932 5267|nhs]]
Address: [[14 Garnet Street|address]], [[Saltburn|place]], [[TS12 1EU|postcode]]        Mother: [[Joanne Rigg|name]]
[[07416 190641|phone]]
Father: [[Craig Lowther|name]], [[22 Birch Avenue|address]], [[New Marske|place]], [[TS11 8BD|postcode]]        Tel:
[[07381 272879|phone]]
Siblings: [[Alfie Rigg|name]] ([[21/08/2019|dob]])

Attendance: [[17/10/2026|date]] 19:58, overdose (paracetamol x16 + alcohol). Discharged from ward 23 [[18/10/2026|date]] 14:00 to
mother after medical clearance and CAMHS review ([[Owen Carrick|name]]).
Previous attendances (ED search): [[11 July 2026|date]] - cut to forearm, "fell on glass at [[Saltburn|place]] beach", brought by
"a friend's brother" aged about 19, left before being seen; [[2 Aug 2026|date]] - intoxicated, brought by police from the
[[Redcar|place]] seafront with another girl ([[Mia Dowson|name]], dob [[14/05/2012|dob]], of [[Guisborough|place]]).

Concerns: CSE indicators - older "boyfriend" [[Kieran|name]] (surname given by mother as [[Hebron|name]]; possibly [[Kieran
Hebron|name]], about 19, of [[Redcar|place]]); gifts; a flat; alcohol and cannabis; going missing. A car seen by the
mother, grey Vauxhall Corsa, [[NK19 XRW|vehicle]], driven by "[[Dazza|name]]".
Plan: Strategy discussion requested. The PAU consultant Dr [[Hugh Pattinson|name]] agrees. [[Mia Dowson|name]] referred
separately to the Teesmouth MACH (not North Yorkshire: [[Mia|name]] lives in [[Guisborough|place]]).
"""),
    ("a girl's own notes-app list, printed by her mother and given to the social worker", """(printed from [[Hope|name]]'s phone by her
mum, [[Joanne|name]], and handed to [[Lucy Garbutt|name]] on [[26 Oct|date]] - [[Hope|name]] agreed)

Notes > "things"   last edited [[16 Oct 2026|date]] 23:48

reasons to stay
- [[alfie|name]]
- [[ruby|name]] n [[mia|name]] (even tho [[mia|name]] is always with [[dazza|name]] now)
- the sea at [[saltburn|place]] at nite
- [[kieran|name]]
- nana [[pat|name]] in [[brotton|place]] (miss her)

reasons not to
- mam hates me
- dad dont care, [[chantelle|name]] is a cow
- school. mr [[kirby|name]]. mocks
- everyone at [[huntcliff|school]] knows bout the pics

things k said
"ur mature for ur age"
"ur mam is jealous"
"u can stay at [[dazza|name]]s, [[flat 2, 9 tod point rd|address]], nobody will no"
"dont tell [[ruby|name]], she will grass"

bday [[29 oct|date]] - [[kieran|name]] said he will take me to [[newcastle|place]]
"""),
]


# --- C. Agar / Featherstone family (white British), Loftus, with a nan in Carlin How -------------------------------------

HOME_C = d.Address("16 Deepdale Avenue", "", "Loftus", "TS13 4RF")
NAN_C = d.Address("5 Maynard Street", "Carlin How", "Saltburn-by-the-Sea", "TS13 4DZ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Marley", "Agar")], dt.date(2026, 7, 1), addresses=[HOME_C], ids=["2320363793"]),
    _p("m", "mother", [("Shannon", "Agar")], dt.date(2003, 7, 14), addresses=[HOME_C], phones=["07881 153160"],
       ids=["SR 31 84 26 A"]),
    _p("f", "father", [("Jordan", "Featherstone")], dt.date(2000, 2, 20), addresses=[HOME_C], phones=["07782 795409"]),
    _p("g", "grandparent", [("Lorraine", "Agar")], dt.date(1976, 5, 5), addresses=[NAN_C], phones=["01287 543395"]),
], "c")

DOCS_C = [
    ("police domestic abuse incident log", """CLEVELAND POLICE - STORM INCIDENT 0713 [[08/11/2026|date]] - DOMESTIC - CLOSED
Location: [[16 Deepdale Avenue|address]], [[LOFTUS|place]], [[TS13 4RF|postcode]]
Caller: [[AGAR, Lorraine|name]] (mother of victim) from [[5 Maynard Street|address]], [[Carlin How|place]] - [[01287 543395|phone]]

23:14 Caller states daughter [[Shannon|name]] rang her screaming, male partner "[[Jordan|name]]" has "got her by the neck" and baby
in house. Caller on way in car. Graded I.
23:15 Linked: 2 previous DA incidents at address ([[14/08/2026|date]], [[30/09/2026|date]]), DASH medium both.
23:21 PC 1408 [[Hannah Carrick|name]] and PC 2077 [[Dev Bhatt|name]] dispatched from [[Guisborough|place]] (ETA 17 min).
23:29 Caller on scene, reports male has left in a blue Ford Focus [[YT68 KPN|vehicle]] towards [[Brotton|place]].
23:38 Officers on scene. Victim: [[AGAR, Shannon Louise|name]], dob [[14/07/2003|dob]], red marks to both sides of neck,
hoarse, says she "blacked out for a second". Baby [[Marley AGAR|name]] (4 months, dob [[01/07/2026|dob]]) asleep in a Moses basket
in the front room, seen and checked, no injury. Nan ([[Lorraine|name]]) present.
23:44 PNC on [[YT68 KPN|vehicle]]: RK [[Jordan FEATHERSTONE|name]], dob [[20/02/2000|dob]], of [[16 Deepdale Avenue|address]].
23:51 Victim states the argument began when she said she would go to her friend [[Jade Lumley|name]]'s in [[Skinningrove|place]] for
the night. Suspect took her phone ([[07881 153160|phone]]) and threw it in the beck. DASH completed: HIGH (strangulation,
escalation, new baby, separation). Referral to MARAC.
00:22 [[09/11|date]] Vehicle stopped on the A174 at [[Easington|place]] by RPU (PC [[Ross Marsay|name]]). Suspect arrested
for non-fatal strangulation and criminal damage, conveyed to [[Middlesbrough|place]] custody.
00:40 Victim and baby to stay with [[Lorraine Agar|name]] in [[Carlin How|place]] tonight. Neighbour [[Terry Oxley|name]] ([[14|address]])
says he heard "a lot of banging" from 23:00 and the baby crying; he has a doorbell camera and will keep the footage.
01:05 Child Concern Notification submitted for [[Marley|name]]. Health visitor to be informed. Closed 01:10.
"""),
    ("health visitor's new birth and follow-up visit record", """HEALTH VISITING - [[Loftus|place]] and East Cleveland team - VISIT
RECORD (SystmOne extract)
Child: [[Marley Agar|name]]    DOB: [[1 July 2026|dob]]    NHS: [[232 036 3793|nhs]]
Parent/carer: [[Shannon Agar|name]] (mother, 23); [[Jordan Featherstone|name]] (father)
Address: [[16 Deepdale Avenue|address]], [[Loftus|place]] [[TS13 4RF|postcode]]    GP: Loftus Health Centre

[[14/07/2026|date]] New birth visit ([[Kirsty Brittain|name]], HV). Born at James Cook at 39+2 by ventouse, 3.1 kg. Breastfeeding
with top-ups. Home clean and warm. [[Jordan|name]] present throughout and answered most questions for [[Shannon|name]]. Routine
enquiry not possible (father present). Maternal grandmother [[Lorraine|name]] nearby in [[Carlin
How|place]], visits daily.
[[29/07/2026|date]] Telephone contact. [[Shannon|name]] tearful, says [[Marley|name]] "never sleeps". EPDS offered at next visit.
[[20 August 2026|date]] Police notification of DA incident on [[14/08|date]]: verbal argument, [[Jordan|name]] punched a door.
Home visit same day, [[Shannon|name]] seen alone in the garden: she said [[Jordan|name]] "never touches me, it's just his temper" and
that he checks her phone. Given the Harbour helpline card. EPDS 14.
[[3 Sept 2026|date]] 8-week check at Loftus Health Centre by Dr [[Emma Cleasby|name]]. Weight on 25th centile.
[[1/10/2026|date]] Police notification ([[30/09|date]]): [[Jordan|name]] threw a bottle, glass near the baby's bouncer.
[[09/11/2026|date]] Police notification: non-fatal strangulation, DASH HIGH. Visit to [[5 Maynard Street|address]], [[Carlin How|place]]
[[10/11/2026|date]]: [[Shannon|name]] and [[Marley|name]] staying with [[Lorraine|name]]. Bruising to the neck seen, photographed by
police.
[[Marley|name]] well, weight 6.4 kg. [[Shannon|name]] says she will not go back while [[Jordan|name]] is there. Bail conditions: not to
enter [[Loftus|place]]; he is staying with his brother [[Reece Featherstone|name]] at [[28 Station Road|address]], [[Brotton|place]].
Plan: weekly contact; referral to MARAC (for [[26 November|date]]); link with the social worker [[Adele Vasey|name]]
([[adele.vasey@teesmouth.gov.uk|email]]).  [[K. Brittain|name]], HV
"""),
    ("999 call transcript from the police control room", """TRANSCRIPT OF 999 CALL - Cleveland Police Force Control Room - call ref.
0713 of [[8 November 2026|date]], 23:13:52
(transcribed for the MARAC and the strategy meeting; overlapping speech shown with //)

OPERATOR: Police, what's the address of your emergency?
CALLER: It's me daughter, she's, he's got her, [[sixteen Deepdale Avenue|address]], [[Loftus|place]], please hurry up
OPERATOR: OK, [[sixteen Deepdale Avenue|address]], [[Loftus|place]]. And what's your name?
CALLER: [[Lorraine|name]], [[Lorraine Agar|name]]. I'm her mam. She just rang us screaming, he's got her by the neck
OPERATOR: Who has, do you know his name?
CALLER: [[Jordan|name]]. [[Jordan Featherstone|name]]. Her fella. The baby's in there, [[Marley|name]], he's four month
OPERATOR: Are you at the address now?
CALLER: No I'm in [[Carlin How|place]], I'm getting in the car, it's five minutes. [[Tez|name]]! [[TEZ|name]]! Get the keys //
OPERATOR: // Please don't go inside if he's there. Is there a weapon?
CALLER: I don't know. He's thrown things before, he threw a bottle at the baby's bouncy chair in September
OPERATOR: What's your daughter's name and date of birth?
CALLER: [[Shannon|name]]. [[Shannon Agar|name]]. [[Fourteenth of July two thousand and three|dob]]
OPERATOR: And a number for her?
CALLER: [[07881 153160|phone]]. She's not answering now, oh god
OPERATOR: Officers are on the way. Do you know what he's driving?
CALLER: Blue Focus. It's his. He's always at his brother's in [[Brotton|place]], [[Reece|name]]'s. Or at the [[Skinny|place]] with his
mates
OPERATOR: [[Skinningrove|place]]?
CALLER: Yeah. Please tell them to hurry up, he'll kill her one day, he said it to me at the christening
OPERATOR: Stay on the line with me, [[Lorraine|name]]...
[23:16:40 - caller states she is driving; advised to pull over; call ended 23:17:05]

Note: "[[Tez|name]]" is [[Terence Agar|name]], the caller's husband (not [[Shannon|name]]'s father). "[[Skinny|place]]" is local for
[[Skinningrove|place]].
"""),
    ("voicemail messages from a grandmother, transcribed by a social worker", """Voicemails on the duty line and on my work mobile,
typed up word for word by [[A. Vasey|name]] on [[16/11/2026|date]]

1) Thu [[12 Nov|date]], 08:02, duty line ([[01287 810029|phone]] shows as the caller's ID - this is [[Lorraine|name]]'s friend
[[Bev Harland|name]]'s
landline in [[Lingdale|place]])
"Hiya, it's [[Lorraine Agar|name]], [[Shannon|name]]'s mam, about baby [[Marley|name]]. I'm at me friend [[Bev|name]]'s, me phone's
dead. I need someone to ring us because [[Jordan|name]]'s mam has been at [[Shannon|name]] on Facebook saying she's a liar and that
[[Jordan|name]] will get the baby. [[Maxine Featherstone|name]] her name is. She lives on the [[Kilton|place]] estate? no,
[[Kilton Lane|address]]. Thank you."

2) Thu [[12 Nov|date]], 17:45, my mobile
"[[Adele|name]] love it's [[Lorraine|name]] again. Me house phone is [[01287 543395|phone]] if you need it. [[Shannon|name]] says she's
going back to [[Deepdale|address]] on Monday because the baby's things are all there and she can't manage in my box room with
[[Tez|name]]'s snoring. I've told her no. [[Jordan|name]]'s been seen in the Co-op in [[Loftus|place]] by [[Carol|name]] from the bingo,
and he's not allowed in [[Loftus|place]], is he? Ring us."

3) Fri [[13 Nov|date]], 09:10, my mobile
"Sorry, it's [[Lorraine|name]]. Forget what I said about [[Carol|name]], she says it might have been his cousin [[Jack|name]]. Same
walk. But [[Shannon|name]] got a message off a number she doesn't know, [[07808 313675|phone]], saying 'see you soon
[[Shan|name]]'. She's dead frightened. Oh and [[Marley|name]] had his jabs on the [[11th|date]], he was a little soldier. Ta-ra."
"""),
]


# --- D. Metcalfe / Garbutt family (white British), California in Eston, with an aunt in Lazenby ---------------------------

HOME_D = d.Address("31 Helmsley Crescent", "California", "Eston", "TS6 9DL")
AUNT_D = d.Address("2 Chapel Row", "Lazenby", "Middlesbrough", "TS6 8DN")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kai", "Metcalfe")], dt.date(2011, 5, 19), addresses=[HOME_D, AUNT_D],
       ids=["9102339323", "P807263815776"], schools=["Wilton Lane Academy"]),
    _p("m", "mother", [("Nikki", "Metcalfe")], dt.date(1990, 1, 6), ids=["TW 15 60 82 D"]),
    _p("f", "father", [("Lee", "Garbutt")], dt.date(1987, 3, 25), addresses=[HOME_D], phones=["07961 000888"]),
    _p("g", "relative", [("Jodie", "Metcalfe")], dt.date(1993, 9, 12), addresses=[AUNT_D], phones=["07949 769622"]),
    _p("p1", "professional", [("Craig", "Shotton")], emails=["craig.shotton@teesmouth.gov.uk"]),
], "c")

DOCS_D = [
    ("connected person viability assessment", """CONNECTED PERSON (KINSHIP) VIABILITY ASSESSMENT - Teesmouth Council Fostering Service
Child: [[Kai METCALFE|name]]    DOB: [[19/05/2011|dob]]    NHS: [[910 233 9323|nhs]]    UPN: [[P807263815776|upn]]
Proposed carer: [[Jodie Metcalfe|name]] (maternal aunt), dob [[12.09.1993|dob]], of [[2 Chapel Row|address]], [[Lazenby|place]],
[[TS6 8DN|postcode]]
Mobile: [[07949 769622|phone]]    Household: [[Jodie|name]]; her partner [[Ryan Ayre|name]] (dob [[03/02/1991|dob]]); her daughter
[[Lacey-Mae Ayre|name]] (6)
Assessing social worker: [[Craig Shotton|name]] ([[craig.shotton@teesmouth.gov.uk|email]])    Visits: [[2 October 2026|date]],
[[9 October 2026|date]]

Background. [[Kai|name]] lived with his mother, [[Nikki Metcalfe|name]] (NI [[TW 15 60 82 D|ni]]), in [[Grangetown|place]] until she was
remanded on [[18 August 2026|date]]; she is now at HMP Low Newton. He then went to his father, [[Lee Garbutt|name]], at
[[31 Helmsley Crescent|address]],
[[California|place]], [[Eston|place]] [[TS6 9DL|postcode]]. Since then [[Kai|name]] has been missing four times, found once in
[[Stockton|place]] and once in [[Hartlepool|place]] with cash and two phones, and was arrested on [[22 September|date]] at the
[[Eston|place]] precinct with cannabis wrapped for sale. [[Lee|name]] works nights at the [[Wilton|place]] site and says he "can't keep
him in".

The aunt. [[Jodie|name]] has known [[Kai|name]] all his life and had him most weekends until he was 10. She works part-time at the
Asda in [[Middlesbrough|place]] and [[Ryan|name]] is a welder at [[Lackenby|place]]. The house is a three-bed former council house;
[[Kai|name]] would have the box room. [[Lazenby|place]] is away from the [[Eston|place]] and [[South Bank|place]] groups he has been
with, but only ten minutes on the bus. [[Jodie|name]] is clear she will not have "the lads from [[California|place]]" at the door.

Checks. Police: [[Ryan Ayre|name]] - a 2014 caution for affray in [[Redcar|place]] (a fight outside a pub on the Esplanade),
nothing since. Local authority: [[Lacey-Mae|name]] was subject to a single assessment in [[April 2024|date]] (closed, no further
action). GP (Dr [[K. Oyelaran|name]], Eston Grange Medical Centre): no concerns about [[Jodie|name]]'s health. Referees:
[[Tracy Ward|name]] (friend, [[Ormesby|place]]) and Mr [[Derek Pybus|name]] (neighbour, [[4 Chapel Row|address]]).

[[Kai|name]]'s view (seen alone at [[Wilton Lane Academy|school]] on [[8 October|date]]): "Auntie [[Jo|name]]'s is boring but I'd go.
Tell me dad I'm not being funny." He said a lad called "[[Smithy|name]]" from [[Teesville|place]] says he owes him £400.

Recommendation: viable for a full assessment; [[Kai|name]] to move to [[Lazenby|place]] under a s20 agreement signed by [[Lee|name]]
on [[12 October 2026|date]], with a safety plan. Visits to his mother at HMP Low Newton to be arranged by the aunt.
"""),
    ("youth justice referral order panel report", """TEESMOUTH YOUTH JUSTICE SERVICE - REFERRAL ORDER: INITIAL PANEL REPORT
Young person: [[METCALFE, Kai|name]]        DOB: [[19.05.2011|dob]]        Age: 15
Address: c/o [[Jodie Metcalfe|name]], [[2 Chapel Row|address]], [[Lazenby|place]] [[TS6 8DN|postcode]] (kinship placement since
[[13/10/2026|date]])
Offence: possession of cannabis with intent to supply, [[22/09/2026|date]], [[Eston|place]]. Court: Teesside Youth Court,
[[4 November 2026|date]] - 6-month referral order.
Case manager: [[Naomi Pattison|name]]        Panel: Thursday [[19 November 2026|date]], 4pm, the youth justice office, [[Redcar|place]]
Panel members: [[Alan Brunskill|name]] and [[Shirley Fenwick|name]] (community volunteers)

1. The offence. On [[22 September|date]] PCSO [[Carl Hutton|name]] saw [[Kai|name]] pass a bag to an older boy outside the
chip shop on the High Street. He ran towards [[Normanby|place]] and was stopped by PC [[Leanne Jobson|name]]. He had 14 deals of
cannabis, £215 and a second phone. In interview ([[23/09|date]], solicitor [[Martin Iveson|name]] of [[Iveson|name]] & Co present) he
said the drugs were "for a lad" he would not name. An NRM referral was made by [[Craig Shotton|name]] on
[[25 September 2026|date]]; a positive reasonable grounds decision came on [[2 October|date]].

2. [[Kai|name]]'s story. [[Kai|name]] told me his mum "went down" in August and "everything went to bits". He started going to a flat on
[[Cleveland Street|address]] in [[Normanby|place]] "for the Xbox", where older boys (he named only "[[Smithy|name]]" and "[[Jacko|name]]")
gave him vapes and then asked him to "drop stuff" in [[Grangetown|place]], [[Dormanstown|place]] and [[Stockton|place]]. When he
lost a bag in [[Hartlepool|place]] they said he owed £400.

3. Since placement. School: attendance at [[Wilton
Lane|school]] 88% (from 52%). Mr [[Dale Gent|name]], head of year, says he is
"keeping his head down". He has had one missing episode ([[31 October|date]], Halloween, found at 01:30 at the Eston Nab car park
by his father). His aunt [[Jodie|name]] ([[07949 769622|phone]]) and his dad [[Lee|name]] ([[07961 000888|phone]]) both attend.

4. Proposed contract: reparation with the [[Redcar|place]] beach clean volunteers; boxing at the [[South Bank|place]] club on Tuesdays
with coach [[Tony Whitwell|name]]; weekly sessions with me; no contact with [[Jordan Smith|name]] ("[[Smithy|name]]") or [[Jake
Jackson|name]] ("[[Jacko|name]]") - the police intelligence names, shared with the family on [[16 November|date]].

[[N. Pattison|name]], Youth Justice Officer, [[16/11/2026|date]]
"""),
    ("bus company's CCTV and driver report email", """From: [[Stuart Lilley|name]] <[[s.lilley@teesbuses.example.co.uk|email]]>
Sent: Mon [[2 Nov 2026|date]] 11:26
To: [[Naomi Pattison|name]]; [[Craig Shotton|name]]
Subject: RE: Request - CCTV, route 63, Sat [[31/10/2026|date]] - young person [[K Metcalfe|name]]

Hello [[Naomi|name]], hello [[Craig|name]],

Our depot at [[Grangetown|place]] pulled the footage you asked for. Summary from the driver's report (driver [[Phil Eddon|name]],
staff no. 4471) and my own viewing:

19:42 Bus 63 leaves [[Lazenby|place]] (stop outside the [[Chapel Row|address]] end). A lad matching [[Kai|name]] gets on with a hood up,
pays with a card. Nobody else with him.
19:55 Two older lads, about 18-20, get on at the [[Eston|place]] precinct and sit either side of him. One has a North Face coat and a
mask; the other gets a phone out and films [[Kai|name]]. The driver heard one say "[[Kai|name]], you know what you owe".
20:03 All three get off at [[South Bank|place]] ([[Normanby Road|address]]), the older two holding his arms. The driver thought about
radioing but they were gone.
20:19 A white Seat Leon, [[NV20 KHE|vehicle]] (read from the camera), is seen through the back window
pulling up by the stop. We cannot see who gets in.

The driver also said a woman on the bus, a regular from [[Teesville|place]] he knows as "[[Mags|name]]" ([[Margaret Tindall|name]], she
has a concessionary pass), told him "that's [[Nikki Metcalfe|name]]'s lad, they're always after him".

The footage is saved to a disc and will be kept for 90 days. The police (PC [[Leanne Jobson|name]], collar 1922) have asked for
it too. Please send the formal request form (DP1) and I will release it.

Regards,
[[Stuart Lilley|name]]
Depot Operations Manager, [[Grangetown|place]] | [[01642 142120|phone]]
"""),
    ("father's WhatsApp voice notes, transcribed by the phone's speech-to-text", """WhatsApp voice notes from [[Lee Garbutt|name]]
(saved as "[[Lee Garbutt|name]] [[Kai|name]]'s dad") to [[Craig Shotton|name]]'s work phone.
Transcribed by the phone's own voice-to-text and pasted in by [[C. Shotton|name]] on [[3 November 2026|date]]. Not corrected;
what it mis-heard is kept as it came.

[[01/11/2026|date]] 01:52 (0:48)
"[[Craig|name]] it's [[Lee|name]] right I've got him he was up the nab the Eston nab car park on his own freezing wet through
I've took him back to our [[Jodie|name]]'s in [[lazy be|place]] [[lazy be|place]] I mean [[lazenby|place]] she's going mad he said two
lads took him off the bus in [[south bank|place]] and put him in a car to [[Middlesbrough|place]] then dumped him at
[[Flatts Lane|address]] and he walked up the hill with no phone he's not hurt just scared ring me in the morning"

[[01/11/2026|date]] 09:14 (0:31)
"morning mate it's [[Lee|name]] again [[Kai|name]]'s asleep at [[Jodie|name]]'s the one lad he reckons is called [[jack oh|name]]
[[jacko|name]] [[jacko|name]] I don't know his real name he drives a white Leon and his bird lives in [[Dormans town|place]]
[[Dormanstown|place]] on [[Westfield Road|address]] I'll kill him if I find him not really but you know"

[[01/11/2026|date]] 17:40 (1:02)
"[[Craig|name]] sorry about this morning I was wound up our [[Nikki|name]] rang from Low Newton she's heard about it off somebody
she wants [[Kai|name]] to ring her on Tuesday at 6 the prison number is the one on the letter she says her mate [[Kelly|name]] from
[[Grange town|place]] [[Grangetown|place]] will bring him a new phone I said no way he's not having a phone off anybody I'll get
him one myself from the Argos in [[Redcar|place]] with a tracker on it is that all right [[Jodie|name]] says it is ring me back on
[[07961 000888|phone]] cheers"
"""),
]


# --- E. Ouédraogo / Sawadogo family (Burkinabé, Mooré and French speaking), Newcomen, Redcar ------------------------------

HOME_E = d.Address("27 Lord Street", "Newcomen", "Redcar", "TS10 1NJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Salif", "Ouédraogo")], dt.date(2015, 4, 27), addresses=[HOME_E], ids=["5494666700", "N807258764919"],
       schools=["Newcomen Primary School"]),
    _p("s", "sibling", [("Awa", "Ouédraogo")], dt.date(2019, 1, 9), addresses=[HOME_E], ids=["5679372665", "C807215466050"],
       schools=["Newcomen Primary School"]),
    _p("s2", "sibling", [("Fatim", "Ouédraogo")], dt.date(2025, 11, 30), addresses=[HOME_E], ids=["1101897570"]),
    _p("m", "mother", [("Aminata", "Sawadogo")], dt.date(1992, 2, 3), addresses=[HOME_E], phones=["07808 313675"]),
    _p("f", "father", [("Issouf", "Ouédraogo")], dt.date(1986, 8, 14), addresses=[HOME_E], phones=["07356 484001"],
       ids=["PA 73 29 04 B"]),
    _p("g", "grandparent", [("Mariam", "Compaoré")], phones=["+226 70 84 84 00"]),
    _p("p1", "professional", [("Hannah", "Stainthorpe")], emails=["hannah.stainthorpe@teesmouth.gov.uk"]),
], "c")

DOCS_E = [
    ("strategy meeting minutes", """STRATEGY MEETING (s47) - MINUTES - CONFIDENTIAL
Children: [[Salif OUÉDRAOGO|name]] ([[27/04/2015|dob]]), [[Awa OUÉDRAOGO|name]] ([[09/01/2019|dob]]), [[Fatim OUÉDRAOGO|name]]
([[30/11/2025|dob]])
Address: [[27 Lord Street|address]], [[Newcomen|place]], [[Redcar|place]] [[TS10 1NJ|postcode]]
Date/time: Friday [[6 November 2026|date]], 14:00, Teams        Chair: [[Ruth Sowerby|name]] (Team Manager)
Attendees: [[Hannah Stainthorpe|name]] (SW, [[hannah.stainthorpe@teesmouth.gov.uk|email]]); DC [[Mark Kipling|name]] (Cleveland Police
CAIU); Mrs [[Angela Lord|name]] (DSL, [[Newcomen Primary School|school]]); [[Sophie Whitehead|name]] (school nurse); Dr
[[Yusuf Adeyemi|name]] (named GP for safeguarding); minutes [[Kerry Dunning|name]]

1. Information shared
School (Mrs [[Lord|name]]): at 10:40 today [[Salif|name]] (Year 6) asked to see the nurse about his back. [[Sophie|name]] saw two long
marks across his lower back and one on the back of his left thigh, red and raised, with a loop shape at one end. [[Salif|name]] said
"Papa used his belt because of my report" and that it happened "yesterday after mosque". He said Papa "only does it to me, not
to [[Awa|name]]". He asked that his mum not get in trouble: "Maman tried to stop him". Photos taken on the school's iPad.
Police: no previous incidents. The family came from [[Ouagadougou|place]] via [[Lyon|place]] in 2022; the father has a skilled
worker visa (engineer at the Teesworks site). Father [[Issouf Ouédraogo|name]], dob [[14/08/1986|dob]], NI [[PA 73 29 04 B|ni]].
Health: [[Fatim|name]] fully immunised; mother [[Aminata Sawadogo|name]] ([[03/02/1992|dob]]) seen for postnatal low mood in
January. She speaks Mooré and some French and little English; [[Issouf|name]] speaks French and good English.
School: [[Awa|name]] (Year 3) happy and well cared for; [[Salif|name]] is anxious about SATs. The father emailed the school on
[[4 November|date]] unhappy that [[Salif|name]] is in a lower maths group.

2. Decision: threshold for s47 met; the police will decide on a single or joint investigation after
the medical. Joint visit today: DC [[Kipling|name]] and [[Hannah|name]] with a Mooré interpreter (booked via the language line:
[[Adama Zongo|name]], by phone). Child protection medical at James Cook on Monday [[9 November|date]] with Dr [[Felicity Marr|name]].
The father to be asked to stay with a friend: he named [[Moussa Traoré|name]], [[Flat 3, 11 Queen Street|address]], [[Redcar|place]].
3. Mother's family: maternal aunt [[Rasmata Sawadogo|name]] in [[Vénissieux|place]], [[Lyon|place]] ([[+33 6 26 51 62 73|phone]]);
grandmother (Yaaba) [[Mariam Compaoré|name]] in [[Ouagadougou|place]] ([[+226 70 84 84 00|phone]]), [[Dassasgho|place]] district.
"""),
    ("single assessment extract with the child's and parents' views", """SINGLE ASSESSMENT - EXTRACT (sections 4 to 6) -
[[Salif Ouédraogo|name]] (NHS [[549 466 6700|nhs]], UPN [[N807258764919|upn]])
Social worker: [[Hannah Stainthorpe|name]]    Started: [[6/11/2026|date]]    Authorised: [[Ruth Sowerby|name]], [[27/11/2026|date]]

4. The child's views. I saw [[Salif|name]] four times, once at home, twice at school and once at the [[Redcar|place]] library. He wants
to be called "[[Sali|name]]" ("only [[Awa|name]] calls me [[Salifou|name]]"). He likes football (he supports Middlesbrough and ASEC
Mimosas, "because of Tonton [[Boukary|name]]") and drawing. On the belt he said: "In Burkina it is normal, my cousins get it. But
here my friend [[Ollie|name]] says it is against the law." He was scared his dad would be "sent back". He told me that at
[[Vénissieux|place]] they lived with Tantie [[Rasmata|name]] and he was "the best reader in CE1".

5. Mother (seen alone with the interpreter, [[Adama Zongo|name]], [[13 November|date]]). [[Aminata|name]] said she grew up in
[[Kaya|place]], married at 19 and moved to [[Ouagadougou|place]], then France, then [[Redcar|place]] because of [[Issouf|name]]'s
job. She has no friends here except [[Fanta|name]], a Malian lady from the mosque on [[Lobster Road|address]] ("[[Fanta Keïta|name]]",
who lives on [[Coatham Road|address]]). She said [[Issouf|name]] is "a good father but strict, like his own father in
[[Koudougou|place]]". She has not been hit. She does not know the word for "safety plan" in Mooré. She wants English classes at
Redcar and Cleveland College.

6. Father (seen at [[Moussa|name]]'s flat, [[16 November|date]], in English and French). [[Issouf|name]] accepted he hit [[Salif|name]]
with his belt on [[5 November|date]] "two or three times". He said his teacher "Monsieur [[Barker|name]]" told him [[Salif|name]] is
"not trying". He did not know it was a crime in the UK and said "in [[Ouaga|place]] nobody would call the police for this". He
signed the safety plan and agreed to the parenting course at the [[Dormanstown|place]] family hub (Triple P) from [[7 January
2027|date]]. His brother [[Boukary Ouédraogo|name]] in [[Bobo-Dioulasso|place]] ([[+226 76 04 31 80|phone]]) has been told "by
someone from [[Redcar|place]]" and rang to shout at him; [[Issouf|name]] thinks it was [[Moussa|name]]'s wife, [[Djeneba|name]].

Analysis: one incident, accepted, in a family with strong care and no other concerns; cultural norms explain but do not excuse.
Outcome: child in need plan, not child protection. [[Salif|name]] back home with his father from [[23 November 2026|date]].
"""),
    ("primary school safeguarding log export (CPOMS)", """CPOMS - Incident export - [[Newcomen Primary School|school]] - student(s):
[[Salif Ouedraogo|name]], [[Awa Ouedraogo|name]]
Exported by [[A. Lord|name]] (DSL) [[20/11/2026|date]] 16:02 for children's social care

[[05/11/2026|date]] 15:20 | [[Salif Ouedraogo|name]] | Parental engagement | Reported by: [[Barker, Tom|name]]
Dad (Mr [[Ouedraogo|name]]) came in at pick-up about the report. Raised voice, said [[Salif|name]] "will be punished" and that in his
country teachers "do their job". I explained the groups. [[Salif|name]] looked frightened and held his sister's hand. Alerted:
[[A. Lord|name]]

[[06/11/2026|date]] 10:40 | [[Salif Ouedraogo|name]] | Physical injury / disclosure | Reported by: [[Whitehead, Sophie|name]]
See body map. Marks to back and thigh. "Papa used his belt." Strategy meeting 14:00. Alerted: [[A. Lord|name]], [[H. Stainthorpe|name]]
(SW)

[[06/11/2026|date]] 15:15 | [[Awa Ouedraogo|name]] | Collection | Reported by: [[Lord, Angela|name]]
[[Awa|name]] collected by mum with a lady who said she was a friend, [[Fanta|name]] ([[07416 190641|phone]]), as dad "is away".
[[Awa|name]] said "[[Sali|name]] is in trouble because of me" (she had told dad about the maths group). Reassured.

[[09/11/2026|date]] 08:45 | [[Salif Ouedraogo|name]] | Attendance | Reported by: [[Carter, Lisa|name]] (office)
Mum rang via her friend: [[Salif|name]] at the hospital for a check-up; back after lunch.

[[12/11/2026|date]] 12:30 | [[Salif Ouedraogo|name]] | Peer | Reported by: [[Barker, Tom|name]]
[[Jayden Hume|name]] (6B) called [[Salif|name]] "a refugee". [[Salif|name]] pushed him. Restorative chat; [[Jayden|name]]'s mum ([[Kerry
Hume|name]]) informed. [[Salif|name]] said the boys at the [[Coatham|place]] football club say the same.

[[19/11/2026|date]] 09:05 | [[Awa Ouedraogo|name]] | Wellbeing | Reported by: [[Rowe, Nadia|name]] (class teacher, 3R)
[[Awa|name]] drew her family and wrote "Yaaba in [[Ouaga|place]]" beside an old lady and "Tata [[Rasmata|name]]" beside a
plane. Happy. She said "Papa is coming home on Monday".
"""),
    ("father's own letter in French to the social worker, with the council's translation", """[Original, handwritten in French, scanned
[[24/11/2026|date]]; translation by [[Claire Dufour|name]], council translator, below]

[[Redcar|place]], le [[22 novembre 2026|date]]

Madame [[Stainthorpe|name]],

Je vous écris pour vous remercier et pour m'excuser. Je sais maintenant que ce que j'ai fait à mon fils [[Salif|name]] le
[[5 novembre|date]] est interdit en Angleterre. Chez nous, à [[Koudougou|place]], mon père nous frappait et nous sommes devenus
des hommes. Mais [[Salif|name]] n'est pas moi. Ma femme [[Aminata|name]] m'a dit qu'il pleurait la nuit chez [[Moussa|name]].

Je suis resté chez [[Moussa Traoré|name]] au [[11 Queen Street|address]] pendant deux semaines. Je veux rentrer chez moi, [[27 Lord
Street|address]], et je promets de suivre le cours pour les parents à [[Dormanstown|place]]. Mon frère [[Boukary|name]] à [[Bobo|place]]
dit que je suis faible. Ce n'est pas grave.

Ma belle-mère, Madame [[Mariam Compaoré|name]], habite [[Secteur 30, rue 30.217, porte 14|address]], [[Ouagadougou|place]]. Elle demande
si elle peut venir pour Noël. Son numéro : [[+226 70 84 84 00|phone]].

Respectueusement,
[[Issouf OUÉDRAOGO|name]]
[[07356 484001|phone]] - [[issouf.ouedraogo86@gmail.com|email]]

[Translation]
[[Redcar|place]], [[22 November 2026|date]]
Dear Mrs [[Stainthorpe|name]],
I am writing to thank you and to apologise. I now know that what I did to my son [[Salif|name]] on [[5 November|date]] is against
the law in England. At home, in [[Koudougou|place]], my father beat us and we became men. But [[Salif|name]] is not me. My wife
[[Aminata|name]] told me he cried at night while I was at [[Moussa|name]]'s.
I have stayed with [[Moussa Traoré|name]] at [[11 Queen Street|address]] for two weeks. I want to come home to [[27 Lord
Street|address]], and I promise to do the parents' course in [[Dormanstown|place]]. My brother [[Boukary|name]] in [[Bobo|place]]
says I am weak. It does not matter.
My mother-in-law, Mrs [[Mariam Compaoré|name]], lives at [[Sector 30, street 30.217, door 14|address]], [[Ouagadougou|place]]. She asks
whether she can come for Christmas. Her number: [[+226 70 84 84 00|phone]].
Respectfully, [[Issouf OUÉDRAOGO|name]]
"""),
]


# --- F. López / Castillo / Wilkinson family (Nicaraguan, Spanish speaking), Boosbeck -------------------------------------

HOME_F = d.Address("19 Stanghow Road", "Boosbeck", "Saltburn-by-the-Sea", "TS12 3BS")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Dayana", "Castillo López")], dt.date(2013, 2, 17), addresses=[HOME_F],
       ids=["4242539436", "J807224490866"], schools=["Freebrough Academy"]),
    _p("s", "sibling", [("Mateo", "Wilkinson")], dt.date(2024, 9, 5), addresses=[HOME_F], ids=["2114665054"]),
    _p("m", "mother", [("Yessenia", "López Rivas")], dt.date(1994, 6, 11), addresses=[HOME_F], phones=["07881 153160"]),
    _p("f", "father", [("Ernesto", "Castillo")], phones=["+505 8571 3224"]),
    _p("sf", "stepfather", [("Gary", "Wilkinson")], dt.date(1979, 10, 2), addresses=[HOME_F], phones=["07782 795409"],
       ids=["JB 52 88 41 C"]),
    _p("p1", "professional", [("Siobhan", "Hardy")], emails=["siobhan.hardy@teesmouth.gov.uk"]),
], "c")

DOCS_F = [
    ("social worker's report to an initial child protection conference", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE -
[[1 December 2026|date]], [[Redcar|place]] (hybrid)
Children: [[Dayana CASTILLO LÓPEZ|name]] (13), dob [[17/02/2013|dob]], NHS [[424 253 9436|nhs]], [[Freebrough Academy|school]], Year 9
           [[Mateo WILKINSON|name]] (2), dob [[05/09/2024|dob]], NHS [[211 466 5054|nhs]]
Address: [[19 Stanghow Road|address]], [[Boosbeck|place]], [[TS12 3BS|postcode]]
Mother: [[Yessenia LÓPEZ RIVAS|name]] (32), [[07881 153160|phone]] - Spanish speaker; interpreter needed (Nicaraguan Spanish)
Stepfather: [[Gary WILKINSON|name]] (47), dob [[02/10/1979|dob]], NI [[JB 52 88 41 C|ni]], [[07782 795409|phone]]
[[Dayana|name]]'s father: [[Ernesto CASTILLO|name]], [[Managua|place]], Nicaragua, [[+505 8571 3224|phone]] (by WhatsApp)
Author: [[Siobhan Hardy|name]], social worker ([[siobhan.hardy@teesmouth.gov.uk|email]])

1. Why we are here. On [[9 November 2026|date]] [[Dayana|name]] ran from home at 22:00 in the rain and was found by a dog walker,
Mr [[Len Tweddle|name]], on the old railway path towards [[Margrove Park|place]] at 23:40. She said she would "rather die in the
field" than go back because [[Gary|name]] "screams at Mami and takes everything". This was her third missing episode
([[11 Sept|date]], [[20 October|date]]).

2. What we know. [[Yessenia|name]] met [[Gary|name]] in [[León|place]] in 2019 when he worked on a wind farm; she came to the UK on
a spouse visa in 2021 with [[Dayana|name]], who had lived with her abuela, Doña [[Socorro Rivas|name]], in [[León|place]]. [[Gary|name]]
keeps both passports and the visa letters "in the safe at work" (he is a supervisor at the [[Boulby|place]] potash mine). He
controls the money; [[Yessenia|name]] has £20 a week. [[Dayana|name]] says he calls her mother "stupid" and "illegal", and threatens to
"send you both back to [[Managua|place]]". He does not hit them, she says, but he punched the wall by [[Mateo|name]]'s cot on
[[8 November|date]]. [[Gary|name]] says [[Dayana|name]] is "out of control" and that [[Yessenia|name]]'s cousin [[Jasson|name]] in
[[San José|place]], Costa Rica, "fills her head".

3. The children's voices. [[Dayana|name]]: "I want to live with Abuela [[Coco|name]] in [[León|place]], or with my dad. [[Mateo|name]] is
the only good thing in this house." [[Mateo|name]] is a happy, well-attached toddler who goes to [[Boosbeck Bumblebees|school]] nursery on
Mondays and Thursdays.

4. Recommendation: child protection plans for both children under the category of emotional abuse; a referral to the Harbour
outreach service for [[Yessenia|name]]; immigration advice (the domestic violence concession) through North East Law Centre;
[[Dayana|name]]'s return home interview by [[Jess Mowbray|name]] of the [[Redcar|place]] missing team.
"""),
    ("legal planning meeting minutes", """LEGAL PLANNING MEETING - MINUTES (legally privileged)
Re: [[Dayana Castillo López|name]] ([[17.02.2013|dob]]) and [[Mateo Wilkinson|name]] ([[05.09.2024|dob]])
Date: [[10 December 2026|date]]    Present: [[Ruth Sowerby|name]] (TM, chair); [[Siobhan Hardy|name]] (SW); [[Priya Nandra|name]] (council
solicitor); [[Andrew Bellwood|name]] (Head of Service)

1. Update since the conference ([[1 December|date]]). Both children are on CP plans (emotional abuse). On [[4 December|date]]
[[Dayana|name]] went missing again and was found by BTP at [[Darlington|place]] station with £340 and a printout of flights to
[[Managua|place]] from Heathrow via [[Madrid|place]]. The money came from her father, [[Ernesto|name]], through Western Union to a
school friend's mother, Mrs [[Lynn Stockdale|name]] of [[Lingdale|place]], who says she "didn't know what it was for". Her daughter
[[Amelia|name]] is in [[Dayana|name]]'s tutor group.
2. The mother. [[Yessenia|name]] left [[Gary|name]] on [[6 December|date]] with [[Mateo|name]] and is at a refuge in
[[Middlesbrough|place]]
(address withheld). [[Dayana|name]] refused to go and is with a friend's family, [[Tom|name]] and [[Julie Rudd|name]], at
[[3 Ings Lane|address]], [[Guisborough|place]], under a private arrangement the mother agreed. [[Gary|name]] still holds both passports.
3. The father. [[Ernesto Castillo|name]] says he will apply in [[Managua|place]] for [[Dayana|name]] to live with him. He has not seen her
since 2019. His partner is [[Karla Jirón|name]]; they live in [[Ciudad Sandino|place]]. He sent an address: [[Del Colegio Rubén Darío,
2 cuadras al lago, casa 41|address]]. [[Priya|name]] advised that the Nicaraguan Central Authority cannot be used as Nicaragua is
not a Hague Convention country for this purpose, and that a prohibited steps order would stop removal.
4. Grandmother. Doña [[Socorro Rivas|name]] ([[+505 8340 0678|phone]]), [[Reparto Fundeci|place]], [[León|place]]: says [[Dayana|name]]
can live with her "hasta que se case", and that [[Yessenia|name]]'s sister [[Karla López|name]] in [[Masaya|place]] will help.

Decision: threshold for care proceedings not yet met for [[Mateo|name]]; for [[Dayana|name]], issue an application for a
prohibited steps order and seek [[Gary|name]]'s handing over of the passports; s20 accommodation with the [[Rudds|name]] if the
arrangement breaks down. Review [[7 January 2027|date]].
"""),
    ("WhatsApp chat in Spanish between a girl and her grandmother, typed up with a translation", """WhatsApp chat exported from
[[Dayana|name]]'s phone (shown to [[S. Hardy|name]] by [[Dayana|name]] on [[28/11/2026|date]], copied with her
agreement). Contact saved as "Abuelita ❤️" ([[+505 8340 0678|phone]]). Translation by [[Lucía Montes|name]], interpreter, in [brackets].

[[25/11/26|date]], 19:02 - Abuelita ❤️: mi amor como estas? ya comiste? [my love how are you? have you eaten?]
[[25/11/26|date]], 19:05 - [[Dayana|name]]: si abue. el [[gary|name]] grito otra vez a mi mami por la plata [yes gran. [[gary|name]]
shouted at my mum again about the money]
[[25/11/26|date]], 19:05 - [[Dayana|name]]: dice q nos va a mandar de regreso a [[managua|place]] [he says he's going to send us back to
[[managua|place]]]
[[25/11/26|date]], 19:07 - Abuelita ❤️: ay Dios. y tu mama q dice? decile a la [[yessi|name]] q me llame [oh God. and what does your
mum say? tell [[yessi|name]] to ring me]
[[25/11/26|date]], 19:08 - [[Dayana|name]]: no tiene saldo. el tiene el pasaporte en el trabajo en [[boulby|place]] [she has no credit.
he has the passport at work at [[boulby|place]]]
[[25/11/26|date]], 19:10 - Abuelita ❤️: tu papa [[neto|name]] dice q te puede mandar plata. no le digas a nadie [your dad [[neto|name]]
says he can send you money. don't tell anyone]
[[25/11/26|date]], 19:11 - [[Dayana|name]]: mi amiga [[amelia|name]] dice q su mama puede recibir [my friend [[amelia|name]] says her
mum can receive it]
[[25/11/26|date]], 19:14 - Abuelita ❤️: la tia [[karla|name]] te espera en [[masaya|place]] y el primo [[jasson|name]] en costa rica
tambien [aunt [[karla|name]] is waiting for you in [[masaya|place]] and cousin [[jasson|name]] in costa rica too]
[[26/11/26|date]], 07:30 - Abuelita ❤️: te mande la foto de la casa de tu papa, [[del colegio ruben dario 2 c al lago|address]] [I sent
you the photo of your dad's house, [[from the ruben dario school 2 blocks towards the lake|address]]]
[[26/11/26|date]], 07:41 - [[Dayana|name]]: ok. te amo abue. cuando sea el [[17 de febrero|dob]] voy a estar alla [ok. love you gran.
by the [[17th of February|dob]] I'll be there]

Notes by the social worker: "Abuelita" and "abue" are what [[Dayana|name]] calls her grandmother, Doña [[Socorro Rivas|name]];
"[[yessi|name]]" is [[Yessenia|name]]; "[[neto|name]]" is [[Ernesto Castillo|name]]. [[Dayana|name]]'s birthday is the
[[17th of February|dob]]; she will be 14.
"""),
    ("pupil's concern form from Google Forms, with the pastoral response sheet", """[[Freebrough Academy|school]] - "Worried about a
student?" form - response exported from Google Sheets ([[12/11/2026|date]] 08:15)

Timestamp: [[11/11/2026|date]] 21:47:03
Email address: [[amelia.stockdale@freebrough.example.org.uk|email]]
Your name (you can leave this blank): [[amelia s|name]] 9W
Who are you worried about? (name and form): [[dayana castillo|name]] 9C (she goes by [[Day|name]] or [[Yana|name]])
What happened? (tell us as much as you can):
[[Day|name]] told me at lunch that her stepdad [[Gary|name]] locked her out on saturday night and she slept in the bus shelter
by the [[Boosbeck|place]] chippy till her mum let her in at 2. She said she is going to get to her dad in Nicaragua before
christmas and she has money coming. I'm scared shes going to go on her own. Her nan lives in [[Leon|place]] there and her
auntie in [[Masaya|place]]. She showed me the flights on her phone. PLEASE dont say it was me, my mum ([[Lynn|name]]) is already
involved because the money might come to our house at [[7 Moorsholm Way|address]] [[Lingdale|place]] [[TS12 3EY|postcode]]
When did it happen? (date): [[7th nov|date]]
Have you told anyone else?: Miss [[Whitby|name]] (form tutor) - no i havent yet
Can we contact you? (phone or email): [[07296 721558|phone]]

--- Response sheet (pastoral team) ---
Triaged by: [[Charlotte Whitby|name]] (Head of Year 9), [[12/11/2026|date]] 08:20 | DSL: Mr [[Neil Oughtred|name]]
Actions: [[Dayana|name]] seen 08:45 by Mr [[Oughtred|name]]; MASH/SW [[Siobhan Hardy|name]] rang 09:10; [[Amelia Stockdale|name]] seen
10:00, reassured, no contact with her mum to be made by school without her knowing. Parent contact: not the stepfather. Mother rang
via LanguageLine (interpreter no. 40911) at 11:30 - [[Yessenia|name]] confirmed the lock-out. Head of Year [[C. Whitby|name]] to check
in each morning (the "Miss [[Whitby|name]]" [[Amelia|name]] names is her own form tutor in 9W, Ms [[Hannah Whitby|name]], no relation).
Next review [[19/11/2026|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 121 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:49 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "tonton", "tata", "tantie", "maman", "papa", "mama", "yaaba", "abuela",
           "abuelita", "abuelo", "tía", "tia", "tío", "tio", "doña", "don", "señora", "profe", "madame", "monsieur", "m.", "mme"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "north yorkshire", "yorkshire", "cleveland",
               "east cleveland", "teesside", "tees valley", "the north east", "north east", "county durham", "burkina faso",
               "burkina", "le burkina", "faso", "france", "côte d'ivoire", "ivory coast", "mali", "ghana", "africa",
               "west africa", "nicaragua", "nica", "costa rica", "central america", "spain", "europe", "usa", "mexico"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words and counties, regions and
# countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
