"""Set 144: a held-out hand-written set for the redaction detector, six more invented families, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing types through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or bench/redaction_set142.py,
bench/redaction_set143.py, bench/redaction_set145.py and their tests (written by other helpers at the same time), that did not run
the detector or any bench script that runs it, that ran no git command, and that looked at no detector output. What was read:
bench/redaction_set21.py and tests/test_redaction_set21.py (the layout and marking conventions followed here; set 21's module
docstring, its first family's record and first document, and its closing helpers were read, the rest of its documents were not
opened), the docstrings only of bench/redaction_set7.py to bench/redaction_set141.py, searched for town, district and community
words to see which places and communities earlier sets used (none had used Merthyr Tydfil or the Rhondda as a family's home, and
none had used a Welsh-Patagonian or a Macanese family), the function definitions of bench/redaction_set15.py, the def and class
lines of bench/redaction_handwritten.py and its `_party` and `Records` helpers, and the problems the checker printed for this
set (which led to moving weekdays and titles out of spans, to marking a few names left unmarked, and to renaming a girl whose
first name an earlier set's checker counts as a kinship word). Phone numbers were checked with the phonenumbers library and NHS
numbers made with their check digit in a small snippet (python-stdnum does not know the Welsh LA numbers, so this set has no
UPN). The record constructors (d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to
build records. Nobody may tune the detector on this set: it is to be scored once, after the detector's current round of
changes. If a mistake in the gold marking is found after scoring, correct only the marking and say so here.

Six families in Merthyr Tydfil and the Rhondda, south Wales, each from a town, district or estate no earlier set used as a
family's home. Four of the kinds most common in children's social care: a white Welsh family on the Gurnos estate, Merthyr
Tydfil, with a grandmother in Aberfan and a father in Pentrebach (Prosser / Bevan; a boy of 7 out at night, a mother's new partner
from Troedyrhiw with a history of domestic abuse, a bruise, no gas, a school chronology, a strategy discussion, the mother's texts),
a white Welsh family in Dowlais with a father in Penydarren (Jenkins / Rees; a girl of 15's overdose and self-harm after an older boy
shared an intimate image, a father's angry email, a child in need review), a Welsh-speaking family in Trealaw, Tonypandy, with a
grandmother on Court Street (Llywelyn / Pugh; a baby's faltering growth, postnatal depression, a father's drinking after losing
his job, a baby placed with foster carers in Tonyrefail under section 76, a bilingual referral form, a late-night call to the
emergency duty team) and a white Welsh family in Treorchy with a father in Ystrad (Hopkins / Morgan; a girl of 13 missing
overnight to Porth with older males, child sexual and criminal exploitation, child abduction warning notices, a family's
Messenger group). Two from communities no earlier set used: a Welsh-Patagonian family from Gaiman and Trelew in Chubut,
Argentina, in Ynyshir, Porth (Griffiths / Fernández / Roberts; a mother who speaks Spanish and Welsh on a spouse visa with no
recourse to public funds, a husband who keeps the passports, a grandmother's voice notes in Spanish and Welsh, a move to a
refuge in Merthyr), and a Macanese family from Macau in Twynyrodyn, Merthyr Tydfil (Xavier / Rosário; a nurse's acute psychosis
after her husband went back to Macau, a girl of 14 who carried the house for a week, a private fostering arrangement with a
Madeiran family friend in Heolgerrig, a grandmother's own letter, names in Chinese script). 24 documents, four a family, of
types and styles new to these sets where possible: a case note after an unannounced visit, a school's MyConcern chronology
export, strategy discussion minutes, a mother's texts typed up, a CAMHS crisis team letter to a GP, a police screenshot log of
Instagram messages, a father's email, child in need review minutes, a bilingual Welsh and English referral form, a foster
carer's handwritten daily log scanned with OCR errors, an initial child protection conference report, an emergency duty team
call recording's auto-transcript, a missing child return home interview, a family Messenger group typed up, an OCR'd police
letter serving a child abduction warning notice, core group minutes, a domestic abuse one stop shop referral, a grandmother's
WhatsApp voice notes transcribed and translated from Spanish, a school pupil information form filled in by hand, an assessment's
analysis, a psychiatric ward discharge summary, a social worker's notes typed fast on a phone, a grandmother's own letter, and
a private fostering assessment.

Invented: every person, address, phone number, NHS number, NI number, email address and vehicle registration (street names
may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the phonenumbers
library), UK and foreign (Argentina, Macau, Portugal); NHS numbers pass their check digit; NI numbers have a valid format.
Councils are invented (Taf Fechan, Cwm Rhondda) and so are the schools named here other than the real comprehensives and
primaries named in passing (Haulwen Primary, Pen y Dre High, Afon Taf High, Ysgol Gymraeg Llwyn yr Eos, Ysgol Gynradd Gymraeg
Llwyncelyn, Ysgol Bronllwyn, Treorchy Comprehensive, Ysgol Santes Tudful, Cyfarthfa High, Gellifaelog and Dowlais Primary are
all schools either way); towns, districts, estates, villages, hospitals, health boards, surgeries, police forces and stations,
charities, chapels, churches, clubs, pubs, parks, brands, apps, laws and foods are real or plausible and stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py. [[words|kind]] is a gold span (name, address, postcode, place,
school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship words stay outside the name span, here also
Welsh "Mam-gu", "Nain", "Taid", "Mam", Spanish "abuela", "tía", Portuguese "avó" and "Tia" ("Tia Fátima"), "Grandma" ("Grandma
Roberts"), "Nanny" ("Nanny Jan"); a bare s in texting ("dale"s, "brody"s) stays outside; "SURNAME, First" is one span ("PROSSER,
Kayden", "ROSÁRIO, Sónia Maria", "PUGH, Efa Haf"); an initial with a surname is one span ("C Llewellyn", "L. Bowen"); a collar
number after a name stays outside; a name, place or address broken by a line break is one span holding the break ("Ton\nPentre");
social media handles ("mali.xo_dowlais", "rhys_gsx") are not marked, but a display name that is a person's plain name is; a
contact saved under a kinship word ("Mamá") is not a name; a family name in a group chat's title ("HOPKINS GANG") is a name, as set 21's
"Lieberman Mishpacha" was, and the word after it stays outside. A street
address is one span, its town a place, its postcode a postcode; a street named without a number is an address, and so is a
neighbour's bare house number ("no. 41", "no 41", "no. 25", "no. 7") and an address abroad ("Calle 25 de Mayo 734", Trelew;
"Rua do Campo 45, 3.º andar", Macau); towns, cities, villages, districts and estates are places, at home or abroad and in any
case ("Gurnos", "Pant", "Cefn Coed", "Gaiman", "Dolavon", "Taipa", "Londres", "aberfan", "porth", "ystrad"); countries, counties and
regions are not ("Wales", "Argentina", "Chubut", "Madeira"); organisations are not marked even when they hold a town's or a
person's name ("Keir Hardie Health Park", "Dowlais Medical Practice", "Ynyshir Surgery", "Porth Smile Centre", "Gorsaf Heddlu
Tonypandy Police Station", "Dowlais Ex-Servicemen's Club", "Royal Glamorgan Hospital", "Prince Charles Hospital"); a school's name
is a school, and so is its short form ("Haulwen", "Afon Taf", "Treorchy Comp", "cyfarthfa high", "gellifaelog"); a date of birth is
dob, any other calendar date with a day is date (a weekday before it stays outside), in any language ("12 Tachwedd 2026", "28
Mehefin", "4 de diciembre", "12 de Novembro de 2026") and with OCR errors ("20 November 2O26"); the bare day in a diary line or a
pair ("Sat 21/22 Nov", "the 19th", "6th and 7th November 2026") is a date span of its own; months and years alone are not marked;
pets' names (Bane) are not names; a firm named after people marks only the names ("Tudor & Lewis"); parks, halls and landmarks
stay unmarked (Cyfarthfa Park, Parc and Dare Hall, Capel Bethel); a name that is also a word or a town is marked by what it
refers to (Dawn, Crystal, Barry and Rhys are names; Porth, Pant and Gelli are places); a name in another script (Chinese
"羅雪玲", "梁立昂", "林嘉怡", "羅陳美華") is a name; a service or branch named by its town in lower-case words ("the Tonypandy
clinic", "Public Protection Unit, Pontypridd") marks the town.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: Macau and Hong Kong are
places (cities), while China, Chubut, Patagonia and Madeira are countries or regions and are not marked; a Portuguese "Tia"
before a name is a kinship word and stays outside, and a girl first written as "Tia" in this set's draft was renamed
"Tiana" because an earlier checker counts "tia" as a kinship word; a name spelt out letter by letter on a call ("E-F-A") is a
name; in an auto-generated call transcript a mis-heard name ("Ava") is a name and a mis-heard place ("Fern Dale") a place, and the
date inside the recording's file name ("20261124") is a date; a local short form of a town ("troedy" for Troedyrhiw, "Pandy"
for Tonypandy, "the Royal Glam" for the hospital is an organisation and stays unmarked) is a place; a street's short name used
for a grandmother's house abroad ("Tello") is an address; a surname pair written without a comma for an Argentine double
surname ("GRIFFITHS FERNÁNDEZ") is part of one name span; the nationality words "Argentine", "Macanese" and
"Welsh" are not places; a police or case reference ("PPU/CAWN/26/0481", "2600394xxx") and a collar number ("7731", "4417") are not
marked.

Self-check without the detector: `python -m bench.redaction_set144` (and tests/test_redaction_set144.py) runs set 15's checker
(which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words and countries and regions,
and prints the number of documents and gold spans per kind: 24 documents,
973 gold spans, 532 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones


# --- A. Prosser / Bevan family (white Welsh), the Gurnos estate, Merthyr Tydfil -------------------------------------------

HOME_A = d.Address("23 Haulwen Road", "Gurnos", "Merthyr Tydfil", "CF47 9LD")
NAN_A = d.Address("6 Aberfan Road", "Aberfan", "Merthyr Tydfil", "CF48 4QG")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Kayden", "Prosser")], dt.date(2019, 4, 17), addresses=[HOME_A], ids=["707 126 1679"],
       schools=["Haulwen Primary School"]),
    _p("s", "sibling", [("Lacey-Mai", "Bevan")], dt.date(2014, 9, 2), addresses=[HOME_A], ids=["937 236 0716"]),
    _p("m", "mother", [("Sharna", "Bevan")], dt.date(1995, 12, 8), addresses=[HOME_A], phones=["07812 604 339"],
       ids=["384 340 6189", "JT 48 21 07 B"]),
    _p("f", "father", [("Dale", "Prosser")], dt.date(1992, 6, 21), phones=["07947 118 265"]),
    _p("g", "grandparent", [("Glenys", "Bevan")], dt.date(1966, 3, 30), addresses=[NAN_A], phones=["01685 723 418"]),
    _p("p1", "professional", [("Rhiannon", "Watkins")], phones=["01685 384 900"],
       emails=["rhiannon.watkins@taffechan.gov.uk"]),
], "c")

DOCS_A = [
    ("children's services case note after an unannounced home visit", """CASE NOTE - Taf Fechan Children's Services - Child:
