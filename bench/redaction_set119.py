"""Set 119: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files other
helpers were writing at the same time (bench/redaction_set118.py, redaction_set120.py, redaction_set121.py and their tests),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its docstring, first family's opening, the end of its last document and its
checker lines) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the first lines
of tests/test_redaction_set25.py (the size test), the docstrings of bench/redaction_set7.py to redaction_set117.py (printed
alone, and searched for the towns and districts of Grimsby and Cleethorpes and for community names, to see which earlier sets
used them as a family's home; no earlier set's documents were read), the module docstring and the `_party`, `Records`,
`HandSet`, `word_problems` and `_parse` helpers of bench/redaction_handwritten.py (its first record and documents were
seen in passing), and the ruff settings in pyproject.toml.
Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked (mod 11; python-stdnum's
gb.upn) in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the
detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's
current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Grimsby and North East Lincolnshire, each from a district or estate no earlier set (7 to 117) used as a
family's home (earlier sets used Immingham, Cleethorpes and "Grimsby" at large). Four of the kinds most common in children's
social care: a white British mother and her partner on the East Marsh, Grimsby, with a grandmother in Old Clee and a girl's
father in Cleethorpes (Cuthbert / Sleight / Pinder; neglect, rats, a boy of 4 on the front step at night, a girl of 9 caring
for him, cannabis, rows at night, an initial child protection conference); a white British family on the Nunsthorpe estate
with a grandfather in Laceby (Ashby / Dobbs; a boy of 15 criminally exploited on a county line to Lincoln and Louth, a debt
after a set-up robbery, a cuckooed flat, an NRM referral); a care leaver of 19 on the Willows estate, pregnant, with a
controlling partner from Great Coates and a grandmother in Healing (Bacon / Kirkby; a pre-birth assessment, domestic abuse, a
maternity assessment unit admission); and a white British family in Scartho with grandparents in Humberston and a father in
Tetney (Waltham / Hobson; a mother with bipolar disorder who stopped her lithium, a girl of 13 who self-harms and is a young
carer, a private family arrangement). Two from communities no earlier set used: a Kashubian family from near Kartuzy, by way
of Gdynia, on the West Marsh (Formela / Kreft; a father working two jobs who slapped a boy of 6, a girl of 10 who interprets,
a grandmother in Chmielno who writes in Kashubian), and a Swazi family from Eswatini in Weelsby (Dlamini / Simelane; a mother
on a Health and Care Worker visa working 72-hour weeks, a girl of 14 left in charge of a boy of 8 overnight, a grandmother in
Manzini and family in Mbabane, a family WhatsApp group in siSwati). 24 documents, 11 of them plain professional recording and
13 the other kinds of writing a case file holds: a family hub support worker's home visit case note, a council website "report
a concern" form submitted anonymously by a neighbour, an initial child protection conference chair's outcome letter to the
parents, Google Classroom private comments between a pupil and her teacher, a British Transport Police stop and account
record, child exploitation risk management panel minutes, a boy's unsent notes-app draft to his dead nan, a detached youth
work session log from a youth bus, a community midwife's pre-birth referral email, a pre-birth assessment, a mother's voice
note transcribed by her phone's speech-to-text (with its mis-hearings), a maternity assessment unit handover sheet scanned and
OCR'd (with its misreadings), a CAMHS crisis team letter to a GP, a child in need review record, Instagram direct messages
between two girls typed from screenshots, a grandmother's handwritten diary pages, a primary school's welfare concern form with
a body map, a section 47 home visit record with an interpreter, a grandmother's letter in Kashubian and Polish with the
interpreter's translation, a chronology of significant events, a home care agency manager's email with the council's request,
strategy discussion minutes, a family WhatsApp group in siSwati and English with a translation, and a social worker's notes
typed fast on her phone.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Poland, Eswatini, South Africa); NHS numbers and UPNs (LA number 812, North East
Lincolnshire) pass their check digits; NI numbers have a valid format. The council is invented (Humber Clee Council), and so
are Freeman Gate Primary Academy, Little Trawlers Nursery, Nunsthorpe Park Academy, Sidney Park Primary School, Scartho Vale
Academy, Boulevard Primary Academy and Welholme Primary Academy, the letting agent (Kingsway Lettings), the youth charity
(Compass Youth), the home care agency (Coastline Home Care) and the GP practices; Havelock Academy, Healing School and Matthew
Humberston are real schools; towns, districts, estates, villages, NHS bodies, hospitals, police forces, prisons, clubs,
brands, apps, programmes and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC,
PCSO, DC, DS, Sr, Rev, Pastor, nan, grandad, uncle, Mam, the Polish and Kashubian "starka", and the siSwati Gogo, Make,
Malume and Sisi) stay outside the name span; a possessive 's and a bare s in texting ("nan sharon"s, "harvey"s) stay
outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span ("BACON, Ellie Louise",
"FORMELA, Jakub", "MOULD, Dexter Lee"), and so is "First SURNAME" ("Tegan CUTHBERT"); an initial with a surname is one span
("H. Bratley", "K-A Wilmot"); initials alone ("NG", "KA", "TC", "L.E.", "M.Z.", "D") are not marked; a collar number stays
outside; a name broken by a line break is one span holding the break, and so is an address; social media handles
("brook.w_x", "summerrrr.d") are not marked, but a display name that is a person's plain name is ("Summer Dowse"); a sender
saved under a kinship word ("Gogo", "Make") is not a name; a family name in a group chat's title ("Dlamini Family") is a name.
A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and
so is a neighbour's bare house number ("no. 39", "no. 12"), and an address abroad ("ul. Gryfa Pomorskiego 12", Chmielno, with
its Polish postcode "83-333"); towns, villages, districts and estates are places, at home or abroad and in any form ("Nunny"
for Nunsthorpe, "Skeg", "linc", "Coates", "Scartho Top", "Pyewipe"); countries, counties and regions are not ("Poland",
"Eswatini", "Kashubia"); organisations are not marked even when they hold a town's or a person's name ("Diana, Princess of
Wales Hospital", "Scartho Medical Centre", "Littlecoates Surgery", "Willows Children's Centre", "Grimsby Town FC", "HMP
Lincoln", "Young's"); a school's name is a school, and so is its short form ("Freeman Gate", "Scartho Vale", "Havelock",
"Welholme", "Boulevard", "Little Trawlers"); a date of birth is dob, any other calendar date with a day is date (a weekday
stays outside), a bare day ("31st", "15th", "27th") is a date; months and years alone are not marked; pets (Bruno the dog)
are not names; parks, beaches, stations, shopping centres and landmarks stay unmarked (People's Park, Sidney Park, the Fish
Docks, Freshney Place, the Pier, Grimsby Town station); a surname or first name that is also a word or a town is marked by
what it refers to (Waltham, Louth, Ashby, Mumby, Bacon, Jordan, Summer, Brook, Dawn, Precious, Grace and Mark are names when
they are people; Waltham and Louth are places when they are places; "healing" as a word is not marked while Healing the
village is a place); a service or workplace named by its town in lower-case words ("the Immingham docks") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: in a phone's speech-to-text
transcription a mis-heard name ("seen" and "Sean" for Seun) is a name and a mis-heard place ("clay thorpes") a place, and the
social worker's own hearing given in angle brackets is marked as well; in OCR'd text a misread name, place, address or date
("BAC0N, Ellie", "Hea1ing", "Heal ing", "18 Larch C1ose", "O6/05/2007") is marked as what it is, while the NHS number and the
phone numbers came out of the scan clean; a name's Kashubian case form ("Kùbë", "Òlë", "Agnieszczi", "Tomôsz") is a name and a
town's ("Kartuz", "Chmielnie") a place; a partial vehicle registration noted by a youth worker ("YK62") is a vehicle; a team
mailbox ("ifd@humberclee.gov.uk") is not a person's email and is not marked; the NRM, missing-person, crime and property
references and the form reference are not marked; a nickname made from a surname ("Grebbo") is a name; the family's own
flat number written alone ("flat 4") is an address, like a neighbour's; a bus route to a district ("the 9 to Scartho Top")
marks the district.

Self-check without the detector: `python -m bench.redaction_set119` (and tests/test_redaction_set119.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,040 gold spans, 573 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Cuthbert / Sleight family (white British), East Marsh, Grimsby ---------------------------------------------------

HOME_A = d.Address("41 Tunnard Street", "East Marsh", "Grimsby", "DN32 7JQ")
NAN_A = d.Address("12 Clee Crescent", "Old Clee", "Grimsby", "DN32 8NB")
DAD_A = d.Address("Flat 3, 27 Grimsby Road", "", "Cleethorpes", "DN35 7DQ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tegan", "Cuthbert")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["5535434167", "C812400225145"],
       schools=["Freeman Gate Primary Academy"]),
    _p("s", "sibling", [("Alfie", "Sleight")], dt.date(2022, 1, 30), addresses=[HOME_A], ids=["4965395638"],
       schools=["Little Trawlers Nursery"]),
    _p("m", "mother", [("Kayleigh", "Cuthbert")], dt.date(1995, 8, 14), addresses=[HOME_A], phones=["07824 611 093"],
       ids=["JK 42 81 37 B"]),
    _p("f", "father", [("Ryan", "Sleight")], dt.date(1993, 2, 3), addresses=[HOME_A], phones=["07951 338 207"]),
    _p("f2", "father", [("Liam", "Pinder")], dt.date(1994, 6, 9), addresses=[DAD_A], phones=["07717 482 560"]),
    _p("g", "grandparent", [("Sharon", "Cuthbert")], dt.date(1970, 12, 1), addresses=[NAN_A], phones=["01472 356 418"]),
    _p("p1", "professional", [("Hayley", "Bratley")], phones=["01472 601 274"], emails=["hayley.bratley@humberclee.gov.uk"]),
    _p("p2", "professional", [("Joanne", "Kime")], phones=["07983 205 641"], emails=["joanne.kime@humberclee.gov.uk"]),
], "c")

DOCS_A = [
    ("family hub family support worker's home visit case note", """HUMBER CLEE COUNCIL - FAMILY HUBS (EAST MARSH)
CASE NOTE - home visit (unannounced, agreed in plan)
Child(ren): [[Tegan CUTHBERT|name]] ([[22.04.2017|dob]], NHS [[553 543 4167|nhs]]); [[Alfie SLEIGHT|name]] ([[30.01.2022|dob]], NHS
[[496 539 5638|nhs]])
Address: [[41 Tunnard Street|address]], [[East Marsh|place]], [[Grimsby|place]] [[DN32 7JQ|postcode]]
Worker: [[Joanne Kime|name]], Family Support Worker      Date of visit: Thurs [[5th November 2026|date]], 15:40-16:55
Others present: [[Kayleigh|name]] (mum), [[Alfie|name]], [[Tegan|name]] (home from school 15:50), [[Ryan|name]] (mum's partner, came down
at 16:20), [[Denise|name]] from [[no. 39|address]] popped in with a bag of washing.

