"""Set 29: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set26.py,
redaction_set27.py and redaction_set28.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here: set 21's
docstring, its first family's record and first document, the opening of its second family's documents, its word lists and
helpers at the end, and its test in full), the docstrings of bench/redaction_set7.py to redaction_set25.py and of
bench/redaction_heldout.py (searched for the towns, districts, communities and document types earlier sets used, so that this
set picks new ones), the signatures of `_party`, `Records.party` and `HandSet` in bench/redaction_handwritten.py, the first
lines of tests/test_redaction_set25.py (for its size and NAME assertions), and the ruff and pytest settings in pyproject.toml
(the tests were run with HEARTH_DEBUG=1). Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round
of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families, chosen to look like a typical caseload in Sussex, Surrey, Berkshire, Wiltshire, Gloucestershire and Bristol, each
from a town, district or estate no earlier set (7 to 25, and the first held-out set) used as a family's home. Four white British
families: a mother, her partner and two children in Peacehaven, with a nan in Denton, Newhaven (Dunk / Tester; a red welt on a
boy of 9's cheek, "flicked with the lead", a boy who sleeps on a mattress, a nan who never liked the partner); a mother and two
children in Thatcham with a father in Calcot, Reading (Hunter / Pocock; a boy of 15 missing to a flat in Whitley, county lines,
cash and a vape at school, a girl of 14 at risk of sexual exploitation); a family on Studley Green, Trowbridge, with an aunt in
Westbury (Marsh / Pearce; neglect of a boy of 6 and a girl of 2 falling down the centiles, a mother's depression, a landlord's
breach notice); and a family in Hartcliffe, Bristol, with a nan in Withywood (Lovell / Rich; strangulation by a mother's partner,
a boy of 14 who took a knife off him, a family group conference plan). Two from communities no earlier set used: a Colombian
family in Merstham, with a grandmother in Medellín and a father in Bogotá (Restrepo / Ospina; a boy of 13 caring for his sister
of 7 before and after school, an older boy offering him money to "hold a bag", messages in Spanish), and a Barbadian (Bajan)
kinship family in Tuffley, Gloucester, with a mother in Oistins, Christ Church, Barbados, and a great-aunt in St Mark's,
Cheltenham (Greaves / Holder / Alleyne; a grandmother under a special guardianship order whose diabetes puts her in hospital,
racist bullying at school, a mother who promises Christmas "home to Bim", a disclosure about her partner there). 24 documents,
about half plain professional recording (case notes, a strategy meeting's minutes, a referral form, a child in need review's
minutes, a return home interview record, a chronology, a health visitor's contact record, an initial child protection
conference report, a special guardianship support review letter, a school's CPOMS log export, a family group conference plan)
and the rest of types or styles no earlier set used where possible: a lunchtime supervisor's handwritten concern form scanned
and OCR'd (with the DSL's note on the back), a mother's texts to her social worker, WhatsApp messages in Spanish typed up with
translations, a SENCo's email, a social worker's notes typed fast on a phone, a mother's own letter to a conference chair (with
a postscript from her daughter of 11), a Facebook Messenger chat between sisters, a letting agent's breach-of-tenancy letter
scanned and OCR'd (with an O for a 0 in the postcode), a grandmother's own handwritten letter in Bajan English, a duty line's
voicemail log, a police body-worn video transcript, a Microsoft Teams chat export, and a youth worker's Instagram messages.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Colombia, Barbados); NHS numbers and UPNs (the right LA number for the area: 845, 936,
870, 865, 916, 801) pass their check digits; NI numbers have a valid format. Councils are invented (Tidemills, Holmesdale,
Kennet Vale, West Wylye, Severn Vale, Avon Gorge City), and so are the letting agent (Selwood Lettings) and several schools and
nurseries (Telscombe Cliffs Primary School, Little Acorns, Furzefield Primary School, Grange Primary School, Whitelands Park);
towns, districts, estates, villages, real schools, charities, NHS bodies, hospitals, GP practices, police forces, shops, apps,
programmes, festivals and roads are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows set 19, set 15 and sets 6 to 13). [[words|kind]]
is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC, Nan, Nanny, nan, Aunty, aunty, Uncle, uncle, Great-aunt, Pastor, Señora, la
señora, Abuelita, Papá, dr, mr, mrs, miss) stay outside the name span; a possessive 's and a bare s in texting ("[[ash|name]]s
van", "[[connor|name]]s brother", "Nanny [[Sheila|name]]s") stay outside; "SURNAME, First" is one span ("HUNTER, Mason",
"MARSH, Ruby-Mae", "RICH, Connor James", "RESTREPO CÁRDENAS, Yuliana", "OSPINA RESTREPO, Valentina"), and so is "First SURNAME"
and a Colombian double surname in capitals alone ("OSPINA RESTREPO"); an initial with a surname is one span ("S. Hollebone", "G
Marsh", "A. Tester") and so is a first name with an initial or initials after it ("Kayden M", "Harvey W", "Valentina O-R");
collar numbers ("PC 4417") stay outside; a name, address or date broken by a line break is one span holding the break;
social media handles ("alfie.l_bs13", "hartcliffe.youthclub") are not marked; a chat contact saved under a kinship word
("Papá 🇨🇴") is not a name, but the name in "Abuelita Luz" is; every person's name is a name in every form, record or not, in
lower case in messages ("kai", "gaz", "kirst", "stace", "rubes", "mase", "lace", "jadey"). A street address is one span, its town
a place, its postcode a postcode; a street named without a number is an address ("Portland Drive", "roderick ave", "fulford rd",
"Hengrove Way"), and so is a neighbour's bare house number ("no. 16", "no 24", "no. 60") and an address abroad ("Calle 32 # 81-46,
Barrio Belén", "Lot 17, Welches Terrace"); towns, villages, districts and estates are places at home or abroad ("Studley Green",
"Denton", "Oistins", "Envigado", "Hastings" in Barbados); countries, counties, regions and parishes are not ("Surrey",
"Wiltshire", "Colombia", "Barbados", "Christ Church"); organisations are not marked even when they hold a town's name
("Merstham Family Centre", "Hartcliffe Community Hub", "Hartcliffe Youth Club", "Trowbridge Community Area Future", "Reading
Children's Services", "Severn Vale Council"), but a service named by its town in lower-case words marks the town ("[[Trowbridge|place]]
team", "[[Reading|place]]'s adult services", "[[Theale|place]] station"); schools, their short forms and nurseries are schools
("Kennet", "bridge", "hareclive", "Little Acorns", "Reigate Grammar"); a date of birth is dob, any other date with a day is date
(a weekday before it stays outside), the bare day in a list is a date ("[[15|date]], [[20|date]] and [[28 October|date]]"), and
months and years alone are not marked; pets (Bosun, Tyson) are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: an airport ("Gatwick") and a
shopping centre ("the Oracle"), a park or recreation ground ("Merstham rec") and a trunk road ("the A40") are landmarks and stay
unmarked; a letting agent's business address is marked like any street address; a birthday without a year in a child's own
writing ("the [[19th November|dob]]") is a dob, and so is a birth date in a chronology's date column; a nickname for a country
("Bim" for Barbados) is not a place; a misread postcode in OCR ("BA14 OQT") is still a postcode; a Colombian "Calle" address
with its "#" number is one address span; a family name alone ("[[Lovell|name]]", "Mr and Ms [[Marsh|name]]") is a name; an
interpreter's ID, an occurrence, crime or case reference and a police collar number are not marked.

Self-check without the detector: `python -m bench.redaction_set29` (and tests/test_redaction_set29.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,006 gold spans, 551 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Dunk / Tester family (white British), Peacehaven, with a nan in Newhaven ------------------------------------------

HOME_A = d.Address("14 Steyning Avenue", "", "Peacehaven", "BN10 8HR")
NAN_A = d.Address("6 Court Farm Road", "Denton", "Newhaven", "BN9 0DE")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler-Jay", "Dunk")],
            dt.date(2017, 4, 9),
            addresses=[HOME_A],
            ids=["715 994 1853", "F845204995699"],
            schools=["Telscombe Cliffs Primary School"],
        ),
        _p("s", "sibling", [("Poppy", "Tester")], dt.date(2023, 2, 17), addresses=[HOME_A], ids=["600 173 5174"]),
        _p("m", "mother", [("Chelsea", "Dunk")], dt.date(1996, 10, 2), addresses=[HOME_A], phones=["07722 057 390"], ids=["586 372 3661"]),
        _p("f", "father", [("Ashley", "Tester")], dt.date(1993, 6, 28), addresses=[HOME_A], phones=["07493 848 231"]),
        _p("g", "grandparent", [("Dawn", "Dunk")], dt.date(1971, 12, 5), addresses=[NAN_A], phones=["01273 584 219"]),
        _p("p1", "professional", [("Imogen", "Rusbridge")], phones=["0300 123 4762"], emails=["imogen.rusbridge@tidemills.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "case note of a home visit",
        """CASE NOTE - Home visit (announced)
Child: [[Tyler-Jay Dunk|name]]   DOB: [[09/04/2017|dob]]   Worker: [[Imogen Rusbridge|name]], SW, Tidemills Council Family Safeguarding
Date of visit: Tuesday [[3 November 2026|date]], 15:45 to 16:50. Address: [[14 Steyning Avenue|address]], [[Peacehaven|place]]
[[BN10 8HR|postcode]]

