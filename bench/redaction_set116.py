"""Set 116: a held-out hand-written set for the redaction detector, six more invented families in Thanet, written in one sitting.

Written on 2026-12-07 by a helper session that did NOT open, read, grep, import-and-run or otherwise look at
hearth/redaction/detect.py, hearth/redaction/gazetteer.py, any hearth/redaction/*.txt word list, hearth/redaction/tests/*,
hearth/redaction/README.md, bench/bench_redaction.py, bench/redaction_corpus.py (beyond importing the `Doc` type through
bench/redaction_handwritten.py, as earlier sets do), bench/README.md, tests/test_redaction_hand_sets.py, or
bench/redaction_set114.py, redaction_set115.py, redaction_set117.py and their tests (written by other helpers at the same time),
that did not run the detector or any bench script that runs it, that ran no git command, and that looked at no detector output.
What was read: bench/redaction_set21.py and tests/test_redaction_set21.py in full (the layout and marking conventions followed
here), the module docstrings of bench/redaction_set7.py to redaction_set113.py (printed with ast, searched only for Thanet's
towns and for community names, to see which towns and communities earlier sets used as a family's home; no body of an earlier
set was read or searched), the `_party`, `Records`, `HandSet`, `word_problems`, `_parse` helpers of
bench/redaction_handwritten.py (its first record and documents were seen in passing), and the ruff settings in pyproject.toml.
Set 15's checker was run through this set's problems() but its body was not read. Phone numbers were checked with the
phonenumbers library and NHS numbers and UPNs made and checked with python-stdnum in small snippets. The record constructors
(d.Party through `_party`, d.Address, d.CaseRecord) are imported from the detector module only to build records. Nobody may tune
the detector on this set: it is to be scored once, after the detector's current round of changes. If a mistake in the gold
marking is found after scoring, correct only the marking and say so here.

Six families in Thanet, each from a town, village or estate no earlier set used as a family's home (earlier sets had homes in
Cliftonville, Ramsgate town and Broadstairs, and a grandmother in Newington): a white British family in Garlinge, Margate, with
a grandmother in Westbrook and a father staying in Cliftonville (Tapp / Sackett; domestic abuse by a father who kicks the
door in and threatens fire, damp and mould, pre-payment meter debt, a boy of 7 wetting himself, a neighbour's report); a white
British boy of 15 on the Nethercourt estate, Ramsgate, with a nan in Minster (Gurr / Pilcher; county lines from Chatham and
Gillingham, a trap house, a missing episode, an older exploiter who photographs the nan's house); a white British young carer
of 12 in Birchington, with a father in Herne Bay and a nan in Sandwich (Holness / Marsh; a mother with multiple sclerosis, a
girl doing her mother's injections, lateness and detentions); and white British grandparents' kinship care in Monkton, with a
mother in a Dover hostel and a father in prison (Kemp / Stokes; a mother's heroin use, found unconscious with a toddler, a
viability assessment, care proceedings, a great-aunt in Ireland). Two from communities no earlier set used: an Iranian Bahá'í
refugee family in St Lawrence, Ramsgate, with a grandmother in Shiraz, an uncle in Isfahan and a grandfather imprisoned in
Tehran (Rahimi / Sabet; a girl of 14's overdose and survivor's guilt over the persecution of Bahá'ís, night-time news through
the family WhatsApp group, a man photographing the faith community's members; names and places in Persian script), and a
Catalan family from Girona in Westgate-on-Sea, with a father working offshore from Tarragona and family in Badalona, Figueres,
Olot and Sabadell (Puig Ferrer / Ferrer Vidal / Vidal; a mother's grief and drinking, a boy of 10 burnt cooking for his
sister, weight loss, an initial child protection conference; messages in Catalan). 24 documents, half plain professional
recording (a home visit case note, a primary school's referral to the front door, a return home interview, strategy meeting
minutes for child exploitation, a young carer's needs assessment, a GP letter, a kinship viability assessment, a local
authority's position statement, a child in need review record, a school pastoral meeting's minutes with an interpreter, an
emergency department safeguarding referral, a report to an initial child protection conference) and half the other writing a
file holds (a mother's texts typed up by the worker, a neighbour's online concern form, a police officer's missing person notes
typed on a phone, a youth worker's Snapchat messages typed up, a young carer's own diary scanned and OCR'd, a father's email
to a school forwarded to early help, duty line voicemails transcribed (one spoken number given only in words), a family time
supervisor's handwritten record scanned, a family WhatsApp group in Persian and English translated, a mother's own letter in
her second language, a WhatsApp chat in Catalan translated, a school nurse's notes typed fast on a phone).

Invented: every person, address, phone number, NHS number, UPN, NI number, email address and vehicle registration (street
names may be real or invented and carry invented house numbers). Phone numbers are valid numbers (checked with the
phonenumbers library), UK and foreign (Iran, Spain, Ireland, Canada); NHS numbers and UPNs (LA number 886, Kent) pass their
check digits; NI numbers have a valid format. The council (Isle Coast Council, Isle Coast Homes, Isle Coast Fostering) is
invented, and so are the schools' staff and the clubs; towns, districts, estates, villages, real schools, real charities
(the Forward Trust, Kent Young Carers, Kent Refugee Action Network, Oasis), NHS bodies, hospitals (QEQM, Queen Victoria
Hospital, the Queen Elizabeth The Queen Mother Hospital), GP practices (Northdown Surgery, Quex Medical Group, Westgate
Medical Centre), venues (Thanet Gateway, Margate Gateway), prisons (HMP Elmley, Evin), courts, shops and brands (Tesco,
Morrisons, Greggs, Dover Cabs, the Westgate Fish Bar), landmarks (Westwood Cross, the Lido) and laws stay unmarked unless the
conventions say otherwise.

Markup and conventions: exactly those of bench/redaction_set21.py (which follows sets 19, 15 and 6 to 13). [[words|kind]] is a
gold span (name, address, postcode, place, school, phone, email, dob, date, nhs, upn, ni, vehicle). Titles, roles and kinship
words (Mr, Mrs, Ms, Miss, Dr, Dr., PC, DC, Sgt, HHJ, PO, TA, Rev., Nan, nanny, Auntie, coach, cuzzy, the Persian Dayi and
Maman Joon, the Catalan Mare, Tieta, Sra.) stay outside the name span, before or after the name ("[[Nava]] jan", "[[Bethan]]
khanum", "[[نوا]] جان"); a Catalan article before a name ("el [[Pau]]", "la [[Martina]]") stays outside; a possessive 's and
a bare s in texting ("[[alfie]]s", "[[tilly-mae]]s", "[[oscar]]s") stay outside; every person's name is a name in every form,
record or not. "SURNAME, First" is one span ("SACKETT, Poppy Jade", "TAPP, Alfie", "PUIG FERRER, Pau"), and so is "First
SURNAME" ("Alfie TAPP", "Jordan PILCHER", "Daisy MARSH") and a Catalan double surname ("Núria Ferrer Vidal", "Pau PUIG
FERRER"); an initial with a surname is one span ("J Pettman", "K Minster", "B. Wraight", "H. Tapsell"); initials alone and
initial-like short forms ("JP", "HB", "DH", "E-M", "IS", "JK", "L") are not marked; social media usernames ("jp_2011x",
"isle_youth_danni") are not marked; a contact saved under a kinship word ("Maman Joon", "Mare") is not a name; a name broken
by a line break is one span holding the break, and so is a school. A street address is one span, its town a place, its
postcode a postcode; a street named without a number is an address, and so is a neighbour's bare house or flat number ("no.
21", "24", "number 50", "Flat 4", "flat 6") and an address abroad ("Carrer de la Força 12, 2n 1a"); towns, cities, villages,
districts and estates are places, at home or abroad, in any script and in another language's form ("Londres"); countries,
counties and regions are not ("Kent", "Iran", "Ireland", "Bedfordshire"); organisations are not marked even when they hold
a town's or a person's name (listed above and in the test); a school's name is a school, and so is its short form; a date of
birth is dob, any other calendar date with a day is date (a weekday before it stays outside), and the bare day in a diary
line or a chat ("the 12th", "27th" and "28th", "the 20th", "28" and "29 November") is a date span of its own; months,
seasons, years and bare weekdays ("sat n sun", "mon") are not marked; pets are not names; a surname or first name that is
also an English word, a town or a country is marked by what it refers to (Daisy, Dawn, Sage, Lavender, Friend, Chalk, Rook,
Castle, Pond, Fright, Marsh, Spain, Minster, Luton, Sunny and Dale are names when they are people; Minster, Sandwich, Luton
(the Chatham district), Westwood and Monkton are places when they are places); a name in another script (Persian "نوا",
"روحیه", "پروین", "آرمان", "مهسا ثابت") is a name, and a place in it ("شیراز", "تهران") a place.

Choices this set had to make, decided as a careful redactor publishing a safeguarding review would: a school's initials
("RHA" for Royal Harbour Academy) are a school's short form and marked as a school, unlike a person's initials, since they
name the school as plainly as its full name; "Luton" is marked as a place where it is the Chatham district, and "Luton Road",
"Luton Arches" and "luton rd" as addresses; a shopping centre or retail park named with a town ("Westwood Cross", "Strood
Retail Park") keeps the town marked only where the text names the town itself ("[[Strood]] Retail Park"), while "Westwood
Cross" is a landmark and stays unmarked; "westwood" alone in a mother's texts (where she works, where the bowling is) is the
district and a place; a venue named after a town ("Margate Gateway", "Thanet Gateway") is an organisation; Thanet is a
district named only in organisations' names here ("Thanet team"), and is listed with the counties so that it would be
caught if marked; a phone number spoken in words in a voicemail ("plus three five three, ...") is not marked, while the same
number as the caller's number is; a hospital number, police log, crime reference and court case number are not marked; the
Bahá'í holy day Naw-Rúz and the faith's name are not marked; a prison named after its place (Evin, "اوین") is an organisation.

Self-check without the detector: `python -m bench.redaction_set116` (and tests/test_redaction_set116.py) runs set 15's
checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) on this set, adds this set's titles and kinship words (before and
after a name) and counties, regions and countries, and prints the number of documents and gold spans per kind: 24 documents,
947 gold spans, 509 of them names."""

