"""Set 150: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set151.py
to bench/redaction_set153.py and their tests (written by other helpers at the same time), that did not run the detector or any
bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; set 21's long
documents were read only in part, its docstring, records, helpers and closing lists in full), the docstrings of
bench/redaction_set7.py to bench/redaction_set149.py (printed alone and searched only for the towns, districts and communities
of Waltham Forest and for community names, to choose new ones), the `_party`, `Records` and `HandSet` signatures of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Walthamstow, Leyton and Chingford in Waltham Forest, each from a district no earlier set used as a family's
home: a Ugandan Asian (Gujarati Hindu) family in Chapel End, Walthamstow, whose grandmother came from Jinja in 1972 (Kotecha; a
girl of 13 who self-harms and cares for a grandmother with dementia, a father's gambling debts, an uncle in Kampala, names in
Gujarati script); a Tobagonian family in Wood Street, Walthamstow (Alleyne / Baptiste; a boy of 15 exploited in county lines to
Harlow, a debt and threats to his sister, a grandmother in Bon Accord, Tobago, an uncle in Plymouth, Tobago, and talk of
Scarborough, Tobago); a white British family in Chingford Hatch (Pryor / Gunner; neglect, a hoarded house, a dog, a baby's
falling weight, a grandmother in Loughton); a British Pakistani (Mirpuri) family in Lea Bridge, Leyton (Mirza / Bibi; a
girl of 17 facing a forced marriage in Dadyal, a passport taken, the Forced Marriage Unit); a Polish family in Markhouse,
Walthamstow (Kowalczyk / Nowak; a father's drinking and a strangulation, a boy of 11 who interprets, a grandmother in
Rzeszów); and an Irish family in Hale End, Chingford (Donoghue; a girl of 14 missing with an older man, exploitation in
Edmonton, a grandmother in Moate, Co. Westmeath). The Ugandan Asian and the Tobagonian communities are ones no earlier set
used. 24 documents: a social worker's home visit case note, a school safeguarding log export, a mother's own letter partly
in Gujarati, strategy discussion minutes, an NRM referral form, a Snapchat chat typed up by police as an exhibit, a return home
interview, a grandmother's WhatsApp voice note transcribed from Tobagonian Creole, a health visitor's contact record, a
chronology, a neighbour's email forwarded through the front door, a social worker's quick notes typed on a phone, a sixth form
college's record of a disclosure, a WhatsApp chat export between two girls, a Forced Marriage Unit email exchange, a police
Merlin PPN, an initial child protection conference report, a mother's Polish text messages with an interpreter's translation,
a GP letter run through OCR with its errors kept, core group minutes with an attendance table, a police missing person log,
a mother's text messages to a worker's phone, exploitation panel (MACE) minutes and a youth worker's handwritten diary scanned
and typed up.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Uganda, Trinidad and Tobago, Poland, Ireland); NHS numbers and UPNs (LA number 320)
pass their check digits; NI numbers have a valid format. The council is invented (Lea Forest), and so are the GP practices
(Larkshall Medical Centre, Larkswood Surgery, Wood Street Health Centre), the youth project (The Hub E4), the interpreting
agency (LinguaLondon), the mentoring service (Safe Journeys) and the drinking programme (Drink Wise); towns, districts, estates,
real schools and colleges, charities, NHS bodies, hospitals, police forces and stations, clubs, brands, apps and laws are real
or invented and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Dr, PC, DC, DS,
DI, PS, Sgt, madam, Ba, masi, bhai, phuppo, Mammy, nan, Babcia) stay outside the name span, before or after the name
("Kamlesh bhai", "Jaya masi", "Shamim phuppo"); every person's name is a name in every form, record or not; "SURNAME, First",
"SURNAME First" and a first name with an initial ("Marcus B", "Amara O") are one span each; a name split by a line break is one
span holding the break; lower-case names in messages are names; a sender saved under a kinship word ("Mama") is not a name, but
one saved under a pet form of a name ("Tomek ❤", the heart outside) is; Polish inflected forms of a name ("Glorii",
"Kacprowi") are names; a Gujarati-script name ("રિયા", "નિશા") is a name; a street address is one span, its town a place, its
postcode a postcode, a bare neighbour's house or flat number ("no. 18", "Flat 1") an address; a postcode district alone
("E10") is a postcode; foreign addresses ("Plot 14, Kira Road", Kololo; "ul. Lwowska 19/4", "35-301", Rzeszów; "House 112,
Sector B/3", Mirpur) are marked as at home; dates of birth are dob, other dates with a day are dates (a weekday stays outside;
months and years alone are not marked; the bare day in a range, "5"-"6/12", is a date of its own); a service or team named by
its town marks the town ("North Chingford team", "Enfield exploitation team", "our consular team in Islamabad", "from Luton"),
but organisations holding a town's name are not marked ("Wood Street Health Centre", "Chingford Police Station", "Whipps Cross",
"Walthamstow Avenue & Pennant", "Lea Forest Council", "The Hub E4").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR errors inside an
identifier are marked as the identifier they spoil ("Agnieszka N0WAK", "O8/12/2O26", "F1at 2, 88 Markhouse Rd", "Kowa1czyk")
and a name split by an OCR space ("Rebecca Fenw ick") is one span; a partial vehicle registration ("YK20", "LD21") and a
practice phone cut off by the scan ("020 8529 ...") are not marked, since they identify no one alone; London, Greater London,
Waltham Forest (a borough), Essex, Trinidad, Tobago and Trinidad and Tobago, Uganda, Pakistan, Azad Kashmir (AJK), Ireland and
County Westmeath are countries, islands of a two-island state, boroughs, counties or regions and are not marked, while the
towns and villages of Tobago (Scarborough, Plymouth, Roxborough, Crown Point, Bon Accord), which share names with English
towns, are places; an estate ("Beaumont estate") is a place; a nickname a gang used ("Dread", "Rico", "Tee") and a false name
a boy gave police ("Marcus Thomas") are names, while Snapchat handles ("lil.dread.e10") are not; a pet dog ("Bruno") is not a
name; parks, woods and airports (Lloyd Park, Ridgeway Park, Larks Wood, Heathrow) are landmarks; a student number, case and
crime references, a GMC number and an FMU reference are not marked.

Self-check without the detector: `python -m bench.redaction_set150` (and tests/test_redaction_set150.py) runs set 15's checker
(which runs the checkers of the sets before it) on this set, adds this set's titles and kinship words (before and after a
name) and its counties, regions, boroughs and countries, and prints the number of documents and gold spans per kind: 24
documents, 917 gold spans, 477 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Kotecha family (Ugandan Asian, Gujarati Hindu), Chapel End, Walthamstow ----------------------------------------------

HOME_A = d.Address("41 Brookscroft Road", "Chapel End", "Walthamstow", "E17 4JP")
DAD_A = d.Address("Flat 3, 207 Hoe Street", "", "Walthamstow", "E17 3AP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Riya", "Kotecha")], dt.date(2013, 5, 22), addresses=[HOME_A], ids=["5752165024", "B320295918152"],
       schools=["Walthamstow School for Girls"]),
    _p("s", "sibling", [("Dev", "Kotecha")], dt.date(2019, 2, 8), addresses=[HOME_A], ids=["6141836852"],
       schools=["Chapel End Primary School"]),
    _p("m", "mother", [("Nisha", "Kotecha")], dt.date(1988, 10, 3), addresses=[HOME_A], phones=["07823 416 205"],
       ids=["5008610848"]),
    _p("f", "father", [("Hitesh", "Kotecha")], dt.date(1985, 1, 17), addresses=[DAD_A], phones=["07958 331 740"]),
    _p("g", "grandparent", [("Pushpa", "Kotecha")], dt.date(1949, 8, 30), addresses=[HOME_A], ids=["5221094266"]),
    _p("p1", "professional", [("Bethan", "Mould")], phones=["020 8527 4193"], emails=["bethan.mould@leaforest.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's case note of a home visit", """CASE NOTE - HOME VISIT (announced)
Child: [[Riya KOTECHA|name]]   DOB [[22.05.2013|dob]]   NHS [[575 216 5024|nhs]]   UPN [[B320295918152|upn]]
Address: [[41 Brookscroft Road|address]], [[Chapel End|place]], [[Walthamstow|place]] [[E17 4JP|postcode]]
Worker: [[Bethan Mould|name]], Social Worker, Assessment Team 2          Date of visit: Thursday [[3 December 2026|date]], 16:10-17:35
Present: [[Nisha Kotecha|name]] (mother), [[Riya|name]], [[Dev|name]] (7), [[Pushpa Kotecha|name]] (paternal grandmother, "Ba")

Purpose: to follow up the school's referral of [[27 November|date]] (cuts to [[Riya|name]]'s left forearm seen in PE).

