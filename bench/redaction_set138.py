"""Set 138: a held-out hand-written set for the redaction detector, six more invented families in Gateshead, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the sets being
written by other helpers at the same time (bench/redaction_set139.py to redaction_set141.py and their tests), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: bench/redaction_set21.py (its docstring in full, its first family's record and documents in part, its end: _PAIRS,
NAME, _TITLES, _AFTER, _NOT_PLACES, the checker hook) and tests/test_redaction_set21.py in full (the layout and marking
conventions followed here); the docstrings of bench/redaction_set7.py to redaction_set137.py, printed only and searched as
printed text for the Gateshead places and the communities earlier sets used; and the DJANGO_SETTINGS_MODULE line of pyproject.toml
(the ruff settings were not read; ruff was run). bench/redaction_handwritten.py and set 15's checker were used through
set 21's hook, not read.
Phone numbers were checked with the phonenumbers library and UPNs made with python-stdnum, and NHS numbers made with the
mod-11 check, in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once. If a
mistake in the gold marking is found after scoring, correct only the marking and say so here.

Written against a hard deadline, so shorter documents than most sets: six families, four documents each (24 documents),
about half plain professional recording and half the other kinds of writing a case file holds. Homes no earlier set used:
Winlaton (a father in Blaydon, a grandmother in Chopwell, a partner in Rowlands Gill); Birtley (Harras Bank, a grandfather in
Kibblesworth); Bensham; Wrekenton (a grandmother in Low Fell); Bill Quay; and Swalwell (a grandmother in Rowlands Gill).
Four white British families (Charlton / Elliott: a mother's partner who locks two children in a bedroom and hits her;
Forster / Dodds: a boy of 14 missing and exploited on a drug line to Sunderland; Hindmarsh / Bell: a baby of 5 months with
rib fractures, a father's denial; Dixon / Heron: a girl of 16 caring for a mother with MS and drink, and a brother with
ADHD) and two from communities no earlier set used: an Ingush family (Yevloyev / Tsechoeva; names and places in Cyrillic,
family in Nazran, Karabulak, Sunzha, Magas and Vladikavkaz; a girl of 13 threatened with marriage by her uncle, a Forced
Marriage Protection Order) in Bensham, and a Limbu (Yakthung) family of a former Gurkha from east Nepal (Limbu / Angbuhang;
names and places in Devanagari, family in Dharan, Itahari, Aldershot and Hong Kong; a girl of 15 who self-harms after being
beaten with a belt by her father) in Bill Quay. Document types: a primary school DSL's referral to the front door, a
grandmother's Messenger voice-to-text messages, an initial conference chair's report, a PCSO's phone notes from a bail
check; a return home interview, an exploitation screening form, a mother's WhatsApp chat with her sister, exploitation
strategy meeting minutes; a child and family assessment summary, a Telegram chat from a police download translated, an
interpreter's own note, core group minutes; a health visitor's chronology, a paediatrician's child protection medical
letter, a father's handwritten statement OCR'd with its errors, a family time record; a school nurse's record of a
self-harm disclosure, a Viber chat in Nepali and English translated, a section 47 strategy discussion record, a girl's
letter to her social worker; a young carer's needs assessment, a mother's own letter, team around the family review
minutes, a group worker's quick phone notes from a trip.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Russia, Nepal, Hong Kong); NHS numbers and UPNs (LA number 390) pass their check
digits; NI numbers have a valid format. The council (Derwent Vale) and some schools are invented; towns, districts, estates,
villages, real schools, charities, NHS bodies, hospitals, GP practices, police forces, courts, services, shops, theatres,
shopping centres, parks and the community hall are real or plausible and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, DC,
DS, Sgt, PC, PCSO, TM, Nana, nan, Grandad, gran, aunty, uncle, Mum, Mam, Dad, and the Nepali दिदी and आमा) stay outside the
name span; a possessive 's, a texting s ("[[lee|name]]s"), and a Nepali case ending ("[[सुम्निमा|name]]लाई") stay outside;
every person's name is a name in every form, record or not. "SURNAME, First" is one span ("ELLIOTT, Kayden", "LIMBU,
Sumnima"); a first name with an initial or a short surname after it ("Amina Kh") and an initial with a surname ("S Lumsden",
"D Bell") are one span; a name or an address broken by a line break is one span holding the break ("Sum\nmer", "Kell\nCrescent");
a chat sender's name, in any script, is a name ("Хава", "मनमाया", "बिमला"); nicknames and short forms are names ("Gaz",
"Deano", "Kez", "Kel", "Chel", "Jax", "Rusik", "sumi"); a name in Cyrillic or Devanagari is a name; towns, districts,
villages and estates are places, at home or abroad and in any script ("Назрань", "धरान"); countries, counties and regions are
not marked; organisations and services are not marked even when they hold a town's or a person's name ("Gateshead Civic
Centre", "Blaydon Family Practice", "Harbour IDVA", "Karma Nirvana", "Kirat Yakthung Chumlung", "Gateshead Recovery
Partnership", "the Metrocentre", "Queen Elizabeth Hospital"), but a service named by its town in lower-case words ("[[Felling|place]]
family centre", "[[birtley|place]] pool") marks the town, and so does a hospital's town after a comma; a school's name and
its short form are a school ("Lord Lawson", "west lane", "Ravensworth Terrace", "Fellside"); a date of birth is dob, any other
calendar date with a day is date (a weekday before it stays outside), and a bare day ("the 1st", "the 21st") is a date;
months and years alone are not marked; a street named without a number is an address, and so is a neighbour's bare flat or
house number ("Flat 4", "no 16", "number 9").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a pub-named district of
Birtley ("Barley Mow") is a place, since it is where the boy was picked up; a part registration ("NK19") is a vehicle;
"Limbu" as the name of a people ("a Limbu boy") is not marked, though it is the family's surname; "Ingush", "Yakthung",
"Gurkha" and "Kirat" are peoples or groups and are not marked; a park ("Saltwell Park", "saltwell park gates") and a shopping
centre ("the Galleries", "the Metrocentre") are landmarks and stay unmarked; the bird-like and word-like names Heron, Swan,
Robin, Summer, Dawn, Ruby-Mae and Grace are names because they are people; a shop ("the co op", "the Aldi") is not marked,
though the street it is on is an address; a booking number, a collar number and a CAD number are not marked; a time ("11
oclock") is not a date; a soft play ("jumpin jaks") is a business and not marked; "baba" and "mum" said
of a parent in a message are kinship words, not names; Hong Kong is treated as a region and not marked; a court ("Newcastle
Civil and Family Courts") and a theatre ("the Tyne Theatre") are organisations.

Self-check without the detector: `python -m bench.redaction_set138` (and tests/test_redaction_set138.py) runs set 15's checker
on this set through bench/redaction_handwritten.py, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents,
928 gold spans, 461 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Charlton / Elliott family (white British), Winlaton -------------------------------------------------------------

HOME_A = d.Address("14 Litchfield Lane", "Winlaton", "Blaydon-on-Tyne", "NE21 6QT")
DAD_A = d.Address("Flat 3, 22 Shibdon Road", "", "Blaydon-on-Tyne", "NE21 5AE")
NAN_A = d.Address("7 Mill Lane", "", "Chopwell", "NE17 7DL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Elliott")], dt.date(2017, 4, 22), addresses=[HOME_A], ids=["4382176050", "J390204117318"],
       schools=["Winlaton West Lane Primary"]),
    _p("s", "sibling", [("Ruby-Mae", "Charlton")], dt.date(2021, 8, 3), addresses=[HOME_A], ids=["4650931282"]),
    _p("m", "mother", [("Shannon", "Charlton")], dt.date(1997, 2, 9), addresses=[HOME_A], phones=["07848 560 814"],
       ids=["JT 44 19 82 B"]),
    _p("f", "father", [("Lee", "Elliott")], dt.date(1994, 12, 1), addresses=[DAD_A], phones=["07926 634 983"]),
    _p("g", "grandparent", [("Brenda", "Charlton")], dt.date(1966, 6, 30), addresses=[NAN_A], phones=["0191 478 2291"]),
    _p("p1", "professional", [("Hollie", "Straughan")], phones=["0191 433 2716"], emails=["hollie.straughan@derwentvale.gov.uk"]),
], "c")

DOCS_A = [
    ("primary school DSL referral to the front door", """REFERRAL TO THE CHILDREN'S FRONT DOOR - [[Winlaton West Lane Primary|school]]
