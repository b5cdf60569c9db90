"""Set 52: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set50.py, redaction_set51.py, redaction_set53.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its docstring, its first document, its record layout and its closing
word lists and helpers; the layout and marking conventions followed here) and tests/test_redaction_set21.py in full; the
docstrings only of bench/redaction_set7.py to redaction_set49.py (printed with ast.get_docstring and searched, as printed
text, for the towns, districts and communities earlier sets used as a family's home; no earlier set's body was opened or
searched); the `_party`, `Records` and `HandSet` helpers of bench/redaction_handwritten.py; and the ruff settings in
pyproject.toml. Phone numbers were checked with
the phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record
constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of changes.
If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Gloucestershire, Worcestershire and Wiltshire, each from a town, district or estate no earlier set used as a
family's home (earlier sets had Matson, Tuffley, Gorse Hill, Church Hill, Studley Green and Tidworth). Four white British
families: a mother, her partner and two children in Hesters Way, Cheltenham, with a nan in Prestbury and a father in
Tewkesbury (Mustoe / Sparrow / Hale; a boy of 9 collecting and feeding his sister of 5, head lice, hunger, a girl of 5 locked
out at night and taken in by a neighbour, a voicemail nobody picked up); a mother, a boy of 14 and a toddler on the Comberton
estate in Kidderminster, with a nan in Bewdley and a toddler's father in Foley Park (Bromley / Pritchard; a boy missing to
Worcester and Birmingham, criminally exploited by a man of 19, domestic abuse by the mother's ex, a youth worker at a boxing
club); a father and two children in Cashes Green, Stroud, with a mother in Dursley whose surname is Stroud (Ball / Stroud; a
father's drinking and depression after redundancy, a girl of 11 caring for her brother of 7, late marks, a diary page). Two
from communities no earlier set used: a Venezuelan refugee family in Penhill, Swindon, with a father in Maracaibo and an aunt
in Carabanchel, Madrid (Rondón / Parra Rondón; a mother on night shifts, a boy of 12 minding his sister of 6 overnight, a
lodger, overcrowding, a father seeking the address; WhatsApp messages and voice notes in Spanish), and a family of
continuous-cruising boat dwellers on a narrowboat on the Kennet and Avon Canal between Bradford on Avon and Devizes, with a
nan in Frome (Merriman / Tapper; a girl of 3 burnt on the stove, no GP, a boy of 7 electively home educated and unknown to
services, a father's cannabis use, a mother's own letter). And a Nepali family of a former Gurkha soldier on Bemerton Heath,
Salisbury, with an uncle in Aldershot and a grandmother in Lamachaur, Pokhara (Gurung; a father's drinking, a slap and a
push on the last night of Tihar, a girl of 14 who self-harms, a boy of 8 who rings his uncle; names in Devanagari script). 24
documents, about half plain professional recording (a social work case note, child in need review minutes, a strategy
discussion record, a MASH contact record, a chronology, an initial child protection conference report, a home visit record
with an interpreter, an early help assessment, Team Around the Family minutes, a health visitor's contact record, a child and
family assessment summary) and the rest of types or styles no earlier set used where that could be checked: a primary
school's CPOMS-style incident export, a neighbour's voicemail transcribed by a contact centre adviser, a police return home
interview form, a boy's texts with his mother, his nan and his mother's ex typed up from screenshots, a youth worker's notes
typed fast on a phone, a girl's diary page scanned and OCR'd (with OCR errors), an email chain between two schools and a
social worker, a girl's Viber chat with her cousin in romanised Nepali, Devanagari and English, translated by the
interpreter, a school counselling referral form, WhatsApp messages and voice notes between sisters in Spanish, transcribed
and translated, a housing officer's email, a canal licence support officer's sighting log export, and a mother's
handwritten letter typed up.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address, boat and vehicle registration
(street names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Venezuela, Spain, Nepal, Hong Kong); NHS numbers and UPNs (LA numbers 916, 885, 865, 866) pass
their check digits; NI numbers have a valid format. Councils are invented (Severn and Cotswold, Wyre Vale, Avon Plain,
Swindon Vale), and so are Oakwood Lane Primary School and Pembroke Park Primary School and the boats (Lapwing, Otter's
Pocket); towns, districts, estates, villages, real schools, NHS bodies, hospitals, surgeries, police forces, charities,
churches, pubs, canals, locks, parks, stations, brands, apps, festivals and services are real or ordinary and stay unmarked
unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DS,
FF, Father (a priest), Watch Manager, Guru Ama, Nan, Nana, Nanna, Mum, Mummy, Buwa, Aama, didi, uncle, la señora, hermana, and
the Devanagari काका, आमा, बजै) stay outside the name span, before or after the name ("[[Sunita|name]] didi", "[[Hom|name]]
uncle", "[[होम|name]] काका", "[[Caro|name]] 🇪🇸 hermana"); a possessive 's and a bare s in a hurried note ("[[darren|name]]s",
"[[Fin|name]]s", "[[Jordan|name]]s") stay outside; every person's name is a name in every form, record or not, including a
section heading that is a person's name ("[[Poppy|name]]:") and a chat sender or contact saved under a person's name
("[[Kai|name]] 💙", "[[Yusmary|name]]:"), while a contact saved under a kinship word or a warning ("Mum", "DO NOT ANSWER") is
not. "SURNAME, First" is one span ("MUSTOE, Poppy", "BROMLEY, Kai", "TAPPER, Ashley John", "MERRIMAN, Skye"), and so is
"SURNAME First" ("RONDON Yusmary") and a surname pair in capitals ("PARRA RONDÓN"); an initial with a surname is one span and
so is a first name with an initial ("J Dobbs", "M. Pike", "J Wiltshire", "Isla-Rose K", "Kai K", "Willow B"); initials alone
("P", "K", "A", "CL") are not marked; an OCR-split name or place is one span ("Jor dan", "Durs ley", "Durs1ey"); a name,
an address or a place broken by a line break is one span holding the break ("Jordan\nKeen", "Ward 8,\nLamachaur", "Royal\nWootton
Bassett"). A street address is one span, its town a place, its postcode a postcode; a street named without a number is an
address, and so is a neighbour's bare flat or house number ("Flat 2", "no. 24", "no. 60") and an address abroad ("Calle de Oca
58", Carabanchel); towns, cities, villages, districts and estates are places, at home or abroad, in any case and any short
form ("Wuss", "wuster", "Kiddy", "Brum", "Bradford" for Bradford on Avon, "dines green", "st johns", "habberley"); countries,
counties and regions are not ("Gloucestershire", "Wiltshire", "Nepal", "Venezuela", "Inglaterra", "Hong
Kong"); organisations are not
marked even when they hold a town's name ("Cheltenham General", "Cheltenham West Team", "Hesters Way Neighbourhood Centre",
"Penhill Family Hub", "Gloucestershire Royal", "Locking Hill Surgery", "Moredon Medical Centre", "Wyre Forest Safeguarding
Team", "Gloucestershire Young Carers", "West Mercia"), but a service named by its town in lower-case words marks the town
("[[Stroud|place]] locality team", "[[Salisbury|place]] safeguarding team", "[[Devizes|place]] fire station", "the
[[Devizes|place]] surgery", "[[Seend|place]] surgery") and so does a town named after an organisation ("Royal United Hospital,
[[Bath|place]]"); a school's name is a school, and so is its short form ("Archway", "Baxter", "Oakwood Lane", "St Edmund's",
"Ridgeway", "Cashes Green" when it is the primary school); a date of birth is dob, any other calendar date with a day is date
(a weekday before it stays outside), a bare day in a diary or a note is a date ("the 25th", "Friday 6th"), and months and years
alone are not marked; pets' names (Tyson, Biscuit) are not names; parks, canals, locks, stations, theatres, pubs and bridges are
landmarks and stay unmarked (Stratford Park, the Kennet and Avon, Caen Hill, Foregate Street station, the Wharf Theatre, the
Barge Inn, Brook Bridge); a surname or first name that is also an English word, a county or a town is marked by what it refers
to (Dawn, River, Wren, Ash, Skye, Willow, Ball, Sparrow, Hook, Stroud, Wiltshire and Merriman are names when they are people,
and Stroud is a place when it is the town); a name in another script (Devanagari "अनिशा", "सीता", "होम") is a name.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a narrowboat's name is an
address wherever it appears ("Lapwing", "LAPWING", "Otter's Pocket"), since for a continuous cruiser it is the
home, as set 21's caravan was; the boat's index number and licence reference are references and are not marked, like a
tenancy reference; the places along the canal where the boat was sighted are places (Avoncliff, Hilperton, Semington, Sells
Green, Seend Cleeve, Foxhangers), while the canal, the lock flight and the aqueduct are landmarks; a phone number read out
in a voicemail is a phone; a kinship term of address used alone ("Aama", "Buwa", "बजै", "Negra" as an endearment, "Nan") is
not a name; a festival (Tihar) is not a date; the Brigade of Gurkhas and "gurkha families" are not marked; a number a
worker says "may be an old one" is still a phone; an Army Cadets detachment named by its place marks the place
("[[Churchfields|place]]"); a case, licence, missing-person, housing, interpreter (NRPSI) or data protection reference is not
marked.

Self-check without the detector: `python -m bench.redaction_set52` (and tests/test_redaction_set52.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,015 gold spans, 534 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mustoe / Sparrow family (white British), Hesters Way, Cheltenham ------------------------------------------------

HOME_A = d.Address("14 Coniston Road", "Hesters Way", "Cheltenham", "GL51 0PX")
NAN_A = d.Address("6 Blacksmith Lane", "Prestbury", "Cheltenham", "GL52 3DA")
DAD_A = d.Address("Flat 3, 27 Barton Street", "", "Tewkesbury", "GL20 5PR")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Poppy", "Mustoe")], dt.date(2021, 4, 9), addresses=[HOME_A], ids=["6024490208"],
       schools=["Oakwood Lane Primary School"]),
    _p("s", "sibling", [("Tyler-Jay", "Mustoe")], dt.date(2017, 2, 22), addresses=[HOME_A],
       ids=["6659376577", "K916247131820"], schools=["Oakwood Lane Primary School"]),
    _p("m", "mother", [("Kayleigh", "Mustoe")], dt.date(1996, 8, 30), addresses=[HOME_A], phones=["07794 318 026"],
       ids=["8867126741", "JT 26 81 47 B"]),
    _p("mp", "partner", [("Craig", "Sparrow")], dt.date(1991, 12, 5), addresses=[HOME_A], phones=["07521 684 093"]),
    _p("f", "father", [("Liam", "Hale")], dt.date(1994, 6, 17), addresses=[DAD_A], phones=["07887 206 451"]),
    _p("g", "grandparent", [("Beverley", "Mustoe")], dt.date(1970, 3, 3), addresses=[NAN_A], phones=["01242 583 917"]),
    _p("p1", "professional", [("Hannah", "Cotterell")], phones=["0300 456 7188"],
       emails=["hannah.cotterell@severncotswold.gov.uk"]),
], "c")

DOCS_A = [
    ("social work case note of an unannounced home visit", """SEVERN AND COTSWOLD COUNCIL - CHILDREN'S SOCIAL CARE