from __future__ import annotations

import datetime as dt

from bench.redaction_handwritten import HandSet, Records
from bench.redaction_set15 import problems as problems_15
from hearth.redaction import detect as d

_RECORDS = Records()  # the records' identifiers and phones, for problems()
_p = _RECORDS.party
_RECORD_IDS, _RECORD_PHONES = _RECORDS.ids, _RECORDS.phones

# --- A. Tapp / Sackett family (white British), Garlinge, Margate, with a grandmother in Westbrook --------------------------

HOME_A = d.Address("19 Westfield Road", "Garlinge", "Margate", "CT9 5PA")
NAN_A = d.Address("Flat 6, 4 Royal Esplanade", "Westbrook", "Margate", "CT9 5DL")
RECORD_A = d.CaseRecord([
    _p("c", "subject", [("Alfie", "Tapp")], dt.date(2019, 5, 14), addresses=[HOME_A], ids=["5738563913"],
       schools=["Garlinge Primary School"]),
    _p("s", "sibling", [("Poppy", "Sackett")], dt.date(2016, 2, 3), addresses=[HOME_A], ids=["X886075006691"],
       schools=["Garlinge Primary School"]),
    _p("m", "mother", [("Kayleigh", "Tapp")], dt.date(1996, 8, 21), addresses=[HOME_A], phones=["07969 839 305"],
       ids=["JT 48 27 61 B"]),
    _p("f", "father", [("Dale", "Sackett")], dt.date(1991, 12, 9), phones=["07496 761 123"]),
    _p("g", "grandparent", [("Brenda", "Tapp")], dt.date(1970, 4, 30), addresses=[NAN_A], phones=["01843 846249"]),
    _p("p1", "professional", [("Hollie", "Brett")], phones=["03000 418 116"], emails=["hollie.brett@islecoast.gov.uk"]),
], "c")

DOCS_A = [
    ("social worker's home visit case note", """ISLE COAST COUNCIL - CHILDREN'S SOCIAL CARE - CASE NOTE
Child: [[Alfie TAPP|name]]   DOB: [[14/05/2019|dob]]   NHS no: [[573 856 3913|nhs]]
Case note type: Home visit (announced)   Date of visit: Thursday [[26 November 2026|date]]   Worker: [[Hollie Brett|name]]
Present: [[Kayleigh Tapp|name]] (mother), [[Alfie|name]], maternal grandmother [[Brenda Tapp|name]] (arrived 4.10pm)

I visited the family home at [[19 Westfield Road|address]], [[Garlinge|place]], [[Margate|place]] [[CT9 5PA|postcode]] after
school. [[Poppy|name]] was at her friend [[Tilly-Mae Cornford|name]]'s on [[Hartsdown Road|address]] for tea and I did not see her
today; I will see her at [[Garlinge Primary|school]] on [[1 December|date]]. The front room was cold; [[Kayleigh|name]] said the
meter had run out on Sunday and that the bloke at the corner shop, [[Sunny|name]], let her have £10 of electric "on tick".
There was a smell of damp in the back bedroom where [[Alfie|name]] and [[Poppy|name]] sleep, and black mould over the window.

[[Kayleigh|name]] told me that [[Dale|name]] (Mr [[Sackett|name]], [[Poppy|name]]'s and [[Alfie|name]]'s father) came round on
[[21 November|date]] "off his face" and kicked the back door in when she would not let him in. She rang her mum, who rang the
police. [[Kayleigh|name]] does not want to make a statement. She said [[Dale|name]] is now staying with his cousin [[Wayne
Sackett|name]] in [[Cliftonville|place]], "up by the Lido", and that he has been sending her messages all night from a new
number. She showed me some of them (copied separately).

[[Alfie|name]] showed me his Lego and told me "Daddy broke the door with his foot". He said he hid under [[Poppy|name]]'s bed. He
was chatty, well dressed and had eaten (a roll from nan). [[Brenda|name]] said she is happy to have both children at hers in
[[Westbrook|place]] ([[Flat 6, 4 Royal Esplanade|address]]) at weekends and when [[Kayleigh|name]] is on a late shift at the Tesco
at Westwood Cross.
Actions: referral to the Oasis domestic abuse service; ask housing (Isle Coast) about the mould; safety plan agreed; next visit
[[10/12/2026|date]]. Manager: [[Grace Oduya|name]] (TM), informed [[27.11.26|date]].

Chronology added at supervision ([[Grace Oduya|name]], [[3/12/2026|date]]):
[[02/03/2024|date]]  police call, [[Dale Sackett|name]] and [[Kayleigh Tapp|name]], argument at [[Margate|place]] station; NFA.
[[15/08/2025|date]]  [[Poppy|name]] seen by school nurse [[Linda Cobb|name]]: head lice, tired. Letter to mum.
[[21/11/2026|date]]  back door kicked in at [[19 Westfield Road|address]]; [[Brenda Tapp|name]] rang 999 ([[01843 846249|phone]]).
[[26/11/2026|date]]  this visit. [[Dale|name]] believed at [[Wayne Sackett|name]]'s, [[Northdown Road|address]], [[Cliftonville|place]].
"""),
    ("mother's texts to her social worker, typed up by the worker", """Texts from [[Kayleigh Tapp|name]] ([[07969 839 305|phone]]) to
[[Hollie Brett|name]] (work mobile), copied into the file by HB on [[28/11/2026|date]]. Spelling as sent.

[[27/11/2026|date]] 23:41  [[hollie|name]] its [[kayleigh|name]] sorry its late. [[dale|name]] keeps ringing off a new number
[[07561 595 978|phone]] can u tell the police
[[27/11/2026|date]] 23:43  hes saying hes taking [[alfie|name]] to his mums in [[sittingbourne|place]] at the wkend. he cant do that can he
[[27/11/2026|date]] 23:58  my mum says ring 999 if he turns up. [[poppy|name]] wont go to sleep shes scared
[[28/11/2026|date]] 07:12  sorry about last nite. hes gone quiet. his cuzzy [[wayne|name]] messaged me saying [[dale|name]] is "sorted now"
[[28/11/2026|date]] 08:30  cant do 10am mon got a shift at [[westwood|place]]. can u come weds. kids at nans sat n sun
[[28/11/2026|date]] 08:31  nans is [[flat 6|address]] on the front at [[westbrook|place]] u no the one
[[28/11/2026|date]] 12:05  also the mould man from the council came. he said [[jason|name]] from repairs will ring me. still aint heard
[[28/11/2026|date]] 16:47  [[alfie|name]]s teacher mrs [[okafor|name]] said he wet himself again today. hes never done that before
[[29/11/2026|date]] 10:02  at mums in [[westbrook|place]]. kids on the beach. [[dale|name]]s mum [[sandra|name]] rang from
[[sittingbourne|place]] she says sorry
[[29/11/2026|date]] 19:20  [[poppy|name]] wants to go to [[tilly-mae|name]]s party on the [[12th|date]] at the bowling in
[[westwood|place]] is that ok

Worker's note: "sat n sun" are [[28|date]] and [[29 November|date]]. Mrs [[Okafor|name]] is [[Alfie|name]]'s class teacher (Year 2).
"[[jason|name]] from repairs" is [[Jason Lidstone|name]], Isle Coast Homes. The number [[07561 595 978|phone]] passed to Kent Police
(log 0921 of [[28/11|date]]).
"""),
]