Date: [[3rd November 2026|date]]      Referrer: [[Claire Dinsdale|name]], DSL, direct line [[0191 414 6620|phone]]
Child: [[ELLIOTT, Kayden|name]]    DOB [[22/04/2017|dob]]    Year 5    UPN [[J390204117318|upn]]    NHS [[438 217 6050|nhs]]
Address: [[14 Litchfield Lane|address]], [[Winlaton|place]], [[Blaydon-on-Tyne|place]] [[NE21 6QT|postcode]]
Mother: [[Shannon Charlton|name]], [[07848 560 814|phone]]. Father: [[Lee Elliott|name]] (lives in [[Blaydon|place]],
[[07926 634 983|phone]]).
Sibling: [[Ruby-Mae|name]] (5), Reception at [[Front Street Infants|school]] in [[Whickham|place]].

At breakfast club [[Kayden|name]] told the lunchtime supervisor, Mrs [[Pat Hedley|name]], that "me mam's boyfriend [[Gaz|name]] locked
us in the back bedroom all Sunday" and that [[Ruby-Mae|name]] wet herself because they could not get out to the toilet. He
said [[Gaz|name]] "smashed the telly" on the [[1st|date]] and that Mam "had a black eye but said she walked into the door".
I spoke to [[Kayden|name]] with Mrs [[Hedley|name]] present at 08:50. He did not want to go home and asked if he could stay at
Nana [[Brenda|name]]'s in [[Chopwell|place]]. He knows [[Gaz|name]]'s full name as "[[Gary Liddle|name]]" and says he drives "a white
van" ([[NK19 TWF|vehicle]], noted by our caretaker [[Alan Bewick|name]] who saw it on the yard on Friday [[30 October|date]]).
Attendance this half term is 86%; late 9 times. On [[14/10/2026|date]] he came in with a scratch under his left eye.
Mum was phoned at 09:20 and did not answer. Nana [[Brenda Charlton|name]] ([[0191 478 2291|phone]]) says she is worried too.
Parent consent: not sought (risk to the child). Class teacher Mr [[Oluwaseun Adebayo|name]] has added his account.
"""),
    ("grandmother's Facebook Messenger voice-to-text messages", """Messages from Nana ([[Brenda Charlton|name]]) to the social
worker's work phone, sent as screenshots
[[5 Nov 2026|date]]
08:14 hello pet its [[brenda|name]] [[kaydens|name]] nana. [[shannon|name]] wont let me see them since the school rang
08:15 that [[gaz|name]] has been round mine shouting at 11 oclock at night ??? (speech to text sorry)
08:15 i mean 11 at night last night not a date lol
08:21 he parks the van outside the co op on [[front st|address]] in [[winlaton|place]] and watches the house
08:22 my neighbour [[maureen|name]] at number [[9|address]] saw him. she will tell you, her number is [[07931 289 249|phone]]
08:40 [[ruby mae|name]] is staying at mine tonight, [[lee|name]] is picking [[kayden|name]] up from [[west lane|school]] and
taking him to [[blaydon|place]]
08:41 is that alright ?? [[lee|name]]s mam [[sandra|name]] in [[ryton|place]] says she will have him weekends
09:03 i am 60 on the [[30th of june|date]] i cant be doing this at my age [[hollie|name]] honestly
[[6/11/26|date]]
07:55 [[shannon|name]] has rang me crying. she says [[gaz|name]] has gone back to his mams in [[Rowlands gill|place]]
07:58 his mam is [[pauline|name]] she lives on [[station rd|address]] by the chemist. his sister [[nicole|name]] is in [[crawcrook|place]]
08:02 [[kayden|name]] has his swimming at [[blaydon|place]] baths on the [[14th|date]] and [[21st|date]] can i still take him
08:05 and its [[ruby maes|name]] party at jumpin jaks in [[dunston|place]], its on the [[28th|date]]
08:10 my number if u lose it is [[0191 478 2291|phone]] or the mobile [[07712 459 459|phone]]
08:31 [[lee|name]] says thank you for ringing him. he is picking up from [[front street infants|school]] today for [[ruby mae|name]] as well
"""),
    ("child protection conference chair's report", """INITIAL CHILD PROTECTION CONFERENCE - CHAIR'S REPORT
Children: [[Kayden ELLIOTT|name]] ([[22.04.2017|dob]]) and [[Ruby-Mae CHARLTON|name]] ([[03.08.2021|dob]])
Date of conference: [[24 November 2026|date]]   Venue: Gateshead Civic Centre, Room 2, and Teams
Chair: [[Marian Proudlock|name]]   Social worker: [[Hollie Straughan|name]] ([[hollie.straughan@derwentvale.gov.uk|email]])
Present: [[Shannon Charlton|name]] (mother), [[Lee Elliott|name]] (father of [[Kayden|name]]), [[Brenda Charlton|name]] (maternal
grandmother), [[Claire Dinsdale|name]] (school DSL), [[Lucy Ferguson|name]] (health visitor, [[Ruby-Mae|name]]), DC [[Mark Tait|name]]
(Northumbria Police), [[Nadia Rahman|name]] (Harbour IDVA). Apologies: Dr [[Ian Shotton|name]], Blaydon Family Practice.

Summary. Both children were referred on [[3 November|date]] after [[Kayden|name]] said they were locked in a bedroom by the
mother's partner, [[Gary LIDDLE|name]] (DOB [[17/09/1990|dob]]), whose address is given as [[31 Station Road|address]],
[[Rowlands Gill|place]] [[NE39 1QD|postcode]]. Police attended [[14 Litchfield Lane|address]] on [[5th|date]] and [[8th November|date]];
Mr [[Liddle|name]] was arrested on the [[8th|date]] and bailed not to attend [[Winlaton|place]]. He breached bail on [[12/11/2026|date]].
[[Shannon|name]] told conference she ended the relationship and has asked for a Clare's Law disclosure. [[Lee|name]] has
[[Kayden|name]] on Fridays and Saturdays at his flat on [[Shibdon Road|address]]; conference thanked him.
Decision: both children subject to child protection plans (emotional abuse). Review conference [[16 February 2027|date]].