CASE NOTE    Child: [[Poppy MUSTOE|name]] (DOB [[09/04/2021|dob]])    Sibling: [[Tyler-Jay MUSTOE|name]] (DOB [[22/02/2017|dob]])
Note type: Home visit (unannounced)    Date of contact: Tuesday [[13 October 2026|date]], 15.40-16.55
Author: [[Hannah Cotterell|name]], Social Worker, Cheltenham West Team    Others present: [[Kayleigh Mustoe|name]] (mother),
[[Craig Sparrow|name]] (mother's partner, arrived 16.20), both children

Purpose: child in need visit following the school's concern of [[8 October|date]] (head lice untreated for several weeks, [[Poppy|name]]
hungry at breakfast club and taking food from other children's lunch boxes) and the missed paediatric appointment at
Cheltenham General on [[29 September|date]].

Visit: I knocked at [[14 Coniston Road|address]] at 15.40. [[Tyler-Jay|name]] (known as "[[TJ|name]]") opened the door. He said Mum was
"asleep upstairs because she's on nights" and that he had walked [[Poppy|name]] home from [[Oakwood Lane|school]] himself. He is 9.
[[Kayleigh|name]] came down after about five minutes. She apologised for the state of the front room (a pile of washing, two full
bin bags by the back door, dog mess on the kitchen floor from the Staffie, Tyson). She said she has started as a care assistant
at a nursing home in [[Charlton Kings|place]] three nights a week and [[Craig|name]] is supposed to collect the children.

[[Poppy|name]]: [[Poppy|name]] was in her school uniform, which was marked. Her hair has been treated since Thursday (nit comb on the side,
I saw it). She showed me her bedroom, which she shares with [[TJ|name]]; there is a bed each, duvets without covers, a broken
window catch. She said she likes "Miss [[Dobbs|name]]" at school and that "[[Craig|name]] shouts at the telly".

[[Tyler-Jay|name]]: quieter. He told me he makes toast for tea "when there's bread". He asked if he would be "in trouble" for
walking home along [[Princess Elizabeth Way|address]]. I told him no. He said his dad, [[Liam|name]], lives in [[Tewkesbury|place]] and he
sees him "sometimes on a Saturday" at the Maccies on the bypass.

[[Craig|name]]: Mr [[Sparrow|name]] came in at 16.20 in work clothes (he labours for a firm in [[Bishop's Cleeve|place]]). He said he did
not know he was meant to be collecting today. He was polite but said "we don't need you lot". No smell of alcohol or cannabis.

Nan: [[Kayleigh|name]]'s mum, [[Beverley Mustoe|name]] in [[Prestbury|place]] ([[01242 583 917|phone]]), used to have the children after
school but they "fell out in August". [[Kayleigh|name]] agreed I could ring her.

Agreed: [[Kayleigh|name]] will rebook the paediatric appointment today (I gave her the number) and sign the school's form so
both children can go to after-school club on her work nights; [[Craig|name]] will put his number on the school's contact
list ([[07521 684 093|phone]]); I will visit again on [[27 October|date]] and speak with [[Beverley|name]] before then.

Analysis: the home is poor but not dangerous; the concern is that a 9-year-old is routinely left to collect and feed a
5-year-old, and the children's health needs are drifting. Child in need plan to continue; review on [[5 November 2026|date]].
[[H. Cotterell|name]] [[13.10.26|date]]
"""),
    ("primary school safeguarding log export (CPOMS-style), printed", """CPOMS - Incident export
[[Oakwood Lane Primary School|school]]
Student: [[MUSTOE, Poppy|name]]      Year 1 (Kestrel class)      UPN: not shown on this report
Printed by: Mrs [[J Dobbs|name]] (DSL)   Printed: [[12/10/2026|date]] 09:14

------------------------------------------------------------------------------------------------
[[16/09/2026|date]] 08:52   Category: Neglect / Basic care     Added by: [[Ellie Pardoe|name]] (TA, breakfast club)
[[Poppy|name]] came to breakfast club with head lice crawling in her fringe. Said "Mummy has no shampoo". Ate 3 slices toast, asked
for more. Alerted: [[J Dobbs|name]]
Action ([[J Dobbs|name]], [[16/09|date]]): Letter home re head lice. Spoke to mum at gate pm, says will treat.

[[23/09/2026|date]] 12:30   Category: Neglect / Food     Added by: [[Sam Arkell|name]] (MDS)
P took a sandwich out of [[Isla-Rose K|name]]'s lunch box in the hall. When asked said she was "starvin". Packed lunch = one
packet of crisps. Given school dinner.
Action ([[J Dobbs|name]]): Free school meals form given to mum again (eligible?).

[[01/10/2026|date]] 15:20   Category: Collection      Added by: Mr [[T Okafor|name]] (Yr 1 teacher)
No adult at 3.15. Brother [[Tyler-Jay|name]] (Yr 5) collected at 3.35. Rang mum [[07794 318 026|phone]] x2, no answer. Rang [[Craig|name]]
(step dad?) - said he was "on his way" but did not come. Brother walked her home. Mum rang back 4.10 - "it's fine he does
it all the time".
Action ([[J Dobbs|name]]): Collection policy reminder sent. Discussed with [[Hannah|name]] at MASH? - NO, open to CSC already,
emailed SW [[hannah.cotterell@severncotswold.gov.uk|email]].

[[08/10/2026|date]] 09:05   Category: Neglect / Health     Added by: [[J Dobbs|name]] (DSL)
Lice again, worse, scalp sore and scabbed. P says [[Tyler|name]] "does the nits" but they keep coming back. [[Poppy|name]] also said
"[[Craig|name]] threw the remote and it hit the dog" (no injury to P seen). Body map NOT needed. Referral updated to CSC (call
to SW 09:40). Nanna [[Bev|name]] not on contact list since Aug.

[[09/10/2026|date]] 10:30   Category: Attendance    Added by: [[Karen Hook|name]] (attendance)
P at 88.1% (target 96%). 4 lates this half term, all Mondays.
------------------------------------------------------------------------------------------------
"""),
    ("neighbour's voicemail to the council contact centre, transcribed by an adviser", """Customer Contact Centre - voicemail transcription
(verbatim as far as possible)
Line: Children's front door (0300 number)      Left: Sunday [[18 Oct 2026|date]] 21:47      Transcribed: [[19/10/26|date]] 08:20 by
[[Paige|name]] (adviser 4471)
Caller's number: [[07931 570 264|phone]] (withheld? - no, shown)

"Hiya, um, I don't know if this is the right number, it's about next door, the kids at fourteen, [[Coniston Road|address]], in
[[Hesters Way|place]]. My name's [[Dawn|name]], [[Dawn Ashby|name]], I'm at number 12, [[12 Coniston Road|address]], the other side from
the garages. It's gone half nine and the little girl, [[Poppy|name]], she's out the front in her nightie, no shoes, she's been
banging on the door crying for her mum for like twenty minutes. I think the mum's at work cos she does nights now. The
boyfriend, [[Craig|name]], his van's not there. The boy, [[TJ|name]], I can hear him inside shouting at her to stop. I've brought her in
mine for now, she's on my settee with a biscuit. I've rung the mum, her number's [[07794 318026|phone]]
I think, nothing. Um. I don't want to get nobody in trouble but this is the third time. Last time Mr [[Singh|name]] from the shop on
[[Hesters Way Road|address]] brought her home. If somebody could ring me back on this number. Or I'm in. Thanks, bye."

Adviser action: passed to the Emergency Duty Team at 08:25 (message was left out of hours and not picked up until this
morning; EDT were not told on the night). EDT log: [[Kim Fellows|name]] (EDT SW) says no record of a call on [[18/10|date]].
Forwarded to [[Hannah Cotterell|name]] and to Cheltenham West Team duty.
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW MEETING - MINUTES
Children: [[Poppy Mustoe|name]] (5) and [[Tyler-Jay Mustoe|name]] (9)      Date: [[05.11.2026|date]]      Venue: Hesters Way
Neighbourhood Centre, [[Cassin Drive|address]]      Chair: [[Rachel Vines|name]] (Team Manager)
Present: [[Kayleigh Mustoe|name]] (mother); [[Beverley Mustoe|name]] (maternal grandmother); [[Hannah Cotterell|name]] (SW);
[[Jo Dobbs|name]] (DSL, [[Oakwood Lane Primary|school]]); [[Priya Nandra|name]] (school nurse, [[07708 346 915|phone]]);
[[Martin Lees|name]]
(Early Help family worker). Apologies: [[Craig Sparrow|name]] (working); [[Liam Hale|name]] (father - not invited by mother's
request, see below).
Minutes: [[Sue Clissold|name]] (business support)

1. Since the last meeting. [[Hannah|name]] summarised: the visit of [[13 October|date]]; the voicemail from a neighbour on
[[18 October|date]] ([[Poppy|name]] locked out at night; a neighbour took her in); the strategy discussion on [[20 October|date]] (threshold
for section 47 not met; CIN plan strengthened). [[Kayleigh|name]] said she has stopped the night shifts and is on days at the
home in [[Charlton Kings|place]], 9-3, and that [[Craig|name]] "moved back to his mum's in [[Springbank|place]]" on [[24 October|date]].

2. School. [[Jo|name]] said [[Poppy|name]] has had no lice for two weeks, attends breakfast club every day and has free school meals
since [[2 November|date]]. Attendance up to 91.4%. [[TJ|name]] is "a different boy" since he no longer has to do the pick up, but has
been upset in class about his dad.

3. Health. [[Priya|name]]: paediatric appointment rebooked for [[19 November|date]] (soiling and poor weight gain); [[Poppy|name]] is on
the 9th centile. Dental check overdue for both children.

4. Family. [[Beverley|name]] will collect the children on Tuesdays and Thursdays from [[Oakwood Lane|school]] and have them at her house,
[[6 Blacksmith Lane|address]], [[Prestbury|place]], until [[Kayleigh|name]] finishes. [[Kayleigh|name]] asked that [[Liam|name]] not be told
where the
children go to school because of what happened in [[Tewkesbury|place]] in 2022 (police call-out, no charge). [[Hannah|name]] explained
that [[Liam|name]] has parental responsibility and must be consulted; she will ring him ([[07887 206 451|phone]]) herself.

Actions: [[Kayleigh|name]] - dentist for both by [[30/11|date]]. [[Martin|name]] - weekly family sessions (routines, food on a budget).
[[Hannah|name]] - talk with [[Liam Hale|name]] and with [[Craig|name]]; visit [[Craig|name]]'s mum's address? (not needed if he is not
living in the home). Next review: Thursday [[7th January 2027|date]] at 10.00, same venue.
"""),
]


# --- B. Bromley / Pritchard family (white British), Comberton, Kidderminster --------------------------------------------

HOME_B = d.Address("31 Chestnut Grove", "Comberton", "Kidderminster", "DY10 3QE")
NAN_B = d.Address("2 Lax Lane", "", "Bewdley", "DY12 2DZ")
DAD_B = d.Address("45 Tenbury Road", "Foley Park", "Kidderminster", "DY11 6EX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kai", "Bromley")], dt.date(2012, 1, 14), addresses=[HOME_B], ids=["5705468059", "Q885216393488"],
       schools=["Baxter College"]),
    _p("s", "sibling", [("Ruby-Mae", "Pritchard")], dt.date(2024, 5, 2), addresses=[HOME_B], ids=["2253715204"]),
    _p("m", "mother", [("Jodie", "Bromley")], dt.date(1993, 10, 21), addresses=[HOME_B], phones=["07456 912 738"],
       ids=["2735003531"]),
    _p("f", "father", [("Darren", "Pritchard")], dt.date(1989, 7, 8), addresses=[DAD_B], phones=["07462 819 305"],
       ids=["NP 44 19 72 C"]),
    _p("g", "grandparent", [("Sandra", "Bromley")], dt.date(1966, 9, 12), addresses=[NAN_B], phones=["01562 743 218"]),
    _p("p1", "professional", [("Owen", "Hadley")], phones=["01905 614 273"], emails=["ohadley@wyrevale.gov.uk"]),
], "c")

DOCS_B = [
    ("police return home interview form after a missing episode", """WEST MERCIA POLICE / WYRE VALE COUNCIL - RETURN HOME INTERVIEW (RHI) -
PART B
Young person: [[BROMLEY, Kai|name]]        DOB: [[14-01-2012|dob]]     Age: 14     Gender: M
Address: [[31 Chestnut Grove|address]], [[Comberton|place]], [[Kidderminster|place]] [[DY10 3QE|postcode]]
School: [[Baxter College|school]] (Y10)     Missing from: home     Missing log: 22/MIS/77104
Reported missing: [[17/10/2026|date]] 23:10 by mother     Found: [[19/10/2026|date]] 06:35
Found at: [[Worcester|place]] Foregate Street station, by BTP, with an older male (not detained)
Interviewer: [[Owen Hadley|name]], Missing and Exploitation Practitioner     Interview date: [[21/10/2026|date]]     Where: Maccas
[[Blackwell Street|address]] (his choice)

Q1 Where did you go?  "[[Wuss|place]] mostly. Then a flat in [[Dines Green|place]] I don't know the number. Then [[Brum|place]] for like one
night, [[Digbeth|place]]." ([[Wuss|place]] = [[Worcester|place]] - his word.) Said he travelled on the train from [[Kiddy|place]] with
"[[Tay|name]]", who is
"about 19". Would not give [[Tay|name]]'s full name. Another lad, "[[Reece|name]] from [[Stourport|place]]", was there.
Q2 What did you do?  "Chilled. Played Xbox." Later: "I had to hold some stuff for [[Tay|name]] but I never sold nothing."
Q3 Did anyone hurt you?  "No." Has a graze on left cheek: "fell off a scooter." Phone was taken off him "cos it was dead".
Q4 Where did you sleep?  "On a settee at [[Tay|name]]'s cousin's. She's called [[Shanice|name]] or [[Chanise|name]]."
Q5 Who knew where you were?  Messaged his nan [[Sandra|name]] on Sat night "im ok dont tell mum".
Q6 Anything at home?  Does not get on with mum's ex, [[Darren|name]] ([[Ruby-Mae|name]]'s dad), who "turns up pissed and kicks off".
Last time was "the Wednesday before" - [[14 October|date]]. [[Kai|name]] said he stood in front of his mum.
Q7 What would help?  "Get me moved out of [[Baxter|school]]. Everyone knows." Wants to do boxing at the club on
[[Offmore Road|address]].

Risks identified: CCE (held "stuff"; unknown male aged ~19; travel to [[Worcester|place]] and [[Birmingham|place]]); DA in the home;
NEET risk (part-time timetable since Sept). Vehicle seen: grey Golf [[KX68 NVW|vehicle]] dropped [[Tay|name]] at the station (BTP CCTV).
Shared with: DS [[Carla Nott|name]] (Exploitation Hub); SW [[Aimee Boswell|name]]; DSL at [[Baxter|school]], Mr [[Purslow|name]].
Signed: [[O. Hadley|name]]    Date: [[21.10.26|date]]
"""),
    ("a boy's text messages with his mother and nan, typed up from screenshots", """Typed up by [[Aimee Boswell|name]] (SW) from screenshots
[[Jodie|name]] showed me on [[20/10/2026|date]]. Spelling as in the
originals. Contact names as saved on [[Jodie|name]]'s phone. ([[Kai|name]]'s phone was taken; these came from mum's.)

--- "[[Kai|name]] 💙" ---
Sat [[17 Oct|date]]
22:41 Me: where r u its gone half 10
22:58 Me: [[kai|name]] answer ur phone now
23:02 [[Kai|name]] 💙: at [[jacobs|name]]
23:03 Me: no ur not i rang his mum
23:40 Me: im ringing the police [[kai|name]]
Sun [[18 Oct|date]]
07:12 Me: please just tell me ur safe
11:30 [[Kai|name]] 💙: im safe stop ringing
11:31 [[Kai|name]] 💙: im with [[tay|name]] its fine hes sound
11:31 Me: who the fuck is [[tay|name]]
14:20 Me: nan is crying her eyes out
19:05 [[Kai|name]] 💙: tell nan im sorry. tell [[ruby|name]] night night x
Mon [[19 Oct|date]]
06:50 Me: police have got u thank god. coming to [[wuster|place]] now

--- "Mum" (on [[Jodie|name]]'s phone this is her mum, [[Sandra Bromley|name]]) ---
Sat [[17 Oct|date]]
23:15 Mum: hes messaged me he says hes ok he wont say where
23:16 Me: mum u have to tell me
23:18 Mum: i dont know love. he said a mates in [[worcester|place]]. [[dines green|place]] or sumthing
23:20 Mum: i'll ring [[pat|name]] her grandsons in [[st johns|place]]
Sun [[18 Oct|date]]
09:02 Mum: [[pat|name]] said theres a lad called [[reece|name]] from [[stourport|place]] who the police picked up before
09:03 Mum: dont let [[darren|name]] near when [[kai|name]] comes home

--- "DO NOT ANSWER" (this is [[Darren Pritchard|name]], [[07462 819 305|phone]]) ---
Sun [[18 Oct|date]]
16:33: heard ur lad has gone missing again. ur a joke of a mother
16:34: im coming for [[ruby mae|name]]
16:58: answer the door [[jodie|name]]
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION - RECORD      Held by Teams, [[22 October 2026|date]], 10:00-10:50
Subject: [[Kai Bromley|name]] (b. [[14.01.2012|dob]]), [[31 Chestnut Grove|address]], [[Kidderminster|place]]. Sibling:
[[Ruby-Mae Pritchard|name]] (b. [[02.05.2024|dob]]). NHS ([[Kai|name]]): [[570 546 8059|nhs]]. UPN: [[Q885216393488|upn]].
Chair: [[Lorraine Beddoes|name]], Team Manager, Wyre Forest Safeguarding Team
Attendees: [[Aimee Boswell|name]] (SW); DS [[Carla Nott|name]] (West Mercia, Exploitation Hub); [[Owen Hadley|name]] (Missing and
Exploitation
Practitioner); Mr [[Stuart Purslow|name]] (DSL, [[Baxter College|school]]); [[Helen Yarnold|name]] (HV, for [[Ruby-Mae|name]]); Dr
[[Bukola Ade|name]] (named GP, by phone)

Information shared
Police: [[Kai|name]] found with a male believed to be [[Taylan OZER|name]] (19, address in [[Warndon|place]]), known for supply of class A
in [[Worcester|place]] and [[Droitwich|place]]. A phone recovered from [[Ozer|name]] has a contact "[[Kai K|name]]" and messages about
"shifts". Vehicle [[KX68 NVW|vehicle]] registered to a woman in [[Dines Green|place]]. Three DA call-outs to [[Chestnut Grove|address]] this
year: [[9 March|date]], [[30 June|date]], [[14 October|date]]; the
last with [[Darren Pritchard|name]] arrested for criminal damage (front door), released under investigation, bail conditions
not to attend.
School: part-time timetable since [[7 September|date]]; two fixed-term suspensions (vape, fighting). [[Kai|name]] has asked for a move.
Health: [[Ruby-Mae|name]] up to date with jabs; HV saw bruise on [[Jodie|name]]'s arm at the 2-year check ([[1 October|date]]), she said
"door".
Family: maternal grandmother [[Sandra Bromley|name]] in [[Bewdley|place]] ([[01562 743 218|phone]]) a protective factor.

Decision: section 47 enquiry (single agency CSC with police input) for [[Kai|name]] (CCE) and for [[Ruby-Mae|name]] (DA). NRM referral
for [[Kai|name]] by [[Aimee|name]]. Police to apply for a Child Abduction Warning Notice against [[Ozer|name]]. Disruption visit to the
[[Dines Green|place]] address. Next meeting [[29/10/26|date]].

Contacts: [[Jodie Bromley|name]] (mother) [[07456 912 738|phone]]; [[Sandra Bromley|name]] (nan), [[2 Lax Lane|address]], [[Bewdley|place]]
[[DY12 2DZ|postcode]]; [[Darren Pritchard|name]] (father of [[Ruby-Mae|name]]), [[45 Tenbury Road|address]], [[Foley Park|place]] - NOT to
be
told of the plan before police have spoken with him; [[Aimee Boswell|name]] [[aimee.boswell@wyrevale.gov.uk|email]]; [[Owen Hadley|name]]
[[ohadley@wyrevale.gov.uk|email]], [[01905 614 273|phone]]; DS [[Nott|name]] via the Hub inbox.
Recorded by: [[Sophie Lamb|name]] (business support), [[22/10/2026|date]].
"""),
    ("youth worker's notes typed fast on a phone, pasted into the case file", """from my phone - [[Kai|name]] sessions - [[Ellis|name]]
(youth wkr, boxing proj)
[[27/10|date]] met K at club [[offmore rd|address]] 4pm. v quiet. hands ok. said mum "cool now" [[darren|name]] not been round. nan
[[sandra|name]] picked him up 5.30 in her blue micra
[[29/10|date]] K didnt show. txt him. said "at nans in [[bewdley|place]]" - rang nan [[07983 615 240|phone]]?? wrong no. (nan landline
on file is diff) - he WAS there, [[sandra|name]] confirmed on the landline
[[3/11|date]] K + his mate [[jacob|name]] ([[jacob wheeler|name]]? lives on [[comberton|place]] too) sparring. K talked about [[tay|name]]:
"he still messages me off a different number" - told him to screenshot + tell [[aimee|name]]. he said "snitches" then laughed
[[5/11|date]] bonfire night at the stadium - K came w [[ruby mae|name]] + mum. all good. [[jodie|name]] said [[darren|name]]s solicitor rang
her
[[10/11|date]] K asked if he cd do the level 1 coaching. said yes. start Sat [[21st|date]]
[[12/11|date]] K told me a lad "[[Skinner|name]]" from [[habberley|place]] owes [[tay|name]] money and [[tay|name]] wants K to "sort it".
scared. told [[Aimee|name]] straight away 5.15 + DS [[nott|name]] by email
"""),
]


# --- C. Ball / Stroud family (white British), Cashes Green, Stroud, with a mother in Dursley ------------------------------

HOME_C = d.Address("58 Cashes Green Road", "Cashes Green", "Stroud", "GL5 4NN")
MUM_C = d.Address("9 Kingshill Road", "", "Dursley", "GL11 4EJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Willow", "Ball")], dt.date(2015, 6, 28), addresses=[HOME_C], ids=["5409417305", "X916227317565"],
       schools=["Archway School"]),
    _p("s", "sibling", [("Finley", "Ball")], dt.date(2019, 3, 6), addresses=[HOME_C], ids=["5592888244"],
       schools=["Cashes Green Primary School"]),
    _p("f", "father", [("Gareth", "Ball")], dt.date(1984, 11, 19), addresses=[HOME_C], phones=["07846 203 571"],
       ids=["4515792083"]),
    _p("m", "mother", [("Amber", "Stroud")], dt.date(1990, 2, 4), addresses=[MUM_C], phones=["07412 958 307"]),
    _p("p1", "professional", [("Ffion", "Rudge")], phones=["01453 761 842"], emails=["ffion.rudge@severncotswold.gov.uk"]),
], "c")

DOCS_C = [
    ("MASH contact and referral record", """MULTI-AGENCY SAFEGUARDING HUB - CONTACT RECORD       Contact ID: 2026-118342
Received: [[03/11/2026|date]] 11:06 (online referral form)    Referrer: Ms [[Lucy Hamblin|name]], DSL, [[Archway School|school]],
[[Stroud|place]]
Referrer phone / email: [[01453 761 842|phone]] - wrong, that is our team's number; referrer's number not given;
[[l.hamblin@archway.gloucs.sch.uk|email]]
Child: [[Willow BALL|name]]   DOB [[28/06/2015|dob]]   Year 7    UPN [[X916227317565|upn]]   NHS [[540 941 7305|nhs]]
Sibling: [[Finley BALL|name]]   DOB [[06/03/2019|dob]]   [[Cashes Green Primary|school]], Year 3
Address: [[58 Cashes Green Road|address]], [[Stroud|place]], [[GL5 4NN|postcode]]    Lives with: father, [[Gareth Ball|name]]
([[07846 203 571|phone]])
Mother: [[Amber STROUD|name]], [[9 Kingshill Road|address]], [[Dursley|place]] [[GL11 4EJ|postcode]] - PR, contact "on and off"

Reason for contact (referrer's words): "[[Willow|name]] told her tutor Mr [[Gabb|name]] on [[2nd November|date]] that she does all the
cooking and
gets [[Finley|name]] up and to school because Dad 'can't get up' since he lost his job at the mill in [[Nailsworth|place]] in June. She
said Dad drinks 'the big cans' and cries. On [[31 October|date]] he fell on the stairs and she had to ring her mum, who came
from [[Dursley|place]] and took [[Finley|name]] for the night. [[Willow|name]] has been late 14 times this term and fell asleep in maths.
She asked us not to tell Dad she told. She said her mum's partner [[Jordan|name]] 'doesn't want us there'."
Known to CSC: No previous involvement. Early Help: none. Police: one incident, [[31/10/2026|date]], ambulance called to the home
by a neighbour, Mrs [[Glenys Hook|name]] at [[no. 60|address]]; male fallen, intoxicated, not conveyed.
Health (GP, Dr [[A Whitworth|name]], Locking Hill Surgery): [[Gareth|name]] seen [[Sept 14th|date]], low mood, sertraline started.
Consent: father not yet told (referrer concerned about [[Willow|name]]'s safety if told before she is seen).

MASH decision ([[03/11/26|date]] 15:40, [[Ffion Rudge|name]], MASH SW): Level 3 - child and family
assessment (young carer, neglect, parental alcohol use). Allocate to [[Stroud|place]] locality team. See [[Willow|name]] at school first,
with Ms [[Hamblin|name]], then home visit. Young carers referral to Gloucestershire Young Carers with consent.
"""),
    ("a girl's diary page scanned and OCR'd, given to her social worker", """[scanned from a lined notebook page, given by [[Willow|name]]
to SW [[Tom Bevan|name]] on [[10/11/2026|date]]; OCR text below,
OCR errors left in; [[Willow|name]] said I could put it in her file]

Thursday [[5th Novenber|date]]
Did [[Fin|name]]s packed lunch (ham, crisps, a yogurt) and his readin record and took him to school. Dad didnt wake up. Got to
[[Archway|school]] at 9.20 again and Mrs [[Hamblin|name]] sent me to the office for a late mark. I HATE the late mark. [[Mia|name]] and
[[Tegan|name]] were laughing. Tonight Mum rang and said we can go to hers in [[Durs1ey|place]] at the weekend but [[Jor dan|name]]
says only [[Fin|name]] cos of the room. [[Fin|name]] cried and said he wont go without me.

Friday [[6th|date]]
Dad got up!! He made pancakes. He said he is going to see a man called [[Rob|name]] at Recovery something in [[Stroud|place]] on
Monday. He said sorry about the stairs. I said its ok. It isnt ok but I said it. Nana [[Pat|name]] would of told him off
but shes dead (2023). Went to Stratford Park with [[Fin|name]], the pool was shut.

Saturday [[7 th|date]]
Mum didnt come. She texted "sorry babe next week [[Jordan|name]]s car is broke". [[Fin|name]] asked where [[Durs ley|place]] is on the map.
I showed him on my phone its only 20 mins. Dad bought cans again but only 4. I counted them. I put the empties in
Mrs [[Hook|name]]s recycling so the bin man dont see.

If anyone reads this I dont want [[Fin|name]] to go in care. I can do it. I just need to not be late.
[[Willow B|name]]
"""),
    ("chronology of significant events", """CHRONOLOGY OF SIGNIFICANT EVENTS - [[Willow Ball|name]] ([[28.06.2015|dob]]) and
[[Finley Ball|name]] ([[06.03.2019|dob]])
Compiled by [[Tom Bevan|name]] (SW, [[Stroud|place]] locality) for the child and family assessment. Sources in brackets.

Date            | Event                                                                    | Source
[[19.11.1984|dob]]      | Father [[Gareth Ball|name]] born, [[Cainscross|place]].                                   | Birth cert.
[[04.02.1990|dob]]      | Mother [[Amber Stroud|name]] born, [[Cam|place]], near [[Dursley|place]].                     | GP
[[28.06.2015|dob]]      | [[Willow|name]] born, Gloucestershire Royal. Parents living at [[Cashes Green Road|address]].   | HV
[[06.03.2019|dob]]      | [[Finley|name]] born. HV notes "home warm, Dad very hands-on".                  | HV
[[12.01.2022|date]]      | Parents separate. [[Amber|name]] moves to [[Kingshill Road|address]], [[Dursley|place]], with new partner
[[Jordan
Keen|name]]. Children stay with [[Gareth|name]]; no court order.                  | GP / school
[[21.03.2023|date]]      | Paternal grandmother ([[Patricia Ball|name]], "Nana [[Pat|name]]") dies. She did the school runs.     | school
[[30.06.2026|date]]      | [[Gareth|name]] made redundant from the felt mill at [[Nailsworth|place]] after 19 years.             | father
[[14.09.2026|date]]      | GP: low mood, drinking "a few cans a night"; sertraline.                 | GP
Sept-Oct 2026   | [[Willow|name]] late 14 times; [[Finley|name]] late 6 times, twice with no PE kit, once no coat.      | schools
[[31.10.2026|date]]      | [[Gareth|name]] falls on stairs, intoxicated. Neighbour ([[60 Cashes Green Road|address]]) rings 999.  | SWASFT
                | [[Willow|name]] rings mother; [[Amber|name]] takes [[Finley|name]] overnight.                          |
[[02.11.2026|date]]      | [[Willow|name]] tells tutor she is doing all the caring.                            | [[Archway|school]]
[[03.11.2026|date]]      | MASH: Level 3.                                                           | MASH
[[05.11.2026|date]]      | SW sees [[Willow|name]] at school with Ms [[Hamblin|name]].                                     | SW
[[06.11.2026|date]]      | Home visit; [[Gareth|name]] tearful, agrees to referral to the alcohol service in [[Stroud|place]].  | SW
[[09.11.2026|date]]      | [[Gareth|name]] attends first appointment with [[Rob Fewster|name]], Change Grow Live.     | CGL
[[13.11.2026|date]]      | [[Amber|name]] rings SW from [[07412 958 307|phone]]: will have both children alternate weekends.    | mother
"""),
    ("emails between the school and the social worker, printed as a chain", """From: [[Tom Bevan|name]]
<[[tom.bevan@severncotswold.gov.uk|email]]>
Sent: [[16 November 2026|date]] 17:02
To: [[Lucy Hamblin|name]] <[[l.hamblin@archway.gloucs.sch.uk|email]]>; [[Sian Gabb|name]] <[[s.gabb@archway.gloucs.sch.uk|email]]>
Cc: [[Bethan Ricketts|name]] <[[headteacher@cashesgreen.gloucs.sch.uk|email]]>
Subject: RE: RE: [[Willow|name]] and [[Finley|name]] - mornings

Hi [[Lucy|name]], [[Sian|name]], [[Bethan|name]],
Thank you. Just to confirm what [[Gareth|name]] and I agreed today: from Monday [[23rd|date]] [[Finley|name]] will go to breakfast club at
[[Cashes Green|school]] at 8.00 (funded through the CIN plan) and [[Gareth|name]] will drop him; [[Willow|name]] will then get the 8.10 bus
up to [[Archway|school]] on her own instead of walking [[Fin|name]] first. If [[Finley|name]] is not at breakfast club by 8.15, could
[[Cashes Green|school]]
please ring [[Gareth|name]] on [[07846 203 571|phone]] and, if no answer, [[Amber|name]] on [[07412 958 307|phone]] (she works in
[[Cam|place]] and can get there in 25 minutes). Please do NOT ring [[Willow|name]].
Best, [[Tom|name]]

> From: [[Sian Gabb|name]]  Sent: [[16/11/2026|date]] 12:40
> [[Tom|name]] - [[Willow|name]] on time every day last week!!! First time this year. She has signed up for Young Carers club on
> Wednesdays with Mrs [[Dangerfield|name]]. She asked whether her dad would "get in trouble" for the meeting on the [[25th|date]].
> [[S Gabb|name]] (tutor 7SG)
>
>> From: [[Lucy Hamblin|name]]  Sent: [[15/11/2026|date]] 20:11
>> [[Willow|name]]'s mum also emailed me from [[amberstroud90@hotmail.co.uk|email]] asking for the parents' evening link; I sent it.
>> She mentioned she might move back nearer, to [[Stonehouse|place]] or [[Ebley|place]], "if [[Jordan|name]] and me don't work out".
"""),
]


# --- D. Gurung family (Nepali, a former Gurkha's family), Bemerton Heath, Salisbury -------------------------------------

HOME_D = d.Address("22 Pembroke Road", "Bemerton Heath", "Salisbury", "SP2 9DQ")
UNCLE_D = d.Address("17 Holly Road", "", "Aldershot", "GU12 4SE")
AAMA_D = d.Address("Ward 8, Lamachaur", "", "Pokhara", "")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Anisha", "Gurung")], dt.date(2012, 8, 3), addresses=[HOME_D], ids=["4425280644", "W865186770379"],
       schools=["St Edmund's Girls' School"]),
    _p("s", "sibling", [("Prabin", "Gurung")], dt.date(2018, 4, 15), addresses=[HOME_D], ids=["6717316063", "E865236282532"],
       schools=["Pembroke Park Primary School"]),
    _p("m", "mother", [("Sita", "Gurung")], dt.date(1987, 1, 26), addresses=[HOME_D], phones=["07591 427 068"],
       ids=["1484557492"]),
    _p("f", "father", [("Dil Bahadur", "Gurung")], dt.date(1978, 5, 9), addresses=[HOME_D], phones=["07818 440 293"],
       ids=["SK 37 62 09 A"]),
    _p("u", "uncle", [("Hom Bahadur", "Gurung")], addresses=[UNCLE_D], phones=["07547 120 896"]),
    _p("g", "grandparent", [("Man Kumari", "Gurung")], addresses=[AAMA_D], phones=["+977 984 112 7356"]),
    _p("p1", "professional", [("Nicola", "Pyke")], phones=["01722 339 614"], emails=["nicola.pyke@avonplain.gov.uk"]),
], "c")

DOCS_D = [
    ("initial child protection conference report by the social worker", """AVON PLAIN COUNCIL - REPORT TO INITIAL CHILD PROTECTION
CONFERENCE
Conference date: [[24 November 2026|date]]      Report date: [[19/11/2026|date]]      Author: [[Nicola Pyke|name]], Social Worker,
[[Salisbury|place]] safeguarding team ([[01722 339 614|phone]]; [[nicola.pyke@avonplain.gov.uk|email]])

1. Children
[[Anisha GURUNG|name]] ([[अनिशा|name]]), born [[03/08/2012|dob]], Year 10, [[St Edmund's|school]]; NHS [[442 528 0644|nhs]]; UPN
[[W865186770379|upn]]
[[Prabin GURUNG|name]], born [[15/04/2018|dob]], Year 3, [[Pembroke Park|school]]; NHS [[671 731 6063|nhs]]
Home: [[22 Pembroke Road|address]], [[Bemerton Heath|place]], [[Salisbury|place]] [[SP2 9DQ|postcode]] (housing association, 3 bed)
Mother: [[Sita Gurung|name]] ([[07591 427 068|phone]]); speaks Nepali and some English; works mornings at a care home in
[[Wilton|place]]. Father: [[Dil Bahadur Gurung|name]] ([[07818 440 293|phone]]; NI [[SK 37 62 09 A|ni]]); served 22 years in the Brigade of
Gurkhas, discharged 2016,
now a night security officer at the hospital at [[Odstock|place]]. Interpreter at all visits: Mr [[Yam Thapa|name]] (Nepali).

2. Why we are here
On [[2 November 2026|date]] [[Anisha|name]] told the school counsellor, Mrs [[Harnett|name]], that she had cut her arms "because of the
fighting" and that on the last night of the Tihar holiday, [[1 November|date]], her father, drunk, pushed her mother
against the kitchen door and slapped her. [[Anisha|name]] stood between them and was pushed; she has a bruise on her upper left arm
(seen by Dr [[Lydia Crane|name]], paediatrician, [[4 November|date]]; consistent with a grip). [[Prabin|name]] hid under his bed and phoned
his uncle, [[Hom Bahadur Gurung|name]], in [[Aldershot|place]] ([[07547 120 896|phone]]), who drove over the same night.

3. What we know about the family
Mr [[Gurung|name]] and Mrs [[Gurung|name]] married in [[Pokhara|place]] in 2010; [[Sita|name]] came to the UK in 2014. Her mother,
[[Man Kumari Gurung|name]] ("Aama" to the children), lives in [[Lamachaur|place]], [[Pokhara|place]] ([[+977 984 112 7356|phone]]), and
rings on Viber most Sundays. The family worship at the Buddhist centre in [[Amesbury|place]] and are close to other Gurkha families in
[[Bulford|place]] and [[Larkhill|place]]. Mr [[Gurung|name]] says he began drinking "more than a soldier" after his friend [[Lal|name]] died
in April 2025. [[Sita|name]] described three earlier incidents, none reported.

4. The children's views
[[Anisha|name]]: "I love my father when he is Buwa. When he drinks he is someone else." She wants him to stop, not to leave.
[[Prabin|name]] (drawing): a house with a "sad room" (the kitchen) and a "safe room" ([[Hom|name]] uncle's car).

5. Family network (from the genogram drawn with [[Sita|name]] and [[Anisha|name]] on [[12/11/2026|date]])
Paternal uncle: [[Hom Bahadur Gurung|name]], [[17 Holly Road|address]], [[Aldershot|place]] [[GU12 4SE|postcode]]; his wife
[[Bishnu Maya|name]]; their
daughter [[Sunita|name]] (19) and son [[Bikash|name]] (16), both at college in [[Farnborough|place]].
Maternal grandmother: [[Man Kumari Gurung|name]], [[Lamachaur|place]], [[Pokhara|place]]; maternal aunt [[Kamala Ghale|name]] in
[[Yuen Long|place]],
Hong Kong ([[+852 6123 4587|phone]]).
Family friend: Mrs [[Pabitra Pun|name]], a Gurkha widow in [[Bulford|place]], who "is like a sister" to [[Sita|name]]
([[07462 310 958|phone]]).

6. Recommendation: both children subject to child protection plans under the category of emotional abuse.
"""),
    ("a girl's Viber chat with her cousin, typed up and translated by the interpreter", """Viber chat, [[Anisha|name]]'s phone, shown to SW
with her consent on [[12.11.2026|date]]. Typed up by [[Yam Thapa|name]] (interpreter,
NRPSI 30417). Nepali in Devanagari is copied as written, with my translation in [square brackets]; romanised Nepali is
translated the same way. Chat name: "[[Sunita|name]] didi 🌸" (her cousin, [[Hom Bahadur|name]]'s daughter, 19, in [[Aldershot|place]]).

[[01/11/2026|date]]
23:47 [[Anisha|name]]: didi buwa feri maatyo [father is drunk again]
23:48 [[Anisha|name]]: mummy lai hanyo [he hit mummy]
23:48 [[Sunita|name]] didi 🌸: k?? tmi thik chau? [what?? are you ok?]
23:49 [[Anisha|name]]: मेरो हात दुख्यो [my arm hurts]
23:50 [[Sunita|name]] didi 🌸: buwa lai phone garchu [I'll phone Dad] - he is coming now
23:51 [[Anisha|name]]: [[prabin|name]] le call garyo already [it was [[prabin|name]] who called]
[[02/11/2026|date]]
07:15 [[Sunita|name]] didi 🌸: [[होम|name]] काका आइपुग्नुभयो? [did uncle [[Hom|name]] arrive?]
07:20 [[Anisha|name]]: yes he took buwa to [[aldershot|place]] for the night. mummy crying. dont tell aama in [[pokhara|place]]
07:21 [[Sunita|name]] didi 🌸: ok. i wont tell बजै [grandma]. tell ur counsellor at school ok? mrs [[harnett|name]] is nice you said
[[06/11/2026|date]]
19:02 [[Anisha|name]]: the social worker came. [[nicola|name]]. and [[thapa|name]] uncle to translate for mummy lol he knows buwa from
the army
19:03 [[Sunita|name]] didi 🌸: 😂 everyone knows everyone. gurkha families innit
[[08/11/2026|date]]
21:30 [[Anisha|name]]: buwa says sorry. he poured the rakshi down the sink. [[सीता|name]] आमा रुनुभयो [mother [[Sita|name]] cried]
21:31 [[Sunita|name]] didi 🌸: he has said sorry before ani
"""),
    ("home visit record with an interpreter", """HOME VISIT RECORD (with interpreter)       Date: Wednesday [[18/11/2026|date]], 17:30-18:45
Present: [[Sita Gurung|name]] (mother); [[Dil Bahadur Gurung|name]] (father); [[Prabin|name]] (8) for part; SW [[Nicola Pyke|name]];
interpreter [[Yam Thapa|name]] (Nepali). [[Anisha|name]] was at Army Cadets at [[Churchfields|place]] and I saw her at school the next day.

The home was warm and tidy; shoes at the door; a shrine with photographs in the front room. Mr [[Gurung|name]] showed me his
discharge papers and medals and said, through Mr [[Thapa|name]] and then in English, "I was a good soldier. I will be a good
father." He has not drunk since [[3 November|date]], he says, and goes to an AA meeting at the church hall in [[Harnham|place]] on
Thursdays. He is willing to go to the Veterans' mental health service (Op Courage). He was upset that [[Hom|name]] had been
"brought in" and said that in Nepali families the elder brother must be asked first.

Mrs [[Gurung|name]] spoke with me alone in the kitchen (father and [[Prabin|name]] in the car outside). She said the slap on
[[1 November|date]] was "not the first, but the worst". She does not want him to leave; she wants him "to be the man from before". She has
thought about going to her mother in [[Pokhara|place]] with the children for the winter; her mother's address is [[Ward 8,
Lamachaur|address]], near the college. I explained that taking the children out of the country needs the father's consent
and, while they are on plans, a conversation with us first. She said she understood and that she "only said it".

[[Prabin|name]] showed me his Lego and his school book. Asked what he does when there is shouting: "I go under my bed and ring
[[Hom|name]] uncle. I know his number off by heart." He recited it ([[07547 120 896|phone]]).

Neighbour: Mrs [[Kavanagh|name]] at [[no. 24|address]] rang 101 in October about shouting; the family did not know.
Next: core group [[2 December|date]] at [[Pembroke Park|school]]; Mr [[Gurung|name]]'s GP appointment [[26/11|date]].
"""),
    ("school-based counselling referral form", """[[ST EDMUND'S GIRLS' SCHOOL|school]] - REFERRAL TO SCHOOL COUNSELLING SERVICE (Form SC1)
Student name: [[Anisha Gurung|name]]     Form: 10R     DOB: [[3.8.12|dob]]     Referred by: Miss [[E Tanner|name]] (Head of Year 10)
Date: [[02/11/2026|date]]     Consent: self-referral (Gillick competent - yes)
Reason (tick): [x] self-harm  [x] family  [ ] friendships  [ ] exam stress  [x] other: "worried about mum"
Details: [[Anisha|name]] came to the Hub at break with her friend [[Hollie|name]] and showed cuts to her left forearm (superficial,
about 8, not fresh). She said she had done it after a "fight at home" on Sunday. Other info: she is a young leader at the
Gurkha community's Saturday Nepali school in [[Tidworth|place]] - Guru Ama [[Sarita|name]] runs it ([[07375 610 482|phone]]?), and she
trains with the Army Cadets.
Counsellor's notes ([[Jane Harnett|name]], [[02.11.26|date]], 13:10): A says Dad pushed Mum into the kitchen door on Sunday night, she got
between them. Bruise left upper arm. Brother [[Prabin|name]] rang uncle. Safeguarding: YES - passed to DSL Mrs [[K Oyelaran|name]] at
13:30; DSL rang MASH 13:52 (spoke to [[Dan|name]]). A asked "will they take [[Prabin|name]]". Next session: Mon [[9th|date]] P4.
"""),
]


# --- E. Rondón / Parra family (Venezuelan), Penhill, Swindon ------------------------------------------------------------

HOME_E = d.Address("Flat 6, 41 Coleridge Close", "Penhill", "Swindon", "SN2 5HT")
DAD_E = d.Address("Calle 72 con Avenida 15, Edificio Los Olivos, apto 4-B", "", "Maracaibo", "4002")
AUNT_E = d.Address("Calle de Oca 58, 3º izquierda", "Carabanchel", "Madrid", "28025")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Valentina", "Parra Rondón")], dt.date(2020, 9, 17), addresses=[HOME_E], ids=["7058984816"],
       schools=["Penhill Academy"]),
    _p("s", "sibling", [("Luis Ángel", "Rondón")], dt.date(2014, 3, 30), addresses=[HOME_E],
       ids=["1910930571", "P866141320097"], schools=["Ridgeway School"]),
    _p("m", "mother", [("Yusmary", "Rondón")], dt.date(1989, 12, 11), addresses=[HOME_E], phones=["07960 385 127"],
       ids=["7631144052"]),
    _p("f", "father", [("José Gregorio", "Parra")], addresses=[DAD_E], phones=["+58 412 736 4815"]),
    _p("a", "aunt", [("Carolina", "Rondón")], addresses=[AUNT_E], phones=["+34 612 483 907"]),
    _p("p1", "professional", [("Grace", "Okoro")], phones=["01793 724 586"], emails=["gokoro@swindonvale.gov.uk"]),
], "c")

DOCS_E = [
    ("early help assessment", """EARLY HELP ASSESSMENT (EHA) - SWINDON VALE FAMILY HUBS
Family: [[RONDÓN|name]] / [[PARRA RONDÓN|name]]     Lead professional: [[Grace Okoro|name]], Family Hub Worker ([[01793 724 586|phone]])
Date started: [[2 October 2026|date]]     Date completed: [[23/10/2026|date]]     Interpreter: [[Marisol|name]] (Spanish, by phone, Language
Line)

Who is in the family
[[Yusmary Rondón|name]] (mother, 36, DOB [[11.12.1989|dob]]), [[07960 385 127|phone]]; [[Luis Ángel Rondón|name]] ("[[Luisito|name]]", 12,
DOB [[30.03.2014|dob]]),
Year 8, [[Ridgeway School|school]] ([[Wroughton|place]]); [[Valentina Parra Rondón|name]] ("[[Vale|name]]", 6, DOB [[17.09.2020|dob]]), Year
2, [[Penhill Academy|school]]. Address: [[Flat 6, 41 Coleridge Close|address]], [[Penhill|place]], [[Swindon|place]] [[SN2 5HT|postcode]].
[[Valentina|name]]'s father, [[José Gregorio Parra|name]], is in [[Maracaibo|place]] ([[+58 412 736 4815|phone]]). [[Luis Ángel|name]]'s
father died in [[Caracas|place]] in 2017. Aunt [[Carolina Rondón|name]] lives in [[Carabanchel|place]], [[Madrid|place]], and sends money.

Background: the family left [[Maracaibo|place]] in 2019, lived in [[Cúcuta|place]] and then [[Madrid|place]], and came to the UK in March
2024. They claimed asylum at the airport and were granted refugee status on [[14 January 2026|date]], then moved from a hotel in [[Royal
Wootton Bassett|place]] to the flat. [[Yusmary|name]] was a primary teacher in [[Maracaibo|place]]; here she works nights (22:00-06:00) at a
parcel warehouse at [[South Marston|place]], four nights a week, and sleeps in the day.

What is working well: the children are warm, fed and well dressed; [[Vale|name]]'s attendance is 98%; [[Luis Ángel|name]] is in the top
maths set and loves football (he plays for a Sunday team at [[Stratton|place]]); the family go to Mass at Holy Cross and a
Venezuelan friend, Mrs [[Daniela Urdaneta|name]] (flat 2, same block - [[Flat 2|address]]), "keeps an ear out" at night.

What we are worried about: [[Luis Ángel|name]] (12) is in charge of [[Vale|name]] overnight four nights a week. He gets her up, dresses her
and takes her to [[Penhill Academy|school]] before walking to the bus for [[Wroughton|place]]; he has been late 11 times and has fallen
asleep in lessons. A lodger, [[Wilmer|name]] (surname not known; said to be from [[Valencia|place]], Venezuela), stayed on the sofa
for six weeks in the summer and "sometimes" now; [[Luis Ángel|name]] told his teacher he does not like him. The flat is
one-bedroom; [[Yusmary|name]] sleeps on the sofa in the day.

Family's own words ([[Yusmary|name]], through the interpreter): "In Venezuela the grandmother would do it. Here I have nobody. If I
stop the nights we do not eat." ([[Luis Ángel|name]]): "I'm the man of the house. [[Vale|name]] is easy, she just wants cartoons."

Plan: Team Around the Family meeting [[12 November|date]]; housing to be asked for a two-bed move; [[Yusmary|name]] to ask the warehouse
for day shifts; benefits check with Citizens Advice and the Hub's money adviser.
"""),
    ("WhatsApp voice notes and messages in Spanish, transcribed and translated", """WhatsApp, [[Yusmary|name]]'s phone - chat "[[Caro|name]]
🇪🇸 hermana" ([[Carolina Rondón|name]], [[+34 612 483 907|phone]]). Shown to [[Grace|name]]
on [[4 Nov 2026|date]]; [[Yusmary|name]] asked us to read it so we "understand". Transcribed and translated by [[Rocío Ferrer|name]]
(interpreter). Spanish as sent; English in (brackets). Voice notes marked [VN].

[[29/10/26|date]] 07:58 [[Caro|name]]: Negra, ¿cómo amanecieron? ¿[[Luisito|name]] llevó a la niña al colegio?
  (Sis, how are you this morning? Did [[Luisito|name]] take the girl to school?)
[[29/10/26|date]] 08:20 [[Yusmary|name]]: [VN 0:41] "Sí, sí, ya la llevó. Yo llegué a las seis y media, el bus de [[Marston|place]] se
  retrasó. [[Vale|name]] tenía fiebre anoche y [[Luis|name]] le dio el Calpol él solito. Me da pena, [[Caro|name]], es un niño."
  ("Yes, yes, he took her. I got in at half six, the [[Marston|place]] bus was late. [[Vale|name]] had a temperature last night and
  [[Luis|name]] gave her Calpol all by himself. I feel bad, [[Caro|name]], he's a child.")
[[29/10/26|date]] 08:23 [[Caro|name]]: ¿Y el [[Wilmer|name]] ese sigue yendo? No me gusta, te lo dije en [[Madrid|place]].
  (And is that [[Wilmer|name]] still coming round? I don't like him, I told you in [[Madrid|place]].)
[[29/10/26|date]] 08:25 [[Yusmary|name]]: Solo viene a bañarse, vive donde un primo en [[Gorse Hill|place]]
  (He only comes for a shower, he lives at a cousin's in [[Gorse Hill|place]])
[[02/11/26|date]] 21:12 [[Caro|name]]: [VN 1:10] "Escúchame. Mi mamá dice que [[Chepe|name]] llamó a [[Maracaibo|place]] preguntando por la
  dirección de ustedes en Inglaterra, que quiere mandar algo para [[Valentina|name]]. No le des nada. Él sabe el número tuyo,
  el [[+44 7960 385127|phone]], pero no la dirección."
  ("Listen to me. Mum says [[Chepe|name]] rang [[Maracaibo|place]] asking for your address in England, that he wants to send
  something for [[Valentina|name]]. Don't give him anything. He knows your number, the +44 one, but not the address.")
  [Interpreter: "[[Chepe|name]]" is a usual short form of his first name; [[Yusmary|name]] confirmed it is [[Valentina|name]]'s father.]
[[03/11/26|date]] 06:31 [[Yusmary|name]]: Llegó la carta del colegio de [[Luis|name]]. Otra vez tarde. Me van a quitar a los niños,
[[Caro|name]]
  (The letter came from [[Luis|name]]'s school. Late again. They are going to take the children off me, [[Caro|name]])
[[03/11/26|date]] 06:40 [[Caro|name]]: Nadie te va a quitar nada. Vente para acá a [[Carabanchel|place]], [[Calle de Oca 58|address]], aquí
hay
  cama. O habla con la señora [[Grace|name]].
  (Nobody is taking anything off you. Come here to [[Carabanchel|place]], [[Calle de Oca 58|address]], there's a bed here. Or talk to
  Mrs [[Grace|name]].)
"""),
    ("housing officer's email to the family hub worker", """From: [[Kerry Bowden|name]] <[[kerry.bowden@swindonvale.gov.uk|email]]>
Sent: [[9 November 2026|date]] 14:02
To: [[Grace Okoro|name]] <[[gokoro@swindonvale.gov.uk|email]]>
Subject: Housing register - [[RONDON Yusmary|name]] - HR/2026/48113

Hi [[Grace|name]]
Thanks for the EHA. I've looked at Ms [[Rondon|name]]'s application. She is on Band C at [[Flat 6|address]], [[41 Coleridge Close|address]]
(one bed, three people, one of them a boy of 12 who shares a room with his sister and mum - statutory overcrowding by the space
standard). With your letter I can move her to Band B on overcrowding plus welfare. Realistically a 2-bed in [[Penhill|place]],
[[Pinehurst|place]] or [[Walcot|place]] would be 6-9 months; [[Haydon Wick|place]] and [[Abbey Meads|place]] are longer.
Two things I need from her: (1) her BRP/eVisa share code again (the one on file expired [[28 Oct|date]]); (2) confirmation of who
else stays there. The block caretaker, [[Dennis Mapstone|name]], told our patch officer there is "a Spanish man" sleeping at
[[no. 6|address]] on and off and parking a white Transit, [[WU17 HZK|vehicle]], in the residents' bays. If he is living there he would
have to go on the application (and it would affect the band).
Also, tenancy sustainment could look at the night-shift childcare: there is a small grant for after-school / breakfast
club at [[Penhill Academy|school]] through the Holiday Activities and Food money (HAF) that the school's business manager,
[[Joanne|name]], can apply for.
Kind regards
[[Kerry Bowden|name]]
Housing Options Officer | [[01793 724 586|phone]] (hub number - my direct line is down)
"""),
    ("Team Around the Family meeting minutes", """TEAM AROUND THE FAMILY (TAF) MEETING - MINUTES
Family: [[Yusmary Rondón|name]], [[Luis Ángel Rondón|name]], [[Valentina Parra Rondón|name]]      Date: [[12/11/2026|date]], 15:30
Venue: Penhill Family Hub, [[Penhill Drive|address]]      Chair / lead professional: [[Grace Okoro|name]]
Present: [[Yusmary|name]] (with interpreter [[Rocío Ferrer|name]], in person); [[Luis Ángel|name]] (first 15 minutes); Mr
[[Gavin Tuck|name]] (Head
of Year 8, [[Ridgeway|school]]); Ms [[Amanda Creese|name]] (family support worker, [[Penhill Academy|school]]); [[Kerry Bowden|name]]
(housing); Father [[Tomasz Nowak|name]] (Holy Cross) - invited by [[Yusmary|name]]
Apologies: Dr [[Rahul Iyer|name]] (GP, Moredon Medical Centre)

1. [[Luis Ángel|name]]'s views (he asked to go first): he does not want [[Vale|name]] to go to breakfast club "with strangers"; he would
rather do it but "not be late". He said [[Wilmer|name]] "doesn't come any more". He asked that school stop ringing his mum in
the daytime when she is sleeping.
2. School (Mr [[Tuck|name]]): late 11 times, 3 detentions which we have now cancelled. Reading age above his age. Will join the
maths club. Ms [[Creese|name]]: [[Vale|name]] is happy and settled; 97.8%; no concerns except tiredness on Fridays.
3. Work: [[Yusmary|name]] has asked her manager, Mr [[Pawel|name]] (she does not know his surname), for days; she can have 07:00-15:00 from
[[4 January|date]]. Until then the warehouse will let her finish at 04:00 on two of the four nights.
4. Childcare at night: Father [[Nowak|name]] said a parishioner, Mrs [[Lucía Marcano|name]], lives in [[Coleridge Close|address]]
([[07712 493 580|phone]]? -
[[Grace|name]] to check the number; it may be an old one) and has offered to sleep over on the two longer nights.
Reference and DBS not required for a private arrangement, but [[Grace|name]] to visit and meet her.
5. Housing ([[Kerry|name]]): Band B from [[10 November|date]]. Share code received. Lodger: [[Yusmary|name]] says [[Wilmer Chourio|name]]
has moved to his cousin's in [[Gorse Hill|place]] and the Transit ([[WU17 HZK|vehicle]]) is his.
6. Father: [[José Gregorio|name]] has asked relatives for the address. [[Yusmary|name]] does not want him to have it. No order in
place; advice on a prohibited steps order given (Rights of Women / legal aid).
Actions: [[Grace|name]] - visit Mrs [[Marcano|name]] by [[19/11|date]]; review TAF Wednesday [[10 December|date]].
Circulation: [[Yusmary|name]] (copy in Spanish by [[Rocío|name]]); [[gavin.tuck@ridgeway.swindon.sch.uk|email]];
[[a.creese@penhillacademy.org.uk|email]]; [[kerry.bowden@swindonvale.gov.uk|email]]; Father [[Nowak|name]] (by hand, at Holy Cross).
Minute taker: [[Leanne Shergold|name]] (Family Hub admin), [[12.11.26|date]].
"""),
]


# --- F. Merriman / Tapper family (continuous-cruising boat dwellers), narrowboat on the Kennet and Avon Canal ---------------

HOME_F = d.Address("nb Lapwing (continuous cruiser)", "Semington", "Trowbridge", "")
POST_F = d.Address("Flat 1, 8 Silver Street", "", "Bradford on Avon", "BA15 1JY")
NAN_F = d.Address("33 Nunney Road", "", "Frome", "BA11 4LA")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Wren", "Merriman-Tapper")], dt.date(2023, 7, 1), addresses=[HOME_F, POST_F], ids=["2992582123"]),
    _p("s", "sibling", [("River", "Tapper")], dt.date(2019, 5, 20), addresses=[HOME_F, POST_F], ids=["7257172161"]),
    _p("m", "mother", [("Skye", "Merriman")], dt.date(1996, 4, 12), addresses=[HOME_F, POST_F], phones=["07375 610 482"],
       ids=["2844902332"]),
    _p("f", "father", [("Ash", "Tapper")], dt.date(1992, 10, 2), addresses=[HOME_F], phones=["07538 271 946"],
       ids=["TW 81 25 64 D"]),
    _p("g", "grandparent", [("Jenny", "Merriman")], dt.date(1968, 1, 30), addresses=[NAN_F], phones=["01373 462 817"]),
    _p("p1", "professional", [("Lorna", "Fennimore")], phones=["01380 726 195"], emails=["lorna.fennimore@nhs.net"]),
], "c")

DOCS_F = [
    ("health visitor's contact record after a burn", """WILTSHIRE CHILDREN'S COMMUNITY HEALTH - HEALTH VISITING - CONTACT RECORD
Child: [[Wren MERRIMAN-TAPPER|name]]     DOB: [[01/07/2023|dob]]     NHS No: [[299 258 2123|nhs]]
Address on system: c/o [[Flat 1, 8 Silver Street|address]], [[Bradford on Avon|place]] [[BA15 1JY|postcode]] (postal only - family live
aboard
a narrowboat, "[[Lapwing|address]]", continuously cruising the Kennet and Avon between [[Bradford on Avon|place]] and [[Devizes|place]])
Contact date: [[20/10/2026|date]] 11:00    Type: Targeted visit (A&E notification)    Where: on the boat, moored on the towpath
below [[Semington|place]] lock (what3words given by mother)
HV: [[Lorna Fennimore|name]] ([[01380 726 195|phone]])    Present: [[Skye Merriman|name]] (mother), [[Wren|name]], [[River Tapper|name]] (7,
sibling)

Reason: A&E notification from the Royal United Hospital, [[Bath|place]]: [[Wren|name]] seen [[18/10/2026|date]] 19:40 with a partial
thickness burn to
the palm and fingers of the right hand, 1% TBSA; history "touched the stove door". Dressed; plastics clinic [[22/10|date]].
Father [[Ash Tapper|name]] brought her in; not registered with a GP ("we're between places").

Findings: [[Wren|name]] bright, dressing intact, using the left hand to eat. Weight 13.2 kg (25th centile), last weighed at 1 year in
[[Melksham|place]]. Immunisations: 12-month set given; pre-school booster not given. Speech: two-word phrases, clear.
Boat: 57 ft, multi-fuel stove in the saloon, no fireguard; smoke alarm fitted; CO alarm on the shelf with no battery. Coal and
logs stored on the roof. The children sleep in the cross-bed at the stern; [[River|name]] on the dinette. Water from the tap at
the wharf at [[Devizes|place]] and the services at [[Hilperton|place]]. Very tidy, warm. Cat on board ("Biscuit").
[[River|name]]: electively home educated ("boat school"), not known to the EHE team. He read to me from a book about otters.

Mother: [[Skye|name]] said she and [[Ash|name]] have lived aboard for 4 years since the rent on their flat in [[Frome|place]] went up. She
was open and upset about the burn: [[Wren|name]] pulled herself up on the stove door while [[Skye|name]] was outside moving the boat on the
ropes. [[Ash|name]] was "in the engine hole". They have a 14-day licence and must move every two weeks, which makes GP, dentist
and nursery hard. [[Skye|name]]'s mum, [[Jenny Merriman|name]], in [[Frome|place]] ([[01373 462 817|phone]]) is supportive.

Plan: fireguard from the Fire Service's home safety scheme (referral done: Watch Manager [[Phil Durbin|name]], [[Devizes|place]] fire
station);
battery fitted to CO alarm today (I had one); temporary GP registration at [[Seend|place]] surgery; dentist; HV review [[3/11|date]] at
the wharf; consent given to share with the EHE officer. Not a safeguarding referral at this stage: injury consistent with the
account; parents engaged. Discussed with HV safeguarding lead [[Anna Rawle|name]] [[20/10/26|date]].
"""),
    ("canal boat licence support officer's sighting log, exported", """CANAL & RIVER TRUST - BOAT LICENCE SUPPORT - CUSTOMER SIGHTING /
CONTACT LOG (export)
Boat name: [[LAPWING|address]]   Index no: 518337   Licence: 12-month, continuous cruiser   Licence holder:
[[TAPPER, Ashley John|name]]   Second name on licence: [[MERRIMAN, Skye|name]]   Contact no: [[07538 271 946|phone]]
Correspondence: c/o [[M. Pike|name]], [[8 Silver St|address]], [[Bradford-on-Avon|place]], [[BA15 1JY|postcode]]
Exported by: [[Craig Lusty|name]], Licence Support Officer, for Avon Plain Council CSC (request ref. DP/26/0912) on [[11-11-2026|date]]

Sighting date | Location (as logged by patrol)                 | Officer   | Note
[[01-08-2026|date]]    | [[Avoncliff|place]], above aqueduct                   | CL?       | -
[[15-08-2026|date]]    | [[Bradford on Avon|place]], below lock                   | enf. team | 14 days - OK
[[29-08-2026|date]]    | [[Hilperton|place]] marina visitor mooring              | CL        | -
[[12-09-2026|date]]    | [[Semington|place]], Brook Bridge                        | CL        | -
[[26-09-2026|date]]    | [[Sells Green|place]], Barge Inn                          | [[J Wiltshire|name]] | -
[[10-10-2026|date]]    | [[Semington|place]]                                      | CL        | Same place? <2 miles moved in 28 days
[[18-10-2026|date]]    | [[Semington|place]]                                      | CL        | Spoke to Mr [[Tapper|name]]: child hurt,
              |                                                | going to hospital, asked for a few more days. Agreed 7.
[[25-10-2026|date]]    | [[Seend Cleeve|place]]                                    | CL        | Moved. Welfare chat w/ Ms
[[Merriman|name]].
[[08-11-2026|date]]    | [[Foxhangers|place]], bottom of the flight                  | [[J Wiltshire|name]] | Intends to go up the Caen Hill
flight
              |                                                |           | to [[Devizes|place]] for the winter stoppage.

Welfare note ([[C Lusty|name]], [[25/10/26|date]]): Ms [[Merriman|name]] told me they are struggling with the cruising pattern with the
little one's hand;
her partner [[Ash|name]] is working cash-in-hand on a farm at [[Poulshot|place]]. The older boy, [[River|name]], was on the towpath on his
bike
alone. Their friend on the next boat, [[Dougie|name]] on "[[Otter's Pocket|address]]", keeps an eye. Signposted to our welfare team and to
the Boaters' Christmas hamper at [[Devizes|place]] (the Wharf Theatre). Mother's number [[07375 610 482|phone]].
"""),
    ("a mother's own handwritten letter to the social worker, typed up", """[Typed up from a handwritten letter given to
[[Meg Hollister|name]] (SW) on [[19/11/2026|date]]. [[Skye|name]]'s spelling kept.]

Dear [[Meg|name]],

I wanted to write this down because when you come to the boat I get flustered and [[Ash|name]] does the talking and then
I think of things after.

1) The burn. It was my fault, I was on the bank with the centre line and I left the stove door on the latch because it was
smoking. [[Wren|name]] is so quick. We have got the fireguard now from the fire man and its screwed to the wall.

2) School. [[River|name]] did go to school, he did Reception and half of Year 1 at [[Christ
Church|school]] in [[Bradford|place]] when we was
moored by the tithe barn for the winter, and he loved Miss [[Ellery|name]]. I know you think home ed is us being lazy. It isnt.
But I know he needs other kids. If we get the winter mooring at [[Devizes|place]] I would like him to try [[Wansdyke|school]] or
[[Southbroom|school]] in January, if they have a space. Can you help with that?

3) [[Ash|name]]. You asked about the weed. He smokes it on the roof, not inside, never near the kids. I have told him that has to stop
and he said he will. He is a good dad. He made [[River|name]] a fishing rod.

4) My mum. My mum [[Jenny|name]] says she will have the kids some weekends at hers in [[Frome|place]] ([[33 Nunney Road|address]]) and she
drives. Please ring her, [[01373 462817|phone]] or her mobile. She is a dinner lady at the primary up there so she is DBS checked.

5) We dont want to live in a house. Please dont make that the answer. The boat is our home. Its warm and we love it.

From [[Skye|name]] ([[Merriman|name]])
[[Lapwing|address]], at [[Seend|place]] for now
"""),
    ("child and family assessment summary and analysis", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS (extract)
Children: [[Wren Merriman-Tapper|name]] (3, DOB [[1 July 2023|dob]]) and [[River Tapper|name]] (7, DOB [[20 May 2019|dob]])
Assessing social worker: [[Meg Hollister|name]], [[Trowbridge|place]] safeguarding team. Manager: [[Ruth Ashdown|name]]
Start: [[22 October 2026|date]]    Completed: [[26 November 2026|date]] (working day 25)
Home: narrowboat [[Lapwing|address]], continuously cruising; postal address [[8 Silver Street|address]], [[Bradford on Avon|place]] (friend,
[[Morgan Pike|name]]). Currently on a winter mooring at [[Devizes|place]] from [[1 December|date]] (Trust permit).

Sources: visits to the boat on [[22 Oct|date]] ([[Semington|place]]), [[5 Nov|date]] ([[Seend Cleeve|place]]) and [[19 Nov|date]]
([[Seend|place]]); [[River|name]] seen
alone on [[5 Nov|date]] on the towpath and by the lock; [[Wren|name]] observed on each visit; [[Skye|name]]'s letter of
[[19 November|date]]; HV
record ([[Lorna Fennimore|name]]); the Trust's sighting log; [[Jenny Merriman|name]] by phone [[24/11|date]]; [[Ash|name]] seen on
[[5 Nov|date]] only.

Analysis. [[Wren|name]]'s burn happened in a small, busy space during a moment of divided attention, and both parents have since made
the boat safer (fireguard fixed; CO alarm working; a gate across the stern steps). The risk that remains is cumulative: two young
children living a life that moves every 14 days has made health, dental and education services hard to reach, and the family
had slipped off every register. [[River|name]] is bright, articulate and attached to both parents; he told me "I want a friend who
doesn't live on a boat" and he wants to go to school. Mr [[Tapper|name]]'s cannabis use on the roof is not, on what I have seen,
affecting his care, but he has not engaged with the assessment beyond one visit, and [[Skye|name]] carries most of the load.

Outcome: child in need plan (no section 47). Actions: school place for [[River|name]] at [[Southbroom St James|school]] from
[[5 January
2027|date]] (in-year admission agreed by Mrs [[Karen Blake|name]], head); registration at the [[Devizes|place]] surgery for all
four; dentist;
2-year check for [[Wren|name]] (overdue) with the HV at the children's centre in [[Devizes|place]]; a fire safety visit (FF
[[Jo Steer|name]]); [[Jenny|name]]
to have the children on alternate Saturdays. Review: January 2027.

Who's who (for the file)
[[Skye Merriman|name]] - mother, [[07375 610 482|phone]]. [[Ash Tapper|name]] ("[[Ashley|name]]" on the licence) - father,
[[07538 271 946|phone]].
[[Jenny Merriman|name]] - maternal grandmother, [[33 Nunney Road|address]], [[Frome|place]] [[BA11 4LA|postcode]], [[01373 462 817|phone]].
[[Morgan Pike|name]] - friend, postal address, [[Flat 1, 8 Silver Street|address]], [[Bradford on Avon|place]]; works at the bakery on
[[Market Street|address]]; [[07929 504 318|phone]].
[[Dougie Frayling|name]] - boater, "[[Otter's Pocket|address]]"; known to the family for years; no checks done.
[[Craig Lusty|name]] - the Trust's licence support, [[craig.lusty@canalrivertrust.org.uk|email]].
[[Lorna Fennimore|name]] - HV, [[lorna.fennimore@nhs.net|email]]. [[Karen Blake|name]] - head, [[Southbroom St James|school]],
[[01380 726 195|phone]]?
(that is the HV base number - school number to add).
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 52 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 02:27 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "father", "fr", "guru", "ama", "aama",
           "buwa", "didi", "dai", "kaka", "bajai", "hajur", "señora", "senora", "señor", "tía", "tia", "tío", "tio", "abuela",
           "hermana", "mamá", "papá", "watch", "manager", "आमा", "बुवा", "काका", "दिदी", "बजै"}
_AFTER = {"didi", "dai", "uncle", "kaka", "काका", "आमा", "hermana", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "gloucestershire", "glos",
               "worcestershire", "worcs", "wiltshire", "wilts", "somerset", "the cotswolds", "cotswolds", "wyre forest",
               "west midlands", "the south west", "south west", "salisbury plain", "nepal", "venezuela", "colombia", "spain",
               "inglaterra", "europe", "hong kong"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Father Nowak",
# "Guru Ama Sarita", "Watch Manager Phil Durbin", "la señora Grace", "FF Jo Steer"; and after one: "Sunita didi", "Hom
# uncle", "होम काका", "Caro hermana") and counties, regions and countries ("Gloucestershire", "Wiltshire", "Nepal",
# "Venezuela", "Salisbury Plain").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
