"""Set 27: a twenty-second held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-06 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set26.py, redaction_set28.py, redaction_set29.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; the
middle of set 21's documents was not read, only its first family's records and first document, its last document's end and its
word lists and helpers), the opening paragraphs of the docstrings of sets 7 to 25 that name families and towns, a `grep -l` over
the files of sets 7 to 25 and bench/redaction_heldout.py for the town, district and community names considered here, which
printed only file names (to choose ones no earlier set used), tests/test_redaction_set25.py's first test, the `_party`,
`Records` and `HandSet` helpers of bench/redaction_handwritten.py, the ruff settings and DJANGO_SETTINGS_MODULE line in
pyproject.toml (the tests were run with HEARTH_DEBUG=1 set). Phone numbers were checked with the phonenumbers library and NHS
numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors (d.Party through `_party`,
d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune the detector on this set:
it is to be scored once, after the detector's current round of changes. If a mistake in the gold marking is found after scoring,
correct only the marking and say so here.

Six families, chosen to look like a typical caseload in inner London boroughs and in Kent and Medway, each from a town, district
or estate no earlier set used as a family's home. Four of the kinds most common in children's social care: a white British
family in Lordswood, Chatham, with a grandmother in Walderslade and a father in Strood (Mannering / Pettitt; a mother's
drinking, a boy of 7 late and unfed, a partner's violence), a young white British mother on the Kings Farm estate in Gravesend,
with a grandmother in Northfleet (Dunmall / Kemp; a baby with a bruise, a grandmother's own letter), a mixed White British and
Black Caribbean family on the Kingsmead estate, Homerton, Hackney (Thorne / Bailey-Thorne; a boy of 15 stabbed in the leg,
criminal exploitation, a strategy discussion) and a white British family on the Andover estate near Finsbury Park, Islington
(Coxall / Lusted; a girl of 14 in care who goes missing). Two from communities no earlier set used: a Colombian family on the
Aylesbury estate, Walworth (Cardona / Ortiz; a Spanish-speaking mother, a landlord's threats, family in Medellín) and an
Ecuadorian family in Bellingham, Lewisham (Quishpe / Guamán; a girl of 12 caring for a baby, a father who works nights, family
in Quito and Riobamba). 24 documents, about half of them plain professional recording (social work case notes, a chronology, a
home visit record with an interpreter, strategy discussion minutes, a MASH referral form, a looked-after child review report,
initial child protection conference minutes, a council housing officer's letter, a young carer's assessment, a return home
interview and a National Referral Mechanism referral) and the rest of types or styles earlier sets used little or not at all: a
mother's texts typed up, a grandmother's handwritten letter OCR'd from a scan (with its misreadings, "lvy" for "Ivy"), a family
WhatsApp chat in Spanish and English with a translation, a duty worker's phone notes typed fast in lower case, an email chain
between a school and the social worker, a girl's Snapchat messages typed up by her foster carer, a health visitor's notes typed
on a phone, a father's voicemail transcribed by an admin worker, a neighbour's online "report a concern" form as received, a
police body-worn video transcript, a child's "three houses" tool in her own words, a grandmother's letter from Ecuador in
Spanish with the interpreter's translation, and a mother's Facebook post with its comments.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Colombia, Ecuador); NHS numbers and UPNs (LA numbers 887, 886, 210, 204, 209, 206)
pass their check digits; NI numbers have a valid format. Councils are invented (Medway Reach, Thames Gate, Borough Bank, Lea
Marsh, Ravensbourne Vale, Fleet Vale), and so are the schools; towns, districts, estates, hospitals, police forces, shops,
brands and apps are real or invented and organisations stay unmarked.

Markup and conventions: exactly those of bench/redaction_set21.py. Choices this set had to make, decided as a careful
redactor publishing a safeguarding review would: an estate's name is a place ("Kings Farm", "Kingsmead", "Aylesbury
Estate", "Andover estate"), as set 21 treated districts and estates, while a named block with or without a flat number is an
address ("Flat 31, Wendover", "Wendover", "Flat\n31", "Kingsmead Court"); a neighbour's bare house number ("29", "no. 29",
"number 12", "no 60") is an address, as in set 21; an outward postcode alone typed by a neighbour ("me5") is a postcode;
"London" in a postal address line is the postal town of all inner London, identifies nobody and is left unmarked, like a
region; a Spanish family name pair ("Cardona Ortiz", "Quishpe Guamán") is part of one name span, and a first name with its
initials ("Mishel Q G", "liam f") is one span; "Don", "abuela", "tía", "mami" and "nanny" before a name or on their own are
kinship words or titles and stay outside, and a chat sender saved as "Abuela Gloria" marks only "Gloria"; a police
transcript's speaker labels ("MALE 1", "FEMALE 1") and a collar number are not marked; a Snapchat handle ("kayla.c.x"), an
emoji-decorated display name's emoji and a hashtag ("#justiceforkayla") are not marked, like set 21's handles, but a display
name that is a plain name ("reece") is; a nickname ("T-Bone", "Smokey", "Kaz") is a name; a bare weekday ("Sundays", "on a
Wednesday") is not a date; a month alone ("August") is not marked; an Ecuadorian or Colombian neighbourhood ("Laureles", "La
Politécnica") is a place and a street address abroad ("Calle 45 # 70-21", "Av. Canónigo\nRamos 24-18") is an address; a date
written in Spanish ("5 de diciembre", "6 de diciembre de 2026") is a date and a date of birth spoken in words ("Twelfth of
Feb, 2004") is a dob; a shopping centre used as a place to meet ("bluewater") is marked as a place, while parks (Capstone
Country Park, Burgess Park) stay unmarked as landmarks and "Finsbury Park" is a place when it names the district and its
station; council offices, GP surgeries, hospitals, shops, police commands and charities ("Gun Wharf", "Lordswood Surgery",
"Darent Valley Hospital", "Homerton Hospital", "sainsburys", "Medway CSU", "LinguaSouth", "Latin American Women's Rights
Service", "Lewisham Young Carers") stay unmarked; a case or crime reference is not marked.

Self-check without the detector: `python -m bench.redaction_set27` (and tests/test_redaction_set27.py) runs set 15's checker
(which runs the earlier sets' checkers) on this set, adds this set's titles and kinship words and counties, regions and
countries, and prints the number of documents and gold spans per kind: 24 documents, 610 gold spans, 341 of them names
(fewer than the thousand the brief hoped for: the set was written against a hard deadline, and shorter documents were
preferred to an unfinished set)."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Mannering / Pettitt family (white British), Lordswood, Chatham ---------------------------------------------------

HOME_A = d.Address("27 Albemarle Road", "Lordswood", "Chatham", "ME5 8QT")
NAN_A = d.Address("9 Robin Hood Lane", "Walderslade", "Chatham", "ME5 9LD")
DAD_A = d.Address("Flat 3, 41 Cliffe Road", "", "Strood", "ME2 3DN")
RECORD_A = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kaden", "Mannering")],
            dt.date(2019, 4, 8),
            addresses=[HOME_A],
            ids=["7481592926", "E887696318584"],
            schools=["Lordswood Vale Primary School"],
        ),
        _p("m", "mother", [("Stacey", "Mannering")], dt.date(1992, 10, 2), addresses=[HOME_A], phones=["07825 614 390"]),
        _p("f", "father", [("Ryan", "Pettitt")], dt.date(1990, 6, 17), addresses=[DAD_A], phones=["07956 330 218"]),
        _p("g", "grandparent", [("Carol", "Mannering")], dt.date(1966, 1, 29), addresses=[NAN_A], phones=["01634 862 417"]),
        _p("p1", "professional", [("Bethan", "Oyelaran")], emails=["bethan.oyelaran@medwayreach.gov.uk"]),
    ],
    "c",
)

DOCS_A = [
    (
        "social work case note",
        """CASE NOTE - Medway Reach Children's Services       Worker: [[Bethan Oyelaran|name]] (SW)
