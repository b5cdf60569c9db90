"""Set 32: a twenty-seventh held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set30.py,
bench/redaction_set31.py, bench/redaction_set33.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's records and first document, and its word lists, checker wiring and
tail) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings of
bench/redaction_set7.py to redaction_set29.py and bench/redaction_heldout.py, searched by a small script for the towns and
communities of Leicester and Leicestershire, Northamptonshire, Derby, Coventry and Warwickshire and for community names (to
see which towns and communities earlier sets used as a family's home; a `grep -l` over those whole files counted which sets
name a community, without printing their text), the `_party`, `Records` and `HandSet` helpers and the signature of
`word_problems` in bench/redaction_handwritten.py, and the ruff settings in pyproject.toml (a `ruff format --check` run on set
21 and its test, to compare, printed more of their records and hard-case lists in passing). Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here. Written against a deadline, the documents
are shorter than earlier sets' and the set holds fewer gold spans (655) than the 1,000 to 1,500 asked for.

Six families, chosen to look like a typical caseload in Leicester and Leicestershire, Northamptonshire, Derby, Coventry and
Warwickshire, each from a town, district or estate no earlier set used as a family's home. Three white British families: a
young mother in Hollycroft, Hinckley, with a grandmother in Barwell (Orton / Cope; a boy of 7 "flicked" by his mother's
partner, debt and a prepayment meter, a neighbour who minds him), a family in Camp Hill, Nuneaton, with a grandfather in
Bedworth (Bates / Harlow / Attleborough; domestic abuse, a non-molestation order, a toddler underweight, a boy of 12 found alone
in a park at night) and a family in Greenhill, Coalville (Hurst / Moss; a boy of 14 missing and drawn into carrying drugs
between Coalville, Shepshed and Loughborough); and three from communities no earlier set used: a Moldovan family in
Southbrook, Daventry, with a father in Bălți and a grandmother in Chișinău (Ceban / Rusu; a girl of 13 minding her brother at
night while her mother works nights, a mother's boyfriend who grabbed her), an Angolan family in Chaddesden, Derby, with a
father in Luanda (Kiala / da Silva; a boy of 10 with a loop mark from a flex, a mother who writes her own letter of apology, a
section 47 enquiry closed to a child in need plan) and an Oromo family from Ethiopia in Tile Hill, Coventry, with a father in
Adama (Gemechu / Tolera; a girl of 15 told she will be taken to Shashemene to marry, a Forced Marriage Protection Order). 24
documents, four per family, 14 of them plain professional recording (a home visit case note, a single assessment's analysis,
a MASH referral form, a GP's letter, strategy discussion minutes, a child in need review, a section 47 outcome letter, an
initial child protection conference report, a witness statement for a forced marriage protection order, a chronology laid
out as a table, a family support worker's session record, core group minutes, a police missing person return report and a
letter to a mother) and ten the other writing a case file holds, in styles new to these sets where possible: a mother's texts
to her own mother typed up from screenshots, a food bank e-referral form, Viber messages between separated parents translated
from Romanian (with a grandmother's name in Cyrillic), a three-way phone call with a grandmother in Moldova through an
interpreter, a mother's own letter in English with Portuguese, a school safeguarding log export, a brother's WhatsApp voice note
transcribed, a scanned and OCR'd police "child come to notice" fax (with OCR's 0 for O, l for I and a town split by a space),
a social worker's return-interview notes typed fast on a phone in a car (with a wrong number and a name that is also the
family's district), and a parent's online contact form sent at night, exported.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Moldova, Angola, Ethiopia); NHS numbers and UPNs (the right LA number for the area:
855, 831, 331, 937) pass their check digits; NI numbers have a valid format. Councils are invented (Sparkenhoe, Nene Vale,
Derwent City, Godiva City, Anker Vale); towns, districts, estates, villages, real schools, NHS bodies, hospitals, police
forces, shops, brands, apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, PC, PCSO,
DS, Nanny, Grandad, Mum, tata, mamã, and the Portuguese "Dona") stay outside the name span; a possessive 's stays outside;
every person's name is a name in every form, record or not, and in lower case in messages ("kayd", "lew", "shan", "mișu",
"hodan", "lensa"). "SURNAME, First" and "SURNAME First" are one span ("CEBAN, Daniela", "GEMECHU, Lensa", "BATES Tyler",
"HARLOW Jade"); an initial with a surname, and a surname with an initial after it, is one span ("B Sharnford", "R Bablake",
"D. HARTSHlLL", "Gemechu L."); a role written as initials ("SW") is not marked; a name, an address or a date broken by a line
break is one span holding the break; a contact saved under a kinship word ("Mum 💕") is not a name; a street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
house number ("no. 16", "number 25", "16") and an address abroad ("str. Alba Iulia 14, ap. 22", Chișinău); towns, cities,
villages, districts and estates are places, at home or abroad; countries, counties and regions are not ("Moldova", "Angola",
"Ethiopia", "Leicestershire", "Warwickshire"); organisations are not marked even when they hold a town's or a person's name
("George Eliot Hospital", "Hinckley Health Visiting Team", "Coalville Library", "Royal Derby Hospital", "London Road Community
Hospital", "Derbyshire Constabulary", "Warwickshire Police"); a school's name is a school, and so is its short form ("Richmond",
"richmond", "castle rock", "Tile Hill Wood", "Cavendish Close Junior"); a date of birth is dob, any other calendar date with a
day is date (a weekday before it stays outside), and a bare day in a diary line ("5th", "6th") is a date; months and years
alone ("March 2026", "Sept 2025") are not marked; parks and woods are landmarks and stay unmarked ("Riversley Park", "burbage
woods"); a surname or first name that is also a town or district is marked by what it refers to (Sharnford, Whitwick,
Spondon, Allestree, Ansley, Hartshill, Weddington, Attleborough, Bablake, Whoberley, Nortoft and Greenhill are names when
they are people, and Greenhill is a place when it is the estate); a name in another script ("Валентина Русу") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an OCR'd date or name with
letters for digits ("O1/10/2026", "19/O3/2014", "D. HARTSHlLL") is marked as what it is, and so is a town split by an OCR space
("Nunea ton"); a partial vehicle registration a child remembers ("KX19") is a vehicle, since it narrows the search to one man's
van; an industrial estate where a parent works ("Royal Oak") is a place, like a housing estate; a shop or a chain ("kfc",
"mcdonalds", "Asda", "b&m", "the Co-op") is an organisation and stays unmarked, though the town it is in is marked; a mis-typed
phone number that belongs to another family's case is still a phone; an Oromo name that is also a word for the Oromo age-grade
system ("Gadaa") is a name when it is a man; the helpline numbers 101 and 999 are not phones; the school named "Falconer's Hill
Academy" and "The Parker E-ACT Academy" are schools, and a nursery ("Little Acorns") is a school; a mosque, a family hub, a food
bank centre named by its road marks the road as an address, and so does a council's own street ("Corporation Street"), since set
21 marks every street named without a number; an Ethiopian kebele (an urban ward) with its number ("Kebele 04") is an address
abroad; a Romanian or Portuguese honorific ("Doamna", "Dona") and "Pastor" stay outside the name; pet forms of a name in another
language ("Dănuța", "Ionel", "Mișu", "Valea") are names; a bus station named by its town ("Loughborough bus station") marks the
town; a football club named after its town ("Nuneaton Borough"), a family hub ("Camp Hill Family Hub") and a court ("the Family
Court at Coventry") are organisations; the city a family has booked flights to ("Addis Ababa") is a place; a local short form of
a town in a worker's notes ("swad" for Swadlincote) is a place, as set 21's "Cas" was; a surname that is the first word of a
village's name ("Kelsey Stoney", "Stoney Stanton") is a name, the village a place and the road named after it ("Stoney Stanton
Road") an address; form, voucher, case and occurrence references ("HFB-26-8841", "CV26F00412", "MFH 26/019944", "S47/26/3391")
are not marked; the exhibit mark "MK/1" is not a name.

Self-check without the detector: `python -m bench.redaction_set32` (and tests/test_redaction_set32.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents,
655 gold spans, 348 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Orton / Cope family (white British), Hollycroft, Hinckley, with a grandmother in Barwell ----------------------------

HOME_A = d.Address("14 Clarendon Road", "Hollycroft", "Hinckley", "LE10 0PJ")
NAN_A = d.Address("6 Shilton Road", "", "Barwell", "LE9 8BN")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kayden", "Orton")],
            dt.date(2019, 6, 14),
            addresses=[HOME_A],
            ids=["132 437 0017", "A855294580730"],
            schools=["Richmond Primary School"],
        ),
        _p("m", "mother", [("Shannon", "Orton")], dt.date(2000, 2, 9), addresses=[HOME_A], phones=["07823 451 906"], ids=["NR 52 71 33 B"]),
        _p("f", "partner", [("Lewis", "Cope")], dt.date(1997, 10, 1), phones=["07946 318 227"]),
        _p("g", "grandparent", [("Carol", "Orton")], dt.date(1971, 4, 22), addresses=[NAN_A], phones=["01455 612 874"]),
        _p("p1", "professional", [("Becky", "Sharnford")], phones=["0116 305 4128"], emails=["becky.sharnford@sparkenhoe.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "social worker's home visit case note",
        """CASE NOTE - HOME VISIT (announced)
