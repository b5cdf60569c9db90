"""Set 83: a held-out hand-written set for the redaction detector, six more invented families in Thurrock, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, anything under
hearth/redaction/tests/, hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing
types through bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the
files other helpers were writing at the same time (bench/redaction_set82.py, redaction_set84.py, redaction_set85.py and their
tests), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py (its docstring, records, first documents and closing word lists: the layout and
marking conventions followed here; most of its documents were not read) and tests/test_redaction_set21.py in full, the docstrings (only) of
bench/redaction_set7.py to redaction_set81.py, searched for the Thurrock towns and for the communities, to see which towns and
communities earlier sets used as a family's home (only Tilbury was), the word lists of bench/redaction_set15.py's checker
(printed through ast, not its documents), the `Records` and `HandSet` classes of bench/redaction_handwritten.py, and the ruff
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Thurrock, each from a town, district or estate no earlier set used as a family's home. Four of the kinds
common in children's social care there: a white British family in Chadwell St Mary, with a nan in Orsett and a father in
Basildon and Pitsea (Brannigan / Cole / Fairweather; a boy of 10 bolted in a garden shed by his mother's partner, a sister
of 7, missed audiology), a white British and Irish family in Stanford-le-Hope with a father in Letterkenny and a grandfather
in Fobbing (Whitlock / Doherty; a boy of 16 in county lines, missing to Southend, a knife, a brick through the window, a
threat to life warning, a father offering a home in Donegal), a white British family on the Belhus estate in South Ockendon
with a nan in Aveley (Pryor / Kemp; a facial bruise on a non-mobile baby of 12 months, foster care under s20, a stepsister
of 15 caring and out of school, mould, a legal planning meeting) and a Bulgarian family in Corringham with a grandmother in
Plovdiv (Petrova / Dimitrov / Dimitrova; a girl of 14 left in charge of her brother while both parents work nights, groomed
by a man of 22 on Snapchat, a grandmother's letter in Cyrillic). Two from communities no earlier set used: a Malagasy family
in Purfleet-on-Thames, with an aunt, uncle and grandmother in Antananarivo (Rakotomalala / Randrianarisoa; a boy of 13 hit
with a charger cable by his father, a mother's depression, voice notes in Malagasy and French, a father's own letter), and a
Beninese family (Fon and French speaking) in Chafford Hundred, with a father in Cotonou (Houngbédji / Agossa; a girl of 13
made to kneel and pray through the night by her mother and a church "deliverance" worker, a pastor's letter, a friend's
texts). 24 documents: twelve of plain professional recording (a home visit case note, a child in need review's minutes, a
single assessment extract, a GP's letter, an initial conference report, a social worker's letter after conference, a
chronology, a multi-agency referral from a health visitor, a legal planning meeting's minutes, a school's attendance panel
letter, a home visit case note with an interpreter, a police body-worn video transcript) and twelve of other kinds, in
styles new to these sets where possible: a Facebook Messenger thread from a police download, a CPOMS log export, an
interpreter's transcript and translation of WhatsApp voice notes (Malagasy and French), a father's handwritten letter
scanned and OCR'd (with OCR errors), a pastor's email, a girl's text messages typed up by the school, a duty social worker's
notes typed fast on a phone, a youth club's paper referral form, a foster carer's daily log, a housing association's online
repair and complaint form typed by a mother at midnight, a grandmother's letter in Bulgarian with a translation, and Snapchat
messages typed up by police.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Madagascar, Benin, Ireland, Bulgaria); NHS numbers and UPNs (LA number 883) pass their
check digits; NI numbers have a valid format. The council is invented (Mardyke Council), and so are Linford Fields Primary
School, Purfleet Riverside Academy, Tiny Steps Nursery, the church (Flame of Glory Ministries), the housing association
(Thames Gateway Homes), the youth project (Thurrock Youth Matters), the fostering agency (Orchard Fostering), the family
centre (Hathaway), the advocacy service and the course; towns, districts, estates, real schools, hospitals, GP surgeries,
police forces, clubs, brands, apps, shops and charities are real or realistic and stay unmarked unless the conventions say
otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Mme, Dr,
PC, DC, DS, TM, Pastor, Brother, Sister, Madam, Mama, mum, nan, grandad, Grandma, and the family's own kinship words: Malagasy
"Neny", "Dada", "Bebe", French "Maman", "Tonton", Bulgarian "баба", "госпожо") stay outside the name span and are not names
when they stand alone; a bare s in texting ("[[darren|name]]s", "[[kyle|name]]s") stays outside; every person's name is a
name in every form. "SURNAME, First" is one span ("COLE, Kaiden", "BRANNIGAN, Summer"); an initial with a surname is one span
("D Doherty", "H. Moody", "T Ashworth"); a name broken by a line break is one span holding the break, and so is an address, a
place, a school or a date; display names that are a person's plain name are names ("[[precious|name]] 🦋", "Bobi", "Kels")
while usernames and handles are not ("nikki.d.12", "bobi_ess3x", "kb.slh"); initials used as an abbreviation ("T" in the
duty notes and on the form, "KB") are not marked. A street address is one span, its town a place, its postcode a postcode; a
neighbour's bare house number ("no. 30", "no. 14", "[[38|address]]") is an address, and so is an address abroad ("Lot 1142,
Fidjrossè", "3 Ard Colmcille", "ул. „Капитан Райчо“ 41"); towns, districts and estates are places at home or abroad and in
any script ("Tana", "67 Ha", "Ambohipo", "Пловдив", "SLH", "S-l-H", "chafford"); countries, counties and regions are not
("Madagascar", "Benin", "Bulgaria", "Ireland", "Co. Donegal", "Essex", "England", "Англия"); organisations are not marked
even when they hold a town's or a person's name ("Orsett Hospital", "Purfleet Care Centre", "Thurrock FC", "Belhus
Children's Centre", "Stifford Clays Community Hall", "Corringham Library building", "Thurrock Talking Therapies"); a school's
name is a school, and so is its short form ("St Clere's School", "st cleres", "Gable Hall"); a date of birth is dob, any other
calendar date with a day is date (a weekday outside), and the bare day in a list ("the [[4|date]], [[11|date]]") is a date;
months and years alone are not marked; pets (Bailey) are not names; landmarks stay unmarked (Grays Beach, Lakeside, the
Port of Tilbury, the A13, the Orsett Cock roundabout, the Thameside Complex); a surname or first name that is also a word
is marked when it is a person (Summer, Lee, Precious, Dawn, Stone, Clay, Moody, Straw, Finch, Pike, Marsh, Bright), and the
season "summer" is not; a town named in a service or trip ("[[Pitsea|place]] station", "the [[Grays|place]] police station",
"[[Rhys|name]] from [[Grays|place]]") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: "Thurrock" (a unitary
borough, like a county here) is not a place; a named holiday with a year ("Boxing Day 2025") is a date; a part of a plate
("YK20") heard by a witness is a vehicle; OCR-garbled names, addresses and postcodes are marked as what they are ("Fan ilo",
"H. Rakotomala1a", "FLAT 14 Centurlon Court", "LONDON R0AD", "RM19 lQS", "18 0ctober"); a two-letter nickname a boy is
called by every day ("JE") is a name, unlike single letters and initials used as shorthand; a hospital named after its
district ("the Befelatanana hospital") is an organisation; a shop ("the co-op") is an organisation even when used to say
where to meet; a Bulgarian four-digit postcode ("4000") and an Irish Eircode ("F92 K2X3") are postcodes; a school's general
mailbox is an email; case, exhibit, tenancy, job and crime references are not marked.

Self-check without the detector: `python -m bench.redaction_set83` (and tests/test_redaction_set83.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and counties, regions and countries, and
prints the number of documents and gold spans per kind: 24 documents,
916 gold spans, 494 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brannigan / Cole family (white British), Chadwell St Mary ----------------------------------------------------------

HOME_A = d.Address("23 Brentwood Road", "Chadwell St Mary", "Grays", "RM16 4JP")
NAN_A = d.Address("4 Pound Lane", "Orsett", "Grays", "RM16 3HT")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Cole")], dt.date(2016, 5, 14), addresses=[HOME_A], ids=["7712600333", "V883219480219"],
       schools=["Linford Fields Primary School"]),
    _p("s", "sibling", [("Summer", "Brannigan")], dt.date(2019, 9, 2), addresses=[HOME_A], ids=["2410625487"],
       schools=["Linford Fields Primary School"]),
    _p("m", "mother", [("Jade", "Brannigan")], dt.date(1995, 2, 11), addresses=[HOME_A], phones=["07412 883 019"],
       ids=["JT 48 21 63 C"]),
    _p("f", "father", [("Ryan", "Cole")], dt.date(1993, 8, 27), phones=["07786 214 503"]),
    _p("g", "grandparent", [("Sandra", "Brannigan")], dt.date(1970, 4, 3), addresses=[NAN_A], phones=["01375 846 219"]),
    _p("p1", "professional", [("Hannah", "Moody")], phones=["0300 790 4413"], emails=["hannah.moody@mardyke.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of an unannounced home visit", """CASE NOTE - HOME VISIT (UNANNOUNCED)
