"""Set 155: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set154.py, bench/redaction_set156.py, bench/redaction_set157.py and their tests (written by other helpers at the
same time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions
followed here: set 21's docstring, its first family's record and first document, its last two documents and its word lists and
checker wiring), the docstrings of bench/redaction_set7.py to bench/redaction_set153.py (printed alone, and searched only for
the towns, districts and communities earlier sets used), the `_party`, `Records` and `HandSet` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking
is found after scoring, correct only the marking and say so here.

Six families in Kettering and Corby, each from a town, district or estate no earlier set used as a family's home. Four of
the kinds most common in children's social care: a family of Shetlanders on the Danesholme estate in Corby, who came south
for the steelworks, with a grandmother in Gretton (Mackie / Baird; a boy of 9 pushed into a door frame by his sister's
drunk father, no bed, hungry at school, a protective grandmother; a grandmother who writes broad Shetland dialect), a white
British family on Avondale Grange in Kettering with a father in Desborough (Harper / Doyle; a boy of 15 criminally exploited
in county lines running between Kettering, Wellingborough, Corby and Leicester, missing overnight, an NRM referral), a white
British kinship family in Rothwell (Swann / Dunmore; a grandmother seeking special guardianship of two grandchildren, a mother
using heroin, a father's released friend asking where the children live; the children's teacher is called Mr Rothwell and the
GP Dr Kettering) and a Black Caribbean and white British family on Lodge Park in Corby with a grandmother in Stanion and a
father in Sneinton, Nottingham (Campbell / Fraser; a girl of 14 sexually exploited by a man of 19 who takes her to a flat in
St Ann's, a brother of 16 who tells). Two from communities no earlier set used: the Shetlanders above, and a Low German
(Plautdietsch) speaking Mennonite family from a colony near Cuauhtémoc, Chihuahua, in Mexico, who came by way of Bielefeld to
Brambleside, Kettering (Friesen / Klassen; a girl of 14 taken out of school to keep house, a father who uses a belt on a boy
of 11, a mother who cannot read English and writes her own letter, a baby behind with immunisations). The sixth is an Amhara
family of the Ethiopian Orthodox church on the Beanfield estate in Corby, with a father in Addis Ababa (Alemu / Tesfaye; a
lodger who goes into a girl of 13's room at night while her mother works nights; names and a place in Ge'ez script, dates in
the Ethiopian calendar). 24 documents, of types or in styles no earlier set used where possible: a home visit case note, a
mother's and grandmother's text messages typed up from screenshots (in Shetland dialect), a primary school's safeguarding log
export, an initial child protection conference report, a multi-agency referral form (MARF), a section 47 outcome summary with
an interpreter, a Telegram family chat in Amharic and English typed up and translated, a priest's letter of support scanned
and OCR'd (OCR errors kept: "0wen", "A1emu", "Se1am", "Beanfie1d", "2O26"), a chronology of significant events, a police
missing person found report forwarded by email, a teenager's WhatsApp voice notes auto-transcribed (with mis-hearings), child
in need review minutes, an education welfare officer's tick-box home visit form, a Mennonite mother's own letter in mixed
English and German, a health visitor's SystmOne-style contact note, a strategy discussion record, a special guardianship
assessment extract, a Facebook Messenger conversation printed and typed up, a duty social worker's rough notes typed fast on a
phone, a school nurse's email, a child exploitation screening tool, a return home interview, a letter to a mother setting out
what was agreed, and Snapchat screenshots read by a phone's text recognition and pasted in.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Ethiopia, Germany, Mexico); NHS numbers and UPNs (LA 928, Northamptonshire, as
python-stdnum knows no number for North Northamptonshire) pass their check digits; the NI number has a valid format. The
children's trust (Welland and Nene) is invented, and so are the church (Debre Genet Kidus Mikael), Little Acorns Nursery,
Hatton Court, the Greenhill Surgery and Lakeside Surgery; towns, districts, estates, villages, real schools and colleges,
charities, NHS bodies, hospitals, police forces, prisons, courts, clubs, brands, apps and programmes are real and stay
unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
DC, DS, Nan, Nanny, Mum, Aunt, Auntie, Uncle, Revd, the Amharic Ato, W/ro, Emama, Abba and Memhir, the Low German Ohm, the
German Frau and Herr) stay outside the name span; a possessive 's and a bare s in texting ("[[callum|name]]s", "[[dale|name]]s",
"[[becky|name]]s") stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span
("MACKIE, Callum", "HARPER, Mason", "FRIESEN, Peter", "DEAN, Tyrese", "LUCAS, Chantelle"), and so is "SURNAME First" ("CAMPBELL
Amelia", "HARPER Mason") and "First SURNAME" ("Mekdes ALEMU"); an initial with a surname is one span ("L Grieve", "H Ferrier",
"K Hollis", "G Lowe", "D Cairns"); a name, address, place, school or date broken by a line break is one span holding the break;
social media usernames ("kai.w") are not marked, but a display name that is a person's name or nickname is ("melz", "Seli");
a contact saved under a kinship word or an initial ("Mam", "D") is not a name, nor is a group chat's title ("ቤተሰብ", Family).
A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare house number ("no. 31", "no. 65", "number 26", "number 20", "no. 10") and a named block of flats
("Hatton Court"); towns, cities, villages, districts and estates are places, at home or abroad and in any script ("Danesholme",
"Beanfield", "Lodge Park", "Corby Old Village", "St Ann's", "ጎንደር"); countries, counties, states and regions are not
("England", OCR'd "Eng1and", "Shetland", "Northamptonshire", "Ethiopia", "Mexico", "Mexiko", "Chihuahua", "Germany", "Bolivia");
organisations are not marked even when they hold a town's or a person's name ("Corby Cube", "Corby Women's Aid", "Kettering
General Hospital", "Kettering Youth Hub", "Kettering Family Hub", "Isebrook Hospital", "HMP Onley", "Family Court at
Northampton", "Northamptonshire Police", "Lakeside Surgery", "Northfield Medical Centre", "LanguageLine", "Amazon", "Asda",
"Tesco", "Children's Society", "Prince's Trust", "Mennonite Central Committee", "Holy Trinity"); a school's or college's name is a
school, and so is its short form and a nursery's name ("CBA", "Brooke Weston", "Danesholme Junior", "Tresham", "Little Acorns
Nursery", "rowell juniors"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside), and the bare day in a diary line ("the 19th", "the 7th", "24th") is a date; months and years alone are not marked
("March", "January", "late September", "aug"); helplines and 101/999 are not marked; parks are landmarks and stay unmarked
("Wicksteed Park", "west glebe park"); a surname or first name that is also a word or a town is marked by what it refers to
("Summer", "Hope", "Grace", "Rothwell" and "Kettering" are names when they are people, and Rothwell and Kettering places when
they are places).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a street alias or nickname
("T-Bone", "Bone", "Big Stevie", "Deano", "Zee", "Kai") is a name, and so is a voice transcription's mis-hearing of one ("tee
bone", "zed", "shantelle"); a mis-heard or local form of a town is a place ("dez borough" for Desborough, "Rowell" and "rowell"
for Rothwell, "burton" for Burton Latimer, "dezzy" for Desborough; "notts" is not marked as it is the county's short form); OCR'd names
and places with
digits for letters are marked as what they are ("0wen Maddock", "Mekdes A1emu", "Se1am", "Beanfie1d") and an OCR'd date is a
date ("21/11/2O26"); a Mennonite colony village ("Campo 6") is a place; dates in the Ethiopian calendar with a day ("ህዳር 8",
"Hidar 8", "Hidar 12") are dates; names in Ge'ez script ("ተስፋዬ", "መቅደስ", "ዳዊት") are names; a German diminutive ("Tinchen")
and a short form ("Lena", "ty", "mel") are names; a nickname for a man at a shop ("Tesco Kev") marks the name only; a police
log or crime reference, a court case number, an interpreter's ID and a screening score are not marked; "the hub" and "the
library" as meeting places are not addresses; a house's "Corby Road" in Stanion is an address, though it holds a town's name;
vehicle makes and models ("Audi A3", "Golf") stay outside the vehicle span.

Self-check without the detector: `python -m bench.redaction_set155` (and tests/test_redaction_set155.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, states,
regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,006 gold spans, 550 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mackie / Baird family (Shetlanders, white British), Danesholme, Corby, with a grandmother in Gretton ----------------

HOME_A = d.Address("27 Tiree Close", "Danesholme", "Corby", "NN18 9EJ")
NAN_A = d.Address("5 Kirby Road", "Gretton", "Corby", "NN17 3DB")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Callum", "Mackie")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["6884688696", "D928211418217"],
       schools=["Danesholme Junior Academy"]),
    _p("s", "sibling", [("Isla", "Baird")], dt.date(2020, 9, 3), addresses=[HOME_A], ids=["7090812235"]),
    _p("m", "mother", [("Shona", "Mackie")], dt.date(1995, 1, 30), addresses=[HOME_A], phones=["07824 611 093"]),
    _p("f", "father", [("Darren", "Baird")], dt.date(1991, 6, 12), phones=["07946 218 550"]),
    _p("g", "grandparent", [("Morag", "Mackie")], dt.date(1968, 11, 2), addresses=[NAN_A], phones=["01536 742 118"]),
    _p("p1", "professional", [("Hannah", "Ferrier")], emails=["hannah.ferrier@welland-nene.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """CASE NOTE - HOME VISIT (announced)
