"""Set 21: a sixteenth held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as sets 8 to 19 do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set20.py and tests/test_redaction_set20.py (written by another helper at the same time), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set19.py and tests/test_redaction_set19.py in full (the layout and marking conventions followed here; two short
passages of set 19's documents were cut from the screen and not read), the docstrings of bench/redaction_set7.py,
redaction_set8.py, redaction_set18.py and bench/redaction_heldout.py in full or nearly, and of sets 9 to 17 the paragraphs that
name families, towns and document types (to see which towns and communities earlier sets used as a family's home, and which
document types), the checker functions and word lists of bench/redaction_heldout.py (problems, KINDS, _NI, gold_counts,
report) and of set 7 (problems, _valid_phone, _TITLES, _WEEKDAYS, _NOT_PLACES), the _TITLES, _AFTER and _NOT_PLACES of sets 8 to
13 and 15 and the _NOT_PLACES of sets 16 to 18, the module docstring and the `_party`, `Records`, `HandSet`, `word_problems`,
`_parse`, `_docs` and `sets` helpers of bench/redaction_handwritten.py (its first record was seen in passing), and the ruff
settings in pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked
with python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families, chosen to look like a typical caseload in Cornwall and Devon, Yorkshire and the Humber and the North West, each
from a town or district no earlier set (6 to 19) used as a family's home. Four of the kinds most common in children's social
care: a young white British mother evicted from a house in Camborne and placed by the council in a static caravan on a holiday
park at Connor Downs, near Hayle, with a grandmother in Troon (Pascoe / Rowe; a boy of 4 found alone at the sea's edge by
lifeguards, a girl of 8 minding a baby, a fire in the caravan, a partner's drinking, a burn at pre-school, the park closing
for the winter), a white British family on the Airedale estate in Castleford, with a grandmother in Allerton Bywater and a
father in Normanton (Hepworth / Illingworth / Sugden; finger-mark bruising seen at a boy's rugby league club, domestic abuse
with strangulation by a mother's partner, a phone thrown that cut the boy, a father's private law application), a British
Pakistani family on Gibbet Street in Halifax (Zaman / Kauser; an autistic girl of 12 taken off roll into elective home
education after bullying, groomed on Roblox and sextorted by an adult posing as a boy of 14, a brother of 16 who found it and
blames himself) and a white British family in Barne Barton, Plymouth, with a grandmother in St Budeaux and a father in prison
(Vosper / Hannaford; an autistic boy of 12 with ADHD in a residential special school near Buckfastleigh, going missing, a
physical intervention, self-harm, a father's unapproved calls from prison, a mother who writes to her MP). Two from
communities no earlier set used: a Chagossian family from Mauritius in Benchill, Wythenshawe (Labonne / Kinsella / Elysée; a
mother who speaks Mauritian Kreol, abused by her partner, a girl of 14 kept home on Mondays and Tuesdays to mind a toddler, a
boy of 10 used as an interpreter, damp and asthma, a grandmother in Port Louis born on Peros Banhos, a wish to move to the
Chagossian community in Crawley) and a strictly Orthodox Jewish family of seven children in Sedgley Park, Prestwich, with
grandparents in Gateshead and Stamford Hill and family in Antwerp, Lakewood and Bnei Brak (Halpern / Lieberman; a mother's
post-partum psychosis four weeks after a birth, found at night in the rain with the baby, a mother and baby unit, a girl of 13
who carried the house, a community rota). 24 documents, of types no earlier set used or in styles new to these sets: an RNLI
lifeguard's found-child incident report, a holiday park manager's email forwarded through housing to the social worker, a
fire and rescue service's safe and well visit with a safeguarding referral, a pre-school's existing injury form with a key
person's log, a rugby league club welfare officer's email chain through the sport's national body, a Cafcass safeguarding
letter, a Microsoft Teams auto-generated transcript of a strategy discussion (with its mis-hearings), a police DASH risk
assessment form, a Roblox chat log from a police digital forensic extract, an elective home education adviser's visit report
(with a name in Urdu script), a ChatHealth school nursing text conversation export, a GP practice safeguarding meeting's
minutes, a residential special school's incident log, a prison offender manager's child contact assessment, an MP's
caseworker enquiry with the council's reply (quoting the mother's own email), an independent person's monthly visit report to
a residential special school, a housing association tenancy officer's contact notes, an interpreter's own note after a home
visit (Mauritian Kreol), a secondary school's first-day calling attendance log, MARAC minutes and actions, an ambulance
service patient report form, a mother and baby unit's discharge planning notes, a family WhatsApp group in Yiddish (Hebrew
script) and English typed up and translated, and a community meal and help rota pasted from a shared spreadsheet with the
coordinator's email.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Mauritius, Belgium, Israel); NHS numbers and UPNs (the right LA number for the area:
908, 384, 381, 879, 352) pass their check digits; NI numbers have a valid format. Councils are invented (Cober Vale, Calder
Aire, Hebble Vale, Plym Sound, Mersey Bank, Irk Valley), and so are the holiday park (Towan Sands), the care home (Penmare),
the pre-schools (Little Gulls, Little Stars), the rugby club (Cutsyke Cobras), the GP practice (Spring Hall), the
residential school and its proprietor (Dartside House School, Moorside Education Ltd), the housing association (Sharston
Homes), the interpreting agency (NorthLingo), the community charity (Bnos Chesed) and the Jewish schools (Bais Sarah,
Talmud Torah Nachlas Dovid), Benchill Brook Academy and Three Lane Ends Academy; towns, districts, estates, villages, real
schools and colleges, real charities, NHS bodies, hospitals, police forces, prisons, courts, clubs, brands, apps, games,
programmes, foods, festivals and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set19.py (which follows set 15 and sets 6 to 13). [[words|kind]] is
a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and
kinship words (Mr, Mrs, Ms, Miss, Dr, PC, PCSO, DC, DS, DI, Sgt, CM, FF, SM, Nan, nanna, Nanny, Grandad, Mum, me (as in "me
sister"), Dadi, Apa, Mémé, Tonton, madam, granmer, Rabbi, the Hebrew הרב) stay outside the name span, whether they come before
or after the name ("Shazia phuppo", "Mrs Illingworth senior"); a possessive 's, a bare s in texting ("kacey"s) and a Yiddish
possessive ("חיה שרה'ס") stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one
span ("ROWE, Jago", "WHITELEY, Natalie", "LABONNE, Josiane Marie"), and so is "SURNAME First" ("LABONNE Kelly-Ann"); an
initial with a surname is one span, and so is a first name with an initial after it ("Amira B", "Shloime L", "Riley-James V");
initials alone ("RJV", "B and M") are not marked; a collar number after a name ("WHITELEY, Natalie 6677") stays outside; a
name broken by a line break is one span holding the break, and so is an address, a place, a school or a date; social media
handles and usernames ("bubblemoon.x", "zayn_bfd_14", "maddz_xo") are not marked, but a display name that is a person's
plain name is ("Leena", "Maddie", "Shloime L"); a contact or sender saved under a kinship word ("Shver", "Shviger", "Bubby")
is not a name; a family name in the plural ("the Harveys") or in a group chat's title ("Lieberman Mishpacha") is a name. A
street address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so
is a neighbour's bare flat, house or caravan number ("Flat 4", "no. 50", "van 44") and an address abroad ("23 Avenue des
Manguiers", Port Louis; "Mercatorstraat 54", Antwerpen); towns, cities, villages, districts and estates are places, at home
or abroad and in any script ("Pool", "Troon", "Cas", "מאנטשעסטער", "גייטסהעד"); countries, counties and regions are not
("Cornwall", "West Yorkshire", "West Sussex", "Mauritius", "the Chagos"); organisations are not marked even when they hold a
town's or a person's name ("Bodriggy Health Centre", "Wythenshawe Hospital", "North Manchester General", "Prestwich Health
Centre", "Benchill Medical Practice", "Catherine House Surgery", "Plymouth Crown Court", "Cutsyke Cobras", "Hatzola"); a
school's or college's name is a school, and so is its short form and a pre-school's or nursery's name ("Beacon", "Smawthorne",
"Three Lane Ends", "Nachlas Dovid", "mill ford", "Little Gulls", "Little Stars"); a date of birth is dob, any other calendar
date with a day is date (a weekday before it stays outside), and the bare day in a range or a diary line ("21"-"22
November", "the 31st", "the 10th") is a date span of its own; months and years alone are not marked; helplines are not
marked; pets' names (Tyson, Diesel, the cat "biscuit") are not names; a firm named after people marks only the names
("[[Anand|name]] & Co"); parks, beaches, rivers, stadiums and attractions are landmarks and stay unmarked (Gwithian Towans,
Godrevy, the Red River, Home Park, Eureka); a surname or first name that is also an English word or a town is marked by what
it refers to (Dawn, Rose, Green, Stern, Jose, Sunderland, Bramley, Hulme, Heywood, Lockwood and Connor are names when they are
people, and Sunderland, Bramley, Hulme and Connor Downs are places when they are places); a name in another script (Hebrew
"חיה שרה", "ריבקי"; Urdu "علینہ") is a name; a service, branch or trip named by its town in lower-case words ("Station:
Hayle", "Plymouth PDU", "Totnes market", "the trip to Exeter", "Crawley's housing") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a holiday park's name is
an address wherever it appears ("Towan Sands Holiday Park", "Towan Sands"), since it locates the family's home as set 19's
block names did, and so is the family's caravan number alone ("Caravan 42", "42"); an event named after a person or a people
("Trevithick Day", "Chagos Day") is an event and stays unmarked, though a street named after the same man ("Trevithick Road")
is an address; a bank named after its town ("the Halifax") is an organisation; a family court "sitting at" a town is an
organisation; a local short form of a town ("Cas" for Castleford) is a place; in an auto-generated transcript a mis-heard name
("Brodie", "Wayne Sugar Den") is a name and a mis-heard place ("Allerton by water") a place, and the date inside the
transcript's file name ("20261006") is a date; a Teams display name with an organisation in brackets marks the name and the
school separately; a false name an adult used online to pass as a boy ("Zayn") is a name, like an alias; a number hidden by a
platform's filter ("####") is not a phone; a service's public text number (ChatHealth) is not marked, like a helpline; the
islands where Chagossians were born and lived ("Peros Banhos") are places, as set 19's Sheppey was, while the Chagos, the
Chagos Islands, the archipelago and the British Indian Ocean Territory are a region and are not marked; "the Rebbe", "the
Rov", "Hashem" and "Baruch Hashem" are not names; in a prayer name "X בת Y" ("X daughter of Y") the two names are separate
spans and "בת" stays outside; a Hebrew calendar date with a day ("כ"ד כסלו", "24 Kislev") is a date; a Belgian four-digit
postcode ("2018", which looks like a year) is a postcode; a tenancy or case reference, a prisoner number, a CAD or crime
reference and an interpreter's registration number are not marked.

Self-check without the detector: `python -m bench.redaction_set21` (and tests/test_redaction_set21.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
1,588 gold spans, 991 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Pascoe / Rowe family (white British), Camborne, then a holiday park at Connor Downs, near Hayle --------------------

OLD_A = d.Address("17 Trevithick Road", "", "Camborne", "TR14 8LQ")
HOME_A = d.Address("Caravan 42, Towan Sands Holiday Park", "Connor Downs", "Hayle", "TR27 5BL")
NAN_A = d.Address("3 Higher Condurrow", "Troon", "Camborne", "TR14 9EE")
DAD_A = d.Address("Flat 5, 12 Lemon Street", "", "Truro", "TR1 2LS")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Jago", "Rowe")], dt.date(2022, 3, 11), addresses=[HOME_A, OLD_A], ids=["4962494457"],
       schools=["Little Gulls Pre-school"]),
    _p("s", "sibling", [("Demelza", "Pascoe")], dt.date(2018, 1, 25), addresses=[HOME_A, OLD_A],
       ids=["4188955996", "U908204122317"], schools=["Beacon Community Primary School"]),
    _p("s2", "sibling", [("Lowen", "Rowe")], dt.date(2026, 1, 2), addresses=[HOME_A], ids=["6200337381"]),
    _p("m", "mother", [("Kerensa", "Pascoe")], dt.date(1998, 7, 19), addresses=[HOME_A, OLD_A], phones=["07824 519 306"],
       ids=["7844049081", "JP 41 72 06 C"]),
    _p("f", "father", [("Dean", "Rowe")], dt.date(1994, 11, 3), addresses=[HOME_A], phones=["07971 264 885"],
       ids=["WR 58 13 94 A"]),
    _p("f2", "father", [("Kieran", "Jewell")], dt.date(1996, 5, 30), addresses=[DAD_A], phones=["07854 330 172"]),
    _p("g", "grandparent", [("Linda", "Pascoe")], dt.date(1969, 2, 14), addresses=[NAN_A],
       phones=["01209 714 268", "07790 415 623"]),
    _p("p1", "professional", [("Morwenna", "Tonkin")], phones=["0300 123 4761"], emails=["morwenna.tonkin@cobervale.gov.uk"]),
    _p("p2", "professional", [("Sian", "Uren")], phones=["01736 758 940"], emails=["sian.uren@nhs.net"]),
], "c")

DOCS_A = [
    ("RNLI lifeguard incident report of a found child", """RNLI LIFEGUARDS - WEST CORNWALL - INCIDENT REPORT (LG1)      Incident no.
2026/GWI/0417
Beach: Gwithian Towans (lifeguard unit at the Towans car park end)          Date: Sunday [[13/09/2026|date]]
First seen: 13:22    Closed: 14:41    Conditions: sunny, F3 onshore, low water 12:50, surf 1-2 ft, water 16C
Lifeguards on duty: [[Kit Nance|name]] (Senior Lifeguard, author); [[Ruby Hosking|name]]; [[Tom Angove|name]]; [[Lowenna Cardew|name]]
(trainee)
Incident type: LOST/FOUND CHILD - found child, no carer present.  Also: first aid (cold, sunburn).  Safeguarding: YES