Child: [[MANNERING, Kaden|name]]   DOB [[08/04/2019|dob]]   NHS [[748 159 2926|nhs]]   UPN [[E887696318584|upn]]
Date of contact: Tuesday [[17 November 2026|date]], 15:40 - unannounced home visit to [[27 Albemarle Road|address]], [[Lordswood|place]],
[[ME5 8QT|postcode]]

Present: [[Stacey Mannering|name]] (mum), [[Kaden|name]], and a neighbour,
[[Sharon Pye|name]] from [[no. 29|address]], who left after ten minutes.
Mum's partner [[Lee Drury|name]] was not at home; mum said he is "at his brother's in [[Gillingham|place]]".

[[Kaden|name]] had been collected from [[Lordswood Vale|school]] by Mrs [[Reading|name]] (teaching assistant) at 3.20 because no one
came; he said he had "crisps for breakfast". The kitchen had two empty wine boxes by the bin. Mum was tearful; she said her mum,
[[Carol|name]], used to help but they "fell out over [[Lee|name]]" at Christmas. Nan lives in [[Walderslade|place]] on [[Robin Hood
Lane|address]] and mum agreed I could ring her on [[01634 862 417|phone]].

[[Kaden|name]] showed me his room. He talked about his dad [[Ryan|name]] ("he lives in [[Strood|place]] near the big Tesco") and
about seeing him on [[5 December|date]] for his friend [[Alfie|name]]'s party. He said [[Lee|name]] "shouts and breaks the telly".
He has a fading bruise under his left eye; mum said he fell off the scooter at Capstone Country Park on the [[14th|date]].

Actions: ring [[Ryan Pettitt|name]] ([[07956 330 218|phone]]) and nan; check with school nurse [[Gemma Whitlock|name]]; discuss with
my manager [[Priya Anand-Hollis|name]] before the visit on [[24.11.2026|date]].
""",
    ),
    (
        "a mother's text messages typed up for the file",
        """Texts from [[Stacey Mannering|name]] ([[07825 614 390|phone]]) to the allocated worker's work mobile,
copied by [[Bethan Oyelaran|name]] on [[19/11/2026|date]]. Spelling as sent.

[[18/11/2026|date]] 07:52  [[Stacey|name]]: hi bethan its stacey kadens mum. he wont go school today hes got a temp
[[18/11/2026|date]] 07:53  [[Stacey|name]]: and before u say it i havent had a drink
[[18/11/2026|date]] 11:14  [[Bethan|name]]: Hi [[Stacey|name]], thanks for letting me know. Is someone with you today? I can call at 2.
[[18/11/2026|date]] 11:40  [[Stacey|name]]: my mum is coming over from walderslade. dont come today pls
[[18/11/2026|date]] 11:41  [[Stacey|name]]: and lee isnt here before u ask. hes at [[daz|name]]s
[[18/11/2026|date]] 21:07  [[Stacey|name]]: [[ryan|name]] says hes taking kaden sat and hes not bringing him back. can he do that
[[18/11/2026|date]] 21:09  [[Stacey|name]]: his new girlfriend [[jade|name]] lives on [[cliffe rd|address]] with him its a dump
[[19/11/2026|date]] 06:30  [[Stacey|name]]: sorry about last nite. kaden is ok. he is at nans til monday
""",
    ),
]

# The bare lower-case names in the texts that are names ("kadens", "kaden", "lee", "bethan", "stacey") are marked below.
DOCS_A[1] = (
    DOCS_A[1][0],
    DOCS_A[1][1]
    .replace("hi bethan its stacey kadens mum. he wont", "hi [[bethan|name]] its [[stacey|name]] [[kaden|name]]s mum. he wont")
    .replace("from walderslade.", "from [[walderslade|place]].")
    .replace("and lee isnt", "and [[lee|name]] isnt")
    .replace("taking kaden sat", "taking [[kaden|name]] sat")
    .replace("sorry about last nite. kaden is ok", "sorry about last nite. [[kaden|name]] is ok"),
)


# --- B. Dunmall / Kemp family (white British), Kings Farm, Gravesend ------------------------------------------------------

HOME_B = d.Address("14 Valley Drive", "Kings Farm", "Gravesend", "DA12 5RX")
NAN_B = d.Address("62 Perry Street", "Northfleet", "Gravesend", "DA11 8RD")
RECORD_B = d.CaseRecord(
    [
        _p("c", "subject", [("Ivy", "Kemp")], dt.date(2026, 5, 21), addresses=[HOME_B], ids=["6576346387"]),
        _p("m", "mother", [("Tegan", "Dunmall")], dt.date(2006, 8, 9), addresses=[HOME_B], phones=["07412 887 563"], ids=["JK 30 71 25 B"]),
        _p("f", "father", [("Connor", "Kemp")], dt.date(2004, 2, 12), phones=["07923 415 706"]),
        _p("g", "grandparent", [("Maureen", "Dunmall")], dt.date(1971, 3, 3), addresses=[NAN_B], phones=["01474 325 880"]),
    ],
    "c",
)

DOCS_B = [
    (
        "chronology of significant events",
        """THAMES GATE COUNCIL - CHILDREN'S SERVICES - CHRONOLOGY
