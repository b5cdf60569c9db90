"""Set 63: a held-out hand-written set for the redaction detector, six invented families in Cambridgeshire outside
Peterborough, written in one short sitting against a deadline.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set62.py,
redaction_set64.py, redaction_set65.py and their tests (written by other helpers at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
the docstring, the first family's record and first document, the structure and the closing word lists and checker wiring of
bench/redaction_set21.py, and tests/test_redaction_set21.py in full (the layout and marking conventions followed here); the
docstrings of bench/redaction_set7.py to redaction_set61.py, printed only and searched (as printed text) for Cambridgeshire
towns and for community words, to pick homes and communities no earlier set used; bench/redaction_handwritten.py's helpers;
and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers library, NHS numbers and UPNs made
and checked with python-stdnum. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set. If a mistake in the gold marking is
found after scoring, correct only the marking and say so here.

Six families, homes no earlier set used: a white British family on Oxmoor, Huntingdon (Darby / Peck; neglect, a boy of 11
caring for a sister, a mother's depression), a white British family in St Ives (Marsh; a boy of 15 drawn into county
lines between St Ives and London, a knife, missing episodes), a Croatian family in Whittlesey (Kovačić / Babić; a community
no earlier set used: seasonal and packhouse work, a father's drinking, a girl of 13 interpreting), a live-aboard boat family
moored on the Great Ouse at Littleport (Reed / Fairweather; a community no earlier set used: boat dwellers with no fixed
mooring, a baby, a boy of 7 out of school, a stove fire), a Rwandan family in Cherry Hinton, Cambridge (Mukamana / Habimana;
a community no earlier set used: an asylum claim, trauma, a girl of 14 self-harming, Kinyarwanda) and a white British and
Polish family in Northstowe (Lacey / Nowak; domestic abuse, a baby's bruise, a grandmother in Poland). 24 documents: twelve
of plain professional recording (a health visitor's case note, strategy minutes, a referral, a chronology, an assessment,
a letter, a case note, a child in need review, an initial conference report, core group minutes, a MASH referral, an
assessment summary) and twelve of other kinds (a WhatsApp chat typed up, a scanned and OCR'd school note, a phone's notes
app written fast, a voicemail transcript from a phone system, a mother's own letter in Croatian and English, a Viber chat
typed up, a marina manager's email, a boat licence enforcement officer's email, a WhatsApp chat in Kinyarwanda and English,
a school's paper form, a Facebook Messenger export, a handwritten grandmother's note OCR'd).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration. Phones are
valid numbers (UK, Croatia, Rwanda, Poland); NHS numbers and UPNs (LA 873) pass their check digits. Councils are invented
(Ouse Fen Council), and so are the schools (Oxmoor Brook Primary, Hemingford Meadow Academy, Whittle Fen Primary, Sedge Fen
Primary, Cherry Rise Academy, Northstowe Heath Primary), the marina (Ouse Bend Moorings) and the firms; towns, districts,
estates, villages, rivers, NHS bodies, hospitals, police forces, charities and apps are real and unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span. Titles, roles and kinship
words (Mr, Mrs, Ms, Dr, PC, DC, Nan, Mum, baka, teta, striko, mama, tata, babcia, Mama, nyogokuru) stay outside a name span;
every person's name is a name in every form; "SURNAME, First" is one span; a name broken by a line break is one span holding
the break; a street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address; towns, villages, districts and estates are places at home or abroad; countries, counties and regions are not;
organisations are not marked even when they hold a town's or a person's name; a school's name and short form is a school;
a date of birth is dob, any other calendar date with a day is date (a weekday stays outside), months and years alone are
not marked; pets are not names; rivers, parks and landmarks stay unmarked.

Choices this set had to make: a boat's name is an address when it is the family's home ("Kingfisher Blue", and "Blue" in "the Blue") as a
holiday park's name was in set 21, and a mooring named by its place ("Littleport moorings") marks only the town; a boat's
licence or index number is not marked; a neighbour's boat ("Dragonfly") is an address like a neighbour's house number, and so
is the family's berth ("pontoon C"); an organisation with a town in its title-case name stays unmarked ("Littleport Library",
"Cherry Hinton Library", "Cherry Hinton Medical Centre", "Waterways Ely", "Cambridgeshire Constabulary"), while a service named
in lower-case words after its town or district marks the place ("Huntingdon police station", "the Whittlesey surgery", "the
Cherry Hinton children's centre", "the Brookside clinic"), and so does the town after a surgery's name ("St Mary's Surgery,
Ely"); Croatian and Polish inflected forms are marked by what they refer to ("Matea", "Mai", "Ruža" are names, "Marcha",
"Białymstoku" places); OCR misreadings are marked as what they stand for ("l4/11/2026", "ll Nov" dates); a pet (Bruno) is not
a name; a WhatsApp group's title ("Umuryango", family) and senders saved as kinship words ("Dad", "Mama", "Papa",
"Nyogokuru", "teta Sanja" marks only "Sanja") are not names; the river ("the Great Ouse", "the Ouse") is a landmark; a Croatian, Polish or
Kinyarwanda kinship word ("baka", "teta", "mama", "nyogokuru") stays outside the name; a Rwandan district (Huye, Musanze) and a Croatian
town (Vukovar, Osijek) are places, Croatia, Rwanda and Poland are countries and unmarked.

Self-check without the detector: `python -m bench.redaction_set63` (and tests/test_redaction_set63.py) runs set 15's checker
on this set, adds this set's titles and kinship words and countries, and prints the number of
documents and gold spans per kind: 24 documents, 913 gold spans, 493 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Darby / Peck family (white British), Oxmoor, Huntingdon --------------------------------------------------------

HOME_A = d.Address("14 Sallowbush Road", "Oxmoor", "Huntingdon", "PE29 1JR")
DAD_A = d.Address("Flat 3, 22 Ermine Street", "", "Godmanchester", "PE29 2DD")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Reece", "Darby")], dt.date(2015, 4, 9), addresses=[HOME_A], ids=["433 729 1938", "G873166099229"],
       schools=["Oxmoor Brook Primary School"]),
    _p("s", "sibling", [("Poppy", "Peck")], dt.date(2020, 8, 2), addresses=[HOME_A], ids=["662 505 9897"]),
    _p("m", "mother", [("Kayleigh", "Darby")], dt.date(1993, 6, 17), addresses=[HOME_A], phones=["07824 519 306"]),
    _p("f", "father", [("Liam", "Peck")], dt.date(1990, 1, 28), addresses=[DAD_A], phones=["07931 448 207"]),
    _p("p1", "professional", [("Harriet", "Ashworth")], phones=["01480 432 718"], emails=["harriet.ashworth@ousefen.gov.uk"]),
], "c")

DOCS_A = [
    ("health visitor's case note", """HEALTH VISITING - CONTACT NOTE
Child: [[Poppy PECK|name]]   DOB [[02/08/2020|dob]]   NHS [[662 505 9897|nhs]]
Address: [[14 Sallowbush Road|address]], [[Oxmoor|place]], [[Huntingdon|place]] [[PE29 1JR|postcode]]
Date of contact: [[3 November 2026|date]]  Seen by: [[Gill Stonebridge|name]] (HV)

