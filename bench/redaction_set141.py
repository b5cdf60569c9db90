"""Set 141: a held-out hand-written set for the redaction detector, six more invented families in Rochdale and Heywood.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set138.py, redaction_set139.py, redaction_set140.py and their tests (written by other helpers at the same
time), that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no
detector output. What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here), the docstrings only of bench/redaction_set7.py to redaction_set137.py (printed with ast and
searched for the towns, districts, estates and communities earlier sets used as a family's home; no set's body was read or
searched), bench/redaction_handwritten.py, the function definitions of bench/redaction_set15.py (it has none of its own), and
the ruff settings in pyproject.toml. Phone numbers were made and checked with the phonenumbers library and NHS numbers and UPNs
made with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are
imported from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once,
after the detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the
marking and say so here.

Six families in the borough of Rochdale (Rochdale, Milnrow and Heywood), each from a district or village no earlier set (7 to
137) used as a family's home. Four of the kinds most common in children's social care: a young white British mother in
Smallbridge, Rochdale, with a grandmother in Wardle and a father in Whitworth (Greenwood / Howarth; neglect, a cold home on
emergency credit, a girl of 9 caring for her brother of 4 and taking food from school, a dog that bit the boy, a grandmother who
stopped helping after a row), a white British family in Newhey, Milnrow, with a grandmother in Shaw (Clegg / Shaw; domestic
abuse by the mother's partner, a boy of 11 who locked his sister in the bathroom and rang his nan, bail breaches, a voicemail
from the partner), a white British family in Hopwood, Heywood, with a grandmother in Norden (Chadwick / Stott; a boy of 14
missing to Preston and criminally exploited in county lines by a man of 19 from Langley, a silver Audi, a shopkeeper's
statement) and a British Pakistani (Mirpuri) family in Belfield, Rochdale, with relatives in Dadyal (Iqbal / Begum; a girl of
15 self-harming after relatives spoke of marrying her to a cousin, a father who refuses, Urdu in a family WhatsApp group). Two
from communities no earlier set used: a Kenyan Luo family from Kisumu in Castleton, Rochdale, with a grandmother in Kondele,
Kisumu, and an aunt in Kawangware, Nairobi (Otieno / Achieng / Akinyi; a boy of 10 hit with a belt, a Luo-speaking church, a
grandmother's voice notes in Dholuo; Luo day-names and nicknames) and a Benadiri (Reer Hamar) Somali family from Mogadishu in
Newbold, Rochdale, with a grandmother in Mogadishu and a cousin in Highfields, Leicester (Abdulkadir / Mursal; a baby girl
of 3 weeks at risk of FGM from a grandmother's visit, an FGM protection order, a mother's low mood after a caesarean, a
one-bedroom flat with mould; Somali spellings beside English ones and a name in Arabic script). 24 documents, about half
plain professional recording (a home visit case note, a chronology, an Operation Encompass notification, initial child
protection conference minutes, a return home interview, strategy discussion minutes, a GP's referral letter to CAMHS, a school
nurse's drop-in record, a single assessment extract, a child in need review record, a health visitor's new birth visit record
and a social worker's letter to the family) and half the other writing a case file holds, in types or styles new to these sets
where possible: a mother's texts typed up, a lunchtime supervisor's handwritten note scanned and OCR'd (with its errors and a
name split by a hyphen across a line), a child's "three houses" worksheet (and her brother's), a duty line voicemail
transcribed, Snapchat chats from a police phone download, a corner shop owner's MG11 witness statement, a family WhatsApp group
in Urdu and English, a father's own letter, a pastor's email with the social worker's quoted message, a grandmother's voice
notes translated from Dholuo, notes typed fast on a phone during a three-way interpreted call, and a housing medical priority
form filled in by hand and scanned.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, Kenya, Somalia); NHS numbers and UPNs (LA number 354, Rochdale) pass their
check digits; NI numbers have a valid format. The council (Roch Vale) and its email domain, the housing provider (Roch Vale
Homes), the schools (Stansfield Brook Primary, Newhey Moor Community Primary, Roch Valley High, Hopwood Clough Academy,
Castleton Fold Primary, Newbold Brook Academy), the church (Living Waters Fellowship), the forum (Africa Families Forum), the
law firms (Firth Lawson, Kamara & Partners), the interpreting agency (Bridge Interpreting) and the GP practices (Belfield Medical
Centre, Milnrow Village Practice, Newbold Surgery, Smallbridge Health Centre) are invented; towns, districts, estates,
villages, real colleges, real charities and services (Early Break, Healthy Young Minds, Petrus, Rochdale Women's Aid), NHS
bodies, hospitals (Royal Oldham Hospital, Fairfield General), prisons (HMP Forest Bank), courts, civic buildings (Number One
Riverside), landmarks (Hollingworth Lake, Ogden reservoir, Victoria station), shops, brands, apps and games stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, Doctor,
PC, DC, DS, Nan, Nana, Grandad, Mum, Madam, Pastor, Brother, Sister, Chaudhry, and "bhai" after a name) stay outside the name
span; a possessive 's and a bare s in texting ("[[kay|name]]s") stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("GREENWOOD, Kaydence", "CLEGG, Harper", "IQBAL, Aleena", "ABDULKADIR,
Xaliimo"), and so is "First SURNAME"; an initial with a surname is one span, and so is a first name with an initial ("N.
Brierley", "H S Sandhu", "Kaydence G"); initials alone ("A.I.", "DM", "K") are not marked; a name broken across a line is one
span holding the break, and so is an address ("Flat 6,\nKingsway Court"); social media usernames ("k.dawg_ol11", "mc.ol10x",
"reecey_darnhill") are not marked, but a display name that is a person's plain name is ("Kyle", "lils"); a contact saved
under a kinship word ("Nanna", "Ammi", "Phuppo Jaan") is not a name; pets' names (Tank, Nugget) are not names; a firm named
after people marks only the names ("[[Firth|name]] [[Lawson|name]]", "[[Kamara|name]] & Partners"). A street address is one
span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a neighbour's bare
house or flat number ("no. 18", "no. 29", "flat 6") and an address abroad ("House 14, Sector F", Mirpur; "Plot 27, Kabiro
Road", Kawangware); towns, cities, villages, districts and estates are places, at home or abroad and in any script
("Kondele", "Nyalenda", "Xamar Weyne", "Muqdisho", "راچڈیل", "ڈڈیال", "bpool"); countries and regions are not ("Kenya",
"Pakistan", "UK"); organisations are not marked even when they hold a town's name ("Belfield Medical Centre", "Smallbridge
Health Centre", "Royal Oldham Hospital", "Rochdale Women's Aid", "Hopwood Convenience Store"); a school's or college's name
is a school, and so is its short form and a lower-case form ("Stansfield Brook", "stansfield brook", "roch valley", "Hopwood
Hall College"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside, and a
weekday alone, "Thurs", is not a date); months and years alone are not marked; a service, team or branch named by its town
("Rochdale East team", "GMP Rochdale Challenger", "Encompass Rochdale", "Healthy Young Minds (Rochdale)") marks the town; a
surname or first name that is also an English word or a town is marked by what it refers to (Shaw, Whitworth, Lees, Lord,
Grace, Faith, Mercy, Joy, Rose, Summer, Dawn and Bright are names when they are people, and Shaw, Whitworth,
Oldham and Heywood are places when they are places; "our Lord" in a pastor's greeting is not a name, and "Hollingworth Lake"
is a landmark).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a Luo day-name
("Akinyi"), a Luo name used at home ("Odhiambo"), a Somali spelling beside an English one ("Xaliimo" / "Halima", "Xaawo
Maxamed" / "Hawa Mohamed") and a pet form ("Fifi", "Bar", "xali", "AJ", "Gem", "Mase") are each a name; the Luo words "Dani"
(grandmother) and "Jaduong'" (the old man) and the Urdu "Phuppo Jaan" and "Ammi" are kinship words and stay unmarked; the
honorific "Chaudhry" stays outside the name; an OCR misreading of a name ("Alfle") is a name, and a school heading misread
("STANSF1ELD BROOK PRIMARY") is a school; a word split by a hyphen at a line end ("Sut-\ncliffe", "Whit-\nworth", "Green-\nwood")
is one span holding the hyphen and the break; "Reer Hamar" (a people and its dialect) and "Luo" are not places; a surname
as a nickname ("Brannigan", "Branny") is a name; a housing reference, a crime reference, an exhibit number and a collar
number are not marked; a council office's building ("Number One Riverside") is a civic building and stays unmarked; an
airport ("heathrow") and a railway station ("Victoria") are landmarks.

Self-check without the detector: `python -m bench.redaction_set141` (and tests/test_redaction_set141.py) runs set 21's checker
(which runs set 15's, and so sets 13 to 6's) on this set, adds this set's titles and kinship words (before and after a name)
and countries and regions, and prints the number of documents and gold spans per kind: 24 documents, 1,006 gold spans,
544 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set21 import problems as problems_21
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Greenwood / Howarth family (white British), Smallbridge, Rochdale ----------------------------------------------------

HOME_A = d.Address("14 Albert Royds Street", "Smallbridge", "Rochdale", "OL16 2SU")
NAN_A = d.Address("6 Ramsden Road", "Wardle", "Rochdale", "OL12 9NQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaydence", "Greenwood")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["8097297043", "X354596620332"],
       schools=["Stansfield Brook Primary School"]),
    _p("s", "sibling", [("Alfie", "Howarth")], dt.date(2022, 8, 9), addresses=[HOME_A], ids=["7822559397"]),
    _p("m", "mother", [("Shannon", "Greenwood")], dt.date(1996, 1, 30), addresses=[HOME_A], phones=["07740 264573"],
       ids=["JK 48 21 90 B"]),
    _p("f", "father", [("Ryan", "Howarth")], dt.date(1993, 6, 14), phones=["07740 667836"]),
    _p("g", "grandparent", [("Bev", "Greenwood")], addresses=[NAN_A], phones=["01706 680018"]),
    _p("p1", "professional", [("Nadia", "Brierley")], phones=["01706 822383"], emails=["nadia.brierley@rochvale.gov.uk"]),
], "c")

DOCS_A = [
    ("home visit case note", """CASE NOTE - HOME VISIT (unannounced)