Child: [[Ivy KEMP|name]] (DOB [[21.05.2026|dob]], NHS [[657 634 6387|nhs]])   Mother: [[Tegan DUNMALL|name]] (DOB [[09.08.2006|dob]],
NI [[JK 30 71 25 B|ni]])   Father: [[Connor KEMP|name]]
Address: [[14 Valley Drive|address]], [[Kings Farm|place]], [[Gravesend|place]] [[DA12 5RX|postcode]]

Date        | Event                                                                          | Source
[[21/05/2026|date]]  | [[Ivy|name]] born at Darent Valley Hospital, 38 weeks, 2.9 kg. Mother aged 19. | Midwife [[Ola Bankole|name]]
[[02/06/2026|date]]  | New birth visit. Mother living with her mum [[Maureen Dunmall|name]] in [[Northfleet|place]]. | HV
            | [[Siobhan Keane|name]]
[[30/07/2026|date]]  | Mother and baby moved to [[Kings Farm|place]] (council tenancy). Father stays most nights.   | Housing
[[11/09/2026|date]]  | Police called to [[Valley Drive|address]] by neighbour Mr [[Okonjo|name]]: shouting. No arrest. | Kent Police
[[03/10/2026|date]]  | GP (Dr [[Hannah Lusk|name]]) sees a 1 cm bruise on [[Ivy|name]]'s left cheek; mother says a  | GP
            | toy fell from the cot mobile. Referred to the paediatric team at Darent Valley.         |
[[04/10/2026|date]]  | CP medical, Dr [[Femi Adeyemi|name]]: bruise not consistent with the account. Skeletal    | Paediatrics
            | survey clear. Section 47 enquiry begun.                                                  |
[[06/10/2026|date]]  | Safety plan: [[Ivy|name]] and mother to stay with [[Maureen|name]] at [[62 Perry Street|address]],
            | [[Northfleet|place]] [[DA11 8RD|postcode]]; father not to be alone with [[Ivy|name]].               | SW [[Dean Ashdown|name]]
[[20/10/2026|date]]  | Father says the bruise happened when his friend [[Jordan Tapp|name]] from [[Swanscombe|place]] | SW
            | was holding her. [[Jordan|name]] denies this.                                               |
""",
    ),
    (
        "a grandmother's handwritten letter to the social worker, scanned and OCR'd",
        """[OCR of scanned letter, received [[12/11/2026|date]];
recognition errors left as they are]

62 Perry St
[[Northfleet|place]]
[[10th Nov 2026|date]]

Dear Mr [[Ashdown|name]] ,
I am writting to you about my grandaughter [[lvy|name]] and my daughter [[Tegan|name]] who are stoping with me since
October. I want you to know I am not against [[Connor|name]] but he has a temper like his dad [[Gary|name]] and I dont want him
in my house no more. He came round on the [[7th|date]] banging on the door at 11 at night and my neighbour [[Pat Lorimer|name]]
heard it all. [[Tegan|name]] is a good mum she gets up to [[Ivy|name]] every time. She is only 20 and I had her at 17 so I know.
I can keep them here as long as you need but the bedroom is small and [[Ivy|name]] is in with her mum. My sister [[Jean|name]]
in [[Dartford|place]] can have them for weekends if you want. My number is 01474 325 880 and my mobile got cut off.
Please ring me before you ring [[Tegan|name]] she gets in a state.
Yours sincerly
[[Maureen Dunmall|name]] (nanny)
""",
    ),
]

# The OCR letter carries the grandmother's phone (a record phone) and the sender's street.
DOCS_B[1] = (
    DOCS_B[1][0],
    DOCS_B[1][1]
    .replace("62 Perry St\n", "[[62 Perry St|address]]\n")
    .replace("number is 01474 325 880", "number is [[01474 325 880|phone]]"),
)


# --- C. Cardona / Ortiz family (Colombian), Aylesbury estate, Walworth ----------------------------------------------------

HOME_C = d.Address("Flat 31, Wendover", "Aylesbury Estate", "London", "SE17 2HN")
ABROAD_C = d.Address("Calle 45 # 70-21", "Laureles", "Medellín", "")
RECORD_C = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Valentina", "Cardona Ortiz")],
            dt.date(2015, 12, 1),
            addresses=[HOME_C],
            ids=["7765449079", "U210307064221"],
            schools=["Walworth Gate Academy"],
        ),
        _p("s", "sibling", [("Santiago", "Cardona Ortiz")], dt.date(2020, 7, 14), addresses=[HOME_C], ids=["5488305254"]),
        _p("m", "mother", [("Luz Marina", "Ortiz")], dt.date(1988, 9, 23), addresses=[HOME_C], phones=["07534 209 881"]),
        _p("g", "grandparent", [("Gloria", "Ortiz")], dt.date(1961, 5, 5), addresses=[ABROAD_C], phones=["+57 314 770 2258"]),
    ],
    "c",
)

DOCS_C = [
    (
        "home visit record with an interpreter",
        """BOROUGH BANK CHILDREN'S SOCIAL CARE - HOME VISIT RECORD
Family: [[ORTIZ, Luz Marina|name]] and children [[Valentina Cardona Ortiz|name]] (9) and [[Santiago Cardona Ortiz|name]] (6)
Address: [[Flat 31, Wendover|address]], [[Aylesbury Estate|place]], [[SE17 2HN|postcode]]      Visit date: Wed [[25 Nov 2026|date]]
Worker: [[Tomás Reyes-Whitfield|name]]   Interpreter (Spanish, in person): [[Ana Lucía Benítez|name]], LinguaSouth

Purpose: follow-up to the school's referral on [[19 November|date]] ([[Valentina|name]] told her class teacher, Ms [[Priscilla Dunne|name]],
that "the man" came into the flat and shouted at her mum about the rent).

[[Luz Marina|name]] explained through the interpreter that she rents the room and the box room from a man she knows as
"Don [[Hernán|name]]", whose surname she does not know; he is not the council tenant. The council tenant is a Mr [[Wilson Arboleda|name]],
who she thinks has gone back to [[Cali|place]]. Don [[Hernán|name]] took her passport "to copy it" and has not given it back. She
works early mornings cleaning offices near [[Elephant and Castle|place]]; a friend from church, [[Yesenia|name]], takes the
children to school. [[Santiago|name]] goes to the nursery class at [[Walworth Gate|school]].

Mum's mother, [[Gloria Ortiz|name]], lives in [[Medellín|place]] at [[Calle 45 # 70-21|address]], [[Laureles|place]], and rings most
nights on WhatsApp ([[+57 314 770 2258|phone]]). Mum's sister [[Yuliana|name]] is in [[Madrid|place]].