[[Kayden PROSSER|name]] (DOB [[17/04/2019|dob]])
Visit: unannounced home visit, [[23 Haulwen Road|address]], [[Gurnos|place]], [[Merthyr Tydfil|place]] [[CF47 9LD|postcode]]
Date of visit: Tuesday [[13 October 2026|date]], 16:10-17:25. Worker: [[Rhiannon Watkins|name]] (SW). Co-worker: [[Owain Pritchard|name]]
(FSW)

Reason: anonymous call to the duty line on [[12.10.26|date]] saying [[Kayden|name]] (7) was seen on the bank behind the
[[Gurnos|place]] shops at 21:30 with no coat, and that "the mother's new fella" was shouting in the street.

Present: [[Sharna Bevan|name]] (mother), [[Kayden|name]], [[Lacey-Mai|name]] (12), and a man who gave his name as "[[Jace|name]]"
and would not give a surname; [[Sharna|name]] later said he is [[Jason Tranter|name]] from [[Troedyrhiw|place]]. He left at 16:30.

The house: cold (no gas on the key meter since Saturday, [[Sharna|name]] said); kitchen bin overflowing; the back bedroom has
black mould up one wall. [[Kayden|name]]'s bed has no sheet. Dog (a Staffie called Bane) shut in the garden.

[[Kayden|name]] told me "[[Jace|name]] shouts at Mam" and "I went to find [[Lacey|name]] at [[Courtney|name]]'s". [[Courtney|name]] is
[[Courtney Jeremiah|name]], [[Lacey|name]]'s friend, of [[no. 41|address]]. [[Lacey-Mai|name]] said she goes to
her nan's in [[Aberfan|place]] "when it kicks off" - her nan is [[Glenys Bevan|name]], [[6 Aberfan Road|address]],
[[CF48 4QG|postcode]], [[01685 723 418|phone]].

Dad, [[Dale Prosser|name]] ([[07947 118 265|phone]]), lives in [[Pentrebach|place]] with his mother and has the children
alternate weekends; [[Sharna|name]] said he "is not a problem". The neighbour at [[no. 25|address]], Mrs [[Beryl Howells|name]],
came to the door to say she had "heard the lot" on Monday night.

School: [[Kayden|name]] is in Year 3 at [[Haulwen Primary|school]]; [[Lacey-Mai|name]] at [[Pen y Dre|school]]. I will ring
Mrs [[Llewellyn|name]] ([[Ceri Llewellyn|name]], DSL at [[Haulwen|school]]) on [[14/10/2026|date]].

Plan: gas top-up voucher via the food bank at Zion chapel today; strategy discussion if police confirm DA; Dad to be told.
Next visit on or before [[20th October|date]]. [[R Watkins|name]]
"""),
    ("school designated safeguarding lead's chronology pasted from MyConcern", """MyConcern export - [[Haulwen Primary School|school]] -
Pupil: [[PROSSER, Kayden|name]] (Y3)
Pupil: [[PROSSER, Kayden|name]]    DOB: [[17.04.2019|dob]]    NHS no (from file): [[707 126 1679|nhs]]
Address: [[23 Haulwen Rd|address]], [[Gurnos|place]]    Contacts: 1. [[Sharna Bevan|name]] (Mum) [[07812 604 339|phone]];
2. [[Glenys Bevan|name]] (Nan) [[01685 723 418|phone]]; 3. [[Dale Prosser|name]] (Dad) [[07947 118 265|phone]]

[[08/09/2026|date]] 08:55 | Mrs [[G Harries|name]] (class teacher) | Came in without a coat, no breakfast, hungry. Fed at
Magic Breakfast. Said "Mam was asleep". | Logged.
[[15/09/2026|date]] 09:10 | [[Ceri Llewellyn|name]] (DSL) | Nan ([[Glenys|name]]) brought him in from [[Aberfan|place]], late. Said
she had him "for the week". | Phoned Mum - no answer.
[[22/09/2026|date]] 13:40 | [[Gwyn Harries|name]] (TA, lunch) | Bruise on left upper arm, yellow. [[Kayden|name]]: "[[Jace|name]] grabbed
me cos I wouldn't get in the bath." Body map done. | Referral to IAA by [[C Llewellyn|name]] 14:25.
[[23/09/2026|date]] | [[C Llewellyn|name]] | IAA ([[Bethan|name]]) - no further action, advice given to Mum. |
[[02/10/2026|date]] | Mrs [[Harries|name]] | [[Kayden|name]] absent. Mum texted "hes poorly". | First day call.
[[05/10/2026|date]] | [[Ceri Llewellyn|name]] | [[Lacey-Mai|name]]'s school ([[Pen-y-Dre High|school]]) rang: [[Lacey|name]] has told her
form tutor Mr [[Aled Griffiths|name]] that her mam's boyfriend "smashed the telly". | Shared with IAA.
[[14/10/2026|date]] | [[C Llewellyn|name]] | SW [[Rhiannon Watkins|name]] rang. Shared chronology. |

Notes: [[Kayden|name]] is friends with [[Tyler-James Pugh|name]] and [[Alfie Rowlands|name]] (Y3). He says he "lives at Nan's
in [[Aberfan|place]] sometimes and at Dad's in [[Pentrebach|place]]". Dad's address on SIMS is old ([[Flat 3, 9 Plymouth Street|address]],
[[Merthyr|place]]).
"""),
    ("strategy discussion minutes with police and health", """STRATEGY DISCUSSION - MINUTES (Section 47, Social Services and Well-being
(Wales) Act 2014)
Child: [[Kayden Prosser|name]] ([[17/04/2019|dob]]) and sibling [[Lacey-Mai Bevan|name]] ([[02/09/2014|dob]], NHS [[937 236 0716|nhs]])
Date: Thursday [[15th October 2026|date]] - held by Teams at 11:00
Chair: [[Huw Jenkins|name]], Team Manager, Taf Fechan Children's Services
Present: [[Rhiannon Watkins|name]] (SW); DC [[Kirsty Beddoe|name]], South Wales Police PPU [[Merthyr|place]]; [[Nia Roderick|name]],
Health Visitor / school nurse, Cwm Taf Morgannwg UHB; [[Ceri Llewellyn|name]] (DSL, [[Haulwen Primary School|school]])
Apologies: [[Aled Griffiths|name]] ([[Pen y Dre High School|school]])

1. Information shared. DC [[Beddoe|name]]: [[Jason TRANTER|name]] (DOB [[11/01/1990|dob]]), of [[Bryntirion Road|address]],
[[Troedyrhiw|place]], is known: DA against a previous partner, [[Kelly Morgan|name]], in [[Aberdare|place]] 2023 (DVPN). A call to
police from [[Haulwen Road|address]] on [[12/10|date]] (neighbour) - officers attended, no offences disclosed. Vehicle
[[CN19 WKE|vehicle]] (his) seen outside the address most nights.
[[Nia Roderick|name]]: [[Kayden|name]] missed his school entry hearing check twice; dental decay noted at Keir Hardie Health Park
on [[01.07.2026|date]]; Mum did not go to the follow-up at Prince Charles Hospital.
[[Ceri Llewellyn|name]]: as the MyConcern chronology; a bruise on [[22 September|date]].
2. Decision: threshold met for joint s47 enquiry (single agency by CS, police to speak to [[Tranter|name]]).
3. Actions: [[Rhiannon|name]] to see both children alone by [[16/10/2026|date]]; DC [[Beddoe|name]] to check for DA disclosure (Clare's
Law) to [[Sharna|name]]; [[Nia|name]] to book a health appointment; [[Huw|name]] to consider ICPC. Nan ([[Glenys Bevan|name]],
[[Aberfan|place]]) as a safe place - to be assessed.
Minutes: [[Siân Morgan|name]] (business support)
"""),
    ("mother's text messages to the social worker typed up for the file", """Texts from Mum ([[07812 604 339|phone]]) to [[Rhiannon|name]] W