Child: [[Kaydence GREENWOOD|name]]   DOB [[22/04/2017|dob]]   NHS [[809 729 7043|nhs]]
Date of visit: Tuesday [[3 November 2026|date]] 15:40-16:35     Worker: [[Nadia Brierley|name]], Social Worker, [[Rochdale|place]] East team
Address: [[14 Albert Royds Street|address]], [[Smallbridge|place]], [[Rochdale|place]] [[OL16 2SU|postcode]]

Present: [[Shannon Greenwood|name]] (mother), [[Kaydence|name]] (9), [[Alfie Howarth|name]] (4), and a neighbour, [[Tracey Mellor|name]],
from [[no. 18|address]], who left soon after I arrived.

I knocked for some time. [[Kaydence|name]] opened the door still in her school polo shirt from [[Stansfield Brook|school]]; she had
walked [[Alfie|name]] home from the nursery on [[Halifax Road|address]] herself because Mum "was poorly". The front room was cold (the
meter was on emergency credit) and smelled strongly of dog urine; the dog, a Staffie called Tank, was shut in the kitchen.
There were two bin bags of rubbish by the back door and a nappy on the stairs although [[Alfie|name]] is said to be dry.
[[Shannon|name]] came down after ten minutes. She said she has had "a migraine for three days" and has not been out since the
[[31st|date]]. She was tearful. She said [[Ryan|name]] (Mr [[Howarth|name]], [[Alfie|name]]'s dad) has not paid anything since he moved
to his new partner's in [[Whitworth|place]] and that her mum, [[Bev|name]], is "done with her" after a row at [[Wardle|place]] on
Bonfire Night weekend.

I spoke with [[Kaydence|name]] alone in her bedroom. She showed me the tin of spaghetti hoops she makes for [[Alfie|name]] "when Mum
is in bed". She said she does not mind, "I'm the big one". She said Tank bit [[Alfie|name]]'s hand "ages ago" and it bled; she
put a plaster on it. I saw a healed mark on the back of [[Alfie|name]]'s left hand. She wants to go to her nan's "every day".
She named her friend [[Lacey-Mae|name]] from school and her teacher Miss [[Rhodes|name]].

Plan agreed with [[Shannon|name]]: I will ring the GP (Smallbridge Health Centre) with her consent tomorrow; foodbank voucher
given for Petrus; I will ask [[Bev Greenwood|name]] ([[01706 680018|phone]]) if she will have the children on Saturday; a
dog warden referral is not needed yet but the dog is to be kept away from [[Alfie|name]]. Next visit [[10/11/26|date]].
Copies: [[Shannon Greenwood|name]]; Mrs [[Kaur|name]] (DSL, [[Stansfield Brook Primary School|school]]); [[Joanne Dearden|name]] (HV,
Smallbridge Health Centre); team manager [[Phil Crossley|name]]. Neighbour [[Tracey Mellor|name]] ([[no. 18|address]]) gave her number,
[[07721 562198|phone]], and said she will text me "if it gets bad again"; I did not ask her to.
[[N. Brierley|name]]
"""),
    ("a mother's texts to the social worker, typed up for the file", """Texts between [[Shannon Greenwood|name]] ([[07740 264573|phone]])
and [[Nadia Brierley|name]] (work mobile),
typed up by [[N Brierley|name]] on [[12.11.2026|date]]. Spelling as sent.

Wed [[4 Nov|date]] 08:02 [[Shannon|name]]: hiya its [[shannon|name]] [[kay|name]]s mum. shes not going in today shes got a belly ache x
Wed [[4 Nov|date]] 08:20 [[Nadia|name]]: Morning [[Shannon|name]], sorry she's poorly. Is [[Alfie|name]] going to nursery? I'll ring at 10.
Wed [[4 Nov|date]] 08:41 [[Shannon|name]]: no im keepin him in 2 its freezin out. [[ryan|name]] says he'll come 4 them fri
Wed [[4 Nov|date]] 13:15 [[Shannon|name]]: me mum says she'll have them sat but not if im goin out. i wasnt goin out!!
Fri [[6 Nov|date]] 19:55 [[Shannon|name]]: [[ryan|name]] never came. [[kay|name]] sat in her coat by the window 2 hours. hes with
[[jade|name]] in
[[whitworth|place]] playin happy families
Fri [[6 Nov|date]] 20:03 [[Nadia|name]]: I'm sorry, that must have been hard for her. Are you all OK tonight?
Fri [[6 Nov|date]] 20:10 [[Shannon|name]]: ye. [[tracey|name]] next door brought chips. dont put that in ur notes lol
Mon [[9 Nov|date]] 07:48 [[Shannon|name]]: meter on emergency again. i got the voucher but the foodbank at st johns is closed mondays
Mon [[9 Nov|date]] 09:30 [[Nadia|name]]: I'll drop a top-up card to [[Albert Royds St|address]] at 12. Is [[Kaydence|name]] in school?
Mon [[9 Nov|date]] 09:34 [[Shannon|name]]: yes took her meself. [[alfie|name]]s with me nan at [[smallbridge|place]] til dinner
Tue [[10 Nov|date]] 22:47 [[Shannon|name]]: sorry 4 the state of the house 2day. i no it was bad. i dont want them took off me
Tue [[10 Nov|date]] 22:51 [[Shannon|name]]: [[kay|name]] wants 2 go [[stansfield brook|school]] breakfast club cos her mate [[lacey|name]]
goes can u sort it
Wed [[11 Nov|date]] 07:59 [[Shannon|name]]: also [[bev|name]] says she'll do thursdays w [[alfie|name]] if [[ryan|name]] pays her bus fare
from [[wardle|place]] lol
Wed [[11 Nov|date]] 08:15 [[Nadia|name]]: I'll ask school today. Nobody is talking about taking the children. Speak later.
"""),
    ("a lunchtime supervisor's handwritten note, scanned and OCR'd", """[scanned from a lined exercise-book page handed to the DSL, OCR
text below, errors left in]

[[STANSF1ELD BROOK PRIMARY|school]] - lunchtime
Tuesday [[17th Nov|date]] 2026     written by [[J. Sut-
cliffe|name]] (MDSA, Yr5 yard)

[[Kaydence G|name]] (5R) came to me at 12.4O and asked if she could
have a second dinner for her brother [[Alfle|name]] because "there
is no tea at ours". She put a roll and a yoghurt in her coat
pocket. I said she could keep them. She said Mum was
"in bed again" and Nan [[Bev|name]] was "not speaking to us".
She said her dad [[Ryan|name]] lives at [[Jade|name]]'s in [[Whit-
worth|place]] now.

Her frend [[Lacey-Mae Ormerod|name]] (5R) said [[Kaydence|name]] "always takes food".
[[Kaydence|name]] had a scratch on her neck, she said it was Tank
(the dog) playing.