Chronology agreed at conference (from the police, school and health records):
[[12/03/2025|date]]  [[Shannon|name]] and [[Gary Liddle|name]] meet; he moves into [[Litchfield Lane|address]] in June 2025
([[Shannon|name]] unsure of the day)
[[04/09/2025|date]]  [[Kayden|name]] starts Year 4 at [[West Lane|school]]; first lateness noted.
[[19/12/2025|date]]  Neighbour [[Joe Rutter|name]] rings 999: shouting at [[no. 14|address]]. No further action.
[[02/02/2026|date]]  [[Ruby-Mae|name]] at the QE with a burn to her hand ("the iron"). Seen by Dr [[Helen Carr|name]]; accepted.
[[28/05/2026|date]]  [[Lee Elliott|name]] tells school he is worried; [[Claire Dinsdale|name]] logs it.
[[11/07/2026|date]]  [[Gary Liddle|name]] cautioned for criminal damage at [[Brenda Charlton|name]]'s, [[7 Mill Lane|address]],
[[Chopwell|place]] [[NE17 7DL|postcode]].
[[01/11/2026|date]]  The bedroom incident; [[Kayden|name]] and [[Ruby-Mae|name]] locked in.
[[03/11/2026|date]]  Referral by school; strategy discussion chaired by [[Marian Proudlock|name]]; [[Hollie Straughan|name]] allocated.
[[05/11/2026|date]]  Home visit by [[Hollie|name]] with PC [[Ross Dobson|name]]; DASH high; MARAC referral.
[[08/11/2026|date]]  [[Liddle|name]] arrested at his mother's ([[Pauline Liddle|name]]), [[31 Station Road|address]],
[[Rowlands Gill|place]].
[[12/11/2026|date]]  Bail breach: seen by [[Maureen Coxon|name]] (neighbour) on [[Front Street|address]], [[Winlaton|place]].
[[17/11/2026|date]]  MARAC; actions for [[Nadia Rahman|name]] (IDVA) and [[Hollie|name]].
Distribution: [[hollie.straughan@derwentvale.gov.uk|email]]; [[claire.dinsdale@westlane.sch.uk|email]];
[[m.tait@northumbria.police.uk|email]];
[[lucy.ferguson1@nhs.net|email]]; parents by post ([[Shannon|name]] at home; [[Lee|name]] at
[[Flat 3, 22 Shibdon Road|address]], [[NE21 5AE|postcode]]).
"""),
    ("PCSO's phone notes from a doorstep visit", """pcso [[S Lumsden|name]] 4471 - notes typed on phone, [[8/11|date]] 19.40
attended [[14 litchfield ln|address]] re bail check on [[LIDDLE|name]]. door answered by [[shannon|name]]. 2 kids in,
boy ([[kayden|name]]) in pj's, girl asleep on settee. mum says [[gaz|name]] not been. neighbour at no [[16|address]] (mr
[[Joe Rutter|name]])
says white van seen 18.55 on [[Northumberland St|address]] near the [[Winlaton|place]] chippy. reg part [[NK19|vehicle]]..
conducted area search w/ PC [[Dobson|name]] - van found on [[Parkhead Road|address]] [[Blaydon|place]], no occupant.
mum given DA leaflet + Harbour card
informed sgt [[Bianca Welsh|name]]. next check [[9/11|date]]
"""),
]


# --- B. Forster / Dodds family (white British), Birtley -----------------------------------------------------------------

HOME_B = d.Address("41 Harras Bank", "", "Birtley", "DH3 2NN")
GRANDAD_B = d.Address("2 Coronation Terrace", "Kibblesworth", "Gateshead", "NE11 0XH")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Dodds")], dt.date(2012, 1, 19), addresses=[HOME_B], ids=["4718293367", "K390212063411"],
       schools=["Birtley Lord Lawson Academy"]),
    _p("m", "mother", [("Jade", "Forster")], dt.date(1993, 10, 5), addresses=[HOME_B], phones=["07421 449 865"]),
    _p("g", "grandparent", [("Ronnie", "Forster")], dt.date(1958, 3, 12), addresses=[GRANDAD_B], phones=["07810 815 948"]),
    _p("p1", "professional", [("Abdul", "Karim")], phones=["0191 490 1736"], emails=["abdul.karim@derwentvale.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (missing from home)
Young person: [[Tyler DODDS|name]], 14, DOB [[19-01-2012|dob]], NHS [[471 829 3367|nhs]]
Missing from: [[41 Harras Bank|address]], [[Birtley|place]], [[DH3 2NN|postcode]]   Reported: Fri [[20 Nov 2026|date]] 22:10
Found: Sun [[22 Nov 2026|date]] 06:30 at [[Sunderland|place]] bus station by BTP. Interview: [[24/11/2026|date]], by [[Abdul Karim|name]]

[[Tyler|name]] said he went with "[[Deano|name]]" and "[[Kez|name]]" to a flat in [[Hendon|place]] "to chill". He would not
give their surnames. He said a lad called [[Bailey Stokoe|name]] from [[Portobello|place]] gave him a phone with "work" on it and that he
took "parcels" on the Metro to [[Pelaw|place]] and [[Heworth|place]]. He owes "[[Deano|name]]" £300 because the phone got
"taken off him" in [[Chester-le-Street|place]] on the [[21st|date]]. He is scared. He said his mam [[Jade|name]] "doesn't know the
half". He wants to stay at Grandad [[Ronnie|name]]'s in [[Kibblesworth|place]] ([[2 Coronation Terrace|address]], [[NE11 0XH|postcode]]).
Grandad ([[07810 815 948|phone]]) agreed on the phone.
His friend [[Lewis Maughan|name]] (Year 9, [[Lord Lawson|school]]) was with him on the Friday; his mam, [[Kirsty Maughan|name]], rang
[[Jade|name]] at 23:00. Referred to the exploitation panel; NRM to be considered. Intelligence submitted to the police.
"""),
    ("exploitation panel screening form", """CHILD EXPLOITATION SCREENING - NAME: [[Tyler DODDS|name]]    DOB: [[19.01.12|dob]]
  UPN: [[K390212063411|upn]]
SCHOOL: [[Birtley Lord Lawson Academy|school]]    ADDRESS: [[41 Harras Bank|address]], [[Birtley|place]]
PARENT: [[Jade FORSTER|name]] tel [[07421 449 865|phone]]
Episodes missing: [[02/10/2026|date]], [[16/10/2026|date]], [[20/11/2026|date]]-[[22/11/2026|date]]
Associates named:  "[[Deano|name]]" (adult? 19-20) / [[Bailey STOKOE|name]] (16) / [[Kez|name]] (female, 17?)
Vehicles seen: silver Corsa [[YH68 KPU|vehicle]]; black Audi A3 [[NL17 BXO|vehicle]] (seen at [[Barley Mow|place]] shops)
Locations: [[Hendon|place]] ([[Sunderland|place]]); [[Chester-le-Street|place]]; [[Harras Bank|address]]; [[Station Lane|address]] park;
the Galleries at [[Washington|place]]
Screening score: HIGH. Completed by [[Abdul Karim|name]] ([[abdul.karim@derwentvale.gov.uk|email]], [[0191 490 1736|phone]])
Date: [[25 November 2026|date]].  Panel date: [[2nd December|date]].
"""),
    ("mother's WhatsApp chat with her sister typed up", """WhatsApp chat between [[Jade|name]] and her sister ([[Kelly|name]]),
given to the SW by [[Jade|name]] on [[26/11/2026|date]]
[[20/11/2026|date]], 21:02 - [[Kelly|name]]: has [[tyler|name]] come in yet
[[20/11/2026|date]], 21:05 - [[Jade|name]]: no and his phone is off. [[lewis|name]]s mam says they were at [[birtley|place]]
pool then he got in a car
[[20/11/2026|date]], 21:06 - [[Kelly|name]]: what car
[[20/11/2026|date]], 21:10 - [[Jade|name]]: silver one. [[kirsty|name]] thinks it was that [[deano|name]] off the [[Barley mow|place]]
[[20/11/2026|date]], 21:31 - [[Kelly|name]]: ring the police man. do u want me to come over from [[low fell|place]]
[[20/11/2026|date]], 22:04 - [[Jade|name]]: rang them. dad is driving round [[lamesley|place]] and [[ouston|place]] looking
[[21/11/2026|date]], 07:12 - [[Kelly|name]]: anything?
[[21/11/2026|date]], 07:15 - [[Jade|name]]: no. the sw [[abdul|name]] rang. im gonna be sick
[[22/11/2026|date]], 06:58 - [[Jade|name]]: FOUND HIM. [[sunderland|place]] bus station. the police are bringing him home
[[22/11/2026|date]], 07:00 - [[Kelly|name]]: thank god. tell him aunty [[kel|name]] loves him xx
[[22/11/2026|date]], 09:14 - [[Kelly|name]]: is he ok? did he say where he was
[[22/11/2026|date]], 09:20 - [[Jade|name]]: [[hendon|place]] in a flat. him and [[bailey|name]] and that [[kez|name]] lass. he
says [[deano|name]] will kill him
[[22/11/2026|date]], 09:21 - [[Jade|name]]: the sw says he cant go back to [[lord lawson|school]] till monday [[30th|date]]
[[22/11/2026|date]], 09:40 - [[Kelly|name]]: dads says he can go to his in [[kibblesworth|place]]. ill bring his xbox over from
[[harras bank|address]]
[[23/11/2026|date]], 18:02 - [[Jade|name]]: [[kirsty|name]] says [[lewis|name]] got a message off [[deano|name]] on snap "tell
[[ty|name]] hes dead"
"""),
    ("strategy meeting minutes under the exploitation protocol", """STRATEGY MEETING MINUTES - [[Tyler Dodds|name]]
([[19 January 2012|dob]])
Held [[27th November 2026|date]] on Teams. Chair: [[Gillian Scorer|name]] (Team Manager)
Attendees: [[Abdul Karim|name]] (SW), DS [[Phil Armstrong|name]] (Northumbria Police, Operation Sentinel), [[Rachel Oyelaran|name]]
([[Lord Lawson|school]] DSL), [[Jenny Bewick|name]] (school nurse), [[Tom Ridley|name]] (Youth Justice, [[Sunderland|place]]).
1. Police intelligence: [[Bailey Stokoe|name]] known to police in [[Sunderland|place]]; "[[Deano|name]]" believed to be
[[Dean Hetherington|name]],
   21, of [[Gilley Law|place]]; car [[YH68 KPU|vehicle]] registered to his mother, [[Carol Hetherington|name]],
[[19 Tunstall Bank|address]].
2. [[Tyler|name]] to stay with grandfather [[Ronnie Forster|name]] in [[Kibblesworth|place]] for now; mother agrees.
3. School: [[Tyler|name]] on a part-time table until [[7 December|date]], then full time. Safe route via
[[Portobello Road|address]] avoided.
4. Actions: NRM referral by [[Abdul|name]] by [[4/12|date]]; disruption letter to [[Hetherington|name]] by DS [[Armstrong|name]].
5. Other children named by [[Tyler|name]] and by police: [[Lewis Maughan|name]] (14, [[Lord Lawson|school]]), [[Callum Reay|name]] (15,
   [[Thomas Hepburn|school]], [[Leam Lane|place]]), [[Mason Guy|name]] (13, [[Harraton|place]]) and a girl "[[Kez|name]]", thought to be
   [[Keziah Lowes|name]], 17, of [[Pelton Fell|place]]. Their local authorities to be told: County Durham for [[Mason|name]] and
[[Keziah|name]].
6. Addresses of concern: [[Flat 7, Villette Road|address]], [[Hendon|place]], [[SR2 8RW|postcode]];
[[44 Gilley Law Road|address]], [[SR3 1LS|postcode]];
   the garages behind [[Crathie|address]], [[Birtley|place]]; the flats on [[Ashfield Road|address]], [[Chester-le-Street|place]].
7. Missing episodes timeline: [[02/10|date]] 18:00 to [[03/10|date]] 01:10 (found [[Pelaw|place]] Metro); [[16/10|date]] 20:40
to [[17/10|date]]
   09:00 (walked in); [[20/11|date]] to [[22/11|date]] (found [[Sunderland|place]]). Mother's contacts: [[Jade|name]]
[[07421 449 865|phone]],
   Grandad [[Ronnie|name]] [[07810 815 948|phone]], aunt [[Kelly Forster|name]] [[07780 889 698|phone]].
Next meeting [[11 December 2026|date]]; minutes by [[Abdul Karim|name]], sent to [[g.scorer@derwentvale.gov.uk|email]] and
[[p.armstrong@northumbria.police.uk|email]].
"""),
]