WHAT HAPPENED (facts, times from the unit log)
13:22 [[Ruby|name]], on the rescue board north of the flags, saw a small boy about 4 on his own at the water's edge, about
300 m north of the red and yellow flags towards the Red River mouth, up to his knees and walking out. She paddled in and
brought him up the beach. He was wearing a dinosaur pyjama top and pants, no shoes, no suncream; red shoulders, shivering,
lips dusky. He said his name was "[[Jay|name]]" and that he was "four and a half".
13:25 Lost child procedure started: radio call to the Godrevy unit ([[Ollie Pengilly|name]]) and to the car park kiosk; a
description given out by loudhailer at both ends of the beach. No one came forward.
13:30 First aid in the unit by [[Tom|name]] and me: wet top off, dried, foil blanket and a hoodie from lost property, warm
squash. Temp 35.9 (ear), 36.4 at 13:50. Alert, chatty, no injuries seen apart from old bruises on both shins (normal for age?)
and a scab on his right elbow. He asked for "[[Mellie|name]]" and said "Mummy is sleeping in the caravan" and "[[Dean|name]]'s gone
pub". He said he came "through the sand hills" on his own.
13:40 A beach user, Mrs [[Jenny Hocking|name]] (from [[Redruth|place]], [[07733 284 119|phone]]), told [[Lowenna|name]] she had seen the
boy come out of the dunes from the direction of the holiday parks at about 13:00 and walk along the tideline "for ages" with
no adult. She thought he was with a family further up.
13:48 Rang 999 (police) as no carer found in 25 minutes. CAD 0412 of [[13/09|date]].
13:58 A girl of about 8 ran down from the dunes, barefoot, shouting "[[Jago|name]]!" and crying. She said she is his sister,
"[[Mellie|name]]", that her mum was asleep after work and she was "minding the baby" and "only went toilet". She said they live
in "a caravan at [[Towan Sands|address]]" and that she was not allowed to wake Mum. The boy ran to her. She knew our unit because she
"comes down on her own sometimes".
14:10 Mother arrived pushing a buggy with a baby (about 8 months), out of breath and very upset. She gave her name as
[[Kerensa Pascoe|name]], her address as [[Caravan 42, Towan Sands Holiday Park|address]], [[Connor Downs|place]], and her mobile as
[[07824 519 306|phone]]. She said she had worked a waking night at a care home in [[Hayle|place]] and fell asleep on the sofa at
about 11:00 with the children watching TV, and that [[Jago|name]] "can open the caravan door now". Her partner, [[Dean Rowe|name]]
(the boy's dad), "was meant to be having them". She did not smell of alcohol. She cried and kept saying "please don't ring
social services".
14:20 PC 2281 [[Jory Trelease|name]] and PCSO [[Amy Bassett|name]] arrived, spoke with the mother and took details. PC [[Trelease|name]]
said he would complete a Public Protection Notice. The family walked back up through the dunes with the PCSO at 14:35.

CASUALTY
Name: [[Jago ROWE|name]] (known as "[[Jay|name]]")    DOB (from mother): [[11/03/2022|dob]]    Age: 4
Address: as the mother's above    GP (from mother): Bodriggy Health Centre, [[Hayle|place]]
Treatment: rewarmed (as above); aftersun. Handed to mother at 14:12, fully recovered.

OTHER INFORMATION
- [[Tom Angove|name]] recognised the sister: on Wednesday [[9 September|date]] at about 18:30, as we packed up, she was on the beach
  by the steps with a baby in a buggy and no adult; she told [[Tom|name]] she was "taking [[Lowen|name]] for a walk". He watched
  until they went back up the path to the park.
- The boy told [[Kit|name]] that his "nanna [[Lin|name]]" lives at [[Troon|place]] and has a cat, and that his dad "shouts at Mummy when
  he's been to the pub". I did not ask more and wrote it down as he said it.
- Our supervisor was told by phone at 14:45 ([[Jess Polglase|name]]). Safeguarding concern raised on the RNLI system the same day.

Signed: [[K. Nance|name]], Senior Lifeguard        Reviewed: [[J. Polglase|name]], Lifeguard Supervisor (Area 3), [[14/09/2026|date]]
Copy: RNLI safeguarding lead; Devon and Cornwall Police (CAD 0412); the family's health visitor via the MARU if the police
refer.
"""),
    ("holiday park manager's email to the council, forwarded", """From: [[Morwenna Tonkin|name]]
<[[morwenna.tonkin@cobervale.gov.uk|email]]>
Sent: Wednesday, [[21 October 2026|date]] 09:02
To: [[Andy Nicholls|name]] (Team Manager, West)
Subject: FW: [[Caravan 42|address]] - [[Pascoe|name]]/[[Rowe|name]] - park closes [[31st|date]] - PLEASE READ

[[Andy|name]] - see below from the park. Housing say there is nothing in [[Hayle|place]] or [[Camborne|place]] for a family of five
from the [[1st|date]]; the offer is a B&B room in [[Penzance|place]] or a 2-bed flat in [[Redruth|place]] ([[Clinton Road|address]]) from
the [[9th|date]].
[[Kerensa|name]] has said she will not take the flat if [[Dean|name]] is not allowed in it. Can we talk at 11? [[Morwenna|name]]

From: [[Sarah Kitto|name]] <[[sarah.kitto@cobervale.gov.uk|email]]>
Sent: Tuesday, [[20 October 2026|date]] 16:47
To: [[Morwenna Tonkin|name]]
Subject: FW: [[Caravan 42|address]] - [[Pascoe|name]]/[[Rowe|name]] - park closes [[31st|date]]

Hi [[Morwenna|name]], forwarding as it's mostly for you. We placed them at the park on [[14 August|date]] under s188 after the
s21 eviction from [[17 Trevithick Road|address]] ([[TR14 8LQ|postcode]]). Their nan, [[Linda Pascoe|name]], can't have them - one-bed
bungalow in [[Troon|place]], and her partner [[Rodney Curnow|name]] is on oxygen. I'll ring [[Kerensa|name]] tomorrow. [[Sarah|name]]
(Housing Options, [[01872 224 381|phone]])

From: [[Tracey Bolitho|name]] <[[tracey@towansandsholidays.co.uk|email]]>
Sent: Tuesday, [[20 October 2026|date]] 14:05
To: Housing Options; [[Sarah Kitto|name]]
Cc: Children's Services (front door)
Subject: [[Caravan 42|address]] - [[Pascoe|name]]/[[Rowe|name]] - park closes [[31st|date]]

Dear [[Sarah|name]]

I am writing as the manager of [[Towan Sands Holiday Park|address]] about the family you placed in [[Caravan 42|address]]
([[Kerensa Pascoe|name]],
[[Dean Rowe|name]] and the three children). As I have told you twice on the phone, the park closes for the winter on Saturday
[[31 October|date]] - our licence is for holiday use only and nobody can stay after that date, no exceptions, the water is
turned off on the [[2nd|date]]. I need to know where they are going.

I also need to put in writing what has happened since they came, because my staff are worried about the children:
- [[29/08|date]] 01:30 - police called by the guests in [[van 40|address]] (Mr and Mrs [[Harvey|name]], here for a week from
[[Swindon|place]]) because
  of shouting and a door being kicked. Police spoke to [[Dean|name]]. The [[Harveys|name]] left a day early.
- [[13/09|date]] - the little boy was found on the beach on his own by the lifeguards. I know because [[Kit|name]]'s mum
  ([[Carol Nance|name]]) cleans the vans for us.
- [[26/09|date]] - [[Dean|name]] barred from the clubhouse bar after a fight with a guest, [[Shane Tregunna|name]], from
  [[St Just|place]]. My barman [[Lewis|name]] had to separate them.
- [[03/10|date]] - a small fire in [[42|address]], a tea towel on the heater. The lady in [[van 44|address]], Mrs [[Shirley Penhale|name]],
saw
  smoke and banged on the door, [[Dean|name]] was asleep. The fire brigade came from [[Hayle|place]]. Burnt carpet, smoke damage.
- [[10/10|date]] about 21:10 - [[Mellie|name]] (she's 8) in the site shop on her own with the baby in the buggy buying milk and
  nappies. My shop girl [[Jodie Rosewarne|name]] walked them back and [[Kerensa|name]] was at work and [[Dean|name]] "asleep".
- The dog ([[Dean|name]]'s Staffie, Tyson) is off the lead every day and went for a guest's spaniel on [[17/10|date]];
  my maintenance lad, [[Connor|name]], got bitten on the hand pulling it off.
- [[Mellie|name]] is missing school: the council taxi to [[Beacon|school]] comes at 07:50 and most days she is not out
  until 08:10, so the driver ([[Terry|name]]) goes without her.
- Broken window in the back bedroom (I was told [[Jago|name]] threw a toy) - boarded by my husband [[Mark|name]].

I want to be fair: [[Kerensa|name]] is a lovely girl, always polite, works nights at Penmare care home and is doing her best. When
[[Dean|name]] is not around it is quiet. The children are lovely. [[Mellie|name]] helps in the shop with the stock for sweets. But my
staff should not be the ones watching them, and I cannot keep them past the [[31st|date]]. The council owes £612 for damage (invoice
attached) and the nightly charge for [[22/10|date]] to [[31/10|date]] has not been paid.

Please can someone from Children's Services ring me. I am on [[01736 753 208|phone]] (office) or my mobile [[07706 318 254|phone]].

Regards
[[Tracey Bolitho|name]]
Park Manager, [[Towan Sands Holiday Park|address]], [[Gwithian Road|address]], [[Connor Downs|place]], [[Hayle|place]] [[TR27 5BL|postcode]]
"""),
]

DOCS_A += [
    ("fire and rescue service safe and well visit with a safeguarding referral", """CORNWALL FIRE AND RESCUE SERVICE - SAFE AND WELL VISIT
RECORD + SAFEGUARDING REFERRAL (form CFRS SG1)
Station: [[Hayle|place]] (Green Watch / on-call)   Visit type: post-incident (small fire, [[03/10/2026|date]], incident 26-04471)
Visit date/time: Monday [[5 October 2026|date]] 14:10-15:20        Crew: CM [[Pete Trewhella|name]] (author), FF [[Sam Jose|name]],
FF [[Ellie Rodda|name]]

OCCUPIER / HOUSEHOLD
Address: [[Caravan 42|address]], [[Towan Sands Holiday Park|address]], [[Gwithian Road|address]], [[Connor Downs|place]],
[[TR27 5BL|postcode]]
(static caravan, 2 bed, 2009, LPG and mains electric; placed by the council as temporary housing)
Occupier seen: [[Kerensa PASCOE|name]], DOB [[19/07/1998|dob]], tel [[07824 519 306|phone]]
Others living there: partner [[Dean ROWE|name]] (31, not present - "at work on the boat out of [[Newlyn|place]]"); children
[[Demelza|name]] ("[[Mellie|name]]", 8), [[Jago|name]] (4), [[Lowen|name]] (9 months). A dog (Staffordshire bull terrier).

WHAT WE FOUND (the 10 point check)
1. Smoke alarms: NONE working. The hallway alarm had no battery ("[[Jago|name]]'s toy car had it"); the one in the lounge had
   been taken down after "going off when [[Dean|name]] does his fry-ups". FITTED: 2 x 10-year sealed smoke alarms and 1 heat
   alarm (kitchen). Tested with the occupier and [[Mellie|name]].
2. Heating: oil-filled radiator on loan from the park plus a fan heater from home; washing was drying on the radiator on
   the [[3rd|date]] (the cause of the fire, per the incident report of CM [[Rachel Hendra|name]]). Advised; the fan heater removed by
   agreement.
3. Smoking: [[Dean|name]] smokes inside, including in bed "when he's had a few" (occupier's words). Ashtray on the bedroom
   windowsill, cigarette burns on the duvet. Fire-retardant bedding offered and delivered [[07/10|date]].
4. Alcohol: 18 empty cans in the outside bin store; the occupier said they were "from the weekend".
5. Escape routes: the only door blocked by a double buggy and a single mattress stood on end (the children's second bed,
   because the back bedroom window is broken and boarded - cold). A bedtime escape plan drawn with [[Mellie|name]], who said she
   would "get [[Jay|name]] and the baby and go to [[Shirley|name]]'s". She is at [[Beacon Community Primary|school]] in
   [[Camborne|place]] (council taxi).
6. Electrics: three extension leads daisy-chained behind the TV; a phone charger in the cot. Removed and advised.
7. Cooking: deep fat pan in use. Swapped for an air fryer (Safe and Well stock).
8. LPG: 2 cylinders outside, secure, checked by the park's gas engineer ([[Colin Lanyon|name]]) on [[04/10|date]] - OK.
9. Candles: none. 10. Hoarding: no (the van is cluttered but the floor is clear in most places).

WHY WE ARE REFERRING (safeguarding concern - children)
- A fire started while the adult in charge was asleep ([[Dean|name]], on [[3 October|date]] at about 16:40); the neighbour in
  [[van 44|address]], Mrs [[Shirley PENHALE|name]] ([[07814 602 351|phone]]), saw smoke, banged on the door and took the three children
  out herself. She told FF [[Jose|name]] today that "this is the third time I've had those kids in my van" and that she often
  hears [[Dean|name]] shouting at night and [[Kerensa|name]] crying.
- [[Mellie|name]] told FF [[Rodda|name]] while we tested the alarms that she puts the baby to bed "when Mum's at work and
  [[Dean|name]]'s asleep on the sofa", and that she is "a bit scared of the dark in here".
- The occupier seemed low, said she is "barely sleeping" working nights in [[Hayle|place]] and looking after the kids in the
  day. She said that her mum, [[Linda|name]], in [[Troon|place]], "helps when she can", and that her ex, [[Kieran Jewell|name]]
  ([[Mellie|name]]'s dad, in [[Truro|place]]), "doesn't want to know".
- They have to leave the park on [[31/10/2026|date]] and do not know where they are going.
Occupier told we were making this referral: YES. Consent: she agreed, and asked us to say that "[[Dean|name]] isn't a bad dad".

Referred to: the Multi Agency Referral Unit (MARU) by phone [[05/10/2026|date]] 16:05, spoke to [[Gail Trebilcock|name]]; this form
emailed the same day. Copy to the health visitor ([[Sian Uren|name]], [[01736 758 940|phone]]), with consent.
Follow-up visit booked: [[19/10/2026|date]] (alarm check), FF [[Jose|name]].
Signed: CM [[P. Trewhella|name]] 4472, [[pete.trewhella@fire.cornwall.gov.uk|email]]    Station manager informed: SM [[Nick Spargo|name]]
"""),
    ("pre-school's existing injury form and key person log", """[[LITTLE GULLS PRE-SCHOOL|school]] (in the village hall,
[[Connor Downs|place]]) - EXISTING INJURY FORM
Child: [[ROWE, Jago|name]]  ("[[Jay|name]]")      DOB: [[11.03.2022|dob]]      Key person: [[Hollie Trezise|name]]
NHS no. (from the registration form): [[496 249 4457|nhs]]      Funded hours: 15 (universal)
Date/time noticed: Monday [[19 October 2026|date]], 08:55        Noticed by: [[Hollie|name]], at self-registration (coat peg)
Brought in by: his sister ([[Mellie|name]], 8) and mum's friend [[Toni Jenkin|name]] (on the list of adults who can collect)

Injury: a round blister about 1 cm across on the back of the LEFT hand, between the knuckles, with a red ring round it; a
smaller dry scab just above it. No dressing. He held it up and said it "stings". Marked on the body map (attached).
Explanation given by the adult bringing him: [[Toni|name]] said she didn't know, she had only picked them up from the van.
[[Mellie|name]] said "he touched the heater on Saturday".
Explanation given by the child (his words, not asked twice): "[[Dean|name]]'s ciggie did it. I was being naughty."
Parent contacted: mum ([[Kerensa Pascoe|name]]) rang at 09:15 on [[07824 519 306|phone]] - no answer; text sent. She rang back at
11:20 and said it was the heater "and he's fine, I put cream on it".
Action: DSL ([[Becky Pengelly|name]]) rang the MARU at 09:40 - spoke to [[Andy Nicholls|name]], who will pass to the allocated social
worker ([[Morwenna Tonkin|name]]) today. Advised not to question [[Jago|name]] further. Photo: NO (policy). First aid: cool
water and a non-stick dressing by [[Hollie|name]], recorded in the first aid book.
Signed: [[H. Trezise|name]] (key person)    [[B. Pengelly|name]] (DSL)    Parent signature: [[K Pascoe|name]] (at 15:10 collection)

KEY PERSON LOG - [[Jago|name]] (pasted from the Tapestry notes, autumn term, concerns only)
[[08/09|date]] First session after the summer. New address: "the caravan" at [[Towan Sands|address]]. Old address
([[Trevithick Road|address]], [[Camborne|place]]) crossed out on the form by Mum. Ate 3 bowls of cereal at snack.
[[14/09|date]] Told [[Hollie|name]] that "the lifeguard lady gave me a shiny blanket" and "I went in the sea on my own". Passed to
[[Becky|name]]. Police PPN received by the front door - HV [[Sian|name]] rang us on [[16/09|date]].
[[22/09|date]] Not collected at 12:00. Nan ([[Linda Pascoe|name]]) came at 13:15 from [[Troon|place]] on the bus; said
[[Kerensa|name]] was "poorly". Nan said the family had to leave [[Camborne|place]] because the landlord sold up.
[[30/09|date]] Head lice - letter home (third this term).
[[06/10|date]] In the home corner he shouted "shut up or you'll get a slap" at the doll and then "[[Dean|name]] says that to
[[Mellie|name]]". Recorded on the form and sent to [[Becky|name]].
[[12/10|date]] Same clothes Monday to Wednesday; wet through on Tuesday (rain), no coat. Spare coat given (from [[Gina|name]]'s box).
[[19/10|date]] Injury - see the form above.
[[20/10|date]] HV [[Sian Uren|name]] and SW [[Morwenna|name]] came in at 10:30 to see [[Jago|name]] with Mum's agreement. Mum came too
and stayed for lunch; she cried in the office with [[Becky|name]] and said "I've been trying to get him out".

ALL ABOUT ME (completed by Mum in September - no date on it; page 2 of the starter pack):
Likes: dinosaurs, the steam engines at Trevithick Day, chips, his nanna's cat. Dislikes: loud voices, the dark.
People at home: Mum, [[Mellie|name]], baby [[Lowen|name]], [[Dean|name]] (Daddy). His other nanna: "Nanna [[Rowe|name]] in [[Pool|place]]".
Words for things: "[[Mel|name]]" for his sister, "wawa" for water.
"""),
]

# --- B. Hepworth / Illingworth / Sugden family (white British), Airedale, Castleford ----------------------------------------

HOME_B = d.Address("48 Elizabeth Drive", "Airedale", "Castleford", "WF10 3RN")
DAD_B = d.Address("12 Castleford Road", "", "Normanton", "WF6 2DP")
NAN_B = d.Address("7 Church Lane", "", "Allerton Bywater", "WF10 2BX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Brody", "Illingworth")], dt.date(2014, 4, 8), addresses=[HOME_B], ids=["4135255450", "R384211618142"],
       schools=["Three Lane Ends Academy"]),
    _p("s", "sibling", [("Macy", "Illingworth")], dt.date(2018, 2, 21), addresses=[HOME_B], ids=["6002946373", "L384211622088"],
       schools=["Smawthorne Henry Moore Primary School"]),
    _p("m", "mother", [("Leanne", "Hepworth")], dt.date(1990, 9, 12), addresses=[HOME_B], phones=["07547 812 903"],
       ids=["5304829204", "PK 90 26 41 B"]),
    _p("o", "other", [("Wayne", "Sugden")], dt.date(1986, 6, 1), addresses=[HOME_B], phones=["07712 445 016"],
       ids=["SE 73 18 52 D"]),
    _p("f", "father", [("Scott", "Illingworth")], dt.date(1988, 12, 17), addresses=[DAD_B], phones=["07925 668 137"],
       emails=["scottillingworth88@gmail.com"], ids=["NY 24 67 03 A"]),
    _p("g", "grandparent", [("Julie", "Hepworth")], dt.date(1966, 3, 30), addresses=[NAN_B], phones=["01977 552 819"]),
    _p("p1", "professional", [("Gemma", "Ackroyd")], phones=["01924 306 742", "07469 228 510"],
       emails=["gemma.ackroyd@calderaire.gov.uk"]),
    _p("p2", "professional", [("Dawn", "Bramley")], phones=["07803 916 244"], emails=["dawnbramley.welfare@outlook.com"]),
], "c")

DOCS_B = [
    ("rugby league club welfare officer's email chain", """From: Front Door (Calder Aire Council) <[[frontdoor@calderaire.gov.uk|email]]>
Sent: [[29 September 2026|date]] 11:41
To: [[Gemma Ackroyd|name]]
Subject: FW: Welfare concern - U13 player - [[Brody Illingworth|name]] (DOB [[08/04/2014|dob]]) - NEW CONTACT 26-118204

[[Gemma|name]], allocated to you for a strategy discussion - open CIN case? No, closed March. Police have a DA incident at the
address on [[22/08|date]] (MERLIN ref attached). Mum is [[Leanne Hepworth|name]], partner [[Wayne Sugden|name]]. [[Craig|name]] says please
ring the welfare officer today. [[Beth|name]] (Front Door business support)

-----Original Message-----
From: [[Karen Oldroyd|name]] (RFL Safeguarding) <[[karen.oldroyd@rugby-league.com|email]]>
Sent: [[28 September 2026|date]] 17:20
To: Front Door (Calder Aire Council); [[dawnbramley.welfare@outlook.com|email]]
Subject: RE: Welfare concern - U13 player - Cutsyke Cobras ARLFC

Dear colleagues, I am passing on a concern from a community club in your area under our safeguarding policy. The club welfare
officer's report is below. The RFL case ref is SG/26/0931. The young person's father is also a volunteer coach at the club
(U9s) - I have asked the club to keep this confidential from him for now, and I will be the contact for any questions about
his role. Kind regards, [[Karen Oldroyd|name]], Safeguarding Manager, The Rugby Football League, [[07741 936 508|phone]]

-----Original Message-----
From: [[Dawn Bramley|name]] <[[dawnbramley.welfare@outlook.com|email]]>
Sent: [[28 September 2026|date]] 08:57
To: [[Karen Oldroyd|name]] (RFL Safeguarding)
Subject: Welfare concern - U13 player - Cutsyke Cobras ARLFC

Hiya [[Karen|name]]

Sorry to bother you on a Monday, I'm the welfare officer at Cutsyke Cobras ([[Dawn|name]], we met on the course at Red Hall in
June). I've a concern about one of our U13s and I want to do it right.

Player: [[Brody Illingworth|name]], age 12, [[48 Elizabeth Drive|address]], [[Airedale|place]], [[Castleford|place]] [[WF10 3RN|postcode]].
Goes to [[Three Lane Ends|school]]. Lives with his mam ([[Leanne Hepworth|name]], [[07547 812 903|phone]]), her partner ([[Wayne|name]]) and
his little sister [[Macy|name]] (8). His dad is [[Scott Illingworth|name]], who coaches our U9s (lives in [[Normanton|place]]).

What happened: yesterday (Sun [[27th|date]]) we played away at [[Bramley|place]]. In the changing room before the game our coach (my
husband, [[Lee Bramley|name]]) was strapping [[Brody|name]]'s shoulder and saw marks on the left side of his neck - like four
fingers, purply - and a bruise on the top of his arm. [[Lee|name]] asked him what happened and he said "[[Wayne|name]] grabbed me
cos I wouldn't come off the Xbox" and then "don't tell me mam, she'll go mad". [[Lee|name]] told me at half time and I spoke
to [[Brody|name]] after the game with [[Lee|name]] there. I didn't ask him owt else, just said we'd have to tell someone whose job
it is. He went quiet and said "it's fine, it weren't that bad". He played well, scored a try.

Other things I've noticed (dates are rough):
- Thurs [[24th|date]] at training [[Wayne|name]] came to the fence half cut and shouted at [[Brody|name]] "you're soft as owt". Some of
  the dads had words with him ([[Gaz Firth|name]] and [[Kane|name]]'s dad, [[Dean Mitchell|name]]). [[Brody|name]] was upset.
- He's missed 3 of the last 6 sessions. [[Kelly Firth|name]] ([[Alfie|name]]'s mam) says he stays at theirs a lot on a
  weekend "because it's kicking off at home".
- He's been coming with no gumshield and boots too small. We sorted boots out of the lost property.
- I know there's a court case between his mam and dad about the kids because [[Scott|name]] told me in August. I've not told
  [[Scott|name]] any of this.

I haven't rung the police. His mam was not at the game - [[Brody|name]] got a lift with us. We dropped him at his nan's in
[[Allerton Bywater|place]] (Mrs [[Julie Hepworth|name]]) because he asked us to, and she was in. Can you tell me what happens next?
I've filled in the RFL incident form as well (attached).

Thanks [[Karen|name]], ta for your help
[[Dawn|name]]
[[Dawn Bramley|name]] | Club Welfare Officer | Cutsyke Cobras ARLFC | [[07803 916 244|phone]]
"Every player safe, every player valued"

-----Reply from the front door to the club, [[29/09/2026|date]] 12:05-----
Dear Mrs [[Bramley|name]], thank you. The social worker, [[Gemma Ackroyd|name]], will ring you this afternoon on [[07803 916 244|phone]].
Please write down anything further [[Brody|name]] says, in his words, and do not discuss it with either parent or with
Mr [[Illingworth|name]] at the club. [[Beth Sykes|name]], Front Door, Calder Aire Council
"""),
]

DOCS_B += [
    ("Cafcass safeguarding letter for a private law application", """CAFCASS - SAFEGUARDING LETTER (Child Arrangements Programme, PD12B)
To: the Family Court sitting at Wakefield                       Case no.: WF26P00412
Hearing: First Hearing Dispute Resolution Appointment (FHDRA), Tuesday [[10 November 2026|date]] at 10:00
Applicant: [[Scott ILLINGWORTH|name]] (father), DOB [[17/12/1988|dob]], [[12 Castleford Road|address]], [[Normanton|place]]
[[WF6 2DP|postcode]]
Respondent: [[Leanne HEPWORTH|name]] (mother), DOB [[12/09/1990|dob]], [[48 Elizabeth Drive|address]], [[Castleford|place]]
[[WF10 3RN|postcode]]
Children: [[Brody ILLINGWORTH|name]] (12, DOB [[08/04/2014|dob]]) and [[Macy ILLINGWORTH|name]] (8, DOB [[21/02/2018|dob]])
Application: C100 dated [[7 August 2026|date]] for a child arrangements order (time with the father every other weekend, Friday
to Sunday, and half of the holidays); C1A filed by the mother on [[2 September 2026|date]].
Family Court Adviser: [[Priya Lockwood|name]]        Date of this letter: [[5 November 2026|date]]

1. SAFEGUARDING ENQUIRIES
Police (West Yorkshire Police, checks returned [[21/10/2026|date]]):
(a) [[16/03/2019|date]] - verbal argument between the parents at their then home in [[Whitwood|place]]; no offences; [[Brody|name]] present.
(b) [[02/01/2025|date]] - the father's former partner, Ms [[Chantelle Dyson|name]], reported that Mr [[Illingworth|name]] had sent
    abusive messages; he was given words of advice.
(c) [[14/06/2026|date]] - a neighbour reported shouting at the mother's address; the mother and Mr [[Wayne SUGDEN|name]] (her
    partner, DOB [[01/06/1986|dob]]) said it was "just a row". DASH: standard.
(d) [[22/08/2026|date]] - the mother reported that Mr [[Sugden|name]] pushed her against the fridge; she withdrew her statement.
    DASH: medium. Mr [[Sugden|name]] has a previous caution (2018) for assault on a former partner, Ms [[Kirsty Swales|name]].
(e) [[03/10/2026|date]] - Mr [[Sugden|name]] arrested after throwing a phone that hit [[Brody|name]] on the eyebrow during an argument
    with the mother; [[Brody|name]] ran to his grandmother's in [[Allerton Bywater|place]]; the maternal grandmother,
    Mrs [[Julie Hepworth|name]], called the police. Released under investigation with conditions not to go to
    [[Elizabeth Drive|address]]. DASH: HIGH; referred to MARAC.
Local authority (Calder Aire Council, checks returned [[23/10/2026|date]]): the children were subject to a Child in Need plan
from November 2025? - corrected by the LA: from [[04/11/2025|date]] to [[19/03/2026|date]] (the mother's mental health and
school attendance). A new referral on [[28/09/2026|date]] from [[Brody|name]]'s rugby club (finger-mark bruising, said to be caused by
Mr [[Sugden|name]]); a strategy discussion on [[06/10/2026|date]] and section 47 enquiries; an initial child protection conference
is booked for [[12 November 2026|date]]. Social worker: [[Gemma Ackroyd|name]] ([[01924 306 742|phone]]).

2. TELEPHONE INTERVIEWS
Father (by phone, [[3 November 2026|date]]): Mr [[Illingworth|name]] said he has not seen the children overnight since the spring,
when the mother "stopped it" after he complained about Mr
[[Sugden|name]]. He sees [[Brody|name]] at rugby. He is angry that he was not told about the club's concern ("I'm his dad and his
coach and I found out from his nan"). He accepts he drank too much in 2024-25 and says he has been sober since [[1 January
2025|date]]; he attends a group at Spectrum in [[Wakefield|place]]. He lives with his mother, Mrs [[Pauline Illingworth|name]], in a
three-bed house, and works for a scaffolding firm in [[Pontefract|place]]. He disputes the 2025 police report: "[[Chantelle|name]]
was winding me up".
Mother (by phone, [[4 November 2026|date]]): Ms [[Hepworth|name]] said she ended the relationship with Mr [[Sugden|name]] after
[[3 October|date]] and that he "won't be coming back". She raised the father's drinking and said the children come back
"hyper and full of sweets". She agreed that [[Brody|name]] wants to see his dad more. She said [[Macy|name]] is "scared of
everything since the police came" and sleeps in her bed. She is being supported by an IDVA ([[Hayley Greenwood|name]]).

3. THE CHILDREN
Not spoken to at this stage. The school ([[Three Lane Ends Academy|school]]) and [[Macy|name]]'s school ([[Smawthorne Henry Moore
Primary|school]]) were not contacted by Cafcass; the LA has their views.

