"""Set 85: a held-out hand-written set for the redaction detector, six more invented families in Wigan, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set82.py,
redaction_set83.py, redaction_set84.py and their tests (written by other helpers at the same time), that did not run the detector
or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; the middle of set
21's documents was not printed), the docstrings of bench/redaction_set7.py to redaction_set81.py (printed with ast and searched
only for the names of Wigan's towns and of communities, to see which towns and communities earlier sets used as a family's
home), the list of functions in bench/redaction_handwritten.py and its `counts` and `main` helpers, and the ruff settings in
pyproject.toml. Phone numbers were checked with the phonenumbers library and NHS numbers and UPNs made and checked with a small
mod-11 snippet and python-stdnum. The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported
from the detector module only to build records. Nobody may tune the detector on this set: it is to be scored once, after the
detector's current round of changes. If a mistake in the gold marking is found after scoring, correct only the marking and
say so here.

Six families in the borough of Wigan, each from a town or district no earlier set used as a family's home. Four white British
families: a young mother in Golborne with a grandmother in Lowton (Unsworth / Fairclough; a dog bite, home conditions, a
partner's cannabis, a boy of 9 making a baby's bottles), a father named Leigh in Tyldesley with the children's mother in Leigh
and a grandmother in Astley (Bolton / Whittle; a boy of 14 drawn into county lines, found in a car in Blackpool), a mother in
Ashton-in-Makerfield expecting a second baby (Marsden / Rigby; a pre-birth assessment after an earlier child went to an aunt
under a special guardianship order, a violent ex-partner still calling) and grandparents caring for a granddaughter in
Shevington, with the mother in Orrell and then Marsh Green (Hesketh; a connected person's assessment, supervised family time,
the mother's voicemail). Two from communities no earlier set used: a Dutch family in Standish with a grandmother in Utrecht and
a father working in Rotterdam (de Vries / Bakker; parental conflict, a girl of 12 self-harming) and an Argentinian family in
Platt Bridge with the father in Rosario (Fernández / Ruiz; a boy of 15 carrying a knife after being robbed, a young carer, a
mother who speaks Spanish). 24 documents, four per family, about half plain professional recording: a health visitor's case
note, core group minutes, multi-agency strategy meeting minutes, a return home interview, a school's multi-agency referral
form, a CAMHS clinic letter, a pre-birth chronology, a pre-birth conference report, a child and family assessment extract, a
youth justice out-of-court disposal triage record, a connected person's assessment summary and a social worker's letter to a
mother; and the rest: a grandmother's and mother's text messages typed up, a primary school's safeguarding log export, a police
officer's notes typed fast on a phone, messages from a boy's phone typed up from a police download (contacts saved under emoji),
a mother's email in English with Dutch, a grandmother's letter in Dutch with a translation, an OCR'd scanned midwife's
handwritten note (with its misreadings), Facebook Messenger screenshots typed up, a WhatsApp chat in Spanish typed up and
translated, a young carers referral exported from an online form, a family time supervision record, and a voicemail
transcribed by a duty worker with a police intelligence note.

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Netherlands, Argentina); NHS numbers and UPNs (LA number 359 for Wigan) pass their check digits; NI
numbers have a valid format. The council (Douglas Vale), the GP practices (Kenyon Lane Surgery, Gidlow Medical Centre), the
schools' trusts, the football club (Makerfield Rovers JFC) and the charity (Bridgeway Families) are invented; towns, districts,
estates, real hospitals, police forces, NHS bodies, brands and apps are real and stay unmarked unless the conventions say so.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode,
place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words (Mr, Mrs, Ms, Miss, Dr, PC, DC,
Nan, Nana, Grandad, Mum, Oma, Opa, tía, abuela, mamá) stay outside a name span; a possessive 's stays outside; "SURNAME, First"
is one span; an initial with a surname is one span; a name broken by a line break is one span holding the break, and so is a
place or an address; a street address is one span, its town a place, its postcode a postcode; a Dutch postcode ("3511 NR") is a
postcode and an Argentine one ("S2000") too; countries and counties are not places ("the Netherlands", "Argentina", "Lancashire",
"Greater Manchester"); organisations, hospitals and surgeries are not marked even when they hold a town's name ("Royal Albert
Edward Infirmary", "Leigh Infirmary", "Wigan Warriors", "Blackpool Victoria Hospital"); a school's name and its short form is a
school; a date of birth is dob, any other calendar date with a day is a date (a weekday stays outside); months and years alone
are not marked; helplines are not marked; pets' names are not names ("Bruno"); a name that is also a town or word is marked by
what it refers to ("Leigh" the father is a name, "Leigh" the town a place; "Summer", "Bolton", "Holly" are names when people).

Choices this set had to make: an OCR misreading of a name ("Shannon Marsclen") is a name and of a place ("Ashton-in-Makerfie1d") a
place; a Spanish kinship word ("tía", "abuela", "mamá") stays outside the name; a football ground and a retail park are landmarks
and stay unmarked (Robin Park, the Spinning Gate, Schiphol); a voicemail's caller line ("from 07398 604 117") is a phone; a
friend's short name that is also a word ("court" for Courtney) is a name; a nickname made of initials ("JD") and a title with an
initial ("Uncle T") are not marked, as initials alone are not; a contact saved as an emoji ("🦈") is not a name, while one saved
as a plain name with an emoji ("Summer 🌻", "Kay 💕") marks the name; a school named after a person or a family name ("Hesketh
Fletcher", "Fred Longworth") is a school; a council building ("Wigan Life Centre") is an organisation and stays unmarked, while a
town in a family hub's or team's name ("Golborne Family Hub", "GMP Wigan division", "Wigan CAMHS") marks the town; "Baires" (Buenos Aires)
is a place; a Dutch or Argentine street address abroad is an address ("Witte de Withstraat 31", "Bv. Oroño 1450, 3° B").

Self-check without the detector: `python -m bench.redaction_set85` (and tests/test_redaction_set85.py) runs set 15's checker on
this set, adds this set's titles and kinship words and counties and countries, and prints the number of documents and gold
spans per kind: 24 documents, 929 gold spans, 507 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Unsworth / Fairclough family (white British), Golborne ---------------------------------------------------------------

HOME_A = d.Address("27 Kenyon Road", "", "Golborne", "WA3 3DS")
NAN_A = d.Address("8 Sandy Brow Lane", "Lowton", "Warrington", "WA3 2HN")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Ivy-Mae", "Unsworth")], dt.date(2023, 6, 14), addresses=[HOME_A], ids=["591 533 7597"]),
    _p("s", "sibling", [("Tyler", "Unsworth")], dt.date(2017, 2, 3), addresses=[HOME_A], ids=["788 399 9796", "J359273237535"],
       schools=["Golborne Community Primary School"]),
    _p("m", "mother", [("Kayleigh", "Unsworth")], dt.date(1999, 10, 22), addresses=[HOME_A], phones=["07812 446 903"],
       ids=["JT 52 81 47 B"]),
    _p("f", "partner", [("Dale", "Fairclough")], dt.date(1995, 4, 9), addresses=[HOME_A], phones=["07954 218 637"]),
    _p("g", "grandparent", [("Brenda", "Unsworth")], dt.date(1968, 8, 1), addresses=[NAN_A], phones=["01942 726 184"]),
    _p("p1", "professional", [("Rachel", "Pennington")], emails=["rachel.pennington@nhs.net"]),
], "c")

DOCS_A = [
    ("health visitor's case note after an unannounced home visit", """HEALTH VISITING - CONTACT RECORD
Child: [[UNSWORTH, Ivy-Mae|name]]    DOB: [[14.06.2023|dob]]    NHS No: [[591 533 7597|nhs]]
Address: [[27 Kenyon Road|address]], [[Golborne|place]], [[WA3 3DS|postcode]]
GP: Kenyon Lane Surgery    HV: [[Rachel Pennington|name]] (Specialist Community Public Health Nurse)
Date of contact: Thursday [[19 November 2026|date]], 10:40    Type: unannounced home visit (follow-up to A&E notification)