Child: [[Callum Mackie|name]]   DOB: [[22/04/2017|dob]]   NHS: [[688 468 8696|nhs]]
Worker: [[Hannah Ferrier|name]], Social Worker, Corby Locality Team 2
Date of visit: Tuesday [[3 November 2026|date]], 15:40-17:05
Present: [[Shona Mackie|name]] (mother), [[Callum|name]], [[Isla Baird|name]] (half-sister, 6), Mrs [[Morag Mackie|name]] (maternal
grandmother, arrived 16:20 from [[Gretton|place]])

Address: [[27 Tiree Close|address]], [[Danesholme|place]], [[Corby|place]] [[NN18 9EJ|postcode]]

Purpose: follow-up to the referral from [[Danesholme Junior Academy|school]] of [[29 October|date]] ([[Callum|name]] came in with a
mark under his left eye and said "[[Darren|name]] done it when he was steamin").

Observations: the house was warm and tidy downstairs. [[Callum|name]]'s room has no bulb and a mattress on the floor; [[Shona|name]] said
the bed broke when "da peerie man jumped on it". A neighbour, [[Bev Tulloch|name]] from [[no. 31|address]], knocked during the visit to
return a pan and said hello to the kids by name. [[Isla|name]] showed me a drawing of "Daddy [[Darren|name]]" and "Nana [[Morag|name]]".

[[Callum|name]] (alone, in the kitchen): he said the mark happened on Saturday [[24th|date]] when [[Darren Baird|name]]
([[Isla|name]]'s dad,
who stays "some nights") pushed him into the door frame because he would not switch off the Xbox. He said [[Darren|name]] had been
drinking cans with his pal "[[Big Stevie|name]]" from [[Kingswood|place]]. He said he goes to Nana's in [[Gretton|place]] when it gets
loud and that his best pal is [[Kacper|name]] from school.

Mother: [[Shona|name]] accepted that [[Darren|name]] pushed him and said she has told him not to come to [[Tiree Close|address]]. She
gave [[Darren|name]]'s number as [[07946 218 550|phone]] and her own as [[07824 611 093|phone]]. She said she grew up in
[[Corby|place]] after her family moved down from [[Lerwick|place]] for the steelworks; her mother still speaks broad Shetland and
"goes home" to [[Scalloway|place]] every summer.

Grandmother: Mrs [[Mackie|name]] ([[5 Kirby Road|address]], [[Gretton|place]], [[01536 742 118|phone]]) said the children can stay with
her "as long as needed" and she will drive them to school.

Plan: strategy discussion requested for [[4/11/26|date]]; safety plan agreed; I will ring Ms [[Lorna Grieve|name]], DSL at
[[Danesholme Junior|school]], tomorrow. Next visit [[10.11.2026|date]].
Contacts given to [[Shona|name]]: Corby Women's Aid; [[Jen Laidlaw|name]] (family support, [[07722 905 147|phone]]); my own mobile.
Also noted: [[Callum|name]]'s uncle [[Kevin Baird|name]] lives at [[19 Bridge Street|address]], [[Weldon|place]]; gran's partner
[[Alec Dunn|name]] drives the children in his car, [[FN17 ZRK|vehicle]]. [[Callum|name]]'s birth father [[Ross Galbraith|name]] is in
[[Brae|place]], no contact. Checks requested on [[Steven Rennie|name]] and [[Darren Baird|name]] (DOB [[12.06.1991|dob]]).
[[H. Ferrier|name]]
"""),
]

DOCS_A += [
    ("text messages between a mother and grandmother typed up from screenshots", """Screenshots sent by [[Shona Mackie|name]] on
[[5/11/26|date]], typed up by [[H Ferrier|name]] (emojis described in brackets)

Contact saved as: Mam
Sat [[24 Oct|date]] 21:14  Mam: is dat [[darren|name]] dere again
Sat [[24 Oct|date]] 21:16  Me: aye hes fine leave it
Sat [[24 Oct|date]] 22:51  Me: can u come get the bairns
Sat [[24 Oct|date]] 22:52  Mam: on my way. put [[callum|name]]s jacket on him
Sat [[24 Oct|date]] 22:52  Mam: i mean his big jacket sorry typing in the car
Sun [[25 Oct|date]] 09:03  Mam: [[isla|name]] asking for her dad. what do i say
Sun [[25 Oct|date]] 09:10  Me: say hes at [[stevie|name]]s. [[stevie|name]] stays up [[kingswood|place]] by the shops
Sun [[25 Oct|date]] 09:12  Mam: [[shona|name]] dat eye on da peerie boy is not from football
Sun [[25 Oct|date]] 11:40  Me: i know mam (crying face)
Mon [[26 Oct|date]] 07:35  Mam: ill take them to school. mrs [[grieve|name]] will ask
Mon [[26 Oct|date]] 07:36  Me: just say he fell at west glebe park
Mon [[26 Oct|date]] 07:40  Mam: na lass. I'm no lying for him. du kens dat
Wed [[28 Oct|date]] 19:02  Me: [[darren|name]] says hes going to his brothers in [[Weldon|place]] for a bit
Wed [[28 Oct|date]] 19:03  Mam: good. [[Kev|name]] can have him
Thu [[29 Oct|date]] 16:22  Me: school rang social services (angry face)
Thu [[29 Oct|date]] 16:25  Mam: its for the best. come to mine tea. Auntie [[Fiona|name]] is down fae [[Lerwick|place]] on the [[7th|date]]
Thu [[29 Oct|date]] 16:26  Me: ok x

Contact saved as: D (number [[07946 218 550|phone]])
Fri [[30 Oct|date]] 01:12  D: u grassed me up
Fri [[30 Oct|date]] 01:13  D: ill be round [[tiree|address]] tomoro for my stuff
Fri [[30 Oct|date]] 08:01  Me: not when kids are here. [[Kev|name]] can get it
Fri [[30 Oct|date]] 08:03  D: [[kev|name]] is in [[weldon|place]] u daft cow. ill get [[stevie|name]] to drive me
Fri [[30 Oct|date]] 08:05  Me: if [[stevie|name]] comes near [[callum|name]] or [[isla|name]] im phoning [[hannah|name]]
Fri [[30 Oct|date]] 08:06  D: who tf is [[hannah|name]]
Fri [[30 Oct|date]] 08:06  Me: the social worker. [[Hannah Ferrier|name]]. bye [[darren|name]]
"""),
]

DOCS_A += [
    ("primary school safeguarding log export with staff initials", """[[DANESHOLME JUNIOR ACADEMY|school]] - SAFEGUARDING RECORD EXPORT
(pupil: [[MACKIE, Callum|name]]  Y4  UPN
[[D928211418217|upn]])
Printed [[06/11/2026|date]] 08:12 by [[L Grieve|name]] (DSL)

[[MACKIE, Callum|name]]  DOB [[22-04-2017|dob]]  UPN [[D928211418217|upn]]  Class: Hawthorn (Mr [[Abiodun|name]])
Parents/carers: [[Shona Mackie|name]] (mum) [[07824 611 093|phone]]; [[Morag Mackie|name]] (gran, emergency) [[01536 742 118|phone]]

[[12/09/2026|date]] 09:05  [[Tomasz Abiodun|name]] - [[Callum|name]] hungry, no breakfast, had toast from breakfast club. Said mum
"was sleeping". Action: monitor.  Alerted: [[L Grieve|name]]
[[02/10/2026|date]] 14:30  [[Gemma Pyper|name]] (TA) - in PE [[Callum|name]] flinched when [[Harvey Kerr|name]] raised a bat near him.
Told me "[[Darren|name]] shouts loud". Action: DSL informed.
[[29/10/2026|date]] 08:50  [[Gemma Pyper|name]] - yellow/purple bruise under L eye approx 3cm. [[Callum|name]] said "[[Darren|name]]
done it when he was steamin" and that he stayed at his nan's in [[Gretton|place]]. Body map done.  Gran brought him in.
[[29/10/2026|date]] 10:15  [[Lorna Grieve|name]] - referral to MASH (ref not yet given). Rang mum - no answer. Spoke to gran on
[[01536 742 118|phone]]: she confirmed. Informed Head (Mrs [[D Cairns|name]]).
[[03/11/2026|date]] 12:00  [[Lorna Grieve|name]] - [[Hannah Ferrier|name]] SW rang, visiting today.
[[05/11/2026|date]] 15:20  [[Tomasz Abiodun|name]] - [[Callum|name]] upset at home time, did not want to go "to [[Tiree|address]]",
wanted Nana. [[Isla|name]] (sister at [[Danesholme Infant Academy|school]]) collected by gran.
[[06/11/2026|date]] 08:05  [[Lorna Grieve|name]] - [[Callum|name]]'s friend [[Kacper Nowak|name]] told me [[Callum|name]] said a man
called "[[Stevie|name]]" had been round. Passed to SW.
"""),
]

DOCS_A += [
    ("initial child protection conference report by the social worker", """WELLAND AND NENE CHILDREN'S TRUST - REPORT TO INITIAL CHILD
