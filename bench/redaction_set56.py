"""Set 56: a further held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set54.py,
redaction_set55.py and redaction_set57.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its records, its first family's documents, its last family's last documents, its word
lists and its checker hook-up; the middle of the file was cut from the screen and not read) and tests/test_redaction_set21.py in
full (the layout and marking conventions followed here); the docstrings of bench/redaction_set7.py to redaction_set53.py, printed
to a scratch file and searched for the towns, districts and communities of Coventry, Warwickshire and Solihull and for community
names (to pick new ones), with the paragraphs of sets 9, 12, 32 and 35 that name their families read in full; the first 200
lines of bench/redaction_handwritten.py (its docstring, `_party`, `Records`, `HandSet`, `word_problems`, `_parse` and the first
records and documents of its own small set); the names of set 15's checker functions and word lists; and the ruff and pytest
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say
so here.

Six families, chosen to look like a typical caseload in Coventry, Warwickshire and Solihull, each from a town, district or estate
no earlier set used as a family's home. Four of the kinds most common in children's social care: a white British family in Wood
End, Coventry, with a grandmother in Bell Green and a father in Bedworth (Brindley / Kavanagh / Hollis; a boy of 13 missing and
criminally exploited between Coventry, Nuneaton and Bedworth, a toddler neglected, cannabis at home), a white British family in
Lillington, Leamington Spa, with a grandmother in Whitnash and a father in Kenilworth (Ashby / Merriman / Warwick; a girl of 15
who self-harms and took an overdose, a controlling stepfather, domestic abuse, a boy of 6 who hides under tables), a young white
British couple in Stockingford, Nuneaton, with a grandmother in Ansley Common (Hinks / Odell; a bruised baby of 6 months who could
not roll, a torn frenulum and a rib fracture, a letter before proceedings) and a white British family in Hobs Moat, Solihull,
with a father in Shirley (Stanton; a girl of 11 caring for a mother with multiple sclerosis who drinks, a fall at night, a call
to NHS 111). Two from communities no earlier set used: a Telugu family from Andhra Pradesh in Chase Meadow, Warwick, with a
mother's family in Vijayawada and a brother in Hyderabad (Kondapalli / Gummadi; a mother on a dependant visa slapped by her
husband and watched by her mother-in-law, a passport taken, a boy of 9 hit with a belt; names and a town in Telugu script) and
an Algerian family in Brownsover, Rugby, with a grandmother in Oran and an uncle in Marseille (Benali / Boudiaf; a boy of 14
hit with a belt by his father, older boys drawing him in, a father's own letter in English with French; a name in Arabic
script). 24 documents, four per family, 13 of them plain professional recording (a return home interview record, an initial
child protection conference report with a chronology, an emergency department safeguarding referral, strategy discussion
minutes with an actions table, a social worker's letter to a father, a child protection medical report, a letter before
proceedings, a young carer's needs assessment, a GP's letter, a police incident log, an IDVA's intake and safety plan with
MARAC research, a section 47 joint visit record and a child in need review), and eleven the other writing a case file holds,
in types and styles new to these sets where possible: a Snapchat chat typed from a seized phone, a British Transport Police stop
and account record, a girl's diary pages photographed and typed up (with her crossings-out), a Facebook Messenger chat printed
by a friend, a health visitor's entries in a baby's red book typed up, a school's online worry box export (with its dates in US
order), an NHS 111 call transcript with a child as the caller, a WhatsApp chat in Telugu and English, a teacher's handwritten
record of concern scanned and OCR'd (with 0 for O), a father's own letter in English and French, and a three-way phone call with
a grandmother in Algeria through an interpreter.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (India, Algeria, France); NHS numbers and UPNs (the right LA number for the area: 331, 937, 334) pass
their check digits; NI numbers have a valid format. Councils are invented (Sherbourne City, Avon Vale, Cole Valley), and so are
the nursery names as given here (Little Owls, Little Pips); towns, districts, estates, villages, real schools and colleges, NHS
bodies, hospitals (George Eliot, Warwick Hospital, University Hospital, the Queen Elizabeth), surgeries and health centres,
police forces, shops (Costa, Boots, the Co-op, tesco), brands, apps, programmes, festivals, clubs and landmarks (the Ropewalk,
Whinfield park, Drayton Manor, DIRFT) are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, Nan, Mum, Dad, "Auntie", Madame, Hadja, Yemma, Baba, and the Telugu Amma, Nanna, Nanamma, Ammamma, Anna, Bava,
అత్తయ్య and అన్నయ్య) stay outside the name span, before or after the name ("Mrs Brindley senior", "Kiran uncle", "Srinivas
garu", "రవి అన్నయ్య"); a possessive 's and a bare texting s ("jordan"s, "Darren"s, "Kian"s) stay outside; every person's name is
a name in every form, record or not, and in lower case in messages ("tiz", "kai", "brandon", "little d", "shan", "clo", "faith",
"siri"). "SURNAME, First" is one span ("BRINDLEY, Kai", "ASHBY, Poppy Louise", "KONDAPALLI, Sirisha", "O'DONNELL, Niamh"), and so
is "First SURNAME" and an initial with a surname or a first name with an initial ("N O'Donnell", "F. Stanton", "Faith S"); a
collar number after a name stays outside; initials alone ("E.M.") are not marked; a name, an address, a place, a school or
a date broken by a line break is one span holding the break; a contact saved under a kinship word ("Anna", "Amma") is not a name,
but "Jade mum" marks "Jade"; a firm named after people marks only the names ("Lodge Mistry LLP"). A street address is one span,
its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare house
number ("no. 29", "no. 46", "no. 19") and an address abroad ("Door No. 40-7-21", "Flat 402, Sri Sai Residency, Road No. 12",
"Cité Djamel, Bloc 12, n° 4", "14 rue Félix Pyat"), with an Indian PIN code ("520010") and an Algerian or French postcode
("31000", "13003") as postcodes; towns, cities, villages, districts and estates are places, at home or abroad and in any script
("Bermuda" the village by Nuneaton, "Labbipet", "Banjara Hills", "Haï Sabah", "విజయవాడ"); countries, counties and regions are not
("Warwickshire", "West Midlands", "Andhra Pradesh", "Algeria", "Morocco"); organisations are not marked even when they hold a
town's or a person's name ("George Eliot Hospital", "Warwick Hospital", "Sydenham Surgery", "Hobs Moat Medical Centre",
"Stockingford Medical Centre", "Chase Meadow Health Centre", "Stockingford Family Hub", "Rugby Family Hub", "Solihull Young
Carers", "Warwick Lettings", "Warwickshire Police", "Mouloudia Oran", "Hope Centre"); a school's, college's or nursery's name is a
school, and so is its short form ("Foxford", "North Leamington", "Lillington", "Lyndon", "Daylesford", "Ashlawn", "Little Owls",
"Little Pips", "Rugby College", and the Oran school "Emir Abdelkader"); a date of birth is dob, any other calendar date with a
day is date (a weekday before it stays outside), and the bare day in a range or a diary line ("19", "24", "11th", "13th", "28th")
is a date span of its own; months and years alone are not marked; helplines (999, 101, the Refuge hotline) are not marked; a
surname or first name that is also a word or a town is marked by what it refers to ("Warwick", "Brandon", "Meriden", "Rugby",
"Lodge", "Faith", "Ivy", "Poppy", "Hale" and "Lines" are names when they are people; Warwick, Meriden and Rugby are
places when they are places, and "Shirley" is a place here); a name in another script (Telugu "శిరీష", "ఆరవ్", "హరిణి", "రవి";
Arabic "كريم بن علي") is a name; a service or branch named by its town in lower-case words ("Coventry railway station", "the
Nuneaton children's team office", "Warwick 21", "the Solihull drug and alcohol service", "the Leamington clinic", "the Rugby safer
neighbourhoods", "the Brownsover community centre", "the Warwick Telugu association") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a local short form of a
district ("the Bell" for Bell Green) marks "Bell" as a place, as set 35's "the Wood" did; a partial registration a child
remembers ("YR70") is a vehicle, as in set 32; a whole phone number typed without spaces ("07812446390") is a phone, while a
bare prefix ("the 07455 number") is not; dates a form wrote in US order ("10/2/2026" for 2 October) are dates as written; an
OCR'd date or name with 0 for O ("24/11/2O26", "30/O3/2017", "Aarav K0NDAPALLI", "D. Am0s") is marked as what it is; a spoken
date of birth ("Nineteenth November... nineteen eighty-four") is dob; a pet name for a child ("pops" for Poppy, "clo", "siri") and
for a grandmother ("Mo", "Mani", which the interpreter said is a family pet name and not a kinship word) is a name; a gang
nickname ("Smurf", "Little D", "Tiz") is a name, like an alias; a surname that is also the name of a town ("Callum Rugby", "Maureen
Warwick", "Ruby Meriden", "Helen Brandon") is a name, and the town is a place where the same word means the town ("Saltisford,
Warwick"); a park where children skate ("Whinfield") is a landmark and stays unmarked; the name of a Hindu deity in a temple's name
("Sri Venkateswara") is not a person's name; an estate in Oran named on its own ("the Cité Djamel") is a place, and inside a full
address with its block and number it is part of the address; a street that is a council office's address ("Saltisford", "Market
Square", "Manor Square") is an address, as in set 32; "Allah yerhamou" and "Diwali" are not names; a speaker label in a
transcript that is a person's name ("NADIA") is a name, while "SW", "INT", "ADVISER" and "CALLER" are not; incident, call, exhibit,
interpreter and case references ("0614", "111-WM-2611-08842", "MF/3", "ID 55321") are not marked.
The documents' lines were wrapped at 140 columns for the project's line length, which leaves some short lines, as exported and
scanned text has.

Self-check without the detector: `python -m bench.redaction_set56` (and tests/test_redaction_set56.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,003 gold spans, 530 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Brindley / Kavanagh family (white British), Wood End, Coventry ---------------------------------------------------

HOME_A = d.Address("17 Deedmore Road", "Wood End", "Coventry", "CV2 1EF")
NAN_A = d.Address("6 Riley Square", "Bell Green", "Coventry", "CV2 1LP")
DAD_A = d.Address("Flat 3, 40 Leicester Street", "", "Bedworth", "CV12 8GF")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kai", "Brindley")], dt.date(2013, 6, 2), addresses=[HOME_A], ids=["4061720716", "T331668835601"],
       schools=["Foxford School"]),
    _p("s", "sibling", [("Lily-Mae", "Kavanagh")], dt.date(2024, 2, 19), addresses=[HOME_A], ids=["6543006595"]),
    _p("m", "mother", [("Jade", "Brindley")], dt.date(1999, 4, 12), addresses=[HOME_A], phones=["07812 446 390"],
       ids=["JB 62 41 07 C"]),
    _p("f", "father", [("Lee", "Hollis")], dt.date(1995, 8, 30), addresses=[DAD_A], phones=["07934 118 562"]),
    _p("f2", "father", [("Ryan", "Kavanagh")], dt.date(1997, 1, 5), addresses=[HOME_A]),
    _p("g", "grandparent", [("Carol", "Brindley")], dt.date(1968, 10, 21), addresses=[NAN_A], phones=["024 7622 1940"]),
    _p("p1", "professional", [("Hannah", "Pryce")], phones=["024 7683 4412"], emails=["hannah.pryce@sherbourne.gov.uk"]),
], "c")

DOCS_A = [
    ("missing child return home interview record", """SHERBOURNE CITY COUNCIL - CHILDREN'S SERVICES
