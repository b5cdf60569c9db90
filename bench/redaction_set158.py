"""Set 158: a held-out hand-written set for the redaction detector, six more invented families in Furness, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of sets
159, 160 and 161 and their tests (written by other helpers at the same time), that did not run the detector or any bench
script that runs it, that ran no git command, and that looked at no detector output. What was read: bench/redaction_set21.py
and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings (and only the
docstrings) of bench/redaction_set7.py to bench/redaction_set157.py, printed with ast and searched for the towns, districts,
communities and document types earlier sets used, bench/redaction_handwritten.py, and the ruff settings in pyproject.toml.
Set 15's checker was used only by calling it, as set 21 does; its source was not read. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked (stdnum's gb.upn) in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may
tune the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the
gold marking is found after scoring, correct only the marking and say so here.

Six families in Barrow-in-Furness, Ulverston and the villages of Low Furness, each from a town, district or village no earlier
set used as a family's home (earlier sets used Ormsgill and Croftlands as homes, and Walney and Dalton-in-Furness only for
relatives). Four white British families: a mother low after a friend's death in Hindpool, Barrow, with a nana in Roose, a
partner's cannabis and a toddler's head injury at night (Sharples / Postlethwaite); a boy of 13 on Barrow Island drawn into
county lines to Bootle and stabbed, with a stepfather's violence and a grandad in Newbarns (Tennant / Rawlinson); a mother
drinking in Vickerstown on Walney, a boy of 11 caring for two younger children, a father out of HMP Haverigg and an aunt in
Biggar village (Bigland / Winder); and grandparents in Askam-in-Furness becoming special guardians of two grandchildren after
a boy of 3 was left alone in a flat in Blackpool (Birkett / Moffat). Two from communities no earlier set used: a Meitei family
from Manipur in Dalton-in-Furness, a nurse and a shipyard fitter, with a girl of 14 self-harming after being hit with a belt,
a grandmother in Imphal and an uncle in Dubai (Ningthoujam / Laishram; Meiteilon in Meetei Mayek script and in Roman letters,
Meitei names with the family name first), and an Ismaili family from Hunza in Gilgit-Baltistan in Ulverston, with a boy of 6
whose broken arm went five days untreated, a mother isolated and controlled, a girl of 10 as interpreter, a planned trip to
Gilgit and a grandmother in Aliabad (Baig / Bano; Burushaski and Urdu, Urdu in its own script and in Roman letters).
24 documents: a home visit case note, sisters' Messenger chat copied from a phone, an OCR'd emergency department discharge
letter, an initial child protection conference report, a chronology of significant events, duty line voicemail transcripts,
a missing episode return home interview form, strategy meeting minutes, a letter before proceedings, a mother's handwritten
letter to the judge typed up, core group minutes, a family support worker's fast phone notes, a CAMHS referral, a family
WhatsApp group in Meiteilon typed up and translated, a secondary school's pastoral log export, a section 47 outcome letter,
a GP's safeguarding letter, texts in Urdu and Roman Urdu between sisters-in-law translated, a jamatkhana volunteer's email,
a child and family assessment summary, a special guardianship assessment extract, a grandmother's diary for the court, a
contact supervisor's scanned session sheet and a looked after child review record.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (India, Pakistan, the UAE); NHS numbers and UPNs pass their check digits (the UPNs carry
909, Cumbria's old LA number, which stdnum knows); NI numbers have a valid format. The council (Leven Duddon), the nurseries
(Bumblebees, Little Puffins, Little Ducklings), the football club (Hindpool Tigers), Walney Community Pantry and the solicitors
are invented; towns, districts, villages, real schools, NHS bodies, hospitals, surgeries, police forces, prisons, courts,
companies (BAE Systems, GSK), services (Unity, Language Line, Cafcass), festivals, books and laws are real and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DS, HV, Nana, nana, grandad, mum, mrs in a message, and the family words Ima, Ipa, Ibok, Papa, Mama, Ammi, Nano, bhai, baji)
stay outside the name span, before or after the name ("[[Sultan|name]] bhai", "[[Parveen|name]] baji", "nana [[Paula|name]]");
a possessive 's and a bare s in texting ("[[jordy|name]]s", "[[sunny|name]]s", "[[lisa|name]]s") stay outside; every person's
name is a name in every form, record or not. "SURNAME, First" is one span ("SHARPLES, Bailey", "TENNANT, Harley", "WINDER,
Mason"), and so is a first name with a capitalised surname ("Bailey SHARPLES"); a first name with an initial or an initial with
a surname is one span ("R Fell", "T. Zorab"); a collar number stays outside; a name broken by a line break is one span holding
the break ("Karen\nBell", the OCR'd "SUNNY POSTLETHWA\nITE"); a chat sender or display name that is a person's plain name is a
name ("kay", "shan", "Lanchen"), while one saved under a kinship word ("Ima", "Ipa", "Ibok 🇮🇳") is not; pets' names (the
rabbit Biscuit) are not names; a firm named after people marks only the names ("[[Akhtar|name]] & [[Tebay|name]] Solicitors",
"[[Hollins|name]] [[Gregg|name]]"). A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address; an address abroad is an address ("Lourembam Leikai", "Mohalla Hyderabad"); towns, cities,
villages, districts and estates are places at home or abroad and in any script ("Biggar", "Hindpool", "Thangmeiband", "ꯏꯝꯐꯥꯜ",
"گلگت"); countries, counties and regions are not ("Cumbria", "Furness", "Manipur", "Gilgit-Baltistan", "Lancashire", "India",
"Pakistan"); organisations are not marked even when they hold a town's or a person's name ("Roose Clinic", "Dalton Surgery",
"Atkinson Health Centre", "Ulverston Health Centre", "Furness General", "University Hospitals of Morecambe Bay", "HMP
Haverigg", "Barrow Family Court", "Walney ABC", "Walney Young Carers", "Hindpool Tigers"); a school's name is a school, and so
is its short form and a nursery's ("Greengate Junior", "Vickerstown", "DOWDALES", "Askam Village", "Ducklings", "vicky
school"), even when it holds a person's name ("Sir John Barrow School"); a date of birth is dob, any other calendar date with a
day is date (a weekday before it stays outside), and the bare day in a range or a diary line ("16th"-"19th October", "the
26th", "Wed 4th") is a date span of its own; months and years alone ("Feb-Mar 2026", "March 2027", "since May") are not
marked; parks, beaches, bridges, pubs, halls and markets' buildings are landmarks and stay unmarked (Ford Park, Earnse Bay,
Walney bridge, the Custom House, Craven House); a surname or first name that is also an English word or a town is marked by what
it refers to (Fell, Hall, Little, Marsh, Eden, Kirkby, Grace, Tyson, Rose, Bell, Nelson and Tebay are names when they are
people; Biggar, Kirkby, Dalton and Lindal are places when they are places; Lord Street and Nelson Street are addresses); a name
in another script (Meetei Mayek "ꯊꯣꯢꯕꯤ", "ꯂꯥꯟꯆꯦꯟꯕ", "ꯇꯣꯝꯕ"; Urdu "زرینہ", "ایان", "نصرت", "پروین") is a name; a council team,
service or branch named by its town in ordinary words ("Barrow Locality Team", "the Barrow duty line", "Barrow food bank",
"Barrow library", "the Barrow family centre", "the Ulverston clinic", "Lancaster jamatkhana", "the Thangmeiband market")
marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Meitei name written in
the Meitei order, family name first ("Laishram Sanatombi", "Ningthoujam Rajen"), is one span, and the words for a woman or a
man that close a Meitei name ("Devi", "Chanu", "Singh") are part of the name and inside its span ("Laishram Sanatombi Devi",
"Ningthoujam, Thoibi Chanu"), since they stand on the person's passport; a place in Meetei Mayek with a case ending joined to it
("ꯗꯨꯕꯥꯏꯗ", "in Dubai") marks the stem and leaves the ending outside, as set 21 left a Yiddish possessive outside; OCR
misreadings of a name, a place or an address ("Kay1eigh Sharp1es", "Barrow-in-Fumess", "17 B1ake St", "T. 0kafor") are marked
as what they stand for; a phone number said aloud in a voicemail is typed by the transcriber in digits and is a phone; a date of
birth said aloud ("thirtieth of July twenty thirteen") is dob; a dealer's alias saved in a phone ("DUKE", "Duke") and a
street nickname ("Tiz", "Deggsy", "Mouse") are names, like an alias; a prison named by its village ("HMP Haverigg", and
"Haverigg" alone when it means the prison) is an organisation, while the village is a place where it is the place; a valley
that is a district ("the Hunza valley", "Hunza") is a place, as set 16's Walney was, while Gilgit-Baltistan and Manipur are
regions; the title of the jamatkhana's officer ("Mukhi") is not a name, though the man holding the
office is ("[[Amin Lalani|name]]"); a chat's title that is an emoji or a word ("ꯏꯃꯨꯡ 🏠") is not marked; a case, court or
reference number and an interpreter's ID are not marked; times of day are not dates.

Self-check without the detector: `python -m bench.redaction_set158` (and tests/test_redaction_set158.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,035 gold spans, 595 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Sharples / Postlethwaite family (white British), Hindpool, Barrow-in-Furness, with a nana in Roose -----------------

HOME_A = d.Address("17 Blake Street", "Hindpool", "Barrow-in-Furness", "LA14 2HN")
NAN_A = d.Address("9 Roose Road", "Roose", "Barrow-in-Furness", "LA13 9RJ")
DAD_A = d.Address("Flat 3, 22 Dalkeith Street", "", "Barrow-in-Furness", "LA14 1SP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Bailey", "Sharples")], dt.date(2017, 5, 2), addresses=[HOME_A], ids=["5812129819", "E909203115412"],
       schools=["Greengate Junior School"]),
    _p("s", "sibling", [("Sunny", "Postlethwaite")], dt.date(2023, 2, 14), addresses=[HOME_A], ids=["5845584345"],
       schools=["Bumblebees Day Nursery"]),
    _p("m", "mother", [("Kayleigh", "Sharples")], dt.date(1996, 8, 9), addresses=[HOME_A], phones=["07812 497 325"],
       ids=["JS 48 21 63 B"]),
    _p("f", "father", [("Jordan", "Postlethwaite")], dt.date(1994, 12, 1), addresses=[DAD_A], phones=["07943 623 161"]),
    _p("g", "grandparent", [("Sandra", "Sharples")], dt.date(1971, 4, 22), addresses=[NAN_A], phones=["01229 826 417"]),
    _p("p1", "professional", [("Rachel", "Fell")], phones=["01229 894 305"], emails=["rachel.fell@levenduddon.gov.uk"]),
    _p("p2", "professional", [("Gemma", "Coward")], phones=["07725 163 677"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - unannounced home visit
Child(ren): [[Bailey SHARPLES|name]] (DOB [[02/05/2017|dob]]), [[Sunny POSTLETHWAITE|name]] (DOB [[14/02/2023|dob]])
Address: [[17 Blake Street|address]], [[Hindpool|place]], [[Barrow-in-Furness|place]] [[LA14 2HN|postcode]]
Date of visit: Thurs [[8th Oct 2026|date]] 15:40-16:35      Worker: [[Rachel Fell|name]], Social Worker, [[Barrow|place]] Locality Team
Others present: mother [[Kayleigh Sharples|name]]; maternal nana Mrs [[Sandra Sharples|name]] arrived 16:05.

Purpose: follow-up to the referral from [[Greengate Junior|school]] (DSL Mrs [[Alison Cairns|name]]) of [[6 October|date]] -
[[Bailey|name]]
came in with no coat, a cold sore and said he "had to find [[Sunny|name]] a dinner" because mum was "asleep all day".

On arrival the front door was on the latch. [[Kayleigh|name]] was in the back kitchen and said she had "just got up". The house was
cold (meter on emergency credit), a strong smell of cannabis in the front room, and dog mess on the yard. [[Sunny|name]] was in a
nappy and vest in the buggy, eating dry cereal from the box. Nappy was heavy and she had a red rash on the top of her legs.
[[Kayleigh|name]] changed her while I was there and there were three nappies left. Fridge: milk (in date), margarine, a tray of
sausages. I saw both bedrooms. [[Bailey|name]]'s mattress is on the floor with no cover; he has been sharing with [[Sunny|name]] since
the cot broke.

[[Kayleigh|name]] said [[Jordan|name]] ([[Sunny|name]]'s dad, [[Jordan Postlethwaite|name]]) "stops over a couple of nights" but
lives at his
flat on [[Dalkeith St|address]]. She said the cannabis was his and that she does not use. She said she has been "proper low" since
her friend [[Chantelle Nelson|name]] died in the summer and sleeps a lot in the day. She is not seeing her GP (Atkinson Health Centre)
but agreed I could ring them.

Neighbour at no. 15, who gave her name as [[Bernie|name]], came out while I was leaving and said [[Bailey|name]] is "always out on
the street till gone nine" and that she gives him toast. She said she'd rung Mrs [[Sharples|name]] senior last week.

Mrs [[Sharples|name]] (nana) said she lives in [[Roose|place]] and has the children most weekends. She is willing to have [[Sunny|name]]
in the day while [[Kayleigh|name]] "gets herself sorted" and will drop [[Bailey|name]] at school. Her number: [[01229 826 417|phone]].

I spoke to [[Bailey|name]] alone on the stairs. He said he likes Year 5, his teacher is Mr [[Dobson|name]], his best mate is
[[Alfie|name]] from [[Rawlinson Street|address]], and he plays out at the Hindpool Tigers' ground. He said "[[Jordy|name]] shouts
when he's
had his green stuff" and once threw the remote at mum. He said he didn't feel scared of nana's house.

Plan: strategy discussion to be held; HV [[Gemma Coward|name]] ([[07725 163 677|phone]]) to visit [[Sunny|name]] by [[13/10|date]];
referral to [[Barrow|place]] food bank; nursery place at [[Bumblebees|school]] to be pushed. Next visit by Tues [[13 October|date]].
[[R. Fell|name]] [[08.10.2026|date]] 17:20
"""),
    ("sisters' Messenger chat copied from a phone", """Screenshots handed in by Mrs [[Sandra Sharples|name]] on
[[12/10/2026|date]], typed up by [[R Fell|name]]. Chat name: "[[kay|name]]
🐝". Times as shown. The other party is [[Kayleigh|name]]'s sister [[Shannon Sharples|name]] ("[[shan|name]]"), who lives in
[[Dalton|place]].

Fri 21:14 [[kay|name]]: can u have [[bails|name]] tmoz
Fri 21:14 [[kay|name]]: [[jordy|name]]s kicking off again
Fri 21:20 [[shan|name]]: wot now
Fri 21:21 [[kay|name]]: he says am tellin [[sandra|name]] stuff. threw the remote at the telly and its smashed
Fri 21:21 [[kay|name]]: [[bailey|name]] cryin
Fri 21:25 [[shan|name]]: put them in the car n come to mine. [[lee|name]] will come get u
Fri 21:26 [[kay|name]]: cant hes got the keys
Fri 21:40 [[shan|name]]: am ringing mam
Fri 21:41 [[kay|name]]: NO dont she'll ring that [[rachel|name]]
Fri 21:55 [[shan|name]]: is he still there
Fri 22:03 [[kay|name]]: gone to [[deano|name]]s on [[ormsgill|place]]. took [[sunny|name]]s money off the side
Sat 08:12 [[shan|name]]: u ok. [[lee|name]]'s doin a breakfast if u want it, [[mckenzie|name]] n [[rhys|name]] will watch [[bails|name]]
Sat 09:30 [[kay|name]]: am fine stop fussing
Sat 09:31 [[kay|name]]: he said sorry. bringin chippy from [[Roose Rd|address]] later for the kids
Sat 09:33 [[shan|name]]: he always says sorry [[kay|name]]
Sat 11:02 [[kay|name]]: [[bailey|name]] can come at 2. dont tell mam
Sat 11:04 [[shan|name]]: ok. [[lee|name]] picks up at 2 by the co op on [[duke st|address]]
Sun 19:47 [[kay|name]]: can u lend us 20 for electric, will give u it back thurs
Sun 19:50 [[shan|name]]: sent. get tokens from [[gaz|name]] at the shop not [[jordy|name]]
Sun 19:52 [[kay|name]]: ta xx
Mon 07:15 [[shan|name]]: did [[bails|name]] get to school
Mon 07:40 [[kay|name]]: walked him. mrs [[cairns|name]] asked bout his coat again ffs

(Contact saved as "[[Shan|name]] 🌸 [[07866 291 573|phone]]".)
"""),
    ("OCR'd emergency department discharge letter", """[scanned to the record [[13/10/2026|date]]; OCR text, errors left as read]
University Hospitals of Morecambe Bay NHS Foundation Trust
Furness General Hospital
EMERGENCY DEPARTMENT - DISCHARGE SUMMARY TO GP
Patient: [[SUNNY POSTLETHWA
ITE|name]]     DOB: [[14-Feb-2023|dob]]     NHS No: [[584 558 4345|nhs]]
Address: [[17 B1ake St|address]], [[Barrow-in-Fumess|place]] [[LA14 2HN|postcode]]
GP: Atkinson Health Centre
Attended: [[11/10/2026|date]] 23:52   Discharged: [[12/10/2026|date]] 03:10
Brought by: mother ([[Kay1eigh Sharp1es|name]]) and father ([[Jordan|name]])

Presenting complaint: "Fell off the sofa" approx 22:30, hit head on the hearth. Crying straight away. One vomit at 23:30.
0/E: alert, GCS 15, 4 cm boggy swe1ling left parietal, no other injuries on full skin check apart from nappy rash and a
1 cm yellow-brown bruise on the right upper arm (mother: "[[Bai1ey|name]] grabbed her"). CT head not indicated per NICE.
Safeguarding: child under 5 with head injury at night; father smelt strongly of cannabis; story consistent between parents.
Discussed with Dr [[Hema Nair|name]], paediatric registrar, at 00:40. Children's social care EDT informed
(spoke to [[Paul Kitchin|name]] 01:15).

Plan: head injury advice given (leaflet). Review by HV. Referral to Childrens Social Care sent [[12/10|date]].
Signed: Dr [[T. 0kafor|name]], ST4 Emergency Medicine  (dictated [[12.10.26|date]], typed [[12.10.26|date]] BC)
cc: Health Visiting Team, Roose Clinic; Mrs [[G Coward|name]]
"""),
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Leven Duddon Council Children's Services, [[Barrow|place]] Locality Team, Town Hall
Conference date: [[3 November 2026|date]]          Chair: [[Imogen Whiteside|name]] (IRO)
Author: [[Rachel Fell|name]], Social Worker ([[rachel.fell@levenduddon.gov.uk|email]], [[01229 894 305|phone]])

