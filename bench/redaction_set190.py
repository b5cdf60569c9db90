"""Set 190: a held-out hand-written set for the redaction detector, six more invented families in north Cumbria, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set191.py to bench/redaction_set193.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set181.py (its first family's opening, its last documents and its closing lines: _PAIRS, NAME, _TITLES,
_AFTER, _NOT_PLACES, HandSet) and tests/test_redaction_set181.py in full, which follow set 21's conventions; bench/redaction_set21.py
and its test were not opened (set 181's text, which copies them, served as the model). The docstrings of bench/redaction_set7.py
to bench/redaction_set189.py were searched by a script (ast.get_docstring, printing only the set numbers that hold a word) for
the towns, districts and communities used here; none of Cockermouth, Wigton, Silloth, Harris Park, Papcastle, Highmoor,
Abbeytown, Skinburness or Karakalpak was found (Aspatria, Uzbek, Carlisle, Workington, Maryport and Keswick were, so none of
them is a family's home here). A grep of bench/redaction_handwritten.py for `_party` also showed the `_party` lines of its
example records. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in
the gold marking is found after scoring, correct only the marking and say so here.

Written against the clock: the documents were first drafted short and then lengthened by added paragraphs; they are four per
family as asked, but shorter and plainer than set 181's.

Six families, each in a district or village no earlier docstring showed as a family's home: a young white British mother on
Harris Park, Cockermouth, with a nana in Great Broughton and a father in Maryport (Tyson / Pape; neglect and domestic abuse, a
baby with nappy rash, a child protection plan); a white British family in Papcastle (Fearon; a mother's depression and
drinking, a father working offshore, a boy of 13 who rang 999); a Karakalpak family (a Turkic people of Karakalpakstan, the
autonomous republic in north-west Uzbekistan) from Nukus on Highmoor, Wigton (Seytmuratov / Dauletbaeva; a father's belt,
a grandmother in Nukus and a forced marriage fear for a girl of 15, a family chat in Karakalpak translated); a white British
girl of 15 in Silloth (Irving / Hodgson; missing to Carlisle, criminal exploitation, a mother's letter); a white British
family in Abbeytown with a disabled boy of 7 (Glendinning; autism and epilepsy, short breaks, a mother's 3 a.m. voice note);
and a young carer of 12 in Skinburness (Bell; a mother with COPD on oxygen, a pharmacist's concern, attendance). The
community Karakalpak did not appear in any earlier docstring searched. 24 documents, each with its own style label: a primary
school welfare log, a mother's texts typed up, initial conference decisions, a health visitor's note, a GP's email, a child's
own writing, a social worker's phone notes, child in need review minutes, a school DSL referral form, a family chat in
Karakalpak with translation, a police domestic abuse log, strategy discussion minutes, a return home interview, a Snapchat
extract, contextual safeguarding panel minutes, a mother's letter, a short breaks application, a voice note transcribed, an
OT home assessment, short breaks panel minutes, a young carers' assessment, an attendance officer's letter, a scanned form
with OCR misreadings and a pharmacy phone log.

Invented: every person, house number, street in a home address, phone number, NHS number, UPN, NI number, email address and
vehicle registration. Phones are valid (phonenumbers), UK and foreign (Uzbekistan, +998); NHS numbers and UPNs (LA 909) pass
their check digits. The Karakalpak lines were written for this set and may not be idiomatic. The council (Cumberland), its
partnership, Hawthorn House, the surgeries and the pharmacies are unmarked organisations; towns, villages, districts and estates
are real and marked as places.

Markup and conventions: exactly those of bench/redaction_set21.py as set 181 shows them. Titles and kinship words stay outside a
name (Mr, Mrs, Ms, Miss, Dr, PC, DS, Imam, nana, mam, Granda, auntie, uncle, and the Karakalpak "Apa" (mother) and "Ájapa"
(grandmother)); a chat sender written as a kinship word ("Apa") is not a name; "SURNAME, First" is one span ("TYSON, Kacey",
"SEYTMURATOVA, Aygul"); usernames ("krr_99", "t.xx_") are not marked; a pet's name ("Bramble") is not marked; a neighbour's bare
house number ("no. 31", "no 29") is an address; "the B5302" is a road and not marked; organisations holding a town's name stay
unmarked ("Cockermouth School" is a school and marked as one); countries, counties and regions ("Uzbekistan", "Cumbria",
"Allerdale") are not places; an OCR misreading keeps its kind ("l4/11/2O26" a date, "Sklnburness" a place, "Joanne BeIl" a name).

Choices this set had to make: a Karakalpak name with a case ending glued to it ("Nókiske", "Milliege") marks only the name
("Nókis" a place, "Millie" a name) and leaves the suffix out; a shop or chain named by its town in lower-case words ("the
Silloth Co-op") marks the town; "Manchester airport" marks Manchester, as a station named by its town does; a nickname used in
quotes ("Deano", "Scouse Phil") is a name; "Lakes College" is marked as a school.

Self-check without the detector: `python -m bench.redaction_set190` (and tests/test_redaction_set190.py) runs set 15's
checker on this set with this set's titles, kinship words and regions, and prints the number of documents and gold spans per
kind: 24 documents, 902 gold spans, 513 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tyson / Pape family (white British), Harris Park, Cockermouth ----------------------------------------------------

HOME_A = d.Address("27 Harris Park Road", "Harris Park", "Cockermouth", "CA13 9BX")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kacey", "Tyson")], dt.date(2018, 4, 11), addresses=[HOME_A], ids=["4400437329", "W909207612769"],
       schools=["Fairfield Primary School"]),
    _p("s", "sibling", [("Reggie", "Pape")], dt.date(2023, 1, 30), addresses=[HOME_A], ids=["4904960351"]),
    _p("m", "mother", [("Chelsea", "Tyson")], dt.date(1998, 12, 5), addresses=[HOME_A], phones=["07788 214 903"]),
    _p("f", "father", [("Lewis", "Pape")], dt.date(1996, 7, 22), phones=["07954 610 382"], ids=["JR 48 26 13 C"]),
], "c")

DOCS_A = [
    ("primary school welfare log", """FAIRFIELD PRIMARY - WELFARE LOG (CPOMS export)
Pupil: [[TYSON, Kacey|name]]  DOB [[11/04/2018|dob]]  UPN [[W909207612769|upn]]  Y3
Home: [[27 Harris Park Road|address]], [[Harris Park|place]], [[Cockermouth|place]] [[CA13 9BX|postcode]]
Mum [[Chelsea Tyson|name]] [[07788 214 903|phone]]; dad [[Lewis Pape|name]] [[07954 610 382|phone]] (not at home)