RETURN HOME INTERVIEW (RHI) - MISSING EPISODE
Child: [[BRINDLEY, Kai|name]]   DOB: [[02/06/2013|dob]]   UPN: [[T331668835601|upn]]   NHS: [[406 172 0716|nhs]]
Address: [[17 Deedmore Road|address]], [[Wood End|place]], [[Coventry|place]] [[CV2 1EF|postcode]]
School: [[Foxford School|school]] (Year 8)   Episode: missing from 19:40 on Friday [[6 November 2026|date]], found 02:15 on
[[7/11/26|date]]
Interviewer: [[Aisha Qureshi|name]] (RHI worker)   Date of interview: Tuesday [[10 November 2026|date]], at school, in the
library office, with [[Kai|name]]'s agreement.

WHERE HE WAS
[[Kai|name]] said he "went up the [[Bell|place]]" (the shops at [[Bell Green|place]]) with a lad called "[[Tiz|name]]" and then got a lift
to
[[Nuneaton|place]] in a grey Audi ([[Kai|name]] remembered "[[YR70|vehicle]]" on the plate). He was dropped at a flat "near the
Ropewalk" and stayed there with two older boys, [[Brandon|name]] and "[[Little D|name]]". He would not give surnames. He said
he was "just chilling" and was given £20 and a phone. Police found him walking on [[Bulkington Road|address]],
[[Bedworth|place]], at 02:15, near his dad [[Lee|name]]'s flat ([[Flat 3, 40 Leicester Street|address]]), and PC 3317
[[Gurpreet Sahota|name]] took him home.

WHAT HE SAID ABOUT HOME
He shares a room with his sister [[Lily-Mae|name]] (2). He said Mum ([[Jade|name]]) "sleeps all day" and that [[Ryan|name]]
(mum's partner, [[Lily-Mae|name]]'s dad) "does a lot of weed" in the kitchen. He eats at his nan's ([[Carol Brindley|name]],
[[6 Riley Square|address]]) "most nights". He likes boxing at the club on [[Henley Road|address]] and his coach,
[[Dwayne|name]].

RISKS SEEN: CCE indicators (new phone, cash, a lift from an unknown adult, travel to [[Nuneaton|place]] and
[[Bedworth|place]]); cannabis at home; neglect of [[Lily-Mae|name]] (nappy rash seen by nursery, [[Little Owls|school]] on [[28 Oct|date]]).
Shared with: [[Hannah Pryce|name]] (SW, [[024 7683 4412|phone]]); DC [[Marcus Feeney|name]] (exploitation team); the DSL, Mr
[[Osei|name]]. Mother rang on [[07812 446 390|phone]] at 16:30 - she said "he's only 13, he's not in a gang".
Signed [[A. Qureshi|name]] [[10.11.2026|date]]
"""),
    ("Snapchat messages typed up from a child's phone by police", """EXHIBIT MF/3 - Snapchat chat, typed from the screen of a
Samsung handset seized from [[Kai BRINDLEY|name]] on [[07/11/2026|date]]. Display names as shown; usernames not typed. Typed by
DC [[M. Feeney|name]] on [[09/11/2026|date]]. Spelling as in the original.

[[tiz|name]] (Thu [[5 Nov|date]])
  yo u still on for tmrw
[[kai|name]]
  ye but my mum said im grounded lol
[[tiz|name]]
  dont tell her then. [[brandon|name]] will pick u up by the chippy on [[deedmore|address]] 7ish
[[kai|name]]
  wot about my nan she walks past there
[[tiz|name]]
  shes old she wont clock u. bring ur charger we going [[nuneaton|place]]
[[kai|name]]
  is [[little d|name]] coming
[[tiz|name]]
  ye. and we might go [[hinckley|place]] after. u get 20 just for sittin in the flat
[[kai|name]]
  bet

[[Jade|name]] mum (Fri [[6 Nov|date]])
  Where r u?? Its 9 o clock
  [[Kai|name]] if u dont answer im ringing ur dad
  [[lee|name]] is on his way 2 the [[bell|place]]
[[kai|name]]
  im at [[jayden|name]]s chill

Unknown ([[07455 823 716|phone]]) (Sat [[7 Nov|date]] 01:12)
  u owe me for the phone now bro. [[brandon|name]] says u was mouthy to the feds
  dont say nuttin or we come [[wood end|place]]

[Note (DC [[Feeney|name]]): "[[Jayden|name]]" is a school friend, [[Jayden Mulrooney|name]], of [[Ernesford Grange|place]]; he
told officers [[Kai|name]] was not with him. The 07455 number is linked to a male, [[Brandon Keogh|name]], 19, of
[[Attleborough|place]], [[Nuneaton|place]].]
"""),
]

DOCS_A += [
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[Kai Brindley|name]] (born [[2 June 2013|dob]]) and [[Lily-Mae Kavanagh|name]] (born [[19 February 2024|dob]], NHS
[[654 300 6595|nhs]])
Conference date: Thursday [[26 November 2026|date]], 10:00, Broadgate House (Room 2). Chair: [[Simon Lattimore|name]].
Author: [[Hannah Pryce|name]], Social Worker, [[hannah.pryce@sherbourne.gov.uk|email]]

1. Family: Mother [[Jade Brindley|name]] ([[12/04/1999|dob]], NI [[JB 62 41 07 C|ni]], Universal Credit); her partner [[Ryan Kavanagh|name]]
([[05/01/1997|dob]]), father
of [[Lily-Mae|name]]; [[Kai|name]]'s father, [[Lee Hollis|name]] ([[07934 118 562|phone]]), lives in [[Bedworth|place]]; maternal
grandmother [[Carol Brindley|name]], of [[Bell Green|place]] ([[024 7622 1940|phone]]).
2. Reason: [[Kai|name]] has been missing four times since [[19 September|date]] ([[19|date]] and [[27 September|date]],
[[17 October|date]], [[6 November|date]]), each time found in [[Nuneaton|place]] or [[Bedworth|place]] late at night. He is
assessed at significant risk of criminal exploitation. At home, the home conditions are poor: on [[13 November|date]] I found dog
mess in the kitchen, no food except bread, and [[Lily-Mae|name]] in a wet nappy at 15:00 while Ms [[Brindley|name]] was asleep.
3. Agencies: [[Little Owls Nursery|school]] (manager [[Bev Ashworth|name]]) reports [[Lily-Mae|name]] attends 40% of her funded
sessions. [[Foxford|school]] reports [[Kai|name]]'s attendance at 71%, two exclusions for fighting. Health visitor
[[Precious Ndlovu|name]]: [[Lily-Mae|name]] is on the 9th centile, missed her 2-year review.
4. Father's view: Mr [[Hollis|name]] wants [[Kai|name]] to live with him. He has a new partner, [[Stacey Dunn|name]], and
her son [[Mason|name]] (9). The flat is two-bedroom. Police hold information about Mr [[Hollis|name]] (a 2019 assault) which
will be shared in the closed part of the meeting.
5. Grandmother's view: Mrs [[Brindley|name]] senior said "I've had [[Kai|name]] more than his mother has." She can have him
Friday to Sunday but not full time; she has a heart condition and a second-floor flat.
Recommendation: child protection plans for both children - [[Kai|name]] under criminal exploitation, [[Lily-Mae|name]] under
neglect. Next core group: [[3 December 2026|date]] at [[Wood End|place]] family hub.

Appendix - chronology (from the case file)
[[19.02.2024|date]]  [[Lily-Mae|name]] born at University Hospital; [[Ryan|name]] registered as father.
[[03.09.2024|date]]  [[Kai|name]] starts at [[Foxford|school]]; moved from [[Henley Green Primary|school]].
[[11.01.2025|date]]  Police called to [[17 Deedmore Road|address]] - argument between [[Jade|name]] and [[Ryan|name]]; no further action.
[[22.06.2025|date]]  Anonymous call to the MASH: "kids left alone at night" (neighbour, believed to be at [[no. 19|address]]).
[[30.06.2025|date]]  Early help (Family Hub, worker [[Stacey Bright|name]]) - closed [[17.10.2025|date]], "engagement poor".
[[19.09.2026|date]]  [[Kai|name]] first missing; found in [[Nuneaton|place]] bus station at 23:40 by PCSO [[Leanne Howell|name]].
[[27.09.2026|date]]  Missing again; returned himself at 06:00 with a new coat and trainers.
[[17.10.2026|date]]  Missing; found in [[Bedworth|place]] by his father; [[Lee|name]] rang 101 himself.
[[28.10.2026|date]]  Nursery: nappy rash, hungry ("ate three breakfasts" - [[Bev|name]]).
[[06.11.2026|date]]  Missing; found 02:15 on [[Bulkington Road|address]].
[[13.11.2026|date]]  Home visit ([[Hannah|name]]); strategy discussion same day (DS [[Ken Yates|name]], chair [[Fran Okoro|name]]).
[[21.11.2026|date]]  Stopped by BTP at the station with [[Kyle Watts|name]]; taken home by [[Carol|name]].
"""),
    ("British Transport Police stop and account record", """BRITISH TRANSPORT POLICE - STOP AND ACCOUNT / CHILD
SAFEGUARDING (form 5AS)   Location: [[Coventry|place]] railway station, platform 1   Date: [[21.11.2026|date]]  Time: 17:52
Officer: PC 4120 [[O'DONNELL, Niamh|name]]   Second officer: PCSO 8861 [[Rhys Bevan|name]]
Person stopped: [[Kai BRINDLEY|name]]   DOB given: [[2/6/13|dob]]   Address given: [[17 Deedmore Rd|address]], [[CV2 1EF|postcode]]
With: a male who gave his name as [[Kyle WATTS|name]], DOB given [[14/03/2006|dob]], of [[Hillfields|place]], no fixed
address. Travelling: [[Coventry|place]] to [[Leamington Spa|place]] (single tickets bought for cash).
Grounds: [[Kai|name]] is flagged on PNC as missing-prone and at risk of CCE; he was seen passing a small bag to [[WATTS|name]].
Search: none (no grounds for a search of the child). [[WATTS|name]] searched under s23 MDA: £340 cash, two phones.
Account: [[Kai|name]] said he was going to see his cousin "[[Tanisha|name]]" in [[Lillington|place]]; he could not give her
address. [[WATTS|name]] said he was "his mate's older brother". Mother rung on [[07812446390|phone]] - no answer. Grandmother rung on
[[024 7622 1940|phone]]: Mrs [[Carol Brindley|name]] came to the station at 18:40 and took [[Kai|name]] home to
[[Riley
Square|address]].
Referrals: BTP safeguarding hub; [[Hannah|name]] (SW) emailed 19:30; intel on [[WATTS|name]] to West Midlands Police.
Signed: [[N O'Donnell|name]] 4120
"""),
]