PROTECTION CONFERENCE
Conference date: [[19 November 2026|date]], Corby Cube, room 2 (hybrid)     Chair: [[Rachel Ogunbanjo|name]], IRO
Author: [[Hannah Ferrier|name]], Social Worker ([[hannah.ferrier@welland-nene.gov.uk|email]])

1. Children
[[Callum Mackie|name]], born [[22 April 2017|dob]], [[Danesholme Junior Academy|school]]
[[Isla Baird|name]], born [[3 September 2020|dob]], [[Danesholme Infant Academy|school]]
Both live with their mother, [[Shona Mackie|name]] (born [[30.01.1995|dob]]), at [[27 Tiree Close|address]], [[Danesholme|place]],
[[Corby|place]] [[NN18 9EJ|postcode]]. [[Isla|name]]'s father is [[Darren Baird|name]] (born [[12/06/1991|dob]]), now said to be living
with his brother [[Kevin Baird|name]] in [[Weldon|place]]. [[Callum|name]]'s father, [[Ross Galbraith|name]], lives in [[Brae|place]],
Shetland, and has had no contact since 2021.

2. Reason for conference
On [[29 October 2026|date]] [[Callum|name]] disclosed to school staff that [[Darren|name]] pushed him into a door frame on
[[24 October|date]] while drunk. A section 47 enquiry was agreed at the strategy discussion on [[4 November|date]] with
DC [[Amrit Sandhu|name]] (Northamptonshire Police, MASH) and Dr [[Eleanor Voss|name]], named GP at Lakeside Surgery.

3. What we are worried about
- Repeated physical harm and alcohol: police attended [[Tiree Close|address]] on [[14 March 2026|date]] and [[2 August 2026|date]]
  (verbal arguments; [[Darren|name]] removed once).
- Neglect of [[Callum|name]]'s basic care: no bed, hungry at school, his mother sleeping in the mornings.
- [[Darren|name]]'s friend [[Steven Rennie|name]] ("[[Big Stevie|name]]"), known to police, visiting the home.

4. What is working well
- Mrs [[Morag Mackie|name]], of [[Gretton|place]], is a protective grandmother who acts quickly.
- [[Shona|name]] has asked [[Darren|name]] to leave and has agreed to work with Corby Women's Aid and with Ms [[Jen Laidlaw|name]],
  family support worker.
- The school know the children well; [[Callum|name]] trusts Mrs [[Pyper|name]].

5. Children's views
[[Callum|name]]: "I want to stay with Mum and Nana, not [[Darren|name]]." [[Isla|name]] drew her family and left [[Darren|name]] out.

6. Recommendation: child protection plans for both children under the category of physical abuse ([[Callum|name]]) and
neglect (both). Core group first meeting [[1 December 2026|date]] at [[Morag|name]]'s house.
"""),
]


# --- B. Alemu / Tesfaye family (Amhara, Ethiopian Orthodox), Beanfield, Corby, with a father in Addis Ababa ---------------

HOME_B = d.Address("Flat 2, 9 Lanark Walk", "Beanfield", "Corby", "NN17 1XS")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Selam", "Tesfaye")], dt.date(2013, 2, 17), addresses=[HOME_B], ids=["7180993514", "Y928223016048"],
       schools=["Corby Business Academy"]),
    _p("s", "sibling", [("Dawit", "Tesfaye")], dt.date(2018, 7, 5), addresses=[HOME_B], ids=["6308931160"],
       schools=["Beanfield Primary School"]),
    _p("m", "mother", [("Mekdes", "Alemu")], dt.date(1989, 5, 9), addresses=[HOME_B], phones=["07511 384 927"]),
    _p("f", "father", [("Tesfaye", "Girma")], dt.date(1984, 3, 1), phones=["+251 91 124 7783"]),
    _p("p1", "professional", [("Owen", "Maddock")], emails=["owen.maddock@welland-nene.gov.uk"]),
], "c")

DOCS_B = [
    ("multi-agency referral form from a secondary school", """NORTH NORTHAMPTONSHIRE MASH - MULTI-AGENCY REFERRAL FORM (MARF)
Section 1 - Child
Surname: [[TESFAYE|name]]        Forename(s): [[Selam|name]]        Known as: [[Seli|name]]
DOB: [[17.02.2013|dob]]   Gender: F   Ethnicity: Black African (Ethiopian - Amhara)   Religion: Ethiopian Orthodox
Language: Amharic (first), English (good)   Interpreter for parent: YES - Amharic
Address: [[Flat 2, 9 Lanark Walk|address]], [[Beanfield|place]], [[Corby|place]] [[NN17 1XS|postcode]]
School: [[Corby Business Academy|school]] (Y9)   UPN: [[Y928223016048|upn]]   NHS no: [[718 099 3514|nhs]]

Section 2 - Household
Mother: [[Mekdes ALEMU|name]]  DOB [[09/05/1989|dob]]  tel [[07511 384 927|phone]]
Brother: [[Dawit TESFAYE|name]]  DOB [[05/07/2018|dob]]  [[Beanfield Primary School|school]]
Father: [[Tesfaye Girma|name]] - in [[Addis Ababa|place]], [[+251 91 124 7783|phone]] (per [[Selam|name]])
Other: lodger "[[Abel|name]]" (surname unknown), sleeps in the living room since August?

Section 3 - Referrer
[[Natalie Beaumont|name]], Designated Safeguarding Lead, [[CBA|school]]   [[01536 201 574|phone]]
Date of referral: [[16/11/2026|date]]

Section 4 - Concerns (what happened, when, who said what)
On Monday [[16 November|date]] [[Selam|name]] stayed behind after a tutor session with Ms [[Kowalczyk|name]] and said the lodger
[[Abel|name]] "comes into my room at night when Mum is at work" and "sits on my bed and says things". She said it started after
Timket (?) then corrected herself: "after the summer". Her mother works nights at the Amazon warehouse near [[Kettering|place]]
(the [[Burton
Latimer|place]] site). [[Selam|name]] said [[Dawit|name]] sleeps through it. She asked us not to tell her mum "because Mum needs the
rent from him". She said her friend [[Hana Bekele|name]] (Y9) knows.

Section 5 - Child's wishes: to have a lock on her door; to stay with her aunt [[Tigist|name]] in [[Northampton|place]].
Section 6 - Consent: not sought (risk of sexual harm).
Section 7 - Other professionals: GP Dr [[Yusuf Danjuma|name]], Forest Gate Surgery; school nurse [[Fiona Mulligan|name]] (via
the 0-19 team); tutor Ms [[Agata Kowalczyk|name]]; Head of Year Mr [[Curtis Ibe|name]]. Aunt: [[Tigist Alemu|name]], [[Far Cotton|place]],
[[Northampton|place]], [[07398 441 672|phone]]. Friend's mother (knows the family): Mrs [[Tsion Bekele|name]], [[4 Cupar Walk|address]],
[[Beanfield|place]]. Mother's workplace: nights, 22:00-06:00, Sunday to Thursday.
"""),
]

DOCS_B += [
    ("section 47 assessment summary with an interpreter", """SECTION 47 ENQUIRY - OUTCOME SUMMARY
Children: [[Selam Tesfaye|name]] ([[17/02/2013|dob]]) and [[Dawit Tesfaye|name]] ([[05/07/2018|dob]])
Social worker: [[Owen Maddock|name]]; Amharic interpreter: Ato [[Mulugeta Haile|name]] (LanguageLine, ID 40712), in person
Visits: [[17 November 2026|date]] (home, [[Lanark Walk|address]]); [[18 November 2026|date]] ([[Selam|name]] at school, ABE
planning); [[20 November|date]] (mother, at Corby police station)

The lodger: identified by police as [[Abel Mengistu|name]], born [[03/03/1996|dob]], of no fixed abode, previously at
[[44 Welland Vale Road|address]], [[Corby|place]]. Arrested on [[18 November|date]]; released on bail with conditions not to
contact [[Selam|name]] or go to [[Beanfield|place]]. DC [[Laura Whitlock|name]] is the officer in the case.

Mother: W/ro [[Mekdes Alemu|name]] (W/ro is the Amharic "Mrs") was shocked and then angry with [[Selam|name]] for "bringing police".
Through Ato [[Mulugeta|name]] she said [[Abel|name]] is the son of a woman from her village near [[Bahir Dar|place]] and she took him
in "as a brother". She has sent money to the children's father [[Tesfaye|name]] in [[Addis Ababa|place]] every month and could not
pay the rent after her hours were cut. By the second visit she said: "My daughter is first. He will not come back."

