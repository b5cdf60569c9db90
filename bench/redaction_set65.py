"""Set 65: a held-out hand-written set for the redaction detector, six more invented families on the Fylde coast, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set62.py,
redaction_set63.py, redaction_set64.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, first family's record and first document, last documents and checker set-up, the
layout and marking conventions followed here) and tests/test_redaction_set21.py in full; the docstrings only of
bench/redaction_set7.py to redaction_set61.py, printed with ast.get_docstring and searched (the printed docstrings only) for
Fylde coast towns and for communities, to choose homes and communities no earlier set used; the list of function names and
signatures of bench/redaction_handwritten.py and its HandSet.main; pyproject.toml was not opened (ruff was run as it is set up). Phone
numbers were checked with the phonenumbers library and NHS numbers and UPNs made with python-stdnum in small snippets. The
record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build
records. Nobody may tune the detector on this set: it is to be scored once. If a mistake in the gold marking is found after
scoring, correct only the marking and say so here.

Six families in Blackpool and on the Fylde coast, each from a town, district or estate no earlier set used as a family's home.
Four white British families: on the Mereside estate in Blackpool, with a grandmother in Marton and a father in South Shore
(Hargreaves / Whiteside; two children found alone at night on a tram after a mother's drug-dealing friend left them near the
Pleasure Beach, neglect, an initial child protection conference); on the Larkholme estate in Fleetwood, with a grandfather, a
retired trawlerman, across the ferry in Knott End (Leadbetter / Rimmer; a girl of 14 grabbed and put out of the house by a
stepfather, a grandfather's letter, a chronology, voice notes mis-transcribed by a phone); in Wesham, near Kirkham, with a father
at an open prison on release on temporary licence and a grandmother in Freckleton (Singleton / Hesketh; a boy of 14 caring for a
mother with multiple sclerosis, a family group conference); and in Thornton, Thornton-Cleveleys, with a grandmother in Preesall
(Ashcroft; a girl of 15 missing for two nights and sexually exploited by older men in Fleetwood). Two from communities no earlier
set used: a Kazakh family in Layton, Blackpool, with a grandmother in Shymkent and family in Astana and Preston (Seitkaliyev /
Omarova; a father who hit his son with a belt over homework, a mother who keeps her own surname, a girl's name in the feminine
form, names and places in Kazakh and Russian Cyrillic, a patronymic), and a Maltese and white British family in Ansdell, Lytham
St Annes, with grandparents in Żabbar and an uncle in Marsaskala (Farrugia / Bamber; coercive control, a father planning to
take the children to Malta for good, a prohibited steps order, Maltese words and an answer from the Maltese agency). 24
documents, of types or styles new to these sets where possible: a case note of an unannounced visit, a tram conductor's
incident report, a mother's texts typed up, an initial child protection conference report, a school's referral form, a
grandfather's letter written out by a relative, a chronology table, a phone's auto-transcribed voice notes with the real words
in brackets, a single assessment extract written with an interpreter, a Telegram family chat in Kazakh and Russian with
translations, a primary school inclusion lead's letter, an OCR'd certified translation of a Kazakh birth certificate, strategy
meeting minutes, a Messenger chat in Maltese and English, an email from the Maltese child protection agency forwarded, a review
conference chair's summary, a prison family engagement worker's email, a young carer's assessment form partly in his own
words, a social worker's notes typed fast on a phone, a family group conference plan, a return home interview, a police phone
download's Snapchat extract, a GP's letter and an OCR'd police missing person report.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Kazakhstan, Malta); NHS numbers and UPNs (LA numbers 890 and 888) pass their check
digits; NI numbers have a valid format. Councils are invented (Tower Coast, Lune Wyre), and so are the interpreting agency
(Lingua Fylde), the GP practice (Crescent Surgery), the solicitors and the drug service's name; towns, districts, estates,
villages, real schools and colleges, NHS bodies, hospitals, police forces, prisons, courts, clubs, shops, pubs, brands, apps,
programmes, landmarks and laws are real or realistic and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
DS, Sgt, Nan, nanna, Nanna, Nannu, ziju, Uncle, Әже, Ата) stay outside the name span and are not names alone; a possessive 's, a
bare s in texting ("[[ruby|name]]s dad") and a Kazakh case ending ("[[Аружан|name]]ның", "[[Рибблтон|place]]ға") stay outside;
"SURNAME, First" is one span ("HARGREAVES, Tyler", "ASHCROFT, Hollie"), and so is "SURNAME First Patronymic" ("SEITKALIYEV
Yerlan Nurlanovich"); an initial with a surname is one span ("J Kirkham", "D Hesketh", "G. Pilkington"), and so is a first name
with an initial after it ("Shannon H", "Dean O"); initials alone (JK, OM, "k") are not marked; a collar or staff number after a
name stays outside; a name, address, place, school or date broken by a line break is one span holding the break; social media
usernames (deano_fy5, summ3r.xo, si.h.1988, tegsxx) are not marked, but a display name that is a person's plain name is ("Dean
O", "Simon", "Teg"); a family name in the plural ("the Garsides") is a name. A street address is one span, its town a place, its
postcode a postcode; a street named without a number is an address, and so is a neighbour's bare house number ("no 43", "no.
10") and an address abroad ("12, Triq il-Kbira", Żabbar; "мкр. Нурсат, дом 112, кв. 45", Shymkent; "Kirkstall Avenue 64" as a
grandmother wrote it); towns, villages, districts and estates are places at home or abroad and in any script or case of a
language ("Шымкент", "Астане", "Престона", "clevs", "mereside"); countries and regions are not (Kazakhstan, Malta, Lancashire,
the Fylde); organisations are not marked even when they hold a town's or person's name (HMP Kirkham, Blackpool Victoria
Hospital, Wesham Fire Station, Layton Family Hub, Wesham Community Centre, Preston North End); a school's name and its
short form are a school ("Mereside", "Layton", "carr hill", "kirkham grammar", "School No. 41"); a date of birth is dob, any
other calendar date with a day is date (a weekday before it stays outside), the bare day in a range or diary line is a date of
its own ("[[20|date]]-[[23.11.2026|date]]", "the 14th"); months and years alone are not marked; pets (Ferret, Biscuits) are not
names; a firm named after people marks only the names ("[[Fenwick|name]] & [[Hall|name]]"); landmarks stay unmarked (the Tower,
the Pleasure Beach, North Pier, Manchester Square and the other tram stops, Coral Island, the Sealife, Jubilee Gardens, the Mythic Coast
sculptures, Marine Hall, Freeport);
a surname or first name that is also a word or a town is marked by what it refers to (Kirkham, Poulton, Lytham, Preston,
Singleton, Bamber, Summer, Joy, Frost, Crook, Kitchen are names when they are people; Kirkham, Poulton, Preston and Thornton
are places when they are places); a service or thing named by its town in lower-case words marks the town ("OMU Kirkham",
"Kirkham prison", "booths kirkham", "the Lancashire SARC in Preston").

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a phone's mis-transcription
of a name ("Cow" for Carl, "sour butts" for Sowerbutts) is a name and of a place or street ("not tend", left unmarked as no
place can be read from it; "Broad way") is marked by what it stands for where it can be read; OCR errors inside a span are kept
in the span ("Madina lbraeva", "ASHCR0FT", "2l/06/2011", "I9/11/2026", "28/11/2O26", "O4.06.2014", "Thornton-Cleveley s"); a
patronymic ("YERLANULY", "Nurlanovich") is part of the name; a Kazakh or Russian date with a day ("12 желтоқсан", "3 декабря",
"21-го") is a date; a birthday given without a year is a date, not a dob; a date of birth written out in words is a dob; a
Maltese postcode ("ZBR 1530", "MSK 2150") is a postcode; a GP surgery's street address in a letterhead is an address like any
other; "Nanna Rita Żabbar", a contact saved under a kinship word, a name and a town, marks the name and the town separately; a
Maltese insult ("miġnuna") and a Kazakh kinship word used as a name ("Әже") are not names; a prisoner number, a crime, Storm,
MISPER or exhibit reference, a translator's membership number and a birth certificate's series and number are not marked;
the prison's, council's and agency's office numbers are marked only when they are a named person's direct line; a family
chat's title made of the family name in the plural ("Омаровтар", the Omarovs) is a name; a family court named by the town it
sits in ("(Lancaster)") is an organisation; tram stops (Pleasure Beach, Manchester Square, North Pier) are landmarks.

Self-check without the detector: `python -m bench.redaction_set65` (and tests/test_redaction_set65.py) runs set 15's checker
(which runs sets 13 to 6's) on this set, adds this set's titles and kinship words and countries and regions, and prints the
number of documents and gold spans per kind: 24 documents,
941 gold spans, 516 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Hargreaves / Whiteside family (white British), Mereside, Blackpool ------------------------------------------------

HOME_A = d.Address("41 Langdale Road", "Mereside", "Blackpool", "FY4 4RT")
NAN_A = d.Address("9 Bowfell Close", "Marton", "Blackpool", "FY4 4NL")
DAD_A = d.Address("Flat 2, 118 Lytham Road", "South Shore", "Blackpool", "FY1 6DZ")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Tyler", "Hargreaves")], dt.date(2017, 6, 2), addresses=[HOME_A], ids=["644 837 7875", "Y890252601815"],
       schools=["Mereside Primary School"]),
    _p("s", "sibling", [("Lacey-Mae", "Hargreaves")], dt.date(2021, 9, 14), addresses=[HOME_A], ids=["431 874 3799"]),
    _p("m", "mother", [("Shannon", "Hargreaves")], dt.date(1997, 1, 23), addresses=[HOME_A], phones=["07823 416 905"],
       ids=["JX 41 62 07 B"]),
    _p("f", "father", [("Dale", "Whiteside")], dt.date(1993, 8, 8), addresses=[DAD_A], phones=["07951 338 264"]),
    _p("g", "grandparent", [("Bernadette", "Hargreaves")], dt.date(1968, 4, 30), addresses=[NAN_A], phones=["01253 764 318"]),
    _p("p1", "professional", [("Joanne", "Kirkham")], phones=["01253 477 902"], emails=["joanne.kirkham@towercoast.gov.uk"]),
], "c")

DOCS_A = [
    ("case note of an unannounced home visit", """CASE NOTE - Tower Coast Council Children's Social Care