The house is a three-bed terrace, clean and warm, a mandir in the front room with a diva lit. Ba sat in the back room with the TV
on loud; [[Nisha|name]] said Ba is 77, came to England in 1972 from [[Jinja|place]] "with one suitcase" when the Asians were thrown out of
Uganda, and has had vascular dementia since last year. Ba asked me twice if I was "[[Sunita|name]]'s girl" ([[Sunita|name]] is
[[Nisha|name]]'s
sister in [[Leicester|place]]).

[[Nisha|name]] told me [[Hitesh|name]] moved out in August after she found he had borrowed against the house to pay betting debts; he
now rents a
flat on [[Hoe Street|address]]. She said he still has a key and "comes when he likes", takes the car (silver Toyota Auris
[[LR17 WDK|vehicle]]) and
once took Ba's pension card. She works shifts at the Sainsbury's on [[Lea Bridge Road|address]] and [[Riya|name]] gives Ba her tablets and
sits with her in the evenings.

Seen alone in her room: [[Riya|name]] was quiet but spoke well. She said the cutting started "in the summer holidays" when Dad left, and
that a girl in her class, [[Leila|name]], shared a photo of her crying in the toilets on a group chat. She said she has not cut since
Sunday ([[29 November|date]]). She said she is tired because Ba wakes at night and calls her "[[Nisha|name]]". She would like to talk to
someone at school, maybe Miss [[Hope|name]] (her form tutor), "not the counsellor with the puppets".

[[Dev|name]] showed me his Lego and said Daddy shouts on the phone. He goes to [[Chapel End Primary|school]] and to Gujarati class on
Saturdays at the temple on [[Church Hill|address]].

Plan: referral to CAMHS (with consent); young carers assessment; ask adult social care to assess Ba; speak to [[Hitesh Kotecha|name]]
([[07958 331 740|phone]]) about the key and the car; next visit [[10/12/2026|date]].
[[B. Mould|name]]
Contacts checked after the visit: [[Sunita Parmar|name]] ([[Leicester|place]]) rang back 18:20, will come [[19 Dec|date]]; neighbour at
no. [[39|address]],
Mr [[Frank Doyle|name]]'s daughter [[Kerry|name]], says Ba knocked on her door at 3am on [[28/11|date]] asking for "[[Ramnik|name]]";
the temple's
seva lady [[Hansa Lakhani|name]] ([[07715 390 443|phone]]) takes Ba to the lunch club on [[Orford Road|address]] on Wednesdays.
"""),
]

DOCS_A += [
    ("school safeguarding log exported from a concerns system", """[[WALTHAMSTOW SCHOOL FOR GIRLS|school]] - SAFEGUARDING RECORD EXPORT
(student: [[KOTECHA, Riya|name]]  Y8  Form 8H)
Exported [[04/12/2026|date]] 08:12 by [[Farida Anwar|name]] (DSL)
-----------------------------------------------------------------------------------------------------------
[[27/11/2026|date]] 11:40  Category: Self-harm   Logged by: [[Jo Hope|name]] (form tutor / PE)
[[KOTECHA, Riya|name]] had her sleeves down in PE and would not change. When the netball bib caught her sleeve I saw
about 8 thin cuts, some scabbed, left forearm. She said "it's nothing, it's the cat" (she has no cat - [[Dev|name]] says so).
Passed to DSL in person 11:55.
   Action ([[F. Anwar|name]]): seen with school nurse [[Marcia Lindo|name]] 12:30; wounds clean. Rang mum [[07823 416 205|phone]], no
   answer; rang again 13:10, spoke to Mrs [[Kotecha|name]] who cried and said she "did not know". Referral to MASH 14:05.
[[28/11/2026|date]] 09:02  Category: Online / peer   Logged by: [[Leon Brathwaite|name]] (Head of Year 8)
Screenshots handed in by [[Amara O|name]] (8K): a Snapchat group "8H gyal dem" where [[Leila Ahmed|name]] posted a photo of [[Riya|name]]
crying in the B-block toilets with "crybaby riya lol". [[Leila|name]]'s mum [[Samira|name]] called in and was apologetic.
[[01/12/2026|date]] 15:20  Category: Young carer   Logged by: [[Jo Hope|name]]
[[Riya|name]] asleep in period 5. Said Ba "was up all night looking for Grandad in the garden" (Grandad [[Ramniklal|name]] died 2019).
[[02/12/2026|date]] 10:15  Category: Attendance  Logged by: office ([[Dee|name]])
Late 09:48. Dad (Mr [[Hitesh Kotecha|name]]) phoned from [[07958 331 740|phone]] asking for [[Riya|name]]'s timetable "so I can pick
her up".
Not given - not the resident parent on the contact list; DSL told.
[[03/12/2026|date]] 13:00  Category: Multi-agency  Logged by: [[F. Anwar|name]]
Rang [[Bethan Mould|name]] (Lea Forest CSC) [[020 8527 4193|phone]]; visit today. Agreed [[Riya|name]] can see Ms [[Hope|name]] at
lunch Tues/Thurs.
"""),
    ("mother's own letter to the social worker, partly in Gujarati", """[[5 Dec|date]] 2026

Dear [[Bethan|name]] madam,

I am writing because I can say it better in writing than when [[Riya|name]] and Ba are in the room. Please forgive my English.

[[Hitesh|name]] is not a bad father but since 2 years the betting on his phone has taken everything. He remortgaged our house at [[41
Brookscroft Road|address]] without telling me, I only found out when the letter came. My brother [[Kamlesh|name]] in [[Kampala|place]] sent
money to stop the bank, he is at [[Plot 14, Kira Road|address]], [[Kololo|place]], his number is [[+256 772 418 305|phone]] if you need him.
[[Kamlesh|name]] bhai says we must all come back to Uganda but my children are London children.

Ba (પુષ્પા બા) does not know what day it is. Some days she thinks she is in [[Jinja|place]] in her father's shop on
[[Main Street|address]] and
she talks to [[Riya|name]] in Gujarati and calls her "[[નિશા|name]]". My daughter's name is [[રિયા|name]], she is not me. I know I put
too much on her. I will ask my cousin [[Bhavna|name]] from [[Leyton|place]] to come on Tuesday and Thursday nights.

[[Hitesh|name]] has given back the key now ([[4 December|date]]). He can see [[Dev|name]] and [[Riya|name]] on Sundays at his mother's
sister [[Jaya|name]] masi's house in [[Ilford|place]], I do not want him at my house.

Thank you for listening to [[Riya|name]] - she said you were "actually nice".
[[Nisha Kotecha|name]]
[[07823 416 205|phone]]
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (held by Teams)
Date: [[7 December 2026|date]] 10:00   Chair: [[Omar Siddiqui|name]], Team Manager   Minutes: [[Grace Tetteh|name]], business support
Child: [[Riya Kotecha|name]] (d.o.b. [[22/05/2013|dob]]), [[41 Brookscroft Road|address]], [[E17 4JP|postcode]]. Sibling:
[[Dev Kotecha|name]] ([[08/02/2019|dob]])
Present: [[Bethan Mould|name]] (SW); DC [[Paul Greaves|name]] (CAIT, North East BCU); [[Farida Anwar|name]] (DSL, [[Walthamstow School for
Girls|school]]); Dr [[Anil Mehta|name]] (GP, Wood Street Health Centre) - joined 10:20.
1. Information shared. BM summarised the visit of [[3/12|date]]. DC [[Greaves|name]]: no police record for [[Hitesh KOTECHA|name]]
([[17/01/1985|dob]]);
   one call in 2024 from a neighbour at no. [[43|address]] (Mrs [[Doreen Ashby|name]]) about shouting, no offences. Dr [[Mehta|name]]:
   [[Pushpa Kotecha|name]] NHS [[522 109 4266|nhs]] is on the dementia register; [[Nisha|name]] was seen in October with low mood.
2. Threshold: [[Riya|name]] is a child in need (young carer, self-harm, parental conflict). Not a s47 - no one says she was harmed by a
   carer. The photo in the group chat: school to deal with under behaviour policy; DC [[Greaves|name]] will speak to [[Leila|name]]'s
mother.
3. Actions: CAMHS referral (BM, by [[9/12|date]]); carers' assessment for Ba via adult social care; GP review for [[Nisha|name]];
   SW to see [[Hitesh|name]] at [[207 Hoe Street|address]] and discuss a safe contact plan; next review [[21 December|date]].