Child(ren): [[Kaiden COLE|name]] (DOB [[14/05/2016|dob]]), [[Summer BRANNIGAN|name]] (DOB [[02/09/2019|dob]])
Address: [[23 Brentwood Road|address]], [[Chadwell St Mary|place]], [[RM16 4JP|postcode]]
Date of visit: Thursday [[12 November 2026|date]], 16:20-17:35        Worker: [[Hannah Moody|name]] (Social Worker, Family Support
Team East)

Purpose: to see both children at home following the school's concern of [[10/11|date]] ([[Kaiden|name]] said "[[Lee|name]] locked me
in the shed").

Present: [[Jade Brannigan|name]] (mother), [[Kaiden|name]], [[Summer|name]], and [[Jade|name]]'s friend [[Kirsty Amos|name]], who lives
across the road at no. [[30|address]] and was "just popping in". [[Lee Fairweather|name]] (mother's partner) was not present;
[[Jade|name]] said he is "staying at his brother's in [[Tilbury|place]] for a bit".

Observations: the front room was warm and tidy. The shed at the bottom of the garden has a bolt on the OUTSIDE at adult
height; [[Jade|name]] said the bolt "was there when we moved in" from [[Stifford Clays|place]] in March 2025. I saw the inside:
a broken bike, paint tins, no light. [[Kaiden|name]] showed me his room and his Lego; he did not want to talk about the
shed with his mum in the house, and said he would "tell Mr [[Pilgrim|name]] at school".

[[Summer|name]] (7) was chatty, said her nan "[[Sandy|name]]" takes her to Grays Beach on a Sunday and that she "loves [[Lee|name]] because
he buys Fruit Shoots". [[Jade|name]] said her mum ([[Sandra Brannigan|name]], in [[Orsett|place]], [[01375 846 219|phone]]) has the
children every other weekend, and that the children's dad, [[Ryan Cole|name]], has not seen [[Kaiden|name]] since [[Boxing Day 2025|date]]
(he lives in [[Basildon|place]]; mobile [[07786 214 503|phone]]).

[[Jade|name]] agreed that [[Lee|name]] will not stay at the house until the strategy discussion has happened, and that she will
ring me if he comes back. Safety plan signed; copy left. Next: joint visit with PC [[Dan Okoro|name]] on [[16.11.2026|date]].

[[H. Moody|name]]  [[12/11/2026|date]] 18:05
"""),
    ("Facebook Messenger chat between two sisters, typed up from the police download", """ESSEX POLICE - DIGITAL MEDIA EXTRACT
(typed up for the strategy discussion; spelling as in the original)
Device: Samsung A14 handed in by [[Jade BRANNIGAN|name]] on [[14/11/2026|date]]      Exhibit ref: DM/8831/26
Thread: Messenger - "[[Kels|name]] 💜" ([[Kelsey Brannigan|name]], sister, [[Aveley|place]])

[[09/11/2026|date]] 19:02 [[Kels|name]]: u ok hun? mum said [[kaiden|name]] was crying at hers on sat
[[09/11/2026|date]] 19:04 [[Jade|name]]: hes fine he just dont want to come home cos of [[lee|name]]
[[09/11/2026|date]] 19:04 [[Jade|name]]: [[lee|name]] put him in the shed for like 10 mins cos he kicked [[summer|name]]
[[09/11/2026|date]] 19:05 [[Kels|name]]: wtf [[jade|name]] thats not ok
[[09/11/2026|date]] 19:07 [[Jade|name]]: i no i no i told him. he said his dad done it to him
[[09/11/2026|date]] 19:09 [[Kels|name]]: where is he now
[[09/11/2026|date]] 19:09 [[Jade|name]]: gone to [[darren|name]]s in [[tilbury|place]], be back tmrw
[[09/11/2026|date]] 19:12 [[Kels|name]]: bring the kids to mine in [[aveley|place]] if u want. [[kev|name]] can fetch u
[[09/11/2026|date]] 19:15 [[Jade|name]]: cant he needs the car for work nxt day
[[10/11/2026|date]] 08:41 [[Kels|name]]: did u tell the school
[[10/11/2026|date]] 08:43 [[Jade|name]]: no [[kirsty|name]] said dont or theyll take them
[[10/11/2026|date]] 08:44 [[Kels|name]]: [[kirsty|name]] from no [[30|address]]?? she dont know nothing
[[10/11/2026|date]] 15:50 [[Jade|name]]: school rang. mr [[pilgrim|name]] wants to see me tmrw 9am
[[10/11/2026|date]] 15:51 [[Jade|name]]: its cos [[kaiden|name]] told his teacher miss [[adebayo|name]]
[[10/11/2026|date]] 15:52 [[Kels|name]]: good. do it for the kids babe. ring me after xx
[[11/11/2026|date]] 21:30 [[Jade|name]]: social r coming thurs. a woman called [[hannah|name]]
[[11/11/2026|date]] 21:31 [[Kels|name]]: want me to come? i can get off at 3
[[11/11/2026|date]] 21:33 [[Jade|name]]: no mum will. dont tell [[ryan|name]] pls

Officer's note: "[[lee|name]]" is [[Lee FAIRWEATHER|name]] (DOB [[19/01/1990|dob]]); "[[darren|name]]s in [[tilbury|place]]" is his
brother [[Darren
Fairweather|name]], [[Flat 8, Chadfields|address]], [[Tilbury|place]]. "[[kev|name]]" is [[Kelsey|name]]'s partner [[Kevin Lusted|name]].
Vehicle seen outside [[23 Brentwood Road|address]] on [[13/11|date]]: grey Vauxhall Astra [[EY19 KXO|vehicle]].
Typed by: DC [[Amelia Straw|name]] 70614
"""),
]

DOCS_A += [
    ("child in need review meeting minutes", """MARDYKE COUNCIL - CHILDREN'S SOCIAL CARE
CHILD IN NEED REVIEW - MINUTES
Children: [[Kaiden Cole|name]] ([[14.05.2016|dob]]) and [[Summer Brannigan|name]] ([[02.09.2019|dob]])
Date: [[3 December 2026|date]], 10:00, at [[Linford Fields Primary School|school]], [[Chadwell St Mary|place]]

Present: [[Hannah Moody|name]] (SW, chair for this meeting); [[Jade Brannigan|name]] (mum); [[Sandra Brannigan|name]] (maternal nan);
[[Gary Pilgrim|name]] (Deputy Head and DSL); [[Funmi Adebayo|name]] ([[Kaiden|name]]'s class teacher); [[Bev Thorogood|name]] (school
nurse); PC [[Dan Okoro|name]] (Essex Police, Grays CID).
Apologies: [[Ryan Cole|name]] (father) - no reply to letter or texts; [[Marcia Hinds|name]] (Family Support Worker).

1. Since the last meeting ([[5 November|date]]). The strategy discussion on [[17 November|date]] agreed a single-agency s17
   response; police took no further action against [[Lee Fairweather|name]] after his interview on the [[20th|date]] but the bolt is
   off the shed (seen by [[Hannah|name]] on the [[24th|date]]). Mr [[Fairweather|name]] has moved to his brother's in [[Tilbury|place]] and
   sees the children at [[Sandra|name]]'s in [[Orsett|place]] only.
2. School. [[Gary|name]]: attendance 91.2% this term; three late marks. Miss [[Adebayo|name]] says [[Kaiden|name]] is "a different boy"
   since half term, reading with Mrs [[Thorogood|name]]'s lunch club. [[Summer|name]] is doing well in Year 3.
3. Health. [[Bev|name]]: [[Kaiden|name]] has missed two audiology appointments at Orsett Hospital ([[22/10|date]], [[19/11|date]]). New
   date [[8 January 2027|date]]. [[Jade|name]] will take him; [[Sandra|name]] will drive.
4. Dad. [[Ryan|name]] rang [[Hannah|name]] on [[28 November|date]] from a new number ([[07932 551 684|phone]]) and said he wants
   to see [[Kaiden|name]] at his flat in [[Pitsea|place]]; [[Jade|name]] said "not without me there". To be discussed at the next
   review.
5. Views of the children (seen alone by [[Hannah|name]] on [[1 December|date]]): [[Kaiden|name]]: "It's better now. I want my
   dad to come to my birthday." [[Summer|name]]: "I miss [[Lee|name]] a bit."

Actions: [[Hannah|name]] to refer [[Jade|name]] to the Freedom Programme at the Thameside Theatre hub; [[Gary|name]] to keep the
weekly check-in; [[Sandra|name]] to bring [[Kaiden|name]] to audiology. Next review: [[11 February 2027|date]], 10:00.
Minutes: [[Leanne Cracknell|name]] (business support)
"""),
    ("school safeguarding log export (CPOMS)", """CPOMS - INCIDENT EXPORT - [[LINFORD FIELDS PRIMARY SCHOOL|school]]
Student: [[COLE, Kaiden|name]]    Year 5 (Class Oak)    DOB: [[14-May-2016|dob]]    UPN: [[V883219480219|upn]]
Student: [[BRANNIGAN, Summer|name]]    Year 3 (Class Hazel)    DOB: [[02-Sep-2019|dob]]

[[10-Nov-2026|date]] 14:52 | Disclosure | Added by: [[F. Adebayo|name]] | Alerted: [[G. Pilgrim|name]]
[[Kaiden|name]] came in from PE upset. Said "[[Lee|name]] locked me in the shed on Saturday because I kicked [[Summer|name]] and it was
dark and there's spiders". I said thank you for telling me. He asked me not to tell Mum.
[[10-Nov-2026|date]] 15:20 | Action | Added by: [[G. Pilgrim|name]]
Referral to the Front Door (spoke to [[Priti Shah|name]]); Mum to be seen tomorrow 9am. Nan ([[Sandra|name]]) collected today.
[[11-Nov-2026|date]] 09:30 | Meeting | Added by: [[G. Pilgrim|name]]
Mum seen with her friend ([[Kirsty|name]]). Mum said it was "ten minutes at most". Told a social worker will call.
[[18-Nov-2026|date]] 12:15 | Low level | Added by: [[T. Wragg|name]] (midday supervisor)
[[Summer|name]] told me her brother "hits her when [[Lee|name]]'s not there". Passed on.
[[25-Nov-2026|date]] 08:47 | Attendance | Added by: [[J. Quy|name]] (office)
Both late (08:47). Mum said the car broke down on [[Linford Road|address]].
[[02-Dec-2026|date]] 10:05 | Contact | Added by: [[G. Pilgrim|name]]
Phone call from a man saying he is [[Kaiden|name]]'s dad ([[Ryan|name]]) asking what time school finishes. Not given. Number on
screen [[07932 551 684|phone]]. Told [[Hannah Moody|name]] (SW) by email ([[hannah.moody@mardyke.gov.uk|email]]).
"""),
]

# --- B. Rakotomalala / Randrianarisoa family (Malagasy), Purfleet-on-Thames ---------------------------------------------

HOME_B = d.Address("Flat 14, Centurion Court, London Road", "Purfleet-on-Thames", "Purfleet", "RM19 1QS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Fanilo", "Rakotomalala")], dt.date(2013, 7, 22), addresses=[HOME_B],
       ids=["3737200076", "C883226157252"], schools=["Purfleet Riverside Academy"]),
    _p("s", "sibling", [("Mialy", "Rakotomalala")], dt.date(2018, 3, 9), addresses=[HOME_B], ids=["5692857790"]),
    _p("f", "father", [("Haja", "Rakotomalala")], dt.date(1981, 11, 30), addresses=[HOME_B], phones=["07511 306 472"],
       ids=["PW 19 73 52 B"]),
    _p("m", "mother", [("Voahangy", "Randrianarisoa")], dt.date(1986, 6, 15), addresses=[HOME_B], phones=["07860 447 219"]),
    _p("a", "other", [("Lalao", "Randrianarisoa")], phones=["+261 34 12 345 67"]),
    _p("p1", "professional", [("Tom", "Ashworth")], phones=["01375 672 403"], emails=["tom.ashworth@mardyke.gov.uk"]),
], "c")

DOCS_B = [
    ("single assessment extract, seen with a Malagasy interpreter", """SINGLE ASSESSMENT - EXTRACT (FAMILY AND ENVIRONMENT; CHILD'S VOICE)
Child: [[Fanilo RAKOTOMALALA|name]]  DOB [[22 July 2013|dob]]  NHS [[373 720 0076|nhs]]
Sibling: [[Mialy RAKOTOMALALA|name]]  DOB [[9 March 2018|dob]]
Address: [[Flat 14, Centurion Court|address]], [[London Road|address]], [[Purfleet-on-Thames|place]] [[RM19 1QS|postcode]]
Assessing worker: [[Tom Ashworth|name]]       Interpreter (Malagasy, by phone): [[Hery Andriamasy|name]]
Start: [[2 October 2026|date]]     Authorised: [[30 October 2026|date]] by [[Nadia Crouch|name]] (Team Manager)

Family and environment. Mr [[Rakotomalala|name]] ("[[Haja|name]]") came to the UK in 2019 (NI no. [[PW 19 73 52 B|ni]]) on a skilled
worker visa as a ship's
engineer with a firm at the Port of Tilbury; Mrs [[Randrianarisoa|name]] ("[[Voahangy|name]]", known as "[[Vola|name]]") and the children
followed in 2021 from [[Antananarivo|place]]. In Madagascar women keep their own family name, which is why the mother's name
differs from the children's. They lived first with a cousin, [[Njaka Rasolofo|name]], at [[Flat 3, 17 Clarence Road|address]],
[[Grays|place]], and moved to [[Centurion Court|address]] in 2023. The mother's sister, [[Lalao Randrianarisoa|name]], lives in
[[Ambohipo|place]], [[Antananarivo|place]] ([[+261 34 12 345 67|phone]]) and looks after the maternal grandmother, "Bebe"
[[Razafy|name]], who is 79.

Reason for assessment: on [[29 September 2026|date]] [[Fanilo|name]] (13) arrived at [[Purfleet Riverside Academy|school]] with a welt
on his upper arm and told his tutor, Ms [[Kapoor|name]], that his father hit him with a phone charger cable because he had
been at Lakeside until 10pm with friends ([[Dylan|name]] and "[[Ty|name]]"). Mr [[Rakotomalala|name]] accepted this at once, said he
was "very ashamed", and said that in [[Antsirabe|place]], where he grew up, his own father "used a belt and nobody thought
anything".

Child's voice ([[Fanilo|name]], seen alone at school on [[1 October|date]] and at home on [[14 October|date]]): "Dada is strict
but he is not bad. He works nights so he is tired. I want to go to football at Thurrock FC on Saturdays but he says church."
[[Mialy|name]] (8, seen at home, in English with some Malagasy): "[[Fanilo|name]] is naughty and Neny cries." ("Neny" is
Mum.) She showed me a drawing of her grandmother's house in [[Ambohipo|place]] and "Tonton [[Mamy|name]]'s" yellow taxi.

Analysis: a single incident of physical chastisement causing injury, in a family under strain (father on nights, mother
isolated and low in mood, money sent home every month). Both parents have engaged. Plan: child in need, parenting
support through the Malagasy church's family worker ([[Fara Rabe|name]]), GP for the mother (Purfleet Care Centre).
"""),
]

DOCS_B += [
    ("interpreter's transcript of a father's WhatsApp voice notes (Malagasy and French, translated)", """TRANSCRIPT AND TRANSLATION -
WHATSAPP VOICE NOTES (3)
Prepared by: [[Hery Andriamasy|name]], Malagasy/French interpreter, for Mardyke Council Children's Services, [[20/10/2026|date]]
Sender: "[[Haja R|name]]" ([[07511 306 472|phone]])    Recipient: "[[Lalao|name]] [[Tana|place]]" ([[+261 34 12 345 67|phone]])
Shared by the sender with the social worker ([[Tom Ashworth|name]]) with his consent on [[19/10/2026|date]].
[Malagasy in plain type, French in italics in the original; my English in brackets. Inaudible parts marked (...).]

Note 1 - [[16/10/2026|date]] 23:14 (1 min 52 s)
"Allo [[Lalao|name]], manao ahoana. (Hello [[Lalao|name]], how are you.) Tsy afaka matory aho. (I can't sleep.) The school called
the social, *l'assistant social est venu* (the social worker came), a young man, [[Tom|name]]. Because of [[Fanilo|name]]'s arm.
I did wrong, I know. Aza miteny amin'i Neny Bebe fa ho marary izy. (Don't tell Grandma, she will get ill.)"

Note 2 - [[16/10/2026|date]] 23:19 (0 min 48 s)
"[[Vola|name]] says I must go to the course. OK. *Je vais le faire.* (I will do it.) [[Mamy|name]] can send the money on the
[[25|date]], I will be paid late this month. Tell [[Mamy|name]] to take it to the Western Union at [[Analakely|place]], not at
[[67 Ha|place]] (...) too much queue."

Note 3 - [[17/10/2026|date]] 06:02 (2 min 30 s)
"It's me again. On Sunday at the church in [[Stratford|place]], Pastor [[Rivo|name]] said he will talk to me. [[Fara|name]] also, the
woman from the church, [[Fara Rabe|name]], she knows the social. [[Fanilo|name]] wants to live with you in [[Tana|place]]! He said
it to [[Vola|name]]. Children say anything. *Il est fâché.* (He is angry.) He goes to [[Dylan|name]]'s house in [[Aveley|place]],
I don't know the parents. The address is [[12 Tamar Drive|address]], I think. (...) Kiss Bebe for me. Veloma." (Goodbye.)

Interpreter's notes: "[[Tana|place]]" is the usual short name for [[Antananarivo|place]]; "[[67 Ha|place]]" is a district of it.
"Neny Bebe" is what the children call their grandmother ("mother-grandmother"); I have translated it as "Grandma". [[Mamy|name]] is
the mother's brother ([[Mamy Randrianarisoa|name]], a taxi driver in [[Antananarivo|place]], [[+261 32 45 871 20|phone]]).
"""),
    ("GP letter to the social worker about the mother", """Purfleet Care Centre
[[Tank Hill Road|address]], [[Purfleet-on-Thames|place]] [[RM19 1SX|postcode]]   Tel [[01708 854 317|phone]]

[[5 November 2026|date]]

Mr [[T Ashworth|name]], Social Worker, Children's Services, Mardyke Council, Civic Offices, [[New Road|address]], [[Grays|place]]

Dear Mr [[Ashworth|name]]

Re: [[Voahangy RANDRIANARISOA|name]], DOB [[15/06/1986|dob]], [[Flat 14, Centurion Court|address]], [[London Road|address]],
[[RM19 1QS|postcode]]. NHS no. [[573 268 8293|nhs]]
Children: [[Fanilo Rakotomalala|name]] ([[22/07/2013|dob]]), [[Mialy Rakotomalala|name]] ([[09/03/2018|dob]])

Thank you for your letter of [[21 October|date]], and for Mrs [[Randrianarisoa|name]]'s signed consent. I saw her on [[29 October|date]]
with a telephone interpreter (Malagasy). She describes low mood for about a year, worse since her mother became unwell in
[[Antananarivo|place]] in the spring, with early waking, poor appetite and tearfulness. PHQ-9 score 17. She has no thoughts of
harming herself or the children and says that the children "are my reason". She has started sertraline 50 mg and I have
referred her to Thurrock Talking Therapies, who can offer French-speaking practitioners. Review with me on [[26 November|date]].

She told me that her husband's hitting of [[Fanilo|name]] was "one time" and that he has not hit her. She would like help with
English classes; I have given her the details of the course at the Thurrock Adult Community College in [[Grays|place]].

The children are registered with us and up to date with immunisations except [[Mialy|name]]'s pre-school booster, which I have
booked for [[12/11/2026|date]] with our practice nurse, [[Oluwaseun Bello|name]].

Yours sincerely

Dr [[Catherine Mbeki|name]]
GP Partner
"""),
    ("father's handwritten letter to the conference, scanned and OCR'd", """[OCR text of a handwritten letter, 1 page, scanned
[[04/11/2026|date]]; OCR errors left as read]

[[Haja Rakotomalala|name]]
[[FLAT 14 Centurlon Court|address]]
[[LONDON R0AD|address]]
[[PURFLEET|place]]  [[RM19 lQS|postcode]]

To Mr [[Tom Ashvorth|name]] and the meeting

Dear Sir,
I am writting to say sorry for what I did to my son [[Fan ilo|name]] on [[28 of
september|date]]. I was wrong. I have done the parenting course at the
church with Mme [[Fara Rabe|name]] on the [[4|date]], [[11|date]] and [[18 0ctober|date]] and I will do the
next ones. Also I have changed my shift so I am home at night from [[2 Nov|date]].
My wife [[Voahangy|name]] is going to the doctor now and she is better.
My son wants to go back to Madagascar to his aunty but I think
he says this because he is angry with me. He is a good boy. He was
born in the Befelatanana hospital in [[Tana|place]] and he came here when he was 8.
If you need to speak to me my new number is [[07 511 306 472|phone]]
and the old one [[07405 918 336|phone]] is not working.

Thank you
[[H. Rakotomala1a|name]]
"""),
]

# --- C. Houngbédji / Agossa family (Beninese, Fon and French speaking), Chafford Hundred ----------------------------------

HOME_C = d.Address("7 Clifton Road", "Chafford Hundred", "Grays", "RM16 6SD")
DAD_C = d.Address("Lot 1142, Fidjrossè", "Cotonou", "", "")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mahouna", "Agossa")], dt.date(2012, 12, 4), addresses=[HOME_C], ids=["5732688293", "B883224827438"],
       schools=["Harris Academy Chafford Hundred"]),
    _p("s", "sibling", [("Jean-Eudes", "Agossa")], dt.date(2015, 4, 18), addresses=[HOME_C], ids=["2057379019"]),
    _p("s2", "sibling", [("Ayaba", "Agossa")], dt.date(2021, 8, 6), addresses=[HOME_C], ids=["7986234415"]),
    _p("m", "mother", [("Sènami", "Houngbédji")], dt.date(1988, 1, 23), addresses=[HOME_C], phones=["07734 120 865"],
       ids=["SH 62 04 91 A"]),
    _p("f", "father", [("Rodrigue", "Agossa")], dt.date(1984, 10, 2), addresses=[DAD_C], phones=["+229 01 97 45 62 18"]),
    _p("p1", "professional", [("Grace", "Oyelaran")], phones=["01375 391 826"], emails=["grace.oyelaran@mardyke.gov.uk"]),
], "c")

DOCS_C = [
    ("initial child protection conference report", """REPORT TO THE INITIAL CHILD PROTECTION CONFERENCE
Conference date: Tuesday [[24 November 2026|date]], 13:30, Thameside Complex, [[Orsett Road|address]], [[Grays|place]]
Author: [[Grace Oyelaran|name]], Social Worker, Assessment Team North ([[grace.oyelaran@mardyke.gov.uk|email]], [[01375 391 826|phone]])

1. The children
| Name | DOB | School/setting |
| [[Mahouna AGOSSA|name]] | [[04/12/2012|dob]] | [[Harris Academy Chafford Hundred|school]], Year 9 |
| [[Jean-Eudes AGOSSA|name]] ("[[JE|name]]") | [[18/04/2015|dob]] | [[Harris Primary Academy Chafford Hundred|school]], Year 6 |
| [[Ayaba AGOSSA|name]] | [[06/08/2021|dob]] | [[Tiny Steps Nursery|school]], [[Drake Road|address]] |
Home: [[7 Clifton Road|address]], [[Chafford Hundred|place]], [[Grays|place]] [[RM16 6SD|postcode]].

2. The family. The mother, [[Sènami Houngbédji|name]] (DOB [[23/01/1988|dob]]), is from [[Abomey-Calavi|place]] in Benin and speaks
Fon, French and good English; she works as a healthcare assistant at Basildon University Hospital. The father, [[Rodrigue
Agossa|name]], returned to [[Cotonou|place]] in 2024 and lives at [[Lot 1142,
Fidjrossè|address]], [[Cotonou|place]]; he speaks to the children
on WhatsApp ([[+229 01 97 45 62 18|phone]]). The maternal uncle, [[Fiacre Houngbédji|name]], lives in [[Porto-Novo|place]]. The
mother's closest friend in England is [[Edwige Tossou|name]] of [[Flat 2, 88 Hogg Lane|address]], [[Grays|place]].

3. Why we are here. On [[3 November 2026|date]] [[Mahouna|name]] (13) told her form tutor, Mr [[Callum Reeve|name]], that her mother and
a man from their church, Brother [[Aristide|name]], had made her kneel on a grater and pray through the night "to take out the
spirit" because she had been "sleeping in the day and talking to boys". Marks were seen on both knees by the school nurse
([[Lorraine Asante|name]]) the same morning. A strategy discussion on [[4 November|date]] (chaired by [[Nadia Crouch|name]]) led to a s47
enquiry; [[Mahouna|name]] and [[JE|name]] were seen together, then alone, on [[5 November|date]]; an ABE interview took place on the
[[9th|date]] at
the [[Grays|place]] police station with DC [[Sarah Omotoso|name]].

4. What [[Mahouna|name]] says: "Maman is not a bad person, she believes it. Brother [[Aristide|name]] said I had a spirit from my
grandmother in [[Ouidah|place]]. I don't want to go to that church anymore. I want to see my dad."
What [[JE|name]] says: "I was scared when [[Mahouna|name]] was crying. I held [[Ayaba|name]] so she didn't go in the room."

5. What the mother says: she accepts the kneeling, denies the grater ("it was a mat"), and says she "only wanted to protect
her daughter". She has agreed to stop attending the church (Flame of Glory Ministries, which meets in a hall in
[[West Thurrock|place]]) while the police enquiry continues, and that the children will not have contact with [[Aristide Zinsou|name]]
(DOB [[12/07/1979|dob]], of [[34 Sandown Road|address]], [[Tilbury|place]]).