4. RISK ANALYSIS AND RECOMMENDATION
There are safeguarding concerns about both households: domestic abuse in the mother's household (by a partner who she says
has left), and past alcohol misuse and an allegation of abusive messages by the father. The children are the subject of
section 47 enquiries. Cafcass recommends: (i) that the court directs a section 7 report from the local authority, as the
LA is already working with the family; (ii) in the meantime, day-time time with the father on Saturdays, supported by the
paternal grandmother, Mrs [[Illingworth|name]] senior, if the parents agree; (iii) that Mr [[Sugden|name]] is not present during
any handover; (iv) a Separated Parents Information Programme for both parents.
[[Priya Lockwood|name]], Family Court Adviser, Cafcass (West Yorkshire), [[priya.lockwood@cafcass.gov.uk|email]]
"""),
]

DOCS_B += [
    ("Microsoft Teams strategy discussion transcript, auto-generated", """[Transcript of the strategy discussion, generated by Teams and
saved to the record by [[Gemma Ackroyd|name]] on [[06/10/2026|date]].
Not corrected except where marked [GA]. Attendance list and the decisions are on the strategy discussion form.]

Strategy discussion - [[ILLINGWORTH|name]] B and M-[[20261006|date]]_093102-Meeting Transcript
[[6 October 2026|date]], 09:31AM
[[Craig Holroyd|name]] started transcription

[[Craig Holroyd|name]]   0:04
Right, morning all, can everyone hear me? This is a strategy discussion for [[Brodie|name]] and [[Macy Illingworth|name]],
[[48 Elizabeth Drive|address]], [[Cas|place]]. I'm [[Craig|name]], team manager, chairing. Can we go round?

[[Ackroyd, Gemma|name]]   0:19
[[Gemma Ackroyd|name]], social worker, I've had the case since the club referral last week.

[[WHITELEY, Natalie|name]] 6677   0:25
Morning, DS [[Natalie Whiteley|name]], Safeguarding Unit, [[Wakefield|place]] district.

[[Jasvinder Kaur|name]] ([[Three Lane Ends|school]])   0:31
Hi, [[Jas Kaur|name]], DSL at [[Three Lane Ends|school]] for [[Brody|name]].

[[Tom Bentley|name]]   0:36
Morning, [[Tom Bentley|name]], deputy head and DSL at [[Smawthorne|school]], for [[Macy|name]].

[[Rachael Crabtree|name]]   0:41
Hiya, [[Rachael|name]], school nurse, 0 to 19 service.

[[WHITELEY, Natalie|name]] 6677   1:02
So Saturday night, 21:48, a 999 from the grandmother, [[Julie Hepworth|name]], at [[Allerton by water|place]] [GA: [[Allerton
Bywater|place]]]. [[Brodie|name]] had turned up at hers in his socks with a cut over his left eye, bleeding, saying [[Wayne|name]]
had thrown a phone at his mum and it hit him. He'd run about two and a half mile. Officers went to [[Elizabeth Drive|address]],
mum had red marks on her neck, said it was nothing. [[Macy|name]] was found under her bed with
her headphones on. [[Wayne Sugar Den|name]] [GA: [[Sugden|name]]] was arrested at 23:10 for assault on [[Leanne|name]] and on
[[Brodie|name]], interviewed Sunday, no comment, released under investigation with conditions: not to go to the address and no
contact with [[Leanne|name]]. He's staying at his brother's, [[Carl Sugden|name]], in [[Ferry Fryston|place]].

[[Craig Holroyd|name]]   2:40
And history on him?

[[WHITELEY, Natalie|name]] 6677   2:44
Caution 2018 for an assault on an ex, [[Kirsty Swales|name]], in [[Knottingley|place]]. Two jobs this year at the address, June and
August, she withdrew in August. The DASH Saturday came out high, 17 ticks, so it's going to MARAC, I've done that referral.

[[Jasvinder Kaur|name]] ([[Three Lane Ends|school]])   3:20
From school, [[Brody|name]]'s attendance is 88, he's tired, he had a fight in PE two weeks ago which isn't him. Last Wednesday he
told his form tutor, Mr [[Hirst|name]], that it's better when [[Wayne|name]]'s on nights. We didn't refer that on its own, in hindsight.

[[Tom Bentley|name]]   3:58
[[Macy|name]]'s class teacher, Miss [[Moxon|name]], had her drawing a house with mummy crying and a big man, that was Thursday.
[[Macy|name]]
didn't want to talk about it. She's in today, she came in with nan.

[[Rachael Crabtree|name]]   4:25
[[Brody|name]]'s missed two asthma reviews, and mum's GP has her on sertraline, that's from the shared record.

[[Ackroyd, Gemma|name]]   4:50
I spoke to the club welfare officer, [[Dawn|name]], and to the coach, [[Lee|name]], on the [[29th|date]]. The marks on [[Brody|name]]'s neck
were on
the [[27th|date]]. Dad, [[Scott|name]], doesn't know yet. There's a C100 in, first hearing the [[10th of November|date]], so Cafcass will be
asking.

[[Craig Holroyd|name]]   5:31
OK. So threshold for section 47 is met for both, joint. [[Gemma|name]] and DS [[Whiteley|name]] to see [[Brody|name]] at school today, and
[[Macy|name]] with [[Tom|name]] there. No medical for the neck, it's too old, but photos of the eyebrow today. Mum to be seen this
afternoon, safety plan, and is she going to keep him out. Nan [[Julie|name]] as the backup, can [[Gemma|name]] check the house in
[[Allerton Bywater|place]]. Conference within 15 days if it's needed.

[[WHITELEY, Natalie|name]] 6677   6:15
I'll take the ABE decision after we've seen [[Brody|name]]. And I'll update the bail file.

[[Ackroyd, Gemma|name]]   6:30
Who's telling dad? I think I should, today, before he hears it at rugby.

[[Craig Holroyd|name]]   6:38
Yeah, you. And let [[Dawn Bramley|name]] know the outcome, not the detail. Anything else? No? Thanks all.

[[Craig Holroyd|name]] stopped transcription
"""),
]

DOCS_B += [
    ("police domestic abuse risk assessment (DASH) form", """WEST YORKSHIRE POLICE - DOMESTIC ABUSE, STALKING, HARASSMENT AND HONOUR BASED
VIOLENCE (DASH 2009) RISK IDENTIFICATION
Occurrence: 13260921847     Date/time of this assessment: Saturday [[3 October 2026|date]] 23:40     Location: victim's home
Officer: PC 4419 [[Ryan Ogden|name]] (Response, [[Castleford|place]])  with PC 5203 [[Sophie Lumb|name]]
VICTIM: [[HEPWORTH, Leanne|name]]   DOB [[12/09/1990|dob]]   [[48 Elizabeth Drive|address]], [[Airedale|place]], [[Castleford|place]]
[[WF10 3RN|postcode]]
        Tel [[07547 812 903|phone]] (safe to call: YES, after 10am; safe to text: YES)
SUSPECT: [[SUGDEN, Wayne Anthony|name]]   DOB [[01/06/1986|dob]]   same address (since 2023)   Tel [[07712 445 016|phone]]
        Vehicle: white Ford Transit Custom [[YD19 FKU|vehicle]]   Occupation: nights, a warehouse at [[Normanton|place]]
Relationship: partners, 3 years, living together. Children in the household: [[Brody ILLINGWORTH|name]] ([[08/04/2014|dob]]),
[[Macy ILLINGWORTH|name]] ([[21/02/2018|dob]]) - the victim's children by a previous partner ([[Scott Illingworth|name]]).

