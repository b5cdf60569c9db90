"""Set 8: a third held-out hand-written set for the redaction detector, five more invented families, written in one sitting.

Written on the evening of 2026-11-22 (22:03-22:35 UTC) by a helper session that was told NOT to open, read, grep or run
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
bench/bench_redaction.py or bench/redaction_corpus.py, not to read the documents of bench/redaction_heldout.py,
bench/redaction_set7.py or bench/redaction_handwritten.py, and not to run the detector or look at its output. What was read:
the module docstrings of bench/redaction_heldout.py and bench/redaction_set7.py (their marking conventions, followed here),
set 7's `sets` / `problems` / `counts`, tests/test_redaction_set7.py, and the `_party` / `_parse` / `_docs` helpers of
bench/redaction_handwritten.py. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Five families, none like an earlier set's: Kurdish in Stoke-on-Trent (Hawrami), Jamaican-heritage in Nottingham
(Campbell-Reid), Afghan in Luton (Sultani), a farming family in the Eden valley, Cumbria (Armstrong) and a Cantonese-speaking
family in Manchester's Chinatown (Cheung). 19 documents: a return home interview, an A&E liaison notification, a father's
complaint email, TikTok comments, a youth offending team referral order report, a school attendance panel letter, strategy
discussion minutes, a Discord chat, an early help assessment, a housing needs email, a young carer's assessment, a GP
safeguarding note, a special guardianship assessment extract, a Family Group Conference plan, a fostering panel minute, a
supervised contact note, a foster carers' WhatsApp group, a care proceedings chronology extract and a serious case review
paragraph drafted for publication.

Invented: every person, address, phone number, NHS number, UPN, NI number and vehicle registration. Phone numbers are valid
numbers (checked with the phonenumbers library), UK and foreign; NHS numbers and UPNs pass their check digits. Councils are
invented (Potterbrook, Trentvale, Leaside, Lunedale, Irwell Bridge); towns, districts, real charities, brands, NHS bodies,
apps and laws are real and stay unmarked unless the conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_heldout.py and bench/redaction_set7.py. [[words|kind]] is a gold
span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Dr, PC, DS, DJ, SW, Professor, Nurse, Granny, Grandad, Nana, Poh Poh, Dapîr, Bibi, Uncle, Aunty, and
Kaka after a name) stay outside the name span; a possessive 's (or a bare s in texting) stays outside; every person's name
is a name in every form, record or not. "SURNAME, First" is one span; a title's initial with a surname ("Mrs S. Reid") is
one span of initial and surname; a name broken by a line break is one span holding the break; initials alone and pseudonyms
("Child W") are not marked; social media handles and display names are not marked (none used here is a person's plain name).
A street address is one span, its town a place, its postcode a postcode; towns, cities, villages, districts and estates are
places, countries and counties are not; organisations are not marked even when they hold a town's name; a school's or
college's name is a school; a date of birth is dob, any other calendar date with a day is date (a weekday before it stays
outside); helplines are not marked. Choices this set had to make: a farm's or house's name used as the address ("Low Howgill
Farm", "Brackenrigg") is an address span; a street named without a house number ("Hope Street", "ilkeston rd", "Hungerhill
Court") is an address; a Chinese name written family-name-first ("CHEUNG Mei Ling") is one span; a nickname in brackets or
quotes is its own span ("[[Kwok Wai Cheung]] ("[[Kenny]]")"); a shop named after a person ("Lau's Bakery") marks only the
name; a short form of a school's name ("Beech Hill") is a school; a town after a church's name ("St Michael's Church, Shap")
is a place; a law named after a person (Awaab's Law) is legislation and stays; a date split across a line break is one span.

Self-check without the detector: `python -m bench.redaction_set8` (and tests/test_redaction_set8.py) runs set 7's checker
(which runs set 6's) on this set and prints the number of documents and gold spans per kind.
"""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set7 import problems as set7_problems
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Hawrami family (Kurdish), Stoke-on-Trent --------------------------------------------------------------------

HOME_A = d.Address("58 Waterloo Road", "Cobridge", "Stoke-on-Trent", "ST6 2EP")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Dilan", "Hawrami")], dt.date(2010, 5, 19), [HOME_A], ids=["9993562300", "M861180732979"],
       schools=["Haywood Academy"]),
    _p("m", "mother", [("Shilan", "Ahmed")], dt.date(1984, 8, 2), [HOME_A], phones=["07912 448 306"], ids=["JT 61 44 09 B"]),
    _p("f", "father", [("Karwan", "Hawrami")], dt.date(1979, 1, 1), [d.Address("14 Moston Street", "", "Stoke-on-Trent", "ST1 6QE")],
       phones=["07384 221 957"]),
    _p("s", "sibling", [("Rozhin", "Hawrami")], dt.date(2014, 11, 7), [HOME_A], ids=["4851238363"]),
    _p("g", "grandparent", [("Gulbahar", "Ahmed")]),
    _p("n", "partner", [("Azad", "Mirza")], dt.date(1988, 3, 30)),
    _p("p1", "professional", [("Lucy", "Brindley")], phones=["01782 614 372"], emails=["lucy.brindley@potterbrook.gov.uk"]),
    _p("p2", "professional", [("Hawre", "Qadir")], emails=["h.qadir@stokemind.org.uk"]),
], "c")