Passed to Mrs [[Kaur|name]] (DSL) at 1.05.  Copy for file.
Mrs [[Kaur|name]]: rang Mum [[07740 264573|phone]] no answer, rang
Nan ([[Bev Green-
wood|name]]) [[01706 680018|phone]] 1.20 - she will
collect [[Kaydence|name]] + [[Alfie|name]] tonite. Email to
[[Nadia Brierley|name]] sent 1.25 pm [[17/11/26|date]].
- [[J Sutcliffe|name]]
"""),
    ("chronology extract", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[GREENWOOD, Kaydence|name]] (DOB [[22.04.2017|dob]]; UPN
[[X354596620332|upn]]) and
[[HOWARTH, Alfie|name]] (DOB [[09.08.2022|dob]]; NHS [[782 255 9397|nhs]])
Compiled by [[Nadia Brierley|name]], SW, for the child protection conference of [[3 December 2026|date]]
Mother: [[Shannon Greenwood|name]], DOB [[30.01.1996|dob]], NI [[JK 48 21 90 B|ni]]. Father of [[Alfie|name]]: [[Ryan Howarth|name]], DOB
[[14.06.1993|dob]].
Father of [[Kaydence|name]]: [[Dean Crabtree|name]] (no contact since 2018; last known in [[Todmorden|place]]).

Date        | Event | Source | Impact on child
[[14/02/2019|date]] | Police called to [[Shannon Greenwood|name]]'s previous address, [[Flat 2, 41 Entwisle Road|address]],
[[Rochdale|place]]
              [[OL16 2HS|postcode]]; verbal argument with [[Ryan Howarth|name]]. No further action. | GMP log | [[Kaydence|name]] (1)
present.
[[03/01/2021|date]] | [[Shannon|name]] and [[Kaydence|name]] move to [[14 Albert Royds Street|address]], [[Smallbridge|place]];
[[Bev|name]] helps with
              the deposit. | Housing | Stability.
[[11/11/2021|date]] | [[Ryan Howarth|name]] cautioned for criminal damage at [[Bev Greenwood|name]]'s, [[Ramsden Road|address]]. | GMP | —
[[09/08/2022|date]] | [[Alfie|name]] born at Royal Oldham Hospital. | HV record | —
[[22/03/2024|date]] | Health visitor [[Joanne Dearden|name]] notes dog urine and a smoky home at [[Albert Royds Street|address]]. | HV |
Low.
[[05/06/2025|date]] | School note [[Kaydence|name]]'s attendance 83%; letter sent. | [[Stansfield Brook Primary School|school]] | Missed
learning.
[[30/10/2026|date]] | Row between [[Shannon|name]] and her mother [[Bev Greenwood|name]] at [[6 Ramsden Road|address]], [[Wardle|place]];
[[Bev|name]]
              stops helping. | [[Bev|name]] by phone | Loss of main support.
[[03/11/2026|date]] | Unannounced visit; cold home, dog, [[Kaydence|name]] caring for [[Alfie|name]]. | SW | High.
[[17/11/2026|date]] | MDSA note: food taken home for [[Alfie|name]]. | School | Hunger.
[[19/11/2026|date]] | Strategy discussion; s47 agreed. | CSC | —
[[24/11/2026|date]] | [[Ryan Howarth|name]] ([[07740 667836|phone]]) agrees to have the children alternate weekends at his partner
              [[Jade Ashworth|name]]'s house, [[9 Market Street|address]], [[Whitworth|place]]. | SW | Positive.
[[26/11/2026|date]] | [[Bev Greenwood|name]] agrees to take [[Kaydence|name]] to [[Stansfield Brook|school]] breakfast club Mon-Wed and to
have
              [[Alfie|name]] at [[Wardle|place]] on Thursdays. [[Tracey Mellor|name]] (neighbour) helps on Fridays. | [[Bev|name]],
[[Tracey|name]] | Support restored.
[[01/12/2026|date]] | Tank rehomed via a rescue in [[Littleborough|place]]; [[Kaydence|name]] upset, [[Alfie|name]] "not bothered". |
[[Shannon|name]] | Risk reduced.
"""),
]


# --- B. Clegg / Shaw family (white British), Newhey, Milnrow ---------------------------------------------------------------

HOME_B = d.Address("31 Huddersfield Road", "Newhey", "Rochdale", "OL16 3QZ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Harper", "Clegg")], dt.date(2019, 10, 5), addresses=[HOME_B], ids=["9701040597", "Q354282465638"],
       schools=["Newhey Moor Community Primary School"]),
    _p("s", "sibling", [("Archie-Jay", "Clegg")], dt.date(2015, 2, 17), addresses=[HOME_B], ids=["8976652975"],
       schools=["Roch Valley High School"]),
    _p("m", "mother", [("Gemma", "Clegg")], dt.date(1990, 9, 2), addresses=[HOME_B], phones=["07702 714820"]),
    _p("f", "partner", [("Lee", "Shaw")], dt.date(1988, 12, 19), phones=["07774 415489"]),
    _p("p1", "professional", [("Owen", "Dearden")], phones=["01706 635320"], emails=["owen.dearden@rochvale.gov.uk"]),
], "c")

DOCS_B = [
    ("an Operation Encompass notification email to a school", """From: GMP Encompass [[Rochdale|place]] (shared mailbox)
Sent: Sunday, [[8 November 2026|date]] 07:12
To: DSL - [[Newhey Moor Community Primary School|school]]; DSL - [[Roch Valley High School|school]]
Subject: OPERATION ENCOMPASS - [[CLEGG, Harper|name]] / [[CLEGG, Archie-Jay|name]] - OFFICIAL-SENSITIVE

This notification is sent so that the school can support the children today. Please do not contact the family about it.

Incident date/time: [[07/11/2026|date]] approx. 23:30      Ref: 14/DA/22871/26
Children: [[Harper CLEGG|name]] (DOB [[05/10/2019|dob]], Y2) and [[Archie-Jay CLEGG|name]] (DOB [[17/02/2015|dob]], Y7)
Address: [[31 Huddersfield Road|address]], [[Newhey|place]], [[OL16 3QZ|postcode]]
Adults: [[Gemma CLEGG|name]] (mother, victim) and [[Lee SHAW|name]] (partner, suspect, not at the address, arrested)
Summary: neighbours at [[no. 29|address]] heard shouting and a child screaming. Officers found [[Gemma|name]] with a swollen eye.
[[Archie-Jay|name]] had taken his sister into the bathroom and locked the door; he had rung his nan in [[Shaw|place]] (Mrs
[[Carol Clegg|name]], [[01706 528288|phone]]), who rang 999. [[Harper|name]] was wearing pyjamas and crying. [[Lee Shaw|name]] was
arrested on [[Ogden Lane|address]] walking towards [[Milnrow|place]] station.
Officer: PC 11392 [[Aisha Farooq|name]], [[Rochdale|place]] district
Other children at the address: none. Grandmother's address: [[12 Crompton Way|address]], [[Shaw|place]], [[OL2 7HF|postcode]].
Previous incidents: [[02/07/2025|date]], [[14/03/2026|date]], [[01/09/2026|date]] (all [[Gemma Clegg|name]] / [[Lee Shaw|name]]).
Contact for this notification: DS [[Mark Heap|name]], [[0161 738 6306|phone]] (office hours).
"""),
    ("a child's 'three houses' worksheet typed up from her drawing", """THREE HOUSES - [[Harper|name]], age 7 - with [[Owen Dearden|name]]
(SW) at school, [[12th November|date]]
(typed up word for word; the child wrote some words, I wrote the rest as she said them)

HOUSE OF WORRIES
- when [[Lee|name]] shouts at Mummy and bangs the door
- the night the police came and [[AJ|name]] locked us in the bathroom
- [[Lee|name]] said he would throw my hamster Nugget out the window
- Mummy's eye was purple

HOUSE OF GOOD THINGS
- my nana [[Carol|name]] in [[Shaw|place]] she has a hot tub (not really a hot tub a paddling pool)
- my brother [[archie|name]] he is 11 and plays fortnite with me
- my best friend is [[Ivy|name]] and [[Summer|name]] in my class and Miss [[Fletcher|name]]
- swimming at Hollingworth Lake with Nana

HOUSE OF DREAMS
- [[Lee|name]] doesn't come back
- Mummy and me and [[AJ|name]] and Nugget live at nanas
- I go to [[Newhey Moor|school]] still

[[Harper|name]] drew [[Lee|name]] as a big black scribble outside the house. She asked me not to show it to him.
[[AJ|name]]'s version (done the same day at [[Roch Valley High|school]] with his mentor Mr [[Kershaw|name]], his words):
WORRIES - [[Lee|name]]. Mum crying. [[Harper|name]] wetting the bed. Getting kicked out of [[roch valley|school]].
GOOD - nan [[Carol|name]], fishing with Grandad [[Keith|name]] at Ogden reservoir, my mate [[Brandon|name]] from [[Newhey|place]], cod and
chips.
DREAMS - Live at nans in [[Shaw|place]]. Play for [[Milnrow|place]] under 12s. [[Lee|name]] goes to jail.
"""),
    ("initial child protection conference minutes", """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Children: [[Harper CLEGG|name]] ([[5.10.19|dob]]) and [[Archie-Jay CLEGG|name]] ([[17.2.15|dob]])
Date: Thursday [[26th November 2026|date]], 10:00, Number One Riverside, [[Rochdale|place]]
Chair: [[Deborah Ashton|name]] (IRO)      Minutes: [[Kelsey Fitton|name]]

Present: [[Gemma Clegg|name]] (mother); [[Carol Clegg|name]] (maternal grandmother); [[Owen Dearden|name]] (SW, [[01706 635320|phone]]);
DC [[Ruth Whittaker|name]] (GMP PPIU); [[Sarah-Jane Lord|name]] (DSL, [[Newhey Moor Community Primary School|school]]); Mr
[[Tom Butterworth|name]]
(head of year, [[Roch Valley High School|school]]); [[Julie Buckley|name]] (school nurse); [[Priya Mistry|name]] (Rochdale Women's Aid IDVA)
Apologies: Dr [[Fenton|name]] (GP, Milnrow Village Practice). Not invited: Mr [[Shaw|name]] (bail conditions; his views were
sought in writing).

1. Police information. DC [[Whittaker|name]] said this was the fourth call to [[31 Huddersfield Rd|address]] since the summer of
2025 (the others on [[2 July 2025|date]], [[14/03/26|date]] and [[1 Sept 2026|date]]). On [[7 November|date]] Mr [[Shaw|name]] punched
[[Gemma|name]] in the face and pushed [[Archie-Jay|name]] into the banister when he tried to stop him. Mr [[Shaw|name]] is on bail not to
enter [[Newhey|place]] or contact [[Gemma|name]] until [[8 January 2027|date]]. He gives his address as his mother's, [[Flat 6,
Kingsway Court|address]], [[Kirkholt|place]]. His van, a white Transit [[BK68 WZL|vehicle]], was seen on [[Huddersfield Road|address]] on
[[20/11|date]] and [[22/11|date]], which has been reported as a breach.

2. Mother. [[Gemma|name]] said she has ended the relationship. She has changed her number (new number [[07702 714820|phone]], not to
be shared). She said she stayed because [[Lee|name]] paid the rent after she lost her job at the Tesco in [[Milnrow|place]]. The IDVA
said [[Gemma|name]] scored 16 on the DASH and the case goes to MARAC on [[2/12/26|date]].

3. School. [[Sarah-Jane|name]] said [[Harper|name]] has been wetting herself in class since [[9 November|date]] and hides under the table
when the door bangs. Mr [[Butterworth|name]] said [[Archie-Jay|name]] ("[[AJ|name]]") has been in isolation twice for fighting and
told a mentor, Mr [[Kershaw|name]], that "if he comes back I'll stab him".

4. Grandmother. Mrs [[Clegg|name]] lives at [[12 Crompton Way|address]], [[Shaw|place]], [[OL2 7HF|postcode]], and has both children
every weekend. She said "I've begged her for two years."

Decision: both children subject to child protection plans, category physical abuse ([[Archie-Jay|name]]) and emotional abuse
([[Harper|name]]). Review conference Thu [[25 Feb 2027|date]]. Core group [[10/12/2026|date]].
Core group: [[Owen Dearden|name]] (lead), [[Gemma Clegg|name]], [[Carol Clegg|name]], [[Sarah-Jane Lord|name]], [[Tom Butterworth|name]],
[[Julie Buckley|name]], [[Priya Mistry|name]]. Lead professional's number [[01706 635320|phone]]. Minutes to Mr [[Shaw|name]]'s solicitor,
[[Nathan Firth|name]] of [[Firth|name]] [[Lawson|name]], [[Yorkshire Street|address]], [[Rochdale|place]], in redacted form only.
"""),
    ("a voicemail left on the duty line, transcribed", """DUTY LINE VOICEMAIL - transcribed by [[Kelsey Fitton|name]], business support,
Mon [[30/11/26|date]] 08:55
Left: Sat [[28 Nov|date]] 23:41, from [[07774 415489|phone]] (caller did not give a surname at first)
Second message: Sun [[29 Nov|date]] 00:05, same number: "It's [[Lee|name]] again. Tell [[Harper|name]] I love her. [[Gemma|name]] knows
where I am, [[Flat 6|address]], [[Kingsway Court|address]], [[Kirkholt|place]], [[OL11 2PP|postcode]]. That's all."

"Yeah, this is [[Lee|name]]. [[Lee Shaw|name]]. I want to speak to whoever [[Owen|name]] is, the social worker, [[Owen Dearden|name]] or
whatever. Right. You've took my statement off them lot at that meeting and I wasn't even allowed in. She's lying. [[Gem|name]]'s
lying, she fell into the door, ask [[AJ|name]], he's not a little kid. I've got my own lad, [[Tyler|name]], in [[Heywood|place]], and his
mum [[Danielle|name]] lets me see him no bother, ring her, she's on [[07566 359062|phone]]. And tell [[Carol|name]] to stop
putting stuff on the [[Newhey|place]] Facebook about me... I've not been on [[Huddersfield Road|address]], that weren't my van. I'm at me
mum's in
[[Kirkholt|place]], [[Kingsway Court|address]], [[flat 6|address]], you can come round whenever. Ring us back. Or don't. Whatever."
[message ends, 1 min 48 s]

Passed to [[Owen Dearden|name]] and DC [[Whittaker|name]] by email at 09:02. [[Lee Shaw|name]]'s ex-partner [[Danielle Kenny|name]]
was rung by DC [[Whittaker|name]] on [[1 December|date]]; she said [[Tyler|name]] (6) sees his dad at his nan's in [[Kirkholt|place]] "when
he turns up"
and that she had a non-molestation order against him in 2021. Possible breach of bail (contact through a third party).
"""),
]