Reason: A&E notification from the Royal Albert Edward Infirmary dated [[16/11/2026|date]]: [[Ivy-Mae|name]] seen with a dog bite to
the left cheek, 2 steri-strips, discharged the same evening with mum. Mum told triage the dog was "next door's".

Present: mum [[Kayleigh Unsworth|name]] ("[[Kay|name]]"), [[Ivy-Mae|name]], and mum's partner [[Dale Fairclough|name]], who came down
from upstairs at about 11:00. [[Tyler|name]] (9) at school ([[Golborne Community Primary|school]]).

Observations: front room cold, curtains closed. A large brindle dog (Staffie cross, called Bruno) shut in the kitchen, barking
throughout. Dog mess on the back yard and on the kitchen floor. Strong smell of cannabis in the hall. Stair gate missing. [[Ivy-Mae|name]]
in a vest and nappy, heavy nappy, wound healing, no signs of infection. She went to [[Dale|name]] readily.

Discussion: [[Kay|name]] first said the dog belongs to a neighbour, [[Gary Leyland|name]] at [[no. 29|address]], then said [[Dale|name]] is
"minding it for his mate [[Nathan|name]] from [[Lowton|place]]". [[Dale|name]] said Bruno "has never bitten anyone before" and that
[[Ivy-Mae|name]] "pulled his ears". Advice given on dogs and toddlers, never leaving them alone together. [[Kay|name]] says her mum,
[[Brenda Unsworth|name]] of [[Sandy Brow Lane|address]], [[Lowton|place]] (landline [[01942 726 184|phone]]), has the children most
weekends and "would go mad" if she knew about the dog. [[Dale|name]] gave his number as [[07954 218 637|phone]].

Actions: referral to Douglas Vale Children's Front Door today; copy to GP and to the school nurse ([[Joanne Hurst|name]]);
HV revisit booked for [[26th November|date]]. Discussed with safeguarding supervisor [[Angela Tickle|name]] on [[20/11/26|date]].
Mum's details checked for the Healthy Start form: [[Kayleigh Unsworth|name]], DOB [[22/10/1999|dob]], NI [[JT 52 81 47 B|ni]],
mobile [[07812 446 903|phone]]. [[Tyler|name]]'s NHS no. [[788 399 9796|nhs]].
Signed: [[R Pennington|name]]  [[rachel.pennington@nhs.net|email]]
"""),
    ("a grandmother's and a mother's text messages, typed up by the social worker from the grandmother's phone", """Messages
shown to me by [[Brenda Unsworth|name]] (maternal grandmother) at her home in [[Lowton|place]] on [[24/11/2026|date]], copied as
written. Contact saved on her phone as "[[Kay|name]] 💕".

[[Kay|name]] 💕 ([[13 Nov|date]] 21:14): mum can u have [[ivy|name]] and [[ty|name]] sat [[dale|name]]'s got his mate coming round
Nan: ye love what time. is that [[nathan|name]] with the dog
[[Kay|name]] 💕 (21:20): dunno. dont start mum
[[Kay|name]] 💕 ([[16 Nov|date]] 19:02): at the infirmary with [[ivy|name]] dogs bit her face. shes ok. DONT tell [[tyler|name]] s teacher
Nan: WHAT. Im coming now. which one [[wigan|place]] or [[leigh|place]]
[[Kay|name]] 💕 (19:05): [[wigan|place]]. dont come [[dale|name]] is here
Nan: Im ringing [[sharon|name]] at [[kenyon rd|address]] to sit with [[tyler|name]]
[[Kay|name]] 💕 ([[17 Nov|date]] 08:31): mum the HV is coming thursday pls dont say nothing about weed
Nan: i wont lie for him [[kayleigh|name]]. that dog goes or the kids come to me. ring me on [[01942 726 184|phone]] not the mobile its
broke
[[Kay|name]] 💕 (08:40): fine. [[gary|name]] next door said hell take it to his brothers in [[ashton|place]]
Nan: good. [[tyler|name]] can stop at mine thurs and fri, ill take him to school from [[lowton|place]]
[[Kay|name]] 💕 ([[21 Nov|date]] 12:12): [[dale|name]] says ur a grass. hes staying at his mams in [[leigh|place]] 4 a bit
Nan: good riddance. is [[ivy|name]] eating
[[Kay|name]] 💕 (12:30): ye. [[jo|name]] the social is coming tues. [[rachel|name]] the HV come again weds
Nan: i'll come for both. [[sharon|name]] says [[gary|name]]s brother [[shaun|name]] still has the dog in [[bryn|place]] not [[ashton|place]]

Note (social worker, [[Jo Ramsden|name]]): "[[sharon|name]]" is [[Sharon Fairhurst|name]], a friend of the grandmother who lives on
[[Kenyon Road|address]]; the family's address is [[27 Kenyon Road|address]], [[WA3 3DS|postcode]].
"""),
]


# --- B. Bolton / Whittle family (white British), Tyldesley ---------------------------------------------------------------------

HOME_B = d.Address("41 Astley Street", "", "Tyldesley", "M29 8HG")
MUM_B = d.Address("Flat 3, 118 Railway Road", "", "Leigh", "WN7 4AF")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mason", "Bolton")], dt.date(2012, 5, 30), addresses=[HOME_B], ids=["508 167 9771", "F359213939510"],
       schools=["Fred Longworth High School"]),
    _p("s", "sibling", [("Summer", "Bolton")], dt.date(2015, 9, 18), addresses=[HOME_B], ids=["483 075 2041"]),
    _p("f", "father", [("Leigh", "Bolton")], dt.date(1986, 1, 12), addresses=[HOME_B], phones=["07488 316 205"],
       ids=["SP 63 09 24 D"]),
    _p("m", "mother", [("Gemma", "Whittle")], dt.date(1989, 3, 27), addresses=[MUM_B], phones=["07731 590 842"]),
    _p("p1", "professional", [("Imran", "Shafiq")], emails=["imran.shafiq@douglasvale.gov.uk"]),
], "c")

DOCS_B = [
    ("multi-agency strategy meeting minutes (child criminal exploitation)", """DOUGLAS VALE COUNCIL - CHILDREN'S SERVICES
STRATEGY MEETING (s.47 / CCE)    Child: [[Mason BOLTON|name]]  DOB [[30/05/2012|dob]]  UPN [[F359213939510|upn]]
Date: [[2 December 2026|date]], 14:00, Teams    Chair: [[Imran Shafiq|name]], Team Manager, [[Leigh|place]] locality team

Attendees: [[Imran Shafiq|name]] (chair); [[Laura Brindle|name]] (social worker); DC [[Paul Seddon|name]], GMP [[Wigan|place]] division
Complex Safeguarding; Mrs [[Helen Ainscough|name]], DSL, [[Fred Longworth High School|school]];
[[Carl Heyes|name]], youth justice; [[Amanda Grundy|name]], school nurse. Apologies: GP.

1. Background. [[Mason|name]], 14, lives with his dad [[Leigh Bolton|name]] and sister [[Summer|name]] (11) at [[41 Astley Street|address]],
[[Tyldesley|place]], [[M29 8HG|postcode]]. Mum, [[Gemma Whittle|name]], lives at [[Flat 3, 118 Railway Road|address]], [[Leigh|place]],
[[WN7 4AF|postcode]]; [[Mason|name]] stays with her some weekends.

2. Incident. On [[28.11.2026|date]] at 02:10 Lancashire Police stopped a grey Vauxhall Corsa, [[YH19 KZO|vehicle]], on the promenade at
[[Blackpool|place]]. [[Mason|name]] was in the back with £340 and two phones. The driver, [[Reece Lowe|name]] (19, of [[Atherton|place]]),
was arrested. [[Mason|name]] was taken to Blackpool Victoria Hospital with a cut hand, then collected by [[Leigh|name]] at 06:30.
Dad had reported him missing to GMP at 23:50 on [[27 Nov|date]].