Distribution: [[Omar Siddiqui|name]] <[[omar.siddiqui@leaforest.gov.uk|email]]>; [[Bethan Mould|name]]
<[[bethan.mould@leaforest.gov.uk|email]]>;
DC [[Paul Greaves|name]] <[[paul.greaves@met.police.uk|email]]>; [[Farida Anwar|name]] <[[f.anwar@wsfg.waltham.sch.uk|email]]>;
Dr [[Anil Mehta|name]] <[[anil.mehta1@nhs.net|email]]>. Not to the family. Minutes agreed by OS on [[8/12/2026|date]].
Family network named at the meeting: [[Sunita Parmar|name]] (aunt, [[Belgrave|place]], [[Leicester|place]]); [[Bhavna Chauhan|name]]
(cousin, [[Leyton|place]]);
[[Jaya Thakrar|name]] (great-aunt, [[Seven Kings|place]], [[Ilford|place]]); [[Kamlesh Rajani|name]] (uncle, [[Kololo|place]],
[[Kampala|place]]).
"""),
]


# --- B. Alleyne / Baptiste family (Tobagonian), Wood Street, Walthamstow -------------------------------------------------

HOME_B = d.Address("22 Shernhall Street", "Wood Street", "Walthamstow", "E17 9HT")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Alleyne")], dt.date(2011, 7, 14), addresses=[HOME_B], ids=["5631330423", "N320294016932"],
       schools=["Frederick Bremer School"]),
    _p("s", "sibling", [("Tiana", "Alleyne-Baptiste")], dt.date(2017, 9, 2), addresses=[HOME_B], ids=["6567845287"]),
    _p("m", "mother", [("Keisha", "Alleyne")], dt.date(1990, 4, 11), addresses=[HOME_B], phones=["07404 918 263"],
       ids=["KA 62 19 04 B"]),
    _p("f", "father", [("Marlon", "Baptiste")], dt.date(1987, 12, 5), phones=["07539 627 118"]),
    _p("g", "grandparent", [("Verna", "Alleyne")], dt.date(1961, 3, 9), phones=["+1 868 639 4172"]),
    _p("p1", "professional", [("Callum", "Reid")], phones=["020 8531 6620"], emails=["callum.reid@leaforest.gov.uk"]),
], "c")

DOCS_B = [
    ("National Referral Mechanism referral form (child), first responder's answers", """NRM REFERRAL - CHILD (first responder: Lea
Forest Council)  Section A - Potential victim
Surname: [[ALLEYNE|name]]            Forename(s): [[Jaden Marcus|name]]          Known as: "[[JJ|name]]", "[[Jaydee|name]]"
Date of birth: [[14-07-2011|dob]]   Nationality: British / Trinidad and Tobago   Gender: M
Current address: [[22 Shernhall Street|address]], [[Walthamstow|place]], London [[E17 9HT|postcode]]
Parent/carer: [[Keisha Alleyne|name]] (mother), [[07404 918 263|phone]]    NHS no.: [[563 133 0423|nhs]]
School: [[Frederick Bremer School|school]] (on a part-time timetable since [[2 Nov 2026|date]])
First responder: [[Callum Reid|name]], Exploitation and Missing Team, [[callum.reid@leaforest.gov.uk|email]], [[020 8531 6620|phone]]

Section C - Account of the exploitation (in the first responder's words)
On [[18/11/2026|date]] [[Jaden|name]] was stopped by Essex Police at [[Harlow|place]] bus station at 01:40 with £380 in cash, two
phones and 14
wraps of crack cocaine in his sock. He told the officers his name was "[[Marcus Thomas|name]]" and that he lived in [[Chingford|place]].
He had been reported missing by his mother at 19:05 the previous evening. He later told me he had been "[[Dread|name]]'s runner" since
the summer, sent to a flat in [[Harlow|place]] ([[Flat 11, Staple Tye Mews|address]]? - he was not sure) to "sit in a trap" for three days
at a time. He says [[Dread|name]] is a man of about 20 from [[Leyton|place]] he knows only by that name and by a Snapchat handle
(lil.dread.e10). A younger boy, "[[Kofi|name]]", about 13, from the [[Beaumont estate|place]], was with him. [[Jaden|name]] owes a "debt" of
£1,200 for a package taken from him on [[9 November|date]]; he says his mother was told "we know where [[Tiana|name]] goes school".

Section D - Indicators ticked: missing episodes (5 since [[12 August 2026|date]]); unexplained money and phones; found in
another area with drugs; debt bondage; threats to family; older associate; excluded from school.

Section E - Others involved: father [[Marlon Baptiste|name]], [[07539 627 118|phone]], lives in [[Croydon|place]]; grandmother
[[Verna Alleyne|name]],
[[Bon Accord|place]], [[Crown Point|place]], Tobago, [[+1 868 639 4172|phone]] (family are thinking of sending [[Jaden|name]] to her).
Consent: [[Jaden|name]] is under 18 - consent not needed; he and his mother were told on [[20/11/2026|date]].
Section F - Addresses where found or believed used: [[Flat 11, Staple Tye Mews|address]], [[Harlow|place]] [[CM18 7LR|postcode]]; the
[[Beaumont estate|place]],
[[Leyton|place]] [[E10|postcode]]; [[Forest Gate|place]] (aunt [[Cheryl Alleyne|name]], [[19 Sebert Road|address]],
[[E7 0NG|postcode]]). Missing dates:
[[12/08/2026|date]], [[30/08/2026|date]], [[19/09/2026|date]], [[24/10/2026|date]], [[17/11/2026|date]].
"""),
]

DOCS_B += [
    ("Snapchat messages photographed from a boy's phone and typed up by police", """EXHIBIT PG/4 - typed from photographs of the screen
of a black iPhone (seized [[18/11/2026|date]]), by DC [[Priya Gill|name]]
Chat with: "D" (lil.dread.e10)   [times as shown on screen; spelling as in the original]

Sat [[14 Nov|date]]
D: yo [[jj|name]] u good
me: ye
D: ur mum been callin [[kofi|name]] phone wtf. tell her rest
me: she dont no nuttin
D: 2moz u go back up [[harlow|place]] wid [[kofi|name]]. [[marlon|name]] cant know
me: my dad dont care bout me anyway
D: bring the tings from the blue house by [[st james st|address]]. ask for [[tee|name]]
me: [[tee|name]] who
D: [[tee|name]] from [[markhouse|place]]. she got the bag
Sun [[15 Nov|date]]
D: where u at
me: [[wood st|place]]. [[tiana|name]] got a party at nans friend
D: ur nan is in tobago u liar lol
me: nah auntie [[cheryl|name]] in [[forest gate|place]]
D: pull up [[leyton|place]] 7 by the chicken shop on [[lea bridge rd|address]] or ur debt goes up
Mon [[16 Nov|date]]
me: [[kofi|name]] took the L not me they robbed him
D: ur debt bro. 1200. [[tiana|name]] goes [[greenleaf|school]] innit
me: dont touch my sister
D: then move

[screenshot 9 of 14: a Snap Map image showing a pin on [[Shernhall Street|address]] with the caption "we know"]
"""),
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (independent, offered within 72 hours of return)
Young person: [[Jaden Alleyne|name]]   DOB: [[14.07.2011|dob]]   Missing from: home, [[22 Shernhall Street|address]], [[E17 9HT|postcode]]
Missing: [[17/11/2026|date]] 18:30 to [[18/11/2026|date]] 01:40 (found by police in [[Harlow|place]])   Interviewer:
[[Zainab Kamara|name]], Safe Journeys
Interview: [[19 November 2026|date]], at Lloyd Park cafe (his choice), 15:30-16:40

What [[Jaden|name]] said
He left after an argument with Mum about his trainers (she asked where the money came from). He got the 212 bus to [[Chingford|place]]
then a lift "from a man [[Kofi|name]] knows" in a grey Mercedes, part of the plate "YK20". In [[Harlow|place]] he stayed in a flat
with a woman called "[[Tee|name]]" and a baby. He ate chicken and chips once. He was scared when the police came but "also glad".
He misses playing for Walthamstow Avenue & Pennant under-16s; his coach [[Dwayne Pierre|name]] used to pick him up from
[[Wood Street|place]].
He wants to go to his grandmother [[Verna|name]] in Tobago for Christmas "where no one knows me", and to see his dad [[Marlon|name]] more.
He talked about [[Tiana|name]] (9) a lot and worries she will be "used against him".
Places he named: [[Wood Street|place]] market; [[Blackhorse Road|address]]; the chicken shop on [[Lea Bridge Road|address]];
[[Forest Gate|place]] (aunt
[[Cheryl|name]]); [[Harlow|place]] ([[Staple Tye|place]]); [[Croydon|place]] (Dad). People he named: [[Kofi|name]], "[[Tee|name]]",
"[[Dread|name]]", [[Dwayne Pierre|name]],
his cousin [[Shaquille Alleyne|name]] (in [[Scarborough|place]], Tobago), and [[Tiana|name]]'s friend's mum Ms
[[Josephine Adeyemi|name]], who drove him home once.

Push / pull: debt; fear for family; money; belonging; exclusion from [[Frederick Bremer|school]] ("I'm on two hours a day").
Shared with: [[Callum Reid|name]] (EMT); PC [[Sean Doherty|name]] (missing persons coordinator).
"""),
    ("grandmother's WhatsApp voice note transcribed and translated from Tobagonian Creole", """Voice note from "Mammy [[Verna|name]]"
([[+1 868 639 4172|phone]]), received by [[Keisha Alleyne|name]] [[21/11/2026|date]] 23:14 (19:14 Tobago
time), 3 min 12 s. Transcribed by [[Keisha|name]] at the social worker's request; standard English in brackets where needed.

"[[Keish|name]], is me. Ah hear de news from [[Cheryl|name]]. Dat boy [[Jaden|name]] go get heself kill in dat England. (I heard the
news from
[[Cheryl|name]]. That boy [[Jaden|name]] will get himself killed in England.) Send him come by me. Ah go put him in school by
[[Roxborough|place]], he could go by he uncle [[Lennox|name]] in [[Plymouth|place]] on weekends and help on de boat. Dem bad-john in
[[Scarborough|place]] doh business wid a English boy. [[Lennox|name]] number is [[+1 868 754 2281|phone]], or call me on de landline.
And tell [[Marlon|name]] he is a wotless man, he should be dey for he son. (worthless) Ah praying for all-you. Kiss [[Tiana|name]] for
me. Ah
go call Sunday after church. Bye darlin."

Note by [[Callum Reid|name]], [[23/11/2026|date]]: [[Plymouth|place]] and [[Scarborough|place]] here are the towns in Tobago, not
England. Any move to
Tobago needs a plan, a check of the grandmother's home in [[Bon Accord|place]] and advice from legal (a child in need; no order).
"""),
]


