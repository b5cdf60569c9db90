"""Set 60: a held-out hand-written set for the redaction detector, six more invented families in the Tees Valley, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the
`Doc` type through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set58.py, redaction_set59.py and redaction_set61.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its docstring, its first family's record and documents, its second family's
record, its last family's last documents and its checker and word lists; the middle of its documents was not read) and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the module docstrings, and only the
docstrings, of bench/redaction_set7.py to bench/redaction_set57.py, printed to files and searched for Tees Valley towns,
districts and estates and for communities (to pick a family's home and two communities no earlier set used); the module
docstring, `_party`, `Records`, `HandSet`, `word_problems` and `_parse` of bench/redaction_handwritten.py (its first record
was seen in passing); the `report` function of bench/redaction_heldout.py; and the ruff and pytest settings in pyproject.toml.
Set 15's checker was not read: it runs through set 21's problems(), on which this set builds. Phone numbers were checked with
the phonenumbers library (and again by the checker); NHS numbers were made with their modulus 11 check digit and UPNs with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families, chosen to look like a caseload in the Tees Valley, each from a town, district or estate that no earlier set's
docstring names as a family's home (the docstrings name Brambles Farm, North Ormesby, Owton Manor, Seaton Carew, Parkfield and
Cockerton in Darlington; Thornaby appears only as a place visited). Four white British
families: a mother, her partner and two children in Dormanstown, Redcar, with a nana on the Lakes Estate (Pybus / Teasdale;
neglect, a hungry girl of 9 walking her brother of 3 to breakfast club in the dark, a partner's drinking and domestic abuse,
an XL bully seized, a neighbour's online concern form, an initial child protection conference, the nana's own letter); a boy of
15 in Roseworth, Stockton-on-Tees, with a father in Port Clarence (Stonehouse / Heseltine; missing five times, criminal
exploitation on a line from Middlesbrough into Darlington, a debt for a phone, Child Abduction Warning Notices, an NRM
referral); a baby of four months in Galley Hill, Guisborough, with a nan in Skelton (Brack / Wardell; a bruised cheek, a torn
frenulum and a rib fracture in a baby who cannot roll, a girl of 8 who saw her father squeeze the baby, a kinship safety plan);
and a girl of 14 on the Low Grange estate in Billingham (Lister / Bellerby; a man of 21 in Hartlepool, taxis paid for her, a
night at a flat in Hartlepool, a stepfather she fights with, a detached youth worker). Two from communities no earlier set
used (no earlier docstring names a Mongolian family - only "Mongolian blue spots" as a medical term - or Guinea, the Fula or
Pular): a Mongolian family who speak Khalkha in Hemlington, Middlesbrough, with a grandmother in Ulaanbaatar and family in
Darkhan and Erdenet (Ganzorig / Batbold / Tsend / Dorj; a father who drinks and hits the mother with a charger, a girl of 12
who self-harms and interprets, a visa tied to the father's job, a Saturday school; Mongolian names and places in Cyrillic, and
the Mongolian custom that a child's surname is the father's given name, so that "Ganzorig" is the father's first name and the
children's surname), and a Guinean Fula family who speak Pular and French in Grangetown, with a grandmother in Labé, an aunt in
Saint-Denis and family in Conakry (Barry / Diallo / Bah; a mother with FGM found at antenatal booking, a grandmother who wants
the girls brought to Labé at Easter, an FGM Protection Order, a father's own letter in English). 24 documents, twelve of them
plain professional recording (an initial child protection conference's minutes, a return home interview, a strategy meeting's
minutes, a home visit case note with a telephone interpreter, a school nurse's letter to CAMHS, a social worker's witness
statement for an FGM Protection Order, a child protection medical report, a section 47 chronology, a police missing person
log, a detached youth worker's session recording, and two forms filled in by professionals: a midwife's FGM risk assessment
and a child exploitation risk assessment tool), the rest the other writing a file holds, of types no earlier set used where
possible: a breakfast club's handover book photographed and typed up, a neighbour's online concern form as the council's system
printed it, a nana's handwritten letter scanned with OCR (with an OCR misreading in a postcode), Snapchat messages from a police
phone download, a National Referral Mechanism form, a Messenger chat in Mongolian Cyrillic and English with a translation, a
community association volunteer's email, WhatsApp voice notes in Pular and French transcribed and translated, a father's own
letter, a health visitor's note typed fast on a phone in the car, a GP surgery's reception task log and a taxi firm's booking
log sent to the police by email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers, UK and foreign (Mongolia,
Guinea); NHS numbers and UPNs (LA numbers 805, 806, 807, 808) pass their check digits; NI numbers have a valid format. Councils
are invented (Teesmouth, Leven Vale), and so are the schools' names where they are not real, the Mongolian community association,
the taxi firm (Billingham Cabs), the youth project (A Way Out, as named here), the tool TCERAT and the surgeries; towns,
districts, estates, villages, hospitals, police forces, courts, brands, festivals and laws are real or plausible and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, PC, PS, DC, DS, Nana, Nan, Uncle, Tonton, Mama, Madam, daddy, our, and in Mongolian эмээ, ээж,
аав, "emee", "aav"; in Pular "Neene") stay outside the name span, before or after the name ("Nana Pat", "Mrs Pybus senior",
"Нарантуяа эмээ"); a possessive 's and a bare s in texting ("Pat"s) stay outside, and so does a Mongolian case ending written
with a hyphen ("Оюунчимэг-д", "Дархан-д") or joined to a kinship word ("Батаа ахтай"); every person's name is a name in every
form, record or not. "SURNAME, First" is one span ("LISTER, Ellie-Mae", "DIALLO, Mariama", "BARRY, Alpha Oumar", "Hebron,
Rachael"); a first name with an initial after it is one span ("Becky W", "Dawn P", "Gemma H", "Jayden C", "Ellie M"), and so
is an initial with a surname ("C Dent", "L Lancaster"); initials alone ("LS", "BW", "T-M", "K B", "KB") are not marked; a
collar number after a name stays outside; a name, address, place, school or date broken by a line break is one span holding the
break; usernames and handles ("rezz.x0", "callz_ts19", "maisie_mam", "g.stonehouse82", "jaydenc_07", "elliemae.x12") are not
marked, but a display name that is a person's plain name is ("Rez", "Gary", "Jayden C"), and a contact saved under a kinship
word ("Mam", "Эмээ", "Neene") is not. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's bare house number ("no. 27", "no. 20", "no. 7") and an address abroad
("12 rue Gabriel Péri" with its French postcode "93200"; "Calle Sol 9", Torrevieja); towns, villages, districts and estates
are places at home or abroad and in any script ("Lakes", "Улаанбаатар", "Дархан", "Bayanzürkh", "Ratoma", "Kaloum"), and so
are local short forms ("Boro", "Darlo", "darlo"); countries, counties and regions are not ("Teesside", "South Tees",
"Cleveland", "Guinea", "Mongolia", "France", "Spain"); organisations are not marked even when they hold a town's or a person's
name ("Coatham Surgery", "Hemlington Health Centre", "Skelton Medical Centre", "Eston Grange Medical Centre", "Parkway Medical
Centre", "Redcar and Cleveland House", "James Cook University Hospital", "Billingham Cabs", "the Family Court at
Middlesbrough"), but a service named by its town in lower-case words marks the town ("the Dormanstown family hub", "Stockton
library", "Middlesbrough police station", "the Roseworth shops", "the Asda at Billingham", "Thornaby ABC", "the Guisborough
suite"), and a firm named after a person marks the name ("Mistry & Co"); a school's name is a school, and so is its short form
("Northfield", "Billingham South", "galley hill", "Hemlington Hall", "Grangetown Primary"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside, and so does "the" before a bare day: "the 12th"), the bare
day in a range is a date span of its own ("21"-"22 Nov"), and a date in French ("8 novembre 2026") or in ISO form
("2026-11-06") is a date; months and years alone are not marked; pets' names ("Rocky", an XL bully) are not names; festivals
and holidays (Easter, Halloween, Tsagaan Sar, Christmas) are not marked; a surname or first name that is also a word or a town
is marked by what it refers to ("Lisa Stockton", "DS Ian Skelton", "Summer", "Ivy", "Miss Guy", "Dr Lancaster" are names;
Stockton and Skelton are places when they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Westfield Way" is an
address when it is the family's street and a school when it names the school's site ("Westfield Way site"); the neighbour's
guess at a surname ("Tisdale") and a mother's-tongue form of a first name ("Alfa" for Alpha) are names, as mis-spellings and
mis-hearings were in earlier sets; a woman who cuts girls, named only as "Mama Kadiatou", is a name (Mama outside); an OCR
misreading of a postcode ("TSIO 4HP") is still a postcode; a partial registration read from a passing car ("NA20 ...") is not a
vehicle, while full registrations are; industrial sites named as places ("Lackenby", "Wilton", "Skinningrove") are places, as
villages; "The Front" at Seaton Carew, a street, is an address; a friend's name used for a taxi booking ("Kai", "Kyle") is a
name; the Mongolian given name "Batbayar" is marked for both men who bear it; a hospital number, a police, NRM, web form, MFH
or crime reference, an exhibit number, an interpreter's ID and a collar number are not marked.

Self-check without the detector: `python -m bench.redaction_set60` (and tests/test_redaction_set60.py) runs set 21's checker
(which runs set 15's, and so sets 13 to 6) on this set, adds this set's titles and kinship words (before and after a name) and
counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,010 gold spans, 485 of them
names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Pybus / Teasdale family (white British), Dormanstown, Redcar ----------------------------------------------------

HOME_A = d.Address("31 Westfield Way", "Dormanstown", "Redcar", "TS10 5NB")
NAN_A = d.Address("18 Coniston Road", "Lakes Estate", "Redcar", "TS10 4HP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tayla-Mae", "Pybus")], dt.date(2017, 6, 14), addresses=[HOME_A], ids=["1221291947", "M807275835452"],
       schools=["Westfield Way Primary Academy"]),
    _p("s", "sibling", [("Kobi", "Teasdale")], dt.date(2023, 2, 2), addresses=[HOME_A], ids=["2854244672"]),
    _p("m", "mother", [("Jade", "Pybus")], dt.date(1995, 3, 22), addresses=[HOME_A], phones=["07932 614 805"],
       ids=["JT 48 22 61 B"]),
    _p("f", "father", [("Liam", "Teasdale")], dt.date(1992, 8, 9), addresses=[HOME_A], phones=["07401 288 637"]),
    _p("g", "grandparent", [("Karen", "Pybus")], dt.date(1968, 11, 30), addresses=[NAN_A], phones=["01642 813 406"]),
    _p("p1", "professional", [("Natasha", "Coulson")], phones=["01642 771 250"], emails=["natasha.coulson@teesmouth.gov.uk"]),
], "c")

DOCS_A = [
    ("breakfast club handover book, photographed and typed up by the school's DSL", """[Breakfast club handover book,
[[Westfield Way|school]]
site - pages photographed by [[Gill Readman|name]] (DSL) on [[2.11.26|date]] and typed up as written. Staff initials kept.]