1. Children
[[SHARPLES, Bailey|name]], born [[2 May 2017|dob]], Year 5 at [[Greengate Junior School|school]], UPN [[E909203115412|upn]],
NHS [[581 212 9819|nhs]]
[[POSTLETHWAITE, Sunny|name]], born [[14 February 2023|dob]], [[Bumblebees Day Nursery|school]] (from [[2 November|date]]), NHS
[[584 558 4345|nhs]]

2. Adults
Mother: [[Kayleigh Sharples|name]] (born [[09/08/1996|dob]]), [[17 Blake Street|address]], [[Hindpool|place]], mobile
[[07812 497 325|phone]],
NI [[JS 48 21 63 B|ni]]
Father of [[Sunny|name]]: [[Jordan Postlethwaite|name]] (born [[01/12/1994|dob]]), [[Flat 3, 22 Dalkeith Street|address]],
[[Barrow|place]], [[07943 623 161|phone]]
Father of [[Bailey|name]]: [[Craig Mossop|name]], whereabouts not known (last known in [[Millom|place]]; thought to be working away
in [[Aberdeen|place]])
Maternal grandmother: [[Sandra Sharples|name]], [[9 Roose Road|address]], [[Roose|place]], [[LA13 9RJ|postcode]]
Maternal aunt: [[Shannon Sharples|name]], [[Dalton-in-Furness|place]]