DOCS_A = [
    ("return home interview", """RETURN HOME INTERVIEW - Potterbrook Council Missing From Home Service
Young person: [[Dilan HAWRAMI|name]]    DOB: [[19.05.2010|dob]]    NHS No: [[999 356 2300|nhs]]
Missing from: Fri [[7th Nov|date]] 16:00, found Sun [[9th Nov|date]] 11:15 (reported missing by mum [[Shilan|name]] at 23:40)
Found by: Staffordshire Police at a flat above a barber's on [[Hope Street|address]], [[Hanley|place]]
Interview by: [[Lucy Brindley|name]], RHI Worker ([[01782 614 372|phone]]), on Tue [[11 November 2025|date]] at school
Language: Kurdish Sorani interpreter offered; [[Dilan|name]] chose English (she writes her name [[Dîlan|name]] in Kurdish).

What [[Dilan|name]] told me
[[Dilan|name]] said she went with her friend "[[Jiyan|name]]" ([[Jiyan Kareem|name]], 15, Year 10 at [[Haywood Academy|school]]) to a
party in [[Burslem|place]]. An older man called [[Sherwan|name]] - "everyone calls him [[Shez|name]]" - picked them up in a grey
Audi A3, reg [[FN19 KXR|vehicle]]. She stayed two nights at [[Sherwan|name]]'s cousin's flat in [[Fenton|place]] and says she
"just slept". She said she left home because her mum's boyfriend [[Azad|name]] shouts at her and says she is "too Western".
Her dad [[Karwan Hawrami|name]] lives in [[Shelton|place]] and she wants to live with him. She misses her Dapîr
([[Gulbahar|name]]), who went back to [[Sulaymaniyah|place]] in the summer, and talks to her on WhatsApp most nights.

Push and pull factors: arguments at home about her phone, Snapchat and TikTok; feeling "watched"; the pull of older boys
with cars and vapes. No disclosure of sexual harm, but the Child Exploitation Screening Tool was completed and sent to the
Exploitation Hub. [[Rozhin|name]] (11) was at home throughout and was not spoken to.

Actions: refer to the Kurdish-speaking worker at Stoke Mind, [[Hawre Qadir|name]] ([[h.qadir@stokemind.org.uk|email]]);
share the vehicle with PC [[Mottram|name]], Missing Persons Coordinator; Mrs [[S. Ahmed|name]] to be offered the Parenting
Teenagers course at the Cobridge Family Hub; next review by [[Lucy|name]] on [[25/11/25|date]].
"""),
    ("a&e liaison notification", """ROYAL STOKE UNIVERSITY HOSPITAL - EMERGENCY DEPARTMENT
PAEDIATRIC LIAISON NOTIFICATION TO CHILDREN'S SOCIAL CARE (secure email)
To: Potterbrook Children's Advice and Duty Service
From: Liaison Health Visitor [[Bev Salt|name]], Safeguarding Children Team, University Hospitals of North Midlands NHS Trust

Patient: [[HAWRAMI, Rozhin|name]]    D.O.B. [[07/11/2014|dob]]
NHS: [[485 123 8363|nhs]]    Address: [[58 Waterloo Road|address]], [[Cobridge|place]], [[Stoke-on-Trent|place]] [[ST6 2EP|postcode]]
GP: Dr [[Okonjo|name]], Cobridge Medical Practice

Attendance: [[16/11/2025|date]] 21:52, self-presented with mother. Presenting complaint: scald to left forearm (approx 3%
TBSA), said to be from a kettle knocked over while making tea. Triage nurse [[Kelly Harrop|name]] noted a delay of about
five hours before attending. Seen by Dr [[A. Venkataraman|name]] (ST4 Paediatrics); burns dressing applied; Plastics
follow-up at the Burns Unit. Mechanism consistent per the doctor, but the delay and the previous attendance for [[Dilan|name]]
(overdose of paracetamol, [[3 March 2025|date]]) prompted this notification.

Accompanied by: mother [[Shilan AHMED|name]] ([[07912 448 306|phone]]) and "stepdad" [[Azad Mirza|name]], who answered most
questions for the child. Mother speaks limited English; no interpreter was booked (Language Line was not used - learning
point raised on Datix).
"""),
    ("father's complaint email", """From: [[Karwan Hawrami|name]] <[[karwan.hawrami79@gmail.com|email]]>
To: Complaints, Potterbrook Council
Subject: Complaint stage 1 - my daughter [[DILAN|name]]

Dear Sir/Madam

My name is [[KARWAN HAWRAMI|name]] I am the father of [[Dilan|name]] and [[Rozhin|name]]. I live at [[14 Moston St|address]],
[[Shelton|place]], [[ST1 6QE|postcode]]. Nobody from social services tell me my daughter was missing two nights in November,
I find out from my brother [[Kamaran|name]] in [[Erbil|place]] who see it on Facebook!! My ex wife [[Shilan|name]] and
this man [[Azad Mirza|name]] they not tell me and the worker Ms [[Brindley|name]] not ring me back. I leave message on
[[01782 614 372|phone]] three time ([[12/11|date]], [[13/11|date]], [[17/11|date]]).

I have parental responsibility, my name is on birth certificate. I want copy of all record under GDPR (subject access
request) and I want [[Dilan|name]] live with me, I have 3 bedroom house now from Aspire Housing. My english is not perfect
please send Kurdish Sorani interpreter to meeting not Arabic. My phone [[07384 221 957|phone]] or my brother in Iraq
[[+964 750 123 4567|phone]].

Thank you
[[Karwan|name]]
"""),
    ("tiktok comments", """[screenshots sent in by [[Dilan|name]]'s form tutor, TikTok comments under a video posted Sat [[15 Nov|date]]]

x0.glitter.x0: new hair who dis 💅
bestie4lyf: STUNNINGG 😍😍 u look like ur mum fr
kurdishqueen: wait is that [[hanley|place]] bus station lol
stoke_kurd_07: u comin out tonite or wat. ill pick u up from the park in [[cobridge|place]] at 7
x0.glitter.x0: cant my mums bf is home 🙄
stoke_kurd_07: tell [[azad|name]] to mind his business 😂 or ill tell him myself
bestie4lyf: [[dilan|name]] dont go w him last time was bare long
unknown_user4471: [[sherwan|name]] owes my brother money tell him [[ryan|name]] said
x0.glitter.x0: pls stop commenting on here my sister can see this
lil_sis_2014: im telling dapir on whatsapp 😤
stoke_kurd_07: ring me [[07825 390 664|phone]] not on here
"""),
]

# --- B. Campbell-Reid family (Jamaican heritage), Nottingham ---------------------------------------------------------

