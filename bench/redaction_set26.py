"""Set 26: a twenty-first held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set27.py to bench/redaction_set29.py and their tests (written by other helpers at the same time), that did not
run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was
read: of bench/redaction_set21.py its module docstring, its first family's records and first two documents, its last family's
last three documents and everything after them (NAME, word lists, the HandSet line); its middle documents were not read; and
tests/test_redaction_set21.py in full (the layout and marking conventions followed here); lines 15 to 80 of
bench/redaction_handwritten.py (`_party`, `Records`, `HandSet` and the start of `word_problems`); the ruff settings in
pyproject.toml. The docstrings of bench/redaction_set7.py to redaction_set25.py and bench/redaction_heldout.py were not read as
text: a small script only reported which of them contain a list of East of England town names and community words, to choose
towns and communities no earlier set names (none names Haverhill, St Neots, Eynesbury, Thetford, Stevenage, Bedwell, Basildon,
Vange, Dunstable or Downside; none names Timorese, Tetum or Malawian communities). Set 15's checker was run through this
module's own self-check, not read. Phone numbers were checked with the phonenumbers library (through that checker), and NHS
numbers and UPNs made and checked with python-stdnum in a small snippet. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set:
it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, chosen to look like a typical caseload in the East of England, each from a town or district no earlier set used as
a family's home. Four of the kinds most common in children's social care: a young white British mother on the Chalkstone estate
in Haverhill, Suffolk, with a grandmother in Kedington and a stepfather gone to Great Wratting (Cornell / Nunn; neglect of a boy
of 9 and a girl of 6, a mother's low mood after a bereavement, a stepfather who smashed a door, a cut hand, food bank, a child
protection plan), a white British girl of 14 in Eynesbury, St Neots (Bright / Lovell; going missing, found at Peterborough
station with cash and a second phone, an older "boyfriend" from Luton, child criminal and sexual exploitation, a mother who
emails the social worker at midnight), a young white British couple in Vange, Basildon, with a grandmother in Pitsea (Marsh /
Day; bruises to the face of a baby of 13 weeks, a father heard on a neighbour's doorbell camera, a strategy discussion, a phone
download) and a white Irish and British father in Downside, Dunstable, caring alone for a boy of 13 with cerebral palsy and
epilepsy, with a mother in Ballina and a grandmother in Castlebar (Flanagan / Kavanagh; carer breakdown, a girl of 16 doing the
night turns, short breaks closed, a family group conference). Two from communities no earlier set used: an East Timorese family,
Tetum speakers with Portuguese passports, on the Barnham Cross estate in Thetford (Ximenes Soares / da Costa; nine people in a
three-bedroom house with lodgers from a poultry plant, a boy of 11 with a discharging ear walking his sister to school at dawn,
a grandmother in Baucau, an unlicensed HMO) and a Malawian family, Chichewa speakers, in Bedwell, Stevenage (Phiri / Banda; a
girl of 15 from Lilongwe privately fostered by her mother's cousin on a visitor visa, an uncle in Luton who waits at the school
gate). 24 documents, of types no earlier set used or in styles new to these sets where that could be checked: a social worker's
home visit case note, duty line notes typed fast on a phone (lower case, no punctuation), an initial child protection conference
report, a mother's Facebook Messenger chat printed by her friend, a police missing person report form (with the enquiry log), a
return home interview, Snapchat messages photographed by a mother and typed up, a mother's midnight email, a primary school's
referral, a child and family assessment through an interpreter, a family WhatsApp chat in Tetum typed up and translated, a
private sector housing (HHSRS) inspection note, a private fostering assessment, a private foster carer's own handwritten letter,
a mother's WhatsApp voice notes in Chichewa transcribed and translated, a school admissions officer's email, a health visitor's
SystmOne contact record, strategy discussion minutes, Ring doorbell clips described and transcribed by police, a police phone
download extract, a chronology, a school letter scanned and read by OCR (with its errors: "F1anagan", "0isín", "Dunstab1e", "2l
st 0ctober"), a family group conference plan and a short breaks application form filled in in capitals.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers, UK and foreign (Timor-Leste,
Portugal, Malawi, Ireland); NHS numbers and UPNs (the right LA number for the area: 935, 873, 926, 919, 823) pass their check
digits; NI numbers have a valid format. Councils are invented (Stour Vale, Ouseside, Lea Valley, Thames Reach, Chiltern Beds);
towns, districts, estates, villages, real schools and colleges, real charities and churches, NHS bodies, hospitals, surgeries,
police forces, district councils, housing associations, short break units, community centres, pools, parks, brands, apps and
games are real or stand as real and stay unmarked unless the conventions say otherwise; a service or group named by its town in
lower-case words marks the town ("the Haverhill community dental clinic", "the Thetford Timorese community group", "the St Neots
skate park", "the Bedford bus station", "the Houghton Regis route").

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19 and 15 and sets 6 to 13).
[[words|kind]] is a gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles,
roles and kinship words (Mr, Mrs, Miss, Dr, PC, PCSO, PS, DC, DS, Nan, Nanny, Nana, Aunty, Auntie, Uncle, Father, Apostle, and
this set's Tio, Mana, Avó) stay outside the name span; a possessive 's and a bare s in texting ("tyler"s, "wayne"s, "skye"s)
stay outside; every person's name is a name in every form, record or not. "SURNAME, First" is one span ("CORNELL, Tyler James",
"BANDA, Chisomo", "DAY, Alfie-Jay", "FLANAGAN, OISÍN PATRICK"); an initial with a surname is one span ("I. Fairweather", "D
FLANAGAN"); a name broken by a line break is one span holding the break, and so is an address, a place and a date; a chat
display name that is a person's name or nickname is a name ("ellz", "tizzy", "Skye" before an emoji, "Reece" before an emoji,
"Soph"), the emoji staying outside; a contact saved under a kinship word ("Mum", "Mamãe", "Dad") is not a name; a family name in
the plural ("the Flanagans") is a name. A street address is one span, its town a place, its postcode a postcode; a street named
without a number is an address, and so is a neighbour's or the family's bare house number ("no. 18", "no. 29", "no. 31", "number
11", "18", "29"); towns, villages, districts and estates are places at home or abroad ("Barnham Cross", "Area 25", "Baucau",
"Dili", "Amadora", "Setúbal", "Knockaphunta"), while countries and counties are not ("Timor-Leste", "Portugal", "Malawi",
"Ireland", "Co. Mayo", "Suffolk", "Central Bedfordshire"); organisations are not marked even when they hold a town's name
("Haverhill Family Practice", "Basildon Hospital", "Vange Health Centre", "Luton and Dunstable Hospital", "Stevenage Citizens
Advice", "Bedwell Medical Centre", "Downside Community Centre", "Breckland Council"); a school's name is a school in any case
and short form ("Castle Manor", "castle manor", "samuel ward", "Ernulf", "Redcastle", "WEATHERFIELD", "ALL SAINTS"); a date of
birth is dob (also in a chronology's first line and without a year, "17 May"), any other calendar date with a day is date (a
weekday stays outside), and a bare day ("the 12th", "14th", "26th", "8"-"9 November") is a date span of its own; months and
years alone ("Sept 2019") are not marked; pets (Tyson) are not names.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: text that an OCR engine
misread keeps its marking as the thing it stands for ("0isin F1anagan" a name, "Dunstab1e" a place, "2l st 0ctober 2026" and "l4
October" dates), while a tutor group ("9W") and a class code ("10F", "8M") are not marked; an Irish Eircode ("F23 X2Y7") is a
postcode; a recurring day of the month ("collected by his son on the 1st") is not a date; a vehicle registration seen by ANPR or
a doorbell camera is a vehicle wherever it appears; in a translated chat both the original and the translation are marked;
Chichewa and Tetum kinship words used as a title ("Agogo", "Avó", "Tio", "Mana") are not names; the sums of money, police,
tenancy and housing register references, crime and CPOMS numbers and exhibit numbers are not marked; a day-centre or short-break
unit named after a place ("Heathfield") is an organisation.

Self-check without the detector: `python -m bench.redaction_set26` (and tests/test_redaction_set26.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and countries and
counties, and prints the number of documents and gold spans per kind: 24 documents, 919 gold spans, 517 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Cornell / Nunn family (white British), Chalkstone estate, Haverhill -----------------------------------------------

HOME_A = d.Address("14 Chalkstone Way", "Chalkstone", "Haverhill", "CB9 0LB")
NAN_A = d.Address("6 Meadowlands", "", "Kedington", "CB9 7QA")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyler", "Cornell")],
            dt.date(2017, 6, 2),
            addresses=[HOME_A],
            ids=["336 980 2708", "N935265230804"],
            schools=["Castle Manor Academy"],
        ),
        _p("s", "sibling", [("Poppy", "Nunn")], dt.date(2020, 9, 14), addresses=[HOME_A], ids=["982 636 3030"]),
        _p(
            "m",
            "mother",
            [("Stacey", "Cornell")],
            dt.date(1995, 1, 27),
            addresses=[HOME_A],
            phones=["07824 316 502"],
            ids=["JK 62 11 08 B"],
        ),
        _p("f", "father", [("Craig", "Nunn")], dt.date(1991, 8, 9), addresses=[HOME_A], phones=["07958 221 740"]),
        _p("g", "grandparent", [("Janet", "Cornell")], dt.date(1968, 4, 30), addresses=[NAN_A], phones=["01440 712 384"]),
        _p("p1", "professional", [("Imogen", "Fairweather")], phones=["0300 123 2044"], emails=["imogen.fairweather@stourvale.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "case note of a home visit",
        """CASE NOTE - HOME VISIT (unannounced)