# --- C. Yevloyev / Tsechoeva family (Ingush), Bensham ------------------------------------------------------------------

HOME_C = d.Address("Flat 2, 88 Bensham Road", "Bensham", "Gateshead", "NE8 1PS")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Khava", "Yevloyeva")], dt.date(2013, 5, 14), addresses=[HOME_C], ids=["4035582190", "R390209174505"],
       schools=["Bensham Grove Academy"]),
    _p("s", "sibling", [("Adam", "Yevloyev")], dt.date(2018, 9, 2), addresses=[HOME_C], ids=["4812766540"]),
    _p("m", "mother", [("Madina", "Tsechoeva")], dt.date(1988, 11, 21), addresses=[HOME_C], phones=["07469 192 237"]),
    _p("f", "father", [("Magomed", "Yevloyev")], dt.date(1984, 7, 7), phones=["+7 928 795 41 62"]),
    _p("p1", "professional", [("Becky", "Swinburne")], phones=["0191 410 3387"], emails=["becky.swinburne@derwentvale.gov.uk"]),
], "c")

DOCS_C = [
    ("child and family assessment summary", """CHILD AND FAMILY ASSESSMENT - SUMMARY AND ANALYSIS
Children: [[Khava YEVLOYEVA|name]] ([[Хава Евлоева|name]]), DOB [[14/05/2013|dob]], NHS [[403 558 2190|nhs]]; [[Adam YEVLOYEV|name]]
([[Адам Евлоев|name]]), DOB [[02/09/2018|dob]], NHS [[481 276 6540|nhs]]
Address: [[Flat 2, 88 Bensham Road|address]], [[Bensham|place]], [[Gateshead|place]] [[NE8 1PS|postcode]]
Mother: [[Madina TSECHOEVA|name]] ([[Мадина Цечоева|name]]), [[07469 192 237|phone]]. Interpreter: [[Zarema Bogatyreva|name]] (Russian).
Social worker: [[Becky Swinburne|name]]. Started [[9 October 2026|date]]; completed [[20 November 2026|date]].

The family are Ingush and came from [[Nazran|place]] ([[Назрань|place]]) via [[Magas|place]] and [[Moscow|place]] in 2023. The
father, [[Magomed Yevloyev|name]], stayed behind; he rings from [[+7 928 795 41 62|phone]] and, [[Madina|name]] says, controls her
through his brother [[Ruslan|name]], who lives in [[Dunston|place]] and "visits to check". [[Khava|name]] (13) told her teacher,
Ms [[Eleanor Kirkup|name]] at [[Bensham Grove|school]], that uncle [[Ruslan|name]] took her phone and said she would be sent back
to her grandmother ([[Лейла|name]]) in [[Karabulak|place]] to be married "when she is 16". [[Madina|name]] was afraid but clear
that she will not allow it. [[Adam|name]] (8) attends [[Brighton Avenue Primary|school]] and is doing well; he speaks English,
Russian and Ingush and sometimes interprets for his mother, which should stop.
Friends: Mrs [[Fatima Ozdoeva|name]], a neighbour at [[Flat 4|address]], helps with school runs; the shopkeeper on
[[Coatsworth Road|address]],
Mr [[Islam|name]], lets her pay later.
Analysis: risk of forced marriage and of emotional harm. FMU contacted on [[12/11/2026|date]]; a Forced Marriage Protection
Order applied for on [[19.11.2026|date]] and granted at Newcastle Civil and Family Courts on [[20.11.2026|date]].
"""),
    ("Telegram chat between a girl and her friend from a police download", """Telegram export - device of [[Khava|name]] (handed
in by mother on [[13/11/2026|date]]) - translated where Russian
Chat with "[[Amina Kh|name]]" (school friend, [[Amina Khamkhoeva|name]], Year 8)
[[11.11.2026|date]] 19:44  [[Amina Kh|name]]: u ok? u wernt in today
[[11.11.2026|date]] 19:46  [[Хава|name]]: дядя [[Руслан|name]] забрал телефон (uncle [[Ruslan|name]] took my phone) this is mums phone
[[11.11.2026|date]] 19:47  [[Хава|name]]: he says i go to [[Назрань|place]] in summer to nan [[Лейла|name]] and stay
[[11.11.2026|date]] 19:47  [[Amina Kh|name]]: ???? for holiday
[[11.11.2026|date]] 19:49  [[Хава|name]]: no for ever. for a husband. he has a man from [[karabulak|place]] already, [[Ибрагим|name]] 24
[[11.11.2026|date]] 19:52  [[Amina Kh|name]]: wtf u r 13. tell miss [[kirkup|name]] tomorow i will come with u
[[11.11.2026|date]] 19:53  [[Хава|name]]: mum cries. dont tell [[adam|name]]
[[12.11.2026|date]] 08:05  [[Amina Kh|name]]: meet u at saltwell park gates 8.15
"""),
    ("interpreter's note after a home visit", """NorthLingo interpreter's note (Russian), booking 55210
Interpreter: [[Zarema Bogatyreva|name]]  Date: [[18 November 2026|date]]  Place: family home, [[Bensham Road|address]], [[Gateshead|place]]
Present: [[Becky Swinburne|name]] (SW), [[Madina Tsechoeva|name]] (client), [[Adam|name]] (son, sent to play in another room at
the start, as asked).
Note for the social worker: the mother used some Ingush words I could not render; she referred to her brother-in-law as
"[[Ruslan|name]]" and as "[[Rusik|name]]". She said her mother-in-law lives in [[Sunzha|place]] and that a cousin, [[Zalina Gazdieva|name]],
in [[Vladikavkaz|place]] ([[+7 928 091 55 73|phone]]) can confirm the marriage talk. She asked me privately whether the council
will tell [[Ruslan|name]] where they move to. I told her to ask the social worker, and I passed this on.
I know the family of the neighbour, Mrs [[Ozdoeva|name]], from the community; I declared this at the start.
"""),
    ("core group meeting minutes", """CORE GROUP MINUTES   Child: [[Khava Yevloyeva|name]] (and [[Adam|name]])   Date:
Wednesday, [[2 December 2026|date]]
Present: [[Becky Swinburne|name]] SW; [[Madina Tsechoeva|name]]; [[Zarema Bogatyreva|name]] (interpreter); Ms [[Kirkup|name]]
([[Bensham Grove Academy|school]]); [[Hannah Oduya|name]] (school nurse); [[Sajida Begum|name]] (Karma Nirvana caseworker).
- FMPO served on [[Ruslan Yevloyev|name]] at [[14 Ravensworth Road|address]], [[Dunston|place]] [[NE11 9AB|postcode]] on
[[23/11/2026|date]].
- Passports for [[Khava|name]] and [[Adam|name]] held by the court. Port alert in place.
- Move: a housing transfer to [[Felling|place]] or [[Low Fell|place]] being looked at; mother prefers to stay near
[[Coatsworth Road|address]].
- [[Khava|name]] wants to keep going to the youth club by Saltwell Park with [[Amina|name]].
- Who may collect the children from school (agreed list): [[Madina Tsechoeva|name]]; Mrs [[Fatima Ozdoeva|name]] ([[07831 417 964|phone]]);
  [[Amina|name]]'s mother, [[Liana Khamkhoeva|name]] ([[07714 868 965|phone]]). NOT: [[Ruslan Yevloyev|name]],
[[Magomed Yevloyev|name]], or anyone
  sent by them, including cousin [[Bekhan Yevloyev|name]] of [[Benwell|place]] ([[Бекхан|name]]).
- Family abroad (for the FMU file): grandmother [[Leila Yevloyeva|name]] ([[Лейла Евлоева|name]]),
[[ул. Московская, 17|address]], [[Карабулак|place]],
  [[+7 8732 22 41 80|phone]]; the man named, [[Ibragim Kostoev|name]] ([[Ибрагим Костоев|name]]), of [[Sunzha|place]]; an aunt,
[[Petimat|name]], in
  [[Moscow|place]] ([[Москва|place]]), [[+7 495 612 33 48|phone]].
- Dates: FMPO return date [[22 February 2027|date]]; [[Khava|name]]'s passport renewal in May to be blocked;
  Eid plans - [[Madina|name]] wants to take the children to [[Leeds|place]] to her friend [[Aminat Dzortova|name]]; agreed.
- Ms [[Kirkup|name]]: [[Khava|name]] doing well; [[Adam|name]]'s teacher at [[Brighton Avenue|school]], Mr
[[Tom Blenkinsop|name]], reports no concerns.
Next core group: [[13th January 2027|date]], at [[Bensham Grove|school]]; invites from [[becky.swinburne@derwentvale.gov.uk|email]].
"""),
]