[[Selam|name]]: wants to stay at home now [[Abel|name]] has gone, with a lock on her door; speaks warmly of her aunt
[[Tigist Alemu|name]] ([[07398 441 672|phone]]) of [[Far Cotton|place]], [[Northampton|place]], and her godmother Emama
[[Almaz|name]]. Her priest, Abba [[Gebremeskel|name]], at the Ethiopian Orthodox church in [[Northampton|place]], is "like a grandfather".

[[Dawit|name]]: said [[Abel|name]] "plays FIFA with me" and nothing worried him. He goes to Amharic school on Saturdays.

Outcome: concerns substantiated (risk of sexual harm from a non-family adult); child in need plan, not conference, as mother is
now protective. Actions: housing benefit check; Citizens Advice; referral to Ms [[Ruth Adeyemi|name]], ISVA.
"""),
    ("Telegram family chat in Amharic and English typed up and translated", """Telegram group "ቤተሰብ" (Family) - exported from
[[Selam|name]]'s phone with her consent on [[19/11/2026|date]]
Translated by [[Mulugeta Haile|name]]; his translations in brackets.

[[ተስፋዬ|name]] ([[Tesfaye|name]], father, [[+251 91 124 7783|phone]]), [[16.11.2026|date]] 22:40:
ሰላም ልጄ እንዴት ነሽ? ([[Selam|name]] my daughter, how are you?)
[[Seli|name]]: dad I told the school about [[abel|name]]
[[ተስፋዬ|name]]: ምን? (What?)
[[Seli|name]]: he comes in my room. dont tell mum yet
[[ተስፋዬ|name]]: I will call [[መቅደስ|name]] now ([[Mekdes|name]])
[[መቅደስ|name]] ([[Mekdes|name]]), [[17.11.2026|date]] 06:55: ሰላም ለምን አልነገርሽኝም ([[Selam|name]], why did you not tell me)
[[Seli|name]]: sorry mum. the social worker is coming today
[[ዳዊት|name]] ([[Dawit|name]]): whats happening
[[Seli|name]]: nothing [[dawit|name]] go to school
Aunt [[Tigist|name]], [[17.11.2026|date]] 08:10: I am coming from [[Northampton|place]] after work. [[Selam|name]] you did right
[[ተስፋዬ|name]], [[17.11.2026|date]] 09:30: My brother [[Yonas|name]] in [[ጎንደር|place]] ([[Gondar|place]]) says [[Abel|name]]'s family is
in [[Bahir Dar|place]] not our village. He is lying to us all
[[ተስፋዬ|name]]: call me on [[+251 11 552 3076|phone]] at the office
[[መቅደስ|name]], [[ህዳር 8|date]] ([[Hidar 8|date]] - Ethiopian calendar, = [[17 November|date]]): እግዚአብሔር ይጠብቅሽ (God keep you)
"""),
]

DOCS_B += [
    ("scanned letter of support from a priest, OCR text with errors left in", """[scanned PDF, OCR text; errors left as read]
Debre Genet Kidus Mikael Ethiopian Orthodox Tewahedo Church
c/o [[12 St James Road|address]], [[Northampton|place]] [[NN5 5LA|postcode]]     Tel [[01604 367 512|phone]]

Date: [[21/11/2O26|date]]
To whom it may concem / Mr [[0wen Maddock|name]], Childrens Serv1ces, [[Corby|place]]

Re: W/ro [[Mekdes A1emu|name]] and her children [[Selam|name]] and [[Dawit|name]], of [[Beanfie1d|place]]

Dear Sir
I am Abba [[Gebremeskel Wolde|name]], priest of this church since 2014. W/ro [[Mekdes|name]] has come to our
church every Sunday with her children since they came to Eng1and... she is a good mother and she works
very hard. [[Se1am|name]] sings in the youth choir with my niece [[Meron|name]] and [[Dawit|name]] comes to the
Saturday school with Memhir [[Fasil|name]].
We were very sad to hear what the young man [[Abel|name]] did. He came to us only two or three times. Our community wi11 help
the family: W/ro [[Almaz Tadesse|name]] (godmother, tel [[07398 441 673|phone]]) will give [[Selam|name]] a room on the
nights her mother works, at [[7 Ruskin Avenue|address]], [[Wellingborough|place]], and our women's group will help with food.
The family will be remembered in prayer on the feast of Kidus Mikael, [[Hidar 12|date]] ([[21 November|date]]).
Yours in Christ
Abba [[Gebremeskel|name]]
[stamp, partly illegible: "...MIKAEL ... NORTHAMPTON ... 2008 E.C."]
"""),
]


# --- C. Harper / Doyle family (white British), Avondale Grange, Kettering, with a father in Desborough ----------------------

HOME_C = d.Address("63 Windermere Road", "Avondale Grange", "Kettering", "NN16 8RE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mason", "Harper")], dt.date(2011, 8, 14), addresses=[HOME_C], ids=["7184877004", "J928251419103"],
       schools=["Kettering Buccleuch Academy"]),
    _p("s", "sibling", [("Poppy", "Doyle")], dt.date(2023, 2, 28), addresses=[HOME_C], ids=["4022886358"]),
    _p("m", "mother", [("Kayleigh", "Harper")], dt.date(1993, 10, 19), addresses=[HOME_C], phones=["07867 203 514"],
       ids=["JX 44 19 72 B"]),
    _p("f", "father", [("Lewis", "Doyle")], dt.date(1990, 12, 6), addresses=[HOME_C], phones=["07983 660 218"]),
    _p("f2", "father", [("Craig", "Harper")], dt.date(1989, 4, 4), phones=["07412 338 905"]),
    _p("p1", "professional", [("Sophie", "Marsh")], emails=["sophie.marsh@welland-nene.gov.uk"]),
], "c")

DOCS_C = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Mason HARPER|name]] ([[14/08/2011|dob]]) and
[[Poppy DOYLE|name]] ([[28/02/2023|dob]])
[[63 Windermere Road|address]], [[Avondale Grange|place]], [[Kettering|place]] [[NN16 8RE|postcode]]
Compiled by [[Sophie Marsh|name]], SW, from ICS, police and school records. Updated [[25.11.2026|date]].

Date | Event | Source | Impact on child
[[04/06/2021|date]] | [[Kayleigh Harper|name]] separates from [[Craig Harper|name]] ([[Mason|name]]'s dad), who moves to
[[Desborough|place]] | mother | [[Mason|name]] sees dad fortnightly
[[28/02/2023|date]] | [[Poppy|name]] born at Kettering General Hospital; father [[Lewis Doyle|name]] | health | -
[[17/09/2024|date]] | Police called by neighbour Mr [[Gary Pell|name]] ([[no. 65|address]]) - shouting, [[Lewis|name]] arrested, NFA |
police | [[Mason|name]] (13) rang 999 himself
[[03/01/2025|date]] | [[Mason|name]] excluded 5 days from [[Kettering Buccleuch Academy|school]] for vaping and fighting | school | -
[[22/05/2025|date]] | [[Mason|name]] found by police in the car park of Wicksteed Park at 23:40 with older youths | police | first
missing episode
[[12/08/2025|date]] | [[Mason|name]] seen getting into a car, reg [[KX21 PLV|vehicle]], in [[Rockingham Road|address]] | police
intelligence | CE concern
[[08/12/2025|date]] | [[Kayleigh|name]] reports [[Mason|name]]'s bike taken by [[Tyrese Dean|name]] at [[Ise Lodge|place]];
[[Mason|name]] says
"[[Bone|name]] let me borrow it" | police | -
[[19/12/2025|date]] | Home visit by SW [[Bola Adewale|name]] (previous worker); [[Lewis|name]] and [[Mason|name]] fighting;
[[Craig|name]] collects
[[Mason|name]] to [[Desborough|place]] for Christmas | social care | -
[[30/10/2025|date]] | Strategy meeting; CE screening tool "significant". [[Mason|name]] has a new phone and trainers | MASH | -
[[14/02/2026|date]] | [[Mason|name]] arrested in [[Northampton|place]] with cannabis bagged for sale; "[[T-Bone|name]]" named | police
| NRM referral
[[09/09/2026|date]] | Moves to [[Tresham College|school]] (Kettering campus) foundation course | school | attends 2 days of 4
[[21/11/2026|date]] | Missing overnight; found [[22/11/2026|date]] at a flat in [[Wellingborough|place]],
[[Flat 9, Hatton Court|address]] | police | return interview offered
"""),
]