3. Chronology of key events
[[06/10/2026|date]]  School referral ([[Bailey|name]] without coat, hungry, looking after his sister).
[[08/10/2026|date]]  Unannounced visit: cold house, cannabis smell, [[Sunny|name]]'s rash, mattress on floor.
[[09/10|date]]  Police PPN from Cumbria Constabulary (shouting, the remote thrown at the TV).
[[11/10/2026|date]]  [[Sunny|name]] to Furness General with head injury at 22:30 (sofa to hearth).
[[12/10/2026|date]]  Strategy discussion (Police DS [[Mark Heslop|name]], Dr [[Nair|name]], HV, school): s47 agreed.
[[14/10/2026|date]]  Child protection medical at the Lancaster Children's Unit, Dr [[Folasade Ige|name]]: bruise to the arm
"consistent with a grip", head injury "consistent with the account". Skeletal survey clear.
[[16th|date]]-[[19th October|date]]  [[Bailey|name]] and [[Sunny|name]] at nana's under a safety plan.
[[22/10/2026|date]]  [[Jordan|name]] arrested for possession with intent; released under investigation.

4. The children's voices
[[Bailey|name]] said: "I want to live at nana's in the week and see mum when [[Jordy|name]]'s not there." He asked if his friend
[[Alfie Kendall|name]] could still come for tea. [[Sunny|name]] is too young to give her views; at nursery she is "clingy then
settles" (key worker [[Jess|name]]).

8. Analysis
[[Kayleigh|name]] loves her children and they love her; [[Bailey|name]] is protective of his mum and of [[Sunny|name]]. But since the
summer [[Bailey|name]] has been caring for his sister, the house has been cold and without food, and [[Sunny|name]] was hurt at night
while both parents were, by their own account, "half asleep". [[Jordan|name]]'s cannabis dealing brings adults to the house (a man
known as "[[Scouse Dave|name]]" was seen there by Mrs [[Sharples|name]] on [[10 October|date]]). Mrs [[Sharples|name]] and
[[Shannon|name]] are strengths. I recommend child protection plans for both children under the category of neglect.
"""),
]


# --- B. Tennant / Rawlinson family (white British), Barrow Island, with a grandad in Newbarns ------------------------------

HOME_B = d.Address("23 Schooner Street", "Barrow Island", "Barrow-in-Furness", "LA14 2SL")
GRANDAD_B = d.Address("41 Abbey Road", "Newbarns", "Barrow-in-Furness", "LA13 9JH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Harley", "Tennant")], dt.date(2013, 7, 30), addresses=[HOME_B], ids=["4482560723", "W909214716087"],
       schools=["Furness Academy"]),
    _p("s", "sibling", [("Ivy-Rose", "Rawlinson")], dt.date(2025, 9, 3), addresses=[HOME_B], ids=["3588391673"]),
    _p("m", "mother", [("Jade", "Tennant")], dt.date(1999, 3, 17), addresses=[HOME_B], phones=["07531 852 877"]),
    _p("f", "stepfather", [("Liam", "Rawlinson")], dt.date(1993, 6, 8), addresses=[HOME_B], phones=["07402 991 140"],
       ids=["NH 27 60 94 C"]),
    _p("g", "grandparent", [("Derek", "Tennant")], dt.date(1960, 10, 11), addresses=[GRANDAD_B], phones=["01229 583 290"]),
    _p("p1", "professional", [("Owen", "Hall")], phones=["01229 894 305"], emails=["owen.hall@levenduddon.gov.uk"]),
], "c")

DOCS_B = [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Harley TENNANT|name]] (DOB [[30.07.2013|dob]])  -
 compiled by [[Owen Hall|name]], SW
Address: [[23 Schooner Street|address]], [[Barrow Island|place]], [[Barrow-in-Furness|place]], [[LA14 2SL|postcode]]

Date | Event | Source
[[14/03/2019|date]] | Police attend DA incident: [[Jade|name]] and then-partner [[Ryan Whiteley|name]]; [[Harley|name]] (5) | PPN
 | hid in the bath. [[Ryan|name]] later moved to [[Preston|place]]. |
[[02/09/2024|date]] | [[Harley|name]] starts [[Furness Academy|school]] (Year 7). Attendance 91%. | school
[[03/09/2025|date]] | [[Ivy-Rose Rawlinson|name]] born at Furness General (father [[Liam Rawlinson|name]]). | HV
[[19/01/2026|date]] | [[Harley|name]] found by police at 01:40 at the Custom House end of Walney bridge with two | police
 | older boys, one known as "[[Tiz|name]]" ([[Tyrone Isaac Zorab|name]], 17, of [[Vickerstown|place]]). |
[[20/01/2026|date]] | Return home interview not done - [[Harley|name]] "not in". | RHI log
Feb-Mar 2026 | Three fixed-term exclusions (vaping, a fight, leaving site). | school
[[07/04/2026|date]] | [[Harley|name]] missing overnight; found in [[Ulverston|place]] at a flat on [[Soutergate|address]]. | police
[[08/04/2026|date]] | £340 cash and two phones found in his bag. [[Liam|name]] says "he's got a job". | police
[[22/04/2026|date]] | Assault on [[Jade|name]] by [[Liam|name]] (push into the fridge); [[Harley|name]] hit [[Liam|name]] with a
pan. | PPN
[[23/04/2026|date]] | [[Jade|name]] and the baby to grandad [[Derek Tennant|name]]'s, [[41 Abbey Road|address]], [[Newbarns|place]]. | SW
[[28/04|date]]-[[2/05/2026|date]] | [[Jade|name]] back home. [[Liam|name]] bailed to an address in [[Kendal|place]]. | police
[[11/06/2026|date]] | NRM referral for [[Harley|name]] (county lines, [[Liverpool|place]] - [[Barrow|place]]). | SW
[[1st July|date]] | [[Harley|name]] stabbed in the thigh in an alley off [[Ramsden Street|address]]. Furness General. | ED/police
[[02/07/2026|date]] | Strategy meeting (see minutes). | SW
[[24/08/2026|date]] | [[Harley|name]] moves to grandad's "for the summer", stays. | SW

"""),
    ("duty line voicemail transcripts", """Voicemails left on the [[Barrow|place]] duty line ([[01229 894 305|phone]]),
transcribed by [[Dawn Ashburner|name]] (duty admin), [[July 2nd 2026|date]]

1. 07:58 - from [[07531 852 877|phone]]
"Hiya it's [[Jade|name]], [[Jade Tennant|name]], [[Harley|name]]'s mum, erm, can someone ring us back, he's not come home again and
[[Owen|name]] said ring if he doesn't, he went out about seven with [[Kian|name]] from [[Cavendish Street|address]] and he's not
answering.
My number's [[07531 852877|phone]]. Ta."

2. 08:41 - from [[01229 583 290|phone]]
"This is [[Derek Tennant|name]], grandfather of [[Harley|name]] [[Tennant|name]]. I've had the hospital on. He's in Furness General, he's
been stabbed in his leg, they've stitched it. My daughter doesn't drive. I'm at [[forty-one Abbey Road|address]], [[Newbarns|place]],
I can have him when they let him out. I want to speak to Mr [[Hall|name]]. [[01229 583290|phone]]."

3. 09:15 - number withheld
"Yeah morning, it's PC [[Shaw|name]], [[Becky Shaw|name]], collar two-six-one-four, at [[Barrow|place]] police station, re the stabbing
of a juvenile, [[Harley Tennant|name]], fourteen... sorry thirteen, date of birth [[thirtieth of July twenty thirteen|dob]]. We need a
strategy discussion today. My mobile is [[07584 016 158|phone]]."

4. 11:02 - from [[07402 991 140|phone]]
"It's [[Liam|name]]. [[Jade|name]]'s fella. Tell [[Owen|name]] to keep [[Derek|name]] away from our [[Ivy|name]]. That's all."
"""),
    ("missing episode return home interview form", """RETURN HOME INTERVIEW (RHI) - CHILD MISSING FROM HOME
Young person: [[TENNANT, Harley|name]]      DOB: [[30/07/13|dob]]     UPN: [[W909214716087|upn]]     NHS: [[448 256 0723|nhs]]
Home address: [[23 Schooner St|address]], [[Barrow Island|place]]     Living with: mother / grandad (from [[24.8.26|date]])
Missing from: [[06/09/2026|date]] 19:00   Found: [[07/09/2026|date]] 14:20   Where found: [[Lancaster|place]], at the railway
station (BTP)
Interviewer: [[Sophie Mulgrew|name]], Children's Society RHI worker   Date of interview: [[09/09/2026|date]]   Place: grandad's kitchen

1. Where did you go / who with?
Took the train from [[Barrow|place]] with "[[Deggsy|name]]" (won't give real name) and a lad from [[Kirkby|place]] he called
"[[Mouse|name]]". Went to [[Bootle|place]], stayed in a house on [[Linacre Road|address]] with a man called [[Carl|name]] and a woman
called [[Aimee|name]]. Slept on a settee. Says he "had to wait for a phone".

2. Harm / risks
Was given a phone with one number saved "[[DUKE|name]]". Held a package for [[Carl|name]]. Says no one hurt him but [[Carl|name]] said
he knew where "the baby" lives. Worried about [[Ivy-Rose|name]].

3. What would help?
"Keep me at grandad's. Get me on the boats course." Wants to go back to [[Furness Academy|school]] but not with Mr [[Petch|name]]'s
group. Likes boxing at Walney ABC with coach [[Stevie|name]].

4. Information shared with: Police MFH co-ordinator DC [[Andrea Lowther|name]]; SW [[O Hall|name]]; school DSL Mr [[Wilkinson|name]].
Interviewer signature: [[S. Mulgrew|name]]   Date: [[9 Sept 2026|date]]
"""),
    ("strategy meeting minutes", """STRATEGY MEETING (s47) - MINUTES
Date: [[2 July 2026|date]], 13:00, Teams              Chair: [[Nadia Baptiste|name]], Team Manager, [[Barrow|place]] Locality
Attendees: [[Owen Hall|name]] (SW); DS [[Gary Kitching|name]] (Cumbria Police, Exploitation Hub); PC [[Becky Shaw|name]];
Dr [[Ruth Kellet|name]] (named nurse, UHMBT); Mr [[Jon Wilkinson|name]] (DSL, [[Furness Academy|school]]); [[Carla Dent|name]] (YOS)
Apologies: HV [[Pam Ridding|name]]

Child: [[Harley Tennant|name]] (13), [[23 Schooner Street|address]], [[Barrow Island|place]]. Sibling: [[Ivy-Rose|name]] (10 months).

Information shared:
- Police: [[Harley|name]] stabbed at 23:10 on [[1 July|date]] in the alley behind [[Ramsden St|address]]. Suspect believed to be
"[[Tiz|name]]" ([[T. Zorab|name]]), arrested at his mother's on [[Mill Lane|address]], [[Walney|place]]. Phone found on
[[Harley|name]] linked to
a line run from [[Anfield|place]]. Known adults: [[Carl Brogan|name]] and [[Aimee Fisher|name]] of [[Bootle|place]].
- Health: 6 cm wound, no artery involvement, discharged [[2/7|date]]. Ward staff noted [[Liam|name]] swore at [[Harley|name]] on the ward.
- School: attendance 62% this term. [[Harley|name]] told his form tutor Miss [[Angelou Reyes|name]] he owes "£600 to [[Duke|name]]".
- [[Liam Rawlinson|name]] (born [[8 June 1993|dob]], NI [[NH 27 60 94 C|ni]]) has a conviction for ABH (2017) and drives a grey
Astra [[PK17 WVD|vehicle]], seen by police at the [[Bootle|place]] address in May.

Decisions: s47 enquiries for [[Harley|name]] and [[Ivy-Rose|name]]; [[Harley|name]] to stay with grandad Mr [[Tennant|name]];
NRM update; disruption notice for [[Zorab|name]]; next meeting [[16/07/2026|date]].
Minutes: [[Dawn Ashburner|name]]
"""),
]