# --- C. Chadwick / Stott family (white British), Hopwood, Heywood ---------------------------------------------------------

HOME_C = d.Address("52 Manchester Old Road", "Hopwood", "Heywood", "OL10 2LT")
NAN_C = d.Address("3 Greenbooth Road", "Norden", "Rochdale", "OL12 7TE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mason", "Chadwick")], dt.date(2012, 5, 28), addresses=[HOME_C], ids=["6834170553", "Z354378115008"],
       schools=["Hopwood Clough Academy"]),
    _p("m", "mother", [("Leanne", "Stott")], dt.date(1985, 3, 11), addresses=[HOME_C], phones=["07742 685649"]),
    _p("g", "grandparent", [("Maureen", "Chadwick")], addresses=[NAN_C], phones=["01706 268362"]),
    _p("p1", "professional", [("Callum", "Whitehead")], phones=["07931 261448"], emails=["callum.whitehead@rochvale.gov.uk"]),
], "c")

DOCS_C = [
    ("a return home interview", """RETURN HOME INTERVIEW (missing from home)
Young person: [[Mason CHADWICK|name]]     DOB: [[28-05-2012|dob]]     Age: 14
Home: [[52 Manchester Old Road|address]], [[Hopwood|place]], [[Heywood|place]] [[OL10 2LT|postcode]]
Missing episode: from about 16:00 on Fri [[13 November 2026|date]] to 02:20 on Sun [[15 November 2026|date]] (found by BTP)
Interview: Monday [[16th November 2026|date]], at [[Maureen Chadwick|name]]'s (paternal grandmother), [[3 Greenbooth Road|address]],
[[Norden|place]]
Interviewer: [[Callum Whitehead|name]], Complex Safeguarding Team ([[07931 261448|phone]])

[[Mason|name]] agreed to talk if his mum was not in the room. He would not say where he slept on the Friday. He said he got the
tram from [[Rochdale|place]] to Victoria with "a lad I know", and would only call him "K" or "[[Kyle|name]]". He said [[Kyle|name]]
is 19 and from [[Langley|place]] and "looks after" him. He was found by British Transport Police at [[Preston|place]] station with
£340 in cash, two phones and a train ticket to [[Blackpool|place]]. He said the money was "for [[Kyle|name]]'s mate [[Dev|name]]".

He said he started going out with [[Kyle|name]] in the summer after he was excluded from [[Hopwood Clough|school]] for five days
([[7th July|date]]). He said "nobody at school cares, only Miss [[Fielding|name]]". He said his mum, [[Leanne|name]], "is always at
work" and her boyfriend [[Gaz|name]] "won't let me in the front room".

He said he feels safe at his nan's and would like to live with her. Mrs [[Chadwick|name]] said she would have him but her flat is
small; she has a spare room "if [[Connor|name]]'s stuff goes" ([[Connor|name]] is [[Mason|name]]'s uncle, in HMP Forest Bank).

Risks shared with the police (intelligence form submitted [[16/11/2026|date]]): [[Kyle|name]] (surname unknown, about 19,
[[Langley|place]]),
a silver Audi A3 [[MX19 UJD|vehicle]] seen outside [[Hopwood Clough Academy|school]] on [[10 Nov|date]], and a "[[Dev|name]]" in
[[Blackpool|place]].

Mother's view (by phone, [[17/11|date]]): [[Leanne Stott|name]] ([[07742 685649|phone]]) said she is "at the end of her rope" and that
[[Mason|name]]
"has been different since [[Connor|name]] went inside". She agreed to [[Mason|name]] staying at [[Greenbooth Road|address]] for now. Her
partner [[Gary Lomax|name]] drove round [[Castleton|place]], [[Bamford|place]] and [[Hopwood|place]] looking for him on the Saturday.
"""),
    ("Snapchat messages from a police download of a phone, typed up", """DIGITAL EXTRACT - SUMMARY OF RELEVANT CHATS (Snapchat, from the
device seized from [[Mason Chadwick|name]] at [[Preston|place]] on
[[15.11.2026|date]]). Typed up by DC [[Hannah Pickup|name]] for the strategy discussion. Usernames as shown; display names in brackets.

Chat with "k.dawg_ol11" (display name "[[Kyle|name]]")
[[12/11/2026|date]] 21:14 k.dawg_ol11: u still on 4 fri [[mase|name]]
[[12/11/2026|date]] 21:16 mc.ol10x: ye wot time
[[12/11/2026|date]] 21:16 k.dawg_ol11: 4 at the interchange. dont bring ur phone bring the work 1
[[12/11/2026|date]] 21:20 mc.ol10x: me mum took it cos of school
[[12/11/2026|date]] 21:21 k.dawg_ol11: then get it back. [[dev|name]] needs u in [[bpool|place]] sat
[[13/11/2026|date]] 07:55 k.dawg_ol11: dont tell [[gaz|name]] nothing and dont tell ur nan

Chat with "[[Lily Ashworth|name]]" (display name "[[lils|name]] 💕")
[[13/11/2026|date]] 23:40 [[lils|name]]: where r u ur mums been on [[heywood|place]] community page
[[13/11/2026|date]] 23:52 mc.ol10x: [[preston|place]] dont tell no1 im safe
[[14/11/2026|date]] 00:10 [[lils|name]]: [[mason|name]] pls come home. miss [[fielding|name]] will help u

Chat with "Nan" (saved as "Nanna 🏠")
[[14/11/2026|date]] 10:05 Nanna: [[Mason|name]] love it's your nan. Please ring me on the house phone [[01706 268362|phone]]. I'm not cross.
[[14/11/2026|date]] 10:06 Nanna: Your mum is beside herself and [[Gary|name]] has gone out looking round [[Castleton|place]] and
[[Heywood|place]].

Chat with "[[Reece|name]] 🐐" (username "reecey_darnhill")
[[13/11/2026|date]] 15:58 reecey_darnhill: u goin wiv [[kyle|name]] 2day or wot
[[13/11/2026|date]] 15:59 mc.ol10x: ye meetin him at [[rochdale|place]] interchange
[[13/11/2026|date]] 16:02 reecey_darnhill: tell him [[brannigan|name]]s mum wants her car back lol

Group "[[hopwood|place]] lads 🔥" (4 members): nothing relevant apart from a photo of [[Mason|name]] in a black balaclava, dated
[[9.11.26|date]].
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION (child exploitation) - [[Mason Chadwick|name]], 14, DOB [[28/05/2012|dob]], NHS
[[683 417 0553|nhs]],
UPN [[Z354378115008|upn]]
Held [[17 November 2026|date]] 14:00 on Teams. Chair: [[Rehana Qureshi|name]] (Team Manager, Complex Safeguarding)
Attending: [[Callum Whitehead|name]] (Complex Safeguarding SW); DC [[Hannah Pickup|name]] (GMP [[Rochdale|place]] Challenger);
[[Jo Tattersall|name]]
(DSL, [[Hopwood Clough Academy|school]]); [[Mick Kay|name]] (Youth Justice); [[Sean O'Neill|name]] (Early Break)

Information shared
- Police: [[Kyle|name]] is believed to be [[Kyle Brannigan|name]], 19, of [[Lyndhurst Road|address]], [[Langley|place]],
[[Middleton|place]], linked to a
  line running from [[Middleton|place]] to [[Blackpool|place]]. The Audi [[MX19 UJD|vehicle]] is registered to his mother. "[[Dev|name]]"
is not known.
- School: [[Mason|name]]'s attendance is 61% this term. He told Miss [[Fielding|name]] on [[11/11|date]] that he "owes money". He has
applied
  for the motor vehicle course at [[Hopwood Hall College|school]] and is keen.
- Home: [[Leanne Stott|name]] works nights at a care home in [[Bury|place]]; her partner [[Gary Lomax|name]] is at the house in the
  evenings. [[Mason|name]] says [[Gary|name]] is not violent but "doesn't want me there".
- Grandmother: [[Maureen Chadwick|name]] can take [[Mason|name]] from Friday. Her address in [[Norden|place]] is away from [[Kyle|name]]'s
area.
- Youth Justice: [[Mason|name]] is not known to them; NRM referral to be made (first responder: [[Callum|name]]).

Decisions: s47 (single agency), NRM referral, disruption by police (CAWN on [[Kyle Brannigan|name]]), [[Mason|name]] to stay with his
nan at [[Greenbooth Road|address]] by agreement, Early Break to offer 1:1 work, review [[1st December|date]].
Actions: [[Callum Whitehead|name]] - NRM by [[20/11/26|date]]; DC [[Pickup|name]] - CAWN and ANPR on [[MX19 UJD|vehicle]];
[[Jo Tattersall|name]] -
safety plan in school, [[Mason|name]] to be met at the gate by Miss [[Fielding|name]]; [[Sean O'Neill|name]] - first session at
[[Maureen Chadwick|name]]'s by [[27th November|date]]. Minutes to [[Leanne Stott|name]] and [[Maureen Chadwick|name]] in summary only.
"""),
    ("a corner shop owner's witness statement (MG11)", """RESTRICTED (when complete)                                                 MG11
WITNESS STATEMENT (CJ Act 1967 s.9; MC Act 1980 s.5A(3)(a); MC Rules 1981 r.70)
Statement of: [[Harjit Singh Sandhu|name]]          Age if under 18: over 18          Occupation: shopkeeper
This statement (consisting of 1 page) is true to the best of my knowledge and belief...   Signed: [[H S Sandhu|name]]   Date:
[[18/11/2026|date]]

I own and run Hopwood Convenience Store (Premier) on [[Manchester Old Road|address]], [[Heywood|place]], [[OL10 2LS|postcode]]. My home
address is known to police. My mobile is [[07916 906031|phone]].

I know [[Mason Chadwick|name]] as a regular customer since he was about eight. He lives a few doors up with his mum,
[[Leanne|name]]. On Tuesday the [[10th of November|date]] at about 3.40 pm I saw [[Mason|name]] get into the back of a silver
Audi outside my shop. I noted the number on the back of a receipt as [[MX19 UJD|vehicle]] because the car had been parked on the
zig-zags outside the school for twenty minutes and I had seen it the week before too. There were two young men in the
front. The driver was white with a black North Face coat. The passenger had his hood up. One of them called "[[Mase|name]],
hurry up".

On Thursday [[12/11|date]] [[Mason|name]] came in with a lad I know as [[Reece|name]] from the [[Darnhill|place]] estate and paid for
energy drinks
with a £50 note. I had never seen him with that much money before. I told his nan, Mrs [[Chadwick|name]], when she came
in on the Saturday for her paper, and she told me he was missing.

I also know the young man called [[Kyle|name]]. He has been in the shop with [[Reece|name]] and another lad they called "[[Brannigan|name]]"
or "[[Branny|name]]". My son [[Gurpreet|name]], who works Saturdays, says [[Kyle|name]] told him he lives "up [[Langley|place]]".
My CCTV from [[10/11/2026|date]] and [[12/11/2026|date]] has been given to PC [[Jordan Tweedale|name]] (exhibit HSS/1).
"""),
]