(work mobile), typed up by [[R Watkins|name]] [[19/10/2026|date]]

[[16/10/2026|date]] 07:02  mam: morning [[rhiannon|name]] its [[sharna|name]]. [[kayden|name]] is at nans in [[aberfan|place]] since last
nite i dropped him.
[[16/10/2026|date]] 07:04  mam: i no you want to see him alone. hes fine. [[jace|name]] as gone back to [[troedy|place]]
[[16/10/2026|date]] 09:15  me: Thank you [[Sharna|name]]. I will visit [[Kayden|name]] at school at 1.30 today and see [[Lacey-Mai|name]] at
3.30.
[[16/10/2026|date]] 12:48  mam: ok. can u not say nothing to [[dale|name]] hell go mad
[[17/10/2026|date]] 22:31  mam: [[jace|name]] is outside in the car banging on the window i am not openin it
[[17/10/2026|date]] 22:33  mam: its the black golf [[cn19 wke|vehicle]]
[[17/10/2026|date]] 22:40  me: (out of hours - seen next day) Please ring 999 if you are in danger.
[[18/10/2026|date]] 08:12  mam: police came. [[lacey|name]] went to [[courtney|name]]s mam over the road [[no 41|address]]
[[18/10/2026|date]] 08:13  mam: my mams having them both for the week in [[aberfan|place]] thanks [[beryl|name]] next door for ringing
[[18/10/2026|date]] 11:57  mam: [[dale|name]]s mam [[Pat|name]] says she will have [[kayden|name]] weekends in [[pentrebach|place]]
[[Pat Prosser|name]] [[07723 459 810|phone]]

Note: the lower-case names, places and number plate are as Mum typed them; her short form is for [[Troedyrhiw|place]].
"""),
]


# --- B. Jenkins / Rees family (white Welsh), Dowlais, Merthyr Tydfil ------------------------------------------------------

HOME_B = d.Address("11 Mountain Hare Close", "Dowlais", "Merthyr Tydfil", "CF48 3TB")
DAD_B = d.Address("2 Tudor Terrace", "Penydarren", "Merthyr Tydfil", "CF47 9HL")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Mali", "Rees")], dt.date(2011, 2, 14), addresses=[HOME_B], ids=["539 396 1766"],
       schools=["Afon Taf High School"]),
    _p("s", "sibling", [("Dewi", "Rees")], dt.date(2016, 8, 5), addresses=[HOME_B], ids=["932 964 2411"]),
    _p("m", "mother", [("Dawn", "Jenkins")], dt.date(1984, 10, 11), addresses=[HOME_B], phones=["07469 330 782"],
       ids=["SP 73 90 14 C"]),
    _p("f", "father", [("Barry", "Rees")], dt.date(1981, 1, 9), addresses=[DAD_B], phones=["07581 226 947"]),
    _p("p1", "professional", [("Gethin", "Lloyd")], phones=["01685 384 900"], emails=["gethin.lloyd@taffechan.gov.uk"]),
], "c")

DOCS_B = [
    ("CAMHS crisis team assessment letter to the GP", """Cwm Taf Morgannwg University Health Board - Child and Adolescent Mental Health
Services - Crisis Team
Prince Charles Hospital, [[Merthyr Tydfil|place]]

Dr [[Meirion Thomas|name]]
Dowlais Medical Practice                                            Date dictated: [[21/10/2026|date]]
                                                                    Date typed: [[23 Oct 2026|date]]
Dear Dr [[Thomas|name]]

Re: [[Mali REES|name]]   DOB [[14/02/2011|dob]]   NHS No. [[539 396 1766|nhs]]
[[11 Mountain Hare Close|address]], [[Dowlais|place]], [[Merthyr Tydfil|place]] [[CF48 3TB|postcode]]

I saw [[Mali|name]] (15) with her mother, [[Dawn Jenkins|name]], in the emergency department on [[20 October 2026|date]] after she
took 16 paracetamol at a friend's house in [[Pant|place]] on the evening of the [[19th|date]]. The friend, [[Ffion Powell|name]], told her
own mother, Mrs [[Delyth Powell|name]], who drove [[Mali|name]] to A&E.

[[Mali|name]] described months of low mood since her parents separated in March and her father, Mr [[Barry Rees|name]], moved to
[[Penydarren|place]]. She said that a boy in Year 12 at [[Afon Taf|school]], [[Rhys|name]] (she would not give his surname), had shared a
photograph of her, and that "everyone in [[Dowlais|place]] has seen it". She has been cutting her thighs since about June.
She said she did not want to die "but wanted it to stop".

Mum told me that [[Mali|name]]'s younger brother [[Dewi|name]] (10) found blood on the bathroom floor in September. Mum works
nights at the care home in [[Cefn Coed|place]]; [[Mali|name]] minds [[Dewi|name]] on those nights.

Risk: moderate. Safety plan agreed; Mum to lock away medicines. Follow-up by [[Nerys Bowen|name]], CAMHS nurse, on [[27/10/2026|date]]
at the Ty Hapus clinic. We have made a referral to Taf Fechan Children's Services (IAA) and to the school's safeguarding lead,
Mr [[Gareth Probert|name]]'s deputy, Mrs [[Eleri Vaughan|name]].

Yours sincerely
Dr [[Anwen Hopkin|name]], Consultant Child and Adolescent Psychiatrist
cc: [[Dawn Jenkins|name]]; [[Gethin Lloyd|name]] (social worker) [[gethin.lloyd@taffechan.gov.uk|email]]
"""),
    ("Instagram direct messages from a police screenshot report", """SOUTH WALES POLICE - DIGITAL MEDIA - SCREENSHOT LOG (exhibit GL/3)
Officer: DC [[Tomos Evans|name]] 4417
Device: iPhone 12 (owner: [[Mali Rees|name]], [[14/02/2011|dob]])   Seized with consent of mother [[Dawn JENKINS|name]] on
[[24/10/2026|date]]
Account: mali.xo_dowlais (the child)    Other party: rhys_gsx (display name "[[Rhys Gwilym|name]]")

Screenshot 1 - [[2 Sept 2026|date]]
  [[Rhys Gwilym|name]]: u still in [[pant|place]] with [[ffion|name]]?
  mali.xo_dowlais: ye at hers
  [[Rhys Gwilym|name]]: come down [[pant road|address]] ill meet u by the chippy
Screenshot 2 - [[03/09/2026|date]] 23:14
  [[Rhys Gwilym|name]]: send one then. [[keira|name]] did
  mali.xo_dowlais: no my mam will kill me
Screenshot 3 - [[4.9.26|date]] 00:02
  [[Rhys Gwilym|name]]: if u dont i will tell [[dewi|name]] and ur dad in [[penydarren|place]] what u said about him
Screenshot 4 - [[10 September|date]]
  mali.xo_dowlais: who did u show
  [[Rhys Gwilym|name]]: only [[Kai|name]] and [[Lewis|name]] relax
  [[Rhys Gwilym|name]]: [[Lewis|name]] put it on the group lol

Note: [[Rhys GWILYM|name]] (DOB [[30/06/2008|dob]]), 18, of
[[Tydfil Road|address]], [[Dowlais|place]]; arrested [[25/10/2026|date]]. Others identified: [[Kai Morgan|name]] and
[[Lewis Bowen-Jones|name]]
(both 17, [[Afon Taf High School|school]]). [[Keira Hughes|name]] (15) to be seen by DC [[Evans|name]] with her mother.
"""),
    ("father's email to the social worker about contact", """From: [[Barry Rees|name]] <[[baz.rees81@gmail.com|email]]>
Sent: [[28 October 2026|date]] 22:47
To: [[Gethin Lloyd|name]] <[[gethin.lloyd@taffechan.gov.uk|email]]>
Subject: [[Mali|name]] + [[Dewi|name]] - I want them with me

[[Gethin|name]]

I only found out from my sister [[Tracey|name]] that [[Mali|name]] was in Prince Charles on the [[20th|date]]. Nobody told me. [[Dawn|name]]
blocked me. I am their DAD. I live 5 minutes away at [[2 Tudor Terrace|address]], [[Penydarren|place]] [[CF47 9HL|postcode]] and I have a
spare room. My partner [[Leanne|name]] ([[Leanne Bowen|name]]) is a teaching assistant in [[Abercanaid|place]] and is fine to be checked.

[[Mali|name]] has been left minding [[Dewi|name]] while her mother works nights in [[Cefn Coed|place]]. [[Dewi|name]] told me on the phone
that
[[Mali|name]] "cries in the bath". Ring me on [[07581 226 947|phone]] or my work [[01685 386 102|phone]] (ask for [[Baz|name]]).