# --- D. Hindmarsh / Bell family (white British), Wrekenton ---------------------------------------------------------------

HOME_D = d.Address("6 Ryedale", "Wrekenton", "Gateshead", "NE9 7LE")
NAN_D = d.Address("23 Belle Vue Bank", "Low Fell", "Gateshead", "NE9 6BU")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Summer", "Bell")], dt.date(2026, 6, 18), addresses=[HOME_D], ids=["4573029818"]),
    _p("s", "sibling", [("Jaxon", "Hindmarsh")], dt.date(2019, 2, 27), addresses=[HOME_D], ids=["4461905276"],
       schools=["Wrekenton Ravensworth Terrace Primary"]),
    _p("m", "mother", [("Chelsea", "Hindmarsh")], dt.date(2002, 8, 11), addresses=[HOME_D], phones=["07819 433 121"]),
    _p("f", "father", [("Dale", "Bell")], dt.date(1999, 4, 4), addresses=[HOME_D], phones=["07929 154 252"]),
    _p("g", "grandparent", [("Dawn", "Hindmarsh")], dt.date(1975, 1, 16), addresses=[NAN_D], phones=["07976 531 797"]),
    _p("p1", "professional", [("Grace", "Tweddle")], phones=["0191 487 5504"], emails=["grace.tweddle@nhs.net"]),
], "c")