# --- D. Iqbal / Begum family (British Pakistani, Mirpuri), Belfield, Rochdale ------------------------------------------------

HOME_D = d.Address("88 Belfield Lane", "Belfield", "Rochdale", "OL16 2XG")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Iqbal")], dt.date(2011, 7, 3), addresses=[HOME_D], ids=["1049054539", "K354440421363"],
       schools=["Roch Valley High School"]),
    _p("s", "sibling", [("Hamza", "Iqbal")], dt.date(2016, 1, 20), addresses=[HOME_D]),
    _p("m", "mother", [("Nasreen", "Begum")], dt.date(1984, 4, 8), addresses=[HOME_D], phones=["07970 222593"]),
    _p("f", "father", [("Tariq", "Iqbal")], dt.date(1979, 11, 25), addresses=[HOME_D], phones=["07920 762361"]),
    _p("p1", "professional", [("Ellie", "Schofield")], phones=["01706 749591"], emails=["ellie.schofield@rochvale.gov.uk"]),
], "c")

DOCS_D = [
    ("a GP's referral letter to CAMHS", """Belfield Medical Centre
[[Belfield Lane|address]], [[Rochdale|place]]

[[20th October 2026|date]]

Healthy Young Minds ([[Rochdale|place]]) - Single Point of Access
Urgent referral

Re: Miss [[Aleena IQBAL|name]]   DOB [[03/07/2011|dob]]   NHS No. [[104 905 4539|nhs]]
[[88 Belfield Lane|address]], [[Rochdale|place]], [[OL16 2XG|postcode]]. Mobile (mother, Mrs [[Nasreen Begum|name]]): [[07970 222593|phone]]

Dear colleague,

I saw this 15 year old today with her mother. [[Aleena|name]] has been cutting her forearms with a pencil sharpener blade since
the summer; her mother found blood on her sheets on [[18/10/2026|date]]. There are about twenty superficial linear cuts on the left
forearm, healing, none needing closure. She says she cuts "to make the noise stop" and that she has thought about taking
tablets but has not made a plan. She says things became worse after a family trip to [[Dadyal|place]] in [[Mirpur|place]] in August,
where relatives talked about her marrying her cousin when she is older; her mother says this was "a joke" and that her father
[[Tariq|name]] would never allow it. I have not been able to speak to [[Aleena|name]] alone as she did not want her mother to leave.

She is a bright pupil at [[Roch Valley High|school]], predicted 8s, and wants to be a pharmacist. She has stopped eating lunch.
PHQ-A 19. No previous history. I have also told the school nurse, [[Becky Holt|name]], and the children's social care front door
(ref MASH/26/4417), given the comments about marriage.

Yours faithfully,

Dr [[Sameena Akhtar|name]]
GP Partner
cc: Dr [[M. Kenyon|name]] (safeguarding lead)
cc: [[Becky Holt|name]], School Nurse, [[Roch Valley High School|school]]; Mr [[Tariq Iqbal|name]] and Mrs [[Nasreen Begum|name]] (by
post, at their request, to [[88 Belfield Lane|address]])
"""),
    ("a family WhatsApp group in Urdu and English, typed up and translated by the interpreter", """Source: screenshots shown by
[[Aleena Iqbal|name]] to [[Ellie Schofield|name]] (SW) on [[2 November 2026|date]]; typed up and translated from
Urdu by [[Shabana Rauf|name]] (interpreter). Group name: "[[Iqbal|name]] Family ❤️ UK + [[Dadyal|place]]" (23 members). Times as shown.

[[24/10/2026|date]], 19:02 Phuppo Jaan: [[علینہ|name]] بیٹی کی شادی کی تاریخ کب رکھیں گے؟ [[عمران|name]] تیار ہے
   (When will we fix the date for daughter [[Aleena|name]]'s wedding? [[Imran|name]] is ready.)
[[24/10/2026|date]], 19:05 [[Tariq Iqbal|name]]: Baji she is 15 please not on the group
[[24/10/2026|date]], 19:07 [[+92 355 6678077|phone]]: [[طارق|name]] بھائی ہم نے وعدہ کیا تھا
   ([[Tariq|name]] brother, we made a promise.) [this is the aunt's husband, [[Zafar Mahmood|name]], in [[Dadyal|place]]]
[[24/10/2026|date]], 19:10 [[nasreen|name]]: stop this now. she is in school. she will go university
[[25/10/2026|date]], 08:30 [[Hamza|name]] 🎮: lol who is [[imran|name]]
[[25/10/2026|date]], 08:31 Ammi: [[Hamza|name]] get off the group
[[26/10/2026|date]], 21:45 [[Imran Mahmood|name]]: [[aleena|name]] i will come in [[manchester|place]] in december inshallah
[[26/10/2026|date]], 21:50 Phuppo Jaan: [[علینہ|name]] کو ویزا کے بعد [[راچڈیل|place]] سے [[ڈڈیال|place]] لے آئیں گے
   (After the visa we will bring [[Aleena|name]] from [[Rochdale|place]] to [[Dadyal|place]].)
[[27/10/2026|date]], 07:12 [[Tariq Iqbal|name]]: I have left this group.

Note by the SW: "Phuppo Jaan" (the father's sister) is [[Rukhsana Mahmood|name]]; her number is [[+92 300 2972314|phone]]. "Ammi" is the
mother. [[Imran Mahmood|name]] is 22 and lives at [[House 14, Sector F|address]], [[Mirpur|place]].
[[Aleena|name]] said her cousin [[Sana|name]] in [[Bradford|place]] ([[07852 601815|phone]]) warned her first. [[Aleena|name]] does not want
[[Sana|name]] "to get in trouble". [[Hamza Iqbal|name]] is 10; the "[[Hamza|name]] 🎮" contact is his tablet.
"""),
    ("a school nurse's drop-in record", """SCHOOL NURSING - DROP-IN CONTACT RECORD                       [[Roch Valley High School|school]]
Name: [[IQBAL, Aleena|name]]    D.O.B. [[3 Jul 2011|dob]]    Yr 11    Tutor: Mr [[Hartley|name]]
Seen: [[09.11.2026|date]] 12:35-13:10, nurse's room, alone    By: [[Becky Holt|name]], SN (0-19 Service)

Reason: self-referral (on the drop-in sheet as "A.I.").
[[Aleena|name]] said she wanted to talk about "the marriage thing" without her mum. She said her dad has "stood up to his sister"
and left the family group, and that her mum is on her side, but her aunt in [[Dadyal|place]] keeps messaging her directly and her cousin
[[Imran|name]] sent her a voice note saying he is coming to [[Belfield|place]] at Christmas. She said she is scared that if she goes to
Pakistan in the summer holidays she will not come back. She has not cut since [[the 1st|date]]; forearms checked with consent: healing,
no new cuts. She eats in the library with her friend [[Zainab|name]] now.

She said her friend [[Zainab|name]]'s mum, Mrs [[Hussain|name]] on [[Belfield Road|address]], said she could stay there "if anything
happens". Her
father rang his sister on [[7th November|date]]; the aunt then texted [[Aleena|name]] "your father is weak".
Actions: safety plan reviewed; Forced Marriage Unit advice line number given (not written here); DSL Mrs [[Ogunleye|name]] informed at 13:15
and the allocated SW, [[Ellie Schofield|name]] ([[01706 749591|phone]]), at 13:40. Next drop-in [[16/11|date]].
Follow-up note [[16.11.2026|date]]: [[Aleena|name]] came with [[Zainab Hussain|name]]. Said [[Imran|name]] has stopped messaging since
her dad "phoned [[Dadyal|place]]". Her brother [[Hamza|name]] (10) is "annoying but fine". Mum texted school ([[07970 222593|phone]]) to
thank the nurse.
[[B Holt|name]]
"""),
    ("a father's own letter to the social worker", """[[88 Belfield Lane|address]]
[[Belfield|place]]
[[Rochdale|place]] [[OL16 2XG|postcode]]
[[14-11-2026|date]]

Dear Miss [[Ellie|name]],

Thank you for coming to our house with the lady interpreter. We were happy that Mrs [[Shabana Rauf|name]] speaks Pahari like
my mother in [[Dadyal|place]]. I am writing myself because my English writing is better than
my speaking and my wife [[Nasreen|name]] asked me to.

I want to say clearly that my daughter [[Aleena|name]] will not be married to anyone until she has finished her studies and she
chooses herself. I told this to my sister [[Rukhsana|name]] in [[Dadyal|place]] and to her husband [[Zafar|name]] bhai. My father, Chaudhry
[[Muhammad Iqbal|name]], gave a word to them many years ago when [[Aleena|name]] was a baby. My father died in 2019 and I do not
accept this word. I have left the family group and I have blocked [[Imran|name]]'s number.

We will not take [[Aleena|name]] or [[Hamza|name]] to Pakistan next summer. You can keep their passports at your office if it
helps. My brother-in-law [[Shahid Hussain|name]] in [[Oldham|place]] ([[07914 277840|phone]]) will say the same.

Please tell the school that [[Aleena|name]] is a good girl and we are proud of her. She wants to be a pharmacist like my cousin
Dr [[Nabeela|name]] in [[Bradford|place]].

Yours sincerely,
[[Tariq Iqbal|name]]
[[07920 762361|phone]]
"""),
]