# --- C. Bigland / Winder family (white British), Vickerstown on Walney, with an aunt in Biggar village ---------------------

HOME_C = d.Address("7 Ocean Road", "Vickerstown", "Walney", "LA14 3DE")
AUNT_C = d.Address("2 Biggar Village", "Biggar", "Walney", "LA14 3YG")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Winder")], dt.date(2019, 1, 9), addresses=[HOME_C, AUNT_C], ids=["4896680014"],
       schools=["Vickerstown School"]),
    _p("s", "sibling", [("Mason", "Winder")], dt.date(2015, 4, 27), addresses=[HOME_C, AUNT_C],
       ids=["2773996666", "K909226519233"], schools=["Walney School"]),
    _p("s2", "sibling", [("Archie", "Bigland")], dt.date(2024, 6, 18), addresses=[HOME_C], ids=["3704513350"]),
    _p("m", "mother", [("Stacey", "Bigland")], dt.date(1990, 11, 2), addresses=[HOME_C], phones=["07789 318 945"]),
    _p("f", "father", [("Martin", "Winder")], dt.date(1986, 2, 5)),
    _p("a", "aunt", [("Lisa", "Winder")], dt.date(1984, 9, 14), addresses=[AUNT_C], phones=["07950 524 105"]),
    _p("p1", "professional", [("Helen", "Little")], phones=["01229 894 305"], emails=["helen.little@levenduddon.gov.uk"]),
], "c")

DOCS_C = [
    ("letter before proceedings", """Leven Duddon Council - Children's Services - Legal Gateway
Private and confidential - by hand
Ms [[Stacey Bigland|name]]
[[7 Ocean Road|address]]
[[Vickerstown|place]]
[[Walney|place]]
[[LA14 3DE|postcode]]
                                                                             [[17 September 2026|date]]
Our ref: LG/26/0913 (please quote)

Dear Ms [[Bigland|name]],

LETTER BEFORE PROCEEDINGS: [[Mason Winder|name]] (born [[27.04.2015|dob]]), [[Poppy Winder|name]] (born [[09.01.2019|dob]]) and
[[Archie Bigland|name]] (born [[18.06.2024|dob]])

I am writing because we are very worried about your children, and we are thinking about asking the Family Court to make
decisions about them. We want to meet you to talk about this first. The meeting will be at Craven House on
[[29 September 2026|date]] at 10.30 am. Please bring a solicitor with you; you are entitled to free legal advice. A list of local
solicitors is enclosed, including [[Hartley|name]] [[Ashcroft|name]] & Co and [[Jakes|name]] Law.

Our worries are:
1. Your drinking. Since [[2 June|date]] the police have come to your home five times. On [[14 August|date]] you were found
asleep on the slipway at Earnse Bay with [[Archie|name]] in his pushchair, and [[Mason|name]] had to ring 999.
2. [[Mason|name]] is caring for [[Poppy|name]] and [[Archie|name]]. His teacher at [[Walney School|school]] says he falls asleep in class.
3. [[Poppy|name]]'s attendance at [[Vickerstown School|school]] is 71%. She has had head lice since May and an untreated tooth.
4. On [[3 September|date]] [[Martin Winder|name]], the children's father, came to the house in breach of his licence
conditions and there was a fight in the street. Your neighbour Mr [[Keith Pennington|name]] at no. 9 was hurt.

What we want you to do: work with the alcohol service at Unity, let your sister-in-law [[Lisa Winder|name]] at
[[Biggar|place]] have the children at weekends, and let me see the children on my own every week.

Yours sincerely
[[Helen Little|name]]
Social Worker, [[Barrow|place]] Locality Team       Tel [[01229 894 305|phone]]   [[helen.little@levenduddon.gov.uk|email]]
cc [[Martin Winder|name]] (via probation, HMP Haverigg); [[Lisa Winder|name]]
"""),
    ("a mother's handwritten letter to the judge typed up", """[Handwritten on lined paper, given to the guardian at court
[[20/10/26|date]]; typed as written, spelling kept]

To the Judge,

My name is [[Stacey Bigland|name]] and I am the mum of [[Mason|name]], [[Poppy|name]] and [[Archie|name]]. I know I have let them down.
I started drinking again after my mam died on the [[3rd of Febuary|date]], it was my
birthday week as well. I am not making excusses.

I have been going to Unity every Weds and I have done 6 weeks no drink. My key worker is [[Jo|name]] and she will tell you. I
go to the meeting at the church hall on [[Central Drive|address]] and my sponser is a lady called [[Rose|name]].

[[Mason|name]] is a good lad he is 11 and he looks after everyone, I don't want him to have to do that no more. He wants to
stay at his aunty [[Lisa|name]]s in [[Biggar|place]] and I am ok with that for now. [[Lisa|name]] has been a rock. [[Poppy|name]]
misses her
room and her rabbit (Biscuit). [[Archie|name]] is just a baby and he needs his mum.

[[Martin|name]] is not to come near the house, I have told him, and I have got the locks done. If he rings from
Haverigg I don't answer. His mam [[Brenda|name]] at [[Askam|place]] keeps texting me on [[07709 687 769|phone]] saying I am a
bad mother, I have showed [[Helen|name]].

Please give me a chance. I will do what ever the social say.

[[Stacey|name]]
[[7 Ocean Rd|address]]
[[Walney|place]]
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - CHILD PROTECTION PLAN (neglect)
Children: [[WINDER, Mason|name]]; [[WINDER, Poppy|name]]; [[BIGLAND, Archie|name]]
Date/venue: [[4.11.2026|date]], [[Vickerstown School|school]] staff room, 15:30
Present: [[Helen Little|name]] (SW, chair); [[Stacey Bigland|name]] (mum); [[Lisa Winder|name]] (aunt); Mrs [[Karen
Bell|name]] (DSL, [[Vickerstown|school]]); Mr [[Pete Hodgson|name]] (head of year, [[Walney School|school]]); HV [[Nicola Tyson|name]];
[[Jo Pearson|name]] (Unity); FSW [[Gaynor Fitz|name]]
Apologies: school nurse [[Amanda Winn|name]]

1. Updates
- Mum: 9 weeks alcohol-free (breath tests clear on [[21/10|date]], [[28/10|date]] and [[2/11|date]]). Going to meetings at
St Mary's. [[Jo|name]] confirms.
- [[Mason|name]] at [[Lisa|name]]'s in [[Biggar|place]] Mon-Fri. Attendance 96%. Young carers group Tuesdays at [[Barrow|place]] library.
- [[Poppy|name]]: attendance up to 88%. Dentist in town extracted a tooth [[27 Oct|date]]. Head lice treated.
- [[Archie|name]]: weighed at clinic [[29/10/2026|date]], 75th centile. Now at [[Little Puffins|school]] nursery three mornings.
- Dad [[Martin|name]] released from HMP Haverigg to an approved premises in [[Carlisle|place]] on [[30 October|date]]; exclusion zone
covers [[Walney|place]]. His mother [[Brenda Winder|name]] sent mum abusive texts; police advice given.

2. Actions
| What | Who | By |
| Weekly unannounced visits | [[Helen|name]] | ongoing |
| Referral to Walney Young Carers | [[Gaynor|name]] | [[11/11/26|date]] |
| School transport for [[Poppy|name]] from [[Biggar|place]] | [[Karen Bell|name]] | [[18/11/26|date]] |
| Review conference | chair [[Imogen Whiteside|name]] | [[19 January 2027|date]] |
"""),
    ("family support worker's fast phone notes", """FSW notes typed on phone, [[Gaynor Fitz|name]], tidied later ([[13/11|date]])

tues [[10th|date]] - 8.05 at [[ocean rd|address]]. [[stace|name]] sober, kitchen clean, [[archie|name]] in high chair eating weetabix.
[[poppy|name]] dressed, no coat (gave her one from the store). [[stace|name]] says [[martin|name]] rang from unknown no. last nite, she
hung up. told [[helen|name]]

8.40 walked [[poppy|name]] to [[vicky school|school]], chatted to mrs [[bell|name]] at gate. [[poppy|name]] said "daddy's in
[[carlisle|place]]
now" - she knows.

wed [[11th|date]] - drop in at [[lisa|name]]s [[biggar|place]] 4pm. [[mason|name]] doing homework, wants the xbox back.
[[lisa|name]]'s partner
[[dale|name]] home (works at the yard). [[mason|name]] says he went to see mum sat with [[kai|name]] and [[ollie|name]] on the
bikes, all fine

thurs [[12th|date]] - [[stace|name]] rang 11.20 [[07789 318 945|phone]] crying. [[brenda|name]] turned up at the door from [[askam|place]]
shouting. [[stace|name]] didnt let her in. rang 101 (ref given). [[brenda|name]] drives a red fiesta [[PN63 HXA|vehicle]].
[[archie|name]] ok.
told [[helen|name]] + [[nicola|name]] HV

fri [[13th|date]] - food parcel from Walney Community Pantry. [[stace|name]] ok. meeting at st marys sat.
"""),
]