Home visit as planned. Mum [[Kayleigh|name]] answered after ten minutes, in pyjamas at 14:00. Older brother [[Reece|name]] (11) was at
home, not at school; he said he "had a headache" but he was making [[Poppy|name]] a jam sandwich and changing her pull-up. The
kitchen had no food other than bread and jam. Dog (Bruno) faeces on the landing. [[Kayleigh|name]] said she has not been out since
[[Liam|name]] left in September and that her mum, Nan [[Sharon|name]], who lives in [[Brampton|place]], "don't speak to me no more".
Neighbour at [[no. 16|address]], [[Pat Winter|name]], came round while I was there with milk; she said [[Reece|name]] often knocks for
food. [[Kayleigh|name]] agreed to a GP appointment at Acorn Surgery on Friday [[6th|date]] and to a referral to the early help
hub. I will ring [[Oxmoor Brook Primary|school]] and ask the DSL, Mrs [[Akinola|name]], about attendance.
Plan: joint visit with [[Harriet Ashworth|name]] (social worker, [[01480 432 718|phone]]) on [[10/11/26|date]].

Family and network (from [[Kayleigh|name]], checked with the GP record):
- [[Kayleigh Darby|name]], mother, [[07824 519 306|phone]], DOB [[17/06/1993|dob]]
- [[Liam Peck|name]], father, [[Flat 3, 22 Ermine Street|address]], [[Godmanchester|place]] [[PE29 2DD|postcode]], [[07931 448 207|phone]]
- Nan [[Sharon Darby|name]], [[9 Thrapston Road|address]], [[Brampton|place]]; not in contact since [[25 December 2025|date]]
- [[Denise Peck|name]], paternal grandmother, [[St Neots|place]] ([[Eaton Socon|place]] end), [[07586 204 913|phone]]
- [[Jade Spalding|name]], [[Liam|name]]'s partner, [[Hartford|place]]
- [[Pat Winter|name]], [[no. 16|address]], neighbour, helps; her son [[Gavin Winter|name]] drives [[Kayleigh|name]] to Tesco
Child's GP: Acorn Surgery. [[Reece|name]]'s NHS [[433 729 1938|nhs]]; [[Poppy|name]] not in nursery since [[1 September|date]].
Next HV contact: [[24 November 2026|date]], then [[8 December 2026|date]], with student HV [[Lily Osei|name]].
"""),
    ("strategy discussion minutes", """OUSE FEN COUNCIL - STRATEGY DISCUSSION - [[12 November 2026|date]]
Chair: [[Harriet Ashworth|name]] (SW)  Police: DC [[Ben Okafor|name]] (Cambridgeshire Constabulary)  Health: [[G Stonebridge|name]]
(HV)  School: [[Funmi Akinola|name]] (DSL, [[OBP|school]])
Subject: [[DARBY, Reece|name]] DOB [[09.04.2015|dob]] NHS [[433 729 1938|nhs]] UPN [[G873166099229|upn]]
Sibling: [[Poppy Peck|name]] ([[2.8.2020|dob]])
Mother: [[Kayleigh Darby|name]], [[07824 519 306|phone]]. Father of both: [[Liam Peck|name]], [[Flat 3, 22 Ermine Street|address]],
[[Godmanchester|place]], [[07931 448 207|phone]].
Information shared: [[Reece|name]]'s attendance is 71%. On [[11/11|date]] he came in with a burn on his hand from the oven. He told
Mrs [[Akinola|name]] he cooks tea "because Mum is sad". Police: two calls to the address in October, [[Liam|name]] shouting in the
street; he now lives with his new partner [[Jade Spalding|name]]. Mr [[Peck|name]]'s mother [[Denise Peck|name]] in [[St Neots|place]]
would have the children at weekends.
Decision: s47 single agency; visit by [[Harriet|name]] with PC [[Okafor|name]] by [[14 November|date]].
Actions:
1. [[H Ashworth|name]] to see [[Reece|name]] alone at school on [[13 November|date]] (done: see WhatsApp record).
2. [[Funmi|name]] to refer [[Reece|name]] to the young carers service, Centre 33; worker [[Jess Morley|name]].
3. DC [[Okafor|name]] to check [[Jade Spalding|name]] ([[03/03/1996|dob]]) and her ex-partner [[Ryan Tebbutt|name]] of [[Eynesbury|place]].
4. [[Gill|name]] to book [[Poppy|name]]'s 2-year review (late) and chase [[Kayleigh|name]]'s GP, Dr [[Mistry|name]].
5. [[Harriet|name]] to ring [[Denise Peck|name]] on [[07586 204 913|phone]] about weekends from [[21 November|date]].
Next: review strategy on [[26/11/2026|date]] at [[Huntingdon|place]] police station.
"""),
    ("WhatsApp chat between the boy and his dad, typed up by the social worker", """[Typed up from [[Reece|name]]'s phone with his
consent, [[13/11/2026|date]]. Contact saved as "Dad".]
[[09/11/2026|date]], 18:02 - Dad: u alright mate
[[09/11/2026|date]], 18:10 - [[Reece|name]]: mum in bed again. [[poppy|name]] had cereal for tea
[[09/11/2026|date]], 18:11 - Dad: wheres nan [[sharon|name]]
[[09/11/2026|date]], 18:13 - [[Reece|name]]: dunno. can me and [[poppy|name]] come to [[gmc|place]]
[[09/11/2026|date]], 18:20 - Dad: jades not happy with kids here mate. maybe sat. ask nanny [[denise|name]]
[[09/11/2026|date]], 18:21 - [[Reece|name]]: ok
[[10/11/2026|date]], 07:48 - [[Reece|name]]: burnt my hand on the oven lol
[[10/11/2026|date]], 07:55 - Dad: run it under cold. tell mrs [[akinola|name]] u fell
[[10/11/2026|date]], 19:30 - [[Reece|name]]: [[kaiden|name]] mum said we can have tea there [[no 20|address]]
[[10/11/2026|date]], 19:31 - Dad: good lad
[[11/11/2026|date]], 16:02 - [[Reece|name]]: mrs [[akinola|name]] seen my hand
[[11/11/2026|date]], 16:03 - Dad: wot did u say
[[11/11/2026|date]], 16:05 - [[Reece|name]]: that i did it. she said [[harriet|name]] coming
[[11/11/2026|date]], 16:20 - Dad: dont say bout [[jade|name]]. or [[ryan|name]]
[[12/11/2026|date]], 08:01 - [[Reece|name]]: [[pops|name]] got nits
[[12/11/2026|date]], 08:03 - Dad: ask [[pat|name]] at [[16|address]]
"""),
    ("school's handwritten welfare note, scanned and OCR'd", """[[OXM0OR BR00K PRIMARY SCH00L|school]] - WELFARE C0NCERN F0RM (scanned
[[l4/11/2026|date]])
Pupil: [[Reece Darby|name]]   Class: 6H   Completed by: [[T. Hollis|name]] (TA)
Date / time: [[ll Nov|date]] 09:05
What did you see / hear? [[Reece|name]] had a blister on L hand, said "cooking for
[[Pop|name]]". Asked who was home - "just Mum, she's sleepin". Said [[Kaiden
Moss|name]]'s mum ([[Flat 2|address]] next to
the shop on [[Sallowbush|address]]) gave him toast. Has same uniform on since Mon [[9th|date]].
Passed to: [[F. Akinola|name]] (DSL) at 09:20. Action: rang Mum [[07824 519 306|phone]] - no answer.
Signed [[T Hollis|name]]
"""),
]

# --- B. Marsh family (white British), St Ives ------------------------------------------------------------------------

HOME_B = d.Address("7 Ramsey Road", "", "St Ives", "PE27 5RF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Callum", "Marsh")], dt.date(2011, 2, 21), addresses=[HOME_B], ids=["495 551 0833", "R873177750227"],
       schools=["Hemingford Meadow Academy"]),
    _p("m", "mother", [("Tracey", "Marsh")], dt.date(1981, 10, 5), addresses=[HOME_B], phones=["07512 773 908"]),
    _p("s", "sibling", [("Ellie", "Marsh")], dt.date(2016, 12, 1), addresses=[HOME_B]),
    _p("p1", "professional", [("Nadia", "Pryor")], phones=["01480 375 940"], emails=["nadia.pryor@ousefen.gov.uk"]),
], "c")

DOCS_B = [
    ("referral to children's services from the police", """CAMBRIDGESHIRE CONSTABULARY - CHILD COME TO NOTICE / REFERRAL