And that [[Gwilym|name]] lad - his father [[Huw Gwilym|name]] drinks in the Dowlais Ex-Servicemen's Club with my brother [[Kevin|name]].
I am not going to do anything stupid but people are talking.

[[Barry|name]]
Sent from my iPhone
"""),
    ("child in need review meeting minutes", """CHILD IN NEED REVIEW - MINUTES
Children: [[Mali Rees|name]] ([[14.02.2011|dob]]) and [[Dewi Rees|name]] ([[05.08.2016|dob]], NHS [[932 964 2411|nhs]])
Date: [[10/11/2026|date]]   Venue: [[Afon Taf High School|school]], [[Troedyrhiw Road|address]] (meeting room 2)
Chair: [[Gethin Lloyd|name]], SW.   Minutes: [[Lowri Edwards|name]]
Present: [[Dawn Jenkins|name]] (mother); [[Barry Rees|name]] (father, 1st half); [[Mali|name]] (for item 3); [[Nerys Bowen|name]] (CAMHS);
[[Eleri Vaughan|name]] (Deputy DSL, [[Afon Taf|school]]); [[Sioned Price|name]] (Family Support, Flying Start)
Apologies: DC [[Tomos Evans|name]]; Mrs [[J Rowlands|name]], head of [[Dowlais Primary|school]] ([[Dewi|name]]'s school).

1. [[Mali|name]]: seen by CAMHS on [[27/10|date]], [[3/11|date]] and [[10/11|date]] (this morning). No further overdose. Cutting less
   (2 in 3 weeks). [[Mali|name]] said she wants to "see Dad more and not mind [[Dewi|name]] every night". She likes [[Leanne|name]].
2. Police: [[Rhys Gwilym|name]] charged ([[2 November 2026|date]]); bail condition not to enter [[Dowlais Top|place]] or contact
[[Mali|name]].
   Mum reported [[Gwilym|name]]'s cousin, [[Jordan Protheroe|name]], outside the house on [[7 Nov|date]]; logged.
3. Care arrangements: [[Dawn|name]] has moved to day shifts from [[16th November|date]]. On her two late shifts a week [[Dewi|name]] goes
   to Nan, Mrs [[Maureen Jenkins|name]], in [[Pant|place]] ([[01685 350 247|phone]]), and [[Mali|name]] to Dad's in [[Penydarren|place]].
4. [[Dewi|name]]: Mrs [[Rowlands|name]]'s written report - settled, but tired on Mondays.
Actions: [[Gethin|name]] to do a DBS/check on [[Leanne Bowen|name]] by [[24/11/2026|date]]; [[Eleri|name]] to arrange a safe adult
(Mrs [[Vaughan|name]]) and a late pass; next review [[9 February 2027|date]].
"""),
]


# --- C. Llywelyn / Pugh family (Welsh-speaking), Trealaw and Tonypandy, the Rhondda -----------------------------------------

HOME_C = d.Address("9 Brithweunydd Road", "Trealaw", "Tonypandy", "CF40 2UH")
MAMGU_C = d.Address("48 Court Street", "", "Tonypandy", "CF40 2RJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Efa", "Pugh")], dt.date(2026, 5, 3), addresses=[HOME_C], ids=["760 544 8538"]),
    _p("s", "sibling", [("Osian", "Pugh")], dt.date(2022, 11, 19), addresses=[HOME_C], ids=["387 059 6236"],
       schools=["Ysgol Gymraeg Llwyn yr Eos"]),
    _p("m", "mother", [("Elin", "Llywelyn")], dt.date(2000, 7, 26), addresses=[HOME_C], phones=["07398 514 630"],
       ids=["663 297 1180", "NE 21 64 38 A"]),
    _p("f", "father", [("Cai", "Pugh")], dt.date(1998, 2, 2), addresses=[HOME_C], phones=["07774 902 185"]),
    _p("g", "grandparent", [("Menna", "Llywelyn")], dt.date(1971, 9, 15), addresses=[MAMGU_C], phones=["01443 433 917"]),
    _p("p1", "professional", [("Catrin", "Rowlands")], phones=["01443 425 006"], emails=["catrin.rowlands@cwmrhondda.gov.uk"]),
], "c")

DOCS_C = [
    ("bilingual Welsh and English multi-agency referral form", """FFURFLEN ATGYFEIRIO AML-ASIANTAETH / MULTI-AGENCY REFERRAL FORM (MARF)
Cyngor Cwm Rhondda / Cwm Rhondda Council
Dyddiad / Date: [[12 Tachwedd 2026|date]] ([[12/11/2026|date]])     Atgyfeiriwr / Referrer: [[Lleucu Bowen|name]], Ymwelydd Iechyd / Health
Visitor
Ffôn / Tel: [[01443 682 504|phone]]     E-bost / Email: [[lleucu.bowen@wales.nhs.uk|email]]

Plentyn / Child: [[PUGH, Efa Haf|name]]   Dyddiad geni / DOB: [[03/05/2026|dob]]   Rhif GIG / NHS: [[760 544 8538|nhs]]
Cyfeiriad / Address: [[9 Brithweunydd Road|address]], [[Trealaw|place]], [[Tonypandy|place]] [[CF40 2UH|postcode]]
Iaith / Language of the home: Cymraeg (Welsh) - Mam and Dad both first-language Welsh; [[Osian|name]] (3) Welsh only.
Brawd / Sibling: [[Osian Pugh|name]], [[19.11.2022|dob]], Meithrin at [[Ysgol Gymraeg Llwyn yr Eos|school]] ([[Llwyn yr Eos|school]])
Mam / Mother: [[Elin Llywelyn|name]] ([[26/07/2000|dob]]) [[07398 514 630|phone]]
Tad / Father: [[Cai Pugh|name]] ([[02/02/1998|dob]]) [[07774 902 185|phone]]
Mam-gu / Maternal grandmother: [[Menna Llywelyn|name]], [[48 Court Street|address]], [[Tonypandy|place]] [[CF40 2RJ|postcode]],
[[01443 433 917|phone]]

Pryder / Concern: faltering growth. [[Efa|name]] has dropped from the 50th to below the 2nd centile since her 8-week check on
[[28 Mehefin|date]] (28 June). Weighed today at the [[Tonypandy|place]] clinic (Ysbyty Cwm Rhondda outreach): 5.1 kg at 6 months. Mam
says [[Efa|name]] "doesn't want the bottle"; the formula tin in the kitchen on [[5 Tachwedd|date]] had been watered to make it last.
Dad has lost his job at the warehouse in [[Llantrisant|place]]. The family owe rent to Trivallis. Mam told me in Welsh
("dw i ddim yn ymdopi") that she is not coping and cries daily; PHQ-9 score 19. [[Cai|name]] was present and said little.
Mam-gu [[Menna|name]] helps "when she can" but works at the Co-op in [[Porth|place]].

Camau a gymerwyd / Action taken: discussed with Dr [[Siôn Gruffydd|name]], GP at the Forest View practice, who saw [[Efa|name]] today
and has asked the paediatric team at the Royal Glamorgan to see her on Monday [[16 November|date]]. Parents know of this referral.
Llofnod / Signed: [[L. Bowen|name]]
"""),
    ("foster carer's handwritten daily log scanned with OCR errors", """[scanned - OCR text, uncorrected]  FOSTER CARER DAILY REC0RD
Carer(s): [[Bronwen|name]] & [[Dilwyn Hughes|name]]
Child: [[Efa Pugh|name]] (6 mths)   Placed: [[19/11/2O26|date]] (s76, parents agreed)   Placing SW: [[Catrin Rowlands|name]]

Thurs [[19.11|date]]  Arr 4.15pm with [[Catrin|name]]. Very sma11 and light, nappy soaked. Took 90ml then sick. Slept
in the cot by our bed. Mam ([[Elin|name]]) rang 8pm crying, spoke Welsh with [[Dil|name]] - told her [[Efa|name]] settled.
Fri [[20.11|date]]  Took 120ml x 5. Contact at the family centre in [[Ton
Pentre|place]] 10-12 with Mam and [[Osian|name]]; Dad did not come. [[0sian|name]] asked "ble mae [[Efa|name]] yn cysgu?" (where
does [[Efa|name]] sleep) - I said "gyda [[Bron|name]]". Mam-gu [[Menna|name]] came at the end - brought a cardigan she knitted.
Sat [[21|date]]/[[22 Nov|date]]  Good weekend. Weighed at Dr [[Gruffydd|name]]'s ... no - weighed at the Royal Glam
on Mon. Our daughter [[Gwenno|name]] ([[Gwenno Hughes|name]], 19) helped with feeds. Neighbour Mrs [[Pat Davies|name]] from
[[no. 7|address]] popped in with a baby bath.
Mon [[23.11.26|date]]  Royal Glamorgan, Dr [[Kumar|name]] (Dr [[Priya Kumar|name]]?) - gained 310g since Thurs. Said feeding
ok here so likely "environmental". Rang [[Catrin|name]] on [[01443 425 006|phone]] and left msg.
Tues [[24.11|date]]  Dad ([[Cai|name]]) rang from his mates in [[Ferndale|place]], [[Gareth|name]] ([[Gareth Lewis|name]]?), asked
could he come to contact Fri. Told him ask [[Catrin|name]]. He sounded drunk. Time 23:40!!

Signed [[B. Hughes|name]]    Checked by SSW [[Rhodri|name]] ([[Rhodri Jenkins|name]]), Supervising Social Worker, [[25/11/26|date]]
"""),
    ("initial child protection conference report by the social worker", """CWM RHONDDA COUNCIL - CHILDREN'S SERVICES
REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Children: [[Efa Haf Pugh|name]] (DOB [[3 May 2026|dob]]) and [[Osian Rhys Pugh|name]] (DOB [[19 November 2022|dob]], NHS
[[387 059 6236|nhs]])
Conference date: [[8 December 2026|date]], 10:00, at the council's offices in [[Llwynypia|place]] (bilingual - translation provided by
[[Heledd Morris|name]])
Author: [[Catrin Rowlands|name]], Social Worker ([[catrin.rowlands@cwmrhondda.gov.uk|email]], [[01443 425 006|phone]])
Parents: [[Elin Llywelyn|name]] (mother, NI [[NE 21 64 38 A|ni]]) and [[Cai Pugh|name]] (father)
Address: [[9 Brithweunydd Road|address]], [[Trealaw|place]], [[CF40 2UH|postcode]]

