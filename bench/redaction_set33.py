"""Set 33: a held-out hand-written set for the redaction detector, six more invented families, written in one short sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set30.py,
redaction_set31.py, redaction_set32.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py (its docstring, its first family's records and first document, its last documents, word lists and
checker wiring) and tests/test_redaction_set21.py in full (the layout and marking conventions followed here), the docstrings of
sets 7 to 29 searched by a script for the towns, districts and communities considered here (to pick homes and communities no
earlier set used), the `_party`, `Records` and `HandSet` signatures in bench/redaction_handwritten.py, and set 21's checker
wiring (set 15's problems). Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made with
python-stdnum in small snippets. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from
the detector module only to build records. Nobody may tune the detector on this set. If a mistake in the gold marking is found
after scoring, correct only the marking and say so here.

Because the deadline was short, this set is smaller than its brief asked: 24 documents (four per family), but short ones, with
496 gold spans rather than the 1,000 to 1,500 asked for.

Six families, chosen to look like a typical caseload in Portsmouth, Southampton, the Isle of Wight, Dorset, Somerset and Devon
outside Plymouth, each from a district or town no earlier set used as a family's home: a white British family in Stamshaw,
Portsmouth, with a grandmother in Paulsgrove (Gale / Nutley; a mother's drinking, a boy of 9 late to school and hungry), a
Gambian family in Thornhill, Southampton (Jallow / Ceesay; a girl of 11 at risk of being taken to The Gambia for FGM, an aunt in
Serekunda), a white British young carer in Ryde, Isle of Wight (Orchard / Dore; a girl of 13 caring for a mother with multiple
sclerosis), a white British farm worker's family in Bridport, Dorset (Symes / Loveless; a baby's unexplained fracture), a Kosovan
family in Halcon, Taunton (Krasniqi / Berisha; domestic abuse, a boy of 15 missing and exploited, a grandfather in Prishtina) and
a white British family on the Westexe estate in Tiverton (Rendell / Chave; neglect, a dog bite, a child protection conference).
Two communities no earlier set used: Gambian and Kosovan Albanian. 24 documents: a social worker's case note, a family's
texts typed up from screenshots, a school late book, a neighbour's Facebook message logged by a contact centre, an FGM
protection order chronology, a school nurse's email, an FGM protection order's front sheet, a madrassa teacher's voice note
transcribed, a young carer's own letter to her social worker, a young carers' service referral form, a WhatsApp chat between
two girls, a school pastoral log export, a strategy discussion's minutes, a health visitor's phone notes typed fast, a GP's
safeguarding email, a hospital discharge summary, a police missing person return home interview form, an Albanian-language
text chain typed up and translated, a MARAC referral form, a youth worker's notes typed up, a child protection conference
report, an OCR'd scanned handwritten neighbour's letter (with OCR errors), a dog warden's email and core group minutes.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street names
may be real and carry invented house numbers). Councils, schools named with invented names, surgeries and charities are
invented or generic (Solent Harbour, Test Vale, Medina Bay, Brit Valley, Tone Vale, Exe Valley councils); towns, districts,
estates, real hospitals, police forces, courts, landmarks and brands are real and stay unmarked unless the conventions say so.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
Nan, Nanny, Mum, Aunty, Baba, Nene, Gjyshi, Teze) stay outside the name span; a possessive 's stays outside; every person's name
is a name in every form, record or not. "SURNAME, First" is one span; an initial with a surname is one span; a name, address or
date broken by a line break is one span holding the break; a street address is one span, its town a place, its postcode a
postcode; a street named without a number is an address, and so is a holiday park where a family member lives ("Highlands End")
and a neighbour's bare house number ("no. 22"); towns, cities, villages, districts and estates are places at home or abroad
("Stamshaw", "Westexe", "Serekunda", "Prishtina"); countries, counties, islands that are counties and regions are not
("Hampshire", "Isle of Wight", "the Island", "Dorset", "Somerset", "Devon", "The Gambia", "Kosovo"); organisations are not
marked even when they hold a town's name ("Queen Alexandra Hospital", "St Mary's Hospital", "Dorset County Hospital", "Musgrove
Park", "Tiverton Health Centre", "Ryde Young Carers"); a school's name is a school, and so is its short form; a date of birth is
dob, any other calendar date with a day is date (a weekday before it stays outside); months and years alone are not marked;
helplines are not marked; pets' names are not names ("Tyson"); landmarks stay unmarked ("Fratton Park", "Ryde Pier", "Vivary
Park", "the Grand Western Canal"); a surname or first name that is also an English word or a town is marked by what it refers to
("Orchard", "Chave", "Loveless", "Symes", "Dore" are names; "Ryde" is a place).

Choices this set had to make: no family here writes in a non-Latin script, so no name is in one; Albanian text is typed in Latin
script with its diacritics ("ë"), and Albanian kinship words ("Nene", "Baba", "Gjyshi", "Teze", "Daja") stay outside names as
English ones do; Wolof and Mandinka kinship words ("Yaay", "Baaba", "Aunty") stay outside; an OCR misreading of a name ("Kayla
Rendel1") is a name, of a street ("20 Wel1brook St") an address and of a date ("2l/11/2026") a date; an Albanian inflected name
("Arditi", "Besniku") is a name and an inflected town ("Gjilani") a place; a doctor whose surname is a town ("Dr P. Ventnor")
and a teacher whose surname is a village ("Kerry-Ann Shide") are names; a madrassa teacher's honorific ("Ustadh") and a judge's
title ("District Judge") stay outside the name; a football club's nickname ("Pompey"), a hospital's short form ("QA") and a
bingo hall ("the mecca") are not marked; a sender saved under a nickname ("Kels") is a name; a crime or missing person reference
is not marked.

Self-check without the detector: `python -m bench.redaction_set33` (and tests/test_redaction_set33.py) runs set 15's checker on
this set, adds this set's titles, kinship words and counties, and prints the number of documents and gold spans per kind:
24 documents, 496 gold spans, 260 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Gale / Nutley family (white British), Stamshaw, Portsmouth -----------------------------------------------------------

HOME_A = d.Address("14 Twyford Avenue", "Stamshaw", "Portsmouth", "PO2 8PA")
NAN_A = d.Address("41 Allaway Avenue", "Paulsgrove", "Portsmouth", "PO6 4HG")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Reece", "Gale")],
            dt.date(2017, 5, 9),
            addresses=[HOME_A],
            ids=["7061927437", "D851273718361"],
            schools=["Stamshaw Junior School"],
        ),
        _p("s", "sibling", [("Skye", "Nutley")], dt.date(2022, 8, 30), addresses=[HOME_A], ids=["4897936756"]),
        _p("m", "mother", [("Shannon", "Gale")], dt.date(1995, 2, 17), addresses=[HOME_A], phones=["07841 226 573"], ids=["JT 48 21 07 B"]),
        _p("g", "grandparent", [("Tracey", "Gale")], dt.date(1972, 10, 4), addresses=[NAN_A], phones=["023 9266 4187"]),
        _p("p1", "professional", [("Callum", "Weeks")], phones=["023 9268 8730"], emails=["callum.weeks@solentharbour.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "social worker's case note of a home visit",
        """CASE NOTE - Solent Harbour Children's Services - Assessment Team North