DOCS_D = [
    ("health visitor's chronology", """HEALTH VISITING CHRONOLOGY - [[Summer BELL|name]], DOB [[18/06/2026|dob]], NHS [[457 302 9818|nhs]]
Home: [[6 Ryedale|address]], [[Wrekenton|place]], [[NE9 7LE|postcode]]. Mother [[Chelsea Hindmarsh|name]] ([[07819 433 121|phone]]), father
[[Dale Bell|name]] ([[07929 154 252|phone]]). Sibling [[Jaxon Hindmarsh|name]] (7). HV: [[Grace Tweddle|name]]
([[grace.tweddle@nhs.net|email]])
[[18.06.26|date]]  Born at the QE, 36+2, 2.41 kg. Home on [[21.06.26|date]].
[[02.07.26|date]]  New birth visit. Mum low, tearful. Maternal nan [[Dawn|name]] (from [[Low Fell|place]]) present and helping.
[[14.08.26|date]]  6-8 week check: weight 9th centile (from 25th). Mum says [[Dale|name]] "shouts at [[Jaxon|name]]".
[[29.09.26|date]]  Not brought to clinic at [[Springwell|place]]. Phoned: no answer.
[[12.10.26|date]]  Visit: hole in the bedroom door; [[Dale|name]] said "[[Jaxon|name]] did it". Weight 2nd centile. GP, Dr
            [[Amrit Sandhu|name]] (Oxford Terrace), informed.
[[03.11.26|date]]  [[Jaxon|name]]'s teacher Miss [[Leah Pattinson|name]] at [[Ravensworth Terrace|school]] rang: [[Jaxon|name]] said "Dad
            squeezed the baby to stop her crying".
[[03.11.26|date]]  Referral to MASH. [[Summer|name]] seen at the QE the same evening: two healing rib fractures on X-ray.
[[05/11/26|date]]  Strategy discussion; [[Summer|name]] and [[Jaxon|name]] placed with nan [[Dawn Hindmarsh|name]],
[[23 Belle Vue Bank|address]].
[[06/11/26|date]]  Visit to nan's: [[Summer|name]] settled. [[Dawn|name]]'s partner [[Keith Parkin|name]] lives there; DBS checks asked for.
[[13/11/26|date]]  Weight 4th centile. [[Jaxon|name]] moved to [[Glynwood|school]] near nan's from [[16/11/26|date]].
[[20/11/26|date]]  Mum [[Chelsea|name]] visits nan's with her friend [[Kayleigh|name]]; [[Dawn|name]] says [[Dale|name]] waited
in a car ([[NU20 KZE|vehicle]]) on [[Belle Vue Bank|address]].
[[27/11/26|date]]  Clinic at [[Low Fell|place]]: 5.1 kg, 9th centile. Feeding well with nan. [[Summer|name]] smiling.
[[04/12/26|date]]  Joint visit with SW [[Jenna Coulson|name]] ([[jenna.coulson@derwentvale.gov.uk|email]], [[0191 410 3387|phone]]).
"""),
    ("paediatrician's child protection medical letter", """Department of Child Health, Queen Elizabeth Hospital, [[Gateshead|place]]
[[6 November 2026|date]]
Dear Ms [[Tweddle|name]],
Re: [[Summer Bell|name]], DOB [[18 June 2026|dob]], [[6 Ryedale|address]], [[Wrekenton|place]], [[Gateshead|place]] [[NE9 7LE|postcode]]
I saw [[Summer|name]] on [[3rd November|date]] with her mother, [[Chelsea|name]], and maternal grandmother, Mrs [[Dawn Hindmarsh|name]],
at the request of [[Jenna Coulson|name]], social worker. The skeletal survey of [[4/11/2026|date]] shows healing fractures of the
left 6th and 7th ribs, about 10-14 days old, and no other injury. Bloods normal. There is no history of trauma and no medical
explanation. In my opinion the fractures are very likely to be inflicted, by squeezing. The follow-up survey is booked for
[[18/11/2026|date]].
Yours sincerely
Dr [[Ngozi Achebe-Hall|name]], Consultant Paediatrician
cc: Dr [[Sandhu|name]], Oxford Terrace and Rawling Road Medical Group; [[Jenna Coulson|name]], Derwent Vale Children's Services
"""),
    ("father's handwritten statement OCR'd", """[scanned - handwritten - OCR]   STATMENT OF [[DALE BELL|name]]   D.O.B [[4/4/99|dob]]
I [[Dale|name]] never hurt my daughter [[Sum
mer|name]] ever. me and [[Chel|name]] was both up with her all nigh ts becuase she had colic and
[[Jax|name]] was playing up. I went to my mate [[Stevie Gibbon|name]]s on [[Kell
Crescent|address]] on the [[1st|date]] and [[2nd|date]] to get a brake. ask him his number is [[07883 404 509|phone]]. [[Chel|name]]s
mam [[Dawn|name]] dont like me and never has since [[Jaxon|name]]s dad [[Connor Fenwick|name]] went to jail. I want a DNA test
and I want to see [[Summer|name]] at the contact centre in [[Felling|place]] not at [[Dawn|name]]s.
Signed [[D Bell|name]]  [[10/11/2026|date]]
"""),
    ("family time supervisor's contact record", """FAMILY TIME RECORD   Child: [[Summer Bell|name]]   Session: Thursday
[[26/11/2026|date]] 10:00-11:30
Venue: [[Felling|place]] family centre   Supervisor: [[Gemma Ord|name]]   Transport: nan [[Dawn|name]] brought [[Summer|name]]
Present: [[Chelsea|name]] (mum). Dad [[Dale|name]] not attending (bail conditions); his mam, [[Linda Bell|name]], asked to come and
was told no by the SW [[Jenna|name]] on [[25/11|date]].
[[Chelsea|name]] fed [[Summer|name]] 4 oz well and winded her gently. She asked about [[Jaxon|name]], who stays at nan's and goes to
school from [[Low Fell|place]] now. She said she has left [[Dale|name]] and is staying with her friend [[Kayleigh Robson|name]] in
[[Sheriff Hill|place]]. At 11:20 [[Chelsea|name]]'s phone rang several times ("[[Dale|name]] mob"); she did not answer.
Next sessions: [[3 December|date]], [[10 December|date]], [[17 December|date]] (Christmas session, [[Jaxon|name]] invited), then
[[7 January|date]]. Approved visitors: nan [[Dawn Hindmarsh|name]] ([[07976 531 797|phone]]), aunt [[Carly Hindmarsh|name]]
([[07401 443 633|phone]]).
Not approved: [[Dale Bell|name]]; [[Linda Bell|name]] ([[07919 264 304|phone]]) pending her viability assessment by [[Jenna Coulson|name]];
[[Dale|name]]'s friend [[Stevie Gibbon|name]]. Taxi: Blue Line, driver [[Alan|name]]. Signed [[G Ord|name]] [[26/11/26|date]].
"""),
]


# --- E. Limbu / Angbuhang family (Limbu, from east Nepal, an ex-Gurkha's family), Bill Quay ---------------------------

HOME_E = d.Address("12 Bill Quay Road", "Bill Quay", "Gateshead", "NE10 0UN")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Sumnima", "Limbu")], dt.date(2011, 3, 8), addresses=[HOME_E], ids=["4899153627", "P390215832260"],
       schools=["Heworth Grange School"]),
    _p("s", "sibling", [("Ojas", "Limbu")], dt.date(2016, 12, 24), addresses=[HOME_E], ids=["4637284104"]),
    _p("m", "mother", [("Manmaya", "Angbuhang")], dt.date(1985, 9, 9), addresses=[HOME_E], phones=["07508 831 500"]),
    _p("f", "father", [("Padam", "Limbu")], dt.date(1979, 6, 15), addresses=[HOME_E], phones=["07502 706 952"],
       ids=["NW 62 08 41 C"]),
    _p("p1", "professional", [("Tariq", "Mahmood")], phones=["0191 438 0945"], emails=["tariq.mahmood@derwentvale.gov.uk"]),
], "c")