Purpose: follow up the home conditions plan agreed at the TAF on [[20/10/26|date]] (bins, the rats, bedroom for [[Tegan|name]],
[[Alfie|name]]'s nursery attendance at [[Little Trawlers|school]]).

Observations. Front door answered by [[Alfie|name]], in a vest and nappy, no adult behind him. [[Kayleigh|name]] was upstairs in the bath
and shouted down "let her in". Kitchen: sink full, two black bags split by the back door, droppings along the skirting by the fridge - the
pest control visit booked for [[29 Oct|date]] did not happen because nobody answered (the council's letter was on the side, unopened).
The dog (Bruno, a Staffie) had soiled the back yard; the yard gate is off its hinges and opens onto the
back alley between [[Tunnard Street|address]] and [[Weelsby Street|address]]. [[Denise|name]] ([[Denise Wray|name]], [[no. 39|address]])
says she has been doing the family's washing "since the machine went".

[[Tegan|name]] came in from school on her own (she walks from [[Freeman Gate|school]] along [[Freeman Street|address]] with a friend,
[[Ruby-Mae|name]], and [[Ruby-Mae|name]]'s mum [[Stacey Holt|name]]). She went straight to the cupboard and made [[Alfie|name]] a jam
sandwich before taking her own coat off. She told
me she does "[[Alfie|name]]'s tea most days" because "Mum's tired". Hair: live nits seen again. She said she would like "my own room with a
lock so [[Alfie|name]] can't wreck my slime".

[[Ryan Sleight|name]] came downstairs at 16:20, strong smell of cannabis on his clothes. He was polite, said he had been "on nights at the
docks" (he works for an agency at a fish processor on the Fish Docks) and was asleep. He agreed to take the bags to the tip on Saturday
in his mate [[Kyle|name]]'s van. I asked about the rats: he said the letting agent (Kingsway Lettings)
passes everything to the landlord, a Mr [[Shafiq Parvez|name]], who "never answers".

Nursery: [[Alfie|name]] has attended 3 of 10 sessions since [[19 October|date]]. [[Kayleigh|name]] said the walk to
[[Little Trawlers|school]] is too far with the buggy broken. Nan [[Sharon|name]] (in [[Old Clee|place]]) has offered to take him on
Tuesdays and Wednesdays.

Actions: JK to chase pest control and environmental health (case officer [[Mark Threlfall|name]]); JK to apply to the Family Hub's
essentials fund for a buggy and a bed for [[Tegan|name]]; [[Kayleigh|name]] to ring Mr [[Parvez|name]] in front of me next visit (mobile on
the tenancy: [[07399 726 041|phone]]); nits treatment given. Next visit Tues [[10/11/2026|date]]. Update to SW [[Hayley Bratley|name]].
[[J. Kime|name]]  FSW
"""),
]

DOCS_A += [
    ("council website 'report a concern about a child' online form submitted anonymously by a neighbour", """Humber Clee Council - Report a
concern about a child - submission received
Reference: RAC-2026-118804          Submitted: [[02/11/2026|date]] 23:14          Channel: web form (anonymous)

1. Are you in immediate danger or is the child? (If yes, ring 999)      No
2. About the child or children
   Child's name (if known):  [[tegan|name]] (about 9) and the little lad [[alfie|name]] (3 or 4)
   Child's surname (if known):  [[cuthbert|name]] i think, the lad might be [[sleight|name]] like the dad
   Date of birth (if known):  (left blank)
   Address or area:  [[41 tunnard st|address]] [[east marsh|place]] ( the one with the broken gate on the back alley)
   School or nursery (if known):  [[freeman gate|school]]
3. Your concern (max 2,000 characters)
   I live a few doors down and i dont want them to know it was me. Tonight about 10.30 the little lad was out on the front step in
   just a tshirt crying for his mum for ages, the big girl brought him in in the end. There is always shouting from that house, the
   man ([[ryan|name]]) was banging on the door at 1 in the morning last saturday ([[31st|date]]) shouting "open the f***ing door
[[kayleigh|name]]". The back yard stinks and there are rats, they run into ours. The girl goes to the shop on her own at all hours,
[[Sanjay|name]] at the Costcutter on [[Freeman St|address]] said she tried to buy fags for her mum and he sent her home. There is a car a
silver astra [[YK62 HFD|vehicle]]
   that comes and goes late and the man goes out to it for 2 minutes then it goes. I think someone should check on them before
   something happens to the little one.
4. How do you know the child?   neighbour
5. Your name (optional):  (left blank)
   Phone (optional):  (left blank)
   Email (optional):  (left blank)
6. Anything else:  the nan lives in [[old clee|place]] i think her name is [[sharon|name]], she is nice, she would have them

--- for office use ---
Screened by: [[Pritpal Nijjar|name]], Integrated Front Door, [[03/11/2026|date]] 08:52
Known to CSC: yes - open CIN (SW [[H. Bratley|name]]). Vehicle [[YK62 HFD|vehicle]] passed to Humberside Police (intel, PC
[[Callum Reeve|name]] - see note). Decision: pass to allocated SW today; not a new contact.
"""),
]

DOCS_A += [
    ("initial child protection conference chair's outcome letter to the parents", """Humber Clee Council
Safeguarding and Review Unit, Municipal Offices, [[Grimsby|place]]

Ms [[Kayleigh Cuthbert|name]] and Mr [[Ryan Sleight|name]]
[[41 Tunnard Street|address]]
[[Grimsby|place]]
[[DN32 7JQ|postcode]]
(copy by post to Mr [[Liam Pinder|name]], [[Flat 3, 27 Grimsby Road|address]], [[Cleethorpes|place]] [[DN35 7DQ|postcode]])

Our ref: ICPC/TC/2611                                                             [[19 November 2026|date]]

Dear [[Kayleigh|name]] and [[Ryan|name]],

Initial child protection conference for [[Tegan|name]] and [[Alfie|name]], held on [[18 November 2026|date]]

Thank you both for coming yesterday, and thank you, [[Kayleigh|name]], for bringing your mum, Mrs [[Sharon Cuthbert|name]], to support you.
I chaired the conference and I promised to write to you in plain words about what was decided.

Who was there: you both; Mrs [[Cuthbert|name]] (maternal grandmother); [[Hayley Bratley|name]] (social worker); [[Joanne Kime|name]]
(family support worker); Mrs [[Lorraine Eyre|name]] (Designated Safeguarding Lead, [[Freeman Gate Primary Academy|school]]);
[[Sophie Ng|name]] (health visitor); [[Beth
Kirkham|name]] ([[Little Trawlers|school]]); PC [[Callum Reeve|name]] (Humberside Police, by Teams). [[Liam Pinder|name]] ([[Tegan|name]]'s
dad) was
invited and sent his views by email; he was not able to get time off work at the Tesco depot.

What the conference decided: [[Tegan|name]] and [[Alfie|name]] will each have a child protection plan, under the category of neglect. All
the professionals agreed this; your mum asked for her view to be written down that "it's not as bad as they make out, but it needs
sorting", and I have done that.

Why: the state of the house (the rats, the bins, the back gate onto the alley), [[Alfie|name]] being found on the front step late at
night on [[2 November|date]], [[Tegan|name]] looking after her brother and getting herself to school, being late 31 times this term, and the
nits; the cannabis in the house; and the arguments at night, including the police call on [[31 October|date]].

What happens next:
- the core group (you two, [[Sharon|name]] if you want her, [[Hayley|name]], [[Joanne|name]], school, nursery and the health visitor) meets
  on Wednesday [[2 December 2026|date]] at 10am at the Family Hub on [[Freeman Street|address]];
- [[Hayley|name]] will visit at least every 10 working days and see the children alone;
- a review conference will be held by [[18 February 2027|date]] (you will get a letter).

If you are not happy with the decision, you can ask me to look at it again, or complain; the leaflet is enclosed. [[Hayley|name]] can
be reached on [[01472 601 274|phone]] or [[hayley.bratley@humberclee.gov.uk|email]].

Yours sincerely,

[[Gillian Fotherby|name]]
Independent Conference Chair
"""),
]

DOCS_A += [
    ("Google Classroom private comments between a pupil and her teacher, exported by the school", """Google Classroom - Year 5 Kestrels
2026-27 - private comments (export for DSL, requested by [[L. Eyre|name]])
Pupil: [[Tegan Cuthbert|name]] (UPN [[C812400225145|upn]])     Teacher: [[Tom Hardcastle|name]]     Exported [[24/11/2026|date]] 16:02

Assignment: "My Weekend Diary" (set [[09/11/2026|date]])
  [[Tegan Cuthbert|name]]  [[10 Nov|date]] 19:48
    sorry sir i dint do the diry becos i was minding [[alfie|name]] and the laptop from nans has no charger
  [[Tom Hardcastle|name]]  [[11 Nov|date]] 08:05
    That's OK [[Tegan|name]], you can do it in Golden Time. Thank you for telling me.

Assignment: "Fractions - part 2" (set [[16/11/2026|date]])
  [[Tegan Cuthbert|name]]  [[16 Nov|date]] 22:51
    mr [[hardcastle|name]] can i come in erly tomoro to breakfast club it says on the newsleter its free
  [[Tom Hardcastle|name]]  [[17 Nov|date]] 07:30
    Of course - doors at 8. Mrs [[Eyre|name]] will be on the door.
  [[Tegan Cuthbert|name]]  [[17 Nov|date]] 23:37
    sir mum and [[ryan|name]] r shouting agen. [[alfie|name]] is in my bed. im not aloud to tell any one
  [[Tegan Cuthbert|name]]  [[17 Nov|date]] 23:39
    plz dont tell my mum i rote this
  [[Tom Hardcastle|name]]  [[18 Nov|date]] 07:12
    Thank you [[Tegan|name]]. You did the right thing. I need to tell Mrs [[Eyre|name]] because it is about keeping you safe - that is my
    job. Come and find me at breakfast club and we can talk. If you are scared tonight you can ring 999.

Assignment: "Poem - Winter" (set [[23/11/2026|date]])
  [[Tegan Cuthbert|name]]  [[23 Nov|date]] 17:20
    im at nan [[sharon|name]]s in [[old clee|place]] now til friday. she has a charger. here is my poem
    "winter is cold the rats have gone to sleep [[alfie|name]] has a new buggy and my room is nearly ready"
  [[Tom Hardcastle|name]]  [[24 Nov|date]] 08:40
    Lovely poem [[Tegan|name]] - house point!

DSL note (L.E., [[18/11/26|date]] 08:20): comments of [[17/11|date]] logged on CPOMS and phoned to SW [[Hayley Bratley|name]]
([[01472 601 274|phone]]) at 08:25; police notified (DA incident, PC [[Reeve|name]] not on duty, CAD 0091 of [[18/11|date]]).
"""),
]


# --- B. Ashby / Dobbs family (white British), Nunsthorpe, Grimsby, with a grandfather in Laceby -----------------------------

HOME_B = d.Address("23 Sutcliffe Avenue", "Nunsthorpe", "Grimsby", "DN33 1AP")
GRAN_B = d.Address("4 Cooper Lane", "", "Laceby", "DN37 7AX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kian", "Ashby")], dt.date(2011, 7, 12), addresses=[HOME_B], ids=["7964915355", "L812201518184"],
       schools=["Nunsthorpe Park Academy"]),
    _p("s", "sibling", [("Maisie", "Ashby")], dt.date(2015, 3, 3), addresses=[HOME_B], ids=["6891831156"],
       schools=["Sidney Park Primary School"]),
    _p("m", "mother", [("Leanne", "Dobbs")], dt.date(1988, 10, 27), addresses=[HOME_B], phones=["07508 914 327"]),
    _p("g", "grandparent", [("Terry", "Ashby")], dt.date(1956, 5, 18), addresses=[GRAN_B], phones=["01472 823 095"]),
    _p("p1", "professional", [("Ross", "Mumby")], phones=["01472 325 961"], emails=["ross.mumby@humberclee.gov.uk"]),
], "c")

DOCS_B = [
    ("British Transport Police stop and account record from a station, with the officer's safeguarding box", """BRITISH TRANSPORT POLICE -
STOP AND ACCOUNT / STOP AND SEARCH RECORD (form 5090-YP)
Location: Grimsby Town railway station, platform 1 ([[Cleethorpes|place]]-bound)    Date: Sat [[14 Nov 2026|date]]    Time: 21:37
Officer: PC 4471 [[Dan Oglesby|name]]     Accompanying: PCSO 9120 [[Jade Lamming|name]]
Person stopped
  Surname: [[ASHBY|name]]        Forename(s): [[Kian|name]]        Known as: "[[Ki|name]]"
  DOB: [[12/07/2011|dob]] (age 15)   Address given: [[23 Sutcliffe Ave|address]], [[Nunsthorpe|place]], [[Grimsby|place]]   Postcode:
[[DN33 1AP|postcode]] Self-defined ethnicity: W1   Phone (given): [[07462 118 795|phone]] ("my new one")
Grounds / reason: Arrived on the 21:31 from [[Lincoln|place]] via [[Market Rasen|place]].
  No ticket. Conductor ([[Gary Pask|name]], Northern) reported two males, one youth, acting nervously; the adult left the train at
  [[Habrough|place]].
Search: YES (s.23 MDA) - result: £340 in cash (rolled, £20s), two phones (one iPhone, one Nokia "brick" ringing constantly), a
  Grimsby Town FC bus pass in another boy's name ([[Reece Whitbread|name]]), a train ticket receipt [[Lincoln|place]] - [[Grimsby|place]]
for
  [[13/11|date]]. No drugs found. Cash and the Nokia seized (property ref BTP/P/88213).
Account given: "been at me cousin's in [[Lincoln|place]]" - could not give the cousin's name or address. Later said "[[Dex|name]]'s mate
  [[Tyrone|name]] put me up on [[Monks Road|address]]". Said his mum knows.
Second male (not stopped): white, 20s, grey North Face, blue Nike cap, got off at [[Habrough|place]]; possibly "[[Dex|name]]" =
  [[Dexter MOULD|name]] (PNC: [[MOULD, Dexter Lee|name]] [[03/02/2004|dob]], of [[Scartho Top|place]] - checked, address not current).
SAFEGUARDING (complete for every child under 18)
  Concern: child criminal exploitation - county lines indicators (cash, burner, unexplained travel, older associate).
  Action: taken home by PCSO [[Lamming|name]] and me at 22:30; mother [[Leanne DOBBS|name]] ([[07508 914 327|phone]]) spoke to
  us on the doorstep. She said he had been missing since Thursday night and she had reported it (GY-2611-0331). Grandfather
  [[Terry Ashby|name]] ([[Laceby|place]]) was there; he said "I've been driving round [[Louth|place]] and [[Skeg|place]] looking for him".
  Younger sister ([[Maisie|name]], about 11) at the top of the stairs, upset.
  PPN submitted: yes (Humberside Police, MASH). Missing report closed by Humberside (found).
Signed: [[D. Oglesby|name]] PC 4471     [[14/11/2026|date]] 23:58
"""),
]

DOCS_B += [
    ("child exploitation risk management panel minutes", """NORTH EAST LINCOLNSHIRE - CHILD EXPLOITATION RISK MANAGEMENT PANEL (CERM)
Minutes (restricted - not to be shared with the family in this form)           Meeting: Tuesday [[24 November 2026|date]], 09:30
Held: Teams and the Humber Clee Council offices, [[Cleethorpes|place]]
Chair: [[Andrea Wintringham|name]] (Service Manager, Exploitation and Missing)

Present: [[Ross Mumby|name]] (SW, [[Kian|name]]); DC [[Marcus Hewitt|name]] (Humberside Police, Exploitation Team); [[Nathan Grebby|name]]
(detached youth worker, Compass Youth); [[Claire Atkin|name]] (DSL, [[Nunsthorpe Park Academy|school]]); [[Becky Sowerby|name]] (YOS);
[[Faye Bielby|name]] (return home interviews, Catch22); [[Irfan Qureshi|name]] (minutes)
Apologies: Dr [[Helen Spratt|name]] (GP, Roxton Practice)

Item 3: [[Kian ASHBY|name]] ([[12.07.2011|dob]]; NHS [[796 491 5355|nhs]]; UPN [[L812201518184|upn]]) - [[23 Sutcliffe Avenue|address]],
[[Nunsthorpe|place]] - NRM referral made [[17/11/26|date]]
3.1 RM summarised: three missing episodes since [[1 October|date]] ([[2|date]]-[[4 Oct|date]]; [[22 Oct|date]];
[[12|date]]-[[14 Nov|date]]), the BTP stop at
Grimsby Town station on [[14 November|date]] with £340 and a second phone, and the account of staying on [[Monks Road|address]],
[[Lincoln|place]]. [[Kian|name]] has been excluded twice this term (fighting; a knife-shaped comb - no blade - in his bag on
[[6 November|date]]).
3.2 DC [[Hewitt|name]]: "[[Dex|name]]" is believed to be [[Dexter Mould|name]], 22, linked to a line running from [[Grimsby|place]] into
[[Lincoln|place]] and [[Louth|place]] ("the [[Jacko|name]] line" - [[Jacko|name]] is thought to be [[Jermaine Jacklin|name]], in custody at
HMP Lincoln since August). Known addresses: [[Flat 2, 88 Hainton Avenue|address]], [[Grimsby|place]] [[DN32 9AS|postcode]]; a cuckooed
flat on [[Monks Road|address]],
[[Lincoln|place]] [[LN2 5HU|postcode]]. Vehicle linked: black Seat Leon [[FN19 WZT|vehicle]]. A DLO is in progress re the cuckooed flat.
3.3 NG has seen [[Kian|name]] three times near the [[Nunny|place]] shops and at the skatepark in People's Park with
[[Reece Whitbread|name]] (15) and a lad called "[[Tiggs|name]]". [[Kian|name]] is "polite, quiet, wants to talk about boxing".
3.4 [[Faye|name]]: RHI after the November episode - [[Kian|name]] said he "owes" £600 after "someone took the bag off me" in
[[Lincoln|place]] (a set-up robbery is likely). He is frightened for his sister and his mum.
3.5 School: [[Claire|name]] reports attendance 61%. A managed move to another academy was discussed and rejected - it would put
him nearer the [[Yarborough|place]] lads [[Dex|name]] uses.
3.6 Grandfather [[Terry|name]] ([[Laceby|place]]) has offered to have [[Kian|name]] to stay. RM assessing; it takes him out of
[[Nunsthorpe|place]] but the bus from [[Laceby|place]] is easy for anyone.

Risk: HIGH (CCE). Actions
1. DC [[Hewitt|name]] - disruption: CAWN for [[Dexter Mould|name]] in respect of [[Kian|name]] and [[Reece|name]]; by [[1 December|date]].
2. RM - joint visit with [[Nathan|name]] to [[Kian|name]] and mum; explore the debt; safety plan for [[Maisie|name]]. By [[27/11|date]].
3. RM - viability visit to Mr [[Ashby|name]] at [[4 Cooper Lane|address]], [[Laceby|place]]. By [[4/12|date]].
4. [[Becky|name]] (YOS) - Turnaround offer.
Next review: [[15 December 2026|date]].
"""),
]

DOCS_B += [
    ("a boy's unsent draft in his phone's notes app, photographed by his mother and typed up by the social worker", """Typed by
[[R. Mumby|name]] (SW) from 4 photos [[Leanne|name]] sent on WhatsApp [[26/11/2026|date]] 07:02. Spelling as written. The
note is titled "for nan" (his nan, [[Pauline Ashby|name]], died in 2023 - [[Leanne|name]] thinks he writes to her when he cannot sleep).
Timestamps are the phone's.

for nan                                                                                       [[25 November 2026|date]] at 03:12
nan i no ur not real anymore but i got no one else to tell. i messed up big. [[dex|name]] says i owe him 6 hundred coz the bag
got took in [[linc|place]] but it wasnt my fault it was his own boys i no it was. i seen [[tiggs|name]] cuzin wearing the jacket.
if i dont pay he says he will go to the house and [[maisie|name]] is there on her own after school till mum gets in from work at 6.
mum thinks its weed. its not weed nan its way worse. i was in a flat on [[monks rd|address]] for 2 days with a lad called [[kaden|name]]
from [[gainsborough|place]] he was only 13 and he was crying all night. there was no food just haribo.
grandad [[terry|name]] says i can go and live at his in [[laceby|place]] and get the bus to [[nunny|place]] but
[[dex|name]] nos where grandad lives coz i told him when we was in the car. i hate myself for that.
the social [[ross|name]] is alright he dont talk to me like im thick. [[nathan|name]] from the youth bus to. maybe ill tell them.
i still got ur ring on my chain. [[ki|name]] xx

                                                                                              [[25 November 2026|date]] at 03:40
if anything happens to me the number in my other phone under "D" is him. [[07845 302 916|phone]]. i wrote it here in case.
"""),
]

DOCS_B += [
    ("detached youth work session log from a youth bus", """COMPASS YOUTH - DETACHED / MOBILE PROVISION - SESSION LOG
Session: Wed [[2 Dec 2026|date]], 18:00-21:15   Vehicle: the youth bus ([[YJ68 KOV|vehicle]])   Sites: [[Nunsthorpe|place]]
([[Second Avenue|address]] shops), Sidney Park, then [[Yarborough|place]] ([[Cromwell Road|address]] flats)
Workers: [[Nathan Grebby|name]] (lead), [[Shannon Elvidge|name]], [[Ahmed Rahimi|name]] (sessional)
Weather: dry, -1C

Headcount: 23 young people (14 M, 9 F), 11-17. New faces: 4.

18:10 [[Nunny|place]] shops. Usual group of 8 by the bus. [[Kian|name]] (KA on our register - see confidential sheet) came over at
18:25 with [[Reece|name]]. [[Kian|name]] had a new North Face coat and a fresh cut on his knuckles. Played FIFA on the bus for 40 mins; when
[[Reece|name]] went to the chippy [[Kian|name]] asked me quietly if "the social" had told me about his grandad's. I said I had been at the
meeting. He said he is going to stay with Grandad [[Terry|name]] in [[Laceby|place]] "from Friday" and asked if the bus comes out there
(it doesn't - I said I'd ask about the [[Laceby|place]] youth club at St Margaret's hall).
18:50 A silver Astra pulled up by the bookies on [[Second Avenue|address]], driver not seen, engine running 3 mins; [[Reece|name]] went
over, came back. Reg (partial) [[YK62|vehicle]]... - [[Shannon|name]] got [[YK62 HFD|vehicle]]. Passed to DC [[Hewitt|name]] by text 19:02
(work mobile
[[07932 570 184|phone]]).
19:30 Sidney Park. Quiet. Two girls from [[Sidney Park Primary|school]] (Year 6?) out alone, one was [[Maisie|name]] ([[Kian|name]]'s
sister) with [[Lacey-Jo|name]] (surname not known). [[Shannon|name]] walked them back to [[Sutcliffe Avenue|address]]; mum [[Leanne|name]]
was in, thanked us,
said [[Maisie|name]] was meant to be at [[Lacey-Jo|name]]'s.
20:20 [[Yarborough|place]], [[Cromwell Road|address]]. Group of older lads (17-20) by the flats, one shouted "[[Grebbo|name]]" at me (they
know me from when I worked at the Harbour Place drop-in). One of them was called "[[Dex|name]]" by the others - white, early 20s, blue
Nike cap. He asked [[Ahmed|name]] "where's [[Ki|name]] tonight". We did not answer and moved the bus on at 20:35 (lone-working rule).
21:15 Back to base at [[Great Coates|place]].

Safeguarding: 3 entries to the DSL log (this one, [[Maisie|name]] out late, one girl disclosing a bad home situation - separate sheet).
Logged by [[N. Grebby|name]], [[02/12/26|date]] 22:05. Copied to [[Ross Mumby|name]] ([[ross.mumby@humberclee.gov.uk|email]]).
"""),
]


# --- C. Bacon / Kirkby family (white British), the Willows, Grimsby, with a grandmother in Healing -------------------------

HOME_C = d.Address("18 Larch Close", "The Willows", "Grimsby", "DN37 9HT")
NAN_C = d.Address("7 Station Road", "", "Healing", "DN41 7QX")
DAD_C = d.Address("31 Coates Way", "Great Coates", "Grimsby", "DN37 9NN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Bacon")], dt.date(2007, 5, 6), addresses=[HOME_C], phones=["07587 249 613"],
       ids=["7572009301", "NE 31 64 20 C"]),
    _p("f", "father", [("Jordan", "Kirkby")], dt.date(2005, 9, 21), addresses=[DAD_C], phones=["07914 063 872"]),
    _p("g", "grandparent", [("Tracey", "Bacon")], dt.date(1981, 1, 15), addresses=[NAN_C], phones=["01472 887 530"]),
    _p("p1", "professional", [("Oluwaseun", "Adeyemi")], phones=["01472 240 713"], emails=["seun.adeyemi@humberclee.gov.uk"]),
    _p("p2", "professional", [("Rachel", "Sands")], emails=["rachel.sands1@nhs.net"]),
], "c")

DOCS_C = [
    ("community midwife's pre-birth safeguarding referral sent by secure email", """From: [[Rachel Sands|name]]
<[[rachel.sands1@nhs.net|email]]>
Sent: Monday, [[12 October 2026|date]] 14:26
To: IFD Humber Clee <ifd@humberclee.gov.uk>
Cc: Safeguarding Midwives NLaG; [[Wendy Tether|name]] (HV team lead)
Subject: [SECURE] Pre-birth referral - [[Ellie BACON|name]], 19, EDD [[19/01/2027|date]]

Good afternoon,

Please accept this as a pre-birth referral (consent given by [[Ellie|name]] at booking review today, see below).

Mother: [[BACON, Ellie Louise|name]]   DOB [[06/05/2007|dob]]   NHS [[757 200 9301|nhs]]
Address: [[18 Larch Close|address]], [[The Willows|place]], [[Grimsby|place]], [[DN37 9HT|postcode]]   Mobile [[07587 249 613|phone]]
GP: Littlecoates Surgery (Dr [[Anand|name]]) EDD [[19/01/2027|date]] (38 days late booking - booked at 22+3 weeks on [[28/09/2026|date]])
Father of baby: [[Jordan KIRKBY|name]], 21, of [[Great Coates|place]] ([[31 Coates Way|address]]) - [[Ellie|name]] says "on and off".

Reasons for referral
1. [[Ellie|name]] was a child looked after (placed with her nan in [[Healing|place]] from age 13 until 17, then supported
   lodgings in [[Cleethorpes|place]]); she has told me she was on a CP plan in [[Scunthorpe|place]] as a child.
2. Domestic abuse: at the booking appointment she had a healing bruise to the left upper arm and said [[Jordan|name]] "grabbed me
   when he'd had a drink". At today's appointment he waited outside in a car (red Corsa [[FE16 OXB|vehicle]]) and rang her four times
   in 40 minutes.
3. Mental health: previous overdose aged 16 (paracetamol); was under CAMHS; not currently under Navigo. EPDS today 15.
4. Housing: private let, one bedroom, damp; she is in arrears. [[Jordan|name]] stays "most nights".
5. She has no contact with her mother ([[Kerry Bacon|name]], lives in [[Scunthorpe|place]], drug use); her nan, Mrs [[Tracey Bacon|name]]
   of [[7 Station Road|address]], [[Healing|place]] ([[01472 887 530|phone]]), is her main support.

[[Ellie|name]]'s own words today: "I want to do it right. I know what it's like being in care. I don't want my baby going through that."

I will continue to see [[Ellie|name]] fortnightly at the Willows Children's Centre clinic. Please let me know the outcome and who is
allocated.

Kind regards,
[[Rachel Sands|name]]
Community Midwife ([[Grimsby|place]] West team), Northern Lincolnshire and Goole NHS Foundation Trust
Work mobile: [[07771 845 290|phone]]
"""),
]

DOCS_C += [
    ("pre-birth assessment, analysis and plan sections", """PRE-BIRTH ASSESSMENT (extract: sections 5 to 7)
Unborn child of [[Ellie Bacon|name]] (EDD [[19.01.2027|date]])       Social worker: [[Oluwaseun Adeyemi|name]] ("[[Seun|name]]")
Sessions: [[21/10|date]], [[28/10|date]], [[4/11|date]], [[11/11|date]] and [[18/11/2026|date]]; a joint visit with the midwife on
[[2/11|date]]; Mr [[Kirkby|name]] seen twice ([[28/10|date]] at [[Larch Close|address]]; [[13/11|date]] at his mother's,
[[31 Coates Way|address]], [[Great Coates|place]]).

5. The parents' histories
[[Ellie|name]] was born in [[Scunthorpe|place]] and lived with her mother, [[Kerry|name]], in [[Westcliff|place]] and then [[Crosby|place]]
until she was 13, when she was removed under an interim care order after neglect and her mother's heroin use; she lived with her nan,
[[Tracey|name]], in [[Healing|place]] under a special guardianship order from [[3 March 2021|date]] (the date of the SGO) until she left
at
17 after rows about [[Jordan|name]]. She speaks warmly of her nan and of her Year 9 form tutor at [[Healing School|school]], Mr
[[Pidd|name]], who taught her to bake.
[[Jordan Kirkby|name]] grew up in [[Great Coates|place]] with his mother, [[Angela Kirkby|name]], and older brother [[Connor|name]] (in
prison). He left [[Healing School|school]] at 16, worked at the Tata steelworks in [[Scunthorpe|place]] briefly and now does agency shifts
at the [[Immingham|place]] docks. He has a caution for criminal damage (2024) and a police record of two domestic incidents with a
previous partner in [[Cleethorpes|place]].

6. Analysis
Strengths: Miss [[Bacon|name]] attends every appointment; she has bought a Moses basket and saved £160 in a jar; her Sure Start Maternity
Grant
claim (NI [[NE 31 64 20 C|ni]]) has gone in; she has a good relationship
with [[Tracey|name]], who will have her and the baby to stay for the first two weeks. She answered my questions about safe sleep,
crying and shaken baby better than most parents I assess.
Worries: [[Jordan|name]]'s control (the calls, the car outside, taking her bank card), his drinking and the grab on her arm in
September; [[Ellie|name]]'s low mood (EPDS 15, then 12); the damp flat; [[Ellie|name]]'s own history of being cared for by a mother who
could not keep her safe, and her wish to prove she is different, which may stop her telling us when things go wrong.
[[Jordan|name]] told me: "I'd never touch a baby. Me and [[El|name]] just argue like everyone."

7. Recommendation
A child in need plan (not a conference) if [[Ellie|name]] agrees to the Freedom Programme at Women's Aid, a referral to Navigo
perinatal, and the first two weeks at her nan's in [[Healing|place]]; a strategy discussion at birth if the baby goes home to [[18 Larch
Close|address]] with [[Jordan|name]] living there. Housing: support for a move to a two-bed flat with Shoreline Housing (not on
[[The Willows|place]],
at [[Ellie|name]]'s request - "too many people know [[Jordan|name]]'s family").
[[O. Adeyemi|name]], Social Worker, [[20/11/2026|date]]
"""),
]

DOCS_C += [
    ("a mother's voice note to her social worker, transcribed by her phone's speech-to-text and pasted in", """[Pasted by
[[S. Adeyemi|name]] from [[Ellie|name]]'s message of [[29/11/2026|date]] 01:47. Voice note 2:58 long; the phone's own
transcription below, not corrected except where marked. Listened to in full: words in angle brackets are my hearing of it.]

hiya [[seen|name]] <[[Seun|name]]> it's me [[ellie|name]] sorry it's late I can't sleep I just wanna say something before I bottle it so
[[Jordan|name]] come round tonight about 10 and he'd been on it at the [[Coates|place]] <[[Great Coates|place]]> club with his brother's
mates he said he's moving in when the baby comes whether I like it or not and that his mum [[angela|name]] said it's his right and he took
my phone off me and read all me messages to you and to nan and he said if I go to my nan's in [[healing|place]] he'll come and put the
windows through like he did at [[Kelsey|name]]'s that's his ex in [[clay thorpes|place]] <[[Cleethorpes|place]]> and then he punched the
wall not me the wall there's a
hole by the door you'll see it on Tuesday. I'm not hurt I promise the baby is kicking loads. he's asleep on the settee now I'm in the
bath room with the door locked. I don't want him here [[Sean|name]] <[[Seun|name]]> I really don't I just don't know how to say it to him
without him kicking off. nan says I can go to hers tomorrow and uncle [[Dean|name]] will fetch me in his van so I'm gonna do that
in the morning when he's gone to work I'm not telling him. can you ring me after 8 on nan's landline not my mobile cos he checks it
[[01472 887 530|phone]] and can you tell [[Rachel|name]] the midwife I'll be at nan's so she can come to [[Healing|place]] on Thursday
[[3rd|date]] instead. oh and my new address for the letters is [[7 station road|address]] [[healing|place]] for now [[DN41 7QX|postcode]]
OK thanks bye sorry
"""),
]

DOCS_C += [
    ("maternity assessment unit safeguarding handover sheet, scanned and OCR'd with its misreadings", """NLaG  DPoW MATERNITY ASSESSMENT
UNIT - SAFEGUARD1NG HANDOVER SHEET         page 1 of 1
(scanned [[05/12/2026|date]] 09:14 - OCR text; misreadings left as they came out)

Bed: MAU 3          Date/time in: [[04.12.2026|date]] 22:4O
Name: [[BAC0N, Ellie|name]]          DOB: [[O6/05/2007|dob]]          NHS No: [[757 200 9301|nhs]]
Address: [[18 Larch C1ose|address]], [[The Wi1lows|place]], [[Grimsby|place]]   ** now staying at: [[7 Stati0n Rd|address]],
[[Hea1ing|place]] (nan) **
Gest: 33+2     G1 P0     Named MW: [[R Sands|name]]     Cons: Mr [[Adebayo-Clarke|name]]
Next of kin: [[Tracey Bac0n|name]] (grandmother) - [[01472 887 530|phone]]  ** NOT to be given info: [[Jordan K1RKBY|name]] (FOB) **

Reason for attendance: abdo pain and ↓FM after being pushed into a door frame at 19:30 today by FOB (at [[Hea1ing|place]] - he turned up
at nan's house). Police attended (PC [[J0hn Rudd|name]]); FOB arrested. Bruise 4cm L flank. CTG normal, reactive. Kleihauer sent.
[[Ellie|name]] tearful but "relieved he's been took".

Safeguarding: Known to CSC - SW [[Seun Adeyemi|name]] ([[01472 240 713|phone]]) - informed by phone 23:50 by Sr [[Paula Gilliatt|name]].
DASH done - score 16 = HIGH. MARAC referral by [[P. Gi11iatt|name]]. Alert on Lorenzo + CP-IS.
Visitors: nan ([[Tracey|name]]) and auntie [[Donna Bac0n|name]] only. Password for phone enquiries: "Moses". Anyone else asking
for [[Ellie|name]] - do not confirm she is here.

Plan: obs 4hrly; CTG am; if well, home to nan's in [[Heal ing|place]] with police aware (Op Encompass not applicable - no school-age
children). Community MW to visit Mon [[7/12|date]].
Handed over by: [[P Gilliatt|name]] (Sr)   to: [[K. Ab1ewhite|name]] (MW)   [[05/12/26|date]] 07:3O
"""),
]


# --- D. Waltham / Hobson family (white British), Scartho, Grimsby, with grandparents in Humberston -------------------------

HOME_D = d.Address("9 Springfield Road", "Scartho", "Grimsby", "DN33 3JF")
GRAN_D = d.Address("22 Tetney Road", "", "Humberston", "DN36 4JQ")
DAD_D = d.Address("11 Church Lane", "", "Tetney", "DN36 5NZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Brook", "Waltham")], dt.date(2013, 8, 19), addresses=[HOME_D, GRAN_D], ids=["6970169847", "B812330622142"],
       schools=["Scartho Vale Academy"]),
    _p("s", "sibling", [("Harvey", "Waltham")], dt.date(2019, 2, 11), addresses=[HOME_D, GRAN_D], ids=["6323064804"],
       schools=["Matthew Humberston Infant School"]),
    _p("m", "mother", [("Nicola", "Waltham")], dt.date(1986, 4, 2), addresses=[HOME_D], phones=["07563 720 149"],
       ids=["SP 62 09 14 D"]),
    _p("f", "father", [("Gareth", "Waltham")], dt.date(1983, 11, 24), addresses=[DAD_D], phones=["07402 336 918"]),
    _p("g", "grandparent", [("Maureen", "Hobson")], dt.date(1958, 9, 7), addresses=[GRAN_D], phones=["01472 813 562"]),
    _p("g2", "grandparent", [("Keith", "Hobson")], dt.date(1955, 3, 30), addresses=[GRAN_D]),
    _p("p1", "professional", [("Daniel", "Pennington")], phones=["01472 325 961"], emails=["daniel.pennington@humberclee.gov.uk"]),
], "c")

DOCS_D = [
    ("CAMHS crisis team assessment letter to the GP", """Navigo / CAMHS North East Lincolnshire - Crisis and Home Treatment
Private and confidential
Dr [[Kamal Haque|name]], Scartho Medical Centre, [[Grimsby|place]]
Dictated [[27/11/2026|date]], typed [[30/11/2026|date]]

Dear Dr [[Haque|name]],

Re: [[Brook WALTHAM|name]], DOB [[19-08-2013|dob]], NHS [[697 016 9847|nhs]]
[[9 Springfield Road|address]], [[Scartho|place]], [[Grimsby|place]] [[DN33 3JF|postcode]] (currently staying with maternal grandparents at
[[22 Tetney Road|address]], [[Humberston|place]] [[DN36 4JQ|postcode]])

I assessed [[Brook|name]] at the Diana, Princess of Wales Hospital emergency department on the night of [[26 November 2026|date]], with her
grandmother, Mrs [[Maureen Hobson|name]], and then alone. [[Brook|name]] had cut her left forearm (seven superficial cuts, steri-stripped
in ED, no sutures) with a pencil-sharpener blade after an argument at home, and told her friend [[Summer|name]] on Instagram that she
"wanted to not wake up". [[Summer|name]]'s mother, Mrs [[Kerry Dowse|name]] - no relation to anyone in this letter - rang 999.

Background. [[Brook|name]] is 13 and in Year 9 at [[Scartho Vale Academy|school]]. She lives with her mother, [[Nicola Waltham|name]], and
her brother [[Harvey|name]] (7). Her mother has bipolar affective disorder and has been unwell since early October (she stopped her
lithium in September); the community team (Dr [[Olusola Banjo|name]], consultant, and her care coordinator [[Mick Tasker|name]]) are
involved and were told tonight. Her father, [[Gareth Waltham|name]], lives in [[Tetney|place]] with a new partner and sees the children
fortnightly. [[Brook|name]] says that for six weeks she has been "the mum": getting [[Harvey|name]] to school, cooking, and sitting up
with her mother when she does not sleep. On [[26 November|date]] her mother accused her of "spying for [[Gareth|name]]" and threw her
phone at the wall; [[Brook|name]] went upstairs and cut.

Mental state. Tired, flat, good eye contact, tearful when talking about [[Harvey|name]]. No psychotic features. She described
cutting since the summer of 2025, about once a week, "to let the pressure out". Thoughts of not waking up on most nights for two
weeks; no plan; protective factors her brother, her grandparents, her dog, and "[[Summer|name]] would kill me".

Risk formulation and plan. Moderate risk of further self-harm; low immediate risk to life while she stays with her grandparents.
Agreed with [[Brook|name]] and Mrs [[Hobson|name]]: she stays in [[Humberston|place]] for now (Mr and Mrs [[Hobson|name]] are happy; Mr
[[Keith Hobson|name]] will take her to school); sharps and medicines locked away; Kooth and the Shout text line; follow-up by our home
treatment nurse, [[Ellen Croft|name]], on [[30 November|date]] and then weekly; a referral to CAMHS Getting Help. I have made a
safeguarding referral to Humber Clee children's services (young carer and emotional harm), and spoken to the allocated social
worker, [[Daniel Pennington|name]] ([[01472 325 961|phone]]).

Yours sincerely,
Dr [[Priya Raman|name]], Consultant Child and Adolescent Psychiatrist
cc: Mrs [[Nicola Waltham|name]]; Mr [[Gareth Waltham|name]], [[11 Church Lane|address]], [[Tetney|place]]; [[D. Pennington|name]] (SW)
"""),
]

DOCS_D += [
    ("child in need review meeting record", """CHILD IN NEED REVIEW - RECORD OF MEETING
Children: [[Brook Waltham|name]] (13, UPN [[B812330622142|upn]]) and [[Harvey Waltham|name]] (7, NHS [[632 306 4804|nhs]])          Review
no. 1          Date: Mon [[7 December 2026|date]], 16:00
Venue: [[22 Tetney Road|address]], [[Humberston|place]] (grandparents' home)          Chair/SW: [[Daniel Pennington|name]]

Attendees: [[Nicola Waltham|name]] (mum, by phone from the Mental Health unit at first, then in person after leave agreed); [[Gareth
Waltham|name]] (dad); [[Maureen|name]] and [[Keith Hobson|name]] (maternal grandparents); [[Brook|name]] (first 20 minutes);
[[Ellen Croft|name]]
(CAMHS home treatment); Mrs [[Jess Drewery|name]] (Head of Year 9, [[Scartho Vale|school]]); Miss [[Amy Oldridge|name]] (Year 2 teacher,
[[Matthew Humberston|school]]); [[Sam Froggatt|name]] (Young Carers Service, Carers' Support Centre)
Apologies: [[Mick Tasker|name]] (care coordinator - report sent)

1. [[Brook|name]]'s views (in her words, written with [[Sam|name]] beforehand)
"I like being at nan and grandad's, it's calm and there's proper tea. I miss mum but I don't want to go home till she's better and
I don't want to be the one who has to ring the crisis team again. I want [[Harvey|name]] to stay with me. I want to keep doing netball.
Dad is OK but [[Kirsty|name]] (his girlfriend) doesn't want us every weekend, which is fine."
2. [[Harvey|name]]'s views (from Miss [[Oldridge|name]], drawing in class): a house with nan, grandad, [[Brook|name]] and the dog; mum "in
the hospital getting her medicine right"; dad "at [[Tetney|place]] with the chickens".
3. Progress since the plan ([[2 Dec|date]])
- [[Nicola|name]] was admitted informally to the Harrison House unit on [[3 December|date]] and has restarted lithium; leave is going well.
- Both children have lived with Mr and Mrs [[Hobson|name]] since [[26/11|date]]; private family arrangement agreed in writing on
[[1/12|date]].
- [[Brook|name]]: no self-harm since [[26 November|date]] by her account; seen weekly by [[Ellen|name]]; attendance 100% since the move,
  school bus from [[Humberston|place]] (the 9 to [[Scartho Top|place]]).
- [[Harvey|name]]: settled; grandad does the school run; has started bedwetting again (GP aware).
- Young carers assessment completed by [[Sam|name]] on [[4/12/26|date]]: [[Brook|name]] is a young carer; young carers' group on Thursdays.
4. Worries: [[Gareth|name]] worries the grandparents (in their late 60s, [[Keith|name]] with COPD) are "worn out", and asked about the
children coming to him in [[Tetney|place]]; [[Brook|name]] does not want that. Mrs [[Waltham|name]] fears the children "being taken off"
her. I
explained there is no plan for care proceedings; this is a child in need plan and the arrangement is the family's own.
5. Actions: DP - help [[Nicola|name]] claim PIP (NI [[SP 62 09 14 D|ni]]); DP - apply for a Section 17 payment for the grandparents (bunk
beds, school uniform); DP - make a referral for a
kinship carers' assessment of need; [[Ellen|name]] - continue weekly; [[Jess|name]] - a time-out card and a safe adult for [[Brook|name]];
[[Sam|name]] - Christmas trip for young carers on [[19 December|date]]; [[Nicola|name]] and Mr [[Tasker|name]] - a relapse plan that says
who looks after the children if she is unwell again.
Next review: [[3 March 2027|date]], same venue.
"""),
]

DOCS_D += [
    ("Instagram direct messages between two girls, from screenshots a friend's mother handed to the police", """Instagram DMs - typed by DC
[[Leah Fenwick|name]] from 11 screenshots given by Mrs [[Kerry Dowse|name]] on [[27/11/26|date]]
Account A: brook.w_x (display name "[[Brook|name]] 🦋")        Account B: summerrrr.d (display name "[[Summer Dowse|name]]")
Times as shown on the screenshots; the phone showed "Today" for [[26 Nov|date]].

[[24 Nov|date]] 21:02  summerrrr.d: u coming to [[jade|name]]s party sat?? her mum said we can have the garage
[[24 Nov|date]] 21:15  brook.w_x: cant. mums bad again. i have to do [[harv|name]]s tea and bath sat cos nobody else will
[[24 Nov|date]] 21:15  summerrrr.d: cant ur dad have him
[[24 Nov|date]] 21:17  brook.w_x: hes in [[tetney|place]] with [[kirsty|name]] playing happy families lol. he dont answer when its about mum
[[24 Nov|date]] 21:18  summerrrr.d: ur nan then??
[[24 Nov|date]] 21:20  brook.w_x: mum says if i tell nan shes ringing the social on herself. she made me promise
Today 19:41  brook.w_x: [[sum|name]]
Today 19:41  brook.w_x: r u there
Today 19:44  summerrrr.d: yh whats up
Today 19:45  brook.w_x: mum threw my phone at the wall this is [[harvey|name]]s ipad. she thinks im spying for dad. she hasnt slept since
             sunday and shes talking about people in the tv
Today 19:45  brook.w_x: i did the thing again. its worse this time
Today 19:46  summerrrr.d: [[BROOK|name]] where r u
Today 19:46  brook.w_x: bathroom. [[harvey|name]] is watching bluey. i dont want to wake up tomorrow tbh. dont tell ur mum
Today 19:47  summerrrr.d: im telling my mum im sorry ilysm
Today 19:47  summerrrr.d: whats ur address again is it [[9 springfield|address]]
Today 19:48  brook.w_x: dont
Today 19:50  summerrrr.d: my mum is ringing 999 and ur nan. stay on here with me. talk about anything. talk about mr [[drewery|name]]s wig
Today 19:52  brook.w_x: its not a wig hahaha
Today 19:58  brook.w_x: i can hear a car its my nan and grandad
Today 20:01  summerrrr.d: ily [[brookie|name]]. ur not on ur own
"""),
]

DOCS_D += [
    ("a grandmother's handwritten diary pages, given to the social worker and typed up", """Typed by [[D. Pennington|name]] from 3 pages of
Mrs [[Hobson|name]]'s diary (a W.H. Smith page-a-day) she gave me on [[4/12/26|date]] "so you
know what it's been like". Her words; crossings-out shown like this: [x ...]; a word I could not read: [?].

Thurs [[26th Nov|date]]
[[Kerry|name]] ([[Summer|name]]'s mum) rang at 7.50 - [[Brook|name]] has cut herself again & said she doesn't want to wake up.
[[Keith|name]] drove like a madman down [[Louth Road|address]]. Police already there. [[Nicola|name]] shouting at them in her nightie that
they were "from [[Gareth|name]]".
[[Harvey|name]] asleep on the settee with the iPad. Brought [[Harvey|name]] back here, [[Keith|name]] stayed with him. Me & [[Brook|name]]
in the ambulance to DPoW. The doctor (Dr [[Raman|name]]) was lovely, young Indian lady, talked to [[Brook|name]] like a person. Home 3am.

Fri [[27th|date]]
[[Brook|name]] slept till 12. [[Gareth|name]] came at 4 with his [x girlfriend] [[Kirsty|name]] - stood on the step, would not come in.
Said he "can't have them, he's on shifts at the refinery". Then why did he come. [[Keith|name]] told him straight. I had to go and
sit in the car. Rang [[Nicola|name]]'s nurse ([[Mick|name]]) - he is going round with the crisis team.
Mrs [[Dowse|name]] dropped [[Brook|name]]'s school bag and a card from [[Summer|name]] - "you are my person" - [[Brook|name]] cried.

Sat [[28th|date]]
Took both to [[Cleethorpes|place]] for chips on the front & the Pier. [[Harvey|name]] on the little train. [[Brook|name]] laughed for the
first time. Saw [[Pat Cammack|name]] from church on the prom - told her it was half-term [x lie] - [?] - I am not ashamed of my daughter's
illness but I don't want it all round [[Humberston|place]].

Sun [[29th|date]]
Church. Rev [[Alison|name]] prayed for "a family going through it" - no names, thank God. Visited [[Nicola|name]] in the afternoon
(they've moved her to a bed at Harrison House now). She knew us. She said "look after my babies Mam". I will.
[[Keith|name]]'s chest is bad with all this, he was up at 5 with his inhaler.

Mon [[30th|date]]
New nurse [[Ellen|name]] came for [[Brook|name]], stayed an hour. Nice girl. Mr [[Pennington|name]] (social worker) rang. Grandad took
[[Harvey|name]] to [[Matthew Humberston|school]] in his slippers!! Bought bunk beds from [[Dawn|name]] at [[no. 26|address]] on Facebook,
£40.
"""),
]


# --- E. Formela / Kreft family (Kashubian, from Poland), West Marsh, Grimsby ------------------------------------------------

HOME_E = d.Address("14 Stortford Street", "West Marsh", "Grimsby", "DN31 2AE")
STARKA_E = d.Address("ul. Gryfa Pomorskiego 12", "", "Chmielno", "83-333")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Jakub", "Formela"), ("Kuba", "Formela")], dt.date(2020, 5, 14), addresses=[HOME_E],
       ids=["4582623662", "X812210919196"], schools=["Boulevard Primary Academy"]),
    _p("s", "sibling", [("Aleksandra", "Formela")], dt.date(2016, 9, 2), addresses=[HOME_E], ids=["4425725344", "X812411320136"],
       schools=["Boulevard Primary Academy"]),
    _p("m", "mother", [("Agnieszka", "Formela")], dt.date(1991, 2, 8), addresses=[HOME_E], phones=["07455 281 630"]),
    _p("f", "father", [("Tomasz", "Formela")], dt.date(1987, 12, 19), addresses=[HOME_E], phones=["07881 604 217"],
       ids=["SK 70 25 31 A"]),
    _p("g", "grandparent", [("Gertruda", "Kreft")], dt.date(1958, 3, 27), addresses=[STARKA_E], phones=["+48 58 681 24 17"]),
    _p("p1", "professional", [("Kerry-Ann", "Wilmot")], phones=["01472 290 418"], emails=["kerry-ann.wilmot@humberclee.gov.uk"]),
], "c")

DOCS_E = [
    ("primary school welfare concern form with a body map, handwritten and scanned", """[[BOULEVARD PRIMARY ACADEMY|school]] - RECORD OF
WELFARE CONCERN (with body map)      (scanned; handwriting typed by DSL)
Child: [[FORMELA, Jakub|name]] ("[[Kuba|name]]")    Class: Reception / Y1 mixed - Puffins    DOB: [[14.05.20|dob]]
Date & time of concern: [[16/11/2026|date]] 08:55         Recorded by: Mrs [[Hollie Capes|name]] (class teacher)

What did you see / hear? (the child's own words exactly)
At the door [[Kuba|name]] had a red mark on his left cheek, about 3 fingers wide, going up towards the ear. I asked "what happened
to your face?" He said "tata klaps" and then "daddy cross because I broke the telly box" (I think he means the TV remote or the
Sky box). Then he said "[[Ola|name]] cried". [[Ola|name]] is his sister in Y5 ([[Aleksandra Formela|name]]).
Mum ([[Agnieszka|name]]) dropped him off; she speaks some English, she said "he fall in the bath" and hurried off to work (she works
at the Young's factory on the [[Pyewipe|place]] estate - early shift).

BODY MAP (front / back - marks drawn by hand on the figure):
 1. L cheek - red, raised, finger-like marks x3, approx 5 cm x 4 cm. No broken skin.
 2. R upper arm, back - 2 small round bruises, yellow/green (older?).
Photographs: NOT taken (school policy).

Action taken: passed to DSL Mr [[Piotr Nowicki|name]] at 09:05 (Mr [[Nowicki|name]] speaks Polish). [[Ola|name]] seen by Mr [[Nowicki|name]]
at 09:30 in Polish: she said tata "smacked [[Kuba|name]] one time" last night after tata came home from the "fabryka" and [[Kuba|name]] had
"broken the remote and the Netflix". She said "tata is never like this, he is tired, he works two jobs". She said
starka [[Gertruda|name]] (grandmother, in Kashubian - the family are Kashubian from near [[Kartuzy|place]]) would be "very
angry" with tata. Referral made to the IFD at 09:48 by phone (spoke to [[Pritpal Nijjar|name]]) and the online form at 10:20. Told to keep
both children in school; SW to come to school this afternoon.
Parent informed? Not yet - on IFD advice.

DSL signature: [[P. Nowicki|name]]     Date: [[16.11.2026|date]]    Time: 10:25
Follow-up: SW [[Kerry-Ann Wilmot|name]] and PC [[Tom Beercock|name]] at school 14:10 (see their record); interpreter
[[Marta Zielińska|name]] booked for the home visit (Language Empire).
"""),
]

DOCS_E += [
    ("section 47 home visit record with a telephone and in-person Polish interpreter", """SECTION 47 ENQUIRY - HOME VISIT RECORD
Children: [[Jakub|name]] ([[Kuba|name]]) [[FORMELA|name]] [[14/05/2020|dob]]; [[Aleksandra|name]] ([[Ola|name]]) [[FORMELA|name]]
[[02/09/2016|dob]]
Address: [[14 Stortford Street|address]], [[West Marsh|place]], [[Grimsby|place]] [[DN31 2AE|postcode]]
Date/time: Monday [[16 November 2026|date]], 17:45-19:10      Visit by: [[Kerry-Ann Wilmot|name]] (SW), PC 2093 [[Tom Beercock|name]]
Interpreter: [[Marta Zielińska|name]] (Polish; in person). The family's first language is Kashubian; both parents chose Polish for the
interview. Mr [[Formela|name]] also used some English.
Present: Mr [[Tomasz Formela|name]], Mrs [[Agnieszka Formela|name]], both children; a neighbour, Mrs [[Barbara Heneage|name]]
([[no. 12|address]]), left when we arrived.

The home: a two-bed terraced house, clean and warm, tidy. The children share the back bedroom (bunk beds, a Kashubian flag and a
picture of a church by a lake - "[[Chmielno|place]], where starka lives"). The TV remote was broken on the side; the Sky box had a cracked
lid.

Parents' account (through the interpreter). Mr [[Formela|name]] said he came home at 22:15 on [[15 November|date]] from his second job
(evening cleaning at the Freshney Place shopping centre) after his day shift at the fish processor. [[Kuba|name]] was awake and had
pulled the Sky box off the unit. He said he "smacked him one time on the face, with an open hand", then was "ashamed". He said he
had not hit the children before; "in my home in [[Kartuzy|place]], my father hit us with a belt, I promised I would never". He
cried. Mrs [[Formela|name]] said she did not tell the school the truth because she was frightened "the English social" would take the
children, as she had heard happened to a family "from [[Gdańsk|place]]" in [[Scunthorpe|place]]. She accepted the marks on his arm
were from [[Ola|name]] pulling him out of the road on [[Boulevard Avenue|address]] last week ([[Ola|name]] confirmed this alone).

Children seen alone (with interpreter; [[Kuba|name]] with [[Ola|name]] present at his wish). [[Kuba|name]]: showed me his Lego. "Tata was
cross. Tata said sorry. Tata made pancakes." Not frightened of his father. [[Ola|name]]: consistent with school account. She worries about
her dad's tiredness and money. She translates letters for her parents "all the time", including the school's letter about this.

Other information: paternal uncle [[Pioter Formela|name]] (Kashubian spelling) in [[Kartuzy|place]], [[+48 601 927 385|phone]]; maternal
grandmother [[Gertruda Kreft|name]], [[ul. Gryfa Pomorskiego 12|address]], [[83-333|postcode]] [[Chmielno|place]], landline
[[+48 58 681 24 17|phone]]. A family friend from church, [[Łucja Labuda|name]] ([[07307 445 982|phone]]), has offered to mind the children
after school. GP: Woodford Medical Centre.

Analysis and outcome agreed with my manager ([[Gemma Louth|name]]) by phone at 19:30: a single slap leaving a mark, admitted, remorseful;
no previous concerns; warm home. Outcome: s47 concluded, no further CP action; a child in need plan for support (parenting - the
"Incredible Years" group with a Polish-speaking worker; a benefits and working hours check; no more interpreting by [[Ola|name]]).
Police: no further action (advice).
"""),
]

DOCS_E += [
    ("a grandmother's letter in Kashubian and Polish, posted from Poland, with the interpreter's translation", """[Letter received by post
[[7 December 2026|date]]; envelope from [[Chmielno|place]], [[83-333|postcode]], Poland. Handwritten, in Kashubian
with some Polish. Original typed as written, then the translation by [[Marta Zielińska|name]] (Polish/Kashubian).]

[[Chmielno|place]], [[28.XI.2026|date]]
Szanowno Pani [[Wilmot|name]]!
Jô jem starka [[Kùbë|name]] ë [[Òlë|name]], mëmka [[Agnieszczi|name]]. Mòja córka mie pòwiedzała, że Pani bëła w jich chëczi w
[[Grimsby|place]]. Jô chcã Pani napisac, że mój zãc [[Tomôsz|name]] je dobri człowiek. Òn robi za dwùch, żebë dzecë miałë wszëtkò. Jô
wiém, że òn nie pòwinien béł biôc [[Kùbë|name]], ale òn to wié. Jegò òjc, stari [[Formela|name]] z [[Kartuz|place]], bił swòje dzecë - to
mòże je przëczëna. Jô sã mòdlã za nich w kòscele w [[Chmielnie|place]] co niedzelã.
Jeżlë to je mòżlëwé, niech [[Òla|name]] nie mùszi już tłómaczëc papiorów - òna je dzeckò. Latim jô przëjadã do [[Grimsby|place]] na trzë
miesące, [[Agnieszka|name]] mô wiedzec kiedë. Mój numer: [[+48 58 681 24 17|phone]], a [[Pioter|name]] mô [[+48 601 927 385|phone]].
Z Bògã, [[Gertruda Kreft|name]]
[[ul. Gryfa Pomorskiego 12|address]]

TRANSLATION
[[Chmielno|place]], [[28 November 2026|date]]
Dear Mrs [[Wilmot|name]],
I am the grandmother ("starka") of [[Kuba|name]] and [[Ola|name]], [[Agnieszka|name]]'s mother. My daughter told me you were in their house
in [[Grimsby|place]]. I want to write to you that my son-in-law [[Tomasz|name]] is a good man. He works for two so that the children have
everything. I know he should not have hit [[Kuba|name]], but he knows it. His father, old [[Formela|name]] from [[Kartuzy|place]], beat his
children - maybe that is the reason. I pray for them in the church in [[Chmielno|place]] every Sunday.
If it is possible, [[Ola|name]] should not have to translate papers any more - she is a child. In the summer I will come to
[[Grimsby|place]] for three months; [[Agnieszka|name]] will know when. My number: [[+48 58 681 24 17|phone]], and [[Pioter|name]] has
[[+48 601 927 385|phone]]. With God,
[[Gertruda Kreft|name]]
[[ul. Gryfa Pomorskiego 12|address]]

Interpreter's note: "[[Kùbë|name]]", "[[Òlë|name]]", "[[Agnieszczi|name]]" and "[[Tomôsz|name]]" are the Kashubian forms of [[Kuba|name]],
[[Ola|name]], [[Agnieszka|name]] and [[Tomasz|name]]; "[[Kartuz|place]]" and "[[Chmielnie|place]]" are [[Kartuzy|place]] and
[[Chmielno|place]] in Kashubian grammar.
"Starka" means grandmother. "Latim" means "in the summer". M.Z., [[7/12/2026|date]].
"""),
]

DOCS_E += [
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[FORMELA|name]] children        (Humber Clee Council; kept
by [[K-A Wilmot|name]], SW)
Children: [[Aleksandra|name]] "[[Ola|name]]" [[Formela|name]] (b. [[2 Sept 2016|dob]], [[Gdynia|place]]); [[Jakub|name]] "[[Kuba|name]]"
[[Formela|name]] (b. [[14 May 2020|dob]], DPoW, [[Grimsby|place]])
UPNs: [[X812411320136|upn]] ([[Ola|name]]); [[X812210919196|upn]] ([[Kuba|name]])     NHS: [[442 572 5344|nhs]] ([[Ola|name]]);
[[458 262 3662|nhs]] ([[Kuba|name]])

Date | Event | Source | Significance
2015 | Parents marry in [[Chmielno|place]]; live in [[Gdynia|place]] (father a welder at the shipyard) | mother | background
[[1 Mar 2018|date]] | Family move to [[Grimsby|place]]; first address [[Flat 2, 61 Cleethorpe Road|address]]; father works for an agency at
the fish docks (uncle [[Pioter|name]] already here, went home 2021) | mother | settled status granted 2021 (father's NI
[[SK 70 25 31 A|ni]])
[[14/05/2020|date]] | [[Kuba|name]] born at DPoW; HV [[Sue Cammack|name]]: "lovely attachment, mother isolated in lockdown" | HV record |
low
Sep 2021 | Move to [[14 Stortford Street|address]], [[West Marsh|place]] | council tax | -
[[03/10/2022|date]] | [[Ola|name]] (6) interprets at [[Kuba|name]]'s hospital appointment (ENT) - clinic notes say "sister translated;
  interpreter not booked" | NLaG letter | young carer (interpreting)
Jan 2024 | Father's hours cut; takes evening cleaning job at Freshney Place | father | money, tiredness
[[5 Sept 2025|date]] | [[Kuba|name]] starts Reception at [[Boulevard|school]]; attendance 96% | school | -
[[16 Nov 2026|date]] | Mark on [[Kuba|name]]'s L cheek; father slapped him ([[15/11|date]], 22:15). Referral by DSL [[P. Nowicki|name]] |
  school / IFD | HIGH - s47
[[16 Nov 2026|date]] | Strategy discussion ([[Gemma Louth|name]], DS [[Ian Dickinson|name]], [[P. Nowicki|name]]); joint visit same day |
strategy | s47
[[16 Nov 2026|date]] | Home visit with interpreter [[M. Zielińska|name]]; admitted, remorseful; children well | SW / police | NFA police
[[20 Nov 2026|date]] | s47 outcome: CIN plan. Letter to parents in Polish | SW | CIN
[[25 Nov 2026|date]] | [[Łucja Labuda|name]] (church friend) starts minding after school Mon-Thu | mother | protective
[[1 Dec 2026|date]] | Father starts Incredible Years group (Polish worker [[Dorota|name]], at the Family Hub, [[Nunsthorpe|place]]) |
Family Hub | engaged
[[7 Dec 2026|date]] | Letter received from maternal grandmother, [[Chmielno|place]] (translated) | grandmother | support
"""),
]


# --- F. Dlamini / Simelane family (Swazi, from Eswatini), Weelsby, Grimsby ---------------------------------------------------

HOME_F = d.Address("Flat 4, 112 Welholme Road", "Weelsby", "Grimsby", "DN32 9JE")
GOGO_F = d.Address("Plot 214, Fairview North", "Fairview", "Manzini", "M200")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Nomcebo", "Dlamini")], dt.date(2012, 6, 25), addresses=[HOME_F], ids=["5306321526", "G812202423111"],
       schools=["Havelock Academy"]),
    _p("s", "sibling", [("Lwazi", "Simelane")], dt.date(2018, 3, 9), addresses=[HOME_F], ids=["7385877745", "K812335716173"],
       schools=["Welholme Primary Academy"]),
    _p("m", "mother", [("Thandeka", "Dlamini")], dt.date(1989, 10, 3), addresses=[HOME_F], phones=["07723 918 054"],
       ids=["TH 15 82 40 B"]),
    _p("g", "grandparent", [("Ntombi", "Dlamini")], dt.date(1962, 1, 20), addresses=[GOGO_F], phones=["+268 7612 4839"]),
    _p("p1", "professional", [("Charlotte", "Ingamells")], phones=["01472 354 907"],
       emails=["charlotte.ingamells@humberclee.gov.uk"]),
], "c")

DOCS_F = [
    ("home care agency registered manager's email to the council about a worker's hours and her children, with the reply", """From:
[[Debbie Smalley|name]] <[[debbie.smalley@coastlinehomecare.co.uk|email]]>
Sent: [[18 November 2026|date]] 12:03
To: [[Charlotte Ingamells|name]] <[[charlotte.ingamells@humberclee.gov.uk|email]]>
Subject: RE: [[Thandeka Dlamini|name]] - your call this morning

Hi [[Charlotte|name]],

Thanks for ringing. As the registered manager I have to be careful what I share, but [[Thandeka|name]] has given me permission
in writing (attached) so here is what I can tell you.

[[Thandeka|name]] has worked for Coastline Home Care since [[14 March 2024|date]] as a senior carer on a Health and Care Worker
visa, which we sponsor. She is one of our best carers. Her contract is 37.5 hours but for the last three months she has been doing
between 60 and 72 a week, including double shifts and "sleep-ins" at a client's house in [[Laceby|place]] and another in
[[Waltham|place]]. I know this because I signed the rota. I am not proud of it - we are 11 carers short.

What worried our care coordinator, [[Precious Moyo|name]] (who is also from Southern Africa and goes to the same church), is that
when [[Thandeka|name]] does a sleep-in, her two children are on their own at the flat on [[Welholme Road|address]] overnight, with the
older girl (14) in charge of the boy (8). [[Precious|name]] told me on Monday that the girl, [[Nomcebo|name]], rang her at 01:30 on
Sunday [[15th|date]] because her brother had a nosebleed that would not stop and she did not want to "get Mama in trouble".
[[Precious|name]] drove round. It stopped by itself.

I raised it with [[Thandeka|name]]. She cried. She said if she does not take the hours she cannot pay the rent and the immigration
health surcharge and send money to her mother in [[Manzini|place]], and she is frightened that if she says no to hours we will stop
sponsoring her. I told her that is not how it works. From today she is on days only (07:00-15:00), no sleep-ins, max 48 hours.

Please do not ring her at work between calls - she is driving. Her mobile is [[07723 918 054|phone]].

Kind regards,
[[Debbie|name]]
[[Debbie Smalley|name]], Registered Manager, Coastline Home Care Ltd, [[Grimsby|place]]
[[01472 356 907|phone]]

-----Original Message-----
From: [[Charlotte Ingamells|name]]
Sent: [[18 November 2026|date]] 09:41
To: [[Debbie Smalley|name]]
Subject: [[Thandeka Dlamini|name]] - your call this morning

Dear Ms [[Smalley|name]], following our call, could you let me know Ms [[Dlamini|name]]'s working hours over the last three months,
with her consent (attached)? Many thanks, [[Charlotte Ingamells|name]], Social Worker, Children's Assessment Team, [[01472 354 907|phone]].
"""),
]

DOCS_F += [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47 Children Act 1989) - MINUTES
Child(ren): [[Nomcebo DLAMINI|name]] ([[25/06/2012|dob]], NHS [[530 632 1526|nhs]], UPN [[G812202423111|upn]]),
[[Lwazi SIMELANE|name]] ([[09/03/2018|dob]], NHS [[738 587 7745|nhs]], UPN [[K812335716173|upn]])
Address: [[Flat 4, 112 Welholme Road|address]], [[Weelsby|place]], [[Grimsby|place]], [[DN32 9JE|postcode]]
Date: [[20.11.2026|date]] 11:00 (Teams)      Chair: [[Lorna Tuplin|name]], Team Manager      Minutes: [[Zoe Clixby|name]]
Present: [[Charlotte Ingamells|name]] (SW); DS [[Ian Dickinson|name]] (Humberside Police, PVP); Mrs [[Grace Okafor|name]] (DSL,
[[Havelock Academy|school]]); Mr [[Lee Sturdy|name]] (DSL, [[Welholme Primary|school]]); [[Anne Marie Cragg|name]] (school nurse)

1. Information shared
SW: referral from Coastline Home Care ([[Debbie Smalley|name]], [[18/11|date]]) - mother working up to 72 hours, sleep-ins, children (14 and
8) alone overnight at least once a week since August. Nosebleed incident [[15/11|date]]; a church friend ([[Precious Moyo|name]]) attended.
Police: no trace on either parent. Mother's ex-partner, [[Sibusiso Simelane|name]] ([[Lwazi|name]]'s father), is believed to be in
[[Johannesburg|place]]; no contact since 2022. Mr [[Simelane|name]] has a South African number, [[+27 82 614 3390|phone]], from the school
file. [[Havelock|school]]: [[Nomcebo|name]] ("[[Cebo|name]]") - excellent attendance, top set, quiet; falling asleep in lessons this
half-term; told
her form tutor Mr [[Edwards|name]] she "does the night shift at home". Wants to be a doctor. Speaks siSwati, English and some Zulu.
[[Welholme|school]]: [[Lwazi|name]] - attendance 91%, often late, packed lunch done by his sister; no marks or injuries ever seen.
School nurse: [[Nomcebo|name]] is on the young carers list? - no, not known; height and weight normal.
2. Analysis: neglect by absence of supervision overnight, caused by working hours and fear about the visa, not by lack of care; no
physical harm; a capable girl carrying too much. The mother's own community (the Swazi families at the Pentecostal church in [[Freeman
Street|address]], led by Pastor [[Mandla Nxumalo|name]]) is a source of support.
3. Decision: threshold for s.47 NOT met. Single agency child and family assessment by SW, to be completed by [[18 December|date]], with an
offer of support: childcare for sleep-ins if they continue; a young carers' assessment for [[Nomcebo|name]]; a referral to the
Citizens Advice immigration and money adviser ([[Rukhsana Baig|name]]); early help in school.
4. Actions: SW to visit with the mother's agreement by [[24/11/2026|date]]; DS [[Dickinson|name]] - no further police action; schools to
share attendance weekly.
"""),
]

DOCS_F += [
    ("a family WhatsApp group in siSwati and English, exported by the girl and typed up with a translation", """[Exported by
[[Nomcebo|name]] from her phone on [[26/11/2026|date]] and emailed to her social worker at her own wish ("so you can see my
family is not bad"). Group: "[[Dlamini|name]] Family \U0001f1f8\U0001f1ff". Saved names as on her phone. Translations of siSwati in [square
brackets] by [[Thembi Mabuza|name]], a siSwati-speaking support worker from the Refugee and Migrant Forum, checked by [[Nomcebo|name]].]