HOME_B = d.Address("Flat 6, Hungerhill Court", "St Ann's", "Nottingham", "NG3 4NB")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jaden", "Campbell-Reid"), ("Jaden", "Reid")], dt.date(2009, 2, 23), [HOME_B],
       ids=["6120777679", "V354748562291"], schools=["Nottingham Academy"]),
    _p("m", "mother", [("Simone", "Reid")], dt.date(1988, 10, 4), [HOME_B], phones=["07463 118 520"], ids=["NP 23 71 48 A"]),
    _p("f", "father", [("Delroy", "Campbell")], dt.date(1985, 6, 12), [d.Address("33 Carlton Road", "Sneinton", "Nottingham", "NG3 2DG")]),
    _p("s", "sibling", [("Tia-Marie", "Reid")], dt.date(2016, 7, 30), [HOME_B], schools=["Blue Bell Hill Primary School"]),
    _p("g", "grandparent", [("Hyacinth", "Reid")], addresses=[d.Address("9 Ransom Road", "Mapperley", "Nottingham", "NG3 5HN")]),
    _p("n", "partner", [("Leon", "Fraser")], dt.date(1990, 12, 1)),
    _p("p1", "professional", [("Gareth", "Pilling")], phones=["0115 845 2291"], emails=["gareth.pilling@trentvale.gov.uk"]),
    _p("p2", "professional", [("Nadia", "Osei")], emails=["nosei@nottinghamacademy.org"]),
], "c")

DOCS_B = [
    ("referral order report", """TRENTVALE YOUTH JUSTICE SERVICE
REFERRAL ORDER - REPORT TO THE YOUTH OFFENDER PANEL (Initial Panel)

Name: [[CAMPBELL-REID, Jaden|name]]    Also known as: "[[JJ|name]]", [[Jaden Reid|name]]
Date of birth: [[23rd February 2009|dob]]    Age: 16    Ethnicity: Black British - Caribbean
Address: [[Flat 6, Hungerhill Court|address]], [[St Ann's|place]], [[Nottingham|place]] [[NG3 4NB|postcode]]
Education: [[Nottingham Academy|school]], Year 11 (UPN [[V354748562291|upn]])
Case manager: [[Gareth Pilling|name]], YJS Officer, [[0115 845 2291|phone]], [[gareth.pilling@trentvale.gov.uk|email]]
Court: Nottingham Youth Court, [[2 October 2025|date]]. Order length: 6 months.

Offence: possession of a bladed article in a public place (Criminal Justice Act 1988, s.139), [[12 August 2025|date]], on the
NET tram platform at [[Bulwell|place]]. [[Jaden|name]] says he carried the knife because boys from [[Radford|place]]
had robbed him of his phone and AirPods two weeks earlier; he named one of them only as "[[Kyrie|name]]".

Family and home: [[Jaden|name]] lives with his mum [[Simone Reid|name]] and his sister [[Tia-Marie|name]] (9). His father,
[[Delroy Campbell|name]], lives in [[Sneinton|place]] and sees him at weekends; he attended court with him. Mum's partner
[[Leon Fraser|name]] has recently moved in. [[Jaden|name]] is close to his Granny [[Hyacinth|name]] in [[Mapperley|place]], who
"raised me half the time", takes him to the Pentecostal church on Sundays and cooks him ackee and saltfish after school.

Victim: none identified (public order). Restorative Justice Worker [[Precious Mwale|name]] will arrange reparation with
the Groundwork Greater Nottingham allotment project. ASSET Plus: medium likelihood of reoffending, medium risk of serious
harm. Speech and Language Therapist screening found expressive language difficulties; the SALT report is attached.

Proposed contract: attend the Knife Crime Awareness programme (Redthread), weekly sessions with [[Gareth|name]], boxing at
the Marvels Gym on [[Alfreton Road|address]], no contact with [[Kyrie|name]]. Mr [[Campbell|name]] has agreed to attend panel meetings.
"""),
    ("attendance panel letter", """[[Nottingham Academy|school]]

Ms [[S. Reid|name]]
[[Flat 6, Hungerhill Court|address]]
[[Nottingham|place]]
[[NG3 4NB|postcode]]

[[14 November 2025|date]]

Dear Ms [[Reid|name]],

Re: [[Jaden Campbell-Reid|name]] (Year 11, Tutor Group 11K) and [[Tia-Marie Reid|name]]

ATTENDANCE PANEL - INVITATION

[[Jaden|name]]'s attendance this academic year is 71.4%, which makes him "persistently absent" under the Department for
Education's Working Together to Improve School Attendance guidance. He has 38 unauthorised sessions, mostly Mondays and
Fridays. Our Attendance Officer, Mrs [[Parkin|name]], has phoned you on [[22/09/2025|date]], [[06/10/2025|date]] and
[[3/11/2025|date]] without an answer on [[07463 118 520|phone]].

You are invited to an Attendance Panel on Wednesday [[26th November 2025|date]] at 3.30pm in the Sixth Form Centre, with
our Head of Year, Mr [[Dwayne Lindo|name]], and the Education Welfare Service. Please bring anyone who supports you:
[[Jaden|name]]'s father or his grandmother are welcome. We know from his Youth Justice worker that things have been difficult.

We have also spoken with [[Blue Bell Hill Primary School|school]], where [[Tia-Marie|name]] is in Year 4: her attendance is
good (96%) and this letter is not about her.

If we cannot agree a plan, the Local Authority may consider a Penalty Notice or an Education Supervision Order under the
Children Act 1989. If you would like this letter in large print or another format, or an interpreter at the meeting, please
ring Reception.

Yours sincerely,

[[Nadia Osei|name]]
Designated Safeguarding Lead and Assistant Principal
[[nosei@nottinghamacademy.org|email]]
"""),
    ("strategy discussion minutes", """STRATEGY DISCUSSION (s.47 Children Act 1989) - MINUTES
Child: [[Tia-Marie REID|name]] DOB [[30/07/2016|dob]] NHS [[612 077 7679|nhs]] - see also sibling [[Jaden|name]] (open to YJS)
Date/time: Wed [[19 Nov 2025|date]] 14:00, Microsoft Teams. Chair: [[Bernadette Okoro|name]], Team Manager, Trentvale MASH

Attendees: DS [[Kirk|name]] (Notts Police, Public Protection Unit); [[Gareth Pilling|name]] (YJS); Nurse [[Joy Ellis|name]]
(School Nursing, Nottingham CityCare); [[N. Osei|name]] (DSL, [[Nottingham Academy|school]]); Ms [[Fenwick|name]] (DSL,
[[Blue Bell Hill Primary School|school]]). Apologies: GP.

Information shared
Police: at 02:10 on [[17/11/2025|date]] officers attended [[Hungerhill Court|address]] after a neighbour, [[Marcia
Thompson|name]] (flat 5), reported a man shouting and a child screaming. [[Leon FRASER|name]] (DOB [[01.12.1990|dob]]) was
arrested for assault on [[Simone Reid|name]]; released under investigation, bail-style conditions not to attend the address.
His car, a white VW Golf [[LP68 WZT|vehicle]], was seized (no insurance). PNC: two previous DA call-outs with an ex-partner
in [[Derby|place]], 2019. [[Tia-Marie|name]] told the officer "[[Leon|name]] pushed Mummy into the telly".
School nursing: [[Tia-Marie|name]] has asthma, well managed; no concerns until [[18 November|date]], when she asked to stay
in at break and said she was tired because "the police came".
Primary school: [[Tia|name]] was upset, drew a picture of a "shouty man"; recorded on CPOMS.
YJS: [[Jaden|name]] has said [[Leon|name]] "acts like he's my dad"; [[Jaden|name]] was staying at his
Granny's in [[Mapperley|place]] that night.

Decision: threshold met for a section 47 enquiry (single agency, CSC lead with police). Social worker: [[Chloe Marsh|name]],
[[0115 876 4411|phone]]. Mother's NI number (for the IDVA referral to Equation): [[NP 23 71 48 A|ni]]. Mrs [[Hyacinth Reid|name]] to be
considered as a safe adult. Next: joint visit [[20/11/25|date]].
"""),
    ("discord chat", """#general - "MANDEM 3" Discord server (exported by Notts Police, DC [[Whitworth|name]], exhibit CW/4)

[[10/08/2025|date]] 22:14 sn0wy: who got [[jaden|name]]s fone tho
[[10/08/2025|date]] 22:15 krownz: u mean [[JJ|name]]? lol its in [[radford|place]] now
[[10/08/2025|date]] 22:15 sn0wy: i am [[JJ|name]] u clown
[[10/08/2025|date]] 22:17 bluntz: [[kyrie|name]] got it. sold to the man in the vape shop on [[ilkeston rd|address]]
[[10/08/2025|date]] 22:20 sn0wy: ima see him at the tram stop [[bulwell|place]] tmrw
[[10/08/2025|date]] 22:21 mayaaa: [[jaden|name]] dont be dumb ur mum will kill u. and ur nan
[[10/08/2025|date]] 22:22 sn0wy: my nan aint gonna know
[[10/08/2025|date]] 22:24 bluntz: ring my cuz in [[kingston|place]] hes got it [[+1 876 927 4411|phone]]
[[10/08/2025|date]] 22:30 mayaaa: [[leon|name]] is at ur yard rn btw i seen his car. the white golf [[LP68 WZT|vehicle]]
[[11/08/2025|date]] 00:03 sn0wy: 👀
"""),
]