Child: [[HARGREAVES, Tyler|name]]   DOB: [[02/06/2017|dob]]   NHS no: [[644 837 7875|nhs]]
Visit type: unannounced home visit (s47 enquiry, day 3)
Author: [[Joanne Kirkham|name]], Social Worker, [[Mereside|place]] and [[Marton|place]] Team

Date of visit: Tuesday [[10 November 2026|date]], 16:05-17:20, at [[41 Langdale Road|address]], [[Mereside|place]], [[Blackpool|place]]
[[FY4 4RT|postcode]].

Present: [[Shannon Hargreaves|name]] (mother), [[Tyler|name]] (9), [[Lacey-Mae|name]] (5), and a man who gave his name as "[[Robbo|name]]"
and left
within five minutes. [[Shannon|name]] later said he is [[Robert Kellet|name]] from [[Grange Park|place]], "just a mate who fixes my phone".

The house: cold (heating off, meter on emergency credit), a strong smell of cannabis in the hallway, dog faeces in the back
bedroom (the dog, Ferret, a Staffie cross, shut in the kitchen). No food in the fridge except a bottle of milk and
ketchup. [[Lacey-Mae|name]]'s bed has no sheet. [[Tyler|name]] showed me his room himself and said "it's a tip but it's mine".

[[Tyler|name]] told me on his own in his room that his mum "sleeps in the day" and that he walks [[Lacey|name]] to
[[Mereside Primary|school]]
most mornings. He said Nan [[Bernie|name]] has them at weekends "when she's not on nights at the Vic". He said [[Dale|name]] (his dad)
"shouted at [[Robbo|name]] in the Co-op" on Saturday. I asked who [[Robbo|name]] is; he said "he's mum's friend, he has a big car"
(he thought a white BMW; [[Bernadette|name]] later gave the plate as [[PK19 XWF|vehicle]], "always outside at night").
He said he is scared when people knock late at night.

[[Shannon|name]] said she has been "clean off the brown" for two years and only smokes weed. She agreed to a drug test through
Horizon and to [[Bernadette|name]] having the children tonight. I rang [[Bernadette Hargreaves|name]] on [[01253 764 318|phone]] at 17:02;
she came from [[Marton|place]] by taxi and took both children to [[9 Bowfell Close|address]] with their school bags.

Actions: strategy discussion reconvened for [[11/11/2026|date]]; police to check the vehicle and [[Robert Kellet|name]]; school
to be told by 08:45; health visitor [[Gemma Procter|name]] to be asked about [[Lacey-Mae|name]]'s last contact (she thinks
[[2 September|date]]).
[[J Kirkham|name]] [[10.11.26|date]]
"""),
]

DOCS_A += [
    ("tram conductor's incident report from a tramway operator", """BLACKPOOL TRANSPORT SERVICES - TRAMWAY INCIDENT REPORT (CONDUCTOR)
Ref: TI/26/1183     Tram no. 011    Service: 1 (northbound)
Date: [[07-11-2026|date]]   Time: 21.40 approx   Location: northbound, between Pleasure Beach and Manchester Square stops

Conductor: [[Wendy Ashworth|name]]   Driver: [[Gaz Thistlethwaite|name]]   Supervisor informed: [[Paul Rawcliffe|name]] (control)

Description: Two young children boarded at Pleasure Beach with no adult, a boy about 9 and a little girl about 5 in a
pink onesie and wellies. Boy had no ticket and said "me mum's meeting us at the Tower". Girl was crying and said she was cold.
I sat them by the cab and asked the names. Boy said "[[Tyler|name]]" and the girl "[[Lacey|name]]" and he said they live in
"[[mereside|place]], near the shops on [[Langdale|address]]". He knew mums number off by heart - [[07823 416 905|phone]] - I rang it 3
times from the tram phone, no answer. He then gave his nans number [[01253 764318|phone]], answered by a lady who said she is
[[Bernadette|name]], the nan, and was at work at the hospital and would send "[[Dale|name]]" the dad.

Got off with both at North Pier stop as per procedure and waited with them at the shelter with the Tower in view. A lady
from the amusements ([[Carol|name]], works at the change kiosk in Coral Island) gave them hot chocolate. Police attended 22.05
(PC [[Danny Mercer|name]]). Dad arrived on foot at 22.15 said he is [[Dale Whiteside|name]] of [[Lytham Rd|address]], [[South Shore|place]],
and that mum had left them with "her mate" on the Prom. Boy went to him OK, girl clung to me a bit.

Notes: boy said "[[Robbo|name]] left us at the arcades and went in a car". I did not see a car. CCTV on tram retained (ask control).
Signed [[W. Ashworth|name]]  staff no 4471
"""),
]

DOCS_A += [
    ("a mother's text messages to her social worker, typed up for the file", """Texts from mother's mobile ([[07823 416 905|phone]]) to
the social worker's work mobile ([[01253 477 902|phone]] diverts) - typed
up by JK for the file on [[13/11/2026|date]]. Spelling as sent. Saved in the phone as "[[Shannon H|name]]".

[[11/11|date]] 08:12  [[Shannon H|name]]: [[joanne|name]] its [[shan|name]]. i no u think im a crap mum. [[tyler|name]] told u about
[[robbo|name]] didnt he
[[11/11|date]] 08:14  [[Shannon H|name]]: he aint a dealer hes my mate from school. ask my mum
[[11/11|date]] 09:30  [[Shannon H|name]]: can i see the kids tonite at me mums. pls. [[dale|name]] will kick off if he finds out im not
alowed
[[11/11|date]] 13:02  [[Shannon H|name]]: ok done the test at horizon on [[whitegate drive|address]]. it will say weed thats all
[[12/11|date]] 19:45  [[Shannon H|name]]: [[bernie|name]] wont let me in. shes always been like this. [[lacey|name]] was screaming for me
[[12/11|date]] 19:47  [[Shannon H|name]]: ur the 1 that put them there so u sort it
[[13/11|date]] 07:58  [[Shannon H|name]]: sorry about last nite. i was upset. [[kel|name]] from next door was with me she can tell u
[[13/11|date]] 08:01  [[Shannon H|name]]: [[kelly|name]] at [[no 43|address]] i mean not [[kellet|name]] lol
[[13/11|date]] 10:20  [[Shannon H|name]]: and tell [[mereside primary|school]] not to let [[dale|name]] take [[tyler|name]] hes not
allowed on fridays x
[[13/11|date]] 10:21  [[Shannon H|name]]: or [[Lacey-Mae|name]]
[[13/11|date]] 11:40  [[Joanne|name]] (me): Thanks [[Shannon|name]]. I have let school know. I will ring you at 2pm about contact at your
mum's.
[[13/11|date]] 14:15  [[Shannon H|name]]: hes moving to [[cleveleys|place]] anyway [[robbo|name]], [[victoria rd west|address]], so hes
gone x
"""),
]

DOCS_A += [
    ("initial child protection conference report (social worker's report, extract)", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Tower Coast Council - Safeguarding and Quality Assurance Unit
Conference date: [[24 November 2026|date]], 10.00, Municipal Buildings (Room 3)
Chair: [[Arshad Malik|name]] (Independent Conference Chair)   Report author: [[Joanne Kirkham|name]], Social Worker

1. Children subject to the conference
[[Tyler Hargreaves|name]], born [[2 June 2017|dob]], Year 5 at [[Mereside Primary School|school]], UPN [[Y890252601815|upn]]
[[Lacey-Mae Hargreaves|name]], born [[14 September 2021|dob]], Reception at [[Mereside|school]], NHS [[431 874 3799|nhs]]
Home address: [[41 Langdale Road|address]], [[Mereside|place]], [[Blackpool|place]], [[FY4 4RT|postcode]] (currently staying with maternal
grandmother at [[9 Bowfell Close|address]], [[Marton|place]], [[FY4 4NL|postcode]] under a safety plan)

2. Parents and significant adults
Mother: [[Shannon Hargreaves|name]], born [[23/01/1997|dob]], NI [[JX 41 62 07 B|ni]]. Father: [[Dale Whiteside|name]], born
[[08/08/1993|dob]],
of [[Flat 2, 118 Lytham Road|address]], [[South Shore|place]], [[FY1 6DZ|postcode]], mobile [[07951 338 264|phone]]. Maternal grandmother:
[[Bernadette Hargreaves|name]] ("[[Bernie|name]]"), a healthcare assistant at Blackpool Victoria Hospital. Mother's friend:
[[Robert Kellet|name]] ("[[Robbo|name]]"), aged 31, known to Lancashire Constabulary for supply of class A drugs; he has told
police he is moving to [[Cleveleys|place]].

3. Reason for the conference
On [[7 November 2026|date]] [[Tyler|name]] and [[Lacey-Mae|name]] were found alone at 21.40 on a northbound tram on the Promenade by
a conductor, [[Wendy Ashworth|name]], after Mr [[Kellet|name]] left them near the Pleasure Beach. The home visit on
[[10 November|date]] found the house cold and without food, and [[Tyler|name]] described caring for his sister before school.
This is the third referral since March 2025: the earlier ones were on [[3 March 2025|date]] (school: [[Tyler|name]]
hungry, head lice) and [[19/06/2026|date]] (neighbour [[Kelly Dobson|name]] of [[43 Langdale Road|address]]: children
heard crying late at night).

4. Children's views
[[Tyler|name]] said: "I want to live with Nan and see Mum on Saturdays at the Sealife and that." [[Lacey-Mae|name]] drew her
family with the dog and Nan; she did not draw [[Dale|name]] or [[Robbo|name]].

5. Recommendation
That both children be subject to child protection plans under the category of neglect, with a core group on
[[1 December 2026|date]] at Mereside Family Hub. [[Dale Whiteside|name]]'s wish to have the children on Fridays to be
assessed; he lives with his partner [[Chantelle Bradshaw|name]] and her son [[Kai|name]], 12.
"""),
]