Mon [[12/10|date]]  [[Tayla|name]] in at 7.40, no coat, ate 3 toast + asked for more. Said [[Kobi|name]] "was screaming all night".  - LS
Tue [[13/10|date]]  not in. Mum txt at 8.55 "shes poorly x".  - LS
Weds [[14th|date]]  T-M walked herself here from [[Westfield Way|address]] in the dark with [[Kobi|name]] in the pram!! Said mam
was asleep + [[Liam|name]] "went out last nite". Rang mum x3 no answer. Nana [[Karen|name]] came at 8.50 from the
[[Lakes|place]] in a taxi and took [[Kobi|name]]. Told [[Gill|name]].  - [[Lisa Stockton|name]]
Thu [[15/10|date]]  fine today, happy, new shoes off nana.  - [[Becky W|name]]
Fri [[16.10|date]]  smells of wee, same uniform all week. Spare jumper given.  - LS
Mon [[19 Oct|date]]  asked if she cd take toast home for [[Kobi|name]] "cos theres no bread". Gave 2 slices + a yoghurt.  - LS
Tue [[20/10|date]]  bruise on her left cheek, yellowish. She said "Rocky jumped on me" - Rocky is the dog (XL bully?).
Asked nothing more. Body map done by [[Gill|name]].  - [[Becky Wilkinson|name]]
Wed [[21/10|date]]  Mr [[Teasdale|name]] brought her, smelt of drink at 8am, swore at [[Lisa|name]] when she said we close at 8.45
"[[Lisa|name]] you're a jumped up dinner lady". Other parent (Mrs [[Oyelaran|name]]?) saw it.  - LS
Thu [[22/10|date]]  half term starts. [[Tayla|name]] asked "can I come in the holidays" - no club in half term.  - LS
Mon [[2/11|date]]  not in. No call.  - BW

Note by [[G. Readman|name]]: all pages sent to the Children's Hub ([[01642 771 000|phone]]) on [[2 November 2026|date]] with my referral.
Child: [[Tayla-Mae PYBUS|name]], Y4, DOB [[14/06/2017|dob]], UPN [[M807275835452|upn]].
"""),
    ("online 'report a concern' form from a neighbour, as the council's system printed it", """TEESMOUTH COUNCIL - CHILDREN'S HUB
ONLINE CONCERN FORM - submission 2026-11-03T22:47:19Z - ref WEB-26-88412

1. About you
   Are you: [x] a member of the public  [ ] a professional
   Your name (optional): [[Sharon Pinkney|name]]
   Can we contact you?  Yes - [[07796 230 418|phone]] after 6pm please, not at work
   Your address (optional): [[29 westfield way|address]] (next door)

2. About the child or children
   Child's name: [[tayla mae|name]] and the little lad [[kobi|name]]
   Date of birth / age: about 9 and 3
   Child's address: [[31 Westfield Way|address]], [[Dormanstown|place]], [[Redcar|place]] [[TS10 5NB|postcode]]
   School: [[westfield way primary|school]] I think
   Parents / carers: [[Jade|name]] (mam) and [[Liam|name]] (not sure his last name, [[Tisdale|name]]?)

3. What is worrying you? (in your own words)
   I dont like doing this but I cant sleep for it. Every night this week there has been shouting through the wall and
   tonight I heard a smash and [[Jade|name]] screaming "get off me" and the little one crying. [[Liam|name]] drinks all day
   since he lost his job at the steelworks site in [[Lackenby|place]]. The dog is loose in the garden and has bit the lad
   from [[no. 27|address]] ([[Tommy|name]]) in september. The girl comes to mine for food. On Sunday [[1st|date]] she was
   at my door at 10 at night in her nightie saying her mam wont wake up. I took her back and [[Jade|name]] was on the
   settee and there was tablets on the table. My daughter [[Chloe|name]] (she's 17) has seen [[Liam|name]] push
   [[Jade|name]] in the street by the shop on [[Farndale Road|address]].
   The nan is [[Karen|name]] she lives on the [[Lakes|place]] and she is good with them.

   Other people who know: [[Ange|name]] at the shop, the bin men, the dinner lady [[Lisa|name]] at the school. My husband
   [[Gary Pinkney|name]] says keep out of it but I cant.
4. Is a child in danger right now?  [x] Not sure
5. Have you told anyone else?  I rang 101 on the [[1st|date]], they gave me a number 4471 of [[01/11/26|date]]

Submitted from: mobile browser. Auto-reply sent to: [[shazzapinkney68@hotmail.co.uk|email]]
Triage: [[N Coulson|name]] (SW) [[04/11/2026|date]] 09:10 - RED, to strategy today. Police to do a welfare check tonight.
"""),
]

DOCS_A += [
    ("initial child protection conference minutes", """TEESMOUTH SAFEGUARDING CHILDREN PARTNERSHIP
INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Tayla-Mae Pybus|name]] (DOB [[14.06.2017|dob]], NHS [[122 129 1947|nhs]]); [[Kobi Teasdale|name]] (DOB [[02.02.2023|dob]],
NHS [[285 424 4672|nhs]])
Address: [[31 Westfield Way|address]], [[Dormanstown|place]], [[Redcar|place]], [[TS10 5NB|postcode]]
Date: Thursday [[26 November 2026|date]], 10:00, Redcar and Cleveland House (hybrid)
Chair: [[Yvonne Brunskill|name]] (Independent Reviewing Officer)      Minutes: [[Abbie Kitching|name]]

Present: [[Jade Pybus|name]] (mother); [[Liam Teasdale|name]] (father of [[Kobi|name]], from 10:25); [[Karen Pybus|name]] (maternal
grandmother, in support); [[Natasha Coulson|name]] (SW); [[Gill Readman|name]] (DSL, [[Westfield Way Primary Academy|school]]);
[[Ruth Dobson|name]]
(HV); PC [[Craig Featherstone|name]] (Cleveland Police, Vulnerability Unit); [[Hayley Seymour|name]] (Foundations, alcohol service).
Apologies: Dr [[Imran Qureshi|name]] (GP, Coatham Surgery) - report sent.

1. Reason for conference: a strategy discussion on [[4 November|date]] after a neighbour's concern form and the school's referral;
s47 enquiries found neglect of both children and domestic abuse by Mr [[Teasdale|name]] towards Ms [[Pybus|name]] when he drinks.
2. Social worker's report ([[Natasha|name]]): the house was seen on [[5/11|date]], [[9/11|date]] and [[19/11|date]]. On the first
visit there was no food except cereal, dog mess in the back bedroom and a hole in the living room door. [[Tayla-Mae|name]] told
[[Natasha|name]] that she looks after [[Kobi|name]] "when mam is poorly" and that she hides in the bathroom when [[Liam|name]]
shouts. She drew her family with the dog bigger than the house. Ms [[Pybus|name]] said she took "some of my mam's sleeping
tablets" on [[1 November|date]] to sleep, not to harm herself; she has since seen the GP.
3. Police (PC [[Featherstone|name]]): three domestic incidents since August 2026... correction at the meeting: since
[[14 August 2026|date]] ([[14/08|date]], [[2/10|date]], [[3/11|date]]). On [[3 November|date]] Mr [[Teasdale|name]] was arrested for common
assault and released under investigation with conditions not to go to [[Westfield Way|address]]; he is staying with his brother
[[Dean Teasdale|name]] in [[South Bank|place]]. The dog, "Rocky"... the chair noted the dog's name is not to be minuted as a
person's; it was seized on [[6 November|date]] as an unregistered XL bully.
4. School: attendance 81%. [[Tayla-Mae|name]] is "bright and funny", loves the class hamster, and is often hungry.
5. Health: [[Kobi|name]] missed his 2-year review twice; speech delayed; seen at home by [[Ruth|name]] on [[12/11|date]].
6. Family's views: Ms [[Pybus|name]]: "I know it got bad. I've got my mam now." Mr [[Teasdale|name]] said he wants to see
[[Kobi|name]] and will go to Foundations. Mrs [[Pybus|name]] senior offered to have the children at [[18 Coniston Road|address]]
any night they need.
Decision: both children subject to a child protection plan, category NEGLECT. Core group [[3 December 2026|date]] at the
[[Dormanstown|place]] family hub. Review conference: [[25 February 2027|date]].

Core group and contacts (for the plan):
- [[Natasha Coulson|name]], SW, [[01642 771 250|phone]], [[natasha.coulson@teesmouth.gov.uk|email]] (lead professional)
- [[Gill Readman|name]], DSL, [[Westfield Way Primary Academy|school]], [[g.readman@westfieldway.org.uk|email]]
- [[Ruth Dobson|name]], HV, [[Redcar|place]] health visiting team, [[07901 336 512|phone]]
- [[Hayley Seymour|name]], Foundations ([[Redcar|place]] hub, for Mr [[Teasdale|name]])
- [[Jade Pybus|name]], [[07932 614 805|phone]]; [[Liam Teasdale|name]], [[07401 288 637|phone]] (c/o [[Dean Teasdale|name]],
  [[Normanby Road|address]], [[South Bank|place]] [[TS6 6QL|postcode]])