# --- C. Sultani family (Afghan), Luton ------------------------------------------------------------------------------

HOME_C = d.Address("112 Dunstable Road", "Bury Park", "Luton", "LU4 8JN")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Mursal", "Sultani")], dt.date(2019, 4, 2), [HOME_C], ids=["9999361730", "B850855789342"],
       schools=["Beech Hill Community Primary School"]),
    _p("m", "mother", [("Zarghuna", "Sultani")], dt.date(1993, 1, 1), [HOME_C], phones=["07552 817 433"], ids=["PE 40 19 88 C"]),
    _p("f", "father", [("Ahmad Shah", "Sultani")]),
    _p("s", "sibling", [("Farid", "Sultani")], dt.date(2011, 9, 15), [HOME_C], ids=["9991411690"]),
    _p("s2", "sibling", [("Sahar", "Sultani")], dt.date(2024, 6, 28), [HOME_C]),
    _p("g", "grandparent", [("Nazo", "Karimi")]),
    _p("n", "partner", [("Haroon", "Wardak")], dt.date(1987, 5, 5), [d.Address("7 Leagrave High Street", "", "Luton", "LU4 9JY")]),
    _p("p1", "professional", [("Priya", "Lakhani")], phones=["01582 547 916"], emails=["priya.lakhani@leaside.gov.uk"]),
    _p("p2", "professional", [("Tom", "Enright")], emails=["tom.enright@nhs.net"]),
], "c")