# --- E. Otieno / Achieng family (Kenyan Luo), Castleton, Rochdale ------------------------------------------------------------

HOME_E = d.Address("5 Royds Street", "Castleton", "Rochdale", "OL11 3DY")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Baraka", "Otieno")], dt.date(2016, 3, 16), addresses=[HOME_E], ids=["9000917166", "H354519799272"],
       schools=["Castleton Fold Primary School"]),
    _p("s", "sibling", [("Faith", "Akinyi")], dt.date(2020, 6, 1), addresses=[HOME_E], ids=["8882582426"]),
    _p("m", "mother", [("Mercy", "Achieng")], dt.date(1989, 8, 27), addresses=[HOME_E], phones=["07963 327658"]),
    _p("f", "father", [("Fredrick", "Otieno")], dt.date(1984, 2, 4), addresses=[HOME_E], phones=["07571 897713"],
       ids=["SP 63 40 12 A"]),
    _p("g", "grandparent", [("Dorothy", "Anyango")], phones=["+254 765 740454"]),
    _p("p1", "professional", [("Grace", "Whitworth")], phones=["0161 467 9768"], emails=["grace.whitworth@rochvale.gov.uk"]),
], "c")

DOCS_E = [
    ("a single assessment extract", """SINGLE ASSESSMENT - EXTRACT (sections 1, 3 and 6)
Child: [[Baraka OTIENO|name]]     DOB [[16.03.2016|dob]]     NHS [[900 091 7166|nhs]]     UPN [[H354519799272|upn]]
Sibling: [[Faith AKINYI|name]]    DOB [[01.06.2020|dob]]
Parents: [[Fredrick OTIENO|name]] (DOB [[04.02.1984|dob]], NI [[SP 63 40 12 A|ni]], [[07571 897713|phone]]) and [[Mercy ACHIENG|name]]
(DOB [[27.08.1989|dob]], [[07963 327658|phone]])
Address: [[5 Royds Street|address]], [[Castleton|place]], [[Rochdale|place]] [[OL11 3DY|postcode]]
Start date: [[5 October 2026|date]]      Authorised: [[23 November 2026|date]]      Social worker: [[Grace Whitworth|name]]

1. Reason for assessment. On [[2/10/26|date]] [[Baraka|name]] (10) told his class teacher at [[Castleton Fold Primary|school]], Mr
[[Okafor|name]], that his father hit him with a belt because he lost his school jumper. Three linear marks on the back of his left
thigh were seen by the school's first aider, Mrs [[Dawn Pilling|name]], and photographed. A s47 enquiry by the police and CSC
followed; Mr [[Fredrick Otieno|name]] accepted using a belt and was given words of advice; no further action.

3. Family and culture. The family are Luo from [[Kisumu|place]], Kenya. Mr [[Otieno|name]] came to the UK in 2013 as a student
nurse and works at Fairfield General; Ms [[Mercy Achieng|name]] is a care assistant. They speak Dholuo, Kiswahili and English at
home; [[Baraka|name]] understands Dholuo but answers in English. [[Baraka|name]]'s paternal grandmother, [[Dorothy Anyango|name]], lives in
[[Kondele|place]], [[Kisumu|place]] and raised him until he was 4; she speaks to him on WhatsApp most Sundays. The family attend
Living Waters Fellowship in [[Heywood|place]], where Pastor [[Odera|name]] leads a Luo-speaking congregation. Mr [[Otieno|name]] said
that in his own childhood in [[Nyalenda|place]] "the cane was normal" and that he did not know it was against the law here
unless it leaves a mark. He said "I was wrong, I will not do it again." Ms [[Achieng|name]] said she has asked him before to stop.

6. Analysis. [[Baraka|name]] is a polite, quiet boy who loves football (he plays for a junior team in [[Bamford|place]]) and his sister
[[Faith|name]] ("[[Fifi|name]]"). He says he is not scared of his dad "most days". The parents engaged well with the assessment,
attended a parenting session with [[Joy Nwosu|name]] of the Africa Families Forum and signed a written agreement on [[1st Nov.|date]]
Recommendation: a child in need plan for 3 months; school to keep [[Baraka|name]] under review.
Network: paternal aunt [[Rose Atieno|name]], [[Nairobi|place]]; family friend [[Beatrice Owino|name]], [[Spotland|place]]
([[07890 830166|phone]]),
who collects [[Faith|name]] on Tuesdays; Pastor [[Samuel Odera|name]]; father's colleague [[Kennedy Ouma|name]], [[Oldham|place]].
[[G. Whitworth|name]]
"""),
    ("a pastor's email to the social worker", """From: Pastor [[Samuel Odera|name]] <[[pastor.s.odera@gmail.com|email]]>
To: [[grace.whitworth@rochvale.gov.uk|email]]
Cc: [[fred.otieno84@yahoo.co.uk|email]]
Date: Sat, [[07 Nov 2026|date]] 22:16:09 +0000
Subject: Re: [[Baraka|name]] - letter of support for the family?

Dear Madam [[Grace|name]],

Greetings in the name of our Lord. Brother [[Fred|name]] asked me to write concerning his family. I have known Brother [[Fredrick|name]]
and Sister [[Mercy|name]] since they joined our fellowship at the old Co-op hall on [[Bridge Street|address]] in 2019. They are
faithful and they love their children. [[Baraka|name]] is in our youth choir and little [[Faith|name]] is in Sunday school with
Sister [[Pamela Adhiambo|name]].

I want to be honest with you as you asked. In our culture we were raised with the cane and many of our parents still believe
it. After the matter of [[Baraka|name]] I have spoken from the pulpit on [[1 November|date]] that we obey the laws of the land and that
beating a child is not discipline. I have also asked Brother [[Otieno|name]] to come with me to the fathers' group which Mr
[[Jeremiah Wekesa|name]] runs on Thursdays in [[Castleton|place]].

If you need to reach me my number is [[07552 270963|phone]] or on WhatsApp [[+254 753 407539|phone]] when I am home in
[[Kisumu|place]] over Christmas ([[19 Dec|date]] to [[9 Jan|date]]).

God bless you,
Pastor [[S. Odera|name]]
Living Waters Fellowship, [[Heywood|place]]

> On Thu, [[5 Nov 2026|date]] at 11:02, [[Grace Whitworth|name]] <[[grace.whitworth@rochvale.gov.uk|email]]> wrote:
> Dear Pastor [[Odera|name]], thank you for your call. Mr [[Otieno|name]] has asked whether you would write about the family's
> support network. Please could you say how you know them. Kind regards, [[Grace|name]]
"""),
    ("a grandmother's WhatsApp voice notes, transcribed and translated from Dholuo", """Voice notes from [[Dorothy Anyango|name]]
([[+254 765 740454|phone]]) to [[Baraka Otieno|name]]'s mother's phone, played to the SW on
[[15th November 2026|date]] with Ms [[Achieng|name]]'s consent. Transcribed and translated from Dholuo by [[Christine Auma|name]] (Bridge
Interpreting). Luo words kept where there is no English word; the interpreter's notes are in square brackets.

Note 1 (Sun [[8 Nov|date]], 1 min 12 s):
"Misawa nyakwara. [Greetings, my grandchild.] [[Baraka|name]], this is Dani [grandmother] speaking from [[Kondele|place]]. I hear
from your father that there was trouble at school. Listen to me. You are my first grandson. Your father was also beaten
when he was a boy, by his father, Jaduong' [the old man, her late husband] [[Otieno Oloo|name]], and it did not make him a better man,
it made him a quiet one. I have told [[Fredrick|name]] on the phone: no more. Greet [[Akinyi|name]] [the sister, [[Faith|name]]] for me."

Note 1b (Sun [[8 Nov|date]], 0 min 31 s) [to the father]:
"[[Odhiambo|name]]! [his Luo name, the father's] [[Fredrick|name]], my son, I know you are listening. Call your uncle [[Ochieng|name]] in
[[Siaya|place]] and tell him what the council said, he also has small children. And send the photos of [[Faith|name]]'s school to
[[Rose|name]], she has no data."

Note 2 (Sun [[8 Nov|date]], 0 min 40 s):
"And [[Mercy|name]], nyathina [my child], do not be ashamed. Tell the lady from the council that if [[Baraka|name]] wants to come to
[[Kisumu|place]] in April for the holidays he will stay with me in [[Kondele|place]], or with his aunt [[Rose Atieno|name]] in
[[Nairobi|place]],
her house is [[Plot 27, Kabiro Road|address]], [[Kawangware|place]]. Her number, write it: [[+254 727 068386|phone]]."

[Interpreter's note: "Dani" is what Luo children call a grandmother; "Jaduong'" means the old man. The late grandfather's
name, [[Otieno Oloo|name]], is where [[Fredrick|name]]'s surname comes from. [[Akinyi|name]] is [[Faith|name]]'s Luo name, "born in the
morning"; [[Baraka|name]] is called "[[Bar|name]]" at home.]

Note 3 (Tue [[10 Nov|date]], 0 min 25 s): [a prayer in Dholuo for the family; the interpreter did not translate it word for word]
"""),
    ("child in need review meeting record", """CHILD IN NEED REVIEW - RECORD OF MEETING
Children: [[Baraka Otieno|name]] (10) and [[Faith Akinyi|name]] (6)        Date: Wednesday [[2 December 2026|date]], 16:00
Venue: [[Castleton Fold Primary School|school]] (family room), [[Castleton|place]]
Chair: [[Grace Whitworth|name]] (SW)
Present: Mr [[Fredrick Otieno|name]]; Ms [[Mercy Achieng|name]]; Mr [[Chidi Okafor|name]] (class teacher); Mrs [[Dawn Pilling|name]] (first
aider /
learning mentor); [[Joy Nwosu|name]] (Africa Families Forum); Pastor [[Samuel Odera|name]] (at the parents' request, first 20 minutes)

Progress since [[23/11/2026|date]]:
- No further marks seen. [[Baraka|name]] told Mrs [[Pilling|name]] "dad shouts now but he doesn't use the belt". He has been made
  captain of the Year 7 transition football team and goes to [[Roch Valley High|school]]'s taster sessions for Year 6 on Fridays.
- [[Faith|name]] has started at the after-school club; her reception teacher Miss [[Bright|name]] says she is "sunny".
- Mr [[Otieno|name]] has been to four of the six fathers' sessions with Mr [[Wekesa|name]]. He said the hardest part was "learning to wait".
- Ms [[Achieng|name]] has changed her shifts so she is home at 4 pm on school days.
- The grandmother, Mrs [[Anyango|name]] in [[Kisumu|place]], rings every Sunday; [[Baraka|name]] says "she is on my side".

Views of the child (seen alone by the SW on [[27th Nov|date]]): "I want it to stay like this. I don't want a social worker forever."

Outcome: the plan continues to the next review on [[3 March 2027|date]], then step down to Early Help if all is well.
Copies to: the parents; [[Chidi Okafor|name]] and [[Dawn Pilling|name]] at [[Castleton Fold
Primary|school]]; [[Joy Nwosu|name]]; the family's GP. Core visit by the SW before the [[18th of
December|date]], and a home visit to [[Royds Street|address]] with [[Faith|name]] present after school on [[9 Dec.|date]]
Contact: [[Grace Whitworth|name]], [[0161 467 9768|phone]], [[grace.whitworth@rochvale.gov.uk|email]]
"""),
]