# --- B. Leadbetter / Rimmer family (white British), Larkholme, Fleetwood, with a grandfather in Knott End --------------------

HOME_B = d.Address("27 Chatsworth Avenue", "Larkholme", "Fleetwood", "FY7 8EQ")
GRAN_B = d.Address("5 Bourne May Road", "Knott End-on-Sea", "Poulton-le-Fylde", "FY6 0BX")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Brooklyn", "Leadbetter")], dt.date(2012, 10, 19), addresses=[HOME_B], ids=["612 821 2557", "Q890290830166"],
       schools=["Fleetwood High School"]),
    _p("s", "sibling", [("Frankie", "Leadbetter")], dt.date(2015, 2, 6), addresses=[HOME_B], ids=["633 677 0206"],
       schools=["Larkholme Primary School"]),
    _p("m", "mother", [("Leanne", "Leadbetter")], dt.date(1990, 12, 1), addresses=[HOME_B], phones=["07462 118 097"]),
    _p("f", "stepfather", [("Carl", "Rimmer")], dt.date(1986, 3, 17), addresses=[HOME_B], phones=["07788 205 613"]),
    _p("g", "grandparent", [("Walter", "Leadbetter")], dt.date(1951, 7, 9), addresses=[GRAN_B], phones=["01253 872 540"]),
    _p("p1", "professional", [("Hayley", "Poulton")], phones=["01253 591 027"], emails=["hayley.poulton@lunewyre.gov.uk"]),
], "c")

DOCS_B = [
    ("school safeguarding referral form to the front door (MASH)", """LUNE WYRE COUNCIL - REQUEST FOR SUPPORT / REFERRAL FORM (MARF)
Section 1 - Child
Surname: [[LEADBETTER|name]]     Forename(s): [[Brooklyn Jade|name]]     Known as: "[[Brook|name]]"
DOB: [[19.10.2012|dob]]    Gender: F    Ethnicity: White British    UPN: [[Q890290830166|upn]]
Address: [[27 Chatsworth Ave|address]], [[Larkholme|place]], [[Fleetwood|place]]   Postcode: [[FY7 8EQ|postcode]]
School: [[Fleetwood High School|school]], Year 9   Sibling: [[Frankie Leadbetter|name]], 11, [[Larkholme Primary|school]]

Section 2 - Parents/carers
Mother: [[Leanne Leadbetter|name]]   Tel: [[07462 118 097|phone]]
Step-father: [[Carl Rimmer|name]]   Tel: [[07788 205 613|phone]]   (works offshore on the wind farm boats out of the dock, 2 weeks on)
Birth father: [[Jason Cookson|name]], whereabouts unknown, thought to be in [[Barrow|place]]

Section 3 - Referrer
Name: [[Mark Sowerbutts|name]]   Role: DSL, [[Fleetwood High|school]]   Tel: [[01253 348 861|phone]]
Date of referral: [[16/11/2026|date]]   Parents aware: YES (mum, by phone 13:10)

Section 4 - Concerns (what has happened, what the child said)
At 12.35 today [[Brooklyn|name]] came to Student Services with her friend [[Ellie-Rose Garside|name]] and showed me a bruise the size of a
palm on her upper left arm, yellow-green at the edges. She said that on Saturday night ([[14th|date]]) [[Carl|name]] came home from the
Strawbury Duck (pub) and "grabbed me and threw me out of the back door" because she had been at [[Rossall|place]] beach with
[[Ellie-Rose|name]] and a lad called [[Kyle|name]] after dark. She slept at [[Ellie-Rose|name]]'s house on [[Broadway|address]] and
[[Ellie-Rose|name]]'s mum, Mrs [[Garside|name]], drove her home Sunday. She says her mum "takes his side". She said she wants to go to
her Grandad [[Walter|name]] in [[Knott End|place]], "on the other side of the ferry", who she says is "the only one who's normal".
She is worried about [[Frankie|name]] "because he winds [[Carl|name]] up".

Attendance 84.1% this year; lates most Mondays. Previous DSL log entries: [[22 Sept 2026|date]] (crying in Art, said "home is a
nightmare"); [[05/10/2026|date]] (seen in [[Cleveleys|place]] at 11pm by PCSO [[Fiona Kitchen|name]]).

Section 5 - Consent: Mother does not consent to a referral but was told we are making one as [[Brooklyn|name]] may be at risk of harm.
"""),
]

DOCS_B += [
    ("a grandfather's handwritten letter to the social worker", """[[5 Bourne May Rd|address]]
[[Knott End|place]]
[[FY6 0BX|postcode]]
Sunday [[22nd Nov|date]]

Dear Mrs [[Poulton|name]],

Thank you for coming over on the ferry to see me on Thursday, I know it is not easy when the tide is wrong. You
asked me to put in writing what I said about our [[Brooklyn|name]] and our [[Frankie|name]] so here it is, my daughter-in-law
[[Sandra|name]] next door is writing it out for me as my hands are bad.

I am 75 and a widower since my wife [[Margaret|name]] passed in 2019. I was on the trawlers out of [[Fleetwood|place]] 30 years and
then on the docks. I have a spare room and [[Brooklyn|name]] has stayed here many a time, she knows the bus and the ferry.
[[Leanne|name]] is my son [[Jason|name]]'s ex, but I have always stood by her and the kids, [[Jason|name]] has been no good since he went to
[[Barrow|place]]. The last I heard of him he was at his mate [[Dougie Pye|name]]'s on [[Walney|place]].

About [[Carl|name]]. I do not like him and he knows it. I have seen him grab [[Frankie|name]] by the neck of his coat at the Marine Hall
gala in the summer. [[Leanne|name]] said it was nothing. When [[Brooklyn|name]] rang me crying on the [[14th|date]] I rang [[Carl|name]]
and he put the phone down on me. My number is [[01253 872540|phone]] (house) and [[Sandra|name]] has a mobile [[07517 903 446|phone]].

I would have [[Brooklyn|name]] here full time if you say so. She can get the 1 bus or the ferry to school. I am not
wanting to cause trouble for [[Leanne|name]] only to keep the girl safe. [[Frankie|name]] can come weekends, he likes the fishing off
the jetty with me and the dog.

Yours sincerely
[[Walter Leadbetter|name]]
(written for him by [[Sandra
Leadbetter|name]])
"""),
]

DOCS_B += [
    ("chronology of significant events (assessment appendix)", """CHRONOLOGY - [[Brooklyn LEADBETTER|name]] (DOB [[19/10/2012|dob]]) and
[[Frankie LEADBETTER|name]] (DOB [[06/02/2015|dob]])
Compiled by [[Hayley Poulton|name]], Social Worker, [[Fleetwood|place]] and [[Thornton|place]] Locality Team, [[30/11/2026|date]]

Date | Event | Source | Impact on child
[[06/02/2015|date]] | [[Frankie|name]] born at Blackpool Victoria Hospital; father [[Jason Cookson|name]] | health | -
[[11/08/2016|date]] | Police called to [[Flat 6, Dock Street|address]], [[Fleetwood|place]]: [[Jason|name]] assaulted [[Leanne|name]] in
front of
[[Brooklyn|name]] (3) | police | [[Brooklyn|name]] hid under the bed
[[2018-03-20|date]] | [[Jason|name]] leaves; moves to [[Barrow-in-
Furness|place]] | mother | -
[[1 July 2020|date]] | [[Carl Rimmer|name]] moves into [[27 Chatsworth Avenue|address]] | mother | -
[[14.02.2023|date]] | School: [[Frankie|name]] says [[Carl|name]] "made him stand in the garden in his pants"; advice only | [[Larkholme
Primary|school]] | [[Frankie|name]] wet the bed for a month
[[22/09/2026|date]] | [[Brooklyn|name]] crying in Art, "home is a nightmare" | [[Fleetwood High|school]] | -
[[05/10/2026|date]] | [[Brooklyn|name]] seen at 23:00 on the prom at [[Cleveleys|place]] with older boys incl. [[Kyle Ormerod|name]] (17)
| police | missing
episode not reported by mother
[[14/11/2026|date]] | [[Carl|name]] grabs [[Brooklyn|name]] and puts her out of the house; she stays at [[14 Broadway|address]] with the
[[Garsides|name]] | child | bruise to arm
[[16/11/2026|date]] | Referral by [[Mark Sowerbutts|name]], DSL | school | -
[[17/11/2026|date]] | Strategy discussion; s47; joint visit with DC [[Ryan Holt|name]] | CSC/police | -
[[19/11/2026|date]] | Visit to paternal grandfather [[Walter Leadbetter|name]], [[Knott End-on-Sea|place]]; he offers care of
[[Brooklyn|name]] | CSC | -
[[22/11/2026|date]] | Letter from Mr [[Leadbetter|name]] | family | -
[[26/11/2026|date]] | [[Carl|name]] interviewed under caution; released under investigation; agrees to stay at his brother
[[Lee Rimmer|name]]'s in [[Thornton|place]] ([[Heys Street|address]]) pending outcome | police | -
"""),
]