# --- B. Ashby / Merriman family (white British), Lillington, Leamington Spa -----------------------------------------------

HOME_B = d.Address("31 Valley Road", "Lillington", "Leamington Spa", "CV32 7RY")
NAN_B = d.Address("9 Heathcote Road", "Whitnash", "Leamington Spa", "CV31 2LX")
DAD_B = d.Address("52 Fieldgate Lane", "", "Kenilworth", "CV8 1BT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Ashby")], dt.date(2011, 1, 8), addresses=[HOME_B], ids=["7506317826", "B937796487718"],
       schools=["North Leamington School"]),
    _p("s", "sibling", [("Alfie", "Merriman")], dt.date(2020, 7, 14), addresses=[HOME_B], ids=["W937384974575"],
       schools=["Lillington Nursery and Primary School"]),
    _p("m", "mother", [("Kerry", "Ashby")], dt.date(1987, 3, 3), addresses=[HOME_B], phones=["07568 204 937"]),
    _p("st", "step_parent", [("Gavin", "Merriman")], dt.date(1983, 12, 9), addresses=[HOME_B], phones=["07889 531 044"],
       ids=["NZ 18 52 63 B"]),
    _p("f", "father", [("Neil", "Ashby")], dt.date(1985, 5, 17), addresses=[DAD_B], phones=["07396 772 185"]),
    _p("g", "grandparent", [("Maureen", "Warwick")], dt.date(1961, 9, 2), addresses=[NAN_B], phones=["01926 451 203"]),
    _p("p1", "professional", [("Tom", "Okafor")], phones=["01926 412 500"], emails=["tom.okafor@avonvale.gov.uk"]),
], "c")

DOCS_B = [
    ("hospital emergency department self-harm safeguarding referral", """WARWICK HOSPITAL - EMERGENCY DEPARTMENT
SAFEGUARDING CHILDREN REFERRAL (under 18 self-harm)
Patient: [[ASHBY, Poppy Louise|name]]   DOB: [[08-01-2011|dob]]   NHS No: [[750 631 7826|nhs]]   Age 15
Home: [[31 Valley Road|address]], [[Lillington|place]], [[Leamington Spa|place]], [[CV32 7RY|postcode]]
Attended: Sat [[14th Nov 2026|date]] 23:05, by ambulance, with her grandmother Mrs [[Maureen Warwick|name]] ([[01926 451 203|phone]])
GP: Sydenham Surgery (Dr [[Kaur-Bassi|name]])   School: [[North Leamington|school]]

Presentation: cuts to the left forearm (eleven, superficial, two needing steri-strips) made with a pencil sharpener blade
at her nan's house in [[Whitnash|place]] after an argument by text with her stepfather. She said she had also taken "about 8"
paracetamol at 20:00; level at 4 hours below the treatment line (Dr [[Fiona Carrow|name]], ED registrar).
What [[Poppy|name]] said (to me, nurse [[Becky Hale|name]], alone): she has cut "since Year 9"; things at home got worse when [[Gavin|name]]
(stepdad, [[Gavin Merriman|name]]) lost his job in September... "he checks my phone, he takes my door off, he calls me a
slag in front of [[Alfie|name]]". She said he "pinned Mum against the fridge" in October and she rang her dad, [[Neil|name]],
in [[Kenilworth|place]], who "didn't come". She does not want to go home; she wants to stay with Nan.
Mother ([[Kerry Ashby|name]], [[07568 204 937|phone]]) arrived at 00:30 with Mr [[Merriman|name]]; he asked to speak to [[Poppy|name]]
alone and was told no. Mrs [[Warwick|name]] told me he had "banned" her from the house on the [[1st|date]].
Actions: admitted to the children's ward (Ward 7) for CAMHS review in the morning; Avon Vale emergency duty
team rang 01:10 ([[Sinead Clarke|name]]); referral emailed. Police not called ([[Poppy|name]] declined; EDT to decide).
Signed: [[R Hale|name]] RN, [[15/11/2026|date]] 01:40
"""),
    ("a girl's diary pages, photographed and typed up", """[Three pages of [[Poppy|name]]'s diary, photographed by her on
her phone and sent to her social worker [[Tom Okafor|name]] on [[19 November 2026|date]] with "you can read these but don't show
[[Gavin|name]]". Typed up by [[T. Okafor|name]]; her crossings-out shown as ~~text~~ and her spelling kept.]

sunday [[8th nov|date]]
Nan took me + [[alfie|name]] to the pancake place in the [[Parade|address]] and we didnt have to rush back. [[Gav|name]] was at his brother
[[Darren|name]]s in
[[Southam|place]] all day. Mum laughed at something on tv. BEST DAY. [[millie|name]] says I can go to hers on friday, she lives
on [[Kingsway|address]] near the big tesco, her mum is [[Jo|name]] and she is soooo chill

weds [[11th|date]]
He read my messages from [[Kian|name]]. He said if I see him again he will ring [[Kian|name]]s dad who is a copper (he isnt, he works at
the [[Wellesbourne|place]] airfield). Took my door off again. [[Alfie|name]] cried cos the shouting. I did 3 lines tonight ~~4~~

friday [[13th|date]] (of course)
Didnt go to [[Millie|name]]'s. Mum said [[gavin|name]] said no. Dad texted "hows u [[pops|name]]" after 3 WEEKS. I told him everything and
he
said "youll be ok kid, talk to ur mum". THANKS [[NEIL|name]].

saturday [[14th|date]]
going to nans. Nan [[Mo|name]] is the only one who asks me whats wrong. I have the blades in my pencil case. Sorry Nan.
"""),
]

