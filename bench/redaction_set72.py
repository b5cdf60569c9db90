"""Set 72: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set70.py, redaction_set71.py and redaction_set73.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking
conventions followed here: set 21's docstring, records and first documents, its word lists, checker wiring and test in full;
the middle of its documents only in passing), the module docstrings of bench/redaction_set7.py to redaction_set69.py
(printed only as docstrings, and searched only in that printed form, to see which towns, districts, estates and communities
earlier sets used as a family's home and which document types; their bodies were not read or searched), the first part of
bench/redaction_set15.py (its records and first document, seen while looking for its checker, and one grep of that file for
its `def problems` and import lines, which also showed one line of a document), the `_party`, `Records`, `HandSet`,
`word_problems`, `_parse` and first record of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone
numbers were checked with the phonenumbers library, and NHS numbers and UPNs made and checked with python-stdnum in small
snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module
only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round
of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in three East and North London boroughs (Waltham Forest, Newham and Haringey), each from a district or estate
no earlier set (7 to 69) used as a family's home. Four from communities common in these boroughs: a white British family on
the Friday Hill estate in Chingford, with a grandmother in Highams Park and a father in Harlow (Dunmore / Marsh / Gammon; a
hoarded flat, a mother's low mood, a boy of 10 who is his sister's carer, a mother's partner's violence, a dog), a British
Bangladeshi (Sylheti) family in Plaistow, with an uncle in Bury Park, Luton and a grandmother in Sylhet (Akter / Miah /
Uddin / Khatun; a girl of 13 beaten with a belt over messages from a boy, self-harm and an overdose, a threat of being taken
to Bangladesh and a cousin married there at 16, a forced marriage protection plan; a name in Bengali script), a Somali
family in Northumberland Park, Tottenham, with an uncle in Spinney Hills, Leicester and a grandmother in Hargeisa (Warsame /
Farah / Osman; a boy of 16 exploited on a county line to Great Yarmouth, a debt, men at the door, a move to Leicester, a
mother's letter for a housing move) and a Turkish Cypriot family in Noel Park, Wood Green, with an aunt in Crouch End and a
grandmother near Girne (Hüseyin / Mustafa; a father's non-fatal strangulation of the mother in front of a boy of 9 who rang
his aunt, a restaurant on Green Lanes, bail, MARAC, a grandmother's letter in Turkish). Two from communities no earlier set
used: a Maldivian family in Manor Park, with a grandmother in Hulhumalé and an aunt in Malé (Shifa / Rasheed / Moosa; a
father's heroin relapse and overdose found by a girl of 8, methadone, a boy of 4 acting it out at nursery; names and places
in Thaana script, Dhivehi typed in Latin letters) and a Malian (Bambara- and French-speaking) family on the Cathall estate,
Leytonstone, with a father in Montreuil and a grandmother in Kayes (Traoré / Diarra / Keïta; FGM found at a maternity
booking, tickets bought to take two girls to Kayes for the summer, an FGM Protection Order, a father's French lawyer). 24
documents, half plain professional recording (a social worker's case note, an ICPC report, a school's online referral form,
a CAMHS letter, strategy discussion minutes, a chronology, a drug and alcohol service's letter, a child and family
assessment, a maternity FGM referral, a witness statement for an FGMPO, a police domestic abuse report, CIN review minutes)
and half the other writing a case file holds, of types no earlier set's docstring names where possible: an education welfare
officer's doorstep visit card typed up, a young carer's questionnaire in a boy's own writing and spelling, Snapchat messages
typed up by a school from screenshots (with Bengali script), a return home interview form, a youth worker's notes typed fast
on a phone, a mother's letter written by her niece, Viber messages in Dhivehi translated by an interpreter (with Thaana
script), a nursery's online learning journal export with parents' comments, WhatsApp voice notes in Bambara and French
transcribed and translated, a French lawyer's letter run through OCR (with its errors: "DlARRA", "0l/12/2014", "931OO"), a
body-worn video transcript, and a grandmother's letter in Turkish with the council's translation.

Invented: every person, phone number, NHS number, UPN, NI number, email address and vehicle registration, and the house,
flat and lot numbers (street names may be real or invented). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Bangladesh, Somaliland, the Maldives, Mali, France, North Cyprus); NHS numbers and UPNs (LA
numbers 320, 316, 309) pass their check digits; NI numbers have a valid format. Councils are invented (Ching Brook, Bow
Creek, Moselle Vale), and so are the schools Pole Hill Primary, Greengate Academy, Lordship Vale Academy, Little Ilford Lane
Primary, Leyton Marsh Academy and Noel Park Vale Primary, the nursery (Sunflowers Day Nursery), the restaurant ("Kemal's
Ocakbaşı") and the law firms; towns, districts, estates, real schools and colleges, NHS bodies, hospitals, surgeries,
charities (St Giles Trust, Solace, Change Grow Live, Place2Be, Barnardo's), police forces and operations, courts, clubs,
brands, apps and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay outside a name span,
before or after it (Mr, Mrs, Ms, Miss, Dr, PC, PS, DC, DI, Coach, Hoca, Maître, Mme, Mlle, M., Tanti, aunty, miss, abti,
Hooyo, mama in "[[Jamal|name]] mama", apu in "[[Shirin|name]] apu", teyze in "[[Ayla|name]] teyze", Bey in "[[Tomasz|name]]
Bey", beybe in "[[Rasheed|name]] beybe", Dhaitha in "[[Hawwa|name]] Dhaitha"); a possessive 's, a texting s
("[[ivy|name]]s", "[[Kai|name]]s") and a Turkish suffix after an apostrophe ("[[Derya|name]]'nın", "[[Derya|name]]'cığım",
"[[Lefkoşa|place]]'da") stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one
span ("WARSAME, Abdirahman", "DUNMORE, Bailey Jay", "HÜSEYIN, Derya"); an initial with a surname and a name with an initial
after it are one span ("J. Frost", "abdi W", "Moussa D."); a lone initial signing off ("h") is not marked; social media
handles ("starlight.x0", "njx.13") are not marked; a contact saved as a name with a heart ("[[Moussa|name]] ❤️") marks the
name; a street alias or nickname that is a word ("Dizzy", "Tiny") is a name. A street address is one span, its town a place,
its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare flat or house number
("Flat 12", "flat 12", "no. 114", "114", "no. 28") and an address abroad ("14 rue de Paris", "7 allée Jean-Jaurès", "Lot
10211, Nirolhu Magu", "Ecevit Caddesi No. 14"); foreign postcodes ("93100", "75010", "23000") are postcodes; towns, cities,
districts, estates, islands and quarters are places at home or abroad and in any script or language ("Londres", "Londra",
"Lefkoşa", "ހުޅުމާލެ", "male" for Malé, "leic"), while countries, counties, regions and boroughs are not ("Cyprus",
"Kıbrıs", "Mali", "Somaliland", "France", "England and Wales"); organisations are not marked even when they hold a town's, a
street's or a person's name ("Sir Ludwig Guttmann Health Centre", "The Balaam Street Practice", "Chingford Mount Surgery",
"Cathall Road Surgery", "Manor Park Medical Centre", "Whipps Cross University Hospital", "Tottenham Green Family Centre",
"the Highfields Centre", "the Cypriot Centre", "Cathall Mothers' Group", "St Giles Trust", "Barreau de Paris"); a school's,
college's or nursery's name is a school, and so is its short form ("[[pole hill|school]]", "[[park view|school]]",
"[[Sunflowers|school]]", "[[CONEL|school]]", "[[Newham Sixth Form College|school]]", "[[City of Leicester
College|school]]"); a date of birth is dob (also spoken in words in a transcript), any other calendar date with a day is
date (a weekday before it stays outside), and the bare day in a range ("[[21|date]]/[[22 November|date]]",
"[[13|date]]-[[16/11/2026|date]]") is a date span of its own; months and years alone are not marked; pets' names (Rocco) are
not names; a firm named after people marks only the names ("[[Aydın|name]] & [[Brennan|name]] Solicitors",
"[[BERTRAND|name]] & [[N'DIAYE|name]]", "[[Kemal|name]]'s Ocakbaşı"); parks, woods, beaches, stations and attractions are
landmarks and stay unmarked (larks wood, Alagadi, Liverpool Street, st pancras, Northumberland Park station, Paris CDG); a
branch named by its town ("McDonald's, [[Tottenham Hale|place]]", "McDo de [[Stratford|place]]", "l'hôtel lbis de
[[Leytonstone|place]]", "the Amazon warehouse at [[Dagenham|place]]") marks the town; a name that is also a word, a brand or
a town is marked by what it refers to ("Hope", "Daisy", "Ivy", "Frost", "Fanta", "Barrow"), and the verb "hope" stays
unmarked.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a council's or service's
building name ("Walthamstow Town Hall", "River Park House") is an organisation's and stays unmarked, while the street
address after it is marked ("[[225 High Road|address]]", "[[Forest Road|address]]"); a service's public switchboard number
("020 3468 9700") is not marked, like a helpline; a date inside a file name or a police CAD reference ("[[20261121|date]]",
"[[21NOV26|date]]", "[[13NOV|date]]") is a date; a date in French inside a translated message ("[[4 juillet|date]]", "[[20
novembre 2026|date]]") and in Turkish ("[[14 Ağustos 2010|date]]") is a date; OCR-damaged names, dates, addresses and
postcodes are marked as what they are ("[[Awa DlARRA|name]]", "[[Fatournata TRAORE|name]]", "[[0l/12/2014|dob]]", "[[l4 rue
de Paris|address]]", "[[931OO|postcode]]"); a footballer's name said by a child ("[[Emre|name]] in Galatasaray") is a name;
a district named after a park ("Bush Hill Park", "Bowes Park") is a place; a surname registered in error ("Shaheen") is a
name; case, crime, CAD, hospital, tenancy and court references (apart from a date inside one) and an interpreter's
registration number are not marked.

Self-check without the detector: `python -m bench.redaction_set72` (and tests/test_redaction_set72.py) runs set 21's checker
(which runs set 15's, and through it sets 13 to 6's) on this set, adds this set's titles and kinship words (before and after
a name) and countries, regions and boroughs, and prints the number of documents and gold spans per kind: 24 documents, 1,124
gold spans, 608 of them names.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunmore / Marsh family (white British), Friday Hill, Chingford ---------------------------------------------------

HOME_A = d.Address("Flat 9, Hazelwood House, Friday Hill West", "Friday Hill", "London", "E4 6UX")
NAN_A = d.Address("31 Selwyn Avenue", "Highams Park", "London", "E4 9LR")
DAD_A = d.Address("22 Longbanks", "", "Harlow", "CM18 7PE")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Bailey", "Dunmore")], dt.date(2016, 2, 9), addresses=[HOME_A], ids=["1925895491", "X320289016862"],
       schools=["Pole Hill Primary School"]),
    _p("s", "sibling", [("Ivy", "Marsh")], dt.date(2023, 6, 30), addresses=[HOME_A], ids=["2536203700"]),
    _p("m", "mother", [("Stacey", "Dunmore")], dt.date(1994, 10, 22), addresses=[HOME_A], phones=["07824 631 907"],
       ids=["7141850643", "SL 41 88 20 B"]),
    _p("f2", "father", [("Craig", "Marsh")], dt.date(1990, 4, 17), addresses=[HOME_A], phones=["07949 218 530"]),
    _p("f", "father", [("Lee", "Gammon")], dt.date(1992, 12, 5), addresses=[DAD_A]),
    _p("g", "grandparent", [("Pauline", "Dunmore")], dt.date(1968, 3, 8), addresses=[NAN_A],
       phones=["020 8529 4471", "07711 304 268"]),
    _p("p1", "professional", [("Joanne", "Frost")], phones=["020 8496 1183"], emails=["joanne.frost@chingbrook.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a home visit", """CHING BROOK COUNCIL - CHILDREN AND FAMILIES - CASE NOTE
