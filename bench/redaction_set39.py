"""Set 39: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set38.py, redaction_set40.py, redaction_set41.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector
output. What was read: bench/redaction_set21.py (its docstring, its first family's record and the start of its first document, and its
closing word lists and checker wiring; the rest of its documents were not read) and tests/test_redaction_set21.py
in full (the layout and marking conventions followed here), the paragraphs of the docstrings of bench/redaction_set22.py to
redaction_set37.py that name families, towns and communities, and a word search of the docstrings of sets 7 to 37 and
bench/redaction_heldout.py for the towns, districts and communities considered here (to pick ones no earlier set used as a
family's home), the module docstring and the `_party`, `Records`, `HandSet`, `word_problems` and `_parse` helpers of
bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the phonenumbers
library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party
through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the
detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Nottinghamshire and Lincolnshire, each from a town, district or estate no earlier set used as a family's home
(by the word search above): a white British family in Sandsfield, Gainsborough, with a nana in Morton and a partner who works
in Lea (Dunderdale / Walmsley; neglect, a boy of 9 hungry at breakfast club, a sanctioned benefit, a neighbour who rings the
MASH); a white British and Black Caribbean family on Piccadilly in Bulwell, Nottingham, with a father in St Ann's and a nan in
Top Valley (Brough / Clarke; a boy of 15 criminally exploited on a county line from Top Valley to Skegness and Mablethorpe,
threats to his sister of 10); a white British kinship care family in Kirkby-in-Ashfield, with a mother in a supported room in
Mansfield and a father's mother in Huthwaite (Hardstaff / Rowbotham; a mother using heroin, a special guardianship
assessment, supervised family time, a nana's own letter); and a care leaver of 19 in Sleaford expecting a baby by a man whose
surname is the city of Lincoln (Parr / Lincoln; strangulation of a former partner, a pre-birth assessment, a letter before
proceedings). Two from communities no earlier set used: a Hazara family from Afghanistan, resettled under ARAP, in Sneinton,
Nottingham, with an uncle in Hazara Town, Quetta, and an aunt in Mashhad (Jafari / Sultani; a girl of 14 who self-harms and
fears being taken to Quetta to be engaged to a cousin, a father with PTSD, names and places in Dari in Perso-Arabic script),
and a Czech family in Holbeach, working at a packhouse at Fleet Hargate, with a grandmother in Olomouc (Horáková / Dvořák;
a partner's drinking and violence, a girl of 11 who rang 999 and interprets, texts in Czech). 24 documents, twelve of them plain
professional recording (a social work case note, a multi-agency chronology, strategy discussion minutes, a return home
interview, a home visit record with an interpreter, a special guardianship assessment, a supervised family time record, a
police domestic abuse log, a health visitor's SystmOne note, a pre-birth assessment, a midwife's booking letter and PLO
meeting minutes) and twelve of the other kinds a case file holds, of types no earlier set used where possible: a nana's
Facebook Messenger chat typed up, a school breakfast club sign-in sheet scanned, a boy's Snapchat chat photographed by his
mother, a police eSearch stop and search printout, a school counsellor's email, a girl's own note in Dari scanned with an
agency translation, a Google Translate conversation typed on the social worker's phone at a door, a grandmother's handwritten
letter, a food bank e-referral voucher, a father's texts in Czech with a translation, a labour provider's email, and a
personal adviser's quick notes typed on a phone.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Pakistan, Czech Republic); NHS numbers and UPNs (LA numbers 925, 892 and 891) pass
their check digits; NI numbers have a valid format. Councils are invented (Trentside) or real; so are the labour provider
(Fenland Staffing) and the nursery (Little Acorns); Base 51 is a real youth charity. Towns, districts, estates, villages, real schools,
hospitals, surgeries, police forces, prisons, charities, shops, brands, apps and laws are real and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
Nana, Nanna, Mum) stay outside the name span; every person's name is a name in every form, record or not; "SURNAME, First"
and "SURNAME First" are one span ("DUNDERDALE, Kaiden", "HORÁKOVÁ Lenka"); an initial with a surname and a first name with
an initial after it are one span ("H. Frow", "Kaiden D", "Zahra J"); initials alone ("HF", "AW", "IW", "TJ" is a nickname and
is marked) are not marked; a collar number stays outside; a name, address or school broken by a line break is one span
holding the break; a display name that is a person's plain name is a name ("JORD", "Kayla"), a username ("reubz.ng6") is not;
a street address is one span, its town a place, its postcode a postcode; a street named without a number and a neighbour's
bare flat or house number ("no. 16", "Flat 2") are addresses, at home or abroad ("Dolní náměstí 12"); towns, cities,
villages, districts and estates are places, in any script and any grammatical case ("کویته", "مشهد", "Olomouce", "Long
Suttonu", "Skeg"); countries, counties, provinces and regions are not ("Pakistan", "Iran", "Helmand", "Lincolnshire");
organisations are not marked even when they hold a town's or a person's name ("Sneinton Health Centre", "Lincoln County
Hospital", "Sleaford Medical Group", "Kirkby Community Primary Care Centre", "Trent Valley Surgery", "HMP Ranby", "Sills &
Betteridge", "Fenland Staffing", "ASHFIELD FOOD BANK", "Kingsway Methodist centre"); a school's name and short form are a school ("Castle
Hills",
"Kingsway", "rufford", "St Stephen's"), and so is a nursery's; a date of birth is dob, any other calendar date with a day is
date (a weekday before it stays outside), and a bare day in a range or a diary line ("12."-"14. 11. 2026", "the 28th", "the
9th") is a date span of its own; months, seasons and years alone are not marked (the Afghan month "Saratan" alone is not);
helplines are not marked; pets' names (Bruno, Tia) are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a surname that is a city
("Lincoln", "Connor Lincoln", "Mr Lincoln", "Tracey Lincoln") is a name when it is the person and a place when it is the city,
and the city inside an organisation's name ("Lincoln County Hospital") stays unmarked; a street that is also a word
("Piccadilly", "piccadilly" in a chat) is an address wherever it names the family's street, and a local short form of a town
or district ("Skeg", "bully" for Bulwell in a chat, "Sandsfield" for the estate) is a place where it names the place; a bus station and a
shop named by their street mark only the street ("highbury rd"); a service or
team named by its towns ("Grantham and Sleaford Community Midwifery Team", "Holbeach team", "Sleaford Area Office") marks the
towns; a nickname that is also a word ("Pops", "Big Dale" marks "Big Dale" as the name he is known by) is a name; a name in
Dari script is a name and a Czech name in a grammatical case ("Matyho", "Petra") is a name; the kinship words "کاکا" and "خاله"
quoted in a translator's note are not names; a storm log number, a voucher number, a stop and search reference and a police
log number are not marked; a labour provider's welfare officer's mobile is a phone; a firm's own
unit address is an address, as a street address is; a neighbour's bare house number ("18", "number 11") is an address.

Self-check without the detector: `python -m bench.redaction_set39` (and tests/test_redaction_set39.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and after a
name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents, 919 gold spans, 512 of
them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Dunderdale / Walmsley family (white British), Sandsfield, Gainsborough ------------------------------------------

HOME_A = d.Address("14 Sandsfield Lane", "", "Gainsborough", "DN21 1DA")
NAN_A = d.Address("3 Crooked Billet Street", "Morton", "Gainsborough", "DN21 3AH")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kaiden", "Dunderdale")], dt.date(2017, 6, 9), addresses=[HOME_A], ids=["3460336900", "M925222819948"],
       schools=["Castle Hills Community Academy"]),
    _p("s", "sibling", [("Poppy-Mae", "Walmsley")], dt.date(2022, 2, 20), addresses=[HOME_A], ids=["4520415012"]),
    _p("m", "mother", [("Stacey", "Dunderdale")], dt.date(1995, 10, 1), addresses=[HOME_A], phones=["07812 450 397"],
       ids=["JR 63 19 48 C"]),
    _p("f", "partner", [("Craig", "Walmsley")], dt.date(1991, 4, 17), addresses=[HOME_A], phones=["07930 618 224"]),
    _p("g", "grandparent", [("Brenda", "Dunderdale")], dt.date(1968, 12, 5), addresses=[NAN_A], phones=["01427 613 958"]),
    _p("p1", "professional", [("Harriet", "Frow")], phones=["01522 553 706"], emails=["harriet.frow@trentside.gov.uk"]),
], "c")

DOCS_A = [
    ("social work case note", """TRENTSIDE COUNCIL - CHILDREN'S SERVICES - CASE NOTE