DOCS_B += [
    ("voice notes auto-transcribed by a phone, copied from a child's phone with her consent", """Voice notes from [[Brooklyn|name]]'s
phone to her friend, auto-transcribed by the phone (iOS), copied by the social worker
with [[Brooklyn|name]]'s consent on [[27/11/2026|date]]. The transcription mistakes are left as they were; the real words are in
brackets where [[Brooklyn|name]] told me them. Contact saved as "[[Ellie Rose|name]] 💕".

Voice message 0:41, Sat [[14 Nov|date]] 23:52
"[[Ellie|name]] are you awake he's literally just thrown me out I'm stood on the shed... I'm stood on [[Chatsworth|address]] with no shoes
on
my mum's just watching can I come to yours I'll walk down [[Broad way|address]] now don't tell your mum actually do tell your mum"

Voice message 0:18, Sat [[14 Nov|date]] 23:59
"I'm at the bus stop by the freeport (= Freeport) tell your mum I'm by the lighthouse thing"

Voice message 1:12, Sun [[15 Nov|date]] 10:20
"Morning... thank you to your mum. I've rang grandad [[Walter|name]] [[Walter|name]] I mean he was crying proper crying. He says I can go
to not tend (= [[Knott End|place]]) whenever. Our [[Frankie|name]] said [[Cow|name]] (= [[Carl|name]]) made him sleep on the landing. I'm
gonna tell Mr [[sour butts|name]] (= [[Sowerbutts|name]]) on Monday I swear down"

Voice message 0:35, Tue [[17 Nov|date]] 16:44
"The police lady [[Holt|name]] no the man [[Ryan|name]] he's called was alright. [[Kyle|name]] keeps messaging me saying come to
[[clevelys|place]] tonight, I'm not, I'm going to me grandads on the ferry"

Voice message 0:22, Thu [[19 Nov|date]] 21:03
"Can you ask your mum if I can stop at yours on the [[28th|date]] as well, it's [[Frankie|name]]'s party at Laser Quest"
"""),
]


# --- C. Seitkaliyev / Omarova family (Kazakh), Layton, Blackpool, with a grandmother in Shymkent -----------------------------

HOME_C = d.Address("64 Kirkstall Avenue", "Layton", "Blackpool", "FY3 7DE")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Alikhan", "Seitkaliyev")], dt.date(2014, 5, 27), addresses=[HOME_C], ids=["454 026 1487", "W890213186091"],
       schools=["Layton Primary School"]),
    _p("s", "sibling", [("Aruzhan", "Seitkaliyeva")], dt.date(2019, 12, 3), addresses=[HOME_C], ids=["629 866 2863"]),
    _p("m", "mother", [("Zhanar", "Omarova")], dt.date(1989, 3, 8), addresses=[HOME_C], phones=["07306 441 872"],
       ids=["NS 72 40 19 C"]),
    _p("f", "father", [("Yerlan", "Seitkaliyev")], dt.date(1985, 10, 11), addresses=[HOME_C], phones=["07894 650 312"]),
    _p("g", "grandparent", [("Gulnara", "Omarova")], dt.date(1962, 6, 15), phones=["+7 725 253 4410"]),
    _p("p1", "professional", [("Sophie", "Fairclough")], phones=["01253 477 902"], emails=["sophie.fairclough@towercoast.gov.uk"]),
], "c")

DOCS_C = [
    ("single assessment extract completed with an interpreter", """CHILD AND FAMILY ASSESSMENT (SINGLE ASSESSMENT) - EXTRACT: FAMILY
HISTORY AND PARENTING CAPACITY
Child: [[Alikhan SEITKALIYEV|name]] (Cyrillic on his passport: [[Әлихан Сейітқалиев|name]]), born [[27 May 2014|dob]]
Sibling: [[Aruzhan SEITKALIYEVA|name]] ([[Аружан|name]]), born [[03/12/2019|dob]], NHS [[629 866 2863|nhs]]
Address: [[64 Kirkstall Avenue|address]], [[Layton|place]], [[Blackpool|place]] [[FY3 7DE|postcode]]
Assessing worker: [[Sophie Fairclough|name]]. Interpreter: [[Madina Ibraeva|name]] (Kazakh/Russian), booked through Lingua Fylde,
present at both visits ([[18/11/2026|date]] and [[25/11/2026|date]]).

Family history
[[Zhanar Omarova|name]] (mother, 37) and [[Yerlan Seitkaliyev|name]] (father, 41) are from [[Shymkent|place]] in the south of Kazakhstan.
They came to the UK in 2022 on a Skilled Worker visa for [[Yerlan|name]]'s job as a welder at a fabrication firm on the
[[Squires Gate|place]] industrial estate; [[Zhanar|name]] trained as a pharmacist in [[Almaty|place]] but works in a care home in
[[Bispham|place]].
[[Zhanar|name]] keeps her own surname as is usual in Kazakhstan; the children have their father's name, with [[Aruzhan|name]]'s in the
feminine form ([[Seitkaliyeva|name]]). At home the family speak Kazakh and Russian; [[Alikhan|name]] ("[[Ali|name]]" at school,
"[[Алиш|name]]"
at home) speaks English well and often interprets for his father.

[[Zhanar|name]]'s mother, [[Gulnara Omarova|name]] ("Әже" to the children), lives in [[Shymkent|place]] at
[[мкр. Нурсат, дом 112, кв. 45|address]]
and speaks to the children on WhatsApp video most evenings ([[+7 725 253 4410|phone]]). [[Yerlan|name]]'s brother [[Daniyar|name]] lives in
[[Astana|place]]; his sister [[Saule Bekova|name]] lives in [[Preston|place]] ([[Ribbleton|place]]) and is the family's main support here,
mobile [[07719 605 448|phone]].

The incident
On [[16 November 2026|date]] [[Alikhan|name]] came to [[Layton Primary School|school]] with a cut lip and told his teacher, Mrs
[[Cheryl Preston|name]], that his dad hit him with a belt for lying about homework. [[Yerlan|name]] told me, through [[Madina|name]], that
he was "brought up like this, it is normal in our country", that he has now "understood the English law", and that he did
not use a belt but his hand. [[Zhanar|name]] said quietly, when [[Yerlan|name]] had left for his shift, that he has hit [[Alikhan|name]]
"maybe five times this year", always over school, and never [[Aruzhan|name]].

Parenting capacity
Warm, organised home; children well dressed and fed (beshbarmak on the table at the first visit). [[Yerlan|name]] expects
[[Alikhan|name]] to be top of the class and to go to "the grammar in [[Lytham|place]]". [[Alikhan|name]] told me on his own, in
English: "Papa is kind when there is no school. I do not want him to go to prison. Please do not tell Әже."
"""),
]