- [[Karen Pybus|name]], [[01642 813 406|phone]], [[18 Coniston Road|address]], [[Lakes Estate|place]], [[Redcar|place]]
[[TS10 4HP|postcode]]
Mother's NI number (for the housing and benefits referral): [[JT 48 22 61 B|ni]]. Dissent: none. Mr [[Teasdale|name]] did not sign
the attendance sheet. Minutes sent [[27/11/2026|date]] by [[A. Kitching|name]].
"""),
    ("maternal grandmother's handwritten letter to the social worker, scanned with OCR", """To [[Natasha|name]] the social worker
from [[Karen Pybus|name]]    [[18 Coniston Rd|address]]   [[Redcar|place]]   [[TSIO 4HP|postcode]]     [[30-11-26|date]]

Dear [[Natasha|name]]
I said at the meeting I would write it down because I get all flustered when theres a lot of people. I want you
to no that I will have the kids any time, I have the back room done now with two beds off my friend [[Maureen
Crossling|name]] and [[Kobi|name]]s cot is up. I am 58 and I work mornings at the Coral on [[High St|address]]
but my hours can change, my boss [[Steph|name]] says.
Our [[Jade|name]] is not a bad mam. She was brilliant till she met him. When her dad died ([[Ray|name]], [[4th
March 2021|date]]) she went to pieces and [[Liam|name]] was there. I have seen the bruises on her arms and she
always says the dog. I do not want him at mine and I told him. He come to my door on Saturday ([[28th|date]])
at 11 at night shouting for [[Jade|name]], my neighbour [[Gordon Spraggon|name]] at [[no. 20|address]] came out and he went.
I phoned the police it was a number 0992 I think.
[[Tayla|name]] wants to do dancing at [[Kirkleatham|place]] on a Saturday its £4 and I will take her. And can [[Kobi|name]]
go to the nursery at [[Coatham|place]] with the 2 year old funding, [[Jade|name]] doesnt know how to do the form.
My phone is [[01642 813 406|phone]] (house) I dont have a mobile that works.
Thank you for being kind to our [[Jade|name]].
[[Karen|name]] ([[Pybus|name]])

[scanned [[01/12/2026|date]] by [[A. Kitching|name]]; OCR read "TSIO" for TS10 in the postcode; page 2 blank]
"""),
]


# --- B. Stonehouse / Heseltine family (white British), Roseworth, Stockton-on-Tees ---------------------------------------

HOME_B = d.Address("7 Ragpath Lane", "Roseworth", "Stockton-on-Tees", "TS19 9JS")
DAD_B = d.Address("2 Anson Street", "Port Clarence", "Middlesbrough", "TS2 1SX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Callum", "Stonehouse")], dt.date(2011, 4, 27), addresses=[HOME_B], ids=["8305088243", "F808260400735"],
       schools=["Northfield School and Sports College"]),
    _p("m", "mother", [("Donna", "Heseltine")], dt.date(1984, 1, 5), addresses=[HOME_B], phones=["07788 412 936"],
       ids=["NR 73 05 14 C"]),
    _p("f", "father", [("Gary", "Stonehouse")], dt.date(1982, 7, 19), addresses=[DAD_B], phones=["07825 190 344"]),
    _p("s", "sibling", [("Maisie", "Heseltine")], dt.date(2019, 9, 12), addresses=[HOME_B]),
    _p("p1", "professional", [("Owen", "Hodgson")], phones=["01642 527 790"], emails=["owen.hodgson@levenvale.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """LEVEN VALE COUNCIL - EXPLOITATION AND MISSING TEAM
RETURN HOME INTERVIEW
Young person: [[Callum STONEHOUSE|name]]   DOB [[27/04/2011|dob]]   Age 15   Address [[7 Ragpath Lane|address]], [[Roseworth|place]],
[[Stockton-on-Tees|place]] [[TS19 9JS|postcode]]
Missing from: home, 18:30 Friday [[6th November 2026|date]]   Found: 03:10 Sunday [[8th November|date]], by BTP at [[Darlington|place]]
station    Police ref: 1226-0611   Episode: 5th this year
Interview: Tuesday [[10/11/2026|date]], 15:45, in a car outside McDonald's on [[Bishopton Road|address]] (his choice)
Worker: [[Owen Hodgson|name]] (RHI worker)

Where were you? "Just about." Then: "[[Boro|place]] first, then a flat in [[Newport|place]], then [[Darlo|place]]." He said a lad
called "[[Deano|name]]" picked him up at the [[Roseworth|place]] shops in a grey Golf ([[NV68 KXE|vehicle]], he read it to me off a photo)
and
he stayed at a flat on [[Union Street|address]], [[Middlesbrough|place]], "above the vape shop". He said he "held a bag" for
someone and got £60 and a new phone. He would not say whose bag.
Who were you with? "[[Deano|name]], [[Jayden|name]] from school, a man called [[Rez|name]]." [[Jayden|name]] is [[Jayden Cowell|name]],
Y11 at [[Northfield|school]], already open to the team.
Did anyone hurt you or make you do anything? He showed a cut on his hand: "off a fence." Later: "[[Rez|name]] said I owe him
for the phone." Debt bondage flagged.
Home: he says mam ([[Donna|name]]) "does her nut" but he misses his little sister [[Maisie|name]] (7) when he is away. His dad
([[Gary Stonehouse|name]]) lives in [[Port Clarence|place]] "with his new bird" and [[Callum|name]] stays there some weekends; he says
his dad "gets it".
School: on a reduced timetable since the [[2nd|date]] after he hit a teacher, Mr [[Ledger|name]].
What would help? "A job. Boxing at [[Thornaby|place]] again."
Actions: NRM referral (first responder: [[O. Hodgson|name]]); intelligence to Cleveland Police (vehicle, the flat, "[[Rez|name]]",
"[[Deano|name]]"); strategy discussion requested; mum to be offered a parenting worker ([[Lyndsey Boagey|name]]).
Contacts: mum [[Donna Heseltine|name]] [[07788 412 936|phone]] (NI [[NR 73 05 14 C|ni]] for the early help form); dad [[Gary
Stonehouse|name]] [[07825 190 344|phone]], [[2 Anson Street|address]], [[Port Clarence|place]], [[TS2 1SX|postcode]]; paternal nan
[[Pat Stonehouse|name]], [[Haverton Hill|place]]; boxing coach [[Mick Oxley|name]] ([[Thornaby|place]] ABC).
"""),
    ("strategy meeting minutes (child exploitation)", """STRATEGY MEETING - CHILD EXPLOITATION - MINUTES
Child: [[Callum Stonehouse|name]]  DOB [[27.04.2011|dob]]  NHS [[830 508 8243|nhs]]  UPN [[F808260400735|upn]]
Date: [[12 November 2026|date]], 14:00, Teams    Chair: [[Diane Cuthbert|name]] (Team Manager)
Present: [[Owen Hodgson|name]] (RHI / exploitation); DC [[Marc Lamb|name]] (Cleveland Police, Operation Sentinel); [[Ceri
Allinson|name]] (DSL, [[Northfield School|school]]); [[Tariq Mahmood|name]] (Youth Justice); [[Jo Tindale|name]] (school nurse).

Police: the Golf [[NV68 KXE|vehicle]] is registered to a [[Kerry Atkinson|name]] of [[Thornaby|place]]; linked to [[Reza Ahmadi-Nasr|name]]
("[[Rez|name]]", 23), known for supply of class A in [[Middlesbrough|place]] and on a line into [[Darlington|place]]. The flat on
[[Union Street|address]] was raided on [[9th November|date]]; two boys of 14 and 16 found there, one from [[Hartlepool|place]].
[[Deano|name]] is believed to be [[Dean Ord|name]] (19). BTP found [[Callum|name]] with £140 and two phones.
School: [[Ceri|name]] said [[Callum|name]]'s attendance is 52% since September; he has EHCP assessment pending (dyslexia); a sister in
Y3 at [[Roseworth Primary|school]] ([[Maisie|name]]) is doing well. Teacher assaulted was Mr [[Ledger|name]] - a push, no injury.
Youth Justice: [[Tariq|name]] knows [[Callum|name]] from an out of court disposal in
2025. Mum engaged then.
Parents: Ms [[Heseltine|name]] ([[07788 412 936|phone]]) wants him "locked up somewhere safe"; Mr [[Stonehouse|name]]
([[07825 190 344|phone]])
offered to have him at [[2 Anson Street|address]] "away from them lot" - police note [[Port Clarence|place]] is also near the
line's route.
Decisions: s47 (risk outside the home); Child Abduction Warning Notices to be served on [[Reza Ahmadi-Nasr|name]] and [[Dean Ord|name]];
NRM referral sent [[11/11|date]]; safety plan with the family on [[16/11|date]]; next meeting [[26th November|date]].
"""),
]

DOCS_B += [
    ("Snapchat messages from a police download of a phone, typed into the case file", """[Extract - Snapchat chat recovered from
the handset seized from [[Callum Stonehouse|name]] on [[08/11/2026|date]] (exhibit MJL/4). Typed by DC [[M. Lamb|name]]. Usernames as
on the device; display names in brackets. Times UTC.]

Chat with: rezz.x0 (display name "[[Rez|name]]")
[[2026-11-06|date]] 17:02  rezz.x0: u about
[[2026-11-06|date]] 17:03  callz_ts19: ye at [[roseworth|place]] shops
[[2026-11-06|date]] 17:05  rezz.x0: [[deano|name]] comin 4 u. grey golf. dont bring ur mam phone
[[2026-11-06|date]] 17:40  callz_ts19: in car with [[deano|name]] n [[jayden|name]]
[[2026-11-06|date]] 22:18  rezz.x0: stay at [[union st|address]] tnite. [[jay|name]] show u
[[2026-11-07|date]] 09:12  callz_ts19: wen can i go home my mam is ringin
[[2026-11-07|date]] 09:13  rezz.x0: wen its done. u owe me 4 the phone remember
[[2026-11-07|date]] 14:30  rezz.x0: train 2 [[darlo|place]] 6pm. meet [[kez|name]] at the bridge
[[2026-11-08|date]] 01:55  callz_ts19: bizzies at the station