DOCS_B += [
    ("strategy discussion minutes", """AVON VALE COUNCIL - STRATEGY DISCUSSION (s47)   Held by Teams, Monday [[16 November 2026|date]],
14:00
Children: [[Poppy Ashby|name]] (15) and [[Alfie Merriman|name]] (6, UPN [[W937384974575|upn]]), of [[31 Valley Road|address]],
[[Leamington Spa|place]]
Present: [[Claire Dutton|name]] (Team Manager, chair); [[Tom Okafor|name]] (SW); DS [[Priya Mistry|name]] (Warwickshire Police
CAIU, [[Leamington|place]]); [[Helen Brandon|name]] (DSL, [[North Leamington School|school]]); [[Sam Whitcombe|name]] (CAMHS crisis team);
[[Jenny Lowe|name]] (Reception teacher, [[Lillington Nursery and Primary|school]]). Minutes: [[Leanne Pike|name]].

Information shared
- Police: two domestic incidents at the address, [[4 October 2026|date]] (neighbour at [[no. 29|address]], Mr [[Ravi Sandhu|name]],
  heard a woman screaming; no complaint) and [[24/10/2026|date]] ([[Kerry Ashby|name]] rang 999 and then said it was a mistake).
  [[Gavin MERRIMAN|name]] (DOB [[09/12/1983|dob]]) (NI [[NZ 18 52 63 B|ni]]) has a 2014 caution for assault on a former partner,
[[Lisa Fennimore|name]], in
  [[Stratford-upon-Avon|place]].
- School ([[Helen|name]]): [[Poppy|name]] came in on [[2 November|date]] with a bruise on her upper arm "from netball". Her
  friend [[Millie Sutcliffe|name]] told a teacher that [[Poppy|name]]'s stepdad "smashed her phone". Attendance down to 84%.
- [[Lillington|school]] ([[Jenny|name]]): [[Alfie|name]] has been hiding under tables when men raise their voices; he told his TA,
  Mrs [[Gill|name]], that "Daddy throws stuff".
- CAMHS: [[Poppy|name]] seen [[15/11|date]]; low mood, self-harm, no plan to end her life; wishes to stay with her grandmother
  in [[Whitnash|place]].

Decision: s47 enquiry (single agency, with police checks), both children. [[Poppy|name]] to stay with Mrs [[Warwick|name]] under
a safety plan agreed by her mother; [[Tom|name]] to see [[Alfie|name]] at school on [[17 November|date]] and speak to Mr [[Neil Ashby|name]]
([[07396 772 185|phone]]) about [[Poppy|name]] staying some weekends in [[Kenilworth|place]]. DS [[Mistry|name]] to consider a
DVPN. Review: [[30 November 2026|date]].

Actions
| Who | What | By |
| [[Tom Okafor|name]] | See [[Alfie|name]] alone at school; see [[Poppy|name]] at [[Whitnash|place]] | [[17/11/2026|date]] |
| DS [[Priya Mistry|name]] | PNC and intelligence checks on [[Gavin Merriman|name]] and his brother [[Darren Merriman|name]]
([[Southam|place]]) | [[18/11/2026|date]] |
| [[Helen Brandon|name]] | Attendance and behaviour log since [[1 September 2026|date]]; speak to [[Millie Sutcliffe|name]]'s mother,
[[Jo Sutcliffe|name]] | [[18/11/2026|date]] |
| [[Sam Whitcombe|name]] | CAMHS follow-up for [[Poppy|name]] at the [[Leamington|place]] clinic | [[20/11/2026|date]] |
| [[Jenny Lowe|name]] | Keep a log of [[Alfie|name]]'s play and words; share with [[Tom|name]] weekly | ongoing |
| [[Claire Dutton|name]] | Tell the mother, [[Kerry|name]] ([[07568 204 937|phone]]), the outcome; not Mr [[Merriman|name]]
([[07889 531 044|phone]]) | [[16/11/2026|date]] |
"""),
    ("social worker's letter to a father", """Avon Vale Council, Children and Families (South), [[Saltisford|address]], [[Warwick|place]]

Mr [[Neil Ashby|name]]
[[52 Fieldgate Lane|address]]
[[Kenilworth|place]]
[[CV8 1BT|postcode]]
[[4th December 2026|date]]

Dear Mr [[Ashby|name]],

Re: [[Poppy Ashby|name]] (date of birth [[8.1.2011|dob]])

Thank you for meeting me at the Costa on [[Warwick Road|address]] in [[Kenilworth|place]] on Wednesday [[2 December|date]]. As I said,
the enquiry we began on [[16 November|date]] has now finished. We found that [[Poppy|name]] and her brother [[Alfie|name]] have
been harmed by what they have seen and heard at home, and that [[Poppy|name]] has been hurt by Mr [[Merriman|name]]. Their mother
has agreed that Mr [[Merriman|name]] will live at his brother's house in [[Southam|place]] while the work goes on, and both
children will have a child in need plan. The first meeting is on [[14 December 2026|date]] at 4pm at [[North Leamington|school]].

[[Poppy|name]] told me she would like to stay with you every other weekend and that she would like you to "actually ask how I am".
She has asked that you do not bring your partner, [[Chantelle|name]], to the first visits. Her grandmother, Mrs [[Warwick|name]], is
happy to drive her over from [[Whitnash|place]], or you can ring her on [[01926 451 203|phone]].

You can reach me on [[01926 412 500|phone]] or [[tom.okafor@avonvale.gov.uk|email]].
Yours sincerely
[[Tom Okafor|name]], Social Worker
cc: [[Kerry Ashby|name]]
"""),
]


# --- C. Hinks / Odell family (white British), Stockingford, Nuneaton --------------------------------------------------------

HOME_C = d.Address("8 Chapel End Close", "Stockingford", "Nuneaton", "CV10 8HN")
NAN_C = d.Address("27 Church Road", "Ansley Common", "Nuneaton", "CV10 0QR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ivy", "Odell")], dt.date(2026, 5, 14), addresses=[HOME_C], ids=["6809335307"]),
    _p("m", "mother", [("Chloe", "Hinks")], dt.date(2003, 2, 27), addresses=[HOME_C], phones=["07522 649 318"],
       ids=["5616738913"]),
    _p("f", "father", [("Jordan", "Odell")], dt.date(2001, 10, 11), addresses=[HOME_C], phones=["07921 305 876"],
       ids=["PH 33 71 20 A"]),
    _p("g", "grandparent", [("Tracey", "Odell")], dt.date(1976, 6, 6), addresses=[NAN_C], phones=["07708 913 452"]),
    _p("p1", "professional", [("Gemma", "Rowley")], phones=["024 7634 6610"], emails=["gemma.rowley@avonvale.gov.uk"]),
], "c")

DOCS_C = [
    ("child protection medical report", """GEORGE ELIOT HOSPITAL NHS TRUST - PAEDIATRIC DEPARTMENT
CHILD PROTECTION MEDICAL ASSESSMENT - REPORT
Child: [[Ivy ODELL|name]]   DOB: [[14/05/2026|dob]] (6 months)   NHS number: [[680 933 5307|nhs]]
Address: [[8 Chapel End Close|address]], [[Stockingford|place]], [[Nuneaton|place]] [[CV10 8HN|postcode]]
Date and time of examination: [[18.11.2026|date]], 15:30-17:10, Ward 21 (Children's Assessment Unit)
Examining doctor: Dr [[Olusegun Adebayo|name]], consultant paediatrician. Chaperone: [[Kirsty Mould|name]], staff nurse.
Present: mother, [[Chloe Hinks|name]]; father, [[Jordan Odell|name]]; social worker [[Gemma Rowley|name]] (Avon Vale);
DC [[Andy Pickering|name]] (CAIU) for the history only.
Referral: the health visitor, [[Lorna Fitch|name]], saw a bruise on [[Ivy|name]]'s left cheek at a home visit on the morning
of [[18 November|date]] and rang the MASH.

History (mother): [[Ivy|name]] "rolled off the sofa" onto the laminate on Monday [[16th November|date]] at about 7pm while
[[Chloe|name]] was in the kitchen; [[Jordan|name]] was on the sofa on his PlayStation. Father: he "didn't see it, heard a bang". (His works
van, a white Transit, [[FV19 HKO|vehicle]], was
outside the house, per the HV.)
Paternal grandmother ([[Tracey Odell|name]], by phone, [[07708 913 452|phone]]): she had [[Ivy|name]] overnight on Saturday the
[[14th|date]] at her house in [[Ansley Common|place]] and "there was nothing on her face then".
Findings: a 2 x 1.5 cm bruise over the left cheek with two parallel linear marks (possible finger marks); a 0.5 cm bruise
behind the left ear; a torn upper frenulum, healing. Weight 7.1 kg (50th). Not yet rolling reliably, per the mother and per
the HV's check at 4 months ([[10/09/26|date]]).
Opinion: the bruising pattern and the torn frenulum in a baby who is not mobile are not consistent with the account of a roll
from a sofa. In my opinion these are likely to be inflicted injuries. Skeletal survey ([[19/11|date]] and a repeat at
11 days), CT head, eye examination and bloods (clotting) requested.
Copy to: GP (Dr [[Hemant Lal|name]], Stockingford Medical Centre); [[Gemma Rowley|name]]; DC [[Pickering|name]].
Signed: [[O. Adebayo|name]]   [[18 November 2026|date]]
"""),
    ("Facebook Messenger chat between a mother and her friend", """[Facebook Messenger, printed by [[Chloe|name]]'s friend [[Shannon
Mahoney|name]] and given to the social worker on [[26/11/2026|date]]. Names as on screen.]

[[Chloe Hinks|name]]  [[16 Nov 2026|date]], 19:14
  [[shan|name]] can u come round. [[jordan|name]]s lost it again
[[Shannon Mahoney|name]]
  wats happened hun
[[Chloe Hinks|name]]
  [[ivy|name]]s screaming n he shouted at her n i went in and she was on the floor n he said she rolled
  i never seen her roll [[shan|name]]
[[Shannon Mahoney|name]]
  omg is she ok?? ill get [[kayleigh|name]] to drop me. where r u
[[Chloe Hinks|name]]
  at home. dont come if his mum's here tho, [[tracey|name]] will go mad if she thinks im telling ppl
[[Shannon Mahoney|name]]
  ill be there in 10. im bringing calpol

[[Chloe Hinks|name]]  [[18 Nov 2026|date]], 13:02
  hv seen the bruise. shes rung social. im at the george eliot. [[jordan|name]] says i better say what we said
[[Shannon Mahoney|name]]
  u tell them the truth [[clo|name]]. u can come to mine in [[bedworth|place]], [[22 ashby road|address]], me mum said its fine
[[Chloe Hinks|name]]
  wat if they take her
"""),
]