# --- C. Pryor / Gunner family (white British), Chingford Hatch --------------------------------------------------------------

HOME_C = d.Address("16 Hatch Lane", "Chingford Hatch", "Chingford", "E4 6LQ")
NAN_C = d.Address("5 Rectory Lane", "", "Loughton", "IG10 2QT")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Pryor")], dt.date(2021, 6, 30), addresses=[HOME_C], ids=["4780152208"]),
    _p("s", "sibling", [("Poppy-Mae", "Gunner")], dt.date(2024, 11, 19), addresses=[HOME_C], ids=["4874585418"]),
    _p("m", "mother", [("Stacey", "Pryor")], dt.date(1997, 2, 26), addresses=[HOME_C], phones=["07961 284 503"],
       ids=["SP 30 58 71 D"]),
    _p("f", "father", [("Lee", "Gunner")], dt.date(1993, 8, 12), addresses=[HOME_C], phones=["07715 390 442"]),
    _p("g", "grandparent", [("Carol", "Pryor")], dt.date(1968, 5, 4), addresses=[NAN_C], phones=["07886 125 937"]),
    _p("p1", "professional", [("Hannah", "Kingsley")], phones=["020 8558 2147"], emails=["hannah.kingsley@leaforest.gov.uk"]),
], "c")

DOCS_C = [
    ("health visitor's contact record", """HEALTH VISITING - CONTACT RECORD (North [[Chingford|place]] team)
Client: [[Poppy-Mae GUNNER|name]]  DOB [[19/11/2024|dob]]  NHS No [[487 458 5418|nhs]]   Sibling: [[Alfie PRYOR|name]] DOB
[[30/06/2021|dob]]
Address: [[16 Hatch Lane|address]], [[Chingford|place]], [[E4 6LQ|postcode]]   Mother: [[Stacey Pryor|name]] [[07961 284 503|phone]]
Contact: 2-year review, home visit, [[25 November 2026|date]] 10:00. HV: [[Ruth Kwarteng|name]]. Nursery nurse: [[Lou Hardy|name]].

Access took 10 min - [[Stacey|name]] said the doorbell was broken and the dog (a large XL-bully type called Bruno) had to be shut in the
kitchen. Hallway: bin bags of clothes to the ceiling on one side; [[Stacey|name]] says they are "for Vinted". Front room: a path
between boxes; [[Poppy-Mae|name]] was in a playpen with no toys, in a heavy nappy; a cold bottle of milk on the floor. Smell of
dog urine. [[Alfie|name]] (5) was home - "he's got a cough" - though it is a school day; he was watching YouTube on a cracked
phone and said "[[Lee|name]] kicked Bruno". [[Poppy-Mae|name]]'s ASQ: communication and gross motor below range; no words, not yet
walking alone. Weight 9.8 kg (0.4th centile), down from the 9th.

[[Stacey|name]] said [[Lee Gunner|name]] (the children's dad / [[Poppy-Mae|name]]'s dad - [[Alfie|name]]'s dad is [[Jordan Marsh|name]], no
contact) works nights at the Amazon depot in [[Enfield|place]]. She says her mum [[Carol|name]] in [[Loughton|place]] "used to help"
but they fell
out in September. A neighbour, "[[Bev|name]] at no. [[18|address]]", gives [[Alfie|name]] his tea some days.

Plan: GP weight review at Larkshall Medical Centre; referral to Children's Social Care today (neglect - home conditions, growth,
missed school); dog seen by me, not assessed. Discussed with safeguarding lead [[Efua Boateng|name]] 12:40. [[R. Kwarteng|name]]
Copy to: GP Dr [[Nadia Rauf|name]]; [[Chase Lane Primary|school]] (DSL [[Sinead O'Neill|name]]); [[Longshaw|school]] nursery (manager
[[Paula Greer|name]]).
Next HV contact: [[9 December 2026|date]], or sooner if [[Stacey|name]] rings [[07961 284 503|phone]] / [[Lee|name]]
[[07715 390 442|phone]].
"""),
    ("chronology of significant events", """CHRONOLOGY - [[ALFIE PRYOR|name]] ([[30.06.2021|dob]]) and [[POPPY-MAE GUNNER|name]]
([[19.11.2024|dob]]) - prepared by [[Hannah Kingsley|name]], SW
Date        | Event                                                                       | Source
[[30.06.2021|date]]  | [[Alfie|name]] born at Whipps Cross Hospital, 2.6 kg, [[Stacey|name]] aged 24.            | health
[[14.02.2022|date]]  | Police called by [[Carol Pryor|name]] to [[Stacey|name]]'s flat at [[Friday Hill|place]]: argument with
[[Jordan Marsh|name]]; no crime. | police
[[03.09.2023|date]]  | Move to [[16 Hatch Lane|address]] (private let, landlord Mr [[Tony Fensome|name]]).    | housing
[[19.11.2024|date]]  | [[Poppy-Mae|name]] born, Whipps Cross; [[Lee Gunner|name]] registered as father.           | health
[[09.01.2025|date]]  | Missed 8-week check; seen [[23.01.2025|date]].                                       | GP
[[11.06.2025|date]]  | [[Alfie|name]] starts nursery at [[Longshaw|school]] - 54% attendance in summer term.      | education
[[2 Oct 2025|date]]  | Dog bite to [[Alfie|name]]'s hand (A&E, Whipps Cross); [[Stacey|name]] said the dog was a friend's.  | health
[[17 March 2026|date]] | Anonymous call to MASH: "kids left with a dog, shouting, smell" - NFA after a visit.     | CSC
Sept 2026     | [[Alfie|name]] in Reception at [[Chase Lane Primary|school]]; attendance 61% to half term.     | education
[[25.11.2026|date]]  | HV review: home conditions, [[Poppy-Mae|name]]'s weight falling (above).               | health
[[26.11.2026|date]]  | Neighbour's email (Mrs [[B. Clough|name]], no. [[18|address]]) to the council.                    | CSC
[[01.12.2026|date]]  | Joint visit SW / PC: home conditions as described; dog removed by [[Lee|name]] to his brother [[Darren|name]]'s
in [[Harold Hill|place]]. | CSC/police
[[02.12.2026|date]]  | [[Carol Pryor|name]] rang SW from [[07886 125 937|phone]]: offers weekends at [[5 Rectory Lane|address]],
[[Loughton|place]] [[IG10 2QT|postcode]]. | CSC
[[03.12.2026|date]]  | Skip delivered; [[Gaz Hollis|name]] and [[Lee|name]] cleared the hall; [[Bev Clough|name]] minded
[[Alfie|name]].        | CSC
[[04.12.2026|date]]  | [[Poppy-Mae|name]] seen by Dr [[Nadia Rauf|name]], Larkshall: weight 9.9 kg; bloods taken.       | GP
[[05.12.2026|date]]  | Nursery place offered at [[Little Acorns|school]], [[Chingford Mount|place]], from [[11.01.2027|date]].        |
education
[[07.12.2026|date]]  | Family network meeting: [[Stacey|name]], [[Lee|name]], [[Carol|name]], [[Darren Gunner|name]],
[[Bev Clough|name]]; SW [[H. Kingsley|name]].   | CSC
"""),
]