DOCS_C = [
    ("early help assessment", """LEASIDE EARLY HELP ASSESSMENT (EHA) - version 2
Lead Practitioner: [[Priya Lakhani|name]], Family Support Worker, Bury Park Family Hub
Tel [[01582 547 916|phone]] / [[priya.lakhani@leaside.gov.uk|email]]
Date started: [[4 Sept 2025|date]]    Consent given by: mother, with a Dari interpreter (Big Word, interpreter no. 30417)

Family members
Child: [[Mursal SULTANI|name]], DOB [[2-4-2019|dob]], Year 2 at [[Beech Hill Community Primary School|school]]
       (UPN [[B850855789342|upn]])
Mother: [[Zarghuna Sultani|name]], DOB [[01/01/1993|dob]] (recorded on arrival; true date not known), mob [[07552 817 433|phone]]
Brother: [[Farid|name]], 13, at [[Challney High School for Boys|school]]
Sister: [[Sahar|name]], 14 months
Father: [[Ahmad Shah Sultani|name]], believed to be in [[Kabul|place]]; last contact by phone in 2023 ([[+93 70 123 4567|phone]])
Home: [[112 Dunstable Road|address]], [[Bury Park|place]], [[Luton|place]] [[LU4 8JN|postcode]] (two-bedroom flat above a
grocer's, privately rented)

Family story
The family came to the UK under the Afghan Citizens Resettlement Scheme (ACRS) in 2022 and spent fourteen months in a bridging
hotel in [[Hemel Hempstead|place]]. Mrs [[Sultani|name]] says her husband stayed behind with his mother, Bibi [[Nazo|name]], in
[[Jalalabad|place]] and she does not know if he is alive. She has a new partner, [[Haroon Wardak|name]], who lives in
[[Leagrave|place]] and helps with shopping and forms; he drives a taxi for Luton Cabs. [[Farid|name]] says "[[Haroon|name]] is
OK but he is not my father". [[Mursal|name]] has not settled in Year 2: she hides under tables, has toileting accidents
and has spoken only Pashto to her teacher, Miss [[Begum|name]].

What is working well: the children are warm, fed and clean; [[Zarghuna|name]] attends ESOL at [[Barnfield College|school]] and
the mosque women's group on Tuesdays; Mr [[Wardak|name]] is supportive. Neighbour Mrs [[Iqbal|name]] from the shop downstairs
has been taking [[Mursal|name]] to school.
Worries: damp and mould in the children's bedroom; Universal Credit sanctions; possible trauma (PTSD) for [[Farid|name]];
[[Mursal|name]]'s development (referral to the Child Development Centre, Dr [[Tom Enright|name]], community paediatrician).
"""),
    ("housing needs email", """From: [[Priya Lakhani|name]] <[[priya.lakhani@leaside.gov.uk|email]]>
To: Housing Options Team; Environmental Health (Private Sector Housing)
Cc: [[tom.enright@nhs.net|email]]
Date: Mon [[13 Oct 2025|date]] 10:41
Subject: URGENT - damp and mould, family with baby - [[112 Dunstable Rd|address]] [[LU4 8JN|postcode]]

Hi both,

I am writing about the [[Sultani|name]] family (Mum [[Zarghuna|name]], children [[Farid|name]] 14, [[Mursal|name]] 6 and [[Sahar|name]]
16 months). Since Awaab's Law came in for social housing I know private lets are different, but the black mould in the
back bedroom is now across the whole ceiling and [[Sahar|name]] has been admitted to the Luton and Dunstable Hospital twice
with bronchiolitis ([[19/08/2025|date]] and [[2/10/2025|date]]). Dr [[Enright|name]] has written a supporting letter (attached).

The landlord, a Mr [[Khalid Rafiq|name]] ([[07711 503 982|phone]]), has told [[Zarghuna|name]] that if she complains he will
give her a section 21 notice. She is frightened of losing the flat - she was homeless once already, in [[Watford|place]].

Could Housing Options open a homelessness prevention case (Housing Act 1996 Part 7), and could Environmental Health do a
HHSRS inspection this week? Mum is available any day except Thursday, when she is at the Jobcentre Plus. She needs a
Pashto or Dari interpreter; her partner [[Haroon|name]] can also help with English.

Thanks,
[[Priya|name]]

[[Priya Lakhani|name]] | Family Support Worker | Leaside Council Early Help | [[01582 547 916|phone]]
"""),
    ("young carer assessment", """LEASIDE YOUNG CARERS SERVICE - YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s.96)
Young carer: [[Farid Sultani|name]]    Born: [[15th Sept 2011|dob]]    School: [[Challney High School for Boys|school]] (Year 9)
Assessor: [[Owen Price|name]], Carers in Bedfordshire, with interpreter Mr [[Sediqi|name]] (Pashto)
Visit: home, [[112 Dunstable Rd|address]], [[Luton|place]], on Tue [[28 October 2025|date]]

In [[Farid|name]]'s words
"I do the talking for my mum at the doctor and the council and the Jobcentre because my English is best. I take [[Mursal|name]] to
[[Beech Hill|school]] before my school and I am late every day, Mr [[Hussain|name]] gives me detentions. When [[Sahar|name]] was in the
L&D I stayed with her at night because mum was scared of the hospital. [[Haroon|name]] Kaka helps but he works nights on the
taxi. I miss my friends from the hotel in [[Hemel|place]], [[Yusuf|name]] and [[Ali|name]]. In [[Kabul|place]] I played cricket, here I
play football for Bury Park Youth on Sundays."

What he does: interpreting (health, housing, benefits); childcare in the mornings; shopping at the Lidl on [[Dunstable Road|address]];
reading letters from DWP and HMRC. About 20 hours a week.
Impact: late for school 31 times this term; tired; headaches (GP aware - Dr [[Odukoya|name]]).

Outcome: eligible for support. Actions: young carers' group on Thursdays at the Hat Factory; ask school to stop detentions and
sign [[Farid|name]] up to the Young Carers in Schools award scheme; ask Early Help (lead practitioner [[Priya|name]]) to
book professional interpreters for Mum so [[Farid|name]] does not have to; Young Carer ID card issued (card no. YC-2291).
"""),
    ("gp safeguarding note", """EMIS Web - Consultation [[21-Oct-2025|date]] 12:05 - Dr [[J. Odukoya|name]] (GP Safeguarding Lead)
Bury Park Health Centre
Patient: [[Farid SULTANI|name]] (M) DOB [[15-Sep-2011|dob]] NHS [[999 141 1690|nhs]]
Registered address: [[112 Dunstable Road|address]] [[LU4 8JN|postcode]]

History: Attended with mother and "uncle" ([[Haroon|name]], not a relative - mother's partner) for headaches and poor sleep.
Seen alone for part of the consultation with telephone interpreter (Pashto). Says he wakes at night with pictures of the
airport in [[Kabul|place]]. Says [[Haroon|name]] sometimes slaps him "when I am rude to my mother"; last time about 2 weeks ago,
no marks now. Denies self-harm. Plays football at the Luton Town FC community trust on Saturdays with his friend [[Bilal|name]].

Examination: no visible bruising. BP normal. Mood low-ish, engaged.
Plan: 1. Safeguarding - discussed with Duty, Leaside Children's Services, spoke to [[Priya|name]] (lead practitioner, EHA),
agreed a MASH referral today. 2. Refer to CAMHS (ELFT) and the Refugee Council's therapeutic service. 3. Safeguarding
code added; alert on sibling records ([[Mursal|name]], [[Sahar|name]]). 4. Review 2/52.
Read codes: 13IF. Child is cause for concern. XaJt3 Refugee.
"""),
]

# --- D. Armstrong family (farming), Eden valley, Cumbria ------------------------------------------------------------