DOCS_A += [
    ("primary school safeguarding referral to the front door", """REQUEST FOR SUPPORT - KENT INTEGRATED CHILDREN'S SERVICES FRONT DOOR
Referrer: [[Joanne Pettman|name]], Designated Safeguarding Lead, [[Garlinge Primary School and Nursery|school]]
Tel: [[01843 241321|phone]]   Email: [[j.pettman@garlinge.kent.sch.uk|email]]   Date: [[02/12/2026|date]]

CHILD 1: [[SACKETT, Poppy Jade|name]]  DOB [[03.02.2016|dob]]  UPN [[X886075006691|upn]]  Year 5
CHILD 2: [[TAPP, Alfie|name]]  DOB [[14.05.2019|dob]]  Year 2
Address: [[19 Westfield Road|address]], [[Garlinge|place]], [[CT9 5PA|postcode]]
Parent: [[Kayleigh Tapp|name]] (mother) [[07969 839 305|phone]]; father [[Dale Sackett|name]] [[07496 761 123|phone]] (not at address)

Reason for referral: On Tuesday [[1 December|date]] [[Poppy|name]] told her teacher, Mr [[Ade Okafor|name]] (no relation to Mrs
[[Okafor|name]] in Year 2), that "Dad said he will burn the house down with Mum in it". She said it happened on the phone on
speaker "when [[Alfie|name]] was in the bath". [[Poppy|name]] has been late 9 times this half term and has lost weight. She asked
if she could stay at school for "[[Sunny|name]]'s club" (the after-school club run by Mrs [[Sunita Mistry|name]]).
[[Alfie|name]] has had three toileting accidents since [[23 November|date]] and told TA [[Shona Keeler|name]] that "the police
came to nanny [[Brenda|name]]'s" - we understand the police attended the grandmother's flat in [[Westbrook|place]].
Mum is aware of this referral and agrees. Known professionals: [[Hollie Brett|name]] (SW), health visitor none, GP Northdown
Surgery.
Signed: [[J Pettman|name]] (DSL)     Countersigned: [[Mark Tomlin|name]] (Head)
Previous concerns: [[24/09/2025|date]] [[Poppy|name]] said "[[Dale|name]] pushed Mummy"; logged on CPOMS by [[Shona Keeler|name]].
[[10/01/2026|date]] [[Alfie|name]] collected by an unknown adult, "[[Wayne|name]]", who gave his number as [[07957 119 631|phone]].
"""),
    ("neighbour's online concern form, printed", """Kent County Council - Report a concern about a child (online form) - submission
Submitted: [[05-12-2026|date]] 22:14    Reference: ONL-55812

Your name (optional): [[Pat Horne|name]]
Your phone (optional): [[07535 517 903|phone]]
Your relationship to the child: neighbour (no. [[21|address]], next door)
Child's name(s): [[alfie|name]] and [[poppy|name]] (dont know surname, mums [[kayleigh|name]])
Child's address: [[Westfield Rd|address]] [[garlinge|place]], the one with the broken back gate
What are you worried about?
Theres been shouting again tonight, a man (the dad i think, [[Dale|name]]) banging on the window about 9.30. The little boy was
crying "mummy mummy". My husband [[Keith|name]] went out and the man drove off in a silver Corsa [[GU16 XPL|vehicle]] towards
[[Birchington|place]]. This is the 3rd time. The mum is a lovely girl and the nan comes most days. I dont want them to know it
was me. Also the lady over the road at no. [[24|address]] (Mrs [[Dunn|name]]?) saw him last week too.
Anything else? The girl [[poppy|name]] plays with my granddaughter [[Skye|name]] ([[Skye Horne|name]], 9) who goes to [[st gregorys|school]]
in [[margate|place]]. [[Skye|name]] says [[poppy|name]] told her the dad has a knife in his car. I dont know if thats true.
Best time to call: after 6, or ring my daughter [[Lisa Horne|name]] on [[07418 987 264|phone]].
Have you told anyone else? rang police 101 in the summer
"""),
]


# --- B. Gurr / Pilcher family (white British), Nethercourt estate, Ramsgate ---------------------------------------------------

HOME_B = d.Address("37 Tothill Street", "Nethercourt", "Ramsgate", "CT12 6HQ")
RECORD_B = d.CaseRecord([
    _p("c", "subject", [("Jordan", "Pilcher")], dt.date(2011, 7, 2), addresses=[HOME_B], ids=["4809865347", "T886258409929"],
       schools=["Royal Harbour Academy"]),
    _p("m", "mother", [("Leanne", "Gurr")], dt.date(1988, 1, 17), addresses=[HOME_B], phones=["07954 986 955"]),
    _p("s", "sibling", [("Mia", "Gurr")], dt.date(2018, 10, 5), addresses=[HOME_B]),
    _p("f", "father", [("Craig", "Pilcher")], dt.date(1986, 3, 3)),
    _p("p1", "professional", [("Tariq", "Bashir")], phones=["07909 562 065"], emails=["tariq.bashir@islecoast.gov.uk"]),
], "c")

DOCS_B = [
    ("return home interview after a missing episode", """RETURN HOME INTERVIEW (RHI) - ISLE COAST ADOLESCENT SERVICE
Young person: [[Jordan Pilcher|name]] ("JP")   DOB: [[02/07/2011|dob]]   Age 15   Missing: [[29 Nov 2026|date]] 18:00 to
[[01 Dec 2026|date]] 11:20   Found: [[Gillingham|place]], by Kent Police   Interview: [[2 December 2026|date]], at home
Interviewer: [[Tariq Bashir|name]] (RHI worker)   Also present: none at [[Jordan|name]]'s request; mum [[Leanne|name]] in kitchen

Where were you? [[Jordan|name]] said he got the train from [[Ramsgate|place]] to [[Chatham|place]] with "a mate off the estate",
[[Kai|name]], and stayed at "some girl's flat" in [[Luton|place]] (the [[Chatham|place]] district, not the town in Bedfordshire).
He would not give the girl's name at first, then said "[[Shannon|name]] or [[Shania|name]], I dunno". He said an older lad called
"[[Bugsy|name]]" paid for the train and gave him a phone. He was found by PC [[Kerry Minster|name]] at [[Gillingham|place]] station.
Risks: the phone, the older male, not eating (he said he had "a Greggs" in two days), cannabis. He denied carrying anything.
Push factors: arguments with mum's partner [[Stuart Ovenden|name]]; being excluded from [[Royal Harbour Academy|school]] (fixed
term, 3 days from [[24/11|date]]); "nothing to do in [[Ramsgate|place]]". Pull: [[Kai|name]], money, the girl.
[[Jordan|name]] said his dad, [[Craig Pilcher|name]], "lives in [[Dover|place]] somewhere" and he has not seen him since
[[Christmas Eve 2024|date]]. He said he would like to see his nan [[Val|name]] in [[Minster|place]] more.
Shared with: Missing and Child Exploitation team ([[Becky Chalk|name]]), school DSL ([[Ryan Ledger|name]]), police.
Places named by [[Jordan|name]]: [[Ramsgate|place]] station, [[Chatham|place]] bus station, "the flats by [[Luton Arches|address]]",
[[Rochester|place]] high street (McDonald's), [[Strood|place]] Retail Park. People named: [[Kai|name]], [[Shania|name]], [[Bugsy|name]],
"[[Ty|name]]", and "a man called [[Dev|name]] with a gold tooth". Interview ended 16:10; [[Leanne|name]] thanked [[Tariq|name]].
"""),
    ("police missing person log, an officer's phone notes", """MISPER - [[PILCHER jordan|name]] - log 1187 [[29/11/26|date]] - notes
typed on phone by PC 4471 [[K Minster|name]]
1820 call from mum [[leanne gurr|name]] [[07954 986 955|phone]], jp not home, left [[37 tothill st|address]] ([[nethercourt|place]])
approx 1800 w/ [[kai
daniels|name]] (15) towards [[ramsgate|place]] stn. grey north face, black trackies
1905 risk med. previous x4 this yr. linked nominal "[[bugsy|name]]" = [[Reece Bugden|name]] dob [[11/06/2004|dob]] known [[chatham|place]]
2130 [[kai|name]]'s mum [[Debbie Daniels|name]] [[07797 628 329|phone]] says [[kai|name]] home 2100, says jp "went on" to
[[gillingham|place]]
[[30/11|date]] 0900 jp phone off. cell site last [[luton road|address]] area
[[30/11|date]] 1640 sis [[mia|name]] (8) says jp facetimed her from "a flat with a red door"
[[01/12|date]] 1105 located [[Gillingham|place]] stn by me. safe & well chk. returned to mum 1320 via transport. rhi req'd
[[01/12|date]] 1400 intel sub re [[bugsy|name]] + [[shania barden|name]] ([[luton rd|address]] flat 2). copy to DC [[friend|name]] + Sgt
[[Holt|name]]
"""),
]