DOCS_C += [
    ("Telegram family chat in Kazakh and Russian with English, exported and translated for the assessment",
     """Telegram group "[[Омаровтар|name]]
🇰🇿🇬🇧" - messages [[20|date]]-[[23.11.2026|date]], exported by [[Zhanar|name]] and translated by [[Madina Ibraeva|name]]
(translations in brackets; names kept as written)

[[20.11.2026|date]]
[[Гүлнара Омарова|name]]: [[Жанар|name]], балам, [[Алиш|name]] неге жылап жүр? Маған бәрін айт.
   ([[Zhanar|name]], my child, why is [[Alish|name]] crying? Tell me everything.)
[[Zhanar|name]]: Мама, всё нормально. Социальный работник [[Софи|name]] приходила, она хорошая.
   (Mama, it's all fine. The social worker [[Sophie|name]] came, she is good.)
[[Сәуле|name]]: Я приеду из [[Престона|place]] в субботу [[21-го|date]]. [[Ерлан|name]] пусть позвонит мне [[07719 605 448|phone]]
   (I'll come from [[Preston|place]] on Saturday the [[21st|date]]. Let [[Yerlan|name]] call me on [[07719 605 448|phone]].)

[[21.11.2026|date]]
[[Ерлан|name]]: Я всё понял. Больше никогда. Ата тоже бил меня, но здесь другая страна.
   (I understand everything. Never again. Ata (grandfather) also beat me, but this is a different country.)
[[Даурен|name]] ([[+7 701 438 2917|phone]]): Брат, держись. В [[Астане|place]] все молимся за вас
   (Brother, hold on. In [[Astana|place]] we are all praying for you - this is [[Dauren|name]], [[Yerlan|name]]'s cousin, not
[[Daniyar|name]])
[[Гүлнара Омарова|name]]: [[Аружан|name]] маған сурет салып жіберді 😍 теңіз, Блэкпул мұнарасы
   ([[Aruzhan|name]] drew me a picture 😍 the sea, the Blackpool tower)

[[22.11.2026|date]]
[[Zhanar|name]]: [[Алиш|name]] сегодня в мечети на [[Лейтоне|place]] с папой, потом KFC
   ([[Alish|name]] is at the mosque in [[Layton|place]] with Papa today, then KFC)
[[Сәуле|name]]: [[Жанар|name]] мен [[Ерлан|name]] келесі аптада бізге [[Рибблтон|place]]ға келіңдер
   ([[Zhanar|name]] and [[Yerlan|name]], come to us in [[Ribbleton|place]] next week)

[[23.11.2026|date]]
[[Гүлнара Омарова|name]]: [[12 желтоқсан|date]] - [[Аружан|name]]ның туған күні емес пе? Сыйлық жібердім, [[Kirkstall Avenue 64|address]]
деп жаздым
   (Isn't [[12 December|date]] [[Aruzhan|name]]'s birthday? I sent a present, I wrote "[[Kirkstall Avenue 64|address]]")
[[Zhanar|name]]: Мама, туған күні [[3 декабря|date]]! 😂 Индекс [[FY3 7DE|postcode]], не забудь
   (Mama, her birthday is the [[3rd of December|date]]! 😂 The postcode is [[FY3 7DE|postcode]], don't forget)
"""),
]

DOCS_C += [
    ("letter from a primary school's EAL and inclusion lead to the social worker", """[[Layton Primary School|school]]
Inclusion Office

[[1st December 2026|date]]

Dear Ms [[Fairclough|name]]

Re: [[Alikhan Seitkaliyev|name]] (Year 6, class 6F), DOB [[27/05/2014|dob]]

Thank you for the core group invitation. As agreed at the strategy meeting I set out what school knows.

[[Alikhan|name]] joined us from [[School No. 41|school]] in [[Shymkent|place]] in April 2022; his records came in Russian and were
translated by Mrs [[Omarova|name]] herself. He reached "competent" on our EAL scale within a year and is now working at greater
depth in maths. He is a Playground Leader and plays for the school football team with [[Ollie Bamford|name]] and [[Jayden Cross|name]].
His class teacher this year is Mrs [[Cheryl Preston|name]]; his teacher in Year 5 was Mr [[Tom Singleton|name]].

Concerns before [[16 November|date]]: on [[09/10/2026|date]] [[Ali|name]] cried when he got 17/20 in a spelling test and said "Papa will
be angry". On [[4 November|date]] he asked Mrs [[Preston|name]] whether English children "get the belt". Both were logged on CPOMS but
not referred; I have discussed this with Mrs [[Preston|name]] and our DSL, [[Rachael Hoyle|name]].

[[Aruzhan|name]] is in Nursery at [[Layton|school]] (afternoons) and is a happy, chatty girl; her key person is Miss [[Nadia Baig|name]].

Mr [[Seitkaliyev|name]] came to see me on [[27 Nov|date]] with his sister, Mrs [[Saule Bekova|name]], to ask how he can help with
homework "without shouting". We have put him in touch with the parenting course at Layton Family Hub and with [[Aigul|name]]
at the Kazakh and Central Asian group that meets at Blackpool Central Library on Sundays.

Yours sincerely
[[Jo Whittle|name]]
Inclusion Lead and SENCo
[[01253 402 617|phone]] (school office - please ask for [[Jo|name]])
"""),
]

DOCS_C += [
    ("OCR'd certified translation of a Kazakh birth certificate, scanned for the file", """[scan p1/1 - OCR text, errors left as found]
CERTIFIED TRANSLATION FROM KAZAKH AND RUSSIAN INTO ENGLISH
Translator: [[Madina lbraeva|name]], DPSI (Law), Membership no. CIOL 61304

REPUBLIC OF KAZAKHSTAN   BIRTH CERTIFICATE   Series I-OK   No 0873341
Surname: [[SEITKALIYEV|name]] / [[СЕЙІТҚАЛИЕВ|name]]
Name: [[ALIKHAN|name]] / [[ӘЛИХАН|name]]   Patronymic: [[YERLANULY|name]] / [[ЕРЛАНҰЛЫ|name]]
Date of birth: [[27.05.2014|dob]] ([[twenty seventh of May two thousand and fourteen|dob]])
Place of birth: [[Shymkent|place]] city, [[Al-Farabi|place]] district / [[Шымкент|place]] қаласы
Father: [[SEITKALIYEV Yerlan Nurlanovich|name]], citizen of the Republic of Kazakhstan
Mother: [[OMAROVA Zhanar Serikovna|name]], citizen of the Republic of Kazakhstan
Date of registration: [[O4.06.2014|date]]  Record no. 1462
Registering authority: Civil Registry Department of [[Shymkent|place]] city

[stamp] Translation checked [[28/11/2O26|date]]. I certify this is a true translation. [[M. lbraeva|name]]
Contact: [[madina.ibraeva@linguafylde.co.uk|email]]  [[07597 812 034|phone]]
"""),
]


# --- D. Farrugia / Bamber family (Maltese and white British), Ansdell, Lytham St Annes, with grandparents in Żabbar, Malta ----

HOME_D = d.Address("15 Woodlands Road", "Ansdell", "Lytham St Annes", "FY8 4EP")
MALTA_D = d.Address("12, Triq il-Kbira", "", "Żabbar", "ZBR 1530")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Kayla", "Farrugia")], dt.date(2013, 4, 18), addresses=[HOME_D], ids=["614 472 2211", "W890239099603"],
       schools=["St Bede's Catholic High School"]),
    _p("s", "sibling", [("Luke", "Farrugia")], dt.date(2020, 8, 29), addresses=[HOME_D], ids=["596 581 9625"]),
    _p("m", "mother", [("Stacey", "Bamber")], dt.date(1988, 11, 2), addresses=[HOME_D], phones=["07932 174 586"]),
    _p("f", "father", [("Joseph", "Farrugia")], dt.date(1984, 1, 19), addresses=[HOME_D], phones=["07480 229 731"],
       ids=["PE 23 81 46 D"]),
    _p("g", "grandparent", [("Rita", "Farrugia")], dt.date(1958, 5, 5), addresses=[MALTA_D], phones=["+356 2148 3376"]),
    _p("p1", "professional", [("Amy", "Lund")], phones=["01253 609 214"], emails=["amy.lund@lunewyre.gov.uk"]),
], "c")

DOCS_D = [
    ("minutes of a strategy meeting held on Teams", """LUNE WYRE COUNCIL - STRATEGY MEETING MINUTES (Working Together 2023, s47)
Children: [[Kayla FARRUGIA|name]] ([[18/04/2013|dob]]) and [[Luke FARRUGIA|name]] ([[29/08/2020|dob]])
Address: [[15 Woodlands Road|address]], [[Ansdell|place]], [[Lytham St Annes|place]], [[FY8 4EP|postcode]]
Date: Tuesday [[24/11/2026|date]], 14:00-15:05, Microsoft Teams
Chair: [[Claire Entwistle|name]] (Team Manager, Fylde Locality)   Minutes: [[Bethany Shorrock|name]] (Business Support)

Present: [[Amy Lund|name]] (SW); DS [[Neil Gaskell|name]] (Lancashire Constabulary, CAIU);
[[Helen Wignall|name]] (DSL, [[St Bede's|school]]); [[Priya Nair|name]] (School Nurse); [[Jenny Rawstron|name]] (HV for [[Luke|name]])
Apologies: GP (report sent)

1. Information shared
[[Amy|name]]: referral [[23/11/2026|date]] from [[Stacey Bamber|name]] (mother) via 101. [[Stacey|name]] says [[Joseph Farrugia|name]]
("[[Joe|name]]",
"[[Ġużeppi|name]]" to his family) has booked flights for himself, [[Kayla|name]] and [[Luke|name]] from [[Manchester|place]] to Malta on
[[19 December|date]] "for Christmas" without her agreement and has the children's Maltese passports. She fears they will not come
back. She disclosed years of coercive control: he takes her wages, tracks her phone, and calls her "miġnuna" (mad).
DS [[Gaskell|name]]: two previous DA reports, [[02/02/2024|date]] and [[13.07.2025|date]], both NFA. Ports alert can be considered if
the risk of removal is real; the passports are Maltese, so a UK passport order does not reach them.
[[Helen|name]]: [[Kayla|name]] told her form tutor Mr [[Lytham|name]] (yes, that is his name - [[Daniel Lytham|name]]) that "Dad says
we're moving to [[Żabbar|place]] to live with Nanna [[Rita|name]] and Nannu [[Ċensu|name]]", and that she does not want to leave her
friends or her horse-riding at [[Wrea Green|place]].
[[Jenny|name]]: [[Luke|name]] is delayed in speech; [[Stacey|name]] has low mood, on sertraline; father always present at visits.
2. Decision: s47 enquiries; joint visit with DS [[Gaskell|name]] [[25/11/2026|date]]; legal advice re prohibited steps order;
[[Amy|name]] to contact Aġenzija Appoġġ through the ICS route about the grandparents' home at [[12, Triq il-Kbira|address]],
[[Żabbar|place]] [[ZBR 1530|postcode]].
"""),
]