[[07/09/2026|date]] [[Kacey|name]] came in with no coat, nits, same socks as Friday. Mrs [[Hindmarsh|name]] informed.
[[14/09/2026|date]] Collected 40 mins late by a neighbour, [[Denise Burrow|name]] of [[no. 31|address]]. Said mum "in bed".
[[21.9.26|date]] [[Kacey|name]] told TA [[Jess Armstrong|name]] that "[[Lewis|name]] punched the door and mammy cried". Logged by
[[J. Armstrong|name]]. DSL Mr [[Crosthwaite|name]] phoned mum, no answer.
[[22/09/2026|date]] Mum rang at 8.50 from [[07788 214 903|phone]]: [[Kacey|name]] "stopping at nana [[Lorraine|name]]s" tonight.
[[23 Sept|date]] Mum came in with [[Reggie|name]] in the pram; [[Reggie|name]] had a sore nappy rash, grey vest. MASH contacted.
[[30/09/2026|date]] SW [[Rhiannon Dixon|name]] allocated. [[Kacey|name]] said she "stays at Nana [[Lorraine|name]]'s in
[[Great Broughton|place]] at weekends".
[[12th Oct|date]] [[Kacey|name]] hungry, ate two breakfasts at breakfast club (Mrs [[Tiffin|name]]).
[[19/10/2026|date]] [[Kacey|name]] said dad's car (silver Corsa [[PN19 KXW|vehicle]]) was outside the house "in the dark" on the
[[17th|date]]. Passed to [[Rhiannon|name]] ([[rhiannon.dixon@cumberland.gov.uk|email]]).
[[2/11/26|date]] Absent. Home visit by Mr [[Crosthwaite|name]] with [[Jess|name]]: curtains shut, [[Chelsea|name]] answered
at 11.20, said [[kacey|name]] had a temp. Smell of cannabis.
[[5.11.26|date]] Lunchtime: [[Kacey|name]] told Mrs [[Tiffin|name]] that "[[Chelsea|name]] and [[Kerry|name]] was drinking cans" and that
[[Reggie|name]] cried "all night". Told [[Rhiannon|name]] at 13.05; [[Rhiannon|name]] visited [[Harris Park|place]] at 15.30.
[[9/11/2026|date]] [[Kacey|name]]'s friends [[Isla Musgrave|name]] and [[Poppy-Jo Wren|name]] are her lunchtime buddies.
[[16/11/2026|date]] [[Kacey|name]] said "[[Lewis|name]] came to nana [[Lorraine|name]]'s and shouted at [[Reggie|name]]". Nana's address
given as [[6 Fitz Road|address]], [[Great Broughton|place]] [[CA13 0YD|postcode]]. Told [[rhiannon|name]] by phone at 12.10.
[[23.11.26|date]] Mr [[Crosthwaite|name]] met [[Chelsea|name]]; she has moved [[Reggie|name]]'s cot into her room. Aunt [[Jade Tyson|name]]
from [[Dearham|place]] staying till the [[30th|date]].
"""),
    ("mother's text messages to the health visitor typed up", """texts from [[Chelsea Tyson|name]] to HV [[Gemma Bowe|name]], copied
[[04/11/26|date]]

Mon [[26 Oct|date]] 08:12  hiya its [[chelsea|name]] [[reggies|name]] mam. can u come tmrw not today [[lewis|name]] might come round
Mon [[26 Oct|date]] 08:13  hes not meant to b here i no
Tue [[27 Oct|date]] 19:40  [[reggie|name]] wont take his bottle. my mam [[lorraine|name]] says take him to the docs in [[cockermouth|place]]
Wed [[28 Oct|date]] 23:02  [[lewis|name]] was outside in his car again. i rang [[kerry|name]] at [[no 29|address]] to sit with me
Thu [[29 Oct|date]] 10:15  sorry [[gemma|name]] i was asleep. [[kacey|name]] at school. come fri? im at [[harris park|place]] all day
Fri [[30 Oct|date]] 07:55  my new number is [[07412 885 017|phone]] dont give it [[lewis|name]] or his mam [[tracy|name]] in
[[maryport|place]]
Fri [[30 Oct|date]] 12:20  [[kerry|name]] seen [[lewis|name]] in [[cockermouth|place]] main st wiv [[dale|name]]. im scared [[gem|name]]
Sat [[31 Oct|date]] 09:05  [[kacey|name]] at nanas in [[great broughton|place]] till sun. [[reggie|name]] had 6oz
Mon [[2 Nov|date]] 08:30  [[kacey|name]] poorly. tell mr [[crosthwaite|name]] pls
"""),
    ("initial child protection conference decisions", """CUMBERLAND SAFEGUARDING CHILDREN PARTNERSHIP - ICPC DECISIONS
Children: [[Kacey Tyson|name]] ([[11 April 2018|dob]]), [[Reggie Pape|name]] ([[30 January 2023|dob]], NHS [[490 496 0351|nhs]])
Date: [[12 November 2026|date]], Wigton Road offices, [[Carlisle|place]]. Chair: [[Alison Tweddle|name]]
Present: [[Chelsea Tyson|name]] (mother, [[05/12/1998|dob]]) with her mum [[Lorraine Tyson|name]]; [[Rhiannon Dixon|name]] (SW); Mr [[Paul
Crosthwaite|name]] (DSL, [[Fairfield|school]]); HV [[Gemma Bowe|name]]; PC [[Stuart Nixon|name]], Cumbria Police.
[[Lewis Pape|name]] (father, NI [[JR 48 26 13 C|ni]]) invited, did not attend; he is living with his mother [[Tracy Pape|name]]
at [[14 Camp Road|address]], [[Maryport|place]] [[CA15 6JN|postcode]].
Decision: both children subject to a plan (neglect; [[Kacey|name]] also emotional abuse).
[[Lewis|name]] not to come to [[Harris Park Road|address]] or to nana [[Lorraine|name]]'s at [[6 Fitz Road|address]],
[[Great Broughton|place]]. Core group [[19/11/2026|date]] at school, 3.30pm.
Review: [[11 February 2027|date]]. Minutes: [[Sue Hodgson|name]]. Distribution: [[Alison Tweddle|name]]; [[Rhiannon Dixon|name]];
[[Paul Crosthwaite|name]]; [[Gemma Bowe|name]]; PC [[Stuart Nixon|name]]; Dr [[Fell|name]] (GP, [[Cockermouth|place]]).
[[Kacey|name]]'s wishes (through Mr [[Crosthwaite|name]]): to stay with mam and [[Reggie|name]], to see nana every weekend.
Mother's view: [[Chelsea|name]] said [[Lewis|name]] "was never like this before [[Maryport|place]]"; she wants [[Reggie|name]] at nursery
([[Little Owls|school]], [[Cockermouth|place]]). Grandmother's view: [[Lorraine Tyson|name]] ([[01900 826 977|phone]]) will have both
children on Saturdays. HV: [[Reggie|name]]'s weight fine. Police: two call-outs, [[4 July 2026|date]] and [[28/10/2026|date]]
(neighbour [[Kerry Lowther|name]] rang). Core group members: [[Chelsea|name]], [[Lorraine|name]], [[Rhiannon|name]], [[Paul|name]],
[[Gemma|name]], nursery manager [[Sandra Pickering|name]].
"""),
    ("health visitor's home visit note", """HV contact - [[Reggie PAPE|name]] - NHS [[4904960351|nhs]] - [[06/11/2026|date]]