DOCS_C += [
    ("neighbour's email to the council, forwarded to the social worker", """From: Children's Services Front Door <mash@leaforest.gov.uk>
Sent: [[27 November 2026|date]] 09:14
To: [[Hannah Kingsley|name]] <[[hannah.kingsley@leaforest.gov.uk|email]]>
Subject: FW: the children at [[16 Hatch Lane|address]]

[[Hannah|name]] - for your assessment, the referrer is happy to be named to you but not to the family. [[Kemi|name]] (MASH)

-----Original Message-----
From: [[Beverley Clough|name]] <[[bevclough61@btinternet.com|email]]>
Sent: [[26 November 2026|date]] 22:51
Subject: the children at [[16 Hatch Lane|address]]

To whom it may concern, I live next door at [[18 Hatch Lane|address]] and I have been worried about the two little ones for a long time.
The boy, [[Alfie|name]], comes round to mine most days after school (when he goes) and says there is no food. His mum [[Stacey|name]] is not
a bad girl but she is poorly I think, she never goes out and the house is full to the top with stuff. The man, [[Lee|name]], shouts at
her at night and I heard something smash on Saturday just gone. The dog is dangerous, it went for my grandson [[Harvey|name]] over the
fence. I have phoned before. I don't want trouble, my husband [[Ken|name]] says keep out of it, but I couldn't sleep. You can ring me on
[[020 8529 6134|phone]] in the day. Please don't tell them it was me.
[[Bev Clough|name]]
"""),
    ("social worker's quick notes typed on a work phone during a joint visit", """notes [[1/12|date]] [[hatch ln|address]] - HK typing
on phone, tidy up later

11.05 arr w PC [[dyer|name]]. [[stacey|name]] opened after 3 knocks. [[lee|name]] there, just up.
dog in kitchen barking, [[lee|name]] agreed to take it to his bro [[darren|name]] in [[harold hill|place]] TODAY
hall - bags floor to ceiling. front rm path only. kitchen - no clean surfaces, dog mess x4, fridge: milk (off), ketchup, 2 yoghurts
[[poppy|name]] in cot upstairs, wet thru, red nappy rash, smiled at me. no words. pulled to stand
[[alfie|name]] at school today ([[chase lane|school]]) - checked w office mrs [[o'neill|name]] 11.40 - present
[[stacey|name]] teary, says depressed since [[poppy|name]] born, "its all my mum's fault she chucked me out at 17". gp larkshall - she
agreed to ring for appt
[[lee|name]] says he does 4 nights, sleeps days, "what am i meant to do". he was calm, polite w PC.
nan [[carol|name]] - [[stacey|name]] gave ok to call her. [[07886 125 937|phone]]
agreed: skip by fri ([[lee|name]]'s mate [[Gaz|name]] has a van), nursery place for [[poppy|name]] (2yo funding), GP, family network
mtg wk of [[7/12|date]]
PC to check on dog (breed) - [[dyer|name]] said poss XL bully needs exemption cert
left 12.20
"""),
]


# --- D. Mirza family (British Pakistani, Mirpuri), Lea Bridge, Leyton ---------------------------------------------------------

HOME_D = d.Address("63 Bickley Road", "Lea Bridge", "Leyton", "E10 7AQ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aqsa", "Mirza")], dt.date(2009, 12, 1), addresses=[HOME_D], ids=["6255326233", "P320285016602"],
       schools=["Leyton Sixth Form College"]),
    _p("s", "sibling", [("Usman", "Mirza")], dt.date(2006, 4, 15), addresses=[HOME_D], phones=["07492 603 771"]),
    _p("s2", "sibling", [("Hafsa", "Mirza")], dt.date(2014, 3, 27), addresses=[HOME_D], ids=["4492659374"],
       schools=["Lammas School"]),
    _p("m", "mother", [("Rubina", "Bibi")], dt.date(1980, 6, 6), addresses=[HOME_D], phones=["07308 554 216"]),
    _p("f", "father", [("Tariq", "Mirza")], dt.date(1975, 9, 21), addresses=[HOME_D], phones=["07867 219 085"],
       ids=["TM 11 47 80 A"]),
    _p("p1", "professional", [("Sadia", "Rahman")], phones=["07572 841 306"], emails=["sadia.rahman@leaforest.gov.uk"]),
], "c")

DOCS_D = [
    ("sixth form college designated safeguarding lead's record of a disclosure", """[[LEYTON SIXTH FORM COLLEGE|school]] - RECORD OF
DISCLOSURE
Student: [[MIRZA, Aqsa|name]]   Student ID 2407719   DOB: [[01/12/2009|dob]]   UPN [[P320285016602|upn]]
Address: [[63 Bickley Road|address]], [[Leyton|place]], London [[E10 7AQ|postcode]]
Made to: Mr [[Gareth Lowe|name]] (personal tutor) at 12:50 on Wednesday [[2nd December 2026|date]]; recorded by [[Yasmin Ali|name]],
DSL, 13:30.

[[Aqsa|name]] stayed behind after Sociology and asked if "the college can stop a wedding". She said that in the summer, on a video call
from [[Mirpur|place]], her father's sister ([[Shamim|name]] phuppo) "showed" her a cousin, [[Zeeshan|name]], who is 26 and lives in
[[Dadyal|place]].
Since then her dad has said they are all going to Pakistan "for [[Kiran|name]]'s wedding" on [[19 December|date]] (flights from
Heathrow, return
"not booked"). Her mum took her passport "to keep it safe". Her brother [[Usman|name]] (20) told her "you'll be sorted by Easter". She
says she wants to go to uni in [[Manchester|place]] to do law. She has a boyfriend at college, [[Ryan|name]] (she asked us not to say
his surname or tell anyone), and thinks her dad found their messages. She says Dad has not hit her but "he grabbed my arm on
Sunday and said he will burn my books". She showed a fading bruise, left upper arm, about 3 cm. She is scared her sister [[Hafsa|name]]
(12, at [[Lammas|school]]) will "be next".

Actions: MASH rung 13:40 - [[Sadia Rahman|name]] (SW) on [[07572 841 306|phone]]; police (child abuse team) and Forced Marriage Unit to be
told by CSC; [[Aqsa|name]] NOT to be sent home until a plan is made; no contact with parents (risk); she stays in the library with
Ms [[Ali|name]]. Her friend [[Maryam Hussain|name]] (same tutor group) knows "everything" and has a copy of her passport on her phone.
"""),
    ("WhatsApp chat between a girl and her friend, exported as text", """WhatsApp Chat with [[Maryam|name]] 💜.txt
[[29/11/2026|date]], 21:02 - [[Aqsa|name]]: he took my phone for like an hour today i think he read everything
[[29/11/2026|date]], 21:02 - [[Maryam|name]] 💜: WHAT. [[ryan|name]]'s messages??
[[29/11/2026|date]], 21:03 - [[Aqsa|name]]: idk i deleted most. he kept saying "kaun hai yeh [[ryan|name]]"
[[29/11/2026|date]], 21:05 - [[Maryam|name]] 💜: babe u need to tell someone. tell mr [[lowe|name]]
[[29/11/2026|date]], 21:06 - [[Aqsa|name]]: phuppo [[shamim|name]] video called again, [[zeeshan|name]] was there smiling like a weirdo
[[29/11/2026|date]], 21:06 - [[Aqsa|name]]: ammi just sits there
[[29/11/2026|date]], 21:10 - [[Maryam|name]] 💜: is it in [[dadyal|place]] or [[mirpur|place]]
[[29/11/2026|date]], 21:11 - [[Aqsa|name]]: [[dadyal|place]]. abbu says the nikah will be at the house and then walima in [[mirpur|place]]
[[29/11/2026|date]], 21:11 - [[Aqsa|name]]: [[usman|name]] is literally buying suits
[[30/11/2026|date]], 07:45 - [[Maryam|name]] 💜: u still alive
[[30/11/2026|date]], 07:52 - [[Aqsa|name]]: yh. [[hafsa|name]] slept in my bed she was crying. dont tell ANYONE
[[30/11/2026|date]], 07:53 - [[Maryam|name]] 💜: i screenshot ur passport btw. just in case. my khala did this for her friend
[[30/11/2026|date]], 16:20 - [[Aqsa|name]]: going to meet [[ryan|name]] at the library on [[lea bridge rd|address]] after. if abbu
calls u im at yours ok
[[30/11/2026|date]], 16:21 - [[Maryam|name]] 💜: ok. pls be careful. call me [[07590 162 378|phone]] if anything
[[01/12/2026|date]], 23:40 - [[Aqsa|name]]: اللہ میری مدد کرے. i'm going to tell mr [[lowe|name]] tmrw
"""),
]