Chat with: maisie_mam (display name "Mam")
[[2026-11-06|date]] 21:40  maisie_mam: [[Callum|name]] where r u. [[Maisie|name]] is crying for u
[[2026-11-07|date]] 02:11  maisie_mam: im ringin the police
[[2026-11-07|date]] 02:12  maisie_mam: ur dad is drivin round [[Norton|place]] and [[Hardwick|place]] lookin
[[2026-11-07|date]] 11:05  callz_ts19: im ok stop ringin

Chat with: g.stonehouse82 (display name "[[Gary|name]]")
[[2026-11-07|date]] 12:30  g.stonehouse82: son just tell me the street ill come get u no questions. Im at Nana [[Pat|name]]s
[[2026-11-07|date]] 12:31  g.stonehouse82: or ring [[07825 190 344|phone]] from any phone
[[2026-11-07|date]] 19:48  g.stonehouse82: [[donna|name]] says ur with that [[jayden|name]] again. his brother [[kyle cowell|name]] is bad
news
[[2026-11-08|date]] 04:02  g.stonehouse82: police rang. im comin to [[darlington|place]] now. stay with them son

Chat with: jaydenc_07 (display name "[[Jayden C|name]]")
[[2026-11-07|date]] 20:15  jaydenc_07: [[rez|name]] sez u can stay at his cuzzins in [[acklam|place]] if [[union st|address]] is hot
[[2026-11-07|date]] 20:16  callz_ts19: nah im goin [[darlo|place]] with [[kez|name]]
"""),
    ("National Referral Mechanism referral, child (extract of the online form)", """NATIONAL REFERRAL MECHANISM - CHILD REFERRAL
(extract of the submitted online form; free text as entered)
Section A - First responder
Name: [[Owen Hodgson|name]]    Organisation: Leven Vale Council, Exploitation and Missing Team
Email: [[owen.hodgson@levenvale.gov.uk|email]]    Phone: [[01642 527 790|phone]]    Date submitted: [[11-Nov-2026|date]]
Section B - Potential victim
Surname: [[STONEHOUSE|name]]    Forename(s): [[Callum James|name]]    Also known as: "[[Cal|name]]", "[[Stoney|name]]"
Date of birth: [[27-Apr-2011|dob]]    Nationality: British    Gender: male
Current address: [[7 Ragpath Lane|address]], [[Stockton-on-Tees|place]] [[TS19 9JS|postcode]]
Local authority with care responsibility: Leven Vale    Is the child looked after? No
Parent/carer: [[Donna Heseltine|name]] (mother), [[07788 412 936|phone]]
Section C - Exploitation
Type: criminal exploitation (county lines)    Where: [[Middlesbrough|place]] ([[Union Street|address]]), [[Newport|place]],
[[Darlington|place]]; possibly [[Redcar|place]] (the boy mentioned "the beach at [[Coatham|place]]")
When: from about [[21 June 2026|date]] (first missing episode) to [[8 November 2026|date]]
Exploiters (as known): "[[Rez|name]]" ([[Reza Ahmadi-Nasr|name]]); "[[Deano|name]]" ([[Dean Ord|name]]); "[[Kez|name]]" (female, not known)
Indicators: missing 5 times; found 40 km from home with cash and phones; unexplained new phone and clothes; debt ("u owe me
4 the phone"); injury to hand; older associates with a car; decline in school attendance.
Account in the child's own words (from the RHI of [[10/11/2026|date]]): "I just held a bag for someone."
Consent: not needed for a child. Parent informed: yes, [[Donna|name]], [[11/11/26|date]].
Section D - Other professionals
Social worker: [[Diane Cuthbert|name]] (team manager) / allocated SW to follow; Police: DC [[Marc Lamb|name]],
[[marc.lamb@cleveland.police.uk|email]];
School: [[Ceri Allinson|name]], [[Northfield School and Sports College|school]], [[Billingham|place]]; Youth Justice:
[[Tariq Mahmood|name]].
Previous addresses: [[Flat 2, 19 Durham Road|address]], [[Stockton-on-Tees|place]] (to 2020); [[Port Clarence|place]]
(with father, weekends).
"""),
]


# --- C. Ganzorig / Batbold family (Mongolian), Hemlington, Middlesbrough -----------------------------------------------

HOME_C = d.Address("12 Larkswood Road", "Hemlington", "Middlesbrough", "TS8 9LB")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Temuulen", "Ganzorig")], dt.date(2014, 3, 3), addresses=[HOME_C], ids=["3137087775", "R806215711987"],
       schools=["Hemlington Hall Academy"]),
    _p("s", "sibling", [("Bilguun", "Ganzorig")], dt.date(2020, 8, 18), addresses=[HOME_C], ids=["4098041340", "Y806211115716"]),
    _p("m", "mother", [("Oyunchimeg", "Batbold")], dt.date(1988, 12, 1), addresses=[HOME_C], phones=["07956 318 207"],
       ids=["SK 62 91 37 A"]),
    _p("f", "father", [("Ganzorig", "Tsend")], dt.date(1985, 5, 10), addresses=[HOME_C], phones=["07863 401 552"]),
    _p("g", "grandparent", [("Narantuya", "Dorj")], phones=["+976 9911 4827"]),
    _p("p1", "professional", [("Rachael", "Hebron")], phones=["01642 729 614"], emails=["rachael.hebron@teesmouth.gov.uk"]),
], "c")

DOCS_C = [
    ("home visit case note with a telephone interpreter", """CASE NOTE - HOME VISIT (announced)   Worker: [[Rachael Hebron|name]] (SW)
Date: Wed [[18 Nov 2026|date]] 16:00-17:20   Where: [[12 Larkswood Road|address]], [[Hemlington|place]], [[TS8 9LB|postcode]]
Interpreter: Mongolian (Khalkha), by phone, Big Word, interpreter [[Enkhjargal|name]] (ID 30418) - the mother declined an
interpreter from the local community "because everyone knows everyone in [[Middlesbrough|place]]".
Present: [[Oyunchimeg Batbold|name]] (mother, "[[Oyuna|name]]"); [[Temuulen|name]] (12, "[[Temka|name]]"); [[Bilguun|name]] (6). Father
([[Ganzorig Tsend|name]]) at work at the chicken factory in [[Thornaby|place]] until 22:00.

Purpose: the school's referral of [[13/11/2026|date]] - [[Temuulen|name]] told her form tutor, Ms [[Ramsden|name]], that her father
"hit mum with a phone charger" and that she "cuts to stop thinking".
Seen: a tidy two-bed house, food in. [[Bilguun|name]] showed me his Lego and said "Aav is angry" (aav = dad). A mark on the hall
wall at head height; the mother said it was from moving the sofa.
Mother (through the interpreter): the family came in 2022 on the father's work visa; first to
[[Peterlee|place]], then [[Hemlington|place]] in March. She was a teacher in [[Darkhan|place]] and has no job here. She said her
husband drinks vodka with his friend [[Batbayar|name]] from the factory on Fridays and "then he is another man". On
Friday [[6 November|date]] he "pushed" her; she did not want police. She said her mother, [[Narantuya Dorj|name]], in
[[Ulaanbaatar|place]] ([[Bayanzürkh|place]] district), tells her to come home with the children.
[[Temuulen|name]] (alone, in her room, in English; she refused the interpreter): the cuts are on her upper arm, "old ones, not
deep"; she last cut on the [[12th|date]]. She translates at the GP and at the bank for her mum. She said her dad once threw
her phone, and that she is scared he will send her to her grandmother. Her best friend is [[Amelia Nwosu|name]]; she goes to
the Mongolian Saturday school at [[Stockton|place]] library run by Mrs [[Tsetsegmaa|name]].
Plan: strategy discussion; Harbour (domestic abuse) referral with consent; CAMHS referral via the school nurse; visit
again [[25/11|date]] when the father is home.
Details taken for the referrals: mother's mobile [[07956 318 207|phone]], NI [[SK 62 91 37 A|ni]]; father's mobile
[[07863 401 552|phone]]; [[Bilguun|name]] at [[Hemlington Hall|school]] (Reception class, Mrs [[Oduya|name]]), UPN [[Y806211115716|upn]],
NHS [[409 804 1340|nhs]]; [[Temuulen|name]], NHS [[313 708 7775|nhs]], UPN [[R806215711987|upn]]. Grandmother: [[Narantuya Dorj|name]],
[[+976 9911 4827|phone]] (WhatsApp), flat in [[Bayanzürkh|place]], [[Ulaanbaatar|place]]; the mother's brother [[Batbayar Dorj|name]] (not
the
father's friend) lives in [[Erdenet|place]].
"""),
]

DOCS_C += [
    ("Facebook Messenger chat in Mongolian (Cyrillic) and English, shown by the girl and translated", """[Messenger chat between
[[Temuulen|name]] and her grandmother in [[Ulaanbaatar|place]], shown by [[Temuulen|name]] to [[Rachael Hebron|name]] on
[[24.11.2026|date]] and
photographed with her agreement. Mongolian in Cyrillic translated by the Big Word interpreter [[Enkhjargal|name]] on [[26/11|date]];
English left as typed. The grandmother is saved as "Эмээ" (Grandma).]

[[11/11/2026|date]]
Эмээ: [[Тэмүүлэн|name]] минь, ээж чинь яагаад утсаа авахгүй байна?
      (My [[Temuulen|name]], why is your mum not answering her phone?)
[[Temuulen|name]]: аав утсыг нь эвдэлсэн. I will tell her to call u from my phone
Эмээ: [[Ганзориг|name]] дахиад уусан уу? Би [[Батаа|name]] ахтай ярина
      (Has [[Ganzorig|name]] been drinking again? I will speak to uncle [[Bataa|name]].)
[[Temuulen|name]]: pls dont tell uncle. it makes it worse

[[14/11/2026|date]]
Эмээ: [[Билгүүн|name]] сургуульдаа явж байна уу? Зул сараар [[Улаанбаатар|place]] ирээрэй. Би билет авч өгнө
      (Is [[Bilguun|name]] going to school? Come to [[Ulaanbaatar|place]] for the New Year holidays. I will buy the tickets.)
[[Temuulen|name]]: i cant miss school emee. the social worker came
Эмээ: [[Оюунчимэг|name]]-д хэл: [[Дархан|place]]-д байр бий. Та нар ирж болно
      (Tell [[Oyunchimeg|name]]: there is a flat in [[Darkhan|place]]. You can come.)

[[20/11/2026|date]]
[[Temuulen|name]]: emee my number changed its [[07984 552 013|phone]]. dont give it to aav
Эмээ: за. миний шинэ дугаар [[+976 8806 3152|phone]]. [[Нарантуяа|name]] эмээ чинь чамд хайртай
      (OK. My new number is [[+976 8806 3152|phone]]. Your grandma [[Narantuya|name]] loves you.)
"""),
    ("school nurse's referral letter to CAMHS", """School Nursing Service (5-19), South Tees
Hemlington Health Centre, [[Middlesbrough|place]]

[[27 November 2026|date]]

Getting Help / CAMHS Single Point of Access
Dear colleague,
Re: [[Temuulen GANZORIG|name]], born [[3 March 2014|dob]], NHS [[313 708 7775|nhs]], of [[12 Larkswood Road|address]], [[Hemlington|place]],
[[Middlesbrough|place]] [[TS8 9LB|postcode]]. School: [[Hemlington Hall Academy|school]], Year 8. GP: Dr [[Mensah|name]], Parkway
Medical Centre.

I saw [[Temuulen|name]] ("[[Temka|name]]") in school on [[20th November|date]] and [[26th November|date]] after a referral from her head
of year, Mr [[Kyle Stainsby|name]]. She has been cutting her upper arms since about September 2026 with a pencil sharpener
blade, once or twice a week, "to stop my head". No cut has needed medical care. She denies thoughts of ending her life
but says she "sometimes wishes I could disappear to [[Darkhan|place]]". She sleeps about five hours; her mood score was 3/10.
She is a young carer: she interprets for her mother, [[Oyunchimeg Batbold|name]], at the GP, the Jobcentre on [[Corporation
Road|address]] and parents' evenings, and looks after her brother [[Bilguun|name]] (6) after school. She describes her father,
[[Ganzorig|name]], drinking at weekends and hitting her mother. Children's services are involved ([[Rachael Hebron|name]],
[[01642 729 614|phone]]); the social worker agreed to this referral.
She would like a female worker, to be seen at school, and not to need her mother to interpret. She speaks English
fluently. Her mother would need a Mongolian interpreter (Khalkha), not from Teesside if possible.
Yours sincerely
[[Jo Tindale|name]], Specialist Community Public Health Nurse (School Nursing), [[jo.tindale@nhs.net|email]], [[07718 664 203|phone]]
"""),
    ("email from a Mongolian community association volunteer to the social worker", """From: [[Tsetsegmaa Luvsan|name]]