Seen at [[27 Harris Pk Rd|address]] with mum [[Chelsea|name]]. [[Reggie|name]] 10.2kg, nappy area improving. Home cluttered, dog
mess in the yard. Mum tearful, says [[Lewis|name]] left a note on the car on [[Oct 28th|date]]. Mum's friend [[Kerry Lowther|name]]
from next door ([[29 Harris Park Rd|address]]) present, helping; her son [[Mason|name]] plays with [[Kacey|name]]. Nan [[Lorraine|name]]
comes over from [[Great
Broughton|place]] on the bus. Advised GP for mum's low mood (Dr [[Fell|name]]). Next visit [[20.11.26|date]]. [[Kacey|name]] home from
school at 3.40 with [[Kerry|name]]'s daughter [[Lily-Mae Lowther|name]]; [[Kacey|name]]
said "[[Reggie|name]] is my baby" and showed me her bedroom (no bedding; mum says it is in the wash). [[Chelsea|name]]'s mam
[[Lorraine|name]]
bringing a duvet on Sat [[7th|date]]? - see next visit.
[[G. Bowe|name]] HV, [[01900 822 940|phone]]. Shared with [[Rhiannon|name]] [[9/11|date]] and [[Jess Armstrong|name]].
Addendum [[13/11/2026|date]]: [[Chelsea|name]] rang, [[Lewis|name]]'s mum [[Tracy|name]] turned up at [[Harris Park|place]] on the
[[11th|date]]
asking for [[Reggie|name]]'s red book. [[Kerry|name]] sent her away. [[Chelsea|name]] says [[Lewis|name]] is now "stopping with
[[Dale Tyrer|name]] in [[Seaton|place]]". Told [[Rhiannon Dixon|name]] and PC [[Nixon|name]]. [[Kacey|name]] drew [[Lewis|name]]'s car for
[[Jess Armstrong|name]] on the [[12th|date]].
"""),
]


# --- B. Fearon family (white British), Papcastle, near Cockermouth ---------------------------------------------------------

HOME_B = d.Address("3 Belle Vue Cottages", "Papcastle", "Cockermouth", "CA13 0NT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Finlay", "Fearon")], dt.date(2013, 2, 19), addresses=[HOME_B], ids=["5800192782", "P909234315213"],
       schools=["Cockermouth School"]),
    _p("s", "sibling", [("Esme", "Fearon")], dt.date(2016, 8, 3), addresses=[HOME_B], ids=["5983367080"]),
    _p("m", "mother", [("Helen", "Fearon")], dt.date(1984, 3, 14), addresses=[HOME_B], phones=["07836 290 441"]),
    _p("f", "father", [("Gareth", "Fearon")], dt.date(1981, 10, 9), addresses=[HOME_B], phones=["07591 403 628"]),
], "c")

DOCS_B = [
    ("GP safeguarding email", """From: Dr [[Anna Whiteside|name]] <[[anna.whiteside@nhs.net|email]]>
To: MASH Cumberland
Date: [[3 November 2026|date]]
Subject: [[Helen FEARON|name]], DOB [[14/03/1984|dob]] - children [[Finlay|name]] and [[Esme|name]]

I saw Mrs [[Fearon|name]] today at the surgery in [[Cockermouth|place]]. She has stopped her sertraline and told me she is
drinking a bottle of wine most nights. Her husband [[Gareth|name]] works away on the wind farm boats out of [[Workington|place]]
and is home one week in three. [[Finlay|name]] (13, NHS [[580 019 2782|nhs]]) rang 999 on [[31st October|date]] when his mum
fell on the stairs at [[3 Belle Vue Cottages|address]], [[Papcastle|place]]. Paramedic [[Owen Scott|name]] attended.
[[Esme|name]] (10) was put to bed by [[Finlay|name]]. Mum agrees to a referral. Mobile [[07836 290 441|phone]].
[[Esme|name]] is at [[All Saints|school]] in [[Cockermouth|place]]; [[Finlay|name]] at [[Cockermouth School|school]]. Their aunt
[[Rachel Iredale|name]]
([[Brigham|place]]) is supportive. [[Helen|name]]'s previous GP was Dr [[Moffat|name]] in [[Keswick|place]] until [[1 March 2019|date]].
Dr [[A. Whiteside|name]]
"""),
    ("child's own writing for the social worker", """[[Finlay Fearon|name]] - what I want you to know - wrote on [[10/11|date]]

my mum is nice when shes not sad. when she drinks she forgets tea so I do pasta for me and [[esme|name]].
dad rings from the boat on sundays. I dont tell him cos he gets stressed. i like [[Cockermouth School|school]] and
football at the Harris park pitch wiv [[Alfie|name]] and [[Jack T|name]]. Mr [[Bewley|name]] is my tutor he is safe.
the worst night was halloween when mum fell. Mrs [[Carruthers|name]] next door came. i want mum to go to the doctors
and dad to be home more. please dont tell Granda [[Ken|name]] in [[keswick|place]] he will shout at mum.
auntie [[rachel|name]] in [[brigham|place]] is fun she has chickens. I would go there if mum was bad agen.
from [[Fin|name]] age 13 (my mate [[jack thompson|name]] helped me spell)
"""),
    ("social worker's phone call notes", """phone notes - [[Fearon|name]] - SW [[Naomi Graves|name]]