DOCS_B += [
    ("strategy meeting minutes for child exploitation", """STRATEGY MEETING (CHILD EXPLOITATION) - MINUTES
Date: [[3rd December 2026|date]], 10:00, Teams   Chair: [[Louise Harnett|name]] (Team Manager)
Attendees: [[Tariq Bashir|name]] (RHI), DC [[Owen Friend|name]] (Kent Police MCET), [[Ryan Ledger|name]] (DSL, [[RHA|school]]),
[[Becky Chalk|name]] (MCE lead), [[Hayley Quested|name]] (YOT), Dr. [[Nwosu|name]] (GP, apologies)
Child: [[Jordan PILCHER|name]]  [[02.07.2011|dob]]  NHS [[480 986 5347|nhs]]  UPN [[T886258409929|upn]]
Address: [[37 Tothill Street|address]], [[Nethercourt|place]], [[Ramsgate|place]] [[CT12 6HQ|postcode]]

Police: DC [[Friend|name]] said [[Reece Bugden|name]] ("[[Bugsy|name]]") runs a line from [[Chatham|place]] into [[Margate|place]]
and [[Ramsgate|place]]. A flat on [[Luton Road|address]] (the "red door") is a known trap house; [[Shania Barden|name]], 17, is the
tenant. [[Jordan|name]] has been seen in a Vauxhall Astra [[KP19 WZD|vehicle]] with [[Bugden|name]] in [[Cliftonville|place]].
School: Mr [[Ledger|name]] reported [[Jordan|name]] was found with £340 in cash on [[17/11/2026|date]].
Agreed: s47 enquiries; NRM referral by [[Louise|name]]; disruption of the [[Luton Road|address]] flat; safety plan with
[[Leanne|name]]; [[Jordan|name]] to be offered a place at the Kent YMCA's sports project.
Next strategy review: [[17 Dec|date]].
Risk summary (DC [[Friend|name]]): [[Kai Daniels|name]] (15, [[Royal Harbour|school]]) and [[Jordan|name]] were both seen at
[[Chatham|place]] bus station on [[19/11/2026|date]] and [[22/11/2026|date]]; [[Kai|name]]'s case sits with [[Becky Chalk|name]]
too. A third boy, "[[Tyler|name]]" from [[Newington|place]], is not yet identified. [[Leanne Gurr|name]] ([[07954 986 955|phone]]) has
been told of the plan by [[Tariq|name]]; [[Stuart Ovenden|name]] was not present. Minutes: [[Abigail Sayer|name]], [[04/12/2026|date]].
"""),
    ("youth worker's Snapchat messages with a young person, typed up", """[Snapchat messages between [[Jordan|name]] and [[Danni
Holness|name]], youth worker (work account "isle_youth_danni"), saved in chat and typed up by [[Danni|name]] on [[04/12/2026|date]]]

jp_2011x: u still doing the boxing thing
isle_youth_danni: yes! thursday 6pm at the hall on [[newington road|address]]. want me to pick u up?
jp_2011x: ye but dont come to the door mums fella will kick off
isle_youth_danni: ok ill wait at the end by the shop
jp_2011x: [[bugsy|name]] keeps adding me. i blocked him
isle_youth_danni: proud of u. tell [[tariq|name]] or me if he turns up
jp_2011x: he sent a pic of my nans house in [[minster|place]]
isle_youth_danni: that is not ok. im telling [[tariq|name]] now and we'll check nan [[val|name]] is safe
jp_2011x: dont tell mum
isle_youth_danni: we talked about this - i have to share when someone might get hurt. ill ring u after
jp_2011x: k

Note (DH): "[[Bugsy|name]]" = [[Reece Bugden|name]]. Nan = [[Valerie Gurr|name]], [[8 Molineux Road|address]], [[Minster|place]].
Follow-up [[05/12/2026|date]]: [[Tariq Bashir|name]] and PC [[Minster|name]] visited [[Valerie|name]] in [[Minster|place]]; she
was shaken but fine, and will stay with her friend [[Joan Kingsford|name]] in [[Acol|place]] for a few nights. [[Jordan|name]] came to
boxing on Thursday [[10 December|date]] with [[Mia|name]]; coach [[Stevie Rook|name]] drove them home to [[Tothill Street|address]].
"""),
]


# --- C. Holness / Marsh family (white British), Birchington; a young carer ---------------------------------------------------

HOME_C = d.Address("6 Minnis Road", "", "Birchington", "CT7 9SE")
DAD_C = d.Address("14 Station Road", "", "Herne Bay", "CT6 5QJ")
RECORD_C = d.CaseRecord([
    _p("c", "subject", [("Daisy", "Marsh")], dt.date(2014, 9, 19), addresses=[HOME_C], ids=["6119692495", "C886097402358"],
       schools=["Charles Dickens School"]),
    _p("s", "sibling", [("Reuben", "Marsh")], dt.date(2020, 6, 8), addresses=[HOME_C], ids=["7494677860"]),
    _p("m", "mother", [("Claire", "Holness")], dt.date(1983, 11, 2), addresses=[HOME_C], phones=["07807 668 828"]),
    _p("f", "father", [("Gary", "Marsh")], dt.date(1980, 2, 27), addresses=[DAD_C], phones=["07913 948 413"]),
    _p("p1", "professional", [("Faye", "Rickards")], phones=["07821 800 552"], emails=["faye.rickards@islecoast.gov.uk"]),
], "c")

DOCS_C = [
    ("young carer's needs assessment", """YOUNG CARER'S NEEDS ASSESSMENT (Children and Families Act 2014, s17ZA)
Young carer: [[Daisy Marsh|name]]   Date of birth: [[19 September 2014|dob]]   Age: 12
School: [[Charles Dickens School|school]], [[Broadstairs|place]] (Year 8)   NHS number: [[611 969 2495|nhs]]
Address: [[6 Minnis Road|address]], [[Birchington|place]], Kent [[CT7 9SE|postcode]]
Assessor: [[Faye Rickards|name]], Early Help practitioner   Completed: [[04/12/2026|date]]

The person [[Daisy|name]] cares for: her mother, [[Claire Holness|name]], who has relapsing-remitting multiple sclerosis and has
used a wheelchair outdoors since a relapse in April, and her brother
[[Reuben|name]], aged 6, who attends [[Birchington Church of England Primary|school]].
What [[Daisy|name]] does: gets [[Reuben|name]] up, dressed and to school (she walks him to the gate and then catches the 8 bus
to [[Broadstairs|place]]); helps Mum in and out of the shower; orders Mum's medicines from the pharmacy on [[Station Approach|address]];
cooks tea four nights a week; does Mum's injections "when her hands are bad". She is often up at night.
Impact: late to school 14 times since September; a detention for homework; she has stopped going to Sea Cadets in [[Margate|place]].
Her friend [[Evie Lott|name]]'s mum, [[Sarah Lott|name]], drives her to Cadets sometimes.
Family network: father [[Gary Marsh|name]] lives in [[Herne Bay|place]] ([[14 Station Road|address]]) with his new partner
[[Tamsin|name]]; he has [[Reuben|name]] every other Saturday. Maternal aunt [[Jo Holness-Pike|name]] lives in [[Canterbury|place]]
and "helps when she can". Mum's MS nurse is [[Nicola Fagg|name]] at the Queen Elizabeth The Queen Mother Hospital.
Outcome: a carers' assessment for [[Claire|name]] (adult social care); Young Carers group at Kent Young Carers, [[Westgate|place]]
hub; a school plan with the young carers lead, Mr [[Duffy|name]].
Contacts: [[Claire Holness|name]] [[07807 668 828|phone]]; [[Gary Marsh|name]] [[07913 948 413|phone]]; Young Carers worker
[[Tasha Pearce|name]]; school young carers lead Mr [[Liam Duffy|name]]. [[Daisy|name]] chose her Cadets friend [[Evie|name]] and her
nan, [[Pat Holness|name]] of [[Sandwich|place]], as the people she trusts. Review: [[5 March 2027|date]].
"""),
]

DOCS_C += [
    ("young carer's own diary pages, scanned and OCR'd", """[Scanned from two pages of [[Daisy|name]]'s diary, which she chose to
share at the young carers group on [[3/12/26|date]]. OCR text below, errors left in; [ ] = could not be read.]

Sunday [[29th Nov|date]]
Mum had a bad day her legs went on the stairs and I had to get [[Reuben|name]] to help me lift her. we rang
Auntie [[Jo|name]] but she was at work in [[Canterbury|place]]. I done fish fingers. [[Reub|name]] cried cos he wanted Dad.
Dad said he cant come til Saturday cos [[Tam|name]] is poorly. [ ] my science homework is not done AGAIN.

Monday [[30th Nov|date]]
Late again. Mrs [[Bhatt|name]] on the gate at [[Charles
Dickens|school]] said "[[Daisy Marsh|name]] the usual" and I nearly cried. [[Evie|name]] saved me a seat. Miss
[[Faye|name]] from early help is coming weds. I am not telling her about the injections because Mum will get told off.
I miss Cadets. PO [[Hannah Brice|name]] messaged to say they miss me too. [ ] [[6 Minnis|address]] [ ] the bins

Tuesday [[1st Dec|date]]
Nan [[Pat Holness|name]] rang from [[Sandwich|place]]. She is coming at christmas to stay with us!!! [[Reuben|name]]
made her a card with a robin.
[[Reuben|name]] says nan [[Pat|name]] lives "next to the big church in [[Sandwich|place]]" on [[Strand St|address]]. We are going
there on [[27th|date]] and [[28th|date]] if mum is ok. [[Evie|name]] is going to [[Lanzarote|place]] with her dad [[Rob Lott|name]] on
the [[20th|date]].
"""),
]