<[[tsetsegmaa.l@gmail.com|email]]>
Sent: Monday, [[November 30, 2026|date]] 8:14 PM
To: [[Hebron, Rachael|name]] <[[rachael.hebron@teesmouth.gov.uk|email]]>
Subject: Re: [[Oyuna|name]] and children

Dear Ms [[Hebron|name]],
Thank you for your call. I run the Mongolian Saturday school in [[Stockton|place]] (the North East Mongolian Community
Association, we meet at the library on [[Church Road|address]]). [[Oyunchimeg|name]] said I can write to you.
She is frightened to go to a refuge because she thinks the Home Office will send her back, because her visa is with
[[Ganzorig|name]]'s work. Please can someone explain to her in Mongolian. My husband [[Erdene|name]] can drive her to appointments.
[[Temka|name]] helps me with the small children on Saturdays and is a good girl, she is too serious for her age.
I know [[Ganzorig|name]] also - he was kind before, in [[Peterlee|place]] he helped everyone move house. His friend [[Batbayar
Gantulga|name]] is not a good influence. They drink at [[Batbayar|name]]'s flat on [[Parliament Road|address]].
If the family must leave [[Hemlington|place]], my cousin in [[Sunderland|place]], [[Solongo|name]], has offered a room
([[07411 930 268|phone]]). She does not know [[Ganzorig|name]].
P.S. The children's father's cousin, [[Munkh-Erdene|name]], lives in [[Leeds|place]] ([[Harehills|place]]) and sometimes stays at
[[Larkswood Road|address]]. [[Oyuna|name]] is afraid of him too. He drives a silver Toyota, I think [[YG17 OPA|vehicle]].
P.P.S. Our next Saturday school is [[12 December|date]], the Tsagaan Sar practice; [[Temka|name]] and [[Bilguun|name]] are welcome.
With respect,
[[Tsetsegmaa|name]] ([[Цэцэгмаа|name]])
[[07503 287 116|phone]]
"""),
]


# --- D. Barry / Diallo family (Guinean, Fula / Pular speakers), Grangetown ---------------------------------------------

HOME_D = d.Address("44 Bolckow Road", "Grangetown", "Middlesbrough", "TS6 7AP")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Fatoumata Binta", "Barry")], dt.date(2016, 1, 19), addresses=[HOME_D], ids=["2467644812", "H807212814954"],
       schools=["Grangetown Primary School"]),
    _p("s", "sibling", [("Kadiatou", "Barry")], dt.date(2019, 5, 7), addresses=[HOME_D], ids=["4194728114"]),
    _p("m", "mother", [("Mariama", "Diallo")], dt.date(1993, 10, 2), addresses=[HOME_D], phones=["07723 905 164"],
       ids=["WP 15 84 26 D"]),
    _p("f", "father", [("Alpha Oumar", "Barry")], dt.date(1987, 2, 14), addresses=[HOME_D], phones=["07824 633 910"]),
    _p("g", "grandparent", [("Aïssatou", "Bah")], phones=["+224 622 41 87 09"]),
    _p("p1", "professional", [("Lorna", "Wetherill")], phones=["01642 771 318"], emails=["lorna.wetherill@teesmouth.gov.uk"]),
], "c")

DOCS_D = [
    ("community midwife's FGM safeguarding risk assessment form", """JAMES COOK UNIVERSITY HOSPITAL - MATERNITY
FGM SAFEGUARDING RISK ASSESSMENT (Department of Health tool, local version v3)
Woman: [[DIALLO, Mariama|name]]    DOB [[02/10/1993|dob]]    Hospital no. J2291447    Gestation at booking: 11+2
Address: [[44 Bolckow Rd|address]], [[Grangetown|place]], [[TS6 7AP|postcode]]    Tel: [[07723 905 164|phone]]
Country of origin: Guinea ([[Labé|place]])    Language: Pular, French (interpreter used: yes - [[Mamadou Sow|name]], by phone)
Partner: [[BARRY, Alpha Oumar|name]]    Completed by: [[Siân Petch|name]], community midwife, [[09.11.2026|date]]

PART 1 - the woman
FGM identified: YES, Type 2 (at examination and by her own account). Age when done: "about 7", in [[Labé|place]], at her
grandmother's house. Recorded on the FGM enhanced dataset: yes. Deinfibulation needed: no.
PART 2 - children in the family (any girl under 18 is at risk if the mother has had FGM)
Daughters: [[Fatoumata Binta BARRY|name]] ("[[Binta|name]]"), DOB [[19/01/2016|dob]], [[Grangetown Primary|school]];
[[Kadiatou BARRY|name]] ("[[Kadi|name]]"), DOB [[07/05/2019|dob]], same school.
Q: Is a trip planned to the country of origin?  YES - the father's mother, [[Aïssatou Bah|name]], has asked for the girls to
come to [[Labé|place]] "for the holidays at Easter"; tickets not yet bought.
Q: Does the family say FGM is a religious or cultural requirement?  The woman: "no, I don't want it for them". She said
her mother-in-law "says [[Binta|name]] is late already" and that her husband "listens to his mother".
Q: Is there a woman in the family who has performed FGM?  "The old woman in the village, Mama [[Kadiatou|name]] - no, not
my daughter's name-sake, another one." (Noted: the cutter shares the younger girl's first name.)
OUTCOME: risk to the daughters HIGH. Referral to children's social care made [[09/11/2026|date]] 15:30 (spoke to [[Lorna
Wetherill|name]]). GP (Dr [[Chukwu|name]], Eston Grange Medical Centre) and HV ([[Fiona Dunning|name]]) told. FGM information sharing
(FGM-IS)
alert added to both girls' records.
PART 3 - other women and girls in the family
- Mother's sister: [[Hadiatou Diallo|name]], in [[Conakry|place]] ([[Kaloum|place]]), [[+224 664 03 55 21|phone]]? (the woman was not sure
of
  the number; to check). She "was not cut - our father refused".
- Father's sister: [[Oumou Barry|name]], in [[Saint-Denis|place]] near [[Paris|place]]; daughters [[Hawa|name]] (12, living in
[[Labé|place]] with
  the grandmother) and [[Nènè|name]] (5, in France).
- Friend who came to booking: [[Aminata Camara|name]] of [[Eston|place]] ([[07944 318 570|phone]]), who "went through the same".
Next contacts: 16-week appointment [[07/12/2026|date]] at the [[Grangetown|place]] hub; perinatal mental health screening;
specialist FGM clinic (Dr [[Okafor|name]]) on [[14 Dec|date]]. Midwife's contact: [[07710 492 663|phone]].
"""),
]

DOCS_D += [
    ("social worker's witness statement for an FGM Protection Order application", """IN THE FAMILY COURT AT MIDDLESBROUGH