1. Reason for conference. Referral by the health visitor on [[12/11/2026|date]] (faltering growth of [[Efa|name]], maternal low mood).
Section 47 enquiry began [[13/11/2026|date]]. [[Efa|name]] was placed with foster carers [[Bronwen|name]] and [[Dilwyn Hughes|name]] in
[[Tonyrefail|place]] under section 76 on [[19 November 2026|date]] with parental agreement; [[Osian|name]] went to his
mam-gu, Mrs [[Menna Llywelyn|name]], at [[48 Court Street|address]], [[Tonypandy|place]].
2. Findings. [[Efa|name]] gained 640 g in her first 12 days in placement (Dr [[Priya Kumar|name]], Royal Glamorgan Hospital,
[[Llantrisant|place]]), which points to under-feeding at home rather than illness. [[Elin|name]] has postnatal depression
(GP, Dr [[Gruffydd|name]]) and now takes sertraline. [[Cai|name]] accepts he has been drinking since he lost his job on
[[2 October|date]]; police were called to the house on [[31/10/2026|date]] (Hallowe'en) by a neighbour, Mr [[Alun Rees-Thomas|name]], after
shouting;
no offences. [[Osian|name]]'s Meithrin leader, [[Mererid Evans|name]], said [[Osian|name]] often arrived hungry and with the same clothes.
3. The family's view. [[Elin|name]]: "Dw i eisiau [[Efa|name]] adre" - she wants [[Efa|name]] home and will go to the Perinatal team.
[[Cai|name]] has booked with the alcohol service at [[Porth|place]] (Barod). Mam-gu [[Menna|name]] and Taid [[Emyr|name]] will help; see the
note.
Note: the maternal grandfather is [[Emyr Llywelyn|name]] of [[Cwmparc|place]]; the family call him "Taid" ([[Emyr|name]] is from
[[Bala|place]]).
4. Recommendation: child protection plans for both children under the category of neglect.
[[C. Rowlands|name]], [[30/11/2026|date]]
"""),
    ("emergency duty team telephone call recording transcript", """EMERGENCY DUTY TEAM (South Wales Valleys) - CALL RECORDING TRANSCRIPT -
auto-transcribed, checked by [[Nia Tudor|name]] (EDT SW)
Call in: 23:41 [[24/11/2026|date]] from [[07774 902 185|phone]] (caller: [[Cai Pugh|name]]) - duration 06:12 - file
EDT_[[20261124|date]]_2341.wav

EDT ([[Nia|name]]): Emergency duty team, [[Nia|name]] speaking.
CALLER: Yeah, it's [[Cai|name]]. [[Cai Pugh|name]]. Dad of [[Efa|name]]. [[Ava|name]]... no, [[Efa|name]], [[E-F-A|name]]. I want to know
where my
daughter is. [[Catrin|name]] won't tell me.
EDT: I understand, [[Cai|name]]. Where are you calling from tonight?
CALLER: From my mate's in [[Fern Dale|place]]. [[Gareth|name]]'s. [[Top Street|address]]. I'm not drunk, I've had a couple.
EDT: Is [[Elin|name]] with you?
CALLER: No, she's at her mam's in [[Pandy|place]]. [[Court Street|address]]. With [[Osian|name]]. She's not answering.
CALLER: [Welsh] Dw i jyst eisiau gweld hi. [I just want to see her.] The foster woman, [[Bronwen|name]] is it, from [[Tonyrefail|place]]...
EDT: I can't give you the carers' details. Your social worker, [[Catrin Rowlands|name]], will ring you tomorrow. Can I check
your number is still [[07774 902 185|phone]]?
CALLER: Yeah. Or ring [[Gareth|name]], [[07908 247 153|phone]]. [[Gareth Lewis|name]].
EDT: Thank you. Are you safe tonight, [[Cai|name]]? Are you thinking of going to [[Tonyrefail|place]]?
CALLER: No. No. I'll go home to [[Trealaw|place]] in the morning. Tell [[Catrin|name]] I'll do the alcohol thing. Barod.

Checker's notes: "[[Fern Dale|place]]" is the transcription of [[Ferndale|place]]; "[[Pandy|place]]" is the local short form of
[[Tonypandy|place]];
"[[Ava|name]]" a mishearing. Action: e-mail to [[Catrin Rowlands|name]] and to the placement team (carers' address not disclosed) at 00:05
on
[[25/11/2026|date]].
"""),
]


# --- D. Hopkins / Morgan family (white Welsh), Treorchy, the Rhondda Fawr ---------------------------------------------------

HOME_D = d.Address("72 Dumfries Street", "", "Treorchy", "CF42 6TN")
DAD_D = d.Address("Flat 6, Tallis Court", "Ystrad", "Pentre", "CF41 7SA")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Tiana", "Morgan")], dt.date(2012, 12, 1), addresses=[HOME_D], ids=["298 887 8714"],
       schools=["Treorchy Comprehensive School"]),
    _p("s", "sibling", [("Brody", "Hopkins")], dt.date(2018, 3, 27), addresses=[HOME_D], ids=["905 770 4234"]),
    _p("m", "mother", [("Crystal", "Hopkins")], dt.date(1990, 5, 5), addresses=[HOME_D], phones=["07516 843 220"],
       ids=["858 204 6715", "WK 60 17 52 D"]),
    _p("f", "father", [("Lee", "Morgan")], dt.date(1988, 8, 18), addresses=[DAD_D], phones=["07951 367 408"]),
    _p("p1", "professional", [("Bethan", "Cule")], phones=["01443 494 210"], emails=["bethan.cule@cwmrhondda.gov.uk"]),
], "c")

DOCS_D = [
    ("missing child return home interview record", """RETURN HOME INTERVIEW (RHI) - Missing Children Service (Cwm Rhondda / Barnardo's
Cymru)
Young person: [[Tiana MORGAN|name]]      DOB: [[01/12/2012|dob]]      Age: 13      NHS: [[298 887 8714|nhs]]
Home: [[72 Dumfries Street|address]], [[Treorchy|place]] [[CF42 6TN|postcode]] (Mum: [[Crystal Hopkins|name]], [[07516 843 220|phone]])
Missing episode: from 18:30 Fri [[6th Nov 2026|date]] to 02:15 Sun [[8 Nov 2026|date]] (reported by Mum at 23:00 Fri, ref. 2600394xxx)
Found: by PC [[Carwyn Mathias|name]] at a flat on [[Hannah Street|address]], [[Porth|place]] - address of [[Liam Jones|name]] (20)
("[[Jonesy|name]]")
Interview date: [[10/11/2026|date]] at [[Treorchy Comprehensive|school]], by [[Amy Seaborne|name]] (RHI worker)

What [[Tiana|name]] told me: she got the train from [[Treorchy|place]] to [[Porth|place]] with her friend [[Maddison|name]]
("[[Mads|name]]",
[[Maddison Pritchard|name]], 14, of [[Ystrad|place]]) to meet "[[Jonesy|name]]" and his mate "[[Deano|name]]". They went to the flat and
then in a car to [[Pontypridd|place]] and back. There was vodka and "weed". She slept on the sofa Saturday. She said [[Deano|name]]
gave her a phone to "keep for him". She would not say what was on it. She said "[[Jonesy|name]] is [[Maddison|name]]'s boyfriend not mine".
She said she left because Mum's partner, [[Shane|name]] ([[Shane Lewis|name]]), "is always on at me" and she wanted to go to her dad's
in [[Pentre|place]] but he "never answers". Dad is [[Lee Morgan|name]], [[07951 367 408|phone]].

Push factors: conflict with [[Shane|name]]; missing her dad; Year 9 friendship split with [[Ella-Rose|name]] and [[Cerys|name]].
Pull factors: older males, a car, alcohol; the phone. CSE screening tool: HIGH; CCE: MEDIUM (phone, possible drug running).
Also missing on [[12/10/2026|date]] (found at Parc and Dare Hall at 22:40 by Mum's friend [[Sue Griffiths|name]]) and [[24/10|date]].
Shared with: [[Bethan Cule|name]] (SW); PC [[Mathias|name]]; school DSL Mr [[Dafydd Rhys|name]] - see action.
Action: DSL Mr [[Rhys|name]] to request a safety plan at school; ask police about [[Liam JONES|name]] ([[15/02/2006|dob]]) and the vehicle
([[WU17 HFD|vehicle]], silver Corsa, seen in [[Porth|place]] on [[7 Nov|date]]).
"""),
    ("family Facebook Messenger group chat typed up from a mother's phone", """Facebook Messenger group "[[HOPKINS|name]] GANG" - typed up
by SW [[Bethan Cule|name]] from Mum's phone, with her consent, [[17/11/2026|date]]
Members: [[Crystal Hopkins|name]]; Nanny [[Jan|name]] (shown as "[[Janice Hopkins|name]]"); [[Shane Lewis|name]]; [[Kerry Hopkins|name]]
(Mum's sister);
[[Tiana Morgan|name]] (left the group [[08/11|date]])

[[6 November 2026|date]]
19:02 [[Crystal Hopkins|name]]: has any1 seen [[tiana|name]] she aint answering
19:05 [[Kerry Hopkins|name]]: no bab. try [[mads|name]] mam in [[ystrad|place]]
19:20 [[Janice Hopkins|name]]: shes not up [[tylorstown|place]] with me love. I'll ring [[lee|name]]
19:31 [[Janice Hopkins|name]]: [[lee|name]] not picking up typical
21:48 [[Shane Lewis|name]]: she will be down [[porth|place]] with that [[jonesy|name]] lot
21:49 [[Crystal Hopkins|name]]: how do YOU no that [[shane|name]]
21:52 [[Shane Lewis|name]]: everyone nos. [[deano Price|name]] was in the Lion bragging
23:01 [[Crystal Hopkins|name]]: rung police. they want a photo
23:02 [[Kerry Hopkins|name]]: ive sent one from [[brody|name]]s party
[[7 November 2026|date]]
10:14 [[Janice Hopkins|name]]: any news?? Im at chapel praying for her. Mrs [[Bowen|name]] from the Co-op saw her at [[Treorchy|place]]
station last night 6ish with a blonde girl
10:15 [[Crystal Hopkins|name]]: thats [[maddison|name]] 100%
[[8 November 2026|date]]
02:40 [[Crystal Hopkins|name]]: SHES HOME. police found her in [[porth|place]] at a flat on [[hannah st|address]]. thank god
02:41 [[Kerry Hopkins|name]]: 😭😭 love you [[tiana|name]] xx
08:03 [[Janice Hopkins|name]]: Thank the lord. Ill have [[brody|name]] today

Note by SW: "[[Deano Price|name]]" is [[Dean Price|name]]; "the Lion" is a pub in [[Treorchy|place]]. Nanny [[Jan|name]] is the maternal
grandmother, [[Janice|name]].
"""),
    ("OCR'd police letter about a child abduction warning notice", """[Scanned letter - OCR]

HEDDLU DE CYMRU / SOUTH WALES POLICE
Gorsaf Heddlu Tonypandy Police Station, [[De Winton Street|address]], [[Tonypandy|place]]  [[CF40 2QZ|postcode]]
Our ref: PPU/CAWN/26/0481                                        Date: [[20 November 2O26|date]]

PRIVATE AND CONFIDENTIAL
Mr [[Dean PRICE|name]]
[[14 Railway Terrace|address]], [[Cymmer|place]], [[Porth|place]]
[[CF39 9AB|postcode]]

Dear Mr [[Price|name]]

CHILD ABDUCTION WARNING NOTICE - [[Tiana MORGAN|name]] (born [[01.12.2012|dob]])

I have reason to believe that you have been in contact with the above child, [[Tiana Morgan|name]], of [[Treorchy|place]], who is 13,
and that on [[6th|date]] and [[7th November 2026|date]] ... [OCR: line unreadable] ... at [[Flat 2, 31 Hannah Street|address]],
[[Porth|place]], and in a
vehicle index [[WU17 HFD|vehicle]].
The child's mother, Ms [[Crystal HOPKINS|name]], does not give you permission to contact her or to have her with you.
If you do so, you may be arrested under section 2 of the Child Abduction Act 1984.

Yours faithfully
DS [[Nicola Bufton|name]]  7731
Public Protection Unit, [[Pontypridd|place]]
cc: [[Bethan Cule|name]], Cwm Rhondda Children's Services; [[Liam Jones|name]] (separate notice served)
"""),
    ("core group meeting minutes", """CORE GROUP MEETING - [[Tiana Morgan|name]] ([[01.12.2012|dob]]) and [[Brody Hopkins|name]]
([[27.03.2018|dob]]) - Child Protection Plan (CSE/CCE)
Date: Wed [[2nd Dec 2026|date]]     Place: Family Centre, [[Pentre|place]]
Present: [[Bethan Cule|name]] (SW, chair); [[Crystal Hopkins|name]]; [[Lee Morgan|name]]; [[Tiana|name]] (part); [[Dafydd Rhys|name]] (DSL,
[[Treorchy Comp|school]]); [[Amy Seaborne|name]] (Barnardo's); [[Rhian Bevan|name]] (school nurse); Mrs [[Kath Lloyd|name]] (head,
[[Ysgol Bronllwyn|school]], [[Brody|name]]'s school)
Apologies: DS [[Bufton|name]]

- Police: CAWNs served on [[Dean Price|name]] and [[Liam Jones|name]] on [[20/11/2026|date]]. [[Price|name]] interviewed re: the phone;
drugs found.
- [[Tiana|name]]: no missing episodes since [[8 November|date]]. Staying at Dad's in [[Ystrad|place]] Tues and Weds
([[Flat 6, Tallis Court|address]]).
  Dad's partner [[Sian|name]] is "OK". [[Tiana|name]] now walks to school with [[Megan Thomas|name]] ([[Megs|name]]), not [[Maddison|name]].
- [[Shane Lewis|name]] has moved out (to his mother's in [[Gelli|place]]) per [[Crystal|name]] on [[28/11|date]].
- [[Brody|name]] (8): Mrs [[Lloyd|name]] - happy in school, anxious about his sister; ELSA sessions with Miss [[Alaw Jones|name]].
- Next core group: [[13th January 2027|date]]. Review conference: [[10/02/2027|date]].
"""),
]


# --- E. Griffiths / Fernández family (Welsh-Patagonian, from Chubut, Argentina), Ynyshir, Porth ------------------------------

HOME_E = d.Address("30 Ynyshir Road", "Ynyshir", "Porth", "CF39 0EN")
ABUELA_E = d.Address("Avenida Eugenio Tello 512", "", "Gaiman", "U9105")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Tomás", "Griffiths")], dt.date(2017, 6, 9), addresses=[HOME_E], ids=["214 982 1419"],
       schools=["Ysgol Gynradd Gymraeg Llwyncelyn"]),
    _p("s", "sibling", [("Alys", "Griffiths")], dt.date(2025, 10, 30), addresses=[HOME_E], ids=["174 720 8620"]),
    _p("m", "mother", [("Luned", "Fernández")], dt.date(1993, 4, 22), addresses=[HOME_E], phones=["07830 129 566"],
       ids=["750 238 6556"]),
    _p("f", "father", [("Iwan", "Griffiths")], dt.date(1986, 11, 12), addresses=[HOME_E], phones=["07412 685 391"]),
    _p("g", "grandparent", [("Marta", "Roberts")], dt.date(1964, 1, 20), addresses=[ABUELA_E],
       phones=["+54 9 280 456-7812"]),
    _p("p1", "professional", [("Ffion", "Cadwaladr")], phones=["01443 425 006"], emails=["ffion.cadwaladr@cwmrhondda.gov.uk"]),
], "c")

DOCS_E = [
    ("specialist domestic abuse service referral with a risk summary", """ONE STOP SHOP REFERRAL - Domestic abuse (Cwm Rhondda) - received
[[02/11/2026|date]]
Referred by: [[Ffion Cadwaladr|name]], Social Worker, Cwm Rhondda Children's Services ([[ffion.cadwaladr@cwmrhondda.gov.uk|email]])
Victim/survivor: [[Luned FERNÁNDEZ|name]] (prefers [[Luned|name]]; passport name [[María Luned Fernández Roberts|name]])
DOB [[22/04/1993|dob]]   Nationality: Argentine (spouse visa, NRPF)   Languages: Spanish, Welsh, some English
Address: [[30 Ynyshir Road|address]], [[Ynyshir|place]], [[Porth|place]] [[CF39 0EN|postcode]] - NOT SAFE to post letters here
Safe number: [[07830 129 566|phone]] (only after 10am, when he is at work; say you are "from the chapel")
Alleged perpetrator: [[Iwan GRIFFITHS|name]] (husband), DOB [[12/11/1986|dob]], [[07412 685 391|phone]], a driver at a depot in
[[Treforest|place]]
Children: [[Tomás|name]] (9), [[Ysgol Llwyncelyn|school]]; [[Alys|name]] (1)

Summary: [[Luned|name]] met [[Iwan|name]] in [[Gaiman|place]], Chubut, in 2015 when he taught Welsh there; they married in [[Trelew|place]]
in
2016 and came to [[Porth|place]] in 2024. She says he keeps her passport and both children's, controls all money, has
stopped her going to the Spanish-speaking women's group in [[Pontypridd|place]] and tells her she will be "sent back without the
kids". On [[29 October 2026|date]] he pushed her into the door frame in front of [[Tomás|name]] - bruise to the left arm seen by the
health visitor, [[Manon Philips|name]]. [[Tomás|name]] told his teacher, Mr [[Geraint Lewis|name]], "Dad says Mam is stupid in
Spanish and in Welsh." Her mother, [[Marta Roberts|name]], lives in [[Gaiman|place]] ([[+54 9 280 456-7812|phone]]); a sister,
[[Gwenllian Fernández|name]] ("[[Gwen|name]]"), lives at [[Calle 25 de Mayo 734|address]], [[Trelew|place]] [[U9100|postcode]]
([[+54 280 449-1236|phone]]).
A friend at the chapel, Mrs [[Olwen Davies|name]] of [[Cymmer|place]], has offered a room.

DASH: 15 yes - HIGH. MARAC on Thursday [[12th November|date]]. Police ref. not yet (she has not reported).
"""),
    ("grandmother's WhatsApp voice notes in Spanish transcribed and translated", """WhatsApp voice notes from the maternal grandmother,
[[Marta Roberts|name]] ("Mamá" in [[Luned|name]]'s phone, [[+54 9 280 456-7812|phone]]),
played by [[Luned|name]] in the office on [[05/11/2026|date]]; transcribed and translated by the interpreter, [[Verónica Ibáñez|name]]
(Spanish).

Voice note 1 - [[3/11/2026|date]] 14:12 (Spanish, 1m 40s)
ES: "Hija, ya hablé con [[Gwen|name]]. Si venís con los chicos se quedan en la casa de la calle [[Tello|address]], hay lugar. [[Iwan|name]]
me llamó
anoche a las tres de la mañana diciendo que vos estás loca. Le corté. Decile a [[Tomás|name]] que la abuela lo extraña."
EN: "Daughter, I have spoken to [[Gwen|name]]. If you come with the children they can stay at the house on [[Tello|address]] Street, there
is
room. [[Iwan|name]] rang me last night at three in the morning saying that you are mad. I hung up. Tell [[Tomás|name]] his granny misses
him."

Voice note 2 - [[3/11/2026|date]] 14:15 (Welsh and Spanish mixed, 50s)
CY/ES: "Cariad, mae Nain [[Roberts|name]]... no, perdón - tu tía [[Eirlys|name]] en [[Dolavon|place]] dice que la capilla puede ayudar con
el pasaje.
El [[4 de diciembre|date]] hay un vuelo de [[Buenos Aires|place]]..."
EN: "Darling, Grandma [[Roberts|name]]... no, sorry - your aunt [[Eirlys|name]] in [[Dolavon|place]] says the chapel can help with the fare.
On
[[4 December|date]] there is a flight from [[Buenos Aires|place]]..."

Voice note 3 - [[4/11/2026|date]] 09:01 (Spanish, 20s)
ES: "¿Y el pasaporte de [[Alys|name]]? Sin eso no te dejan salir, [[Lune|name]]. Llamá al consulado en [[Londres|place]]."
EN: "And [[Alys|name]]'s passport? Without it they won't let you leave, [[Lune|name]]. Ring the consulate in [[London|place]]."

Interpreter's note: "[[Lune|name]]" is the family's short form of [[Luned|name]]. "[[Tello|address]]" is [[Avenida Eugenio Tello|address]],
[[Gaiman|place]].
"""),
    ("school pupil information form filled in by hand by the mother", """YSGOL GYNRADD GYMRAEG LLWYNCELYN - FFURFLEN WYBODAETH DISGYBL /
PUPIL INFORMATION FORM (updated [[9.11.2026|date]])
Enw'r disgybl / Pupil's name: [[Tomás Iwan GRIFFITHS FERNÁNDEZ|name]]      Known as: [[Tomi|name]]
Dyddiad geni / DOB: [[09 / 06 / 2017|dob]]     Dosbarth / Class: Bl 5 - Mrs [[Sara Jenkins|name]]
Cyfeiriad / Address: [[30 Ynyshir Rd|address]], [[Ynyshir|place]] [[CF39 0EN|postcode]]
Languages at home: Cymraeg, Castellano (Spanish) - "Spanish with me and abuela, Welsh with everyone"
Born in: [[Trelew|place]], Chubut, Argentina          Religion: Capel (Methodist) - Capel Bethel, [[Gaiman|place]] when we were there

CONTACT 1: [[Luned Fernández|name]] (Mam)  [[07830 129 566|phone]]  ** ONLY ME ** please not ring other numbers
CONTACT 2: Mrs [[Olwen Davies|name]] (friend)  [[01443 772 306|phone]]  [[Cymmer|place]]
CONTACT 3: [[Gwenllian Fernández|name]] (tía - aunt, [[Trelew|place]]) [[+54 280 449-1236|phone]] - emergency only
Who may NOT collect: [[Iwan Griffiths|name]] (Dad) - see social worker [[Ffion Cadwaladr|name]]. Also his brother [[Dylan Griffiths|name]]
of
[[Trehafod|place]] ([[Dyl|name]]).
Medical: asthma (blue inhaler). GP: Ynyshir Surgery. Dentist: Porth Smile Centre.
Friends (for class): [[Mabli|name]], [[Ianto|name]] and [[Joaquín Pérez|name]] ("[[Joaco|name]]", year 4).
Signature: [[L. Fernández|name]]   Date: [[9 nov 2026|date]]
"""),
    ("social worker's assessment analysis and plan", """CARE AND SUPPORT ASSESSMENT - ANALYSIS (extract)   Child: [[Tomás Griffiths|name]]
([[09/06/2017|dob]], NHS [[214 982 1419|nhs]]); [[Alys Griffiths|name]] ([[30/10/2025|dob]])
Author: [[Ffion Cadwaladr|name]], SW.   Completed: [[27/11/2026|date]].   Manager sign-off: [[Ioan Prys-Jones|name]], [[30/11/2026|date]]

[[Luned|name]] and the children moved to a refuge in [[Merthyr Tydfil|place]] on [[13 November 2026|date]], the day after MARAC, with the
help
of Mrs [[Olwen Davies|name]] and the police (PC [[Hywel Bowen|name]]). [[Iwan|name]] was arrested on [[14/11/2026|date]] for assault and
released on bail
not to contact [[Luned|name]] or enter [[Ynyshir|place]]; he handed the three passports to PC [[Bowen|name]] on [[16 Nov|date]].

[[Tomás|name]] has told me, in Welsh, that he misses [[Ianto|name]]; he calls his Argentine grandmother "abuela"
and his Welsh grandmother, Mrs [[Menna Griffiths|name]] of [[Hopkinstown|place]], "Nain". He is doing well at his new school,
[[Ysgol Santes Tudful|school]], where Mr [[Rhys Morgan|name]] is his teacher. [[Alys|name]] has settled at the refuge nursery.

[[Luned|name]] wants to stay in Wales "for [[Tomás|name]]'s Welsh" but may visit [[Gaiman|place]] in the summer; an application for
a domestic violence concession (DDVC) was made on [[20/11/2026|date]] with help from the Welsh Refugee Council. The children's
paternal family (Mrs [[Griffiths|name]] and [[Dylan|name]]) want contact; [[Iwan|name]]'s solicitor, [[Huw Tudor|name]] of [[Tudor|name]] &
[[Lewis|name]],
has written ([[24/11/2026|date]]).
Plan: care and support plan; family group conference with the Welsh side of the family in [[Trehafod|place]] and the Argentine side on video
from [[Trelew|place]]; review [[26/02/2027|date]].
"""),
]


# --- F. Xavier / Rosário family (Macanese, from Macau), Twynyrodyn, Merthyr Tydfil ------------------------------------------

HOME_F = d.Address("19 Twynyrodyn Road", "Twynyrodyn", "Merthyr Tydfil", "CF47 0DT")
FRIEND_F = d.Address("4 Heol Gwerthyr", "Heolgerrig", "Merthyr Tydfil", "CF48 1SF")
AVO_F = d.Address("Rua do Campo 45, 3.º andar", "", "Macau", "")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Beatriz", "Xavier")], dt.date(2012, 7, 7), addresses=[HOME_F, FRIEND_F], ids=["833 334 7312"],
       schools=["Cyfarthfa High School"]),
    _p("s", "sibling", [("Lucas", "Xavier")], dt.date(2020, 1, 15), addresses=[HOME_F, FRIEND_F], ids=["165 489 0723"]),
    _p("m", "mother", [("Sónia", "Rosário")], dt.date(1985, 9, 3), addresses=[HOME_F], phones=["07867 310 924"],
       ids=["569 308 8049"]),
    _p("f", "father", [("Leonel", "Xavier")], dt.date(1980, 4, 28), phones=["+853 6628 4175"]),
    _p("g", "grandparent", [("Lúcia", "Rosário")], dt.date(1958, 12, 2), addresses=[AVO_F], phones=["+853 2835 6194"]),
    _p("k", "carer", [("Fátima", "Gouveia")], dt.date(1976, 5, 19), addresses=[FRIEND_F], phones=["07709 552 618"]),
    _p("p1", "professional", [("Llinos", "Harding")], phones=["01685 384 900"], emails=["llinos.harding@taffechan.gov.uk"]),
], "c")

DOCS_F = [
    ("psychiatric ward discharge summary", """Cwm Taf Morgannwg UHB - Mental Health Inpatient Unit, Prince Charles Hospital,
[[Merthyr Tydfil|place]]
DISCHARGE SUMMARY
Patient: [[ROSÁRIO, Sónia Maria|name]] (Chinese name: [[羅雪玲|name]])   DOB: [[03-09-1985|dob]]   NHS: [[569 308 8049|nhs]]
Address: [[19 Twynyrodyn Road|address]], [[Twynyrodyn|place]], [[Merthyr Tydfil|place]] [[CF47 0DT|postcode]]   Tel: [[07867 310 924|phone]]
Admitted: [[30/10/2026|date]] (section 2 MHA)   Discharged: [[24/11/2026|date]]   Consultant: Dr [[Olumide Adeyemi|name]]
GP: Dr [[Rachel Pask|name]], Keir Hardie Health Park

Presentation: brought by police. Found by a dog walker, Mr [[Terry Bowditch|name]], at 05:30 by the
lake in Cyfarthfa Park in her nightclothes, saying her late father, [[António Rosário|name]], was calling her from [[Macau|place]]. Five
days without
sleep after her husband, [[Leonel Xavier|name]], returned to [[Macau|place]] on [[17 October 2026|date]]. Her daughter [[Beatriz|name]] (14)
had been looking after her brother [[Lucas|name]] (6) and her mother for a week and told no one.
Diagnosis: acute and transient psychotic disorder; recovered. Medication: olanzapine 10 mg nocte.
Social: works as a staff nurse at this hospital (ward 7); Portuguese, Cantonese and English. Children placed on [[31/10/2026|date]] with a
family
friend, Mrs [[Fátima Gouveia|name]], at [[4 Heol Gwerthyr|address]], [[Heolgerrig|place]] (private arrangement, social worker
[[Llinos Harding|name]]).
Mother in [[Macau|place]]: Mrs [[Lúcia Rosário|name]], [[+853 2835 6194|phone]]. Brother: [[Miguel Rosário|name]], [[Lisboa|place]]
([[+351 912 345 678|phone]]).
Follow-up: CMHT (Dr [[Adeyemi|name]]'s clinic) on [[8 December 2026|date]]; care coordinator [[Gareth Pryce|name]].
"""),
    ("social worker's notes typed fast on a phone during a visit", """notes on phone - LH - [[31/10|date]] - typed in car, to tidy

- 0915 call from PCH ward, mum ([[sonia rosario|name]]) admitted s2 last night. kids home alone since 5am?? [[bea|name]] rang
[[fatima|name]] at 7
- 1000 [[19 twynyrodyn rd|address]] - [[fatima gouveia|name]] there w kids. house ok, fridge empty, mums uniform on floor
- [[beatriz|name]] (calls herself [[bia|name]]) v tearful, says dad [[leonel|name]] went back to [[macau|place]] [[17th|date]] "for work"
not coming back??
  she has been doing everything - cooking, [[lucas|name]] to school ([[gellifaelog|school]]), mums tablets. missed school 4 days
([[cyfarthfa high|school]])
- [[lucas|name]] 6, chatty, speaks port w [[fatima|name]], eng w me. says "papa is in the airplane"
- [[fatima|name]] - family friend from church (st marys), lives [[heolgerrig|place]], [[4 heol gwerthyr|address]], works at the meat plant
  in [[merthyr|place]], husband [[jose gouveia|name]], son [[rafa|name]] 16. [[07709 552 618|phone]]. happy to have kids "as long as needed"
- rang avó in [[macau|place]] on [[+853 2835 6194|phone]] - [[lucia|name]] - port only, [[fatima|name]] interpreted. wants to come. flight
[[11/11|date]]??
- rang dad [[+853 6628 4175|phone]] x2 no answer, whatsapp sent
- TODO: private fostering notif? (if >28 days), school (mr [[owen|name]] @ [[cyfarthfa|school]]), [[lucas|name]] school, GP, check
[[jose|name]] dbs
- [[bia|name]] asked me not to tell her friend [[chloe|name]] ([[chloe pask|name]]) - her mum is the GP!
"""),
    ("grandmother's own letter to the social worker", """[[Macau|place]], [[12 de Novembro de 2026|date]]

Dear Miss [[Llinos|name]],

I am the mother of [[Sónia|name]], grandmother (avó) of [[Beatriz|name]] and [[Lucas|name]]. My English is not good so my neighbour's
daughter
[[Kelly Lam|name]] ([[林嘉怡|name]]) help me write this. Thank you for to look after my daughter and my grandchildren.

I cannot come on the [[11th|date]] because my visa for the UK is not ready, the office in [[Hong Kong|place]] say maybe
[[30 November|date]].
I will stay in the house in [[Twynyrodyn|place]] with [[Sónia|name]] when she is better, and help with [[Lucas|name]] and [[Bia|name]].

About [[Leonel|name]] ([[梁立昂|name]] is his Chinese name, [[Leong Lap Ong|name]]). He is in [[Taipa|place]], at his mother's house,
[[Rua de Bragança 18|address]].
He is not good man. He has a woman here, [[Cristina|name]], since two years. He say to [[Sónia|name]] he come back after Christmas but he
will not. Please do not let him take the children to [[Macau|place]] - I am afraid of this. His brother [[Paulo Xavier|name]] live in
[[Cardiff|place]] ([[Roath|place]]) and he can help him.

Mrs [[Fátima|name]] is a good woman, she is from Madeira, I know her from [[Sónia|name]]'s wedding. Please say thank you to her.

My telephone is [[+853 2835 6194|phone]] (house) or [[Kelly|name]]'s [[+853 6286 4175|phone]].
My address: [[Rua do Campo 45, 3.º andar|address]], [[Macau|place]].

With my respect,
[[Lúcia Rosário|name]] ([[羅陳美華|name]])
"""),
    ("private fostering assessment summary", """PRIVATE FOSTERING - ASSESSMENT OF ARRANGEMENT (Children Act 1989 / Children (Private
Arrangements for Fostering) (Wales) Regs 2006)
Children: [[Beatriz XAVIER|name]] ([[07/07/2012|dob]], NHS [[833 334 7312|nhs]]) and [[Lucas XAVIER|name]] ([[15/01/2020|dob]], NHS
[[165 489 0723|nhs]])
Private foster carers: [[Fátima GOUVEIA|name]] ([[19/05/1976|dob]]) and [[José GOUVEIA|name]]; son [[Rafael Gouveia|name]] (16)
Address: [[4 Heol Gwerthyr|address]], [[Heolgerrig|place]], [[Merthyr Tydfil|place]] [[CF48 1SF|postcode]]
Arrangement began: [[31 October 2026|date]]; notified to the council on [[25/11/2026|date]] (day 25)
Assessing SW: [[Llinos Harding|name]] ([[llinos.harding@taffechan.gov.uk|email]])   Visits: [[2/11|date]], [[16/11|date]],
[[30/11/2026|date]]

The carers are from Madeira and have lived in [[Merthyr|place]] since 2004; [[José|name]] works at the meat plant in [[Merthyr|place]],
[[Fátima|name]]
cleans at the college. Both are known to the children through St Mary's church. DBS checks: clear. Home: 3-bed semi; [[Beatriz|name]] has
her own room, [[Lucas|name]] shares with [[Rafael|name]]. The Sunday meal is with [[Fátima|name]]'s sister, [[Conceição Freitas|name]], in
[[Galon Uchaf|place]].

Children's views: [[Beatriz|name]]: "I like it here but I want Mum to get better and to go home." She wants to keep her friend
[[Chloe|name]] and to do her GCSE Portuguese. [[Lucas|name]] (in Portuguese, via [[Fátima|name]] and then on his own in English): "Tia
[[Fátima|name]] makes the best bacalhau."

Father: [[Leonel Xavier|name]] in [[Taipa|place]], [[Macau|place]], by WhatsApp video on [[19/11/2026|date]] - agrees to the arrangement,
"will
come in January". Maternal grandmother [[Lúcia Rosário|name]] due to arrive in [[Merthyr|place]] on [[30 Nov|date]].
Mother ([[Sónia|name]]) discharged [[24/11/2026|date]]; contact daily. Decision: arrangement suitable; review by [[31/01/2027|date]].
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 144 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 15:26 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "wm", "sm", "ff", "cllr", "hhj",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "mam-gu", "mamgu", "bampi", "taid",
           "nain", "tad-cu", "anti", "wncwl", "abuela", "abuelo", "tía", "tio", "tío", "avó", "avô", "dona", "papa",
           "mamá", "madam"}
_AFTER = {"senior", "junior"}
_NOT_PLACES = {"england", "wales", "cymru", "south wales", "the valleys", "the rhondda", "rhondda", "glamorgan",
               "mid glamorgan", "scotland", "britain", "great britain", "united kingdom", "uk", "argentina", "chubut",
               "patagonia", "china", "portugal", "madeira", "europe", "south america"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (Welsh "Mam-gu", "Nain", "Taid",
# Spanish "abuela", "tía", Portuguese "avó", "Tia") and countries and regions ("Wales", "the Rhondda", "Chubut", "Madeira").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