Child: [[Kaiden DUNDERDALE|name]]   DOB: [[09/06/2017|dob]]   NHS: [[346 033 6900|nhs]]   UPN: [[M925222819948|upn]]
Sibling: [[Poppy-Mae Walmsley|name]] (DOB [[20.02.2022|dob]])
Address: [[14 Sandsfield Lane|address]], [[Gainsborough|place]] [[DN21 1DA|postcode]]
Note type: unannounced home visit    Date of visit: Tuesday [[3 November 2026|date]], 15:40    Author: [[Harriet Frow|name]], SW

I visited after the call from [[Castle Hills|school]] on [[2/11|date]] (see contact). Mum [[Stacey|name]] answered after a few
minutes. [[Craig Walmsley|name]] was asleep upstairs and did not come down. The front room smelt strongly of dog and of
cannabis; two Staffies (Bruno and Tia) were shut in the kitchen. There was no food in the fridge apart from a bottle of
milk past its date and a jar of sauce. [[Stacey|name]] said her Universal Credit had been sanctioned and the food parcel from
the church on [[Church Street|address]] ran out on Sunday.

[[Kaiden|name]] was in his school uniform from the day before; his trousers were wet at the hem and he had a sore at the corner
of his mouth. He told me "me and [[Poppy|name]] had crisps for tea" and that nana [[Brenda|name]] gives him "proper dinner" on
Saturdays in [[Morton|place]]. [[Poppy-Mae|name]] (4) was in a vest and nappy, playing on the floor with a phone.

[[Stacey|name]] told me the neighbour at [[no. 16|address]], [[Lorraine Hope|name]], had been "grassing" to the school. She
said [[Craig|name]] "works nights at the warehouse in [[Lea|place]]" and was "nothing to do with it". When I asked about the
police call on the [[28th|date]] she said it was "just shouting". We agreed: food bank voucher today, Healthy Child
Programme visit for [[Poppy-Mae|name]], [[Stacey|name]] to ring me on [[01522 553 706|phone]] by Friday. I also rang
[[Brenda Dunderdale|name]] on [[01427 613 958|phone]]; she said she would have both children after school on Thursdays.
Manager ([[Owen Tarbotton|name]]) informed 17:10.

Addendum, [[4 November 2026|date]]: I rang [[Castle Hills|school]] and spoke to the DSL, Mrs [[Kettleborough|name]], who said
[[Kaiden|name]] had told his class teacher, Mr [[Ashby|name]], that [[Craig|name]] locks the fridge with a bike lock. She said
[[Kaiden|name]]'s friend [[Alfie Marris|name]]'s mum, [[Leanne Marris|name]] of [[Heapham Road|address]], sometimes gives him tea.
I rang [[Stacey|name]] on [[07812 450 397|phone]] at 16:00 - no answer; text sent. [[Craig Walmsley|name]] rang back from
[[07930 618 224|phone]] at 16:25, angry, and said "[[Harriet|name]] is not coming in my house again". He said he would be at his
brother [[Wayne Walmsley|name]]'s in [[Lea|place]] on Thursday. Discussed with [[Owen Tarbotton|name]]: strategy discussion to be
held on [[10/11/2026|date]]; invite police (DS [[Ruth Maplethorpe|name]]), school and health visitor [[Lucy Sharpe|name]].
Copy to: [[Stacey Dunderdale|name]] and [[Craig Walmsley|name]] (separately, at his brother's, [[7 Willingham Road|address]],
[[Lea|place]], [[DN21 5EH|postcode]]), [[14 Sandsfield Lane|address]], [[DN21 1DA|postcode]] (letter of [[4.11.26|date]]); GP Dr
[[Anwar|name]].
"""),
    ("multi-agency chronology", """CHRONOLOGY - [[DUNDERDALE, Kaiden|name]] and [[WALMSLEY, Poppy-Mae|name]]
Compiled by [[H. Frow|name]] for the strategy discussion of [[10 Nov 2026|date]]

Date        | Source              | Event
[[14.03.2024|date]]  | Police              | DA incident at [[14 Sandsfield Lane|address]]: [[Craig Walmsley|name]] punched the wall;
[[Stacey|name]]
            |                     | said she was not hurt. DASH standard. [[Kaiden|name]] present.
[[02.09.2024|date]]  | School              | [[Kaiden|name]] starts Year 2 at [[Castle Hills Community\nAcademy|school]]; attendance 81% by
Christmas.
[[19.01.2025|date]]  | Health              | [[Poppy-Mae|name]] at John Coupland Hospital with a scald to her left hand (kettle).
            |                     | Mum's account consistent; no follow-up.
[[07.07.2025|date]]  | Housing             | ACIS notice of rent arrears; [[Stacey Dunderdale|name]] on a payment plan.
[[22.10.2025|date]]  | Neighbour           | [[Lorraine Hope|name]] ([[16 Sandsfield Lane|address]]) rang the MASH: children "crying for
hours".
[[5 Feb 2026|date]]  | GP                  | [[Stacey|name]] seen by Dr [[Anwar|name]] at Trent Valley Surgery for low mood; sertraline.
[[12 June 2026|date]]| Police              | [[Walmsley|name]] stopped in a car [[FY68 WZK|vehicle]] on the A631 near [[Beckingham|place]];
cannabis
            |                     | found; [[Kaiden|name]] (then 8) in the back without a booster seat.
[[28/10/2026|date]]  | Police              | Shouting heard by Mrs [[Hope|name]]; officers attended, no offences.
[[2/11/2026|date]]   | School              | [[Kaiden|name]] hungry, took food from another child's lunchbox; sore on lip.
[[3/11/2026|date]]   | CSC                 | Home visit by HF (see case note). Nana [[Brenda Dunderdale|name]] of
[[3 Crooked Billet Street|address]],
            |                     | [[Morton|place]], [[DN21 3AH|postcode]] offers support.
[[4/11/2026|date]]   | School              | [[Kaiden|name]] tells Mr [[Ashby|name]] the fridge is locked; [[Alfie Marris|name]]'s mum
feeds him.
[[5/11/2026|date]]   | Health              | HV [[Lucy Sharpe|name]] visits; [[Poppy-Mae|name]] 2nd centile, not seen since
[[14.06.2025|date]].
[[9/11/2026|date]]   | School              | Breakfast club: [[Kaiden|name]] and [[Poppy W|name]] brought by nana; [[Lorraine Hope|name]]
rings
            |                     | school to say [[Craig|name]]'s brother [[Wayne|name]] was at the house on the [[7th|date]] and
[[8th|date]].
[[6/11/2026|date]]   | Family              | Nana hands in Messenger screenshots (see separate record); [[Stacey|name]] moves to
            |                     | nana's at [[Morton|place]] with both children for the weekend.
"""),
    ("grandmother's Facebook messages typed up", """Messenger conversation between [[Brenda Dunderdale|name]] and [[Lorraine Hope|name]],
screenshots handed in by
[[Brenda|name]] at the office on [[6 November 2026|date]] and typed up by [[Jess Mottershead|name]] (family support worker). Spelling as
in the original.