HOME_D = d.Address("Low Howgill Farm", "Milburn", "Penrith", "CA10 1TN")
GRAN_D = d.Address("Brackenrigg", "Shap", "Penrith", "CA10 3LX")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ellie", "Armstrong")], dt.date(2015, 3, 8), [HOME_D], ids=["7380486764", "H935584818835"],
       schools=["Milburn Church of England School"]),
    _p("m", "mother", [("Joanne", "Armstrong"), ("Joanne", "Graham")], dt.date(1986, 4, 17), [HOME_D], phones=["07407 263 118"]),
    _p("f", "father", [("Robert", "Armstrong")], dt.date(1982, 9, 9), [HOME_D], phones=["01768 862 105"], ids=["JK 20 55 81 D"]),
    _p("s", "sibling", [("Sam", "Armstrong")], dt.date(2011, 12, 20), [HOME_D], schools=["Appleby Grammar School"]),
    _p("g", "grandparent", [("Jim", "Graham")], dt.date(1954, 2, 11), [GRAN_D], ids=["JH 48 27 15 A"]),
    _p("n", "partner", [("Kirsty", "Nelson")], dt.date(1991, 8, 25)),
    _p("p1", "professional", [("Hannah", "Dixon")], phones=["01228 221 046"], emails=["hannah.dixon@lunedale.gov.uk"]),
], "c")

DOCS_D = [
    ("special guardianship assessment", """LUNEDALE COUNCIL - SPECIAL GUARDIANSHIP ASSESSMENT (Regulation 21 and Schedule, Special
Guardianship Regulations 2005) - EXTRACT, sections 3 to 5

Child: [[Ellie ARMSTRONG|name]], born [[8 March 2015|dob]], NHS [[738 048 6764|nhs]], UPN [[H935584818835|upn]]
Prospective special guardians: Mr [[James Graham|name]] (known as [[Jim|name]]), DOB [[11.02.1954|dob]], NI [[JH 482715 A|ni]], and
Mrs [[Margaret Graham|name]], DOB [[30.06.1956|dob]], maternal grandparents
Address: [[Brackenrigg|address]], [[Shap|place]], [[Penrith|place]], Cumbria [[CA10 3LX|postcode]]
Assessing social worker: [[Hannah Dixon|name]], Fostering and Kinship Team, [[01228 221 046|phone]]

3. The applicants' history. [[Jim|name]] was born at [[Bampton|place]] and has farmed sheep (Swaledales and some Rough Fell)
on the fells above the village all his life; [[Margaret|name]] grew up in [[Kirkby Stephen|place]], where her father
kept the ironmonger's. They married at St Michael's Church, [[Shap|place]], in 1976 and have two daughters,
[[Joanne|name]] ([[Ellie|name]]'s mother) and [[Claire|name]], who lives in [[Kendal|place]] with her husband
[[Mark Teasdale|name]]. Both are members of the Young Farmers and the Shap WI;
[[Jim|name]] is a retained firefighter with Cumbria Fire and Rescue Service.

4. Relationship with the child. [[Ellie|name]] has stayed with "Grandad and Nana" every weekend since she was a baby. She
helps at lambing and shows her pet Herdwick tup at the Westmorland County Show. Since [[Joanne|name]] went into the
Mental Health Unit at the Carleton Clinic in May, [[Ellie|name]] has lived at [[Brackenrigg|address]] full time under a
section 20 arrangement; she travels to [[Milburn Church of England School|school]] by the school taxi.

5. The parents' views. [[Ellie|name]]'s father, [[Rob Armstrong|name]], still farms at [[Low Howgill Farm|address]],
[[Milburn|place]] and supports the application "as long as I see her at the mart on Tuesdays". His new partner, [[Kirsty
Nelson|name]], a veterinary nurse at the Eden Vets practice in [[Appleby|place]], has met [[Ellie|name]] twice. [[Joanne|name]]
agrees, through her solicitor [[Fiona Wilkinson|name]] of a [[Penrith|place]] firm. Mr [[R. Armstrong|name]] worries about the
farm's future: the Basic Payment Scheme is ending and DEFRA's Sustainable Farming Incentive is "forms, forms, forms".
"""),
    ("family group conference plan", """FAMILY GROUP CONFERENCE - FAMILY PLAN
Held: Saturday [[18th October 2025|date]], Shap Memorial Hall. Independent Coordinator: [[Alison Bell|name]] (Lunedale FGC Service)
For: [[Ellie|name]] and [[Sam|name]]

Who came: Grandad [[Jim|name]] and Nana [[Margaret|name]]; Dad ([[Rob|name]]) and [[Kirsty|name]]; Aunty [[Claire|name]] and
Uncle [[Mark|name]]; Mum ([[Jo|name]]) joined by phone from the ward for 20 minutes; [[Ellie|name]]'s friend's mum [[Debbie
Hutchinson|name]] (who does the school run on Fridays); [[Ellie|name]]'s advocate [[Rhian|name]] from NYAS.
Professionals at the information-giving stage only: [[Hannah Dixon|name]] (social worker), Mrs [[Capstick|name]] (headteacher).

Our plan (in the family's words)
- [[Ellie|name]] lives with Nana and Grandad at [[Brackenrigg|address]] during the week.
- [[Sam|name]] (13) stays at the farm with Dad because he does not want to move from [[Appleby Grammar School|school]], and
  helps with the cattle. [[Kirsty|name]] will make sure he has his tea and does his homework.
- Every Tuesday Dad picks [[Ellie|name]] up from school in the Land Rover ([[PN15 YHG|vehicle]]) and takes her to the auction
  mart in [[Penrith|place]], then back to [[Shap|place]] by 7.
- [[Claire|name]] will visit Mum on the ward in [[Carlisle|place]] every Sunday and take [[Ellie|name]] when the ward says it is OK.
- If Grandad is called out on a fire shout, [[Debbie|name]] will collect [[Ellie|name]]. Her number is [[07946 512 380|phone]].
- Nobody will talk about the court case in front of the children.
- If the plan is not working, anyone can ring [[Alison|name]] on [[01768 212 447|phone]] and we will meet again.
Review date: [[17/01/2026|date]].
"""),
    ("fostering panel minute", """LUNEDALE COUNCIL FOSTERING PANEL - MINUTES (EXTRACT)
Date: [[20 November 2025|date]], virtual (Microsoft Teams)
Present: Independent Chair Dr [[Ruth Gaskell|name]]; Vice Chair [[Neil Atkinson|name]] (care-experienced member); Medical
Adviser Dr [[Sunil Batra|name]]; Legal Adviser [[P. Hetherington|name]]; Panel Adviser [[Louise Slee|name]]; Minutes: [[Gemma|name]]
(Panel Administrator).

Item 4: Connected person (Regulation 24) carers, Mr and Mrs [[GRAHAM|name]], for E.A. - approval as foster carers
(temporary approval under Regulation 24 expires [[28/11/2025|date]])

The assessing social worker, [[Hannah Dixon|name]], presented the Form C report. Panel members asked about the applicants'
ages ([[Jim|name]] is 71), his health (type 2 diabetes, well controlled - GP letter from Dr [[MacLeod|name]], [[Shap|place]]
surgery) and the isolation of the farmhouse in winter when the A6 over the fell closes. [[Margaret|name]] said that in the
snow of 2010 "we managed a fortnight and nobody starved". Panel noted the warmth of the relationship described by the
school and by the Independent Reviewing Officer, [[Simon Kirkbride|name]].

Recommendation: unanimous - that Mr [[James Graham|name]] and Mrs [[Margaret Graham|name]] of [[Brackenrigg|address]],
[[Shap|place]] be approved as connected person foster carers for one child, [[Ellie|name]], until the special guardianship
application is heard at Carlisle Family Court. Agency Decision Maker: [[Karen Irving|name]], Head of Service.
"""),
]