[[16/11/2026|date]], 06:12 - Gogo: Sanibonani bantfwabami. Nkulunkulu anibusise lamuhla. [Hello my children. God bless you today.]
[[16/11/2026|date]], 06:15 - Malume [[Bongani|name]]: Yebo Gogo. Unjani [[Thandeka|name]]? Lomsebenti wakho ulungile? [Yes Gogo. How are you
[[Thandeka|name]]? Is your work OK?]
[[16/11/2026|date]], 07:40 - Make: Ngiyaphila malume. Ngikhatsele kakhulu. Bantfwana bayaphila. [I'm fine, uncle. I'm very tired. The
children are well.]
[[16/11/2026|date]], 07:41 - Make: \U0001f64f\U0001f3fe
[[16/11/2026|date]], 19:02 - [[Cebo|name]]: gogo [[lwazi|name]] had a nosebleed on saturday night it was scary but sisi [[precious|name]]
came. we are ok now
[[16/11/2026|date]], 19:10 - Gogo: Hhayi! Ubenakuphi make wakho? [No! Where was your mother?]
[[16/11/2026|date]], 19:11 - [[Cebo|name]]: at work gogo. the sleep in at [[laceby|place]]
[[16/11/2026|date]], 19:15 - Malume [[Bongani|name]]: [[Thandeka|name]] this is not right. Umntfwana akakhoni kugadza umntfwana. [A child
cannot look after a child.] Come home to [[Manzini|place]] if it is too hard. We have space at Gogo's in [[Fairview|place]].
[[16/11/2026|date]], 19:30 - Make: Malume I cannot come home. Imali ye visa. The school here is good for [[Cebo|name]]. I will fix it
[[16/11/2026|date]], 19:31 - Sisi [[Zanele|name]] ([[Mbabane|place]]): [[Thandi|name]] ngicela ungishayele. [Please call me,
[[Thandi|name]].] \U0001f494
[[16/11/2026|date]], 19:31 - Sisi [[Zanele|name]] ([[Mbabane|place]]): this is my new number [[+268 7845 2106|phone]]
[[16/11/2026|date]], 21:47 - [[Lwazi|name]]: hi gogo its [[lwazi|name]] on [[cebo|name]]s phone my nose is better. i got a star at school
\u2b50
[[16/11/2026|date]], 21:50 - Gogo: Ngiyakutsandza [[Lwazi|name]]. Lala kahle. [I love you, [[Lwazi|name]]. Sleep well.]
[[18/11/2026|date]], 16:20 - Make: Sanibonani. My manager [[Debbie|name]] says no more night shifts from today. \U0001f64f\U0001f3fe
Siyabonga Nkulunkulu. [We thank God.]
[[18/11/2026|date]], 16:22 - Gogo: Amen. Ngiyabonga [[Debbie|name]].
[[21/11/2026|date]], 10:05 - Malume [[Bongani|name]]: [[Thandeka|name]] the social worker will come? Be honest with them. In Eswatini
we would say umndeni. Tell them Gogo is here if they need her. Gogo's number is [[+268 7612 4839|phone]], mine is [[+268 2505 3917|phone]]
at the office in [[Mbabane|place]].
[[21/11/2026|date]], 10:09 - [[Cebo|name]]: malume they are coming tuesday. the lady is called [[charlotte|name]]. she is nice
[[21/11/2026|date]], 10:11 - Gogo: Kulungile. [Good.] [[Nomcebo|name]] ngiyakutsandza mntfwanami. [I love you, my child.]
"""),
]

DOCS_F += [
    ("a social worker's notes typed fast on her phone in the car after a visit, pasted in unedited", """notes - typed in car outside, tidy