Recommendation: a child protection plan for all three children under the category of physical abuse.
"""),
]

DOCS_C += [
    ("social worker's letter to the mother after the conference", """Mardyke Council - Children's Services
Civic Offices, [[New Road|address]], [[Grays|place]] [[RM17 6SL|postcode]]

Private and confidential
Ms [[S. Houngbédji|name]]
[[7 Clifton Road|address]]
[[Chafford Hundred|place]]
[[RM16 6SD|postcode]]

[[25 November 2026|date]]

Dear [[Sènami|name]],

Thank you for coming to the conference yesterday with your friend [[Edwige|name]], and for staying when it was hard to hear. I
am writing, as I promised, to set down what was decided, in plain words.

The conference decided that [[Mahouna|name]], [[Jean-Eudes|name]] and [[Ayaba|name]] will each have a child protection plan, under the
category of physical abuse. The chair was [[Rachel Ng|name]]. The first core group meeting is on Wednesday [[9 December 2026|date]]
at 16:00 at your home; the review conference is on [[24 February 2027|date]] at the Civic Offices.

What we agreed you will do: not take the children to Flame of Glory Ministries or to any prayer meeting with Mr [[Zinsou|name]];
let me see the children alone at home and at school; go to the "Safe Families, Strong Faith" course with Pastor [[Yvette Amoah|name]]
(Churches Together in [[Grays|place]]), starting on [[12 January|date]]. [[Mahouna|name]] would like to talk to her dad on Sundays; I have
spoken to [[Rodrigue|name]] on [[+229 01 97 45 62 18|phone]] and he agrees. [[Mahouna|name]] has also asked to see her auntie
[[Ablawa|name]] in [[Woolwich|place]]; I will ring her ([[07412 556 093|phone]]) this week.