[[Lorraine Hope|name]] 21:14
hiya [[brenda|name]] sorry to message so late but the little un is screaming again next door and i cant hear [[stace|name]] at all
[[Brenda Dunderdale|name]] 21:16
is [[craig|name]] there
[[Lorraine Hope|name]] 21:16
his car is. the black one. [[kaiden|name]] was out on the front in his socks at 8 oclock
[[Brenda Dunderdale|name]] 21:20
im coming over from [[morton|place]] now. my [[gary|name]] will drive me
[[Lorraine Hope|name]] 21:21
ok il leave my back gate open. dont say it was me [[bren|name]] please she already thinks it was me rang the school
[[Brenda Dunderdale|name]] 21:58
got them both at mine. [[poppy|name]] had a nappy on from this morning love. [[kaiden|name]] said [[craig|name]] shouted at him for
eating the last yoghurt. i rang that [[harriet|name]] from the social and left a message
[[Lorraine Hope|name]] 22:03
bless them. my sister [[Dawn|name]] says you can ring the out of hours on [[0300 500 8080|phone]] too
[[Brenda Dunderdale|name]] 22:04
thanks love. ill ring in the morning. tell [[Bill|name]] at the shop ill pay for the bread tomoz
[[Lorraine Hope|name]] 22:06
no worries. [[kaiden|name]] can come to ours after school fri if u want, our [[Jayden|name]] will walk him from [[castle hills|school]]
[[Brenda Dunderdale|name]] 22:09
ta. dont tell [[stacey|name]] i said. her and [[craig|name]] think im interfering old cow
[[Lorraine Hope|name]] 22:10
lol. night [[bren|name]] x  ps [[Ken|name]] at [[18|address]] says he heard [[craig|name]] shouting on the [[28th|date]] as well
"""),
    ("breakfast club sign-in log", """CASTLE HILLS COMMUNITY ACADEMY - BREAKFAST CLUB SIGN-IN (scanned, handwritten)   Week beginning
[[2 Nov 26|date]]
Staff: Mrs [[Kettleborough|name]] / Ms [[Amy Wragg|name]]

Mon [[2/11|date]]   [[Kaiden D|name]]   in 08:05  brought by: self!! (walked from [[Sandsfield|place]] alone, no coat)   ate: 2 toast,
cereal, asked for more
Tue [[3/11|date]]   [[Kaiden D|name]]   in 08:20  brought by: [[Lorraine|name]] (neighbour)  ate: toast x3, banana in pocket
Wed [[4/11|date]]   [[Kaiden D|name]]   in 08:10  brought by: Nana [[B. Dunderdale|name]]  ate: porridge. Nana says both
                    children stayed at hers in [[Morton|place]]. Nana's mob [[07443 918 305|phone]] (new number - updated on Arbor)
Thu [[5/11|date]]   [[Kaiden D|name]]   absent - rang Mum [[07812 450 397|phone]] x2, no answer. Text sent. AW 09:30
Fri [[6/11|date]]   [[Kaiden D|name]]   in 08:00  brought by: [[Craig|name]] (Mum's partner). Shouted at K in playground for
                    "dawdling". Logged on CPOMS by [[J. Kettleborough|name]], DSL informed.
Mon [[9/11|date]]   [[Kaiden D|name]]   in 08:02  brought by: Nana. [[Poppy W|name]] (sibling, nursery) also fed - by agreement with
                    Mrs [[K|name]]. Nana says Mum at [[Jess Mottershead|name]]'s group at the family hub on [[Acland Street|address]].
"""),
]


# --- B. Brough / Clarke family (white British and Black Caribbean), Bulwell, Nottingham ------------------------------------

HOME_B = d.Address("22 Piccadilly", "Bulwell", "Nottingham", "NG6 9FN")
DAD_B = d.Address("Flat 7, Robin Hood Chase", "St Ann's", "Nottingham", "NG3 4EZ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Reuben", "Brough-Clarke")], dt.date(2011, 3, 14), addresses=[HOME_B], ids=["6561689445", "L892419813820"],
       schools=["Bulwell Academy"]),
    _p("m", "mother", [("Tamsin", "Brough")], dt.date(1988, 8, 27), addresses=[HOME_B], phones=["07464 201 835"],
       ids=["PK 20 57 93 A"]),
    _p("f", "father", [("Delroy", "Clarke")], dt.date(1984, 1, 30), addresses=[DAD_B], phones=["07398 552 016"]),
    _p("s", "sibling", [("Amber", "Brough")], dt.date(2016, 11, 2), addresses=[HOME_B], ids=["1764959000"]),
    _p("p1", "professional", [("Nkechi", "Adebayo-Storer")], phones=["0115 876 3302"],
       emails=["nkechi.adebayo-storer@nottinghamcity.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47) - MINUTES
Child: [[Reuben BROUGH-CLARKE|name]], DOB [[14 March 2011|dob]], NHS [[656 168 9445|nhs]], UPN [[L892419813820|upn]]
Address: [[22 Piccadilly|address]], [[Bulwell|place]], [[Nottingham|place]] [[NG6 9FN|postcode]]
Date: Thursday [[12/11/2026|date]] 10:00, Teams     Chair: [[Nkechi Adebayo-Storer|name]] (TM)
Present: DC [[Luke Perrins|name]] (Notts Police, Exploitation Team); [[Sam Ireland|name]] (DSL, [[Bulwell Academy|school]]); [[Grace
Oduya|name]] (school nurse); [[Neil Bostock|name]] (YJS); minutes [[Carla Fenn|name]]

1. Reason. [[Reuben|name]] (15) was found by BTP at [[Skegness|place]] station at 01:30 on [[10 November|date]] with £340 in cash, two
phones and 14 wraps. He had been reported missing by his mother, [[Tamsin Brough|name]] ([[07464 201 835|phone]]), at 18:00 on the
[[9th|date]]. He gave the name "[[Reece Clarke|name]]" to officers at first.
2. Police. DC [[Perrins|name]]: the phones are linked to the "Ruddy" line run from [[Top Valley|place]] into [[Skegness|place]] and
[[Mablethorpe|place]]. An adult, [[Jordan Spowage|name]] (22), is believed to run it; a grey Audi [[NA19 KXO|vehicle]] seen at
[[Bulwell|place]] bus station with [[Reuben|name]] in it on [[4/11|date]]. [[Reuben|name]] told officers a "[[Tego|name]]" owes him.
3. School. Ms [[Ireland|name]]: attendance 62%; two fixed-term suspensions; he talks about "[[Pops|name]]" in [[St Ann's|place]].
4. Father. [[Delroy Clarke|name]] lives at [[Flat 7, Robin Hood Chase|address]], [[St Ann's|place]]; mobile [[07398 552 016|phone]].
He told the chair he would have [[Reuben|name]] to stay but works shifts at a depot in [[Hucknall|place]].
5. Sister [[Amber|name]] (10) is at [[Rufford Primary|school]]; no concerns raised there, but [[Amber|name]] told her teacher
Mr [[Denby|name]] that "men come to the door for [[Reubs|name]]".
Decision: criteria met for s.47 (CCE). NRM referral by DC [[Perrins|name]]. Next review [[26.11.26|date]].
Actions: [[N. Adebayo-Storer|name]] to tell [[Tamsin|name]] the outcome by [[13/11|date]]; DC [[Perrins|name]] to ask Lincolnshire
Police about the flat in [[Skegness|place]]; [[Sam Ireland|name]] to set up a safe route for [[Amber|name]] with [[Rufford|school]]; [[Neil
Bostock|name]] to see [[Reuben|name]] at the YJS office in [[Radford|place]] on [[17 Nov|date]]; [[Carla Fenn|name]] to send minutes.
"""),
    ("return home interview", """RETURN HOME INTERVIEW - [[Reuben Brough-Clarke|name]]   Missing episode 3    Interviewer:
[[Kofi Mensah-Lowe|name]] (Base 51 worker)
Missing from: [[13/11/2026|date]] 16:00 to [[14/11/2026|date]] 11:20   Where found: a flat on [[Lincoln Road|address]], [[Skegness|place]],
[[PE25 2EA|postcode]]
Held at: McDonald's, [[Bulwell|place]] (his choice), [[16 Nov 2026|date]]

[[Reuben|name]] said he went with "[[Jord|name]]" because he owed him for the phone that got taken at [[Skeg|place]]. He said
a girl called [[Kayla|name]] lets them use the flat and her mum "is never there". He took the train from [[Nottingham|place]] via
[[Grantham|place]] and [[Boston|place]] and slept on the sofa. He said a man called [[Big Dale|name]] drove them to
[[Ingoldmells|place]] in the night. He says he is scared for his sister [[Amber|name]] and for his nan, [[Jackie Brough|name]], who
lives on [[Ravensworth Road|address]] in [[Top Valley|place]]. He said he wants to live with his dad in [[St Ann's|place]] "where
[[Jord|name]] can't find me". He asked that I don't tell his mum about the knife; I explained I have to share this.
His phone number now: [[07585 226 104|phone]] (new SIM). Snapchat name "reubz.ng6" (not shared further).
Worker's analysis: [[Reuben|name]] is in debt bondage to "[[Jord|name]]" ([[Jordan Spowage|name]]). He named a second girl,
"[[Lils|name]]" from [[Bestwood|place]], who "carries for [[Big Dale|name]]". He said his nan [[Jackie|name]]'s neighbour Mr
[[Priestley|name]]
saw men outside her house on [[12 November|date]]. Shared with DC [[Perrins|name]] and [[Nkechi Adebayo-Storer|name]] on [[16/11/26|date]].
Follow-up: [[Reuben|name]] asked to see me again at the library on [[Highbury Road|address]] on [[23 November|date]]; his mum
[[Tamsin|name]] agreed by text from [[07464 201 835|phone]]. His dad [[Delroy|name]] ([[07398 552 016|phone]]) asked to come too.
"""),
    ("Snapchat messages photographed by mother", """Photos of [[Reuben|name]]'s Snapchat chat on his old phone, taken by his mum on
[[15/11|date]] and emailed to
[[nkechi.adebayo-storer@nottinghamcity.gov.uk|email]]. Typed out by [[Carla Fenn|name]]. Display names as shown.

[[JORD|name]]: u back in [[bully|place]] yet
me: ye
[[JORD|name]]: u owe 600 now. the skeg ting was on u
me: it got took bro wasnt me
[[JORD|name]]: dont care. [[dale|name]] will pick u up piccadilly 7
me: cant my mums in
[[JORD|name]]: then ur sis walks home from [[rufford|school]] innit. [[amber|name]] yh?
me: leave her out of it
[[JORD|name]]: then be outside the co op on [[highbury rd|address]] 7 sharp
[[Kayla|name]] 💕: [[reubz|name]] u comin back to mine? mum in [[boston|place]] till tues
me: maybe. [[jord|name]] is on me
[[Tego|name]]: bro dont go they set u up at [[mablethorpe|place]] last time
[[Kayla|name]] 💕: my mums mate [[Sharon|name]] can get u from [[boston|place]] station. she lives on [[Tunnard st|address]]
me: wot about [[lils|name]]
[[Tego|name]]: she back at her nans in [[bestwood|place]]. [[dale|name]] went round there sat
Mum: [[reuben|name]] where are u. ur dad is driving round [[bulwell|place]] looking for u ring me now
"""),
    ("police stop and search record", """NOTTINGHAMSHIRE POLICE - STOP AND SEARCH RECORD (eSearch printout)   Ref SS/26/118804
Date: [[04/11/2026|date]]  Time: 19:42   Location: [[Bulwell|place]] bus station, [[Main Street|address]], [[NG6 8QJ|postcode]]
Officer: PC 4417 [[Hannah Gelsthorpe|name]]   Accompanying: PC [[Tom Rawding|name]]
Person searched: [[BROUGH-CLARKE, Reuben|name]]   DOB [[14/03/2011|dob]]   Self-defined ethnicity: Mixed White and Black Caribbean
Home address given: [[22 Piccadilly|address]], [[NG6 9FN|postcode]]   Appropriate adult: mother [[T. Brough|name]] informed by phone
[[07464 201 835|phone]]
Grounds: seen getting out of an Audi [[NA19 KXO|vehicle]] (registered keeper [[Jordan Spowage|name]], [[11 Hucknall\nRoad|address]],
[[NG5 1AA|postcode]]) and passing a small package to a male. Strong smell of cannabis.
Object: drugs.   Outcome: nothing found; cash £85; words of advice. Driver ([[Spowage|name]]) searched, NFA.
Second youth with [[Reuben|name]]: [[Tyrese Gunn|name]], 16, of [[Highbury Vale|place]]; his mum [[Shereen|name]] collected him.
Second officer's note (PC [[Rawding|name]]): [[Reuben|name]] asked us to drop him at his dad's in [[St Ann's|place]], not home.
Taken home to [[22 Piccadilly|address]] at 20:35; mother [[Tamsin Brough|name]] present. Intelligence submitted re [[Spowage|name]]
and a second car, white Golf [[NG21 VBX|vehicle]], seen at [[Bulwell Hall|place]] the same evening.
"""),
]