# --- D. Ningthoujam / Laishram family (Meitei, from Manipur), Dalton-in-Furness, with a grandmother in Imphal ----------------

HOME_D = d.Address("5 Nelson Street", "", "Dalton-in-Furness", "LA15 8AF")
IBOK_D = d.Address("Thangmeiband Lourembam Leikai", "Thangmeiband", "Imphal", "795001")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Thoibi", "Ningthoujam")], dt.date(2012, 2, 19), addresses=[HOME_D], ids=["5584165077", "P909300413650"],
       schools=["Dowdales School"]),
    _p("s", "sibling", [("Lanchenba", "Ningthoujam")], dt.date(2017, 8, 5), addresses=[HOME_D], ids=["2580112324"],
       schools=["Dalton St Mary's CE Primary School"]),
    _p("m", "mother", [("Sanatombi", "Laishram")], dt.date(1984, 12, 30), addresses=[HOME_D], phones=["07913 781 388"]),
    _p("f", "father", [("Rajen", "Ningthoujam")], dt.date(1979, 3, 3), addresses=[HOME_D], phones=["07440 320 983"],
       ids=["SK 63 09 21 A"]),
    _p("g", "grandparent", [("Ibemhal", "Laishram")], addresses=[IBOK_D], phones=["+91 98621 47305"]),
    _p("p1", "professional", [("Naomi", "Grace")], phones=["01229 894 305"], emails=["naomi.grace@levenduddon.gov.uk"]),
], "c")