DOCS_D += [
    ("Facebook Messenger conversation between a girl and her grandmother in Malta, in Maltese and English, from the girl's phone",
     """Messenger - [[Kayla|name]]'s phone, chat with "Nanna [[Rita|name]] [[Żabbar|place]]" - screenshots typed up by
[[Amy Lund|name]] [[26.11.26|date]]
(Maltese translated by [[Kayla|name]] herself, in brackets)

[[17 Nov 2026|date]], 19:02
Nanna [[Rita|name]] [[Żabbar|place]]: [[Kayla|name]] qalbi!! Missierek qalli li se tiġu għall-Milied 🎄❤️
   ([[Kayla|name]] my heart!! Your father told me you're coming for Christmas)
[[Kayla|name]]: hi nanna!! yeah dad said but mum doesnt know yet 🤫
Nanna [[Rita|name]] [[Żabbar|place]]: Ma jimpurtax. Il-kamra tiegħek lesta. [[Luke|name]] se jorqod ma' Nannu
   (Doesn't matter. Your room is ready. [[Luke|name]] will sleep with Nannu)

[[20 Nov 2026|date]], 21:40
[[Kayla|name]]: nanna is it just for xmas or forever?? dad said i can go to school with [[Maria|name]] in [[Fgura|place]]
Nanna [[Rita|name]] [[Żabbar|place]]: Għal dejjem jekk Alla jrid 🙏 (Forever if God wills)
[[Kayla|name]]: i dont want forever. i have [[Poppy|name]] and [[Ava|name]] and riding on saturdays
Nanna [[Rita|name]] [[Żabbar|place]]: Missierek jaf x'inhu tajjeb. Ċempel lil ziju [[Mario|name]] [[+356 7942 1180|phone]] jekk għandek
bżonn
   (Your father knows what is good. Call uncle [[Mario|name]] on [[+356 7942 1180|phone]] if you need)

[[22 Nov 2026|date]], 10:15
[[Kayla|name]]: nanna pls dont tell dad i said. mum was crying all nite
Nanna [[Rita|name]] [[Żabbar|place]]: Qalbi... ([[Kayla|name]] translated: "My heart...") Ċempilli fid-dar [[+356 2148 3376|phone]]
"""),
]

DOCS_D += [
    ("email from the Maltese child protection agency answering an international request, with the social worker's forward", """From:
[[Amy Lund|name]] <[[amy.lund@lunewyre.gov.uk|email]]>
Sent: [[03 December 2026|date]] 09:12
To: [[Claire Entwistle|name]]; DS [[Neil Gaskell|name]]
Subject: FW: Request for information - [[FARRUGIA|name]] children - Ref APP/CP/26/3391

[[Claire|name]], [[Neil|name]] - reply from Malta below. Short version: the grandparents are known to them, not for the children.
[[Amy|name]]

-----Original Message-----
From: [[Dorianne Vella|name]] <[[dorianne.vella@gov.mt|email]]>
Sent: [[2 Dec 2026|date]] 16:47
To: [[amy.lund@lunewyre.gov.uk|email]]
Subject: RE: Request for information - [[FARRUGIA|name]] children

Dear Ms [[Lund|name]],

Thank you for your request of [[26th
November 2026|date]] through the Central Authority. I can share the following.

Mr [[Vincenzo|name]] ([[Ċensu|name]]) [[Farrugia|name]] (born [[14/03/1955|dob]]) and Mrs [[Rita Farrugia|name]] (née [[Agius|name]], born
[[05/05/1958|dob]]) live at
[[12, Triq il-Kbira|address]], [[Żabbar|place]] [[ZBR 1530|postcode]]. The household was known to our services in 1996-1998
when their son [[Ġużeppi|name]] ([[Joseph|name]]) and his brother [[Mario|name]] were children, because of domestic violence by Mr
[[Farrugia|name]] towards Mrs [[Farrugia|name]]; the case was closed when Mr [[Farrugia|name]] completed a programme. There is nothing
recent.

[[Mario Farrugia|name]] (born 1981) lives at [[Flat 3, Triq San Pawl|address]], [[Marsaskala|place]] [[MSK 2150|postcode]], with his partner
[[Graziella|name]]. A place for [[Kayla|name]] at a secondary school in [[Fgura|place]] has been asked about by Mr [[Joseph Farrugia|name]]
by email on [[11/11/2026|date]], which suggests an intention to stay beyond a holiday.

If the children come to Malta we can visit within 48 hours. I am reachable on [[+356 2295 9000|phone]] (office).

Kind regards,
[[Dorianne Vella|name]]
Social Worker, Child Protection Services, Aġenzija Appoġġ, [[Santa Venera|place]]
"""),
]

DOCS_D += [
    ("child protection review conference report by the independent chair", """REVIEW CHILD PROTECTION CONFERENCE - CHAIR'S SUMMARY AND
DECISIONS
Children: [[Kayla Farrugia|name]] (13), [[Luke Farrugia|name]] (6)   Category: emotional abuse (both)
Initial conference: [[07/12/2026|date]]   This review: [[1 March 2027|date]]   Venue: Wesham Fire Station community room
Chair: [[Gareth Pilkington|name]]   Social worker: [[Amy Lund|name]]

Progress since the initial conference
- The family court (Lancaster) made a prohibited steps order on [[11 December 2026|date]]; the children did not travel on the
[[19th|date]]. Their Maltese passports are held by [[Stacey|name]]'s solicitor, [[Ruth Fenwick|name]] of [[Fenwick|name]] & [[Hall|name]],
[[St Annes|place]].
- [[Joseph Farrugia|name]] left [[15 Woodlands Road|address]] on [[12/12/2026|date]] and lives with a friend, [[Stuart Kirkham|name]], at
[[Flat 9, Clifton Drive North|address]], [[St Annes|place]], [[FY8 2PB|postcode]]. Supervised contact each Saturday at Lytham Family Centre;
the contact supervisor, [[Sinead|name]], reports warm play with [[Luke|name]] and "strained but improving" talk with [[Kayla|name]].
- [[Stacey Bamber|name]] has had eight sessions with the IDVA, [[Nasreen Ali|name]], and is on the Freedom Programme at [[Kirkham|place]].
- [[Kayla|name]] said to me before the conference: "I still want to see Nanna in the summer, but with Mum, and come back."
- Paternal grandmother [[Rita Farrugia|name]] joined by video from [[Żabbar|place]] with an interpreter, [[Antoine
Camilleri|name]] (Lingua Fylde), and apologised for "the Christmas plan".

Decision: the children remain subject to plans; next review [[1st June 2027|date]]. [[Luke|name]] to start speech and language
therapy at the health centre in [[Kirkham|place]] from [[08/03/2027|date]].

[[G. Pilkington|name]], Independent Chair, [[02.03.2027|date]]
"""),
]


# --- E. Singleton / Hesketh family (white British), Wesham, with a father at an open prison and a grandmother in Freckleton --

HOME_E = d.Address("8 Mowbreck Lane", "Wesham", "Preston", "PR4 3HA")
NAN_E = d.Address("31 Lower Lane", "Freckleton", "Preston", "PR4 1HT")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mason", "Singleton")], dt.date(2012, 1, 30), addresses=[HOME_E], ids=["774 758 4296", "P888208246281"],
       schools=["Carr Hill High School"]),
    _p("s", "sibling", [("Ruby", "Singleton")], dt.date(2018, 7, 4), addresses=[HOME_E], ids=["601 285 8027", "W888294821993"],
       schools=["Kirkham and Wesham Primary School"]),
    _p("m", "mother", [("Kerry", "Singleton")], dt.date(1985, 9, 21), addresses=[HOME_E], phones=["07858 341 116"],
       ids=["524 434 6261"]),
    _p("f", "father", [("Darren", "Hesketh")], dt.date(1983, 2, 11), phones=["07402 556 781"]),
    _p("g", "grandparent", [("Pauline", "Singleton")], dt.date(1960, 10, 12), addresses=[NAN_E], phones=["01772 684 219"]),
    _p("p1", "professional", [("Owen", "Marsden")], phones=["01772 558 306"], emails=["owen.marsden@lunewyre.gov.uk"]),
], "c")