Child: [[Tyler CORNELL|name]] (DOB [[02/06/2017|dob]]); sibling [[Poppy NUNN|name]] (DOB [[14/09/2020|dob]])
Address: [[14 Chalkstone Way|address]], [[Haverhill|place]], [[CB9 0LB|postcode]]
Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:35   Worker: [[Imogen Fairweather|name]] (SW, Stour Vale Council)

Purpose: to see the home conditions after the school's referral of [[29 October|date]] (head lice, same uniform all week,
[[Tyler|name]] taking food from other children's lunch boxes at [[Castle Manor|school]]).

[[Stacey|name]] let me in after a few minutes. The front room was cluttered but passable; the kitchen was not - bin bags by the
back door, dog mess on the floor by the patio doors (the dog, Tyson, a Staffy cross, was shut in the garden), no food in the
fridge apart from milk and a pack of ham. [[Poppy|name]] was on the sofa in a vest and nappy watching a tablet; she is 6 and
wets at night. [[Tyler|name]] came in from school at 15:55 with the neighbour's boy ([[Kai|name]], from [[no. 18|address]]) and
went straight upstairs.

[[Stacey|name]] said [[Craig|name]] has been "on nights at the warehouse" in [[Sudbury|place]] since September and she is "on her own
with it". She cried and said she has not been out of the house much since her nan, [[Pat Cornell|name]], died in the summer. I
asked about support: her mum [[Janet|name]] lives in [[Kedington|place]] ([[6 Meadowlands|address]]) and "helps when she can but
she's got her own problems". Her friend [[Leanne Moody|name]] takes [[Poppy|name]] to Rainbow sometimes.

I saw [[Tyler|name]]'s room with him. Mattress on the floor, no sheet, a duvet without a cover, a smell of urine. He said he
likes Minecraft and football at the Recreation Ground, and that he gets his own tea "cereal mostly". He said [[Craig|name]]
shouts "when he's tired" and once threw the remote at the telly. He did not want to say more.

Plan agreed with [[Stacey|name]]: food bank voucher today (done - the Haverhill Community Pantry, Thursday); HV [[Tasha
Reeve|name]] to visit [[Poppy|name]] re toileting; I will ring [[Craig|name]] on [[07958 221 740|phone]]; a clean-up with Family
Support ([[Dom Pettit|name]]) on [[10/11|date]]; school nurse for the lice. Next visit [[12 November|date]].
[[I. Fairweather|name]]
""",
    ),
    (
        "phone notes typed fast on the duty line",
        """duty line - notes typed on my phone in the car, tidy later
[[5/11/26|date]] 0915 call from [[Janet cornell|name]] (nan) [[01440 712 384|phone]] - says [[stacey|name]] rang her crying at 2am,
[[craig|name]] had gone mad about the money, smashed the kitchen door glass. kids in bed? nan not sure. nan cant drive,
[[Kedington|place]] bus not till 10
0925 rang [[stacey|name]] [[07824 316 502|phone]] no ans. txt sent
0931 rang school ([[castle manor|school]], Mrs [[Jarvis|name]] DSL) - [[tyler|name]] in, quiet, cut on hand? will check + ring back
0950 [[Jarvis|name]] rang back: small cut on [[tyler|name]]s palm, says he "picked up glass". [[poppy|name]] not at school today (shes
at [[Clements|school]] nursery - not in)
1005 [[stacey|name]] rang back. [[craig|name]] left at 3am, gone to his brother [[Wayne|name]]s in [[great wratting|place]]. she says he
didnt touch her. [[poppy|name]] asleep, "shes fine". glass swept up. agreed i visit 1300. police? she doesnt want them
1010 told TM [[Gary Holm|name]] - says ring police anyway re child injury + DA. done, ref 37/61822/26, PC [[Sam Oakes|name]] to visit
1300 visit: door boarded by landlord (Havebury). [[poppy|name]] ok, no marks. [[stacey|name]] bruise on L forearm "banged it on
door". DASH done: 14 yes
1345 [[craig|name]] rang me from [[07958 221 740|phone]] - says hes "not a wife beater", will stay at [[wayne|name]]s in [[Great
Wratting|place]] till things calm down. wants to see kids sat. said not till we talk
to do: strat disc, MARAC ref, nan to come sat?
1520 nan rang - she can come sat [[14th|date]] + stay over. her neighbour [[bob|name]] will drive her from [[kedington|place]]
1540 strat disc booked [[6/11|date]] 1000 (police, school, HV [[tasha|name]], me). told [[stacey|name]]
""",
    ),
]

DOCS_A += [
    (
        "child protection conference report, social worker's summary",
        """STOUR VALE COUNCIL - CHILDREN AND YOUNG PEOPLE'S SERVICES
INITIAL CHILD PROTECTION CONFERENCE - SOCIAL WORK REPORT
Children: [[CORNELL, Tyler|name]] and [[NUNN, Poppy|name]]
Conference date: [[26 November 2026|date]], Haverhill Arts Centre meeting room (virtual link available)   Chair: [[Ruth Edgley|name]]

1. The family. [[CORNELL, Tyler James|name]], born [[2 June 2017|dob]], NHS [[336 980 2708|nhs]], UPN [[N935265230804|upn]], Year 4 at
[[Castle Manor Academy|school]]; [[NUNN, Poppy Rae|name]], born [[14 September 2020|dob]], NHS [[982 636 3030|nhs]], nursery class at
[[Clements Primary|school]]. Mother [[Stacey Cornell|name]] (31), NI [[JK 62 11 08 B|ni]]; [[Poppy|name]]'s father and [[Tyler|name]]'s
stepfather [[Craig Nunn|name]] (35), now living with his brother in [[Great Wratting|place]]. [[Tyler|name]]'s birth father,
[[Liam Doe|name]], lives in [[Saffron Walden|place]] and has not seen him since 2021.
2. Why we are here. Neglect of the children's basic care (food, hygiene, sleep, the home) over at least a year, and domestic
abuse: the incident of [[5 November|date]] (door glass, [[Tyler|name]]'s cut hand, a bruise to [[Stacey|name]]'s arm) is the third
police call since [[14 March 2026|date]] ([[14/03|date]], [[2 August|date]]).
3. What is going well. [[Stacey|name]] has let every visit happen; she went to the GP (Dr [[Okafor|name]], Haverhill Family
Practice) about her low mood and has started sertraline. The house was cleared with Family Support on [[10 November|date]] and
again on the [[17th|date]]; [[Tyler|name]] has a bed frame and sheets from the Besom. [[Janet Cornell|name]] now comes on Saturdays.
4. Worries. [[Tyler|name]] (9) says he "looks after [[Poppy|name]] when Mum's in bed"; he has missed 19 sessions this term; he
has been seen on the play area by the shops at 21:00 by PCSO [[Abbie Lusted|name]]. [[Poppy|name]] (6) is still in nappies
at night and has decay in four teeth. [[Craig|name]] has a 2019 conviction for assault (a former partner, [[Kerry Boreham|name]],
in [[Bury St Edmunds|place]]). He has said he wants to move back in.
5. The children's views. [[Tyler|name]]: "I want Mum to get up in the mornings and I want [[Craig|name]] to stop shouting." [[Poppy|name]]
drew her family: Mum, [[Tyler|name]], Nanny [[Jan|name]] and "[[Kai|name]] next door".
6. Recommendation: child protection plans for both children under the category of neglect.
7. Contributions received. School ([[Castle Manor Academy|school]], Mrs [[Helen Jarvis|name]], DSL): attendance 81%, [[Tyler|name]] hungry
most mornings, now on the breakfast club list. Nursery ([[Clements Primary|school]], [[Sandra Rix|name]], early years lead): [[Poppy|name]]
often collected late by "a lady called [[Leanne|name]]"; speech delay; referred to speech and language therapy on [[2 October|date]].
Health visitor ([[Tasha Reeve|name]]): a home visit on [[13 November|date]]; [[Poppy|name]] has a dental appointment at the
[[Haverhill|place]]
community dental clinic on [[4 December|date]]. Police (DS [[Carl Bywater|name]], Suffolk MASH): three incidents, as above; [[Craig|name]]
arrested on [[6 November|date]], released under investigation, a condition not to go to [[Chalkstone Way|address]]. Housing (Havebury,
[[Mick Sayer|name]]): rent arrears of £1,840; a notice was served on [[1 September|date]]. GP (Dr [[Chidi Okafor|name]]): [[Stacey|name]]
seen on [[28 October|date]] and [[11 November|date]]; no concerns about her alcohol use.
8. The family's network. [[Janet Cornell|name]] (maternal grandmother), [[6 Meadowlands|address]], [[Kedington|place]],
[[CB9 7QA|postcode]],
[[01440 712 384|phone]]; [[Leanne Moody|name]] (friend), [[Withersfield|place]]; [[Wayne Nunn|name]] (paternal uncle), [[Great
Wratting|place]]; [[Donna Pask|name]] and her son [[Kai|name]], [[no. 18|address]] (neighbours).
[[Imogen Fairweather|name]], Social Worker, [[imogen.fairweather@stourvale.gov.uk|email]], [[0300 123 2044|phone]], [[19/11/2026|date]]
""",
    ),
]
DOCS_A += [
    (
        "Facebook Messenger chat between a mother and her friend, printed and handed in",
        """[Printed from Facebook Messenger by [[Leanne Moody|name]] and handed to [[Imogen Fairweather|name]] at the core group on
[[8 December 2026|date]] "because [[Stace|name]] wants you to see she's trying". Names as shown by Messenger.]