3. School. Mrs [[Ainscough|name]]: attendance 71% this term; seen with older lads at the shops at the top of [[Tyldesley|place]]
after school; a friend, [[Kacper Nowak|name]] (Year 10), told staff [[Mason|name]] "owes [[Reecey|name]] money".

4. Views. [[Leigh|name]] said (by phone before the meeting, [[07488 316 205|phone]]) he "can't keep him in"; [[Gemma|name]]
([[07731 590 842|phone]]) asks that [[Mason|name]] go to her in [[Leigh|place]] as "[[Tyldesley|place]] is where they all hang
about". [[Summer|name]] told the school nurse she is scared when men knock at night.

Decision: s.47 enquiry, single-agency police investigation, NRM referral by [[Laura Brindle|name]] by [[4th December|date]]; review
strategy meeting [[16/12/2026|date]].
Actions: DC [[Seddon|name]] to seek a CAWN against [[Reece Lowe|name]] (address given as [[12 Tyldesley Road|address]], [[Atherton|place]],
[[M46 9DD|postcode]]) by [[9/12/2026|date]]; [[Carl Heyes|name]] to see [[Mason|name]] weekly from [[3 December|date]]; Mrs
[[Ainscough|name]] to arrange a managed move discussion with [[Hesketh Fletcher|school]] if [[Gemma|name]]'s request goes ahead;
[[Laura Brindle|name]] to check benefits with dad (NI [[SP 63 09 24 D|ni]]) so [[Mason|name]] has a bus pass; [[Amanda Grundy|name]]
to see [[Summer|name]] at [[Tyldesley Primary|school]] on [[7th December|date]].
"""),
    ("police officer's notes typed fast on a work phone, pasted into the record", """PC 4471 [[J Tonge|name]] - pocket notes (phone) -
[[28/11|date]]
0212 stop promenade nr central pier [[blackpool|place]]. veh [[YH19KZO|vehicle]] grey corsa.
drvr [[REECE LOWE|name]] dob [[03/02/07|dob]] of [[atherton|place]]
- nah its [[Reece LOWE|name]], checked PNC
rear passenger says hes "[[mase|name]]" 14 from [[tyldo|place]]. later gives
[[Mason Bolton|name]] dob [[30.5.12|dob]] addr [[41 astley st|address]]
misper on GMP since 2350 - rang dad [[Leigh|name]] on [[07488316205|phone]]
2 phones (1 nokia) £340 in socks. small cut L palm
2nd pass [[Jayden|name]]?? ran off towards [[south shore|place]] - not traced
0305 bvh a&e with [[mase|name]]. dad 0630 with mum [[gemma|name]] - mum says ring her on [[07731590842|phone]] not him
note: [[Lowe|name]] says hes "just giving a lift" frm [[leigh|place]]
"""),
]


# --- C. de Vries / Bakker family (Dutch), Standish ---------------------------------------------------------------------------

HOME_C = d.Address("6 Rectory Lane", "", "Standish", "WN6 0XB")
OMA_C = d.Address("Oudegracht 212", "", "Utrecht", "3511 NR")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Femke", "Bakker")], dt.date(2014, 4, 2), addresses=[HOME_C], ids=["622 568 2333", "P359290296100"],
       schools=["Standish Community High School"]),
    _p("s", "sibling", [("Sem", "Bakker")], dt.date(2019, 11, 7), addresses=[HOME_C], ids=["642 771 2047"]),
    _p("m", "mother", [("Annelies", "de Vries")], dt.date(1985, 7, 15), addresses=[HOME_C], phones=["07864 203 975"]),
    _p("f", "father", [("Joost", "Bakker")], dt.date(1983, 2, 20), addresses=[HOME_C], phones=["+31 6 28471935"]),
    _p("g", "grandparent", [("Ineke", "de Vries")], addresses=[OMA_C], phones=["+31 30 234 8817"]),
], "c")

DOCS_C = [
    ("a high school's MASH referral form", """MULTI-AGENCY REFERRAL FORM (MARF) - Douglas Vale Children's Front Door