DOCS_C += [
    ("police missing person debrief email with a found-report pasted in", """From: [[Jason Whitby|name]]
<[[jason.whitby@northants.police.uk|email]]>
Sent: [[22 November 2026|date]] 11:02
To: [[Sophie Marsh|name]]; MASH North
Subject: FW: MISPER FOUND - [[HARPER Mason|name]] - KTG/26/88412

[[Sophie|name]],
FYI, found report below. [[Mason|name]] was quiet but OK. Please note the address - third time [[Hatton Court|address]] has come up.
PC 1187 [[Whitby|name]]

---- Found report ----
Name: [[HARPER, Mason|name]]   DOB: [[14/08/2011|dob]]   Home: [[63 Windermere Rd|address]], [[Kettering|place]]
Reported missing by: mother [[Kayleigh HARPER|name]] ([[07867 203 514|phone]]) at 22:15 on [[21/11/2026|date]]
Found: 08:20 [[22/11/2026|date]] at [[Flat 9, Hatton Court|address]], [[Wellingborough|place]] [[NN8 4HT|postcode]]
Others present: [[DEAN, Tyrese|name]] (17) - known as "[[T-Bone|name]]"; female [[LUCAS, Chantelle|name]] (19), tenant;
a male who left via the rear, described as Asian, 20s, possibly "[[Zee|name]]"
Vehicle outside: grey Audi A3 [[KX21 PLV|vehicle]] (registered keeper [[Naveed Akhtar|name]] of [[Leicester|place]])
Condition: tired, smelt of cannabis, no injuries. Had two phones; one seized (Samsung, contacts include "[[Bone|name]]" and
"Tesco [[Kev|name]]"). Said he had been "at a mate's" and "walked" from [[Kettering|place]] (he could not have).
Also at the flat earlier (per [[LUCAS|name]]): [[Kyle Brannigan|name]] (18) of [[Queensway|place]], [[Wellingborough|place]], and a girl
"[[Jas|name]]" from [[Rushden|place]]. Neighbour at [[Flat 10|address]], Mrs [[Edna Pritchard|name]], says the door "goes all night".
Returned home 09:05 to mother and stepdad [[Lewis DOYLE|name]]. Mother says [[Mason|name]]'s dad [[Craig|name]] ([[07412 338 905|phone]])
in [[Desborough|place]] had been out looking all night in his van, [[AV68 TRN|vehicle]].
"""),
    ("voice notes a teenager sent his youth worker, auto-transcribed", """Voice notes from [[Mason|name]] to [[Ellie Stanbridge|name]]
(Youth Worker, Kettering Youth Hub), auto-transcribed by WhatsApp,
copied into the case file by [[Ellie|name]] on [[24/11/2026|date]]. Mis-hearings left in, corrections in brackets.

[[23 Nov|date]], 21:47 (0:52)
"yo [[ellie|name]] it's [[mason|name]] innit um I can't come Thursday cos my mum's making me go my dad's in [[dez borough|place]]
([[Desborough|place]]) which is dead like there's nothing there um and [[tee bone|name]] ([[T-Bone|name]]) keeps messaging me saying I
owe him for the phone what got took by the fed so yeah I don't know what to do"

[[23 Nov|date]], 21:49 (0:31)
"and don't tell [[Sophie|name]] yeah cos she'll tell my mum and [[Lewis|name]] will kick off he's always kicking off anyway about me
being round [[Wellingborough|place]] with [[shantelle|name]] ([[Chantelle|name]])"

[[24 Nov|date]], 00:12 (1:05)
"sorry for late I just wanna say like [[poppy|name]] asked me why I wasn't home and I felt bad ... um there's this man [[zed|name]]
([[Zee|name]]) he's from [[Leicester|place]] he drives the Audi he said if I do one more run to [[Corby|place]] it's cleared ... I'm not
gonna though I'm not ... can we meet at the hub tomorrow no the library at like four"
"""),
]

DOCS_C += [
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Mason Harper|name]] (15) and [[Poppy Doyle|name]] (3)      Date: [[26th November 2026|date]], 16:00, at home
Chair/minutes: [[Sophie Marsh|name]] (SW)
Present: [[Kayleigh Harper|name]] (mum); [[Lewis Doyle|name]] (stepdad, [[Poppy|name]]'s dad); [[Mason|name]] (first 20 mins);
[[Ellie Stanbridge|name]] (youth worker); [[Priya Chauhan|name]] (Tresham College student support); [[Craig Harper|name]] (dad) by phone
Apologies: PC [[Jason Whitby|name]]; [[Donna Rowlatt|name]], health visitor

1. [[Mason|name]]'s update. [[Mason|name]] said he is "trying". He has blocked [[Tyrese|name]] and changed his number (new number held by
[[Sophie|name]], not minuted at his request). He wants to do a plumbing course and to box at the club in [[Kettering|place]] with his
cousin [[Jordan|name]].
2. College. [[Priya|name]]: attendance 48% since [[9 September|date]]; [[Mason|name]] did well in maths resit mock on the [[19th|date]].
3. Home. [[Kayleigh|name]] and [[Lewis|name]] argue about [[Mason|name]]; [[Lewis|name]] agreed he will not confront him and will leave it
to [[Kayleigh|name]]. [[Poppy|name]] is thriving at [[Little Acorns Nursery|school]] on [[Stamford Road|address]].
4. Dad. [[Craig|name]] offered for [[Mason|name]] to stay with him in [[Desborough|place]] at weekends ([[14 Harborough Road|address]],
[[Desborough|place]], [[NN14 2QX|postcode]]). Agreed in principle; [[Sophie|name]] to visit first, Tuesday [[1 December|date]].
5. Exploitation. NRM positive reasonable grounds decision [[20 March 2026|date]]; conclusive decision awaited. Police disruption at
[[Hatton Court|address]]. [[Ellie|name]] to keep weekly sessions (Thursdays, at the library).
6. Actions: [[Sophie|name]] - visit [[Craig|name]] at [[Harborough Road|address]]; [[Ellie|name]] - weekly; [[Kayleigh|name]] - call
[[Donna Rowlatt|name]] about [[Poppy|name]]'s 3-year check; [[Lewis|name]] - parenting course at the Kettering Family Hub from
[[13 January 2027|date]]; [[Priya|name]] - meet [[Mason|name]] and [[Jordan Harper|name]] (cousin) about the plumbing course.
Next review: [[11 February 2027|date]].
"""),
]


# --- D. Friesen / Klassen family (Low German Mennonite, from Mexico by way of Germany), Brambleside, Kettering -------------

HOME_D = d.Address("8 Thornhill Close", "Brambleside", "Kettering", "NN16 9JX")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Helena", "Friesen")], dt.date(2012, 6, 30), addresses=[HOME_D], ids=["6657933363", "R928206120335"],
       schools=["Brooke Weston Academy"]),
    _p("s", "sibling", [("Jakob", "Friesen")], dt.date(2015, 3, 8), addresses=[HOME_D], ids=["4199089632"]),
    _p("s2", "sibling", [("Tina", "Friesen")], dt.date(2019, 11, 21), addresses=[HOME_D], ids=["4514659967"]),
    _p("s3", "sibling", [("Peter", "Friesen")], dt.date(2026, 7, 14), addresses=[HOME_D], ids=["6744453475"]),
    _p("m", "mother", [("Susanna", "Friesen"), ("Susanna", "Klassen")], dt.date(1990, 2, 11), addresses=[HOME_D],
       phones=["07722 905 146"]),
    _p("f", "father", [("Abram", "Friesen")], dt.date(1986, 9, 25), addresses=[HOME_D], phones=["07534 867 120"]),
    _p("p1", "professional", [("Claire", "Ashworth")], emails=["claire.ashworth@welland-nene.gov.uk"]),
], "c")

DOCS_D = [
    ("education welfare home visit form with tick boxes", """EDUCATION ENTITLEMENT SERVICE - HOME VISIT RECORD (form EW3)
Officer: [[Graham Tilley|name]]        Visit date: [[13/10/2026|date]]        Time: 10:20
Child: [[Helena FRIESEN|name]]   DOB: [[30/06/2012|dob]]   UPN: [[R928206120335|upn]]   Year: 9
School on roll: [[Brooke Weston|school]] ([[Corby|place]])  - last attended [[18/09/2026|date]]
Address: [[8 Thornhill Close|address]], [[Brambleside|place]], [[Kettering|place]] [[NN16 9JX|postcode]]
Home language: Plautdietsch (Low German); also Spanish, High German. English: father good, mother basic, [[Helena|name]] fluent.

[X] Parent seen   [X] Child seen   [ ] Child seen alone (father refused)   [X] Letter left

Spoke with: father [[Abram Friesen|name]] ([[07534 867 120|phone]]); mother [[Susanna|name]] (nursing baby [[Peter|name]], 3 months);
[[Helena|name]] was in the kitchen with [[Tina|name]] (6). [[Jakob|name]] at [[Hawthorn Community Primary|school]].

Father's account: the family came from [[Campo 6|place]] near [[Cuauhtémoc|place]], Chihuahua, via [[Bielefeld|place]] in 2023.
He works at a pallet yard in [[Geddington|place]]. He said "a girl of fourteen has enough school", that in the colony girls
leave at twelve, and that [[Helena|name]] is needed at home since the baby. He said their church elder, Ohm [[Jakob Wiebe|name]]
of [[Lemgo|place]] (a visiting minister), agrees. He said he will "teach her at home" and write to the school.