# --- E. Cheung family (Cantonese-speaking), Manchester Chinatown ----------------------------------------------------

HOME_E = d.Address("Flat 12, 40 Faulkner Street", "", "Manchester", "M1 4FH")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Wing Yan", "Cheung"), ("Winnie", "Cheung")], dt.date(2017, 1, 26), [HOME_E],
       ids=["9997839293", "F358304534064"], schools=["Ardwick Green Primary School"]),
    _p("m", "mother", [("Mei Ling", "Cheung"), ("Mei Ling", "Lau")], dt.date(1987, 12, 3), [HOME_E], phones=["07384 662 019"],
       ids=["SC 73 18 26 D"]),
    _p("f", "father", [("Kwok Wai", "Cheung"), ("Kenny", "Cheung")], dt.date(1983, 7, 21),
       [d.Address("27 Hathersage Road", "Longsight", "Manchester", "M13 0FE")], phones=["07522 304 871"]),
    _p("s", "sibling", [("Ho Yin", "Cheung"), ("Jason", "Cheung")], dt.date(2013, 10, 14), [HOME_E], ids=["4016105315"],
       schools=["Manchester Academy"]),
    _p("g", "grandparent", [("Siu Fong", "Lau")]),
    _p("n", "partner", [("Amy", "Tse")], dt.date(1992, 4, 9)),
    _p("p1", "professional", [("Sarah", "Whitehead")], phones=["0161 236 8840"], emails=["sarah.whitehead@irwellbridge.gov.uk"]),
    _p("p2", "professional", [("Marcus", "Doyle")]),
], "c")