DOCS_C += [
    ("GP letter to the early help practitioner", """Quex Medical Group
Dear Ms [[Rickards|name]],
Re: [[Claire HOLNESS|name]], DOB [[02/11/1983|dob]], of [[6 Minnis Road|address]], [[Birchington|place]] [[CT7 9SE|postcode]]
and her children [[Daisy|name]] ([[19/09/2014|dob]]) and [[Reuben Marsh|name]] ([[08/06/2020|dob]], NHS [[749 467 7860|nhs]])

Thank you for your letter of [[4 December|date]]. With [[Claire|name]]'s consent I can confirm that she has relapsing MS under
Dr [[Imran Qureshi|name]], consultant neurologist, and the MS nurse [[Nicola Fagg|name]]. Her mobility has worsened since
the relapse in the spring; she is awaiting an OT assessment for a stairlift. She self-injects a disease-modifying drug
fortnightly and told me on [[7/12/2026|date]] that her daughter sometimes helps with this. I agree this is not appropriate
for a 12-year-old and have asked the district nurses (Thanet team) to visit. [[Reuben|name]] is well; his last attendance was
for an ear infection on [[14 October 2026|date]]. [[Daisy|name]] has not been seen since 2024.
Please ring me on [[01843 309908|phone]] (bypass) if needed.
Yours sincerely,
Dr [[Anna Kowalczyk|name]], GP partner
Quex Medical Group, [[Quex View Road|address]], [[Birchington|place]] [[CT7 0AT|postcode]]
cc [[Claire Holness|name]]
"""),
    ("father's email to the school, forwarded to early help", """From: [[Gary Marsh|name]] <[[gazmarsh80@hotmail.co.uk|email]]>
To: [[Charles Dickens School|school]] Pastoral
Sent: [[06 December 2026|date]] 21:03
Subject: [[Daisy MARSH|name]] 8ST - lates

To who it may concern, I have had a letter about [[Daisy|name]] being late. I am her dad and I dont live there, I live in
[[Herne Bay|place]]. Her mum is not well and [[Daisy|name]] does a lot. I did not know it was this bad until [[Faye|name]] rang
me. I can have [[Reuben|name]] Tuesday and Thursday mornings from January and drop him at [[Birchington CE|school]] so [[Daisy|name]]
can get the early bus. My partner [[Tamsin Gill|name]] works at the [[Herne Bay|place]] Morrisons so she cant do it. Please
stop giving her detentions. My number is [[07913 948 413|phone]].
[[Gary|name]]

---- forwarded by [[Liam Duffy|name]] (Young Carers Lead) to [[faye.rickards@islecoast.gov.uk|email]] [[07/12/2026|date]] 08:15:
[[Faye|name]] - FYI, good news re Dad. I've cancelled the detentions. L
"""),
]


# --- D. Kemp / Stokes family (white British), kinship care with grandparents in Monkton, a mother in Dover --------------------

HOME_D = d.Address("2 Seamark Close", "", "Monkton", "CT12 4JS")
MUM_D = d.Address("Room 9, 31 Folkestone Road", "", "Dover", "CT17 9RZ")
RECORD_D = d.CaseRecord([
    _p("c", "subject", [("Ellie-Mae", "Stokes")], dt.date(2017, 1, 28), addresses=[HOME_D], ids=["4259235788", "K886591682483"],
       schools=["Minster CE Primary School"]),
    _p("s", "sibling", [("Harley", "Stokes")], dt.date(2021, 4, 11), addresses=[HOME_D], ids=["4388889342"]),
    _p("m", "mother", [("Chelsea", "Kemp")], dt.date(1999, 6, 6), addresses=[MUM_D], phones=["07718 603 568"]),
    _p("g", "grandparent", [("Lorraine", "Kemp")], dt.date(1972, 9, 15), addresses=[HOME_D], phones=["07465 573 637"]),
    _p("g2", "grandparent", [("Terry", "Kemp")], dt.date(1968, 2, 2), addresses=[HOME_D], ids=["NB 63 19 04 C"]),
    _p("f", "father", [("Liam", "Stokes")], dt.date(1997, 10, 20)),
    _p("p1", "professional", [("Ruth", "Baldock")], phones=["07572 514 556"], emails=["ruth.baldock@islecoast.gov.uk"]),
], "c")

DOCS_D = [
    ("kinship carers' viability assessment", """VIABILITY ASSESSMENT - CONNECTED PERSONS (KINSHIP) - ISLE COAST FOSTERING
Proposed carers: [[Lorraine Kemp|name]] ([[15/09/1972|dob]]) and [[Terence|name]] "[[Terry|name]]" [[Kemp|name]] ([[02/02/1968|dob]], NI
[[NB 63 19 04 C|ni]])
Address: [[2 Seamark Close|address]], [[Monkton|place]], [[Ramsgate|place]] [[CT12 4JS|postcode]]   Tel: [[07465 573 637|phone]]
Children: [[Ellie-Mae Stokes|name]] ([[28.01.2017|dob]], UPN [[K886591682483|upn]]) and [[Harley Stokes|name]] ([[11.04.2021|dob]])
Assessor: [[Ruth Baldock|name]], supervising social worker   Visits: [[23 November|date]] and [[30 November 2026|date]]

Background: the children's mother, [[Chelsea Kemp|name]], is [[Lorraine|name]] and [[Terry|name]]'s daughter. She moved to a
hostel room at [[31 Folkestone Road|address]], [[Dover|place]] in October after heroin use and the loss of her tenancy in
[[Newington|place]]. The children have lived with their grandparents since [[19 October 2026|date]] under a s20 agreement. The
father, [[Liam Stokes|name]], is in HMP Elmley until 2027; his mother [[Sharon Stokes|name]] in [[Sheerness|place]] sends cards.
The home: a 3-bed bungalow in [[Monkton|place]], near the village school; [[Ellie-Mae|name]] shares with [[Harley|name]]. [[Terry|name]]'s
van (a white Transit, [[GN68 VRF|vehicle]]) is used for his window cleaning round in [[Minster|place]] and [[Cliff's End|place]].
Checks: DBS clear for [[Lorraine|name]]; [[Terry|name]] has a drink-driving conviction from 2009. Adult daughter [[Kirsty Kemp|name]]
(27) visits weekly with her partner [[Jamie Ealham|name]] - checks requested.
Strengths: the children are settled; [[Ellie-Mae|name]] is doing well at [[Minster CE Primary|school]] (teacher Mrs [[Pamela Sage|name]]);
[[Harley|name]] attends [[Little Acorns|school]] pre-school in [[Monkton|place]] three mornings.
Recommendation: proceed to a full Form C assessment. Signed [[R. Baldock|name]] [[01/12/2026|date]].
Referees: [[Margaret Spain|name]] (neighbour, [[4 Seamark Close|address]]), Rev. [[Alan Pryor|name]] (vicar, [[Monkton|place]]), and
[[Dawn Hatcher|name]] ([[Lorraine|name]]'s friend from work at the [[Manston|place]] garden centre, [[07920 585 230|phone]]).
"""),
    ("family court position statement of the local authority", """IN THE FAMILY COURT AT CANTERBURY          Case no: ME26C01177
Re: [[ELLIE-MAE STOKES|name]] (a girl, born [[28 January 2017|dob]]) and [[HARLEY STOKES|name]] (a boy, born [[11 April 2021|dob]])
LOCAL AUTHORITY'S POSITION STATEMENT for the first hearing on [[9 December 2026|date]] before HHJ [[Okonkwo|name]]

1. The applicant is Isle Coast Council. The first respondent is the mother, [[Chelsea Louise Kemp|name]], of no fixed abode
(last known at [[Room 9, 31 Folkestone Road|address]], [[Dover|place]] [[CT17 9RZ|postcode]]). The second respondent is the
father, [[Liam Stokes|name]], currently at HMP Elmley. The children's guardian is [[Marcus Oyelaran|name]] (Cafcass).
2. The children are placed with the maternal grandparents, Mr and Mrs [[Kemp|name]], at [[Monkton|place]].
3. The local authority seeks an interim care order. The mother was found unconscious in [[Pencester Gardens|address]], [[Dover|place]]
on [[14/10/2026|date]] with [[Harley|name]] in a pushchair beside her; a passer-by, Mr [[Gideon Amos|name]], called 999.
4. The mother's sister, [[Kirsty Kemp|name]], and the paternal grandmother, Mrs [[Sharon Stokes|name]] of [[Sheerness|place]],
have asked to be assessed.
Dated [[07/12/2026|date]]. [[Ruth Baldock|name]] for the applicant.
Appendix - addresses: grandparents [[2 Seamark Close|address]], [[Monkton|place]] [[CT12 4JS|postcode]]; mother c/o the hostel,
[[Dover|place]]; paternal grandmother [[Sharon Stokes|name]], [[17 Alma Road|address]], [[Sheerness|place]] [[ME12 2PD|postcode]].
"""),
]