Child: [[Bailey DUNMORE|name]]   DOB: [[09/02/2016|dob]]   ID: 2207415   Worker: [[Joanne Frost|name]] (Assessment Team 2)
Type: Home visit (announced)   Date of contact: Thursday [[12 November 2026|date]]   Recorded: [[13/11/26|date]]
Present: [[Stacey Dunmore|name]] (mother), [[Ivy|name]] (3), [[Bailey|name]] (10, after school), later Mr [[Craig Marsh|name]]

Visited [[Flat 9, Hazelwood House|address]], [[Friday Hill West|address]] ([[E4 6UX|postcode]]) at 15:40. The lift was out again so
[[Stacey|name]] met me on the stairs with [[Ivy|name]] on her hip. The flat is on the 4th floor and has two bedrooms. The front
room was full of black bags (about 20) that [[Stacey|name]] said were "washing and stuff for the charity shop"; the path through
was about a foot wide. Kitchen: sink full, no food in the fridge except milk and a tub of butter; cupboard had cereal and
noodles. Strong smell of dog urine. The dog (a Staffie cross called Rocco) was shut in the bathroom and barking throughout.

[[Bailey|name]] came in at 16:10 with his nan, Mrs [[Pauline Dunmore|name]], who collects him on Tuesdays and Thursdays and brings him
back from [[Highams Park|place]] on the 97 bus. He went straight to make [[Ivy|name]] a bottle, and knew how much formula to put
in. When I asked him what he had for tea he said "nan's chips" and that on other days he does "toast or them pot noodles".
He showed me his room on his own: his mattress is on the floor, no sheet, a duvet without a cover. He said he sleeps in
with [[Ivy|name]] "when she cries cos mum's sleeping and [[Craig|name]]'s on nights".

[[Stacey|name]] said she has had "the depression" since [[Ivy|name]] was born and is on sertraline from Dr [[Adebayo|name]] at
Chingford Mount Surgery. She said [[Craig|name]] works nights at the Amazon warehouse at [[Dagenham|place]]. She said [[Bailey|name]]'s dad,
[[Lee Gammon|name]], lives in [[Harlow|place]] and "hasn't bothered since the summer"; he last had him on [[22 August|date]].

[[Craig|name]] came in at 16:35. He was polite but said the visit was "a load of nothing" and that the school "have got it in for
[[Stace|name]]". He said the bags were his mum's, [[Brenda Marsh|name]]'s, from when she moved to a home in [[Loughton|place]].

A neighbour from [[no. 11|address]], Mrs [[Olive Pickering|name]], stopped me on the landing as I left and said she hears the little one
crying "for hours" in the day and that [[Bailey|name]] knocks on her door "to borrow bread". She said she had rung the housing
office at [[Chingford|place]] twice.

Analysis: signs of neglect of both children's basic care, a young carer role for [[Bailey|name]], and a mother with low mood.
Plan: strategy discussion not indicated today; continue C&F assessment; ask [[Pole Hill Primary|school]] for attendance; ask
HV [[Marcia Lindo|name]] for [[Ivy|name]]'s growth; ring Mrs [[Dunmore|name]] senior on [[07711 304 268|phone]]. Next visit
(unannounced) week of [[23/11|date]]. [[J. Frost|name]], social worker, [[020 8496 1183|phone]].
"""),
    ("education welfare officer's doorstep visit card, typed up", """CHING BROOK COUNCIL - SCHOOL ATTENDANCE SUPPORT SERVICE
DOORSTEP VISIT RECORD (card copy typed into the EWS log by admin)

Pupil surname: [[DUNMORE|name]]        Forename(s): [[Bailey Jay|name]]        D.O.B. [[9.2.16|dob]]
UPN: [[X320289016862|upn]]        School: [[Pole Hill Primary|school]]        Yr: 6        Attendance this term: 71.4%
Address visited: [[Flat 9 Hazelwood Hse|address]], [[Friday Hill W.|address]], [[Chingford|place]], [[E4 6UX|postcode]]
Parent/carer: Ms [[S Dunmore|name]]        Tel: [[07824631907|phone]]        Alt contact: Nan - [[020 8529 4471|phone]]

Visit 1: Mon [[2/11|date]] 09:25 - no answer. Dog barking. Card through the door. Curtains shut.
Visit 2: Wed [[4/11|date]] 09:10 - door opened by pupil himself in pyjamas. Said mum asleep and "[[ivy|name]]'s not well". Said
he was "looking after her". I waited. Mum came to the door after 5 mins, said the baby had a temp and she couldn't get him
to school as it's "two buses". Advised the school run: it is 0.9 miles walk. Mum said "he can't walk on his own round
here, there's them lot by the shops". Pupil said "it's [[Tyler|name]] and them from [[Larkshall Road|address]]". Not known to me.
Visit 3: Fri [[6/11|date]] 08:40 - walked pupil to school with Mum's OK. He talked all the way about his nan's dog and
the [[Chingford|place]] foodbank where he goes with [[Craig|name]] "on Saturdays". Told me "I'm the man of the house when
[[Craig|name]]'s working". Arrived 09:02. Handed to Mrs [[Khadija Bell|name]] (Attendance Officer) at the office.

Officer: [[Dean Whitbread|name]], EWO        Signed: [[D Whitbread|name]]        Date: [[06-11-2026|date]]
Action: referral to CSC made by school DSL (Mr [[Tom Greenslade|name]]) [[09.11.2026|date]]. EWS to attend TAC on
[[17th Nov|date]] at [[Pole Hill|school]]. Early Help worker [[Sam Oduya|name]] informed by email.
"""),
]
DOCS_A += [
    ("a child's young carer questionnaire in his own writing", """YOUNG CARERS PROJECT - ABOUT ME AND MY CARING (fill in yourself or with
your worker)
Ching Brook Young Carers at the Hub, [[Chingford|place]]

My name: [[bailey dunmore|name]]             my age: 10 and 9 months          my school: [[pole hill|school]]
Who I look after: my sister [[Ivy|name]] (shes 3) and my mum sometimes
Who lives in my house: me, mum, [[ivy|name]], [[craig|name]] (mums boyfrend) and Rocco (dog)

What do you do to help at home? (tick or write)
[x] cooking - toast, pasta, noodels, fish fingers when theres some
[x] looking after brothers or sisters - I do [[ivy|name]]s bottle and her nappy and I take her to the park at larks wood
[x] shopping - I go to the costcutter by [[chingford hatch|place]] with mums card. the man [[Raj|name]] lets me
[x] other - I walk Rocco. I tell mum to take her tablets

When do you do it? morning before school (if I go) and at night. wen [[craig|name]] is at work

What is hard? I am tired at school. Mrs [[Okafor|name]] says I fall asleep in maths. I worry about mum when Im at school
and I worry about [[ivy|name]] in the night. sometimes [[craig|name]] shouts at mum and then I take [[ivy|name]] in my bed

What is good? my nan [[Pauline|name]] she lives in [[highams park|place]] and makes chips. my dad [[Lee|name]] used to take me to
[[Harlow|place]] to go karting. my freind [[Kai|name]] from [[Chingford Mount|place]]

If you had 3 wishes: 1. mum to be happy 2. a bed 3. go to [[Kai|name]]s party on [[28th november|date]]