DOCS_D += [
    ("Forced Marriage Unit email exchange", """From: FMU Casework <fmu@fcdo.gov.uk>
To: [[Sadia Rahman|name]] <[[sadia.rahman@leaforest.gov.uk|email]]>
Cc: DS [[Neil Okafor|name]] <[[neil.okafor@met.police.uk|email]]>
Date: Fri, [[4 Dec 2026|date]] 11:26
Subject: RE: FM concern - [[MIRZA Aqsa|name]] (17) - travel to AJK planned [[19/12|date]]

Dear [[Sadia|name]],
Thank you for the referral. We have opened a case (ref FMU/26/3391). From what you describe - a cousin in [[Dadyal|place]] shown to
[[Aqsa|name]] by video, a passport taken, travel on [[19/12/2026|date]] with no return date, a brother's threats - this meets the FMU's
criteria for a high-risk case. Our advice: (1) apply now for a Forced Marriage Protection Order (the council can apply with leave; the
police can apply without); the order can require the surrender of the family's passports, including [[Hafsa|name]]'s; (2) do not
mediate with the family; (3) if [[Aqsa|name]] is taken abroad, our consular team in [[Islamabad|place]] can reach [[Mirpur|place]];
please send a recent photo
and her Pakistani NICOP number if she has one. The family's address in Pakistan, if known: please send it.

[[Ayesha Qureshi|name]], Caseworker, Forced Marriage Unit

> From: [[Sadia Rahman|name]]  Sent: [[3 December 2026|date]] 17:58
> [[Aqsa|name]] (DOB [[1.12.2009|dob]]) is now in an emergency foster placement with her consent. Her aunt's address given by
[[Aqsa|name]]: [[House
> 112, Sector B/3|address]], [[Mirpur|place]]; her father [[Tariq Mirza|name]] ([[07867 219 085|phone]]) and brother [[Usman
Mirza|name]] ([[07492 603 771|phone]])
> are named in the police log. Mother [[Rubina Bibi|name]] does not speak English well (Pahari-Pothwari and Urdu); interpreter needed.
"""),
    ("police public protection notice (merlin) summary", """MERLIN PPN - CHILD CONCERN - MPS North East BCU
Child: [[Aqsa MIRZA|name]]  [[01/12/2009|dob]]     Also at address: [[Hafsa MIRZA|name]] [[27/03/2014|dob]]
Location: [[63 BICKLEY ROAD|address]], LONDON [[E10 7AQ|postcode]]
Date/time of incident: [[02/12/2026|date]] 20:15 (officers attended at parents' request, daughter "missing")
Reporting officer: PC [[Tom Wyatt|name]] 4417NE   Supervisor: PS [[Ranjit Sandhu|name]]
Other persons: [[MIRZA, Tariq|name]] ([[21/09/1975|dob]]) father - NI [[TM 11 47 80 A|ni]]; [[BIBI, Rubina|name]] ([[06/06/1980|dob]])
mother;
[[MIRZA, Usman|name]] ([[15/04/2006|dob]]) brother; vehicle on drive: black Honda Civic [[EK68 TZV|vehicle]].
Summary: Father called 999 saying daughter not home from college. Officers informed at scene by CSC ([[S. Rahman|name]]) that
[[Aqsa|name]] is safe
and accommodated; location not disclosed. Father angry, said "she has shamed us". Brother filmed officers on his phone.
[[Hafsa|name]] (12) seen briefly, appeared scared; spoke to officers on the stairs and said "is [[Aqsa|name]] OK". Risk: HIGH
(honour-based abuse).
Previous: [[14/06/2024|date]] - [[Usman MIRZA|name]] stopped in [[EK68 TZV|vehicle]] on [[Lea Bridge Road|address]], [[E10|postcode]],
no insurance;
[[03/03/2025|date]] - neighbour Mr [[Ghulam Nabi|name]] of no. [[65|address]] reported shouting, NFA; [[22/09/2026|date]] -
[[Aqsa|name]] reported
missing for 3 hours by [[Tariq MIRZA|name]], found at [[Maryam HUSSAIN|name]]'s house, [[Church Road|address]], [[Leyton|place]].
Informed: [[Sadia Rahman|name]] (CSC) [[07572 841 306|phone]]; DS [[Neil Okafor|name]] (CAIT); [[Yasmin Ali|name]]
([[Leyton Sixth Form College|school]]).
"""),
]


# --- E. Kowalczyk / Nowak family (Polish), Markhouse, Walthamstow -------------------------------------------------------------

HOME_E = d.Address("Flat 2, 88 Markhouse Road", "Markhouse", "Walthamstow", "E17 8BX")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Zofia", "Kowalczyk")], dt.date(2018, 4, 9), addresses=[HOME_E], ids=["7994911668", "F320238315796"],
       schools=["Barn Croft Primary School"]),
    _p("s", "sibling", [("Kacper", "Kowalczyk")], dt.date(2015, 10, 23), addresses=[HOME_E], ids=["5573532065"],
       schools=["Barn Croft Primary School"]),
    _p("m", "mother", [("Agnieszka", "Nowak")], dt.date(1987, 1, 29), addresses=[HOME_E], phones=["07413 778 592"],
       ids=["NA 47 20 15 C"]),
    _p("f", "father", [("Tomasz", "Kowalczyk")], dt.date(1984, 7, 7), addresses=[HOME_E], phones=["07951 036 884"]),
    _p("g", "grandparent", [("Halina", "Nowak")], dt.date(1960, 11, 2), phones=["+48 512 604 327"]),
    _p("p1", "professional", [("Rebecca", "Fenwick")], phones=["07826 447 913"], emails=["rebecca.fenwick@leaforest.gov.uk"]),
], "c")