DOCS_D += [
    ("voicemails left on the duty line, transcribed", """DUTY LINE VOICEMAILS - transcribed by business support ([[Kerys Nash|name]]) on
Mon [[7 Dec|date]], as heard

VM 1 - Sat [[05/12|date]] 23:12 - from [[07718 603 568|phone]]
"Yeah, it's [[Chelsea|name]], [[Chelsea Kemp|name]], [[Ellie-Mae|name]]'s mum. I want to speak to [[Ruth|name]]. My mum won't let
me see the kids, she put the phone down on me. It's my daughter's birthday in January and I want her back by then. I'm clean,
I'm on the script at the Forward Trust in [[Dover|place]], you can ring my worker [[Gemma|name]]. Tell [[Ruth|name]] to ring me."

VM 2 - Sun [[06/12|date]] 09:40 - from [[07465 573 637|phone]]
"Hello, it's [[Lorraine Kemp|name]], the nan, from [[Monkton|place]]. [[Chelsea|name]] turned up here last night about half eleven
in a taxi from [[Dover|place]] and was banging on the door. [[Terry|name]] wouldn't open it. The kids slept through, thank God.
The taxi man was from Dover Cabs, I think his name was [[Mo|name]]. She's left a bag on the step. Can someone ring me back."

VM 3 - Sun [[06/12|date]] 14:02 - from [[+353 87 214 6650|phone]]
"Hi this is [[Siobhán Kemp|name]], I'm [[Terry|name]]'s sister in [[Cork|place]], Ireland... sorry, [[Ballincollig|place]],
outside [[Cork|place]]. I heard what's going on with the babies and I want to say I can help, I could have [[Harley|name]] for the summer.
My number is plus three five three, eight seven, two one four, six six five zero. Thanks a million."

VM 4 - Mon [[07/12|date]] 08:05 - from [[01843 573383|phone]]
"Morning, it's [[Pam Sage|name]] from [[Minster CE Primary|school]], class teacher for [[Ellie-Mae Stokes|name]]. [[Ellie-Mae|name]]
told my TA, [[Sophie Rolfe|name]], that Mummy came to Nanny's house in the night and was shouting. Could [[Ruth|name]] ring me."
"""),
]

DOCS_D += [
    ("family time supervisor's handwritten contact record, scanned", """[Scanned handwritten form - FAMILY TIME RECORD - OCR; "?" marks a
word the OCR could not read]
Date: [[2.12.26|date]]   Venue: Family Time room, Thanet Gateway? (not the usual, [[Cecil St|address]] room flooded)
Children: [[Ellie-Mae|name]] + [[Harley|name]] [[Stokes|name]]  -  Parent: [[Chelsea|name]] (mum)
Supervisor: [[Bev Wraight|name]]   Transport: [[Terry|name]] (grandad) dropped off 3.55

4.00 Mum arrived on time, hugged both. [[Harley|name]] shy at first, hid behind grandad's leg.
4.10 E-M showed mum her reading book and her Brownies badge. Mum asked who her teacher is - "Mrs [[Sage|name]]".
4.25 Mum said "you'll be home with me soon" - I reminded her of the agreement. Mum apologised.
4.40 Mum on phone to "[[Dean|name]]" in the corridor for 6 mins, raised voice. Told E-M it was "my friend from
[[Folkestone|place]]". [[Harley|name]] looking for mum at the door.
4.55 Snack (mum brought crisps + Fruit Shoots). [[Harley|name]] sat on mum's lap and sang "Baby Shark".
5.00 End. [[Ellie-Mae|name]] cried, asked "when is next time". Mum calm. Grandad collected both.
Next: Weds [[9th|date]] 4pm if court allows.   Signed [[B. Wraight|name]]
Note for SW [[Ruth Baldock|name]]: who is "[[Dean|name]]"? Mum said [[Dean Kitchener|name]], from the hostel, lives on
[[Tontine St|address]] in [[Folkestone|place]]. Grandad [[Terry|name]] says he knows him from [[Aylesham|place]]. Please check.
"""),
]


# --- E. Rahimi / Sabet family (Iranian Bahá'í), St Lawrence, Ramsgate -------------------------------------------------------

HOME_E = d.Address("52 Newington Road", "St Lawrence", "Ramsgate", "CT11 0QU")
GRAN_E = d.Address("Kucheh Golestan 14, Khiaban Zand", "", "Shiraz", "")
RECORD_E = d.CaseRecord([
    _p("c", "subject", [("Nava", "Rahimi")], dt.date(2012, 3, 21), addresses=[HOME_E], ids=["4505356825", "L886063469421"],
       schools=["Chatham and Clarendon Grammar School"]),
    _p("s", "sibling", [("Arman", "Rahimi")], dt.date(2017, 8, 30), addresses=[HOME_E], ids=["5963277434"],
       schools=["St Laurence in Thanet CE Junior Academy"]),
    _p("m", "mother", [("Mahsa", "Sabet")], dt.date(1985, 5, 5), addresses=[HOME_E], phones=["07790 934 383"]),
    _p("f", "father", [("Dariush", "Rahimi")], dt.date(1980, 1, 12), addresses=[HOME_E], phones=["07805 532 819"],
       ids=["SH 27 81 45 A"]),
    _p("g", "grandparent", [("Parvin", "Sabet")], addresses=[GRAN_E], phones=["+98 912 463 1859"]),
    _p("p1", "professional", [("Bethan", "Moyle")], phones=["07450 800 778"], emails=["bethan.moyle@islecoast.gov.uk"]),
], "c")

DOCS_E = [
    ("child in need review meeting record", """CHILD IN NEED REVIEW - RECORD OF MEETING
Children: [[Nava RAHIMI|name]] ([[21/03/2012|dob]], NHS [[450 535 6825|nhs]], UPN [[L886063469421|upn]]) and [[Arman RAHIMI|name]]
([[30/08/2017|dob]])   Address: [[52 Newington Road|address]], [[St Lawrence|place]], [[Ramsgate|place]] [[CT11 0QU|postcode]]
Date: [[8 December 2026|date]]   Chair: [[Bethan Moyle|name]] (SW)   Interpreter (Farsi): [[Shirin Tavakoli|name]]
Present: [[Mahsa Sabet|name]] (mother), [[Dariush Rahimi|name]] (father), [[Nava|name]] (first 20 minutes), Mrs [[Helen Tapsell|name]]
(pastoral, [[Chatham and Clarendon|school]]), [[Nasrin|name]] (family friend and member of the local Bahá'í community, at the
family's wish), [[Ben Tolhurst|name]] (CAMHS)

Progress: [[Nava|name]] was referred after she told a teacher on [[12 October|date]] that she had taken 14 paracetamol. She
said she felt "guilty being safe" while her cousin [[Ruhiyyih|name]] in [[Shiraz|place]] was expelled from university for her
faith and her grandfather was arrested in [[Tehran|place]]. Since then she has seen [[Ben|name]] weekly.
Mother's view: [[Mahsa|name]] said the family were refused university in Iran because they are Bahá'ís, came to the UK in 2019
and were granted refugee status in 2021. Her mother, [[Parvin Sabet|name]], still lives in [[Shiraz|place]] and they speak on
WhatsApp daily ([[+98 912 463 1859|phone]]); news of raids on Bahá'í homes in [[Shiraz|place]] and [[Yazd|place]] reaches the
children through the family group.
Father's view: [[Dariush|name]] works nights at a warehouse in [[Manston|place]]; he worries that [[Nava|name]] is on her phone
until 3am. He asked that [[Arman|name]] not be told about his grandfather.
[[Arman|name]] ([[St Laurence|school]] juniors) is described by Mrs [[Tapsell|name]]'s colleague Mr [[Gupta|name]] as happy.
Visit log: home visits [[19/10/2026|date]], [[2/11/2026|date]], [[23/11/2026|date]]; [[Nava|name]] seen alone each time; [[Arman|name]]
seen at school with his teacher Miss [[Rebecca Quinn|name]] on [[26/11/2026|date]].
Plan: continue CIN for 3 months; [[Nava|name]] to join the Kent Refugee Action Network youth group; parents to agree a phone
plan; family friend [[Nasrin Farahani|name]] to be an emergency contact ([[07543 860 584|phone]]). Review: [[09/03/2027|date]].
Family tree (from [[Mahsa|name]]): maternal grandmother [[Parvin Sabet|name]] ([[شیراز|place]]); maternal grandfather [[Hushang Sabet|name]]
(held in Evin, [[Tehran|place]], since [[3 September 2026|date]]); uncle [[Kourosh Sabet|name]] ([[Isfahan|place]]); paternal aunt
[[Shahla Rahimi|name]] in [[Toronto|place]] ([[+1 416 555 0199|phone]]); cousin [[Ruhiyyih Sabet|name]] ([[Shiraz|place]]).
"""),
]

DOCS_E += [
    ("family WhatsApp group in Persian and English, typed up and translated", """[Messages from the family WhatsApp group "خانواده
❤️" shown by [[Nava|name]] to [[Bethan Moyle|name]] on [[27/11/2026|date]] and typed up with her consent. Persian as sent; translation
by [[Shirin Tavakoli|name]] in brackets. "Maman Joon" is the grandmother's contact name.]

[[25/11/2026|date]], 21:14 - Maman Joon: [[نوا|name]] جان، دلم برات تنگ شده
  ([[Nava|name]] dear, I miss you)
[[25/11/2026|date]], 21:15 - Maman Joon: امروز دوباره آمدند خانه [[روحیه|name]] در [[شیراز|place]]
  (today they came again to [[Ruhiyyih|name]]'s house in [[Shiraz|place]])
[[25/11/2026|date]], 21:20 - [[Mahsa|name]]: مامان لطفا جلوی بچه‌ها نگو
  (Mum please don't say it in front of the children)
[[25/11/2026|date]], 21:22 - [[nava|name]]: what happened to [[ruhi|name]]?? maman joon pls tell me
[[25/11/2026|date]], 21:40 - Dayi [[Kourosh|name]]: همه خوبند. نگران نباش [[نوا|name]]
  (everyone is fine. don't worry [[Nava|name]])
[[26/11/2026|date]], 02:51 - [[nava|name]]: i cant sleep. its my fault we left and they stayed
[[26/11/2026|date]], 07:05 - [[Dariush|name]]: [[Nava|name]] jan, go to school. we talk tonight
[[26/11/2026|date]], 07:30 - [[Arman|name]]: 👍🏻
[[26/11/2026|date]], 12:10 - Dayi [[Kourosh|name]]: از [[تهران|place]] خبری نیست. بابابزرگ هنوز در اوین است
  (no news from [[Tehran|place]]. Grandad is still in Evin)

Note: "Dayi" means maternal uncle; [[Kourosh Sabet|name]] lives in [[Isfahan|place]] ([[+98 912 454 7228|phone]]). Evin is the prison.
[[Nava|name]] also showed a message from her friend [[soraya|name]] in [[Ramsgate|place]]: "come to mine after school, my mum [[Leyla|name]]
says ok, we're at [[Grange Rd|address]]". [[Soraya Amini|name]] is in her form at [[Chatham and Clarendon|school]].
"""),
]