[[Helena|name]] (father present): said "I liked the school" and that her friend [[Lily-Mae|name]] from her tutor group
messages her. She looked at her father before answering each question.

Outcome: [X] EHE notification not yet received  [X] CME risk  [X] Referral to MASH (child not seen alone; possible
forced withdrawal)   Next: joint visit with social worker [[Claire Ashworth|name]], w/c [[19 October|date]].
Neighbour seen on leaving: Mrs [[Carol Bateman|name]] ([[no. 10|address]]) said [[Helena|name]] "used to wave on the way to the bus" and
has not been seen going out since late September; she gave her number, [[01536 742 119|phone]].
"""),
]

DOCS_D += [
    ("a mother's own handwritten letter in mixed English and German, typed up", """[handwritten on lined paper, given to the social
worker on [[2 November 2026|date]]; typed up as written, German kept]

[[Brambleside|place]] [[1 Nov 2026|date]]

Dear Mrs [[Ashworth|name]]
I am [[Susanna Friesen|name]] I was [[Susanna Klassen|name]] before I marry. I write myself because my husband [[Abram|name]]
dont know I write. My English is not good, my daughter [[Lena|name]] help me with some words but she not read this.

Our [[Lena|name]] ([[Helena|name]]) is good girl. She want to go to school. I also want. In Mexiko I go to school only 6 years in
the colony and now I can not read the letters from the doctor. I dont want this for her.
[[Abram|name]] is not bad man. But when he is angry he use the belt for the boys, for [[Jakob|name]]. I have seen in September
one time it made a mark. I am afraid to say. My brother [[Heinrich Klassen|name]] in [[Bielefeld|place]] say I must tell you.
His number is [[+49 5261 938 411|phone]], he speak German and English.

My mother [[Aganetha Klassen|name]] is still in Mexiko, in [[Campo 6|place]] by [[Cuauhtémoc|place]], her telephone
[[+52 625 118 4392|phone]]. Bitte do not call her, she will tell the Ältester (elder) and all the colony will know.

I ask please: can [[Lena|name]] go back to [[Brooke Weston|school]] and the bus from [[Kettering|place]]? Can somebody help me
with English? Frau [[Penner|name]] from the church in [[Rushden|place]] says there is a class at the library.

Vielen Dank
[[Susanna|name]]
my phone [[07722 905 146|phone]] (only in the day, [[Abram|name]] is at work at [[Geddington|place]])
"""),
    ("health visitor contact note in SystmOne style", """SystmOne | Health Visiting | Contact
Patient: [[FRIESEN, Peter|name]] | DOB [[14 Jul 2026|dob]] | NHS [[674 445 3475|nhs]]
[[8 Thornhill Close|address]], [[Kettering|place]], [[NN16 9JX|postcode]]
Contact date: [[04-Nov-2026|date]] | Staff: [[Niamh Costello|name]], HV | Type: New birth follow-up (late), home

Mother [[Susanna Friesen|name]] (DOB [[11-Feb-1990|dob]]) seen with infant. Interpreter: none available for Plautdietsch; mother
chose German via LanguageLine (interpreter Herr [[Vogt|name]]).
Infant: weight 6.21kg (25th centile, following). Feeding: breast. Sleeping in Moses basket in parents' room. Immunisations
behind - 8 wk not given; booked at Northfield Medical Centre for [[11-Nov-2026|date]].
Siblings: [[Helena|name]] 14 (at home; "helps with baby"), [[Jakob|name]] 11, [[Tina|name]] 6 (mum says "[[Tinchen|name]]").
Mother mood: EPDS via interpreter 14 - low mood, isolated, no family in UK other than brother [[Heinrich|name]] in Germany.
Mother disclosed father uses a belt on [[Jakob|name]]; safeguarding concern shared with SW [[Claire Ashworth|name]] same day
(Trust safeguarding team informed, [[Karen Iles|name]]).
Plan: review [[18-Nov-2026|date]]; GP for maternal mood; refer to Kettering Family Hub ESOL and baby group.
Next of kin recorded: husband [[Abram Friesen|name]], [[07534 867 120|phone]]; brother [[Heinrich Klassen|name]], [[Bielefeld|place]],
[[+49 5261 938 411|phone]]. GP: Dr [[Hamish Cairncross|name]]. Mother's friend from church, [[Maria Penner|name]] of [[Rushden|place]],
drives her to appointments. Baby's 6-8 week check done late on [[30-Sep-2026|date]] by Dr [[Cairncross|name]].
"""),
]

DOCS_D += [
    ("strategy discussion record", """STRATEGY DISCUSSION - RECORD
Held: [[5 November 2026|date]], 14:00-14:50, Teams       Chair: [[Marcus Oyelaran|name]], Team Manager, Kettering Locality
Children: [[Helena|name]] ([[30.06.12|dob]]), [[Jakob|name]] ([[08.03.15|dob]]), [[Tina|name]] ([[21.11.19|dob]]) and [[Peter FRIESEN|name]]
([[14.07.26|dob]]), [[8 Thornhill Close|address]], [[Brambleside|place]]
Attendees: [[Claire Ashworth|name]] (SW); DS [[Nikki Brace|name]] (MASH police); [[Niamh Costello|name]] (HV); [[Graham Tilley|name]]
(EES); [[Sarah-Jane Okoro|name]] (DSL, [[Hawthorn Community
Primary School|school]]); [[Rhys Pemberton|name]] (DSL, [[Brooke Weston|school]])

Information shared
- [[Sarah-Jane|name]]: [[Jakob|name]] came in on Thursday [[29 October|date]] walking stiffly; would not change for PE. Said "Papa was
  angry". No mark seen. Previously a quiet, able boy; best friend [[Oliver Brennan|name]].
- [[Rhys|name]]: [[Helena|name]] off roll risk; a friend, [[Lily-Mae Parkes|name]], showed staff a message: "papa says no more school, im
  to help mama and then marry at 18 like my cousin [[Anna|name]] in Bolivia".
- DS [[Brace|name]]: no police history in UK. German police check via ACRO requested.
- [[Niamh|name]]: mother's disclosure (belt; mark seen in September); mother isolated, low mood, wrote her own letter to SW.

Decision: section 47 enquiry (single agency, social care lead; police to join visit). [[Jakob|name]] to be seen at school
[[6 November|date]] with a Low German-speaking interpreter if one can be found (try Mennonite Central Committee contact [[Anna Unger|name]],
[[07775 219 046|phone]]; else German). [[Helena|name]] to be seen alone at school. Mother's safety: plan for contact during father's
working hours only.
"""),
]


# --- E. Swann / Dunmore family (white British, kinship care), Rothwell, with a mother in Burton Latimer ----------------------

HOME_E = d.Address("22 Squires Hill", "Rothwell", "Kettering", "NN14 6BQ")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dunmore")], dt.date(2015, 1, 9), addresses=[HOME_E], ids=["6028015776", "N928213322072"],
       schools=["Rothwell Junior School"]),
    _p("s", "sibling", [("Lacey", "Dunmore")], dt.date(2019, 5, 2), addresses=[HOME_E], ids=["7978978532"]),
    _p("m", "mother", [("Jade", "Dunmore")], dt.date(1997, 8, 8), phones=["07960 482 113"]),
    _p("g", "grandparent", [("Pauline", "Swann")], dt.date(1964, 3, 27), addresses=[HOME_E], phones=["01536 710 432"],
       ids=["JB 62 05 17 D"]),
    _p("p1", "professional", [("Kirsty", "Hollis")], emails=["kirsty.hollis@welland-nene.gov.uk"]),
], "c")

DOCS_E = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Annex A, extract) - prospective special guardian:
Mrs [[Pauline Swann|name]]
Children: [[Tyler Dunmore|name]] (born [[9 January 2015|dob]]) and [[Lacey Dunmore|name]] (born [[2 May 2019|dob]])
Assessor: [[Kirsty Hollis|name]], Kinship Team       Court: Family Court at Northampton, case NN26C00412

1. The applicant
Mrs [[Swann|name]] is 62 and lives at [[22 Squires Hill|address]], [[Rothwell|place]], [[Kettering|place]] [[NN14 6BQ|postcode]], a
three-bedroom council house she has rented since 1991. She was a dinner lady at [[Rothwell Junior School|school]] for 19 years, where
[[Tyler|name]] now goes; his class teacher is, by chance, Mr [[Rothwell|name]] ("no relation, everyone asks"). NI [[JB 62 05 17 D|ni]].
She was widowed in 2019 (her husband [[Terry Swann|name]] died of a heart attack). Her son [[Dale Swann|name]] lives in
[[Barton Seagrave|place]] and her sister [[Maureen Gill|name]] in [[Market Harborough|place]]; both will support her.

2. The children's history
The children's mother, [[Jade Dunmore|name]] (born [[08/08/1997|dob]]), is Mrs [[Swann|name]]'s daughter. The children's father,
[[Liam Foxon|name]], has been in HMP Onley since [[12 May
2025|date]]. [[Jade|name]]'s heroin use and her eviction from [[Flat 3,
17 Meadow Road|address]], [[Kettering|place]], on [[3 March 2025|date]] led to the children coming to their grandmother under a
section 20 agreement, then an interim care order on [[27 June 2025|date]].

3. Parenting capacity
[[Pauline|name]] (she asked to be called by her first name) knows the children's needs well: [[Tyler|name]]'s ADHD medication, his
Saturday football with the Corinthians under-12s, [[Lacey|name]]'s speech therapy with Ms [[Hope Adebayo|name]], and [[Lacey|name]]'s best
friend [[Summer|name]] who lives at [[number 26|address]]. She is firm about the rule that [[Jade|name]] sees the children only at the
contact centre in [[Kettering|place]] or at her sister-in-law [[Grace Swann|name]]'s house in [[Desborough|place]].

4. Health: type 2 diabetes, controlled (GP letter from Dr [[Amanda Kettering|name]], of the Greenhill Surgery,
[[14 October 2026|date]]).

5. Support network (seen by the assessor)
[[Dale Swann|name]] (son), [[Barton Seagrave|place]], [[07831 557 290|phone]] - takes [[Tyler|name]] to football, seen
[[2 October 2026|date]].
[[Maureen Gill|name]] (sister), [[11 Welland Avenue|address]], [[Market Harborough|place]] [[LE16 7HG|postcode]] - seen [[8 October|date]].
[[Grace Swann|name]] (sister-in-law), [[Desborough|place]] - contact venue, seen [[12 October|date]].
Neighbour [[Sandra Chapman|name]] ([[number 20|address]]) - references the family's [[Lacey|name]] and [[Summer|name]] friendship.
Referee: Revd [[Alan Moody|name]], Holy Trinity, [[Rothwell|place]], seen [[20 October 2026|date]].

Recommendation: special guardianship order, with a support plan.
"""),
]