DOCS_E = [
    ("email from a prison's family engagement worker about a father's release on temporary licence", """From: [[Lorraine Threlfall|name]]
<[[lorraine.threlfall@justice.gov.uk|email]]>
Sent: Wed [[11/11/2026|date]] 15:31
To: [[owen.marsden@lunewyre.gov.uk|email]]
Cc: OMU [[Kirkham|place]]
Subject: [[HESKETH|name]] A4471FK - ROTL home leave to [[Wesham|place]] - child safeguarding check

Hi [[Owen|name]],

I'm the Family Engagement Worker at HMP Kirkham. [[Darren Hesketh|name]] (DOB [[11/02/1983|dob]]) is applying for resettlement
overnight release (RORL) to his partner's address, [[8 Mowbreck Lane|address]], [[Wesham|place]], [[PR4 3HA|postcode]], from
[[27 November|date]]. He is serving 4 years for a dwelling burglary in [[Poulton|place]] (index offence [[03/05/2024|date]]) and is
due out on licence in June 2027. No DA or child-related convictions, but the OMU noted a 2021 call-out to
[[Kirkham|place]] (domestic, NFA).

His partner [[Kerry Singleton|name]] has MS and uses a wheelchair outdoors. The children are [[Mason|name]] (14) and [[Ruby|name]] (8), who
is [[Darren|name]]'s. [[Mason|name]]'s dad is a [[Lee Cartmell|name]], not in the picture as far as I know.

[[Darren|name]] says [[Mason|name]] "does everything" at home - meds, shopping at the Booths in [[Kirkham|place]], getting [[Ruby|name]] to
school on the bus - and he wants to "take the weight off him". He has done the Time Out for Dads course with me.

He would be collected by his mum, [[Pauline Singleton|name]]... sorry, that's [[Kerry|name]]'s mum, [[Pauline|name]] (his own mother,
[[Brenda Hesketh|name]], is in [[Morecambe|place]]). Her number is [[01772 684219|phone]].

Could you let me know by [[20/11|date]] if CSC have any objection? My direct line is [[01772 683 102|phone]].

Thanks, [[Lorraine|name]]
[[Lorraine Threlfall|name]] | Family Engagement Worker | HMP Kirkham
"""),
]

DOCS_E += [
    ("young carer's needs assessment form filled in partly by the young carer himself", """YOUNG CARERS NEEDS ASSESSMENT (Children and
Families Act 2014 s96) - Fylde Young Carers Service
Part A - about you (fill in yourself or with your worker)
My name: [[mason singleton|name]]        What I like to be called: [[Mase|name]]
My birthday: [[30th jan 2012|dob]]      My school: [[carr hill|school]] (yr 9)
Who I live with: mum ([[kerry|name]]), my sister [[ruby|name]], and our cat Biscuits. [[darren|name]] ([[ruby|name]]s dad) is in
[[Kirkham|place]] prison
but hes coming home some weekends soon
Who I care for: mum. shes got MS. some days she cant get up

Part B - a typical day (worker wrote it down as [[Mason|name]] said it)
"6.30 I do mums tablets and a brew. Then I get [[Ruby|name]] up and do her hair, she has a bun for school. I walk her to
[[Kirkham and Wesham|school]] then I get the 76 to [[Carr Hill|school]]. Dinner time I ring mum. After school I go Booths or Aldi for
tea if Nan cant. Nan is [[Pauline|name]] she lives in [[Freckleton|place]] on [[Lower Lane|address]] but she has a bad hip. Tuesdays
I dont go football because mum has the nurse [[Gill|name]] come. Some nights I hear mum fall."

Part C - worries
"That mum will die. That they will take [[Ruby|name]] off us. That when [[Darren|name]] comes home he will shout like before
at our old house in [[Kirkham|place]] ([[Orders Lane|address]]). That I will get kicked out of school for lates, Mr
[[Bamber|name]] says I have had 22."

Part D - what would help (worker)
Respite: Fylde Young Carers group at Wesham Community Centre, Thursdays. Referral to adult social care for a care needs
assessment for Ms [[Singleton|name]] (MS nurse [[Gillian Swarbrick|name]], Royal Preston Hospital, [[07375 920 138|phone]]). Talk to
[[Carr Hill|school]] pastoral lead Mr [[Jack Bamber|name]] about lates. Assessment date: [[19/11/2026|date]]. Worker: [[Owen Marsden|name]]
"""),
]

DOCS_E += [
    ("social worker's notes typed fast on a phone during a visit and pasted into the record unedited", """notes from phone - HV
[[singleton|name]]/[[hesketh|name]] [[28/11|date]] - pasted as typed OM
arr 10.05 [[mowbreck ln|address]]. [[darren|name]] home on RORL since fri [[27th|date]], back to [[kirkham|place]] sun [[29th|date]] 4pm
present: [[kerry|name]] (in bed, v tired, cld talk), [[darren|name]], [[ruby|name]], nan [[pauline|name]]. [[mason|name]] out - at mates
([[Tayo|name]]?) in
[[wesham|place]], came back 10.40
- house tidy, food in, [[darren|name]] done a big shop at booths [[kirkham|place]] ystday w [[pauline|name]]s car ([[PN68 KUW|vehicle]])
- [[kerry|name]]: "hes been good as gold, hes done the tablets" - k says she feels less of a burden on [[mase|name]]
- [[ruby|name]] showed me her bun, [[darren|name]] did it?? (youtube) - [[ruby|name]] v happy, sat on his knee
- [[mason|name]] alone in kitchen 10.45: quiet. "its weird having him here." asked if scared: "not really. he shouted at mum
once at [[orders ln|address]] when i was 10, not since." says [[darren|name]] "tries too hard". wants to go football tues now. mentioned
a lad [[jordan|name]] from [[kirkham grammar|school]] "who sells vapes" - not about home, pass to school/PCSO
- [[pauline|name]]: can do tue+thu teas. her mob [[07946 213 770|phone]] (new one, old landline still [[01772 684 219|phone]])
- nxt: YC group thu [[3/12|date]], ASC OT visit for [[kerry|name]] [[8th dec|date]], speak to OMU re next RORL
([[18|date]]-[[20 dec|date]]?)
- no immediate concerns. [[mason|name]] needs breaks. [[D Hesketh|name]] ok with YC plan.
left 11.20
"""),
]