FGM PROTECTION ORDER - Female Genital Mutilation Act 2003, Schedule 2
Applicant: Teesmouth Council    Respondents: (1) [[Alpha Oumar Barry|name]] (2) [[Mariama Diallo|name]]
Persons to be protected: [[Fatoumata Binta Barry|name]] (born [[19 January 2016|dob]]) and [[Kadiatou Barry|name]] (born [[7 May 2019|dob]])

WITNESS STATEMENT OF [[LORNA WETHERILL|name]]
1. I am a social worker employed by the applicant and allocated to the children since [[10 November 2026|date]]. I make this
statement from my own knowledge and from the records.
2. The family live at [[44 Bolckow Road|address]], [[Grangetown|place]], [[Middlesbrough|place]], [[TS6 7AP|postcode]]. The father
came from [[Conakry|place]] ([[Ratoma|place]]) in 2014 and has leave to remain; the mother joined him in 2015 and the children were
born in [[Middlesbrough|place]].
3. On [[9 November 2026|date]] the community midwife, Ms [[Petch|name]], found that the mother had undergone FGM in
[[Labé|place]] as a child and that the paternal grandmother, Mrs [[Bah|name]], wants the girls brought to [[Labé|place]].
4. I visited on [[11 November|date]] with a Pular interpreter, Mr [[Sow|name]]. The mother repeated what she told the midwife.
The father said at first that "nobody will touch my daughters" but later that "my mother decides these things in
[[Labé|place]], not me". He showed me a voice note from his mother (transcript exhibited as LW/2) and a message from his
sister, [[Oumou Barry|name]], who lives at [[12 rue Gabriel Péri|address]], [[93200|postcode]] [[Saint-Denis|place]], France, offering to
travel with the girls "from [[Paris|place]]" in April.
5. [[Binta|name]] told me, at school with her teacher Mrs [[Hollis|name]] present, that "Grandma says I will have a big party in
Guinea when I am a woman" and that her cousin [[Hawa|name]] in [[Labé|place]] "was sick after her party".
6. On [[20 November 2026|date]] the father agreed to give the girls' Guinean passports to the police (handed to DC [[Sadia Khan|name]]
at [[Middlesbrough|place]] police station on [[23/11|date]]); the British passports are said to be "lost". I believe an order is needed.
7. I ask for an order until [[19 January 2034|date]] ([[Binta|name]]'s eighteenth birthday) for [[Binta|name]] and until [[7 May
2037|date]] for [[Kadi|name]]: no travel outside England and Wales, surrender of all passports, and no arranging of FGM.
Statement of truth signed: [[L. Wetherill|name]]    Dated [[24/11/2026|date]]
"""),
    ("transcript and translation of a grandmother's WhatsApp voice notes (Pular and French)", """[Exhibit LW/2. Two WhatsApp
voice notes sent to [[Alpha Oumar Barry|name]] from [[+224 622 41 87 09|phone]] (saved as "Neene", mother), played by him on
[[11/11/2026|date]]; transcribed and translated by [[Mamadou Sow|name]], Pular/French interpreter, on [[16.11.2026|date]]. Pular in
plain type, French in italics marks removed; [...] = not clear.]

VOICE NOTE 1 ([[8 novembre 2026|date]], 1:42)
Pular/French: "[[Alfa|name]], a nyalli e jam? Ko miin, neene ma. [[Binta|name]] e [[Kadi|name]] ngaraay [[Labé|place]] e Pâques. Mi
wonti ko mi heɓi billets ɗee ka [[Conakry|place]] [...] Tonton [[Ibrahima|name]] ina waawi yahdude e maɓɓe ka aéroport."
Translation: "[[Alpha|name]], how are you? It's me, your mother. [[Binta|name]] and [[Kadi|name]] will come to [[Labé|place]] at Easter. I
will get the tickets in [[Conakry|place]] [...] Uncle [[Ibrahima|name]] can go with them to the airport."

VOICE NOTE 2 ([[9 novembre|date]], 2:10)
Pular/French: "[[Mariama|name]] hoolaaki am. Debbo ndoo ko Tuubaakuyanke. [[Binta|name]] mawni, o yahii duuɓi sappo. Ko ɗuum woni
aada amen. [[Oumou|name]] jaɓii, o arata e [[Paris|place]] [...] Noddu lan ka nimero am hesɗo, [[+224 664 03 55 21|phone]]."
Translation: "[[Mariama|name]] doesn't trust me. That woman has become a white woman. [[Binta|name]] is grown, she's past ten
years. That is our custom. [[Oumou|name]] has agreed, she will come from [[Paris|place]] [...] Call me on my new number,
[[+224 664 03 55 21|phone]]."
Interpreter's note: "Neene" is Pular for mother; "[[Alfa|name]]" is how his mother says [[Alpha|name]]; "aada" is custom.
"""),
    ("the father's own letter to the social worker, written in English", """[[Alpha Oumar BARRY|name]]
[[44 Bolckow Road|address]]
[[Grangetown|place]] [[TS6 7AP|postcode]]
[[2/12/2026|date]]

To Madam [[Lorna|name]] social worker Teesmouth Council

Madam,
I write you this letter myself without a lawyer because I want you to understand me. I am not a bad father. I came to
this country in 2014 with nothing, I work at the car wash on [[Trunk Road|address]] and now I am at [[Wilton|place]] in the
contractors canteen. My daughters are born here, they are British, [[Binta|name]] is the best in her class in maths, her
teacher Mrs [[Hollis|name]] says it.
My mother is an old woman in [[Labé|place]], she does not know England. When she says the custom I say yes mother, because in
our culture you do not say no to your mother. But I will not send my girls. I told my sister [[Oumou|name]] in [[Saint Denis|place]]
no. I gave the passports to the police lady. You can check, my friend [[Thierno Baldé|name]] from the mosque on [[Bolckow Road|address]]
was with me that day.
I ask you please do not take my daughters and do not put my name in the newspaper. My wife [[Mariama|name]] and me we agree
together now. She will tell you. The Imam, [[Cheikh Souaré|name]], can also write to you, his number is [[07931 205 846|phone]].
Thank you madam
[[Alpha|name]] ([[Alpha Oumar Barry|name]])
[[07824 633 910|phone]]
"""),
]


# --- E. Brack / Wardell family (white British), Galley Hill, Guisborough ------------------------------------------------

HOME_E = d.Address("5 Kemplah Close", "Galley Hill", "Guisborough", "TS14 8JQ")
NAN_E = d.Address("22 Derwent Road", "", "Skelton-in-Cleveland", "TS12 2DJ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Wardell")], dt.date(2026, 7, 21), addresses=[HOME_E], ids=["6864419002"]),
    _p("s", "sibling", [("Summer", "Brack")], dt.date(2018, 4, 30), addresses=[HOME_E], ids=["9533491450", "J805221020984"],
       schools=["Galley Hill Primary School"]),
    _p("m", "mother", [("Shannon", "Brack")], dt.date(2001, 9, 8), addresses=[HOME_E], phones=["07861 227 409"]),
    _p("f", "father", [("Reece", "Wardell")], dt.date(1999, 12, 24), addresses=[HOME_E], phones=["07415 962 381"],
       ids=["PB 27 60 93 A"]),
    _p("g", "grandparent", [("Pauline", "Brack")], dt.date(1975, 6, 16), addresses=[NAN_E], phones=["01287 632 118"]),
    _p("p1", "professional", [("Helen", "Errington")], phones=["01642 771 402"], emails=["helen.errington@teesmouth.gov.uk"]),
], "c")

DOCS_E = [
    ("child protection medical report", """SOUTH TEES HOSPITALS NHS FOUNDATION TRUST - PAEDIATRIC SAFEGUARDING
CHILD PROTECTION MEDICAL - REPORT
Child: [[Ivy WARDELL|name]]    DOB [[21/07/2026|dob]] (age 4 months)    NHS [[686 441 9002|nhs]]
Address: [[5 Kemplah Close|address]], [[Galley Hill|place]], [[Guisborough|place]] [[TS14 8JQ|postcode]]
Examined: [[17 November 2026|date]], 14:30, Rainbow Ward, James Cook    By: Dr [[Priya Venkatesan|name]], consultant paediatrician
Present: mother ([[Shannon Brack|name]]); SW [[Helen Errington|name]]; nurse [[Gemma Hood|name]]. Father ([[Reece Wardell|name]]) arrived
15:10.
Referral: the health visitor, [[Carly Dent|name]], saw a bruise on the right cheek at a home visit on [[16/11/2026|date]].

History (mother): [[Ivy|name]] was "fine" on Sunday; on Monday morning [[Reece|name]] did the 5 am feed while she slept and
[[Ivy|name]] "had a mark" when she woke. Father (separately): [[Ivy|name]] "rolled into the cot bars". Older sister
[[Summer|name]] (8) was at her nan's in [[Skelton|place]] ([[Pauline Brack|name]]) that night.
Findings: a 1.5 x 1 cm purple bruise over the right cheekbone; two 0.5 cm bruises behind the left ear; a torn upper frenulum,
healing. Not rolling yet (per mother and on examination). Growth 25th centile. No bleeding disorder found (bloods [[17/11|date]]).
Skeletal survey [[18/11/2026|date]]: healing fracture of the left 7th rib posteriorly, about 10-14 days old. CT head normal.
Opinion: the bruising in a non-mobile baby, the torn frenulum and the rib fracture are highly suggestive of inflicted
injury; no explanation offered accounts for them.
Sibling: [[Summer Brack|name]] to be seen (Dr [[Venkatesan|name]] to see at [[Galley Hill Primary|school]] or on Rainbow
Ward on [[19/11|date]]).
Social history (from the SW): mother 25, father 26; [[Summer|name]]'s father is [[Jordan Cattermole|name]]. Father's previous
partner, [[Kayleigh Moses|name]], of [[Skelton|place]], has a child of 5 with him; police record a DA call from her address,
[[Castle Grange|address]], on [[12/03/2023|date]].
Copies: GP (Dr [[Lancaster|name]], [[Guisborough|place]]); DS [[Ian Skelton|name]] (Cleveland Police CAIU); [[Helen Errington|name]] (SW).
"""),
    ("section 47 chronology", """CHRONOLOGY (s47) - [[IVY WARDELL|name]] and [[SUMMER BRACK|name]] - prepared by [[H. Errington|name]],