DOCS_E += [
    ("school pastoral meeting minutes with an interpreter", """[[CHATHAM AND CLARENDON GRAMMAR SCHOOL|school]] - PASTORAL SUPPORT
MEETING - MINUTES
Date: Wednesday [[2nd December 2026|date]]   Re: [[Nava Rahimi|name]] (Year 10, tutor group 10CL)
Present: Mrs [[H. Tapsell|name]] (Head of Year 10, chair), Mr [[D. Rahimi|name]] and Mrs [[M. Sabet|name]]
(parents), [[Shirin Tavakoli|name]] (Farsi interpreter, by phone), Ms [[Amelia Fright|name]] (school counsellor), minutes [[Josh
Kingsmill|name]]

1. Attendance 91%; three days missed after [[12 October|date]]. [[Nava|name]] is predicted top grades in maths and Persian GCSE
(entered privately at the [[Canterbury|place]] centre). Her friends [[Ishbel Pond|name]] and [[Lola Achterberg|name]] told Ms
[[Fright|name]] that [[Nava|name]] has been "reading the news all night".
2. Ms [[Fright|name]] will see [[Nava|name]] on Tuesdays. [[Nava|name]] has asked that she can leave lessons using a card.
3. Mr [[Rahimi|name]] asked the school to note the family's faith (Bahá'í) so that [[Nava|name]] is not asked to present on
Iran in Geography; Mrs [[Tapsell|name]] agreed. Mrs [[Sabet|name]] asked for the Naw-Rúz holy day on [[21 March|date]] (also
[[Nava|name]]'s birthday) to be an authorised absence.
4. Mr [[Rahimi|name]] said a man in a car outside the Bahá'í centre in [[Broadstairs|place]] had photographed members in
November; reported to Kent Police (ref 46-88213-26). He gave the number of the community's secretary, Mr [[Farhad
Missaghi|name]], [[07402 809 421|phone]].
Actions: card (HT); counsellor sessions (AF); share with [[Bethan Moyle|name]], Isle Coast (HT) by [[4/12|date]].
Post-meeting note: [[Nava|name]]'s emergency contacts updated: [[Mahsa Sabet|name]] [[07790 934 383|phone]], [[Dariush Rahimi|name]]
[[07805 532 819|phone]], [[Nasrin Farahani|name]] [[07543 860 584|phone]]. (JK)
"""),
    ("mother's own letter to the social worker", """[[52 Newington Road|address]]
[[Ramsgate|place]]
[[5th December 2026|date]]

Dear [[Bethan|name]] khanum,
Thank you for the meeting and for your kind words to [[Nava|name]]. I write myself in English so you know our heart, please forgive
mistakes. My husband [[Dariush|name]] say I must not worry you but I want to tell you three things.
First, [[Nava|name]] is not bad girl. She was born on Naw-Rúz in [[Shiraz|place]] and her grandmother [[Parvin|name]] ([[پروین|name]])
call her "our spring". When she was 7 the agents came and took our books and [[Nava|name]] hide [[Arman|name]]'s baby blanket with
the prayers in it. She remember everything.
Second, my brother [[Kourosh|name]] in [[Isfahan|place]] say grandfather is still in prison. [[Nava|name]] read this on the phone
at night. I will take the phone at 10pm, we agree with [[Nasrin|name]] and with Mr [[Tolhurst|name]].
Third, we want to thank [[Ramsgate|place]]. Our neighbours [[Sue|name]] and [[Derek Castle|name]] at number [[50|address]] bring us
vegetables from their allotment, and the lady at the chemist, Mrs [[Patel|name]], help me with forms.
With respect,
[[Mahsa Sabet|name]] ([[مهسا ثابت|name]])
mobile [[07790 934 383|phone]]
P.S. [[Arman|name]] wrote this for you: "dear [[Bethan|name]], my sister [[Nava|name]] is the best. I am 9. from [[Arman|name]]
([[آرمان|name]])"
"""),
]


# --- F. Puig / Ferrer family (Catalan, from Girona), Westgate-on-Sea --------------------------------------------------------

HOME_F = d.Address("Flat 3, 11 Sea Road", "", "Westgate-on-Sea", "CT8 8QB")
AVIA_F = d.Address("Carrer de la Força 12, 2n 1a", "", "Girona", "17004")
RECORD_F = d.CaseRecord([
    _p("c", "subject", [("Pau", "Puig Ferrer")], dt.date(2016, 4, 23), addresses=[HOME_F], ids=["7128819312", "V886887825707"],
       schools=["Hartsdown Academy"]),
    _p("s", "sibling", [("Martina", "Puig Ferrer")], dt.date(2020, 11, 1), addresses=[HOME_F], ids=["6724274869"]),
    _p("m", "mother", [("Núria", "Ferrer Vidal")], dt.date(1990, 7, 11), addresses=[HOME_F], phones=["07736 336 367"]),
    _p("f", "father", [("Jordi", "Puig Casals")], dt.date(1987, 9, 29), addresses=[HOME_F], phones=["+34 675 379 896"]),
    _p("g", "grandparent", [("Montserrat", "Vidal")], addresses=[AVIA_F], phones=["+34 972 188 185"]),
    _p("p1", "professional", [("Imogen", "Stroud")], phones=["07852 283 982"], emails=["imogen.stroud@islecoast.gov.uk"]),
], "c")

DOCS_F = [
    ("emergency department safeguarding referral", """EAST KENT HOSPITALS - QEQM MARGATE - EMERGENCY DEPARTMENT - CHILD SAFEGUARDING
REFERRAL
Patient: [[PUIG FERRER, Pau|name]]   DOB: [[23/04/2016|dob]]   NHS: [[712 881 9312|nhs]]   Hosp no: QM4481920
Address: [[Flat 3, 11 Sea Road|address]], [[Westgate-on-Sea|place]] [[CT8 8QB|postcode]]
Attended: [[05/12/2026|date]] 19:47 with mother [[Núria Ferrer Vidal|name]] ([[07736 336 367|phone]])   Interpreter: not needed
(mother speaks English; Catalan and Spanish at home)   Referrer: Dr [[Aoife Brannigan|name]], ST4 paediatrics

Presentation: a boy of 10 with a 3 cm burn to the back of his left hand, blistered, said to be from the oven door while
making toast. Mother says it happened at 6pm when she was in the bath and [[Pau|name]]'s father, [[Jordi Puig|name]], was "at work in
[[Barcelona|place]]" (he works two weeks on, two weeks off). [[Pau|name]] told the nurse, [[Grace Ndlovu|name]], "[[Martina|name]]
was crying so I made food", and later that "Mama sleeps a lot". The burn was 2 to 3 hours old; no cooling given.
Other findings: [[Pau|name]] is thin (weight 0.4th centile); head lice; his sister [[Martina|name]] (6) attended with them,
in pyjamas and sandals in December.
Mother: tearful, said she has "no one here" since her friend [[Laia|name]] moved back to [[Sabadell|place]]. Her mother
[[Montserrat Vidal|name]] lives in [[Girona|place]]. She said she had been drinking wine "a little" and agreed to a referral.
Actions: dressing; burns clinic at Queen Victoria Hospital? - NO, plastics dressing clinic QEQM [[08/12|date]];
referral to Kent Front Door; GP (Westgate Medical Centre) informed. Consultant: Dr [[Samuel Adeyemi|name]].
Siblings / household: [[Martina Puig Ferrer|name]] ([[01/11/2020|dob]]); father [[Jordi Puig Casals|name]] (abroad). Triage nurse:
[[Grace Ndlovu|name]]. Safeguarding nurse informed: [[Kate Mockett|name]], [[06/12/2026|date]].
"""),
]