[[11/11/26|date]] 09.40 rang [[Gareth Fearon|name]] ([[07591 403 628|phone]]) on the vessel. He is back Sat [[14th|date]]. Says
[[Helen|name]] "was fine in summer". Did not know about the 999 call. His dad [[Ken Fearon|name]] lives [[4 Lake Road|address]],
[[Keswick|place]] [[CA12 5BX|postcode]] - could help? Mum's sister [[Rachel Iredale|name]] in [[Brigham|place]], [[01900 826 413|phone]].
[[11/11/26|date]] 09.55 rang [[Helen|name]]'s sister-in-law? no - [[Gareth|name]]'s sister [[Lynne Fearon|name]], [[Dearham|place]], not
answering.
[[11/11/26|date]] 10.15 rang [[Helen|name]]: tearful, agreed to see recovery service (worker [[Dave Sharp|name]]).
[[11/11/26|date]] 14.00 [[Cockermouth School|school]] - Mr [[Bewley|name]]: [[Finlay|name]] late 9 times, UPN
[[P909234315213|upn]]. [[Esme|name]]'s school ([[All Saints|school]]) - Mrs [[Lindsay|name]], no worries; [[Esme|name]]'s friend
[[Ava Pharaoh|name]]'s mum
[[Claire|name]] has had her for tea most Thursdays ([[Claire Pharaoh|name]], [[Papcastle|place]], [[07809 331 640|phone]]).
[[13/11|date]] [[Rachel|name]] rang back, will have the kids at [[brigham|place]] on [[the 20th|date]].
[[16/11|date]] [[Helen|name]] texted from [[07836 290 441|phone]]: "[[gareth|name]] home, [[fin|name]] ok, [[ez|name]] at [[rachels|name]]".
[[17/11|date]] Dr [[Whiteside|name]] - [[Helen|name]] restarted meds on [[16th|date]]. [[Finlay|name]]'s NHS [[5800192782|nhs]].
"""),
    ("child in need plan review minutes", """CHILD IN NEED REVIEW - [[FEARON, Finlay|name]] and [[Esme|name]] ([[3 August 2016|dob]], NHS
[[598 336 7080|nhs]]) - [[24 November 2026|date]] at home, [[Papcastle|place]]
Present: [[Helen|name]] and [[Gareth Fearon|name]] ([[07591 403 628|phone]]); [[Naomi Graves|name]] (SW); [[Dave Sharp|name]] (recovery
worker); Mr
[[Simon Bewley|name]] ([[Cockermouth School|school]]); aunt [[Rachel Iredale|name]].
Progress: [[Helen|name]] attending groups in [[Workington|place]] Tuesdays, alcohol down; [[Dave|name]] says she has missed
one ([[17/11|date]]). [[Gareth|name]]'s dad [[Ken|name]] visited from [[keswick|place]] on [[21st November|date]] - [[Helen|name]] said it
went ok. [[Gareth|name]] asked his firm to move
him to day shifts from [[4 Jan|date]]. [[Finlay|name]] joined the young carers' club (worker [[Kirsty Holliday|name]]).
Next review [[19/01/2027|date]]. Copies: [[Helen|name]], [[Gareth|name]], [[Rachel Iredale|name]], Dr [[Whiteside|name]],
[[Kirsty Holliday|name]],
Mrs [[Lindsay|name]] ([[All Saints|school]]), [[Simon Bewley|name]]. Family address for letters: [[3 Belle Vue Cotts|address]],
[[Papcastle|place]]
[[CA13 0NT|postcode]]. [[Finlay|name]] and [[Esme|name]] were seen alone by [[Naomi|name]] on [[20 Nov|date]] at [[Rachel|name]]'s in
[[Brigham|place]]. Neighbour Mrs [[Carruthers|name]] ([[no. 4|address]]) agreed to be emergency contact.
[[Finlay|name]]'s view (read by [[Naomi|name]]): "better since dad is home. [[Esme|name]] still gets scared." [[Esme|name]] drew mum, dad,
[[Fin|name]], Granda [[Ken|name]] and the dog, Bramble (a pet's name is not marked).
"""),
]


# --- C. Seytmuratov / Dauletbaeva family (Karakalpak, from Nukus, Uzbekistan), Highmoor, Wigton --------------------------

HOME_C = d.Address("8 Highmoor Crescent", "Highmoor", "Wigton", "CA7 9LS")
GRAN_C = d.Address("Dosnazarov ko'shesi 15", "", "Nukus", "230100")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Aygul", "Seytmuratova")], dt.date(2011, 9, 6), addresses=[HOME_C], ids=["5117368657", "K909222717403"],
       schools=["Nelson Thomlinson School"]),
    _p("s", "sibling", [("Berdakh", "Seytmuratov")], dt.date(2017, 5, 25), addresses=[HOME_C], ids=["5194502583"]),
    _p("m", "mother", [("Gulnara", "Dauletbaeva")], dt.date(1988, 1, 17), addresses=[HOME_C], phones=["07725 118 394"]),
    _p("f", "father", [("Jumabay", "Seytmuratov")], dt.date(1983, 6, 2), addresses=[HOME_C], phones=["07809 552 716"]),
    _p("g", "grandparent", [("Ayimxan", "Dauletbaeva")], addresses=[GRAN_C], phones=["+998 61 222 45 78"]),
], "c")

DOCS_C = [
    ("school DSL referral form", """REFERRAL TO CHILDREN'S SERVICES - [[Nelson Thomlinson School|school]], [[Wigton|place]]
Young person: [[SEYTMURATOVA, Aygul|name]]  DOB [[06/09/2011|dob]]  UPN [[K909222717403|upn]]  Y10
Address: [[8 Highmoor Crescent|address]], [[Highmoor|place]], [[Wigton|place]] [[CA7 9LS|postcode]]
Parents: [[Gulnara Dauletbaeva|name]] (mother, [[07725 118 394|phone]]), [[Jumabay Seytmuratov|name]] (father, [[07809 552 716|phone]])
Language: Karakalpak, Russian, some Uzbek. Also known as "[[Ayka|name]]" at school; brother [[Berdakh|name]] at
[[Thomlinson Junior|school]]. Interpreter needed for mum (Russian).
Concern: on [[16 November 2026|date]] [[Aygul|name]] told her form tutor Ms [[Rigg|name]] that her father hit her mother
"with the belt" on Saturday [[14th|date]] and that she is to be sent to her grandmother in [[Nukus|place]] "to be married after
exams". She showed a bruise on her wrist. Her friend [[Millie Stoddart|name]] was present.
[[Aygul|name]] says her brother [[Berdakh|name]] (9) hides in the bathroom. Uncle [[Saparbay|name]] lives in [[Carlisle|place]].
Background: family came from [[Nukus|place]] via [[Moscow|place]] in 2021; dad works at the food factory in [[Wigton|place]], mum
cleans at the [[Silloth|place]] caravan park. [[Aygul|name]] is doing well; she wants to be a nurse. Her best friends are [[Millie|name]]
and [[Sofia Brannan|name]]. Ms [[Rigg|name]] says [[Aygul|name]] was off on [[9 Nov|date]] and [[10 Nov|date]] "helping mum".
Seen by: [[Helen Rigg|name]], [[Mark Lightfoot|name]], nurse [[Beth Wills|name]] at 12:30 on [[16/11|date]].
Referred by: [[Helen Rigg|name]] / DSL [[Mark Lightfoot|name]], [[01697 342 118|phone]], [[16/11/2026|date]] 13:05.
"""),
    ("family chat in Karakalpak with translation", """WhatsApp extract shown by [[Aygul|name]] on [[17/11/2026|date]], translated by
interpreter
[[Dilnoza Yusupova|name]] (Karakalpak/English)

[[15.11.26|date]] 22:10 Apa: [[Aygul|name]], ákeń ashıwlı. Bólmeńde otır. [[Berdakh|name]] menen.
   (Mum: [[Aygul|name]], your father is angry. Stay in your room. With [[Berdakh|name]].)
[[15.11.26|date]] 22:14 [[Aygul|name]]: apa sen jaqsısań ba? polisiyağa qońıraw qılayın ba
   ([[Aygul|name]]: mum are you ok? shall I call the police)
[[15.11.26|date]] 22:15 Apa: joq. [[Saparbay|name]] ağań keledi.
   (Mum: no. Uncle [[Saparbay|name]] is coming.)
[[15.11.26|date]] 23:40 [[Aygul|name]]: [[Millie|name]]ge jazdım. ol [[Rigg|name]] muğallimge aytadı.
   ([[Aygul|name]]: I wrote to [[Millie|name]]. she will tell teacher [[Rigg|name]].)
[[16.11.26|date]] 07:02 Ájapa [[Ayimxan|name]] ([[+998 61 222 45 78|phone]]): [[Nókis|place]]ke kel, qızım. Bári tayar.
   (Grandma [[Ayimxan|name]]: come to [[Nukus|place]], my girl. All is ready.)
"Apa" (mother) and "Ájapa" (grandmother) are kinship words, not names.
"""),
    ("police domestic abuse incident log", """CUMBRIA POLICE - DA INCIDENT - [[16/11/2026|date]] 18:40
Location: [[8 Highmoor Cres|address]], [[Wigton|place]]. Victim: [[Gulnara DAULETBAEVA|name]] ([[17/01/1988|dob]]).
Suspect: [[Jumabay SEYTMURATOV|name]] ([[02/06/1983|dob]]), vehicle grey Octavia [[PX67 RJV|vehicle]].
Attending: PC [[Lauren Tinnion|name]], PC [[Gav Messenger|name]]. Interpreter by phone ([[Irina|name]], Russian; ref via
[[Olga Petrenko|name]]).
Victim states husband struck her with a belt on [[14/11|date]] and took her passport. She says this began in [[Nukus|place]]
and got worse after they moved from [[Carlisle|place]] ([[Harraby|place]]) to [[Wigton|place]] last spring. Victim's friend [[Nodira|name]]
([[Aspatria|place]])
and daughter [[Aygul|name]] (15) gave first accounts; PC [[Tinnion|name]] spoke to [[Aygul|name]] at 19:50 with [[Nodira Karimova|name]].
Children [[Aygul|name]] and [[Berdakh|name]]
present. Suspect arrested 19:25, taken to [[Carlisle|place]]. DASH high. MARAC referral. Brother-in-law [[Saparbay
Seytmuratov|name]] attended, asked to leave. Neighbour Mr [[Glaister|name]] ([[no. 10|address]]) heard shouting at 18:20; his wife
[[Margaret Glaister|name]] took [[Berdakh|name]]
in until 21:00. [[Berdakh|name]] said "ata" (father) "shouted at apa".
Forced marriage concern: grandmother [[Ayimxan Dauletbaeva|name]], [[Dosnazarov ko'shesi 15|address]], [[Nukus|place]]
[[230100|postcode]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - [[Aygul Seytmuratova|name]] and [[Berdakh Seytmuratov|name]]
([[25/05/2017|dob]],
NHS [[519 450 2583|nhs]]) - [[17 November 2026|date]] 10:00 Teams
Chair: [[Carol Hetherington|name]] (TM), notes [[Jade Millican|name]]. SW [[Priya Nair|name]]; DS [[Ian Bowman|name]];
[[Mark Lightfoot|name]] (DSL);
school nurse [[Beth Wills|name]]; Forced Marriage Unit advice via [[Tom|name]].
[[Beth Wills|name]]: [[Aygul|name]] seen by her on [[10/11|date]] with a headache; [[Berdakh|name]]'s teacher Mrs [[Sowerby|name]] has
noticed
he is hungry on Mondays. Agreed: s47 for both. [[Aygul|name]] and mum to stay with a friend, [[Nodira Karimova|name]], at
[[Flat 2, 19 High Street|address]],
[[Aspatria|place]] while bail conditions are set. Passports for the children: port alert (DS [[Bowman|name]] to [[Manchester|place]] airport
team by [[18/11|date]]). [[Aygul|name]]'s NHS
[[5117368657|nhs]]. [[Gulnara|name]]'s new phone [[07463 901 225|phone]]. Dad's bail address c/o [[Saparbay|name]],
[[41 Newtown Road|address]], [[Carlisle|place]] [[CA2 7LB|postcode]]. Review [[24/11|date]]. Mum's NI [[SK 51 38 20 D|ni]]; children's
passports held by dad's brother.
Note: [[Aygul|name]] asked that her friend [[Millie|name]] and Ms [[Rigg|name]] be told; she does not want uncle [[Saparbay|name]]
or aunt [[Zamira|name]] told where she is. Mosque contact in [[Carlisle|place]]: Imam [[Rustam Ahmedov|name]] (not to be told).
"""),
]


# --- D. Irving / Hodgson family (white British), Silloth; a girl of 15 missing to Carlisle ---------------------------------

HOME_D = d.Address("16 Criffel Street", "", "Silloth", "CA7 4BU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tayla", "Irving")], dt.date(2011, 3, 28), addresses=[HOME_D], ids=["6537720141", "D909297711158"],
       schools=["Beacon Hill Community School"]),
    _p("m", "mother", [("Nicola", "Hodgson")], dt.date(1985, 11, 2), addresses=[HOME_D], phones=["01697 331 560"]),
    _p("f", "father", [("Craig", "Irving")], dt.date(1983, 4, 16), phones=["07954 117 602"]),
], "c")

DOCS_D = [
    ("missing person return home interview", """RETURN HOME INTERVIEW - [[Tayla IRVING|name]] ([[28.03.2011|dob]]) - [[Silloth|place]]
Missing from [[16 Criffel St|address]] on [[20/11/2026|date]] 19:00, found [[22/11/2026|date]] 02:15 at a flat on [[Botchergate|address]],
[[Carlisle|place]], by PC [[Jordan Tiffin|name]]. Interview by [[Leah Stamper|name]] (Missing and Exploited) on [[24/11|date]].
[[Tayla|name]] ([[Tay|name]]) said she got the X4 bus? no - a lift from "[[Kyle|name]]" (believed [[Kyle Rooney|name]], 19) in a black Golf
[[PE68 MVN|vehicle]]. Stayed with [[Kyle|name]]'s mate "[[Deano|name]]" and a girl [[Shannon|name]] from [[Wigton|place]].
Says she carried "a bag" to [[Maryport|place]] for them, and once to [[Cleator Moor|place]] on [[7 Nov|date]]. Phone taken. Wants to see her
dad [[Craig|name]] in [[Aspatria|place]].
Trusted adult: Miss [[Wallace|name]] at [[Beacon Hill|school]]. Friend [[Ellie Gate|name]] from [[Abbeytown|place]] also goes.
[[Tayla|name]]'s school nurse [[Kath Messenger|name]] and GP Dr [[Patel|name]] ([[Silloth|place]]) told. [[Tayla|name]] named others at the
flat: "[[Kai|name]]", "[[Ricky|name]]" and an older man "[[Scouse Phil|name]]". She gave
[[Deano|name]]'s number as [[07591 882 034|phone]]. Mum [[Nicola|name]] and nan [[Brenda|name]] collected her from [[Carlisle|place]]
police station at 04:00 on [[22 Nov|date]].
"""),
    ("snapchat messages typed up", """snapchat msgs shown by mum [[Nicola Hodgson|name]] [[19/11/26|date]] (screens photographed)

krr_99: u comin out 2nite [[tay|name]]
t.xx_: cant mams watchin me
krr_99: tell her ur at [[ellies|name]] in [[abbeytown|place]] lol
t.xx_: wer we goin
krr_99: [[carlisle|place]] then [[maryport|place]] sat. [[deano|name]] will pick u up at the [[silloth|place]] green 7
t.xx_: [[ellie|name]] says ur 19 lol
krr_99: [[ellie|name]] chats shit. bring [[cerys|name]] if u want
t.xx_: wats [[deanos|name]] number
krr_99: [[07591 882 034|phone]]
t.xx_: [[shannons|name]] bf is [[corey|name]] innit
krr_99: ye [[corey|name]] n [[lewis h|name]]. [[phil|name]] sortin it
t.xx_: ok dont tell [[shannon|name]]
(usernames are not marked)
"""),
    ("contextual safeguarding panel minutes", """CONTEXTUAL SAFEGUARDING PANEL - ALLERDALE AREA - [[1 December 2026|date]]
Item 3: [[Tayla Irving|name]] (15), [[Silloth|place]]; UPN [[D909297711158|upn]]; NHS [[653 772 0141|nhs]]
Presented by [[Leah Stamper|name]]. Linked: [[Kyle Rooney|name]] ([[3/2/2007|dob]]), [[Dean Pattinson|name]] ("[[Deano|name]]"), car
[[PE68 MVN|vehicle]]. Other young people seen with the group: [[Corey Moffat|name]] (16, [[Wigton|place]]), [[Shannon Reay|name]] (15,
[[Wigton|place]]),
[[Lewis Hine|name]] (17, [[Maryport|place]]) and [[Ellie Gate|name]] (15, [[Abbeytown|place]]). [[Ellie|name]]'s mum [[Joanne Gate|name]]
rang
police on [[14 Nov|date]]. Hotspots: the green by the [[Silloth|place]] front, the chip shop on [[Eden Street|address]],
[[Botchergate|address]] in [[Carlisle|place]],
a flat in [[Ewanrigg|place]], [[Maryport|place]].
Mum [[Nicola Hodgson|name]] ([[01697 331 560|phone]]) supported; nan [[Brenda Hodgson|name]] ([[Blitterlees|place]]) too; dad
[[Craig Irving|name]] ([[07954 117 602|phone]]) offered to have [[Tayla|name]]
weekends. [[Tayla|name]]'s view (read out by [[Ashley Bell|name]]): "[[Kyle|name]] is my boyfriend, [[Deano|name]] is just his mate,
[[Phil|name]] is
weird". Actions: DS [[Rob Kitchin|name]] disruption notice to [[Rooney|name]] by [[8/12|date]]; school (Miss [[Kerry
Wallace|name]]) timetable; youth worker [[Ashley Bell|name]] to take [[Tayla|name]] to boxing in [[Wigton|place]].
"""),
    ("mother's own letter to the social worker", """[[24th Nov|date]]
Dear [[Leah|name]],
Im writing this because I cant say it on the phone without crying. [[Tayla|name]] was my good girl till [[Kyle|name]]. She was at
[[Beacon Hill|school]] and going to [[Lakes College|school]]
next year for hair and beauty. [[Kyle|name]] is [[Tina Rooney|name]]s lad from [[Flimby|place]]. I went to his mams on [[21 Nov|date]] and
she
said [[kyle|name]] is 19 and can do what he wants. Since
[[September 5th|date]] she has been out every weekend and I dont no where. Her nan [[Brenda|name]] ([[Brenda Hodgson|name]]) has
her on Fridays at [[Blitterlees|place]] but [[tayla|name]] climbs out the window. I want [[Craig|name]] to have her in
[[Aspatria|place]], he is [[2 Queen St|address]] [[CA7 3AZ|postcode]]. Please stop [[Deano|name]] coming to the green.
from [[Nicola|name]] ([[Nicky|name]])
[[Craig|name]]s number is [[07954 117 602|phone]], his partner is [[Shona Little|name]] and they have a spare room.
PS [[Tayla|name]]s friends [[Ellie|name]] and [[Cerys Hewitson|name]] are good girls, their mams [[Joanne Gate|name]] and [[Lyn|name]] will
help.
my email is [[nicky.hodgson85@gmail.com|email]]
"""),
]


# --- E. Glendinning family (white British), Abbeytown; a disabled boy of 7 ----------------------------------------------

HOME_E = d.Address("5 Holme Cultram Close", "Abbeytown", "Wigton", "CA7 4SH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Oscar", "Glendinning")], dt.date(2019, 10, 8), addresses=[HOME_E], ids=["6116547222", "J909208721812"],
       schools=["Holme St Cuthbert School"]),
    _p("m", "mother", [("Stacey", "Glendinning")], dt.date(1990, 5, 27), addresses=[HOME_E], phones=["01697 345 702"]),
    _p("f", "father", [("Martyn", "Glendinning")], dt.date(1988, 9, 1), addresses=[HOME_E], phones=["07788 640 215"]),
], "c")

DOCS_E = [
    ("short breaks application", """SHORT BREAKS APPLICATION - [[GLENDINNING, Oscar|name]]  DOB [[08/10/2019|dob]]  NHS [[611 654 7222|nhs]]
Address: [[5 Holme Cultram Close|address]], [[Abbeytown|place]], [[Wigton|place]] [[CA7 4SH|postcode]]
Parents: [[Stacey|name]] ([[01697 345 702|phone]]) and [[Martyn Glendinning|name]] ([[07788 640 215|phone]])
Needs: autism, global delay, epilepsy; nappies; no sense of danger; sleeps 3-4 hours. Paediatrician Dr [[Okafor|name]] at the
Cumberland Infirmary; epilepsy nurse [[Ruth Holliday|name]] ([[01697 331 882|phone]]); SaLT [[Kim Ostle|name]]. School:
[[Holme St Cuthbert|school]] with 1:1 Mrs [[Jan Routledge|name]]; UPN [[J909208721812|upn]].
Family help: nan [[Maureen Graham|name]] in [[Kirkbride|place]] (she is 74). [[Martyn|name]] works nights at the creamery in
[[Wigton|place]]. Form completed with [[Carys Penn|name]] (Family Help) on [[2 Nov 2026|date]].
Previous help: portage worker [[Sue Edgar|name]] (from [[5 May 2021|date]] to [[July 31st 2022|date]]); nursery at
[[Abbeytown|place]] (key worker [[Lindsey|name]]). Parents' words: "we love him to bits but we haven't slept since [[Oscar|name]] was born"
([[Stacey|name]]); "I do nights so [[Stace|name]] gets one lie-in" ([[Martyn|name]]). Email [[stacey.glen90@hotmail.co.uk|email]].
"""),
    ("mother's voice note transcribed", """voice note from [[stacey|name]] to [[carys|name]], 03:12 [[10/11/26|date]], typed up

"hiya sorry its the middle of the night. [[oscar|name]]s had another seizure, the long one, [[martyn|name]]s at work so I rang
my mam in [[kirkbride|place]] but she cant drive at night. ambulance came from [[carlisle|place]], took forty min. paramedic was called
[[Nat|name]] she was lovely. hes ok now.
I just cant do this on my own [[carys|name]]. my sister [[Gemma|name]] ([[Gemma Hind|name]]) in [[Silloth|place]] said she'd come at 7.
[[gem|name]]s lad [[archie|name]] loves [[oscar|name]]. please ring
me after nine"
"""),
    ("occupational therapy home assessment", """OT HOME ASSESSMENT - [[Oscar Glendinning|name]] - [[18/11/2026|date]] -
[[5 Holme Cultram Cl|address]],
[[Abbeytown|place]]
OT: [[Fiona Lancaster|name]] ([[fiona.lancaster@cumberland.gov.uk|email]], [[07954 228 017|phone]]). Present: mum [[Stacey|name]],
[[Oscar|name]], neighbour [[Bill Nicholson|name]] ([[no. 7|address]]).
Stairs unsafe; bath seat needed; safe sleep bed to be requested. Garden gate opens onto the B5302? - gate lock.
Discussed [[Oscar|name]]'s wandering on [[12 Nov|date]] when he reached the Abbey before [[Bill|name]] found him.
[[Stacey|name]] says [[Oscar|name]] climbs onto the window sill; restrictors fitted by [[Martyn|name]] on [[14/11|date]]. Equipment order
ref given to [[Carys Penn|name]]; bed from the supplier (contact [[Graham Holt|name]]) by [[20 December|date]]. Mum's friend
[[Becky Rigg|name]] ([[Becks|name]])
from [[Newton Arlosh|place]] also helps on Tuesdays. Copy: Dr [[Okafor|name]]; [[Jan Routledge|name]] ([[Holme St Cuthbert|school]]); GP Dr
[[Little|name]].
Next visit [[3/12/26|date]] with [[Martyn|name]] present, and his mum [[Maureen|name]] from [[kirkbride|place]] if she can.
"""),
    ("short breaks panel minutes", """SHORT BREAKS PANEL - [[26 November 2026|date]]
Case: [[O. Glendinning|name]] ([[Abbeytown|place]]), UPN [[J909208721812|upn]]. Presented by [[Carys Penn|name]]. Panel:
[[Andrea Fell|name]] (chair),
Dr [[Okafor|name]], [[Mike Reay|name]] (commissioning).
Discussion: [[Oscar|name]] (NHS [[6116547222|nhs]]) has had three hospital stays since [[3 August|date]]; mum [[Stacey Glendinning|name]]
exhausted; [[Martyn|name]] on nights; [[Maureen Graham|name]] unable to lift him. [[Jan Routledge|name]] reports [[Oscar|name]] is happy at
[[Holme St Cuthbert|school]]. Agreed: one overnight a fortnight at Hawthorn House, [[Carlisle|place]]; 4 hrs a week with sitter
[[Lucy Hume|name]]; direct
payment. [[Stacey|name]] to be offered a carer's assessment. Review [[May 26th 2027|date]], or sooner if [[Stacey|name]] or [[Martyn|name]]
ask ([[Carys|name]] to diary [[1 March|date]]).
[[Martyn|name]] asked about the holiday club at [[Silloth|place]] with [[Oscar|name]]'s cousin [[Archie|name]]; [[Carys|name]] to ask
[[Jan Routledge|name]]. [[Maureen Graham|name]] ([[Kirkbride|place]]) to have a break too. Sitter [[Lucy|name]] starts [[7 Dec|date]].
"""),
]


# --- F. Bell family (white British), Skinburness, Silloth; a young carer of 12 ------------------------------------------

HOME_F = d.Address("2 Marsh View", "Skinburness", "Silloth", "CA7 4QX")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lacey", "Bell")], dt.date(2014, 6, 21), addresses=[HOME_F], ids=["V909281518056"],
       schools=["Beacon Hill Community School"]),
    _p("m", "mother", [("Joanne", "Bell")], dt.date(1979, 2, 8), addresses=[HOME_F], phones=["07412 330 978"]),
], "c")

DOCS_F = [
    ("young carers assessment", """YOUNG CARERS ASSESSMENT - [[Lacey Bell|name]] ([[21/06/2014|dob]]), [[2 Marsh View|address]],
[[Skinburness|place]],
[[Silloth|place]] [[CA7 4QX|postcode]]
Cares for: mum [[Joanne Bell|name]] (COPD, on oxygen; [[07412 330 978|phone]]), known as [[Jo|name]]. Brother [[Tyler|name]] (19) works in
[[Workington|place]]; his girlfriend [[Megan Tweddle|name]] lives at [[Causewayhead|place]]. Dad [[Steve Bell|name]] left
[[Boxing Day 2023|date]], lives [[Dumfries|place]].
[[Lacey|name]] does: oxygen bottles, shopping at the [[Silloth|place]] Co-op, tea, mum's inhalers. What [[Lace|name]] said: "I
like [[Beacon Hill|school]] but I worry when I'm out". Friend [[Amber Lowes|name]] helps, and [[Amber|name]]'s dad [[Neil Lowes|name]] gives
lifts from [[Skinburness|place]] to
school. Mum says: "[[Lacey|name]] is my rock. [[Tyler|name]] does nights at the docks in [[Workington|place]] so it's her." Aunt
[[Pauline Irwin|name]] comes on Sundays from [[Abbeytown|place]]. [[Lacey|name]]'s words about a good day: "when [[Tyler|name]] is off and
me and [[Amber|name]] go to the beach at [[Silloth|place]]
and auntie [[Pauline|name]] makes tea". [[Lacey|name]] wants a club: young carers' group meets in
[[Wigton|place]] on Thursdays (worker [[Nikki|name]]); transport from [[Silloth|place]] with [[Bob Sewell|name]] (volunteer driver).
Assessed by [[Nikki Storey|name]] on
[[20.11.2026|date]]. Review [[19th Feb 2027|date]].
[[Lacey|name]]'s teacher Mrs [[Kirkpatrick|name]] and nurse [[Gill Dalton|name]] (respiratory) to meet on [[8/12|date]]; [[Tyler Bell|name]]
([[07463 552 180|phone]]) said he would take mum to clinic in [[Whitehaven|place]] on the [[15th|date]].
"""),
    ("attendance officer's letter", """[[Beacon Hill Community School|school]], [[Aspatria|place]]
[[30 November 2026|date]]
Mrs [[J Bell|name]], [[2 Marsh View|address]], [[Skinburness|place]] [[CA7 4QX|postcode]]
Dear Mrs [[Bell|name]],
Re: [[Lacey Bell|name]], Year 7, UPN [[V909281518056|upn]] - attendance 76% since [[3 September 2026|date]]
We know from Ms [[Storey|name]] (young carers) that [[Lacey|name]] helps at home. We would like to visit on [[9th December|date]]
at 10am. Please ring Mrs [[Hannah Kirkpatrick|name]] on [[01697 342 118|phone]] or email [[h.kirkpatrick@beaconhill.cumbria.sch.uk|email]].
[[Lacey|name]]'s tutor Mr [[Dobson|name]] and the school nurse, [[Gill Dalton|name]], will also come. You may want [[Pauline Irwin|name]] or
[[Tyler|name]] with you.
Absences: [[6 Oct|date]], [[13 Oct|date]], [[3/11|date]], [[17/11|date]], [[24/11|date]].
"""),
    ("scanned handwritten form with OCR errors", """OCR scan - p.1 - GP practice, [[Silloth|place]] - carer registration
Patlent: [[Joanne BeIl|name]]   D0B: [[O8/02/1979|dob]]   NI: [[NH 63 17 42 A|ni]]
Address: [[2 Marsh Vlew|address]], [[Sklnburness|place]], [[SiIloth|place]] [[CA7 4QX|postcode]]
Carer: [[Lacey|name]] (daughter, 12) and [[Tyler BeII|name]] (son). Next of kin: sister [[Pauline Irwin|name]],
[[11 Abbey Cottages|address]], [[Abbeytown|place]] [[CA7 4SA|postcode]].
Carer 2: [[Tyler BeII|name]]  D0B [[3O/O7/2OO7|dob]]  GP: Dr [[Patel|name]]
Signed [[J. Bell|name]] date [[l4/11/2O26|date]]
p.2 Carer's phone: [[07412 330 978|phone]]   Daughter's school: [[Beacon HiII|school]]   Son works: [[Workingt0n|place]]
"""),
    ("pharmacy phone log", """PHARMACY CONCERN LOG - [[Silloth|place]]
[[18/11/26|date]] 16.30 [[Lacey|name]] (12) collecting mum's oxygen order alone again. [[Lacey Bell|name]], [[2 Marsh View|address]],
[[Skinburness|place]]. Pharmacist [[Sanjay Mistry|name]] (with dispenser [[Toni Graham|name]]) rang
[[Joanne|name]] on [[07412 330 978|phone]]: breathless, said [[Lacey|name]] is fine. Rang MASH, spoke to [[Jen|name]].
[[20/11/26|date]] 16.45 [[Lacey|name]] in with [[Amber Lowes|name]]; [[Amber|name]]'s dad [[Neil|name]] waiting in the car
([[PN21 WYT|vehicle]]).
[[25/11/26|date]] 17.05 [[Lacey|name]] with aunt [[Pauline|name]] ([[07836 770 219|phone]]), who will collect from now.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 190 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 20:31 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "insp.", "rev", "revd", "sw",
           "hv", "nurse", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "granda", "mum",
           "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "aunt", "uncle", "apa", "ájapa", "ağa", "sister", "imam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cumbria", "north cumbria",
               "cumberland", "allerdale", "uzbekistan", "karakalpakstan", "russia", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# sets before it), with this set's titles and kinship words ("Granda Ken", "Ájapa Ayimxan") and regions ("Cumbria").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