# --- C. Jafari / Sultani family (Hazara, from Afghanistan), Sneinton, Nottingham --------------------------------------------

HOME_C = d.Address("9 Port Arthur Road", "Sneinton", "Nottingham", "NG2 4GE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Zahra", "Jafari")], dt.date(2012, 5, 21), addresses=[HOME_C], ids=["3997965463", "N892276414389"],
       schools=["Nottingham Academy"]),
    _p("s", "sibling", [("Mahdi", "Jafari")], dt.date(2017, 9, 1), addresses=[HOME_C], ids=["3167816007", "A892261218510"],
       schools=["Sneinton St Stephen's Primary School"]),
    _p("f", "father", [("Ali Reza", "Jafari")], dt.date(1979, 1, 1), addresses=[HOME_C], phones=["07725 319 480"]),
    _p("m", "mother", [("Fatima", "Sultani")], dt.date(1986, 1, 1), addresses=[HOME_C], phones=["07851 774 062"]),
    _p("u", "relative", [("Hussain", "Jafari")], phones=["+92 331 824 6617"]),
    _p("p1", "professional", [("Rosie", "Tebbutt")], phones=["0115 883 1150"], emails=["rosie.tebbutt@nottinghamcity.gov.uk"]),
], "c")

DOCS_C = [
    ("home visit record with an interpreter", """HOME VISIT RECORD (with interpreter)
Child: [[Zahra JAFARI|name]]   DOB [[21/05/2012|dob]]   NHS [[399 796 5463|nhs]]   UPN [[N892276414389|upn]]
Address: [[9 Port Arthur Road|address]], [[Sneinton|place]], [[NG2 4GE|postcode]]
Visit: [[17 November 2026|date]], 16:30-18:15.  Worker: [[Rosie Tebbutt|name]], SW.  Interpreter: Mr [[Sakhi Rahimi|name]] (Dari), by
agency booking.

Present: [[Zahra|name]] (14); her mother [[Fatima Sultani|name]]; brother [[Mahdi|name]] (9) for part. Father [[Ali Reza Jafari|name]]
came in at 17:40 from his shift at the car wash in [[Carlton|place]].

The family came under ARAP in 2022 via the hotel in [[Stoke|place]], then to [[Sneinton|place]] in 2024. [[Zahra|name]] had told
Ms [[Ellis|name]] at school that her uncle in [[Quetta|place]], [[Hussain Jafari|name]], has "promised" her to his son
[[Murtaza|name]] (19) and that her father wants to take her to [[Hazara Town|place]] in the summer for the engagement. She showed
cuts to her left forearm. Mrs [[Sultani|name]] said, through Mr [[Rahimi|name]], that she does not agree with an engagement and
that she herself was married at 15 in [[Jaghori|place]]. She cried when she spoke of her mother, still in [[Kabul|place]].
Mr [[Jafari|name]] said nothing was "promised", only "talk between families", and that his brother rings every week from
[[+92 331 824 6617|phone]]. He agreed to give both children's passports to the social worker to keep, for now. He has PTSD from
his work with the army in Helmand and nightmares; GP is at Sneinton Health Centre.
[[Mahdi|name]] said "[[Zahra|name]] cries in the bathroom". The family's friend [[Gul Ahmad Nazari|name]], who helps at the
mosque on [[Sneinton Dale|address]], often translates letters for them; he should not be used as an interpreter.
Next: strategy discussion [[18/11|date]]; FMU advice; school plan with Ms [[Ellis|name]]; CAMHS referral.
Analysis: [[Zahra|name]] is at risk of forced marriage and of harm to herself. Mrs [[Sultani|name]] is protective but has no
English and no money of her own; her only friend is [[Roya Karimi|name]] from the women's group at the community centre on
[[Carlton Road|address]]. Mr [[Jafari|name]] is under pressure from his brother [[Hussain|name]] and from a cousin, [[Sayed
Mohammad Jafari|name]], in [[Birmingham|place]] (mob [[07769 041 922|phone]]). Manager [[Priya Sandhu|name]] agreed on [[17/11/26|date]].
Seen on [[17 November|date]] also: the family's landlord's agent, Mr [[Tariq Mahmood|name]] ([[07538 627 018|phone]]), who came about the
boiler.
Children seen alone: [[Zahra|name]] (in her room, with the door open) and [[Mahdi|name]] (in the kitchen). [[Mahdi|name]] said his
best friend is [[Ayaan|name]] from [[St Stephen's|school]] and that "Baba" shouts at night in his sleep.
"""),
    ("school counsellor's email", """From: [[Bethany Ellis|name]] <[[b.ellis@nottinghamacademy.org|email]]>
Sent: [[16 November 2026|date]] 13:02
To: [[rosie.tebbutt@nottinghamcity.gov.uk|email]]
Cc: DSL
Subject: [[Zahra J|name]] Y10 - urgent, please read

Hi [[Rosie|name]],
[[Zahra|name]] came to my room at lunch again today. She showed me a voice note from her cousin [[Murtaza|name]] in
[[Quetta|place]] (she translated): he calls her "my bride" and says "see you in Saratan". She says her dad has booked
flights via [[Dubai|place]] for [[24 July 2027|date]]. She wants to stay with her friend [[Sadia|name]]'s family in [[Radford|place]]
and does not want to go home tonight. I have her new number [[07955 206 473|phone]] (her old one, [[07584 930 118|phone]], her
dad has). She has written something for you in Dari - attached as a scan.
Her brother [[Mahdi|name]] at [[St Stephen's|school]] has been late every day this week, per Mrs [[Quinn|name]] there.
Thanks, [[Beth|name]]
[[Bethany Ellis|name]] | School Counsellor | [[Nottingham Academy|school]] | [[Greenwood Road|address]], [[NG3 7EB|postcode]]
"""),
    ("child's own note in Dari, scanned and translated", """Scan (OCR, page 1 of 1) of a note by [[Zahra Jafari|name]], handed to Ms
[[Ellis|name]] on [[16/11/2026|date]]; Dari in Perso-Arabic
script, with translation by the interpreting agency (translator [[Parwana Hakimi|name]]). Original spelling kept.

به خانم [[رزی|name]]
من [[زهرا|name]] هستم. من نمی خواهم به [[کویته|place]] بروم. پدرم میگوید [[مرتضی|name]] پسر کاکایم خوب است.
مادرم [[فاطمه|name]] گریه میکند. خاله ام در [[مشهد|place]] زنگ زد و گفت عروسی در تابستان است.
لطفاً به من کمک کنید. [[زهرا|name]]

Translation:
To Miss [[Rosie|name]]
I am [[Zahra|name]]. I do not want to go to [[Quetta|place]]. My father says [[Murtaza|name]], my uncle's son, is good.
My mother [[Fatima|name]] cries. My aunt in [[Mashhad|place]] phoned and said the wedding is in the summer.
Please help me. [[Zahra|name]]
[translator's note: "کاکا" is "uncle (father's brother)"; "خاله" is "aunt (mother's sister)"]
[translator's note 2: the signature is written twice, once as "[[زهرا جعفری|name]]"; the return address on the envelope is
"[[نمبر ۹ پورت آرتر رود|address]]", [[ناتینگهام|place]] ([[9 Port Arthur Road|address]], [[Nottingham|place]]). [[P. Hakimi|name]],
[[20.11.2026|date]]]
"""),
    ("Google Translate conversation on a phone", """Conversation typed on the social worker's phone with Google Translate (Dari/Persian <->
English), [[19 Nov 2026|date]],
at the front door of [[9 Port Arthur Road|address]] while the booked interpreter was late. Copied from the app history by
[[R. Tebbutt|name]].

ME: Hello, I am [[Rosie|name]] from children's services. Is [[Zahra|name]] home?
MOTHER (said into phone): [[Zahra|name]] at school. Husband angry. He say [[Rosie|name]] takes passport.
ME: The passports are safe at the office. Where is [[Ali Reza|name]] now?
MOTHER: With brother friend [[Qasim|name]] in [[Mansfield|place]]. He phone to [[Hussain|name]] in Pakistan.
ME: Do you feel safe?
MOTHER: Not know. Neighbour lady [[Pat|name]] [[number 11|address]] help me with shopping. I want learn English at college.
ME: Can I ring you on [[07851 774 062|phone]]?
MOTHER: Yes. Or my sister in Iran +98 ... no, please not her.
ME: Who is [[Qasim|name]]?
MOTHER: [[Qasim Rezaei|name]]. He live [[Mansfield|place]], [[Bellamy Road|address]]. Good man. [[Ali Reza|name]] work with him in
[[Kabul|place]].
ME: I will come back tomorrow, [[20 November|date]], at 4 with Mr [[Rahimi|name]]. [[Zahra|name]] is safe at school with Ms [[Ellis|name]].
MOTHER: Thank you [[Rosie|name]] jan.
(App history also shows the worker's earlier search: "[[Jaghori|place]]", "[[Hazara Town|place]] [[Quetta|place]]", and the phrase
"[[Fatima|name]], you can call me on [[0115 883 1150|phone]]" translated into Dari.)
"""),
]