Date of referral: [[2 October 2026|date]]   Officer: PC 1180 [[Rhys Garner|name]]
Child: [[MARSH, Callum|name]]   DOB [[21/02/2011|dob]]   Address: [[7 Ramsey Road|address]], [[St Ives|place]], [[PE27 5RF|postcode]]
Parent: [[Tracey Marsh|name]] (mother) [[07512 773 908|phone]]
Circumstances: [[Callum|name]] was reported missing by his mother at 23:40 on [[30/09/2026|date]]. He was found by BTP at
[[Kings Cross|place]] the next morning with £340 in cash, two phones and a train ticket from [[Huntingdon|place]]. One phone had the
contact "[[Mikey|name]] T" and messages about "the line" and "[[Hemingford Grey|place]] drop". He was with a young man giving his name
as [[Kyle Brennan|name]] (19, of [[Tottenham|place]]), who left before officers could speak to him. [[Callum|name]] was returned home
at 14:00 by his uncle, Mr [[Gary Marsh|name]] of [[Fenstanton|place]], in a grey Astra [[FN68 WKD|vehicle]].
Other people named by [[Callum|name]]: "[[Deano|name]]" (no surname), "[[Mikey T|name]]", a girl called [[Shannon Revell|name]] (16, of
[[Stukeley Meadows|place]]), and a man who drives a red Fiesta [[FV17 OZC|vehicle]].
Officer's contact: [[rhys.garner@cambs.police.uk|email]]. Sergeant: PS [[Amira Dhillon|name]].
Mother's partner: none. Father: [[Lee Marsh|name]], whereabouts unknown, last heard of in [[Skegness|place]] in 2023.
School ([[Hemingford Meadow|school]]) report he is on a part-time timetable. Sister [[Ellie|name]] (9) at home.
"""),
    ("chronology", """CHRONOLOGY - [[Callum MARSH|name]] ([[21.2.2011|dob]])   Prepared by [[Nadia Pryor|name]], [[8 Nov 2026|date]]
[[14/03/2026|date]]  Fixed-term exclusion, [[HMA|school]]: vape and a knuckle-duster found in bag.
[[02/06/2026|date]]  Mother tells school [[Callum|name]] has new trainers and a Moncler coat; "says [[Josh|name]] bought them".
[[17/07/2026|date]]  Missing overnight; found in [[Wood Green|place]]. Return home interview by [[Sam Obi|name]] (Ormiston).
[[30/09/2026|date]]  Missing; found at [[Kings Cross|place]] (see referral [[2/10|date]]).
[[09/10/2026|date]]  Strategy meeting; NRM referral by [[N Pryor|name]].
[[21/10/2026|date]]  [[Ellie Marsh|name]] tells teacher Miss [[Rowley|name]] "men came to our door for [[Cal|name]]".
[[26/10/2026|date]]  Window at [[7 Ramsey Rd|address]] smashed. Neighbour [[Derek Fulbright|name]] ([[no. 9|address]]) saw a black
Golf [[LD22 XRT|vehicle]]. Crime ref not recorded here.
[[03/11/2026|date]]  [[Tracey|name]] asks for a move "anywhere away from [[St Ives|place]] - [[Ramsey|place]] or [[Chatteris|place]]".
[[04/11/2026|date]]  Home visit, [[N Pryor|name]]; notes app record. [[Gary Marsh|name]] offers weekends in [[Fenstanton|place]].
[[05/11/2026|date]]  Missing again (voicemail 22:14). Found [[6/11|date]] at 02:30 in [[Hemingford Abbots|place]] by PC [[Garner|name]].
[[07/11/2026|date]]  Return interview by [[Sam Obi|name]]: [[Callum|name]] names [[Kyle|name]] and "[[Deano|name]]".
[[10/11/2026|date]]  Housing: [[Tracey|name]] bid for [[12 Meadow Lane|address]], [[Earith|place]]; refused ([[11 Nov|date]]).
[[12/11/2026|date]]  [[Ellie|name]] seen at [[Westfield Junior|school]] by school nurse [[Pam Ruddle|name]]; sleeping badly.
[[16/11/2026|date]]  Knife (kitchen) found in [[Callum|name]]'s bag by [[Tracey|name]]; handed to PC [[Garner|name]].
"""),
    ("phone's notes app, written fast during a visit", """notes [[4/11|date]] [[callum|name]] home visit
- [[cal|name]] in room, wudnt come down. mum [[tracey|name]] says he got a new phone again
- [[ellie|name]] drew pic of "the men in the car"
- mum says [[mikey|name]] = [[michael tanner|name]]?? from [[hartford|place]] estate, older lad
- uncle [[gaz|name]] ([[fenstanton|place]]) can have [[cal|name]] wkends
- [[tracey|name]] mob [[07512773908|phone]]
- chase school re [[hemingford meadow|school]] pt timetable, ring mr [[oduya|name]]
- next visit thurs [[6th|date]] w/ [[nadia|name]]
- [[ellie|name]] school = [[westfield|school]]. teacher miss [[rowley|name]]
- [[gaz|name]] mob [[07852 661 307|phone]]
- [[tyler gamble|name]] = [[cal|name]]'s mate from [[hma|school]], lives [[houghton|place]]
- ask PC [[garner|name]] re [[kyle brennan|name]] + the golf
- [[derek|name]] at [[no 9|address]] has doorbell cam - ask for footage of [[26th|date]]
- [[tracey|name]]'s sister [[michelle|name]] in [[somersham|place]] cud take [[ellie|name]] if needed, no number yet
- [[cal|name]] said "[[deano|name]] lives by the [[slepe hall|address]] flats"
"""),
    ("voicemail transcript from the council's phone system", """Voicemail to [[01480 375 940|phone]] ([[Nadia Pryor|name]]) - received