Child: [[GALE, Reece|name]]   DOB: [[09/05/2017|dob]]   NHS: [[706 192 7437|nhs]]   UPN: [[D851273718361|upn]]
Also in household: [[Skye Nutley|name]] (DOB [[30.08.2022|dob]]), mother [[Shannon Gale|name]]
Address: [[14 Twyford Avenue|address]], [[Stamshaw|place]], [[Portsmouth|place]] [[PO2 8PA|postcode]]
Date of visit: Tuesday [[17 November 2026|date]], 15:40-16:45      Worker: [[Callum Weeks|name]], social worker

Purpose: announced visit after the school's referral of [[12 November|date]] ([[Reece|name]] late 14 times this half term, asking
the dinner staff for seconds, smelling of smoke).

[[Shannon|name]] let me in after a few minutes. The front room was warm and tidy; the kitchen had a pile of pots and the fridge
held milk, squash and a pack of ham. Empty cans of cider in the recycling (I counted 11). [[Shannon|name]] said she "has a few
of a night" since her partner [[Jordan Nutley|name]] ([[Skye|name]]'s dad) moved back to his mum's in [[Cosham|place]] in October. She
denied drinking in the day. [[Skye|name]] was in her cot asleep; nappy dry, clean clothes.

[[Reece|name]] came in from school at 15:55 with a friend's mum, [[Kerry Bassett|name]], who lives at [[no. 22|address]] and walks
him home "most days". He showed me his Pompey shirt and said he went to Fratton Park with Grandad [[Dave|name]] on Saturday. Seen
alone in his room: he said mornings are "hard because Mum doesn't wake up" and he gets [[Skye|name]] her bottle. He said
Nan [[Tracey|name]] in [[Paulsgrove|place]] has them at weekends and "Nan does proper tea".

Spoke by phone with Mrs [[Tracey Gale|name]] ([[023 9266 4187|phone]]) at 16:50. She lives at [[41 Allaway Avenue|address]],
[[PO6 4HG|postcode]], and will have [[Reece|name]] for breakfast before school on Mondays and Wednesdays. She said her
daughter "was fine till [[Jordan|name]] went".

Plan: child in need assessment to continue; [[Shannon|name]] agreed to a referral to the Society of St James alcohol service
and gave consent to speak with her GP at Kingston Crescent Surgery. Next visit [[1 December 2026|date]]. Head of year
Mrs [[Ayesha Parmar|name]] at [[Stamshaw Junior|school]] to ring me on [[023 9268 8730|phone]] if [[Reece|name]] is late again.
[[C. Weeks|name]]
""",
    ),
    (
        "mother's texts with her sister, typed up from screenshots she showed the worker",
        """Screenshots shown by [[Shannon Gale|name]]
on [[01/12/2026|date]], typed up by [[Callum Weeks|name]] with her agreement. The sister's contact is saved as "[[Kels|name]] 💅".

