"""Set 118: a held-out hand-written set for the redaction detector, six more invented families in Hartlepool, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or the files of the
helpers writing at the same time (bench/redaction_set119.py to redaction_set121.py and their tests), that did not run the
detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the
module docstrings (only) of bench/redaction_set7.py to redaction_set117.py, printed with ast and searched for town, district and
community names (to choose homes and communities no earlier set used), the module docstring and the `_party`, `Records` and
`HandSet` helpers of bench/redaction_handwritten.py, and the ruff settings in pyproject.toml. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families, all in and around Hartlepool, each at home in a district or village no earlier set's docstring names as a
family's home (earlier sets used Owton Manor and Seaton Carew, which appear here only as other people's homes). Four white
British: a young mother in Rift House with a grandmother in Rossmere (Tweddle / Ord; neglect, a mother's drinking after her
father's death, head lice, hunger, a partner who kicked the door in, a food bank voucher), a family in Dyke House with a father
in prison (Rowntree / Hart; a girl of 14 going missing and exploited by older men in cars, taxis booked for her, a mother's
partner who comes into her room), a family on the Headland (Skelton / Cairns; a pre-birth child protection plan, a mother on
methadone, a fisherman father away at sea, a grandmother who holds it together, a baby born with withdrawal), and kinship care
with grandparents in Greatham (Haswell / Kirby; two children found alone at night, a mother in supported housing in Seaton
Carew, a father in Darlington, a special guardianship assessment, a neighbour from Hong Kong who writes her name in Chinese).
Two from communities no earlier set used: a Botswanan family who speak Setswana in Clavering (Molefe / Sebego; a girl of 7 hit
with a belt, a boy of 12 left in charge while his mother, a sponsored care worker, works nights, a father in Tlokweng and a
grandmother in Mochudi), and a Swazi (Eswatini) family who speak siSwati in Throston Grange (Dlamini / Simelane; a girl of 15
to be taken to Eswatini to be married to a man chosen by her maternal uncle, a forced marriage protection order, a stop at the
airport). 24 documents, four a family, each in its own style: a social worker's home visit case note, a food bank e-voucher
referral form, a mother's texts typed up, a school's pastoral log export; strategy discussion minutes, a taxi firm's booking
log extract supplied to the police, a girl's phone notes-app entries typed up, a police officer's pocket notebook scanned with
OCR errors ("2O26", "Hart1epoo1", "C1avering", "Midd1esbrough"); a multi-agency chronology, a community pharmacy's missed-dose
notification, a maternity safeguarding birth plan, a grandmother's own letter typed as written; a primary school's body map
and referral, a child and family assessment's analysis, a family WhatsApp group in Setswana and English with a translation, a
care agency manager's email; a council solicitor's witness statement for a forced marriage protection order, a girl's Instagram
messages typed up, a Border Force safeguarding referral at an airport, a pastor's letter; a special guardianship assessment, a
supervised family time record, a family support worker's notes typed fast on a phone, and a family group conference plan.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid (phonenumbers), UK and foreign
(Botswana, Eswatini); NHS numbers and UPNs (LA 805) pass their check digits; NI numbers have a valid format. The council is
invented (Hartness Borough Council), and so are the taxi firm (Headland & Town Private Hire), the pharmacy (Headland Pharmacy),
the care agency (Teesside Homecare) and its home (Elwick Grange), the hostel (Bay View House), the church (Swazi Fellowship of
the North East, Bethel Setswana fellowship), the interpreting firm and the boat (the Ocean Harvest); towns, districts, villages,
real schools, hospitals, NHS trusts, GP practices, police forces, prisons, courts, charities, shops, clubs and apps are real or
realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Miss, Ms, Dr, PC,
PCSO, DC, BFO, Rev., Pastor, Nana, Nanna, Grandad, Great-Nana, Auntie, Aunty, Uncle, Mam, me; the
Setswana "Mma" and "Rra" used as Mrs and Mr and "Nkhono" (grandmother); the siSwati "Make" and "Babe" used as Mrs and Mr, or
for mother and father, "Gogo" (grandmother), "umalume" and "umfundisi") stay outside the name span; a WhatsApp sender saved
under a kinship word ("Nkhono") is not a name; every person's name is a name in every form, record or not, lower case included
("kayleigh", "ricky", "vula", "ridley"); "SURNAME, First" is one span ("ROWNTREE, Kacie", "DLAMINI, SIBUSISO MUSA"), and
so are "Surname, First" and "First SURNAME"; a first name with an initial after it ("Kacie R") and an initial with a surname
("D Pearson", "R. LAIDLER") are one span; an initial alone ("nana c", "b's back", "Miss R", "D - ask rick") is not marked; a
name broken by a line break is one span, and so are an address, a place, a school and a date; a name in Chinese script
("黃美玲") is a name, and the same woman's name in surname-first order ("Wong Mei-ling") is one span; Instagram handles
("@vulaa.dl_", "@elliejo.w") are not marked, while display names that are a person's name or nickname ("vula", "Ellz") are; a
family name in a WhatsApp group's title ("Ba ga Molefe") is a name; a false name a child gave the police ("Kacey ROWE") is a
name. A street address is one span, its town a place, its postcode a postcode; a street named without a number is an address,
and so is a neighbour's bare house number ("no. 31", "29", "No 7") and an address abroad ("Plot 118, Fairview North",
Manzini; "Plot 2214", Tlokweng); towns, villages, districts and estates are places at home or abroad ("Hart", "Seaton", "Darlo",
"Seal Sands", "Tlokweng", "Fairview"); countries, counties and regions are not ("Botswana", "Eswatini", "Hong Kong", "County
Durham", "Teesside"); organisations are not marked even when they hold a town's or a person's name (Hartlepool Foodbank,
Citizens Advice Hartlepool, Hartlepool Recovery Hub, Headland Medical Centre, Greatham Surgery, Greatham Community Centre,
Throston Community Hall, Rift House community centre, Elwick Grange, Middleton Grange shopping centre, Teesside Park, Mill
House, the Raby Arms, Golden Dragon, Nice 'n' Sharp, Thirteen Group, HMP Holme House, the Family Court sitting at
Middlesbrough); a school's or nursery's name and its short form are a school ("High Tunstall", "St Hild's", "dyke house",
"Little Acorns"); a date of birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and a
bare day in a list or a range ("3", "7" and "11 November"; "14"-"16 June"; "the 5th") is a date span of its own; months and
years alone ("March 2023", "feb", "in 2019", "spring of 2028") are not marked; pets (Bella the Staffie) are not names; a
surname or first name that is also a word or a town is marked by what it refers to ("Hart" is a name for Lee Hart and a place
for the village; "Durham", "Brooklyn", "May", "Bell", "Lamb", "Hardy", "Joy", "Neo" are names when they are people).

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: OCR'd digits inside a date,
a date of birth or a place ("12/11/2O26", "O4/O2/2OO4", "Hart1epoo1") are marked as what they stand for; a hospital named by its
area ("north tees") is an organisation; "the Headland" and "Seaton" (for Seaton Carew) are places, and a team named by its towns
("Hartlepool & Seaton team") marks the towns; the cities on a flight route ("Newcastle - Dubai - Johannesburg") are places,
while the airport (Newcastle International Airport) is an organisation; "The Front" at Seaton Carew is an address; a football
club's nickname ("the boro") is an organisation; a barred or booking phone number in a taxi log is a phone wherever it appears;
a phone a worker wrote down by mistake is still a phone; the siSwati "Babe" standing alone for a father is a kinship word, not a
name; a nickname in quotation marks inside a full name ("Margaret ("Peggy") Cairns") is split into its names; the flight, CAD,
case, voucher, occurrence, alert, hospital and court numbers, a GPhC registration and a collar or officer number are not marked.

Self-check without the detector: `python -m bench.redaction_set118` (and tests/test_redaction_set118.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and counties, regions
and countries, and prints the number of documents and gold spans per kind: 24 documents, 1,033 gold spans, 564 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Tweddle / Ord family (white British), Rift House, Hartlepool, with a grandmother in Rossmere -------------------------

HOME_A = d.Address("27 Kesteven Road", "Rift House", "Hartlepool", "TS25 4DX")
NAN_A = d.Address("8 Brierton Lane", "Rossmere", "Hartlepool", "TS25 5AG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Brooklyn", "Tweddle")], dt.date(2017, 6, 14), addresses=[HOME_A], ids=["7817056994", "D805283907476"],
       schools=["Rift House Primary School"]),
    _p("s", "sibling", [("Tommy-Lee", "Ord")], dt.date(2023, 2, 8), addresses=[HOME_A], ids=["7392513508"]),
    _p("m", "mother", [("Kayleigh", "Tweddle")], dt.date(1996, 10, 2), addresses=[HOME_A], phones=["07917 669 941"],
       ids=["JT 48 21 67 B"]),
    _p("f", "father", [("Craig", "Ord")], dt.date(1993, 4, 19), addresses=[HOME_A], phones=["07752 882 693"]),
    _p("g", "grandparent", [("Pauline", "Tweddle")], dt.date(1971, 1, 23), addresses=[NAN_A], phones=["01429 273 418"]),
    _p("p1", "professional", [("Gemma", "Coulson")], phones=["01429 866 502"], emails=["gemma.coulson@hartness.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """HARTNESS BOROUGH COUNCIL - CHILDREN'S SERVICES
Case note: home visit (unannounced)      Child: [[Brooklyn TWEDDLE|name]] (DOB [[14.06.2017|dob]])      Case ref: CS-805-22917
Date of visit: Tuesday [[3 November 2026|date]], 15:40-16:55      Worker: [[Gemma Coulson|name]], Social Worker, South Locality Team
Present: [[Kayleigh Tweddle|name]] (mother), [[Brooklyn|name]] (9), [[Tommy-Lee|name]] (3), and for part of the visit [[Craig Ord|name]]
(father of [[Tommy-Lee|name]])
Address: [[27 Kesteven Road|address]], [[Rift House|place]], [[Hartlepool|place]] [[TS25 4DX|postcode]]