DOCS_C += [
    ("letter before proceedings (pre-proceedings, PLO)", """AVON VALE COUNCIL - LEGAL SERVICES AND CHILDREN'S SERVICES
Shire Hall, [[Market Square|address]], [[Warwick|place]] [[CV34 4RL|postcode]]

PRIVATE AND CONFIDENTIAL - LETTER BEFORE PROCEEDINGS
To: Ms [[Chloe Hinks|name]] and Mr [[Jordan Odell|name]]
[[8 Chapel End Close|address]], [[Nuneaton|place]] [[CV10 8HN|postcode]]
Date: [[1 December 2026|date]]

Dear Ms [[Hinks|name]] and Mr [[Odell|name]],
Your daughter: [[Ivy Odell|name]], born [[14 May 2026|dob]]

We are writing because we are very worried about [[Ivy|name]]. On [[18 November 2026|date]] Dr [[Adebayo|name]] found bruises to
[[Ivy|name]]'s face and behind her ear and a torn frenulum, and said these are likely to have been caused on purpose. The skeletal
survey on [[19 November|date]] found a healing fracture of the left eighth rib, thought to be between two and four weeks old
(the radiologist, Dr [[Imogen Sayer|name]], University Hospital, [[Coventry|place]]). Neither of you has given an explanation for it.

Since [[19 November|date]] [[Ivy|name]] has lived with her grandmother, Mrs [[Tracey Odell|name]], at [[27 Church Road|address]],
[[Ansley Common|place]], under a safety plan you both signed, and you see her there every day with Mrs [[Odell|name]] present.

You are invited to a meeting on Tuesday [[8 December 2026|date]] at 10:00 at the [[Nuneaton|place]] children's team office,
[[Coton Road|address]], to talk about what must change. Please take this letter to a solicitor straight away; legal advice at this
meeting is free. Solicitors who do this work near you include [[Sarah Quinn|name]] at [[Lodge|name]] [[Mistry|name]] LLP,
[[Nuneaton|place]].
Your social worker is [[Gemma Rowley|name]] ([[024 7634 6610|phone]], [[gemma.rowley@avonvale.gov.uk|email]]); her manager is
[[Adam Twigg|name]].

What we need to see: an honest account of how [[Ivy|name]] was hurt on or around [[16 November|date]] and how her rib was broken in
late October (you have told us [[Ivy|name]] was cared for in that time by you both, by Mrs [[Odell|name]] on [[24|date]] and
[[25 October|date]], and once by Ms [[Hinks|name]]'s friend, [[Shannon Mahoney|name]], on [[30 October|date]]); that you both
attend the parenting assessment with [[Rebecca Stott|name]] (the first session is on [[15 December|date]]); that Mr [[Odell|name]]
starts the anger programme at the Hope Centre in [[Coventry|place]]; and that Ms [[Hinks|name]] sees her GP about her mood.
We have also asked the maternal grandmother, Mrs [[Dawn Hinks|name]] of [[Galley Common|place]], and Ms [[Hinks|name]]'s aunt,
[[Lorraine Bates|name]], of [[Hartshill|place]], whether they could care for [[Ivy|name]] if that were needed.

Yours sincerely
[[R. Chandarana|name]], Service Manager (Children and Families North)
"""),
    ("health visitor's entries in a personal child health record, typed up", """PERSONAL CHILD HEALTH RECORD ("red book") -
[[Ivy Odell|name]] - entries by health professionals, typed from photographs by [[Gemma Rowley|name]] (SW) on [[23/11/2026|date]]

[[14/05/26|dob]] Born George Eliot, 39+2, 3.28 kg, SVD. Mum [[Chloe|name]], dad [[Jordan|name]] present. Midwife [[A. Harte|name]].
[[24/5/26|date]] New birth visit. Bed: Moses basket, lounge. Feeding: bottle (formula). Mum tearful - lives with partner at his
  mum's in [[Ansley Common|place]] till flat ready. Smoker (dad, outside). Next: 6/52. HV [[L Fitch|name]]
[[6.7.26|date]] 6-8 wk check at the clinic, Stockingford Family Hub. Wt 4.6 kg. Mum says [[Jordan|name]] "stresses when she cries".
  ICON leaflet given + talked through (coping with crying). EPDS 13 - to GP. [[L Fitch|name]]
[[10/09/26|date]] 4 month review (home, [[8 Chapel End Close|address]]). Not rolling yet. Good eye contact, smiling. Gran ([[Trace|name]])
  present. Dad at work (scaffolding, [[Hinckley|place]]). [[L Fitch|name]]
[[2nd Oct 2026|date]] Drop-in: mum alone. Small bruise R shin ?? mum says "from the bouncer". Advised; discussed with safeguarding
  lead [[Nadia Hussain|name]] [[02/10|date]] - plan: early review. [[L Fitch|name]]
[[18/11/26|date]] Home visit. Bruise L cheek + behind L ear. Mum says rolled off sofa Mon. Rang MASH 10:50 (spoke to [[Daniel|name]]).
  Escorted to CAU with mum. Dad arrived at 11:30 from work and was angry with me in the car park. [[L Fitch|name]] HV
[[20/11/26|date]] Phone call from Mrs [[Odell|name]] (paternal gran, [[07708 913 452|phone]]): [[Ivy|name]] with her at [[27 Church
Rd|address]] under the safety plan. Feeding well. Asked if she can take [[Ivy|name]] to her sister [[Wendy|name]]'s in
[[Atherstone|place]] on Sunday - advised ask SW ([[Gemma|name]]). [[L Fitch|name]]
[[27.11.26|date]] Visit at gran's. Wt 7.3 kg. Bruises fading. Mum ([[Chloe|name]]) there for contact with [[Shannon|name]]; dad not
  present - gran says [[Jordan|name]] "is stopping at his mate [[Dean Carvell|name]]'s in [[Bermuda|place]]" (the village by
  [[Nuneaton|place]], not the island). [[L Fitch|name]]
"""),
]


# --- D. Stanton family (white British), Hobs Moat, Solihull ---------------------------------------------------------------

HOME_D = d.Address("44 Hobs Moat Road", "Hobs Moat", "Solihull", "B92 8JR")
DAD_D = d.Address("5 Haslucks Green Road", "Shirley", "Solihull", "B90 2EG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Faith", "Stanton")], dt.date(2015, 9, 23), addresses=[HOME_D], ids=["6913740646", "J334741361655"],
       schools=["Lyndon School"]),
    _p("s", "sibling", [("Archie", "Stanton")], dt.date(2019, 4, 1), addresses=[HOME_D], ids=["V334903565516"]),
    _p("m", "mother", [("Nicola", "Stanton")], dt.date(1984, 11, 19), addresses=[HOME_D], phones=["07831 562 774"],
       ids=["7797480346"]),
    _p("f", "father", [("Craig", "Stanton")], dt.date(1982, 2, 8), addresses=[DAD_D], phones=["07914 287 035"]),
    _p("p1", "professional", [("Olivia", "Brennan")], phones=["0121 705 2218"], emails=["olivia.brennan@colevalley.gov.uk"]),
], "c")

DOCS_D = [
    ("young carer's needs assessment", """COLE VALLEY COUNCIL - YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA)
Young carer: [[Faith Stanton|name]]   DOB [[23/09/2015|dob]]   Age 11   School: [[Lyndon|school]] (Year 7)   UPN [[J334741361655|upn]]
Address: [[44 Hobs Moat Road|address]], [[Solihull|place]] [[B92 8JR|postcode]]
Person cared for: mother, [[Nicola Stanton|name]] ([[19/11/1984|dob]]), who has relapsing-remitting multiple sclerosis and
(by her own account) drinks "a bottle of wine most nights" to help with the pain.
Assessor: [[Olivia Brennan|name]], Family Support Worker, [[0121 705 2218|phone]]. Visits: [[5 November|date]] (home) and
[[12 November 2026|date]] (school, with Mrs [[Dhillon|name]], Head of Year 7).

What [[Faith|name]] does: gets [[Archie|name]] (7) up, dressed and to [[Daylesford
Primary|school]] by 8:40 - a 20-minute walk along [[Lode Lane|address]]; makes tea most nights (pasta, beans, noodles);
helps Mum in and out of the bath; puts the recycling out; orders Mum's prescriptions on the app and collects them from the
chemist, Boots in [[Olton|place]]; does the washing on Sundays. When Mum has been
drinking, she checks on her "every hour" at night.
How it affects her: late to school 23 times this term; falls asleep in lessons; dropped out of netball; her friend [[Ruby Meriden|name]]
says [[Faith|name]] "never comes out". [[Faith|name]] says: "I don't mind helping, I just wish someone helped me."
Family and friends: Dad ([[Craig Stanton|name]], [[07914 287 035|phone]]) lives in [[Shirley|place]] with his partner
[[Gemma|name]] and has the children alternate Saturdays. Neighbour Mrs [[Pat Collins|name]] at [[no. 46|address]] has a key and
helped when [[Nicola|name]] fell on [[31 October|date]]. The woman at the corner shop, [[Kuldip|name]], "gives
[[Faith|name]] extra bread".
Outcome: eligible for support. Solihull Young Carers group (Thursdays); a carers' break; an adult social care assessment of
[[Nicola|name]]'s needs (referral sent [[13/11/2026|date]]); GP letter requested; school to give [[Faith|name]] a late pass and a
named adult (Mr [[Kelsall|name]], pastoral).

Network (drawn with [[Faith|name]] as a map, typed here): inner circle - Mum, [[Archie|name]], Nan [[Jean|name]] (Mum's mum, "in heaven");
middle - Dad, [[Gemma|name]], Mrs [[Collins|name]] ([[no. 46|address]]), [[Ruby|name]] ([[Ruby Meriden|name]], who lives in
[[Marston Green|place]]),
[[Kuldip|name]] at the shop; outer - "Auntie" [[Becky|name]] (Mum's old friend from [[Meriden|place]], "we don't see her now"),
Mr [[Kelsall|name]], Mrs [[Dhillon|name]], my old teacher Miss [[Hamid|name]] at [[Daylesford|school]].
[[Faith|name]]'s three wishes: "Mum gets better. [[Archie|name]] stops wetting the bed. I go to Drayton Manor with [[Ruby|name]] on
[[12 June|date]] for her birthday."
"""),
]
DOCS_D += [
    ("a school worry box export from an online form", """[[Lyndon|school]] - "Tell Us" worry box (Microsoft Form) - responses export,
filtered for [[Faith Stanton|name]], exported by the DSL, Mrs [[Harjit Dhillon|name]], on [[20/11/2026|date]]

ID | Start time | Name (optional) | Tutor group | Who is the worry about? | Tell us what's happening
14 | [[10/2/2026|date]] 8:51 | | 7K | my friend | my friend [[faith|name]] is always tired and says her mum is poorly and she does all the
cooking
   her brother [[archie|name]] is only little. pls dont say it was me ([[ruby|name]])
22 | [[11/5/2026|date]] 12:40 | [[Faith S|name]] | 7K | me | can i have a late pass my mum cant walk on some days
31 | [[11/12/2026|date]] 9:03 | Anonymous | 7K | someone else | [[Faith Stanton|name]] said her mum fell down the stairs and she had to ring
   her dad in [[shirley|place]] at midnight and he didnt come till morning. she was crying in maths
33 | [[11/18/2026|date]] 7:58 | [[F. Stanton|name]] | 7K | me | my mum drinks wine when her legs hurt and then she falls. my dad says
   im a "little mum". i dont want to go to young carers on thursday because [[Kaylee Moss|name]] goes and she will tell everyone
   and i have to get [[Archie|name]] from after school club at [[Daylesford|school]] at 5

[Note by Mrs [[Dhillon|name]]: the form records dates in US order (month/day), so response 14 is [[2 October|date]] and 33 is
[[18 November|date]]; response 22 is [[5 November|date]] and 31 is [[12 November|date]]. Shared with [[Olivia Brennan|name]] (FSW).]
"""),
    ("GP letter to children's services", """Hobs Moat Medical Centre, [[Ulleries Road|address]], [[Solihull|place]] [[B92 8ED|postcode]]
Tel [[0121 742 5266|phone]]

[[25 November 2026|date]]
[[Olivia Brennan|name]], Family Support, Cole Valley Council, Council House, [[Manor Square|address]], [[Solihull|place]]

Dear Ms [[Brennan|name]],
Re: Mrs [[Nicola STANTON|name]], DOB [[19.11.84|dob]], NHS [[779 748 0346|nhs]], and her children [[Faith|name]] ([[23.9.15|dob]]) and
[[Archie|name]] ([[1.4.19|dob]])

Thank you for your letter of [[16th November|date]]. I saw Mrs [[Stanton|name]] on [[23/11/2026|date]] with her consent to share.
She has relapsing-remitting MS (diagnosed 2019, under Dr [[Alun Pritchard|name]] at the Queen Elizabeth, [[Birmingham|place]])
and had a relapse in October with weakness of the legs and two falls. She told me she drinks 50-60 units a week and agreed to
a referral to the [[Solihull|place]] drug and alcohol service, which I have made. She has not been on any of the MS
disease-modifying treatment since she missed her infusion appointments in the summer because "there was nobody to have the
kids".
I am concerned that [[Faith|name]], who is 11, is doing much of her mother's care. [[Faith|name]] came to the appointment with her.
[[Archie|name]] is up to date with his immunisations; [[Faith|name]] missed her Year 7 HPV vaccine on [[8 October|date]].
I support a carer's assessment for Mrs [[Stanton|name]] and a package of care, and I have asked the MS nurse, [[Joanne Ferris|name]],
to visit. Her ex-husband, Mr [[Craig Stanton|name]], is also our patient and I have not shared anything with him.
Yours sincerely
Dr [[Meera Venkatesh|name]], GP (safeguarding lead)
"""),
    ("NHS 111 call transcript", """NHS 111 - CALL RECORD AND TRANSCRIPT (extract)   Call ref 111-WM-2611-08842   Received
[[31/10/2026|date]] 23:47
Caller: [[Faith|name]] (says she is 11), from a mobile, [[07831 562 774|phone]]   Patient: [[Nicola Stanton|name]]
Location given: [[44 Hobs Moat Road|address]], [[B92 8JR|postcode]]   Health adviser: [[Callum Reid|name]]   Clinician: [[Anita Osei|name]]

ADVISER: NHS 111, my name's [[Callum|name]], is that [[Faith|name]]?
CALLER: Yeah. My mum fell on the stairs and she can't get up. She's got MS.
ADVISER: Okay [[Faith|name]], you're doing really well. Is she awake and talking to you?
CALLER: Yeah she's talking but she's, um, she's had wine. She says don't ring anyone. My brother [[Archie|name]] is asleep.
ADVISER: Is there a grown-up who can come?
CALLER: My dad's in [[Shirley|place]] but he's not answering. Mrs [[Collins|name]] next door has a key but she's old.
ADVISER: Can you tell me your mum's date of birth?
CALLER: [[Nineteenth November... nineteen eighty-four|dob]].
ADVISER: That's fine. Is she bleeding anywhere?
CALLER: Her lip. And her arm's funny.
[Transferred to clinician [[Anita|name]] 23:52; ambulance requested, category 3; safeguarding referral made by the clinician
for a child caring alone at night. Ambulance on scene 01:38 (crew [[Tyler Greaves|name]] and [[Sophie Lunt|name]]).
Father reached at 06:05 on [[07914 287 035|phone]].]
"""),
]