DOCS_E += [
    ("family group conference plan agreed by the family", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Family: [[Singleton|name]] / [[Hesketh|name]]     Held: Saturday [[12 December 2026|date]], Wesham Community Centre, 11am-3pm
Coordinator: [[Rukhsana Patel|name]] (independent FGC coordinator)   Referrer: [[Owen Marsden|name]], Social Worker

Who came: [[Kerry Singleton|name]] (mum); [[Darren Hesketh|name]] (on RORL); [[Mason Singleton|name]] (14); [[Ruby Singleton|name]] (8,
for the
first hour, then with [[Jade|name]] in the crèche); [[Pauline Singleton|name]] (nan, [[Freckleton|place]]); [[Brenda Hesketh|name]]
(paternal nan,
from [[Morecambe|place]], came on the train); [[Gary Singleton|name]] (uncle, [[Warton|place]]); [[Leanne Sumner|name]] (family friend,
next door at
[[no. 10|address]]); [[Tayo Adebayo|name]] ([[Mason|name]]'s best mate) and his mum [[Funmi Adebayo|name]] of [[Ribby Road|address]].
Information givers (first part only): [[Owen Marsden|name]]; [[Gillian Swarbrick|name]] (MS nurse); Mr [[Jack Bamber|name]]
([[Carr Hill|school]]).

Our plan (in the family's words)
1. Mornings: [[Darren|name]] does mum's meds and [[Ruby|name]]'s bun on his home leave days; when he is back at [[Kirkham|place]],
[[Leanne|name]] from [[no. 10|address]] pops in at 7.15 and [[Mason|name]] only does the walk to school.
2. Teas: Nan [[Pauline|name]] Tuesdays and Thursdays; Uncle [[Gary|name]] Fridays and takes [[Mason|name]] to the match
(Preston North End) once a month.
3. [[Mason|name]]'s time: football on Tuesdays at [[Kirkham|place]] (Mr [[Bamber|name]] will sort the lates); YC group Thursdays;
he can sleep over at [[Tayo|name]]'s on Saturdays - [[Funmi|name]] said "anytime", her number [[07415 338 902|phone]].
4. If mum falls: [[Mason|name]] rings 999 first, then Nan on [[01772 684 219|phone]] or [[07946 213 770|phone]], never tries to lift her.
5. [[Darren|name]]: if he drinks or shouts he leaves and goes to his mum's, [[22 Sandylands Promenade|address]], [[Heysham|place]],
[[LA3 1DW|postcode]].
6. Review: FGC review on [[20/03/2027|date]], or earlier if [[Darren|name]]'s release date (expected [[14 June 2027|date]]) changes.
Signed by all of us, [[12/12/26|date]].
"""),
]


# --- F. Ashcroft family (white British), Thornton, Thornton-Cleveleys, with a grandmother in Preesall ------------------------

HOME_F = d.Address("19 Meadows Avenue", "Thornton", "Thornton-Cleveleys", "FY5 2TW")
NAN_F = d.Address("2 Sandy Lane", "Preesall", "Poulton-le-Fylde", "FY6 0EJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Summer", "Ashcroft")], dt.date(2011, 6, 21), addresses=[HOME_F], ids=["584 199 8749", "R888251819093"],
       schools=["Millfield Science and Performing Arts College"]),
    _p("s", "sibling", [("Reece", "Ashcroft")], dt.date(2016, 3, 9), addresses=[HOME_F], ids=["645 426 6818"]),
    _p("m", "mother", [("Hollie", "Ashcroft")], dt.date(1992, 2, 27), addresses=[HOME_F], phones=["07983 120 654"]),
    _p("g", "grandparent", [("Maureen", "Ashcroft")], dt.date(1963, 12, 8), addresses=[NAN_F], phones=["01253 883 419"]),
    _p("p1", "professional", [("Natalie", "Crook")], phones=["01253 725 380"], emails=["natalie.crook@lunewyre.gov.uk"]),
], "c")

DOCS_F = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - Lune Wyre Council Missing from Home Service
Young person: [[Summer ASHCROFT|name]]   DOB: [[21/06/2011|dob]]   Age: 15
Address: [[19 Meadows Ave|address]], [[Thornton|place]], [[Thornton-Cleveleys|place]] [[FY5 2TW|postcode]]
Missing from: Thursday [[19/11/2026|date]] 18:30   Found: Saturday [[21/11/2026|date]] 02:10 (by police, [[Cleveleys|place]] promenade near
the Mythic Coast sculptures)   Police ref: MISPER 26-4418 / Storm 1187
Interviewer: [[Natalie Crook|name]], RHI worker   Interview: [[23 Nov 2026|date]], 16:00, at [[Millfield|school]] (her choice), 40 mins

[[Summer|name]]'s account (her words where possible)
[[Summer|name]] said she left after a row with her mum [[Hollie|name]] about her phone. She walked to [[Cleveleys|place]] and met
"[[Deano|name]]"
and "[[Big Si|name]]" at the bus shelter by the Jubilee Gardens; she thinks [[Deano|name]] is about 24 and [[Si|name]] older, "30 odd". They
drove her in a grey Audi to a flat in [[Fleetwood|place]] "on [[Poulton
Road|address]], above a vape shop" where she stayed two nights.
There were "other girls from [[Rossall|school]] and [[Cardinal Allen|school]]", one called [[Tegan|name]]. She said nobody hurt her but
they gave her vodka and weed and "[[Deano|name]] wanted photos". She would not say more.

She said her Nan, [[Maureen|name]] in [[Preesall|place]] ([[Sandy Lane|address]]), is "the only one who gets it" and she would
rather live there, "the ferry side". She said [[Reece|name]], 10, "cried down the phone" when she rang him on Friday night from
[[Deano|name]]'s phone, [[07831 446 209|phone]] - she remembered it because it "had loads of 4s".

Risks: CSE indicators (older males, car, alcohol, photos, other girls). Protective: Nan, her drama teacher Miss [[Joy Fletcher|name]],
netball at [[Millfield|school]]. Shared with the Child Exploitation Team and DC [[Liam Fairhurst|name]] (Complex Safeguarding) on
[[23/11/2026|date]].
"""),
]

DOCS_F += [
    ("Snapchat messages recovered in a police download of a girl's phone, in an exhibit schedule", """EXHIBIT LF/03 - Extract from
Cellebrite report, handset belonging to [[Summer ASHCROFT|name]] (seized with consent [[24/11/2026|date]])
Application: Snapchat (saved chats only)   Prepared by: DC [[Liam Fairhurst|name]]   Page 3 of 11
Usernames are as on the platform; display names in brackets; times UTC

Chat with: deano_fy5 (display name "[[Dean O|name]]")
[[18/11/2026|date]] 21:14  deano_fy5: u comin to [[clevs|place]] 2moro or wat
[[18/11/2026|date]] 21:15  summ3r.xo ([[Summer|name]]): mayb. mums doin my head in
[[18/11/2026|date]] 21:16  deano_fy5: come the shelter by the gardens 7. [[si|name]] will pick us up. bring [[tegan|name]] if she wants
[[18/11/2026|date]] 21:20  summ3r.xo ([[Summer|name]]): is it the flat in [[fleetwood|place]] again
[[18/11/2026|date]] 21:21  deano_fy5: ye [[poulton rd|address]]. dont tell ur nan lol
[[19/11/2026|date]] 17:02  deano_fy5: ur mum rang me?? how she got my number
[[19/11/2026|date]] 17:03  summ3r.xo ([[Summer|name]]): [[reece|name]] found it on my ipad soz

Chat with: si.h.1988 (display name "[[Simon|name]]")
[[20/11/2026|date]] 23:48  si.h.1988: tell ur mate [[Tegan Moss|name]] shes not welcome back
[[20/11/2026|date]] 23:49  si.h.1988: and delete this chat. my lads car is [[YX17 OPL|vehicle]] if u need a lift from [[thornton|place]]
tho x

Chat with: tegsxx (display name "[[Teg|name]] 🦋")
[[21/11/2026|date]] 03:30  tegsxx: r u home?? police came to [[anchorsholme|place]] for me 2 my nan went mad
[[21/11/2026|date]] 03:31  summ3r.xo ([[Summer|name]]): ye they found me on the prom. ur nan is Mrs [[Moss|name]] at the cafe right
[[21/11/2026|date]] 03:33  tegsxx: ye the one on [[Victoria Road West|address]] lol dont tell her anything

Note by DC [[Fairhurst|name]]: "[[Dean O|name]]" is believed to be [[Dean Oldroyd|name]] (DOB [[04/09/2002|dob]]), of
[[Flat 1, 211 Poulton Road|address]],
[[Fleetwood|place]] [[FY7 7JT|postcode]]; "[[Simon|name]]" is believed to be [[Simon Hesford|name]] (DOB [[30.01.1988|dob]]).
"""),
]

DOCS_F += [
    ("letter from a GP to the social worker after a consultation", """Crescent Surgery
Thornton Medical Centre, [[Victoria Road East|address]], [[Thornton-Cleveleys|place]]

Private and confidential
[[Natalie Crook|name]]
Lune Wyre Council Children's Social Care

[[2nd December 2026|date]]

Dear Ms [[Crook|name]],

Re: [[Summer Ashcroft|name]], DOB [[21-Jun-2011|dob]], NHS No [[584 199 8749|nhs]]
[[19 Meadows Avenue|address]], [[Thornton|place]], [[FY5 2TW|postcode]]

With [[Summer|name]]'s consent and her mother's knowledge I am writing after I saw her on [[30/11/2026|date]] with her grandmother,
Mrs [[Maureen Ashcroft|name]], who brought her in from [[Preesall|place]].

[[Summer|name]] asked for emergency contraception and an STI screen. She told me she had sex with "a man called [[Dean|name]]" in
[[Fleetwood|place]] on
or around [[20 November|date]]; she did not want to say more. At 15 she cannot consent in law, and the age difference and the
circumstances raise clear concerns of child sexual exploitation. I have referred her to the Sexual Assault Referral Centre
(the Lancashire SARC in [[Preston|place]]) and given her the number of the school nurse, [[Kath Dickinson|name]].

Her brother [[Reece|name]] (NHS [[645 426 6818|nhs]]) is also our patient; I have no concerns about him from our records. Her mother,
[[Hollie Ashcroft|name]] ([[07983 120 654|phone]]), had a consultation with my colleague Dr [[Sharma|name]] on [[11/11/26|date]] about
low mood and alcohol.

Yours sincerely,
Dr [[Imogen Frost|name]]
GP Partner
cc [[Rachel Hornby|name]], safeguarding lead nurse, Blackpool Teaching Hospitals
"""),
]

DOCS_F += [
    ("OCR'd scan of a police missing person report, first page", """LANCASHlRE CONSTABULARY        MISSING PERSON REPORT (MFH1)       Page
1 of 4
[OCR from a scanned carbon copy; some characters mis-read]

Missing person surname: [[ASHCR0FT|name]]      Forenames: [[SUMMER|name]]
D.O.B: [[2l/06/2011|dob]]   Age: 15   Sex: F   Height: 5'4"   Build: slim   Hair: blonde, long, in a bun
Home address: [[I9 Meadows Ave|address]], [[Thornton-Cleveley s|place]]    Postcode: [[FY5 2TW|postcode]]
Reported by: [[ASHCROFT, Hollie|name]] (mother)   Tel: [[07983 120 654|phone]]
Date/time reported: [[I9/11/2026|date]] 23:05    Last seen: [[19/11/2O26|date]] 18:30 leaving home address on foot
Clothing: black North Face puffer, grey joggers, white Air Force 1s, pink phone case
Places she may go: Nan - [[Maureen ASHCROFT|name]], [[2 Sandy Ln|address]], [[Preesall|place]] [[FY6 0EJ|postcode]], tel
[[01253 883419|phone]]
(checked 23:40 - not there); friend [[Tegan MOSS|name]], [[Anchorsholme|place]]; "[[Deano|name]]" in [[Fleetwood|place]] - mother found
number [[07831 446209|phone]] on [[Reece|name]]'s iPad. Has gone missing before: [[04/10/2026|date]] (found [[Cleveleys|place]])
Risk assessment: HIGH - under 16, CSE concerns, alcohol
Officer: PC [[Kyle Brade|name]] 3318   Supervisor: Sgt [[Amanda Cowburn|name]]
Circulated on PNC: [[I9/11/2026|date]] 23:52
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 65 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 03:25 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cllr", "hhj", "fr",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "nannu", "ziju", "zija", "papa", "mama",
           "әже", "ата", "апа", "аға", "әке", "ana", "baba"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "lancashire", "the fylde",
               "fylde", "the fylde coast", "fylde coast", "cumbria", "the north west", "north west", "kazakhstan", "казахстан",
               "қазақстан", "malta", "the republic of kazakhstan", "republic of kazakhstan", "europe", "asia", "central asia"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs sets
# 13 to 6's) with this set's titles and kinship words and countries and regions.
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