Child: [[Kayden ORTON|name]]   DOB: [[14.06.2019|dob]]   NHS: [[132 437 0017|nhs]]   UPN: [[A855294580730|upn]]
Address: [[14 Clarendon Road|address]], [[Hollycroft|place]], [[Hinckley|place]] [[LE10 0PJ|postcode]]
Worker: [[Becky Sharnford|name]], Sparkenhoe Children's Services, [[0116 305 4128|phone]]
Date of visit: Thursday [[19 November 2026|date]], 15:45-16:50

Present: [[Shannon|name]] (mum), [[Kayden|name]], and for the last ten minutes mum's partner [[Lewis Cope|name]], who came in from
work. Maternal grandmother [[Carol Orton|name]] was on speaker phone from [[Barwell|place]] for part of the visit.

Purpose: follow-up to the referral from [[Richmond|school]] on [[12/11/2026|date]] (bruise to [[Kayden|name]]'s left ear, which he
said was "from [[Lewis|name]] flicking").

[[Kayden|name]] showed me his room. He has a bed, a duvet with Sonic on it and a box of cars. He told me he likes school and his
teacher Miss [[Lane|name]], and that his best friend is "[[Alfie|name]] from next door at [[number 16|address]]". He said
[[Lewis|name]] "does flicks when I'm naughty" and that it hurts "a bit".
He said Nanny [[Carol|name]] "has the best house" because she has a trampoline.

[[Shannon|name]] said she did not know about the flicking until school rang. She said she had told [[Lewis|name]] it has to stop. She
said she is struggling with money since her hours at Asda in [[Hinckley|place]] were cut and that the electric is on a key. She
said a neighbour, [[Dawn|name]] at [[no. 16|address]], sometimes has [[Kayden|name]] after school.

[[Lewis|name]] said, "It's a flick, my dad did worse." He agreed to a written safety plan: no physical chastisement, and
[[Kayden|name]] not left with him alone until the assessment is done. Grandmother agreed to collect [[Kayden|name]] from school on
Mondays and Wednesdays and to have him at [[6 Shilton Road|address]], [[Barwell|place]] overnight on Fridays.

Next: assessment to be completed by [[18 December 2026|date]]. Check with Hinckley Health Visiting Team whether the family is
known. Strategy discussion not needed at this point (agreed with team manager [[Gurpreet Sandhu|name]] on [[20/11|date]]).

Addendum, [[23/11/2026|date]]: rang [[Carol Orton|name]] on [[01455 612 874|phone]]. She said [[Lewis|name]] "has a temper" and that
in the summer he threw a remote at the wall at her house in [[Barwell|place]] when [[Kayden|name]] would not go to bed. She also
said [[Shannon|name]]'s old friend [[Kelsey Stoney|name]], who lives in [[Stoney Stanton|place]], had told her [[Lewis|name]]
was "done for fighting" in [[Leicester|place]] years ago. Police check requested from the MASH ([[Hannah Croft|name]]).
""",
    ),
    (
        "mother's text messages to her own mum, typed up from screenshots she showed the social worker",
        """Screenshots shown by
[[Shannon Orton|name]] on [[26 Nov 2026|date]] and typed up by [[B Sharnford|name]] with her agreement. Spelling as in the messages.
Contact saved as "Mum 💕" ([[01455 612 874|phone]] is the landline; the messages came from her mobile).

Sat [[21 Nov|date]]
Mum 💕: is [[kayd|name]] still coming fri. i got him new pjs from b&m
me: yes mum. [[lew|name]] says he aint doing flicks no more
Mum 💕: he better not [[shan|name]] or he'll have me to deal with. tell that social [[becky|name]] she can come to mine any time
me: she wants to see u on her own i think. shes nice tbh
Mum 💕: ok. [[dawn|name]] at [[16|address]] said her [[alfie|name]] heard shouting tues night
me: that was the telly mum swear down
Mum 💕: hmm. u know u can both come here. [[barwell|place]] aint far