DOCS_E = [
    ("initial child protection conference report by the social worker", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE -
[[15 December 2026|date]]
Children: [[Zofia KOWALCZYK|name]] (b. [[09/04/2018|dob]], NHS [[799 491 1668|nhs]], UPN [[F320238315796|upn]]); [[Kacper KOWALCZYK|name]]
(b. [[23/10/2015|dob]], NHS [[557 353 2065|nhs]])   Address: [[Flat 2, 88 Markhouse Road|address]], [[Walthamstow|place]]
[[E17 8BX|postcode]]
Author: [[Rebecca Fenwick|name]], Social Worker, [[07826 447 913|phone]], [[rebecca.fenwick@leaforest.gov.uk|email]]
Parents: [[Agnieszka Nowak|name]] (mother, b. [[29.01.1987|dob]], NI [[NA 47 20 15 C|ni]]); [[Tomasz Kowalczyk|name]] (father, b.
[[07.07.1984|dob]])

1. Reason for conference. On [[20 November 2026|date]] [[Kacper|name]] (11) rang 999 from a neighbour's flat at 23:40 and said his dad was
"drunk and choking Mama". Police found [[Agnieszka|name]] with marks to her neck; [[Tomasz|name]] was arrested, charged on
[[21/11|date]] and bailed
to an address in [[Tottenham|place]] (his friend [[Marek Zieliński|name]]'s, [[41 Dowsett Road|address]]) with a condition not to come to
[[Markhouse Road|address]]. The neighbour, Mrs [[Gloria Baptiste|name]] of Flat [[1|address]], let [[Kacper|name]] and [[Zofia|name]] in.

2. The children. [[Zofia|name]] (8) is in Year 4 at [[Barn Croft|school]]; quiet; her teacher Mr [[Owusu|name]] says she draws "the
bad night" again and again. [[Kacper|name]] (11), Year 6, has been late 19 times this term and says he "stays awake to listen". Both
speak Polish at home and English at school; [[Kacper|name]] interprets for his mother at the GP and at the housing office.

3. The parents. [[Tomasz|name]] works as a scaffolder; he told me he drinks "only at weekends, like all Polish men", but the police
record 4 call-outs since 2023 (the first when the family lived on [[Vallentin Road|address]]). He denies strangulation. [[Agnieszka|name]]
says he has been "worse since his mother died in [[Lublin|place]] in March". She wants him back "if he stops drinking". Her mother
[[Halina Nowak|name]] lives in [[Rzeszów|place]] ([[ul. Lwowska 19/4|address]], [[35-301|postcode]] [[Rzeszów|place]];
[[+48 512 604 327|phone]]) and offers to come for
Christmas. A cousin, [[Beata Wróbel|name]], lives in [[Leyton|place]].

4. Recommendation: child protection plans for both children under the category of emotional abuse; DASH score 17 - MARAC
referral made [[24/11/2026|date]]; IDVA ([[Shanice Morgan|name]], Solace) allocated; [[Tomasz|name]] referred to the Drink Wise programme.
"""),
    ("mother's text messages in Polish, translated by an interpreter", """Text messages on the phone of [[Agnieszka Nowak|name]]
([[07413 778 592|phone]]), shown to the social worker [[8 December 2026|date]];
Polish original, then translation by [[Ewa Sadowska|name]] (interpreter, LinguaLondon). Sender saved as "[[Tomek|name]] ❤".

[[19.11|date]] 22:58  [[Tomek|name]] ❤: Gdzie jesteś? [[Zosia|name]] mówi że jesteś u [[Glorii|name]]. Wracaj natychmiast.
          (Where are you? [[Zosia|name]] says you are at [[Gloria|name]]'s. Come back at once.)
[[19.11|date]] 23:20  [[Agnieszka|name]]: Jestem w kuchni. Jesteś pijany. Idź spać.
          (I am in the kitchen. You are drunk. Go to sleep.)
[[22.11|date]] 14:05  [[Tomek|name]] ❤: [[Aga|name]] przepraszam. Nie pamiętam nic. Kocham was. Powiedz [[Kacprowi|name]] że tata go kocha.
          ([[Aga|name]], I'm sorry. I remember nothing. I love you all. Tell [[Kacper|name]] that Dad loves him.)
[[25.11|date]] 09:12  Mama: Córeńko, przyjadę [[20 grudnia|date]]. [[Marek|name]] odbierze mnie z [[Luton|place]].
          (Daughter, I will come on [[20 December|date]]. [[Marek|name]] will pick me up from [[Luton|place]].)
[[30.11|date]] 21:47  [[Tomek|name]] ❤: Będę jutro pod szkołą o 15. Chcę zobaczyć dzieci. Nikt się nie dowie.
          (I'll be outside the school tomorrow at 3. I want to see the children. Nobody will know.)
[[30.11|date]] 21:50  [[Agnieszka|name]]: Nie wolno ci. Policja powiedziała. Proszę [[Tomek|name]].
          (You are not allowed. The police said. Please [[Tomek|name]].)
"""),
]

DOCS_E += [
    ("GP letter scanned and run through OCR, with the scanner's errors kept", """[OCR text of scanned letter, page 1 of 1 - uncorrected]
Larkswood Surgery  .  [[1 Larkswood Rd|address]]  .  Tel 020 8529 ...
Dr [[F. Osei|name]]  Dr [[M.Khan|name]]  Dr [[P. Lindqvist|name]]

Ms [[Rebecca Fenw ick|name]]
Childrens Social Care, Lea Forest Counci1
Date: [[O8/12/2O26|date]]

Re: [[Agnieszka N0WAK|name]] DOB [[29/O1/1987|dob]]  and children [[Zofia Kowa1czyk|name]] DOB [[O9/O4/2O18|dob]], [[Kacper
Kowalczyk|name]] DOB [[23/1O/2O15|dob]]   [[F1at 2, 88 Markhouse Rd|address]], London [[E17 8BX|postcode]]

Thank you for your request for information for the conference on [[15/12|date]]. I saw Ms [[Nowak|name]] on [[23/11/2O26|date]] with her
cousin [[Beata|name]] interpreting. She had linear bruising to both sides of the neck and petechiae below the right eye, consistent
with her account of being held by the throat on [[2O/11|date]]. She reports low mood and poor sleep; PHQ-9 16. She has been
started on sertraline 5Omg and referred to Talking Therapies (she asked for a Polish speaking therapist).

[[Zofia|name]] was last seen on [[O2/1O/2O26|date]] with tummy aches (no cause found). [[Kacper|name]] was seen on [[11/11/2O26|date]]
with headaches
and said he "doesn't sleep"; his mother said it was "the phone". Neither child has missed immunisations.

Mr [[Kowa1czyk|name]] is registered with us but has not attended since 2024, when he was seen in A&E at Whipps Cross after a fall
(alcohol 2O5mg/1OOml). I have no information about him since.

Yours sincerely
Dr [[Folake Osei|name]]  (signed electronically)   GMC 7O41822
"""),
    ("core group meeting minutes with an attendance table", """CORE GROUP MEETING - [[KOWALCZYK|name]] CHILDREN - MINUTES
Date: [[22 December 2026|date]] (planned; draft agenda and attendance circulated [[16/12/2026|date]])   Venue:
[[Barn Croft Primary|school]], [[Walthamstow|place]]
Name                  | Role                               | Contact
[[Rebecca Fenwick|name]]       | Social worker (chair)              | [[07826 447 913|phone]]
[[Agnieszka Nowak|name]]       | Mother                             | [[07413 778 592|phone]]
[[Ewa Sadowska|name]]          | Interpreter (Polish)               | via agency
[[Daniel Owusu|name]]          | Class teacher, [[Zofia|name]] (Year 4)       | school office
[[Claire Moss|name]]           | DSL, [[Barn Croft|school]]                   | [[c.moss@barncroft.sch.uk|email]]
[[Shanice Morgan|name]]        | IDVA, Solace                        | [[07447 285 916|phone]]
[[Tomasz Kowalczyk|name]]      | Father - to attend separately (bail conditions) | [[07951 036 884|phone]]
Apologies: [[Halina Nowak|name]] (maternal grandmother, arriving [[20/12|date]]); PC [[Tom Wyatt|name]].

Plan review (child protection plan made [[15/12/2026|date]]):
- [[Kacper|name]] to stop interpreting for adults: agreed; the GP and housing will book interpreters ([[Claire|name]] to tell the office).
- Safety plan for the school gate (father seen outside [[Barn Croft|school]] on [[1/12|date]]): school has his photo; [[Zofia|name]]
and [[Kacper|name]]
  collected by [[Agnieszka|name]] or by the cousin [[Beata Wróbel|name]] (number on the contact sheet).
- Grandmother's visit: [[Halina|name]] will stay at the flat from [[20 December|date]] to [[6 January|date]]; [[Kacper|name]] says
"Babcia makes pierogi and is strict".
- [[Tomasz|name]]: Drink Wise assessment on [[18/12|date]]; supervised contact at the contact centre on [[Forest Road|address]] from
January if the court agrees.
Next core group: [[26 January 2027|date]]. Copies: [[Rebecca Fenwick|name]]; [[Agnieszka Nowak|name]]; [[Claire Moss|name]];
[[Daniel Owusu|name]];
[[Shanice Morgan|name]]; Dr [[Folake Osei|name]] (Larkswood Surgery); [[Kacper|name]] and [[Zofia|name]]'s views sheet attached
("[[Zosia|name]]" drew her
Babcia's house in [[Rzeszów|place]] and the bus stop on [[Markhouse Road|address]]).
"""),
]


# --- F. Donoghue family (Irish), Hale End, Chingford ------------------------------------------------------------------------

HOME_F = d.Address("12 Castle Avenue", "Hale End", "Chingford", "E4 9QD")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Shannon", "Donoghue")], dt.date(2012, 8, 16), addresses=[HOME_F], ids=["5510005769", "T320230718452"],
       schools=["Heathcote School"]),
    _p("s", "sibling", [("Cian", "Donoghue")], dt.date(2016, 1, 5), addresses=[HOME_F], ids=["7974898402"]),
    _p("m", "mother", [("Siobhan", "Donoghue")], dt.date(1983, 3, 17), addresses=[HOME_F], phones=["07823 416 206"]),
    _p("g", "grandparent", [("Bridie", "Donoghue")], dt.date(1955, 12, 8), phones=["+353 87 426 1190"]),
    _p("p1", "professional", [("Marcus", "Bell")], phones=["07958 331 741"], emails=["marcus.bell@leaforest.gov.uk"]),
], "c")

DOCS_F = [
    ("police missing person report log", """MISSING PERSON - COMPACT LOG (extract)   Ref MPS/NE/26/11873   Risk: MEDIUM -> HIGH at 02:10
Name: [[DONOGHUE, Shannon|name]] ("[[Shan|name]]")   DOB [[16/08/2012|dob]]   Age 14   Home: [[12 Castle Avenue|address]],
[[Hale End|place]], [[E4 9QD|postcode]]
Reported by: [[Siobhan DONOGHUE|name]] (mother) [[07823 416 206|phone]]   OIC: PC [[Aoife Brennan|name]]   Sgt: [[Mark Ellery|name]]
[[05/12/2026|date]]
19:42 Mother reports [[Shannon|name]] did not come home from [[Heathcote|school]]; last seen 15:30 at the bus stop on
[[Friars Close|address]] by her
      friend [[Lacey Moran|name]] (14). Wearing a black North Face puffer. Phone off since 16:05.
20:30 Enquiries: [[Lacey|name]] says [[Shannon|name]] was meeting "[[Rico|name]]", an older boy (17-19?) with a white Audi A3, plate
starting
      "LD21". ANPR request made.
21:15 Mother's friend [[Deirdre Kane|name]] searched Ridgeway Park and the Larks Wood; nothing.
23:40 Snapchat location (per [[Lacey|name]]) shows [[Shannon|name]] in [[Edmonton|place]], near [[Fore Street|address]].
02:10 Risk raised to HIGH - second missing in 3 weeks, older male, drugs seen in her bag on [[14/11|date]].
[[06/12/2026|date]]
06:55 [[Shannon|name]] walked into [[Ponders End|place]] police front counter with another girl, "[[Keeley|name]]" (15, from
[[Enfield Lock|place]]).
      Tired, cold, cannabis smell, a new iPhone. Said she stayed "at [[Rico|name]]'s cousin's flat in [[Edmonton|place]]", will not
give the address.
07:40 Collected by mother and uncle [[Declan Donoghue|name]] in his van ([[FN19 KXA|vehicle]]). Prevention interview requested.
08:30 Checks: [[Enrico SALVI|name]] ([[02/02/2007|dob]]), [[Church Street|address]], [[N9 9DX|postcode]] - Audi A3
[[LD21 VHP|vehicle]]; linked to [[Keeley DUNN|name]]
      ([[11/05/2011|dob]]) and to an address at [[Flat 7, Kendal Parade|address]], [[Edmonton|place]] [[N18 1LP|postcode]].
09:15 Informed: [[Marcus Bell|name]] (CSC) [[07958 331 741|phone]]; [[Priya Kapoor|name]] ([[Heathcote|school]]);
[[Liam Fitzgerald|name]] ([[Enfield|place]]).
09:20 Mother asks that grandmother [[Bridie Donoghue|name]] in [[Moate|place]] ([[+353 87 426 1190|phone]]) be told; OIC agreed to
leave it to the family.
"""),
    ("mother's text messages to the social worker, copied from the case system", """SMS log - worker phone [[07958 331 741|phone]]
([[Marcus Bell|name]]) - messages from [[Siobhan Donoghue|name]] [[07823 416 206|phone]]

[[06/12|date]] 07:31 [[siobhan|name]]: shes turned up at [[ponders end|place]] cop shop thank god. [[declan|name]] driving me
[[06/12|date]] 09:02 [[siobhan|name]]: shes asleep. wont say a word about [[rico|name]]. shes got a new phone [[marcus|name]] where
does a 14 yr old get a new iphone
[[06/12|date]] 09:05 [[siobhan|name]]: [[cian|name]] asked is [[shan|name]] in prison lol bless him
[[06/12|date]] 13:48 [[siobhan|name]]: my mam rang from [[athlone|place]] she wants [[shan|name]] to come over to her for xmas away
from all this. can she? mams number is [[+353 87 426 1190|phone]]
[[07/12|date]] 08:20 [[siobhan|name]]: shes going in to [[heathcote|school]] today, ms [[kapoor|name]] is meeting her at the gate. ill
do the 2 o clock meeting
[[07/12|date]] 08:21 [[siobhan|name]]: sorry for all the texts x
"""),
]

DOCS_F += [
    ("multi-agency child exploitation panel minutes", """MACE PANEL (Multi-Agency Child Exploitation) - NORTH LOCALITY -
[[9 December 2026|date]], 14:00, Chingford Police Station
Chair: DI [[Helen Ashworth|name]]. Attending: [[Marcus Bell|name]] (SW); [[Priya Kapoor|name]] (DSL, [[Heathcote School|school]]);
[[Jess Whitlock|name]]
(youth worker, The Hub E4); PC [[Aoife Brennan|name]]; [[Sam Oduya|name]] (CAMHS); [[Liam Fitzgerald|name]] ([[Edmonton|place]],
[[Enfield|place]]
exploitation team).

Item 3: [[Shannon DONOGHUE|name]] (14, [[16.08.2012|dob]]), NHS [[551 000 5769|nhs]], UPN [[T320230718452|upn]]
- Two missing episodes ([[14/11|date]], [[5|date]]-[[6/12|date]]); both times with "[[Rico|name]]". ANPR: the Audi is registered to
[[Enrico Salvi|name]], 19,
  of [[Church Street|address]], [[Edmonton|place]] [[N9 9DX|postcode]]; known to [[Enfield|place]] for supplying cannabis; a girl of 15
([[Keeley Dunn|name]],
  [[Enfield Lock|place]]) on their own plan. [[Liam|name]] says the flat in [[Edmonton|place]] is probably
[[Flat 7, Kendal Parade|address]].
- [[Shannon|name]]'s friend [[Lacey Moran|name]] (14, [[Highams Park|place]]) has been seen in the Audi once; her school is told.
- [[Jess|name]]: [[Shannon|name]] comes to the Tuesday girls' group and talks about her dad ([[Gerard|name]], died 2023 in
[[Athlone|place]]); "[[Rico|name]] is the
  first person since who made her feel looked after".
- Mother ([[Siobhan|name]]) engaged; grandmother [[Bridie Donoghue|name]] ([[Moate|place]], Co. Westmeath, [[+353 87 426 1190|phone]])
offers Christmas in Ireland.
Actions: disruption - abduction warning notice to [[Enrico Salvi|name]] (PC [[Brennan|name]], by [[16/12|date]]); [[Shannon|name]] to
Safe Journeys
mentoring; school to keep a late-bus plan; [[Marcus|name]] to check with Irish Tusla about a visit to [[Moate|place]]; review
[[13 January 2027|date]].
Sibling: [[Cian Donoghue|name]] (10, [[05/01/2016|dob]], NHS [[797 489 8402|nhs]]) at [[Handsworth Primary|school]]; teacher Ms
[[Orla Reilly|name]] reports
bed-wetting and tiredness since November; referral to school nurse [[Joy Amankwah|name]]. Uncle [[Declan Donoghue|name]],
[[Sewardstone Road|address]],
[[Chingford|place]] [[E4 7PA|postcode]], [[07886 125 938|phone]], offers to drive [[Shannon|name]] to and from [[Heathcote|school]] on
Tuesdays and Thursdays.
"""),
    ("youth worker's handwritten diary page, scanned and typed up", """[typed from a scanned page of a spiral notebook - The Hub E4 -
JW's session diary - crossings-out shown as ~~ ~~]

Tues [[8th Dec|date]]
Girls group (6). [[Shan|name]] came late w/ [[Lacey|name]], both giggly. [[Shan|name]] had a new phone + nails done - "[[Rico|name]]
paid". ~~Talked~~ We
did the healthy/unhealthy relationships cards. [[Shan|name]] put "buys you things" on HEALTHY. [[Lacey|name]] argued with her.
After: [[Shan|name]] stayed to help stack chairs, said her nan [[Bridie|name]] in [[Moate|place]] "keeps horses" + she used to go every
summer
before Dad died. Said [[Cian|name]] (10) "wets the bed again". Said [[Rico|name]]'s cousin is called [[Tiggy|name]] or [[Tig|name]], lives
over a shop on [[Church St|address]] [[Edmonton|place]] - "the one with the green door next to the bookies".
Told her I'd have to pass this on - she shrugged "they know anyway".
Rang [[Marcus B|name]] 19:10 - left VM. Emailed [[marcus.bell@leaforest.gov.uk|email]] 19:25.
Also: [[Mia|name]] ([[Hatch Lane|address]]) asked about the Christmas trip - told her to ask her mum.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E),
          (RECORD_F, DOCS_F))
NAME = "set 150 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:47 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy", "mam",
           "dad", "daddy", "aunty", "auntie", "uncle", "madam", "ba", "બા", "masi", "kaka", "foi", "bhai", "ben", "mammy", "tantie",
           "babcia", "babci", "dziadek", "pani", "pan", "ciocia", "wujek", "nanna", "apa", "baji", "ammi", "abbu", "chacha",
           "khala", "phuppo", "dadi", "nani"}
_AFTER = {"bhai", "ben", "ba", "masi", "kaka", "foi", "senior", "junior", "baji", "apa", "phuppo", "khala", "chacha"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "london", "greater london",
               "east london", "waltham forest", "essex", "hertfordshire", "uganda", "india", "gujarat", "trinidad and tobago",
               "tobago", "trinidad", "the caribbean", "poland", "pakistan", "azad kashmir", "kashmir", "ajk", "punjab", "ireland",
               "county westmeath", "westmeath", "europe", "africa", "east africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before and after a name) and its
# counties, regions, boroughs and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