Section 1  Child
Surname: [[BAKKER|name]]          Forename(s): [[Femke|name]]          DOB: [[02/04/2014|dob]]      Gender: F
Address: [[6 Rectory Lane|address]], [[Standish|place]], [[WN6 0XB|postcode]]
School: [[Standish Community High School|school]] (Year 8)     UPN: [[P359290296100|upn]]     NHS: [[622 568 2333|nhs]]
Language at home: Dutch / English     Interpreter needed: No
Section 2  Household
Mother: [[Annelies de Vries|name]]   Tel: [[07864 203 975|phone]]
Father: [[Joost Bakker|name]]        Tel: [[+31 6 28471935|phone]] (Dutch mobile; works in [[Rotterdam|place]] Mon-Thu)
Sibling: [[Sem|name]] ([[07/11/2019|dob]]), Reception at [[St Wilfrid's|school]]
Section 3  Referrer
Name: [[Niamh O'Driscoll|name]]   Role: DSL   Email: [[n.odriscoll@standish-chs.org.uk|email]]   Date: [[9 Oct 2026|date]]
Section 4  Concerns
On [[08/10/2026|date]] in PE [[Femke|name]]'s form tutor Mr [[Hartley|name]] saw fresh cuts on her left forearm. [[Femke|name]]
told me she cuts "when they scream at each other" and that her dad "throws things" when he is home at weekends. She said
last Sunday he broke the kitchen door and [[Sem|name]] hid under the table. She wants to go and live with her Oma
[[Ineke|name]] in [[Utrecht|place]] ([[Oudegracht 212|address]], [[3511 NR|postcode]]). Her friend [[Holly Rimmer|name]]
said [[Femke|name]] showed her a note saying "ik wil niet meer". Mum was called on [[8th|date]] and came in; she said
[[Joost|name]] "is under pressure" and asked that the school not tell him. Wounds cleaned by school nurse [[Bev Latham|name]].
Consent: Mum agreed to referral. Child's views: "don't make dad angrier".
"""),
    ("a mother's email to the social worker, in English with some Dutch", """
From: [[Annelies de Vries|name]] <[[annelies.devries85@gmail.com|email]]>
To: [[Sophie Cunliffe|name]] <[[sophie.cunliffe@douglasvale.gov.uk|email]]>
Sent: Wed [[14 Oct 2026|date]] 23:02
Subject: [[Femke|name]] and [[Sem|name]] - please read before Friday

Dear [[Sophie|name]],
Sorry for the late mail, the children are sleeping finally. I want to say things I could not say with [[Joost|name]] in the room
on Monday. He is not a bad father but since he works in [[Rotterdam|place]] and comes back on the Friday flight from Schiphol
he is tired and drinks and then it goes wrong. Last weekend he shouted "jij maakt alles kapot" and threw the vase. [[Femke|name]]
saw it. [[Sem|name]] wet the bed again.

My mother, Oma [[Ineke|name]], says we can all come to her in [[Utrecht|place]] for the autumn holiday (herfstvakantie). Her number
is [[+31 30 234 8817|phone]] if you want to speak to her, she speaks good English. My sister [[Marieke|name]] lives in
[[Amersfoort|place]] also.

I do not want [[Femke|name]] to go to CAMHS in [[Wigan|place]] alone, I will bring her. The teacher, mevrouw [[O'Driscoll|name]],
has been very kind. Our neighbour [[Pat Haydock|name]] at number [[8|address]] heard the shouting also, she can tell you.
PS [[Joost|name]]'s address in [[Rotterdam|place]] in the week is [[Witte de Withstraat 31|address]], [[3012 BM|postcode]], and his work
phone is the same [[+31 6 28471935|phone]]. He flies back on [[20 November|date]] and then again on [[27th|date]].

Met vriendelijke groet,
[[Annelies|name]]
[[07864 203 975|phone]]
"""),
]


# --- D. Marsden / Rigby family (white British), Ashton-in-Makerfield ---------------------------------------------------------

HOME_D = d.Address("19 Heath Road", "", "Ashton-in-Makerfield", "WN4 9DY")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Baby", "Marsden")], addresses=[HOME_D]),
    _p("s", "sibling", [("Lacey", "Marsden")], dt.date(2021, 12, 1), ids=["794 542 8401"]),
    _p("m", "mother", [("Shannon", "Marsden")], dt.date(2002, 6, 6), addresses=[HOME_D], phones=["07915 662 408"],
       ids=["698 288 8894"]),
    _p("f", "father", [("Jordan", "Rigby")], dt.date(2000, 9, 29), phones=["07702 184 553"]),
], "c")

DOCS_D = [
    ("pre-birth assessment chronology", """CHRONOLOGY OF SIGNIFICANT EVENTS - PRE-BIRTH ([[MARSDEN|name]], unborn; EDD [[21/02/2027|date]])
Mother: [[Shannon Marsden|name]] ([[06/06/2002|dob]]), [[19 Heath Road|address]], [[Ashton-in-Makerfield|place]], [[WN4 9DY|postcode]]
Father: [[Jordan Rigby|name]] ([[29/09/2000|dob]]), of no fixed abode, believed staying with his brother [[Kyle Rigby|name]] in
[[Bryn|place]]
Author: [[Megan Holcroft|name]], social worker, [[Ashton|place]] & [[Golborne|place]] team. Last updated [[3 December 2026|date]].

Date        | Event                                                                 | Source
[[01/12/2021|date]]  | [[Lacey|name]] born at Royal Albert Edward Infirmary                  | maternity
[[14/03/2023|date]]  | Police called to [[Bryn Road|address]]: [[Jordan|name]] strangled [[Shannon|name]]; arrested   | GMP
[[02/08/2023|date]]  | ICPC, [[Lacey|name]] subject to a CP plan (emotional abuse)           | CSC
[[11/01/2024|date]]  | [[Lacey|name]] placed with paternal aunt [[Stacey Rigby|name]] in [[Haydock|place]] under an SGO | court
[[09/07/2026|date]]  | [[Shannon|name]] books with midwife [[Carol Greenall|name]], 8 weeks pregnant | midwifery
[[15/09/2026|date]]  | [[Shannon|name]] says she has ended it with [[Jordan|name]]; seen with him at Robin Park on the
[[16th|date]]       |                                                                       | neighbour (Mrs [[Tyrer|name]])
[[30/10/2026|date]]  | Pre-birth referral; [[Shannon|name]] mobile [[07915 662 408|phone]]                    | midwifery
[[12/11/2026|date]]  | Home visit: flat clean, cot bought. [[Shannon|name]] attending Bridgeway Families "Freedom"
programme                                                                     | CSC
[[19/11/2026|date]]  | Anonymous call to the Front Door: "[[Jordan|name]]'s back at [[Shannon|name]]'s"; caller named [[Tina|name]]  | CSC
[[20/11/2026|date]]  | Unannounced visit by [[Megan|name]] with [[Aaron Fazackerley|name]] (SSW): no one in            | CSC
[[24/11/2026|date]]  | [[Shannon|name]] at antenatal clinic, Leigh Infirmary; [[Carol|name]] sees bruise on her wrist      | midwifery
[[26/11/2026|date]]  | PNC check: [[Jordan Rigby|name]] of [[Bryn|place]] stopped driving [[PN68 WXD|vehicle]] in [[Golborne|place]] | GMP
[[28/11/2026|date]]  | Neighbour Mrs [[Tyrer|name]] sees the van on [[Heath Road|address]] late evening                   | neighbour
[[01/12/2026|date]]  | [[Lacey|name]]'s 5th birthday at [[Stacey|name]]'s in [[Haydock|place]];
             [[Shannon|name]] attends 1 hour | SGO carer
[[02/12/2026|date]]  | [[Courtney Barlow|name]] rings [[Megan|name]]: van outside again                                | friend
[[03/12/2026|date]]  | [[Shannon|name]] shows Messenger screenshots; agrees to a written agreement          | CSC
"""),
    ("an OCR'd scan of a community midwife's handwritten antenatal note (misreadings left as the scanner read them)", """
ANTENATAL C0NTACT - c0mmunity midwifery   Wrightington, Wigan & Leigh
Name: [[Shannon Marsclen|name]]    D0B [[O6/O6/2OO2|dob]]    NHS no [[698 288 8894|nhs]]
Addr: [[19 Heath Rd|address]], [[Ashton-in-Makerfie1d|place]]  [[WN4 9DY|postcode]]
Date: [[1O/11/2O26|date]]    Gest: 25+3    Seen by: [[C. Greenal1|name]] RM

BP 118/72  urine NAD  FH 140  SFH 25cm
Mood - "0k". Says partner [[J0rdan|name]] not around. Visit
ing nan ([[Elsie|name]]) in [[Hind
ley|place]] most days. Tel [[07915 662 408|phone]] (checked)
DV routine enquiry - asked alone - says no current. Told her about Wigan Warriors family day. Plan: next appt
[[24.11.26|date]] at Leigh Infirmary clinic. Safeguarding MW [[Dawn Pilling|name]] aware.
"""),
]


# --- E. Fernández / Ruiz family (Argentinian), Platt Bridge ------------------------------------------------------------------

HOME_E = d.Address("52 Warrington Road", "Platt Bridge", "Wigan", "WN2 5HQ")
DAD_E = d.Address("Bv. Oroño 1450, 3° B", "", "Rosario", "S2000")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Mateo", "Ruiz Fernández")], dt.date(2011, 8, 19), addresses=[HOME_E], ids=["796 759 3367", "H359226487100"],
       schools=["Abram Bryn Gates"]),
    _p("s", "sibling", [("Valentina", "Ruiz")], dt.date(2018, 1, 30), addresses=[HOME_E], ids=["634 758 7270"]),
    _p("m", "mother", [("Lucía", "Fernández")], dt.date(1984, 12, 4), addresses=[HOME_E], phones=["07539 771 246"]),
    _p("f", "father", [("Martín", "Ruiz")], dt.date(1981, 5, 11), addresses=[DAD_E], phones=["+54 9 341 562-8810"]),
], "c")

DOCS_E = [
    ("child and family assessment extract", """CHILD AND FAMILY ASSESSMENT - extract (Douglas Vale Council)
Child: [[Mateo RUIZ FERNÁNDEZ|name]] (known as "[[Teo|name]]"), DOB [[19 August 2011|dob]], NHS [[796 759 3367|nhs]]
Address: [[52 Warrington Road|address]], [[Platt Bridge|place]], [[Wigan|place]] [[WN2 5HQ|postcode]]
Assessing worker: [[Tom Gaskell|name]]     Interpreter (Spanish): [[Carolina Méndez|name]]     Completed: [[27/11/2026|date]]

Reason for assessment: on [[5 November 2026|date]] a kitchen knife was found in [[Mateo|name]]'s bag at school. He said older boys
from [[Hindley Green|place]] had threatened him by the bus stop on [[Liverpool Road|address]] and he "needed protection".

Family: [[Mateo|name]] lives with his mother [[Lucía Fernández|name]] and sister [[Valentina|name]] ("[[Valen|name]]", 8). They came
from [[Rosario|place]] in 2023 when mum's employer, a logistics firm near [[Skelmersdale|place]], sponsored her. Dad, [[Martín Ruiz|name]],
stayed in Argentina ([[Bv. Oroño 1450, 3° B|address]], [[Rosario|place]], [[S2000|postcode]]; [[+54 9 341 562-8810|phone]]) and
speaks to the children by video on Sundays. Maternal aunt, tía [[Sol|name]] ([[Soledad Fernández|name]]), lives in
[[Buenos Aires|place]], [[+54 9 11 4782-3316|phone]].

[[Mateo|name]]'s view: he misses his friends in [[Rosario|place]] and his grandmother, abuela [[Rosa|name]]. He plays for
Makerfield Rovers JFC and says his coach, [[Dean Pimblett|name]], is "the only one who listens". He said a boy called
[[Kian|name]] took his phone on [[3rd November|date]].

Mother's view (through the interpreter): [[Lucía|name]] works nights and [[Mateo|name]] minds [[Valentina|name]] from 7pm. She was
shocked about the knife. Mobile [[07539 771 246|phone]]. Neighbour [[Irene Cheetham|name]] at [[50|address]] is a help.
"""),
    ("a WhatsApp chat in Spanish, typed up and translated by the interpreter", """WhatsApp chat "Familia 💙" shown by [[Lucía|name]] on
[[27/11/2026|date]]; Spanish as written, English by [[Carolina Méndez|name]] (interpreter).

[[6/11/26|date]] 08:12 - [[Martín|name]]: [[Lu|name]], me llamó la escuela de [[Teo|name]]?? qué pasó con el cuchillo
   ([[Lu|name]], did [[Teo|name]]'s school call me?? what happened with the knife)
[[6/11/26|date]] 08:30 - [[Lucía|name]]: No es nada, ya está. La trabajadora social viene el martes
   (It's nothing, it's done. The social worker comes on Tuesday)
[[6/11/26|date]] 08:31 - [[Martín|name]]: mandalo a [[Rosario|place]] conmigo. Acá no le pasa nada
   (send him to [[Rosario|place]] with me. Nothing happens to him here)
[[7/11/26|date]] 22:47 - [[mateo|name]]: pa no quiero hablar
   (dad I don't want to talk)
[[7/11/26|date]] 22:50 - Abuela: [[Teo|name]] mi amor, llamame. Tía [[Sol|name]] te manda besos desde [[Baires|place]]
   ([[Teo|name]] my love, call me. Aunt [[Sol|name]] sends kisses from [[Baires|place]])
[[8/11/26|date]] 10:05 - [[Lucía|name]]: [[valen|name]] está con la vecina [[Irene|name]], yo trabajo esta noche
   ([[valen|name]] is with the neighbour [[Irene|name]], I'm working tonight)
[[9/11/26|date]] 19:20 - [[Martín|name]]: [[Lu|name]] mi mamá dice que [[Teo|name]] puede ir a [[Funes|place]] en enero
   ([[Lu|name]] my mum says [[Teo|name]] can go to [[Funes|place]] in January)
[[9/11/26|date]] 19:24 - [[Lucía|name]]: No. Tiene la escuela. Y el trabajador social, el señor [[Gaskell|name]], dice que no
   (No. He has school. And the social worker, Mr [[Gaskell|name]], says no)
[[10/11/26|date]] 07:02 - [[mateo|name]]: ma el [[kian|name]] otra vez en la parada. me voy con [[oli|name]]
   (mum [[kian|name]] again at the stop. I'm going with [[oli|name]])
[[10/11/26|date]] 07:05 - [[Lucía|name]]: llamá a [[Irene|name]] al [[07488 902 361|phone]] si pasa algo
   (call [[Irene|name]] on [[07488 902 361|phone]] if anything happens)

(Note: "Abuela" is the paternal grandmother, saved on the phone by kinship; "[[Baires|place]]" is a short name for [[Buenos Aires|place]].)
(Interpreter's note: "[[Lu|name]]" is [[Lucía|name]]; "[[Teo|name]]" is [[Mateo|name]]; "[[oli|name]]" is his friend
[[Oliver Kwiatkowski|name]];
[[Funes|place]] is a town near [[Rosario|place]] where the paternal grandmother, [[Rosa Ruiz|name]], lives at [[Calle Hipólito
Yrigoyen 2240|address]].)
"""),
]


# --- F. Hesketh family (white British), Shevington, mother in Orrell ---------------------------------------------------------

HOME_F = d.Address("15 Miles Lane", "Shevington", "Wigan", "WN6 8EB")
MUM_F = d.Address("Flat 7, Lodge Court, Moor Road", "Orrell", "Wigan", "WN5 8SJ")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Willow", "Hesketh")], dt.date(2020, 3, 9), addresses=[HOME_F], ids=["H359262252414"],
       schools=["Shevington Vale Primary School"]),
    _p("m", "mother", [("Chelsea", "Hesketh")], dt.date(2001, 1, 17), addresses=[MUM_F], phones=["07398 604 117"]),
    _p("g", "grandparent", [("Pauline", "Hesketh")], dt.date(1962, 11, 2), addresses=[HOME_F], phones=["01257 423 918"]),
    _p("g2", "grandparent", [("Geoff", "Hesketh")], dt.date(1960, 6, 23), addresses=[HOME_F]),
], "c")

DOCS_F = [
    ("connected person's (kinship) assessment summary for a fostering panel", """CONNECTED PERSONS ASSESSMENT - SUMMARY FOR PANEL
Applicants: [[Pauline Hesketh|name]] ([[02/11/1962|dob]]) and [[Geoff Hesketh|name]] ([[23/06/1960|dob]])
Address: [[15 Miles Lane|address]], [[Shevington|place]], [[Wigan|place]] [[WN6 8EB|postcode]]   Tel: [[01257 423 918|phone]]
Child: [[Willow Hesketh|name]], DOB [[9 March 2020|dob]], UPN [[H359262252414|upn]], Reception at [[Shevington Vale|school]]
Assessor: [[Lisa Fairhurst|name]], supervising social worker     Panel date: [[10 December 2026|date]]

[[Willow|name]] came to her grandparents on [[22 September 2026|date]] under a s.20 agreement after her mother, [[Chelsea Hesketh|name]],
was found unresponsive at [[Flat 7, Lodge Court|address]], [[Orrell|place]] with [[Willow|name]] alone beside her. [[Chelsea|name]] is
now in residential rehab in [[Southport|place]].

[[Pauline|name]] (63) is a retired school cook; [[Geoff|name]] (66) drove for a haulier in [[Skelmersdale|place]]. They have raised
two children; their son [[Craig|name]] lives in [[Appley Bridge|place]] and will babysit. [[Geoff|name]] has type 2 diabetes;
GP (Gidlow Medical Centre) reports no concern. Referees: [[Maureen Sumner|name]] (friend of 30 years, [[Standish Lower Ground|place]])
and the Revd [[Alan Birchall|name]].
Strengths: [[Willow|name]] calls them "Nana and Grandad", she is settled, and they take her to see [[Chelsea|name]] every other
Saturday. Concern: [[Pauline|name]] finds it hard to say no to [[Chelsea|name]]; agreed contact plan and a written safety plan.
Household and checks:
  [[Pauline Hesketh|name]]   [[02.11.1962|dob]]   DBS clear [[14/10/2026|date]]   medical [[20/10/2026|date]]
  [[Geoff Hesketh|name]]     [[23.06.1960|dob]]   DBS clear [[14/10/2026|date]]   medical [[27/10/2026|date]]
  [[Willow Hesketh|name]]    [[09.03.2020|dob]]   LAC medical with Dr [[Ashworth|name]] on [[3 October 2026|date]]
  Regular visitor: [[Craig Hesketh|name]] (uncle), [[Appley Bridge|place]], DBS applied [[2/11/2026|date]]
  Previous address of the applicants: [[4 Gathurst Lane|address]], [[Shevington|place]] (until 2009)
"""),
    ("a voicemail transcribed by the duty worker", """Voicemail left on the duty line, Friday [[4 December 2026|date]] 23:41, from
[[07398 604 117|phone]]. Transcribed by [[Jo Ramsden|name]], [[07/12/26|date]].

"Hiya it's... it's [[Chelsea|name]], [[Chelsea Hesketh|name]], [[Willow|name]]'s mum. I'm ringing cos me mum won't let me talk to her on
the phone tonight and it's not fair, it's not in the plan that. I'm clean, I'm out of [[Southport|place]] now, I'm stopping at me mate
[[Jade|name]]'s in [[Marsh Green|place]], [[Ormskirk Road|address]] or whatever, and I want her back for Christmas. Tell [[Lisa|name]]
I'll ring Monday. And tell [[Pauline|name]] and all I know she's told you about [[Ryan|name]], he's not even with me. Me number's the
same. Ta."

Duty note: [[Ryan|name]] is believed to be [[Ryan Melling|name]], [[Chelsea|name]]'s former partner. Passed to [[Lisa Fairhurst|name]].
PNC/intel (DC [[Owen Prescott|name]], [[07/12/2026|date]]): [[MELLING, Ryan James|name]], DOB [[11/04/1998|dob]], last known address
[[Flat 2, 9 Church Street|address]], [[Orrell|place]], [[WN5 8TG|postcode]]; drives a blue Ford Focus [[KX16 BHF|vehicle]]. Seen with
[[Chelsea|name]] at the petrol station on [[Orrell Road|address]] on [[5 December|date]] by PCSO [[Naylor|name]].
"""),
]


DOCS_A += [
    ("core group meeting minutes", """CORE GROUP MEETING - [[Ivy-Mae|name]] and [[Tyler UNSWORTH|name]]
Date: Tuesday [[8 December 2026|date]]   Venue: [[Golborne|place]] Family Hub, [[High Street|address]]   Chair: [[Jo Ramsden|name]] (SW)
Present: [[Kayleigh Unsworth|name]] (mum); [[Brenda Unsworth|name]] (maternal nan); [[Rachel Pennington|name]] (HV);
Mrs [[Sadie Eckersley|name]] (Head, [[Golborne CP|school]]); [[Joanne Hurst|name]] (school nurse); [[Mark Twist|name]] (Early Help,
[[Lowton|place]]). Apologies: [[Dale Fairclough|name]] (working in [[Warrington|place]]).

1. Actions from the ICPC on [[23/11/2026|date]]
 - Dog removed from the home: DONE. [[Kay|name]] says [[Gary Leyland|name]]'s brother [[Shaun|name]] in [[Ashton|place]] took Bruno on
   [[25 Nov|date]]. [[Jo|name]] saw the empty kennel on [[1st December|date]].
 - [[Dale|name]] to attend the drug service in [[Wigan|place]]: first appt missed ([[2/12|date]]), rebooked [[9/12|date]].
 - Stair gate fitted: DONE by [[Brenda|name]]'s neighbour [[Colin Rigby|name]] (no relation to the other [[Rigbys|name]] known to CSC).
2. [[Tyler|name]]: attendance 88%, late 9 times. Mrs [[Eckersley|name]] said [[Tyler|name]] told his teacher Mr [[Lathom|name]] that he
   "makes [[Ivy|name]]'s bottle" in the mornings. [[Tyler|name]] will start the young carers group at [[Leigh|place]] on
   [[14/12/2026|date]].
3. [[Ivy-Mae|name]]: scar fading; next HV review [[5 January 2027|date]]; 2-year check done. Nursery place at
   [[Little Acorns|school]], [[Golborne|place]], from [[4th January|date]].
4. Nan's view: "[[Kayleigh|name]] does her best when [[Dale|name]]'s not smoking." Mum's view: "I just want the social off me back."
Next core group: [[19 January 2027|date]], same venue. Minutes by [[Kerry Hindley|name]] (business support).
"""),
    ("a primary school's safeguarding log, exported from the school's recording system", """Safeguarding log export | Pupil:
[[UNSWORTH, Tyler|name]] | Year 4 | UPN [[J359273237535|upn]] | DOB [[03/02/2017|dob]]
School: [[Golborne Community Primary School|school]]   Exported by [[S Eckersley|name]] on [[07/12/2026|date]]

[[18/11/2026|date]] 08:55  [[Olivia Hart|name]] (TA)  Categories: Wellbeing
[[Tyler|name]] came in without a coat, said nan was not picking up. Breakfast given. He said [[Ivy|name]] "got bit by Bruno".
Linked: [[Ivy-Mae Unsworth|name]] (sibling, not on roll).
[[18/11/2026|date]] 10:20  [[S Eckersley|name]] (DSL)  Categories: Safeguarding, Contact with parent
Rang mum on [[07812 446 903|phone]], no answer. Rang nan [[Brenda|name]] on [[01942 726 184|phone]]; she confirmed the bite and that
she was "sorting it". Action: referral to the Front Door.
[[20/11/2026|date]] 15:30  [[Tom Lathom|name]] (class teacher)  Categories: Disclosure
In circle time [[Tyler|name]] said "[[Dale|name]] smokes the green stuff in the bathroom" and that his friend [[Alfie Daniels|name]]
isn't allowed to come to his house any more. [[Alfie|name]]'s mum, [[Natalie Daniels|name]], spoke to me at the gate and said
she had heard shouting at [[27 Kenyon|address]] "most nights".
[[26/11/2026|date]] 09:10  [[S Eckersley|name]]  Categories: Multi-agency
Social worker [[Jo Ramsden|name]] ([[jo.ramsden@douglasvale.gov.uk|email]]) visited school and saw [[Tyler|name]] with Mrs
[[Hart|name]] present. [[Tyler|name]] drew his house with [[Ivy|name]], mum, nan and "[[Ty|name]]"; he left [[Dale|name]] out.
[[03/12/2026|date]] 14:45  [[Olivia Hart|name]]  Categories: Wellbeing
[[Tyler|name]] upset: "Nan's moving to [[Culcheth|place]]". Checked with [[Brenda|name]]: not true, her friend [[Sharon|name]] is.
"""),
]

DOCS_B += [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW - Douglas Vale Missing From Home service
Young person: [[Mason Bolton|name]] ("[[Mase|name]]")   DOB: [[30/05/2012|dob]]   Episode: [[27/11/2026|date]] 18:00 to
[[28/11/2026|date]] 06:30
Interviewer: [[Bethany Ashurst|name]]   Where: his nan's, [[Sandra Bolton|name]], [[Manchester Road|address]], [[Astley|place]]
Date of interview: [[1 December 2026|date]] (within 72 hours)

Where he went: got a bus from [[Tyldesley|place]] to [[Leigh|place]] bus station about 18:30, met "[[Reecey|name]]" ([[Reece Lowe|name]])
and another lad, "JD", by the Spinning Gate. They drove up the M6 to [[Blackpool|place]]; stopped at a flat in
[[South Shore|place]] on [[Bond Street|address]] where a man called "Uncle T" gave [[Reece|name]] a bag.
Why: he says he owes [[Reece|name]] £200 for a phone and trainers. He was told he could "work it off" in two trips.
Who he trusts: his sister [[Summer|name]], his nan, and [[Carl Heyes|name]] from youth justice. He said his mum [[Gemma|name]] "is
alright but her boyfriend [[Wayne|name]] hates me".
Risks: further trips planned for "the [[12th|date]]"; phone numbers saved under emojis; he has [[Reece|name]]'s number as
[[07864 392 018|phone]].
Safety plan agreed: [[Mason|name]] will text [[Bethany|name]] on [[07731 215 644|phone]] if he is asked to go anywhere; dad
[[Leigh|name]] to collect him from [[Fred Longworth|school]] on Mondays and Wednesdays.
Shared with: [[Laura Brindle|name]] (SW), DC [[Paul Seddon|name]] (complex safeguarding), [[Helen Ainscough|name]] (DSL).
"""),
    ("messages from a boy's phone, typed up from a police download", """Extract from download of handset 2 (seized [[28/11/2026|date]]),
typed by DC [[Paul Seddon|name]]. Contacts shown as saved.

"🦈" ([[07864 392 018|phone]])  [[25/11|date]] 19:41: u free sat
[[mase|name]]: maybe dads in
"🦈"  19:44: bring ur bag. owe me remember
[[mase|name]]: ye ye
"[[Summer|name]] 🌻" ([[07915 033 871|phone]])  [[27/11|date]] 23:12: where r u dad is going mad. hes rang mum
[[mase|name]]: tell him im at [[kacper|name]]s
"[[Summer|name]] 🌻"  23:15: hes rang [[kacper|name]]s mum already. [[masonnnn|name]]
"Mum" ([[07731 590 842|phone]])  23:58: [[MASON|name]] RING ME NOW. [[Wayne|name]] will come and get u from wherever
"JD" ([[07539 287 160|phone]])  [[28/11|date]] 00:40: we r at [[preston|place]] services now
"Nan [[Sandra|name]]" ([[01942 884 215|phone]])  [[28/11|date]] 01:30: [[Mason|name]] love please just text nan ur safe xxx
[[mase|name]]  02:41: im ok nan. with [[reece|name]]. dont tell dad
"[[Summer|name]] 🌻"  [[28/11|date]] 06:02: dads coming for u. mum and [[wayne|name]] r coming to [[blackpool|place]] too

Note: "[[Summer|name]] 🌻" is his sister [[Summer Bolton|name]]; "Nan [[Sandra|name]]" is [[Sandra Bolton|name]] of [[Astley|place]].
"""),
]

DOCS_C += [
    ("a CAMHS clinic letter to the GP, copied to the social worker", """[[Wigan|place]] CAMHS, Child and Adolescent Mental Health Service
Date: [[17 November 2026|date]]
Dr [[A. Melling|name]], Standish Medical Practice
Dear Dr [[Melling|name]],
Re: [[Femke BAKKER|name]], DOB [[2.4.2014|dob]], NHS [[622 568 2333|nhs]],
[[6 Rectory Lane|address]], [[Standish|place]] [[WN6 0XB|postcode]]

I saw [[Femke|name]] with her mother, Ms [[de Vries|name]], on [[12/11/2026|date]] after her school's referral. [[Femke|name]] has cut her
forearms since the summer, about twice a week, more when her father is home from [[Rotterdam|place]] (Friday to Sunday). She
denied plans to end her life but wrote "ik wil niet meer" in a note to her friend [[Holly|name]]. She said she feels "half Dutch,
half English and all in the middle". She misses her grandmother in [[Utrecht|place]] and her cousins [[Daan|name]] and
[[Lotte|name]] in [[Amersfoort|place]].

[[Femke|name]] asked me not to tell her father, Mr [[Bakker|name]], what she said about the shouting. Her mother has agreed to a
safety plan. I have offered six sessions with our CBT therapist [[Gareth Iddon|name]] from [[23 November|date]], and have shared
this letter with the social worker, [[Sophie Cunliffe|name]], with [[Annelies|name]]'s consent.

Yours sincerely,
Dr [[Priya Raman|name]]
Consultant Child and Adolescent Psychiatrist
cc: Mrs [[Niamh O'Driscoll|name]], DSL, [[Standish Community High|school]]
"""),
    ("a grandmother's letter from Utrecht, in Dutch with the social worker's translation", """[[Utrecht|place]], [[2 november 2026|date]]

Beste mevrouw [[Cunliffe|name]],
Ik ben [[Ineke de Vries|name]], de oma van [[Femke|name]] en [[Sem|name]]. Mijn adres is [[Oudegracht 212|address]],
[[3511 NR|postcode]] [[Utrecht|place]], telefoon [[+31 30 234 8817|phone]]. Mijn dochter [[Annelies|name]] heeft mij gevraagd om u te
schrijven. Ik maak mij zorgen over [[Joost|name]]. Toen ze in [[Zeist|place]] woonden, voor 2022, was het ook zo. De kinderen zijn
welkom bij mij. Mijn buurvrouw [[Marjolein Visser|name]] kan helpen met [[Sem|name]] naar school.
Met vriendelijke groeten, [[Ineke de Vries|name]] (Oma)

Translation ([[Sophie Cunliffe|name]], with help from [[Annelies|name]], [[20/11/2026|date]]):
"Dear Mrs [[Cunliffe|name]], I am [[Ineke de Vries|name]], [[Femke|name]] and [[Sem|name]]'s grandmother. My address is
[[Oudegracht 212|address]], [[3511 NR|postcode]] [[Utrecht|place]], phone [[+31 30 234 8817|phone]]. My daughter [[Annelies|name]] asked
me to write to you. I am worried about [[Joost|name]]. When they lived in [[Zeist|place]], before 2022, it was the same. The children
are welcome with me. My neighbour [[Marjolein Visser|name]] can help take [[Sem|name]] to school. With kind regards, [[Ineke de
Vries|name]] (Oma)"
"""),
]

DOCS_D += [
    ("pre-birth child protection conference report", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE (PRE-BIRTH)
Unborn child of [[Shannon MARSDEN|name]]    Conference: [[10 December 2026|date]], [[Ashton|place]] Town Hall, 10:00
Social worker: [[Megan Holcroft|name]]    Team manager: [[Ruth Aspinall|name]]    EDD: [[21 February 2027|date]]

Household: [[Shannon|name]] (24) lives alone at [[19 Heath Road|address]], [[Ashton-in-Makerfield|place]]. The baby's father is
[[Jordan Rigby|name]] (26). [[Shannon|name]]'s first child, [[Lacey|name]] (born [[1 December 2021|dob]]), lives with [[Stacey Rigby|name]]
(paternal aunt) in [[Haydock|place]] under a special guardianship order made at Wigan County Court on [[11 January 2024|date]].

Domestic abuse: [[Jordan|name]] was convicted at Wigan Magistrates' in 2023 of assault by strangulation on [[Shannon|name]].
[[Shannon|name]] says the relationship ended in September, but a neighbour, Mrs [[Tyrer|name]] of [[no. 21|address]], saw his van,
[[PN68 WXD|vehicle]], outside on [[28 November|date]] and [[2 December|date]]. [[Jordan|name]]'s mother, [[Lorraine Rigby|name]], told me
on [[07954 661 370|phone]] that he is "living at [[Kyle|name]]'s in [[Bryn|place]]".

Health: midwife [[Carol Greenall|name]] reports good attendance; scan at Royal Albert Edward Infirmary on [[3/12/26|date]] normal.
[[Shannon|name]]'s GP, Dr [[Okafor|name]] (Gidlow Medical Centre), prescribes sertraline.

Support network: [[Shannon|name]]'s nan, [[Elsie Marsden|name]] of [[Hindley|place]]; her friend [[Courtney Barlow|name]] of
[[Garswood|place]], who works at the Asda in [[Ashton|place]]; her keyworker at Bridgeway Families, [[Nicola Haughton|name]].
[[Shannon|name]] wants [[Lacey|name]] to meet the baby at the family centre on [[Bolton Road|address]].

Recommendation: a child protection plan under the category of emotional abuse from birth; a parenting assessment by
[[Ruth Aspinall|name]]'s team starting [[4 January 2027|date]]; a written agreement that [[Jordan|name]] will not attend
[[19 Heath Road|address]].
"""),
    ("messages between a mother and her friend, screenshots typed up with the mother's agreement", """Facebook Messenger,
screenshots given to me by [[Shannon|name]] on [[3/12/2026|date]] ([[Megan Holcroft|name]], SW). Names as shown.

[[Courtney Barlow|name]]  Sat [[28 Nov|date]] 22:03
is that [[jordan|name]]s van outside ur house?? 😳
[[Shannon Marsden|name]]  22:10
hes only dropping the cot off [[court|name]] swear down
[[Courtney Barlow|name]]  22:11
[[shan|name]] u know what [[megan|name]] said. if they see him ur baby goes same as [[lacey|name]]
[[Shannon Marsden|name]]  22:15
i know!! his mum [[lorraine|name]] put him up to it. hes gone now back to [[bryn|place]]
[[Courtney Barlow|name]]  Wed [[2 Dec|date]] 19:47
saw him again outside [[heath rd|address]]. im ringing [[megan|name]] in the morning sorry babe
[[Shannon Marsden|name]]  19:52
do it. i want him gone. [[stacey|name]] said she'll bring [[lacey|name]] to the hub on the [[16th|date]] xx
"""),
]

DOCS_E += [
    ("a youth justice out-of-court disposal triage record", """YOUTH JUSTICE - OUT OF COURT DISPOSAL TRIAGE
Name: [[RUIZ FERNANDEZ, Mateo|name]]    DOB: [[19/08/2011|dob]]    Age: 15    Ethnicity: Other (Latin American)
Address: [[52 Warrington Rd|address]], [[Platt Bridge|place]], [[WN2 5HQ|postcode]]    School: [[Abram Bryn Gates|school]]
Offence: possession of a bladed article on school premises, [[05/11/2026|date]]    OIC: PC [[Danielle Smethurst|name]] 2716
Triage worker: [[Carl Heyes|name]]    Panel: [[18.11.2026|date]]    Parent present: [[Lucía Fernández|name]] (mother), with
interpreter [[Carolina Méndez|name]]

Account: [[Mateo|name]] said that on [[2 November|date]] three boys from [[Hindley Green|place]], one he named as "[[Kian|name]]" and
one "[[Brad|name]]", pushed him off his bike on [[Liverpool Road|address]] near the Co-op and took his phone. The next day he took a
knife from home "to scare them". He handed it over when his form tutor, Mr [[Fairclough|name]], asked.
School: Ms [[Jessica Potter|name]] (DSL) says [[Mateo|name]] is bright, plays football at break with [[Oliver Kwiatkowski|name]] and
[[Luca Ferreira|name]], and has been quieter since the autumn half term. His friend's mum, [[Agnieszka Kwiatkowska|name]], drives him
to training at Makerfield Rovers JFC in [[Bamfurlong|place]] on Thursdays.
Family: mother works nights at a warehouse in [[Skelmersdale|place]]; father [[Martín Ruiz|name]] in [[Rosario|place]], Argentina,
phones on Sundays ([[+54 9 341 562-8810|phone]]); [[Mateo|name]] cares for his sister [[Valentina|name]] (8) in the evenings.
Outcome recommended: Youth Conditional Caution with a knife crime programme; referral to the young carers service; victim
work with [[Kian|name]] not advised. Next contact: [[25 November 2026|date]], 16:00, at [[Platt Bridge|place]] Community Centre.
"""),
    ("a young carers referral made through an online form, as exported", """Young Carers Referral (online form) - response 0412
Submitted: [[26/11/2026|date]] 10:14:52
Referrer name: [[Tom Gaskell|name]]
Referrer email: [[tom.gaskell@douglasvale.gov.uk|email]]
Young carer's full name: [[Mateo Ruiz Fernández|name]]
Preferred name: [[Teo|name]]
Date of birth: [[2011-08-19|dob]]
Home address: [[52 Warrington Road|address]]
Town: [[Platt Bridge, Wigan|place]]
Postcode: [[WN2 5HQ|postcode]]
Who does the young person care for?: sister ([[Valentina Ruiz|name]], dob [[30/01/2018|dob]]) while mum works nights
Parent/carer name: [[Lucía Fernández|name]]
Parent/carer phone: [[07539 771 246|phone]]
Language: Spanish (mum); [[Teo|name]] and [[Valentina|name]] speak English
School: [[Abram Bryn Gates|school]] / [[Platt Bridge Community School|school]] ([[Valentina|name]])
Anything else?: Mum's friend [[Graciela|name]] ("[[Grace|name]]") from church in [[Ince|place]] helps on Saturdays. Father in
Argentina. A cousin, [[Nicolás Ruiz|name]], is at university in [[Córdoba|place]] and may visit at Christmas.
Consent given by parent: Yes ([[24/11/2026|date]], by phone via interpreter)
"""),
]

DOCS_F += [
    ("a family time (contact) supervision record", """FAMILY TIME RECORD - supervised
Child: [[Willow Hesketh|name]] ([[09/03/2020|dob]])     Parent: [[Chelsea Hesketh|name]] (mum)
Venue: [[Orrell|place]] Family Hub, [[Moor Road|address]]     Date: Saturday [[14 November 2026|date]], 13:00-14:30
Supervisor: [[Kelly Rimmer|name]] (family time worker)     Transport: [[Geoff|name]] (grandad) brought [[Willow|name]]

13:02 [[Chelsea|name]] arrived on time, with a bag of sweets and a doll. Hugged [[Willow|name]], who said "Mummy!" and ran to her.
13:15 Played in the sand tray. [[Chelsea|name]] asked [[Willow|name]] "does Nana [[Pauline|name]] shout at you?" - I redirected.
13:40 [[Chelsea|name]] took a call from "[[Ryan|name]]" and went into the corridor for 4 minutes. She told me it was her keyworker
[[Donna|name]] from the rehab in [[Southport|place]]; I later checked and it was not.
14:00 Snack. [[Willow|name]] talked about her friend [[Poppy|name]] at [[Shevington Vale|school]] and her teacher Miss [[Heaton|name]].
14:25 Goodbye: [[Willow|name]] cried; [[Chelsea|name]] said "I'll see you at Christmas at your nana's". Not agreed.
14:30 [[Geoff Hesketh|name]] collected [[Willow|name]]. He told me [[Chelsea|name]] had rung [[Pauline|name]] on [[01257 423 918|phone]]
four times on [[12 November|date]].
Next session: [[28/11/2026|date]]. Signed [[K Rimmer|name]], [[14.11.26|date]].
"""),
    ("a social worker's letter to a mother about family time at Christmas", """Douglas Vale Council - Children's Services
Wigan Life Centre, [[Wigan|place]]

Ms [[Chelsea Hesketh|name]]
c/o [[Jade Taberner|name]]
[[221 Ormskirk Road|address]]
[[Marsh Green|place]]
[[Wigan|place]] [[WN5 0DQ|postcode]]
[[8 December 2026|date]]

Dear [[Chelsea|name]],
Thank you for your voicemail of [[4 December|date]]. I know how much you want [[Willow|name]] home for Christmas. At the moment
[[Willow|name]] stays with your parents, [[Pauline|name]] and [[Geoff|name]], under the agreement you signed on [[22/09/2026|date]].
Family time will go ahead on [[12 December|date]] and on [[23 December|date]] at the [[Orrell|place]] Family Hub, and I will ask
[[Kelly|name]] to plan a Christmas craft session. Please do not ring your mum's landline about family time; ring me on
[[07398 552 014|phone]] or email [[lisa.fairhurst@douglasvale.gov.uk|email]].
We spoke about [[Ryan Melling|name]]. If he is living with you, I need to know, as he has to be assessed before [[Willow|name]] can
stay overnight.
Yours sincerely,
[[Lisa Fairhurst|name]]
Supervising Social Worker
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 85 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 04:59 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "sgt", "revd", "nurse", "me", "nan", "nana", "nanna",
           "gran", "grandad", "mum", "mam", "dad", "aunty", "auntie", "uncle", "oma", "opa", "tante", "mevrouw", "meneer", "tía",
           "tia", "tío", "abuela", "abuelo", "mamá", "papá"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "uk", "united kingdom", "britain", "lancashire", "greater manchester", "merseyside", "the netherlands",
               "netherlands", "holland", "argentina", "europe", "the north west", "north west"}


# Checks of the marking itself (no detector involved); an empty list when all is well: set 15's checker, with this set's
# titles and kinship words ("Oma Ineke", "tía Sol", "abuela Rosa", "mevrouw O'Driscoll", "Revd Alan Birchall") and countries
# and counties ("the Netherlands", "Argentina", "Lancashire").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