later!! CI [[24/11/26|date]] HV [[welholme rd|address]] [[flat 4|address]] (1st floor, buzzer broken, bang on door). 16:10-17:35. seen:
mum [[thandeka|name]] (pls call me [[Thandi|name]]),
[[nomcebo|name]] ([[cebo|name]]), [[lwazi|name]]. also there [[precious moyo|name]] (church friend, coastline coordinator) - mum asked her
to stay

flat - 2 bed, clean, v cold (mum keeps heating off to save). kids share, mum sleeps on sofa. food in. pic of gogo on wall + a flag.
[[lwazi|name]] showed me his star chart from [[welholme|school]] + his football stuff (plays for a juniors team in [[humberston|place]] sat
mornings, coach [[gaz|name]]?? - [[Gary Skelton|name]] per mum)
[[cebo|name]] alone in her room 20 mins (dob [[25.6.12|dob]]): articulate, v mature, a bit guarded at first. says nights alone "like 5 or 6
times since summer", she locks door, puts chain on, keeps phone charged, has [[precious|name]] + mrs [[okafor|name]] numbers. scared of
the flat above ([[no. 6|address]]? man shouts, music at 3am - "[[Big Dave|name]]" per [[cebo|name]]). says she is tired, grades slipping
in maths, doesnt want mum to get in trouble or "be sent back". wants mum home at nights + to go to the [[havelock|school]] trip to
[[york|place]] in feb (£45).
mum: upset, honest. hrs now days only per [[debbie|name]] (agency). visa sponsored by agency - scared. sends £150/mth to gogo in
[[manzini|place]]. ex [[sibusiso|name]] no money no contact. wants help with childcare + money. agreed to everything.
ACTIONS - me: CAF/assessment, young carers ref for [[cebo|name]], CAB ref ([[rukhsana|name]]), ask housing re heating (HSG Fund), school
trip money from s17?, ring [[havelock|school]] re [[cebo|name]] maths + tired. [[lee sturdy|name]] re breakfast club for [[lwazi|name]].
next HV [[1/12|date]] 4pm. [[Thandi|name]] mob [[07723 918 054|phone]], NI [[TH158240B|ni]] (for the CAB form). gogo mob
[[+268 7612 4839|phone]] (mum ok w me calling if needed, speaks
english)
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 119 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:49 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse", "sister",
           "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mummy",
           "mam", "dad", "daddy", "aunty", "auntie", "uncle", "madam", "pastor", "sr", "rev", "babcia", "dziadek", "ciocia",
           "wujek", "pani", "pan", "starka", "stark", "ksiądz", "gogo", "make", "babe", "sisi", "bhuti", "malume", "mfundisi", "umfundisi"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lincolnshire", "lincs",
               "north east lincolnshire", "ne lincs", "north lincolnshire", "n lincs", "the humber", "humber", "yorkshire",
               "east yorkshire", "poland", "polska", "kashubia", "kaszëbë", "kaszuby", "pomerania", "pomorze", "eswatini",
               "swaziland", "south africa", "mzansi", "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (the Polish and Kashubian "babcia",
# "pani", "starka", the siSwati "Gogo", "Make", "Babe", "Sisi", "Bhuti", "Malume", "Mfundisi") and counties, regions and
# countries ("North East Lincolnshire", "the Humber", "Kashubia", "Kaszëbë", "Pomerania", "Eswatini", "South Africa").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