If you want an advocate, [[Kofi Mensah|name]] at the Thurrock Parent Advocacy service can help ([[07594 812 330|phone]]).
If you are worried about anything, call me on [[01375 391 826|phone]]; out of hours, the Emergency Duty Team.

Yours sincerely

[[Grace Oyelaran|name]]
Social Worker
cc: [[Mahouna|name]] (a copy written for her), Mr [[C. Reeve|name]] (school), [[Lorraine Asante|name]] (school nurse)
"""),
    ("pastor's email to the social worker", """From: Pastor [[Dieudonné Kpadonou|name]] <[[d.kpadonou@flameofglory.org.uk|email]]>
Sent: [[26 Nov 2026|date]] 07:48
To: [[grace.oyelaran@mardyke.gov.uk|email]]
Cc: [[sena.houngbedji88@gmail.com|email]]
Subject: Sister [[Sènami|name]] and her children - from the church

Dear Madam [[Oyelaran|name]],

Greetings in the name of the Lord. I am the senior pastor of Flame of Glory Ministries, [[West Thurrock|place]]. Sister [[Sènami
Houngbédji|name]] has asked me to write to you after the meeting on Tuesday.

I want to say clearly that the church does not teach that children should be hurt. What Brother [[Aristide|name]] did was his own
doing and he has been stood down from the deliverance ministry and the youth team since [[8 November|date]]. I have told him
not to contact the family. He is now worshipping with his cousin's church in [[Woolwich|place]].