Current situation (victim's words): "We were arguing about money and him going out. He threw his phone at me and it hit
[[Brody|name]] in the face because [[Brody|name]] got in between. Then he got hold of me by the neck against the door and said he'd
'end me'. [[Brody|name]] ran out. I didn't know where he'd gone till me mam rang."

Q  Question (the victim's answers in her own words where given)                                   Y / N / NK
1  Has the current incident resulted in injury? Red marks both sides of the neck; [[Brody|name]] a cut eyebrow.     Y
2  Are you very frightened? "Not of him, of what he'll do when he's had a drink."                                 Y
3  What are you afraid of? "That he'll come back tonight and kick the door in."                                   -
4  Do you feel isolated from family/friends? "He doesn't like me seeing me sister [[Tash|name]] in [[Leeds|place]]."      Y
5  Are you feeling depressed or having suicidal thoughts? Depressed - on tablets. No suicidal thoughts.           Y
6  Have you separated or tried to separate within the past year? In August, "for a week".                         Y
7  Is there conflict over child contact? Not with him - with the children's dad (court case).                     N
8  Does he constantly text, call, contact, follow or harass you? Checks her phone, "tracks me on Snap Map".        Y
9  Are you pregnant or have you recently had a baby?                                                              N
10 Is the abuse happening more often? "Every weekend now."                                                       Y
11 Is the abuse getting worse?                                                                                    Y
12 Does he try to control everything you do and/or is he excessively jealous? Money, her friends, her clothes.  Y
13 Has he ever used weapons or objects to hurt you? Tonight's phone; a mug in June.                                Y
14 Has he ever threatened to kill you or someone else and you believed them? "End me" - she half believes it.     Y
15 Has he ever attempted to strangle/choke/suffocate/drown you? Tonight, and once in August.                       Y
16 Does he do or say things of a sexual nature that make you feel bad or that physically hurt you?               N
17 Is there any other person who has threatened you or who you are afraid of? His brother, [[Carl|name]], "backs him". NK
18 Do you know if he has hurt anyone else? The children: [[Brody|name]] tonight, and "grabbed" him in September;
   a previous partner ([[Kirsty Swales|name]], [[Knottingley|place]]).                                                     Y
19 Has he ever mistreated an animal or the family pet? Kicked the dog (Diesel) in the summer.                     Y
20 Are there any financial issues? Rent arrears £900; he takes her Universal Credit for "the van".                Y
21 Problems in the past year with drugs, alcohol or mental health? Drinks every day off shift; cocaine at weekends.  Y
22 Has he ever threatened or attempted suicide?                                                                    N
23 Has he ever broken bail, an injunction or any formal agreement?                                                 NK
24 Do you know if he has ever been in trouble with the police or has a criminal history? Yes - 2018.               Y
Total ticked YES: 17 (Q3 is not scored). Officer's judgement: HIGH.

Officer's notes: the suspect was found at the address at 23:10 by PCs [[Ogden|name]] and [[Lumb|name]], drunk, and arrested. The
victim's mother, [[Julie HEPWORTH|name]] ([[7 Church Lane|address]], [[Allerton Bywater|place]], [[01977 552 819|phone]]), rang 999 at
21:48 when [[Brody|name]] arrived at her house. [[Macy|name]] was upstairs throughout and told PC [[Lumb|name]] she "heard banging".
A neighbour, Ms [[Shelley Pickersgill|name]] at [[no. 50|address]], confirmed shouting from about 21:30. Photographs of the victim's
neck and of [[Brody|name]]'s eyebrow taken (with mother's consent) by PC [[Lumb|name]].
Safety planning: the victim and both children to stay at [[Julie|name]]'s tonight. Bail conditions to be sought. IDVA referral
(Foundation) with consent. MARAC referral by DS [[N. Whiteley|name]] (Safeguarding Unit). Children's Social Care informed via
the front door at 00:25 on [[04/10/2026|date]] ([[Mark Holdsworth|name]], EDT). The children's father, Mr [[Illingworth|name]], NOT told
by police - the victim asked us not to ("he'll use it in court").
Supervisor: Sgt 2290 [[Amanda Rhodes|name]]   Reviewed [[04/10/2026|date]] 02:15 - risk level HIGH confirmed.
"""),
]

# --- C. Zaman / Kauser family (British Pakistani), Gibbet Street, Halifax ---------------------------------------------------

HOME_C = d.Address("41 Gibbet Street", "", "Halifax", "HX1 5BT")
PHUPPO_C = d.Address("9 Whetley Lane", "Manningham", "Bradford", "BD8 9DP")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Aleena", "Zaman")], dt.date(2014, 6, 17), addresses=[HOME_C], ids=["6408370233", "P381401318056"],
       schools=["Halifax Academy"]),
    _p("s", "sibling", [("Hamza", "Zaman")], dt.date(2010, 2, 3), addresses=[HOME_C], phones=["07586 203 774"],
       ids=["7696960016", "M381212114233"], schools=["Calderdale College"]),
    _p("s2", "sibling", [("Inaaya", "Zaman")], dt.date(2021, 8, 29), addresses=[HOME_C], ids=["4644930946", "C381215525061"],
       schools=["Warley Road Primary Academy"]),
    _p("m", "mother", [("Nabila", "Kauser")], dt.date(1987, 5, 5), addresses=[HOME_C], phones=["07414 662 098"],
       ids=["5121176805", "TK 63 05 19 A"]),
    _p("f", "father", [("Tariq", "Zaman")], dt.date(1982, 10, 20), addresses=[HOME_C], phones=["07939 571 460"],
       ids=["HZ 81 46 27 C"]),
    _p("g", "grandparent", [("Zubaida", "Begum")], dt.date(1956, 4, 1), addresses=[HOME_C]),
    _p("a", "other", [("Shazia", "Zaman")], None, addresses=[PHUPPO_C], phones=["07468 330 915"]),
    _p("p1", "professional", [("Sadia", "Iqbal")], phones=["01422 393 618"], emails=["sadia.iqbal@hebblevale.gov.uk"]),
    _p("p2", "professional", [("Rob", "Sunderland")], phones=["01422 288 047"], emails=["rob.sunderland@hebblevale.gov.uk"]),
], "c")

DOCS_C = [
    ("Roblox chat log from a police digital forensic extract", """WEST YORKSHIRE POLICE - DIGITAL FORENSIC UNIT (CALDERDALE HUB) - EXTRACT
SUMMARY FOR THE OIC
Exhibit: HC/3   Device: Samsung Galaxy Tab A8 (tablet) - owner [[Aleena ZAMAN|name]], DOB [[17/06/2014|dob]]   Seized: [[05/10/2026|date]]
from [[41 Gibbet Street|address]], [[Halifax|place]] [[HX1 5BT|postcode]], handed over by her father, [[Tariq ZAMAN|name]]
OIC: DC 7713 [[Helen Crowther|name]] (Child Abuse Safeguarding Unit)   Examiner: [[Paul Ainley|name]]   Report date: [[19/10/2026|date]]
Source: Roblox app cache and the account's "Friends" chat (account holder's username "bubbletea_moon14", display name
"[[Leena|name]]"). Other party: username "zayn_bfd_14", display name "[[Zayn|name]]" (account created [[02/08/2026|date]]; subscriber
details from Roblox Corporation show the email and IP used by [[Jordan HEYWOOD|name]], DOB [[11/02/1999|dob]], of [[Heckmondwike|place]],
arrested [[12/10/2026|date]]). Also in the chat: "maddz_xo" (display name "[[Maddie|name]]", a girl of 12 in [[Sowerby Bridge|place]],
identified as [[Madison Firth|name]], spoken to with her mother). Times are UTC, grouped by day. "####" is Roblox's own filter.

-- [[08/09/2026|date]] --
16:02  [[Zayn|name]]: ur the one with the cat pet in brookhaven?? ur house is sick
16:03  [[Leena|name]]: lol ty. its called biscuit
16:05  [[Zayn|name]]: im 14 btw. where u from
16:06  [[Leena|name]]: [[halifax|place]]. im 12 nearly 13
16:06  [[Zayn|name]]: no way im in [[bradford|place]] like 20 mins. [[manningham|place]]
16:07  [[Leena|name]]: my phuppo lives in [[manningham|place]]!!
-- [[10/09/2026|date]] --
19:40  [[Zayn|name]]: why ur always online in the day?? no school?
19:41  [[Leena|name]]: home school now. i left [[halifax academy|school]] cos of girls being horrible
19:41  [[Zayn|name]]: same i got bullied to. ur lucky
19:43  [[Leena|name]]: a man called mr [[sunderland|name]] is coming to check my work lol
19:43  [[Zayn|name]]: lmaooo like the place
-- [[14/09/2026|date]] --
22:58  [[Zayn|name]]: u up
22:59  [[Leena|name]]: yh my mum thinks im asleep. dadi snores so loud
23:00  [[Zayn|name]]: who else u live with
23:02  [[Leena|name]]: mum dad dadi my brother [[hamza|name]] hes 16 and annoying and [[inaaya|name]] shes 5. dad drives a taxi at night
23:02  [[Zayn|name]]: so ur dad is never home at night? 👀
23:03  [[Leena|name]]: no
-- [[18/09/2026|date]] --
15:30  [[Maddie|name]]: [[leena|name]] who is [[zayn|name]]?? he keeps adding me
15:31  [[Leena|name]]: my friend from [[bradford|place]] hes nice
15:31  [[Maddie|name]]: he asked me what bra size i am thats weird
15:33  [[Leena|name]]: hes just joking
-- [[21/09/2026|date]] --
20:14  [[Zayn|name]]: ur so pretty in ur avatar i bet ur prettier irl
20:14  [[Zayn|name]]: send a pic? on here it gets blocked
20:16  [[Leena|name]]: i dont have snap my mum wont let me
20:17  [[Zayn|name]]: make one secret. dont tell [[hamza|name]] lol
-- [[24/09/2026|date]] --
21:05  [[Zayn|name]]: whats ur number then
21:06  [[Leena|name]]: i dont have a phone. only this tablet
21:06  [[Leena|name]]: my mums is ####
21:07  [[Zayn|name]]: its blocked. write it in words
21:09  [[Leena|name]]: no she checks it
-- [[27/09/2026|date]] --
18:22  [[Zayn|name]]: u know u can trust me right. im the only one who gets u
18:23  [[Leena|name]]: yh
18:25  [[Zayn|name]]: i made u a snap. its bubblemoon.x password is ur cats name 123. add me zaynnn.k
18:30  [[Leena|name]]: omg ok
-- [[30/09/2026|date]] --
23:41  [[Zayn|name]]: u didnt send the other one. u promised
23:44  [[Zayn|name]]: if u dont il send the first one to [[maddie|name]] and ur brother
23:48  [[Leena|name]]: please dont. please [[zayn|name]]
-- [[01/10/2026|date]] --
00:03  [[Leena|name]]: i feel sick
-- [[02/10/2026|date]] --
16:10  [[Maddie|name]]: [[leena|name]] r u ok ur not on
16:55  [[Leena|name]]: my brother found it. hes told my mum. im in so much trouble
16:56  [[Maddie|name]]: ur not in trouble hes a creep. tell the police

OIC's note: the Snapchat account "bubblemoon.x" was preserved by a request to Snap Inc on [[06/10/2026|date]]. [[Hamza Zaman|name]] (16)
found the Snapchat app on his sister's tablet on [[2 October|date]] and told his mother, [[Nabila Kauser|name]], who rang 101
at 18:20 (log 1288 of [[02/10|date]]). Safeguarding: referral to Hebble Vale Council front door ([[Sadia Iqbal|name]], SW) and
a CEOP report made. Victim's images found: 2 (graded; not described here). Suspect's devices: see HC/7 to HC/11.
Signed: [[P. Ainley|name]], Digital Forensic Examiner        Seen: DC [[H. Crowther|name]]
"""),
]

DOCS_C += [
    ("elective home education officer's visit report", """HEBBLE VALE COUNCIL - ELECTIVE HOME EDUCATION (EHE) - HOME VISIT REPORT
Child: [[Aleena ZAMAN|name]]      DOB: [[17.06.2014|dob]]      UPN: [[P381401318056|upn]]      Year group (if in school): 8
Address: [[41 Gibbet Street|address]], [[Halifax|place]] [[HX1 5BT|postcode]]      Parents: [[Nabila Kauser|name]]
([[07414 662 098|phone]]), [[Tariq
Zaman|name]] ([[07939 571 460|phone]])
Previous school: [[Halifax Academy|school]] (removed from roll [[01/09/2026|date]] on the parents' written notice)
SEN: autism (diagnosed [[14/03/2023|date]], Calderdale CAMHS); SEN support at school; no EHC plan (request refused in 2025)
Visit: Thursday [[15 October 2026|date]], 10:00-11:20, by [[Rob Sunderland|name]] (EHE Adviser), arranged with mum by phone.
Also present: [[Aleena|name]]; mum; the paternal grandmother, Mrs [[Zubaida Begum|name]] (Dadi), who speaks Pahari and some Urdu.
Context: I was told by the social worker, [[Sadia Iqbal|name]], on [[06/10/2026|date]] that there are section 47 enquiries after
[[Aleena|name]] was groomed online by an adult; I agreed with [[Sadia|name]] what I could discuss. That is not detailed here.

1. Why the family chose home education
Mum said [[Aleena|name]] was bullied all through Year 7 by a group of girls (she named [[Chloe|name]], [[Tegan|name]] and
"[[Amira B|name]]")
who filmed her "flapping" in the canteen and put it on a group chat; [[Aleena|name]] stopped eating lunch and then refused to go
in from March? - mum corrected: after Easter. The school's attendance officer, Mr [[Naylor|name]], sent a fine warning; the
family felt "pushed" and took her off roll "to stop the fines". Mum said: "I never wanted to home school. I work, her dad works
nights. But they weren't keeping her safe."

2. What I saw
- A table in the back room with CGP workbooks (English, maths, science KS3), about a third done, most of it in September.
- Maths on Oak National Academy on the laptop (the tablet has been taken by police). Some work marked by her brother, [[Hamza|name]].
- An online Qur'an class with Apa [[Rukhsana|name]] ([[Bradford|place]]), three evenings a week; [[Aleena|name]] read a little for me.
- Her "own project": drawings of cats and a comic about a cat detective; very good. She had written her name at the top in
  English and in Urdu ([[علینہ|name]]), and her cat's name.
- Timetable on the fridge (written by mum in August); mum accepts it "hasn't really happened".
- Screen time before October: by mum's estimate 6 to 7 hours a day on Roblox, often at night.

3. [[Aleena|name]]'s views (she spoke to me at the table with mum present, then alone for 10 minutes with mum's agreement)
She said she "hates school" but misses "learning proper science" and her old form tutor, Miss [[Greenwood|name]]. She likes
drawing, cats and "Eureka" (the museum) where she went with her dad. She did not want to talk about her tablet. When I said
I am from [[Sunderland|place]] she smiled and said "like your name", and that she had "told someone" about my name. She asked
whether she can go to a school "where there are not many people" and where "the teachers know about autism".

4. Mum's circumstances
Mum works three days a week as a dispenser at a pharmacy in [[King Cross|place]]; Dadi looks after [[Inaaya|name]] (5, Reception at
[[Warley Road|school]]) after school. Dad drives private hire, nights, and has a loan from the Halifax for the car. [[Hamza|name]]
(16) is at [[Calderdale College|school]] and is "the one [[Aleena|name]] listens to". The family have support from the father's
sister, [[Shazia|name]] phuppo, in [[Manningham|place]] ([[07468 330 915|phone]]), who is "good with her".

5. My view
The education seen today is not yet suitable and efficient for a 12-year-old with [[Aleena|name]]'s needs: there is no settled
routine, little progress since September, and long unsupervised screen time. Mum agrees and would like [[Aleena|name]] back
in a school with support. I explained the school attendance order process but did not start it: with mum's agreement, I
will (a) ask the SEND team ([[Joanne Ibbotson|name]]) about a needs assessment and a place at a resourced provision (the
autism base at [[Trinity Academy Halifax|school]] has been mentioned), (b) share this report with [[Sadia Iqbal|name]] for the
child protection conference, and (c) visit again on [[26 November 2026|date]].
Dadi said through [[Aleena|name]] (mum translated the end): "She is a good girl. Allah will protect her. But she needs to be
with other children."
[[Rob Sunderland|name]], EHE Adviser, [[rob.sunderland@hebblevale.gov.uk|email]], [[01422 288 047|phone]]   Sent to parents
[[16/10/2026|date]]
"""),
]

DOCS_C += [
    ("ChatHealth school nursing text conversation export", """ChatHealth - conversation export (PDF to text)         Service: Calderdale
0-19 Public Health Nursing (ages 11-19)
Conversation ID: CH-CAL-2026-088412       Patient mobile: [[07586 203 774|phone]]       Opened: [[20/10/2026|date]] 21:14
Status: closed [[23/10/2026|date]] 14:02 by [[Hannah Greenwood|name]] (School Nurse). Safeguarding flag: YES. Exported for the
child protection conference at the request of [[Sadia Iqbal|name]] (SW), with the young person's consent on [[23/10/2026|date]].

[[20/10/2026|date]]
  21:14  Patient: hi is this confidential
  21:14  Auto-reply: Thanks for messaging ChatHealth Calderdale. Our nurses reply Monday to Friday 9am-5pm. If you
      need help now call 111, or 999 in an emergency. Your message is confidential unless we are worried about your safety or
      someone else's. You can also text us on 07520 619 834 from any phone.
  21:20  Patient: ok. its about my sister and me i dont know who else to ask
[[21/10/2026|date]]
  09:06  [[Hannah|name]] (School Nurse): Hi, I'm [[Hannah|name]], one of the school nurses. Thank you for getting in touch.
      Can you tell me your first name, your age and which school or college you go to?
  09:31  Patient: [[hamza|name]] 16 [[calderdale college|school]]. my sister is 12 and she got groomed online by a man and i
      was the one who found it and told my mum and now the police are involved and everyone is upset
  09:33  Patient: i cant sleep. i keep thinking if i checked her tablet before. and my dad is saying to my mum its
      her fault for giving her the tablet and they are shouting every night
  09:40  [[Hannah|name]] (School Nurse): [[Hamza|name]], you did exactly the right thing by telling your mum. None of this is
      your fault. Is anyone hurting you or anyone at home, or are you worried anyone will?
  09:52  Patient: no nobody hits anyone. its just shouting. [[aleena|name]] is in her room all the time now and
      [[inaaya|name]] cries when they shout. my dadi tells them to stop
  09:53  Patient: the social worker [[sadia|name]] is nice but she talks to mum and dad not me
  10:05  [[Hannah|name]] (School Nurse): Thank you for telling me. It sounds like a lot to carry. How are you sleeping and
      eating, and is there anything you do that helps?
  10:20  Patient: sleeping like 3 hours. gym with my mate [[bilal|name]] helps. ive started vaping alot tbh
  10:21  Patient: my phuppo says i should talk to someone. [[shazia|name]] phuppo in [[bradford|place]]
  10:34  [[Hannah|name]] (School Nurse): That's a good idea from your aunty. I run a drop-in at the college on Thursdays
      12-2 in the wellbeing room (B block). Would you like to come this Thursday? We could talk about sleep, worry and the
      vaping, and about how you can be heard by your social worker too.
  10:50  Patient: ok. can my tutor not know. mr [[khan|name]] tells my dad everything cos they know each other from
      mosque
  10:58  [[Hannah|name]] (School Nurse): I won't tell your tutor. Because of what you've told me about your sister I'd
      like to let [[Sadia|name]] know we're in touch and that you'd like to be spoken to yourself. Is that OK?
  11:04  Patient: yeh thats ok. dont say about the vaping lol