[[Kels|name]] 💅: u ok hun? mum said the social came
[[Shannon|name]]: yeh some bloke [[callum|name]]. hes alright tbh. [[reece|name]] told him bout the mornings 😩
[[Kels|name]] 💅: babe he loves u. want me to do the school run tues and weds? im on lates at QA anyway
[[Shannon|name]]: would u?? [[skye|name]] can come to urs, ill drop her at 8
[[Kels|name]] 💅: ye course. wheres [[jordan|name]] at
[[Shannon|name]]: at his mums in [[cosham|place]] still. says hell have [[reece|name]] sat if pompey lose lol
[[Kels|name]] 💅: 🙄 tell nan ill bring [[reece|name]] to hers after. shes at bingo at the mecca thurs
[[Shannon|name]]: ok. my number changed btw [[07912 448 306|phone]] use that one not the old one
[[Kels|name]] 💅: saved x. and [[shan|name]]... maybe leave the cider for a bit yeah? for them
[[Shannon|name]]: i know. im trying. i rang the st james lot today x
""",
    ),
]


# --- B. Jallow / Ceesay family (Gambian), Thornhill, Southampton -----------------------------------------------------------

HOME_B = d.Address("Flat 6, 3 Hinkler Road", "Thornhill", "Southampton", "SO19 6DF")
RECORD_B = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Isatou", "Jallow")],
            dt.date(2015, 4, 21),
            addresses=[HOME_B],
            ids=["7394275078", "U852285918467"],
            schools=["Thornhill Park Primary School"],
        ),
        _p("m", "mother", [("Fatoumata", "Ceesay")], dt.date(1990, 6, 2), addresses=[HOME_B], phones=["07586 331 942"]),
        _p("f", "father", [("Lamin", "Jallow")], dt.date(1984, 12, 15), addresses=[HOME_B], phones=["07468 215 739"]),
        _p("p1", "professional", [("Hannah", "Pike")], phones=["023 8044 7312"], emails=["hannah.pike@testvale.gov.uk"]),
    ],
    "c",
)

DOCS_B = [
    (
        "chronology for an FGM protection order application",
        """CHRONOLOGY - [[Isatou JALLOW|name]] (DOB [[21 April 2015|dob]])
Test Vale City Council, Children's Services (prepared by [[Hannah Pike|name]], social worker, [[023 8044 7312|phone]],
[[hannah.pike@testvale.gov.uk|email]]) for the application to the Family Court for an FGM Protection Order

Family: mother [[Fatoumata Ceesay|name]] ("[[Fatou|name]]", [[07586 331 942|phone]]); father [[Lamin Jallow|name]]
([[07468 215 739|phone]]); both of [[Flat 6, 3 Hinkler Road|address]], [[Thornhill|place]], [[Southampton|place]]
[[SO19 6DF|postcode]]. School: [[Thornhill Park Primary|school]] (UPN [[U852285918467|upn]]). NHS [[739 427 5078|nhs]].

Date         | Event                                                                                  | Source
[[03/10/2026|date]]   | [[Isatou|name]] tells her teacher Miss [[Rachel Dunn|name]] she is "going to [[Serekunda|place]] for the big| School
             | party" in the Christmas holidays "to be made a proper woman like my cousins".           |
[[05/10/2026|date]]   | DSL Mr [[Oliver Grant|name]] refers to MASH; police informed (ref 44260188412).           | MASH
[[09/10/2026|date]]   | Home visit. [[Fatou|name]] says her own mother, Yaay [[Awa Ceesay|name]] in [[Brikama|place]] | SW
             | ([[+220 776 4512|phone]]), "asks every year" and tickets are booked to [[Banjul|place]] for |
             | [[19 December|date]]. [[Lamin|name]] says he is against "the cutting" and cries.                 |
[[14 October 2026|date]]  | FGM clinic at Princess Anne Hospital (Dr [[Sona Bojang|name]]): [[Isatou|name]] examined,     | Health
             | no FGM; mother's own FGM (type 2) recorded.                                          |
[[22.10.26|date]]     | Aunty [[Binta Jallow|name]] (paternal aunt, [[Weston|place]], [[Southampton|place]]) offers to have   | SW
             | [[Isatou|name]] over Christmas if the parents travel.                                       |
[[4 Nov 2026|date]]   | Strategy discussion; application agreed. Passports to be surrendered.                | Minutes
""",
    ),
    (
        "school nurse's email to the social worker",
        """From: [[Grace Osei|name]] <[[grace.osei@nhs.net|email]]>
Sent: Thursday [[26 November 2026|date]] 12:14
To: [[Hannah Pike|name]] <[[hannah.pike@testvale.gov.uk|email]]>
Subject: RE: [[Isatou J|name]] - health plan

Hi [[Hannah|name]],

I saw [[Isatou|name]] at [[Thornhill Park|school]] this morning with her class teacher [[Rachel|name]] nearby. She was bright and
talked about her best friend [[Mariama|name]] and about [[Sainabou|name]], her cousin in [[Bakau|place]], who "had the thing
done and was poorly". She knows she is not going to The Gambia this Christmas and asked if Aunty [[Binta|name]] can still take
her to the pantomime at the Mayflower.

Mum rang me afterwards from a new number, [[07523 871 440|phone]]; she said the old phone is with [[Lamin|name]]'s brother
[[Ebrima|name]] in [[Sholing|place]]. She asked for the leaflet in Wolof for her husband's mother.

Best wishes,
[[Grace|name]]
[[Grace Osei|name]], School Nurse, [[Southampton|place]] 0-19 Service
""",
    ),
]


# --- C. Orchard / Dore family (white British), Ryde, Isle of Wight ---------------------------------------------------------

HOME_C = d.Address("9 Marlborough Road", "", "Ryde", "PO33 1AB")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Poppy", "Orchard")],
            dt.date(2013, 1, 27),
            addresses=[HOME_C],
            ids=["5252078009", "J921291418807"],
            schools=["Ryde Academy"],
        ),
        _p("m", "mother", [("Joanne", "Orchard")], dt.date(1981, 9, 12), addresses=[HOME_C], phones=["01983 611 284"]),
        _p("f", "father", [("Martin", "Dore")], dt.date(1979, 3, 3), phones=["07765 904 218"]),
        _p("p1", "professional", [("Lucy", "Wavell")], phones=["01983 823 160"], emails=["lucy.wavell@medinabay.gov.uk"]),
    ],
    "c",
)

DOCS_C = [
    (
        "young carer's own letter to her social worker",
        """Dear [[Lucy|name]],