Sister [[Sènami|name]] is a faithful member for six years. Her husband, Brother [[Rodrigue|name]], was our treasurer before he went home
to [[Cotonou|place]]. She is alone with three children and her mother died in [[Bohicon|place]] last year. We have a women's group
(Mama [[Cécile Dossou|name]] leads it, [[07957 682 140|phone]]) who would like to support her with meals and with taking [[Ayaba|name]]
to nursery when she is on an early shift.

The children are welcome in our Sunday school with our children's worker, Sister [[Bola Adeyemi|name]], who has a DBS, if you
agree. [[Mahouna|name]] sang beautifully at the harvest service on [[4 October|date]]; she is a blessing.

If you wish to visit us, we meet at the Stifford Clays Community Hall, [[Crammavill Street|address]], on Sundays at 11am.

Yours in His service,
Pastor [[D. Kpadonou|name]]
Flame of Glory Ministries (registered charity)
Tel: [[01708 866 204|phone]] | Mob: [[07388 214 906|phone]]
"""),
    ("a girl's text messages with a friend, typed up by the school", """[[HARRIS ACADEMY CHAFFORD HUNDRED|school]] - safeguarding team
Screenshots shown to Mr [[Reeve|name]] by [[Mahouna AGOSSA|name]] (Y9) on [[02/11/2026|date]], typed up by [[L. Asante|name]], school
nurse. Contact saved as "[[precious|name]] 🦋" ([[Precious Nwosu|name]], Y9, [[07831 509 772|phone]]).

Sat [[31 Oct|date]]
[[precious|name]] 🦋: u coming lakeside tmrw?? me n [[tolu|name]] n [[shanice|name]]
[[mahouna|name]]: cant. church all day
[[mahouna|name]]: and tonite is the prayer thing again
[[precious|name]] 🦋: wat prayer thing
[[mahouna|name]]: brother [[aristide|name]] says im possessed lol. not lol. i have to kneel
[[precious|name]] 🦋: ???? ur mum lets him??
[[mahouna|name]]: its her idea. she thinks my nan in [[ouidah|place]] did juju on me
[[mahouna|name]]: my knees r bleeding from last time
[[precious|name]] 🦋: [[mahouna|name]] thats abuse. tell [[reeve|name]] on monday
[[mahouna|name]]: if i tell they take [[ayaba|name]] and [[JE|name]] away
[[precious|name]] 🦋: no they dont thats a myth. my cousin [[deji|name]] had social and nothing happend
[[mahouna|name]]: dont tell ur mum pls
Sun [[1 Nov|date]]
[[precious|name]] 🦋: u ok? been msging since 8
[[mahouna|name]]: ya. it lasted til 3am. maman cried after
[[precious|name]] 🦋: call me ill come to urs. r u still on [[clifton rd|address]]
[[mahouna|name]]: yes no [[7|address]]. dont come my mum will kill me
[[precious|name]] 🦋: my dad can pick u up from outside the co-op at [[chafford|place]]
[[mahouna|name]]: no its fine. see u monday

Note: "[[chafford|place]]" = [[Chafford Hundred|place]]; "juju" = witchcraft; "[[JE|name]]" = [[Jean-Eudes|name]].
"""),
]

# --- D. Whitlock / Doherty family (white British and Irish), Stanford-le-Hope ---------------------------------------------

HOME_D = d.Address("12 Southend Road", "", "Stanford-le-Hope", "SS17 0PH")
DAD_D = d.Address("3 Ard Colmcille", "Letterkenny", "Co. Donegal", "F92 K2X3")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tiernan", "Doherty")], dt.date(2010, 10, 1), addresses=[HOME_D], ids=["5121969910", "E883217110345"],
       schools=["St Clere's School"]),
    _p("s", "sibling", [("Aoife", "Whitlock")], dt.date(2014, 6, 25), addresses=[HOME_D], ids=["2474567291"]),
    _p("m", "mother", [("Stacey", "Whitlock")], dt.date(1989, 3, 8), addresses=[HOME_D], phones=["07442 368 015"],
       ids=["ME 35 80 27 D"]),
    _p("f", "father", [("Declan", "Doherty")], dt.date(1985, 9, 14), addresses=[DAD_D], phones=["+353 87 214 6630"]),
    _p("g", "grandparent", [("Roy", "Whitlock")], dt.date(1958, 1, 19), phones=["01375 640 918"]),
    _p("p1", "professional", [("Marcus", "Fenn")], phones=["07594 227 831"], emails=["marcus.fenn@mardyke.gov.uk"]),
], "c")

DOCS_D = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Tiernan DOHERTY|name]] (DOB [[01/10/2010|dob]]) and
[[Aoife WHITLOCK|name]] (DOB [[25/06/2014|dob]])
Prepared by [[Marcus Fenn|name]] (SW, Adolescent Support Team) for the legal gateway meeting, [[30 November 2026|date]]

[[14.02.2019|date]] | Family moves from [[Letterkenny|place]], Co. Donegal, to [[Stanford-le-Hope|place]] after the parents separate. Father
                | stays in [[Letterkenny|place]] ([[3 Ard Colmcille|address]], [[F92 K2X3|postcode]]).
[[09.09.2021|date]] | [[Tiernan|name]] starts at [[St Clere's School|school]]. Mother's new partner [[Craig Mayhew|name]] moves in.
[[22.05.2023|date]] | Police called to [[12 Southend Road|address]]: verbal argument, [[Craig|name]] leaves. DASH standard risk.
[[17.03.2025|date]] | [[Tiernan|name]] (14) found by BTP at [[Pitsea|place]] station at 01:40 with two older males; returned home by PC
                | [[Wheeler|name]]. NRM considered and not made.
[[03.06.2025|date]] | Fixed-term suspension: a knife (lock blade) in his bag. School referral to the Front Door.
[[11.11.2025|date]] | Missing 2 nights. Found at [[Flat 6, Kynoch Court|address]], [[Corringham|place]] (address of [[Kyle Brett|name]], 19,
                | known to police). Return home interview by [[Jess Palmer|name]] (Catch22): "I owe [[Kyle|name]] £400".
[[04.01.2026|date]] | Grandfather [[Roy Whitlock|name]] ([[Fobbing|place]], [[01375 640 918|phone]]) takes [[Tiernan|name]] for three weeks.
[[26.04.2026|date]] | Stopped in a car ([[LV68 HZT|vehicle]]) on the A13 at the Orsett Cock roundabout with 14 wraps of cocaine.
                | Released under investigation.
[[15.08.2026|date]] | Father visits from Ireland; says [[Tiernan|name]] can live with him in [[Letterkenny|place]].
[[02/10/2026|date]] | Missing 4 days; found in [[Southend|place]] ([[Westcliff|place]]) by Essex Police at an address on
                | [[Valkyrie Road|address]]. [[Aoife|name]] (12) tells her teacher that [[Tiernan|name]] has "a second phone that rings
all night".
[[21/10/2026|date]] | Threat to life (Osman) warning given to mother by DS [[Hollis|name]] at home.
[[06/11/2026|date]] | Body-worn video: police at [[12 Southend Road|address]] after a window was smashed at 02:10 (see transcript).
"""),
]