# --- D. Hardstaff / Rowbotham family (white British, kinship care), Kirkby-in-Ashfield ---------------------------------------

HOME_D = d.Address("31 Diamond Avenue", "", "Kirkby-in-Ashfield", "NG17 7GN")
MUM_D = d.Address("Room 4, 58 Ladybrook Lane", "", "Mansfield", "NG18 5JH")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tyler-Jay", "Hardstaff")], dt.date(2018, 7, 30), addresses=[HOME_D], ids=["6099962891", "Y891259618217"],
       schools=["Kingsway Primary School"]),
    _p("s", "sibling", [("Lacey", "Hardstaff")], dt.date(2021, 4, 4), addresses=[HOME_D], ids=["3187383327"]),
    _p("m", "mother", [("Gemma", "Hardstaff")], dt.date(1997, 3, 12), addresses=[MUM_D], phones=["07411 863 259"]),
    _p("f", "father", [("Shane", "Rowbotham")], dt.date(1993, 9, 8)),
    _p("g", "grandparent", [("Pauline", "Hardstaff")], dt.date(1964, 6, 22), addresses=[HOME_D], phones=["01623 752 184"],
       ids=["NH 81 42 66 D"]),
    _p("p1", "professional", [("Marcus", "Royle")], phones=["01623 468 297"], emails=["marcus.royle@nottscc.gov.uk"]),
], "c")