[[Stacey Cornell|name]]  [[27/11/2026|date]], 22:14
[[lee|name]] can u have [[pops|name]] tmrw after nursery?? got my appt at the hub at 2 and [[tyler|name]] has football at
[[samuel ward|school]] after

[[Leanne Moody|name]]
yeh course babe. whats the appt

[[Stacey Cornell|name]]
the mental health one. [[imogen|name]] said i should go. and the money woman from the council ([[Tina|name]]?) about the arrears

[[Leanne Moody|name]]
proud of u x. is [[craig|name]] still at [[wayne|name]]s

[[Stacey Cornell|name]]
yeah he keeps messaging. says hes doing the course at [[bury|place]] and can he come for [[poppy|name]]s birthday on the [[12th|date]].
i said ask the social. my mum says if he comes near the house she'll call police herself lol

[[Leanne Moody|name]]
ur mum is a legend 😂 hes not worth it [[stace|name]]

[[Stacey Cornell|name]]  [[28/11/2026|date]], 07:02
[[tyler|name]] made his own bed this morning AND [[poppy|name]] dry all night!! 🙌 first time in ages
also [[kai|name]]s mum [[donna|name]] from [[18|address]] said she'll do school run weds

[[Leanne Moody|name]]
see!!! 🥳 bring [[pops|name]] round at 1.30
""",
    ),
]


# --- B. Bright / Lovell family (white British), Eynesbury, St Neots ----------------------------------------------------------

HOME_B = d.Address("27 Howitt's Lane", "Eynesbury", "St Neots", "PE19 2JA")
DAD_B = d.Address("Flat 3, 41 Russell Street", "", "St Neots", "PE19 1BY")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Ellie-Mae", "Bright")],
            dt.date(2012, 3, 19),
            addresses=[HOME_B],
            ids=["223 976 5399", "H873265444970"],
            schools=["Ernulf Academy"],
        ),
        _p("m", "mother", [("Donna", "Bright")], dt.date(1984, 10, 5), addresses=[HOME_B], phones=["07733 518 926"]),
        _p("f", "father", [("Lee", "Lovell")], dt.date(1982, 12, 1), addresses=[DAD_B], phones=["07912 640 318"]),
        _p("p1", "professional", [("Hollie", "Sparrow")], phones=["01480 376 219"], emails=["hollie.sparrow@ouseside.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "police missing person report form",
        """CAMBRIDGESHIRE CONSTABULARY - MISSING PERSON REPORT (MP1)   Ref: MP/26/4471