[[05/11/2026|date]] 22:14
- automatic transcript (may contain errors)
"Hi [[Nadia|name]] it's [[Tracey Marsh|name]] [[Callum|name]]'s mum um he's not come home again he went out about six
with [[Mikey|name]] I think I seen the car by the Co-op on [[Ramsey Road|address]] um [[Ellie|name]]'s really scared she's in my bed
can you ring me back on [[07512 773 908|phone]] I rang [[Gary|name]] he's gone out looking up [[Houghton|place]] way um
also his friend [[Tyler Gamble|name]]'s mum rang she said [[Tyler|name]] seen him getting on the train at [[Huntingdon|place]] bye"

Voicemail to [[01480 375 940|phone]] ([[Nadia Pryor|name]]) - received [[06/11/2026|date]] 07:02 - automatic transcript
"Morning [[Nadia|name]] this is [[Gary Marsh|name]] [[Callum|name]]'s uncle I found him last night in [[Hemingford Abbots|place]] with PC
[[Garner|name]]
he's at mine in [[Fenstanton|place]] [[Tracey|name]] knows my number's [[07852 661 307|phone]] he keeps saying [[Kyle|name]] will come
for him
and someone called [[Dino|name]] or [[Deano|name]] cheers"
"""),
]

# --- C. Kovačić / Babić family (Croatian), Whittlesey ---------------------------------------------------------------

HOME_C = d.Address("31 Bassenhally Road", "", "Whittlesey", "PE7 1RP")
BAKA_C = d.Address("Ulica Ivana Gundulića 12", "", "Vukovar", "32000")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Lucija", "Kovačić")], dt.date(2013, 5, 30), addresses=[HOME_C], ids=["517 578 2495", "A873161427769"],
       schools=["Sir Harry Smith Community College"]),
    _p("s", "sibling", [("Mateo", "Babić")], dt.date(2019, 9, 14), addresses=[HOME_C], ids=["497 839 4465"]),
    _p("m", "mother", [("Ivana", "Kovačić")], dt.date(1988, 3, 3), addresses=[HOME_C], phones=["07459 216 630"]),
    _p("f", "father", [("Marko", "Babić")], dt.date(1984, 7, 22), addresses=[HOME_C], phones=["+385 91 473 2816"]),
    _p("g", "grandparent", [("Ružica", "Kovačić")], addresses=[BAKA_C], phones=["+385 1 4827 315"]),
    _p("p1", "professional", [("Owen", "Clarke")], phones=["01733 203 915"], emails=["owen.clarke@ousefen.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment", """OUSE FEN COUNCIL - CHILD AND FAMILY ASSESSMENT (summary and analysis)
Children: [[Lucija KOVAČIĆ|name]] ([[30/05/2013|dob]], NHS [[517 578 2495|nhs]], UPN [[A873161427769|upn]]) and [[Mateo BABIĆ|name]]
([[14/09/2019|dob]], NHS [[497 839 4465|nhs]])
Address: [[31 Bassenhally Road|address]], [[Whittlesey|place]] [[PE7 1RP|postcode]]   Worker: [[Owen Clarke|name]]   Completed
[[19 Oct 2026|date]]
Parents: [[Ivana Kovačić|name]] ([[07459 216 630|phone]]) works nights at a packhouse near [[Eastrea|place]]; [[Marko Babić|name]]
([[+385 91 473 2816|phone]], a Croatian number) works on farms around [[Thorney|place]] and [[Guyhirn|place]] from spring to autumn.
The family came from [[Vukovar|place]] in 2019. Maternal grandmother [[Ružica Kovačić|name]] lives at [[Ulica Ivana Gundulića 12|address]],
[[32000|postcode]] [[Vukovar|place]] ([[+385 1 4827 315|phone]]).
Analysis: [[Lucija|name]] (13) interprets for her parents at the GP, the bank and with the police. On [[2 September 2026|date]] police
were called by the neighbour, Mrs [[Gwen Fairbairn|name]], after [[Marko|name]], drunk, broke the front door. [[Lucija|name]] said her
dad "is only bad when he drinks rakija with [[Zoran|name]]" ([[Zoran Perić|name]], a workmate from [[Coates|place]]). [[Mateo|name]] (7)
is at [[Whittle Fen Primary|school]] and is described as quiet. [[Lucija|name]] is in Year 9 at [[Sir Harry Smith|school]].