DOCS_D = [
    ("special guardianship assessment (extract)", """SPECIAL GUARDIANSHIP ASSESSMENT - SECTIONS 1 AND 6 (extract)
Applicant: Mrs [[Pauline Hardstaff|name]] (maternal grandmother), DOB [[22/06/1964|dob]], NI [[NH 81 42 66 D|ni]]
Of: [[31 Diamond Avenue|address]], [[Kirkby-in-Ashfield|place]], [[NG17 7GN|postcode]]; tel [[01623 752 184|phone]]
Children: [[Tyler-Jay Hardstaff|name]] (DOB [[30 July 2018|dob]], NHS [[609 996 2891|nhs]], UPN [[Y891259618217|upn]]) and
[[Lacey Hardstaff|name]] (DOB [[4 April 2021|dob]], NHS [[318 738 3327|nhs]])
Assessor: [[Marcus Royle|name]], Fostering and Kinship Team    Report date: [[20th November 2026|date]]

1. Background. The children have lived with their nan since [[8 January 2026|date]], when their mother, [[Gemma Hardstaff|name]],
was found unconscious after using heroin at a flat in [[Sutton-in-Ashfield|place]] with [[Lacey|name]] in the room. Their father,
[[Shane Rowbotham|name]], is in HMP Ranby until spring 2027. [[Gemma|name]] now lives in a supported room at
[[Room 4, 58 Ladybrook Lane|address]], [[Mansfield|place]], and is on a script at Change Grow Live.

6. Support network. Mrs [[Hardstaff|name]]'s partner, [[Keith Sherwood|name]] (68), lives with her; DBS clear. Her
daughter [[Kerry Baggaley|name]] lives in [[Annesley Woodhouse|place]] and collects [[Tyler-Jay|name]] from [[Kingsway|school]] on
Wednesdays. [[TJ|name]] (as the family call him) goes to football at the Welfare on Saturdays with [[Keith|name]]. A friend from
the Kingdom Hall, [[Margaret Lees|name]], babysits. [[Pauline|name]]'s sister [[Ann Rhodes|name]] in [[Skegness|place]] has the
children for a week each August at her caravan at [[Winthorpe|place]].
Mrs [[Hardstaff|name]] has COPD and diabetes; her GP, Dr [[Kalsi|name]] at Kirkby Community Primary Care Centre, supports the
plan in a letter of [[2.10.26|date]]. The assessor recommends special guardianship with a supervision support plan.

7. Views. [[Tyler-Jay|name]] said: "I want to live at Nanna's for ever and see Mummy at the centre." [[Lacey|name]] is too young to
say; she calls [[Pauline|name]] "Mamar". [[Gemma|name]] agrees to the order (signed [[19/11/2026|date]], witnessed by
[[Kirsty Hufton|name]],
her recovery worker). [[Shane Rowbotham|name]] opposes it through his solicitor, Ms [[Leah Cutts|name]]; his mother, [[Irene
Rowbotham|name]] of [[Huthwaite|place]], has asked for contact every other Sunday.
"""),
    ("supervised family time record", """FAMILY TIME RECORD - supervised    Venue: family time centre, [[Mansfield|place]]    Date: Sat
[[21/11/2026|date]] 10:00-11:30
Children: [[Tyler-Jay|name]] and [[Lacey|name]]    Adult: mother [[Gemma Hardstaff|name]]    Supervisor: [[Niamh O'Rourke|name]]

[[Gemma|name]] arrived at 10:12, 12 minutes late, brought by a man she called [[Dean|name]] who waited in a blue Corsa
([[YK16 HVU|vehicle]]) in the car park. She looked tired, pupils small. [[Lacey|name]] ran to her; [[TJ|name]] hung back and
said "are you better now". [[Gemma|name]] brought a bag of sweets and a Stitch teddy. She talked about moving to
[[Forest Town|place]] "with [[Dean|name]]". [[Tyler-Jay|name]] asked whether Nanna [[Pauline|name]] could come in next time.
At 11:05 [[Gemma|name]] took a phone call and said "tell [[Shaz|name]] I'll be there at 12". [[Lacey|name]] cried at the end.
Handover to [[Keith Sherwood|name]] at 11:35. Next session: [[05.12.2026|date]].
Supervisor's note: [[Dean|name]] is believed to be [[Dean Ashmore|name]] of [[Rainworth|place]], known to police; [[Shaz|name]] not
known. Shared with [[Marcus Royle|name]] on [[23/11/2026|date]]. [[Gemma|name]]'s mobile today: [[07411 863 259|phone]].
"""),
    ("grandmother's own handwritten letter, scanned", """(Letter handwritten on lined paper, scanned to the file on [[24/11/2026|date]])

[[31 Diamond Ave|address]]
[[Kirkby|place]]
[[24th Nov|date]]

Dear [[Marcus|name]]

I am writing because I was to upset on the phone. I want to keep [[Tyler-Jay|name]] and our [[Lacey|name]] for good, I am 62 but I
am not going any where. Our [[Gemma|name]] was a lovely girl before she met [[Shane|name]], he got her on it. I do not want [[Shane|name]]'s
mam [[Irene Rowbotham|name]] from [[Huthwaite|place]] having them on her own as she lets him ring them from prison. She
rang me on [[07706 385 142|phone]] shouting.
[[Keith|name]] says to tell you the back bedroom is done now. Mrs [[Lees|name]] from church will do the Wednesday if [[Kerry|name]] is
poorly. [[TJ|name]] got star of the week at [[Kingsway|school]], Miss [[Hibbert|name]] rang me.
Please can you ring me before 10 in the morning as I have the doctors.
Yours sincerely
[[Pauline Hardstaff|name]]  (Nanna to the kids)

PS the man [[Gemma|name]] has took up with is called [[Dean|name]], [[Kerry|name]] says he sells it off the estate at [[Coxmoor|place]].
PPS my new mobile is [[07443 201 716|phone]].
"""),
    ("food bank voucher", """ASHFIELD FOOD BANK - E-REFERRAL VOUCHER (printout)   Voucher no. AFB-26-4471
Referrer: [[Marcus Royle|name]], [[01623 468 297|phone]], [[marcus.royle@nottscc.gov.uk|email]]
Client: [[HARDSTAFF, Pauline|name]]   DOB [[22-06-1964|dob]]   Postcode [[NG17 7GN|postcode]]
Household: 2 adults, 2 children (ages 8 and 5)
Reason: benefit delay (Child Benefit transfer from [[Gemma H|name]] not done); kinship care
Collect from: Kingsway Methodist centre, [[Kingsway|address]], on [[27/11|date]] or [[30/11|date]]
Dietary: diabetic (adult). Notes: please include nappies size 6 for [[Lacey|name]] (night).
Referral agreed by: [[Marcus Royle|name]] on [[25/11/2026|date]]. Collected by: [[K. Sherwood|name]] ([[Keith|name]]) [[27/11|date]] 11:10.
Volunteer: [[Glenys|name]]. Next voucher allowed from [[28/12/2026|date]].
Signposted to: Citizens Advice [[Mansfield|place]]; [[Kirkby|place]] family hub ([[Maggie Wragg|name]], [[01623 752 990|phone]]).
"""),
]


# --- E. Horáková / Dvořák family (Czech), Holbeach ----------------------------------------------------------------------------

HOME_E = d.Address("6 Boston Road South", "", "Holbeach", "PE12 7LR")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tereza", "Horáková")], dt.date(2015, 1, 16), addresses=[HOME_E], ids=["8197584389", "G925396214472"],
       schools=["Holbeach Primary Academy"]),
    _p("s", "sibling", [("Matyáš", "Dvořák")], dt.date(2023, 5, 3), addresses=[HOME_E], ids=["3922255426"]),
    _p("m", "mother", [("Lenka", "Horáková")], dt.date(1992, 8, 19), addresses=[HOME_E], phones=["07769 041 528"]),
    _p("f", "father", [("Radek", "Dvořák")], dt.date(1989, 2, 11), addresses=[HOME_E], phones=["07538 627 914"]),
    _p("g", "grandparent", [("Jana", "Horáková")], phones=["+420 604 218 773"]),
    _p("p1", "professional", [("Abigail", "Sparrow")], phones=["01406 423 915"], emails=["abigail.sparrow@nhs.net"]),
], "c")