Name: [[BRIGHT, Ellie-Mae|name]]   Also known as: "[[Ellz|name]]", "[[Ellie|name]]"   DOB: [[19/03/2012|dob]]   Age: 14
Home address: [[27 Howitt's Lane|address]], [[Eynesbury|place]], [[St Neots|place]], [[PE19 2JA|postcode]]
Reported by: [[Donna BRIGHT|name]] (mother), [[07733 518 926|phone]]   Time reported: [[08/11/2026|date]] 23:40
Last seen: [[08/11/2026|date]] 16:30, Market Square, [[St Neots|place]], by friend [[Skye Carter|name]] (15)
Description: white, 5'3", slim, long dyed red hair, nose stud. Grey North Face puffer, black leggings, white Air Forces.
Phone: [[07496 203 715|phone]] (off since 17:10). Snapchat and Instagram (usernames on file, not listed here).
Risk assessment: HIGH. Third missing episode in five weeks ([[4 October|date]], [[20 October|date]]). Seen with older males in a silver
Audi, reg [[KP19 XLM|vehicle]] (see intel log). Found last time in [[Bedford|place]] (Queens Park) by BTP.
Places she may go: father [[Lee LOVELL|name]], [[Flat 3, 41 Russell Street|address]], [[St Neots|place]], [[PE19 1BY|postcode]]
([[07912 640 318|phone]]); friend [[Kayden Ashby|name]], [[Huntingdon|place]]; her "boyfriend" known only as "[[Tiz|name]]" (about 19,
from [[Luton|place]]?); the McDonald's at the [[Eaton Socon|place]] services.
Medical: asthma (inhaler not taken). GP: Cedar House Surgery.
Found: [[09/11/2026|date]] 11:20 at [[Peterborough|place]] station by BTP (PC [[Marek Zielinski|name]]), with £340 in cash and a
second phone. Returned home by PC [[Nadia Frost|name]] at 14:05.
Officer completing: PC 1177 [[Gemma Roll|name]]   Supervisor: PS [[Ian Dunmore|name]]
Log of enquiries ([[8|date]]-[[9/11/2026|date]]): 23:55 father rung, not seen her, "try her mates"; 00:20 [[Skye Carter|name]]'s home,
[[Cambridge Street|address]] - not there, mother [[Tracy Carter|name]] says [[Ellie-Mae|name]] "was with [[Tiz|name]]"; 00:45
[[Kayden Ashby|name]]'s
home, [[Oxmoor|place]] - door not answered; 01:30 ANPR: [[KP19 XLM|vehicle]] northbound A1 at [[Buckden|place]]; 02:10
[[Peterborough|place]]
officers asked to check [[Lincoln Road|address]] addresses; 07:15 her phone briefly on at [[Millfield|place]]; 11:20 found (above).
Prevention interview: by [[Rhiannon Batt|name]] (Ouseside RHI service) by [[12/11/2026|date]].
""",
    ),
]
DOCS_B += [
    (
        "return home interview record",
        """RETURN HOME INTERVIEW - Ouseside Council (independent, offered within 72 hours)
Young person: [[Ellie-Mae Bright|name]]   Episode: [[8|date]]-[[9 November 2026|date]]   Interview: Wednesday [[11 November|date]], 16:00,
at Priory Park (her choice, walking)   Interviewer: [[Rhiannon Batt|name]], Return Home Worker

[[Ellie-Mae|name]] agreed to talk "but not about [[Tiz|name]]". She said she went to [[Peterborough|place]] with "a friend of a friend" to
"chill at a house" in [[Millfield|place]]. She said she didn't know the address, "by the big Asda", and there were three men and
another girl, [[Jade|name]] or [[Jada|name]], "about 16, from [[Wisbech|place]]". She slept on the sofa. She says nobody hurt her. She
laughed when I asked about the second phone and the cash and said "it's for my birthday". Her birthday is in March.

She said home is "alright" but her mum "is always on at me" and her mum's boyfriend, [[Gav|name]] ([[Gavin Tebbutt|name]]), "looks at me
weird". She wants to live with her dad in [[Russell Street|address]] but "he's got no room and [[Chantelle|name]] hates me".

She said she likes [[Ernulf|school]] "when I go", especially art with Mr [[Fenwick|name]], and that [[Skye|name]] is her best friend.
Worries shared (with her knowing): child criminal and sexual exploitation; a 14-year-old taken across the county by adults;
an unknown second phone. Shared with [[Hollie Sparrow|name]] (allocated SW) and the exploitation hub the same day, and the
intelligence (the [[Millfield|place]] house, the Audi) with the police. Next contact: [[Hollie|name]], Friday [[13th|date]].

People she named (for the exploitation hub; not all checked): "[[Tiz|name]]" or "[[Tizzy|name]]" (male, about 19, [[Luton|place]] or
[[Dunstable|place]], drives the Audi); "[[Dappa|name]]" (male, older, "the one with the house"); [[Jada|name]] (female, about 16,
[[Wisbech|place]]); [[Skye Carter|name]] (15, best friend, [[Cambridge Street|address]], [[St Neots|place]]); [[Kayden Ashby|name]] (16,
[[Oxmoor|place]], [[Huntingdon|place]]); her cousin [[Reanne Lovell|name]] (18, [[Biggleswade|place]]), "who gets it".
Dates she gave for meeting them: "the [[26th|date]]" (of September) at the [[St Neots|place]] skate park, and Saturday [[3 October|date]]
at the [[Bedford|place]] bus station.
""",
    ),
    (
        "Snapchat messages photographed by a mother and typed up",
        """[Typed up by [[Hollie Sparrow|name]] (SW) on [[16/11/2026|date]] from 11 photos [[Donna Bright|name]] took of
[[Ellie-Mae|name]]'s phone screen on [[15 November|date]]. Spelling as on the screen. Chat names are as saved on her phone.]

[[tizzy|name]] 💰: u home?
[[ellz|name]]: ye mums kicking off
[[tizzy|name]] 💰: tell her ur at [[skye|name]]s. car at [[eaton socon|place]] 7
[[ellz|name]]: cant 2nite she took my charger lol
[[tizzy|name]] 💰: u owe me remember. 340 aint gonna pay itself
[[ellz|name]]: i know
[[tizzy|name]] 💰: [[dappa|name]] will pick u up by tesco at 7 dont be late
[[ellz|name]]: is [[jada|name]] comin
[[tizzy|name]] 💰: ye
[[Skye|name]] 🦋: babe ur mum rang my mum 😭😭 i said u aint here
[[ellz|name]]: omg ty ilysm
[[Skye|name]] 🦋: [[ellz|name]] pls dont go w them again my brother said [[tiz|name]] is proper bad news hes from [[luton|place]]
[[ellz|name]]: hes not like that
Dad: [[Ellie|name]] ring ur mum NOW
""",
    ),
]
DOCS_B += [
    (
        "a mother's email to the social worker",
        """From: [[donna bright|name]] <[[donnabright84@hotmail.co.uk|email]]>
Sent: Sunday, [[22 November 2026|date]] 23:51
To: [[Hollie Sparrow|name]] <[[hollie.sparrow@ouseside.gov.uk|email]]>
Subject: [[ellie|name]] AGAIN

[[hollie|name]] i know its sunday night but i dont know who else to tell. [[ellie mae|name]] went out at 6 saying she was going to
[[skye|name]]s
on [[Cambridge Street|address]] and [[skye|name]]s mum [[Tracy|name]] says she never came. her phone is off again. ive rang the police the
man said someone will ring me back. its the 4th time. [[gavin|name]] went out in the car round [[eynesbury|place]] and [[eaton ford|place]]
and down the riverside and nothing.

i found another phone in her room last week under the carpet, a cheap nokia thing, the number on the back of the box is
[[07380 415 622|phone]] i dont know if thats any good to you. theres only 3 numbers in it, one is saved as T and two are just numbers
[[07411 907 356|phone]] and [[07392 118 640|phone]].

her dad says its my fault for being soft. [[lee|name]] hasnt even rung her since her birthday. i cant do this on my own [[hollie|name]]
i really cant. please can someone ring me first thing, im not going to work tomorrow, im waiting in.

[[Donna|name]]
Sent from my iPhone
""",
    ),
]


# --- C. Soares / Ximenes family (East Timorese, Tetum speakers with Portuguese passports), Barnham Cross, Thetford ----------

HOME_C = d.Address("9 Cedar Drive", "Barnham Cross", "Thetford", "IP24 2DH")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mateus", "Ximenes Soares")],
            dt.date(2015, 2, 8),
            addresses=[HOME_C],
            ids=["798 556 6309", "J926260982280"],
            schools=["Redcastle Family School"],
        ),
        _p(
            "s",
            "sibling",
            [("Aurélia", "Ximenes Soares")],
            dt.date(2019, 11, 23),
            addresses=[HOME_C],
            ids=["439 669 8208", "T926260678163"],
            schools=["Redcastle Family School"],
        ),
        _p("m", "mother", [("Joana", "da Costa Soares")], dt.date(1990, 7, 12), addresses=[HOME_C], phones=["07405 218 663"]),
        _p("f", "father", [("Agostinho", "Ximenes")], dt.date(1986, 3, 3), addresses=[HOME_C], phones=["07405 731 920"]),
        _p("p1", "professional", [("Bethan", "Howlett")], phones=["0344 800 8021"], emails=["bethan.howlett@brecklandvale.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "primary school safeguarding referral",
        """[[REDCASTLE FAMILY SCHOOL|school]] - REFERRAL TO CHILDREN'S ADVICE AND DUTY SERVICE
Date: [[22/09/2026|date]]   Referrer: [[Claire Mountford|name]], DSL, [[01842 753 114|phone]]
Child: [[Mateus XIMENES SOARES|name]] (known as "[[Teu|name]]"), DOB [[08.02.2015|dob]], Year 6, UPN [[J926260982280|upn]]
Sibling: [[Aurélia XIMENES SOARES|name]], DOB [[23.11.2019|dob]], Year 2
Address: [[9 Cedar Drive|address]], [[Thetford|place]] [[IP24 2DH|postcode]]   Language at home: Tetum (some Portuguese)
Parents: [[Joana da Costa Soares|name]] (mother, [[07405 218 663|phone]]), [[Agostinho Ximenes|name]] (father, [[07405 731 920|phone]])

Concern: [[Mateus|name]] has a discharging left ear (smell, yellow fluid on his collar) for about three weeks, and he does not
hear the teacher from the back of the class. The school nurse ([[Sue Godbold|name]]) saw him on [[15 September|date]] and asked the
family to take him to the GP; mum said the GP "said no appointment" and the family have not registered [[Aurélia|name]]. He also
has toothache and eats on one side.

[[Mateus|name]] told his class teacher (Mr [[Wilkin|name]]) that nine people live in the house: his family, his uncle Tio [[Zé|name]]
and his wife, and "three men from the factory" who sleep in the front room. He said he and [[Aurélia|name]] sleep with their
mum and that he gets [[Aurélia|name]] up and walks her to school when both parents are on the early shift (05:30) at the
chicken factory in [[Watton|place]]. They arrive at 08:15 and wait at the gate. He said "it's OK, Mana [[Rita|name]] from
[[number 11|address]]
watches us from her window".

Parents' view: Dad came in on [[21/09|date]] with a cousin, [[Nelson Guterres|name]], who interpreted. He said they are trying
to get a bigger house and that the landlord (Mr [[Parfitt|name]], who lives in [[Brandon|place]]) keeps the rent in cash. He agreed
to this referral.
""",
    ),
]
DOCS_C += [
    (
        "child and family assessment through an interpreter",
        """CHILD AND FAMILY ASSESSMENT (summary of the home visits)
Children: [[Mateus|name]] and [[Aurélia Ximenes Soares|name]]   Worker: [[Bethan Howlett|name]] (SW)   Interpreter (Tetum): [[Lourenço
Belo|name]], by phone, for both visits ([[29 September|date]] and [[6 October 2026|date]])

The family. [[Joana|name]] (36) and [[Agostinho|name]] (40) came from [[Baucau|place]] in Timor-Leste by way of Portugal, where they
lived in [[Amadora|place]] from 2012 to 2018 and [[Mateus|name]] was born; they have Portuguese passports and settled status. They
moved to [[Thetford|place]] because [[Agostinho|name]]'s brother, [[José Ximenes|name]] ("[[Zé|name]]"), was already working at the
factory. [[Joana|name]]'s mother, Avó [[Filomena da Costa|name]], lives in [[Baucau|place]]; [[Joana|name]] sends her money each month and
rings her on [[+670 7723 4518|phone]]. A cousin, [[Ana Sarmento|name]], lives in [[Crewe|place]], and another in [[Dungannon|place]].

The home. Three bedrooms. Nine people ([[Zé|name]] and his wife [[Lúcia|name]] in one room; the family of four in another; three
lodgers, [[Domingos|name]], [[Marito|name]] and [[Ivo|name]], in the third and the front room). Damp on the bedroom walls; one toilet.
I have told Breckland Council's private sector housing team, with the parents' agreement.

Health. [[Joana|name]] took [[Mateus|name]] to the walk-in centre and he has antibiotic drops; he is now seen at the ENT clinic at West
Suffolk Hospital on [[3 December|date]]. [[Aurélia|name]] is now registered at the School Lane Surgery. Dental: on a waiting list;
the [[Thetford|place]] Timorese community group ([[Zelia Pereira|name]]) knows a dentist in [[Bury|place]] taking NHS patients.

Before school. Both parents have moved to shifts that start at 07:00 so that one of them walks the children in; [[Mateus|name]]
said "now I can play football before school with [[Kacper|name]] and [[Riley|name]]". He said he misses his avó and "the sea in
[[Baucau|place]]". [[Aurélia|name]] said she likes "Miss [[Daisy|name]]" best.

Outcome: Child in Need plan (housing, health, the early-morning care); no further concerns about the parents' care.

Network (from the genogram drawn with the family): [[Joana|name]]'s mother Avó [[Filomena da Costa|name]] (68), [[Baucau|place]]; her
sister [[Zita da Costa|name]], [[Dili|place]]; her brother [[Abílio da Costa|name]], [[Setúbal|place]], Portugal
([[+351 912 407 338|phone]]);
[[Agostinho|name]]'s parents died in 1999; his brother [[José|name]] ("[[Zé|name]]") and [[Lúcia Amaral|name]] in the same house; cousin
[[Nelson Guterres|name]] ([[07424 509 117|phone]]), [[Abbey estate|place]], [[Thetford|place]]; [[Ana Sarmento|name]], [[Crewe|place]].
The children's godmother, [[Rita Belo|name]] (Mana to the children), lives at [[number 11|address]]; her husband [[Lourenço
Belo|name]] is the interpreter, which the family chose and which I have noted as a possible conflict.
""",
    ),
    (
        "family WhatsApp messages in Tetum, typed up and translated",
        """[WhatsApp messages between [[Joana da Costa Soares|name]] and her mother and sister, shown by [[Joana|name]] to [[Bethan
Howlett|name]] on [[6 October 2026|date]] and typed up with her agreement; Tetum translated by [[Lourenço Belo|name]]. Her phone saves her
mother as "Mamãe" and her sister by name.]

[[28/09/2026|date]]
Mamãe: [[Jo|name]], oinsá [[Teu|name]] nia tilun? ([[Jo|name]], how is [[Teu|name]]'s ear?)
[[Joana|name]]: Diak liu ona mamãe, doutor fó aimoruk. Asistente sosiál mai uma aban. (Better now Mum, the doctor gave
medicine. A social worker comes to the house tomorrow.)
Mamãe: Labele tauk. Iha Inglaterra sira ajuda labarik. (Don't be afraid. In England they help
children.)
[[Zita|name]]: [[Jo|name]] hau nia númeru foun iha [[Dili|place]]: [[+670 7781 2069|phone]]. Ó manda osan ba mamãe fulan ne'e?
([[Jo|name]], my new number in [[Dili|place]]: [[+670 7781 2069|phone]]. Did you send money to Mum this month?)
[[Joana|name]]: Seidauk, semana oin. [[Agostinho|name]] nia turnu muda. (Not yet, next week. [[Agostinho|name]]'s shift changed.)
[[01/10/2026|date]]
[[Zita|name]]: Haruka [[Aurélia|name]] nia foto uniforme eskola 😍
[[Joana|name]]: 📷 [[Aurélia|name]] ho [[Mateus|name]] iha [[Redcastle|school]] (photo: the two children at the school gate)
""",
    ),
]
DOCS_C += [
    (
        "private sector housing inspection notes",
        """BRECKLAND COUNCIL - PRIVATE SECTOR HOUSING - HHSRS INSPECTION NOTES (referral from Children's Services)
Property: [[9 Cedar Drive|address]], [[Barnham Cross|place]], [[Thetford|place]], [[IP24 2DH|postcode]]   Type: 3-bed mid-terrace,
ex-council
Inspected: Thursday [[15 October 2026|date]], 10:00   Officer: [[Neil Tooke|name]], EHO   With: [[Bethan Howlett|name]] (SW) and [[Nelson
Guterres|name]] (interpreting, family friend)
Landlord: Mr [[Keith Parfitt|name]], [[Brandon|place]] (no written tenancy; rent £1,150 a month paid in cash, collected by his son
[[Darren|name]] on the 1st)
Occupiers seen: [[Agostinho Ximenes|name]] (tenant), [[Joana da Costa Soares|name]], their children [[Mateus|name]] (11) and
[[Aurélia|name]] (6),
[[José Ximenes|name]] and [[Lúcia Amaral|name]], and three lodgers who gave their names as [[Domingos Pinto|name]], [[Marito Alves|name]]
and [[Ivo
dos Santos|name]] (all work at the same poultry plant; two said they pay £300 a month each to Mr [[Ximenes|name]] "for the
landlord").
Findings: Category 1 hazards - damp and mould (bedrooms 1 and 3, black mould over 2 m2); crowding and space (9 persons, 3
bedrooms, 1 WC); fire (no interlinked alarms, a lock on the lodgers' room door). Category 2: electrical (extension leads in
series).
Licensing: occupied by 9 persons from 3 households - a large HMO without a licence. Landlord to be contacted; the family's housing
register application (ref BRK/26/11482) to be given priority banding.
Next: letter to Mr [[Parfitt|name]] today; revisit [[12 November|date]]. The lodgers were told about the [[Thetford|place]] Timorese
community group's advice session at the Carnegie Room on Saturdays.
""",
    ),
]


# --- D. Phiri / Banda family (Malawian, Chichewa speakers), Bedwell, Stevenage: a private fostering arrangement ---------------

HOME_D = d.Address("52 Bedwell Crescent", "Bedwell", "Stevenage", "SG1 1NB")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Chisomo", "Banda")],
            dt.date(2011, 5, 17),
            addresses=[HOME_D],
            ids=["112 880 0632", "A919264108100"],
            schools=["The Nobel School"],
        ),
        _p("a", "carer", [("Tiwonge", "Phiri")], dt.date(1979, 9, 21), addresses=[HOME_D], phones=["07577 302 918"]),
        _p("a2", "carer", [("Blessings", "Phiri")], dt.date(1976, 2, 2), addresses=[HOME_D], phones=["07577 846 105"]),
        _p("m", "mother", [("Grace", "Banda")], dt.date(1988, 6, 6), phones=["+265 991 234 567"]),
        _p("p1", "professional", [("Owen", "Tuckwell")], phones=["0300 123 4043"], emails=["owen.tuckwell@leavalley.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "private fostering assessment",
        """PRIVATE FOSTERING - ASSESSMENT OF THE ARRANGEMENT (Regulation 4 visit and assessment)
Child: [[BANDA, Chisomo|name]]   DOB: [[17/05/2011|dob]]   NHS: [[112 880 0632|nhs]]   UPN: [[A919264108100|upn]]
Private foster carers: Mrs [[Tiwonge Phiri|name]] (the child's mother's cousin) and Mr [[Blessings Phiri|name]], [[52 Bedwell
Crescent|address]], [[Stevenage|place]] [[SG1 1NB|postcode]]
Notified by: [[The Nobel School|school]] admissions (Mrs [[Yvonne Kettle|name]]), [[14/08/2026|date]]
Visits: [[20 August|date]], [[3 September|date]] and [[1 October 2026|date]]   Worker: [[Owen Tuckwell|name]], Lea Valley Council

How the arrangement came about. [[Chisomo|name]] (15) came from [[Lilongwe|place]] on [[2 August 2026|date]] on a visitor visa to live with
Mrs [[Phiri|name]] "for her education". Her mother, [[Grace Banda|name]], lives in [[Area 25|place]], [[Lilongwe|place]]
([[+265 991 234 567|phone]]),
and works as a market trader; her father, [[Yohane Mwale|name]], died in 2019. The arrangement was made in the family "the way it
is done at home"; nobody knew to tell the council. Immigration advice: the family have seen [[Ruth Kamanga|name]] at Stevenage
Citizens Advice; the visa does not allow her to stay beyond six months.

The household. Mr and Mrs [[Phiri|name]] (she is a senior carer at a care home in [[Hitchin|place]]; he is a bus driver), their
children [[Tadala|name]] (17) and [[Kondwani|name]] (12), and now [[Chisomo|name]], who shares with [[Tadala|name]]. DBS checks have been
done for both adults (clear). [[Chisomo|name]] told me in private that she is happy, that "Auntie [[Tiwo|name]] is strict like my
mother", and that she does the cooking on Sundays after church (Living Word Ministries, in [[Letchworth|place]]). She speaks with
her mother by WhatsApp video every Sunday night.

Worries: [[Chisomo|name]]'s right to stay; she has no GP yet; a fall-back plan if Mrs [[Phiri|name]]'s shifts change; an uncle in
[[Luton|place]], [[Chikondi Banda|name]] ([[07449 628 013|phone]]), whom [[Grace|name]] wants her to visit in the holidays and whom
Mrs [[Phiri|name]] "does not trust".
Recommendation: the arrangement is suitable for now; visits every six weeks; immigration advice to be followed up.

Checks: Mrs [[Phiri|name]]'s references - her pastor, Apostle [[Joseph Gondwe|name]], and her manager at [[Hitchin|place]], [[Sandra
Whitmore|name]]. Health: registered at Bedwell Medical Centre on [[9 October 2026|date]]; school nurse ([[Nkechi Ude|name]]) saw her on
[[14 October|date]]. Education: Year 10 at [[The Nobel School|school]] since [[7 September|date]]; [[Kondwani|name]] at
[[Bedwell Primary|school]];
[[Tadala|name]] at North Hertfordshire College in [[Stevenage|place]]. Contact details of the mother's side: [[Grace Banda|name]], [[Area
25|place]], [[Lilongwe|place]]; [[Grace|name]]'s sister [[Chimwemwe Banda|name]], [[Zomba|place]] ([[+265 888 716 204|phone]]).
""",
    ),
]
DOCS_D += [
    (
        "a private foster carer's own handwritten letter, typed",
        """[Handwritten letter handed to [[Owen Tuckwell|name]] on [[1 October|date]]; typed as written.]

[[52 Bedwell Cres|address]]
[[Stevenage|place]]
[[29th Sept 2026|date]]

Dear Mr [[Owen|name]],
Thank you for coming to see us and for explaining what is private fostering. We did not know about this law, in Malawi a child
can stay with the family without any papers. I am writing because you asked about the uncle [[Chikondi|name]] in [[Luton|place]].
He is [[Grace|name]]'s brother but he is not a good man. In 2023 he was in trouble with the police here about a girl, I dont
know all of it. [[Grace|name]] does not believe this. He has been sending messages to [[Chisomo|name]] on Facebook saying she
can come and work in his shop in [[Bury Park|place]] on Saturdays and he will pay her. I said no. [[Chisomo|name]] showed me.

Also I want to tell you that my husband [[Blessings|name]] will be going home to [[Blantyre|place]] for one month from the [[12th of
December|date]] because his father is sick (Agogo is 84). I will manage, my daughter [[Tadala|name]] is a big help and my friend
from church Mrs [[Esther Nyirenda|name]] who lives on [[Shephall Way|address]] can collect [[Kondwani|name]] from school.

We love [[Chisomo|name]] like our own and we want the best for her. Please help us with the visa.
God bless you,
[[Tiwonge Phiri|name]] (Mrs)
[[07577 302 918|phone]]

P.S. [[Chisomo|name]] wanted me to tell you her friends at school are [[Amara|name]], [[Lily-Rose|name]] and [[Precious|name]] and that
she is in the
netball team. Her birthday is [[17 May|dob]], she will be 16 then, please can she still be here for it.
""",
    ),
    (
        "a mother's voice notes from Malawi, transcribed and translated",
        """[Two WhatsApp voice notes from [[Grace Banda|name]] in [[Lilongwe|place]] to [[Tiwonge Phiri|name]], forwarded by Mrs
[[Phiri|name]] to [[Owen Tuckwell|name]] on [[5 October 2026|date]]. Chichewa transcribed and translated by [[Memory Chirwa|name]]
(interpreter); English words left as spoken.]

Voice note 1 ([[4/10/2026|date]], 19:02, 1 min 48 s)
"Moni [[Tiwo|name]], muli bwanji? Ndamva kuti a social worker abwera kunyumba. (Hello [[Tiwo|name]], how are you? I heard the social
worker came to the house.) Ine ndikufuna kuti [[Chisomo|name]] aphunzire basi. (I just want [[Chisomo|name]] to study.) Bwanji
osamulora kupita kwa [[Chikondi|name]] ku [[Luton|place]]? He is family! (Why won't you let her go to [[Chikondi|name]] in [[Luton|place]]?
He is family!) Ndiuzeni zoona." (Tell me the truth.)