DOCS_E = [
    ("school nurse's record of a self-harm disclosure", """SCHOOL NURSING - CONTACT RECORD
Name: [[LIMBU, Sumnima|name]] ([[सुम्निमा लिम्बू|name]])   DOB: [[08/03/2011|dob]]   NHS: [[489 915 3627|nhs]]   School:
[[Heworth Grange|school]]
Address: [[12 Bill Quay Road|address]], [[Bill Quay|place]], [[Gateshead|place]] [[NE10 0UN|postcode]]
Date: [[17.11.2026|date]]   Seen by: [[Sophie Charlton-Reay|name]], SN
Drop-in. [[Sumnima|name]] (15) showed me cuts on her left forearm, some fresh, done "since half term". She said her father,
[[Padam|name]], found out she has a boyfriend, [[Reece|name]], in Year 11, took her phone and hit her with a belt on the [[14th|date]].
She says Dad is "old-school from [[Dharan|place]]" and wants her to marry "a Limbu boy" later. Her mum, [[Manmaya|name]], "just
cries". Her little brother [[Ojas|name]] (9) at [[Bill Quay Primary|school]] "sees everything". Her aunt [[Bimala|name]] in
[[Aldershot|place]] is the person she trusts; phone via mum. She did not want me to tell school. Explained I must share.
Wound care given. Shared with DSL Mr [[Kevin Oxley|name]] at 11:40 and MASH at 12:05.
"""),
    ("Viber messages in Nepali and English between a mother and her sister, translated", """Viber - [[Manmaya|name]]
([[मनमाया|name]]) and her sister [[Bimala Angbuhang|name]] ([[बिमला|name]]), shared by the mother, translated by
[[Pratima Gurung|name]]
[[18/11/2026|date]] 20:11 [[मनमाया|name]]: दिदी, [[सुम्निमा|name]]लाई बाबाले कुट्नुभयो ([[Sumnima|name]] was beaten by her father)
[[18/11/2026|date]] 20:12 [[बिमला|name]]: what!! where is [[padam|name]] now
[[18/11/2026|date]] 20:14 [[मनमाया|name]]: at work, security at the Metrocentre. social worker [[tariq|name]] is coming tomorrow
[[18/11/2026|date]] 20:15 [[बिमला|name]]: send [[sumi|name]] and [[ojas|name]] here to [[aldershot|place]]. my address
[[Flat 9, Eggars Court|address]], [[GU11 1AB|postcode]]
[[18/11/2026|date]] 20:20 [[मनमाया|name]]: he will not allow. his brother in [[Dharan|place]] ([[धरान|place]]) already rang me
[[+977 984-2561873|phone]]
[[19/11/2026|date]] 07:30 [[बिमला|name]]: ring me after. आमा (Hong Kong) also knows, she rang. her number [[+852 6194 2738|phone]]
[[19/11/2026|date]] 21:40 [[मनमाया|name]]: [[tariq|name]] came with [[pratima|name]] didi. [[sumi|name]] spoke at school to
police lady [[jo|name]]
[[19/11/2026|date]] 21:42 [[बिमला|name]]: good. is [[padam|name]] arrested??
[[19/11/2026|date]] 21:45 [[मनमाया|name]]: no, interviewed. he is staying with [[nar bahadur|name]] in [[pelaw|place]] till
[[26th|date]]. [[ojas|name]] asks for baba
[[19/11/2026|date]] 21:50 [[बिमला|name]]: come at christmas. [[ram|name]] dai will fetch you from [[farnborough|place]] station
on [[23 dec|date]]
[[20/11/2026|date]] 06:10 [[मनमाया|name]]: [[हेम|name]] दाइ rang again from [[धरान|place]] at 3am. he shouted that
[[सुम्निमा|name]] shamed the family
"""),
    ("strategy discussion record", """STRATEGY DISCUSSION RECORD (section 47)   Date/time: [[18 Nov 2026|date]] 14:00   Chair:
[[Laura Gowland|name]] (TM)
Child: [[Sumnima Limbu|name]] ([[8 March 2011|dob]]), UPN [[P390215832260|upn]]; sibling [[Ojas Limbu|name]] ([[24/12/2016|dob]])
Parents: [[Padam Limbu|name]] (NI [[NW 62 08 41 C|ni]], [[07502 706 952|phone]]); [[Manmaya Angbuhang|name]] ([[07508 831 500|phone]])
Attended: [[Tariq Mahmood|name]] (SW); DC [[Jo Wallace|name]], Northumbria Police; [[Sophie Charlton-Reay|name]] (SN);
[[Kevin Oxley|name]] ([[Heworth Grange|school]] DSL).
Information: no previous police contact. Father ex-Gurkha (Royal Gurkha Rifles), came from [[Itahari|place]] via [[Folkestone|place]];
works nights at the Metrocentre. Family attend the Kirat Yakthung Chumlung hall in [[Felling|place]]; the chair of the
community, Mr [[Dil Bahadur Tumbapo|name]], is known to [[Padam|name]] - not to be told.
Decision: joint section 47 enquiry. [[Sumnima|name]] to be interviewed at [[Heworth Grange|school]] on [[19.11.26|date]] with a
Nepali-speaking ABE officer; [[Ojas|name]] seen at [[Bill Quay Primary|school]]. Interpreter: [[Pratima Gurung|name]].
Family and network: [[Padam|name]]'s brother [[Hem Bahadur Limbu|name]] ([[हेम बहादुर लिम्बु|name]]) in [[Dharan|place]],
[[+977 984-2561873|phone]];
his uncle in [[Ilam|place]]; [[Manmaya|name]]'s sister [[Bimala Angbuhang|name]], [[Flat 9, Eggars Court|address]],
[[Aldershot|place]] [[GU11 1AB|postcode]],
[[07567 769 924|phone]]; [[Manmaya|name]]'s mother [[Pabitra Angbuhang|name]] in Hong Kong ([[+852 6194 2738|phone]]); family friend
[[Nar Bahadur Subba|name]] of [[Pelaw|place]], who drives [[Padam|name]] to work ([[07448 956 546|phone]]); the girl's friend
[[Grace Nwosu|name]].
Boyfriend: [[Reece Atkinson|name]], 16, Year 11, [[Heworth Grange|school]]; his mother [[Nicola Atkinson|name]] of [[Windy Nook|place]].
Previous: [[Ojas|name]] seen at the QE on [[03/02/2024|date]] with a bruised ear ("fell off bunk"); [[Sumnima|name]] missed
school on [[3/3/2025|date]]
to [[7/3/2025|date]] (a trip to [[Dharan|place]] not agreed).
Actions: ABE by [[19/11|date]]; a safety plan with [[Manmaya|name]] by [[20/11|date]]; [[Tariq|name]] to email
[[p.gurung@northlingo.co.uk|email]] to book; minutes to [[l.gowland@derwentvale.gov.uk|email]].
"""),
    ("girl's letter to her social worker", """dear [[tariq|name]]
its [[sumi|name]] ([[Sumnima|name]]). you said i could write it if its hard to say.
i dont want dad to go to prison. i want him to stop. mum says in [[Dharan|place]] its normal to hit but [[Ojas|name]] cries
when he shouts. my friend [[Grace Nwosu|name]] says her dad never hits.
i will stay with aunty [[Bimala|name]] in [[Aldershot|place]] at christmas if mum comes. [[Reece|name]] is just a friend now.
please dont tell dad about the cutting. the nurse [[sophie|name]] is nice. from [[sumi|name]]   [[1/12/26|date]]
"""),
]