[[Valentina|name]] spoke to me alone in English in her bedroom. She said the man "smells of cigarettes" and called her mum a
word she would not say. She likes art club and her friend [[Precious|name]].
Plan: housing advice at the One Stop Shop on [[Walworth Road|address]]; a referral to Latin American Women's Rights Service;
police to be told about the passport; next visit [[2 December 2026|date]].
""",
    ),
    (
        "a family WhatsApp chat in Spanish and English, typed up and translated",
        """WhatsApp chat "Familia 💛" exported by [[Luz Marina Ortiz|name]] and shown to the social worker
on [[1 December 2026|date]].
Translation by [[Ana Lucía Benítez|name]] in brackets.

[[28/11/26|date]], 21:02 - Abuela [[Gloria|name]]: Mija cómo están los niños? ya le devolvió el pasaporte ese señor?
(Darling how are the children? has that man given the passport back?)
[[28/11/26|date]], 21:05 - [[Luz|name]]: No mamá. [[Hernán|name]] dice que primero la plata
(No mum. [[Hernán|name]] says the money first)
[[28/11/26|date]], 21:06 - [[Yuli|name]]: pásame el número de ese man y yo lo llamo desde [[madrid|place]]
(give me that guy's number and I'll ring him from [[madrid|place]])
[[28/11/26|date]], 21:09 - [[Luz|name]]: la trabajadora social [[Tomás|name]] dice que no, que la policía
(the social worker [[Tomás|name]] says no, the police)
[[28/11/26|date]], 21:10 - [[Vale|name]]: abuela mira mi dibujo!! 🎨 la profe [[priscilla|name]] lo puso en la pared
(grandma look at my drawing!! teacher [[priscilla|name]] put it on the wall)
[[29/11/26|date]], 08:15 - Abuela [[Gloria|name]]: Que lindo mi [[vale|name]]. Saludos a [[santi|name]]. Llamen a tía [[Yuliana|name]]
el [[5 de diciembre|date]]
(So lovely my [[vale|name]]. Hello to [[santi|name]]. Ring aunt [[Yuliana|name]] on [[5 December|date]])
""",
    ),
]


# --- D. Thorne / Bailey-Thorne family (mixed White British and Black Caribbean), Kingsmead estate, Homerton ---------------

HOME_D = d.Address("Flat 12, Kingsmead Court", "Homerton", "London", "E9 5QG")
RECORD_D = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Tyrese", "Bailey-Thorne")],
            dt.date(2011, 3, 19),
            addresses=[HOME_D],
            ids=["5535321109", "P204079402164"],
            schools=["Homerton Marsh Academy"],
        ),
        _p("m", "mother", [("Kerry", "Thorne")], dt.date(1985, 11, 30), addresses=[HOME_D], phones=["07887 142 063"]),
        _p("f", "father", [("Delroy", "Bailey")], dt.date(1982, 7, 4), phones=["07969 520 774"]),
    ],
    "c",
)

DOCS_D = [
    (
        "strategy discussion minutes",
        """LEA MARSH CHILDREN AND FAMILIES SERVICE - STRATEGY DISCUSSION (section 47) - MINUTES
Child: [[Tyrese BAILEY-THORNE|name]], DOB [[19/03/2011|dob]], UPN [[P204079402164|upn]]
Address: [[Flat 12, Kingsmead Court|address]], [[Homerton|place]], [[E9 5QG|postcode]]
Date and time: Thursday [[26 November 2026|date]], 10:00, on Teams
Chair: [[Nadia Okwuosa|name]] (Team Manager). Present: [[Liam Fairweather|name]] (SW); DC [[Rachel Mountford|name]] (Central East
Command, Met Police); [[Asha Begum|name]] (DSL, [[Homerton Marsh Academy|school]]); Dr [[Kwame Osei-Bonsu|name]] (Homerton Hospital, named
doctor); [[Joel Atkinson|name]] (Youth Justice).

1. Reason: on [[24 November|date]] at about 21:30 [[Tyrese|name]] (15) walked into Homerton Hospital with a stab wound to his right
thigh. He told staff he was "jumped" near [[Hackney Wick|place]]. Mother [[Kerry Thorne|name]] came at 22:15 with her partner
[[Marcus Eden|name]].
2. Police: [[Tyrese|name]] was stopped on [[2 October|date]] in [[Tottenham|place]] with [[Kieron Amankwah|name]] (17) and £640 in cash;
on [[9 November|date]] he was reported missing and found two days later in a flat in [[Ipswich|place]] with two older males, one
known as "[[Smokey|name]]". DC [[Mountford|name]] believes he is being used to carry drugs on a line to Suffolk.
3. School: attendance 61%; excluded for 5 days in October after a fight with [[Ty'Rell Walters|name]]; his mentor Mr [[Yusuf
Demir|name]] is the one adult he talks to. Ms [[Begum|name]] said he sleeps in lessons.
4. Father [[Delroy Bailey|name]] lives in [[Croydon|place]] and wants [[Tyrese|name]] to stay with him; [[Tyrese|name]]'s nan on dad's side,
Mrs [[Hyacinth Bailey|name]], lives in [[Thornton Heath|place]].
Decision: section 47 enquiry (single agency with police); NRM referral; safety plan with mum; next meeting [[3 December|date]].
""",
    ),
    (
        "duty worker's phone notes typed fast",
        """duty notes [[27/11|date]] - [[liam f|name]]
10.05 rang mum [[kerry|name]] 07887 142 063 - no ans, left vm
10.40 mum rang back. T home, leg sore, wont go to hosp for dressing. says [[marcus|name]] will take him tmrw.
   mum v worried - someone posted T's pic on snap w "u owe". mum thinks its [[smokey|name]] lot.
11.15 dad [[delroy|name]] rang from work 07969 520 774 - wants T to go to his in croydon tonite. told him need to check
   his address + who lives there. says his partner [[Simone|name]] + her 2 kids, [[Ziggy|name]] 8 and [[Amara|name]] 5.