# --- F. Abdulkadir / Mursal family (Benadiri, Reer Hamar, from Mogadishu), Newbold, Rochdale ----------------------------------

HOME_F = d.Address("Flat 9, Tweedale House, Milnrow Road", "Newbold", "Rochdale", "OL16 5AB")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Xaliimo", "Abdulkadir")], dt.date(2026, 10, 19), addresses=[HOME_F], ids=["6392545247"]),
    _p("s", "sibling", [("Abdirahman", "Abdulkadir")], dt.date(2018, 5, 6), addresses=[HOME_F], ids=["2429921499", "R354419462580"],
       schools=["Newbold Brook Academy"]),
    _p("s2", "sibling", [("Sumaya", "Abdulkadir")], dt.date(2022, 2, 14), addresses=[HOME_F], ids=["4178203673"]),
    _p("m", "mother", [("Faadumo", "Mursal")], dt.date(1995, 12, 1), addresses=[HOME_F], phones=["07593 417683"]),
    _p("f", "father", [("Yusuf", "Abdulkadir")], dt.date(1987, 7, 7), phones=["07555 052442"]),
    _p("p1", "professional", [("Hollie", "Jagger")], phones=["0161 862 3704"], emails=["hollie.jagger@rochvale.gov.uk"]),
], "c")