Genogram and network:
- [[Ivana Kovačić|name]], mother, [[03.03.1988|dob]], [[07459 216 630|phone]]
- [[Marko Babić|name]], father of [[Mateo|name]], [[22.07.1984|dob]], stepfather to [[Lucija|name]]; Croatian mobile only
- [[Lucija|name]]'s own father: [[Dario Šimić|name]], in [[Osijek|place]], no contact since she was 2
- baka [[Ružica Kovačić|name]], [[Vukovar|place]]; teta [[Sanja Kovačić|name]], [[Osijek|place]] ([[+385 91 473 2816|phone]] is
[[Marko|name]]'s, not hers)
- [[Ante Babić|name]], cousin of [[Marko|name]], [[27 Elm Road|address]], [[March|place]] [[PE15 8PS|postcode]]
- [[Zoran Perić|name]], workmate, [[Coates|place]]
- [[Gwen Fairbairn|name]], neighbour, [[no. 33|address]]
- [[Evie Drake|name]], [[Lucija|name]]'s friend, and her mother [[Claire Drake|name]], [[Drybread Road|address]], [[Whittlesey|place]]
Family worker [[Kirsty Vine|name]]. Interpreter Mrs [[Vesna Horvat|name]]. Packhouse manager Mr [[Tomasz Wróbel|name]].
Views: [[Lucija|name]] (seen alone [[12/10/2026|date]] at [[Sir Harry Smith|school]], with her teacher Mr [[Greaves|name]] nearby): "I
don't want to
be the one who tells the doctor about [[Marko|name]]." [[Mateo|name]] (seen [[13/10/2026|date]]) drew tata, mama, [[Luci|name]] and baka
[[Ruža|name]].
[[Ivana|name]]: "In [[Vukovar|place]] my father was the same." [[Marko|name]] (by phone [[14/10/2026|date]], interpreter
[[Davor Jurić|name]]) denied it.
"""),
    ("social worker's letter to the mother", """[[Ivana Kovačić|name]]
[[31 Bassenhally Road|address]]
[[Whittlesey|place]]
[[PE7 1RP|postcode]]
[[26 October 2026|date]]

Dear Ms [[Kovačić|name]],
Thank you for meeting me with the interpreter, Mrs [[Vesna Horvat|name]], on [[22 October|date]]. As we agreed, I will not ask
[[Lucija|name]] to interpret for you again; please ask for a Croatian interpreter at the [[Whittlesey|place]] surgery. I have referred you
to the domestic abuse service and to [[Kirsty Vine|name]], family worker, who will visit on Thursday [[29 October|date]].
Mr [[Babić|name]] has agreed to stay with his cousin [[Ante Babić|name]] in [[March|place]] until the review.
Yours sincerely,
[[Owen Clarke|name]], Social Worker, [[01733 203 915|phone]], [[owen.clarke@ousefen.gov.uk|email]]
"""),
    ("mother's own letter, in Croatian with the council's translation", """Poštovani gospodine [[Clarke|name]],
pišem Vam jer se bojim. [[Marko|name]] je opet zvao iz [[Marcha|place]] i rekao da će doći po [[Matea|name]] u subotu. Moja
mama, baka [[Ružica|name]], kaže da mogu doći k njoj u [[Vukovar|place]]. [[Lucija|name]] ne želi ići, ima prijateljicu [[Evie|name]]
i školu ovdje. Molim Vas nazovite me [[07459 216 630|phone]].
[[Ivana K.|name]]

[Translation by [[V. Horvat|name]], [[2 November 2026|date]]:] Dear Mr [[Clarke|name]], I am writing because I am afraid.
[[Marko|name]] rang again from [[March|place]] and said he will come for [[Mateo|name]] on Saturday. My mum, grandma [[Ružica|name]],
says I can come to her in [[Vukovar|place]]. [[Lucija|name]] does not want to go, she has a friend [[Evie|name]] and school here.
Please ring me on [[07459 216 630|phone]]. [[Ivana K.|name]]
[Note by [[O Clarke|name]], [[3/11/26|date]]: rang [[Ivana|name]]; [[Marko|name]] is still at [[Ante|name]]'s in [[March|place]]. Told
police, PC
[[Jo Hammond|name]], ref with [[Whittlesey|place]] neighbourhood team. Safety plan updated with [[Kirsty|name]] on [[5 November|date]].]
"""),
    ("Viber chat between the girl and her aunt, typed up", """[Viber, typed up by [[O Clarke|name]] from [[Lucija|name]]'s phone,
[[4.11.2026|date]]. Contact saved as "teta [[Sanja|name]]".]
[[1.11.2026.|date]] 21:10 teta [[Sanja|name]]: [[luci|name]] jesi dobro? mama kaze da je tata opet pio
[[1.11.2026.|date]] 21:12 [[Lucija|name]]: da. razbio je telefon. [[mateo|name]] plače
[[1.11.2026.|date]] 21:15 teta [[Sanja|name]]: dođite k meni u [[Osijek|place]] za bozic. zovi me [[+385 91 473 2816|phone]]
[[1.11.2026.|date]] 21:16 [[Lucija|name]]: to je tatin broj lol
[[1.11.2026.|date]] 21:20 [[Lucija|name]]: ja sam kod [[evie|name]] na [[Drybread Road|address]]. njena mama [[Claire|name]] je ok
[[2.11.2026.|date]] 08:02 teta [[Sanja|name]]: [[luce|name]] javi se. baka [[ruža|name]] zabrinuta
[[2.11.2026.|date]] 08:15 [[Lucija|name]]: dobro sam. [[marko|name]] otišao kod [[ante|name]] u [[march|place]]
[[2.11.2026.|date]] 08:16 teta [[Sanja|name]]: hvala bogu. pozdravi [[matea|name]] i mamu
[Translation by [[V Horvat|name]]: "[[luci|name]] are you ok? mum says dad drank again" / "yes. he broke the phone. [[mateo|name]] is
crying" /
"come to me in [[Osijek|place]] for christmas" / "I'm at [[evie|name]]'s on [[Drybread Road|address]]. her mum [[Claire|name]] is ok".]
"""),
]

# --- D. Reed / Fairweather family (live-aboard boat dwellers), Littleport ------------------------------------------

HOME_D = d.Address("Narrowboat Kingfisher Blue", "Littleport moorings", "Littleport", "CB6 1PY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Rowan", "Reed")], dt.date(2019, 3, 12), addresses=[HOME_D], ids=["797 806 0861", "V873128238633"],
       schools=["Sedge Fen Primary School"]),
    _p("s", "sibling", [("Wren", "Fairweather")], dt.date(2026, 5, 20), addresses=[HOME_D], ids=["450 486 3731"]),
    _p("m", "mother", [("Willow", "Reed")], dt.date(1997, 11, 8), addresses=[HOME_D], phones=["07881 305 742"]),
    _p("f", "father", [("Jed", "Fairweather")], dt.date(1989, 4, 1), addresses=[HOME_D], phones=["07395 640 118"]),
    _p("p1", "professional", [("Bethan", "Lowe")], phones=["01353 861 274"], emails=["bethan.lowe@ousefen.gov.uk"]),
], "c")

DOCS_D = [
    ("social worker's case note of a visit on the boat", """CASE NOTE - home visit   Date: [[27/10/2026|date]]   Worker:
[[Bethan Lowe|name]]
Children: [[Rowan Reed|name]] (7, DOB [[12/03/2019|dob]]) and [[Wren Fairweather|name]] (5 months, DOB [[20/05/2026|dob]])
Home: narrowboat "[[Kingfisher Blue|address]]", moored below the bridge at [[Littleport|place]] on the Great Ouse ([[CB6 1PY|postcode]] is
the nearest postcode, the boatyard's).
Seen: mother [[Willow Reed|name]], her partner [[Jed Fairweather|name]] and both children. The boat was cold (5C at 10:30); the multi-fuel
stove had been out overnight because [[Jed|name]] had no coal money. Scorch marks on the stove side panel from a fire on [[19 October|date]]
("the towel caught"). No working CO alarm; I fitted one from the fire service's pack. [[Wren|name]] sleeps in a drawer bed next to the
stove. [[Rowan|name]] has not been at [[Sedge Fen Primary|school]] since [[5 October|date]]; [[Willow|name]] says they were "moving up to
[[Ely|place]] and [[Denver|place]]" and may home educate. The boat's licence expired in August (index number 52614 seen on the bow).
Other boaters: [[Mags Oakley|name]] on "[[Dragonfly|address]]" next berth and [[Stevie Kerr|name]] are helping with water and diesel.

Network (from [[Willow|name]]): her mother [[Fiona Reed|name]], [[4 Camel Road|address]], [[Littleport|place]] [[CB6 1EW|postcode]] ("we
don't get on");
[[Jed|name]]'s brother [[Ash Fairweather|name]], on a boat at [[Stretham|place]]; [[Rowan|name]]'s father [[Kit Barlow|name]],
[[Downham Market|place]],
no contact; friend [[Mags|name]] ([[Margaret Oakley|name]]), DOB unknown, phone not known.
GP: [[Willow|name]] is registered at St Mary's Surgery, [[Ely|place]]. [[Wren|name]]'s NHS [[450 486 3731|nhs]]; [[Rowan|name]]'s NHS
[[797 806 0861|nhs]],
UPN [[V873128238633|upn]]. Next visit [[3 November|date]] with [[Sue Pannell|name]] (HV).
"""),
    ("child in need review minutes", """CHILD IN NEED REVIEW - MINUTES   [[16 November 2026|date]], Littleport Library
Present: [[Bethan Lowe|name]] (SW, chair), [[Willow Reed|name]] (mother), [[Jed Fairweather|name]] (father of [[Wren|name]]),
[[Sue Pannell|name]] (HV), Mr [[Dominic Aske|name]] (HT, [[Sedge Fen|school]]), [[Lorna Quy|name]] (Boaters' Liaison, Environment Agency)
Apologies: Dr [[Sunil Rao|name]] (GP)
1. [[Rowan|name]] returned to school on [[2 November|date]]; attendance since 94%. Mr [[Aske|name]] will keep his place even if the boat
moves
to [[Ely|place]], and has arranged a taxi from [[Queen Adelaide|place]].
2. [[Wren|name]]: weight on the 25th centile; [[Sue|name]] will see weekly. NHS [[450 486 3731|nhs]].
3. Boat: [[Lorna|name]] says a winter mooring is offered at [[Ouse Bend Moorings|address]], [[Prickwillow|place]], from [[1 December|date]].
4. [[Jed|name]]'s mobile has changed: [[07395 640 118|phone]]. [[Willow|name]]: [[07881 305 742|phone]].
Next review: [[15 February 2027|date]].
Actions: [[Bethan|name]] - fire service safe and well visit (booked [[18 November|date]], FF [[Nathan Rolph|name]]); [[Sue|name]] - weekly
weights; [[Lorna|name]] - mooring letter to [[Willow|name]]; Mr [[Aske|name]] - taxi escort [[Pauline Dring|name]] from [[23/11|date]];
[[Jed|name]] -
CO alarm check daily. Minutes by [[Kerry Haddow|name]] (admin), sent [[17/11/2026|date]].
"""),
    ("marina manager's email to the social worker", """From: [[Pete Skeels|name]] <[[pete@ousebendmoorings.co.uk|email]]>
To: [[Bethan Lowe|name]] <[[bethan.lowe@ousefen.gov.uk|email]]>
Sent: Tue [[24 Nov 2026|date]] 08:41
Subject: [[Kingfisher Blue|address]]

Hi [[Bethan|name]], the [[Blue|address]] came in Sunday and is on [[pontoon C|address]]. [[Willow|name]] has paid a month. Electric
hook-up is working, so no
more stove overnight I hope. Little [[Rowan|name]] was fishing off the jetty on his own at 7am Monday, I've told [[Jed|name]] he needs a
life jacket on him. Also a chap called [[Dazza|name]] ([[Darren Lusher|name]]) turned up asking for [[Jed|name]], I think he's from the
[[Upware|place]] crowd, I didn't like him. Ring me on [[01353 861 274|phone]] if you want to pop down.
[[Pete|name]]

> On [[23 Nov 2026|date]], at 16:10, [[Bethan Lowe|name]] wrote:
> [[Pete|name]], thanks for taking the family. Please ring me or my manager [[Simon Crick|name]] on [[01480 432 718|phone]] if
> anyone turns up for [[Jed|name]] or [[Willow|name]]. [[Rowan|name]] can't swim yet.
"""),
    ("boat licence enforcement officer's email", """From: [[Lorna Quy|name]] (Environment Agency, Waterways Ely)
Sent: [[03 December 2026|date]]
To: [[Lowe, Bethan|name]]
Re: boat index 52614 / [[REED, Willow|name]]

[[Bethan|name]], for your file: the licence for "[[Kingfisher Blue|address]]" has been renewed from [[1/12/26|date]] with the winter
mooring at [[Prickwillow|place]]. Keeper on our system is [[Willow Reed|name]], previous address [[14 Fen View|address]],
[[Southery|place]],
[[PE38 0PB|postcode]]. [[Jed|name]] is not on it. I'll ask our patrol officer [[Mark Gotobed|name]] to keep an eye.
[[L Quy|name]]

> From: [[Bethan Lowe|name]], [[2 December 2026|date]] 15:20
> [[Lorna|name]], is the boat still in [[Willow|name]]'s name only? [[Jed|name]] told the HV, [[Sue Pannell|name]], on [[30/11|date]]
that he
> bought half of it from [[Ash|name]] in [[Stretham|place]]. Any sign of [[Darren Lusher|name]] at [[Upware|place]] or [[Ely|place]]?
Thanks, [[Bethan|name]]
"""),
]

# --- E. Mukamana / Habimana family (Rwandan), Cherry Hinton, Cambridge -----------------------------------------------

HOME_E = d.Address("Flat 6, 40 Fulbourn Old Drift", "Cherry Hinton", "Cambridge", "CB1 9LP")
GRAN_E = d.Address("KN 5 Rd 14", "Kimironko", "Kigali", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Gloria", "Uwase")], dt.date(2012, 1, 19), addresses=[HOME_E], ids=["587 997 4448", "D873107470832"],
       schools=["Cherry Rise Academy"]),
    _p("s", "sibling", [("Eric", "Ishimwe")], dt.date(2017, 6, 6), addresses=[HOME_E], ids=["576 081 5652"]),
    _p("m", "mother", [("Claudine", "Mukamana")], dt.date(1985, 12, 24), addresses=[HOME_E], phones=["07968 112 574"]),
    _p("f", "father", [("Jean-Paul", "Habimana")], dt.date(1980, 2, 2), addresses=[HOME_E], phones=["+250 788 412 905"]),
    _p("g", "grandparent", [("Speciose", "Nyirahabimana")], addresses=[GRAN_E], phones=["+250 722 518 306"]),
    _p("p1", "professional", [("Rachel", "Ng")], phones=["01223 246 509"], emails=["rachel.ng@ousefen.gov.uk"]),
], "c")

DOCS_E = [
    ("initial child protection conference report", """INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Date of conference: [[9 December 2026|date]]   Author: [[Rachel Ng|name]] ([[01223 246 509|phone]])
Child: [[UWASE, Gloria|name]]   DOB: [[19/01/2012|dob]]   NHS: [[587 997 4448|nhs]]   UPN: [[D873107470832|upn]]
Sibling: [[Eric Ishimwe|name]] ([[06/06/2017|dob]], NHS [[576 081 5652|nhs]])
Address: [[Flat 6, 40 Fulbourn Old Drift|address]], [[Cherry Hinton|place]], [[Cambridge|place]] [[CB1 9LP|postcode]]
Mother: [[Claudine Mukamana|name]] ([[07968 112 574|phone]]). Father: [[Jean-Paul Habimana|name]], in [[Kigali|place]] since 2024
([[+250 788 412 905|phone]]).
Reason: on [[20 November 2026|date]] [[Gloria|name]] (14) was taken to Addenbrooke's after cutting her arms; she told the nurse,
[[Abby Fenwick|name]], that her mother beats her with a belt "for talking to boys" and that her mother's friend, Mr
[[Innocent Gasana|name]] of [[Arbury|place]], "shouts at her in church". [[Claudine|name]] has an asylum claim and is waiting
for a decision; she speaks Kinyarwanda and French. [[Gloria|name]] attends [[Cherry Rise Academy|school]] and [[Eric|name]] (9)
[[Cherry Rise Primary|school]]. The grandmother, nyogokuru [[Speciose|name]] ([[Speciose Nyirahabimana|name]]), lives at
[[KN 5 Rd 14|address]],
[[Kimironko|place]], [[Kigali|place]] ([[+250 722 518 306|phone]]); the family come from [[Huye|place]].

History: [[Claudine|name]] came to the UK in 2022 with [[Gloria|name]] and [[Eric|name]] on a visit visa to her cousin
[[Odette Uwamahoro|name]] in
[[Milton Keynes|place]] and claimed asylum on [[14 March 2023|date]]. The family lived in hotels in [[Peterborough|place]] and
[[Bedford|place]] before
[[Flat 6, 40 Fulbourn Old Drift|address]] from [[1 June 2024|date]]. [[Jean-Paul|name]] went back to [[Kigali|place]] in 2024; he rings
[[Gloria|name]]
on Sundays. Church: Pastor [[Emmanuel Nkurunziza|name]] (the Rwandan fellowship in [[Cambridge|place]]). Friends: [[Abena Boateng|name]]
and her mother
[[Efua Boateng|name]], [[18 Coldhams Lane|address]], [[Cherry Hinton|place]]. GP: Cherry Hinton Medical Centre, Dr [[Hollins|name]].
Recommendation: child protection plan, category physical abuse, for [[Gloria|name]]; child in need for [[Eric|name]].
Views of the children: [[Gloria|name]] (seen alone [[24/11/2026|date]] at school with Ms [[Iqbal|name]]): "I want to stay with Mama but
she must
stop the belt. I want to see Papa in [[Kigali|place]]." (Papa: her father.) [[Eric|name]] (seen [[25/11/2026|date]]): likes football
at [[Cherry Hinton|place]] rec with [[Noah|name]]; scared when Mama shouts. Views of [[Claudine|name]]: "In [[Huye|place]] we discipline
like this."
"""),
    ("core group meeting minutes", """CORE GROUP - [[6 January 2027|date]] - Cherry Hinton Library
Present: [[R Ng|name]] (SW), [[Claudine Mukamana|name]], [[Jean de Dieu Nsengimana|name]] (interpreter), Ms [[Farah Iqbal|name]] (DSL,
[[CRA|school]]), [[Tom Wedd|name]] (CAMHS)
[[Gloria|name]]: no new self-harm since [[14 December|date]]. She has joined the youth group at St Andrew's with her friend [[Abena|name]]
([[Abena Boateng|name]]). [[Tom|name]] sees her weekly on Tuesdays at the [[Brookside|place]] clinic.
[[Eric|name]]: teacher Mrs [[Hope|name]] reports he is happier; he stays with his friend [[Noah Pettit|name]] at
[[12 Coleridge Road|address]]
on Thursdays.
[[Claudine|name]]: Home Office interview on [[22 January 2027|date]]. [[Jean de Dieu|name]] will go with her.
Actions: [[Rachel|name]] - Home Office letter of support by [[15/01/2027|date]]; [[Farah|name]] - mentor for [[Gloria|name]] (Mr
[[Dan Obeng|name]]);
[[Tom|name]] - safety plan with [[Gloria|name]] and [[Claudine|name]]; [[Claudine|name]] - parenting course at the [[Cherry Hinton|place]]
children's centre from
[[13 January|date]]. Next core group: [[3 February 2027|date]]. Minutes: [[Rachel Ng|name]].
"""),
    ("family WhatsApp chat in Kinyarwanda and English, typed up and translated", """[WhatsApp group "Umuryango" - typed up with
[[Gloria|name]]'s consent by [[Rachel Ng|name]], [[30/11/2026|date]]. Translation in brackets by [[J. Nsengimana|name]].]
[[28/11/2026|date]], 20:14 - Mama: [[Gloria|name]] uri he? (where are you?)
[[28/11/2026|date]], 20:15 - [[Gloria|name]]: ndi kwa [[abena|name]] (I'm at [[abena|name]]'s)
[[28/11/2026|date]], 20:17 - Papa: [[Glo|name]] umva mama wawe (listen to your mum)
[[28/11/2026|date]], 20:30 - Nyogokuru: mwana wanjye, ndagusengera. ([[Kigali|place]]) (my child, I pray for you)
[[28/11/2026|date]], 20:31 - [[Eric|name]]: mama nshaka chips
[[28/11/2026|date]], 21:02 - Mama: [[Gloria|name]] ngwino mu rugo ubu! ngiye guhamagara [[Innocent|name]] (come home now! I'll call
[[Innocent|name]])
[[28/11/2026|date]], 21:03 - [[Gloria|name]]: please don't call him mama
[[28/11/2026|date]], 21:05 - Papa: [[Gloria|name]], [[Innocent|name]] ni inshuti y'umuryango (is a family friend)
[[28/11/2026|date]], 21:40 - [[Gloria|name]]: ndi mu nzira. [[abena|name]]'s mum [[efua|name]] is driving me
[[29/11/2026|date]], 09:12 - Nyogokuru: [[Glo|name]], mwana wanjye, ejo nzaguhamagara (tomorrow I will call you) [[+250 722 518 306|phone]]
"""),
    ("school's paper safeguarding form", """[[CHERRY RISE ACADEMY|school]] - RECORD OF CONCERN (paper form, copied into CPOMS
[[21/11/26|date]])
Student name: [[Gloria Uwase|name]]   Form: 9R   Date of birth: [[19.01.12|dob]]
Date and time of concern: [[20.11.26|date]], 08:50   Recorded by: [[Kwame Asante|name]] (form tutor)
Details: [[Gloria|name]] wore a long-sleeved top in PE. [[Abena B|name]] told me [[Glo|name]] has "cut herself again". [[Gloria|name]] said
"my mum will send me to [[Kigali|place]]". Mum's phone [[07968 112 574|phone]] - no answer.
DSL: [[F Iqbal|name]]   Action: first aid by [[Jenny Lock|name]]; [[Gloria|name]] taken to hospital by Ms [[Iqbal|name]].
"""),
]

# --- F. Lacey / Nowak family (white British and Polish), Northstowe ---------------------------------------------------

HOME_F = d.Address("5 Pathfinder Way", "", "Northstowe", "CB24 1AF")
BABCIA_F = d.Address("ul. Lipowa 8 m. 3", "", "Białystok", "15-424")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maja", "Nowak")], dt.date(2026, 4, 4), addresses=[HOME_F], ids=["719 295 7372"]),
    _p("s", "sibling", [("Archie", "Lacey")], dt.date(2021, 10, 30), addresses=[HOME_F], ids=["722 264 2269"],
       schools=["Northstowe Heath Primary School"]),
    _p("m", "mother", [("Jodie", "Lacey")], dt.date(1999, 9, 9), addresses=[HOME_F], phones=["07403 887 215"]),
    _p("f", "father", [("Kamil", "Nowak")], dt.date(1995, 5, 15), addresses=[HOME_F], phones=["07747 359 062"]),
    _p("g", "grandparent", [("Halina", "Nowak")], addresses=[BABCIA_F], phones=["+48 512 604 773"]),
    _p("p1", "professional", [("Imogen", "Tate")], phones=["01954 780 266"], emails=["imogen.tate@ousefen.gov.uk"]),
], "c")

DOCS_F = [
    ("MASH referral from the hospital", """MULTI-AGENCY REFERRAL FORM - to Cambridgeshire MASH
Referrer: Dr [[Aisha Rahman|name]], paediatric registrar, Addenbrooke's     Date: Sunday [[11 October 2026|date]]
Child: [[Maja NOWAK|name]]  DOB [[04/04/2026|dob]]  NHS [[719 295 7372|nhs]]
Address: [[5 Pathfinder Way|address]], [[Northstowe|place]], [[CB24 1AF|postcode]]
Parents: [[Jodie Lacey|name]] ([[07403 887 215|phone]]) and [[Kamil Nowak|name]] ([[07747 359 062|phone]])
Mother's NI: [[JT 48 21 65 B|ni]]   Father's NI: [[SK 30 77 19 C|ni]]
Sibling: [[Archie Lacey|name]], 4, at [[Northstowe Heath|school]] nursery
Concern: a 1.5 cm bruise on [[Maja|name]]'s left cheek in a 6-month-old, not mobile. Mother said [[Archie|name]] "threw a car at her".
Father was not present; mother says he is at work in [[Longstanton|place]]. Mother's friend [[Stacey Marr|name]] ([[Oakington|place]])
brought them in.
Social worker on duty: [[Imogen Tate|name]] ([[01954 780 266|phone]], [[imogen.tate@ousefen.gov.uk|email]]). Police: DC [[Chloe Barr|name]].
Health visitor: [[Nina Frost|name]], [[Cambourne|place]] team. [[Archie|name]]'s NHS [[722 264 2269|nhs]]; his key worker at
[[Northstowe Heath|school]]
is [[Leanne Price|name]].
"""),
    ("assessment summary", """ASSESSMENT SUMMARY - [[Maja Nowak|name]] and [[Archie Lacey|name]] - [[Imogen Tate|name]],
[[20 November 2026|date]]
Skeletal survey clear. Mother disclosed on [[15/10/2026|date]] that [[Kamil|name]] hit her in front of the children and that he "grabbed
[[Maja|name]]'s face to stop her crying". [[Kamil Nowak|name]] has moved to his friend [[Piotr Zieliński|name]]'s at
[[19 Station Road|address]], [[Willingham|place]]. His mother, babcia [[Halina|name]] ([[Halina Nowak|name]]), of
[[ul. Lipowa 8 m. 3|address]],
[[15-424|postcode]] [[Białystok|place]], rings [[Jodie|name]] daily on [[+48 512 604 773|phone]] and says she will come in December.
Maternal grandfather [[Keith Lacey|name]] in [[Cottenham|place]] supervises [[Kamil|name]]'s contact on Saturdays.
Views: [[Archie|name]] (4) drew his family: "me, [[Maja|name]], Mummy, Grandad [[Keith|name]], Bruno". Bruno is the dog.
[[Jodie|name]] said: "I want [[Kamil|name]] to get help, not go to prison." [[Kamil|name]] (seen [[18/11/2026|date]] at
[[Willingham|place]] with
interpreter [[Agnieszka Mazur|name]]) said [[Jodie|name]] exaggerates and that his mother [[Halina|name]] "raised me right".
Chronology in brief: [[11/10/2026|date]] hospital; [[12/10/2026|date]] strategy; [[15/10/2026|date]] disclosure; [[16/10/2026|date]]
[[Kamil|name]]
arrested, bailed to [[19 Station Road|address]], [[Willingham|place]] [[CB24 5HG|postcode]]; [[2/11/2026|date]] [[Jodie|name]] starts the
Freedom
Programme at [[Swavesey|place]]; [[14/11/2026|date]] [[Archie|name]] tells [[Leanne Price|name]] "daddy squeezed [[Maja|name]]".
[[Kamil|name]]'s employer: a builders' merchant in [[Longstanton|place]], manager [[Gary Unwin|name]].
"""),
    ("Facebook Messenger export between the parents", """Messenger - [[Jodie Lacey|name]] and [[Kamil Nowak|name]] (exported by
[[Jodie|name]] and emailed to [[imogen.tate@ousefen.gov.uk|email]] on [[21/11/2026|date]])
[[Oct 14, 2026|date]], 23:02 [[Kamil Nowak|name]]: i didnt mean it [[jodie|name]]
[[Oct 14, 2026|date]], 23:05 [[Jodie Lacey|name]]: u hurt [[maja|name]]. stay at [[piotr|name]]s
[[Oct 14, 2026|date]], 23:06 [[Kamil Nowak|name]]: my mama will tell u. ask [[halina|name]]
[[Oct 15, 2026|date]], 07:40 [[Jodie Lacey|name]]: [[archie|name]] asked where daddy is
[[Oct 15, 2026|date]], 07:41 [[Kamil Nowak|name]]: tell him wujek [[piotr|name]] needs help with the van
[[Oct 16, 2026|date]], 19:30 [[Jodie Lacey|name]]: police came. [[imogen|name]] from social services coming monday
[[Oct 16, 2026|date]], 19:32 [[Kamil Nowak|name]]: dont tell them about [[cottenham|place]]. my dad [[zbigniew|name]] will sort it
[[Oct 16, 2026|date]], 19:40 [[Jodie Lacey|name]]: ur dads in [[białystok|place]] [[kamil|name]]
[[Oct 17, 2026|date]], 10:02 [[Kamil Nowak|name]]: [[stacey|name]] is chatting shit about me. tell her stay in [[oakington|place]]
"""),
    ("grandmother's handwritten note, scanned and OCR'd", """[Handwritten note given to the SW by Mrs [[Halina Nowak|name]], scanned
[[02.12.2026|date]], OCR,
with translation]
Pani [[Imogen|name]], jestem babcia [[Mai|name]]. [[Kamil|name]] to dobry syn. Mieszkam w [[Białymstoku|place]], tel
[[+48 512 604 773|phone]].
Przyjadę [[18 grudnia|date]] do [[Northstowe|place]].
(Mrs [[Imogen|name]], I am [[Maja|name]]'s grandmother. [[Kamil|name]] is a good son. I live in [[Białystok|place]]. I will come on
[[18 December|date]] to [[Northstowe|place]].)   [[H. Nowak|name]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 63 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:25 UTC, read since)"

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "nan", "nana", "nanny", "gran", "grandma", "mum",
           "mummy", "dad", "daddy", "uncle", "aunty", "auntie", "me", "our", "baka", "teta", "striko", "tata", "mama", "papa",
           "babcia", "dziadek", "wujek", "ciocia", "pani", "pan", "nyogokuru", "gospodine", "gospođo"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "united kingdom", "uk", "cambridgeshire", "east anglia", "the fens",
               "fenland", "norfolk", "suffolk", "croatia", "hrvatska", "slavonia", "rwanda", "poland", "polska", "africa", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker plus this set's titles
# and kinship words ("baka Ružica", "teta Sanja", "babcia Halina", "wujek Piotr", "nyogokuru Speciose") and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