DOCS_D = [
    ("CAMHS referral", """REFERRAL TO CHILDREN AND YOUNG PEOPLE'S MENTAL HEALTH SERVICE (South Cumbria CAMHS) - URGENT
Referrer: [[Naomi Grace|name]], Social Worker, [[Barrow|place]] Locality Team, [[naomi.grace@levenduddon.gov.uk|email]],
[[01229 894 305|phone]]
Date of referral: [[21/09/2026|date]]

Young person: [[Thoibi NINGTHOUJAM|name]] (prefers "[[Thoibi|name]]"; school records her as "[[Thoibi Chanu Ningthoujam|name]]")
DOB: [[19/02/2012|dob]]    NHS: [[558 416 5077|nhs]]    School: [[Dowdales School|school]], Year 10
Address: [[5 Nelson Street|address]], [[Dalton-in-Furness|place]], [[LA15 8AF|postcode]]
Parents: mother [[Laishram Sanatombi Devi|name]] (staff nurse, Furness General, works nights), [[07913 781 388|phone]];
father [[Ningthoujam Rajen Singh|name]] (fitter, BAE Systems), [[07440 320 983|phone]]. Family language: Meiteilon (Manipuri) and
English. No interpreter needed; [[Thoibi|name]] asks that we speak to her in English.
Note on names: in the Meitei way the family name comes first ("[[Laishram Sanatombi|name]]", "[[Ningthoujam Rajen|name]]"), with
a word after the given name for a woman or a man; in the UK the children use [[Ningthoujam|name]] as a surname.

Reason for referral:
On [[18 September|date]] [[Thoibi|name]] told her friend [[Maisie Dickinson|name]] she had "a plan" and showed her cuts to her forearms.
[[Maisie|name]]'s mum rang school. Head of year Mr [[Aled Pryce|name]] saw the cuts (six, superficial, dressed by the school nurse
[[Bev Lindow|name]]). [[Thoibi|name]] said she cuts when her father shouts about marks and her phone, and that on [[14 September|date]]
he hit her with a belt on the back of her legs after finding messages from a boy, "[[Callum|name]]", from [[Askam|place]].

[[Thoibi|name]] misses her grandmother ("Ibok" [[Laishram Ibemhal|name]]) in [[Imphal|place]], who brought her up until she was 7,
while her mother trained in [[Chennai|place]] and then came to [[Lancaster|place]] and [[Barrow|place]]. The family moved from
[[Thangmeiband|place]] to [[Dalton|place]] in 2019. She says she has been "sad since the violence at home", meaning Manipur
in 2023, when her uncle's house in [[Churachandpur|place]] was burned; her uncle [[Laishram Tomba|name]] now works in [[Dubai|place]]
([[+971 50 418 2297|phone]]).

Risk: ideation with a plan (paracetamol); no attempt. Safety plan done with [[Thoibi|name]] and her mother on [[19 Sept|date]]; medicines
locked away. Younger brother [[Lanchenba|name]] ("[[Lanchen|name]]", 9, [[Dalton St Mary's|school]]) is well.

GP: Dalton Surgery (Dr [[Suresh Menon|name]]).    Consent: [[Thoibi|name]] and mother consent; father told.
"""),
    ("family WhatsApp group in Meiteilon typed up and translated", """Messages from the family group "ꯏꯃꯨꯡ 🏠" ("family"), from
[[Thoibi|name]]'s phone, shown to SW [[N Grace|name]] on [[22/09/2026|date]].
Typed up by [[Thoibi|name]]; Meiteilon in Meetei Mayek and in Roman letters as typed; English in [brackets] by [[Thoibi|name]].
Members shown as saved on her phone: "Ima" (mother), "Ipa" (father), "[[Lanchen|name]]", "Ibok 🇮🇳" (grandmother,
[[+91 98621 47305|phone]]).

[[13/09/26|date]] 22:41 Ipa: [[Thoibi|name]] nang kadaida leibage? [Where are you?]
[[13/09/26|date]] 22:43 Ipa: 11 ni. houjik lak-u [It is 11. Come now]
[[13/09/26|date]] 22:50 [[Thoibi|name]]: at [[maisie|name]]s in [[ulverston|place]]. her mum will drive me
[[13/09/26|date]] 22:51 Ima: [[ꯊꯣꯢꯕꯤ|name]], ꯌꯨꯝꯗ ꯂꯥꯛꯎ ([[Thoibi|name]], come home)
[[13/09/26|date]] 23:30 [[Lanchen|name]]: 😭😭 ipa angangba
[[14/09/26|date]] 07:02 Ibok 🇮🇳: [[ꯊꯣꯢꯕꯤ|name]] ꯑꯃꯁꯨꯡ [[ꯂꯥꯟꯆꯦꯟꯕ|name]], ꯅꯨꯡꯁꯤꯖꯔꯤ ([[Thoibi|name]] and [[Lanchenba|name]], I love you)
[[14/09/26|date]] 07:03 Ibok 🇮🇳: [[ꯊꯣꯢꯕꯤ|name]] ꯀꯔꯤ ꯑꯣꯏꯔꯕꯅꯣ? ([[Thoibi|name]], what happened?)
[[14/09/26|date]] 07:30 Ima: Ibok, ngasi [[Thoibi|name]] school da chatlaroi [Ibok, [[Thoibi|name]] is not going to school today]
[[14/09/26|date]] 07:31 Ima: [[Rajen|name]] sa-ba leire. nang-gi [[Tomba|name]] khuda wa ngangbiyu ([[Rajen|name]] is angry. Talk
to [[Tomba|name]] for me)
[[14/09/26|date]] 18:10 Ibok 🇮🇳: [[ꯇꯣꯝꯕ|name]] [[ꯗꯨꯕꯥꯏ|place]]ꯗ ꯂꯩꯔꯤ. [[ꯏꯝꯐꯥꯜ|place]] ꯗ ꯂꯥꯛꯀꯅꯤ ([[Tomba|name]] is in
[[Dubai|place]]. He will come to [[Imphal|place]])
[[17/09/26|date]] 20:15 Ima: Durga Puja gi [[4 October|date]] da [[Morecambe|place]] da chatkani. [[Sanjoy|name]] gi yumda [We go
to [[Morecambe|place]] on
[[4 October|date]] for Durga Puja, at [[Sanjoy|name]]'s house]
[[17/09/26|date]] 20:16 [[Lanchen|name]]: can [[oliver|name]] come
[[17/09/26|date]] 20:20 Ipa: no

Note by [[Thoibi|name]]: "Ipa" and "Ima" and "Ibok" are what we call them, not their names. The group picture is our house in
[[Thangmeiband|place]]. Ibok lives in [[Lourembam Leikai|address]], near the [[Thangmeiband|place]] market.
"""),
    ("secondary school pastoral log export", """[[DOWDALES|school]] - Safeguarding and pastoral log (export)       Printed
[[23-09-2026|date]] by [[A. Pryce|name]]
Student: [[Ningthoujam, Thoibi Chanu|name]]   Yr 10 (10P)   UPN [[P909300413650|upn]]   DOB [[19-02-2012|dob]]
Tutor: Ms [[Fiona Heap|name]]   HoY: Mr [[A Pryce|name]]   DSL: Mrs [[Lorraine Quayle|name]]

[[08-09-2026|date]] 08:50 | Pastoral | [[F Heap|name]] | [[Thoibi|name]] upset in form, long sleeves in the heat. Says she's
"fine". Monitor.
[[11-09-2026|date]] 12:15 | Friendship | [[F Heap|name]] | Fall-out with [[Lily-Mae Crossley|name]] and [[Ruby Benson|name]] over a Snap
              |            |        | story. [[Thoibi|name]] called "curry" by a Year 11 boy ([[Tyler Gaskell|name]]) - racist
incident form done.
[[15-09-2026|date]] 09:05 | Attendance | office | Absent; mum rang at 08:40 "[[Thoibi|name]] has a headache". Dad rang 09:30
              |            |        | asking who "[[Callum|name]]" is.
[[16-09-2026|date]] 10:40 | Safeguarding | Mrs [[L Quayle|name]] | [[Thoibi|name]] walking stiffly in PE; refused to change.
Referred to DSL.
[[18-09-2026|date]] 13:20 | Safeguarding | Mr [[Pryce|name]] | Call from Mrs [[Jo Dickinson|name]] ([[07531 206 918|phone]]), mum
of [[Maisie|name]],
              |            |        | re cuts and "a plan". Seen with nurse [[B Lindow|name]]. Cuts x6 L forearm, dressed. Lines
on backs of
              |            |        | both thighs "from a belt". MASH referral 14:05; spoke to [[Naomi Grace|name]] SW.
[[19-09-2026|date]] 15:45 | Safeguarding | Mrs [[Quayle|name]] | Safety plan with SW, mum and [[Thoibi|name]]. Trusted adults: Ms
[[Heap|name]], Mrs
              |            |        | [[Ahmed|name]] (library). Pass to leave lessons. Will not travel home on the 6 bus with
[[Gaskell|name]].
[[21-09-2026|date]] 08:30 | Contact | Mr [[Pryce|name]] | Father came to reception demanding [[Thoibi|name]]'s phone and the name of "that
              |            |        | boy from [[Askam|place]]". Calm by 08:45. Told him SW [[Grace|name]] will ring. Car: silver
Octavia [[SN70 KYF|vehicle]].
"""),
    ("section 47 outcome letter to parents", """[[24 October 2026|date]]

Mr [[Ningthoujam Rajen Singh|name]] and Ms [[Laishram Sanatombi Devi|name]]
[[5 Nelson Street|address]]
[[Dalton-in-Furness|place]]
[[LA15 8AF|postcode]]

Dear Mr [[Ningthoujam|name]] and Ms [[Laishram|name]],

Outcome of the child protection enquiry about [[Thoibi|name]] (born [[19 February 2012|dob]])

Thank you for meeting me at your home on [[1 October|date]], [[8 October|date]] and [[15 October 2026|date]], and for the help of
your friend
Dr [[Sanjoy Thounaojam|name]] from [[Morecambe|place]], who sat in with your agreement. I am writing to tell you the outcome.

What we found: on [[14 September|date]] [[Thoibi|name]] was hit with a belt and had marks on her legs that her school saw two
days later. Mr [[Ningthoujam|name]], you told me and DC [[Karl Lishman|name]] that you did this because you were frightened for her,
and that you have not done it before. [[Thoibi|name]] and [[Lanchenba|name]] both say it has happened "a few times", the last time in
April. [[Thoibi|name]] also told us she has been cutting herself and thinking about ending her life. CAMHS (Dr [[Elin Parry|name]])
are now seeing her every week at the [[Ulverston|place]] clinic.

Decision: the enquiry is complete. We are not holding a child protection conference. We will offer a child in need plan for
twelve weeks, led by me, because: Mr [[Ningthoujam|name]] has accepted what happened and signed a written agreement not to use
physical punishment; the police will take no further action (decision by DS [[Emma Bowness|name]], [[20/10/2026|date]]); and
[[Thoibi|name]] told me on [[15/10|date]] she feels "a bit safer" and wants to stay at home.

The plan: a parenting course for you both with the Meitei community group's counsellor Mrs [[Konthoujam Memchoubi|name]]
(in Meiteilon, online, from [[Leeds|place]]); [[Thoibi|name]]'s CAMHS work; [[Lanchen|name]] to meet the school's ELSA, Miss
[[Hayley Rigg|name]]; a meeting at school with Mrs [[Quayle|name]] on [[4 November|date]].

Yours sincerely,
[[Naomi Grace|name]], Social Worker
cc: [[Dowdales School|school]]; [[Dalton St Mary's CE Primary School|school]]; Dalton Surgery
"""),
]


# --- E. Baig family (Ismaili, from Hunza in Gilgit-Baltistan), Ulverston, with a grandmother in Aliabad ----------------------

HOME_E = d.Address("14 Mountbarrow Road", "", "Ulverston", "LA12 9AT")
NANO_E = d.Address("Mohalla Hyderabad", "Aliabad", "Hunza", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Ayaan", "Baig")], dt.date(2020, 3, 12), addresses=[HOME_E], ids=["9803045164"],
       schools=["Sir John Barrow School"]),
    _p("s", "sibling", [("Nusrat", "Baig")], dt.date(2016, 6, 21), addresses=[HOME_E], ids=["9761565378", "E909241218702"],
       schools=["Sir John Barrow School"]),
    _p("m", "mother", [("Zarina", "Baig")], dt.date(1991, 1, 7), addresses=[HOME_E], phones=["07823 415 906"]),
    _p("f", "father", [("Karim", "Baig")], dt.date(1985, 5, 14), addresses=[HOME_E], phones=["07958 302 617"],
       ids=["PB 51 88 20 D"]),
    _p("g", "grandparent", [("Gul", "Bano")], addresses=[NANO_E], phones=["+92 355 4127 806"]),
    _p("p1", "professional", [("Anna", "Kirkby")], phones=["01229 894 305"], emails=["anna.kirkby@levenduddon.gov.uk"]),
], "c")