[[25/11/2026|date]]

Date | Event | Source
[[08.09.2001|dob]] | Mother [[Shannon Brack|name]] born; herself on a CP plan 2011-12 (neglect), [[Skelton|place]] | LA records
[[30.04.2018|dob]] | [[Summer|name]] born, James Cook University Hospital | health
2019 | Mother's partner [[Jordan Cattermole|name]] (not [[Summer|name]]'s father) - 2 DA incidents, [[Loftus|place]] | police
[[21.07.2026|dob]] | [[Ivy|name]] born at 37 weeks, 2.6 kg | maternity
[[02.08.2026|date]] | HV new birth visit ([[Carly Dent|name]]): father "stressed, no sleep, lost job at [[Skinningrove|place]]" | HV
[[29.09.2026|date]] | Mother to GP: low mood; sertraline | GP
[[14.10.2026|date]] | 999 call from [[Kemplah Close|address]] by neighbour Mr [[Mick Harland|name]] ([[no. 7|address]]), "baby screaming
and a man
shouting"; police attended, no offences, parents said [[Ivy|name]] had colic | police
[[03.11.2026|date]] | [[Summer|name]] tells teacher Miss [[Guy|name]] "daddy [[Reece|name]] shakes the cot when [[Ivy|name]] cries" - not
referred
(teacher on a course; logged [[04/11|date]]) | school
[[16.11.2026|date]] | HV sees bruise on [[Ivy|name]]'s cheek; referral 15:20 | HV
[[17.11.2026|date]] | Strategy discussion; CP medical; father's account differs | SC/police
[[18.11.2026|date]] | Skeletal survey: rib fracture | hospital
[[19.11.2026|date]] | [[Ivy|name]] to nan [[Pauline Brack|name]], [[22 Derwent Road|address]], [[Skelton-in-Cleveland|place]], under a
safety
plan; [[Summer|name]] too. Father arrested; bailed to his mother's, [[Denise Wardell|name]], [[Brotton|place]] | police
[[20.11.2026|date]] | Paternal aunt [[Kelsey Wardell|name]] (of [[Marske|place]]) rings: says [[Reece|name]] "would never" | SC
[[24.11.2026|date]] | ABE interview of [[Summer|name]] at the [[Guisborough|place]] suite, DC [[Amina Rahim|name]] | police
[[24.11.2026|date]] | [[Summer|name]] says "[[Reece|name]] squeezed [[Ivy|name]] to make her stop" and that she told "Nana
[[Pauline|name]] and
[[Lacey|name]] at school" | ABE
[[25.11.2026|date]] | Father's solicitor ([[Ravi Mistry|name]], [[Mistry|name]] & Co, [[Stockton|place]]) says he will answer questions on
the
[[2nd|date]] | police
Family network: maternal grandmother [[Pauline Brack|name]] ([[01287 632 118|phone]]); her partner [[Keith Spence|name]]; paternal
grandmother [[Denise Wardell|name]] ([[Brotton|place]], [[07985 604 311|phone]]); maternal aunt [[Jodie Brack|name]]
([[Middlesbrough|place]],
[[Acklam|place]]); [[Summer|name]]'s father [[Jordan Cattermole|name]] - whereabouts not known, last heard of in [[Hull|place]].
"""),
]

DOCS_E += [
    ("health visitor's note typed fast on a phone in the car, pasted into the record", """HV contact note - typed on phone in car
after visit, pasted [[16/11/26|date]] 15:02 - [[C Dent|name]]
visit [[kemplah cl|address]] 1330-1420 planned 16wk check. mum [[shannon|name]] + baby [[ivy|name]] seen, dad [[reece|name]] in kitchen
most of time,
came in twice. [[ivy|name]] - 6.02kg. BRUISE R cheek approx 1.5cm purple + 2 small marks behind L ear. mum said "must of
been the cot bars" dad said "she rolled" - [[ivy|name]] NOT rolling, cant roll. frenulum not looked (she was feeding). mum v quiet
looked at dad before answering. [[summer|name]] at school (yr 4 [[galley hill|school]]). nan [[pauline|name]] in [[skelton|place]] has
them weekends.
house ok, bottles ok, moses basket in lounge, cot in parents rm. dogs none. smoking - dad outside.
said i had to share - dad said "fkn joke" + walked out, drove off in white transit [[YF19 WKU|vehicle]].
rang MASH 1450 - spoke [[helen errington|name]], strat today. rang GP - Dr [[Lancaster|name]] aware. told mum.
mum then said quietly "its not me" + showed texts from [[reece|name]] on her phone ("if u grass ill b gone").
mum mob [[07861 227 409|phone]]. dad [[07415 962 381|phone]].
TO DO - full record when back at [[Guisborough|place]] clinic. ask [[Gemma H|name]] re duty for tmrw.
"""),
    ("GP surgery's reception message log (practice tasks), printed for the case conference", """PRACTICE TASKS - printed
[[26-Nov-2026|date]]
Patient filter: [[BRACK, Shannon|name]] ([[08-Sep-2001|dob]]); [[WARDELL, Ivy|name]] ([[21-Jul-2026|dob]]); [[BRACK, Summer|name]]
([[30-Apr-2018|dob]])

[[29-Sep-2026|date]] 08:31  From: Reception (KB)  To: Dr [[Lancaster|name]]
  Mum [[Shannon|name]] ringing, crying, "can't cope with [[Ivy|name]] crying all night". Booked 11:10 today. Call back on
[[07861 227 409|phone]].
[[29-Sep-2026|date]] 11:45  From: Dr [[L Lancaster|name]]  To: HV team (inbox)
  Seen mum - PND, EPDS 17. Sertraline. Partner [[Reece|name]] in waiting room with baby; "he's good with her". Please visit.
[[13-Oct-2026|date]] 17:58  From: Reception ([[Dawn P|name]])  To: duty doctor
  Dad rang re baby "screaming for 3 hours, won't feed". Advised 111. He said "she's doing my head in".
[[15-Oct-2026|date]] 09:02  From: [[Dawn P|name]]  To: Dr [[Lancaster|name]]
  Police rang (PC [[Oldroyd|name]]) re call-out [[14/10|date]]; want to know if baby is registered. Told yes. ?safeguarding
[[16-Nov-2026|date]] 14:55  From: [[Carly Dent|name]] (HV)  To: Dr [[Lancaster|name]]
  Bruise on [[Ivy|name]] - referred to MASH. CP medical likely tomorrow.
[[20-Nov-2026|date]] 10:20  From: Reception ([[Kath Bainbridge|name]])  To: Dr [[Lancaster|name]]
  [[Pauline Brack|name]] (nan) asks for [[Ivy|name]]'s and [[Summer|name]]'s notes to be looked at by "her own GP in [[Skelton|place]]"
  while they stay with her at [[22 Derwent Rd|address]] - temporary registration form left at Skelton Medical Centre.
[[23-Nov-2026|date]] 12:40  From: Reception ([[Dawn P|name]])  To: practice safeguarding lead (Dr [[Farooq|name]])
  Mr [[Wardell|name]] rang asking for [[Ivy|name]]'s records "for my solicitor". Told to write in. He gave a new address: c/o
  [[Denise Wardell|name]], [[8 Cleveland Street|address]], [[Brotton|place]] [[TS12 2QB|postcode]]. Not updated - for Dr [[Farooq|name]].
"""),
]


# --- F. Lister / Bellerby family (white British), Low Grange, Billingham ------------------------------------------------

HOME_F = d.Address("16 Marsh House Avenue", "Low Grange", "Billingham", "TS23 3JB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Lister")], dt.date(2012, 2, 9), addresses=[HOME_F], ids=["2985810108", "Y808282335406"],
       schools=["Billingham South Academy"]),
    _p("m", "mother", [("Nicola", "Lister")], dt.date(1986, 4, 3), addresses=[HOME_F], phones=["07749 318 602"]),
    _p("o", "other", [("Craig", "Bellerby")], dt.date(1983, 10, 28), addresses=[HOME_F], phones=["07904 551 276"]),
    _p("p1", "professional", [("Sophie", "Marwood")], phones=["01642 527 815"], emails=["sophie.marwood@levenvale.gov.uk"]),
], "c")

DOCS_F = [
    ("police missing person log (closing summary)", """CLEVELAND POLICE - MISSING PERSON REPORT - CLOSING SUMMARY