DOCS_E += [
    ("Facebook Messenger conversation between a mother and grandmother, printed and typed up", """Printed from Facebook Messenger by
Mrs [[Swann|name]] and handed to [[Kirsty|name]] on [[16/11/2026|date]] (typed up as printed)

[[Jade Dunmore|name]] - [[14 NOVEMBER|date]] AT 23:02
mum pls let me see the kids tomoz. im clean 3 weeks. [[ty|name]]'s new boots are at [[dale|name]]s
[[Pauline Swann|name]] - [[14 NOVEMBER|date]] AT 23:20
[[jade|name]] you know the rules. contact centre tuesday. [[kirsty|name]] will ring you
[[Jade Dunmore|name]] - [[14 NOVEMBER|date]] AT 23:21
fuk [[kirsty|name]]. shes not there mum. im there. im at [[becky|name]]s in [[burton|place]] now she has a spare room
[[Pauline Swann|name]] - [[14 NOVEMBER|date]] AT 23:25
whos [[becky|name]]. is that the one from [[Latimer Close|address]]? with the dog
[[Jade Dunmore|name]] - [[15 NOVEMBER|date]] AT 00:04
[[becky harrold|name]] from school. she aint like that. [[liam|name]]s mate [[Deano|name]] is out tho so keep the kids in
[[Pauline Swann|name]] - [[15 NOVEMBER|date]] AT 08:11
what do you mean keep them in. is [[Deano|name]] coming to [[Rowell|place]]
[[Jade Dunmore|name]] - [[15 NOVEMBER|date]] AT 08:40
dunno. he asked where u live. i said [[Squires Hill|address]] sorry mum i was off my head
[[Pauline Swann|name]] - [[15 NOVEMBER|date]] AT 08:42
i am ringing the police. [[lacey|name]] is scared already after last time
[[Jade Dunmore|name]] - [[15 NOVEMBER|date]] AT 08:50
mum dont. [[deano|name]] will know it was me. tell [[dale|name]] to come stay at yours instead
[[Pauline Swann|name]] - [[15 NOVEMBER|date]] AT 08:52
[[dale|name]] is coming at 10 with the boots. [[grace|name]] says she will have the kids saturday in [[dezzy|place]]
[[Jade Dunmore|name]] - [[15 NOVEMBER|date]] AT 09:30
ok. tell [[lacey|name]] mummy loves her. tell [[tyler|name]] good luck for his match on the [[22nd|date]]
"""),
]

DOCS_E += [
    ("social worker's rough notes typed fast on a phone during a duty call", """notes on phone - duty - [[15/11|date]] 09:20 -
[[K Hollis|name]] (on call)
call from [[pauline swann|name]] [[01536 710 432|phone]] re [[tyler|name]] + [[lacey dunmore|name]]
- [[jade|name]] msgd last nite, said [[deano|name]] (= [[dean mcgrath|name]]?? [[liam foxon|name]]s mate, just out of hmp) asked where
P lives
- [[jade|name]] told him [[squires hill|address]]. [[jade|name]] now at a [[becky harrold|name]] addr in [[burton latimer|place]],
[[latimer cl|address]]?
- P v scared, [[lacey|name]] had nightmares since [[deano|name]] came to door in aug... no - that was [[2 aug|date]] at
[[meadow rd|address]]
- P has rung 101 - ref 0155 of [[15/11|date]]. asked police for marker on [[22 squires hill|address]] [[nn14 6bq|postcode]]
- kids ok, [[ty|name]] at footie at [[rowell|place]] rec til 12 w/ [[dale|name]] (uncle) [[07831 557 290|phone]]
- [[jade|name]] new no? [[07960 482 113|phone]] same as before
todo: ring pol PPU mon, tell sup... thats me lol. email mr [[rothwell|name]] at [[rowell juniors|school]] re [[ty|name]] mon. check
[[dean|name]] on pnc via mash
"""),
]

DOCS_E += [
    ("school nurse's email to the social worker", """From: [[Fiona Mulligan|name]] <[[fiona.mulligan3@nhs.net|email]]>
Sent: Wednesday, [[25 November 2026|date]] 13:48
To: [[Kirsty Hollis|name]] <[[kirsty.hollis@welland-nene.gov.uk|email]]>
Cc: [[Daniel Rothwell|name]]
Subject: [[Tyler Dunmore|name]] [[09/01/2015|dob]] - NHS [[602 801 5776|nhs]]

Hi [[Kirsty|name]],

I saw [[Tyler|name]] at [[Rothwell Junior|school]] this morning at the request of Mr [[Rothwell|name]] (cc'd), who is his class teacher.
[[Tyler|name]] has lost 2.4 kg since his last weight in March and says he "isn't hungry" since his ADHD dose went up at the
clinic at Isebrook Hospital. I have written to the paediatrician, Dr [[Imran Qureshi|name]], asking for a review.

More worrying, he told me that a man called [[Dean|name]] waved at him through the fence of the school field on Monday and
said "say hi to your mum". [[Tyler|name]] knew him as "[[Deano|name]], my dad's friend". Mr [[Rothwell|name]] has told the head,
Mrs [[Julie Ansell|name]], and the school has rung 101. [[Tyler|name]] asked me not to tell Nanny [[Pauline|name]] as "she'll
worry". I explained I had to share it with you.

[[Lacey|name]] (Reception, [[Rothwell Infant School|school]]) is on my list for a hearing check next month.

Kind regards
[[Fiona|name]]
[[Fiona Mulligan|name]] RN SCPHN (School Nursing), North Northamptonshire 0-19 Team, [[07831 557 291|phone]]
"""),
]


# --- F. Campbell / Fraser family (Black Caribbean and white British), Lodge Park, Corby, with a grandmother in Stanion -------

HOME_F = d.Address("36 Gainsborough Road", "Lodge Park", "Corby", "NN17 2HQ")
NAN_F = d.Address("2 Corby Road", "Stanion", "Kettering", "NN14 1DA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Amelia", "Campbell")], dt.date(2012, 4, 3), addresses=[HOME_F], ids=["6856071752", "H928240718119"],
       schools=["Lodge Park Academy"]),
    _p("s", "sibling", [("Jayden", "Fraser")], dt.date(2010, 10, 27), addresses=[HOME_F], ids=["6566868275"]),
    _p("m", "mother", [("Nicole", "Campbell")], dt.date(1988, 12, 1), addresses=[HOME_F], phones=["07450 712 389"]),
    _p("f", "father", [("Marcus", "Fraser")], dt.date(1985, 7, 19), phones=["07511 384 928"]),
    _p("g", "grandparent", [("Beverley", "Campbell")], dt.date(1962, 6, 6), addresses=[NAN_F], phones=["01536 263 980"]),
    _p("p1", "professional", [("Aisha", "Rahman")], emails=["aisha.rahman@welland-nene.gov.uk"]),
], "c")