DOCS_E = [
    ("GP safeguarding letter to children's social care", """Ulverston Health Centre
Dr [[Siobhan Marsh|name]], GP Safeguarding Lead
Tel [[01229 583 761|phone]] (bypass)

To: Children's Services front door, Leven Duddon Council                                      [[27th August 2026|date]]

Re: [[Ayaan BAIG|name]], DOB [[12/03/2020|dob]], NHS No. [[980 304 5164|nhs]]
[[14 Mountbarrow Road|address]], [[Ulverston|place]], [[LA12 9AT|postcode]]

Dear colleague,

I am writing with concern about [[Ayaan|name]], aged 6, whom I saw today with his mother Mrs [[Zarina Baig|name]] and his sister
[[Nusrat|name]] (10), who interpreted. Mrs [[Baig|name]] speaks Burushaski and Urdu and some English; I used Language Line
(Urdu, interpreter ID 40391) for most of the consultation, as [[Nusrat|name]] should not have to.

[[Ayaan|name]] has a swollen, painful left forearm. Mrs [[Baig|name]] said he fell from the climbing frame at Ford Park "on
Saturday" ([[22 August|date]]), five days ago. She said her husband, Mr [[Karim Baig|name]], told her it was a sprain and that they
should not go to hospital "because of the cost of the taxi" (Mr [[Baig|name]] had the car in [[Manchester|place]]). [[Nusrat|name]] said
quietly in English that "[[Ayaan|name]] fell at home, not at the park", then stopped. I have sent him to Furness General for an
X-ray today and rung the paediatric team (Dr [[Kwame Asante|name]]).

Other things I know: Mrs [[Baig|name]] came to the UK in 2021 on a spouse visa; she is not registered for English classes and
told the interpreter she has no money of her own and does not go out without her husband, except to jamatkhana on Fridays.
She has no family here; her mother, Mrs [[Gul Bano|name]], lives in [[Aliabad|place]] in the [[Hunza|place]] valley. I did not
see any other injuries. [[Ayaan|name]] has missed his 5-year check and his pre-school booster.

I would be grateful for a strategy discussion. Please ring me or our practice nurse [[Claire Ashworth|name]].

Yours faithfully
Dr [[S. Marsh|name]]
"""),
    ("texts in Urdu and Roman Urdu between sisters-in-law translated", """Text messages on Mrs [[Zarina Baig|name]]'s phone with
her sister-in-law [[Shabnam|name]] (Mr [[Karim Baig|name]]'s sister) in
[[Karimabad|place]], shown to SW [[Anna Kirkby|name]] on [[2/9/2026|date]] and translated by the interpreter, Mr [[Iqbal Hussain|name]].
[[Shabnam|name]] is saved as "[[Shabnam|name]] [[Karimabad|place]] [[+92 346 5812 093|phone]]". Urdu script as written; Roman Urdu
as typed.

[[23 Aug|date]] 21:10 [[Shabnam|name]]: [[زرینہ|name]] کیسی ہو؟ [[ایان|name]] کیسا ہے؟
      ([[Zarina|name]], how are you? How is [[Ayaan|name]]?)
[[23 Aug|date]] 21:32 [[Zarina|name]]: theek hai. bazu mein dard hai. [[Karim|name]] kehte hain kuch nahi hai
      (He is OK. His arm hurts. [[Karim|name]] says it's nothing)
[[23 Aug|date]] 21:33 [[Zarina|name]]: [[Karim|name]] ne ghussa kiya tha, [[ایان|name]] ko dhakka diya sofa se
      ([[Karim|name]] was angry, he pushed [[Ayaan|name]] off the sofa)
[[23 Aug|date]] 21:40 [[Shabnam|name]]: ہسپتال لے جاؤ۔ بھائی کو میں فون کروں گی
      (Take him to hospital. I'll phone brother)
[[23 Aug|date]] 21:41 [[Zarina|name]]: NAHI. mat karna. wo mujhe [[گلگت|place]] wapas bhej denge
      (NO. Don't. He will send me back to [[Gilgit|place]])
[[25 Aug|date]] 08:02 [[Shabnam|name]]: امی نے کہا [[نصرت|name]] کو سکول بھیجو
      (Ammi said send [[Nusrat|name]] to school)
[[25 Aug|date]] 08:15 [[Zarina|name]]: [[Nusrat|name]] ke school ki chutti hai. [[Ulverston|place]] mein koi nahi hai mera
      ([[Nusrat|name]]'s school is on holiday. I have no one in [[Ulverston|place]])
[[26 Aug|date]] 19:44 [[Shabnam|name]]: [[Sultan|name]] bhai se baat karo, wo [[Lancaster|place]] wali [[Parveen|name]] ko jaante hain
      (Talk to brother [[Sultan|name]], he knows [[Parveen|name]] in [[Lancaster|place]])
[[26 Aug|date]] 19:50 [[Zarina|name]]: [[پروین|name]] باجی کا نمبر بھیجو
      (Send [[Parveen|name]] baji's number)
[[26 Aug|date]] 19:51 [[Shabnam|name]]: [[07395 118 640|phone]]

Interpreter's note: "bhai" and "baji" are brother and sister, "Ammi" is mother; they are not names.
"""),
    ("jamatkhana volunteer's email", """From: [[Parveen Jiwani|name]] <[[parveen.jiwani@outlook.com|email]]>
Sent: [[03 September 2026|date]] 22:17
To: [[anna.kirkby@levenduddon.gov.uk|email]]
Subject: [[Zarina|name]] and the children - from [[Parveen|name]] ([[Lancaster|place]] jamatkhana)

Dear [[Anna|name]],

[[Zarina|name]] gave me your card and asked me to write to you. I am a volunteer with the women's committee at our jamatkhana in
[[Lancaster|place]] and I am also from [[Hunza|place]] (from [[Ganish|place]], near [[Karimabad|place]]), so we speak Burushaski
together. I have known the family a little since 2022, from Friday prayers and from the Navroz party at the [[Morecambe|place]]
hall, but we did not know how isolated she is.

She asked me to tell you:
- She would like to learn English and to work. She was a teacher at a school in [[Aliabad|place]] before she married.
- She wants [[Ayaan|name]] and [[Nusrat|name]] to stay with her. She is frightened that [[Karim|name]] will take the children to
[[Gilgit|place]] in the winter "for a holiday" and leave her here. He has said this. He has booked flights to
[[Islamabad|place]] for [[19 December|date]] (she saw the email).
- She says [[Karim|name]] has hit her before, but never the children until [[Ayaan|name]].
- Her cousin [[Rehana Shah|name]] in [[Bradford|place]] ([[07481 220 579|phone]]) would have them all if needed; she lives on
[[Toller Lane|address]].

I can drive her to meetings on Tuesdays or Thursdays. My number is [[07395 118 640|phone]].

With best wishes,
[[Parveen|name]]

PS. The family's Mukhi is [[Amin Lalani|name]]; Mr [[Baig|name]] respects him, if that helps.
"""),
    ("child and family assessment summary", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Ayaan Baig|name]] ([[12.03.2020|dob]]), [[Nusrat Baig|name]] ([[21.06.2016|dob]], UPN [[E909241218702|upn]], NHS
[[976 156 5378|nhs]])
School: [[Sir John Barrow School|school]], [[Ulverston|place]] ([[Nusrat|name]] Year 6; [[Ayaan|name]] Year 2)
Worker: [[Anna Kirkby|name]], SW ([[01229 894 305|phone]])    Manager: [[Nadia Baptiste|name]]    Completed: [[14/10/2026|date]]

Family: mother [[Zarina Baig|name]] (b. [[07/01/1991|dob]], [[07823 415 906|phone]]); father [[Karim Baig|name]] (b.
[[14/05/1985|dob]], NI
[[PB 51 88 20 D|ni]], [[07958 302 617|phone]], process technician at GSK, [[Ulverston|place]]); maternal grandmother [[Gul Bano|name]],
[[Mohalla Hyderabad|address]], [[Aliabad|place]], [[+92 355 4127 806|phone]]; paternal uncle [[Sultan Baig|name]], [[Karimabad|place]].

What happened: on [[27 August 2026|date]] [[Ayaan|name]] was found to have a greenstick fracture of the left radius, five days old.
The account changed (the park, then the sofa). In a joint interview on [[4 September|date]] with DC [[Rob Satterthwaite|name]],
[[Ayaan|name]] said "Papa pushed me off the sofa because I spilled his tea" and [[Nusrat|name]] said the same. Mr [[Baig|name]]
accepted he
"pushed him away" and was cautioned. He agreed to move to a friend's flat in [[Dalton|place]] (Mr [[Nizar Ali|name]]).

Strengths: [[Zarina|name]] is warm and the children are close to her. [[Nusrat|name]] is doing well at [[Sir John Barrow|school]] and is
proud of her reading; she likes her teacher Mrs [[Penny Hall|name]] and her friend [[Esme|name]]. The jamatkhana community
(Mrs [[Parveen Jiwani|name]]) has stepped in.

Risks: a father who controls money and movement; a planned trip to [[Gilgit|place]] (flights for [[19 December|date]] now cancelled,
passports held by the solicitor, [[Nasreen Akhtar|name]] of [[Akhtar|name]] & [[Tebay|name]] Solicitors, [[Kendal|place]]); the
mother's isolation
and her fear of being sent back; [[Nusrat|name]] as interpreter and carer.

Children's views: [[Nusrat|name]]: "I want Papa to be kind and Mama to have friends." [[Ayaan|name]] drew his house with a cat, a
plane and "Nano", his grandmother (the word the children use for her).

Plan: child in need; ESOL at [[Ulverston|place]] library ([[Zarina|name]] starts [[2 November|date]]); Freedom Programme (online,
in Urdu);
Young Carers referral for [[Nusrat|name]]; review [[13 January 2027|date]].
"""),
]


# --- F. Birkett / Moffat family (white British), grandparents' home in Askam-in-Furness, a mother in Blackpool -------------

HOME_F = d.Address("11 Lord Street", "", "Askam-in-Furness", "LA16 7BY")
MUM_F = d.Address("Flat 9, 33 Dickson Road", "", "Blackpool", "FY1 2AE")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Lacey-Mae", "Birkett")], dt.date(2018, 4, 4), addresses=[HOME_F, MUM_F], ids=["1090966350", "U909201718455"],
       schools=["Askam Village School"]),
    _p("s", "sibling", [("Jaxon", "Moffat")], dt.date(2022, 7, 28), addresses=[HOME_F, MUM_F], ids=["3888408032"],
       schools=["Little Ducklings Pre-school"]),
    _p("m", "mother", [("Chloe", "Birkett")], dt.date(1998, 10, 23), addresses=[MUM_F], phones=["07592 664 031"]),
    _p("f", "father", [("Kane", "Moffat")], dt.date(1995, 5, 5)),
    _p("g", "grandparent", [("Pauline", "Birkett")], dt.date(1965, 9, 19), addresses=[HOME_F], phones=["07717 845 210"],
       ids=["JT 30 47 15 A"]),
    _p("g2", "grandparent", [("Alan", "Birkett")], dt.date(1963, 1, 30), addresses=[HOME_F], phones=["01229 462 118"]),
    _p("p1", "professional", [("Sam", "Eden")], phones=["01229 894 305"], emails=["sam.eden@levenduddon.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment extract", """SPECIAL GUARDIANSHIP ASSESSMENT (Annex A, extract: sections 1, 4 and 9)
Applicants: Mrs [[Pauline Birkett|name]] (born [[19/09/1965|dob]], NI [[JT 30 47 15 A|ni]]) and Mr [[Alan Birkett|name]] (born
[[30/01/1963|dob]])
Address: [[11 Lord Street|address]], [[Askam-in-Furness|place]], [[LA16 7BY|postcode]]. Tel. [[01229 462 118|phone]] /
[[07717 845 210|phone]]
Children: [[Lacey-Mae BIRKETT|name]] (born [[04/04/2018|dob]]) and [[Jaxon MOFFAT|name]] (born [[28/07/2022|dob]])
Assessor: [[Sam Eden|name]], Kinship Team, [[sam.eden@levenduddon.gov.uk|email]]       Case no. BW26C00417