11.30 told [[nadia|name]]. ok to visit dad's today. DC [[mountford|name]] to do PNC on [[Simone Grant|name]] dob [[14/2/1989|dob]].
14.00 visit dad, [[18 Bensham Lane|address]], [[Thornton Heath|place]], [[CR7 7EQ|postcode]]. clean, T can have box room. plan agreed.
""",
    ),
]
DOCS_D[1] = (
    DOCS_D[1][0],
    DOCS_D[1][1]
    .replace("07887 142 063", "[[07887 142 063|phone]]")
    .replace("07969 520 774", "[[07969 520 774|phone]]")
    .replace("his in croydon", "his in [[croydon|place]]"),
)


# --- E. Quishpe / Guamán family (Ecuadorian), Bellingham, Lewisham -------------------------------------------------------

HOME_E = d.Address("46 Randlesdown Road", "Bellingham", "London", "SE6 3BT")
RECORD_E = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Mishel", "Quishpe Guamán")],
            dt.date(2014, 1, 22),
            addresses=[HOME_E],
            ids=["5054431160", "M209273165061"],
            schools=["Bellingham Ravens Academy"],
        ),
        _p("s", "sibling", [("Dylan", "Quishpe Guamán")], dt.date(2025, 11, 2), addresses=[HOME_E], ids=["4350948406"]),
        _p("m", "mother", [("Rosa Elena", "Guamán")], dt.date(1990, 4, 11), addresses=[HOME_E], phones=["07451 336 902"]),
        _p("f", "father", [("Segundo", "Quishpe")], dt.date(1986, 8, 27), addresses=[HOME_E], phones=["07771 208 645"]),
    ],
    "c",
)

DOCS_E = [
    (
        "MASH referral form",
        """RAVENSBOURNE VALE MASH - MULTI-AGENCY REFERRAL FORM
Section 1 - Child
Name: [[QUISHPE GUAMÁN, Mishel|name]]   DOB: [[22-01-2014|dob]]   NHS no: [[505 443 1160|nhs]]   UPN: [[M209273165061|upn]]
Address: [[46 Randlesdown Road|address]], [[Bellingham|place]], [[SE6 3BT|postcode]]
School: [[Bellingham Ravens
Academy|school]] (Year 8)   First language: Spanish (home), English
Others in household: [[Rosa Elena Guamán|name]] (mother, [[07451 336 902|phone]]); [[Segundo Quishpe|name]] (father,
[[07771 208 645|phone]]); [[Dylan|name]] (baby, DOB [[02/11/2025|dob]])
Section 2 - Referrer: [[Helen Marchetti|name]], Attendance Officer, [[Bellingham Ravens|school]], [[020 8690 2215|phone]],
[[h.marchetti@bellinghamravens.sch.uk|email]]
Section 3 - Concerns
[[Mishel|name]] has missed 23 sessions since [[7 September|date]], nearly all Mondays and Fridays. When she comes she is tired. On
[[30 November 2026|date]] she told her form tutor Mr [[Ade Coker|name]] that she stays home "to look after [[Dylan|name]]" because mum
goes to work at a laundry in [[Catford|place]] and dad works nights at a warehouse in [[Dartford|place]] and sleeps in the day.
Her friend [[Camila|name]] said [[Mishel|name]] cooks for the family. Mum's English is limited; at parents' evening she brought
a cousin, [[Jhonny Chimbo|name]], to interpret. Family are from [[Riobamba|place]]; [[Mishel|name]] said her grandma is in [[Quito|place]]
and they speak Kichwa on video calls.
Section 4 - Consent: parents not yet told (discussed with DSL [[Marcia Fenwick|name]]).
""",
    ),
    (
        "email chain between the school and the social worker",
        """From: [[Marcia Fenwick|name]] <[[m.fenwick@bellinghamravens.sch.uk|email]]>
To: [[Oluwaseun Adebayo|name]] <[[oluwaseun.adebayo@ravensbournevale.gov.uk|email]]>
Sent: [[03 December 2026|date]] 16:22
Subject: RE: [[Mishel Q G|name]] - young carer?

Hi [[Seun|name]],
Thanks for the visit yesterday. [[Mishel|name]] came in today and was proud to say "the social worker knows about
[[Dylan|name]] now". She asked if the young carers group at Lewisham Young Carers meets on a Wednesday as she
would like to go with [[Camila Restrepo|name]].
Mum rang reception from her cousin's phone (+593 99 284 1736 - I think this is the grandmother's number in Ecuador, so
please do not use it for mum). Dad called at 3.30 and said he could change to days from [[4 January|date]].
Best wishes, [[Marcia|name]]
Marcia Fenwick | Designated Safeguarding Lead | Bellingham Ravens Academy

> From: [[Oluwaseun Adebayo|name]]   Sent: [[02/12/2026|date]] 18:01
> [[Marcia|name]] - I met [[Rosa Elena|name]] and [[Segundo|name]] today with a Spanish interpreter ([[Ximena Paredes|name]]).
> They agreed to a young carer's assessment. [[Segundo|name]]'s sister [[María Quishpe|name]] in [[Sydenham|place]] can help
> on Mondays. I will visit again on [[the 10th|date]]. [[Seun|name]]
""",
    ),
]
DOCS_E[1] = (
    DOCS_E[1][0],
    DOCS_E[1][1]
    .replace("(+593 99 284 1736", "([[+593 99 284 1736|phone]]")
    .replace("Best wishes, [[Marcia|name]]\nMarcia Fenwick |", "Best wishes, [[Marcia|name]]\n[[Marcia Fenwick|name]] |")
    .replace("| Bellingham Ravens Academy\n", "| [[Bellingham Ravens Academy|school]]\n"),
)


# --- F. Coxall / Lusted family (white British), Andover estate, Finsbury Park ---------------------------------------------

HOME_F = d.Address("8 Lennox House", "Andover Estate", "London", "N7 7RU")
CARER_F = d.Address("33 Tufnell Park Road", "", "London", "N7 0PT")
RECORD_F = d.CaseRecord(
    [
        _p(
            "c",
            "subject",
            [("Kayla", "Coxall")],
            dt.date(2012, 6, 6),
            addresses=[CARER_F, HOME_F],
            ids=["5365825306", "T206579352175"],
            schools=["Holloway Park Girls' School"],
        ),
        _p("m", "mother", [("Donna", "Lusted")], dt.date(1983, 12, 12), addresses=[HOME_F], phones=["07519 604 227"]),
        _p("p1", "carer", [("Joy", "Ferreira")], addresses=[CARER_F], phones=["07384 992 116"]),
    ],
    "c",
)

DOCS_F = [
    (
        "looked-after child review report",
        """FLEET VALE COUNCIL - CHILD IN CARE REVIEW - REPORT OF THE INDEPENDENT REVIEWING OFFICER