Mon [[23 Nov|date]]
me: [[kayden|name]] got star of the week at [[richmond|school]] 🌟
Mum 💕: my boy!!! tell him nanny is proud. ill take him to burbage woods weds after school
me: [[lew|name]] wants to meet u proper. hes not a bad person mum
Mum 💕: not yet [[shan|name]]
""",
    ),
]


# --- B. Ceban / Rusu family (Moldovan), Southbrook, Daventry, with a grandmother in Chisinau ------------------------------

HOME_B = d.Address("9 Ashby Close", "Southbrook", "Daventry", "NN11 4RD")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Daniela", "Ceban")],
            dt.date(2013, 8, 3),
            addresses=[HOME_B],
            ids=["585 087 5905"],
            schools=["The Parker E-ACT Academy"],
        ),
        _p("s", "sibling", [("Mihai", "Ceban")], dt.date(2017, 1, 27), addresses=[HOME_B], ids=["828 073 4376"]),
        _p(
            "m", "mother", [("Tatiana", "Ceban")], dt.date(1988, 12, 5), addresses=[HOME_B], phones=["07712 604 583"], ids=["PB 64 20 18 A"]
        ),
        _p("f", "father", [("Ion", "Rusu")], dt.date(1985, 3, 17), phones=["+373 69 482 317"]),
        _p("p1", "professional", [("Harriet", "Weedon")], phones=["01327 706 552"], emails=["harriet.weedon@nenevale.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "MASH referral form from a secondary school",
        """NENE VALE MULTI-AGENCY SAFEGUARDING HUB - REFERRAL FORM
Referrer: [[Harriet Weedon|name]], DSL, [[The Parker E-ACT Academy|school]], [[Daventry|place]]   Tel: [[01327 706 552|phone]]
Email: [[harriet.weedon@nenevale.gov.uk|email]]        Date of referral: [[03/12/2026|date]]