1. Background
The children's mother, [[Chloe Birkett|name]], is the applicants' only daughter. She moved to [[Blackpool|place]] in 2024 with
[[Jaxon|name]]'s father, [[Kane Moffat|name]], and the children. On [[12 February 2026|date]] Lancashire police found
[[Jaxon|name]], then 3, alone
in the flat at [[Flat 9, 33 Dickson Road|address]], [[Blackpool|place]] [[FY1 2AE|postcode]], while [[Chloe|name]] and
[[Kane|name]] were at the
Wetherspoons on [[Talbot Road|address]]. [[Lacey-Mae|name]] was at a friend's, [[Summer Ashton|name]]'s, in [[Layton|place]]. Both
children were
placed that night with their grandparents in [[Askam|place]] under s20, and an interim care order followed on [[3 March 2026|date]].
[[Kane|name]] is now in [[Whitehaven|place]]; he has not seen the children since February.

4. The applicants
Mrs [[Birkett|name]] ("[[Paula|name]]" to her friends) is 61, a retired dinner lady at [[Askam Village School|school]], and Mr
[[Birkett|name]] is 63 and works part-time at the Co-op in [[Dalton|place]]. They have lived on [[Lord Street|address]] for 30
years. Their
son, [[Darren Birkett|name]], lives nearby in [[Ireleth|place]] with his wife [[Faye|name]] and their two boys; [[Darren|name]] is
the back-up
carer and has a DBS. Mr [[Birkett|name]] had a heart attack in 2023 (GP: Dalton Surgery, Dr [[Iain Rushton|name]], who supports the
application). Mrs [[Birkett|name]]'s sister [[Glenys Fairclough|name]] lives in [[Kirkby-in-Furness|place]] and helps with school runs.

9. Contact
[[Chloe|name]] has supervised contact fortnightly at the [[Barrow|place]] family centre (see the session sheets). The applicants would
like to supervise it themselves in time at [[Chloe|name]]'s nan's, Mrs [[Ida Birkett|name]], in [[Lindal|place]].
[[Lacey-Mae|name]] says she
wants "to live with nana and grandad for ever and ever and see mummy on Saturdays".
"""),
    ("a grandmother's diary for the court typed up", """My diary - [[Pauline Birkett|name]] - for Mr [[Eden|name]] and the court.
([[Sam|name]] asked me to write things down.)

Mon [[2nd March|date]]
[[Lacey|name]] woke at 3 with a nightmare again, "[[Kane|name]] shouting". Got in with us. [[Alan|name]] slept on the settee.
[[Jaxy|name]] up
at 6 as usual. Took them both to school and [[Ducklings|school]]. Mrs [[Kitching|name]] says [[Lacey|name]] is doing well with her
reading.

Wed [[4th|date]]
[[Chloe|name]] rang at 11 at night from a number I didn't know ([[07923 551 804|phone]]) asking for money. I said no. She said
"you've stolen my kids". [[Alan|name]] took the phone off me. I cried.

Sat [[7th|date]]
Took them to [[Barrow|place]] for [[Lacey|name]]'s party invite, [[Evie-Grace|name]]'s at the soft play. [[Jaxon|name]] had a
meltdown when he saw a
man who looked like his dad.

Sun [[8/3|date]]
[[Darren|name]] and [[Faye|name]] had the kids for tea at [[Ireleth|place]] so we could go to church. [[Lacey|name]] asked if
mummy is poorly.

Tues [[10th March|date]]
Contact at the family centre. [[Chloe|name]] was 25 mins late and had been crying. She brought [[Jaxon|name]] a Spiderman and
[[Lacey|name]] a
hairbrush set. The worker, [[Donna|name]], was very nice. [[Lacey|name]] wet the bed that night.

Fri [[13th|date]]
Letter from the solicitor Mr [[Hollins|name]] at [[Hollins|name]] [[Gregg|name]]. Court on the [[26th|date]].
Mrs [[Moffat|name]] ([[Kane|name]]'s mum) messaged on Facebook from [[Workington|place]] to say she wants to see [[Jaxon|name]].
I have said talk to [[Sam|name]].

Sun [[15th|date]]
Mothers Day. [[Lacey|name]] made a card at school for "Nana [[Paula|name]]" and one for mummy. We posted mummy's to
[[Dickson Rd|address]].
"""),
    ("contact supervisor's scanned session sheet", """[scanned form, handwriting typed by admin; illegible words marked (?)]
[[BARROW|place]] FAMILY CENTRE - SUPERVISED CONTACT RECORD
Child(ren):  [[Lacey-Mae Birkett|name]] / [[Jaxon Moffat|name]]          Date: [[10/03/26|date]]
Adult(s) attending: [[Chloe Birkett|name]] (mum)        Supervisor: [[Donna Fearon|name]]
Booked: 14.00-15.30   Arrived: 14.25   Left: 15.30   Transport: [[Alan Birkett|name]] (grandad) brought the children, car
[[PE19 OKL|vehicle]]

Observations:
14.25 Mum arrived, apologised, said the train from [[Preston|place]] was late (?). [[Jaxon|name]] hid behind grandad. [[Lacey|name]] ran
to her. Mum had a present for each.
14.40 Played with the kitchen. Mum talked about her new flat and her new friend "[[Shaz|name]]" who lives on [[Central Drive|address]]
in [[Blackpool|place]]. I reminded her not to talk about adult things.
15.00 [[Lacey|name]] asked "when can we come to [[Blackpool|place]]". Mum said "soon, babe". I redirected. [[Jaxon|name]] sat on mum's
knee for a story (The Gruffalo). Mum kept looking at her phone.
15.20 Mum asked [[Lacey|name]] if nana [[Paula|name]] (?) is nice to her. [[Lacey|name]] said yes.
15.30 Goodbyes. [[Lacey|name]] cried. Mum gave both a hug.

Worries: mum's pupils (?) very small, slurred at times; told [[S Eden|name]] 16.05.
Next session: [[24/03/26|date]]
Signed: [[D. Fearon|name]]      Checked: [[K. Barnes|name]] (team leader)  [[11.3.26|date]]
"""),
    ("looked after child review record", """REVIEW OF ARRANGEMENTS FOR A LOOKED AFTER CHILD - RECORD AND DECISIONS
Child: [[Lacey-Mae Birkett|name]]      DOB: [[4 April 2018|dob]]     NHS: [[109 096 6350|nhs]]     UPN: [[U909201718455|upn]]
Review: second review, [[9 September 2026|date]], at [[11 Lord Street|address]], [[Askam-in-Furness|place]]
IRO: [[Imogen Whiteside|name]]     SW: [[Sam Eden|name]]     (A separate record is kept for [[Jaxon|name]], NHS [[388 840 8032|nhs]].)

Present: Mrs [[Pauline Birkett|name]] and Mr [[Alan Birkett|name]] (kinship carers); [[Sam Eden|name]]; Mrs
[[Wendy Kitching|name]] (teacher,
[[Askam Village|school]]); [[Lacey-Mae|name]] for the first part. Views sent by: [[Chloe Birkett|name]] (by text from
[[07592 664 031|phone]]);
the children's guardian [[Marcus Oyelaran|name]] (Cafcass). Not invited: [[Kane Moffat|name]] (no contact with the children).

1. [[Lacey-Mae|name]]'s views: she chaired the start of her review with the IRO. She likes Year 3, her teacher, her friend
[[Evie-Grace|name]], gymnastics at the leisure centre in [[Dalton|place]] and her grandad's allotment. She wants mummy to "get better in
[[Blackpool|place]]". She wants to keep her bedroom with the unicorns.

2. Health: initial health assessment done [[18/03/2026|date]]; review health assessment due
March 2027. Dentist: registered. Eyes: glasses since May.

3. Education: attendance 98%. PEP held [[15 July 2026|date]]. Reading age up by a year.

4. Plan: the court on [[26 March 2026|date]] made an interim order; final hearing at Barrow Family Court on [[7 December 2026|date]]
with a plan of special guardianship to Mr and Mrs [[Birkett|name]]. Contact with mum fortnightly, move to monthly if the SGO is
made, supervised by the grandparents at Mrs [[Ida Birkett|name]]'s in [[Lindal|place]].

Decisions: 1. The plan is endorsed. 2. SW to complete the SGO support plan by [[30 September|date]]. 3. Life story work with
[[Lacey-Mae|name]] to start (Family Centre worker [[Donna Fearon|name]]). 4. Next review [[9 March 2027|date]] or earlier if the
SGO is made.
IRO signature: [[I. Whiteside|name]]      Date: [[10/09/2026|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 158 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 17:18 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "hv", "fsw", "sw", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "chair", "imai", "ima", "ipa", "ipu",
           "ibungo", "ibemma", "ichan", "tamo", "ichema", "ine", "khura", "ama", "api", "nani", "dadi", "mamu", "chacha",
           "khala", "baji", "apa", "bhai", "ammi", "abbu", "mukhi", "kamadia", "ꯏꯃꯥ", "ꯏꯄꯥ", "ꯏꯕꯦꯝꯃ"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "khala", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cumbria", "south cumbria",
               "furness", "low furness", "the lakes", "lake district", "lancashire", "merseyside", "the north west",
               "north west", "india", "manipur", "north east india", "the north east", "pakistan", "gilgit-baltistan",
               "gilgit baltistan", "northern areas", "the northern areas", "karakoram", "the karakoram", "uae", "dubai emirate"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name and after one)
# and counties, regions and countries ("Cumbria", "Furness", "Manipur", "Gilgit-Baltistan", "India", "Pakistan").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