Voice note 2 ([[4/10/2026|date]], 19:05, 0 min 52 s)
"Ndayimbira [[Chikondi|name]], wati zonse zili bwino. Number yake yatsopano ndi [[07449 628 013|phone]]. (I rang [[Chikondi|name]], he says
all is fine. His new number is [[07449 628 013|phone]].) Ndipatseni [[Chisomo|name]] pa foni Lamlungu. Zikomo." (Put [[Chisomo|name]] on
the phone on Sunday. Thank you.)
""",
    ),
]
DOCS_D += [
    (
        "school safeguarding lead's email",
        """From: [[Yvonne Kettle|name]] <[[y.kettle@nobel.herts.sch.uk|email]]>
Sent: Friday, [[6 November 2026|date]] 15:26
To: [[Owen Tuckwell|name]] <[[owen.tuckwell@leavalley.gov.uk|email]]>
Cc: [[Femi Adeyemi|name]] (DSL)
Subject: [[Chisomo Banda|name]] (10F) - a man at the gate

Hi [[Owen|name]],
Just to let you know, and I've logged it on CPOMS: at 15:10 today a man in a grey Vauxhall Astra ([[KX15 HBE|vehicle]] - our site
manager [[Phil|name]] took the reg) parked on [[Mobbsbury Way|address]] by the back gate and called [[Chisomo|name]] over. She went to the
car and spoke to him for a few minutes and then came back in to the office, upset. She told Mr [[Adeyemi|name]] it was her uncle
"Uncle [[Chikondi|name]]" from [[Luton|place]], that he wanted her to come to his shop "tomorrow, only for the day", and that he gave her
a phone and said to keep it secret from Auntie. She handed the phone in - it's in the safe. [[Kondwani Phiri|name]] (8M) saw
it all too.
Mrs [[Phiri|name]] is on a late shift so we rang Mr [[Blessings Phiri|name]] ([[07577 846 105|phone]]) who came and collected both
children at 15:45. We have also rung 101 (ref 41/88231/26).
[[Chisomo|name]] asked us to tell you she "did not want to go" and that she thinks her mum gave him the school's name.
Thanks, [[Yvonne|name]]
[[Yvonne Kettle|name]] | Admissions and Attendance | [[The Nobel School|school]] | [[Mobbsbury Way|address]], [[Stevenage|place]]
[[SG2 0HS|postcode]]
""",
    ),
]


# --- E. Marsh / Day family (white British), Vange, Basildon -------------------------------------------------------------------

HOME_E = d.Address("31 Clay Hill Road", "Vange", "Basildon", "SS16 4EU")
NAN_E = d.Address("8 Rectory Road", "Pitsea", "Basildon", "SS13 2AD")
RECORD_E = d.CaseRecord(
    [
        _p("c", "subject", [("Alfie-Jay", "Day")], dt.date(2026, 7, 4), addresses=[HOME_E], ids=["591 851 6069"]),
        _p("m", "mother", [("Kayleigh", "Marsh")], dt.date(2004, 2, 11), addresses=[HOME_E], phones=["07542 119 837"]),
        _p("f", "father", [("Reece", "Day")], dt.date(2001, 10, 28), addresses=[HOME_E], phones=["07469 552 104"], ids=["PN 33 90 17 C"]),
        _p("g", "grandparent", [("Sharon", "Marsh")], dt.date(1978, 12, 19), addresses=[NAN_E], phones=["01268 559 402"]),
        _p("p1", "professional", [("Priya", "Lal")], phones=["0333 013 8814"], emails=["priya.lal@thamesreach.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "health visitor's contact notes",
        """HEALTH VISITING - CONTACT RECORD (SystmOne extract)