# --- E. Kondapalli family (Telugu, from Andhra Pradesh), Chase Meadow, Warwick ----------------------------------------------

HOME_E = d.Address("12 Mallory Drive", "Chase Meadow", "Warwick", "CV34 6FN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Aarav", "Kondapalli")], dt.date(2017, 3, 30), addresses=[HOME_E], ids=["5239829217", "L937794460042"],
       schools=["Westgate Primary School"]),
    _p("s", "sibling", [("Harini", "Kondapalli")], dt.date(2022, 8, 16), addresses=[HOME_E], schools=["Little Pips Nursery"]),
    _p("m", "mother", [("Sirisha", "Kondapalli"), ("Sirisha", "Gummadi")], dt.date(1991, 6, 25), addresses=[HOME_E],
       phones=["07425 316 980"]),
    _p("f", "father", [("Srinivas", "Kondapalli")], dt.date(1986, 1, 14), addresses=[HOME_E], phones=["07969 804 213"],
       ids=["SK 40 17 86 D"]),
    _p("g", "grandparent", [("Venkata Lakshmi", "Kondapalli")], dt.date(1958, 4, 4)),
    _p("u", "other", [("Ravi Teja", "Gummadi")], phones=["+91 98490 31762"]),
    _p("p1", "professional", [("Rachel", "Ibbotson")], phones=["01926 833 407"], emails=["rachel.ibbotson@avonvale.gov.uk"]),
], "c")

DOCS_E = [
    ("police domestic abuse incident log", """WARWICKSHIRE POLICE - STORM INCIDENT LOG (extract)   Incident 0614 of [[22/11/2026|date]]
Call received 21:36 from a female, very distressed, Telugu and English, line dropped twice. Caller's number [[07425 316 980|phone]].
Location: [[12 Mallory Drive|address]], [[Chase Meadow|place]], [[Warwick|place]] [[CV34 6FN|postcode]]
21:37 Caller says husband "hit me with the hand and his mother is locking me in the bedroom". Children in the house.
21:39 Child heard in background shouting "Amma! Amma!". Call ended.
21:41 Call back: male answers, gives name [[Srinivas KONDAPALLI|name]], says "only a family argument, my wife is overreacting".
21:44 Grade 1. Units [[Warwick|place]] 21 and 23 assigned (PC 2904 [[Hollie Barker|name]], PC 1733 [[Tomasz Nowak|name]]).
21:58 On scene. Female: [[KONDAPALLI, Sirisha|name]] (née [[GUMMADI|name]]), DOB [[25/06/1991|dob]]. Red mark left cheek, scratch on
      neck. She states her husband slapped her twice and his mother, [[Venkata Lakshmi KONDAPALLI|name]] (68, visiting from
      [[Vijayawada|place]] since [[3 September|date]]), took her phone and passport. Male: [[Srinivas KONDAPALLI|name]], DOB
      [[14/01/1986|dob]], engineer, says he "only pushed her away". His car on the drive: grey Skoda Kodiaq [[WK22 XRE|vehicle]].
Interpreter by phone (Big Word, [[Lavanya|name]], ID 55321).
22:10 Children: [[Aarav|name]] (9) awake on the landing, crying; [[Harini|name]] (4) asleep. [[Aarav|name]] told PC [[Barker|name]]
      "Nanna hit Amma because the rice was cold" and that "Nanamma says Amma is lazy".
22:25 Male arrested (assault by beating). Passport found in the grandmother's suitcase and returned to the victim.
22:40 Neighbour at [[14 Mallory Drive|address]], Mr [[Gareth Lines|name]], states he has heard "screaming in a foreign language"
      most weekends since the summer and saw the woman crying in the garden on [[15th November|date]].
23:05 DASH: 15 ticks - HIGH. Victim on a dependant visa; says she has no money of her own and knows nobody in [[Warwick|place]] except
      a friend from the temple, [[Padmaja Rao|name]] ([[07455 120 388|phone]]), in [[Leamington|place]]. Refer MARAC; IDVA; CSC (EDT,
      [[Sinead|name]]). Victim and children stay at the address; the victim does not want the mother-in-law
      there: MIL taken by her nephew, [[Kiran Kondapalli|name]], to his house in [[Coventry|place]] ([[Canley|place]]).
OIC: PC [[H. Barker|name]] 2904
"""),
]