Young person: [[Kayla COXALL|name]]   DOB [[6 June 2012|dob]]   Legal status: s.20   Review no. 3
Placement: foster carer [[Joy Ferreira|name]], [[33 Tufnell Park Road|address]], [[N7 0PT|postcode]] (since [[14 April 2026|date]])
Review held: [[1 December 2026|date]] at [[Holloway Park Girls' School|school]]
IRO: [[Gareth Pomeroy|name]]. SW: [[Chloe Anyanwu|name]]. Present: [[Kayla|name]]; [[Joy|name]]; mum [[Donna Lusted|name]] (for part);
Ms [[Hope|name]] (Head of Year 10, [[Holloway Park|school]]).

[[Kayla|name]] chose to chair the first part of her review and read out her own list. She wants to see her mum on
Saturdays at home on the [[Andover estate|place]], not at the contact centre, and to see her nan, [[Brenda Coxall|name]],
who has moved to [[Margate|place]]. Since the last review on [[2 September|date]] [[Kayla|name]] has been missing three times:
[[19-20
September|date]], [[11 October|date]] and [[8 November|date]]; on the last she was found by police in [[Edmonton|place]] with a
man of 22, [[Reece Haddow|name]], who gave her vapes and a phone. A CSE risk assessment is being updated by [[Chloe|name]].
[[Donna|name]] said [[Kayla|name]]'s older brother [[Jamie Lusted|name]] (19) now lives in [[Archway|place]] and could be "a good
influence". [[Joy|name]] said [[Kayla|name]] is funny, kind to her dog Biscuit and loves drama. Her best friend is [[Rhiannon|name]].
""",
    ),
    (
        "a girl's Snapchat messages typed up by her foster carer",
        """Snapchat messages on [[Kayla|name]]'s phone, typed up by [[Joy Ferreira|name]] on [[9/11/2026|date]]
and sent to [[Chloe|name]] (she showed me them herself). Names as on screen.

reece 💸: where r u babe
kayla.c.x: tufnell pk. my carer is well strict
reece 💸: come edmonton i got ur vape. [[tyler|name]] will get u from seven sisters
kayla.c.x: is [[rhi|name]] coming
reece 💸: nah just u. dont tell [[joy|name]] or ur sw
kayla.c.x: ok leaving at 7 ill say im at [[rhiannon|name]]s
reece 💸: good girl. delete this
""",
    ),
]
DOCS_F[1] = (
    DOCS_F[1][0],
    DOCS_F[1][1]
    .replace("reece 💸:", "[[reece|name]] 💸:")
    .replace("tufnell pk.", "[[tufnell pk|place]].")
    .replace("come edmonton", "come [[edmonton|place]]")
    .replace("from seven sisters", "from [[seven sisters|place]]"),
)


DOCS_A += [
    (
        "initial child protection conference minutes, extract",
        """MEDWAY REACH SAFEGUARDING CHILDREN - INITIAL CHILD PROTECTION CONFERENCE
Child: [[Kaden Mannering|name]] (7)     Date: [[08/12/2026|date]]     Venue: Gun Wharf, [[Chatham|place]], and Teams
Chair: [[Rosalind Beaney|name]] (CP Chair). Minutes: [[Terri Gosling|name]].
Present: [[Stacey Mannering|name]] (mother) with her advocate [[Yvonne Clare|name]]; [[Ryan Pettitt|name]] (father);
[[Bethan Oyelaran|name]] (SW); Mrs [[Lorna Reading|name]] (DSL, [[Lordswood Vale Primary
School|school]]); [[Gemma Whitlock|name]] (school nurse); PC [[Dan Fagg|name]] (Kent Police, Medway CSU).
Apologies: Dr [[Imran Qureshi|name]] (GP, Lordswood Surgery).

Mrs [[Reading|name]] said [[Kaden|name]]'s attendance is 84%. On [[16 November|date]] he came in with the bruise under his eye and
told his friend [[Archie Bligh|name]] that "[[Lee|name]] pushed me into the door". He later said it was the scooter.
PC [[Fagg|name]] said police attended [[Albemarle Road|address]] on [[1 November|date]] and [[29 November|date]] after calls from
[[Sharon Pye|name]]; [[Lee Drury|name]] (DOB [[03/03/1988|dob]]) has a caution for assault on a former partner in [[Rochester|place]].
[[Ryan|name]] said he will have [[Kaden|name]] every weekend at [[41 Cliffe Road|address]], [[Strood|place]], [[ME2 3DN|postcode]],
and that his partner [[Jade Seager|name]] is "fine with it". Maternal grandmother [[Carol Mannering|name]] could not attend.
Decision: child protection plan, category neglect. Core group on [[15/12/2026|date]]. Review conference [[9 March 2027|date]].
""",
    ),
]

DOCS_B += [
    (
        "health visitor's notes typed fast on a phone",
        """hv notes - [[siobhan k|name]] - [[23/11|date]]
visit [[62 perry st|address]] 10am. [[tegan|name]] + [[ivy|name]] + nan [[maureen|name]]. ivy 6m, wt 7.1kg (50th), no marks seen, babbling
t says connor txts every nite, wants to come see ivy at [[bluewater|place]] sat. told her check w SW [[dean|name]] first
nan says her neighbour [[pat|name]] from [[no 60|address]] will help w nights if needed.
t tired, epds 11. gp appt [[29/11|date]] w dr [[lusk|name]] at [[Northfleet|place]] surgery. next hv visit [[7 Dec|date]]
""",
    ),
]
DOCS_B[2] = (
    DOCS_B[2][0],
    DOCS_B[2][1]
    .replace("ivy 6m,", "[[ivy|name]] 6m,")
    .replace("t says connor txts", "t says [[connor|name]] txts")
    .replace("come see ivy at", "come see [[ivy|name]] at"),
)

DOCS_C += [
    (
        "council housing officer's letter about unlawful subletting",
        """Borough Bank Council - Housing Management, Tenancy Audit Team
Ms [[Luz Marina Ortiz|name]]
[[Flat 31, Wendover|address]]
[[Thurlow Street|address]]
London [[SE17 2HN|postcode]]                                                  [[4 December 2026|date]]

Dear Ms [[Ortiz|name]],
I visited [[Wendover|address]] with your social worker, Mr [[Reyes-Whitfield|name]], on [[3 December 2026|date]]. The tenant of [[Flat
31|address]] is [[Wilson Arboleda|name]]. You have told us that a man called [[Hernán Castaño|name]] takes £650 a month from you in cash
and that he holds your passport. Subletting a council flat for profit is a crime and we will act against the tenant and Mr
[[Castaño|name]], not against you or your children. You will not be evicted before the end of January.
Please contact me on [[020 7525 1921|phone]] or at [[k.osullivan@boroughbank.gov.uk|email]]. Your neighbour at [[Flat 30|address]],
Mrs [[Adaeze Okoro|name]], has offered to come with you to appointments if you wish.
Yours sincerely, [[Kathleen O'Sullivan|name]], Tenancy Audit Officer
""",
    ),
]

DOCS_D += [
    (
        "a father's voicemail, transcribed by the duty admin",
        """Voicemail left on the duty line [[29/11/2026|date]] 23:14, transcribed by [[Precious Ndlovu|name]] (admin)
on [[30/11/2026|date]]:
"Yeah, this is [[Delroy|name]], [[Delroy Bailey|name]], [[Tyrese|name]]'s dad. Listen, man, I need someone to ring me back
tonight, 07969 520 774. [[Ty|name]]'s phone's been going all night, some yout called [[Kieron|name]] and some next one,
[[Smokey|name]], saying he owes them. They know my address in Thornton Heath, they know his mum's in
[[Kingsmead|place]]. My partner [[Simone|name]]'s got the little ones here. I've took his phone off him. His nan [[Hyacinth|name]]
says he can go to hers, round the corner, but that ain't far enough. Tell [[Liam|name]] or [[Nadia|name]] to call me. Please."
[inaudible, about 4 seconds] Ends 23:16.
""",
    ),
]
DOCS_D[2] = (
    DOCS_D[2][0],
    DOCS_D[2][1]
    .replace("tonight, 07969 520 774.", "tonight, [[07969 520 774|phone]].")
    .replace("address in Thornton Heath,", "address in [[Thornton Heath|place]],"),
)

DOCS_E += [
    (
        "young carer's assessment, extract",
        """RAVENSBOURNE VALE - YOUNG CARER'S NEEDS ASSESSMENT (extract)
Young carer: [[Mishel Quishpe Guamán|name]], 12      Assessor: [[Oluwaseun Adebayo|name]]      Completed: [[11 December 2026|date]]
Cared-for person: [[Dylan|name]] (1), brother. Parents: [[Rosa Elena Guamán|name]] and [[Segundo Quishpe|name]].

What [[Mishel|name]] does: gets [[Dylan|name]] up, feeds and changes him, walks him to his childminder [[Shirley Adeyinka|name]] on
[[Bellingham Road|address]] when she is at school, cooks rice and soup for everyone, and translates letters for mum.
What [[Mishel|name]] says: "I like helping but I want to go to school every day. I miss [[Camila|name]] and drama."
Her grandma, [[Rosa Guamán|name]], in [[Riobamba|place]] ([[+593 2 260 4415|phone]]), wants [[Mishel|name]] to visit in the summer.
Her uncle [[Luis Quishpe|name]] lives in [[Quito|place]].
Plan: [[Dylan|name]] to have 15 funded hours at [[Little Acorns Nursery|school]] from [[4 January 2027|date]];
[[Segundo|name]] moving to days; [[Mishel|name]] to join the young carers group on [[13 January|date]] with a taxi
home arranged by Ms [[Fenwick|name]].
""",
    ),
]

DOCS_F += [
    (
        "return home interview after a missing episode",
        """FLEET VALE - RETURN HOME INTERVIEW (missing from care)
Young person: [[COXALL, Kayla|name]]     DOB: [[06/06/2012|dob]]     UPN: [[T206579352175|upn]]
Missing from: [[33 Tufnell Park Road|address]] (foster placement), [[8 November 2026|date]] 19:05 to [[9 November|date]] 13:40
Found: by police at [[Flat 6, 112 Fore Street|address]], [[Edmonton|place]], [[N18 2XA|postcode]]
Interviewer: [[Marsha Quinlan|name]] (independent RHI worker). Interview held [[11/11/2026|date]] at [[Holloway Park|school]].

[[Kayla|name]] said she went to meet "[[Reece|name]]" who she met through [[Rhiannon|name]]'s cousin [[Tyler Mace|name]]. They got
the bus from [[Seven Sisters|place]]. At the flat there were two other girls, one called [[Destiny|name]], about 15, from
[[Enfield|place]]. [[Reece|name]] gave her vodka. She slept on the sofa. She said nothing else happened but she "didn't like it
when his friend [[Kaz|name]] came". She switched her phone off because [[Joy|name]] kept ringing.
She wants more time with her mum and said she would go missing less if she could visit [[Andover estate|place]] on
Sundays and see her brother [[Jamie|name]].
""",
    ),
]


DOCS_A += [
    (
        "a neighbour's online referral form, as received",
        """MEDWAY REACH - REPORT A CONCERN ABOUT A CHILD (online form)        Submitted: [[02/12/2026|date]] 22:48
Your name (optional): [[sharon pye|name]]
Your phone (optional): [[07946 318 052|phone]]
Child's name: [[kaden|name]] dont know his surname, his mums [[stacey|name]]
Child's address: [[27 albemarle rd|address]] lordswood [[me5|postcode]]
What is worrying you?
the boyfriend [[lee|name]] is back again. screaming tonight about 10 and something smashed. [[kaden|name]] was crying at the window.
my husband [[Terry|name]] went round and [[lee|name]] told him to f off. i rang 999 last time and nothing happened. the nan [[carol|name]]
lives up walderslade she should have him. i work with [[carol|name]]s sister [[Pam|name]] at the [[Hempstead|place]] sainsburys
Have you told the family you are contacting us? no!! please dont say it was me, i live next door at [[29|address]]
""",
    ),
]
DOCS_A[3] = (
    DOCS_A[3][0],
    DOCS_A[3][1]
    .replace("rd|address]] lordswood", "rd|address]] [[lordswood|place]]")
    .replace("up walderslade she", "up [[walderslade|place]] she"),
)

DOCS_B += [
    (
        "body-worn video transcript from a police attendance",
        """KENT POLICE - BODY-WORN VIDEO TRANSCRIPT (extract)   Officer: PC 14471 [[Callum Strudwick|name]]   Date: [[11.09.2026|date]]
Location: outside [[14 Valley Drive|address]], [[Kings Farm|place]], [[Gravesend|place]]
22:41:05  PC [[STRUDWICK|name]]: Evening, police. We've had a call about shouting. What's your name, mate?
22:41:09  MALE 1: [[Connor|name]]. [[Connor Kemp|name]]. It's nothing, it's my girlfriend's.
22:41:14  PC [[STRUDWICK|name]]: Date of birth?
22:41:16  MALE 1: [[Twelfth of Feb, 2004|dob]].
22:41:30  FEMALE 1 (at door, baby crying): He's going anyway. I'm [[Tegan|name]]. Her name's [[Ivy|name]], she's fine.
22:41:52  PC [[STRUDWICK|name]]: Who called us, do you know?
22:41:55  FEMALE 1: Probably him at [[number 12|address]], Mr [[Okonjo|name]]. Or [[Bev|name]] over the road.
22:42:20  PC [[Kirsty Dhillon|name]]: Is there anywhere you can go tonight, [[Connor|name]]?
22:42:24  MALE 1: My mate [[Jordan|name]]'s in [[Swanscombe|place]]. Or my mum's in [[Istead Rise|place]].
22:43:02  [radio] ... vehicle [[GJ19 XTW|vehicle]] registered to [[Jordan Tapp|name]] ...
""",
    ),
]

DOCS_C += [
    (
        "a child's three houses tool, her words written down by the social worker",
        """THREE HOUSES - [[Valentina|name]], age 9, at school with Mr [[Reyes-Whitfield|name]], Thurs [[10 Dec|date]]
(her words, in English, with a few Spanish words she chose; spellings of names as she gave them)

HOUSE OF WORRIES: "the man [[Hernán|name]] who shouts at mami." "When mami cries in the bathroom." "If they send us back to
Colombia" - crossed out. "[[Santi|name]] breaks my pens."
HOUSE OF GOOD THINGS: "My abuela [[Gloria|name]] on the phone every night." "Art club with Miss [[Dunne|name]]." "My best friend
[[Precious|name]] and her mum who gives us jollof." "[[Yesenia|name]] who walks us to school." "Going to Burgess Park."
HOUSE OF DREAMS: "A flat just for us with a garden." "To go to [[Medellín|place]] and see abuela and my cousin [[Isabella|name]] in
[[Envigado|place]]." "Tía [[Yuli|name]] comes from [[Madrid|place]] for my birthday on [[1 December|date]]."
""",
    ),
]


DOCS_D += [
    (
        "National Referral Mechanism referral form, extract",
        """NATIONAL REFERRAL MECHANISM - REFERRAL OF A POTENTIAL VICTIM OF MODERN SLAVERY (child) - extract
First responder: [[Liam Fairweather|name]], Lea Marsh Council, [[liam.fairweather@leamarsh.gov.uk|email]], [[020 7226 3391|phone]]
Potential victim: [[BAILEY-THORNE, Tyrese|name]]   Known as: [[Ty|name]], [[T-Bone|name]]   DOB: [[19 March 2011|dob]]
Nationality: British   Address: [[Flat 12, Kingsmead Court|address]], [[E9 5QG|postcode]]
Account of exploitation: between August and November 2026 [[Tyrese|name]] carried drugs from
[[Hackney|place]] to [[Ipswich|place]] and [[Felixstowe|place]] for an older male known as "[[Smokey|name]]" (believed to be
[[Kyle Mensah-Reid|name]], DOB [[7 July 2000|dob]]), and stayed in a flat on [[Nacton Road|address]], [[Ipswich|place]] for two
nights ([[9|date]]-[[11 November|date]]). He was told he owed £1,200
after the police seized cash on [[2 October 2026|date]].
Other children involved: [[Kieron Amankwah|name]] (17), address unknown, believed to be in [[Tottenham|place]].
""",
    ),
]

DOCS_E += [
    (
        "a grandmother's letter from Ecuador, in Spanish with the interpreter's translation",
        """[Letter handed in by [[Rosa Elena Guamán|name]] on [[14/12/2026|date]]; sent as a photo on WhatsApp by her mother. Translated by
[[Ximena Paredes|name]].]

[[Riobamba|place]], [[6 de diciembre de 2026|date]]
Señora trabajadora social:
Yo soy [[Rosa Guamán|name]], abuela de [[Mishel|name]] y [[Dylan|name]]. Vivo en el barrio [[La Politécnica|place]], [[Av. Canónigo
Ramos 24-18|address]]. Mi nieta [[Mishel|name]] es muy buena, cuida a su hermanito como una mamá. Por favor ayude a mi hija.
Mi hijo [[Luis|name]] en [[Quito|place]] puede recibir a [[Mishel|name]] en julio. Mi teléfono es [[+593 99 284 1736|phone]].
Dios le pague. [[Rosa Guamán|name]]

(Translation: Dear social worker, I am [[Rosa Guamán|name]], grandmother of [[Mishel|name]] and [[Dylan|name]]. I live in the
[[La Politécnica|place]] neighbourhood, [[Av. Canónigo Ramos 24-18|address]]. My granddaughter [[Mishel|name]] is very good; she
looks after her little brother like a mother. Please help my daughter. My son [[Luis|name]] in [[Quito|place]] can have
[[Mishel|name]] in July. My phone is [[+593 99 284 1736|phone]]. May God repay you. [[Rosa Guamán|name]])
""",
    ),
]

DOCS_F += [
    (
        "a mother's Facebook post and comments, typed up from a screenshot",
        """[Screenshot sent to the SW by the foster carer on [[13/11/2026|date]]; typed up by [[Chloe Anyanwu|name]]]

[[Donna Lusted|name]] · [[12 November|date]] at 23:02 · 🌍
social services have took my baby girl and let her go missing 3 times now. if anyone sees my [[kayla|name]] round edmonton or
seven sisters tell her to ring her mum. her carer [[joy|name]] does nothing. #justiceforkayla
   [[Brenda Coxall|name]]: Stay strong babe. Nanny loves her. I'll come up from [[margate|place]] sunday x
   [[Shell Prentice|name]]: saw her at [[Finsbury Park|place]] station wiv some lads on tues hun
   [[Jamie Lusted|name]]: mum take this down, she'll see it
   [[Tanya Mulhern|name]]: my [[Keeley|name]] is in her form at Holloway Park, I'll ask her x
""",
    ),
]
DOCS_F[3] = (
    DOCS_F[3][0],
    DOCS_F[3][1]
    .replace("round edmonton or\nseven sisters", "round [[edmonton|place]] or\n[[seven sisters|place]]")
    .replace("in her form at Holloway Park,", "in her form at [[Holloway Park|school]],"),
)


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 27 (written 2026-12-06 without reading the detector; held out until scored on 2026-12-06 at 23:16 UTC, read since)"


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
    "insp",
    "cllr",
    "hhj",
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
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "aunty",
    "auntie",
    "uncle",
    "don",
    "doña",
    "abuela",
    "abuelo",
    "tía",
    "tia",
    "tío",
    "mija",
    "profe",
    "sw",
    "hv",
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
    "kent",
    "medway",
    "suffolk",
    "london",
    "colombia",
    "ecuador",
    "spain",
    "south america",
    "latin america",
}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker (which runs the
# earlier sets' checkers) with this set's titles and kinship words ("Don Hernán", "Abuela Gloria", "tía Yuliana") and
# counties, regions and countries ("Kent", "Suffolk", "Ecuador").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