Present: [[Chelsea Dunk|name]] (mum), [[Tyler-Jay|name]] (9, known as "[[Ty|name]]"), [[Poppy|name]] (3), and for the last 20 minutes
[[Ashley Tester|name]] ([[Poppy|name]]'s dad), who came in from his van.

Purpose: to follow up the referral from [[Telscombe Cliffs Primary School|school]] of [[29 October|date]] - [[Ty|name]] came in with a red
mark on his cheek and said "[[Ash|name]] flicked me with the lead". He later said it was the dog.
The house: warm, tidy downstairs; the back bedroom [[Ty|name]] shares with [[Poppy|name]] had no bulb and a mattress on the floor.
The dog (Bosun, a Staffie cross) was shut in the kitchen. [[Chelsea|name]] said the dog lead story was "a joke that got out of hand".
[[Ty|name]] on his own (in the garden, on the trampoline): he likes [[Ash|name]] "mostly", does not like it when [[Ash|name]] and mum
shout,
goes to Nanny [[Dawn|name]]'s in [[Newhaven|place]] on Saturdays "on the bus past the cliffs". He said a lady next door, [[Bev|name]] at
[[no. 16|address]], gives him crisps over the fence. He would like a bunk bed.
[[Ashley|name]] said he works for a roofing firm in [[Seaford|place]] and is out from 6. He denied hitting [[Ty|name]].
Plan: [[Chelsea|name]] agreed to a referral to the Family Hub in [[Newhaven|place]]; I will ring [[Dawn Dunk|name]]
([[01273 584 219|phone]]) and
see [[Ty|name]] at school on [[10/11|date]]. Bed: Furniture Now charity, request made.

CASE NOTE - Visit to maternal grandmother
Date: Friday [[6 November 2026|date]], 11:00. Address: [[6 Court Farm Road|address]], [[Denton|place]], [[Newhaven|place]]
[[BN9 0DE|postcode]]
Seen: [[Dawn Dunk|name]] (nan, 54), and her partner [[Clive Funnell|name]], who stayed for the first ten minutes.
[[Dawn|name]] said she has [[Ty|name]] most Saturdays and sometimes [[Poppy|name]]. She has never liked [[Ashley|name]]: "He's all charm
till
he's had a drink." She saw a bruise on [[Ty|name]]'s arm in the summer holidays (she thinks [[15 August|date]], the day of the
[[Seaford|place]] carnival) and [[Ty|name]] told her he fell off the trampoline. She did not tell anyone.
She said [[Chelsea|name]] was in care herself for a year, with foster carers in [[Hailsham|place]], after [[Dawn|name]]'s own partner
at the time, [[Mick Stenning|name]], hit her; [[Chelsea|name]] "has always picked the wrong men". [[Dawn|name]] is willing to have both
children to stay if needed and has a spare room. [[Clive|name]] works at the port. DBS and checks to be done if a plan is needed.
Other people the children see: [[Chelsea|name]]'s friend [[Kirsty-Ann Bourne|name]] on [[Roderick Avenue|address]]; a childminder,
[[Mandy Tuppen|name]], in [[Telscombe|place]], who had [[Poppy|name]] until the money ran out in July.
""",
    ),
    (
        "lunchtime supervisor's handwritten note, scanned and OCR'd",
        """[[TELSCOMBE CLIFFS PRIMARY SCHOOL|school]]   -   Concern Form  (please
hand to DSL Mrs [[Okafor|name]] the same day)
Name of child: [[Tyler-Jay DUNK|name]]                 Class:  Kestrels / Yr 5
Date:  [[29 / 10 / 26|date]]     Time: 12.40      Your name:  [[S. Hollebone|name]]  (MDSA)

What did you see or hear? (Use the child's words)
[[Ty|name]] was sat on his own by the fence on the KS2 side . he had a red line mark on his left
cheek  like a welt. I asked what happened he said  "[[Ash|name]] flicked me with the lead cos I
was being a brat". Then he said "No it was Bosun, the dog". Then he said not to tell
Mum. He ate his dinner fine. [[Kayden M|name]] said [[Ty|name]] told him on Friday his mums boyfriend
"goes mental".

Action taken:  brought him in to Mrs [[Okafor|name]] at 12.50
Signed [[S Hollebone|name]]                    Rec'd by DSL: [[R. Okafor|name]]  [[29.10.26|date]]  13:05

DSL follow-up (handwritten on the back, scanned):  Rang mum [[Chelsea|name]] 13.20 - no answer. Rang Nan
([[Dawn Dunk|name]], emergency contact) 13.25 - she will collect at 3.15. Rang MASH 13.40, spoke to
[[Gemma Pankhurst|name]]; referral to follow online. [[Ty|name]] seen again at 2.30 with Mr [[Jeff Ades|name]]
(class teacher) - mark fading, no other marks on arms. He asked if [[Kayden|name]] would "get told off".
[[Ty|name]] DOB [[9.4.17|dob]]  UPN [[F845204995699|upn]]   Address [[14 Steyning Ave|address]], [[Peacehaven|place]]
Sibling: [[Poppy Tester|name]] (3), not at school, goes to [[Little Acorns|school]] nursery on [[Telscombe
Cliffs Way|address]] Mon/Weds.   R.O.   [[29/10|date]]
""",
    ),
    (
        "strategy meeting minutes",
        """Tidemills Council - Strategy Meeting (section 47)  -  [[Tyler-Jay DUNK|name]]
Date: [[2 November 2026|date]], 10:00, on Teams
Chair: [[Harriet Verrall|name]] (Team Manager, Family Safeguarding, [[Lewes|place]])
Present: [[Imogen Rusbridge|name]] (SW); DC [[Nathan Gorringe|name]] (Sussex Police, Safeguarding Investigations Unit);
[[Rachel Okafor|name]] (DSL, [[Telscombe Cliffs|school]]); [[Sasha Pelling|name]] (Health Visitor, for [[Poppy Tester|name]])
Apologies: Dr [[Vikram
Nair|name]] (GP, Meridian Surgery)

Information shared
Police: one previous call to [[14 Steyning Avenue|address]] on [[14/06/2026|date]] - neighbour ([[Beverley Skinner|name]],
[[no. 16|address]])
heard shouting, [[Ashley Tester|name]] (DOB [[28/06/1993|dob]]) had left by the time officers attended. No convictions. A warning in
2019 for a fight outside a pub in [[Brighton|place]].
Health: [[Poppy|name]] up to date with checks; mum missed the 27-month review twice. HV last saw [[Chelsea|name]] on [[5 Aug|date]].
School: attendance 91%. [[Ty|name]] quieter since half-term. Free school meals.
Decision: single-agency s47 by the local authority; police not to interview at this stage. SW to see [[Ty|name]] alone
at school and to speak to maternal grandmother, Mrs [[Dunk|name]], in [[Denton|place]].
Actions: IR - visit by [[6/11|date]]; RO - share attendance; SP - see [[Poppy|name]] by [[20 November|date]].

Identifiers checked (for the record): [[Tyler-Jay|name]] - NHS [[715 994 1853|nhs]], UPN [[F845204995699|upn]]; [[Poppy|name]] - NHS
[[600 173 5174|nhs]]; [[Chelsea|name]] - NHS [[586 372 3661|nhs]], DOB [[02/10/1996|dob]]; [[Ashley|name]] - NI [[JB 27 63 81 A|ni]],
mob [[07493 848 231|phone]], van [[GN70 TXU|vehicle]] (white Transit, "[[A. Tester|name]] Roofing" on the side).
Next meeting: strategy review on Wednesday [[18th November|date]] at 14:00 unless the s47 closes sooner.
""",
    ),
    (
        "mother's text messages to the social worker, typed up",
        """Texts from [[Chelsea Dunk|name]] ([[07722 057 390|phone]]) to
[[Imogen Rusbridge|name]] (work mobile), typed up
for the file by [[Imogen|name]] on [[7/11/2026|date]]

[[04/11/2026|date]] 21:14  hi its [[chelsea|name]]. [[ty|name]] said u asked him bout [[ash|name]] at school. i told u it was the dog
[[04/11/2026|date]] 21:15  [[ash|name]] is good with him he takes him fishing at [[newhaven|place]] harbour
[[04/11/2026|date]] 21:31  sorry im stressed. my mum says u rang her. please dont get [[dawn|name]] involved she hates [[ash|name]]
[[05/11/2026|date]] 08:02  [[poppy|name]] has a temp so not taking [[ty|name]] in till 10 is that ok
[[05/11/2026|date]] 17:48  bed lady rang!! bunk beds coming thurs [[12th|date]] thank u x
[[06/11/2026|date]] 22:40  can we do the meeting at mums in [[denton|place]] not here. [[ash|name]]s van is parked outside and
[[bev|name]]
watches everything x
[[07/11/2026|date]] 07:55  [[ty|name]] wants to know if [[imogen|name]] is coming to his class assembly on the [[19th|date]]. hes a
pirate lol
[[07/11/2026|date]] 12:10  also my mate [[kirsty-ann|name]] says she can come to the meeting with me is that allowed
[[07/11/2026|date]] 12:11  she lives on [[roderick ave|address]] near the co op
""",
    ),
]


# --- B. Restrepo / Ospina family (Colombian), Merstham, with a grandmother in Medellín -----------------------------------

HOME_B = d.Address("Flat 7, Gatton Court, 31 Radstock Way", "", "Merstham", "RH1 3NH")
ABUELA_B = d.Address("Calle 32 # 81-46, Barrio Belén", "", "Medellín", "")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Santiago", "Ospina Restrepo")],
            dt.date(2013, 8, 21),
            addresses=[HOME_B],
            ids=["564 483 6789", "Y936265287215"],
            schools=["Merstham Park School"],
        ),
        _p(
            "s",
            "sibling",
            [("Valentina", "Ospina Restrepo")],
            dt.date(2019, 5, 3),
            addresses=[HOME_B],
            ids=["649 769 1529"],
            schools=["Furzefield Primary School"],
        ),
        _p("m", "mother", [("Yuliana", "Restrepo Cárdenas")], dt.date(1990, 1, 14), addresses=[HOME_B], phones=["07444 301 595"]),
        _p("f", "father", [("Andrés Felipe", "Ospina")], dt.date(1987, 9, 30), phones=["+57 310 482 7716"]),
        _p("g", "grandparent", [("Luz Marina", "Cárdenas")], addresses=[ABUELA_B], phones=["+57 601 347 2285"]),
        _p("p1", "professional", [("Tomasz", "Wiśniewski")], phones=["07551 537 332"], emails=["tomasz.wisniewski@holmesdale.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "multi-agency referral form",
        """HOLMESDALE COUNCIL - CHILDREN'S SINGLE POINT OF ACCESS - REQUEST FOR SUPPORT
Section 1 - Child
Surname: [[OSPINA RESTREPO|name]]            Forename(s): [[Santiago|name]]           DOB: [[21-08-2013|dob]]    Gender: M
Address: [[Flat 7, Gatton Court, 31 Radstock Way|address]], [[Merstham|place]], [[RH1 3NH|postcode]]
School: [[Merstham Park School|school]] (Year 9)     NHS no: [[564 483 6789|nhs]]     UPN: [[Y936265287215|upn]]
First language: Spanish     Interpreter needed: for mother - yes (Latin American Spanish)
Section 2 - Household
[[RESTREPO CÁRDENAS, Yuliana|name]] - mother - DOB [[14.01.1990|dob]] - mob [[07444 301 595|phone]]
[[OSPINA RESTREPO, Valentina|name]] - sister - 7 - [[Furzefield Primary|school]]
Father: [[Andrés Felipe Ospina|name]], lives in [[Bogotá|place]], Colombia, [[+57 310 482 7716|phone]] (WhatsApp only)
Section 3 - Referrer: [[Claire Haffenden|name]], Head of Year 9, [[Merstham Park|school]]; [[c.haffenden@merstham-park.org.uk|email]]
Section 4 - Concern
[[Santiago|name]] (he likes "[[Santi|name]]") has told his form tutor, Mr [[Gil|name]], that since [[1 October|date]] he has been
getting up at
5 to take [[Vale|name]] to a childminder in [[Redhill|place]] and then caring for her after school while mum works two cleaning
jobs (Gatwick, then offices in [[Reigate|place]]). Attendance 78%, late 19 times. On [[12/11/2026|date]] he fell asleep in
Science and cried. He says an older boy, "[[Kane|name]]" from [[Earlswood|place]], has offered him £50 to "hold a bag". He says
mum is "always crying on the phone to Abuela".
Consent: mother consented by phone on [[13/11/26|date]] through the Language Line interpreter (ID 40712).
Section 5 - Others known to the family
Maternal grandmother: [[Luz Marina Cárdenas|name]], [[Calle 32 # 81-46, Barrio Belén|address]], [[Medellín|place]], Colombia,
tel [[+57 601 347 2285|phone]]. Maternal aunt: [[Gloria Restrepo|name]], [[Envigado|place]]. Mother's friend from church:
[[Deisy Mosquera|name]],
[[Bletchingley Road|address]], [[Merstham|place]], [[07900 855 601|phone]] (has the children sometimes on Sundays).
Previous address: [[Flat 3, 88 Brighton Road|address]], [[Horley|place]], [[RH6 7HE|postcode]] (until April 2024?).
Arrived UK: [[15/09/2022|date]], asylum claim, leave to remain granted [[2 February 2024|date]].
Section 6 - Referrer signature: [[C. Haffenden|name]]       Date: [[13/11/2026|date]]
""",
    ),
    (
        "WhatsApp messages in Spanish, typed up and translated",
        """WhatsApp messages on [[Santiago|name]]'s phone, shown to me by
[[Santiago|name]] and [[Yuliana|name]] at the home visit on
[[19/11/2026|date]], typed up with the interpreter ([[Marisol Aranda|name]], Language Line, booked in person) - [[T. Wiśniewski|name]], SW
Original Spanish first, English below each line.

Chat: "Papá 🇨🇴" ([[+57 310 482 7716|phone]])
[[16/11/2026|date]] 22:03  Papá: [[Santi|name]] mijo, ¿cómo está la princesa? ¿Tu mamá ya le mandó la plata a tu abuela?
  ([[Santi|name]] son, how is the princess? Has your mum sent the money to your grandma yet?)
[[16/11/2026|date]] 22:05  [[Santiago|name]]: no papi, mamá trabaja todo el día. yo cuido a [[vale|name]]
  (no dad, mum works all day. I look after [[vale|name]])
[[16/11/2026|date]] 22:09  Papá: usted es el hombre de la casa ahora. No le diga nada a la trabajadora social
  (you are the man of the house now. Don't tell the social worker anything)

Chat: "Abuelita [[Luz|name]]" ([[+57 601 347 2285|phone]], a landline in [[Medellín|place]])
[[17/11/2026|date]] 07:40  Abuelita [[Luz|name]]: Mi amor, dígale a su mamá que la casa de la [[Calle 32 # 81-46|address]] ya se vendió.
  Nos vamos a vivir donde tu tía [[Gloria|name]] en [[Envigado|place]].
  (My love, tell your mum the house on [[Calle 32 # 81-46|address]] has been sold. We are going to live with your aunt
  [[Gloria|name]] in [[Envigado|place]].)
[[17/11/2026|date]] 07:44  [[Santiago|name]]: bendición abuelita. [[vale|name]] dice que la extraña
  (blessing grandma. [[vale|name]] says she misses you)
[[17/11/2026|date]] 07:46  Abuelita [[Luz|name]]: Dios me los bendiga. Salúdeme a [[Yuli|name]] y a la señora [[Deisy|name]].
  (God bless you both. Say hello to [[Yuli|name]] and to Mrs [[Deisy|name]] for me.)

Chat: "[[kane|name]] 😈" (number saved, not shown to me - [[Santiago|name]] deleted the chat in front of me on [[19/11|date]])
""",
    ),
    (
        "child in need review minutes",
        """CHILD IN NEED REVIEW - [[Santiago OSPINA RESTREPO|name]] and [[Valentina OSPINA RESTREPO|name]]
Held at Merstham Family Centre, Thursday [[3rd December 2026|date]], 16:00. Interpreter: [[Marisol Aranda|name]].
Chair: [[Tomasz Wiśniewski|name]] (SW). Present: [[Yuliana Restrepo Cárdenas|name]]; [[Claire Haffenden|name]] ([[Merstham Park|school]]);
[[Abena Owusu-Bekoe|name]] (Young Carers Service, Surrey); PC [[Daniel Sayers|name]] (Neighbourhood, [[Redhill|place]]);
[[Kerry Brind|name]]
(family support worker). Not present: [[Santiago|name]] (seen before the meeting; his views below).

Progress since [[19 November|date]]
- Childminder changed to one in [[Merstham|place]] ([[Jo Pescod|name]], [[Portland Drive|address]]), paid through the council's
  childcare fund until [[31/01/2027|date]], so [[Santi|name]] no longer goes to [[Redhill|place]] before school. Attendance since: 96%.
- Young carers assessment done on [[25 Nov|date]]; he has a place at the Tuesday club in [[Reigate|place]].
- [[Kane|name]]: police know him as [[Kane Botting|name]] (17), of [[Earlswood|place]]. PC [[Sayers|name]] has done a disruption visit and
  an NRM referral is not needed for now. [[Santiago|name]]'s phone has been changed.
- [[Yuliana|name]] has dropped the evening office job; Citizens Advice (Mr [[Edgar Moya|name]]) is helping with Universal Credit.
- Mum told us her mother, Señora [[Luz Marina Cárdenas|name]], is moving to [[Envigado|place]]; she wants to visit at Christmas
  with both children and will give the address to the SW.
[[Santiago|name]]'s views (in English, in his words): "It's better. I want to do football again on Saturdays at Merstham
rec. I don't want my dad to know I told."
Next review: [[4 March 2027|date]].
Actions
1. [[Tomasz|name]] to write to [[Andrés Felipe|name]] (through the interpreter, on WhatsApp) about the plan - by [[11 December|date]].
2. [[Kerry|name]] to help [[Yuliana|name]] with a free school meals form for [[Vale|name]] and the holiday activities programme.
3. [[Claire|name]] to ask Mr [[Gil|name]] to be [[Santiago|name]]'s trusted adult, and to book a mentor from the
[[Reigate Grammar|school]]
   Sixth Form scheme.
4. PC [[Sayers|name]] to share what is known about [[Kane Botting|name]]'s friends, [[Reece Ashdown|name]] and "[[Mikey|name]]" from
   [[Woodhatch|place]].
Distribution: family; [[c.haffenden@merstham-park.org.uk|email]]; [[kerry.brind@holmesdale.gov.uk|email]].
""",
    ),
    (
        "school SENCo's email to the social worker",
        """From: [[Bethan Pryce|name]] <[[senco@furzefield.surrey.sch.uk|email]]>
Sent: Monday, [[30 November 2026|date]] 14:12
To: [[Tomasz Wiśniewski|name]] <[[tomasz.wisniewski@holmesdale.gov.uk|email]]>
Cc: [[Claire Haffenden|name]] <[[c.haffenden@merstham-park.org.uk|email]]>
Subject: [[Valentina O-R|name]] (Yr 2) - speech and language

Hi [[Tomasz|name]],
Quick one before Thursday. [[Valentina|name]] has been assessed by [[Priya Hallam|name]] (SALT, Surrey and Borders) on [[24.11.26|date]]:
receptive English is fine, expressive is behind, Spanish strong at home. No concerns about her care in school - she is always
clean and fed, and mum collects on time now that the new childminder ([[Jo|name]]) brings her. She talks all the time about
"[[Santi|name]]" and about her cousin [[Mateo|name]] in [[Medellín|place]] who has a parrot.
One thing: on [[27/11|date]] she said "papi is coming to Gatwick for Christmas". Mum says that is not true and he has no
visa. Could you check?
Thanks, [[Beth|name]]
PS - a reminder that [[Valentina|name]]'s nativity is on Wednesday [[16th December|date]] at 2pm. She is an angel. Mum asked
if her friend [[Deisy Mosquera|name]] can come instead if she cannot get off work, and if [[Santi|name]] can leave
[[Merstham Park|school]]
early to see it. I said I would ask you. [[Valentina|name]]'s DOB on our system is [[03/05/2019|dob]], NHS [[649 769 1529|nhs]] - the
SALT report had [[05/03/2019|dob]], which is wrong; I have told [[Priya|name]].
[[Bethan Pryce|name]] | SENCo | [[Furzefield Primary School|school]] | [[01737 642 318|phone]]
""",
    ),
]


# --- C. Hunter / Pocock family (white British), Thatcham, with a father in Calcot ---------------------------------------

HOME_C = d.Address("22 Bourne Vale", "", "Thatcham", "RG19 3YH")
DAD_C = d.Address("9 Royal Avenue", "Calcot", "Reading", "RG31 7JA")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mason", "Hunter")],
            dt.date(2011, 3, 2),
            addresses=[HOME_C],
            ids=["651 862 6674", "U870866399531"],
            schools=["Kennet School"],
        ),
        _p("s", "sibling", [("Grace", "Hunter")], dt.date(2015, 11, 19), addresses=[HOME_C], ids=["525 340 0664"]),
        _p("m", "mother", [("Kayleigh", "Hunter")], dt.date(1992, 7, 7), addresses=[HOME_C], phones=["07920 445 797"]),
        _p("f", "father", [("Lee", "Pocock")], dt.date(1989, 2, 11), addresses=[DAD_C], phones=["07745 515 820"], ids=["JT 62 48 15 B"]),
        _p("p1", "professional", [("Femi", "Adeyemi")], phones=["01635 528 114"], emails=["femi.adeyemi@kennetvale.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "return home interview form after a missing episode",
        """KENNET VALE COUNCIL - RETURN HOME INTERVIEW (RHI) RECORD
Young person: [[HUNTER, Mason|name]]        DOB: [[02/03/2011|dob]]       Age: 15
Missing from: home, [[22 Bourne Vale|address]], [[Thatcham|place]] [[RG19 3YH|postcode]]
Reported missing: [[21/11/2026|date]] 23:10 by mother     Found: [[23/11/2026|date]] 06:40      Police ref: TV-2311-0093
Where found: a flat on [[Northumberland Avenue|address]], [[Whitley|place]], [[Reading|place]], by Thames Valley Police (warrant, not
for him)
RHI completed by: [[Femi Adeyemi|name]], Missing and Exploitation Worker, on [[25/11/2026|date]] at [[Kennet School|school]]
Offered within 72 hours? Yes (first offer [[24/11|date]], he was asleep)

1. Where were you and who with?  "[[Reading|place]]. With mates." Later: with "[[Tiz|name]]" and "[[Bigz|name]]" (street names he uses
   for older boys) and a girl called [[Skye|name]] who "lives there".
2. How did you get there?  Train from [[Thatcham|place]] to [[Reading|place]]; [[Tiz|name]] bought the ticket on an app.
3. Did anyone hurt you / ask you to do things?  Says no. Had two phones on him when found; one is not his.
4. What would help?  "Getting my bike back off Dad." (bike is at dad's, [[Lee Pocock|name]], in [[Calcot|place]])
5. Worries for others?  His sister [[Grace|name]] (11) "heard mum crying all night".
Exploitation screening: HIGH - refer to Contextual Safeguarding panel on [[2 December 2026|date]].
Sent to: [[mash@kennetvale.gov.uk|email]]; PC [[Owen Flitney|name]] (Missing Persons Co-ordinator)

Worker's analysis: [[Mason|name]] was guarded but gave more than at the last RHI on [[3rd October|date]]. He went red when I said
"[[Tiz|name]]". Police intelligence (PC [[Flitney|name]], [[24/11|date]]) links "[[Tiz|name]]" to [[Tyrese Osei-Lambert|name]], 19, of
[[Southcote|place]], and "[[Bigz|name]]" to an adult from [[London|place]] not yet named. The flat on [[Northumberland Avenue|address]] is
rented by [[Donna Keel|name]], 44, known to [[Reading|place]]'s adult services. [[Mason|name]]'s NHS number [[651 862 6674|nhs]], UPN
[[U870866399531|upn]]; his mother's mobile [[07920 445 797|phone]]; father [[Lee Pocock|name]], [[9 Royal Avenue|address]],
[[Calcot|place]],
[[RG31 7JA|postcode]], [[07745 515 820|phone]], NI [[JT 62 48 15 B|ni]].
""",
    ),
    (
        "social worker's notes typed fast on a phone",
        """phone notes - FA - [[26/11|date]] - typed in car outside school, tidy later

- rang mum 0830 [[kayleigh|name]] v tired, says [[mase|name]] home by 10 last nt, ok. [[grace|name]] off sick again (3rd day)
- [[lee|name]] (dad) rang me 0910 from work?? says [[mason|name]] can stay w him in [[calcot|place]] "for a bit", bike there. BUT
[[calcot|place]]
  is 10 min from [[whitley|place]]/the flat on [[northumberland ave|address]] - flag to TM
- school ([[kennet|school]]) - mr [[okoro|name]]?? no, Mr [[Okoro-Lamb|name]] HoY - [[mason|name]] in isolation 2nd period, found w vape
+ £120 cash
- spoke to [[mase|name]] 1015 in the pastoral room. wont say where cash from. said "[[skye|name]] is 14 not 16". ask police re
[[Skye|name]] -
  real name maybe [[Skye Loder|name]]? [[Tilehurst|place]]?
- neighbour mrs [[Goddard|name]]?? ([[no 24|address]]) told mum a silver golf [[YK19 RWF|vehicle]] drops him at the end of the road
- TODO: strat disc re [[Skye|name]] (poss CSE), CS panel [[2/12|date]], ring [[lee|name]] back re bike/contact, sibling visit for
[[grace|name]]
- 1140 rang [[lee|name]]. he says [[kyle dance|name]] is "[[tiz|name]]'s driver". [[lee|name]] lives w partner [[gemma|name]] + her 2
kids, [[9 royal ave|address]].
  says [[mase|name]] can have the box room. NOT AGREED - TM [[Parminder|name]] says no till checks done.
- 1300 hv [[sue|name]] ([[thatcham|place]] team) rang back re [[grace|name]]: no concerns on record, asthma.
- 1415 [[kayleigh|name]] rang crying, [[mase|name]] not at school after lunch, phone off. reported missing again?? - rang [[Owen|name]]
1420
""",
    ),
    (
        "chronology of significant events",
        """KENNET VALE COUNCIL - CHRONOLOGY - [[Mason HUNTER|name]] (DOB [[2.3.2011|dob]]) and
[[Grace HUNTER|name]] (DOB [[19.11.2015|dob]])
Compiled by [[F. Adeyemi|name]] for the Contextual Safeguarding panel, [[1 December 2026|date]]

Date        | Event                                                                   | Source            | Impact
[[02/03/2011|dob]]  | [[Mason|name]] born at the Royal Berkshire Hospital, [[Reading|place]]                                 | health
           | -
2014        | Parents separate; [[Lee Pocock|name]] moves to [[Calcot|place]]                                       | mother
           | contact monthly
[[19/11/2015|dob]]  | [[Grace|name]] born (father: [[Jordan Hunter|name]], no contact, believed in Spain)               | health
           | -
[[11/09/2022|date]]  | Starts at [[Kennet School|school]], [[Thatcham|place]]                                                | education
        | settled Y7
[[4 Jun 2025|date]]   | Fixed-term exclusion, 2 days (fight at the bus station in [[Newbury|place]])          | education         |
first concern
[[30/08/2026|date]]  | Stopped by BTP at [[Theale|place]] station with [[Kyle Dance|name]] (19), no further action      | police
           | -
[[02/10/2026|date]]  | Missing overnight; found at [[Newbury|place]] retail park                                       | police / RHI
     | RHI declined
[[21/11/2026|date]]- | Missing 31 hours; found at a flat in [[Whitley|place]] with adults known for drug supply   | police / RHI      |
HIGH risk
[[23/11/2026|date]]  |                                                                         |                   |
[[25/11/2026|date]]  | Found at school with £120 and a vape; names [[Skye|name]] (14)                             | school            |
CSE screen
Mother's view ([[Kayleigh|name]]): "He was a lovely boy till [[Kyle|name]] started picking him up in that car."

[[26/11/2026|date]]  | Vape and cash at school; neighbour Mrs [[Goddard|name]] sees a silver Golf ([[YK19 RWF|vehicle]]) drop him off  |
mother     | -
[[27/11/2026|date]]  | Strategy discussion: [[Skye|name]] identified as [[Skye Loder|name]], 14, of [[Tilehurst|place]]; she is open  |
police/CSC | CSE
             | to Reading Children's Services (SW [[Bola Adeniran|name]])                                         |            |
[[28/11/2026|date]]  | [[Kyle Dance|name]] arrested in [[Newbury|place]] (possession with intent); car seized                          |
police     | -
Key people: [[Kayleigh Hunter|name]] (mum, [[07920 445 797|phone]]); [[Lee Pocock|name]] (dad); maternal gran [[Sheila Hunter|name]],
[[Cold Ash|place]] (sees the children at Christmas); school: Mr [[Okoro-Lamb|name]], [[Kennet|school]].
""",
    ),
    (
        "mother's own letter to the conference chair",
        """[[22 Bourne Vale|address]]
[[Thatcham|place]]
[[1st Dec 2026|date]]

Dear Mrs [[Shergill|name]],
I am [[Mason|name]] and [[Grace|name]]'s mum. I cant come to the meeting tomorrow because I work at the Co-op in [[Hungerford|place]]
and they wont give me the time off again. I want you to know I am not a bad mum. I have rang the police every time he has gone
missing. I do not want him going to his dads in [[Calcot|place]] because [[Lee|name]] lets him do what he wants and it is right by
[[Reading|place]] where all this started. My neighbour [[Sandra|name]] will have [[Grace|name]] after school so she is not on her own.
Please ask [[Femi|name]] to keep working with [[Mason|name]] he actually likes him. [[Mason|name]] says a lad called [[Kyle|name]] is
the one
that took him to [[Reading|place]] the first time, he drives a silver golf.
From [[Kayleigh Hunter|name]]
[[07920 445 797|phone]]

PS [[Grace|name]] wants to say something too (her writing):
hello I am [[Grace|name]] I am 11. I go to [[Whitelands Park|school]]. I want my brother to stop going to [[Reading|place]].
my friend [[Evie-Rose|name]] says her brother [[Tyler Bance|name]] goes there to and he got stabbed at the Oracle
please help my mum she is sad. my birthday is the [[19th November|dob]] I am doing a party at Nanny [[Sheila|name]]s
""",
    ),
]


# --- D. Marsh family (white British), Studley Green, Trowbridge, with an aunt in Westbury -------------------------------

HOME_D = d.Address("37 Lambrok Road", "Studley Green", "Trowbridge", "BA14 0QT")
AUNT_D = d.Address("5 Station Road", "", "Westbury", "BA13 3JN")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kai", "Marsh")],
            dt.date(2020, 6, 14),
            addresses=[HOME_D],
            ids=["424 000 4101", "H865948882735"],
            schools=["Studley Green Primary School"],
        ),
        _p("s", "sibling", [("Ruby-Mae", "Marsh")], dt.date(2024, 9, 1), addresses=[HOME_D], ids=["480 227 5315"]),
        _p("m", "mother", [("Stacey", "Marsh")], dt.date(1998, 3, 23), addresses=[HOME_D], phones=["07593 702 530"], ids=["SN 41 20 77 C"]),
        _p("f", "father", [("Gary", "Marsh")], dt.date(1995, 8, 8), addresses=[HOME_D], phones=["07465 038 922"]),
        _p("a", "aunt", [("Kirsty", "Pearce")], addresses=[AUNT_D], phones=["07465 640 245"]),
        _p("p1", "professional", [("Olwen", "Brake")], phones=["01225 763 418"], emails=["olwen.brake@westwylye.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "health visitor's contact record",
        """WILTSHIRE CHILDREN'S COMMUNITY HEALTH - 0-19 SERVICE - CONTACT RECORD
Client: [[MARSH, Ruby-Mae|name]]   NHS: [[480 227 5315|nhs]]   DOB: [[01/09/2024|dob]]   Contact: Home visit, unannounced
Date: [[05/10/2026|date]] 10:20   Practitioner: [[Lowri Gane|name]], Health Visitor, [[Trowbridge|place]] team
Address: [[37 Lambrok Road|address]], [[Studley Green|place]], [[BA14 0QT|postcode]]

Seen: [[Ruby-Mae|name]] (25 months) and mother [[Stacey|name]]. [[Kai|name]] (6) at school. Father [[Gary|name]] asleep upstairs (nights
at the distribution centre in [[Melksham|place]]).
Home conditions: strong smell of dog urine and cigarette smoke; kitchen floor sticky, nappies in a pile by the back door; no
stair gate, [[Ruby-Mae|name]] climbing the stairs alone. Fridge: milk, squash, no fruit or veg. Mum says money is "gone by the
Tuesday" since UC was cut for a sanction.
Child: weight dropped from the 25th to the 9th centile since the 2-year review on [[2 September 2025|date]]. Nappy rash,
bleeding in places. No speech words heard. Teeth: decay seen in upper front teeth.
Mum: flat affect, says she is "fine", not taking the sertraline from Dr [[Hussein|name]] at Lovemead Group Practice.
Discussed: food bank voucher given (Trowbridge Community Area Future); nappy rash cream; safe stairs. Mum agreed to her sister
[[Kirsty|name]] in [[Westbury|place]] ([[07465 640 245|phone]]) being told.
Plan: revisit [[12/10|date]] with weighing; discuss with safeguarding named nurse [[Jan Pickford|name]]; consider referral.

Contact: [[12/10/2026|date]] 14:00 - revisit, home. Weight static. Mum had cleaned the kitchen with help from her friend
[[Nikki Bowyer|name]]
(from [[Hilperton|place]], who was there). [[Gary Marsh|name]] up this time; said his dad [[Roy|name]] in [[Warminster|place]] "won't
help". Discussed with
[[Jan Pickford|name]] on [[13.10.26|date]]: refer to the Integrated Front Door today. Referral sent 16:40 ([[L. Gane|name]]).
""",
    ),
    (
        "initial child protection conference report",
        """WEST WYLYE COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Kai MARSH|name]] (born [[14 June 2020|dob]]) and [[Ruby-Mae MARSH|name]] (born [[1 September 2024|dob]])
Conference date: [[4 November 2026|date]], County Hall, [[Trowbridge|place]]      Author: [[Olwen Brake|name]], Social Worker
Parents: [[Stacey Marsh|name]] ([[23/03/1998|dob]]) and [[Gary Marsh|name]] ([[08/08/1995|dob]]), [[37 Lambrok Road|address]],
[[Studley Green|place]], [[Trowbridge|place]] [[BA14 0QT|postcode]]. Mum [[07593 702 530|phone]], Dad [[07465 038 922|phone]].

1. Reason for conference
Neglect: a referral from the health visitor, [[Lowri Gane|name]], on [[13 October 2026|date]] after a second visit found
[[Ruby-Mae|name]]'s
weight still falling, and from [[Studley Green
Primary|school]] (Mrs [[Bythesea|name]]), where [[Kai|name]] has come in hungry, in the
same
uniform for a week, with head lice untreated since September.
2. What I saw
Four visits, [[15|date]], [[20|date]] and [[28 October|date]] and [[2 November|date]]. The house smelt strongly; the dog (Tyson) had
fouled
the children's room. [[Kai|name]] showed me his "den" under the stairs where he eats his cereal "so Tyson can't get it". [[Gary|name]] is
trying: he cleared the garden on [[28/10|date]]. [[Stacey|name]] told me she has not been right since [[Ruby-Mae|name]] was born.
3. Family and friends
Maternal aunt [[Kirsty Pearce|name]], of [[Westbury|place]], has the children every other weekend and would do more. Paternal
grandfather, [[Roy Marsh|name]], in [[Warminster|place]], is not in touch. A friend, [[Nikki Bowyer|name]], from [[Hilperton|place]],
helps
with the school run.
4. Recommendation: child protection plans under the category of neglect for both children.
5. Identifiers: [[Kai|name]] NHS [[424 000 4101|nhs]], UPN [[H865948882735|upn]]; [[Ruby-Mae|name]] NHS [[480 227 5315|nhs]];
[[Stacey|name]]
NI [[SN 41 20 77 C|ni]]. GP: Lovemead Group Practice (Dr [[Amir Hussein|name]]). Previous address: [[Flat 2, 14 Newtown|address]],
[[Trowbridge|place]]
[[BA14 0BB|postcode]] (to [[20/01/2022|date]]).
6. Children's views. [[Kai|name]] (seen at school on [[29 October|date]] with his teacher, Miss [[Tucker|name]]): "I like it when Aunty
[[Kirsty|name]]
comes. She does pancakes. Mummy is always in bed." He drew his family: mum, dad, [[Ruby|name]], Tyson and "[[Nikki|name]]". He said his
friend [[Alfie-John|name]]'s mum gives him a breakfast bar at the gate. [[Ruby-Mae|name]] is too young to give a view; she went to
[[Kirsty|name]] for comfort when I visited with her on [[28/10|date]].
7. Parents' views. [[Gary|name]]: "I know it's bad. I'm on nights so I can't see it." [[Stacey|name]] asked for help with her
mental health and agreed to a referral to Talking Therapies in [[Bradford on
Avon|place]].
""",
    ),
    (
        "Facebook Messenger chat between sisters, typed up",
        """Messenger chat between [[Stacey Marsh|name]] and [[Kirsty Pearce|name]],
screenshots sent by [[Kirsty|name]] to the SW on
[[09/11/2026|date]] and typed up by business support ([[Lisa Chivers|name]]). Emojis described in brackets.

[[Kirsty Pearce|name]]  Sat [[7 Nov|date]] 19:02
have the kids had tea [[stace|name]]
[[Stacey Marsh|name]]  19:20
ye [[kai|name]] had a pot noodle. [[rubes|name]] had toast
[[Kirsty Pearce|name]]  19:21
thats not tea hun. ill come over tmrw with a shop from aldi in [[westbury|place]]. [[gaz|name]] working?
[[Stacey Marsh|name]]  19:40
hes on nights at [[melksham|place]] all week. i cant get up [[kirst|name]]. i just lie there
[[Stacey Marsh|name]]  19:41
dont tell that social worker [[olwen|name]] she will take them
[[Kirsty Pearce|name]]  19:45
(heart) no one is taking them. ring dr [[hussein|name]] monday. ill have [[kai|name]] n [[ruby|name]] sat n sun
[[Stacey Marsh|name]]  [[8 Nov|date]] 09:12
ok. [[nikki|name]] said she can do school mon n tue
[[Kirsty Pearce|name]]  09:30
good. ive told [[lowri|name]] the hv i can have [[ruby|name]] wed too. [[darren|name]] says [[kai|name]] can come to
[[warminster|place]] with us sunday to see grandad
[[roy|name]] if [[gaz|name]] dont mind
[[Stacey Marsh|name]]  09:41
[[gaz|name]] wont care. his dad never bothered with him. [[roy|name]] still in that flat on [[portway|address]]?
[[Kirsty Pearce|name]]  09:44
yeah. hes got a new woman [[pam|name]] from [[frome|place]]. [[stace|name]] please get up and get dressed before [[olwen|name]] comes
tues [[10th|date]]
[[Stacey Marsh|name]]  [[10 Nov|date]] 07:12
up. dressed. [[kai|name]] at school. love u [[kirst|name]] x
""",
    ),
    (
        "landlord's letter, scanned and OCR'd",
        """SELWOOD LETTINGS  -  Property Management
[[Unit 4, Canal Road Industrial Estate|address]], [[Trowbridge|place]] [[BA14 8RQ|postcode]]   T: [[01380 725 331|phone]]

Mr [[G Marsh|name]] & Ms [[S Marsh|name]]                                          Our ref: LR/0417/MAR
[[37 Lambrok Road|address]]
[[Studley Green|place]]                                                    Date: [[16th November 2026|date]]
[[Trowbridge|place]]
[[BA14 OQT|postcode]]

NOTICE OF INSPECTION AND BREACH OF TENANCY

Dear Mr and Ms [[Marsh|name]],
Following our inspection on  [[12.11.2026|date]]  by our Mr [[D. Tidcombe|name]] , we must notify you of breaches of
clauses 4.2 (cleanliness) and 7.1 (pets) of your tenancy dated [[01/02/2022|date]]. Our inspector found dog
faeces in two rooms, a broken window in the rear bedroom and mould. We have been contacted by
your neighbour at [[no. 39|address]] regarding smells and noise.
You must remedy the above by [[30 November 2026|date]]. A re-inspection will take place on that date. If the
breaches are not remedied we will serve a Section 8 notice.
Please contact the undersigned on the number above.
Yours sincerely
[[A. Hiscock|name]]
[[Arabella Hiscock|name]] , Senior Property Manager
cc: Wiltshire Council Environmental Health (noise)
""",
    ),
]


# --- E. Greaves / Holder family (Barbadian), Tuffley, Gloucester, with a mother in Barbados ------------------------------

HOME_E = d.Address("58 Grange Road", "Tuffley", "Gloucester", "GL4 0PE")
MUM_E = d.Address("Lot 17, Welches Terrace", "Oistins", "Christ Church", "BB17154")
AUNT_E = d.Address("12 Brooklyn Road", "St Mark's", "Cheltenham", "GL51 8DX")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Jaden", "Holder")],
            dt.date(2015, 1, 30),
            addresses=[HOME_E],
            ids=["433 835 3090", "P916062548149"],
            schools=["Grange Primary School"],
        ),
        _p(
            "g",
            "grandparent",
            [("Marcia", "Greaves")],
            dt.date(1958, 4, 16),
            addresses=[HOME_E],
            phones=["01452 384 206", "07974 657 586"],
            ids=["545 360 5642"],
        ),
        _p("m", "mother", [("Shanice", "Holder")], dt.date(1991, 10, 12), addresses=[MUM_E], phones=["+1 246 428 3391"]),
        _p("a", "aunt", [("Hyacinth", "Alleyne")], addresses=[AUNT_E], phones=["07418 048 478"]),
        _p("p1", "professional", [("Rhiannon", "Beard")], phones=["07705 052 730"], emails=["rhiannon.beard@severnvale.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "special guardianship support review letter",
        """Severn Vale Council
Kinship and Special Guardianship Support Team
Shire Hall, [[Gloucester|place]]

Mrs [[Marcia Greaves|name]]
[[58 Grange Road|address]]
[[Tuffley|place]]
[[Gloucester|place]]
[[GL4 0PE|postcode]]                                                                        [[20 November 2026|date]]

Dear Mrs [[Greaves|name]],
Re: [[Jaden Holder|name]] (date of birth [[30 January 2015|dob]]) - annual review of special guardianship support

Thank you for seeing me at home on [[17 November|date]], with your sister Mrs [[Hyacinth Alleyne|name]], who came over from
[[Cheltenham|place]].
I am sorry to hear about your foot and the hospital appointments at Gloucestershire Royal. This letter sets out what we agreed.
1. Allowance: your special guardianship allowance continues at the same rate from [[1 December 2026|date]].
2. Respite: [[Jaden|name]] will go to Mrs [[Alleyne|name]] in [[St Mark's|place]] one weekend a month; we will pay her mileage.
3. School: I will join the meeting at [[Grange Primary|school]] on [[8 December|date]] about the name-calling [[Jaden|name]] told us
about.
4. Contact with his mother: [[Shanice|name]] now rings from [[Oistins|place]] on Sunday evenings on WhatsApp
   ([[+1 246 428 3391|phone]]). You said the calls upset [[Jaden|name]] when she promises he can "come home to Bim" for Crop Over.
   We agreed you can end a call if she does this, and I will write to her.
5. Life story work: [[Jaden|name]] would like photos of his grandad, the late Mr [[Everton Greaves|name]], and of the house in
   [[Bridgetown|place]] where you grew up.
If you need me before the next review, my mobile is [[07705 052 730|phone]].
Yours sincerely,
[[Rhiannon Beard|name]]
Kinship Support Social Worker
cc: Mrs [[Hyacinth Alleyne|name]], [[12 Brooklyn Road|address]], [[St Mark's|place]], [[Cheltenham|place]] [[GL51 8DX|postcode]]
    Ms [[Shanice Holder|name]], [[Lot 17, Welches Terrace|address]], [[Oistins|place]], Christ Church, Barbados [[BB17154|postcode]]
    [[Nadia Fairclough|name]], DSL, [[Grange Primary School|school]] ([[dsl@grange.gloucs.sch.uk|email]])
""",
    ),
    (
        "grandmother's own handwritten letter, typed up",
        """(Letter handed to [[Rhiannon|name]] at the review on [[17/11/26|date]]. Typed
up as written. - RB)

To Miss [[Rhiannon|name]] and who it concern

I am writing this because I does get vex and forget what I want to say when the meeting start. I have [[Jaden|name]] since he was
6 when his mother [[Shanice|name]] went back home to Barbados. I love that boy like my own. But my sugar bad now and the
doctor at the Royal say maybe they take two toes. If I go in hospital who will have him. My sister [[Hyacinth|name]] say she will
but she 71 and she live in [[Cheltenham|place]] with her husband [[Winston|name]] who not well neither.
[[Shanice|name]] tell [[Jaden|name]] on the phone he coming to live in [[Oistins|place]] with she and the new man, [[Dwayne|name]]. She
cannot even
keep she own self. I do not want him to go. His father is [[Marlon Best|name]], he was in [[Bristol|place]] last we hear, he never
paid one penny.
At school a boy call him the N word and a next one say he smell like curry goat. The teacher Mrs [[Daley|name]] is good, but
the head do nothing.
Please help me with a person to do the garden and the stairs. Pastor [[Cumberbatch|name]] from church in [[Barton|place]] come
every Thursday and he can speak for me.
God bless
[[Marcia Greaves|name]] (Nana)

P.S. My telephone is [[01452 384 206|phone]] and the mobile [[07974 657 586|phone]]. My sister is [[07418 048 478|phone]]. If you want
to talk to [[Shanice|name]] she is on [[+1 246 428 3391|phone]] but she working at the hotel in [[Hastings|place]] (Barbados, not England)
till late. Her father, my late husband [[Everton|name]], is buried at [[Coney Hill|place]]. His birthday was [[3rd of March|date]] and
[[Jaden|name]]
like to go to the grave that day with flowers. My neighbour Mr [[Fenton Ifill|name]] at [[no. 60|address]] will take us in his car.
""",
    ),
    (
        "voicemail messages transcribed by business support",
        """VOICEMAIL LOG - Kinship Support duty line - transcribed by
[[Pauline Maddocks|name]] (business support)

Msg 1 - Mon [[23/11/2026|date]] 09:14 - from [[07974 657 586|phone]]
"Yes good morning, is Mrs [[Greaves|name]] this, [[Marcia Greaves|name]], I am calling for Miss [[Beard|name]]. [[Jaden|name]] didn't
sleep the weekend, he mother tell him she sending a ticket. Call me back please. The house number is [[01452 384 206|phone]]."

Msg 2 - Mon [[23/11/2026|date]] 13:52 - from [[+1 246 253 4417|phone]] (international)
"Hi, this is [[Shanice Holder|name]], [[Jaden|name]]'s mum, I'm calling from Barbados about my son. I want to know about getting
him for Christmas, I already talk to my cousin [[Tamika|name]] in [[Birmingham|place]] about bringing him out. Call me on this
number, it's my work phone at the hotel, or my cell [[+1 246 428 3391|phone]]. Thank you."

Msg 3 - Tue [[24/11/2026|date]] 08:40 - from [[07418 048 478|phone]]
"Morning darling, it's [[Hyacinth|name]], [[Hyacinth Alleyne|name]], [[Marcia|name]]'s sister. She gone in Gloucestershire Royal last
night with the foot. [[Jaden|name]] is with me in [[Cheltenham|place]], I take him to school by [[Tuffley|place]] in the car. I can't do
every day. Ring me please."

Msg 4 - Tue [[24/11/2026|date]] 17:02 - from [[0117 496 0318|phone]]
"Hello, it's [[Marlon Best|name]], I'm [[Jaden Holder|name]]'s dad. I'm in [[Lawrence Hill|place]] now, [[Bristol|place]]. My cousin
[[Dwight|name]]
told me [[Marcia|name]] is in the hospital. I want to see my son. I'm at [[Flat 9, Barton House|address]], on [[Lawrence Hill|address]],
[[BS5 0BW|postcode]]. My date of birth is [[2nd of August 1988|dob]] if you need it to look me up. Call me on [[07701 862 585|phone]]."

Msg 5 - Wed [[25/11/2026|date]] 08:15 - from [[01452 384 206|phone]]
"Miss [[Beard|name]], it's [[Marcia Greaves|name]], I'm home, they let me out last night, the toes are saved, praise God.
[[Hyacinth|name]]
bring [[Jaden|name]] back from [[Cheltenham|place]] tonight. Don't let [[Marlon|name]] come by the house, he owe me money from 2021."
""",
    ),
    (
        "school safeguarding log export (CPOMS)",
        """CPOMS - Incident report export - [[Grange Primary School|school]] - Student:
[[Jaden Holder|name]] (Year 6, Class Oak)
Exported [[07/12/2026|date]] 08:15 by [[Nadia Fairclough|name]] (DSL)

[[09/11/2026|date]] 12:55 | Bullying (racist) | Reported by: [[Sophie Daley|name]]
[[Jaden|name]] told me in the lunch hall that [[Harvey W|name]] called him the N word at football and [[Leo|name]] said he "smells of
curry
goat". [[Jaden|name]] pushed [[Harvey|name]] over. Both boys spoken to. Racist incident form completed. Parents of [[Harvey|name]] (Mr and
Mrs [[Wintle|name]]) informed. Gran informed by phone.
  Linked students: [[Harvey Wintle|name]]; [[Leo Parfitt|name]]
  Actions: DSL informed [[09/11/2026|date]] 13:30 (NF). Racist incident log. Meeting with Mr [[Sandhu|name]] (Head) [[10/11|date]].

[[24/11/2026|date]] 08:52 | Family circumstances | Reported by: [[Gareth Lusty|name]] (office)
Great-aunt [[Hyacinth Alleyne|name]] dropped [[Jaden|name]] off, said gran ([[Marcia|name]]) in hospital, [[Jaden|name]] staying in
[[Cheltenham|place]].
Her number [[07418 048 478|phone]]. [[Jaden|name]] tearful at registration, said "Mum says I'm going to Barbados on the [[19th|date]]".
  Actions: DSL informed; SW [[Rhiannon Beard|name]] emailed ([[rhiannon.beard@severnvale.gov.uk|email]]) 09:20 (NF)

[[02/12/2026|date]] 15:30 | Attendance | Reported by: [[Sophie Daley|name]]
Late 4 days out of 6 since gran admitted. Aunty [[Hyacinth|name]] says the traffic on the A40 from [[Cheltenham|place]] is terrible.

[[04/12/2026|date]] 10:05 | Disclosure | Reported by: [[Sophie Daley|name]]
In guided reading [[Jaden|name]] said "[[Dwayne|name]] smacked me when I went Barbados in the summer" (the summer of 2025, when he
stayed six weeks with [[Shanice|name]] in [[Oistins|place]]). He said [[Dwayne|name]] drives a taxi and his friend "Uncle [[Marlon|name]]"
came to the house. He said he does not want to go for Christmas. I said I would have to tell Mrs [[Fairclough|name]].
  Actions: DSL informed 10:20; SW [[Rhiannon Beard|name]] rang 10:45 ([[07705 052 730|phone]]); Gran ([[Marcia Greaves|name]], on the
ward)
  not told yet at SW's request. Mr [[Sandhu|name]] informed.
""",
    ),
]


# --- F. Lovell / Rich family (white British), Hartcliffe, Bristol, with a nan in Withywood --------------------------------

HOME_F = d.Address("19 Fulford Road", "Hartcliffe", "Bristol", "BS13 0PP")
NAN_F = d.Address("4 Queens Road", "Withywood", "Bristol", "BS13 8QA")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Alfie", "Lovell")],
            dt.date(2012, 5, 27),
            addresses=[HOME_F],
            ids=["661 606 6703", "B801313989404"],
            schools=["Bridge Learning Campus"],
        ),
        _p(
            "s",
            "sibling",
            [("Lacey-Rae", "Lovell")],
            dt.date(2016, 12, 8),
            addresses=[HOME_F],
            ids=["422 259 7686", "T801688880613"],
            schools=["Hareclive Academy"],
        ),
        _p("m", "mother", [("Jade", "Lovell")], dt.date(1993, 2, 4), addresses=[HOME_F], phones=["07954 479 528"], ids=["537 073 9374"]),
        _p("f", "partner", [("Connor", "Rich")], dt.date(1990, 7, 19), phones=["07505 804 102"], ids=["NH 36 71 29 D"]),
        _p("g", "grandparent", [("Tracey", "Lovell")], addresses=[NAN_F], phones=["0117 964 2287"]),
        _p("p1", "professional", [("Ciaran", "Moss")], phones=["07573 202 533"], emails=["ciaran.moss@avongorge.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "police body-worn video transcript",
        """AVON AND SOMERSET CONSTABULARY - BWV TRANSCRIPT (extract) - Occurrence 5226-0911840
Attending: PC 4417 [[Ellis Cottle|name]] (wearer), PC 2903 [[Maya Fenwick|name]]    Date: [[11/11/2026|date]]  Start 22:41
Location: [[19 Fulford Road|address]], [[Hartcliffe|place]], [[BS13 0PP|postcode]]      Transcribed by: [[G. Latham|name]],
[[13.11.2026|date]]

22:41:10  PC COTTLE: Police, can you open the door please. Hello, what's your name?
22:41:14  FEMALE: [[Jade|name]]. [[Jade Lovell|name]]. He's gone, he's gone out the back.
22:41:20  PC COTTLE: Who's gone, [[Jade|name]]?
22:41:22  FEMALE: [[Connor|name]]. My boyfriend. [[Connor Rich|name]]. He's took my phone.
22:41:35  [Child's voice, upstairs, crying] Mum! Mum, is he gone?
22:41:38  FEMALE: It's alright [[Lace|name]], stay with [[Alfie|name]]. ... He had me up against the fridge by my neck.
22:42:05  PC FENWICK: Are the kids hurt? How many kids are in the house?
22:42:09  FEMALE: Two. [[Alfie|name]]'s 14, [[Lacey-Rae|name]]'s 9 - no, she's 9, she's 10 next month. [[Alfie|name]] got in between us.
22:43:30  MALE (youth, on stairs): He pulled a knife out the drawer an' all. I grabbed it off him. It's in my room.
22:43:40  PC COTTLE: What's your name, mate?
22:43:42  MALE (youth): [[Alfie|name]]. [[Alfie Lovell|name]]. [[27th of May 2012|dob]].
22:44:50  FEMALE: He'll be at his mate's, [[Jonno|name]]'s, on [[Bishport Avenue|address]], or his mum's in [[Knowle West|place]]. He's
got a
blue Transit, [[WU68 KFD|vehicle]].
22:46:15  FEMALE: Can you ring my mum? [[Tracey|name]]. She's only up [[Withywood|place]]. [[0117 964 2287|phone]].
[END OF EXTRACT - 22:47:02]

Officer's note (PC [[Cottle|name]]): knife recovered from [[Alfie|name]]'s bedroom (kitchen knife, 8 in). Red marks on [[Jade|name]]'s
neck,
photographed. DASH completed: 17 ticks, HIGH. Suspect [[RICH, Connor James|name]], DOB [[19/07/1990|dob]], NI [[NH 36 71 29 D|ni]], mob
[[07505 804 102|phone]], last address his mother's, Mrs [[Carol Rich|name]], [[31 Leinster Avenue|address]], [[Knowle West|place]],
[[BS4 1NJ|postcode]].
Arrested 02:10 [[12/11/2026|date]] at that address. Children: [[LOVELL, Alfie|name]] ([[27/05/2012|dob]]); [[LOVELL, Lacey-Rae|name]]
([[08/12/2016|dob]]) - taken by their maternal grandmother [[Tracey Lovell|name]] to [[4 Queens Road|address]], [[Withywood|place]],
[[BS13 8QA|postcode]].
Neighbour [[Bernadette Heal|name]] ([[no. 21|address]]) gave a first account: shouting from about 22:15, a child screaming "get off her".
""",
    ),
    (
        "Teams chat between social worker and team manager, exported",
        """Microsoft Teams - chat export - [[Ciaran Moss|name]],
[[Nkechi Ude|name]] - exported [[12/11/2026|date]] 17:05 for the case file

[[12/11/2026|date]] 09:02 [[Ciaran Moss|name]]: morning [[Nkechi|name]], DA notification overnight for [[Lovell|name]] -
[[Hartcliffe|place]]. strangulation. [[connor|name]] arrested 02:10 at his mum's in [[knowle west|place]], bailed with conditions not to
go to [[fulford rd|address]]
[[12/11/2026|date]] 09:04 [[Nkechi Ude|name]]: ok. kids?
[[12/11/2026|date]] 09:06 [[Ciaran Moss|name]]: [[alfie|name]] (14) took a knife off him. [[lacey-rae|name]] stayed at nan
[[tracey|name]]'s in [[withywood|place]]. both at school today, checked with [[bridge|school]] and [[hareclive|school]]
[[12/11/2026|date]] 09:07 [[Nkechi Ude|name]]: strat disc at 2? I'll invite PC [[Fenwick|name]] and the IDVA ([[Shona|name]] at Next
Link). DASH?
[[12/11/2026|date]] 09:09 [[Ciaran Moss|name]]: 17 yes. marac. and [[jade|name]] says he's got a brother [[Dean Rich|name]] who rang her
at 6am saying she's a grass 🙄
[[12/11/2026|date]] 09:10 [[Nkechi Ude|name]]: 👍 put it all in the note pls. and ask [[alfie|name]] about the knife - whose is it
[[12/11/2026|date]] 11:48 [[Ciaran Moss|name]]: seen both at school. [[Alfie|name]] says knife was [[connor|name]]'s, kept in the van.
[[Lacey-Rae|name]]
  says [[connor|name]] calls mum "[[jadey|name]]" when he's nice and worse when he isn't. nan [[tracey|name]] can have them till sunday
[[12/11/2026|date]] 11:52 [[Nkechi Ude|name]]: good. any other adults? the friend next door?
[[12/11/2026|date]] 11:55 [[Ciaran Moss|name]]: [[bernie heal|name]] at [[no 21|address]], nice lady, [[Alfie|name]] calls her "aunty
[[bern|name]]". and [[dev|name]] at the
  youth club. [[Alfie|name]] also mentioned [[jonno|name]] on [[bishport ave|address]] - [[connor|name]]'s mate, not safe
""",
    ),
    (
        "family group conference plan",
        """AVON GORGE CITY COUNCIL - FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[Lovell|name]]        Date of conference: Saturday [[28 November 2026|date]]        Venue: Hartcliffe Community Hub
Co-ordinator: [[Anwen Treharne|name]] (independent)      Referring SW: [[Ciaran Moss|name]]
Who came: [[Jade Lovell|name]] (mum); [[Tracey Lovell|name]] (nan); [[Alfie|name]] (14); [[Lacey-Rae|name]] (10 on [[8 Dec|date]]);
uncle [[Kyle Lovell|name]]
(from [[Weston-super-Mare|place]]); family friend [[Bernie Heal|name]] (next door at [[no. 21|address]]); [[Shona Barrow|name]] (IDVA);
[[Jade|name]]'s
friend [[Leanne|name]], from [[Stockwood|place]], joined by phone.

What we are worried about: [[Connor|name]] coming back to the house; [[Alfie|name]] feeling he has to protect everyone and carrying
something "just in case"; [[Lacey-Rae|name]] wetting the bed again and not wanting to go to school.

OUR PLAN
1. If [[Connor|name]] comes to the house, [[Jade|name]] rings 999 and texts [[Tracey|name]] "red". [[Bernie|name]] has a key and will
take the
   kids to her house. Police have put a marker on [[19 Fulford Road|address]].
2. [[Alfie|name]] will go to boxing at the gym on [[Hengrove Way|address]] with uncle [[Kyle|name]] on Tuesdays and Fridays. He has agreed
   to hand anything sharp to [[Bernie|name]] - and to talk to [[Dev|name]] at the youth club.
3. [[Lacey-Rae|name]] will sleep at Nan's on Sundays so she gets to [[Hareclive|school]] on time on Mondays. Nan will walk her in.
4. [[Jade|name]] starts the Freedom Programme at the Hub on [[6 January
2027|date]]. [[Leanne|name]] will go with her the first time.
Review FGC: [[13 February 2027|date]].
Signed by everyone present. Copies to: [[Jade|name]]; [[Tracey|name]]; [[Kyle|name]] ([[kyle.lovell88@gmail.com|email]]); [[Bernie|name]];
[[Ciaran Moss|name]] ([[ciaran.moss@avongorge.gov.uk|email]], [[07573 202 533|phone]]); schools: [[Bridge Learning Campus|school]] and
[[Hareclive Academy|school]].
""",
    ),
    (
        "youth worker's Instagram messages with a young person, typed up",
        """Instagram DMs between the youth club account and
[[Alfie Lovell|name]] (his account alfie.l_bs13), typed up and
added to the file by [[Dev Mistry|name]], Youth Worker, Hartcliffe Youth Club, on [[3 December 2026|date]] with [[Alfie|name]]'s
agreement.

[[30 Nov|date]] 18:12 alfie.l_bs13: u open 2nite
[[30 Nov|date]] 18:15 hartcliffe.youthclub: yeah 6:30 till 9 mate. u coming? 🏀
[[30 Nov|date]] 18:16 alfie.l_bs13: ye wiv [[reece|name]] n [[rhys|name]]
[[30 Nov|date]] 21:47 alfie.l_bs13: [[connor|name]] was outside [[lace|name]]s school today in the van. im gonna do him
[[30 Nov|date]] 21:49 hartcliffe.youthclub: [[Alfie|name]] i hear u. don't do anything. tell ur mum and ring 999 if he comes back.
  I have to pass this on mate, like we said. u did the right thing telling me
[[30 Nov|date]] 21:52 alfie.l_bs13: ok. dont tell [[bernie|name]] she'll go mad lol
[[1 Dec|date]] 07:30 alfie.l_bs13: nan says thanks [[dev|name]]. police came to [[hareclive|school]] this morning
[[1 Dec|date]] 07:31 alfie.l_bs13: they spoke to [[lacey|name]] n miss [[pople|name]]. [[connor|name]]s brother [[dean|name]] was
outside ours
  last nite in a black corsa. [[WR17 OYC|vehicle]] i wrote it down
[[1 Dec|date]] 08:02 hartcliffe.youthclub: thanks [[Alfie|name]], that's really useful. passing to [[Ciaran|name]] now. see u tues at the
  hub x
[[2 Dec|date]] 19:40 alfie.l_bs13: [[kyle|name]] took me boxing at [[hengrove|place]]. [[jonno|name]] was there he said [[connor|name]]s
staying at
  his nans in [[totterdown|place]] now
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 29 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:16 UTC, read since)"


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
    "aunt",
    "uncle",
    "great-aunt",
    "pastor",
    "señora",
    "señor",
    "doña",
    "don",
    "abuela",
    "abuelita",
    "abuelo",
    "papá",
    "papi",
    "mamá",
    "tía",
    "tío",
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
    "sussex",
    "east sussex",
    "west sussex",
    "surrey",
    "berkshire",
    "west berkshire",
    "wiltshire",
    "gloucestershire",
    "somerset",
    "avon",
    "colombia",
    "antioquia",
    "barbados",
    "bim",
    "christ church",
    "spain",
    "the caribbean",
    "west indies",
}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor
# Cumberbatch", "Señora Luz Marina Cárdenas", "Abuelita Luz", "Great-aunt Hyacinth Alleyne", "Aunty Hyacinth", "Nanny Dawn")
# and counties, regions and countries ("East Sussex", "Surrey", "Berkshire", "Wiltshire", "Gloucestershire", "Colombia",
# "Barbados", "Bim", "Christ Church").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