Client: [[DAY, Alfie-Jay|name]]   DOB [[04-Jul-2026|dob]]   NHS No [[591 851 6069|nhs]]   Address [[31 Clay Hill Road|address]],
[[Vange|place]], [[Basildon|place]], [[SS16 4EU|postcode]]   Mother: [[MARSH, Kayleigh|name]]   Father: [[DAY, Reece|name]]

[[14-Sep-2026|date]] 10:30 [[Farah Qureshi|name]] (HV) - 8 week review, home. Weight 5.1 kg (25th). Mum (22) tired, says [[Alfie-Jay|name]]
"screams every evening", partner works doors at a club in [[Southend|place]] till 4am and sleeps in the day. Mum's mum
[[Sharon|name]] in [[Pitsea|place]] helps. EPDS 14 - GP informed. Safe sleep discussed: baby sleeping on the sofa with dad in the day.
[[02-Oct-2026|date]] 14:10 [[Farah Qureshi|name]] (HV) - phone. Mum asked about "a little mark" on [[Alfie|name]]'s cheek; said it was his
dummy clip. Asked her to come to clinic at Vange Health Centre on Monday [[05-Oct-2026|date]].
[[05-Oct-2026|date]] DNA clinic. Phoned x2 ([[07542 119 837|phone]]), no answer. Text sent.
[[07-Oct-2026|date]] 11:05 [[F. Qureshi|name]] - unannounced home visit. Seen by the front door only: Mr [[Day|name]] said baby asleep and
"we're fine, [[Kay|name]]'s at her mum's". Neighbour at [[no. 29|address]] (Mrs [[Bev Hart|name]]) came out and said "you want to listen to
what goes on in there at night". Discussed with safeguarding nurse [[Dawn Pryke|name]]: referral to the front door today.
[[08-Oct-2026|date]] 09:20 [[Farah|name]] - joint visit with SW [[Priya Lal|name]]. [[Alfie-Jay|name]] seen undressed: two fingertip-sized
bruises on the left cheek and one on the jaw line. Not mobile. Mum says "[[Reece|name]] was winding him". To Basildon Hospital
paediatrics (Dr [[Amara Eze|name]]) today as a child protection medical; mum and baby to stay at [[Sharon Marsh|name]]'s, [[8 Rectory
Road|address]], [[SS13 2AD|postcode]].
""",
    ),
]
DOCS_E += [
    (
        "strategy discussion minutes",
        """THAMES REACH COUNCIL - STRATEGY DISCUSSION (s47)   Held by Teams, Thursday [[8 October 2026|date]], 15:30