MFH ref: MP-26-04719    Risk: HIGH (raised from medium at 23:40)
Missing person: [[LISTER, Ellie-Mae|name]]    DOB [[09/02/2012|dob]]    Age 14    Home: [[16 Marsh House Ave|address]], [[Billingham|place]]
[[TS23 3JB|postcode]]    School: [[Billingham South|school]] (Y9)
Reported by: mother, [[Nicola LISTER|name]], [[07749 318 602|phone]], at 21:15 on Saturday [[21/11/2026|date]]
Last seen: 16:30 [[21/11|date]], leaving home "to go to [[Brooke|name]]'s"; [[Brooke Tinkler|name]] (14) of [[Wolviston|place]] said she
had not seen her.
Enquiries: phone off from 17:05; last cell site near [[Seaton Carew|place]]. Friend [[Tia-Rose Mallaby|name]] said [[Ellie|name]] had
"a lad in [[Hartlepool|place]] called [[Kai|name]], he's like 20, he picks her up from the Asda at [[Billingham|place]] in a black Audi".
ANPR: black Audi A3 [[NA20 BZT|vehicle]] at the A689 camera 17:12, toward [[Hartlepool|place]]. Keeper: [[Kai Brannigan|name]], 21, of
[[Oxford Road|address]], [[Hartlepool|place]].
Found: 02:50 Sunday [[22 November 2026|date]] by PC [[Ryan Stubbs|name]] and PC [[Jas Kaur|name]] at a flat at [[Flat 3, 41 Elwick
Road|address]], [[Hartlepool|place]] [[TS26 9BQ|postcode]], with [[Brannigan|name]] and another male ([[Connor Reay|name]], 24). Smelt of
alcohol; a love bite on her neck; said she was "fine" and "in love". Conveyed home; handed to mother and stepfather ([[Craig
Bellerby|name]]) at 03:40.
Offences: CAWN to be served on [[Brannigan|name]] and [[Reay|name]]; s.16 intelligence submitted. Referral to children's social care
and the Tees Exploitation hub. Prevention interview offered by PC [[Stubbs|name]].
Officer closing: PS [[Lindsay Pounder|name]] 1842, [[22/11/2026|date]] 06:10
Previous: late returns [[1/10|date]], [[17/10|date]], [[31/10|date]] (Halloween, found by stepfather at [[Seaton
Carew|place]] bus station) and [[13/11|date]] (mother's account). Linked: [[Tia-Rose Mallaby|name]] (missing [[14 Nov|date]] from
[[Thornaby|place]]), [[Brooke Tinkler|name]]. Stepfather's mobile [[07904 551 276|phone]]. School DSL [[Mark Gowland|name]] told
[[23/11|date]].
"""),
    ("taxi firm's booking log sent to the police by email", """From: [[Marty Hebbron|name]] <[[bookings@billinghamcabs.co.uk|email]]>
Sent: [[24 November 2026|date]] 10:16
To: [[Ryan Stubbs|name]] <[[ryan.stubbs@cleveland.police.uk|email]]>
Subject: bookings you asked for - [[07937 468 120|phone]]

Hi [[Ryan|name]]
As asked, all jobs booked from that mobile since the start of the month. The account is in the name "K B" and pays cash.
Our driver [[Stevo|name]] ([[Steve Dowson|name]]) says it's always a young girl in school uniform or a hoodie and she
looks about 13-14. He says on the [[13th|date]] she was crying in the back and he asked was she ok and she said "don't
tell my mam". He's happy to give a statement, his number is [[07712 839 450|phone]].

Date      Time   Pick up                                       Drop                                    Fare
[[03/11/26|date]]  16:05  Asda car park, [[Billingham|place]]  [[Oxford Rd|address]], [[Hartlepool|place]]  £24
[[07/11/26|date]]  22:40  [[Oxford Rd|address]], [[Hartlepool|place]]  corner of [[Marsh House Ave|address]], [[Billingham|place]]  £26
[[13/11/26|date]]  15:50  [[Billingham South|school]] gates  [[41 Elwick Rd|address]], [[Hartlepool|place]]  £25
[[13/11/26|date]]  23:55  [[41 Elwick Rd|address]]  [[Wolviston Rd|address]] shops, [[Billingham|place]]  £24
[[19/11/26|date]]  16:20  [[Marsh House Ave|address]] (end)  [[The Front|address]], [[Seaton Carew|place]]  £20
[[21/11/26|date]]  16:40  [[Marsh House Ave|address]] (end)  [[Oxford Rd|address]], [[Hartlepool|place]]  £24

The booker's name on the calls is "[[Kai|name]]" and once "[[Kyle|name]]". Drop on the [[19th|date]] he said "for [[Ellie|name]]".
Regards
[[Marty|name]] - Billingham Cabs, [[01642 456 219|phone]]
"""),
]

DOCS_F += [
    ("child exploitation risk assessment tool, completed form", """TEES CHILD EXPLOITATION RISK ASSESSMENT TOOL (TCERAT) - v2.1
Child: [[Ellie-Mae Lister|name]]    DOB: [[9th Feb 2012|dob]]    NHS: [[298 581 0108|nhs]]    UPN: [[Y808282335406|upn]]
Address: [[16 Marsh House Avenue|address]], [[Low Grange|place]], [[Billingham|place]], [[TS23 3JB|postcode]]
Completed by: [[Sophie Marwood|name]] (SW), with [[Ellie-Mae|name]] and her mother, on [[27.11.2026|date]]
Known as: "[[Ellie|name]]", "[[Els|name]]"; Snapchat: elliemae.x12 (display "[[Ellie M|name]]")

Indicator (tick and evidence)
[x] Missing: 1 police-reported episode ([[21|date]]-[[22 Nov|date]]); 4 late returns since [[1 October|date]] per mum.
[x] Older boyfriend / associates: [[Kai Brannigan|name]] (21), [[Connor Reay|name]] (24), both of [[Hartlepool|place]].
[x] Travel unexplained: taxis paid by others (6 trips, see the Billingham Cabs log).
[x] Gifts: new iPhone, vapes, Nike trainers - "off [[Kai|name]]".
[x] Substances: alcohol on [[22/11|date]]; says she has "tried ket" at a party at [[Greatham|place]].
[x] Sexual health: love bite; says she is "with [[Kai|name]]"; C-card and a clinic appointment offered at [[Lawson Street|address]].
[ ] Criminality: none known.
[x] School: attendance 74% (Y9); exclusion for 2 days on [[5/11|date]]; friend group changed (no longer with [[Ruby Sutcliffe|name]]).
[x] Home: conflict with stepfather [[Craig Bellerby|name]] ("he's not my dad"); her father, [[Anthony Lister|name]], lives in
    Spain ([[Calle Sol 9|address]], [[Torrevieja|place]]) and rings on her birthday.
Young person's view: "[[Kai|name]] is my boyfriend and he loves me. I'm not being exploited I'm not thick."
Mother's view: "She's my baby. I didn't know he was 21 till the police said." Mrs [[Lister|name]] said her own mum, [[Brenda
Ogden|name]], in [[Norton|place]], could have [[Ellie|name]] some weekends.
Score: 31 - SIGNIFICANT risk. Outcome: strategy discussion [[30/11/2026|date]]; Tees Exploitation hub; disruption plan (CAWN served
on [[Brannigan|name]] [[25 Nov|date]]); trusted adult: youth worker [[Jodie Kell|name]] (A Way Out).
"""),
    ("youth worker's detached session recording", """A WAY OUT - DETACHED YOUTH WORK - SESSION RECORDING
Session: Thursday [[03 December 2026|date]], 18:00-20:30  Area: [[Billingham|place]] town centre, [[Kingsway|address]] and the
[[Low Grange|place]]
shops    Workers: [[Jodie Kell|name]], [[Aaron Peart|name]]
Contact with [[Ellie-Mae Lister|name]] (open to Leven Vale, SW [[Sophie Marwood|name]], [[01642 527 815|phone]])

18:40 Met [[Ellie|name]] and two girls ([[Brooke|name]] and a girl she called "[[Lils|name]]", about 13, from [[Norton|place]]) by the
shops on [[Marsh House Avenue|address]]. [[Ellie|name]] chatty, asked for a hot chocolate from the van. Said she has not seen [[Kai|name]]
"since the police thing" but he "messages off his mate's Snap". Said "[[Kai|name]]'s mate [[Connor|name]] is the weird one, he
takes pictures". I asked what pictures. She changed the subject.
19:05 A black car slowed by the shops; [[Aaron|name]] noted part of the reg, "NA20 ..."; the girls waved. [[Ellie|name]] said it wasn't
him. Car went toward [[Wolviston|place]].
19:30 [[Ellie|name]] said her mam and [[Craig|name]] "argue every night about me" and she might go to her nan [[Brenda|name]]'s in
[[Norton|place]]. She asked if the youth club at the Pavilion is on over Christmas. Gave her the card with my work mobile,
[[07387 204 916|phone]].
20:10 Walked the girls to the bus stop on [[Station Road|address]]. [[Brooke|name]] said her mum, [[Stacey Tinkler|name]], was coming.
Actions: partial reg passed to PC [[Stubbs|name]] via the intel portal ([[03/12|date]] 21:00); email to [[Sophie|name]]
([[sophie.marwood@levenvale.gov.uk|email]]); next session [[10th Dec|date]].
Also seen: [[Jaxon Fenwick|name]] (15, open to YOS) with two lads from [[Stockton|place]] by the Pavilion; [[Jaxon|name]] said [[Kai|name]]
"runs about with [[Reay|name]] from [[Owton Manor|place]]". Passed on. Mr [[Ahmed|name]] at the Costcutter on [[Marsh House Avenue|address]]
said girls buy vapes for "a man in an Audi" most nights.
Next steps agreed with [[Ellie|name]]: she will come to the girls' group at [[Billingham South
Academy|school]] on Tuesdays; she chose [[Jodie|name]] as her trusted adult.
Recorded by [[J. Kell|name]], [[04/12/26|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 60 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "ps", "pcso", "dc", "ds", "di", "sgt", "nurse", "our", "nan", "nana", "nanna",
           "nanny", "grandma", "grandad", "mam", "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "madam", "mama",
           "tonton", "tanti", "hadja", "neene", "imam", "eej", "ээж", "aav", "аав", "emee", "эмээ", "ах"}
_AFTER = {"senior", "junior", "эмээ", "emee"}
_NOT_PLACES = {"england", "wales", "england and wales", "britain", "uk", "teesside", "south tees", "cleveland", "tees valley",
               "north east", "the north east", "guinea", "mongolia", "france", "spain", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 21's checker (which runs set 15's, and so sets 13 to 6) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the kinship
# words and counties of sets 7 to 21; this adds this set's titles and kinship words (before a name: "PS Lindsay Pounder",
# "Nana Pat", "Tonton Ibrahima", "Mama Kadiatou", "Madam Lorna"; and after one, in Mongolian: "Нарантуяа эмээ") and
# counties, regions and countries ("Teesside", "South Tees", "Guinea", "Mongolia", "Spain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