Child: [[CEBAN, Daniela|name]]     DOB: [[03/08/2013|dob]]     NHS no: [[585 087 5905|nhs]]
Sibling: [[CEBAN, Mihai|name]] (9)     DOB: [[27/01/2017|dob]]     School: [[Falconer's Hill Academy|school]]
Address: [[9 Ashby Close|address]], [[Southbrook|place]], [[Daventry|place]], [[NN11 4RD|postcode]]
Parent: [[Tatiana Ceban|name]] (mother), mobile [[07712 604 583|phone]]; speaks Romanian and Russian, some English
Father: [[Ion Rusu|name]], lives in [[Bălți|place]], Moldova; [[+373 69 482 317|phone]]

Reason for referral:
On [[2 December|date]] [[Daniela|name]] told her form tutor Mr [[Nortoft|name]] that she has been looking after [[Mihai|name]] every
night this week while mum works nights at the warehouse on the [[Royal Oak|place]] estate, and that a man called "[[Sasha|name]]"
who stays sometimes "gets angry and drinks". She showed a bruise on her upper arm and said [[Sasha|name]] grabbed her when she
would not give him mum's bank card. She does not know his surname; she thinks he drives a white van, reg starts "[[KX19|vehicle]]".

[[Daniela|name]] asked that we do not tell her grandmother, [[Valentina|name]] ([[Валентина Русу|name]] on her phone), who lives at
[[str. Alba Iulia 14, ap. 22|address]], [[Chișinău|place]], because "she will cry and tell dad".

Interpreter needed: Romanian (not Russian for [[Daniela|name]]; she prefers English).

School information: [[Daniela|name]] is in Year 8 (form 8W, tutor Mr [[Nortoft|name]]). Attendance 88%. Friends: [[Ana Lungu|name]]
and [[Evie Braunston|name]]. She walks [[Mihai|name]] to [[Falconer's Hill|school]] each morning along [[Ashby Road|address]] and is
often late. Her mother came to parents' evening on [[12 November 2026|date]] with a man she introduced as "[[Alexandru|name]], a
friend" - not the same man, staff think. Contact for mother's employer (agency): not known.
""",
    ),
    (
        "Viber messages between a mother and the children's father, translated from Romanian by an interpreter",
        """Translated
for Nene Vale Children's Services by [[Elena Munteanu|name]] (interpreter) on [[7 December 2026|date]]. Original in Romanian, with
some words in Russian. Provided by the mother, [[Tatiana|name]], from her phone.

[[Ion|name]] ([[+373 69 482 317|phone]]), [[04.12.2026|date]] 21:14:
  "The school called me in [[Bălți|place]]?? Why does [[Dani|name]] say this about [[Sasha|name]]. Who is he."
[[Tatiana|name]], 21:20: "He is nobody. [[Oleg|name]]'s cousin from [[Northampton|place]]. He is gone now."
[[Ion|name]], 21:22: "I will send [[Dani|name]] and [[Mișu|name]] to my mother in [[Chișinău|place]] for Christmas. She has room."
[[Tatiana|name]], 21:31: "You will not. They have school until [[18 December|date]]. The social worker comes Tuesday."
[[Ion|name]], 21:40: "[[Valea|name]] says come to [[Soroca|place]] in summer then."   (interpreter: "[[Valea|name]]" is short for
[[Valentina|name]], the grandmother; [[Soroca|place]] is a town in the north of Moldova)
[[Ion|name]], 21:41: "Tell [[mișu|name]] tata loves him"

[[05.12.2026|date]] 08:02
[[Tatiana|name]]: "[[Dani|name]] says she wants to talk to you. Call her after 4. Not [[Sasha|name]]'s number, he doesn't have this phone."
""",
    ),
]


# --- C. Kiala / da Silva family (Angolan), Chaddesden, Derby ------------------------------------------------------------------

HOME_C = d.Address("31 Maine Drive", "Chaddesden", "Derby", "DE21 6RT")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Edmilson", "Kiala")],
            dt.date(2016, 9, 20),
            addresses=[HOME_C],
            ids=["151 081 2709", "J831243656429"],
            schools=["Cavendish Close Junior Academy"],
        ),
        _p("m", "mother", [("Esperança", "Kiala")], dt.date(1990, 5, 11), addresses=[HOME_C], phones=["07588 203 719"]),
        _p("f", "father", [("Paulo", "da Silva")], dt.date(1987, 7, 2), phones=["+244 923 456 781"]),
        _p("p1", "professional", [("Owen", "Spondon")], phones=["01332 675 418"], emails=["owen.spondon@derwentcity.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "strategy discussion minutes",
        """STRATEGY DISCUSSION - MINUTES (Section 47 threshold)
Child: [[Edmilson KIALA|name]] ("[[Edi|name]]")   DOB [[20 September 2016|dob]]   UPN [[J831243656429|upn]]
Held: Monday [[30 November 2026|date]], 11:00, by Teams.   Chair: [[Naomi Allestree|name]], Team Manager, Derwent City CSC

Attendees: [[Owen Spondon|name]] (SW, minutes); DS [[Paul Riddings|name]], Derbyshire Constabulary; Mrs [[J Okafor|name]], DSL,
[[Cavendish Close Junior|school]]; [[Lorraine Ward|name]], school nurse; apologies GP, Royal Derby Hospital paeds liaison.

1. Information shared
School: on [[27/11|date]] [[Edi|name]] came in with a loop-shaped mark on his right thigh, seen in PE. He said "mamã bateu com o
fio" (mum hit me with the wire) then said it was his cousin [[Nelson|name]]. Photographs taken, body map done.
Police: no previous for mother. Father [[Paulo DA SILVA|name]] is in [[Luanda|place]]; phone [[+244 923 456 781|phone]]. One call-out
to [[31 Maine Drive|address]] in March 2026? - corrected: [[14 March 2026|date]], neighbour at [[no. 29|address]]
reported shouting.
Nurse: [[Edi|name]] missed two hearing appointments at the London Road Community Hospital.

2. Decision: threshold met for Section 47, joint with police. Mother to be seen today with a Portuguese interpreter. Aunt
[[Graça Mbala|name]] (maternal, lives in [[Allenton|place]], [[07413 882 650|phone]]) identified as a safe place if needed.

3. Actions: [[Owen|name]] and DS [[Riddings|name]] to visit by 16:00; review [[2 December 2026|date]].
4. Information to share with the GP, Dr [[Imran Sinfin|name]] at the Chaddesden Park surgery, by [[1 December|date]].
5. Check [[Nelson|name]]'s details: school believe he is [[Nelson Kiala Mbala|name]] (13), [[Graça|name]]'s son, at
[[Lees Brook|school]]; mother's cousin [[Joaquim|name]] also stays at weekends ([[+244 912 604 338|phone]] on the school's contact list).
""",
    ),
    (
        "mother's own letter to the social worker, written in English with some Portuguese",
        """[[31 Maine Drive|address]]
[[Chaddesden|place]]
[[DE21 6RT|postcode]]
[[5/12/2026|date]]

Dear Mr [[Owen|name]],

I am writing because I can not say it good in the meeting with the interpreter and I am shame. I love my son [[Edmilson|name]]. In
Angola when I was small my mother beat us with the wire and I know this is wrong here and it is wrong. I am sorry. It was one time
when he run out to the road by the Co-op on [[Nottingham Road|address]] and I was so scared.

I am alone here. His father [[Paulo|name]] is in [[Luanda|place]] and he send nothing. My sister [[Graça|name]] help me but she works
in [[Burton|place]] now. My friend from church, Dona [[Filomena|name]], say she can take [[Edi|name]] after school on Tuesday and
Thursday. Her phone is [[07960 145 372|phone]].

I will go to the parenting course. Please let [[Edi|name]] stay with me. He ask every night "mamã, the social lady come?" I tell
him no, it is Mr [[Owen|name]] and he is kind.

Obrigada,
[[Esperança Kiala|name]]
[[07588 203 719|phone]]
""",
    ),
]


# --- D. Gemechu / Tolera family (Oromo, from Ethiopia), Tile Hill, Coventry ------------------------------------------------

HOME_D = d.Address("Flat 7, Jardine Crescent", "Tile Hill", "Coventry", "CV4 9PL")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Lensa", "Gemechu")],
            dt.date(2011, 11, 8),
            addresses=[HOME_D],
            ids=["600 853 2740", "G331252297775"],
            schools=["Tile Hill Wood School"],
        ),
        _p("m", "mother", [("Chaltu", "Tolera")], dt.date(1984, 1, 30), addresses=[HOME_D], phones=["07851 377 204"]),
        _p("f", "father", [("Abdi", "Gemechu")], dt.date(1979, 6, 6), phones=["+251 91 147 2836"]),
        _p("p1", "professional", [("Meera", "Kalsi")], phones=["024 7646 3195"], emails=["meera.kalsi@godivacity.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "initial child protection conference report (extract)",
        """GODIVA CITY COUNCIL - INITIAL CHILD PROTECTION CONFERENCE
REPORT OF THE SOCIAL WORKER (extract: family composition and analysis)

Name: [[GEMECHU, Lensa|name]]     DOB: [[08-11-2011|dob]]     NHS: [[600 853 2740|nhs]]
Address: [[Flat 7, Jardine Crescent|address]], [[Tile Hill|place]], [[Coventry|place]] [[CV4 9PL|postcode]]
Conference date: [[10 December 2026|date]]     Author: [[Meera Kalsi|name]], [[024 7646 3195|phone]]

Family: [[Lensa|name]] (15) lives with her mother [[Chaltu Tolera|name]] (42). Her father [[Abdi Gemechu|name]] returned to
[[Adama|place]], Ethiopia, in 2024 and keeps contact by WhatsApp ([[+251 91 147 2836|phone]]). The family speak Afaan Oromoo at home
and are Muslim; they attend the mosque on [[Stoney Stanton Road|address]]. [[Lensa|name]]'s older half-brother
[[Tolossa|name]] ("[[Toli|name]]", 22) lives in [[Canley|place]] and visits most weekends.

Concerns: on [[16 November 2026|date]] [[Lensa|name]] told [[Tile Hill Wood|school]]'s pastoral lead, Mrs [[Bablake|name]], that
her mother had told her she would be "taken home to marry" in the summer. She named the man as "[[Gadaa|name]]", a cousin of her
father's in [[Shashemene|place]]. Her mother says this is a misunderstanding and that she meant a family visit. Forced Marriage
Unit consulted on [[18/11/2026|date]].

Analysis: [[Lensa|name]] is articulate and frightened. She has asked that her mother not be told what she said about [[Gadaa|name]].
She trusts [[Toli|name]] and her friend [[Hodan|name]]'s mother, Mrs [[Faadumo Warsame|name]], who lives on
[[Broad Lane|address]]. Recommendation: child protection plan, category emotional harm, and an application for a Forced Marriage
Protection Order to be considered by legal.

Wishes and feelings ([[Lensa|name]]'s words, [[2 December 2026|date]], at school): "I want to finish my exams and go to
[[Henley College|school]] and do nursing. I love my mum. I don't want to go to [[Shashemene|place]]. My dad's side say it's
normal. [[Toli|name]] says it's not. [[Ayantu|name]] at the mosque said she'll help me if I need to leave." ([[Ayantu|name]] is
[[Ayantu Dabessa|name]], a youth worker at the Oromo community centre on [[Foleshill Road|address]], [[07385 114 902|phone]].)
""",
    ),
    (
        "school safeguarding log export (CPOMS-style)",
        """Safeguarding log export - [[Tile Hill Wood|school]] School
Student: [[Gemechu L.|name]]   Year 11   Tutor 11HB

[[16/11/2026|date]] 13:05  Disclosure  Logged by: [[R Bablake|name]]
  [[Lensa|name]] came to the pastoral office at lunch. Said mum told her "you will go to [[Shashemene|place]] after your exams and you
  will marry". Said she is scared. Did not want to go home. DSL informed.
[[16/11/2026|date]] 13:40  Action  Logged by: [[K Whoberley|name]] (DSL)
  Referral to MASH. Spoke to [[Meera|name]] (social care). Agreed [[Lensa|name]] goes home today; brother [[Toli|name]] to collect.
[[20/11/2026|date]] 09:12  Attendance  Logged by: Attendance Office
  Absent. Mother rang, says [[Lensa|name]] sick. Call from [[07851 377 204|phone]].
[[23/11/2026|date]] 10:30  Welfare check  Logged by: [[R Bablake|name]]
  [[Lensa|name]] back. Said her passport is "in mum's drawer". Said [[hodan|name]] in 11KB knows everything.
[[01/12/2026|date]] 15:20  Parent contact  Logged by: [[K Whoberley|name]]
  Mum and [[Toli|name]] in with interpreter [[Boontuu Jiregna|name]]. Mum upset; said "we are not those people".
""",
    ),
]


# --- E. Bates / Harlow family (white British), Camp Hill, Nuneaton, with a grandfather in Bedworth ----------------------------

HOME_E = d.Address("42 Hollystitches Road", "Camp Hill", "Nuneaton", "CV10 9QN")
RECORD_E = d.CaseRecord(
    [
        _p("c", "subject", [("Summer", "Bates")], dt.date(2022, 12, 1), addresses=[HOME_E], ids=["728 499 9101"]),
        _p(
            "s",
            "sibling",
            [("Tyler", "Bates")],
            dt.date(2014, 3, 19),
            addresses=[HOME_E],
            ids=["943 451 3642", "B937229008401"],
            schools=["Nuneaton Academy"],
        ),
        _p("m", "mother", [("Jade", "Harlow")], dt.date(1995, 8, 28), addresses=[HOME_E], phones=["07427 915 036"], ids=["JT 18 40 62 D"]),
        _p("g", "grandparent", [("Terry", "Bates")], dt.date(1960, 11, 11), phones=["07539 226 841"]),
        _p("p1", "professional", [("Kim", "Ansley")], emails=["kim.ansley@ankervale.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "chronology of significant events",
        """CHRONOLOGY - [[BATES, Summer|name]] (DOB [[01/12/2022|dob]]) and
[[BATES, Tyler|name]] (DOB [[19/03/2014|dob]])
Address: [[42 Hollystitches Road|address]], [[Camp Hill|place]], [[Nuneaton|place]], [[CV10 9QN|postcode]]
Compiled by [[Kim Ansley|name]], Anker Vale Children's Services

Date          | Event                                                            | Source
[[02.03.2025|date]]    | [[Jade Harlow|name]] (mother) attends George Eliot Hospital A&E with facial injury,  | Hospital
              | says she fell. Partner [[Craig Attleborough|name]] present.                 |
[[11 Jun 25|date]]     | Police called by neighbour at [[no. 44|address]] (Mrs [[Weddington|name]]): shouting,    | Police
              | child crying. [[Craig|name]] arrested, NFA.                                    |
Sept 2025         | [[Tyler|name]] (11) starts at [[Nuneaton Academy|school]]; attendance 81% by half term. | School
[[04/02/2026|date]]    | Health visitor: [[Summer|name]] (then 14 months) underweight, not brought to 2 appts.| HV
[[22.04.2026|date]]    | Grandad [[Terry Bates|name]] of [[Bedworth|place]] rings CSC: says [[Craig|name]] is back    | Family
              | and "the little 'un is always in the same nappy".                   |
[[1 Oct 2026|date]]    | [[Tyler|name]] found at 23:30 in Riversley Park by PCSO [[Dan Hartshill|name]]; said | Police
              | he "didn't want to go home". Taken to [[Terry|name]]'s flat.           |
[[15/10/2026|date]]    | Strategy discussion; S47; [[Craig Attleborough|name]] (DOB [[07/07/1992|dob]]) subject to  | CSC
              | non-mol order taken out by [[Jade|name]] on [[9 October|date]].                 |
[[21/10/2026|date]]    | [[Summer|name]] seen at home by HV [[Ruth Caldecote|name]]; weight improving.             | HV
[[02/11/2026|date]]    | [[Terry|name]] reports [[Craig|name]]'s car (silver Corsa [[FY19 KXD|vehicle]]) parked on           | Family
              | [[Hollystitches Road|address]] overnight. Police informed.                 |
[[24/11/2026|date]]    | Family support begins ([[Chloe Galley|name]]).                                  | FSW
""",
    ),
    (
        "scanned police notification with OCR errors",
        """WARWlCKSHIRE POLICE - CHILD COME TO NOTICE (CCTN)   0CR of scanned fax, pg 1/1
Ref: 26/N/1183  Date of incident: [[O1/10/2026|date]]   Officer: PCSO 7741 [[D. HARTSHlLL|name]]

Child: [[BATES Tyler|name]]   D0B: [[19/O3/2014|dob]]   Home addr: [[42 Hollystitches\nRd|address]], [[Nunea ton|place]]
Parent/carer: [[HARLOW Jade|name]] tel [[07427 915 036|phone]]

Circs: Child located alone in park off [[Coton Rd|address]] at 2330 hrs. Child stated mum's boyfriend "[[Craig|name]]" was "kicking off"
and he left through back door. Child wearing t-shirt only. Taken to grandfather
[[Terry BATES|name]] at [[Flat 3, 18 Leicester\nStreet|address]],
[[Bedworth|place]] (tel [[07539 226 841|phone]]) with mother's consent. Vehicle of [[Craig|name]] seen outside home: silver
Corsa [[FY19 KXD|vehicle]].

Voice of child: "I hate it when he's there. [[Summer|name]] cries and mum cries." Risk: MEDIUM. Shared with MASH.
""",
    ),
]


# --- F. Hurst / Moss family (white British), Greenhill, Coalville ----------------------------------------------------------------

HOME_F = d.Address("23 Linford Crescent", "Greenhill", "Coalville", "LE67 4QL")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Logan", "Hurst")],
            dt.date(2012, 4, 17),
            addresses=[HOME_F],
            ids=["617 027 2104", "Z855296049342"],
            schools=["Castle Rock High School"],
        ),
        _p("m", "mother", [("Nicola", "Moss")], dt.date(1983, 9, 23), addresses=[HOME_F], phones=["07907 341 562"]),
        _p("p1", "professional", [("Sam", "Whitwick")], phones=["01530 837 216"], emails=["sam.whitwick@sparkenhoe.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "notes typed fast on a phone after a missing-from-home return interview",
        """return int [[logan|name]] h [[8/12|date]] - typed on phone
in car, tidy up later. SW

seen at kfc... no. seen at mcdonalds [[coalville|place]] 4.10pm with [[logan|name]]. mum [[nicola|name]] knew.
went missing sat [[5th|date]] 7pm - found sun [[6th|date]] 11am [[loughborough|place]] bus stn by police (PC [[Joshi|name]]).
says stayed at "[[kai|name]]'s cousin's" flat in [[shepshed|place]], dont know address, "near the co op". older lads there,
one called "[[tee|name]]", maybe [[Tyrese|name]]? gave him £50 + a phone. new number he gave me [[07851 377 204|phone]]
- NO that's wrong thats from [[lensa|name]] case, ignore. his new no. is [[07960 145 372|phone]]? CHECK w mum.
says hes not carrying anything. wouldnt show me bag.
[[castle rock|school]] - excluded 3 days last wk, fight with [[Mason Greenhill|name]]?? (check - is greenhill the kid's surname
or where he lives?? - surname, yr 9).
CE screening tool tomorrow. tell [[Harpreet|name]] at police CE team.
also - mum says [[logan|name]]'s dad [[gary|name]] lives [[swad|place]] now, no contact since [[june 14th|date]]?? and nan [[pat moss|name]]
in [[ibstock|place]] ([[01530 260 917|phone]]) has him some wkends. [[logan|name]] wants to go to nan's not home.
ring [[nicola|name]] back re new phone. she was crying.
""",
    ),
    (
        "letter to the mother after a child exploitation meeting",
        """Sparkenhoe Children's Services
[[Sam Whitwick|name]], Social Worker   [[01530 837 216|phone]]   [[sam.whitwick@sparkenhoe.gov.uk|email]]

Ms [[Nicola Moss|name]]
[[23 Linford Crescent|address]]
[[Greenhill|place]]
[[Coalville|place]]
[[LE67 4QL|postcode]]

[[11 December 2026|date]]

Dear Ms [[Moss|name]],

Re: [[Logan Hurst|name]] (date of birth [[17 April 2012|dob]])

Thank you for coming to the meeting on Wednesday [[9 December|date]] at Coalville Library. As we discussed, the police and I are
worried that [[Logan|name]] is being drawn into carrying drugs between [[Coalville|place]], [[Shepshed|place]] and
[[Loughborough|place]]. You told us that [[Logan|name]] has been seen with an older man who drives a black Audi and that your
neighbour Mr [[Whitehead|name]] at [[number 25|address]] has seen [[Logan|name]] get into it on [[Belvoir Road|address]].

What we agreed: [[Logan|name]] will have a named worker from the Youth Justice and Exploitation Team, [[Aisha Begum|name]], who
will see him weekly at [[Castle Rock|school]]. You will ring 101 or 999 if he is not home by 9pm. His uncle [[Darren Moss|name]] in
[[Ibstock|place]] will take him for the Christmas holidays from [[19 December|date]].

Yours sincerely,
[[Sam Whitwick|name]]
""",
    ),
]

DOCS_A += [
    (
        "food bank voucher referral form, filled in by the social worker",
        """HINCKLEY AREA FOOD BANK - e-REFERRAL (agency copy)
Referring agency: Sparkenhoe Children's Services      Agency contact: [[Becky Sharnford|name]]  [[0116 305 4128|phone]]
Date issued: [[27/11/2026|date]]      Voucher no. HFB-26-8841 (not a reference to the family)

Client name: [[ORTON, Shannon|name]]          DOB: [[09/02/2000|dob]]         NI no.: [[NR 52 71 33 B|ni]]
Address: [[14 Clarendon Rd|address]]
         [[Hinckley|place]] [[LE10 0PJ|postcode]]
Tel: [[07823 451 906|phone]]
Household: 1 adult, 1 child (age 7: [[Kayden|name]]). Partner [[Lewis|name]] does not live there (stays 3-4 nights).
Dietary: no pork for [[Kayden|name]]? - No, mum says that was his friend [[Alfie|name]]. No allergies.
Reason: benefit delay (UC deduction for advance), reduced hours. Prepayment meter - fuel voucher also requested.
Collection: Thursday [[3 Dec|date]], the centre on [[Castle Street|address]]; Nanny [[Carol|name]] will collect in her car if
[[Shannon|name]] is at work.
Signed: [[B. Sharnford|name]]
""",
    ),
]

DOCS_B += [
    (
        "transcript of a three-way phone call with the grandmother in Moldova, through an interpreter",
        """Telephone call,
[[8 December 2026|date]], 16:05-16:32. Social worker [[Luke Byfield|name]] (Nene Vale), interpreter [[Elena Munteanu|name]]
(Romanian), and the children's paternal grandmother, Mrs [[Valentina Rusu|name]], in [[Chișinău|place]] on
[[+373 69 482 317|phone]] (the father's phone; she was at his flat). Transcribed from the interpreter's notes. LB = social worker,
VR = grandmother, EM = interpreter.

LB: Thank you for talking to me. I am the social worker for [[Daniela|name]] and [[Mihai|name]].
VR: (through EM) Is [[Dănuța|name]] all right? Is the little one all right? [[Ionel|name]] told me a man hurt her.
EM: She calls [[Daniela|name]] "[[Dănuța|name]]" and her son "[[Ionel|name]]".
LB: [[Daniela|name]] is safe. The man is not allowed at the house.
VR: I can take them. I have a room. I live at [[Strada Alba Iulia 14|address]], apartment 22, in [[Buiucani|place]]. There
is a school at the end of the street.
LB: Has [[Tatiana|name]] asked you for help before?
VR: In 2024, when they lived in [[Wellingborough|place]], she asked me to come. I came for three months. That man was not there
then. There was another, [[Vasile|name]], from [[Orhei|place]]. He is in prison now, I think.
LB: We want the children to stay with their mother if it is safe. Would you talk to [[Tatiana|name]]?
VR: I will call her tonight. My neighbour Doamna [[Raisa|name]] has a computer for the video.
""",
    ),
]

DOCS_C += [
    (
        "child in need review record",
        """CHILD IN NEED REVIEW - RECORD
Child: [[Edmilson Kiala|name]]   DOB [[20.09.2016|dob]]   NHS [[151 081 2709|nhs]]
Date: Tuesday [[8 December 2026|date]]   Venue: [[Cavendish Close|school]] (family room)
Present: [[Esperança|name]] (mother), [[Graça Mbala|name]] (aunt), [[Owen Spondon|name]] (SW), Mrs [[Okafor|name]] (DSL),
[[Beatriz Neto|name]] (Portuguese interpreter, by phone), Pastor [[Domingos|name]] (church, at mother's request, for item 1 only)

1. How things are: [[Edi|name]] says home is "better, calm". He likes the after-school club with Dona [[Filomena|name]] on
Tuesdays and Thursdays at her house in [[Oakwood|place]]. No new marks seen at school since [[27 November|date]].
2. Parenting: mother has started the course at the family hub on [[Roe Farm Lane|address]]; three of eight sessions done.
3. Health: hearing test rebooked for [[15/12/2026|date]] at London Road. Mother to take him; aunt to remind her by text from
[[07413 882 650|phone]].
4. Father: [[Paulo|name]] rang [[Edi|name]] on [[6 Dec|date]] from [[Luanda|place]] ([[+244 923 456 781|phone]]). [[Edi|name]] was happy.
5. Plan: continue CIN; next review [[9 February 2027|date]].
""",
    ),
]

DOCS_D += [
    (
        "a brother's WhatsApp voice note to the social worker, transcribed",
        """Voice note from [[Tolossa Gemechu|name]]
("[[Toli|name]]") to [[Meera Kalsi|name]]'s work phone, received [[05/12/2026|date]] 22:47, 2 min 10 s. Transcribed by
[[M Kalsi|name]] the next morning; [...] = could not hear.

"Hi [[Meera|name]], it's [[Toli|name]], [[Lensa|name]]'s brother. Sorry it's late. So I talked to my mum tonight at the flat in
[[Tile Hill|place]], with my uncle [[Bekele|name]], he came from [[Leicester|place]]. Mum says she never said marry, she said
[[Lensa|name]] can meet [[Gadaa|name]] when we go to [[Shashemene|place]] because he's family. But my uncle, he said to me after,
outside, that my dad's people in [[Adama|place]] have been talking about it since last year. [...] So I don't trust it. I told
[[Lensa|name]] she can stay at mine in [[Canley|place]], [[41 Charter Avenue|address]], if she's scared, my girlfriend
[[Keisha|name]] is fine with it. Also mum's got both passports, hers and [[Lensa|name]]'s, in the drawer. I'm not taking them,
I'm just saying. Call me tomorrow, my number is [[07851 377 204|phone]], no wait that's mum's, mine is [[07588 203 719|phone]]...
no. Sorry. I'll text it. OK bye."
(SW note: the second number he said is not his; his number on file is [[07384 920 615|phone]] - checked with him on
[[6 December|date]].)
""",
    ),
]

DOCS_E += [
    (
        "family support worker's session record",
        """Anker Vale Family Support - session record
Family: [[Harlow|name]] / [[Bates|name]]      Worker: [[Chloe Galley|name]]      Date: [[24/11/2026|date]]      Venue: home
Child's NHS no: [[728 499 9101|nhs]] ([[Summer|name]])   Mother's NI: [[JT 18 40 62 D|ni]] (for the nursery funding form)

Seen: [[Jade|name]], [[Summer|name]] (almost 4), and [[Tyler|name]] when he got home from school at 15:40.
Routine: we did the bedtime chart again. [[Summer|name]] now in bed by 7.30 most nights; [[Jade|name]] says [[Tyler|name]]
reads to her. [[Summer|name]] calls him "[[Ty-Ty|name]]".
Nursery: 15 hours at [[Little Acorns|school]] on [[Marlborough Road|address]] from [[4 January 2027|date]]; form done today.
Safety: [[Jade|name]] says [[Craig|name]] has not been round since the order. She changed her number; new one is
[[07427 915 036|phone]]. She said his sister [[Stacey Attleborough|name]] messaged her on Facebook, "friendly", asking how the kids
are. Advised not to reply and to screenshot; will tell [[Kim|name]].
Grandad [[Terry|name]] now has [[Tyler|name]] Saturdays; they go to watch Nuneaton Borough.
Next session: [[1 December|date]].
""",
    ),
]

DOCS_F += [
    (
        "a parent's online contact form to children's services, exported",
        """Sparkenhoe County Council - Contact us (Children and families)
Submitted: [[2026-12-04|date]] 01:17:52     Form ID: CF-778120

Your name: [[nicola moss|name]]
Your address: [[23 linford cres|address]] [[coalville|place]]
Postcode: [[le67 4ql|postcode]]
Phone: [[07907341562|phone]]
Email: [[nicky.moss83@hotmail.co.uk|email]]
Child's name and date of birth: [[logan hurst|name]] [[17/4/12|dob]]
What is your query about?: Other
Tell us more: I need to speak to [[Sam|name]] the social worker, i cant get through. [[Logan|name]] has gone again since 8pm and
his phone is off. Someone put a note through my door saying he owes money. there is a car outside my house now, dark grey, I
think the number plate is [[YR68 TZP|vehicle]]. my brother [[Darren|name]] is driving round [[Whitwick|place]] and
[[Thringstone|place]] looking for him. I rang 999 they said they will send someone. I just want someone to know. his dads
[[Gary Hurst|name]] in [[Swadlincote|place]] but he's not answering either.
""",
    ),
]

DOCS_A += [
    (
        "single assessment: summary and analysis section",
        """SINGLE ASSESSMENT - SECTION 6: SUMMARY AND ANALYSIS
Child: [[Kayden Orton|name]] (7)      Assessing worker: [[Becky Sharnford|name]]      Completed: [[16 December 2026|date]]

[[Kayden|name]] is a lively, affectionate boy who lives with his mother, [[Shannon Orton|name]], in a two-bedroom terrace in
[[Hollycroft|place]]. His mother's partner, [[Lewis Cope|name]], stays several nights a week; he has his own flat in
[[Earl Shilton|place]] above the barber's on [[Wood Street|address]]. [[Kayden|name]]'s father, [[Jamie Blaby|name]], has not been
in touch since 2022 and is believed to live in [[Market\nHarborough|place]]; his mother has no number for him.

Strengths: a warm bond with his mother and with his grandmother, Mrs [[Orton|name]], who is a daily presence; good attendance
at [[Richmond Primary\nSchool|school]] (97%); a neighbour, [[Dawn Kirby|name]], who is trusted and protective.

Worries: physical chastisement by [[Lewis|name]] ("flicks") that [[Shannon|name]] did not stop until school raised it on
[[12 November|date]]; debt and a prepayment meter; [[Lewis|name]] minimising ("my dad did worse"). [[Kayden|name]] told me on
[[9 December|date]] that there have been "no more flicks" and that [[Lewis|name]] "takes me to the Blue Bird chippy".

Analysis: the harm was low-level but repeated and came from an adult's belief that hurting a child is discipline. [[Lewis|name]]
has agreed to a parenting course (Triple P, starting [[11 January 2027|date]]). Outcome: child in need plan, review in
three months.
""",
    ),
]

DOCS_B += [
    (
        "GP practice letter to children's services",
        """Danetre Medical Practice, [[Daventry|place]]
Dr [[Aoife Brennan|name]], safeguarding lead GP

To: [[Luke Byfield|name]], Nene Vale Children's Services                                    [[9th December 2026|date]]

Re: [[Daniela CEBAN|name]], DOB [[3 Aug 2013|dob]], NHS [[585 087 5905|nhs]], of [[9 Ashby Close|address]], [[NN11 4RD|postcode]]
and [[Mihai CEBAN|name]], DOB [[27 Jan 2017|dob]], NHS [[828 073 4376|nhs]]

Thank you for your request. [[Daniela|name]] was seen by our nurse [[Joanne Staverton|name]] on [[4 December 2026|date]]; a
7 cm bruise on the left upper arm was recorded, consistent with her account of being grabbed. She was well otherwise and
talked about school and netball. Her last visit before that was in 2025 for asthma.

[[Mihai|name]] is up to date with immunisations. He was brought by a family friend, Mrs [[Svetlana Popa|name]], on
[[14 October 2026|date]] because his mother was at work; we have since asked that a parent attend.

Their mother, Ms [[Tatiana Ceban|name]], has been seen for low mood and sleep problems linked to night work. She is not on
medication. I have no record of a "[[Sasha|name]]" or of any other adult at the address.

Yours sincerely, Dr [[A. Brennan|name]]
""",
    ),
]

DOCS_C += [
    (
        "outcome letter to the mother after the section 47 enquiry",
        """Derwent City Council - Children's Social Care
Council House, [[Corporation Street|address]], [[Derby|place]]

Ms [[Esperança\nKiala|name]]
[[31 Maine Drive|address]], [[Chaddesden|place]], [[Derby|place]] [[DE21 6RT|postcode]]

Date: [[10 December\n2026|date]]
Our ref: S47/26/3391 (please quote)

Dear Ms [[Kiala|name]],

Outcome of the child protection enquiry about [[Edmilson|name]] (date of birth [[20/09/2016|dob]])

I am writing, as promised at our meeting on [[1 December|date]], to tell you the result of the enquiry that started on
[[30 November 2026|date]]. The police (DS [[Riddings|name]]) have decided to take no further action and have given you words of
advice. We have decided that [[Edmilson|name]] does not need a child protection plan and that he should have a child in need
plan, which we started on [[8 December|date]].

This letter has been translated into Portuguese by [[Beatriz Neto|name]] and the translation is attached. If you disagree with
anything in it you can tell me, or my manager [[Naomi Allestree|name]], on [[01332 675 418|phone]].

Yours sincerely,
[[Owen Spondon|name]], Social Worker
""",
    ),
]

DOCS_D += [
    (
        "witness statement in support of a forced marriage protection order (extract)",
        """IN THE FAMILY COURT AT COVENTRY
Case no. CV26F00412
IN THE MATTER OF AN APPLICATION FOR A FORCED MARRIAGE PROTECTION ORDER IN RESPECT OF [[LENSA GEMECHU|name]]

STATEMENT OF [[MEERA KALSI|name]]
1. I am a social worker employed by Godiva City Council. I make this statement from my own knowledge and from the records.
2. The person to be protected is [[Lensa Gemechu|name]], born on [[8 November 2011|dob]]. She lives with her mother, the first
respondent, [[Chaltu Tolera|name]], at [[Flat 7, Jardine Crescent|address]], [[Tile Hill|place]], [[Coventry|place]] [[CV4 9PL|postcode]].
3. The second respondent is the child's father, [[Abdi Gemechu|name]], who lives at [[Kebele 04|address]], [[Adama|place]],
Ethiopia. The third respondent is [[Gadaa Bekele Tufa|name]], of [[Shashemene|place]], whom [[Lensa|name]] named as the man she
was told she would marry.
4. On [[16 November 2026|date]] [[Lensa|name]] told a member of staff at her school that she would be "taken home to marry" after
her exams. On [[5 December 2026|date]] her brother, [[Tolossa Gemechu|name]], left me a voice message that I exhibit as MK/1.
5. On [[1 December 2026|date]] [[Lensa|name]]'s mother told me that the family has booked flights to [[Addis Ababa|place]] for
[[20 July 2027|date]]; she showed me the booking on her phone.
6. I ask the court to order that [[Lensa|name]]'s passport be surrendered and that no respondent take her out of the
jurisdiction.
Signed: [[M. Kalsi|name]]   Dated: [[11/12/2026|date]]
""",
    ),
]

DOCS_E += [
    (
        "core group meeting minutes",
        """CORE GROUP MEETING - [[Summer|name]] and [[Tyler Bates|name]]
Date: [[3rd December 2026|date]]      Venue: Camp Hill Family Hub      Minutes: [[Chloe Galley|name]]
Present: [[Kim Ansley|name]] (SW, chair); [[Jade Harlow|name]] (mum); [[Terry Bates|name]] (grandad); [[Chloe Galley|name]] (FSW);
Mr [[Ravi Mistry|name]] (head of year, [[Nuneaton Acad.|school]]); [[Ruth Caldecote|name]] (health visitor)

Progress: [[Summer|name]] weighed [[1/12|date]] - now on the 9th centile (was below the 2nd). HV pleased. [[Tyler|name]]'s attendance
92% this half term; Mr [[Mistry|name]] says he is "a different lad" and has joined the lunchtime chess club with his friend
[[Jayden Arbury|name]].

Worries: [[Craig|name]]'s sister [[Stacey|name]] contacting [[Jade|name]]; [[Craig|name]] seen in the Co-op on
[[Hollystitches Rd|address]] on [[28 Nov|date]] by [[Terry|name]] (order says not within 100 m). Police told; log 411 of
[[29/11/2026|date]].

Actions: [[Kim|name]] to share the order with the nursery before [[4 Jan|date]]; [[Jade|name]] to keep the Facebook screenshots;
[[Terry|name]] to keep Saturdays. Next core group [[7 January 2027|date]].
""",
    ),
]

DOCS_F += [
    (
        "police missing person report, return section",
        """LEICESTERSHIRE POLICE - MISSING PERSON REPORT (return details)
Occurrence: MFH 26/019944     Risk on return: HIGH (CCE)
Subject: [[HURST, Logan|name]]     DOB: [[17-04-2012|dob]]     Home:
[[23 Linford Crescent|address]], [[Coalville|place]] [[LE67 4QL|postcode]]
Reported by: [[Nicola MOSS|name]] (mother) [[07907 341 562|phone]]     Reported: [[05/12/2026|date]] 19:40

Found: [[06/12/2026|date]] 11:05, [[Loughborough|place]] bus station, by PC 3307 [[JOSHI|name]] and PC 2975 [[O'Neill|name]].
With: two males, 17-19, not known. One gave his name as "[[Tee|name]]", refused details; the other ran off towards
[[Baxter Gate|address]].
Property: iPhone (not his, mother says), £50 cash, a key to an unknown address.
Account: [[Logan|name]] said he stayed at a flat in [[Shepshed|place]] "with [[Kai|name]]'s cousin". [[Kai|name]] is believed to be
[[Kai Donington|name]] (15), of [[Thornborough Road|address]], [[Coalville|place]].
Onward: returned to mother 12:30 by PC [[O'Neill|name]]; SW [[Sam Whitwick|name]] informed; NRM referral to be considered.
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 32 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:32 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "cllr",
    "nurse",
    "sister",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "tata",
    "mama",
    "mamã",
    "dona",
    "senhora",
    "pastor",
    "doamna",
    "madam",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "leicestershire",
    "northamptonshire",
    "west northamptonshire",
    "derbyshire",
    "warwickshire",
    "west midlands",
    "east midlands",
    "the midlands",
    "moldova",
    "romania",
    "russia",
    "angola",
    "portugal",
    "ethiopia",
    "oromia",
    "africa",
    "europe",
}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets 13 to
# 6's), then this set's titles and kinship words ("Dona Filomena", "tata", "mamã") and counties, regions and countries
# ("Moldova", "Angola", "Ethiopia", "Warwickshire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