You said I could write it down if its easier so here it is. Mum is having a bad week with her MS. Her legs went on sunday
and I had to help her off the bathroom floor, I didnt ring anyone because she said not to. I do her tablets in the morning
before school and I do tea. Nanny [[Pat|name]] used to help but she moved to [[Sandown|place]] and she cant drive now.

Dad ([[Martin|name]]) lives in [[Newport|place]] with [[Kirsty|name]] and the twins. He phones on fridays. I dont want to go
and live there I want to stay with Mum.

At school Mr [[Hollis|name]] keeps giving me detentions for homework. I havent told him why. My friend [[Ellie Brading|name]]
knows and her mum drops stuff round sometimes. [[Ellie|name]]'s mum is called [[Sam|name]].

Can I still go to the young carers club on the 8th? Its at the hub by Ryde Pier.

From [[Poppy|name]] (Year 8, [[Ryde Academy|school]])
P.S. our number is [[01983 611 284|phone]] if you ring, but ring after 4
""",
    ),
    (
        "young carers' service referral form",
        """ISLE OF WIGHT YOUNG CARERS - REFERRAL FORM (completed by Medina Bay Council)
Young person: [[ORCHARD, Poppy|name]]            Date of birth: [[27-01-2013|dob]]      Gender: F
Address: [[9 Marlborough Road|address]], [[Ryde|place]]   Postcode: [[PO33 1AB|postcode]]
School: [[Ryde Academy|school]]   UPN: [[J921291418807|upn]]   NHS no.: [[525 207 8009|nhs]]
Person cared for: [[Joanne Orchard|name]] (mother), relapsing MS, under St Mary's Hospital neurology (Dr [[P. Ventnor|name]])
Other parent: [[Martin Dore|name]], [[Newport|place]] ([[07765 904 218|phone]]) - aware of referral: YES
Hours caring per week (young person's estimate): 25+    Tasks: medication, meals, personal care, shopping, emotional support
Referrer: [[Lucy Wavell|name]], social worker, [[01983 823 160|phone]], [[lucy.wavell@medinabay.gov.uk|email]]
Date of referral: [[03/12/2026|date]]
Notes: [[Poppy|name]] wants a break on Saturdays and help to tell her Head of Year, Mr [[Hollis|name]], why homework is late. Her
grandmother Mrs [[Patricia Orchard|name]] now lives in [[Sandown|place]]. Please do not send letters in [[Poppy|name]]'s name to
the house; Mum prefers calls.
""",
    ),
]


# --- D. Symes / Loveless family (white British), Bridport, Dorset ----------------------------------------------------------

HOME_D = d.Address("27 St Andrew's Road", "", "Bridport", "DT6 3BQ")
RECORD_D = d.CaseRecord(
    [
        _p("c", "subject", [("Alfie", "Symes")], dt.date(2026, 7, 14), addresses=[HOME_D], ids=["5488693947"]),
        _p("m", "mother", [("Chloe", "Loveless")], dt.date(2003, 11, 8), addresses=[HOME_D], phones=["07932 175 604"]),
        _p("f", "father", [("Josh", "Symes")], dt.date(2001, 4, 19), addresses=[HOME_D], phones=["07815 602 349"]),
        _p("p1", "professional", [("Megan", "Copp")], phones=["01305 221 000"], emails=["megan.copp@britvalley.gov.uk"]),
    ],
    "c",
)

DOCS_D = [
    (
        "strategy discussion minutes",
        """BRIT VALLEY COUNCIL - STRATEGY DISCUSSION (s.47) - MINUTES
Child: [[Alfie SYMES|name]], DOB [[14/07/2026|dob]] (4 months), NHS [[548 869 3947|nhs]]
Address: [[27 St Andrew's Road|address]], [[Bridport|place]] [[DT6 3BQ|postcode]]
Date: [[18 November 2026|date]], 10:00 (Teams)     Chair: [[Megan Copp|name]], team manager
Present: DS [[Nick Hardy|name]] (Dorset Police CAIT); Dr [[Anjali Rao|name]] (consultant paediatrician, Dorset County Hospital);
[[Jess Legg|name]] (health visitor); [[Megan Copp|name]]; minutes [[Tom Swaffield|name]]

1. Information. [[Alfie|name]] was brought to the Emergency Department on [[16/11/2026|date]] by his mother [[Chloe Loveless|name]]
([[07932 175 604|phone]]), crying when his left leg was moved. X-ray: a metaphyseal fracture of the left femur, "classic"
appearance; skeletal survey on [[17 Nov|date]] found no other injury. No explanation given. Father [[Josh Symes|name]] works
nights on a dairy farm at [[Loders|place]]; he said he "might have pulled him out of the car seat too quick".
2. Health visiting. [[Jess|name]] saw the family on [[2 October|date]] and [[30 October|date]]; good weight gain, warm
interactions. Maternal grandmother Mrs [[Sandra Loveless|name]] of [[West Bay|place]] helps most days. [[Chloe|name]] had low mood
after the birth.
3. Police. No previous. A neighbour, Mr [[Roy Bull|name]] at [[no. 29|address]], told the PCSO he heard shouting "a couple of
weeks ago". The family car, a grey Corsa [[WK66 TZD|vehicle]], was seen at the farm at 03:00 on [[15 November|date]].
4. Decision: s.47 enquiry (joint). [[Alfie|name]] to go home with a safety plan, supervised at all times by [[Sandra|name]] or
another approved adult, until the enquiry is done. [[Josh|name]] ([[07815 602 349|phone]]) to stay at his brother [[Kyle|name]]'s
in [[Beaminster|place]]. Review [[25/11/2026|date]].
""",
    ),
    (
        "health visitor's phone notes, typed fast",
        """HV notes - [[J Legg|name]] - phone - [[20/11/26|date]]
rang mum [[chloe|name]] 0932 -> [[alfie|name]] ok, fed 5oz x6, sleeping in nans front room at [[West Bay|place]]
no wait - nan is [[sandra|name]], lives [[Highlands End|address]] (caravan?) chk
[[josh|name]] at bro in [[beaminster|place]], rings 2x day, [[chloe|name]] says he 'isnt coping'
asked re bruises/marks - none seen by her, will strip & check at bath, will ring if any
GP = Bridport Medical Centre, Dr [[Ellery|name]] - flagged
next: home visit mon [[23rd|date]] 11:00 w [[Megan|name]]
""",
    ),
]


# --- E. Krasniqi / Berisha family (Kosovan Albanian), Halcon, Taunton -------------------------------------------------------

HOME_E = d.Address("52 Moorland Road", "Halcon", "Taunton", "TA1 3QN")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Ardit", "Krasniqi")],
            dt.date(2011, 2, 6),
            addresses=[HOME_E],
            ids=["6571435063", "E933276718642"],
            schools=["Castle School"],
        ),
        _p("m", "mother", [("Drita", "Berisha")], dt.date(1986, 8, 23), addresses=[HOME_E], phones=["07398 552 016"]),
        _p("f", "father", [("Besnik", "Krasniqi")], dt.date(1982, 5, 1)),
        _p("p1", "professional", [("Ruth", "Venn")], phones=["01823 336 742"], emails=["ruth.venn@tonevale.gov.uk"]),
    ],
    "c",
)

DOCS_E = [
    (
        "police missing person return home interview form",
        """RETURN HOME INTERVIEW (Missing Children) - Tone Vale Council / Avon and Somerset Police
Name: [[KRASNIQI, Ardit|name]]     DOB: [[6.2.2011|dob]]     Age: 15     Ref: MP/26/11/0734
Address: [[52 Moorland Road|address]], [[Halcon|place]], [[Taunton|place]] [[TA1 3QN|postcode]]
Missing from: home, 19:30 Friday [[20 November 2026|date]]    Found: [[Weston-super-Mare|place]] bus station, 02:10 [[22/11/2026|date]]
Interviewer: [[Ruth Venn|name]] ([[01823 336 742|phone]])      Interview: [[24 November 2026|date]] at [[Castle School|school]]

What [[Ardit|name]] said (his words where possible): "I went with [[Rizzo|name]] and his cousin in the car, a black Golf,
[[YK19 PWN|vehicle]]. They said just one trip to [[Weston|place]] and back, easy money." He would not give [[Rizzo|name]]'s real name; he
thinks he is "[[Jayden|name]] something" from [[Bridgwater|place]]. He slept at a flat on [[Locking Road|address]]. He was given a
phone that "kept ringing".
Home: "Dad shouts at Mum. When he is drunk he breaks things." He said "Baba" in the family means his grandad, Gjyshi
[[Hysen|name]] in [[Prishtina|place]], not his dad - [[Ardit|name]] asked me to write that so no one gets it wrong.
Risks discussed: CCE, county lines. Referred to the exploitation panel on [[26/11/2026|date]].
""",
    ),
    (
        "text chain in Albanian and English, typed up and translated by the interpreter",
        """Typed up from [[Drita Berisha|name]]'s phone
on [[27.11.2026|date]] with her consent; translated by [[Valbona Gashi|name]] (interpreter). Her phone: [[07398 552 016|phone]].

Teze [[Mimoza|name]] ([[+383 44 218 637|phone]]): [[Drita|name]], a u kthye [[Arditi|name]]? Po vij me [[Luljeta|name]]
nga [[Gjilani|place]] ne [[15 dhjetor|date]].
   ([[Drita|name]], did [[Ardit|name]] come back? I am coming with [[Luljeta|name]] from [[Gjilan|place]] on [[15 December|date]].)
[[Drita|name]]: Po u kthye. Policia e gjeti ne [[Weston|place]]. [[Besniku|name]] nuk di gje.
   (Yes he came back. The police found him in [[Weston|place]]. [[Besnik|name]] knows nothing.)
Daja [[Fatmir|name]]: Mos ki frike moter. Eja te ne ne [[Bristol|place]], [[Stapleton Road nr 14|address]], kur te duash.
   (Don't be afraid sister. Come to us in [[Bristol|place]], [[14 Stapleton Road|address]], when you want.)
[[Drita|name]]: Faleminderit. Punetorja sociale [[Ruth|name]] vjen te hënën.
   (Thank you. The social worker [[Ruth|name]] comes on Monday.)
""",
    ),
]


# --- F. Rendell / Chave family (white British), Westexe, Tiverton -----------------------------------------------------------

HOME_F = d.Address("18 Wellbrook Street", "Westexe", "Tiverton", "EX16 5JW")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kayla", "Rendell")],
            dt.date(2019, 10, 2),
            addresses=[HOME_F],
            ids=["7499646521", "U878212918960"],
            schools=["Wilcombe Primary School"],
        ),
        _p("s", "sibling", [("Mason", "Chave")], dt.date(2023, 3, 18), addresses=[HOME_F], ids=["6831245854"]),
        _p("m", "mother", [("Leanne", "Rendell")], dt.date(1993, 12, 1), addresses=[HOME_F], phones=["07790 318 422"]),
        _p("f", "father", [("Wayne", "Chave")], dt.date(1990, 7, 7), addresses=[HOME_F]),
        _p("p1", "professional", [("Sophie", "Heard")], phones=["01884 255 610"], emails=["sophie.heard@exevalley.gov.uk"]),
    ],
    "c",
)

DOCS_F = [
    (
        "initial child protection conference report",
        """EXE VALLEY COUNCIL - REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: [[8 December 2026|date]], Phoenix House, [[Tiverton|place]]
Children: [[Kayla RENDELL|name]] (b. [[02/10/2019|dob]], [[Wilcombe Primary|school]], UPN [[U878212918960|upn]]) and
[[Mason CHAVE|name]] (b. [[18/03/2023|dob]], NHS [[683 124 5854|nhs]])
Address: [[18 Wellbrook Street|address]], [[Westexe|place]], [[Tiverton|place]] [[EX16 5JW|postcode]]
Parents: [[Leanne Rendell|name]] ([[07790 318 422|phone]]) and [[Wayne Chave|name]] ([[Mason|name]]'s father, [[Kayla|name]]'s stepfather)
Author: [[Sophie Heard|name]], social worker, [[01884 255 610|phone]], [[sophie.heard@exevalley.gov.uk|email]]

Reason for conference: on [[19 November 2026|date]] [[Mason|name]] (3) was bitten on the face by the family's dog, Tyson, an
XL bully type, while the adults were asleep at 10:40. A neighbour, Mrs [[June Cruwys|name]], heard screaming and took him to
Tiverton Health Centre; he was transferred to the Royal Devon in [[Exeter|place]] and needed 14 stitches. The house was found
with dog mess in the kitchen and on the stairs, no food but bread, and [[Kayla|name]]'s bed wet and stripped.

[[Kayla|name]]'s voice: she told me "[[Wayne|name]] says Tyson is good" and that she likes going to Nanny [[Gill|name]]'s in
[[Halberton|place]] "because there's a bath". Her teacher Mrs [[Petherick|name]] says she is often hungry on Mondays.
Father of [[Kayla|name]]: [[Darren Rendell|name]], in [[Cullompton|place]], has not seen her since 2024.
Recommendation: a child protection plan for both children under the category of neglect.
""",
    ),
    (
        "neighbour's handwritten letter, scanned and OCR'd (OCR errors kept)",
        """[scan p.1 of 1 - OCR text, uncorrected]
To the socia1 worker for [[Kayla Rendel1|name]] and the 1ittle boy
From Mrs [[J. Cruwys|name]], [[20 Wel1brook St|address]], [[Westexe|place]]      [[2l/11/2026|date]]

I am writing as I was the one that heard [[Mason|name]] screaming on Thursday. I have 1ived next door 30 years. I am
not one to te11 tales but that dog has gone for my [[Bernard|name]] twice and the back garden is a disgrace. [[Leanne|name]]
is a nice gir1 when she is sober but [[Wayne|name]] has people round at all hours, cars outside with the engines on.
One was a white van [[WP15 KXR|vehicle]] l think. The 1itt1e girl comes to me for biscuits. Please do not say it was me,
my phone is [[01884 253 917|phone]] if you need me. My son [[Graham|name]] in [[Bampton|place]] says l
should have rung you before.
Yours faithfully [[June Cruwys|name]]
""",
    ),
]


DOCS_A += [
    (
        "school attendance officer's late-book log",
        """STAMSHAW JUNIOR SCHOOL - LATE BOOK (signed in at office) - extract for Children's Services
Pupil: [[Reece Gale|name]] (Yr 4, Mrs [[Parmar|name]]'s class)      Printed [[04/12/2026|date]] by [[Donna Fry|name]], attendance officer

Date      | In at | Brought by                 | Reason given                          | Initials
Mon [[16/11|date]] | 09:22 | self                       | "mum asleep"                           | DF
Wed [[18/11|date]] | 09:05 | [[Tracey Gale|name]] (nan)      | bus                                   | DF
Thu [[19/11|date]] | 09:41 | [[Kerry Bassett|name]]          | no reason                             | KB?
Mon [[23/11|date]] | 09:30 | self                       | "couldn't find uniform"                | DF
Tue [[24/11|date]] | 08:58 | aunt ([[Kelly Gale|name]])      | on time - breakfast club             | DF
Fri [[27/11|date]] | 09:17 | [[Jordan Nutley|name]]          | "stayed at dad's in [[Cosham|place]]"       | DF
Note: breakfast club place offered from [[30 November|date]] (funded). Contact mum on [[07912 448 306|phone]] (new).
""",
    ),
]

DOCS_B += [
    (
        "FGM protection order made, typed from the sealed order's front sheet",
        """IN THE FAMILY COURT                      Case number: SO26F00412
FEMALE GENITAL MUTILATION PROTECTION ORDER - Female Genital Mutilation Act 2003, Schedule 2
The person to be protected: [[ISATOU JALLOW|name]], born [[21.04.2015|dob]]
The respondents: (1) [[FATOUMATA CEESAY|name]] (2) [[LAMIN JALLOW|name]], both of [[Flat 6, 3 Hinkler
Road|address]], [[Southampton|place]] [[SO19 6DF|postcode]]
Made on: [[10 November 2026|date]] by District Judge [[Marsh|name]]
The respondents must not take or cause [[Isatou|name]] to be taken out of England and Wales, must surrender her passports
(Gambian and British) to the applicant by 4pm on [[12 November 2026|date]], and must not arrange for her to travel to
The Gambia or any other country. This order lasts until [[21 April 2033|date]] unless changed.
Served on the second respondent in person by [[Hannah Pike|name]] at the address above on [[11/11/2026|date]].
""",
    ),
]

DOCS_C += [
    (
        "WhatsApp chat between the young carer and her friend, typed up with her consent",
        """Typed up by [[Lucy Wavell|name]] on
[[09/12/2026|date]]: [[Poppy|name]] showed me this to explain the Sunday.

[[Ellie|name]] 🐬: [[poppy|name]] u coming to the arcade after
[[Poppy|name]]: cant mum fell again 😭 got her on the sofa
[[Ellie|name]] 🐬: omg ring ur dad??
[[Poppy|name]]: hes in [[newport|place]] with [[kirsty|name]] n the twins. hell just say go to his
[[Ellie|name]] 🐬: my mum can come shes only at [[binstead|place]] x
[[Poppy|name]]: no shell tell someone. dont tell [[hollis|name]] either
[[Ellie|name]] 🐬: ok but ring nanny [[pat|name]] at least 🥺 her number is [[01983 404 118|phone]] i got it from ur fridge
""",
    ),
]

DOCS_D += [
    (
        "GP practice safeguarding email",
        """From: Dr [[Tom Ellery|name]] <[[t.ellery@nhs.net|email]]>
To: [[Megan Copp|name]] <[[megan.copp@britvalley.gov.uk|email]]>
Date: Mon, [[23 Nov 2026|date]] 08:12
Subject: [[Alfie Symes|name]] [[14.07.26|dob]] - our records

Dear Ms [[Copp|name]],
Our records show [[Alfie|name]] was seen at Bridport Medical Centre on [[8 September|date]] for 6-8 week check (normal) and on
[[28 October|date]] by our nurse [[Kate Hine|name]] with a "red mark" on his left thigh that mum said was from the car seat
buckle. No bruise noted. [[Chloe|name]] was seen by me for post-natal low mood on [[12/10/2026|date]]; she is on sertraline.
[[Josh Symes|name]] is not registered with us (he may still be with a practice in [[Yeovil|place]]).
Kind regards, [[Tom Ellery|name]]
""",
    ),
]

DOCS_E += [
    (
        "MARAC referral form extract",
        """MARAC REFERRAL - Somerset - Tone Vale Council Children's Services
Victim: [[BERISHA, Drita|name]]   DOB: [[23/08/1986|dob]]   Tel (safe?): [[07398 552 016|phone]] - YES, text first
Address: [[52 Moorland Road|address]], [[Halcon|place]], [[Taunton|place]] [[TA1 3QN|postcode]]
Perpetrator: [[KRASNIQI, Besnik|name]]   DOB: [[01/05/1982|dob]]   Vehicle: silver Passat [[WF63 HUX|vehicle]]
Children: [[Ardit Krasniqi|name]] (15), [[Castle School|school]]
DASH score: 16. Incidents: [[14 Oct 2026|date]] (strangled against the fridge), [[20 Nov 2026|date]] (smashed her phone).
Language: Albanian - interpreter needed ([[Valbona Gashi|name]] known to her, trusted).
Referrer: [[Ruth Venn|name]], [[ruth.venn@tonevale.gov.uk|email]]   Date: [[27 November 2026|date]]
""",
    ),
]

DOCS_F += [
    (
        "dog warden's note of a visit, emailed on",
        """From: [[Steve Hookway|name]] (Dog Warden, Exe Valley Council)
Sent: [[20/11/2026|date]] 16:02
To: [[Sophie Heard|name]]
Re: dog at [[18 Wellbrook St|address]], [[Westexe|place]]

[[Sophie|name]] - visited with PC [[Amy Lerwill|name]] at 14:30. Owner given as [[Wayne Chave|name]]. Dog ("Tyson") seized
under s.5 Dangerous Dogs Act, no exemption certificate. Now at kennels in [[Willand|place]]. [[Leanne|name]] upset, said
the kids will be "devastated". A lad called [[Kai|name]] from [[no. 16|address]] says the dog was his brother [[Callum
Hext|name]]'s first. Owner not home; his mum [[Gill Chave|name]] rang me from [[Halberton|place]] on [[01884 820 446|phone]].
[[Steve|name]]
""",
    ),
]

DOCS_A += [
    (
        "neighbour's Facebook message to the council, logged by the contact centre",
        """CONTACT CENTRE LOG - Solent Harbour
Council - received via Facebook page messages - [[05.12.2026|date]] 22:47 - logged by [[Priya Nair|name]] (call handler)
Sender's profile name: [[Bev Searle|name]] (says she lives opposite, [[Twyford Avenue|address]])

"Hiya sorry to message on here but I dont know who else to tell. The lady at [[number 14|address]] ([[Shannon|name]]) has been
shouting in the street tonight and her little boy [[reece|name]] was outside in just his pants at half 9 looking for her. My
husband [[Gary|name]] brought him in ours. Her sister came and got him. The baby was inside on her own I think. This isnt
the first time. Please dont say its me, my number is [[07443 928 615|phone]]. Thanks [[Bev|name]] x"

Action: passed to MASH (out of hours) 22:55; EDT worker [[Alan Cropper|name]] rang [[Kelly Gale|name]] 23:10, children safe with
her in [[Hilsea|place]] overnight.
""",
    ),
]

DOCS_B += [
    (
        "madrassa teacher's voice note, transcribed by the social worker",
        """Voice note (WhatsApp, 1m 42s) from
Ustadh [[Modou Touray|name]], [[Southampton|place]] Gambian community madrassa, to [[Hannah Pike|name]], received
[[28/11/2026|date]], transcribed word for word as far as possible:

"Salaam alaikum Miss [[Hannah|name]], this is [[Modou|name]] from the Saturday class. I just want to say [[Isatou|name]] is very
good girl, very clever, she read the whole surah last week. Her father brother [[Ebrima|name]] came to me, he say the family back
home in [[Brikama|place]] are angry with [[Lamin|name]] for the court thing, they say he shame them. The grandmother, Yaay
[[Awa|name]], she phoning everybody. I tell them in our religion this cutting is not required, it is culture only. If you want
I can talk to the mother with the imam from the [[Portswood|place]] mosque. OK, thank you, bye bye."
""",
    ),
]

DOCS_C += [
    (
        "school pastoral log export",
        """CPOMS-style export - [[Ryde Academy|school]] - student: [[Poppy Orchard|name]] (8JW)
[[12/11/2026|date]] 10:20  Mr [[D. Hollis|name]]: third homework missed this week, detention set.
[[19/11/2026|date]] 13:05  Mrs [[Fiona Brading|name]] (parent of [[Ellie|name]]) rang: worried [[Poppy|name]] is "doing
everything at home" for her mum. Passed to DSL.
[[19/11/2026|date]] 15:40  DSL [[Kerry-Ann Shide|name]]: spoke to [[Poppy|name]]; confirms she cares for mum (MS). Detentions
cancelled. Consent to refer to Medina Bay Council.
[[03/12/2026|date]] 09:00  [[Lucy Wavell|name]] (SW) in school, met [[Poppy|name]] with DSL. Young carers referral done.
""",
    ),
]

DOCS_D += [
    (
        "hospital discharge summary",
        """Dorset County Hospital NHS Foundation Trust - Paediatric Discharge Summary
Patient: [[SYMES, Alfie|name]]    DOB: [[14-Jul-2026|dob]]    NHS: [[5488693947|nhs]]    Hosp no: D2261847
Admitted: [[16-Nov-2026|date]]   Discharged: [[19-Nov-2026|date]]   Consultant: Dr [[A. Rao|name]]
Diagnosis: metaphyseal fracture L distal femur, mechanism unexplained. Skeletal survey and CT head normal. Bloods normal.
Discharged to: mother, at maternal grandmother's ([[Sandra Loveless|name]], [[Highlands End|address]], [[West Bay|place]],
[[Bridport|place]] [[DT6 4HB|postcode]]), per safety plan.
Follow-up: repeat skeletal survey [[3 December 2026|date]]; fracture clinic. GP: Bridport Medical Centre.
""",
    ),
]

DOCS_E += [
    (
        "youth worker's handwritten notes, typed up",
        """Notes - [[Jamie Pring|name]], detached youth work, [[Taunton|place]]
[[28/11|date]] eve - Vivary Park. Saw [[Ardit|name]] w/ 2 older lads, one calls himself "[[Rizzo|name]]" (white, 18-19, [[Bridgwater|place]]
accent). [[Ardit|name]] said his mum's cousin [[Arben|name]] in [[Yeovil|place]] has offered him work "at the car wash". Gave him
my number. [[Ardit|name]] asked me not to tell [[Ruth|name]]... told him I would have to.
[[30/11|date]] - [[Ardit|name]] texted from a new number [[07537 264 190|phone]], asked about boxing at the club on
[[Priory Avenue|address]].
""",
    ),
]

DOCS_F += [
    (
        "core group meeting minutes",
        """CORE GROUP - [[Kayla Rendell|name]] & [[Mason Chave|name]] - [[15 December 2026|date]] - [[Westexe|place]]
family home
Present: [[Sophie Heard|name]] (SW, chair), [[Leanne Rendell|name]], [[Wayne Chave|name]], Mrs [[Tess Petherick|name]]
([[Wilcombe Primary|school]]), [[Rosie Gollop|name]] (HV), Nanny [[Gill|name]] (for the first half)
1. Home conditions much better; dog gone; new bed for [[Kayla|name]] from the Tiverton Community Fridge project.
2. [[Mason|name]]'s scar reviewed at the Royal Devon on [[10/12/2026|date]]; plastic surgery follow-up in March.
3. [[Kayla|name]]: attendance 96% since conference. Free breakfast club.
4. [[Wayne|name]] to start a parenting course at Castle Barbican Centre on [[6 January 2027|date]].
Next core group: [[19 January 2027|date]].
""",
    ),
]

_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 33 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:32 UTC, read since)"


_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "pc",
    "pcso",
    "dc",
    "ds",
    "di",
    "dci",
    "sgt",
    "cllr",
    "nurse",
    "sister",
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
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "yaay",
    "baaba",
    "baba",
    "nene",
    "gjyshi",
    "teze",
    "daja",
}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {
    "england",
    "wales",
    "scotland",
    "britain",
    "great britain",
    "united kingdom",
    "uk",
    "hampshire",
    "isle of wight",
    "the island",
    "dorset",
    "somerset",
    "devon",
    "the gambia",
    "gambia",
    "kosovo",
    "kosova",
    "albania",
    "europe",
    "africa",
}


# Checks of the marking itself (no detector involved); an empty list when all is well. Set 15's checker does the parsing,
# stray-markup, span, check-digit, NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and
# country-as-place checks; this adds this set's titles and kinship words ("Teze Mimoza", "Daja Fatmir", "Gjyshi Hysen", "Aunty
# Binta", "Yaay Awa Ceesay") and counties, regions and countries ("Hampshire", "Isle of Wight", "Dorset", "The Gambia", "Kosovo").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