# --- F. Dixon / Heron family (white British), Swalwell --------------------------------------------------------------

HOME_F = d.Address("5 Market Lane", "Swalwell", "Newcastle upon Tyne", "NE16 3DH")
GRAN_F = d.Address("30 Station Road", "Rowlands Gill", "Gateshead", "NE39 1PZ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Maisie", "Heron")], dt.date(2010, 10, 30), addresses=[HOME_F], ids=["4770513968", "W390218440927"],
       schools=["Whickham School"]),
    _p("s", "sibling", [("Brooklyn", "Dixon")], dt.date(2015, 7, 1), addresses=[HOME_F], ids=["4528640139"]),
    _p("m", "mother", [("Stacey", "Dixon")], dt.date(1991, 4, 26), addresses=[HOME_F], phones=["07404 906 946"],
       ids=["JK 50 77 13 D"]),
    _p("g", "grandparent", [("Irene", "Heron")], dt.date(1957, 5, 2), addresses=[GRAN_F], phones=["07597 108 130"]),
    _p("p1", "professional", [("Owen", "Milburn")], phones=["0191 433 2716"], emails=["owen.milburn@derwentvale.gov.uk"]),
], "c")

DOCS_F = [
    ("young carer's assessment", """YOUNG CARER'S NEEDS ASSESSMENT
Young carer: [[Maisie Heron|name]], 16, DOB [[30/10/2010|dob]], Year 11 at [[Whickham School|school]], UPN [[W390218440927|upn]]
Cared for: mother [[Stacey Dixon|name]] (DOB [[26/04/1991|dob]], NI [[JK 50 77 13 D|ni]]), MS and alcohol use; brother
[[Brooklyn Dixon|name]] (11), ADHD. Home: [[5 Market Lane|address]], [[Swalwell|place]], [[NE16 3DH|postcode]]. Mum's mobile
[[07404 906 946|phone]].
Assessor: [[Owen Milburn|name]], Young Carers ([[owen.milburn@derwentvale.gov.uk|email]]). Visits [[10/11/2026|date]] and
[[24/11/2026|date]].
[[Maisie|name]] gets [[Brooklyn|name]] up, gives him his tablets, walks him to [[Fellside|school]] and is late for school most days
(attendance 71%). She cooks, does the shopping at the Aldi in [[Blaydon|place]] and helps Mum in the shower. She said, "if Mum has
a drink I sleep in [[Brooklyn|name]]'s room". Her gran, [[Irene Heron|name]], in [[Rowlands Gill|place]] ([[07597 108 130|phone]]) has
her on Sundays. Her best friend is [[Robin Swan|name]]; they both go to the Derwent Valley cadets at [[Winlaton Mill|place]].
Her GCSE mocks start [[7th December|date]]. Her dad, [[Craig Heron|name]], lives in [[Consett|place]] and sees her "now and then".
"""),
    ("mother's own letter to the council", """To the social worker [[Owen|name]]
[[5 Market Lane|address]]
[[Swalwell|place]]
[[28th Nov 2026|date]]
Dear [[Owen|name]]
I am writing because I am ashamed of what [[Maisie|name]] told you. I am not a drunk. I have MS since [[Brooklyn|name]] was born
and some days my legs go. My neighbour [[Sandra Swan|name]] ([[Robin|name]]s mam) helps. I am on the list at the Freeman for
a new drug. I have stopped drinking since the [[20th|date]] and I go to the meeting at [[Blaydon|place]] on a Tuesday with my friend
[[Tina Bowes|name]].
I dont want [[Maisie|name]] to miss her exams. Please can [[Brooklyn|name]] go to the after school club at [[Fellside|school]] and can
someone help with the stairs. My mam is dead and [[Irene|name]] (her Gran on her dads side) is 69.
Yours,
[[Stacey Dixon|name]]
"""),
    ("team around the family review minutes", """TEAM AROUND THE FAMILY - REVIEW   Family: [[DIXON|name]] / [[HERON|name]]
Date: [[8 December 2026|date]] (planned)
Lead professional: [[Owen Milburn|name]]. Present: [[Stacey Dixon|name]]; [[Maisie|name]]; [[Irene Heron|name]]; [[Peter Ogilvie|name]]
([[Whickham School|school]] pastoral); [[Jill Armstrong|name]] ([[Fellside Community Primary|school]]); [[Debbie Gibson|name]] (MS nurse).
1. MS nurse: [[Stacey|name]] to have an OT visit on [[15/12/2026|date]]; stair rail and a perching stool.
2. Alcohol: [[Stacey|name]] attending Gateshead Recovery Partnership since [[20 November|date]]; breath tests clear.
3. [[Maisie|name]]: exam access arrangements agreed; a young carers' card; breakfast club for [[Brooklyn|name]] from [[4 January|date]].
4. [[Irene|name]] to have [[Brooklyn|name]] on Wednesdays at [[30 Station Road|address]], [[Rowlands Gill|place]] [[NE39 1PZ|postcode]].
5. Contacts agreed: [[Stacey|name]] [[07404 906 946|phone]]; [[Irene|name]] [[07597 108 130|phone]]; neighbour
[[Sandra Swan|name]] at [[no. 7|address]]
   ([[07953 496 657|phone]]); [[Maisie|name]]'s dad [[Craig Heron|name]], [[19 Front Street|address]], [[Leadgate|place]],
[[Consett|place]] [[DH8 6BN|postcode]].
6. [[Brooklyn|name]]'s ADHD review at the QE on [[12/01/2027|date]] with Dr [[Femi Akande|name]]; [[Irene|name]] to take him.
7. [[Maisie|name]]'s mocks [[7|date]]-[[11 December|date]]; results on [[20th January|date]]; college open evening at
[[Dunston|place]] on [[14 Jan|date]].
8. Respite: Young Carers' residential at [[Kielder|place]] [[3|date]]-[[5 April 2027|date]]; [[Maisie|name]] and
[[Robin Swan|name]] want to go.
Review: [[2nd March 2027|date]]. Minutes typed by [[Owen Milburn|name]] and sent to [[irene.heron57@gmail.com|email]] at her request.
"""),
    ("young carers' group worker's quick notes from a trip", """trip notes ([[Owen|name]], typed on phone) [[21/11|date]] -
young carers to the panto at the Tyne Theatre
9 yc's. [[maisie|name]] + [[robin|name]] sat together, fine. [[maisie|name]] phone kept going - "mam". said she'd had to leave
[[brooklyn|name]] at gran [[irene|name]]s in [[rowlands gill|place]]. other kids: [[Tyla Ward|name]] ([[Crawcrook|place]]),
[[Jack Lisle|name]]
([[Ryton|place]]) - all ok. dropped [[maisie|name]] home 17.20 on [[market ln|address]], mum [[stacey|name]] at door, seemed sober. flag to
TM [[Jan Curry|name]]. follow up mon [[23rd|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 138 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:09 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "tm", "sn", "sw", "nurse", "our", "me", "nan",
           "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mam", "mummy", "dad", "daddy", "aunty",
           "auntie", "uncle", "дядя", "бабушка", "दिदी", "आमा", "बुबा", "बाबा"}
_AFTER = {"senior", "junior", "ji", "didi", "dai", "दाइ"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "uk", "united kingdom", "tyne and wear", "tyneside", "county durham",
               "durham", "northumberland", "the north east", "north east", "russia", "ingushetia", "chechnya", "north ossetia",
               "the caucasus", "caucasus", "nepal", "east nepal", "hong kong", "europe"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (through
# bench/redaction_handwritten.py) with this set's titles and kinship words and counties, regions and countries.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