DOCS_F = [
    ("child exploitation screening tool, completed form", """CHILD EXPLOITATION SCREENING TOOL (v4) - NORTH NORTHAMPTONSHIRE
Child name: [[CAMPBELL Amelia|name]]        D.O.B. [[3rd April 2012|dob]]        Age 14
Address: [[36 Gainsborough Rd|address]], [[Lodge Park|place]], [[Corby|place]], [[NN17 2HQ|postcode]]
School: [[Lodge Park Academy|school]] Yr10        UPN [[H928240718119|upn]]
Completed by: [[Aisha Rahman|name]] (SW) with Mr [[G Lowe|name]] (DSL)        Date: [[01/12/2026|date]]

Indicator (tick)                                        | Detail
[x] Missing from home/care                              | 4 episodes since [[6 Sept|date]]; found [[Northampton|place]] x2,
[[Kettering|place]] x1,
                                                        | [[Nottingham|place]] ([[St Ann's|place]]) x1 on [[28/11/2026|date]]
[x] Older boyfriend / associates                        | "[[Kai|name]]" aged about 19, drives white Golf [[NA70 XKE|vehicle]];
"[[Reece|name]]"
[x] Unexplained gifts / money                           | new iPhone, nails done weekly at a salon in [[Corby Old Village|place]]
[x] Change in behaviour / school                        | attendance 61%; was in top set; friends now [[Kaydence|name]] and
[[Skye Moran|name]]
[x] Sexual health                                       | attended the Brook clinic in [[Northampton|place]] [[24/11/2026|date]] (told mum)
[ ] Substance misuse                                    | none known
[x] Online                                              | Snapchat; added by "kai.w" - see note
[x] Family                                              | brother [[Jayden Fraser|name]] (16) NEET; dad [[Marcus Fraser|name]] in
                                                        | [[Nottingham|place]], sporadic contact; nan [[Beverley Campbell|name]] in
[[Stanion|place]]

Parent/carer views: mum [[Nicole Campbell|name]] ([[07450 712 389|phone]]) - "she's not the same girl since [[Kai|name]]"; nan
[[Beverley Campbell|name]] ([[01536 263 980|phone]]), [[2 Corby Road|address]], [[Stanion|place]] [[NN14 1DA|postcode]]; dad not asked.
Friends' parents: [[Kaydence Hurst|name]]'s mum [[Leanne Hurst|name]] rang school on [[25/11/2026|date]] worried about "a man in a
Golf" outside [[Lodge Park|place]] shops.
Score: 27 - SIGNIFICANT RISK. Referral to CE Panel [[9 December 2026|date]]; MACE; strategy discussion today.
Note: "kai.w" above is his Snapchat username per [[Amelia|name]]; she knows him only as [[Kai|name]].
"""),
]

DOCS_F += [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW
Young person: [[Amelia Campbell|name]] ([[03/04/2012|dob]])       Missing: [[27/11/2026|date]] 19:30 to [[28/11/2026|date]] 14:10
Interviewer: [[Tanya Greaves|name]], Independent Return Worker (Children's Society)     Date/place: [[30.11.2026|date]], at nan's house
in [[Stanion|place]] ([[2 Corby Road|address]]) at [[Amelia|name]]'s choice

Where she went: [[Amelia|name]] said she got a lift from "[[Kai|name]]" from the Asda car park on [[Phoenix Parkway|address]] to a flat
in [[Nottingham|place]] "near [[Hungerhill Road|address]]" in [[St Ann's|place]], where there were three older lads and a girl called
[[Tiana|name]] from [[Bulwell|place]]. She said she slept on the sofa and nobody touched her. She had no charger and her phone died.

Who she was with: [[Kai|name]] (she does not know his surname; "his real name might be [[Kieran|name]]"), [[Reece|name]], and a man
they called "Uncle [[Dex|name]]" who owned the flat.

How she got home: [[Kai|name]] dropped her at [[Corby|place]] station. She walked home to [[Lodge Park|place]] and then went
straight to nan's.

Her view: she loves [[Kai|name]] and he "looks after" her. She is angry with her brother [[Jayden|name]] for "snitching" (he told
mum where she was after seeing her Snap Map). She said her dad [[Marcus|name]] lives "ten minutes away" from the flat in
[[Sneinton|place]] and she thought about going there but "he don't want me".

Worries shared with her: the age gap; being taken out of county; [[Tiana|name]]'s story. She agreed to keep the number of
[[Tanya|name]] ([[07534 867 121|phone]]) and of the Childline service.
Nan, Mrs [[Beverley
Campbell|name]], said [[Amelia|name]] can stay with her "until Christmas at least". Mum [[Nicole|name]] agreed by
phone ([[07450 712 389|phone]]).
"""),
]

DOCS_F += [
    ("letter from the social worker to the mother after a strategy discussion", """Welland and Nene Children's Trust
Corby Locality Team 1, Deene House, [[New Post Office Square|address]], [[Corby|place]] [[NN17 1GS|postcode]]

Ms [[Nicole Campbell|name]]
[[36 Gainsborough Road|address]]
[[Lodge Park|place]]
[[Corby|place]]
[[NN17 2HQ|postcode]]

[[2 December 2026|date]]

Dear Ms [[Campbell|name]],

Re: [[Amelia|name]] - what was agreed at the meeting on [[1st December|date]]

Thank you for joining by phone yesterday. I am writing, as promised, to set out what we agreed, in plain words.

1. [[Amelia|name]] will stay with her nan, Mrs [[Beverley Campbell|name]], at [[2 Corby Road|address]], [[Stanion|place]], for now. You
   and [[Jayden|name]] can visit whenever you like; [[Amelia|name]] can come home for Sunday dinner.
2. Police (DC [[Ben Ashby|name]], Child Exploitation Team) will try to identify "[[Kai|name]]" and the car. If you see the white Golf
   ([[NA70 XKE|vehicle]]) near the house, please ring 999, not me.
3. I will ask [[Lodge Park Academy|school]] (Mr [[Lowe|name]]) for a reduced timetable with a mentor, Miss [[Okonjo|name]], who
   [[Amelia|name]] likes.
4. [[Amelia|name]]'s dad, Mr [[Marcus Fraser|name]], will be invited to the next meeting. I have his number from you
   ([[07511 384 928|phone]]) and will also write to him at [[Flat 11, 4 Carlton Road|address]], [[Sneinton|place]], [[Nottingham|place]]
   [[NG3 2DS|postcode]].
5. [[Jayden|name]]: I know you are worried about him too. [[Josh Pearce|name]] from the youth service will call you about the
   Prince's Trust course at [[Tresham|school]] in January.

If you want to talk before the next meeting on [[9 December|date]], ring me on [[01536 201 575|phone]] or email
[[aisha.rahman@welland-nene.gov.uk|email]].

Yours sincerely,

[[Aisha Rahman|name]]
Social Worker
"""),
]

DOCS_F += [
    ("Snapchat screenshots read by phone text recognition and pasted into the file", """[Screenshots shown by [[Jayden|name]] to
[[Aisha Rahman|name]] on [[29/11/2026|date]]; text pulled out by the phone's "copy text from
image" and pasted as it came, line breaks and all; status bar and icons dropped]

Chat with: [[melz|name]] 🌸  (this is [[Amelia|name]])
FRIDAY
[[melz|name]]: dont tell mum im ok
ME: where r u
[[melz|name]]: notts w [[kai|name]]. stayin at [[dex|name]]s
ME: [[mel|name]] ur 14 he is 19 ur actually dumb
[[melz|name]]: hes not 19 hes 17
ME: hes been 19 since 2024 lol. send ur location
[[melz|name]]: nah. [[tiana|name]] is here its fine
SATURDAY
ME: nan is crying. [[nicole|name]] rang the police
[[melz|name]]: WHY
ME: bc ur 14!!!! whats the address
[[melz|name]]: idk near a big church. [[hunger hill|address]] or summin
ME: im telling them

Chat with: [[Reece|name]] 🐍
[[Reece|name]]: tell ur sister shes safe wid us
[[Reece|name]]: and tell ur dad [[marcus|name]] to stay in [[sneinton|place]] lol we know
ME: how do u know my dad
[[Reece|name]]: everyone knows everyone bro. [[lodge park|place]] n [[st anns|place]] is
linked
[[Reece|name]]: [[Kai|name]] drops her back tmrw at [[corby|place]] station. relax

Snap Map (caption on screenshot): "[[melz|name]] - [[St Ann's|place]], [[Nottingham|place]] - 2h ago"
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 155 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 16:19 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "aunt", "uncle", "madam", "rabbi", "papa", "mama",
           "ato", "w/ro", "weyzero", "emama", "abba", "kes", "memhir", "ohm", "muma", "tante", "frau", "herr", "stepdad",
           "revd"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "eng1and", "wales", "scotland", "britain", "great britain", "united kingdom", "uk",
               "shetland", "shetland islands", "northamptonshire", "north northamptonshire", "northants", "leicestershire",
"nottinghamshire", "lanarkshire",
               "ethiopia", "amhara", "mexico", "mexiko", "chihuahua", "germany", "bolivia", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (Amharic "Ato", "W/ro", "Emama",
# "Abba", "Memhir"; Low German "Ohm"; German "Frau", "Herr") and counties, regions and countries ("Northamptonshire",
# "Ethiopia", "Chihuahua", "Mexico", "Bolivia", "Germany").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