DOCS_E += [
    ("independent domestic violence adviser's safety plan", """SAFE LIVES - IDVA INTAKE AND SAFETY PLAN (Warwickshire IDVA Service)
Client: [[Sirisha Kondapalli|name]]   DOB [[25.06.1991|dob]]   Safe number: [[07425 316 980|phone]] (text first, in English)
Address: [[12 Mallory Drive|address]], [[Warwick|place]] [[CV34 6FN|postcode]]   Date of first contact: Monday [[23 November 2026|date]]
IDVA: [[Mandeep Gill|name]]
Interpreter: Telugu, in person, [[Swathi Reddy|name]] (agency).   MARAC date: [[2 December 2026|date]]

Perpetrator: husband [[Srinivas Kondapalli|name]] ([[14/01/1986|dob]]); released on bail on [[23/11/2026|date]], conditions: not to
enter [[Mallory Drive|address]] or contact her directly, to live with his cousin [[Kiran|name]] at [[7 Torrington Avenue|address]],
[[Canley|place]], [[Coventry|place]] [[CV4 8AJ|postcode]]. Second perpetrator: mother-in-law, [[Venkata Lakshmi|name]] (flying back
to [[Hyderabad|place]] on [[28 November|date]]).
History given: married in [[Vijayawada|place]], Andhra Pradesh,
on [[11 February 2015|date]]; came to the UK in 2023 on his Skilled Worker visa (he
works at the car plant at [[Gaydon|place]]); dowry "still talked about"; he controls the money and her phone; slapping since 2024;
mother-in-law
"watches me all day". Her brother [[Ravi Teja Gummadi|name]] in [[Hyderabad|place]] ([[+91 98490 31762|phone]]) knows and has offered
to pay for tickets home. Her parents live at [[Door No. 40-7-21|address]], [[Labbipet|place]], [[Vijayawada|place]] [[520010|postcode]]
(landline [[+91 866 247 3150|phone]]).
Safety plan:
1. Code word with her friend [[Padmaja|name]]: "send the pulihora recipe" = ring 999.
2. Passports (hers, [[Aarav|name]]'s and [[Harini|name]]'s) kept by [[Padmaja Rao|name]] in [[Leamington|place]].
3. School and nursery told of bail conditions: [[Westgate Primary|school]] (DSL Mr [[Amos|name]]) and [[Little Pips Nursery|school]]
   ([[Debbie|name]]).
4. Immigration: referral to a solicitor for the Migrant Victims of Domestic Abuse Concession; Refuge hotline details given.
5. Money: food bank voucher; the temple's help (the Sri Venkateswara temple, [[Tividale|place]]) - she asked us not to contact
   the [[Warwick|place]] Telugu association, as her husband's friends run it.
Risk: HIGH. Children's social worker [[Rachel Ibbotson|name]] ([[01926 833 407|phone]]) informed.

MARAC research (for [[2 December|date]]): previous MARAC - none. Police: call [[22/11/2026|date]] (above); an earlier call on
[[9 August 2026|date]] from a passer-by on [[Shakespeare Avenue|address]] who saw a man "dragging a woman by the arm" to a grey
Skoda ([[WK22 XRE|vehicle]]), no trace at the time. Health: GP (Chase Meadow Health Centre, Dr [[Anand Joshi|name]]) - two
consultations for "headaches" ([[14/07/2026|date]], [[06/10/2026|date]]); the midwife at [[Harini|name]]'s birth (in
[[Vijayawada|place]]) not known to us. Education: [[Aarav|name]] (UPN [[L937794460042|upn]], NHS [[523 982 9217|nhs]]) attendance 97%;
class teacher Mr [[Jon Maddox|name]] noticed him "very quiet since half term". [[Harini|name]] at [[Little Pips|school]] since
[[5 January 2026|date]]; key person [[Debbie Sandford|name]]. Housing: private let through Warwick Lettings, tenancy in
[[Srinivas|name]]'s name only; landlord Mr [[Colin Ashworth-Pratt|name]] of [[Hatton|place]] ([[01926 451 877|phone]]).
Perpetrator: NI [[SK 40 17 86 D|ni]]; employer's HR told by him of the arrest, per [[Kiran|name]].
"""),
    ("WhatsApp chat between a mother and her brother in Telugu and English, translated", """[WhatsApp chat shown by
[[Sirisha|name]] to her social worker [[Rachel Ibbotson|name]] on [[25/11/2026|date]], typed up with her agreement. Telugu translated
by the interpreter [[Swathi Reddy|name]]; English left as written. Her phone saves her brother as "Anna" and her mother as "Amma".]

[[20/11/2026|date]], 23:12 - Anna: [[శిరీష|name]], ఎలా ఉన్నావు? బావ మళ్ళీ కొట్టాడా?
    ([[Sirisha|name]], how are you? Did Bava (brother-in-law) hit you again?)
[[20/11/2026|date]], 23:20 - [[Sirisha|name]]: అవును. అత్తయ్య నా ఫోన్ తీసుకుంది. ఇది [[Padmaja|name]] ఫోన్
    (Yes. Mother-in-law took my phone. This is [[Padmaja|name]]'s phone.)
[[20/11/2026|date]], 23:21 - Anna: I will call [[Srinivas|name]] garu and shout at him
[[20/11/2026|date]], 23:22 - [[Sirisha|name]]: No anna please. He will take it on me and [[Aarav|name]]. [[ఆరవ్|name]] is frightened
[[21/11/2026|date]], 07:02 - Amma: [[హరిణి|name]] ఎలా ఉంది? [[విజయవాడ|place]] కి రా తల్లీ
    (How is [[Harini|name]]? Come to [[Vijayawada|place]], my girl.)
[[21/11/2026|date]], 07:30 - Anna: Ticket from [[Birmingham|place]] to [[Hyderabad|place]] on [[10 Dec|date]] I can book. You stay
    with us in [[Banjara Hills|place]], [[Flat 402, Sri Sai Residency, Road No. 12|address]]
[[21/11/2026|date]], 07:31 - [[Sirisha|name]]: He has the children passports. And visa, if I go I cannot come back
[[22/11/2026|date]], 21:31 - [[Sirisha|name]]: Anna he is hitting
[[22/11/2026|date]], 21:33 - Anna: CALL 999 NOW [[siri|name]]
[[22/11/2026|date]], 22:48 - [[Sirisha|name]]: Police came. [[Srinivas|name]] arrested. Nanamma is at [[Kiran|name]]'s
[[23/11/2026|date]], 08:15 - Anna: Good. I spoke to [[Kiran|name]]. Mother is going back [[28th|date]]. [[రవి|name]] అన్నయ్య is always here
for you
"""),
]
DOCS_E += [
    ("teacher's handwritten record of a disclosure, scanned and OCR'd", """[Scanned from a paper "Record of Concern" form, [[Westgate
Primary School|school]], and run through OCR by the school office; OCR errors kept as scanned. Received by CSC [[24/11/2O26|date]].]

RECORD OF C0NCERN        Pupil: [[Aarav K0NDAPALLI|name]]     Class: 4M (Mr [[Maddox|name]])     D0B: [[30/O3/2017|dob]]
Date + time: Mon [[23rd N0v|date]] 9.15am        Written by: [[J. Maddox|name]]      Where: classroom, at the book corner

What did the child say / do? (use the child's words)
[[Aarav|name]] came in late with his uncle [[Kiran|name]] who said "there was trouble at home". At register [[Aarav|name]] put his head on
the
table. At 9.15 he said to me "Police took my Nanna. He hit Amma because the rice was cold. Nanamma shouts at Amma every day and
say she is a useless girl from a poor family. When Nanna is angry he hits me with the belt on my legs, not on my face, so
nobody sees." I asked "when was the last time?". He said "On Diwali" (Sat [[8 Nov|date]]? I think Diwali was earlier - he may
mean the weekend after). He showed me the back of his legs: two faint yellow marks.
He said his sister [[Harini|name]] "just cries" and that he wants to go to [[Vijayawada|place]] to Ammamma's house.
He asked me not to tell Mr [[Amos|name]] "because he will tell [[Kiran|name]] uncle".

Action taken: told the DSL (Mr [[Amos|name]]) 9.40. DSL rang MASH 10.05, spoke to [[Danielle|name]] ([[01926 414 144|phone]]).
Signed [[J Maddox|name]]   Checked by DSL [[D. Am0s|name]]  [[23/11/26|date]]
"""),
]


# --- F. Benali / Boudiaf family (Algerian), Brownsover, Rugby --------------------------------------------------------------

HOME_F = d.Address("23 Hollowell Way", "Brownsover", "Rugby", "CV21 1LT")
UNCLE_F = d.Address("14 rue Félix Pyat", "", "Marseille", "13003")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Yanis", "Benali")], dt.date(2012, 11, 4), addresses=[HOME_F], ids=["4507388023", "A937700113703"],
       schools=["Ashlawn School"]),
    _p("s", "sibling", [("Inès", "Benali")], dt.date(2018, 2, 20), addresses=[HOME_F], ids=["C937569125961"],
       schools=["Boughton Leigh Junior School"]),
    _p("m", "mother", [("Nadia", "Boudiaf")], dt.date(1988, 7, 9), addresses=[HOME_F], phones=["07741 285 906"]),
    _p("f", "father", [("Karim", "Benali")], dt.date(1980, 3, 27), addresses=[HOME_F], phones=["07857 336 124"],
       ids=["KB 27 03 80 C"]),
    _p("u", "other", [("Mourad", "Benali")], addresses=[UNCLE_F], phones=["+33 6 12 48 73 90"]),
    _p("g", "grandparent", [("Fatima Zohra", "Benali")], phones=["+213 41 32 18 06"]),
    _p("p1", "professional", [("Ellie", "Marston")], phones=["01788 533 817"], emails=["ellie.marston@avonvale.gov.uk"]),
], "c")

DOCS_F = [
    ("section 47 joint home visit record", """AVON VALE COUNCIL - SECTION 47 ENQUIRY: JOINT HOME VISIT RECORD
Child: [[Yanis BENALI|name]]  DOB [[04/11/2012|dob]]  UPN [[A937700113703|upn]]  NHS [[450 738 8023|nhs]]  School: [[Ashlawn|school]] (Y9)
Sibling: [[Inès BENALI|name]]  DOB [[20/02/2018|dob]]  School: [[Boughton Leigh Junior|school]]
Address: [[23 Hollowell Way|address]], [[Brownsover|place]], [[Rugby|place]] [[CV21 1LT|postcode]]
Visit: Thursday [[19 November 2026|date]], 16:30-18:05. SW [[Ellie Marston|name]] ([[01788 533 817|phone]]) with DC [[Lewis Akhtar|name]]
(CAIU). Interpreter (Algerian Arabic / French): [[Samira Haddou|name]], for the mother.

Why: on [[18/11/2026|date]] [[Yanis|name]] told his head of year, Ms [[Beckett|name]], that his father hit him "with the belt, the
buckle end" on Sunday night ([[15 November|date]]) because he came home at 22:30 from the skate park at Whinfield
and had lied that he was at his friend [[Callum Rugby|name]]'s. [[Callum|name]] is real; his surname really is [[Rugby|name]]. School
photographed three linear bruises on his back (school nurse [[Anne Fitzgerald|name]]).
Seen: both parents, [[Inès|name]] and [[Yanis|name]] (alone, in his room, with DC [[Akhtar|name]]).
Father ([[Karim Benali|name]]): admitted the belt. "In my country this is how a father teaches. My father did it to me in
[[Oran|place]] and I am a good man." He said [[Yanis|name]] has "new friends from [[Newbold|place]]" who smoke, and that he is afraid
of him "becoming a gangster". He works nights at a warehouse at the DIRFT park near [[Crick|place]].
Mother ([[Nadia Boudiaf|name]], DOB [[09/07/1988|dob]], [[07741 285 906|phone]]): speaks Darija and French, little English. She said she
tells [[Karim|name]] "not on the body"
and that she is afraid of what her mother-in-law, Hadja [[Fatima Zohra|name]], will say.
[[Yanis|name]]: "He's not a bad dad, he just loses it." He does not feel safe when his dad is on days off. He said [[Inès|name]]
"gets shouted at but not hit". Bedroom: a mattress, a PS4, a Mouloudia Oran scarf on the wall.
Neighbour: Mrs [[Joan Whittle|name]] of [[21 Hollowell Way|address]] approached us on the path: she heard "a boy crying and
a man shouting" on the Sunday and "it's not the first time".
Agreed (safety plan): Mr [[Benali|name]] will not use physical punishment; he refused to stay at a friend's flat on
[[Railway Terrace|address]] for the weekend, but agreed instead to be out when [[Yanis|name]] comes home from
school until the strategy review on [[24 November|date]].
Checks: police - a previous call on [[02/03/2025|date]] (shouting, no offences); school - [[Yanis|name]] late home reported by
his mother on [[14 October 2026|date]] to PCSO [[Ben Doherty|name]] at the [[Brownsover|place]] community centre; health -
[[Inès|name]] (NHS [[601 158 8395|nhs]], UPN [[C937569125961|upn]]) seen by the GP, Dr [[Farida Chaouch|name]], for an ear infection on
[[10/11/2026|date]], nothing of concern. The family came to [[Rugby|place]] from [[Birmingham|place]] ([[Small Heath|place]]) in
2021; before that they lived in [[Oran|place]] (father since 2011 in [[Birmingham|place]], mother and [[Yanis|name]] joining in 2016).
Father's NI: [[KB 27 03 80 C|ni]] (from his payslip shown to us).
Signed: [[E. Marston|name]] [[19.11.2026|date]]
"""),
]