DOCS_F += [
    ("WhatsApp chat in Catalan between a mother and a grandmother, typed up and translated", """[WhatsApp messages between [[Núria|name]]
and her mother ("Mare"), shown by [[Núria|name]] to [[Imogen Stroud|name]] on [[07/12/2026|date]]; Catalan as sent, translation in
brackets by the social worker with an online tool, checked by [[Núria|name]].]

[[5/12/26|date]] 21:02 Mare: [[Nuri|name]], com està el [[Pau|name]]? (How is [[Pau|name]]?)
[[5/12/26|date]] 21:30 [[Núria|name]]: bé, una cremada a la mà. a l'hospital de [[Margate|place]] (fine, a burn on his hand. at the
hospital in [[Margate|place]])
[[5/12/26|date]] 21:31 Mare: ai filla... i el [[Jordi|name]]? (oh my girl... and [[Jordi|name]]?)
[[5/12/26|date]] 21:45 [[Núria|name]]: a [[Badalona|place]] amb la seva germana [[Roser|name]]. no contesta (in [[Badalona|place]]
with his sister [[Roser|name]]. not answering)
[[5/12/26|date]] 22:10 Mare: vine a casa, a [[Girona|place]]. tens el pis del [[carrer de la Força|address]]. el [[Pau|name]] pot anar a
l'escola [[Vedruna|school]] amb el seu cosí [[Biel|name]] (come home, to [[Girona|place]]. you have the flat on [[Força street|address]].
[[Pau|name]] can go to [[Vedruna|school]] school with his cousin [[Biel|name]])
[[6/12/26|date]] 08:12 [[Núria|name]]: no puc, la [[Martina|name]] té l'escola aquí i el [[Jordi|name]] no vol (I can't,
[[Martina|name]] has school here and [[Jordi|name]] won't agree)
[[6/12/26|date]] 08:13 Mare: truca'm al fix [[+34 972 188 185|phone]] (ring me on the landline)
[[6/12/26|date]] 08:20 [[Núria|name]]: la veïna, la Sra. [[Ovenden|name]], m'ha portat sopa (the neighbour, Mrs [[Ovenden|name]],
brought me soup)
[[6/12/26|date]] 09:40 Tieta [[Mercè|name]]: [[Núria|name]] bonica, el dia [[8 de desembre|date]] estic a [[Londres|place]], vinc a
[[Westgate|place]]? (darling [[Núria|name]], on [[8 December|date]] I'm in [[London|place]], shall I
come to [[Westgate|place]]?)

Note: the grandmother's flat is [[Carrer de la Força 12, 2n 1a|address]], [[17004|postcode]] [[Girona|place]]. "Tieta" is aunt;
[[Mercè Vidal|name]]
is [[Núria|name]]'s aunt in [[Figueres|place]].
[[Roser Puig|name]] is [[Jordi|name]]'s sister in [[Badalona|place]] ([[+34 627 279 957|phone]]); [[Biel|name]] is [[Mercè|name]]'s
grandson. [[Vedruna|school]] is a school in [[Girona|place]].
"""),
]

DOCS_F += [
    ("social worker's report to an initial child protection conference", """REPORT TO INITIAL CHILD PROTECTION CONFERENCE
Conference date: [[16 December 2026|date]], 10:00, Margate Gateway (room 2)   Chair: [[Yvonne Padgham|name]] (IRO)
Author: [[Imogen Stroud|name]], social worker, Isle Coast Council, [[imogen.stroud@islecoast.gov.uk|email]], [[07852 283 982|phone]]

Children: [[Pau PUIG FERRER|name]], born [[23.04.2016|dob]], Year 6 at [[Hartsdown Academy|school]]? - correction: [[St Saviour's
Junior School|school]], [[Westgate-on-Sea|place]]; [[Martina PUIG FERRER|name]], born [[01.11.2020|dob]], NHS [[672 427 4869|nhs]], Year
1 at
[[Westgate Infants|school]].
Parents: [[Núria Ferrer Vidal|name]] (mother), [[Jordi Puig Casals|name]] (father, mobile [[+34 675 379 896|phone]], offshore
work from [[Tarragona|place]] and [[Barcelona|place]]).

1. Reason: [[Pau|name]]'s burn on [[5 December|date]] (ED referral), his low weight, head lice, and [[Martina|name]]'s poor
attendance (78%). On a home visit on [[9/12/2026|date]] I found two empty wine bottles and little food; the electric was
off. A neighbour, Mr [[Robin Ovenden|name]] of [[Flat 4|address]], said he has heard [[Pau|name]] "cooking for the little one" most
nights and has given them chips from the Westgate Fish Bar.
2. [[Núria|name]] told me she has been low since her father, [[Josep Ferrer|name]], died in [[Olot|place]] in August, and that
she drinks to sleep. She is registered with Westgate Medical Centre; Dr [[Kwame Asante|name]] has prescribed sertraline.
3. [[Jordi|name]] spoke to me from [[Tarragona|place]] on [[10/12/2026|date]]; he said he did not know "how bad it was" and will come
home on [[18 December|date]].
4. Strengths: warm, loving mother; the children are bilingual and bright; the grandmother, [[Montserrat Vidal|name]], offers to
come from [[Girona|place]]; a friend from the Catalan cultural group, [[Anna Soler|name]] in [[Canterbury|place]], visits.
Recommendation: a child protection plan under the category of neglect.
Genogram: [[Núria Ferrer Vidal|name]] ([[11/07/1990|dob]]), [[Jordi Puig Casals|name]] ([[29/09/1987|dob]]), grandmother
[[Montserrat Vidal|name]] ([[Carrer de la Força 12, 2n 1a|address]], [[Girona|place]], [[+34 972 188 185|phone]]), late grandfather
[[Josep Ferrer|name]] (died [[14/08/2026|date]]), aunt [[Roser Puig|name]] ([[Badalona|place]]), great-aunt [[Mercè Vidal|name]]
([[Figueres|place]]). Friend [[Laia Serra|name]] ([[Sabadell|place]], [[+34 656 482 392|phone]]).
"""),
    ("school nurse's phone notes written fast", """sch nurse notes - [[pau puig|name]] - [[10/12|date]] - typed on phone after ph call w
mum, tidy up later (IS asked)
- rang mum [[07736 336 367|phone]] 1310. mum [[nuria|name]] says burn healing, dressing clinic mon. hand ok
- weight: [[pau|name]] 24.1kg today in medical room (was 25.0 in sept). [[pau|name]] says breakfast = "nothing, or a biscuit"
- [[pau|name]] + [[martina|name]] on breakfast club list from tmrw (mrs [[okoro|name]] runs it)
- lice treatment given, mum to buy comb. [[martina|name]]s teacher miss [[lavender|name]] says [[martina|name]] sleepy in class
- mum asked if [[montse|name]] (her mum) can collect from sch when she comes over, told her needs adding to contacts
- dad [[jordi|name]] texted me from +34 no. - sent to [[imogen|name]] not replying to him myself
- RC nxt wk. [[J. Eastwood|name]] SN, [[07849 208 038|phone]]
- also: [[pau|name]] said his friend [[oscar|name]] on [[sea rd|address]] gives him crisps. [[oscar|name]]s mum is [[kerry|name]]? check
w [[imogen|name]]
- [[martina|name]] dob [[01/11/20|dob]] - not on our list for flu spray, add. [[pau|name]] dob [[23/4/16|dob]] had it [[14/10|date]]
"""),
]


_PAIRS = ((RECORD_A, DOCS_A), (RECORD_B, DOCS_B), (RECORD_C, DOCS_C), (RECORD_D, DOCS_D), (RECORD_E, DOCS_E), (RECORD_F, DOCS_F))
NAME = "set 116 (written 2026-12-07 without reading the detector; held out until scored on 2026-12-07 at 12:32 UTC, read since)"


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "cm", "cllr", "hhj", "po",
           "nurse", "sister", "coach", "our", "me", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad",
           "grandpa", "mum", "mummy", "mam", "dad", "daddy", "aunty", "auntie", "uncle", "cuzzy", "cousin", "maman", "baba",
           "dayi", "amu", "khaleh", "ammeh", "madar", "pedar", "mamani", "babai", "mare", "pare", "mama", "tieta", "tia",
           "tiet", "avi", "àvia", "avia", "iaia", "iaio", "el", "la", "en", "na", "sra", "sr", "rev", "ta", "tm"}
_AFTER = {"jan", "joon", "khanum", "khanom", "agha", "senior", "junior", "جان", "خانم"}
_NOT_PLACES = {"england", "wales", "scotland", "britain", "great britain", "united kingdom", "uk", "kent", "east kent",
               "thanet", "isle of thanet", "the isle", "bedfordshire", "medway", "swale", "dover district", "iran", "persia",
               "ایران", "ireland", "county cork", "spain", "catalonia", "catalunya", "espanya", "europe", "the south east",
               "south east"}


# Checks of the marking itself (no detector involved); an empty list when all is well.
#
# Set 15's checker (which runs sets 13, 12, 11, 10, 9, 8, 7 and 6's) does the parsing, stray-markup, span, check-digit,
# NI-format, name-left-unmarked, valid-phone, title-inside-name, weekday-inside-date and country-as-place checks, with the
# kinship words and counties of sets 7 to 15; this adds this set's titles and kinship words (before a name: "Dayi Kourosh",
# "Tieta Mercè", "Auntie Jo", "nanny Brenda", "PO Hannah Brice", "HHJ Okonkwo", the Catalan articles "el Pau", "la Martina";
# and after one: "Nava jan", "Bethan khanum") and counties, regions and countries ("Kent", "Thanet", "Iran", "Ireland",
# "Catalonia").
_SET = HandSet(NAME, _PAIRS, _RECORDS, problems_15, _TITLES, _NOT_PLACES, _AFTER)
sets, problems, counts = _SET.sets, _SET.problems, _SET.counts


if __name__ == "__main__":
    _SET.main()