DOCS_D += [
    ("duty social worker's notes typed fast on a phone", """notes - duty - typed on phone in car, tidy later!!
[[6/11|date]] 0915 call from DS [[Hollis|name]] re window at [[12 southend rd|address]] [[SLH|place]] 0210 last nite. brick thru front
window,
mum [[stacey|name]] + [[aoife|name]] in, T not home. T came back 0330 w cut hand, refused A&E. BWV on file.
0940 rang mum [[07442 368 015|phone]] no ans. txt sent.
1005 mum rang back - v scared, says "its [[kyle|name]]s lot" wants T to go to dad in donegal asap. [[roy|name]] (grandad) on way
from [[fobbing|place]]. asked abt [[aoife|name]] - at school ([[st cleres|school]] y8) mum says she sat in the bath all nite.
1030 spoke [[D Doherty|name]] in [[Letterkenny|place]] [[+353 87 214 6630|phone]] - says can fly over sat, T can have his room,
"his cousin [[Oisín|name]] is his age", school [[Errigal College|school]] wd take him. check w Tusla / ICPC?? ask [[Marcus|name]]
1100 [[marcus|name]] back tmrw. TM [[Nadia|name]] says strat disc 2pm today. invite BTP, [[st cleres|school]] DSL mrs [[okafor|name]],
YOS ([[Dev Sharma|name]]),
housing re emergency move? mum on council tenancy
1150 seen [[aoife|name]] at school w mrs [[okafor|name]]. quiet. said "[[Tiernan|name]] keeps a knife under the mattress" + she
heard a man outside shout "[[tee|name]] we know where yr nan lives" - nan is [[jan whitlock|name]] ([[roy|name]]'s ex) in
[[Corringham|place]]
[[19 Giffords Cross Rd|address]]?? check
1215 pic of car outside hse last wk from neighbour (Mr [[Bains|name]] no [[14|address]]) black golf [[YK20 FVP|vehicle]]
1400 strat disc - see minutes. s47 both. T to grandad's tonite. window boarded by council (job no 55120)
"""),
    ("police body-worn video transcript", """ESSEX POLICE - BODY WORN VIDEO TRANSCRIPT
Officer: PC 4417 [[Rhys Wheeler|name]]   Device: BWV 11293   Recording start: [[06/11/2026|date]] 02:24:10
Location: [[12 Southend Road|address]], [[Stanford-le-Hope|place]], [[SS17 0PH|postcode]]
Persons: W1 = [[Stacey WHITLOCK|name]]; W2 = [[Aoife WHITLOCK|name]] (12); W3 = [[Gurpreet BAINS|name]] (neighbour, no. [[14|address]])

02:24:15 PC [[WHEELER|name]]: Police, hello, it's [[Rhys|name]] from [[Grays|place]], we met before. Can we come in?
02:24:20 W1: Yeah, come in, mind the glass. [[Aoife|name]], stay on the stairs, babe.
02:24:41 PC [[WHEELER|name]]: Is anyone hurt? Where's [[Tiernan|name]]?
02:24:45 W1: I don't know where he is. He went out at ten. It's them, it's [[Kyle|name]]'s lot, I know it is.
02:25:02 PC [[WHEELER|name]]: Did you see who threw it?
02:25:05 W1: No. [[Gurpreet|name]] next door saw a car.
02:25:30 W3: Black Golf, I think it was a Golf, two lads in hoods, one got out, threw it and they went towards [[Corringham|place]].
             Same car as last week. I got half the plate, [[YK20|vehicle]] something.
02:26:11 PC [[WHEELER|name]]: Thank you, sir. Can I take your name and number?
02:26:14 W3: [[Gurpreet Bains|name]], [[07707 416 358|phone]].
02:27:40 W2: (crying) Is [[Tee|name]] going to die? They said on Snap they'd get him.
02:27:44 W1: Who said, [[Aoife|name]]? Show the officer.
02:27:58 W2: It's from "kb.slh" ... it says "tell yr bro hes finished".
02:28:20 PC [[WHEELER|name]]: OK. We'll take a screenshot. [[Stacey|name]], can anyone come and be with you tonight?
02:28:25 W1: My dad, [[Roy|name]]. He's only in [[Fobbing|place]]. Or [[Tiernan|name]]'s dad but he's in Ireland.
02:31:02 PC [[WHEELER|name]]: Control, can I have an update on the grade one to [[Southend Road|address]] ... (radio)
02:35:47 [Recording ends]
Transcribed by: [[Megan Stroud|name]] (police staff), [[07/11/2026|date]]
"""),
    ("youth club's referral form", """THURROCK YOUTH MATTERS - SAFEGUARDING REFERRAL FORM (paper form, filled in by hand, typed)
Young person's name: [[Tiernan Doherty|name]]    Known as: [[Tee|name]] / "T"
DOB / age: [[1st Oct 2010|dob]] / 16      Address: [[12 Southend Rd|address]], [[S-l-H|place]]
Parent/carer: mum [[Stacey|name]] [[07442 368 015|phone]]
Referrer: [[Shona Pike|name]], youth worker, The Hub, Corringham Library building, [[Springhouse Road|address]]
Date: [[13 November 2026|date]]

What happened: [[Tee|name]] came to boxing night on Tue [[10/11|date]] for the first time since the summer. He had a bandage on
his right hand and said he'd "punched a wall". At the end he asked coach [[Lenny Marsh|name]] if he could "stay in the gym all
night". A lad waiting outside on a moped (no plate seen) shouted to him; [[Tee|name]] went out the back door. Another young
person ([[Maisie Gould|name]], 15) said the moped lad is "[[Rocco|name]]", who "works for KB".

Other info: [[Tee|name]] said his dad in [[Letterkenny|place]] has a job lined up for him "on the boats at [[Killybegs|place]]" and he
might go at Christmas. He asked if we knew anywhere he could go "where they can't find me".

Consent: no - shared without consent (risk of significant harm). Sent to: Front Door + [[marcus.fenn@mardyke.gov.uk|email]]
"""),
]

# --- E. Pryor / Kemp family (white British), Belhus, South Ockendon ----------------------------------------------------------

HOME_E = d.Address("36 Daiglen Drive", "Belhus", "South Ockendon", "RM15 5BX")
NAN_E = d.Address("71 Romford Road", "", "Aveley", "RM15 4PT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Pryor")], dt.date(2025, 11, 17), addresses=[HOME_E], ids=["5938949084"]),
    _p("s", "sibling", [("Lacey-Mae", "Kemp")], dt.date(2011, 2, 3), addresses=[HOME_E], ids=["6761071976", "T883217362866"],
       schools=["Ockendon Academy"]),
    _p("m", "mother", [("Chantelle", "Pryor")], dt.date(1993, 12, 29), addresses=[HOME_E], phones=["07415 302 967"],
       ids=["JA 71 40 56 C"]),
    _p("o", "other", [("Jason", "Kemp")], dt.date(1987, 7, 7), addresses=[HOME_E], phones=["07957 682 140"]),
    _p("g", "grandparent", [("Dawn", "Pryor")], dt.date(1968, 5, 5), addresses=[NAN_E], phones=["01708 203 561"]),
    _p("p1", "professional", [("Kerry", "Sully")], phones=["01375 370 412"], emails=["kerry.sully@mardyke.gov.uk"]),
], "c")