(worker's note) Completed with [[Bailey|name]] at the Hub on [[19/11/2026|date]], his words, spelling kept. He did this on his own
and asked me not to show [[Craig|name]]. Shared with SW [[Joanne Frost|name]] the same day - [[Ellie Brocklehurst|name]], Young
Carers Worker, [[07396 512 844|phone]].
"""),
    ("initial child protection conference report", """CHING BROOK SAFEGUARDING CHILDREN PARTNERSHIP
REPORT TO INITIAL CHILD PROTECTION CONFERENCE - [[3 December 2026|date]], 10:00, Walthamstow Town Hall, Committee Room 2

Children:   [[DUNMORE, Bailey Jay|name]]   DOB [[09.02.2016|dob]]   NHS [[192 589 5491|nhs]]   UPN [[X320289016862|upn]]
            [[MARSH, Ivy Rose|name]]       DOB [[30.06.2023|dob]]   NHS [[253 620 3700|nhs]]
Address:    [[Flat 9, Hazelwood House, Friday Hill West|address]], [[Friday Hill|place]], [[London|place]] [[E4 6UX|postcode]]
Mother:     [[Stacey Louise Dunmore|name]], DOB [[22.10.1994|dob]], NI [[SL 41 88 20 B|ni]], mobile [[07824 631 907|phone]]
Partner:    [[Craig Anthony Marsh|name]] ([[Ivy|name]]'s father), DOB
[[17.04.1990|dob]], [[07949 218 530|phone]], vehicle [[LR17 XUP|vehicle]]
Father:     [[Lee Gammon|name]] ([[Bailey|name]]'s father), [[22 Longbanks|address]], [[Harlow|place]] [[CM18 7PE|postcode]]
Author:     [[Joanne Frost|name]], Social Worker; Team Manager [[Niamh Costigan|name]]
Chair:      [[Rupert Haig|name]], Child Protection Chair

1. Reason for conference
Concerns of neglect, raised by [[Pole Hill Primary School|school]] on [[9 November 2026|date]] (attendance 71%, hunger,
tiredness, a young carer role) and by the health visitor, who recorded [[Ivy|name]]'s weight falling from the 50th to the 9th
centile between March and October 2026. A s47 enquiry was agreed at a strategy discussion on
[[24/11/2026|date]] after [[Bailey|name]] told his teacher, Mrs [[Grace Okafor|name]], that [[Craig|name]] "pushed mum into the door" and
that he had hidden [[Ivy|name]] "under the duvet till it stopped".

2. What the family say
[[Stacey|name]] accepts that the flat "got on top of" her and that she has been low. She denies any violence. [[Craig|name]] has not
engaged; he told the police officer who made the welfare check, PC [[Amit Sahota|name]], that "it was a row, that's all".
[[Bailey|name]]'s nan, [[Pauline|name]], wants the children to stay with her in [[Selwyn Avenue|address]] if needed. [[Lee|name]] rang me on
[[30 Nov|date]] from [[Harlow|place]] and wants [[Bailey|name]] to live with him and his partner, [[Kerry-Ann Fitch|name]].

3. Children's own views
[[Bailey|name]] wants "mum to be happy" and "a bed". He is proud of looking after [[Ivy|name]] and afraid of being "put in care".

4. Others spoken to: Mrs [[Olive Pickering|name]] (neighbour), [[Ellie Brocklehurst|name]] (young carers), Mr [[Raj Patel|name]], who
keeps the shop on [[Hatch Lane|address]] and said [[Bailey|name]] buys nappies and cigarettes "for his mum" (he refuses the
cigarettes). The RSPCA inspector ([[Gavin Ruddock|name]]) visited on [[1.12.26|date]] about the dog.

5. Recommendation: both children to be made subject to child protection plans under the category of neglect.
"""),
]


# --- B. Akter / Miah family (British Bangladeshi, Sylheti), Plaistow -----------------------------------------------------

HOME_B = d.Address("Flat 6, Brooks Court, 22 Balaam Street", "Plaistow", "London", "E13 8AQ")
MAMA_B = d.Address("47 Dunstable Road", "Bury Park", "Luton", "LU4 8RD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Sumaiya", "Akter")], dt.date(2013, 5, 14), addresses=[HOME_B], ids=["4553573598", "F316243115650"],
       schools=["Greengate Academy"]),
    _p("s", "sibling", [("Tanvir", "Miah")], dt.date(2009, 8, 2), addresses=[HOME_B], ids=["1781475709"]),
    _p("m", "mother", [("Rahima", "Begum")], dt.date(1982, 1, 3), addresses=[HOME_B], phones=["07458 993 120"]),
    _p("f", "father", [("Abdul Karim", "Miah")], dt.date(1975, 7, 19), addresses=[HOME_B], phones=["07862 415 209"]),
    _p("u", "other", [("Jamal", "Uddin")], addresses=[MAMA_B], phones=["07534 771 062"]),
    _p("g", "grandparent", [("Jahanara", "Khatun")], phones=["+880 1712-448930"]),
    _p("p1", "professional", [("Imogen", "Watts")], phones=["020 3373 4610"], emails=["imogen.watts@bowcreek.gov.uk"]),
], "c")

DOCS_B = [
    ("school designated safeguarding lead's online referral to the front door", """BOW CREEK CHILDREN'S FRONT DOOR - MULTI-AGENCY REFERRAL
FORM (online) - submitted [[16/10/2026|date]] 11:48
Ref: FD-26-40917

SECTION 1 - CHILD
Surname: [[AKTER|name]]    Forename: [[Sumaiya|name]]    Also known as: [[Sumi|name]]    DOB: [[14/05/2013|dob]]    Age: 13
Gender: F    Ethnicity: Asian/Asian British - Bangladeshi    Language: English, Sylheti    Religion: Muslim
Address: [[Flat 6, Brooks Court|address]], [[22 Balaam Street|address]], [[Plaistow|place]], [[E13 8AQ|postcode]]
School: [[Greengate Academy|school]] (Year 9)    UPN: [[F316243115650|upn]]    NHS no.: [[455 357 3598|nhs]]

SECTION 2 - HOUSEHOLD
Mother: [[Rahima Begum|name]], [[07458 993 120|phone]] (limited English; prefers Sylheti - interpreter needed)
Father: [[Abdul Karim Miah|name]], [[07862 415 209|phone]] (works at a restaurant in [[Southend|place]], home late)
Brother: [[Tanvir Miah|name]], 17, at [[Newham Sixth Form College|school]]
Other: maternal uncle [[Jamal Uddin|name]] ("[[Jamal|name]] mama"), [[Luton|place]]; grandmother in [[Sylhet|place]]

SECTION 3 - REFERRER
Name: [[Farhana Islam|name]]    Role: DSL, [[Greengate Academy|school]]    Tel: [[020 8430 2257|phone]]
Email: [[f.islam@greengate.bowcreek.sch.uk|email]]

SECTION 4 - REASON FOR REFERRAL
This morning at 08:35 [[Sumaiya|name]]'s form tutor, Ms [[Chloe Brannan|name]], saw fresh cuts on [[Sumaiya|name]]'s left forearm
when her sleeve rode up. [[Sumaiya|name]] was brought to me. She had about 12 superficial cuts, some new and some healing, and
a red raised mark across the back of her right thigh (she showed me when I asked about pain when sitting), about 15 cm long.
She said her abba hit her with his belt on Tuesday night ([[13 October|date]]) after he found messages on her phone from a
boy in Year 10, [[Ibrahim|name]] (not at our school; lives in [[Upton Park|place]]). She said her brother [[Tanvir|name]] "stopped
him". She said her father took her phone and said that in the December holidays she will go "desh" to her nanu in
[[Sylhet|place]] "to learn how to behave" and "maybe not come back". She said a cousin, [[Shirin|name]], went in 2024 and got
married there at 16. [[Sumaiya|name]] said she cut herself because "it's the only thing that's mine". She asked me not to tell
her mum "because she'll get it too".

SECTION 5 - WHAT HAS BEEN DONE
First aid by the school nurse (Mrs [[J Adeyemi|name]]). I have not contacted the parents (risk of harm and of removal).
[[Sumaiya|name]] is in the wellbeing room with her friend [[Nusrat|name]] and the learning mentor, Mr [[Osei|name]], until I hear back.
Consent: not sought, for the reasons above.
"""),
]
DOCS_B += [
    ("CAMHS letter after an emergency department assessment", """East London NHS Foundation Trust
Newham CAMHS - Crisis and Home Treatment
Sir Ludwig Guttmann Health Centre, [[40 Liberty Bridge Road|address]], [[London|place]] [[E20 1AS|postcode]]

[[21 October 2026|date]]

Private and confidential
Dr [[Helen Ashworth-Pryce|name]], GP
The Balaam Street Practice

Dear Dr [[Ashworth-Pryce|name]],

Re: [[Sumaiya AKTER|name]], DOB [[14.05.2013|dob]], NHS No [[455 357 3598|nhs]]
[[Flat 6 Brooks Court, 22 Balaam St|address]], [[London|place]] [[E13 8AQ|postcode]]

I saw [[Sumaiya|name]] in the paediatric emergency department at Newham University Hospital on the evening of
Monday [[19th October|date]] with Ms [[Imogen Watts|name]] (social worker, Bow Creek Children's Services, [[020 3373 4610|phone]]) and her
foster carer, Mrs [[Gloria Adjei|name]], after she took twenty paracetamol at about 14:00 that day at the carer's home in
[[Beckton|place]]. Paracetamol level at four hours was below the treatment line; she was medically fit the next morning.

[[Sumaiya|name]] told me she took the tablets after her brother [[Tanvir|name]] texted that their father had "cursed her" and that
the family now say she "brought shame". She said she did not want to die "exactly" but wanted "everything to stop". She
misses her mother and her brother, and her best friend [[Nusrat Jahan|name]]. She spoke warmly of a teacher, Ms [[Brannan|name]].

Her mother, Mrs [[Rahima Begum|name]], came to the ward on [[20/10|date]] with the uncle, Mr [[Jamal Uddin|name]], who drove down from
[[Luton|place]]; with a Sylheti interpreter by phone (Ms [[Rupa Dey|name]], LanguageLine) she said she had not known about the
belt and cried. Mr [[Miah|name]] did not come.

Risk: moderate and changeable. Plan agreed with [[Sumaiya|name]], Ms [[Watts|name]] and Mrs [[Adjei|name]]: safety plan (copy
enclosed), medicines locked away, daily contact with the home treatment team for two weeks (my colleague [[Kofi Mensah-Bonsu|name]]
will visit on [[22|date]], [[24|date]] and [[27 October|date]]), and an appointment with me on [[3rd November 2026|date]].

Yours sincerely,

Dr [[Siobhan Tierney|name]]
Consultant Child and Adolescent Psychiatrist

cc: Ms [[I Watts|name]], Bow Creek Children's Services ([[imogen.watts@bowcreek.gov.uk|email]]); Ms [[F Islam|name]], DSL, [[Greengate
Academy|school]]
"""),
    ("Snapchat messages between two girls, typed up by the school from screenshots", """[[Greengate Academy|school]] - safeguarding - typed
from 6 screenshots [[Nusrat Jahan|name]] (Yr 9) showed me on Fri [[16.10.26|date]] 08:20.
Typed by [[F Islam|name]] (DSL). Spelling as in the original. Chat between "starlight.x0" and "njx.13". Bangla typed as it was.

starlight.x0 (Tue 21:47): [[nus|name]] he knows
njx.13: knows WHAT
starlight.x0: abba took my phone bcs [[ibrahim|name]] msgd. hes saying i lied bout going to [[stratford|place]] w u on sat
njx.13: omg. r u ok
starlight.x0: no. belt. [[tanvir|name]] pulled him off me
starlight.x0: this is [[tanvir|name]]s phone btw dont msg this after 10
njx.13: [[sumi|name]] u need to tell miss [[islam|name]] pls
starlight.x0: no bcs then police and then amma gets it. and he said december i go desh to nanu in [[sylhet|place]]. [[Shirin|name]] apu went
and never came back ur literally married at 16 there
njx.13: thats not allowed here tho
starlight.x0: hes been on phone to [[jamal|name]] mama about tickets. emirates. i heard "[[balaganj|place]]"
njx.13: come to mine. my mum will let u. [[23 kinfauns rd|address]] u know it
starlight.x0: cant. he'll come there
njx.13 (Wed 07:55): did u sleep
starlight.x0: kinda. i did the thing again. the arm
njx.13: [[SUMAIYA|name]]. im telling miss [[brannan|name]] sorry
starlight.x0: pls dont
starlight.x0: ok tell her but not abba
njx.13: ❤️ [[sumi|name]]
starlight.x0: নানু said on the phone আমার [[সুমি|name]] is good girl. she doesnt know anything
njx.13: ur nanu is sweet tho
starlight.x0: [[সুমাইয়া আক্তার|name]] thats how she writes it on my eid card lol. [[জাহানারা খাতুন|name]] is her, shes 70

Note: "[[সুমাইয়া আক্তার|name]]" is [[Sumaiya|name]] and "[[জাহানারা খাতুন|name]]" her
grandmother, Mrs [[Jahanara Khatun|name]]; "আমার [[সুমি|name]]" is "my [[Sumi|name]]".
"""),
]
DOCS_B += [
    ("strategy discussion minutes", """BOW CREEK CHILDREN'S SERVICES - STRATEGY DISCUSSION (s47) - MINUTES
Date/time: [[16.10.2026|date]], 14:00-14:50 (Teams)       Chair: [[Kwame Asante|name]], Team Manager, Front Door
Minutes: [[Lily-Mae Connolly|name]] (business support)
Child: [[Sumaiya Akter|name]] (13), DOB [[14/5/2013|dob]]; sibling [[Tanvir Miah|name]] (17)

Present: [[K Asante|name]] (chair); [[Imogen Watts|name]] (SW, allocated today); DC [[Priya Raghunathan|name]], CAIT, Met Police
(East Area BCU); [[Farhana Islam|name]] (DSL, [[Greengate|school]]);
[[Zoe Quartey|name]] (named nurse, Newham University Hospital); [[Asif Chowdhury|name]]
(Forced Marriage Unit caseworker, by phone, for item 3 only)
Apologies: Dr [[Ashworth-Pryce|name]] (GP) - information sent by email

1. Information shared
School: see referral FD-26-40917. [[Sumaiya|name]]'s attendance 96%, a bright girl, top set maths. No earlier concerns except
a note in June 2026 that she cried in PE changing and would not say why.
[[Tanvir|name]] left [[Greengate|school]] in 2025 with good GCSEs; the school remembers him as protective of his sister.
Police: no trace of either parent. A 2023 call from [[Balaam Street|address]] (neighbour, "shouting") was NFA. DC [[Raghunathan|name]]
said a car registered to the father, [[BF63 KZE|vehicle]], was stopped in [[Canning Town|place]] in 2024 (no offence).
Health: [[Sumaiya|name]] seen by the GP in 2025 for headaches; mother seen at the practice for low mood, with her son
interpreting.
FMU: the family is not known. Mr [[Chowdhury|name]] advised that, with a threat to take her to [[Sylhet|place]] in the school holiday and
a cousin married there at 16, the risk of forced marriage should be taken seriously; a Forced Marriage Protection Order can
be sought urgently, and her passport (she holds a British one) secured.

2. Decision: threshold for s47 met (physical harm, threat of removal abroad for marriage). Joint visit: [[I Watts|name]] and
DC [[Raghunathan|name]], today at 16:30, to speak with [[Sumaiya|name]] at school first, then both parents with a Sylheti interpreter
(not a family member or anyone known to the family; not [[Tanvir|name]]).

3. Actions
- [[Sumaiya|name]] not to return home tonight unless the visit shows it is safe. Placement search: [[Lena Draper|name]], Placements.
  Family and friends: the family of [[Nusrat Jahan|name]] at [[23 Kinfauns Road|address]], [[Plaistow|place]] [[E13 9NR|postcode]] offered
  (Mrs [[Rokeya Jahan|name]], [[07722 185 463|phone]]) - too close to home; not used.
- Legal planning meeting about an FMPO by [[19/10|date]] (Legal: [[Benedict Oyelaran|name]]).
- Port alert request for [[Sumaiya|name]] via DC [[Raghunathan|name]].
- Ask the uncle, Mr [[Jamal Uddin|name]] ([[47 Dunstable Road|address]], [[Bury Park|place]], [[Luton|place]] [[LU4 8RD|postcode]];
  [[07534 771 062|phone]]), what he knows about travel plans.
- Review strategy discussion: Tue [[20 Oct 2026|date]] 10:00.
"""),
]


# --- C. Warsame / Farah family (Somali), Northumberland Park, Tottenham --------------------------------------------------

HOME_C = d.Address("Flat 14, Willan House, 8 Worcester Avenue", "Northumberland Park", "London", "N17 0TX")
ABTI_C = d.Address("19 Linden Street", "Spinney Hills", "Leicester", "LE5 3LR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Abdirahman", "Warsame")], dt.date(2010, 3, 27), addresses=[HOME_C],
       ids=["1445338424", "P309259822908"], schools=["Lordship Vale Academy"]),
    _p("s", "sibling", [("Yusuf", "Warsame")], dt.date(2014, 1, 6), addresses=[HOME_C], ids=["1600739059"]),
    _p("s2", "sibling", [("Hamdi", "Warsame")], dt.date(2018, 7, 12), addresses=[HOME_C]),
    _p("m", "mother", [("Hodan", "Farah")], dt.date(1984, 9, 11), addresses=[HOME_C], phones=["07415 268 390"],
       ids=["3931573591"]),
    _p("u", "other", [("Abdikarim", "Farah")], addresses=[ABTI_C], phones=["07983 540 271", "0116 251 7730"]),
    _p("g", "grandparent", [("Khadra", "Osman")], phones=["+252 63 4418 207"]),
    _p("p1", "professional", [("Rachael", "Ojo")], phones=["020 8496 5500"], emails=["rachael.ojo@mosellevale.gov.uk"]),
], "c")

DOCS_C = [
    ("return home interview form after a missing episode", """MOSELLE VALE COUNCIL - RETURN HOME INTERVIEW (RHI) - CONFIDENTIAL
Completed by: [[Hope Clarke|name]], Missing Children's Worker (St Giles Trust, commissioned)   Tel: [[07506 118 742|phone]]

Young person: [[WARSAME, Abdirahman|name]] ("[[Abdi|name]]")        D.O.B.: [[27-03-2010|dob]]        Age: 16
Home address: [[14 Willan House|address]], [[Worcester Ave|address]], [[N17 0TX|postcode]]        Ethnicity: Black - Somali
Missing from: home           Reported by: mother (Ms [[Hodan Farah|name]], [[07415 268 390|phone]])
Missing: Fri [[13.11.26|date]] 22:00 to Mon [[16.11.26|date]] 06:40 (57 hrs)     Police ref: MPS CAD 1147/[[13NOV|date]]
Found: [[Great Yarmouth|place]], at a flat on [[Middlegate|address]] during a warrant by Norfolk Police; taken to [[Gorleston|place]]
police station, collected by his uncle Mr [[Abdikarim Farah|name]] from [[Leicester|place]] (Abti), and brought home.
RHI date: [[17/11/2026|date]] 16:00   Where: McDonald's, [[Tottenham Hale|place]] (his choice)   Offered within 72 hrs: YES

1. Where did you go and who with?
"Just [[Yarmouth|place]]. Seaside innit." Said he went on the train from Liverpool Street with "[[Dizzy|name]]" and "[[Tiny|name]]".
Would not give their real names. Later said [[Dizzy|name]] is "from [[Edmonton|place]], older, like 20". Said the flat belonged to
"a fiend" (drug user) called [[Bev|name]]. Slept on the sofa. Had a phone given to him ("the line").
2. Did anything happen that worried you?
Showed me a cut on his left palm, healing: "a knife thing, my fault". Said [[Tiny|name]] "slapped me about" for losing £400.
Says he owes it now. Says he is "not scared". (He was; he kept checking the door.)
3. Why did you go?
"Money. Hooyo's on her own, my dad's in [[Hargeisa|place]], [[Yusuf|name]] needs trainers." Said a boy from [[Park Lane|address]],
"[[Kaamil|name]]", got him into it in the summer at the cage by Northumberland Park station.
4. What would help?
"Get me back in football." He used to play for a club in [[Wood Green|place]] ("Coach [[Deji|name]]"). Wants to do plumbing at
[[CONEL|school]].
5. Anyone you trust? "My abti [[Abdikarim|name]] in [[Leicester|place]]." His cousin [[Sagal|name]] ([[07767 402 118|phone]]).

Worker's analysis: strong indicators of child criminal exploitation (county line into [[Great Yarmouth|place]]; debt bondage;
violence). NRM referral to be discussed with the social worker, [[Rachael Ojo|name]]. Shared with the Exploitation Panel.
Signed: [[H. Clarke|name]]  [[17.11.2026|date]]
"""),
    ("social worker's chronology of significant events", """MOSELLE VALE CHILDREN'S SERVICES - CHRONOLOGY OF SIGNIFICANT EVENTS
Child: [[Abdirahman WARSAME|name]]   DOB [[27/03/2010|dob]]   NHS [[144 533 8424|nhs]]   UPN [[P309259822908|upn]]
Siblings: [[Yusuf Warsame|name]] (DOB [[06/01/2014|dob]]), [[Hamdi Warsame|name]] (DOB [[12/07/2018|dob]])
Mother: [[Hodan Ali Farah|name]] (DOB [[11/09/1984|dob]], NHS [[393 157 3591|nhs]])   Father: [[Mohamed Warsame Jama|name]] (in Somaliland)
Compiled by [[Rachael Ojo|name]], SW, Adolescent Safeguarding Team, [[26 November 2026|date]]

Date | Event | Source
2012 | Family arrive from [[Nairobi|place]] ([[Eastleigh|place]]) to join the father. | Mother
[[04/09/2021|date]] | Family move to [[Willan House|address]] from temporary housing in [[Enfield|place]]. | Housing
[[15 Mar 2024|date]] | Father leaves for [[Hargeisa|place]] "for business"; has not returned. | Mother
[[03/07/2025|date]] | [[Abdirahman|name]] fixed-term exclusion (5 days), [[Lordship Vale Academy|school]], for a fight. | School
[[19/05/2026|date]] | Stop and search, [[Bruce Grove|place]]; £180 cash and two phones; no arrest. PC [[Liam Barrow|name]]. | Police
June 2026 | Attendance falls to 54%; seen with older males in a grey Audi, [[LD19 WRX|vehicle]]. | School
[[08.08.2026|date]] | First missing episode (overnight); found at [[Seven Sisters|place]] with a youth known as "[[Kaamil|name]]". | Police
[[22/09/2026|date]] | Mother tells the school that [[Abdi|name]] "has new clothes and a Moncler". | School
[[13|date]]-[[16/11/2026|date]] | Missing 57 hours; found in [[Great Yarmouth|place]]; palm injury. | Police/RHI
[[17/11/2026|date]] | Return home interview ([[Hope Clarke|name]]). | St Giles
[[18/11/2026|date]] | Strategy discussion; s47; NRM referral agreed. DS [[Graham Nwachukwu|name]] (Op Orochi). | CSC/Police
[[20/11/2026|date]] | [[Yusuf|name]] (12) tells his teacher at [[Park View School|school]]
that "men" came to the door asking for [[Abdi|name]]. | School
[[23/11/2026|date]] | Flat door damaged overnight. Neighbour at [[Flat 12|address]],
Mr [[Desmond Achterberg|name]], heard shouting "[[Abdi|name]] you owe". | Neighbour
[[24/11/2026|date]] | Mother and the three children move to the uncle,
[[19 Linden Street|address]], [[Leicester|place]] [[LE5 3LR|postcode]], under a safety plan. | CSC
[[25/11/2026|date]] | Grandmother, Mrs [[Khadra Osman|name]], rings the SW from
[[Hargeisa|place]] ([[+252 63 4418 207|phone]]), with [[Sagal|name]] interpreting. | CSC
"""),
]
DOCS_C += [
    ("youth worker's notes typed fast on a phone", """notes app - [[hope|name]] - [[abdi W|name]] - DO NOT share raw, tidy before CM upload

[[28/11|date]] sat 1240 [[leic|place]]
got train st pancras -> [[leicester|place]] 1030. abti [[abdikarim|name]] met me at station, drove to [[linden st|address]], silver
passat [[FN68 OKB|vehicle]]. house = 3 bed, hooyo + 3 kids + abti + his wife [[faadumo|name]] + their 2 girls. crowded but calm
[[abdi|name]] in the front room on xbox w cousin [[sagal|name]]. v different lad. laughed. said "no one knows me here"
BUT: his old sim still going - he says he binned it, [[faadumo|name]] says she heard a phone buzzing under the sofa cushion lol
he said [[dizzy|name]] msgd on snap "u cant hide in leics we got ppl in [[highfields|place]]". screenshot? he said deleted. ugh
school: nothing yet. abti rang [[City of Leicester College|school]], waiting list. asked SW to push LA in-year admissions
[[yusuf|name]] - quiet, said he misses his mates at [[park view|school]]
+ his madrasa on [[west green rd|address]]. [[hamdi|name]] fine, drawing
hooyo [[hodan|name]] - tired. sleeping on a mattress w [[hamdi|name]]. worried about money, UC not moved over yet
she asked me (via [[sagal|name]]) if [[abdi|name]] can go to his ayeeyo in
[[hargeisa|place]] "to be safe". told her thats one for [[rachael|name]]

[[28/11|date]] 1530 rang [[rachael|name]] (vm) then text: "hi [[rachael|name]],
visit done, all ok, 2 things: (1) old sim / [[dizzy|name]] msg re
[[highfields|place]] (2) mum asking re sending him to somaliland. pls call. h"

[[30.11|date]] mon
[[rachael|name]] called back 0915. she'll ask leics police (PC [[Marsha Keele|name]]?) for a local marker + NRM update. somaliland = NO
for now, FMU/ safeguarding check 1st, and shes worried abt "send him back home" as a response to CCE
[[abdi|name]] texted me 2140 sun: "miss [[hope|name]] can u tell [[deji|name]]
im sorry i missed training" <3 told him [[deji|name]] says hes proud of him

todo: [[abdi|name]] bday list? no thats march. todo: ask [[sagal|name]] re interpreting - shes 19, not ideal, book Somali interp for CIN mtg
[[7 dec|date]] 2pm at [[linden st|address]] or the Highfields Centre
"""),
]
DOCS_C += [
    ("a mother's own letter to the housing panel, written with her niece", """[[Hodan Ali Farah|name]]
c/o [[19 Linden Street|address]]
[[Leicester|place]] [[LE5 3LR|postcode]]
tel [[07415268390|phone]]

[[2nd December 2026|date]]

To the Housing Panel
Moselle Vale Council, Housing Needs, River Park House, [[225 High Road|address]], [[Wood Green|place]], [[N22 8HQ|postcode]]

Your ref: HN/0417/22   My tenancy: [[Flat 14 Willan House, Worcester Avenue|address]] [[N17|postcode]]

Dear Sir or Madam,

My name is [[Hodan|name]] and I am mother of [[Abdirahman|name]], [[Yusuf|name]]
and [[Hamdi|name]]. My niece [[Sagal Farah|name]] is writing this
for me because my English is not good for letters. Please forgive any mistakes.

I am asking you please to move my family from [[Northumberland Park|place]]. We cannot go back there. On the night of
[[22 November|date]] men came and kicked our door and shouted my son name.
My neighbour Mr [[Desmond|name]] from [[flat 12|address]] came out and
they run away. My little girl [[Hamdi|name]] was crying all night and now she wet the bed every night. My son [[Yusuf|name]] is
twelve and he is scared to go to the shop. The police officer, PC [[Barrow|name]], said it is not safe.

Now we are in [[Leicester|place]] at my brother [[Abdikarim|name]] house. He is very kind, but we are 9 people in 3 bedroom and
his wife [[Faadumo|name]] has a baby coming in January. I do not want to stay in [[Leicester|place]] because of my son's
problem too, those boys know people here also. The social worker Ms [[Rachael|name]] ([[Ojo|name]]) and Miss [[Hope|name]] said you can
give a move to another council area far from [[Tottenham|place]]. I have a friend, [[Ubah Mohamud|name]], in [[Cardiff|place]]
([[Grangetown|place]]), and the mosque there helps families. [[Cardiff|place]] or [[Bristol|place]] is good for us.

I have lived in [[Tottenham|place]] 14 years. My children were born at North Middlesex Hospital. I never asked anything before.
My mother, [[Khadra|name]], says from [[Hargeisa|place]] every day "[[Hodan|name]], inshallah they will help you". I hope she is right.

Thank you for reading my letter.

Yours faithfully,
[[Hodan Farah|name]]   ([[H. A. Farah|name]])

Written by: [[Sagal A. Farah|name]] (niece), [[07767 402 118|phone]], [[sagal.farah04@gmail.com|email]]
"""),
]


# --- D. Shifa / Rasheed family (Maldivian), Manor Park ---------------------------------------------------------------------

HOME_D = d.Address("112 Rabbits Road", "Manor Park", "London", "E12 6LW")
GRAN_D = d.Address("Lot 10211, Nirolhu Magu", "Hulhumalé", "Malé", "23000")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Mariyam", "Shaheen")], dt.date(2018, 4, 2), addresses=[HOME_D], ids=["5479240722", "D316216720227"],
       schools=["Little Ilford Lane Primary School"]),
    _p("s", "sibling", [("Ibrahim", "Ahmed")], dt.date(2022, 9, 15), addresses=[HOME_D], ids=["8866051381"]),
    _p("m", "mother", [("Aishath", "Shifa")], dt.date(1996, 2, 28), addresses=[HOME_D], phones=["07375 611 984"]),
    _p("f", "father", [("Ahmed", "Rasheed")], dt.date(1991, 11, 3), addresses=[HOME_D], phones=["07931 804 662"],
       ids=["JX 27 64 05 C"]),
    _p("g", "grandparent", [("Fathimath", "Moosa")], addresses=[GRAN_D], phones=["+960 778 4521"]),
    _p("a", "other", [("Hawwa", "Shifa")], phones=["+960 964 3318"]),
    _p("p1", "professional", [("Owen", "Pritchard")], phones=["07552 397 106"], emails=["owen.pritchard@bowcreek.gov.uk"]),
], "c")

DOCS_D = [
    ("drug and alcohol service letter to the social worker", """Change Grow Live - Newham Drug and Alcohol Service (Adults)
[[Unit 4, 94 Romford Road|address]], [[Stratford|place]], [[London|place]] [[E15 4EE|postcode]]   Tel 020 3468 9700

[[8 Oct 2026|date]]

Mr [[Owen Pritchard|name]]
Social Worker, Children and Families Assessment Team 3, Bow Creek Council
By secure email: [[owen.pritchard@bowcreek.gov.uk|email]]

Dear Mr [[Pritchard|name]]

Our client: Mr [[Ahmed RASHEED|name]] (DOB [[03/11/1991|dob]]), [[112 Rabbits Rd|address]], [[Manor Park|place]] [[E12 6LW|postcode]]
Your request of [[29 September 2026|date]]: information about Mr [[Rasheed|name]]'s treatment, with his signed consent

Mr [[Rasheed|name]] self-referred to us on [[14.07.2026|date]] after an overdose on heroin at home on [[11 July|date]], when his wife, Mrs
[[Aishath Shifa|name]], gave him naloxone from the kit the pharmacy on [[High Street North|address]] had given her, and called
the ambulance. He told us he began using heroin ("brown sugar") in [[Malé|place]] at 17, was clean for four years after coming
to [[London|place]] in 2019, and relapsed in March 2026 after losing his job as a delivery driver. He smokes and has
recently injected (groin).

He has been on a daily supervised methadone script since [[22/07/2026|date]] (now 60 ml), collected at the pharmacy, and has
seen his keyworker, [[Bilal Qureshi|name]], weekly. Urine screens: [[5 Aug|date]] opiates and cocaine; [[2 Sep|date]] opiates only;
[[30.09.26|date]] methadone only. He missed two appointments in August and came late to one "because of the kids".

Children: he told us he does not use at home now and keeps his methadone in a locked box (a "Medisafe" box we gave him on [[23
July|date]]). He said his daughter [[Mariyam|name]] (8) "found me" on [[11 July|date]] and that she "still asks if daddy will
sleep and not wake up". He asked us to help him explain things to her.
He named a friend he used with, [[Ali Shiyam|name]] ("[[Shiyam|name]]"),
who lives in [[Forest Gate|place]], and said he has blocked his number.

We would be glad to attend the child in need meeting. Our family worker, [[Roisin Gallagher|name]] ([[07599 364 021|phone]]), can see
Mrs [[Shifa|name]] through our Families and Carers group at [[Stratford|place]] on Wednesdays.

Yours sincerely

[[Bilal Qureshi|name]]
Recovery Coordinator
cc: Dr [[Nimmi Varghese|name]], GP, Manor Park Medical Centre (with consent)
"""),
]
DOCS_D += [
    ("Viber messages between two sisters in Dhivehi and English, translated by an interpreter", """TRANSLATION - Viber messages, screenshots
provided by Mrs [[Aishath Shifa|name]] on [[20/10/2026|date]]
Translated from Dhivehi (Latin-script and Thaana) to English by [[Aminath Rizna|name]], Dhivehi interpreter (DPSI), for Bow Creek
Children's Services. Interpreter's notes in [square brackets]. Contact saved as "[[Hawwa|name]] Dhaitha" [= aunt [[Hawwa|name]]; this is
Mrs [[Shifa|name]]'s elder sister, [[Hawwa Shifa|name]], in [[Malé|place]], [[+960 964 3318|phone]]].

[[14 October|date]], 23:06 [[Aishath|name]]: dhaitha, [[ahmed|name]] aa 2 dhuvas nukumeh [I haven't seen [[Ahmed|name]] for 2 days]
23:07 [[Hawwa|name]]: ethaa kobaa? [where is he?]
23:09 [[Aishath|name]]: [[forest gate|place]] ga [[shiyam|name]] ge gaigai
kamah hithumaa [I think at [[Shiyam|name]]'s place in [[Forest Gate|place]]]
23:10 [[Aishath|name]]: [[މަރިޔަމް|name]] roanee. "bappa maruvaane" [ [[Mariyam|name]] is crying. "daddy will die"]
23:12 [[Hawwa|name]]: mamma ah kiyaathi? [did you tell our mother?]
23:12 [[Aishath|name]]: noon. mamma [[hulhumale|place]] gai ekani. beyyaa
dhiyaee [[Addu|place]] ah [no. Mum is alone in [[Hulhumalé|place]]. Brother went
to [[Addu|place]]]
23:15 [[Hawwa|name]]: [[ahmed|name]] ge bappa ah govvaa [call [[Ahmed|name]]'s father]
23:16 [[Aishath|name]]: [[Rasheed|name]] beybe phone nunegey. [[Thinadhoo|place]]
gai [ [[Rasheed|name]] beybe doesn't pick up. He's in [[Thinadhoo|place]]]
[Interpreter: "beybe" is a respectful word for an older man, here Mr [[Ahmed Rasheed|name]]'s father, also called [[Rasheed|name]].]

[[15 October|date]], 07:40 [[Aishath|name]]: eyy aiy. [he came back.] 06:00. dhon kuhjaa hoadhaa kamugai. [[ibbe|name]] hoadhee [he came
looking for the little one. [[Ibbe|name]] found him] [Interpreter: "[[Ibbe|name]]" is [[Ibrahim|name]], 4.]
07:41 [[Aishath|name]]: eyna sick. vomit. methadone nuboa. [he was sick, vomiting, didn't take methadone]
07:45 [[Hawwa|name]]: [[އައިޝަތު|name]], kuhjaa thakaa eku [[London|place]]
ga ekani nuhunnaanan. mamma ge gaah anna [ [[Aishath|name]], don't stay alone
in [[London|place]] with the kids. come to Mum's]
07:47 [[Aishath|name]]: tickets £1400. [[Mariyam|name]] school. council
flat nulibey. [[Ahmed|name]] visa. [I can't; and [[Mariyam|name]]'s school,
the council flat, [[Ahmed|name]]'s visa]
07:52 [[Hawwa|name]]: mamma ge address: [[Lot 10211, Nirolhu Magu|address]], [[Hulhumalé|place]] [[23000|postcode]]. ingey dhw [you know it]
07:53 [[Hawwa|name]]: [[ހުޅުމާލެ|place]] [[ފަތިމަތު މޫސާ|name]] [Thaana: "[[Hulhumalé|place]]" and "[[Fathimath Moosa|name]]", their mother]
08:20 [[Aishath|name]]: school ah [[Mariyam|name]] dhiyaee. teacher miss
[[Hollis|name]] aa vaahaka dhakkaan [I took [[Mariyam|name]] to school. I
will talk to her teacher, Miss [[Hollis|name]]]
08:21 [[Aishath|name]]: ❤️ [[މަރިޔަމް|name]] [[އިބޫ|name]]
[Interpreter: "[[އިބޫ|name]]" is "[[Ibu|name]]", another short form of [[Ibrahim|name]].]
"""),
]
DOCS_D += [
    ("nursery's online learning journal export with parent comments", """Tapestry - Online Learning Journal - export (PDF to text) -
[[Sunflowers Day Nursery|school]], [[Manor Park|place]]
Child: [[Ibrahim Ahmed|name]]   Known as: [[Ibbe|name]]   DOB: [[15/09/2022|dob]]   Key person: [[Daisy Amankwah|name]]   Room: Caterpillars
Parent/carer accounts: [[Aishath Shifa|name]] (mum) - [[aishath.shifa96@hotmail.com|email]]; [[Ahmed Rasheed|name]] (dad) - not activated

Observation | [[02 Oct 2026|date]] 10:14 | by [[Daisy Amankwah|name]]
[[Ibbe|name]] built a tall tower with the big blocks and said "bappa house". He knocked it down and said "bappa sleeping". PSED, C&L.
  Comment from [[Aishath|name]] ([[02 Oct 2026|date]] 21:40): thank you miss [[daisy|name]] [[ibbe|name]] love blocks. bappa is his dad
Observation | [[06 Oct 2026|date]] 14:02 | by [[Priyanka Solanki|name]] (room leader)
[[Ibbe|name]] and [[Zain|name]] played in the sand tray. [[Ibbe|name]] buried the spoon and said "medicine. hide it. bappa's medicine".
  Staff note (not visible to parents): shared with DSL [[Margaret Cole|name]] same day. See concern form CF-114.
Observation | [[09 Oct 2026|date]] 09:30 | by [[Daisy Amankwah|name]]
Drop-off by [[Mariyam|name]] (big sister, 8) with a neighbour, Mrs
[[Kulwinder Bassi|name]] from [[no. 114|address]], because "mummy is at the
hospital with daddy". [[Ibbe|name]] unsettled, asked for "mamma" all morning. Collected 15:15 by Mrs [[Bassi|name]].
  Comment from [[Aishath|name]] ([[09 Oct 2026|date]] 22:57): sorry miss.
my husband sick. thank you to aunty [[kully|name]] from [[114|address]].
Observation | [[13 Oct 2026|date]] 11:20 | by [[Daisy Amankwah|name]]
Celebrated [[Ibbe|name]]'s sister's reading certificate; [[Ibbe|name]]
drew "[[Mariyam|name]]" with 7 legs :) He counted to 10 in English and
in Dhivehi with [[Zain|name]]'s mum, Mrs [[Nashida Ibrahim|name]], who is from [[Fuvahmulah|place]].
Observation | [[20 Oct 2026|date]] 08:45 | by [[Margaret Cole|name]] (DSL)
Dad brought [[Ibbe|name]] at 08:45, very drowsy, slurred, pupils pinpoint; he left the buggy in the road outside. I kept [[Ibbe|name]] and
rang mum ([[07375 611 984|phone]]) and the Bow Creek front door (spoke to [[Owen Pritchard|name]]). Dad walked off towards
[[Little Ilford|place]]. Police were not called; mum came at 09:20 from [[Ilford|place]].
  Comment from [[Aishath|name]] ([[20 Oct 2026|date]] 23:10): miss
[[margaret|name]] thank u for keeping him safe. im sorry. [[ahmed|name]] will not
bring him again i promise. my sister [[hawwa|name]] is coming from [[male|place]] in december to help me
"""),
]
DOCS_D += [
    ("child and family assessment, analysis and plan", """BOW CREEK CHILDREN'S SERVICES - CHILD AND FAMILY ASSESSMENT (single assessment) -
SECTIONS 4 TO 7
Children: [[Mariyam SHAHEEN|name]] (DOB [[2 April 2018|dob]], NHS [[547 924 0722|nhs]], UPN [[D316216720227|upn]], [[Little Ilford Lane
Primary School|school]], Year 4); [[Ibrahim AHMED|name]] (DOB [[15 September 2022|dob]], NHS [[886 605 1381|nhs]], [[Sunflowers|school]])
Parents: [[Aishath Shifa|name]] (DOB [[28.02.1996|dob]], [[07375 611 984|phone]]); [[Ahmed Rasheed|name]] (DOB [[03.11.1991|dob]],
[[07931 804 662|phone]], NI [[JX 27 64 05 C|ni]])
Address: [[112 Rabbits Road|address]], [[Manor Park|place]], [[London|place]], [[E12 6LW|postcode]]
Assessing social worker: [[Owen Pritchard|name]]   Started: [[9 October 2026|date]]   Completed: [[27 November 2026|date]]
Interpreter: [[Aminath Rizna|name]] (Dhivehi) at three of five visits; Mrs [[Shifa|name]] chose English at the others.

4. Family history
Mrs [[Shifa|name]] and Mr [[Rasheed|name]] grew up on [[Hithadhoo|place]] in [[Addu City|place]] and married in [[Malé|place]] in 2017; the
family has no fixed surname, as is common in the Maldives ([[Mariyam|name]]'s birth certificate shows "[[Shaheen|name]]", a
registration error; the family call her [[Mariyam Ahmed|name]]). They came to [[London|place]] in
2019 on Mr [[Rasheed|name]]'s work visa. The maternal grandmother, Mrs [[Fathimath Moosa|name]], lives in [[Hulhumalé|place]]
([[+960 778 4521|phone]]); the paternal grandfather, Mr [[Rasheed Ali|name]], in [[Thinadhoo|place]]. Mrs [[Shifa|name]]'s sister,
Ms [[Hawwa Shifa|name]], plans to visit from [[Malé|place]] on [[12 December|date]] for three months.

5. The children's experience
[[Mariyam|name]] found her father unconscious on the bathroom floor on [[11 July 2026|date]] and ran to the neighbour, Mrs [[Bassi|name]]
at [[114 Rabbits Road|address]], while her mother used the naloxone. Her teacher, Miss [[Ruth Hollis|name]], says she has been tired,
checks the classroom clock, and asked in circle time "can you die from sleeping". [[Mariyam|name]] told me on [[4 November|date]], drawing
with me at the kitchen table: "Bappa takes the green medicine now. I check his breathing at night." [[Ibbe|name]]'s nursery has seen
him re-enact his father's drug use, and on [[20/10/2026|date]] his father brought him to nursery intoxicated.

6. Analysis
Both children have been exposed to a parent's opiate use and a life-threatening overdose, and [[Mariyam|name]] has taken on a
watching, caring role. Mrs [[Shifa|name]] is a protective, warm mother with little support here; she is isolated (the Maldivian
community she knows is a few families in [[Ilford|place]] and [[Forest
Gate|place]]). Mr [[Rasheed|name]] is engaging with Change
Grow Live and his screens are improving, but the [[20 October|date]] incident shows the risk remains. Mr [[Ali Shiyam|name]] of
[[Forest Gate|place]] is a risk to the family while he supplies Mr [[Rasheed|name]].

7. Plan: child in need plan; Mr [[Rasheed|name]] not to care for the children alone until [[31 January 2027|date]] and a review; Young
Carers referral for [[Mariyam|name]] (consent given); Barnardo's Hidden Harm service; first CIN meeting Tuesday [[8 December|date]] at
[[Little Ilford Lane|school]].
"""),
]


# --- E. Traoré / Diarra family (Malian, Bambara- and French-speaking), Cathall, Leytonstone --------------------------------

HOME_E = d.Address("Flat 37, Fitzgerald House, Cathall Road", "Cathall", "London", "E11 4LB")
DAD_E = d.Address("14 rue de Paris", "", "Montreuil", "93100")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Awa", "Diarra")], dt.date(2014, 12, 1), addresses=[HOME_E], ids=["9657083958", "E320243818459"],
       schools=["Leyton Marsh Academy"]),
    _p("s", "sibling", [("Kadiatou", "Diarra")], dt.date(2020, 3, 9), addresses=[HOME_E], ids=["8313461144"]),
    _p("m", "mother", [("Fatoumata", "Traoré")], dt.date(1990, 6, 17), addresses=[HOME_E], phones=["07846 209 315"]),
    _p("f", "father", [("Moussa", "Diarra")], dt.date(1986, 2, 2), addresses=[DAD_E], phones=["+33 6 48 27 19 53"]),
    _p("g", "grandparent", [("Mah", "Keïta")], phones=["+223 76 48 21 93"]),
    _p("p1", "professional", [("Gwen", "Alderton")], phones=["020 8539 6620"], emails=["gwen.alderton@chingbrook.gov.uk"]),
], "c")

DOCS_E = [
    ("maternity safeguarding referral after FGM was identified at booking", """Barts Health NHS Trust - Whipps Cross University Hospital -
Maternity Safeguarding
REFERRAL TO CHILDREN'S SOCIAL CARE - FGM IDENTIFIED (with FGM Risk Assessment, Dept of Health tool)
Date of referral: [[5 November 2026|date]]   Referrer: [[Comfort Boateng|name]], Specialist Midwife (FGM and Vulnerable Women)
Tel: [[07480 552 917|phone]]   Email: [[comfort.boateng1@nhs.net|email]]

Woman: [[Fatoumata TRAORÉ|name]]   DOB [[17/06/1990|dob]]   Hospital no. WX4471920   Gestation at booking: 12+3
Address: [[Flat 37, Fitzgerald House|address]], [[Cathall Road|address]], [[Leytonstone|place]], [[London|place]] [[E11 4LB|postcode]]
Born: [[Kayes|place]], Mali. Languages: Bambara (first), French (good), English (some). Interpreter: French, in person.
Children in the household: [[Awa DIARRA|name]], DOB [[01/12/2014|dob]] (11), [[Leyton Marsh Academy|school]]; [[Kadiatou DIARRA|name]],
DOB [[09/03/2020|dob]] (6), known as "[[Kadi|name]]". Father of both and
of the pregnancy: [[Moussa Diarra|name]], lives in [[Montreuil|place]],
France ([[+33 6 48 27 19 53|phone]]); visits monthly.

FGM: On examination at booking (consented) Ms [[Traoré|name]] has Type 2 FGM. She said it was done "when I was small, maybe
5", in her grandmother's village near [[Kayes|place]]. Recorded in the FGM Enhanced Dataset. She was given the FGM
health passport and information on the law in English and French.

Risk to the girls: Ms [[Traoré|name]] said she does not want "this" for her daughters and has told their father so. But she
said Mr [[Diarra|name]]'s mother, Mrs [[Mah Keïta|name]], "asks every time on the phone" when the girls will come to [[Kayes|place]], and
that Mr [[Diarra|name]] has bought tickets (Paris CDG to [[Bamako|place]],
Air France) for the girls "for the summer", for [[4 July 2027|date]],
through his sister, Ms [[Bintou Diarra|name]], who lives in [[Bagnolet|place]].
Ms [[Traoré|name]] said: "In [[Montreuil|place]] they say in France
it is not done any more, but in the village, the old women do it when the mother is not there." [[Awa|name]] has asked her mother
whether she will be "cut", because a cousin, [[Oumou|name]], told her about it on a video call.

FGM risk assessment outcome: HIGH (girls born to a mother with FGM; travel booked to a high-prevalence region; family
pressure; mother's fear that she cannot stop it). Discussed with the named midwife, [[Sinead Carragher|name]].

Actions: referral to Ching Brook front door by phone at 15:10 (spoke to [[Gwen Alderton|name]]) and this form; GP (Dr [[Farouk
Siddiqui|name]], Cathall Road Surgery) informed; police FGM lead informed (Met, Project Azure); next antenatal appointment
[[19/11/2026|date]] with me and a French interpreter (not the family's friend, Mrs [[Djeneba Coulibaly|name]], who came today).
"""),
]
DOCS_E += [
    ("WhatsApp voice notes in Bambara and French, transcribed and translated", """TRANSCRIPT AND TRANSLATION OF WHATSAPP VOICE NOTES (7
files) - for Ching Brook Legal Services (FGMPO application)
Phone: Ms [[Fatoumata Traoré|name]]'s, shown to SW [[Gwen Alderton|name]] on [[12.11.2026|date]] and forwarded with consent.
Transcribed and translated by [[Salif Sangaré|name]], Bambara/French-English interpreter (NRPSI 21093). Bambara in italics in
the original is shown here as _text_. My notes in (( )).

Chat name: "[[Moussa|name]] ❤️"  ((Mr [[Moussa Diarra|name]], [[+33 6 48 27 19 53|phone]]))

VN1 - [[27/10/2026|date]] 21:14 - 0:48 - sender [[Moussa|name]] ((the voice is an older woman; Ms [[Traoré|name]] says it is his mother,
Mrs [[Mah Keïta|name]], on his phone in [[Montreuil|place]]))
_[[Fanta|name]], i ni su. Den musow bɛ di?_ ((Good evening [[Fanta|name]].
How are the girls?)) "[[Awa|name]] est grande maintenant, elle doit
venir au village. Les vacances, c'est [[Kayes|place]]." (([[Awa|name]] is
big now, she must come to the village. The holidays are [[Kayes|place]].))
((Note: "[[Fanta|name]]" is the usual short form of [[Fatoumata|name]].))

VN2 - [[27/10/2026|date]] 21:20 - 1:12 - sender [[Fatoumata|name]]
"Maman, [[Awa|name]] va à l'école en juillet, il y a le summer school à
[[Leyton Marsh|school]]." ((Mother-in-law, [[Awa|name]] has school in July...))
_N'na, a to._ ((Mother, leave it.)) ((Ms [[Traoré|name]] explained "summer school" was an excuse.))

VN3 - [[28/10/2026|date]] 07:02 - 0:31 - sender [[Moussa|name]] ((his own voice))
"Écoute, les billets sont payés. [[Bintou|name]] a tout fait. Le
[[4 juillet|date]]. Ma mère veut voir les petites, c'est tout. [[Kadi|name]]
aussi." ((Listen, the tickets are paid. [[Bintou|name]] did it all. The [[4th of July|date]]. My mother wants to see the girls, that's all.
[[Kadi|name]] too.)) ((He says "le [[4 juillet|date]]".))

VN4 - [[28/10/2026|date]] 07:05 - 2:03 - sender [[Fatoumata|name]] ((crying))
"Tu sais ce qu'ils ont fait à moi. Chez Tanti [[Sira|name]] à [[Kayes|place]], j'avais cinq ans..." ((You know what they did to me. At
aunt [[Sira|name]]'s in [[Kayes|place]], I was five...))

VN5 - [[02/11/2026|date]] 19:40 - 0:55 - sender [[Moussa|name]]
"[[Oumou|name]] a déjà expliqué à [[Awa|name]]. C'est notre culture. Tu es
devenue anglaise." (([[Oumou|name]] has already explained to [[Awa|name]]. It
is our culture. You have become English.)) (([[Oumou|name]] is his niece, 15, in [[Bagnolet|place]].))

VN6 - [[02/11/2026|date]] 19:44 - 0:12 - sender [[Fatoumata|name]]: "Non. Jamais. Jamais." ((No. Never. Never.))

VN7 - [[06/11/2026|date]] 23:51 - 1:30 - sender [[Moussa|name]]
"J'arrive samedi. Je prends les filles au McDo de [[Stratford|place]] comme d'habitude, [[Awa|name]] et [[Kadi|name]]. Mets leurs passeports
dans le sac, [[Bintou|name]] doit vérifier les noms pour les billets." ((I'm coming Saturday. I'll take the girls to the McDonald's
at [[Stratford|place]] as usual, [[Awa|name]] and [[Kadi|name]]. Put their
passports in the bag; [[Bintou|name]] has to check the names for the tickets.))

Interpreter's declaration: a true translation to the best of my skill. [[S. Sangaré|name]], [[13 November 2026|date]].
"""),
]
DOCS_E += [
    ("social worker's witness statement for a Female Genital Mutilation Protection Order", """IN THE FAMILY COURT AT EAST LONDON      Case
no. ZE26F00812
IN THE MATTER OF AN APPLICATION UNDER SCHEDULE 2 TO THE FEMALE GENITAL MUTILATION ACT 2003
CHING BROOK COUNCIL (Applicant)
Relevant girls: [[AWA DIARRA|name]] (born [[1 December 2014|dob]]) and [[KADIATOU DIARRA|name]] (born [[9 March 2020|dob]])
Respondents: (1) [[MOUSSA DIARRA|name]] (2) [[MAH KEÏTA|name]] (3) [[BINTOU DIARRA|name]]

STATEMENT OF [[GWEN ALDERTON|name]]
Social worker, Ching Brook Council, Walthamstow Town Hall, [[Forest Road|address]], [[London|place]] [[E17 4JF|postcode]]
Made on behalf of the applicant.   Statement no. 1.   Dated [[16th November 2026|date]].

1. I am a registered social worker and have been the girls' allocated worker since [[5 November 2026|date]].
2. The girls live with their mother, Ms [[Fatoumata Traoré|name]], at [[Flat 37, Fitzgerald House, Cathall Road|address]], [[London|place]]
   [[E11 4LB|postcode]]. [[Awa|name]] is in Year 7 at [[Leyton Marsh Academy|school]] (UPN [[E320243818459|upn]]; NHS [[965 708 3958|nhs]]).
   [[Kadiatou|name]] is in Year 1 at [[St Joseph's Catholic Infant School|school]], [[Leyton|place]] (NHS [[831 346 1144|nhs]]).
3. The first respondent is the girls' father. He lives at [[14 rue de Paris|address]],
[[93100|postcode]] [[Montreuil|place]], France, and visits
   [[London|place]] about monthly by Eurostar. The second respondent is his mother, who lives in the [[Khasso|place]] quarter of
   [[Kayes|place]], Mali ([[+223 76 48 21 93|phone]]). The third respondent,
his sister, lives at [[7 allée Jean-Jaurès|address]], [[Bagnolet|place]].
4. I exhibit as GA1 the translated WhatsApp voice notes (translator Mr [[Salif Sangaré|name]]) and as GA2 the maternity FGM
   referral by Ms [[Comfort Boateng|name]] of [[5/11/2026|date]].
5. I spoke with [[Awa|name]] alone at school on [[10 November|date]] with her head of year, Mr [[Kwesi Ampofo|name]], present. She said her
   cousin [[Oumou|name]] told her on FaceTime that "in [[Kayes|place]] they will make you clean" and that "it hurts but then you are a
   woman". [[Awa|name]] said she does not want to go. She said her dad "is not bad, he just listens to grandma too much".
6. [[Kadiatou|name]] ("[[Kadi|name]]") is too young to be spoken with
about this. Her teacher, Mrs [[Harriet Penfold|name]], has no concerns.
7. On [[14 November 2026|date]] Ms [[Traoré|name]] gave me both girls' French passports, which I hold in the council's safe, and
   told me Mr [[Diarra|name]] had said in a call that "[[Bintou|name]] can get new ones from the consulate". Ms [[Traoré|name]] has
   the support of her friend Mrs [[Djeneba Coulibaly|name]], of [[Walthamstow|place]], and of the Cathall Mothers' Group.
8. I ask the court to make an FGM Protection Order without notice, prohibiting the respondents from taking either girl out of
   England and Wales, requiring the surrender of any passports, and prohibiting any person from arranging FGM, until
   [[1 December 2032|date]] ([[Awa|name]]'s 18th birthday) or further order.

I believe that the facts stated in this witness statement are true.   Signed: [[G Alderton|name]]
"""),
]
DOCS_E += [
    ("a French lawyer's letter, scanned and run through OCR", """[OCR text of a scanned letter, 2 pages, received by post
[[24.11.2026|date]]; scanned by Legal Services admin; OCR errors kept]

CABINET [[BERTRAND|name]] & [[N'DIAYE|name]]
Avocats au Barreau de Paris
[[38, boulevard de Magenta|address]] - [[75010|postcode]] [[PARIS|place]]
Tél. : [[+33 1 48 57 62 10|phone]]   Toque C 1742

                                                        [[Paris|place]], le [[20 novembre 2026|date]]
Ching Brook Council
Legal Services (Children)
Walthamstow Town Hall
[[LONDRES|place]] [[E17 4JF|postcode]]
R0YAUME-UNI

N/Réf. : DIA/2026/118          V/Réf. : ZE26F00812

0bjet : Mlle [[Awa DlARRA|name]] (née le [[0l/12/2014|dob]]) et Mlle [[Kadiatou DIARRA|name]] (née le [[09/O3/2020|dob]])

Madame, Monsieur,

Nous intervenons dans l'intérêt de M. [[Moussa DIARRA|name]], demeurant [[l4 rue de Paris|address]], [[931OO|postcode]] [[MONTREUIL|place]],
père des deux enfants susvisées.

Notre client conteste formellement les allégations formulées par Mme [[Fatournata TRAORE|name]] et reprises dans la
déclaration de Mme [[Gwen ALDERT0N|name]]. Il n'a jamais eu l'intention de faire subir aux enfants une quelconque
mutilation. Le voyage prévu à [[Kayes|place]] au mois de juillet avait pour seul objet de permettre aux enfants de rencontrer leur
grand-mère paternelle, Mme [[Mah KEITA|name]], âgée de 74 ans et malade.

Notre client souhaite néanmoins, dans un esprit d'apaisement, proposer que les enfants passent l'été à [[Montreuil|place]],
chez lui et sa soeur, Mme [[Bintou DIARRA|name]], et que la grand-mère vienne en France. Il demande à voir ses filles
chaque mois, comme auparavant, au restaurant de [[Stratford|place]] ou à l'hôtel lbis de [[Leytonstone|place]].

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

[signature]
Maître [[Aïssatou N'Diaye|name]]
Avocate
p.j. : attestation de Mme [[Bintou Diarra|name]] ; certificat médical du Dr [[Ousmane Sylla|name]] ([[Kayes|place]])

---- page 2 (hand-written note on the back, English, OCR poor) ----
To the social worker - I am [[Moussa|name]]. I love my girls. Please tell [[Awa|name]] papa is not angry. I call [[Fanta|name]] but she
do not answer. My number [[+33 648271953|phone]]. [[Moussa D.|name]]
"""),
]


# --- F. Hüseyin / Mustafa family (Turkish Cypriot), Noel Park, Wood Green ---------------------------------------------------

HOME_F = d.Address("26 Gladstone Avenue", "Noel Park", "London", "N22 6JU")
AUNT_F = d.Address("5 Rokesly Avenue", "Crouch End", "London", "N8 8NS")
GRAN_F = d.Address("Ecevit Caddesi No. 14", "Karaoğlanoğlu", "Girne", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Emre", "Mustafa")], dt.date(2017, 10, 20), addresses=[HOME_F], ids=["3209125082", "N309267818730"],
       schools=["Noel Park Vale Primary School"]),
    _p("s", "sibling", [("Elif", "Mustafa")], dt.date(2020, 8, 11), addresses=[HOME_F], ids=["5182713711"]),
    _p("m", "mother", [("Derya", "Hüseyin")], dt.date(1988, 5, 6), addresses=[HOME_F], phones=["07908 364 117"],
       ids=["PH 52 19 73 D"]),
    _p("f", "father", [("Kemal", "Mustafa")], dt.date(1985, 1, 30), addresses=[HOME_F], phones=["07411 209 338"]),
    _p("a", "other", [("Ayla", "Hüseyin")], addresses=[AUNT_F], phones=["07562 318 094"]),
    _p("g", "grandparent", [("Gülten", "Hüseyin")], addresses=[GRAN_F], phones=["+90 533 862 14 07"]),
    _p("p1", "professional", [("Tomasz", "Wrona")], phones=["020 8496 5512"], emails=["tomasz.wrona@mosellevale.gov.uk"]),
], "c")

DOCS_F = [
    ("police domestic abuse incident report", """METROPOLITAN POLICE SERVICE - NORTH AREA BCU - DOMESTIC ABUSE INCIDENT REPORT (extract for
partner agencies)
CAD 8812/[[21NOV26|date]]   CRIS 2417/26/881   Officer in case: PC [[Ryan Fairweather|name]] 418NA   Supervisor: PS [[Ifeoma Okeke|name]]

Date/time of incident: Saturday [[21 November 2026|date]], approx 22:40     Attended: 22:58
Location: [[26 Gladstone Avenue|address]], [[Noel Park|place]], [[N22 6JU|postcode]] (ground-floor flat, private rented)
Victim/survivor: [[HÜSEYIN, Derya|name]], F, DOB [[06/05/1988|dob]], [[07908 364 117|phone]], Turkish Cypriot, speaks English
Suspect: [[MUSTAFA, Kemal|name]], M, DOB [[30/01/1985|dob]], [[07411 209 338|phone]], vehicle black Mercedes Vito [[LK70 HFD|vehicle]]
Children present: [[Emre MUSTAFA|name]] M 9 (DOB [[20/10/2017|dob]]); [[Elif MUSTAFA|name]] F 6 (DOB [[11/08/2020|dob]])

Circumstances: Call from a neighbour, Mr [[Gareth Rowntree|name]] of [[no. 28|address]], reporting a woman screaming and a child shouting
"leave her". On arrival the suspect had left in the Vito. The victim was in the kitchen with a red mark to the left side of her
neck and a swollen lower lip. She said her husband came home from his
restaurant on [[Green Lanes|address]] ("[[Kemal|name]]'s Ocakbaşı") angry
that she had been to her sister's in [[Crouch End|place]] without telling him, checked her phone, grabbed her by the throat
against the fridge "for a few seconds" and slapped her. [[Emre|name]], 9, was on the stairs and had rung his aunt, [[Ayla Hüseyin|name]]
([[07562 318 094|phone]]), who rang 999 as well. [[Elif|name]] was asleep and was not woken.

DASH: 16 (HIGH) - non-fatal strangulation, escalation, jealousy/control (phone checked, money controlled: "he gives me £40 a
week"), separation planned, threats ("if you take the kids to Cyprus I will find you"). Referred to MARAC.

[[Emre|name]]'s account (first account, with mum present, BWV on): "Baba was squeezing mum's neck. I said leave her. He pushed me and I hit
the door." Small graze on his right forearm, photographed.

Suspect arrested [[22/11/2026|date]] 01:15 at his brother's, Mr [[Hasan Mustafa|name]],
[[41 Lordship Lane|address]], [[Tottenham|place]] [[N17 6XH|postcode]].
Interviewed; no comment. Bailed to [[19/12/2026|date]] with conditions: not to contact the victim directly or indirectly, not to go to
[[Gladstone Avenue|address]], contact with the children only as arranged through the aunt or social care.

Safeguarding: MERLIN (PAC) for both children to Moselle Vale MASH. Victim referred to IDVA (Solace). Victim says she will go to
her sister, Ms [[Ayla Hüseyin|name]], at [[5 Rokesly Avenue|address]], [[N8 8NS|postcode]], tomorrow.
"""),
]
DOCS_F += [
    ("body-worn video transcript", """MPS - BODY WORN VIDEO - TRANSCRIPT (typed by the Criminal Justice Unit for CPS charging advice)
Device: Axon Body 3, PC [[R. Fairweather|name]] 418NA.  File: BWV_418NA_[[20261121|date]]_225841.mp4  Duration 00:14:37
Speakers: PC = PC [[Ryan Fairweather|name]]; PC2 = PC [[Naomi Kaur-Bhatt|name]]
772NA; DH = [[Derya Hüseyin|name]]; EM = [[Emre Mustafa|name]]
(9); AH = [[Ayla Hüseyin|name]] (arrives 00:09:50). Turkish words as heard, with the typist's translation in brackets.

00:00:04 PC: Police, it's the police, can you open the door? [knocking]
00:00:20 DH: [crying] He's gone, he's gone, he went in the van.
00:00:26 PC: OK. What's your name, love?
00:00:28 DH: [[Derya|name]]. [[Derya Hüseyin|name]]. H-U-S-E-Y-I-N, with the dots.
00:00:41 PC: And who's gone, [[Derya|name]]?
00:00:43 DH: My husband. [[Kemal|name]]. [[Kemal Mustafa|name]].
00:01:02 PC2: Is anyone else in the flat? Any children?
00:01:05 DH: My son, my daughter. [[Emre|name]], come, come here canım [my darling]. [[Elif|name]] is sleeping.
00:01:20 EM: He did it to her neck. I rang [[Ayla|name]] teyze [aunt [[Ayla|name]]].
00:01:31 PC2: You did really well, mate. What's your name?
00:01:34 EM: [[Emre|name]]. Like [[Emre|name]] in Galatasaray, but I support Arsenal.
00:02:10 PC: Where would he go, [[Derya|name]], do you think?
00:02:14 DH: His brother, [[Hasan|name]], in [[Lordship Lane|address]]. Or
the restaurant. Or [[Enfield|place]], his friend [[Cem|name]] ... [inaudible]
00:02:30 PC: Sorry, his friend who?
00:02:32 DH: [[Cem|name]]. C-E-M. [[Cem Yıldırım|name]]. [[Bush Hill Park|place]]. The one with the car wash.
00:03:48 PC: Can I have a look at your neck? ... I can see a red mark on the left side, going round.
00:04:02 DH: He said "I will kill you, [[Derya|name]], you and your [[Ayla|name]]". He took my phone. He wants to see who I talk.
00:05:15 PC2 (to EM, hallway): Did your dad hurt you?
00:05:18 EM: He pushed me on the door. Here. [shows arm] Baba's not usually like this. Only when he loses at the cards at the
Cypriot [sic] ...
00:05:30 PC2: At the what, sorry?
00:05:32 EM: The Cypriot Centre. On [[Earlham Grove|address]]. He plays there on Saturdays.
00:09:50 AH: [[Derya|name]]! [Turkish] [[Derya|name]], kuzum, iyi misin? [ [[Derya|name]], my lamb, are you OK?]
00:10:04 AH: I'm her sister, [[Ayla|name]]. I rang. I live in [[Crouch End|place]], [[Rokesly|address]]. She's coming to me.
00:11:40 DH: My mum is in [[Girne|place]] - [[Kyrenia|place]] - she doesn't know. Please, nobody tell her, she is ill.
00:12:20 PC: We'll get the kids' details for the social services. [[Elif|name]]'s date of birth?
00:12:24 DH: [[Eleventh of August twenty-twenty|dob]]. [[Emre|name]] is [[twentieth of October, two thousand seventeen|dob]].
00:14:30 PC: Camera going off now, 23:13.
"""),
]
DOCS_F += [
    ("a grandmother's letter in Turkish with the council's translation", """[Letter received by email as a photo of a hand-written page,
[[3 December 2026|date]], from [[ayla.huseyin@outlook.com|email]] "on behalf of my
mother". Turkish original typed by [[Tomasz Wrona|name]]'s team with the
help of the interpreter, Ms [[Sevim Akbaba|name]]; translation below.]

[[Girne|place]], [[29.11.2026|date]]

Sayın Sosyal Hizmet Görevlisi [[Tomasz|name]] Bey,

Ben [[Gülten Hüseyin|name]], [[Derya|name]]'nın ve [[Ayla|name]]'nın annesiyim.
[[Karaoğlanoğlu|place]]'nda, [[Ecevit Caddesi No. 14|address]]'te oturuyorum.
Telefonum [[+90 533 862 14 07|phone]]. Ev telefonum [[+90 392 815 26 40|phone]].

[[Derya|name]]'cığım bana hiçbir şey söylemedi, ama [[Ayla|name]] anlattı.
[[Kemal|name]]'i on beş yıldır tanırım. Düğünleri [[Lefkoşa|place]]'da
oldu, [[14 Ağustos 2010|date]]'da. Evlendikten sonra [[Londra|place]]'ya gittiler. O zaman da kıskançtı ama böyle değildi.

Torunlarım [[Emre|name]]'yi ve [[Elif|name]]'i çok seviyorum. Yazın hep buraya gelirler, denize Alagadi'ye gideriz.
Eğer [[Derya|name]] çocuklarla Kıbrıs'a gelmek isterse, benim evim açık. Ama [[Kemal|name]]'in ailesi de burada, [[Güzelyurt|place]]'ta;
kardeşi [[Hasan|name]]'ın karısı [[Nurten|name]] her şeyi duyar. Onun için korkuyorum.

Lütfen kızıma yardım edin. Allah razı olsun.

Saygılarımla,
[[Gülten Hüseyin|name]]

--- Translation ---
[[Girne|place]], [[29.11.2026|date]]
Dear Social Worker Mr [[Tomasz|name]],
I am [[Gülten Hüseyin|name]], the mother of [[Derya|name]] and [[Ayla|name]]. I
live at [[Ecevit Caddesi No. 14|address]], [[Karaoğlanoğlu|place]]. My phone is
[[+90 533 862 14 07|phone]]; my home phone is [[+90 392 815 26 40|phone]].
My dear [[Derya|name]] told me nothing, but [[Ayla|name]] told me. I have
known [[Kemal|name]] fifteen years. Their wedding was in [[Lefkoşa|place]]
([[Nicosia|place]]) on [[14 August 2010|date]]. After they married they
went to [[London|place]]. He was jealous then too, but not like this.
I love my grandchildren [[Emre|name]] and [[Elif|name]] very much. They always come here in the summer and we go to the sea at Alagadi.
If [[Derya|name]] wants to come to Cyprus with the children, my home is
open. But [[Kemal|name]]'s family is here too, in [[Güzelyurt|place]];
his brother [[Hasan|name]]'s wife [[Nurten|name]] hears everything. That is why I am afraid for her.
Please help my daughter. May God bless you.
With respect, [[Gülten Hüseyin|name]]
[Translator's note: "Bey" after a first name is a polite "Mr"; "Kıbrıs" is Cyprus; Alagadi is a beach.]
"""),
]
DOCS_F += [
    ("child in need review meeting minutes", """MOSELLE VALE COUNCIL - CHILDREN IN NEED REVIEW MEETING - MINUTES
Children: [[Emre Mustafa|name]] (9) DOB [[20.10.2017|dob]] NHS [[320 912 5082|nhs]]
UPN [[N309267818730|upn]]; [[Elif Mustafa|name]] (6) DOB [[11.08.2020|dob]]
Meeting held: [[14/12/2026|date]], 15:30, [[Noel Park Vale Primary School|school]], [[Moselle Avenue|address]], [[N22 6ES|postcode]]
Chair and minutes: [[Tomasz Wrona|name]], Social Worker, North Hub (Moselle Vale Children's Services)

Present: [[Derya Hüseyin|name]] (mother); [[Ayla Hüseyin|name]] (maternal aunt); Mrs [[Bernadette O'Keefe|name]] (DSL and Year 4 teacher);
[[Leyla Demir|name]] (IDVA, Solace); [[Charlotte Ng|name]] (school nurse);
[[Sevim Akbaba|name]] (Turkish interpreter, not needed, left 15:40)
Not present: [[Kemal Mustafa|name]] (father) - not invited (bail conditions);
his views by letter from his solicitor, Mr [[Serkan Aydın|name]]
of [[Aydın|name]] & [[Brennan|name]] Solicitors, [[Palmers Green|place]].

1. Progress since [[23 November|date]]
[[Derya|name]] and the children stayed with [[Ayla|name]] in [[Crouch End|place]] for two weeks and went home to [[Gladstone
Avenue|address]] on [[6 December|date]] once the locks were changed (Solace
sanctuary scheme; fitted by [[Darren Pocock|name]]). A non-molestation order was
made at the family court on [[9/12/2026|date]]. MARAC on [[10 December|date]] (chair DI [[Sunita Virdee|name]]) agreed actions, including a
marker on the address. [[Derya|name]] has opened her own bank account with help from [[Leyla|name]].

2. The children
[[Emre|name]]: Mrs [[O'Keefe|name]] says he was "on high alert" for two weeks, checking the gate, but has settled. He told her "I'm the
one who rang". He goes to the lunchtime Place2Be group. He asked to keep doing Turkish school on Saturdays in [[Bowes Park|place]]
with his teacher Hoca [[Mehmet|name]]. [[Elif|name]]: happy, talks about
"[[Ayla|name]] teyze's cat". No concerns from the nurse; she has been seen
about bedwetting, which has stopped.

3. Father's contact
Through his solicitor Mr [[Mustafa|name]] asks for contact. [[Emre|name]] says he wants to see Baba "but not at the house". Agreed in
principle: supervised contact at the Tottenham Green Family Centre, once the bail position is clear ([[19 December|date]]).
The paternal uncle Mr [[Hasan Mustafa|name]] has asked to collect the children from school; not agreed (he hid [[Kemal|name]] on
[[21|date]]/[[22 November|date]]).

4. Other
The maternal grandmother, Mrs [[Gülten Hüseyin|name]], has written from
[[Girne|place]] (letter on file). [[Derya|name]] does not plan to move to
Cyprus "now". A neighbour, [[Gareth Rowntree|name]], has offered to walk
[[Emre|name]] to school with his own son, [[Finley|name]]; [[Derya|name]] has agreed.

5. Next review: Monday [[8th February 2027|date]], 15:30, at school.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 72 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:30 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "my", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad",
           "mum", "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "amma", "abba", "abbu", "nanu", "nani", "dadu", "dadi",
           "apu", "bhaiya", "mama", "khala", "chacha", "hooyo", "aabo", "ayeeyo", "abti", "adeer", "eedo", "habaryar",
           "mamma", "bappa", "maman", "papa", "tonton", "tata", "tantie", "mamie", "grand-mère", "anneanne", "babaanne",
           "teyze", "dayı", "amca", "hala", "abla", "abi", "hoca", "imam", "sheikh", "madam", "ps", "m", "mme", "mlle",
           "maître", "tanti", "dhaitha", "baba"}
_AFTER = {"apu", "mama", "bhai", "bhaiya", "khala", "hanım", "bey", "abla", "abi", "teyze", "beybe", "dhaitha", "senior",
          "junior"}
_NOT_PLACES = {"england", "britain", "uk", "united kingdom", "london borough", "east london", "north london", "essex",
               "bangladesh", "desh", "sylhet division", "somalia", "somaliland", "maldives", "the maldives", "mali", "france",
               "île-de-france", "ile-de-france", "cyprus", "north cyprus", "northern cyprus", "trnc", "turkey", "türkiye",
               "kenya", "ethiopia", "europe", "africa", "west africa", "kıbrıs", "royaume-uni", "r0yaume-uni", "wales",
               "england and wales", "newham", "haringey", "waltham forest", "leics", "leicestershire", "norfolk"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 21's checker (which runs set 15's, and through it sets 13 to 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 21; this adds this set's titles and kinship words (before a name, and after one)
# and countries, regions and boroughs.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