Purpose: follow-up to the referral from [[Rift House
Primary|school]] on [[29/10/2026|date]] ([[Brooklyn|name]] hungry at school,
head lice untreated for several weeks, 71% attendance this half term) and to see the home conditions.

Observations: [[Kayleigh|name]] answered after several knocks and said she had been "having a lie down". The front room was cold
(the meter had run out, she said, on the Sunday) and [[Tommy-Lee|name]] was in a vest and nappy that needed changing. There were
takeaway boxes and two empty bottles of cider by the sofa, and dog mess in the back kitchen from the Staffie (Bella). The fridge
held milk, a tub of butter and some yoghurts; the cupboards had cereal and noodles. Upstairs, [[Brooklyn|name]]'s bed had no sheet
and the duvet smelt of urine; [[Kayleigh|name]] said "[[Brook|name]]'s been wetting again since [[Craig|name]] came back".

[[Brooklyn|name]] came in from school at 15:55 walked home by a neighbour, [[Sandra Lowther|name]] from [[no. 31|address]], who said
she has been "giving the bairn her tea most nights". I spoke with [[Brooklyn|name]] alone in the kitchen. She said she likes Mrs
[[Pearson|name]] her teacher, that Nana [[Pauline|name]] in [[Rossmere|place]] "does my hair and gets the nits out" and that she
sometimes goes to the Spar on [[Brierton Lane|address]] for bread when Mum is asleep, where "[[Raj|name]] gives me a free
freddo". She said Mum and [[Craig|name]] "shout about money" and that [[Craig|name]] once threw the remote at the telly.

[[Craig Ord|name]] arrived at 16:20 from work (he said he has started at a scaffolding firm in [[Billingham|place]]). He was calm and
said the heating would be sorted tonight; he gave his mobile as [[07752 882 693|phone]]. He agreed that [[Kayleigh|name]] has been
drinking since her dad died on [[19 August|date]] and said he "can't be there all day".

Actions agreed: Food parcel via the food bank (voucher done today). I will ring Nana [[Pauline Tweddle|name]] on [[01429 273 418|phone]]
about her having the children after school on Wednesdays and Thursdays. [[Kayleigh|name]] to book
GP appointment at the McKenzie Group Practice about her drinking; referral to the local alcohol service
(Hartlepool Recovery Hub). Health visitor [[Nicola Bainbridge|name]] to do [[Tommy-Lee|name]]'s 3-year review. Next visit by
[[17/11/2026|date]].
Child seen alone: yes. Signed: [[G. Coulson|name]] [[03/11/26|date]]
"""),
    ("food bank e-voucher referral form", """HARTLEPOOL FOODBANK - e-VOUCHER (Referral agency: Hartness BC Children's Services,
South Locality)
Voucher code: HFB-26-11-0384          Issued: [[03/11/2026|date]]          Valid until: [[17/11/2026|date]]
Referrer name: [[Gemma Coulson|name]]    Referrer phone: [[01429 866 502|phone]]
Referrer email: [[gemma.coulson@hartness.gov.uk|email]]

CLIENT DETAILS
Surname: [[TWEDDLE|name]]              Forename: [[KAYLEIGH|name]]             Date of birth: [[02-10-1996|dob]]
Address line 1: [[27 KESTEVEN ROAD|address]]      Area: [[RIFT HOUSE|place]]      Town: [[HARTLEPOOL|place]]
Postcode: [[TS25 4DX|postcode]]         Contact no.: [[07917 669 941|phone]]
Adults in household: 2 ([[Kayleigh|name]], partner [[Craig ORD|name]])     Children: 2 - ages 9 and 3
Child 1 first name / age: [[Brooklyn|name]] / 9      Child 2 first name / age: [[Tommy-Lee|name]] / 3
Dietary needs: none.  Pet food needed: YES (dog)    Baby items: nappies size 6, wipes
Can the client collect? NO - no bus fare. Delivery please to the address above, not before 11am.
Nearest distribution centre: Rift House community centre (Tues/Fri). Back-up: St Hilda's church hall on the [[Headland|place]].

REASON FOR REFERRAL (tick): [x] benefit delay  [x] debt  [ ] homeless  [x] low income  [ ] sickness  [x] other
Other: mother's Universal Credit sanction from [[12 October|date]]; partner's first wage not until [[20 November|date]].
Has the client used the food bank in the last 6 months? YES - [[04/06/2026|date]] (voucher from [[Rift House|school]] school
office, Mrs [[Dawn Pearson|name]]) and [[9 Sept|date]] (Citizens Advice Hartlepool).
Also referred to: Hartlepool Fuel Poverty scheme; Hartness Holiday Activities and Food (HAF) for [[Brooklyn|name]].

Referrer's note to volunteers: please knock loud - mum may be asleep. If no answer, the nan [[Pauline Tweddle|name]]
([[8 Brierton Lane|address]], [[TS25 5AG|postcode]]) will take it in. Neighbour at [[29|address]] ([[Sandra|name]]) also happy to.
"""),
    ("mother's text messages to the social worker typed up for the file", """Text messages between [[Kayleigh Tweddle|name]]
([[07917 669 941|phone]]) and
the social worker's work mobile, typed up by [[Gemma Coulson|name]] on [[18/11/2026|date]] for the file. Spelling as sent.

[[4 Nov|date]] 08:12 [[kayleigh|name]]: hiya its [[kayleigh tweddle|name]] the food parcel come thanks. [[brook|name]] is in school today x
[[4 Nov|date]] 08:30 SW: Thanks for letting me know [[Kayleigh|name]]. Did the GP ring you back?
[[4 Nov|date]] 09:55 [[kayleigh|name]]: no not yet. my mams taking [[tommy lee|name]] 2day so i can get sorted
[[6 Nov|date]] 22:47 [[kayleigh|name]]: [[craig|name]] has gone mental and smashed the door cos i was at [[shaz|name]]s. the bairns
are asleep hes gone
to his brothers in [[owton manor|place]]
[[6 Nov|date]] 22:48 [[kayleigh|name]]: dont ring the police pls it wil make it worse
[[7 Nov|date]] 08:05 SW: [[Kayleigh|name]], I've seen your messages. Are you and the children safe now? I'll ring at 9. If he comes
back and you are scared, ring 999.
[[7 Nov|date]] 08:09 [[kayleigh|name]]: ye were fine. [[sandra|name]] next door put a board up on the door. her lad [[mikey|name]] done it
[[10 Nov|date]] 14:20 [[kayleigh|name]]: can u tell school [[brook|name]] wont be in shes got a temp. my mam says shes took her to
[[seaton|place]]
for chips not school haha joke
[[10 Nov|date]] 14:22 SW: Please ring the school office yourself on 01429 - I'll let Mrs [[Pearson|name]] know too.
[[12 Nov|date]] 19:31 [[kayleigh|name]]: just so u no [[craig|name]] is back he says sorry. hes going on the course at harbour. his
new number
is [[07865 188 560|phone]] the other one got cut off
[[13 Nov|date]] 10:02 [[kayleigh|name]]: the gp said go to the hub on [[park road|address]], i went. the woman was nice [[jo|name]]
or [[joanne|name]]
[[15 Nov|date]] 11:40 [[kayleigh|name]]: me nan [[betty|name]] is in the hospital at north tees so were going up there wed
[[17 Nov|date]] 07:58 [[kayleigh|name]]: [[gemma|name]] can u ring me b4 conference pls x
"""),
    ("school pastoral concern log export (CPOMS-style)", """[[Rift House Primary School|school]] - safeguarding and pastoral log