[[22/10/2026|date]]
  19:47  Patient: also can i ask. the man who did it is from [[heckmondwike|place]] and i think he knows where we live
      cos [[aleena|name]] told him about [[gibbet street|address]]. is he in jail
[[23/10/2026|date]]
  09:15  [[Kelly|name]] (Duty Nurse): Hi [[Hamza|name]], [[Kelly|name]] here covering for [[Hannah|name]] this morning. I've passed your
      question to [[Sadia|name]] and the police officer, DC [[Crowther|name]], who will ring your mum today. If you ever feel unsafe,
      call 999.
  12:40  [[Hannah|name]] (School Nurse): Good to see you today, [[Hamza|name]]. As agreed: sleep plan, the Kooth app, next
      drop-in [[29/10|date]]? - no, half term - [[5/11|date]]. I've told [[Sadia|name]] you'd like to meet her on your own.
  12:55  Patient: thanks miss. sorry for all the messages
  13:02  [[Hannah|name]] (School Nurse): No need to be sorry. Take care. Conversation closing now - message any time.

Nurse's summary (added [[23/10/2026|date]]): seen at college drop-in 12:00-12:35. Low mood and poor sleep linked to guilt about his
sister; no thoughts of self-harm; vaping daily (brief advice). Parental conflict at home, verbal only, distressing for the
younger children. Info shared with SW [[S. Iqbal|name]] (consent). Copy to the 0-19 safeguarding lead ([[Rehana Bibi|name]]).
[[H. Greenwood|name]], SCPHN, [[hannah.greenwood2@nhs.net|email]]
"""),
]

DOCS_C += [
    ("GP practice safeguarding meeting minutes", """SPRING HALL GROUP PRACTICE - PRACTICE SAFEGUARDING MEETING (children and families) -
MINUTES - CONFIDENTIAL
Wednesday [[4 November 2026|date]], 12:30-13:45, meeting room 2 and Teams
Present: Dr [[Imran Saleem|name]] (GP safeguarding lead, chair); Dr [[Rachel Heaton|name]] (GP); [[Sue Lister|name]] (practice nurse);
[[Nasreen Akhtar|name]] (health visitor); [[Claire Oates|name]] (community midwife); [[Hannah Greenwood|name]] (school nurse, Teams);
[[Sadia Iqbal|name]] (SW, Hebble Vale Council, for item 3 only). Minutes: [[Alison Pearson|name]] (practice manager).
Apologies: Dr [[Ben Firth|name]].

1. Actions from [[7 October|date]]
- [[Harper LORD|name]] ([[03/01/2026|dob]]): HV visit done; weight now on the 9th centile; mum ([[Kayleigh Lord|name]]) engaging. Close.
- The [[Bairstow|name]] children ([[Oakley|name]], 2, and [[Ruby-Rose|name]], 4): CIN plan continues; [[Nasreen|name]] to attend the review
  on [[12/11|date]]. Dad ([[Jamie Bairstow|name]]) has asked for his own records - [[Alison|name]] to handle as a SAR, redact third parties.

2. Was Not Brought (children, last month) - reviewed by Dr [[Heaton|name]]
[[Maryam HUSSAIN|name]] ([[22/05/2022|dob]]) ENT x2 - HV to phone mum; [[Tommy OLDFIELD|name]] ([[09/09/2017|dob]]) asthma review x2 -
letter
and text, then [[Sue|name]] to ring; [[Inaaya ZAMAN|name]] ([[29/08/2021|dob]]) pre-school booster (MMR2) x2 - see item 3;
[[Lexi-Mae BRIGGS|name]] ([[14/12/2019|dob]]) dental GA pre-op - the hospital has discharged back; Dr [[Saleem|name]] to review.

3. [[ZAMAN|name]] / [[KAUSER|name]] family, [[41 Gibbet Street|address]] (household: [[Nabila Kauser|name]], [[Tariq Zaman|name]],
[[Hamza|name]] 16,
[[Aleena|name]] 12, [[Inaaya|name]] 5, and paternal grandmother [[Zubaida Begum|name]])
[[Sadia|name]] summarised with the parents' knowledge: [[Aleena|name]] was groomed online and sexually exploited by an adult (charged
[[30/10/2026|date]]); an initial child protection conference on [[2 November|date]] made a child protection plan (category: sexual
abuse) for [[Aleena|name]] only. The plan asks health to: (a) review [[Aleena|name]]'s autism follow-up, which lapsed in 2024; (b)
check her weight (she has lost weight since leaving school); (c) a dental check; (d) support for [[Hamza|name]]; (e) support for
mum's mood.
- [[Aleena|name]] ([[17/06/2014|dob]], NHS [[640 837 0233|nhs]]): Dr [[Heaton|name]] saw her with mum on [[28/10|date]]: BMI 16.1 (2nd
centile);
  quiet, made eye contact with mum only; bloods requested; referral to the community paediatrician (Dr [[Okonjo|name]]) for
  the autism review and to CAMHS (she is on the ISVA/CAMHS pathway via the SARC - confirmed). Dentist: not registered since 2022;
  [[Sue|name]] to give mum the list.
- [[Hamza|name]] ([[03/02/2010|dob]], NHS [[769 696 0016|nhs]]): seen by Dr [[Heaton|name]] [[30/10|date]] - anxiety, poor sleep; no
self-harm;
  self-referral to Open Minds made with him. [[Hannah|name]] is seeing him at college; he has asked that his college tutor is not
  told. Agreed.
- [[Nabila|name]] ([[05/05/1987|dob]]): on the list for a review with Dr [[Saleem|name]] (low mood); she has asked for a female GP - swap
  to Dr [[Heaton|name]]. Interpreting not needed.
- [[Tariq|name]] ([[20/10/1982|dob]]): not seen since 2023 except for a taxi licence medical (private, [[Huddersfield|place]]). No action.
- Mrs [[Begum|name]] ([[01/04/1956|dob]]): type 2 diabetes, HbA1c high, WNB x3 at the diabetes clinic. [[Sue|name]] to book a double
  appointment with a Pahari-speaking interpreter; she is the after-school carer for [[Inaaya|name]] - no concern about that.
- [[Inaaya|name]] ([[29/08/2021|dob]]): MMR2 and pre-school booster outstanding - [[Nasreen|name]] to offer at home.
Actions: CP-IS flag on [[Aleena|name]]'s record and child protection codes on all the children's records (done by [[Alison|name]]
in the meeting); Dr [[Heaton|name]] to send the GP report for the first core group, [[18 November 2026|date]]; [[Sadia|name]] to update the
practice after the core group. [[Sadia|name]] left at 13:10.

4. Maternity (new bookings with vulnerabilities)
[[Claire|name]]: [[Courtney WALSH|name]] (19) booked at 14 weeks; previous CSC involvement in [[Leeds|place]] as a child; partner
[[Reece Ambler|name]] (22) known to police. Referral to the pre-birth team with consent. [[Claire|name]] and [[Nasreen|name]] to do a joint
visit.

5. Any other business
Dr [[Saleem|name]] reminded everyone that the training day is [[2 December|date]] (Level 3, with the ICB's named GP, Dr
[[Sally Morton|name]]).
Next meeting: Wednesday [[2 December 2026|date]], 12:30.
"""),
]

# --- D. Vosper / Hannaford family (white British), Barne Barton, Plymouth; a residential special school near Buckfastleigh ----

HOME_D = d.Address("24 Poole Park Road", "Barne Barton", "Plymouth", "PL5 1DL")
NAN_D = d.Address("8 Victoria Road", "St Budeaux", "Plymouth", "PL5 1RG")
PRISON_D = d.Address("HMP Channings Wood", "Denbury", "Newton Abbot", "TQ12 6DW")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Riley-James", "Vosper")], dt.date(2014, 9, 2), addresses=[HOME_D],
       ids=["7827372562", "Y879246119072"], schools=["Dartside House School"]),
    _p("s", "sibling", [("Kacey-Leigh", "Hannaford")], dt.date(2011, 4, 27), addresses=[NAN_D], phones=["07458 214 390"],
       ids=["4149598118", "K879410715119"], schools=["Marine Academy Plymouth"]),
    _p("m", "mother", [("Shannon", "Vosper")], dt.date(1992, 1, 15), addresses=[HOME_D], phones=["07908 772 451"],
       emails=["shannonvosper92@hotmail.co.uk"], ids=["7802618290", "RL 36 92 57 B"]),
    _p("f", "father", [("Liam", "Hannaford")], dt.date(1990, 8, 8), addresses=[PRISON_D], ids=["JM 70 14 88 D"]),
    _p("g", "grandparent", [("Pauline", "Vosper")], dt.date(1965, 11, 11), addresses=[NAN_D], phones=["01752 366 194"]),
    _p("p1", "professional", [("Ellie", "Northcott")], phones=["01752 308 611", "07580 913 226"],
       emails=["ellie.northcott@plymsound.gov.uk"]),
    _p("p2", "professional", [("Marcus", "Widdicombe")], phones=["01364 642 583"], emails=["m.widdicombe@dartsidehouse.org.uk"]),
], "c")

DOCS_D = [
    ("residential special school's incident log", """[[DARTSIDE HOUSE SCHOOL|school]] (independent residential special school, SEMH and
autism, 52-week care)
RESIDENTIAL INCIDENT LOG - extract for the placing authority (Plym Sound Council), pupil: [[Riley-James VOSPER|name]] (RJV),
House: Oak.  DOB [[02/09/2014|dob]].  NHS [[782 737 2562|nhs]].  Placed: [[12/01/2026|date]] (s20, EHCP).  Printed by
[[Marcus Widdicombe|name]], Head of Care.

No. 26/0412  Fri [[09/10/2026|date]] 19:20  Staff: [[Josh Yeo|name]] (RCW), [[Kerry Tuckett|name]] (senior RCW)
Type: unapproved phone contact / dysregulation. [[Riley|name]] came off the house phone (he said he was ringing his sister, [[Kacey|name]])
shouting "he's getting out, he's getting out at Christmas". It was his dad on the line - [[Kacey-Leigh|name]] had put him on a
three-way call from her mobile. [[Riley|name]] threw the phone, kicked the lounge door, ran to his room. De-escalated by [[Josh|name]] (low
voice, space, offered the trampoline). Settled 20:05. No hold. Action: [[Kerry|name]] phoned [[Ellie Northcott|name]] (SW, on call
message) and mum ([[Shannon|name]], [[07908 772 451|phone]] - she was "furious with [[Kacey|name]]"). House phone to be used with staff
present until the contact plan is clear.

No. 26/0417  Sun [[11/10/2026|date]] 15:40  Staff: [[Sam Stidston|name]], [[Josh Yeo|name]]
Type: MISSING from care (absconded). On a walk by the river, [[Riley|name]] ran off across the field behind the abbey after
[[Alfie|name]] (Oak, 13) teased him about his dad being "in the nick". Followed on foot at a distance by [[Sam|name]] (in sight for 6
minutes, then lost at the A38 underpass). Reported to Devon and Cornwall Police at 16:05 (log 0544) and to EDT. Found at 16:50
by PC [[Jenna Heard|name]] outside the Co-op in [[Buckfastleigh|place]], asking people for money "for the bus to [[Plymouth|place]] to see
my nan". Return interview offered (independent, [[Becky Soper|name]], Checkpoint) on [[13/10|date]].

No. 26/0423  Wed [[14/10/2026|date]] 08:10  Staff: [[Kerry Tuckett|name]], [[Dan Chudleigh|name]] (teacher)
Type: PHYSICAL INTERVENTION. In the corridor to the school building, [[Riley|name]] punched [[Alfie Cann|name]] twice in the back of the
head. [[Kerry|name]] and [[Dan|name]] used a two-person Team Teach escort (single elbow) to the quiet room, 2 minutes, then released
when he sat down. No injury to [[Riley|name]]; [[Alfie|name]] - red mark, checked by the school nurse ([[Tina Lang|name]]). Debrief with
[[Riley|name]] at 10:30: "I didn't want him to say about my dad in front of everyone". Parents informed: mum by phone 09:15; the SW
by email. Physical intervention record PI-26-88 completed; [[Marcus|name]] reviewed the CCTV [[14/10|date]] - hold proportionate.

No. 26/0440  Sat [[24/10/2026|date]] 11:00-17:30  Staff: [[Bev Coombes|name]] (driver), [[Josh|name]]
Type: family time (positive). Supervised visit to nan's, Mrs [[Pauline Vosper|name]], [[8 Victoria Road|address]], [[St Budeaux|place]].
Mum and [[Kacey-Leigh|name]] there. Pasties, Argyle on the radio (lost), a walk to the park. [[Riley|name]] was calm and chatty on
the way back and asked if he can go home for Christmas "just for the day".

No. 26/0451  Mon [[02/11/2026|date]] 22:45  Staff: night team ([[Colin Vallance|name]], waking night)
Type: self-harm (minor). [[Riley|name]] scratched his forearm with a pencil sharpener blade after the evening phone call with mum,
who had told him his dad is "coming home in January" (mum later said she was told this by [[Liam|name]]'s sister, [[Tracey
Hannaford|name]]). Steri-strips; on-call manager ([[Marcus Widdicombe|name]]) informed; GP (Dr [[Prowse|name]], Catherine House Surgery)
seen [[03/11|date]]. Sharpeners removed from Oak. CAMHS (LAC team, Dr [[Farida Nasser|name]]) informed.

No. 26/0466  Thu [[19/11/2026|date]] 16:15  Staff: [[Sam Stidston|name]]
Type: disclosure (recorded in his words). While baking: "when dad hit mum I hid [[Kacey|name]]'s phone so he couldn't smash it.
I'm scared he'll come to our house when he's out. Nan says he's not allowed." Passed to the DSL ([[Helen Brimacombe|name]]) and the
SW the same day.
"""),
]

DOCS_D += [
    ("prison offender manager's child contact assessment", """HMP CHANNINGS WOOD - OFFENDER MANAGEMENT UNIT
CHILD CONTACT PROCEDURES (Public Protection Manual) - ASSESSMENT FOR CONTACT WITH NAMED CHILDREN - CCP2
Prisoner: [[HANNAFORD, Liam|name]]   No. A4471DK   DOB [[08/08/1990|dob]]   NI [[JM 70 14 88 D|ni]]   Wing: Romney B
Offences: ABH (s47 OAPA) and criminal damage against his former partner, [[Shannon VOSPER|name]], [[14/05/2025|date]], at the family
home, with both children present; breach of a restraining order ([[11/09/2025|date]]). Sentence: 30 months, Plymouth Crown
Court, [[07/11/2025|date]]. Conditional release date: [[19/01/2027|date]]. Restraining order (indefinite): no contact with Ms
[[Vosper|name]], direct or indirect, and not to go to [[Poole Park Road|address]].
Prison Offender Manager (author): [[Sam Heard|name]]   COM (probation): [[Nicola Pengelly|name]], [[Plymouth|place]] PDU
Assessment started [[06/10/2026|date]]; IRMT decision [[04/11/2026|date]] (chair: Head of OMU, [[Gareth Lobb|name]])

1. THE APPLICATION
Mr [[Hannaford|name]] applied ([[28/09/2026|date]]) for visits and phone contact with his children:
  (a) [[Kacey-Leigh HANNAFORD|name]], 15 (DOB [[27/04/2011|dob]]), lives with her maternal grandmother, Mrs [[Pauline Vosper|name]],
      [[8 Victoria Road|address]], [[St Budeaux|place]], [[Plymouth|place]] [[PL5 1RG|postcode]]; mobile [[07458 214 390|phone]]
  (b) [[Riley-James VOSPER|name]], 12 (DOB [[02/09/2014|dob]]), looked after (s20) at [[Dartside House School|school]],
[[Buckfastleigh|place]]
  He had been phoning [[Kacey-Leigh|name]] on her mobile since July? - NO: the number was approved in error in July as
  "sister". Removed from his PIN list [[12/10/2026|date]] pending this assessment, after the three-way call to [[Riley-James|name]]
  at his school on [[09/10/2026|date]].

2. INFORMATION GATHERED
Children's social care (Plym Sound Council, [[Ellie Northcott|name]], SW for [[Riley-James|name]], letter [[21/10/2026|date]]):
[[Riley-James|name]]
has autism and ADHD, witnessed the 2025 assault and has said he is scared his dad "will come to the house". He says he wants
to "get letters first, not see him". CSC do not support visits or calls for [[Riley-James|name]] now; letters via his school,
read with his key worker, are supported. For [[Kacey-Leigh|name]], CSC have no objection to visits with her grandmother if she
wants them and if her mother is told; [[Kacey-Leigh|name]] is not open to CSC.
Mother (by letter from her, via CSC): opposes all contact: "he'll use the kids to get to me". She says [[Liam|name]]'s sister,
[[Tracey Hannaford|name]], has passed on messages in breach of the restraining order.
Grandmother (phone, [[15/10/2026|date]]): Mrs [[Vosper|name]] says [[Kacey-Leigh|name]] "idolises her dad" and will see him "with or without
us", so she would rather take her herself, once a month, and sit in.
[[Kacey-Leigh|name]] (phone with her nan, [[15/10/2026|date]]): wants visits; "he's still my dad"; knows about the order and said she
won't pass messages to her mum.
Prison: no adjudications since March; completed Building Better Relationships (group) in August; family
engagement worker ([[Lorna Stidwell|name]], PACT) has seen him 4 times. Security: no intelligence about contact with Ms
[[Vosper|name]]. Phone monitoring of the [[09/10|date]] call: he told [[Riley-James|name]] "I'll be home for your birthday" and "tell
your mum I've changed".
Probation (COM): release address not yet approved; exclusion zone around [[Barne Barton|place]] proposed.