DOCS_E = [
    ("multi-agency referral from a health visitor", """MULTI-AGENCY REFERRAL FORM (MARF) - TO: MARDYKE FRONT DOOR
Referrer: [[Nicola Ferris|name]], Health Visitor, 0-19 Team (Belhus Children's Centre), [[nicola.ferris@nhs.net|email]],
[[07563 210 984|phone]]         Date/time: [[18/11/2026|date]] 12:40

Child: [[Alfie PRYOR|name]]   DOB: [[17.11.2025|dob]]   NHS: [[593 894 9084|nhs]]   GP: Derry Court Medical Centre
Address: [[36 Daiglen Drive|address]], [[South
Ockendon|place]] [[RM15 5BX|postcode]]
Household: mother [[Chantelle PRYOR|name]] ([[29.12.1993|dob]]); her partner [[Jason KEMP|name]] ([[07.07.1987|dob]]), not [[Alfie|name]]'s
father; [[Jason|name]]'s daughter [[Lacey-Mae KEMP|name]] (15), [[Ockendon Academy|school]].
[[Alfie|name]]'s father: [[Tyler Boakes|name]], no contact, believed to be in [[Harold Hill|place]].
Maternal grandmother: [[Dawn Pryor|name]], [[71 Romford Road|address]], [[Aveley|place]], [[01708 203 561|phone]].

Concern: at the 12-month review today (a day late, missed [[17/11|date]]) I saw a bruise, 2 cm, on [[Alfie|name]]'s left cheek and a
smaller one on the left ear. [[Alfie|name]] is not yet walking (cruising only). Mum said he "fell against the cot". [[Lacey-Mae|name]],
who was at home (not at school - "ill"), said he "banged it on the baby gate". [[Jason|name]] was in the bedroom and did not come
out. The flat smelt strongly of cannabis. Weight 8.6 kg (9th centile, down from the 25th at 9 months).

History: [[Alfie|name]] attended Queen's Hospital A&E on [[2 September 2026|date]] with a "pulled elbow" ([[Jason|name]] said he lifted
him by
the arm). Domestic abuse notification from Essex Police [[14/10/2026|date]] (PPN 26/0093871): [[Jason|name]] and [[Chantelle|name]]
arguing in
the street on [[Stifford Road|address]], a neighbour (Mrs [[Akande|name]], no. [[38|address]]) called 999.

Parent aware of referral: YES (mum). I have asked her to take [[Alfie|name]] to the GP today; she agreed. Under 1 and non-mobile
with a facial bruise - please consider the bruising protocol and a child protection medical at Basildon.
"""),
    ("foster carer's daily log", """FOSTER CARER'S DAILY RECORD - child: [[A. PRYOR|name]] (placed [[20/11/2026|date]] under s20)
Carers: [[Pauline|name]] and [[Derek Stone|name]], [[Aveley|place]]       Supervising SW: [[Femi Ajayi|name]] (Orchard Fostering)

Fri [[20/11|date]] - [[Alfie|name]] arrived 15:45 with SW [[Kerry Sully|name]]. One bag, no coat, no formula (we had some). Grizzly
till 19:00, took 7oz, slept 19:40-02:10, then 02:50-06:15. Bruises on face fading (yellow). Photographed by [[Kerry|name]] for file.
Sat [[21/11|date]] - Good day. Loves the dog (Bailey). Rolled to the right and babbled "ba-ba". Mum rang at 18:00 on the
contact phone, cried; we held the phone so [[Alfie|name]] could hear her.
Sun [[22/11|date]] - Nappy rash, sudocrem. Our grandson [[Archie|name]] (6) visited with our daughter [[Laura Stone|name]].
[[Alfie|name]] flinched when [[Derek|name]] raised his voice to the dog. Noted.
Mon [[23/11|date]] - Contact at Hathaway Family Centre, [[Grays|place]], 10-12, with Mum and Nan ([[Dawn|name]]). Supervised by
[[Jo Kettle|name]]. [[Jason|name]] not there. [[Alfie|name]] came back tired and hungry, 8oz.
Tue [[24/11|date]] - GP at our surgery (Aveley Medical Centre) - weighed 8.9 kg. Dr [[Rahman|name]] happy.
Wed [[25/11|date]] - [[Lacey-Mae|name]] rang our landline ([[01708 858 431|phone]] - she got it from [[Chantelle|name]]'s phone??) asking to
see "her brother". Told her to speak to [[Kerry|name]]. Informed [[Femi|name]].
Thu [[26/11|date]] - Strange car parked outside 16:00-16:40 (silver Corsa [[FN17 OWK|vehicle]]). [[Derek|name]] went out and it left. Told
[[Femi|name]] + [[Kerry|name]] + police (101, ref 0412).
"""),
]

DOCS_E += [
    ("legal planning meeting minutes", """LEGAL PLANNING MEETING - MINUTES (LEGALLY PRIVILEGED)
Child: [[Alfie Pryor|name]] ([[17/11/2025|dob]])      Date: [[1 December 2026|date]], 14:00 (Teams)
Present: [[Nadia Crouch|name]] (TM, chair); [[Kerry Sully|name]] (SW); [[Oliver Tagg|name]] (solicitor, Legal Services);
[[Rachel Ng|name]] (IRO); [[Sam Bright|name]] (Service Manager)

1. Summary ([[Kerry|name]]). Child protection medical at Basildon on [[19 November|date]] (Dr [[Ifeoma Nnadi|name]], consultant
   paediatrician): bruises to the left cheek and pinna "not consistent with the explanation given"; skeletal survey clear;
   repeat survey [[3 December|date]]. [[Alfie|name]] in foster care under s20 since the [[20th|date]] with [[Pauline|name]] and
   [[Derek Stone|name]]. Mother's consent is "wobbly": she told [[Kerry|name]] on [[28/11|date]] she would "take him back to my mum's in
   [[Aveley|place]]" if he is not home by Christmas.
2. Adults. [[Jason Kemp|name]] has moved out to his brother's ([[Dale Kemp|name]], [[Flat 22,
Hadleigh Court|address]], [[Grays|place]]) but
   neighbours report him at [[Daiglen Drive|address]] most nights. Police: [[Jason|name]] interviewed under caution on [[25 November|date]];
   RUI. [[Chantelle|name]] has a new mobile ([[07511 839 260|phone]]).
3. [[Lacey-Mae|name]]. 15; attendance at [[Ockendon Academy|school]] 64%. Says she wants to live with her mum, [[Nikki Hurst|name]],
   in [[Rainham|place]]. Section 47 for [[Lacey-Mae|name]] too (neglect; she is caring for [[Alfie|name]] on school days).
4. Maternal grandmother. [[Dawn Pryor|name]] (58) has put herself forward. Viability assessment to be done by [[Hayley Dunn|name]]
   (Kinship Team) by [[11 December|date]]. [[Dawn|name]]'s partner [[Terry Wells|name]] has a 2009 conviction (ABH) - checks.
5. Advice ([[Oliver|name]]): threshold met. Issue care proceedings if consent is withdrawn or the viability is negative; letter
   before proceedings to be sent to both parents (including [[Tyler Boakes|name]], last known address [[9 Dagnam Park Drive|address]],
   [[Harold Hill|place]], [[RM3 9AB|postcode]]) by [[4 December|date]]. PLO meeting [[10 December 2026|date]] 10:00.
"""),
    ("housing association online repair request and complaint form", """THAMES GATEWAY HOMES - REPORT A REPAIR / MAKE A COMPLAINT
(online form, submitted)
Ref: RC-2026-118342       Submitted: [[09/12/2026|date]] 23:51
Name: [[chantelle pryor|name]]
Address: flat [[36 daiglen drive|address]] south ockendon [[rm15 5bx|postcode]]
Phone: [[07511839260|phone]]       Email: [[chanty.p93@hotmail.co.uk|email]]
Tenancy ref: TGH/55120/A
National Insurance no. (for the rent account): [[JA 71 40 56 C|ni]]
Repair type: [X] Damp and mould  [X] Heating  [ ] Windows  [X] Other

Describe the problem (max 2000 characters):
the black mould is back in the babys room and all down the wall behind the cot. i reported this in august (ref RC-2026-09917)
and a man called [[gav|name]] came and painted over it. my son [[alfie|name]] has been in hospital with his chest twice. social
services have said the flat is a concern and i need it sorted before he can come home. the heating has not worked since
[[27th november|date]]. my neighbour [[precious akande|name]] at [[38|address]] has the same. i have rang 6 times.
my social worker is [[kerry sully|name]] [[01375 370 412|phone]] you can speak to her i give consent.

Is anyone in the household vulnerable? [X] Yes - baby under 2 (in foster care at the moment), teenager ([[lacey|name]] 15)
Best time to call: after 10am, not thursdays (contact with my son in [[grays|place]])
"""),
]

# --- F. Petrova / Dimitrov family (Bulgarian), Corringham ------------------------------------------------------------------

HOME_F = d.Address("52 Lampits Hill", "", "Corringham", "SS17 9AA")
NAN_F = d.Address("ул. Капитан Райчо 41", "", "Пловдив", "4000")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nikol", "Dimitrova")], dt.date(2012, 3, 30), addresses=[HOME_F], ids=["2074718608", "F883224455606"],
       schools=["Gable Hall School"]),
    _p("s", "sibling", [("Kaloyan", "Dimitrov")], dt.date(2016, 9, 12), addresses=[HOME_F], ids=["5623101887", "N883221895890"],
       schools=["Corringham Primary School"]),
    _p("m", "mother", [("Desislava", "Petrova")], dt.date(1990, 5, 21), addresses=[HOME_F], phones=["07786 530 412"]),
    _p("f", "father", [("Ivaylo", "Dimitrov")], dt.date(1987, 2, 14), addresses=[HOME_F], phones=["07402 617 338"],
       ids=["JZ 62 18 47 B"]),
    _p("g", "grandparent", [("Penka", "Petrova")], dt.date(1962, 8, 1), addresses=[NAN_F], phones=["+359 88 741 2639"]),
    _p("p1", "professional", [("Amy", "Clay")], phones=["01375 397 145"], emails=["amy.clay@mardyke.gov.uk"]),
], "c")