DOCS_E = [
    ("supervised contact note", """IRWELL BRIDGE FAMILY TIME SERVICE - SUPERVISED CONTACT RECORD
Children: [[Wing Yan CHEUNG|name]] (known as [[Winnie|name]]) and [[Ho Yin CHEUNG|name]] ([[Jason|name]])
Adult: father, [[Kwok Wai Cheung|name]] ("[[Kenny|name]]")    Supervisor: [[Marcus Doyle|name]]
Interpreter (Cantonese): Mrs [[Chan|name]]
Date: Thurs [[6/11/25|date]], 16:30-18:00, Levenshulme Contact Centre. Transport: taxi from [[Manchester Academy|school]].

16:28 Dad arrived early with a bag from [[Lau|name]]'s Bakery on [[Faulkner Street|address]] (egg tarts and char siu bao). He said the
bakery belongs to his ex-wife's cousin and he "still gets a discount". I reminded him food is fine but gifts are to be agreed.
16:35 [[Jason|name]] and [[Winnie|name]] arrived. [[Winnie|name]] ran to Dad and called him "Baba". [[Jason|name]] (12) stayed by the
door on his phone (Roblox) and said "hi" without looking up.
16:50 Dad spoke in Cantonese. Interpreter: he asked [[Jason|name]] if Poh Poh is still cooking for them on Sundays and if
"that man" still comes to the flat. I redirected: the contact agreement says no questions about Mum's home.
17:10 Dad showed the children a video call from their uncle [[Kwok Keung|name]] in [[Hong Kong|place]] ([[Sham Shui Po|place]]).
Dad gave [[Jason|name]] a piece of paper with the uncle's number, [[+852 9123 4567|phone]]. I took it and returned it to Dad at
the end; this will go to the social worker, [[Sarah Whitehead|name]].
17:25 Dad's partner, [[Amy Tse|name]], rang twice; Dad did not answer the second time. He said [[Amy|name]] wants to meet the
children "at Chinese New Year, at the Arch".
17:45 Goodbyes. [[Winnie|name]] cried and held Dad's coat. [[Kenny|name]] calmed her well, sang a song in Cantonese.
17:58 Children left by taxi (driver [[Imran|name]], Street Cars). Dad left on foot towards [[Longsight|place]].

Overall: warm with [[Winnie|name]]; [[Jason|name]] withdrawn. One breach (the phone number). Shared with [[Sarah|name]] by email,
[[sarah.whitehead@irwellbridge.gov.uk|email]], copied to [[Marcus|name]]'s manager.
"""),
    ("foster carer whatsapp", """[WhatsApp group "[[Cheung|name]] kids - carers + SW", exported [[24/11/2025|date]]]

[[20/11/2025|date]] 07:52 - [[Janet Pickering|name]]: Morning [[sarah|name]], [[winnie|name]] had a bad night again, woke at 3
asking for poh poh 😢
[[20/11/2025|date]] 07:53 - [[Janet Pickering|name]]: she says [[Kenny|name]] told her at contact she's going back to the flat
at christmas?
[[20/11/2025|date]] 08:30 - [[Sarah Whitehead|name]]: Thanks [[Janet|name]]. No, nothing agreed. I'll speak to dad. How is
[[jason|name]]?
[[20/11/2025|date]] 08:41 - [[Janet Pickering|name]]: [[jase|name]] ok, quiet. went to the chinese school in [[ardwick|place]] on
sat w his mate [[kelvin|name]]
[[20/11/2025|date]] 08:42 - [[Janet Pickering|name]]: [[kelvin|name]]s mum Mrs [[Yip|name]] drives them, is that ok? her
number [[07911 123 456|phone]]
[[20/11/2025|date]] 09:15 - [[Sarah Whitehead|name]]: Fine for now but I need to do a quick check. Can you send her full name?
[[20/11/2025|date]] 09:20 - [[Janet Pickering|name]]: [[Yip Wai Man|name]] I think, lives on [[Upper Brook St|address]] near
the uni
[[20/11/2025|date]] 12:04 - [[Dave Pickering|name]]: school rang, [[winnie|name]] fell in PE, nothing broken, in A&E in
[[stockport|place]] just to check
[[20/11/2025|date]] 12:06 - [[Sarah Whitehead|name]]: Ok thank you [[Dave|name]] - I'll let mum know via the ward. Please
fill in the Significant Event form on Clearcare
[[20/11/2025|date]] 16:45 - [[Dave Pickering|name]]: all fine, sprain. Home now. she wants to facetime poh poh, number is
[[0161 236 2250|phone]]?
"""),
    ("care proceedings chronology", """IN THE FAMILY COURT SITTING AT MANCHESTER    Case No: MA25C01187
IRWELL BRIDGE CITY COUNCIL v (1) [[CHEUNG Mei Ling|name]] (2) [[CHEUNG Kwok Wai|name]] (3-4) the children through their Children's
Guardian, [[Pauline Okafor|name]] (Cafcass)
MERGED AND SUMMARISED CHRONOLOGY (Practice Direction 12A) - extract

Date          Event   Source
[[26.01.2017|dob]]    [[Wing Yan|name]] born at St Mary's Hospital. NHS [[9997839293|nhs]].   Health
[[03.05.2021|date]]    Police called to [[40 Faulkner St|address]] by neighbour Mr [[Wong|name]] (flat 11) - shouting in
              Cantonese; father arrested, no further action. Mother declines DASH risk assessment.   GMP log
[[14.02.2023|date]]    Referral from [[Guangdong Chinese School|school]] (Saturday school): [[Ho Yin|name]] said
              "Baba hit Mama with a wok".   MASH
[[20.02.2023|date]]    Strategy discussion. Section 47 enquiry by SW [[Sarah Whitehead|name]] ([[0161 236 8840|phone]]). Father moves out to
              [[27 Hathersage Road|address]], [[Longsight|place]] [[M13 0FE|postcode]].   CSC
[[09.09.2024|date]]    [[Winnie|name]] tells her teacher at [[Ardwick Green Primary School|school]] that
              "Mummy's friend [[Danny|name]]" sleeps over and shouts (School).
              [[Danny|name]] later identified as [[Daniel Ho|name]], DOB [[12/04/1985|dob]], of [[Cheetham Hill|place]].
[[30.06.2025|date]]    Mother admitted to MRI under s.2 Mental Health Act 1983. Children placed with maternal grandmother,
              [[Lau Siu Fong|name]] ("Poh Poh"), at the flat, under s.20.   CSC
[[15.07.2025|date]]    Grandmother (aged 78) says she cannot manage [[Jason|name]]; children moved to foster carers Mr and
              Mrs [[Pickering|name]] in [[Stockport|place]].   CSC
[[04.08.2025|date]]    Issue of proceedings. ICO granted by DJ [[Hallworth|name]]. Mother's NI number for the legal aid
              application: [[SC 73 18 26 D|ni]].   Court
[[22.10.2025|date]]    Father's partner [[Amy
              Tse|name]] assessed as a potential carer (viability: negative).   CSC
"""),
    ("serious case review paragraph", """CHILD SAFEGUARDING PRACTICE REVIEW - "CHILD W" - DRAFT FOR PUBLICATION
(anonymisation check pending)

3.4 Child W is a Chinese British girl who was eight when the events reviewed took place. She lived with her mother and
older brother in a flat in [[Chinatown|place]], in [[Manchester|place]] city centre, above a restaurant on
[[Faulkner Street|address]]. Her family spoke Cantonese at home. The review panel heard from her maternal grandmother, Mrs [[Lau|name]],
that the family had "nobody to ask", and from the Wai Yin Society and the Chinese Health Information Centre that families in the community
often do not know how to approach Children's Services.

3.5 The panel found that interpreters were not used in nine of fourteen home visits. On one occasion (on [[14th February
2023|date]]) the child's brother, then nine, was asked to interpret his own disclosure about his father. Agencies did not
share that the mother had told her GP, Dr [[Eleanor Fitzgerald|name]], that she was frightened of her ex-partner; nor that
the father had an overseas telephone number in use. The panel thanks Ms [[Cheung|name]] for speaking to the reviewer,
Professor [[Ruth Lindqvist|name]], in her own words.

3.6 Recommendation 2: Irwell Bridge Safeguarding Partnership should ensure that the Language Line contract is used for
every statutory visit where a parent's first language is not English, and that Working Together to Safeguard Children 2023
is followed on professional interpreters.
"""),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E))
NAME = "set 8 (written 2026-11-22 evening without reading the detector; held out until scored on 2026-12-06 at about 03:05 UTC, read since)"


_TITLES = {"granny", "grandad", "nana", "nan", "poh", "dapîr", "dapir", "bibi", "kaka", "baba", "professor", "sw", "dj"}
_NOT_PLACES = {"england", "iraq", "kurdistan", "jamaica", "afghanistan", "china", "cumbria", "staffordshire", "bedfordshire",
               "nottinghamshire", "greater manchester", "united kingdom", "uk"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 7's checker (which runs set 6's) does the parsing, stray-markup, span, check-digit, NI-format, name-left-unmarked,
# valid-phone, title-inside-name, weekday-inside-date and country-as-place checks; this adds this set's own kinship words
# and counties.
_SET = HandSet(NAME, _PAIRS, _RECORDS, set7_problems, _TITLES, _NOT_PLACES, (), place_label="a country or county")
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