3. DECISION (IRMT, [[04/11/2026|date]])
[[Kacey-Leigh|name]]: visits APPROVED (social visits, supervised by Mrs [[Pauline Vosper|name]]; family visits via PACT allowed); phone
calls APPROVED to [[07458 214 390|phone]] only, monitored; no three-way calls (a warning given).
[[Riley-James|name]]: visits and calls NOT APPROVED; letters APPROVED, sent to [[Dartside House School|school]] (FAO Mr [[Marcus
Widdicombe|name]], Head of Care, [[01364 642 583|phone]]) and read by staff before they are given to him. Review in 3 months or
on release.
Mr [[Hannaford|name]] was told on [[05/11/2026|date]]. He said "it's a stitch-up by [[Shannon|name]]" and asked for a review; he agreed to
write to [[Riley|name]] "about football and his dog" and not about coming home.
Signed: [[S. Heard|name]], POM      Countersigned: [[G. Lobb|name]], Head of Offender Management Delivery
cc: [[Ellie Northcott|name]] ([[ellie.northcott@plymsound.gov.uk|email]]); COM; the security department; PACT.
"""),
]

DOCS_D += [
    ("MP's caseworker enquiry with the council's reply", """From: Member Enquiries (Plym Sound Council)
<[[member.enquiries@plymsound.gov.uk|email]]>
Sent: Friday, [[27 November 2026|date]] 15:22
To: [[Jordan Skinner|name]] <[[jordan.skinner@parliament.uk|email]]>
Cc: [[Ellie Northcott|name]]; [[Ross Kitto|name]] (Team Manager, Children in Care 2)
Subject: RE: Constituent - Ms [[Shannon Vosper|name]] - son at a residential school - our ref ME/26/1187

Dear Mr [[Skinner|name]],

Thank you for your email of [[13 November|date]] on behalf of Ms [[Vosper|name]], who has given her consent for us to reply to you. I
have looked into each point with the social worker and her manager.

1. Not being told about the restraint. The school's records show that Ms [[Vosper|name]] was phoned at 09:15 on [[14 October|date]],
   an hour after the incident, by Mrs [[Kerry Tuckett|name]]. I accept that she was not sent the written record, and that she
   should have been. The school has agreed to send every physical intervention record to her and to the social worker within
   24 hours.
2. The phone call from [[Riley-James|name]]'s father. The prison has now decided on contact (letters only for [[Riley-James|name]]).
   The council was not told about the earlier calls to his sister, [[Kacey-Leigh|name]], until [[9 October|date]]. [[Ellie|name]] will
   explain the decision to Ms [[Vosper|name]] in person on [[2 December|date]].
3. Distance. We agree that [[Buckfastleigh|place]] is a long way from [[Barne Barton|place]] (about 50 minutes by car and two buses).
[[Riley-
   James|name]]'s EHC plan names [[Dartside House School|school]] because no school nearer could meet his needs in January. His
   annual review on [[14 January 2027|date]] will look at [[Mill Ford|school]] and the new SEMH school in [[Plympton|place]].
   We will pay for Ms [[Vosper|name]]'s travel to visit (two visits a month) from [[1 December 2026|date]].
4. Christmas. A day at home on [[25 December|date]] with two staff is being planned, with mum and nan ([[Pauline Vosper|name]]).

I am sorry that Ms [[Vosper|name]] has had to write to her MP to get answers. Yours sincerely,
Dr [[Karen Boase|name]], Head of Service, Children in Care and Care Leavers, Plym Sound Council

-----Original Message-----
From: [[Jordan Skinner|name]] (Office of [[Amelia Trethewey|name]] MP)
Sent: Friday, [[13 November 2026|date]] 10:04
To: Member Enquiries (Plym Sound Council)
Subject: Constituent - Ms [[Shannon Vosper|name]], [[24 Poole Park Road|address]], [[PL5 1DL|postcode]] - case AT26-4410

Dear colleagues, [[Amelia|name]] has been contacted by the constituent below about her son, [[Riley-James Vosper|name]] (12, DOB
[[02/09/2014|dob]]), who is in your care at a school in Devon? - correction: at a school near [[Buckfastleigh|place]]. Her email
is below, unedited, with her permission. We would be grateful for a full reply within 15 working days.
[[Jordan Skinner|name]], Senior Caseworker, [[01752 671 208|phone]]

> From: [[shannonvosper92@hotmail.co.uk|email]]
> Sent: [[12 Nov 2026|date]] 23:51
> to whoever reads this, my name is [[shannon vosper|name]] i live in [[barne barton|place]] and my son [[riley|name]] is 12 and autistic
> and adhd he is in a school called [[dartside|school]] near [[buckfastleigh|place]] which is miles away. nobody tells me anything.
> on the [[14th of october|date]] they restrained him, i found out from [[riley|name]] on the phone he said [[kerry|name]] and the teacher
> [[dan|name]] "dragged" him. then his dad [[liam|name]] who is in prison for what he did to me was ringing my son at the school
> through my daughter [[kacey|name]]s phone and the school let it happen!! [[ellie|name]] the social worker is nice but shes never
> there. [[marcus|name]] at the school says its policy. i want [[riley|name]] closer to home he was at [[mill ford|school]] before
> and he was fine till the fire alarm thing. my mum [[pauline|name]] is 61 and cant keep getting 2 buses to see him. and i want
> him home for christmas day. please help me i am at the end of my tether. [[shannon|name]]
> [[07908 772 451|phone]]
"""),
]

DOCS_D += [
    ("independent person's monthly visit report to a residential special school", """INDEPENDENT PERSON'S VISIT REPORT -
[[DARTSIDE HOUSE SCHOOL|school]] (residential special school: National Minimum
Standards, standard 20) - visit 11 of 2026
Visitor: [[Rosemary Penwill|name]] (independent person, appointed by the proprietor, Moorside Education Ltd)
Date of visit: Tuesday [[17 November 2026|date]], 15:30-20:15 (unannounced)   Houses visited: Oak, Ash, Willow
Report to: the proprietor's board ([[Nigel Ashworth|name]], chair); the Principal ([[Helen Brimacombe|name]]); Head of Care ([[Marcus
Widdicombe|name]]). Copies to placing authorities on request; Ofsted sees these at inspection.