DOCS_E = [
    ("police domestic abuse incident log", """LINCOLNSHIRE POLICE - DOMESTIC ABUSE INCIDENT - STORM LOG SUMMARY   Incident 0093 of
[[08/11/2026|date]]
Location: [[6 Boston Road South|address]], [[Holbeach|place]], [[PE12 7LR|postcode]]
Caller: [[HORÁKOVÁ, Tereza|name]] (child, 11) from mother's phone [[07769 041 528|phone]], 23:41, in English
Victim: [[HORÁKOVÁ Lenka|name]], DOB [[19/08/1992|dob]]   Suspect: [[DVOŘÁK Radek|name]], DOB [[11/02/1989|dob]]
Children present: [[Tereza|name]] (11); [[Matyáš|name]] ("[[Matty|name]]", 3)
Officers: PC 1182 [[Ellie Tunnard|name]], PC 0956 [[Jakub Nowak|name]] (Polish and some Czech)

23:41 Child says "my mum's boyfriend is drunk and he has pushed her on the floor". Screaming heard.
23:52 Officers arrive. [[Lenka|name]] has redness to neck and a cut lip. [[Dvořák|name]] smells strongly of alcohol, shouting in
Czech. Arrested for ABH. [[Tereza|name]] interpreted for her mother until PC [[Nowak|name]] took over; [[Lenka|name]] says it
started because he lost money and she wanted to go to her mother in [[Olomouc|place]] for Christmas.
00:30 Neighbour, Mr [[Gary Pask|name]] (no. 4), says it "happens every payday". DASH: high (14 ticks). MARAC referral. The
toddler was asleep in a cot in the same room. Car at address: silver Octavia [[RV15 FHD|vehicle]], [[Dvořák|name]]'s.
01:15 [[Lenka|name]]'s friend [[Monika Šťastná|name]] from [[Spalding|place]] ([[07887 512 690|phone]]) came to stay the night.
02:10 [[Dvořák|name]] interviewed at Boston custody; denies, says [[Lenka|name]] "fell over the pushchair". Bailed to
[[14 Churchgate|address]], [[Long Sutton|place]], [[PE12 9HT|postcode]] (cousin [[Petr Dvořák|name]]), not to contact [[Lenka|name]] or
[[Tereza|name]]. [[Tereza|name]]'s school ([[Holbeach Primary Academy|school]]) told by Op Encompass at 08:30 on [[09/11/2026|date]].
06:40 Update from PC [[Tunnard|name]]: [[Tereza|name]] said [[Radek|name]] also threw a glass at the wall on [[1 November|date]] and that
"[[Matty|name]] was crying under the table". Grandmother [[Jana Horáková|name]] rang from [[Olomouc|place]] ([[+420 604 218 773|phone]]) at
06:55 asking for news; [[Lenka|name]]'s sister [[Veronika|name]] in [[Brno|place]] ([[+420 731 552 906|phone]]) also rang.
"""),
    ("health visitor's contact note", """SystmOne - Health Visiting - contact note   [[Abigail Sparrow|name]] (HV), [[Holbeach|place]]
team, [[01406 423 915|phone]]
[[11-Nov-2026|date]] Home visit, [[6 Boston Rd South|address]]. Targeted (DA notification from police of [[08/11|date]]).
Seen: [[Matyáš Dvořák|name]] (DOB [[03/05/2023|dob]], NHS [[392 225 5426|nhs]]) with mother [[Lenka Horáková|name]]. Language
Line interpreter (Czech), ID 4471.
Mum tearful. Says [[Radek|name]] is on bail to stay in [[Long Sutton|place]] with his cousin [[Petr|name]] and not to come here.
[[Matty|name]]: weight 14.1 kg (50th), speech: few words in Czech, no English; mum asks about nursery. Bruise 1 cm on
forehead, mum says fell off the sofa; toddling, explanation plausible. Older sister [[Tereza|name]] at school.
Mum works 6-2 at the packhouse at [[Fleet Hargate|place]]; gran [[Jana|name]] in [[Olomouc|place]] phones daily
([[+420 604 218 773|phone]]). Plan: refer to Women's Aid; nursery funding (2-year-old offer) at [[Little Acorns|school]];
inform [[Tereza|name]]'s school DSL, Mr [[Coupland|name]].
[[13-Nov-2026|date]] Telephone call from [[Lenka|name]] via Language Line. [[Radek|name]] came to the house on the [[12th|date]] at
night "to say sorry"; she did not let him in. Advised to ring 999. Informed SW [[Callum Dring|name]], [[Boston|place]] team.
[[20-Nov-2026|date]] [[Matyáš|name]] started at [[Little Acorns|school]] (two mornings). Key person [[Kelly Bettison|name]].
[[A. Sparrow|name]]
"""),
    ("mother's texts in Czech, translated", """Texts from [[Radek Dvořák|name]] to [[Lenka Horáková|name]],
[[12.|date]]-[[14. 11. 2026|date]], photographed by [[Lenka|name]] and translated by
[[Eva Kubíčková|name]] (interpreter) for the MARAC. Czech first, English below.

[[12.11.|date]] 19:02 [[Radek|name]]: [[Leni|name]] promin. bylo to pivo. chci videt [[Matyho|name]]
  ([[Leni|name]] sorry. it was the beer. I want to see [[Matty|name]])
[[12.11.|date]] 19:40 [[Radek|name]]: [[Tereza|name]] lže, nic jsem neudělal. řekni policii že jsi spadla
  ([[Tereza|name]] lies, I did nothing. tell the police you fell)
[[13.11.|date]] 02:17 [[Radek|name]]: jsem u [[Petra|name]] v [[Long Suttonu|place]]. přijedu v sobotu
  (I'm at [[Petr|name]]'s in [[Long Sutton|place]]. I'll come on Saturday)
[[13.11.|date]] 02:19 [[Radek|name]]: [[Pepa|name]] z [[Wisbeche|place]] mi půjčí auto
  ([[Pepa|name]] from [[Wisbech|place]] will lend me a car)
[[14.11.|date]] 08:05 [[Radek|name]]: tvoje máma z [[Olomouce|place]] mi volala. všem řekneš že jsem hajzl?
  (your mum from [[Olomouc|place]] called me. you'll tell everyone I'm a bastard?)
[[14.11.|date]] 08:06 [[Radek|name]]: adresa mojí mámy je [[Dolní náměstí 12|address]], [[Prostějov|place]]. tam pojedeme všichni
  (my mum's address is [[Dolní náměstí 12|address]], [[Prostějov|place]]. we'll all go there)
Interpreter's note: "[[Leni|name]]" is a pet form of [[Lenka|name]], "[[Matyho|name]]" the accusative of "[[Matyáš|name]]",
and "[[Petra|name]]" the genitive of "[[Petr|name]]". [[E. Kubíčková|name]], [[17/11/2026|date]].
"""),
    ("labour provider's email", """From: [[Dominik Varga|name]] <[[d.varga@fenlandstaffing.co.uk|email]]>
Sent: [[16 November 2026|date]] 07:55
To: [[abigail.sparrow@nhs.net|email]]
Subject: RE: [[Lenka H|name]] - shifts

Hello [[Abigail|name]],
Thank you for your call. [[Lenka Horakova|name]] works for us (Fenland Staffing) at the packhouse in [[Fleet Hargate|place]], 06:00-14:00,
Mon-Fri. We can move her to 08:00-16:00 from [[23/11|date]] so she can take [[Matyas|name]] to nursery. [[Radek Dvorak|name]]
also works for us at the site near [[Spalding|place]]; he will not be put on the same bus as her. The minibus picks up at
the Co-op car park in [[Holbeach|place]]. Our welfare officer, [[Kateřina Bártová|name]], speaks Czech, mob [[07538 219 604|phone]].
Kind regards, [[Dominik|name]]
Earlier message in the thread, from [[Abigail Sparrow|name]], [[13 November 2026|date]] 16:20: "Hi [[Dominik|name]], I am the health
visitor for [[Lenka|name]]'s little boy. [[Lenka|name]] has asked me to contact you about her hours. Her home is
[[6 Boston Road South|address]];
please don't share it with [[Radek|name]] or with [[Petr|name]]. Thanks, [[Abigail|name]]"
Fenland Staffing Ltd | [[Unit 3, Fleet Road Industrial Estate|address]], [[Holbeach|place]] [[PE12 8LY|postcode]] | [[01406 425 770|phone]]
"""),
]


# --- F. Parr / Lincoln family (white British, care leaver, pre-birth), Sleaford ------------------------------------------------

HOME_F = d.Address("Flat 3, 19 Jermyn Street", "", "Sleaford", "NG34 7RY")
RECORD_F = d.CaseRecord([
    _p("m", "mother", [("Chelsea", "Parr")], dt.date(2007, 2, 13), addresses=[HOME_F], phones=["07955 612 048"],
       ids=["2481171403"]),
    _p("f", "father", [("Connor", "Lincoln")], dt.date(2004, 10, 29), phones=["07852 330 719"]),
    _p("g", "grandparent", [("Tracey", "Lincoln")]),
    _p("p1", "professional", [("Imogen", "Welbourn")], phones=["01529 414 267"], emails=["imogen.welbourn@lincolnshire.gov.uk"]),
], "m")