Child: [[Alfie-Jay Day|name]] (13 weeks)   Chair: [[Lorna Westwood|name]] (Team Manager)
Present: [[Priya Lal|name]] (SW); DC [[Stuart Beddall|name]] (Essex Police CAIT); [[Farah Qureshi|name]] (HV); Dr [[Amara Eze|name]]
(consultant paediatrician); [[Dawn Pryke|name]] (named nurse). Apologies: GP (Dr [[Lim|name]]).
1. Information. Dr [[Eze|name]]: three bruises to the face of a non-mobile baby; skeletal survey and CT today; bloods normal. Mother's
explanation (father "winding him") does not explain the pattern. DC [[Beddall|name]]: [[Reece Day|name]] - 2022 caution for assault
(a former partner, [[Jodie Lamb|name]], in [[Laindon|place]]); police called to [[Clay Hill Road|address]] on [[22/08/2026|date]]
by the neighbour (shouting, "a baby screaming"). Mr [[Day|name]]'s car, a black Golf, [[EX18 KWD|vehicle]].
2. Decision: s47 enquiry, joint. Threshold met for significant harm.
3. Safety plan: baby and mother to stay with the maternal grandmother, [[Sharon Marsh|name]], [[Pitsea|place]], no unsupervised
contact for the father; [[Kayleigh|name]] agreed in writing at 17:10. Mr [[Day|name]] told by DC [[Beddall|name]] not to go to
[[Rectory Road|address]]. The grandmother's partner, [[Terry Olley|name]], to be checked.
4. Actions: skeletal survey results (Dr [[Eze|name]]) - [[9/10|date]]; police interview of Mr [[Day|name]] (DC [[Beddall|name]]);
SW to see [[Kayleigh|name]] alone; ICPC if the enquiry confirms - by [[29 October|date]].
5. Family network: maternal grandmother [[Sharon Marsh|name]] and her partner [[Terry Olley|name]], [[8 Rectory Road|address]],
[[Pitsea|place]],
[[SS13 2AD|postcode]] ([[01268 559 402|phone]]); maternal aunt [[Sophie Marsh|name]] and her partner [[Dan Whiting|name]],
[[Wickford|place]];
paternal grandmother [[Tracey Day|name]], [[Canvey Island|place]] (not told yet, at the mother's request); the father's friend
[[Connor Pugh|name]], with whom he is staying, at [[Flat 6, Lionel Court|address]], [[Laindon|place]].
""",
    ),
    (
        "Ring doorbell clips described and transcribed",
        """[Three clips from the Ring doorbell at [[no. 29|address]] [[Clay Hill Road|address]], given to Essex Police by Mrs
[[Bev Hart|name]] on
[[9 October 2026|date]] and described and transcribed by DC [[Stuart Beddall|name]]. Times are the camera's.]

Clip 1 - [[03/10/2026|date]] 02:14:07 (0:41). Camera faces the street and the front of [[no. 31|address]]. A male (believed
[[Reece DAY|name]]) gets
out of a black Golf (reg [[EX18 KWD|vehicle]]). Indoors a baby is crying. MALE (shouting at the house): "[[Kayleigh|name]]! Shut him up
or I will!" A female voice inside: "[[Reece|name]] don't, he's only little." Door slams.

Clip 2 - [[03/10/2026|date]] 02:19:55 (1:02). Audio only from inside [[no. 31|address]] through the open window. MALE: "...every night,
every
f***ing night, [[Kay|name]]." Baby crying, then a loud cry and sudden quiet. FEMALE: "What did you do? [[Reece|name]]! What did
you do?" MALE: "Nothing. He's fine. Go to your mum's if you don't like it."

Clip 3 - [[04/10/2026|date]] 08:47:30 (0:22). A female with a pram (believed [[Kayleigh MARSH|name]]) and an older woman (believed
[[Sharon MARSH|name]]) walk towards [[Pitsea|place]]. OLDER WOMAN: "You're not going back there tonight, [[Kayls|name]]."

Continuity: clips downloaded from Mrs [[Hart|name]]'s Ring account at [[no. 29|address]] by DC [[Beddall|name]] at 10:05 on
[[9 October|date]];
exhibit SB/3. Mrs [[Hart|name]] ([[Beverley Hart|name]], [[07506 281 944|phone]]) and her husband [[Ray|name]] gave statements the same day;
their lodger, [[Kamil Nowak|name]], was at work in [[Tilbury|place]] and will be seen on [[12/10|date]].
""",
    ),
]
DOCS_E += [
    (
        "police phone download extract of a mother's messages",
        """ESSEX POLICE - DIGITAL MEDIA INVESTIGATION - EXTRACT (selected messages, device: Samsung A15 belonging to [[Kayleigh
MARSH|name]], consent download [[12/10/2026|date]])   Op ref: 42/167004/26   Prepared by: DC [[Stuart Beddall|name]]
# | Date/time (UTC) | Direction | Party | Text
14 | [[19/09/2026|date]] 03:12 | OUT | [[Soph|name]] ([[07835 602 417|phone]]) | hes kicked off again cos [[alfie|name]] woke him up. hes
in the car now
15 | [[19/09/2026|date]] 03:15 | IN | [[Soph|name]] | [[kay|name]] come here now ill get [[dan|name]] to pick u up. ur not safe
16 | [[19/09/2026|date]] 03:16 | OUT | [[Soph|name]] | no itll make it worse. dont tell mum
22 | [[30/09/2026|date]] 18:40 | IN | [[Reece|name]] 💙 ([[07469 552 104|phone]]) | if the hv comes dont let her in the fkn house
23 | [[30/09/2026|date]] 18:41 | OUT | [[Reece|name]] 💙 | ok
31 | [[03/10/2026|date]] 07:58 | OUT | Mum | can me and [[alfie-jay|name]] stay at yours tonight. dont ask
32 | [[03/10/2026|date]] 08:03 | IN | Mum | course u can darlin. [[terry|name]] will move his stuff out the small room
40 | [[06/10/2026|date]] 22:30 | IN | [[Reece|name]] 💙 | ur mum is poisoning u against me. come home or ill come to [[rectory rd|address]]
41 | [[06/10/2026|date]] 22:31 | IN | [[Reece|name]] 💙 | i know [[bev|name]] at [[29|address]] has been talking. tell her to watch herself
Note: the contact "Mum" is [[Sharon MARSH|name]] ([[01268 559 402|phone]] and [[07812 330 915|phone]]); "[[Soph|name]]" is [[Sophie
MARSH|name]] (sister), of [[Wickford|place]].
""",
    ),
]


# --- F. Flanagan family (white Irish and British), Downside, Dunstable: a father caring alone for a disabled boy -------------

HOME_F = d.Address("5 Kingsway", "Downside", "Dunstable", "LU5 4BA")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Oisín", "Flanagan")],
            dt.date(2013, 1, 30),
            addresses=[HOME_F],
            ids=["791 051 3127", "L823261767364"],
            schools=["Weatherfield Academy"],
        ),
        _p("s", "sibling", [("Niamh", "Flanagan")], dt.date(2010, 8, 8), addresses=[HOME_F], ids=["459 658 7965"]),
        _p(
            "f",
            "father",
            [("Declan", "Flanagan")],
            dt.date(1975, 5, 15),
            addresses=[HOME_F],
            phones=["07719 384 226"],
            ids=["SK 40 28 61 D"],
        ),
        _p("m", "mother", [("Siobhán", "Flanagan")], dt.date(1979, 3, 1), phones=["+353 87 612 4409"]),
        _p("p1", "professional", [("Harriet", "Noakes")], phones=["0300 300 8133"], emails=["harriet.noakes@chilternbeds.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "chronology of significant events",
        """CHRONOLOGY - [[Oisín FLANAGAN|name]] (DOB [[30/01/2013|dob]]), Children with Disabilities Team, Chiltern Beds Council
Compiled by [[Harriet Noakes|name]] (SW) from the file, [[27/11/2026|date]]
[[30.01.2013|dob]]  Born at the Luton and Dunstable Hospital at 27 weeks. Later diagnosed with spastic quadriplegic cerebral palsy and
            epilepsy. Non-verbal; uses eye-gaze.
[[11.06.2019|date]]  Mother, [[Siobhán Flanagan|name]], leaves the family home and returns to [[Ballina|place]], Co. Mayo. Father
[[Declan|name]]
            becomes sole carer for [[Oisín|name]] and [[Niamh|name]] (then 8).
Sept 2019   [[Oisín|name]] starts at [[Weatherfield Academy|school]], [[Dunstable|place]].
[[03.03.2022|date]]  Short breaks: 2 nights a month at Heathfield short break unit, [[Leighton Buzzard|place]].
[[14.02.2025|date]]  Father's back injury (lifting); an OT ([[Carl Whitbread|name]]) orders a ceiling hoist - fitted [[20.08.2025|date]].
[[09.06.2026|date]]  School (Mrs [[Anne Gurney|name]], DSL) reports [[Oisín|name]] arriving unwashed, pads not changed; [[Niamh|name]] (15)
            late most days; she told a teacher "I do the night turns because Dad can't".
[[17.06.2026|date]]  Young carers' assessment for [[Niamh|name]] (Carers in Bedfordshire, [[Zoe Lattimore|name]]).
[[02.09.2026|date]]  Short break unit closes for refurbishment; no overnight breaks since.
[[19.10.2026|date]]  Father phones the duty line from [[07719 384 226|phone]] at 02:00: "I can't do this any more." Seen same day by
            [[H. Noakes|name]]; GP (Dr [[Malik|name]], Kingsbury Court Surgery) visits; father signed off work.
[[21.10.2026|date]]  Mother rung in Ireland ([[+353 87 612 4409|phone]]): can have [[Niamh|name]] for half-term in [[Ballina|place]], not
[[Oisín|name]].
[[04.11.2026|date]]  Aunt [[Bernie Kavanagh|name]] ([[Houghton Regis|place]]) agrees to two nights a week.
[[14.11.2026|date]]  Family group conference at Downside Community Centre (coordinator [[Gwen Ashworth|name]]); a family plan agreed.
[[16.11.2026|date]]  Father's short breaks application received. A night carer proposed: [[Magdalena Wojcik|name]], formerly of Heathfield.
[[19.11.2026|date]]  [[Niamh|name]] seen alone at [[Carol Sutcliffe|name]]'s ([[12 Jeansway|address]]): "I want to be a nurse, not a carer."
[[24.11.2026|date]]  Panel agrees a direct payment (two nights a week) from [[1 December|date]]; Heathfield to reopen in January.
""",
    ),
]
DOCS_F += [
    (
        "a school letter scanned and read by OCR",
        """[Scanned letter, text from OCR, errors left as read; the original is on the file.]

[[WEATHERFIELD ACADEMY|school]]
[[Brewers Hill Road|address]] . [[Dunstab1e|place]] . [[LU6 1AF|postcode]]

[[2l st 0ctober 2026|date]]

Private and Confidential
Mr [[D. F1anagan|name]]
[[5 Kingsway|address]]
[[Dunstable|place]]
[[LU5 4BA|postcode]]

Dear Mr [[Flanagan|name]],
Re: [[0isin F1anagan|name]] (Year 9, tutor group 9W) and transport

Thank you for meeting Mrs [[Gurney|name]] and me on [[l4 October|date]]. As agreed, we have asked Central Bedfordshire's
transport team to collect [[0isín|name]] from home at 07:50 from Monday [[2 November|date]], with his passenger assistant
Mrs [[Kath Doyle|name]] who already knows him from the [[Houghton Regis|place]] route. We have also arranged for [[Niamh|name]] to
meet Mrs [[Lisa Obi|name]], the young carers lead at [[All Saints Academy|school]], who will talk to her about her late marks.

We know how hard the last months have been. Please ring me on [[01582 909 512|phone]] at any time.

Yours sincerely,
[[Martin Keeble|name]]
Assistant Principa1 (Pastoral)
""",
    ),
]
DOCS_F += [
    (
        "family group conference plan",
        """FAMILY GROUP CONFERENCE - FAMILY PLAN   Held Saturday [[14 November 2026|date]], Downside Community Centre, [[Dunstable|place]]
Coordinator: [[Gwen Ashworth|name]] (independent)   Family: the [[Flanagans|name]]   Children: [[Oisín|name]] (13) and [[Niamh|name]] (16)
Who came: [[Declan Flanagan|name]] (Dad); [[Niamh|name]]; Aunty [[Bernie Kavanagh|name]] and Uncle [[Tom Kavanagh|name]] ([[Houghton
Regis|place]]); Nana [[Peg Flanagan|name]] (by video from [[Castlebar|place]], [[+353 94 902 3718|phone]]); [[Siobhán|name]] (the
children's mum, by video from [[Ballina|place]], for the first hour); [[Niamh|name]]'s friend's mum [[Carol Sutcliffe|name]]; family friend
Father [[Aidan Rooney|name]] (St Mary's, [[Dunstable|place]]). [[Oisín|name]]'s views were shown on his eye-gaze board and a video
made at school with Mrs [[Gurney|name]].

OUR PLAN
1. Nights: nobody under 18 does the night turns. Mon and Thu [[Bernie|name]] sleeps over; Tue and Fri [[Tom|name]]; Wed [[Declan|name]]
   with the monitor; Sat and Sun [[Declan|name]] with a paid night carer once the council agrees the direct payment.
2. [[Niamh|name]]: to stay with [[Carol|name]] ([[12 Jeansway|address]]) two nights a week before her mocks; Young Carers group on
   Tuesdays; her mum to ring her every Sunday at 7.
3. Short breaks: the family asks the council for overnight breaks to start again ([[Harriet|name]] to chase by [[1 December|date]]).
4. [[Declan|name]]: physio for his back; GP review on [[20 November|date]]; "to ask for help before 2am".
5. If it goes wrong: [[Declan|name]] rings [[Bernie|name]] ([[07964 201 553|phone]]) first, then the duty line.
Signed by all who came. Review FGC: [[13 February 2027|date]].
Copies to: [[Declan Flanagan|name]], [[5 Kingsway|address]], [[LU5 4BA|postcode]]; [[Bernie Kavanagh|name]]; [[Peg Flanagan|name]] (by
post to
[[Knockaphunta|place]], [[Castlebar|place]], [[F23 X2Y7|postcode]]); [[Siobhán Flanagan|name]] (by email, at her request);
[[Harriet Noakes|name]] (SW).
""",
    ),
]
DOCS_F += [
    (
        "short breaks application form filled in by a father",
        """CHILTERN BEDS COUNCIL - SHORT BREAKS AND DIRECT PAYMENTS - APPLICATION (PART A, filled in by the parent)
[Form completed in capitals by the father and typed; his answers as written.]

1. CHILD'S FULL NAME: [[FLANAGAN, OISÍN PATRICK|name]]        KNOWN AS: [[OSH|name]] / [[OISÍN|name]]
2. DATE OF BIRTH: [[30 JAN 2013|dob]]      NHS NO: [[791 051 3127|nhs]]      UPN (IF KNOWN): [[L823261767364|upn]]
3. ADDRESS: [[5 KINGSWAY|address]], [[DOWNSIDE|place]], [[DUNSTABLE|place]]        POSTCODE: [[LU5 4BA|postcode]]
4. SCHOOL: [[WEATHERFIELD|school]]        KEY WORKER AT SCHOOL: MRS [[GURNEY|name]] ([[ANNE|name]])
5. PARENT/CARER 1: [[DECLAN FLANAGAN|name]]   DOB [[15/05/1975|dob]]   NI [[SK 40 28 61 D|ni]]   MOB [[07719 384 226|phone]]
   EMAIL: [[declan.flanagan75@gmail.com|email]]
6. PARENT/CARER 2: [[SIOBHAN FLANAGAN|name]] - LIVES IN IRELAND ([[BALLINA|place]]) SINCE 2019, NOT INVOLVED DAY TO DAY
7. OTHER CHILDREN IN THE HOUSE: [[NIAMH|name]] (16), DOB [[08/08/2010|dob]], AT [[ALL SAINTS|school]]
8. WHO ELSE HELPS: MY SISTER [[BERNIE|name]] ([[BERNADETTE KAVANAGH|name]]), [[3 BIDEFORD GREEN|address]], [[LEIGHTON
   BUZZARD|place]] - SORRY SHE MOVED, NOT [[HOUGHTON REGIS|place]] NOW. HER HUSBAND [[TOM|name]]. MY MAM IN [[CASTLEBAR|place]] BUT SHES 81.
9. WHAT DOES YOUR CHILD NEED? (IN YOUR OWN WORDS)
   [[OSH|name]] NEEDS EVERYTHING DOING FOR HIM. HOIST, PEG FEEDS AT 7, 12, 5 AND 10, TURNS AT NIGHT EVERY 3 HOURS, SUCTION,
   MEDS (KEPPRA, BACLOFEN). SEIZURES MOST NIGHTS - BUCCAL MIDAZOLAM IF OVER 5 MIN. HE LOVES MUSIC (THE SAW DOCTORS, PEPPA PIG
   SONGS STILL), THE SWIMMING AT DOWNSIDE POOL ON FRIDAYS AND HIS SISTER. HE CAN TELL YOU YES AND NO WITH HIS EYES.
10. WHAT BREAKS DID YOU HAVE BEFORE? HEATHFIELD 2 NIGHTS A MONTH TILL [[2 SEPT 2026|date]], THEN NOTHING.
11. WHAT DO YOU WANT? OVERNIGHTS BACK + A DIRECT PAYMENT FOR A NIGHT CARER SAT/SUN. WE HAVE A LADY, [[MAGDA|name]]
    ([[MAGDALENA WOJCIK|name]]) WHO WORKED AT HEATHFIELD AND KNOWS HIM, [[07588 413 960|phone]].
12. ANYTHING ELSE: PLEASE DONT LET THIS GO ON A WAITING LIST. I NEARLY LOST IT IN OCTOBER. [[NIAMH|name]] SHOULDNT BE DOING THIS.
SIGNED: [[D FLANAGAN|name]]       DATE: [[16/11/26|date]]
""",
    ),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 26 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:16 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "ps",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "insp",
    "cllr",
    "hhj",
    "nurse",
    "sister",
    "coach",
    "our",
    "me",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "tio",
    "tia",
    "avó",
    "avo",
    "avô",
    "mana",
    "maun",
    "mamãe",
    "father",
    "amai",
    "apostle",
    "abambo",
    "agogo",
    "azakhali",
    "ambuye",
    "pastor",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "inglaterra",
    "wales",
    "scotland",
    "britain",
    "uk",
    "united kingdom",
    "norfolk",
    "suffolk",
    "west suffolk",
    "cambridgeshire",
    "essex",
    "south essex",
    "hertfordshire",
    "herts",
    "bedfordshire",
    "central bedfordshire",
    "beds",
    "east of england",
    "east anglia",
    "timor-leste",
    "east timor",
    "timor",
    "portugal",
    "malawi",
    "the warm heart of africa",
    "africa",
    "south africa",
    "zambia",
    "ireland",
    "northern ireland",
    "europe",
}


_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