DOCS_F = [
    ("school attendance panel letter to the parents", """[[GABLE HALL SCHOOL|school]]
[[Southend Road|address]], [[Corringham|place]], [[Stanford-le-Hope|place]] [[SS17 0JT|postcode]]

[[17 November 2026|date]]

Ms [[Desislava Petrova|name]] and Mr [[Ivaylo Dimitrov|name]]
[[52 Lampits Hill|address]]
[[Corringham|place]]
[[SS17 9AA|postcode]]

Dear Ms [[Petrova|name]] and Mr [[Dimitrov|name]]

Re: [[Nikol DIMITROVA|name]], Year 9, DOB [[30 March 2012|dob]], UPN [[F883224455606|upn]]

I am writing because [[Nikol|name]]'s attendance this term is 71.4%. She has missed 24 sessions since [[3 September|date]], 16 of them
unexplained, and she was absent from [[12 October|date]] to [[23 October|date]] when, we understand from her brother's school
([[Corringham
Primary|school]]), the family were in [[Plovdiv|place]] for a wedding. [[Kaloyan|name]] returned on the [[26th|date]];
[[Nikol|name]] did not return until [[2 November|date]].

We are also worried for other reasons, which our Designated Safeguarding Lead, Mrs [[Aldous|name]], has discussed with the social
worker, [[Amy Clay|name]]: [[Nikol|name]] has told friends that she is looking after [[Kaloyan|name]] every evening while you both work at
the warehouse in [[Tilbury|place]], and that she is often "too tired" to come in.

You are invited to an Attendance Panel on Wednesday [[2 December 2026|date]] at 15:30 at the school. A Bulgarian interpreter
([[Mariya Koleva|name]]) will be there. Please bring [[Nikol|name]]. If you cannot come, please ring Mr [[Jakub Nowak|name]], our
Attendance Officer, on [[01375 397 145|phone]] or email [[attendance@gablehall.example.org|email]].

Yours sincerely
Mrs [[S. Aldous|name]], Deputy Headteacher and DSL
"""),
    ("grandmother's letter in Bulgarian with the council's translation", """[Letter in Bulgarian (Cyrillic), handwritten, posted from
[[Пловдив|place]], received [[23/11/2026|date]]. Typed and translated by
[[Mariya Koleva|name]], interpreter, for Mardyke Council.]

ORIGINAL
[[Пенка Петрова|name]]
[[ул. „Капитан Райчо“ 41|address]], [[4000|postcode]] [[Пловдив|place]], България
тел. [[+359 88 741 2639|phone]]

[[15.11.2026|date]] г.

Уважаема госпожо [[Клей|name]],

Пиша Ви за внуците ми [[Никол|name]] и [[Калоян|name]]. Дъщеря ми [[Деси|name]] ми каза, че сте идвали у тях. [[Никол|name]] е добро
момиче, но е уморена. Тя гледа брат си всяка вечер. Аз мога да дойда в Англия през януари за три месеца, или децата могат
да живеят при мен в [[Пловдив|place]]. Имам голям апартамент. Дядо им [[Стоян|name]] почина през [[1 март 2024|date]] г.

С уважение,
баба [[Пенка|name]]

TRANSLATION
[[Penka Petrova|name]], [[41 Kapitan Raycho Street|address]], [[4000|postcode]] [[Plovdiv|place]], Bulgaria, tel. [[+359 88 741 2639|phone]]
[[15 November 2026|date]]
Dear Mrs [[Clay|name]],
I am writing to you about my grandchildren [[Nikol|name]] and [[Kaloyan|name]]. My daughter [[Desi|name]] told me that you have visited
them.
[[Nikol|name]] is a good girl but she is tired. She looks after her brother every evening. I can come to England in January for
three months, or the children can live with me in [[Plovdiv|place]]. I have a big flat. Their grandfather [[Stoyan|name]] died on
[[1 March 2024|date]].
With respect,
Grandma [[Penka|name]]
"""),
]

DOCS_F += [
    ("Snapchat messages between a girl and an older man, typed up by police", """ESSEX POLICE - CHILD EXPLOITATION TEAM - SCREENSHOTS
TYPED UP (Snapchat, [[Nikol|name]]'s phone, consent of mother)
Account: "nikki.d.12" = [[Nikol DIMITROVA|name]] (14)     Other party: "bobi_ess3x" (display name "[[Bobi|name]]")
Typed by DC [[Laura Finch|name]], [[27/11/2026|date]]. Bulgarian words translated in brackets.

[[Bobi|name]]: u still up
nikki.d.12: ye [[kaloyan|name]] finally asleep
[[Bobi|name]]: ur mum n dad at work again?
nikki.d.12: ye til 6am. same every nite
[[Bobi|name]]: i can come get u. take u to mcd in [[basildon|place]]
nikki.d.12: i cant leave [[kali|name]] on his own hes 10
[[Bobi|name]]: he wont no. 20 mins
nikki.d.12: maybe fri. my baba is coming in jan so
[[Bobi|name]]: lol ok. dont tell [[deni|name]] ur talking to me
nikki.d.12: [[deni|name]] says ur 22 is that true
[[Bobi|name]]: age is a number. im outside [[lampits|address]] now white merc
nikki.d.12: omg go away my dad will see
[[Bobi|name]]: ти си моята принцеса (you are my princess)
nikki.d.12: добре (OK). fri then

Officer's note: "[[kali|name]]" = [[Kaloyan DIMITROV|name]]; "[[deni|name]]" = [[Denitsa Ilieva|name]] (15, friend, [[Gable Hall|school]]);
"[[lampits|address]]" = [[Lampits Hill|address]]. "[[Bobi|name]]" is believed to be [[Borislav YANKOV|name]] (DOB [[04/06/2004|dob]]),
of [[Flat 3, 118 High Road|address]], [[Stanford-le-Hope|place]]; vehicle white Mercedes A-class [[BG22 YNK|vehicle]]. Bulgarian phone
on his
account: [[+359 87 612 4480|phone]].
"""),
    ("social worker's case note of a visit with an interpreter", """CASE NOTE - HOME VISIT WITH INTERPRETER
Date: [[30 November 2026|date]], 18:00-19:15    Worker: [[Amy Clay|name]] (SW)    Interpreter: [[Mariya Koleva|name]] (Bulgarian)
Seen: [[Desislava Petrova|name]] ("[[Desi|name]]"), [[Ivaylo Dimitrov|name]], [[Nikol|name]] (alone, in her room), [[Kaloyan|name]]
("[[Kali|name]]")
Address: [[52 Lampits Hill|address]], [[Corringham|place]], [[SS17 9AA|postcode]]

Parents were told of the police information about [[Borislav Yankov|name]] and the messages. Mr [[Dimitrov|name]] knew the name:
[[Yankov|name]]'s
uncle works with him on the night shift at the warehouse. [[Desi|name]] cried and said she had "no idea"; they both work 22:00-06:00,
four nights a week, and leave [[Nikol|name]] in charge. Their neighbour, Mrs [[Joan Tiffin|name]] at no. [[50|address]], "checks sometimes".

[[Nikol|name]] (alone) said she likes [[Bobi|name]] "because he listens" and that he has bought her AirPods and a McDonald's most
Fridays. She does not think she is in danger. She misses her grandmother, [[Penka|name]], and her cousin [[Mira|name]] in
[[Asenovgrad|place]]. She wants to go to [[Plovdiv|place]] "for good".

Agreed: from tonight one parent will not work nights (father will ask to move to days from [[7 December|date]]); Mrs [[Tiffin|name]]
will not
be relied on; [[Nikol|name]]'s phone settings to be checked with DC [[Finch|name]]; referral to the Child Exploitation panel
([[9 December|date]]); [[Penka Petrova|name]]'s offer to come in January 2027 noted; grandmother's number [[+359 88 741 2639|phone]].
Next visit: [[3/12/2026|date]] after school, with [[Kaloyan|name]] seen alone.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 83 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "mme", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "tm", "sw", "nurse", "sister", "brother",
           "pastor", "madam", "coach", "our", "me", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "mum",
           "mummy", "dad", "daddy", "aunty", "auntie", "uncle", "mama", "maman", "papa", "tonton", "tata", "neny", "dada", "bebe",
           "dadabe", "baba", "dyado", "lelya", "chicho", "баба", "дядо", "леля", "чичо", "госпожо", "госпожа", "г-жа"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "britain", "great britain", "united kingdom", "uk", "essex", "south essex", "thurrock", "kent",
               "madagascar", "benin", "bulgaria", "ireland", "co. donegal", "donegal", "county donegal", "nigeria", "togo",
               "france", "europe", "africa", "англия", "българия"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Pastor
# Dieudonné", "Brother Aristide", "Sister Sènami", "Mme Fara", "Tonton Mamy", "баба Пенка", "госпожо Клей"; and after one:
# "senior") and counties, regions and countries ("Essex", "Thurrock", "Madagascar", "Benin", "Bulgaria", "Co. Donegal").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