DOCS_F = [
    ("pre-birth assessment (extract)", """PRE-BIRTH ASSESSMENT - SUMMARY AND ANALYSIS
Mother: [[Chelsea PARR|name]], DOB [[13/02/2007|dob]], NHS [[248 117 1403|nhs]]; care leaver (PA: [[Imogen Welbourn|name]])
Address: [[Flat 3, 19 Jermyn Street|address]], [[Sleaford|place]], [[NG34 7RY|postcode]]
Father of the unborn baby: [[Connor Lincoln|name]], DOB [[29.10.2004|dob]], of [[Ermine|place]], [[Lincoln|place]]
EDD: [[19 January 2027|date]]    Assessor: [[Faye Skipworth|name]], SW    Date: [[25 November 2026|date]]

[[Chelsea|name]] was in foster care with Mr and Mrs [[Brackenbury|name]] in [[Ruskington|place]] from 12 until 18. She is bright,
has a place at college in [[Boston|place]] and says the baby is "the best thing". The worry is [[Connor|name]]. Police records
show two incidents in [[Lincoln|place]] with a previous partner, [[Shannon Ward|name]], including strangulation on
[[30/04/2025|date]]. [[Chelsea|name]] says [[Connor|name]] has "changed" and that his mum, [[Tracey Lincoln|name]], will help.
[[Connor|name]] wants them to move to [[Lincoln|place]]; [[Chelsea|name]] wants to stay near her former carers and her friend
[[Holly Dawber|name]] in [[Quarrington|place]]. [[Chelsea|name]] has shown me messages where [[Connor|name]] checks where she is.
On [[2 Nov|date]] he came to the flat drunk, and the neighbour, Mr [[Stan Laming|name]] in [[Flat 2|address]], called 999.
Recommendation: child protection conference before birth; Freedom Programme; a pre-birth plan with the midwife.

Network: [[Chelsea|name]]'s birth mother, [[Donna Parr|name]], lives in [[Bracebridge Heath|place]] and is not in touch. Her brother
[[Kyle Parr|name]] (21) lives in [[Skegness|place]]. [[Connor|name]]'s stepfather, [[Ian Meggitt|name]], is on the same address as
[[Tracey|name]]. [[Chelsea|name]]'s mobile: [[07955 612 048|phone]]; [[Connor|name]]'s: [[07852 330 719|phone]].
Sources: [[Chelsea|name]] (seen [[4/11|date]], [[11/11|date]], [[18/11|date]], [[24/11|date]]); [[Connor|name]] (seen once, [[13/11|date]],
at
his mother's, [[8 Skellingthorpe Road|address]]); Mrs [[Brackenbury|name]]; [[Helen Gilliatt|name]] (midwife); PC [[Jade Kirkham|name]].
"""),
    ("midwife's booking letter", """[[Grantham|place]] and [[Sleaford|place]] Community Midwifery Team
Sleaford Medical Group, [[Boston Road|address]], [[Sleaford|place]] [[NG34 7HD|postcode]]

[[10th September 2026|date]]

Dear Ms [[Parr|name]],
Re: your antenatal care. Estimated due date: [[19/01/2027|date]]
Your named midwife is [[Helen Gilliatt|name]] (mobile [[07769 550 382|phone]]). Your 20-week scan is booked at
Lincoln County Hospital on [[22 October|date]] at 10:40. Please bring your red book and your partner if you wish.
As you told us you are a care leaver, we have shared this letter with your PA [[Imogen Welbourn|name]] at
[[imogen.welbourn@lincolnshire.gov.uk|email]], with your agreement.
Yours sincerely, [[H. Gilliatt|name]], RM
cc: Dr [[Okafor|name]], GP
cc: [[Faye Skipworth|name]], social worker, [[Sleaford|place]]
Appointments: [[12 November|date]] (GTT, Sleaford Medical Group), [[3 December|date]] and [[17 December|date]] (clinic), [[7 Jan|date]]
(home visit, [[Flat 3, 19 Jermyn St|address]]). If you cannot attend, ring [[01529 414 267|phone]] or text [[Helen|name]].
"""),
    ("personal adviser's quick phone notes", """PA notes typed on phone after call, [[28/11/26|date]] 21:50 -- IW
[[chelsea|name]] rang from [[holly|name]]s in [[quarrington|place]]. [[connor|name]] turned up 7ish, kicked the flat door, took her phone.
she's on [[holly|name]]s mum's phone [[07717 402 863|phone]]. [[Connor|name]] drove off in his mums car (red fiesta, [[FD18 LLN|vehicle]]?)
toward
[[lincoln|place]]. Baby moving ok she thinks. told her ring 999 if he comes back. ooh rang 20:10, police log 411.
[[Chels|name]] says [[tracey|name]] (con's mum) rang her "stop causing trouble for my lad". also mentioned his mate [[Robbo|name]]
from [[Birchwood|place]] is "sorting" a flat in [[North Hykeham|place]]. tomorrow: tell [[Faye|name]], MARAC referral, new phone.
[[29/11|date]] 09:15 - spoke to [[Faye|name]]. [[chelsea|name]] stays at [[holly|name]]s till mon. [[holly|name]]s mum is
[[Sue Dawber|name]],
[[Quarrington|place]] - happy to. [[connor|name]] messaged [[holly|name]] on fb "tell [[chels|name]] im sorry". Police: PC
[[Jade Kirkham|name]].
"""),
    ("PLO meeting minutes", """PUBLIC LAW OUTLINE - PRE-PROCEEDINGS MEETING - MINUTES
Date: [[3 December 2026|date]], 14:00, [[Sleaford|place]] Area Office       Chair: [[Rachel Odling|name]] (Team Manager)
Present: [[Chelsea Parr|name]]; her solicitor Ms [[Nadia Akram|name]] (Sills & Betteridge); [[Faye Skipworth|name]] (SW);
[[Imogen Welbourn|name]] (PA); Mrs [[Anne Brackenbury|name]] (former foster carer, support); minutes [[Tom Hewson|name]]
Not present: [[Connor Lincoln|name]] (invited by letter to his mother's address, [[8 Skellingthorpe Road|address]], [[Lincoln|place]]
[[LN6 7RA|postcode]]; no reply; his solicitor, Mr [[Daniel Boothby|name]], sent apologies)

1. The chair explained the letter before proceedings of [[20/11/2026|date]].
2. Ms [[Skipworth|name]] set out the concerns: Mr [[Lincoln|name]]'s violence to Ms [[Parr|name]] on [[2/11|date]] and [[28/11|date]], to
Ms [[Ward|name]] before, and his drinking.
3. [[Chelsea|name]] said she has ended it with [[Connor|name]] and will move to a mother and baby foster placement with
Mrs [[Brackenbury|name]] if needed. Ms [[Akram|name]] asked for a parenting assessment to begin before [[19 Jan|date]].
4. Agreed: the baby and [[Chelsea|name]] to live with the [[Brackenburys|name]] in [[Ruskington|place]] after the birth; no
contact with [[Connor|name]] unless supervised; review [[14.01.2027|date]].
5. Mrs [[Brackenbury|name]] said she and her husband [[Roy|name]] have a cot ready and that [[Chelsea|name]] "always comes back to us".
Actions: [[Faye Skipworth|name]] to book a pre-birth conference for [[17/12/2026|date]]; [[Imogen Welbourn|name]] to help [[Chelsea|name]]
with a
new phone and a refuge space list; Ms [[Akram|name]] to send a letter to Mr [[Boothby|name]]. Next meeting [[7 January 2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 39 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 00:46 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "nurse", "sister",
           "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "mum", "mummy", "mam", "dad",
           "daddy", "aunty", "auntie", "uncle", "rm", "hv", "sw", "pa", "kaka", "khala", "madar", "padar", "babu", "teta",
           "babička", "děda", "strejda", "paní", "pan", "خانم", "آقا"}
_AFTER = {"jan", "khan", "senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "nottinghamshire", "notts",
               "lincolnshire", "lincs", "the fens", "fenland", "south holland", "west lindsey", "ashfield", "the east midlands",
               "east midlands", "afghanistan", "pakistan", "iran", "balochistan", "helmand", "ghazni", "czech republic",
               "czechia", "moravia", "poland", "europe", "uae"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (English, Dari and Czech, before a
# name: "Mrs Hardstaff", "Nanna Pauline", "Ms Parr"; and after one) and counties, districts, provinces and countries
# ("Nottinghamshire", "Lincolnshire", "Ashfield", "Afghanistan", "Pakistan", "Iran", "Helmand", "Czech Republic").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