1. WHO I SPOKE TO
Children (with their agreement; first names and initials only, as is our practice): [[Riley-James V|name]] (Oak), [[Alfie C|name]] (Oak),
[[Noah P|name]] (Oak), [[Leo T|name]] (Ash), [[Ollie|name]] and [[Frankie|name]] (Willow), and [[Kian|name]] (Willow, who asked to show me
his
room). Staff: [[Kerry Tuckett|name]], [[Josh Yeo|name]], [[Sam Stidston|name]], [[Colin Vallance|name]] (nights), the cook
([[Maureen|name]]), the
nurse ([[Tina Lang|name]]). A parent by phone: Ms [[Shannon Vosper|name]] ([[Riley-James|name]]'s mother), at her request.

2. THE CHILDREN'S VIEWS
[[Riley-James|name]] showed me the Lego model of Home Park he built with [[Josh|name]] and said Oak is "alright now [[Alfie|name]]'s stopped
going on about my dad". He said the worst thing is "being far from Nan" and the best is "the trampoline and [[Maureen|name]]'s
chips". He knows about his letters from his dad and said he "might read them with [[Kerry|name]]".
[[Alfie|name]] said he and [[Riley-James|name]] "had a fight but we're mates now". [[Leo|name]] said the night staff are kind but he
doesn't like it when agency staff cover. [[Kian|name]] wants to go to [[Totnes|place]] market again. No child told me they felt unsafe.

3. RECORDS SEEN (since the last visit on [[20 October|date]])
Physical interventions: 7 (4 for one child in Ash, 1 for [[Riley-James|name]] on [[14/10|date]], 2 in Willow); all debriefed, all
reviewed by [[Marcus|name]] within 72 hours; the record of [[14/10|date]] was not sent to the parent - now the practice.
Missing from care: 2 ([[Riley-James|name]], [[11/10|date]], found in [[Buckfastleigh|place]] in 70 minutes; [[Frankie|name]] (Willow),
[[03/11|date]], found
in [[Ashburton|place]] by PC [[Jenna Heard|name]]). Return interviews: both done by Checkpoint.
Complaints: 1, from Ms [[Vosper|name]] via her MP (the council is replying). Sanctions: loss of the trip to [[Exeter|place]] for a child in
Ash - proportionate.
Staffing: two vacancies; agency cover 18% of shifts (high). Training: Team Teach refresher done by all on Oak.

4. PREMISES
Oak's kitchen has a new cooker. Willow's bathroom extractor still broken (reported [[2 October|date]]). The broken fence on the
river field (the way [[Riley-James|name]] left on [[11/10|date]]) has been repaired.

5. RECOMMENDATIONS
(1) Send physical intervention records to parents within 24 hours (started). (2) Reduce agency cover on Willow. (3) Fix the
extractor. (4) Make sure [[Riley-James|name]]'s Christmas Day plan is agreed with the council ([[Ellie Northcott|name]]) by
[[11 December|date]]; Ms [[Vosper|name]] asked me to say she would like [[Josh|name]] to be one of the two staff.
[[Rosemary Penwill|name]], independent person, [[rosemary.penwill@btinternet.com|email]], [[07870 552 419|phone]]   [[18/11/2026|date]]
"""),
]

# --- E. Labonne / Kinsella family (Chagossian, from Mauritius), Crossacres, Wythenshawe, Manchester --------------------------

HOME_E = d.Address("Flat 2, 41 Crossacres Road", "Benchill", "Manchester", "M22 5AN")
GRAN_E = d.Address("23 Avenue des Manguiers", "Pointe aux Sables", "Port Louis", "")
UNCLE_E = d.Address("52 Ifield Drive", "Ifield", "Crawley", "RH11 0EH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Kelly-Ann", "Labonne")], dt.date(2012, 5, 14), addresses=[HOME_E], ids=["5411627966", "L352438623207"],
       schools=["Benchill Brook Academy"]),
    _p("s", "sibling", [("Ryan", "Labonne")], dt.date(2016, 1, 9), addresses=[HOME_E], ids=["4210298727", "C352214323344"],
       schools=["Crossacres Primary Academy"]),
    _p("s2", "sibling", [("Maëlys", "Kinsella")], dt.date(2024, 6, 20), addresses=[HOME_E], ids=["5042318747"]),
    _p("m", "mother", [("Josiane", "Labonne")], dt.date(1988, 2, 2), addresses=[HOME_E], phones=["07442 918 603"],
       ids=["4490050399", "SH 29 40 71 C"]),
    _p("o", "other", [("Gary", "Kinsella")], dt.date(1979, 7, 24), phones=["07951 306 724"], ids=["AB 45 63 12 D"]),
    _p("f", "father", [("Jean-Claude", "Bertin")], None, phones=["+230 5914 2837"]),
    _p("g", "grandparent", [("Marie-Rita", "Elysée")], dt.date(1955, 3, 8), addresses=[GRAN_E], phones=["+230 5729 4418"]),
    _p("u", "other", [("Louis", "Labonne")], None, addresses=[UNCLE_E], phones=["07411 584 292", "01293 553 716"]),
    _p("p1", "professional", [("Aoife", "Brennan")], phones=["0161 219 6634"], emails=["aoife.brennan@merseybank.gov.uk"]),
    _p("p2", "professional", [("Dwayne", "Oakes")], phones=["0161 946 2210"], emails=["dwayne.oakes@sharstonhomes.org.uk"]),
], "c")

DOCS_E = [
    ("housing association tenancy officer's notes", """SHARSTON HOMES - TENANCY MANAGEMENT - CONTACT NOTES (export from the housing system,
newest last)
Property: [[Flat 2, 41 Crossacres Road|address]], [[Benchill|place]], [[M22 5AN|postcode]] (2-bed, ground floor, block of 6)    Tenancy ref:
SH/0088142
Tenant: [[LABONNE, Josiane Marie|name]]   DOB [[02/02/1988|dob]]   NI [[SH 29 40 71 C|ni]]   Tel [[07442 918 603|phone]]   Language:
Mauritian
Kreol (interpreter needed for anything important; French OK)   Tenancy start: [[03/03/2025|date]] (assured, starter)
Household: [[Kelly-Ann|name]] (daughter, 2012), [[Ryan|name]] (son, 2016), [[Maëlys|name]] (daughter, 2024). No one else on the tenancy.
Vulnerability flags: DA (added [[01/10/2026|date]]); child with asthma; language. Housing officer: [[Dwayne Oakes|name]].

[[03/03/2025|date]] [[D. Oakes|name]] - Sign-up at the office with interpreter Mrs [[Vidya Ramdin|name]] (by phone). Moved from temporary
accommodation at [[Wythenshawe|place]] ([[Hollyhedge Court|address]]). Tenant came from [[Port Louis|place]] in 2023 with the two older
children; she is
British (registered; her mother was born on [[Peros Banhos|place]] in the Chagos). The baby's father, [[Gary Kinsella|name]], is not on the
tenancy and lives with his mum in [[Baguley|place]], per tenant.
[[12/01/2026|date]] Repairs - Black mould in the children's bedroom, window seals. Job 77120. Tenant says [[Ryan|name]]'s inhalers
"not working". GP letter (Dr [[Ifeoma Nnaji|name]], Benchill Medical Practice) on file.
[[02/03/2026|date]] [[L. Ogunbiyi|name]] (income) - arrears £486 after the UC change. Plan agreed, £10 a week. Tenant brought her
daughter [[Kelly-Ann|name]] (13) out of school to translate - advised we will book an interpreter next time.
[[15/04/2026|date]] ASB - complaint from Mrs [[Brenda Tattersall|name]] ([[Flat 4|address]]): shouting at night, "a man banging on the
window at 2am", a pram left in the communal hall. Letter to tenant (in English - no translation, my error).
[[20/05/2026|date]] [[D. Oakes|name]] - Home visit. [[Gary|name]] answered the door, said he "stays some nights". Work boots, his post on
the
side (addressed to him here). Explained the tenancy conditions. Tenant quiet while he was there.
[[07/07/2026|date]] Damp and mould inspection (surveyor [[Tony Clegg|name]]) after [[Ryan|name]]'s admission to Wythenshawe Hospital with
asthma ([[29/06|date]]). Category 1 hazard - works ordered within the timescales (Awaab's Law). Dehumidifier given.
[[30/09/2026|date]] 23:55 Out of hours - [[Kev Doherty|name]] ([[Flat 3|address]]) rang: a woman screaming in [[Flat 2|address]], "kids
crying".
Police called by him. Passed to me.
[[01/10/2026|date]] [[D. Oakes|name]] - Visit with PC [[Aaron Blackshaw|name]] (GMP, [[Wythenshawe|place]] NPT). Tenant had a swollen lip;
said she "fell". [[Ryan|name]] (10) started translating and said "[[Gary|name]] pushed Mummy". PC stopped him. An interpreter was
booked for the police statement. Tenant said [[Gary|name]] has keys and comes when he wants. Safeguarding referral to Mersey
Bank Council's front door by me at 11:40 (ref 1407733); DA flag added; lock change offered and done [[02/10|date]] 15:00.
[[14/10/2026|date]] Tenant's brother, [[Louis Labonne|name]], rang from [[Crawley|place]] ([[07411 584 292|phone]]) to ask if his sister
can transfer "down south" near the family; explained the process (management move, DA) - he will help her apply.
[[03/11/2026|date]] Front door damaged overnight (kicked). Tenant says not [[Gary|name]] - "a friend of his". Reported to police (crime
ref CRI/06/11/26/0941). Door made safe; target hardening (door chain, window locks, video doorbell) ordered via the Sanctuary
scheme.
[[20/11/2026|date]] MARAC action: a marker on the address for police response; support letter for a management transfer; IDVA
[[Shanice Morgan|name]] (Independent Choices) to be invited to any visit. Transfer panel [[08/12/2026|date]].
[[24/11/2026|date]] [[D. Oakes|name]] - Joint visit with SW [[Aoife Brennan|name]] and interpreter Mrs [[Ramdin|name]]. Flat warm, mould
treated, new window seals. Tenant wants to move to [[Crawley|place]] "where the Chagos people are" and her brother. [[Maëlys|name]]
asleep; [[Kelly-Ann|name]] not at school ("looking after the baby" - SW to follow up).
"""),
]

DOCS_E += [
    ("interpreter's own note after a home visit", """NORTHLINGO INTERPRETING - INTERPRETER'S POST-ASSIGNMENT NOTE (safeguarding / practice
issues)
Job no.: NL-26-55812   Language: Mauritian Kreol (Morisien) <> English; some French   Mode: face to face
Date: Tuesday [[24 November 2026|date]], 14:00-15:40   Client: Mersey Bank Council, Children's Services (booked by [[Aoife Brennan|name]])
Location: family home, [[Flat 2, 41 Crossacres Road|address]], [[M22 5AN|postcode]]
Interpreter: [[Vidya Ramdin|name]] (NRPSI 14822)   Also present: [[Dwayne Oakes|name]] (Sharston Homes); the service user, Ms [[Josiane
Labonne|name]]; her children [[Maëlys|name]] (2) and, from 15:05, [[Kelly-Ann|name]] (14)

I write this note under my agency's policy because several things happened that the social worker should know about, and
because I was asked afterwards to "just say" what one remark meant. I interpret everything said in the room, and I told
everyone this at the start, in both languages.

1. Side remarks. At 14:20, when Mr [[Oakes|name]] went to look at the bathroom, Ms [[Labonne|name]] said to me quietly in Kreol: "Pa dir
zot ki [[Gary|name]] ti vini yer swar." ("Don't tell them that [[Gary|name]] came last night.") I reminded her that I must interpret
everything, and I interpreted it to [[Aoife|name]]. Ms [[Labonne|name]] then said: "[[Gary|name]] ena enn lakle ankor. Mo pa kone
ki manyer." ("[[Gary|name]] still has a key. I don't know how.") - I interpreted this too.
2. The daughter as interpreter. At 15:05 [[Kelly-Ann|name]] came in from the kitchen (she had not been at school) and began to answer
for her mother in English. [[Aoife|name]] asked her to let me interpret. [[Kelly-Ann|name]] said to her mother in Kreol "Mama, pa koz
lor [[Ryan|name]]" ("Mum, don't talk about [[Ryan|name]]"); I interpreted it. Her mother said [[Kelly-Ann|name]] stays home on Mondays and
Tuesdays "pou gard bebe" (to mind the baby) because she has "a cleaning job at the airport" on those days.
3. The grandmother. At 14:50 Ms [[Labonne|name]] video-called her mother in [[Port Louis|place]] so that [[Aoife|name]] could "meet" her.
Mémé
[[Rita|name]] (Mrs [[Marie-Rita Elysée|name]], she said she is 71) spoke Kreol and a little French. She said: "Mo ti ne
[[Peros Banhos|place]],
zot ti met nou deor an 1973. Mo pa pe les personn pran mo bann ti zanfan." ("I was born on [[Peros Banhos|place]], they put us
out in 1973. I won't let anyone take my grandchildren.") She asked that [[Josiane|name]] and the children go to her son, Tonton
[[Louis|name]], in [[Crawley|place]], "kot tou nou fami ete" (where all our family is), or come home to her at [[23 Avenue
des Manguiers|address]], [[Pointe aux Sables|place]]. She gave a number to ring her: [[+230 5729 4418|phone]]. She also said
[[Kelly-Ann|name]]'s father, [[Jean-Claude Bertin|name]] ("[[Jeannot|name]]"),
in [[Roche-Bois|place]], "pa finn avoy enn sou depi 2019" (has not sent a penny since 2019).
4. Words that could be misunderstood. (a) Ms [[Labonne|name]] used "bat" ("hit/beat") about [[Gary|name]] and also about her own
mother disciplining her as a child; I interpreted both literally; the social worker may wish to ask again. (b) "Mo bizin ale"
("I need to go") was about moving to [[Crawley|place]], not about leaving the visit. (c) She called [[Gary|name]]'s mother
"madam [[Kinsella|name]]" and "granmer [[Maëlys|name]]" ([[Maëlys|name]]'s grandmother), not her own mother.
5. My own position. I am Mauritian and know some people in the Chagossian community in [[Crawley|place]] (not this family). I told
[[Aoife|name]] this at the end. Ms [[Labonne|name]] asked if I know "[[Marie-Claire Mandarin|name]]", a cousin there; I said I would not
discuss anyone outside the job.
6. Feelings. Ms [[Labonne|name]] cried twice. She asked me in the stairwell afterwards: "Zot pou pran mo zanfan?" ("Will they take my
children?"). I said I could not answer and asked [[Aoife|name]] to come back and answer her, which she did.
Recommendation for the next booking: the same interpreter if possible (trust); a female interpreter; 2 hours; not on a
Monday or Tuesday (the daughter). Signed: [[V. Ramdin|name]], [[25/11/2026|date]]. Sent to: NorthLingo quality team ([[Paul
Whitworth|name]]) and [[aoife.brennan@merseybank.gov.uk|email]].
"""),
]

DOCS_E += [
    ("secondary school's first-day calling attendance log", """[[BENCHILL BROOK ACADEMY|school]] - ATTENDANCE: FIRST DAY CALLING AND
FOLLOW-UP LOG (autumn term 2026)
Student: [[LABONNE Kelly-Ann|name]]   Year 10 (10F)   UPN [[L352438623207|upn]]   DOB [[14/05/2012|dob]]   Attendance to date: 71.4% (PA)
Contacts on MIS: 1. [[Josiane Labonne|name]] (mother) [[07442 918 603|phone]] - EAL, Kreol/French, text in English OK
                 2. [[Gary Kinsella|name]] ("stepdad") [[07951 306 724|phone]]  -> REMOVED [[20/11/2026|date]] (see below)
Attendance officer: [[Sandra Mottram|name]]   Head of Year: Mr [[Liam Doyle|name]]   DSL: Ms [[Rachel Entwistle|name]]

Mon [[07/09|date]]  N  08:55 text to contact 1. No reply. 10:10 call - no answer.
Tue [[08/09|date]]  N  Text. 11:20 contact 2 answered: "ask her mum". [[Kelly-Ann|name]] in Wed with a note "sik" (sick).
Mon [[14/09|date]]  N  Text + call. Friend [[Precious Adeyemi|name]] (10F) said [[Kelly-Ann|name]] "has to babysit on Mondays".
Tue [[15/09|date]]  N  Call - mum answered, passed to a child who said "my mum is at work, my sister is ill" ([[Ryan|name]]? - at
                   [[Crossacres|school]] that day per their office, so probably [[Kelly-Ann|name]] herself).
Mon [[21/09|date]]  C  Authorised by Mr [[Doyle|name]] - "Chagos Day" community event in [[Crawley|place]] per mum's note? - NO: the event
                   was on the Saturday; changed to N on [[25/09|date]].
Mon [[28/09|date]]  N  Home visit 10:30 ([[S. Mottram|name]] + PCSO [[Haris Qureshi|name]]): [[Kelly-Ann|name]] answered holding the baby,
                   said mum at work "at the airport". Flat clean; no adult present. Told to come in after lunch - she did.
Tue [[29/09|date]]  N  -
Thu [[01/10|date]]  P  Mr [[Oakes|name]] (Sharston Homes) rang the DSL: police at the home on [[30/09|date]]. [[Kelly-Ann|name]] in, quiet;
                   seen by [[Rachel|name]] at break - said "it was just an argument". CPOMS 44102.
Mon [[05/10|date]]  N  Text + call. Contact 2 rang back (10:40): "she's grounded, she's not coming" - [[Rachel|name]] informed.
Mon [[12/10|date]]  P  In! Late 09:40 - said [[Maëlys|name]] was at nursery "for a trial".
Mon [[19/10|date]]  N  -  Tue [[20/10|date]] N  - Call to mum with the interpreting line ([[Claudine|name]], French): mum said she has
                   no childcare on Mon/Tue and "[[Gary|name]] won't help any more". Free childcare for 2-year-olds explained.
Half term.
Mon [[02/11|date]]  N  Text. Reply from mum: "sorry miss, she come tmrw".   Tue [[03/11|date]] P
Mon [[09/11|date]]  N  EWO referral - [[Mike Ashton|name]] (Mersey Bank attendance service) to visit with the SW.
Mon [[16/11|date]]  N  -
Fri [[20/11|date]]  MARAC: the SW ([[Aoife Brennan|name]]) asked school to remove [[Gary Kinsella|name]] as a contact (no PR, DA
perpetrator).
                   Done by [[Sandra|name]] 14:15. Mr [[Doyle|name]] says [[Kelly-Ann|name]]'s form tutor, Miss [[Okonkwo|name]], had been
texting him
                   about homework since September - stopped.
Mon [[23/11|date]]  N  -
Tue [[24/11|date]]  N  The SW and housing saw [[Kelly-Ann|name]] at home with the baby (the SW rang at 16:00).
Mon [[30/11|date]]  P  In on time. [[Kelly-Ann|name]] asked [[Sandra|name]] if the school can "tell my mum I'm not allowed to miss Mondays".
                   Attendance panel offered instead of a fine; mum to attend [[07/12|date]] with interpreter; [[Maëlys|name]]'s 2-year-old
                   funded place at [[Little Stars|school]] ([[Benchill|place]]) from [[07/12|date]] (SW arranged).
Notes for the SW ([[S. Mottram|name]], [[01/12/2026|date]]): 19 of 27 Monday and Tuesday sessions missed this term. [[Ryan|name]] at
[[Crossacres Primary|school]] is at 96% (their DSL, Mrs [[Nwosu|name]]).
"""),
]

DOCS_E += [
    ("MARAC meeting minutes and actions", """MANCHESTER SOUTH MARAC - CASE MINUTES AND ACTIONS - RESTRICTED (Government Security
Classification: OFFICIAL-SENSITIVE)
Meeting: Friday [[20 November 2026|date]]    Case 7 of 14    Referring agency: Sharston Homes (and GMP)
Chair: DI [[Kath Ormerod|name]] (GMP Public Protection)    Coordinator / minutes: [[Lucy Partington|name]]

VICTIM: [[Josiane LABONNE|name]]   DOB [[02/02/1988|dob]]   [[Flat 2, 41 Crossacres Road|address]], [[Benchill|place]], [[M22 5AN|postcode]]
   Tel [[07442 918 603|phone]] (safe). Needs an interpreter (Kreol; French second). IDVA: [[Shanice Morgan|name]] (Independent Choices)
PERPETRATOR: [[Gary KINSELLA|name]]   DOB [[24/07/1979|dob]]   c/o his mother, Mrs [[Irene Kinsella|name]], [[27 Shelderton Close|address]],
   [[Baguley|place]]   Tel [[07951 306 724|phone]]   Vehicle: silver Vauxhall Astra [[MF15 LVA|vehicle]]
CHILDREN: [[Kelly-Ann LABONNE|name]] (14), [[Ryan LABONNE|name]] (10), [[Maëlys KINSELLA|name]] (2; the perpetrator's daughter)
DASH score: 16 (IDVA, [[12/11/2026|date]]) - high risk. Repeat: no (first MARAC for this victim).

RESEARCH (agencies' information, summarised)
GMP: [[30/09/2026|date]] assault on the victim (swollen lip; [[Ryan|name]] saw it) - [[Kinsella|name]] arrested [[02/10|date]], no comment,
   released; CPS charge decision awaited. [[03/11/2026|date]] criminal damage to the victim's door - no suspect identified. History:
   2014-2019, six DA incidents with a former partner, Ms [[Donna Hulme|name]], in [[Hulme|place]] and [[Moss Side|place]]; a conviction
   for common assault on her (2017). Two other children of his live with Ms [[Hulme|name]].
Children's Services ([[Aoife Brennan|name]]): single assessment started [[02/10/2026|date]]; section 47 not met at that time; now being
   reconsidered; the SW reports [[Kelly-Ann|name]] missing
   school on Mondays and Tuesdays to mind [[Maëlys|name]] and [[Ryan|name]] interpreting for the police on [[1 October|date]].
Housing ([[Dwayne Oakes|name]]): lock change [[02/10|date]]; door damaged [[03/11|date]]; victim wants a management transfer to be near her
   brother, [[Louis Labonne|name]], in [[Crawley|place]].
Health (Wythenshawe Hospital IDVA, [[Grace Nwankwo|name]]): [[Ryan|name]]'s asthma admission in June - no DA concerns noted at the time.
Probation ([[Steve Heywood|name]]): not known. Education ([[Mike Ashton|name]]): [[Kelly-Ann|name]] 71% attendance; [[Ryan|name]] 96%.
Change Grow Live: [[Kinsella|name]] open for alcohol (key worker [[Deb Ollerenshaw|name]]); last seen [[09/10/2026|date]].

VICTIM'S VOICE (via the IDVA): "I want him to leave us alone. I want to be near my brother and the Chagos family in [[Crawley|place]].
I am scared he will take [[Maëlys|name]] to his mother's and not bring her back."

ACTIONS
1. GMP: a flag and a "treat as urgent" marker on the victim's address; ANPR marker on [[MF15 LVA|vehicle]]; chase the CPS. (DI
   [[Ormerod|name]], [[27/11|date]])
2. GMP: a DVDS (Clare's Law) "right to know" disclosure to the victim about the 2017 conviction, with an interpreter. ([[Ormerod|name]])
3. Housing: a support letter for a management transfer and a referral to [[Crawley|place]]'s housing (West Sussex) by [[Dwayne|name]];
Sanctuary
   works. ([[Oakes|name]], [[04/12|date]])
4. CSC: the school to remove [[Kinsella|name]] as a contact ([[Brennan|name]], today - done); consider a strategy discussion; advice to the
   victim about child arrangements and [[Maëlys|name]] (no PR for him? - he is on the birth certificate: he HAS PR). ([[Brennan|name]])
5. IDVA: safety plan in Kreol with the interpreter; a non-molestation order with Ms [[Labonne|name]]'s solicitor ([[Priya Anand|name]],
   [[Anand|name]] & Co). ([[Morgan|name]])
6. Change Grow Live: share the MARAC outcome with the key worker; raise DA in his next session. ([[Ollerenshaw|name]])
Next review: if a repeat incident is reported. Minutes circulated to members [[23/11/2026|date]] by [[L. Partington|name]].
"""),
]

# --- F. Halpern / Lieberman family (strictly Orthodox Jewish), Sedgley Park, Prestwich -------------------------------------

HOME_F = d.Address("48 Sedgley Park Road", "Sedgley Park", "Prestwich", "M25 0JX")
BUBBY_F = d.Address("112 Whitehall Road", "Bensham", "Gateshead", "NE8 1TP")
ZEIDY_F = d.Address("31 Darenth Road", "Stamford Hill", "London", "N16 6ES")
AUNT_F = d.Address("Mercatorstraat 54", "", "Antwerpen", "2018")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Esther", "Halpern")], dt.date(2026, 10, 9), addresses=[HOME_F], ids=["6383604619"]),
    _p("s", "sibling", [("Rivka", "Halpern")], dt.date(2013, 4, 22), addresses=[HOME_F], ids=["6733651424"],
       schools=["Bais Sarah High School for Girls"]),
    _p("s2", "sibling", [("Shmuel", "Halpern")], dt.date(2015, 8, 1), addresses=[HOME_F], ids=["6726350694"],
       schools=["Talmud Torah Nachlas Dovid"]),
    _p("s3", "sibling", [("Faigy", "Halpern")], dt.date(2017, 6, 12), addresses=[HOME_F], ids=["7902171891"]),
    _p("s4", "sibling", [("Yossi", "Halpern")], dt.date(2019, 2, 26), addresses=[HOME_F], ids=["7679057974"]),
    _p("s5", "sibling", [("Malky", "Halpern")], dt.date(2021, 5, 18), addresses=[HOME_F], ids=["5376665356"]),
    _p("s6", "sibling", [("Dovid", "Halpern")], dt.date(2023, 9, 4), addresses=[HOME_F], ids=["5769479353"]),
    _p("m", "mother", [("Chaya Sura", "Halpern"), ("Chaya Sura", "Lieberman")], dt.date(1995, 1, 30), addresses=[HOME_F],
       phones=["07875 914 360"], ids=["7826005949", "MW 52 71 44 B"]),
    _p("f", "father", [("Yisroel Meir", "Halpern")], dt.date(1992, 6, 14), addresses=[HOME_F], phones=["07969 352 108"],
       emails=["ymhalpern@gmail.com"], ids=["PE 18 39 60 A"]),
    _p("g", "grandparent", [("Frumet", "Lieberman"), ("Berish", "Lieberman")], None, addresses=[BUBBY_F],
       phones=["0191 477 3925"]),
    _p("g2", "grandparent", [("Perel", "Halpern"), ("Mordechai", "Halpern")], None, addresses=[ZEIDY_F],
       phones=["020 8809 4412"]),
    _p("a", "other", [("Blimy", "Stern")], None, addresses=[AUNT_F], phones=["+32 3 218 47 63"]),
    _p("p1", "professional", [("Katie", "Openshaw")], phones=["0161 253 7714"], emails=["katie.openshaw@irkvalley.gov.uk"]),
    _p("p2", "professional", [("Siobhan", "Garvey")], phones=["0161 358 2240"], emails=["siobhan.garvey@gmmh.nhs.uk"]),
], "c")

DOCS_F = [
    ("ambulance service patient report form", """NORTH WEST AMBULANCE SERVICE NHS TRUST - PATIENT REPORT FORM (ePCR print)          Incident
8811402   Cat 2
Date: Sunday [[08/11/2026|date]]   Call 03:12   At scene 03:31   Left 04:20   At hospital 04:41 (North Manchester General, ED)
Scene: pavement, [[Bury Old Road|address]] by the junction with [[Sedgley Park Road|address]], [[Prestwich|place]] (public place)
Crew: [[Gemma Liddell|name]] (paramedic, author) and [[Stuart Hough|name]] (EMT). First on scene: Hatzola volunteer responders (2),
[[Shimon Katz|name]] and [[Avrohom Gluck|name]] (handover 03:32). Police: PC 19920 [[Adam Kershaw|name]], GMP, arrived 03:40.

PATIENT: [[HALPERN, Chaya Sura|name]]   F   DOB [[30/01/1995|dob]] (31)   NHS [[782 600 5949|nhs]]
Home: [[48 Sedgley Park Road|address]], [[Prestwich|place]], [[M25 0JX|postcode]]   NOK: husband, [[Yisroel Meir Halpern|name]],
[[07969 352 108|phone]]
GP: Dr [[Rosen|name]], Prestwich Health Centre   Languages: English, Yiddish

PRESENTING COMPLAINT / HISTORY (from the Hatzola responders, the husband by phone and then in person, and the patient)
4 weeks post-partum (7th baby, born [[09/10/2026|date]] at St Mary's). Found by a member of the community patrol at 03:05 walking on
[[Bury Old Road|address]] in a nightdress and slippers in the rain, holding the baby in a blanket, saying she was "taking her to
the Rebbe" because the baby "is not mine, they swapped her". Husband woke at 03:00, found the bed and the cot empty, rang
Hatzola. He reports 3 nights with almost no sleep, "talking fast", praying through the night, and on [[06/11|date]] saying the
neighbours were "listening through the walls". No past psychiatric history known; her aunt in [[Gateshead|place]] had "a breakdown
after a baby" (per husband). No alcohol or drugs.

OBS (03:40): HR 118, RR 20, SpO2 98% air, BP 142/88, temp 36.1, BM 5.6, GCS 15 but not orientated to the date; pupils equal.
Mental state: agitated, pressured speech in English and Yiddish, thought disorder, says the baby's name is "not [[Esther|name]]". No
injuries seen. Risk: to the baby (wrong belief about her identity, out in the cold) - HIGH; to self - cannot assess.
Capacity: lacks capacity to decide about her care now (cannot weigh up). Best interests; accepted to come with her husband.
Police did not use s136 - she came voluntarily with the crew and the husband.

THE BABY: [[Esther HALPERN|name]], DOB [[09/10/2026|dob]], NHS [[638 360 4619|nhs]]. Wet and cold: temp 35.6 (axilla) at 03:45. Warmed in
the
ambulance (skin to skin with father, blankets), 36.4 at 04:15. Feeding: breastfed; father has formula. Conveyed separately
in our second vehicle ([[Kirsty Aspinall|name]], paramedic) to the paediatric ED at North Manchester General, with the father.
OTHER CHILDREN at home (6, aged 3 to 13): with the patient's neighbour, Mrs [[Rochel Gluck|name]] (the responder's wife), at the
house from 03:35; the eldest, [[Rivky|name]], was awake and "very frightened". The husband's brother, [[Chaim Halpern|name]], of
[[Broughton Park|place]], to come at 06:00.

SAFEGUARDING: referral made (NWAS safeguarding, ref SG-26-30441) for the baby and the 6 children at home - mother acutely unwell
post-partum (suspected puerperal psychosis), baby hypothermic. Husband aware and in agreement; he asked that "the Rov", Rabbi
[[Lipschitz|name]], is told by the family, not by us. Handover to the ED nurse in charge, [[Nadia Brookes|name]], and to the
psychiatric liaison team (RMN [[Tom Greenhalgh|name]]) at 04:50.
Signed: [[G. Liddell|name]] 3318
"""),
]

DOCS_F += [
    ("mother and baby unit discharge planning meeting notes", """GREATER MANCHESTER MENTAL HEALTH NHS FT - ANDERSEN WARD (MOTHER AND BABY
UNIT), WYTHENSHAWE HOSPITAL
DISCHARGE PLANNING MEETING - NOTES
Patient: Mrs [[Chaya Sura HALPERN|name]] (née [[Lieberman|name]])   DOB [[30.01.1995|dob]]   Admitted [[08/11/2026|date]] (informal) with
her
baby, [[Esther|name]] (born [[09.10.2026|dob]])   Diagnosis: post-partum psychosis (first episode)   Meeting: Thursday
[[3 December 2026|date]]
Present: Dr [[Anjali Desai|name]] (consultant perinatal psychiatrist, chair); [[Megan Platt|name]] (named nurse); [[Siobhan Garvey|name]]
(perinatal community mental health team, care coordinator); [[Katie Openshaw|name]] (SW, Irk Valley Council, Child in Need);
[[Leah Rosenthal|name]] (health visitor); Mr [[Yisroel Meir Halpern|name]] (husband); Mrs [[Frumet Lieberman|name]] (patient's mother, from
[[Gateshead|place]]); Mrs [[Toby Goldberg|name]] (family support worker, Bnos Chesed, with the family's consent). Patient joined for
items 3 to 5.

1. Progress (Dr [[Desai|name]]): settled on lithium and a low dose of olanzapine; no psychotic symptoms for 12 days; sleeping 7 hours
with the night nurse doing feeds; bonding with [[Esther|name]] is warm and confident (nursery nurse [[Jodie|name]]'s observations). Two
weekend leaves home went well ([[21|date]]-[[22 November|date]]; [[28|date]]-[[29 November|date]]).
2. The children at home ([[Katie|name]]): [[Rivky|name]] (13) had been missing school to look after [[Dovid|name]] (3) and [[Malky|name]]
(5) in the
first week; the grandmother has been staying since the [[10th|date]] and [[Rivky|name]] is back at [[Bais Sarah|school]] full time. The
school (Mrs [[Hendel|name]]) says she is "tired but herself". [[Shmuli|name]] (11) "has gone very quiet" at [[Nachlas Dovid|school]] (the
menahel, Rabbi [[Weiss|name]]). [[Faigy|name]] and [[Yossi|name]] fine. Meals and school runs are covered by a community rota (see the
coordinator's sheet). The Child in Need plan is for support, not protection: there are no concerns about the care the
children receive from their father and grandmother.
3. The patient's views: "I want to go home for Chanukah, but I'm scared of the nights." She asked that [[Rivky|name]] is not asked to
do the night feeds "ever again", and for someone to explain to the children "in a way they understand" why Mommy was in
hospital. She agreed to information being shared with her Rov, Rabbi [[Lipschitz|name]], "only what I say".
4. Discharge plan (agreed)
- Discharge date: Thursday [[10 December 2026|date]]; home leave from the evening of [[4 December|date]] for the first Chanukah light,
  and the rest of the festival at home after discharge.
- Nights: no night feeds for the mother for 6 weeks; [[Esther|name]] on expressed milk and formula at night, with the
  grandmother (the children's Bubby) staying until [[7 January 2027|date]], then Mrs [[Perel Halpern|name]] (the
  paternal grandmother) from [[Stamford Hill|place]] for two weeks.
- Care coordinator visits twice a week ([[Siobhan|name]]); home treatment team for the first week; HV weekly ([[Leah|name]]).
- Relapse signature (agreed with the patient and husband): no sleep 2 nights, "fast" praying at night, suspicion of neighbours.
  Action: ring the perinatal team ([[0161 358 2240|phone]]) or out of hours the crisis line; Hatzola or 999 if the baby is at risk.
- Children: [[Katie|name]] and [[Toby Goldberg|name]] to do a session with [[Rivky|name]] and [[Shmuli|name]]; the young carers' service to
be
  offered to [[Rivky|name]] "if the family want it".
- Future pregnancy: high risk of recurrence - pre-conception advice offered; perinatal team to see her in any future pregnancy.
5. Husband's and grandmother's views: Mr [[Halpern|name]]: "We were lucky - Hatzola, the neighbours, the ward. I didn't know this
could happen." Mrs [[Lieberman|name]] said her sister, [[Gittel|name]], was ill "in the same way" in 1989 in [[Antwerp|place]] and "nobody
spoke about it". She will stay as long as needed.
Actions: discharge letter to the GP (Dr [[Rosen|name]]) and to the HV; [[Katie|name]] to close the Child in Need plan at the review
on [[14 January 2027|date]] if all is well. Notes: [[M. Platt|name]], RMN.
"""),
]

DOCS_F += [
    ("family WhatsApp group in Yiddish and English, typed up and translated", """[Messages from the family WhatsApp group
"[[Lieberman|name]] Mishpacha 🕯️", shown by Mr [[Yisroel Meir Halpern|name]] to [[Katie
Openshaw|name]] (SW) on [[26 November 2026|date]] and typed up with his agreement to show the family's support plan. Yiddish (in Hebrew
letters) translated by [[Esther Grossman|name]], a community interpreter; English left as written. His phone saves his
parents-in-law as "Shver" and "Shviger"; other contacts by name. Grouped by day; times left out.]

Sunday [[8 November 2026|date]]
Shviger: ווי גייט עס מיט [[חיה שרה|name]]? מיר פארן דינסטאג קיין [[מאנטשעסטער|place]]
         (How is [[Chaya Sura|name]]? We are travelling to [[Manchester|place]] on Tuesday.)
[[Yisroel Meir|name]] (me): ב"ה זי שלאפט. די דאקטוירים זאגן עס איז א קרענק נאך דער געבורט. [[אסתר|name]] איז געזונט
         (Thank God she is sleeping. The doctors say it is an illness after the birth. [[Esther|name]] is well.)
[[Toby Lieberman|name]]: [[ריבקי|name]] און [[מלכי|name]] קענען קומען צו אונז קיין [[גייטסהעד|place]] ביז חנוכה
         ([[Rivky|name]] and [[Malky|name]] can come to us in [[Gateshead|place]] until Chanukah.)
[[Blimy Stern|name]]: Im davening for her every minute. Tell [[Rivky|name]] she is a tzadeikes. We can come from [[Antwerp|place]] Wednesday
[[+972 52-761-4408|phone]]: תהילים פאר [[חיה שרה|name]] בת [[פרומעט|name]] - כל המשפחה ("Psalms for [[Chaya Sura|name]] daughter of
[[Frumet|name]] - the
         whole family" - this number is the patient's cousin [[Yehudis Lieberman|name]] in [[Bnei Brak|place]], not saved in his phone)

Monday [[9 November 2026|date]]
[[Shloime L|name]]: Just spoke to my chavrusa's brother Dr [[Moshe Adler|name]] in [[Lakewood|place]], he's a psychiatrist, he says post
partum
         psychosis is very treatable and she should stay in the MBU as long as they say. Dont let anyone take her out early
Shver: הרב [[ליפשיץ|name]] האט גערעדט מיט מיר. ער זאגט מען מוז טאן וואס די דאקטוירים
         זאגן
         (Rabbi [[Lipschitz|name]] spoke to me. He says one must do what the doctors say.)
[[Yisroel Meir|name]] (me): The social worker [[Katie|name]] came, very nice, not what people say. She said its to help not to take kids
Shviger: [[רבקי|name]] זאל נישט שטיין אויף ביינאכט מיט'ן בעיבי. איך וועל
         ([[Rivky|name]] must not get up at night with the baby. I will.)

Thursday [[12 November 2026|date]]
[[Toby Lieberman|name]]: [[Shmuli|name]] called me crying he thinks its his fault bec he made a noise and woke Mommy. Someone needs to talk
to him
[[Yisroel Meir|name]] (me): I told the rebbi Rabbi [[Weiss|name]]. And [[Katie|name]] said [[Toby Goldberg|name]] from Bnos Chesed can come
Shviger: די קינדער קענען קומען צו אונז אויף חנוכה, פון ערב חנוכה [[כ"ד כסלו|date]]
         (The children can come to us for Chanukah, from the eve of Chanukah, [[24 Kislev|date]].)

Tuesday [[17 November 2026|date]]
[[Blimy Stern|name]]: Landed [[Manchester|place]]. Staying at [[Chaim|name]] and [[Chani|name]]'s in [[Broughton Park|place]] 2 nights. I
have the
         suitcases of clothes for the kinderlach from [[Antwerp|place]] 🙂 my number is [[+32 3 218 47 63|phone]] if whatsapp doesnt work,
         and [[Rivky|name]] can write to me: [[Mercatorstraat 54|address]], [[2018|postcode]] [[Antwerpen|place]]
Shviger: [[פייגי|name]] און [[יאסי|name]] האבן געזאגט אז זיי ווילן א מאמע'ס קוגל ווי [[חיה שרה|name]]'ס
         ([[Faigy|name]] and [[Yossi|name]] said they want a kugel like [[Chaya Sura|name]]'s.)

Sunday [[22 November 2026|date]]
[[Yisroel Meir|name]] (me): B"H leave went well!! [[Chaya Sura|name]] lit the... no sorry it's not chanukah yet lol. She bathed
[[Esther|name]] and read
         to [[Dovid|name]]. Back to the ward 6pm. Thank you all
[[Shloime L|name]]: 🙌🙌 Baruch Hashem
"""),
]

DOCS_F += [
    ("community meal and help rota pasted from a shared spreadsheet, with the coordinator's email", """From: [[Raizy Feldman|name]]
<[[raizy.feldman@gmail.com|email]]>
To: [[Katie Openshaw|name]] <[[katie.openshaw@irkvalley.gov.uk|email]]>
Date: [[30 November 2026|date]] 21:48
Subject: [[Halpern|name]] rota as promised (Bnos Chesed, [[Prestwich|place]])

Dear [[Katie|name]],
Here is the rota the way we run it (copied from our Google Sheet, so the columns are a bit squashed). [[Yisroel Meir|name]] and
[[Chaya Sura|name]] asked me to send it so you can see who is going in and out of the house and that the children are covered. Everyone on
it is
a neighbour or a friend; nobody is paid. I have put phone numbers only for the ones who do nights or driving. If there is
anything you need to know, please ask me, not the volunteers - some of them are very nervous of "the council".
Kind regards, [[Raizy Feldman|name]] (coordinator), [[07931 448 275|phone]]

WEEK 1 (from Sunday [[8 November|date]])
Day | Supper for 9 (by 5.30) | Night help (sleeps over, till Bubby came on Tues) | Morning run: boys / girls / [[Dovid|name]] to playgroup |
Notes
Sun | [[Leah Grunfeld|name]] | [[Rochel Gluck|name]] (next door) | n/a | [[Rivky|name]] did the baths - NOT AGAIN pls
Mon | [[Sury Weiss|name]] | [[Breindy Klein|name]] [[07956 210 483|phone]] | [[Mendy Weiss|name]] / Mrs [[Stern|name]] / [[Goldie|name]] |
[[Malky|name]] has a cough
Tue | [[Chani Halpern|name]] (sister-in-law) | Bubby arrived 4pm - no more nights needed | [[Mendy|name]] / Mrs [[Stern|name]] /
[[Goldie|name]] |
Wed | Mrs [[Rose|name]] (meat) | - | [[Mendy|name]] / Mrs [[Stern|name]] / [[Goldie|name]] | [[Shmuli|name]] forgot his tefillin bag? no
he's 11, his siddur
Thu | [[Perl Friedman|name]] | - | [[Yanky Friedman|name]] / Mrs [[Green|name]] / [[Goldie|name]] | [[Faigy|name]] to the dentist 3pm
([[Perl|name]] takes)
Fri | Shabbos food: [[Leah Grunfeld|name]] + [[Sury Weiss|name]] | - | n/a | Challah from [[Tzirel|name]]'s bakery (paid by the fund)

WEEK 2 (from Sunday [[15 November|date]])
Sun | [[Devorah Schwartz|name]] | - | n/a | [[Yossi|name]]'s upsherin photos - Bubby has them
Mon | [[Breindy Klein|name]] | - | [[Mendy Weiss|name]] / Mrs [[Stern|name]] / [[Goldie|name]] | [[Rivky|name]] back at
[[Bais Sarah|school]] from today!!
Tue | [[Chani Halpern|name]] | - | [[Mendy|name]] / Mrs [[Stern|name]] / [[Goldie|name]] | [[Blimy|name]] from [[Antwerp|place]] here
Tue-Thu
Wed | [[Rivka Lev|name]] (from [[Whitefield|place]]) | - | [[Mendy|name]] / Mrs [[Stern|name]] / [[Goldie|name]] |
Thu | [[Perl Friedman|name]] | - | [[Yanky Friedman|name]] / Mrs [[Green|name]] / [[Goldie|name]] | [[Toby Goldberg|name]] (Bnos Chesed)
with [[Shmuli|name]] 5pm
Fri | [[Leah Grunfeld|name]] | - | n/a | Mr [[Halpern|name]] picks up [[Chaya Sura|name]] for leave? - NO, Sat night after Shabbos

Playgroup for [[Dovid|name]]: [[Goldie|name]] = Mrs [[Goldie Schreiber|name]], who runs the playgroup on [[Kings Road|address]]; she has his
nappies and spare clothes there.
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 21 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 17:37 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "dadi", "nani", "dada", "chacha",
           "khala", "phuppo", "baji", "apa", "bhai", "ammi", "abbu", "mémé", "meme", "granmer", "tantinn", "tantine",
           "tonton", "mama", "papa", "madam", "rabbi", "reb", "rebbetzin", "bubby", "bubbe", "zeidy", "zeide", "tatty",
           "tatti", "mommy", "morah", "באבי", "זיידי", "מאמי", "טאטי", "הרב"}
_AFTER = {"bhai", "baji", "apa", "ji", "sahib", "chacha", "khala", "phuppo", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "cornwall", "kernow",
               "west cornwall", "devon", "south devon", "dartmoor", "the moor", "yorkshire", "west yorkshire", "south yorkshire",
               "north yorkshire", "the north", "calderdale", "kirklees", "greater manchester", "west sussex", "sussex",
               "lancashire", "cheshire",
               "the north west", "north west", "tyneside", "pakistan", "azad kashmir", "kashmir", "ajk", "punjab", "mauritius",
               "seychelles", "chagos", "the chagos", "the chagos islands", "chagos islands", "chagos archipelago",
               "british indian ocean territory", "biot", "israel", "eretz yisroel", "belgium", "america", "usa", "new jersey",
               "europe", "africa"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Mémé Rita",
# "Tonton Louis", "madam Kinsella", "nanna Lin", "Rabbi Lipschitz", "הרב ליפשיץ", "CM Pete Trewhella", "FF Sam Jose", "DI Kath
# Ormerod"; and after one: "Shazia phuppo", "Mrs Illingworth senior") and counties, regions and countries ("Cornwall", "West
# Yorkshire", "West Sussex", "Mauritius", "the Chagos Islands", "British Indian Ocean Territory").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