export for children's services
Pupil: [[Tweddle, Brooklyn|name]]   Year 5 (Mrs [[Pearson|name]]'s class)   UPN: [[D805283907476|upn]]   DOB: [[14/06/2017|dob]]
NHS no. (from admissions form): [[781 705 6994|nhs]]
Exported [[19-11-2026|date]] 16:02 by [[Dawn Pearson|name]] (DSL)

[[08/09/2026|date]] 09:05 | Attendance | Late (09:40). Mum says alarm. Sibling [[Tommy-Lee|name]] in pram, no coat. - [[A. Horsley|name]]
(office)
[[15/09/2026|date]] 12:20 | Health | Head lice seen again; letter home (3rd). [[Brooklyn|name]] says "Mam hasn't got the comb." - [[D
Pearson|name]]
[[02/10/2026|date]] 10:15 | Wellbeing | [[Brooklyn|name]] asleep in guided reading. Said she was up "cos [[Craig|name]] and Mam was
fighting". Passed to DSL. - [[Liam Ferry|name]] (TA)
[[02/10/2026|date]] 13:30 | DSL action | Spoke to [[Brooklyn|name]]. No marks seen. Rang mum: no answer. Rang Nana
[[Pauline|name]] ([[01429 273 418|phone]]), who will collect. - [[D Pearson|name]]
[[16/10/2026|date]] 11:00 | Food | Ate two breakfasts at breakfast club and asked for toast to take home "for [[Tommy|name]]".
- [[K. Mahmood|name]] (breakfast club)
[[29/10/2026|date]] 09:30 | DSL action | Referral to Children's Hub (form ref CH-26-44810). Spoke to [[Gemma Coulson|name]] SW
[[3 Nov|date]]. - [[D Pearson|name]]
[[11/11/2026|date]] 15:10 | Collection | Collected by an adult not on the list: "[[Shaz|name]]" ([[Sharon Kell|name]]), mum's friend,
[[07542 977 956|phone]]. Mum rang to agree at 15:14. Reminded mum of the policy. - [[A. Horsley|name]]
[[16/11/2026|date]] 08:50 | Disclosure | [[Brooklyn|name]] told Mr [[Ferry|name]] Mam's boyfriend "kicked the door in" last week and
she hid in the bath with [[Tommy-Lee|name]]. Police not called. Passed to SW same day. - [[L Ferry|name]]
[[18/11/2026|date]] 14:00 | Attendance | 74% this term. Meeting with mum at Hartness attendance team booked [[24th|date]]. - [[A.
Horsley|name]]
"""),
]


# --- B. Rowntree / Hart family (white British), Dyke House, Hartlepool, with a father in prison -----------------------------

HOME_B = d.Address("14 Hutton Avenue", "Dyke House", "Hartlepool", "TS24 8JD")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Kacie", "Rowntree")], dt.date(2012, 5, 30), addresses=[HOME_B], ids=["4979996426", "B805215318484"],
       schools=["Dyke House Academy"], phones=["07470 180 572"]),
    _p("s", "sibling", [("Alfie", "Rowntree")], dt.date(2015, 12, 9), addresses=[HOME_B], ids=["5675953434"],
       schools=["West View Primary School"]),
    _p("m", "mother", [("Shannon", "Rowntree")], dt.date(1990, 8, 27), addresses=[HOME_B], phones=["07418 244 353"]),
    _p("f", "father", [("Gary", "Pounder")], dt.date(1987, 3, 3)),
    _p("x", "mother's partner", [("Lee", "Hart")], dt.date(1985, 9, 12), addresses=[HOME_B], phones=["07760 914 974"]),
    _p("p1", "professional", [("Adam", "Raine")], phones=["01429 235 971"], emails=["adam.raine@hartness.gov.uk"]),
], "c")

DOCS_B = [
    ("strategy discussion minutes", """STRATEGY DISCUSSION - MINUTES (Section 47 threshold: child exploitation)
Child: [[ROWNTREE, Kacie|name]], DOB [[30 May 2012|dob]], [[14 Hutton Avenue|address]], [[Dyke House|place]], [[TS24 8JD|postcode]]
Date/time: Friday [[13 November 2026|date]] 10:00, via Teams      Chair: [[Adam Raine|name]], Team Manager, Hartness Children's Hub
Present: [[Adam Raine|name]] (chair); DC [[Rachel Sowerby|name]], Cleveland Police Vulnerability Hub; [[Ellie Nattrass|name]], Social
Worker; [[Mark Heslop|name]], DSL, [[Dyke House Academy|school]]; [[Sue Ainsley|name]], school nurse; [[Tariq Hussain|name]], Missing
and Exploitation Team. Minutes: [[Jade Ellwood|name]] (business support)

1. Reason: [[Kacie|name]] (14) reported missing 3 times in 10 days ([[3|date]], [[7|date]] and [[11 November|date]]). On
[[12/11|date]] at 02:15
she was found by officers in a silver Vauxhall Corsa, [[NL19 KXE|vehicle]], in a lay-by on the A179 near [[Hart|place]] with two males:
[[Ricky Marley|name]] (19, of [[Clavering|place]]) and a male who gave the name "[[Dino|name]]" (believed [[Dean Osborne|name]], 22, of
[[Middlesbrough|place]]). Cannabis and two bottles of vodka in the car. [[Kacie|name]] had £80 and a new iPhone.
2. Family: mother [[Shannon Rowntree|name]] ([[07418 244 353|phone]]) lives with her partner [[Lee Hart|name]] and [[Kacie|name]]'s
brother [[Alfie|name]] (10, [[West View Primary|school]]). Father [[Gary Pounder|name]] is in HMP Holme House (release expected in the
spring of 2028). Mum says [[Kacie|name]] and [[Lee|name]] "clash"; [[Kacie|name]]
says [[Lee|name]] grabbed her by the throat in October. [[Lee Hart|name]] has a 2019 caution for assault (not on a child).
3. School (Mr [[Heslop|name]]): attendance 58%; seen getting into a black Audi A3 [[YX67 FHD|vehicle]] at the gates on [[9/11|date]];
friend [[Skye Dunn|name]] (Y10) also going missing. Both girls show money and vapes. [[Kacie|name]] told the pastoral lead,
Miss [[Readman|name]], she is "with [[Ricky|name]]" and he "looks after" her.
4. Police (DC [[Sowerby|name]]): [[Marley|name]] is known for supply in [[Stockton|place]] and [[Thornaby|place]]; the Audi is
registered to a hire firm in [[Leeds|place]]. Intelligence that girls are taken to a flat above a barber's on [[York Road|address]].
5. Decision: threshold for s47 met (CCE/CSE). Joint visit today by [[Ellie|name]] and DC [[Sowerby|name]]. Disruption: CAWN notices
for [[Marley|name]] and [[Osborne|name]]. Safety plan with [[Shannon|name]]; [[Kacie|name]]'s phone number [[07470 180 572|phone]] to be
shared with the police for the missing protocol. Referral to MACE panel on [[20 Nov|date]]. [[Skye|name]]: separate referral to her
home authority - [[Tariq|name]] to do. Next strategy review: Tues [[24/11/26|date]].
"""),
    ("taxi firm's booking log extract supplied to the police", """HEADLAND & TOWN PRIVATE HIRE LTD - booking system extract (export
.csv, tidied)
Supplied to DC [[R Sowerby|name]], Cleveland Police, under a data protection request, [[16/11/2026|date]]. Account: cash / app.
Columns: Booked | Pick-up | Drop-off | Passenger name given | Booked from (phone) | Driver | Fare

[[01/11/2026|date]] 23:41 | [[14 Hutton Ave|address]] | [[Clavering|place]] (Spar, [[Clavering Rd|address]]) | [[kacie|name]] |
[[07470 180 572|phone]] | #112
[[Pete Lamb|name]] | £9.20 paid by [[Ricky|name]] (app)
[[03/11/2026|date]] 21:05 | [[Hutton Avenue|address]] / corner of [[Brougham Terrace|address]] | [[Thornaby|place]] train station |
[[Kacie R|name]]
| [[07944 263 235|phone]] | #087 [[Shabaz Ali|name]] | £31.00
[[07/11/2026|date]] 20:30 | [[Dyke House Academy|school]] gates | [[York Rd|address]] (Nice 'n' Sharp barbers) | [[Skye|name]] |
[[07950 570 232|phone]] |
#112 [[P Lamb|name]] | £6.80
[[07/11/2026|date]] 23:58 | [[York Rd|address]] | [[North Ormesby|place]], [[Middlesbrough|place]] ([[Westbourne Grove|address]]) |
"[[Dino|name]]"
| [[07944 263 235|phone]] | #203 [[Jozef Novak|name]] | £28.50 - 3 passengers, 2 girls young looking (driver note)
[[08/11/2026|date]] 04:12 | [[Westbourne Grove|address]], [[TS3 6EF|postcode]] | [[14 Hutton Ave|address]], [[Hartlepool|place]] |
[[Kacie|name]]
| [[07470 180 572|phone]] | #203 [[J Novak|name]] | £30.00 cash
[[11/11/2026|date]] 22:15 | [[Seaton Carew|place]] (bus station, [[The Front|address]]) | [[Hart|place]] village, the Raby Arms? lay-by |
[[Ricky|name]] | [[07944 263 235|phone]] | #087 [[S Ali|name]] | £12.40

Note from the office manager, [[Linda Bewick|name]]: drivers #087 and #203 both reported the girls to the office. #203 wrote on the
job: "girls said they were 18, look 14/15, one called the other [[Kase|name]]". We have now barred [[07944 263 235|phone]] from
booking. Driver #112 [[Peter Lamb|name]] is suspended pending our own investigation. Contact: [[01429 284 163|phone]].
"""),
    ("a girl's phone notes-app entries, photographed by her mother and typed up by the social worker", """Typed up by
[[Ellie Nattrass|name]]
(SW) on [[17.11.26|date]] from 9 photos [[Shannon|name]] took of [[Kacie|name]]'s Notes app on [[15th Nov|date]]. [[Kacie|name]]
knows and agreed
we could keep them. Her spelling kept. Dates are the note dates shown on the phone.

Note - "thingz" - [[28 Oct 2026|date]]
[[ricky|name]] says im mature for my age. he said he will take me to [[newcastle|place]] for my birthday. its not til may lol
[[skye|name]] says [[dino|name]] is a creep. she calls him [[dino|name]] the dinosaur cos hes old

Note - (no title) - [[2 Nov 2026|date]]
[[lee|name]] came in my room again when mam was at work. i put the chair against the door. i text [[alfie|name]] to stay in his room
and play
fortnite with his headphones on. i hate him i hate him
if i tell mam she will pick [[lee|name]] she always does

Note - "numbers" - [[5 Nov 2026|date]]
[[rick|name]] [[07944 263 235|phone]]
D - ask [[rick|name]]
nana [[pounder|name]] (dads mam) [[01429 552 684|phone]] - she lives [[seaton|place]] [[station lane|address]] by the bakers
[[skye|name]]s new one [[07745 239 183|phone]]
[[Courtney|name]] from [[dyke house|school]] [[07775 283 888|phone]]

Note - "dont forget" - [[9 Nov 2026|date]]
£40 to [[rick|name]] for the phone. hes saying i owe him for it now when he said it was a present
dont go in the back room at the barbers
Miss R is nice but she will tell

Note - (no title) - [[12 Nov 2026|date]]
police got us at [[hart|place]]. [[dino|name]] was driving and he was steaming. the police lady was kind her name was [[Becky|name]]
or [[Bex|name]].
i said i was 16. the car is his cousins [[Jordan|name]]s
[[alfie|name]] was crying when i got home at 4. mam said she is done with me
"""),
    ("police officer's pocket notebook pages, scanned and OCR'd for disclosure", """[scan: PNB 0041877, pages 22-24, PC 1460
[[R. LAIDLER|name]]; OCR text below, not corrected]

Date [[12/11/2O26|date]]     Time O2O5     Location A179 Iay-by approx 4OOm W of [[Hart|place]] viIIage
Vehic1e stop. Si1ver Vauxha11 Corsa VRM [[NL19 KXE|vehicle]]. 3 occupants.
Driver: states name as [[Dean OSBORNE|name]], DOB [[O4/O2/2OO4|dob]], addr [[Flat 3, 61 Linthorpe Road|address]],
[[Midd1esbrough|place]]. Smel1 of intoxicating liquor. Breath test: fai1 (52). Arrested O2O9.
Front passenger: [[MARLEY, Richard|name]] aka "[[Ricky|name]]" DOB [[22/O7/2OO7|dob]] of [[9 Brus Tce|address]],
[[C1avering|place]], [[Hart1epoo1|place]]. Cannabis (approx 3g) found in door pocket. Street bail / VS.
Rear passenger: female, initia11y gave name "[[Kacey ROWE|name]]" age 16. Later confirmed by contro1 as [[Kacie ROWNTREE|name]]
DOB [[3O/O5/2O12|dob]], MISPER (CAD 4417 of [[11/11|date]]). Upset, c1ean but co1d, 1ight jacket, no shoes on.
Said "[[Dino|name]] was on1y giving me a 1ift". i-Phone in her hand - new, box in footwe11.
O225 conveyed by PCSO [[Bex Tindall|name]] to home address [[14 Hutton Ave|address]]. Mother [[Shannon|name]] present
with partner [[Lee HART|name]]. Mr [[Hart|name]] shouting "keep her then". Child taken to maternal friend
[[Michelle Coates|name]], [[22 Raby Gardens|address]], [[TS24 8AS|postcode]] (agreed by mother) for the night.
Intel submitted re [[YX67 FHD|vehicle]] (Audi) seen fo11owing at [[Brenda Road|address]] rbt O158.
PVP submitted. [[Kacie|name]] disc1osed to PCSO [[Tindall|name]] "[[Lee|name]] is the prob1em not [[Ricky|name]]".
Signed [[R Laidler|name]] PC 146O     [[12.11.2O26|date]]
"""),
]


# --- C. Skelton / Cairns family (white British), the Headland, Hartlepool -------------------------------------------------

HOME_C = d.Address("12 Friar Terrace", "Headland", "Hartlepool", "TS24 0PB")
NAN_C = d.Address("5 Marine Crescent", "Headland", "Hartlepool", "TS24 0PA")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Sonny", "Cairns")], dt.date(2026, 11, 2), addresses=[HOME_C], ids=["4531586557"]),
    _p("s", "sibling", [("Ruby-Mae", "Skelton")], dt.date(2018, 3, 21), addresses=[HOME_C], ids=["7772161204", "B805271862375"],
       schools=["St Helen's Primary School"]),
    _p("m", "mother", [("Lindsey", "Skelton")], dt.date(1993, 7, 7), addresses=[HOME_C], phones=["07593 224 282"],
       ids=["5944939060", "NP 62 19 04 D"]),
    _p("f", "father", [("Jamie", "Cairns")], dt.date(1991, 2, 16), addresses=[HOME_C], phones=["07976 303 744"]),
    _p("g", "grandparent", [("Margaret", "Cairns")], dt.date(1962, 12, 1), addresses=[NAN_C], phones=["01429 815 614"]),
    _p("p1", "professional", [("Helen", "Durham")], phones=["01642 617 380"], emails=["helen.durham1@nhs.net"]),
], "c")

DOCS_C = [
    ("multi-agency chronology for a pre-birth child protection case", """MULTI-AGENCY CHRONOLOGY - Unborn / [[Sonny CAIRNS|name]]
(born [[02/11/2026|dob]]), NHS [[453 158 6557|nhs]]. Mother: [[Lindsey SKELTON|name]] (DOB [[07/07/1993|dob]], NHS
[[594 493 9060|nhs]], NI [[NP 62 19 04 D|ni]]). Father: [[Jamie CAIRNS|name]] (DOB [[16/02/1991|dob]]). Sibling: [[Ruby-Mae SKELTON|name]]
(DOB [[21/03/2018|dob]], UPN [[B805271862375|upn]], NHS [[777 216 1204|nhs]]). Address: [[12 Friar Terrace|address]], [[Headland|place]],
[[Hartlepool|place]] [[TS24 0PB|postcode]]. Compiled by [[Owen Pickering|name]], SW, Hartness Children's Services, [[25/11/2026|date]].

Date | Source | Event | Significance
[[14/03/2026|date]] | GP (Headland Medical Centre) | [[Lindsey|name]] tells GP she is 8 weeks pregnant; on methadone 60ml daily
via the Recovery Hub since 2023 | Booking advised
[[02/04/2026|date]] | Midwifery (UHNT) | Booking with community midwife [[Helen Durham|name]]. Discloses heroin use "on and off" in
January; partner [[Jamie|name]] "on the boats" out of the marina, away 4-5 nights a week | Referral to Children's Hub
[[10/04/2026|date]] | Children's Hub | Referral received; strategy not needed; pre-birth assessment allocated to [[O Pickering|name]] |
[[21/05/2026|date]] | School ([[St Helen's|school]]) | [[Ruby-Mae|name]] (8) says Mammy "falls asleep standing up"; found a foil in her
bag. DSL [[Claire Hodgson|name]] | Shared with SW same day
[[03/06/2026|date]] | Police | Call from neighbour [[Derek Pybus|name]] ([[no. 14|address]]): shouting, glass smashed. [[Jamie|name]]
arrested, NFA. Occurrence ref noted | DA now part of the picture
[[17/06/2026|date]] | Pharmacy | 3 missed doses ([[14|date]]-[[16 June|date]]); script suspended then restarted | See form of
[[17 June|date]]
[[09/07/2026|date]] | Initial child protection conference | Unborn subject to a CP plan (neglect). Paternal grandmother Mrs
[[Margaret Cairns|name]] ("[[Peggy|name]]") of [[5 Marine Crescent|address]] offers support |
[[12/08/2026|date]] | Hartlepool Recovery Hub | Keyworker [[Aaron Teasdale|name]]: clean urine x3; engaging well | Positive
[[30/09/2026|date]] | Midwifery | Safeguarding birth plan agreed with [[Lindsey|name]] and [[Jamie|name]] (see plan) |
[[02/11/2026|date]] | Maternity, UHNT | [[Sonny|name]] born 37+2, 2.6kg; NAS scoring; neonatal unit at North Tees for 9 days |
[[11/11/2026|date]] | Hospital social work | Discharge meeting. Baby home with parents on [[12/11|date]] with daily visits, nan
[[Peggy|name]] staying over | Plan agreed
[[19/11/2026|date]] | Health visitor [[Asha Nair|name]] | New birth visit: baby well, weight up; mum tired; [[Jamie|name]] due back
to sea [[1 December|date]] | Who supports when he's away?
"""),
    ("community pharmacy missed-dose notification form", """HEADLAND PHARMACY - Supervised consumption: missed dose notification
(to prescriber and keyworker; copy to social worker with patient consent, signed [[10/04/2026|date]])
Patient: [[Skelton|name]], [[Lindsey|name]]     DOB: [[07.07.93|dob]]     Address: [[12 Friar Tce|address]], [[Hartlepool|place]]
[[TS24 0PB|postcode]]
Medicine: methadone 1mg/ml oral solution, 60ml daily, supervised Mon-Sat, Sunday takeaway
Prescriber: Dr [[S. Okafor|name]], Hartlepool Recovery Hub     Keyworker: [[Aaron Teasdale|name]]
Missed: Sun [[14/06|date]] (takeaway not collected Sat), Mon [[15/06|date]], Tue [[16/06|date]]
Pharmacist: [[Imran Qureshi|name]] (GPhC 2071448)     Date of notification: [[17/06/2026|date]]

Notes: On the Saturday ([[13th|date]]) the patient's partner [[Jamie|name]] came in at 17:50 to collect the Sunday bottle; we
refused as he is not a nominated collector. He was angry and said she was "bad with sickness and the bairn's kicking". I
offered a call with the patient; number given [[07593 224 282|phone]] - no answer. A woman who said she was the patient's
mother-in-law, Mrs [[Cairns|name]], rang at 18:05 from [[01429 815 614|phone]] and asked if she could come in. Told her the same.
On Wed [[17th|date]] the patient attended at 09:10 with her daughter ([[Ruby|name]]?) in school uniform, looked unwell and
said she had been "at me mam's in [[Seaton|place]]" with no money for the bus. She is 23 weeks pregnant. Dose not given
(3 days missed) - advised to see the prescriber today. She said "don't tell social". I told her this form goes to her
keyworker and the social worker as she agreed in April.
Signed [[I. Qureshi|name]]
"""),
    ("safeguarding birth plan (maternity alert)", """NORTH TEES AND HARTLEPOOL NHS FOUNDATION TRUST - MATERNITY SAFEGUARDING BIRTH PLAN
Mother: [[Lindsey Skelton|name]]   Hospital no. H0783311   NHS: [[594 493 9060|nhs]]   EDD: [[12/11/2026|date]]
Address: [[12 Friar Terrace|address]], The [[Headland|place]], [[TS24 0PB|postcode]]   Tel: [[07593 224 282|phone]]
Partner/father: [[Jamie Cairns|name]] [[07976 303 744|phone]] (fisherman - may be at sea; skipper's number via the harbour office)
Named midwife: [[Helen Durham|name]], community midwife ([[Hartlepool|place]] & [[Seaton|place]] team), [[01642 617 380|phone]],
[[helen.durham1@nhs.net|email]]      Social worker: [[Owen Pickering|name]], [[01429 521 479|phone]] (office)
Plan agreed at the core group on [[30 September 2026|date]] with both parents present.

1. On admission in labour, ward staff to ring the SW (or the Emergency Duty Team out of hours) - this is not a plan to remove.
2. Baby may go home with parents when medically fit, after a discharge planning meeting.
3. People who may visit: [[Jamie|name]]; paternal grandmother [[Margaret|name]] ("[[Peggy|name]]") [[Cairns|name]];
[[Ruby-Mae|name]] (with an adult); [[Lindsey|name]]'s
friend [[Tanya Hird|name]].
4. People who may NOT visit or be given information: maternal uncle [[Shaun Skelton|name]] (known supplier); [[Lindsey|name]]'s
ex-partner [[Wayne Gatenby|name]] (non-molestation order until [[1 March 2027|date]]). Photo of [[Gatenby|name]] on ward file.
5. NAS observations 72 hours minimum; breastfeeding supported (methadone is not a bar).
6. If Dad is at sea, [[Peggy|name]] is the second person to attend. Her phone: [[01429 815 614|phone]].
Midwife's note: [[Lindsey|name]] asked that her birth partner be [[Tanya|name]] and not her own mam, who lives in [[Seaton
Carew|place]] and "would kick off". Noted.
"""),
    ("a grandmother's own letter to the conference chair, typed up as written", """Typed from a handwritten letter handed in at reception,
[[23/11/2026|date]]. Layout and spelling as written.

                                                                     [[5 Marine Cresent|address]]
                                                                     The [[Headland|place]]
                                                                     [[Hartlepool|place]]
                                                                     [[TS24 0PA|postcode]]
                                                                     Sunday [[22nd Nov|date]]
Dear Mrs [[Lockwood|name]] (the chair lady),

I am [[Jamie|name]]s mother, [[Peggy Cairns|name]], Nana to [[Sonny|name]] and I have been Nana to [[Ruby-Mae|name]] since she was two
even tho she is not my blood. I am writing because I cannot come to the meeting on the [[1st|date]] as I have my hospital
appointment for my knee at [[Hartlepool|place]] and they will not change it again.

I want you to know I am there every day. I go round at 7 in the morning and do [[Sonny|name]]s bottle so [[Lindsey|name]] can get
her dose at the chemist and I take [[Ruby|name]] to [[St Helens|school]]. She is doing lovely her teacher Miss [[Dobson|name]]
says she is a good reader. When our [[Jamie|name]] goes back to sea on the [[1st December|date]] he is on the Ocean Harvest out
of [[Peterhead|place]] this time not [[Hartlepool|place]] so it is 10 days away. I will stay over them nights. My husband
[[Tommy|name]] (Grandad [[Tom|name]]) will have the dog.

I know [[Lindsey|name]] has been bad in the past but she is trying her best. The one you want to worry about is her brother
[[Shaun|name]] who come round on the [[20th|date]] wanting money, I sent him packing. I think he lives in [[Belle Vue|place]] in
[[Middlesbrough|place]] now or with his lass in [[Grangetown|place]]. My neighbour [[Marjorie|name]] at [[No 7|address]] seen him too.

You can ring me any time on [[01429 815 614|phone]] (house) or my mobile [[07531 283 966|phone]] my grandson [[Connor|name]] set it up.
Yours sincerly
[[Margaret Cairns|name]] ([[Peggy|name]])
"""),
]


# --- D. Molefe / Sebego family (Botswanan, Setswana-speaking), Clavering, Hartlepool --------------------------------------

HOME_D = d.Address("19 Merlin Way", "Clavering", "Hartlepool", "TS27 3QF")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Lorato", "Molefe")], dt.date(2019, 4, 11), addresses=[HOME_D], ids=["5578010873", "L805288389910"],
       schools=["Clavering Primary School"]),
    _p("s", "sibling", [("Kagiso", "Molefe")], dt.date(2014, 8, 30), addresses=[HOME_D], ids=["4096582824", "J805295787436"],
       schools=["High Tunstall College of Science"]),
    _p("m", "mother", [("Onalenna", "Molefe")], dt.date(1989, 1, 17), addresses=[HOME_D], phones=["07433 833 968"],
       ids=["SK 30 71 52 A"]),
    _p("f", "father", [("Thabo", "Sebego")], dt.date(1986, 6, 5), phones=["+267 72 418 633"]),
    _p("g", "grandparent", [("Keitumetse", "Molefe")], dt.date(1958, 9, 9), phones=["+267 71 904 257"]),
    _p("p1", "professional", [("Rachael", "Bell")], phones=["01429 299 450"], emails=["rachael.bell@hartness.gov.uk"]),
], "c")

DOCS_D = [
    ("primary school's body map and referral to the children's hub", """HARTNESS CHILDREN'S HUB - MULTI-AGENCY REFERRAL FORM
Referrer: [[Nicola Stainsby|name]], Deputy Head and DSL, [[Clavering Primary School|school]], [[Clavering Road|address]],
[[Hartlepool|place]]
[[TS27 3PT|postcode]]. Tel [[01429 214 253|phone]]. Date and time: Mon [[9 November 2026|date]], 11:20.
Child: [[MOLEFE, Lorato|name]]   DOB: [[11/04/2019|dob]]   Year 2   UPN: [[L805288389910|upn]]   NHS: [[557 801 0873|nhs]]
Address: [[19 Merlin Way|address]], [[Clavering|place]], [[Hartlepool|place]], [[TS27 3QF|postcode]]
Parent: [[Onalenna Molefe|name]] (mother) [[07433 833 968|phone]]. First language Setswana; good English. Father ([[Thabo Sebego|name]])
lives in [[Gaborone|place]]. Sibling: [[Kagiso|name]] (12), [[High Tunstall|school]].

Reason: At PE this morning the class teacher, Mr [[Pallister|name]], saw marks on the backs of [[Lorato|name]]'s thighs. I looked
with the teaching assistant [[Joy Adeyemi|name]] present. [[Lorato|name]] ("[[Lolo|name]]" at home, she says) told us: "Mama
hit me with the belt because I broke the TV thing and told lies". She said [[Kagiso|name]] was there and "cried for me". She
said Mama works at night "at the old people's house" and [[Kagiso|name]] puts her to bed, and that on Saturday they went to
church in [[Sunderland|place]] with Auntie [[Masego|name]].

BODY MAP (front / back outline - marks drawn on the back view)
Mark 1: back of left thigh, 3 parallel linear marks, red/purple, each ~8cm x 1cm, slight loop shape at one end.
Mark 2: back of right thigh, 1 linear mark ~6cm, bruised, with a small break in the skin (no bleeding).
Mark 3: right forearm, outer side, old yellow bruise ~2cm - [[Lorato|name]] says "from [[Amelia|name]] at playtime".
Measured by: [[N Stainsby|name]]. Witnessed: [[J Adeyemi|name]]. Photos: not taken (policy).
Child's words recorded at 10:05 on [[09/11/26|date]] as above. No previous concerns; attendance 97%.
Mother not yet told (advice sought from the Hub first). Child is due to be collected at 15:15 by [[Kagiso|name]] (12) - usual.
Other: neighbour Mrs [[Hardy|name]] at [[no. 21|address]] sometimes has [[Lorato|name]] after school.
"""),
    ("child and family assessment: analysis and recommendations", """CHILD AND FAMILY ASSESSMENT (Section 17/47) - extract: analysis
Children: [[Lorato MOLEFE|name]] (7), [[Kagiso MOLEFE|name]] (12)      Assessing social worker: [[Rachael Bell|name]]
Start: [[09/11/2026|date]]   Completed: [[30/11/2026|date]]   Team manager sign-off: [[Ian Craggs|name]], [[2 Dec 2026|date]]

Family and history
[[Onalenna Molefe|name]] (37) came to the UK from [[Gaborone|place]] in March 2023 on a Health and Care Worker
visa sponsored by Teesside Homecare Ltd; the children joined her in August 2023. She grew up in [[Mochudi|place]], where her
mother, Mma [[Keitumetse Molefe|name]], still lives ([[+267 71 904 257|phone]]), and trained as an enrolled nurse at the Institute
of Health Sciences in [[Gaborone|place]]. The children's father, [[Thabo Sebego|name]] ([[+267 72 418 633|phone]]), lives in
[[Tlokweng|place]] with his new partner; he sends money and speaks to the children on WhatsApp on Sundays. He told me by video
call on [[18 November|date]] that he was "shamed" to hear about the belt and that in his own home "we do not beat children now,
that was our fathers' time". The family's friend, [[Masego Kgosi|name]] of [[Pennywell|place]], [[Sunderland|place]]
([[07718 226 328|phone]]),
is [[Lorato|name]]'s godmother.

Analysis
[[Lorato|name]] was hit with a belt on the evening of [[8 November|date]], leaving marks that were still visible the next day. This
was not a one-off loss of temper: [[Onalenna|name]] said she has "smacked" both children "when they are rude" and that this is how
she was raised; [[Kagiso|name]] said it happens "maybe once a month" and that he got it "more when we first came". The strain is
real. [[Onalenna|name]] works four 12-hour nights a week at Elwick Grange care home and does extra shifts because she sends money
home and pays the Immigration Health Surcharge. [[Kagiso|name]], who is 12, is left in charge overnight. He is a caring, anxious boy
who wants to be a doctor "like Dr [[Masire|name]] at home"; he told me he "sleeps with one ear open" for [[Lorato|name]].

Strengths: warm, close family; [[Onalenna|name]] accepted at once that the belt was wrong in the UK, gave it to me, and agreed a
safety plan; church support (Pastor [[Modise|name]], Bethel Setswana fellowship, [[Sunderland|place]]); good school attendance and
progress; [[Kagiso|name]] is thriving at [[High Tunstall|school]] (head of year Mrs [[Ridley|name]]).
Risks: physical chastisement as a learned norm; children alone at night; mother's fear that any record will cost her visa, which
makes her less likely to ask for help.

Recommendations: Child in Need plan (not child protection) for 3 months. Childminder or family friend for night shifts (Mrs
[[Hardy|name]] next door has offered two nights; [[Masego|name]] one a weekend). Parenting course in Setswana not available - the
Solihull online course with an interpreter from the council's list if wanted. Next review [[1 March
2027|date]].
"""),
    ("family WhatsApp group in Setswana and English, typed up with a translation", """WhatsApp group "Ba ga [[Molefe|name]] 🇧🇼" - messages
from [[15/11/2026|date]] to [[21/11/2026|date]], shown to the social worker by [[Onalenna|name]] on her phone and typed up with her
agreement on [[23/11/2026|date]]. Translation from Setswana by [[Onalenna|name]], checked by the interpreter [[Boitumelo Ramotswa|name]]
(NorthEast Language Services). Members: Nkhono ([[+267 71 904 257|phone]]), [[Thabo|name]] ([[+267 72 418 633|phone]]),
[[Ona|name]] (me), [[Kagi|name]], Aunty [[Neo|name]] ([[+267 395 2184|phone]]), [[Mpho|name]] in [[Francistown|place]].

[[15/11/2026|date]], 07:02 - Nkhono: Dumelang bana ba me. Le tsogile jang? [[Lolo|name]] o kae?
  (Good morning my children. How did you wake? Where is [[Lolo|name]]?)
[[15/11/2026|date]], 07:40 - [[Ona|name]]: Re tsogile sentle Mma. [[Lolo|name]] o robetse, ke ne ke le kwa tirong bosigo.
  (We woke well, Mother. [[Lolo|name]] is asleep, I was at work last night.)
[[15/11/2026|date]], 08:15 - [[Thabo|name]]: [[Ona|name]] mosadi wa social work o mpiditse. Ke mo boleletse boammaaruri.
  ([[Ona|name]], the social work lady called me. I told her the truth.)
[[15/11/2026|date]], 08:16 - [[Thabo|name]]: Ga re sa itaya bana. Ke a go kopa.
  (We do not beat children any more. I am asking you.)
[[15/11/2026|date]], 09:30 - Aunty [[Neo|name]]: Rra [[Sebego|name]] o bua jaaka e kete ene ga a ise a itaye ope 😂
  (Mr [[Sebego|name]] talks as if he has never hit anyone 😂)
[[16/11/2026|date]], 18:22 - [[Kagi|name]]: nkhono i got a merit at school for science!! mrs [[ridley|name]] phoned mama
[[16/11/2026|date]], 18:25 - Nkhono: Ke a leboga [[Kagiso|name]] ngwana wa me. Modimo a go segofatse.
  (Thank you [[Kagiso|name]] my child. God bless you.)
[[18/11/2026|date]], 21:10 - [[Mpho|name]]: I am sending R200... sorry P200 for [[Lolo|name]] school shoes. Send me the account of
[[Masego|name]]
[[18/11/2026|date]], 21:14 - [[Ona|name]]: Ke a leboga [[Mpho|name]]. [[Masego|name]] o tla a tsaya [[Lolo|name]] ka Lamatlhatso.
  (Thank you [[Mpho|name]]. [[Masego|name]] will take [[Lolo|name]] on Saturday.)
[[20/11/2026|date]], 06:55 - Nkhono: Ke kopa le romele address ya lona gape, ke batla go romela dilo. Ke [[Plot 2214|address]],
[[Tlokweng|place]] kgotsa ya [[Mochudi|place]]?
  (Please send your address again, I want to send things. Is it [[Plot 2214|address]], [[Tlokweng|place]] or the [[Mochudi|place]] one?)
[[20/11/2026|date]], 07:30 - [[Ona|name]]: Mma, romela kwano: [[19 Merlin Way|address]], [[Clavering|place]], [[Hartlepool|place]]
[[TS27 3QF|postcode]]
[[21/11/2026|date]], 12:00 - [[Kagi|name]]: [[lolo|name]] says hi nkhono she lost her tooth 🦷
"""),
    ("care agency registered manager's email about a worker's shifts and visa sponsorship", """From: [[Karen Featherstone|name]]
<[[k.featherstone@teessidehomecare.co.uk|email]]>
Sent: [[26 November 2026|date]] 16:41
To: [[rachael.bell@hartness.gov.uk|email]]
Cc: [[Onalenna Molefe|name]] <[[ona.molefe89@gmail.com|email]]>
Subject: RE: [[Onalenna Molefe|name]] - shift pattern (with her consent)

Hi [[Rachael|name]],

Thanks for your call yesterday and for explaining. [[Ona|name]] has given her written consent for me to reply, and she is copied in.

1. Sponsorship: I want to be very clear, because [[Ona|name]] is frightened about this. A children's services involvement does not
affect her Certificate of Sponsorship and we have no duty to report it to the Home Office. Her role, hours and salary are what we
must report on. She is one of our best seniors and we want to keep her.
2. Hours: she has been doing 4 x 12hr nights at Elwick Grange (our home at [[Dalton Piercy|place]]) plus bank shifts at our
[[Billingham|place]] service. From w/c [[7 December|date]] I can offer 3 long days (08:00-20:00) Mon/Wed/Fri at Elwick Grange
instead. Her pay stays above the threshold. Please note days would still end at 20:00, so someone would need to have [[Lorato|name]]
after school. Our deputy manager [[Tendai Moyo|name]] ([[07741 844 279|phone]]) is arranging the rota.
3. Bank shifts: I have stopped these for now.
4. Reference for housing: done, sent to Thirteen Group on [[24/11|date]].

If you need anything else please ring me on [[01429 845 772|phone]].

Kind regards,
[[Karen|name]]
[[Karen Featherstone|name]] RMN | Registered Manager | Teesside Homecare Ltd | [[Unit 4, Brenda Road Enterprise Park|address]],
[[Hartlepool|place]] [[TS25 1NN|postcode]]

-----Original Message-----
From: [[Rachael Bell|name]] <[[rachael.bell@hartness.gov.uk|email]]>
Sent: [[25 November 2026|date]] 17:02
Subject: [[Onalenna Molefe|name]] - shift pattern (with her consent)
[[Karen|name]], as discussed. [[Ona|name]] is happy for us to talk. Would days be possible while [[Kagiso|name]] (12) is too young to
be in charge overnight? Many thanks, [[Rachael Bell|name]], Social Worker, South Locality, [[01429 299 450|phone]]
"""),
]


# --- E. Dlamini family (Swazi, siSwati-speaking), Throston Grange, Hartlepool ---------------------------------------------

HOME_E = d.Address("33 Wiltshire Way", "Throston Grange", "Hartlepool", "TS26 0TS")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nomvula", "Dlamini")], dt.date(2011, 7, 19), addresses=[HOME_E], ids=["5630795279", "Y805259178626"],
       schools=["St Hild's Church of England School"], phones=["07786 303 635"]),
    _p("s", "sibling", [("Sandile", "Dlamini")], dt.date(2017, 2, 3), addresses=[HOME_E], ids=["5782248734", "D805284744258"],
       schools=["Throston Primary School"]),
    _p("m", "mother", [("Thandeka", "Dlamini")], dt.date(1984, 10, 30), addresses=[HOME_E], phones=["07716 597 195"]),
    _p("f", "father", [("Sibusiso", "Dlamini")], dt.date(1979, 4, 22), addresses=[HOME_E], phones=["07783 426 414"],
       ids=["ZA 14 88 03 C"]),
    _p("g", "grandparent", [("Lomagugu", "Simelane")], dt.date(1952, 5, 1), phones=["+268 7604 3318"]),
    _p("p1", "professional", [("Fiona", "McGee")], phones=["01429 231 560"], emails=["fiona.mcgee@hartness.gov.uk"]),
], "c")

DOCS_E = [
    ("council solicitor's witness statement for a forced marriage protection order (extract)", """IN THE FAMILY COURT SITTING AT
MIDDLESBROUGH
Case no. MB26F00871        Family Law Act 1996, Part 4A
Applicant: Hartness Borough Council (relevant third party)    Person to be protected: [[Nomvula DLAMINI|name]] (born [[19 July 2011|dob]])
Respondents: (1) [[Sibusiso DLAMINI|name]] (2) [[Thandeka DLAMINI|name]] (3) [[Mandla Simelane|name]]
FIRST WITNESS STATEMENT OF [[FIONA McGEE|name]], SOCIAL WORKER          Dated: [[27 November 2026|date]]

1. I am a qualified social worker employed by the applicant in the Adolescent Team. I make this statement from my own knowledge
and from the records. The person to be protected lives with her parents, the first and second respondents, and her brother
[[Sandile|name]] (9) at [[33 Wiltshire Way|address]], [[Throston Grange|place]], [[Hartlepool|place]] [[TS26 0TS|postcode]]. The third
respondent is her maternal uncle, who lives at [[Plot 118, Fairview North|address]], [[Manzini|place]], Eswatini.
2. On Monday [[23 November 2026|date]] [[Nomvula|name]] told her head of year at [[St Hild's|school]], Mr [[Gowland|name]], that her
parents had booked flights for her to "go home" to Eswatini on [[5 December|date]] "for good", that her uncle had "found a man"
for her, a Mr [[Nxumalo|name]] of about 40 from [[Siteki|place]], and that "they will do the lobola and I won't come back". She showed him
a photo of an e-ticket ([[Newcastle|place]] - [[Dubai|place]] - [[Johannesburg|place]]) in her name.
3. I saw [[Nomvula|name]] at school the same afternoon with Mr [[Gowland|name]] present. She repeated what she had said. She said her
mother "doesn't want it but can't say no to Babe". She told me her grandmother, Gogo [[Lomagugu Simelane|name]], in
[[Mbabane|place]] ([[+268 7604 3318|phone]]), "would not let it happen" but is "old and sick". She gave me her own mobile number,
[[07786 303 635|phone]], and her friend [[Ellie-Jo Winspear|name]]'s as a safe contact.
4. On [[24 November|date]] I visited the home with PC [[Dan Rowbotham|name]]. The first respondent said the trip is a family visit
for Christmas and that the talk of marriage is "a child's story". He said [[Nomvula|name]] had been "disrespectful" after he
found her with a boy ([[Jayden|name]]) at Middleton Grange shopping centre on [[14 November|date]]. The second respondent was
tearful and said very little in his presence; later, by phone ([[07716 597 195|phone]]), she said "please stop the ticket".
5. The court is asked to make an order forbidding the respondents to remove [[Nomvula|name]] from England and Wales, requiring
the surrender of her passport (Eswatini, and her UK passport), and forbidding any arrangement for
her to marry. I believe the facts stated in this witness statement are true.
Signed [[F McGee|name]]
"""),
    ("a girl's Instagram direct messages with a friend, screenshotted and typed up", """Instagram DMs between [[Nomvula|name]]
(@vulaa.dl_) and
[[Ellie-Jo Winspear|name]] (@elliejo.w), [[20/11/2026|date]] to [[22/11/2026|date]]. Screenshots sent by [[Ellie-Jo|name]]'s mother to the
school on [[23/11/26|date]]; typed up by [[F McGee|name]]. Times as on the screenshots. Display names: "[[vula|name]] 🌙" and
"[[Ellz|name]]".

Fri [[20 Nov|date]]
[[vula|name]] 🌙 23:14  [[ellz|name]] r u awake
[[Ellz|name]] 23:15  ye wats up
[[vula|name]] 🌙 23:15  they booked it. the [[5th|date]]. my uncle [[mandla|name]] has been on the phone to my dad all nite
[[vula|name]] 🌙 23:16  mum was crying in the kitchen with [[sandile|name]]
[[Ellz|name]] 23:16  wait booked wat
[[vula|name]] 🌙 23:17  flights. home. [[manzini|place]] then [[siteki|place]]. its not a holiday
[[vula|name]] 🌙 23:18  remember i told u about [[Nxumalo|name]]. the one with the farm. my gogo says hes a good man lol shes never met him

Sat [[21 Nov|date]]
[[Ellz|name]] 10:02  i told my mam. she says its not allowed in england. she says tell [[gowland|name]] on monday
[[vula|name]] 🌙 10:30  if i tell school my dad will no. and [[jayden|name]] will get in trouble
[[Ellz|name]] 10:31  [[jayden|name]] isnt even ur bf anymore 😭
[[vula|name]] 🌙 10:31  i no but my dad thinks he is
[[Ellz|name]] 10:40  u can come to ours. [[jo|name]] says ur welcome. [[17 Kilmarnock Road|address]] if u forget lol
[[vula|name]] 🌙 10:41  ur mam is called [[jo|name]]?? i thought it was [[joanne|name]]
[[Ellz|name]] 10:41  both 😂

Sun [[22 Nov|date]]
[[vula|name]] 🌙 19:55  at church. umfundisi [[zwane|name]] said a prayer for "our daughter who is travelling"
[[vula|name]] 🌙 19:56  everyone was looking at me
[[Ellz|name]] 19:58  omg
[[vula|name]] 🌙 20:30  my new number is [[07524 416 559|phone]] dont give it to anyone. my dad checks my old one
[[Ellz|name]] 20:31  ok ❤️ see u tmrw at the bus stop on [[hart lane|address]]
"""),
    ("Border Force safeguarding referral form at an airport", """UK BORDER FORCE - NEWCASTLE INTERNATIONAL AIRPORT
SAFEGUARDING AND MODERN SLAVERY TEAM - CHILD AT RISK REFERRAL (port alert match)
Alert ref: PA/FM/26/11-2207      Alert raised by: Hartness BC / Cleveland Police (FMPO served [[28/11/2026|date]])
Date/time of encounter: [[05/12/2026|date]] 05:48      Flight: EK 36 to [[Dubai|place]], onward to [[Johannesburg|place]] (booked)
Officer: BFO [[K. Armstrong|name]] (6651)     Second officer: BFO [[Priya Sandhu|name]]

SUBJECT
Family name: [[DLAMINI|name]]        Given names: [[NOMVULA ZANELE|name]]        DOB: [[19 JUL 2011|dob]]
Nationality: Eswatini / British (dual)   Address given: [[33 WILTSHIRE WAY|address]], [[HARTLEPOOL|place]], [[TS26 0TS|postcode]]
Accompanied by: (1) [[DLAMINI, SIBUSISO MUSA|name]], DOB [[22 APR 1979|dob]], father, tel [[07783 426 414|phone]]
(2) [[DLAMINI, SANDILE|name]], DOB [[03 FEB 2017|dob]], brother      Mother ([[THANDEKA|name]]) not travelling.

ENCOUNTER
Family presented at check-in together. Port alert matched on API data at 05:31. Subject spoken to alone in the Border Force
office with a female officer. She was calm, said "I knew you'd be here, Miss [[McGee|name]] told me". Father stated the trip
was "only a holiday to see my mother-in-law" and produced return tickets for [[5 January|date]]; he was not aware of the FMPO
details, he said, as he "did not read the paper". Subject's passport (Eswatini) was in father's bag; the UK passport had been
surrendered to the court as ordered. Address for the stay given by father: c/o [[Mandla Simelane|name]], [[Plot 118|address]],
[[Fairview|place]], [[Manzini|place]], tel [[+268 7812 5590|phone]].

OUTCOME
Father advised that removing the subject would breach the order. Travel of subject and sibling refused at the desk by the
airline on our advice; father chose not to travel. Police (Northumbria, PC [[Gary Liddle|name]] 3390) attended 06:20 and
took a statement. Subject asked to go to her friend's family: [[Joanne Winspear|name]], [[17 Kilmarnock Road|address]],
[[Hartlepool|place]] ([[07562 777 156|phone]]) - EDT social worker [[Dawn Metcalfe|name]] agreed by phone at 06:40 and
arranged transport. Father, sibling and mother (who arrived at 07:10 with a family friend, [[Siphiwe Mamba|name]] of
[[Gateshead|place]]) were spoken to and left together at 07:30.
Referral sent to: Hartness EDT, Cleveland Police (DC [[Lee Shotton|name]]), Forced Marriage Unit. [[K Armstrong|name]] [[05/12/26|date]]
"""),
    ("a letter from the family's pastor to the social worker", """SWAZI FELLOWSHIP OF THE NORTH EAST (Evangelical)
meeting at Throston Community Hall, [[Hartlepool|place]]
Pastor: Rev. [[Themba Zwane|name]]   Tel. [[07466 638 758|phone]]   [[pastor.zwane@swazifellowshipne.org.uk|email]]

[[1st December 2026|date]]

To Ms [[Fiona McGee|name]], Social Worker, Adolescent Team, Hartness Borough Council

Dear Ms [[McGee|name]],

Re: Mr and Mrs [[Dlamini|name]] of [[Wiltshire Way|address]], and their daughter [[Nomvula|name]]

I write at the request of Babe [[Sibusiso Dlamini|name]] and Make [[Thandeka Dlamini|name]], who have worshipped with us since they
came to [[Hartlepool|place]] from [[Mbabane|place]] in 2015, to tell you about the family as I know them. I have known [[Nomvula|name]]
since she was four; she sang in our youth choir with my own daughter [[Lindiwe|name]] until last year.

I want to be honest with you. In our culture the wider family, and especially the mother's brother (umalume), has a strong voice
in a young woman's future, and I know that Mr [[Mandla Simelane|name]] in [[Manzini|place]] has strong views. But I have told
[[Sibusiso|name]], as I told the whole fellowship on Sunday [[29 November|date]], that no girl of fifteen may be married, here or
at home, and that the law of Eswatini says the same since the Marriage Act was changed. I prayed on the [[22nd|date]] for
[[Nomvula|name]]'s journey; I did not know then what the journey was for, and I am sorry if it frightened her.

Make [[Thandeka|name]] has asked me to say that she wants her daughter home and in school, and that she will sit with you without
her husband if you allow it. My wife, Mrs [[Nokuthula Zwane|name]], will come with her if she wishes, and can interpret (siSwati
and isiZulu). Our church secretary [[Busisiwe Shongwe|name]] ([[07817 463 458|phone]]) keeps the key to the hall if you would like
to meet there rather than at your office in the Civic Centre.

The family's phone in Eswatini for Gogo [[Simelane|name]] is [[+268 2505 4417|phone]] (a landline at [[Lobamba|place]]; she does not
use WhatsApp).

Yours in His service,
Rev. [[T. Zwane|name]]
"""),
]


# --- F. Haswell / Kirby family (white British), kinship care with grandparents in Greatham -------------------------------

HOME_F = d.Address("6 The Green", "Greatham", "Hartlepool", "TS25 2HG")
MUM_F = d.Address("Room 9, Bay View House, 40 The Cliff", "Seaton Carew", "Hartlepool", "TS25 1AP")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Mason", "Kirby")], dt.date(2020, 1, 28), addresses=[HOME_F], ids=["6652699745", "E805229693218"],
       schools=["Greatham CE Primary School"]),
    _p("s", "sibling", [("Evie-Rose", "Kirby")], dt.date(2022, 9, 14), addresses=[HOME_F], ids=["6726362188"]),
    _p("m", "mother", [("Jodie", "Haswell")], dt.date(1999, 11, 5), addresses=[MUM_F], phones=["07766 882 351"]),
    _p("f", "father", [("Reece", "Kirby")], dt.date(1997, 6, 21), phones=["07877 923 216"], ids=["7265151917"]),
    _p("g", "grandparent", [("Carol", "Haswell")], dt.date(1967, 3, 8), addresses=[HOME_F], phones=["01429 585 410", "07990 116 701"]),
    _p("g2", "grandparent", [("Brian", "Haswell")], dt.date(1965, 8, 2), addresses=[HOME_F], ids=["JH 77 40 21 B"]),
    _p("p1", "professional", [("Lauren", "Whitfield")], phones=["01429 257 112"], emails=["lauren.whitfield@hartness.gov.uk"]),
], "c")

DOCS_F = [
    ("special guardianship assessment report (extract)", """SPECIAL GUARDIANSHIP ASSESSMENT REPORT - Children Act 1989, s14A(8) - EXTRACT
Children: [[Mason KIRBY|name]] (DOB [[28.01.2020|dob]]) and [[Evie-Rose KIRBY|name]] (DOB [[14.09.2022|dob]])
Prospective special guardians: [[Carol Anne HASWELL|name]] (DOB [[08.03.1967|dob]]) and [[Brian HASWELL|name]] (DOB [[02.08.1965|dob]]),
maternal grandparents, of [[6 The Green|address]], [[Greatham|place]], [[Hartlepool|place]] [[TS25 2HG|postcode]]
Assessor: [[Lauren Whitfield|name]], Kinship Care Team, Hartness Borough Council. Report date: [[4 December 2026|date]]

1. Background. [[Mason|name]] and [[Evie-Rose|name]] have lived with their grandparents since [[17 April 2026|date]], when police found
them alone at their mother's flat on [[Raby Road|address]] at 03:00 while [[Jodie Haswell|name]] was at a party in [[Stockton|place]].
They are "looked after" under an interim care order made on [[22/05/2026|date]]. Their mother now lives in supported housing at
Bay View House, [[40 The
Cliff|address]], [[Seaton Carew|place]], and sees them twice a week at the family hub. Their father,
[[Reece Kirby|name]], was last known to live in [[Darlington|place]] ([[Firthmoor|place]]); he has attended two contacts since the spring.

2. The applicants. [[Carol|name]] (59) is a school cook at [[Greatham CE Primary|school]], where [[Mason|name]] is in Year 2; [[Brian|name]]
(61) retired from the chemical works at [[Seal Sands|place]] after a back injury. They have been married 38 years and have three
adult children: [[Jodie|name]], [[Kerry Haswell|name]] (34, in [[Billingham|place]]) and [[Lee Haswell|name]] (31, in the Army in
[[Catterick|place]]). The house is a three-bedroom ex-council house facing the green; the children share the back bedroom.

3. Health. [[Brian|name]] has type 2 diabetes (well controlled). GP: Greatham Surgery (Dr [[Amin|name]]). [[Carol|name]] had
breast cancer in 2019 and has been clear for five years. Medical adviser Dr [[Frances Oyelaran|name]] sees no bar.

4. Checks. DBS enhanced: [[Carol|name]] clear; [[Brian|name]] - a drink-driving conviction in 1998 (disclosed by him). Local
authority checks clear. References: [[Margaret Lamb|name]] (headteacher, [[Greatham CE Primary|school]]) and Father [[Tony
Bell|name]] (parish priest) - see below.

5. The children. [[Mason|name]] is an energetic boy who loves the beach at [[Seaton|place]] and the Teesside Park cinema. He was
diagnosed with ADHD in October. [[Evie-Rose|name]] ("[[Evie|name]]") goes to [[Little Acorns|school]] nursery in [[Greatham|place]]
three days.
Their neighbour, Mrs [[Wong|name]] ("Auntie [[May|name]]"), looks after them when [[Carol|name]] works.

6. Recommendation: that a special guardianship order is made to [[Carol|name]] and [[Brian Haswell|name]], with the support plan at
section 9 (financial allowance, therapeutic parenting course, contact plan).
"""),
    ("supervised family time record at a family hub", """HARTNESS FAMILY HUBS - SUPERVISED FAMILY TIME RECORD
Venue: Family hub, [[Seaton Lane|address]], [[Hartlepool|place]]      Date: Thursday [[19/11/2026|date]]      Time: 15:45-17:15
Children: [[Mason|name]] (6), [[Evie-Rose|name]] (4)      Family member(s): [[Jodie Haswell|name]] (mum); [[Reece Kirby|name]] (dad) - DID
NOT ATTEND      Supervisor: [[Kelly Gaskell|name]], family time worker
Brought by: Grandad [[Brian|name]] (car, [[VX21 OTR|vehicle]]); collected by Nana [[Carol|name]] and Mrs [[Wong|name]] at 17:20

Arrival: [[Jodie|name]] arrived on time at 15:40 with a bag of sweets and a Paw Patrol toy for [[Evie|name]]. She looked well and was
sober (no smell, steady, clear speech). [[Mason|name]] ran to her and said "Mam,
Nanna let me have a sleepover at [[Kai|name]]'s". [[Evie-Rose|name]] stayed holding [[Brian|name]]'s hand for a few minutes.

Dad: [[Reece|name]] texted [[Jodie|name]] at 15:52 from [[07877 923 216|phone]] to say he "can't get a bus from [[Darlo|place]]".
[[Jodie|name]]
showed me. [[Mason|name]] asked "is [[Reece|name]] coming" (he calls his dad by his first name) and then went quiet.

During: baking playdough, a game of snap. [[Jodie|name]] read "The Gruffalo" to [[Evie|name]]. She talked with [[Mason|name]] about his
new teacher Mrs [[Bainbridge|name]] and his friend [[Kai Thompson|name]] from [[Greatham|place]]. At 16:40 [[Jodie|name]] took a call
from a man she called "[[Dazza|name]]" and stepped out for 4 minutes; I reminded her about phones. She said it was her
keyworker [[Darren|name]] at Bay View - I have checked: the keyworker is [[Darren Shepherd|name]] ([[07942 153 279|phone]]).
[[Jodie|name]] asked if she could take the children to the [[Headland|place]] on Saturday for the fireworks with her friend
[[Stacey Tinkler|name]] -
told her this is for the social worker ([[Lauren|name]]) to decide.

End: [[Mason|name]] cried and held on. [[Jodie|name]] handled it well ("see you Monday, champ"). [[Evie|name]] went to Mrs [[Wong|name]]
happily ("Auntie [[May|name]]!"). Next session: Monday [[23 November|date]] 15:45.
Recorded by [[K Gaskell|name]] [[19/11/26|date]] 17:45
"""),
    ("family support worker's notes typed fast on a phone after a home visit", """FSW phone notes - typed in the car after visit,
tidy later!!
[[24/11|date]] 10.15-11.30 [[6 the green|address]] [[greatham|place]] - nana [[carol|name]], grandad [[brian|name]], mrs
[[wong|name]] (nbr, [[no 8|address]]) + [[evie|name]]. [[mason|name]] @ school

- nana c tired, says [[mason|name]] up at 5 most days since new ADHD meds. GP dr [[amin|name]] review [[1/12|date]]
- [[mason|name]] bit a boy in class ([[harley|name]]?) on fri [[20th|date]]. mrs [[bainbridge|name]] rang nana. nana cried
- b's back bad again, cant lift [[evie|name]] into car seat. asked re blue badge
- mrs [[wong|name]] babysits tues/thurs - lovely w/ kids. she wrote her name for me: [[黃美玲|name]] ([[wong mei ling|name]]),
[[may|name]] for short.
  from hong kong, lives with her son [[kenny|name]] ([[07796 658 629|phone]]) and his wife
  [[joyce|name]]. [[kenny|name]] works at the chinese takeaway in [[seaton|place]] (Golden Dragon)
- [[jodie|name]] rang nana sun night "upset" - asked for £50, nana said no. [[jodie|name]] said [[reece|name]] has "a new bird in
  [[darlo|place]]" ([[chelsea|name]]?) and a baby due feb?? check w/ [[lauren|name]]
- uncle [[lee|name]] home on leave from [[catterick|place]] [[19th dec|date]] - wants to take [[mason|name]] to the boro match
- nana asked abt SGO allowance - told her to ask [[lauren|name]]. also pocket money for [[kerry|name]]s kids who come sat
- HAF holiday club at [[greatham primary|school]] for [[mason|name]] xmas week? nana to ring office [[01429 214 253|phone]]?? NO
thats [[clavering|school]] - look up
- ACTION: me - blue badge form w/ grandad, food bank? no - not needed. ring [[kelly g|name]] re fireworks request
next visit [[8/12|date]] 10am
"""),
    ("family group conference family plan, written by the family in private time", """FAMILY GROUP CONFERENCE - FAMILY PLAN
(written by the family in private family time; typed by the coordinator exactly as agreed)
For: [[Mason|name]] and [[Evie-Rose|name]] ([[Evie|name]])      Conference held: Sat [[28 Nov 2026|date]], Greatham Community Centre
Coordinator: [[Sadia Rahman|name]] (independent FGC service)      Social worker: [[Lauren Whitfield|name]]
Who came: Nana [[Carol|name]] and Grandad [[Brian|name]]; Mam ([[Jodie|name]]); Auntie [[Kerry Haswell|name]] and Uncle
[[Nathan Pybus|name]]
(her partner) from [[Billingham|place]]; Uncle [[Lee|name]] (on video from [[Catterick|place]]); Great-Nana [[Irene Haswell|name]] from
[[Owton Manor|place]]; neighbour Mrs [[Wong Mei-ling|name]] ("[[May|name]]") from next door ([[no. 8|address]]); Mam's friend
[[Stacey Tinkler|name]]. [[Reece|name]] was invited (letter to his last address, [[12 Dalkeith Road|address]], [[Darlington|place]]
[[DL1 4QG|postcode]], and texts to [[07877 923 216|phone]]) but did not come.

OUR PLAN
1. Where the kids live: with Nana and Grandad at [[Greatham|place]]. We all back the SGO.
2. School runs: Nana does mornings. Mrs [[Wong|name]] does Tues and Thurs pick-up from [[Greatham Primary|school]] and nursery. If
   Nana is poorly, Auntie [[Kerry|name]] ([[07420 172 894|phone]]) will come over.
3. A break for Nana and Grandad: [[Kerry|name]] and [[Nathan|name]] have the kids one Saturday a month at their house on
   [[Low Grange Avenue|address]], [[Billingham|place]]. First one [[12 December|date]].
4. Mam's time: [[Jodie|name]] sees the kids at the hub Mon and Thurs. When the social worker agrees, Sunday dinner at Nana's
   every other week with Grandad there. [[Jodie|name]] says she will keep going to Bay View and to her appointments with
   [[Darren|name]]. If she is drinking she will not come and will text Nana instead ([[07990 116 701|phone]]).
5. [[Mason|name]]'s ADHD: Great-Nana [[Irene|name]] will pay for swimming at Mill House on Saturdays - it calms him down.
6. Dad: if [[Reece|name]] gets in touch, he goes through [[Lauren|name]]. Nobody gives him the [[Greatham|place]] address.
7. Christmas: Christmas Day at Nana's, [[Lee|name]] home from the [[19th|date]]. [[Jodie|name]] to come [[25th|date]] 11-3.
8. If the plan is not working: Nana rings [[Lauren|name]] ([[01429 257 112|phone]]) or, at night, the emergency duty team.
Review FGC: Saturday [[27 February 2027|date]] (same place).
Signed by everyone present.
"""),
]




_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F),)
NAME = "set 118 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:49 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "nurse",
           "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
           "mum", "mummy", "mam", "mammy", "dad", "daddy", "aunty", "auntie", "uncle", "pastor", "bishop", "rev", "mme", "mma",
           "rra", "nkhono", "rakgolo", "mmemogolo", "gogo", "make", "babe", "umfundisi", "sisi", "bhuti", "malume", "ma", "mai",
           "阿嬤", "婆婆"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "united kingdom", "britain", "county durham", "durham", "teesside", "tees valley", "the north east",
               "north east", "cleveland", "botswana", "eswatini", "swaziland", "south africa", "hong kong", "china", "africa",
               "southern africa", "kgatleng", "hhohho", "manzini region", "central district"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (Setswana "Mma" and "Rra",
# "Nkhono"; siSwati "Make", "Babe", "Gogo", "Umfundisi"; Cantonese "婆婆") and counties, regions and countries
# ("County Durham", "Teesside", "Botswana", "Eswatini", "Hong Kong").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