DOCS_F += [
    ("a father's own letter to the social worker, in English with French", """[[Karim Benali|name]]
[[23 Hollowell Way|address]]
[[Brownsover|place]], [[Rugby|place]]  [[CV21 1LT|postcode]]
tel. [[07857 336 124|phone]]

To Madame [[Ellie Marston|name]], social services [[Rugby|place]]
[[Rugby|place]], le [[27 novembre 2026|date]]

Madame [[Marston|name]],
I write you myself because in the meeting I am not good with the words and the interpreter she is from [[Oujda|place]] in
Morocco, she speak different. I want to say few things.
1. I am sorry for the belt. It is finish. I put the belt in the bin in front of [[Yanis|name]], he saw. My brother [[Mourad|name]] in
[[Marseille|place]] tell me also "this is not how we do now, [[Karim|name]]", he has three boys and he never hit them.
2. I am not a bad father. I came in England in 2011, I work all my life, nights at the warehouse, days I sleep. [[Nadia|name]]
and me, we want only the children do good at school. [[Yanis|name]] was first in his class in [[Oran|place]] (école
[[Emir Abdelkader|school]],
[[Haï Sabah|place]]) before we come.
3. The friends of [[Yanis|name]] - one boy [[Tayler|name]] and one boy they call "[[Smurf|name]]" - they are older, they have
scooters, they wait for him at the Co-op on [[Hollowell Way|address]]. Please somebody look at this also, not only at me.
4. My mother, Hadja [[Fatima Zohra Benali|name]], she is 74, she lives in
[[Oran|place]] ([[Cité Djamel, Bloc 12, n° 4|address]], [[31000|postcode]]). She does not know about this. Please do not call her.
5. For the holidays [[Mourad|name]] invite [[Yanis|name]] to [[Marseille|place]], at his home [[14 rue Félix Pyat|address]],
[[13003|postcode]]. I ask you is it possible. His number is [[+33 6 12 48 73 90|phone]].
Je vous prie d'agréer, Madame, mes salutations distinguées.
[[K. Benali|name]]
[[كريم بن علي|name]]
"""),
]
DOCS_F += [
    ("three-way phone call with a grandmother in Algeria through an interpreter, transcribed", """PHONE CALL NOTE (speaker phone, recorded
with consent, transcribed by the social worker)   Date: [[1 December 2026|date]], 11:00-11:25 (UK time)
Participants: SW [[Ellie Marston|name]]; interpreter [[Samira Haddou|name]] (Darija / French); the paternal grandmother, Mrs
[[Fatima Zohra BENALI|name]], in [[Oran|place]], on [[+213 41 32 18 06|phone]]; the mother, [[Nadia|name]], present in the room in
[[Rugby|place]]. The grandmother asked to speak after [[Yanis|name]] rang her himself on [[28/11|date]].

SW: Thank you for speaking to me. I am [[Ellie|name]], the social worker for [[Yanis|name]] and [[Inès|name]].
INT (for the grandmother): She says: [[Yanis|name]] called me crying. He says his father hit him and the police came. Is this true?
SW: I can tell you that we are working with the family because [[Yanis|name]] was hurt, and the family have agreed a plan.
INT: She says: [[Karim|name]] is my son, he is a good son, but he has his father's hand. His father, Allah yerhamou, was hard
with the boys. She is sorry. She says: [[Nadia|name]], my daughter, why you did not tell me?
[[NADIA|name]] (in Darija, interpreted): Yemma, I was afraid. [[Mourad|name]] knows. [[Karim|name]] is better now.
INT: The grandmother says [[Yanis|name]] can come to her in [[Oran|place]] for the summer, "to breathe", to her flat in the
[[Cité Djamel|place]]; her neighbour's son, [[Amine Mekki|name]], is a teacher and will help him with his Arabic. Her number
for WhatsApp is her grandson [[Walid|name]]'s, [[+213 661 23 45 67|phone]].
SW: I explained that a holiday abroad is for the parents to decide, that we would want to know the dates, and that there is no
plan to stop the children travelling.
INT: She asks for the name of the boys who are bad friends for [[Yanis|name]]. (Not given.) She says: "Tell [[Yanis|name]] his
[[Mani|name]] loves him." ([[Mani|name]]: what the children call her - the interpreter says it is a family pet name, not a
kinship word.)
Ended 11:25. Note by E.M.
"""),
    ("child in need review", """AVON VALE COUNCIL - CHILD IN NEED REVIEW MEETING
Children: [[Yanis Benali|name]] (14) and [[Inès Benali|name]] (8), [[23 Hollowell Way|address]], [[Rugby|place]]
Date: Wednesday [[9 December 2026|date]], 15:30, at [[Ashlawn|school]]. Chair: [[Ellie Marston|name]] (SW).
Present: [[Karim Benali|name]] and [[Nadia Boudiaf|name]] (parents); [[Samira Haddou|name]] (interpreter); Ms [[Kate Beckett|name]]
(head of year, [[Ashlawn School|school]]); Mrs [[Parveen Iqbal|name]] (family support, Rugby Family Hub); [[Jake Lindqvist|name]]
(youth worker, [[Brownsover|place]] detached team); Mrs [[Carmel Doyle|name]] (SENCo, [[Boughton Leigh|school]]). [[Yanis|name]]
joined for the last 15 minutes.

1. The enquiry: the section 47 enquiry ended on [[3 December|date]] with a plan for a child in need. Police took no further
   action after a voluntary interview on [[26/11/2026|date]] (DC [[Akhtar|name]]), taking into account [[Karim|name]]'s admission and
   his work with the parenting course.
2. Father: completed 3 of 6 sessions of the Triple P course at the family hub (Tuesdays, with [[Parveen|name]]); no physical
   punishment reported by either child. [[Yanis|name]] said "Dad's trying - he came to see me skate at Whinfield".
3. [[Yanis|name]]: attendance up from 82% to 94%; no more late nights; his form tutor, Mr [[Oakley|name]], says he has joined the chess
club. [[Jake|name]] has seen [[Yanis|name]] with [[Tayler Grant|name]]
   (16) and a lad known as "[[Smurf|name]]" ([[Josh Ellery|name]], 17) in the stairwell of the flats on [[Bow Fell|address]]; both are known
   to the youth offending service. Intelligence passed to the police (PC [[Ruth Nkemelu|name]], [[Rugby|place]] safer neighbourhoods).
4. [[Inès|name]]: "happy in class"; she told Mrs [[Doyle|name]] she is "not scared of Baba any more". She has speech and language
   sessions on Thursdays.
5. Mother: [[Nadia|name]] started ESOL at [[Rugby College|school]] on [[30 November|date]]; she would like to meet other Algerian mothers;
   [[Parveen|name]] will introduce her to Mrs [[Leila Benyamina|name]], who runs a women's group at the mosque on [[Bath Street|address]].
6. Travel: the family plan to take both children to [[Oran|place]] from [[27 July 2027|date]] to [[24 August 2027|date]], returning
   through [[Marseille|place]] (uncle [[Mourad|name]]); no concerns; the parents gave the dates and the grandmother's address.
Next review: [[10 March 2027|date]]. Plan to close if all is well then.
Minutes: [[Hayley Corbett|name]] (business support)
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 56 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:45 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nurse", "sister", "our", "me", "nan", "nana",
           "nanna", "nanny", "gran", "granny", "grandad", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle",
           "madame", "madam", "monsieur", "hadja", "hadj", "yemma", "baba", "khali", "ammi", "amma", "nanamma", "ammamma",
           "atthamma", "attayya", "anna", "akka", "bava", "అమ్మ", "అన్నయ్య", "అత్తయ్య"}
_AFTER = {"garu", "uncle", "senior", "junior", "అన్నయ్య", "gaaru"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "warwickshire",
               "west midlands", "the west midlands", "midlands", "coventry and warwickshire", "india", "andhra pradesh",
               "telangana", "algeria", "morocco", "france", "europe", "africa", "north africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Madame Marston",
# "Hadja Fatima Zohra", "Amma", "Nanamma", "Ammamma", "Anna"; and after one: "Srinivas garu", "Kiran uncle") and counties,
# regions and countries ("Warwickshire", "West Midlands", "Andhra Pradesh", "Algeria", "Morocco").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