DOCS_F = [
    ("a health visitor's new birth visit record", """HEALTH VISITING - NEW BIRTH VISIT (day 12)
Baby: [[ABDULKADIR, Xaliimo|name]] (known as "[[Halima|name]]")   DOB [[19/10/2026|dob]]   NHS [[639 254 5247|nhs]]   Birth weight 2.91 kg
Mother: [[Faadumo MURSAL|name]]   DOB [[01/12/1995|dob]]   Tel [[07593 417683|phone]] (mother says texts are better than calls)
Address: [[Flat 9, Tweedale House|address]], [[Milnrow Road|address]], [[Newbold|place]], [[Rochdale|place]] [[OL16 5AB|postcode]] (2nd
floor, no lift)
Date of visit: [[31.10.2026|date]]   HV: [[Siobhan Greenhalgh|name]]   Interpreter: by phone, [[Ahmed Bana|name]] (Somali, Reer Hamar
dialect)

Birth at Royal Oldham Hospital by emergency caesarean on [[19 Oct|date]]. Feeding: breast and formula. Weight today 2.98 kg.
[[Faadumo|name]] is very tired and in pain from her wound; she cannot carry the buggy up the stairs. EPDS 14 (asked with the
interpreter; she cried at question 10 but said "no, never" to harming herself). The father, [[Yusuf Abdulkadir|name]], works in a
warehouse in [[Heywood|place]] and was not present; [[Faadumo|name]] says he is "good" but is away nights. Two older children:
[[Abdirahman|name]] (8), at [[Newbold Brook Academy|school]], asthma, brown inhaler not used; [[Sumaya|name]] (4), nursery, sleeps in the
parents' bed. One bedroom flat; black mould in the bedroom corner and on the window seals.

[[Faadumo|name]] said her mother, [[Xaawo Maxamed|name]], is coming from [[Muqdisho|place]] "after the rains" and will "do what is done for
girls". When I asked what she meant she said it was "the small cut, sunna, not like before". She said she herself was cut in
[[Xamar Weyne|place]] as a child. I explained the law in the UK with the interpreter. She said "I did not know it is the same for the small
one".

Actions: FGM safeguarding risk assessment completed; referral to the MASH today; GP informed (Newbold Surgery); Baby Bank for a
cot; housing letter about the stairs and mould; next visit [[7/11/2026|date]] with [[Ahmed|name]] again.
Family contacts given by mother: cousin [[Ruqiyo Hassan|name]], [[Highfields|place]], [[Leicester|place]]; friend [[Ladan Yusuf|name]] on
[[Kingsway|address]], [[Rochdale|place]]; father's brother [[Abubakar Abdulkadir|name]] in [[Eastleigh|place]], [[Nairobi|place]]. GP: Dr
[[Lees|name]].
"""),
    ("notes typed on a phone during a call with an interpreter", """notes typed on my phone in the car - [[H Jagger|name]] - tidy up later!!
call w [[faadumo|name]] 3-way with interpreter [[ahmed|name]] ([[Bana|name]]) Mon [[9/11|date]] approx 1415
- mum confirms her mum [[xaawo|name]] booked flight [[mogadishu|place]] to [[nairobi|place]] to heathrow [[22 dec|date]]?? via cousin in
[[Leicester|place]] ([[Ruqiyo|name]]
 - number [[07533 868552|phone]])
- grandma phone in [[muqdisho|place]] [[+252 61 511 9067|phone]] - mum says gma doesnt do whatsapp only calls
- dad [[yusuf|name]] home today, in background, said "we will not do this thing" in english. wants to speak 2 me himself 2moro
- [[abdirahman|name]] off school today, asthma, mum out of inhaler. pharmacy at [[Newbold|place]] shops will do it
- [[sumaya|name]] heard in background singing
- mum worried [[xaawo|name]] will be "angry + shamed". the aunty in [[Leicester|place]] ([[Ruqiyo|name]] again) agrees w mum, she has 3
girls none cut
- mum asked what FGMPO means. explained. interpreter explained again. mum: "if paper stops my mother it is good paper"
- TODO: legal gateway Thurs?? ring [[Siobhan|name]] HV. ring school re inhaler. email my TM [[Gary Fitton|name]]
- check spelling: [[Xaawo Maxamed|name]] (= [[Hawa Mohamed|name]])
- dad rang back 1630 from [[07555 052442|phone]]: [[yusuf|name]] says his mum in law will stay w [[ruqiyo|name]] in [[leicester|place]] not
w them. good
- NB mum calls baby [[halima|name]], dad calls her [[xali|name]]. birth cert says [[Xaliimo Yusuf Abdulkadir|name]]
- [[Abdirahman|name]]'s teacher Mrs [[Shah|name]] at [[newbold brook|school]] - ring Tues [[10/11|date]]
"""),
    ("a housing medical priority form, filled in by hand and scanned", """ROCH VALE HOMES - MEDICAL / WELFARE PRIORITY FORM (HSG-M2)
[scanned; handwriting in capitals typed as written]

Section 1  Applicant
Full name: [[FAADUMO MURSAL ABDI|name]]            Name in own language (optional): [[فاطمة مرسل عبدي|name]]
Date of birth: [[01 / 12 / 1995|dob]]            Housing ref: RVH-0041872
Current address: [[FLAT 9 TWEEDALE HSE|address]], [[MILNROW RD|address]], [[NEWBOLD|place]]   Postcode: [[OL16 5AB|postcode]]
Phone: [[07593 417683|phone]]    Email: [[faadumo.sh95@hotmail.com|email]]
Others in household: [[YUSUF ABDULKADIR|name]] (husband, [[07.07.1987|dob]]), [[ABDIRAHMAN|name]] (8), [[SUMAYA|name]] (4),
[[XALIIMO|name]] (3 weeks)
NI number: [[PW 27 51 84 C|ni]]     Previous address (last 5 years): [[22 Ashfield Road|address]], [[Highfields|place]],
[[Leicester|place]] [[LE2 1LB|postcode]]
(with cousin [[RUQIYO HASSAN|name]]) until March 2021

Section 2  Why do you need to move? (in your own words - helper may write for you)
"I had operation for my baby, I can not carry the pram 2 floors. My son [[Abdirahman|name]] has asthma and the mould
in the bedroom make him cough every night. Doctor [[Lees|name]] say it is the mould. We are 5 in one bedroom. I want a house
near [[Newbold Brook|school]] school please, or near my friend [[Ladan|name]] on [[Kingsway|address]]."
Written by: [[Hodan Warsame|name]] (Rochdale Somali Women's Group volunteer) for the applicant, [[10-11-26|date]]
Helper's note: mum also said her husband's brother [[Abubakar|name]] in [[Nairobi|place]] ([[+254 798 932504|phone]]) can send a letter
about her mother's health. Mum's friend [[Ladan Yusuf|name]] lives at [[41 Kingsway|address]], [[OL16 4UR|postcode]].

Section 3  Supporting professionals
1. [[Siobhan Greenhalgh|name]], Health Visitor, [[0161 572 5161|phone]]
2. [[Hollie Jagger|name]], Social Worker, [[0161 862 3704|phone]] - letter attached
Section 4  Office use: received [[11 NOV 2026|date]]  by DM  Band B awarded? Y/N  ...  (blank)
"""),
    ("a social worker's letter to the family confirming the plan", """Children's Social Care, Number One Riverside, [[Rochdale|place]]

Mrs [[Faadumo Mursal|name]] and Mr [[Yusuf Abdulkadir|name]]
[[Flat 9, Tweedale House|address]]
[[Milnrow Road|address]]
[[Rochdale|place]]
[[OL16 5AB|postcode]]

[[20 November 2026|date]]

Dear Mrs [[Mursal|name]] and Mr [[Abdulkadir|name]],

Re: [[Xaliimo|name]] ([[Halima|name]]), [[Sumaya|name]] and [[Abdirahman|name]]

Thank you both for meeting me at your flat on Monday [[16 November|date]] with [[Ahmed Bana|name]] interpreting. This letter says in
writing what we agreed. A copy in Somali will follow.

1. You both said clearly that you do not want any of your daughters to be cut, and that you will tell [[Faadumo|name]]'s mother,
   Mrs [[Xaawo Maxamed|name]], this before she travels. I believe you.
2. Because [[Xaawo|name]] still plans to come in December and has said she wants to "do what is done", the council has asked the
   family court for an FGM Protection Order for [[Xaliimo|name]] and [[Sumaya|name]]. The hearing is at Manchester Civil Justice Centre on
   [[30.11.2026|date]] at 10 am. You do not have to pay. A solicitor, Ms [[Kamara|name]] of [[Kamara|name]] & Partners, can help you for
free.
   Mrs [[Xaawo Maxamed|name]]'s own number in [[Mogadishu|place]] is [[+252 61 511 9067|phone]]; the council's interpreter will ring her
   with you on [[23rd November|date]] if you would like that.
3. Your cousin [[Ruqiyo Hassan|name]] in [[Leicester|place]] has offered to be there when [[Xaawo|name]] visits. Thank you, [[Ruqiyo|name]].
4. I have sent a letter to Roch Vale Homes in support of a move. [[Abdirahman|name]]'s new inhaler is at [[Newbold Brook|school]] in
   the office.

I will visit again on Tuesday [[1
December|date]] at 4 pm, after [[Abdirahman|name]] is home from [[Newbold Brook
Academy|school]], and [[Siobhan Greenhalgh|name]] will come with me to weigh [[Xaliimo|name]].

If you have any questions please ring me on [[0161 862 3704|phone]] or email [[hollie.jagger@rochvale.gov.uk|email]].

Yours sincerely,

[[Hollie Jagger|name]]
Social Worker, [[Rochdale|place]] North team
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 141 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "pc", "dc", "ds", "sw", "nurse", "sister", "brother", "pastor", "madam",
           "me", "nan", "nana", "nanna", "mum", "mummy", "dad", "aunty", "auntie", "uncle", "chaudhry", "baji", "phuppo", "ammi",
           "bhai", "dani", "jaduong'", "gma", "grandma"}
_AFTER = {"bhai", "baji", "jaan", "sahib", "senior", "junior"}
_NOT_PLACES = {"england", "uk", "united kingdom", "greater manchester", "lancashire", "the north west", "pakistan", "azad kashmir",
               "kashmir", "mirpur district", "kenya", "nyanza", "kisumu county", "somalia", "benadir", "banaadir", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 21's checker (which runs set 15's, and so sets 13 to 6's) does the parsing, stray-markup, span, check-digit, NI-format,
# name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the kinship words
# and counties of sets 7 to 21; this adds this set's titles and kinship words (before a name: "Pastor Odera", "Brother Fred",
# "Sister Mercy", "Doctor Lees", "Chaudhry Muhammad Iqbal", "Dani", "Jaduong'"; and after one: "Zafar bhai") and counties,
# regions and countries ("Greater Manchester", "Pakistan", "Kenya", "Somalia", "Benadir").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_21, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
